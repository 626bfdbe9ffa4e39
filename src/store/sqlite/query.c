/*
 * The SQLite backend's read queries: resolving a name to an entity, search
 * (entities by match key, documents by FTS5), entity profiles, event lists
 * and statistics, timelines, one document, merge candidates. Each fills a
 * public result struct of fener/kb.h allocated with fnr__result_new, every
 * string copied into the result's arena. Every query takes the viewer;
 * the documents it may see are filtered through SQ_DOC_VISIBLE
 * (sqlite_int.h), the one place the markings layer changes.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/utf8.h"
#include "store/sqlite/sqlite_int.h"

#define STMT_OR_GOTO(var, h, sql, err)               \
    do {                                             \
        (var) = fnr__sq_stmt((h), (sql), (err));     \
        if (!(var)) {                                \
            rc = (err) ? (err)->code : FNR_INTERNAL; \
            goto out;                                \
        }                                            \
    } while (0)

#define NOMEM_GOTO()                                         \
    do {                                                     \
        rc = fnr_error_set(err, FNR_NOMEM, "out of memory"); \
        goto out;                                            \
    } while (0)

/* ---- helpers -------------------------------------------------------------------- */

/* A column's text copied into the arena; NULL for SQL NULL. *ok is cleared
 * when out of memory. */
static const char *col_str(fnr_arena *a, sqlite3_stmt *st, int i, bool *ok)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    const char *s = (const char *)sqlite3_column_text(st, i);
    size_t n = (size_t)sqlite3_column_bytes(st, i);
    if (!s)
        return NULL;
    char *c = fnr_arena_strndup(a, s, n);
    if (!c)
        *ok = false;
    return c;
}

/* Appends one zeroed element to an arena array, doubling its capacity. */
static void *arr_push(fnr_arena *a, void **data, size_t *len, size_t *cap, size_t elem)
{
    if (*len == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        void *n = fnr_arena_calloc(a, ncap, elem);
        if (!n)
            return NULL;
        if (*len)
            memcpy(n, *data, *len * elem);
        *data = n;
        *cap = ncap;
    }
    void *e = (char *)*data + *len * elem;
    memset(e, 0, elem);
    (*len)++;
    return e;
}

#define PUSH(arena, arr, n, cap) arr_push((arena), (void **)&(arr), &(n), &(cap), sizeof *(arr))

static fnr_status step_error(fnr_sqlite *h, sqlite3_stmt *st, int r, const char *what,
                             fnr_error *err)
{
    sqlite3_reset(st);
    return fnr__sq_error(h, r, what, err);
}

/* After a sqlite3_step loop that ended with step result r: resets st, then
 * FNR_NOMEM when !ok (a row could not be copied), an error saying `what`
 * when r is not SQLITE_DONE, else FNR_OK. */
static fnr_status rows_end(fnr_sqlite *h, sqlite3_stmt *st, int r, bool ok, const char *what,
                           fnr_error *err)
{
    sqlite3_reset(st);
    if (!ok)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, what, err);
    return FNR_OK;
}

/* Before a query: write pending summaries so that the query sees them, and
 * set up the viewer's filter. */
static fnr_status prepare_query(fnr_sqlite *h, const fnr_viewer *v, fnr_error *err)
{
    fnr_error_clear(err);
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    return fnr__sq_viewer_prepare(h, v, err);
}

/* ---- documents ----------------------------------------------------------------------- */

#define DOC_COLS                                                                      \
    "d.id, d.title, d.date, d.source, d.url, d.reliability, d.credibility, d.sha256," \
    " fnr_banner((SELECT dm_.marking FROM doc_marks dm_ WHERE dm_.doc_id = d.id))"
#define DOC_NCOLS 9

/* Reads DOC_COLS starting at column i. */
static void read_doc(fnr_arena *a, sqlite3_stmt *st, int i, fnr_doc_row *d, bool *ok)
{
    d->id = sqlite3_column_int64(st, i);
    d->title = col_str(a, st, i + 1, ok);
    d->date = col_str(a, st, i + 2, ok);
    d->source = col_str(a, st, i + 3, ok);
    d->url = col_str(a, st, i + 4, ok);
    const unsigned char *r = sqlite3_column_text(st, i + 5);
    d->reliability = r && *r ? (char)r[0] : 0;
    d->credibility = sqlite3_column_int(st, i + 6);
    d->sha256 = col_str(a, st, i + 7, ok);
    d->marking = col_str(a, st, i + 8, ok);
}

/* ---- events ------------------------------------------------------------------------------ */

#define EVENT_COLS                                                                         \
    "e.id, e.doc_id, d.title, e.type, e.cameo, e.date, e.date_end, e.precision,"           \
    " coalesce(e.location_id, 0), l.type, " SQ_ENTITY_NAME(                                \
        "l") ", coalesce(e.count, -1),"                                                    \
             " substr(CAST(d.text AS BLOB), e.start_byte + 1, e.end_byte - e.start_byte)," \
             " e.start_byte, e.end_byte, e.confidence, e.rule"

#define EVENT_FROM                                       \
    " FROM events e JOIN documents d ON d.id = e.doc_id" \
    " LEFT JOIN entities l ON l.id = e.location_id"

static void read_event(fnr_arena *a, sqlite3_stmt *st, fnr_event_row *r, bool *ok)
{
    r->id = sqlite3_column_int64(st, 0);
    r->doc_id = sqlite3_column_int64(st, 1);
    r->doc_title = col_str(a, st, 2, ok);
    r->type = (fnr_event_type)sqlite3_column_int(st, 3);
    r->cameo = col_str(a, st, 4, ok);
    r->date = col_str(a, st, 5, ok);
    r->date_end = col_str(a, st, 6, ok);
    r->precision = col_str(a, st, 7, ok);
    r->location.id = sqlite3_column_int64(st, 8);
    r->location.type = (fnr_entity_type)sqlite3_column_int(st, 9);
    r->location.name = col_str(a, st, 10, ok);
    r->count = (long)sqlite3_column_int64(st, 11);
    r->text = col_str(a, st, 12, ok);
    if (!r->text)
        r->text = "";
    r->start = (size_t)sqlite3_column_int64(st, 13);
    r->end = (size_t)sqlite3_column_int64(st, 14);
    r->confidence = sqlite3_column_double(st, 15);
    r->rule = col_str(a, st, 16, ok);
}

/* Fills the actors and targets of events already read. */
static fnr_status read_event_args(fnr_sqlite *h, fnr_arena *a, fnr_event_row *rows, size_t n,
                                  fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    STMT_OR_GOTO(st, h,
                 "SELECT x.role, en.id, en.type, " SQ_ENTITY_NAME(
                     "en") " FROM event_args x"
                           " JOIN entities en ON en.id = x.entity_id WHERE x.event_id = ?1"
                           " ORDER BY x.role, x.pos",
                 err);
    for (size_t i = 0; i < n; i++) {
        fnr_event_row *r = &rows[i];
        size_t cap[2] = { 0, 0 };
        sqlite3_bind_int64(st, 1, r->id);
        int s;
        bool ok = true;
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            int role = sqlite3_column_int(st, 0);
            int64_t id = sqlite3_column_int64(st, 1);
            fnr_entity_ref **arr = role ? &r->targets : &r->actors;
            size_t *len = role ? &r->n_targets : &r->n_actors;
            bool dup = false; /* after a merge one entity may fill two places */
            for (size_t k = 0; k < *len; k++)
                dup = dup || (*arr)[k].id == id;
            if (dup)
                continue;
            fnr_entity_ref *e = arr_push(a, (void **)arr, len, &cap[role ? 1 : 0], sizeof **arr);
            if (!e) {
                sqlite3_reset(st);
                NOMEM_GOTO();
            }
            e->id = id;
            e->type = (fnr_entity_type)sqlite3_column_int(st, 2);
            e->name = col_str(a, st, 3, &ok);
        }
        sqlite3_reset(st);
        if (s != SQLITE_DONE) {
            rc = fnr__sq_error(h, s, "read an event's arguments", err);
            goto out;
        }
        if (!ok)
            NOMEM_GOTO();
    }
out:
    return rc;
}

/* Runs an event query (EVENT_COLS first) and appends its rows. */
static fnr_status read_events(fnr_sqlite *h, fnr_arena *a, sqlite3_stmt *st, fnr_event_row **rows,
                              size_t *n, fnr_error *err)
{
    size_t cap = *n;
    int s;
    bool ok = true;
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_event_row *r = arr_push(a, (void **)rows, n, &cap, sizeof **rows);
        if (!r) {
            ok = false;
            break;
        }
        read_event(a, st, r, &ok);
    }
    fnr_status rc = rows_end(h, st, s, ok, "read events", err);
    if (rc != FNR_OK)
        return rc;
    return read_event_args(h, a, *rows, *n, err);
}

/* ---- resolving names ----------------------------------------------------------------------- */

/* "42", "e42" or "E42": the id; else 0. */
static int64_t parse_id(const char *s)
{
    if (*s == 'e' || *s == 'E')
        s++;
    if (!*s)
        return 0;
    int64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > INT64_MAX / 10 - 10)
            return 0;
        v = v * 10 + (*s - '0');
    }
    return v;
}

/* Fills err->hint with names whose keys share the longest prefix with key. */
static void word_hint(fnr_sqlite *h, const char *key, char *hint, size_t cap);

