/*
 * UTF-8 checking, repair, NFC and match keys: the first thing text meets
 * after decoding (src/text/) and the last thing names meet before they are
 * compared (src/extract/, src/kb/). Validation is strict (RFC 3629: no
 * overlong forms, surrogates, code points past U+10FFFF or truncated
 * sequences) and skips ASCII eight bytes at a time. NFC is left to utf8proc,
 * but only the non-ASCII runs of a text go through it, so memory stays
 * proportional to the longest run. A match key folds each code point on its
 * own (ASCII by table, the rest through utf8proc's NFKD, mark stripping and
 * lower-casing, plus the Turkish dotted/dotless i) and then applies the word
 * rules: a suffix after an apostrophe is dropped and Arabic name particles are
 * spelled one way.
 */
#include "base/utf8.h"

#include <string.h>
#include <utf8proc.h>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

#include "base/alloc.h"

/* Length of the valid sequence at p (n > 0 bytes left) and its code point in
 * *cp; 0 when the bytes at p do not start a valid sequence. */
static size_t seq_decode(const unsigned char *p, size_t n, int32_t *cp)
{
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c < 0xC2) {
        return 0; /* continuation byte, or C0/C1 (always overlong) */
    }
    if (c < 0xE0) {
        if (n < 2 || (p[1] & 0xC0) != 0x80) {
            return 0;
        }
        *cp = (int32_t)(((c & 0x1Fu) << 6) | (p[1] & 0x3Fu));
        return 2;
    }
    if (c < 0xF0) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80; /* E0 80..9F is overlong */
        unsigned hi = c == 0xED ? 0x9F : 0xBF; /* ED A0..BF are surrogates */
        if (n < 2 || p[1] < lo || p[1] > hi || n < 3 || (p[2] & 0xC0) != 0x80) {
            return 0;
        }
        *cp = (int32_t)(((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
        return 3;
    }
    if (c < 0xF5) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80; /* F0 80..8F is overlong */
        unsigned hi = c == 0xF4 ? 0x8F : 0xBF; /* F4 90.. is past U+10FFFF */
        if (n < 2 || p[1] < lo || p[1] > hi || n < 3 || (p[2] & 0xC0) != 0x80 || n < 4 ||
            (p[3] & 0xC0) != 0x80) {
            return 0;
        }
        *cp = (int32_t)(((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                        (p[3] & 0x3Fu));
        return 4;
    }
    return 0; /* F5..FF never occur */
}

/* true when the 8 bytes at p are all ASCII. */
static bool ascii8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return (w & UINT64_C(0x8080808080808080)) == 0;
}

bool fnr_utf8_valid(const char *s, size_t len, size_t *out_bad_offset)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
#if defined(__SSE2__)
        /* sixteen bytes at a time, and from the first non-ASCII byte on */
        if (len - i >= 16) {
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_loadu_si128((const __m128i *)(const void *)(p + i)));
            if (m == 0) {
                i += 16;
                continue;
            }
            i += (size_t)__builtin_ctz(m);
        }
#endif
        if (len - i >= 8 && ascii8(p + i)) {
            i += 8;
            continue;
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t n = seq_decode(p + i, len - i, &cp);
        if (n == 0) {
            if (out_bad_offset) {
                *out_bad_offset = i;
            }
            return false;
        }
        i += n;
    }
    if (out_bad_offset) {
        *out_bad_offset = len;
    }
    return true;
}

size_t fnr_utf8_decode(const char *s, size_t len, int32_t *out_cp)
{
    if (len == 0) {
        *out_cp = -1;
        return 0;
    }
    size_t n = seq_decode((const unsigned char *)s, len, out_cp);
    if (n == 0) {
        *out_cp = -1;
        return 1;
    }
    return n;
}

