/* misc.c - reboot, resource usage and status. */
#include "pm.h"

int do_reboot(void)
{
	int how = m_in.m_u.m_lc_pm_reboot.how;

	if (mproc[who_p].mp_effuid != SUPER_USER)
		return EPERM;
	if (how != RBT_HALT && how != RBT_REBOOT && how != RBT_POWEROFF)
		return EINVAL;
	shutdown_started = 1;

	/* Tell every server, rs first: it has the file system synced. */
	tell_server(RS_PROC_NR, RS_SHUTDOWN, how);
	tell_server(VFS_PROC_NR, COMMON_SHUTDOWN, how);
	tell_server(VM_PROC_NR, COMMON_SHUTDOWN, how);
	tell_server(DS_PROC_NR, COMMON_SHUTDOWN, how);

	sys_abort(how);
	return EDONTREPLY;
}

int do_getrusage(void)
{
	struct mproc *rmp = &mproc[who_p];
	struct vm_usage_info vui;
	struct rusage usage;
	clock_t uptime;
	int r;

	if (m_in.m_u.m_lc_pm_rusage.who != RUSAGE_SELF)
		return EINVAL;
	if ((r = vm_info_usage(rmp->mp_endpoint, &vui)) != OK)
		return r;
	if ((r = getuptime(&uptime)) != OK)
		return r;
	memset(&usage, 0, sizeof(usage));
	usage.ru_utime = rmp->mp_utime;
	usage.ru_stime = rmp->mp_stime;
	usage.ru_maxrss = vui.vui_pages * PAGE_SIZE;
	usage.ru_brk = vui.vui_brk;
	usage.ru_uptime = uptime;
	return sys_datacopy(SELF, (vir_bytes) &usage, who_e,
		m_in.m_u.m_lc_pm_rusage.addr, sizeof(usage));
}

int do_getstatus(void)
{
	return procs_in_use;
}
