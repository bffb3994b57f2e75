/* taskcall.c - send a request to a server and wait for its reply. */
#include "ipc.h"
#include "syslib.h"

int _taskcall(endpoint_t who, int syscallnr, message *msgptr)
{
	int status;

	msgptr->m_type = syscallnr;
	status = _ipc_sendrec(who, msgptr);
	if (status != 0)
		return status;		/* IPC itself failed */
	return msgptr->m_type;		/* the server's result */
}
