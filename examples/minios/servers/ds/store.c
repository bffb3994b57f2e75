/* store.c - publishing, looking up and deleting labels; subscriptions. */
#include "ipc.h"
#include "ds.h"

static struct data_store *lookup_entry(const char *key)
{
	int i;

	for (i = 0; i < NR_DS_KEYS; i++)
		if ((ds_store[i].flags & DSF_IN_USE) &&
		    strncmp(ds_store[i].key, key, LABEL_LEN) == 0)
			return &ds_store[i];
	return NULL;
}

static struct data_store *alloc_entry(void)
{
	int i;

	for (i = 0; i < NR_DS_KEYS; i++)
		if (!(ds_store[i].flags & DSF_IN_USE))
			return &ds_store[i];
	return NULL;
}

/* Subscribers learn of a change by a notification; they ask again. */
static void notify_subscribers(const char *key)
{
	int i;

	for (i = 0; i < NR_PROCS; i++)
		if ((ds_subs[i].sub_flags & DSF_IN_USE) &&
		    strncmp(ds_subs[i].sub_prefix, key, strlen(ds_subs[i].sub_prefix)) == 0)
			ipc_notify(ds_subs[i].sub_owner);
}

int do_publish(message *m)
{
	struct data_store *dsp;

	if (m->m_source != RS_PROC_NR)
		return EPERM;
	if (ds_shutting_down)
		return EBUSY;
	m->m_u.m_ds_req.key[LABEL_LEN - 1] = '\0';
	if ((dsp = lookup_entry(m->m_u.m_ds_req.key)) == NULL &&
	    (dsp = alloc_entry()) == NULL)
		return EAGAIN;
	strlcpy(dsp->key, m->m_u.m_ds_req.key, LABEL_LEN);
	dsp->owner = m->m_source;
	dsp->value = m->m_u.m_ds_req.endpt;
	dsp->flags = DSF_IN_USE | (m->m_u.m_ds_req.flags & DSF_PRIVATE);
	notify_subscribers(dsp->key);
	return OK;
}

int do_retrieve_label(message *m)
{
	struct data_store *dsp;

	m->m_u.m_ds_req.key[LABEL_LEN - 1] = '\0';
	if ((dsp = lookup_entry(m->m_u.m_ds_req.key)) == NULL)
		return ESRCH;
	if ((dsp->flags & DSF_PRIVATE) && dsp->owner != m->m_source)
		return EPERM;
	m->m_u.m_ds_req.endpt = dsp->value;
	return OK;
}

int do_delete(message *m)
{
	struct data_store *dsp;

	if (m->m_source != RS_PROC_NR)
		return EPERM;
	m->m_u.m_ds_req.key[LABEL_LEN - 1] = '\0';
	if ((dsp = lookup_entry(m->m_u.m_ds_req.key)) == NULL)
		return ESRCH;
	dsp->flags = 0;
	notify_subscribers(m->m_u.m_ds_req.key);
	return OK;
}

int do_subscribe(int proc_slot, message *m)
{
	struct subscription *sp = &ds_subs[proc_slot];

	m->m_u.m_ds_req.key[LABEL_LEN - 1] = '\0';
	sp->sub_owner = m->m_source;
	strlcpy(sp->sub_prefix, m->m_u.m_ds_req.key, LABEL_LEN);
	sp->sub_flags = DSF_IN_USE;
	return OK;
}

int do_shutdown(message *m)
{
	if (m->m_source != PM_PROC_NR && m->m_source != RS_PROC_NR)
		return EPERM;
	ds_shutting_down = 1;
	return OK;
}

int do_getstatus(message *m)
{
	int i, n = 0;

	(void) m;
	for (i = 0; i < NR_DS_KEYS; i++)
		if (ds_store[i].flags & DSF_IN_USE)
			n++;
	return n;
}
