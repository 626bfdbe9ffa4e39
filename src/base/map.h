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

#endif
