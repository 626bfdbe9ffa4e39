/*
 * The SQLite backend's writers: what ingest stores for one document
 * (document and its full-text entry, sentences, entities, aliases,
 * mentions, events with their arguments, relations, merge candidates), and
 * the analyst's merge and split decisions. kb/ calls these inside one
 * transaction per batch (sqlite.c). Statements are prepared once and
 * cached. Mentions are also summed per (entity, document) in C and written
 * once per document into entity_docs and the entity's counters, which is
 * what profiles and search ranking read.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

#define STMT_OR_RETURN(var, h, sql, err)                 \
    sqlite3_stmt *var = fnr__sq_stmt((h), (sql), (err)); \
    if (!var)                                            \
        return (err) ? (err)->code : FNR_INTERNAL;

static void bind_id(sqlite3_stmt *st, int i, int64_t id)
{
    if (id > 0)
        sqlite3_bind_int64(st, i, id);
    else
        sqlite3_bind_null(st, i);
}

fnr_status fnr__sq_doc_find(fnr_store *s, const char *sha256, int64_t *out_id, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    STMT_OR_RETURN(st, h, "SELECT id FROM documents WHERE sha256 = ?1", err);
    fnr__sq_bind_str(st, 1, sha256);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out_id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return FNR_OK;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fnr__sq_error(h, rc, "look up a document", err);
    return FNR_NOTFOUND;
}

fnr_status fnr__sq_doc_insert(fnr_store *s, const fnr_store_doc *d, int64_t *out_id, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    STMT_OR_RETURN(st, h,
                   "INSERT INTO documents(sha256, title, date, source, url, reliability,"
                   " credibility, format, bytes, batch, text)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                   err);
    char rel[2] = { d->reliability, 0 };
    fnr__sq_bind_str(st, 1, d->sha256);
    fnr__sq_bind_str(st, 2, d->title);
    fnr__sq_bind_str(st, 3, d->date && *d->date ? d->date : NULL);
    fnr__sq_bind_str(st, 4, d->source);
    fnr__sq_bind_str(st, 5, d->url);
    fnr__sq_bind_str(st, 6, d->reliability ? rel : NULL);
    if (d->credibility)
        sqlite3_bind_int(st, 7, d->credibility);
    fnr__sq_bind_str(st, 8, d->format);
    sqlite3_bind_int64(st, 9, (sqlite3_int64)d->bytes);
    sqlite3_bind_int64(st, 10, d->batch);
    sqlite3_bind_text(st, 11, d->text ? d->text : "", (int)d->text_len, SQLITE_STATIC);
    rc = fnr__sq_done(h, st, "insert a document", err);
    if (rc != FNR_OK)
        return rc;
    int64_t id = sqlite3_last_insert_rowid(h->db);

    /* External-content FTS5: the index is ours to keep in step. */
    STMT_OR_RETURN(ft, h, "INSERT INTO documents_fts(rowid, title, text) VALUES (?1, ?2, ?3)", err);
    sqlite3_bind_int64(ft, 1, id);
    fnr__sq_bind_str(ft, 2, d->title);
    sqlite3_bind_text(ft, 3, d->text ? d->text : "", (int)d->text_len, SQLITE_STATIC);
    rc = fnr__sq_done(h, ft, "index a document", err);
    if (rc != FNR_OK)
        return rc;

    if (d->n_sentences) {
        STMT_OR_RETURN(ss, h,
                       "INSERT INTO sentences(doc_id, idx, start_byte, end_byte)"
                       " VALUES (?1, ?2, ?3, ?4)",
                       err);
        for (size_t i = 0; i < d->n_sentences; i++) {
            sqlite3_bind_int64(ss, 1, id);
            sqlite3_bind_int64(ss, 2, (sqlite3_int64)i);
            sqlite3_bind_int64(ss, 3, (sqlite3_int64)d->sentences[i].start);
            sqlite3_bind_int64(ss, 4, (sqlite3_int64)d->sentences[i].end);
            rc = fnr__sq_done(h, ss, "insert a sentence", err);
            if (rc != FNR_OK)
                return rc;
        }
    }
    h->last_doc = id;
    snprintf(h->last_date, sizeof h->last_date, "%s", d->date ? d->date : "");
    *out_id = id;
    return FNR_OK;
}

