/*
 * fener knowledge base: reports ingested into a lasting store, entities
 * resolved across reports, and the queries analysts ask.
 *
 *     fnr_kb *kb = NULL;
 *     fnr_kb_open("fener.db", &(fnr_kb_open_opts){ .create = true }, &kb, &err);
 *     fnr_kb_ingest(kb, paths, n_paths, &opts, &stats, &err);
 *     fnr_profile *p = NULL;
 *     fnr_kb_entity(kb, NULL, "MİT", &p, &err);
 *     ...
 *     fnr_profile_free(p);
 *     fnr_kb_close(kb);
 *
 * Every read takes a viewer (who is asking). NULL is the store's owner with
 * full view; the markings layer adds restricted viewers, and filters by them
 * inside the store's queries.
 *
 * Results are heap objects owning all their strings; free each with its
 * _free function. Strings in results are UTF-8; dates are "YYYY",
 * "YYYY-MM" or "YYYY-MM-DD", or NULL when unknown.
 */
#ifndef FENER_KB_H
#define FENER_KB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fener/extract.h"
#include "fener/status.h"

typedef struct fnr_kb fnr_kb;

/* Who is asking; NULL = the store's owner (full view). Made from an
 * account with fnr_kb_viewer_user / _token / _password (see "accounts"). */
typedef struct fnr_viewer fnr_viewer;

/* ---- markings ------------------------------------------------------------- */

/*
 * The markings of a document, and so of every fact it is evidence for.
 * Classification is one of the store's ordered levels (by default
 * UNCLASSIFIED < RESTRICTED < CONFIDENTIAL < SECRET < TOP SECRET); a viewer
 * needs a clearance at least as high. Compartments: a viewer needs every
 * one. Releasability (REL TO partner codes): a partner viewer needs its code
 * in the set; a home viewer is not restricted by it. TLP (clear, green,
 * amber, amber+strict, red) governs sharing outward. Each field left NULL
 * (or with n_* 0) takes the store's default for that field.
 */
typedef struct fnr_markings {
    const char *classification;
    const char *const *compartments;
    size_t n_compartments;
    const char *const *rel_to;
    size_t n_rel_to;
    const char *tlp;
} fnr_markings;

/* ---- opening ------------------------------------------------------------ */

typedef struct fnr_kb_open_opts {
    bool create;   /* create the store if the file does not exist */
    bool readonly; /* open for queries only */
} fnr_kb_open_opts;

/*
 * The store path: `path` if not NULL, else $FENER_DB, else "./fener.db".
 * Returns a borrowed string.
 */
const char *fnr_kb_path(const char *path);

/*
 * Creates a new store at path. FNR_EXISTS if a fener store is already there
 * (it is left untouched); FNR_BADINPUT if the file exists and is not a fener
 * store.
 */
fnr_status fnr_kb_init(const char *path, fnr_error *err);

/*
 * Opens a store. A store of an older schema version is migrated in one
 * transaction; a newer one is refused (FNR_UNSUPPORTED) with a message naming
 * both versions. A file that is not a fener store, or is corrupt, gives
 * FNR_BADINPUT; a missing file without opts->create gives FNR_NOINPUT.
 */
fnr_status fnr_kb_open(const char *path, const fnr_kb_open_opts *opts, fnr_kb **out,
                       fnr_error *err);
void fnr_kb_close(fnr_kb *kb); /* NULL is fine */

/* The schema version this build writes, and the one of an open store. */
int fnr_kb_schema_version(void);
int fnr_kb_store_version(const fnr_kb *kb);

/* Runs the store's own consistency check (PRAGMA integrity_check and
 * foreign keys for SQLite). FNR_OK when clean; else the first problem. */
fnr_status fnr_kb_check(fnr_kb *kb, fnr_error *err);

/* ---- ingest ------------------------------------------------------------- */

