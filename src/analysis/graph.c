/*
 * The graph of entities for one viewer: reads the evidence the store
 * streams (one summary per pair, kind and relation type), merges it into
 * one undirected edge per pair of entities, fetches the node rows, and
 * lays everything out in flat arrays (docs/internals/analysis.md): vertices
 * in entity-id order, edges in (a, b) order, a CSR adjacency for the
 * traversals of walk.c, and one string pool. The igraph form is made on
 * first use by ig.c. Also the small accessors every algorithm shares.
 */
#define _DEFAULT_SOURCE /* madvise */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "analysis/analysis_int.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/map.h"
#include "base/vec.h"
#include "kb/kb_int.h"

/* A piece of evidence summary as streamed; strings are pool offsets. */
typedef struct piece {
    int64_t a, b;
    double w;
    uint32_t n, first, last;
    uint8_t kind, rel;
} piece;

/* A relation piece, kept for the roles of its entities. */
typedef struct role_rec {
    int64_t a, b, role_of;
    uint32_t role; /* pool offset or 0 */
    uint32_t n;
    uint8_t rel;
} role_rec;

/* One merged edge, before the vertices are numbered. */
typedef struct medge {
    int64_t a, b;
    double w;
    uint32_t n_rel, n_ev, n_sen, first, last;
    uint8_t kinds, rels;
} medge;

struct fnr__graph_builder {
    struct timespec t0;
    fnr_vec pieces; /* piece */
    fnr_vec roles;  /* role_rec */
    fnr_map interned;
    fnr_buf strs; /* the pool; starts with one NUL */
    medge *edges; /* after merge, owned */
    size_t n_edges;
    int64_t *ids; /* after merge, owned */
    size_t n_ids;
    uint8_t *types; /* per ids[i] */
    uint32_t *name; /* pool offsets; 0 = no row */
    uint32_t *kind;
    size_t cursor; /* for node rows given in id order */
};

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

const char *fnr_edge_kind_name(fnr_edge_kind k)
{
    switch (k) {
    case FNR_EDGE_RELATION:
        return "relation";
    case FNR_EDGE_EVENT:
        return "event";
    case FNR_EDGE_COOCCUR:
        return "cooccur";
    default:
        return NULL;
    }
}

/* ---- the string pool ------------------------------------------------------------------ */

/* Offsets are uint32: the pool stops at 4 GiB (FNR_TOOBIG). */
#define POOL_MAX ((size_t)UINT32_MAX - 1)

static fnr_status pool_add(fnr_buf *pool, const char *s, size_t len, uint32_t *out)
{
    size_t off = pool->len;
    fnr_status rc = fnr_buf_append(pool, s, len);
    if (rc == FNR_OK)
        rc = fnr_buf_putc(pool, '\0');
    *out = (uint32_t)off;
    return rc;
}

/* The offset of s in the pool, added once; 0 for NULL. */
static fnr_status intern(fnr__graph_builder *b, const char *s, uint32_t *out)
{
    return fnr_map_intern(&b->interned, &b->strs, s, out);
}

static fnr_status oom(fnr_error *err, fnr_status rc)
{
    if (rc == FNR_TOOBIG)
        return fnr_error_set(err, rc, "the graph is too large (its names pass 4 GiB)");
    return fnr_error_set(err, FNR_NOMEM, "out of memory while building the graph");
}

/* ---- the builder ----------------------------------------------------------------------- */

fnr_status fnr__graph_builder_new(fnr__graph_builder **out, fnr_error *err)
{
    *out = NULL;
    fnr__graph_builder *b = fnr_calloc(1, sizeof *b);
    if (!b)
        return oom(err, FNR_NOMEM);
    clock_gettime(CLOCK_MONOTONIC, &b->t0);
    fnr_vec_init(&b->pieces, sizeof(piece));
    fnr_vec_init(&b->roles, sizeof(role_rec));
    fnr_map_init(&b->interned);
    fnr_buf_init(&b->strs, POOL_MAX);
    if (fnr_buf_putc(&b->strs, '\0') != FNR_OK) {
        fnr__graph_builder_free(b);
        return oom(err, FNR_NOMEM);
    }
    *out = b;
    return FNR_OK;
}

void fnr__graph_builder_free(fnr__graph_builder *b)
{
    if (!b)
        return;
    fnr_vec_destroy(&b->pieces);
    fnr_vec_destroy(&b->roles);
    fnr_map_destroy(&b->interned);
    fnr_buf_destroy(&b->strs);
    fnr_free(b->edges);
    fnr_free(b->ids);
    fnr_free(b->types);
    fnr_free(b->name);
    fnr_free(b->kind);
    fnr_free(b);
}

