/*
 * Unit tests for the SQLite store backend (src/store/sqlite/): opening,
 * creating and reopening a store, schema versions (a newer store is
 * refused), files that are not fener stores, writing one batch of two
 * reports with all their facts and reading them back through every query,
 * search by folded forms ("MIT" finds "MİT", "Turkiye" finds "Türkiye"),
 * merge and split restoring every row, rollback, and the consistency
 * check. The test opens the file with SQLite itself only to tamper with it
 * and to snapshot rows. Stores live in /tmp and are removed.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "store/store.h"

/* ---- fixtures ------------------------------------------------------------------- */

static char g_path[256];

static void remove_store(const char *path)
{
    char side[300];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

static int setup_path(void **state)
{
    (void)state;
    snprintf(g_path, sizeof g_path, "/tmp/fener-test-store-%ld.db", (long)getpid());
    remove_store(g_path);
    return 0;
}

static int teardown_path(void **state)
{
    (void)state;
    remove_store(g_path);
    return 0;
}

static fnr_store *open_store(bool create)
{
    fnr_store *s = NULL;
    fnr_error err;
    fnr_store_open_opts o = { .create = create };
    fnr_status st = fnr_store_sqlite_open(g_path, &o, &s, &err);
    if (st != FNR_OK)
        fprintf(stderr, "open: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
    assert_non_null(s);
    return s;
}

static char *key_of(const char *s)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_matchkey(s, strlen(s), &b), FNR_OK);
    char *k = fnr_buf_take(&b, NULL);
    return k;
}

