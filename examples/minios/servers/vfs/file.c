/* file.c - the file table shared by all processes. */
#include "vfs.h"

int find_file(const char *name)
{
	int f;

	for (f = 0; f < NR_FILES; f++)
		if (files[f].f_in_use && strncmp(files[f].f_name, name, NAME_MAX + 1) == 0)
			return f;
	return -1;
}

int create_file(const char *name, uid_t owner, mode_t mode)
{
	struct vfile *vf;
	int f;

	for (f = 0; f < NR_FILES; f++) {
		vf = &files[f];
		if (vf->f_in_use)
			continue;
		vf->f_in_use = 1;
		vf->f_dirty = 1;
		vf->f_owner = owner;
		vf->f_mode = mode & 0777;
		vf->f_size = 0;
		strlcpy(vf->f_name, name, NAME_MAX + 1);
		return f;
	}
	return ENOSPC;
}

int may_access(const struct vfile *f, uid_t uid, int bits)
{
	if (uid == SUPER_USER)
		return 1;
	if (uid == f->f_owner)
		return ((f->f_mode >> 6) & bits) == bits;
	return (f->f_mode & bits) == bits;
}

/* A RAM file system has nothing to write back; syncing clears the dirty
 * marks a backing store would use, and counts the files it would write. */
int sync_files(void)
{
	int f, n = 0;

	for (f = 0; f < NR_FILES; f++) {
		if (files[f].f_in_use && files[f].f_dirty) {
			files[f].f_dirty = 0;
			n++;
		}
	}
	return n;
}