size_t fnr_utf8_encode(int32_t cp, char out[4])
{
    uint32_t c = (uint32_t)cp;
    if (cp < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        return 0;
    }
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

fnr_status fnr_utf8_repair(const char *s, size_t len, fnr_buf *out, size_t *out_n_bad)
{
    size_t n_bad = 0;
    if (out_n_bad) {
        *out_n_bad = 0;
    }
    fnr_status st = fnr_buf_reserve(out, len);
    if (st != FNR_OK) {
        return st;
    }
    const unsigned char *p = (const unsigned char *)s;
    char *dst = out->data + out->len;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8 && ascii8(p + i)) {
            memcpy(dst + i, p + i, 8);
            i += 8;
            continue;
        }
        int32_t cp;
        size_t n = seq_decode(p + i, len - i, &cp);
        if (n == 0) {
            /* One byte at a time, so that each byte of a broken sequence
             * becomes '?' and a valid sequence right after it survives. */
            dst[i++] = '?';
            n_bad++;
            continue;
        }
        memcpy(dst + i, p + i, n);
        i += n;
    }
    out->len += len;
    out->data[out->len] = '\0';
    if (out_n_bad) {
        *out_n_bad = n_bad;
    }
    return FNR_OK;
}

/*
 * NFC of one run s[0..len) that is self-contained for normalisation (it
 * starts at the text's start or an ASCII character and ends before an ASCII
 * character or at the end), appended to out.
 */
static fnr_status nfc_run(const char *s, size_t len, fnr_buf *out)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    fnr_status st = FNR_OK;
    /* Decomposition rarely more than triples the code point count. */
    size_t cap = len + 8;
    int32_t *cps = NULL;
    for (;;) {
        if (cap > SIZE_MAX / 4 / sizeof *cps) {
            st = FNR_TOOBIG;
            goto out;
        }
        cps = fnr_malloc(cap * sizeof *cps);
        if (!cps) {
            st = FNR_NOMEM;
            goto out;
        }
        utf8proc_ssize_t n =
            utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
                               (utf8proc_int32_t *)cps, (utf8proc_ssize_t)cap, opt);
        if (n < 0) {
            st = n == UTF8PROC_ERROR_NOMEM ? FNR_NOMEM : FNR_BADINPUT;
            goto out;
        }
        if ((size_t)n <= cap) {
            n = utf8proc_normalize_utf32((utf8proc_int32_t *)cps, n, opt);
            if (n < 0) {
                st = FNR_BADINPUT;
                goto out;
            }
            /* Re-encodes in place: 4 bytes per code point is always room. */
            n = utf8proc_reencode((utf8proc_int32_t *)cps, n, opt);
            if (n < 0) {
                st = FNR_BADINPUT;
                goto out;
            }
            st = fnr_buf_append(out, cps, (size_t)n);
            goto out;
        }
        cap = (size_t)n;
        fnr_free(cps);
        cps = NULL;
    }
out:
    fnr_free(cps);
    return st;
}

fnr_status fnr_utf8_nfc(const char *s, size_t len, fnr_buf *out)
{
    size_t bad;
    if (!fnr_utf8_valid(s, len, &bad)) {
        return FNR_BADINPUT;
    }
    const size_t base = out->len;
    fnr_status st = fnr_buf_reserve(out, len);
    if (st != FNR_OK) {
        return st;
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* ASCII is already NFC and nothing composes with a following ASCII
         * character, so only [ASCII before a run, end of the run) needs
         * utf8proc. */
        size_t j = i;
        while (j < len && p[j] < 0x80) {
            j++;
        }
        if (j == len) {
            st = fnr_buf_append(out, s + i, len - i);
            break;
        }
        size_t start = j > i ? j - 1 : j;
        st = fnr_buf_append(out, s + i, start - i);
        if (st != FNR_OK) {
            break;
        }
        size_t end = j;
        while (end < len && p[end] >= 0x80) {
            end++;
        }
        st = nfc_run(s + start, end - start, out);
        if (st != FNR_OK) {
            break;
        }
        i = end;
    }
    if (st != FNR_OK) {
        out->len = base;
        if (out->data) {
            out->data[base] = '\0';
        }
    }
    return st;
}

/* ---- folding ---------------------------------------------------------- */

/* How a folded code point takes part in a key. */
enum fold_kind {
    K_SEP = 0, /* white space, punctuation, symbols: a word boundary */
    K_WORD,    /* letters or digits: part of a word */
    K_DROP,    /* nothing (combining marks, format characters, bad bytes) */
    K_APOS,    /* an apostrophe: dropped, but it marks where a suffix may start */
};

/* The kind of each ASCII digit and apostrophe; letters are folded by range
 * in ascii_fold and everything else is K_SEP (0). */
