/*
 * The SQLite backend's accounts and audit log: rows of the users, tokens
 * and audit tables (schema step 2 in sqlite.c). Rules live in the kb layer
 * (src/kb/account.c hashes passwords and tokens, src/kb/audit.c chains the
 * records); this file only writes and reads rows. Rows read are copied into
 * the arena the caller passes.
 *
 * The audit table is append-only (triggers refuse UPDATE and DELETE);
 * audit_insert also moves the metadata key "audit_head" ("SEQ:HEX"), so
 * that verify notices a tail cut off the log.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "store/sqlite/account_int.h"
#include "store/sqlite/sqlite_int.h"

/* ---- helpers -------------------------------------------------------------------- */

/* A column's text copied into a; NULL for SQL NULL. *ok cleared on OOM. */
static const char *col_str(fnr_arena *a, sqlite3_stmt *st, int i, bool *ok)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    const char *s = (const char *)sqlite3_column_text(st, i);
    size_t n = (size_t)sqlite3_column_bytes(st, i);
    if (!s)
        return NULL;
    char *c = fnr_arena_strndup(a, s, n);
    if (!c)
        *ok = false;
    return c;
}

/* Copies a 32-byte BLOB column; a column of another size leaves out zeroed
 * and returns false (verify then reports a hash mismatch). */
static bool col_hash(sqlite3_stmt *st, int i, uint8_t out[FNR_STORE_HASH_LEN])
{
    memset(out, 0, FNR_STORE_HASH_LEN);
    const void *b = sqlite3_column_blob(st, i);
    if (!b || sqlite3_column_bytes(st, i) != FNR_STORE_HASH_LEN)
        return false;
    memcpy(out, b, FNR_STORE_HASH_LEN);
    return true;
}

static fnr_status rows_end(fnr_sqlite *h, sqlite3_stmt *st, int r, bool ok, const char *what,
                           fnr_error *err)
{
    sqlite3_reset(st);
    if (!ok)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, what, err);
    return FNR_OK;
}

#define STMT(var, h, sql)                          \
    do {                                           \
        (var) = fnr__sq_stmt((h), (sql), err);     \
        if (!(var))                                \
            return err ? err->code : FNR_INTERNAL; \
    } while (0)

/* ---- users ---------------------------------------------------------------------- */

#define USER_COLS                                                            \
    "u.id, u.name, u.clearance, u.compartments, u.partner, u.password_hash," \
    " u.disabled, u.created_at,"                                             \
    " (SELECT count(*) FROM tokens t WHERE t.user_id = u.id AND t.revoked = 0)"

static void read_user(fnr_arena *a, sqlite3_stmt *st, fnr_store_user *u, bool *ok)
{
    u->id = sqlite3_column_int64(st, 0);
    u->name = col_str(a, st, 1, ok);
    u->clearance = sqlite3_column_int(st, 2);
    u->compartments = col_str(a, st, 3, ok);
    if (!u->compartments)
        u->compartments = "";
    u->partner = col_str(a, st, 4, ok);
    u->password_hash = col_str(a, st, 5, ok);
    u->disabled = sqlite3_column_int(st, 6) != 0;
    u->created_at = col_str(a, st, 7, ok);
    u->tokens = (long)sqlite3_column_int64(st, 8);
}

fnr_status fnr__sq_user_insert(fnr_store *s, const fnr_store_user *u, int64_t *out_id,
                               fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    if (out_id)
        *out_id = 0;
    sqlite3_stmt *st;
    STMT(st, h,
         "INSERT INTO users(name, clearance, compartments, partner, password_hash, disabled)"
         " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    fnr__sq_bind_str(st, 1, u->name);
    sqlite3_bind_int(st, 2, u->clearance);
    fnr__sq_bind_str(st, 3, u->compartments ? u->compartments : "");
    fnr__sq_bind_str(st, 4, u->partner);
    fnr__sq_bind_str(st, 5, u->password_hash);
    sqlite3_bind_int(st, 6, u->disabled ? 1 : 0);
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r == SQLITE_CONSTRAINT_UNIQUE || r == SQLITE_CONSTRAINT_PRIMARYKEY)
        return fnr_error_set(err, FNR_EXISTS, "user \"%s\" already exists", u->name);
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, "add a user", err);
    if (out_id)
        *out_id = sqlite3_last_insert_rowid(h->db);
    return FNR_OK;
}

