/*
 * Hash map from byte-string keys to borrowed pointer values.
 *
 * Entries live in an array in insertion order; a separate power-of-two slot
 * table, probed linearly, maps a hash to an entry index. Each slot is a pair
 * of uint32 (entry index + 1, the high half of the key's hash), so a probe
 * passes over other keys without touching their entries: a lookup that
 * misses reads only the slot table. This keeps
 * iteration deterministic (output built from a map does not change from run
 * to run) and makes iteration a walk over a dense array. Removal frees the
 * key, marks the entry dead and leaves a tombstone in its slot; both are
 * dropped when the table is rebuilt, which happens once live entries plus
 * tombstones would pass 70% of the slots.
 */
#include "base/map.h"

#include <string.h>

#include "base/alloc.h"

#define MAP_MIN_SLOTS 16
#define SLOT_EMPTY    0u
#define SLOT_TOMB     UINT32_MAX
/* Entry indexes are stored + 1 and must stay clear of SLOT_TOMB. */
#define MAP_MAX_ENTRIES ((size_t)UINT32_MAX - 2)

struct fnr_map_entry {
    char *key;      /* owned, NUL-terminated copy; NULL once removed */
    size_t key_len; /* bytes, without the NUL */
    uint64_t hash;
    void *value; /* borrowed */
};

static uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

uint64_t fnr_hash(const void *p, size_t len)
{
    /*
     * Eight bytes per step, each word scrambled by multiply-xorshift before
     * it is folded in; the tail is packed into one more word. Not meant to
     * resist chosen collisions, only to spread real keys well and fast.
     */
    const unsigned char *s = p;
    uint64_t h = fnr_hash_start(len);
    for (; len >= 8; s += 8, len -= 8) {
        h = fnr_hash_word(h, load64(s));
    }
    uint64_t t = 0;
    for (size_t i = 0; i < len; i++) {
        t |= (uint64_t)s[i] << (8 * i);
    }
    return fnr_hash_end(h, t);
}

void fnr_map_init(fnr_map *m)
{
    memset(m, 0, sizeof *m);
}

void fnr_map_destroy(fnr_map *m)
{
    if (!m) {
        return;
    }
    for (size_t i = 0; i < m->n_entries; i++) {
        fnr_free(m->entries[i].key);
    }
    fnr_free(m->entries);
    fnr_free(m->index);
    memset(m, 0, sizeof *m);
}

/* The high half of a hash, kept beside the entry index in its slot. */
static uint32_t tag_of(uint64_t hash)
{
    return (uint32_t)(hash >> 32);
}

/* The slot holding key, or the empty slot where the probe ended (*found false). */
static size_t find_slot(const fnr_map *m, const void *key, size_t key_len, uint64_t hash,
                        bool *found)
{
    size_t mask = m->n_slots - 1;
    size_t i = (size_t)hash & mask;
    uint32_t tag = tag_of(hash);
    for (;;) {
        uint32_t v = m->index[2 * i];
        if (v == SLOT_EMPTY) {
            *found = false;
            return i;
        }
        if (v != SLOT_TOMB && m->index[2 * i + 1] == tag) {
            const fnr_map_entry *e = &m->entries[v - 1];
            if (e->hash == hash && e->key_len == key_len &&
                (key_len == 0 || memcmp(e->key, key, key_len) == 0)) {
                *found = true;
                return i;
            }
        }
        i = (i + 1) & mask;
    }
}

/* true when `used` occupied slots exceed 70% of n_slots. */
static bool over_load(size_t used, size_t n_slots)
{
    return used > n_slots / 10 * 7 + (n_slots % 10) * 7 / 10;
}

/*
 * Makes room for one more entry. A rebuild compacts the entries (dropping
 * dead ones, keeping order) into a fresh slot table sized for twice the live
 * keys. Every allocation happens before anything is changed, so on
 * FNR_NOMEM the map is as it was.
 */
