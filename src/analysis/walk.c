/*
 * Traversals over the graph's own adjacency (CSR), without igraph: the
 * k-hop neighbourhood of an entity, ranked, and the k shortest paths
 * between two entities. Both use layered breadth-first search, and among
 * the fewest-hop routes the heaviest one wins (ties go to the smaller
 * entity id, which keeps results deterministic): a neighbourhood keeps it
 * for every vertex layer by layer; one shortest path is a bidirectional
 * search that works it out afterwards for the vertices the path needs; k
 * of them are Yen's algorithm over that search. Scratch arrays come from the
 * graph's pool (graph.c), so a query touches only the vertices it reaches.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis/analysis_int.h"
#include "base/alloc.h"
#include "base/vec.h"

/* ---- results that borrow the graph's strings --------------------------------------- */

/* What a neighbour or path list's `internal` holds: its arena (rows) and a
 * reference to the graph's strings, which its rows point into instead of
 * copying them, so the list outlives the graph as the header promises. */
typedef struct walk_hold {
    fnr_arena *ar;
    graph_strs *strs;
} walk_hold;

/* A result of size bytes with its hold in *out_hold; NULL when out of memory. */
static void *hold_new(const fnr_graph *g, size_t size, walk_hold **out_hold)
{
    fnr_arena *ar = NULL;
    void *r = fnr__result_new(size, &ar);
    *out_hold = NULL;
    if (!r)
        return NULL;
    walk_hold *h = fnr_arena_alloc(ar, sizeof *h);
    if (!h) {
        fnr__result_free(ar);
        return NULL;
    }
    h->ar = ar;
    h->strs = fnr__graph_strs_ref(g);
    *out_hold = h;
    return r;
}

static void hold_free(walk_hold *h)
{
    if (!h)
        return;
    graph_strs *strs = h->strs;
    fnr__result_free(h->ar);
    fnr__graph_strs_unref(strs);
}

/* Node and edge rows whose strings point into the shared block. */
static void node_row(const fnr_graph *g, uint32_t v, fnr_graph_node *out)
{
    fnr__graph_node_fill(g, v, NULL, out);
}

/* The row of edge e between vertices u and v (either order), of weight w. */
static void edge_row(const fnr_graph *g, const walk_hold *h, uint32_t e, uint32_t u, uint32_t v,
                     double w, fnr_graph_edge *out)
{
    fnr__graph_edge_fill_at(g, e, u < v ? u : v, u < v ? v : u, w, NULL, out);
    out->labels = g->eattr[e].rels ? h->strs->labels[g->eattr[e].rels & 31] : NULL;
}

/* ---- neighbourhoods ------------------------------------------------------------------ */

#define ROW_AHEAD    8 /* rows whose attributes are prefetched ahead of the one filled */
#define EXPAND_AHEAD 4 /* frontier vertices whose adjacency is prefetched ahead */

/* A vertex of one layer with the weight of its best path; within a layer,
 * heavier first, then the smaller entity id (vertices are in id order). */
typedef struct nb_key {
    double best;
    uint32_t v;
} nb_key;

static inline bool nb_before(const nb_key *p, const nb_key *q)
{
    /* Without branches: which way a comparison goes is a coin toss. */
    return (p->best > q->best) | ((p->best == q->best) & (p->v < q->v));
}

/* Sifts k[i] down the heap k[0..n) whose root is the key ranked last. */
static void nb_sift(nb_key *k, size_t n, size_t i)
{
    nb_key x = k[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && nb_before(&k[c], &k[c + 1]))
            c++;
        if (!nb_before(&x, &k[c]))
            break;
        k[i] = k[c];
        i = c;
    }
    k[i] = x;
}

/* Leaves the first min(n, r) keys of the ranking in k[0..), in order,
 * without sorting the rest: a heap of the r best so far (the worst at its
 * root) replaced from as the layer goes by, then sorted in place. */
static size_t nb_heap_top(nb_key *k, size_t n, size_t r)
{
    if (r > n)
        r = n;
    for (size_t i = r / 2; i-- > 0;)
        nb_sift(k, r, i);
    for (size_t i = r; i < n; i++)
        if (r && nb_before(&k[i], &k[0])) {
            k[0] = k[i];
            nb_sift(k, r, 0);
        }
    for (size_t end = r; end > 1; end--) {
        nb_key t = k[0];
        k[0] = k[end - 1];
        k[end - 1] = t;
        nb_sift(k, end - 1, 0);
    }
    return r;
}

static inline void nb_swap(nb_key *k, size_t i, size_t j)
{
    nb_key t = k[i];
    k[i] = k[j];
    k[j] = t;
}

/*
 * Leaves the r best of k[0..n) (0 < r < n) in k[0..r), in no order: a
 * quickselect, median of three, partitioned without branches through
 * tmp[n] (keys are distinct: the vertex breaks ties). Each key is written
 * to both ends of tmp and the end it belongs to advances, so no store
 * waits on a load of the one before, as swapping in place did. After 64
 * rounds (an unlucky input) the heap finishes the range left.
 */
