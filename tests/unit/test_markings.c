/*
 * Need-to-know, the targeted cases: an alias seen only in a SECRET report is
 * not shown to a CONFIDENTIAL viewer and searching it finds nothing; an
 * event whose only evidence is in compartment X is not counted for a viewer
 * without X; a partner viewer sees REL TO its code and nothing else; a
 * viewer holding one of two compartments does not see what needs both; an
 * entity known only from hidden reports does not exist (no search hit, no
 * profile, no "did you mean"); re-marking a document moves its facts; an
 * analyst's link carries its evidence's markings; levels are the store's.
 * Runs against the real SQLite store; the reports are written for it.
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
#include <sys/stat.h>
#include <unistd.h>

#include "fener/kb.h"

typedef struct fixture {
    char dir[64];
    char db[128];
    fnr_kb *kb;
    int64_t doc_plain, doc_secret, doc_alpha, doc_rel_fra, doc_rel_nld, doc_two;
} fixture;

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Ingests one report with the markings given; returns its document id. */
static int64_t ingest(fixture *fx, const char *name, const char *text, const fnr_markings *m)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", fx->dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    fnr_ingest_opts o = { .threads = 1 };
    if (m)
        o.markings = *m;
    fnr_ingest_stats s;
    fnr_error err;
    const char *paths[1] = { path };
    fnr_status st = fnr_kb_ingest(fx->kb, paths, 1, &o, &s, &err);
    if (st != FNR_OK)
        fprintf(stderr, "ingest %s: %s\n", name, err.message);
    assert_int_equal(st, FNR_OK);
    assert_int_equal(s.docs_added, 1);
    /* The newest document is the one just stored. */
    fnr_search_result *r = NULL;
    assert_int_equal(fnr_kb_search(fx->kb, NULL, name, FNR_SEARCH_DOCUMENT, 1, &r, &err), FNR_OK);
    assert_int_equal(r->n_docs, 1);
    int64_t id = r->docs[0].doc.id;
    fnr_search_result_free(r);
    return id;
}

static fnr_viewer *user(fixture *fx, const char *name, const char *clearance,
                        const char *const *comps, size_t n_comps, const char *partner)
{
    fnr_user_spec u = { .name = name,
                        .clearance = clearance,
                        .compartments = comps,
                        .n_compartments = n_comps,
                        .partner = partner };
    fnr_error err;
    fnr_status st = fnr_kb_user_add(fx->kb, NULL, &u, &err);
    if (st != FNR_OK)
        fprintf(stderr, "user add %s: %s\n", name, err.message);
    assert_int_equal(st, FNR_OK);
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, name, &v, &err), FNR_OK);
    return v;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/fener-markings-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    snprintf(fx->db, sizeof fx->db, "%s/kb.db", fx->dir);
    fnr_error err;
    fnr_kb_open_opts o = { .create = true };
    if (fnr_kb_open(fx->db, &o, &fx->kb, &err) != FNR_OK)
        return -1;

    /* Each title is a word of its own so that a document search finds it. */
    fx->doc_plain = ingest(fx, "plainreport",
                           "date 2025-03-01 plainreport\n"
                           "Counter-terrorism police detained Ahmet Yılmaz in Bursa. "
                           "Police arrested 4 suspects in Konya.\n",
                           NULL);
    fx->doc_secret = ingest(fx, "secretreport",
                            "date 2025-03-02 secretreport\n"
                            "Police arrested Ahmet Yılmaz, also known as Falcon, in Ankara.\n",
                            &(fnr_markings){ .classification = "SECRET" });
    fx->doc_alpha =
        ingest(fx, "alphareport",
               "date 2025-03-03 alphareport\n"
               "Gendarmerie forces detained 12 suspects in Izmir.\n",
               &(fnr_markings){ .compartments = (const char *[]){ "ALPHA" }, .n_compartments = 1 });
    fx->doc_rel_fra =
        ingest(fx, "frareport",
               "date 2025-03-04 frareport\n"
               "The National Intelligence Organization (MİT) captured Mehmet Demir, "
               "codenamed Shadow, in Gaziantep.\n",
               &(fnr_markings){ .rel_to = (const char *[]){ "FRA", "NLD" }, .n_rel_to = 2 });
    fx->doc_rel_nld = ingest(fx, "nldreport",
                             "date 2025-03-05 nldreport\n"
                             "Police arrested Hasan Kaya, known as Doctor, in Mersin.\n",
                             &(fnr_markings){ .rel_to = (const char *[]){ "nld" }, .n_rel_to = 1 });
    fx->doc_two = ingest(fx, "tworeport",
                         "date 2025-03-06 tworeport\n"
                         "Police arrested Kemal Aslan in Trabzon.\n",
                         &(fnr_markings){ .compartments = (const char *[]){ "ALPHA", "BRAVO" },
                                          .n_compartments = 2 });
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    if (fx->kb) {
        fnr_error err;
        assert_int_equal(fnr_kb_check(fx->kb, &err), FNR_OK);
    }
    fnr_kb_close(fx->kb);
    nftw(fx->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(fx);
    return 0;
}

