/*
 * Accounts, API tokens and the hash-chained audit log against a real
 * SQLite store in /tmp: adding, listing, disabling and enabling accounts;
 * viewers by name, token and password (a wrong or unknown one is denied
 * with one message); only the owner may change accounts or read the log;
 * every change is audited. The tamper tests open the store file with
 * SQLite itself, drop the append-only triggers and edit, delete, swap or
 * cut records: verify must fail and name the first bad record.
 *
 * FENER_PWHASH_FAST=1 keeps Argon2id at its minimum cost here.
 */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fener/kb.h"
#include "kb/kb_int.h"

typedef struct fixture {
    char db[128];
    fnr_kb *kb;
} fixture;

static void remove_store(const char *path)
{
    char side[300];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    assert_non_null(fx);
    snprintf(fx->db, sizeof fx->db, "/tmp/fener-test-account-%ld.db", (long)getpid());
    remove_store(fx->db);
    fnr_error err;
    fnr_kb_open_opts o = { .create = true };
    assert_int_equal(fnr_kb_open(fx->db, &o, &fx->kb, &err), FNR_OK);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    fnr_kb_close(fx->kb);
    remove_store(fx->db);
    free(fx);
    return 0;
}

static void reopen(fixture *fx)
{
    fnr_kb_close(fx->kb);
    fx->kb = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_open(fx->db, NULL, &fx->kb, &err), FNR_OK);
}

static void add_user(fnr_kb *kb, const char *name, const char *level, const char *const *comps,
                     size_t n, const char *partner, const char *password)
{
    fnr_user_spec u = { .name = name,
                        .clearance = level,
                        .compartments = comps,
                        .n_compartments = n,
                        .partner = partner,
                        .password = password };
    fnr_error err;
    fnr_status rc = fnr_kb_user_add(kb, NULL, &u, &err);
    if (rc != FNR_OK)
        fail_msg("user add %s: %s", name, err.message);
}

/* ---- accounts ------------------------------------------------------------------ */

static void test_users(void **state)
{
    fixture *fx = *state;
    static const char *const comps[] = { "bravo", "ALPHA", "alpha" };
    add_user(fx->kb, "alice", "secret", comps, 3, NULL, "correct horse");
    add_user(fx->kb, "bob", "CONFIDENTIAL", NULL, 0, "fra", NULL);

    fnr_error err;
    fnr_user_spec dup = { .name = "alice", .clearance = "SECRET" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &dup, &err), FNR_EXISTS);
    fnr_user_spec badlevel = { .name = "carol", .clearance = "COSMIC" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &badlevel, &err), FNR_INVALID);
    fnr_user_spec noclear = { .name = "carol" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &noclear, &err), FNR_INVALID);
    fnr_user_spec badname = { .name = "a b", .clearance = "SECRET" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &badname, &err), FNR_INVALID);
    fnr_user_spec owner = { .name = "owner", .clearance = "SECRET" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &owner, &err), FNR_INVALID);
    static const char *const badcomp[] = { "al pha;" };
    fnr_user_spec bc = {
        .name = "carol", .clearance = "SECRET", .compartments = badcomp, .n_compartments = 1
    };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &bc, &err), FNR_INVALID);

    fnr_user_list *l = NULL;
    assert_int_equal(fnr_kb_user_list(fx->kb, NULL, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 2);
    assert_string_equal(l->rows[0].name, "alice");
    assert_string_equal(l->rows[0].clearance, "SECRET");
    assert_int_equal(l->rows[0].n_compartments, 2);
    assert_string_equal(l->rows[0].compartments[0], "ALPHA");
    assert_string_equal(l->rows[0].compartments[1], "BRAVO");
    assert_null(l->rows[0].partner);
    assert_true(l->rows[0].has_password);
    assert_false(l->rows[0].disabled);
    assert_int_equal(l->rows[0].tokens, 0);
    assert_non_null(l->rows[0].created_at);
    assert_string_equal(l->rows[1].name, "bob");
    assert_string_equal(l->rows[1].clearance, "CONFIDENTIAL");
    assert_string_equal(l->rows[1].partner, "FRA");
    assert_int_equal(l->rows[1].n_compartments, 0);
    assert_false(l->rows[1].has_password);
    fnr_user_list_free(l);
}

