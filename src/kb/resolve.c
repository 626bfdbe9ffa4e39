/*
 * Cross-report resolution: the ingest writer's step that turns the facts of
 * one document (entities local to that text) into rows of the store, joining
 * each entity to the canonical entity it names across reports.
 *
 * An extracted entity is looked up by the match keys of its name and of every
 * alias among the live entities of its type (through a cache kept for the
 * whole ingest, correct because there is one writer). No match: a new
 * entity. One: the entity joins it, and every surface of this report
 * becomes an alias row asserted by this report. Several: it joins the one
 * its name matches (the oldest when that is ambiguous) and a merge candidate
 * is recorded against each other one; two existing entities are never
 * merged here (see docs/internals/kb.md). Then mentions, events and
 * relations follow with the entities mapped to store ids.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "kb/kb_int.h"

/* What a stored entity is known to have (kb_resolver.known). */
#define KNOWN_KIND    ((uintptr_t)1)
#define KNOWN_COUNTRY ((uintptr_t)2)
#define KNOWN_COORDS  ((uintptr_t)4)

/* Ids of live entities under one cache key, oldest first. */
#define KB_FIND_MAX 16

typedef struct kb_ids {
    size_t n;
    int64_t ids[KB_FIND_MAX];
    /* Every merge candidate between cand_id and these ids under this key
     * was recorded (or clashes) for an extracted entity of country
     * cand_country, when the list held cand_n ids: the same again needs no
     * look-up of each pair in cand_seen. A clash never goes away (a known
     * country does not change) and a pair that did not clash was recorded,
     * so the memo stays true. */
    int64_t cand_id;
    size_t cand_n;
    uintptr_t cand_country;
} kb_ids;

/* One distinct key of an extracted entity and the surface it came from. */
typedef struct ent_key {
    const char *key;     /* borrowed from the document's kb_prep */
    const char *surface; /* borrowed from the facts */
    kb_ids *found;       /* borrowed from the cache; NULL for a weak key */
} ent_key;

/* One surface of an extracted entity (the name, each alias, the canonical
 * name, in that order) as fnr__kb_prep_new prepares it. */
typedef struct prep_surface {
    size_t ck;        /* offset in kb_prep.strs of "T:key", the cache key */
    size_t ck_len;    /* bytes */
    size_t key_off;   /* bytes of the "T:" prefix: the match key follows */
    const char *rule; /* of the surface's alias row; borrowed from the facts */
    bool has_key;     /* a non-empty match key (else no alias row) */
    bool distinct;    /* has_key, and no earlier surface of the entity has that key */
    bool weak;        /* weak_surface: looked up never, stored as an alias */
} prep_surface;

struct kb_prep {
    size_t *first;      /* n_entities + 1: entity i's surfaces are first[i] .. first[i + 1] - 1 */
    prep_surface *surf; /* every entity's surfaces; owned */
    fnr_buf strs;       /* the cache keys, each NUL-terminated */
};

void fnr__kb_resolver_init(kb_resolver *r, fnr_store *s)
{
    memset(r, 0, sizeof *r);
    r->store = s;
    fnr_map_init(&r->cache);
    fnr_map_init(&r->cand_seen);
    fnr_map_init(&r->known);
    fnr_map_init(&r->country);
}

void fnr__kb_resolver_destroy(kb_resolver *r)
{
    if (!r)
        return;
    size_t it = 0;
    void *v = NULL;
    while (fnr_map_next(&r->cache, &it, NULL, NULL, &v))
        fnr_free(v);
    fnr_map_destroy(&r->cache);
    fnr_map_destroy(&r->cand_seen);
    fnr_map_destroy(&r->known);
    fnr_map_destroy(&r->country);
}

