/*
 * The SQLite backend's graph queries, for src/analysis/: the evidence
 * tying entities summed per (pair, kind), the rows of the nodes, and the
 * sentences behind one edge. Each filters by the viewer like every query
 * (SQ_DOC_VISIBLE on the document each piece of evidence comes from).
 *
 * Three kinds of evidence (fener/analysis.h):
 *   relation   relations rows, grouped along relations_source (no sort);
 *   event      two entities among one event's actors and targets;
 *   cooccur    two entities named in one sentence (mentions self-join on
 *              the key of mentions), counted once per sentence.
 * Weights: kind factor x the grading of the document's source.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/map.h"
#include "base/vec.h"
#include "store/sqlite/sqlite_int.h"

/* The grading factor of a document's source reliability (analysis.h). */
#define GRADE(d)                                                                    \
    "(CASE " d ".reliability WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.9 WHEN 'C' THEN 0.8" \
    " WHEN 'D' THEN 0.7 WHEN 'E' THEN 0.6 ELSE 0.75 END)"

static fnr_status prepare(fnr_sqlite *h, const fnr_viewer *v, fnr_error *err)
{
    fnr_error_clear(err);
    fnr_status rc = fnr__sq_flush(h, err);
    return rc == FNR_OK ? fnr__sq_viewer_prepare(h, v, err) : rc;
}

/* " AND <date> >= :since AND <date> <= :until || '~'" when given; with a
 * window, undated evidence is left out (NULL compares false). */
static fnr_status date_sql(fnr_buf *b, const fnr_graph_filter *f, const char *date)
{
    fnr_status rc = FNR_OK;
    if (f && f->since && *f->since)
        rc = fnr_buf_printf(b, " AND %s >= :since", date);
    if (rc == FNR_OK && f && f->until && *f->until)
        rc = fnr_buf_printf(b, " AND %s <= :until || '~'", date);
    return rc;
}

/* " AND (SELECT type FROM entities WHERE id = col) IN (1, 2)" for a type filter. */
static fnr_status types_sql(fnr_buf *b, const fnr_graph_filter *f, const char *col)
{
    if (!f || !f->entity_types)
        return FNR_OK;
    fnr_status rc = fnr_buf_printf(b, " AND (SELECT type FROM entities WHERE id = %s) IN (0", col);
    for (int t = 1; t < 31 && rc == FNR_OK; t++)
        if (f->entity_types & (1u << t))
            rc = fnr_buf_printf(b, ", %d", t);
    return rc == FNR_OK ? fnr_buf_puts(b, ")") : rc;
}

static void bind_dates(sqlite3_stmt *st, const fnr_graph_filter *f)
{
    int i;
    if (f && f->since && *f->since && (i = sqlite3_bind_parameter_index(st, ":since")) > 0)
        sqlite3_bind_text(st, i, f->since, -1, SQLITE_TRANSIENT);
    if (f && f->until && *f->until && (i = sqlite3_bind_parameter_index(st, ":until")) > 0)
        sqlite3_bind_text(st, i, f->until, -1, SQLITE_TRANSIENT);
}

/* Runs one edge query: columns a, b, rel_type, n, weight, first, last,
 * role, role_of; every row goes to cb as `kind`. */
static fnr_status run_edges(fnr_sqlite *h, const char *sql, const fnr_graph_filter *f,
                            fnr_edge_kind kind, fnr_store_edge_cb cb, void *ctx, fnr_error *err)
{
    sqlite3_stmt *st = NULL;
    int r = sqlite3_prepare_v2(h->db, sql, -1, &st, NULL);
    if (r != SQLITE_OK)
        return fnr__sq_error(h, r, "read the graph", err);
    bind_dates(st, f);
    fnr_status rc = FNR_OK;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_store_graph_edge e = {
            .a = sqlite3_column_int64(st, 0),
            .b = sqlite3_column_int64(st, 1),
            .kind = kind,
            .rel_type = sqlite3_column_int(st, 2),
            .n = (long)sqlite3_column_int64(st, 3),
            .weight = sqlite3_column_double(st, 4),
            .first = (const char *)sqlite3_column_text(st, 5),
            .last = (const char *)sqlite3_column_text(st, 6),
            .role = (const char *)sqlite3_column_text(st, 7),
            .role_of = sqlite3_column_int64(st, 8),
        };
        if (e.a == e.b)
            continue;
        if (e.a > e.b) {
            int64_t t = e.a;
            e.a = e.b;
            e.b = t;
        }
        if (cb(ctx, &e) != 0) {
            rc = fnr_error_set(err, FNR_INTERNAL, "reading the graph was stopped");
            break;
        }
    }
    if (rc == FNR_OK && r != SQLITE_DONE)
        rc = fnr__sq_error(h, r, "read the graph", err);
    sqlite3_finalize(st);
    return rc;
}

