/*
 * The property test of need-to-know: random stores of short reports with
 * random markings, mentioning overlapping people, code names, organisations
 * and places, read by random accounts through every read function of kb.h.
 * The test keeps its own record of each report's markings and text and
 * decides visibility itself (level <= clearance, compartments a subset of
 * the viewer's, a partner's code in REL TO), independently of the store's
 * fnr_marking_visible. Counts are recomputed with plain SQL over the store
 * file (opened read-only beside fener) restricted to the visible reports.
 *
 * Checked for each (store, viewer) case: every document id in any answer is
 * visible; a hidden document is "not found" in the words used for an id
 * that does not exist; no name, alias, snippet, sentence or hint carries a
 * string found only in hidden reports; a name found only in hidden reports
 * finds nothing; every count equals the count over visible evidence. The
 * owner (NULL viewer) sees everything.
 *
 * Each case asks about every pool name found only in hidden reports, and
 * about a random sample of the other names and of the entity ids (the
 * FENER_PROP_ASK of them); the 40 viewers of a store cover all of them.
 *
 * FENER_SEED=n replays a run (default 20240303); FENER_PROP_STORES and
 * FENER_PROP_VIEWERS change its size. A failure prints the seed, the store
 * and the viewer.
 */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fener/kb.h"

/* ---- the pool of names --------------------------------------------------------- */

typedef struct person {
    const char *name;
    const char *alias; /* a code name */
} person;

/* No match key of one is a prefix of another's, and no string is a
 * substring of another, so "appears in a report" is a plain strstr. */
static const person PEOPLE[] = {
    { "Ahmet Yılmaz", "Falcon" },  { "Mehmet Demir", "Viper" },   { "Ali Kaya", "Eagle" },
    { "Hasan Çelik", "Cobra" },    { "Zeynep Arslan", "Jackal" }, { "Murat Öztürk", "Raven" },
    { "Emre Şahin", "Panther" },   { "Burak Aydın", "Scorpion" }, { "Kemal Aksoy", "Hawk" },
    { "Selin Koç", "Lynx" },       { "Deniz Polat", "Wolf" },     { "Okan Yıldız", "Tiger" },
    { "Cem Kurt", "Fox" },         { "Fatma Güler", "Shadow" },   { "Ayşe Doğan", "Phantom" },
    { "Mustafa Kılıç", "Hunter" }, { "Hüseyin Aslan", "Bishop" }, { "Elif Yavuz", "Sparrow" },
    { "Serkan Tekin", "Condor" },  { "Gökhan Erdem", "Jaguar" },
};
#define N_PEOPLE (sizeof PEOPLE / sizeof PEOPLE[0])

static const char *const ORGS[] = { "PKK", "ISIS", "Hezbollah", "DHKP-C", "al-Nusra Front" };
#define N_ORGS (sizeof ORGS / sizeof ORGS[0])

static const char *const PLACES[] = { "Ankara",     "Istanbul",  "Izmir",   "Mardin",
                                      "Diyarbakır", "Gaziantep", "Hatay",   "Bursa",
                                      "Konya",      "Adana",     "Trabzon", "Eskişehir" };
#define N_PLACES (sizeof PLACES / sizeof PLACES[0])

static const char *const MONTHS[] = { "January",   "February", "March",    "April",
                                      "May",       "June",     "July",     "August",
                                      "September", "October",  "November", "December" };

static const char *const COMPS[] = { "ALPHA", "BRAVO", "CHARLIE" };
static const char *const PARTNERS[] = { "FRA", "NLD", "DEU" };
static const char *const TLPS[] = { "clear", "green", "amber", "amber+strict", "red" };
#define N_LEVELS 5

/* Every string of the pool, in one list. */
#define N_POOL (2 * N_PEOPLE + N_ORGS + N_PLACES)

static const char *pool_str(size_t i)
{
    if (i < N_PEOPLE)
        return PEOPLE[i].name;
    i -= N_PEOPLE;
    if (i < N_PEOPLE)
        return PEOPLE[i].alias;
    i -= N_PEOPLE;
    if (i < N_ORGS)
        return ORGS[i];
    return PLACES[i - N_ORGS];
}

/* ---- random numbers (xorshift64*, reproducible from the seed) ------------------- */

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

/* ---- the test's own record ----------------------------------------------------------- */

#define MAX_DOCS  25
#define DOC_CAP   1024
#define MAX_STMTS 64

typedef struct doc_rec {
    char text[DOC_CAP];
    int level;
    bool comp[3];
    bool rel[3];
    int tlp; /* -1 = none */
    int64_t id;
} doc_rec;

typedef struct user_rec {
    char name[16];
    int clearance;
    bool comp[3];
    int partner; /* -1 = home */
} user_rec;

typedef struct prop {
    unsigned seed;
    int store, viewer; /* case coordinates, for replay */
    const char *vname;
    char dir[128], db[160];
    fnr_kb *kb;
    sqlite3 *ro;
    doc_rec docs[MAX_DOCS];
    size_t n_docs;
    int64_t max_doc;
    const char *const *levels;
    /* per case */
    bool vis[MAX_DOCS + 1];   /* by document id (ids are 1..n_docs) */
    bool hidden_only[N_POOL]; /* in some report, in no visible one */
    bool in_store[N_POOL];
    int64_t *ent_ids;
    bool *ent_vis; /* by index into ent_ids */
    size_t n_ents;
    long n_cases, n_calls;
    /* what the cases met, so a run shows it was not vacuous */
    long n_hidden_docs, n_hidden_names, n_hidden_ents, n_conflicts, n_relations, n_aliases;
    /* the oracle's statements on ro */
    char *stmt_sql[MAX_STMTS];
    sqlite3_stmt *stmts[MAX_STMTS];
    size_t n_stmts;
} prop;

static long n_failures;

static void report(prop *p, int line, const char *fmt, ...)
{
    n_failures++;
    if (n_failures > 30)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "FAIL (line %d) FENER_SEED=%u store %d viewer %d (%s): ", line, p->seed,
            p->store, p->viewer, p->vname);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