fnr_status fnr__graph_builder_edge(fnr__graph_builder *b, const fnr_store_graph_edge *e,
                                   fnr_error *err)
{
    if (e->a == e->b || e->a <= 0 || e->b <= 0)
        return FNR_OK;
    unsigned kind = (unsigned)e->kind;
    if (kind != FNR_EDGE_RELATION && kind != FNR_EDGE_EVENT && kind != FNR_EDGE_COOCCUR)
        return fnr_error_set(err, FNR_INVALID, "invalid edge kind %u", kind);
    piece p = {
        .a = e->a < e->b ? e->a : e->b,
        .b = e->a < e->b ? e->b : e->a,
        .w = e->weight,
        .n = e->n > 0 ? (uint32_t)(e->n > (long)UINT32_MAX ? UINT32_MAX : (uint32_t)e->n) : 0,
        .kind = (uint8_t)kind,
        .rel =
            (uint8_t)(kind == FNR_EDGE_RELATION && e->rel_type > 0 && e->rel_type < 8 ? e->rel_type
                                                                                      : 0),
    };
    fnr_status rc = intern(b, e->first, &p.first);
    if (rc == FNR_OK)
        rc = intern(b, e->last, &p.last);
    if (rc == FNR_OK)
        rc = fnr_vec_push(&b->pieces, &p);
    if (rc == FNR_OK && kind == FNR_EDGE_RELATION) {
        role_rec r = { .a = p.a, .b = p.b, .role_of = e->role_of, .n = p.n, .rel = p.rel };
        rc = intern(b, e->role, &r.role);
        if (rc == FNR_OK)
            rc = fnr_vec_push(&b->roles, &r);
    }
    return rc == FNR_OK ? FNR_OK : oom(err, rc);
}

static int cmp_piece(const void *x, const void *y)
{
    const piece *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    if (p->b != q->b)
        return p->b < q->b ? -1 : 1;
    return 0;
}

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* The earlier (want_min) or later of two pooled dates; 0 is unknown. */
static uint32_t date_pick(const char *pool, uint32_t cur, uint32_t d, bool want_min)
{
    if (!d)
        return cur;
    if (!cur)
        return d;
    int c = strcmp(pool + d, pool + cur);
    return (want_min ? c < 0 : c > 0) ? d : cur;
}

fnr_status fnr__graph_builder_merge(fnr__graph_builder *b, double min_weight, const int64_t **ids,
                                    size_t *n_ids, fnr_error *err)
{
    *ids = NULL;
    *n_ids = 0;
    size_t np = b->pieces.len;
    piece *p = b->pieces.data;
    if (np)
        qsort(p, np, sizeof *p, cmp_piece);
    /* Distinct pairs first, to size the edge array exactly. */
    size_t n_pairs = 0;
    for (size_t i = 0; i < np; i++)
        if (i == 0 || p[i].a != p[i - 1].a || p[i].b != p[i - 1].b)
            n_pairs++;
    fnr_free(b->edges);
    b->edges = n_pairs ? fnr_calloc(n_pairs, sizeof *b->edges) : NULL;
    if (n_pairs && !b->edges)
        return oom(err, FNR_NOMEM);
    const char *pool = b->strs.data;
    size_t ne = 0;
    for (size_t i = 0; i < np;) {
        medge m = { .a = p[i].a, .b = p[i].b };
        size_t j = i;
        for (; j < np && p[j].a == m.a && p[j].b == m.b; j++) {
            m.w += p[j].w;
            m.kinds |= p[j].kind;
            if (p[j].rel)
                m.rels |= (uint8_t)(1u << p[j].rel);
            uint32_t *cnt = p[j].kind == FNR_EDGE_RELATION ? &m.n_rel
                            : p[j].kind == FNR_EDGE_EVENT  ? &m.n_ev
                                                           : &m.n_sen;
            *cnt = UINT32_MAX - *cnt < p[j].n ? UINT32_MAX : *cnt + p[j].n;
            m.first = date_pick(pool, m.first, p[j].first, true);
            m.last = date_pick(pool, m.last, p[j].last, false);
        }
        i = j;
        if (min_weight > 0 && m.w < min_weight)
            continue;
        b->edges[ne++] = m;
    }
    b->n_edges = ne;
    fnr_vec_destroy(&b->pieces);
    fnr_vec_init(&b->pieces, sizeof(piece));

    /* The entity ids left, ascending and unique. */
    fnr_free(b->ids);
    b->ids = ne ? fnr_malloc(2 * ne * sizeof *b->ids) : NULL;
    if (ne && !b->ids)
        return oom(err, FNR_NOMEM);
    for (size_t i = 0; i < ne; i++) {
        b->ids[2 * i] = b->edges[i].a;
        b->ids[2 * i + 1] = b->edges[i].b;
    }
    size_t n = 2 * ne;
    if (n)
        qsort(b->ids, n, sizeof *b->ids, cmp_i64);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || b->ids[i] != b->ids[u - 1])
            b->ids[u++] = b->ids[i];
    b->n_ids = u;
    if (u > (size_t)UINT32_MAX - 1)
        return fnr_error_set(err, FNR_TOOBIG, "the graph is too large (%zu entities)", u);
    b->types = u ? fnr_calloc(u, 1) : NULL;
    b->name = u ? fnr_calloc(u, sizeof *b->name) : NULL;
    b->kind = u ? fnr_calloc(u, sizeof *b->kind) : NULL;
    if (u && (!b->types || !b->name || !b->kind))
        return oom(err, FNR_NOMEM);
    b->cursor = 0;
    *ids = b->ids;
    *n_ids = u;
    return FNR_OK;
}

static long find_id(const int64_t *ids, size_t n, int64_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo] == id ? (long)lo : -1;
}

