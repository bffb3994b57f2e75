/* minios.h - the one header every part of minios includes.
 *
 * minios is a small microkernel system in the style of MINIX 3. The kernel only
 * passes messages; process management (pm), the file system (vfs), memory (vm),
 * the data store (ds) and the reincarnation server (rs) are separate server
 * processes. A request is a message whose m_type says what to do; a server's
 * main loop receives it and dispatches on m_type.
 *
 * Every number a request carries is a #define in this file, so the analysis
 * results in EXPECTED.md can be checked against the source by reading it.
 * The build is freestanding: this header replaces the libc headers.
 */
#ifndef MINIOS_H
#define MINIOS_H

/* ---- Basic types (freestanding: no <stdint.h>) ---------------------------- */
typedef signed char		int8_t;
typedef unsigned char		uint8_t;
typedef short			int16_t;
typedef unsigned short		uint16_t;
typedef int			int32_t;
typedef unsigned int		uint32_t;
typedef __SIZE_TYPE__		size_t;

typedef int			endpoint_t;	/* names a process for IPC */
typedef int			pid_t;
typedef int			uid_t;
typedef uint16_t		mode_t;
typedef int32_t			off_t;
typedef uint32_t		vir_bytes;	/* an address in some process */
typedef uint32_t		clock_t;

#define NULL		((void *) 0)

/* ---- Endpoints --------------------------------------------------------------
 * The five servers have fixed endpoints: their process slot, generation 0.
 * A user process's endpoint is _ENDPOINT(generation, slot); when a slot is
 * reused it gets a new generation, so an old endpoint never names the new
 * process. _ENDPOINT_P(e) gives the slot, the index of per-process tables.
 */
#define PM_PROC_NR	0	/* process manager: fork, exit, exec, signals, ids, reboot */
#define VFS_PROC_NR	1	/* virtual file system: a small RAM file system */
#define VM_PROC_NR	2	/* virtual memory: page frames, per-process memory maps */
#define DS_PROC_NR	3	/* data store: label -> endpoint registry */
#define RS_PROC_NR	4	/* reincarnation server: starts, stops and polls services */
#define NR_BOOT_PROCS	5	/* the servers above; slot 5 is init */
#define INIT_PROC_NR	5
#define TTY_PROC_NR	6	/* the terminal driver: in the boot image, but not part of
				 * this example (its code is not analysed) */
#define FIRST_USER_SLOT	7	/* the first slot pm gives to a forked process */

#define SYSTEM		(-2)	/* the kernel: target of kernel calls */
#define CLOCK		(-3)	/* the kernel's clock task: answers CLK_GETUPTIME */
#define ANY		0x7c00	/* 31744: receive from any sender */
#define NONE		0x6c00	/* 27648: no process at all */
#define SELF		0x7e00	/* 32256: the calling process (in kernel calls) */

#define NR_PROCS	32	/* process slots; a power of two (see _ENDPOINT_P) */
#define ENDPOINT_SLOT_BITS 5
#define _ENDPOINT(g, p)	(((g) << ENDPOINT_SLOT_BITS) | (p))
#define _ENDPOINT_P(e)	((e) & (NR_PROCS - 1))

/* ---- Request types (m_type) -------------------------------------------------
 * One range per server, so a number alone says which server handles it:
 * pm 0x100.., vfs 0x200.., vm 0x300.., ds 0x400.., rs 0x500.., and 0x600..
 * for requests every server answers. Decimal values in the comments.
 */
#define PM_BASE		0x100
#define PM_EXIT		(PM_BASE + 0)	/* 256 _exit(status) */
#define PM_FORK		(PM_BASE + 1)	/* 257 fork() */
#define PM_EXEC		(PM_BASE + 2)	/* 258 execve(path) */
#define PM_GETPID	(PM_BASE + 3)	/* 259 getpid() */
#define PM_KILL		(PM_BASE + 4)	/* 260 kill(pid, sig) */
#define PM_SETUID	(PM_BASE + 5)	/* 261 setuid(uid) */
#define PM_GETUID	(PM_BASE + 6)	/* 262 getuid() */
#define PM_REBOOT	(PM_BASE + 7)	/* 263 reboot(how) */
#define PM_GETRUSAGE	(PM_BASE + 8)	/* 264 getrusage(who, usage) */
#define NR_PM_CALLS	10		/* call_vec size; slot 9 is reserved (NULL) */
#define IS_PM_CALL(t)	(((t) & ~0xff) == PM_BASE)

#define VFS_BASE	0x200
#define VFS_OPEN	(VFS_BASE + 0x00)	/* 512 open(path, flags, mode) */
#define VFS_CLOSE	(VFS_BASE + 0x01)	/* 513 close(fd) */
#define VFS_READ	(VFS_BASE + 0x02)	/* 514 read(fd, buf, len) */
#define VFS_WRITE	(VFS_BASE + 0x03)	/* 515 write(fd, buf, len) */
#define VFS_LSEEK	(VFS_BASE + 0x04)	/* 516 lseek(fd, offset, whence) */
#define VFS_UMASK	(VFS_BASE + 0x05)	/* 517 umask(mask) */
#define VFS_PM_FORK	(VFS_BASE + 0x10)	/* 528 pm: a process was forked */
#define VFS_PM_EXIT	(VFS_BASE + 0x11)	/* 529 pm: a process exited */
#define VFS_PM_EXEC	(VFS_BASE + 0x12)	/* 530 pm: load a program for a process */
#define VFS_PM_SETUID	(VFS_BASE + 0x13)	/* 531 pm: a process changed its uid */
#define VFS_SYNC	(VFS_BASE + 0x20)	/* 544 write back dirty files */

