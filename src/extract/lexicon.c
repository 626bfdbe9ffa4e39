/*
 * The lexicon: loads the dictionaries that extraction reads (the TSV files of
 * data/ compiled into the binary, users' TSV files, PETRARCH2 actor / agent /
 * verb dictionaries) and answers lookups by match key.
 *
 * Entries and their strings live in one arena. A hash map takes a match key
 * to a slot holding the entries of that key, kept ordered by class and then
 * population (descending), so the order of lookups never depends on hashing.
 * A second map holds every proper word-prefix of every key ("national",
 * "national intelligence") so that the mention finder can tell whether a
 * phrase may go on. Loading is a pure function of the files and their order:
 * the same files give the same lexicon, group ids included.
 */
#include "extract/lexicon.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/map.h"
#include "base/utf8.h"
#include "extract/builtin.h"

#define MAX_FIELDS     8
#define MAX_FILE_BYTES ((size_t)256 * 1024 * 1024)

/* One match key: its entries, ordered (see fnr_lexicon_get), and what
 * fnr_lexicon_lookup tells of it. A key that only begins longer ones has no
 * entries. */
typedef struct key_slot {
    fnr_lex_key k;         /* k.items is `items` */
    fnr_lex_entry **items; /* arena, as the entries (a grown array is left there) */
    uint32_t cap;
    const char *key; /* arena, NUL-terminated */
    size_t key_len;
    uint64_t hash; /* fnr_lexicon_hash of the key, kept for the table's growth */
} key_slot;

/*
 * The key table: open addressing, probed linearly, over the key slots. An
 * entry holds the key's hash, length and first bytes, and a copy of the
 * slot's record (kept equal by sync_entry), in one cache line: a lookup of
 * a key up to KEY_HEAD bytes reads that line only, and one that misses
 * reads entries only; the token pass makes one lookup per word.
 */
#define KEY_HEAD 24

/*
 * Most words of a report are in no dictionary. A bit per key, set in a
 * table small enough to stay in cache, answers most of those lookups
 * without reading the key table.
 */
#define FILTER_BITS ((size_t)1 << 19)

/* A little-endian 32-bit word of the bytes at p. */
static uint64_t le32(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24;
}

uint64_t fnr_lexicon_hash(const char *key, size_t len)
{
    /* fnr_hash's steps, with its tail (the last len % 8 bytes packed
     * little-endian into one word) read by two overlapping loads instead
     * of a byte at a time: words are short, the tail is most of them. */
    const unsigned char *s = (const unsigned char *)key;
    uint64_t h = fnr_hash_start(len);
    for (; len >= 8; s += 8, len -= 8) {
        uint64_t w;
        memcpy(&w, s, sizeof w);
        h = fnr_hash_word(h, w);
    }
    uint64_t t = 0;
    if (len >= 4)
        t = le32(s) | le32(s + len - 4) << (8 * (len - 4));
    else if (len > 0)
        t = (uint64_t)s[0] | (uint64_t)s[len / 2] << (8 * (len / 2)) |
            (uint64_t)s[len - 1] << (8 * (len - 1));
    return fnr_hash_end(h, t);
}

static size_t filter_bit(uint64_t h)
{
    return (size_t)(h >> 20) & (FILTER_BITS - 1);
}

typedef struct key_ent {
    uint32_t tag;        /* the high half of fnr_hash of the key */
    uint32_t len;        /* key bytes */
    key_slot *slot;      /* NULL: an empty entry */
    fnr_lex_key k;       /* slot->k, what lookups return */
    char head[KEY_HEAD]; /* the key's first bytes, zero-padded */
} key_ent;

#define TAB_ALIGN 64 /* a cache line: the table starts on one */
_Static_assert(sizeof(key_ent) == TAB_ALIGN, "a key entry is one cache line");

struct fnr_lexicon {
    fnr_arena arena; /* entries, slots and strings */
    key_ent *tab;    /* n_tab entries in tab_mem, a power of two, at most half used */
    void *tab_mem;   /* owned; tab, aligned to TAB_ALIGN, is inside */
    size_t n_tab;
    uint64_t *filter; /* owned; FILTER_BITS bits, one set per key (see filter_bit) */
    key_slot **slots; /* owned; every key slot in the order the keys came */
    size_t n_slots, cap_slots;
    fnr_map strings;   /* interned kind / cameo / canon strings -> char * */
    fnr_buf key;       /* scratch: the match key being built */
    size_t n_entries;  /* all classes */
    uint32_t n_groups; /* last group id handed out */
};

/* ---- lifecycle and the core table ---------------------------------------- */

fnr_lexicon *fnr_lexicon_new(void)
{
    fnr_lexicon *lex = fnr_calloc(1, sizeof *lex);
    if (!lex)
        return NULL;
    fnr_arena_init(&lex->arena, 256 * 1024);
    fnr_map_init(&lex->strings);
    fnr_buf_init(&lex->key, 64 * 1024);
    return lex;
}

void fnr_lexicon_free(fnr_lexicon *lex)
{
    if (!lex)
        return;
    fnr_free(lex->slots);
    fnr_free(lex->tab_mem);
    fnr_free(lex->filter);
    fnr_map_destroy(&lex->strings);
    fnr_buf_destroy(&lex->key);
    fnr_arena_destroy(&lex->arena);
    fnr_free(lex);
}

size_t fnr_lexicon_size(const fnr_lexicon *lex)
{
    return lex ? lex->n_entries : 0;
}

/* One arena copy per distinct string, so that 30,000 "city" kinds cost one. */
static const char *intern(fnr_lexicon *lex, const char *s, size_t len)
{
    void *found;
    if (fnr_map_get(&lex->strings, s, len, &found))
        return found;
    char *copy = fnr_arena_strndup(&lex->arena, s, len);
    if (!copy || fnr_map_put(&lex->strings, s, len, copy) != FNR_OK)
        return NULL;
    return copy;
}

static bool natural_feature(const fnr_lex_entry *e)
{
    return e->kind && (strcmp(e->kind, "sea") == 0 || strcmp(e->kind, "river") == 0 ||
                       strcmp(e->kind, "mountain") == 0);
}

/* true when a should come before b within one key. */
static bool entry_before(const fnr_lex_entry *a, const fnr_lex_entry *b)
{
    if (a->cls != b->cls)
        return a->cls < b->cls;
    /* of two places with no people counted, the sea, river or mountain
     * comes first: "the Red Sea" is the sea, not Sudan's state named for it */
    if (a->population == 0 && b->population == 0 && natural_feature(a) != natural_feature(b))
        return natural_feature(a);
    return a->population > b->population;
}

