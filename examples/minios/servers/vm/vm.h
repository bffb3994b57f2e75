/* vm.h - the memory manager's tables, globals and functions.
 *
 * Physical memory is NR_PAGES page frames. Free frames form a list threaded
 * through next_free; a process's memory is a list of frames in vmproc,
 * mapped one after the other from VM_DATA_BASE. All of it is global state:
 * fork, exit and exec write the entry of a process other than the caller.
 */
#ifndef VM_VM_H
#define VM_VM_H

#include "minios.h"
#include "message.h"
#include "syslib.h"

#define NR_PAGES	256
#define FIRST_FREE_PAGE	32	/* frames below belong to the kernel and the boot image */
#define MAX_PROC_PAGES	32
#define STACK_PAGES	2
#define VM_DATA_BASE	0x08000000
#define NO_PAGE		(-1)
#define PAGE_IN_USE	(-2)	/* next_free mark of an allocated frame */

struct vmproc {
	endpoint_t vm_endpoint;
	int vm_flags;			/* VMF_INUSE */
	int vm_npages;
	int vm_pages[MAX_PROC_PAGES];	/* frame of each virtual page */
	vir_bytes vm_brk;		/* end of the data segment */
};
#define VMF_INUSE	0x1

/* The call table, as in MINIX's vm: one record per request type in the
 * VM_BASE range, filled in at startup (CALLMAP in main.c) and indexed by
 * CALLNUMBER(m_type). A record without a function is no valid request. */
#define NR_VM_CALLS	6
#define CALLNUMBER(c)	(((c) >= VM_BASE && (c) < VM_BASE + NR_VM_CALLS) ? \
			 (c) - VM_BASE : -1)
struct vm_call {
	int (*vmc_func)(message *m);
	const char *vmc_name;
};

extern struct vm_call vm_calls[NR_VM_CALLS];
extern struct vmproc vmproc[NR_PROCS];
extern int next_free[NR_PAGES];
extern int free_list_head;
extern int free_page_count;
extern int vm_shutting_down;

/* Handlers. */
int do_fork(message *m);
int do_exit(message *m);
int do_exec_newmem(message *m);
int do_brk(message *m);
int do_mmap(message *m);
int do_getrusage(message *m);
int do_shutdown(message *m);
int do_getstatus(message *m);

/* alloc.c */
int alloc_page(void);
void free_page(int page);
int grow_proc(struct vmproc *vmp, int npages);
void free_proc_pages(struct vmproc *vmp);

#endif /* VM_VM_H */
