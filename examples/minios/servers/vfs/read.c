/* read.c - reading, writing and seeking. The data moves between the file
 * table and the caller's memory by kernel copy (sys_datacopy). Reading the
 * terminal is a request to its driver (device.c), answered later. */
#include "vfs.h"

int do_read(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	struct filedesc *fdp = get_filedesc(fdt, m->m_u.m_lc_vfs_readwrite.fd);
	struct vfile *vf;
	size_t n = m->m_u.m_lc_vfs_readwrite.len;
	int r;

	if (fdp == NULL || fdp->fd_flags == O_WRONLY)
		return EBADF;
	vf = &files[fdp->fd_file];
	if (vf->f_cdev != 0)		/* no position: a terminal is read as it comes */
		return cdev_read(vf->f_cdev - 1, m->m_source, m->m_u.m_lc_vfs_readwrite.buf, n);
	if ((size_t) fdp->fd_pos >= vf->f_size)
		n = 0;
	else if (n > vf->f_size - fdp->fd_pos)
		n = vf->f_size - fdp->fd_pos;
	if (n > 0 && (r = sys_datacopy(SELF, (vir_bytes) &vf->f_data[fdp->fd_pos],
	    m->m_source, m->m_u.m_lc_vfs_readwrite.buf, n)) != OK)
		return r;
	fdp->fd_pos += n;
	return n;
}

int do_write(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	struct filedesc *fdp = get_filedesc(fdt, m->m_u.m_lc_vfs_readwrite.fd);
	struct vfile *vf;
	size_t n = m->m_u.m_lc_vfs_readwrite.len;
	int r;

	if (fdp == NULL || fdp->fd_flags == O_RDONLY)
		return EBADF;
	vf = &files[fdp->fd_file];
	if (vf->f_cdev != 0)
		return EIO;		/* minios's terminal has no output */
	if ((size_t) fdp->fd_pos >= FILE_SIZE_MAX)
		return ENOSPC;
	if (n > (size_t) (FILE_SIZE_MAX - fdp->fd_pos))
		n = FILE_SIZE_MAX - fdp->fd_pos;
	if ((r = sys_datacopy(m->m_source, m->m_u.m_lc_vfs_readwrite.buf, SELF,
	    (vir_bytes) &vf->f_data[fdp->fd_pos], n)) != OK)
		return r;
	fdp->fd_pos += n;
	if ((size_t) fdp->fd_pos > vf->f_size)
		vf->f_size = fdp->fd_pos;
	vf->f_dirty = 1;
	return n;
}

int do_lseek(int proc_slot, message *m)
{
	struct fdtable_entry *fdt = get_fdtable(proc_slot, m->m_source);
	struct filedesc *fdp = get_filedesc(fdt, m->m_u.m_lc_vfs_lseek.fd);
	off_t pos;

	if (fdp == NULL)
		return EBADF;
	switch (m->m_u.m_lc_vfs_lseek.whence) {
	case SEEK_SET:	pos = 0; break;
	case SEEK_CUR:	pos = fdp->fd_pos; break;
	case SEEK_END:	pos = files[fdp->fd_file].f_size; break;
	default:	return EINVAL;
	}
	pos += m->m_u.m_lc_vfs_lseek.offset;
	if (pos < 0 || pos > FILE_SIZE_MAX)
		return EINVAL;
	fdp->fd_pos = pos;
	m->m_u.m_lc_vfs_lseek.offset = pos;	/* the reply carries the new position */
	return OK;
}