fnr_status fnr__graph_builder_node(fnr__graph_builder *b, const fnr_store_graph_node *n,
                                   fnr_error *err)
{
    long i;
    if (b->cursor < b->n_ids && b->ids[b->cursor] == n->id)
        i = (long)b->cursor++;
    else if ((i = find_id(b->ids, b->n_ids, n->id)) < 0)
        return FNR_OK;
    b->types[i] = (uint8_t)n->type;
    char fallback[32];
    const char *name = n->name;
    if (!name || !*name) {
        snprintf(fallback, sizeof fallback, "e%" PRId64, n->id);
        name = fallback;
    }
    fnr_status rc = pool_add(&b->strs, name, strlen(name), &b->name[i]);
    if (rc == FNR_OK)
        rc = intern(b, n->kind && *n->kind ? n->kind : NULL, &b->kind[i]);
    return rc == FNR_OK ? FNR_OK : oom(err, rc);
}

/* One entity's claim to a role: a stated role, or else a relation label. */
typedef struct role_vote {
    uint32_t v;
    uint8_t is_label;
    uint32_t str;
    uint64_t n;
} role_vote;

static const char *vote_pool; /* for cmp_vote; set under roles() only */

static int cmp_vote(const void *x, const void *y)
{
    const role_vote *p = x, *q = y;
    if (p->v != q->v)
        return p->v < q->v ? -1 : 1;
    if (p->is_label != q->is_label)
        return p->is_label < q->is_label ? -1 : 1;
    if (p->str != q->str)
        return strcmp(vote_pool + p->str, vote_pool + q->str);
    return 0;
}

static pthread_mutex_t vote_mu = PTHREAD_MUTEX_INITIALIZER;

/* The role of each vertex: its most frequent stated role, else its most
 * frequent relation label; ties go to the smaller string. */
static fnr_status roles(fnr__graph_builder *b, fnr_graph *g, const uint32_t *vidx, fnr_error *err)
{
    size_t nr = b->roles.len;
    if (!nr)
        return FNR_OK;
    role_vote *votes = fnr_calloc(nr, sizeof *votes);
    if (!votes)
        return oom(err, FNR_NOMEM);
    size_t nv = 0;
    const role_rec *rr = b->roles.data;
    for (size_t i = 0; i < nr; i++) {
        long ia = find_id(b->ids, b->n_ids, rr[i].a), ib = find_id(b->ids, b->n_ids, rr[i].b);
        if (ia < 0 || ib < 0 || vidx[ia] == UINT32_MAX || vidx[ib] == UINT32_MAX)
            continue;
        uint32_t va = vidx[ia], vb = vidx[ib], who = UINT32_MAX;
        if (rr[i].role_of == rr[i].a)
            who = va;
        else if (rr[i].role_of == rr[i].b)
            who = vb;
        else if (rr[i].rel == FNR_REL_MEMBER_OF || rr[i].rel == FNR_REL_LEADER_OF ||
                 rr[i].rel == FNR_REL_LOCATED_IN) {
            /* Without role_of the relation's source is a guess: the one
             * person, else the one organisation. */
            int ta = g->vattr[va].type, tb = g->vattr[vb].type;
            if ((ta == FNR_ENTITY_PERSON) != (tb == FNR_ENTITY_PERSON))
                who = ta == FNR_ENTITY_PERSON ? va : vb;
            else if ((ta == FNR_ENTITY_ORGANIZATION) != (tb == FNR_ENTITY_ORGANIZATION))
                who = ta == FNR_ENTITY_ORGANIZATION ? va : vb;
        }
        if (who == UINT32_MAX)
            continue;
        uint32_t str = rr[i].role;
        uint8_t is_label = 0;
        if (!str) {
            const char *lbl = fnr_relation_type_name((fnr_relation_type)rr[i].rel);
            if (!lbl || rr[i].rel == FNR_REL_ASSOCIATED_WITH || rr[i].rel == FNR_REL_ALIAS_OF)
                continue;
            fnr_status rc = intern(b, lbl, &str);
            if (rc != FNR_OK) {
                fnr_free(votes);
                return oom(err, rc);
            }
            is_label = 1;
        }
        votes[nv++] = (role_vote){ .v = who, .is_label = is_label, .str = str, .n = rr[i].n };
    }
    /* The pool may have moved while interning labels. */
    pthread_mutex_lock(&vote_mu);
    vote_pool = b->strs.data;
    qsort(votes, nv, sizeof *votes, cmp_vote);
    vote_pool = NULL;
    pthread_mutex_unlock(&vote_mu);
    for (size_t i = 0; i < nv;) {
        uint32_t v = votes[i].v, best = 0;
        uint64_t best_n = 0;
        bool best_label = true;
        while (i < nv && votes[i].v == v) {
            size_t j = i;
            uint64_t n = 0;
            for (; j < nv && votes[j].v == v && votes[j].is_label == votes[i].is_label &&
                   votes[j].str == votes[i].str;
                 j++)
                n += votes[j].n ? votes[j].n : 1;
            bool label = votes[i].is_label;
            if (!best || (best_label && !label) || (best_label == label && n > best_n)) {
                best = votes[i].str;
                best_n = n;
                best_label = label;
            }
            i = j;
        }
        g->vattr[v].role = best;
    }
    fnr_free(votes);
    return FNR_OK;
}

static void graph_free_arrays(fnr_graph *g)
{
    void *arrays[] = { g->ids,   g->vattr,   g->strength, g->ea,    g->eb,   g->w,
                       g->eattr, g->adj_off, g->adj_v,    g->adj_e, g->adj_w };
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        fnr_free(arrays[i]);
    fnr__graph_strs_unref(g->strs_block);
}

