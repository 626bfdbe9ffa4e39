/*
 * Internals of extraction shared by extract.c (orchestration and output),
 * ner.c (mentions, aliases, entities, relations) and events.c (events).
 *
 * One document is processed with one arena (x_doc.arena): tokens, keys,
 * mentions and the final fnr_facts all live in it and go with it.
 */
#ifndef FNR_EXTRACT_INT_H
#define FNR_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/map.h"
#include "base/vec.h"
#include "extract/lexicon.h"
#include "fener/extract.h"
#include "text/text.h"

/* The code points whose keys x_fold_table learns: U+0080..U+017F, the
 * two-byte UTF-8 letters of Latin-1 and Latin Extended-A (ş ğ ü ö ç İ ı
 * é ß ...), those of the Turkish and transliterated Arabic names. */
#define X_FOLD_FIRST 0x80
#define X_FOLD_N     0x100
#define X_CLASS_BITS 7

/* The bits of fnr_extractor.trig_next: a multiple of 64. */
#define X_TRIG_NEXT_BITS 4096

struct fnr_extractor {
    fnr_lexicon *lex; /* owned; its keys carry the X_TAG_* bits and the word classes */
    /* What fnr_matchkey makes of each of those code points inside a word:
     * fold_len[cp - X_FOLD_FIRST] bytes of fold[cp - X_FOLD_FIRST], or 0
     * where a word holding it must go through fnr_matchkey. */
    uint8_t fold_len[X_FOLD_N];
    char fold[X_FOLD_N][4];
    /* The XT_* flags of a set of lexicon classes: class_flags[0] by the
     * set's low X_CLASS_BITS bits, class_flags[1] by the next ones (ner.c
     * lex_flags; filled by x_class_flags_table). */
    uint32_t class_flags[2][1u << X_CLASS_BITS];
    /* A filter of the words that follow a space in a trigger's key ("out"
     * and "raids" of "carried out raids"): bits h % X_TRIG_NEXT_BITS and
     * (h >> 16) % X_TRIG_NEXT_BITS of each word's hash h (the low half of
     * fnr_lexicon_hash, as xtok.hash). A word that lacks either bit goes
     * on no trigger phrase (events.c trigger_at; filled by
     * x_trigger_words_note). */
    uint64_t trig_next[X_TRIG_NEXT_BITS / 64];
};

/* false when a word whose key hashes to h (xtok.hash) is surely no word
 * after the first of any trigger's key */
static inline bool x_trig_next_may(const fnr_extractor *x, uint32_t h)
{
    uint32_t a = h % X_TRIG_NEXT_BITS, b = (h >> 16) % X_TRIG_NEXT_BITS;
    return ((x->trig_next[a / 64] >> (a % 64)) & 1u) && ((x->trig_next[b / 64] >> (b % 64)) & 1u);
}

/* Lexicon tags (fnr_lexicon_tag) the extractor sets: the low bits are the
 * word classes of events.c (x_word_classes), then: */
#define X_TAG_WORD_CLASSES   0x0000ffffu
#define X_TAG_PLURAL_DEMONYM (1u << 16) /* the key is a demonym's key and "s" */
#define X_TAG_DATE           (1u << 17) /* a word fnr_date_maybe looks for ("march", "week") */
#define X_TAG_TRIGGER_PREFIX (1u << 18) /* the key and a space begin a trigger's key */
#define X_TAG_FACT_WORD \
    (1u << 19) /* "by", "for", "to", "of", "including", "among": sentence_facts reads them */
#define X_TAG_HABIT \
    (1u << 20) /* "repeatedly", "often", "sporadic": a trigger after it tells a habit */
/* "if", "could", "would": a trigger after it may not happen */
#define X_TAG_MAYBE (1u << 21)
/* "agency": a sentence with it may tell "news agency X" */
#define X_TAG_AGENCY (1u << 22)
/* "after", "because", "when": a clause of its own follows */
#define X_TAG_SUBORDINATOR (1u << 23)
/* a number word: its value + 1 (1..128) */
#define X_TAG_NUMBER_SHIFT 24
#define X_TAG_NUMBER       (0xffu << X_TAG_NUMBER_SHIFT)

