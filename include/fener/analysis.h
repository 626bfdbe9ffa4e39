/*
 * fener link analysis: the knowledge base as a graph of entities, built for
 * one viewer from the evidence it may see, and the questions analysts ask
 * of it (neighbourhoods, paths with their evidence, key figures, cells,
 * components, brokers), with igraph doing the algorithms.
 *
 *     fnr_graph *g = NULL;
 *     fnr_graph_build(kb, viewer, &(fnr_graph_filter){ 0 }, &g, &err);
 *     fnr_graph_paths(g, a, b, 3, &paths, &err);
 *     ...
 *     fnr_graph_free(g);
 *
 * A graph is a snapshot: it does not change when the store does. Results
 * are heap objects owning their strings; free each with its _free function.
 * Results are deterministic for a given store, filter and seed.
 */
#ifndef FENER_ANALYSIS_H
#define FENER_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "fener/kb.h"

typedef struct fnr_graph fnr_graph;

/* Where an edge's evidence comes from. */
typedef enum fnr_edge_kind {
    FNR_EDGE_RELATION = 1, /* a stated relation (member_of, leader_of, located_in, analyst links) */
    FNR_EDGE_EVENT = 2,    /* actor and target of one event, or two of its actors/targets */
    FNR_EDGE_COOCCUR = 4,  /* named in the same sentence */
    FNR_EDGE_ALL = 7,
} fnr_edge_kind;

/* "relation", "event", "cooccur"; NULL for others. */
const char *fnr_edge_kind_name(fnr_edge_kind k);

typedef struct fnr_graph_filter {
    unsigned kinds;        /* fnr_edge_kind mask; 0 = all */
    unsigned entity_types; /* mask of 1u << fnr_entity_type; 0 = all */
    const char *since;     /* evidence dated on or after ("YYYY", "YYYY-MM", "YYYY-MM-DD") */
    const char *until;     /* evidence dated on or before; undated evidence is dropped when
                              since or until is given */
    double min_weight;     /* edges lighter than this are left out; 0 = none */
    const char *purpose;   /* what the graph is built for, for the audit log
                              ("path e12 e40"); may be NULL */
} fnr_graph_filter;

/*
 * Builds the graph of what viewer v may see (NULL = owner): entities as
 * nodes (those with at least one edge), one undirected edge per pair of
 * entities summing all its evidence. The weight of an edge is the sum over
 * its pieces of evidence of kind factor (relation 1.0, event 1.0 x the
 * event's confidence, co-occurrence 0.5) x the source's grading
 * (reliability A 1.0, B 0.9, C 0.8, D 0.7, E 0.6, F or none 0.75).
 */
fnr_status fnr_graph_build(fnr_kb *kb, const fnr_viewer *v, const fnr_graph_filter *f,
                           fnr_graph **out, fnr_error *err);
void fnr_graph_free(fnr_graph *g); /* NULL is fine */

typedef struct fnr_graph_info {
    size_t nodes, edges;
    size_t bytes;         /* memory the graph holds (ours and igraph's) */
    double build_seconds; /* reading the store and building */
} fnr_graph_info;

void fnr_graph_info_get(const fnr_graph *g, fnr_graph_info *out);

/* ---- nodes and edges -------------------------------------------------------------- */

typedef struct fnr_graph_node {
    int64_t id; /* entity id */
    fnr_entity_type type;
    const char *name; /* as the viewer may read it */
    const char *kind;
    const char *first_seen, *last_seen; /* of the node's evidence in the graph */
    long degree;                        /* edges in the graph */
    double strength;                    /* sum of their weights */
} fnr_graph_node;

typedef struct fnr_graph_edge {
    int64_t a, b;   /* entity ids, a < b */
    unsigned kinds; /* fnr_edge_kind mask */
    double weight;
    long evidence; /* pieces of evidence (relations + events + sentences) */
    long relations, events, sentences;
    const char *labels; /* relation types, comma-separated ("member_of,leader_of"), or NULL */
    const char *first_seen, *last_seen;
} fnr_graph_edge;

/* The node of entity id (its borrowed row), or NULL when not in the graph. */
const fnr_graph_node *fnr_graph_node_get(const fnr_graph *g, int64_t id);

/* Resolves a name, alias or id to a node of the graph (through the store,
 * as the viewer); FNR_NOTFOUND with a hint when the entity is unknown or
 * has no edge in this graph. */
fnr_status fnr_graph_find(fnr_kb *kb, const fnr_viewer *v, const fnr_graph *g,
                          const char *name_or_id, int64_t *out_id, fnr_error *err);

/* ---- neighbourhoods ------------------------------------------------------------------ */

typedef struct fnr_neighbor_row {
    fnr_graph_node node;
    int depth;           /* hops from the centre */
    double score;        /* ranking: weight of the best path there, divided by depth */
    int64_t via;         /* the neighbour it was reached through (centre for depth 1) */
    fnr_graph_edge edge; /* the edge from `via` */
} fnr_neighbor_row;

typedef struct fnr_neighbor_list {
    fnr_graph_node centre;
    fnr_neighbor_row *rows; /* by depth, then score descending, then id */
    size_t n_rows;
    size_t total; /* nodes within depth before the limit */
    void *internal;
} fnr_neighbor_list;

/* The nodes within `depth` hops (1..6) of `id`, ranked; limit 0 = 100. */
fnr_status fnr_graph_neighbors(const fnr_graph *g, int64_t id, int depth, size_t limit,
                               fnr_neighbor_list **out, fnr_error *err);
void fnr_neighbor_list_free(fnr_neighbor_list *l);

/* ---- paths ------------------------------------------------------------------------------ */

