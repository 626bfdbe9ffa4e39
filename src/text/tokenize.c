/*
 * Tokeniser: turns a span of a document's UTF-8 text into words, numbers and
 * punctuation with byte offsets, after sentence splitting and before mention
 * finding (src/extract/). The rules are those of the comment on fnr_tokenize
 * in text.h. ASCII bytes are classified through a table; only bytes above
 * 0x7F go through the UTF-8 decoder and the Unicode letter tests, so English
 * prose runs at memory speed. Tokens are written straight into the vector's
 * storage, which is grown in large steps.
 */
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "text/text.h"
#include "text/text_int.h"

/* Class of every ASCII byte; zero (FNR__C_OTHER) for punctuation and controls. */
static const unsigned char ascii_class[128] = {
    ['\t'] = FNR__C_SPACE, ['\v'] = FNR__C_SPACE, ['\f'] = FNR__C_SPACE, ['\r'] = FNR__C_SPACE,
    [' '] = FNR__C_SPACE,  ['\n'] = FNR__C_NL,    ['\''] = FNR__C_APOS,  ['-'] = FNR__C_HYPH,
    ['.'] = FNR__C_DOT,    [','] = FNR__C_COMMA,  ['0'] = FNR__C_DIGIT,  ['1'] = FNR__C_DIGIT,
    ['2'] = FNR__C_DIGIT,  ['3'] = FNR__C_DIGIT,  ['4'] = FNR__C_DIGIT,  ['5'] = FNR__C_DIGIT,
    ['6'] = FNR__C_DIGIT,  ['7'] = FNR__C_DIGIT,  ['8'] = FNR__C_DIGIT,  ['9'] = FNR__C_DIGIT,
    ['A'] = FNR__C_UPPER,  ['B'] = FNR__C_UPPER,  ['C'] = FNR__C_UPPER,  ['D'] = FNR__C_UPPER,
    ['E'] = FNR__C_UPPER,  ['F'] = FNR__C_UPPER,  ['G'] = FNR__C_UPPER,  ['H'] = FNR__C_UPPER,
    ['I'] = FNR__C_UPPER,  ['J'] = FNR__C_UPPER,  ['K'] = FNR__C_UPPER,  ['L'] = FNR__C_UPPER,
    ['M'] = FNR__C_UPPER,  ['N'] = FNR__C_UPPER,  ['O'] = FNR__C_UPPER,  ['P'] = FNR__C_UPPER,
    ['Q'] = FNR__C_UPPER,  ['R'] = FNR__C_UPPER,  ['S'] = FNR__C_UPPER,  ['T'] = FNR__C_UPPER,
    ['U'] = FNR__C_UPPER,  ['V'] = FNR__C_UPPER,  ['W'] = FNR__C_UPPER,  ['X'] = FNR__C_UPPER,
    ['Y'] = FNR__C_UPPER,  ['Z'] = FNR__C_UPPER,  ['a'] = FNR__C_LOWER,  ['b'] = FNR__C_LOWER,
    ['c'] = FNR__C_LOWER,  ['d'] = FNR__C_LOWER,  ['e'] = FNR__C_LOWER,  ['f'] = FNR__C_LOWER,
    ['g'] = FNR__C_LOWER,  ['h'] = FNR__C_LOWER,  ['i'] = FNR__C_LOWER,  ['j'] = FNR__C_LOWER,
    ['k'] = FNR__C_LOWER,  ['l'] = FNR__C_LOWER,  ['m'] = FNR__C_LOWER,  ['n'] = FNR__C_LOWER,
    ['o'] = FNR__C_LOWER,  ['p'] = FNR__C_LOWER,  ['q'] = FNR__C_LOWER,  ['r'] = FNR__C_LOWER,
    ['s'] = FNR__C_LOWER,  ['t'] = FNR__C_LOWER,  ['u'] = FNR__C_LOWER,  ['v'] = FNR__C_LOWER,
    ['w'] = FNR__C_LOWER,  ['x'] = FNR__C_LOWER,  ['y'] = FNR__C_LOWER,  ['z'] = FNR__C_LOWER,
};

