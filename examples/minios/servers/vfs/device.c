/* device.c - the terminal, whose driver is a process outside this example.
 *
 * As in MINIX's vfs, a request to a character driver is sent asynchronously;
 * the driver answers with a message of its own (CDEV_REPLY), which the
 * receive loop hands to cdev_reply by its sender.
 */
#include "vfs.h"

/* Ask the driver to copy up to len bytes into the user's buffer. The worker
 * waits for the answer (SUSPEND: do_work replies when it comes). */
int cdev_read(int minor, endpoint_t user, vir_bytes buf, size_t len)
{
	message dev_m;

	memset(&dev_m, 0, sizeof(dev_m));
	dev_m.m_type = CDEV_READ;
	dev_m.m_u.m_vfs_cdev_read.minor = minor;
	dev_m.m_u.m_vfs_cdev_read.user = user;
	dev_m.m_u.m_vfs_cdev_read.buf = buf;
	dev_m.m_u.m_vfs_cdev_read.len = len;
	if (asynsend3(TTY_PROC_NR, &dev_m, 0) != OK)
		return EIO;
	return SUSPEND;
}

/* The driver's answer (its only message, CDEV_REPLY): wake up the worker
 * that waits for it. */
void cdev_reply(message *m)
{
	worker_wakeup(m->m_u.m_cdev_vfs_reply.user, m->m_u.m_cdev_vfs_reply.status);
}
