/*
 * Private header of the SQLite backend: the handle, the statement cache,
 * error mapping, and the entry points shared by the files of
 * src/store/sqlite/ (sqlite.c opens and migrates, fts.c is the "fener"
 * FTS5 tokenizer, write.c the ingest inserts and merge/split, query.c the
 * read queries). Only this folder includes <sqlite3.h>.
 */
#ifndef FNR_STORE_SQLITE_SQLITE_INT_H
#define FNR_STORE_SQLITE_SQLITE_INT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/map.h"
#include "base/vec.h"
#include "store/store.h"

/*
 * The viewer's filter on documents: the one place where the markings layer
 * adds its condition. Every query that reads facts (mentions, aliases,
 * events, relations, documents) names the document each row comes from and
 * puts SQ_DOC_VISIBLE(that column) into its WHERE clause. For the owner's
 * full view it is constant true (the planner drops it). The markings issue
 * turns it into e.g. `x IN (SELECT id FROM temp.visible_docs)`, a temp
 * table that sq_viewer_prepare fills for the viewer before each query.
 * Counts kept on the entities row (n_mentions, n_docs) are the owner's
 * view; a restricted viewer must count from entity_docs under this filter.
 */
#define SQ_DOC_VISIBLE(col) "fnr_dvis(" col ")"

/* Is the entity `id` visible: does any of its evidence carry a marking the
 * viewer may see (entity_marks)? */
#define SQ_ENTITY_VISIBLE(id)                                                          \
    "(fnr_owner() OR EXISTS (SELECT 1 FROM entity_marks em_ WHERE em_.entity_id = " id \
    " AND fnr_mvis(em_.marking)))"

/* An entity's mentions and documents as the viewer may count them. `e` is
 * the alias of an entities row. */
#define SQ_ENTITY_MENTIONS(e)                                                                  \
    "(CASE WHEN fnr_owner() THEN " e ".n_mentions ELSE (SELECT coalesce(sum(em_.mentions), 0)" \
    " FROM entity_marks em_ WHERE em_.entity_id = " e ".id AND fnr_mvis(em_.marking)) END)"
#define SQ_ENTITY_DOCS(e)                                                              \
    "(CASE WHEN fnr_owner() THEN " e ".n_docs ELSE (SELECT coalesce(sum(em_.docs), 0)" \
    " FROM entity_marks em_ WHERE em_.entity_id = " e ".id AND fnr_mvis(em_.marking)) END)"

/*
 * The name of entity `e` the viewer may read: its canonical name when a
 * visible report uses it, else the longest alias a visible report uses
 * (a name learnt only from a hidden report is never shown).
 */
#define SQ_ENTITY_NAME(e) "(CASE WHEN fnr_owner() THEN " e ".name ELSE fnr_vname(" e ".id) END)"

/* One row of the markings table, as loaded for a query. */
typedef struct sq_mark {
    bool present;
    bool visible; /* to the query's viewer */
    fnr_store_marking m;
} sq_mark;

/* Mentions of one entity in the document being written, summed in C. */
typedef struct sq_pending {
    int64_t entity_id;
    long mentions;
    uint32_t first_sentence;
    size_t sentences; /* set when the document is closed: JSON array in strs */
} sq_pending;

/*
 * Rows buffered for the open batch and written by fnr__sq_flush sorted by
 * entity id, so that the inserts into the entity-keyed indexes go to
 * neighbouring pages (see docs/internals/store.md, "Ingest"). Strings live
 * in fnr_sqlite.strs; an offset of 0 is NULL.
 */
typedef struct sq_mention_row {
    int64_t id; /* assigned when buffered: ids follow the order of the calls */
    /* written in the key order of mentions: (doc_id, sentence, entity_id, id) */
    int64_t entity_id, doc_id;
    int64_t start, end;
    uint32_t sentence;
    size_t rule;
} sq_mention_row;

/* The alias_keys rows that the aliases matching `cond` (on `a`) make: the
 * one definition that the rebuilds (merge, split, mark) and check use. */
