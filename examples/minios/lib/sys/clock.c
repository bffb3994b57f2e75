/* clock.c - requests to the kernel's CLOCK task.
 *
 * As in MINIX 2, the time since boot is a request to a kernel task made with
 * _taskcall, like a request to a server: CLOCK is an endpoint outside the
 * servers of the system, and no server handles CLK_GETUPTIME.
 */
#include "syslib.h"

int getuptime(clock_t *ticks)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	r = _taskcall(CLOCK, CLK_GETUPTIME, &m);
	if (r == OK)
		*ticks = m.m_u.m_krn_lsys_clock.uptime;
	return r;
}
