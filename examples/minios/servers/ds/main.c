/* main.c - the data store's receive loop.
 *
 * As in MINIX's ds, the caller is kept in the global who_e, the request is
 * handed to a dispatch function (handle_request, request.c), and the reply
 * goes to who_e.
 */
#include "ds.h"

struct data_store ds_store[NR_DS_KEYS];
struct subscription ds_subs[NR_PROCS];
int ds_shutting_down;
endpoint_t who_e;

int main(void)
{
	message m;
	int ipc_status, r;

	for (;;) {
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("ds: receive failed");
		who_e = m.m_source;

		r = handle_request(&m);

		if (r != EDONTREPLY) {
			m.m_type = r;
			reply(who_e, &m);
		}
	}
	return OK;
}
