/*
 * Sentence splitting: the step between decoding (decode.c) and tokenising
 * (tokenize.c). Each block that is not boilerplate is cut into sentences; a
 * heading block is one sentence. A sentence ends after ". ! ? …" (and any
 * closing quotes or brackets after them) when white space and a sentence
 * opener follow: an upper-case letter, a digit, an opening quote or bracket.
 * A period does not end a sentence after an abbreviation ("Gen.", "Nov."),
 * a single capital ("Ahmet K. said") or initials ("A.J.A., a member"),
 * unless, for initials, a common sentence opener follows ("in the U.S. The").
 * A line break ends a sentence only when the line ends with such
 * punctuation; otherwise it is read as a space.
 */
#include <string.h>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

#include "text/text.h"
#include "text/text_int.h"

static bool is_space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Length of a white space code point at s[i] (ASCII, NBSP, U+2000..U+200B, U+202F), or 0. */
static size_t space_len(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        return is_space_byte(c) ? 1 : 0;
    }
    size_t n;
    int k = fnr__text_class(s + i, end - i, &n, NULL);
    return (k == FNR__C_SPACE || k == FNR__C_NL) ? n : 0;
}

/* Length of a closing quote or bracket at s[i], or 0. */
static size_t closer_len(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
        return 1;
    }
    if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9D)) {
        return 3; /* ’ ” */
    }
    if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xBB) {
        return 2; /* » */
    }
    return 0;
}

/* Length of sentence-final punctuation at s[i] (". ! ?" or "…"), or 0. */
static size_t final_len(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '.' || c == '!' || c == '?') {
        return 1;
    }
    if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xA6) {
        return 3;
    }
    return 0;
}

/* The first bytes of what final_len accepts: ". ! ?" and the lead of "…". */
static const unsigned char final_lead[256] = { ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1 };

/* The first i >= from with s[i] in final_lead, or end. Most of a block's
 * bytes are passed over here: sixteen at a time with SSE2 (which every
 * x86-64 has), else one at a time. */
static size_t next_final_lead(const char *s, size_t from, size_t end)
{
    size_t i = from;
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!');
    const __m128i ques = _mm_set1_epi8('?'), e2 = _mm_set1_epi8((char)0xE2);
    for (; end - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, ques), _mm_cmpeq_epi8(v, e2)));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m) {
            return i + (size_t)__builtin_ctz(m);
        }
    }
#endif
    while (i < end && !final_lead[(unsigned char)s[i]]) {
        i++;
    }
    return i;
}

/* true when s[k] can open a sentence: upper case, digit, opening quote or bracket. */
static bool opens_sentence(const char *s, size_t k, size_t end)
{
    unsigned char c = (unsigned char)s[k];
    if (c == '"' || c == '\'' || c == '(' || c == '[') {
        return true;
    }
    if (c == 0xE2 && k + 2 < end && (unsigned char)s[k + 1] == 0x80 &&
        ((unsigned char)s[k + 2] == 0x9C || (unsigned char)s[k + 2] == 0x98)) {
        return true; /* “ ‘ */
    }
    if (c == 0xC2 && k + 1 < end && (unsigned char)s[k + 1] == 0xAB) {
        return true; /* « */
    }
    size_t n;
    int k2 = fnr__text_class(s + k, end - k, &n, NULL);
    return k2 == FNR__C_UPPER || k2 == FNR__C_DIGIT;
}

/* Words that start a new sentence even after initials ("in the U.S. The ..."). */
static bool is_common_opener(const char *s, size_t k, size_t end)
{
    static const char *const openers[] = {
        "The",     "A",         "An",        "He",     "She", "It",    "They",    "We",     "This",
        "That",    "These",     "Those",     "There",  "In",  "On",    "At",      "But",    "And",
        "However", "According", "Its",       "His",    "Her", "Their", "After",   "Before", "When",
        "While",   "Meanwhile", "Officials", "Police", "I",   "Last",  "Earlier", "Later",
    };
    size_t e = k;
    while (e < end &&
           (((unsigned char)s[e] | 0x20) >= 'a' && ((unsigned char)s[e] | 0x20) <= 'z')) {
        e++;
    }
    if (e < end && (unsigned char)s[e] >= 0x80) {
        return false;
    }
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
        if (strlen(openers[i]) == e - k && memcmp(openers[i], s + k, e - k) == 0) {
            return true;
        }
    }
    return false;
}

/*
 * The word before the period at s[dot] (back to white space or an opening
 * quote/bracket). Returns its start.
 */
static size_t word_before(const char *s, size_t start, size_t dot)
{
    size_t w = dot;
    while (w > start) {
        unsigned char c = (unsigned char)s[w - 1];
        if (is_space_byte(c) || c == '(' || c == '[' || c == '"' || c == '\'') {
            break;
        }
        if (c >= 0x80) {
            /* stop at a multibyte space or opening quote */
            size_t b = w - 1;
            while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80) {
                b--;
            }
            size_t n;
            int k = fnr__text_class(s + b, dot - b, &n, NULL);
            if (k == FNR__C_SPACE || k == FNR__C_NL) {
                break;
            }
            if ((unsigned char)s[b] == 0xE2 && n == 3 &&
                ((unsigned char)s[b + 2] == 0x9C || (unsigned char)s[b + 2] == 0x98)) {
                break;
            }
            w = b;
            continue;
        }
        w--;
    }
    return w;
}

