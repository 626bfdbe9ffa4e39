/*
 * Result allocation shared by every store backend and the kb layer: a query
 * result is one arena holding the result struct itself and every string and
 * array it points to, so one call frees it all.
 */
#include <string.h>

#include "base/alloc.h"
#include "store/store.h"

void *fnr__result_new(size_t size, fnr_arena **out_arena)
{
    *out_arena = NULL;
    fnr_arena *a = fnr_malloc(sizeof *a);
    if (!a)
        return NULL;
    fnr_arena_init(a, 16384);
    void *r = fnr_arena_calloc(a, 1, size);
    if (!r) {
        fnr_arena_destroy(a);
        fnr_free(a);
        return NULL;
    }
    *out_arena = a;
    return r;
}

void fnr__result_free(void *internal)
{
    fnr_arena *a = internal;
    if (!a)
        return;
    fnr_arena_destroy(a);
    fnr_free(a);
}

const char *fnr__arena_str(fnr_arena *a, const char *s)
{
    if (!s)
        return NULL;
    return fnr_arena_strndup(a, s, strlen(s));
}
