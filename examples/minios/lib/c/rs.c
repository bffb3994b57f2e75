/* rs.c - the one call the libc makes to the reincarnation server. */
#include "libc.h"

int minix_rs_lookup(const char *name, endpoint_t *value)
{
	message m;
	size_t len = strlen(name);
	size_t i;
	int r;

	if (len >= LABEL_LEN)
		return ENAMETOOLONG;
	memset(&m, 0, sizeof(m));
	for (i = 0; i <= len; i++)
		m.m_u.m_rs_req.label[i] = name[i];
	r = _syscall(RS_PROC_NR, RS_LOOKUP, &m);
	if (r == OK)
		*value = m.m_u.m_rs_req.endpt;
	return r;
}
