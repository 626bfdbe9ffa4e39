/*
 * Allocation wrappers. Every allocation in fener goes through these so that
 * tests can make the n-th allocation fail (fnr_alloc_fail_after) and check
 * that each failure path returns FNR_NOMEM and leaks nothing.
 */
#ifndef FNR_BASE_ALLOC_H
#define FNR_BASE_ALLOC_H

#include <stddef.h>

void *fnr_malloc(size_t size);
void *fnr_calloc(size_t n, size_t size); /* overflow-checked */
void *fnr_realloc(void *p, size_t size);
void fnr_free(void *p); /* NULL is fine */
char *fnr_strdup(const char *s);
char *fnr_strndup(const char *s, size_t len); /* copies len bytes, NUL-terminates */

/*
 * Test hook: after `n` more successful allocations, every further one fails
 * until reset. n < 0 disables failure injection (the default). Not
 * thread-safe; meant for single-threaded unit tests.
 */
void fnr_alloc_fail_after(long n);

/* Number of allocations made since the process started (tests). */
unsigned long fnr_alloc_count(void);

#endif
