/* main.c - the data store's receive loop and dispatch. */
#include "ipc.h"
#include "ds.h"

struct data_store ds_store[NR_DS_KEYS];
struct subscription ds_subs[NR_PROCS];
int ds_shutting_down;

int main(void)
{
	message m;
	int ipc_status, r;

	for (;;) {
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("ds: receive failed");

		switch (m.m_type) {
		case DS_PUBLISH:	r = do_publish(&m); break;
		case DS_RETRIEVE_LABEL:	r = do_retrieve_label(&m); break;
		case DS_DELETE:		r = do_delete(&m); break;
		case DS_SUBSCRIBE:	r = do_subscribe(_ENDPOINT_P(m.m_source), &m); break;
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
