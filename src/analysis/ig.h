/*
 * igraph inside the analysis module (the only place that includes
 * <igraph.h>): one process-wide lock around every igraph call (Debian's
 * build is not thread-safe), our error and warning handlers in place of
 * igraph's aborting default, igraph errors mapped to fnr_status, and the
 * igraph form of a graph, made on first use.
 */
#ifndef FNR_ANALYSIS_IG_H
#define FNR_ANALYSIS_IG_H

#include <igraph.h>

#include "analysis/analysis_int.h"

/* Takes the igraph lock (and installs the handlers on the first call). */
void fnr__ig_lock(void);
void fnr__ig_unlock(void);

/* FNR_OK for IGRAPH_SUCCESS; else the mapped status with "could not <what>:
 * <igraph's reason>". Call with the lock held. */
fnr_status fnr__ig_status(igraph_error_t rc, const char *what, fnr_error *err);

/* The igraph form of g (undirected; edge i is g's edge i), made on the first
 * call; *out is borrowed from g. Call with the lock held. */
fnr_status fnr__ig_graph(const fnr_graph *g, const igraph_t **out, fnr_error *err);

/* A view of g's weights as an igraph vector (no copy). */
const igraph_vector_t *fnr__ig_weights(const fnr_graph *g, igraph_vector_t *view);

#endif
