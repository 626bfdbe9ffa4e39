/*
 * Private header of the analysis module: the in-memory graph (struct
 * fnr_graph), its builder, the per-query scratch buffers, and the entry
 * points the files of src/analysis/ share. It does not include igraph:
 * unit tests and the benchmark include it to build graphs from arrays
 * (fnr__graph_from_edges) without a store. docs/internals/analysis.md
 * explains the layout.
 */
#ifndef FNR_ANALYSIS_ANALYSIS_INT_H
#define FNR_ANALYSIS_ANALYSIS_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/vec.h"
#include "fener/analysis.h"
#include "store/store.h"

/* What a traversal knows of a vertex it reached (from the side that reached
 * it: the two sides of a path search never reach the same vertex, the first
 * to get there claims it and the other meets it), 16 bytes so that a vertex
 * reached costs one cache line. */
typedef struct graph_visit {
    double best;    /* heaviest weight of a fewest-hop path from the source */
    uint32_t via;   /* previous vertex towards the source */
    uint32_t via_j; /* position of the edge to it in the adjacency (adj_e[via_j]) */
} graph_visit;

/*
 * Scratch of one traversal. Which vertices a side has reached is one bit per
 * vertex (`reached`, and `fresh` for the layer being built), so the test
 * made for every edge scanned reads a bitmap that stays in the first-level
 * cache (12.5 KB per 100,000 vertices) instead of a 4-byte stamp per
 * vertex. The queues list every vertex a traversal reached, so the next
 * traversal (fnr__graph_scratch_next) zeroes just the words that hold their
 * bits (every bit set is a queued vertex). The two sides
 * of a path search never reach the same vertex (the second meets it), so
 * they share `visit`.
 */
typedef struct graph_scratch {
    uint64_t *reached[2]; /* bit v: side k reached v */
    uint64_t *fresh;      /* bit v: on the layer being built; path: in the cone */
    graph_visit *visit;   /* valid where a reached bit is set */
    uint32_t *queue[2];   /* per side: the vertices reached, layer by layer */
    size_t used[2];       /* entries of queue[k] this traversal */
    uint32_t epoch;       /* of blocked */
    uint32_t *blocked;    /* == epoch: vertex left out (k shortest paths) */
    bool any_blocked;     /* some vertex is, this epoch */
    uint64_t *res;        /* path search: 2 bits per vertex, its layer's number modulo 3 */
    bool res_dirty;       /* res has fields set (a path search ran) */
    fnr_vec meet;         /* path search: links between the two sides (walk.c) */
    fnr_vec cone;         /* path search: vertices whose heaviest route is needed */
    size_t cone_k[2];     /* where each side's part of cone starts */
    fnr_vec pred;         /* path search: links towards a source */
    fnr_vec layer[2];     /* path search: where each layer starts in queue[k] */
    size_t n;             /* vertices */
} graph_scratch;

static inline bool fnr__bit_get(const uint64_t *b, uint32_t i)
{
    return (b[i >> 6] >> (i & 63)) & 1;
}

static inline void fnr__bit_set(uint64_t *b, uint32_t i)
{
    b[i >> 6] |= (uint64_t)1 << (i & 63);
}

static inline void fnr__bit_clear(uint64_t *b, uint32_t i)
{
    b[i >> 6] &= ~((uint64_t)1 << (i & 63));
}

/* The 2-bit field of vertex i in a residue array (32 to a word), set on a
 * zeroed field. */
static inline uint64_t fnr__res_get(const uint64_t *r, uint32_t i)
{
    return (r[i >> 5] >> ((i & 31) * 2)) & 3;
}

static inline void fnr__res_set(uint64_t *r, uint32_t i, uint64_t v)
{
    r[i >> 5] |= v << ((i & 31) * 2);
}

/* The graph's strings (pool and relation label lists) in one block that
 * neighbour and path results share instead of copying their strings: it is
 * freed with the last of the graph and those results. */
typedef struct graph_strs {
    atomic_size_t refs;
    char labels[32][64]; /* as fnr_graph.labels */
    char data[];         /* the pool: fnr_graph.strs */
} graph_strs;

/* State that changes behind a const fnr_graph: scratch buffers and the
 * igraph form, built on first use. */
typedef struct graph_lazy {
    pthread_mutex_t mu;     /* guards pool */
    graph_scratch *pool[4]; /* free scratch buffers, owned */
    size_t n_pool;
    void *ig;        /* igraph_t *, owned; built under the igraph lock */
    size_t ig_bytes; /* its estimated size */
} graph_lazy;