static void suggest(fnr_sqlite *h, const char *key, fnr_error *err)
{
    if (!err)
        return;
    sqlite3_stmt *st = fnr__sq_stmt(
        h,
        "SELECT nm, max(n) AS n FROM (SELECT " SQ_ENTITY_NAME("e") " AS nm, " SQ_ENTITY_MENTIONS(
            "e") " AS n FROM entities e WHERE e.merged_into IS NULL"
                 " AND e.id IN (SELECT al.entity_id FROM alias_keys al WHERE al.key >= ?1"
                 "  AND al.key < ?1 || char(1114111) AND fnr_mvis(al.marking)"
                 " UNION SELECT id FROM entities"
                 "  WHERE fnr_owner() AND key >= ?1 AND key < ?1 || char(1114111))"
                 " AND " SQ_ENTITY_VISIBLE("e.id") ") WHERE nm <> ''"
                                                   " GROUP BY nm ORDER BY n DESC, nm LIMIT 3",
        NULL);
    if (!st)
        return;
    size_t len = strlen(key);
    char hint[sizeof err->hint];
    hint[0] = 0;
    size_t min = len < 3 ? len : 3;
    while (len >= min && len > 0 && !hint[0]) {
        sqlite3_bind_text(st, 1, key, (int)len, SQLITE_STATIC);
        size_t used = 0;
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *name = (const char *)sqlite3_column_text(st, 0);
            int w = snprintf(hint + used, sizeof hint - used, "%s%s",
                             n ? ", " : "Did you mean: ", name ? name : "");
            if (w < 0 || (size_t)w >= sizeof hint - used)
                break;
            used += (size_t)w;
            n++;
        }
        sqlite3_reset(st);
        if (n && used + 2 < sizeof hint) {
            hint[used++] = '?';
            hint[used] = 0;
        } else {
            hint[0] = 0;
        }
        /* Shorten by one character (not into a UTF-8 sequence). */
        do
            len--;
        while (len > 0 && ((unsigned char)key[len] & 0xC0) == 0x80);
    }
    if (!hint[0])
        word_hint(h, key, hint, sizeof hint);
    if (hint[0])
        fnr_error_hint(err, "%s", hint);
}

/* A candidate of an entity lookup: an alias or name that matched. */
typedef struct sq_cand {
    int64_t id;          /* the live entity (merges followed) */
    int exact;           /* 2 whole key, 1 prefix */
    const char *surface; /* what matched (arena) */
    long mentions;       /* as the viewer may count them */
} sq_cand;

typedef struct sq_cands {
    sq_cand *v;
    size_t n, cap;
} sq_cands;

/* Entities of one exact name weighed, those most reports call so first: a
 * person's initials may name thousands of entities. */
#define EXACT_MAX         200
#define SEARCH_PREFIX_MAX 400 /* distinct (key, entity) prefix matches looked at */
/* A name resolved to one entity: the one with most visible mentions among
 * the 20 that most visible reports call so. */
#define RESOLVE_MAX 20

/* Adds a match of entity id (not yet followed through merges). */
static fnr_status cand_add(fnr_arena *a, sq_cands *c, int64_t id, int exact, const char *surface)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].id == id) {
            if (exact > c->v[i].exact) {
                c->v[i].exact = exact;
                c->v[i].surface = surface;
            }
            return FNR_OK;
        }
    sq_cand *x = arr_push(a, (void **)&c->v, &c->n, &c->cap, sizeof *c->v);
    if (!x)
        return FNR_NOMEM;
    x->id = id;
    x->exact = exact;
    x->surface = surface;
    return FNR_OK;
}

static int cmp_cand(const void *x, const void *y)
{
    const sq_cand *a = x, *b = y;
    if (a->exact != b->exact)
        return b->exact - a->exact;
    if (a->mentions != b->mentions)
        return b->mentions > a->mentions ? 1 : -1;
    return a->id < b->id ? -1 : a->id > b->id;
}

/*
 * The entities with a visible alias whose match key is `key`, and for the
 * owner those whose own name has it: from alias_keys, a few rows per entity
 * however many reports used the alias.
 */
static fnr_status cands_exact(fnr_sqlite *h, fnr_arena *a, const char *key, size_t key_len,
                              size_t max, sq_cands *c, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    bool ok = true;
    int s;
    STMT_OR_GOTO(st, h,
                 "SELECT al.entity_id, min(al.surface), sum(al.docs) AS n FROM alias_keys al"
                 " WHERE al.key = ?1 AND fnr_mvis(al.marking) GROUP BY al.entity_id"
                 " ORDER BY n DESC, al.entity_id LIMIT ?2",
                 err);
    sqlite3_bind_text(st, 1, key, (int)key_len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *surface = col_str(a, st, 1, &ok);
        if (!ok || cand_add(a, c, sqlite3_column_int64(st, 0), 2, surface) != FNR_OK) {
            ok = false;
            break;
        }
    }
    rc = rows_end(h, st, s, ok, "look up an entity", err);
    if (rc != FNR_OK || c->n > 0)
        goto out;
    /* An entity whose own name no alias row carries: the owner finds it. */
    STMT_OR_GOTO(st, h, "SELECT id, name FROM entities WHERE fnr_owner() AND key = ?1 LIMIT 200",
                 err);
    sqlite3_bind_text(st, 1, key, (int)key_len, SQLITE_STATIC);
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *surface = col_str(a, st, 1, &ok);
        if (!ok || cand_add(a, c, sqlite3_column_int64(st, 0), 2, surface) != FNR_OK) {
            ok = false;
            break;
        }
    }
    rc = rows_end(h, st, s, ok, "look up an entity", err);
out:
    return rc;
}

/* Follows merges to the live entity, keeps the visible ones of `type` (0 =
 * any), one row each, counts their mentions, and sorts them best first. */
static fnr_status cands_settle(fnr_sqlite *h, sq_cands *c, int type, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    int s;
    STMT_OR_GOTO(st, h,
                 "SELECT coalesce(e.merged_into, 0), e.type, " SQ_ENTITY_VISIBLE(
                     "e.id") ", " SQ_ENTITY_MENTIONS("e") " FROM entities e WHERE e.id = ?1",
                 err);
    size_t kept = 0;
    for (size_t i = 0; i < c->n; i++) {
        int64_t id = c->v[i].id;
        bool keep = false;
        for (int hops = 0; hops < 64; hops++) {
            sqlite3_bind_int64(st, 1, id);
            s = sqlite3_step(st);
            if (s != SQLITE_ROW) {
                sqlite3_reset(st);
                if (s != SQLITE_DONE) {
                    rc = fnr__sq_error(h, s, "look up an entity", err);
                    goto out;
                }
                break;
            }
            int64_t up = sqlite3_column_int64(st, 0);
            if (up) {
                sqlite3_reset(st);
                id = up;
                continue;
            }
            keep =
                (type == 0 || sqlite3_column_int(st, 1) == type) && sqlite3_column_int(st, 2) != 0;
            c->v[i].mentions = (long)sqlite3_column_int64(st, 3);
            sqlite3_reset(st);
            break;
        }
        if (!keep)
            continue;
        /* Two aliases may lead to one entity through a merge. */
        bool dup = false;
        for (size_t k = 0; k < kept && !dup; k++)
            if (c->v[k].id == id) {
                dup = true;
                if (c->v[i].exact > c->v[k].exact) {
                    c->v[k].exact = c->v[i].exact;
                    c->v[k].surface = c->v[i].surface;
                }
            }
        if (dup)
            continue;
        sq_cand t = c->v[i];
        t.id = id;
        c->v[kept++] = t;
    }
    c->n = kept;
    if (kept > 1)
        qsort(c->v, kept, sizeof *c->v, cmp_cand);
out:
    return rc;
}

fnr_status fnr__sq_entity_resolve(fnr_store *s, const fnr_viewer *v, const char *name_or_id,
                                  int64_t *out_id, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    int64_t id = parse_id(name_or_id);
    if (id) {
        /* An explicit id names that record, merged or not: a profile shows
         * where it went, and split needs it. */
        STMT_OR_GOTO(st, h, "SELECT id FROM entities WHERE id = ?1 AND " SQ_ENTITY_VISIBLE("id"),
                     err);
        sqlite3_bind_int64(st, 1, id);
        int r = sqlite3_step(st);
        sqlite3_reset(st);
        if (r == SQLITE_ROW) {
            *out_id = id;
            return FNR_OK;
        }
        if (r != SQLITE_DONE)
            return fnr__sq_error(h, r, "look up an entity", err);
        return fnr_error_set(err, FNR_NOTFOUND, "no entity e%lld", (long long)id);
    }
    fnr_buf_reset(&h->scratch);
    if (fnr_matchkey(name_or_id, strlen(name_or_id), &h->scratch) != FNR_OK)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    const char *key = h->scratch.data ? h->scratch.data : "";
    if (*key) {
        /* Names and aliases of merged entities lead to where they went; the
         * visible entity with most visible mentions wins. */
        fnr_arena ar;
        fnr_arena_init(&ar, 4096);
        char *k = fnr_arena_strndup(&ar, key, h->scratch.len);
        sq_cands c = { 0 };
        rc = k ? cands_exact(h, &ar, k, strlen(k), RESOLVE_MAX, &c, err) : FNR_NOMEM;
        if (rc == FNR_OK)
            rc = cands_settle(h, &c, 0, err);
        if (rc == FNR_OK && c.n)
            *out_id = c.v[0].id;
        fnr_arena_destroy(&ar);
        if (rc == FNR_NOMEM)
            return fnr_error_set(err, FNR_NOMEM, "out of memory");
        if (rc != FNR_OK)
            return rc;
        if (*out_id)
            return FNR_OK;
    }
    fnr_error_set(err, FNR_NOTFOUND, "no entity named \"%s\"", name_or_id);
    if (*key)
        suggest(h, key, err);
    return FNR_NOTFOUND;
out:
    return rc;
}

/* ---- search -------------------------------------------------------------------------------- */

/* Full-text ranking reads every report it ranks: a name in tens of
 * thousands of reports would cost tens of milliseconds. Reports are ranked
 * (fnr_rank, fts.c) among the latest (by id) SEARCH_RANKED of those that
 * match and that the viewer may see. */
#define SEARCH_RANKED 200

typedef struct sq_ranked {
    int64_t id;
    double rank;
} sq_ranked;

/*
 * The newest (by id) reports, at most max, that hold the words of text and
 * that the viewer may see, with their fnr_rank when ranked (FTS5 walks its
 * doclists down from the end, so it stops after max rows). Leaves the
 * FTS5 query in h->scratch; *n = 0 when text has no words.
 */
