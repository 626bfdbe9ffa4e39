/*
 * Cells by modularity, our own Louvain and Leiden over the graph's CSR
 * adjacency (fnr_graph_cells in cells.c calls fnr__graph_communities).
 *
 * One level is a weighted graph in flat arrays: neighbour offsets, indices
 * and weights (no self-loops in the lists), a self-loop weight and a
 * strength per node. A level runs the local moving phase: nodes in a seeded
 * random order are taken from a queue, each moves to the neighbouring
 * community with the largest modularity gain, and a node that moves puts
 * its neighbours outside its new community back in the queue, until the
 * queue is empty. Community totals and the weights towards neighbouring
 * communities live in flat arrays, reset through the list of communities
 * touched. Leiden then refines each community into well-connected
 * sub-communities (singletons merge greedily into a well-connected
 * sub-community of their own community when that does not lower the
 * quality) and aggregates by the refined partition, starting the next level
 * from the unrefined one; Louvain aggregates by its communities. Levels
 * repeat until aggregation no longer shrinks the graph. The result depends
 * only on the graph, the resolution and the seed.
 */
#include <string.h>

#include "analysis/analysis_int.h"
#include "base/alloc.h"

#define LEVELS_MAX 100

/* A level's graph; arrays owned unless borrowed from the fnr_graph. */
typedef struct level {
    size_t n;
    uint32_t *off; /* n + 1 */
    uint32_t *nbr;
    double *wt;
    double *self;  /* self-loop weight, both directions counted */
    double *k;     /* strength: the weights of the node's lists plus self */
    bool borrowed; /* off, nbr and wt are the fnr_graph's */
} level;

static void level_destroy(level *l)
{
    if (!l->borrowed) {
        fnr_free(l->off);
        fnr_free(l->nbr);
        fnr_free(l->wt);
    }
    fnr_free(l->self);
    fnr_free(l->k);
    *l = (level){ 0 };
}

/* Work arrays, sized for the first (largest) level. */
typedef struct work {
    double *acc;       /* weight towards a community, valid when mark == stamp */
    uint32_t *mark;    /* per community */
    uint32_t stamp;    /* current */
    uint32_t *touched; /* communities met by the current node */
    uint32_t *queue;   /* circular */
    uint8_t *inq;
    uint32_t *order;
    double *tot;  /* community totals */
    double *rtot; /* refined sub-community totals */
    double *ein;  /* weight between a sub-community and the rest of its community */
    double *kin;  /* weight of a node towards the rest of its community */
    uint32_t *rsize;
    uint64_t rng;
} work;

static void next_stamp(work *w, size_t n)
{
    if (++w->stamp == 0) {
        memset(w->mark, 0, n * sizeof *w->mark);
        w->stamp = 1;
    }
}

static void shuffle(work *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        w->order[i] = (uint32_t)i;
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(fnr__splitmix64(&w->rng) % i);
        uint32_t t = w->order[i - 1];
        w->order[i - 1] = w->order[j];
        w->order[j] = t;
    }
}

/* Sums v's weights towards each neighbouring community (comm) into acc,
 * listing them in touched; returns how many. */
static size_t gather(const level *l, work *w, const uint32_t *comm, uint32_t v)
{
    size_t nt = 0;
    next_stamp(w, l->n);
    for (uint32_t j = l->off[v]; j < l->off[v + 1]; j++) {
        uint32_t c = comm[l->nbr[j]];
        if (w->mark[c] != w->stamp) {
            w->mark[c] = w->stamp;
            w->acc[c] = 0;
            w->touched[nt++] = c;
        }
        w->acc[c] += l->wt[j];
    }
    return nt;
}