static void nb_select(nb_key *k, size_t n, size_t r, nb_key *tmp)
{
    size_t lo = 0, hi = n;
    for (int round = 0; hi - lo > 1; round++) {
        if (round == 64) {
            nb_heap_top(k + lo, hi - lo, r - lo);
            return;
        }
        size_t a = lo, b = lo + (hi - lo) / 2, c = hi - 1, m;
        if (nb_before(&k[a], &k[b]))
            m = nb_before(&k[b], &k[c]) ? b : nb_before(&k[a], &k[c]) ? c : a;
        else
            m = nb_before(&k[a], &k[c]) ? a : nb_before(&k[b], &k[c]) ? c : b;
        nb_swap(k, m, hi - 1);
        nb_key p = k[hi - 1];
        size_t cnt = hi - 1 - lo, front = 0, back = cnt - 1;
        for (size_t j = lo; j + 1 < hi; j++) {
            nb_key t = k[j];
            bool before = nb_before(&t, &p);
            tmp[front] = t;
            tmp[back] = t;
            front += before;
            back -= !before;
        }
        /* tmp[0..front) rank before p, tmp[front..cnt) after. */
        size_t st = lo + front;
        memcpy(k + lo, tmp, front * sizeof *k);
        k[st] = p;
        memcpy(k + st + 1, tmp + front, (cnt - front) * sizeof *k);
        /* k[lo..st) rank before p, now at st, and k[st + 1..hi) after. */
        if (r == st || r == st + 1)
            return;
        if (r < st)
            hi = st;
        else
            lo = st + 1;
    }
}

/* Merges the ranked runs a[0..na) and b[0..nb) into out, choosing each key
 * without a branch: which run it comes from is a coin toss, and the heap
 * sort this replaces spent most of its time in mispredicted branches. */
static void nb_merge(const nb_key *a, size_t na, const nb_key *b, size_t nb, nb_key *out)
{
    size_t i = 0, j = 0, o = 0;
    while (i < na && j < nb) {
        bool take_b = nb_before(&b[j], &a[i]);
        const nb_key *from = take_b ? &b[j] : &a[i];
        out[o++] = *from;
        j += take_b;
        i += !take_b;
    }
    while (i < na)
        out[o++] = a[i++];
    while (j < nb)
        out[o++] = b[j++];
}

/* Sorts k[0..n) into the ranking: a bottom-up merge sort through tmp[n]. */
static void nb_sort(nb_key *k, size_t n, nb_key *tmp)
{
    nb_key *from = k, *to = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            nb_merge(from + lo, mid - lo, from + mid, hi - mid, to + lo);
        }
        nb_key *t = from;
        from = to;
        to = t;
    }
    if (from != k)
        memcpy(k, from, n * sizeof *k);
}

/* Leaves the first min(n, r) keys of the ranking in k[0..), in order,
 * without sorting the rest; returns how many. tmp has room for n keys. */
static size_t nb_top(nb_key *k, size_t n, size_t r, nb_key *tmp)
{
    if (r > n)
        r = n;
    if (r && r < n)
        nb_select(k, n, r, tmp);
    nb_sort(k, r, tmp);
    return r;
}

/*
 * Expands one layer of a neighbourhood: frontier q[lo..hi) into the vertices
 * first met one hop further, appended from q[hi], each with the heaviest
 * path to it (ties to the smaller predecessor). Returns the new end.
 */
static size_t expand(const fnr_graph *g, graph_scratch *s, size_t lo, size_t hi)
{
    uint32_t *q = s->queue[0];
    uint64_t *own = s->reached[0], *fresh = s->fresh;
    graph_visit *vis = s->visit;
    size_t end = hi;
    for (size_t i = lo; i < hi; i++) {
        /* Ask for the adjacency of the frontier a few vertices ahead (its
         * offsets first, then the lists): each is a cache miss otherwise. */
        if (i + 2 * EXPAND_AHEAD < hi) {
            __builtin_prefetch(&g->adj_off[q[i + 2 * EXPAND_AHEAD]]);
            __builtin_prefetch(&vis[q[i + 2 * EXPAND_AHEAD]]);
        }
        if (i + EXPAND_AHEAD < hi) {
            uint32_t o = g->adj_off[q[i + EXPAND_AHEAD]];
            __builtin_prefetch(&g->adj_v[o]);
            __builtin_prefetch(&g->adj_w[o]);
        }
        uint32_t x = q[i], jend = g->adj_off[x + 1];
        double bx = vis[x].best;
        for (uint32_t j = g->adj_off[x]; j < jend; j++) {
            uint32_t y = g->adj_v[j];
            double cand = bx + g->adj_w[j];
            if (!fnr__bit_get(own, y)) {
                fnr__bit_set(own, y);
                fnr__bit_set(fresh, y);
                vis[y] = (graph_visit){ .best = cand, .via = x, .via_j = j };
                q[end++] = y;
            } else if (fnr__bit_get(fresh, y)) {
                /* Vertices are numbered in entity-id order, so the smaller
                 * vertex is the smaller id. */
                graph_visit *v = &vis[y];
                if (cand > v->best || (cand == v->best && x < v->via))
                    *v = (graph_visit){ .best = cand, .via = x, .via_j = j };
            }
        }
    }
    for (size_t i = hi; i < end; i++)
        fnr__bit_clear(fresh, q[i]);
    s->used[0] = end;
    return end;
}

