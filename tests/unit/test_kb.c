/*
 * Knowledge-base use cases against the real SQLite store in a temporary
 * directory: ingest (files, directories with include globs, JSON lines with
 * a bad line, duplicates), cross-report resolution (spellings and code names
 * meeting in one entity, an alias that would join two entities becoming a
 * merge candidate), merge and split, determinism across thread counts, and
 * the event, statistics and validation paths. Every test ends with a clean
 * fnr_kb_check. The example reports are written for these tests.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <ftw.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fener/kb.h"

typedef struct fixture {
    char dir[64];
    char db[128];
    fnr_kb *kb;
} fixture;

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void write_file(const fixture *fx, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", fx->dir, name);
    /* Make parent directories of "sub/x.txt". */
    for (char *s = path + strlen(fx->dir) + 1; (s = strchr(s, '/')) != NULL; s++) {
        *s = '\0';
        mkdir(path, 0700);
        *s = '/';
    }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *fpath(const fixture *fx, const char *name, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", fx->dir, name);
    return buf;
}

/* Writes three reports named <stem>1.txt.. and ingests them in one call. */
static void ingest_three(fixture *fx, const char *stem, const char *const text[3],
                         fnr_ingest_stats *st)
{
    char p[3][256];
    const char *paths[3];
    for (int i = 0; i < 3; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s%d.txt", stem, i + 1);
        write_file(fx, name, text[i]);
        paths[i] = fpath(fx, name, p[i], sizeof p[i]);
    }
    fnr_ingest_opts o = { .threads = 1 };
    fnr_error err;
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 3, &o, st, &err), FNR_OK);
}

