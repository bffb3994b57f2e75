/* ds.h - the data store's tables, globals and functions.
 *
 * ds maps labels to endpoints, so that a service can find another one that
 * may have been restarted with a new endpoint. Only rs publishes and
 * deletes labels (global state: ds_store). A process may subscribe to label
 * changes; its subscription lives in the entry of its own slot and is
 * written only by its own requests (process-local state: ds_subs).
 */
#ifndef DS_DS_H
#define DS_DS_H

#include "minios.h"
#include "message.h"
#include "syslib.h"

#define NR_DS_KEYS	16
#define DSF_IN_USE	0x1
#define DSF_PRIVATE	0x2	/* publish flag: only the owner may retrieve */

struct data_store {
	int flags;
	char key[LABEL_LEN];
	endpoint_t owner;		/* who published it */
	endpoint_t value;		/* the endpoint the label names */
};

struct subscription {
	int sub_flags;			/* DSF_IN_USE */
	endpoint_t sub_owner;
	char sub_prefix[LABEL_LEN];	/* labels starting with this */
};

extern struct data_store ds_store[NR_DS_KEYS];
extern struct subscription ds_subs[NR_PROCS];
extern int ds_shutting_down;
extern endpoint_t who_e;		/* the caller of the request being handled */

/* request.c */
int handle_request(message *m);
void reply(endpoint_t whom, message *m_ptr);

int do_publish(message *m);
int do_retrieve_label(message *m);
int do_delete(message *m);
int do_subscribe(int proc_slot, message *m);
int do_shutdown(message *m);
int do_getstatus(message *m);

#endif /* DS_DS_H */