static fnr_status nomem(fnr_error *err)
{
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

/* The live entities of `type` keyed `key` (cache key ck, "T:key"), from the
 * cache or the store. */
static fnr_status lookup(kb_resolver *r, fnr_entity_type type, const char *ck, size_t ck_len,
                         const char *key, kb_ids **out, fnr_error *err)
{
    void *v = NULL;
    if (fnr_map_get(&r->cache, ck, ck_len, &v)) {
        *out = v;
        return FNR_OK;
    }
    kb_ids *ids = fnr_calloc(1, sizeof *ids);
    if (!ids)
        return nomem(err);
    fnr_status st = fnr_store_entity_find(r->store, type, key, ids->ids, KB_FIND_MAX, &ids->n, err);
    if (st == FNR_OK && ids->n > KB_FIND_MAX)
        ids->n = KB_FIND_MAX;
    if (st == FNR_OK && fnr_map_put(&r->cache, ck, ck_len, ids) != FNR_OK)
        st = nomem(err);
    if (st != FNR_OK) {
        fnr_free(ids);
        return st;
    }
    *out = ids;
    return FNR_OK;
}

static bool ids_has(const kb_ids *ids, int64_t id)
{
    for (size_t i = 0; i < ids->n; i++)
        if (ids->ids[i] == id)
            return true;
    return false;
}

/* Records that `id` now answers to a key (ids stay in ascending order). */
static void ids_add(kb_ids *ids, int64_t id)
{
    if (ids_has(ids, id) || ids->n == KB_FIND_MAX)
        return;
    size_t i = ids->n;
    while (i > 0 && ids->ids[i - 1] > id) {
        ids->ids[i] = ids->ids[i - 1];
        i--;
    }
    ids->ids[i] = id;
    ids->n++;
}

/* The rule of the first mention whose text is `surface`, else `fallback`. */
static const char *surface_rule(const fnr_facts *f, const fnr_entity *e, const char *surface,
                                const char *fallback)
{
    size_t len = strlen(surface);
    for (size_t i = 0; i < e->n_mentions; i++) {
        const fnr_mention *m = &e->mentions[i];
        if (m->end - m->start == len && m->end <= f->text_len &&
            memcmp(f->text + m->start, surface, len) == 0 && m->rule)
            return m->rule;
    }
    return fallback;
}

static fnr_status add_candidate(kb_resolver *r, int64_t x, int64_t y, const ent_key *k,
                                int64_t doc_id, fnr_ingest_stats *stats, fnr_error *err)
{
    int64_t a = x < y ? x : y, b = x < y ? y : x;
    /* The run's key of the candidate: a and b as bytes, then the key. */
    char local[256];
    size_t klen = strlen(k->key), len = 2 * sizeof a + klen;
    char *ck = len <= sizeof local ? local : fnr_malloc(len);
    if (!ck)
        return nomem(err);
    memcpy(ck, &a, sizeof a);
    memcpy(ck + sizeof a, &b, sizeof b);
    memcpy(ck + 2 * sizeof a, k->key, klen);
    fnr_status st = FNR_OK;
    if (!fnr_map_get(&r->cand_seen, ck, len, NULL)) {
        fnr_store_candidate c = {
            .a = a, .b = b, .surface = k->surface, .key = k->key, .doc_id = doc_id
        };
        st = fnr_store_candidate_insert(r->store, &c, err);
        if (st == FNR_OK && fnr_map_put(&r->cand_seen, ck, len, NULL) != FNR_OK)
            st = nomem(err);
        if (st == FNR_OK)
            stats->conflicts++;
    }
    if (ck != local)
        fnr_free(ck);
    return st;
}

/*
 * A person's initials ("A.A.") or one word alone ("Yılmaz", a surname, or a
 * code name such as "Bozkurt" that is a surname too) names someone within
 * one report, but across reports it fits many people: such a weak key is
 * stored as an alias (search finds it) but never joins a new report's
 * person to an existing one nor makes a merge candidate. Else one "A.A."
 * would pull every person ever called A.A. into one entity, and their code
 * names with them. Full names, kunyas ("Abu Talha") and the names of
 * organisations and places join as before.
 */
static bool weak_surface(const fnr_facts *f, const fnr_entity *e, const char *surface)
{
    if (e->type != FNR_ENTITY_PERSON)
        return false;
    if (!strchr(surface, ' '))
        return true;
    return strcmp(surface_rule(f, e, surface, ""), "person_initials") == 0;
}

/* A country code packed into a word, 0 for none. */
static uintptr_t pack_country(const char *c)
{
    if (!c || !c[0] || !c[1] || !c[2])
        return 0;
    return (uintptr_t)(unsigned char)c[0] | (uintptr_t)(unsigned char)c[1] << 8 |
           (uintptr_t)(unsigned char)c[2] << 16;
}

/*
 * Whether stored entity `id` belongs to another country than extracted
 * entity e: a place or a body whose name two countries share (Tripoli in
 * Libya and in Lebanon; the "Security Service" of the United Kingdom and
 * of Nigeria; an "Interior Ministry"). Those do not join, whatever their
 * keys. Only organisations and places with a country are asked about; a
 * stored country never changes once set (enrich fills what is missing),
 * so a known one is kept for the run and an unknown one asked again.
 */
static fnr_status clashes(kb_resolver *r, const fnr_entity *e, int64_t id, bool *out,
                          fnr_error *err)
{
    *out = false;
    uintptr_t want = pack_country(e->country);
    if ((e->type != FNR_ENTITY_ORGANIZATION && e->type != FNR_ENTITY_LOCATION) || !want)
        return FNR_OK;
    void *v = NULL;
    if (!fnr_map_get(&r->country, &id, sizeof id, &v)) {
        char c[4];
        fnr_status st = fnr_store_entity_country(r->store, id, c, err);
        if (st != FNR_OK)
            return st;
        v = (void *)pack_country(c);
        if (v && fnr_map_put(&r->country, &id, sizeof id, v) != FNR_OK)
            return nomem(err);
    }
    *out = v && (uintptr_t)v != want;
    return FNR_OK;
}

/* Surface i of an entity: 0 the name, then the aliases, then the canonical name. */
static const char *surface_at(const fnr_entity *e, size_t i)
{
    if (i == 0)
        return e->name;
    if (i <= e->n_aliases)
        return e->aliases[i - 1];
    return e->canonical;
}

void fnr__kb_prep_free(kb_prep *p)
{
    if (!p)
        return;
    fnr_free(p->first);
    fnr_free(p->surf);
    fnr_buf_destroy(&p->strs);
    fnr_free(p);
}

/* Prepares every surface of every entity of f: its cache key (the match
 * key after "T:"), whether the key is new to the entity, weak, and the
 * rule of its alias row. */
static fnr_status prep_make(const fnr_facts *f, kb_prep **out, fnr_error *err)
{
    *out = NULL;
    kb_prep *p = fnr_calloc(1, sizeof *p);
    if (!p)
        return nomem(err);
    fnr_buf_init(&p->strs, 0);
    size_t n = 0;
    for (size_t i = 0; i < f->n_entities; i++)
        n += 1 + f->entities[i].n_aliases + (f->entities[i].canonical ? 1 : 0);
    p->first = fnr_calloc(f->n_entities + 1, sizeof *p->first);
    p->surf = fnr_calloc(n ? n : 1, sizeof *p->surf);
    if (!p->first || !p->surf) {
        fnr__kb_prep_free(p);
        return nomem(err);
    }
    fnr_buf key;
    fnr_buf_init(&key, 0);
    fnr_status st = FNR_OK;
    size_t k = 0;
    for (size_t i = 0; i < f->n_entities && st == FNR_OK; i++) {
        const fnr_entity *e = &f->entities[i];
        size_t n_surf = 1 + e->n_aliases + (e->canonical ? 1 : 0);
        p->first[i] = k;
        for (size_t j = 0; j < n_surf && st == FNR_OK; j++, k++) {
            prep_surface *ps = &p->surf[k];
            const char *surface = surface_at(e, j);
            if (!surface)
                continue;
            fnr_buf_reset(&key);
            st = fnr_matchkey(surface, strlen(surface), &key);
            if (st != FNR_OK) {
                fnr_error_set(err, st, "could not compute the match key of \"%s\"", surface);
                break;
            }
            ps->has_key = key.len > 0;
            if (!ps->has_key)
                continue;
            ps->ck = p->strs.len;
            if ((st = fnr_buf_printf(&p->strs, "%d:", (int)e->type)) != FNR_OK ||
                (st = fnr_buf_append(&p->strs, key.data, key.len + 1)) != FNR_OK) {
                st = nomem(err);
                break;
            }
            ps->ck_len = p->strs.len - 1 - ps->ck;
            ps->key_off = ps->ck_len - key.len;
            ps->rule = j > e->n_aliases ? "dictionary"
                                        : surface_rule(f, e, surface, j == 0 ? "name" : "alias");
            ps->weak = weak_surface(f, e, surface);
            ps->distinct = true;
        }
    }
    fnr_buf_destroy(&key);
    if (st != FNR_OK) {
        fnr__kb_prep_free(p);
        return st;
    }
    p->first[f->n_entities] = k;
    /* A key is distinct when no earlier surface of its entity has it (the
     * strings are final now: strs no longer moves). */
    for (size_t i = 0; i < f->n_entities; i++)
        for (size_t x = p->first[i]; x < p->first[i + 1]; x++)
            for (size_t y = p->first[i]; y < x && p->surf[x].distinct; y++)
                if (p->surf[y].distinct && p->surf[y].ck_len == p->surf[x].ck_len &&
                    memcmp(p->strs.data + p->surf[y].ck, p->strs.data + p->surf[x].ck,
                           p->surf[x].ck_len) == 0)
                    p->surf[x].distinct = false;
    *out = p;
    return FNR_OK;
}

kb_prep *fnr__kb_prep_new(const fnr_facts *f)
{
    kb_prep *p = NULL;
    return prep_make(f, &p, NULL) == FNR_OK ? p : NULL;
}

/*
 * Resolves one extracted entity to a store id (*out_id), writing the entity
 * or joining an existing one, its alias rows and any merge candidates.
 */
static fnr_status resolve_entity(kb_resolver *r, const fnr_entity *e, const kb_prep *p, size_t ei,
                                 int64_t doc_id, int64_t *out_id, fnr_ingest_stats *stats,
                                 fnr_error *err)
{
    fnr_status st = FNR_OK;
    /* surfaces: the name, the aliases, and the dictionary's canonical name,
     * which lets "Daesh" in one report meet "ISIS" in another */
    const prep_surface *ps = p->surf + p->first[ei];
    size_t n_surf = p->first[ei + 1] - p->first[ei];
    ent_key local[16];
    ent_key *keys = n_surf <= 16 ? local : fnr_calloc(n_surf, sizeof *keys);
    size_t n_keys = 0;
    if (!keys)
        return nomem(err);

    /* Distinct non-empty keys, the name's first. */
    for (size_t i = 0; i < n_surf && st == FNR_OK; i++) {
        if (!ps[i].distinct)
            continue;
        const char *ck = p->strs.data + ps[i].ck;
        keys[n_keys].key = ck + ps[i].key_off;
        keys[n_keys].surface = surface_at(e, i);
        keys[n_keys].found = NULL;
        if (!ps[i].weak)
            st = lookup(r, e->type, ck, ps[i].ck_len, keys[n_keys].key, &keys[n_keys].found, err);
        n_keys++;
    }
    if (st != FNR_OK)
        goto out;

    /* The chosen entity: by the name's key first, else the oldest found.
     * A person whose full name is new is a new person even when an alias
     * (a kunya, a code name) is known: two people with different names who
     * share an alias are for an analyst to merge (a candidate below), not
     * for the resolver, or a kunya the reports give to several people
     * would gather them all into one. */
    int64_t id = 0;
    bool name_keyed = n_keys > 0 && keys[0].surface == e->name;
    bool new_person = e->type == FNR_ENTITY_PERSON && name_keyed && keys[0].found;
    bool clash = false;
    if (name_keyed && keys[0].found)
        for (size_t i = 0; i < keys[0].found->n && !id && st == FNR_OK; i++)
            if ((st = clashes(r, e, keys[0].found->ids[i], &clash, err)) == FNR_OK && !clash)
                id = keys[0].found->ids[i];
    if (!id && !new_person)
        for (size_t j = 0; j < n_keys && st == FNR_OK; j++)
            for (size_t i = 0; keys[j].found && i < keys[j].found->n && st == FNR_OK; i++) {
                int64_t cand = keys[j].found->ids[i];
                if ((!id || cand < id) && (st = clashes(r, e, cand, &clash, err)) == FNR_OK &&
                    !clash)
                    id = cand;
            }
    if (st != FNR_OK)
        goto out;

    fnr_store_entity se = {
        .type = e->type,
        .name = e->name,
        .key = n_keys > 0 && name_keyed ? keys[0].key : "",
        .kind = e->kind,
        .country = e->country[0] ? e->country : NULL,
        .has_coords = e->has_coords,
        .lat = e->lat,
        .lon = e->lon,
    };
    /* Enriching only fills what is missing, and nothing ever empties kind,
     * country or coordinates again: once the writer has stored (or seen
     * stored) what this report gives, the call would change nothing, and
     * is skipped. What is known is a lower bound, so it stays true however
     * other writers change the store. */
    uintptr_t gives = (se.kind ? KNOWN_KIND : 0) | (se.country ? KNOWN_COUNTRY : 0) |
                      (se.has_coords ? KNOWN_COORDS : 0);
    void *kv = NULL;
    if (!id) {
        st = fnr_store_entity_insert(r->store, &se, &id, err);
        if (st != FNR_OK)
            goto out;
        uintptr_t c = pack_country(se.country);
        if (c && fnr_map_put(&r->country, &id, sizeof id, (void *)c) != FNR_OK) {
            st = nomem(err);
            goto out;
        }
        stats->entities_new++;
    } else {
        fnr_map_get(&r->known, &id, sizeof id, &kv);
        if (gives & ~(uintptr_t)kv) {
            st = fnr_store_entity_enrich(r->store, id, &se, err);
            if (st != FNR_OK)
                goto out;
        }
        stats->entities_joined++;
    }
    /* Every other entity a key found: a candidate, never a merge; one of
     * another country is neither. */
    uintptr_t country = pack_country(e->country);
    for (size_t j = 0; j < n_keys && st == FNR_OK; j++) {
        const kb_ids *found = keys[j].found;
        if (found && found->cand_id == id && found->cand_n == found->n &&
            found->cand_country == country)
            continue;
        for (size_t i = 0; found && i < found->n && st == FNR_OK; i++) {
            int64_t other = found->ids[i];
            if (other != id && (st = clashes(r, e, other, &clash, err)) == FNR_OK && !clash)
                st = add_candidate(r, id, other, &keys[j], doc_id, stats, err);
        }
    }
    if (st != FNR_OK)
        goto out;

    /* Alias rows: every surface of this report, asserted by this report. */
    for (size_t i = 0; i < n_surf && st == FNR_OK; i++) {
        if (ps[i].has_key) {
            fnr_store_alias a = {
                .entity_id = id,
                .surface = surface_at(e, i),
                .key = p->strs.data + ps[i].ck + ps[i].key_off,
                .doc_id = doc_id,
                .rule = ps[i].rule,
            };
            st = fnr_store_alias_insert(r->store, &a, err);
        }
    }
    if (st != FNR_OK)
        goto out;
    /* The cache learns that these keys now lead to `id`, and that their
     * candidates with it are recorded. */
    for (size_t j = 0; j < n_keys; j++)
        if (keys[j].found) {
            ids_add(keys[j].found, id);
            keys[j].found->cand_id = id;
            keys[j].found->cand_n = keys[j].found->n;
            keys[j].found->cand_country = country;
        }
    if ((gives & ~(uintptr_t)kv) &&
        fnr_map_put(&r->known, &id, sizeof id, (void *)((uintptr_t)kv | gives)) != FNR_OK) {
        st = nomem(err);
        goto out;
    }
    *out_id = id;

out:
    if (keys != local)
        fnr_free(keys);
    return st;
}

static int64_t map_id(const int64_t *ids, size_t n, int idx)
{
    if (idx < 0 || (size_t)idx >= n)
        return 0;
    return ids[idx];
}

/* Maps entity indexes to distinct store ids (two local entities may have
 * joined one store entity), dropping unknown ones. Returns the count. */
static size_t map_ids(const int64_t *ids, size_t n_ids, const int *idx, size_t n, int64_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t id = map_id(ids, n_ids, idx[i]);
        bool dup = !id;
        for (size_t j = 0; j < k && !dup; j++)
            dup = out[j] == id;
        if (!dup)
            out[k++] = id;
    }
    return k;
}

