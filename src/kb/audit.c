/*
 * The hash-chained audit log: appending a record (every ingest, read,
 * export, share, marking and account change calls fnr__kb_audit), listing
 * it for the owner, and verifying the chain.
 *
 * Record n carries hash_n = BLAKE2b-256(hash_{n-1} || E(record n)), where
 * hash_0 is 32 zero bytes and E is a length-prefixed encoding that no two
 * different records share:
 *
 *     "fener-audit-1" | u64(seq) | s(at) | s(user) | s(action) | s(what)
 *                     | i64(facts) | s(docs)
 *
 * u64/i64 are 8 bytes big-endian, s(x) is u64(length in bytes) then the
 * bytes; docs is the stored text ("12,40,41"). The store also keeps the
 * last record's "SEQ:HEX" in its metadata (key audit_head), moved in the
 * same transaction as each append, so that cutting records off the end of
 * the table is noticed; a head kept outside the store (fener audit head)
 * catches an attacker who rewrites that too.
 *
 * Appends run in a write transaction (BEGIN IMMEDIATE): two processes
 * cannot both read record n and append two different records n+1.
 */
#define _POSIX_C_SOURCE 200809L

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"
#include "kb/account_int.h"
#include "kb/kb_int.h"

#define HASH_LEN FNR_STORE_HASH_LEN
#define TAG      "fener-audit-1"

/* ---- the chain ------------------------------------------------------------------ */

static void put_u64(crypto_generichash_state *h, uint64_t v)
{
    unsigned char b[8];
    for (int i = 7; i >= 0; i--) {
        b[i] = (unsigned char)(v & 0xff);
        v >>= 8;
    }
    crypto_generichash_update(h, b, sizeof b);
}

static void put_str(crypto_generichash_state *h, const char *s)
{
    size_t len = s ? strlen(s) : 0;
    put_u64(h, (uint64_t)len);
    if (len)
        crypto_generichash_update(h, (const unsigned char *)s, len);
}

/* hash = BLAKE2b-256(prev || E(r)); see the top of this file. */
static void record_hash(const fnr_store_audit *r, const uint8_t prev[HASH_LEN],
                        uint8_t out[HASH_LEN])
{
    crypto_generichash_state h;
    crypto_generichash_init(&h, NULL, 0, HASH_LEN);
    crypto_generichash_update(&h, prev, HASH_LEN);
    crypto_generichash_update(&h, (const unsigned char *)TAG, sizeof TAG - 1);
    put_u64(&h, (uint64_t)r->seq);
    put_str(&h, r->at);
    put_str(&h, r->user);
    put_str(&h, r->action);
    put_str(&h, r->what);
    put_u64(&h, (uint64_t)(int64_t)r->facts);
    put_str(&h, r->docs);
    crypto_generichash_final(&h, out, HASH_LEN);
}

static void to_hex(const uint8_t *b, size_t n, char *out)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[b[i] >> 4];
        out[2 * i + 1] = hex[b[i] & 15];
    }
    out[2 * n] = 0;
}

static bool from_hex(const char *s, size_t len, uint8_t out[HASH_LEN])
{
    if (len != 2 * HASH_LEN)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int v = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (v < 0)
            return false;
        if (i % 2 == 0)
            out[i / 2] = (uint8_t)(v << 4);
        else
            out[i / 2] |= (uint8_t)v;
    }
    return true;
}

