/* forkexit.c - creating and removing processes. */
#include "pm.h"

int do_fork(void)
{
	struct mproc *rmp = &mproc[who_p];	/* the parent */
	struct mproc *rmc;			/* the child */
	pid_t new_pid;
	int n, r;

	if (procs_in_use >= NR_PROCS - LAST_FEW && rmp->mp_effuid != SUPER_USER)
		return EAGAIN;
	if ((n = get_free_slot()) < 0)
		return EAGAIN;
	new_pid = get_free_pid();

	/* The child inherits everything but its identity and its pending signals. */
	rmc = &mproc[n];
	*rmc = *rmp;
	rmc->mp_parent = who_p;
	rmc->mp_pid = new_pid;
	rmc->mp_sigpending = 0;
	rmc->mp_utime = 0;
	rmc->mp_stime = 0;

	/* vm copies the memory and has the kernel create the process; it tells
	 * us the child's endpoint, which goes straight into the child's entry. */
	if ((r = vm_fork(rmp->mp_endpoint, n, &rmc->mp_endpoint)) != OK) {
		rmc->mp_flags = 0;
		return r;
	}
	procs_in_use++;

	/* vfs learns of the child without holding us up. */
	tell_vfs(rmc, VFS_PM_FORK);

	/* The kernel starts the child with fork's result 0 already in place
	 * (sys_fork, called by vm), so only the parent gets a reply. */
	return new_pid;
}

int do_exit(void)
{
	exit_proc(&mproc[who_p], m_in.m_u.m_lc_pm_exit.status);
	return EDONTREPLY;			/* an exited process gets no reply */
}