/* Everything a node row reads, together (48 bytes): rows are filled many
 * times a second (neighbours, paths) at scattered vertices, and each
 * separate array was one more cache miss per row. id and strength repeat
 * fnr_graph.ids and .strength, degree the adjacency's offsets. */
typedef struct graph_vattr {
    int64_t id;           /* entity id, as ids[v] */
    double strength;      /* as strength[v] */
    uint32_t name, kind;  /* pool offsets; name is never 0 */
    uint32_t role;        /* the role its relations give it, or 0 */
    uint32_t first, last; /* dates of its evidence */
    uint32_t degree;      /* adj_off[v + 1] - adj_off[v] */
    uint8_t type;         /* fnr_entity_type */
} graph_vattr;

/* What an edge row reads besides its ends and weight, together (24 bytes). */
typedef struct graph_eattr {
    uint32_t n_rel, n_ev, n_sen; /* pieces of evidence per kind */
    uint32_t first, last;        /* date offsets */
    uint8_t kinds;               /* fnr_edge_kind mask */
    uint8_t rels;                /* mask of 1 << fnr_relation_type */
} graph_eattr;

struct fnr_graph {
    size_t n_nodes, n_edges;

    /* Vertices, by entity id ascending: vertex i is entity ids[i]. */
    int64_t *ids;
    graph_vattr *vattr;
    double *strength;

    /* Edges, by (a, b) ascending; ea[i] < eb[i] are vertex indices. */
    uint32_t *ea, *eb;
    double *w;
    graph_eattr *eattr;

    /* Adjacency (CSR): the neighbours of v are adj_v[adj_off[v] ..
     * adj_off[v + 1]), ascending, with the edges in adj_e and their weights
     * in adj_w (a copy of w in adjacency order, so traversals read weights
     * beside the neighbours instead of one cache miss per edge). */
    uint32_t *adj_off, *adj_v, *adj_e;
    double *adj_w;

    char *strs;             /* string pool, strs_block->data; strs[0] = "" */
    graph_strs *strs_block; /* one reference, the graph's */
    size_t strs_len;
    char labels[32][64]; /* relation label lists by rels mask ("member_of,leader_of") */

    double build_seconds;
    graph_lazy *lazy; /* owned */
};

/* ---- building (graph.c) ------------------------------------------------------------ */

typedef struct fnr__graph_builder fnr__graph_builder;

fnr_status fnr__graph_builder_new(fnr__graph_builder **out, fnr_error *err);
void fnr__graph_builder_free(fnr__graph_builder *b); /* NULL is fine */

/* Adds one piece of evidence summary (as the store streams them; any order;
 * a > b is swapped, a == b ignored). */
fnr_status fnr__graph_builder_edge(fnr__graph_builder *b, const fnr_store_graph_edge *e,
                                   fnr_error *err);

/* Merges the pieces per unordered pair and drops edges lighter than
 * min_weight. *ids (borrowed from b) are the entity ids left, ascending. */
fnr_status fnr__graph_builder_merge(fnr__graph_builder *b, double min_weight, const int64_t **ids,
                                    size_t *n_ids, fnr_error *err);

/* The row of one entity of *ids (after merge). */
fnr_status fnr__graph_builder_node(fnr__graph_builder *b, const fnr_store_graph_node *n,
                                   fnr_error *err);

/*
 * Makes the graph. With rows_required, entities that got no row are left
 * out with their edges (the viewer may not see them); else they are named
 * "e<id>" and typed person. entity_types (mask of 1 << type, 0 = all)
 * leaves out the others. Vertices left without an edge are dropped.
 */
fnr_status fnr__graph_builder_finish(fnr__graph_builder *b, bool rows_required,
                                     unsigned entity_types, fnr_graph **out, fnr_error *err);

/*
 * A graph from arrays, without a store (tests, benchmarks): edges as the
 * store would stream them, nodes (may be NULL) their rows. f's kinds,
 * entity_types and min_weight apply (not its dates).
 */
fnr_status fnr__graph_from_edges(const fnr_store_graph_edge *edges, size_t n_edges,
                                 const fnr_store_graph_node *nodes, size_t n_nodes,
                                 const fnr_graph_filter *f, fnr_graph **out, fnr_error *err);

