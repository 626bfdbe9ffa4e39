/*
 * The read use cases of kb.h: search, entity profile, events, statistics,
 * timeline, one document, merge candidates, and the analyst's merge and
 * split decisions. Each validates its arguments, resolves entity names
 * given by the user to ids through the store (an unknown name gives
 * FNR_NOTFOUND with the store's "did you mean" hint), and lets the store run
 * the query under the viewer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "kb/kb_int.h"

/* ---- the audit of reads ---------------------------------------------------------- */

/* The distinct documents the facts of one answer came from. */
typedef struct doc_set {
    int64_t *ids;
    size_t n, cap;
    bool nomem;
} doc_set;

static void ds_add(doc_set *d, int64_t id)
{
    if (id <= 0 || d->nomem)
        return;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 32;
        int64_t *p = fnr_calloc(cap, sizeof *p);
        if (!p) {
            d->nomem = true;
            return;
        }
        if (d->n)
            memcpy(p, d->ids, d->n * sizeof *p);
        fnr_free(d->ids);
        d->ids = p;
        d->cap = cap;
    }
    d->ids[d->n++] = id;
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/*
 * Writes the audit record of one read: who, the query, how many facts were
 * returned and from which documents. A read whose audit record cannot be
 * written fails: an unaudited read is not allowed to happen.
 */
static fnr_status audit_read(fnr_kb *kb, const fnr_viewer *v, const char *what, long facts,
                             doc_set *d, fnr_status st, fnr_error *err)
{
    if (st != FNR_OK && st != FNR_NOTFOUND) {
        fnr_free(d->ids);
        return st;
    }
    size_t n = 0;
    if (d->n) {
        qsort(d->ids, d->n, sizeof *d->ids, cmp_id);
        for (size_t i = 0; i < d->n; i++)
            if (n == 0 || d->ids[n - 1] != d->ids[i])
                d->ids[n++] = d->ids[i];
    }
    fnr_error aerr;
    fnr_status as = fnr__kb_audit(kb, v, "read", what, facts, d->ids, n, &aerr);
    fnr_free(d->ids);
    d->ids = NULL;
    if (as != FNR_OK) {
        if (err)
            *err = aerr;
        return as;
    }
    return st;
}

/* "events actor=X since=2024": the query in words, for the audit log. */
static void filter_words(const char *cmd, int by, const fnr_event_filter *f, char *out, size_t size)
{
    static const char *const bys[] = { "", "year", "month", "type", "actor", "place" };
    int w = snprintf(out, size, "%s", cmd);
    size_t used = w > 0 ? (size_t)w : 0;
    if (by >= FNR_STATS_YEAR && by <= FNR_STATS_PLACE && used < size) {
        w = snprintf(out + used, size - used, " by=%s", bys[by]);
        used += w > 0 ? (size_t)w : 0;
    }
    const char *type = f->type ? fnr_event_type_name(f->type) : NULL;
    const char *names[] = { "type", "actor", "target", "place", "entity", "since", "until" };
    const char *vals[] = { type, f->actor, f->target, f->place, f->entity, f->since, f->until };
    for (size_t i = 0; i < sizeof names / sizeof names[0] && used < size; i++) {
        if (!vals[i] || !*vals[i])
            continue;
        w = snprintf(out + used, size - used, " %s=%.120s", names[i], vals[i]);
        used += w > 0 ? (size_t)w : 0;
    }
}

static void event_docs(doc_set *d, const fnr_event_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ds_add(d, rows[i].doc_id);
}

static fnr_status need_kb(const fnr_kb *kb, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    return FNR_OK;
}

static fnr_status need_writable(const fnr_kb *kb, fnr_error *err)
{
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    if (kb->readonly)
        return fnr_error_set(err, FNR_UNSUPPORTED,
                             "could not change store \"%s\": it is open read-only", kb->path);
    return FNR_OK;
}

