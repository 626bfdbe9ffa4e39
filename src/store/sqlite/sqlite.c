/*
 * SQLite backend of the store: opening a file (WAL, busy timeout, foreign
 * keys), recognising a fener store, creating and migrating its schema
 * through a table of steps, transactions, the consistency check, the
 * statement cache and the mapping of SQLite errors to fnr_status. The
 * inserts are in write.c, the queries in query.c, the FTS5 tokenizer in
 * fts.c; the method table at the bottom ties them together. The schema is
 * described in docs/internals/store.md.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "fener/version.h"
#include "store/sqlite/account_int.h"
#include "store/sqlite/sqlite_int.h"

/* ---- schema ----------------------------------------------------------------- */

/*
 * Step 1 creates everything. Offsets are bytes into documents.text; dates
 * are "YYYY", "YYYY-MM" or "YYYY-MM-DD" text, which sorts by time. orig_*
 * columns keep the entity a row was first written for, so a split can undo
 * a merge. entity_docs is a summary the store maintains (mentions of an
 * entity per document), not evidence: it serves profiles, timelines and
 * counts without scanning mentions (and since schema 5 it is the way from
 * an entity to its mentions). orig_* columns have no index of their own: a
 * split finds its rows through the current entity's index.
 */
static const char *const SCHEMA_V1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY,"
    " sha256 TEXT NOT NULL UNIQUE,"
    " title TEXT, date TEXT, source TEXT, url TEXT,"
    " reliability TEXT CHECK (reliability IS NULL OR reliability BETWEEN 'A' AND 'F'),"
    " credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),"
    " format TEXT, bytes INTEGER NOT NULL,"
    " ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    " batch INTEGER NOT NULL DEFAULT 0,"
    " text TEXT NOT NULL,"
    " sentences BLOB);",
    "CREATE INDEX documents_date ON documents(date);",
    "CREATE TABLE entities("
    " id INTEGER PRIMARY KEY,"
    " type INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL,"
    " kind TEXT, country TEXT, lat REAL, lon REAL,"
    " merged_into INTEGER REFERENCES entities(id),"
    " n_mentions INTEGER NOT NULL DEFAULT 0, n_docs INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));",
    "CREATE INDEX entities_key ON entities(key);",
    "CREATE INDEX entities_merged ON entities(merged_into) WHERE merged_into IS NOT NULL;",
    "CREATE TABLE aliases("
    " id INTEGER PRIMARY KEY,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " surface TEXT NOT NULL, key TEXT NOT NULL,"
    " doc_id INTEGER REFERENCES documents(id),"
    " rule TEXT,"
    " UNIQUE (entity_id, surface, doc_id));",
    "CREATE INDEX aliases_key ON aliases(key, entity_id);",
    "CREATE TABLE mentions("
    " id INTEGER PRIMARY KEY,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,"
    " rule TEXT);",
    "CREATE INDEX mentions_entity ON mentions(entity_id, doc_id, sentence);",
    "CREATE INDEX mentions_doc ON mentions(doc_id, sentence, entity_id);",
    "CREATE TABLE entity_docs("
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " date TEXT, mentions INTEGER NOT NULL, first_sentence INTEGER NOT NULL,"
    " PRIMARY KEY (entity_id, doc_id)) WITHOUT ROWID;",
    "CREATE INDEX entity_docs_date ON entity_docs(entity_id, date, doc_id);",
    "CREATE TABLE events("
    " id INTEGER PRIMARY KEY,"
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " type INTEGER NOT NULL, cameo TEXT,"
    " date TEXT, date_end TEXT, precision TEXT,"
    " location_id INTEGER REFERENCES entities(id),"
    " orig_location_id INTEGER REFERENCES entities(id),"
    " count INTEGER,"
    " sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,"
    " trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,"
    " confidence REAL NOT NULL, rule TEXT);",
    "CREATE INDEX events_date ON events(date);",
    "CREATE INDEX events_type ON events(type, date);",
    "CREATE INDEX events_location ON events(location_id, date) WHERE location_id IS NOT NULL;",
    "CREATE INDEX events_doc ON events(doc_id);",
    "CREATE TABLE event_args("
    " event_id INTEGER NOT NULL REFERENCES events(id),"
    " role INTEGER NOT NULL CHECK (role IN (0, 1)),"
    " pos INTEGER NOT NULL,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " PRIMARY KEY (event_id, role, pos)) WITHOUT ROWID;",
    "CREATE INDEX event_args_entity ON event_args(entity_id, role, event_id);",
    "CREATE TABLE relations("
    " id INTEGER PRIMARY KEY,"
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " type INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL REFERENCES entities(id),"
    " target_id INTEGER NOT NULL REFERENCES entities(id),"
    " orig_source_id INTEGER NOT NULL REFERENCES entities(id),"
    " orig_target_id INTEGER NOT NULL REFERENCES entities(id),"
    " role TEXT, sentence INTEGER NOT NULL,"
    " start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL, rule TEXT);",
    "CREATE INDEX relations_source ON relations(source_id, type, target_id);",
    "CREATE INDEX relations_target ON relations(target_id, type, source_id);",
    "CREATE INDEX relations_doc ON relations(doc_id);",
    "CREATE TABLE candidates("
    " id INTEGER PRIMARY KEY,"
    " a INTEGER NOT NULL REFERENCES entities(id),"
    " b INTEGER NOT NULL REFERENCES entities(id),"
    " surface TEXT NOT NULL, key TEXT NOT NULL,"
    " doc_id INTEGER REFERENCES documents(id),"
    " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'rejected')),"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    " UNIQUE (a, b, key));",
    "CREATE INDEX candidates_b ON candidates(b, a);",
    "CREATE TABLE merges("
    " id INTEGER PRIMARY KEY,"
    " kept INTEGER NOT NULL REFERENCES entities(id),"
    " merged INTEGER NOT NULL REFERENCES entities(id),"
    " action TEXT NOT NULL CHECK (action IN ('merge', 'split')),"
    " who TEXT, note TEXT,"
    " at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));",
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    " title, text, content='documents', content_rowid='id', tokenize='fener');",
    /* Pending terms up to 16 MiB stay in memory: a batch of reports becomes
     * one new segment at commit instead of several to merge later. */
    "INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 16777216);",
    NULL,
};

/*
 * Step 2: markings, accounts and the audit log. A document's markings live
 * in doc_marks (a narrow table: the viewer filter reads it for every fact
 * row, and documents rows carry the whole text). entity_marks is a summary
 * like entity_docs: an entity's mentions and documents per marking, so that
 * what a viewer may see of an entity is a sum over a few rows. Stores made
 * before markings get the lowest level, no compartments, no REL TO.
 */