static bool has_alias(const fnr_profile *p, const char *surface)
{
    for (size_t i = 0; i < p->n_aliases; i++)
        if (strcmp(p->aliases[i].surface, surface) == 0)
            return true;
    return false;
}

static size_t entity_hits(fnr_kb *kb, const fnr_viewer *v, const char *q)
{
    fnr_search_result *r = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_search(kb, v, q, FNR_SEARCH_ALL, 20, &r, &err), FNR_OK);
    size_t n = r->n_entities;
    fnr_search_result_free(r);
    return n;
}

static size_t doc_hits(fnr_kb *kb, const fnr_viewer *v, const char *q)
{
    fnr_search_result *r = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_search(kb, v, q, FNR_SEARCH_DOCUMENT, 20, &r, &err), FNR_OK);
    size_t n = r->n_docs;
    fnr_search_result_free(r);
    return n;
}

static void test_secret_alias(void **state)
{
    fixture *fx = *state;
    fnr_viewer *conf = user(fx, "conf", "CONFIDENTIAL", NULL, 0, NULL);
    fnr_viewer *sec = user(fx, "sec", "secret", NULL, 0, NULL);
    fnr_error err;

    /* The owner and the SECRET viewer see the code name. */
    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, sec, "Falcon", &p, &err), FNR_OK);
    assert_string_equal(p->name, "Ahmet Yılmaz");
    assert_true(has_alias(p, "Falcon"));
    assert_int_equal(p->n_documents, 2);
    fnr_profile_free(p);
    assert_true(entity_hits(fx->kb, sec, "Falcon") >= 1);

    /* The CONFIDENTIAL viewer: the person exists (an unclassified report
     * names him) but not the code name, nor the SECRET report. */
    assert_int_equal(entity_hits(fx->kb, conf, "Falcon"), 0);
    assert_int_equal(doc_hits(fx->kb, conf, "Falcon"), 0);
    assert_int_equal(doc_hits(fx->kb, conf, "secretreport"), 0);
    assert_int_equal(fnr_kb_entity(fx->kb, conf, "Falcon", &p, &err), FNR_NOTFOUND);
    assert_null(strstr(err.hint, "Falcon"));
    assert_int_equal(fnr_kb_entity(fx->kb, conf, "Ahmet Yılmaz", &p, &err), FNR_OK);
    assert_false(has_alias(p, "Falcon"));
    assert_int_equal(p->n_documents, 1);
    assert_int_equal(p->n_mentions, 1);
    for (size_t i = 0; i < p->n_docs; i++)
        assert_int_equal(p->docs[i].id, fx->doc_plain);
    for (size_t i = 0; i < p->n_events; i++)
        assert_int_equal(p->events[i].doc_id, fx->doc_plain);
    assert_string_equal(p->last_seen, "2025-03-01");
    fnr_profile_free(p);

    /* The hidden report is reported exactly like a missing one. */
    fnr_doc_view *dv = NULL;
    assert_int_equal(fnr_kb_doc(fx->kb, conf, fx->doc_secret, &dv, &err), FNR_NOTFOUND);
    char hidden[256];
    snprintf(hidden, sizeof hidden, "%s", err.message);
    assert_int_equal(fnr_kb_doc(fx->kb, conf, 9999, &dv, &err), FNR_NOTFOUND);
    char missing[256];
    snprintf(missing, sizeof missing, "no document %lld", (long long)fx->doc_secret);
    assert_string_equal(hidden, missing);

    /* Timeline: only the unclassified report. */
    fnr_timeline *tl = NULL;
    assert_int_equal(fnr_kb_timeline(fx->kb, conf, "Ahmet Yılmaz", &tl, &err), FNR_OK);
    for (size_t i = 0; i < tl->n_rows; i++)
        assert_int_equal(tl->rows[i].doc_id, fx->doc_plain);
    fnr_timeline_free(tl);
    fnr_viewer_free(conf);
    fnr_viewer_free(sec);
}

