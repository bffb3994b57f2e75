/* main.c - the memory manager's receive loop and dispatch. */
#include "ipc.h"
#include "vm.h"

struct vmproc vmproc[NR_PROCS];
int next_free[NR_PAGES];
int free_list_head;
int free_page_count;
int vm_shutting_down;

static void vm_init(void)
{
	int i, page;

	free_list_head = NO_PAGE;
	free_page_count = 0;
	for (page = NR_PAGES - 1; page >= FIRST_FREE_PAGE; page--)
		free_page(page);
	for (i = 0; i < NR_BOOT_PROCS; i++) {
		vmproc[i].vm_endpoint = i;
		vmproc[i].vm_flags = VMF_INUSE;
	}
	vmproc[INIT_PROC_NR].vm_endpoint = _ENDPOINT(1, INIT_PROC_NR);
	vmproc[INIT_PROC_NR].vm_flags = VMF_INUSE;
	vmproc[INIT_PROC_NR].vm_brk = VM_DATA_BASE;
}

int main(void)
{
	message m;
	int ipc_status, r;

	vm_init();
	for (;;) {
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("vm: receive failed");

		switch (m.m_type) {
		case VM_FORK:		r = do_fork(&m); break;
		case VM_EXIT:		r = do_exit(&m); break;
		case VM_EXEC_NEWMEM:	r = do_exec_newmem(&m); break;
		case VM_BRK:		r = do_brk(&m); break;
		case VM_MMAP:		r = do_mmap(&m); break;
		case VM_GETRUSAGE:	r = do_getrusage(&m); break;
		case COMMON_SHUTDOWN:	r = do_shutdown(&m); break;
		case COMMON_GETSTATUS:	r = do_getstatus(&m); break;
		default:		r = ENOSYS; break;
		}

		if (r != EDONTREPLY) {
			m.m_type = r;
			ipc_send(m.m_source, &m);
		}
	}
	return OK;
}
