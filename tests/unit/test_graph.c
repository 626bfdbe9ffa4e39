/*
 * Link analysis on small graphs whose answers are known, built from arrays
 * (fnr__graph_from_edges): merging evidence into edges, filters, a path
 * graph's neighbourhood, k shortest paths on a grid, a barbell's broker,
 * two cliques as two cells, a star's centre as the key figure, components,
 * exports that parse (xmllint; dot when Graphviz is installed),
 * determinism with a seed, an igraph error coming back as a status, the
 * empty graph. Then a graph built from a real store for two viewers: a
 * SECRET report's ties are absent for a CONFIDENTIAL one.
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
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis/analysis_int.h"
#include "fener/analysis.h"
#include "fener/kb.h"

#define MAXE 4096

typedef struct edges {
    fnr_store_graph_edge e[MAXE];
    size_t n;
} edges;

static void add(edges *s, int64_t a, int64_t b, fnr_edge_kind kind, double w)
{
    assert_true(s->n < MAXE);
    s->e[s->n++] = (fnr_store_graph_edge){ .a = a, .b = b, .kind = kind, .n = 1, .weight = w };
}

static fnr_graph *build(const edges *s, const fnr_graph_filter *f)
{
    fnr_graph *g = NULL;
    fnr_error err;
    fnr_status st = fnr__graph_from_edges(s->e, s->n, NULL, 0, f, &g, &err);
    if (st != FNR_OK)
        fprintf(stderr, "build: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
    return g;
}

/* ---- building ------------------------------------------------------------------------ */

