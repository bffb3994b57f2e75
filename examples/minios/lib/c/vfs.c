/* vfs.c - system calls served by the file system. */
#include "libc.h"

int open(const char *path, int flags, mode_t mode)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_open.name = (vir_bytes) path;
	m.m_u.m_lc_vfs_open.namelen = strlen(path);
	m.m_u.m_lc_vfs_open.flags = flags;
	m.m_u.m_lc_vfs_open.mode = mode;
	return _syscall(VFS_PROC_NR, VFS_OPEN, &m);
}

int close(int fd)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_close.fd = fd;
	return _syscall(VFS_PROC_NR, VFS_CLOSE, &m);
}

int read(int fd, void *buf, size_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_readwrite.fd = fd;
	m.m_u.m_lc_vfs_readwrite.buf = (vir_bytes) buf;
	m.m_u.m_lc_vfs_readwrite.len = len;
	return _syscall(VFS_PROC_NR, VFS_READ, &m);
}

int write(int fd, const void *buf, size_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_readwrite.fd = fd;
	m.m_u.m_lc_vfs_readwrite.buf = (vir_bytes) buf;
	m.m_u.m_lc_vfs_readwrite.len = len;
	return _syscall(VFS_PROC_NR, VFS_WRITE, &m);
}

off_t lseek(int fd, off_t offset, int whence)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_lseek.fd = fd;
	m.m_u.m_lc_vfs_lseek.offset = offset;
	m.m_u.m_lc_vfs_lseek.whence = whence;
	r = _syscall(VFS_PROC_NR, VFS_LSEEK, &m);
	if (r != OK)
		return r;
	return m.m_u.m_lc_vfs_lseek.offset;	/* the new position */
}

mode_t umask(mode_t mask)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_lc_vfs_umask.mask = mask;
	return (mode_t) _syscall(VFS_PROC_NR, VFS_UMASK, &m);
}