static void test_viewers(void **state)
{
    fixture *fx = *state;
    static const char *const comps[] = { "ALPHA" };
    add_user(fx->kb, "alice", "SECRET", comps, 1, NULL, "correct horse");
    add_user(fx->kb, "bob", "RESTRICTED", NULL, 0, "NLD", NULL);

    fnr_error err;
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "alice", &v, &err), FNR_OK);
    assert_string_equal(fnr_viewer_name(v), "alice");
    assert_int_equal(v->clearance, 3);
    assert_int_equal(v->n_compartments, 1);
    assert_string_equal(v->compartments[0], "ALPHA");
    assert_null(v->partner);
    fnr_viewer_free(v);
    assert_string_equal(fnr_viewer_name(NULL), "owner");

    v = NULL;
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "alice", "correct horse", &v, &err), FNR_OK);
    assert_string_equal(v->name, "alice");
    fnr_viewer_free(v);

    /* Wrong password, unknown account, account without a password: one answer. */
    fnr_error e1, e2, e3, e4;
    v = NULL;
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "alice", "wrong", &v, &e1), FNR_DENIED);
    assert_null(v);
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "mallory", "x", &v, &e2), FNR_DENIED);
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "bob", "", &v, &e3), FNR_DENIED);
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "mallory", &v, &e4), FNR_DENIED);
    assert_string_equal(e1.message, e2.message);
    assert_string_equal(e1.message, e3.message);
    assert_string_equal(e1.message, e4.message);
    assert_string_equal(e1.detail, e2.detail);

    assert_int_equal(fnr_kb_viewer_user(fx->kb, "bob", &v, &err), FNR_OK);
    assert_int_equal(v->clearance, 1);
    assert_string_equal(v->partner, "NLD");
    fnr_viewer_free(v);
}

static void test_tokens(void **state)
{
    fixture *fx = *state;
    add_user(fx->kb, "alice", "SECRET", NULL, 0, NULL, NULL);
    fnr_error err;
    char tok[FNR_TOKEN_LEN + 1], tok2[FNR_TOKEN_LEN + 1];
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "alice", "laptop", tok, &err), FNR_OK);
    assert_int_equal(strlen(tok), FNR_TOKEN_LEN);
    assert_int_equal(
        strspn(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        FNR_TOKEN_LEN);
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "alice", NULL, tok2, &err), FNR_OK);
    assert_string_not_equal(tok, tok2);
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "nobody", NULL, tok2, &err), FNR_NOTFOUND);

    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_token(fx->kb, tok, &v, &err), FNR_OK);
    assert_string_equal(fnr_viewer_name(v), "alice");
    assert_int_equal(v->clearance, 3);
    fnr_viewer_free(v);

    /* The store keeps only hashes: the printed token is nowhere in it. */
    reopen(fx);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT count(*) FROM tokens WHERE instr(hash, ?1) > 0"
                                        " OR instr(coalesce(label, ''), ?1) > 0",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, tok, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    sqlite3_close(db);

    char bad[FNR_TOKEN_LEN + 1];
    memcpy(bad, tok, sizeof bad);
    bad[10] = bad[10] == 'A' ? 'B' : 'A';
    fnr_error e1, e2, e3;
    assert_int_equal(fnr_kb_viewer_token(fx->kb, bad, &v, &e1), FNR_DENIED);
    assert_null(v);
    assert_int_equal(fnr_kb_viewer_token(fx->kb, "short", &v, &e2), FNR_DENIED);
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "alice", "x", &v, &e3), FNR_DENIED);
    assert_string_equal(e1.message, e2.message);
    assert_string_equal(e1.message, e3.message);

    fnr_user_list *l = NULL;
    assert_int_equal(fnr_kb_user_list(fx->kb, NULL, &l, &err), FNR_OK);
    assert_int_equal(l->rows[0].tokens, 2);
    fnr_user_list_free(l);
}

