/* syscall.c - the one place where the libc traps into the kernel. */
#include "ipc.h"
#include "libc.h"

int _syscall(endpoint_t who, int syscallnr, message *msgptr)
{
	int status;

	msgptr->m_type = syscallnr;
	status = _ipc_sendrec(who, msgptr);
	if (status != 0)
		return status;		/* IPC itself failed */
	return msgptr->m_type;		/* the server's result, or -errno */
}