/* The same when the layer is only counted, never ranked (the rows wanted
 * come from the layers before): its vertices are marked and queued, and no
 * weight is read or path kept. Returns the new end. */
static size_t expand_count(const fnr_graph *g, graph_scratch *s, size_t lo, size_t hi)
{
    uint32_t *q = s->queue[0];
    uint64_t *own = s->reached[0];
    const uint32_t *adj_off = g->adj_off, *adj_v = g->adj_v;
    size_t end = hi;
    for (size_t i = lo; i < hi; i++) {
        if (i + 2 * EXPAND_AHEAD < hi)
            __builtin_prefetch(&adj_off[q[i + 2 * EXPAND_AHEAD]]);
        if (i + EXPAND_AHEAD < hi)
            __builtin_prefetch(&adj_v[adj_off[q[i + EXPAND_AHEAD]]]);
        uint32_t x = q[i], jend = adj_off[x + 1];
        for (uint32_t j = adj_off[x]; j < jend; j++) {
            uint32_t y = adj_v[j];
            if (!fnr__bit_get(own, y)) {
                fnr__bit_set(own, y);
                q[end++] = y;
            }
        }
    }
    s->used[0] = end;
    return end;
}

fnr_status fnr_graph_neighbors(const fnr_graph *g, int64_t id, int depth, size_t limit,
                               fnr_neighbor_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (depth < 1 || depth > 6)
        return fnr_error_set(err, FNR_INVALID, "the depth must be 1 to 6, not %d", depth);
    if (!limit)
        limit = 100;
    long v0 = fnr__graph_vertex(g, id);
    if (v0 < 0)
        return fnr_error_set(err, FNR_NOTFOUND, "entity e%lld is not in the graph", (long long)id);
    graph_scratch *s = fnr__graph_scratch_get(g);
    if (!s)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    uint32_t c = (uint32_t)v0;
    fnr__bit_set(s->reached[0], c);
    s->used[0] = 1;
    s->visit[c] = (graph_visit){ .best = 0, .via = c, .via_j = UINT32_MAX };
    s->queue[0][0] = c;
    size_t lo = 0, hi = 1;
    size_t layer_end[8] = { 1 };
    for (int d = 1; d <= depth && lo < hi; d++) {
        /* Once the layers so far hold the rows wanted, the rest are only
         * counted (a hub's second layer runs to tens of thousands). */
        size_t end = hi - 1 >= limit ? expand_count(g, s, lo, hi) : expand(g, s, lo, hi);
        lo = hi;
        hi = end;
        layer_end[d] = end;
    }
    for (int d = depth; d > 0 && layer_end[d] == 0; d--)
        layer_end[d] = hi;

    fnr_status rc = FNR_OK;
    walk_hold *h = NULL;
    nb_key *keys = NULL;
    fnr_neighbor_list *l = hold_new(g, sizeof *l, &h);
    if (!l)
        goto nomem;
    l->internal = h;
    l->total = hi - 1;
    node_row(g, c, &l->centre);
    size_t want = limit < l->total ? limit : l->total;
    l->rows = fnr_arena_alloc(h->ar, (want ? want : 1) * sizeof *l->rows);
    /* The keys of a layer, then room for ranking them. */
    keys = fnr_malloc((hi > 1 ? 2 * (hi - 1) : 1) * sizeof *keys);
    if (!l->rows || !keys)
        goto nomem;
    /* Rows go by depth, so a layer is ranked only while rows are wanted. */
    size_t from = 1;
    for (int d = 1; d <= depth && l->n_rows < want; d++) {
        size_t to = layer_end[d], nk = 0;
        for (size_t i = from; i < to; i++) {
            uint32_t v = s->queue[0][i];
            keys[nk++] = (nb_key){ .best = s->visit[v].best, .v = v };
        }
        from = to;
        nk = nb_top(keys, nk, want - l->n_rows, keys + (hi - 1));
        /* The rows' attributes are scattered over a dozen arrays: ask for
         * the lines a few rows ahead, so their cache misses overlap (the
         * edge's position in the adjacency twice as far, to read its id). */
        for (size_t i = 0; i < nk && i < 2 * ROW_AHEAD; i++)
            __builtin_prefetch(&g->adj_e[s->visit[keys[i].v].via_j]);
        for (size_t i = 0; i < nk && i < ROW_AHEAD; i++)
            fnr__graph_row_prefetch(g, keys[i].v, g->adj_e[s->visit[keys[i].v].via_j]);
        for (size_t i = 0; i < nk; i++) {
            if (i + 2 * ROW_AHEAD < nk)
                __builtin_prefetch(&g->adj_e[s->visit[keys[i + 2 * ROW_AHEAD].v].via_j]);
            if (i + ROW_AHEAD < nk)
                fnr__graph_row_prefetch(g, keys[i + ROW_AHEAD].v,
                                        g->adj_e[s->visit[keys[i + ROW_AHEAD].v].via_j]);
            fnr_neighbor_row *r = &l->rows[l->n_rows++];
            uint32_t v = keys[i].v;
            node_row(g, v, &r->node);
            const graph_visit *x = &s->visit[v];
            edge_row(g, h, g->adj_e[x->via_j], v, x->via, g->adj_w[x->via_j], &r->edge);
            r->depth = d;
            r->score = keys[i].best / d;
            r->via = g->vattr[x->via].id;
        }
    }
    fnr_free(keys);
    fnr__graph_scratch_put(g, s);
    *out = l;
    return FNR_OK;
nomem:
    rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
    fnr_free(keys);
    hold_free(h);
    fnr__graph_scratch_put(g, s);
    return rc;
}

