/*
 * igraph's seams: the process-wide lock, the error and warning handlers
 * (igraph's default error handler aborts the process; ours records the
 * reason, frees igraph's temporaries with IGRAPH_FINALLY_FREE and lets the
 * call return its error code), the mapping of igraph error codes to
 * fnr_status, and the igraph_t made from a graph's edge arrays on first use.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "analysis/ig.h"
#include "base/alloc.h"

static pthread_mutex_t ig_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t ig_once = PTHREAD_ONCE_INIT;

/* The last error's reason; written by the handler under ig_mu. */
static char ig_reason[200];

static void on_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    (void)file;
    (void)line;
    (void)code;
    snprintf(ig_reason, sizeof ig_reason, "%s", reason ? reason : "unknown error");
    IGRAPH_FINALLY_FREE();
}

static void on_warning(const char *reason, const char *file, int line)
{
    /* Warnings (ARPACK convergence notes and the like) are not errors; the
     * result stands. Nothing is printed from inside the library. */
    (void)reason;
    (void)file;
    (void)line;
}

static void install(void)
{
    igraph_set_error_handler(on_error);
    igraph_set_warning_handler(on_warning);
}

void fnr__ig_lock(void)
{
    pthread_once(&ig_once, install);
    pthread_mutex_lock(&ig_mu);
    ig_reason[0] = '\0';
}

void fnr__ig_unlock(void)
{
    pthread_mutex_unlock(&ig_mu);
}

fnr_status fnr__ig_status(igraph_error_t rc, const char *what, fnr_error *err)
{
    if (rc == IGRAPH_SUCCESS)
        return FNR_OK;
    fnr_status st;
    switch (rc) {
    case IGRAPH_ENOMEM:
        st = FNR_NOMEM;
        break;
    case IGRAPH_EINVAL:
    case IGRAPH_EINVEVECTOR:
    case IGRAPH_EINVVID:
    case IGRAPH_EINVMODE:
        st = FNR_INVALID;
        break;
    case IGRAPH_EOVERFLOW:
    case IGRAPH_ERANGE:
        st = FNR_TOOBIG;
        break;
    case IGRAPH_UNIMPLEMENTED:
        st = FNR_UNSUPPORTED;
        break;
    default:
        st = FNR_INTERNAL;
        break;
    }
    fnr_error_set(err, st, "could not %s: %s", what,
                  ig_reason[0] ? ig_reason : igraph_strerror(rc));
    if (err)
        err->backend_code = (int)rc;
    return st;
}

const igraph_vector_t *fnr__ig_weights(const fnr_graph *g, igraph_vector_t *view)
{
    return igraph_vector_view(view, g->w, (igraph_integer_t)g->n_edges);
}

fnr_status fnr__ig_graph(const fnr_graph *g, const igraph_t **out, fnr_error *err)
{
    *out = NULL;
    if (g->lazy->ig) {
        *out = g->lazy->ig;
        return FNR_OK;
    }
    igraph_t *ig = fnr_malloc(sizeof *ig);
    if (!ig)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    igraph_vector_int_t edges;
    igraph_error_t rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * g->n_edges));
    if (rc != IGRAPH_SUCCESS) {
        fnr_free(ig);
        return fnr__ig_status(rc, "make the igraph graph", err);
    }
    for (size_t e = 0; e < g->n_edges; e++) {
        VECTOR(edges)[2 * e] = g->ea[e];
        VECTOR(edges)[2 * e + 1] = g->eb[e];
    }
    rc = igraph_create(ig, &edges, (igraph_integer_t)g->n_nodes, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edges);
    if (rc != IGRAPH_SUCCESS) {
        fnr_free(ig);
        return fnr__ig_status(rc, "make the igraph graph", err);
    }
    pthread_mutex_lock(&g->lazy->mu);
    g->lazy->ig = ig;
    /* from, to, oi, ii per edge; os, is per vertex (igraph_integer_t each). */
    g->lazy->ig_bytes =
        sizeof *ig + (4 * g->n_edges + 2 * (g->n_nodes + 1)) * sizeof(igraph_integer_t);
    pthread_mutex_unlock(&g->lazy->mu);
    *out = ig;
    return FNR_OK;
}

void fnr__graph_ig_free(graph_lazy *lz)
{
    if (!lz || !lz->ig)
        return;
    fnr__ig_lock();
    igraph_destroy(lz->ig);
    fnr__ig_unlock();
    fnr_free(lz->ig);
    lz->ig = NULL;
}

fnr_status fnr__igraph_probe(fnr_error *err)
{
    fnr_error_clear(err);
    igraph_vector_int_t edges;
    igraph_t ig;
    fnr__ig_lock();
    igraph_error_t rc = igraph_vector_int_init(&edges, 3); /* odd: not a list of pairs */
    if (rc == IGRAPH_SUCCESS) {
        rc = igraph_create(&ig, &edges, 2, IGRAPH_UNDIRECTED);
        if (rc == IGRAPH_SUCCESS)
            igraph_destroy(&ig);
        igraph_vector_int_destroy(&edges);
    }
    fnr_status st = fnr__ig_status(rc, "make a probe graph", err);
    fnr__ig_unlock();
    return st;
}