fnr_status fnr__sq_entity_find(fnr_store *s, fnr_entity_type type, const char *key, int64_t *out,
                               size_t max, size_t *out_n, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_n = 0;
    STMT_OR_RETURN(st, h,
                   "SELECT e.id FROM entities e WHERE e.id IN"
                   " (SELECT entity_id FROM aliases WHERE key = ?1"
                   "  UNION SELECT id FROM entities WHERE key = ?1)"
                   " AND e.type = ?2 AND e.merged_into IS NULL ORDER BY e.id",
                   err);
    fnr__sq_bind_str(st, 1, key);
    sqlite3_bind_int(st, 2, (int)type);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*out_n < max)
            out[*out_n] = sqlite3_column_int64(st, 0);
        (*out_n)++;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fnr__sq_error(h, rc, "look up an entity", err);
    return FNR_OK;
}

fnr_status fnr__sq_entity_insert(fnr_store *s, const fnr_store_entity *e, int64_t *out_id,
                                 fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    STMT_OR_RETURN(st, h,
                   "INSERT INTO entities(type, name, key, kind, country, lat, lon)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                   err);
    sqlite3_bind_int(st, 1, (int)e->type);
    fnr__sq_bind_str(st, 2, e->name);
    fnr__sq_bind_str(st, 3, e->key);
    fnr__sq_bind_str(st, 4, e->kind);
    fnr__sq_bind_str(st, 5, e->country && *e->country ? e->country : NULL);
    if (e->has_coords) {
        sqlite3_bind_double(st, 6, e->lat);
        sqlite3_bind_double(st, 7, e->lon);
    }
    fnr_status rc = fnr__sq_done(h, st, "insert an entity", err);
    if (rc == FNR_OK)
        *out_id = sqlite3_last_insert_rowid(h->db);
    return rc;
}

fnr_status fnr__sq_entity_enrich(fnr_store *s, int64_t id, const fnr_store_entity *e,
                                 fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    STMT_OR_RETURN(st, h,
                   "UPDATE entities SET kind = coalesce(kind, ?2), country = coalesce(country, ?3),"
                   " lat = CASE WHEN lat IS NULL THEN ?4 ELSE lat END,"
                   " lon = CASE WHEN lat IS NULL THEN ?5 ELSE lon END"
                   " WHERE id = ?1 AND (kind IS NULL OR country IS NULL OR lat IS NULL)",
                   err);
    sqlite3_bind_int64(st, 1, id);
    fnr__sq_bind_str(st, 2, e->kind);
    fnr__sq_bind_str(st, 3, e->country && *e->country ? e->country : NULL);
    if (e->has_coords) {
        sqlite3_bind_double(st, 4, e->lat);
        sqlite3_bind_double(st, 5, e->lon);
    }
    return fnr__sq_done(h, st, "update an entity", err);
}

fnr_status fnr__sq_alias_insert(fnr_store *s, const fnr_store_alias *a, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    STMT_OR_RETURN(st, h,
                   "INSERT OR IGNORE INTO aliases(entity_id, orig_entity_id, surface, key, doc_id,"
                   " rule) VALUES (?1, ?1, ?2, ?3, ?4, ?5)",
                   err);
    sqlite3_bind_int64(st, 1, a->entity_id);
    fnr__sq_bind_str(st, 2, a->surface);
    fnr__sq_bind_str(st, 3, a->key);
    bind_id(st, 4, a->doc_id);
    fnr__sq_bind_str(st, 5, a->rule);
    return fnr__sq_done(h, st, "insert an alias", err);
}

/* ---- mention summaries -------------------------------------------------------------- */

fnr_status fnr__sq_flush(fnr_sqlite *h, fnr_error *err)
{
    if (h->pend.len == 0) {
        h->pend_doc = 0;
        return FNR_OK;
    }
    fnr_status rc = FNR_OK;
    const char *date = NULL;
    if (h->pend_doc == h->last_doc) {
        date = h->last_date[0] ? h->last_date : NULL;
    } else {
        sqlite3_stmt *ds = fnr__sq_stmt(h, "SELECT date FROM documents WHERE id = ?1", err);
        if (!ds)
            return err ? err->code : FNR_INTERNAL;
        sqlite3_bind_int64(ds, 1, h->pend_doc);
        if (sqlite3_step(ds) == SQLITE_ROW && sqlite3_column_type(ds, 0) == SQLITE_TEXT)
            snprintf(h->last_date, sizeof h->last_date, "%s",
                     (const char *)sqlite3_column_text(ds, 0));
        else
            h->last_date[0] = 0;
        sqlite3_reset(ds);
        h->last_doc = h->pend_doc;
        date = h->last_date[0] ? h->last_date : NULL;
    }
    FNR_VEC_FOREACH(sq_pending, p, &h->pend) {
        sqlite3_stmt *st = fnr__sq_stmt(h,
                                        "INSERT OR IGNORE INTO entity_docs(entity_id, doc_id, date,"
                                        " mentions, first_sentence) VALUES (?1, ?2, ?3, ?4, ?5)",
                                        err);
        if (!st)
            return err ? err->code : FNR_INTERNAL;
        sqlite3_bind_int64(st, 1, p->entity_id);
        sqlite3_bind_int64(st, 2, h->pend_doc);
        fnr__sq_bind_str(st, 3, date);
        sqlite3_bind_int64(st, 4, p->mentions);
        sqlite3_bind_int64(st, 5, p->first_sentence);
        rc = fnr__sq_done(h, st, "summarise mentions", err);
        if (rc != FNR_OK)
            return rc;
        int is_new = sqlite3_changes(h->db) > 0;
        if (!is_new) {
            /* The document's mentions came in two runs: add to the row. */
            st = fnr__sq_stmt(h,
                              "UPDATE entity_docs SET mentions = mentions + ?3,"
                              " first_sentence = min(first_sentence, ?4)"
                              " WHERE entity_id = ?1 AND doc_id = ?2",
                              err);
            if (!st)
                return err ? err->code : FNR_INTERNAL;
            sqlite3_bind_int64(st, 1, p->entity_id);
            sqlite3_bind_int64(st, 2, h->pend_doc);
            sqlite3_bind_int64(st, 3, p->mentions);
            sqlite3_bind_int64(st, 4, p->first_sentence);
            rc = fnr__sq_done(h, st, "summarise mentions", err);
            if (rc != FNR_OK)
                return rc;
        }
        st = fnr__sq_stmt(h,
                          "UPDATE entities SET n_mentions = n_mentions + ?2, n_docs = n_docs + ?3"
                          " WHERE id = ?1",
                          err);
        if (!st)
            return err ? err->code : FNR_INTERNAL;
        sqlite3_bind_int64(st, 1, p->entity_id);
        sqlite3_bind_int64(st, 2, p->mentions);
        sqlite3_bind_int(st, 3, is_new);
        rc = fnr__sq_done(h, st, "count mentions", err);
        if (rc != FNR_OK)
            return rc;
    }
    fnr_vec_clear(&h->pend);
    h->pend_doc = 0;
    return FNR_OK;
}

fnr_status fnr__sq_mention_insert(fnr_store *s, const fnr_store_mention *m, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    if (h->pend_doc != m->doc_id) {
        fnr_status rc = fnr__sq_flush(h, err);
        if (rc != FNR_OK)
            return rc;
        h->pend_doc = m->doc_id;
    }
    STMT_OR_RETURN(st, h,
                   "INSERT INTO mentions(entity_id, orig_entity_id, doc_id, sentence, start_byte,"
                   " end_byte, rule) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6)",
                   err);
    sqlite3_bind_int64(st, 1, m->entity_id);
    sqlite3_bind_int64(st, 2, m->doc_id);
    sqlite3_bind_int64(st, 3, m->sentence);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)m->start);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)m->end);
    fnr__sq_bind_str(st, 6, m->rule);
    fnr_status rc = fnr__sq_done(h, st, "insert a mention", err);
    if (rc != FNR_OK)
        return rc;
    /* A document names a few dozen entities: a linear scan is the fastest. */
    FNR_VEC_FOREACH(sq_pending, p, &h->pend) {
        if (p->entity_id == m->entity_id) {
            p->mentions++;
            if (m->sentence < p->first_sentence)
                p->first_sentence = m->sentence;
            return FNR_OK;
        }
    }
    sq_pending np = { .entity_id = m->entity_id, .mentions = 1, .first_sentence = m->sentence };
    if (fnr_vec_push(&h->pend, &np) != FNR_OK)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    return FNR_OK;
}