/* Per-token lexical facts, computed once. */
enum {
    XT_STOP = 1 << 0,     /* capitalised function word, month, weekday ... */
    XT_TITLE = 1 << 1,    /* a title or role word */
    XT_ORGHEAD = 1 << 2,  /* organisation head noun */
    XT_LOCHEAD = 1 << 3,  /* location head noun (district, province, city) */
    XT_PARTICLE = 1 << 4, /* name particle (al, el, bin, abu ...) */
    XT_GIVEN = 1 << 5,    /* a given name */
    XT_DEMONYM = 1 << 6,  /* a demonym (Turkish, Syrians) */
    XT_NAMELIKE = 1 << 7, /* could be part of a name: capitalised, initials, al-Xxx */
    XT_COMMON = 1 << 8,   /* seen in lower case elsewhere in the document */
    XT_QUOTE = 1 << 9,    /* a quotation mark */
    XT_TRIGGER = 1 << 10, /* an event trigger word */
    XT_ENTRY = 1 << 11,   /* the word alone is a dictionary place, organisation or person */
    XT_PREFIX = 1 << 12,  /* the word begins a longer dictionary phrase */
    XT_LOWER = 1 << 13,   /* a word with a key that starts with an ASCII lower-case letter */
    XT_DATE = 1 << 14,    /* a number, or a word with a digit or a date word (fnr_date_maybe) */
    XT_ASCII =
        1 << 15, /* a word or number of ASCII letters and digits: its key is its lower case */
    XT_FOLDED = 1 << 16,      /* a word keyed through the fold table (ner.c fold_key): one word */
    XT_REPORT_VERB = 1 << 17, /* a verb of saying (ner.c REPORT_VERBS, by its cue X_CUE_REPORT) */
};

/* Every pass reads the document's tokens one after the other: 56 bytes
 * each (no padding), so that more of them stay in the first-level cache. */
typedef struct xtok {
    uint32_t start, end;   /* bytes into the text */
    uint8_t kind;          /* FNR_TOK_* */
    uint8_t punct;         /* the byte of a one-byte punctuation token, else 0 */
    uint16_t tflags;       /* FNR_TF_* */
    uint32_t xflags;       /* XT_* */
    const char *key;       /* match key (arena, not NUL-terminated); "" for punctuation */
    const fnr_lex_key *lk; /* the lexicon's record of the key, or NULL */
    uint32_t key_len;
    int32_t mention; /* index of the mention covering this token, or -1 */
    uint32_t hash;   /* fnr_hash of the key, low bits (words and numbers) */
    uint32_t tags;   /* lk->tags (0 without lk): read later without going to lk; its low
                        bits (X_TAG_WORD_CLASSES) are the word classes of the key */
    uint64_t k8;     /* the key's first eight bytes, byte k in bits 8k..8k+7, zeros past
                        its end (all bits set for a key with a NUL among them): x_tok_is
                        compares a word to it without going to the key */
} xtok;

_Static_assert(sizeof(xtok) == 56 || sizeof(void *) != 8, "a token is 56 bytes");

/* Cue words (fnr_lex_key.cues, tagged by events.c x_word_classes and ner.c
 * x_ner_word_classes): a
 * sentence notes which of them its words hold (xsent.cues), so that a
 * rule that looks for one of them in the sentence's words, at most, reads
 * no token of a sentence without it. */
enum {
    X_CUE_NEGATION = 1 << 0,  /* "not", "never", "n't", "nobody", "cannot", "no" */
    X_CUE_TERM = 1 << 1,      /* "term", "word", "euphemism" */
    X_CUE_TIMES = 1 << 2,     /* "times", "occasions" */
    X_CUE_INVOLVED = 1 << 3,  /* "involved" */
    X_CUE_UNTIL = 1 << 4,     /* "until", "unless" */
    X_CUE_YEARS = 1 << 5,     /* "years", "decades" */
    X_CUE_UNITS = 1 << 6,     /* "year", "month", "week", "summer" ... (events.c UNITS) */
    X_CUE_SOIL = 1 << 7,      /* "soil" */
    X_CUE_BODIES = 1 << 8,    /* "groups", "units" ... (ner.c PLURAL_BODIES) */
    X_CUE_RELATIVE = 1 << 9,  /* "who", "which", "that" */
    X_CUE_DIRECTED = 1 << 10, /* "directed", "backed", "ordered" ... (events.c DIRECTED) */
    X_CUE_REPORT = 1 << 11,   /* "said", "told", "announced" ... (ner.c REPORT_VERBS) */
    X_CUE_AREAS = 1 << 12,    /* "provinces", "cities" ..., "nationwide" (events.c AREAS) */
    X_CUE_LATER = 1 << 13,    /* "later", "same", "next", "following", "within", "shortly"
                                 (events.c later_shift) */
};

