/* rs.h - the reincarnation server's tables, globals and functions.
 *
 * rs keeps a table of the system services it watches (rproc). The boot
 * services are also listed in a constant table (boot_services); RS_STATUS
 * polls one of them by index.
 */
#ifndef RS_RS_H
#define RS_RS_H

#include "minios.h"
#include "message.h"
#include "syslib.h"

#define NR_SYS_PROCS		16
#define NR_BOOT_SERVICES	4
#define RS_IN_USE		0x1

struct rproc {
	int r_flags;			/* RS_IN_USE */
	endpoint_t r_endpoint;
	int r_restarts;
	char r_label[LABEL_LEN];
	endpoint_t r_caller;		/* who asked for the service to be started,
					 * waiting for the reply; NONE if nobody */
};

struct boot_service {
	char label[LABEL_LEN];
	endpoint_t endpoint;
};

extern struct rproc rproc[NR_SYS_PROCS];
extern const struct boot_service boot_services[NR_BOOT_SERVICES];
extern int rs_shutting_down;

int do_up(message *m);
int do_down(message *m);
int do_lookup(message *m);
int do_status(message *m);
int do_shutdown(message *m);
int do_getstatus(message *m);
int do_init(message *m);

/* utility.c */
struct rproc *find_service(const char *label);
struct rproc *find_service_by_endpoint(endpoint_t endpt);
struct rproc *alloc_service(void);
void late_reply(struct rproc *rp, int result);

#endif /* RS_RS_H */