#define SQ_ALIAS_KEYS_OF(cond)                                                  \
    "SELECT a.key, a.entity_id, dm.marking, a.surface, count(*) FROM aliases a" \
    " JOIN doc_marks dm ON dm.doc_id = a.doc_id WHERE " cond                    \
    " GROUP BY a.key, a.entity_id, dm.marking, a.surface"

/* The JSON array of the distinct values that `select` yields (one column
 * named value), descending: entity_docs.sentences as the writer makes it. */
#define SQ_SENTENCES_SORTED(select)                                                 \
    "(SELECT json_group_array(value) FROM (SELECT DISTINCT value FROM (" select ")" \
    " ORDER BY value DESC))"

/* alias_keys of the entity ?1 rebuilt from its aliases rows (after a merge,
 * a split or a change of markings). */
#define SQ_ALIAS_KEYS_DELETE "DELETE FROM alias_keys WHERE entity_id = ?1"
#define SQ_ALIAS_KEYS_INSERT                                                            \
    "INSERT INTO alias_keys(key, entity_id, marking, surface, docs) " SQ_ALIAS_KEYS_OF( \
        "a.entity_id = ?1")

typedef struct sq_alias_row {
    int64_t entity_id, doc_id;
    int64_t marking; /* of the document */
    size_t seq;      /* call order: the first of two equal rows is the one kept */
    size_t surface, key, rule;
} sq_alias_row;

typedef struct sq_arg_row {
    int64_t event_id, entity_id;
    int64_t doc_id; /* the event's */
    size_t date;    /* the event's, in strs; 0 = undated */
    int role;
    uint32_t pos;
} sq_arg_row;

/* One events row, buffered with the id it will have. */
typedef struct sq_event_row {
    int64_t id, doc_id;
    int64_t location_id; /* 0 = none */
    int64_t count;       /* -1 = not stated */
    int64_t sentence, start, end, trigger_start, trigger_end;
    double confidence;
    int type;
    size_t cameo, date, date_end, precision, rule; /* in strs */
} sq_event_row;

/* One relations row, buffered with the id it will have. */
typedef struct sq_relation_row {
    int64_t id, doc_id, source_id, target_id;
    int64_t sentence, start, end;
    int type;
    size_t role, rule; /* in strs */
} sq_relation_row;

/* One merge candidate to record (INSERT OR IGNORE: it may be known). */
typedef struct sq_cand_row {
    int64_t a, b, doc_id;
    size_t surface, key; /* in strs */
} sq_cand_row;

/* One (entity, document) summary: an entity_docs row to write. */
typedef struct sq_ed_row {
    int64_t entity_id, doc_id;
    long mentions;
    uint32_t first_sentence;
    size_t date;
    size_t sentences; /* JSON array of the sentences naming the entity, in strs */
    int64_t marking;  /* of the document */
    bool fast;        /* written by the multi-row insert (flush_eds) */
    bool is_new;      /* the row was not in the table before */
} sq_ed_row;

typedef struct sq_ckpt sq_ckpt; /* the checkpointing thread (ckpt.c) */

