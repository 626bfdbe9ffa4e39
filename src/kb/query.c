/*
 * The read use cases of kb.h: search, entity profile, events, statistics,
 * timeline, one document, merge candidates, and the analyst's merge and
 * split decisions. Each validates its arguments, resolves entity names
 * given by the user to ids through the store (an unknown name gives
 * FNR_NOTFOUND with the store's "did you mean" hint), and lets the store run
 * the query under the viewer.
 */
#include <string.h>

#include "kb/kb_int.h"

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
    return kb->store->m->search(kb->store, viewer, text, scope, limit ? limit : 20, out, err);
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
    return st != FNR_OK ? st : kb->store->m->profile(kb->store, viewer, id, out, err);
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
    return kb->store->m->events(kb->store, viewer, &f, r.actor, r.target, r.place, r.entity, out,
                                err);
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
    return kb->store->m->stats(kb->store, viewer, by, &f, r.actor, r.target, r.place, r.entity, out,
                               err);
}

fnr_status fnr_kb_timeline(fnr_kb *kb, const fnr_viewer *viewer, const char *name_or_id,
                           fnr_timeline **out, fnr_error *err)
{
    *out = NULL;
    int64_t id = 0;
    fnr_status st = resolve_named(kb, viewer, name_or_id, &id, err);
    return st != FNR_OK ? st : kb->store->m->timeline(kb->store, viewer, id, out, err);
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
    return kb->store->m->doc(kb->store, viewer, id, out, err);
}

fnr_status fnr_kb_conflicts(fnr_kb *kb, const fnr_viewer *viewer, bool include_closed,
                            fnr_conflict_list **out, fnr_error *err)
{
    *out = NULL;
    fnr_status st = need_kb(kb, err);
    if (st != FNR_OK)
        return st;
    return kb->store->m->conflicts(kb->store, viewer, include_closed, out, err);
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

fnr_status fnr_kb_merge(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err)
{
    fnr_status st = need_writable(kb, err);
    if (st != FNR_OK)
        return st;
    int64_t ia = 0, ib = 0;
    st = resolve_pair(kb, a, b, &ia, &ib, err);
    if (st != FNR_OK)
        return st;
    return kb->store->m->merge(kb->store, ia, ib, who, note, err);
}

fnr_status fnr_kb_split(fnr_kb *kb, const char *a, const char *b, const char *who, const char *note,
                        fnr_error *err)
{
    fnr_status st = need_writable(kb, err);
    if (st != FNR_OK)
        return st;
    int64_t ia = 0, ib = 0;
    st = resolve_pair(kb, a, b, &ia, &ib, err);
    if (st != FNR_OK)
        return st;
    return kb->store->m->split(kb->store, ia, ib, who, note, err);
}