static fnr_status store_events(kb_resolver *r, const fnr_facts *f, const int64_t *ids,
                               int64_t doc_id, fnr_ingest_stats *stats, fnr_error *err)
{
    fnr_status st = FNR_OK;
    for (size_t i = 0; i < f->n_events && st == FNR_OK; i++) {
        const fnr_event *ev = &f->events[i];
        /* An event names a few actors and targets: on the stack then. */
        int64_t actors_local[8], targets_local[8];
        int64_t *actors =
            ev->n_actors <= 8 ? actors_local : fnr_calloc(ev->n_actors + 1, sizeof *actors);
        int64_t *targets =
            ev->n_targets <= 8 ? targets_local : fnr_calloc(ev->n_targets + 1, sizeof *targets);
        if (!actors || !targets) {
            st = nomem(err);
        } else {
            fnr_store_event se = {
                .doc_id = doc_id,
                .type = ev->type,
                .cameo = ev->cameo,
                .date = ev->date[0] ? ev->date : NULL,
                .date_end = ev->date_end[0] ? ev->date_end : NULL,
                .precision = ev->precision,
                .location_id = map_id(ids, f->n_entities, ev->location),
                .count = ev->count,
                .sentence = ev->sentence,
                .start = ev->start,
                .end = ev->end,
                .trigger_start = ev->trigger_start,
                .trigger_end = ev->trigger_end,
                .confidence = ev->confidence,
                .rule = ev->rule,
                .actors = actors,
                .targets = targets,
            };
            se.n_actors = map_ids(ids, f->n_entities, ev->actors, ev->n_actors, actors);
            se.n_targets = map_ids(ids, f->n_entities, ev->targets, ev->n_targets, targets);
            int64_t eid = 0;
            st = fnr_store_event_insert(r->store, &se, &eid, err);
            if (st == FNR_OK)
                stats->events++;
        }
        if (actors != actors_local)
            fnr_free(actors);
        if (targets != targets_local)
            fnr_free(targets);
    }
    return st;
}