fnr_status fnr__sq_event_insert(fnr_store *s, const fnr_store_event *e, int64_t *out_id,
                                fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    if (out_id)
        *out_id = 0;
    STMT_OR_RETURN(st, h,
                   "INSERT INTO events(doc_id, type, cameo, date, date_end, precision,"
                   " location_id, orig_location_id, count, sentence, start_byte, end_byte,"
                   " trigger_start, trigger_end, confidence, rule)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                   err);
    sqlite3_bind_int64(st, 1, e->doc_id);
    sqlite3_bind_int(st, 2, (int)e->type);
    fnr__sq_bind_str(st, 3, e->cameo);
    fnr__sq_bind_str(st, 4, e->date && *e->date ? e->date : NULL);
    fnr__sq_bind_str(st, 5, e->date_end && *e->date_end ? e->date_end : NULL);
    fnr__sq_bind_str(st, 6, e->precision);
    bind_id(st, 7, e->location_id);
    if (e->count >= 0)
        sqlite3_bind_int64(st, 8, e->count);
    sqlite3_bind_int64(st, 9, e->sentence);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)e->start);
    sqlite3_bind_int64(st, 11, (sqlite3_int64)e->end);
    sqlite3_bind_int64(st, 12, (sqlite3_int64)e->trigger_start);
    sqlite3_bind_int64(st, 13, (sqlite3_int64)e->trigger_end);
    sqlite3_bind_double(st, 14, e->confidence);
    fnr__sq_bind_str(st, 15, e->rule);
    fnr_status rc = fnr__sq_done(h, st, "insert an event", err);
    if (rc != FNR_OK)
        return rc;
    int64_t id = sqlite3_last_insert_rowid(h->db);
    if (e->n_actors || e->n_targets) {
        STMT_OR_RETURN(as, h,
                       "INSERT INTO event_args(event_id, role, pos, entity_id, orig_entity_id)"
                       " VALUES (?1, ?2, ?3, ?4, ?4)",
                       err);
        for (int role = 0; role < 2; role++) {
            const int64_t *ids = role ? e->targets : e->actors;
            size_t n = role ? e->n_targets : e->n_actors;
            for (size_t i = 0; i < n; i++) {
                sqlite3_bind_int64(as, 1, id);
                sqlite3_bind_int(as, 2, role);
                sqlite3_bind_int64(as, 3, (sqlite3_int64)i);
                sqlite3_bind_int64(as, 4, ids[i]);
                rc = fnr__sq_done(h, as, "insert an event's argument", err);
                if (rc != FNR_OK)
                    return rc;
            }
        }
    }
    if (out_id)
        *out_id = id;
    return FNR_OK;
}