typedef struct fnr_ingest_meta {
    const char *source; /* who published or reported it ("Daily Sabah", "HUMINT-7") */
    const char *url;
    const char *date;  /* "YYYY-MM-DD": overrides the date found in the text */
    const char *title; /* overrides the title found in the text */
    char reliability;  /* Admiralty code of the source, 'A'..'F', or 0 */
    int credibility;   /* Admiralty code of the report, 1..6, or 0 */
} fnr_ingest_meta;

typedef struct fnr_ingest_progress {
    size_t docs_done;  /* documents finished (added, duplicate or failed) */
    size_t docs_total; /* documents found so far; grows while directories are walked */
    size_t bytes_done;
    size_t bytes_total;
    double seconds; /* since the ingest started */
    bool final;     /* the last call */
    bool indexing;  /* the documents are in; a bulk ingest is making its indexes */
} fnr_ingest_progress;

/* Whether an ingest defers the indexes only queries read (see bulk). */
typedef enum fnr_bulk_mode {
    FNR_BULK_AUTO =
        0, /* when the input holds at least 2,000 documents and a quarter of the store */
    FNR_BULK_ON,
    FNR_BULK_OFF,
} fnr_bulk_mode;

typedef struct fnr_ingest_opts {
    fnr_ingest_meta meta;       /* applies to every document (JSON lines may override) */
    fnr_markings markings;      /* of every document of this ingest */
    const fnr_viewer *who;      /* who ingests, for the audit log; NULL = the owner */
    const char *const *include; /* glob patterns for files found in directories ("*.txt") */
    size_t n_include;           /* 0 = every regular file */
    size_t batch;               /* documents per transaction; 0 = 1000 */
    int threads;                /* extraction threads; 0 = one per core */
    size_t max_bytes;           /* per document; 0 = 16 MiB */
    bool lenient;               /* repair invalid UTF-8 instead of refusing the document */
    /* A bulk ingest drops the indexes only queries read (events by type,
     * date and place, entity_docs and event arguments by entity, relations
     * by end) and makes them again at the end, sorting each table once:
     * several times cheaper than an index insert per row when the input is
     * large next to the store. Meanwhile queries of other processes still
     * answer, more slowly. A killed bulk ingest leaves them to the next
     * read-write open. */
    fnr_bulk_mode bulk;
    fnr_input_format format;  /* for files and stdin; JSON lines are detected */
    const char *const *dicts; /* extra dictionaries */
    size_t n_dicts;
    /* Called from the writer thread about every 100 ms and once at the end. */
    void (*progress)(void *ctx, const fnr_ingest_progress *p);
    void *progress_ctx;
    /* Called once per failed document (path, or "path:line" for JSON lines). */
    void (*on_error)(void *ctx, const char *where, const fnr_error *err);
    void *error_ctx;
} fnr_ingest_opts;

typedef struct fnr_ingest_stats {
    size_t docs_seen;
    size_t docs_added;
    size_t docs_duplicate; /* same content hash as a stored document: not stored again */
    size_t docs_failed;
    size_t bytes;           /* of the documents added */
    size_t entities_new;    /* entities created */
    size_t entities_joined; /* extracted entities that joined an existing one */
    size_t mentions, events, relations;
    size_t conflicts; /* new merge candidates recorded */
    size_t batches;
    double seconds;       /* all of it, index_seconds included */
    bool bulk;            /* the indexes were deferred */
    double index_seconds; /* making them again at the end */
} fnr_ingest_stats;

/*
 * Ingests files, directories (recursively, filtered by opts->include),
 * "-" (standard input), plain text, HTML, and JSON lines of
 * {"text": ..., "title": ..., "date": ..., "source": ..., "url": ...}.
 * Extraction runs on opts->threads threads; one writer stores the results in
 * input order, one transaction per batch, so a crash leaves whole batches
 * only. A document already stored (same sha256 of its bytes) is counted as a
 * duplicate and not stored again. A failing document is reported through
 * on_error and skipped; the call then returns FNR_BADINPUT (or the status
 * of the first failure) with stats filled, after storing all the others.
 * Errors of the store itself (disk full, I/O) stop the ingest: the current
 * batch is rolled back and the error returned.
 */
