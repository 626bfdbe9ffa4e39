/*
 * The SQLite backend's markings: store metadata, the markings table
 * (distinct markings, by id), documents' markings (doc_marks) and the
 * per-marking mention summary of entities (entity_marks), and the viewer
 * filter. Before each query fnr__sq_viewer_prepare loads the markings (a
 * few rows) and decides once which of them the viewer may see; the SQL
 * functions fnr_owner() and fnr_mvis(marking) then let every query's WHERE
 * clause filter by it (SQ_DOC_VISIBLE and friends in sqlite_int.h).
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

/* ---- metadata -------------------------------------------------------------------- */

fnr_status fnr__sq_meta_get(fnr_store *s, const char *key, char **out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = NULL;
    STMT_OR_RETURN(st, h, "SELECT value FROM meta WHERE key = ?1", err);
    fnr__sq_bind_str(st, 1, key);
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        *out = fnr_strdup(v ? v : "");
        sqlite3_reset(st);
        return *out ? FNR_OK : fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    sqlite3_reset(st);
    return r == SQLITE_DONE ? FNR_OK : fnr__sq_error(h, r, "read the store's metadata", err);
}

fnr_status fnr__sq_meta_set(fnr_store *s, const char *key, const char *value, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    if (!value) {
        STMT_OR_RETURN(st, h, "DELETE FROM meta WHERE key = ?1", err);
        fnr__sq_bind_str(st, 1, key);
        return fnr__sq_done(h, st, "write the store's metadata", err);
    }
    STMT_OR_RETURN(st, h, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", err);
    fnr__sq_bind_str(st, 1, key);
    fnr__sq_bind_str(st, 2, value);
    return fnr__sq_done(h, st, "write the store's metadata", err);
}

/* ---- markings -------------------------------------------------------------------- */

fnr_status fnr__sq_marking_id(fnr_store *s, const fnr_store_marking *m, int64_t *out_id,
                              fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    STMT_OR_RETURN(ins, h,
                   "INSERT OR IGNORE INTO markings(level, compartments, rel_to, tlp)"
                   " VALUES (?1, ?2, ?3, ?4)",
                   err);
    sqlite3_bind_int(ins, 1, m->level);
    fnr__sq_bind_str(ins, 2, m->compartments ? m->compartments : "");
    fnr__sq_bind_str(ins, 3, m->rel_to ? m->rel_to : "");
    fnr__sq_bind_str(ins, 4, m->tlp ? m->tlp : "");
    fnr_status rc = fnr__sq_done(h, ins, "record a marking", err);
    if (rc != FNR_OK)
        return rc;
    STMT_OR_RETURN(st, h,
                   "SELECT id FROM markings WHERE level = ?1 AND compartments = ?2"
                   " AND rel_to = ?3 AND tlp = ?4",
                   err);
    sqlite3_bind_int(st, 1, m->level);
    fnr__sq_bind_str(st, 2, m->compartments ? m->compartments : "");
    fnr__sq_bind_str(st, 3, m->rel_to ? m->rel_to : "");
    fnr__sq_bind_str(st, 4, m->tlp ? m->tlp : "");
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        *out_id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (r != SQLITE_ROW)
        return fnr__sq_error(h, r == SQLITE_DONE ? SQLITE_INTERNAL : r, "record a marking", err);
    return FNR_OK;
}

fnr_status fnr__sq_doc_marking(fnr_store *s, int64_t doc_id, fnr_store_marking *out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    memset(out, 0, sizeof *out);
    STMT_OR_RETURN(st, h,
                   "SELECT mk.level, mk.compartments, mk.rel_to, mk.tlp FROM doc_marks dm"
                   " JOIN markings mk ON mk.id = dm.marking WHERE dm.doc_id = ?1",
                   err);
    sqlite3_bind_int64(st, 1, doc_id);
    int r = sqlite3_step(st);
    if (r != SQLITE_ROW) {
        sqlite3_reset(st);
        if (r == SQLITE_DONE)
            return fnr_error_set(err, FNR_NOTFOUND, "no document %lld", (long long)doc_id);
        return fnr__sq_error(h, r, "read a document's markings", err);
    }
    /* The strings outlive the statement in the scratch buffer. */
    fnr_buf_reset(&h->scratch);
    size_t off[3];
    bool ok = true;
    for (int i = 0; i < 3; i++) {
        const char *v = (const char *)sqlite3_column_text(st, i + 1);
        off[i] = h->scratch.len;
        ok = ok && fnr_buf_puts(&h->scratch, v ? v : "") == FNR_OK &&
             fnr_buf_putc(&h->scratch, 0) == FNR_OK;
    }
    out->level = sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (!ok)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    out->compartments = h->scratch.data + off[0];
    out->rel_to = h->scratch.data + off[1];
    out->tlp = h->scratch.data + off[2];
    return FNR_OK;
}

fnr_status fnr__sq_doc_set_marking(fnr_store *s, int64_t doc_id, int64_t marking, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
        /* The summaries of the document's entities are rebuilt around the move. */
#define DOC_FAMILY                                                                 \
    "(WITH RECURSIVE fam(id) AS (SELECT entity_id FROM mentions WHERE doc_id = ?1" \
    " UNION SELECT e.id FROM entities e JOIN fam ON e.merged_into = fam.id)"       \
    " SELECT id FROM fam)"
    static const char *const steps[] = {
        "DELETE FROM entity_marks WHERE entity_id IN"
        " (SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ?1)",
        "UPDATE doc_marks SET marking = ?2 WHERE doc_id = ?1",
        "INSERT INTO entity_marks(entity_id, marking, mentions, docs)"
        " SELECT ed.entity_id, dm.marking, sum(ed.mentions), count(*) FROM entity_docs ed"
        " JOIN doc_marks dm ON dm.doc_id = ed.doc_id"
        " WHERE ed.entity_id IN (SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ?1)"
        " GROUP BY ed.entity_id, dm.marking",
        /* Alias keys of the entities named in it and of those merged into
         * them (a merge may leave an alias row with the merged entity). */
        "DELETE FROM alias_keys WHERE entity_id IN " DOC_FAMILY,
        "INSERT INTO alias_keys(key, entity_id, marking, surface, docs) " SQ_ALIAS_KEYS_OF(
            "a.entity_id IN " DOC_FAMILY),
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        STMT_OR_RETURN(st, h, steps[i], err);
        sqlite3_bind_int64(st, 1, doc_id);
        if (i == 1)
            sqlite3_bind_int64(st, 2, marking);
        rc = fnr__sq_done(h, st, "change a document's markings", err);
        if (rc != FNR_OK)
            return rc;
        if (i == 1 && sqlite3_changes(h->db) == 0)
            return fnr_error_set(err, FNR_NOTFOUND, "no document %lld", (long long)doc_id);
    }
#undef DOC_FAMILY
    /* Every connection's cache of documents' markings must be reloaded. */
    h->dm_valid = false;
    STMT_OR_RETURN(g, h,
                   "INSERT INTO meta(key, value) VALUES ('marks_gen', '1') ON CONFLICT (key)"
                   " DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
                   err);
    return fnr__sq_done(h, g, "change a document's markings", err);
}

fnr_status fnr__sq_max_level(fnr_store *s, int *out, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out = -1;
    STMT_OR_RETURN(st, h,
                   "SELECT max(mk.level) FROM markings mk WHERE EXISTS"
                   " (SELECT 1 FROM doc_marks dm WHERE dm.marking = mk.id)",
                   err);
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        *out = sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (r != SQLITE_ROW && r != SQLITE_DONE)
        return fnr__sq_error(h, r, "read the markings", err);
    return FNR_OK;
}

/* ---- the viewer filter ----------------------------------------------------------- */

static void free_levels(fnr_sqlite *h)
{
    fnr_marking_split_free(h->levels, h->n_levels);
    h->levels = NULL;
    h->n_levels = 0;
}

static void vnames_clear(fnr_sqlite *h)
{
    size_t it = 0;
    void *v = NULL;
    while (fnr_map_next(&h->vnames, &it, NULL, NULL, &v))
        fnr_free(v);
    fnr_map_destroy(&h->vnames);
    fnr_map_init(&h->vnames);
}

void fnr__sq_marks_destroy(fnr_sqlite *h)
{
    vnames_clear(h);
    fnr_map_destroy(&h->vnames);
    fnr_free(h->dm);
    h->dm = NULL;
    h->dm_cap = 0;
    h->dm_valid = false;
    fnr_free(h->marks);
    h->marks = NULL;
    h->n_marks = 0;
    fnr_buf_destroy(&h->mark_strs);
    free_levels(h);
}

static fnr_status load_levels(fnr_sqlite *h, fnr_error *err)
{
    char *v = NULL;
    fnr_status rc = fnr__sq_meta_get(&h->base, "levels", &v, err);
    if (rc != FNR_OK)
        return rc;
    free_levels(h);
    rc = fnr_marking_split(v, &h->levels, &h->n_levels);
    fnr_free(v);
    return rc == FNR_OK ? FNR_OK : fnr_error_set(err, rc, "out of memory");
}

/* Brings the cache of documents' markings up to date (see fnr_sqlite.dm). */
static fnr_status dm_load(fnr_sqlite *h, fnr_error *err)
{
    STMT_OR_RETURN(g, h, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'marks_gen'", err);
    int r = sqlite3_step(g);
    int64_t gen = r == SQLITE_ROW ? sqlite3_column_int64(g, 0) : 0;
    sqlite3_reset(g);
    if (r != SQLITE_ROW && r != SQLITE_DONE)
        return fnr__sq_error(h, r, "read the store's metadata", err);
    if (!h->dm_valid || gen != h->dm_gen) {
        h->dm_max = 0;
        if (h->dm)
            memset(h->dm, 0, h->dm_cap * sizeof *h->dm);
        h->dm_gen = gen;
        h->dm_valid = true;
    }
    STMT_OR_RETURN(st, h, "SELECT doc_id, marking FROM doc_marks WHERE doc_id > ?1 ORDER BY doc_id",
                   err);
    sqlite3_bind_int64(st, 1, h->dm_max);
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(st, 0);
        int64_t mk = sqlite3_column_int64(st, 1);
        if (id <= 0 || mk <= 0 || mk > INT32_MAX)
            continue;
        if ((size_t)id >= h->dm_cap) {
            size_t cap = h->dm_cap ? h->dm_cap : 1024;
            while (cap <= (size_t)id)
                cap *= 2;
            int32_t *n = fnr_calloc(cap, sizeof *n);
            if (!n) {
                sqlite3_reset(st);
                h->dm_valid = false;
                return fnr_error_set(err, FNR_NOMEM, "out of memory");
            }
            if (h->dm)
                memcpy(n, h->dm, h->dm_cap * sizeof *n);
            fnr_free(h->dm);
            h->dm = n;
            h->dm_cap = cap;
        }
        h->dm[id] = (int32_t)mk;
        h->dm_max = id;
    }
    sqlite3_reset(st);
    if (r != SQLITE_DONE) {
        h->dm_valid = false;
        return fnr__sq_error(h, r, "read the documents' markings", err);
    }
    return FNR_OK;
}

fnr_status fnr__sq_viewer_prepare(fnr_sqlite *h, const fnr_viewer *v, fnr_error *err)
{
    h->viewer = v;
    vnames_clear(h);
    fnr_status rc = load_levels(h, err);
    if (rc != FNR_OK)
        return rc;
    STMT_OR_RETURN(st, h, "SELECT id, level, compartments, rel_to, tlp FROM markings ORDER BY id",
                   err);
    fnr_buf_reset(&h->mark_strs);

    typedef struct {
        int64_t id;
        int level;
        size_t off[3];
    } row;

    fnr_vec rows;
    fnr_vec_init(&rows, sizeof(row));
    int64_t max_id = 0;
    bool ok = true;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        row x = { .id = sqlite3_column_int64(st, 0), .level = sqlite3_column_int(st, 1) };
        for (int i = 0; i < 3; i++) {
            const char *t = (const char *)sqlite3_column_text(st, i + 2);
            x.off[i] = h->mark_strs.len;
            ok = ok && fnr_buf_puts(&h->mark_strs, t ? t : "") == FNR_OK &&
                 fnr_buf_putc(&h->mark_strs, 0) == FNR_OK;
        }
        ok = ok && x.id > 0 && fnr_vec_push(&rows, &x) == FNR_OK;
        if (x.id > max_id)
            max_id = x.id;
        if (!ok)
            break;
    }
    sqlite3_reset(st);
    if (!ok || (r != SQLITE_DONE && r != SQLITE_ROW)) {
        fnr_vec_destroy(&rows);
        return ok ? fnr__sq_error(h, r, "read the markings", err)
                  : fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    size_t n = (size_t)max_id + 1;
    if (n > h->n_marks) {
        sq_mark *m = fnr_calloc(n, sizeof *m);
        if (!m) {
            fnr_vec_destroy(&rows);
            return fnr_error_set(err, FNR_NOMEM, "out of memory");
        }
        fnr_free(h->marks);
        h->marks = m;
        h->n_marks = n;
    }
    memset(h->marks, 0, h->n_marks * sizeof *h->marks);
    FNR_VEC_FOREACH(row, x, &rows) {
        sq_mark *m = &h->marks[x->id];
        m->present = true;
        m->m.level = x->level;
        m->m.compartments = h->mark_strs.data + x->off[0];
        m->m.rel_to = h->mark_strs.data + x->off[1];
        m->m.tlp = h->mark_strs.data + x->off[2];
        m->visible = fnr_marking_visible(v, &m->m);
    }
    fnr_vec_destroy(&rows);
    return v ? dm_load(h, err) : FNR_OK;
}

static void owner_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    (void)argv;
    fnr_sqlite *h = sqlite3_user_data(ctx);
    sqlite3_result_int(ctx, h->viewer == NULL);
}