void fnr_neighbor_list_free(fnr_neighbor_list *l)
{
    if (l)
        hold_free(l->internal);
}

/* ---- one shortest path --------------------------------------------------------------- */

typedef struct route {
    uint32_t *v; /* n vertices, owned */
    uint32_t *e; /* n - 1 edges, owned */
    size_t n;
    double weight;
} route;

static void route_destroy(route *r)
{
    fnr_free(r->v);
    fnr_free(r->e);
    *r = (route){ 0 };
}

/* An edge found by a path search: x on the side being expanded, y beyond
 * it, j the position of the edge in x's adjacency. */
typedef struct link {
    uint32_t x, y, j;
} link;

/* Whether the edge at adjacency position j is one of the n blocked. */
static inline bool edge_blocked(const fnr_graph *g, uint32_t j, const uint32_t *blocked_e, size_t n)
{
    for (size_t b = 0; b < n; b++)
        if (blocked_e[b] == g->adj_e[j])
            return true;
    return false;
}

/*
 * One layer of a path search from side k: frontier q[lo..hi) into the
 * vertices first met one hop further (appended from q[hi], depth one more),
 * and every edge to a vertex the other side has reached into s->meet. Once
 * one such meeting is found the layer is no longer grown, only searched for
 * more. A vertex reached gets its bit and its layer's number modulo 3
 * (fnr__res_set), both in bitmaps that stay in the second-level cache;
 * the queue is written in order. How it was reached is not kept: which of
 * the fewest-hop routes is heaviest is worked out afterwards for the few
 * vertices a meeting needs (heaviest_to), so the search reads no weights
 * and makes no scattered write for the thousand vertices it passes.
 * *end: the new end of q; *cost: the new layer's. FNR_NOMEM only.
 */
static fnr_status path_layer(const fnr_graph *g, graph_scratch *s, int k, size_t lo, size_t hi,
                             const uint32_t *blocked_e, size_t n_blocked_e, size_t *out_end,
                             size_t *out_cost)
{
    /* Locals, not reads through g and s: the stores per vertex may alias
     * them, and would make the compiler read them again. */
    const uint32_t *adj_off = g->adj_off, *adj_v = g->adj_v, *blocked = s->blocked;
    uint32_t ep = s->epoch, *q = s->queue[k];
    uint64_t *own = s->reached[k], *res = s->res;
    const uint64_t *other = s->reached[1 - k];
    uint64_t r = s->layer[k].len % 3; /* the new layer's number, modulo 3 */
    bool use_blocked = s->any_blocked || n_blocked_e;
    /* First only look for the other side: the layer that meets it is
     * never grown, and the one that does not is grown from lists this
     * pass has just brought into the cache. */
    for (size_t i = lo; i < hi; i++) {
        /* Ask for the adjacency of the frontier a few vertices ahead: each
         * list is a cache miss otherwise (its offsets were read when the
         * layer's cost was summed). */
        if (i + EXPAND_AHEAD < hi)
            __builtin_prefetch(&adj_v[adj_off[q[i + EXPAND_AHEAD]]]);
        uint32_t x = q[i], jend = adj_off[x + 1];
        for (uint32_t j = adj_off[x]; j < jend; j++) {
            uint32_t y = adj_v[j];
            if (!fnr__bit_get(other, y) ||
                (use_blocked && (blocked[y] == ep || edge_blocked(g, j, blocked_e, n_blocked_e))))
                continue;
            link l = { .x = x, .y = y, .j = j };
            __builtin_prefetch(&g->adj_w[j]); /* read when the meetings are weighed */
            fnr_status rc = FNR_VEC_PUSH(&s->meet, link, l);
            if (rc != FNR_OK)
                return rc;
        }
    }
    size_t end = hi, cost = 0;
    for (size_t i = lo; i < hi && !s->meet.len; i++) {
        uint32_t x = q[i], jend = adj_off[x + 1];
        for (uint32_t j = adj_off[x]; j < jend; j++) {
            uint32_t y = adj_v[j];
            if (fnr__bit_get(own, y) ||
                (use_blocked && (blocked[y] == ep || edge_blocked(g, j, blocked_e, n_blocked_e))))
                continue;
            fnr__bit_set(own, y);
            fnr__res_set(res, y, r);
            q[end++] = y;
            __builtin_prefetch(&adj_off[y]);
        }
    }
    /* The new layer's cost, once its offsets asked for above have come:
     * read as each vertex was reached, every one was a cache miss the
     * loop waited for. */
    for (size_t i = hi; i < end; i++) {
        uint32_t y = q[i];
        cost += adj_off[y + 1] - adj_off[y] + 1;
    }
    s->used[k] = end;
    *out_end = end;
    *out_cost = cost;
    return FNR_OK;
}

