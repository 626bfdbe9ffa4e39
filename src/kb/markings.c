/*
 * Markings in the knowledge base: the store's classification levels and
 * default markings, turning an fnr_markings given by a user into a stored
 * marking, changing a document's markings, and the analyst's own facts
 * (notes and links), which carry the analyst as provenance and the markings
 * given. The visibility rule itself is fnr_marking_visible
 * (store/markings.c); the store applies it inside its queries.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "kb/kb_int.h"

#define LIST_MAX       1024
#define LEVELS_MAX     16
#define LEVEL_NAME_MAX 48

static const char *const TLPS[] = { "clear", "green", "amber", "amber+strict", "red" };
#define N_TLPS (sizeof TLPS / sizeof TLPS[0])

static fnr_status nomem(fnr_error *err)
{
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

static fnr_status need_owner(const fnr_viewer *who, const char *what, fnr_error *err)
{
    if (who)
        return fnr_error_set(err, FNR_DENIED, "%s is the store owner's to do; \"%s\" may not", what,
                             who->name ? who->name : "?");
    return FNR_OK;
}

static fnr_status need_writable(fnr_kb *kb, fnr_error *err)
{
    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (kb->readonly)
        return fnr_error_set(err, FNR_UNSUPPORTED,
                             "could not change store \"%s\": it is open read-only", kb->path);
    return FNR_OK;
}

static fnr_status default_of(fnr_kb *kb, const char *field, char **out, fnr_error *err);

/* ---- levels ------------------------------------------------------------------------ */

static void levels_free(fnr_kb *kb)
{
    fnr_marking_split_free(kb->levels, kb->n_levels);
    kb->levels = NULL;
    kb->n_levels = 0;
}

/* Splits a comma-separated list into kb->levels. */
static fnr_status levels_parse(fnr_kb *kb, const char *v, fnr_error *err)
{
    levels_free(kb);
    return fnr_marking_split(v, &kb->levels, &kb->n_levels) == FNR_OK ? FNR_OK : nomem(err);
}

fnr_status fnr__kb_levels(fnr_kb *kb, const char *const **names, size_t *n, fnr_error *err)
{
    if (!kb->levels) {
        char *v = NULL;
        fnr_status st = kb->store->m->meta_get(kb->store, "levels", &v, err);
        if (st != FNR_OK)
            return st;
        st =
            levels_parse(kb, v ? v : "UNCLASSIFIED,RESTRICTED,CONFIDENTIAL,SECRET,TOP SECRET", err);
        fnr_free(v);
        if (st != FNR_OK) {
            levels_free(kb);
            return st;
        }
    }
    *names = (const char *const *)kb->levels;
    *n = kb->n_levels;
    return FNR_OK;
}

fnr_status fnr_kb_levels(fnr_kb *kb, const char *const **out, size_t *out_n, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    return fnr__kb_levels(kb, out, out_n, err);
}

/* The initials of a level name: "TOP SECRET" -> "TS". */
static void initials(const char *name, char *out, size_t size)
{
    size_t k = 0;
    bool start = true;
    for (const char *p = name; *p && k + 1 < size; p++) {
        if (*p == ' ' || *p == '-' || *p == '_') {
            start = true;
            continue;
        }
        if (start)
            out[k++] = *p;
        start = false;
    }
    out[k] = 0;
}

fnr_status fnr__kb_level_rank(fnr_kb *kb, const char *name, int *out, fnr_error *err)
{
    const char *const *levels = NULL;
    size_t n = 0;
    fnr_status st = fnr__kb_levels(kb, &levels, &n, err);
    if (st != FNR_OK)
        return st;
    *out = 0;
    if (!name)
        name = "";
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(levels[i], name) == 0) {
            *out = (int)i;
            return FNR_OK;
        }
    /* Initials ("TS", "S", "C", "R", "U") when they name one level only. */
    int found = -1, hits = 0;
    for (size_t i = 0; i < n; i++) {
        char ini[LEVEL_NAME_MAX];
        initials(levels[i], ini, sizeof ini);
        if (*name && strcasecmp(ini, name) == 0) {
            found = (int)i;
            hits++;
        }
    }
    if (hits == 1) {
        *out = found;
        return FNR_OK;
    }
    char list[512];
    size_t used = 0;
    list[0] = 0;
    for (size_t i = 0; i < n && used < sizeof list; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", levels[i]);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    fnr_error_set(err, FNR_INVALID, "unknown classification \"%s\"", name);
    fnr_error_hint(err, "This store's levels, lowest first: %s.", list);
    return FNR_INVALID;
}