/* Local moving until no node gains by moving; returns the moves made. */
static size_t move_nodes(const level *l, work *w, uint32_t *comm, double gamma, double m2)
{
    size_t n = l->n, head = 0, len = n, moves = 0;
    shuffle(w, n);
    for (size_t i = 0; i < n; i++) {
        w->queue[i] = w->order[i];
        w->inq[i] = 1;
    }
    while (len) {
        uint32_t v = w->queue[head];
        head = head + 1 == n ? 0 : head + 1;
        len--;
        w->inq[v] = 0;
        uint32_t cv = comm[v];
        double kv = l->k[v], f = gamma * kv / m2;
        size_t nt = gather(l, w, comm, v);
        w->tot[cv] -= kv;
        uint32_t best = cv;
        double own = w->mark[cv] == w->stamp ? w->acc[cv] : 0;
        double best_gain = own - w->tot[cv] * f;
        for (size_t t = 0; t < nt; t++) {
            uint32_t c = w->touched[t];
            double gain = w->acc[c] - w->tot[c] * f;
            if (gain > best_gain + 1e-12 * (1 + kv)) {
                best_gain = gain;
                best = c;
            }
        }
        w->tot[best] += kv;
        if (best == cv)
            continue;
        comm[v] = best;
        moves++;
        for (uint32_t j = l->off[v]; j < l->off[v + 1]; j++) {
            uint32_t u = l->nbr[j];
            if (!w->inq[u] && comm[u] != best) {
                w->inq[u] = 1;
                size_t tail = head + len;
                w->queue[tail >= n ? tail - n : tail] = u;
                len++;
            }
        }
    }
    return moves;
}

/*
 * Leiden's refinement: every node starts alone in ref; in random order, a
 * node still alone and well connected to the rest of its community joins
 * the well-connected sub-community of the same community with the largest
 * gain, if that gain is not negative (greedy, where Leiden draws among the
 * non-negative gains at random). Returns the merges made.
 */
static size_t refine(const level *l, work *w, const uint32_t *comm, uint32_t *ref, double gamma,
                     double m2)
{
    size_t n = l->n, merges = 0;
    for (size_t v = 0; v < n; v++) {
        ref[v] = (uint32_t)v;
        w->rtot[v] = l->k[v];
        w->rsize[v] = 1;
        double in = 0;
        for (uint32_t j = l->off[v]; j < l->off[v + 1]; j++)
            if (comm[l->nbr[j]] == comm[v])
                in += l->wt[j];
        w->kin[v] = in;
        w->ein[v] = in;
    }
    shuffle(w, n);
    for (size_t i = 0; i < n; i++) {
        uint32_t v = w->order[i];
        if (w->rsize[ref[v]] != 1 || ref[v] != v)
            continue;
        uint32_t cv = comm[v];
        double kv = l->k[v], ctot = w->tot[cv];
        if (w->kin[v] < gamma * kv * (ctot - kv) / m2)
            continue;
        /* Weights towards the sub-communities of v's community. */
        size_t nt = 0;
        next_stamp(w, n);
        for (uint32_t j = l->off[v]; j < l->off[v + 1]; j++) {
            uint32_t u = l->nbr[j];
            if (comm[u] != cv)
                continue;
            uint32_t s = ref[u];
            if (w->mark[s] != w->stamp) {
                w->mark[s] = w->stamp;
                w->acc[s] = 0;
                w->touched[nt++] = s;
            }
            w->acc[s] += l->wt[j];
        }
        uint32_t best = v;
        double best_gain = 0, f = gamma * kv / m2;
        for (size_t t = 0; t < nt; t++) {
            uint32_t s = w->touched[t];
            double rt = w->rtot[s];
            if (w->ein[s] < gamma * rt * (ctot - rt) / m2)
                continue;
            double gain = w->acc[s] - rt * f;
            if (gain > best_gain + 1e-12 * (1 + kv) || (best == v && gain >= 0)) {
                best_gain = gain;
                best = s;
            }
        }
        if (best == v)
            continue;
        ref[v] = best;
        w->rtot[best] += kv;
        w->rsize[best]++;
        w->ein[best] += w->kin[v] - 2 * w->acc[best];
        merges++;
    }
    return merges;
}

/* Renumbers part[0..n) to 0..k-1 in order of first appearance; returns k. */
static size_t renumber(uint32_t *part, size_t n, uint32_t *map)
{
    memset(map, 0xff, n * sizeof *map);
    size_t k = 0;
    for (size_t v = 0; v < n; v++) {
        if (map[part[v]] == UINT32_MAX)
            map[part[v]] = (uint32_t)k++;
        part[v] = map[part[v]];
    }
    return k;
}