static fnr_status fts_newest(fnr_sqlite *h, const char *text, size_t max, bool ranked,
                             sq_ranked *out, size_t *n, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    size_t n_terms = 0;
    *n = 0;
    rc = fnr__sq_fts_query(text, &h->scratch, &n_terms);
    if (rc != FNR_OK)
        return fnr_error_set(err, rc, "could not build the search query");
    if (n_terms == 0)
        return FNR_OK; /* only punctuation: nothing to look for */
    /* clang-format off */
    if (ranked)
        STMT_OR_GOTO(st, h,
            "SELECT rowid, fnr_rank(documents_fts) FROM documents_fts"
            " WHERE documents_fts MATCH ?1 AND " SQ_DOC_VISIBLE("rowid")
            " ORDER BY rowid DESC LIMIT ?2"
            , err);
    else
        STMT_OR_GOTO(st, h,
            "SELECT rowid, 0 FROM documents_fts"
            " WHERE documents_fts MATCH ?1 AND " SQ_DOC_VISIBLE("rowid")
            " ORDER BY rowid DESC LIMIT ?2"
            , err);
    /* clang-format on */
    sqlite3_bind_text(st, 1, h->scratch.data, (int)h->scratch.len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
    int s;
    while ((s = sqlite3_step(st)) == SQLITE_ROW && *n < max)
        out[(*n)++] =
            (sq_ranked){ .id = sqlite3_column_int64(st, 0), .rank = sqlite3_column_double(st, 1) };
    rc = rows_end(h, st, s == SQLITE_ROW ? SQLITE_DONE : s, true, "search documents", err);
out:
    return rc;
}

/* Reports read for names that hold the searched words after their first
 * word ("Öcalan" in "Abdullah Öcalan"). */
#define SEARCH_WORD_DOCS 50

/* Whether match key k holds the key w at its start or after a space. */
static bool key_has_words(const char *k, size_t kn, const char *w, size_t wn)
{
    for (size_t i = 0; i + wn <= kn; i++)
        if ((i == 0 || k[i - 1] == ' ') && memcmp(k + i, w, wn) == 0 &&
            (i + wn == kn || k[i + wn] == ' '))
            return true;
    return false;
}

/*
 * Names that hold the searched words but do not begin with them (a
 * surname): the names asserted in the newest SEARCH_WORD_DOCS reports the
 * viewer may see that the full-text index finds the words in, so only
 * what those reports say is looked at. Ranked below whole and prefix
 * matches.
 */
static fnr_status search_name_words(fnr_sqlite *h, fnr_arena *a, const char *text, const char *key,
                                    size_t key_len, sq_cands *c, fnr_error *err)
{
    sqlite3_stmt *st = NULL;
    sq_ranked docs[SEARCH_WORD_DOCS];
    size_t n = 0;
    int s;
    fnr_status rc = fts_newest(h, text, SEARCH_WORD_DOCS, false, docs, &n, err);
    if (rc != FNR_OK || n == 0)
        return rc;
    STMT_OR_GOTO(st, h, "SELECT entity_id, surface, key FROM aliases WHERE doc_id = ?1", err);
    bool ok = true;
    s = SQLITE_DONE;
    for (size_t i = 0; i < n && ok && s == SQLITE_DONE; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, docs[i].id);
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            const char *k = (const char *)sqlite3_column_text(st, 2);
            size_t kn = (size_t)sqlite3_column_bytes(st, 2);
            /* (names that begin with the words were found by key) */
            if (!k || kn <= key_len || memcmp(k, key, key_len) == 0 ||
                !key_has_words(k, kn, key, key_len))
                continue;
            const char *surface = col_str(a, st, 1, &ok);
            if (!ok || cand_add(a, c, sqlite3_column_int64(st, 0), 0, surface) != FNR_OK) {
                ok = false;
                break;
            }
        }
    }
    rc = rows_end(h, st, ok ? s : SQLITE_DONE, ok, "search names", err);
out:
    return rc;
}

/* "Did you mean: Abdullah Öcalan?" for "Öcalan": up to three names the
 * viewer may see that hold the words later on (search_name_words), or an
 * empty hint. */
static void word_hint(fnr_sqlite *h, const char *key, char *hint, size_t cap)
{
    hint[0] = 0;
    fnr_arena ar;
    fnr_arena_init(&ar, 4096);
    /* (the key lives in h->scratch, which the full-text query reuses) */
    char *k = fnr_arena_strndup(&ar, key, strlen(key));
    sq_cands c = { 0 };
    fnr_error e;
    fnr_error_clear(&e);
    if (k && search_name_words(h, &ar, k, k, strlen(k), &c, &e) == FNR_OK &&
        cands_settle(h, &c, 0, &e) == FNR_OK && c.n) {
        size_t used = 0;
        for (size_t i = 0; i < c.n && i < 3; i++) {
            int w = snprintf(hint + used, cap - used, "%s%s",
                             i ? ", " : "Did you mean: ", c.v[i].surface ? c.v[i].surface : "");
            if (w < 0 || (size_t)w + 2 >= cap - used) {
                hint[0] = 0;
                break;
            }
            used += (size_t)w;
        }
        if (hint[0]) {
            hint[used++] = '?';
            hint[used] = 0;
        }
    }
    fnr_arena_destroy(&ar);
}

/*
 * Entities by name or alias: whole-key matches rank above prefix matches,
 * those above names holding the words later on (search_name_words), then
 * by the mentions the viewer may count; the first two found by skip-scans
 * of aliases_key (see cands_exact), the prefix ones bounded.
 */
static fnr_status search_entities(fnr_sqlite *h, fnr_arena *a, const char *text, const char *key,
                                  size_t key_len, int type, size_t limit, fnr_search_result *r,
                                  fnr_error *err)
{
    sq_cands c = { 0 };
    bool ok = true;
    int s;
    sqlite3_stmt *st = NULL;
    fnr_status rc = cands_exact(h, a, key, key_len, EXACT_MAX, &c, err);
    if (rc != FNR_OK)
        goto out;
    /* Prefix: distinct (key, entity) pairs, a bounded number of them, in
     * one pass over alias_keys (a few rows per pair). */
    STMT_OR_GOTO(st, h,
                 "SELECT al.entity_id, min(al.surface) FROM alias_keys al"
                 " WHERE al.key > ?1 AND al.key < ?1 || char(1114111) AND fnr_mvis(al.marking)"
                 " GROUP BY al.key, al.entity_id LIMIT ?2",
                 err);
    sqlite3_bind_text(st, 1, key, (int)key_len, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, SEARCH_PREFIX_MAX);
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *surface = col_str(a, st, 1, &ok);
        if (!ok || cand_add(a, &c, sqlite3_column_int64(st, 0), 1, surface) != FNR_OK) {
            ok = false;
            break;
        }
    }
    rc = rows_end(h, st, s, ok, "search entities", err);
    if (rc != FNR_OK)
        goto out;
    STMT_OR_GOTO(st, h,
                 "SELECT id, name FROM entities WHERE fnr_owner() AND key > ?1"
                 " AND key < ?1 || char(1114111) LIMIT 200",
                 err);
    sqlite3_bind_text(st, 1, key, (int)key_len, SQLITE_STATIC);
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        const char *surface = col_str(a, st, 1, &ok);
        if (!ok || cand_add(a, &c, sqlite3_column_int64(st, 0), 1, surface) != FNR_OK) {
            ok = false;
            break;
        }
    }
    rc = rows_end(h, st, s, ok, "search entities", err);
    if (rc == FNR_OK && c.n < limit)
        rc = search_name_words(h, a, text, key, key_len, &c, err);
    if (rc == FNR_OK)
        rc = cands_settle(h, &c, type, err);
    if (rc != FNR_OK)
        goto out;
    size_t n = c.n < limit ? c.n : limit;
    STMT_OR_GOTO(st, h,
                 "SELECT e.type, " SQ_ENTITY_NAME("e") ", e.kind, e.country, " SQ_ENTITY_DOCS(
                     "e") " FROM entities e WHERE e.id = ?1",
                 err);
    size_t hcap = 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_int64(st, 1, c.v[i].id);
        s = sqlite3_step(st);
        if (s != SQLITE_ROW) {
            rc = step_error(h, st, s == SQLITE_DONE ? SQLITE_INTERNAL : s, "search entities", err);
            goto out;
        }
        fnr_entity_hit *e = PUSH(a, r->entities, r->n_entities, hcap);
        if (!e) {
            sqlite3_reset(st);
            NOMEM_GOTO();
        }
        e->id = c.v[i].id;
        e->type = (fnr_entity_type)sqlite3_column_int(st, 0);
        e->name = col_str(a, st, 1, &ok);
        e->kind = col_str(a, st, 2, &ok);
        e->country = col_str(a, st, 3, &ok);
        e->documents = (long)sqlite3_column_int64(st, 4);
        e->matched = c.v[i].surface;
        e->mentions = c.v[i].mentions;
        sqlite3_reset(st);
        if (!ok)
            NOMEM_GOTO();
    }
out:
    return rc;
}