static void test_disable(void **state)
{
    fixture *fx = *state;
    add_user(fx->kb, "alice", "SECRET", NULL, 0, NULL, "pw");
    fnr_error err;
    char tok[FNR_TOKEN_LEN + 1];
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "alice", NULL, tok, &err), FNR_OK);
    assert_int_equal(fnr_kb_user_disable(fx->kb, NULL, "alice", true, &err), FNR_OK);
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "alice", &v, &err), FNR_DENIED);
    assert_int_equal(fnr_kb_viewer_token(fx->kb, tok, &v, &err), FNR_DENIED);
    assert_int_equal(fnr_kb_viewer_password(fx->kb, "alice", "pw", &v, &err), FNR_DENIED);
    assert_null(v);
    char tok2[FNR_TOKEN_LEN + 1];
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "alice", NULL, tok2, &err), FNR_INVALID);
    fnr_user_list *l = NULL;
    assert_int_equal(fnr_kb_user_list(fx->kb, NULL, &l, &err), FNR_OK);
    assert_true(l->rows[0].disabled);
    fnr_user_list_free(l);

    assert_int_equal(fnr_kb_user_disable(fx->kb, NULL, "alice", false, &err), FNR_OK);
    assert_int_equal(fnr_kb_viewer_token(fx->kb, tok, &v, &err), FNR_OK);
    fnr_viewer_free(v);
    assert_int_equal(fnr_kb_user_disable(fx->kb, NULL, "nobody", true, &err), FNR_NOTFOUND);
}

static void test_owner_only(void **state)
{
    fixture *fx = *state;
    add_user(fx->kb, "alice", "TOP SECRET", NULL, 0, NULL, NULL);
    fnr_error err;
    fnr_viewer *alice = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "alice", &alice, &err), FNR_OK);
    int64_t seq0 = 0;
    char h0[65];
    assert_int_equal(fnr_kb_audit_head(fx->kb, &seq0, h0, &err), FNR_OK);

    fnr_user_spec u = { .name = "eve", .clearance = "UNCLASSIFIED" };
    assert_int_equal(fnr_kb_user_add(fx->kb, alice, &u, &err), FNR_DENIED);
    assert_non_null(strstr(err.message, "owner"));
    assert_int_equal(fnr_kb_user_disable(fx->kb, alice, "alice", true, &err), FNR_DENIED);
    fnr_user_list *l = NULL;
    assert_int_equal(fnr_kb_user_list(fx->kb, alice, &l, &err), FNR_DENIED);
    assert_null(l);
    char tok[FNR_TOKEN_LEN + 1];
    assert_int_equal(fnr_kb_token_create(fx->kb, alice, "alice", NULL, tok, &err), FNR_DENIED);
    fnr_audit_list *al = NULL;
    assert_int_equal(fnr_kb_audit_list(fx->kb, alice, NULL, &al, &err), FNR_DENIED);
    assert_null(al);

    /* Nothing was changed and nothing appended. */
    int64_t seq1 = 0;
    assert_int_equal(fnr_kb_audit_head(fx->kb, &seq1, h0, &err), FNR_OK);
    assert_int_equal(seq1, seq0);
    fnr_viewer *eve = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "eve", &eve, &err), FNR_DENIED);
    fnr_viewer_free(alice);
}

/* ---- audit ----------------------------------------------------------------------- */

