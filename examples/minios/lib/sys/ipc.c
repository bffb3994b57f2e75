/* ipc.c - the IPC primitives other than _ipc_sendrec (which is in ipc.h).
 * Servers reply with ipc_send or ipc_sendnb; asynsend3 builds on ipc_senda;
 * notifications (ipc_notify) are out of the analysis's scope.
 */
#include "ipc.h"

int ipc_send(endpoint_t dst, message *m_ptr)
{
	return kernel_call_table[KTRAP_SEND](dst, m_ptr, NULL);
}

int ipc_sendnb(endpoint_t dst, message *m_ptr)
{
	return kernel_call_table[KTRAP_SENDNB](dst, m_ptr, NULL);
}

int ipc_senda(endpoint_t dst, message *m_ptr, int flags)
{
	return kernel_call_table[KTRAP_SENDA](dst, m_ptr, &flags);
}

int ipc_notify(endpoint_t dst)
{
	return kernel_call_table[KTRAP_NOTIFY](dst, NULL, NULL);
}

int ipc_receive(endpoint_t src, message *m_ptr, int *status_ptr)
{
	return kernel_call_table[KTRAP_RECEIVE](src, m_ptr, status_ptr);
}