#define VM_BASE		0x300
#define VM_EXIT		(VM_BASE + 0)	/* 768 pm: free a process's memory */
#define VM_FORK		(VM_BASE + 1)	/* 769 pm: copy a process's memory to a new slot */
#define VM_BRK		(VM_BASE + 2)	/* 770 brk(addr) */
#define VM_MMAP		(VM_BASE + 3)	/* 771 mmap(len) */
#define VM_EXEC_NEWMEM	(VM_BASE + 4)	/* 772 vfs: a fresh memory image for exec */
#define VM_GETRUSAGE	(VM_BASE + 5)	/* 773 pm: memory usage of a process */

#define DS_BASE		0x400
#define DS_PUBLISH	(DS_BASE + 0)	/* 1024 rs: publish label -> endpoint */
#define DS_RETRIEVE_LABEL (DS_BASE + 1)	/* 1025 look up the endpoint of a label */
#define DS_DELETE	(DS_BASE + 2)	/* 1026 rs: remove a label */
#define DS_SUBSCRIBE	(DS_BASE + 3)	/* 1027 be notified when labels change */

#define RS_BASE		0x500
#define RS_UP		(RS_BASE + 0)	/* 1280 start watching a service */
#define RS_DOWN		(RS_BASE + 1)	/* 1281 stop a service */
#define RS_LOOKUP	(RS_BASE + 2)	/* 1282 endpoint of a service by label */
#define RS_STATUS	(RS_BASE + 3)	/* 1283 poll one boot service */
#define RS_SHUTDOWN	(RS_BASE + 4)	/* 1284 pm: the system is going down */
#define RS_INIT		(RS_BASE + 5)	/* 1285 a service rs started is ready */

#define COMMON_BASE	0x600
#define COMMON_GETSTATUS (COMMON_BASE + 0) /* 1536 every server: a status number */
#define COMMON_SHUTDOWN	(COMMON_BASE + 1) /* 1537 vfs, vm, ds: prepare to stop */

/* Kernel calls (m_type of messages to SYSTEM; not IPC between servers). */
#define KERNEL_CALL	0x700
#define SYS_FORK	(KERNEL_CALL + 0)	/* 1792 */
#define SYS_KILL	(KERNEL_CALL + 1)	/* 1793 */
#define SYS_DATACOPY	(KERNEL_CALL + 2)	/* 1794 */
#define SYS_ABORT	(KERNEL_CALL + 3)	/* 1795 */

/* Requests to the kernel's CLOCK task (a kernel task, outside the servers). */
#define CLK_GETUPTIME	0x800	/* 2048: clock ticks since boot */

/* Requests to a character driver (the terminal), and the driver's answer. */
#define CDEV_BASE	0x900
#define CDEV_READ	(CDEV_BASE + 0)	/* 2304 vfs: read from a terminal */
#define CDEV_REPLY	(CDEV_BASE + 1)	/* 2305 the driver's answer to vfs */

#define NOTIFY_MESSAGE	0x1000	/* 4096: m_type of a kernel notification */

/* ---- Results ---------------------------------------------------------------
 * Servers and system calls return OK, a non-negative value, or -errno.
 */
#define OK		0
#define EPERM		(-1)
#define ENOENT		(-2)
#define ESRCH		(-3)
#define EIO		(-5)
#define EBADF		(-9)
#define EAGAIN		(-11)
#define ENOMEM		(-12)
#define EACCES		(-13)
#define EBUSY		(-16)
#define EEXIST		(-17)
#define EINVAL		(-22)
#define EMFILE		(-24)
#define ENOSPC		(-28)
#define ENAMETOOLONG	(-36)
#define ENOSYS		(-38)
#define EDONTREPLY	(-201)	/* handler result: send no reply */
#define SUSPEND		(-998)	/* handler result: the reply goes out later */

/* ---- Misc constants -------------------------------------------------------- */
#define SUPER_USER	0
#define NSIG		32
#define SIGKILL		9
#define SIGTERM		15
#define SIGCHLD		17
#define SIGMASK(s)	(1u << (s))

#define RBT_HALT	0
#define RBT_REBOOT	1
#define RBT_POWEROFF	2

#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_ACCMODE	3
#define O_CREAT		0x40
#define O_TRUNC		0x200
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define NAME_MAX	14	/* file names: flat name space, no directories */
#define PROC_NAME_LEN	16
#define LABEL_LEN	16	/* ds keys and rs labels */
#define PAGE_SIZE	4096

#define AMF_NOREPLY	0x1	/* asynsend3: the receiver sends no reply */

/* What getrusage() returns. */
struct rusage {
	clock_t ru_utime;	/* user time, clock ticks */
	clock_t ru_stime;	/* system time, clock ticks */
	size_t ru_maxrss;	/* memory in use, bytes */
	vir_bytes ru_brk;	/* current end of the data segment */
	clock_t ru_uptime;	/* clock ticks since the system started */
};
#define RUSAGE_SELF	0

#endif /* MINIOS_H */