static fnr_kb *open_db(const char *path)
{
    fnr_kb *kb = NULL;
    fnr_error err;
    fnr_kb_open_opts o = { .create = true };
    fnr_status st = fnr_kb_open(path, &o, &kb, &err);
    if (st != FNR_OK)
        fprintf(stderr, "open: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
    return kb;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/fener_kb_XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    snprintf(fx->db, sizeof fx->db, "%s/fener.db", fx->dir);
    fx->kb = open_db(fx->db);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    fnr_status st = fnr_kb_check(fx->kb, &err);
    if (st != FNR_OK)
        fprintf(stderr, "check: %s\n", err.message);
    fnr_kb_close(fx->kb);
    nftw(fx->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(fx);
    return st == FNR_OK ? 0 : -1;
}

/* Errors reported by ingest, recorded for the assertions. */
typedef struct errlog {
    int n;
    char where[8][256];
    fnr_status code[8];
    int line[8];
} errlog;

static void on_error(void *ctx, const char *where, const fnr_error *err)
{
    errlog *l = ctx;
    if (l->n < 8) {
        snprintf(l->where[l->n], sizeof l->where[0], "%s", where);
        l->code[l->n] = err->code;
        l->line[l->n] = err->line;
    }
    l->n++;
}

typedef struct progress_log {
    int calls;
    int finals;
    size_t last_done;
} progress_log;

static void on_progress(void *ctx, const fnr_ingest_progress *p)
{
    progress_log *l = ctx;
    l->calls++;
    if (p->final)
        l->finals++;
    l->last_done = p->docs_done;
}

static fnr_status ingest1(fnr_kb *kb, const char *path, fnr_ingest_opts *o, fnr_ingest_stats *st)
{
    fnr_error err;
    const char *paths[1] = { path };
    fnr_status rc = fnr_kb_ingest(kb, paths, 1, o, st, &err);
    if (rc != FNR_OK)
        fprintf(stderr, "ingest %s: %s (%s)\n", path, err.message, err.detail);
    return rc;
}

static int64_t entity_id(fnr_kb *kb, const char *name)
{
    fnr_profile *p = NULL;
    fnr_error err;
    fnr_status st = fnr_kb_entity(kb, NULL, name, &p, &err);
    if (st != FNR_OK)
        fprintf(stderr, "entity %s: %s\n", name, err.message);
    assert_int_equal(st, FNR_OK);
    int64_t id = p->id;
    fnr_profile_free(p);
    return id;
}

static const fnr_alias_row *find_alias(const fnr_profile *p, const char *surface)
{
    for (size_t i = 0; i < p->n_aliases; i++)
        if (strcmp(p->aliases[i].surface, surface) == 0)
            return &p->aliases[i];
    return NULL;
}

static bool alias_has_doc(const fnr_alias_row *a, int64_t doc)
{
    for (size_t i = 0; a && i < a->n_sources; i++)
        if (a->sources[i].doc_id == doc)
            return true;
    return false;
}

/* ---- the reports ------------------------------------------------------------ */

static const char report1[] =
    "Police in Gaziantep detained Kasım Güler, codenamed 'Ebu Hasan', on 3 March 2021. "
    "The Islamic State suspect was captured with 4 others in an operation by the "
    "Gendarmerie.\n";
static const char report2[] = "Kasim Guler was sentenced in Ankara on 12 June 2022.\n";

/* ---- tests -------------------------------------------------------------------- */

static void test_paths_and_init(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    assert_string_equal(fnr_kb_path("x.db"), "x.db");
    setenv("FENER_DB", "/tmp/from-env.db", 1);
    assert_string_equal(fnr_kb_path(NULL), "/tmp/from-env.db");
    unsetenv("FENER_DB");
    assert_string_equal(fnr_kb_path(NULL), "./fener.db");

    /* The fixture's store exists: init refuses and leaves it alone. */
    assert_int_equal(fnr_kb_init(fx->db, &err), FNR_EXISTS);
    char p2[256];
    assert_int_equal(fnr_kb_init(fpath(fx, "new.db", p2, sizeof p2), &err), FNR_OK);
    assert_int_equal(fnr_kb_init(p2, &err), FNR_EXISTS);
    fnr_kb *kb = NULL;
    fnr_kb_open_opts o = { .create = false };
    assert_int_equal(fnr_kb_open(fpath(fx, "missing.db", p2, sizeof p2), &o, &kb, &err),
                     FNR_NOINPUT);
    assert_null(kb);
    assert_int_equal(fnr_kb_store_version(fx->kb), fnr_kb_schema_version());

    /* A file that is not a store is refused, and left as it was. */
    write_file(fx, "notes.txt", "these are notes, not a database\n");
    fpath(fx, "notes.txt", p2, sizeof p2);
    assert_int_equal(fnr_kb_init(p2, &err), FNR_BADINPUT);
    o.create = true;
    assert_int_equal(fnr_kb_open(p2, &o, &kb, &err), FNR_BADINPUT);
    assert_null(kb);
    FILE *f = fopen(p2, "rb");
    assert_non_null(f);
    char line[64] = { 0 };
    assert_non_null(fgets(line, sizeof line, f));
    fclose(f);
    assert_string_equal(line, "these are notes, not a database\n");

    /* Read-only: queries yes, ingest and merges no. */
    fnr_kb_open_opts ro = { .readonly = true };
    assert_int_equal(fnr_kb_open(fx->db, &ro, &kb, &err), FNR_OK);
    const char *paths[1] = { p2 };
    fnr_ingest_stats st;
    assert_int_equal(fnr_kb_ingest(kb, paths, 1, NULL, &st, &err), FNR_UNSUPPORTED);
    assert_int_equal(fnr_kb_merge(kb, "e1", "e2", NULL, NULL, &err), FNR_UNSUPPORTED);
    fnr_conflict_list *cl = NULL;
    assert_int_equal(fnr_kb_conflicts(kb, NULL, true, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_rows, 0);
    fnr_conflict_list_free(cl);
    fnr_kb_close(kb);
}

static void test_resolution_and_duplicates(void **state)
{
    fixture *fx = *state;
    write_file(fx, "r1.txt", report1);
    write_file(fx, "r2.txt", report2);
    char p1[256], p2[256];
    const char *paths[2] = { fpath(fx, "r1.txt", p1, sizeof p1),
                             fpath(fx, "r2.txt", p2, sizeof p2) };
    fnr_ingest_opts o = { .threads = 2, .meta = { .source = "Test Wire", .reliability = 'B' } };
    progress_log pl = { 0 };
    o.progress = on_progress;
    o.progress_ctx = &pl;
    fnr_ingest_stats st;
    fnr_error err;
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 2, &o, &st, &err), FNR_OK);
    assert_int_equal(st.docs_seen, 2);
    assert_int_equal(st.docs_added, 2);
    assert_int_equal(st.docs_duplicate, 0);
    assert_true(st.entities_joined >= 1);
    assert_int_equal(st.batches, 1);
    assert_int_equal(pl.finals, 1);
    assert_int_equal(pl.last_done, 2);

    /* Both spellings and the code name reach one entity. */
    int64_t id = entity_id(fx->kb, "Kasım Güler");
    assert_int_equal(entity_id(fx->kb, "Kasim Guler"), id);
    assert_int_equal(entity_id(fx->kb, "Ebu Hasan"), id);

    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Kasim Guler", &p, &err), FNR_OK);
    assert_int_equal(p->type, FNR_ENTITY_PERSON);
    assert_int_equal(p->n_documents, 2);
    const fnr_alias_row *a1 = find_alias(p, "Kasım Güler");
    const fnr_alias_row *a2 = find_alias(p, "Ebu Hasan");
    const fnr_alias_row *a3 = find_alias(p, "Kasim Guler");
    assert_non_null(a1);
    assert_non_null(a2);
    assert_non_null(a3);
    /* The docs are numbered in input order: r1 then r2. */
    int64_t d1 = a1->sources[0].doc_id;
    int64_t d2 = a3->sources[0].doc_id;
    assert_true(d1 < d2);
    assert_true(alias_has_doc(a2, d1));
    assert_true(alias_has_doc(a3, d2));
    fnr_profile_free(p);

    /* The document row carries the metadata. */
    fnr_doc_view *v = NULL;
    assert_int_equal(fnr_kb_doc(fx->kb, NULL, d1, &v, &err), FNR_OK);
    assert_string_equal(v->doc.source, "Test Wire");
    assert_int_equal(v->doc.reliability, 'B');
    assert_true(v->n_mentions >= 2);
    assert_true(v->n_events >= 1);
    fnr_doc_view_free(v);

    /* Again: nothing new, and the stats say so. */
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 2, &o, &st, &err), FNR_OK);
    assert_int_equal(st.docs_seen, 2);
    assert_int_equal(st.docs_added, 0);
    assert_int_equal(st.docs_duplicate, 2);
    assert_int_equal(st.entities_new, 0);

    /* The same file twice in one run: the second is a duplicate. */
    write_file(fx, "r3.txt", "Police arrested Orhan Yurt in Konya on 2 May 2020.\n");
    char p3[256];
    const char *twice[2] = { fpath(fx, "r3.txt", p3, sizeof p3), p3 };
    assert_int_equal(fnr_kb_ingest(fx->kb, twice, 2, &o, &st, &err), FNR_OK);
    assert_int_equal(st.docs_added, 1);
    assert_int_equal(st.docs_duplicate, 1);
}

