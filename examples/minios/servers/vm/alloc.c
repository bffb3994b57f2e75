/* alloc.c - the free-frame list and per-process frame lists. */
#include "vm.h"

int alloc_page(void)
{
	int page = free_list_head;

	if (page == NO_PAGE)
		return NO_PAGE;
	free_list_head = next_free[page];
	next_free[page] = PAGE_IN_USE;
	free_page_count--;
	return page;
}

void free_page(int page)
{
	next_free[page] = free_list_head;
	free_list_head = page;
	free_page_count++;
}

/* Give a process npages more frames, all or none. */
int grow_proc(struct vmproc *vmp, int npages)
{
	int i;

	if (npages > MAX_PROC_PAGES - vmp->vm_npages || npages > free_page_count)
		return ENOMEM;
	for (i = 0; i < npages; i++)
		vmp->vm_pages[vmp->vm_npages++] = alloc_page();
	return OK;
}

void free_proc_pages(struct vmproc *vmp)
{
	while (vmp->vm_npages > 0)
		free_page(vmp->vm_pages[--vmp->vm_npages]);
}
