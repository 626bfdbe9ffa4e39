/*
 * Text layer: decoding a report (plain text or HTML) into one UTF-8 text with
 * its blocks (headings, paragraphs), dropping boilerplate; splitting it into
 * sentences and tokens. Offsets always index doc->text; for plain text input
 * doc->text is byte-for-byte the input (bad bytes replaced by '?' when
 * lenient), so offsets also index the original file.
 */
#ifndef FNR_TEXT_TEXT_H
#define FNR_TEXT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/vec.h"
#include "fener/status.h"

typedef enum fnr_format {
    FNR_FORMAT_AUTO = 0, /* HTML when the content looks like markup, else text */
    FNR_FORMAT_TEXT,
    FNR_FORMAT_HTML,
} fnr_format;

typedef struct fnr_decode_opts {
    fnr_format format;
    bool lenient;     /* repair invalid UTF-8 instead of failing */
    size_t max_bytes; /* refuse larger input; 0 = 16 MiB */
    fnr_date date;    /* document date given by the caller (prec NONE = look in the text) */
} fnr_decode_opts;

typedef struct fnr_block {
    size_t start;     /* bytes into doc->text */
    size_t end;       /* exclusive */
    bool heading;     /* a title or heading line: entities yes, event text no */
    bool boilerplate; /* navigation, banners, legal footers: skipped by extraction */
} fnr_block;

typedef struct fnr_doc {
    char *text;     /* UTF-8, NUL-terminated, owned */
    size_t len;     /* bytes of text */
    char *title;    /* owned; NULL when none was found */
    fnr_date date;  /* document date (caller's, a leading "date YYYY-MM-DD" line, or a dateline) */
    fnr_vec blocks; /* fnr_block, in text order, covering the kept text */
    size_t input_bytes; /* size of the input */
    uint8_t sha256[32]; /* of the input bytes */
    size_t n_repaired;  /* bytes replaced under lenient */
    bool html;          /* decoded as HTML */
} fnr_doc;

/*
 * Decodes input bytes into out (zeroed by the call). Errors: FNR_TOOBIG over
 * max_bytes; FNR_BADINPUT for invalid UTF-8 when not lenient, with
 * err->offset the byte offset of the first bad sequence. On error out is
 * left empty and nothing leaks.
 */
fnr_status fnr_doc_decode(const char *bytes, size_t len, const fnr_decode_opts *opts, fnr_doc *out,
                          struct fnr_error *err);
void fnr_doc_destroy(fnr_doc *doc); /* NULL is fine */

/* The sha256 of the input as 64 lowercase hex digits and a NUL. */
void fnr_doc_sha256_hex(const fnr_doc *doc, char out[65]);

typedef struct fnr_sentence {
    size_t start;    /* bytes into doc->text, first non-space byte */
    size_t end;      /* exclusive, after the final punctuation */
    uint32_t block;  /* index into doc->blocks */
    bool heading;    /* from a heading block */
    bool para_start; /* first sentence of its block */
} fnr_sentence;

/* Appends the sentences of every non-boilerplate block to out (fnr_sentence). */
fnr_status fnr_sentences_split(const fnr_doc *doc, fnr_vec *out);

enum {
    FNR_TOK_WORD = 1,   /* letters, with inner hyphens/apostrophes/periods as below */
    FNR_TOK_NUMBER = 2, /* digits with , . separators: "426", "3,000", "2.5" */
    FNR_TOK_PUNCT = 3,  /* any other single character (or "’s"/"'s", see POSS) */
};

enum {
    FNR_TF_CAP = 1 << 0,          /* first letter upper case */
    FNR_TF_UPPER = 1 << 1,        /* every letter upper case (and >= 1 letter) */
    FNR_TF_INITIALS = 1 << 2,     /* "A.J.A.", "A.V.I", "U.S.", "K.T." */
    FNR_TF_POSS = 1 << 3,         /* a possessive "'s"/"’s" split off a word */
    FNR_TF_ABBREV = 1 << 4,       /* word followed by a period that is part of it ("Nov.", "Mr.") */
    FNR_TF_SPACE_BEFORE = 1 << 5, /* white space precedes the token */
    FNR_TF_NEWLINE_BEFORE = 1 << 6,
    FNR_TF_HYPHEN = 1 << 7, /* the word holds an inner hyphen ("al-Kurayshi") */
    /* A word's bytes as the tokeniser met them, so that no later pass reads
     * them again to ask: */
    FNR_TF_ALNUM = 1 << 8, /* a word of ASCII letters and digits only ("Ankara", "G20") */
    FNR_TF_DIGIT = 1 << 9, /* a word holding an ASCII digit ("G20", "3D") */
};

typedef struct fnr_token {
    uint32_t start; /* bytes into the text */
    uint32_t end;   /* exclusive */
    uint16_t kind;  /* FNR_TOK_* */
    uint16_t flags; /* FNR_TF_* */
} fnr_token;

/*
 * Tokenises text[start..end) into out (fnr_token). Rules:
 * - a word is a run of letters/digits/marks with inner "-" or "'"/"’"
 *   between letters ("al-Kurayshi", "O'Brien", "15-person" is NUMBER "15",
 *   PUNCT "-", WORD "person"); a trailing possessive "'s"/"’s" becomes its
 *   own PUNCT token with FNR_TF_POSS ("Türkiye’s" -> "Türkiye", "’s");
 *   a Turkish case suffix after an apostrophe stays in the word ("MİT'in");
 *   a word of affiliation after a hyphen ("linked", "backed", "inspired",
 *   "based" ...; not "led") is cut off a word that holds a capital letter
 *   ("al-Qaida-linked" -> WORD "al-Qaida", PUNCT "-", WORD "linked");
 * - single letters joined by periods form one INITIALS word, the final period
 *   included when it is followed by a space/punct ("A.J.A.", "U.S.", "A.V.I");
 * - a known abbreviation keeps its period (FNR_TF_ABBREV): month short forms
 *   (Jan. Feb. ... Dec., Sept.), titles (Mr. Mrs. Ms. Dr. Prof. Gen. Col.
 *   Lt. Sgt. Capt. Maj. Rep. Sen. Gov. St.), No., Co., Inc., Ltd., Jr., vs.;
 * - numbers: "3,000", "2.5", "1990s" (NUMBER with the "s");
 * - everything else is one PUNCT token per code point (quotes, brackets, dashes).
 */
fnr_status fnr_tokenize(const char *text, size_t start, size_t end, fnr_vec *out);

#endif
