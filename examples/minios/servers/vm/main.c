/* main.c - the memory manager's receive loop and dispatch.
 *
 * As in MINIX's vm, the handlers are found through a table of call records
 * that vm_init fills in at run time, one CALLMAP per request type; the
 * requests every server answers are tested before the table. The reply goes
 * to the sender, kept in the local who_e.
 */
#include "ipc.h"
#include "vm.h"

struct vm_call vm_calls[NR_VM_CALLS];
struct vmproc vmproc[NR_PROCS];
int next_free[NR_PAGES];
int free_list_head;
int free_page_count;
int vm_shutting_down;

/* Fill in the call record of request type code. */
#define CALLMAP(code, func) {						\
	int _cmi = CALLNUMBER(code);					\
	if (_cmi < 0 || _cmi >= NR_VM_CALLS)				\
		panic("vm: CALLMAP " #code " out of range");		\
	vm_calls[_cmi].vmc_func = (func);				\
	vm_calls[_cmi].vmc_name = #code;				\
}

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

	/* No request is valid until its record is filled in. */
	memset(vm_calls, 0, sizeof(vm_calls));
	CALLMAP(VM_EXIT, do_exit);
	CALLMAP(VM_FORK, do_fork);
	CALLMAP(VM_BRK, do_brk);
	CALLMAP(VM_MMAP, do_mmap);
	CALLMAP(VM_EXEC_NEWMEM, do_exec_newmem);
	CALLMAP(VM_GETRUSAGE, do_getrusage);
}

int main(void)
{
	message msg;
	endpoint_t who_e;
	int ipc_status, result, c;

	vm_init();
	for (;;) {
		if (sef_receive_status(ANY, &msg, &ipc_status) != OK)
			panic("vm: receive failed");
		who_e = msg.m_source;
		c = CALLNUMBER(msg.m_type);

		if (msg.m_type == COMMON_GETSTATUS)
			result = do_getstatus(&msg);
		else if (msg.m_type == COMMON_SHUTDOWN)
			result = do_shutdown(&msg);
		else if (c < 0 || vm_calls[c].vmc_func == NULL)
			result = ENOSYS;
		else
			result = vm_calls[c].vmc_func(&msg);

		if (result != EDONTREPLY) {
			msg.m_type = result;
			if (ipc_send(who_e, &msg) != OK)
				panic("vm: cannot reply");
		}
	}
	return OK;
}
