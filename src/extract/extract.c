/*
 * fnr_extract: one report in, its facts out.
 *
 * Decodes the bytes (text layer), splits sentences, then runs the stages of
 * extraction in order: tokens and keys, mentions, entities, relations,
 * events (which read the dates of the sentences they need). Everything of
 * one document lives in one arena owned by the returned fnr_facts. Also
 * writes facts as the JSON of `fener extract --json`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/json.h"
#include "extract/extract_int.h"

struct fnr_facts_int {
    fnr_arena arena;
    fnr_doc doc;
};

const char *fnr_entity_type_name(fnr_entity_type t)
{
    switch (t) {
    case FNR_ENTITY_PERSON:
        return "person";
    case FNR_ENTITY_ORGANIZATION:
        return "organization";
    case FNR_ENTITY_LOCATION:
        return "location";
    }
    return "unknown";
}

const char *fnr_event_type_name(fnr_event_type t)
{
    static const char *const names[] = { "unknown",       "arrest",    "kill",
                                         "attack",        "plot",      "seizure",
                                         "intel_sharing", "espionage", "military_operation",
                                         "legal_action" };
    return (t > 0 && t < FNR_EVENT_TYPE_COUNT) ? names[t] : "unknown";
}

const char *fnr_relation_type_name(fnr_relation_type t)
{
    switch (t) {
    case FNR_REL_MEMBER_OF:
        return "member_of";
    case FNR_REL_LEADER_OF:
        return "leader_of";
    case FNR_REL_LOCATED_IN:
        return "located_in";
    case FNR_REL_ASSOCIATED_WITH:
        return "associated_with";
    case FNR_REL_ALIAS_OF:
        return "alias_of";
    }
    return "unknown";
}

/*
 * Gathers keys derived from the lexicon's own (each key as `derive` gives
 * them, NUL after each) and tags them all with `tag`. Gathered first:
 * tagging may add keys, which the iteration must not see.
 */
static fnr_status tag_derived(fnr_extractor *x,
                              fnr_status (*derive)(fnr_extractor *x, fnr_buf *out, const char *key,
                                                   size_t key_len, const fnr_lex_key *k),
                              uint32_t tag)
{
    fnr_lexicon *lex = x->lex;
    fnr_buf keys;
    fnr_buf_init(&keys, 0);
    fnr_status st = FNR_OK;
    size_t it = 0;
    const char *key;
    size_t key_len;
    const fnr_lex_key *k;
    while (st == FNR_OK && fnr_lexicon_next_key(lex, &it, &key, &key_len, &k))
        st = derive(x, &keys, key, key_len, k);
    for (size_t at = 0; st == FNR_OK && at < keys.len;) {
        size_t n = strlen(keys.data + at);
        st = fnr_lexicon_tag(lex, keys.data + at, n, tag);
        at += n + 1;
    }
    fnr_buf_destroy(&keys);
    return st;
}

/* A demonym's key plus "s" ("turks" for "turk"): tagged, the token pass
 * learns from its one lookup that a capitalised "Turks" is a demonym. */
static fnr_status plural_demonym(fnr_extractor *x, fnr_buf *out, const char *key, size_t key_len,
                                 const fnr_lex_key *k)
{
    (void)x;
    if (!(k->classes & (1u << FNR_LEX_DEMONYM)) || key_len < 3)
        return FNR_OK;
    fnr_status st = fnr_buf_append(out, key, key_len);
    return st == FNR_OK ? fnr_buf_append(out, "s", 2) : st; /* "s" and its NUL */
}

/* Each phrase a trigger's key goes on from ("carried" and "carried out"
 * for "carried out raids"): tagged, events.c builds longer phrases only
 * where a trigger can still be found. The words after the first go into
 * x->trig_next on the same walk over the keys. */