#define CHECK(p, cond, ...)                     \
    do {                                        \
        if (!(cond))                            \
            report((p), __LINE__, __VA_ARGS__); \
    } while (0)

/* ---- oracle: visibility and SQL over visible evidence ----------------------------- */

static bool oracle_visible(const doc_rec *d, const user_rec *u)
{
    if (!u)
        return true;
    if (d->level > u->clearance)
        return false;
    for (int i = 0; i < 3; i++)
        if (d->comp[i] && !u->comp[i])
            return false;
    if (u->partner >= 0 && !d->rel[u->partner])
        return false;
    return true;
}

static bool doc_visible(const prop *p, int64_t id)
{
    return id >= 1 && id <= (int64_t)p->n_docs && p->vis[id];
}

/* Runs sql with "@V" replaced by the visible ids, binding a and b as ?1 and
 * ?2; the first column of the first row. */
/* Runs sql with "@V" standing for the visible document ids (temp.vis),
 * binding a and b as ?1 and ?2; the first column of the first row. The
 * statements are kept for the store's lifetime. */
static long sqlv(prop *p, const char *sql, int64_t a, int64_t b)
{
    sqlite3_stmt *st = NULL;
    for (size_t i = 0; i < p->n_stmts && !st; i++)
        if (strcmp(p->stmt_sql[i], sql) == 0)
            st = p->stmts[i];
    if (!st) {
        char buf[2048];
        size_t n = 0;
        for (const char *s = sql; *s && n + 40 < sizeof buf;) {
            if (s[0] == '@' && s[1] == 'V') {
                n += (size_t)snprintf(buf + n, sizeof buf - n, "(SELECT id FROM temp.vis)");
                s += 2;
            } else {
                buf[n++] = *s++;
            }
        }
        buf[n] = 0;
        if (sqlite3_prepare_v3(p->ro, buf, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
            fprintf(stderr, "oracle SQL: %s: %s\n", buf, sqlite3_errmsg(p->ro));
            fail();
        }
        assert_true(p->n_stmts < MAX_STMTS);
        p->stmt_sql[p->n_stmts] = strdup(sql);
        assert_non_null(p->stmt_sql[p->n_stmts]);
        p->stmts[p->n_stmts++] = st;
    }
    if (sqlite3_bind_parameter_count(st) >= 1)
        sqlite3_bind_int64(st, 1, a);
    if (sqlite3_bind_parameter_count(st) >= 2)
        sqlite3_bind_int64(st, 2, b);
    long v = -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        v = (long)sqlite3_column_int64(st, 0);
    else if (rc != SQLITE_DONE) {
        fprintf(stderr, "oracle SQL: %s: %s\n", sql, sqlite3_errmsg(p->ro));
        fail();
    }
    sqlite3_reset(st);
    return v;
}

static void sql_exec(prop *p, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(p->ro, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "oracle SQL: %s: %s\n", sql, msg ? msg : "?");
        sqlite3_free(msg);
        fail();
    }
}

static bool ent_visible(const prop *p, int64_t id)
{
    for (size_t i = 0; i < p->n_ents; i++)
        if (p->ent_ids[i] == id)
            return p->ent_vis[i];
    return false;
}

/* No string shown to the viewer may carry a pool string found only in
 * hidden reports. */
static void check_str(prop *p, const char *s, const char *what)
{
    if (!s)
        return;
    for (size_t i = 0; i < N_POOL; i++)
        if (p->hidden_only[i] && strstr(s, pool_str(i)))
            report(p, __LINE__, "%s \"%s\" shows \"%s\", found only in hidden reports", what, s,
                   pool_str(i));
}

static void check_doc_id(prop *p, int64_t id, const char *what)
{
    CHECK(p, doc_visible(p, id), "%s names document %lld, hidden from the viewer", what,
          (long long)id);
}

static void check_ref(prop *p, const fnr_entity_ref *r, const char *what)
{
    if (r->id == 0)
        return;
    CHECK(p, ent_visible(p, r->id), "%s names entity e%lld, which has no visible evidence", what,
          (long long)r->id);
    check_str(p, r->name, what);
}

static void check_event(prop *p, const fnr_event_row *e, const char *what)
{
    check_doc_id(p, e->doc_id, what);
    check_str(p, e->doc_title, what);
    check_str(p, e->text, what);
    check_ref(p, &e->location, what);
    for (size_t i = 0; i < e->n_actors; i++)
        check_ref(p, &e->actors[i], what);
    for (size_t i = 0; i < e->n_targets; i++)
        check_ref(p, &e->targets[i], what);
}

static void check_err_text(prop *p, const fnr_error *err, const char *what)
{
    check_str(p, err->detail, what);
    check_str(p, err->hint, what);
}

/* ---- building a store ---------------------------------------------------------------- */

static void rand_date(char *out, size_t size)
{
    snprintf(out, size, "%u %s %u", 1 + rnd(28), MONTHS[rnd(12)], 2019 + rnd(6));
}

/* One sentence from a template; people are chosen among the store's cast. */
static void sentence(char *out, size_t size, const int *cast, size_t n_cast, const int *places,
                     size_t n_places)
{
    const person *pp = &PEOPLE[cast[rnd((uint32_t)n_cast)]];
    /* A code name is sometimes claimed for someone else, so aliases collide
     * across reports of different markings. */
    const char *alias = rnd(4) == 0 ? PEOPLE[cast[rnd((uint32_t)n_cast)]].alias : pp->alias;
    const char *place = PLACES[places[rnd((uint32_t)n_places)]];
    const char *org = ORGS[rnd(N_ORGS)];
    char date[40];
    rand_date(date, sizeof date);
    switch (rnd(6)) {
    case 0:
        snprintf(out, size, "Police arrested %s, also known as %s, in %s on %s.", pp->name, alias,
                 place, date);
        break;
    case 1:
        snprintf(out, size, "Gendarmerie forces detained %s in %s on %s.", pp->name, place, date);
        break;
    case 2:
        snprintf(out, size, "Officials said %s, a commander of the %s, fled to %s.", pp->name, org,
                 place);
        break;
    case 3:
        snprintf(out, size, "%s, alias \"%s\", was detained in %s on %s.", pp->name, alias, place,
                 date);
        break;
    case 4:
        snprintf(out, size, "Security forces detained %u suspects in %s on %s.", 2 + rnd(9), place,
                 date);
        break;
    default:
        snprintf(out, size, "%s, a member of the %s, was seen in %s.", pp->name, org, place);
        break;
    }
}

