/* ds.c - requests to the data store. A service that must not depend on
 * another's fixed endpoint looks it up here by label at run time. */
#include "syslib.h"

static int do_invoke_ds(message *m, int type, const char *key)
{
	strlcpy(m->m_u.m_ds_req.key, key, LABEL_LEN);
	return _taskcall(DS_PROC_NR, type, m);
}

int ds_publish_label(const char *label, endpoint_t endpt, int flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_ds_req.endpt = endpt;
	m.m_u.m_ds_req.flags = flags;
	return do_invoke_ds(&m, DS_PUBLISH, label);
}

int ds_retrieve_label_endpt(const char *label, endpoint_t *endpt)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	r = do_invoke_ds(&m, DS_RETRIEVE_LABEL, label);
	if (r == OK)
		*endpt = m.m_u.m_ds_req.endpt;
	return r;
}

int ds_delete_label(const char *label)
{
	message m;

	memset(&m, 0, sizeof(m));
	return do_invoke_ds(&m, DS_DELETE, label);
}

/* No minios server subscribes: this wrapper is dead code in every component. */
int ds_subscribe(const char *prefix, int flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u.m_ds_req.flags = flags;
	return do_invoke_ds(&m, DS_SUBSCRIBE, prefix);
}