/* A search for a surname finds the names that end with it, from the
 * reports the viewer may see and from no others. */
static void test_surname_search(void **state)
{
    fixture *fx = *state;
    fnr_viewer *alpha = user(fx, "sa", "TOP SECRET", (const char *[]){ "ALPHA" }, 1, NULL);
    fnr_viewer *both = user(fx, "sb", "TOP SECRET", (const char *[]){ "ALPHA", "BRAVO" }, 2, NULL);
    fnr_viewer *deu = user(fx, "sc", "TOP SECRET", (const char *[]){ "ALPHA", "BRAVO" }, 2, "DEU");
    fnr_search_result *r = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_search(fx->kb, NULL, "aslan", FNR_SEARCH_PERSON, 20, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 1);
    assert_string_equal(r->entities[0].name, "Kemal Aslan");
    fnr_search_result_free(r);
    assert_int_equal(fnr_kb_search(fx->kb, both, "Aslan", FNR_SEARCH_PERSON, 20, &r, &err), FNR_OK);
    assert_int_equal(r->n_entities, 1);
    fnr_search_result_free(r);
    /* the ALPHA-and-BRAVO report is the only one naming him */
    assert_int_equal(entity_hits(fx->kb, alpha, "Aslan"), 0);
    /* a profile asked by the surname hints at the full name, to those who
     * may see it only */
    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, both, "Aslan", &p, &err), FNR_NOTFOUND);
    assert_non_null(strstr(err.hint, "Kemal Aslan"));
    assert_int_equal(fnr_kb_entity(fx->kb, alpha, "Aslan", &p, &err), FNR_NOTFOUND);
    assert_null(strstr(err.hint, "Kemal Aslan"));
    /* nor does a partner find a surname told only in a report released to
     * others */
    assert_int_equal(entity_hits(fx->kb, deu, "Demir"), 0);
    assert_true(entity_hits(fx->kb, NULL, "Demir") >= 1);
    fnr_viewer_free(alpha);
    fnr_viewer_free(both);
    fnr_viewer_free(deu);
}

static long count_events(fnr_kb *kb, const fnr_viewer *v, const char *place)
{
    fnr_event_list *l = NULL;
    fnr_error err;
    fnr_event_filter f = { .place = place };
    fnr_status st = fnr_kb_events(kb, v, &f, &l, &err);
    if (st == FNR_NOTFOUND)
        return -1;
    assert_int_equal(st, FNR_OK);
    long n = (long)l->total;
    fnr_event_list_free(l);
    return n;
}

