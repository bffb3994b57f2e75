/* kernel_trap.c - the table through which every kernel trap goes.
 *
 * The trap instruction itself is in the kernel's assembly stub _kernel_trap,
 * which is not part of this example; the table's entries are the software-
 * interrupt flavour of each trap (MINIX picks int, sysenter or syscall at
 * startup by filling the table differently).
 */
#include "ipc.h"

extern int _kernel_trap(int trap, endpoint_t endpt, message *m_ptr, int *word);

static int softint_send(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_SEND, endpt, m_ptr, word);
}

static int softint_receive(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_RECEIVE, endpt, m_ptr, word);
}

static int softint_sendrec(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_SENDREC, endpt, m_ptr, word);
}

static int softint_sendnb(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_SENDNB, endpt, m_ptr, word);
}

static int softint_notify(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_NOTIFY, endpt, m_ptr, word);
}

static int softint_senda(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_SENDA, endpt, m_ptr, word);
}

static int softint_kernel_call(endpoint_t endpt, message *m_ptr, int *word)
{
	return _kernel_trap(KTRAP_KERNEL_CALL, endpt, m_ptr, word);
}

kernel_trap_t kernel_call_table[KTRAP_COUNT] = {
	[KTRAP_SEND]		= softint_send,
	[KTRAP_RECEIVE]		= softint_receive,
	[KTRAP_SENDREC]		= softint_sendrec,
	[KTRAP_SENDNB]		= softint_sendnb,
	[KTRAP_NOTIFY]		= softint_notify,
	[KTRAP_SENDA]		= softint_senda,
	[KTRAP_KERNEL_CALL]	= softint_kernel_call,
};
