/*
 * fnr_extract: one report in, its facts out.
 *
 * Decodes the bytes (text layer), splits sentences, then runs the stages of
 * extraction in order: tokens and keys, mentions, entities, relations, dates
 * carried through paragraphs, events. Everything of one document lives in
 * one arena owned by the returned fnr_facts. Also writes facts as the JSON of
 * `fener extract --json`.
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
    fnr_map_init(&x->word_class);
    if (x_word_classes(&x->word_class) != FNR_OK) {
        fnr_extractor_free(x);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    *out = x;
    return FNR_OK;
}

fnr_status fnr_extractor_add_dict(fnr_extractor *x, const char *path, fnr_error *err)
{
    return fnr_lexicon_load_file(x->lex, path, err);
}

void fnr_extractor_free(fnr_extractor *x)
{
    if (!x)
        return;
    fnr_lexicon_free(x->lex);
    fnr_map_destroy(&x->word_class);
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

/* Dates carried to sentences that state none: the last date stated holds
 * until the next heading ("In December 2023, ... The suspect was found to
 * have ..."). */
static void carry_dates(x_doc *d)
{
    fnr_date section = { 0 }, block = { 0 };
    uint32_t cur_block = UINT32_MAX;
    for (size_t i = 0; i < d->sents.len; i++) {
        xsent *s = x_sent(d, i);
        if (s->heading) {
            memset(&section, 0, sizeof section);
            memset(&block, 0, sizeof block);
            s->carried.prec = FNR_DATE_NONE;
            continue;
        }
        if (s->block != cur_block) {
            memset(&block, 0, sizeof block);
            cur_block = s->block;
        }
        s->carried = block.prec != FNR_DATE_NONE ? block : section;
        fnr_date_span sp[4];
        size_t n = fnr_date_scan(d->doc.text + s->start, s->end - s->start, &d->doc.date, sp, 4);
        memset(&s->date, 0, sizeof s->date);
        for (size_t k = 0; k < n && k < 4; k++)
            if (sp[k].start.prec != FNR_DATE_NONE) {
                s->date = sp[k];
                break;
            }
        if (s->date.start.prec == FNR_DATE_NONE)
            continue;
        block = s->date.start;
        section = s->date.start;
    }
}

