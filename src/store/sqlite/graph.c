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
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
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
        /* Two distinct entities among an event's actors and targets. */
        fnr_buf_reset(&sql);
        rc = fnr_buf_puts(
            &sql, "SELECT a, b, 0, count(*), sum(w), min(dt), max(dt), NULL, 0 FROM ("
                  " SELECT DISTINCT x.event_id, x.entity_id AS a, y.entity_id AS b,"
                  "  e.confidence * " GRADE(
                      "d") " AS w, coalesce(e.date, d.date) AS dt"
                           " FROM event_args x JOIN event_args y ON y.event_id = x.event_id"
                           "  AND y.entity_id > x.entity_id"
                           " JOIN events e ON e.id = x.event_id JOIN documents d ON d.id = e.doc_id"
                           " WHERE " SQ_DOC_VISIBLE("e.doc_id"));
        if (rc == FNR_OK)
            rc = date_sql(&sql, f, "coalesce(e.date, d.date)");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "x.entity_id");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "y.entity_id");
        if (rc == FNR_OK)
            rc = fnr_buf_puts(&sql, ") GROUP BY a, b");
        if (rc != FNR_OK)
            goto nomem;
        rc = run_edges(h, sql.data, f, FNR_EDGE_EVENT, cb, ctx, err);
        if (rc != FNR_OK)
            goto out;
    }
    if (kinds & FNR_EDGE_COOCCUR) {
        /* One count per sentence naming both (along the key of mentions). */
        fnr_buf_reset(&sql);
        rc = fnr_buf_puts(&sql,
                          "SELECT a, b, 0, count(*), sum(w), min(dt), max(dt), NULL, 0 FROM ("
                          " SELECT DISTINCT m1.doc_id, m1.sentence, m1.entity_id AS a,"
                          "  m2.entity_id AS b, 0.5 * " GRADE(
                              "d") " AS w, d.date AS dt"
                                   " FROM mentions m1 JOIN mentions m2 ON m2.doc_id = m1.doc_id"
                                   "  AND m2.sentence = m1.sentence AND m2.entity_id > m1.entity_id"
                                   " JOIN documents d ON d.id = m1.doc_id"
                                   " WHERE " SQ_DOC_VISIBLE("m1.doc_id"));
        if (rc == FNR_OK)
            rc = date_sql(&sql, f, "d.date");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "m1.entity_id");
        if (rc == FNR_OK)
            rc = types_sql(&sql, f, "m2.entity_id");
        if (rc == FNR_OK)
            rc = fnr_buf_puts(&sql, ") GROUP BY a, b");
        if (rc != FNR_OK)
            goto nomem;
        rc = run_edges(h, sql.data, f, FNR_EDGE_COOCCUR, cb, ctx, err);
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

/* clang-format off */
static const char SQL_EVIDENCE[] =
    "SELECT kind, doc_id, title, date, reliability, tx, ty, role, rule FROM ("
    /* relations either way */
    " SELECT 1 AS kind, r.doc_id, d.title, d.date, d.reliability,"
    "  fnr_sentence(CAST(d.text AS BLOB), d.sentences, r.sentence) AS tx,"
    "  r.type AS ty, r.role, r.rule, r.id AS ord"
    " FROM relations r JOIN documents d ON d.id = r.doc_id"
    " WHERE ((r.source_id = ?1 AND r.target_id = ?2) OR (r.source_id = ?2 AND r.target_id = ?1))"
    "  AND (?3 & 1) AND " IN_WINDOW("d.date") " AND " SQ_DOC_VISIBLE("r.doc_id")
    " UNION ALL"
    /* events naming both */
    " SELECT 2, e.doc_id, d.title, coalesce(e.date, d.date), d.reliability,"
    "  fnr_sentence(CAST(d.text AS BLOB), d.sentences, e.sentence), e.type, NULL, e.rule, e.id"
    " FROM events e JOIN documents d ON d.id = e.doc_id"
    " WHERE (?3 & 2) AND e.id IN (SELECT x.event_id FROM event_args x JOIN event_args y"
    "  ON y.event_id = x.event_id WHERE x.entity_id = ?1 AND y.entity_id = ?2)"
    "  AND " IN_WINDOW("coalesce(e.date, d.date)") " AND " SQ_DOC_VISIBLE("e.doc_id")
    " UNION ALL"
    /* sentences naming both */
    " SELECT 4, s.doc_id, d.title, d.date, d.reliability,"
    "  fnr_sentence(CAST(d.text AS BLOB), d.sentences, s.sentence), 0, NULL, 'same_sentence',"
    "  s.sentence"
    " FROM (SELECT DISTINCT e1.doc_id, j.value AS sentence FROM entity_docs e1"
    "  JOIN entity_docs e2 ON e2.entity_id = ?2 AND e2.doc_id = e1.doc_id,"
    "  json_each(e1.sentences) j"
    "  WHERE e1.entity_id = ?1 AND (?3 & 4) AND " SQ_DOC_VISIBLE("e1.doc_id")
    "  AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.doc_id = e1.doc_id"
    "  AND m2.sentence = j.value AND m2.entity_id = ?2)) s"
    " JOIN documents d ON d.id = s.doc_id WHERE " IN_WINDOW("d.date")
    ") ORDER BY date IS NULL, date DESC, doc_id DESC, kind, ord";

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
    size_t cap = 0;
    bool ok = true;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        l->total++;
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