static int cmp_id(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

static int cmp_ranked(const void *x, const void *y)
{
    const sq_ranked *a = x, *b = y;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->id > b->id ? -1 : a->id < b->id; /* newer first */
}

/*
 * Two steps: FTS5 walks the matches newest first (its doclists are in id
 * order, so walking down from the end stops after SEARCH_RANKED rows; a
 * lower bound on the id would make it walk up from the first match) with
 * fnr_rank beside each; the best `limit` are then read with their snippets, one
 * seek each.
 */
static fnr_status search_docs(fnr_sqlite *h, fnr_arena *a, const char *text, size_t limit,
                              fnr_search_result *r, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    sq_ranked *v = NULL;
    int64_t *pick = NULL;
    size_t n = 0;
    v = fnr_malloc(SEARCH_RANKED * sizeof *v);
    if (!v)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    rc = fts_newest(h, text, SEARCH_RANKED, true, v, &n, err);
    if (rc != FNR_OK || n == 0)
        goto out;
    int s;
    /* The ranked reports lie between the oldest and the newest of the
     * walk: one more walk down that stretch reads the best `limit` with
     * their snippets, fnr_pick letting only those through (a seek per
     * report would look every term up again in every segment). */
    int64_t lo = v[n - 1].id, hi = v[0].id;
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_ranked);
    if (n > limit)
        n = limit;
    pick = fnr_malloc(n * sizeof *pick);
    if (!pick)
        NOMEM_GOTO();
    for (size_t i = 0; i < n; i++)
        pick[i] = v[i].id;
    qsort(pick, n, sizeof *pick, cmp_id);
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "SELECT "
        DOC_COLS
        ", fnr_snippet(documents_fts)"
        " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ?1 AND documents_fts.rowid BETWEEN ?2 AND ?3"
        " AND fnr_pick(documents_fts.rowid) ORDER BY documents_fts.rowid DESC"
        , err);
    /* clang-format on */
    sqlite3_bind_text(st, 1, h->scratch.data, (int)h->scratch.len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, lo);
    sqlite3_bind_int64(st, 3, hi);
    h->pick = pick;
    h->n_pick = n;
    fnr_doc_hit *hits = fnr_arena_calloc(a, n, sizeof *hits);
    bool ok = hits != NULL, *got = fnr_calloc(n, sizeof *got);
    ok = ok && got;
    while (ok && (s = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        for (size_t i = 0; i < n; i++)
            if (v[i].id == id && !got[i]) {
                read_doc(a, st, 0, &hits[i].doc, &ok);
                hits[i].snippet = col_str(a, st, DOC_NCOLS, &ok);
                hits[i].rank = v[i].rank;
                got[i] = true;
                break;
            }
    }
    h->pick = NULL;
    h->n_pick = 0;
    rc = rows_end(h, st, ok ? s : SQLITE_DONE, ok, "search documents", err);
    if (rc == FNR_OK) {
        /* In rank order; a report deleted between the walks is left out. */
        r->docs = hits;
        for (size_t i = 0; i < n; i++)
            if (got[i])
                hits[r->n_docs++] = hits[i];
    }
    fnr_free(got);
out:
    fnr_free(v);
    fnr_free(pick);
    return rc;
}

static void pick_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const fnr_sqlite *h = sqlite3_user_data(ctx);
    int64_t id = sqlite3_value_int64(argv[0]);
    sqlite3_result_int(ctx, h->pick && bsearch(&id, h->pick, h->n_pick, sizeof id, cmp_id) != NULL);
}

int fnr__sq_query_register(fnr_sqlite *h)
{
    return sqlite3_create_function_v2(h->db, "fnr_pick", 1, SQLITE_UTF8, h, pick_fn, NULL, NULL,
                                      NULL);
}

fnr_status fnr__sq_search(fnr_store *s, const fnr_viewer *v, const char *text,
                          fnr_search_scope scope, size_t limit, fnr_search_result **out,
                          fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    if (!text)
        text = "";
    if (!limit)
        limit = 20;
    fnr_arena *a = NULL;
    fnr_search_result *r = fnr__result_new(sizeof *r, &a);
    if (!r)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    r->internal = a;
    if (scope != FNR_SEARCH_DOCUMENT) {
        fnr_buf_reset(&h->scratch);
        if (fnr_matchkey(text, strlen(text), &h->scratch) != FNR_OK)
            NOMEM_GOTO();
        if (h->scratch.len) {
            /* Copy the key: search_docs reuses the scratch buffer. */
            char *key = fnr_arena_strndup(a, h->scratch.data, h->scratch.len);
            if (!key)
                NOMEM_GOTO();
            rc = search_entities(h, a, text, key, strlen(key),
                                 scope == FNR_SEARCH_ALL ? 0 : (int)scope, limit, r, err);
            if (rc != FNR_OK)
                goto out;
        }
    }
    if (scope == FNR_SEARCH_ALL || scope == FNR_SEARCH_DOCUMENT)
        rc = search_docs(h, a, text, limit, r, err);
out:
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = r;
    return FNR_OK;
}

/* ---- profile -----------------------------------------------------------------------------------
 */

#define ALIAS_SOURCES_MAX 10 /* reports listed per alias, newest first */
#define RELATIONS_MAX     200
/* Co-occurrence counts over the entity's latest sentences (by document):
 * exact for all but the most mentioned entities, bounded for those. */
#define COOCCUR_SENTENCES "1000"
/* A profile's relations: grouped from its latest 1,000 in each direction. */
#define PROFILE_RELATION_CANDIDATES "1000"
/* A profile's events: its newest 50 the viewer may see, as actor, target or
 * place, each role walked newest first along its index until 50 are found. */
#define PROFILE_EVENTS "50"

#define ALIASES_MAX 50 /* aliases listed, the most asserted first */

/*
 * Aliases: the entity's surfaces with the number of visible reports
 * asserting each, from alias_keys (a few rows per surface); the
 * ALIASES_MAX most asserted are listed with their newest visible reports,
 * read along aliases' (entity_id, surface, doc_id) key.
 */
/* A surface of the profiled entity and its visible reports. */
typedef struct sq_surf {
    const char *surface; /* in the profile's arena */
    long reports;
} sq_surf;

static int cmp_surf(const void *x, const void *y)
{
    const sq_surf *a = x, *b = y;
    if (a->reports != b->reports)
        return a->reports > b->reports ? -1 : 1;
    return strcmp(a->surface, b->surface);
}

static fnr_status profile_aliases(fnr_sqlite *h, fnr_arena *a, fnr_profile *p, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *all = NULL, *src = NULL;
    sq_surf *v = NULL;
    size_t n = 0, vcap = 0;
    /* The entity's alias_keys rows along its covering index, by surface;
     * summed here per surface over the markings the viewer may see (the
     * SQL aggregate and sort cost ten times more on an entity of thousands
     * of aliases). */
    STMT_OR_GOTO(all, h,
                 "SELECT surface, marking, docs FROM alias_keys WHERE entity_id = ?1"
                 " ORDER BY surface",
                 err);
    sqlite3_bind_int64(all, 1, p->id);
    bool ok = true;
    int r;
    const unsigned char *last = NULL;
    size_t last_len = 0;
    while ((r = sqlite3_step(all)) == SQLITE_ROW) {
        int64_t mk = sqlite3_column_int64(all, 1);
        if (h->viewer &&
            !(mk > 0 && (size_t)mk < h->n_marks && h->marks[mk].present && h->marks[mk].visible))
            continue;
        const unsigned char *surf = sqlite3_column_text(all, 0);
        size_t len = (size_t)sqlite3_column_bytes(all, 0);
        long docs = (long)sqlite3_column_int64(all, 2);
        if (n > 0 && last && len == last_len && memcmp(surf, last, len) == 0) {
            v[n - 1].reports += docs;
            continue;
        }
        if (n == vcap) {
            size_t nc = vcap ? vcap * 2 : 64;
            sq_surf *nv = fnr_realloc(v, nc * sizeof *nv);
            if (!nv) {
                ok = false;
                break;
            }
            v = nv;
            vcap = nc;
        }
        char *copy = fnr_arena_strndup(a, (const char *)surf, len);
        if (!copy) {
            ok = false;
            break;
        }
        v[n++] = (sq_surf){ .surface = copy, .reports = docs };
        last = (const unsigned char *)copy;
        last_len = len;
    }
    rc = rows_end(h, all, r, ok, "read aliases", err);
    if (rc != FNR_OK)
        goto out;
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_surf);
    p->n_aliases_total = n;
    size_t want = n < ALIASES_MAX ? n : ALIASES_MAX;
    if (want) {
        p->aliases = fnr_arena_calloc(a, want, sizeof *p->aliases);
        if (!p->aliases)
            NOMEM_GOTO();
        for (size_t i = 0; i < want; i++) {
            p->aliases[i].surface = v[i].surface;
            p->aliases[i].reports = v[i].reports;
        }
        p->n_aliases = want;
    }
    /* clang-format off */
    STMT_OR_GOTO(src, h,
        "SELECT x.doc_id, d.title, d.source, d.date FROM aliases x"
        " JOIN documents d ON d.id = x.doc_id"
        " WHERE x.entity_id = ?1 AND x.surface = ?2 AND "
        SQ_DOC_VISIBLE("x.doc_id")
        " ORDER BY x.doc_id DESC LIMIT ?3"
        , err);
    /* clang-format on */
    for (size_t i = 0; i < p->n_aliases; i++) {
        fnr_alias_row *cur = &p->aliases[i];
        sqlite3_bind_int64(src, 1, p->id);
        sqlite3_bind_text(src, 2, cur->surface, -1, SQLITE_STATIC);
        sqlite3_bind_int(src, 3, ALIAS_SOURCES_MAX);
        size_t scap = 0;
        int s;
        while ((s = sqlite3_step(src)) == SQLITE_ROW) {
            fnr_alias_source *as = PUSH(a, cur->sources, cur->n_sources, scap);
            if (!as) {
                ok = false;
                break;
            }
            as->doc_id = sqlite3_column_int64(src, 0);
            as->doc_title = col_str(a, src, 1, &ok);
            as->source = col_str(a, src, 2, &ok);
            as->date = col_str(a, src, 3, &ok);
        }
        rc = rows_end(h, src, s, ok, "read aliases", err);
        if (rc != FNR_OK)
            goto out;
        /* Newest first by date, as the other lists (undated last). */
        for (size_t k = 1; k < cur->n_sources; k++) {
            fnr_alias_source t = cur->sources[k];
            size_t j = k;
            while (j > 0) {
                const fnr_alias_source *q = &cur->sources[j - 1];
                int c = !t.date ? -1 : !q->date ? 1 : strcmp(t.date, q->date);
                if (c < 0 || (c == 0 && t.doc_id < q->doc_id))
                    break;
                cur->sources[j] = *q;
                j--;
            }
            cur->sources[j] = t;
        }
    }