static void test_audit_records(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    int64_t seq = -1;
    char head[65];
    assert_int_equal(fnr_kb_audit_head(fx->kb, &seq, head, &err), FNR_OK);
    assert_int_equal(seq, 0);
    int64_t bad = -1;
    size_t checked = 9;
    assert_int_equal(fnr_kb_audit_verify(fx->kb, NULL, &bad, &checked, &err), FNR_OK);
    assert_int_equal(checked, 0);

    add_user(fx->kb, "alice", "SECRET", NULL, 0, "FRA", NULL);
    char tok[FNR_TOKEN_LEN + 1];
    assert_int_equal(fnr_kb_token_create(fx->kb, NULL, "alice", "cli", tok, &err), FNR_OK);
    assert_int_equal(fnr_kb_user_disable(fx->kb, NULL, "alice", true, &err), FNR_OK);
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_user_disable(fx->kb, NULL, "alice", false, &err), FNR_OK);
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "alice", &v, &err), FNR_OK);
    static const int64_t docs[] = { 7, 3, 7, 12 };
    assert_int_equal(fnr__kb_audit(fx->kb, v, "read", "search \"x\"", 9, docs, 4, &err), FNR_OK);
    fnr_viewer_free(v);

    fnr_audit_list *l = NULL;
    assert_int_equal(fnr_kb_audit_list(fx->kb, NULL, NULL, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 5);
    for (size_t i = 0; i < l->n_rows; i++) {
        assert_int_equal(l->rows[i].seq, (int64_t)i + 1);
        assert_int_equal(strlen(l->rows[i].hash), 64);
        assert_int_equal(strlen(l->rows[i].at), 20);
    }
    assert_string_equal(l->rows[0].user, "owner");
    assert_string_equal(l->rows[0].action, "account");
    assert_non_null(strstr(l->rows[0].what, "user add alice"));
    assert_non_null(strstr(l->rows[1].what, "token create alice"));
    /* The token itself is never written to the log. */
    for (size_t i = 0; i < l->n_rows; i++)
        assert_null(strstr(l->rows[i].what, tok));
    assert_string_equal(l->rows[2].what, "user disable alice");
    assert_string_equal(l->rows[3].what, "user enable alice");
    assert_string_equal(l->rows[4].user, "alice");
    assert_string_equal(l->rows[4].action, "read");
    assert_int_equal(l->rows[4].facts, 9);
    assert_int_equal(l->rows[4].n_docs, 3);
    assert_int_equal(l->rows[4].docs[0], 3);
    assert_int_equal(l->rows[4].docs[1], 7);
    assert_int_equal(l->rows[4].docs[2], 12);
    char last_hash[65];
    snprintf(last_hash, sizeof last_hash, "%s", l->rows[4].hash);
    fnr_audit_list_free(l);

    /* The listing was itself recorded, with the number of records shown. */
    assert_int_equal(fnr_kb_audit_head(fx->kb, &seq, head, &err), FNR_OK);
    assert_int_equal(seq, 6);
    fnr_audit_filter f = { .action = "read", .limit = 1 };
    assert_int_equal(fnr_kb_audit_list(fx->kb, NULL, &f, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 1);
    assert_int_equal(l->rows[0].seq, 6);
    assert_string_equal(l->rows[0].what, "audit list");
    assert_int_equal(l->rows[0].facts, 5);
    assert_string_equal(l->rows[0].hash, head);
    fnr_audit_list_free(l);

    fnr_audit_filter fu = { .user = "alice", .since = "2000-01-01" };
    assert_int_equal(fnr_kb_audit_list(fx->kb, NULL, &fu, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 1);
    assert_int_equal(l->rows[0].seq, 5);
    fnr_audit_list_free(l);
    fnr_audit_filter ff = { .since = "2999-01-01" };
    assert_int_equal(fnr_kb_audit_list(fx->kb, NULL, &ff, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 0);
    fnr_audit_list_free(l);
    fnr_audit_filter fb = { .since = "yesterday" };
    assert_int_equal(fnr_kb_audit_list(fx->kb, NULL, &fb, &l, &err), FNR_INVALID);

    assert_int_equal(fnr_kb_audit_verify(fx->kb, NULL, &bad, &checked, &err), FNR_OK);
    assert_int_equal(bad, 0);
    assert_int_equal(checked, 9);
    /* A head kept earlier is still in the chain; a made-up one is not. */
    assert_int_equal(fnr_kb_audit_verify(fx->kb, last_hash, &bad, &checked, &err), FNR_OK);
    char kept[80];
    snprintf(kept, sizeof kept, "5:%s", last_hash);
    assert_int_equal(fnr_kb_audit_verify(fx->kb, kept, &bad, &checked, &err), FNR_OK);
    char other[65];
    memset(other, 'a', 64);
    other[64] = 0;
    assert_int_equal(fnr_kb_audit_verify(fx->kb, other, &bad, &checked, &err), FNR_BADINPUT);
    assert_int_equal(fnr_kb_audit_verify(fx->kb, "zz", &bad, &checked, &err), FNR_INVALID);
}

/* Two handles on one store append in turn: the chain stays one chain. */
static void test_audit_two_writers(void **state)
{
    fixture *fx = *state;
    fnr_kb *other = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_open(fx->db, NULL, &other, &err), FNR_OK);
    for (int i = 0; i < 10; i++) {
        fnr_kb *kb = i % 2 ? other : fx->kb;
        assert_int_equal(fnr__kb_audit(kb, NULL, "read", "stats", i, NULL, 0, &err), FNR_OK);
    }
    int64_t bad = 0;
    size_t checked = 0;
    assert_int_equal(fnr_kb_audit_verify(other, NULL, &bad, &checked, &err), FNR_OK);
    assert_int_equal(checked, 10);
    fnr_kb_close(other);
}

/* ---- tampering ---------------------------------------------------------------------- */

#define N_RECORDS 6

/* A log of N_RECORDS records; the store is closed afterwards so that the
 * test can open the file itself. *head gets "SEQ:HEX" of the last one. */
static void make_log(fixture *fx, char *head, size_t head_len)
{
    fnr_error err;
    for (int i = 1; i <= N_RECORDS; i++) {
        char what[64];
        snprintf(what, sizeof what, "query %d", i);
        int64_t d = i;
        assert_int_equal(fnr__kb_audit(fx->kb, NULL, "read", what, i * 10, &d, 1, &err), FNR_OK);
    }
    int64_t seq = 0;
    char h[65];
    assert_int_equal(fnr_kb_audit_head(fx->kb, &seq, h, &err), FNR_OK);
    assert_int_equal(seq, N_RECORDS);
    snprintf(head, head_len, "%lld:%s", (long long)seq, h);
    fnr_kb_close(fx->kb);
    fx->kb = NULL;
}

/* Runs SQL on the store file with the append-only triggers dropped. */
static void tamper(const fixture *fx, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(db,
                          "DROP TRIGGER IF EXISTS audit_no_update;"
                          "DROP TRIGGER IF EXISTS audit_no_delete;",
                          NULL, NULL, &msg);
    assert_int_equal(rc, SQLITE_OK);
    rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        fail_msg("tamper: %s", msg ? msg : "?");
    sqlite3_close(db);
}

/* Reopens the store and expects verify to fail at record want. */
static void expect_bad(fixture *fx, const char *expect_head, int64_t want, const char *words)
{
    fnr_error err;
    assert_int_equal(fnr_kb_open(fx->db, NULL, &fx->kb, &err), FNR_OK);
    int64_t bad = 0;
    size_t checked = 0;
    fnr_status rc = fnr_kb_audit_verify(fx->kb, expect_head, &bad, &checked, &err);
    if (rc != FNR_BADINPUT)
        fail_msg("verify gave %s, want BADINPUT", fnr_status_name(rc));
    assert_int_equal(bad, want);
    char num[32];
    snprintf(num, sizeof num, "%lld", (long long)want);
    if (!strstr(err.message, num) || !strstr(err.message, words))
        fail_msg("message \"%s\" should name record %s and say \"%s\"", err.message, num, words);
}

static void test_tamper_intact(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "SELECT 1"); /* the triggers gone change nothing by themselves */
    fnr_error err;
    assert_int_equal(fnr_kb_open(fx->db, NULL, &fx->kb, &err), FNR_OK);
    int64_t bad = 7;
    size_t checked = 0;
    assert_int_equal(fnr_kb_audit_verify(fx->kb, head, &bad, &checked, &err), FNR_OK);
    assert_int_equal(bad, 0);
    assert_int_equal(checked, N_RECORDS);
}

static void test_tamper_triggers(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    /* With the triggers in place SQLite itself refuses edits. */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
    assert_int_not_equal(
        sqlite3_exec(db, "UPDATE audit SET what = 'x' WHERE seq = 2", NULL, NULL, NULL), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit WHERE seq = 2", NULL, NULL, NULL),
                         SQLITE_OK);
    sqlite3_close(db);
}

static void test_tamper_edit(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "UPDATE audit SET what = 'query 3 (harmless)' WHERE seq = 3");
    expect_bad(fx, NULL, 3, "altered");
}