/* Dictionary aliases meet across reports: "Daesh" in one, "ISIS" in another. */
static void test_dictionary_aliases_across_reports(void **state)
{
    fixture *fx = *state;
    write_file(fx, "d1.txt", "Police detained four Daesh members in Konya on 3 March 2021.\n");
    write_file(fx, "d2.txt", "Two ISIS militants were captured in Hatay on 9 April 2021.\n");
    char p1[256], p2[256];
    const char *paths[2] = { fpath(fx, "d1.txt", p1, sizeof p1),
                             fpath(fx, "d2.txt", p2, sizeof p2) };
    fnr_ingest_opts o = { .threads = 1 };
    fnr_ingest_stats st;
    fnr_error err;
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 2, &o, &st, &err), FNR_OK);
    int64_t id = entity_id(fx->kb, "Daesh");
    assert_int_equal(entity_id(fx->kb, "ISIS"), id);
    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "ISIS", &p, &err), FNR_OK);
    assert_int_equal(p->n_documents, 2);
    assert_int_equal(st.conflicts, 0);
    fnr_profile_free(p);
}

/* Initials and single words are weak keys: two suspects called A.K. in two
 * reports stay two people (with their own code names), as do two men both
 * called Yılmaz; a full name or kunya still joins across reports. */
static void test_weak_keys_do_not_join(void **state)
{
    fixture *fx = *state;
    write_file(fx, "w1.txt",
               "Police detained a suspect identified by the initials A.K., also known as Abu "
               "Talha, in Konya on 3 March 2021.\n");
    write_file(fx, "w2.txt",
               "Police detained a suspect identified by the initials A.K., also known as Abu "
               "Musab, in Hatay on 9 April 2021.\n");
    write_file(fx, "w3.txt", "Gendarmerie forces captured Abu Talha in Mersin on 1 June 2021.\n");
    write_file(fx, "w4.txt",
               "Police arrested Mehmet Yılmaz in Izmir on 2 May 2021. Yılmaz was remanded in "
               "custody.\n");
    write_file(fx, "w5.txt",
               "Police arrested Ahmet Yılmaz in Bursa on 5 May 2021. Yılmaz was released.\n");
    char p[5][256];
    const char *paths[5];
    for (int i = 0; i < 5; i++) {
        char name[16];
        snprintf(name, sizeof name, "w%d.txt", i + 1);
        paths[i] = fpath(fx, name, p[i], sizeof p[i]);
    }
    fnr_ingest_opts o = { .threads = 1 };
    fnr_ingest_stats st;
    fnr_error err;
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 5, &o, &st, &err), FNR_OK);
    assert_int_equal(st.conflicts, 0);

    int64_t talha = entity_id(fx->kb, "Abu Talha");
    assert_true(entity_id(fx->kb, "Abu Musab") != talha);
    fnr_profile *pr = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Abu Talha", &pr, &err), FNR_OK);
    assert_int_equal(pr->n_documents, 2); /* w1 and w3 */
    assert_null(find_alias(pr, "Abu Musab"));
    fnr_profile_free(pr);
    assert_true(entity_id(fx->kb, "Mehmet Yılmaz") != entity_id(fx->kb, "Ahmet Yılmaz"));

    /* Both A.K.s and both Yılmazes are found by that name. */
    fnr_search_result *r = NULL;
    assert_int_equal(fnr_kb_search(fx->kb, NULL, "A.K.", FNR_SEARCH_PERSON, 0, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 2);
    fnr_search_result_free(r);
    assert_int_equal(fnr_kb_search(fx->kb, NULL, "Yilmaz", FNR_SEARCH_PERSON, 0, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 2);
    fnr_search_result_free(r);
}

/* Two people with different full names whose reports give them the same
 * kunya stay two people, tied by a conflict for an analyst; the kunya alone
 * later joins the first. */
static void test_shared_alias_is_a_conflict(void **state)
{
    fixture *fx = *state;
    static const char *const text[3] = {
        "MIT captured Daniel Roth, also known as Abu Hafs al-Iraqi, in Ankara on 2 May 2021.\n",
        "Police detained Peter Hansen, also known as Abu Hafs al-Iraqi, in Izmir on 3 May 2021.\n",
        "Abu Hafs al-Iraqi was killed in a drone strike near Idlib on 9 May 2021.\n",
    };
    fnr_ingest_stats st;
    fnr_error err;
    ingest_three(fx, "k", text, &st);
    int64_t roth = entity_id(fx->kb, "Daniel Roth");
    int64_t hansen = entity_id(fx->kb, "Peter Hansen");
    assert_true(roth != hansen);
    assert_int_equal(entity_id(fx->kb, "Abu Hafs al-Iraqi"), roth);
    assert_int_equal(st.conflicts, 1);
    fnr_conflict_list *cl = NULL;
    assert_int_equal(fnr_kb_conflicts(fx->kb, NULL, false, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_rows, 1);
    assert_string_equal(cl->rows[0].surface, "Abu Hafs al-Iraqi");
    fnr_conflict_list_free(cl);
}

/* A body's name that two countries share ("the Security Service" of a
 * London and of an Abuja report) makes two entities, neither a merge
 * candidate of the other; a third report of the first country joins its
 * own. */
static void test_namesakes_of_two_countries(void **state)
{
    fixture *fx = *state;
    static const char *const text[3] = {
        "LONDON (Reuters) - The Security Service arrested two men in Manchester on Monday, police "
        "said.\n",
        "ABUJA (Reuters) - The Security Service detained a militant commander in Kano on Tuesday, "
        "officials said.\n",
        "LONDON (Reuters) - The Security Service charged a third man in Leeds on Friday.\n",
    };
    fnr_ingest_stats st;
    fnr_error err;
    ingest_three(fx, "c", text, &st);
    assert_int_equal(st.conflicts, 0);
    fnr_search_result *r = NULL;
    assert_int_equal(
        fnr_kb_search(fx->kb, NULL, "Security Service", FNR_SEARCH_ORGANIZATION, 0, &r, &err),
        FNR_OK);
    assert_int_equal(r->n_entities, 2);
    const fnr_entity_hit *gbr = NULL, *nga = NULL;
    for (size_t i = 0; i < r->n_entities; i++) {
        const fnr_entity_hit *h = &r->entities[i];
        assert_string_equal(h->name, "Security Service");
        assert_non_null(h->country);
        if (strcmp(h->country, "GBR") == 0)
            gbr = h;
        else if (strcmp(h->country, "NGA") == 0)
            nga = h;
    }
    assert_non_null(gbr);
    assert_non_null(nga);
    assert_int_equal(gbr->documents, 2);
    assert_int_equal(nga->documents, 1);
    fnr_search_result_free(r);
}

/* Checkpoints run in their own thread: with a threshold of a few pages,
 * forty one-report ingests keep the WAL small (it restarts after each
 * checkpoint) and the store stays whole. */
static void test_background_checkpoints(void **state)
{
    fixture *fx = *state;
    fnr_kb_close(fx->kb);
    setenv("FENER_CKPT_PAGES", "16", 1);
    fx->kb = open_db(fx->db);
    unsetenv("FENER_CKPT_PAGES");
    fnr_error err;
    fnr_ingest_opts o = { .threads = 1 };
    fnr_ingest_stats st;
    for (int i = 0; i < 40; i++) {
        char name[32], text[256], p[256];
        snprintf(name, sizeof name, "c%02d.txt", i);
        snprintf(text, sizeof text,
                 "Police detained %d suspects in Konya on %d March 2021 in an operation against "
                 "Daesh; report %d.\n",
                 i + 2, i % 28 + 1, i);
        write_file(fx, name, text);
        const char *path = fpath(fx, name, p, sizeof p);
        assert_int_equal(fnr_kb_ingest(fx->kb, &path, 1, &o, &st, &err), FNR_OK);
        assert_int_equal(st.docs_added, 1);
    }
    char wal[256];
    snprintf(wal, sizeof wal, "%s-wal", fx->db);
    struct stat sb;
    assert_int_equal(stat(wal, &sb), 0);
    /* Without checkpoints the forty commits write over 1,000 pages; with
     * them the WAL restarts, the inline checkpoint at 8 x 16 pages bounding
     * it whatever the thread's timing. */
    if (sb.st_size >= 400 * 4096)
        fail_msg("WAL %lld bytes", (long long)sb.st_size);
    assert_int_equal(fnr_kb_check(fx->kb, &err), FNR_OK);
    fnr_profile *pr = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Konya", &pr, &err), FNR_OK);
    assert_int_equal(pr->n_documents, 40);
    fnr_profile_free(pr);
}

static void test_jsonl_bad_line(void **state)
{
    fixture *fx = *state;
    write_file(fx, "feed.jsonl",
               "{\"text\": \"Police arrested Murat Aydın in Konya on 2 May 2020.\", "
               "\"title\": \"Konya arrest\", \"source\": \"Feed\", \"date\": \"2020-05-03\"}\n"
               "{\"text\": \"Police arrested Emre Kılıç in Kayseri\", \n"
               "\n"
               "{\"text\": \"Police arrested Emre Kılıç in Kayseri on 9 June 2020.\", "
               "\"url\": \"https://example.org/2\"}\n");
    errlog el = { 0 };
    fnr_ingest_opts o = { .threads = 3, .on_error = on_error, .error_ctx = &el };
    fnr_ingest_stats st;
    char p[256];
    fnr_error err;
    const char *paths[1] = { fpath(fx, "feed.jsonl", p, sizeof p) };
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 1, &o, &st, &err), FNR_BADINPUT);
    assert_string_equal(err.message, "1 of 3 documents failed");
    assert_int_equal(st.docs_seen, 3);
    assert_int_equal(st.docs_failed, 1);
    assert_int_equal(st.docs_added, 2);
    assert_int_equal(el.n, 1);
    char want[300];
    snprintf(want, sizeof want, "%s:2", p);
    assert_string_equal(el.where[0], want);
    assert_int_equal(el.code[0], FNR_BADINPUT);
    assert_int_equal(el.line[0], 2);

    /* Per-line metadata went to the documents. */
    fnr_profile *pr = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Murat Aydin", &pr, &err), FNR_OK);
    assert_true(pr->n_docs >= 1);
    assert_string_equal(pr->docs[0].title, "Konya arrest");
    assert_string_equal(pr->docs[0].source, "Feed");
    assert_string_equal(pr->docs[0].date, "2020-05-03");
    fnr_profile_free(pr);

    /* A file that is not there is a failed document, not a crash. */
    const char *missing[1] = { fpath(fx, "nope.txt", p, sizeof p) };
    el.n = 0;
    assert_int_equal(fnr_kb_ingest(fx->kb, missing, 1, &o, &st, &err), FNR_NOINPUT);
    assert_int_equal(st.docs_failed, 1);
    assert_int_equal(el.n, 1);
}