out:
    fnr_free(v);
    return rc;
}

static fnr_status profile_relations(fnr_sqlite *h, fnr_arena *a, fnr_profile *p, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    /* Grouped per (type, direction, other, role); the newest statement is
     * the one quoted. */
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "WITH rr(id) AS ("
        " SELECT id FROM (SELECT id FROM relations WHERE source_id = ?1"
        "  ORDER BY id DESC LIMIT " PROFILE_RELATION_CANDIDATES ")"
        " UNION ALL SELECT id FROM (SELECT id FROM relations WHERE target_id = ?1"
        "  AND source_id <> ?1 ORDER BY id DESC LIMIT " PROFILE_RELATION_CANDIDATES ")),"
        " g(type, outgoing, other, role, n, rid) AS ("
        " SELECT rl.type, rl.source_id = ?1,"
        "  CASE WHEN rl.source_id = ?1 THEN rl.target_id ELSE rl.source_id END,"
        "  rl.role, count(*), max(rl.id) FROM rr JOIN relations rl ON rl.id = rr.id WHERE "
        SQ_DOC_VISIBLE("rl.doc_id")
        "  GROUP BY 1, 2, 3, 4)"
        " SELECT g.type, g.outgoing, o.id, o.type, " SQ_ENTITY_NAME("o") ", g.role, g.n, r.doc_id,"
        " substr(CAST(d.text AS BLOB), r.start_byte + 1, r.end_byte - r.start_byte)"
        " FROM g JOIN entities o ON o.id = g.other JOIN relations r ON r.id = g.rid"
        " JOIN documents d ON d.id = r.doc_id"
        " ORDER BY g.n DESC, g.type, o.id LIMIT ?2"
        , err);
    /* clang-format on */
    sqlite3_bind_int64(st, 1, p->id);
    sqlite3_bind_int(st, 2, RELATIONS_MAX);
    size_t cap = 0;
    bool ok = true;
    int s;
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_relation_row *r = PUSH(a, p->relations, p->n_relations, cap);
        if (!r) {
            ok = false;
            break;
        }
        r->type = (fnr_relation_type)sqlite3_column_int(st, 0);
        r->outgoing = sqlite3_column_int(st, 1) != 0;
        r->other.id = sqlite3_column_int64(st, 2);
        r->other.type = (fnr_entity_type)sqlite3_column_int(st, 3);
        r->other.name = col_str(a, st, 4, &ok);
        r->role = col_str(a, st, 5, &ok);
        r->evidence = (long)sqlite3_column_int64(st, 6);
        r->doc_id = sqlite3_column_int64(st, 7);
        r->text = col_str(a, st, 8, &ok);
    }
    rc = rows_end(h, st, s, ok, "read relations", err);
out:
    return rc;
}

/* One entity named with the profiled one, and in how many sentences. */
typedef struct sq_cooc {
    int64_t id;
    long n;
} sq_cooc;

static int cmp_cooc(const void *x, const void *y)
{
    const sq_cooc *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return a->id < b->id ? -1 : a->id > b->id;
}

/*
 * The entities most often named in the same sentence as the profiled one,
 * over its latest visible sentences: its entity_docs rows, newest report
 * first, name its sentences; the store walks each sentence's mentions
 * (adjacent, in entity order, along the key of mentions) and the counting
 * is done here, without SQL's temporary B-trees.
 */
static fnr_status profile_cooccur(fnr_sqlite *h, fnr_arena *a, fnr_profile *p, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    fnr_map idx; /* entity id -> index + 1 into v */
    fnr_map_init(&idx);
    sq_cooc *v = NULL;
    size_t n = 0, cap = 0;
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "WITH s AS (SELECT ed.doc_id, j.value AS sentence FROM entity_docs ed,"
        "  json_each(ed.sentences) j WHERE ed.entity_id = ?1 AND "
        SQ_DOC_VISIBLE("ed.doc_id")
        /* newest report first, and in each its last sentence first:
         * json_each's order, since the writer keeps them descending (a
         * sort of each report's sentences made the profile a third
         * slower) */
        "  ORDER BY ed.doc_id DESC LIMIT "
        COOCCUR_SENTENCES
        ")"
        /* CROSS JOIN keeps s outside: a sentence's rows come together, in
         * entity order */
        " SELECT m.doc_id, m.sentence, m.entity_id FROM s"
        "  CROSS JOIN mentions m ON m.doc_id = s.doc_id AND m.sentence = s.sentence"
        "  WHERE m.entity_id <> ?1"
        , err);
    /* clang-format on */
    sqlite3_bind_int64(st, 1, p->id);
    int64_t last_doc = -1, last_sent = -1, last_ent = -1;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t doc = sqlite3_column_int64(st, 0), sent = sqlite3_column_int64(st, 1);
        int64_t ent = sqlite3_column_int64(st, 2);
        if (doc == last_doc && sent == last_sent && ent == last_ent)
            continue; /* named twice in one sentence: one sentence */
        last_doc = doc;
        last_sent = sent;
        last_ent = ent;
        void *hit = NULL;
        if (fnr_map_get(&idx, &ent, sizeof ent, &hit)) {
            v[(uintptr_t)hit - 1].n++;
            continue;
        }
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            sq_cooc *nv = fnr_realloc(v, nc * sizeof *nv);
            if (!nv)
                break;
            v = nv;
            cap = nc;
        }
        v[n] = (sq_cooc){ .id = ent, .n = 1 };
        n++;
        if (fnr_map_put(&idx, &ent, sizeof ent, (void *)(uintptr_t)n) != FNR_OK)
            break;
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE && r != SQLITE_ROW) {
        rc = fnr__sq_error(h, r, "read co-occurring entities", err);
        goto out;
    }
    if (r == SQLITE_ROW)
        NOMEM_GOTO();
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_cooc);
    size_t want = n < 10 ? n : 10;
    if (!want)
        goto out;
    p->cooccur = fnr_arena_alloc(a, want * sizeof *p->cooccur);
    if (!p->cooccur)
        NOMEM_GOTO();
    STMT_OR_GOTO(st, h, "SELECT e.type, " SQ_ENTITY_NAME("e") " FROM entities e WHERE e.id = ?1",
                 err);
    for (size_t i = 0; i < want; i++) {
        sqlite3_bind_int64(st, 1, v[i].id);
        r = sqlite3_step(st);
        if (r != SQLITE_ROW) {
            rc = step_error(h, st, r == SQLITE_DONE ? SQLITE_INTERNAL : r,
                            "read co-occurring entities", err);
            goto out;
        }
        bool ok = true;
        fnr_cooccur_row *c = &p->cooccur[p->n_cooccur++];
        c->other.id = v[i].id;
        c->other.type = (fnr_entity_type)sqlite3_column_int(st, 0);
        c->other.name = col_str(a, st, 1, &ok);
        c->sentences = v[i].n;
        sqlite3_reset(st);
        if (!ok)
            NOMEM_GOTO();
    }
out:
    fnr_free(v);
    fnr_map_destroy(&idx);
    return rc;
}

static fnr_status profile_docs(fnr_sqlite *h, fnr_arena *a, fnr_profile *p, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "SELECT "
        DOC_COLS
        ", ed.mentions FROM entity_docs ed"
        " JOIN documents d ON d.id = ed.doc_id"
        " WHERE ed.entity_id = ?1 AND "
        SQ_DOC_VISIBLE("ed.doc_id")
        " ORDER BY ed.date DESC, ed.doc_id DESC LIMIT 20"
        , err);
    /* clang-format on */
    sqlite3_bind_int64(st, 1, p->id);
    size_t cap = 0;
    bool ok = true;
    int s;
    while ((s = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_doc_row *d = PUSH(a, p->docs, p->n_docs, cap);
        if (!d) {
            ok = false;
            break;
        }
        read_doc(a, st, 0, d, &ok);
        d->mentions = (long)sqlite3_column_int64(st, DOC_NCOLS);
    }
    rc = rows_end(h, st, s, ok, "read documents", err);
out:
    return rc;
}

/* Events where the entity is actor, target or place: the ids. */
#define ENTITY_EVENTS(p)                                    \
    "(SELECT event_id FROM event_args WHERE entity_id = " p \
    " UNION SELECT id FROM events WHERE location_id = " p ")"