static void test_merge(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    s.e[s.n++] = (fnr_store_graph_edge){ .a = 20,
                                         .b = 10,
                                         .kind = FNR_EDGE_RELATION,
                                         .rel_type = FNR_REL_MEMBER_OF,
                                         .role = "courier",
                                         .role_of = 10,
                                         .n = 2,
                                         .weight = 2.0,
                                         .first = "2024-05-01",
                                         .last = "2024-06-01" };
    s.e[s.n++] = (fnr_store_graph_edge){ .a = 10,
                                         .b = 20,
                                         .kind = FNR_EDGE_RELATION,
                                         .rel_type = FNR_REL_LEADER_OF,
                                         .n = 1,
                                         .weight = 0.9,
                                         .first = "2023",
                                         .last = "2023" };
    s.e[s.n++] = (fnr_store_graph_edge){ .a = 10,
                                         .b = 20,
                                         .kind = FNR_EDGE_COOCCUR,
                                         .n = 3,
                                         .weight = 1.5,
                                         .first = "2025-01-02",
                                         .last = "2025-01-02" };
    s.e[s.n++] =
        (fnr_store_graph_edge){ .a = 20, .b = 30, .kind = FNR_EDGE_EVENT, .n = 1, .weight = 0.2 };
    s.e[s.n++] =
        (fnr_store_graph_edge){ .a = 30, .b = 30, .kind = FNR_EDGE_EVENT, .n = 1, .weight = 5 };
    fnr_store_graph_node nodes[] = {
        { .id = 10, .type = FNR_ENTITY_PERSON, .name = "Ahmet Yılmaz", .kind = NULL },
        { .id = 20, .type = FNR_ENTITY_ORGANIZATION, .name = "ISIS", .kind = "terrorist group" },
        { .id = 30, .type = FNR_ENTITY_LOCATION, .name = "Konya" },
    };
    fnr_graph *g = NULL;
    fnr_error err;
    assert_int_equal(fnr__graph_from_edges(s.e, s.n, nodes, 3, NULL, &g, &err), FNR_OK);
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    assert_int_equal(info.nodes, 3);
    assert_int_equal(info.edges, 2);
    assert_true(info.bytes > 0);

    const fnr_graph_node *n = fnr_graph_node_get(g, 10);
    assert_non_null(n);
    assert_string_equal(n->name, "Ahmet Yılmaz");
    assert_int_equal(n->degree, 1);
    assert_string_equal(n->first_seen, "2023");
    assert_string_equal(n->last_seen, "2025-01-02");
    assert_null(fnr_graph_node_get(g, 99));

    fnr_path_list *pl = NULL;
    assert_int_equal(fnr_graph_paths(g, 10, 20, 1, &pl, &err), FNR_OK);
    assert_int_equal(pl->n_paths, 1);
    const fnr_graph_edge *e = &pl->paths[0].edges[0];
    assert_int_equal(e->a, 10);
    assert_int_equal(e->b, 20);
    assert_int_equal(e->kinds, FNR_EDGE_RELATION | FNR_EDGE_COOCCUR);
    assert_true(e->weight > 4.39 && e->weight < 4.41);
    assert_int_equal(e->relations, 3);
    assert_int_equal(e->sentences, 3);
    assert_int_equal(e->evidence, 6);
    assert_string_equal(e->labels, "member_of,leader_of");
    assert_string_equal(e->first_seen, "2023");
    assert_string_equal(e->last_seen, "2025-01-02");
    /* The list's strings stay valid after the graph is gone. */
    fnr_graph *g2 = NULL;
    assert_int_equal(fnr__graph_from_edges(s.e, s.n, nodes, 3, NULL, &g2, &err), FNR_OK);
    fnr_path_list *pl2 = NULL;
    assert_int_equal(fnr_graph_paths(g2, 10, 20, 1, &pl2, &err), FNR_OK);
    fnr_graph_free(g2);
    assert_string_equal(pl2->paths[0].edges[0].labels, "member_of,leader_of");
    assert_string_equal(pl2->paths[0].edges[0].last_seen, "2025-01-02");
    assert_string_equal(pl2->paths[0].nodes[0].name, "Ahmet Yılmaz");
    fnr_path_list_free(pl2);
    fnr_path_list_free(pl);

    /* The stated role wins over labels. */
    fnr_cell_list *cl = NULL;
    assert_int_equal(fnr_graph_components(g, 0, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_cells, 1);
    bool saw_role = false;
    for (size_t i = 0; i < cl->cells[0].n_members; i++)
        if (cl->cells[0].members[i].node.id == 10) {
            assert_string_equal(cl->cells[0].members[i].role, "courier");
            saw_role = true;
        }
    assert_true(saw_role);
    fnr_cell_list_free(cl);
    fnr_graph_free(g);

    /* min_weight drops the light event edge (and Konya with it). */
    assert_int_equal(fnr__graph_from_edges(s.e, s.n, nodes, 3,
                                           &(fnr_graph_filter){ .min_weight = 1.0 }, &g, &err),
                     FNR_OK);
    fnr_graph_info_get(g, &info);
    assert_int_equal(info.nodes, 2);
    assert_int_equal(info.edges, 1);
    fnr_graph_free(g);

    /* Kinds and entity types. */
    assert_int_equal(fnr__graph_from_edges(s.e, s.n, nodes, 3,
                                           &(fnr_graph_filter){ .kinds = FNR_EDGE_EVENT }, &g,
                                           &err),
                     FNR_OK);
    fnr_graph_info_get(g, &info);
    assert_int_equal(info.edges, 1);
    assert_non_null(fnr_graph_node_get(g, 30));
    assert_null(fnr_graph_node_get(g, 10));
    fnr_graph_free(g);
    assert_int_equal(
        fnr__graph_from_edges(s.e, s.n, nodes, 3,
                              &(fnr_graph_filter){ .entity_types = 1u << FNR_ENTITY_PERSON |
                                                                   1u << FNR_ENTITY_ORGANIZATION },
                              &g, &err),
        FNR_OK);
    fnr_graph_info_get(g, &info);
    assert_int_equal(info.nodes, 2);
    assert_null(fnr_graph_node_get(g, 30));
    fnr_graph_free(g);
}

static void test_empty(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    assert_int_equal(info.nodes, 0);
    assert_int_equal(info.edges, 0);
    fnr_neighbor_list *nl = NULL;
    assert_int_equal(fnr_graph_neighbors(g, 1, 2, 0, &nl, &err), FNR_NOTFOUND);
    assert_null(nl);
    for (int m = FNR_CENTRAL_DEGREE; m <= FNR_CENTRAL_EIGENVECTOR; m++) {
        fnr_central_list *c = NULL;
        assert_int_equal(fnr_graph_central(g, (fnr_centrality)m, 0, 1, &c, &err), FNR_OK);
        assert_int_equal(c->n_rows, 0);
        fnr_central_list_free(c);
    }
    fnr_cell_list *cl = NULL;
    assert_int_equal(fnr_graph_cells(g, FNR_CELLS_LEIDEN, 0, 0, 1, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_cells, 0);
    fnr_cell_list_free(cl);
    assert_int_equal(fnr_graph_components(g, 0, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_cells, 0);
    fnr_cell_list_free(cl);
    fnr_broker_list *bl = NULL;
    assert_int_equal(fnr_graph_brokers(g, 0, &bl, &err), FNR_OK);
    assert_int_equal(bl->n_rows, 0);
    fnr_broker_list_free(bl);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(fnr_graph_export(g, FNR_GRAPH_JSON, f, &err), FNR_OK);
    fclose(f);
    assert_string_equal(buf, "{\"directed\":false,\"nodes\":[],\"edges\":[]}\n");
    free(buf);
    fnr_graph_free(g);
}

/* ---- neighbourhoods and paths ------------------------------------------------------------ */

static void test_path_graph(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    for (int i = 1; i < 6; i++)
        add(&s, i, i + 1, FNR_EDGE_RELATION, 1.0);
    add(&s, 1, 7, FNR_EDGE_COOCCUR, 0.5); /* a lighter neighbour at depth 1 */
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    fnr_neighbor_list *nl = NULL;
    assert_int_equal(fnr_graph_neighbors(g, 1, 2, 0, &nl, &err), FNR_OK);
    assert_int_equal(nl->centre.id, 1);
    assert_int_equal(nl->total, 3);
    assert_int_equal(nl->n_rows, 3);
    assert_int_equal(nl->rows[0].node.id, 2); /* heavier first */
    assert_int_equal(nl->rows[0].depth, 1);
    assert_int_equal(nl->rows[1].node.id, 7);
    assert_int_equal(nl->rows[2].node.id, 3);
    assert_int_equal(nl->rows[2].depth, 2);
    assert_int_equal(nl->rows[2].via, 2);
    assert_true(nl->rows[2].score > 0.99 && nl->rows[2].score < 1.01);
    assert_int_equal(nl->rows[2].edge.a, 2);
    assert_int_equal(nl->rows[2].edge.b, 3);
    fnr_neighbor_list_free(nl);
    /* limit */
    assert_int_equal(fnr_graph_neighbors(g, 1, 6, 2, &nl, &err), FNR_OK);
    assert_int_equal(nl->total, 6);
    assert_int_equal(nl->n_rows, 2);
    fnr_neighbor_list_free(nl);
    assert_int_equal(fnr_graph_neighbors(g, 1, 7, 2, &nl, &err), FNR_INVALID);

    fnr_path_list *pl = NULL;
    assert_int_equal(fnr_graph_paths(g, 1, 6, 3, &pl, &err), FNR_OK);
    assert_int_equal(pl->n_paths, 1);
    assert_int_equal(pl->paths[0].n_nodes, 6);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(pl->paths[0].nodes[i].id, (int64_t)i + 1);
    assert_true(pl->paths[0].weight > 4.99 && pl->paths[0].weight < 5.01);
    fnr_path_list_free(pl);
    assert_int_equal(fnr_graph_paths(g, 6, 7, 1, &pl, &err), FNR_OK);
    assert_int_equal(pl->paths[0].n_nodes, 7);
    assert_int_equal(pl->paths[0].nodes[0].id, 6);
    assert_int_equal(pl->paths[0].nodes[6].id, 7);
    /* Lists outlive the graph: their strings are shared with it, not freed
     * with it (ASan checks the reads). */
    assert_int_equal(fnr_graph_neighbors(g, 2, 1, 0, &nl, &err), FNR_OK);
    fnr_graph_free(g);
    assert_string_equal(pl->paths[0].nodes[0].name, "e6");
    assert_int_equal(nl->n_rows, 2);
    assert_string_equal(nl->centre.name, "e2");
    assert_string_equal(nl->rows[0].node.name, "e1");
    fnr_path_list_free(pl);
    fnr_neighbor_list_free(nl);

    /* Not connected: an empty list. */
    edges t = { .n = 0 };
    add(&t, 1, 2, FNR_EDGE_EVENT, 1);
    add(&t, 3, 4, FNR_EDGE_EVENT, 1);
    g = build(&t, NULL);
    assert_int_equal(fnr_graph_paths(g, 1, 4, 3, &pl, &err), FNR_OK);
    assert_int_equal(pl->n_paths, 0);
    fnr_path_list_free(pl);
    assert_int_equal(fnr_graph_paths(g, 1, 1, 1, &pl, &err), FNR_INVALID);
    assert_int_equal(fnr_graph_paths(g, 1, 99, 1, &pl, &err), FNR_NOTFOUND);
    fnr_graph_free(g);
}

/* A 3 x 3 grid, ids 1..9 row by row; the middle row's edges heavier. */
static void test_grid_k_paths(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 3; c++) {
            int id = r * 3 + c + 1;
            if (c < 2)
                add(&s, id, id + 1, FNR_EDGE_RELATION, r == 1 ? 2.0 : 1.0);
            if (r < 2)
                add(&s, id, id + 3, FNR_EDGE_RELATION, 1.0);
        }
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    fnr_path_list *pl = NULL;
    assert_int_equal(fnr_graph_paths(g, 1, 9, 1, &pl, &err), FNR_OK);
    assert_int_equal(pl->n_paths, 1);
    /* The heaviest of the 6 four-hop paths runs along the middle row. */
    const int64_t want[] = { 1, 4, 5, 6, 9 };
    assert_int_equal(pl->paths[0].n_nodes, 5);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(pl->paths[0].nodes[i].id, want[i]);
    assert_true(pl->paths[0].weight > 5.99 && pl->paths[0].weight < 6.01);
    fnr_path_list_free(pl);

    assert_int_equal(fnr_graph_paths(g, 1, 9, 20, &pl, &err), FNR_OK);
    assert_true(pl->n_paths > 6);
    size_t four = 0;
    for (size_t p = 0; p < pl->n_paths; p++) {
        const fnr_path *x = &pl->paths[p];
        if (x->n_nodes == 5)
            four++;
        assert_int_equal(x->nodes[0].id, 1);
        assert_int_equal(x->nodes[x->n_nodes - 1].id, 9);
        if (p) {
            const fnr_path *y = &pl->paths[p - 1];
            assert_true(y->n_nodes < x->n_nodes ||
                        (y->n_nodes == x->n_nodes && y->weight >= x->weight));
        }
        /* simple, consecutive, distinct from the others */
        for (size_t i = 0; i < x->n_nodes; i++)
            for (size_t j = i + 1; j < x->n_nodes; j++)
                assert_true(x->nodes[i].id != x->nodes[j].id);
        for (size_t i = 0; i + 1 < x->n_nodes; i++) {
            int64_t a = x->nodes[i].id, b = x->nodes[i + 1].id;
            assert_int_equal(x->edges[i].a, a < b ? a : b);
            assert_int_equal(x->edges[i].b, a < b ? b : a);
        }
        for (size_t q = 0; q < p; q++) {
            const fnr_path *y = &pl->paths[q];
            bool same = y->n_nodes == x->n_nodes;
            for (size_t i = 0; same && i < x->n_nodes; i++)
                same = y->nodes[i].id == x->nodes[i].id;
            assert_false(same);
        }
    }
    assert_int_equal(four, 6);
    fnr_path_list_free(pl);
    fnr_graph_free(g);
}

/* ---- brokers, cells, key figures ----------------------------------------------------------- */

static void clique(edges *s, int from, int to, double w)
{
    for (int a = from; a <= to; a++)
        for (int b = a + 1; b <= to; b++)
            add(s, a, b, FNR_EDGE_COOCCUR, w);
}

static void test_barbell_broker(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    clique(&s, 1, 4, 1.0);
    clique(&s, 6, 9, 1.0);
    add(&s, 4, 5, FNR_EDGE_RELATION, 1.0);
    add(&s, 5, 6, FNR_EDGE_RELATION, 1.0);
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    fnr_broker_list *bl = NULL;
    assert_int_equal(fnr_graph_brokers(g, 0, &bl, &err), FNR_OK);
    assert_int_equal(bl->n_rows, 3);
    assert_int_equal(bl->rows[0].node.id, 5);
    assert_int_equal(bl->rows[0].pieces, 2);
    assert_int_equal(bl->rows[0].cut_off, 4);
    assert_int_equal(bl->rows[1].node.id, 4);
    assert_int_equal(bl->rows[1].pieces, 2);
    assert_int_equal(bl->rows[1].cut_off, 3);
    assert_int_equal(bl->rows[2].node.id, 6);
    fnr_broker_list_free(bl);

    fnr_central_list *c = NULL;
    assert_int_equal(fnr_graph_central(g, FNR_CENTRAL_BETWEENNESS, 3, 7, &c, &err), FNR_OK);
    assert_false(c->approximate);
    assert_int_equal(c->rows[0].node.id, 5);
    /* 5 lies on every path between the 4 + 4 sides: 16 pairs. */
    assert_true(c->rows[0].score > 15.99 && c->rows[0].score < 16.01);
    fnr_central_list_free(c);
    fnr_graph_free(g);

    /* A tree root with three branches, one of them two deep. */
    edges t = { .n = 0 };
    add(&t, 1, 2, FNR_EDGE_EVENT, 1);
    add(&t, 1, 3, FNR_EDGE_EVENT, 1);
    add(&t, 1, 4, FNR_EDGE_EVENT, 1);
    add(&t, 4, 5, FNR_EDGE_EVENT, 1);
    g = build(&t, NULL);
    assert_int_equal(fnr_graph_brokers(g, 0, &bl, &err), FNR_OK);
    assert_int_equal(bl->n_rows, 2);
    assert_int_equal(bl->rows[0].node.id, 1);
    assert_int_equal(bl->rows[0].pieces, 3);
    assert_int_equal(bl->rows[0].cut_off, 2);
    assert_int_equal(bl->rows[1].node.id, 4);
    assert_int_equal(bl->rows[1].pieces, 2);
    assert_int_equal(bl->rows[1].cut_off, 1);
    fnr_broker_list_free(bl);
    fnr_graph_free(g);
}

static void test_two_cells(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    clique(&s, 1, 5, 2.0);
    clique(&s, 11, 15, 2.0);
    add(&s, 5, 11, FNR_EDGE_COOCCUR, 0.5);
    add(&s, 20, 21, FNR_EDGE_COOCCUR, 0.5); /* a pair: below min size */
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    for (int m = FNR_CELLS_LEIDEN; m <= FNR_CELLS_LOUVAIN; m++) {
        fnr_cell_list *cl = NULL;
        assert_int_equal(fnr_graph_cells(g, (fnr_cell_method)m, 0, 0, 42, &cl, &err), FNR_OK);
        assert_int_equal(cl->n_cells, 2);
        assert_true(cl->modularity > 0.3);
        int64_t base[2] = { 1, 11 };
        for (size_t c = 0; c < 2; c++) {
            const fnr_cell *cell = &cl->cells[c];
            assert_int_equal(cell->n_members, 5);
            assert_int_equal(cell->n_edges_total, 10);
            assert_int_equal(cell->n_edges, 10);
            assert_true(cell->weight > 19.99 && cell->weight < 20.01);
            for (size_t i = 0; i < cell->n_members; i++) {
                int64_t id = cell->members[i].node.id;
                assert_true(id >= base[c] && id < base[c] + 5);
                assert_true(cell->members[i].inside > 7.99 && cell->members[i].inside < 8.01);
            }
        }
        fnr_cell_list_free(cl);
    }
    fnr_cell_list *cl = NULL;
    assert_int_equal(fnr_graph_components(g, 0, &cl, &err), FNR_OK);
    assert_int_equal(cl->n_cells, 2);
    assert_int_equal(cl->cells[0].n_members, 10);
    assert_int_equal(cl->cells[1].n_members, 2);
    assert_int_equal(cl->cells[0].n_edges_total, 21);
    assert_int_equal(cl->cells[0].edges[0].weight, 2.0);
    fnr_cell_list_free(cl);
    assert_int_equal(fnr_graph_cells(g, FNR_CELLS_LEIDEN, 0, -1, 1, &cl, &err), FNR_INVALID);
    fnr_graph_free(g);
}

static void test_star_central(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    for (int i = 2; i <= 9; i++)
        add(&s, 1, i, FNR_EDGE_RELATION, 1.0);
    add(&s, 2, 3, FNR_EDGE_COOCCUR, 0.5);
    fnr_graph *g = build(&s, NULL);
    fnr_error err;
    for (int m = FNR_CENTRAL_DEGREE; m <= FNR_CENTRAL_EIGENVECTOR; m++) {
        fnr_central_list *c = NULL;
        assert_int_equal(fnr_graph_central(g, (fnr_centrality)m, 3, 1, &c, &err), FNR_OK);
        assert_int_equal(c->n_rows, 3);
        assert_int_equal(c->measure, m);
        assert_int_equal(c->rows[0].node.id, 1);
        assert_true(c->rows[0].score > c->rows[1].score);
        if (m != FNR_CENTRAL_BETWEENNESS) {
            /* 2 and 3 tie above the other leaves */
            assert_int_equal(c->rows[1].node.id, 2);
            assert_int_equal(c->rows[2].node.id, 3);
        }
        fnr_central_list_free(c);
    }
    fnr_central_list *c = NULL;
    assert_int_equal(fnr_graph_central(g, (fnr_centrality)9, 3, 1, &c, &err), FNR_INVALID);
    fnr_graph_free(g);
}

/* A seeded random graph of n vertices with planted groups. */
static fnr_graph *random_graph(size_t n, size_t m, uint64_t seed)
{
    fnr_store_graph_edge *e = calloc(m, sizeof *e);
    assert_non_null(e);
    uint64_t st = seed;
    for (size_t i = 0; i < m; i++) {
        int64_t a = (int64_t)(fnr__splitmix64(&st) % n) + 1;
        int64_t b;
        if (fnr__splitmix64(&st) % 4) /* mostly inside a group of 20 */
            b = ((a - 1) / 20) * 20 + (int64_t)(fnr__splitmix64(&st) % 20) + 1;
        else
            b = (int64_t)(fnr__splitmix64(&st) % n) + 1;
        e[i] = (fnr_store_graph_edge){ .a = a,
                                       .b = b,
                                       .kind = FNR_EDGE_COOCCUR,
                                       .n = 1,
                                       .weight = 0.5 + (double)(fnr__splitmix64(&st) % 4) };
    }
    fnr_graph *g = NULL;
    fnr_error err;
    assert_int_equal(fnr__graph_from_edges(e, m, NULL, 0, NULL, &g, &err), FNR_OK);
    free(e);
    return g;
}

/* Vertices by entity id, with ids spread unevenly (a dense run, squares,
 * huge gaps): every id is found at its place, ids between them are not. */
static void test_vertex_lookup(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    int64_t prev = 0;
    for (int64_t i = 1; i <= 300; i++) {
        int64_t id = i <= 100 ? i : i <= 200 ? i * i : 1000000000LL + i * 7919 * i;
        if (prev)
            add(&s, prev, id, FNR_EDGE_EVENT, 1.0);
        prev = id;
    }
    fnr_graph *g = build(&s, NULL);
    assert_int_equal(g->n_nodes, 300);
    for (size_t v = 0; v < g->n_nodes; v++) {
        assert_int_equal(fnr__graph_vertex(g, g->ids[v]), (long)v);
        if (v + 1 < g->n_nodes && g->ids[v + 1] > g->ids[v] + 1)
            assert_int_equal(fnr__graph_vertex(g, g->ids[v] + 1), -1);
    }
    assert_int_equal(fnr__graph_vertex(g, 0), -1);
    assert_int_equal(fnr__graph_vertex(g, g->ids[g->n_nodes - 1] + 1), -1);
    assert_int_equal(fnr__graph_vertex(g, INT64_MAX), -1);
    assert_int_equal(fnr__graph_vertex(g, INT64_MIN), -1);
    fnr_graph_free(g);
}

/* Hops and heaviest fewest-hop weight from vertex a to every vertex, by a
 * plain BFS with a DP over each layer (hops -1: not reached). */
static void reference_walk(const fnr_graph *g, uint32_t a, int *hops, double *best)
{
    size_t n = g->n_nodes;
    uint32_t *q = calloc(n, sizeof *q);
    assert_non_null(q);
    for (size_t i = 0; i < n; i++)
        hops[i] = -1;
    hops[a] = 0;
    best[a] = 0;
    q[0] = a;
    size_t lo = 0, hi = 1;
    while (lo < hi) {
        size_t end = hi;
        for (size_t i = lo; i < hi; i++)
            for (uint32_t j = g->adj_off[q[i]]; j < g->adj_off[q[i] + 1]; j++) {
                uint32_t y = g->adj_v[j];
                double cand = best[q[i]] + g->w[g->adj_e[j]];
                if (hops[y] < 0) {
                    hops[y] = hops[q[i]] + 1;
                    best[y] = cand;
                    q[end++] = y;
                } else if (hops[y] == hops[q[i]] + 1 && cand > best[y]) {
                    best[y] = cand;
                }
            }
        lo = hi;
        hi = end;
    }
    free(q);
}

/* Paths and neighbourhoods against a plain BFS on a random graph with many
 * equal weights, before and after k-path searches on the same scratch. */
static void test_walks_match_reference(void **state)
{
    (void)state;
    fnr_graph *g = random_graph(600, 1300, 11);
    size_t n = g->n_nodes;
    int *hops = calloc(n, sizeof *hops);
    double *best = calloc(n, sizeof *best);
    assert_non_null(hops);
    assert_non_null(best);
    fnr_error err;
    for (int round = 0; round < 2; round++) {
        if (round) {
            /* The same answers after k-path searches (blocked vertices)
             * whose epoch wraps around, on the same pooled scratch. */
            graph_scratch *sc = fnr__graph_scratch_get(g);
            assert_non_null(sc);
            sc->epoch = UINT32_MAX - 3;
            fnr__graph_scratch_put(g, sc);
            for (uint32_t a = 0; a + 1 < n; a += 101) {
                fnr_path_list *pl = NULL;
                assert_int_equal(fnr_graph_paths(g, g->ids[a], g->ids[n - 1 - a], 3, &pl, &err),
                                 FNR_OK);
                fnr_path_list_free(pl);
            }
        }
        for (uint32_t a = 0; a < n; a += 37) {
            reference_walk(g, a, hops, best);
            fnr_neighbor_list *nl = NULL;
            assert_int_equal(fnr_graph_neighbors(g, g->ids[a], 3, 40, &nl, &err), FNR_OK);
            size_t within = 0;
            for (size_t v = 0; v < n; v++)
                within += hops[v] >= 1 && hops[v] <= 3;
            assert_int_equal(nl->total, within);
            for (size_t i = 0; i < nl->n_rows; i++) {
                const fnr_neighbor_row *r = &nl->rows[i];
                long v = fnr__graph_vertex(g, r->node.id);
                assert_true(v >= 0);
                assert_int_equal(r->depth, hops[v]);
                assert_true(r->score == best[v] / r->depth);
                if (i) {
                    const fnr_neighbor_row *p = &nl->rows[i - 1];
                    assert_true(p->depth < r->depth ||
                                (p->depth == r->depth &&
                                 (p->score > r->score ||
                                  (p->score == r->score && p->node.id < r->node.id))));
                }
            }
            /* The rows are the best ranked: whatever ranks before the last
             * row is among them. */
            assert_int_equal(nl->n_rows, within < 40 ? within : 40);
            const fnr_neighbor_row *last = &nl->rows[nl->n_rows - 1];
            for (size_t v = 0; v < n; v++) {
                if (hops[v] < 1 || hops[v] > 3)
                    continue;
                double sc = best[v] / hops[v];
                bool before =
                    hops[v] < last->depth ||
                    (hops[v] == last->depth &&
                     (sc > last->score || (sc == last->score && g->ids[v] < last->node.id)));
                bool listed = false;
                for (size_t i = 0; i < nl->n_rows && !listed; i++)
                    listed = nl->rows[i].node.id == g->ids[v];
                assert_true(!before || listed);
            }
            fnr_neighbor_list_free(nl);
            for (uint32_t b = 1; b < n; b += 53) {
                if (b == a)
                    continue;
                fnr_path_list *pl = NULL;
                assert_int_equal(fnr_graph_paths(g, g->ids[a], g->ids[b], 1, &pl, &err), FNR_OK);
                if (hops[b] < 0) {
                    assert_int_equal(pl->n_paths, 0);
                    fnr_path_list_free(pl);
                    continue;
                }
                assert_int_equal(pl->n_paths, 1);
                const fnr_path *p = &pl->paths[0];
                assert_int_equal(p->n_nodes, (size_t)hops[b] + 1);
                assert_true(p->weight == best[b]);
                assert_int_equal(p->nodes[0].id, g->ids[a]);
                assert_int_equal(p->nodes[p->n_nodes - 1].id, g->ids[b]);
                double sum = 0;
                for (size_t i = 0; i + 1 < p->n_nodes; i++) {
                    long u = fnr__graph_vertex(g, p->nodes[i].id);
                    long v = fnr__graph_vertex(g, p->nodes[i + 1].id);
                    long e = fnr__graph_edge_between(g, (uint32_t)u, (uint32_t)v);
                    assert_true(e >= 0);
                    sum += g->w[e];
                }
                assert_true(fabs(sum - p->weight) < 1e-9);
                fnr_path_list_free(pl);
            }
        }
    }
    free(hops);
    free(best);
    fnr_graph_free(g);
}

static char *cells_text(const fnr_cell_list *cl)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fprintf(f, "%.9f\n", cl->modularity);
    for (size_t c = 0; c < cl->n_cells; c++) {
        for (size_t i = 0; i < cl->cells[c].n_members; i++)
            fprintf(f, "%lld ", (long long)cl->cells[c].members[i].node.id);
        fprintf(f, "\n");
    }
    fclose(f);
    return buf;
}

/* Our own Louvain and Leiden against igraph's multilevel and Leiden: on
 * planted partitions (groups of 20 with a quarter of the links across) and
 * on a sparser one, modularity within 2% of igraph's, and the planted
 * groups found (a partition of at least that quality). */
static void test_cells_match_igraph(void **state)
{
    (void)state;
    static const size_t shapes[][3] = { { 400, 2000, 5 }, { 2000, 12000, 11 }, { 3000, 6000, 3 } };
    for (size_t t = 0; t < sizeof shapes / sizeof shapes[0]; t++) {
        fnr_graph *g = random_graph(shapes[t][0], shapes[t][1], shapes[t][2]);
        size_t n = g->n_nodes;
        uint32_t *memb = malloc(n * sizeof *memb);
        assert_non_null(memb);
        fnr_error err;
        for (int leiden = 0; leiden < 2; leiden++) {
            size_t k_own = 0, k_ig = 0;
            double q_own = 0, q_ig = 0;
            assert_int_equal(fnr__graph_communities(g, leiden, 1.0, 42, memb, &k_own, &q_own, &err),
                             FNR_OK);
            assert_int_equal(
                fnr__graph_communities_igraph(g, leiden, 1.0, 42, memb, &k_ig, &q_ig, &err),
                FNR_OK);
            assert_true(q_ig > 0.2);
            assert_true(q_own > 0.98 * q_ig);
            /* A resolution above 1 gives more, smaller cells. */
            size_t k_hi = 0;
            double q_hi = 0;
            assert_int_equal(fnr__graph_communities(g, leiden, 4.0, 42, memb, &k_hi, &q_hi, &err),
                             FNR_OK);
            assert_true(k_hi >= k_own);
        }
        free(memb);
        fnr_graph_free(g);
    }
}

static void test_determinism(void **state)
{
    (void)state;
    fnr_graph *g1 = random_graph(400, 2000, 5), *g2 = random_graph(400, 2000, 5);
    fnr_error err;
    for (int m = FNR_CELLS_LEIDEN; m <= FNR_CELLS_LOUVAIN; m++) {
        fnr_cell_list *a = NULL, *b = NULL;
        assert_int_equal(fnr_graph_cells(g1, (fnr_cell_method)m, 0, 0, 99, &a, &err), FNR_OK);
        assert_int_equal(fnr_graph_cells(g2, (fnr_cell_method)m, 0, 0, 99, &b, &err), FNR_OK);
        assert_true(a->n_cells >= 10);
        char *ta = cells_text(a), *tb = cells_text(b);
        assert_string_equal(ta, tb);
        free(ta);
        free(tb);
        fnr_cell_list_free(a);
        fnr_cell_list_free(b);
    }
    for (int fmt = FNR_GRAPH_GRAPHML; fmt <= FNR_GRAPH_JSON; fmt++) {
        char *b1 = NULL, *b2 = NULL;
        size_t l1 = 0, l2 = 0;
        FILE *f1 = open_memstream(&b1, &l1), *f2 = open_memstream(&b2, &l2);
        assert_int_equal(fnr_graph_export(g1, (fnr_graph_format)fmt, f1, &err), FNR_OK);
        assert_int_equal(fnr_graph_export(g2, (fnr_graph_format)fmt, f2, &err), FNR_OK);
        fclose(f1);
        fclose(f2);
        assert_int_equal(l1, l2);
        assert_memory_equal(b1, b2, l1);
        free(b1);
        free(b2);
    }
    fnr_graph_free(g1);
    fnr_graph_free(g2);
}

/* Above the exact threshold betweenness is sampled, seeded, and says so. */
static void test_betweenness_sampled(void **state)
{
    (void)state;
    fnr_graph *g = random_graph(6000, 12000, 3);
    fnr_error err;
    fnr_central_list *a = NULL, *b = NULL;
    assert_int_equal(fnr_graph_central(g, FNR_CENTRAL_BETWEENNESS, 5, 11, &a, &err), FNR_OK);
    assert_int_equal(fnr_graph_central(g, FNR_CENTRAL_BETWEENNESS, 5, 11, &b, &err), FNR_OK);
    assert_true(a->approximate);
    assert_true(a->samples > 0 && a->samples < 6000);
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(a->rows[i].node.id, b->rows[i].node.id);
        assert_true(a->rows[i].score == b->rows[i].score);
    }
    fnr_central_list_free(a);
    fnr_central_list_free(b);
    fnr_graph_free(g);
}

