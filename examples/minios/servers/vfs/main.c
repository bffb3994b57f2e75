/* main.c - the file system's receive loop and dispatch (a switch on m_type). */
#include "ipc.h"
#include "vfs.h"

struct vfile files[NR_FILES];
struct fdtable_entry fdtable[NR_PROCS];
struct fproc fproc[NR_PROCS];
int vfs_shutting_down;

static void vfs_init(void)
{
	int i, f;

	for (i = 0; i < NR_PROCS; i++) {
		fproc[i].fp_endpoint = i < NR_BOOT_PROCS ? i : NONE;
		fproc[i].fp_program = -1;
	}
	fproc[INIT_PROC_NR].fp_endpoint = _ENDPOINT(1, INIT_PROC_NR);
	fproc[INIT_PROC_NR].fp_pid = 1;

	/* The programs init starts. */
	if ((f = create_file("sh", SUPER_USER, 0755)) >= 0)
		files[f].f_size = 64;
	if ((f = create_file("motd", SUPER_USER, 0644)) >= 0)
		files[f].f_size = strlcpy((char *) files[f].f_data, "welcome to minios\n",
			FILE_SIZE_MAX);
}

int main(void)
{
	message m;
	int ipc_status, proc_slot, r;

	vfs_init();
	for (;;) {
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("vfs: receive failed");
		/* The caller's slot: the index of its descriptor table. */
		proc_slot = _ENDPOINT_P(m.m_source);

		switch (m.m_type) {
		case VFS_OPEN:		r = do_open(proc_slot, &m); break;
		case VFS_CLOSE:		r = do_close(proc_slot, &m); break;
		case VFS_READ:		r = do_read(proc_slot, &m); break;
		case VFS_WRITE:		r = do_write(proc_slot, &m); break;
		case VFS_LSEEK:		r = do_lseek(proc_slot, &m); break;
		case VFS_UMASK:		r = do_umask(proc_slot, &m); break;
		case VFS_PM_FORK:	r = do_pm_fork(&m); break;
		case VFS_PM_EXIT:	r = do_pm_exit(&m); break;
		case VFS_PM_EXEC:	r = do_pm_exec(&m); break;
		case VFS_PM_SETUID:	r = do_pm_setuid(&m); break;
		case VFS_SYNC:		r = do_sync(&m); break;
		case COMMON_SHUTDOWN:	r = do_shutdown(&m); break;
		case COMMON_GETSTATUS:	r = do_getstatus(&m); break;
		default:		r = ENOSYS; break;
		}

		if (r != EDONTREPLY) {
			m.m_type = r;
			ipc_send(m.m_source, &m);
		}
	}
	return OK;
}