fnr_status fnr__kb_store_facts(kb_resolver *r, const fnr_facts *f, const kb_doc_meta *meta,
                               int64_t batch, fnr_ingest_stats *stats, fnr_error *err)
{
    fnr_store_doc d = {
        .sha256 = f->sha256,
        .title = meta->title ? meta->title : f->title,
        .date = meta->date ? meta->date : (f->date[0] ? f->date : NULL),
        .source = meta->source,
        .url = meta->url,
        .reliability = meta->reliability,
        .credibility = meta->credibility,
        .format = meta->format ? meta->format : (f->html ? "html" : "text"),
        .bytes = f->input_bytes,
        .text = f->text,
        .text_len = f->text_len,
        .sentences = f->sentences,
        .n_sentences = f->n_sentences,
        .batch = batch,
        .marking = meta->marking,
        .prepared = meta->prepared,
    };
    int64_t doc_id = 0;
    fnr_status st = fnr_store_doc_insert(r->store, &d, &doc_id, err);
    if (st != FNR_OK)
        return st;

    /* Prepared on an extraction thread, else here. */
    kb_prep *own = NULL;
    const kb_prep *p = meta->prep;
    if (!p) {
        st = prep_make(f, &own, err);
        if (st != FNR_OK)
            return st;
        p = own;
    }
    int64_t *ids = fnr_calloc(f->n_entities + 1, sizeof *ids);
    if (!ids) {
        fnr__kb_prep_free(own);
        return nomem(err);
    }
    for (size_t i = 0; i < f->n_entities && st == FNR_OK; i++)
        st = resolve_entity(r, &f->entities[i], p, i, doc_id, &ids[i], stats, err);

    for (size_t i = 0; i < f->n_entities && st == FNR_OK; i++) {
        const fnr_entity *e = &f->entities[i];
        for (size_t j = 0; j < e->n_mentions && st == FNR_OK; j++) {
            const fnr_mention *m = &e->mentions[j];
            fnr_store_mention sm = {
                .entity_id = ids[i],
                .doc_id = doc_id,
                .sentence = m->sentence,
                .start = m->start,
                .end = m->end,
                .rule = m->rule,
            };
            st = fnr_store_mention_insert(r->store, &sm, err);
            if (st == FNR_OK)
                stats->mentions++;
        }
    }
    if (st == FNR_OK)
        st = store_events(r, f, ids, doc_id, stats, err);

    for (size_t i = 0; i < f->n_relations && st == FNR_OK; i++) {
        const fnr_relation *rel = &f->relations[i];
        int64_t a = map_id(ids, f->n_entities, rel->source);
        int64_t b = map_id(ids, f->n_entities, rel->target);
        if (!a || !b || a == b)
            continue; /* both ends resolved to one entity: nothing to relate */
        /* Same-sentence co-occurrence is not stored as a relation: the
         * profile's co-occurrence list counts it from the mentions. */
        if (rel->type == FNR_REL_ASSOCIATED_WITH)
            continue;
        fnr_store_relation sr = {
            .doc_id = doc_id,
            .type = rel->type,
            .source_id = a,
            .target_id = b,
            .role = rel->role,
            .sentence = rel->sentence,
            .start = rel->start,
            .end = rel->end,
            .rule = rel->rule,
        };
        st = fnr_store_relation_insert(r->store, &sr, err);
        if (st == FNR_OK)
            stats->relations++;
    }
    fnr_free(ids);
    fnr__kb_prep_free(own);
    return st;
}
