/* vm.c - requests to the vm server, for pm and vfs. Each wrapper names the
 * request type and vm's endpoint itself, so it is where a request starts. */
#include "syslib.h"

int vm_fork(endpoint_t endpt, int slot, endpoint_t *child_endpt)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_vm_fork.endpt = endpt;
	m.m_u.m_lsys_vm_fork.slot = slot;
	r = _taskcall(VM_PROC_NR, VM_FORK, &m);
	if (r == OK)
		*child_endpt = m.m_u.m_lsys_vm_fork.child_endpt;
	return r;
}

int vm_exit(endpoint_t endpt)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_vm_exit.endpt = endpt;
	return _taskcall(VM_PROC_NR, VM_EXIT, &m);
}

int vm_exec_newmem(endpoint_t endpt, size_t text_bytes, vir_bytes *base)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_vm_newmem.endpt = endpt;
	m.m_u.m_lsys_vm_newmem.text_bytes = text_bytes;
	r = _taskcall(VM_PROC_NR, VM_EXEC_NEWMEM, &m);
	if (r == OK)
		*base = m.m_u.m_lsys_vm_newmem.base;
	return r;
}

int vm_info_usage(endpoint_t endpt, struct vm_usage_info *vui)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_vm_usage.endpt = endpt;
	r = _taskcall(VM_PROC_NR, VM_GETRUSAGE, &m);
	if (r == OK) {
		vui->vui_pages = m.m_u.m_lsys_vm_usage.pages;
		vui->vui_brk = m.m_u.m_lsys_vm_usage.brk;
	}
	return r;
}
