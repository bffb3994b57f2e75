/* request.c - what rs is asked to do. */
#include "rs.h"

/* Start watching a service. As in MINIX's rs, the caller gets its reply only
 * once the service has said it is ready (RS_INIT, do_init): until then its
 * endpoint waits in the service's entry. */
int do_up(message *m)
{
	struct rproc *rp;
	int r;

	if (rs_shutting_down)
		return EBUSY;
	m->m_u.m_rs_req.label[LABEL_LEN - 1] = '\0';
	if (find_service(m->m_u.m_rs_req.label) != NULL)
		return EEXIST;
	if ((rp = alloc_service()) == NULL)
		return EAGAIN;
	strlcpy(rp->r_label, m->m_u.m_rs_req.label, LABEL_LEN);
	rp->r_endpoint = m->m_u.m_rs_req.endpt;
	rp->r_restarts = 0;
	rp->r_flags = RS_IN_USE;
	if ((r = ds_publish_label(rp->r_label, rp->r_endpoint, 0)) != OK) {
		rp->r_flags = 0;
		return r;
	}
	rp->r_caller = m->m_source;
	return EDONTREPLY;
}

/* A service rs started is ready: answer whoever asked for it. */
int do_init(message *m)
{
	struct rproc *rp;

	if ((rp = find_service_by_endpoint(m->m_source)) == NULL)
		return ESRCH;
	if (rp->r_caller != NONE) {
		late_reply(rp, OK);
		rp->r_caller = NONE;
	}
	return OK;
}

/* Stop a service: ask it to shut down cleanly, then forget it. Its endpoint
 * comes from rproc, which RS_UP fills from requests: it can be anyone. */
int do_down(message *m)
{
	struct rproc *rp;
	message sm;

	m->m_u.m_rs_req.label[LABEL_LEN - 1] = '\0';
	if ((rp = find_service(m->m_u.m_rs_req.label)) == NULL)
		return ESRCH;
	memset(&sm, 0, sizeof(sm));
	sm.m_u.m_common_shutdown.how = RBT_HALT;
	_taskcall(rp->r_endpoint, COMMON_SHUTDOWN, &sm);
	ds_delete_label(rp->r_label);
	rp->r_flags = 0;
	return OK;
}

int do_lookup(message *m)
{
	struct rproc *rp;

	m->m_u.m_rs_req.label[LABEL_LEN - 1] = '\0';
	if ((rp = find_service(m->m_u.m_rs_req.label)) == NULL)
		return ESRCH;
	m->m_u.m_rs_req.endpt = rp->r_endpoint;
	return OK;
}

/* Poll one boot service, chosen by index: the endpoint comes from the
 * constant table boot_services. */
int do_status(message *m)
{
	int index = m->m_u.m_rs_req.index;
	message sm;

	if (index < 0 || index >= NR_BOOT_SERVICES)
		return EINVAL;
	memset(&sm, 0, sizeof(sm));
	return _taskcall(boot_services[index].endpoint, COMMON_GETSTATUS, &sm);
}

/* The system goes down: stop taking work and have the file system synced.
 * rs finds vfs through ds, as it would any service it did not start. */
int do_shutdown(message *m)
{
	endpoint_t vfs_endpt;
	message sm;

	if (m->m_source != PM_PROC_NR)
		return EPERM;
	rs_shutting_down = 1;
	if (ds_retrieve_label_endpt("vfs", &vfs_endpt) != OK)
		return OK;		/* no file system to sync */
	memset(&sm, 0, sizeof(sm));
	return _taskcall(vfs_endpt, VFS_SYNC, &sm) < 0 ? EIO : OK;
}

int do_getstatus(message *m)
{
	int i, n = 0;

	(void) m;
	for (i = 0; i < NR_SYS_PROCS; i++)
		if (rproc[i].r_flags & RS_IN_USE)
			n++;
	return n;
}
