/* kernel_call.c - calls into the kernel (not IPC between servers). */
#include "ipc.h"
#include "syslib.h"

int _kernel_call(int syscallnr, message *msgptr)
{
	int status;

	msgptr->m_type = syscallnr;
	status = kernel_call_table[KTRAP_KERNEL_CALL](SYSTEM, msgptr, NULL);
	if (status != 0)
		return status;
	return msgptr->m_type;
}

void panic(const char *why)
{
	(void) why;
	sys_abort(RBT_HALT);
	for (;;)
		;
}