graph_strs *fnr__graph_strs_ref(const fnr_graph *g)
{
    atomic_fetch_add_explicit(&g->strs_block->refs, 1, memory_order_relaxed);
    return g->strs_block;
}

void fnr__graph_strs_unref(graph_strs *s)
{
    if (s && atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1)
        fnr_free(s);
}

/* Frees a scratch buffer (NULL is fine). */
static void scratch_free(graph_scratch *s)
{
    if (!s)
        return;
    for (int k = 0; k < 2; k++)
        fnr_free(s->reached[k]);
    fnr_free(s->fresh);
    fnr_free(s->visit);
    fnr_free(s->blocked);
    fnr_free(s->res);
    fnr_vec_destroy(&s->meet);
    fnr_vec_destroy(&s->cone);
    fnr_vec_destroy(&s->pred);
    for (int k = 0; k < 2; k++)
        fnr_vec_destroy(&s->layer[k]);
    for (int k = 0; k < 2; k++)
        fnr_free(s->queue[k]);
    fnr_free(s);
}

void fnr_graph_free(fnr_graph *g)
{
    if (!g)
        return;
    if (g->lazy) {
        for (size_t i = 0; i < g->lazy->n_pool; i++)
            scratch_free(g->lazy->pool[i]);
        fnr__graph_ig_free(g->lazy);
        pthread_mutex_destroy(&g->lazy->mu);
        fnr_free(g->lazy);
    }
    graph_free_arrays(g);
    fnr_free(g);
}

static void make_labels(fnr_graph *g)
{
    for (unsigned mask = 0; mask < 32; mask++) {
        char *s = g->labels[mask];
        size_t len = 0;
        s[0] = '\0';
        for (int t = 1; t <= 5; t++) {
            if (!(mask & (1u << t)) || mask >= 32)
                continue;
            const char *name = fnr_relation_type_name((fnr_relation_type)t);
            if (!name)
                continue;
            int w = snprintf(s + len, sizeof g->labels[0] - len, "%s%s", len ? "," : "", name);
            if (w > 0 && (size_t)w < sizeof g->labels[0] - len)
                len += (size_t)w;
        }
    }
}

/*
 * Asks the kernel to back the 2 MiB-aligned part of a large array with huge
 * pages (transparent huge pages in "madvise" mode, as Debian sets them):
 * traversals read the adjacency and per-vertex arrays at random, and with
 * 4 KiB pages most of those reads also missed the TLB. Advice only: nothing
 * changes where it is refused. Called before the array is first written,
 * so the pages are faulted in huge.
 */
