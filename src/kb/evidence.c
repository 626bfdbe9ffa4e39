/*
 * The evidence of one edge of the graph of entities: the sentences the
 * viewer may see that tie two entities (fener/analysis.h), read through the
 * store and audited like every read.
 */
#include <stdio.h>

#include "fener/analysis.h"
#include "kb/kb_int.h"

fnr_status fnr_kb_edge_evidence(fnr_kb *kb, const fnr_viewer *v, int64_t a, int64_t b,
                                const fnr_graph_filter *f, size_t limit, fnr_evidence_list **out,
                                fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (a <= 0 || b <= 0 || a == b)
        return fnr_error_set(err, FNR_INVALID, "an edge needs two different entities");
    if (f && (f->kinds & ~(unsigned)FNR_EDGE_ALL))
        return fnr_error_set(err, FNR_INVALID, "invalid evidence kinds %u", f->kinds);
    fnr_status st = kb->store->m->edge_evidence(kb->store, v, a, b, f, limit, out, err);
    if (st != FNR_OK)
        return st;
    int64_t docs[64];
    size_t n = 0;
    for (size_t i = 0; i < (*out)->n_rows && n < 64; i++) {
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = docs[k] == (*out)->rows[i].doc_id;
        if (!seen)
            docs[n++] = (*out)->rows[i].doc_id;
    }
    char what[96];
    snprintf(what, sizeof what, "edge evidence e%lld e%lld", (long long)a, (long long)b);
    st = fnr__kb_audit(kb, v, "read", what, (long)(*out)->n_rows, docs, n, err);
    if (st != FNR_OK) {
        fnr_evidence_list_free(*out);
        *out = NULL;
    }
    return st;
}

void fnr_evidence_list_free(fnr_evidence_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}
