/* table.c - the file system calls, indexed by m_type - VFS_BASE. */
#include "vfs.h"

#define CALL(n)	[((n) - VFS_BASE)]

int (* const call_vec[NR_VFS_CALLS])(int proc_slot, message *m) = {
	CALL(VFS_OPEN)		= do_open,
	CALL(VFS_CLOSE)		= do_close,
	CALL(VFS_READ)		= do_read,
	CALL(VFS_WRITE)		= do_write,
	CALL(VFS_LSEEK)		= do_lseek,
	CALL(VFS_UMASK)		= do_umask,
	CALL(VFS_SYNC)		= do_sync,
};
