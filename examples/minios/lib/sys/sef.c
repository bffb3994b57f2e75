/* sef.c - receiving requests (MINIX's System Event Framework, cut down).
 *
 * Servers get their requests from sef_receive_status. It hides kernel clock
 * notifications, which no minios server asks for.
 */
#include "ipc.h"
#include "syslib.h"

int sef_receive_status(endpoint_t src, message *m_ptr, int *status_ptr)
{
	int r;

	for (;;) {
		r = ipc_receive(src, m_ptr, status_ptr);
		if (r != OK)
			return r;
		if (m_ptr->m_source == CLOCK && m_ptr->m_type == NOTIFY_MESSAGE)
			continue;
		return OK;
	}
}