/* Parses "HEX" or "SEQ:HEX"; *seq is 0 when not given. */
static bool parse_head(const char *s, int64_t *seq, uint8_t hash[HASH_LEN])
{
    *seq = 0;
    const char *colon = strchr(s, ':');
    if (colon) {
        char *end = NULL;
        long long v = strtoll(s, &end, 10);
        if (end != colon || v <= 0 || s[0] < '0' || s[0] > '9')
            return false;
        *seq = v;
        s = colon + 1;
    }
    return from_hex(s, strlen(s), hash);
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* ---- appending -------------------------------------------------------------------- */

fnr_status fnr__kb_audit_append(fnr_kb *kb, const fnr_viewer *who, const char *action,
                                const char *what, long facts, const int64_t *docs, size_t n_docs,
                                fnr_error *err)
{
    if (!action || !*action)
        return fnr_error_set(err, FNR_INVALID, "an audit record needs an action");
    if (sodium_init() < 0)
        return fnr_error_set(err, FNR_INTERNAL, "could not initialise libsodium");
    fnr_store *s = kb->store;
    fnr_status rc = FNR_OK;
    int64_t *ids = NULL;
    fnr_buf d;
    fnr_buf_init(&d, 0);
    fnr_buf_putc(&d, 0); /* so that an empty list is "" rather than NULL */
    d.len = 0;
    if (n_docs && docs) {
        ids = fnr_malloc(n_docs * sizeof *ids);
        if (!ids) {
            rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
            goto out;
        }
        memcpy(ids, docs, n_docs * sizeof *ids);
        qsort(ids, n_docs, sizeof *ids, cmp_id);
        for (size_t i = 0; i < n_docs; i++)
            if (i == 0 || ids[i] != ids[i - 1])
                fnr_buf_printf(&d, "%s%lld", d.len ? "," : "", (long long)ids[i]);
    }
    if (!d.data) {
        rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
        goto out;
    }

    fnr_store_audit r;
    memset(&r, 0, sizeof r);
    int64_t last = 0;
    if ((rc = s->m->audit_last(s, &last, r.prev, err)) != FNR_OK)
        goto out;
    char at[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    r.seq = last + 1;
    r.at = at;
    r.user = fnr_viewer_name(who);
    r.action = action;
    r.what = what ? what : "";
    r.facts = facts;
    r.docs = d.data;
    record_hash(&r, r.prev, r.hash);
    rc = s->m->audit_insert(s, &r, err);
out:
    fnr_free(ids);
    fnr_buf_destroy(&d);
    return rc;
}

fnr_status fnr__kb_audit(fnr_kb *kb, const fnr_viewer *who, const char *action, const char *what,
                         long facts, const int64_t *docs, size_t n_docs, fnr_error *err)
{
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (kb->readonly)
        return FNR_OK;
    fnr_status rc = fnr_store_begin(kb->store, err);
    if (rc != FNR_OK)
        return rc;
    rc = fnr__kb_audit_append(kb, who, action, what, facts, docs, n_docs, err);
    if (rc == FNR_OK)
        rc = fnr_store_commit(kb->store, err);
    if (rc != FNR_OK) {
        fnr_error keep;
        if (err)
            keep = *err;
        fnr_store_rollback(kb->store, NULL);
        if (err)
            *err = keep;
    }
    return rc;
}

/* ---- listing ------------------------------------------------------------------------ */

void fnr_audit_list_free(fnr_audit_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}

/* "2024-03-05" or "2024-03-05T10:00:00Z" (also "YYYY" and "YYYY-MM"). */
static bool since_valid(const char *s)
{
    if (fnr__kb_date_valid(s))
        return true;
    if (strlen(s) != 20 || s[10] != 'T' || s[19] != 'Z' || s[13] != ':' || s[16] != ':')
        return false;
    char day[11];
    memcpy(day, s, 10);
    day[10] = 0;
    if (!fnr__kb_date_valid(day))
        return false;
    for (int i = 11; i < 19; i++)
        if (i != 13 && i != 16 && (s[i] < '0' || s[i] > '9'))
            return false;
    return true;
}

/* Parses a stored docs list into an arena array. */
static bool parse_docs(fnr_arena *a, const char *s, const int64_t **out, size_t *out_n)
{
    *out = NULL;
    *out_n = 0;
    if (!s || !*s)
        return true;
    size_t n = 1;
    for (const char *p = s; *p; p++)
        n += *p == ',';
    int64_t *ids = fnr_arena_calloc(a, n, sizeof *ids);
    if (!ids)
        return false;
    size_t k = 0;
    const char *p = s;
    while (*p && k < n) {
        char *end = NULL;
        ids[k++] = strtoll(p, &end, 10);
        if (end == p)
            break;
        p = *end == ',' ? end + 1 : end;
    }
    *out = ids;
    *out_n = k;
    return true;
}

fnr_status fnr_kb_audit_list(fnr_kb *kb, const fnr_viewer *who, const fnr_audit_filter *f,
                             fnr_audit_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (who) {
        fnr_error_set(err, FNR_DENIED, "only the store's owner may read the audit log");
        fnr_error_detail(err, "This request was made as \"%s\".", fnr_viewer_name(who));
        return FNR_DENIED;
    }
    fnr_audit_filter none = { 0 };
    if (!f)
        f = &none;
    if (f->since && !since_valid(f->since)) {
        fnr_error_set(err, FNR_INVALID, "invalid date \"%s\"", f->since);
        fnr_error_hint(err, "Give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC).");
        return FNR_INVALID;
    }
    fnr_arena *a = NULL;
    fnr_audit_list *l = fnr__result_new(sizeof *l, &a);
    if (!l)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    l->internal = a;
    fnr_store_audit_filter sf = {
        .since = f->since, .user = f->user, .action = f->action, .limit = f->limit
    };
    fnr_store_audit *rows = NULL;
    size_t n = 0;
    fnr_status rc = kb->store->m->audit_list(kb->store, &sf, a, &rows, &n, err);
    if (rc != FNR_OK)
        goto out;
    l->rows = n ? fnr_arena_calloc(a, n, sizeof *l->rows) : NULL;
    if (n && !l->rows)
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        const fnr_store_audit *s = &rows[i];
        fnr_audit_row *r = &l->rows[i];
        r->seq = s->seq;
        r->at = s->at;
        r->user = s->user;
        r->action = s->action;
        r->what = s->what;
        r->facts = s->facts;
        if (!parse_docs(a, s->docs, &r->docs, &r->n_docs))
            goto nomem;
        char *hex = fnr_arena_alloc(a, 2 * HASH_LEN + 1);
        if (!hex)
            goto nomem;
        to_hex(s->hash, HASH_LEN, hex);
        r->hash = hex;
    }
    l->n_rows = n;

    /* Reading the log is itself recorded. */
    fnr_buf what;
    fnr_buf_init(&what, 0);
    fnr_buf_puts(&what, "audit list");
    if (f->since)
        fnr_buf_printf(&what, " since=%s", f->since);
    if (f->user)
        fnr_buf_printf(&what, " user=%s", f->user);
    if (f->action)
        fnr_buf_printf(&what, " action=%s", f->action);
    if (f->limit)
        fnr_buf_printf(&what, " limit=%zu", f->limit);
    if (!what.data) {
        fnr_buf_destroy(&what);
        goto nomem;
    }
    rc = fnr__kb_audit(kb, who, "read", what.data, (long)n, NULL, 0, err);
    fnr_buf_destroy(&what);
    if (rc != FNR_OK)
        goto out;
    *out = l;
    return FNR_OK;
nomem:
    rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
out:
    fnr_audit_list_free(l);
    return rc;
}

/* ---- verifying ------------------------------------------------------------------------- */

typedef struct verify_state {
    int64_t next;           /* the seq the next record must have */
    uint8_t prev[HASH_LEN]; /* hash of the last good record */
    size_t checked;
    int64_t bad;    /* first bad record, 0 = none yet */
    bool want_head; /* an expected head was given */
    int64_t want_seq;
    uint8_t want[HASH_LEN];
    bool head_seen; /* the expected head is in the chain */
} verify_state;

static fnr_status verify_one(void *ctx, const fnr_store_audit *r, fnr_error *err)
{
    verify_state *v = ctx;
    v->checked++;
    uint8_t h[HASH_LEN];
    if (r->seq != v->next) {
        v->bad = v->next;
        if (r->seq > v->next) {
            fnr_error_set(err, FNR_BADINPUT, "audit record %lld is missing", (long long)v->next);
            if (r->seq - v->next == 1)
                fnr_error_detail(err, "The log goes from record %lld to record %lld.",
                                 (long long)(v->next - 1), (long long)r->seq);
            else
                fnr_error_detail(err,
                                 "Records %lld to %lld are missing: the log goes from %lld "
                                 "to %lld.",
                                 (long long)v->next, (long long)(r->seq - 1),
                                 (long long)(v->next - 1), (long long)r->seq);
        } else {
            fnr_error_set(err, FNR_BADINPUT, "audit record %lld is out of sequence",
                          (long long)v->next);
            fnr_error_detail(err, "Record %lld is followed by a record numbered %lld.",
                             (long long)(v->next - 1), (long long)r->seq);
        }
        return FNR_BADINPUT;
    }
    record_hash(r, r->prev, h);
    if (sodium_memcmp(h, r->hash, HASH_LEN) != 0) {
        v->bad = r->seq;
        fnr_error_set(err, FNR_BADINPUT, "audit record %lld was altered", (long long)r->seq);
        fnr_error_detail(err, "Its hash does not match its contents (%s by %s at %s).",
                         r->action ? r->action : "?", r->user ? r->user : "?", r->at ? r->at : "?");
        return FNR_BADINPUT;
    }
    if (sodium_memcmp(r->prev, v->prev, HASH_LEN) != 0) {
        v->bad = r->seq;
        if (r->seq == 1)
            fnr_error_set(err, FNR_BADINPUT, "audit record 1 is not the first record of a log");
        else
            fnr_error_set(err, FNR_BADINPUT, "audit record %lld does not follow record %lld",
                          (long long)r->seq, (long long)(r->seq - 1));
        fnr_error_detail(err, "Its link to the previous record does not match: records were "
                              "removed, inserted or reordered.");
        return FNR_BADINPUT;
    }
    if (v->want_head && (v->want_seq == 0 || v->want_seq == r->seq)) {
        if (sodium_memcmp(r->hash, v->want, HASH_LEN) == 0) {
            v->head_seen = true;
        } else if (v->want_seq == r->seq) {
            v->bad = r->seq;
            fnr_error_set(err, FNR_BADINPUT, "audit record %lld differs from the head kept",
                          (long long)r->seq);
            fnr_error_detail(err, "The chain was rewritten from record %lld or earlier.",
                             (long long)r->seq);
            return FNR_BADINPUT;
        }
    }
    memcpy(v->prev, r->hash, HASH_LEN);
    v->next = r->seq + 1;
    return FNR_OK;
}

fnr_status fnr_kb_audit_verify(fnr_kb *kb, const char *expect_head, int64_t *bad_seq,
                               size_t *checked, fnr_error *err)
{
    fnr_error_clear(err);
    if (bad_seq)
        *bad_seq = 0;
    if (checked)
        *checked = 0;
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (sodium_init() < 0)
        return fnr_error_set(err, FNR_INTERNAL, "could not initialise libsodium");
    verify_state v;
    memset(&v, 0, sizeof v);
    v.next = 1;
    if (expect_head) {
        if (!parse_head(expect_head, &v.want_seq, v.want)) {
            fnr_error_set(err, FNR_INVALID, "invalid audit head \"%s\"", expect_head);
            fnr_error_hint(err, "Give the 64 hex digits of a record's hash, or SEQ:HASH as "
                                "\"fener audit head\" prints it.");
            return FNR_INVALID;
        }
        v.want_head = true;
    }
    fnr_store *s = kb->store;
    char *meta = NULL;
    /* The records and the head the store keeps beside them (a cut tail
     * shows there), from one snapshot. */
    fnr_status rc = s->m->audit_each(s, verify_one, &v, &meta, err);
    if (rc != FNR_OK)
        goto out;
    int64_t last = v.next - 1;
    int64_t mseq = 0;
    uint8_t mhash[HASH_LEN];
    if (!meta) {
        if (last > 0) {
            v.bad = last;
            rc = fnr_error_set(err, FNR_BADINPUT,
                               "the store's audit head is missing (the log has %lld records)",
                               (long long)last);
            goto out;
        }
    } else if (!parse_head(meta, &mseq, mhash) || mseq == 0) {
        v.bad = last ? last : 1;
        rc =
            fnr_error_set(err, FNR_BADINPUT, "the store's audit head \"%.80s\" is malformed", meta);
        goto out;
    } else if (mseq > last) {
        v.bad = last + 1;
        if (mseq == last + 1)
            rc = fnr_error_set(err, FNR_BADINPUT, "audit record %lld is missing",
                               (long long)(last + 1));
        else
            rc = fnr_error_set(err, FNR_BADINPUT, "audit records %lld to %lld are missing",
                               (long long)(last + 1), (long long)mseq);
        fnr_error_detail(err, "The log ends at record %lld; the store's head says %lld.",
                         (long long)last, (long long)mseq);
        goto out;
    } else if (mseq < last) {
        v.bad = mseq + 1;
        rc = fnr_error_set(err, FNR_BADINPUT, "audit record %lld was added outside fener",
                           (long long)(mseq + 1));
        fnr_error_detail(err, "The store's head says the log ends at record %lld.",
                         (long long)mseq);
        goto out;
    } else if (sodium_memcmp(mhash, v.prev, HASH_LEN) != 0) {
        v.bad = last;
        rc =
            fnr_error_set(err, FNR_BADINPUT,
                          "audit record %lld differs from the store's audit head", (long long)last);
        goto out;
    }

    if (v.want_head && !v.head_seen) {
        if (v.want_seq > last) {
            v.bad = last + 1;
            if (v.want_seq == last + 1)
                rc = fnr_error_set(err, FNR_BADINPUT, "audit record %lld is missing",
                                   (long long)(last + 1));
            else
                rc = fnr_error_set(err, FNR_BADINPUT, "audit records %lld to %lld are missing",
                                   (long long)(last + 1), (long long)v.want_seq);
            fnr_error_detail(err, "The log ends at record %lld; the kept head is record %lld.",
                             (long long)last, (long long)v.want_seq);
        } else {
            rc = fnr_error_set(err, FNR_BADINPUT, "the audit log does not contain the head kept");
            fnr_error_detail(err, "No record has the hash %s.", expect_head);
        }
        goto out;
    }
out:
    if (bad_seq)
        *bad_seq = rc == FNR_BADINPUT ? v.bad : 0;
    if (checked)
        *checked = v.checked;
    fnr_free(meta);
    return rc;
}

fnr_status fnr_kb_audit_head(fnr_kb *kb, int64_t *seq, char hash[65], fnr_error *err)
{
    fnr_error_clear(err);
    if (seq)
        *seq = 0;
    if (hash) {
        memset(hash, '0', 64);
        hash[64] = 0;
    }
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    int64_t last = 0;
    uint8_t h[HASH_LEN];
    fnr_status rc = kb->store->m->audit_last(kb->store, &last, h, err);
    if (rc != FNR_OK)
        return rc;
    if (seq)
        *seq = last;
    if (hash)
        to_hex(h, HASH_LEN, hash);
    return FNR_OK;
}
