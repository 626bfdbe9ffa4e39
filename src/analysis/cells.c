/*
 * Groups in the graph: cells (communities by modularity, our own Leiden or
 * Louvain in community.c; igraph's are kept here for the tests to compare
 * with), connected components (igraph), and
 * brokers (articulation points with what their removal cuts off, by one
 * iterative depth-first search of our own over the adjacency: the pieces
 * and their sizes come from the DFS tree, so every broker costs nothing
 * extra however large the graph). A group is reported with its members
 * (their role and the weight of their ties inside) and the edges that bind
 * it, heaviest first.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/ig.h"
#include "base/alloc.h"

#define CELL_EDGES_MAX 50

/* ---- groups to cells ---------------------------------------------------------------------- */

typedef struct group {
    uint32_t label; /* membership value */
    size_t size;
    double weight; /* inside */
    int64_t min_id;
    size_t start; /* into the members-by-group order */
} group;

static int cmp_group(const void *x, const void *y)
{
    const group *p = x, *q = y;
    if (p->size != q->size)
        return p->size > q->size ? -1 : 1;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    return p->min_id < q->min_id ? -1 : p->min_id > q->min_id;
}

typedef struct member_key {
    double inside;
    int64_t id;
    uint32_t v;
} member_key;

static int cmp_member(const void *x, const void *y)
{
    const member_key *p = x, *q = y;
    if (p->inside != q->inside)
        return p->inside > q->inside ? -1 : 1;
    return p->id < q->id ? -1 : p->id > q->id;
}

typedef struct edge_key {
    double w;
    int64_t a, b;
    uint32_t e;
} edge_key;