static fnr_status trigger_prefixes(fnr_extractor *x, fnr_buf *out, const char *key, size_t key_len,
                                   const fnr_lex_key *k)
{
    if (!(k->classes & (1u << FNR_LEX_TRIGGER)))
        return FNR_OK;
    x_trigger_words_note(x, key, key_len);
    fnr_status st = FNR_OK;
    for (size_t i = 1; st == FNR_OK && i < key_len; i++)
        if (key[i] == ' ') {
            st = fnr_buf_append(out, key, i);
            if (st == FNR_OK)
                st = fnr_buf_putc(out, '\0');
        }
    return st;
}

static fnr_status tag_plural_demonyms(fnr_extractor *x)
{
    return tag_derived(x, plural_demonym, X_TAG_PLURAL_DEMONYM);
}

static fnr_status tag_trigger_prefixes(fnr_extractor *x)
{
    return tag_derived(x, trigger_prefixes, X_TAG_TRIGGER_PREFIX);
}

/* Tags the words a date without digits needs (fnr_date_anchor_word), so the
 * token pass tells which sentences may state a date at all (xsent.may_date). */
static fnr_status tag_date_words(fnr_lexicon *lex)
{
    const char *w;
    for (size_t i = 0; (w = fnr_date_anchor_word(i)) != NULL; i++) {
        fnr_status st = fnr_lexicon_tag(lex, w, strlen(w), X_TAG_DATE);
        if (st != FNR_OK)
            return st;
    }
    return FNR_OK;
}

fnr_status fnr_extractor_new(fnr_extractor **out, fnr_error *err)
{
    *out = NULL;
    fnr_extractor *x = fnr_calloc(1, sizeof *x);
    if (!x)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    x->lex = fnr_lexicon_new();
    if (!x->lex) {
        fnr_free(x);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    fnr_status st = fnr_lexicon_load_builtin(x->lex, err);
    if (st != FNR_OK) {
        fnr_extractor_free(x);
        return st;
    }
    if (x_word_classes(x->lex) != FNR_OK || x_ner_word_classes(x->lex) != FNR_OK ||
        tag_date_words(x->lex) != FNR_OK || tag_trigger_prefixes(x) != FNR_OK ||
        tag_plural_demonyms(x) != FNR_OK || x_fold_table(x) != FNR_OK) {
        fnr_extractor_free(x);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    x_class_flags_table(x);
    *out = x;
    return FNR_OK;
}

fnr_status fnr_extractor_add_dict(fnr_extractor *x, const char *path, fnr_error *err)
{
    fnr_status st = fnr_lexicon_load_file(x->lex, path, err);
    if (st == FNR_OK && (tag_plural_demonyms(x) != FNR_OK || tag_trigger_prefixes(x) != FNR_OK))
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    return st;
}

void fnr_extractor_free(fnr_extractor *x)
{
    if (!x)
        return;
    fnr_lexicon_free(x->lex);
    fnr_free(x);
}

void fnr_facts_free(fnr_facts *f)
{
    if (!f)
        return;
    if (f->internal) {
        fnr_doc_destroy(&f->internal->doc);
        fnr_arena_destroy(&f->internal->arena);
        fnr_free(f->internal);
    }
    fnr_free(f);
}

/* Room for what a report of n bytes usually holds, so that the vectors
 * are not grown (and copied) a step at a time: the generated reports and
 * the development set have about one sentence per 95 bytes, one mention
 * per 55, one event per 180 and one relation per 310. */
static fnr_status reserve_for(x_doc *d, fnr_vec *raw_sents, size_t n)
{
    /* past a megabyte (a long report is rarely that) the vectors grow as
     * they fill, so that an odd input does not reserve much it never uses */
    if (n > (size_t)1 << 20)
        n = (size_t)1 << 20;
    fnr_status st = fnr_vec_reserve(raw_sents, n / 64 + 8);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&d->sents, n / 64 + 8);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&d->mentions, n / 32 + 16);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&d->events, n / 128 + 8);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&d->rels, n / 128 + 8);
    return st;
}