/* Our PageRank reaches the fixed point igraph's PRPACK computes. */
static void test_pagerank_matches_igraph(void **state)
{
    (void)state;
    fnr_graph *g = random_graph(500, 3000, 8);
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    double *a = calloc(info.nodes, sizeof *a), *b = calloc(info.nodes, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    fnr_error err;
    assert_int_equal(fnr__graph_pagerank(g, false, a, &err), FNR_OK);
    assert_int_equal(fnr__graph_pagerank(g, true, b, &err), FNR_OK);
    for (size_t i = 0; i < info.nodes; i++)
        assert_true(fabs(a[i] - b[i]) < 1e-9);
    free(a);
    free(b);
    fnr_graph_free(g);
}

static void test_igraph_error(void **state)
{
    (void)state;
    fnr_error err;
    assert_int_equal(fnr__igraph_probe(&err), FNR_INVALID);
    assert_non_null(strstr(err.message, "could not make a probe graph"));
    /* igraph still works afterwards */
    edges s = { .n = 0 };
    clique(&s, 1, 4, 1.0);
    fnr_graph *g = build(&s, NULL);
    fnr_central_list *c = NULL;
    assert_int_equal(fnr_graph_central(g, FNR_CENTRAL_PAGERANK, 0, 1, &c, &err), FNR_OK);
    assert_int_equal(c->n_rows, 4);
    fnr_central_list_free(c);
    fnr_graph_free(g);
}

/* ---- export ---------------------------------------------------------------------------------- */

static void export_file(const fnr_graph *g, fnr_graph_format fmt, const char *path)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fnr_error err;
    assert_int_equal(fnr_graph_export(g, fmt, f, &err), FNR_OK);
    fclose(f);
}

