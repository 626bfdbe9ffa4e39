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
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "store/sqlite/sqlite_int.h"

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

/* Closes the summary of the document whose mentions were being summed:
 * its (entity, document) rows and counters join the batch's buffers. */
static fnr_status pend_close(fnr_sqlite *h, fnr_error *err);

fnr_status fnr__sq_doc_insert(fnr_store *s, const fnr_store_doc *d, int64_t *out_id, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_id = 0;
    fnr_status rc = pend_close(h, err);
    if (rc != FNR_OK)
        return rc;
    /* The sentences: (start, end) byte offsets as little-endian 32-bit
     * pairs (SQLite text is shorter than 2^31 bytes). */
    fnr_buf_reset(&h->scratch);
    if (fnr_buf_reserve(&h->scratch, d->n_sentences * 8 + 1) != FNR_OK)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    unsigned char *sp = (unsigned char *)h->scratch.data;
    for (size_t i = 0; i < d->n_sentences; i++) {
        uint32_t v[2] = { (uint32_t)d->sentences[i].start, (uint32_t)d->sentences[i].end };
        for (int k = 0; k < 2; k++)
            for (int byte = 0; byte < 4; byte++)
                *sp++ = (unsigned char)(v[k] >> (8 * byte));
    }
    STMT_OR_RETURN(st, h,
                   "INSERT INTO documents(sha256, title, date, source, url, reliability,"
                   " credibility, format, bytes, batch, text, sentences)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
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
    if (d->n_sentences)
        sqlite3_bind_blob(st, 12, h->scratch.data, (int)(d->n_sentences * 8), SQLITE_STATIC);
    rc = fnr__sq_done(h, st, "insert a document", err);
    if (rc != FNR_OK)
        return rc;
    int64_t id = sqlite3_last_insert_rowid(h->db);

    /* External-content FTS5: the index is ours to keep in step. */
    STMT_OR_RETURN(ft, h, "INSERT INTO documents_fts(rowid, title, text) VALUES (?1, ?2, ?3)", err);
    sqlite3_bind_int64(ft, 1, id);
    fnr__sq_bind_str(ft, 2, d->title);
    sqlite3_bind_text(ft, 3, d->text ? d->text : "", (int)d->text_len, SQLITE_STATIC);
    fnr__sq_fts_use(d->prepared);
    rc = fnr__sq_done(h, ft, "index a document", err);
    fnr__sq_fts_use(NULL);
    if (rc != FNR_OK)
        return rc;
    STMT_OR_RETURN(mk, h, "INSERT INTO doc_marks(doc_id, marking) VALUES (?1, ?2)", err);
    sqlite3_bind_int64(mk, 1, id);
    sqlite3_bind_int64(mk, 2, d->marking > 0 ? d->marking : 1);
    rc = fnr__sq_done(h, mk, "mark a document", err);
    if (rc != FNR_OK)
        return rc;
    h->last_marking = d->marking > 0 ? d->marking : 1;
    h->last_doc = id;
    if (h->in_tx && !h->fresh_doc)
        h->fresh_doc = id;
    snprintf(h->last_date, sizeof h->last_date, "%s", d->date ? d->date : "");
    *out_id = id;
    return FNR_OK;
}

fnr_status fnr__sq_entity_find(fnr_store *s, fnr_entity_type type, const char *key, int64_t *out,
                               size_t max, size_t *out_n, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    *out_n = 0;
    if (key && fnr_map_get(&h->b_alias_keys, key, strlen(key), NULL)) {
        /* An alias buffered in this batch carries the key. (kb's cache
         * knows every key it wrote, so ingest never gets here.) */
        fnr_status frc = fnr__sq_flush(h, err);
        if (frc != FNR_OK)
            return frc;
    }
    STMT_OR_RETURN(st, h,
                   "SELECT e.id FROM entities e WHERE e.id IN"
                   " (SELECT entity_id FROM alias_keys WHERE key = ?1"
                   "  UNION SELECT id FROM entities WHERE key = ?1)"
                   " AND e.type = ?2 AND e.merged_into IS NULL ORDER BY e.id LIMIT ?3",
                   err);
    fnr__sq_bind_str(st, 1, key);
    sqlite3_bind_int(st, 2, (int)type);
    /* One more than max tells that there are more (a key such as a
     * profession names hundreds of entities). */
    sqlite3_bind_int64(st, 3, (sqlite3_int64)max + 1);
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

fnr_status fnr__sq_entity_country(fnr_store *s, int64_t id, char out[4], fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    out[0] = '\0';
    STMT_OR_RETURN(st, h, "SELECT country FROM entities WHERE id = ?1", err);
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *c = (const char *)sqlite3_column_text(st, 0);
        snprintf(out, 4, "%s", c ? c : "");
        rc = SQLITE_DONE;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fnr__sq_error(h, rc, "look up an entity", err);
    return FNR_OK;
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

static fnr_status nomem(fnr_error *err)
{
    return fnr_error_set(err, FNR_NOMEM, "out of memory");
}

/* Room for n elements of elem bytes in the flush's working array t (see
 * fnr_sqlite.tmp); its previous contents are gone. NULL when out of memory. */
static void *tmp_room(fnr_sqlite *h, int t, size_t n, size_t elem)
{
    fnr_buf_reset(&h->tmp[t]);
    if (fnr_buf_reserve(&h->tmp[t], (n ? n : 1) * elem) != FNR_OK)
        return NULL;
    return h->tmp[t].data;
}

/* Copies a string into the batch's string buffer: its offset, 0 for NULL
 * (or when out of memory: *ok is cleared). Each string is NUL-terminated
 * and preceded by its length (4 bytes), which bind_strs hands to SQLite so
 * that it need not count the bytes again for every row it binds. */
static size_t str_put(fnr_sqlite *h, const char *s, bool *ok)
{
    if (!s)
        return 0;
    if (h->strs.len == 0 && fnr_buf_putc(&h->strs, 0) != FNR_OK) {
        *ok = false;
        return 0;
    }
    size_t len = strlen(s);
    uint32_t len32 = (uint32_t)len;
    if (fnr_buf_append(&h->strs, &len32, sizeof len32) != FNR_OK) {
        *ok = false;
        return 0;
    }
    size_t off = h->strs.len;
    if (fnr_buf_append(&h->strs, s, len + 1) != FNR_OK) {
        *ok = false;
        return 0;
    }
    return off;
}

static const char *str_at(const fnr_sqlite *h, size_t off)
{
    return off ? h->strs.data + off : NULL;
}

/* Binds the string at offset off of the batch's string buffer (0: NULL). */
static void bind_strs(const fnr_sqlite *h, sqlite3_stmt *st, int i, size_t off)
{
    if (!off) {
        sqlite3_bind_null(st, i);
        return;
    }
    uint32_t len;
    memcpy(&len, h->strs.data + off - sizeof len, sizeof len);
    sqlite3_bind_text(st, i, h->strs.data + off, (int)len, SQLITE_STATIC);
}

/* Rows buffered before a flush mid-batch (a few hundred MB at most). */
#define SQ_BUFFER_MAX ((size_t)1 << 21)

static fnr_status maybe_flush(fnr_sqlite *h, fnr_error *err)
{
    if (!h->in_tx || h->b_mentions.len + h->b_aliases.len + h->b_args.len + h->b_events.len +
                             h->b_relations.len + h->b_cands.len >
                         SQ_BUFFER_MAX)
        return fnr__sq_flush(h, err);
    return FNR_OK;
}

/* The marking of a document: the last one inserted, else from doc_marks. */
static fnr_status doc_marking(fnr_sqlite *h, int64_t doc_id, int64_t *out, fnr_error *err)
{
    if (doc_id == h->last_doc) {
        *out = h->last_marking;
        return FNR_OK;
    }
    STMT_OR_RETURN(st, h, "SELECT marking FROM doc_marks WHERE doc_id = ?1", err);
    sqlite3_bind_int64(st, 1, doc_id);
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (r == SQLITE_DONE)
        return fnr_error_set(err, FNR_INVALID, "no document %lld for an alias", (long long)doc_id);
    return r == SQLITE_ROW ? FNR_OK : fnr__sq_error(h, r, "read a document's markings", err);
}

fnr_status fnr__sq_alias_insert(fnr_store *s, const fnr_store_alias *a, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    bool ok = true;
    int64_t marking = 1;
    fnr_status rc = doc_marking(h, a->doc_id, &marking, err);
    if (rc != FNR_OK)
        return rc;
    sq_alias_row r = {
        .entity_id = a->entity_id,
        .doc_id = a->doc_id,
        .marking = marking,
        .seq = h->b_aliases.len,
        .surface = str_put(h, a->surface ? a->surface : "", &ok),
        .key = str_put(h, a->key ? a->key : "", &ok),
        .rule = str_put(h, a->rule, &ok),
    };
    if (!ok || fnr_vec_push(&h->b_aliases, &r) != FNR_OK)
        return nomem(err);
    const char *k = a->key ? a->key : "";
    if (fnr_map_put(&h->b_alias_keys, k, strlen(k), NULL) != FNR_OK)
        return nomem(err);
    return maybe_flush(h, err);
}

/* Rows per multi-row INSERT: one statement step per 64 rows instead of
 * one per row (binding, stepping and resetting a statement cost about as
 * much as appending the row). */
#define SQ_ROWS 64

/* The cached statement `head` VALUES (...), ... `tail` for n_rows rows:
 * row r's column c is parameter r * n_params + cols[c]. */
static sqlite3_stmt *rows_stmt(fnr_sqlite *h, const char *head, const char *tail, const int *cols,
                               size_t n_cols, int n_params, size_t n_rows, fnr_error *err)
{
    fnr_buf sql;
    fnr_buf_init(&sql, 0);
    fnr_status rc = fnr_buf_printf(&sql, "%s VALUES ", head);
    for (size_t r = 0; r < n_rows && rc == FNR_OK; r++) {
        for (size_t c = 0; c < n_cols && rc == FNR_OK; c++)
            rc = fnr_buf_printf(&sql, "%s?%d", c ? ", " : (r ? ", (" : "("),
                                (int)r * n_params + cols[c]);
        if (rc == FNR_OK)
            rc = fnr_buf_putc(&sql, ')');
    }
    if (rc == FNR_OK)
        rc = fnr_buf_puts(&sql, tail);
    if (rc == FNR_OK)
        rc = fnr_buf_putc(&sql, 0);
    sqlite3_stmt *st = NULL;
    if (rc != FNR_OK)
        fnr_error_set(err, FNR_NOMEM, "out of memory");
    else
        st = fnr__sq_stmt(h, sql.data, err);
    fnr_buf_destroy(&sql);
    return st;
}

/* Binds one row's values from parameter base + 1 on. */
typedef void (*row_binder)(const fnr_sqlite *h, sqlite3_stmt *st, int base, const void *row);

/* Writes n rows of elem bytes each through `head` VALUES ... `tail`,
 * SQ_ROWS to a statement (the rest one by one): cols maps the columns to a
 * row's n_params values as rows_stmt does, `what` names a row in
 * messages. SQLite takes the rows of one statement in order, so an upsert
 * ends as it would row by row. */
static fnr_status write_rows(fnr_sqlite *h, const char *head, const char *tail, const int *cols,
                             size_t n_cols, int n_params, const void *rows, size_t n, size_t elem,
                             row_binder bind, const char *what, fnr_error *err)
{
    sqlite3_stmt *many = NULL, *one = NULL;
    const char *row = rows;
    for (size_t i = 0; i < n;) {
        size_t k = n - i >= SQ_ROWS ? SQ_ROWS : 1;
        sqlite3_stmt **stp = k > 1 ? &many : &one;
        if (!*stp)
            *stp = rows_stmt(h, head, tail, cols, n_cols, n_params, k, err);
        sqlite3_stmt *st = *stp;
        if (!st)
            return err ? err->code : FNR_INTERNAL;
        for (size_t r = 0; r < k; r++, i++)
            bind(h, st, (int)r * n_params, row + i * elem);
        fnr_status rc = fnr__sq_done(h, st, what, err);
        if (rc != FNR_OK)
            return rc;
    }
    return FNR_OK;
}

/* write_rows of an INSERT (`head` names the table and columns). */
static fnr_status insert_rows(fnr_sqlite *h, const char *head, const int *cols, size_t n_cols,
                              int n_params, const void *rows, size_t n, size_t elem,
                              row_binder bind, const char *what, fnr_error *err)
{
    return write_rows(h, head, "", cols, n_cols, n_params, rows, n, elem, bind, what, err);
}

/* ---- mention summaries -------------------------------------------------------------- */

typedef struct sq_ent_sent {
    int64_t entity_id, sentence;
} sq_ent_sent;

static int cmp_ent_sent(const void *x, const void *y)
{
    const sq_ent_sent *a = x, *b = y;
    return a->entity_id != b->entity_id ? (a->entity_id < b->entity_id ? -1 : 1)
                                        : (a->sentence < b->sentence) - (a->sentence > b->sentence);
}

/* Appends a sentence index in decimal, after a comma when `comma` (what
 * printf's "%lld" gave, without its cost for each of a batch's ~60,000). */
static fnr_status put_sentence(fnr_buf *b, bool comma, int64_t v)
{
    char tmp[24];
    size_t n = sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--n] = '-';
    if (comma)
        tmp[--n] = ',';
    return fnr_buf_append(b, tmp + n, sizeof tmp - n);
}

/* Writes into strs, for each entity of the pending document, the JSON array
 * of the sentences its mentions are in, distinct and descending (the order
 * co-occurrence walks them in): entity_docs.sentences. Sets each
 * sq_pending.sentences. */
static fnr_status sentences_put(fnr_sqlite *h)
{
    size_t n = h->b_mentions.len - h->pend_first;
    sq_ent_sent *v = tmp_room(h, 0, n, sizeof *v);
    if (!v)
        return FNR_NOMEM;
    const sq_mention_row *m = (const sq_mention_row *)h->b_mentions.data + h->pend_first;
    for (size_t i = 0; i < n; i++)
        v[i] = (sq_ent_sent){ m[i].entity_id, m[i].sentence };
    qsort(v, n, sizeof *v, cmp_ent_sent);
    fnr_status rc = FNR_OK;
    if (h->strs.len == 0)
        rc = fnr_buf_putc(&h->strs, 0);
    for (size_t i = 0; i < n && rc == FNR_OK;) {
        /* A string of strs like str_put's: its length first (set below). */
        uint32_t len32 = 0;
        rc = fnr_buf_append(&h->strs, &len32, sizeof len32);
        size_t off = h->strs.len;
        if (rc == FNR_OK)
            rc = fnr_buf_putc(&h->strs, '[');
        size_t j = i;
        for (; j < n && v[j].entity_id == v[i].entity_id && rc == FNR_OK; j++)
            if (j == i || v[j].sentence != v[j - 1].sentence)
                rc = put_sentence(&h->strs, j > i, v[j].sentence);
        if (rc == FNR_OK)
            rc = fnr_buf_append(&h->strs, "]", 2);
        if (rc == FNR_OK) {
            len32 = (uint32_t)(h->strs.len - 1 - off);
            memcpy(h->strs.data + off - sizeof len32, &len32, sizeof len32);
        }
        FNR_VEC_FOREACH(sq_pending, p, &h->pend) {
            if (p->entity_id == v[i].entity_id)
                p->sentences = off;
        }
        i = j;
    }
    return rc;
}

static fnr_status pend_close(fnr_sqlite *h, fnr_error *err)
{
    if (h->pend.len == 0) {
        h->pend_doc = 0;
        return FNR_OK;
    }
    if (h->pend_doc != h->last_doc) {
        /* Mentions of a document other than the last one inserted. */
        sqlite3_stmt *ds = fnr__sq_stmt(h,
                                        "SELECT d.date, dm.marking FROM documents d"
                                        " JOIN doc_marks dm ON dm.doc_id = d.id WHERE d.id = ?1",
                                        err);
        if (!ds)
            return err ? err->code : FNR_INTERNAL;
        sqlite3_bind_int64(ds, 1, h->pend_doc);
        h->last_date[0] = 0;
        h->last_marking = 1;
        if (sqlite3_step(ds) == SQLITE_ROW) {
            if (sqlite3_column_type(ds, 0) == SQLITE_TEXT)
                snprintf(h->last_date, sizeof h->last_date, "%s",
                         (const char *)sqlite3_column_text(ds, 0));
            h->last_marking = sqlite3_column_int64(ds, 1);
        }
        sqlite3_reset(ds);
        h->last_doc = h->pend_doc;
    }
    bool ok = true;
    size_t date = h->last_date[0] ? str_put(h, h->last_date, &ok) : 0;
    if (!ok)
        return nomem(err);
    if (sentences_put(h) != FNR_OK)
        return nomem(err);
    FNR_VEC_FOREACH(sq_pending, p, &h->pend) {
        sq_ed_row r = { .entity_id = p->entity_id,
                        .doc_id = h->pend_doc,
                        .mentions = p->mentions,
                        .first_sentence = p->first_sentence,
                        .date = date,
                        .sentences = p->sentences,
                        .marking = h->last_marking };
        if (fnr_vec_push(&h->b_eds, &r) != FNR_OK)
            return nomem(err);
    }
    fnr_vec_clear(&h->pend);
    h->pend_doc = 0;
    return FNR_OK;
}

static int cmp_i64(int64_t a, int64_t b)
{
    return a < b ? -1 : a > b;
}

static int cmp_ed(const void *x, const void *y)
{
    const sq_ed_row *a = x, *b = y;
    int c = cmp_i64(a->entity_id, b->entity_id);
    if (!c)
        c = cmp_i64(a->marking, b->marking);
    return c ? c : cmp_i64(a->doc_id, b->doc_id);
}

static int cmp_mention(const void *x, const void *y)
{
    const sq_mention_row *a = x, *b = y;
    int c = cmp_i64(a->doc_id, b->doc_id);
    if (!c)
        c = a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
    if (!c)
        c = cmp_i64(a->entity_id, b->entity_id);
    return c ? c : cmp_i64(a->id, b->id);
}

/* A buffered alias row as flush_aliases sorts it. */
typedef struct sq_alias_ref {
    const sq_alias_row *row;
    const char *surface; /* in h->strs */
} sq_alias_ref;

/* The order of aliases_entity (entity_id, surface, doc_id), then call
 * order: of two equal rows the first is the one kept. */
static int cmp_alias(const void *x, const void *y)
{
    const sq_alias_ref *ra = x, *rb = y;
    const sq_alias_row *a = ra->row, *b = rb->row;
    int c = cmp_i64(a->entity_id, b->entity_id);
    if (!c)
        c = strcmp(ra->surface, rb->surface);
    if (!c)
        c = cmp_i64(a->doc_id, b->doc_id);
    return c ? c : (a->seq < b->seq ? -1 : a->seq > b->seq);
}

/* The order of event_args_entity, where a batch's arguments go to pages
 * all over the index: sorted, neighbouring rows share pages. */
static int cmp_arg(const void *x, const void *y)
{
    const sq_arg_row *a = x, *b = y;
    int c = cmp_i64(a->entity_id, b->entity_id);
    if (!c)
        c = a->role - b->role;
    if (!c)
        c = cmp_i64(a->event_id, b->event_id);
    return c ? c : (a->pos < b->pos ? -1 : a->pos > b->pos);
}

/* The key order of event_args (event_id, role, pos): a batch's events
 * are new, so its arguments are appended to the table. */
static int cmp_arg_key(const void *x, const void *y)
{
    const sq_arg_row *a = x, *b = y;
    int c = cmp_i64(a->event_id, b->event_id);
    if (!c)
        c = a->role - b->role;
    return c ? c : (a->pos < b->pos ? -1 : a->pos > b->pos);
}

/* One entity's (or one entity and marking's) sums of a flush: what its
 * counters in entities (or entity_marks) grow by. */
typedef struct sq_count_row {
    int64_t entity_id, marking;
    long mentions, docs;
} sq_count_row;

static const char MARKS_HEAD[] = "INSERT INTO entity_marks(entity_id, marking, mentions, docs)";
static const char MARKS_TAIL[] = " ON CONFLICT (entity_id, marking) DO UPDATE SET"
                                 " mentions = mentions + excluded.mentions,"
                                 " docs = docs + excluded.docs";
static const int MARKS_COLS[] = { 1, 2, 3, 4 };

static void bind_marks(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    (void)h;
    const sq_count_row *c = row;
    sqlite3_bind_int64(st, b + 1, c->entity_id);
    sqlite3_bind_int64(st, b + 2, c->marking);
    sqlite3_bind_int64(st, b + 3, c->mentions);
    sqlite3_bind_int64(st, b + 4, c->docs);
}

/* The entity ids of one statement are distinct (one row per entity). */
static const char COUNTS_HEAD[] = "UPDATE entities SET n_mentions = n_mentions + v.column2,"
                                  " n_docs = n_docs + v.column3 FROM (";
static const char COUNTS_TAIL[] = ") AS v WHERE entities.id = v.column1";
static const int COUNTS_COLS[] = { 1, 2, 3 };

static void bind_counts(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    (void)h;
    const sq_count_row *c = row;
    sqlite3_bind_int64(st, b + 1, c->entity_id);
    sqlite3_bind_int64(st, b + 2, c->mentions);
    sqlite3_bind_int64(st, b + 3, c->docs);
}

static const char EDS_HEAD[] = "INSERT INTO entity_docs(entity_id, doc_id, date, mentions,"
                               " first_sentence, sentences)";
static const int EDS_COLS[] = { 1, 2, 3, 4, 5, 6 };

static void bind_ed(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_ed_row *p = row;
    sqlite3_bind_int64(st, b + 1, p->entity_id);
    sqlite3_bind_int64(st, b + 2, p->doc_id);
    bind_strs(h, st, b + 3, p->date);
    sqlite3_bind_int64(st, b + 4, p->mentions);
    sqlite3_bind_int64(st, b + 5, p->first_sentence);
    bind_strs(h, st, b + 6, p->sentences);
}

/*
 * Whether a row of document doc_id cannot be in entity_docs or aliases yet:
 * the document was inserted in the open transaction after its last flush
 * (h->fresh_doc), and only a flush writes those tables for it.
 */
static bool doc_fresh(const fnr_sqlite *h, int64_t doc_id)
{
    return h->fresh_doc > 0 && doc_id >= h->fresh_doc;
}

static fnr_status flush_eds(fnr_sqlite *h, fnr_error *err)
{
    fnr_status rc = FNR_OK;
    if (h->b_eds.len > 1)
        qsort(h->b_eds.data, h->b_eds.len, sizeof(sq_ed_row), cmp_ed);
    sq_ed_row *rows = h->b_eds.data;
    size_t n = h->b_eds.len;
    /* The first row of each (entity, document) of a fresh document is new:
     * those go in 64 to a plain INSERT (which fails rather than ignores, were
     * that ever wrong). The others (a second run of a document's mentions,
     * a document written before) are tried one by one, as they may exist. */
    sq_ed_row *fast = tmp_room(h, 0, n, sizeof *fast);
    if (!fast)
        return nomem(err);
    size_t n_fast = 0;
    for (size_t i = 0; i < n; i++) {
        rows[i].fast =
            doc_fresh(h, rows[i].doc_id) && !(i > 0 && rows[i - 1].entity_id == rows[i].entity_id &&
                                              rows[i - 1].doc_id == rows[i].doc_id);
        rows[i].is_new = rows[i].fast;
        if (rows[i].fast)
            fast[n_fast++] = rows[i];
    }
    rc = insert_rows(h, EDS_HEAD, EDS_COLS, sizeof EDS_COLS / sizeof EDS_COLS[0], 6, fast, n_fast,
                     sizeof *fast, bind_ed, "summarise mentions", err);
    if (rc != FNR_OK)
        return rc;
    STMT_OR_RETURN(st, h,
                   "INSERT OR IGNORE INTO entity_docs(entity_id, doc_id, date,"
                   " mentions, first_sentence, sentences) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                   err);
    for (size_t i = 0; i < n; i++) {
        sq_ed_row *p = &rows[i];
        if (p->fast)
            continue;
        bind_ed(h, st, 0, p);
        rc = fnr__sq_done(h, st, "summarise mentions", err);
        if (rc != FNR_OK)
            return rc;
        p->is_new = sqlite3_changes(h->db) > 0;
        if (!p->is_new) {
            /* The document's mentions came in two runs: add to the row. */
            STMT_OR_RETURN(
                up, h,
                "UPDATE entity_docs SET mentions = mentions + ?3,"
                " first_sentence = min(first_sentence, ?4), sentences = " SQ_SENTENCES_SORTED(
                    "SELECT value FROM json_each(sentences) UNION ALL"
                    " SELECT value FROM json_each(?5)") " WHERE entity_id = ?1 AND doc_id = ?2",
                err);
            sqlite3_bind_int64(up, 1, p->entity_id);
            sqlite3_bind_int64(up, 2, p->doc_id);
            sqlite3_bind_int64(up, 3, p->mentions);
            sqlite3_bind_int64(up, 4, p->first_sentence);
            bind_strs(h, up, 5, p->sentences);
            rc = fnr__sq_done(h, up, "summarise mentions", err);
            if (rc != FNR_OK)
                return rc;
        }
    }
    /* The rows are sorted by entity, then marking: each run of one entity
     * and marking is summed into one entity_marks upsert, each run of one
     * entity into one update of its counters, in id order; both go 64 to
     * a statement. */
    sq_count_row *marks = tmp_room(h, 0, n, sizeof *marks);
    sq_count_row *counts = tmp_room(h, 1, n, sizeof *counts);
    if (!marks || !counts)
        return nomem(err);
    size_t n_marks = 0, n_counts = 0;
    for (size_t i = 0; i < n;) {
        int64_t entity = rows[i].entity_id;
        sq_count_row *c = &counts[n_counts++];
        *c = (sq_count_row){ .entity_id = entity };
        while (i < n && rows[i].entity_id == entity) {
            int64_t marking = rows[i].marking;
            sq_count_row *m = &marks[n_marks++];
            *m = (sq_count_row){ .entity_id = entity, .marking = marking };
            for (; i < n && rows[i].entity_id == entity && rows[i].marking == marking; i++) {
                m->mentions += rows[i].mentions;
                m->docs += rows[i].is_new;
            }
            c->mentions += m->mentions;
            c->docs += m->docs;
        }
    }
    rc = write_rows(h, MARKS_HEAD, MARKS_TAIL, MARKS_COLS, sizeof MARKS_COLS / sizeof MARKS_COLS[0],
                    4, marks, n_marks, sizeof *marks, bind_marks, "summarise mentions by marking",
                    err);
    /* The counters 64 entities to a statement; the rest (all of a single
     * report's) through the plain UPDATE, cheaper for one row than
     * materialising a VALUES table. */
    size_t n_many = n_counts - n_counts % SQ_ROWS;
    if (rc == FNR_OK)
        rc = write_rows(h, COUNTS_HEAD, COUNTS_TAIL, COUNTS_COLS,
                        sizeof COUNTS_COLS / sizeof COUNTS_COLS[0], 3, counts, n_many,
                        sizeof *counts, bind_counts, "count mentions", err);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *cnt = NULL;
    for (size_t i = n_many; i < n_counts; i++) {
        if (!cnt)
            cnt = fnr__sq_stmt(h,
                               "UPDATE entities SET n_mentions = n_mentions + ?2,"
                               " n_docs = n_docs + ?3 WHERE id = ?1",
                               err);
        if (!cnt)
            return err ? err->code : FNR_INTERNAL;
        bind_counts(h, cnt, 0, &counts[i]);
        rc = fnr__sq_done(h, cnt, "count mentions", err);
        if (rc != FNR_OK)
            return rc;
    }
    fnr_vec_clear(&h->b_eds);
    return FNR_OK;
}

static const char MENTIONS_HEAD[] = "INSERT INTO mentions(doc_id, sentence, entity_id, id,"
                                    " orig_entity_id, start_byte, end_byte, rule)";
static const int MENTIONS_COLS[] = { 1, 2, 3, 4, 3, 5, 6, 7 };

static void bind_mention(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_mention_row *m = row;
    sqlite3_bind_int64(st, b + 1, m->doc_id);
    sqlite3_bind_int64(st, b + 2, m->sentence);
    sqlite3_bind_int64(st, b + 3, m->entity_id);
    sqlite3_bind_int64(st, b + 4, m->id);
    sqlite3_bind_int64(st, b + 5, m->start);
    sqlite3_bind_int64(st, b + 6, m->end);
    bind_strs(h, st, b + 7, m->rule);
}

static fnr_status flush_mentions(fnr_sqlite *h, fnr_error *err)
{
    if (h->b_mentions.len > 1)
        qsort(h->b_mentions.data, h->b_mentions.len, sizeof(sq_mention_row), cmp_mention);
    fnr_status rc =
        insert_rows(h, MENTIONS_HEAD, MENTIONS_COLS, sizeof MENTIONS_COLS / sizeof MENTIONS_COLS[0],
                    7, h->b_mentions.data, h->b_mentions.len, sizeof(sq_mention_row), bind_mention,
                    "insert a mention", err);
    if (rc != FNR_OK)
        return rc;
    if (h->next_mention) {
        STMT_OR_RETURN(seq, h, "INSERT OR REPLACE INTO meta(key, value) VALUES ('mention_seq', ?1)",
                       err);
        sqlite3_bind_int64(seq, 1, h->next_mention - 1);
        if ((rc = fnr__sq_done(h, seq, "insert a mention", err)) != FNR_OK)
            return rc;
    }
    fnr_vec_clear(&h->b_mentions);
    h->next_mention = 0;
    return FNR_OK;
}

/* One aliases row as alias_keys counts it. */
typedef struct sq_key_row {
    const char *key, *surface; /* in h->strs */
    int64_t entity_id, marking;
    long docs; /* rows written with these values */
} sq_key_row;

static int cmp_key_row(const void *x, const void *y)
{
    const sq_key_row *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    if (!c)
        c = cmp_i64(a->entity_id, b->entity_id);
    if (!c)
        c = cmp_i64(a->marking, b->marking);
    return c ? c : strcmp(a->surface, b->surface);
}

/* Adds the aliases rows written to alias_keys: one upsert per distinct
 * (key, entity, marking, surface). rows[] is sorted here. */
static const char KEYS_HEAD[] = "INSERT INTO alias_keys(key, entity_id, marking, surface, docs)";
static const char KEYS_TAIL[] = " ON CONFLICT (key, entity_id, marking, surface) DO UPDATE SET"
                                " docs = docs + excluded.docs";
static const int KEYS_COLS[] = { 1, 2, 3, 4, 5 };

static void bind_key_row(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    (void)h;
    const sq_key_row *k = row;
    sqlite3_bind_text(st, b + 1, k->key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, b + 2, k->entity_id);
    sqlite3_bind_int64(st, b + 3, k->marking);
    sqlite3_bind_text(st, b + 4, k->surface, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, b + 5, k->docs);
}

static fnr_status flush_alias_keys(fnr_sqlite *h, sq_key_row *rows, size_t n, fnr_error *err)
{
    if (n > 1)
        qsort(rows, n, sizeof *rows, cmp_key_row);
    /* Equal rows summed in place, those with documents kept, in order. */
    size_t n_out = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        long docs = 0;
        while (j < n && cmp_key_row(&rows[i], &rows[j]) == 0)
            docs += rows[j++].docs;
        if (docs > 0) {
            rows[n_out] = rows[i];
            rows[n_out++].docs = docs;
        }
        i = j;
    }
    return write_rows(h, KEYS_HEAD, KEYS_TAIL, KEYS_COLS, sizeof KEYS_COLS / sizeof KEYS_COLS[0], 5,
                      rows, n_out, sizeof *rows, bind_key_row, "count an alias", err);
}

static const char ALIASES_HEAD[] =
    "INSERT INTO aliases(entity_id, orig_entity_id, surface, key, doc_id, rule)";
static const int ALIASES_COLS[] = { 1, 1, 2, 3, 4, 5 };

static void bind_alias(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_alias_row *a = row;
    sqlite3_bind_int64(st, b + 1, a->entity_id);
    bind_strs(h, st, b + 2, a->surface);
    bind_strs(h, st, b + 3, a->key);
    sqlite3_bind_int64(st, b + 4, a->doc_id);
    bind_strs(h, st, b + 5, a->rule);
}

/* rows[] (n of them, in (entity, surface, document) order) in the key
 * order of aliases, (document, entity, surface), so that a batch's rows
 * are appended to the B-tree: a counting sort by document, which keeps
 * the order within one. The rows written at once are those of the
 * documents inserted since the last flush, a short run of ids; should the
 * run be long, the rows stay as they are (slower, the same rows). */
static sq_alias_row *alias_rows_by_doc(fnr_sqlite *h, sq_alias_row *rows, size_t n)
{
    if (n < 2)
        return rows;
    int64_t lo = rows[0].doc_id, hi = rows[0].doc_id;
    for (size_t i = 1; i < n; i++) {
        lo = rows[i].doc_id < lo ? rows[i].doc_id : lo;
        hi = rows[i].doc_id > hi ? rows[i].doc_id : hi;
    }
    uint64_t span = (uint64_t)(hi - lo) + 1;
    if (span > 4 * (uint64_t)n + 4096)
        return rows;
    size_t *at = tmp_room(h, 3, (size_t)span + 1, sizeof *at);
    sq_alias_row *out = tmp_room(h, 4, n, sizeof *out);
    if (!at || !out)
        return rows;
    memset(at, 0, ((size_t)span + 1) * sizeof *at);
    for (size_t i = 0; i < n; i++)
        at[rows[i].doc_id - lo + 1]++;
    for (size_t d = 1; d <= span; d++)
        at[d] += at[d - 1];
    for (size_t i = 0; i < n; i++)
        out[at[rows[i].doc_id - lo]++] = rows[i];
    return out;
}

static fnr_status flush_aliases(fnr_sqlite *h, fnr_error *err)
{
    const sq_alias_row *rows = h->b_aliases.data;
    size_t n = h->b_aliases.len;
    sq_alias_ref *refs = tmp_room(h, 0, n, sizeof *refs);
    if (!refs)
        return nomem(err);
    for (size_t i = 0; i < n; i++)
        refs[i] = (sq_alias_ref){ &rows[i],
                                  str_at(h, rows[i].surface) ? str_at(h, rows[i].surface) : "" };
    if (n > 1)
        qsort(refs, n, sizeof *refs, cmp_alias);
    /* Rows of a fresh document (see doc_fresh) are new but for repeats of
     * one (entity, surface, document) in the buffer, which INSERT OR IGNORE
     * would skip: the first of each goes in 64 to a plain INSERT, the
     * repeats are dropped here. Rows of other documents are tried one by
     * one. written[i]: refs[i] made a row. */
    sq_alias_row *fast = tmp_room(h, 1, n, sizeof *fast);
    unsigned char *written = tmp_room(h, 2, n, 1);
    if (!fast || !written)
        return nomem(err);
    size_t n_fast = 0;
    for (size_t i = 0; i < n; i++) {
        const sq_alias_row *a = refs[i].row;
        written[i] =
            doc_fresh(h, a->doc_id) && !(i > 0 && refs[i - 1].row->entity_id == a->entity_id &&
                                         refs[i - 1].row->doc_id == a->doc_id &&
                                         strcmp(refs[i - 1].surface, refs[i].surface) == 0);
        if (written[i])
            fast[n_fast++] = *a;
    }
    fnr_status rc =
        insert_rows(h, ALIASES_HEAD, ALIASES_COLS, sizeof ALIASES_COLS / sizeof ALIASES_COLS[0], 5,
                    alias_rows_by_doc(h, fast, n_fast), n_fast, sizeof *fast, bind_alias,
                    "insert an alias", err);
    if (rc != FNR_OK)
        return rc;
    sqlite3_stmt *st = NULL;
    for (size_t i = 0; i < n && rc == FNR_OK; i++) {
        if (doc_fresh(h, refs[i].row->doc_id))
            continue;
        if (!st)
            st = fnr__sq_stmt(h,
                              "INSERT OR IGNORE INTO aliases(entity_id, orig_entity_id,"
                              " surface, key, doc_id, rule) VALUES (?1, ?1, ?2, ?3, ?4, ?5)",
                              err);
        if (!st)
            return err ? err->code : FNR_INTERNAL;
        bind_alias(h, st, 0, refs[i].row);
        rc = fnr__sq_done(h, st, "insert an alias", err);
        written[i] = rc == FNR_OK && sqlite3_changes(h->db) > 0;
    }
    if (rc != FNR_OK)
        return rc;
    /* The rows written, counted for alias_keys. A report's rows of one
     * (entity, surface) lie together in this order: each run with one key
     * and marking is one sq_key_row, so the sort below has a fraction of
     * the rows to order. */
    sq_key_row *keys = tmp_room(h, 1, n, sizeof *keys);
    if (!keys)
        return nomem(err);
    size_t n_keys = 0;
    for (size_t i = 0; i < n; i++) {
        if (!written[i])
            continue;
        const sq_alias_row *a = refs[i].row;
        const char *key = str_at(h, a->key) ? str_at(h, a->key) : "";
        sq_key_row *last = n_keys ? &keys[n_keys - 1] : NULL;
        if (last && last->entity_id == a->entity_id && last->marking == a->marking &&
            strcmp(last->surface, refs[i].surface) == 0 && strcmp(last->key, key) == 0) {
            last->docs++;
            continue;
        }
        keys[n_keys++] = (sq_key_row){ .key = key,
                                       .surface = refs[i].surface,
                                       .entity_id = a->entity_id,
                                       .marking = a->marking,
                                       .docs = 1 };
    }
    rc = flush_alias_keys(h, keys, n_keys, err);
    if (rc != FNR_OK)
        return rc;
    fnr_vec_clear(&h->b_aliases);
    fnr_map_destroy(&h->b_alias_keys);
    fnr_map_init(&h->b_alias_keys);
    return FNR_OK;
}

static const char ARGS_HEAD[] = "INSERT INTO event_args(event_id, role, pos, entity_id,"
                                " orig_entity_id, date, doc_id)";
static const int ARGS_COLS[] = { 1, 2, 3, 4, 4, 5, 6 };

static void bind_arg(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_arg_row *x = row;
    sqlite3_bind_int64(st, b + 1, x->event_id);
    sqlite3_bind_int(st, b + 2, x->role);
    sqlite3_bind_int64(st, b + 3, x->pos);
    sqlite3_bind_int64(st, b + 4, x->entity_id);
    bind_strs(h, st, b + 5, x->date);
    sqlite3_bind_int64(st, b + 6, x->doc_id);
}

static const char EVENTS_HEAD[] =
    "INSERT INTO events(id, doc_id, type, cameo, date, date_end, precision, location_id,"
    " orig_location_id, count, sentence, start_byte, end_byte, trigger_start, trigger_end,"
    " confidence, rule)";
static const int EVENTS_COLS[] = { 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

static void bind_event(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_event_row *e = row;
    sqlite3_bind_int64(st, b + 1, e->id);
    sqlite3_bind_int64(st, b + 2, e->doc_id);
    sqlite3_bind_int(st, b + 3, e->type);
    bind_strs(h, st, b + 4, e->cameo);
    bind_strs(h, st, b + 5, e->date);
    bind_strs(h, st, b + 6, e->date_end);
    bind_strs(h, st, b + 7, e->precision);
    bind_id(st, b + 8, e->location_id);
    if (e->count >= 0)
        sqlite3_bind_int64(st, b + 9, e->count);
    else
        sqlite3_bind_null(st, b + 9);
    sqlite3_bind_int64(st, b + 10, e->sentence);
    sqlite3_bind_int64(st, b + 11, e->start);
    sqlite3_bind_int64(st, b + 12, e->end);
    sqlite3_bind_int64(st, b + 13, e->trigger_start);
    sqlite3_bind_int64(st, b + 14, e->trigger_end);
    sqlite3_bind_double(st, b + 15, e->confidence);
    bind_strs(h, st, b + 16, e->rule);
}

/* Events in id order (appended to the table), before their arguments. */
static fnr_status flush_events(fnr_sqlite *h, fnr_error *err)
{
    fnr_status rc =
        insert_rows(h, EVENTS_HEAD, EVENTS_COLS, sizeof EVENTS_COLS / sizeof EVENTS_COLS[0], 16,
                    h->b_events.data, h->b_events.len, sizeof(sq_event_row), bind_event,
                    "insert an event", err);
    if (rc != FNR_OK)
        return rc;
    fnr_vec_clear(&h->b_events);
    h->next_event = 0;
    return FNR_OK;
}

static const char RELATIONS_HEAD[] =
    "INSERT INTO relations(id, doc_id, type, source_id, target_id, orig_source_id,"
    " orig_target_id, role, sentence, start_byte, end_byte, rule)";
static const int RELATIONS_COLS[] = { 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 10 };

static void bind_relation(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_relation_row *r = row;
    sqlite3_bind_int64(st, b + 1, r->id);
    sqlite3_bind_int64(st, b + 2, r->doc_id);
    sqlite3_bind_int(st, b + 3, r->type);
    sqlite3_bind_int64(st, b + 4, r->source_id);
    sqlite3_bind_int64(st, b + 5, r->target_id);
    bind_strs(h, st, b + 6, r->role);
    sqlite3_bind_int64(st, b + 7, r->sentence);
    sqlite3_bind_int64(st, b + 8, r->start);
    sqlite3_bind_int64(st, b + 9, r->end);
    bind_strs(h, st, b + 10, r->rule);
}

/* Candidates in call order: INSERT OR IGNORE numbers the new ones as the
 * single-row statements did. */
static const char CANDS_HEAD[] = "INSERT OR IGNORE INTO candidates(a, b, surface, key, doc_id)";
static const int CANDS_COLS[] = { 1, 2, 3, 4, 5 };

static void bind_cand(const fnr_sqlite *h, sqlite3_stmt *st, int b, const void *row)
{
    const sq_cand_row *c = row;
    sqlite3_bind_int64(st, b + 1, c->a);
    sqlite3_bind_int64(st, b + 2, c->b);
    bind_strs(h, st, b + 3, c->surface);
    bind_strs(h, st, b + 4, c->key);
    bind_id(st, b + 5, c->doc_id);
}

static fnr_status flush_relations(fnr_sqlite *h, fnr_error *err)
{
    fnr_status rc = insert_rows(h, RELATIONS_HEAD, RELATIONS_COLS,
                                sizeof RELATIONS_COLS / sizeof RELATIONS_COLS[0], 10,
                                h->b_relations.data, h->b_relations.len, sizeof(sq_relation_row),
                                bind_relation, "insert a relation", err);
    if (rc == FNR_OK)
        rc = insert_rows(h, CANDS_HEAD, CANDS_COLS, sizeof CANDS_COLS / sizeof CANDS_COLS[0], 5,
                         h->b_cands.data, h->b_cands.len, sizeof(sq_cand_row), bind_cand,
                         "record a merge candidate", err);
    if (rc != FNR_OK)
        return rc;
    fnr_vec_clear(&h->b_relations);
    fnr_vec_clear(&h->b_cands);
    h->next_relation = 0;
    return FNR_OK;
}

static fnr_status flush_args(fnr_sqlite *h, fnr_error *err)
{
    /* For the index when it is kept up to date; when a bulk ingest left
     * it out, for the table (about a fifth less CPU for the inserts). */
    if (h->b_args.len > 1)
        qsort(h->b_args.data, h->b_args.len, sizeof(sq_arg_row),
              h->indexes_deferred ? cmp_arg_key : cmp_arg);
    fnr_status rc = insert_rows(h, ARGS_HEAD, ARGS_COLS, sizeof ARGS_COLS / sizeof ARGS_COLS[0], 6,
                                h->b_args.data, h->b_args.len, sizeof(sq_arg_row), bind_arg,
                                "insert an event's argument", err);
    if (rc != FNR_OK)
        return rc;
    fnr_vec_clear(&h->b_args);
    return FNR_OK;
}

/* ---- references ------------------------------------------------------------------ */

static int cmp_id(const void *x, const void *y)
{
    return cmp_i64(*(const int64_t *)x, *(const int64_t *)y);
}

/* Looks id up in `table` (st: its cached look-up statement). */
static fnr_status id_exists(fnr_sqlite *h, sqlite3_stmt *st, int64_t id, const char *what,
                            fnr_error *err)
{
    sqlite3_bind_int64(st, 1, id);
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    if (r == SQLITE_DONE)
        return fnr_error_set(err, FNR_INTERNAL,
                             "could not write a batch in \"%s\": it names %s %lld, which does not "
                             "exist",
                             h->path, what, (long long)id);
    return r == SQLITE_ROW ? FNR_OK : fnr__sq_error(h, r, "check a batch's references", err);
}

/* Largest span of ids deduplicated with a bitmap (8 MiB) rather than a sort. */
#define SQ_ID_SPAN_MAX ((int64_t)1 << 26)

/* Checks that every distinct id of ids[0..n) is a row of `table`, in
 * ascending order; `what` names one in the message. The ids of a flush
 * repeat (an entity named by hundreds of rows) and lie close together, so
 * they are deduplicated with a bitmap over their span. */
static fnr_status ids_exist(fnr_sqlite *h, int64_t *ids, size_t n, const char *table,
                            const char *what, fnr_error *err)
{
    if (n == 0)
        return FNR_OK;
    char sql[64];
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE id = ?1", table);
    STMT_OR_RETURN(st, h, sql, err);
    int64_t lo = ids[0], hi = ids[0];
    for (size_t i = 1; i < n; i++) {
        if (ids[i] < lo)
            lo = ids[i];
        if (ids[i] > hi)
            hi = ids[i];
    }
    fnr_status rc = FNR_OK;
    if (hi - lo < SQ_ID_SPAN_MAX) {
        size_t span = (size_t)(hi - lo) + 1;
        unsigned char *seen = tmp_room(h, 1, span / 8 + 1, 1);
        if (!seen)
            return nomem(err);
        memset(seen, 0, span / 8 + 1);
        for (size_t i = 0; i < n; i++) {
            size_t k = (size_t)(ids[i] - lo);
            seen[k / 8] |= (unsigned char)(1u << (k % 8));
        }
        for (size_t k = 0; k < span && rc == FNR_OK; k++)
            if (seen[k / 8] & (1u << (k % 8)))
                rc = id_exists(h, st, lo + (int64_t)k, what, err);
        return rc;
    }
    qsort(ids, n, sizeof *ids, cmp_id);
    for (size_t i = 0; i < n && rc == FNR_OK; i++)
        if (i == 0 || ids[i] != ids[i - 1])
            rc = id_exists(h, st, ids[i], what, err);
    return rc;
}

/*
 * What the REFERENCES clauses of mentions, aliases, entity_docs, events and
 * event_args checked row by row until schema 6: that every entity,
 * document and event the buffered rows name exists. Each distinct id is
 * looked up once per flush, before any row is written, so a bad one fails
 * the flush (and the batch) with nothing written.
 */
static fnr_status refs_check(fnr_sqlite *h, fnr_error *err)
{
    size_t n_max =
        h->b_mentions.len + h->b_aliases.len + h->b_eds.len + h->b_events.len + h->b_args.len;
    if (n_max == 0)
        return FNR_OK;
    int64_t *ids = tmp_room(h, 0, n_max, sizeof *ids);
    if (!ids)
        return nomem(err);
    size_t n = 0;
    FNR_VEC_FOREACH(sq_mention_row, m, &h->b_mentions) {
        ids[n++] = m->entity_id;
    }
    FNR_VEC_FOREACH(sq_alias_row, a, &h->b_aliases) {
        ids[n++] = a->entity_id;
    }
    FNR_VEC_FOREACH(sq_ed_row, p, &h->b_eds) {
        ids[n++] = p->entity_id;
    }
    FNR_VEC_FOREACH(sq_event_row, e, &h->b_events) {
        if (e->location_id > 0)
            ids[n++] = e->location_id;
    }
    FNR_VEC_FOREACH(sq_arg_row, x, &h->b_args) {
        ids[n++] = x->entity_id;
    }
    fnr_status rc = ids_exist(h, ids, n, "entities", "entity", err);
    n = 0;
    FNR_VEC_FOREACH(sq_mention_row, m, &h->b_mentions) {
        ids[n++] = m->doc_id;
    }
    FNR_VEC_FOREACH(sq_alias_row, a, &h->b_aliases) {
        ids[n++] = a->doc_id;
    }
    FNR_VEC_FOREACH(sq_ed_row, p, &h->b_eds) {
        ids[n++] = p->doc_id;
    }
    FNR_VEC_FOREACH(sq_event_row, e, &h->b_events) {
        ids[n++] = e->doc_id;
    }
    if (rc == FNR_OK)
        rc = ids_exist(h, ids, n, "documents", "document", err);
    /* An argument's event is buffered with it (ids first..last), else stored. */
    int64_t first = 0, last = -1;
    if (h->b_events.len) {
        first = FNR_VEC_AT(&h->b_events, sq_event_row, 0).id;
        last = FNR_VEC_AT(&h->b_events, sq_event_row, h->b_events.len - 1).id;
    }
    n = 0;
    FNR_VEC_FOREACH(sq_arg_row, x, &h->b_args) {
        if (x->event_id < first || x->event_id > last)
            ids[n++] = x->event_id;
    }
    if (rc == FNR_OK)
        rc = ids_exist(h, ids, n, "events", "event", err);
    return rc;
}

fnr_status fnr__sq_flush(fnr_sqlite *h, fnr_error *err)
{
    fnr_status rc = pend_close(h, err);
    if (rc == FNR_OK)
        rc = refs_check(h, err);
    if (rc == FNR_OK)
        rc = flush_eds(h, err);
    if (rc == FNR_OK)
        rc = flush_mentions(h, err);
    if (rc == FNR_OK)
        rc = flush_aliases(h, err);
    if (rc == FNR_OK)
        rc = flush_events(h, err);
    if (rc == FNR_OK)
        rc = flush_args(h, err);
    if (rc == FNR_OK)
        rc = flush_relations(h, err);
    if (rc == FNR_OK)
        fnr_buf_reset(&h->strs);
    h->fresh_doc = 0; /* documents inserted before now may have rows */
    return rc;
}

void fnr__sq_buffers_init(fnr_sqlite *h)
{
    fnr_vec_init(&h->pend, sizeof(sq_pending));
    fnr_vec_init(&h->b_mentions, sizeof(sq_mention_row));
    fnr_vec_init(&h->b_aliases, sizeof(sq_alias_row));
    fnr_vec_init(&h->b_args, sizeof(sq_arg_row));
    fnr_vec_init(&h->b_events, sizeof(sq_event_row));
    fnr_vec_init(&h->b_relations, sizeof(sq_relation_row));
    fnr_vec_init(&h->b_cands, sizeof(sq_cand_row));
    fnr_vec_init(&h->b_eds, sizeof(sq_ed_row));
    fnr_map_init(&h->b_alias_keys);
    fnr_buf_init(&h->strs, 0);
    for (size_t i = 0; i < sizeof h->tmp / sizeof h->tmp[0]; i++)
        fnr_buf_init(&h->tmp[i], 0);
}

void fnr__sq_buffers_clear(fnr_sqlite *h)
{
    fnr__sq_buffers_destroy(h);
    fnr__sq_buffers_init(h);
    h->pend_doc = 0;
    h->last_doc = 0;
    h->next_mention = 0;
    h->next_event = 0;
    h->next_relation = 0;
    h->fresh_doc = 0;
}

void fnr__sq_buffers_destroy(fnr_sqlite *h)
{
    fnr_vec_destroy(&h->pend);
    fnr_vec_destroy(&h->b_mentions);
    fnr_vec_destroy(&h->b_aliases);
    fnr_vec_destroy(&h->b_args);
    fnr_vec_destroy(&h->b_events);
    fnr_vec_destroy(&h->b_relations);
    fnr_vec_destroy(&h->b_cands);
    fnr_vec_destroy(&h->b_eds);
    fnr_map_destroy(&h->b_alias_keys);
    fnr_buf_destroy(&h->strs);
    for (size_t i = 0; i < sizeof h->tmp / sizeof h->tmp[0]; i++)
        fnr_buf_destroy(&h->tmp[i]);
}

fnr_status fnr__sq_mention_insert(fnr_store *s, const fnr_store_mention *m, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_status rc;
    if (h->pend_doc != m->doc_id) {
        rc = pend_close(h, err);
        if (rc != FNR_OK)
            return rc;
        h->pend_doc = m->doc_id;
        h->pend_first = h->b_mentions.len;
    }
    if (!h->next_mention) {
        /* The last id given, kept in meta since mentions has no index on
         * it (a store that lacks the row was written by no release). */
        sqlite3_stmt *mx =
            fnr__sq_stmt(h,
                         "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta"
                         " WHERE key = 'mention_seq'), (SELECT max(id) FROM mentions),"
                         " 0) + 1",
                         err);
        if (!mx)
            return err ? err->code : FNR_INTERNAL;
        int r = sqlite3_step(mx);
        if (r == SQLITE_ROW)
            h->next_mention = sqlite3_column_int64(mx, 0);
        sqlite3_reset(mx);
        if (r != SQLITE_ROW)
            return fnr__sq_error(h, r, "insert a mention", err);
    }
    bool ok = true;
    sq_mention_row r = {
        .id = h->next_mention,
        .entity_id = m->entity_id,
        .doc_id = m->doc_id,
        .start = (int64_t)m->start,
        .end = (int64_t)m->end,
        .sentence = m->sentence,
        .rule = str_put(h, m->rule, &ok),
    };
    if (!ok || fnr_vec_push(&h->b_mentions, &r) != FNR_OK)
        return nomem(err);
    h->next_mention++;
    /* A document names a few dozen entities: a linear scan is the fastest. */
    bool found = false;
    FNR_VEC_FOREACH(sq_pending, p, &h->pend) {
        if (p->entity_id == m->entity_id) {
            p->mentions++;
            if (m->sentence < p->first_sentence)
                p->first_sentence = m->sentence;
            found = true;
            break;
        }
    }
    if (!found) {
        sq_pending np = { .entity_id = m->entity_id, .mentions = 1, .first_sentence = m->sentence };
        if (fnr_vec_push(&h->pend, &np) != FNR_OK)
            return nomem(err);
    }
    return maybe_flush(h, err);
}

/*
 * Events are buffered like mentions and written 64 to a statement before
 * their arguments. Each gets its id now, the one SQLite would have given
 * (max(id) + 1, read once per flush: the batch holds the write lock), so
 * that the arguments can name it.
 */
fnr_status fnr__sq_event_insert(fnr_store *s, const fnr_store_event *e, int64_t *out_id,
                                fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    if (out_id)
        *out_id = 0;
    if (!h->next_event) {
        STMT_OR_RETURN(mx, h, "SELECT coalesce(max(id), 0) + 1 FROM events", err);
        int r = sqlite3_step(mx);
        if (r == SQLITE_ROW)
            h->next_event = sqlite3_column_int64(mx, 0);
        sqlite3_reset(mx);
        if (r != SQLITE_ROW)
            return fnr__sq_error(h, r, "insert an event", err);
    }
    int64_t id = h->next_event;
    bool ok = true;
    sq_event_row ev = {
        .id = id,
        .doc_id = e->doc_id,
        .location_id = e->location_id,
        .count = e->count >= 0 ? e->count : -1,
        .sentence = e->sentence,
        .start = (int64_t)e->start,
        .end = (int64_t)e->end,
        .trigger_start = (int64_t)e->trigger_start,
        .trigger_end = (int64_t)e->trigger_end,
        .confidence = e->confidence,
        .type = (int)e->type,
        .cameo = str_put(h, e->cameo, &ok),
        .date = e->date && *e->date ? str_put(h, e->date, &ok) : 0,
        .date_end = e->date_end && *e->date_end ? str_put(h, e->date_end, &ok) : 0,
        .precision = str_put(h, e->precision, &ok),
        .rule = str_put(h, e->rule, &ok),
    };
    if (!ok || fnr_vec_push(&h->b_events, &ev) != FNR_OK)
        return nomem(err);
    h->next_event++;
    /* The arguments carry the event's date (the same string). */
    size_t date = e->n_actors || e->n_targets ? ev.date : 0;
    for (int role = 0; role < 2; role++) {
        const int64_t *ids = role ? e->targets : e->actors;
        size_t n = role ? e->n_targets : e->n_actors;
        for (size_t i = 0; i < n; i++) {
            sq_arg_row x = { .event_id = id,
                             .entity_id = ids[i],
                             .doc_id = e->doc_id,
                             .date = date,
                             .role = role,
                             .pos = (uint32_t)i };
            if (fnr_vec_push(&h->b_args, &x) != FNR_OK)
                return nomem(err);
        }
    }
    fnr_status rc = maybe_flush(h, err);
    if (rc != FNR_OK)
        return rc;
    if (out_id)
        *out_id = id;
    return FNR_OK;
}

/* The next id of a table with an INTEGER PRIMARY KEY id, as SQLite would
 * give it (max + 1; the batch holds the write lock). */
static fnr_status next_id(fnr_sqlite *h, const char *sql, int64_t *next, fnr_error *err)
{
    if (*next)
        return FNR_OK;
    STMT_OR_RETURN(mx, h, sql, err);
    int r = sqlite3_step(mx);
    if (r == SQLITE_ROW)
        *next = sqlite3_column_int64(mx, 0);
    sqlite3_reset(mx);
    return r == SQLITE_ROW ? FNR_OK : fnr__sq_error(h, r, "number a row", err);
}

/* Relations and candidates are buffered like events and written 64 to a
 * statement at the flush. */
fnr_status fnr__sq_relation_insert(fnr_store *s, const fnr_store_relation *r, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    fnr_status rc =
        next_id(h, "SELECT coalesce(max(id), 0) + 1 FROM relations", &h->next_relation, err);
    if (rc != FNR_OK)
        return rc;
    bool ok = true;
    sq_relation_row x = {
        .id = h->next_relation,
        .doc_id = r->doc_id,
        .source_id = r->source_id,
        .target_id = r->target_id,
        .sentence = r->sentence,
        .start = (int64_t)r->start,
        .end = (int64_t)r->end,
        .type = (int)r->type,
        .role = str_put(h, r->role, &ok),
        .rule = str_put(h, r->rule, &ok),
    };
    if (!ok || fnr_vec_push(&h->b_relations, &x) != FNR_OK)
        return nomem(err);
    h->next_relation++;
    return maybe_flush(h, err);
}

fnr_status fnr__sq_candidate_insert(fnr_store *s, const fnr_store_candidate *c, fnr_error *err)
{
    fnr_sqlite *h = (fnr_sqlite *)s;
    bool ok = true;
    sq_cand_row x = {
        .a = c->a < c->b ? c->a : c->b,
        .b = c->a < c->b ? c->b : c->a,
        .doc_id = c->doc_id,
        .surface = str_put(h, c->surface, &ok),
        .key = str_put(h, c->key, &ok),
    };
    if (!ok || fnr_vec_push(&h->b_cands, &x) != FNR_OK)
        return nomem(err);
    return maybe_flush(h, err);
}

/* ---- merge and split ------------------------------------------------------------------- */

/* Rebuilds the mention summaries, counters and alias keys of the two
 * entities ?1 and ?2 of a merge or split from mentions and aliases, after
 * the mentions moved. The documents to look at are those their old
 * entity_docs rows name: a merge or split only moves mentions between them. */
static fnr_status resummarise(fnr_sqlite *h, int64_t a, int64_t b, fnr_error *err)
{
    /* clang-format off */
    static const char *const steps[] = {
        "INSERT INTO entity_docs(entity_id, doc_id, date, mentions, first_sentence, sentences)"
        " SELECT s.entity_id, s.doc_id, d.date, s.n, s.first, " SQ_SENTENCES_SORTED(
            "SELECT value FROM json_each(s.sentences)")
        " FROM (SELECT m.entity_id, m.doc_id, count(*) AS n, min(m.sentence) AS first,"
        "  json_group_array(m.sentence) AS sentences FROM mentions m"
        "  WHERE m.doc_id IN (SELECT doc_id FROM entity_docs WHERE entity_id IN (?1, ?2))"
        "  AND m.entity_id IN (?1, ?2) GROUP BY m.doc_id, m.entity_id) s"
        " JOIN documents d ON d.id = s.doc_id WHERE true"
        " ON CONFLICT (entity_id, doc_id) DO UPDATE SET date = excluded.date,"
        " mentions = excluded.mentions, first_sentence = excluded.first_sentence,"
        " sentences = excluded.sentences",
        /* A row of an entity left with no mention in its document: its
         * first sentence (which the step above did not change) no longer
         * names it. */
        "DELETE FROM entity_docs WHERE entity_id IN (?1, ?2) AND NOT EXISTS (SELECT 1"
        " FROM mentions m WHERE m.doc_id = entity_docs.doc_id"
        " AND m.sentence = entity_docs.first_sentence AND m.entity_id = entity_docs.entity_id)",
        "UPDATE entities SET"
        " n_mentions = coalesce((SELECT sum(mentions) FROM entity_docs WHERE entity_id = entities.id), 0),"
        " n_docs = (SELECT count(*) FROM entity_docs WHERE entity_id = entities.id)"
        " WHERE id IN (?1, ?2)",
        "DELETE FROM entity_marks WHERE entity_id IN (?1, ?2)",
        "INSERT INTO entity_marks(entity_id, marking, mentions, docs)"
        " SELECT ed.entity_id, dm.marking, sum(ed.mentions), count(*) FROM entity_docs ed"
        " JOIN doc_marks dm ON dm.doc_id = ed.doc_id WHERE ed.entity_id IN (?1, ?2)"
        " GROUP BY ed.entity_id, dm.marking",
    };
    /* clang-format on */
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        STMT_OR_RETURN(st, h, steps[i], err);
        sqlite3_bind_int64(st, 1, a);
        sqlite3_bind_int64(st, 2, b);
        fnr_status rc = fnr__sq_done(h, st, "summarise mentions", err);
        if (rc != FNR_OK)
            return rc;
    }
    static const char *const keys[] = { SQ_ALIAS_KEYS_DELETE, SQ_ALIAS_KEYS_INSERT };
    for (int e = 0; e < 2; e++) {
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
            STMT_OR_RETURN(st, h, keys[i], err);
            sqlite3_bind_int64(st, 1, e ? b : a);
            fnr_status rc = fnr__sq_done(h, st, "summarise aliases", err);
            if (rc != FNR_OK)
                return rc;
        }
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
        rc = resummarise(h, a, b, err);
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
        "UPDATE mentions SET entity_id = ?1"
        " WHERE doc_id IN (SELECT doc_id FROM entity_docs WHERE entity_id = ?2) AND entity_id = ?2",
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
        "UPDATE mentions SET entity_id = ?2"
        " WHERE doc_id IN (SELECT doc_id FROM entity_docs WHERE entity_id = ?1) AND entity_id = ?1"
        " AND orig_entity_id IN " SQ_FROM_B,
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