typedef struct fnr_sqlite {
    fnr_store base; /* first: the handle is an fnr_store */
    sq_ckpt *ckpt;  /* owned; NULL when read-only */
    sqlite3 *db;    /* owned */
    char *path;     /* owned */
    int version;    /* schema version of the file */
    bool readonly;
    bool in_tx;
    int64_t data_version; /* PRAGMA data_version at the last `changed` call, 0 = none */
    fnr_map stmts;        /* SQL text -> sqlite3_stmt *, owned; prepared once */
    /* The document whose mentions are being summed (see sq_pending). */
    int64_t pend_doc;
    size_t pend_first;  /* its first mention in b_mentions */
    fnr_vec pend;       /* sq_pending */
    int64_t last_doc;   /* id of the last document inserted */
    char last_date[16]; /* its date, "" when undated */
    fnr_buf scratch;    /* match keys and query text */
    /* The batch's buffered rows (see sq_mention_row). */
    fnr_vec b_mentions;   /* sq_mention_row */
    fnr_vec b_aliases;    /* sq_alias_row */
    fnr_vec b_args;       /* sq_arg_row */
    fnr_vec b_events;     /* sq_event_row, in id order */
    fnr_vec b_relations;  /* sq_relation_row, in id order */
    fnr_vec b_cands;      /* sq_cand_row, in call order */
    fnr_vec b_eds;        /* sq_ed_row */
    fnr_map b_alias_keys; /* match keys of the buffered aliases -> NULL */
    fnr_buf strs;         /* strings of the buffered rows; byte 0 unused */
    /* The flush's working arrays, kept from one flush to the next: memory
     * freed and asked for again each batch comes back as fresh pages, a
     * page fault each 4 KiB. */
    fnr_buf tmp[5];
    int64_t next_mention;  /* id of the next mention, 0 = ask meta "mention_seq" */
    int64_t next_event;    /* id of the next event, 0 = ask the table */
    int64_t next_relation; /* id of the next relation, 0 = ask the table */
    /* Documents from this id on were inserted in the open transaction
     * since its last flush: no entity_docs or aliases row names them yet
     * but the buffered ones. 0 = none. */
    int64_t fresh_doc;
    int64_t last_marking; /* marking of the last document inserted */
    /* This handle dropped the query indexes for a bulk ingest (bulk.c):
     * event arguments go in in their table's key order, since no index
     * keyed by entity takes them. */
    bool indexes_deferred;
    /* The query's viewer and the markings as it sees them (marks.c). */
    const fnr_viewer *viewer; /* NULL = owner */
    sq_mark *marks;           /* by marking id */
    size_t n_marks;
    fnr_buf mark_strs; /* strings of marks */
    char **levels;     /* level names, lowest first */
    size_t n_levels;
    /* Each document's marking id by document id, for fnr_dvis; loaded for
     * restricted viewers, extended with new documents, dropped on a
     * rollback or a change of markings (meta "marks_gen"). */
    int32_t *dm;
    size_t dm_cap;
    int64_t dm_max; /* highest document id loaded */
    bool dm_valid;
    int64_t dm_gen; /* marks_gen it was loaded at */
    /* Names of entities as the query's viewer may read them (fnr_vname),
     * int64 id -> fnr_malloc'd string; emptied before each query. */
    fnr_map vnames;
    /* The reports a search picked (query.c, fnr_pick): ids ascending. */
    const int64_t *pick;
    size_t n_pick;
} fnr_sqlite;

/* Maps an SQLite result code to a status, with a message naming the file.
 * `what` says what was attempted ("insert a document"). */
fnr_status fnr__sq_error(fnr_sqlite *h, int rc, const char *what, fnr_error *err);

/* A cached prepared statement for sql (reset, bindings cleared); NULL with
 * err set on failure. */
sqlite3_stmt *fnr__sq_stmt(fnr_sqlite *h, const char *sql, fnr_error *err);

/* Declares var as the cached statement for sql, or returns the error. */
#define STMT_OR_RETURN(var, h, sql, err)                 \
    sqlite3_stmt *var = fnr__sq_stmt((h), (sql), (err)); \
    if (!var)                                            \
        return (err) ? (err)->code : FNR_INTERNAL;

/* Runs a statement without results to completion and resets it. */
fnr_status fnr__sq_done(fnr_sqlite *h, sqlite3_stmt *st, const char *what, fnr_error *err);

/* Runs SQL text (several statements) without results. */
fnr_status fnr__sq_exec(fnr_sqlite *h, const char *sql, const char *what, fnr_error *err);

/* A connection's page cache, KiB (a limit, not an allocation), and the one
 * it has while a bulk ingest makes its indexes (bulk.c): SQLite's sorter
 * sorts runs as large as the page cache. */
#define SQ_CACHE_KIB      "262144"
#define SQ_SORT_CACHE_KIB "8192"

/* Binds a string or NULL. */
int fnr__sq_bind_str(sqlite3_stmt *st, int i, const char *s);

/* The name of the VFS that hands a commit's WAL frames to the file in one
 * write (vfs.c), registered on first use; NULL when it could not be, and
 * the system's VFS serves. */