/* The bytes of the fast path of scan_word: ASCII letters and digits (bit
 * 0), lower-case letters also bit 1, digits also bit 2; 0 for every other
 * byte. */
static const unsigned char ascii_run[256] = {
    ['0'] = 5, ['1'] = 5, ['2'] = 5, ['3'] = 5, ['4'] = 5, ['5'] = 5, ['6'] = 5, ['7'] = 5,
    ['8'] = 5, ['9'] = 5, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 3, ['b'] = 3, ['c'] = 3, ['d'] = 3,
    ['e'] = 3, ['f'] = 3, ['g'] = 3, ['h'] = 3, ['i'] = 3, ['j'] = 3, ['k'] = 3, ['l'] = 3,
    ['m'] = 3, ['n'] = 3, ['o'] = 3, ['p'] = 3, ['q'] = 3, ['r'] = 3, ['s'] = 3, ['t'] = 3,
    ['u'] = 3, ['v'] = 3, ['w'] = 3, ['x'] = 3, ['y'] = 3, ['z'] = 3,
};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#    define SWAR_RUN 1
#else
#    define SWAR_RUN 0
#endif

#if SWAR_RUN
/*
 * The fast path of scan_word eight bytes at a time: the byte loop below it
 * ran once per letter and its exit, at a word's end, was a branch the
 * processor guessed wrong about once a word. Bytes with the high bit clear
 * are tested against ranges by adding to each byte at once (no carry
 * leaves a byte); the result has the high bit of each byte set when the
 * byte is in the range.
 */
#    define SWAR_ONES  UINT64_C(0x0101010101010101)
#    define SWAR_HIGHS (SWAR_ONES * 0x80)

static inline uint64_t swar_in(uint64_t low7, unsigned lo, unsigned hi)
{
    return (low7 + SWAR_ONES * (0x80 - lo)) & ~(low7 + SWAR_ONES * (0x7F - hi)) & SWAR_HIGHS;
}

/* The length of the run of ASCII letters and digits at s[0..8), and in
 * *seen the ascii_run bits (2 lower case, 4 digit) of the bytes in it. */
static inline size_t swar_run8(const char *s, unsigned *seen)
{
    uint64_t w;
    memcpy(&w, s, 8);
    uint64_t ascii = ~w & SWAR_HIGHS, low7 = w & ~SWAR_HIGHS;
    uint64_t digit = swar_in(low7, '0', '9') & ascii;
    uint64_t alpha = swar_in(low7 | SWAR_ONES * 0x20, 'a', 'z') & ascii;
    uint64_t lower = alpha & (w << 2); /* a letter's bit 5 (lower case) moved to bit 7 */
    uint64_t stop = ~(digit | alpha) & SWAR_HIGHS;
    size_t k = 8;
    if (stop) {
        k = (size_t)__builtin_ctzll(stop) / 8;
        uint64_t in = (UINT64_C(1) << (8 * k)) - 1;
        lower &= in;
        digit &= in;
    }
    *seen = (lower ? 2u : 0u) | (digit ? 4u : 0u);
    return k;
}
#endif

#if defined(__SSE2__)
/* swar_run8's answer for s[0..16) with SSE2 (which every x86-64 has): a
 * word of prose is mostly one step of this, where it was one or two of
 * eight bytes, each about twice the instructions. The byte ranges are
 * tested with signed compares after an offset, which puts every byte above
 * 0x7F out of both ranges. */
static inline size_t sse_run16(const char *s, unsigned *seen)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(0x80 - 'a'))),
                                   _mm_set1_epi8((char)(0x80 + 26)));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
                                   _mm_set1_epi8((char)(0x80 + 10)));
    unsigned am = (unsigned)_mm_movemask_epi8(alpha), dm = (unsigned)_mm_movemask_epi8(digit);
    /* a letter's bit 5 (lower case) moved to bit 7 */
    unsigned lm = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)) & am;
    size_t k = (size_t)__builtin_ctz(~(am | dm)); /* bit 16 up is set: at most 16 */
    unsigned in = (1u << k) - 1;
    *seen = (lm & in ? 2u : 0u) | (dm & in ? 4u : 0u);
    return k;
}
#endif

