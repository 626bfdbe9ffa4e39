/*
 * Deferred indexes for a bulk ingest. A report costs about a hundred inserts
 * into indexes that only queries read (events by type, date and place, event
 * arguments and entity_docs by entity and date, aliases by entity, relations
 * by end): each lands at a random page, so a large ingest spends most of its
 * SQL time there. A
 * bulk ingest drops them first and makes them again at the end, where
 * CREATE INDEX sorts each table once (docs/internals/store.md, "Deferred
 * indexes").
 *
 * Crash safety: dropping records each index's CREATE statement in meta
 * ("deferred_index:NAME") and who dropped it ("deferred_by": host and pid)
 * in the same transaction, and making them again deletes those keys in the
 * transaction that creates them. A process killed in between leaves a store
 * that answers every query (more slowly) and passes integrity_check; the
 * next read-write open on the same host, once that process is gone, makes
 * the indexes again (fnr__sq_deferred_recover).
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

/* The indexes no writer reads; the ones resolution and duplicate checks use
 * (entities_key, alias_keys, the documents' sha256, the primary keys) stay. */
static const char *const DEFERRABLE[] = {
    "documents_date",
    "aliases_entity",
    "alias_keys_entity",
    "candidates_b",
    "entity_docs_date",
    "events_doc",
    "events_date",
    "events_type",
    "events_location",
    "event_args_entity",
    "relations_source",
    "relations_target",
    "relations_doc",
    "relations_source_recent",
    "relations_target_recent",
};

#define N_DEFERRABLE (sizeof DEFERRABLE / sizeof DEFERRABLE[0])
#define META_PREFIX  "deferred_index:"

/* "host pid" of this process. */
static void owner_tag(char *out, size_t cap)
{
    char host[256] = "";
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    host[sizeof host - 1] = '\0';
    snprintf(out, cap, "%s %ld", host[0] ? host : "-", (long)getpid());
}

static fnr_status index_exists(fnr_sqlite *h, const char *name, bool *out, fnr_error *err)
{
    STMT_OR_RETURN(st, h, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                   err);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int r = sqlite3_step(st);
    *out = r == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
    sqlite3_reset(st);
    return r == SQLITE_ROW ? FNR_OK : fnr__sq_error(h, r, "read the schema", err);
}

static fnr_status drop_all(fnr_sqlite *h, fnr_error *err)
{
    char tag[320];
    owner_tag(tag, sizeof tag);
    fnr_status rc = fnr__sq_meta_set(&h->base, "deferred_by", tag, err);
    for (size_t i = 0; rc == FNR_OK && i < N_DEFERRABLE; i++) {
        STMT_OR_RETURN(st, h, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                       err);
        sqlite3_bind_text(st, 1, DEFERRABLE[i], -1, SQLITE_STATIC);
        int r = sqlite3_step(st);
        if (r == SQLITE_DONE) {
            sqlite3_reset(st);
            continue; /* already dropped (by another bulk ingest), or not in this schema */
        }
        if (r != SQLITE_ROW) {
            rc = fnr__sq_error(h, r, "read the schema", err);
            sqlite3_reset(st);
            break;
        }
        char *sql = fnr_strdup((const char *)sqlite3_column_text(st, 0));
        sqlite3_reset(st);
        if (!sql)
            return fnr_error_set(err, FNR_NOMEM, "out of memory");
        char key[128], drop[160];
        snprintf(key, sizeof key, META_PREFIX "%s", DEFERRABLE[i]);
        snprintf(drop, sizeof drop, "DROP INDEX \"%s\"", DEFERRABLE[i]);
        rc = fnr__sq_meta_set(&h->base, key, sql, err);
        fnr_free(sql);
        if (rc == FNR_OK)
            rc = fnr__sq_exec(h, drop, "drop an index for the bulk ingest", err);
    }
    return rc;
}

/* Makes every recorded index that does not exist, and forgets the records. */
static fnr_status create_all(fnr_sqlite *h, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    for (size_t i = 0; rc == FNR_OK && i < N_DEFERRABLE; i++) {
        char key[128];
        snprintf(key, sizeof key, META_PREFIX "%s", DEFERRABLE[i]);
        char *sql = NULL;
        rc = fnr__sq_meta_get(&h->base, key, &sql, err);
        if (rc != FNR_OK || !sql)
            continue;
        bool exists = false;
        rc = index_exists(h, DEFERRABLE[i], &exists, err);
        if (rc == FNR_OK && !exists)
            rc = fnr__sq_exec(h, sql, "make an index again after the bulk ingest", err);
        fnr_free(sql);
        if (rc == FNR_OK)
            rc = fnr__sq_meta_set(&h->base, key, NULL, err);
    }
    if (rc == FNR_OK)
        rc = fnr__sq_meta_set(&h->base, "deferred_by", NULL, err);
    return rc;
}

