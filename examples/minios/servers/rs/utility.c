/* utility.c - searching the service table. */
#include "rs.h"

struct rproc *find_service(const char *label)
{
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++)
		if ((rproc[i].r_flags & RS_IN_USE) &&
		    strncmp(rproc[i].r_label, label, LABEL_LEN) == 0)
			return &rproc[i];
	return NULL;
}

struct rproc *alloc_service(void)
{
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++)
		if (!(rproc[i].r_flags & RS_IN_USE))
			return &rproc[i];
	return NULL;
}