fnr_status fnr__sq_user_get(fnr_store *s, const char *name, fnr_arena *a, fnr_store_user *out,
                            fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    STMT(st, h, "SELECT " USER_COLS " FROM users u WHERE u.name = ?1");
    fnr__sq_bind_str(st, 1, name);
    int r = sqlite3_step(st);
    if (r == SQLITE_DONE) {
        sqlite3_reset(st);
        return fnr_error_set(err, FNR_NOTFOUND, "no user \"%s\"", name);
    }
    bool ok = true;
    if (r == SQLITE_ROW) {
        read_user(a, st, out, &ok);
        r = SQLITE_DONE;
    }
    fnr_status rc = rows_end(h, st, r, ok, "read a user", err);
    if (rc != FNR_OK)
        memset(out, 0, sizeof *out);
    return rc;
}

fnr_status fnr__sq_user_set_disabled(fnr_store *s, const char *name, bool disabled, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    sqlite3_stmt *st;
    STMT(st, h, "UPDATE users SET disabled = ?2 WHERE name = ?1");
    fnr__sq_bind_str(st, 1, name);
    sqlite3_bind_int(st, 2, disabled ? 1 : 0);
    fnr_status rc = fnr__sq_done(h, st, "change a user", err);
    if (rc != FNR_OK)
        return rc;
    if (sqlite3_changes(h->db) == 0)
        return fnr_error_set(err, FNR_NOTFOUND, "no user \"%s\"", name);
    return FNR_OK;
}

fnr_status fnr__sq_user_list(fnr_store *s, fnr_arena *a, fnr_store_user **out, size_t *out_n,
                             fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    *out = NULL;
    *out_n = 0;
    sqlite3_stmt *st;
    STMT(st, h, "SELECT " USER_COLS " FROM users u ORDER BY u.name");
    fnr_store_user *rows = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    int r;
    while (ok && (r = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            fnr_store_user *g = fnr_arena_calloc(a, ncap, sizeof *g);
            if (!g) {
                ok = false;
                break;
            }
            if (n)
                memcpy(g, rows, n * sizeof *g);
            rows = g;
            cap = ncap;
        }
        read_user(a, st, &rows[n++], &ok);
    }
    if (!ok)
        r = SQLITE_DONE;
    fnr_status rc = rows_end(h, st, r, ok, "list the users", err);
    if (rc != FNR_OK)
        return rc;
    *out = rows;
    *out_n = n;
    return FNR_OK;
}

/* ---- tokens --------------------------------------------------------------------- */

fnr_status fnr__sq_token_insert(fnr_store *s, int64_t user_id,
                                const uint8_t hash[FNR_STORE_HASH_LEN], const char *label,
                                fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    sqlite3_stmt *st;
    STMT(st, h, "INSERT INTO tokens(user_id, hash, label) VALUES (?1, ?2, ?3)");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_bind_blob(st, 2, hash, FNR_STORE_HASH_LEN, SQLITE_STATIC);
    fnr__sq_bind_str(st, 3, label);
    return fnr__sq_done(h, st, "add a token", err);
}