fnr_status fnr_kb_ingest(fnr_kb *kb, const char *const *paths, size_t n_paths,
                         const fnr_ingest_opts *opts, fnr_ingest_stats *out, fnr_error *err);

/*
 * A bulk load made of several ingests (one per marking, say): the query
 * indexes are dropped once by bulk_begin and made again by bulk_end (its
 * time in *seconds, which may be NULL), and the ingests between leave them
 * alone whatever their bulk option. fnr_kb_close ends a bulk load left
 * open; a process killed in between leaves them to the next read-write open.
 */
fnr_status fnr_kb_bulk_begin(fnr_kb *kb, fnr_error *err);
fnr_status fnr_kb_bulk_end(fnr_kb *kb, double *seconds, fnr_error *err);

/*
 * Counts the documents (and their bytes) an ingest of paths will read,
 * walking directories as it does (hidden entries and links to directories
 * skipped, files filtered by opts->include); a file of JSON lines counts one
 * document a KB. Stops once *n_docs reaches limit (0 = no limit). Standard
 * input and unreadable paths count nothing. For progress bars and the bulk
 * decision; no errors.
 */
void fnr_kb_ingest_estimate(const char *const *paths, size_t n_paths, const fnr_ingest_opts *opts,
                            size_t limit, size_t *n_docs, size_t *n_bytes);

/* ---- rows shared by queries ---------------------------------------------- */

typedef struct fnr_doc_row {
    int64_t id;
    const char *title;
    const char *date;
    const char *source;
    const char *url;
    char reliability; /* 'A'..'F' or 0 */
    int credibility;  /* 1..6 or 0 */
    const char *sha256;
    long mentions;       /* mentions of the entity in question, where relevant */
    const char *marking; /* banner: "SECRET//ALPHA//REL TO FRA, NLD//TLP:AMBER" */
} fnr_doc_row;

typedef struct fnr_entity_ref {
    int64_t id;
    fnr_entity_type type;
    const char *name;
} fnr_entity_ref;

typedef struct fnr_event_row {
    int64_t id;
    int64_t doc_id;
    const char *doc_title;
    fnr_event_type type;
    const char *cameo;
    const char *date;
    const char *date_end;
    const char *precision;
    fnr_entity_ref location; /* id 0 when none */
    fnr_entity_ref *actors;
    size_t n_actors;
    fnr_entity_ref *targets;
    size_t n_targets;
    long count;        /* -1 when not stated */
    const char *text;  /* the sentence */
    size_t start, end; /* bytes of the sentence in the document */
    double confidence;
    const char *rule;
} fnr_event_row;

/* ---- search ------------------------------------------------------------- */

typedef enum fnr_search_scope {
    FNR_SEARCH_ALL = 0,
    FNR_SEARCH_PERSON = FNR_ENTITY_PERSON,
    FNR_SEARCH_ORGANIZATION = FNR_ENTITY_ORGANIZATION,
    FNR_SEARCH_LOCATION = FNR_ENTITY_LOCATION,
    FNR_SEARCH_DOCUMENT = 10,
} fnr_search_scope;

typedef struct fnr_entity_hit {
    int64_t id;
    fnr_entity_type type;
    const char *name;
    const char *kind;
    const char *country;
    const char *matched; /* the alias the query matched */
    long mentions;
    long documents;
} fnr_entity_hit;

typedef struct fnr_doc_hit {
    fnr_doc_row doc;
    const char *snippet; /* with the matches between "[" and "]" */
    double rank;         /* -(saturated term frequency); smaller is better */
} fnr_doc_hit;

typedef struct fnr_search_result {
    fnr_entity_hit *entities;
    size_t n_entities;
    fnr_doc_hit *docs;
    size_t n_docs;
    void *internal;
} fnr_search_result;