static void test_candidate_merge_split(void **state)
{
    fixture *fx = *state;
    write_file(fx, "a.txt", "Police arrested Murat Aydın in Konya on 2 May 2020.\n");
    write_file(fx, "b.txt", "Police arrested Emre Kılıç in Kayseri on 9 June 2020.\n");
    write_file(fx, "c.txt",
               "Murat Aydın, codenamed 'Emre Kılıç', was detained again in Konya on 4 July "
               "2021.\n");
    fnr_ingest_opts o = { .threads = 1 };
    fnr_ingest_stats st;
    char p[256];
    assert_int_equal(ingest1(fx->kb, fpath(fx, "a.txt", p, sizeof p), &o, &st), FNR_OK);
    assert_int_equal(ingest1(fx->kb, fpath(fx, "b.txt", p, sizeof p), &o, &st), FNR_OK);
    int64_t a = entity_id(fx->kb, "Murat Aydın");
    int64_t b = entity_id(fx->kb, "Emre Kılıç");
    assert_true(a != b);

    assert_int_equal(ingest1(fx->kb, fpath(fx, "c.txt", p, sizeof p), &o, &st), FNR_OK);
    assert_int_equal(st.conflicts, 1);
    /* No silent merge: both entities still stand. */
    fnr_error err;
    fnr_profile *pb = NULL;
    char bid[32];
    snprintf(bid, sizeof bid, "e%lld", (long long)b);
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, bid, &pb, &err), FNR_OK);
    assert_int_equal(pb->merged_into, 0);
    fnr_profile_free(pb);

    fnr_conflict_list *cl = NULL;
    assert_int_equal(fnr_kb_conflicts(fx->kb, NULL, false, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_rows, 1);
    assert_int_equal(cl->rows[0].a.id, a < b ? a : b);
    assert_int_equal(cl->rows[0].b.id, a < b ? b : a);
    assert_string_equal(cl->rows[0].surface, "Emre Kılıç");
    assert_string_equal(cl->rows[0].status, "open");
    fnr_conflict_list_free(cl);

    /* The analyst merges b into a, then undoes it. */
    char aid[32];
    snprintf(aid, sizeof aid, "e%lld", (long long)a);
    assert_int_equal(fnr_kb_merge(fx->kb, aid, bid, "analyst1", "same man", &err), FNR_OK);
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, bid, &pb, &err), FNR_OK);
    assert_int_equal(pb->merged_into, a);
    fnr_profile_free(pb);
    fnr_profile *pa = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, aid, &pa, &err), FNR_OK);
    assert_int_equal(pa->n_documents, 3);
    fnr_profile_free(pa);

    assert_int_equal(fnr_kb_split(fx->kb, aid, bid, "analyst1", "two men after all", &err), FNR_OK);
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, bid, &pb, &err), FNR_OK);
    assert_int_equal(pb->merged_into, 0);
    fnr_profile_free(pb);
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, aid, &pa, &err), FNR_OK);
    assert_int_equal(pa->n_documents, 2);
    fnr_profile_free(pa);

    /* Merging an entity into itself is refused. */
    assert_int_equal(fnr_kb_merge(fx->kb, aid, aid, NULL, NULL, &err), FNR_INVALID);
}

