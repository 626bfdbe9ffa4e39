/*
 * Private helpers of the text layer, shared by decode.c, sentence.c and
 * tokenize.c: character classes over UTF-8 bytes (an ASCII table, and
 * base/utf8.h for everything above 0x7F) and the abbreviation list that the
 * sentence splitter and the tokeniser must agree on.
 */
#ifndef FNR_TEXT_TEXT_INT_H
#define FNR_TEXT_TEXT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Classes of one code point, as the tokeniser and splitter see it. */
enum {
    FNR__C_OTHER = 0, /* punctuation, symbols, invalid bytes */
    FNR__C_SPACE,     /* white space other than a line break */
    FNR__C_NL,        /* '\n' and U+2028/U+2029 */
    FNR__C_UPPER,     /* upper-case letter */
    FNR__C_LOWER,     /* any other letter */
    FNR__C_DIGIT,
    FNR__C_MARK,  /* combining mark, ZWJ/ZWNJ: continues a word, never starts one */
    FNR__C_APOS,  /* ' U+2019 U+02BC */
    FNR__C_HYPH,  /* - U+2010 U+2011 */
    FNR__C_DOT,   /* . */
    FNR__C_COMMA, /* , */
};

/*
 * Classifies the code point at s[0] (len > 0 bytes available). Returns the
 * class and sets *out_n to its byte length (1 for an invalid byte) and
 * *out_cp (may be NULL) to the code point (-1 when invalid).
 */
int fnr__text_class(const char *s, size_t len, size_t *out_n, int32_t *out_cp);

/* true for a letter class (FNR__C_UPPER or FNR__C_LOWER). */
static inline bool fnr__is_letter_class(int c)
{
    return c == FNR__C_UPPER || c == FNR__C_LOWER;
}

/* true for a class that may continue a word (letter, digit, mark). */
static inline bool fnr__is_word_class(int c)
{
    return c == FNR__C_UPPER || c == FNR__C_LOWER || c == FNR__C_DIGIT || c == FNR__C_MARK;
}

/*
 * true when s[0..len) (without the period) is an abbreviation that keeps its
 * period: months, titles, "No", "Co", "Inc", "Ltd", "Jr", "vs" and a few more.
 */
bool fnr__text_is_abbrev(const char *s, size_t len);

/*
 * The sha256 of data[0..len) into out (sha256.c): with the processor's SHA
 * extensions when it has them, else (or when portable) libsodium's. Needs
 * sodium_init() to have run.
 */
void fnr__sha256(const void *data, size_t len, uint8_t out[32], bool portable);

#endif