static void on_ingest_error(void *ctx, const char *where, const fnr_error *err)
{
    (void)ctx;
    fprintf(stderr, "ingest %s: %s (%s)\n", where, err->message, err->detail);
}

static void build_store(prop *p)
{
    fnr_error err;
    snprintf(p->db, sizeof p->db, "%s/s%d.db", p->dir, p->store);
    fnr_kb_open_opts oo = { .create = true };
    assert_int_equal(fnr_kb_open(p->db, &oo, &p->kb, &err), FNR_OK);
    size_t n_levels = 0;
    assert_int_equal(fnr_kb_levels(p->kb, &p->levels, &n_levels, &err), FNR_OK);
    assert_int_equal(n_levels, N_LEVELS);

    int cast[8], places[6];
    for (size_t i = 0; i < 8; i++) {
again_p:
        cast[i] = (int)rnd(N_PEOPLE);
        for (size_t j = 0; j < i; j++)
            if (cast[j] == cast[i])
                goto again_p;
    }
    for (size_t i = 0; i < 6; i++)
        places[i] = (int)rnd(N_PLACES);

    p->n_docs = 10 + rnd(16);
    char path[200];
    snprintf(path, sizeof path, "%s/doc.txt", p->dir);
    for (size_t d = 0; d < p->n_docs; d++) {
        doc_rec *r = &p->docs[d];
        bool unique;
        do {
            r->text[0] = 0;
            size_t n_sent = 1 + rnd(3);
            for (size_t s = 0; s < n_sent; s++) {
                char sent[300];
                sentence(sent, sizeof sent, cast, 8, places, 6);
                if (s)
                    strcat(r->text, " ");
                strcat(r->text, sent);
            }
            unique = true;
            for (size_t j = 0; j < d; j++)
                if (strcmp(p->docs[j].text, r->text) == 0)
                    unique = false;
        } while (!unique);
        r->level = (int)rnd(N_LEVELS);
        const char *comps[3], *rels[3];
        size_t nc = 0, nr = 0;
        for (int i = 0; i < 3; i++) {
            r->comp[i] = rnd(3) == 0;
            if (r->comp[i])
                comps[nc++] = COMPS[i];
            r->rel[i] = rnd(2) == 0;
            if (r->rel[i])
                rels[nr++] = PARTNERS[i];
        }
        r->tlp = (int)rnd(6) - 1;
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(r->text, f);
        fputc('\n', f);
        fclose(f);
        fnr_ingest_opts o = {
            .markings = { .classification = p->levels[r->level],
                          .compartments = comps,
                          .n_compartments = nc,
                          .rel_to = rels,
                          .n_rel_to = nr,
                          .tlp = r->tlp >= 0 ? TLPS[r->tlp] : NULL },
            .threads = 1,
            .batch = 100000,
            .on_error = on_ingest_error,
        };
        const char *paths[1] = { path };
        fnr_ingest_stats st;
        assert_int_equal(fnr_kb_ingest(p->kb, paths, 1, &o, &st, &err), FNR_OK);
        assert_int_equal(st.docs_added, 1);
    }

    assert_int_equal(sqlite3_open_v2(p->db, &p->ro, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sql_exec(p, "CREATE TEMP TABLE vis(id INTEGER PRIMARY KEY)");
    /* Documents by id: the test's record must match what was stored. */
    sqlite3_stmt *st = NULL;
    assert_int_equal(
        sqlite3_prepare_v2(p->ro, "SELECT id, text FROM documents ORDER BY id", -1, &st, NULL),
        SQLITE_OK);
    size_t n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        const char *text = (const char *)sqlite3_column_text(st, 1);
        assert_true(n < p->n_docs);
        assert_int_equal(id, (int64_t)(n + 1));
        if (strncmp(text, p->docs[n].text, strlen(p->docs[n].text)) != 0) {
            fprintf(stderr, "stored text of document %lld differs:\n%s\n%s\n", (long long)id, text,
                    p->docs[n].text);
            fail();
        }
        p->docs[n].id = id;
        n++;
    }
    sqlite3_finalize(st);
    assert_int_equal(n, p->n_docs);
    p->max_doc = (int64_t)n;

    p->n_ents = (size_t)sqlv(p, "SELECT count(*) FROM entities", 0, 0);
    p->ent_ids = calloc(p->n_ents + 1, sizeof *p->ent_ids);
    p->ent_vis = calloc(p->n_ents + 1, sizeof *p->ent_vis);
    assert_non_null(p->ent_ids);
    assert_non_null(p->ent_vis);
    assert_int_equal(
        sqlite3_prepare_v2(p->ro, "SELECT id FROM entities ORDER BY id", -1, &st, NULL), SQLITE_OK);
    n = 0;
    while (sqlite3_step(st) == SQLITE_ROW && n < p->n_ents)
        p->ent_ids[n++] = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    assert_int_equal(n, p->n_ents);

    for (size_t i = 0; i < N_POOL; i++) {
        p->in_store[i] = false;
        for (size_t d = 0; d < p->n_docs; d++)
            if (strstr(p->docs[d].text, pool_str(i)))
                p->in_store[i] = true;
    }
}

static void close_store(prop *p)
{
    for (size_t i = 0; i < p->n_stmts; i++) {
        sqlite3_finalize(p->stmts[i]);
        free(p->stmt_sql[i]);
    }
    p->n_stmts = 0;
    sqlite3_close(p->ro);
    p->ro = NULL;
    fnr_kb_close(p->kb);
    p->kb = NULL;
    free(p->ent_ids);
    free(p->ent_vis);
    p->ent_ids = NULL;
    p->ent_vis = NULL;
    char side[200];
    unlink(p->db);
    snprintf(side, sizeof side, "%s-wal", p->db);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", p->db);
    unlink(side);
}

/* ---- the checks of one (store, viewer) case --------------------------------------- */

static void case_prepare(prop *p, const user_rec *u)
{
    sql_exec(p, "DELETE FROM temp.vis");
    for (size_t d = 0; d < p->n_docs; d++) {
        p->vis[d + 1] = oracle_visible(&p->docs[d], u);
        if (p->vis[d + 1]) {
            char sql[80];
            snprintf(sql, sizeof sql, "INSERT INTO temp.vis VALUES (%lld)",
                     (long long)p->docs[d].id);
            sql_exec(p, sql);
        }
    }
    for (size_t i = 0; i < N_POOL; i++) {
        bool vis = false;
        for (size_t d = 0; d < p->n_docs; d++)
            if (p->vis[d + 1] && strstr(p->docs[d].text, pool_str(i)))
                vis = true;
        p->hidden_only[i] = p->in_store[i] && !vis;
    }
    for (size_t i = 0; i < p->n_ents; i++)
        p->ent_vis[i] =
            sqlv(p, "SELECT count(*) FROM mentions WHERE entity_id = ?1 AND doc_id IN @V",
                 p->ent_ids[i], 0) > 0;
}

/* The message of a "not found" with the id in it replaced by '#'. */
static void shape(const char *msg, int64_t id, char *out, size_t size)
{
    char num[32];
    snprintf(num, sizeof num, "%lld", (long long)id);
    const char *at = strstr(msg, num);
    if (!at) {
        snprintf(out, size, "%s", msg);
        return;
    }
    snprintf(out, size, "%.*s#%s", (int)(at - msg), msg, at + strlen(num));
}

static void check_docs(prop *p, const fnr_viewer *v)
{
    fnr_error err, err0;
    fnr_doc_view *dv = NULL;
    int64_t none = p->max_doc + 1000;
    assert_int_equal(fnr_kb_doc(p->kb, v, none, &dv, &err0), FNR_NOTFOUND);
    char want[600], got[600];
    shape(err0.message, none, want, sizeof want);
    for (size_t d = 0; d < p->n_docs; d++) {
        int64_t id = p->docs[d].id;
        fnr_status st = fnr_kb_doc(p->kb, v, id, &dv, &err);
        p->n_calls++;
        if (!p->vis[id]) {
            p->n_hidden_docs++;
            CHECK(p, st == FNR_NOTFOUND, "doc %lld (hidden): status %d, not FNR_NOTFOUND",
                  (long long)id, (int)st);
            if (st == FNR_NOTFOUND) {
                shape(err.message, id, got, sizeof got);
                CHECK(p,
                      strcmp(got, want) == 0 && strcmp(err.detail, err0.detail) == 0 &&
                          strcmp(err.hint, err0.hint) == 0,
                      "doc %lld (hidden) says \"%s\" / \"%s\"; a missing id says \"%s\" / \"%s\"",
                      (long long)id, err.message, err.hint, err0.message, err0.hint);
            }
            fnr_doc_view_free(dv);
            dv = NULL;
            continue;
        }
        CHECK(p, st == FNR_OK, "doc %lld (visible): status %d (%s)", (long long)id, (int)st,
              err.message);
        if (st != FNR_OK)
            continue;
        CHECK(p, dv->doc.id == id, "doc %lld returned doc %lld", (long long)id,
              (long long)dv->doc.id);
        check_str(p, dv->doc.title, "doc title");
        for (size_t i = 0; i < dv->n_mentions; i++)
            check_ref(p, &dv->mentions[i].entity, "doc mention");
        for (size_t i = 0; i < dv->n_events; i++) {
            check_event(p, &dv->events[i], "doc event");
            CHECK(p, dv->events[i].doc_id == id, "doc %lld lists an event of doc %lld",
                  (long long)id, (long long)dv->events[i].doc_id);
        }
        long nm = sqlv(p, "SELECT count(*) FROM mentions WHERE doc_id = ?1", id, 0);
        long ne = sqlv(p, "SELECT count(*) FROM events WHERE doc_id = ?1", id, 0);
        CHECK(p, (long)dv->n_mentions == nm, "doc %lld: %zu mentions, store has %ld", (long long)id,
              dv->n_mentions, nm);
        CHECK(p, (long)dv->n_events == ne, "doc %lld: %zu events, store has %ld", (long long)id,
              dv->n_events, ne);
        fnr_doc_view_free(dv);
        dv = NULL;
    }
}

static void check_profile(prop *p, const fnr_profile *pr, const char *asked)
{
    int64_t id = pr->id;
    CHECK(p, ent_visible(p, id), "entity \"%s\" gave e%lld, which has no visible evidence", asked,
          (long long)id);
    check_str(p, pr->name, "profile name");
    long nm = sqlv(p, "SELECT count(*) FROM mentions WHERE entity_id = ?1 AND doc_id IN @V", id, 0);
    long nd =
        sqlv(p, "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?1 AND doc_id IN @V",
             id, 0);
    CHECK(p, pr->n_mentions == nm, "profile e%lld (\"%s\"): n_mentions %ld, visible evidence %ld",
          (long long)id, asked, pr->n_mentions, nm);
    CHECK(p, pr->n_documents == nd, "profile e%lld (\"%s\"): n_documents %ld, visible %ld",
          (long long)id, asked, pr->n_documents, nd);

    long na = sqlv(p,
                   "SELECT count(DISTINCT surface) FROM aliases WHERE entity_id = ?1"
                   " AND doc_id IN @V",
                   id, 0);
    CHECK(p, (long)pr->n_aliases_total == na, "profile e%lld: %zu aliases, visible %ld",
          (long long)id, pr->n_aliases_total, na);
    CHECK(p, (long)pr->n_aliases == (na < 50 ? na : 50), "profile e%lld: %zu aliases listed of %ld",
          (long long)id, pr->n_aliases, na);
    /* Each alias's report count is over visible reports: summed over all of
     * them, the visible alias rows. */
    long nar = sqlv(p, "SELECT count(*) FROM aliases WHERE entity_id = ?1 AND doc_id IN @V", id, 0);
    long sum_reports = 0;
    for (size_t i = 0; i < pr->n_aliases; i++) {
        CHECK(p,
              pr->aliases[i].reports >= 1 &&
                  pr->aliases[i].reports >= (long)pr->aliases[i].n_sources,
              "profile e%lld: alias %zu counts %ld reports, lists %zu", (long long)id, i,
              pr->aliases[i].reports, pr->aliases[i].n_sources);
        sum_reports += pr->aliases[i].reports;
    }
    if (na <= 50)
        CHECK(p, sum_reports == nar, "profile e%lld: aliases count %ld reports, visible %ld",
              (long long)id, sum_reports, nar);
    p->n_aliases += (long)pr->n_aliases;
    p->n_relations += (long)pr->n_relations;
    for (size_t i = 0; i < pr->n_aliases; i++) {
        check_str(p, pr->aliases[i].surface, "alias");
        for (size_t j = 0; j < pr->aliases[i].n_sources; j++) {
            check_doc_id(p, pr->aliases[i].sources[j].doc_id, "alias source");
            check_str(p, pr->aliases[i].sources[j].doc_title, "alias source title");
        }
    }
    long nev = sqlv(p,
                    "SELECT count(*) FROM events WHERE doc_id IN @V AND (location_id = ?1 OR id IN"
                    " (SELECT event_id FROM event_args WHERE entity_id = ?1))",
                    id, 0);
    CHECK(p, (long)pr->n_events == (nev < 50 ? nev : 50), "profile e%lld: %zu events, visible %ld",
          (long long)id, pr->n_events, nev);
    for (size_t i = 0; i < pr->n_events; i++)
        check_event(p, &pr->events[i], "profile event");
    for (size_t i = 0; i < pr->n_relations; i++) {
        const fnr_relation_row *r = &pr->relations[i];
        check_doc_id(p, r->doc_id, "relation");
        check_ref(p, &r->other, "relation other");
        check_str(p, r->text, "relation text");
        long ev = r->outgoing ? sqlv(p,
                                     "SELECT count(*) FROM relations WHERE source_id = ?1"
                                     " AND target_id = ?2 AND doc_id IN @V",
                                     id, r->other.id)
                              : sqlv(p,
                                     "SELECT count(*) FROM relations WHERE source_id = ?2"
                                     " AND target_id = ?1 AND doc_id IN @V",
                                     id, r->other.id);
        /* Rows are grouped by type and role too: evidence can only be part of it. */
        CHECK(p, r->evidence >= 1 && r->evidence <= ev,
              "profile e%lld: relation with e%lld has evidence %ld, visible statements %ld",
              (long long)id, (long long)r->other.id, r->evidence, ev);
    }
    for (size_t i = 0; i < pr->n_cooccur; i++) {
        check_ref(p, &pr->cooccur[i].other, "co-occurrence");
        long ns = sqlv(p,
                       "SELECT count(*) FROM (SELECT DISTINCT a.doc_id, a.sentence FROM mentions a"
                       " JOIN mentions b ON b.doc_id = a.doc_id AND b.sentence = a.sentence"
                       " WHERE a.entity_id = ?1 AND b.entity_id = ?2 AND a.doc_id IN @V)",
                       id, pr->cooccur[i].other.id);
        CHECK(p, pr->cooccur[i].sentences == ns,
              "profile e%lld: co-occurs with e%lld in %ld sentences, visible %ld", (long long)id,
              (long long)pr->cooccur[i].other.id, pr->cooccur[i].sentences, ns);
    }
    CHECK(p, (long)pr->n_docs == (nd < 20 ? nd : 20), "profile e%lld: %zu documents, visible %ld",
          (long long)id, pr->n_docs, nd);
    for (size_t i = 0; i < pr->n_docs; i++) {
        check_doc_id(p, pr->docs[i].id, "profile document");
        check_str(p, pr->docs[i].title, "profile document title");
        long m = sqlv(p, "SELECT count(*) FROM mentions WHERE entity_id = ?1 AND doc_id = ?2", id,
                      pr->docs[i].id);
        CHECK(p, pr->docs[i].mentions == m, "profile e%lld: doc %lld has %ld mentions, store %ld",
              (long long)id, (long long)pr->docs[i].id, pr->docs[i].mentions, m);
    }
}

/* Pool strings asked about: every one found only in hidden reports (where
 * a leak would show), about n_ask of the others the store holds, and one
 * it does not hold. */
static void check_names(prop *p, const fnr_viewer *v, size_t n_ask)
{
    size_t n_in = 0;
    for (size_t i = 0; i < N_POOL; i++)
        n_in += p->in_store[i] && !p->hidden_only[i];
    size_t absent = rnd(N_POOL);
    for (size_t i = 0; i < N_POOL; i++) {
        if (p->hidden_only[i])
            ;
        else if (p->in_store[i]) {
            if (rnd((uint32_t)n_in) >= n_ask)
                continue;
        } else if (i != absent) {
            continue;
        }
        const char *s = pool_str(i);
        fnr_error err;
        fnr_search_result *r = NULL;
        fnr_status st = fnr_kb_search(p->kb, v, s, FNR_SEARCH_ALL, 50, &r, &err);
        p->n_calls++;
        CHECK(p, st == FNR_OK, "search \"%s\": status %d (%s)", s, (int)st, err.message);
        if (st == FNR_OK) {
            p->n_hidden_names += p->hidden_only[i];
            if (p->hidden_only[i])
                CHECK(p, r->n_entities == 0,
                      "search \"%s\" (only in hidden reports) finds %zu entities, first \"%s\"", s,
                      r->n_entities, r->n_entities ? r->entities[0].name : "");
            for (size_t j = 0; j < r->n_entities; j++) {
                const fnr_entity_hit *h = &r->entities[j];
                CHECK(p, ent_visible(p, h->id), "search \"%s\" finds e%lld, not visible", s,
                      (long long)h->id);
                check_str(p, h->name, "search entity name");
                check_str(p, h->matched, "search matched alias");
                long nm = sqlv(p,
                               "SELECT count(*) FROM mentions WHERE entity_id = ?1"
                               " AND doc_id IN @V",
                               h->id, 0);
                long nd = sqlv(p,
                               "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?1"
                               " AND doc_id IN @V",
                               h->id, 0);
                CHECK(p, h->mentions == nm && h->documents == nd,
                      "search \"%s\": e%lld has %ld mentions in %ld documents, visible %ld in %ld",
                      s, (long long)h->id, h->mentions, h->documents, nm, nd);
            }
            long vis_docs = 0;
            for (size_t d = 0; d < p->n_docs; d++)
                vis_docs += p->vis[d + 1];
            CHECK(p, (long)r->n_docs <= vis_docs, "search \"%s\": %zu documents, %ld visible", s,
                  r->n_docs, vis_docs);
            for (size_t j = 0; j < r->n_docs; j++) {
                check_doc_id(p, r->docs[j].doc.id, "search document");
                check_str(p, r->docs[j].snippet, "search snippet");
                check_str(p, r->docs[j].doc.title, "search document title");
            }
        }
        fnr_search_result_free(r);

        fnr_profile *pr = NULL;
        st = fnr_kb_entity(p->kb, v, s, &pr, &err);
        p->n_calls++;
        if (p->hidden_only[i] || !p->in_store[i]) {
            CHECK(p, st == FNR_NOTFOUND, "entity \"%s\" (in no visible report): status %d, e%lld",
                  s, (int)st, st == FNR_OK ? (long long)pr->id : 0LL);
            if (st == FNR_NOTFOUND)
                check_err_text(p, &err, "entity not-found hint");
        } else if (st == FNR_OK) {
            check_profile(p, pr, s);
        } else {
            CHECK(p, st == FNR_NOTFOUND, "entity \"%s\": status %d (%s)", s, (int)st, err.message);
            check_err_text(p, &err, "entity not-found hint");
        }
        fnr_profile_free(pr);
    }
}

static void check_entities(prop *p, const fnr_viewer *v, size_t n_ask)
{
    fnr_error err, err0;
    char q[32], want[600], got[600];
    int64_t none = p->ent_ids[p->n_ents - 1] + 1000;
    fnr_profile *pr = NULL;
    snprintf(q, sizeof q, "e%lld", (long long)none);
    assert_int_equal(fnr_kb_entity(p->kb, v, q, &pr, &err0), FNR_NOTFOUND);
    shape(err0.message, none, want, sizeof want);
    for (size_t k = 0; k < n_ask; k++) {
        size_t i = rnd((uint32_t)p->n_ents);
        int64_t id = p->ent_ids[i];
        snprintf(q, sizeof q, "e%lld", (long long)id);
        fnr_status st = fnr_kb_entity(p->kb, v, q, &pr, &err);
        p->n_calls++;
        if (!p->ent_vis[i]) {
            p->n_hidden_ents++;
            CHECK(p, st == FNR_NOTFOUND, "entity %s (no visible evidence): status %d", q, (int)st);
            if (st == FNR_NOTFOUND) {
                shape(err.message, id, got, sizeof got);
                CHECK(p, strcmp(got, want) == 0 && strcmp(err.hint, err0.hint) == 0,
                      "entity %s (hidden) says \"%s\"; a missing id says \"%s\"", q, err.message,
                      err0.message);
            }
        } else {
            CHECK(p, st == FNR_OK, "entity %s (visible): status %d (%s)", q, (int)st, err.message);
            if (st == FNR_OK) {
                CHECK(p, pr->id == id, "entity %s gave e%lld", q, (long long)pr->id);
                check_profile(p, pr, q);
            }
        }
        fnr_profile_free(pr);
        pr = NULL;

        fnr_timeline *t = NULL;
        st = fnr_kb_timeline(p->kb, v, q, &t, &err);
        p->n_calls++;
        if (!p->ent_vis[i]) {
            CHECK(p, st == FNR_NOTFOUND, "timeline %s (no visible evidence): status %d", q,
                  (int)st);
        } else {
            CHECK(p, st == FNR_OK, "timeline %s: status %d (%s)", q, (int)st, err.message);
            if (st == FNR_OK) {
                check_str(p, t->entity.name, "timeline entity");
                long nev = sqlv(p,
                                "SELECT count(*) FROM events WHERE doc_id IN @V AND"
                                " (location_id = ?1 OR id IN"
                                " (SELECT event_id FROM event_args WHERE entity_id = ?1))",
                                id, 0);
                long nd = sqlv(p,
                               "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?1"
                               " AND doc_id IN @V",
                               id, 0);
                CHECK(p, (long)t->n_rows == nev + nd,
                      "timeline %s: %zu rows, visible %ld events + %ld documents", q, t->n_rows,
                      nev, nd);
                for (size_t j = 0; j < t->n_rows; j++) {
                    check_doc_id(p, t->rows[j].doc_id, "timeline row");
                    check_str(p, t->rows[j].text, "timeline text");
                    check_str(p, t->rows[j].doc_title, "timeline title");
                }
            }
        }
        fnr_timeline_free(t);
    }
}

static void check_event_list(prop *p, const fnr_viewer *v, const fnr_event_filter *f,
                             const char *where_sql, int64_t arg, const char *what)
{
    fnr_error err;
    fnr_event_list *l = NULL;
    fnr_status st = fnr_kb_events(p->kb, v, f, &l, &err);
    p->n_calls++;
    CHECK(p, st == FNR_OK, "events %s: status %d (%s)", what, (int)st, err.message);
    if (st != FNR_OK)
        return;
    char sql[600];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM events e WHERE e.doc_id IN @V%s", where_sql);
    long n = sqlv(p, sql, arg, 0);
    CHECK(p, (long)l->total == n, "events %s: total %zu, visible %ld", what, l->total, n);
    CHECK(p, (long)l->n_rows == (n < 100 ? n : 100), "events %s: %zu rows, visible %ld", what,
          l->n_rows, n);
    for (size_t i = 0; i < l->n_rows; i++)
        check_event(p, &l->rows[i], "events row");
    fnr_event_list_free(l);
}

static void check_stats(prop *p, const fnr_viewer *v, fnr_stats_by by)
{
    fnr_error err;
    fnr_stats *s = NULL;
    fnr_status st = fnr_kb_stats(p->kb, v, by, NULL, &s, &err);
    p->n_calls++;
    CHECK(p, st == FNR_OK, "stats %d: status %d (%s)", (int)by, (int)st, err.message);
    if (st != FNR_OK)
        return;
    long ev = sqlv(p, "SELECT count(*) FROM events WHERE doc_id IN @V", 0, 0);
    long pe = sqlv(p,
                   "SELECT coalesce(sum(CASE WHEN count > 0 THEN count ELSE 0 END), 0)"
                   " FROM events WHERE doc_id IN @V",
                   0, 0);
    long dc = sqlv(p, "SELECT count(DISTINCT doc_id) FROM events WHERE doc_id IN @V", 0, 0);
    CHECK(p, s->events == ev && s->persons == pe && s->documents == dc,
          "stats %d totals: %ld events, %ld persons, %ld documents; visible %ld, %ld, %ld", (int)by,
          s->events, s->persons, s->documents, ev, pe, dc);
    long sum = 0;
    for (size_t i = 0; i < s->n_rows; i++) {
        const fnr_stats_row *r = &s->rows[i];
        sum += r->events;
        check_str(p, r->key, "stats key");
        long n = -1;
        if (by == FNR_STATS_ACTOR || by == FNR_STATS_PLACE) {
            CHECK(p, ent_visible(p, r->entity_id), "stats %d row \"%s\": e%lld not visible",
                  (int)by, r->key, (long long)r->entity_id);
            n = by == FNR_STATS_PLACE
                    ? sqlv(p, "SELECT count(*) FROM events WHERE doc_id IN @V AND location_id = ?1",
                           r->entity_id, 0)
                    : sqlv(p,
                           "SELECT count(*) FROM events WHERE doc_id IN @V AND id IN"
                           " (SELECT event_id FROM event_args WHERE entity_id = ?1 AND role = 0)",
                           r->entity_id, 0);
        } else if (by == FNR_STATS_YEAR || by == FNR_STATS_MONTH) {
            /* The key is "YYYY" or "YYYY-MM"; compared as a number. */
            if (strcmp(r->key, "(undated)") == 0) {
                n = sqlv(p, "SELECT count(*) FROM events WHERE doc_id IN @V AND date IS NULL", 0,
                         0);
            } else if (by == FNR_STATS_YEAR) {
                CHECK(p, strlen(r->key) == 4, "stats year key \"%s\"", r->key);
                n = sqlv(p,
                         "SELECT count(*) FROM events WHERE doc_id IN @V"
                         " AND CAST(substr(date, 1, 4) AS INTEGER) = ?1",
                         strtol(r->key, NULL, 10), 0);
            } else {
                CHECK(p, strlen(r->key) == 7 && r->key[4] == '-', "stats month key \"%s\"", r->key);
                n = sqlv(p,
                         "SELECT count(*) FROM events WHERE doc_id IN @V AND length(date) >= 7"
                         " AND CAST(substr(date, 1, 4) AS INTEGER) * 100"
                         " + CAST(substr(date, 6, 2) AS INTEGER) = ?1",
                         strtol(r->key, NULL, 10) * 100 + strtol(r->key + 5, NULL, 10), 0);
            }
        } else {
            n = -2;
            for (int t = 1; t < FNR_EVENT_TYPE_COUNT; t++) {
                const char *name = fnr_event_type_name((fnr_event_type)t);
                if (name && strcmp(name, r->key) == 0)
                    n = sqlv(p, "SELECT count(*) FROM events WHERE doc_id IN @V AND type = ?1", t,
                             0);
            }
        }
        CHECK(p, r->events == n, "stats %d row \"%s\": %ld events, visible %ld", (int)by, r->key,
              r->events, n);
    }
    if (by == FNR_STATS_YEAR || by == FNR_STATS_MONTH || by == FNR_STATS_TYPE)
        CHECK(p, sum == ev, "stats %d: rows sum to %ld events, visible %ld", (int)by, sum, ev);
    if (by == FNR_STATS_PLACE) {
        long np = sqlv(p,
                       "SELECT count(DISTINCT location_id) FROM events WHERE doc_id IN @V"
                       " AND location_id IS NOT NULL",
                       0, 0);
        CHECK(p, (long)s->n_rows == np, "stats place: %zu rows, visible places %ld", s->n_rows, np);
    }
    if (by == FNR_STATS_ACTOR) {
        long na = sqlv(p,
                       "SELECT count(DISTINCT a.entity_id) FROM event_args a JOIN events e"
                       " ON e.id = a.event_id WHERE a.role = 0 AND e.doc_id IN @V",
                       0, 0);
        CHECK(p, (long)s->n_rows == na, "stats actor: %zu rows, visible actors %ld", s->n_rows, na);
    }
    fnr_stats_free(s);
}

static void check_events(prop *p, const fnr_viewer *v, size_t n_ask)
{
    check_event_list(p, v, NULL, "", 0, "(no filter)");
    for (size_t k = 0; k < n_ask; k++) {
        size_t i = rnd((uint32_t)p->n_ents);
        int64_t id = p->ent_ids[i];
        char q[32], what[64];
        snprintf(q, sizeof q, "e%lld", (long long)id);
        bool place = rnd(2) == 0;
        fnr_event_filter f = { 0 };
        if (place)
            f.place = q;
        else
            f.actor = q;
        snprintf(what, sizeof what, "%s %s", place ? "place" : "actor", q);
        if (!p->ent_vis[i]) {
            fnr_error err;
            fnr_event_list *l = NULL;
            fnr_status st = fnr_kb_events(p->kb, v, &f, &l, &err);
            p->n_calls++;
            CHECK(p, st == FNR_NOTFOUND, "events %s (no visible evidence): status %d", what,
                  (int)st);
            fnr_event_list_free(l);
            continue;
        }
        check_event_list(p, v, &f,
                         place ? " AND e.location_id = ?1"
                               : " AND e.id IN (SELECT event_id FROM event_args"
                                 " WHERE entity_id = ?1 AND role = 0)",
                         id, what);
    }
    /* A filter naming someone found only in hidden reports. */
    for (size_t i = 0; i < N_POOL; i++) {
        if (!p->hidden_only[i] || rnd(3) != 0)
            continue;
        fnr_event_filter f = { .actor = pool_str(i) };
        fnr_error err;
        fnr_event_list *l = NULL;
        fnr_status st = fnr_kb_events(p->kb, v, &f, &l, &err);
        p->n_calls++;
        CHECK(p, st == FNR_NOTFOUND, "events actor \"%s\" (only in hidden reports): status %d",
              pool_str(i), (int)st);
        if (st == FNR_NOTFOUND)
            check_err_text(p, &err, "events not-found hint");
        fnr_event_list_free(l);
    }
    for (int by = FNR_STATS_YEAR; by <= FNR_STATS_PLACE; by++)
        check_stats(p, v, (fnr_stats_by)by);
}

static void check_conflicts(prop *p, const fnr_viewer *v)
{
    fnr_error err;
    fnr_conflict_list *l = NULL;
    fnr_status st = fnr_kb_conflicts(p->kb, v, true, &l, &err);
    p->n_calls++;
    CHECK(p, st == FNR_OK, "conflicts: status %d (%s)", (int)st, err.message);
    if (st != FNR_OK)
        return;
    long n = sqlv(p,
                  "SELECT count(*) FROM candidates c WHERE c.doc_id IN @V"
                  " AND c.a IN (SELECT entity_id FROM mentions WHERE doc_id IN @V)"
                  " AND c.b IN (SELECT entity_id FROM mentions WHERE doc_id IN @V)",
                  0, 0);
    CHECK(p, (long)l->n_rows == n, "conflicts: %zu rows, visible %ld", l->n_rows, n);
    p->n_conflicts += (long)l->n_rows;
    for (size_t i = 0; i < l->n_rows; i++) {
        check_doc_id(p, l->rows[i].doc_id, "conflict");
        check_ref(p, &l->rows[i].a, "conflict entity");
        check_ref(p, &l->rows[i].b, "conflict entity");
        check_str(p, l->rows[i].surface, "conflict alias");
    }
    fnr_conflict_list_free(l);
}

static void run_case(prop *p, const user_rec *u, const fnr_viewer *v, size_t n_ask)
{
    p->vname = u ? u->name : "owner";
    case_prepare(p, u);
    if (!u) {
        for (size_t d = 0; d < p->n_docs; d++)
            assert_true(p->vis[d + 1]);
        for (size_t i = 0; i < p->n_ents; i++)
            assert_true(p->ent_vis[i] || sqlv(p, "SELECT n_mentions FROM entities WHERE id = ?1",
                                              p->ent_ids[i], 0) == 0);
    }
    check_docs(p, v);
    check_names(p, v, n_ask);
    check_entities(p, v, n_ask);
    check_events(p, v, n_ask / 2);
    check_conflicts(p, v);
    p->n_cases++;
}

/* ---- the test --------------------------------------------------------------------- */

static long env_long(const char *name, long def)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return def;
    return strtol(s, NULL, 10);
}

