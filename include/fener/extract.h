/*
 * fener extraction: one report in, its facts out.
 *
 * (document bytes, dictionaries) -> entities with aliases and mentions,
 * events, relations, each traced to its sentence and byte span and naming the
 * rule that made it. Pure: no store, no network, deterministic (the same bytes
 * and dictionaries give byte-identical output).
 *
 *     fnr_extractor *x = NULL;
 *     fnr_extractor_new(&x, &err);          // loads the built-in dictionaries
 *     fnr_extractor_add_dict(x, "my.tsv", &err);
 *     fnr_facts *f = NULL;
 *     fnr_extract(x, bytes, len, &opts, &f, &err);
 *     ... f->entities[i].name ...
 *     fnr_facts_free(f);
 *     fnr_extractor_free(x);
 *
 * An extractor is read-only once built: several threads may call fnr_extract
 * on one extractor at once.
 */
#ifndef FENER_EXTRACT_H
#define FENER_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fener/status.h"

typedef enum fnr_entity_type {
    FNR_ENTITY_PERSON = 1,
    FNR_ENTITY_ORGANIZATION,
    FNR_ENTITY_LOCATION,
} fnr_entity_type;

typedef enum fnr_event_type {
    FNR_EVENT_ARREST = 1,
    FNR_EVENT_KILL,
    FNR_EVENT_ATTACK,
    FNR_EVENT_PLOT,
    FNR_EVENT_SEIZURE,
    FNR_EVENT_INTEL_SHARING,
    FNR_EVENT_ESPIONAGE,
    FNR_EVENT_MILITARY_OPERATION,
    FNR_EVENT_LEGAL_ACTION,
    FNR_EVENT_TYPE_COUNT
} fnr_event_type;

typedef enum fnr_relation_type {
    FNR_REL_MEMBER_OF = 1,
    FNR_REL_LEADER_OF,
    FNR_REL_LOCATED_IN,
    FNR_REL_ASSOCIATED_WITH,
    FNR_REL_ALIAS_OF,
} fnr_relation_type;

typedef enum fnr_input_format {
    FNR_INPUT_AUTO = 0,
    FNR_INPUT_TEXT,
    FNR_INPUT_HTML,
} fnr_input_format;

typedef struct fnr_mention {
    size_t start;      /* bytes into fnr_facts.text */
    size_t end;        /* exclusive */
    uint32_t sentence; /* index into fnr_facts.sentences */
    const char *rule;  /* rule that found it */
} fnr_mention;

typedef struct fnr_entity {
    char id[12]; /* "e1", "e2" ... in order of first mention */
    fnr_entity_type type;
    const char *name;     /* fullest surface form in this text */
    const char **aliases; /* every other surface form in this text */
    size_t n_aliases;
    const char *kind; /* "intelligence_service", "city" ...; NULL if unknown */
    char country[4];  /* ISO 3166 alpha-3 or "" */
    bool has_coords;
    double lat, lon;
    fnr_mention *mentions;
    size_t n_mentions;
    const char *canonical; /* the dictionary's name for it when that is not `name`
                              ("Islamic State of Iraq and the Levant" for "Daesh"), or NULL */
} fnr_entity;

typedef struct fnr_event {
    char id[12]; /* "v1", "v2" ... */
    fnr_event_type type;
    const char *cameo;      /* CAMEO code or NULL */
    char date[11];          /* "YYYY", "YYYY-MM", "YYYY-MM-DD" or "" */
    char date_end[11];      /* end of a range, or "" */
    const char *precision;  /* "day", "month", "year", "range" or NULL */
    int location;           /* entity index or -1 */
    bool location_inferred; /* no place in the sentence: the location is from its context */
    int *actors;            /* entity indexes */
    size_t n_actors;
    int *targets;
    size_t n_targets;
    long count; /* persons the action applied to; -1 if not stated */
    uint32_t sentence;
    size_t start, end; /* the sentence's bytes */
    size_t trigger_start, trigger_end;
    double confidence; /* 0..1 */
    const char *rule;
} fnr_event;

typedef struct fnr_relation {
    fnr_relation_type type;
    int source, target; /* entity indexes */
    const char *role;   /* "governor", "financial official" ... or NULL */
    uint32_t sentence;
    size_t start, end; /* the evidence's bytes */
    const char *rule;
} fnr_relation;

typedef struct fnr_sentence_span {
    size_t start, end;
    bool heading;
} fnr_sentence_span;

typedef struct fnr_facts {
    const char *text; /* the decoded document text (owned by the facts) */
    size_t text_len;
    const char *title; /* NULL when none */
    char date[11];     /* document date "YYYY-MM-DD" or "" */
    size_t input_bytes;
    char sha256[65]; /* of the input bytes, hex */
    bool html;
    size_t n_repaired; /* invalid bytes replaced under lenient */
    fnr_sentence_span *sentences;
    size_t n_sentences;
    fnr_entity *entities;
    size_t n_entities;
    fnr_event *events;
    size_t n_events;
    fnr_relation *relations;
    size_t n_relations;
    struct fnr_facts_int *internal; /* arena and friends */
} fnr_facts;

typedef struct fnr_extract_opts {
    fnr_input_format format;
    bool lenient;     /* repair invalid UTF-8 instead of refusing it */
    size_t max_bytes; /* 0 = 16 MiB */
    const char *date; /* "YYYY-MM-DD" document date, or NULL to look in the text */
} fnr_extract_opts;

typedef struct fnr_extractor fnr_extractor;

/* Builds an extractor with the built-in dictionaries. */
fnr_status fnr_extractor_new(fnr_extractor **out, fnr_error *err);

/* Adds a user dictionary (TSV of data/README.md, or PETRARCH2 format). */
fnr_status fnr_extractor_add_dict(fnr_extractor *x, const char *path, fnr_error *err);

void fnr_extractor_free(fnr_extractor *x); /* NULL is fine */

/*
 * Extracts the facts of one document. On success *out is a new fnr_facts
 * (free with fnr_facts_free). Errors: FNR_TOOBIG (over max_bytes),
 * FNR_BADINPUT (invalid UTF-8, err->offset says where; an invalid date
 * option), FNR_NOMEM.
 */
fnr_status fnr_extract(const fnr_extractor *x, const char *bytes, size_t len,
                       const fnr_extract_opts *opts, fnr_facts **out, fnr_error *err);

void fnr_facts_free(fnr_facts *f); /* NULL is fine */

const char *fnr_entity_type_name(fnr_entity_type t);     /* "person" ... */
const char *fnr_event_type_name(fnr_event_type t);       /* "arrest" ... */
const char *fnr_relation_type_name(fnr_relation_type t); /* "member_of" ... */

/*
 * Writes the facts as one JSON object (the documented `fener extract --json`
 * shape) to *out_json (NUL-terminated, caller frees with free()); indent 0
 * gives one line.
 */
fnr_status fnr_facts_to_json(const fnr_facts *f, int indent, char **out_json, size_t *out_len,
                             fnr_error *err);

#endif
