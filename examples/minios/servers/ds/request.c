/* request.c - the data store's dispatch (a switch on m_type) and its replies. */
#include "ipc.h"
#include "ds.h"

int handle_request(message *m)
{
	switch (m->m_type) {
	case DS_PUBLISH:	return do_publish(m);
	case DS_RETRIEVE_LABEL:	return do_retrieve_label(m);
	case DS_DELETE:		return do_delete(m);
	case DS_SUBSCRIBE:	return do_subscribe(_ENDPOINT_P(m->m_source), m);
	case COMMON_SHUTDOWN:	return do_shutdown(m);
	case COMMON_GETSTATUS:	return do_getstatus(m);
	default:		return ENOSYS;
	}
}

void reply(endpoint_t whom, message *m_ptr)
{
	if (ipc_send(whom, m_ptr) != OK)
		panic("ds: cannot reply");
}