/* ---- pairs counted here ------------------------------------------------------------------ */

/*
 * Co-occurrence and event edges are counted in C over one ordered walk of
 * the mentions (or event arguments): each sentence's (event's) distinct
 * entities give their pairs, summed in an open-addressing table. The SQL it
 * replaced (self-join, DISTINCT, GROUP BY) sorted every pair of every
 * sentence: 26 s for the co-occurrences of a 100k-report store (6.2 M
 * mentions, 2.7 M sentences, 461,000 pairs), 6.7 s for its events.
 */
typedef struct pair_acc {
    int64_t a, b; /* a < b; a == 0: a free slot */
    double w;
    uint32_t n, first, last; /* last two: dates, offsets into the pool (0 = none) */
} pair_acc;

typedef struct pair_map {
    pair_acc *slot;
    size_t mask, len;
    fnr_map date_ids; /* date text -> pool offset */
    fnr_buf pool;     /* the dates, NUL-terminated; starts with one NUL */
} pair_map;

static fnr_status pairs_init(pair_map *m)
{
    memset(m, 0, sizeof *m);
    fnr_map_init(&m->date_ids);
    fnr_buf_init(&m->pool, 0);
    m->slot = fnr_calloc(1024, sizeof *m->slot);
    m->mask = 1023;
    if (!m->slot || fnr_buf_append(&m->pool, "", 1) != FNR_OK)
        return FNR_NOMEM;
    return FNR_OK;
}

static void pairs_destroy(pair_map *m)
{
    fnr_free(m->slot);
    fnr_map_destroy(&m->date_ids);
    fnr_buf_destroy(&m->pool);
}

static size_t pair_hash(int64_t a, int64_t b)
{
    uint64_t h = fnr_hash_word(fnr_hash_start(16), (uint64_t)a);
    return (size_t)fnr_hash_end(h, (uint64_t)b);
}

static fnr_status pairs_grow(pair_map *m)
{
    size_t cap = (m->mask + 1) * 2;
    pair_acc *ns = fnr_calloc(cap, sizeof *ns);
    if (!ns)
        return FNR_NOMEM;
    for (size_t i = 0; i <= m->mask; i++) {
        if (!m->slot[i].a)
            continue;
        size_t j = pair_hash(m->slot[i].a, m->slot[i].b) & (cap - 1);
        while (ns[j].a)
            j = (j + 1) & (cap - 1);
        ns[j] = m->slot[i];
    }
    fnr_free(m->slot);
    m->slot = ns;
    m->mask = cap - 1;
    return FNR_OK;
}

/* One more sentence (event) naming a and b (a < b), of weight w and date d. */
static fnr_status pairs_add(pair_map *m, int64_t a, int64_t b, double w, uint32_t d)
{
    if ((m->len + 1) * 4 > (m->mask + 1) * 3) {
        fnr_status rc = pairs_grow(m);
        if (rc != FNR_OK)
            return rc;
    }
    size_t i = pair_hash(a, b) & m->mask;
    while (m->slot[i].a && (m->slot[i].a != a || m->slot[i].b != b))
        i = (i + 1) & m->mask;
    pair_acc *p = &m->slot[i];
    if (!p->a) {
        *p = (pair_acc){ .a = a, .b = b, .first = d, .last = d };
        m->len++;
    } else if (d) {
        const char *pool = m->pool.data;
        if (!p->first || strcmp(pool + d, pool + p->first) < 0)
            p->first = d;
        if (!p->last || strcmp(pool + d, pool + p->last) > 0)
            p->last = d;
    }
    p->n++;
    p->w += w;
    return FNR_OK;
}

/* The pairs of one group's entities ents[0..n) (sorted, maybe repeated). */
static fnr_status pairs_group(pair_map *m, int64_t *ents, size_t n, double w, uint32_t d)
{
    for (size_t i = 0; i < n; i++) {
        if (i && ents[i] == ents[i - 1])
            continue;
        for (size_t j = i + 1; j < n; j++) {
            if (ents[j] == ents[j - 1])
                continue;
            fnr_status rc = pairs_add(m, ents[i], ents[j], w, d);
            if (rc != FNR_OK)
                return rc;
        }
    }
    return FNR_OK;
}