static fnr_status run(x_doc *d)
{
    fnr_vec raw;
    fnr_vec_init(&raw, sizeof(fnr_sentence));
    fnr_status st = fnr_sentences_split(&d->doc, &raw);
    for (size_t i = 0; st == FNR_OK && i < raw.len; i++) {
        const fnr_sentence *rs = &FNR_VEC_AT(&raw, fnr_sentence, i);
        xsent s = { .start = (uint32_t)rs->start,
                    .end = (uint32_t)rs->end,
                    .block = rs->block,
                    .heading = rs->heading,
                    .para_start = rs->para_start };
        st = fnr_vec_push(&d->sents, &s);
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
    if (st == FNR_OK) {
        carry_dates(d);
        st = x_events_find(d);
    }
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
    if (st != FNR_OK) {
        fnr_facts_free(f);
        return st;
    }
    *out = f;
    return FNR_OK;
}

/* ---- JSON --------------------------------------------------------------- */

static void json_names(fnr_json *j, const fnr_facts *f, const int *idx, size_t n)
{
    fnr_json_array_begin(j);
    for (size_t i = 0; i < n; i++)
        fnr_json_cstr(j, f->entities[idx[i]].name);
    fnr_json_array_end(j);
}

fnr_status fnr_facts_to_json(const fnr_facts *f, int indent, char **out_json, size_t *out_len,
                             fnr_error *err)
{
    *out_json = NULL;
    *out_len = 0;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, indent);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "document");
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "title");
    fnr_json_cstr(&j, f->title);
    fnr_json_key(&j, "date");
    if (f->date[0])
        fnr_json_cstr(&j, f->date);
    else
        fnr_json_null(&j);
    fnr_json_key(&j, "bytes");
    fnr_json_int(&j, (int64_t)f->input_bytes);
    fnr_json_key(&j, "sha256");
    fnr_json_cstr(&j, f->sha256);
    fnr_json_key(&j, "format");
    fnr_json_cstr(&j, f->html ? "html" : "text");
    fnr_json_key(&j, "sentences");
    fnr_json_int(&j, (int64_t)f->n_sentences);
    if (f->n_repaired) {
        fnr_json_key(&j, "repaired_bytes");
        fnr_json_int(&j, (int64_t)f->n_repaired);
    }
    fnr_json_object_end(&j);

    fnr_json_key(&j, "entities");
    fnr_json_array_begin(&j);
    for (size_t i = 0; i < f->n_entities; i++) {
        const fnr_entity *e = &f->entities[i];
        fnr_json_object_begin(&j);
        fnr_json_key(&j, "id");
        fnr_json_cstr(&j, e->id);
        fnr_json_key(&j, "type");
        fnr_json_cstr(&j, fnr_entity_type_name(e->type));
        fnr_json_key(&j, "name");
        fnr_json_cstr(&j, e->name);
        fnr_json_key(&j, "aliases");
        fnr_json_array_begin(&j);
        for (size_t k = 0; k < e->n_aliases; k++)
            fnr_json_cstr(&j, e->aliases[k]);
        fnr_json_array_end(&j);
        if (e->canonical) {
            fnr_json_key(&j, "canonical");
            fnr_json_cstr(&j, e->canonical);
        }
        fnr_json_key(&j, "kind");
        fnr_json_cstr(&j, e->kind);
        fnr_json_key(&j, "country");
        if (e->country[0])
            fnr_json_cstr(&j, e->country);
        else
            fnr_json_null(&j);
        if (e->has_coords) {
            fnr_json_key(&j, "lat");
            fnr_json_double(&j, e->lat, 4);
            fnr_json_key(&j, "lon");
            fnr_json_double(&j, e->lon, 4);
        }
        fnr_json_key(&j, "mentions");
        fnr_json_array_begin(&j);
        for (size_t k = 0; k < e->n_mentions; k++) {
            const fnr_mention *m = &e->mentions[k];
            fnr_json_object_begin(&j);
            fnr_json_key(&j, "start");
            fnr_json_int(&j, (int64_t)m->start);
            fnr_json_key(&j, "end");
            fnr_json_int(&j, (int64_t)m->end);
            fnr_json_key(&j, "text");
            fnr_json_string(&j, f->text + m->start, m->end - m->start);
            fnr_json_key(&j, "sentence");
            fnr_json_int(&j, (int64_t)m->sentence);
            fnr_json_key(&j, "rule");
            fnr_json_cstr(&j, m->rule);
            fnr_json_object_end(&j);
        }
        fnr_json_array_end(&j);
        fnr_json_object_end(&j);
    }
    fnr_json_array_end(&j);

    fnr_json_key(&j, "events");
    fnr_json_array_begin(&j);
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *v = &f->events[i];
        fnr_json_object_begin(&j);
        fnr_json_key(&j, "id");
        fnr_json_cstr(&j, v->id);
        fnr_json_key(&j, "type");
        fnr_json_cstr(&j, fnr_event_type_name(v->type));
        fnr_json_key(&j, "cameo");
        fnr_json_cstr(&j, v->cameo);
        fnr_json_key(&j, "date");
        if (v->date[0])
            fnr_json_cstr(&j, v->date);
        else
            fnr_json_null(&j);
        if (v->date_end[0]) {
            fnr_json_key(&j, "date_end");
            fnr_json_cstr(&j, v->date_end);
        }
        fnr_json_key(&j, "precision");
        fnr_json_cstr(&j, v->precision);
        fnr_json_key(&j, "location");
        fnr_json_cstr(&j, v->location >= 0 ? f->entities[v->location].name : NULL);
        fnr_json_key(&j, "actors");
        json_names(&j, f, v->actors, v->n_actors);
        fnr_json_key(&j, "targets");
        json_names(&j, f, v->targets, v->n_targets);
        fnr_json_key(&j, "count");
        if (v->count >= 0)
            fnr_json_int(&j, v->count);
        else
            fnr_json_null(&j);
        fnr_json_key(&j, "text");
        fnr_json_string(&j, f->text + v->start, v->end - v->start);
        fnr_json_key(&j, "start");
        fnr_json_int(&j, (int64_t)v->start);
        fnr_json_key(&j, "end");
        fnr_json_int(&j, (int64_t)v->end);
        fnr_json_key(&j, "trigger");
        fnr_json_string(&j, f->text + v->trigger_start, v->trigger_end - v->trigger_start);
        fnr_json_key(&j, "confidence");
        fnr_json_double(&j, v->confidence, 2);
        fnr_json_key(&j, "rule");
        fnr_json_cstr(&j, v->rule);
        fnr_json_object_end(&j);
    }
    fnr_json_array_end(&j);

    fnr_json_key(&j, "relations");
    fnr_json_array_begin(&j);
    for (size_t i = 0; i < f->n_relations; i++) {
        const fnr_relation *r = &f->relations[i];
        fnr_json_object_begin(&j);
        fnr_json_key(&j, "type");
        fnr_json_cstr(&j, fnr_relation_type_name(r->type));
        fnr_json_key(&j, "source");
        fnr_json_cstr(&j, f->entities[r->source].name);
        fnr_json_key(&j, "target");
        fnr_json_cstr(&j, f->entities[r->target].name);
        fnr_json_key(&j, "role");
        fnr_json_cstr(&j, r->role);
        fnr_json_key(&j, "start");
        fnr_json_int(&j, (int64_t)r->start);
        fnr_json_key(&j, "end");
        fnr_json_int(&j, (int64_t)r->end);
        fnr_json_key(&j, "rule");
        fnr_json_cstr(&j, r->rule);
        fnr_json_object_end(&j);
    }
    fnr_json_array_end(&j);
    fnr_json_object_end(&j);
    fnr_status st = fnr_json_finish(&j);
    if (st != FNR_OK) {
        fnr_buf_destroy(&b);
        return fnr_error_set(err, st, "could not write JSON: %s", fnr_status_text(st));
    }
    *out_json = fnr_buf_take(&b, out_len);
    if (!*out_json)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    return FNR_OK;
}