fnr_status fnr_kb_set_levels(fnr_kb *kb, const fnr_viewer *who, const char *const *names, size_t n,
                             fnr_error *err)
{
    fnr_error_clear(err);
    fnr_status st = need_writable(kb, err);
    if (st == FNR_OK)
        st = need_owner(who, "changing the classification levels", err);
    if (st != FNR_OK)
        return st;
    if (n < 2 || n > LEVELS_MAX)
        return fnr_error_set(err, FNR_INVALID,
                             "a store needs 2 to %d classification levels, not %zu", LEVELS_MAX, n);
    fnr_buf b;
    fnr_buf_init(&b, 0);
    for (size_t i = 0; i < n; i++) {
        const char *nm = names[i] ? names[i] : "";
        size_t len = strlen(nm);
        bool ok = len > 0 && len < LEVEL_NAME_MAX;
        for (size_t k = 0; k < len && ok; k++)
            ok = nm[k] != ',' && nm[k] != '/' && (unsigned char)nm[k] >= 0x20;
        for (size_t j = 0; j < i && ok; j++)
            ok = strcasecmp(names[j], nm) != 0;
        if (!ok) {
            fnr_buf_destroy(&b);
            return fnr_error_set(err, FNR_INVALID,
                                 "invalid level name \"%s\" (1 to %d characters, no ',' or '/', "
                                 "each name once)",
                                 nm, LEVEL_NAME_MAX - 1);
        }
        if ((i && fnr_buf_putc(&b, ',') != FNR_OK) || fnr_buf_puts(&b, nm) != FNR_OK) {
            fnr_buf_destroy(&b);
            return nomem(err);
        }
    }
    int max = -1;
    st = kb->store->m->max_level(kb->store, &max, err);
    if (st == FNR_OK && max >= (int)n) {
        const char *const *old = NULL;
        size_t n_old = 0;
        fnr__kb_levels(kb, &old, &n_old, NULL);
        st = fnr_error_set(err, FNR_INVALID,
                           "stored documents are marked %s, which the new list of %zu levels would "
                           "not have",
                           (size_t)max < n_old ? old[max] : "at a higher level", n);
    }
    char *dv = NULL;
    if (st == FNR_OK)
        st = default_of(kb, "classification", &dv, err);
    if (st == FNR_OK && dv && atoi(dv) >= (int)n)
        st = fnr_error_set(err, FNR_INVALID,
                           "the default classification is level %d, which the new list of %zu "
                           "levels would not have",
                           atoi(dv) + 1, n);
    fnr_free(dv);
    if (st == FNR_OK)
        st = fnr_store_begin(kb->store, err);
    if (st == FNR_OK) {
        st = kb->store->m->meta_set(kb->store, "levels", b.data, err);
        if (st == FNR_OK)
            st = fnr_store_commit(kb->store, err);
        else
            fnr_store_rollback(kb->store, NULL);
    }
    if (st == FNR_OK) {
        levels_free(kb);
        char what[600];
        snprintf(what, sizeof what, "levels set to %s", b.data);
        st = fnr__kb_audit(kb, who, "marking", what, 0, NULL, 0, err);
    }
    fnr_buf_destroy(&b);
    return st;
}

/* ---- markings ------------------------------------------------------------------------- */

static fnr_status tlp_name(const char *in, const char **out, fnr_error *err)
{
    *out = "";
    if (!in || !*in)
        return FNR_OK;
    const char *s = in;
    if (strncasecmp(s, "tlp:", 4) == 0)
        s += 4;
    if (strcasecmp(s, "white") == 0) /* TLP 1.0's name for clear */
        s = "clear";
    for (size_t i = 0; i < N_TLPS; i++)
        if (strcasecmp(s, TLPS[i]) == 0) {
            *out = TLPS[i];
            return FNR_OK;
        }
    fnr_error_set(err, FNR_INVALID, "unknown TLP \"%s\"", in);
    fnr_error_hint(err, "TLP 2.0 labels: clear, green, amber, amber+strict, red.");
    return FNR_INVALID;
}

