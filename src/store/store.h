/*
 * The store interface: one table of function pointers (as SQLite's VFS) that
 * every backend fills - sqlite/ now, postgres/ and an in-memory backend
 * later - and thin wrappers the rest of fener calls. All SQL lives behind
 * it, in src/store/<backend>/.
 *
 * The knowledge-base layer (src/kb/) decides *what* to store (resolution of
 * entities across reports, batches); the store only writes rows and answers
 * queries. Queries take the viewer; a backend filters by it inside its SQL
 * (NULL = owner, full view).
 *
 * Query results are the public result structs of include/fener/kb.h,
 * allocated in an arena that the result owns (see fnr__result_new).
 */
#ifndef FNR_STORE_STORE_H
#define FNR_STORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "fener/analysis.h"
#include "fener/kb.h"
#include "fener/status.h"

#define FNR_STORE_METHODS_VERSION 1

/* The schema version this build writes (see docs/internals/store.md). */
#define FNR_SCHEMA_VERSION 7

typedef struct fnr_store fnr_store;

/* ---- viewers and markings (markings.c) ----------------------------------- */

/*
 * Who is asking (kb.h's opaque fnr_viewer): an account's clearance as a
 * level rank (0 = lowest), its compartments (sorted, unique) and its
 * partner code (NULL = a home viewer). A NULL viewer is the owner. Made and
 * freed by the kb layer (src/kb/account.c); read by the store's queries.
 */
struct fnr_viewer {
    int64_t user_id;
    char *name;
    int clearance;
    char **compartments;
    size_t n_compartments;
    char *partner;
};

/*
 * One distinct marking as stored: level rank, compartments and partner
 * codes each as a sorted, unique, comma-separated list ("" = none), TLP
 * name ("clear", "green", "amber", "amber+strict", "red"; "" = none).
 */
typedef struct fnr_store_marking {
    int level;
    const char *compartments;
    const char *rel_to;
    const char *tlp;
} fnr_store_marking;

/* May viewer v see evidence with marking m? NULL = owner: always. A partner
 * viewer needs its code in m->rel_to; a home viewer is not restricted by it. */
bool fnr_marking_visible(const fnr_viewer *v, const fnr_store_marking *m);

/*
 * Splits a comma-separated list ("" gives none) into fnr_malloc'd strings;
 * free with fnr_marking_split_free. FNR_NOMEM (nothing allocated) when out
 * of memory.
 */
fnr_status fnr_marking_split(const char *list, char ***out, size_t *out_n);
void fnr_marking_split_free(char **items, size_t n);

/* Is `item` in the comma-separated list? */
bool fnr_marking_list_has(const char *list, const char *item);

/*
 * Normalises a set of codes (compartments, partners) into a sorted, unique,
 * upper-case, comma-separated list in out (NUL-terminated). Codes are
 * 1..32 characters of [A-Za-z0-9_+-]; another character gives
 * FNR_INVALID naming the code.
 */
fnr_status fnr_marking_list(const char *const *items, size_t n, char *out, size_t size,
                            fnr_error *err);

/* The banner "SECRET//ALPHA/BRAVO//REL TO FRA, NLD//TLP:AMBER" of m with
 * the store's level names; truncated to size. */
void fnr_marking_banner(const fnr_store_marking *m, const char *const *levels, size_t n_levels,
                        char *out, size_t size);

/* ---- rows written by ingest ---------------------------------------------- */

typedef struct fnr_store_doc {
    const char *sha256; /* 64 hex digits of the input bytes */
    const char *title;  /* may be NULL */
    const char *date;   /* "YYYY-MM-DD" or NULL */
    const char *source; /* may be NULL */
    const char *url;    /* may be NULL */
    char reliability;   /* 'A'..'F' or 0 */
    int credibility;    /* 1..6 or 0 */
    const char *format; /* "text", "html", "jsonl" */
    size_t bytes;       /* input bytes */
    const char *text;   /* decoded text the offsets index */
    size_t text_len;
    const fnr_sentence_span *sentences; /* sentence spans into text */
    size_t n_sentences;
    int64_t batch;   /* ingest batch number */
    int64_t marking; /* id from the marking_id method; 0 = the store's lowest */
    /* The prepare_doc method's result for this title and text, or NULL. */
    const void *prepared;
} fnr_store_doc;