typedef struct xsent {
    uint32_t start, end; /* bytes */
    uint32_t tok0, tok1; /* token range [tok0, tok1) in x_doc.toks */
    uint32_t block;
    bool heading;
    bool para_start;
    bool may_date;      /* some token has XT_DATE: else fnr_date_scan would find nothing */
    bool may_code_name; /* some word begins a code-name cue (XW_CUE) */
    bool may_agency;    /* some word is "agency" (X_TAG_AGENCY): "news agency X" may be told */
    bool may_bracket;   /* some token is "(" or "[" */
    bool date_scanned;  /* `date` is known (events.c scans a sentence's date on demand) */
    uint8_t many;       /* events.c's many_places: 0 not asked yet, 1 no, 2 yes */
    uint16_t cues;      /* the X_CUE_* bits of its words */
    fnr_date_span date; /* the first date stated in the sentence (start.prec NONE if none) */
} xsent;

typedef struct xmention {
    uint32_t start, end; /* bytes */
    uint32_t tok0, tok1; /* tokens [tok0, tok1) */
    uint32_t sentence;
    uint8_t type;             /* fnr_entity_type */
    uint8_t weak;             /* 1: a descriptive/demonym/code-name form: not preferred as name */
    const fnr_lex_entry *lex; /* dictionary entry that matched, or NULL */
    const char *kind;         /* kind decided by a rule when lex is NULL */
    const char *rule;
    const char *key; /* match key of the surface */
    uint32_t key_len;
    int32_t parent; /* union-find parent (mention index) */
    int32_t entity; /* entity index after clustering */
} xmention;

typedef struct x_doc {
    const fnr_extractor *x;
    fnr_arena *arena;
    fnr_doc doc;
    fnr_vec toks;      /* xtok */
    fnr_vec sents;     /* xsent */
    fnr_vec mentions;  /* xmention */
    fnr_vec events;    /* fnr_event */
    fnr_vec rels;      /* fnr_relation */
    fnr_vec trig_toks; /* uint32_t: the words a trigger may start at (XT_TRIGGER or
                          X_TAG_TRIGGER_PREFIX), in text order, noted by the token pass */
    fnr_vec body_toks; /* uint32_t: the words of ner.c's PLURAL_BODIES, in text order,
                          noted by the token pass */
    fnr_facts *facts;
    fnr_entity *ents; /* after clustering */
    size_t n_ents;
    uint16_t *ent_bits;   /* events.c: what its rules ask of each entity */
    size_t carry_at;      /* events.c: the last sentence whose carried date is known ... */
    fnr_date carry;       /* ... and that date (prec NONE for none) */
    fnr_date carry_frame; /* ... and the nearest date before it that crosses paragraphs */
    int dateline_loc;     /* events.c: the place of the report's dateline, or -1 */
    int main_country;     /* events.c: the country the report names most, or -1 */
    fnr_buf scratch;      /* for any pass that builds a key and copies it out */
} x_doc;

/* ner.c */
/* Fills x->fold_len and x->fold by asking fnr_matchkey about each code
 * point once. */
fnr_status x_fold_table(fnr_extractor *x);
/* Fills x->class_flags. */
void x_class_flags_table(fnr_extractor *x);
fnr_status x_tokens_prepare(x_doc *d);
fnr_status x_mentions_find(x_doc *d);
fnr_status x_entities_build(x_doc *d);
fnr_status x_relations_find(x_doc *d);

/* events.c */
fnr_status x_events_find(x_doc *d);
/* Tags the words of the fixed word lists of events.c in the lexicon with
 * the bits of the lists they are in, so a list test on a token is one bit
 * test, and the number words with their values. */
fnr_status x_word_classes(fnr_lexicon *lex);
/* Notes the words after the first of trigger key `key` in x->trig_next
 * (extract.c calls it for each trigger key as the lexicon is tagged). */
void x_trigger_words_note(fnr_extractor *x, const char *key, size_t key_len);

