/*
 * Arena: bump allocation with one lifetime (a document in extraction, an HTTP
 * request, an analysis job). Everything is freed at once by _reset or
 * _destroy; nothing may point into an arena after that.
 */
#ifndef FNR_BASE_ARENA_H
#define FNR_BASE_ARENA_H

#include <stddef.h>

typedef struct fnr_arena_block fnr_arena_block;

typedef struct fnr_arena {
    fnr_arena_block *head; /* newest block, owned */
    size_t block_size;     /* bytes of a default block */
    size_t used;           /* bytes handed out since the last reset */
} fnr_arena;

/* block_size 0 picks a default (64 KiB). Never fails: blocks come lazily. */
void fnr_arena_init(fnr_arena *a, size_t block_size);
void fnr_arena_destroy(fnr_arena *a); /* NULL is fine */

/* Frees every block but keeps the first for reuse. */
void fnr_arena_reset(fnr_arena *a);

/* size bytes aligned for any type; NULL when out of memory. */
void *fnr_arena_alloc(fnr_arena *a, size_t size);
void *fnr_arena_calloc(fnr_arena *a, size_t n, size_t size);

/* Copies len bytes and a NUL; NULL when out of memory. */
char *fnr_arena_strndup(fnr_arena *a, const char *s, size_t len);

#endif
