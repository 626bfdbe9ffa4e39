/*
 * The lexicon: every dictionary extraction reads (countries, places,
 * organisations and their aliases, given names, name particles, titles,
 * head nouns, event triggers), keyed by match key (base/utf8.h).
 *
 * The built-in dictionaries are the TSV files of data/, compiled into the
 * binary; users add their own with fnr_lexicon_load_file (TSV in the format
 * of data/README.md, or a PETRARCH2 actor/verb/agent dictionary).
 *
 * A key is the match key of a whole phrase ("national intelligence
 * organization", "turkiye"); several entries may share a key ("georgia" the
 * country and the US state). Aliases of one thing share the `group` of their
 * canonical entry, so "ISIS", "ISIL", "Daesh" and "Islamic State" all lead to
 * the same group.
 */
#ifndef FNR_EXTRACT_LEXICON_H
#define FNR_EXTRACT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/map.h"
#include "fener/status.h"

typedef enum fnr_lex_class {
    FNR_LEX_LOCATION = 1, /* country, region, province, city, district, area, facility */
    FNR_LEX_ORG,          /* organisation (service, police, group, media, body ...) */
    FNR_LEX_PERSON,       /* a known person (rare; names are mostly found by rules) */
    FNR_LEX_DEMONYM,      /* "Turkish", "Iranian": country in `country`, never an entity */
    FNR_LEX_GIVEN_NAME,   /* "Kasım", "Bashar", "Mohammed": a first name */
    FNR_LEX_SURNAME,      /* a family name */
    FNR_LEX_PARTICLE,     /* abu ebu al el bin ibn umm bint van von de ... */
    FNR_LEX_TITLE,        /* president, minister, commander, chief, general, mr ... */
    FNR_LEX_ORG_HEAD,     /* organization, police, ministry, regiment, province(of a group) ... */
    FNR_LEX_LOC_HEAD,     /* district, province, city, region, county (after a place name) */
    FNR_LEX_STOPWORD,     /* capitalised words that never start a name: The, However, Monday ... */
    FNR_LEX_TRIGGER,      /* an event trigger word or phrase */
    FNR_LEX_CLASS_COUNT
} fnr_lex_class;

typedef struct fnr_lex_entry {
    const char *name;   /* display form of this surface (NFC), owned by the lexicon */
    const char *canon;  /* display name of the group's canonical entry */
    const char *kind;   /* "intelligence_service", "city", "arrest" ...; "" if none */
    const char *cameo;  /* triggers: CAMEO code ("173"), else NULL */
    uint32_t group;     /* id shared by aliases of one thing; 0 = none */
    uint8_t cls;        /* fnr_lex_class */
    uint8_t passive_ok; /* triggers: may be used in passive voice ("was captured") */
    char country[4];    /* ISO 3166 alpha-3 or "" */
    float lat, lon;     /* valid when has_coords */
    bool has_coords;
    bool upper_name;     /* name has an ASCII capital and no ASCII small letter ("PKK",
                            "MİT"): set by the lexicon, so a lookup need not read name */
    bool mixed_acronym;  /* name is a short acronym in mixed case ("LeT", "DoD", "BfV"):
                            of ASCII letters only, five at most, a capital after a small one */
    bool last_cap;       /* the last word of name starts with an ASCII capital */
    uint32_t population; /* places: for ranking ambiguous names; 0 unknown */
} fnr_lex_entry;

typedef struct fnr_lexicon fnr_lexicon;

/* A new empty lexicon; NULL when out of memory. */
fnr_lexicon *fnr_lexicon_new(void);
void fnr_lexicon_free(fnr_lexicon *lex); /* NULL is fine */

/* Loads the built-in dictionaries (data/ compiled in). */
fnr_status fnr_lexicon_load_builtin(fnr_lexicon *lex, struct fnr_error *err);

/*
 * Loads a user dictionary from a file: the TSV format of data/README.md, or a
 * PETRARCH2 actor / agent / verb dictionary (detected from the content).
 * Errors name the file, line and column.
 */
fnr_status fnr_lexicon_load_file(fnr_lexicon *lex, const char *path, struct fnr_error *err);

/* Same, from memory; `name` is used in error messages. */
fnr_status fnr_lexicon_load_mem(fnr_lexicon *lex, const char *name, const char *data, size_t len,
                                struct fnr_error *err);