/* helpers shared between files (ner.c) */
static inline xtok *x_tok(const x_doc *d, size_t i)
{
    return &((xtok *)d->toks.data)[i];
}

static inline xmention *x_men(const x_doc *d, size_t i)
{
    return &((xmention *)d->mentions.data)[i];
}

static inline xsent *x_sent(const x_doc *d, size_t i)
{
    return &((xsent *)d->sents.data)[i];
}

/* true when token i's key equals the NUL-terminated word w; inline so that
 * strlen of a literal folds to a constant. A literal is compared with the
 * token's first eight bytes (xtok.k8), a constant it folds to too: a word
 * of up to seven bytes is one compare (the zero bytes after it say where
 * the key ends), with no load of the key and no branch on its length;
 * rules ask hundreds of these a sentence, and their branches were what
 * the processor mispredicted most. A word that is not a literal is tested
 * by its first byte first, before strlen. */
__attribute__((always_inline)) static inline bool x_tok_is(const x_doc *d, size_t i, const char *w)
{
    const xtok *t = x_tok(d, i);
    if (__builtin_constant_p(strlen(w))) {
        size_t n = strlen(w);
        uint64_t c = 0;
        for (size_t k = 0; k < n && k < 8; k++)
            c |= (uint64_t)(unsigned char)w[k] << (8 * k);
        if (n < 8)
            return t->k8 == c; /* (k8 of a key of 8 bytes or more has no zero byte) */
        if (n == 8)
            return (t->key_len == n) & (t->k8 == c);
        return t->key_len == n && t->k8 == c && memcmp(t->key + 8, w + 8, n - 8) == 0;
    }
    if (t->key_len == 0 || t->key[0] != w[0])
        return false;
    size_t n = strlen(w);
    return t->key_len == n && memcmp(t->key, w, n) == 0;
}

/* The first entry of class cls in a key's record (NULL for none or no
 * record): fnr_lexicon_find without a second lookup. */
static inline const fnr_lex_entry *x_key_entry(const fnr_lex_key *k, fnr_lex_class cls)
{
    if (!k || !(k->classes & (1u << cls)))
        return NULL;
    for (uint32_t i = 0; i < k->n; i++)
        if (k->items[i]->cls == cls)
            return k->items[i];
    return NULL;
}

/* Writes an id such as "e12" or "v3": prefix then n in decimal. */
static inline void x_id(char out[12], char prefix, uint32_t n)
{
    char tmp[10];
    size_t k = 0;
    do {
        tmp[k++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    out[0] = prefix;
    for (size_t i = 0; i < k; i++)
        out[1 + i] = tmp[k - 1 - i];
    out[1 + k] = '\0';
}

/* The word lists of ner.c that hot paths ask about, as word classes: bits
 * of xtok.tags above those of events.c (which end before XW_FIRST). */
enum {
    XW_FIRST = 9,
    XW_CUE = XW_FIRST, /* a word a code-name cue starts with (code_name_cue) */
    XW_DIRECTIONS,
    XW_PERSON_PARTICLES,
    XW_NAMED_OPS,
    XW_LOWER_ORG_HEADS,
    XW_SUBUNIT_HEADS,
    XW_PLACE_HEADS,
    XW_END
};

/* Tags the words of those lists in the lexicon (ner.c). */
fnr_status x_ner_word_classes(fnr_lexicon *lex);

/* true when token i's key is in the list of word class c (XW_*) */
static inline bool x_tok_class(const x_doc *d, size_t i, unsigned c)
{
    return (x_tok(d, i)->tags >> c) & 1u;
}

/* true when the key of token i is one of the words (NULL-terminated list).
 * The list must be a static array that never changes: a filter of its
 * words is kept per thread by the list's address (ner.c list_sig). */
bool x_tok_in(const x_doc *d, size_t i, const char *const *words);

/* Whether token i is a verb of saying ("said", "told", "announced" ...):
 * one bit, noted by the token pass (a test of the word's last letter
 * before was one the processor could not guess). */
static inline bool x_report_verb(const x_doc *d, size_t i)
{
    return (x_tok(d, i)->xflags & XT_REPORT_VERB) != 0;
}

/* the entity index of the mention covering token i, or -1 */
static inline int x_tok_entity(const x_doc *d, size_t i)
{
    int m = x_tok(d, i)->mention;
    return m < 0 ? -1 : x_men(d, (size_t)m)->entity;
}

#endif
