/*
 * The store's graph queries on the real SQLite store: edges of each kind
 * (relations, events, same sentence) with counts, weights from the
 * source's grading and dates; the viewer filter (a SECRET report's edges
 * and names are absent for a CONFIDENTIAL viewer); the date window and the
 * entity-type filter; node rows; the evidence of one edge.
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

#include "fener/analysis.h"
#include "fener/kb.h"
#include "kb/kb_int.h"

typedef struct fixture {
    char dir[64];
    fnr_kb *kb;
    int64_t yilmaz, isis, police, konya, demir, ankara;
} fixture;

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void ingest(fixture *fx, const char *name, const char *text, const fnr_markings *m,
                   char reliability)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", fx->dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    fnr_ingest_opts o = { .threads = 1 };
    o.meta.reliability = reliability;
    if (m)
        o.markings = *m;
    fnr_error err;
    const char *paths[1] = { path };
    fnr_status st = fnr_kb_ingest(fx->kb, paths, 1, &o, NULL, &err);
    if (st != FNR_OK)
        fprintf(stderr, "ingest: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
}

static int64_t entity(fixture *fx, const char *name)
{
    fnr_profile *p = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_entity(fx->kb, NULL, name, &p, &err), FNR_OK);
    int64_t id = p->id;
    fnr_profile_free(p);
    return id;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    snprintf(fx->dir, sizeof fx->dir, "/tmp/fener-graph-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    char db[128];
    snprintf(db, sizeof db, "%s/kb.db", fx->dir);
    fnr_error err;
    if (fnr_kb_open(db, &(fnr_kb_open_opts){ .create = true }, &fx->kb, &err) != FNR_OK)
        return -1;
    ingest(fx, "a.txt",
           "date 2024-05-01 One\n"
           "Turkish police arrested Ahmet Yılmaz in Konya. The so-called financial official of "
           "ISIS, Ahmet Yılmaz, had fled.\n",
           NULL, 'B');
    ingest(fx, "b.txt",
           "date 2025-02-01 Two\n"
           "Turkish police detained Ahmet Yılmaz in Konya again.\n",
           NULL, 0);
    ingest(fx, "c.txt",
           "date 2025-06-01 Three\n"
           "Turkish police arrested Mehmet Demir and Ahmet Yılmaz in Ankara.\n",
           &(fnr_markings){ .classification = "SECRET" }, 'A');
    fx->yilmaz = entity(fx, "Ahmet Yılmaz");
    fx->isis = entity(fx, "ISIS");
    fx->police = entity(fx, "Turkish police");
    fx->konya = entity(fx, "Konya");
    fx->demir = entity(fx, "Mehmet Demir");
    fx->ankara = entity(fx, "Ankara");
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    fnr_kb_close(fx->kb);
    nftw(fx->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(fx);
    return 0;
}

#define MAX_EDGES 256

typedef struct edges {
    fnr_store_graph_edge e[MAX_EDGES];
    char first[MAX_EDGES][16], last[MAX_EDGES][16];
    size_t n;
} edges;

static int collect(void *ctx, const fnr_store_graph_edge *e)
{
    edges *x = ctx;
    assert_true(e->a < e->b);
    if (x->n < MAX_EDGES) {
        x->e[x->n] = *e;
        snprintf(x->first[x->n], 16, "%s", e->first ? e->first : "");
        snprintf(x->last[x->n], 16, "%s", e->last ? e->last : "");
        x->e[x->n].role = NULL;
        x->n++;
    }
    return 0;
}

/* The row of (a, b, kind), or -1. */
static long find(const edges *x, int64_t a, int64_t b, fnr_edge_kind kind)
{
    if (a > b) {
        int64_t t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < x->n; i++)
        if (x->e[i].a == a && x->e[i].b == b && x->e[i].kind == kind)
            return (long)i;
    return -1;
}

