/* proc.c - memory for processes that pm creates, removes or re-images.
 * These requests come from pm (fork, exit) or vfs (exec) and name the
 * process they are about. */
#include "vm.h"

int do_fork(message *m)
{
	struct vmproc *parent, *child;
	endpoint_t child_endpt;
	int child_slot = m->m_u.m_lsys_vm_fork.slot;
	int r;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	if (child_slot < 0 || child_slot >= NR_PROCS)
		return EINVAL;
	parent = &vmproc[_ENDPOINT_P(m->m_u.m_lsys_vm_fork.endpt)];
	child = &vmproc[child_slot];
	if (!(parent->vm_flags & VMF_INUSE) || (child->vm_flags & VMF_INUSE))
		return EINVAL;
	if (parent->vm_npages > free_page_count)
		return ENOMEM;
	if ((r = sys_fork(parent->vm_endpoint, child_slot, &child_endpt)) != OK)
		return r;

	/* The child gets its own frames holding a copy of the parent's memory
	 * (the kernel copies the contents when it first runs the child). */
	child->vm_endpoint = child_endpt;
	child->vm_flags = VMF_INUSE;
	child->vm_brk = parent->vm_brk;
	child->vm_npages = 0;
	if ((r = grow_proc(child, parent->vm_npages)) != OK)
		return r;

	m->m_u.m_lsys_vm_fork.child_endpt = child_endpt;
	return OK;
}

int do_exit(message *m)
{
	struct vmproc *vmp;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	vmp = &vmproc[_ENDPOINT_P(m->m_u.m_lsys_vm_exit.endpt)];
	free_proc_pages(vmp);
	vmp->vm_flags = 0;
	return OK;
}

int do_exec_newmem(message *m)
{
	struct vmproc *vmp;
	size_t bytes = m->m_u.m_lsys_vm_newmem.text_bytes;
	int npages = (bytes + PAGE_SIZE - 1) / PAGE_SIZE + STACK_PAGES;
	int r;

	if (m->m_source != VFS_PROC_NR)
		return EPERM;
	vmp = &vmproc[_ENDPOINT_P(m->m_u.m_lsys_vm_newmem.endpt)];
	if (!(vmp->vm_flags & VMF_INUSE))
		return EINVAL;

	free_proc_pages(vmp);
	if ((r = grow_proc(vmp, npages)) != OK)
		return r;
	vmp->vm_brk = VM_DATA_BASE + (npages - STACK_PAGES) * PAGE_SIZE;
	m->m_u.m_lsys_vm_newmem.base = VM_DATA_BASE;
	return OK;
}