static void advise_huge(void *p, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t lo = ((uintptr_t)p + huge - 1) & ~(huge - 1),
              hi = ((uintptr_t)p + bytes) & ~(huge - 1);
    if (bytes >= 2 * huge && hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

#define ALLOC_N(p, n)                                                      \
    do {                                                                   \
        (p) = fnr_calloc((size_t)(n) > 0 ? (size_t)(n) : 1u, sizeof *(p)); \
        if (!(p))                                                          \
            goto nomem;                                                    \
        advise_huge((p), (size_t)(n) * sizeof *(p));                       \
    } while (0)

fnr_status fnr__graph_builder_finish(fnr__graph_builder *b, bool rows_required,
                                     unsigned entity_types, fnr_graph **out, fnr_error *err)
{
    *out = NULL;
    fnr_status rc = FNR_OK;
    uint32_t *vidx = NULL, *ends = NULL;
    fnr_graph *g = fnr_calloc(1, sizeof *g);
    if (!g)
        return oom(err, FNR_NOMEM);
    size_t nid = b->n_ids, ne = b->n_edges;
    if (ne > ((size_t)UINT32_MAX - 1) / 2) {
        fnr_free(g);
        return fnr_error_set(err, FNR_TOOBIG, "the graph is too large (%zu edges)", ne);
    }
    /* Which entities stay, and the edges between them. */
    ALLOC_N(vidx, nid);
    ALLOC_N(ends, 2 * ne);
    for (size_t i = 0; i < nid; i++) {
        bool keep = !rows_required || b->name[i] != 0;
        if (keep && entity_types) {
            int t = b->name[i] ? b->types[i] : FNR_ENTITY_PERSON;
            keep = t > 0 && t < 32 && (entity_types & (1u << t));
        }
        vidx[i] = keep ? 0 : UINT32_MAX; /* 0 = kept, not yet numbered */
    }
    size_t kept_e = 0;
    {
        size_t ia = 0;
        for (size_t i = 0; i < ne; i++) {
            while (b->ids[ia] < b->edges[i].a)
                ia++;
            long ib = find_id(b->ids, nid, b->edges[i].b);
            ends[2 * i] = (uint32_t)ia;
            ends[2 * i + 1] = (uint32_t)ib;
            if (vidx[ia] == UINT32_MAX || vidx[ib] == UINT32_MAX) {
                ends[2 * i] = UINT32_MAX;
                continue;
            }
            vidx[ia] |= 0x80000000u; /* has an edge */
            vidx[ib] |= 0x80000000u;
            kept_e++;
        }
    }
    size_t nv = 0;
    for (size_t i = 0; i < nid; i++)
        vidx[i] = vidx[i] == 0x80000000u ? (uint32_t)nv++ : UINT32_MAX;

    g->n_nodes = nv;
    g->n_edges = kept_e;
    ALLOC_N(g->ids, nv);
    ALLOC_N(g->vattr, nv);
    ALLOC_N(g->strength, nv);
    ALLOC_N(g->ea, kept_e);
    ALLOC_N(g->eb, kept_e);
    ALLOC_N(g->w, kept_e);
    ALLOC_N(g->eattr, kept_e);
    ALLOC_N(g->adj_off, nv + 1);
    ALLOC_N(g->adj_v, 2 * kept_e);
    ALLOC_N(g->adj_e, 2 * kept_e);
    ALLOC_N(g->adj_w, 2 * kept_e);

    for (size_t i = 0; i < nid; i++) {
        uint32_t v = vidx[i];
        if (v == UINT32_MAX)
            continue;
        g->ids[v] = b->ids[i];
        if (b->name[i]) {
            g->vattr[v].type = b->types[i];
            g->vattr[v].name = b->name[i];
            g->vattr[v].kind = b->kind[i];
        } else {
            char fallback[32];
            snprintf(fallback, sizeof fallback, "e%" PRId64, b->ids[i]);
            g->vattr[v].type = FNR_ENTITY_PERSON;
            rc = pool_add(&b->strs, fallback, strlen(fallback), &g->vattr[v].name);
            if (rc != FNR_OK)
                goto fail;
        }
    }
    const char *pool = NULL;
    size_t k = 0;
    for (size_t i = 0; i < ne; i++) {
        if (ends[2 * i] == UINT32_MAX)
            continue;
        const medge *m = &b->edges[i];
        uint32_t va = vidx[ends[2 * i]], vb = vidx[ends[2 * i + 1]];
        g->ea[k] = va;
        g->eb[k] = vb;
        g->w[k] = m->w;
        g->eattr[k] = (graph_eattr){ .n_rel = m->n_rel,
                                     .n_ev = m->n_ev,
                                     .n_sen = m->n_sen,
                                     .first = m->first,
                                     .last = m->last,
                                     .kinds = m->kinds,
                                     .rels = m->rels };
        g->adj_off[va + 1]++;
        g->adj_off[vb + 1]++;
        k++;
    }
    fnr_free(ends);
    ends = NULL;
    rc = roles(b, g, vidx, err);
    if (rc != FNR_OK)
        goto out;
    fnr_free(vidx);
    vidx = NULL;

    /* Adjacency: edges come in (a, b) order, so every list fills ascending
     * (smaller neighbours from earlier edges, then the vertex's own block). */
    for (size_t v = 0; v < nv; v++)
        g->adj_off[v + 1] += g->adj_off[v];
    {
        uint32_t *fill = NULL;
        ALLOC_N(fill, nv);
        memcpy(fill, g->adj_off, nv * sizeof *fill);
        for (uint32_t e = 0; e < kept_e; e++) {
            uint32_t a = g->ea[e], c = g->eb[e];
            g->adj_v[fill[a]] = c;
            g->adj_w[fill[a]] = g->w[e];
            g->adj_e[fill[a]++] = e;
            g->adj_v[fill[c]] = a;
            g->adj_w[fill[c]] = g->w[e];
            g->adj_e[fill[c]++] = e;
        }
        fnr_free(fill);
    }
    pool = b->strs.data;
    for (uint32_t e = 0; e < kept_e; e++) {
        uint32_t a = g->ea[e], c = g->eb[e];
        g->strength[a] += g->w[e];
        g->strength[c] += g->w[e];
        graph_vattr *va = &g->vattr[a], *vc = &g->vattr[c];
        const graph_eattr *ex = &g->eattr[e];
        va->first = date_pick(pool, va->first, ex->first, true);
        vc->first = date_pick(pool, vc->first, ex->first, true);
        va->last = date_pick(pool, va->last, ex->last, false);
        vc->last = date_pick(pool, vc->last, ex->last, false);
    }
    for (size_t v = 0; v < nv; v++) {
        g->vattr[v].id = g->ids[v];
        g->vattr[v].strength = g->strength[v];
        g->vattr[v].degree = g->adj_off[v + 1] - g->adj_off[v];
    }
    make_labels(g);
    g->lazy = fnr_calloc(1, sizeof *g->lazy);
    if (!g->lazy)
        goto nomem;
    pthread_mutex_init(&g->lazy->mu, NULL);
    g->strs_len = b->strs.len;
    g->strs_block = fnr_malloc(sizeof *g->strs_block + g->strs_len);
    if (!g->strs_block)
        goto nomem;
    atomic_init(&g->strs_block->refs, 1);
    memcpy(g->strs_block->labels, g->labels, sizeof g->labels);
    memcpy(g->strs_block->data, b->strs.data, g->strs_len);
    g->strs = g->strs_block->data;
    fnr_buf_destroy(&b->strs);
    fnr_buf_init(&b->strs, POOL_MAX);
    g->build_seconds = seconds_since(&b->t0);
    *out = g;
    return FNR_OK;

nomem:
    rc = FNR_NOMEM;
fail:
    rc = oom(err, rc);
out:
    fnr_free(vidx);
    fnr_free(ends);
    fnr_graph_free(g);
    return rc;
}

fnr_status fnr__graph_from_edges(const fnr_store_graph_edge *edges, size_t n_edges,
                                 const fnr_store_graph_node *nodes, size_t n_nodes,
                                 const fnr_graph_filter *f, fnr_graph **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    unsigned kinds = f && f->kinds ? f->kinds : FNR_EDGE_ALL;
    fnr__graph_builder *b = NULL;
    fnr_status rc = fnr__graph_builder_new(&b, err);
    for (size_t i = 0; rc == FNR_OK && i < n_edges; i++)
        if ((unsigned)edges[i].kind & kinds)
            rc = fnr__graph_builder_edge(b, &edges[i], err);
    const int64_t *ids = NULL;
    size_t n_ids = 0;
    if (rc == FNR_OK)
        rc = fnr__graph_builder_merge(b, f ? f->min_weight : 0, &ids, &n_ids, err);
    for (size_t i = 0; rc == FNR_OK && i < n_nodes; i++)
        rc = fnr__graph_builder_node(b, &nodes[i], err);
    if (rc == FNR_OK)
        rc = fnr__graph_builder_finish(b, false, f ? f->entity_types : 0, out, err);
    fnr__graph_builder_free(b);
    return rc;
}

/* ---- from the store --------------------------------------------------------------------- */

typedef struct build_ctx {
    fnr__graph_builder *b;
    fnr_error err;
    fnr_status rc;
} build_ctx;

static int on_edge(void *ctx, const fnr_store_graph_edge *e)
{
    build_ctx *c = ctx;
    c->rc = fnr__graph_builder_edge(c->b, e, &c->err);
    return c->rc != FNR_OK;
}

static int on_node(void *ctx, const fnr_store_graph_node *n)
{
    build_ctx *c = ctx;
    c->rc = fnr__graph_builder_node(c->b, n, &c->err);
    return c->rc != FNR_OK;
}

/* The filter in words, for the audit log. */
static void filter_words(const fnr_graph_filter *f, const fnr_graph *g, char *buf, size_t len)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_buf_puts(&b, "graph");
    if (f && f->purpose && *f->purpose)
        fnr_buf_printf(&b, " %s", f->purpose);
    if (f && f->kinds && f->kinds != FNR_EDGE_ALL) {
        fnr_buf_puts(&b, "; kinds ");
        const char *sep = "";
        for (unsigned k = 1; k <= 4; k <<= 1)
            if (f->kinds & k) {
                fnr_buf_printf(&b, "%s%s", sep, fnr_edge_kind_name((fnr_edge_kind)k));
                sep = ",";
            }
    }
    if (f && f->entity_types) {
        fnr_buf_puts(&b, "; types ");
        const char *sep = "";
        for (int t = 1; t < 8; t++)
            if (f->entity_types & (1u << t)) {
                const char *n = fnr_entity_type_name((fnr_entity_type)t);
                fnr_buf_printf(&b, "%s%s", sep, n ? n : "?");
                sep = ",";
            }
    }
    if (f && f->since && *f->since)
        fnr_buf_printf(&b, "; since %s", f->since);
    if (f && f->until && *f->until)
        fnr_buf_printf(&b, "; until %s", f->until);
    if (f && f->min_weight > 0)
        fnr_buf_printf(&b, "; min weight %g", f->min_weight);
    if (g)
        fnr_buf_printf(&b, "; %zu nodes, %zu edges", g->n_nodes, g->n_edges);
    snprintf(buf, len, "%s", b.data ? b.data : "graph");
    fnr_buf_destroy(&b);
}

fnr_status fnr_graph_build(fnr_kb *kb, const fnr_viewer *v, const fnr_graph_filter *f,
                           fnr_graph **out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!out)
        return fnr_error_set(err, FNR_INVALID, "no place for the graph given");
    *out = NULL;
    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (f && (f->kinds & ~(unsigned)FNR_EDGE_ALL))
        return fnr_error_set(err, FNR_INVALID, "invalid edge kinds %u", f->kinds);
    if (f && f->since && *f->since && !fnr__kb_date_valid(f->since))
        return fnr_error_set(err, FNR_INVALID, "invalid date \"%s\"", f->since);
    if (f && f->until && *f->until && !fnr__kb_date_valid(f->until))
        return fnr_error_set(err, FNR_INVALID, "invalid date \"%s\"", f->until);
    if (f && !(f->min_weight >= 0))
        return fnr_error_set(err, FNR_INVALID, "the minimum weight must be 0 or more");

    build_ctx c = { .rc = FNR_OK };
    fnr_error_clear(&c.err);
    fnr_graph *g = NULL;
    fnr_status rc = fnr__graph_builder_new(&c.b, err);
    if (rc != FNR_OK)
        return rc;
    rc = kb->store->m->graph_edges(kb->store, v, f, on_edge, &c, err);
    if (c.rc != FNR_OK) {
        rc = c.rc;
        if (err)
            *err = c.err;
    }
    const int64_t *ids = NULL;
    size_t n_ids = 0;
    if (rc == FNR_OK)
        rc = fnr__graph_builder_merge(c.b, f ? f->min_weight : 0, &ids, &n_ids, err);
    if (rc == FNR_OK && n_ids) {
        rc = kb->store->m->graph_nodes(kb->store, v, ids, n_ids, on_node, &c, err);
        if (c.rc != FNR_OK) {
            rc = c.rc;
            if (err)
                *err = c.err;
        }
    }
    if (rc == FNR_OK)
        rc = fnr__graph_builder_finish(c.b, true, f ? f->entity_types : 0, &g, err);
    fnr__graph_builder_free(c.b);
    if (rc != FNR_OK)
        return rc;

    char what[512];
    filter_words(f, g, what, sizeof what);
    rc = fnr__kb_audit(kb, v, "read", what, (long)g->n_edges, NULL, 0, err);
    if (rc != FNR_OK) {
        fnr_graph_free(g);
        return rc;
    }
    *out = g;
    return FNR_OK;
}