/* A small generated corpus: people, places and counts recombined. */
static void write_corpus(const fixture *fx, const char *sub, int n)
{
    static const char *const people[] = { "Kasım Güler", "Murat Aydın",  "Emre Kılıç",
                                          "Orhan Yurt",  "Hakan Toprak", "Cemal Uysal" };
    static const char *const places[] = { "Konya", "Kayseri", "Izmir", "Adana", "Bursa" };
    static const char *const months[] = { "January", "March", "May", "July", "October" };
    for (int i = 0; i < n; i++) {
        char name[128], text[1024];
        snprintf(name, sizeof name, "%s/doc%03d.txt", sub, i);
        snprintf(text, sizeof text,
                 "On %d %s %d, police captured %d suspects in %s in an operation against the "
                 "Islamic State. Police arrested %s in %s on %d %s %d.\n",
                 1 + i % 27, months[i % 5], 2018 + i % 4, 3 + i, places[i % 5], people[i % 6],
                 places[(i + 2) % 5], 1 + (i * 7) % 27, months[(i + 1) % 5], 2018 + i % 4);
        write_file(fx, name, text);
    }
}

static void test_determinism(void **state)
{
    fixture *fx = *state;
    write_corpus(fx, "corpus", 40);
    char dir[256], db1[256], db4[256];
    fpath(fx, "corpus", dir, sizeof dir);
    fnr_kb *k1 = open_db(fpath(fx, "one.db", db1, sizeof db1));
    fnr_kb *k4 = open_db(fpath(fx, "four.db", db4, sizeof db4));
    fnr_ingest_stats s1, s4;
    fnr_ingest_opts o1 = { .threads = 1, .batch = 7 };
    fnr_ingest_opts o4 = { .threads = 4, .batch = 7 };
    assert_int_equal(ingest1(k1, dir, &o1, &s1), FNR_OK);
    assert_int_equal(ingest1(k4, dir, &o4, &s4), FNR_OK);
    assert_int_equal(s1.docs_added, 40);
    assert_int_equal(s1.batches, 6);
    assert_int_equal(s4.docs_added, s1.docs_added);
    assert_int_equal(s4.entities_new, s1.entities_new);
    assert_int_equal(s4.entities_joined, s1.entities_joined);
    assert_int_equal(s4.mentions, s1.mentions);
    assert_int_equal(s4.events, s1.events);
    assert_int_equal(s4.relations, s1.relations);

    /* Same ids for the same entities, same statistics. */
    assert_int_equal(entity_id(k1, "Hakan Toprak"), entity_id(k4, "Hakan Toprak"));
    assert_int_equal(entity_id(k1, "Bursa"), entity_id(k4, "Bursa"));
    fnr_stats *t1 = NULL, *t4 = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_stats(k1, NULL, FNR_STATS_YEAR, NULL, &t1, &err), FNR_OK);
    assert_int_equal(fnr_kb_stats(k4, NULL, FNR_STATS_YEAR, NULL, &t4, &err), FNR_OK);
    assert_int_equal(t1->events, t4->events);
    assert_int_equal(t1->persons, t4->persons);
    assert_int_equal(t1->n_rows, t4->n_rows);
    fnr_stats_free(t1);
    fnr_stats_free(t4);

    assert_int_equal(fnr_kb_check(k1, &err), FNR_OK);
    assert_int_equal(fnr_kb_check(k4, &err), FNR_OK);
    fnr_kb_close(k1);
    fnr_kb_close(k4);
}