fnr_status fnr__sq_defer_indexes(fnr_store *s, bool defer, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    if (h->readonly)
        return fnr_error_set(err, FNR_UNSUPPORTED, "store \"%s\" is open read-only", h->path);
    if (h->in_tx)
        return fnr_error_set(err, FNR_INTERNAL, "a transaction is already open on \"%s\"", h->path);
    /* CREATE INDEX sorts with helper threads when allowed to. */
    long nc = sysconf(_SC_NPROCESSORS_ONLN);
    char threads[64];
    snprintf(threads, sizeof threads, "PRAGMA threads = %ld", nc > 1 ? (nc < 8 ? nc : 8) : 0);
    fnr_status rc = fnr__sq_exec(h, threads, "set up the connection", err);
    /* CREATE INDEX feeds every key to SQLite's sorter. With temp_store =
     * MEMORY (the connection's setting, for queries) the sorter allocates
     * each key on its own and sorts them in one list; with FILE it packs
     * them into one growing block and, past the page cache's size, sorts
     * runs on the helper threads and spills them to temporary files. The
     * twelve indexes of a 10k store took 0.84 s of CPU that way against
     * 0.97 s (three interleaved rounds each, the sqlite3 shell).
     * The run sorted in memory before it goes to a file is as large as the
     * page cache (256 MiB): at 100k reports most keys of an index fit in
     * one, sorted as one list far larger than the CPU's caches. With an 8
     * MiB page cache while the indexes are made, the sorter sorts 8 MiB
     * runs (on the helper threads) and merges them: the fifteen indexes
     * of the 100k store took 13.9 and 16.0 s of CPU against 19.1 and
     * 20.1 s, 17 and 28 s instead of 36 and 40 s of wall time (the sqlite3
     * shell, alternating, load average 5). */
    if (rc == FNR_OK && !defer)
        rc = fnr__sq_exec(h, "PRAGMA temp_store = FILE", "set up the connection", err);
    if (rc == FNR_OK && !defer)
        rc = fnr__sq_exec(h, "PRAGMA cache_size = -" SQ_SORT_CACHE_KIB, "set up the connection",
                          err);
    if (rc == FNR_OK)
        rc = fnr__sq_exec(h, "BEGIN IMMEDIATE",
                          defer ? "begin the bulk ingest" : "end the bulk ingest", err);
    if (rc == FNR_OK) {
        rc = defer ? drop_all(h, err) : create_all(h, err);
        if (rc == FNR_OK)
            rc = fnr__sq_exec(h, "COMMIT", defer ? "begin the bulk ingest" : "end the bulk ingest",
                              err);
        if (rc != FNR_OK)
            fnr__sq_exec(h, "ROLLBACK", "roll back", NULL);
    }
    if (rc == FNR_OK)
        h->indexes_deferred = defer;
    if (!defer) {
        fnr_error te;
        fnr_status ts = fnr__sq_exec(h,
                                     "PRAGMA temp_store = MEMORY;"
                                     " PRAGMA cache_size = -" SQ_CACHE_KIB,
                                     "set up the connection", &te);
        if (ts != FNR_OK && rc == FNR_OK) {
            rc = ts;
            if (err)
                *err = te;
        }
    }
    return rc;
}

fnr_status fnr__sq_deferred_recover(fnr_sqlite *h, fnr_error *err)
{
    char *by = NULL;
    fnr_status rc = fnr__sq_meta_get(&h->base, "deferred_by", &by, err);
    if (rc != FNR_OK || !by)
        return rc;
    /* Only a dead owner's indexes: a live one makes them at its end. */
    char mine[320];
    owner_tag(mine, sizeof mine);
    const char *sp = strrchr(by, ' '), *msp = strrchr(mine, ' ');
    bool same_host = sp && msp && sp - by == msp - mine && memcmp(by, mine, (size_t)(sp - by)) == 0;
    long pid = sp ? strtol(sp + 1, NULL, 10) : 0;
    bool gone =
        same_host && pid > 0 && pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
    fnr_free(by);
    if (!gone)
        return FNR_OK;
    fprintf(stderr, "fener: making the indexes an interrupted bulk ingest left out of \"%s\"\n",
            h->path);
    return fnr__sq_defer_indexes(&h->base, false, err);
}

fnr_status fnr__sq_docs_max(fnr_store *s, int64_t *out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = 0;
    STMT_OR_RETURN(st, h, "SELECT coalesce(max(id), 0) FROM documents", err);
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return r == SQLITE_ROW ? FNR_OK : fnr__sq_error(h, r, "count the documents", err);
}

fnr_status fnr__sq_deferred_check(fnr_sqlite *h, fnr_error *err)
{
    char *by = NULL;
    fnr_status rc = fnr__sq_meta_get(&h->base, "deferred_by", &by, err);
    if (rc != FNR_OK)
        return rc;
    if (by) {
        /* A bulk ingest still running (a dead one's were made at the open). */
        fnr_free(by);
        return FNR_OK;
    }
    for (size_t i = 0; i < N_DEFERRABLE; i++) {
        bool exists = false;
        rc = index_exists(h, DEFERRABLE[i], &exists, err);
        if (rc != FNR_OK)
            return rc;
        if (!exists) {
            fnr_error_set(err, FNR_BADINPUT, "store \"%s\" lacks its index %s", h->path,
                          DEFERRABLE[i]);
            fnr_error_detail(err, "No bulk ingest recorded dropping it.");
            return FNR_BADINPUT;
        }
    }
    return FNR_OK;
}