static const char *const SCHEMA_V2[] = {
    "CREATE TABLE markings("
    " id INTEGER PRIMARY KEY,"
    " level INTEGER NOT NULL CHECK (level >= 0),"
    " compartments TEXT NOT NULL DEFAULT '', rel_to TEXT NOT NULL DEFAULT '',"
    " tlp TEXT NOT NULL DEFAULT '',"
    " UNIQUE (level, compartments, rel_to, tlp));",
    "INSERT INTO markings(id, level) VALUES (1, 0);",
    "CREATE TABLE doc_marks("
    " doc_id INTEGER PRIMARY KEY REFERENCES documents(id),"
    " marking INTEGER NOT NULL REFERENCES markings(id));",
    "INSERT INTO doc_marks(doc_id, marking) SELECT id, 1 FROM documents;",
    "CREATE TABLE entity_marks("
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " marking INTEGER NOT NULL REFERENCES markings(id),"
    " mentions INTEGER NOT NULL, docs INTEGER NOT NULL,"
    " PRIMARY KEY (entity_id, marking)) WITHOUT ROWID;",
    "INSERT INTO entity_marks(entity_id, marking, mentions, docs)"
    " SELECT entity_id, 1, sum(mentions), count(*) FROM entity_docs GROUP BY entity_id;",
    "INSERT OR REPLACE INTO meta(key, value) VALUES"
    " ('levels', 'UNCLASSIFIED,RESTRICTED,CONFIDENTIAL,SECRET,TOP SECRET');",
    "CREATE TABLE users("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " clearance INTEGER NOT NULL CHECK (clearance >= 0),"
    " compartments TEXT NOT NULL DEFAULT '',"
    " partner TEXT,"
    " password_hash TEXT,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));",
    "CREATE TABLE tokens("
    " id INTEGER PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id),"
    " hash BLOB NOT NULL UNIQUE,"
    " label TEXT,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));",
    "CREATE INDEX tokens_user ON tokens(user_id);",
    "CREATE TABLE audit("
    " seq INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " user TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " what TEXT NOT NULL DEFAULT '',"
    " facts INTEGER NOT NULL DEFAULT 0,"
    " docs TEXT NOT NULL DEFAULT '',"
    " prev BLOB NOT NULL,"
    " hash BLOB NOT NULL);",
    "CREATE INDEX audit_at ON audit(at);",
    /* Append-only through fener: a tamperer who bypasses these is caught by
     * the hash chain (fener audit verify). */
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",
    NULL,
};

/*
 * Step 3: an entity's relations newest first (by id) in each direction, so
 * that a profile reads its latest relations and not all of them.
 */
static const char *const SCHEMA_V3[] = {
    "CREATE INDEX IF NOT EXISTS relations_source_recent ON relations(source_id, id);",
    "CREATE INDEX IF NOT EXISTS relations_target_recent ON relations(target_id, id);",
    /* Events' indexes carry the document, so that a viewer's filter on it
     * (fnr_dvis) is answered from the index like the owner's count. */
    "DROP INDEX IF EXISTS events_date;",
    "DROP INDEX IF EXISTS events_type;",
    "DROP INDEX IF EXISTS events_location;",
    "CREATE INDEX events_date ON events(date, doc_id);",
    "CREATE INDEX events_type ON events(type, date, doc_id);",
    "CREATE INDEX events_location ON events(location_id, date, doc_id)"
    " WHERE location_id IS NOT NULL;",
    NULL,
};

/*
 * Step 4: aliases keyed by what asks for them. An alias row per (entity,
 * surface, report) is the provenance of a name; it lives in one B-tree
 * (WITHOUT ROWID) instead of a table and two indexes. Look-ups by match key
 * (resolving a new report's names, search, "did you mean") go to
 * alias_keys: one row per (key, entity, marking, surface) with the number of
 * reports, so a key that a hundred thousand reports use is a few rows, and
 * the viewer's filter is a test of the marking (fnr_mvis).
 */
static const char *const SCHEMA_V4[] = {
    "CREATE TABLE aliases_v4("
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " surface TEXT NOT NULL,"
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " key TEXT NOT NULL, rule TEXT,"
    " PRIMARY KEY (entity_id, surface, doc_id)) WITHOUT ROWID;",
    "INSERT OR IGNORE INTO aliases_v4(entity_id, surface, doc_id, orig_entity_id, key, rule)"
    " SELECT entity_id, surface, doc_id, orig_entity_id, key, rule FROM aliases"
    " WHERE doc_id IS NOT NULL ORDER BY entity_id, surface, doc_id;",
    "DROP TABLE aliases;",
    "ALTER TABLE aliases_v4 RENAME TO aliases;",
    "CREATE TABLE alias_keys("
    " key TEXT NOT NULL,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " marking INTEGER NOT NULL REFERENCES markings(id),"
    " surface TEXT NOT NULL,"
    " docs INTEGER NOT NULL,"
    " PRIMARY KEY (key, entity_id, marking, surface)) WITHOUT ROWID;",
    /* covering, by surface: a profile sums an entity's aliases from the
     * index alone */
    "CREATE INDEX alias_keys_entity ON alias_keys(entity_id, surface, marking, docs);",
    "INSERT INTO alias_keys(key, entity_id, marking, surface, docs)"
    " SELECT a.key, a.entity_id, dm.marking, a.surface, count(*) FROM aliases a"
    " JOIN doc_marks dm ON dm.doc_id = a.doc_id GROUP BY 1, 2, 3, 4;",
    /* An entity's events newest first from the index alone: the event's
     * date and document beside each argument, so that a profile walks its
     * latest visible events and stops. */
    "ALTER TABLE event_args ADD COLUMN date TEXT;",
    "ALTER TABLE event_args ADD COLUMN doc_id INTEGER;", /* a copy: events.doc_id is the reference
                                                          */
    "UPDATE event_args SET (date, doc_id) ="
    " (SELECT e.date, e.doc_id FROM events e WHERE e.id = event_args.event_id);",
    "DROP INDEX event_args_entity;",
    "CREATE INDEX event_args_entity ON event_args(entity_id, role, date, event_id, doc_id);",
    NULL,
};

/*
 * Schema 5: a mention is written where the document's other mentions are.
 * mentions is one B-tree keyed by (doc_id, sentence, entity_id, id), so a
 * batch's mentions are appended at the end of the file instead of going to
 * a random page of two indexes each (mentions_entity, mentions_doc): that
 * halved a bulk ingest's writer time. The way from an entity to its
 * mentions is entity_docs (one row per entity and document), which now
 * carries the sentences that name the entity as a JSON array
 * (`sentences`, descending, read with json_each), so that co-occurrence
 * goes from an entity's sentences to the other mentions of each sentence
 * along the key. Mention ids still follow the calls; meta `mention_seq`
 * holds the last one given (max(id) is no longer a look-up).
 */