/* Counts single letters in "A.J.A" / "U.S" (the final period excluded); 0 if not initials. */
static size_t initials_letters(const char *s, size_t w, size_t dot)
{
    size_t letters = 0, i = w;
    while (i < dot) {
        size_t n;
        int k = fnr__text_class(s + i, dot - i, &n, NULL);
        if (!fnr__is_letter_class(k)) {
            return 0;
        }
        letters++;
        i += n;
        if (i == dot) {
            break;
        }
        if (s[i] != '.') {
            return 0;
        }
        i++;
    }
    return letters;
}

/*
 * Decides whether the period at s[dot] ends a sentence when the next
 * sentence would start at s[next].
 */
static bool period_ends(const char *s, size_t block_start, size_t dot, size_t next, size_t end)
{
    size_t w = word_before(s, block_start, dot);
    if (w == dot) {
        return true;
    }
    if (fnr__text_is_abbrev(s + w, dot - w)) {
        return false;
    }
    /* "Minneapolis-St. Paul": an abbreviation after a hyphen */
    for (size_t h = dot; h > w; h--) {
        if (s[h - 1] == '-') {
            if (fnr__text_is_abbrev(s + h, dot - h)) {
                return false;
            }
            break;
        }
    }
    size_t letters = initials_letters(s, w, dot);
    if (letters == 1) {
        size_t n;
        int k = fnr__text_class(s + w, dot - w, &n, NULL);
        /* "said on X. Operations", "posted via X. The": a platform after
         * "on" or "via", no initial of a name */
        size_t p = w;
        while (p > block_start && s[p - 1] == ' ') {
            p--;
        }
        bool medium = (p >= block_start + 2 && memcmp(s + p - 2, "on", 2) == 0 &&
                       (p == block_start + 2 || s[p - 3] == ' ')) ||
                      (p >= block_start + 3 && memcmp(s + p - 3, "via", 3) == 0 &&
                       (p == block_start + 3 || s[p - 4] == ' '));
        if (k == FNR__C_UPPER && !(medium && p < w)) {
            return false; /* "Ahmet K. said", "Jan S. (34)" */
        }
    } else if (letters >= 2) {
        return is_common_opener(s, next, end);
    }
    return true;
}

static fnr_status push(fnr_vec *out, size_t start, size_t end, size_t block, bool heading,
                       bool para_start)
{
    fnr_sentence sn = { start, end, (uint32_t)block, heading, para_start };
    return FNR_VEC_PUSH(out, fnr_sentence, sn);
}

/* Trims white space at both ends of [*a, *b). */
static void trim(const char *s, size_t *a, size_t *b)
{
    size_t n;
    while (*a < *b && (n = space_len(s, *a, *b)) > 0) {
        *a += n;
    }
    while (*b > *a) {
        size_t p = *b - 1;
        while (p > *a && ((unsigned char)s[p] & 0xC0) == 0x80) {
            p--;
        }
        if (space_len(s, p, *b) == 0) {
            break;
        }
        *b = p;
    }
}

static fnr_status split_block(const fnr_doc *doc, size_t bi, fnr_vec *out)
{
    const fnr_block *b = &FNR_VEC_AT(&doc->blocks, fnr_block, bi);
    const char *s = doc->text;
    size_t bs = b->start, be = b->end > doc->len ? doc->len : b->end;
    trim(s, &bs, &be);
    if (bs >= be) {
        return FNR_OK;
    }
    if (b->heading) {
        return push(out, bs, be, bi, true, true);
    }
    bool first = true;
    size_t sent = bs, i = bs;
    while (i < be) {
        /* only these bytes can start final punctuation: skip to the next */
        i = next_final_lead(s, i, be);
        if (i >= be) {
            break;
        }
        size_t fl = final_len(s, i, be);
        if (!fl) {
            i++;
            continue;
        }
        size_t j = i + fl, n;
        while (j < be && (n = final_len(s, j, be)) > 0) {
            j += n; /* "?!", "..." */
        }
        while (j < be && (n = closer_len(s, j, be)) > 0) {
            j += n;
        }
        if (j >= be) {
            break;
        }
        size_t k = j;
        bool newline = false;
        while (k < be && (n = space_len(s, k, be)) > 0) {
            newline |= s[k] == '\n';
            k += n;
        }
        if (k == j || k >= be) {
            i = j;
            continue;
        }
        bool ends;
        if (s[i] == '.' && fl == 1 && j == i + 1 && !period_ends(s, bs, i, k, be)) {
            ends = false;
        } else {
            ends = newline || opens_sentence(s, k, be);
        }
        if (ends) {
            fnr_status st = push(out, sent, j, bi, false, first);
            if (st != FNR_OK) {
                return st;
            }
            first = false;
            sent = k;
        }
        i = k;
    }
    size_t e = be;
    trim(s, &sent, &e);
    if (sent < e) {
        return push(out, sent, e, bi, false, first);
    }
    return FNR_OK;
}

fnr_status fnr_sentences_split(const fnr_doc *doc, fnr_vec *out)
{
    if (!doc || !out) {
        return FNR_INVALID;
    }
    if (!doc->text) {
        return FNR_OK;
    }
    for (size_t bi = 0; bi < doc->blocks.len; bi++) {
        const fnr_block *b = &FNR_VEC_AT(&doc->blocks, fnr_block, bi);
        if (b->boilerplate) {
            continue;
        }
        fnr_status st = split_block(doc, bi, out);
        if (st != FNR_OK) {
            return st;
        }
    }
    return FNR_OK;
}