/* The slot of key, or NULL. */
static uint64_t load64(const char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

static uint32_t load32(const char *p)
{
    uint32_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

/* true when the first n bytes (n <= KEY_HEAD) of an entry's head and of a
 * key are the same: compared inline by loads that overlap rather than by
 * a call to memcmp, since nearly every word of a report that passes the
 * filter comes here once and most keys are short. */
static inline bool head_equal(const char *head, const char *key, size_t n)
{
    _Static_assert(KEY_HEAD <= 24, "three eight-byte loads cover a head");
    if (n >= 8) {
        if (load64(head) != load64(key) || (n > 16 && load64(head + 8) != load64(key + 8)))
            return false;
        return load64(head + n - 8) == load64(key + n - 8);
    }
    if (n >= 4)
        return load32(head) == load32(key) && load32(head + n - 4) == load32(key + n - 4);
    return n == 0 || (head[0] == key[0] && head[n / 2] == key[n / 2] && head[n - 1] == key[n - 1]);
}

#if defined(__GNUC__)
#    define NOINLINE __attribute__((noinline))
#else
#    define NOINLINE
#endif

/* The rest of a key longer than KEY_HEAD, from the slot: out of line, so
 * that the probe loop of find_ent (which nearly every word's lookup ends
 * in) keeps no call and saves no registers. */
static NOINLINE bool tail_equal(const key_ent *e, const char *key, size_t key_len)
{
    return memcmp(e->slot->key + KEY_HEAD, key + KEY_HEAD, key_len - KEY_HEAD) == 0;
}

static inline key_ent *find_ent(const fnr_lexicon *lex, const char *key, size_t key_len, uint64_t h)
{
    if (lex->n_tab == 0 || key_len > UINT32_MAX)
        return NULL;
    size_t bit = filter_bit(h);
    if (!((lex->filter[bit >> 6] >> (bit & 63)) & 1u))
        return NULL;
    uint32_t tag = (uint32_t)(h >> 32);
    size_t mask = lex->n_tab - 1;
    size_t head = key_len < KEY_HEAD ? key_len : KEY_HEAD;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        key_ent *e = &lex->tab[i];
        if (!e->slot)
            return NULL;
        if (e->tag == tag && e->len == key_len && head_equal(e->head, key, head) &&
            (key_len <= KEY_HEAD || tail_equal(e, key, key_len)))
            return e;
    }
}

static key_slot *find_slot_h(const fnr_lexicon *lex, const char *key, size_t key_len, uint64_t h)
{
    const key_ent *e = find_ent(lex, key, key_len, h);
    return e ? e->slot : NULL;
}

static void tab_insert(key_ent *tab, size_t n_tab, key_slot *slot)
{
    uint64_t h = slot->hash;
    size_t i = (size_t)h & (n_tab - 1);
    while (tab[i].slot)
        i = (i + 1) & (n_tab - 1);
    key_ent *e = &tab[i];
    e->k = slot->k;
    e->tag = (uint32_t)(h >> 32);
    e->len = (uint32_t)slot->key_len;
    memcpy(e->head, slot->key, slot->key_len < KEY_HEAD ? slot->key_len : KEY_HEAD);
    e->slot = slot;
}

/* The slot of a key, made (empty) when there is none yet; NULL when out of
 * memory. */
static key_slot *slot_of_h(fnr_lexicon *lex, const char *key, size_t key_len, uint64_t h)
{
    key_slot *slot = find_slot_h(lex, key, key_len, h);
    if (slot)
        return slot;
    if (key_len > UINT32_MAX)
        return NULL;
    if (lex->n_slots == lex->cap_slots) {
        size_t cap = lex->cap_slots ? lex->cap_slots * 2 : 1024;
        key_slot **slots = fnr_realloc(lex->slots, cap * sizeof *slots);
        if (!slots)
            return NULL;
        lex->slots = slots;
        lex->cap_slots = cap;
    }
    if (!lex->filter && !(lex->filter = fnr_calloc(FILTER_BITS / 64, sizeof *lex->filter)))
        return NULL;
    if (2 * (lex->n_slots + 1) > lex->n_tab) {
        size_t n_tab = lex->n_tab ? lex->n_tab * 2 : 2048;
        void *mem = fnr_calloc(n_tab * sizeof(key_ent) + TAB_ALIGN, 1);
        if (!mem)
            return NULL;
        key_ent *tab = (key_ent *)(void *)((char *)mem + (TAB_ALIGN - (uintptr_t)mem % TAB_ALIGN));
        for (size_t i = 0; i < lex->n_slots; i++)
            tab_insert(tab, n_tab, lex->slots[i]);
        fnr_free(lex->tab_mem);
        lex->tab_mem = mem;
        lex->tab = tab;
        lex->n_tab = n_tab;
    }
    slot = fnr_arena_calloc(&lex->arena, 1, sizeof *slot);
    char *copy = fnr_arena_strndup(&lex->arena, key, key_len);
    if (!slot || !copy)
        return NULL;
    slot->key = copy;
    slot->key_len = key_len;
    slot->hash = h;
    lex->slots[lex->n_slots++] = slot;
    tab_insert(lex->tab, lex->n_tab, slot);
    size_t bit = filter_bit(h);
    lex->filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
    return slot;
}

static key_slot *slot_of(fnr_lexicon *lex, const char *key, size_t key_len)
{
    return slot_of_h(lex, key, key_len, fnr_lexicon_hash(key, key_len));
}

/* Copies slot->k into the slot's table entry, after a change to it. */
static void sync_entry(fnr_lexicon *lex, const key_slot *slot)
{
    key_ent *e = find_ent(lex, slot->key, slot->key_len, slot->hash);
    if (e)
        e->k = slot->k;
}

static fnr_status add_prefixes(fnr_lexicon *lex, const char *key, size_t key_len)
{
    for (size_t i = 1; i < key_len; i++) {
        if (key[i] != ' ')
            continue;
        key_slot *slot = slot_of(lex, key, i);
        if (!slot)
            return FNR_NOMEM;
        slot->k.prefix = true;
        sync_entry(lex, slot);
    }
    return FNR_OK;
}

/* true when s has an ASCII capital and no ASCII small letter. */
static bool upper_name(const char *s)
{
    bool letter = false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'a' && c <= 'z')
            return false;
        if (c >= 'A' && c <= 'Z')
            letter = true;
    }
    return letter;
}

/* Whether s is a short acronym in mixed case ("LeT", "JeM", "DoD", "BfV"):
 * written so, it names the body; "Let", "Jem" are other words. */
static bool mixed_acronym(const char *s)
{
    bool lower = false, camel = false;
    size_t k = 0;
    for (; s[k]; k++) {
        if (s[k] >= 'a' && s[k] <= 'z')
            lower = true;
        else if (s[k] >= 'A' && s[k] <= 'Z')
            camel = camel || lower;
        else
            return false; /* "al-Shabaab", "St. Pölten" */
    }
    return camel && k <= 5;
}

/* Whether the last word of s starts with an ASCII capital. */
static bool last_cap(const char *s)
{
    const char *w = strrchr(s, ' ');
    w = w ? w + 1 : s;
    return *w >= 'A' && *w <= 'Z';
}

/*
 * Adds `surface` under its match key. `canon` must already be owned by the
 * lexicon (or NULL: the new name is canonical), `kind` and `cameo` too.
 * *io_group: 0 makes a new group, which is written back. An entry whose key,
 * class and group are already present is a spelling variant and is skipped.
 */