/*
 * Entities whose names or aliases match `text` by match key (whole key
 * first (the 200 that most reports call so), then prefix: at most 400
 * distinct prefix matches are weighed),
 * ranked by mentions; documents by full-text search, ranked (term frequency) among
 * the latest 200 matching reports the viewer may see,
 * with a tokenizer that folds exactly as match keys do ("MIT" finds "MİT").
 * limit 0 = 20 of each.
 */
fnr_status fnr_kb_search(fnr_kb *kb, const fnr_viewer *viewer, const char *text,
                         fnr_search_scope scope, size_t limit, fnr_search_result **out,
                         fnr_error *err);
void fnr_search_result_free(fnr_search_result *r);

/* ---- entity profile ----------------------------------------------------- */

typedef struct fnr_alias_source {
    int64_t doc_id;
    const char *doc_title;
    const char *source;
    const char *date;
} fnr_alias_source;

typedef struct fnr_alias_row {
    const char *surface;
    long reports;              /* the visible reports that assert this alias */
    fnr_alias_source *sources; /* the newest of them, at most 10 */
    size_t n_sources;
} fnr_alias_row;

typedef struct fnr_relation_row {
    fnr_relation_type type;
    bool outgoing; /* the profiled entity is the source */
    fnr_entity_ref other;
    const char *role;
    long evidence;    /* how many statements support it */
    int64_t doc_id;   /* one of them */
    const char *text; /* its words */
} fnr_relation_row;

typedef struct fnr_cooccur_row {
    fnr_entity_ref other;
    long sentences; /* sentences naming both */
} fnr_cooccur_row;

typedef struct fnr_profile {
    int64_t id;
    fnr_entity_type type;
    const char *name;
    const char *kind;
    const char *country;
    bool has_coords;
    double lat, lon;
    const char *first_seen; /* earliest document date */
    const char *last_seen;
    long n_mentions;
    long n_documents;
    int64_t merged_into;    /* 0, or the entity this one was merged into */
    fnr_alias_row *aliases; /* the most asserted first, at most 50 */
    size_t n_aliases;
    size_t n_aliases_total; /* every visible alias, listed or not */
    fnr_event_row *events;  /* newest first (by date), at most 50 */
    size_t n_events;
    fnr_relation_row *relations;
    size_t n_relations;
    fnr_cooccur_row *cooccur; /* most often in the same sentence (over its latest
                                 1,000 sentences), at most 10 */
    size_t n_cooccur;
    fnr_doc_row *docs; /* newest first, at most 20 */
    size_t n_docs;
    void *internal;
} fnr_profile;

/*
 * The profile of one entity by id ("42", "e42") or name/alias (match key;
 * the entity with most mentions when several match). FNR_NOTFOUND when none
 * is visible; err->hint then suggests close names ("did you mean ...").
 */
fnr_status fnr_kb_entity(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                         fnr_profile **out, fnr_error *err);
void fnr_profile_free(fnr_profile *p);

/* ---- events and statistics ------------------------------------------------ */

typedef struct fnr_event_filter {
    fnr_event_type type; /* 0 = any */
    const char *actor;   /* name, alias or id */
    const char *target;
    const char *place;
    const char *entity; /* actor, target or place */
    const char *since;  /* "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive */
    const char *until;  /* inclusive */
    size_t limit;       /* 0 = 100 */
    size_t offset;
} fnr_event_filter;

typedef struct fnr_event_list {
    fnr_event_row *rows; /* by date, newest first; undated last */
    size_t n_rows;
    size_t total;      /* matching rows without limit/offset, counted up to FNR_EVENTS_TOTAL_MAX */
    bool total_capped; /* more than FNR_EVENTS_TOTAL_MAX match (total is then that number) */
    void *internal;
} fnr_event_list;

/* Counting every match of a broad filter over millions of events would
 * cost more than the page shown: totals stop at this number. */
#define FNR_EVENTS_TOTAL_MAX 1000

