/* main.c - the file system's receive loop, and the two jobs a worker runs.
 *
 * As in MINIX's vfs, the loop dispatches first by sender: the terminal
 * driver's answers go to cdev_reply; pm's requests are served by service_pm
 * (a switch on m_type), every other process's by do_work (the call table,
 * call_vec). Both run in a worker thread and reply to the requester's fproc
 * entry, whose endpoint the loop has checked against the sender.
 */
#include "vfs.h"

struct vfile files[NR_FILES];
struct fdtable_entry fdtable[NR_PROCS];
struct fproc fproc[NR_PROCS];
int vfs_shutting_down;

static void vfs_init(void)
{
	int i, f;

	for (i = 0; i < NR_PROCS; i++) {
		fproc[i].fp_endpoint = i < NR_BOOT_PROCS ? i : NONE;
		fproc[i].fp_program = -1;
	}
	fproc[INIT_PROC_NR].fp_endpoint = _ENDPOINT(1, INIT_PROC_NR);
	fproc[INIT_PROC_NR].fp_pid = 1;

	/* The programs init starts, and the terminal. */
	if ((f = create_file("sh", SUPER_USER, 0755)) >= 0)
		files[f].f_size = 64;
	if ((f = create_file("motd", SUPER_USER, 0644)) >= 0)
		files[f].f_size = strlcpy((char *) files[f].f_data, "welcome to minios\n",
			FILE_SIZE_MAX);
	if ((f = create_file("tty", SUPER_USER, 0666)) >= 0)
		files[f].f_cdev = TTY_MINOR + 1;
}

/* A request of pm: what it tells about processes, exec, and shutdown. */
static void service_pm(void)
{
	message *m = &self->w_m_in;
	int r;

	switch (m->m_type) {
	case VFS_PM_FORK:	r = do_pm_fork(m); break;
	case VFS_PM_EXIT:	r = do_pm_exit(m); break;
	case VFS_PM_EXEC:	r = do_pm_exec(m); break;
	case VFS_PM_SETUID:	r = do_pm_setuid(m); break;
	case COMMON_SHUTDOWN:	r = do_shutdown(m); break;
	default:		r = ENOSYS; break;
	}

	if (r != EDONTREPLY)
		reply(m, fp->fp_endpoint, r);
}

/* The job carries on once the terminal driver has answered: its answer is
 * the result. */
static void do_work_done(void)
{
	reply(&self->w_m_in, fp->fp_endpoint, self->w_drv_status);
}

/* A request of any other process: the requests every server answers, then
 * the file system calls through call_vec. */
static void do_work(void)
{
	message *m = &self->w_m_in;
	int proc_slot = _ENDPOINT_P(m->m_source);
	unsigned int call_index;
	int r;

	if (m->m_type == COMMON_GETSTATUS) {
		r = do_getstatus(m);
	} else if (m->m_type == COMMON_SHUTDOWN) {
		r = do_shutdown(m);
	} else if (IS_VFS_CALL(m->m_type)) {
		call_index = (unsigned int) (m->m_type - VFS_BASE);
		if (call_index < NR_VFS_CALLS && call_vec[call_index] != NULL)
			r = (*call_vec[call_index])(proc_slot, m);
		else
			r = ENOSYS;
	} else {
		r = ENOSYS;
	}

	if (r == SUSPEND)
		worker_wait(do_work_done);
	else if (r != EDONTREPLY)
		reply(m, fp->fp_endpoint, r);
}


int main(void)
{
	message m;
	int ipc_status, r;
	struct fproc *rfp;

	vfs_init();
	for (;;) {
		worker_yield();		/* let the workers that can run, run */
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("vfs: receive failed");

		if (m.m_source == TTY_PROC_NR) {
			cdev_reply(&m);
			continue;
		}

		/* Our picture of the sender must match the kernel's. */
		rfp = &fproc[_ENDPOINT_P(m.m_source)];
		if (rfp->fp_endpoint != m.m_source)
			continue;

		if (m.m_source == PM_PROC_NR)
			r = worker_start(rfp, service_pm, &m);
		else
			r = worker_start(rfp, do_work, &m);
		if (r != OK)
			reply(&m, m.m_source, EAGAIN);	/* every worker is busy */
	}
	return OK;
}