static fnr_status add_entry(fnr_lexicon *lex, const char *surface, size_t surface_len,
                            const fnr_lex_entry *proto, const char *canon, uint32_t *io_group)
{
    fnr_buf_reset(&lex->key);
    fnr_status st = fnr_matchkey(surface, surface_len, &lex->key);
    if (st != FNR_OK)
        return st;
    if (lex->key.len == 0)
        return FNR_INVALID;
    const char *key = lex->key.data;
    size_t key_len = lex->key.len;

    uint64_t h = fnr_lexicon_hash(key, key_len);
    key_slot *slot = find_slot_h(lex, key, key_len, h);
    if (slot) {
        for (uint32_t i = 0; i < slot->k.n; i++) {
            if (*io_group && slot->items[i]->group == *io_group &&
                slot->items[i]->cls == proto->cls)
                return FNR_OK;
        }
    }

    fnr_lex_entry *e = fnr_arena_alloc(&lex->arena, sizeof *e);
    char *name = fnr_arena_strndup(&lex->arena, surface, surface_len);
    if (!e || !name)
        return FNR_NOMEM;
    *e = *proto;
    e->name = name;
    e->upper_name = upper_name(name);
    e->mixed_acronym = mixed_acronym(name);
    e->last_cap = last_cap(name);
    e->canon = canon ? canon : name;
    e->kind = proto->kind ? proto->kind : "";
    if (!*io_group)
        *io_group = ++lex->n_groups;
    e->group = *io_group;

    if (!slot || slot->k.n == 0) {
        /* the key (and so its prefixes) is new, or was a prefix only */
        if (!slot && !(slot = slot_of_h(lex, key, key_len, h)))
            return FNR_NOMEM;
        if (add_prefixes(lex, key, key_len) != FNR_OK)
            return FNR_NOMEM;
    }
    if (slot->k.n == slot->cap) {
        uint32_t cap = slot->cap ? slot->cap * 2 : 2;
        /* from the arena: most keys hold one or two entries, and a
         * malloc'd array each cost a call at loading and another at
         * freeing for tens of thousands of keys */
        fnr_lex_entry **items = fnr_arena_alloc(&lex->arena, cap * sizeof *items);
        if (!items)
            return FNR_NOMEM;
        if (slot->k.n)
            memcpy(items, slot->items, slot->k.n * sizeof *items);
        slot->items = items;
        slot->cap = cap;
    }
    /* Insertion keeps the order stable: a new entry goes after its equals. */
    uint32_t pos = slot->k.n;
    while (pos > 0 && entry_before(e, slot->items[pos - 1]))
        pos--;
    memmove(slot->items + pos + 1, slot->items + pos, (slot->k.n - pos) * sizeof *slot->items);
    slot->items[pos] = e;
    slot->k.n++;
    slot->k.items = (const fnr_lex_entry *const *)slot->items;
    slot->k.classes |= 1u << e->cls;
    sync_entry(lex, slot);
    lex->n_entries++;
    return FNR_OK;
}

fnr_status fnr_lexicon_add(fnr_lexicon *lex, const char *surface, size_t surface_len,
                           const fnr_lex_entry *proto, uint32_t *out_group)
{
    if (out_group)
        *out_group = 0;
    if (!lex || !surface || !proto || proto->cls < FNR_LEX_LOCATION ||
        proto->cls >= FNR_LEX_CLASS_COUNT)
        return FNR_INVALID;
    if (!fnr_utf8_valid(surface, surface_len, NULL))
        return FNR_BADINPUT;
    fnr_lex_entry p = *proto;
    const char *canon = NULL;
    if (proto->canon) {
        canon = intern(lex, proto->canon, strlen(proto->canon));
        if (!canon)
            return FNR_NOMEM;
    }
    if (proto->kind) {
        p.kind = intern(lex, proto->kind, strlen(proto->kind));
        if (!p.kind)
            return FNR_NOMEM;
    }
    if (proto->cameo) {
        p.cameo = intern(lex, proto->cameo, strlen(proto->cameo));
        if (!p.cameo)
            return FNR_NOMEM;
    }
    p.country[sizeof p.country - 1] = '\0';
    uint32_t group = proto->group;
    if (group > lex->n_groups)
        lex->n_groups = group; /* caller-chosen ids never collide with new ones */
    fnr_status st = add_entry(lex, surface, surface_len, &p, canon, &group);
    if (st == FNR_OK && out_group)
        *out_group = group;
    return st;
}

const fnr_lex_key *fnr_lexicon_lookup(const fnr_lexicon *lex, const char *key, size_t key_len)
{
    return lex && key ? fnr_lexicon_lookup_hashed(lex, key, key_len, fnr_lexicon_hash(key, key_len))
                      : NULL;
}

const fnr_lex_key *fnr_lexicon_lookup_hashed(const fnr_lexicon *lex, const char *key,
                                             size_t key_len, uint64_t hash)
{
    const key_ent *e = lex && key ? find_ent(lex, key, key_len, hash) : NULL;
    return e ? &e->k : NULL; /* the entry's copy: no second cache line to read */
}

fnr_status fnr_lexicon_tag(fnr_lexicon *lex, const char *key, size_t key_len, uint32_t tags)
{
    if (!lex || !key || key_len == 0)
        return FNR_INVALID;
    key_slot *slot = slot_of(lex, key, key_len);
    if (!slot)
        return FNR_NOMEM;
    slot->k.tags |= tags;
    sync_entry(lex, slot);
    return FNR_OK;
}

fnr_status fnr_lexicon_cue(fnr_lexicon *lex, const char *key, size_t key_len, uint16_t cues)
{
    if (!lex || !key || key_len == 0)
        return FNR_INVALID;
    key_slot *slot = slot_of(lex, key, key_len);
    if (!slot)
        return FNR_NOMEM;
    slot->k.cues |= cues;
    sync_entry(lex, slot);
    return FNR_OK;
}

bool fnr_lexicon_next_key(const fnr_lexicon *lex, size_t *iter, const char **out_key,
                          size_t *out_key_len, const fnr_lex_key **out)
{
    if (!lex || *iter >= lex->n_slots)
        return false;
    const key_slot *slot = lex->slots[(*iter)++];
    *out_key = slot->key;
    *out_key_len = slot->key_len;
    *out = &slot->k;
    return true;
}

size_t fnr_lexicon_get(const fnr_lexicon *lex, const char *key, size_t key_len,
                       const fnr_lex_entry *const **out)
{
    const fnr_lex_key *k = fnr_lexicon_lookup(lex, key, key_len);
    if (out)
        *out = k ? k->items : NULL;
    return k ? k->n : 0;
}

bool fnr_lexicon_has_prefix(const fnr_lexicon *lex, const char *key, size_t key_len)
{
    const fnr_lex_key *k = key_len ? fnr_lexicon_lookup(lex, key, key_len) : NULL;
    return k && k->prefix;
}

const fnr_lex_entry *fnr_lexicon_find(const fnr_lexicon *lex, const char *key, size_t key_len,
                                      fnr_lex_class cls)
{
    const fnr_lex_entry *const *items;
    size_t n = fnr_lexicon_get(lex, key, key_len, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i]->cls == cls)
            return items[i];
    }
    return NULL;
}

/* ---- reading lines ------------------------------------------------------- */

typedef struct field {
    const char *ptr; /* borrowed from the input */
    size_t len;
    int column; /* 1-based byte column of the field's start */
} field;

typedef struct reader {
    const char *name; /* for messages */
    const char *data;
    size_t len;
    size_t pos;        /* start of the next line */
    int line;          /* 1-based number of the current line */
    size_t line_start; /* byte offset of the current line */
    const char *cur;   /* current line, without the end of line */
    size_t cur_len;
} reader;

