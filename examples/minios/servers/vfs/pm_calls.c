/* pm_calls.c - what pm tells vfs about processes. Only pm may send these;
 * each names the process it is about, whose fproc entry it writes. */
#include "vfs.h"

int do_pm_fork(message *m)
{
	struct fproc *rfp;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	rfp = &fproc[_ENDPOINT_P(m->m_u.m_pm_vfs_proc.endpt)];
	rfp->fp_endpoint = m->m_u.m_pm_vfs_proc.endpt;
	rfp->fp_parent = m->m_u.m_pm_vfs_proc.parent_endpt;
	rfp->fp_pid = m->m_u.m_pm_vfs_proc.pid;
	rfp->fp_uid = m->m_u.m_pm_vfs_proc.uid;
	rfp->fp_program = fproc[_ENDPOINT_P(rfp->fp_parent)].fp_program;
	return EDONTREPLY;
}

int do_pm_exit(message *m)
{
	struct fproc *rfp;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	rfp = &fproc[_ENDPOINT_P(m->m_u.m_pm_vfs_proc.endpt)];
	rfp->fp_endpoint = NONE;
	rfp->fp_pid = 0;
	rfp->fp_program = -1;
	return EDONTREPLY;
}

int do_pm_setuid(message *m)
{
	if (m->m_source != PM_PROC_NR)
		return EPERM;
	fproc[_ENDPOINT_P(m->m_u.m_pm_vfs_proc.endpt)].fp_uid = m->m_u.m_pm_vfs_proc.uid;
	return EDONTREPLY;
}

/* Load a program: find it, have vm make a fresh memory image, and have the
 * kernel copy the program into it. pm waits for the reply. */
int do_pm_exec(message *m)
{
	endpoint_t endpt = m->m_u.m_pm_vfs_exec.endpt;
	size_t len = m->m_u.m_pm_vfs_exec.namelen;
	struct fproc *rfp = &fproc[_ENDPOINT_P(endpt)];
	char name[NAME_MAX + 1];
	vir_bytes base;
	int f, r;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	if (len == 0 || len > NAME_MAX)
		return ENAMETOOLONG;
	if ((r = sys_datacopy(endpt, m->m_u.m_pm_vfs_exec.name, SELF,
	    (vir_bytes) name, len)) != OK)
		return r;
	name[len] = '\0';
	if ((f = find_file(name)) < 0)
		return ENOENT;
	if (!may_access(&files[f], rfp->fp_uid, X_BIT))
		return EACCES;

	if ((r = vm_exec_newmem(endpt, files[f].f_size, &base)) != OK)
		return r;
	if ((r = sys_datacopy(SELF, (vir_bytes) files[f].f_data, endpt, base,
	    files[f].f_size)) != OK)
		return r;
	rfp->fp_program = f;
	return OK;
}