static void test_compartment_event(void **state)
{
    fixture *fx = *state;
    fnr_viewer *plain = user(fx, "plain", "TOP SECRET", NULL, 0, NULL);
    fnr_viewer *alpha = user(fx, "alpha", "UNCLASSIFIED", (const char *[]){ "ALPHA" }, 1, NULL);
    fnr_error err;

    assert_int_equal(count_events(fx->kb, alpha, "Izmir"), 1);
    /* Without ALPHA, Izmir is not even a known place. */
    assert_int_equal(count_events(fx->kb, plain, "Izmir"), -1);

    fnr_stats *s = NULL, *so = NULL;
    assert_int_equal(fnr_kb_stats(fx->kb, plain, FNR_STATS_TYPE, NULL, &s, &err), FNR_OK);
    assert_int_equal(fnr_kb_stats(fx->kb, NULL, FNR_STATS_TYPE, NULL, &so, &err), FNR_OK);
    /* The ALPHA report's 12 detained are in the owner's total only. */
    assert_true(so->persons >= s->persons + 12);
    assert_true(so->events > s->events);
    fnr_stats_free(s);
    fnr_stats_free(so);

    fnr_stats *sp = NULL;
    assert_int_equal(fnr_kb_stats(fx->kb, plain, FNR_STATS_PLACE, NULL, &sp, &err), FNR_OK);
    for (size_t i = 0; i < sp->n_rows; i++)
        assert_string_not_equal(sp->rows[i].key, "Izmir");
    fnr_stats_free(sp);
    fnr_viewer_free(plain);
    fnr_viewer_free(alpha);
}

static void test_two_compartments(void **state)
{
    fixture *fx = *state;
    /* Holding one of the two compartments is not enough (OpenCTI's bug). */
    fnr_viewer *alpha = user(fx, "a1", "TOP SECRET", (const char *[]){ "ALPHA" }, 1, NULL);
    fnr_viewer *both =
        user(fx, "a2", "UNCLASSIFIED", (const char *[]){ "BRAVO", "ALPHA" }, 2, NULL);
    assert_int_equal(entity_hits(fx->kb, alpha, "Kemal Aslan"), 0);
    assert_int_equal(doc_hits(fx->kb, alpha, "tworeport"), 0);
    assert_int_equal(entity_hits(fx->kb, both, "Kemal Aslan"), 1);
    assert_int_equal(doc_hits(fx->kb, both, "tworeport"), 1);
    fnr_viewer_free(alpha);
    fnr_viewer_free(both);
}

static void test_partner(void **state)
{
    fixture *fx = *state;
    fnr_viewer *fra = user(fx, "fra", "TOP SECRET", (const char *[]){ "ALPHA", "BRAVO" }, 2, "FRA");
    fnr_viewer *nld = user(fx, "nld", "TOP SECRET", NULL, 0, "nld");
    fnr_error err;

    /* A partner sees the reports released to it, and only those. */
    fnr_event_list *l = NULL;
    assert_int_equal(fnr_kb_events(fx->kb, fra, NULL, &l, &err), FNR_OK);
    assert_int_equal(l->total, 1);
    assert_int_equal(l->rows[0].doc_id, fx->doc_rel_fra);
    fnr_event_list_free(l);
    assert_int_equal(entity_hits(fx->kb, fra, "Shadow"), 1);
    assert_int_equal(entity_hits(fx->kb, fra, "Doctor"), 0);
    assert_int_equal(entity_hits(fx->kb, fra, "Ahmet Yılmaz"), 0);
    assert_int_equal(doc_hits(fx->kb, fra, "plainreport"), 0);

    assert_int_equal(fnr_kb_events(fx->kb, nld, NULL, &l, &err), FNR_OK);
    assert_int_equal(l->total, 2);
    for (size_t i = 0; i < l->n_rows; i++)
        assert_true(l->rows[i].doc_id == fx->doc_rel_fra || l->rows[i].doc_id == fx->doc_rel_nld);
    fnr_event_list_free(l);

    /* The banner says why. */
    fnr_doc_view *dv = NULL;
    assert_int_equal(fnr_kb_doc(fx->kb, nld, fx->doc_rel_fra, &dv, &err), FNR_OK);
    assert_string_equal(dv->doc.marking, "UNCLASSIFIED//REL TO FRA, NLD");
    fnr_doc_view_free(dv);
    fnr_viewer_free(fra);
    fnr_viewer_free(nld);
}