typedef struct fnr_store_entity {
    fnr_entity_type type;
    const char *name;
    const char *key;     /* match key of name */
    const char *kind;    /* may be NULL */
    const char *country; /* alpha-3 or NULL */
    bool has_coords;
    double lat, lon;
} fnr_store_entity;

typedef struct fnr_store_alias {
    int64_t entity_id;
    const char *surface;
    const char *key;  /* match key of surface */
    int64_t doc_id;   /* the report asserting it */
    const char *rule; /* e.g. "bracket_alias", "code_name", "dictionary", "analyst" */
} fnr_store_alias;

typedef struct fnr_store_mention {
    int64_t entity_id;
    int64_t doc_id;
    uint32_t sentence;
    size_t start, end;
    const char *rule;
} fnr_store_mention;

typedef struct fnr_store_event {
    int64_t doc_id;
    fnr_event_type type;
    const char *cameo;     /* may be NULL */
    const char *date;      /* may be NULL */
    const char *date_end;  /* may be NULL */
    const char *precision; /* may be NULL */
    int64_t location_id;   /* 0 none */
    long count;            /* -1 none */
    uint32_t sentence;
    size_t start, end;
    size_t trigger_start, trigger_end;
    double confidence;
    const char *rule;
    const int64_t *actors;
    size_t n_actors;
    const int64_t *targets;
    size_t n_targets;
} fnr_store_event;

typedef struct fnr_store_relation {
    int64_t doc_id;
    fnr_relation_type type;
    int64_t source_id, target_id;
    const char *role; /* may be NULL */
    uint32_t sentence;
    size_t start, end;
    const char *rule;
} fnr_store_relation;

typedef struct fnr_store_candidate {
    int64_t a, b; /* a < b */
    const char *surface;
    const char *key;
    int64_t doc_id;
} fnr_store_candidate;

/* ---- the graph of entities (sqlite/graph.c; read by src/analysis/) -------- */

/* Evidence tying two entities, summed per (a, b, kind, rel_type). */
typedef struct fnr_store_graph_edge {
    int64_t a, b; /* entity ids, a < b */
    fnr_edge_kind kind;
    int rel_type;             /* fnr_relation_type for relations, else 0 */
    const char *role;         /* the most frequent role stated with a relation, or NULL */
    int64_t role_of;          /* relations: their source (whose role it is); else 0 */
    long n;                   /* pieces of evidence */
    double weight;            /* summed as fnr_graph_build says (analysis.h) */
    const char *first, *last; /* earliest and latest evidence dates, or NULL */
} fnr_store_graph_edge;

typedef struct fnr_store_graph_node {
    int64_t id;
    fnr_entity_type type;
    const char *name; /* as the viewer may read it */
    const char *kind; /* or NULL */
} fnr_store_graph_node;

/* Callbacks of the graph methods: return non-zero to stop (the method then
 * returns FNR_INTERNAL with "stopped"). Strings are valid during the call. */
typedef int (*fnr_store_edge_cb)(void *ctx, const fnr_store_graph_edge *e);
typedef int (*fnr_store_node_cb)(void *ctx, const fnr_store_graph_node *n);

/* ---- accounts and audit rows (shapes owned by src/kb/account.c, audit.c) --- */

#include "store/account.h"

/* ---- the methods --------------------------------------------------------- */