static int cmp_edge(const void *x, const void *y)
{
    const edge_key *p = x, *q = y;
    if (p->w != q->w)
        return p->w > q->w ? -1 : 1;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/*
 * Makes the cell list from a membership (labels 0..n_labels-1 per vertex):
 * groups of at least min_size, largest first (then heavier, then by their
 * smallest entity id). with_roles fills member roles.
 */
static fnr_status to_cells(const fnr_graph *g, const uint32_t *memb, size_t n_labels,
                           size_t min_size, bool with_roles, double modularity, fnr_cell_list **out,
                           fnr_error *err)
{
    size_t n = g->n_nodes;
    group *groups = fnr_calloc(n_labels ? n_labels : 1, sizeof *groups);
    uint32_t *order = fnr_malloc((n ? n : 1) * sizeof *order);
    double *inside = fnr_calloc(n ? n : 1, sizeof *inside);
    size_t *start = fnr_calloc(n_labels + 1, sizeof *start);
    member_key *mk = NULL;
    edge_key *ek = NULL;
    size_t *ecount = NULL;
    fnr_arena *ar = NULL;
    fnr_cell_list *l = NULL;
    if (!groups || !order || !inside || !start)
        goto nomem;
    for (size_t i = 0; i < n_labels; i++)
        groups[i] = (group){ .label = (uint32_t)i, .min_id = INT64_MAX };
    for (size_t v = 0; v < n; v++) {
        group *gr = &groups[memb[v]];
        gr->size++;
        if (g->ids[v] < gr->min_id)
            gr->min_id = g->ids[v];
    }
    ecount = fnr_calloc(n_labels + 1, sizeof *ecount);
    if (!ecount)
        goto nomem;
    for (size_t e = 0; e < g->n_edges; e++) {
        uint32_t a = g->ea[e], b = g->eb[e];
        if (memb[a] != memb[b])
            continue;
        groups[memb[a]].weight += g->w[e];
        inside[a] += g->w[e];
        inside[b] += g->w[e];
        ecount[memb[a]]++;
    }
    /* Vertices by group (counting sort), and edge slots per group. */
    for (size_t i = 0; i < n_labels; i++)
        start[i + 1] = start[i] + groups[i].size;
    {
        size_t *fill = fnr_malloc((n_labels ? n_labels : 1) * sizeof *fill);
        if (!fill)
            goto nomem;
        memcpy(fill, start, n_labels * sizeof *fill);
        for (size_t v = 0; v < n; v++)
            order[fill[memb[v]]++] = (uint32_t)v;
        fnr_free(fill);
    }
    size_t n_cells = 0;
    for (size_t i = 0; i < n_labels; i++) {
        groups[i].start = start[i];
        if (groups[i].size >= min_size)
            groups[n_cells++] = groups[i];
    }
    qsort(groups, n_cells, sizeof *groups, cmp_group);

    l = fnr__result_new(sizeof *l, &ar);
    if (!l)
        goto nomem;
    l->internal = ar;
    l->modularity = modularity;
    l->cells = fnr_arena_calloc(ar, n_cells ? n_cells : 1, sizeof *l->cells);
    mk = fnr_malloc((n ? n : 1) * sizeof *mk);
    if (!l->cells || !mk)
        goto nomem;
    /* Edges inside kept cells, gathered per cell: only the heaviest
     * CELL_EDGES_MAX of each are kept, so collect by label first. */
    size_t *eslot = fnr_calloc(n_labels + 1, sizeof *eslot);
    if (!eslot)
        goto nomem;
    for (size_t i = 0; i < n_labels; i++)
        eslot[i + 1] = eslot[i] + ecount[i];
    size_t n_inside = eslot[n_labels];
    ek = fnr_malloc((n_inside ? n_inside : 1) * sizeof *ek);
    if (!ek) {
        fnr_free(eslot);
        goto nomem;
    }
    {
        size_t *fill = fnr_malloc((n_labels ? n_labels : 1) * sizeof *fill);
        if (!fill) {
            fnr_free(eslot);
            goto nomem;
        }
        memcpy(fill, eslot, n_labels * sizeof *fill);
        for (size_t e = 0; e < g->n_edges; e++) {
            uint32_t a = g->ea[e], b = g->eb[e];
            if (memb[a] == memb[b])
                ek[fill[memb[a]]++] =
                    (edge_key){ .w = g->w[e], .a = g->ids[a], .b = g->ids[b], .e = (uint32_t)e };
        }
        fnr_free(fill);
    }
    for (size_t c = 0; c < n_cells; c++) {
        const group *gr = &groups[c];
        fnr_cell *cell = &l->cells[l->n_cells++];
        cell->weight = gr->weight;
        cell->members = fnr_arena_calloc(ar, gr->size, sizeof *cell->members);
        if (!cell->members)
            goto nomem_e;
        for (size_t i = 0; i < gr->size; i++) {
            uint32_t v = order[gr->start + i];
            mk[i] = (member_key){ .inside = inside[v], .id = g->ids[v], .v = v };
        }
        qsort(mk, gr->size, sizeof *mk, cmp_member);
        for (size_t i = 0; i < gr->size; i++) {
            fnr_cell_member *m = &cell->members[cell->n_members++];
            if (!fnr__graph_node_fill(g, mk[i].v, ar, &m->node))
                goto nomem_e;
            m->inside = mk[i].inside;
            if (with_roles && g->vattr[mk[i].v].role) {
                m->role = fnr_arena_strndup(ar, fnr__graph_str(g, g->vattr[mk[i].v].role),
                                            strlen(fnr__graph_str(g, g->vattr[mk[i].v].role)));
                if (!m->role)
                    goto nomem_e;
            }
        }
        edge_key *ce = ek + eslot[gr->label];
        size_t nce = ecount[gr->label];
        qsort(ce, nce, sizeof *ce, cmp_edge);
        cell->n_edges_total = nce;
        size_t keep = nce < CELL_EDGES_MAX ? nce : CELL_EDGES_MAX;
        cell->edges = fnr_arena_calloc(ar, keep ? keep : 1, sizeof *cell->edges);
        if (!cell->edges)
            goto nomem_e;
        for (size_t i = 0; i < keep; i++)
            if (!fnr__graph_edge_fill(g, ce[i].e, ar, &cell->edges[cell->n_edges++]))
                goto nomem_e;
    }
    fnr_free(eslot);
    fnr_free(groups);
    fnr_free(order);
    fnr_free(inside);
    fnr_free(start);
    fnr_free(mk);
    fnr_free(ek);
    fnr_free(ecount);
    *out = l;
    return FNR_OK;
nomem_e:
    fnr_free(eslot);
nomem:
    fnr_free(groups);
    fnr_free(order);
    fnr_free(inside);
    fnr_free(start);
    fnr_free(mk);
    fnr_free(ek);
    fnr_free(ecount);
    if (l)
        fnr__result_free(ar);
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

/* Renumbers igraph's membership to 0..k-1 in order of first appearance. */
static size_t renumber(const igraph_vector_int_t *m, size_t n, uint32_t *out)
{
    size_t k = 0;
    igraph_integer_t max = 0;
    for (size_t i = 0; i < n; i++)
        if (VECTOR(*m)[i] > max)
            max = VECTOR(*m)[i];
    uint32_t *map = fnr_malloc(((size_t)max + 1) * sizeof *map);
    if (!map)
        return SIZE_MAX;
    memset(map, 0xff, ((size_t)max + 1) * sizeof *map);
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(*m)[i];
        if (map[c] == UINT32_MAX)
            map[c] = (uint32_t)k++;
        out[i] = map[c];
    }
    fnr_free(map);
    return k;
}

/* igraph's Leiden (modularity objective) or multilevel (Louvain), kept so
 * the tests can compare our own with them. */
fnr_status fnr__graph_communities_igraph(const fnr_graph *g, bool leiden, double resolution,
                                         uint64_t seed, uint32_t *memb, size_t *n_labels,
                                         double *modularity, fnr_error *err)
{
    fnr_cell_method method = leiden ? FNR_CELLS_LEIDEN : FNR_CELLS_LOUVAIN;
    fnr_status st = FNR_OK;
    size_t n = g->n_nodes;
    *n_labels = 0;
    *modularity = 0;
    if (n > 0 && g->n_edges > 0) {
        const igraph_t *ig = NULL;
        igraph_vector_int_t m;
        igraph_vector_t wview, nw, mods;
        bool m_init = false, nw_init = false, mods_init = false;
        fnr__ig_lock();
        st = fnr__ig_graph(g, &ig, err);
        const igraph_vector_t *w = fnr__ig_weights(g, &wview);
        igraph_error_t rc = IGRAPH_SUCCESS;
        if (st == FNR_OK) {
            rc = igraph_vector_int_init(&m, (igraph_integer_t)n);
            m_init = rc == IGRAPH_SUCCESS;
        }
        igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
        if (st == FNR_OK && rc == IGRAPH_SUCCESS && method == FNR_CELLS_LEIDEN) {
            /* Modularity as the Leiden quality: node weights are strengths
             * and the resolution is scaled by twice the total weight. */
            rc = igraph_vector_init(&nw, (igraph_integer_t)n);
            nw_init = rc == IGRAPH_SUCCESS;
            double total = 0;
            for (size_t e = 0; e < g->n_edges; e++)
                total += g->w[e];
            if (rc == IGRAPH_SUCCESS) {
                for (size_t v = 0; v < n; v++)
                    VECTOR(nw)[v] = g->strength[v];
                igraph_integer_t clusters = 0;
                igraph_real_t quality = 0;
                /* Until stable on graphs up to a million edges; one pass
                 * above (each pass costs several sweeps of the graph, and
                 * the first finds nearly all the modularity). */
                igraph_integer_t iters = g->n_edges <= 1000000 ? -1 : 1;
                rc = igraph_community_leiden(ig, w, &nw, resolution / (2.0 * total), 0.01, false,
                                             iters, &m, &clusters, &quality);
            }
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_modularity(ig, &m, w, resolution, IGRAPH_UNDIRECTED, modularity);
        } else if (st == FNR_OK && rc == IGRAPH_SUCCESS) {
            rc = igraph_vector_init(&mods, 0);
            mods_init = rc == IGRAPH_SUCCESS;
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_community_multilevel(ig, w, resolution, &m, NULL, &mods);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_modularity(ig, &m, w, resolution, IGRAPH_UNDIRECTED, modularity);
        }
        if (st == FNR_OK)
            st = fnr__ig_status(
                rc, method == FNR_CELLS_LEIDEN ? "find cells (Leiden)" : "find cells (Louvain)",
                err);
        if (st == FNR_OK && (*n_labels = renumber(&m, n, memb)) == SIZE_MAX)
            st = fnr_error_set(err, FNR_NOMEM, "out of memory");
        if (mods_init)
            igraph_vector_destroy(&mods);
        if (nw_init)
            igraph_vector_destroy(&nw);
        if (m_init)
            igraph_vector_int_destroy(&m);
        fnr__ig_unlock();
    }
    return st;
}

fnr_status fnr_graph_cells(const fnr_graph *g, fnr_cell_method method, size_t min_size,
                           double resolution, uint64_t seed, fnr_cell_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (method != FNR_CELLS_LEIDEN && method != FNR_CELLS_LOUVAIN)
        return fnr_error_set(err, FNR_INVALID, "unknown cell method %d", (int)method);
    if (!(resolution >= 0) || !isfinite(resolution))
        return fnr_error_set(err, FNR_INVALID, "the resolution must be a positive number");
    if (resolution == 0)
        resolution = 1.0;
    if (!min_size)
        min_size = 3;
    size_t n = g->n_nodes;
    uint32_t *memb = fnr_malloc((n ? n : 1) * sizeof *memb);
    if (!memb)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    double modularity = 0;
    size_t n_labels = 0;
    fnr_status st = fnr__graph_communities(g, method == FNR_CELLS_LEIDEN, resolution, seed, memb,
                                           &n_labels, &modularity, err);
    if (st == FNR_OK)
        st = to_cells(g, memb, n_labels, min_size, true, modularity, out, err);
    fnr_free(memb);
    return st;
}

void fnr_cell_list_free(fnr_cell_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}

fnr_status fnr_graph_components(const fnr_graph *g, size_t min_size, fnr_cell_list **out,
                                fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (!min_size)
        min_size = 2;
    size_t n = g->n_nodes, n_labels = 0;
    uint32_t *memb = fnr_malloc((n ? n : 1) * sizeof *memb);
    if (!memb)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    fnr_status st = FNR_OK;
    if (n > 0) {
        const igraph_t *ig = NULL;
        igraph_vector_int_t m;
        bool m_init = false;
        fnr__ig_lock();
        st = fnr__ig_graph(g, &ig, err);
        igraph_error_t rc = IGRAPH_SUCCESS;
        if (st == FNR_OK) {
            rc = igraph_vector_int_init(&m, 0);
            m_init = rc == IGRAPH_SUCCESS;
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_connected_components(ig, &m, NULL, NULL, IGRAPH_WEAK);
            st = fnr__ig_status(rc, "find the components", err);
        }
        if (st == FNR_OK && (n_labels = renumber(&m, n, memb)) == SIZE_MAX)
            st = fnr_error_set(err, FNR_NOMEM, "out of memory");
        if (m_init)
            igraph_vector_int_destroy(&m);
        fnr__ig_unlock();
    }
    if (st == FNR_OK)
        st = to_cells(g, memb, n_labels, min_size, true, 0, out, err);
    fnr_free(memb);
    return st;
}

/* ---- brokers ------------------------------------------------------------------------------- */

typedef struct broker_key {
    size_t cut_off, pieces;
    int64_t id;
    uint32_t v;
} broker_key;

static int cmp_broker(const void *x, const void *y)
{
    const broker_key *p = x, *q = y;
    if (p->cut_off != q->cut_off)
        return p->cut_off > q->cut_off ? -1 : 1;
    if (p->pieces != q->pieces)
        return p->pieces > q->pieces ? -1 : 1;
    return p->id < q->id ? -1 : p->id > q->id;
}

/*
 * One DFS per component (iterative, in vertex order). For a vertex v and a
 * DFS child c with low[c] >= disc[v], removing v separates c's subtree (of
 * size sub[c]); the rest of v's component, if any, stays one more piece.
 * So for each articulation point: pieces = separated subtrees (+1 for the
 * rest when v is not the root), the largest piece, and cut_off = what is
 * not in the largest piece (v itself excluded).
 */
fnr_status fnr_graph_brokers(const fnr_graph *g, size_t top, fnr_broker_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (!top)
        top = 20;
    size_t n = g->n_nodes;
    size_t m1 = n ? n : 1;
    uint32_t *disc = fnr_calloc(m1, sizeof *disc); /* 0 = unvisited; else order + 1 */
    uint32_t *low = fnr_malloc(m1 * sizeof *low);
    uint32_t *parent = fnr_malloc(m1 * sizeof *parent);
    uint32_t *next = fnr_malloc(m1 * sizeof *next); /* adjacency cursor */
    uint32_t *sub = fnr_malloc(m1 * sizeof *sub);
    uint32_t *sep = fnr_calloc(m1, sizeof *sep); /* separated pieces */
    uint32_t *sepsum = fnr_calloc(m1, sizeof *sepsum);
    uint32_t *sepmax = fnr_calloc(m1, sizeof *sepmax);
    uint32_t *stack = fnr_malloc(m1 * sizeof *stack);
    broker_key *keys = NULL;
    fnr_arena *ar = NULL;
    fnr_broker_list *l = NULL;
    size_t nk = 0;
    if (!disc || !low || !parent || !next || !sub || !sep || !sepsum || !sepmax || !stack)
        goto nomem;
    keys = fnr_malloc(m1 * sizeof *keys);
    if (!keys)
        goto nomem;
    uint32_t counter = 0;
    for (uint32_t root = 0; root < n; root++) {
        if (disc[root])
            continue;
        size_t sp = 0, comp_first = counter;
        stack[sp++] = root;
        disc[root] = low[root] = ++counter;
        parent[root] = UINT32_MAX;
        next[root] = g->adj_off[root];
        sub[root] = 1;
        while (sp) {
            uint32_t v = stack[sp - 1];
            if (next[v] < g->adj_off[v + 1]) {
                uint32_t y = g->adj_v[next[v]++];
                if (!disc[y]) {
                    disc[y] = low[y] = ++counter;
                    parent[y] = v;
                    next[y] = g->adj_off[y];
                    sub[y] = 1;
                    stack[sp++] = y;
                } else if (y != parent[v] && disc[y] < low[v]) {
                    low[v] = disc[y];
                }
                continue;
            }
            sp--;
            uint32_t p = parent[v];
            if (p == UINT32_MAX)
                continue;
            sub[p] += sub[v];
            if (low[v] < low[p])
                low[p] = low[v];
            if (low[v] >= disc[p]) {
                sep[p]++;
                sepsum[p] += sub[v];
                if (sub[v] > sepmax[p])
                    sepmax[p] = sub[v];
            }
        }
        size_t comp = counter - comp_first;
        /* Walk the component's DFS tree again to collect its brokers. */
        sp = 0;
        stack[sp++] = root;
        while (sp) {
            uint32_t v = stack[--sp];
            size_t pieces = sep[v], largest = sepmax[v];
            if (v != root) {
                size_t rest = comp - 1 - sepsum[v];
                if (pieces && rest) {
                    pieces++;
                    if (rest > largest)
                        largest = rest;
                }
            }
            bool is_ap = v == root ? sep[v] >= 2 : sep[v] >= 1;
            if (is_ap)
                keys[nk++] = (broker_key){
                    .cut_off = comp - 1 - largest, .pieces = pieces, .id = g->ids[v], .v = v
                };
            for (uint32_t j = g->adj_off[v]; j < g->adj_off[v + 1]; j++) {
                uint32_t y = g->adj_v[j];
                if (parent[y] == v && disc[y] > disc[v]) {
                    stack[sp++] = y;
                }
            }
        }
    }
    qsort(keys, nk, sizeof *keys, cmp_broker);
    l = fnr__result_new(sizeof *l, &ar);
    if (!l)
        goto nomem;
    l->internal = ar;
    size_t want = top < nk ? top : nk;
    l->rows = fnr_arena_calloc(ar, want ? want : 1, sizeof *l->rows);
    if (!l->rows)
        goto nomem;
    for (size_t i = 0; i < want; i++) {
        fnr_broker_row *r = &l->rows[l->n_rows++];
        if (!fnr__graph_node_fill(g, keys[i].v, ar, &r->node))
            goto nomem;
        r->pieces = keys[i].pieces;
        r->cut_off = keys[i].cut_off;
    }
    fnr_free(disc);
    fnr_free(low);
    fnr_free(parent);
    fnr_free(next);
    fnr_free(sub);
    fnr_free(sep);
    fnr_free(sepsum);
    fnr_free(sepmax);
    fnr_free(stack);
    fnr_free(keys);
    *out = l;
    return FNR_OK;
nomem:
    fnr_free(disc);
    fnr_free(low);
    fnr_free(parent);
    fnr_free(next);
    fnr_free(sub);
    fnr_free(sep);
    fnr_free(sepsum);
    fnr_free(sepmax);
    fnr_free(stack);
    fnr_free(keys);
    if (l)
        fnr__result_free(ar);
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

void fnr_broker_list_free(fnr_broker_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}