static void test_tamper_edit_number(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "UPDATE audit SET facts = 0, docs = '' WHERE seq = 4");
    expect_bad(fx, NULL, 4, "altered");
}

static void test_tamper_delete(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "DELETE FROM audit WHERE seq = 3");
    expect_bad(fx, NULL, 3, "missing");
}

static void test_tamper_delete_renumber(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    /* Remove record 3 and close the gap: later records now sit under new
     * numbers, which their hashes cover. */
    tamper(fx, "DELETE FROM audit WHERE seq = 3;"
               "UPDATE audit SET seq = seq - 1 WHERE seq > 3;"
               "UPDATE meta SET value = '5:' || substr(value, 3) WHERE key = 'audit_head';");
    expect_bad(fx, NULL, 3, "altered");
}

static void test_tamper_swap(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    /* Records 3 and 4 trade everything but their numbers. */
    tamper(fx, "CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (3, 4);"
               "UPDATE audit SET (at, user, action, what, facts, docs, prev, hash) ="
               " (SELECT at, user, action, what, facts, docs, prev, hash FROM t"
               "  WHERE t.seq = 7 - audit.seq) WHERE seq IN (3, 4);");
    expect_bad(fx, NULL, 3, "altered");
}

static void test_tamper_reorder_links(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    /* A forger who rehashes nothing but repoints record 4 at record 2. */
    tamper(fx, "UPDATE audit SET prev = (SELECT hash FROM audit WHERE seq = 2) WHERE seq = 4");
    expect_bad(fx, NULL, 4, "altered");
}

