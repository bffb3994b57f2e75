/* pm.h - the process manager's tables, globals and functions. */
#ifndef PM_PM_H
#define PM_PM_H

#include "minios.h"
#include "message.h"
#include "syslib.h"

/* One entry per process slot. */
struct mproc {
	endpoint_t mp_endpoint;		/* the process's endpoint */
	pid_t mp_pid;
	int mp_parent;			/* slot of the parent */
	int mp_flags;			/* IN_USE */
	int mp_exitstatus;
	uid_t mp_realuid;
	uid_t mp_effuid;
	uint32_t mp_sigpending;		/* signals not yet delivered */
	clock_t mp_utime;
	clock_t mp_stime;
	char mp_name[PROC_NAME_LEN];	/* program name, for ps */
	message mp_reply;		/* the reply to the process's request */
};
#define IN_USE		0x1

#define INIT_PID	1
#define NR_PIDS		30000
#define LAST_FEW	2	/* slots kept back for the super-user */

/* The request being handled. The receive loop overwrites all five on every
 * iteration before it dispatches, so they never carry state from one
 * request to the next. */
extern message m_in;
extern endpoint_t who_e;		/* the caller's endpoint */
extern int who_p;			/* the caller's slot */
extern int call_nr;			/* the request type */
extern struct mproc *mp;		/* the caller's entry, &mproc[who_p] */

/* State that outlives a request. */
extern struct mproc mproc[NR_PROCS];
extern int procs_in_use;
extern pid_t next_pid;
extern int shutdown_started;

/* Handlers, dispatched through call_vec (table.c). */
extern int (* const call_vec[NR_PM_CALLS])(void);
int do_exit(void);
int do_fork(void);
int do_exec(void);
int do_getpid(void);
int do_kill(void);
int do_setuid(void);
int do_getuid(void);
int do_reboot(void);
int do_getrusage(void);
int do_getstatus(void);

/* exit_proc.c */
void exit_proc(struct mproc *rmp, int exit_status);

/* utility.c */
void reply(int proc_nr, int result);
void tell_vfs(struct mproc *rmp, int type);
int tell_server(endpoint_t endpt, int type, int how);
int get_free_slot(void);
pid_t get_free_pid(void);
int find_proc_by_pid(pid_t pid);

#endif /* PM_PM_H */