/* An unknown actor/target/place name gives FNR_NOTFOUND with a hint. */
fnr_status fnr_kb_events(fnr_kb *kb, const fnr_viewer *viewer, const fnr_event_filter *filter,
                         fnr_event_list **out, fnr_error *err);
void fnr_event_list_free(fnr_event_list *l);

typedef enum fnr_stats_by {
    FNR_STATS_YEAR = 1,
    FNR_STATS_MONTH,
    FNR_STATS_TYPE,
    FNR_STATS_ACTOR,
    FNR_STATS_PLACE,
} fnr_stats_by;

typedef struct fnr_stats_row {
    const char *key;   /* "2023", "2023-12", "arrest", an entity name; "(undated)" */
    int64_t entity_id; /* for actor/place, else 0 */
    long events;
    long persons; /* sum of the stated counts */
    long documents;
} fnr_stats_row;

typedef struct fnr_stats {
    fnr_stats_row *rows; /* by key for year/month, by events descending otherwise */
    size_t n_rows;
    long events, persons, documents; /* totals */
    void *internal;
} fnr_stats;

fnr_status fnr_kb_stats(fnr_kb *kb, const fnr_viewer *viewer, fnr_stats_by by,
                        const fnr_event_filter *filter, fnr_stats **out, fnr_error *err);
void fnr_stats_free(fnr_stats *s);

/* ---- timeline and documents ----------------------------------------------- */

typedef struct fnr_timeline_row {
    const char *date;    /* of the event, else of the document */
    bool is_event;       /* else a mention in a document */
    fnr_event_type type; /* events */
    const char *text;    /* the sentence */
    int64_t doc_id;
    const char *doc_title;
    int64_t event_id; /* 0 for mentions */
} fnr_timeline_row;

typedef struct fnr_timeline {
    fnr_entity_ref entity;
    fnr_timeline_row *rows; /* oldest first; undated last */
    size_t n_rows;
    void *internal;
} fnr_timeline;

fnr_status fnr_kb_timeline(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                           fnr_timeline **out, fnr_error *err);
/* The same within a date window: since and until (YYYY, YYYY-MM or
 * YYYY-MM-DD, inclusive; NULL or "" leaves that end open). With either end
 * given, undated rows are left out. */
fnr_status fnr_kb_timeline_between(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                                   const char *since, const char *until, fnr_timeline **out,
                                   fnr_error *err);
void fnr_timeline_free(fnr_timeline *t);

typedef struct fnr_doc_fact {
    size_t start, end;     /* bytes of the document text */
    fnr_entity_ref entity; /* the mentioned entity */
    const char *rule;
} fnr_doc_fact;

typedef struct fnr_doc_view {
    fnr_doc_row doc;
    const char *text;
    size_t text_len;
    fnr_doc_fact *mentions; /* in text order */
    size_t n_mentions;
    fnr_event_row *events;
    size_t n_events;
    void *internal;
} fnr_doc_view;

fnr_status fnr_kb_doc(fnr_kb *kb, const fnr_viewer *viewer, int64_t id, fnr_doc_view **out,
                      fnr_error *err);
void fnr_doc_view_free(fnr_doc_view *v);

/* ---- resolution decisions ------------------------------------------------- */

typedef struct fnr_conflict_row {
    int64_t id;
    fnr_entity_ref a, b; /* two entities a new alias would join */
    const char *surface; /* the alias */
    int64_t doc_id;      /* the report that asserted it */
    const char *status;  /* "open", "merged", "rejected" */
} fnr_conflict_row;

typedef struct fnr_conflict_list {
    fnr_conflict_row *rows;
    size_t n_rows;
    void *internal;
} fnr_conflict_list;

fnr_status fnr_kb_conflicts(fnr_kb *kb, const fnr_viewer *viewer, bool include_closed,
                            fnr_conflict_list **out, fnr_error *err);
void fnr_conflict_list_free(fnr_conflict_list *l);

