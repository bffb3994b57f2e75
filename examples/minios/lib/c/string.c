/* string.c - the string functions the system calls below need. */
#include "libc.h"

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	return n;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *p = dst;

	while (n-- > 0)
		*p++ = (unsigned char) c;
	return dst;
}