/* ---- accessors --------------------------------------------------------------------------- */

long fnr__graph_vertex(const fnr_graph *g, int64_t id)
{
    if (!g || !g->n_nodes || id < g->ids[0] || id > g->ids[g->n_nodes - 1])
        return -1;
    /* Entity ids are increasing integers, mostly evenly spread: guess the
     * place by interpolation and search outwards from it, doubling the
     * step, so a lookup reads a few lines instead of a binary search's
     * seventeen at 100,000 vertices. */
    const int64_t *ids = g->ids;
    size_t n = g->n_nodes, lo = 0, hi = n;
    double span = (double)ids[n - 1] - (double)ids[0];
    double guess = span > 0 ? ((double)id - (double)ids[0]) / span * (double)(n - 1) : 0;
    size_t at = guess > 0 ? (size_t)guess : 0, step = 1;
    if (at >= n)
        at = n - 1;
    if (ids[at] < id) {
        /* The vertex is at lo or after. */
        lo = at + 1;
        while (lo + step < n && ids[lo + step] < id) {
            lo += step + 1;
            step *= 2;
        }
        hi = lo + step < n ? lo + step + 1 : n;
    } else {
        /* The vertex is before hi. */
        hi = at + 1;
        while (hi > step && ids[hi - 1 - step] >= id) {
            hi -= step;
            step *= 2;
        }
        lo = hi > step ? hi - step : 0;
    }
    long v = find_id(ids + lo, hi - lo, id);
    return v < 0 ? -1 : (long)lo + v;
}