fnr_status fnr__sq_relation_insert(fnr_store *s, const fnr_store_relation *r, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    STMT_OR_RETURN(st, h,
                   "INSERT INTO relations(doc_id, type, source_id, target_id, orig_source_id,"
                   " orig_target_id, role, sentence, start_byte, end_byte, rule)"
                   " VALUES (?1, ?2, ?3, ?4, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   err);
    sqlite3_bind_int64(st, 1, r->doc_id);
    sqlite3_bind_int(st, 2, (int)r->type);
    sqlite3_bind_int64(st, 3, r->source_id);
    sqlite3_bind_int64(st, 4, r->target_id);
    fnr__sq_bind_str(st, 5, r->role);
    sqlite3_bind_int64(st, 6, r->sentence);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)r->start);
    sqlite3_bind_int64(st, 8, (sqlite3_int64)r->end);
    fnr__sq_bind_str(st, 9, r->rule);
    return fnr__sq_done(h, st, "insert a relation", err);
}

fnr_status fnr__sq_candidate_insert(fnr_store *s, const fnr_store_candidate *c, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    STMT_OR_RETURN(st, h,
                   "INSERT OR IGNORE INTO candidates(a, b, surface, key, doc_id)"
                   " VALUES (?1, ?2, ?3, ?4, ?5)",
                   err);
    sqlite3_bind_int64(st, 1, c->a < c->b ? c->a : c->b);
    sqlite3_bind_int64(st, 2, c->a < c->b ? c->b : c->a);
    fnr__sq_bind_str(st, 3, c->surface);
    fnr__sq_bind_str(st, 4, c->key);
    bind_id(st, 5, c->doc_id);
    return fnr__sq_done(h, st, "record a merge candidate", err);
}

