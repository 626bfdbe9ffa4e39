/*
 * Private header of the knowledge-base module: the kb handle, thin wrappers
 * over the store's method table (so the rest of kb/ reads as plain calls and
 * never touches `s->m` itself), and the internal entry points shared by the
 * files of src/kb/ (ingest pipeline, resolution writer, queries).
 */
#ifndef FNR_KB_KB_INT_H
#define FNR_KB_KB_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/map.h"
#include "fener/kb.h"
#include "store/store.h"

struct fnr_kb {
    fnr_store *store; /* owned */
    char *path;       /* owned */
    bool readonly;
    bool bulk;        /* between fnr_kb_bulk_begin and _end */
    fnr_extractor *x; /* the built-in extractor, loaded on the first ingest; owned */
    char **levels;    /* the store's classification levels, lowest first; loaded lazily */
    size_t n_levels;
};

/* ---- store wrappers --------------------------------------------------------- */

static inline fnr_status fnr_store_begin(fnr_store *s, fnr_error *err)
{
    return s->m->begin(s, err);
}

static inline fnr_status fnr_store_changed(fnr_store *s, bool *out, fnr_error *err)
{
    return s->m->changed(s, out, err);
}

static inline fnr_status fnr_store_defer_indexes(fnr_store *s, bool defer, fnr_error *err)
{
    return s->m->defer_indexes(s, defer, err);
}

static inline fnr_status fnr_store_docs_max(fnr_store *s, int64_t *out, fnr_error *err)
{
    return s->m->docs_max(s, out, err);
}

static inline fnr_status fnr_store_commit(fnr_store *s, fnr_error *err)
{
    return s->m->commit(s, err);
}

static inline fnr_status fnr_store_rollback(fnr_store *s, fnr_error *err)
{
    return s->m->rollback(s, err);
}

static inline fnr_status fnr_store_doc_find(fnr_store *s, const char *sha256, int64_t *out_id,
                                            fnr_error *err)
{
    return s->m->doc_find(s, sha256, out_id, err);
}

static inline fnr_status fnr_store_doc_insert(fnr_store *s, const fnr_store_doc *d, int64_t *out_id,
                                              fnr_error *err)
{
    return s->m->doc_insert(s, d, out_id, err);
}

static inline fnr_status fnr_store_entity_find(fnr_store *s, fnr_entity_type type, const char *key,
                                               int64_t *out, size_t max, size_t *out_n,
                                               fnr_error *err)
{
    return s->m->entity_find(s, type, key, out, max, out_n, err);
}

static inline fnr_status fnr_store_entity_insert(fnr_store *s, const fnr_store_entity *e,
                                                 int64_t *out_id, fnr_error *err)
{
    return s->m->entity_insert(s, e, out_id, err);
}

static inline fnr_status fnr_store_entity_country(fnr_store *s, int64_t id, char out[4],
                                                  fnr_error *err)
{
    return s->m->entity_country(s, id, out, err);
}

static inline fnr_status fnr_store_entity_enrich(fnr_store *s, int64_t id,
                                                 const fnr_store_entity *e, fnr_error *err)
{
    return s->m->entity_enrich(s, id, e, err);
}

static inline fnr_status fnr_store_alias_insert(fnr_store *s, const fnr_store_alias *a,
                                                fnr_error *err)
{
    return s->m->alias_insert(s, a, err);
}

static inline fnr_status fnr_store_mention_insert(fnr_store *s, const fnr_store_mention *m,
                                                  fnr_error *err)
{
    return s->m->mention_insert(s, m, err);
}

static inline fnr_status fnr_store_event_insert(fnr_store *s, const fnr_store_event *e,
                                                int64_t *out_id, fnr_error *err)
{
    return s->m->event_insert(s, e, out_id, err);
}

static inline fnr_status fnr_store_relation_insert(fnr_store *s, const fnr_store_relation *r,
                                                   fnr_error *err)
{
    return s->m->relation_insert(s, r, err);
}

static inline fnr_status fnr_store_candidate_insert(fnr_store *s, const fnr_store_candidate *c,
                                                    fnr_error *err)
{
    return s->m->candidate_insert(s, c, err);
}

