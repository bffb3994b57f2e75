/* main.c - the reincarnation server's receive loop and dispatch. */
#include "ipc.h"
#include "rs.h"

struct rproc rproc[NR_SYS_PROCS];
int rs_shutting_down;

/* Adopt the boot services and publish their labels, so that other
 * services can find them through ds. */
static void rs_init(void)
{
	struct rproc *rp;
	int i;

	for (i = 0; i < NR_BOOT_SERVICES; i++) {
		rp = &rproc[i];
		rp->r_flags = RS_IN_USE;
		rp->r_endpoint = boot_services[i].endpoint;
		rp->r_caller = NONE;
		strlcpy(rp->r_label, boot_services[i].label, LABEL_LEN);
		if (ds_publish_label(rp->r_label, rp->r_endpoint, 0) != OK)
			panic("rs: cannot publish a boot service");
	}
}

int main(void)
{
	message m;
	int ipc_status, r;

	rs_init();
	for (;;) {
		if (sef_receive_status(ANY, &m, &ipc_status) != OK)
			panic("rs: receive failed");

		switch (m.m_type) {
		case RS_UP:		r = do_up(&m); break;
		case RS_DOWN:		r = do_down(&m); break;
		case RS_LOOKUP:		r = do_lookup(&m); break;
		case RS_STATUS:		r = do_status(&m); break;
		case RS_SHUTDOWN:	r = do_shutdown(&m); break;
		case RS_INIT:		r = do_init(&m); break;
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