/* The graph of the k groups of part (0..k-1) into *out. false: no memory. */
static bool aggregate(const level *l, work *w, const uint32_t *part, size_t k, level *out)
{
    size_t n = l->n, m = l->off[n];
    *out = (level){ .n = k };
    uint32_t *start = fnr_calloc(k + 1, sizeof *start);
    uint32_t *members = fnr_malloc((n ? n : 1) * sizeof *members);
    out->off = fnr_malloc((k + 1) * sizeof *out->off);
    out->nbr = fnr_malloc((m ? m : 1) * sizeof *out->nbr);
    out->wt = fnr_malloc((m ? m : 1) * sizeof *out->wt);
    out->self = fnr_calloc(k ? k : 1, sizeof *out->self);
    out->k = fnr_calloc(k ? k : 1, sizeof *out->k);
    if (!start || !members || !out->off || !out->nbr || !out->wt || !out->self || !out->k) {
        fnr_free(start);
        fnr_free(members);
        level_destroy(out);
        return false;
    }
    for (size_t v = 0; v < n; v++)
        start[part[v] + 1]++;
    for (size_t c = 0; c < k; c++)
        start[c + 1] += start[c];
    for (size_t v = 0; v < n; v++)
        members[start[part[v]]++] = (uint32_t)v;
    for (size_t c = k; c > 0; c--)
        start[c] = start[c - 1];
    start[0] = 0;
    size_t e = 0;
    for (size_t c = 0; c < k; c++) {
        out->off[c] = (uint32_t)e;
        size_t nt = 0;
        next_stamp(w, n);
        for (uint32_t i = start[c]; i < start[c + 1]; i++) {
            uint32_t v = members[i];
            out->self[c] += l->self[v];
            out->k[c] += l->k[v];
            for (uint32_t j = l->off[v]; j < l->off[v + 1]; j++) {
                uint32_t d = part[l->nbr[j]];
                if (d == c) {
                    out->self[c] += l->wt[j];
                    continue;
                }
                if (w->mark[d] != w->stamp) {
                    w->mark[d] = w->stamp;
                    w->acc[d] = 0;
                    w->touched[nt++] = d;
                }
                w->acc[d] += l->wt[j];
            }
        }
        for (size_t t = 0; t < nt; t++) {
            out->nbr[e] = w->touched[t];
            out->wt[e++] = w->acc[w->touched[t]];
        }
    }
    out->off[k] = (uint32_t)e;
    fnr_free(start);
    fnr_free(members);
    return true;
}

