/* exec.c - replacing a process's program.
 *
 * pm only checks the request and records the new name: vfs finds the
 * program and asks vm for a new memory image, so exec is a chain
 * pm -> vfs -> vm.
 */
#include "ipc.h"
#include "pm.h"

int do_exec(void)
{
	struct mproc *rmp = &mproc[who_p];
	vir_bytes name_addr = m_in.m_u.m_lc_pm_exec.name;
	size_t len = m_in.m_u.m_lc_pm_exec.namelen;
	char path[NAME_MAX + 1];
	message m;
	int r;

	if (len == 0 || len > NAME_MAX)
		return ENAMETOOLONG;

	memset(&m, 0, sizeof(m));
	m.m_type = VFS_PM_EXEC;
	m.m_u.m_pm_vfs_exec.endpt = rmp->mp_endpoint;
	m.m_u.m_pm_vfs_exec.name = name_addr;
	m.m_u.m_pm_vfs_exec.namelen = len;
	if ((r = _ipc_sendrec(VFS_PROC_NR, &m)) != OK)
		return r;
	if (m.m_type != OK)
		return m.m_type;

	/* The new program runs: remember its name, forget pending signals. */
	if ((r = sys_datacopy(who_e, name_addr, SELF, (vir_bytes) path, len)) != OK)
		return r;
	path[len] = '\0';
	strlcpy(rmp->mp_name, path, PROC_NAME_LEN);
	rmp->mp_sigpending = 0;
	return OK;
}