fnr_status fnr__sq_token_user(fnr_store *s, const uint8_t hash[FNR_STORE_HASH_LEN], fnr_arena *a,
                              fnr_store_user *out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    STMT(st, h,
         "SELECT " USER_COLS " FROM tokens k JOIN users u ON u.id = k.user_id"
         " WHERE k.hash = ?1 AND k.revoked = 0");
    sqlite3_bind_blob(st, 1, hash, FNR_STORE_HASH_LEN, SQLITE_STATIC);
    int r = sqlite3_step(st);
    if (r == SQLITE_DONE) {
        sqlite3_reset(st);
        return fnr_error_set(err, FNR_NOTFOUND, "no such token");
    }
    bool ok = true;
    if (r == SQLITE_ROW) {
        read_user(a, st, out, &ok);
        r = SQLITE_DONE;
    }
    fnr_status rc = rows_end(h, st, r, ok, "look up a token", err);
    if (rc != FNR_OK)
        memset(out, 0, sizeof *out);
    return rc;
}

/* ---- audit ------------------------------------------------------------------------ */

#define AUDIT_COLS "seq, at, user, action, what, facts, docs, prev, hash"

static void read_audit(fnr_arena *a, sqlite3_stmt *st, fnr_store_audit *r, bool *ok)
{
    r->seq = sqlite3_column_int64(st, 0);
    r->at = col_str(a, st, 1, ok);
    r->user = col_str(a, st, 2, ok);
    r->action = col_str(a, st, 3, ok);
    r->what = col_str(a, st, 4, ok);
    r->facts = (long)sqlite3_column_int64(st, 5);
    r->docs = col_str(a, st, 6, ok);
    col_hash(st, 7, r->prev);
    col_hash(st, 8, r->hash);
}

fnr_status fnr__sq_audit_last(fnr_store *s, int64_t *out_seq, uint8_t out_hash[FNR_STORE_HASH_LEN],
                              fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    *out_seq = 0;
    memset(out_hash, 0, FNR_STORE_HASH_LEN);
    sqlite3_stmt *st;
    STMT(st, h, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        *out_seq = sqlite3_column_int64(st, 0);
        col_hash(st, 1, out_hash);
        r = SQLITE_DONE;
    }
    return rows_end(h, st, r, true, "read the audit log", err);
}