static void read_edges(fixture *fx, const fnr_viewer *v, const fnr_graph_filter *f, edges *x)
{
    memset(x, 0, sizeof *x);
    fnr_error err;
    fnr_store *s = fx->kb->store;
    fnr_status st = s->m->graph_edges(s, v, f ? f : &(fnr_graph_filter){ 0 }, collect, x, &err);
    if (st != FNR_OK)
        fprintf(stderr, "graph_edges: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
}

static void test_edges_owner(void **state)
{
    fixture *fx = *state;
    edges x;
    read_edges(fx, NULL, NULL, &x);
    /* Police arrested Yılmaz: an event in each of the three reports. */
    long i = find(&x, fx->police, fx->yilmaz, FNR_EDGE_EVENT);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, 3);
    assert_string_equal(x.first[i], "2024-05-01");
    assert_string_equal(x.last[i], "2025-06-01");
    /* Same sentence: Yılmaz with Konya in two reports; weighted 0.5 x grade
     * (B 0.9, none 0.75). */
    i = find(&x, fx->yilmaz, fx->konya, FNR_EDGE_COOCCUR);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, 2);
    assert_true(x.e[i].weight > 0.5 * (0.9 + 0.75) - 1e-9 &&
                x.e[i].weight < 0.5 * (0.9 + 0.75) + 1e-9);
    /* The relation Yılmaz member_of ISIS. */
    i = find(&x, fx->yilmaz, fx->isis, FNR_EDGE_RELATION);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].rel_type, FNR_REL_MEMBER_OF);
    assert_true(x.e[i].weight > 0.9 - 1e-9 && x.e[i].weight < 0.9 + 1e-9);
    /* The SECRET report: Demir with Yılmaz. */
    assert_true(find(&x, fx->demir, fx->yilmaz, FNR_EDGE_COOCCUR) >= 0);
}

/* A sentence counts once for a pair however often it names each, and an
 * event once however many roles the two hold in it; undated evidence
 * leaves the dates as they were. */
static void test_edges_once_per_sentence(void **state)
{
    fixture *fx = *state;
    edges x;
    read_edges(fx, NULL, NULL, &x);
    long i = find(&x, fx->yilmaz, fx->konya, FNR_EDGE_COOCCUR);
    assert_true(i >= 0);
    long n0 = x.e[i].n;
    double w0 = x.e[i].weight;
    ingest(fx, "d.txt", "Ahmet Yılmaz was seen in Konya, and Ahmet Yılmaz left Konya for Ankara.\n",
           NULL, 'C');
    read_edges(fx, NULL, NULL, &x);
    i = find(&x, fx->yilmaz, fx->konya, FNR_EDGE_COOCCUR);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, n0 + 1);
    assert_true(x.e[i].weight > w0 + 0.5 * 0.8 - 1e-9 && x.e[i].weight < w0 + 0.5 * 0.8 + 1e-9);
    assert_string_equal(x.first[i], "2024-05-01");
    assert_string_equal(x.last[i], "2025-02-01");
    /* Konya and Ankara: that one undated sentence. */
    i = find(&x, fx->konya, fx->ankara, FNR_EDGE_COOCCUR);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, 1);
    assert_string_equal(x.first[i], "");
}

static void test_edges_viewer(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    fnr_user_spec u = { .name = "c", .clearance = "CONFIDENTIAL" };
    assert_int_equal(fnr_kb_user_add(fx->kb, NULL, &u, &err), FNR_OK);
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_user(fx->kb, "c", &v, &err), FNR_OK);
    edges x;
    read_edges(fx, v, NULL, &x);
    long i = find(&x, fx->police, fx->yilmaz, FNR_EDGE_EVENT);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, 2);
    assert_string_equal(x.last[i], "2025-02-01");
    for (size_t k = 0; k < x.n; k++) {
        assert_true(x.e[k].a != fx->demir && x.e[k].b != fx->demir);
        assert_true(x.e[k].a != fx->ankara && x.e[k].b != fx->ankara);
    }
    /* No sentence of the SECRET report ties them for this viewer. */
    fnr_evidence_list *l = NULL;
    assert_int_equal(fnr_kb_edge_evidence(fx->kb, v, fx->demir, fx->yilmaz, NULL, 0, &l, &err),
                     FNR_OK);
    assert_int_equal(l->total, 0);
    fnr_evidence_list_free(l);
    assert_int_equal(fnr_kb_edge_evidence(fx->kb, NULL, fx->demir, fx->yilmaz, NULL, 0, &l, &err),
                     FNR_OK);
    assert_true(l->total >= 1);
    assert_non_null(strstr(l->rows[0].text, "Mehmet Demir"));
    fnr_evidence_list_free(l);
    fnr_viewer_free(v);
}