/* The position of v in u's (sorted) adjacency, or UINT32_MAX: a binary
 * search whose halving is a conditional move, not a branch (which half
 * holds v is a coin toss, and hubs are looked up in many lists). */
static uint32_t adj_find(const fnr_graph *g, uint32_t u, uint32_t v)
{
    uint32_t lo = g->adj_off[u], n = g->adj_off[u + 1] - lo;
    if (!n)
        return UINT32_MAX;
    const uint32_t *base = g->adj_v + lo;
    while (n > 1) {
        uint32_t half = n / 2;
        base = base[half] <= v ? base + half : base;
        n -= half;
    }
    return *base == v ? (uint32_t)(base - g->adj_v) : UINT32_MAX;
}

/* Adds v to side k's part of the cone unless it is there already. */
static fnr_status cone_add(const fnr_graph *g, graph_scratch *s, uint32_t v)
{
    if (fnr__bit_get(s->fresh, v))
        return FNR_OK;
    fnr__bit_set(s->fresh, v);
    /* heaviest_to reads where v's adjacency is and writes its visit
     * record when it comes to v: ask for both lines now. */
    __builtin_prefetch(&g->adj_off[v]);
    __builtin_prefetch(&s->visit[v]);
    return FNR_VEC_PUSH(&s->cone, uint32_t, v);
}

/* Records the link from predecessor x to y (the edge at x's adjacency
 * position j), and puts x in the cone. The edge's weight, read when the
 * links are followed forward, is asked for now. */
static fnr_status pred_add(const fnr_graph *g, graph_scratch *s, uint32_t x, uint32_t y, uint32_t j)
{
    link l = { .x = x, .y = y, .j = j };
    __builtin_prefetch(&g->adj_w[j]);
    fnr_status rc = FNR_VEC_PUSH(&s->pred, link, l);
    return rc == FNR_OK ? cone_add(g, s, x) : rc;
}

/*
 * The heaviest fewest-hop route from side k's source to each vertex of
 * s->cone (all reached by side k, all on its last layer), into s->visit:
 * best, and via / via_j towards the source (ties to the smaller vertex, as
 * a layer-by-layer search would keep). Walks back from them layer by layer
 * through their predecessors (neighbours on the layer before), then
 * forward along the links found. The predecessors of a vertex are found by
 * scanning its own adjacency for neighbours of side k one layer nearer (in
 * a breadth-first search two neighbours are at most one layer apart, so the
 * layer's number modulo 3 tells), or, when it has many neighbours (the hubs
 * where searches tend to meet) and the layer before is small, by looking it
 * up in the adjacency of each vertex of that layer. Marks the vertices it
 * visits in s->fresh; the caller clears them. FNR_NOMEM only.
 */
