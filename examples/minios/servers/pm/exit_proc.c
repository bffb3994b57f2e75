/* exit_proc.c - removing a process, for do_exit (forkexit.c) and for a fatal
 * signal (do_kill, signal.c). It has a file of its own so that it is compiled
 * apart from both callers and stays a function of its own at -O2. */
#include "pm.h"

void exit_proc(struct mproc *rmp, int exit_status)
{
	struct mproc *parent;

	if (!(rmp->mp_flags & IN_USE))
		return;
	rmp->mp_exitstatus = exit_status;

	tell_vfs(rmp, VFS_PM_EXIT);
	if (vm_exit(rmp->mp_endpoint) != OK)
		panic("pm: vm_exit failed");

	parent = &mproc[rmp->mp_parent];
	parent->mp_sigpending |= SIGMASK(SIGCHLD);
	rmp->mp_flags = 0;
	procs_in_use--;
}