/*
 * Merges entity b into a (ids or names): b's mentions, aliases, events and
 * relations move to a; b remains as a record pointing to a. Nothing is
 * lost: fnr_kb_split undoes it. Both decisions go to the audit trail with
 * `who` and `note`.
 */
fnr_status fnr_kb_merge(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err);

/* Undoes the merge of b into a: what came from b goes back to b. */
fnr_status fnr_kb_split(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err);

/* ---- markings: the store's configuration and analysts' facts --------------- */

/* The store's classification levels, lowest first (borrowed until close). */
fnr_status fnr_kb_levels(fnr_kb *kb, const char *const **out, size_t *out_n, fnr_error *err);

/*
 * Replaces the level names (lowest first, 2..16 distinct names). Only the
 * owner; refused (FNR_INVALID) when stored documents use a level that the
 * new list would not have. Audited.
 */
fnr_status fnr_kb_set_levels(fnr_kb *kb, const fnr_viewer *who, const char *const *names, size_t n,
                             fnr_error *err);

/* The store's default markings, applied to fields an ingest leaves NULL. */
fnr_status fnr_kb_set_default_markings(fnr_kb *kb, const fnr_viewer *who, const fnr_markings *m,
                                       fnr_error *err);
/* The banner of the defaults, written into buf. */
fnr_status fnr_kb_default_markings(fnr_kb *kb, char *buf, size_t size, fnr_error *err);

/* Changes the markings of a stored document (and so of all its facts).
 * Only the owner. Audited with the old and new banners. */
fnr_status fnr_kb_mark(fnr_kb *kb, const fnr_viewer *who, int64_t doc_id, const fnr_markings *m,
                       fnr_error *err);

/*
 * An analyst's note: stored as a document (format "note", source
 * "analyst:NAME") with the markings given, and read by the extractor like
 * any report. *out_doc is its id.
 */
fnr_status fnr_kb_note(fnr_kb *kb, const fnr_viewer *who, const char *text, const char *title,
                       const fnr_markings *m, int64_t *out_doc, fnr_error *err);

/*
 * An analyst's relation between two visible entities, with the analyst as
 * provenance. Stored with a note document stating it; its markings are the
 * ones given combined with those of the evidence document (highest level,
 * union of compartments, intersection of releasability), so the link is
 * never seen by someone who may not see its evidence. evidence_doc 0 = none.
 */
fnr_status fnr_kb_link(fnr_kb *kb, const fnr_viewer *who, const char *a, const char *b,
                       fnr_relation_type type, const char *role, int64_t evidence_doc,
                       const char *note, const fnr_markings *m, int64_t *out_doc, fnr_error *err);

/* ---- accounts ----------------------------------------------------------------- */

#define FNR_TOKEN_LEN 43 /* printable characters of an API token */

typedef struct fnr_user_spec {
    const char *name;
    const char *clearance; /* a level name */
    const char *const *compartments;
    size_t n_compartments;
    const char *partner;  /* partner code (e.g. "FRA"); NULL = home viewer */
    const char *password; /* NULL = none (tokens only); hashed with Argon2id
                           * (interactive limits; FENER_PWHASH_FAST=1 in the
                           * environment: the minimum, for tests only) */
} fnr_user_spec;

typedef struct fnr_user_row {
    int64_t id;
    const char *name;
    const char *clearance;
    const char *const *compartments;
    size_t n_compartments;
    const char *partner; /* NULL = home */
    bool disabled;
    bool has_password;
    long tokens; /* live tokens */
    const char *created_at;
} fnr_user_row;

typedef struct fnr_user_list {
    fnr_user_row *rows; /* by name */
    size_t n_rows;
    void *internal;
} fnr_user_list;

/* Account changes are the owner's (who == NULL); others get FNR_DENIED.
 * Each is audited. A taken name gives FNR_EXISTS; an unknown level
 * FNR_INVALID naming the store's levels. */
