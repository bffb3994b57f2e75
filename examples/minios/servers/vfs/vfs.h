/* vfs.h - the file system's tables, globals and functions.
 *
 * minios's file system is a flat set of RAM files. Its state comes in
 * three tables:
 *   files    the files themselves, shared by everyone (global state);
 *   fdtable  each process's open descriptors and umask, indexed by the
 *            caller's slot and written only by that caller's own requests
 *            (process-local state);
 *   fproc    what pm tells vfs about each process (global state: pm's
 *            notifications write the entry of the process they are about).
 */
#ifndef VFS_VFS_H
#define VFS_VFS_H

#include "minios.h"
#include "message.h"
#include "syslib.h"

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

extern struct vfile files[NR_FILES];
extern struct fdtable_entry fdtable[NR_PROCS];
extern struct fproc fproc[NR_PROCS];
extern int vfs_shutting_down;

/* Handlers. Those for a process's own requests get the caller's slot. */
int do_open(int proc_slot, message *m);
int do_close(int proc_slot, message *m);
int do_read(int proc_slot, message *m);
int do_write(int proc_slot, message *m);
int do_lseek(int proc_slot, message *m);
int do_umask(int proc_slot, message *m);
int do_pm_fork(message *m);
int do_pm_exit(message *m);
int do_pm_exec(message *m);
int do_pm_setuid(message *m);
int do_sync(message *m);
int do_shutdown(message *m);
int do_getstatus(message *m);

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