static int cmp_pair(const void *x, const void *y)
{
    const pair_acc *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static int cmp_id(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/*
 * Walks `sql` (columns: group key, entity id, weight, date; rows of one
 * group together), and hands each pair to cb as `kind`, in (a, b) order as
 * the GROUP BY it replaces gave them. sort_group: a group's entities do not
 * come in id order.
 */
static fnr_status run_pairs(fnr_sqlite *h, const char *sql, const fnr_graph_filter *f,
                            fnr_edge_kind kind, bool sort_group, fnr_store_edge_cb cb, void *ctx,
                            fnr_error *err)
{
    pair_map m;
    fnr_vec ents;
    fnr_vec_init(&ents, sizeof(int64_t));
    sqlite3_stmt *st = NULL;
    fnr_status rc = pairs_init(&m);
    int r = SQLITE_OK;
    if (rc != FNR_OK)
        goto out;
    r = sqlite3_prepare_v2(h->db, sql, -1, &st, NULL);
    if (r != SQLITE_OK) {
        rc = fnr__sq_error(h, r, "read the graph", err);
        goto out;
    }
    bind_dates(st, f);
    int64_t key = 0;
    double w = 0;
    uint32_t d = 0;
    for (;;) {
        r = sqlite3_step(st);
        int64_t k = r == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        if (ents.len && (r != SQLITE_ROW || k != key)) {
            if (sort_group && ents.len > 1)
                qsort(ents.data, ents.len, sizeof(int64_t), cmp_id);
            if (ents.len > 1 && (rc = pairs_group(&m, ents.data, ents.len, w, d)) != FNR_OK)
                goto out;
            fnr_vec_clear(&ents);
        }
        if (r != SQLITE_ROW)
            break;
        if (!ents.len) {
            key = k;
            w = sqlite3_column_double(st, 2);
            if ((rc = fnr_map_intern(&m.date_ids, &m.pool, (const char *)sqlite3_column_text(st, 3),
                                     &d)) != FNR_OK)
                goto out;
        }
        int64_t e = sqlite3_column_int64(st, 1);
        if ((rc = fnr_vec_push(&ents, &e)) != FNR_OK)
            goto out;
    }
    if (r != SQLITE_DONE) {
        rc = fnr__sq_error(h, r, "read the graph", err);
        goto out;
    }
    /* The used slots to the front, in (a, b) order. */
    size_t n = 0;
    for (size_t i = 0; i <= m.mask; i++)
        if (m.slot[i].a)
            m.slot[n++] = m.slot[i];
    qsort(m.slot, n, sizeof *m.slot, cmp_pair);
    const char *pool = m.pool.data;
    for (size_t i = 0; i < n; i++) {
        const pair_acc *p = &m.slot[i];
        fnr_store_graph_edge e = { .a = p->a,
                                   .b = p->b,
                                   .kind = kind,
                                   .n = (long)p->n,
                                   .weight = p->w,
                                   .first = p->first ? pool + p->first : NULL,
                                   .last = p->last ? pool + p->last : NULL };
        if (cb(ctx, &e) != 0) {
            rc = fnr_error_set(err, FNR_INTERNAL, "reading the graph was stopped");
            break;
        }
    }
out:
    if (rc == FNR_NOMEM || rc == FNR_TOOBIG)
        rc = fnr_error_set(err, rc, "out of memory reading the graph");
    sqlite3_finalize(st);
    fnr_vec_destroy(&ents);
    pairs_destroy(&m);
    return rc;
}

fnr_status fnr__sq_graph_edges(fnr_store *s, const fnr_viewer *v, const fnr_graph_filter *f,
                               fnr_store_edge_cb cb, void *ctx, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_status rc = prepare(h, v, err);
    if (rc != FNR_OK)
        return rc;
    unsigned kinds = f && f->kinds ? f->kinds : FNR_EDGE_ALL;
    fnr_buf sql;
    fnr_buf_init(&sql, 0);

    if (kinds & FNR_EDGE_RELATION) {
        /* Along relations_source (source_id, type, target_id): no sort. */
        fnr_buf_reset(&sql);
        rc = fnr_buf_puts(
            &sql, "SELECT r.source_id, r.target_id, r.type, count(*), sum(" GRADE(
                      "d") "), min(d.date), max(d.date), max(r.role),"
                           " r.source_id"
                           " FROM relations r JOIN documents d ON d.id = r.doc_id"
                           " WHERE r.source_id <> r.target_id AND " SQ_DOC_VISIBLE("r.doc_id"));
        if (rc == FNR_OK)
            rc = date_sql(&sql, f, "d.date");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "r.source_id");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "r.target_id");
        if (rc == FNR_OK)
            rc = fnr_buf_puts(&sql, " GROUP BY r.source_id, r.type, r.target_id");
        if (rc != FNR_OK)
            goto nomem;
        rc = run_edges(h, sql.data, f, FNR_EDGE_RELATION, cb, ctx, err);
        if (rc != FNR_OK)
            goto out;
    }
    if (kinds & FNR_EDGE_EVENT) {
        /* Each event's actors and targets, one event's rows together: the
         * events in id order, each one's arguments by event_args' key
         * (CROSS JOIN keeps that order; walked from event_args, each row
         * looked its event up at random: 13.5 s against 1.9 s over 2.4 M
         * arguments with a cold cache). */
        fnr_buf_reset(&sql);
        /* clang-format off */
        rc = fnr_buf_puts(&sql,
            "SELECT e.id, x.entity_id, e.confidence * " GRADE("d") ", coalesce(e.date, d.date)"
            " FROM events e CROSS JOIN event_args x ON x.event_id = e.id"
            " JOIN documents d ON d.id = e.doc_id"
            " WHERE " SQ_DOC_VISIBLE("e.doc_id"));
        /* clang-format on */
        if (rc == FNR_OK)
            rc = date_sql(&sql, f, "coalesce(e.date, d.date)");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "x.entity_id");
        /* The order the walk gives: sorted only if SQLite ever chose
         * another plan, since run_pairs needs each group's rows together. */
        if (rc == FNR_OK)
            rc = fnr_buf_puts(&sql, " ORDER BY e.id");
        if (rc != FNR_OK)
            goto nomem;
        rc = run_pairs(h, sql.data, f, FNR_EDGE_EVENT, true, cb, ctx, err);
        if (rc != FNR_OK)
            goto out;
    }
    if (kinds & FNR_EDGE_COOCCUR) {
        /* Each sentence's names in entity order, one document after
         * another: the key of mentions (doc_id, sentence, entity_id),
         * sought once a document. The group key packs the document and
         * the sentence (ids below 2^31, sentences below 2^32). */
        fnr_buf_reset(&sql);
        /* clang-format off */
        rc = fnr_buf_puts(&sql,
            "SELECT m.doc_id * 4294967296 + m.sentence, m.entity_id, 0.5 * " GRADE("d") ", d.date"
            " FROM documents d CROSS JOIN mentions m ON m.doc_id = d.id"
            " WHERE " SQ_DOC_VISIBLE("d.id"));
        /* clang-format on */
        if (rc == FNR_OK)
            rc = date_sql(&sql, f, "d.date");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "m.entity_id");
        if (rc == FNR_OK)
            rc = fnr_buf_puts(&sql, " ORDER BY d.id, m.sentence, m.entity_id");
        if (rc != FNR_OK)
            goto nomem;
        rc = run_pairs(h, sql.data, f, FNR_EDGE_COOCCUR, false, cb, ctx, err);
    }
    goto out;