static void test_filters(void **state)
{
    fixture *fx = *state;
    edges x;
    /* 2025 only: one report's event and the SECRET one. */
    read_edges(fx, NULL, &(fnr_graph_filter){ .since = "2025", .until = "2025-03" }, &x);
    long i = find(&x, fx->police, fx->yilmaz, FNR_EDGE_EVENT);
    assert_true(i >= 0);
    assert_int_equal(x.e[i].n, 1);
    assert_int_equal(find(&x, fx->yilmaz, fx->isis, FNR_EDGE_RELATION), -1);
    /* Persons only, relations only. */
    read_edges(
        fx, NULL,
        &(fnr_graph_filter){ .kinds = FNR_EDGE_COOCCUR, .entity_types = 1u << FNR_ENTITY_PERSON },
        &x);
    assert_true(x.n >= 1);
    for (size_t k = 0; k < x.n; k++)
        assert_int_equal(x.e[k].kind, FNR_EDGE_COOCCUR);
    assert_true(find(&x, fx->demir, fx->yilmaz, FNR_EDGE_COOCCUR) >= 0);
    assert_int_equal(find(&x, fx->yilmaz, fx->konya, FNR_EDGE_COOCCUR), -1);
}

typedef struct nodes {
    int64_t id[16];
    char name[16][64];
    size_t n;
} nodes;

static int collect_node(void *ctx, const fnr_store_graph_node *n)
{
    nodes *x = ctx;
    if (x->n < 16) {
        x->id[x->n] = n->id;
        snprintf(x->name[x->n], 64, "%s", n->name ? n->name : "");
        x->n++;
    }
    return 0;
}

static void test_nodes_and_evidence(void **state)
{
    fixture *fx = *state;
    fnr_error err;
    int64_t ids[3] = { fx->yilmaz, fx->isis, fx->demir };
    if (ids[0] > ids[1]) {
        int64_t t = ids[0];
        ids[0] = ids[1];
        ids[1] = t;
    }
    nodes x = { 0 };
    fnr_store *s = fx->kb->store;
    assert_int_equal(s->m->graph_nodes(s, NULL, ids, 3, collect_node, &x, &err), FNR_OK);
    assert_int_equal(x.n, 3);
    for (size_t i = 1; i < x.n; i++)
        assert_true(x.id[i - 1] < x.id[i]);
    fnr_evidence_list *l = NULL;
    assert_int_equal(fnr_kb_edge_evidence(fx->kb, NULL, fx->isis, fx->yilmaz,
                                          &(fnr_graph_filter){ .kinds = FNR_EDGE_RELATION }, 0, &l,
                                          &err),
                     FNR_OK);
    assert_int_equal(l->total, 1);
    assert_int_equal(l->rows[0].kind, FNR_EDGE_RELATION);
    assert_string_equal(l->rows[0].what, "member_of (financial official)");
    assert_int_equal(l->rows[0].reliability, 'B');
    assert_non_null(strstr(l->rows[0].text, "financial official of ISIS"));
    fnr_evidence_list_free(l);
    /* Newest first, limited, with the total. */
    assert_int_equal(fnr_kb_edge_evidence(fx->kb, NULL, fx->police, fx->yilmaz, NULL, 1, &l, &err),
                     FNR_OK);
    assert_int_equal(l->n_rows, 1);
    assert_true(l->total >= 3);
    assert_string_equal(l->rows[0].date, "2025-06-01");
    fnr_evidence_list_free(l);
    /* Within a date window only: the 2025-02 report's sentence. */
    assert_int_equal(fnr_kb_edge_evidence(
                         fx->kb, NULL, fx->police, fx->yilmaz,
                         &(fnr_graph_filter){ .since = "2025", .until = "2025-03" }, 0, &l, &err),
                     FNR_OK);
    assert_true(l->total >= 1);
    for (size_t i = 0; i < l->n_rows; i++)
        assert_string_equal(l->rows[i].date, "2025-02-01");
    fnr_evidence_list_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_edges_owner, setup, teardown),
        cmocka_unit_test_setup_teardown(test_edges_once_per_sentence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_edges_viewer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_filters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nodes_and_evidence, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
