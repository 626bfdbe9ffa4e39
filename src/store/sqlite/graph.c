/*
 * The SQLite backend's graph queries: the evidence tying entities, summed
 * per pair and kind for the analysis module, the nodes' rows, and the
 * sentences behind one edge. Each filters by the viewer like every query.
 */
#include <stdio.h>
#include <string.h>

#include "store/sqlite/sqlite_int.h"

fnr_status fnr__sq_graph_edges(fnr_store *s, const fnr_viewer *v, const fnr_graph_filter *f,
                               fnr_store_edge_cb cb, void *ctx, fnr_error *err)
{
    (void)s;
    (void)v;
    (void)f;
    (void)cb;
    (void)ctx;
    return fnr_error_set(err, FNR_UNSUPPORTED, "graph edges: not yet");
}

fnr_status fnr__sq_graph_nodes(fnr_store *s, const fnr_viewer *v, const int64_t *ids, size_t n,
                               fnr_store_node_cb cb, void *ctx, fnr_error *err)
{
    (void)s;
    (void)v;
    (void)ids;
    (void)n;
    (void)cb;
    (void)ctx;
    return fnr_error_set(err, FNR_UNSUPPORTED, "graph nodes: not yet");
}

fnr_status fnr__sq_edge_evidence(fnr_store *s, const fnr_viewer *v, int64_t a, int64_t b,
                                 unsigned kinds, size_t limit, fnr_evidence_list **out,
                                 fnr_error *err)
{
    (void)s;
    (void)v;
    (void)a;
    (void)b;
    (void)kinds;
    (void)limit;
    *out = NULL;
    return fnr_error_set(err, FNR_UNSUPPORTED, "edge evidence: not yet");
}