static fnr_status make_room(fnr_map *m)
{
    bool rebuild = m->n_slots == 0 || over_load(m->n_entries + 1, m->n_slots);
    size_t want_entries = rebuild ? m->len + 1 : m->n_entries + 1;
    if (want_entries > MAP_MAX_ENTRIES) {
        return FNR_NOMEM;
    }
    uint32_t *index = NULL;
    size_t n_slots = m->n_slots;
    if (rebuild) {
        n_slots = MAP_MIN_SLOTS;
        while (over_load(2 * (m->len + 1), n_slots)) {
            n_slots *= 2;
        }
        index = fnr_calloc(2 * n_slots, sizeof *index);
        if (!index) {
            return FNR_NOMEM;
        }
    }
    if (want_entries > m->cap_entries) {
        size_t cap = m->cap_entries ? m->cap_entries : MAP_MIN_SLOTS / 2;
        while (cap < want_entries) {
            cap *= 2;
        }
        fnr_map_entry *entries = fnr_realloc(m->entries, cap * sizeof *entries);
        if (!entries) {
            fnr_free(index);
            return FNR_NOMEM;
        }
        m->entries = entries;
        m->cap_entries = cap;
    }
    if (!rebuild) {
        return FNR_OK;
    }
    fnr_free(m->index);
    m->index = index;
    m->n_slots = n_slots;
    size_t n = 0;
    for (size_t i = 0; i < m->n_entries; i++) {
        if (!m->entries[i].key) {
            continue;
        }
        m->entries[n] = m->entries[i];
        size_t s = (size_t)m->entries[n].hash & (n_slots - 1);
        while (index[2 * s] != SLOT_EMPTY) {
            s = (s + 1) & (n_slots - 1);
        }
        index[2 * s] = (uint32_t)(n + 1);
        index[2 * s + 1] = tag_of(m->entries[n].hash);
        n++;
    }
    m->n_entries = n;
    return FNR_OK;
}

fnr_status fnr_map_put(fnr_map *m, const void *key, size_t key_len, void *value)
{
    uint64_t hash = fnr_hash(key, key_len);
    bool found = false;
    if (m->n_slots) {
        size_t s = find_slot(m, key, key_len, hash, &found);
        if (found) {
            m->entries[m->index[2 * s] - 1].value = value;
            return FNR_OK;
        }
    }
    char *copy = fnr_strndup(key_len ? key : "", key_len);
    if (!copy) {
        return FNR_NOMEM;
    }
    fnr_status st = make_room(m);
    if (st != FNR_OK) {
        fnr_free(copy);
        return st;
    }
    /* The table may have been rebuilt: probe again for a free slot. */
    size_t s = find_slot(m, key, key_len, hash, &found);
    fnr_map_entry *e = &m->entries[m->n_entries];
    e->key = copy;
    e->key_len = key_len;
    e->hash = hash;
    e->value = value;
    m->index[2 * s] = (uint32_t)(m->n_entries + 1);
    m->index[2 * s + 1] = tag_of(hash);
    m->n_entries++;
    m->len++;
    return FNR_OK;
}

bool fnr_map_get(const fnr_map *m, const void *key, size_t key_len, void **out)
{
    if (m->n_slots == 0) {
        return false;
    }
    bool found = false;
    size_t s = find_slot(m, key, key_len, fnr_hash(key, key_len), &found);
    if (found && out) {
        *out = m->entries[m->index[2 * s] - 1].value;
    }
    return found;
}

bool fnr_map_remove(fnr_map *m, const void *key, size_t key_len)
{
    if (m->n_slots == 0) {
        return false;
    }
    bool found = false;
    size_t s = find_slot(m, key, key_len, fnr_hash(key, key_len), &found);
    if (!found) {
        return false;
    }
    fnr_map_entry *e = &m->entries[m->index[2 * s] - 1];
    fnr_free(e->key);
    e->key = NULL;
    e->value = NULL;
    m->index[2 * s] = SLOT_TOMB;
    m->len--;
    return true;
}

bool fnr_map_next(const fnr_map *m, size_t *iter, const char **out_key, size_t *out_key_len,
                  void **out_value)
{
    while (*iter < m->n_entries) {
        const fnr_map_entry *e = &m->entries[(*iter)++];
        if (!e->key) {
            continue;
        }
        if (out_key) {
            *out_key = e->key;
        }
        if (out_key_len) {
            *out_key_len = e->key_len;
        }
        if (out_value) {
            *out_value = e->value;
        }
        return true;
    }
    return false;
}

fnr_status fnr_map_intern(fnr_map *m, fnr_buf *pool, const char *s, uint32_t *out)
{
    *out = 0;
    if (!s)
        return FNR_OK;
    size_t len = strlen(s);
    void *v = NULL;
    if (fnr_map_get(m, s, len, &v)) {
        *out = (uint32_t)(uintptr_t)v;
        return FNR_OK;
    }
    if (pool->len >= (size_t)UINT32_MAX - len)
        return FNR_TOOBIG;
    uint32_t off = (uint32_t)pool->len;
    fnr_status rc = fnr_buf_append(pool, s, len + 1);
    if (rc == FNR_OK)
        rc = fnr_map_put(m, s, len, (void *)(uintptr_t)off);
    if (rc == FNR_OK)
        *out = off;
    return rc;
}
