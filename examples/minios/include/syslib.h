/* syslib.h - libsys, the system library linked into every server. */
#ifndef MINIOS_SYSLIB_H
#define MINIOS_SYSLIB_H

#include "minios.h"
#include "message.h"

/* Receiving: wait for the next request (kernel notifications are filtered). */
int sef_receive_status(endpoint_t src, message *m_ptr, int *status_ptr);

/* Sending requests. */
int _taskcall(endpoint_t who, int syscallnr, message *msgptr);
int asynsend3(endpoint_t dst, message *m_ptr, int flags);

/* Kernel calls. */
int _kernel_call(int syscallnr, message *msgptr);
int sys_fork(endpoint_t parent, int child_slot, endpoint_t *child_endpt);
int sys_kill(endpoint_t endpt, int sig);
int sys_datacopy(endpoint_t src_endpt, vir_bytes src_addr,
	endpoint_t dst_endpt, vir_bytes dst_addr, size_t bytes);
int sys_abort(int how);
void panic(const char *why) __attribute__((noreturn));

/* Requests to the kernel's CLOCK task. */
int getuptime(clock_t *ticks);

/* Requests to vm. */
struct vm_usage_info { size_t vui_pages; vir_bytes vui_brk; };
int vm_fork(endpoint_t endpt, int slot, endpoint_t *child_endpt);
int vm_exit(endpoint_t endpt);
int vm_exec_newmem(endpoint_t endpt, size_t text_bytes, vir_bytes *base);
int vm_info_usage(endpoint_t endpt, struct vm_usage_info *vui);

/* Requests to ds. */
int ds_publish_label(const char *label, endpoint_t endpt, int flags);
int ds_retrieve_label_endpt(const char *label, endpoint_t *endpt);
int ds_delete_label(const char *label);
int ds_subscribe(const char *prefix, int flags);

/* Strings and memory (servers have no libc). */
size_t strlen(const char *s);
int strncmp(const char *a, const char *b, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);
void *memset(void *dst, int c, size_t n);

#endif /* MINIOS_SYSLIB_H */