static bool is_mark_cp(int32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
           (cp >= 0x0591 && cp <= 0x05C7) || (cp >= 0x0610 && cp <= 0x061A) ||
           (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED) ||
           (cp >= 0x0900 && cp <= 0x0903) || (cp >= 0x093A && cp <= 0x094F) ||
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || cp == 0x200C ||
           cp == 0x200D || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

static int class_of_cp(int32_t cp)
{
    switch (cp) {
    case 0x00A0: /* no-break space */
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B: /* zero-width space and the BOM separate like spaces */
    case 0xFEFF:
        return FNR__C_SPACE;
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return FNR__C_NL;
    case 0x2019:
    case 0x02BC:
        return FNR__C_APOS;
    case 0x2010:
    case 0x2011:
        return FNR__C_HYPH;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) {
        return FNR__C_SPACE;
    }
    if (fnr_cp_is_letter(cp)) {
        return fnr_cp_is_upper(cp) ? FNR__C_UPPER : FNR__C_LOWER;
    }
    if (fnr_cp_is_digit(cp)) {
        return FNR__C_DIGIT;
    }
    if (is_mark_cp(cp)) {
        return FNR__C_MARK;
    }
    return FNR__C_OTHER;
}

int fnr__text_class(const char *s, size_t len, size_t *out_n, int32_t *out_cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *out_n = 1;
        if (out_cp) {
            *out_cp = c;
        }
        return ascii_class[c];
    }
    int32_t cp;
    size_t n = fnr_utf8_decode(s, len, &cp);
    *out_n = n ? n : 1;
    if (out_cp) {
        *out_cp = cp;
    }
    return cp < 0 ? FNR__C_OTHER : class_of_cp(cp);
}

/*
 * Checked only for a word directly followed by '.', so a linear scan is
 * cheap; the length and first byte are compared before the rest.
 */
#define ABBR(s)         \
    {                   \
        s, sizeof s - 1 \
    }

static const struct {
    const char *s;
    size_t len;
} abbrevs[] = {
    ABBR("Jan"),  ABBR("Feb"), ABBR("Mar"),  ABBR("Apr"),  ABBR("Jun"),  ABBR("Jul"),
    ABBR("Aug"),  ABBR("Sep"), ABBR("Sept"), ABBR("Oct"),  ABBR("Nov"),  ABBR("Dec"),
    ABBR("Mr"),   ABBR("Mrs"), ABBR("Ms"),   ABBR("Dr"),   ABBR("Prof"), ABBR("Gen"),
    ABBR("Col"),  ABBR("Lt"),  ABBR("Sgt"),  ABBR("Capt"), ABBR("Maj"),  ABBR("Rep"),
    ABBR("Sen"),  ABBR("Gov"), ABBR("St"),   ABBR("No"),   ABBR("Co"),   ABBR("Inc"),
    ABBR("Ltd"),  ABBR("Jr"),  ABBR("Sr"),   ABBR("vs"),   ABBR("Adm"),  ABBR("Brig"),
    ABBR("Cmdr"), ABBR("Cpl"), ABBR("Pvt"),  ABBR("Rev"),  ABBR("Hon"),  ABBR("Corp"),
    ABBR("Dept"), ABBR("Mt"),  ABBR("Ft"),   ABBR("Nos"),  ABBR("Vol"),  ABBR("approx"),
    ABBR("Art"),  ABBR("Cf"),
};

/* true when some abbreviation above starts with c: most words before a
 * period ("said.", "ago.") are ruled out here, before the list. Keep it in
 * step with the list. */
static bool abbrev_first(unsigned char c)
{
    switch (c) {
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'F':
    case 'G':
    case 'H':
    case 'I':
    case 'J':
    case 'L':
    case 'M':
    case 'N':
    case 'O':
    case 'P':
    case 'R':
    case 'S':
    case 'V':
    case 'a':
    case 'v':
        return true;
    default:
        return false;
    }
}