static void test_export(void **state)
{
    (void)state;
    edges s = { .n = 0 };
    s.e[s.n++] = (fnr_store_graph_edge){ .a = 1,
                                         .b = 2,
                                         .kind = FNR_EDGE_RELATION,
                                         .rel_type = FNR_REL_MEMBER_OF,
                                         .n = 1,
                                         .weight = 1,
                                         .first = "2024-01-02",
                                         .last = "2024-03" };
    add(&s, 2, 3, FNR_EDGE_COOCCUR, 0.5);
    fnr_store_graph_node nodes[] = {
        { .id = 1, .type = FNR_ENTITY_PERSON, .name = "A & B <\"Şahin\"> 'x'\x01" },
        { .id = 2, .type = FNR_ENTITY_ORGANIZATION, .name = "Grup \\ \"Y\"", .kind = "cell" },
        { .id = 3, .type = FNR_ENTITY_LOCATION, .name = "Konya" },
    };
    fnr_graph *g = NULL;
    fnr_error err;
    assert_int_equal(fnr__graph_from_edges(s.e, s.n, nodes, 3, NULL, &g, &err), FNR_OK);
    char dir[] = "/tmp/fener-export-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p1[64], p2[64], p3[64], p4[64], cmd[256];
    snprintf(p1, sizeof p1, "%s/g.graphml", dir);
    snprintf(p2, sizeof p2, "%s/g.gexf", dir);
    snprintf(p3, sizeof p3, "%s/g.dot", dir);
    snprintf(p4, sizeof p4, "%s/g.json", dir);
    export_file(g, FNR_GRAPH_GRAPHML, p1);
    export_file(g, FNR_GRAPH_GEXF, p2);
    export_file(g, FNR_GRAPH_DOT, p3);
    export_file(g, FNR_GRAPH_JSON, p4);
    if (system("command -v xmllint >/dev/null 2>&1") == 0) {
        snprintf(cmd, sizeof cmd, "xmllint --noout %s %s", p1, p2);
        assert_int_equal(system(cmd), 0);
        snprintf(cmd, sizeof cmd,
                 "xmllint --xpath 'string(//*[local-name()=\"node\"][1]/@label)' %s | "
                 "grep -qF 'A & B <\"Şahin\"> '\"'\"'x'\"'\"' '",
                 p2);
        assert_int_equal(system(cmd), 0);
    }
    if (system("command -v dot >/dev/null 2>&1") == 0) {
        snprintf(cmd, sizeof cmd, "dot -Tsvg %s >/dev/null", p3);
        assert_int_equal(system(cmd), 0);
    }
    if (system("command -v python3 >/dev/null 2>&1") == 0) {
        snprintf(cmd, sizeof cmd,
                 "python3 -c 'import json,sys; d=json.load(open(\"%s\")); "
                 "sys.exit(0 if len(d[\"nodes\"])==3 and d[\"edges\"][0][\"labels\"]==\"member_of\""
                 " and d[\"edges\"][0][\"first_seen\"]==\"2024-01-02\" else 1)'",
                 p4);
        assert_int_equal(system(cmd), 0);
    }
    FILE *f = fopen(p3, "rb");
    char text[2048] = { 0 };
    size_t got = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    assert_true(got > 0);
    assert_non_null(strstr(text, "label=\"Grup \\\\ \\\"Y\\\"\""));
    assert_non_null(strstr(text, "\"e1\" -- \"e2\" [weight=1, evidence_weight=1"));
    remove(p1);
    remove(p2);
    remove(p3);
    remove(p4);
    rmdir(dir);
    fnr_graph_free(g);
}

