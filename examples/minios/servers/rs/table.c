/* table.c - the services in the boot image, other than rs itself. */
#include "rs.h"

const struct boot_service boot_services[NR_BOOT_SERVICES] = {
	{ "pm",  PM_PROC_NR },
	{ "vfs", VFS_PROC_NR },
	{ "vm",  VM_PROC_NR },
	{ "ds",  DS_PROC_NR },
};
