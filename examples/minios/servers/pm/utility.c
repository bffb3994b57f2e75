/* utility.c - replies, messages to other servers, and table searches. */
#include "ipc.h"
#include "pm.h"

/* Reply to the process in slot proc_nr. As in MINIX 3.2's pm, the reply is
 * kept in the process's own entry and sent asynchronously: pm never waits
 * for a process that is not receiving. */
void reply(int proc_nr, int result)
{
	struct mproc *rmp = &mproc[proc_nr];

	rmp->mp_reply.m_type = result;
	if (asynsend3(rmp->mp_endpoint, &rmp->mp_reply, AMF_NOREPLY) != OK)
		panic("pm: cannot reply");
}

/* Tell vfs about a process change; vfs sends no reply. */
void tell_vfs(struct mproc *rmp, int type)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_u.m_pm_vfs_proc.endpt = rmp->mp_endpoint;
	m.m_u.m_pm_vfs_proc.parent_endpt = mproc[rmp->mp_parent].mp_endpoint;
	m.m_u.m_pm_vfs_proc.pid = rmp->mp_pid;
	m.m_u.m_pm_vfs_proc.uid = rmp->mp_effuid;
	if (asynsend3(VFS_PROC_NR, &m, AMF_NOREPLY) != OK)
		panic("pm: cannot tell vfs");
}

/* Send a shutdown request to a server and wait until it has done it. */
int tell_server(endpoint_t endpt, int type, int how)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_u.m_common_shutdown.how = how;
	return _ipc_sendrec(endpt, &m);
}

int get_free_slot(void)
{
	int n;

	for (n = FIRST_USER_SLOT; n < NR_PROCS; n++)
		if (!(mproc[n].mp_flags & IN_USE))
			return n;
	return -1;
}

pid_t get_free_pid(void)
{
	pid_t pid;
	int n, taken;

	do {
		pid = next_pid;
		next_pid = next_pid < NR_PIDS ? next_pid + 1 : INIT_PID + 1;
		taken = 0;
		for (n = 0; n < NR_PROCS; n++)
			if ((mproc[n].mp_flags & IN_USE) && mproc[n].mp_pid == pid)
				taken = 1;
	} while (taken);
	return pid;
}

int find_proc_by_pid(pid_t pid)
{
	int n;

	for (n = 0; n < NR_PROCS; n++)
		if ((mproc[n].mp_flags & IN_USE) && mproc[n].mp_pid == pid)
			return n;
	return -1;
}