fnr_status fnr__sq_profile(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_profile **out,
                           fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_profile *p = fnr__result_new(sizeof *p, &a);
    if (!p)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    p->internal = a;
    sqlite3_stmt *st = NULL;
    bool ok = true;
    STMT_OR_GOTO(
        st, h,
        "SELECT e.id, e.type, " SQ_ENTITY_NAME("e") ", e.kind, e.country, e.lat, e.lon, " SQ_ENTITY_MENTIONS("e") ", " SQ_ENTITY_DOCS(
            "e") ", coalesce(e.merged_into, 0),"
                 " (SELECT ed.date FROM entity_docs ed WHERE ed.entity_id = e.id"
                 "  AND ed.date IS NOT NULL AND " SQ_DOC_VISIBLE(
                     "ed.doc_id") "  ORDER BY ed.date LIMIT 1),"
                                  " (SELECT ed.date FROM entity_docs ed WHERE ed.entity_id = e.id"
                                  "  AND ed.date IS NOT NULL AND " SQ_DOC_VISIBLE(
                                      "ed.doc_id") "  ORDER BY ed.date DESC LIMIT 1)"
                                                   " FROM entities e WHERE e.id = ?1 AND " SQ_ENTITY_VISIBLE(
                                                       "e.id"),
        err);
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        sqlite3_reset(st);
        if (r == SQLITE_DONE)
            rc = fnr_error_set(err, FNR_NOTFOUND, "no entity e%lld", (long long)id);
        else
            rc = fnr__sq_error(h, r, "read an entity", err);
        goto out;
    }
    p->id = sqlite3_column_int64(st, 0);
    p->type = (fnr_entity_type)sqlite3_column_int(st, 1);
    p->name = col_str(a, st, 2, &ok);
    p->kind = col_str(a, st, 3, &ok);
    p->country = col_str(a, st, 4, &ok);
    p->has_coords = sqlite3_column_type(st, 5) != SQLITE_NULL;
    p->lat = sqlite3_column_double(st, 5);
    p->lon = sqlite3_column_double(st, 6);
    p->n_mentions = (long)sqlite3_column_int64(st, 7);
    p->n_documents = (long)sqlite3_column_int64(st, 8);
    p->merged_into = sqlite3_column_int64(st, 9);
    p->first_seen = col_str(a, st, 10, &ok);
    p->last_seen = col_str(a, st, 11, &ok);
    sqlite3_reset(st);
    if (!ok)
        NOMEM_GOTO();

    rc = profile_aliases(h, a, p, err);
    if (rc != FNR_OK)
        goto out;
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "SELECT "
        EVENT_COLS
        EVENT_FROM
        " WHERE e.id IN (SELECT id FROM (SELECT DISTINCT event_id AS id, date FROM event_args"
        "  WHERE entity_id = ?1 AND role = 0 AND " SQ_DOC_VISIBLE("doc_id")
        "  ORDER BY date DESC, event_id DESC LIMIT " PROFILE_EVENTS
        ") UNION SELECT id FROM (SELECT DISTINCT event_id AS id, date FROM event_args"
        "  WHERE entity_id = ?1 AND role = 1 AND " SQ_DOC_VISIBLE("doc_id")
        "  ORDER BY date DESC, event_id DESC LIMIT " PROFILE_EVENTS
        ") UNION SELECT id FROM (SELECT id FROM events WHERE location_id = ?1 AND "
        SQ_DOC_VISIBLE("doc_id")
        "  ORDER BY date DESC, doc_id DESC, id DESC LIMIT " PROFILE_EVENTS
        "))"
        " ORDER BY e.date DESC, e.id DESC LIMIT " PROFILE_EVENTS
        , err);
    /* clang-format on */
    sqlite3_bind_int64(st, 1, id);
    rc = read_events(h, a, st, &p->events, &p->n_events, err);
    if (rc == FNR_OK)
        rc = profile_relations(h, a, p, err);
    if (rc == FNR_OK)
        rc = profile_cooccur(h, a, p, err);
    if (rc == FNR_OK)
        rc = profile_docs(h, a, p, err);
out:
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = p;
    return FNR_OK;
}

/* ---- events and statistics ------------------------------------------------------------------- */

/* Is event `ev` one where :name is in role `role`: a look-up on event_args'
 * key. The unary + keeps SQLite from walking event_args_entity instead,
 * all of the entity's events for every event tested (an actor of 454,000
 * events and a place took ten minutes so). */
static fnr_status probe_sql(fnr_buf *b, const char *ev, int role, const char *name)
{
    return fnr_buf_printf(b,
                          " AND EXISTS (SELECT 1 FROM event_args p%d WHERE p%d.event_id = %s"
                          " AND p%d.role = %d AND +p%d.entity_id = %s)",
                          role, role, ev, role, role, role, name);
}

/* Appends the filter's conditions on events e (named parameters). probe:
 * an actor or target is tested event by event on event_args' key (a walk
 * that stops early); else their events are listed whole with IN (the
 * statistics read every match anyway). */
static fnr_status filter_sql(fnr_buf *b, bool owner, bool probe, const fnr_event_filter *f,
                             int64_t actor, int64_t target, int64_t place, int64_t entity)
{
    /* The owner's statements leave the visibility test out: counting can
     * then stay inside an index. */
    fnr_status rc = fnr_buf_puts(b, owner ? " WHERE 1" : " WHERE " SQ_DOC_VISIBLE("e.doc_id"));
    if (rc == FNR_OK && f && f->type)
        rc = fnr_buf_puts(b, " AND e.type = :type");
    if (rc == FNR_OK && actor)
        rc = probe ? probe_sql(b, "e.id", 0, ":actor")
                   : fnr_buf_puts(b, " AND e.id IN (SELECT event_id FROM event_args"
                                     " WHERE entity_id = :actor AND role = 0)");
    if (rc == FNR_OK && target)
        rc = probe ? probe_sql(b, "e.id", 1, ":target")
                   : fnr_buf_puts(b, " AND e.id IN (SELECT event_id FROM event_args"
                                     " WHERE entity_id = :target AND role = 1)");
    if (rc == FNR_OK && place)
        rc = fnr_buf_puts(b, " AND e.location_id = :place");
    if (rc == FNR_OK && entity)
        rc = fnr_buf_puts(b, " AND e.id IN " ENTITY_EVENTS(":entity"));
    /* Dates compare as text on their prefix: until "2023" takes in
     * "2023-12-31" ('-' and digits sort below '~'). */
    if (rc == FNR_OK && f && f->since && *f->since)
        rc = fnr_buf_puts(b, " AND e.date >= :since");
    if (rc == FNR_OK && f && f->until && *f->until)
        rc = fnr_buf_puts(b, " AND e.date <= :until || '~'");
    return rc;
}

static void bind_named_int(sqlite3_stmt *st, const char *name, int64_t v)
{
    int i = sqlite3_bind_parameter_index(st, name);
    if (i)
        sqlite3_bind_int64(st, i, v);
}

static void bind_named_str(sqlite3_stmt *st, const char *name, const char *s)
{
    int i = sqlite3_bind_parameter_index(st, name);
    if (i)
        fnr__sq_bind_str(st, i, s);
}

static void filter_bind(sqlite3_stmt *st, const fnr_event_filter *f, int64_t actor, int64_t target,
                        int64_t place, int64_t entity)
{
    if (f) {
        bind_named_int(st, ":type", f->type);
        bind_named_str(st, ":since", f->since);
        bind_named_str(st, ":until", f->until);
    }
    bind_named_int(st, ":actor", actor);
    bind_named_int(st, ":target", target);
    bind_named_int(st, ":place", place);
    bind_named_int(st, ":entity", entity);
}

/*
 * Which rows an event list walks. An actor's or a target's events are
 * walked along event_args_entity (entity, role, date, event), newest first,
 * so a page stops after its rows and a count after its cap, however many
 * events the entity has; `e.id IN (SELECT event_id ...)` made SQLite collect
 * all of them first (MİT, actor of 454,000 events in a 100k store: 950 ms
 * for a page of 100, 400 ms more for the count). The events table, along
 * whichever of its indexes SQLite picks, is walked when no entity is
 * filtered on, or when the type or place names fewer events than the
 * filtered entity has; the entity is then tested event by event on
 * event_args' key. Either walk stops after as many matches, so the shorter
 * list is the cheaper one; the lists are counted up to a cap, the small one
 * first (most entities have a few events, and then that is all it costs).
 */
typedef enum sq_drive { DRIVE_EVENTS, DRIVE_ACTOR, DRIVE_TARGET } sq_drive;

#define EVENTS_FEW  2000
#define EVENTS_MANY 200000

/* min(the rows of `sql`, cap): its ?1 = a, ?2 = cap. */
static fnr_status capped_count(fnr_sqlite *h, const char *sql, int64_t a, long cap, long *out,
                               fnr_error *err)
{
    fnr_status rc = FNR_OK;
    sqlite3_stmt *st = NULL;
    STMT_OR_GOTO(st, h, sql, err);
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, cap);
    int r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        rc = step_error(h, st, r, "count events", err);
        goto out;
    }
    *out = (long)sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
out:
    return rc;
}

static const char *const ARGS_COUNT[2] = {
    "SELECT count(*) FROM (SELECT 1 FROM event_args WHERE entity_id = ?1 AND role = 0 LIMIT ?2)",
    "SELECT count(*) FROM (SELECT 1 FROM event_args WHERE entity_id = ?1 AND role = 1 LIMIT ?2)",
};

/* The walk for these filters (see sq_drive). */
static fnr_status choose_drive(fnr_sqlite *h, const fnr_event_filter *f, int64_t actor,
                               int64_t target, int64_t place, sq_drive *out, fnr_error *err)
{
    *out = DRIVE_EVENTS;
    if (!actor && !target)
        return FNR_OK;
    long n[2] = { LONG_MAX, LONG_MAX };
    int64_t who[2] = { actor, target };
    fnr_status rc = FNR_OK;
    for (int role = 0; role < 2 && rc == FNR_OK; role++)
        if (who[role])
            rc = capped_count(h, ARGS_COUNT[role], who[role], EVENTS_FEW, &n[role], err);
    int role = n[1] < n[0] ? 1 : 0;
    *out = role ? DRIVE_TARGET : DRIVE_ACTOR;
    if (rc != FNR_OK || n[role] < EVENTS_FEW || !(place || (f && f->type)))
        return rc;
    /* The type's or place's events are counted only as far as the
     * entity's go: the counts cost at most twice the shorter list. */
    long n_events = LONG_MAX, k = LONG_MAX;
    rc = capped_count(h, ARGS_COUNT[role], who[role], EVENTS_MANY, &n[role], err);
    if (rc == FNR_OK && place) {
        rc = capped_count(h,
                          "SELECT count(*) FROM (SELECT 1 FROM events WHERE location_id = ?1"
                          " LIMIT ?2)",
                          place, n[role], &k, err);
        n_events = k;
    }
    if (rc == FNR_OK && f && f->type && n_events >= n[role]) {
        rc = capped_count(h, "SELECT count(*) FROM (SELECT 1 FROM events WHERE type = ?1 LIMIT ?2)",
                          f->type, n[role], &k, err);
        n_events = k;
    }
    if (rc == FNR_OK && n_events < n[role])
        *out = DRIVE_EVENTS;
    return rc;
}

/*
 * FROM and WHERE of an event list walked as `drive` says, into b; *order
 * the ORDER BY that walk gives without a sort (newest first). The page adds
 * documents and locations to the events e; with need_events false (a
 * count), the events table is joined only when a condition reads it.
 */
