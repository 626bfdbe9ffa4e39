/*
 * Key figures: degree (weighted: the strength of each entity's ties),
 * betweenness (igraph, in hops; exact up to BETWEENNESS_EXACT_MAX nodes,
 * above that from a seeded sample of source vertices, scaled to the whole
 * graph and marked approximate), PageRank (weighted; our own Gauss-Seidel
 * sweeps over the adjacency, checked against igraph's PRPACK in the tests,
 * because building the igraph form of a 10-million-edge graph costs more
 * than the ranking) and eigenvector centrality (igraph, weighted). The top rows are chosen by
 * score, ties by entity id.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/ig.h"
#include "base/alloc.h"

/* Exact betweenness up to this many nodes; sampled above. */
#define BETWEENNESS_EXACT_MAX 5000
/* The sample's budget: about this many edge visits in all. */
#define BETWEENNESS_BUDGET 1e8

typedef struct score_key {
    double score;
    int64_t id;
    uint32_t v;
} score_key;

static int cmp_score(const void *x, const void *y)
{
    const score_key *p = x, *q = y;
    if (p->score != q->score)
        return p->score > q->score ? -1 : 1;
    return p->id < q->id ? -1 : p->id > q->id;
}

/* The number of sources to sample for betweenness on g. */
static size_t sample_size(const fnr_graph *g)
{
    double per_source = 2.0 * (double)g->n_edges + (double)g->n_nodes;
    double n = BETWEENNESS_BUDGET / (per_source > 1 ? per_source : 1);
    if (n < 64)
        n = 64;
    if (n > 2000)
        n = 2000;
    return n > (double)g->n_nodes ? g->n_nodes : (size_t)n;
}

/* Scores of every vertex into scores[n] by igraph; *samples set for a
 * sampled betweenness. */
static fnr_status ig_scores(const fnr_graph *g, fnr_centrality m, uint64_t seed, double *scores,
                            size_t *samples, fnr_error *err)
{
    *samples = 0;
    const igraph_t *ig = NULL;
    igraph_vector_t res, wview;
    igraph_vector_int_t src;
    bool res_init = false, src_init = false;
    fnr__ig_lock();
    fnr_status st = fnr__ig_graph(g, &ig, err);
    if (st != FNR_OK)
        goto out;
    igraph_error_t rc = igraph_vector_init(&res, 0);
    if ((st = fnr__ig_status(rc, "compute centrality", err)) != FNR_OK)
        goto out;
    res_init = true;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    const igraph_vector_t *w = fnr__ig_weights(g, &wview);
    switch (m) {
    case FNR_CENTRAL_BETWEENNESS:
        if (g->n_nodes <= BETWEENNESS_EXACT_MAX) {
            rc = igraph_betweenness(ig, &res, igraph_vss_all(), IGRAPH_UNDIRECTED, NULL);
            st = fnr__ig_status(rc, "compute betweenness", err);
            break;
        }
        {
            /* A seeded partial Fisher-Yates shuffle picks the sources. */
            size_t n = g->n_nodes, k = sample_size(g);
            rc = igraph_vector_int_init(&src, (igraph_integer_t)n);
            if ((st = fnr__ig_status(rc, "compute betweenness", err)) != FNR_OK)
                break;
            src_init = true;
            for (size_t i = 0; i < n; i++)
                VECTOR(src)[i] = (igraph_integer_t)i;
            uint64_t state = seed ^ 0x6265747765656e00ull;
            for (size_t i = 0; i < k; i++) {
                size_t j = i + (size_t)(fnr__splitmix64(&state) % (uint64_t)(n - i));
                igraph_integer_t t = VECTOR(src)[i];
                VECTOR(src)[i] = VECTOR(src)[j];
                VECTOR(src)[j] = t;
            }
            igraph_vector_int_resize(&src, (igraph_integer_t)k);
            igraph_vector_int_sort(&src);
            rc = igraph_betweenness_subset(ig, &res, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                           igraph_vss_vector(&src), igraph_vss_all(), NULL);
            if ((st = fnr__ig_status(rc, "compute betweenness", err)) != FNR_OK)
                break;
            /* igraph halves each source's share on undirected graphs (all
             * sources give the exact measure), so k of n sources estimate
             * k/n of it. */
            double scale = (double)n / (double)k;
            for (size_t i = 0; i < n; i++)
                VECTOR(res)[i] *= scale;
            *samples = k;
        }
        break;
    case FNR_CENTRAL_PAGERANK: {
        igraph_real_t value = 0;
        rc = igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(),
                             IGRAPH_UNDIRECTED, 0.85, w, NULL);
        st = fnr__ig_status(rc, "compute PageRank", err);
        break;
    }
    case FNR_CENTRAL_EIGENVECTOR: {
        igraph_real_t value = 0;
        igraph_arpack_options_t opts;
        igraph_arpack_options_init(&opts);
        rc = igraph_eigenvector_centrality(ig, &res, &value, IGRAPH_UNDIRECTED, true, w, &opts);
        st = fnr__ig_status(rc, "compute eigenvector centrality", err);
        break;
    }
    default:
        st = fnr_error_set(err, FNR_INVALID, "unknown centrality measure %d", (int)m);
        break;
    }
    if (st == FNR_OK)
        for (size_t i = 0; i < g->n_nodes; i++)
            scores[i] = VECTOR(res)[i];