static inline fnr_status fnr_store_entity_resolve(fnr_store *s, const fnr_viewer *v,
                                                  const char *name_or_id, int64_t *out_id,
                                                  fnr_error *err)
{
    return s->m->entity_resolve(s, v, name_or_id, out_id, err);
}

/* ---- resolution writer (resolve.c) ---------------------------------------------- */

/*
 * State the single writer keeps for a whole ingest: the entity cache
 * ("type:key" -> ids of live entities, oldest first) and the merge candidates
 * already recorded in this run. Only the writer thread touches it.
 */
typedef struct kb_resolver {
    fnr_store *store;  /* borrowed */
    fnr_map cache;     /* "T:key" -> kb_ids *, owned values */
    fnr_map cand_seen; /* "a:b:key" -> NULL */
    fnr_map known;     /* int64 id -> KNOWN_* bits: what the stored entity is known to have */
    fnr_map country;   /* int64 id -> its stored country, packed (resolve.c) */
} kb_resolver;

/*
 * What resolution needs of a document's entities that depends on the
 * document alone (each surface's match key and the rule of its alias row),
 * computed on an extraction thread so that the single writer only looks
 * keys up and writes rows. Borrows the facts it was made from.
 */
typedef struct kb_prep kb_prep;

/* Prepares f (any thread). NULL when out of memory: the writer then
 * prepares the document itself. */
kb_prep *fnr__kb_prep_new(const fnr_facts *f);
void fnr__kb_prep_free(kb_prep *p); /* NULL is fine */

/* Per-document metadata as it goes to the doc row (all borrowed). */
typedef struct kb_doc_meta {
    const char *title;
    const char *date;
    const char *source;
    const char *url;
    char reliability;
    int credibility;
    const char *format;   /* "text", "html", "jsonl", "note" */
    int64_t marking;      /* id of the document's marking (fnr__kb_marking) */
    const void *prepared; /* the store's prepare_doc result, or NULL */
    const kb_prep *prep;  /* fnr__kb_prep_new of the facts, or NULL */
} kb_doc_meta;

void fnr__kb_resolver_init(kb_resolver *r, fnr_store *s);
void fnr__kb_resolver_destroy(kb_resolver *r);

/*
 * Stores one extracted document inside the open transaction: the doc row,
 * its entities resolved against the store (new, joined, or joined with merge
 * candidates), mentions, events and relations. Adds to the counters of
 * *stats. Any error is a store error (or FNR_NOMEM): the caller rolls back.
 */
fnr_status fnr__kb_store_facts(kb_resolver *r, const fnr_facts *f, const kb_doc_meta *meta,
                               int64_t batch, fnr_ingest_stats *stats, fnr_error *err);

/* ---- markings (markings.c) -------------------------------------------------------- */

/* The store's level names, lowest first (owned by kb; loaded once). */
fnr_status fnr__kb_levels(fnr_kb *kb, const char *const **names, size_t *n, fnr_error *err);

/* The rank of a level name (case-insensitive, "TS"/"S"/"C"/"R"/"U" style
 * initials accepted when unambiguous); FNR_INVALID listing the levels. */
fnr_status fnr__kb_level_rank(fnr_kb *kb, const char *name, int *out, fnr_error *err);

/* The marking id for m (store defaults fill its NULL fields), created if
 * new; for ingest, notes and links. */
fnr_status fnr__kb_marking(fnr_kb *kb, const fnr_markings *m, int64_t *out_id, fnr_error *err);

/* ---- audit (audit.c) ------------------------------------------------------------------- */

/*
 * Appends one record to the hash-chained audit log, in a transaction of its
 * own (the store must not be inside one). who NULL = "owner". action is
 * one of the words of fnr_audit_row; what a readable description of the
 * query or change; facts the number of facts returned (reads) or stored;
 * docs the distinct documents they came from (may be NULL). On a
 * read-only store nothing is written and FNR_OK is returned (the CLI opens
 * stores writable so that reads are audited).
 */
fnr_status fnr__kb_audit(fnr_kb *kb, const fnr_viewer *who, const char *action, const char *what,
                         long facts, const int64_t *docs, size_t n_docs, fnr_error *err);

/* ---- validation shared by ingest and queries (kb.c) ------------------------------ */

/* true for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real year/month/day. */
bool fnr__kb_date_valid(const char *s);

#endif
