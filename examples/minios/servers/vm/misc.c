/* misc.c - shutdown and status. */
#include "vm.h"

int do_shutdown(message *m)
{
	if (m->m_source != PM_PROC_NR && m->m_source != RS_PROC_NR)
		return EPERM;
	vm_shutting_down = 1;
	return OK;
}

int do_getstatus(message *m)
{
	(void) m;
	return free_page_count;
}