/* A bulk ingest stores what an ordinary one does; the estimate counts as
 * the ingest walks; a bulk load left open is ended by fnr_kb_close, and
 * the store's check (which fails on a missing index) passes after. */
static void test_bulk_load(void **state)
{
    fixture *fx = *state;
    write_corpus(fx, "corpus", 30);
    char dir[256], dbb[256], dbr[256];
    fpath(fx, "corpus", dir, sizeof dir);
    size_t docs = 0, bytes = 0;
    const char *paths[] = { dir };
    fnr_kb_ingest_estimate(paths, 1, NULL, 0, &docs, &bytes);
    assert_int_equal(docs, 30);
    assert_true(bytes > 30 * 100);
    fnr_kb_ingest_estimate(paths, 1, NULL, 10, &docs, &bytes);
    assert_int_equal(docs, 10); /* stops at the limit */
    const char *inc[1] = { "*.md" };
    fnr_ingest_opts md = { .include = inc, .n_include = 1 };
    fnr_kb_ingest_estimate(paths, 1, &md, 0, &docs, &bytes);
    assert_int_equal(docs, 0);

    fnr_kb *kb = open_db(fpath(fx, "bulk.db", dbb, sizeof dbb));
    fnr_kb *kr = open_db(fpath(fx, "rows.db", dbr, sizeof dbr));
    fnr_ingest_opts ob = { .threads = 2, .batch = 7, .bulk = FNR_BULK_ON };
    fnr_ingest_opts orw = { .threads = 2, .batch = 7, .bulk = FNR_BULK_OFF };
    fnr_ingest_stats sb, sr;
    assert_int_equal(ingest1(kb, dir, &ob, &sb), FNR_OK);
    assert_int_equal(ingest1(kr, dir, &orw, &sr), FNR_OK);
    assert_true(sb.bulk);
    assert_false(sr.bulk);
    assert_int_equal(sb.docs_added, 30);
    assert_int_equal(sb.entities_new, sr.entities_new);
    assert_int_equal(sb.events, sr.events);
    assert_int_equal(sb.relations, sr.relations);
    fnr_error err;
    fnr_profile *pb = NULL, *pr = NULL;
    assert_int_equal(fnr_kb_entity(kb, NULL, "Hakan Toprak", &pb, &err), FNR_OK);
    assert_int_equal(fnr_kb_entity(kr, NULL, "Hakan Toprak", &pr, &err), FNR_OK);
    assert_int_equal(pb->n_documents, pr->n_documents);
    assert_int_equal(pb->n_events, pr->n_events);
    assert_true(pb->n_events > 0);
    fnr_profile_free(pb);
    fnr_profile_free(pr);
    assert_int_equal(fnr_kb_check(kb, &err), FNR_OK);
    fnr_kb_close(kr);

    /* Several ingests in one bulk load; the load left open at close. */
    assert_int_equal(fnr_kb_bulk_end(kb, NULL, &err), FNR_INVALID);
    assert_int_equal(fnr_kb_bulk_begin(kb, &err), FNR_OK);
    assert_int_equal(fnr_kb_bulk_begin(kb, &err), FNR_INVALID);
    write_file(fx, "more/x.txt", "Police arrested Orhan Yurt in Konya on 2 May 2021.\n");
    char more[256];
    assert_int_equal(ingest1(kb, fpath(fx, "more", more, sizeof more), &orw, &sr), FNR_OK);
    assert_false(sr.bulk); /* the load's, not this ingest's */
    fnr_kb_close(kb);
    /* The close made them: no record of a bulk load is left, and the
     * indexes are there (what the check looks at when there is none). */
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_open_v2(dbb, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT (SELECT count(*) FROM meta WHERE key LIKE"
                                        " 'deferred%'), (SELECT count(*) FROM sqlite_schema"
                                        " WHERE name IN ('events_type', 'entity_docs_date'))",
                                        -1, &q, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), 0);
    assert_int_equal(sqlite3_column_int(q, 1), 2);
    sqlite3_finalize(q);
    sqlite3_close(db);
    kb = open_db(dbb);
    assert_int_equal(fnr_kb_check(kb, &err), FNR_OK);
    fnr_kb_close(kb);
}

