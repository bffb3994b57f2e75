/* asynsend.c - send a request without waiting.
 *
 * In MINIX asynsend3 fills a table that the kernel reads later. The minios
 * kernel copies an asynchronous message at once, so no table has to outlive
 * the call and libsys keeps no state for it.
 */
#include "ipc.h"
#include "syslib.h"

int asynsend3(endpoint_t dst, message *m_ptr, int flags)
{
	if (dst == NONE || dst == ANY)
		return EINVAL;
	return ipc_senda(dst, m_ptr, flags);
}