static const char *copy(fnr_arena *ar, const char *s, bool *ok)
{
    if (!ar || !s)
        return s;
    const char *c = fnr_arena_strndup(ar, s, strlen(s));
    if (!c)
        *ok = false;
    return c;
}

bool fnr__graph_node_fill(const fnr_graph *g, uint32_t v, fnr_arena *ar, fnr_graph_node *out)
{
    bool ok = true;
    const graph_vattr *x = &g->vattr[v];
    *out = (fnr_graph_node){
        .id = x->id,
        .type = (fnr_entity_type)x->type,
        .name = copy(ar, fnr__graph_str(g, x->name), &ok),
        .kind = copy(ar, fnr__graph_str(g, x->kind), &ok),
        .first_seen = copy(ar, fnr__graph_str(g, x->first), &ok),
        .last_seen = copy(ar, fnr__graph_str(g, x->last), &ok),
        .degree = (long)x->degree,
        .strength = x->strength,
    };
    return ok;
}

bool fnr__graph_edge_fill_at(const fnr_graph *g, uint32_t e, uint32_t u, uint32_t v, double w,
                             fnr_arena *ar, fnr_graph_edge *out)
{
    bool ok = true;
    const graph_eattr *x = &g->eattr[e];
    /* The ends' ids from their row records: a row reads its node's anyway. */
    *out = (fnr_graph_edge){
        .a = g->vattr[u].id,
        .b = g->vattr[v].id,
        .kinds = x->kinds,
        .weight = w,
        .relations = (long)x->n_rel,
        .events = (long)x->n_ev,
        .sentences = (long)x->n_sen,
        .labels = x->rels ? copy(ar, g->labels[x->rels & 31], &ok) : NULL,
        .first_seen = copy(ar, fnr__graph_str(g, x->first), &ok),
        .last_seen = copy(ar, fnr__graph_str(g, x->last), &ok),
    };
    out->evidence = out->relations + out->events + out->sentences;
    return ok;
}

bool fnr__graph_edge_fill(const fnr_graph *g, uint32_t e, fnr_arena *ar, fnr_graph_edge *out)
{
    return fnr__graph_edge_fill_at(g, e, g->ea[e], g->eb[e], g->w[e], ar, out);
}