static fnr_status drive_sql(fnr_buf *b, sq_drive drive, bool owner, bool need_events,
                            const fnr_event_filter *f, int64_t actor, int64_t target, int64_t place,
                            int64_t entity, const char **order)
{
    bool type = f && f->type, since = f && f->since && *f->since,
         until = f && f->until && *f->until;
    fnr_status rc;
    if (drive == DRIVE_EVENTS) {
        *order = " ORDER BY e.date DESC, e.id DESC";
        rc = fnr_buf_puts(b, need_events ? EVENT_FROM : " FROM events e");
        return rc == FNR_OK ? filter_sql(b, owner, true, f, actor, target, place, entity) : rc;
    }
    /* One row per event: an entity named twice in one role of an event (two
     * entities merged since) has two rows there; the first stands. Its date
     * and document are the event's, copied into event_args. */
    int role = drive == DRIVE_ACTOR ? 0 : 1;
    *order = " ORDER BY x.date DESC, x.event_id DESC";
    bool join = need_events || type || place;
    rc = fnr_buf_printf(b,
                        " FROM event_args x%s WHERE x.entity_id = %s AND x.role = %d"
                        " AND NOT EXISTS (SELECT 1 FROM event_args y WHERE y.event_id = x.event_id"
                        " AND y.role = x.role AND y.pos < x.pos AND +y.entity_id = x.entity_id)",
                        !join         ? ""
                        : need_events ? " JOIN events e ON e.id = x.event_id"
                                        " JOIN documents d ON d.id = e.doc_id"
                                        " LEFT JOIN entities l ON l.id = e.location_id"
                                      : " JOIN events e ON e.id = x.event_id",
                        role ? ":target" : ":actor", role);
    if (rc == FNR_OK && !owner)
        rc = fnr_buf_puts(b, " AND " SQ_DOC_VISIBLE("x.doc_id"));
    if (rc == FNR_OK && since)
        rc = fnr_buf_puts(b, " AND x.date >= :since");
    if (rc == FNR_OK && until)
        rc = fnr_buf_puts(b, " AND x.date <= :until || '~'");
    if (rc == FNR_OK && type)
        rc = fnr_buf_puts(b, " AND e.type = :type");
    if (rc == FNR_OK && place)
        rc = fnr_buf_puts(b, " AND e.location_id = :place");
    if (rc == FNR_OK && role == 1 && actor)
        rc = probe_sql(b, "x.event_id", 0, ":actor");
    if (rc == FNR_OK && role == 0 && target)
        rc = probe_sql(b, "x.event_id", 1, ":target");
    if (rc == FNR_OK && entity)
        rc = fnr_buf_puts(b, " AND x.event_id IN " ENTITY_EVENTS(":entity"));
    return rc;
}

fnr_status fnr__sq_events(fnr_store *s, const fnr_viewer *v, const fnr_event_filter *f,
                          int64_t actor, int64_t target, int64_t place, int64_t entity,
                          fnr_event_list **out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_event_list *l = fnr__result_new(sizeof *l, &a);
    if (!l)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    l->internal = a;
    fnr_buf from, sql;
    fnr_buf_init(&from, 0);
    fnr_buf_init(&sql, 0);
    sqlite3_stmt *st = NULL;
    sq_drive drive;
    const char *order;
    rc = choose_drive(h, f, actor, target, place, &drive, err);
    if (rc != FNR_OK)
        goto out;
    if (drive_sql(&from, drive, v == NULL, true, f, actor, target, place, entity, &order) != FNR_OK)
        NOMEM_GOTO();

    size_t limit = f && f->limit ? f->limit : 100;
    size_t offset = f ? f->offset : 0;
    /* The page first; the matches are counted only when it is full (a
     * short page tells the total itself). NULL dates sort lowest, so DESC
     * puts undated events last. */
    if (fnr_buf_printf(&sql, "SELECT " EVENT_COLS "%s%s LIMIT :limit OFFSET :offset", from.data,
                       order) != FNR_OK)
        NOMEM_GOTO();
    STMT_OR_GOTO(st, h, sql.data, err);
    filter_bind(st, f, actor, target, place, entity);
    bind_named_int(st, ":limit", (int64_t)limit);
    bind_named_int(st, ":offset", (int64_t)offset);
    rc = read_events(h, a, st, &l->rows, &l->n_rows, err);
    if (rc != FNR_OK)
        goto out;
    if (l->n_rows < limit && (l->n_rows > 0 || offset == 0)) {
        l->total = offset + l->n_rows;
    } else {
        fnr_buf_reset(&from);
        fnr_buf_reset(&sql);
        if (drive_sql(&from, drive, v == NULL, false, f, actor, target, place, entity, &order) !=
                FNR_OK ||
            fnr_buf_printf(&sql, "SELECT count(*) FROM (SELECT 1%s LIMIT %d)", from.data,
                           FNR_EVENTS_TOTAL_MAX + 1) != FNR_OK)
            NOMEM_GOTO();
        STMT_OR_GOTO(st, h, sql.data, err);
        filter_bind(st, f, actor, target, place, entity);
        int r = sqlite3_step(st);
        if (r != SQLITE_ROW) {
            rc = step_error(h, st, r, "count events", err);
            goto out;
        }
        l->total = (size_t)sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    if (l->total > FNR_EVENTS_TOTAL_MAX) {
        l->total = FNR_EVENTS_TOTAL_MAX;
        l->total_capped = true;
    }
out:
    fnr_buf_destroy(&from);
    fnr_buf_destroy(&sql);
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = l;
    return FNR_OK;
}

#define PERSONS "sum(CASE WHEN e.count > 0 THEN e.count ELSE 0 END)"

fnr_status fnr__sq_stats(fnr_store *s, const fnr_viewer *v, fnr_stats_by by,
                         const fnr_event_filter *f, int64_t actor, int64_t target, int64_t place,
                         int64_t entity, fnr_stats **out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_stats *t = fnr__result_new(sizeof *t, &a);
    if (!t)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    t->internal = a;
    fnr_buf where, sql;
    fnr_buf_init(&where, 0);
    fnr_buf_init(&sql, 0);
    sqlite3_stmt *st = NULL;
    if (filter_sql(&where, v == NULL, false, f, actor, target, place, entity) != FNR_OK)
        NOMEM_GOTO();
    size_t limit = f && f->limit ? f->limit : 100;
    fnr_status bs;
    switch (by) {
    case FNR_STATS_YEAR:
    case FNR_STATS_MONTH:
        bs = fnr_buf_printf(&sql,
                            "SELECT coalesce(substr(e.date, 1, %d), '(undated)') AS k, 0,"
                            " count(*), " PERSONS ", count(DISTINCT e.doc_id) FROM events e%s"
                            " GROUP BY k ORDER BY k = '(undated)', k",
                            by == FNR_STATS_YEAR ? 4 : 7, where.data);
        break;
    case FNR_STATS_TYPE:
        bs = fnr_buf_printf(&sql,
                            "SELECT e.type AS k, 0, count(*) AS n, " PERSONS
                            ", count(DISTINCT e.doc_id) FROM events e%s"
                            " GROUP BY k ORDER BY n DESC, k",
                            where.data);
        break;
    case FNR_STATS_ACTOR:
        bs =
            fnr_buf_printf(&sql,
                           "SELECT " SQ_ENTITY_NAME(
                               "en") ", en.id, count(*) AS n, " PERSONS ", count(DISTINCT e.doc_id)"
                                     " FROM (SELECT DISTINCT entity_id, event_id FROM event_args"
                                     "  WHERE role = 0) x JOIN events e ON e.id = x.event_id"
                                     " JOIN entities en ON en.id = x.entity_id%s"
                                     " GROUP BY en.id ORDER BY n DESC, en.id LIMIT %zu",
                           where.data, limit);
        break;
    case FNR_STATS_PLACE:
        bs =
            fnr_buf_printf(&sql,
                           "SELECT " SQ_ENTITY_NAME(
                               "en") ", en.id, count(*) AS n, " PERSONS ", count(DISTINCT e.doc_id)"
                                     " FROM events e JOIN entities en ON en.id = e.location_id%s"
                                     " GROUP BY en.id ORDER BY n DESC, en.id LIMIT %zu",
                           where.data, limit);
        break;
    default:
        rc = fnr_error_set(err, FNR_INVALID, "invalid statistics grouping %d", (int)by);
        goto out;
    }
    if (bs != FNR_OK)
        NOMEM_GOTO();
    STMT_OR_GOTO(st, h, sql.data, err);
    filter_bind(st, f, actor, target, place, entity);
    size_t cap = 0;
    bool ok = true;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_stats_row *row = PUSH(a, t->rows, t->n_rows, cap);
        if (!row) {
            ok = false;
            break;
        }
        if (by == FNR_STATS_TYPE) {
            const char *name = fnr_event_type_name((fnr_event_type)sqlite3_column_int(st, 0));
            row->key = fnr__arena_str(a, name ? name : "?");
            ok = ok && row->key;
        } else {
            row->key = col_str(a, st, 0, &ok);
        }
        row->entity_id = sqlite3_column_int64(st, 1);
        row->events = (long)sqlite3_column_int64(st, 2);
        row->persons = (long)sqlite3_column_int64(st, 3);
        row->documents = (long)sqlite3_column_int64(st, 4);
    }
    rc = rows_end(h, st, r, ok, "compute statistics", err);
    if (rc != FNR_OK)
        goto out;

    fnr_buf_reset(&sql);
    if (fnr_buf_printf(&sql,
                       "SELECT count(*), coalesce(" PERSONS ", 0), count(DISTINCT e.doc_id)"
                       " FROM events e%s",
                       where.data) != FNR_OK)
        NOMEM_GOTO();
    STMT_OR_GOTO(st, h, sql.data, err);
    filter_bind(st, f, actor, target, place, entity);
    r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        rc = step_error(h, st, r, "compute statistics", err);
        goto out;
    }
    t->events = (long)sqlite3_column_int64(st, 0);
    t->persons = (long)sqlite3_column_int64(st, 1);
    t->documents = (long)sqlite3_column_int64(st, 2);
    sqlite3_reset(st);
