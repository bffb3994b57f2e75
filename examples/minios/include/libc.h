/* libc.h - the user-side C library's system calls.
 *
 * Each system call fills a message and hands it to _syscall with the server's
 * endpoint and the request type. minios's libc keeps no errno: like a raw
 * system call, a failed call returns -errno, so the libc has no global state.
 */
#ifndef MINIOS_LIBC_H
#define MINIOS_LIBC_H

#include "minios.h"
#include "message.h"

int _syscall(endpoint_t who, int syscallnr, message *msgptr);

/* pm */
pid_t fork(void);
void _exit(int status) __attribute__((noreturn));
int execve(const char *path);
pid_t getpid(void);
int kill(pid_t pid, int sig);
int setuid(uid_t uid);
uid_t getuid(void);
int reboot(int how);
int getrusage(int who, struct rusage *usage);

/* vfs */
int open(const char *path, int flags, mode_t mode);
int close(int fd);
int read(int fd, void *buf, size_t len);
int write(int fd, const void *buf, size_t len);
off_t lseek(int fd, off_t offset, int whence);
mode_t umask(mode_t mask);

/* vm */
int brk(void *addr);
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset);
#define MAP_FAILED	((void *) -1)

/* rs */
int minix_rs_lookup(const char *name, endpoint_t *value);

/* not system calls */
size_t strlen(const char *s);
void *memset(void *dst, int c, size_t n);

#endif /* MINIOS_LIBC_H */
