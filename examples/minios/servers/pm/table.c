/* table.c - the process manager's dispatch table, indexed by call_nr - PM_BASE. */
#include "pm.h"

#define CALL(n)	[((n) - PM_BASE)]

int (* const call_vec[NR_PM_CALLS])(void) = {
	CALL(PM_EXIT)		= do_exit,
	CALL(PM_FORK)		= do_fork,
	CALL(PM_EXEC)		= do_exec,
	CALL(PM_GETPID)		= do_getpid,
	CALL(PM_KILL)		= do_kill,
	CALL(PM_SETUID)		= do_setuid,
	CALL(PM_GETUID)		= do_getuid,
	CALL(PM_REBOOT)		= do_reboot,
	CALL(PM_GETRUSAGE)	= do_getrusage,
};