static const char *const SCHEMA_V5[] = {
    "ALTER TABLE entity_docs ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';",
    /* along the old mentions_entity index, before it goes */
    "UPDATE entity_docs SET sentences = (SELECT json_group_array(sentence) FROM"
    " (SELECT DISTINCT m.sentence FROM mentions m WHERE m.entity_id = entity_docs.entity_id"
    "  AND m.doc_id = entity_docs.doc_id ORDER BY m.sentence DESC));",
    "INSERT OR REPLACE INTO meta(key, value)"
    " SELECT 'mention_seq', coalesce(max(id), 0) FROM mentions;",
    "CREATE TABLE mentions_v5("
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"
    " sentence INTEGER NOT NULL,"
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " id INTEGER NOT NULL,"
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
    " start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL, rule TEXT,"
    " PRIMARY KEY (doc_id, sentence, entity_id, id)) WITHOUT ROWID;",
    "INSERT INTO mentions_v5(doc_id, sentence, entity_id, id, orig_entity_id, start_byte,"
    " end_byte, rule) SELECT doc_id, sentence, entity_id, id, orig_entity_id, start_byte,"
    " end_byte, rule FROM mentions ORDER BY doc_id, sentence, entity_id, id;",
    "DROP TABLE mentions;",
    "ALTER TABLE mentions_v5 RENAME TO mentions;",
    NULL,
};

/*
 * Step 6: the five tables ingest fills by the hundred rows a report
 * (mentions, aliases, entity_docs, events, event_args) lose their REFERENCES
 * clauses. SQLite looked the parent row up for every reference of every
 * row inserted (about 600 look-ups a report, a fifth of the writer's time);
 * the writer now checks each distinct entity, document and event a flush
 * names once (write.c, refs_check), before it writes the rows, and
 * `check` looks for rows naming a missing parent in those tables as
 * foreign_key_check does for the others. A constraint is not part of the
 * stored rows, so the tables are not rebuilt: their CREATE statements in
 * sqlite_schema are edited, as SQLite's documentation allows for dropping
 * a FOREIGN KEY constraint (lang_altertable.html, "Making Other Kinds Of
 * Table Schema Changes"); migrate() then raises the schema cookie so that
 * every connection reads the schema again.
 */
static const char *const SCHEMA_V6[] = {
    "PRAGMA writable_schema = ON;",
    "UPDATE sqlite_master SET sql = replace(replace(replace(sql,"
    " ' REFERENCES entities(id)', ''), ' REFERENCES documents(id)', ''),"
    " ' REFERENCES events(id)', '')"
    " WHERE type = 'table' AND name IN ('mentions', 'aliases', 'entity_docs', 'events',"
    " 'event_args');",
    "PRAGMA writable_schema = OFF;",
    NULL,
};

/*
 * Step 7: aliases keyed by document. An alias row per (entity, surface,
 * report) keyed by entity went to a random page of a B-tree as large as
 * the mentions; a batch of a thousand reports dirtied most of its pages,
 * and the commit wrote them all to the WAL. Keyed (doc_id, entity_id,
 * surface), a batch's rows are appended; the way from an entity to its
 * aliases (a profile's newest reports of a surface, merge, split, alias
 * keys rebuilt) is the index aliases_entity, which a bulk ingest makes at
 * its end (bulk.c) and which is smaller than the rows it points to.
 */
static const char *const SCHEMA_V7[] = {
    "CREATE TABLE aliases_v7("
    " doc_id INTEGER NOT NULL,"
    " entity_id INTEGER NOT NULL,"
    " surface TEXT NOT NULL,"
    " orig_entity_id INTEGER NOT NULL,"
    " key TEXT NOT NULL, rule TEXT,"
    " PRIMARY KEY (doc_id, entity_id, surface)) WITHOUT ROWID;",
    "INSERT INTO aliases_v7(doc_id, entity_id, surface, orig_entity_id, key, rule)"
    " SELECT doc_id, entity_id, surface, orig_entity_id, key, rule FROM aliases"
    " ORDER BY doc_id, entity_id, surface;",
    "DROP TABLE aliases;",
    "ALTER TABLE aliases_v7 RENAME TO aliases;",
    "CREATE INDEX aliases_entity ON aliases(entity_id, surface, doc_id);",
    NULL,
};

/*
 * Migration steps: step n brings a store of version n-1 to version n. All
 * steps a store needs run in one transaction. Add a step for every schema
 * change and raise FNR_SCHEMA_VERSION in store.h with it.
 */
typedef struct sq_migration {
    int version;
    const char *const *sql; /* statements, NULL-terminated */
} sq_migration;

/* clang-format off */
static const sq_migration MIGRATIONS[] = {
    { 1, SCHEMA_V1 },
    { 2, SCHEMA_V2 },
    { 3, SCHEMA_V3 },
    { 4, SCHEMA_V4 },
    { 5, SCHEMA_V5 },
    { 6, SCHEMA_V6 },
    { 7, SCHEMA_V7 },
};
/* clang-format on */

#define N_MIGRATIONS (sizeof MIGRATIONS / sizeof MIGRATIONS[0])

/* ---- errors and statements ------------------------------------------------------ */

fnr_status fnr__sq_error(fnr_sqlite *h, int rc, const char *what, fnr_error *err)
{
    const char *path = h && h->path ? h->path : "";
    const char *msg = h && h->db ? sqlite3_errmsg(h->db) : sqlite3_errstr(rc);
    fnr_status st;
    switch (rc & 0xff) {
    case SQLITE_NOMEM:
        st = fnr_error_set(err, FNR_NOMEM, "out of memory");
        break;
    case SQLITE_FULL:
        st = fnr_error_set(err, FNR_IO, "could not write \"%s\": disk is full", path);
        fnr_error_hint(err, "Free some disk space and run the command again; the batch that "
                            "failed was rolled back.");
        break;
    case SQLITE_IOERR: {
        /* A file-size limit or a full disk shows as a write error: say which. */
        int sys = h && h->db ? sqlite3_system_errno(h->db) : 0;
        if (sys == ENOSPC || sys == EFBIG || sys == EDQUOT) {
            st = fnr_error_set(err, FNR_IO, "could not write \"%s\": %s", path,
                               sys == EFBIG ? "file size limit reached (disk full for this store)"
                                            : "disk is full");
            fnr_error_hint(err, "Free some disk space and run the command again; the batch that "
                                "failed was rolled back.");
        } else {
            st = fnr_error_set(err, FNR_IO, "could not %s in \"%s\": %s", what, path, msg);
        }
        break;
    }
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        st = fnr_error_set(err, FNR_IO, "could not %s in \"%s\": the store is locked", what, path);
        fnr_error_hint(err, "Another fener process is writing to this store; try again when it "
                            "has finished.");
        break;
    case SQLITE_NOTADB:
        st = fnr_error_set(err, FNR_BADINPUT, "\"%s\" is not a fener store", path);
        break;
    case SQLITE_CORRUPT:
        st = fnr_error_set(err, FNR_BADINPUT, "store \"%s\" is corrupt", path);
        fnr_error_detail(err, "SQLite said: %s.", msg);
        break;
    case SQLITE_READONLY:
        st = fnr_error_set(err, FNR_IO, "could not %s in \"%s\": the store is read-only", what,
                           path);
        break;
    case SQLITE_CANTOPEN:
        st = fnr_error_set(err, FNR_NOINPUT, "could not open store \"%s\": %s", path, msg);
        break;
    default:
        st = fnr_error_set(err, FNR_INTERNAL, "could not %s in \"%s\": %s", what, path, msg);
        break;
    }
    if (err)
        err->backend_code = rc;
    return st;
}