static fnr_status run(x_doc *d)
{
    fnr_vec raw;
    fnr_vec_init(&raw, sizeof(fnr_sentence));
    fnr_status st = reserve_for(d, &raw, d->doc.len);
    if (st == FNR_OK)
        st = fnr_sentences_split(&d->doc, &raw);
    for (size_t i = 0; st == FNR_OK && i < raw.len; i++) {
        const fnr_sentence *rs = &FNR_VEC_AT(&raw, fnr_sentence, i);
        xsent s = { .start = (uint32_t)rs->start,
                    .end = (uint32_t)rs->end,
                    .block = rs->block,
                    .heading = rs->heading,
                    .para_start = rs->para_start };
        st = FNR_VEC_PUSH(&d->sents, xsent, s);
    }
    fnr_vec_destroy(&raw);
    if (st == FNR_OK)
        st = x_tokens_prepare(d);
    if (st == FNR_OK)
        st = x_mentions_find(d);
    if (st == FNR_OK)
        st = x_entities_build(d);
    if (st == FNR_OK)
        st = x_relations_find(d);
    if (st == FNR_OK)
        st = x_events_find(d);
    return st;
}

/* Moves the results of d into the public facts record. */
static fnr_status publish(x_doc *d, fnr_facts *f)
{
    const fnr_doc *doc = &d->doc;
    f->text = doc->text;
    f->text_len = doc->len;
    f->title = doc->title;
    if (doc->date.prec == FNR_DATE_DAY)
        fnr_date_format(&doc->date, f->date);
    f->input_bytes = doc->input_bytes;
    fnr_doc_sha256_hex(doc, f->sha256);
    f->html = doc->html;
    f->n_repaired = doc->n_repaired;
    f->n_sentences = d->sents.len;
    f->sentences = fnr_arena_calloc(d->arena, d->sents.len + 1, sizeof *f->sentences);
    if (!f->sentences)
        return FNR_NOMEM;
    for (size_t i = 0; i < d->sents.len; i++) {
        f->sentences[i].start = x_sent(d, i)->start;
        f->sentences[i].end = x_sent(d, i)->end;
        f->sentences[i].heading = x_sent(d, i)->heading;
    }
    f->entities = d->ents;
    f->n_entities = d->n_ents;
    size_t nb = d->events.len * sizeof(fnr_event);
    f->events = fnr_arena_alloc(d->arena, nb + 1);
    size_t rb = d->rels.len * sizeof(fnr_relation);
    f->relations = fnr_arena_alloc(d->arena, rb + 1);
    if (!f->events || !f->relations)
        return FNR_NOMEM;
    if (nb)
        memcpy(f->events, d->events.data, nb);
    if (rb)
        memcpy(f->relations, d->rels.data, rb);
    f->n_events = d->events.len;
    f->n_relations = d->rels.len;
    return FNR_OK;
}