/* The vertex of entity id, or -1. */
long fnr__graph_vertex(const fnr_graph *g, int64_t id);

/* A string of the pool (NULL for offset 0). */
static inline const char *fnr__graph_str(const fnr_graph *g, uint32_t off)
{
    return off ? g->strs + off : NULL;
}

/* Asks for the cache lines that filling the rows of vertex v and edge e
 * (UINT32_MAX: none) reads, ahead of fnr__graph_node_fill / _edge_fill. */
static inline void fnr__graph_row_prefetch(const fnr_graph *g, uint32_t v, uint32_t e)
{
    __builtin_prefetch(&g->vattr[v]);
    __builtin_prefetch((const char *)&g->vattr[v + 1] - 1);
    if (e == UINT32_MAX)
        return;
    __builtin_prefetch(&g->eattr[e]);
    __builtin_prefetch((const char *)&g->eattr[e + 1] - 1);
}

/* Fills a node row of vertex v; strings copied into ar (NULL: borrowed from
 * g). false when out of memory. */
bool fnr__graph_node_fill(const fnr_graph *g, uint32_t v, fnr_arena *ar, fnr_graph_node *out);
/* Fills an edge row of edge e likewise. */
bool fnr__graph_edge_fill(const fnr_graph *g, uint32_t e, fnr_arena *ar, fnr_graph_edge *out);
/* The same when the caller knows e's ends u < v and weight w (a traversal
 * does: it saves the misses on ea, eb and w). */
bool fnr__graph_edge_fill_at(const fnr_graph *g, uint32_t e, uint32_t u, uint32_t v, double w,
                             fnr_arena *ar, fnr_graph_edge *out);

/* The edge between vertices u and v, or -1 (binary search in u's list). */
long fnr__graph_edge_between(const fnr_graph *g, uint32_t u, uint32_t v);

/* A scratch buffer for one traversal (from the pool or new); NULL when out
 * of memory. Give it back with _put. The epoch is advanced for the caller. */
graph_scratch *fnr__graph_scratch_get(const fnr_graph *g);
void fnr__graph_scratch_put(const fnr_graph *g, graph_scratch *s);
/* Starts a new traversal on s: clears the bits the last one set, advances
 * the epoch of blocked (clearing it on wrap-around). */
void fnr__graph_scratch_next(graph_scratch *s);

/* Takes a reference to g's strings (valid after the graph is freed) and
 * gives it back; _unref accepts NULL. */
graph_strs *fnr__graph_strs_ref(const fnr_graph *g);
void fnr__graph_strs_unref(graph_strs *s);

/* Bytes the graph holds, ours and igraph's. */
size_t fnr__graph_bytes(const fnr_graph *g);

/* Frees the igraph form (ig.c; called by fnr_graph_free). */
void fnr__graph_ig_free(graph_lazy *lz);

/* ---- igraph (ig.c) ---------------------------------------------------------------- */

/* Makes an igraph call fail on purpose (an odd edge vector) and returns the
 * mapped status: tests check that igraph errors come back as fnr_status. */
fnr_status fnr__igraph_probe(fnr_error *err);

/* PageRank of every vertex into out[n_nodes]: ours (what fnr_graph_central
 * uses) or igraph's PRPACK, so tests can compare the two. */
fnr_status fnr__graph_pagerank(const fnr_graph *g, bool with_igraph, double *out, fnr_error *err);

/* ---- cells (community.c, cells.c) ------------------------------------------------ */

/*
 * Communities by modularity with resolution gamma, our own Leiden (leiden)
 * or Louvain: memb[n_nodes] gets labels 0..*n_labels-1 in order of first
 * appearance, *modularity the partition's modularity. Deterministic for a
 * seed. FNR_NOMEM only.
 */
fnr_status fnr__graph_communities(const fnr_graph *g, bool leiden, double gamma, uint64_t seed,
                                  uint32_t *memb, size_t *n_labels, double *modularity,
                                  fnr_error *err);
/* The same by igraph's Leiden or multilevel, for the tests to compare. */
fnr_status fnr__graph_communities_igraph(const fnr_graph *g, bool leiden, double gamma,
                                         uint64_t seed, uint32_t *memb, size_t *n_labels,
                                         double *modularity, fnr_error *err);

/* ---- seeded randomness shared by the algorithms ----------------------------------- */

static inline uint64_t fnr__splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

#endif