static int tlp_rank(const char *t)
{
    for (size_t i = 0; i < N_TLPS; i++)
        if (t && strcmp(t, TLPS[i]) == 0)
            return (int)i;
    return -1;
}

/* A stored TLP name as our own constant (store strings do not last). */
static const char *tlp_const(const char *t)
{
    int r = tlp_rank(t);
    return r < 0 ? "" : TLPS[r];
}

/* The store's default for one field (meta "default.X"); NULL when unset. */
static fnr_status default_of(fnr_kb *kb, const char *field, char **out, fnr_error *err)
{
    char key[64];
    snprintf(key, sizeof key, "default.%s", field);
    return kb->store->m->meta_get(kb->store, key, out, err);
}

/* A marking given by the user, with the store's defaults for the fields
 * left empty, as a stored marking. Strings go into the three buffers. */
static fnr_status resolve_marking(fnr_kb *kb, const fnr_markings *m, fnr_store_marking *out,
                                  char comps[LIST_MAX], char rel[LIST_MAX], fnr_error *err)
{
    fnr_markings none = { 0 };
    if (!m)
        m = &none;
    memset(out, 0, sizeof *out);
    fnr_status st = FNR_OK;
    char *dv = NULL;
    if (m->classification && *m->classification) {
        st = fnr__kb_level_rank(kb, m->classification, &out->level, err);
    } else {
        /* The default level is kept as its rank, so renaming levels keeps it. */
        st = default_of(kb, "classification", &dv, err);
        if (st == FNR_OK && dv) {
            char *end = NULL;
            long rank = strtol(dv, &end, 10);
            const char *const *levels = NULL;
            size_t n = 0;
            st = fnr__kb_levels(kb, &levels, &n, err);
            if (st == FNR_OK && (end == dv || *end || rank < 0 || (size_t)rank >= n))
                st = fnr_error_set(err, FNR_BADINPUT,
                                   "the store's default classification \"%s\" is not a level", dv);
            out->level = (int)rank;
        }
        fnr_free(dv);
        dv = NULL;
    }
    if (st != FNR_OK)
        return st;

    if (m->n_compartments) {
        st = fnr_marking_list(m->compartments, m->n_compartments, comps, LIST_MAX, err);
    } else {
        st = default_of(kb, "compartments", &dv, err);
        snprintf(comps, LIST_MAX, "%s", dv ? dv : "");
        fnr_free(dv);
        dv = NULL;
    }
    if (st != FNR_OK)
        return st;
    if (m->n_rel_to) {
        st = fnr_marking_list(m->rel_to, m->n_rel_to, rel, LIST_MAX, err);
    } else {
        st = default_of(kb, "rel_to", &dv, err);
        snprintf(rel, LIST_MAX, "%s", dv ? dv : "");
        fnr_free(dv);
        dv = NULL;
    }
    if (st != FNR_OK)
        return st;
    if (m->tlp && *m->tlp) {
        st = tlp_name(m->tlp, &out->tlp, err);
    } else {
        st = default_of(kb, "tlp", &dv, err);
        if (st == FNR_OK)
            st = tlp_name(dv, &out->tlp, err);
        fnr_free(dv);
    }
    out->compartments = comps;
    out->rel_to = rel;
    return st;
}

fnr_status fnr__kb_marking(fnr_kb *kb, const fnr_markings *m, int64_t *out_id, fnr_error *err)
{
    char comps[LIST_MAX], rel[LIST_MAX];
    fnr_store_marking sm;
    *out_id = 0;
    fnr_status st = resolve_marking(kb, m, &sm, comps, rel, err);
    if (st != FNR_OK)
        return st;
    return kb->store->m->marking_id(kb->store, &sm, out_id, err);
}

static void banner(fnr_kb *kb, const fnr_store_marking *m, char *buf, size_t size)
{
    const char *const *levels = NULL;
    size_t n = 0;
    if (fnr__kb_levels(kb, &levels, &n, NULL) != FNR_OK)
        n = 0;
    fnr_marking_banner(m, levels, n, buf, size);
}