/*
 * Adds one surface form. The key is the match key of `surface`. `proto` gives
 * class, kind, country, coordinates; proto->name and proto->canon are copied
 * (canon NULL = surface is its own canonical name). group 0 in proto makes a
 * new group. Returns the entry's group id through *out_group (may be NULL).
 */
fnr_status fnr_lexicon_add(fnr_lexicon *lex, const char *surface, size_t surface_len,
                           const fnr_lex_entry *proto, uint32_t *out_group);

/*
 * Entries whose key equals key[0..key_len) (a match key). Returns how many;
 * *out points to them (borrowed, valid until the lexicon changes), NULL if
 * none. Entries of one key are ordered by class, then population descending.
 */
size_t fnr_lexicon_get(const fnr_lexicon *lex, const char *key, size_t key_len,
                       const fnr_lex_entry *const **out);

/* Everything the lexicon knows of one match key, from one lookup. */
typedef struct fnr_lex_key {
    const fnr_lex_entry *const *items; /* as fnr_lexicon_get gives them; NULL when n is 0 */
    uint32_t n;
    uint32_t classes; /* bit (1u << cls) for the class of each item */
    uint32_t tags;    /* bits given by fnr_lexicon_tag */
    bool prefix;      /* as fnr_lexicon_has_prefix */
    uint16_t cues;    /* bits given by fnr_lexicon_cue (in what was padding) */
} fnr_lex_key;

/* The key's record, or NULL when the lexicon neither holds the key nor a
 * longer key it begins, nor tagged it. Borrowed, valid until the lexicon
 * changes. */
const fnr_lex_key *fnr_lexicon_lookup(const fnr_lexicon *lex, const char *key, size_t key_len);

/* fnr_hash(key, len), the hash the lexicon files keys by, computed faster
 * for short keys (the same value). */
uint64_t fnr_lexicon_hash(const char *key, size_t len);

/*
 * fnr_lexicon_hash for a key that may be read in whole eight-byte words:
 * the bytes after it up to the next multiple of eight must be readable (a
 * key inside a buffer with eight bytes of padding). The same value, inline
 * and with the last bytes read in one load and masked, where the function
 * packs them by their count: the token pass hashes every word this way.
 */
static inline uint64_t fnr_lexicon_hash_padded(const char *key, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = fnr_hash_start(len);
    for (; len >= 8; key += 8, len -= 8) {
        uint64_t w;
        memcpy(&w, key, sizeof w);
        h = fnr_hash_word(h, w);
    }
    uint64_t t = 0;
    if (len) {
        memcpy(&t, key, sizeof t);
        t &= ~UINT64_C(0) >> (64 - 8 * len);
    }
    return fnr_hash_end(h, t);
#else
    return fnr_lexicon_hash(key, len);
#endif
}

/* fnr_lexicon_lookup for a caller that has the key's fnr_hash already. */
const fnr_lex_key *fnr_lexicon_lookup_hashed(const fnr_lexicon *lex, const char *key,
                                             size_t key_len, uint64_t hash);

/* ORs `tags` into the key's tag bits (the key need not have entries): a
 * caller's own word lists, found by the same one lookup. */
fnr_status fnr_lexicon_tag(fnr_lexicon *lex, const char *key, size_t key_len, uint32_t tags);

/* ORs `cues` into the key's cue bits: a second set of tag bits, for a
 * caller whose 32 tag bits are taken. */
fnr_status fnr_lexicon_cue(fnr_lexicon *lex, const char *key, size_t key_len, uint16_t cues);

/* Iterates over the keys in the order they were added: start with *iter = 0;
 * false at the end. */
bool fnr_lexicon_next_key(const fnr_lexicon *lex, size_t *iter, const char **out_key,
                          size_t *out_key_len, const fnr_lex_key **out);

/* true when some key is longer than key[0..key_len) and starts with it
 * followed by a space: the phrase may go on. */
bool fnr_lexicon_has_prefix(const fnr_lexicon *lex, const char *key, size_t key_len);

/* The entry of class `cls` for this key, or NULL: a convenience over _get. */
const fnr_lex_entry *fnr_lexicon_find(const fnr_lexicon *lex, const char *key, size_t key_len,
                                      fnr_lex_class cls);

/* Number of entries (all classes). */
size_t fnr_lexicon_size(const fnr_lexicon *lex);

#endif
