/* vfs.h - the file system's tables, globals and functions.
 *
 * minios's file system is a flat set of RAM files, and one terminal whose
 * driver is not part of this example. Its state comes in three tables:
 *   files    the files themselves, shared by everyone (global state);
 *   fdtable  each process's open descriptors and umask, indexed by the
 *            caller's slot and written only by that caller's own requests
 *            (process-local state);
 *   fproc    what pm tells vfs about each process (global state: pm's
 *            notifications write the entry of the process they are about).
 *
 * As in MINIX's vfs, every request is served by a worker thread (worker.c,
 * on the threads of libmthread): the receive loop copies the request into a
 * free worker, which runs it the next time the loop lets the workers run,
 * and replies to the endpoint in the requester's fproc entry. A worker that
 * waits for the terminal driver lets the others run meanwhile.
 */
#ifndef VFS_VFS_H
#define VFS_VFS_H

#include "minios.h"
#include "message.h"
#include "syslib.h"
#include "mthread.h"

#define NR_FILES	16
#define FILE_SIZE_MAX	512
#define OPEN_MAX	8
#define DEFAULT_UMASK	022

struct vfile {
	int f_in_use;
	int f_dirty;			/* changed since the last sync */
	uid_t f_owner;
	mode_t f_mode;			/* permission bits */
	size_t f_size;
	int f_cdev;			/* a terminal: its minor + 1; 0: a RAM file */
	char f_name[NAME_MAX + 1];
	uint8_t f_data[FILE_SIZE_MAX];
};

struct filedesc {
	int fd_in_use;
	int fd_file;			/* index into files */
	off_t fd_pos;
	int fd_flags;			/* O_RDONLY, O_WRONLY, O_RDWR */
};

/* A descriptor table belongs to the endpoint in fdt_owner. Tables are not
 * cleared when a process exits: the first request of a slot's next owner
 * (a new endpoint) resets it, so only a process's own requests ever write
 * its table. */
struct fdtable_entry {
	endpoint_t fdt_owner;
	mode_t fdt_umask;
	struct filedesc fdt_fd[OPEN_MAX];
};

struct fproc {
	endpoint_t fp_endpoint;		/* NONE when the slot is free */
	endpoint_t fp_parent;
	pid_t fp_pid;
	uid_t fp_uid;
	int fp_program;			/* file last executed, -1 if none */
};

/* A worker thread and the request it serves (its job). */
#define NR_WTHREADS	4
struct worker_thread {
	mthread_thread_t w_tid;
	void (*w_func)(void);		/* the job: do_work or service_pm; NULL: free */
	void (*w_cont)(void);		/* where the job carries on after a wait */
	int w_waiting;			/* waits for the terminal driver */
	int w_drv_status;		/* the driver's answer */
	struct fproc *w_fp;		/* the requester's entry */
	message w_m_in;			/* the request; the reply is built in it */
};

extern struct vfile files[NR_FILES];
extern struct fdtable_entry fdtable[NR_PROCS];
extern struct fproc fproc[NR_PROCS];
extern int vfs_shutting_down;
extern struct worker_thread workers[NR_WTHREADS];
extern struct worker_thread *self;	/* the worker that runs now */
extern struct fproc *fp;		/* the requester of its job */

/* Handlers. The file system calls are dispatched through call_vec (table.c),
 * indexed by m_type - VFS_BASE, and get the caller's slot. */
#define NR_VFS_CALLS	0x21
#define IS_VFS_CALL(t)	(((t) & ~0xff) == VFS_BASE)
extern int (* const call_vec[NR_VFS_CALLS])(int proc_slot, message *m);
int do_open(int proc_slot, message *m);
int do_close(int proc_slot, message *m);
int do_read(int proc_slot, message *m);
int do_write(int proc_slot, message *m);
int do_lseek(int proc_slot, message *m);
int do_umask(int proc_slot, message *m);
int do_sync(int proc_slot, message *m);
int do_pm_fork(message *m);
int do_pm_exit(message *m);
int do_pm_exec(message *m);
int do_pm_setuid(message *m);
int do_shutdown(message *m);
int do_getstatus(message *m);

/* worker.c */
int worker_start(struct fproc *rfp, void (*func)(void), message *m_ptr);
void worker_wait(void (*cont)(void));
void worker_wakeup(endpoint_t user, int status);
void worker_yield(void);

/* device.c */
#define TTY_MINOR	0
int cdev_read(int minor, endpoint_t user, vir_bytes buf, size_t len);
void cdev_reply(message *m);

/* utility.c */
void reply(message *m_out, endpoint_t whom, int result);

/* filedes.c */
struct fdtable_entry *get_fdtable(int proc_slot, endpoint_t caller);
struct filedesc *get_filedesc(struct fdtable_entry *fdt, int fd);
int get_free_fd(struct fdtable_entry *fdt);

/* file.c */
#define R_BIT	04
#define W_BIT	02
#define X_BIT	01
int find_file(const char *name);
int create_file(const char *name, uid_t owner, mode_t mode);
int may_access(const struct vfile *f, uid_t uid, int bits);
int sync_files(void);

#endif /* VFS_VFS_H */