bool fnr__text_is_abbrev(const char *s, size_t len)
{
    if (len == 0 || len > 6 || !abbrev_first((unsigned char)s[0])) {
        return false;
    }
    for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++) {
        if (abbrevs[i].len == len && abbrevs[i].s[0] == s[0] && memcmp(abbrevs[i].s, s, len) == 0) {
            return true;
        }
    }
    return false;
}

/* Contractions whose "'s" is "is"/"has"/"us", not a possessive. */
static bool is_contraction_base(const char *s, size_t len)
{
    static const struct {
        const char *s;
        size_t len;
    } bases[] = { ABBR("it"), ABBR("that"), ABBR("there"), ABBR("here"),  ABBR("what"), ABBR("who"),
                  ABBR("he"), ABBR("she"),  ABBR("let"),   ABBR("where"), ABBR("how"),  ABBR("Let"),
                  ABBR("It"), ABBR("That"), ABBR("There"), ABBR("Here"),  ABBR("What"), ABBR("Who"),
                  ABBR("He"), ABBR("She"),  ABBR("Where"), ABBR("How") };

    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        if (bases[i].len == len && memcmp(bases[i].s, s, len) == 0) {
            return true;
        }
    }
    return false;
}

/* Where tokens go: a cursor into the vector's storage, kept here (not in
 * v->len) while the span is read, so that a token costs its four stores and
 * one compare; tok_out_done puts the length back. */
typedef struct tok_out {
    fnr_vec *v;
    fnr_token *p;   /* next token */
    fnr_token *end; /* the storage's end */
    fnr_status st;
} tok_out;

static void tok_out_sync(tok_out *o)
{
    o->v->len = (size_t)(o->p - (fnr_token *)o->v->data);
}

static bool emit_grow(tok_out *o)
{
    tok_out_sync(o);
    fnr_vec *v = o->v;
    size_t want = v->len + (v->len < 256 ? 256 : v->len);
    fnr_status st = fnr_vec_reserve(v, want);
    if (st != FNR_OK) {
        o->st = st;
        return false;
    }
    o->p = (fnr_token *)v->data + v->len;
    o->end = (fnr_token *)v->data + v->cap;
    return true;
}

static inline bool emit(tok_out *o, size_t start, size_t end, unsigned kind, unsigned flags)
{
    if (o->p == o->end && !emit_grow(o)) {
        return false;
    }
    fnr_token *t = o->p++;
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = (uint16_t)kind;
    t->flags = (uint16_t)flags;
    return true;
}

static inline int cls_at(const char *s, size_t i, size_t end, size_t *n)
{
    if (i >= end) {
        *n = 0;
        return -1;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        return ascii_class[c];
    }
    return fnr__text_class(s + i, end - i, n, NULL);
}

/*
 * Tries "A.J.A.", "U.S.", "A.V.I": at least two single letters joined by
 * periods. Returns the end of the token, or 0 when there is none at i.
 */
static size_t scan_initials(const char *s, size_t i, size_t end)
{
    size_t q = i, n, n2, letters = 0, tok_end = 0;
    for (;;) {
        int c = cls_at(s, q, end, &n);
        if (!fnr__is_letter_class(c)) {
            break;
        }
        size_t q1 = q + n;
        int c1 = cls_at(s, q1, end, &n2);
        if (fnr__is_word_class(c1) || c1 == FNR__C_APOS) {
            break; /* not a single letter */
        }
        letters++;
        if (c1 != FNR__C_DOT) {
            tok_end = q1; /* "A.V.I": the last letter has no period */
            break;
        }
        size_t q2 = q1 + 1;
        int c2 = cls_at(s, q2, end, &n2);
        if (fnr__is_letter_class(c2)) {
            size_t n3;
            int c3 = cls_at(s, q2 + n2, end, &n3);
            if (!fnr__is_word_class(c3) && c3 != FNR__C_APOS) {
                q = q2;
                continue;
            }
        }
        /* The final period belongs to the token before a space, punctuation or the end. */
        tok_end = (c2 < 0 || !(fnr__is_word_class(c2))) ? q2 : q1;
        break;
    }
    return letters >= 2 ? tok_end : 0;
}

