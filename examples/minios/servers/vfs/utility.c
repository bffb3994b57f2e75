/* utility.c - replies. */
#include "ipc.h"
#include "vfs.h"

/* Reply to a process: the reply is built in the request's own message. The
 * send does not block vfs; a process that is not waiting loses it. */
void reply(message *m_out, endpoint_t whom, int result)
{
	m_out->m_type = result;
	(void) ipc_sendnb(whom, m_out);
}