/* ---- merge and split ------------------------------------------------------------------- */

/* Rebuilds the mention summary and counters of one entity from mentions. */
static fnr_status resummarise(fnr_sqlite *h, int64_t id, fnr_error *err)
{
    static const char *const steps[] = {
        "DELETE FROM entity_docs WHERE entity_id = ?1",
        "INSERT INTO entity_docs(entity_id, doc_id, date, mentions, first_sentence)"
        " SELECT m.entity_id, m.doc_id, d.date, count(*), min(m.sentence)"
        " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1"
        " GROUP BY m.doc_id",
        "UPDATE entities SET"
        " n_mentions = coalesce((SELECT sum(mentions) FROM entity_docs WHERE entity_id = ?1), 0),"
        " n_docs = (SELECT count(*) FROM entity_docs WHERE entity_id = ?1) WHERE id = ?1",
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        STMT_OR_RETURN(st, h, steps[i], err);
        sqlite3_bind_int64(st, 1, id);
        fnr_status rc = fnr__sq_done(h, st, "summarise mentions", err);
        if (rc != FNR_OK)
            return rc;
    }
    return FNR_OK;
}

/* Looks up an entity: FNR_NOTFOUND if missing; *out_merged its merged_into. */
static fnr_status entity_state(fnr_sqlite *h, int64_t id, int64_t *out_merged, fnr_error *err)
{
    STMT_OR_RETURN(st, h, "SELECT coalesce(merged_into, 0) FROM entities WHERE id = ?1", err);
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out_merged = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return FNR_OK;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fnr__sq_error(h, rc, "look up an entity", err);
    return fnr_error_set(err, FNR_NOTFOUND, "no entity e%lld in \"%s\"", (long long)id, h->path);
}

/* Runs steps (each binding ?1 = a, ?2 = b, ?3 = who, ?4 = note) in one
 * transaction (or savepoint inside the caller's). */
static fnr_status run_steps(fnr_sqlite *h, const char *const *steps, size_t n, int64_t a, int64_t b,
                            const char *who, const char *note, const char *what, fnr_error *err)
{
    fnr_status rc = fnr__sq_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    rc = fnr__sq_exec(h, "SAVEPOINT fnr_decision", what, err);
    if (rc != FNR_OK)
        return rc;
    for (size_t i = 0; i < n && rc == FNR_OK; i++) {
        sqlite3_stmt *st = fnr__sq_stmt(h, steps[i], err);
        if (!st) {
            rc = err ? err->code : FNR_INTERNAL;
            break;
        }
        int np = sqlite3_bind_parameter_count(st);
        if (np >= 1)
            sqlite3_bind_int64(st, 1, a);
        if (np >= 2)
            sqlite3_bind_int64(st, 2, b);
        if (np >= 3)
            fnr__sq_bind_str(st, 3, who);
        if (np >= 4)
            fnr__sq_bind_str(st, 4, note);
        rc = fnr__sq_done(h, st, what, err);
    }
    if (rc == FNR_OK)
        rc = resummarise(h, a, err);
    if (rc == FNR_OK)
        rc = resummarise(h, b, err);
    if (rc != FNR_OK) {
        sqlite3_exec(h->db, "ROLLBACK TO fnr_decision; RELEASE fnr_decision", NULL, NULL, NULL);
        return rc;
    }
    return fnr__sq_exec(h, "RELEASE fnr_decision", what, err);
}