fnr_status fnr_kb_set_default_markings(fnr_kb *kb, const fnr_viewer *who, const fnr_markings *m,
                                       fnr_error *err)
{
    fnr_error_clear(err);
    fnr_status st = need_writable(kb, err);
    if (st == FNR_OK)
        st = need_owner(who, "changing the default markings", err);
    if (st != FNR_OK)
        return st;
    /* Validate everything before writing anything. */
    char comps[LIST_MAX] = "", rel[LIST_MAX] = "";
    const char *tlp = "";
    int level = 0;
    if (m->classification && *m->classification)
        st = fnr__kb_level_rank(kb, m->classification, &level, err);
    if (st == FNR_OK && m->n_compartments)
        st = fnr_marking_list(m->compartments, m->n_compartments, comps, sizeof comps, err);
    if (st == FNR_OK && m->n_rel_to)
        st = fnr_marking_list(m->rel_to, m->n_rel_to, rel, sizeof rel, err);
    if (st == FNR_OK && m->tlp)
        st = tlp_name(m->tlp, &tlp, err);
    if (st != FNR_OK)
        return st;
    st = fnr_store_begin(kb->store, err);
    if (st != FNR_OK)
        return st;
    fnr_store *s = kb->store;
    char rank[16];
    snprintf(rank, sizeof rank, "%d", level);
    if (m->classification && *m->classification)
        st = s->m->meta_set(s, "default.classification", rank, err);
    if (st == FNR_OK && m->n_compartments)
        st = s->m->meta_set(s, "default.compartments", comps, err);
    if (st == FNR_OK && m->n_rel_to)
        st = s->m->meta_set(s, "default.rel_to", rel, err);
    if (st == FNR_OK && m->tlp)
        st = s->m->meta_set(s, "default.tlp", *tlp ? tlp : NULL, err);
    if (st != FNR_OK) {
        fnr_store_rollback(s, NULL);
        return st;
    }
    st = fnr_store_commit(s, err);
    if (st != FNR_OK)
        return st;
    char b[512], what[600];
    fnr_kb_default_markings(kb, b, sizeof b, NULL);
    snprintf(what, sizeof what, "default markings set to %s", b);
    return fnr__kb_audit(kb, who, "marking", what, 0, NULL, 0, err);
}

fnr_status fnr_kb_default_markings(fnr_kb *kb, char *buf, size_t size, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || !kb->store || !buf || !size)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    char comps[LIST_MAX], rel[LIST_MAX];
    fnr_store_marking sm;
    fnr_status st = resolve_marking(kb, NULL, &sm, comps, rel, err);
    if (st != FNR_OK)
        return st;
    banner(kb, &sm, buf, size);
    return FNR_OK;
}

fnr_status fnr_kb_mark(fnr_kb *kb, const fnr_viewer *who, int64_t doc_id, const fnr_markings *m,
                       fnr_error *err)
{
    fnr_error_clear(err);
    fnr_status st = need_writable(kb, err);
    if (st == FNR_OK)
        st = need_owner(who, "changing a document's markings", err);
    if (st != FNR_OK)
        return st;
    char old[512] = "", neu[512] = "";
    fnr_store_marking cur;
    st = kb->store->m->doc_marking(kb->store, doc_id, &cur, err);
    if (st != FNR_OK)
        return st;
    banner(kb, &cur, old, sizeof old);
    /* Fields not given keep the document's current value, not the defaults. */
    char comps[LIST_MAX], rel[LIST_MAX];
    snprintf(comps, sizeof comps, "%s", cur.compartments);
    snprintf(rel, sizeof rel, "%s", cur.rel_to);
    fnr_store_marking nm = { .level = cur.level, .tlp = tlp_const(cur.tlp) };
    if (m->classification && *m->classification)
        st = fnr__kb_level_rank(kb, m->classification, &nm.level, err);
    if (st == FNR_OK && m->n_compartments)
        st = fnr_marking_list(m->compartments, m->n_compartments, comps, sizeof comps, err);
    if (st == FNR_OK && m->n_rel_to)
        st = fnr_marking_list(m->rel_to, m->n_rel_to, rel, sizeof rel, err);
    if (st == FNR_OK && m->tlp)
        st = tlp_name(m->tlp, &nm.tlp, err);
    if (st != FNR_OK)
        return st;
    nm.compartments = comps;
    nm.rel_to = rel;
    st = fnr_store_begin(kb->store, err);
    if (st != FNR_OK)
        return st;
    int64_t id = 0;
    st = kb->store->m->marking_id(kb->store, &nm, &id, err);
    if (st == FNR_OK)
        st = kb->store->m->doc_set_marking(kb->store, doc_id, id, err);
    if (st != FNR_OK) {
        fnr_store_rollback(kb->store, NULL);
        return st;
    }
    st = fnr_store_commit(kb->store, err);
    if (st != FNR_OK)
        return st;
    banner(kb, &nm, neu, sizeof neu);
    char what[1100];
    snprintf(what, sizeof what, "document %lld: %s -> %s", (long long)doc_id, old, neu);
    return fnr__kb_audit(kb, who, "marking", what, 1, &doc_id, 1, err);
}

