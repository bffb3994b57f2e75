/* pm.c - system calls served by the process manager. */
#include "libc.h"

pid_t fork(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	return _syscall(PM_PROC_NR, PM_FORK, &m);
}

void _exit(int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_exit.status = status;
	_syscall(PM_PROC_NR, PM_EXIT, &m);
	for (;;)
		;	/* pm never replies to an exited process */
}

int execve(const char *path)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_exec.name = (vir_bytes) path;
	m.m_u.m_lc_pm_exec.namelen = strlen(path);
	return _syscall(PM_PROC_NR, PM_EXEC, &m);
}

pid_t getpid(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	return _syscall(PM_PROC_NR, PM_GETPID, &m);
}

int kill(pid_t pid, int sig)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_sig.pid = pid;
	m.m_u.m_lc_pm_sig.nr = sig;
	return _syscall(PM_PROC_NR, PM_KILL, &m);
}

int setuid(uid_t uid)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_setuid.uid = uid;
	return _syscall(PM_PROC_NR, PM_SETUID, &m);
}

uid_t getuid(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	return _syscall(PM_PROC_NR, PM_GETUID, &m);
}

int reboot(int how)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_reboot.how = how;
	return _syscall(PM_PROC_NR, PM_REBOOT, &m);
}

int getrusage(int who, struct rusage *usage)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_pm_rusage.who = who;
	m.m_u.m_lc_pm_rusage.addr = (vir_bytes) usage;
	return _syscall(PM_PROC_NR, PM_GETRUSAGE, &m);
}