/* The run of ASCII letters and digits at s[p..end): its end, and in *seen
 * the ascii_run bits (2 lower case, 4 digit) of its bytes. */
static inline size_t ascii_run_end(const char *s, size_t p, size_t end, unsigned *seen)
{
    unsigned acc = 0, m;
#if defined(__SSE2__)
    while (end - p >= 16) {
        unsigned seen16;
        size_t k = sse_run16(s + p, &seen16);
        acc |= seen16;
        p += k;
        if (k < 16) {
            *seen = acc;
            return p;
        }
    }
#endif
#if SWAR_RUN
    while (end - p >= 8) {
        unsigned seen8;
        size_t k = swar_run8(s + p, &seen8);
        acc |= seen8;
        p += k;
        if (k < 8) {
            break;
        }
    }
#endif
    while (p < end && (m = ascii_run[(unsigned char)s[p]]) != 0) {
        acc |= m;
        p++;
    }
    *seen = acc;
    return p;
}

/* Emits the word s[i..p) whose bytes are all ASCII letters and digits,
 * the first a letter; seen as ascii_run_end gives it. A period after it
 * stays in it when it is an abbreviation. Returns the token's end. */
static inline size_t emit_ascii_word(tok_out *o, const char *s, size_t i, size_t p, size_t end,
                                     unsigned flags, unsigned seen)
{
    unsigned f = flags | FNR_TF_ALNUM;
    if ((unsigned char)(s[i] - 'A') < 26u) {
        f |= FNR_TF_CAP;
    }
    if (!(seen & 2)) {
        f |= FNR_TF_UPPER;
    }
    if (seen & 4) {
        f |= FNR_TF_DIGIT;
    }
    size_t tok_end = p;
    if (p < end && s[p] == '.' && fnr__text_is_abbrev(s + i, p - i)) {
        tok_end = p + 1;
        f = (f | FNR_TF_ABBREV) & ~(unsigned)FNR_TF_ALNUM; /* the period is in the word */
    }
    if (!emit(o, i, tok_end, FNR_TOK_WORD, f)) {
        return end;
    }
    return tok_end;
}

/* Words that, after a hyphen, say how something relates to the name
 * before it ("al-Qaida-linked", "Iran-backed"); "-led" is left out, since
 * the dictionary holds names with it ("US-led coalition"). */
static const char *const AFFILIATIONS[] = { "linked",    "backed",     "inspired",  "affiliated",
                                            "aligned",   "allied",     "sponsored", "funded",
                                            "supported", "controlled", "based",     "trained",
                                            "directed",  "run",        "owned",     NULL };

/* Is text[a..) one of AFFILIATIONS, ending the word, after a word [w, ..)
 * that holds a capital letter? Only the bytes of the two words are read. */
static bool affiliation_at(const char *s, size_t w, size_t a, size_t end)
{
    bool cap = false;
    for (size_t q = w; q + 1 < a && !cap; q++) {
        cap = (unsigned char)(s[q] - 'A') < 26u;
    }
    if (!cap) {
        return false;
    }
    for (const char *const *f = AFFILIATIONS; *f; f++) {
        size_t n = strlen(*f), n2;
        if (a + n > end || memcmp(s + a, *f, n) != 0) {
            continue;
        }
        int c = cls_at(s, a + n, end, &n2);
        return !fnr__is_word_class(c) && c != FNR__C_HYPH && c != FNR__C_APOS;
    }
    return false;
}

/* Do the n bytes at a equal the lower-case ASCII word w, in any case? */
static bool ascii_word_is(const char *a, const char *w, size_t n)
{
    if (strlen(w) != n) {
        return false;
    }
    for (size_t k = 0; k < n; k++) {
        if ((a[k] | 0x20) != w[k]) {
            return false;
        }
    }
    return true;
}