static fnr_status heaviest_to(const fnr_graph *g, graph_scratch *s, int k, uint32_t src,
                              const uint32_t *blocked_e, size_t n_blocked_e)
{
    const uint64_t *own = s->reached[k], *res = s->res;
    const size_t *layer = s->layer[k].data;
    const uint32_t *q = s->queue[k];
    graph_visit *vis = s->visit;
    size_t first_pred = s->pred.len;
    size_t d = s->layer[k].len - 1; /* the layer of the cone's first vertices */
    for (size_t i = s->cone_k[k], level_end = s->cone.len; i < s->cone.len; i++) {
        if (i == level_end) {
            level_end = s->cone.len;
            d--;
        }
        uint32_t y = FNR_VEC_AT(&s->cone, uint32_t, i);
        if (y == src) {
            vis[y] = (graph_visit){ .best = 0, .via = y, .via_j = UINT32_MAX };
            continue;
        }
        vis[y] = (graph_visit){ .best = -1, .via = UINT32_MAX, .via_j = UINT32_MAX };
        size_t plo = layer[d - 1], phi = layer[d];
        uint64_t r = (d - 1) % 3;
        uint32_t ylo = g->adj_off[y], yhi = g->adj_off[y + 1];
        bool look_up = (phi - plo) * 8 < yhi - ylo;
        for (size_t p = look_up ? plo : ylo, pend = look_up ? phi : yhi; p < pend; p++) {
            uint32_t x, j;
            if (look_up) {
                x = q[p];
                if ((j = adj_find(g, x, y)) == UINT32_MAX)
                    continue;
            } else {
                x = g->adj_v[p];
                j = (uint32_t)p;
                if (!fnr__bit_get(own, x) || fnr__res_get(res, x) != r)
                    continue;
            }
            if (n_blocked_e && edge_blocked(g, j, blocked_e, n_blocked_e))
                continue;
            fnr_status rc = pred_add(g, s, x, y, j);
            if (rc != FNR_OK)
                return rc;
        }
    }
    /* Links of the layers nearest the source were found last. Weights are
     * positive, so -1 is below every route. */
    for (size_t i = s->pred.len; i-- > first_pred;) {
        const link *l = &FNR_VEC_AT(&s->pred, link, i);
        double cand = vis[l->x].best + g->adj_w[l->j];
        graph_visit *v = &vis[l->y];
        if (cand > v->best || (cand == v->best && l->x < v->via))
            *v = (graph_visit){ .best = cand, .via = l->x, .via_j = l->j };
    }
    return FNR_OK;
}

/*
 * The fewest-hop, then heaviest path from a to b (a != b), avoiding the
 * vertices marked blocked in s (epoch already set by the caller) and the
 * edges listed. *found false when there is none. FNR_NOMEM only.
 *
 * A bidirectional breadth-first search finds the fewest hops: each round
 * expands the side whose frontier has fewer edges, until one layer reaches
 * vertices of the other side. Every edge of that layer to the other side is
 * a meeting; the heaviest route through each is the heaviest route to its
 * two ends (heaviest_to) plus the edge, and the heaviest meeting wins (ties
 * to the smaller vertex on the other side, then on this one).
 */
static fnr_status shortest(const fnr_graph *g, graph_scratch *s, uint32_t a, uint32_t b,
                           const uint32_t *blocked_e, size_t n_blocked_e, route *out, bool *found)
{
    *found = false;
    *out = (route){ 0 };
    fnr_vec_clear(&s->meet);
    fnr_vec_clear(&s->cone);
    fnr_vec_clear(&s->pred);
    uint32_t src[2] = { a, b };
    fnr_status rc = FNR_OK;
    s->res_dirty = true;
    /* Each frontier's cost: its vertices' edges, plus one each. The side
     * that costs less is expanded (side 0 on a tie), the cost of a layer
     * summed as its vertices are reached. */
    size_t lo[2], hi[2], cost[2];
    for (int k = 0; k < 2; k++) {
        uint32_t x = src[k];
        cost[k] = g->adj_off[x + 1] - g->adj_off[x] + 1;
        fnr__bit_set(s->reached[k], x); /* on layer 0: its residue bits stay 0 */
        s->used[k] = 1;
        s->queue[k][0] = x;
        lo[k] = 0;
        hi[k] = 1;
        fnr_vec_clear(&s->layer[k]);
        if ((rc = fnr_vec_push(&s->layer[k], &(size_t){ 0 })) != FNR_OK)
            return rc;
    }
    int met = 0; /* the side whose layer met the other */
    while (lo[0] < hi[0] && lo[1] < hi[1]) {
        int k = cost[1] < cost[0] ? 1 : 0;
        size_t end;
        if ((rc = path_layer(g, s, k, lo[k], hi[k], blocked_e, n_blocked_e, &end, &cost[k])) !=
            FNR_OK)
            return rc;
        if (s->meet.len) {
            met = k;
            break;
        }
        if ((rc = fnr_vec_push(&s->layer[k], &hi[k])) != FNR_OK)
            return rc;
        lo[k] = hi[k];
        hi[k] = end;
    }
    if (!s->meet.len)
        return FNR_OK;
    /* The heaviest routes to the meetings' ends, side by side: this side's
     * ends are its frontier, the other's are its last layer. */
    const link *meet = s->meet.data;
    size_t n_meet = s->meet.len;
    for (int side = 0; side < 2 && rc == FNR_OK; side++) {
        int k = side == 0 ? met : 1 - met;
        s->cone_k[k] = s->cone.len;
        for (size_t i = 0; i < n_meet && rc == FNR_OK; i++)
            rc = cone_add(g, s, k == met ? meet[i].x : meet[i].y);
        if (rc == FNR_OK)
            rc = heaviest_to(g, s, k, src[k], blocked_e, n_blocked_e);
    }
    FNR_VEC_FOREACH(uint32_t, v, &s->cone)
        fnr__bit_clear(s->fresh, *v);
    if (rc != FNR_OK)
        return rc;
    const link *m = NULL;
    double w = 0;
    for (size_t i = 0; i < n_meet; i++) {
        const link *l = &meet[i];
        double tot = s->visit[l->x].best + g->adj_w[l->j] + s->visit[l->y].best;
        if (!m || tot > w || (tot == w && (l->y < m->y || (l->y == m->y && l->x < m->x)))) {
            m = l;
            w = tot;
        }
    }
    /* u0 is reached from a, u1 from b, and the meeting edge joins them. */
    uint32_t u0 = met == 0 ? m->x : m->y, u1 = met == 0 ? m->y : m->x;
    size_t h0 = 0, n = 2;
    for (uint32_t x = u0; x != a; x = s->visit[x].via)
        h0++;
    for (uint32_t x = u1; x != b; x = s->visit[x].via)
        n++;
    n += h0;
    out->v = fnr_malloc(n * sizeof *out->v);
    out->e = fnr_malloc((n - 1) * sizeof *out->e);
    if (!out->v || !out->e) {
        route_destroy(out);
        return FNR_NOMEM;
    }
    size_t i = h0;
    out->v[i] = u0;
    for (uint32_t x = u0; x != a;) {
        out->e[i - 1] = g->adj_e[s->visit[x].via_j];
        x = s->visit[x].via;
        out->v[--i] = x;
    }
    i = h0;
    out->e[i] = g->adj_e[m->j];
    out->v[++i] = u1;
    for (uint32_t x = u1; x != b;) {
        out->e[i] = g->adj_e[s->visit[x].via_j];
        x = s->visit[x].via;
        out->v[++i] = x;
    }
    out->n = n;
    out->weight = w;
    *found = true;
    return FNR_OK;
}

