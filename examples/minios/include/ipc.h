/* ipc.h - how a process talks to the kernel.
 *
 * Every trap into the kernel is an indirect call through kernel_call_table,
 * one entry per trap (defined in lib/sys/kernel_trap.c). Like MINIX's
 * _minix_ipcvecs, the table lets the trap mechanism be chosen at startup.
 *
 * _ipc_sendrec (send a request and wait for the reply) is a static inline
 * function, as in MINIX: every .c file that calls it gets its own internal
 * copy, so a module linked from several files holds _ipc_sendrec,
 * _ipc_sendrec.1, ... The other primitives are ordinary libsys functions.
 */
#ifndef MINIOS_IPC_H
#define MINIOS_IPC_H

#include "minios.h"
#include "message.h"

/* Trap numbers: indexes into kernel_call_table. */
#define KTRAP_SEND		0
#define KTRAP_RECEIVE		1
#define KTRAP_SENDREC		2
#define KTRAP_SENDNB		3
#define KTRAP_NOTIFY		4
#define KTRAP_SENDA		5
#define KTRAP_KERNEL_CALL	6
#define KTRAP_COUNT		7

/* Every trap takes the same arguments; `word` is an in/out status word
 * (receive: the IPC status; senda: the flags) and NULL where unused. */
typedef int (*kernel_trap_t)(endpoint_t endpt, message *m_ptr, int *word);
extern kernel_trap_t kernel_call_table[KTRAP_COUNT];

static inline int _ipc_sendrec(endpoint_t dst, message *m_ptr)
{
	return kernel_call_table[KTRAP_SENDREC](dst, m_ptr, NULL);
}

/* Servers answer requests with ipc_send (blocks until the requester has the
 * reply) or ipc_sendnb (never blocks; the reply is lost if the requester
 * does not wait for it), or asynchronously with asynsend3 (syslib.h).
 * ipc_senda is asynsend3's kernel trap; ipc_notify sends a notification
 * (out of the analysis's scope, system.json "ignore"). ipc_receive is
 * wrapped by sef_receive_status. */
int ipc_send(endpoint_t dst, message *m_ptr);
int ipc_sendnb(endpoint_t dst, message *m_ptr);
int ipc_senda(endpoint_t dst, message *m_ptr, int flags);
int ipc_notify(endpoint_t dst);
int ipc_receive(endpoint_t src, message *m_ptr, int *status_ptr);

#endif /* MINIOS_IPC_H */