/* Resolves a name given in a filter; 0 when none was given. */
static fnr_status resolve_opt(fnr_kb *kb, const fnr_viewer *v, const char *what, const char *name,
                              int64_t *out, fnr_error *err)
{
    *out = 0;
    if (!name || !*name)
        return FNR_OK;
    fnr_status st = fnr_store_entity_resolve(kb->store, v, name, out, err);
    if (st == FNR_NOTFOUND && err) {
        /* Keep the store's hint (its suggestions); say which filter it was. */
        char hint[sizeof err->hint];
        memcpy(hint, err->hint, sizeof hint);
        fnr_error_set(err, FNR_NOTFOUND, "unknown %s \"%s\"", what, name);
        if (hint[0])
            fnr_error_hint(err, "%s", hint);
    }
    return st;
}

static fnr_status check_filter(const fnr_event_filter *f, fnr_error *err)
{
    if (!f)
        return FNR_OK;
    if (f->type < 0 || f->type >= FNR_EVENT_TYPE_COUNT)
        return fnr_error_set(err, FNR_INVALID, "invalid event type %d", (int)f->type);
    const char *names[2] = { "since", "until" };
    const char *vals[2] = { f->since, f->until };
    for (int i = 0; i < 2; i++) {
        if (vals[i] && *vals[i] && !fnr__kb_date_valid(vals[i])) {
            fnr_error_set(err, FNR_INVALID, "invalid %s date \"%s\"", names[i], vals[i]);
            fnr_error_hint(err, "Give a date as YYYY, YYYY-MM or YYYY-MM-DD.");
            return FNR_INVALID;
        }
    }
    if (f->since && *f->since && f->until && *f->until) {
        /* Compare on the common prefix: "2023" .. "2023-05" is a fine range. */
        size_t a = strlen(f->since), b = strlen(f->until);
        size_t n = a < b ? a : b;
        if (strncmp(f->since, f->until, n) > 0) {
            fnr_error_set(err, FNR_INVALID, "since date \"%s\" is after until date \"%s\"",
                          f->since, f->until);
            return FNR_INVALID;
        }
    }
    return FNR_OK;
}

typedef struct resolved_filter {
    int64_t actor, target, place, entity;
} resolved_filter;

static fnr_status resolve_filter(fnr_kb *kb, const fnr_viewer *v, const fnr_event_filter *f,
                                 resolved_filter *out, fnr_error *err)
{
    memset(out, 0, sizeof *out);
    if (!f)
        return FNR_OK;
    fnr_status st = check_filter(f, err);
    if (st == FNR_OK)
        st = resolve_opt(kb, v, "actor", f->actor, &out->actor, err);
    if (st == FNR_OK)
        st = resolve_opt(kb, v, "target", f->target, &out->target, err);
    if (st == FNR_OK)
        st = resolve_opt(kb, v, "place", f->place, &out->place, err);
    if (st == FNR_OK)
        st = resolve_opt(kb, v, "entity", f->entity, &out->entity, err);
    return st;
}

fnr_status fnr_kb_search(fnr_kb *kb, const fnr_viewer *viewer, const char *text,
                         fnr_search_scope scope, size_t limit, fnr_search_result **out,
                         fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    if (!text || !*text)
        return fnr_error_set(err, FNR_INVALID, "empty search text");
    if (scope != FNR_SEARCH_ALL && scope != FNR_SEARCH_PERSON && scope != FNR_SEARCH_ORGANIZATION &&
        scope != FNR_SEARCH_LOCATION && scope != FNR_SEARCH_DOCUMENT)
        return fnr_error_set(err, FNR_INVALID, "invalid search scope %d", (int)scope);
    st = kb->store->m->search(kb->store, viewer, text, scope, limit ? limit : 20, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        facts = (long)((*out)->n_entities + (*out)->n_docs);
        for (size_t i = 0; i < (*out)->n_docs; i++)
            ds_add(&d, (*out)->docs[i].doc.id);
    }
    char what[400];
    snprintf(what, sizeof what, "search \"%.300s\" scope %d", text, (int)scope);
    st = audit_read(kb, viewer, what, facts, &d, st, err);
    if (st != FNR_OK) {
        fnr_search_result_free(*out);
        *out = NULL;
    }
    return st;
}

/* The entity a profile or timeline asks for, by id or name. */
static fnr_status resolve_named(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                                int64_t *out_id, fnr_error *err)
{
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    if (!name_or_id || !*name_or_id)
        return fnr_error_set(err, FNR_INVALID, "no entity name or id given");
    return fnr_store_entity_resolve(kb->store, viewer, name_or_id, out_id, err);
}