/* Lower-case words after "A-B" that make it two names side by side
 * ("the Iraq-Syria border", "the Iran-Iraq war") rather than one. */
static const char *const PAIR_HEADS[] = { "border",   "borders",   "frontier", "boundary",  "war",
                                          "conflict", "ceasefire", "talks",    "relations", "ties",
                                          "axis",     "corridor",  NULL };

/* Particles that a hyphen joins to the name after them ("Al-Qaim"). */
static const char *const PAIR_PARTICLES[] = { "al",  "el",  "ul",  "abu", "ibn",
                                              "bin", "ben", "umm", NULL };

/* Does the hyphen at h (of n bytes) part two names, the word [w, h) and a
 * capitalised one after it, of a compound that a word of PAIR_HEADS
 * follows? The first name has four bytes or more, or is an acronym of two
 * or three letters that is no particle ("US-Mexico border"); every part
 * after a hyphen is capitalised. Only the compound's bytes and the next
 * word's are read. */
static bool names_pair_at(const char *s, size_t w, size_t h, size_t n, size_t end, bool upper)
{
    size_t len = h - w;
    if (len < 4 && !(upper && len >= 2)) {
        return false;
    }
    for (const char *const *pp = PAIR_PARTICLES; *pp && len < 4; pp++) {
        if (ascii_word_is(s + w, *pp, len)) {
            return false;
        }
    }
    size_t q = h + n, n2;
    int c = cls_at(s, q, end, &n2);
    while (c == FNR__C_UPPER) {
        while (fnr__is_word_class(c)) {
            q += n2;
            c = cls_at(s, q, end, &n2);
        }
        if (c != FNR__C_HYPH) {
            break;
        }
        q += n2;
        c = cls_at(s, q, end, &n2);
        if (c != FNR__C_UPPER) {
            return false;
        }
    }
    if (c != FNR__C_SPACE) {
        return false;
    }
    while (c == FNR__C_SPACE) {
        q += n2;
        c = cls_at(s, q, end, &n2);
    }
    size_t a = q;
    while (q < end && (unsigned char)((s[q] | 0x20) - 'a') < 26u) {
        q++;
    }
    c = cls_at(s, q, end, &n2);
    if (q == a || fnr__is_word_class(c) || c == FNR__C_HYPH || c == FNR__C_APOS) {
        return false;
    }
    for (const char *const *f = PAIR_HEADS; *f; f++) {
        if (ascii_word_is(s + a, *f, q - a)) {
            return true;
        }
    }
    return false;
}