static bool next_line(reader *r)
{
    if (r->pos >= r->len)
        return false;
    const char *start = r->data + r->pos;
    const char *nl = memchr(start, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
    r->line_start = r->pos;
    r->cur = start;
    r->cur_len = n;
    if (n && start[n - 1] == '\r')
        r->cur_len--;
    r->pos += n + (nl ? 1 : 0);
    r->line++;
    return true;
}

static fnr_status fail_at(const reader *r, fnr_error *err, int column, const char *what,
                          const char *text, size_t text_len)
{
    if (text)
        fnr_error_set(err, FNR_BADINPUT,
                      "could not parse \"%s\": %s \"%.*s\" at line %d, column %d", r->name, what,
                      (int)(text_len > 60 ? 60 : text_len), text, r->line, column);
    else
        fnr_error_set(err, FNR_BADINPUT, "could not parse \"%s\": %s at line %d, column %d",
                      r->name, what, r->line, column);
    fnr_error_at(err, (int64_t)r->line_start + column - 1, r->line, column);
    return FNR_BADINPUT;
}

static fnr_status fail_nomem(fnr_error *err)
{
    return fnr_error_set(err, FNR_NOMEM, "out of memory while loading dictionaries");
}

static size_t split_tabs(const reader *r, field *out)
{
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= r->cur_len && n < MAX_FIELDS; i++) {
        if (i == r->cur_len || r->cur[i] == '\t') {
            const char *p = r->cur + start;
            size_t len = i - start;
            while (len && (*p == ' '))
                p++, len--;
            while (len && p[len - 1] == ' ')
                len--;
            out[n].ptr = p;
            out[n].len = len;
            out[n].column = (int)(start + 1);
            n++;
            start = i + 1;
        }
    }
    return n;
}

static bool field_is(const field *f, const char *s)
{
    return f->len == strlen(s) && memcmp(f->ptr, s, f->len) == 0;
}

/*
 * A plain decimal ("39.92", "-8.5", "42") of at most 15 digits, read as
 * strtod reads it: the digits as an integer below 2^53 and the power of
 * ten it is divided by are both exact doubles, so their quotient is the
 * correctly rounded value strtod gives. false for any other form (sign
 * "+", exponent, more digits ...): strtod reads those. The dictionaries
 * hold tens of thousands of coordinates; strtod took a quarter of the
 * lexicon's loading.
 */
