/* open.c - opening and closing files. */
#include "vfs.h"

static int access_bits(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_RDONLY:	return R_BIT;
	case O_WRONLY:	return W_BIT;
	default:	return R_BIT | W_BIT;
	}
}

int do_open(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	int flags = m->m_u.m_lc_vfs_open.flags;
	size_t len = m->m_u.m_lc_vfs_open.namelen;
	uid_t uid = fproc[proc_slot].fp_uid;
	char name[NAME_MAX + 1];
	struct filedesc *fdp;
	int f, fd, r;

	if (vfs_shutting_down)
		return EBUSY;
	if (len == 0 || len > NAME_MAX)
		return ENAMETOOLONG;
	if ((r = sys_datacopy(m->m_source, m->m_u.m_lc_vfs_open.name, SELF,
	    (vir_bytes) name, len)) != OK)
		return r;
	name[len] = '\0';

	if ((fd = get_free_fd(fdt)) < 0)
		return EMFILE;
	if ((f = find_file(name)) < 0) {
		if (!(flags & O_CREAT))
			return ENOENT;
		f = create_file(name, uid, m->m_u.m_lc_vfs_open.mode & ~fdt->fdt_umask);
		if (f < 0)
			return f;
	} else if (!may_access(&files[f], uid, access_bits(flags))) {
		return EACCES;
	}
	if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY) {
		files[f].f_size = 0;
		files[f].f_dirty = 1;
	}

	fdp = &fdt->fdt_fd[fd];
	fdp->fd_in_use = 1;
	fdp->fd_file = f;
	fdp->fd_pos = 0;
	fdp->fd_flags = flags & O_ACCMODE;
	return fd;
}

int do_close(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	struct filedesc *fdp = get_filedesc(fdt, m->m_u.m_lc_vfs_close.fd);

	if (fdp == NULL)
		return EBADF;
	fdp->fd_in_use = 0;
	return OK;
}