out:
    if (src_init)
        igraph_vector_int_destroy(&src);
    if (res_init)
        igraph_vector_destroy(&res);
    fnr__ig_unlock();
    return st;
}

/*
 * Weighted PageRank over the graph's own adjacency (damping 0.85), by
 * Gauss-Seidel sweeps in vertex order until the L1 change of a sweep is
 * below 1e-9 (at most 500 sweeps): the fixed point igraph's PRPACK solves
 * for, reached without building the igraph form, at about half the sweeps
 * of plain power iteration. Every vertex has a link, so no rank dangles.
 * The rank of the neighbour PR_AHEAD links on is asked for (prefetched)
 * before it is read: at 1M vertices those 8 MB are cache misses in random
 * order, and waiting on them one at a time was most of a sweep (PageRank
 * of the 1M / 10M graph 7.8-9.6 s against 4.6-5.8 s, interleaved runs at
 * load average 2.4-4.6; the sums are added in the same order, so the
 * ranks are the same bit for bit).
 */
#define PR_AHEAD 24

static fnr_status pagerank_own(const fnr_graph *g, double *pr, fnr_error *err)
{
    size_t n = g->n_nodes;
    double *x = fnr_malloc((n ? n : 1) * sizeof *x); /* pr / strength */
    const double *wadj = g->adj_w;
    const uint32_t *adj_v = g->adj_v;
    uint32_t m = g->adj_off[n];
    if (!x)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    const double d = 0.85, base = (1.0 - d) / (double)n;
    for (size_t v = 0; v < n; v++) {
        pr[v] = 1.0 / (double)n;
        x[v] = g->strength[v] > 0 ? pr[v] / g->strength[v] : 0;
    }
    for (int it = 0; it < 500; it++) {
        double delta = 0;
        for (size_t v = 0; v < n; v++) {
            double sum = 0;
            for (uint32_t j = g->adj_off[v]; j < g->adj_off[v + 1]; j++) {
                __builtin_prefetch(&x[adj_v[j + PR_AHEAD < m ? j + PR_AHEAD : j]]);
                sum += wadj[j] * x[adj_v[j]];
            }
            double nv = base + d * sum;
            delta += fabs(nv - pr[v]);
            pr[v] = nv;
            x[v] = g->strength[v] > 0 ? nv / g->strength[v] : 0;
        }
        if (delta < 1e-9)
            break;
    }
    double total = 0;
    for (size_t v = 0; v < n; v++)
        total += pr[v];
    for (size_t v = 0; v < n && total > 0; v++)
        pr[v] /= total;
    fnr_free(x);
    return FNR_OK;
}

fnr_status fnr__graph_pagerank(const fnr_graph *g, bool with_igraph, double *out, fnr_error *err)
{
    size_t samples = 0;
    if (!g->n_nodes)
        return FNR_OK;
    return with_igraph ? ig_scores(g, FNR_CENTRAL_PAGERANK, 1, out, &samples, err)
                       : pagerank_own(g, out, err);
}

fnr_status fnr_graph_central(const fnr_graph *g, fnr_centrality measure, size_t top, uint64_t seed,
                             fnr_central_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (measure < FNR_CENTRAL_DEGREE || measure > FNR_CENTRAL_EIGENVECTOR)
        return fnr_error_set(err, FNR_INVALID, "unknown centrality measure %d", (int)measure);
    if (!top)
        top = 20;
    size_t n = g->n_nodes, samples = 0;
    double *scores = fnr_malloc((n ? n : 1) * sizeof *scores);
    score_key *keys = fnr_malloc((n ? n : 1) * sizeof *keys);
    fnr_arena *ar = NULL;
    fnr_central_list *l = NULL;
    fnr_status st = FNR_OK;
    if (!scores || !keys)
        goto nomem;
    if (measure == FNR_CENTRAL_DEGREE || n == 0) {
        for (size_t i = 0; i < n; i++)
            scores[i] = g->strength[i];
    } else if (measure == FNR_CENTRAL_PAGERANK) {
        if ((st = pagerank_own(g, scores, err)) != FNR_OK)
            goto fail;
    } else if ((st = ig_scores(g, measure, seed, scores, &samples, err)) != FNR_OK) {
        goto fail;
    }
    for (size_t i = 0; i < n; i++)
        keys[i] = (score_key){ .score = isfinite(scores[i]) ? scores[i] : 0,
                               .id = g->ids[i],
                               .v = (uint32_t)i };
    qsort(keys, n, sizeof *keys, cmp_score);
    l = fnr__result_new(sizeof *l, &ar);
    if (!l)
        goto nomem;
    l->internal = ar;
    l->measure = measure;
    l->approximate = samples > 0;
    l->samples = samples;
    size_t want = top < n ? top : n;
    l->rows = fnr_arena_calloc(ar, want ? want : 1, sizeof *l->rows);
    if (!l->rows)
        goto nomem;
    for (size_t i = 0; i < want; i++) {
        if (!fnr__graph_node_fill(g, keys[i].v, ar, &l->rows[i].node))
            goto nomem;
        l->rows[i].score = keys[i].score;
        l->n_rows++;
    }
    fnr_free(scores);
    fnr_free(keys);
    *out = l;
    return FNR_OK;
nomem:
    st = fnr_error_set(err, FNR_NOMEM, "out of memory");
fail:
    fnr_free(scores);
    fnr_free(keys);
    if (l)
        fnr__result_free(ar);
    return st;
}

void fnr_central_list_free(fnr_central_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}