static void test_need_to_know(void **state)
{
    (void)state;
    prop *p = calloc(1, sizeof *p);
    assert_non_null(p);
    p->seed = (unsigned)env_long("FENER_SEED", 20240303);
    long n_stores = env_long("FENER_PROP_STORES", 25);
    long n_viewers = env_long("FENER_PROP_VIEWERS", 40);
    size_t n_ask = (size_t)env_long("FENER_PROP_ASK", 6);
    /* A RAM-backed directory when there is one: audit records are written on
     * every read. */
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(p->dir, sizeof p->dir, "%s/fener-prop-%ld", base, (long)getpid());
    mkdir(p->dir, 0700);
    fprintf(stderr, "markings property test: FENER_SEED=%u, %ld stores x %ld viewers\n", p->seed,
            n_stores, n_viewers);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    for (p->store = 0; p->store < n_stores; p->store++) {
        rng_state = ((uint64_t)p->seed << 20) ^ (uint64_t)(p->store + 1) * 0x9E3779B97F4A7C15ULL;
        if (!rng_state)
            rng_state = 1;
        p->viewer = -1;
        build_store(p);
        run_case(p, NULL, NULL, n_ask);
        for (p->viewer = 0; p->viewer < n_viewers; p->viewer++) {
            user_rec u = { 0 };
            snprintf(u.name, sizeof u.name, "u%d", p->viewer);
            u.clearance = (int)rnd(N_LEVELS);
            const char *comps[3];
            size_t nc = 0;
            for (int i = 0; i < 3; i++) {
                u.comp[i] = rnd(2) == 0;
                if (u.comp[i])
                    comps[nc++] = COMPS[i];
            }
            u.partner = rnd(2) == 0 ? -1 : (int)rnd(3);
            fnr_user_spec spec = { .name = u.name,
                                   .clearance = p->levels[u.clearance],
                                   .compartments = comps,
                                   .n_compartments = nc,
                                   .partner = u.partner >= 0 ? PARTNERS[u.partner] : NULL };
            fnr_error err;
            assert_int_equal(fnr_kb_user_add(p->kb, NULL, &spec, &err), FNR_OK);
            fnr_viewer *v = NULL;
            assert_int_equal(fnr_kb_viewer_user(p->kb, u.name, &v, &err), FNR_OK);
            run_case(p, &u, v, n_ask);
            fnr_viewer_free(v);
        }
        close_store(p);
    }
    char doc[200];
    snprintf(doc, sizeof doc, "%s/doc.txt", p->dir);
    unlink(doc);
    rmdir(p->dir);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "markings property test: %ld cases, %ld calls, %.1f s, %ld failures\n",
            p->n_cases, p->n_calls, secs, n_failures);
    fprintf(stderr,
            "  met: %ld hidden documents, %ld hidden-only names, %ld hidden entities,"
            " %ld conflict rows, %ld relation rows, %ld alias rows\n",
            p->n_hidden_docs, p->n_hidden_names, p->n_hidden_ents, p->n_conflicts, p->n_relations,
            p->n_aliases);
    if (n_failures)
        fprintf(stderr, "replay with FENER_SEED=%u\n", p->seed);
    free(p);
    assert_int_equal(n_failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_need_to_know),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
