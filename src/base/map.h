/*
 * Hash map from byte-string keys to pointer values (open addressing, linear
 * probing). The map copies keys; values are borrowed (the caller owns them).
 * Iteration order is the insertion order, so output built from a map is
 * deterministic.
 */
#ifndef FNR_BASE_MAP_H
#define FNR_BASE_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "fener/status.h"

typedef struct fnr_map_entry fnr_map_entry;

typedef struct fnr_map {
    fnr_map_entry *entries; /* insertion-ordered, owned */
    size_t n_entries;       /* live + deleted slots in entries */
    size_t cap_entries;
    uint32_t *index; /* hash slots -> entry index + 1 (0 empty), owned */
    size_t n_slots;  /* power of two */
    size_t len;      /* live keys */
} fnr_map;

uint64_t fnr_hash(const void *p, size_t len);

/*
 * fnr_hash's steps, for callers that read the key their own faster way and
 * must give the same value: the start from the length, one step per whole
 * eight-byte word (little-endian), and the end with the tail's len % 8
 * bytes packed little-endian into one word (0 when there are none).
 */
#define FNR_HASH_K UINT64_C(0x9e3779b97f4a7c15)

static inline uint64_t fnr_hash_start(size_t len)
{
    return UINT64_C(0x243f6a8885a308d3) ^ ((uint64_t)len * FNR_HASH_K);
}

static inline uint64_t fnr_hash_word(uint64_t h, uint64_t w)
{
    w *= FNR_HASH_K;
    w ^= w >> 32;
    h = (h ^ w) * UINT64_C(0xff51afd7ed558ccd);
    return h ^ (h >> 29);
}

static inline uint64_t fnr_hash_end(uint64_t h, uint64_t tail)
{
    /* the splitmix64 finaliser: every input bit affects every output bit */
    h ^= tail * FNR_HASH_K;
    h ^= h >> 30;
    h *= UINT64_C(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h *= UINT64_C(0x94d049bb133111eb);
    return h ^ (h >> 31);
}

void fnr_map_init(fnr_map *m);
void fnr_map_destroy(fnr_map *m); /* frees keys, not values; NULL is fine */

/* Inserts or replaces. On FNR_NOMEM the map is unchanged. */
fnr_status fnr_map_put(fnr_map *m, const void *key, size_t key_len, void *value);
/* true and *out (may be NULL) when present. */
bool fnr_map_get(const fnr_map *m, const void *key, size_t key_len, void **out);
bool fnr_map_remove(fnr_map *m, const void *key, size_t key_len);

/* Iterates in insertion order: start with *iter = 0; false at the end. */
bool fnr_map_next(const fnr_map *m, size_t *iter, const char **out_key, size_t *out_key_len,
                  void **out_value);

/*
 * The offset in pool of the NUL-terminated s, appended with its NUL the
 * first time (m maps each text to its offset); *out 0 for NULL, so a pool
 * that starts with one NUL byte reads "" there. FNR_TOOBIG when the pool
 * would pass 4 GiB (offsets are uint32_t).
 */
fnr_status fnr_map_intern(fnr_map *m, fnr_buf *pool, const char *s, uint32_t *out);
#endif
