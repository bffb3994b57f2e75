/* message.h - the one message format of minios, shaped like MINIX 3's.
 *
 * Every message is 64 bytes: who sent it (filled in by the kernel), what it
 * asks for, and a payload whose meaning depends on m_type. Payload structs
 * are named after who talks to whom: lc = libc, lsys = libsys, krn = kernel.
 * m_source lies at byte offset 0 and m_type at byte offset 4 (system.json's
 * "mtype_offset").
 */
#ifndef MINIOS_MESSAGE_H
#define MINIOS_MESSAGE_H

#include "minios.h"

/* ---- libc -> pm ---- */
typedef struct { int status; } mess_lc_pm_exit;
typedef struct { vir_bytes name; size_t namelen; } mess_lc_pm_exec;
typedef struct { pid_t pid; int nr; } mess_lc_pm_sig;
typedef struct { uid_t uid; } mess_lc_pm_setuid;
typedef struct { int how; } mess_lc_pm_reboot;
typedef struct { int who; vir_bytes addr; } mess_lc_pm_rusage;

/* ---- pm -> vfs (fork, exit, setuid notifications; exec request) ---- */
typedef struct {
	endpoint_t endpt;		/* the process concerned */
	endpoint_t parent_endpt;
	pid_t pid;
	uid_t uid;
} mess_pm_vfs_proc;
typedef struct { endpoint_t endpt; vir_bytes name; size_t namelen; } mess_pm_vfs_exec;

/* ---- libc -> vfs ---- */
typedef struct { vir_bytes name; size_t namelen; int flags; mode_t mode; } mess_lc_vfs_open;
typedef struct { int fd; } mess_lc_vfs_close;
typedef struct { int fd; vir_bytes buf; size_t len; } mess_lc_vfs_readwrite;
typedef struct { int fd; off_t offset; int whence; } mess_lc_vfs_lseek;
typedef struct { mode_t mask; } mess_lc_vfs_umask;

/* ---- libsys (pm, vfs) -> vm ---- */
typedef struct { endpoint_t endpt; int slot; endpoint_t child_endpt; } mess_lsys_vm_fork;
typedef struct { endpoint_t endpt; } mess_lsys_vm_exit;
typedef struct { endpoint_t endpt; size_t text_bytes; vir_bytes base; } mess_lsys_vm_newmem;
typedef struct { endpoint_t endpt; size_t pages; vir_bytes brk; } mess_lsys_vm_usage;

/* ---- libc -> vm ---- */
typedef struct { vir_bytes addr; } mess_lc_vm_brk;
typedef struct { size_t len; vir_bytes addr; } mess_lc_vm_mmap;

/* ---- ds and rs requests ---- */
typedef struct { char key[LABEL_LEN]; endpoint_t endpt; int flags; } mess_ds_req;
typedef struct { char label[LABEL_LEN]; endpoint_t endpt; int index; } mess_rs_req;

/* ---- vfs -> character driver (terminal), and its answer ---- */
typedef struct { endpoint_t user; vir_bytes buf; size_t len; int minor; } mess_vfs_cdev_read;
typedef struct { endpoint_t user; int status; } mess_cdev_vfs_reply;

/* ---- requests every server answers ---- */
typedef struct { int how; } mess_common_shutdown;

/* ---- kernel calls ---- */
typedef struct { endpoint_t parent; int slot; endpoint_t child; } mess_lsys_krn_fork;
typedef struct { endpoint_t endpt; int sig; } mess_lsys_krn_kill;
typedef struct {
	endpoint_t src_endpt; vir_bytes src_addr;
	endpoint_t dst_endpt; vir_bytes dst_addr;
	size_t bytes;
} mess_lsys_krn_datacopy;
typedef struct { int how; } mess_lsys_krn_abort;
typedef struct { clock_t uptime; } mess_krn_lsys_clock;

typedef struct {
	endpoint_t m_source;		/* who sent the message (set by the kernel) */
	int m_type;			/* what kind of message it is */
	union {
		mess_lc_pm_exit		m_lc_pm_exit;
		mess_lc_pm_exec		m_lc_pm_exec;
		mess_lc_pm_sig		m_lc_pm_sig;
		mess_lc_pm_setuid	m_lc_pm_setuid;
		mess_lc_pm_reboot	m_lc_pm_reboot;
		mess_lc_pm_rusage	m_lc_pm_rusage;
		mess_pm_vfs_proc	m_pm_vfs_proc;
		mess_pm_vfs_exec	m_pm_vfs_exec;
		mess_lc_vfs_open	m_lc_vfs_open;
		mess_lc_vfs_close	m_lc_vfs_close;
		mess_lc_vfs_readwrite	m_lc_vfs_readwrite;
		mess_lc_vfs_lseek	m_lc_vfs_lseek;
		mess_lc_vfs_umask	m_lc_vfs_umask;
		mess_lsys_vm_fork	m_lsys_vm_fork;
		mess_lsys_vm_exit	m_lsys_vm_exit;
		mess_lsys_vm_newmem	m_lsys_vm_newmem;
		mess_lsys_vm_usage	m_lsys_vm_usage;
		mess_lc_vm_brk		m_lc_vm_brk;
		mess_lc_vm_mmap		m_lc_vm_mmap;
		mess_ds_req		m_ds_req;
		mess_rs_req		m_rs_req;
		mess_vfs_cdev_read	m_vfs_cdev_read;
		mess_cdev_vfs_reply	m_cdev_vfs_reply;
		mess_common_shutdown	m_common_shutdown;
		mess_lsys_krn_fork	m_lsys_krn_fork;
		mess_lsys_krn_kill	m_lsys_krn_kill;
		mess_lsys_krn_datacopy	m_lsys_krn_datacopy;
		mess_lsys_krn_abort	m_lsys_krn_abort;
		mess_krn_lsys_clock	m_krn_lsys_clock;
		uint8_t			size[56];	/* fixes the size at 64 bytes */
	} m_u;
} message;

_Static_assert(sizeof(message) == 64, "a message is 64 bytes");
_Static_assert(__builtin_offsetof(message, m_type) == 4, "m_type at byte 4");

#endif /* MINIOS_MESSAGE_H */
