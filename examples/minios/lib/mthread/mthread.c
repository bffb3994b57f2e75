/* mthread.c - the thread table and the scheduler (see mthread.h). */
#include "mthread.h"

#define MS_DEAD		0	/* the slot is free */
#define MS_RUNNABLE	1
#define MS_RUNNING	2
#define MS_BLOCKED	3	/* waits for mthread_wakeup */

struct mthread_tcb {
	int m_state;
	struct mthread_context m_context;
};

static struct mthread_tcb threads[MTHREAD_MAX];
static mthread_thread_t current_thread = NO_THREAD;

int mthread_create(mthread_thread_t *tid, void (*proc)(void *), void *arg)
{
	int i;

	for (i = 0; i < MTHREAD_MAX; i++) {
		if (threads[i].m_state != MS_DEAD)
			continue;
		threads[i].m_context.mc_func = proc;
		threads[i].m_context.mc_arg = arg;
		threads[i].m_state = MS_RUNNABLE;
		*tid = i;
		return OK;
	}
	return EAGAIN;
}

void mthread_block(void (*cont)(void *), void *arg)
{
	struct mthread_tcb *t = &threads[current_thread];

	t->m_context.mc_func = cont;
	t->m_context.mc_arg = arg;
	t->m_state = MS_BLOCKED;
}

void mthread_wakeup(mthread_thread_t tid)
{
	if (threads[tid].m_state == MS_BLOCKED)
		threads[tid].m_state = MS_RUNNABLE;
}

/* Switch to a thread: call the function of its context. When that returns,
 * the thread has either blocked (its context now says where it carries on)
 * or ended. */
static void context_switch(mthread_thread_t tid)
{
	struct mthread_tcb *t = &threads[tid];

	current_thread = tid;
	t->m_state = MS_RUNNING;
	t->m_context.mc_func(t->m_context.mc_arg);
	if (t->m_state == MS_RUNNING)
		t->m_state = MS_DEAD;
	current_thread = NO_THREAD;
}

void mthread_yield_all(void)
{
	int i, ran;

	do {
		ran = 0;
		for (i = 0; i < MTHREAD_MAX; i++) {
			if (threads[i].m_state == MS_RUNNABLE) {
				context_switch(i);
				ran = 1;
			}
		}
	} while (ran);
}
