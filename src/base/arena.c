/*
 * Arena allocator: bump allocation out of a list of blocks, all released at
 * once. Extraction keeps one arena per document, the server one per request,
 * analysis one per job, so no object needs its own free. A request larger
 * than a default block gets a block of its own, linked behind the current
 * one so that the space left in the current block is not wasted.
 */
#include "base/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "base/alloc.h"

#define ARENA_DEFAULT_BLOCK ((size_t)64 * 1024)
#define ARENA_ALIGN         (alignof(max_align_t))

struct fnr_arena_block {
    fnr_arena_block *next; /* older block, owned by the arena */
    size_t size;           /* bytes of data */
    size_t used;           /* bytes of data handed out */
    max_align_t data[];    /* the memory handed out, aligned for any type */
};

/* Rounds size up to the alignment; false on overflow. */
static int round_up(size_t size, size_t *out)
{
    if (size == 0) {
        size = 1;
    }
    if (size > SIZE_MAX - (ARENA_ALIGN - 1)) {
        return 0;
    }
    *out = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    return 1;
}

static fnr_arena_block *block_new(size_t size)
{
    if (size > SIZE_MAX - sizeof(fnr_arena_block)) {
        return NULL;
    }
    fnr_arena_block *blk = fnr_malloc(sizeof(fnr_arena_block) + size);
    if (!blk) {
        return NULL;
    }
    blk->next = NULL;
    blk->size = size;
    blk->used = 0;
    return blk;
}

void fnr_arena_init(fnr_arena *a, size_t block_size)
{
    a->head = NULL;
    a->used = 0;
    a->block_size = ARENA_DEFAULT_BLOCK;
    if (block_size) {
        size_t rounded;
        if (round_up(block_size, &rounded)) {
            a->block_size = rounded;
        }
    }
}

void fnr_arena_destroy(fnr_arena *a)
{
    if (!a) {
        return;
    }
    fnr_arena_block *blk = a->head;
    while (blk) {
        fnr_arena_block *next = blk->next;
        fnr_free(blk);
        blk = next;
    }
    a->head = NULL;
    a->used = 0;
}

void fnr_arena_reset(fnr_arena *a)
{
    /* Keep one block of the default size: an oversized one would pin memory. */
    fnr_arena_block *keep = NULL;
    fnr_arena_block *blk = a->head;
    while (blk) {
        fnr_arena_block *next = blk->next;
        if (!keep && blk->size == a->block_size) {
            keep = blk;
        } else {
            fnr_free(blk);
        }
        blk = next;
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
    a->used = 0;
}

void *fnr_arena_alloc(fnr_arena *a, size_t size)
{
    size_t need;
    if (!round_up(size, &need)) {
        return NULL;
    }
    fnr_arena_block *blk = a->head;
    if (blk && blk->size - blk->used >= need) {
        void *p = (char *)blk->data + blk->used;
        blk->used += need;
        a->used += need;
        return p;
    }
    if (need > a->block_size / 4 && blk) {
        /* Big request: its own block, behind the current one. */
        fnr_arena_block *big = block_new(need);
        if (!big) {
            return NULL;
        }
        big->used = need;
        big->next = blk->next;
        blk->next = big;
        a->used += need;
        return big->data;
    }
    fnr_arena_block *fresh = block_new(need > a->block_size ? need : a->block_size);
    if (!fresh) {
        return NULL;
    }
    fresh->used = need;
    fresh->next = blk;
    a->head = fresh;
    a->used += need;
    return fresh->data;
}

void *fnr_arena_calloc(fnr_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        return NULL;
    }
    void *p = fnr_arena_alloc(a, n * size);
    if (p) {
        memset(p, 0, n * size);
    }
    return p;
}

char *fnr_arena_strndup(fnr_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX) {
        return NULL;
    }
    char *d = fnr_arena_alloc(a, len + 1);
    if (!d) {
        return NULL;
    }
    if (len) {
        memcpy(d, s, len);
    }
    d[len] = '\0';
    return d;
}