static const unsigned char ascii_kind[128] = {
    ['0'] = K_WORD, ['1'] = K_WORD, ['2'] = K_WORD, ['3'] = K_WORD, ['4'] = K_WORD,  ['5'] = K_WORD,
    ['6'] = K_WORD, ['7'] = K_WORD, ['8'] = K_WORD, ['9'] = K_WORD, ['\''] = K_APOS, ['`'] = K_APOS,
    /* Letters are set to K_WORD below by range; everything else is K_SEP. */
};

static enum fold_kind ascii_fold(unsigned char c, char *out)
{
    if (c >= 'a' && c <= 'z') {
        *out = (char)c;
        return K_WORD;
    }
    if (c >= 'A' && c <= 'Z') {
        *out = (char)(c + ('a' - 'A'));
        return K_WORD;
    }
    if (ascii_kind[c] == K_WORD) {
        *out = (char)c;
        return K_WORD;
    }
    if (ascii_kind[c] == K_APOS) {
        return K_APOS;
    }
    /* A NUL in the middle of a text is as good as a space. */
    return K_SEP;
}

static bool is_apostrophe(int32_t cp)
{
    switch (cp) {
    case 0x27:   /* ' */
    case 0x60:   /* ` */
    case 0xB4:   /* ´ */
    case 0x2BB:  /* ʻ (okina, also used for ayn) */
    case 0x2BC:  /* ʼ */
    case 0x2BE:  /* ʾ (hamza in transliteration) */
    case 0x2BF:  /* ʿ (ayn in transliteration) */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ (prime, typed for an apostrophe) */
    case 0xFF07: /* ＇ */
        return true;
    default:
        return false;
    }
}

