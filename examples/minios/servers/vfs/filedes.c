/* filedes.c - per-process descriptor tables. Every function here writes only
 * the table of the slot it is given, which the handlers take from the
 * caller's own endpoint. */
#include "vfs.h"

struct fdtable_entry *get_fdtable(int proc_slot, endpoint_t caller)
{
	struct fdtable_entry *fdt = &fdtable[proc_slot];
	int fd;

	if (fdt->fdt_owner != caller) {
		/* a new process in this slot: start with no open files */
		fdt->fdt_owner = caller;
		fdt->fdt_umask = DEFAULT_UMASK;
		for (fd = 0; fd < OPEN_MAX; fd++)
			fdt->fdt_fd[fd].fd_in_use = 0;
	}
	return fdt;
}

struct filedesc *get_filedesc(struct fdtable_entry *fdt, int fd)
{
	if (fd < 0 || fd >= OPEN_MAX || !fdt->fdt_fd[fd].fd_in_use)
		return NULL;
	return &fdt->fdt_fd[fd];
}

int get_free_fd(struct fdtable_entry *fdt)
{
	int fd;

	for (fd = 0; fd < OPEN_MAX; fd++)
		if (!fdt->fdt_fd[fd].fd_in_use)
			return fd;
	return -1;
}