nomem:
    rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
out:
    fnr_buf_destroy(&sql);
    return rc;
}

fnr_status fnr__sq_graph_nodes(fnr_store *s, const fnr_viewer *v, const int64_t *ids, size_t n,
                               fnr_store_node_cb cb, void *ctx, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_status rc = prepare(h, v, err);
    if (rc != FNR_OK)
        return rc;
    /* The ids go into a temporary table (also on a read-only store). */
    rc = fnr__sq_exec(h,
                      "CREATE TEMP TABLE IF NOT EXISTS graph_ids(id INTEGER PRIMARY KEY);"
                      "DELETE FROM temp.graph_ids;",
                      "list the graph's nodes", err);
    if (rc != FNR_OK)
        return rc;
    bool own_tx = sqlite3_get_autocommit(h->db) != 0;
    if (own_tx &&
        (rc = fnr__sq_exec(h, "SAVEPOINT graph_ids", "list the graph's nodes", err)) != FNR_OK)
        return rc;
    sqlite3_stmt *ins =
        fnr__sq_stmt(h, "INSERT OR IGNORE INTO temp.graph_ids(id) VALUES (?1)", err);
    if (!ins)
        rc = err ? err->code : FNR_INTERNAL;
    for (size_t i = 0; rc == FNR_OK && i < n; i++) {
        sqlite3_bind_int64(ins, 1, ids[i]);
        rc = fnr__sq_done(h, ins, "list the graph's nodes", err);
    }
    if (own_tx)
        fnr__sq_exec(h, "RELEASE graph_ids", "list the graph's nodes", NULL);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *st = fnr__sq_stmt(h,
                                    "SELECT e.id, e.type, " SQ_ENTITY_NAME(
                                        "e") ", e.kind"
                                             " FROM temp.graph_ids g JOIN entities e ON e.id = g.id"
                                             " ORDER BY e.id",
                                    err);
    if (!st)
        return err ? err->code : FNR_INTERNAL;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        fnr_store_graph_node nd = {
            .id = sqlite3_column_int64(st, 0),
            .type = (fnr_entity_type)sqlite3_column_int(st, 1),
            .name = (const char *)sqlite3_column_text(st, 2),
            .kind = (const char *)sqlite3_column_text(st, 3),
        };
        if (cb(ctx, &nd) != 0) {
            sqlite3_reset(st);
            return fnr_error_set(err, FNR_INTERNAL, "reading the graph was stopped");
        }
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE)
        return fnr__sq_error(h, r, "list the graph's nodes", err);
    return fnr__sq_exec(h, "DELETE FROM temp.graph_ids", "list the graph's nodes", err);
}