fnr_status fnr_kb_user_add(fnr_kb *kb, const fnr_viewer *who, const fnr_user_spec *u,
                           fnr_error *err);
fnr_status fnr_kb_user_disable(fnr_kb *kb, const fnr_viewer *who, const char *name, bool disabled,
                               fnr_error *err);
fnr_status fnr_kb_user_list(fnr_kb *kb, const fnr_viewer *who, fnr_user_list **out, fnr_error *err);
void fnr_user_list_free(fnr_user_list *l);

/* A new random token for user `name`, written into out (shown once: only
 * its hash is stored). */
fnr_status fnr_kb_token_create(fnr_kb *kb, const fnr_viewer *who, const char *name,
                               const char *label, char out[FNR_TOKEN_LEN + 1], fnr_error *err);

/*
 * The viewer of an account: by name (the local CLI's --as), by token, or by
 * name and password. Unknown or disabled accounts, wrong tokens and wrong
 * passwords give FNR_DENIED with one message that does not say which.
 */
fnr_status fnr_kb_viewer_user(fnr_kb *kb, const char *name, fnr_viewer **out, fnr_error *err);
fnr_status fnr_kb_viewer_token(fnr_kb *kb, const char *token, fnr_viewer **out, fnr_error *err);
fnr_status fnr_kb_viewer_password(fnr_kb *kb, const char *name, const char *password,
                                  fnr_viewer **out, fnr_error *err);
void fnr_viewer_free(fnr_viewer *v);
/* The account name, "owner" for NULL. */
const char *fnr_viewer_name(const fnr_viewer *v);

/* ---- audit ------------------------------------------------------------------------ */

typedef struct fnr_audit_row {
    int64_t seq;
    const char *at; /* "YYYY-MM-DDTHH:MM:SSZ" */
    const char *user;
    const char
        *action;      /* ingest, read, export, share, marking, account, merge, split, note, link */
    const char *what; /* the query or the change, readable */
    long facts;       /* facts returned (reads), documents (ingest), else 0 */
    const int64_t *docs; /* documents the facts came from */
    size_t n_docs;
    const char *hash; /* hex BLAKE2b-256 of this record chained to the previous */
} fnr_audit_row;

typedef struct fnr_audit_list {
    fnr_audit_row *rows; /* oldest first */
    size_t n_rows;
    void *internal;
} fnr_audit_list;

typedef struct fnr_audit_filter {
    const char *since; /* "YYYY-MM-DD" or a full timestamp, inclusive */
    const char *user;
    const char *action;
    size_t limit; /* 0 = all */
} fnr_audit_filter;

/* The owner's only (others: FNR_DENIED). Listing is itself audited. */
fnr_status fnr_kb_audit_list(fnr_kb *kb, const fnr_viewer *who, const fnr_audit_filter *f,
                             fnr_audit_list **out, fnr_error *err);
void fnr_audit_list_free(fnr_audit_list *l);

/*
 * Recomputes the chain. FNR_OK when every record is intact, in order and
 * none is missing (also checked against the head kept in the store's
 * metadata); else FNR_BADINPUT with a message naming the first bad record
 * (*bad_seq) and what is wrong with it. *checked counts the records read.
 * expect_head, when not NULL, is a head the caller kept elsewhere, as
 * fnr_kb_audit_head gives it ("SEQ:HEX") or the hash alone (64 hex
 * digits): verify also fails if the chain does not contain it (that
 * catches a tail cut off together with the store's own head). A malformed
 * expect_head gives FNR_INVALID.
 */
fnr_status fnr_kb_audit_verify(fnr_kb *kb, const char *expect_head, int64_t *bad_seq,
                               size_t *checked, fnr_error *err);

/* The last record's sequence number and hash (hex, 64 chars + NUL); 0 and
 * 64 zeros when the log is empty. */
fnr_status fnr_kb_audit_head(fnr_kb *kb, int64_t *seq, char hash[65], fnr_error *err);

#endif