/* The chain's documented encoding (src/kb/audit.c), as a forger who knows
 * it would write it. */
static void put_u64(crypto_generichash_state *h, uint64_t v)
{
    unsigned char b[8];
    for (int i = 7; i >= 0; i--) {
        b[i] = (unsigned char)(v & 0xff);
        v >>= 8;
    }
    crypto_generichash_update(h, b, sizeof b);
}

static void put_col(crypto_generichash_state *h, sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    size_t n = (size_t)sqlite3_column_bytes(st, i);
    put_u64(h, n);
    crypto_generichash_update(h, t, n);
}

/* Changes record 3's text and recomputes its hash from its own prev, as a
 * forger would; record 4 still links to the old hash. */
static void test_tamper_rehash(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "UPDATE audit SET what = 'nothing to see' WHERE seq = 3");
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT prev, seq, at, user, action, what, facts, docs"
                                        " FROM audit WHERE seq = 3",
                                        -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    crypto_generichash_state h;
    crypto_generichash_init(&h, NULL, 0, 32);
    crypto_generichash_update(&h, sqlite3_column_blob(st, 0), 32);
    crypto_generichash_update(&h, (const unsigned char *)"fener-audit-1", 13);
    put_u64(&h, (uint64_t)sqlite3_column_int64(st, 1));
    for (int i = 2; i <= 5; i++)
        put_col(&h, st, i);
    put_u64(&h, (uint64_t)sqlite3_column_int64(st, 6));
    put_col(&h, st, 7);
    unsigned char out[32];
    crypto_generichash_final(&h, out, 32);
    sqlite3_finalize(st);
    assert_int_equal(
        sqlite3_prepare_v2(db, "UPDATE audit SET hash = ?1 WHERE seq = 3", -1, &st, NULL),
        SQLITE_OK);
    sqlite3_bind_blob(st, 1, out, 32, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
    expect_bad(fx, NULL, 4, "does not follow");
}

static void test_tamper_cut_tail(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    tamper(fx, "DELETE FROM audit WHERE seq = 6");
    expect_bad(fx, NULL, 6, "missing");
}

static void test_tamper_cut_tail_and_head(void **state)
{
    fixture *fx = *state;
    char head[100];
    make_log(fx, head, sizeof head);
    /* The tamperer also rewrites the store's own head: only a head kept
     * elsewhere catches that. */
    tamper(fx, "DELETE FROM audit WHERE seq >= 5;"
               "UPDATE meta SET value = '4:' || (SELECT lower(hex(hash)) FROM audit WHERE seq = 4)"
               " WHERE key = 'audit_head';");
    fnr_error err;
    assert_int_equal(fnr_kb_open(fx->db, NULL, &fx->kb, &err), FNR_OK);
    int64_t bad = 0;
    size_t checked = 0;
    assert_int_equal(fnr_kb_audit_verify(fx->kb, NULL, &bad, &checked, &err), FNR_OK);
    fnr_kb_close(fx->kb);
    fx->kb = NULL;
    expect_bad(fx, head, 5, "missing");
}

int main(void)
{
    setenv("FENER_PWHASH_FAST", "1", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_users, setup, teardown),
        cmocka_unit_test_setup_teardown(test_viewers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tokens, setup, teardown),
        cmocka_unit_test_setup_teardown(test_disable, setup, teardown),
        cmocka_unit_test_setup_teardown(test_owner_only, setup, teardown),
        cmocka_unit_test_setup_teardown(test_audit_records, setup, teardown),
        cmocka_unit_test_setup_teardown(test_audit_two_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_intact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_triggers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_edit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_edit_number, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_delete_renumber, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_swap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_reorder_links, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_rehash, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_cut_tail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_cut_tail_and_head, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
