/* misc.c - umask, sync, shutdown and status. */
#include "vfs.h"

int do_umask(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	mode_t old = fdt->fdt_umask;

	fdt->fdt_umask = m->m_u.m_lc_vfs_umask.mask & 0777;
	return old;
}

int do_sync(int proc_slot, message *m)
{
	(void) proc_slot;
	(void) m;
	return sync_files();
}

int do_shutdown(message *m)
{
	if (m->m_source != PM_PROC_NR && m->m_source != RS_PROC_NR)
		return EPERM;
	sync_files();
	vfs_shutting_down = 1;
	return OK;
}

int do_getstatus(message *m)
{
	int f, n = 0;

	(void) m;
	for (f = 0; f < NR_FILES; f++)
		if (files[f].f_in_use)
			n++;
	return n;
}