static bool cat_is_word(utf8proc_category_t c)
{
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static bool cat_is_mark(utf8proc_category_t c)
{
    return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

/*
 * Folds a non-ASCII code point into out[0..cap) (lower case, no marks, NFKD,
 * Turkish i). Returns its kind; *out_n is the code points written for K_WORD.
 */
static enum fold_kind fold_wide(int32_t cp, int32_t *out, size_t cap, size_t *out_n)
{
    *out_n = 0;
    if (is_apostrophe(cp)) {
        return K_APOS;
    }
    /* Letters NFKD leaves alone but readers treat as plain Latin ones. */
    const char *lit = NULL;
    switch (cp) {
    case 0x130: /* İ */
    case 0x131: /* ı */
        lit = "i";
        break;
    case 0xDF:   /* ß */
    case 0x1E9E: /* ẞ */
        lit = "ss";
        break;
    case 0xD8: /* Ø */
    case 0xF8: /* ø */
        lit = "o";
        break;
    case 0xC6: /* Æ */
    case 0xE6: /* æ */
        lit = "ae";
        break;
    case 0x152: /* Œ */
    case 0x153: /* œ */
        lit = "oe";
        break;
    case 0xD0:  /* Ð */
    case 0xF0:  /* ð */
    case 0x110: /* Đ */
    case 0x111: /* đ */
        lit = "d";
        break;
    case 0x141: /* Ł */
    case 0x142: /* ł */
        lit = "l";
        break;
    case 0x126: /* Ħ */
    case 0x127: /* ħ */
        lit = "h";
        break;
    case 0xDE: /* Þ */
    case 0xFE: /* þ */
        lit = "th";
        break;
    case 0x3C2: /* ς folds with σ */
        out[0] = 0x3C3;
        *out_n = 1;
        return K_WORD;
    default:
        break;
    }
    if (lit) {
        size_t n = 0;
        while (lit[n] && n < cap) {
            out[n] = lit[n];
            n++;
        }
        *out_n = n;
        return K_WORD;
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat_is_mark(cat) || cat == UTF8PROC_CATEGORY_CF) {
        return K_DROP; /* accents, soft hyphens, zero-width joiners */
    }
    if (!cat_is_word(cat)) {
        return K_SEP;
    }
    utf8proc_int32_t tmp[32];
    int last_boundclass = 0;
    utf8proc_ssize_t nd = utf8proc_decompose_char(
        cp, tmp, 32, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, &last_boundclass);
    if (nd < 0 || nd > 32) {
        tmp[0] = cp;
        nd = 1;
    }
    size_t n = 0;
    for (utf8proc_ssize_t k = 0; k < nd && n < cap; k++) {
        int32_t c = utf8proc_tolower(tmp[k]);
        if (c == 0x131) {
            c = 'i';
        }
        if (cat_is_word(utf8proc_category(c))) {
            out[n++] = c;
        }
    }
    *out_n = n;
    return n ? K_WORD : K_SEP;
}

size_t fnr_fold_cp(int32_t cp, int32_t out[4])
{
    if (cp < 0 || cp > 0x10FFFF) {
        return 0;
    }
    if (cp < 0x80) {
        char c;
        enum fold_kind k = ascii_fold((unsigned char)cp, &c);
        if (k == K_WORD) {
            out[0] = (unsigned char)c;
            return 1;
        }
        if (k == K_SEP) {
            out[0] = ' ';
            return 1;
        }
        return 0;
    }
    size_t n;
    enum fold_kind k = fold_wide(cp, out, 4, &n);
    if (k == K_WORD) {
        return n;
    }
    if (k == K_SEP) {
        out[0] = ' ';
        return 1;
    }
    return 0;
}

bool fnr_cp_is_letter(int32_t cp)
{
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool fnr_cp_is_digit(int32_t cp)
{
    if (cp < 0x80) {
        return cp >= '0' && cp <= '9';
    }
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool fnr_cp_is_upper(int32_t cp)
{
    if (cp < 0x80) {
        return cp >= 'A' && cp <= 'Z';
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* ---- match keys ------------------------------------------------------- */

/*
 * Suffixes dropped after an apostrophe, in folded spelling (so "ın", "in",
 * "ün" and "un" are all "in"/"un"). A suffix that starts with a vowel only
 * follows a consonant in Turkish (after a vowel a buffer y or n comes
 * first), which keeps "Sana'a" and "Shi'a" whole.
 */
static const char *const apostrophe_suffixes[] = {
    /* English possessive */
    "s",
    /* genitive */
    "in", "un", "nin", "nun",
    /* dative, accusative */
    "a", "e", "ya", "ye", "i", "u", "yi", "yu", "na", "ne", "ni", "nu",
    /* locative, ablative, with -ki */
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "nda", "nde", "ndan", "nden", "daki",
    "deki", "taki", "teki", "ndaki", "ndeki",
    /* instrumental */
    "la", "le", "yla", "yle",
    /* plural and plural with case */
    "lar", "ler", "lari", "leri", "larin", "lerin", "lara", "lere", "larda", "lerde", "lardan",
    "lerden",
    /* possessive + case ("PKK'sı", "IŞİD'in lideri") */
    "si", "su", "sin", "sun", "ina", "ine", "una", "une", "ini", "unu", "inda", "inde", "unda",
    "unde", "indan", "inden", "undan", "unden",
    /* copula and "while", "was" */
    "dir", "dur", "tir", "tur", "yken", "ydi", "ydu", "di", "du", "ti", "tu",
    /* -li "from" ("İstanbul'lu") */
    "li", "lu"
};

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool is_apostrophe_suffix(const char *s, size_t len, char stem_last)
{
    for (size_t k = 0; k < sizeof apostrophe_suffixes / sizeof apostrophe_suffixes[0]; k++) {
        const char *suf = apostrophe_suffixes[k];
        if (strlen(suf) == len && memcmp(suf, s, len) == 0) {
            return !is_vowel(suf[0]) || !is_vowel(stem_last);
        }
    }
    return false;
}

/* The one spelling of an Arabic name particle, or NULL. */
static const char *particle_canon(const char *w, size_t len)
{
    static const struct {
        const char *word;
        const char *canon;
    } particles[] = { { "al", "al" },   { "el", "al" },    { "ul", "al" },   { "abu", "abu" },
                      { "ebu", "abu" }, { "abou", "abu" }, { "bin", "bin" }, { "ibn", "bin" } };

    if (len < 2 || len > 4) {
        return NULL;
    }
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++) {
        if (strlen(particles[k].word) == len && memcmp(particles[k].word, w, len) == 0) {
            return particles[k].canon;
        }
    }
    return NULL;
}

const char *fnr_matchkey_particle(const char *w, size_t len)
{
    return particle_canon(w, len);
}

#define NO_POS SIZE_MAX

/* The word-level state of one key being built. */
typedef struct key_state {
    fnr_buf *out;
    bool in_word;
    bool need_sep;          /* a word was written: the next one needs a space */
    size_t word_start;      /* offset in out of the current word */
    size_t apos;            /* offset in out of the last apostrophe, or NO_POS */
    const char *pend_canon; /* particle spelling for the previous word, or NULL */
    size_t pend_start;      /* offset in out of that word */
} key_state;

static void key_word_end(key_state *ks)
{
    if (!ks->in_word) {
        return;
    }
    fnr_buf *out = ks->out;
    if (ks->apos != NO_POS && ks->apos - ks->word_start >= 2 && ks->apos < out->len &&
        is_apostrophe_suffix(out->data + ks->apos, out->len - ks->apos, out->data[ks->apos - 1])) {
        out->len = ks->apos;
    }
    ks->pend_canon = particle_canon(out->data + ks->word_start, out->len - ks->word_start);
    ks->pend_start = ks->word_start;
    ks->in_word = false;
    ks->need_sep = true;
    ks->apos = NO_POS;
}

/* Opens a word (room for at least 8 bytes is reserved by the caller). */
static void key_word_start(key_state *ks)
{
    fnr_buf *out = ks->out;
    if (ks->need_sep) {
        if (ks->pend_canon) {
            /* The canonical spelling is never longer than the original. */
            size_t n = strlen(ks->pend_canon);
            memcpy(out->data + ks->pend_start, ks->pend_canon, n);
            out->len = ks->pend_start + n;
            ks->pend_canon = NULL;
        }
        out->data[out->len++] = ' ';
    }
    ks->pend_canon = NULL;
    ks->word_start = out->len;
    ks->in_word = true;
    ks->apos = NO_POS;
}

/* A word of ASCII letters and digits only (most words of a report): its
 * key is its lower case, with no particle, apostrophe or separator to
 * consider. */
static bool ascii_alnum_word(const unsigned char *p, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i] | 0x20;
        if (!((c >= 'a' && c <= 'z') || (p[i] >= '0' && p[i] <= '9')))
            return false;
    }
    return len > 0;
}

fnr_status fnr_matchkey(const char *s, size_t len, fnr_buf *out)
{
    if (len <= 64 && ascii_alnum_word((const unsigned char *)s, len)) {
        fnr_status rs = fnr_buf_reserve(out, len + 1);
        if (rs != FNR_OK)
            return rs;
        char *d = out->data + out->len;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            d[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        out->len += len;
        out->data[out->len] = '\0';
        return FNR_OK;
    }
    const size_t base = out->len;
    key_state ks = { .out = out, .apos = NO_POS };
    const unsigned char *p = (const unsigned char *)s;
    fnr_status st = FNR_OK;
    size_t i = 0;
    while (i < len) {
        /* Room for the widest step: a space plus 32 folded code points. */
        if (out->cap - out->len < 1 + 32 * 4 + 1 || !out->data) {
            size_t want = len - i < 64 ? 160 : len - i + 160;
            st = fnr_buf_reserve(out, want);
            if (st != FNR_OK) {
                st = fnr_buf_reserve(out, 1 + 32 * 4);
                if (st != FNR_OK) {
                    goto out;
                }
            }
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            char f;
            enum fold_kind k = ascii_fold(c, &f);
            i++;
            if (k == K_WORD) {
                if (!ks.in_word) {
                    key_word_start(&ks);
                }
                out->data[out->len++] = f;
            } else if (k == K_APOS) {
                if (ks.in_word) {
                    ks.apos = out->len;
                }
            } else {
                key_word_end(&ks);
            }
            continue;
        }
        int32_t cp;
        size_t n = seq_decode(p + i, len - i, &cp);
        if (n == 0) {
            i++; /* invalid bytes are skipped */
            continue;
        }
        i += n;
        int32_t folded[32];
        size_t nf;
        enum fold_kind k = fold_wide(cp, folded, 32, &nf);
        if (k == K_WORD) {
            if (!ks.in_word) {
                key_word_start(&ks);
            }
            for (size_t m = 0; m < nf; m++) {
                char enc[4];
                size_t ne = fnr_utf8_encode(folded[m], enc);
                memcpy(out->data + out->len, enc, ne);
                out->len += ne;
            }
        } else if (k == K_APOS) {
            if (ks.in_word) {
                ks.apos = out->len;
            }
        } else if (k == K_SEP) {
            key_word_end(&ks);
        }
    }
    key_word_end(&ks);
out:
    if (st != FNR_OK) {
        out->len = base;
    }
    if (out->data) {
        out->data[out->len] = '\0';
    }
    return st;
}