static void test_directory_include(void **state)
{
    fixture *fx = *state;
    write_file(fx, "in/b.txt", "Police arrested Orhan Yurt in Konya on 2 May 2020.\n");
    write_file(fx, "in/a.md", "Police arrested Hakan Toprak in Bursa on 2 May 2020.\n");
    write_file(fx, "in/sub/c.txt", "Police arrested Cemal Uysal in Adana on 8 May 2020.\n");
    write_file(fx, "in/.hidden.txt", "Police arrested Emre Kılıç in Adana on 8 May 2020.\n");
    const char *inc[1] = { "*.txt" };
    fnr_ingest_opts o = { .include = inc, .n_include = 1 };
    fnr_ingest_stats st;
    char p[256];
    assert_int_equal(ingest1(fx->kb, fpath(fx, "in", p, sizeof p), &o, &st), FNR_OK);
    assert_int_equal(st.docs_seen, 2);
    assert_int_equal(st.docs_added, 2);
    fnr_search_result *r = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Hakan Toprak", &(fnr_profile *){ NULL }, &err),
                     FNR_NOTFOUND);
    assert_int_equal(fnr_kb_search(fx->kb, NULL, "Cemal Uysal", FNR_SEARCH_ALL, 0, &r, &err),
                     FNR_OK);
    assert_true(r->n_entities >= 1);
    fnr_search_result_free(r);
}

static void test_events_and_stats(void **state)
{
    fixture *fx = *state;
    write_file(fx, "ev/1.txt",
               "On 5 May 2019, police captured 40 suspects in Izmir in an operation against the "
               "Islamic State.\n");
    write_file(fx, "ev/2.txt",
               "On 11 October 2019, gendarmerie units detained 25 people in Adana in raids "
               "against the Islamic State.\n");
    write_file(fx, "ev/3.txt",
               "On 20 March 2020, police captured 17 suspects in Bursa in an operation against "
               "the Islamic State.\n");
    fnr_ingest_opts o = { 0 };
    fnr_ingest_stats st;
    char p[256];
    assert_int_equal(ingest1(fx->kb, fpath(fx, "ev", p, sizeof p), &o, &st), FNR_OK);
    assert_int_equal(st.events, 3);

    fnr_error err;
    fnr_event_list *l = NULL;
    fnr_event_filter f = { .since = "2019", .until = "2019-12" };
    assert_int_equal(fnr_kb_events(fx->kb, NULL, &f, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 2);
    assert_int_equal(l->total, 2);
    assert_string_equal(l->rows[0].date, "2019-10-11"); /* newest first */
    assert_int_equal(l->rows[0].count, 25);
    fnr_event_list_free(l);

    fnr_event_filter fp = { .place = "Bursa" };
    assert_int_equal(fnr_kb_events(fx->kb, NULL, &fp, &l, &err), FNR_OK);
    assert_int_equal(l->n_rows, 1);
    assert_string_equal(l->rows[0].location.name, "Bursa");
    fnr_event_list_free(l);

    /* "82 captured in 3 operations", by year. */
    fnr_stats *s = NULL;
    fnr_event_filter fa = { .type = FNR_EVENT_ARREST };
    assert_int_equal(fnr_kb_stats(fx->kb, NULL, FNR_STATS_YEAR, &fa, &s, &err), FNR_OK);
    assert_int_equal(s->events, 3);
    assert_int_equal(s->persons, 82);
    assert_int_equal(s->n_rows, 2);
    assert_string_equal(s->rows[0].key, "2019");
    assert_int_equal(s->rows[0].events, 2);
    assert_int_equal(s->rows[0].persons, 65);
    assert_string_equal(s->rows[1].key, "2020");
    assert_int_equal(s->rows[1].persons, 17);
    fnr_stats_free(s);

    /* Bad filters: a clear error, not an empty answer. */
    fnr_event_filter bad = { .since = "2019-13" };
    assert_int_equal(fnr_kb_events(fx->kb, NULL, &bad, &l, &err), FNR_INVALID);
    assert_null(l);
    fnr_event_filter bad2 = { .until = "May 2019" };
    assert_int_equal(fnr_kb_stats(fx->kb, NULL, FNR_STATS_YEAR, &bad2, &s, &err), FNR_INVALID);
    fnr_event_filter unk = { .actor = "Nobody Atall" };
    assert_int_equal(fnr_kb_events(fx->kb, NULL, &unk, &l, &err), FNR_NOTFOUND);

    fnr_timeline *t = NULL;
    fnr_status rc = fnr_kb_timeline(fx->kb, NULL, "Islamic State", &t, &err);
    if (rc != FNR_OK)
        fprintf(stderr, "timeline: %s (%s)\n", err.message, err.detail);
    assert_int_equal(rc, FNR_OK);
    assert_true(t->n_rows >= 3);
    fnr_timeline_free(t);
}

/* Same-sentence co-occurrence is not stored as an associated_with relation:
 * the profile's co-occurrence list carries it. The timeline quotes the first
 * sentence naming the entity (from the document's packed sentences). */
static void test_cooccurrence_not_a_relation(void **state)
{
    fixture *fx = *state;
    write_file(fx, "co/1.txt",
               "The weather was calm. Hakan Toprak met Cemal Uysal in Bursa on 2 May 2020.\n");
    char dir[256];
    fnr_ingest_opts o = { .threads = 1 };
    fnr_ingest_stats st;
    assert_int_equal(ingest1(fx->kb, fpath(fx, "co", dir, sizeof dir), &o, &st), FNR_OK);
    int64_t cemal = entity_id(fx->kb, "Cemal Uysal");
    fnr_profile *p = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Hakan Toprak", &p, &err), FNR_OK);
    bool co = false;
    for (size_t i = 0; i < p->n_cooccur; i++)
        co = co || (p->cooccur[i].other.id == cemal && p->cooccur[i].sentences == 1);
    assert_true(co);
    for (size_t i = 0; i < p->n_relations; i++)
        assert_int_not_equal(p->relations[i].type, FNR_REL_ASSOCIATED_WITH);
    fnr_profile_free(p);

    fnr_timeline *t = NULL;
    assert_int_equal(fnr_kb_timeline(fx->kb, NULL, "Hakan Toprak", &t, &err), FNR_OK);
    bool quoted = false;
    for (size_t i = 0; i < t->n_rows; i++)
        quoted = quoted || (!t->rows[i].is_event && strstr(t->rows[i].text, "Hakan Toprak met") &&
                            !strstr(t->rows[i].text, "weather"));
    assert_true(quoted);
    fnr_timeline_free(t);
    /* A window is checked like the events' filters. */
    t = (fnr_timeline *)1;
    assert_int_equal(
        fnr_kb_timeline_between(fx->kb, NULL, "Hakan Toprak", "2024-13", NULL, &t, &err),
        FNR_INVALID);
    assert_null(t);
    assert_int_equal(
        fnr_kb_timeline_between(fx->kb, NULL, "Hakan Toprak", "2025", "2024", &t, &err),
        FNR_INVALID);
    assert_non_null(strstr(err.message, "after"));
}

static void test_invalid_meta(void **state)
{
    fixture *fx = *state;
    write_file(fx, "m.txt", "Police arrested Orhan Yurt in Konya on 2 May 2020.\n");
    char p[256];
    fpath(fx, "m.txt", p, sizeof p);
    const char *paths[1] = { p };
    fnr_ingest_stats st;
    fnr_error err;
    fnr_ingest_opts o1 = { .meta = { .reliability = 'G' } };
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 1, &o1, &st, &err), FNR_INVALID);
    fnr_ingest_opts o2 = { .meta = { .credibility = 7 } };
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 1, &o2, &st, &err), FNR_INVALID);
    fnr_ingest_opts o3 = { .meta = { .date = "2020-02-30" } };
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 1, &o3, &st, &err), FNR_INVALID);
    assert_int_equal(st.docs_seen, 0);

    /* A valid date overrides the text's. */
    fnr_ingest_opts o4 = { .meta = { .date = "2021-01-15", .title = "Given title" } };
    assert_int_equal(fnr_kb_ingest(fx->kb, paths, 1, &o4, &st, &err), FNR_OK);
    fnr_profile *pr = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Orhan Yurt", &pr, &err), FNR_OK);
    assert_string_equal(pr->docs[0].date, "2021-01-15");
    assert_string_equal(pr->docs[0].title, "Given title");
    fnr_profile_free(pr);
}