fnr_status fnr__sq_audit_insert(fnr_store *s, const fnr_store_audit *r, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    sqlite3_stmt *st;
    STMT(st, h, "INSERT INTO audit(" AUDIT_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    sqlite3_bind_int64(st, 1, r->seq);
    fnr__sq_bind_str(st, 2, r->at);
    fnr__sq_bind_str(st, 3, r->user);
    fnr__sq_bind_str(st, 4, r->action);
    fnr__sq_bind_str(st, 5, r->what ? r->what : "");
    sqlite3_bind_int64(st, 6, r->facts);
    fnr__sq_bind_str(st, 7, r->docs ? r->docs : "");
    sqlite3_bind_blob(st, 8, r->prev, FNR_STORE_HASH_LEN, SQLITE_STATIC);
    sqlite3_bind_blob(st, 9, r->hash, FNR_STORE_HASH_LEN, SQLITE_STATIC);
    fnr_status rc = fnr__sq_done(h, st, "append to the audit log", err);
    if (rc != FNR_OK)
        return rc;

    static const char hex[] = "0123456789abcdef";
    char head[32 + 2 * FNR_STORE_HASH_LEN];
    int n = snprintf(head, sizeof head, "%lld:", (long long)r->seq);
    if (n < 0 || (size_t)n + 2 * FNR_STORE_HASH_LEN >= sizeof head)
        return fnr_error_set(err, FNR_INTERNAL, "audit sequence number out of range");
    for (size_t i = 0; i < FNR_STORE_HASH_LEN; i++) {
        head[(size_t)n + 2 * i] = hex[r->hash[i] >> 4];
        head[(size_t)n + 2 * i + 1] = hex[r->hash[i] & 15];
    }
    head[(size_t)n + 2 * FNR_STORE_HASH_LEN] = 0;
    STMT(st, h, "INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?1)");
    fnr__sq_bind_str(st, 1, head);
    return fnr__sq_done(h, st, "write the audit head", err);
}

fnr_status fnr__sq_audit_list(fnr_store *s, const fnr_store_audit_filter *f, fnr_arena *a,
                              fnr_store_audit **out, size_t *out_n, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    *out = NULL;
    *out_n = 0;
    fnr_store_audit_filter none = { 0 };
    if (!f)
        f = &none;
    /* Newest first so that LIMIT keeps the last records; reversed below. */
    sqlite3_stmt *st;
    STMT(st, h,
         "SELECT " AUDIT_COLS " FROM audit"
         " WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR user = ?2)"
         " AND (?3 IS NULL OR action = ?3)"
         " ORDER BY seq DESC LIMIT ?4");
    fnr__sq_bind_str(st, 1, f->since);
    fnr__sq_bind_str(st, 2, f->user);
    fnr__sq_bind_str(st, 3, f->action);
    sqlite3_bind_int64(st, 4, f->limit ? (sqlite3_int64)f->limit : -1);
    fnr_store_audit *rows = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    int r;
    while (ok && (r = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            fnr_store_audit *g = fnr_arena_calloc(a, ncap, sizeof *g);
            if (!g) {
                ok = false;
                break;
            }
            if (n)
                memcpy(g, rows, n * sizeof *g);
            rows = g;
            cap = ncap;
        }
        read_audit(a, st, &rows[n++], &ok);
    }
    if (!ok)
        r = SQLITE_DONE;
    fnr_status rc = rows_end(h, st, r, ok, "read the audit log", err);
    if (rc != FNR_OK)
        return rc;
    for (size_t i = 0; i < n / 2; i++) {
        fnr_store_audit t = rows[i];
        rows[i] = rows[n - 1 - i];
        rows[n - 1 - i] = t;
    }
    *out = rows;
    *out_n = n;
    return FNR_OK;
}

fnr_status fnr__sq_audit_each(fnr_store *s, fnr_store_audit_fn fn, void *ctx, char **out_head,
                              fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    *out_head = NULL;
    /* One read transaction: the records and the head from one snapshot. */
    bool own_tx = !h->in_tx && sqlite3_get_autocommit(h->db);
    int r;
    if (own_tx && (r = sqlite3_exec(h->db, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
        return fnr__sq_error(h, r, "read the audit log", err);
    /* Its own statement (not the cache): the callback may run cached
     * statements while this one is stepping. */
    sqlite3_stmt *st = NULL;
    fnr_arena a;
    fnr_arena_init(&a, 4096);
    fnr_status rc = FNR_OK;
    r = sqlite3_prepare_v2(h->db, "SELECT " AUDIT_COLS " FROM audit ORDER BY seq", -1, &st, NULL);
    if (r != SQLITE_OK) {
        rc = fnr__sq_error(h, r, "read the audit log", err);
        goto out;
    }
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_store_audit rec;
        bool ok = true;
        fnr_arena_reset(&a);
        read_audit(&a, st, &rec, &ok);
        if (!ok) {
            rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
            break;
        }
        rc = fn(ctx, &rec, err);
        if (rc != FNR_OK)
            break;
    }
    if (rc == FNR_OK && r != SQLITE_DONE)
        rc = fnr__sq_error(h, r, "read the audit log", err);
    if (rc == FNR_OK) {
        sqlite3_stmt *m = fnr__sq_stmt(h, "SELECT value FROM meta WHERE key = 'audit_head'", err);
        if (!m) {
            rc = err ? err->code : FNR_INTERNAL;
            goto out;
        }
        r = sqlite3_step(m);
        bool ok = true;
        if (r == SQLITE_ROW) {
            const char *v = (const char *)sqlite3_column_text(m, 0);
            if (v && !(*out_head = fnr_strdup(v)))
                ok = false;
            r = SQLITE_DONE;
        }
        rc = rows_end(h, m, r, ok, "read the audit head", err);
    }
out:
    sqlite3_finalize(st);
    fnr_arena_destroy(&a);
    if (own_tx)
        sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL);
    if (rc != FNR_OK) {
        fnr_free(*out_head);
        *out_head = NULL;
    }
    return rc;
}
