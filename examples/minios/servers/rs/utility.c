/* utility.c - searching the service table, and late replies. */
#include "ipc.h"
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

struct rproc *find_service_by_endpoint(endpoint_t endpt)
{
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++)
		if ((rproc[i].r_flags & RS_IN_USE) && rproc[i].r_endpoint == endpt)
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

/* Reply to the request that waits in a service's entry (RS_UP, answered once
 * the service is ready). The reply must not block rs. */
void late_reply(struct rproc *rp, int result)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = result;
	if (ipc_sendnb(rp->r_caller, &m) != OK)
		panic("rs: cannot reply");
}