long fnr__graph_edge_between(const fnr_graph *g, uint32_t u, uint32_t v)
{
    size_t lo = g->adj_off[u], hi = g->adj_off[u + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->adj_v[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->adj_off[u + 1] && g->adj_v[lo] == v ? (long)g->adj_e[lo] : -1;
}

const fnr_graph_node *fnr_graph_node_get(const fnr_graph *g, int64_t id)
{
    /* A borrowed row: kept in a per-thread slot, valid until the next call. */
    static _Thread_local fnr_graph_node row;
    long v = fnr__graph_vertex(g, id);
    if (v < 0)
        return NULL;
    fnr__graph_node_fill(g, (uint32_t)v, NULL, &row);
    return &row;
}

fnr_status fnr_graph_find(fnr_kb *kb, const fnr_viewer *v, const fnr_graph *g,
                          const char *name_or_id, int64_t *out_id, fnr_error *err)
{
    fnr_error_clear(err);
    *out_id = 0;
    if (!kb || !kb->store || !g || !name_or_id)
        return fnr_error_set(err, FNR_INVALID, "no graph or name given");
    int64_t id = 0;
    fnr_status rc = kb->store->m->entity_resolve(kb->store, v, name_or_id, &id, err);
    if (rc != FNR_OK)
        return rc;
    if (fnr__graph_vertex(g, id) < 0) {
        fnr_error_set(err, FNR_NOTFOUND, "\"%s\" has no link in this graph", name_or_id);
        fnr_error_detail(err,
                         "Entity e%" PRId64 " is known, but no evidence you may see ties it "
                         "to another entity under these filters.",
                         id);
        fnr_error_hint(err, "Widen the filters (--kinds, --since, --until, --types, "
                            "--min-weight).");
        return FNR_NOTFOUND;
    }
    *out_id = id;
    return FNR_OK;
}

/* ---- scratch buffers ---------------------------------------------------------------------- */

static graph_scratch *scratch_new(size_t n)
{
    graph_scratch *s = fnr_calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->n = n;
    fnr_vec_init(&s->meet, 3 * sizeof(uint32_t));
    fnr_vec_init(&s->cone, sizeof(uint32_t));
    fnr_vec_init(&s->pred, 3 * sizeof(uint32_t));
    for (int k = 0; k < 2; k++)
        fnr_vec_init(&s->layer[k], sizeof(size_t));
    size_t m = n ? n : 1;
    size_t words = (m + 63) / 64;
    bool ok = (s->fresh = fnr_calloc(words, sizeof(uint64_t))) &&
              (s->visit = fnr_malloc(m * sizeof(graph_visit))) &&
              (s->blocked = fnr_calloc(m, sizeof(uint32_t))) &&
              (s->res = fnr_calloc((m + 31) / 32, sizeof(uint64_t)));
    for (int k = 0; k < 2; k++) {
        ok = ok && (s->reached[k] = fnr_calloc(words, sizeof(uint64_t)));
        ok = ok && (s->queue[k] = fnr_malloc(m * sizeof(uint32_t)));
    }
    if (!ok) {
        scratch_free(s);
        return NULL;
    }
    advise_huge(s->visit, m * sizeof(graph_visit));
    advise_huge(s->blocked, m * sizeof(uint32_t));
    for (int k = 0; k < 2; k++)
        advise_huge(s->queue[k], m * sizeof(uint32_t));
    return s;
}

graph_scratch *fnr__graph_scratch_get(const fnr_graph *g)
{
    graph_scratch *s = NULL;
    pthread_mutex_lock(&g->lazy->mu);
    if (g->lazy->n_pool)
        s = g->lazy->pool[--g->lazy->n_pool];
    pthread_mutex_unlock(&g->lazy->mu);
    if (!s)
        s = scratch_new(g->n_nodes);
    if (s)
        fnr__graph_scratch_next(s);
    return s;
}

void fnr__graph_scratch_put(const fnr_graph *g, graph_scratch *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&g->lazy->mu);
    bool kept = g->lazy->n_pool < sizeof g->lazy->pool / sizeof g->lazy->pool[0];
    if (kept)
        g->lazy->pool[g->lazy->n_pool++] = s;
    pthread_mutex_unlock(&g->lazy->mu);
    if (!kept)
        scratch_free(s);
}

void fnr__graph_scratch_next(graph_scratch *s)
{
    for (int k = 0; k < 2; k++) {
        /* Every bit set is a vertex of the queue, so the words that hold
         * one are zeroed whole, without reading them first; the layer
         * residues of a path search likewise. */
        uint64_t *bits = s->reached[k];
        const uint32_t *q = s->queue[k];
        if (s->res_dirty)
            for (size_t i = 0, n = s->used[k]; i < n; i++)
                bits[q[i] >> 6] = s->res[q[i] >> 5] = 0;
        else
            for (size_t i = 0, n = s->used[k]; i < n; i++)
                bits[q[i] >> 6] = 0;
        s->used[k] = 0;
    }
    s->any_blocked = false;
    s->res_dirty = false;
    if (++s->epoch == 0) {
        memset(s->blocked, 0, (s->n ? s->n : 1) * sizeof(uint32_t));
        s->epoch = 1;
    }
}

/* ---- size ------------------------------------------------------------------------------------ */

size_t fnr__graph_bytes(const fnr_graph *g)
{
    size_t n = g->n_nodes, e = g->n_edges;
    size_t bytes = sizeof *g + sizeof *g->lazy + sizeof(graph_strs) + g->strs_len;
    bytes += n * (sizeof(int64_t) + sizeof(graph_vattr) + sizeof(double));
    bytes += e * (2 * sizeof(uint32_t) + sizeof(double) + sizeof(graph_eattr));
    bytes += (n + 1) * sizeof(uint32_t) + 2 * e * (2 * sizeof(uint32_t) + sizeof(double));
    pthread_mutex_lock(&g->lazy->mu);
    bytes += g->lazy->n_pool *
             (n * (3 * sizeof(uint32_t) + sizeof(graph_visit)) + 3 * (n + 63) / 8 + (n + 31) / 4);
    bytes += g->lazy->ig_bytes;
    pthread_mutex_unlock(&g->lazy->mu);
    return bytes;
}

void fnr_graph_info_get(const fnr_graph *g, fnr_graph_info *out)
{
    *out = (fnr_graph_info){ 0 };
    if (!g)
        return;
    out->nodes = g->n_nodes;
    out->edges = g->n_edges;
    out->bytes = fnr__graph_bytes(g);
    out->build_seconds = g->build_seconds;
}
