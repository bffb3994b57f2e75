/* mem.c - memory a process asks for itself, and usage figures. */
#include "vm.h"

int do_brk(message *m)
{
	struct vmproc *vmp = &vmproc[_ENDPOINT_P(m->m_source)];
	vir_bytes addr = m->m_u.m_lc_vm_brk.addr;
	int needed;
	int r;

	if (addr < VM_DATA_BASE || addr >= VM_DATA_BASE + MAX_PROC_PAGES * PAGE_SIZE)
		return ENOMEM;
	needed = (addr - VM_DATA_BASE + PAGE_SIZE - 1) / PAGE_SIZE + STACK_PAGES;
	if (needed > vmp->vm_npages && (r = grow_proc(vmp, needed - vmp->vm_npages)) != OK)
		return r;
	vmp->vm_brk = addr;
	return OK;
}

int do_mmap(message *m)
{
	struct vmproc *vmp = &vmproc[_ENDPOINT_P(m->m_source)];
	size_t len = m->m_u.m_lc_vm_mmap.len;
	int first = vmp->vm_npages;
	int r;

	if (len == 0)
		return EINVAL;
	if ((r = grow_proc(vmp, (len + PAGE_SIZE - 1) / PAGE_SIZE)) != OK)
		return r;
	m->m_u.m_lc_vm_mmap.addr = VM_DATA_BASE + first * PAGE_SIZE;
	return OK;
}

int do_getrusage(message *m)
{
	struct vmproc *vmp = &vmproc[_ENDPOINT_P(m->m_u.m_lsys_vm_usage.endpt)];

	if (!(vmp->vm_flags & VMF_INUSE))
		return EINVAL;
	m->m_u.m_lsys_vm_usage.pages = vmp->vm_npages;
	m->m_u.m_lsys_vm_usage.brk = vmp->vm_brk;
	return OK;
}
