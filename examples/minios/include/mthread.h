/* mthread.h - user-level threads, cut down from MINIX's libmthread.
 *
 * A thread's context is where it carries on: a function and its argument.
 * MINIX's libmthread gives every thread a stack of its own and switches with
 * swapcontext; the minios kernel gives a process one stack, so a thread that
 * has to wait says which function carries on once it is woken up
 * (mthread_block), and returns. The scheduler switches to a thread by
 * calling the function of its context.
 */
#ifndef MINIOS_MTHREAD_H
#define MINIOS_MTHREAD_H

#include "minios.h"

#define MTHREAD_MAX	8
#define NO_THREAD	(-1)

typedef int mthread_thread_t;

struct mthread_context {
	void (*mc_func)(void *arg);	/* where the thread carries on */
	void *mc_arg;
};

/* Start a thread that runs proc(arg) the next time the scheduler runs. */
int mthread_create(mthread_thread_t *tid, void (*proc)(void *), void *arg);
/* The running thread waits; once woken up it carries on in cont(arg). */
void mthread_block(void (*cont)(void *), void *arg);
/* Make a waiting thread runnable again. */
void mthread_wakeup(mthread_thread_t tid);
/* Run every runnable thread until it waits or ends. */
void mthread_yield_all(void);

#endif /* MINIOS_MTHREAD_H */
