/*
 * Fuzz target for extraction: untrusted report bytes in, facts and their
 * JSON out. Each input goes through fnr_extract under every combination of
 * detected and forced-HTML decoding with lenient and strict UTF-8, then
 * through fnr_facts_to_json; everything is freed before returning, so
 * LeakSanitizer sees any leak. Beyond "no crash, no leak" it checks what
 * callers rely on: statuses are the documented ones, every span and index in
 * the facts points inside the text and the entity table, the JSON is one
 * object, and extraction is deterministic (the same input twice gives the
 * same JSON). One extractor is built on first use and kept: it is read-only,
 * and building it per input would make the fuzzer measure dictionary loading.
 *
 * Built as a libFuzzer binary (FENER_FUZZ) and, with replay.c, as a plain
 * program that CTest runs over tests/fuzz/corpus/extract.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fener/extract.h"
#include "fuzz.h"

/* Not library code: a broken invariant must stop the fuzzer with a stack. */
#define CHECK(cond)                                                                      \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "fuzz_extract: check failed: %s (%s:%d)\n", #cond, __FILE__, \
                    __LINE__);                                                           \
            abort();                                                                     \
        }                                                                                \
    } while (0)

static fnr_extractor *extractor(void)
{
    static fnr_extractor *x;
    if (!x) {
        fnr_error err;
        if (fnr_extractor_new(&x, &err) != FNR_OK) {
            fprintf(stderr, "fuzz_extract: could not build the extractor: %s\n", err.message);
            abort();
        }
    }
    return x;
}

static void check_index(const fnr_facts *f, int i, bool allow_none)
{
    if (allow_none && i == -1)
        return;
    CHECK(i >= 0 && (size_t)i < f->n_entities);
}

/* Every position in the facts must point into the text and the tables. */
static void check_facts(const fnr_facts *f)
{
    CHECK(f->text != NULL || f->text_len == 0);
    for (size_t i = 0; i < f->n_sentences; i++) {
        CHECK(f->sentences[i].start <= f->sentences[i].end);
        CHECK(f->sentences[i].end <= f->text_len);
    }
    for (size_t i = 0; i < f->n_entities; i++) {
        const fnr_entity *e = &f->entities[i];
        CHECK(e->name != NULL);
        CHECK(memchr(e->id, '\0', sizeof e->id) != NULL);
        for (size_t a = 0; a < e->n_aliases; a++)
            CHECK(e->aliases[a] != NULL);
        for (size_t m = 0; m < e->n_mentions; m++) {
            CHECK(e->mentions[m].start <= e->mentions[m].end);
            CHECK(e->mentions[m].end <= f->text_len);
            CHECK(e->mentions[m].sentence < f->n_sentences);
        }
    }
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *v = &f->events[i];
        CHECK(v->type >= FNR_EVENT_ARREST && v->type < FNR_EVENT_TYPE_COUNT);
        CHECK(v->start <= v->end && v->end <= f->text_len);
        CHECK(v->trigger_start <= v->trigger_end && v->trigger_end <= f->text_len);
        CHECK(v->sentence < f->n_sentences);
        CHECK(memchr(v->date, '\0', sizeof v->date) != NULL);
        check_index(f, v->location, true);
        for (size_t a = 0; a < v->n_actors; a++)
            check_index(f, v->actors[a], false);
        for (size_t a = 0; a < v->n_targets; a++)
            check_index(f, v->targets[a], false);
        CHECK(v->confidence >= 0.0 && v->confidence <= 1.0);
    }
    for (size_t i = 0; i < f->n_relations; i++) {
        const fnr_relation *r = &f->relations[i];
        check_index(f, r->source, false);
        check_index(f, r->target, false);
        CHECK(r->start <= r->end && r->end <= f->text_len);
    }
}

/* Returns the JSON of one run (caller frees), or NULL if extraction refused
 * the input with a documented status. */
static char *run(const uint8_t *data, size_t size, fnr_input_format format, bool lenient)
{
    fnr_extract_opts opts = { .format = format, .lenient = lenient };
    fnr_facts *f = NULL;
    fnr_error err;
    fnr_status st = fnr_extract(extractor(), (const char *)data, size, &opts, &f, &err);
    if (st != FNR_OK) {
        CHECK(f == NULL);
        CHECK(st == FNR_BADINPUT || st == FNR_TOOBIG || st == FNR_NOMEM);
        CHECK(memchr(err.message, '\0', sizeof err.message) != NULL);
        return NULL;
    }
    CHECK(f != NULL);
    CHECK(f->input_bytes == size);
    check_facts(f);
    char *json = NULL;
    size_t json_len = 0;
    st = fnr_facts_to_json(f, 0, &json, &json_len, &err);
    CHECK(st == FNR_OK || st == FNR_NOMEM || st == FNR_TOOBIG);
    if (st == FNR_OK) {
        CHECK(json != NULL && strlen(json) == json_len);
        CHECK(json_len >= 2 && json[0] == '{' && json[json_len - 1] == '}');
    }
    fnr_facts_free(f);
    return json;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const fnr_input_format formats[] = { FNR_INPUT_AUTO, FNR_INPUT_HTML };
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        char *lenient = run(data, size, formats[i], true);
        free(run(data, size, formats[i], false));
        if (i == 0) {
            /* Deterministic extraction: a second run gives the same bytes. */
            char *again = run(data, size, formats[i], true);
            CHECK((lenient == NULL) == (again == NULL));
            if (lenient)
                CHECK(strcmp(lenient, again) == 0);
            free(again);
        }
        free(lenient);
    }
    return 0;
}
