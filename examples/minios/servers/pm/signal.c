/* signal.c - sending signals. */
#include "pm.h"

int do_kill(void)
{
	struct mproc *rmp = &mproc[who_p];
	struct mproc *target;
	pid_t pid = m_in.m_u.m_lc_pm_sig.pid;
	int sig = m_in.m_u.m_lc_pm_sig.nr;
	int slot;

	if (sig < 0 || sig >= NSIG)
		return EINVAL;
	if ((slot = find_proc_by_pid(pid)) < 0)
		return ESRCH;
	target = &mproc[slot];
	if (rmp->mp_effuid != SUPER_USER && rmp->mp_realuid != target->mp_realuid)
		return EPERM;
	if (sig == 0)
		return OK;			/* only asks whether the process exists */

	if (sig == SIGKILL) {
		sys_kill(target->mp_endpoint, sig);
		exit_proc(target, 128 + sig);
		return target == rmp ? EDONTREPLY : OK;
	}
	target->mp_sigpending |= SIGMASK(sig);
	return sys_kill(target->mp_endpoint, sig);
}