out:
    fnr_buf_destroy(&where);
    fnr_buf_destroy(&sql);
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = t;
    return FNR_OK;
}

/* ---- timeline
 * ------------------------------------------------------------------------------------ */

/* Events, and one row per document with the first sentence naming the
 * entity; oldest first, undated last, a document's events after it. */
/* clang-format off */
#define SQL_TIMELINE_OF(EVENTS, EVENT_DATES, DOC_DATES)                                    \
    "SELECT ev, dt, ty, tx, di, ti, ei FROM ("                                            \
    "SELECT 1 AS ev, e.date AS dt, e.type AS ty,"                                          \
    " substr(CAST(d.text AS BLOB), e.start_byte + 1, e.end_byte - e.start_byte) AS tx,"    \
    " e.doc_id AS di, d.title AS ti, e.id AS ei"                                           \
    " FROM events e JOIN documents d ON d.id = e.doc_id"                                   \
    " WHERE e.id IN " EVENTS " AND " SQ_DOC_VISIBLE("e.doc_id") EVENT_DATES " UNION ALL"  \
    " SELECT 0, d.date, 0,"                                                                \
    " fnr_sentence(CAST(d.text AS BLOB), d.sentences, ed.first_sentence),"                 \
    " d.id, d.title, 0 FROM entity_docs ed JOIN documents d ON d.id = ed.doc_id"           \
    " WHERE ed.entity_id = ?1 AND " SQ_DOC_VISIBLE("ed.doc_id") DOC_DATES                 \
    ") ORDER BY dt IS NULL, dt, di, ev, ei"

static const char SQL_TIMELINE[] = SQL_TIMELINE_OF(ENTITY_EVENTS("?1"), "", "");

/* Within a window ?2 .. ?3 (dates compare as text on their prefix, as the
 * events' filters do; '' and '~' for open ends, which leave undated rows
 * out): each list is sought by its date along event_args_entity,
 * events_location and entity_docs_date (event_args and entity_docs carry
 * their event's and document's dates), so a month of an entity named in
 * hundreds of thousands of reports does not read them all. */
static const char SQL_TIMELINE_WINDOW[] = SQL_TIMELINE_OF(
    "(SELECT event_id FROM event_args WHERE entity_id = ?1 AND date >= ?2"
    " AND date <= ?3 || '~' UNION SELECT id FROM events WHERE location_id = ?1"
    " AND date >= ?2 AND date <= ?3 || '~')",
    " AND e.date >= ?2 AND e.date <= ?3 || '~'", " AND ed.date >= ?2 AND ed.date <= ?3 || '~'");

/* clang-format on */

fnr_status fnr__sq_timeline(fnr_store *s, const fnr_viewer *v, int64_t id, const char *since,
                            const char *until, fnr_timeline **out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_timeline *t = fnr__result_new(sizeof *t, &a);
    if (!t)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    t->internal = a;
    sqlite3_stmt *st = NULL;
    bool ok = true;
    STMT_OR_GOTO(st, h,
                 "SELECT e.id, e.type, " SQ_ENTITY_NAME("e") " FROM entities e WHERE e.id = ?1"
                                                             " AND " SQ_ENTITY_VISIBLE("e.id"),
                 err);
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        sqlite3_reset(st);
        rc = r == SQLITE_DONE ? fnr_error_set(err, FNR_NOTFOUND, "no entity e%lld", (long long)id)
                              : fnr__sq_error(h, r, "read an entity", err);
        goto out;
    }
    t->entity.id = sqlite3_column_int64(st, 0);
    t->entity.type = (fnr_entity_type)sqlite3_column_int(st, 1);
    t->entity.name = col_str(a, st, 2, &ok);
    sqlite3_reset(st);

    bool window = (since && *since) || (until && *until);
    STMT_OR_GOTO(st, h, window ? SQL_TIMELINE_WINDOW : SQL_TIMELINE, err);
    sqlite3_bind_int64(st, 1, id);
    if (window) {
        fnr__sq_bind_str(st, 2, since && *since ? since : "");
        fnr__sq_bind_str(st, 3, until && *until ? until : "~");
    }
    size_t cap = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_timeline_row *row = PUSH(a, t->rows, t->n_rows, cap);
        if (!row) {
            ok = false;
            break;
        }
        row->is_event = sqlite3_column_int(st, 0) != 0;
        row->date = col_str(a, st, 1, &ok);
        row->type = (fnr_event_type)sqlite3_column_int(st, 2);
        row->text = col_str(a, st, 3, &ok);
        if (!row->text)
            row->text = "";
        row->doc_id = sqlite3_column_int64(st, 4);
        row->doc_title = col_str(a, st, 5, &ok);
        row->event_id = sqlite3_column_int64(st, 6);
    }
    rc = rows_end(h, st, r, ok, "read a timeline", err);
out:
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = t;
    return FNR_OK;
}

/* ---- one document
 * ----------------------------------------------------------------------------------- */

fnr_status fnr__sq_doc(fnr_store *s, const fnr_viewer *v, int64_t id, fnr_doc_view **out,
                       fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_doc_view *dv = fnr__result_new(sizeof *dv, &a);
    if (!dv)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    dv->internal = a;
    sqlite3_stmt *st = NULL;
    bool ok = true;
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "SELECT "
        DOC_COLS
        ", d.text FROM documents d"
        " WHERE d.id = ?1 AND "
        SQ_DOC_VISIBLE("d.id")
        , err);
    /* clang-format on */
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        sqlite3_reset(st);
        /* A hidden document is reported exactly like a missing one. */
        rc = r == SQLITE_DONE ? fnr_error_set(err, FNR_NOTFOUND, "no document %lld", (long long)id)
                              : fnr__sq_error(h, r, "read a document", err);
        goto out;
    }
    read_doc(a, st, 0, &dv->doc, &ok);
    dv->text = col_str(a, st, DOC_NCOLS, &ok);
    dv->text_len = (size_t)sqlite3_column_bytes(st, DOC_NCOLS);
    if (!dv->text)
        dv->text = "";
    sqlite3_reset(st);
    if (!ok)
        NOMEM_GOTO();

    STMT_OR_GOTO(st, h,
                 "SELECT m.start_byte, m.end_byte, e.id, e.type, " SQ_ENTITY_NAME(
                     "e") ", m.rule"
                          " FROM mentions m"
                          " JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ?1"
                          " ORDER BY m.start_byte, m.end_byte, m.id",
                 err);
    sqlite3_bind_int64(st, 1, id);
    size_t cap = 0;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_doc_fact *m = PUSH(a, dv->mentions, dv->n_mentions, cap);
        if (!m) {
            ok = false;
            break;
        }
        m->start = (size_t)sqlite3_column_int64(st, 0);
        m->end = (size_t)sqlite3_column_int64(st, 1);
        m->entity.id = sqlite3_column_int64(st, 2);
        m->entity.type = (fnr_entity_type)sqlite3_column_int(st, 3);
        m->entity.name = col_str(a, st, 4, &ok);
        m->rule = col_str(a, st, 5, &ok);
    }
    rc = rows_end(h, st, r, ok, "read mentions", err);
    if (rc != FNR_OK)
        goto out;
    STMT_OR_GOTO(st, h, "SELECT " EVENT_COLS EVENT_FROM " WHERE e.doc_id = ?1 ORDER BY e.id", err);
    sqlite3_bind_int64(st, 1, id);
    rc = read_events(h, a, st, &dv->events, &dv->n_events, err);
out:
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = dv;
    return FNR_OK;
}

/* ---- merge candidates
 * -------------------------------------------------------------------------------- */

fnr_status fnr__sq_conflicts(fnr_store *s, const fnr_viewer *v, bool include_closed,
                             fnr_conflict_list **out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare_query(h, v, err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_conflict_list *l = fnr__result_new(sizeof *l, &a);
    if (!l)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    l->internal = a;
    sqlite3_stmt *st = NULL;
    /* clang-format off */
    STMT_OR_GOTO(st, h,
        "SELECT c.id, ea.id, ea.type, "
        SQ_ENTITY_NAME("ea")
        ", eb.id, eb.type, "
        SQ_ENTITY_NAME("eb")
        ", c.surface, coalesce(c.doc_id, 0), c.status FROM candidates c"
        " JOIN entities ea ON ea.id = c.a JOIN entities eb ON eb.id = c.b"
        " WHERE (?1 OR c.status = 'open') AND "
        SQ_DOC_VISIBLE("c.doc_id")
        " AND "
        SQ_ENTITY_VISIBLE("ea.id")
        " AND "
        SQ_ENTITY_VISIBLE("eb.id")
        " ORDER BY c.id"
        , err);
    /* clang-format on */
    sqlite3_bind_int(st, 1, include_closed ? 1 : 0);
    size_t cap = 0;
    bool ok = true;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_conflict_row *c = PUSH(a, l->rows, l->n_rows, cap);
        if (!c) {
            ok = false;
            break;
        }
        c->id = sqlite3_column_int64(st, 0);
        c->a.id = sqlite3_column_int64(st, 1);
        c->a.type = (fnr_entity_type)sqlite3_column_int(st, 2);
        c->a.name = col_str(a, st, 3, &ok);
        c->b.id = sqlite3_column_int64(st, 4);
        c->b.type = (fnr_entity_type)sqlite3_column_int(st, 5);
        c->b.name = col_str(a, st, 6, &ok);
        c->surface = col_str(a, st, 7, &ok);
        c->doc_id = sqlite3_column_int64(st, 8);
        c->status = col_str(a, st, 9, &ok);
    }
    rc = rows_end(h, st, r, ok, "read merge candidates", err);
out:
    if (rc != FNR_OK) {
        fnr__result_free(a);
        return rc;
    }
    *out = l;
    return FNR_OK;
}
