/*
 * Allocation wrappers. Every heap allocation in fener goes through fnr_malloc
 * and friends so that a unit test can make the n-th allocation fail
 * (fnr_alloc_fail_after) and walk every out-of-memory path, the way curl's
 * torture tests and SQLite's fault injection do. Outside tests the hook costs
 * one atomic load per call.
 */
#include "base/alloc.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Allocations still allowed before injected failures begin; negative means
 * injection is off. Atomics keep the counters free of data races when the
 * server allocates from several threads, though injection itself is only
 * meaningful in single-threaded tests.
 */
static atomic_long fail_budget = -1;
static atomic_ulong n_allocs = 0;

/* Consumes one allocation from the budget; false when this one must fail. */
static int alloc_allowed(void)
{
    long left = atomic_load_explicit(&fail_budget, memory_order_relaxed);
    if (left < 0) {
        return 1;
    }
    if (left == 0) {
        return 0;
    }
    atomic_store_explicit(&fail_budget, left - 1, memory_order_relaxed);
    return 1;
}

static void *counted(void *p)
{
    if (p) {
        atomic_fetch_add_explicit(&n_allocs, 1, memory_order_relaxed);
    }
    return p;
}

void *fnr_malloc(size_t size)
{
    if (!alloc_allowed()) {
        return NULL;
    }
    /* malloc(0) may return NULL, which callers would read as failure. */
    return counted(malloc(size ? size : 1));
}

void *fnr_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        return NULL;
    }
    if (!alloc_allowed()) {
        return NULL;
    }
    if (n == 0 || size == 0) {
        n = 1;
        size = 1;
    }
    return counted(calloc(n, size));
}

void *fnr_realloc(void *p, size_t size)
{
    if (!alloc_allowed()) {
        return NULL;
    }
    /* realloc(p, 0) is implementation-defined (and may free p): avoid it. */
    return counted(realloc(p, size ? size : 1));
}

void fnr_free(void *p)
{
    free(p);
}

char *fnr_strdup(const char *s)
{
    return fnr_strndup(s, strlen(s));
}

char *fnr_strndup(const char *s, size_t len)
{
    if (len == SIZE_MAX) {
        return NULL;
    }
    char *d = fnr_malloc(len + 1);
    if (!d) {
        return NULL;
    }
    if (len) {
        memcpy(d, s, len);
    }
    d[len] = '\0';
    return d;
}

void fnr_alloc_fail_after(long n)
{
    atomic_store_explicit(&fail_budget, n < 0 ? -1 : n, memory_order_relaxed);
}

unsigned long fnr_alloc_count(void)
{
    return atomic_load_explicit(&n_allocs, memory_order_relaxed);
}