typedef struct fnr_store_methods {
    int version; /* FNR_STORE_METHODS_VERSION */
    const char *name;

    void (*close)(fnr_store *s);
    int (*schema_version)(fnr_store *s);
    fnr_status (*check)(fnr_store *s, fnr_error *err);

    /* Transactions: ingest writes one per batch. */
    fnr_status (*begin)(fnr_store *s, fnr_error *err);
    fnr_status (*commit)(fnr_store *s, fnr_error *err);
    fnr_status (*rollback)(fnr_store *s, fnr_error *err);
    /* Whether another connection (another process) committed a change to
     * the store since the previous call on this handle; the first call
     * answers false. Ingest asks after each begin (under the write lock)
     * and drops what it cached about the store when the answer is true. */
    fnr_status (*changed)(fnr_store *s, bool *out, fnr_error *err);
    /* Bulk ingest: with defer, drops the indexes only queries read (queries
     * still answer, more slowly); without, makes them again. Outside a
     * transaction. A store left deferred by a killed process makes them
     * again on its next read-write open. */
    fnr_status (*defer_indexes)(fnr_store *s, bool defer, fnr_error *err);
    /* Work on a document a backend can do before its insert, on any thread
     * and without the handle (tokenising it for the full-text index): the
     * result goes in fnr_store_doc.prepared, freed with prepared_free.
     * Either may be NULL; a NULL result is no error. */
    void *(*prepare_doc)(const char *title, const char *text, size_t text_len);
    void (*prepared_free)(void *p);
    /* The highest document id (about the number of documents stored). */
    fnr_status (*docs_max)(fnr_store *s, int64_t *out, fnr_error *err);

    /* Ingest. */
    fnr_status (*doc_find)(fnr_store *s, const char *sha256, int64_t *out_id, fnr_error *err);
    fnr_status (*doc_insert)(fnr_store *s, const fnr_store_doc *d, int64_t *out_id, fnr_error *err);
    /* Live (not merged) entities of `type` having an alias whose key is `key`,
     * oldest first: up to max ids into out, the number found in *out_n
     * (counted up to max + 1). */
    fnr_status (*entity_find)(fnr_store *s, fnr_entity_type type, const char *key, int64_t *out,
                              size_t max, size_t *out_n, fnr_error *err);
    fnr_status (*entity_insert)(fnr_store *s, const fnr_store_entity *e, int64_t *out_id,
                                fnr_error *err);
    /* The entity's country (ISO 3166 alpha-3) into out, "" when it has none. */
    fnr_status (*entity_country)(fnr_store *s, int64_t id, char out[4], fnr_error *err);
    /* Fills kind/country/coordinates where the entity has none yet. */
    fnr_status (*entity_enrich)(fnr_store *s, int64_t id, const fnr_store_entity *e,
                                fnr_error *err);
    /* Adds (entity, surface, doc) once; the same triple again is a no-op. */
    fnr_status (*alias_insert)(fnr_store *s, const fnr_store_alias *a, fnr_error *err);
    fnr_status (*mention_insert)(fnr_store *s, const fnr_store_mention *m, fnr_error *err);
    fnr_status (*event_insert)(fnr_store *s, const fnr_store_event *e, int64_t *out_id,
                               fnr_error *err);
    fnr_status (*relation_insert)(fnr_store *s, const fnr_store_relation *r, fnr_error *err);
    /* Records a merge candidate once per (a, b, key). */
    fnr_status (*candidate_insert)(fnr_store *s, const fnr_store_candidate *c, fnr_error *err);

    /* Queries (kb.h explains each). */
    /* Resolves "42", "e42", or a name/alias (the visible entity with most
     * mentions); FNR_NOTFOUND with suggestions in err->hint. */
    fnr_status (*entity_resolve)(fnr_store *s, const fnr_viewer *v, const char *name_or_id,
                                 int64_t *out_id, fnr_error *err);
    fnr_status (*search)(fnr_store *s, const fnr_viewer *v, const char *text,
                         fnr_search_scope scope, size_t limit, fnr_search_result **out,
                         fnr_error *err);
    fnr_status (*profile)(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_profile **out,
                          fnr_error *err);
    /* filter names already resolved to ids (0 = no condition). */
    fnr_status (*events)(fnr_store *s, const fnr_viewer *v, const fnr_event_filter *f,
                         int64_t actor, int64_t target, int64_t place, int64_t entity,
                         fnr_event_list **out, fnr_error *err);
    fnr_status (*stats)(fnr_store *s, const fnr_viewer *v, fnr_stats_by by,
                        const fnr_event_filter *f, int64_t actor, int64_t target, int64_t place,
                        int64_t entity, fnr_stats **out, fnr_error *err);
    /* since, until: NULL or a date prefix, inclusive (fnr_kb_timeline_between). */
    fnr_status (*timeline)(fnr_store *s, const fnr_viewer *v, int64_t id, const char *since,
                           const char *until, fnr_timeline **out, fnr_error *err);
    fnr_status (*doc)(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_doc_view **out,
                      fnr_error *err);
    fnr_status (*conflicts)(fnr_store *s, const fnr_viewer *v, bool include_closed,
                            fnr_conflict_list **out, fnr_error *err);
    /* Merge b into a / undo it; both write the audit trail (merges table). */
    fnr_status (*merge)(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                        fnr_error *err);
    fnr_status (*split)(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                        fnr_error *err);

    /* Store metadata (key/value): levels, default markings, audit head.
     * *out is fnr_malloc'd (free with fnr_free), NULL when the key is absent. */
    fnr_status (*meta_get)(fnr_store *s, const char *key, char **out, fnr_error *err);
    /* value NULL deletes the key. */
    fnr_status (*meta_set)(fnr_store *s, const char *key, const char *value, fnr_error *err);

    /* Markings. The id of a marking, created if new. */
    fnr_status (*marking_id)(fnr_store *s, const fnr_store_marking *m, int64_t *out_id,
                             fnr_error *err);
    /* The marking of a document; FNR_NOTFOUND when there is no such document.
     * Strings in *out are valid until the next call on s. */
    fnr_status (*doc_marking)(fnr_store *s, int64_t doc_id, fnr_store_marking *out, fnr_error *err);
    /* Moves a document (and so all its facts) to another marking. */
    fnr_status (*doc_set_marking)(fnr_store *s, int64_t doc_id, int64_t marking, fnr_error *err);
    /* The highest level rank any stored marking uses; -1 when none. */
    fnr_status (*max_level)(fnr_store *s, int *out, fnr_error *err);

    /* Graph (graph.c). Every edge of evidence viewer v may see, filtered by
     * f (kinds, entity types, dates; min_weight is applied by the caller
     * after summing). Order: by a, then b. */
    fnr_status (*graph_edges)(fnr_store *s, const fnr_viewer *v, const fnr_graph_filter *f,
                              fnr_store_edge_cb cb, void *ctx, fnr_error *err);
    /* The nodes of the given entity ids (ascending, unique), in id order. */
    fnr_status (*graph_nodes)(fnr_store *s, const fnr_viewer *v, const int64_t *ids, size_t n,
                              fnr_store_node_cb cb, void *ctx, fnr_error *err);
    /* The evidence tying a and b that v may see, of f's kinds (0 = all)
     * and within its dates (f NULL = all). */
    fnr_status (*edge_evidence)(fnr_store *s, const fnr_viewer *v, int64_t a, int64_t b,
                                const fnr_graph_filter *f, size_t limit, fnr_evidence_list **out,
                                fnr_error *err);

    /* ---- accounts and audit (sqlite/account.c; kb/account.c, kb/audit.c) ---- */
    FNR_STORE_ACCOUNT_METHODS
} fnr_store_methods;

/* Every backend's handle starts with this. */
struct fnr_store {
    const fnr_store_methods *m;
};

/* ---- backends ------------------------------------------------------------- */

typedef struct fnr_store_open_opts {
    bool create; /* create if missing */
    bool readonly;
} fnr_store_open_opts;

/* SQLite backend (src/store/sqlite/): a file path. */
fnr_status fnr_store_sqlite_open(const char *path, const fnr_store_open_opts *opts, fnr_store **out,
                                 fnr_error *err);

/* ---- result allocation ------------------------------------------------------ */

/*
 * Allocates a zeroed result struct of `size` bytes inside a new arena and
 * returns it; *out_arena is the arena, which the caller stores in the
 * result's `internal` field. NULL when out of memory.
 */
void *fnr__result_new(size_t size, fnr_arena **out_arena);

/* Frees a result through its `internal` arena (NULL is fine). */
void fnr__result_free(void *internal);

/* Copies a string into an arena (NULL stays NULL); NULL on OOM for non-NULL s. */
const char *fnr__arena_str(fnr_arena *a, const char *s);

#endif