static void test_hidden_entity(void **state)
{
    fixture *fx = *state;
    fnr_viewer *u = user(fx, "u", "UNCLASSIFIED", NULL, 0, NULL);
    fnr_error err;
    fnr_profile *p = NULL;
    /* Kemal Aslan is only in the ALPHA+BRAVO report. */
    assert_int_equal(fnr_kb_entity(fx->kb, u, "Kemal", &p, &err), FNR_NOTFOUND);
    assert_null(strstr(err.hint, "Kemal"));
    assert_int_equal(fnr_kb_entity(fx->kb, u, "Kemal Asla", &p, &err), FNR_NOTFOUND);
    assert_null(strstr(err.hint, "Aslan"));
    /* Its id does not open it either, and says what a missing id says. */
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, "Kemal Aslan", &p, &err), FNR_OK);
    char id[32];
    snprintf(id, sizeof id, "e%lld", (long long)p->id);
    fnr_profile_free(p);
    assert_int_equal(fnr_kb_entity(fx->kb, u, id, &p, &err), FNR_NOTFOUND);
    char want[64];
    snprintf(want, sizeof want, "no entity %s", id);
    assert_string_equal(err.message, want);
    /* Nor is it an event's actor or a co-occurring name anywhere. */
    fnr_event_list *l = NULL;
    fnr_event_filter f = { .entity = "Kemal Aslan" };
    assert_int_equal(fnr_kb_events(fx->kb, u, &f, &l, &err), FNR_NOTFOUND);
    fnr_viewer_free(u);
}

static void test_remark(void **state)
{
    fixture *fx = *state;
    fnr_viewer *u = user(fx, "low", "RESTRICTED", NULL, 0, NULL);
    fnr_error err;
    assert_int_equal(entity_hits(fx->kb, u, "Konya"), 1);
    /* Up to CONFIDENTIAL: the report and what only it says disappear. */
    assert_int_equal(
        fnr_kb_mark(fx->kb, NULL, fx->doc_plain, &(fnr_markings){ .classification = "C" }, &err),
        FNR_OK);
    assert_int_equal(entity_hits(fx->kb, u, "Konya"), 0);
    assert_int_equal(doc_hits(fx->kb, u, "plainreport"), 0);
    /* Only the owner re-marks. */
    assert_int_equal(fnr_kb_mark(fx->kb, u, fx->doc_plain,
                                 &(fnr_markings){ .classification = "UNCLASSIFIED" }, &err),
                     FNR_DENIED);
    assert_int_equal(fnr_kb_mark(fx->kb, NULL, fx->doc_plain,
                                 &(fnr_markings){ .classification = "UNCLASSIFIED" }, &err),
                     FNR_OK);
    assert_int_equal(entity_hits(fx->kb, u, "Konya"), 1);
    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, u, "Konya", &p, &err), FNR_OK);
    assert_int_equal(p->n_documents, 1);
    fnr_profile_free(p);
    fnr_viewer_free(u);
}

