/* string.c - the few string and memory functions servers need. */
#include "syslib.h"

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	return n;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; a++, b++, n--) {
		if (*a != *b)
			return (unsigned char) *a - (unsigned char) *b;
		if (*a == '\0')
			return 0;
	}
	return 0;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = 0;

	if (size > 0) {
		while (n + 1 < size && src[n] != '\0') {
			dst[n] = src[n];
			n++;
		}
		dst[n] = '\0';
	}
	while (src[n] != '\0')
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