const char *fnr__sq_vfs_name(void);

/* Registers the "fener" FTS5 tokenizer on db. */
int fnr__sq_fts_register(sqlite3 *db);

/* A document's title and text tokenised for the full-text index on any
 * thread (the prepare_doc method); the insert of a document given it
 * (fnr__sq_fts_use around it) replays the tokens instead. NULL when out of
 * memory: the insert then tokenises as usual. */
typedef struct sq_prepared sq_prepared;
void *fnr__sq_prepare_doc(const char *title, const char *text, size_t text_len);
void fnr__sq_prepared_free(void *p);
void fnr__sq_fts_use(const sq_prepared *pr);

/*
 * Builds a safe FTS5 query from user text into out: each word becomes a
 * quoted term of its match-key parts, text between double quotes a phrase.
 * *out_n_terms is 0 when the text holds no word (only punctuation).
 */
fnr_status fnr__sq_fts_query(const char *text, fnr_buf *out, size_t *out_n_terms);

/* Writes every row the batch has buffered (mentions, aliases, events and
 * their arguments, mention summaries, entity counters): before a commit, a query,
 * a merge or split, and whenever the buffers grow large. */
fnr_status fnr__sq_flush(fnr_sqlite *h, fnr_error *err);

/* Sets up the buffers (open), drops the buffered rows (rollback), frees
 * them (close). */
void fnr__sq_buffers_init(fnr_sqlite *h);
void fnr__sq_buffers_clear(fnr_sqlite *h);
void fnr__sq_buffers_destroy(fnr_sqlite *h);

/* Registers fnr_sentence(text, sentences, idx): the text of sentence idx of
 * a document from its packed sentences column, NULL when there is none. */
int fnr__sq_functions_register(sqlite3 *db);

/* Writers (write.c). */
fnr_status fnr__sq_doc_find(fnr_store *s, const char *sha256, int64_t *out_id, fnr_error *err);
fnr_status fnr__sq_doc_insert(fnr_store *s, const fnr_store_doc *d, int64_t *out_id,
                              fnr_error *err);
fnr_status fnr__sq_entity_find(fnr_store *s, fnr_entity_type type, const char *key, int64_t *out,
                               size_t max, size_t *out_n, fnr_error *err);
fnr_status fnr__sq_entity_insert(fnr_store *s, const fnr_store_entity *e, int64_t *out_id,
                                 fnr_error *err);
fnr_status fnr__sq_entity_country(fnr_store *s, int64_t id, char out[4], fnr_error *err);
fnr_status fnr__sq_entity_enrich(fnr_store *s, int64_t id, const fnr_store_entity *e,
                                 fnr_error *err);
fnr_status fnr__sq_alias_insert(fnr_store *s, const fnr_store_alias *a, fnr_error *err);
fnr_status fnr__sq_mention_insert(fnr_store *s, const fnr_store_mention *m, fnr_error *err);
fnr_status fnr__sq_event_insert(fnr_store *s, const fnr_store_event *e, int64_t *out_id,
                                fnr_error *err);
fnr_status fnr__sq_relation_insert(fnr_store *s, const fnr_store_relation *r, fnr_error *err);
fnr_status fnr__sq_candidate_insert(fnr_store *s, const fnr_store_candidate *c, fnr_error *err);
fnr_status fnr__sq_merge(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                         fnr_error *err);
fnr_status fnr__sq_split(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                         fnr_error *err);

/* Metadata and markings (marks.c). */

/* Before each query: loads the markings and level names, and decides which
 * markings viewer v may see (the fnr_owner / fnr_mvis SQL functions read
 * this). */
fnr_status fnr__sq_viewer_prepare(fnr_sqlite *h, const fnr_viewer *v, fnr_error *err);
/* Registers fnr_owner(), fnr_mvis(marking), fnr_dvis(doc_id),
 * fnr_vname(entity_id) and fnr_banner(marking) on h->db. */