fnr_status fnr__graph_communities(const fnr_graph *g, bool leiden, double gamma, uint64_t seed,
                                  uint32_t *memb, size_t *n_labels, double *modularity,
                                  fnr_error *err)
{
    size_t n = g->n_nodes, n1 = n ? n : 1;
    *n_labels = 0;
    *modularity = 0;
    work w = { .rng = seed ^ 0x6c6f757661696eull };
    level cur = { .n = n, .off = g->adj_off, .nbr = g->adj_v, .wt = g->adj_w, .borrowed = true };
    level next = { 0 };
    uint32_t *comm = fnr_malloc(n1 * sizeof *comm);
    uint32_t *ref = fnr_malloc(n1 * sizeof *ref);
    uint32_t *top = fnr_malloc(n1 * sizeof *top); /* vertex -> node of the current level */
    uint32_t *map = fnr_malloc(n1 * sizeof *map);
    double *ctot = NULL;
    w.acc = fnr_malloc(n1 * sizeof *w.acc);
    w.mark = fnr_calloc(n1, sizeof *w.mark);
    w.touched = fnr_malloc(n1 * sizeof *w.touched);
    w.queue = fnr_malloc(n1 * sizeof *w.queue);
    w.inq = fnr_malloc(n1);
    w.order = fnr_malloc(n1 * sizeof *w.order);
    w.tot = fnr_malloc(n1 * sizeof *w.tot);
    if (leiden) {
        w.rtot = fnr_malloc(n1 * sizeof *w.rtot);
        w.ein = fnr_malloc(n1 * sizeof *w.ein);
        w.kin = fnr_malloc(n1 * sizeof *w.kin);
        w.rsize = fnr_malloc(n1 * sizeof *w.rsize);
    }
    cur.self = fnr_calloc(n1, sizeof *cur.self);
    cur.k = fnr_calloc(n1, sizeof *cur.k);
    fnr_status st = FNR_OK;
    if (!comm || !ref || !top || !map || !w.acc || !w.mark || !w.touched || !w.queue || !w.inq ||
        !w.order || !w.tot || (leiden && (!w.rtot || !w.ein || !w.kin || !w.rsize)) || !cur.self ||
        !cur.k)
        goto nomem;
    double m2 = 0;
    for (size_t v = 0; v < n; v++) {
        for (uint32_t j = g->adj_off[v]; j < g->adj_off[v + 1]; j++)
            cur.k[v] += cur.wt[j];
        m2 += cur.k[v];
        comm[v] = (uint32_t)v;
        top[v] = (uint32_t)v;
    }
    if (n == 0 || !(m2 > 0))
        goto done;
    for (int lv = 0; lv < LEVELS_MAX; lv++) {
        for (size_t v = 0; v < cur.n; v++)
            w.tot[v] = 0;
        for (size_t v = 0; v < cur.n; v++)
            w.tot[comm[v]] += cur.k[v];
        move_nodes(&cur, &w, comm, gamma, m2);
        uint32_t *part = comm;
        if (leiden) {
            refine(&cur, &w, comm, ref, gamma, m2);
            part = ref;
        }
        size_t k = renumber(part, cur.n, map);
        if (k == cur.n)
            break;
        if (!aggregate(&cur, &w, part, k, &next))
            goto nomem;
        for (size_t v = 0; v < n; v++)
            top[v] = part[top[v]];
        /* The next level starts from the communities (Leiden: the unrefined
         * ones, each refined group inside its own) or from singletons. */
        if (leiden) {
            size_t kc = renumber(comm, cur.n, map);
            (void)kc;
            for (size_t v = 0; v < cur.n; v++)
                map[part[v]] = comm[v];
            for (size_t c = 0; c < k; c++)
                comm[c] = map[c];
        } else {
            for (size_t c = 0; c < k; c++)
                comm[c] = (uint32_t)c;
        }
        level_destroy(&cur);
        cur = next;
        next = (level){ 0 };
    }
done:
    for (size_t v = 0; v < n; v++)
        memb[v] = comm[top[v]];
    *n_labels = renumber(memb, n, map);
    /* Modularity of the result on the original graph. */
    ctot = fnr_calloc(*n_labels ? *n_labels : 1, sizeof *ctot);
    if (!ctot)
        goto nomem;
    if (m2 > 0) {
        double in = 0, sq = 0;
        for (size_t e = 0; e < g->n_edges; e++)
            if (memb[g->ea[e]] == memb[g->eb[e]])
                in += 2 * g->w[e];
        for (size_t v = 0; v < n; v++)
            ctot[memb[v]] += g->strength[v];
        for (size_t c = 0; c < *n_labels; c++)
            sq += (ctot[c] / m2) * (ctot[c] / m2);
        *modularity = in / m2 - gamma * sq;
    }
    goto out;
nomem:
    st = fnr_error_set(err, FNR_NOMEM, "out of memory");
out:
    level_destroy(&cur);
    level_destroy(&next);
    fnr_free(ctot);
    fnr_free(comm);
    fnr_free(ref);
    fnr_free(top);
    fnr_free(map);
    fnr_free(w.acc);
    fnr_free(w.mark);
    fnr_free(w.touched);
    fnr_free(w.queue);
    fnr_free(w.inq);
    fnr_free(w.order);
    fnr_free(w.tot);
    fnr_free(w.rtot);
    fnr_free(w.ein);
    fnr_free(w.kin);
    fnr_free(w.rsize);
    return st;
}
