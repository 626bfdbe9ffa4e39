/*
 * UTF-8 validation and decoding, NFC normalisation and match keys.
 *
 * A match key is the form two surface forms are compared by: NFC, case and
 * diacritics folded with Turkish rules (İ, I, ı, i -> i; ş ğ ü ö ç â î û ->
 * s g u o c a i u), apostrophes and punctuation dropped, hyphens and runs of
 * white space collapsed to one space, no leading/trailing space. So "MİT",
 * "MIT" and "Mit" all key as "mit"; "al-Kurayshi" as "al kurayshi".
 * A possessive or Turkish case suffix after an apostrophe is dropped:
 * "Türkiye's", "Türkiye’s" and "Türkiye'nin" key as "turkiye", "MİT'in" as
 * "mit", while "O'Brien" keys as "obrien" (the suffix list decides).
 * Arabic name particles are brought to one spelling: "El", "el", "Al", "ul"
 * before a name -> "al"; "Ebu", "Abou", "Abu" -> "abu"; "ibn", "bin" -> "bin".
 */
#ifndef FNR_BASE_UTF8_H
#define FNR_BASE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "fener/status.h"

/*
 * true when s[0..len) is valid UTF-8 (no overlong forms, no surrogates,
 * nothing above U+10FFFF, no truncated sequence). Otherwise false and
 * *out_bad_offset (may be NULL) is the byte offset of the first bad sequence.
 */
bool fnr_utf8_valid(const char *s, size_t len, size_t *out_bad_offset);

/*
 * Decodes one code point at s (len > 0). Returns the bytes consumed (1-4) and
 * sets *out_cp; on an invalid sequence returns 1 and sets *out_cp = -1.
 */
size_t fnr_utf8_decode(const char *s, size_t len, int32_t *out_cp);

/* Encodes cp into out (4 bytes room); returns bytes written (0 if invalid). */
size_t fnr_utf8_encode(int32_t cp, char out[4]);

/*
 * Copies s into out replacing every byte of an invalid sequence by '?', so
 * that each offset in the result indexes the same byte of the original.
 * Returns the number of bytes replaced through *out_n_bad (may be NULL).
 */
fnr_status fnr_utf8_repair(const char *s, size_t len, fnr_buf *out, size_t *out_n_bad);

/* Appends the NFC form of valid UTF-8 s to out. FNR_BADINPUT if invalid. */
fnr_status fnr_utf8_nfc(const char *s, size_t len, fnr_buf *out);

/* Appends the match key of s (see above) to out. Invalid bytes are skipped. */
fnr_status fnr_matchkey(const char *s, size_t len, fnr_buf *out);

/* The spelling the match key gives the word w[0..len) (lower case, a
 * word of a key) when another word follows it: "al" for "el" and "ul",
 * "abu" for "ebu" and "abou", "bin" for "ibn" ...; NULL when w is no
 * name particle. A key of plain ASCII words separated by white space is
 * those words joined by one space, each but the last so respelled. */
const char *fnr_matchkey_particle(const char *w, size_t len);

/*
 * Folds one code point as match keys do, without the word-level rules
 * (case, Turkish i, diacritics removed). Returns the number of code points
 * written to out (0 when cp is dropped, e.g. a combining mark or apostrophe;
 * at most 4).
 */
size_t fnr_fold_cp(int32_t cp, int32_t out[4]);

/* Unicode letter / digit / upper-case tests for a code point. */
bool fnr_cp_is_letter(int32_t cp);
bool fnr_cp_is_digit(int32_t cp);
bool fnr_cp_is_upper(int32_t cp);

#endif