/* ---- the evidence of one edge ------------------------------------------------------- */

/* Evidence dated within ?4 (since) and ?5 (until), when given; undated
 * evidence is then left out, as fnr_graph_build does. */
#define IN_WINDOW(date) "(?4 IS NULL OR " date " >= ?4) AND (?5 IS NULL OR " date " <= ?5 || '~')"

/* The pieces are listed without their sentences, counted (count(*) OVER
 * ()) and sorted; only the page's sentences are cut from their documents
 * (fnr_sentence): between two hubs of a 100k-report store, with a hundred
 * thousand pieces, cutting every one took most of the query's seconds. */
/* clang-format off */
static const char SQL_EVIDENCE[] =
    "SELECT p.kind, p.doc_id, d.title, p.date, d.reliability,"
    " fnr_sentence(CAST(d.text AS BLOB), d.sentences, p.sn), p.ty, p.role, p.rule, p.total"
    " FROM (SELECT kind, doc_id, date, sn, ty, role, rule, ord, count(*) OVER () AS total FROM ("
    /* relations either way */
    " SELECT 1 AS kind, r.doc_id, d.date, r.sentence AS sn,"
    "  r.type AS ty, r.role, r.rule, r.id AS ord"
    " FROM relations r JOIN documents d ON d.id = r.doc_id"
    " WHERE ((r.source_id = ?1 AND r.target_id = ?2) OR (r.source_id = ?2 AND r.target_id = ?1))"
    "  AND (?3 & 1) AND " IN_WINDOW("d.date") " AND " SQ_DOC_VISIBLE("r.doc_id")
    " UNION ALL"
    /* events naming both */
    " SELECT 2, e.doc_id, coalesce(e.date, d.date), e.sentence, e.type, NULL, e.rule, e.id"
    " FROM events e JOIN documents d ON d.id = e.doc_id"
    " WHERE (?3 & 2) AND e.id IN (SELECT x.event_id FROM event_args x JOIN event_args y"
    "  ON y.event_id = x.event_id WHERE x.entity_id = ?1 AND y.entity_id = ?2)"
    "  AND " IN_WINDOW("coalesce(e.date, d.date)") " AND " SQ_DOC_VISIBLE("e.doc_id")
    " UNION ALL"
    /* sentences naming both */
    " SELECT 4, s.doc_id, d.date, s.sentence, 0, NULL, 'same_sentence', s.sentence"
    " FROM (SELECT DISTINCT e1.doc_id, j.value AS sentence FROM entity_docs e1"
    "  JOIN entity_docs e2 ON e2.entity_id = ?2 AND e2.doc_id = e1.doc_id,"
    "  json_each(e1.sentences) j"
    "  WHERE e1.entity_id = ?1 AND (?3 & 4) AND " SQ_DOC_VISIBLE("e1.doc_id")
    "  AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.doc_id = e1.doc_id"
    "  AND m2.sentence = j.value AND m2.entity_id = ?2)) s"
    " JOIN documents d ON d.id = s.doc_id WHERE " IN_WINDOW("d.date")
    ") ORDER BY date IS NULL, date DESC, doc_id DESC, kind, ord LIMIT ?6) p"
    " JOIN documents d ON d.id = p.doc_id"
    " ORDER BY p.date IS NULL, p.date DESC, p.doc_id DESC, p.kind, p.ord";