/* Scans a word starting at a letter or digit; emits it (and a possessive). */
static size_t scan_word(tok_out *o, const char *s, size_t i, size_t end, unsigned flags)
{
    size_t p = i, n;
    bool has_letter = false, all_upper = true, first_upper = false, hyphen = false;
    bool alnum = true, digit = false; /* FNR_TF_ALNUM, FNR_TF_DIGIT */
    size_t poss_start = 0, poss_end = 0;
    /* Most words are ASCII letters and digits from a letter up to a space
     * or punctuation: found in one run and emitted without the loop
     * below. Only '-', '\'' and a byte above 0x7F after the run may go on
     * with the word; those take the loop, from the run's end. */
    if ((unsigned char)((s[i] | 0x20) - 'a') < 26u) {
        unsigned seen;
        p = ascii_run_end(s, i, end, &seen);
        unsigned char c = p < end ? (unsigned char)s[p] : 0;
        if (p == end || (c < 0x80 && c != '-' && c != '\'')) {
            return emit_ascii_word(o, s, i, p, end, flags, seen);
        }
        has_letter = true;
        first_upper = (unsigned char)(s[i] - 'A') < 26u;
        all_upper = !(seen & 2);
        digit = (seen & 4) != 0;
    }
    for (;;) {
        /* Fast path: a run of ASCII letters and digits. */
        if (has_letter) {
            unsigned seen;
            p = ascii_run_end(s, p, end, &seen);
            if (seen & 2) {
                all_upper = false;
            }
            if (seen & 4) {
                digit = true;
            }
        }
        int c = cls_at(s, p, end, &n);
        if (c == FNR__C_UPPER || c == FNR__C_LOWER) {
            if (!has_letter) {
                first_upper = c == FNR__C_UPPER;
                has_letter = true;
            }
            if (c == FNR__C_LOWER) {
                all_upper = false;
            }
            if (n > 1) {
                alnum = false;
            }
            p += n;
            continue;
        }
        if (c == FNR__C_DIGIT || c == FNR__C_MARK) {
            if (c == FNR__C_DIGIT && n == 1) {
                digit = true;
            } else {
                alnum = false; /* a mark, or a digit outside ASCII */
            }
            p += n;
            continue;
        }
        if ((c == FNR__C_HYPH || c == FNR__C_APOS) && has_letter) {
            /* a hyphen or apostrophe that stays in the word is not alnum;
             * one that ends it is not in the word */
            size_t n2;
            int c2 = cls_at(s, p + n, end, &n2);
            if (c == FNR__C_HYPH) {
                if (fnr__is_letter_class(c2) || c2 == FNR__C_DIGIT) {
                    /* "al-Qaida-linked", "Islamic State-inspired": a name
                     * ends before a lower-case word of affiliation */
                    if (c2 == FNR__C_LOWER && affiliation_at(s, i, p + n, end)) {
                        break;
                    }
                    /* "the Iraq-Syria border": two names, each a word */
                    if (c2 == FNR__C_UPPER && first_upper && !hyphen &&
                        names_pair_at(s, i, p, n, end, all_upper)) {
                        break;
                    }
                    hyphen = true;
                    alnum = false;
                    p += n;
                    continue;
                }
                break;
            }
            /* An apostrophe between letters (the byte before is a letter or mark). */
            if (!fnr__is_letter_class(c2)) {
                break;
            }
            size_t n3;
            int c3 = cls_at(s, p + n + n2, end, &n3);
            bool s_only = (s[p + n] == 's' || s[p + n] == 'S') && !fnr__is_word_class(c3) &&
                          c3 != FNR__C_APOS;
            if (s_only && !is_contraction_base(s + i, p - i)) {
                poss_start = p;
                poss_end = p + n + n2;
                break;
            }
            alnum = false;
            p += n;
            continue;
        }
        break;
    }
    unsigned f = flags;
    if (first_upper) {
        f |= FNR_TF_CAP;
    }
    if (has_letter && all_upper) {
        f |= FNR_TF_UPPER;
    }
    if (hyphen) {
        f |= FNR_TF_HYPHEN;
    }
    size_t tok_end = p;
    if (!poss_end && !hyphen && p < end && s[p] == '.' && fnr__text_is_abbrev(s + i, p - i)) {
        tok_end = p + 1;
        f |= FNR_TF_ABBREV;
        alnum = false; /* the period is in the word */
    }
    if (alnum) {
        f |= FNR_TF_ALNUM;
    }
    if (digit) {
        f |= FNR_TF_DIGIT;
    }
    if (!emit(o, i, tok_end, FNR_TOK_WORD, f)) {
        return end;
    }
    if (poss_end) {
        if (!emit(o, poss_start, poss_end, FNR_TOK_PUNCT, FNR_TF_POSS)) {
            return end;
        }
        return poss_end;
    }
    return tok_end;
}

/* Scans a number at a digit: "426", "3,000", "2.5", "1990s"; "3D" is a word. */
static size_t scan_number(tok_out *o, const char *s, size_t i, size_t end, unsigned flags)
{
    size_t p = i, n;
    bool sep = false;
    for (;;) {
        int c = cls_at(s, p, end, &n);
        if (c == FNR__C_DIGIT) {
            p += n;
            continue;
        }
        if ((c == FNR__C_COMMA || c == FNR__C_DOT) && p + 1 < end && s[p + 1] >= '0' &&
            s[p + 1] <= '9') {
            sep = true;
            p += 1;
            continue;
        }
        break;
    }
    size_t n2;
    int c = cls_at(s, p, end, &n);
    if (fnr__is_letter_class(c) || c == FNR__C_MARK) {
        int c2 = cls_at(s, p + n, end, &n2);
        if (s[p] == 's' && !fnr__is_word_class(c2)) {
            p += 1; /* "1990s" */
        } else if (!sep) {
            return scan_word(o, s, i, end, flags);
        }
    }
    if (!emit(o, i, p, FNR_TOK_NUMBER, flags)) {
        return end;
    }
    return p;
}