fnr_status fnr_kb_entity(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                         fnr_profile **out, fnr_error *err)
{
    *out = NULL;
    int64_t id = 0;
    fnr_status st = resolve_named(kb, viewer, name_or_id, &id, err);
    if (st == FNR_INVALID || !kb)
        return st;
    if (st == FNR_OK)
        st = kb->store->m->profile(kb->store, viewer, id, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        const fnr_profile *p = *out;
        facts = (long)(1 + p->n_aliases + p->n_events + p->n_relations + p->n_cooccur + p->n_docs);
        for (size_t i = 0; i < p->n_aliases; i++)
            for (size_t k = 0; k < p->aliases[i].n_sources; k++)
                ds_add(&d, p->aliases[i].sources[k].doc_id);
        event_docs(&d, p->events, p->n_events);
        for (size_t i = 0; i < p->n_relations; i++)
            ds_add(&d, p->relations[i].doc_id);
        for (size_t i = 0; i < p->n_docs; i++)
            ds_add(&d, p->docs[i].id);
    }
    char what[400];
    snprintf(what, sizeof what, "entity \"%.300s\"", name_or_id);
    st = audit_read(kb, viewer, what, facts, &d, st, err);
    if (st != FNR_OK) {
        fnr_profile_free(*out);
        *out = NULL;
    }
    return st;
}

fnr_status fnr_kb_events(fnr_kb *kb, const fnr_viewer *viewer, const fnr_event_filter *filter,
                         fnr_event_list **out, fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    fnr_event_filter f = { 0 };
    if (filter)
        f = *filter;
    if (!f.limit)
        f.limit = 100;
    resolved_filter r;
    st = resolve_filter(kb, viewer, &f, &r, err);
    if (st != FNR_OK)
        return st;
    st =
        kb->store->m->events(kb->store, viewer, &f, r.actor, r.target, r.place, r.entity, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        facts = (long)(*out)->n_rows;
        event_docs(&d, (*out)->rows, (*out)->n_rows);
    }
    char what[600];
    filter_words("events", 0, &f, what, sizeof what);
    st = audit_read(kb, viewer, what, facts, &d, st, err);
    if (st != FNR_OK) {
        fnr_event_list_free(*out);
        *out = NULL;
    }
    return st;
}

fnr_status fnr_kb_stats(fnr_kb *kb, const fnr_viewer *viewer, fnr_stats_by by,
                        const fnr_event_filter *filter, fnr_stats **out, fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    if (by < FNR_STATS_YEAR || by > FNR_STATS_PLACE)
        return fnr_error_set(err, FNR_INVALID, "invalid statistics grouping %d", (int)by);
    fnr_event_filter f = { 0 };
    if (filter)
        f = *filter;
    resolved_filter r;
    st = resolve_filter(kb, viewer, &f, &r, err);
    if (st != FNR_OK)
        return st;
    st = kb->store->m->stats(kb->store, viewer, by, &f, r.actor, r.target, r.place, r.entity, out,
                             err);
    doc_set d = { 0 };
    char what[600];
    filter_words("stats", by, &f, what, sizeof what);
    /* A statistic is one fact per row, computed from (*out)->documents reports. */
    st = audit_read(kb, viewer, what, st == FNR_OK ? (long)(*out)->n_rows : 0, &d, st, err);
    if (st != FNR_OK) {
        fnr_stats_free(*out);
        *out = NULL;
    }
    return st;
}

fnr_status fnr_kb_timeline(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                           fnr_timeline **out, fnr_error *err)
{
    return fnr_kb_timeline_between(kb, viewer, name_or_id, NULL, NULL, out, err);
}