/* Runs SQL on the file through a second connection. */
static void raw_exec(const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(g_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* One text row of a query through a second connection (caller frees). */
static char *raw_text(const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open(g_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    const char *t = (const char *)sqlite3_column_text(st, 0);
    char *r = strdup(t ? t : "");
    sqlite3_finalize(st);
    sqlite3_close(db);
    return r;
}

/* The first column of the first row sql gives must read `want`. */
static void assert_sql(const char *sql, const char *want)
{
    char *v = raw_text(sql);
    assert_string_equal(v, want);
    free(v);
}

/* ---- opening ----------------------------------------------------------------------- */

static void test_open_create_reopen(void **state)
{
    (void)state;
    fnr_store *s = NULL;
    fnr_error err;
    fnr_store_open_opts no = { .create = false };
    assert_int_equal(fnr_store_sqlite_open(g_path, &no, &s, &err), FNR_NOINPUT);
    assert_null(s);
    assert_int_equal(access(g_path, F_OK), -1); /* nothing was created */

    s = open_store(true);
    assert_string_equal(s->m->name, "sqlite");
    assert_int_equal(s->m->version, FNR_STORE_METHODS_VERSION);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);

    s = open_store(false);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    s->m->close(s);
    s = open_store(true); /* create on an existing store opens it */
    s->m->close(s);

    char *v = raw_text("SELECT value FROM meta WHERE key = 'schema_version'");
    char want[16];
    snprintf(want, sizeof want, "%d", FNR_SCHEMA_VERSION);
    assert_string_equal(v, want);
    free(v);
    assert_sql("SELECT count(*) FROM meta WHERE key IN ('created_at', 'fener_version')", "2");
    assert_sql("PRAGMA journal_mode", "wal");

    /* Readonly opens too. */
    fnr_store_open_opts ro = { .readonly = true };
    assert_int_equal(fnr_store_sqlite_open(g_path, &ro, &s, &err), FNR_OK);
    s->m->close(s);
}

static void test_newer_version_refused(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    s->m->close(s);
    raw_exec("PRAGMA user_version = 99");
    fnr_error err;
    fnr_store_open_opts o = { .create = true };
    s = NULL;
    assert_int_equal(fnr_store_sqlite_open(g_path, &o, &s, &err), FNR_UNSUPPORTED);
    assert_null(s);
    assert_non_null(strstr(err.message, "99"));
    char want[32];
    snprintf(want, sizeof want, "version %d", FNR_SCHEMA_VERSION);
    assert_non_null(strstr(err.message, want));
    /* The file is left as it was. */
    char *v = raw_text("PRAGMA user_version");
    assert_string_equal(v, "99");
    free(v);
}

static void test_not_a_fener_store(void **state)
{
    (void)state;
    fnr_error err;
    fnr_store *s = NULL;
    fnr_store_open_opts o = { .create = true };

    /* Random bytes. */
    FILE *f = fopen(g_path, "wb");
    assert_non_null(f);
    srand(7);
    for (int i = 0; i < 8192; i++)
        fputc(rand() & 0xff, f);
    fclose(f);
    assert_int_equal(fnr_store_sqlite_open(g_path, &o, &s, &err), FNR_BADINPUT);
    assert_null(s);
    char want[300];
    snprintf(want, sizeof want, "\"%s\" is not a fener store", g_path);
    assert_string_equal(err.message, want);
    remove_store(g_path);

    /* An SQLite database without fener's tables. */
    raw_exec("CREATE TABLE t(x)");
    assert_int_equal(fnr_store_sqlite_open(g_path, &o, &s, &err), FNR_BADINPUT);
    assert_string_equal(err.message, want);
    remove_store(g_path);

    /* An empty SQLite database (no schema at all), as a creation killed before
     * its first transaction leaves: refused without create ... */
    raw_exec("PRAGMA user_version = 0");
    fnr_store_open_opts no_create = { .create = false };
    assert_int_equal(fnr_store_sqlite_open(g_path, &no_create, &s, &err), FNR_BADINPUT);
    assert_string_equal(err.message, want);
    assert_non_null(strstr(err.detail, "empty"));
    /* ... and made into a store when creating is allowed: nothing can be lost. */
    assert_int_equal(fnr_store_sqlite_open(g_path, &o, &s, &err), FNR_OK);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    s->m->close(s);
    s = NULL;
    remove_store(g_path);

    /* A zero-byte file: the same. */
    f = fopen(g_path, "wb");
    fclose(f);
    assert_int_equal(fnr_store_sqlite_open(g_path, &no_create, &s, &err), FNR_BADINPUT);
    assert_int_equal(fnr_store_sqlite_open(g_path, &o, &s, &err), FNR_OK);
    s->m->close(s);
}

/* ---- a batch of two reports -------------------------------------------------------------- */

static const char DOC1[] = "MİT captured Ahmet Güler in Ankara on 5 March 2023. "
                           "Türkiye's MİT shared intelligence with partners. "
                           "Güler was a member of ISIS.";
static const char DOC2[] = "The National Intelligence Organization detained Güler in Ankara. "
                           "Three suspects were held.";

typedef struct ids {
    int64_t doc1, doc2;
    int64_t mit, turkiye, guler, ankara, isis, nio;
    int64_t ev_arrest, ev_share, ev_old;
} ids;

static size_t off(const char *text, const char *what, int nth)
{
    const char *p = text;
    for (int i = 0; i <= nth; i++) {
        p = strstr(i ? p + 1 : p, what);
        assert_non_null(p);
    }
    return (size_t)(p - text);
}

static int64_t add_entity(fnr_store *s, fnr_entity_type type, const char *name, const char *kind,
                          const char *country)
{
    fnr_error err;
    char *k = key_of(name);
    fnr_store_entity e = { .type = type, .name = name, .key = k, .kind = kind, .country = country };
    int64_t id = 0;
    assert_int_equal(s->m->entity_insert(s, &e, &id, &err), FNR_OK);
    assert_true(id > 0);
    free(k);
    return id;
}

static void add_alias(fnr_store *s, int64_t ent, const char *surface, int64_t doc)
{
    fnr_error err;
    char *k = key_of(surface);
    fnr_store_alias a = {
        .entity_id = ent, .surface = surface, .key = k, .doc_id = doc, .rule = "test"
    };
    assert_int_equal(s->m->alias_insert(s, &a, &err), FNR_OK);
    assert_int_equal(s->m->alias_insert(s, &a, &err), FNR_OK); /* once only */
    free(k);
}

static void add_mention(fnr_store *s, int64_t ent, int64_t doc, const char *text, const char *what,
                        int nth, uint32_t sentence)
{
    fnr_error err;
    size_t o = off(text, what, nth);
    fnr_store_mention m = { .entity_id = ent,
                            .doc_id = doc,
                            .sentence = sentence,
                            .start = o,
                            .end = o + strlen(what),
                            .rule = "test" };
    assert_int_equal(s->m->mention_insert(s, &m, &err), FNR_OK);
}

/* add_doc tokenises documents ahead with the prepare_doc method: 1 = for
 * the title and text stored, 2 = for another title (so only the text's
 * tokens can be replayed). */
static int g_prepare;

static int64_t add_doc(fnr_store *s, const char *text, const char *sha, const char *title,
                       const char *date)
{
    fnr_error err;
    fnr_sentence_span sents[3];
    size_t n = 0, start = 0;
    for (size_t i = 0; text[i]; i++) {
        if (text[i] == '.' && (text[i + 1] == ' ' || !text[i + 1])) {
            sents[n].start = start;
            sents[n].end = i + 1;
            sents[n].heading = false;
            n++;
            start = i + 2;
        }
    }
    fnr_store_doc d = { .sha256 = sha,
                        .title = title,
                        .date = date,
                        .source = "Daily Test",
                        .reliability = 'B',
                        .credibility = 2,
                        .format = "text",
                        .bytes = strlen(text),
                        .text = text,
                        .text_len = strlen(text),
                        .sentences = sents,
                        .n_sentences = n,
                        .batch = 1 };
    void *pr = NULL;
    if (g_prepare) {
        pr = s->m->prepare_doc(g_prepare == 1 ? title : "Another title", text, strlen(text));
        assert_non_null(pr);
        d.prepared = pr;
    }
    int64_t id = 0;
    assert_int_equal(s->m->doc_insert(s, &d, &id, &err), FNR_OK);
    assert_true(id > 0);
    s->m->prepared_free(pr);
    return id;
}

static void write_batch(fnr_store *s, ids *x)
{
    fnr_error err;
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    x->doc1 = add_doc(s, DOC1, "aaaa", "MİT rolls up a cell", "2023-03-05");
    x->doc2 = add_doc(s, DOC2, "bbbb", "Old arrest", "2022-01-10");
    int64_t found = 0;
    assert_int_equal(s->m->doc_find(s, "aaaa", &found, &err), FNR_OK);
    assert_int_equal(found, x->doc1);
    assert_int_equal(s->m->doc_find(s, "cccc", &found, &err), FNR_NOTFOUND);

    x->mit = add_entity(s, FNR_ENTITY_ORGANIZATION, "MİT", "intelligence_service", "TUR");
    x->turkiye = add_entity(s, FNR_ENTITY_LOCATION, "Türkiye", "country", "TUR");
    x->guler = add_entity(s, FNR_ENTITY_PERSON, "Ahmet Güler", NULL, NULL);
    x->ankara = add_entity(s, FNR_ENTITY_LOCATION, "Ankara", NULL, NULL);
    x->isis = add_entity(s, FNR_ENTITY_ORGANIZATION, "ISIS", NULL, NULL);
    x->nio =
        add_entity(s, FNR_ENTITY_ORGANIZATION, "National Intelligence Organization", NULL, NULL);
    fnr_store_entity enrich = {
        .kind = "city", .country = "TUR", .has_coords = true, .lat = 39.93, .lon = 32.86
    };
    assert_int_equal(s->m->entity_enrich(s, x->ankara, &enrich, &err), FNR_OK);

    add_alias(s, x->mit, "MİT", x->doc1);
    add_alias(s, x->turkiye, "Türkiye", x->doc1);
    add_alias(s, x->guler, "Ahmet Güler", x->doc1);
    add_alias(s, x->guler, "Güler", x->doc1);
    add_alias(s, x->guler, "Güler", x->doc2);
    add_alias(s, x->ankara, "Ankara", x->doc1);
    add_alias(s, x->isis, "ISIS", x->doc1);
    add_alias(s, x->nio, "National Intelligence Organization", x->doc2);
    add_alias(s, x->nio, "MİT", x->doc2); /* the alias two entities share */

    int64_t ents[4];
    size_t n = 0;
    char *k = key_of("MIT");
    assert_int_equal(s->m->entity_find(s, FNR_ENTITY_ORGANIZATION, k, ents, 4, &n, &err), FNR_OK);
    free(k);
    assert_int_equal(n, 2);
    assert_int_equal(ents[0], x->mit);
    assert_int_equal(ents[1], x->nio);

    add_mention(s, x->mit, x->doc1, DOC1, "MİT", 0, 0);
    add_mention(s, x->guler, x->doc1, DOC1, "Ahmet Güler", 0, 0);
    add_mention(s, x->ankara, x->doc1, DOC1, "Ankara", 0, 0);
    add_mention(s, x->turkiye, x->doc1, DOC1, "Türkiye", 0, 1);
    add_mention(s, x->mit, x->doc1, DOC1, "MİT", 1, 1);
    add_mention(s, x->guler, x->doc1, DOC1, "Güler", 1, 2);
    add_mention(s, x->isis, x->doc1, DOC1, "ISIS", 0, 2);
    add_mention(s, x->nio, x->doc2, DOC2, "National Intelligence Organization", 0, 0);
    add_mention(s, x->guler, x->doc2, DOC2, "Güler", 0, 0);
    add_mention(s, x->ankara, x->doc2, DOC2, "Ankara", 0, 0);

    int64_t a1[] = { x->mit }, t1[] = { x->guler };
    size_t s0 = off(DOC1, "MİT captured", 0), e0 = off(DOC1, "2023.", 0) + 5;
    fnr_store_event ev = { .doc_id = x->doc1,
                           .type = FNR_EVENT_ARREST,
                           .cameo = "173",
                           .date = "2023-03-05",
                           .precision = "day",
                           .location_id = x->ankara,
                           .count = 1,
                           .sentence = 0,
                           .start = s0,
                           .end = e0,
                           .trigger_start = off(DOC1, "captured", 0),
                           .trigger_end = off(DOC1, "captured", 0) + 8,
                           .confidence = 0.9,
                           .rule = "arrest_verb",
                           .actors = a1,
                           .n_actors = 1,
                           .targets = t1,
                           .n_targets = 1 };
    assert_int_equal(s->m->event_insert(s, &ev, &x->ev_arrest, &err), FNR_OK);
    fnr_store_event ev2 = { .doc_id = x->doc1,
                            .type = FNR_EVENT_INTEL_SHARING,
                            .cameo = "064",
                            .count = -1,
                            .sentence = 1,
                            .start = off(DOC1, "Türkiye's", 0),
                            .end = off(DOC1, "partners.", 0) + 9,
                            .confidence = 0.7,
                            .rule = "share_verb",
                            .actors = a1,
                            .n_actors = 1 };
    assert_int_equal(s->m->event_insert(s, &ev2, &x->ev_share, &err), FNR_OK);
    int64_t a3[] = { x->nio };
    fnr_store_event ev3 = { .doc_id = x->doc2,
                            .type = FNR_EVENT_ARREST,
                            .cameo = "173",
                            .date = "2022-01-10",
                            .precision = "day",
                            .location_id = x->ankara,
                            .count = 3,
                            .sentence = 0,
                            .start = 0,
                            .end = off(DOC2, "Ankara.", 0) + 7,
                            .confidence = 0.8,
                            .rule = "arrest_verb",
                            .actors = a3,
                            .n_actors = 1,
                            .targets = t1,
                            .n_targets = 1 };
    assert_int_equal(s->m->event_insert(s, &ev3, &x->ev_old, &err), FNR_OK);

    size_t ms = off(DOC1, "Güler was", 0);
    fnr_store_relation r = { .doc_id = x->doc1,
                             .type = FNR_REL_MEMBER_OF,
                             .source_id = x->guler,
                             .target_id = x->isis,
                             .sentence = 2,
                             .start = ms,
                             .end = strlen(DOC1),
                             .rule = "member_of" };
    assert_int_equal(s->m->relation_insert(s, &r, &err), FNR_OK);
    fnr_store_relation r2 = { .doc_id = x->doc2,
                              .type = FNR_REL_ASSOCIATED_WITH,
                              .source_id = x->nio,
                              .target_id = x->guler,
                              .sentence = 0,
                              .start = 0,
                              .end = off(DOC2, "Ankara.", 0) + 7,
                              .rule = "same_sentence" };
    assert_int_equal(s->m->relation_insert(s, &r2, &err), FNR_OK);

    k = key_of("MİT");
    fnr_store_candidate c = {
        .a = x->mit, .b = x->nio, .surface = "MİT", .key = k, .doc_id = x->doc2
    };
    assert_int_equal(s->m->candidate_insert(s, &c, &err), FNR_OK);
    assert_int_equal(s->m->candidate_insert(s, &c, &err), FNR_OK); /* once only */
    free(k);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
}

static void test_write_and_query(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    ids x;
    write_batch(s, &x);
    assert_int_equal(s->m->check(s, &err), FNR_OK);

    /* resolve */
    int64_t id = 0;
    assert_int_equal(s->m->entity_resolve(s, NULL, "MIT", &id, &err), FNR_OK);
    assert_int_equal(id, x.mit); /* more mentions than the other "MİT" */
    char num[32];
    snprintf(num, sizeof num, "e%lld", (long long)x.guler);
    assert_int_equal(s->m->entity_resolve(s, NULL, num, &id, &err), FNR_OK);
    assert_int_equal(id, x.guler);
    snprintf(num, sizeof num, "%lld", (long long)x.isis);
    assert_int_equal(s->m->entity_resolve(s, NULL, num, &id, &err), FNR_OK);
    assert_int_equal(id, x.isis);
    assert_int_equal(s->m->entity_resolve(s, NULL, "guler", &id, &err), FNR_OK);
    assert_int_equal(id, x.guler);
    assert_int_equal(s->m->entity_resolve(s, NULL, "Ahmet Gulerr", &id, &err), FNR_NOTFOUND);
    assert_string_equal(err.hint, "Did you mean: Ahmet Güler?");
    assert_int_equal(s->m->entity_resolve(s, NULL, "e999", &id, &err), FNR_NOTFOUND);

    /* search: folded forms */
    const char *forms[] = { "MIT", "mit", "MİT", "Mit" };
    for (size_t i = 0; i < 4; i++) {
        fnr_search_result *r = NULL;
        assert_int_equal(s->m->search(s, NULL, forms[i], FNR_SEARCH_ALL, 20, &r, &err), FNR_OK);
        assert_true(r->n_entities >= 1);
        assert_int_equal(r->entities[0].id, x.mit);
        assert_string_equal(r->entities[0].matched, "MİT");
        assert_int_equal(r->entities[0].mentions, 2);
        assert_int_equal(r->entities[0].documents, 1);
        assert_int_equal(r->n_docs, 1);
        assert_int_equal(r->docs[0].doc.id, x.doc1);
        assert_non_null(strstr(r->docs[0].snippet, "[MİT]"));
        assert_int_equal(r->docs[0].doc.reliability, 'B');
        fnr__result_free(r->internal);
    }
    fnr_search_result *r = NULL;
    assert_int_equal(s->m->search(s, NULL, "Turkiye", FNR_SEARCH_ALL, 0, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 1);
    assert_int_equal(r->entities[0].id, x.turkiye);
    assert_int_equal(r->n_docs, 1);
    assert_non_null(strstr(r->docs[0].snippet, "[Türkiye]'s"));
    fnr__result_free(r->internal);
    /* prefix, scope, phrases, punctuation, FTS syntax taken literally */
    assert_int_equal(s->m->search(s, NULL, "Ank", FNR_SEARCH_LOCATION, 0, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 1);
    assert_int_equal(r->entities[0].id, x.ankara);
    assert_int_equal(r->n_docs, 0);
    fnr__result_free(r->internal);
    assert_int_equal(
        s->m->search(s, NULL, "\"intelligence organization\"", FNR_SEARCH_DOCUMENT, 0, &r, &err),
        FNR_OK);
    assert_int_equal(r->n_docs, 1);
    assert_int_equal(r->docs[0].doc.id, x.doc2);
    fnr__result_free(r->internal);
    const char *odd[] = { "!!!", "\"", "AND OR NOT", "(*)", "gul*", "a:b NEAR(" };
    for (size_t i = 0; i < 6; i++) {
        assert_int_equal(s->m->search(s, NULL, odd[i], FNR_SEARCH_DOCUMENT, 0, &r, &err), FNR_OK);
        assert_int_equal(r->n_docs, 0);
        fnr__result_free(r->internal);
    }
    assert_int_equal(s->m->search(s, NULL, "Güler Ankara", FNR_SEARCH_DOCUMENT, 0, &r, &err),
                     FNR_OK);
    assert_int_equal(r->n_docs, 2);
    fnr__result_free(r->internal);

    /* profile */
    fnr_profile *p = NULL;
    assert_int_equal(s->m->profile(s, NULL, x.guler, &p, &err), FNR_OK);
    assert_string_equal(p->name, "Ahmet Güler");
    assert_int_equal(p->type, FNR_ENTITY_PERSON);
    assert_int_equal(p->n_mentions, 3);
    assert_int_equal(p->n_documents, 2);
    assert_string_equal(p->first_seen, "2022-01-10");
    assert_string_equal(p->last_seen, "2023-03-05");
    assert_int_equal(p->merged_into, 0);
    assert_int_equal(p->n_aliases, 2);
    assert_int_equal(p->n_aliases_total, 2);
    /* The most asserted first: "Güler" in two reports, the full name in one. */
    assert_string_equal(p->aliases[0].surface, "Güler");
    assert_int_equal(p->aliases[0].reports, 2);
    assert_int_equal(p->aliases[0].n_sources, 2);
    assert_int_equal(p->aliases[0].sources[0].doc_id, x.doc1); /* newest first */
    assert_string_equal(p->aliases[0].sources[0].source, "Daily Test");
    assert_string_equal(p->aliases[1].surface, "Ahmet Güler");
    assert_int_equal(p->aliases[1].reports, 1);
    assert_int_equal(p->n_events, 2);
    assert_int_equal(p->events[0].id, x.ev_arrest);
    assert_int_equal(p->events[0].n_actors, 1);
    assert_int_equal(p->events[0].actors[0].id, x.mit);
    assert_int_equal(p->events[0].n_targets, 1);
    assert_int_equal(p->events[0].location.id, x.ankara);
    assert_string_equal(p->events[0].location.name, "Ankara");
    assert_string_equal(p->events[0].text, "MİT captured Ahmet Güler in Ankara on 5 March 2023.");
    assert_string_equal(p->events[0].cameo, "173");
    assert_int_equal(p->events[0].count, 1);
    assert_int_equal(p->events[1].id, x.ev_old);
    assert_int_equal(p->n_relations, 2);
    bool saw_member = false, saw_assoc = false;
    for (size_t i = 0; i < p->n_relations; i++) {
        const fnr_relation_row *rr = &p->relations[i];
        if (rr->type == FNR_REL_MEMBER_OF) {
            saw_member = true;
            assert_true(rr->outgoing);
            assert_int_equal(rr->other.id, x.isis);
            assert_int_equal(rr->evidence, 1);
            assert_string_equal(rr->text, "Güler was a member of ISIS.");
        } else {
            saw_assoc = true;
            assert_false(rr->outgoing);
            assert_int_equal(rr->other.id, x.nio);
        }
    }
    assert_true(saw_member && saw_assoc);
    assert_true(p->n_cooccur >= 3);
    assert_int_equal(p->cooccur[0].other.id, x.ankara); /* two sentences */
    assert_int_equal(p->cooccur[0].sentences, 2);
    assert_int_equal(p->n_docs, 2);
    assert_int_equal(p->docs[0].id, x.doc1);
    assert_int_equal(p->docs[0].mentions, 2);
    fnr__result_free(p->internal);
    assert_int_equal(s->m->profile(s, NULL, x.ankara, &p, &err), FNR_OK);
    assert_true(p->has_coords);
    assert_string_equal(p->kind, "city");
    assert_int_equal(p->n_events, 2); /* as the place */
    fnr__result_free(p->internal);
    assert_int_equal(s->m->profile(s, NULL, 999, &p, &err), FNR_NOTFOUND);
    assert_null(p);

    /* events */
    fnr_event_list *l = NULL;
    fnr_event_filter f = { 0 };
    assert_int_equal(s->m->events(s, NULL, &f, 0, 0, 0, 0, &l, &err), FNR_OK);
    assert_int_equal(l->total, 3);
    assert_int_equal(l->n_rows, 3);
    assert_int_equal(l->rows[0].id, x.ev_arrest);
    assert_int_equal(l->rows[1].id, x.ev_old);
    assert_int_equal(l->rows[2].id, x.ev_share); /* undated last */
    assert_null(l->rows[2].date);
    assert_int_equal(l->rows[2].count, -1);
    fnr__result_free(l->internal);
    f.until = "2023";
    f.since = "2023";
    assert_int_equal(s->m->events(s, NULL, &f, 0, 0, 0, 0, &l, &err), FNR_OK);
    assert_int_equal(l->total, 1);
    assert_int_equal(l->rows[0].id, x.ev_arrest);
    fnr__result_free(l->internal);
    f = (fnr_event_filter){ .type = FNR_EVENT_ARREST, .until = "2022-12" };
    assert_int_equal(s->m->events(s, NULL, &f, 0, 0, 0, 0, &l, &err), FNR_OK);
    assert_int_equal(l->total, 1);
    assert_int_equal(l->rows[0].id, x.ev_old);
    fnr__result_free(l->internal);
    f = (fnr_event_filter){ .limit = 1, .offset = 1 };
    assert_int_equal(s->m->events(s, NULL, &f, x.mit, 0, 0, 0, &l, &err), FNR_OK);
    assert_int_equal(l->total, 2);
    assert_int_equal(l->n_rows, 1);
    assert_int_equal(l->rows[0].id, x.ev_share);
    fnr__result_free(l->internal);
    assert_int_equal(s->m->events(s, NULL, NULL, 0, x.guler, x.ankara, x.guler, &l, &err), FNR_OK);
    assert_int_equal(l->total, 2);
    fnr__result_free(l->internal);

    /* stats */
    fnr_stats *t = NULL;
    assert_int_equal(s->m->stats(s, NULL, FNR_STATS_YEAR, NULL, 0, 0, 0, 0, &t, &err), FNR_OK);
    assert_int_equal(t->n_rows, 3);
    assert_string_equal(t->rows[0].key, "2022");
    assert_int_equal(t->rows[0].persons, 3);
    assert_string_equal(t->rows[1].key, "2023");
    assert_string_equal(t->rows[2].key, "(undated)");
    assert_int_equal(t->events, 3);
    assert_int_equal(t->persons, 4);
    assert_int_equal(t->documents, 2);
    fnr__result_free(t->internal);
    assert_int_equal(s->m->stats(s, NULL, FNR_STATS_TYPE, NULL, 0, 0, 0, 0, &t, &err), FNR_OK);
    assert_string_equal(t->rows[0].key, "arrest");
    assert_int_equal(t->rows[0].events, 2);
    fnr__result_free(t->internal);
    assert_int_equal(s->m->stats(s, NULL, FNR_STATS_ACTOR, NULL, 0, 0, 0, 0, &t, &err), FNR_OK);
    assert_int_equal(t->rows[0].entity_id, x.mit);
    assert_int_equal(t->rows[0].events, 2);
    fnr__result_free(t->internal);
    assert_int_equal(s->m->stats(s, NULL, FNR_STATS_PLACE, NULL, 0, 0, 0, 0, &t, &err), FNR_OK);
    assert_int_equal(t->n_rows, 1);
    assert_string_equal(t->rows[0].key, "Ankara");
    assert_int_equal(t->rows[0].documents, 2);
    fnr__result_free(t->internal);
    assert_int_equal(s->m->stats(s, NULL, FNR_STATS_MONTH, NULL, 0, 0, 0, 0, &t, &err), FNR_OK);
    assert_string_equal(t->rows[1].key, "2023-03");
    fnr__result_free(t->internal);

    /* timeline */
    fnr_timeline *tl = NULL;
    assert_int_equal(s->m->timeline(s, NULL, x.guler, NULL, NULL, &tl, &err), FNR_OK);
    assert_string_equal(tl->entity.name, "Ahmet Güler");
    assert_int_equal(tl->n_rows, 4);
    assert_false(tl->rows[0].is_event);
    assert_string_equal(tl->rows[0].date, "2022-01-10");
    assert_string_equal(tl->rows[0].text,
                        "The National Intelligence Organization detained Güler in Ankara.");
    assert_true(tl->rows[1].is_event);
    assert_int_equal(tl->rows[1].event_id, x.ev_old);
    assert_string_equal(tl->rows[2].date, "2023-03-05");
    assert_true(tl->rows[3].is_event);
    fnr__result_free(tl->internal);
    /* A window: 2023 only; "2022" .. "2022-01" is the old arrest and its
     * document; an open end. */
    assert_int_equal(s->m->timeline(s, NULL, x.guler, "2023", "2023", &tl, &err), FNR_OK);
    assert_int_equal(tl->n_rows, 2);
    assert_string_equal(tl->rows[0].date, "2023-03-05");
    assert_string_equal(tl->rows[1].date, "2023-03-05");
    fnr__result_free(tl->internal);
    assert_int_equal(s->m->timeline(s, NULL, x.guler, "2022", "2022-01", &tl, &err), FNR_OK);
    assert_int_equal(tl->n_rows, 2);
    assert_int_equal(tl->rows[1].event_id, x.ev_old);
    fnr__result_free(tl->internal);
    assert_int_equal(s->m->timeline(s, NULL, x.guler, "2023-03-06", NULL, &tl, &err), FNR_OK);
    assert_int_equal(tl->n_rows, 0);
    fnr__result_free(tl->internal);

    /* doc */
    fnr_doc_view *dv = NULL;
    assert_int_equal(s->m->doc(s, NULL, x.doc1, &dv, &err), FNR_OK);
    assert_string_equal(dv->text, DOC1);
    assert_int_equal(dv->text_len, strlen(DOC1));
    assert_string_equal(dv->doc.title, "MİT rolls up a cell");
    assert_int_equal(dv->doc.credibility, 2);
    assert_int_equal(dv->n_mentions, 7);
    for (size_t i = 1; i < dv->n_mentions; i++)
        assert_true(dv->mentions[i - 1].start <= dv->mentions[i].start);
    assert_int_equal(dv->mentions[0].entity.id, x.mit);
    assert_int_equal(dv->n_events, 2);
    fnr__result_free(dv->internal);
    assert_int_equal(s->m->doc(s, NULL, 12345, &dv, &err), FNR_NOTFOUND);

    /* conflicts */
    fnr_conflict_list *cl = NULL;
    assert_int_equal(s->m->conflicts(s, NULL, false, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_rows, 1);
    assert_int_equal(cl->rows[0].a.id, x.mit);
    assert_int_equal(cl->rows[0].b.id, x.nio);
    assert_string_equal(cl->rows[0].surface, "MİT");
    assert_string_equal(cl->rows[0].status, "open");
    fnr__result_free(cl->internal);

    s->m->close(s);
    /* Reopened, everything is still there. */
    s = open_store(false);
    assert_int_equal(s->m->entity_resolve(s, NULL, "Turkiye", &id, &err), FNR_OK);
    assert_int_equal(id, x.turkiye);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
}

/* Every row an entity id lives in, with the counters, as one string. */
static char *snapshot(void)
{
    return raw_text(
        "SELECT group_concat(x, ';') FROM (SELECT x FROM ("
        " SELECT 'm' || id || ':' || entity_id || '/' || orig_entity_id || '/' || doc_id || '/'"
        "  || sentence || '/' || start_byte || '-' || end_byte || '/' || rule AS x FROM mentions"
        " UNION ALL SELECT 'a' || orig_entity_id || '/' || surface || '/' || doc_id || ':'"
        "  || entity_id FROM aliases"
        " UNION ALL SELECT 'k' || key || '/' || entity_id || '/' || marking || '/' || surface"
        "  || ':' || docs FROM alias_keys"
        " UNION ALL SELECT 'g' || event_id || '/' || role || '/' || pos || ':' || entity_id"
        "  || '@' || coalesce(date, '-') || '/' || doc_id FROM event_args"
        " UNION ALL SELECT 'l' || id || ':' || coalesce(location_id, 0) FROM events"
        " UNION ALL SELECT 'r' || id || ':' || source_id || '>' || target_id FROM relations"
        " UNION ALL SELECT 'e' || id || ':' || coalesce(merged_into, 0) || ':' || n_mentions"
        "  || ':' || n_docs FROM entities"
        " UNION ALL SELECT 'd' || entity_id || '/' || doc_id || ':' || mentions || '/'"
        "  || first_sentence || '/' || sentences FROM entity_docs"
        " UNION ALL SELECT 'c' || id || ':' || status FROM candidates) ORDER BY x)");
}

static void test_merge_split(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    ids x;
    write_batch(s, &x);
    char *before = snapshot();

    assert_int_equal(s->m->merge(s, x.mit, x.mit, "ana", NULL, &err), FNR_INVALID);
    assert_int_equal(s->m->split(s, x.mit, x.nio, "ana", NULL, &err), FNR_INVALID);
    assert_int_equal(s->m->merge(s, x.mit, x.nio, "ana", "same service", &err), FNR_OK);
    assert_int_equal(s->m->merge(s, x.mit, x.nio, "ana", NULL, &err), FNR_INVALID);

    fnr_profile *p = NULL;
    assert_int_equal(s->m->profile(s, NULL, x.mit, &p, &err), FNR_OK);
    assert_int_equal(p->n_mentions, 3);
    assert_int_equal(p->n_documents, 2);
    assert_int_equal(p->n_events, 3);
    fnr__result_free(p->internal);
    assert_int_equal(s->m->profile(s, NULL, x.nio, &p, &err), FNR_OK);
    assert_int_equal(p->merged_into, x.mit);
    assert_int_equal(p->n_mentions, 0);
    fnr__result_free(p->internal);
    int64_t id = 0;
    assert_int_equal(s->m->entity_resolve(s, NULL, "National Intelligence Organization", &id, &err),
                     FNR_OK);
    assert_int_equal(id, x.mit);
    fnr_conflict_list *cl = NULL;
    assert_int_equal(s->m->conflicts(s, NULL, false, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_rows, 0);
    fnr__result_free(cl->internal);
    assert_int_equal(s->m->conflicts(s, NULL, true, &cl, &err), FNR_OK);
    assert_string_equal(cl->rows[0].status, "merged");
    fnr__result_free(cl->internal);
    char *merged = raw_text("SELECT count(*) FROM mentions WHERE entity_id = "
                            "(SELECT merged FROM merges WHERE action = 'merge')");
    assert_string_equal(merged, "0");
    free(merged);
    assert_int_equal(s->m->check(s, &err), FNR_OK);

    assert_int_equal(s->m->split(s, x.mit, x.nio, "ana", "not the same", &err), FNR_OK);
    char *after = snapshot();
    assert_string_equal(before, after);
    char *audit = raw_text("SELECT group_concat(action || ':' || who || ':' || kept || '>' || "
                           "merged, ',') FROM merges");
    char want[128];
    snprintf(want, sizeof want, "merge:ana:%lld>%lld,split:ana:%lld>%lld", (long long)x.mit,
             (long long)x.nio, (long long)x.mit, (long long)x.nio);
    assert_string_equal(audit, want);
    free(audit);
    free(before);
    free(after);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
}

static void test_rollback(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    ids x;
    write_batch(s, &x);
    char *before = snapshot();
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d = add_doc(s, "Rollback report about Zeynep Kaya.", "dddd", NULL, NULL);
    int64_t e = add_entity(s, FNR_ENTITY_PERSON, "Zeynep Kaya", NULL, NULL);
    add_alias(s, e, "Zeynep Kaya", d);
    add_mention(s, e, d, "Rollback report about Zeynep Kaya.", "Zeynep Kaya", 0, 0);
    add_mention(s, x.guler, d, "Rollback report about Zeynep Kaya.", "Kaya", 0, 0);
    assert_int_equal(s->m->rollback(s, &err), FNR_OK);
    int64_t id = 0;
    assert_int_equal(s->m->doc_find(s, "dddd", &id, &err), FNR_NOTFOUND);
    assert_int_equal(s->m->entity_resolve(s, NULL, "Zeynep Kaya", &id, &err), FNR_NOTFOUND);
    fnr_search_result *r = NULL;
    assert_int_equal(s->m->search(s, NULL, "rollback", FNR_SEARCH_ALL, 0, &r, &err), FNR_OK);
    assert_int_equal(r->n_docs, 0);
    fnr__result_free(r->internal);
    char *after = snapshot();
    assert_string_equal(before, after);
    free(before);
    free(after);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    /* A duplicate document hash is a constraint error, mapped. */
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    fnr_store_doc dup = { .sha256 = "aaaa", .text = "x", .text_len = 1, .bytes = 1 };
    assert_int_equal(s->m->doc_insert(s, &dup, &id, &err), FNR_INTERNAL);
    assert_true(err.backend_code != 0);
    assert_int_equal(s->m->rollback(s, &err), FNR_OK);
    s->m->close(s);
}

/* A batch of more rows than one multi-row INSERT takes (64): every mention,
 * alias and event argument is written with its own values, a repeated alias
 * once, and alias_keys counts what was written. */
static void test_many_rows(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d = add_doc(s, DOC1, "aaaa", "one", "2023-03-05");
    int64_t e[3];
    for (int i = 0; i < 3; i++) {
        char name[16];
        snprintf(name, sizeof name, "Name %d", i);
        e[i] = add_entity(s, FNR_ENTITY_PERSON, name, NULL, NULL);
    }
    for (int i = 0; i < 150; i++) {
        fnr_store_mention m = { .entity_id = e[i % 3],
                                .doc_id = d,
                                .sentence = (uint32_t)(i / 10),
                                .start = (size_t)i,
                                .end = (size_t)i + 1,
                                .rule = i % 2 ? "odd" : "even" };
        assert_int_equal(s->m->mention_insert(s, &m, &err), FNR_OK);
    }
    /* 130 aliases, of which 10 repeat one of the first (same entity,
     * surface and report): 120 rows, each counted once in alias_keys */
    for (int i = 0; i < 130; i++) {
        char surface[16];
        snprintf(surface, sizeof surface, "S%02d", i % 40);
        add_alias(s, e[i % 3], surface, d);
    }
    int64_t actors[70];
    for (int i = 0; i < 70; i++)
        actors[i] = e[i % 3];
    fnr_store_event ev = { .doc_id = d,
                           .type = FNR_EVENT_ARREST,
                           .count = -1,
                           .end = 5,
                           .trigger_end = 3,
                           .confidence = 0.5,
                           .actors = actors,
                           .n_actors = 70,
                           .date = "2023-03-05" };
    int64_t ev_id = 0;
    assert_int_equal(s->m->event_insert(s, &ev, &ev_id, &err), FNR_OK);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    /* id n is the n-th call: entity, sentence, span and rule follow it */
    char *v = raw_text("SELECT count(*) FROM mentions WHERE entity_id = (SELECT min(id) FROM"
                       " entities) + (id - 1) % 3 AND sentence = (id - 1) / 10"
                       " AND start_byte = id - 1 AND end_byte = id"
                       " AND rule = CASE (id - 1) % 2 WHEN 1 THEN 'odd' ELSE 'even' END"
                       " AND orig_entity_id = entity_id AND doc_id = 1");
    assert_string_equal(v, "150");
    free(v);
    assert_sql("SELECT group_concat(mentions || ':' || sentences, ' ') FROM entity_docs",
               "50:[14,13,12,11,10,9,8,7,6,5,4,3,2,1,0] "
               "50:[14,13,12,11,10,9,8,7,6,5,4,3,2,1,0] "
               "50:[14,13,12,11,10,9,8,7,6,5,4,3,2,1,0]");
    assert_sql("SELECT count(*) || '/' || (SELECT sum(docs) FROM alias_keys) FROM aliases",
               "120/120");
    assert_sql("SELECT count(*) FROM event_args WHERE role = 0 AND entity_id = (SELECT min(id)"
               " FROM entities) + pos % 3 AND orig_entity_id = entity_id"
               " AND date = '2023-03-05' AND doc_id = 1",
               "70");
}

/* Outside a transaction every mention is written at once, so a document's
 * mentions of one entity arrive in several runs: its entity_docs row adds
 * them up, sentences included. */
static void test_mentions_write_through(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    int64_t d = add_doc(s, DOC1, "aaaa", "one", "2023-03-05");
    int64_t e = add_entity(s, FNR_ENTITY_ORGANIZATION, "MİT", NULL, NULL);
    add_mention(s, e, d, DOC1, "MİT", 1, 1);
    add_mention(s, e, d, DOC1, "MİT", 0, 0);
    add_mention(s, e, d, DOC1, "ISIS", 0, 2);
    add_mention(s, e, d, DOC1, "MİT", 0, 0);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    char *v = raw_text("SELECT mentions || '/' || first_sentence || '/' || sentences"
                       " FROM entity_docs");
    assert_string_equal(v, "4/0/[2,1,0]");
    free(v);
    assert_sql("SELECT group_concat(id) FROM (SELECT id FROM mentions ORDER BY id)", "1,2,3,4");
}

/* Back from schema 7 to what schema 6 wrote: aliases keyed by entity,
 * without the aliases_entity index. */
#define REWIND_V7                                                                              \
    "CREATE TABLE aliases_v6(entity_id INTEGER NOT NULL, surface TEXT NOT NULL,"               \
    " doc_id INTEGER NOT NULL, orig_entity_id INTEGER NOT NULL, key TEXT NOT NULL, rule TEXT," \
    " PRIMARY KEY (entity_id, surface, doc_id)) WITHOUT ROWID;"                                \
    "INSERT INTO aliases_v6 SELECT entity_id, surface, doc_id, orig_entity_id, key, rule"      \
    " FROM aliases;"                                                                           \
    "DROP TABLE aliases; ALTER TABLE aliases_v6 RENAME TO aliases;"

/* Back from schema 5 to what schema 4 wrote: mentions a rowid table with
 * two indexes, no sentences in entity_docs, no mention_seq. */
#define REWIND_V5                                                                         \
    "CREATE TABLE mentions_v4(id INTEGER PRIMARY KEY,"                                    \
    " entity_id INTEGER NOT NULL REFERENCES entities(id),"                                \
    " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"                           \
    " doc_id INTEGER NOT NULL REFERENCES documents(id),"                                  \
    " sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL," \
    " rule TEXT);"                                                                        \
    "INSERT INTO mentions_v4 SELECT id, entity_id, orig_entity_id, doc_id, sentence,"     \
    " start_byte, end_byte, rule FROM mentions;"                                          \
    "DROP TABLE mentions; ALTER TABLE mentions_v4 RENAME TO mentions;"                    \
    "CREATE INDEX mentions_entity ON mentions(entity_id, doc_id, sentence);"              \
    "CREATE INDEX mentions_doc ON mentions(doc_id, sentence, entity_id);"                 \
    "ALTER TABLE entity_docs DROP COLUMN sentences;"                                      \
    "DELETE FROM meta WHERE key = 'mention_seq';"

/* A store written by schema 4 opens migrated: every mention is still there
 * with its document, sentence, span, rule and ids, entity_docs names each
 * entity's sentences, check passes, and the next mention written gets the
 * next id. */
static void test_migrate_from_v4(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    s->m->close(s);
    char *before = snapshot();
    char *max_id = raw_text("SELECT max(id) FROM mentions");
    raw_exec(REWIND_V7 REWIND_V5 "UPDATE meta SET value = '4' WHERE key = 'schema_version';"
                                 "PRAGMA user_version = 4;");
    char *v = raw_text("SELECT count(*) FROM pragma_index_list('mentions')");
    assert_string_equal(v, "2");
    free(v);
    s = open_store(false);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    char *after = snapshot();
    assert_string_equal(before, after);
    assert_sql("SELECT sentences FROM entity_docs WHERE entity_id = (SELECT id FROM entities"
               " WHERE name = 'MİT') AND doc_id = 1",
               "[1,0]");
    assert_sql("SELECT value FROM meta WHERE key = 'mention_seq'", max_id);

    /* Writing goes on where schema 4 stopped. */
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d = add_doc(s, "Güler met MİT in Ankara.", "cccc", "three", "2024-01-01");
    add_mention(s, x.guler, d, "Güler met MİT in Ankara.", "Güler", 0, 0);
    add_mention(s, x.mit, d, "Güler met MİT in Ankara.", "MİT", 0, 0);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    char want[64];
    snprintf(want, sizeof want, "%lld,%lld", atoll(max_id) + 1, atoll(max_id) + 2);
    assert_sql("SELECT group_concat(id) FROM (SELECT id FROM mentions WHERE doc_id = 3"
               " ORDER BY id)",
               want);
    free(before);
    free(after);
    free(max_id);
}

/* Back from schema 6 to what schema 5 wrote: REFERENCES clauses on the
 * five tables ingest fills (the CREATE text of a schema 5 store). */
#define REWIND_V6                                                                               \
    "PRAGMA writable_schema = ON;"                                                              \
    "UPDATE sqlite_master SET sql = 'CREATE TABLE \"mentions\"( doc_id INTEGER NOT NULL"        \
    " REFERENCES documents(id), sentence INTEGER NOT NULL, entity_id INTEGER NOT NULL"          \
    " REFERENCES entities(id), id INTEGER NOT NULL, orig_entity_id INTEGER NOT NULL"            \
    " REFERENCES entities(id), start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,"         \
    " rule TEXT, PRIMARY KEY (doc_id, sentence, entity_id, id)) WITHOUT ROWID'"                 \
    " WHERE name = 'mentions';"                                                                 \
    "UPDATE sqlite_master SET sql = 'CREATE TABLE \"aliases\"( entity_id INTEGER NOT NULL"      \
    " REFERENCES entities(id), surface TEXT NOT NULL, doc_id INTEGER NOT NULL"                  \
    " REFERENCES documents(id), orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"       \
    " key TEXT NOT NULL, rule TEXT, PRIMARY KEY (entity_id, surface, doc_id)) WITHOUT ROWID'"   \
    " WHERE name = 'aliases';"                                                                  \
    "UPDATE sqlite_master SET sql = replace(replace(sql, 'entity_id INTEGER NOT NULL,',"        \
    " 'entity_id INTEGER NOT NULL REFERENCES entities(id),'), 'doc_id INTEGER NOT NULL,',"      \
    " 'doc_id INTEGER NOT NULL REFERENCES documents(id),') WHERE name = 'entity_docs';"         \
    "UPDATE sqlite_master SET sql = replace(replace(replace(sql,"                               \
    " 'doc_id INTEGER NOT NULL,', 'doc_id INTEGER NOT NULL REFERENCES documents(id),'),"        \
    " 'location_id INTEGER,', 'location_id INTEGER REFERENCES entities(id),'),"                 \
    " 'orig_location_id INTEGER,', 'orig_location_id INTEGER REFERENCES entities(id),')"        \
    " WHERE name = 'events';"                                                                   \
    "UPDATE sqlite_master SET sql = replace(replace(replace(sql,"                               \
    " 'event_id INTEGER NOT NULL,', 'event_id INTEGER NOT NULL REFERENCES events(id),'),"       \
    " ' entity_id INTEGER NOT NULL,', ' entity_id INTEGER NOT NULL REFERENCES entities(id),')," \
    " 'orig_entity_id INTEGER NOT NULL,',"                                                      \
    " 'orig_entity_id INTEGER NOT NULL REFERENCES entities(id),') WHERE name = 'event_args';"   \
    "PRAGMA writable_schema = OFF;"

/* The number of REFERENCES clauses on the five tables ingest fills. */
#define COUNT_INGEST_FKS                                                \
    "SELECT (SELECT count(*) FROM pragma_foreign_key_list('mentions'))" \
    " + (SELECT count(*) FROM pragma_foreign_key_list('aliases'))"      \
    " + (SELECT count(*) FROM pragma_foreign_key_list('entity_docs'))"  \
    " + (SELECT count(*) FROM pragma_foreign_key_list('events'))"       \
    " + (SELECT count(*) FROM pragma_foreign_key_list('event_args'))"

/* A store written by schema 5 opens migrated: the five tables lose their
 * REFERENCES clauses and nothing else changes (rows, check); the other
 * tables keep theirs; writing goes on. */
static void test_migrate_from_v5(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    s->m->close(s);
    char *v = raw_text(COUNT_INGEST_FKS);
    assert_string_equal(v, "0");
    free(v);
    char *before = snapshot();
    raw_exec(REWIND_V7 REWIND_V6 "UPDATE meta SET value = '5' WHERE key = 'schema_version';"
                                 "PRAGMA user_version = 5;");
    assert_sql(COUNT_INGEST_FKS, "14");
    assert_sql("PRAGMA integrity_check", "ok");
    s = open_store(false);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    char *after = snapshot();
    assert_string_equal(before, after);
    free(before);
    free(after);
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d = add_doc(s, "Güler met MİT in Ankara.", "cccc", "three", "2024-01-01");
    add_mention(s, x.guler, d, "Güler met MİT in Ankara.", "Güler", 0, 0);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    assert_sql(COUNT_INGEST_FKS, "0");
    assert_sql("SELECT count(*) FROM pragma_foreign_key_list('relations')", "5");
    assert_sql("PRAGMA integrity_check", "ok");
}

/* A store written by schema 6 opens migrated: aliases keyed by document
 * with the aliases_entity index, the same rows; profiles, merges and
 * writing go on. */
static void test_migrate_from_v6(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    s->m->close(s);
    char *before = snapshot();
    raw_exec(REWIND_V7 "UPDATE meta SET value = '6' WHERE key = 'schema_version';"
                       "PRAGMA user_version = 6;");
    assert_sql("SELECT group_concat(name) FROM pragma_index_info('sqlite_autoindex_aliases_1')",
               "entity_id,surface,doc_id");
    s = open_store(false);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    char *after = snapshot();
    assert_string_equal(before, after);
    free(before);
    free(after);
    fnr_profile *p = NULL;
    assert_int_equal(s->m->profile(s, NULL, x.guler, &p, &err), FNR_OK);
    assert_int_equal(p->n_aliases, 2);
    assert_int_equal(p->aliases[0].n_sources, 2);
    assert_int_equal(p->aliases[0].sources[0].doc_id, x.doc1);
    fnr__result_free(p->internal);
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d = add_doc(s, "Güler met MİT in Ankara.", "cccc", "three", "2024-01-01");
    add_mention(s, x.guler, d, "Güler met MİT in Ankara.", "Güler", 0, 0);
    add_alias(s, x.guler, "Güler", d);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    assert_sql("SELECT group_concat(name) FROM pragma_index_info('sqlite_autoindex_aliases_1')",
               "doc_id,entity_id,surface");
    assert_sql("SELECT group_concat(name) FROM pragma_index_info('aliases_entity')",
               "entity_id,surface,doc_id");
    assert_sql("SELECT count(*) FROM aliases WHERE doc_id = 3", "1");
    assert_sql("PRAGMA integrity_check", "ok");
}

/* What the REFERENCES clauses caught, the writer catches per flush: a
 * batch naming an entity, a document or an event that does not exist fails
 * at commit with nothing of it written; and check finds such a row put in
 * by hand. */
static void test_refs_checked(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    char *before = snapshot();
    fnr_error err;
    for (int k = 0; k < 3; k++) {
        assert_int_equal(s->m->begin(s, &err), FNR_OK);
        const char *text = "Güler met MİT in Ankara.";
        int64_t d = add_doc(s, text, "cccc", "three", "2024-01-01");
        if (k == 0) {
            add_mention(s, 999, d, text, "Güler", 0, 0);
        } else if (k == 1) {
            fnr_store_alias a = { .entity_id = x.guler,
                                  .surface = "Güler",
                                  .key = "guler",
                                  .doc_id = d,
                                  .rule = "name" };
            assert_int_equal(s->m->alias_insert(s, &a, &err), FNR_OK);
            add_mention(s, x.guler, d, text, "Güler", 0, 0);
            int64_t none[1] = { 998 };
            fnr_store_event e = { .doc_id = d,
                                  .type = FNR_EVENT_ARREST,
                                  .sentence = 0,
                                  .actors = none,
                                  .n_actors = 1,
                                  .count = -1,
                                  .confidence = 0.5,
                                  .rule = "test" };
            int64_t eid = 0;
            assert_int_equal(s->m->event_insert(s, &e, &eid, &err), FNR_OK);
        } else {
            fnr_store_event e = { .doc_id = d,
                                  .type = FNR_EVENT_ARREST,
                                  .location_id = 997,
                                  .count = -1,
                                  .confidence = 0.5,
                                  .rule = "test" };
            int64_t eid = 0;
            assert_int_equal(s->m->event_insert(s, &e, &eid, &err), FNR_OK);
        }
        assert_int_equal(s->m->commit(s, &err), FNR_INTERNAL);
        assert_non_null(strstr(err.message, k == 0   ? "entity 999"
                                            : k == 1 ? "entity 998"
                                                     : "entity 997"));
        assert_int_equal(s->m->rollback(s, &err), FNR_OK);
    }
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    char *after = snapshot();
    assert_string_equal(before, after);
    raw_exec("INSERT INTO event_args(event_id, role, pos, entity_id, orig_entity_id)"
             " VALUES (12345, 0, 0, 1, 1)");
    s = open_store(false);
    assert_int_equal(s->m->check(s, &err), FNR_BADINPUT);
    assert_non_null(strstr(err.detail, "missing row 12345 of events"));
    s->m->close(s);
    free(before);
    free(after);
}

/* `changed` tells a handle that another connection committed since it
 * last asked, and never for its own commits. */
static void test_changed_by_others(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    fnr_store *o = open_store(false);
    fnr_error err;
    bool ch = true;
    assert_int_equal(s->m->changed(s, &ch, &err), FNR_OK);
    assert_false(ch); /* the first call */
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    add_doc(s, "Güler met MİT in Ankara.", "cccc", "three", "2024-01-01");
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    assert_int_equal(s->m->changed(s, &ch, &err), FNR_OK);
    assert_false(ch); /* its own commit */
    assert_int_equal(o->m->begin(o, &err), FNR_OK);
    add_doc(o, "MİT met Güler in Ankara.", "dddd", "four", "2024-01-02");
    assert_int_equal(o->m->commit(o, &err), FNR_OK);
    assert_int_equal(s->m->changed(s, &ch, &err), FNR_OK);
    assert_true(ch);
    assert_int_equal(s->m->changed(s, &ch, &err), FNR_OK);
    assert_false(ch);
    o->m->close(o);
    s->m->close(s);
}

/* check notices an entity_docs row out of step with the mentions it sums,
 * and names the entity and the document. */
static void test_check_entity_docs(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    static const char *const breaks[] = {
        /* a sentence forgotten */
        "UPDATE entity_docs SET sentences = '[0]' WHERE sentences = '[1,0]'",
        "UPDATE entity_docs SET mentions = mentions + 1 WHERE doc_id = 2",
        "DELETE FROM entity_docs WHERE doc_id = 2"
        " AND entity_id = (SELECT min(entity_id) FROM entity_docs WHERE doc_id = 2)",
        "DELETE FROM mentions WHERE doc_id = 2"
        " AND entity_id = (SELECT min(entity_id) FROM mentions WHERE doc_id = 2)",
    };
    for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
        if (i > 0) {
            remove_store(g_path);
            s = open_store(true);
            write_batch(s, &x);
            s->m->close(s);
        }
        raw_exec(breaks[i]);
        s = open_store(false);
        assert_int_equal(s->m->check(s, &err), FNR_BADINPUT);
        assert_non_null(strstr(err.message, "mention summary of entity"));
        s->m->close(s);
    }
}

/* A store written by schema 1 (before markings) opens migrated: every
 * document gets the lowest level, entity summaries per marking match the
 * counters, the default levels are there, alias keys and event argument
 * dates are derived (schema 4), and nothing else changes. */
static void test_migrate_from_v1(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    s->m->close(s);
    char *before = snapshot();
    /* Back to what schema 1 wrote. */
    raw_exec(REWIND_V7 REWIND_V5
             "DROP TABLE entity_marks; DROP TABLE doc_marks; DROP TABLE markings;"
             "DROP TABLE tokens; DROP TABLE users; DROP TABLE audit;"
             "DELETE FROM meta WHERE key = 'levels';"
             /* schema 4's aliases, alias_keys and event_args columns */
             "DROP TABLE alias_keys;"
             "CREATE TABLE aliases_v1(id INTEGER PRIMARY KEY,"
             " entity_id INTEGER NOT NULL REFERENCES entities(id),"
             " orig_entity_id INTEGER NOT NULL REFERENCES entities(id),"
             " surface TEXT NOT NULL, key TEXT NOT NULL, doc_id INTEGER REFERENCES documents(id),"
             " rule TEXT, UNIQUE (entity_id, surface, doc_id));"
             "INSERT INTO aliases_v1(entity_id, orig_entity_id, surface, key, doc_id, rule)"
             " SELECT entity_id, orig_entity_id, surface, key, doc_id, rule FROM aliases;"
             "DROP TABLE aliases; ALTER TABLE aliases_v1 RENAME TO aliases;"
             "CREATE INDEX aliases_key ON aliases(key, entity_id);"
             "DROP INDEX event_args_entity;"
             "ALTER TABLE event_args DROP COLUMN date; ALTER TABLE event_args DROP COLUMN doc_id;"
             "CREATE INDEX event_args_entity ON event_args(entity_id, role, event_id);"
             "UPDATE meta SET value = '1' WHERE key = 'schema_version';"
             "PRAGMA user_version = 1;");
    s = open_store(false);
    assert_int_equal(s->m->schema_version(s), FNR_SCHEMA_VERSION);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    char *after = snapshot();
    assert_string_equal(before, after);
    free(before);
    free(after);
    char *v = raw_text("SELECT count(*) FROM documents d JOIN doc_marks m ON m.doc_id = d.id"
                       " WHERE m.marking = 1");
    char *n = raw_text("SELECT count(*) FROM documents");
    assert_string_equal(v, n);
    free(v);
    free(n);
    assert_sql("SELECT count(*) FROM entities e WHERE e.n_mentions <> coalesce("
               "(SELECT sum(mentions) FROM entity_marks WHERE entity_id = e.id), 0)"
               " OR e.n_docs <> coalesce((SELECT sum(docs) FROM entity_marks"
               " WHERE entity_id = e.id), 0)",
               "0");
    assert_sql("SELECT value FROM meta WHERE key = 'levels'",
               "UNCLASSIFIED,RESTRICTED,CONFIDENTIAL,SECRET,TOP SECRET");
    assert_sql("SELECT level || '/' || compartments || '/' || rel_to FROM markings WHERE id = 1",
               "0//");
}

/* A profile lists the 50 most asserted aliases, counts them all, and gives
 * each its number of reports. */
static void test_profile_alias_cap(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t d1 = add_doc(s, DOC1, "aaaa", "one", "2023-03-05");
    int64_t d2 = add_doc(s, DOC2, "bbbb", "two", "2022-01-10");
    int64_t e = add_entity(s, FNR_ENTITY_PERSON, "Name 00", NULL, NULL);
    for (int i = 0; i < 60; i++) {
        char surface[16];
        snprintf(surface, sizeof surface, "Name %02d", i);
        add_alias(s, e, surface, d1);
    }
    add_alias(s, e, "Name 42", d2);
    add_mention(s, e, d1, DOC1, "MİT", 0, 0);
    add_mention(s, e, d2, DOC2, "Güler", 0, 0);
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    fnr_profile *p = NULL;
    assert_int_equal(s->m->profile(s, NULL, e, &p, &err), FNR_OK);
    assert_int_equal(p->n_aliases_total, 60);
    assert_int_equal(p->n_aliases, 50);
    assert_string_equal(p->aliases[0].surface, "Name 42");
    assert_int_equal(p->aliases[0].reports, 2);
    assert_int_equal(p->aliases[0].n_sources, 2);
    assert_string_equal(p->aliases[1].surface, "Name 00");
    assert_int_equal(p->aliases[1].reports, 1);
    assert_string_equal(p->aliases[49].surface, "Name 49");
    fnr__result_free(p->internal);
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
}

/* check notices alias keys out of step with the aliases they count, and
 * names the entity. */
static void test_check_alias_keys(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    fnr_error err;
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    s->m->close(s);
    char *n = raw_text("SELECT count(*) FROM alias_keys WHERE key = 'mit'");
    assert_string_not_equal(n, "0");
    free(n);
    raw_exec("UPDATE alias_keys SET docs = docs + 1 WHERE key = 'mit'");
    s = open_store(false);
    assert_int_equal(s->m->check(s, &err), FNR_BADINPUT);
    assert_non_null(strstr(err.message, "alias keys"));
    s->m->close(s);
    raw_exec("UPDATE alias_keys SET docs = docs - 1 WHERE key = 'mit';"
             " DELETE FROM alias_keys WHERE key = 'mit'");
    s = open_store(false);
    assert_int_equal(s->m->check(s, &err), FNR_BADINPUT);
    s->m->close(s);
}

/* Documents tokenised ahead on another thread (prepare_doc) make the same
 * full-text index, byte for byte, as those the insert tokenises, also when
 * only the text matches what was prepared. */
static void test_prepared_same_index(void **state)
{
    (void)state;
    const char *dump = "SELECT group_concat(hex(block), ',') FROM"
                       " (SELECT block FROM documents_fts_data ORDER BY id)";
    char *want = NULL;
    for (int mode = 0; mode < 3; mode++) {
        remove_store(g_path);
        g_prepare = mode;
        fnr_store *s = open_store(true);
        ids x;
        write_batch(s, &x);
        fnr_error err;
        fnr_search_result *r = NULL;
        assert_int_equal(s->m->search(s, NULL, "Güler Ankara", FNR_SEARCH_DOCUMENT, 0, &r, &err),
                         FNR_OK);
        assert_int_equal(r->n_docs, 2);
        fnr__result_free(r->internal);
        s->m->close(s);
        char *got = raw_text(dump);
        assert_true(strlen(got) > 100);
        if (!want)
            want = got;
        else {
            assert_string_equal(got, want);
            free(got);
        }
    }
    g_prepare = 0;
    free(want);
}

/* A search snippet: the window starts at the sentence of the first match,
 * marks a phrase as one bracket and a word's match whole, and says with
 * "…" that text is left out on either side; a match in the title only
 * shows the title. */
static void test_snippet_window(void **state)
{
    (void)state;
    static const char text[] =
        "Alpha one. Beta two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen. The spy ring of al-Kurayshi was rolled up "
        "in Izmir on Monday by the police after an operation of many months and more words "
        "follow here.";
    fnr_store *s = open_store(true);
    fnr_error err;
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    add_doc(s, text, "ssss", "Izmir raid", "2024-01-01");
    assert_int_equal(s->m->commit(s, &err), FNR_OK);
    static const char *const q[][2] = {
        { "\"spy ring\"", "…The [spy ring] of al-Kurayshi was rolled up in Izmir on Monday by the "
                          "police…" },
        { "Kurayshi",
          "…The spy ring of [al-Kurayshi] was rolled up in Izmir on Monday by the police…" },
        { "raid", "Izmir [raid]" },
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        fnr_search_result *r = NULL;
        assert_int_equal(s->m->search(s, NULL, q[i][0], FNR_SEARCH_DOCUMENT, 0, &r, &err), FNR_OK);
        assert_int_equal(r->n_docs, 1);
        assert_string_equal(r->docs[0].snippet, q[i][1]);
        fnr__result_free(r->internal);
    }
    s->m->close(s);
}

/* What a profile of Güler and an unfiltered event list read, as one string. */
/* ---- event lists walked by entity or by event ---------------------------------- */

/* What the test put in: event i's type, date (NULL or text), place, and
 * whether the big actor, the small actor and the target are on it. */
#define WALK_N 2600

typedef struct walk_ev {
    int64_t id;
    fnr_event_type type;
    char date[11];
    bool dated;
    int place; /* 0 none, 1, 2 */
    bool big, small, target;
} walk_ev;

/* Newest first, undated last, then the larger id: the lists' order. */
static int walk_cmp(const void *x, const void *y)
{
    const walk_ev *a = *(const walk_ev *const *)x, *b = *(const walk_ev *const *)y;
    if (a->dated != b->dated)
        return a->dated ? -1 : 1;
    int c = a->dated ? strcmp(b->date, a->date) : 0;
    if (c)
        return c;
    return a->id < b->id ? 1 : -1;
}

typedef struct walk_q {
    int actor; /* 0 none, 1 big, 2 small */
    bool target;
    fnr_event_type type;
    int place;
    const char *since, *until;
    size_t limit, offset;
} walk_q;

static bool walk_match(const walk_ev *e, const walk_q *q)
{
    if ((q->actor == 1 && !e->big) || (q->actor == 2 && !e->small) || (q->target && !e->target))
        return false;
    if ((q->type && e->type != q->type) || (q->place && e->place != q->place))
        return false;
    if (q->since && (!e->dated || strncmp(e->date, q->since, strlen(q->since)) < 0))
        return false;
    if (q->until && (!e->dated || strncmp(e->date, q->until, strlen(q->until)) > 0))
        return false;
    return true;
}

/*
 * An entity's events are walked along its event_args, a rare type's or a
 * place's along the events (sqlite/query.c, choose_drive): whichever walk a
 * filter takes, the page and the total are those of filtering every event,
 * an entity named twice in one role of an event lists it once, and the
 * order is newest first with undated events last. 2,600 events: the big
 * actor is on more than the first count looks at, the small one on few.
 */
static void test_events_walks(void **state)
{
    (void)state;
    fnr_store *s = open_store(true);
    fnr_error err;
    static walk_ev ev[WALK_N];
    static const char *const TEXT = "MİT detained Ahmet Güler in Ankara.";
    assert_int_equal(s->m->begin(s, &err), FNR_OK);
    int64_t doc = add_doc(s, TEXT, "walk", "Walks", "2020-01-01");
    int64_t big = add_entity(s, FNR_ENTITY_ORGANIZATION, "MİT", NULL, NULL);
    int64_t small = add_entity(s, FNR_ENTITY_PERSON, "Ahmet Güler", NULL, NULL);
    int64_t tgt = add_entity(s, FNR_ENTITY_ORGANIZATION, "ISIS", NULL, NULL);
    int64_t place[3] = { 0, add_entity(s, FNR_ENTITY_LOCATION, "Ankara", NULL, NULL),
                         add_entity(s, FNR_ENTITY_LOCATION, "Izmir", NULL, NULL) };
    uint64_t r = 7;
    for (size_t i = 0; i < WALK_N; i++) {
        walk_ev *e = &ev[i];
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        unsigned x = (unsigned)(r >> 33);
        /* espionage is rare (about 1 in 60), arrests common */
        e->type = x % 60 == 0  ? FNR_EVENT_ESPIONAGE
                  : x % 3 == 0 ? FNR_EVENT_KILL
                               : FNR_EVENT_ARREST;
        e->dated = (x >> 8) % 10 != 0;
        snprintf(e->date, sizeof e->date, "%04u-%02u-%02u", 2015 + (x >> 12) % 10,
                 1 + (x >> 16) % 12, 1 + (x >> 20) % 28);
        e->place = (int)((x >> 24) % 3);
        e->big = (x >> 26) % 8 != 0;
        e->small = (x >> 29) % 5 == 0;
        e->target = (x >> 2) % 3 == 0;
        int64_t actors[3];
        size_t na = 0;
        if (e->big)
            actors[na++] = big;
        if (e->small)
            actors[na++] = small;
        if (e->big && i % 40 == 0)
            actors[na++] = big; /* named twice (two entities merged since) */
        fnr_store_event se = { .doc_id = doc,
                               .type = e->type,
                               .date = e->dated ? e->date : NULL,
                               .precision = e->dated ? "day" : NULL,
                               .location_id = place[e->place],
                               .count = -1,
                               .end = strlen(TEXT),
                               .confidence = 0.5,
                               .rule = "test",
                               .actors = actors,
                               .n_actors = na,
                               .targets = &tgt,
                               .n_targets = e->target ? 1 : 0 };
        assert_int_equal(s->m->event_insert(s, &se, &e->id, &err), FNR_OK);
    }
    assert_int_equal(s->m->commit(s, &err), FNR_OK);

    static const walk_q qs[] = {
        { .actor = 1 },
        { .actor = 2 },
        { .actor = 1, .type = FNR_EVENT_ESPIONAGE },
        { .actor = 1, .type = FNR_EVENT_ARREST, .limit = 30, .offset = 15 },
        { .actor = 1, .place = 2 },
        { .actor = 1, .place = 1, .type = FNR_EVENT_ESPIONAGE },
        { .actor = 1, .target = true },
        { .actor = 2, .target = true, .type = FNR_EVENT_KILL },
        { .target = true },
        { .target = true, .type = FNR_EVENT_ESPIONAGE },
        { .actor = 1, .since = "2019", .until = "2020" },
        { .actor = 1, .since = "2021-03", .until = "2021-03", .type = FNR_EVENT_ARREST },
        { .actor = 2, .since = "2016-06-01", .until = "2017-01-15", .limit = 500 },
        { .actor = 1, .limit = 5, .offset = 2200 },
        { .type = FNR_EVENT_ESPIONAGE, .place = 2 },
        { .actor = 1, .offset = 100 },
    };
    static const walk_ev *want[WALK_N];
    for (size_t qi = 0; qi < sizeof qs / sizeof qs[0]; qi++) {
        const walk_q *q = &qs[qi];
        size_t n = 0;
        for (size_t i = 0; i < WALK_N; i++)
            if (walk_match(&ev[i], q))
                want[n++] = &ev[i];
        qsort(want, n, sizeof *want, walk_cmp);
        fnr_event_filter f = { .type = q->type,
                               .since = q->since,
                               .until = q->until,
                               .limit = q->limit,
                               .offset = q->offset };
        fnr_event_list *l = NULL;
        assert_int_equal(s->m->events(s, NULL, &f,
                                      q->actor == 1   ? big
                                      : q->actor == 2 ? small
                                                      : 0,
                                      q->target ? tgt : 0, place[q->place], 0, &l, &err),
                         FNR_OK);
        size_t limit = q->limit ? q->limit : 100;
        size_t from = q->offset < n ? q->offset : n;
        size_t page = n - from < limit ? n - from : limit;
        if (l->n_rows != page)
            fail_msg("query %zu: %zu rows, want %zu", qi, l->n_rows, page);
        for (size_t i = 0; i < page; i++)
            if (l->rows[i].id != want[from + i]->id)
                fail_msg("query %zu, row %zu: event %lld, want %lld", qi, i,
                         (long long)l->rows[i].id, (long long)want[from + i]->id);
        size_t total = n > FNR_EVENTS_TOTAL_MAX ? FNR_EVENTS_TOTAL_MAX : n;
        if (l->total != total || l->total_capped != (n > FNR_EVENTS_TOTAL_MAX))
            fail_msg("query %zu: total %zu%s, want %zu of %zu", qi, l->total,
                     l->total_capped ? "+" : "", total, n);
        fnr__result_free(l->internal);
    }
    s->m->close(s);
}

static void read_back(fnr_store *s, const ids *x, char *out, size_t cap)
{
    fnr_error err;
    fnr_profile *p = NULL;
    assert_int_equal(s->m->profile(s, NULL, x->guler, &p, &err), FNR_OK);
    int n = snprintf(out, cap, "%s %zu %zu %zu %lld;", p->first_seen, p->n_events, p->n_relations,
                     p->n_aliases, (long long)(p->n_events ? p->events[0].id : 0));
    fnr__result_free(p->internal);
    fnr_event_list *l = NULL;
    fnr_event_filter f = { 0 };
    f.type = FNR_EVENT_ARREST;
    assert_int_equal(s->m->events(s, NULL, &f, 0, 0, 0, 0, &l, &err), FNR_OK);
    for (size_t i = 0; i < l->n_rows && n > 0 && (size_t)n < cap; i++)
        n += snprintf(out + n, cap - (size_t)n, " %lld", (long long)l->rows[i].id);
    fnr__result_free(l->internal);
}

/* A bulk ingest's deferred indexes: dropped (queries answer the same), made
 * again; left dropped by a dead process, made again by the next read-write
 * open (not by a read-only one, nor while the owner lives); the check fails
 * on an index missing with no bulk ingest recorded. */
static void test_deferred_indexes(void **state)
{
    (void)state;
    const char *has = "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                      " AND name IN ('events_type', 'entity_docs_date', 'relations_source')";
    fnr_store *s = open_store(true);
    ids x;
    write_batch(s, &x);
    char before[512], during[512], after[512];
    read_back(s, &x, before, sizeof before);
    fnr_error err;
    assert_int_equal(s->m->defer_indexes(s, true, &err), FNR_OK);
    assert_sql(has, "0");
    assert_sql("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index:%'", "15");
    read_back(s, &x, during, sizeof during);
    assert_string_equal(before, during);
    assert_int_equal(s->m->check(s, &err), FNR_OK); /* its owner (this process) lives */
    assert_int_equal(s->m->defer_indexes(s, false, &err), FNR_OK);
    assert_sql(has, "3");
    assert_sql("SELECT count(*) FROM meta WHERE key LIKE 'deferred%'", "0");
    read_back(s, &x, after, sizeof after);
    assert_string_equal(before, after);

    /* Killed mid-bulk: the owner recorded is a process that has exited. */
    assert_int_equal(s->m->defer_indexes(s, true, &err), FNR_OK);
    s->m->close(s);
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0)
        _exit(0);
    assert_int_equal(waitpid(child, NULL, 0), child);
    char sql[400];
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    snprintf(sql, sizeof sql, "UPDATE meta SET value = '%s %ld' WHERE key = 'deferred_by'",
             host[0] ? host : "-", (long)child);
    raw_exec(sql);
    fnr_store_open_opts ro = { .readonly = true };
    assert_int_equal(fnr_store_sqlite_open(g_path, &ro, &s, &err), FNR_OK);
    assert_sql(has, "0"); /* a read-only open cannot make them */
    read_back(s, &x, during, sizeof during);
    assert_string_equal(before, during);
    s->m->close(s);
    /* Another host's bulk ingest is left alone. */
    raw_exec("UPDATE meta SET value = 'elsewhere.example 1' WHERE key = 'deferred_by'");
    s = open_store(false);
    assert_sql(has, "0");
    s->m->close(s);
    raw_exec(sql);
    s = open_store(false);
    assert_sql(has, "3");
    assert_sql("SELECT count(*) FROM meta WHERE key LIKE 'deferred%'", "0");
    assert_int_equal(s->m->check(s, &err), FNR_OK);
    read_back(s, &x, after, sizeof after);
    assert_string_equal(before, after);
    s->m->close(s);

    /* An index gone without a record is damage. */
    raw_exec("DROP INDEX events_type");
    s = open_store(false);
    assert_int_equal(s->m->check(s, &err), FNR_BADINPUT);
    assert_non_null(strstr(err.message, "events_type"));
    s->m->close(s);
}

/* ---- the WAL-gathering VFS (vfs.c) ------------------------------------------------ */

static sqlite3 *db_open(const char *vfs)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open_v2(g_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs),
                     SQLITE_OK);
    assert_int_equal(sqlite3_busy_timeout(db, 5000), SQLITE_OK);
    return db;
}

static void db_exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        fail_msg("%s: %s", sql, msg ? msg : sqlite3_errstr(rc));
}

static char *db_one(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    const char *t = (const char *)sqlite3_column_text(st, 0);
    char *r = strdup(t ? t : "");
    sqlite3_finalize(st);
    return r;
}

/* Both connections must read `want` from sql. */
static void assert_both(sqlite3 *a, sqlite3 *b, const char *sql, const char *want)
{
    char *x = db_one(a, sql), *y = db_one(b, sql);
    assert_string_equal(x, want);
    assert_string_equal(y, want);
    free(x);
    free(y);
}

/*
 * A connection through the store's VFS, whose WAL writes are gathered, and
 * one through the system's VFS on the same file: every commit of the first
 * is read whole by the second at once, a transaction larger than the
 * gathered run (8 MiB) and one spilling pages from a small cache included;
 * frames of a rolled back transaction are never read; the file passes the
 * integrity check after a checkpoint and after both close.
 */
static void test_wal_vfs_commits(void **state)
{
    (void)state;
    fnr_store *s = open_store(true); /* registers the VFS */
    s->m->close(s);
    remove_store(g_path);
    assert_non_null(sqlite3_vfs_find("fener-wal"));
    sqlite3 *a = db_open("fener-wal"), *b = db_open(NULL);
    db_exec(a, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = 20;"
               " CREATE TABLE t(id INTEGER PRIMARY KEY, x BLOB)");
    /* 3,000 rows of 8 KB: 24 MB, several runs, pages spilled before the
     * commit; the content is a function of id, so each reader can check it */
    db_exec(a, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
               " WHERE i < 3000) INSERT INTO t SELECT i, hex(zeroblob(4000)) || i"
               " FROM n; COMMIT");
    const char *sum = "SELECT count(*) || ' ' || sum(length(x)) || ' '"
                      " || sum(CAST(substr(x, 8001) AS INTEGER) = id) FROM t";
    assert_both(a, b, sum, "3000 24010893 3000");
    /* a large transaction rolled back, then one small commit */
    db_exec(a, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
               " WHERE i < 2000) INSERT INTO t SELECT 10000 + i, zeroblob(8000) FROM n;"
               " UPDATE t SET x = zeroblob(10) WHERE id <= 1000; ROLLBACK");
    db_exec(a, "INSERT INTO t VALUES (3001, hex(zeroblob(4000)) || 3001)");
    assert_both(a, b, sum, "3001 24018897 3001");
    /* many small commits, each read by the other connection at once */
    for (int i = 0; i < 50; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "UPDATE t SET x = x || 'z' WHERE id = %d", 1 + i * 37);
        db_exec(a, sql);
        char want[16];
        snprintf(want, sizeof want, "%d", i + 1);
        char *got = db_one(b, "SELECT count(*) FROM t WHERE x LIKE '%z'");
        assert_string_equal(got, want);
        free(got);
    }
    db_exec(b, "PRAGMA wal_checkpoint(TRUNCATE)");
    assert_both(a, b, "PRAGMA integrity_check", "ok");
    assert_both(a, b, sum, "3001 24018947 3001");
    /* a connection that cannot allocate its run writes through */
    sqlite3_close(a);
    a = db_open("fener-wal");
    fnr_alloc_fail_after(0);
    db_exec(a, "INSERT INTO t VALUES (3002, hex(zeroblob(4000)) || 3002)");
    fnr_alloc_fail_after(-1);
    assert_both(a, b, sum, "3002 24026951 3002");
    sqlite3_close(a);
    sqlite3_close(b);
    b = db_open(NULL);
    assert_both(b, b, "PRAGMA integrity_check", "ok");
    assert_both(b, b, sum, "3002 24026951 3002");
    sqlite3_close(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_open_create_reopen, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_newer_version_refused, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_not_a_fener_store, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_write_and_query, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_merge_split, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_rollback, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_migrate_from_v1, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_migrate_from_v4, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_migrate_from_v5, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_migrate_from_v6, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_refs_checked, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_changed_by_others, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_many_rows, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_mentions_write_through, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_check_entity_docs, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_check_alias_keys, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_profile_alias_cap, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_deferred_indexes, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_prepared_same_index, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_snippet_window, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_events_walks, setup_path, teardown_path),
        cmocka_unit_test_setup_teardown(test_wal_vfs_commits, setup_path, teardown_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
