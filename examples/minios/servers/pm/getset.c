/* getset.c - getting and setting process identities. */
#include "pm.h"

int do_getpid(void)
{
	return mproc[who_p].mp_pid;
}

int do_getuid(void)
{
	return mproc[who_p].mp_realuid;
}

int do_setuid(void)
{
	struct mproc *rmp = &mproc[who_p];
	uid_t uid = m_in.m_u.m_lc_pm_setuid.uid;

	if (uid < 0)
		return EINVAL;
	if (rmp->mp_realuid != uid && rmp->mp_effuid != SUPER_USER)
		return EPERM;
	rmp->mp_realuid = uid;
	rmp->mp_effuid = uid;

	/* vfs checks file permissions against the uid */
	tell_vfs(rmp, VFS_PM_SETUID);
	return OK;
}