/* ---- the analyst's facts ---------------------------------------------------------------- */

/* Stores extracted facts of one analyst-written document in a transaction. */
static fnr_status store_note(fnr_kb *kb, const fnr_viewer *who, const fnr_facts *f,
                             const char *title, int64_t marking, int64_t *out_doc,
                             fnr_ingest_stats *stats, fnr_error *err)
{
    char source[160];
    snprintf(source, sizeof source, "analyst:%s", fnr_viewer_name(who));
    int64_t found = 0;
    fnr_status st = fnr_store_doc_find(kb->store, f->sha256, &found, err);
    if (st == FNR_OK && found > 0) {
        *out_doc = found;
        return fnr_error_set(err, FNR_EXISTS, "the same note is already stored as document %lld",
                             (long long)found);
    }
    if (st != FNR_OK && st != FNR_NOTFOUND)
        return st;
    fnr_error_clear(err);
    kb_resolver res;
    fnr__kb_resolver_init(&res, kb->store);
    kb_doc_meta meta = { .title = title, .source = source, .format = "note", .marking = marking };
    st = fnr_store_begin(kb->store, err);
    if (st == FNR_OK) {
        st = fnr__kb_store_facts(&res, f, &meta, 0, stats, err);
        if (st == FNR_OK)
            st = fnr_store_doc_find(kb->store, f->sha256, out_doc, err);
        if (st == FNR_OK)
            st = fnr_store_commit(kb->store, err);
        else
            fnr_store_rollback(kb->store, NULL);
    }
    fnr__kb_resolver_destroy(&res);
    return st;
}

static fnr_status extractor(fnr_kb *kb, fnr_error *err)
{
    if (!kb->x)
        return fnr_extractor_new(&kb->x, err);
    return FNR_OK;
}

fnr_status fnr_kb_note(fnr_kb *kb, const fnr_viewer *who, const char *text, const char *title,
                       const fnr_markings *m, int64_t *out_doc, fnr_error *err)
{
    fnr_error_clear(err);
    *out_doc = 0;
    fnr_status st = need_writable(kb, err);
    if (st != FNR_OK)
        return st;
    if (!text || !*text)
        return fnr_error_set(err, FNR_INVALID, "an empty note");
    int64_t marking = 0;
    st = fnr__kb_marking(kb, m, &marking, err);
    if (st == FNR_OK)
        st = extractor(kb, err);
    if (st != FNR_OK)
        return st;
    fnr_extract_opts eo = { .format = FNR_INPUT_TEXT };
    fnr_facts *f = NULL;
    st = fnr_extract(kb->x, text, strlen(text), &eo, &f, err);
    if (st != FNR_OK)
        return st;
    fnr_ingest_stats stats = { 0 };
    st = store_note(kb, who, f, title ? title : "Analyst note", marking, out_doc, &stats, err);
    fnr_facts_free(f);
    if (st != FNR_OK)
        return st;
    char what[300];
    snprintf(what, sizeof what, "note \"%.200s\"", title ? title : "Analyst note");
    return fnr__kb_audit(kb, who, "note", what, (long)(stats.mentions + stats.events), out_doc, 1,
                         err);
}

/* The stricter of two markings: highest level, union of compartments,
 * intersection of releasability, stricter TLP. */