fnr_status fnr_tokenize(const char *text, size_t start, size_t end, fnr_vec *out)
{
    if (!text || !out || start > end) {
        return FNR_INVALID;
    }
    if (end > UINT32_MAX) {
        return FNR_TOOBIG;
    }
    if (out->cap - out->len < (end - start) / 5 + 16) {
        fnr_status st = fnr_vec_reserve(out, out->len + (end - start) / 5 + 16);
        if (st != FNR_OK) {
            return st;
        }
    }
    tok_out o = { out, (fnr_token *)out->data + out->len, (fnr_token *)out->data + out->cap,
                  FNR_OK };
    size_t i = start, n;
    unsigned pending = 0;
    while (i < end) {
        unsigned char b = (unsigned char)text[i];
        int c;
        if (b < 0x80) {
            c = ascii_class[b];
            n = 1;
        } else {
            c = fnr__text_class(text + i, end - i, &n, NULL);
        }
        switch (c) {
        case FNR__C_SPACE:
            pending |= FNR_TF_SPACE_BEFORE;
            i += n;
            continue;
        case FNR__C_NL:
            pending |= FNR_TF_SPACE_BEFORE | FNR_TF_NEWLINE_BEFORE;
            i += n;
            continue;
        case FNR__C_UPPER:
        case FNR__C_LOWER: {
            /* Initials need a period right after the first letter. */
            bool dot;
            if (b < 0x80) {
                /* scan_word's fast path without the call, for most words;
                 * the period of initials ends a run of one letter */
                unsigned seen;
                size_t p = ascii_run_end(text, i, end, &seen);
                unsigned char after = p < end ? (unsigned char)text[p] : 0;
                dot = p == i + 1 && after == '.';
                if (!dot && (p == end || (after < 0x80 && after != '-' && after != '\''))) {
                    i = emit_ascii_word(&o, text, i, p, end, pending, seen);
                    break;
                }
            } else {
                dot = i + n < end && text[i + n] == '.';
            }
            size_t e = dot ? scan_initials(text, i, end) : 0;
            if (e) {
                unsigned f = pending | FNR_TF_INITIALS;
                bool up = true, cap = false, first = true;
                for (size_t q = i; q < e;) {
                    size_t m;
                    int k = cls_at(text, q, e, &m);
                    if (fnr__is_letter_class(k)) {
                        if (first) {
                            cap = k == FNR__C_UPPER;
                            first = false;
                        }
                        if (k != FNR__C_UPPER) {
                            up = false;
                        }
                    }
                    q += m;
                }
                f |= (cap ? FNR_TF_CAP : 0u) | (up ? FNR_TF_UPPER : 0u);
                if (!emit(&o, i, e, FNR_TOK_WORD, f)) {
                    tok_out_sync(&o);
                    return o.st;
                }
                i = e;
            } else {
                i = scan_word(&o, text, i, end, pending);
            }
            break;
        }
        case FNR__C_DIGIT:
            i = scan_number(&o, text, i, end, pending);
            break;
        default:
            if (!emit(&o, i, i + n, FNR_TOK_PUNCT, pending)) {
                tok_out_sync(&o);
                return o.st;
            }
            i += n;
            break;
        }
        if (o.st != FNR_OK) {
            tok_out_sync(&o);
            return o.st;
        }
        pending = 0;
        /* most tokens are followed by one space: taken here, without a
         * turn of the loop and its switch */
        if (i < end && text[i] == ' ') {
            pending = FNR_TF_SPACE_BEFORE;
            i++;
        }
    }
    tok_out_sync(&o);
    return FNR_OK;
}