typedef struct fnr_path {
    fnr_graph_node *nodes; /* from a to b */
    size_t n_nodes;
    fnr_graph_edge *edges; /* n_nodes - 1 hops */
    double weight;         /* sum of the hops' weights */
} fnr_path;

typedef struct fnr_path_list {
    fnr_path *paths; /* shortest first (fewest hops, then heaviest) */
    size_t n_paths;
    void *internal;
} fnr_path_list;

/* Up to k (1..20) shortest paths between a and b; an empty list when they
 * are not connected. */
fnr_status fnr_graph_paths(const fnr_graph *g, int64_t a, int64_t b, size_t k, fnr_path_list **out,
                           fnr_error *err);
void fnr_path_list_free(fnr_path_list *l);

/* ---- evidence of one edge ------------------------------------------------------------------ */

typedef struct fnr_evidence_row {
    fnr_edge_kind kind;
    int64_t doc_id;
    const char *doc_title;
    const char *date;
    char reliability; /* of the document's source, or 0 */
    const char *text; /* the sentence */
    const char *what; /* "member_of (financial official)", "arrest", or NULL */
    const char *rule;
} fnr_evidence_row;

typedef struct fnr_evidence_list {
    fnr_evidence_row *rows; /* newest first */
    size_t n_rows;
    size_t total; /* pieces of evidence before the limit */
    void *internal;
} fnr_evidence_list;

/* The sentences the viewer may see that tie a and b, of the kinds and
 * within the dates of f (NULL = all; its other fields are not used);
 * limit 0 = 5. Audited as a read. */
fnr_status fnr_kb_edge_evidence(fnr_kb *kb, const fnr_viewer *v, int64_t a, int64_t b,
                                const fnr_graph_filter *f, size_t limit, fnr_evidence_list **out,
                                fnr_error *err);
void fnr_evidence_list_free(fnr_evidence_list *l);

/* ---- key figures ------------------------------------------------------------------------------
 */

typedef enum fnr_centrality {
    FNR_CENTRAL_DEGREE = 1, /* weighted degree (strength) */
    FNR_CENTRAL_BETWEENNESS,
    FNR_CENTRAL_PAGERANK,
    FNR_CENTRAL_EIGENVECTOR,
} fnr_centrality;

typedef struct fnr_central_row {
    fnr_graph_node node;
    double score;
} fnr_central_row;

typedef struct fnr_central_list {
    fnr_centrality measure;
    fnr_central_row *rows; /* score descending, then id */
    size_t n_rows;
    bool approximate; /* betweenness sampled from `samples` sources (large graphs) */
    size_t samples;
    void *internal;
} fnr_central_list;

/* top 0 = 20; seed for the sampling of large graphs. */
fnr_status fnr_graph_central(const fnr_graph *g, fnr_centrality measure, size_t top, uint64_t seed,
                             fnr_central_list **out, fnr_error *err);
void fnr_central_list_free(fnr_central_list *l);

/* ---- cells, components, brokers -------------------------------------------------------------- */

typedef enum fnr_cell_method { FNR_CELLS_LEIDEN = 1, FNR_CELLS_LOUVAIN } fnr_cell_method;

typedef struct fnr_cell_member {
    fnr_graph_node node;
    const char *role; /* the role its relations give it ("leader_of", "governor", ...) or NULL */
    double inside;    /* weight of its edges inside the cell */
} fnr_cell_member;

typedef struct fnr_cell {
    fnr_cell_member *members; /* inside weight descending */
    size_t n_members;
    fnr_graph_edge *edges; /* the edges that bind it, heaviest first, at most 50 */
    size_t n_edges;
    size_t n_edges_total;
    double weight; /* of all edges inside */
} fnr_cell;

typedef struct fnr_cell_list {
    fnr_cell *cells; /* largest first */
    size_t n_cells;
    double modularity;
    void *internal;
} fnr_cell_list;

/* Communities of at least min_size (0 = 3) members. resolution 0 = 1.0. */
fnr_status fnr_graph_cells(const fnr_graph *g, fnr_cell_method method, size_t min_size,
                           double resolution, uint64_t seed, fnr_cell_list **out, fnr_error *err);
void fnr_cell_list_free(fnr_cell_list *l);

/* Connected components of at least min_size (0 = 2) nodes, largest first,
 * as cells (their members and edges). */
fnr_status fnr_graph_components(const fnr_graph *g, size_t min_size, fnr_cell_list **out,
                                fnr_error *err);

typedef struct fnr_broker_row {
    fnr_graph_node node;
    size_t pieces;  /* components its removal leaves of what was its component */
    size_t cut_off; /* nodes no longer reachable from the largest remaining piece */
} fnr_broker_row;

typedef struct fnr_broker_list {
    fnr_broker_row *rows; /* cut_off descending */
    size_t n_rows;
    void *internal;
} fnr_broker_list;

/* Articulation points: entities whose removal splits their network. */
fnr_status fnr_graph_brokers(const fnr_graph *g, size_t top, fnr_broker_list **out, fnr_error *err);
void fnr_broker_list_free(fnr_broker_list *l);

/* ---- export ------------------------------------------------------------------------------------
 */

typedef enum fnr_graph_format {
    FNR_GRAPH_GRAPHML = 1,
    FNR_GRAPH_GEXF,
    FNR_GRAPH_DOT,
    FNR_GRAPH_JSON,
} fnr_graph_format;

/* Writes the whole graph with node attributes (type, kind, name, first and
 * last seen, degree, strength) and edge attributes (kinds, labels, weight,
 * evidence, first and last seen). FNR_IO when writing fails. */
fnr_status fnr_graph_export(const fnr_graph *g, fnr_graph_format format, FILE *out, fnr_error *err);

#endif