static void test_bad_document(void **state)
{
    fixture *fx = *state;
    write_file(fx, "bad/1.txt", "Police arrested Orhan Yurt in Konya on 2 May 2020.\n");
    write_file(fx, "bad/2.txt", "Invalid \xff\xfe bytes here.\n");
    write_file(fx, "bad/3.txt", "Police arrested Cemal Uysal in Adana on 8 May 2020.\n");
    errlog el = { 0 };
    fnr_ingest_opts o = { .threads = 2, .on_error = on_error, .error_ctx = &el };
    fnr_ingest_stats st;
    char p[256];
    assert_int_equal(ingest1(fx->kb, fpath(fx, "bad", p, sizeof p), &o, &st), FNR_BADINPUT);
    assert_int_equal(st.docs_added, 2);
    assert_int_equal(st.docs_failed, 1);
    assert_int_equal(el.n, 1);
    assert_non_null(strstr(el.where[0], "2.txt"));

    /* Lenient repairs it instead. */
    fnr_ingest_opts ol = { .lenient = true };
    assert_int_equal(ingest1(fx->kb, p, &ol, &st), FNR_OK);
    assert_int_equal(st.docs_added, 1);
    assert_int_equal(st.docs_duplicate, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_paths_and_init, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resolution_and_duplicates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dictionary_aliases_across_reports, setup, teardown),
        cmocka_unit_test_setup_teardown(test_weak_keys_do_not_join, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shared_alias_is_a_conflict, setup, teardown),
        cmocka_unit_test_setup_teardown(test_namesakes_of_two_countries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_background_checkpoints, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_bad_line, setup, teardown),
        cmocka_unit_test_setup_teardown(test_candidate_merge_split, setup, teardown),
        cmocka_unit_test_setup_teardown(test_determinism, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cooccurrence_not_a_relation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_directory_include, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bulk_load, setup, teardown),
        cmocka_unit_test_setup_teardown(test_events_and_stats, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_meta, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_document, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