static void test_link_evidence(void **state)
{
    fixture *fx = *state;
    fnr_viewer *sec = user(fx, "analyst", "SECRET", NULL, 0, NULL);
    fnr_viewer *conf = user(fx, "reader", "CONFIDENTIAL", NULL, 0, NULL);
    fnr_error err;
    int64_t doc = 0;
    /* Linked by a SECRET analyst on the SECRET report, marked lower: the
     * link still needs SECRET. */
    assert_int_equal(fnr_kb_link(fx->kb, sec, "Ahmet Yılmaz", "Bursa", FNR_REL_LOCATED_IN, NULL,
                                 fx->doc_secret, "seen there twice",
                                 &(fnr_markings){ .classification = "UNCLASSIFIED" }, &doc, &err),
                     FNR_OK);
    fnr_profile *p = NULL;
    assert_int_equal(fnr_kb_entity(fx->kb, sec, "Ahmet Yılmaz", &p, &err), FNR_OK);
    bool found = false;
    for (size_t i = 0; i < p->n_relations; i++)
        found = found || (p->relations[i].type == FNR_REL_LOCATED_IN &&
                          strcmp(p->relations[i].other.name, "Bursa") == 0);
    assert_true(found);
    fnr_profile_free(p);
    assert_int_equal(fnr_kb_entity(fx->kb, conf, "Ahmet Yılmaz", &p, &err), FNR_OK);
    for (size_t i = 0; i < p->n_relations; i++)
        assert_int_not_equal(p->relations[i].type, FNR_REL_LOCATED_IN);
    fnr_profile_free(p);
    fnr_doc_view *dv = NULL;
    assert_int_equal(fnr_kb_doc(fx->kb, NULL, doc, &dv, &err), FNR_OK);
    assert_string_equal(dv->doc.marking, "SECRET");
    assert_string_equal(dv->doc.source, "analyst:analyst");
    fnr_doc_view_free(dv);
    /* Evidence the analyst may not see is refused as if it did not exist. */
    assert_int_equal(fnr_kb_link(fx->kb, conf, "Ahmet Yılmaz", "Konya", FNR_REL_LOCATED_IN, NULL,
                                 fx->doc_secret, NULL, NULL, &doc, &err),
                     FNR_NOTFOUND);
    fnr_viewer_free(sec);
    fnr_viewer_free(conf);
}

static void test_levels(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    const char *const *lv = NULL;
    size_t n = 0;
    assert_int_equal(fnr_kb_levels(fx->kb, &lv, &n, &err), FNR_OK);
    assert_int_equal(n, 5);
    assert_string_equal(lv[4], "TOP SECRET");
    /* SECRET is in use: a list of three levels would lose it. */
    const char *three[] = { "OPEN", "INTERNAL", "HIGH" };
    assert_int_equal(fnr_kb_set_levels(fx->kb, NULL, three, 3, &err), FNR_INVALID);
    assert_non_null(strstr(err.message, "SECRET"));
    assert_int_equal(fnr_kb_set_default_markings(
                         fx->kb, NULL, &(fnr_markings){ .classification = "RESTRICTED" }, &err),
                     FNR_OK);
    const char *renamed[] = { "NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL",
                              "NATO SECRET", "COSMIC TOP SECRET" };
    assert_int_equal(fnr_kb_set_levels(fx->kb, NULL, renamed, 5, &err), FNR_OK);
    /* The default is a level, not a name: renaming keeps it. */
    char banner[128];
    assert_int_equal(fnr_kb_default_markings(fx->kb, banner, sizeof banner, &err), FNR_OK);
    assert_string_equal(banner, "NATO RESTRICTED");
    fnr_doc_view *dv = NULL;
    assert_int_equal(fnr_kb_doc(fx->kb, NULL, fx->doc_secret, &dv, &err), FNR_OK);
    assert_string_equal(dv->doc.marking, "NATO SECRET");
    fnr_doc_view_free(dv);
    fnr_user_spec bad = { .name = "x", .clearance = "SECRET" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &bad, &err), FNR_INVALID);
    assert_non_null(strstr(err.hint, "COSMIC TOP SECRET"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_secret_alias, setup, teardown),
        cmocka_unit_test_setup_teardown(test_surname_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compartment_event, setup, teardown),
        cmocka_unit_test_setup_teardown(test_two_compartments, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partner, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hidden_entity, setup, teardown),
        cmocka_unit_test_setup_teardown(test_remark, setup, teardown),
        cmocka_unit_test_setup_teardown(test_link_evidence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_levels, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
