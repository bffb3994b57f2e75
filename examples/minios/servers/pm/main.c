/* main.c - the process manager's receive loop and dispatch.
 *
 * As in MINIX, the request lives in the global m_in and the dispatch goes
 * through a constant table of handlers indexed by call_nr - PM_BASE, behind
 * a range check. The reply goes to the endpoint kept in the caller's entry
 * of the process table, which the loop checks against the sender.
 */
#include "pm.h"

message m_in;
endpoint_t who_e;
int who_p;
int call_nr;
struct mproc *mp;

struct mproc mproc[NR_PROCS];
int procs_in_use;
pid_t next_pid;
int shutdown_started;

static const char *const boot_names[NR_BOOT_PROCS] = { "pm", "vfs", "vm", "ds", "rs" };

static void pm_init(void)
{
	struct mproc *rmp;
	int i;

	/* The boot image: the servers, then init, all children of pm. */
	for (i = 0; i < NR_BOOT_PROCS; i++) {
		rmp = &mproc[i];
		rmp->mp_endpoint = i;
		rmp->mp_pid = INIT_PID + 1 + i;
		rmp->mp_parent = PM_PROC_NR;
		rmp->mp_flags = IN_USE;
		strlcpy(rmp->mp_name, boot_names[i], PROC_NAME_LEN);
	}
	rmp = &mproc[INIT_PROC_NR];
	rmp->mp_endpoint = _ENDPOINT(1, INIT_PROC_NR);
	rmp->mp_pid = INIT_PID;
	rmp->mp_parent = PM_PROC_NR;
	rmp->mp_flags = IN_USE;
	strlcpy(rmp->mp_name, "init", PROC_NAME_LEN);
	procs_in_use = NR_BOOT_PROCS + 1;
	next_pid = INIT_PID + 1 + NR_BOOT_PROCS;
}

int main(void)
{
	int ipc_status, result;
	unsigned int call_index;

	pm_init();
	for (;;) {
		if (sef_receive_status(ANY, &m_in, &ipc_status) != OK)
			panic("pm: receive failed");
		who_e = m_in.m_source;
		who_p = _ENDPOINT_P(who_e);
		call_nr = m_in.m_type;

		/* Our picture of the caller must match the kernel's: a message
		 * from a process that has already exited is dropped. */
		mp = &mproc[who_p];
		if (mp->mp_endpoint != who_e)
			continue;

		if (call_nr == COMMON_GETSTATUS) {
			result = do_getstatus();
		} else if (IS_PM_CALL(call_nr)) {
			call_index = (unsigned int) (call_nr - PM_BASE);
			if (call_index < NR_PM_CALLS && call_vec[call_index] != NULL)
				result = (*call_vec[call_index])();
			else
				result = ENOSYS;
		} else {
			result = ENOSYS;
		}

		if (result != EDONTREPLY)
			reply(who_p, result);
	}
	return OK;
}