/* clang-format on */

fnr_status fnr__sq_edge_evidence(fnr_store *s, const fnr_viewer *v, int64_t a, int64_t b,
                                 const fnr_graph_filter *f, size_t limit, fnr_evidence_list **out,
                                 fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    fnr_status rc = prepare(h, v, err);
    if (rc != FNR_OK)
        return rc;
    unsigned kinds = f && f->kinds ? f->kinds : FNR_EDGE_ALL;
    if (!limit)
        limit = 5;
    fnr_arena *ar = NULL;
    fnr_evidence_list *l = fnr__result_new(sizeof *l, &ar);
    if (!l)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    l->internal = ar;
    sqlite3_stmt *st = fnr__sq_stmt(h, SQL_EVIDENCE, err);
    if (!st) {
        fnr__result_free(ar);
        return err ? err->code : FNR_INTERNAL;
    }
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    sqlite3_bind_int(st, 3, (int)kinds);
    if (f && f->since && *f->since)
        sqlite3_bind_text(st, 4, f->since, -1, SQLITE_TRANSIENT);
    if (f && f->until && *f->until)
        sqlite3_bind_text(st, 5, f->until, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)(limit < INT64_MAX ? limit : INT64_MAX));
    size_t cap = 0;
    bool ok = true;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        l->total = (size_t)sqlite3_column_int64(st, 9);
        if (l->n_rows >= limit)
            continue;
        if (l->n_rows == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            fnr_evidence_row *n = fnr_arena_calloc(ar, ncap, sizeof *n);
            if (!n) {
                ok = false;
                break;
            }
            if (l->n_rows)
                memcpy(n, l->rows, l->n_rows * sizeof *n);
            l->rows = n;
            cap = ncap;
        }
        fnr_evidence_row *e = &l->rows[l->n_rows++];
        e->kind = (fnr_edge_kind)sqlite3_column_int(st, 0);
        e->doc_id = sqlite3_column_int64(st, 1);
        e->doc_title = fnr__arena_str(ar, (const char *)sqlite3_column_text(st, 2));
        e->date = fnr__arena_str(ar, (const char *)sqlite3_column_text(st, 3));
        const unsigned char *rel = sqlite3_column_text(st, 4);
        e->reliability = rel && *rel ? (char)rel[0] : 0;
        e->text = fnr__arena_str(ar, (const char *)sqlite3_column_text(st, 5));
        if (!e->text)
            e->text = "";
        int ty = sqlite3_column_int(st, 6);
        const char *role = (const char *)sqlite3_column_text(st, 7);
        char what[200];
        what[0] = 0;
        if (e->kind == FNR_EDGE_RELATION) {
            const char *name = fnr_relation_type_name((fnr_relation_type)ty);
            if (role)
                snprintf(what, sizeof what, "%s (%s)", name ? name : "?", role);
            else
                snprintf(what, sizeof what, "%s", name ? name : "?");
        } else if (e->kind == FNR_EDGE_EVENT) {
            const char *name = fnr_event_type_name((fnr_event_type)ty);
            snprintf(what, sizeof what, "%s", name ? name : "?");
        }
        e->what = what[0] ? fnr__arena_str(ar, what) : NULL;
        e->rule = fnr__arena_str(ar, (const char *)sqlite3_column_text(st, 8));
        if ((what[0] && !e->what) || !e->text)
            ok = false;
    }
    sqlite3_reset(st);
    if (!ok || r != SQLITE_DONE) {
        fnr__result_free(ar);
        return !ok ? fnr_error_set(err, FNR_NOMEM, "out of memory")
                   : fnr__sq_error(h, r, "read the evidence of an edge", err);
    }
    *out = l;
    return FNR_OK;
}