static fnr_status combine(const fnr_store_marking *a, const fnr_store_marking *b,
                          fnr_store_marking *out, char comps[LIST_MAX], char rel[LIST_MAX],
                          fnr_error *err)
{
    out->level = a->level > b->level ? a->level : b->level;
    out->tlp = tlp_rank(a->tlp) >= tlp_rank(b->tlp) ? a->tlp : b->tlp;
    char **ca = NULL, **cb = NULL, **ra = NULL;
    size_t na = 0, nb = 0, nr = 0;
    const char **parts = NULL;
    fnr_status st = FNR_NOMEM;
    if (fnr_marking_split(a->compartments, &ca, &na) != FNR_OK ||
        fnr_marking_split(b->compartments, &cb, &nb) != FNR_OK ||
        fnr_marking_split(a->rel_to, &ra, &nr) != FNR_OK ||
        !(parts = fnr_calloc(na + nb + nr + 1, sizeof *parts)))
        goto out;
    /* Compartments: all of both. */
    for (size_t i = 0; i < na; i++)
        parts[i] = ca[i];
    for (size_t i = 0; i < nb; i++)
        parts[na + i] = cb[i];
    st = fnr_marking_list(parts, na + nb, comps, LIST_MAX, err);
    if (st != FNR_OK)
        goto out;
    /* Releasability: only the partners both allow. */
    size_t k = 0;
    for (size_t i = 0; i < nr; i++)
        if (fnr_marking_list_has(b->rel_to, ra[i]))
            parts[k++] = ra[i];
    st = fnr_marking_list(parts, k, rel, LIST_MAX, err);
    out->compartments = comps;
    out->rel_to = rel;
out:
    fnr_marking_split_free(ca, na);
    fnr_marking_split_free(cb, nb);
    fnr_marking_split_free(ra, nr);
    fnr_free(parts);
    return st == FNR_NOMEM ? nomem(err) : st;
}