fnr_status fnr_extract(const fnr_extractor *x, const char *bytes, size_t len,
                       const fnr_extract_opts *opts, fnr_facts **out, fnr_error *err)
{
    *out = NULL;
    fnr_extract_opts none = { 0 };
    if (!opts)
        opts = &none;
    fnr_decode_opts dopts = { 0 };
    dopts.format = opts->format == FNR_INPUT_HTML   ? FNR_FORMAT_HTML
                   : opts->format == FNR_INPUT_TEXT ? FNR_FORMAT_TEXT
                                                    : FNR_FORMAT_AUTO;
    dopts.lenient = opts->lenient;
    dopts.max_bytes = opts->max_bytes;
    if (opts->date && !fnr_date_parse_iso(opts->date, strlen(opts->date), &dopts.date))
        return fnr_error_set(err, FNR_INVALID, "invalid document date \"%s\": expected YYYY-MM-DD",
                             opts->date);

    fnr_facts *f = fnr_calloc(1, sizeof *f);
    struct fnr_facts_int *in = fnr_calloc(1, sizeof *in);
    if (!f || !in) {
        fnr_free(f);
        fnr_free(in);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    f->internal = in;
    fnr_arena_init(&in->arena, 1 << 16);

    x_doc d = { 0 };
    d.x = x;
    d.arena = &in->arena;
    fnr_vec_init(&d.toks, sizeof(xtok));
    fnr_vec_init(&d.sents, sizeof(xsent));
    fnr_vec_init(&d.mentions, sizeof(xmention));
    fnr_vec_init(&d.events, sizeof(fnr_event));
    fnr_vec_init(&d.rels, sizeof(fnr_relation));
    fnr_vec_init(&d.trig_toks, sizeof(uint32_t));
    fnr_vec_init(&d.body_toks, sizeof(uint32_t));
    fnr_buf_init(&d.scratch, 0);

    fnr_status st = fnr_doc_decode(bytes, len, &dopts, &in->doc, err);
    if (st == FNR_OK) {
        d.doc = in->doc; /* shallow view; in->doc keeps ownership */
        st = run(&d);
        if (st == FNR_OK)
            st = publish(&d, f);
        if (st != FNR_OK)
            fnr_error_set(err, st, "could not extract facts: %s", fnr_status_text(st));
    }
    fnr_vec_destroy(&d.toks);
    fnr_vec_destroy(&d.sents);
    fnr_vec_destroy(&d.mentions);
    fnr_vec_destroy(&d.events);
    fnr_vec_destroy(&d.rels);
    fnr_vec_destroy(&d.trig_toks);
    fnr_vec_destroy(&d.body_toks);
    fnr_buf_destroy(&d.scratch);
    if (st != FNR_OK) {
        fnr_facts_free(f);
        return st;
    }
    *out = f;
    return FNR_OK;
}

/* ---- JSON --------------------------------------------------------------- */

/*
 * The facts are written by a writer of their own rather than through
 * base/json.h's checked one: the keys are literals written with their
 * punctuation in one copy, and room is made once per value instead of once
 * per byte. Strings and numbers come out as base/json.h writes them, so the
 * bytes are those fnr_json would give; an indented form is the compact one
 * laid out by fnr_json_reindent.
 */
typedef struct jw {
    fnr_buf *b;
    char *p;   /* next byte to write, in b->data */
    char *end; /* b->data + b->cap - 1: the NUL's byte is kept */
    fnr_status st;
    uint64_t conf_bits; /* the last confidence written (its bits) ... */
    char conf[16];      /* ... and its text, conf_len bytes (0: none yet) */
    size_t conf_len;
    /* Where each entity's name was written in its own record: name_at[2 * i]
     * bytes into b->data, name_at[2 * i + 1] bytes long (0: not yet). Events
     * and relations name entities again and again; their names are copied
     * from there instead of being escaped once more. Owned; NULL when it
     * could not be allocated (the names are then written anew). */
    size_t *name_at;
} jw;

/* Makes room for n more bytes; false (and st set) when that fails. */
static bool jw_grow(jw *w, size_t n)
{
    if (w->st != FNR_OK)
        return false;
    w->b->len = w->b->data ? (size_t)(w->p - w->b->data) : 0;
    fnr_status st = fnr_buf_reserve(w->b, n);
    if (st != FNR_OK) {
        w->st = st;
        return false;
    }
    w->p = w->b->data + w->b->len;
    w->end = w->b->data + w->b->cap - 1;
    return true;
}

static inline bool jw_need(jw *w, size_t n)
{
    return (size_t)(w->end - w->p) >= n || jw_grow(w, n);
}

/* Room for a whole record of at most n bytes; fits is false when working
 * n out overflowed (the writer then fails as jw_grow does). */
static inline bool jw_need_record(jw *w, bool fits, size_t n)
{
    if (!fits) {
        if (w->st == FNR_OK)
            w->st = FNR_TOOBIG;
        return false;
    }
    return jw_need(w, n);
}

static inline void jw_put(jw *w, const char *s, size_t n)
{
    if (!jw_need(w, n))
        return;
    memcpy(w->p, s, n);
    w->p += n;
}

/* A literal: keys with their quotes, colon and the comma before them. */
#define JW_LIT(w, lit) jw_put((w), (lit), sizeof(lit) - 1)

static void jw_str(jw *w, const char *s, size_t len)
{
    if (len > (SIZE_MAX - 8) / 6 || !jw_need(w, 6 * len + 2))
        return;
    *w->p++ = '"';
    w->p += fnr_json_escape_raw(w->p, s, len);
    *w->p++ = '"';
}

static void jw_cstr(jw *w, const char *s)
{
    if (s)
        jw_str(w, s, strlen(s));
    else
        JW_LIT(w, "null");
}

/* A string this module made of plain ASCII that needs no escape (ids,
 * dates, type, precision and rule names, the hex digest): copied as it is. */
static void jw_plain(jw *w, const char *s)
{
    size_t len = strlen(s);
    if (!jw_need(w, len + 2))
        return;
    *w->p++ = '"';
    memcpy(w->p, s, len);
    w->p += len;
    *w->p++ = '"';
}

/* Writes without a check, into room made before for a whole record (one
 * jw_need instead of one a value): each takes where to write and returns
 * the byte after what it wrote. */
static inline char *jp_put(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

#define JP_LIT(p, lit) ((p) = jp_put((p), (lit), sizeof(lit) - 1))

/* A string, escaped: at most 6 * len + 2 bytes. */
static inline char *jp_str(char *p, const char *s, size_t len)
{
    *p++ = '"';
    p += fnr_json_escape_raw(p, s, len);
    *p++ = '"';
    return p;
}

/* A plain string (see jw_plain) of len bytes: len + 2. */
static inline char *jp_plain(char *p, const char *s, size_t len)
{
    *p++ = '"';
    memcpy(p, s, len);
    p += len;
    *p++ = '"';
    return p;
}

/* An integer, as fnr_json_format_int writes it: at most FNR_JSON_INT_MAX
 * bytes. Offsets and counts are what this module writes most (four per
 * mention): a non-negative one is written here, its digits counted first
 * and then put straight into place, without the generic function's copy
 * through a buffer. */
static char *jp_int(char *p, int64_t v)
{
    if (v < 0 || v >= 1000000000)
        return p + fnr_json_format_int(p, v);
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    uint32_t u = (uint32_t)v;
    size_t n = u < 10          ? 1
               : u < 100       ? 2
               : u < 1000      ? 3
               : u < 10000     ? 4
               : u < 100000    ? 5
               : u < 1000000   ? 6
               : u < 10000000  ? 7
               : u < 100000000 ? 8
                               : 9;
    char *q = p + n;
    while (u >= 100) {
        uint32_t r = u % 100;
        u /= 100;
        q -= 2;
        memcpy(q, pairs + 2 * r, 2);
    }
    if (u >= 10) {
        q -= 2;
        memcpy(q, pairs + 2 * u, 2);
    } else {
        *--q = (char)('0' + u);
    }
    return p + n;
}

static void jw_int(jw *w, int64_t v)
{
    if (jw_need(w, FNR_JSON_INT_MAX))
        w->p = jp_int(w->p, v);
}

/* An event's confidence (two decimals): a few values make them all, so the
 * text of the last one is kept and copied when the next is the same. */
static void jw_confidence(jw *w, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    if (w->conf_len && bits == w->conf_bits) {
        jw_put(w, w->conf, w->conf_len);
        return;
    }
    if (!jw_need(w, FNR_JSON_DOUBLE_MAX))
        return;
    size_t n = fnr_json_format_double(w->p, v, 2);
    if (n <= sizeof w->conf) {
        memcpy(w->conf, w->p, n);
        w->conf_len = n;
        w->conf_bits = bits;
    }
    w->p += n;
}

/* Entity i's name again: the bytes written in its own record, copied. */
static void jw_name(jw *w, const fnr_facts *f, size_t i)
{
    size_t n = w->name_at ? w->name_at[2 * i + 1] : 0;
    if (n == 0) {
        jw_cstr(w, f->entities[i].name);
        return;
    }
    if (!jw_need(w, n))
        return;
    memcpy(w->p, w->b->data + w->name_at[2 * i], n);
    w->p += n;
}

static void jw_names(jw *w, const fnr_facts *f, const int *idx, size_t n)
{
    JW_LIT(w, "[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            JW_LIT(w, ",");
        jw_name(w, f, (size_t)idx[i]);
    }
    JW_LIT(w, "]");
}

static void compact_json(const fnr_facts *f, jw *w)
{
    JW_LIT(w, "{\"document\":{\"title\":");
    jw_cstr(w, f->title);
    JW_LIT(w, ",\"date\":");
    if (f->date[0])
        jw_plain(w, f->date);
    else
        JW_LIT(w, "null");
    JW_LIT(w, ",\"bytes\":");
    jw_int(w, (int64_t)f->input_bytes);
    JW_LIT(w, ",\"sha256\":");
    jw_plain(w, f->sha256);
    if (f->html)
        JW_LIT(w, ",\"format\":\"html\",\"sentences\":");
    else
        JW_LIT(w, ",\"format\":\"text\",\"sentences\":");
    jw_int(w, (int64_t)f->n_sentences);
    if (f->n_repaired) {
        JW_LIT(w, ",\"repaired_bytes\":");
        jw_int(w, (int64_t)f->n_repaired);
    }
    JW_LIT(w, "},\"entities\":[");
    for (size_t i = 0; i < f->n_entities; i++) {
        const fnr_entity *e = &f->entities[i];
        /* the id, type and name in one piece */
        const char *tn = fnr_entity_type_name(e->type);
        size_t id_len = strlen(e->id), tn_len = strlen(tn);
        size_t name_len = e->name ? strlen(e->name) : 0;
        if (!jw_need_record(w, name_len <= (SIZE_MAX - 256) / 6 - id_len - tn_len,
                            id_len + tn_len + 6 * name_len + 64))
            break;
        char *p = w->p;
        if (i)
            *p++ = ',';
        JP_LIT(p, "{\"id\":");
        p = jp_plain(p, e->id, id_len);
        JP_LIT(p, ",\"type\":");
        p = jp_plain(p, tn, tn_len);
        JP_LIT(p, ",\"name\":");
        char *name = p;
        if (e->name)
            p = jp_str(p, e->name, name_len);
        else
            JP_LIT(p, "null");
        if (w->name_at) {
            w->name_at[2 * i] = (size_t)(name - w->b->data);
            w->name_at[2 * i + 1] = (size_t)(p - name);
        }
        w->p = p;
        JW_LIT(w, ",\"aliases\":[");
        for (size_t k = 0; k < e->n_aliases; k++) {
            if (k)
                JW_LIT(w, ",");
            jw_cstr(w, e->aliases[k]);
        }
        JW_LIT(w, "]");
        if (e->canonical) {
            JW_LIT(w, ",\"canonical\":");
            jw_cstr(w, e->canonical);
        }
        /* the kind, country and place in one piece */
        size_t kind_len = e->kind ? strlen(e->kind) : 0;
        size_t country_len = strlen(e->country);
        if (!jw_need_record(w, kind_len <= (SIZE_MAX - 1024) / 6,
                            6 * (kind_len + country_len) + 2 * FNR_JSON_DOUBLE_MAX + 96))
            break;
        p = w->p;
        JP_LIT(p, ",\"kind\":");
        if (e->kind)
            p = jp_str(p, e->kind, kind_len);
        else
            JP_LIT(p, "null");
        JP_LIT(p, ",\"country\":");
        if (e->country[0])
            p = jp_str(p, e->country, country_len);
        else
            JP_LIT(p, "null");
        if (e->has_coords) {
            JP_LIT(p, ",\"lat\":");
            p += fnr_json_format_double(p, e->lat, 4);
            JP_LIT(p, ",\"lon\":");
            p += fnr_json_format_double(p, e->lon, 4);
        }
        JP_LIT(p, ",\"mentions\":[");
        w->p = p;
        /* a mention's record in one piece: room for its text escaped, its
         * rule (most of an entity's mentions share one), three numbers and
         * the keys */
        const char *rule = NULL;
        size_t rule_len = 0;
        for (size_t k = 0; k < e->n_mentions; k++) {
            const fnr_mention *m = &e->mentions[k];
            size_t len = m->end - m->start;
            if (m->rule != rule) {
                rule = m->rule;
                rule_len = strlen(rule);
            }
            if (!jw_need_record(w, len <= f->text_len,
                                6 * len + rule_len + 3 * FNR_JSON_INT_MAX + 64))
                break;
            p = w->p;
            if (k)
                *p++ = ',';
            JP_LIT(p, "{\"start\":");
            p = jp_int(p, (int64_t)m->start);
            JP_LIT(p, ",\"end\":");
            p = jp_int(p, (int64_t)m->end);
            JP_LIT(p, ",\"text\":");
            p = jp_str(p, f->text + m->start, len);
            JP_LIT(p, ",\"sentence\":");
            p = jp_int(p, (int64_t)m->sentence);
            JP_LIT(p, ",\"rule\":");
            p = jp_plain(p, rule, rule_len);
            *p++ = '}';
            w->p = p;
        }
        JW_LIT(w, "]}");
    }
    JW_LIT(w, "],\"events\":[");
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *v = &f->events[i];
        /* the id, type, code and dates in one piece */
        const char *tn = fnr_event_type_name(v->type);
        size_t id_len = strlen(v->id), tn_len = strlen(tn);
        size_t cameo_len = v->cameo ? strlen(v->cameo) : 0;
        size_t date_len = strlen(v->date), end_len = strlen(v->date_end);
        size_t prec_len = v->precision ? strlen(v->precision) : 0;
        if (!jw_need_record(w, cameo_len <= (SIZE_MAX - 1024) / 6 - id_len - tn_len - prec_len,
                            id_len + tn_len + 6 * cameo_len + date_len + end_len + prec_len + 160))
            break;
        char *p = w->p;
        if (i)
            *p++ = ',';
        JP_LIT(p, "{\"id\":");
        p = jp_plain(p, v->id, id_len);
        JP_LIT(p, ",\"type\":");
        p = jp_plain(p, tn, tn_len);
        JP_LIT(p, ",\"cameo\":");
        if (v->cameo)
            p = jp_str(p, v->cameo, cameo_len);
        else
            JP_LIT(p, "null");
        JP_LIT(p, ",\"date\":");
        if (v->date[0])
            p = jp_plain(p, v->date, date_len);
        else
            JP_LIT(p, "null");
        if (v->date_end[0]) {
            JP_LIT(p, ",\"date_end\":");
            p = jp_plain(p, v->date_end, end_len);
        }
        JP_LIT(p, ",\"precision\":");
        if (v->precision)
            p = jp_plain(p, v->precision, prec_len);
        else
            JP_LIT(p, "null");
        w->p = p;
        JW_LIT(w, ",\"location\":");
        if (v->location >= 0)
            jw_name(w, f, (size_t)v->location);
        else
            JW_LIT(w, "null");
        if (v->location_inferred)
            JW_LIT(w, ",\"location_inferred\":true");
        JW_LIT(w, ",\"actors\":");
        jw_names(w, f, v->actors, v->n_actors);
        JW_LIT(w, ",\"targets\":");
        jw_names(w, f, v->targets, v->n_targets);
        /* the count, the sentence and the trigger in one piece */
        size_t len = v->end - v->start, tlen = v->trigger_end - v->trigger_start;
        if (!jw_need_record(w, len <= f->text_len && tlen <= f->text_len,
                            6 * (len + tlen) + 3 * FNR_JSON_INT_MAX + 64))
            break;
        p = w->p;
        JP_LIT(p, ",\"count\":");
        if (v->count >= 0)
            p = jp_int(p, v->count);
        else
            JP_LIT(p, "null");
        JP_LIT(p, ",\"text\":");
        p = jp_str(p, f->text + v->start, len);
        JP_LIT(p, ",\"start\":");
        p = jp_int(p, (int64_t)v->start);
        JP_LIT(p, ",\"end\":");
        p = jp_int(p, (int64_t)v->end);
        JP_LIT(p, ",\"trigger\":");
        p = jp_str(p, f->text + v->trigger_start, tlen);
        JP_LIT(p, ",\"confidence\":");
        w->p = p;
        jw_confidence(w, v->confidence);
        JW_LIT(w, ",\"rule\":");
        jw_plain(w, v->rule);
        JW_LIT(w, "}");
    }
    JW_LIT(w, "],\"relations\":[");
    for (size_t i = 0; i < f->n_relations; i++) {
        const fnr_relation *r = &f->relations[i];
        if (i)
            JW_LIT(w, ",");
        JW_LIT(w, "{\"type\":");
        jw_plain(w, fnr_relation_type_name(r->type));
        JW_LIT(w, ",\"source\":");
        jw_name(w, f, (size_t)r->source);
        JW_LIT(w, ",\"target\":");
        jw_name(w, f, (size_t)r->target);
        /* the role, the evidence and the rule in one piece */
        size_t role_len = r->role ? strlen(r->role) : 0, rule_len = strlen(r->rule);
        if (!jw_need_record(w, role_len <= (SIZE_MAX - 256) / 6 - rule_len,
                            6 * role_len + rule_len + 2 * FNR_JSON_INT_MAX + 64))
            break;
        char *p = w->p;
        JP_LIT(p, ",\"role\":");
        if (r->role)
            p = jp_str(p, r->role, role_len);
        else
            JP_LIT(p, "null");
        JP_LIT(p, ",\"start\":");
        p = jp_int(p, (int64_t)r->start);
        JP_LIT(p, ",\"end\":");
        p = jp_int(p, (int64_t)r->end);
        JP_LIT(p, ",\"rule\":");
        p = jp_plain(p, r->rule, rule_len);
        *p++ = '}';
        w->p = p;
    }
    JW_LIT(w, "]}");
}

fnr_status fnr_facts_to_json(const fnr_facts *f, int indent, char **out_json, size_t *out_len,
                             fnr_error *err)
{
    *out_json = NULL;
    *out_len = 0;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    jw w = { .b = &b, .st = FNR_OK };
    if (f->n_entities)
        w.name_at = fnr_calloc(2 * f->n_entities, sizeof *w.name_at);
    /* JSON runs about six times the text (five to seven): few reallocations */
    if (jw_grow(&w, f->text_len * 7 + 4096))
        compact_json(f, &w);
    fnr_free(w.name_at);
    fnr_status st = w.st;
    if (st == FNR_OK) {
        b.len = (size_t)(w.p - b.data);
        b.data[b.len] = '\0';
    }
    if (st == FNR_OK && indent > 0) {
        fnr_buf pretty;
        fnr_buf_init(&pretty, 0);
        st = fnr_json_reindent(b.data, b.len, indent, &pretty);
        fnr_buf_destroy(&b);
        b = pretty;
    }
    if (st != FNR_OK) {
        fnr_buf_destroy(&b);
        return fnr_error_set(err, st, "could not write JSON: %s", fnr_status_text(st));
    }
    *out_json = fnr_buf_take(&b, out_len);
    if (!*out_json)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    return FNR_OK;
}