static void mvis_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    fnr_sqlite *h = sqlite3_user_data(ctx);
    if (!h->viewer) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    /* NULL (no marking row: evidence of no document) is the owner's only. */
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    bool vis = id > 0 && (size_t)id < h->n_marks && h->marks[id].present && h->marks[id].visible;
    sqlite3_result_int(ctx, vis);
}

static void dvis_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    fnr_sqlite *h = sqlite3_user_data(ctx);
    if (!h->viewer) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    /* NULL (evidence of no document) and unknown ids: the owner's only. */
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || !h->dm_valid) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    int32_t mk = id > 0 && (size_t)id < h->dm_cap ? h->dm[id] : 0;
    bool vis = mk > 0 && (size_t)mk < h->n_marks && h->marks[mk].present && h->marks[mk].visible;
    sqlite3_result_int(ctx, vis);
}

/*
 * The name of an entity the viewer may read: its canonical name when a
 * visible report uses it, else the longest alias a visible report uses, ''
 * when none (a name learnt only from a hidden report is never shown).
 * Memoised for the query: an event list names the same entities often.
 */
static void vname_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    fnr_sqlite *h = sqlite3_user_data(ctx);
    sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    void *hit = NULL;
    if (fnr_map_get(&h->vnames, &id, sizeof id, &hit)) {
        sqlite3_result_text(ctx, hit, -1, SQLITE_TRANSIENT);
        return;
    }
    sqlite3_stmt *st = fnr__sq_stmt(
        h,
        "SELECT coalesce((SELECT e.name FROM alias_keys xk WHERE xk.key = e.key"
        " AND xk.entity_id = e.id AND fnr_mvis(xk.marking) LIMIT 1),"
        " (SELECT xk.surface FROM alias_keys xk WHERE xk.entity_id = e.id"
        " AND fnr_mvis(xk.marking) ORDER BY length(xk.surface) DESC, xk.surface LIMIT 1), '')"
        " FROM entities e WHERE e.id = ?1",
        NULL);
    if (!st) {
        sqlite3_result_error(ctx, "could not read an entity's name", -1);
        return;
    }
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    const char *name = r == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : "";
    char *copy = fnr_strdup(name ? name : "");
    sqlite3_reset(st);
    if (r != SQLITE_ROW && r != SQLITE_DONE) {
        fnr_free(copy);
        sqlite3_result_error_code(ctx, r);
        return;
    }
    if (!copy) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_text(ctx, copy, -1, SQLITE_TRANSIENT);
    if (fnr_map_put(&h->vnames, &id, sizeof id, copy) != FNR_OK)
        fnr_free(copy);
}

static void banner_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    fnr_sqlite *h = sqlite3_user_data(ctx);
    sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    if (id <= 0 || (size_t)id >= h->n_marks || !h->marks[id].present)
        return; /* NULL */
    char buf[512];
    fnr_marking_banner(&h->marks[id].m, (const char *const *)h->levels, h->n_levels, buf,
                       sizeof buf);
    sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

int fnr__sq_marks_register(fnr_sqlite *h)
{
    int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    int rc =
        sqlite3_create_function_v2(h->db, "fnr_owner", 0, flags, h, owner_fn, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(h->db, "fnr_mvis", 1, flags, h, mvis_fn, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(h->db, "fnr_dvis", 1, flags, h, dvis_fn, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc =
            sqlite3_create_function_v2(h->db, "fnr_vname", 1, flags, h, vname_fn, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(h->db, "fnr_banner", 1, flags, h, banner_fn, NULL, NULL,
                                        NULL);
    return rc;
}