static bool plain_decimal(const char *s, size_t len, double *out)
{
    static const double pow10[16] = { 1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    size_t i = 0, n_digits = 0, n_frac = 0;
    bool neg = len > 0 && s[0] == '-', point = false;
    uint64_t m = 0;
    for (i = neg ? 1 : 0; i < len; i++) {
        if (s[i] == '.' && !point) {
            point = true;
            continue;
        }
        if (s[i] < '0' || s[i] > '9' || ++n_digits > 15)
            return false;
        m = m * 10 + (uint64_t)(s[i] - '0');
        n_frac += point;
    }
    if (n_digits == 0)
        return false;
    double v = (double)m / pow10[n_frac];
    *out = neg ? -v : v;
    return true;
}

static fnr_status parse_float(const reader *r, const field *f, float lo, float hi, float *out,
                              bool *out_set, fnr_error *err)
{
    *out_set = false;
    if (f->len == 0)
        return FNR_OK;
    double pv;
    if (plain_decimal(f->ptr, f->len, &pv)) {
        if (pv < lo || pv > hi)
            return fail_at(r, err, f->column, "bad coordinate", f->ptr, f->len);
        *out = (float)pv;
        *out_set = true;
        return FNR_OK;
    }
    char tmp[32];
    if (f->len >= sizeof tmp)
        return fail_at(r, err, f->column, "bad number", f->ptr, f->len);
    memcpy(tmp, f->ptr, f->len);
    tmp[f->len] = '\0';
    char *end;
    errno = 0;
    double v = strtod(tmp, &end);
    if (*end || errno || v < lo || v > hi)
        return fail_at(r, err, f->column, "bad coordinate", f->ptr, f->len);
    *out = (float)v;
    *out_set = true;
    return FNR_OK;
}

static fnr_status parse_uint(const reader *r, const field *f, uint32_t *out, fnr_error *err)
{
    uint64_t v = 0;
    *out = 0;
    for (size_t i = 0; i < f->len; i++) {
        if (f->ptr[i] < '0' || f->ptr[i] > '9' || v > UINT32_MAX / 10)
            return fail_at(r, err, f->column, "bad number", f->ptr, f->len);
        v = v * 10 + (uint64_t)(f->ptr[i] - '0');
    }
    *out = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
    return FNR_OK;
}

static fnr_status parse_country(const reader *r, const field *f, char out[4], fnr_error *err)
{
    memset(out, 0, 4);
    if (f->len == 0)
        return FNR_OK;
    if (f->len != 3 || !isupper((unsigned char)f->ptr[0]) || !isupper((unsigned char)f->ptr[1]) ||
        !isupper((unsigned char)f->ptr[2]))
        return fail_at(r, err, f->column, "country code is not ISO 3166 alpha-3:", f->ptr, f->len);
    memcpy(out, f->ptr, 3);
    return FNR_OK;
}

/* Adds a name from a field; an unusable name (no letters or digits) is an
 * error at its column. */
static fnr_status add_field(fnr_lexicon *lex, const reader *r, const char *ptr, size_t len,
                            int column, const fnr_lex_entry *proto, const char *canon,
                            uint32_t *io_group, fnr_error *err)
{
    fnr_status st = add_entry(lex, ptr, len, proto, canon, io_group);
    if (st == FNR_INVALID)
        return fail_at(r, err, column, "name has no letters:", ptr, len);
    if (st == FNR_NOMEM)
        return fail_nomem(err);
    if (st != FNR_OK)
        return fail_at(r, err, column, "could not key name", ptr, len);
    return FNR_OK;
}

/* Adds every |-separated name of a list field to the group. */
static fnr_status add_list(fnr_lexicon *lex, const reader *r, const field *f,
                           const fnr_lex_entry *proto, const char *canon, uint32_t *io_group,
                           fnr_error *err)
{
    size_t start = 0;
    for (size_t i = 0; i <= f->len; i++) {
        if (i < f->len && f->ptr[i] != '|')
            continue;
        const char *p = f->ptr + start;
        size_t len = i - start;
        int column = f->column + (int)start;
        start = i + 1;
        while (len && *p == ' ')
            p++, len--, column++;
        while (len && p[len - 1] == ' ')
            len--;
        if (!len)
            continue;
        fnr_status st = add_field(lex, r, p, len, column, proto, canon, io_group, err);
        if (st != FNR_OK)
            return st;
    }
    return FNR_OK;
}

static const char *intern_field(fnr_lexicon *lex, const field *f)
{
    return intern(lex, f->ptr, f->len);
}

/* ---- TSV formats (data/README.md) ------------------------------------------ */

typedef enum tsv_kind {
    TSV_UNKNOWN = 0,
    TSV_COUNTRIES,
    TSV_PLACES,
    TSV_ORGS,
    TSV_PERSONS,
    TSV_NAMES,
    TSV_CUES,
    TSV_TRIGGERS,
} tsv_kind;

static const struct {
    const char *word;
    tsv_kind kind;
    size_t min_fields;
} tsv_kinds[] = {
    { "countries", TSV_COUNTRIES, 2 }, { "places", TSV_PLACES, 2 },
    { "regions", TSV_PLACES, 2 },      { "orgs", TSV_ORGS, 2 },
    { "persons", TSV_PERSONS, 1 },     { "names", TSV_NAMES, 2 },
    { "cues", TSV_CUES, 2 },           { "triggers", TSV_TRIGGERS, 2 },
};

static tsv_kind kind_from_word(const char *p, size_t len)
{
    for (size_t i = 0; i < sizeof tsv_kinds / sizeof tsv_kinds[0]; i++) {
        if (strlen(tsv_kinds[i].word) == len && memcmp(tsv_kinds[i].word, p, len) == 0)
            return tsv_kinds[i].kind;
    }
    return TSV_UNKNOWN;
}

static size_t min_fields(tsv_kind k)
{
    for (size_t i = 0; i < sizeof tsv_kinds / sizeof tsv_kinds[0]; i++) {
        if (tsv_kinds[i].kind == k)
            return tsv_kinds[i].min_fields;
    }
    return 1;
}

/* "orgs.tsv", "my_orgs.tsv": only .tsv files are named by kind. */
static tsv_kind kind_from_name(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t len = strlen(base);
    if (len < 4 || strcmp(base + len - 4, ".tsv") != 0)
        return TSV_UNKNOWN;
    for (size_t i = 0; i < sizeof tsv_kinds / sizeof tsv_kinds[0]; i++) {
        if (strstr(base, tsv_kinds[i].word))
            return tsv_kinds[i].kind;
    }
    return TSV_UNKNOWN;
}

static fnr_status load_country(fnr_lexicon *lex, const reader *r, const field *f, size_t n,
                               fnr_error *err)
{
    fnr_lex_entry p = { .cls = FNR_LEX_LOCATION };
    fnr_status st = parse_country(r, &f[0], p.country, err);
    if (st != FNR_OK)
        return st;
    if (!p.country[0])
        return fail_at(r, err, f[0].column, "missing country code", NULL, 0);
    if (n > 5) {
        bool lat_set, lon_set;
        if ((st = parse_float(r, &f[4], -90, 90, &p.lat, &lat_set, err)) != FNR_OK ||
            (st = parse_float(r, &f[5], -180, 180, &p.lon, &lon_set, err)) != FNR_OK)
            return st;
        p.has_coords = lat_set && lon_set;
    }
    p.kind = intern(lex, "country", 7);
    if (!p.kind)
        return fail_nomem(err);
    uint32_t group = 0;
    if ((st = add_field(lex, r, f[1].ptr, f[1].len, f[1].column, &p, NULL, &group, err)) != FNR_OK)
        return st;
    const char *canon = intern_field(lex, &f[1]);
    if (!canon)
        return fail_nomem(err);
    if (n > 2 && (st = add_list(lex, r, &f[2], &p, canon, &group, err)) != FNR_OK)
        return st;
    if (n > 3 && f[3].len) {
        fnr_lex_entry d = { .cls = FNR_LEX_DEMONYM, .kind = intern(lex, "demonym", 7) };
        if (!d.kind)
            return fail_nomem(err);
        memcpy(d.country, p.country, sizeof d.country);
        uint32_t dgroup = 0;
        const char *bar = memchr(f[3].ptr, '|', f[3].len);
        size_t first_len = bar ? (size_t)(bar - f[3].ptr) : f[3].len;
        const char *dcanon = intern(lex, f[3].ptr, first_len);
        if (!dcanon)
            return fail_nomem(err);
        if ((st = add_list(lex, r, &f[3], &d, dcanon, &dgroup, err)) != FNR_OK)
            return st;
    }
    return FNR_OK;
}

/* places, orgs and persons: name, kind, country, ... aliases. */
static fnr_status load_named(fnr_lexicon *lex, const reader *r, tsv_kind kind, const field *f,
                             size_t n, fnr_error *err)
{
    fnr_lex_entry p = { 0 };
    fnr_status st;
    size_t alias_col;
    p.cls = kind == TSV_PLACES ? FNR_LEX_LOCATION : kind == TSV_ORGS ? FNR_LEX_ORG : FNR_LEX_PERSON;
    if (n > 1 && f[1].len) {
        p.kind = intern_field(lex, &f[1]);
        if (!p.kind)
            return fail_nomem(err);
    }
    if (n > 2 && (st = parse_country(r, &f[2], p.country, err)) != FNR_OK)
        return st;
    if (kind == TSV_PLACES) {
        bool lat_set = false, lon_set = false;
        if (n > 3 && (st = parse_float(r, &f[3], -90, 90, &p.lat, &lat_set, err)) != FNR_OK)
            return st;
        if (n > 4 && (st = parse_float(r, &f[4], -180, 180, &p.lon, &lon_set, err)) != FNR_OK)
            return st;
        if (lat_set != lon_set)
            return fail_at(r, err, f[lat_set ? 4 : 3].column, "latitude without longitude", NULL,
                           0);
        p.has_coords = lat_set && lon_set;
        if (n > 5 && (st = parse_uint(r, &f[5], &p.population, err)) != FNR_OK)
            return st;
        alias_col = 6;
    } else {
        alias_col = 3;
    }
    uint32_t group = 0;
    if ((st = add_field(lex, r, f[0].ptr, f[0].len, f[0].column, &p, NULL, &group, err)) != FNR_OK)
        return st;
    if (n > alias_col && f[alias_col].len) {
        const char *canon = intern_field(lex, &f[0]);
        if (!canon)
            return fail_nomem(err);
        return add_list(lex, r, &f[alias_col], &p, canon, &group, err);
    }
    return FNR_OK;
}

static const struct {
    const char *name;
    fnr_lex_class cls;
} cue_classes[] = {
    { "particle", FNR_LEX_PARTICLE }, { "title", FNR_LEX_TITLE },
    { "org_head", FNR_LEX_ORG_HEAD }, { "loc_head", FNR_LEX_LOC_HEAD },
    { "stopword", FNR_LEX_STOPWORD }, { "given_name", FNR_LEX_GIVEN_NAME },
    { "surname", FNR_LEX_SURNAME },
};

static fnr_status load_cue(fnr_lexicon *lex, const reader *r, tsv_kind kind, const field *f,
                           size_t n, fnr_error *err)
{
    fnr_lex_entry p = { 0 };
    for (size_t i = 0; i < sizeof cue_classes / sizeof cue_classes[0]; i++) {
        if (field_is(&f[1], cue_classes[i].name))
            p.cls = (uint8_t)cue_classes[i].cls;
    }
    bool name_class = p.cls == FNR_LEX_GIVEN_NAME || p.cls == FNR_LEX_SURNAME;
    if (!p.cls || name_class != (kind == TSV_NAMES))
        return fail_at(r, err, f[1].column, "unknown class", f[1].ptr, f[1].len);
    if (kind == TSV_CUES && n > 2 && f[2].len) {
        p.kind = intern_field(lex, &f[2]);
        if (!p.kind)
            return fail_nomem(err);
    }
    uint32_t group = 0;
    return add_field(lex, r, f[0].ptr, f[0].len, f[0].column, &p, NULL, &group, err);
}

static const char *const event_types[] = {
    "arrest",       "kill",          "attack",    "plot",
    "seizure",      "intel_sharing", "espionage", "military_operation",
    "legal_action",
};

static fnr_status load_trigger(fnr_lexicon *lex, const reader *r, const field *f, size_t n,
                               fnr_error *err)
{
    fnr_lex_entry p = { .cls = FNR_LEX_TRIGGER, .passive_ok = 1 };
    for (size_t i = 0; i < sizeof event_types / sizeof event_types[0]; i++) {
        if (field_is(&f[1], event_types[i]))
            p.kind = event_types[i];
    }
    if (!p.kind)
        return fail_at(r, err, f[1].column, "unknown event type", f[1].ptr, f[1].len);
    p.kind = intern(lex, p.kind, strlen(p.kind));
    if (!p.kind)
        return fail_nomem(err);
    if (n > 2 && f[2].len) {
        for (size_t i = 0; i < f[2].len; i++) {
            if (f[2].ptr[i] < '0' || f[2].ptr[i] > '9')
                return fail_at(r, err, f[2].column + (int)i, "bad CAMEO code", f[2].ptr, f[2].len);
        }
        p.cameo = intern_field(lex, &f[2]);
        if (!p.cameo)
            return fail_nomem(err);
    }
    if (n > 3 && f[3].len) {
        if (!field_is(&f[3], "0") && !field_is(&f[3], "1"))
            return fail_at(r, err, f[3].column, "passive_ok is not 0 or 1:", f[3].ptr, f[3].len);
        p.passive_ok = f[3].ptr[0] == '1';
    }
    uint32_t group = 0;
    fnr_status st = add_field(lex, r, f[0].ptr, f[0].len, f[0].column, &p, NULL, &group, err);
    if (st != FNR_OK || n <= 4 || !f[4].len)
        return st;
    const char *canon = intern_field(lex, &f[0]);
    if (!canon)
        return fail_nomem(err);
    return add_list(lex, r, &f[4], &p, canon, &group, err);
}

static fnr_status load_tsv(fnr_lexicon *lex, const char *name, const char *data, size_t len,
                           fnr_error *err)
{
    reader r = { .name = name, .data = data, .len = len };
    tsv_kind kind = TSV_UNKNOWN;
    bool header_seen = false;
    field f[MAX_FIELDS];
    while (next_line(&r)) {
        if (r.cur_len == 0)
            continue;
        if (r.cur[0] == '#') {
            static const char tag[] = "#format:";
            if (!header_seen && r.cur_len > sizeof tag - 1 &&
                memcmp(r.cur, tag, sizeof tag - 1) == 0) {
                const char *p = r.cur + sizeof tag - 1;
                size_t n = r.cur_len - (sizeof tag - 1);
                while (n && (*p == ' ' || *p == '\t'))
                    p++, n--;
                while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
                    n--;
                kind = kind_from_word(p, n);
                if (kind == TSV_UNKNOWN)
                    return fail_at(&r, err, (int)(p - r.cur) + 1, "unknown format", p, n);
            }
            continue;
        }
        bool blank = true;
        for (size_t i = 0; i < r.cur_len && blank; i++)
            blank = r.cur[i] == ' ' || r.cur[i] == '\t';
        if (blank)
            continue;
        if (!header_seen) {
            header_seen = true;
            if (kind == TSV_UNKNOWN)
                kind = kind_from_name(name);
            if (kind == TSV_UNKNOWN) {
                fnr_error_set(err, FNR_BADINPUT, "could not tell the format of \"%s\"", name);
                fnr_error_hint(err, "Start the file with a line \"#format: KIND\" (countries, "
                                    "places, orgs, persons, names, cues or triggers).");
                return FNR_BADINPUT;
            }
        }
        size_t n = split_tabs(&r, f);
        if (n < min_fields(kind))
            return fail_at(&r, err, (int)r.cur_len + 1,
                           n == 1 ? "expected TAB-separated fields, found one field"
                                  : "too few fields",
                           NULL, 0);
        if (f[0].len == 0)
            return fail_at(&r, err, 1, "empty name", NULL, 0);
        fnr_status st;
        switch (kind) {
        case TSV_COUNTRIES:
            st = load_country(lex, &r, f, n, err);
            break;
        case TSV_PLACES:
        case TSV_ORGS:
        case TSV_PERSONS:
            st = load_named(lex, &r, kind, f, n, err);
            break;
        case TSV_NAMES:
        case TSV_CUES:
            st = load_cue(lex, &r, kind, f, n, err);
            break;
        case TSV_TRIGGERS:
            st = load_trigger(lex, &r, f, n, err);
            break;
        default:
            st = FNR_INTERNAL;
            break;
        }
        if (st != FNR_OK)
            return st;
    }
    return FNR_OK;
}

/* ---- PETRARCH2 dictionaries ------------------------------------------------ */

/* Strips a `#` comment and surrounding white space from the current line. */
static field petr_line(const reader *r)
{
    field f = { r->cur, r->cur_len, 1 };
    const char *hash = memchr(f.ptr, '#', f.len);
    if (hash)
        f.len = (size_t)(hash - f.ptr);
    while (f.len && isspace((unsigned char)*f.ptr))
        f.ptr++, f.len--, f.column++;
    while (f.len && isspace((unsigned char)f.ptr[f.len - 1]))
        f.len--;
    return f;
}

/* A PETRARCH name: underscores become spaces (in scratch), brackets cut. */
static size_t petr_name(const char *p, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < cap; i++) {
        char c = p[i];
        if (c == '[' || c == '{' || c == ' ' || c == '\t')
            break;
        out[n++] = c == '_' ? ' ' : c;
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    return n;
}

/* Finds "[CODE ...]" in f; the code's first token goes to code (NUL-terminated). */
static bool petr_code(const field *f, char *code, size_t cap)
{
    const char *open = memchr(f->ptr, '[', f->len);
    if (!open)
        return false;
    size_t i = (size_t)(open - f->ptr) + 1, n = 0;
    while (i < f->len && (f->ptr[i] == ' ' || f->ptr[i] == '~'))
        i++;
    while (i < f->len && f->ptr[i] != ']' && f->ptr[i] != ' ' && n + 1 < cap)
        code[n++] = f->ptr[i++];
    code[n] = '\0';
    return n > 0;
}

static const struct {
    const char *agent;
    const char *kind;
    uint8_t cls;
} petr_agents[] = {
    { "COP", "police", FNR_LEX_ORG },         { "SPY", "intelligence_service", FNR_LEX_ORG },
    { "MIL", "armed_forces", FNR_LEX_ORG },   { "GOV", "government", FNR_LEX_ORG },
    { "LEG", "government", FNR_LEX_ORG },     { "JUD", "court", FNR_LEX_ORG },
    { "REB", "militant_group", FNR_LEX_ORG }, { "INS", "militant_group", FNR_LEX_ORG },
    { "SEP", "militant_group", FNR_LEX_ORG }, { "MED", "media", FNR_LEX_ORG },
    { "BUS", "company", FNR_LEX_ORG },        { "PTY", "party", FNR_LEX_ORG },
    { "OPP", "party", FNR_LEX_ORG },          { "NGO", "international", FNR_LEX_ORG },
    { "IGO", "international", FNR_LEX_ORG },  { "IMG", "militant_group", FNR_LEX_ORG },
    { "MNC", "company", FNR_LEX_ORG },        { "UAF", "militant_group", FNR_LEX_ORG },
};

/* The class, kind and country an actor code implies. */
static void petr_actor_code(const char *code, bool dated, fnr_lex_entry *p)
{
    size_t len = strlen(code);
    p->cls = FNR_LEX_PERSON;
    p->kind = "";
    if (dated) {
        if (len >= 3 && isupper((unsigned char)code[0]))
            memcpy(p->country, code, 3);
        return;
    }
    for (size_t i = 0; i < sizeof petr_agents / sizeof petr_agents[0]; i++) {
        if (len >= 3 && memcmp(code, petr_agents[i].agent, 3) == 0) {
            p->cls = petr_agents[i].cls;
            p->kind = petr_agents[i].kind;
            return;
        }
    }
    if (len == 3) {
        p->cls = FNR_LEX_LOCATION;
        p->kind = "country";
        memcpy(p->country, code, 3);
        return;
    }
    if (len > 3) {
        memcpy(p->country, code, 3);
        p->cls = FNR_LEX_ORG;
        p->kind = "organization";
        for (size_t i = 0; i < sizeof petr_agents / sizeof petr_agents[0]; i++) {
            if (strstr(code + 3, petr_agents[i].agent)) {
                p->kind = petr_agents[i].kind;
                break;
            }
        }
    }
}

/* Actor files: an entry and its synonyms are collected, then added. */
typedef struct petr_actor {
    field names[64];
    size_t n_names;
    char code[32];
    bool has_code;
    bool dated; /* the code came on a later "[CODE date-range]" line */
    int line;
} petr_actor;

static fnr_status petr_flush(fnr_lexicon *lex, reader *r, petr_actor *a, fnr_error *err)
{
    if (!a->n_names)
        return FNR_OK;
    fnr_lex_entry p = { 0 };
    petr_actor_code(a->has_code ? a->code : "", a->dated || !a->has_code, &p);
    p.kind = intern(lex, p.kind, strlen(p.kind));
    if (!p.kind)
        return fail_nomem(err);
    uint32_t group = 0;
    const char *canon = NULL;
    char name[256];
    int saved = r->line;
    r->line = a->line;
    for (size_t i = 0; i < a->n_names; i++) {
        size_t n = petr_name(a->names[i].ptr, a->names[i].len, name, sizeof name);
        if (!n)
            continue;
        fnr_status st = add_entry(lex, name, n, &p, canon, &group);
        if (st == FNR_NOMEM) {
            r->line = saved;
            return fail_nomem(err);
        }
        if (st != FNR_OK)
            continue; /* a name without letters ("+---") is skipped */
        if (!canon && !(canon = intern(lex, name, n))) {
            r->line = saved;
            return fail_nomem(err);
        }
    }
    r->line = saved;
    a->n_names = 0;
    a->has_code = false;
    a->dated = false;
    return FNR_OK;
}

static fnr_status load_petr_actors(fnr_lexicon *lex, reader *r, bool agents, fnr_error *err)
{
    petr_actor *a = fnr_calloc(1, sizeof *a);
    if (!a)
        return fail_nomem(err);
    fnr_status st = FNR_OK;
    while (st == FNR_OK && next_line(r)) {
        field f = petr_line(r);
        if (!f.len || f.ptr[0] == '&' || f.ptr[0] == '!' || f.ptr[0] == '<' ||
            memchr(f.ptr, '!', f.len))
            continue;
        if (f.ptr[0] == '[') {
            if (!a->has_code && a->n_names && petr_code(&f, a->code, sizeof a->code)) {
                a->has_code = true;
                a->dated = true;
            }
            continue;
        }
        if (f.ptr[0] == '+') {
            if (a->n_names && a->n_names < sizeof a->names / sizeof a->names[0]) {
                field s = { f.ptr + 1, f.len - 1, f.column + 1 };
                a->names[a->n_names++] = s;
            }
            continue;
        }
        if ((st = petr_flush(lex, r, a, err)) != FNR_OK)
            break;
        if (agents) {
            /* "POLICE [~COP]": an agent noun, a head word of organisations. */
            char code[32], name[256];
            if (!petr_code(&f, code, sizeof code))
                continue;
            size_t n = petr_name(f.ptr, f.len, name, sizeof name);
            if (!n)
                continue;
            for (char *c = name; *c; c++)
                *c = (char)tolower((unsigned char)*c);
            fnr_lex_entry p = { .cls = FNR_LEX_ORG_HEAD, .kind = intern(lex, code, strlen(code)) };
            uint32_t group = 0;
            if (!p.kind)
                st = fail_nomem(err);
            else if (add_entry(lex, name, n, &p, NULL, &group) == FNR_NOMEM)
                st = fail_nomem(err);
            continue;
        }
        a->names[0] = f;
        a->n_names = 1;
        a->line = r->line;
        a->has_code = petr_code(&f, a->code, sizeof a->code);
    }
    if (st == FNR_OK)
        st = petr_flush(lex, r, a, err);
    fnr_free(a);
    return st;
}

/* Our event type for a CAMEO code, or NULL when none of ours fits. */
static const char *cameo_event_type(const char *code)
{
    if (strcmp(code, "064") == 0)
        return "intel_sharing";
    if (strncmp(code, "171", 3) == 0)
        return "seizure";
    if (strncmp(code, "173", 3) == 0)
        return "arrest";
    if (strncmp(code, "172", 3) == 0 || strncmp(code, "174", 3) == 0 || strcmp(code, "112") == 0 ||
        strcmp(code, "115") == 0)
        return "legal_action";
    if (strncmp(code, "186", 3) == 0 || strcmp(code, "193") == 0 || strcmp(code, "195") == 0 ||
        strcmp(code, "1951") == 0 || strcmp(code, "1952") == 0)
        return "kill";
    if (strncmp(code, "181", 3) == 0)
        return "arrest";
    if (code[0] == '1' && code[1] == '8')
        return "attack";
    if (code[0] == '1' && code[1] == '9')
        return "military_operation";
    return NULL;
}

/* Adds a verb and its {forms} as one trigger group. */
static fnr_status petr_verb(fnr_lexicon *lex, const field *f, const char *code, fnr_error *err)
{
    const char *type = cameo_event_type(code);
    if (!type)
        return FNR_OK;
    fnr_lex_entry p = { .cls = FNR_LEX_TRIGGER, .passive_ok = 1 };
    p.kind = intern(lex, type, strlen(type));
    p.cameo = intern(lex, code, strlen(code));
    if (!p.kind || !p.cameo)
        return fail_nomem(err);
    uint32_t group = 0;
    const char *canon = NULL;
    char name[256];
    const char *s = f->ptr, *end = f->ptr + f->len;
    bool in_forms = false;
    while (s < end) {
        while (s < end && (*s == ' ' || *s == '\t' || *s == '+' || *s == '{' || *s == '}')) {
            if (*s == '{')
                in_forms = true;
            s++;
        }
        if (s >= end || *s == '[')
            break;
        const char *w = s;
        while (s < end && *s != ' ' && *s != '\t' && *s != '{' && *s != '}' && *s != '[')
            s++;
        if (!in_forms && canon)
            continue; /* text after the verb outside braces: not a form */
        size_t n = petr_name(w, (size_t)(s - w), name, sizeof name);
        for (size_t i = 0; i < n; i++)
            name[i] = (char)tolower((unsigned char)name[i]);
        if (!n)
            continue;
        fnr_status st = add_entry(lex, name, n, &p, canon, &group);
        if (st == FNR_NOMEM)
            return fail_nomem(err);
        if (st == FNR_OK && !canon && !(canon = intern(lex, name, n)))
            return fail_nomem(err);
    }
    return FNR_OK;
}

static fnr_status load_petr_verbs(fnr_lexicon *lex, reader *r, fnr_error *err)
{
    char section[32] = "";
    bool in_section = false;
    while (next_line(r)) {
        field f = petr_line(r);
        if (!f.len)
            continue;
        if (f.len >= 3 && memcmp(f.ptr, "---", 3) == 0) {
            in_section = true;
            if (!petr_code(&f, section, sizeof section) || section[0] == '-')
                section[0] = '\0';
            continue;
        }
        if (!in_section || f.ptr[0] == '-' || f.ptr[0] == '&' || f.ptr[0] == '!' ||
            f.ptr[0] == '~' || f.ptr[0] == '=')
            continue;
        char code[32];
        const char *use = section;
        if (petr_code(&f, code, sizeof code) && code[0] != '-')
            use = code;
        if (!use[0])
            continue;
        /* "042:043": the first code is the verb's own. */
        char first[32];
        size_t n = strcspn(use, ":");
        if (n >= sizeof first)
            n = sizeof first - 1;
        memcpy(first, use, n);
        first[n] = '\0';
        fnr_status st = petr_verb(lex, &f, first, err);
        if (st != FNR_OK)
            return st;
    }
    return FNR_OK;
}

typedef enum petr_kind { PETR_NONE, PETR_ACTORS, PETR_AGENTS, PETR_VERBS } petr_kind;

/* PETRARCH files have no TABs in entries, and entries like "NAME [CODE]",
 * "+SYNONYM" or "--- VERB [CODE] ---". */
static petr_kind detect_petrarch(const char *data, size_t len)
{
    reader r = { .name = "", .data = data, .len = len };
    int actor_like = 0, agent_like = 0;
    for (int seen = 0; seen < 20000 && next_line(&r); seen++) {
        field f = petr_line(&r);
        if (!f.len)
            continue;
        if (memchr(f.ptr, '\t', f.len) && !memchr(f.ptr, '[', f.len))
            return PETR_NONE;
        if (f.len > 4 && memcmp(f.ptr, "---", 3) == 0 && memchr(f.ptr, '[', f.len))
            return PETR_VERBS;
        const char *open = memchr(f.ptr, '[', f.len);
        if (open && open + 1 < f.ptr + f.len && open[1] == '~')
            agent_like++;
        else if (open && memchr(open, ']', (size_t)(f.ptr + f.len - open)))
            actor_like++;
        else if (f.ptr[0] == '+')
            actor_like++;
        if (agent_like + actor_like > 50)
            break;
    }
    if (agent_like > actor_like)
        return PETR_AGENTS;
    return actor_like ? PETR_ACTORS : PETR_NONE;
}

/* true when some line of data[0..len) starts with "#format:". */
static bool has_format_line(const char *data, size_t len)
{
    static const char tag[] = "#format:";
    reader r = { .name = "", .data = data, .len = len };
    while (next_line(&r)) {
        if (r.cur_len >= sizeof tag - 1 && memcmp(r.cur, tag, sizeof tag - 1) == 0)
            return true;
        if (r.cur_len && r.cur[0] != '#')
            return false;
    }
    return false;
}

/* ---- entry points ------------------------------------------------------- */

fnr_status fnr_lexicon_load_mem(fnr_lexicon *lex, const char *name, const char *data, size_t len,
                                fnr_error *err)
{
    if (!lex || (!data && len))
        return fnr_error_set(err, FNR_INVALID, "no lexicon or data to load");
    if (!name)
        name = "(memory)";
    size_t bad;
    if (!fnr_utf8_valid(data, len, &bad)) {
        int line = 1, col = 1;
        for (size_t i = 0; i < bad; i++) {
            if (data[i] == '\n')
                line++, col = 1;
            else
                col++;
        }
        fnr_error_set(err, FNR_BADINPUT,
                      "could not load \"%s\": invalid UTF-8 at line %d, column %d", name, line,
                      col);
        fnr_error_at(err, (int64_t)bad, line, col);
        return FNR_BADINPUT;
    }
    /* A file that says its TSV format, or is named like one, is TSV. */
    bool tsv = kind_from_name(name) != TSV_UNKNOWN || has_format_line(data, len);
    if (!tsv) {
        reader r = { .name = name, .data = data, .len = len };
        switch (detect_petrarch(data, len)) {
        case PETR_ACTORS:
            return load_petr_actors(lex, &r, false, err);
        case PETR_AGENTS:
            return load_petr_actors(lex, &r, true, err);
        case PETR_VERBS:
            return load_petr_verbs(lex, &r, err);
        case PETR_NONE:
            break;
        }
    }
    return load_tsv(lex, name, data, len, err);
}

fnr_status fnr_lexicon_load_file(fnr_lexicon *lex, const char *path, fnr_error *err)
{
    if (!lex || !path)
        return fnr_error_set(err, FNR_INVALID, "no lexicon or path to load");
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        fnr_error_set(err, FNR_NOINPUT, "could not open \"%s\": %s", path, strerror(e));
        if (err)
            err->backend_code = e;
        return FNR_NOINPUT;
    }
    fnr_buf b;
    fnr_buf_init(&b, MAX_FILE_BYTES);
    fnr_status st = FNR_OK;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if ((st = fnr_buf_append(&b, chunk, n)) != FNR_OK)
            break;
    }
    if (st == FNR_OK && ferror(f))
        st = fnr_error_set(err, FNR_IO, "could not read \"%s\"", path);
    else if (st == FNR_TOOBIG)
        fnr_error_set(err, st, "could not load \"%s\": larger than %zu bytes", path,
                      (size_t)MAX_FILE_BYTES);
    else if (st != FNR_OK)
        fail_nomem(err);
    fclose(f);
    if (st == FNR_OK) {
        /* fnr_buf keeps a NUL after the data (or none when empty). */
        st = fnr_lexicon_load_mem(lex, path, b.data ? b.data : "", b.len, err);
    }
    fnr_buf_destroy(&b);
    return st;
}

fnr_status fnr_lexicon_load_builtin(fnr_lexicon *lex, fnr_error *err)
{
    for (size_t i = 0; i < fnr_n_builtin_files; i++) {
        const fnr_embedded_file *f = &fnr_builtin_files[i];
        fnr_status st = fnr_lexicon_load_mem(lex, f->name, f->data, f->len, err);
        if (st != FNR_OK)
            return st;
    }
    return FNR_OK;
}