sqlite3_stmt *fnr__sq_stmt(fnr_sqlite *h, const char *sql, fnr_error *err)
{
    size_t len = strlen(sql);
    void *v = NULL;
    if (fnr_map_get(&h->stmts, sql, len, &v)) {
        sqlite3_stmt *st = v;
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v3(h->db, sql, (int)len, SQLITE_PREPARE_PERSISTENT, &st, NULL);
    if (rc != SQLITE_OK) {
        fnr__sq_error(h, rc, "prepare a query", err);
        return NULL;
    }
    if (fnr_map_put(&h->stmts, sql, len, st) != FNR_OK) {
        sqlite3_finalize(st);
        fnr_error_set(err, FNR_NOMEM, "out of memory");
        return NULL;
    }
    return st;
}

fnr_status fnr__sq_done(fnr_sqlite *h, sqlite3_stmt *st, const char *what, fnr_error *err)
{
    int rc = sqlite3_step(st);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fnr__sq_error(h, rc, what, err);
    return FNR_OK;
}

fnr_status fnr__sq_exec(fnr_sqlite *h, const char *sql, const char *what, fnr_error *err)
{
    int rc = sqlite3_exec(h->db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return fnr__sq_error(h, rc, what, err);
    return FNR_OK;
}

int fnr__sq_bind_str(sqlite3_stmt *st, int i, const char *s)
{
    if (!s)
        return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

/* fnr_sentence(text, sentences, idx): see sqlite_int.h. */
static void sq_sentence_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const unsigned char *text = sqlite3_value_blob(argv[0]);
    size_t text_len = (size_t)sqlite3_value_bytes(argv[0]);
    const unsigned char *sp = sqlite3_value_blob(argv[1]);
    size_t n = (size_t)sqlite3_value_bytes(argv[1]) / 8;
    sqlite3_int64 idx = sqlite3_value_int64(argv[2]);
    if (!text || !sp || sqlite3_value_type(argv[2]) == SQLITE_NULL || idx < 0 || (size_t)idx >= n)
        return; /* NULL */
    const unsigned char *p = sp + (size_t)idx * 8;
    size_t start = (size_t)p[0] | (size_t)p[1] << 8 | (size_t)p[2] << 16 | (size_t)p[3] << 24;
    size_t end = (size_t)p[4] | (size_t)p[5] << 8 | (size_t)p[6] << 16 | (size_t)p[7] << 24;
    if (end > text_len)
        end = text_len;
    if (start > end)
        start = end;
    sqlite3_result_text(ctx, (const char *)text + start, (int)(end - start), SQLITE_TRANSIENT);
}

int fnr__sq_functions_register(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "fnr_sentence", 3,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                      sq_sentence_fn, NULL, NULL, NULL);
}

/* ---- transactions ----------------------------------------------------------------- */

static fnr_status sq_begin(fnr_store *s, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    if (h->in_tx)
        return fnr_error_set(err, FNR_INTERNAL, "a transaction is already open on \"%s\"", h->path);
    /* IMMEDIATE takes the write lock now, so a busy store fails here (after
     * the busy timeout) and not halfway through a batch. */
    sqlite3_stmt *st = fnr__sq_stmt(h, "BEGIN IMMEDIATE", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    fnr_status rc = fnr__sq_done(h, st, "begin a transaction", err);
    if (rc == FNR_OK)
        h->in_tx = true;
    return rc;
}

static fnr_status sq_commit(fnr_store *s, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *st = fnr__sq_stmt(h, "COMMIT", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    rc = fnr__sq_done(h, st, "commit a batch", err);
    if (rc == FNR_OK)
        h->in_tx = false;
    return rc;
}

static fnr_status sq_rollback(fnr_store *s, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    fnr__sq_buffers_clear(h);
    h->in_tx = false;
    h->dm_valid = false; /* documents it cached may be gone, their ids reused */
    if (sqlite3_get_autocommit(h->db))
        return FNR_OK; /* SQLite already rolled back (e.g. after SQLITE_FULL) */
    sqlite3_stmt *st = fnr__sq_stmt(h, "ROLLBACK", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    return fnr__sq_done(h, st, "roll back a batch", err);
}

/* PRAGMA data_version moves when another connection commits, never for
 * this one's commits nor for checkpoints. */
static fnr_status sq_changed(fnr_store *s, bool *out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = false;
    sqlite3_stmt *st = fnr__sq_stmt(h, "PRAGMA data_version", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    int r = sqlite3_step(st);
    int64_t v = r == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (r != SQLITE_ROW)
        return fnr__sq_error(h, r, "read the store's version", err);
    *out = h->data_version && v != h->data_version;
    h->data_version = v;
    return FNR_OK;
}

/* ---- check ---------------------------------------------------------------------- */

static fnr_status sq_check(fnr_store *s, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *st = fnr__sq_stmt(h, "PRAGMA integrity_check", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        const char *res = (const char *)sqlite3_column_text(st, 0);
        if (!res || strcmp(res, "ok") != 0) {
            fnr_error_set(err, FNR_BADINPUT, "store \"%s\" is corrupt", h->path);
            fnr_error_detail(err, "SQLite's integrity check says: %s.", res ? res : "?");
            sqlite3_reset(st);
            return FNR_BADINPUT;
        }
        r = sqlite3_step(st);
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE && r != SQLITE_ROW)
        return fnr__sq_error(h, r, "check the store", err);

    st = fnr__sq_stmt(h, "PRAGMA foreign_key_check", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        char table[64], parent[64];
        snprintf(table, sizeof table, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(parent, sizeof parent, "%s", (const char *)sqlite3_column_text(st, 2));
        long long row = sqlite3_column_int64(st, 1);
        sqlite3_reset(st);
        fnr_error_set(err, FNR_BADINPUT, "store \"%s\" has a broken reference", h->path);
        fnr_error_detail(err, "Row %lld of table %s refers to a missing row of %s.", row, table,
                         parent);
        return FNR_BADINPUT;
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, "check the store", err);

    rc = fnr__sq_deferred_check(h, err);
    if (rc != FNR_OK)
        return rc;

    /* The tables without REFERENCES clauses (schema 6): no row names a
     * missing entity, document or event. */
    static const char *const orphans[][3] = {
        { "mentions", "doc_id", "documents" },
        { "mentions", "entity_id", "entities" },
        { "mentions", "orig_entity_id", "entities" },
        { "aliases", "doc_id", "documents" },
        { "aliases", "entity_id", "entities" },
        { "aliases", "orig_entity_id", "entities" },
        { "entity_docs", "entity_id", "entities" },
        { "entity_docs", "doc_id", "documents" },
        { "events", "doc_id", "documents" },
        { "events", "location_id", "entities" },
        { "events", "orig_location_id", "entities" },
        { "event_args", "event_id", "events" },
        { "event_args", "entity_id", "entities" },
        { "event_args", "orig_entity_id", "entities" },
    };
    for (size_t i = 0; i < sizeof orphans / sizeof orphans[0]; i++) {
        char q[256];
        snprintf(q, sizeof q,
                 "SELECT %s FROM %s c WHERE %s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s p"
                 " WHERE p.id = c.%s) LIMIT 1",
                 orphans[i][1], orphans[i][0], orphans[i][1], orphans[i][2], orphans[i][1]);
        st = fnr__sq_stmt(h, q, err);
        if (!st)
            return err ? err->code : FNR_INTERNAL;
        r = sqlite3_step(st);
        if (r == SQLITE_ROW) {
            long long id = sqlite3_column_int64(st, 0);
            sqlite3_reset(st);
            fnr_error_set(err, FNR_BADINPUT, "store \"%s\" has a broken reference", h->path);
            fnr_error_detail(err, "A row of table %s refers to a missing row %lld of %s.",
                             orphans[i][0], id, orphans[i][2]);
            return FNR_BADINPUT;
        }
        sqlite3_reset(st);
        if (r != SQLITE_DONE)
            return fnr__sq_error(h, r, "check the store", err);
    }

    /* The summaries the viewer filter counts from agree with the counters:
     * every document has a marking, every entity's per-marking sums add up. */
    st = fnr__sq_stmt(h,
                      "SELECT (SELECT count(*) FROM documents d WHERE NOT EXISTS"
                      "  (SELECT 1 FROM doc_marks m WHERE m.doc_id = d.id)),"
                      " (SELECT e.id FROM entities e WHERE e.n_mentions <> coalesce((SELECT"
                      "  sum(mentions) FROM entity_marks WHERE entity_id = e.id), 0) OR e.n_docs"
                      "  <> coalesce((SELECT sum(docs) FROM entity_marks WHERE entity_id = e.id),"
                      "  0) LIMIT 1)",
                      err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        long long unmarked = sqlite3_column_int64(st, 0);
        long long bad = sqlite3_column_int64(st, 1);
        sqlite3_reset(st);
        if (unmarked)
            return fnr_error_set(err, FNR_BADINPUT, "store \"%s\": %lld documents have no markings",
                                 h->path, unmarked);
        if (bad)
            return fnr_error_set(err, FNR_BADINPUT,
                                 "store \"%s\": the marking summary of entity e%lld does not match "
                                 "its mentions",
                                 h->path, bad);
    } else {
        sqlite3_reset(st);
        return fnr__sq_error(h, r, "check the store", err);
    }

    /* entity_docs holds exactly the mentions counted by entity and
     * document, with their first sentence and the sentences that name the
     * entity (profiles, timelines and co-occurrence read them, and merge
     * and split find an entity's mentions through them). */
    /* clang-format off */
    st = fnr__sq_stmt(h,
                      "WITH want AS (SELECT g.entity_id, g.doc_id, g.n, g.first, "
                      SQ_SENTENCES_SORTED("SELECT value FROM json_each(g.s)")
                      " FROM (SELECT m.entity_id, m.doc_id, count(*) AS n,"
                      "  min(m.sentence) AS first, json_group_array(m.sentence) AS s"
                      "  FROM mentions m GROUP BY m.doc_id, m.entity_id) g),"
                      " have AS (SELECT entity_id, doc_id, mentions, first_sentence, sentences"
                      "  FROM entity_docs)"
                      " SELECT entity_id, doc_id FROM (SELECT * FROM have EXCEPT SELECT * FROM"
                      " want UNION ALL SELECT * FROM (SELECT * FROM want EXCEPT SELECT * FROM"
                      " have)) LIMIT 1",
                      err);
    /* clang-format on */
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        long long bad = sqlite3_column_int64(st, 0), doc = sqlite3_column_int64(st, 1);
        sqlite3_reset(st);
        return fnr_error_set(err, FNR_BADINPUT,
                             "store \"%s\": the mention summary of entity e%lld in document %lld"
                             " does not match its mentions",
                             h->path, bad, doc);
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, "check the store", err);

    /* alias_keys holds exactly the aliases rows counted by key, entity,
     * marking and surface. */
    st = fnr__sq_stmt(
        h,
        "WITH want AS (" SQ_ALIAS_KEYS_OF(
            "1") ")"
                 " SELECT entity_id FROM (SELECT key, entity_id, marking, surface, docs"
                 " FROM alias_keys EXCEPT SELECT * FROM want UNION ALL SELECT * FROM"
                 " (SELECT * FROM want EXCEPT SELECT key, entity_id, marking, surface, docs"
                 " FROM alias_keys)) LIMIT 1",
        err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        long long bad = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return fnr_error_set(
            err, FNR_BADINPUT,
            "store \"%s\": the alias keys of entity e%lld do not match its aliases", h->path, bad);
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, "check the store", err);

    if (!h->readonly) {
        rc = fnr__sq_exec(h, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')",
                          "check the full-text index", err);
        if (rc != FNR_OK) {
            if (rc == FNR_INTERNAL || rc == FNR_BADINPUT) {
                fnr_error_set(err, FNR_BADINPUT,
                              "store \"%s\" has a full-text index out of step with its documents",
                              h->path);
                fnr_error_hint(err, "Run INSERT INTO documents_fts(documents_fts) "
                                    "VALUES('rebuild') in sqlite3 to rebuild it.");
            }
            return err ? err->code : rc;
        }
    }
    return FNR_OK;
}

/* ---- open / close --------------------------------------------------------------- */

static int sq_schema_version(fnr_store *s)
{
    return ((fnr_sqlite *)s)->version;
}

static void sq_close(fnr_store *s)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    if (!h)
        return;
    if (h->in_tx && h->db)
        sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
    size_t it = 0;
    void *v = NULL;
    while (fnr_map_next(&h->stmts, &it, NULL, NULL, &v))
        sqlite3_finalize(v);
    fnr_map_destroy(&h->stmts);
    fnr__sq_ckpt_stop(h);
    if (h->db)
        sqlite3_close_v2(h->db);
    fnr__sq_buffers_destroy(h);
    fnr__sq_marks_destroy(h);
    fnr_buf_destroy(&h->scratch);
    fnr_free(h->path);
    fnr_free(h);
}

/* Reads one integer from a single-row query; -1 on error. */
static long long query_int(sqlite3 *db, const char *sql, int *out_rc)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            v = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            v = 0;
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    *out_rc = rc;
    return v;
}

static fnr_status set_meta(fnr_sqlite *h, const char *key, const char *value, fnr_error *err)
{
    sqlite3_stmt *st =
        fnr__sq_stmt(h, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    fnr__sq_bind_str(st, 1, key);
    fnr__sq_bind_str(st, 2, value);
    return fnr__sq_done(h, st, "write the store's metadata", err);
}

/* Brings the schema from version `from` to FNR_SCHEMA_VERSION in one
 * transaction (from 0 creates it). */
static fnr_status migrate(fnr_sqlite *h, int from, fnr_error *err)
{
    fnr_status rc = fnr__sq_exec(h, "BEGIN IMMEDIATE", "begin the schema migration", err);
    if (rc != FNR_OK)
        return rc;
    for (size_t i = 0; i < N_MIGRATIONS && rc == FNR_OK; i++) {
        if (MIGRATIONS[i].version <= from)
            continue;
        for (const char *const *q = MIGRATIONS[i].sql; *q && rc == FNR_OK; q++)
            rc = fnr__sq_exec(h, *q, "migrate the schema", err);
    }
    char sql[64], ver[16];
    if (rc == FNR_OK && from < 6) {
        /* Step 6 edited sqlite_schema: a new cookie makes every connection,
         * this one too, parse the schema again. */
        int qrc = SQLITE_OK;
        long long cookie = query_int(h->db, "PRAGMA schema_version", &qrc);
        if (qrc != SQLITE_OK)
            rc = fnr__sq_error(h, qrc, "migrate the schema", err);
        snprintf(sql, sizeof sql, "PRAGMA schema_version = %lld", cookie + 1);
        if (rc == FNR_OK)
            rc = fnr__sq_exec(h, sql, "migrate the schema", err);
    }
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", FNR_SCHEMA_VERSION);
    snprintf(ver, sizeof ver, "%d", FNR_SCHEMA_VERSION);
    if (rc == FNR_OK)
        rc = fnr__sq_exec(h, sql, "set the schema version", err);
    if (rc == FNR_OK && from == 0) {
        rc = fnr__sq_exec(h,
                          "INSERT INTO meta(key, value) VALUES ('created_at', "
                          "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                          "write the store's metadata", err);
    }
    if (rc == FNR_OK)
        rc = set_meta(h, "schema_version", ver, err);
    if (rc == FNR_OK)
        rc = set_meta(h, "fener_version", FENER_VERSION, err);
    if (rc == FNR_OK)
        rc = fnr__sq_exec(h, "COMMIT", "commit the schema migration", err);
    if (rc != FNR_OK) {
        sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    h->version = FNR_SCHEMA_VERSION;
    return FNR_OK;
}

/* FENER_SQL_TRACE=1: each statement with its run time on stderr, for
 * finding the slow part of a query; FENER_SQL_TRACE=text: the statement's
 * text without its values, which can be summed per statement (an ingest
 * binds whole reports). */
static int trace_fn(unsigned what, void *ctx, void *p, void *x)
{
    if (what == SQLITE_TRACE_PROFILE) {
        char *sql = ctx ? NULL : sqlite3_expanded_sql((sqlite3_stmt *)p);
        fprintf(stderr, "fener: sql %.3f ms: %s\n", (double)*(sqlite3_int64 *)x / 1e6,
                sql ? sql : sqlite3_sql((sqlite3_stmt *)p));
        sqlite3_free(sql);
    }
    return 0;
}

/* Sets up the connection, recognises the file and migrates it. */
static fnr_status setup(fnr_sqlite *h, bool fresh, fnr_error *err)
{
    sqlite3_extended_result_codes(h->db, 1);
    sqlite3_busy_timeout(h->db, 5000);
    const char *trace = getenv("FENER_SQL_TRACE");
    if (trace && *trace && strcmp(trace, "0") != 0)
        sqlite3_trace_v2(h->db, SQLITE_TRACE_PROFILE, trace_fn,
                         strcmp(trace, "text") == 0 ? (void *)h : NULL);
    int rc = fnr__sq_fts_register(h->db);
    if (rc != SQLITE_OK)
        return fnr__sq_error(h, rc, "register the full-text tokenizer", err);
    rc = fnr__sq_functions_register(h->db);
    if (rc == SQLITE_OK)
        rc = fnr__sq_marks_register(h);
    if (rc == SQLITE_OK)
        rc = fnr__sq_query_register(h);
    if (rc != SQLITE_OK)
        return fnr__sq_error(h, rc, "register the store's SQL functions", err);

    /* Reading the header tells a non-SQLite file apart (SQLITE_NOTADB). */
    int version = (int)query_int(h->db, "PRAGMA user_version", &rc);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) {
            fnr_error_set(err, FNR_BADINPUT, "\"%s\" is not a fener store", h->path);
            if (err)
                err->backend_code = rc;
            return FNR_BADINPUT;
        }
        return fnr__sq_error(h, rc, "read the schema version", err);
    }
    long long n_tables = query_int(h->db, "SELECT count(*) FROM sqlite_schema", &rc);
    if (rc != SQLITE_OK)
        return fnr__sq_error(h, rc, "read the schema", err);
    long long has_meta = query_int(
        h->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'", &rc);
    if (rc != SQLITE_OK)
        return fnr__sq_error(h, rc, "read the schema", err);

    bool create = fresh && n_tables == 0 && version == 0;
    if (!create && (version <= 0 || !has_meta)) {
        fnr_error_set(err, FNR_BADINPUT, "\"%s\" is not a fener store", h->path);
        if (n_tables == 0 && version == 0) {
            fnr_error_detail(err, "It is an empty SQLite database, perhaps from an interrupted "
                                  "creation.");
            fnr_error_hint(err, "\"fener ingest\" into it creates the store.");
        } else {
            fnr_error_detail(err, "It is an SQLite database without fener's tables.");
        }
        return FNR_BADINPUT;
    }
    if (version > FNR_SCHEMA_VERSION) {
        fnr_error_set(err, FNR_UNSUPPORTED,
                      "store \"%s\" has schema version %d, newer than version %d of this fener",
                      h->path, version, FNR_SCHEMA_VERSION);
        fnr_error_hint(err, "Use a newer fener to open this store.");
        h->version = version;
        return FNR_UNSUPPORTED;
    }
    h->version = version;

    if (!h->readonly) {
        /* WAL: readers do not block the writer. synchronous=NORMAL in WAL
         * mode keeps every committed batch safe from an application crash
         * and the file consistent after a power loss (which may lose the
         * last batches, never half of one). */
        fnr_status st = fnr__sq_exec(h, "PRAGMA journal_mode = WAL", "switch to WAL mode", err);
        if (st != FNR_OK)
            return st;
        /* Checkpoints run in a thread of their own when the WAL passes
         * 16 MiB (ckpt.c), not inside the commit that crosses the limit. */
        if (fnr__sq_ckpt_start(h) != SQLITE_OK)
            return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    /* A 256 MiB page cache keeps the indexes a batch touches in memory
     * (the default 2 MiB makes ingest read pages back from the OS); it is
     * a limit, not an allocation. Reads go through a memory map as large
     * as SQLite allows (2 GiB less 64 KiB on Debian; a 100k store fits),
     * which saves a copy per page read from the OS. A WAL that restarts
     * is cut back to 64 MiB, so a large ingest does not keep its disk. */
    fnr_status st =
        fnr__sq_exec(h,
                     "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                     " PRAGMA cache_size = -" SQ_CACHE_KIB "; PRAGMA mmap_size = 2147418112;"
                     " PRAGMA temp_store = MEMORY; PRAGMA journal_size_limit = 67108864",
                     "set up the connection", err);
    if (st != FNR_OK)
        return st;

    if (version < FNR_SCHEMA_VERSION) {
        if (h->readonly) {
            fnr_error_set(err, FNR_UNSUPPORTED,
                          "store \"%s\" has schema version %d and needs migrating to version %d",
                          h->path, version, FNR_SCHEMA_VERSION);
            fnr_error_hint(err, "Open it once without read-only to migrate it.");
            return FNR_UNSUPPORTED;
        }
        st = migrate(h, version, err);
        if (st != FNR_OK)
            return st;
    }
    if (!h->readonly && !create)
        return fnr__sq_deferred_recover(h, err);
    return FNR_OK;
}

/* ---- one snapshot per query ------------------------------------------------------ */

/*
 * A query runs many statements (a profile dozens, a search one per
 * candidate entity). Outside a transaction each would take and drop the
 * file's read lock and find its WAL snapshot again; one deferred
 * transaction around the query does that once, and every statement of the
 * query reads the same snapshot. Inside a write transaction (a batch) the
 * query reads what the batch wrote, as before.
 */
static bool snap_begin(fnr_sqlite *h)
{
    if (h->in_tx || !sqlite3_get_autocommit(h->db))
        return false;
    sqlite3_stmt *st = fnr__sq_stmt(h, "BEGIN", NULL);
    if (!st)
        return false;
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    return r == SQLITE_DONE;
}

static void snap_end(fnr_sqlite *h, bool began)
{
    if (!began || sqlite3_get_autocommit(h->db))
        return;
    sqlite3_stmt *st = fnr__sq_stmt(h, "COMMIT", NULL);
    int r = st ? sqlite3_step(st) : SQLITE_ERROR;
    if (st)
        sqlite3_reset(st);
    if (r != SQLITE_DONE)
        sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
}

#define SNAP_CALL(call)                   \
    do {                                  \
        fnr_sqlite *h_ = (fnr_sqlite *)s; \
        bool began_ = snap_begin(h_);     \
        fnr_status rc_ = (call);          \
        snap_end(h_, began_);             \
        return rc_;                       \
    } while (0)

static fnr_status snap_entity_resolve(fnr_store *s, const fnr_viewer *v, const char *name_or_id,
                                      int64_t *out_id, fnr_error *err)
{
    SNAP_CALL(fnr__sq_entity_resolve(s, v, name_or_id, out_id, err));
}

static fnr_status snap_search(fnr_store *s, const fnr_viewer *v, const char *text,
                              fnr_search_scope scope, size_t limit, fnr_search_result **out,
                              fnr_error *err)
{
    SNAP_CALL(fnr__sq_search(s, v, text, scope, limit, out, err));
}

static fnr_status snap_profile(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_profile **out,
                               fnr_error *err)
{
    SNAP_CALL(fnr__sq_profile(s, v, id, out, err));
}

static fnr_status snap_events(fnr_store *s, const fnr_viewer *v, const fnr_event_filter *f,
                              int64_t actor, int64_t target, int64_t place, int64_t entity,
                              fnr_event_list **out, fnr_error *err)
{
    SNAP_CALL(fnr__sq_events(s, v, f, actor, target, place, entity, out, err));
}

static fnr_status snap_stats(fnr_store *s, const fnr_viewer *v, fnr_stats_by by,
                             const fnr_event_filter *f, int64_t actor, int64_t target,
                             int64_t place, int64_t entity, fnr_stats **out, fnr_error *err)
{
    SNAP_CALL(fnr__sq_stats(s, v, by, f, actor, target, place, entity, out, err));
}

static fnr_status snap_timeline(fnr_store *s, const fnr_viewer *v, int64_t id, const char *since,
                                const char *until, fnr_timeline **out, fnr_error *err)
{
    SNAP_CALL(fnr__sq_timeline(s, v, id, since, until, out, err));
}

static fnr_status snap_doc(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_doc_view **out,
                           fnr_error *err)
{
    SNAP_CALL(fnr__sq_doc(s, v, id, out, err));
}

static fnr_status snap_conflicts(fnr_store *s, const fnr_viewer *v, bool include_closed,
                                 fnr_conflict_list **out, fnr_error *err)
{
    SNAP_CALL(fnr__sq_conflicts(s, v, include_closed, out, err));
}

static const fnr_store_methods SQ_METHODS = { .version = FNR_STORE_METHODS_VERSION,
                                              .name = "sqlite",
                                              .close = sq_close,
                                              .schema_version = sq_schema_version,
                                              .check = sq_check,
                                              .begin = sq_begin,
                                              .commit = sq_commit,
                                              .rollback = sq_rollback,
                                              .changed = sq_changed,
                                              .defer_indexes = fnr__sq_defer_indexes,
                                              .docs_max = fnr__sq_docs_max,
                                              .prepare_doc = fnr__sq_prepare_doc,
                                              .prepared_free = fnr__sq_prepared_free,
                                              .doc_find = fnr__sq_doc_find,
                                              .doc_insert = fnr__sq_doc_insert,
                                              .entity_find = fnr__sq_entity_find,
                                              .entity_insert = fnr__sq_entity_insert,
                                              .entity_country = fnr__sq_entity_country,
                                              .entity_enrich = fnr__sq_entity_enrich,
                                              .alias_insert = fnr__sq_alias_insert,
                                              .mention_insert = fnr__sq_mention_insert,
                                              .event_insert = fnr__sq_event_insert,
                                              .relation_insert = fnr__sq_relation_insert,
                                              .candidate_insert = fnr__sq_candidate_insert,
                                              .entity_resolve = snap_entity_resolve,
                                              .search = snap_search,
                                              .profile = snap_profile,
                                              .events = snap_events,
                                              .stats = snap_stats,
                                              .timeline = snap_timeline,
                                              .doc = snap_doc,
                                              .conflicts = snap_conflicts,
                                              .merge = fnr__sq_merge,
                                              .split = fnr__sq_split,
                                              .meta_get = fnr__sq_meta_get,
                                              .meta_set = fnr__sq_meta_set,
                                              .marking_id = fnr__sq_marking_id,
                                              .doc_marking = fnr__sq_doc_marking,
                                              .doc_set_marking = fnr__sq_doc_set_marking,
                                              .max_level = fnr__sq_max_level,
                                              .graph_edges = fnr__sq_graph_edges,
                                              .graph_nodes = fnr__sq_graph_nodes,
                                              .edge_evidence = fnr__sq_edge_evidence,
                                              SQ_ACCOUNT_METHODS };

/* Removes a store file and its WAL companions. */
static void remove_files(const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
    char p[4200];
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffixes[i]);
        remove(p);
    }
}

/*
 * SQLite's memory statistics take a global mutex around every sqlite3_malloc
 * and sqlite3_free: a lock and an unlock for each record a statement builds,
 * 2-3% of an ingest writer's CPU, for counters nothing in fener reads
 * (sqlite3_memory_used, a soft heap limit). They can only be turned off
 * before SQLite initialises, which the first open does; in a process that
 * used SQLite before, the call fails (SQLITE_MISUSE) and changes nothing.
 */
static pthread_once_t sq_config_once = PTHREAD_ONCE_INIT;

static void sq_config(void)
{
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Opens (or, when !exists, creates) the SQLite file at path. */
static fnr_status open_at(const char *path, const fnr_store_open_opts *opts, bool exists,
                          fnr_store **out, fnr_error *err)
{
    fnr_sqlite *h = fnr_calloc(1, sizeof *h);
    if (!h)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    h->base.m = &SQ_METHODS;
    fnr_map_init(&h->stmts);
    fnr__sq_buffers_init(h);
    fnr_buf_init(&h->scratch, 0);
    fnr_buf_init(&h->mark_strs, 0);
    fnr_map_init(&h->vnames);
    h->readonly = opts->readonly;
    h->path = fnr_strdup(path);
    if (!h->path) {
        sq_close(&h->base);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    /* NOMUTEX: a handle is used by one thread at a time (its statement
     * cache and buffers are not locked either), so SQLite's per-connection
     * mutex, taken on every call, only costs. */
    int flags =
        (opts->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (!exists)
        flags |= SQLITE_OPEN_CREATE;
    pthread_once(&sq_config_once, sq_config);
    int rc = sqlite3_open_v2(path, &h->db, flags, fnr__sq_vfs_name());
    if (rc != SQLITE_OK) {
        fnr_status st = fnr__sq_error(h, rc, "open the store", err);
        sq_close(&h->base);
        return st;
    }
    /* An existing but empty database (no schema at all) is a store whose
     * creation was interrupted, by a kill -9 say: nothing there can be lost,
     * so a caller allowed to create may initialise it. setup() checks that it
     * really is empty. */
    fnr_status st = setup(h, !exists || (opts->create && !opts->readonly), err);
    if (st != FNR_OK) {
        sq_close(&h->base);
        if (!exists)
            remove_files(path); /* do not leave a half-made store behind */
        return st;
    }
    *out = &h->base;
    return FNR_OK;
}

/*
 * A new store is made whole beside its path ("PATH.new-PID") and then
 * linked into place, so a process killed while creating it never leaves
 * an empty or half-made file where the store belongs.
 */
static fnr_status create_at(const char *path, const fnr_store_open_opts *opts, fnr_store **out,
                            fnr_error *err)
{
    char tmp[4096];
    int w = snprintf(tmp, sizeof tmp, "%s.new-%ld", path, (long)getpid());
    if (w < 0 || (size_t)w >= sizeof tmp)
        return fnr_error_set(err, FNR_INVALID, "store path too long: \"%s\"", path);
    remove_files(tmp);
    fnr_store *s = NULL;
    fnr_status st = open_at(tmp, opts, false, &s, err);
    if (st != FNR_OK)
        return st;
    s->m->close(s);
    if (link(tmp, path) != 0 && errno != EEXIST) {
        /* No hard links on this file system: move it (a store made meanwhile
         * by another process at the same path would be replaced). */
        if (rename(tmp, path) != 0) {
            int e = errno;
            remove_files(tmp);
            return fnr_error_set(err, FNR_IO, "could not create store \"%s\": %s", path,
                                 strerror(e));
        }
    }
    remove_files(tmp);
    return open_at(path, opts, true, out, err);
}

fnr_status fnr_store_sqlite_open(const char *path, const fnr_store_open_opts *opts, fnr_store **out,
                                 fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    fnr_store_open_opts none = { 0 };
    if (!opts)
        opts = &none;
    if (!path || !*path)
        return fnr_error_set(err, FNR_INVALID, "no store path given");

    struct stat sb;
    bool exists = stat(path, &sb) == 0;
    if (!exists) {
        if (errno != ENOENT)
            return fnr_error_set(err, FNR_NOINPUT, "could not open store \"%s\": %s", path,
                                 strerror(errno));
        if (!opts->create || opts->readonly) {
            fnr_error_set(err, FNR_NOINPUT, "could not open store \"%s\": no such file", path);
            fnr_error_hint(err, "Create a store first, or set FENER_DB to an existing one.");
            return FNR_NOINPUT;
        }
    } else if (S_ISDIR(sb.st_mode)) {
        return fnr_error_set(err, FNR_BADINPUT, "\"%s\" is a directory, not a fener store", path);
    }
    return exists ? open_at(path, opts, true, out, err) : create_at(path, opts, out, err);
}