/* ---- from a store ------------------------------------------------------------------------------
 */

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void ingest(fnr_kb *kb, const char *dir, const char *name, const char *text,
                   const char *classification)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    fnr_ingest_opts o = { .threads = 1 };
    o.markings.classification = classification;
    fnr_error err;
    const char *paths[1] = { path };
    fnr_status st = fnr_kb_ingest(kb, paths, 1, &o, NULL, &err);
    if (st != FNR_OK)
        fprintf(stderr, "ingest: %s\n", err.message);
    assert_int_equal(st, FNR_OK);
}

static void test_store(void **state)
{
    (void)state;
    char dir[] = "/tmp/fener-tgraph-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char db[128];
    snprintf(db, sizeof db, "%s/kb.db", dir);
    fnr_kb *kb = NULL;
    fnr_error err;
    assert_int_equal(fnr_kb_open(db, &(fnr_kb_open_opts){ .create = true }, &kb, &err), FNR_OK);
    ingest(kb, dir, "a.txt",
           "date 2024-05-01 Cell report\n"
           "Police arrested Ahmet Yılmaz and Mehmet Demir in Konya. Ahmet Yılmaz, the so-called "
           "financial official of ISIS, had met Mehmet Demir in Ankara.\n",
           NULL);
    ingest(kb, dir, "b.txt",
           "date 2025-01-10 Secret report\n"
           "Police detained Hasan Kaya and Mehmet Demir in Izmir.\n",
           "SECRET");
    fnr_graph *g = NULL;
    assert_int_equal(fnr_graph_build(kb, NULL, &(fnr_graph_filter){ .purpose = "test" }, &g, &err),
                     FNR_OK);
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    assert_true(info.nodes >= 4);
    int64_t yilmaz = 0, demir = 0, kaya = 0;
    assert_int_equal(fnr_graph_find(kb, NULL, g, "Ahmet Yılmaz", &yilmaz, &err), FNR_OK);
    assert_int_equal(fnr_graph_find(kb, NULL, g, "Mehmet Demir", &demir, &err), FNR_OK);
    assert_int_equal(fnr_graph_find(kb, NULL, g, "Hasan Kaya", &kaya, &err), FNR_OK);
    fnr_path_list *pl = NULL;
    assert_int_equal(fnr_graph_paths(g, yilmaz, kaya, 1, &pl, &err), FNR_OK);
    assert_int_equal(pl->n_paths, 1);
    fnr_path_list_free(pl);
    fnr_graph_free(g);

    /* A CONFIDENTIAL viewer does not see the SECRET report: Kaya is not in
     * its graph, and the path through Demir does not exist. */
    fnr_user_spec u = { .name = "c", .clearance = "CONFIDENTIAL" };
    assert_int_equal(fnr_kb_user_add(kb, NULL, &u, &err), FNR_OK);
    fnr_viewer *v = NULL;
    assert_int_equal(fnr_kb_viewer_user(kb, "c", &v, &err), FNR_OK);
    assert_int_equal(fnr_graph_build(kb, v, NULL, &g, &err), FNR_OK);
    assert_null(fnr_graph_node_get(g, kaya));
    assert_non_null(fnr_graph_node_get(g, yilmaz));
    int64_t id = 0;
    assert_int_equal(fnr_graph_find(kb, v, g, "Hasan Kaya", &id, &err), FNR_NOTFOUND);
    assert_int_equal(fnr_graph_find(kb, v, g, "Mehmet Demir", &id, &err), FNR_OK);
    fnr_graph_free(g);

    /* A date window leaves the 2025 report out for the owner too. */
    assert_int_equal(fnr_graph_build(kb, NULL, &(fnr_graph_filter){ .until = "2024" }, &g, &err),
                     FNR_OK);
    assert_null(fnr_graph_node_get(g, kaya));
    fnr_graph_free(g);
    assert_int_equal(fnr_graph_build(kb, NULL, &(fnr_graph_filter){ .since = "2024-13" }, &g, &err),
                     FNR_INVALID);
    fnr_viewer_free(v);
    fnr_kb_close(kb);
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_path_graph),
        cmocka_unit_test(test_grid_k_paths),
        cmocka_unit_test(test_barbell_broker),
        cmocka_unit_test(test_two_cells),
        cmocka_unit_test(test_star_central),
        cmocka_unit_test(test_cells_match_igraph),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_walks_match_reference),
        cmocka_unit_test(test_vertex_lookup),
        cmocka_unit_test(test_betweenness_sampled),
        cmocka_unit_test(test_pagerank_matches_igraph),
        cmocka_unit_test(test_igraph_error),
        cmocka_unit_test(test_export),
        cmocka_unit_test(test_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