/* ---- k shortest paths (Yen) ------------------------------------------------------------ */

/* Fewest hops, then heaviest, then the smaller vertex sequence (ids). */
static int route_cmp(const fnr_graph *g, const route *p, const route *q)
{
    (void)g;
    if (p->n != q->n)
        return p->n < q->n ? -1 : 1;
    if (p->weight != q->weight)
        return p->weight > q->weight ? -1 : 1;
    for (size_t i = 0; i < p->n; i++)
        if (p->v[i] != q->v[i])
            return p->v[i] < q->v[i] ? -1 : 1; /* vertices are in id order */
    return 0;
}

static bool route_same(const route *p, const route *q)
{
    return p->n == q->n && memcmp(p->v, q->v, p->n * sizeof *p->v) == 0;
}

static fnr_status yen(const fnr_graph *g, graph_scratch *s, uint32_t a, uint32_t b, size_t k,
                      fnr_vec *found)
{
    fnr_vec cand;
    fnr_vec_init(&cand, sizeof(route));
    fnr_status rc = FNR_OK;
    uint32_t *blocked_e = NULL; /* only for k > 1 */
    route first;
    bool ok = false;
    fnr__graph_scratch_next(s);
    rc = shortest(g, s, a, b, NULL, 0, &first, &ok);
    if (rc != FNR_OK || !ok)
        goto out;
    if ((rc = fnr_vec_push(found, &first)) != FNR_OK) {
        route_destroy(&first);
        goto out;
    }
    if (k > 1 && !(blocked_e = fnr_malloc(k * sizeof *blocked_e))) {
        rc = FNR_NOMEM;
        goto out;
    }
    while (found->len < k) {
        const route *prev = &FNR_VEC_AT(found, route, found->len - 1);
        for (size_t i = 0; i + 1 < prev->n; i++) {
            prev = &FNR_VEC_AT(found, route, found->len - 1);
            uint32_t spur = prev->v[i];
            size_t nb = 0;
            for (size_t p = 0; p < found->len; p++) {
                const route *r = &FNR_VEC_AT(found, route, p);
                if (r->n > i + 1 && memcmp(r->v, prev->v, (i + 1) * sizeof *r->v) == 0) {
                    bool dup = false;
                    for (size_t x = 0; x < nb && !dup; x++)
                        dup = blocked_e[x] == r->e[i];
                    if (!dup)
                        blocked_e[nb++] = r->e[i];
                }
            }
            fnr__graph_scratch_next(s);
            for (size_t x = 0; x < i; x++)
                s->blocked[prev->v[x]] = s->epoch;
            s->any_blocked = i > 0;
            route spur_path;
            rc = shortest(g, s, spur, b, blocked_e, nb, &spur_path, &ok);
            if (rc != FNR_OK)
                goto out;
            if (!ok)
                continue;
            route r = { .n = i + spur_path.n };
            r.v = fnr_malloc(r.n * sizeof *r.v);
            r.e = fnr_malloc((r.n - 1) * sizeof *r.e);
            if (!r.v || !r.e) {
                route_destroy(&r);
                route_destroy(&spur_path);
                rc = FNR_NOMEM;
                goto out;
            }
            memcpy(r.v, prev->v, i * sizeof *r.v);
            memcpy(r.v + i, spur_path.v, spur_path.n * sizeof *r.v);
            memcpy(r.e, prev->e, i * sizeof *r.e);
            memcpy(r.e + i, spur_path.e, (spur_path.n - 1) * sizeof *r.e);
            r.weight = spur_path.weight;
            for (size_t x = 0; x < i; x++)
                r.weight += g->w[prev->e[x]];
            route_destroy(&spur_path);
            bool dup = false;
            for (size_t x = 0; x < cand.len && !dup; x++)
                dup = route_same(&FNR_VEC_AT(&cand, route, x), &r);
            for (size_t x = 0; x < found->len && !dup; x++)
                dup = route_same(&FNR_VEC_AT(found, route, x), &r);
            if (dup || (rc = fnr_vec_push(&cand, &r)) != FNR_OK) {
                route_destroy(&r);
                if (rc != FNR_OK)
                    goto out;
            }
        }
        if (!cand.len)
            break;
        size_t best = 0;
        for (size_t x = 1; x < cand.len; x++)
            if (route_cmp(g, &FNR_VEC_AT(&cand, route, x), &FNR_VEC_AT(&cand, route, best)) < 0)
                best = x;
        route r = FNR_VEC_AT(&cand, route, best);
        FNR_VEC_AT(&cand, route, best) = FNR_VEC_AT(&cand, route, cand.len - 1);
        fnr_vec_pop(&cand);
        if ((rc = fnr_vec_push(found, &r)) != FNR_OK) {
            route_destroy(&r);
            goto out;
        }
    }
out:
    FNR_VEC_FOREACH(route, r, &cand)
        route_destroy(r);
    fnr_vec_destroy(&cand);
    fnr_free(blocked_e);
    return rc;
}