fnr_status fnr__sq_merge(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                         fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    if (a == b)
        return fnr_error_set(err, FNR_INVALID, "could not merge e%lld into itself", (long long)a);
    int64_t ma = 0, mb = 0;
    fnr_status rc = entity_state(h, a, &ma, err);
    if (rc == FNR_OK)
        rc = entity_state(h, b, &mb, err);
    if (rc != FNR_OK)
        return rc;
    if (mb)
        return fnr_error_set(err, FNR_INVALID, "e%lld is already merged into e%lld", (long long)b,
                             (long long)mb);
    if (ma)
        return fnr_error_set(err, FNR_INVALID,
                             "could not merge into e%lld: it is merged into e%lld", (long long)a,
                             (long long)ma);
    /* Rows that would duplicate one of a's (same alias in the same report,
     * both as arguments of one event) stay with b: a has them already. */
    static const char *const steps[] = {
        "UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2",
        "UPDATE OR IGNORE aliases SET entity_id = ?1 WHERE entity_id = ?2",
        "UPDATE event_args SET entity_id = ?1 WHERE entity_id = ?2",
        "UPDATE events SET location_id = ?1 WHERE location_id = ?2",
        "UPDATE relations SET source_id = ?1 WHERE source_id = ?2",
        "UPDATE relations SET target_id = ?1 WHERE target_id = ?2",
        "UPDATE entities SET merged_into = ?1 WHERE id = ?2",
        "UPDATE candidates SET status = 'merged'"
        " WHERE status = 'open' AND ((a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1))",
        "INSERT INTO merges(kept, merged, action, who, note) VALUES (?1, ?2, 'merge', ?3, ?4)",
    };
    return run_steps(h, steps, sizeof steps / sizeof steps[0], a, b, who, note,
                     "merge two entities", err);
}

/*
 * Split: rows first written for b, or for an entity merged into b before
 * (the chain of merged_into leading to b), and now on a go back to b.
 */
#define SQ_FROM_B                                                                      \
    "(WITH RECURSIVE fam(id) AS (SELECT ?2 UNION SELECT e.id FROM entities e JOIN fam" \
    " ON e.merged_into = fam.id) SELECT id FROM fam)"

fnr_status fnr__sq_split(fnr_store *s, int64_t a, int64_t b, const char *who, const char *note,
                         fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_error_clear(err);
    int64_t ma = 0, mb = 0;
    fnr_status rc = entity_state(h, a, &ma, err);
    if (rc == FNR_OK)
        rc = entity_state(h, b, &mb, err);
    if (rc != FNR_OK)
        return rc;
    if (mb != a)
        return fnr_error_set(err, FNR_INVALID, "e%lld is not merged into e%lld", (long long)b,
                             (long long)a);
    static const char *const steps[] = {
        "UPDATE mentions SET entity_id = ?2 WHERE entity_id = ?1 AND orig_entity_id IN " SQ_FROM_B,
        "UPDATE OR IGNORE aliases SET entity_id = ?2"
        " WHERE entity_id = ?1 AND orig_entity_id IN " SQ_FROM_B,
        "UPDATE event_args SET entity_id = ?2"
        " WHERE entity_id = ?1 AND orig_entity_id IN " SQ_FROM_B,
        "UPDATE events SET location_id = ?2"
        " WHERE location_id = ?1 AND orig_location_id IN " SQ_FROM_B,
        "UPDATE relations SET source_id = ?2"
        " WHERE source_id = ?1 AND orig_source_id IN " SQ_FROM_B,
        "UPDATE relations SET target_id = ?2"
        " WHERE target_id = ?1 AND orig_target_id IN " SQ_FROM_B,
        "UPDATE entities SET merged_into = NULL WHERE id = ?2",
        "UPDATE candidates SET status = 'open'"
        " WHERE status = 'merged' AND ((a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1))",
        "INSERT INTO merges(kept, merged, action, who, note) VALUES (?1, ?2, 'split', ?3, ?4)",
    };
    return run_steps(h, steps, sizeof steps / sizeof steps[0], a, b, who, note,
                     "split two entities", err);
}
