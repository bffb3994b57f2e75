/* sys_calls.c - one wrapper per kernel call a server makes. */
#include "syslib.h"

int sys_fork(endpoint_t parent, int child_slot, endpoint_t *child_endpt)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_krn_fork.parent = parent;
	m.m_u.m_lsys_krn_fork.slot = child_slot;
	r = _kernel_call(SYS_FORK, &m);
	if (r == OK)
		*child_endpt = m.m_u.m_lsys_krn_fork.child;
	return r;
}

int sys_kill(endpoint_t endpt, int sig)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_krn_kill.endpt = endpt;
	m.m_u.m_lsys_krn_kill.sig = sig;
	return _kernel_call(SYS_KILL, &m);
}

int sys_datacopy(endpoint_t src_endpt, vir_bytes src_addr,
	endpoint_t dst_endpt, vir_bytes dst_addr, size_t bytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_krn_datacopy.src_endpt = src_endpt;
	m.m_u.m_lsys_krn_datacopy.src_addr = src_addr;
	m.m_u.m_lsys_krn_datacopy.dst_endpt = dst_endpt;
	m.m_u.m_lsys_krn_datacopy.dst_addr = dst_addr;
	m.m_u.m_lsys_krn_datacopy.bytes = bytes;
	return _kernel_call(SYS_DATACOPY, &m);
}

int sys_abort(int how)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lsys_krn_abort.how = how;
	return _kernel_call(SYS_ABORT, &m);
}