int fnr__sq_marks_register(fnr_sqlite *h);
/* WAL checkpoints in a thread of their own (ckpt.c): start installs the
 * WAL hook on h->db; stop joins the thread (before h->db closes). */
int fnr__sq_ckpt_start(fnr_sqlite *h);
void fnr__sq_ckpt_stop(fnr_sqlite *h);
/* fnr_pick(id): whether a search picked that report (query.c). */
int fnr__sq_query_register(fnr_sqlite *h);
/* Frees what fnr__sq_viewer_prepare loaded (close). */
void fnr__sq_marks_destroy(fnr_sqlite *h);

fnr_status fnr__sq_meta_get(fnr_store *s, const char *key, char **out, fnr_error *err);
fnr_status fnr__sq_meta_set(fnr_store *s, const char *key, const char *value, fnr_error *err);

/* Deferred indexes of a bulk ingest (bulk.c). */
fnr_status fnr__sq_defer_indexes(fnr_store *s, bool defer, fnr_error *err);
fnr_status fnr__sq_docs_max(fnr_store *s, int64_t *out, fnr_error *err);
/* Makes the indexes a dead bulk ingest left out (read-write opens). */
fnr_status fnr__sq_deferred_recover(fnr_sqlite *h, fnr_error *err);
/* Fails when an index a bulk ingest may drop is missing without one running. */
fnr_status fnr__sq_deferred_check(fnr_sqlite *h, fnr_error *err);
fnr_status fnr__sq_marking_id(fnr_store *s, const fnr_store_marking *m, int64_t *out_id,
                              fnr_error *err);
fnr_status fnr__sq_doc_marking(fnr_store *s, int64_t doc_id, fnr_store_marking *out,
                               fnr_error *err);
fnr_status fnr__sq_doc_set_marking(fnr_store *s, int64_t doc_id, int64_t marking, fnr_error *err);
fnr_status fnr__sq_max_level(fnr_store *s, int *out, fnr_error *err);

/* The graph of entities (graph.c). */
fnr_status fnr__sq_graph_edges(fnr_store *s, const fnr_viewer *v, const fnr_graph_filter *f,
                               fnr_store_edge_cb cb, void *ctx, fnr_error *err);
fnr_status fnr__sq_graph_nodes(fnr_store *s, const fnr_viewer *v, const int64_t *ids, size_t n,
                               fnr_store_node_cb cb, void *ctx, fnr_error *err);
fnr_status fnr__sq_edge_evidence(fnr_store *s, const fnr_viewer *v, int64_t a, int64_t b,
                                 const fnr_graph_filter *f, size_t limit, fnr_evidence_list **out,
                                 fnr_error *err);

/* Queries (query.c). */
fnr_status fnr__sq_entity_resolve(fnr_store *s, const fnr_viewer *v, const char *name_or_id,
                                  int64_t *out_id, fnr_error *err);
fnr_status fnr__sq_search(fnr_store *s, const fnr_viewer *v, const char *text,
                          fnr_search_scope scope, size_t limit, fnr_search_result **out,
                          fnr_error *err);
fnr_status fnr__sq_profile(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_profile **out,
                           fnr_error *err);
fnr_status fnr__sq_events(fnr_store *s, const fnr_viewer *v, const fnr_event_filter *f,
                          int64_t actor, int64_t target, int64_t place, int64_t entity,
                          fnr_event_list **out, fnr_error *err);
fnr_status fnr__sq_stats(fnr_store *s, const fnr_viewer *v, fnr_stats_by by,
                         const fnr_event_filter *f, int64_t actor, int64_t target, int64_t place,
                         int64_t entity, fnr_stats **out, fnr_error *err);
fnr_status fnr__sq_timeline(fnr_store *s, const fnr_viewer *v, int64_t id, const char *since,
                            const char *until, fnr_timeline **out, fnr_error *err);
fnr_status fnr__sq_doc(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_doc_view **out,
                       fnr_error *err);
fnr_status fnr__sq_conflicts(fnr_store *s, const fnr_viewer *v, bool include_closed,
                             fnr_conflict_list **out, fnr_error *err);

#endif
