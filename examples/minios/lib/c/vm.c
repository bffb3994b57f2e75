/* vm.c - system calls served by the memory manager (as in MINIX, brk and
 * mmap go to vm directly, not through pm). */
#include "libc.h"

int brk(void *addr)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vm_brk.addr = (vir_bytes) addr;
	return _syscall(VM_PROC_NR, VM_BRK, &m);
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	message m;

	/* minios only has anonymous private mappings anywhere vm likes */
	(void) addr; (void) prot; (void) flags; (void) fd; (void) offset;
	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vm_mmap.len = len;
	if (_syscall(VM_PROC_NR, VM_MMAP, &m) != OK)
		return MAP_FAILED;
	return (void *) m.m_u.m_lc_vm_mmap.addr;
}