fnr_status fnr_kb_link(fnr_kb *kb, const fnr_viewer *who, const char *a, const char *b,
                       fnr_relation_type type, const char *role, int64_t evidence_doc,
                       const char *note, const fnr_markings *m, int64_t *out_doc, fnr_error *err)
{
    fnr_error_clear(err);
    *out_doc = 0;
    fnr_status st = need_writable(kb, err);
    if (st != FNR_OK)
        return st;
    if (type <= 0 || type == FNR_REL_ASSOCIATED_WITH || !fnr_relation_type_name(type))
        return fnr_error_set(err, FNR_INVALID, "invalid relation type for a link");
    if (!a || !*a || !b || !*b)
        return fnr_error_set(err, FNR_INVALID, "a link needs two entities");
    /* Both ends and the evidence must be visible to the analyst. */
    int64_t ida = 0, idb = 0;
    st = fnr_store_entity_resolve(kb->store, who, a, &ida, err);
    if (st == FNR_OK)
        st = fnr_store_entity_resolve(kb->store, who, b, &idb, err);
    if (st != FNR_OK)
        return st;
    if (ida == idb)
        return fnr_error_set(err, FNR_INVALID, "\"%s\" and \"%s\" are the same entity", a, b);

    char comps[LIST_MAX], rel[LIST_MAX];
    fnr_store_marking given;
    st = resolve_marking(kb, m, &given, comps, rel, err);
    if (st != FNR_OK)
        return st;
    fnr_store_marking final = given;
    char c2[LIST_MAX], r2[LIST_MAX], c3[LIST_MAX], r3[LIST_MAX];
    if (evidence_doc > 0) {
        fnr_store_marking ev;
        st = kb->store->m->doc_marking(kb->store, evidence_doc, &ev, err);
        if (st == FNR_OK && !fnr_marking_visible(who, &ev))
            st = fnr_error_set(err, FNR_NOTFOUND, "no document %lld", (long long)evidence_doc);
        if (st != FNR_OK)
            return st;
        /* ev's strings live in the store's scratch: copy them first. */
        snprintf(c2, sizeof c2, "%s", ev.compartments);
        snprintf(r2, sizeof r2, "%s", ev.rel_to);
        ev.compartments = c2;
        ev.rel_to = r2;
        ev.tlp = tlp_const(ev.tlp);
        st = combine(&given, &ev, &final, c3, r3, err);
        if (st != FNR_OK)
            return st;
    }

    /* The note document states the link in words; the entities are
     * mentioned in it, so they are visible wherever the link is. */
    const char *tname = fnr_relation_type_name(type);
    fnr_buf text;
    fnr_buf_init(&text, 0);
    size_t a_start = 0, a_end = 0, b_start = 0, b_end = 0;
    bool ok = fnr_buf_printf(&text, "Analyst %s links ", fnr_viewer_name(who)) == FNR_OK;
    a_start = text.len;
    ok = ok && fnr_buf_puts(&text, a) == FNR_OK;
    a_end = text.len;
    ok = ok && fnr_buf_printf(&text, " %s ", tname) == FNR_OK;
    b_start = text.len;
    ok = ok && fnr_buf_puts(&text, b) == FNR_OK;
    b_end = text.len;
    if (role && *role)
        ok = ok && fnr_buf_printf(&text, " (%s)", role) == FNR_OK;
    if (evidence_doc > 0)
        ok = ok && fnr_buf_printf(&text, " on the evidence of document %lld",
                                  (long long)evidence_doc) == FNR_OK;
    ok = ok && fnr_buf_puts(&text, ".") == FNR_OK;
    size_t stmt_end = text.len;
    if (note && *note)
        ok = ok && fnr_buf_printf(&text, " %s", note) == FNR_OK;
    if (!ok) {
        fnr_buf_destroy(&text);
        return nomem(err);
    }

    char source[160];
    snprintf(source, sizeof source, "analyst:%s", fnr_viewer_name(who));
    char rule[160];
    snprintf(rule, sizeof rule, "analyst:%s", fnr_viewer_name(who));
    /* The content hash of a link note covers what it asserts. */
    fnr_extract_opts eo = { .format = FNR_INPUT_TEXT };
    fnr_facts *f = NULL;
    st = extractor(kb, err);
    if (st == FNR_OK)
        st = fnr_extract(kb->x, text.data, text.len, &eo, &f, err);
    if (st != FNR_OK) {
        fnr_buf_destroy(&text);
        return st;
    }
    int64_t found = 0;
    st = fnr_store_doc_find(kb->store, f->sha256, &found, err);
    if (st != FNR_OK && st != FNR_NOTFOUND) {
        fnr_facts_free(f);
        fnr_buf_destroy(&text);
        return st;
    }
    if (st == FNR_OK && found > 0) {
        fnr_facts_free(f);
        fnr_buf_destroy(&text);
        *out_doc = found;
        return fnr_error_set(err, FNR_EXISTS, "the same link is already stored (document %lld)",
                             (long long)found);
    }
    fnr_error_clear(err);
    st = fnr_store_begin(kb->store, err);
    int64_t marking = 0, doc = 0;
    if (st == FNR_OK)
        st = kb->store->m->marking_id(kb->store, &final, &marking, err);
    if (st == FNR_OK) {
        fnr_sentence_span span = { .start = 0, .end = stmt_end };
        char title[200];
        snprintf(title, sizeof title, "Link: %.80s %s %.80s", a, tname, b);
        fnr_store_doc d = {
            .sha256 = f->sha256,
            .title = title,
            .source = source,
            .format = "note",
            .bytes = text.len,
            .text = text.data,
            .text_len = text.len,
            .sentences = &span,
            .n_sentences = 1,
            .marking = marking,
        };
        st = fnr_store_doc_insert(kb->store, &d, &doc, err);
    }
    fnr_store_mention ma = {
        .entity_id = ida, .doc_id = doc, .start = a_start, .end = a_end, .rule = rule
    };
    fnr_store_mention mb = {
        .entity_id = idb, .doc_id = doc, .start = b_start, .end = b_end, .rule = rule
    };
    if (st == FNR_OK)
        st = fnr_store_mention_insert(kb->store, &ma, err);
    if (st == FNR_OK)
        st = fnr_store_mention_insert(kb->store, &mb, err);
    if (st == FNR_OK) {
        fnr_store_relation r = { .doc_id = doc,
                                 .type = type,
                                 .source_id = ida,
                                 .target_id = idb,
                                 .role = role && *role ? role : NULL,
                                 .start = 0,
                                 .end = stmt_end,
                                 .rule = rule };
        st = fnr_store_relation_insert(kb->store, &r, err);
    }
    if (st == FNR_OK)
        st = fnr_store_commit(kb->store, err);
    else
        fnr_store_rollback(kb->store, NULL);
    fnr_facts_free(f);
    fnr_buf_destroy(&text);
    if (st != FNR_OK)
        return st;
    *out_doc = doc;
    char what[400];
    snprintf(what, sizeof what, "link e%lld %s e%lld (evidence %lld)", (long long)ida, tname,
             (long long)idb, (long long)evidence_doc);
    int64_t docs[2] = { doc, evidence_doc };
    return fnr__kb_audit(kb, who, "link", what, 1, docs, evidence_doc > 0 ? 2 : 1, err);
}