fnr_status fnr_kb_timeline_between(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                                   const char *since, const char *until, fnr_timeline **out,
                                   fnr_error *err)
{
    *out = NULL;
    fnr_event_filter window = { .since = since, .until = until };
    fnr_status st = check_filter(&window, err);
    if (st != FNR_OK)
        return st;
    int64_t id = 0;
    st = resolve_named(kb, viewer, name_or_id, &id, err);
    if (st == FNR_INVALID || !kb)
        return st;
    if (st == FNR_OK)
        st = kb->store->m->timeline(kb->store, viewer, id, since, until, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        facts = (long)(*out)->n_rows;
        for (size_t i = 0; i < (*out)->n_rows; i++)
            ds_add(&d, (*out)->rows[i].doc_id);
    }
    char what[400];
    snprintf(what, sizeof what, "timeline \"%.300s\"%s%.20s%s%.20s", name_or_id,
             since && *since ? " since=" : "", since && *since ? since : "",
             until && *until ? " until=" : "", until && *until ? until : "");
    st = audit_read(kb, viewer, what, facts, &d, st, err);
    if (st != FNR_OK) {
        fnr_timeline_free(*out);
        *out = NULL;
    }
    return st;
}

fnr_status fnr_kb_doc(fnr_kb *kb, const fnr_viewer *viewer, int64_t id, fnr_doc_view **out,
                      fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    if (id <= 0)
        return fnr_error_set(err, FNR_INVALID, "invalid document id %lld", (long long)id);
    st = kb->store->m->doc(kb->store, viewer, id, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        facts = (long)(1 + (*out)->n_mentions + (*out)->n_events);
        ds_add(&d, id);
    }
    char what[64];
    snprintf(what, sizeof what, "doc %lld", (long long)id);
    st = audit_read(kb, viewer, what, facts, &d, st, err);
    if (st != FNR_OK) {
        fnr_doc_view_free(*out);
        *out = NULL;
    }
    return st;
}

fnr_status fnr_kb_conflicts(fnr_kb *kb, const fnr_viewer *viewer, bool include_closed,
                            fnr_conflict_list **out, fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    st = kb->store->m->conflicts(kb->store, viewer, include_closed, out, err);
    doc_set d = { 0 };
    long facts = 0;
    if (st == FNR_OK) {
        facts = (long)(*out)->n_rows;
        for (size_t i = 0; i < (*out)->n_rows; i++)
            ds_add(&d, (*out)->rows[i].doc_id);
    }
    st = audit_read(kb, viewer, include_closed ? "conflicts (all)" : "conflicts", facts, &d, st,
                    err);
    if (st != FNR_OK) {
        fnr_conflict_list_free(*out);
        *out = NULL;
    }
    return st;
}

/* Resolves the two entities of a merge or split decision (owner's view). */
static fnr_status resolve_pair(fnr_kb *kb, const char *a, const char *b, int64_t *out_a,
                               int64_t *out_b, fnr_error *err)
{
    if (!a || !*a || !b || !*b)
        return fnr_error_set(err, FNR_INVALID, "two entities are needed");
    fnr_status st = resolve_opt(kb, NULL, "entity", a, out_a, err);
    if (st == FNR_OK)
        st = resolve_opt(kb, NULL, "entity", b, out_b, err);
    if (st == FNR_OK && *out_a == *out_b)
        st = fnr_error_set(err, FNR_INVALID, "\"%s\" and \"%s\" are the same entity (e%lld)", a, b,
                           (long long)*out_a);
    return st;
}

/* Merge (b into a) or split (b back out of a): resolve, decide, audit. */
static fnr_status decide(fnr_kb *kb, bool merge, const char *a, const char *b, const char *who,
                         const char *note, fnr_error *err)
{
    fnr_status st = need_writable(kb, err);
    if (st != FNR_OK)
        return st;
    int64_t ia = 0, ib = 0;
    st = resolve_pair(kb, a, b, &ia, &ib, err);
    if (st != FNR_OK)
        return st;
    st = merge ? kb->store->m->merge(kb->store, ia, ib, who, note, err)
               : kb->store->m->split(kb->store, ia, ib, who, note, err);
    if (st != FNR_OK)
        return st;
    char what[300];
    snprintf(what, sizeof what, "%s e%lld %s e%lld: %.200s", merge ? "merge" : "split",
             (long long)ib, merge ? "into" : "from", (long long)ia, note ? note : "");
    return fnr__kb_audit(kb, NULL, merge ? "merge" : "split", what, 0, NULL, 0, err);
}

fnr_status fnr_kb_merge(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err)
{
    return decide(kb, true, a, b, who, note, err);
}

fnr_status fnr_kb_split(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err)
{
    return decide(kb, false, a, b, who, note, err);
}
