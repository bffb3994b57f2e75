/* worker.c - the pool of worker threads that serve requests (see vfs.h).
 *
 * A worker runs one job at a time on a thread of libmthread: worker_main
 * when the job starts, worker_resume when it carries on after a wait. Both
 * make the worker and its requester the current ones (self, fp) first.
 */
#include "vfs.h"

struct worker_thread workers[NR_WTHREADS];
struct worker_thread *self;
struct fproc *fp;

/* Run a worker's job (or its continuation) as the current one. The job is
 * over unless it waits again: then the worker is free. */
static void worker_run(struct worker_thread *w, void (*job)(void))
{
	self = w;
	fp = w->w_fp;
	job();
	if (!w->w_waiting)
		w->w_func = NULL;
}

/* The thread of a new job. */
static void worker_main(void *arg)
{
	struct worker_thread *w = arg;

	worker_run(w, w->w_func);
}

/* The thread of a job woken up after a wait. */
static void worker_resume(void *arg)
{
	struct worker_thread *w = arg;

	worker_run(w, w->w_cont);
}

/* Give the request to a free worker; it runs the next time the loop calls
 * worker_yield. */
int worker_start(struct fproc *rfp, void (*func)(void), message *m_ptr)
{
	struct worker_thread *w;

	for (w = &workers[0]; w < &workers[NR_WTHREADS]; w++) {
		if (w->w_func != NULL)
			continue;
		w->w_func = func;
		w->w_fp = rfp;
		w->w_m_in = *m_ptr;
		w->w_waiting = 0;
		return mthread_create(&w->w_tid, worker_main, w);
	}
	return EAGAIN;
}

/* The running worker waits for the terminal driver; cont carries on. */
void worker_wait(void (*cont)(void))
{
	self->w_waiting = 1;
	self->w_cont = cont;
	mthread_block(worker_resume, self);
}

/* The driver answered the request of user: wake up the worker serving it. */
void worker_wakeup(endpoint_t user, int status)
{
	struct worker_thread *w;

	for (w = &workers[0]; w < &workers[NR_WTHREADS]; w++) {
		if (w->w_waiting && w->w_fp->fp_endpoint == user) {
			w->w_drv_status = status;
			w->w_waiting = 0;
			mthread_wakeup(w->w_tid);
			return;
		}
	}
}

void worker_yield(void)
{
	mthread_yield_all();
}