fnr_status fnr_graph_paths(const fnr_graph *g, int64_t a, int64_t b, size_t k, fnr_path_list **out,
                           fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the result given");
    *out = NULL;
    if (!g)
        return fnr_error_set(err, FNR_INVALID, "no graph given");
    if (k == 0)
        k = 1;
    if (k > 20)
        return fnr_error_set(err, FNR_INVALID, "at most 20 paths, not %zu", k);
    long va = fnr__graph_vertex(g, a), vb = fnr__graph_vertex(g, b);
    if (va < 0 || vb < 0)
        return fnr_error_set(err, FNR_NOTFOUND, "entity e%lld is not in the graph",
                             (long long)(va < 0 ? a : b));
    if (va == vb)
        return fnr_error_set(err, FNR_INVALID, "a path needs two different entities");
    graph_scratch *s = fnr__graph_scratch_get(g);
    if (!s)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    fnr_vec found;
    fnr_vec_init(&found, sizeof(route));
    walk_hold *h = NULL;
    fnr_path_list *l = NULL;
    fnr_status rc = yen(g, s, (uint32_t)va, (uint32_t)vb, k, &found);
    fnr__graph_scratch_put(g, s);
    if (rc != FNR_OK)
        goto nomem;
    /* Ask for every row's lines at once (a path has a handful of rows, k
     * paths up to about a hundred), so their cache misses overlap each
     * other and the result's allocation instead of coming one at a time. */
    FNR_VEC_FOREACH(route, r, &found)
        for (size_t x = 0; x < r->n; x++) {
            uint32_t e = x + 1 < r->n ? r->e[x] : UINT32_MAX;
            fnr__graph_row_prefetch(g, r->v[x], e);
            if (e != UINT32_MAX)
                __builtin_prefetch(&g->w[e]);
        }
    l = hold_new(g, sizeof *l, &h);
    if (!l)
        goto nomem;
    l->internal = h;
    fnr_arena *ar = h->ar;
    l->paths = fnr_arena_calloc(ar, found.len ? found.len : 1, sizeof *l->paths);
    if (!l->paths)
        goto nomem;
    for (size_t i = 0; i < found.len; i++) {
        const route *r = &FNR_VEC_AT(&found, route, i);
        fnr_path *p = &l->paths[l->n_paths++];
        p->n_nodes = r->n;
        p->weight = r->weight;
        p->nodes = fnr_arena_alloc(ar, r->n * sizeof *p->nodes);
        p->edges = fnr_arena_alloc(ar, (r->n - 1) * sizeof *p->edges);
        if (!p->nodes || !p->edges)
            goto nomem;
        for (size_t x = 0; x < r->n; x++)
            node_row(g, r->v[x], &p->nodes[x]);
        for (size_t x = 0; x + 1 < r->n; x++)
            edge_row(g, h, r->e[x], r->v[x], r->v[x + 1], g->w[r->e[x]], &p->edges[x]);
    }
    FNR_VEC_FOREACH(route, r, &found)
        route_destroy(r);
    fnr_vec_destroy(&found);
    *out = l;
    return FNR_OK;
nomem:
    FNR_VEC_FOREACH(route, r, &found)
        route_destroy(r);
    fnr_vec_destroy(&found);
    hold_free(h);
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

void fnr_path_list_free(fnr_path_list *l)
{
    if (l)
        hold_free(l->internal);
}
