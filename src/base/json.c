/*
 * Streaming JSON writer. Exports, the CLI's --json output and the server's
 * responses are all written through it, so it carries the rules once: commas
 * and colons are placed automatically, every control character is escaped,
 * and only valid UTF-8 comes out (each byte that does not belong to a valid
 * sequence becomes U+FFFD). The first error is sticky, so a caller can emit
 * a whole document and check the status once at fnr_json_finish.
 *
 * Nesting: stack[d] and first[d] describe the container at depth d
 * (1-based); first[0] tracks the top level, which holds exactly one value.
 * That leaves FNR_JSON_MAX_DEPTH - 1 levels of nesting; deeper is
 * FNR_TOOBIG.
 */
#include "base/json.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

#define JSON_MAX_INDENT   16
#define JSON_MAX_DECIMALS 17

static const char hex_digits[] = "0123456789abcdef";

/*
 * Length of the valid UTF-8 sequence starting at s[0] (a byte >= 0x80), or 0
 * when it is invalid: a stray continuation byte, an overlong form, a
 * surrogate (U+D800..U+DFFF), a code point above U+10FFFF or a truncated
 * sequence. The second byte's range depends on the lead (Unicode table 3-7).
 */
static size_t utf8_seq_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    size_t n;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c == 0xE0) {
        n = 3;
        lo = 0xA0;
    } else if (c == 0xED) {
        n = 3;
        hi = 0x9F;
    } else if (c >= 0xE1 && c <= 0xEF) {
        n = 3;
    } else if (c == 0xF0) {
        n = 4;
        lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
        n = 4;
    } else if (c == 0xF4) {
        n = 4;
        hi = 0x8F;
    } else {
        return 0;
    }
    if (len < n || s[1] < lo || s[1] > hi) {
        return 0;
    }
    for (size_t i = 2; i < n; i++) {
        if (s[i] < 0x80 || s[i] > 0xBF) {
            return 0;
        }
    }
    return n;
}

/* The escape for an ASCII byte, or NULL when it is written as itself. */
static const char *short_escape(unsigned char c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\t':
        return "\\t";
    case '\r':
        return "\\r";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    default:
        return NULL;
    }
}

/* 1 for the ASCII bytes written as they are (0x20..0x7E but '"' and '\\'). */
static const unsigned char plain_ascii[256] = {
    [' '] = 1, ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1,
    [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1,  ['0'] = 1,
    ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,  ['8'] = 1,
    ['9'] = 1, [':'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1,  ['@'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,  ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1,  ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1,  ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,  ['a'] = 1,
    ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,  ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,  ['q'] = 1,
    ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,  ['y'] = 1,
    ['z'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, ['~'] = 1,
};

/*
 * Length of the leading run of s that is printable ASCII needing no escape
 * (0x20..0x7E but '"' and '\\'), eight bytes per step: a word passes when
 * none of its bytes is below 0x20, has the high bit, or equals 0x7F, '"' or
 * '\\' (the classic "has a zero byte" and "has a byte less than n" tests, which
 * are exact as yes/no answers for a whole word).
 */
static inline bool word_is_plain(uint64_t w)
{
    const uint64_t ones = UINT64_C(0x0101010101010101);
    const uint64_t highs = UINT64_C(0x8080808080808080);
    uint64_t low = (w - ones * 0x20) & ~w;
    uint64_t del = w ^ (ones * 0x7F);
    uint64_t quo = w ^ (ones * '"');
    uint64_t bsl = w ^ (ones * '\\');
    uint64_t bad = low | w | ((del - ones) & ~del) | ((quo - ones) & ~quo) | ((bsl - ones) & ~bsl);
    return (bad & highs) == 0;
}

#if defined(__SSE2__)
/*
 * The same run sixteen bytes per step with SSE2 (every x86-64 has it):
 * a byte is plain when, read as signed, it is at least 0x20 (which also
 * rules out the bytes above 0x7F) and is none of 0x7F, '"', '\\'. The
 * mask of the bad bytes gives the run's exact end, so no byte loop
 * follows. Event texts are whole sentences: this is most of the JSON's
 * bytes.
 */
static inline size_t bad16(const unsigned char *s)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
    __m128i quo = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i bsl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i bad = _mm_or_si128(_mm_or_si128(low, del), _mm_or_si128(quo, bsl));
    return (size_t)_mm_movemask_epi8(bad);
}
#endif

static size_t plain_ascii_run(const unsigned char *s, size_t len)
{
    size_t i = 0;
#if defined(__SSE2__)
    if (len >= 16) {
        for (; len - i >= 16; i += 16) {
            size_t m = bad16(s + i);
            if (m) {
                return i + (size_t)__builtin_ctz((unsigned)m);
            }
        }
        if (i == len) {
            return len;
        }
        /* the last bytes as sixteen overlapping the ones already passed */
        size_t m = bad16(s + len - 16);
        return m ? len - 16 + (size_t)__builtin_ctz((unsigned)m) : len;
    }
#endif
    while (len - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        if (!word_is_plain(w)) {
            break;
        }
        i += 8;
    }
    if (len - i < 8 && len >= 8) {
        /* the last bytes as one word overlapping the ones already passed */
        uint64_t w;
        memcpy(&w, s + len - 8, sizeof w);
        if (word_is_plain(w)) {
            return len;
        }
    }
    while (i < len && plain_ascii[s[i]]) {
        i++;
    }
    return i;
}

/* Length of the leading run of s[0..len) that is written as it is: plain
 * ASCII and valid UTF-8 sequences. */
static size_t clean_run(const unsigned char *p, size_t len)
{
    size_t run = 0;
    for (;;) {
        /* eight bytes at a time again after each sequence above U+007F */
        run += plain_ascii_run(p + run, len - run);
        if (run >= len || p[run] < 0x80) {
            break; /* the end, or an ASCII byte to escape */
        }
        size_t n = utf8_seq_len(p + run, len - run);
        if (n == 0) {
            break;
        }
        run += n;
    }
    return run;
}

/* What the byte c, which starts no clean run, becomes: its escape, or U+FFFD
 * for a byte of an invalid sequence. Returns the length written (<= 6). */
static size_t escape_one(unsigned char c, char out[6])
{
    const char *esc = short_escape(c);
    if (esc) {
        memcpy(out, esc, 2);
        return 2;
    }
    if (c < 0x80) {
        char u[6] = { '\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xF] };
        memcpy(out, u, sizeof u);
        return sizeof u;
    }
    memcpy(out, "\xEF\xBF\xBD", 3);
    return 3;
}

size_t fnr_json_escape_raw(char *dst, const char *s, size_t len)
{
    /* Names and mention texts are short: 4 to 16 bytes of plain ASCII are
     * tested as (at most) two overlapping words and copied as such, without
     * the calls below. */
    if (len >= 8 && len <= 16) {
        uint64_t a, b;
        memcpy(&a, s, sizeof a);
        memcpy(&b, s + len - 8, sizeof b);
        if (word_is_plain(a) && word_is_plain(b)) {
            memcpy(dst, &a, sizeof a);
            memcpy(dst + len - 8, &b, sizeof b);
            return len;
        }
    } else if (len >= 4 && len < 8) {
        uint32_t a, b;
        memcpy(&a, s, sizeof a);
        memcpy(&b, s + len - 4, sizeof b);
        if (word_is_plain((uint64_t)a | (uint64_t)b << 32)) {
            memcpy(dst, &a, sizeof a);
            memcpy(dst + len - 4, &b, sizeof b);
            return len;
        }
    }
    const unsigned char *p = (const unsigned char *)s;
    char *o = dst;
    /* Most strings are plain ASCII: checked eight bytes at a time and
     * copied in one go. */
    size_t i = plain_ascii_run(p, len);
    memcpy(o, s, i);
    o += i;
    while (i < len) {
        size_t run = clean_run(p + i, len - i);
        memcpy(o, s + i, run);
        o += run;
        i += run;
        if (i < len) {
            o += escape_one(p[i], o);
            i++;
        }
    }
    return (size_t)(o - dst);
}

fnr_status fnr_json_escape(fnr_buf *b, const char *s, size_t len)
{
    if (!b || (!s && len)) {
        return FNR_INVALID;
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    fnr_status st = FNR_OK;
    while (i < len && st == FNR_OK) {
        /* Copy the longest run that needs no change in one append. */
        size_t run = clean_run(p + i, len - i);
        if (run > 0) {
            st = fnr_buf_append(b, s + i, run);
            i += run;
            continue;
        }
        char e[6];
        st = fnr_buf_append(b, e, escape_one(p[i], e));
        i++;
    }
    return st;
}

void fnr_json_init(fnr_json *j, fnr_buf *out, int indent)
{
    memset(j, 0, sizeof *j);
    j->out = out;
    j->status = out ? FNR_OK : FNR_INVALID;
    j->first[0] = true;
    j->indent = indent < 0 ? 0 : indent > JSON_MAX_INDENT ? JSON_MAX_INDENT : indent;
}

/* Records the first error and returns the sticky status. */
static fnr_status fail(fnr_json *j, fnr_status st)
{
    if (j->status == FNR_OK) {
        j->status = st;
    }
    return j->status;
}

static fnr_status put(fnr_json *j, const char *s, size_t len)
{
    fnr_status st = fnr_buf_append(j->out, s, len);
    return st == FNR_OK ? FNR_OK : fail(j, st);
}

/* In pretty mode: a newline and the indentation of `depth`. */
static fnr_status newline(fnr_json *j, int depth)
{
    if (j->indent == 0) {
        return FNR_OK;
    }
    size_t n = (size_t)depth * (size_t)j->indent;
    fnr_status st = fnr_buf_reserve(j->out, n + 1);
    if (st != FNR_OK) {
        return fail(j, st);
    }
    j->out->data[j->out->len++] = '\n';
    memset(j->out->data + j->out->len, ' ', n);
    j->out->len += n;
    j->out->data[j->out->len] = '\0';
    return FNR_OK;
}

/* Checks that a value may come now and writes the separator before it. */
static fnr_status before_value(fnr_json *j)
{
    if (!j) {
        return FNR_INVALID;
    }
    if (j->status != FNR_OK) {
        return j->status;
    }
    int d = j->depth;
    if (d == 0) {
        if (!j->first[0]) {
            return fail(j, FNR_INVALID); /* a second top-level value */
        }
        j->first[0] = false;
        return FNR_OK;
    }
    if (j->stack[d] == 'o') {
        if (!j->want_value) {
            return fail(j, FNR_INVALID); /* a value where a key is due */
        }
        j->want_value = false;
        return FNR_OK;
    }
    if (!j->first[d] && put(j, ",", 1) != FNR_OK) {
        return j->status;
    }
    j->first[d] = false;
    return newline(j, d);
}

static fnr_status begin(fnr_json *j, unsigned char kind)
{
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    if (j->depth + 1 >= FNR_JSON_MAX_DEPTH) {
        return fail(j, FNR_TOOBIG);
    }
    j->depth++;
    j->stack[j->depth] = kind;
    j->first[j->depth] = true;
    return put(j, kind == 'o' ? "{" : "[", 1);
}

static fnr_status end(fnr_json *j, unsigned char kind)
{
    if (!j) {
        return FNR_INVALID;
    }
    if (j->status != FNR_OK) {
        return j->status;
    }
    int d = j->depth;
    if (d == 0 || j->stack[d] != kind || j->want_value) {
        return fail(j, FNR_INVALID);
    }
    if (!j->first[d] && newline(j, d - 1) != FNR_OK) {
        return j->status;
    }
    j->depth--;
    return put(j, kind == 'o' ? "}" : "]", 1);
}

fnr_status fnr_json_object_begin(fnr_json *j)
{
    return begin(j, 'o');
}

fnr_status fnr_json_object_end(fnr_json *j)
{
    return end(j, 'o');
}

fnr_status fnr_json_array_begin(fnr_json *j)
{
    return begin(j, 'a');
}

fnr_status fnr_json_array_end(fnr_json *j)
{
    return end(j, 'a');
}

/* A quoted, escaped string. */
static fnr_status put_string(fnr_json *j, const char *s, size_t len)
{
    /* Most strings are plain ASCII: one copy between the quotes. */
    if (len < SIZE_MAX - 2 && plain_ascii_run((const unsigned char *)s, len) == len &&
        fnr_buf_reserve(j->out, len + 2) == FNR_OK) {
        char *o = j->out->data + j->out->len;
        o[0] = '"';
        if (len) {
            memcpy(o + 1, s, len);
        }
        o[len + 1] = '"';
        o[len + 2] = '\0';
        j->out->len += len + 2;
        return FNR_OK;
    }
    if (put(j, "\"", 1) != FNR_OK) {
        return j->status;
    }
    fnr_status st = fnr_json_escape(j->out, s, len);
    if (st != FNR_OK) {
        return fail(j, st);
    }
    return put(j, "\"", 1);
}

fnr_status fnr_json_key(fnr_json *j, const char *key)
{
    if (!j) {
        return FNR_INVALID;
    }
    if (j->status != FNR_OK) {
        return j->status;
    }
    int d = j->depth;
    if (!key || d == 0 || j->stack[d] != 'o' || j->want_value) {
        return fail(j, FNR_INVALID);
    }
    if (!j->first[d] && put(j, ",", 1) != FNR_OK) {
        return j->status;
    }
    j->first[d] = false;
    if (newline(j, d) != FNR_OK || put_string(j, key, strlen(key)) != FNR_OK) {
        return j->status;
    }
    if (put(j, ": ", j->indent ? 2 : 1) != FNR_OK) {
        return j->status;
    }
    j->want_value = true;
    return FNR_OK;
}

fnr_status fnr_json_string(fnr_json *j, const char *s, size_t len)
{
    if (j && !s && len) {
        return fail(j, FNR_INVALID);
    }
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    return put_string(j, s, len);
}

fnr_status fnr_json_cstr(fnr_json *j, const char *s)
{
    if (!s) {
        return fnr_json_null(j);
    }
    return fnr_json_string(j, s, strlen(s));
}

size_t fnr_json_format_int(char *out, int64_t v)
{
    /* Digits from the right, as "%" PRId64 would write them, into a
     * buffer of the widest length, then copied out in one go. */
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char tmp[FNR_JSON_INT_MAX];
    char *p = tmp + sizeof tmp;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        *--p = '-';
    }
    size_t n = (size_t)(tmp + sizeof tmp - p);
    memcpy(out, p, n);
    return n;
}

fnr_status fnr_json_int(fnr_json *j, int64_t v)
{
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    char tmp[FNR_JSON_INT_MAX];
    return put(j, tmp, fnr_json_format_int(tmp, v));
}

/*
 * What "%.*f" writes for v and then tidy_fixed leaves, when that can be
 * told without printf: |v| * 10^decimals is computed in double and rounded
 * half to even; the rounding error of the product is far below 2^-10 while
 * the product stays under 2^40, so unless the product is that close to a
 * tie the rounded integer is the one printf finds from the exact value.
 * Written in one step: the integer part, then the fraction without its
 * trailing zeros (and without the point when none is left), and a minus
 * sign unless what is left reads 0. Returns the length written to out, 0
 * when printf must decide. Offsets and counts aside, the extraction JSON's
 * numbers are coordinates (four decimals).
 */
__attribute__((always_inline)) static inline size_t fixed_tidy(double v, int decimals, char *out)
{
    static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
    static const uint64_t ipow10[] = { 1u,      10u,      100u,      1000u,      10000u,
                                       100000u, 1000000u, 10000000u, 100000000u, 1000000000u };
    if (decimals > 9) {
        return 0;
    }
    double x = fabs(v) * pow10[decimals];
    if (!(x < 1099511627776.0)) { /* 2^40 */
        return 0;
    }
    /* nearbyint(x) in the default rounding mode (to nearest, ties to even):
     * added to 2^52, x (below 2^40) is rounded to an integer by the
     * addition itself; the same value without a call into libm */
    double n = (x + 4503599627370496.0) - 4503599627370496.0;
    double off = fabs(x - n);
    if (off > 0.5 - 0.0009765625 && off < 0.5 + 0.0009765625) {
        return 0;
    }
    uint64_t u = (uint64_t)n;
    uint64_t ip = u / ipow10[decimals], frac = u % ipow10[decimals];
    int nd = frac ? decimals : 0;
    while (frac && frac % 10 == 0) {
        frac /= 10;
        nd--;
    }
    char *p = out;
    if (signbit(v) && (ip != 0 || nd != 0)) {
        *p++ = '-';
    }
    char tmp[24];
    char *e = tmp + sizeof tmp, *q = e;
    do {
        *--q = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    while (q < e) {
        *p++ = *q++;
    }
    if (nd) {
        *p++ = '.';
        for (int k = nd - 1; k >= 0; k--) {
            p[k] = (char)('0' + frac % 10);
            frac /= 10;
        }
        p += nd;
    }
    return (size_t)(p - out);
}

/* Drops what "%.*f" wrote beyond what JSON needs: a locale's decimal comma
 * becomes a point, trailing zeros of the fraction go, and "-0" reads "0".
 * Returns the new length. */
static size_t tidy_fixed(char *p, size_t n)
{
    char *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '-' && (p[i] < '0' || p[i] > '9')) {
            p[i] = '.';
            dot = p + i;
        }
    }
    if (dot) {
        while (n > 0 && p[n - 1] == '0') {
            n--;
        }
        if (p + n - 1 == dot) {
            n--;
        }
    }
    if (n == 2 && p[0] == '-' && p[1] == '0') {
        p[0] = '0';
        n = 1;
    }
    return n;
}

size_t fnr_json_format_double(char *out, double v, int decimals)
{
    if (!isfinite(v)) {
        memcpy(out, "null", 4);
        return 4;
    }
    if (decimals < 0) {
        decimals = 0;
    } else if (decimals > JSON_MAX_DECIMALS) {
        decimals = JSON_MAX_DECIMALS;
    }
    /* the extraction JSON's two and four decimals get copies of their own,
     * where the powers of ten are constants (a division by a constant is a
     * multiplication) */
    size_t n = decimals == 4   ? fixed_tidy(v, 4, out)
               : decimals == 2 ? fixed_tidy(v, 2, out)
                               : fixed_tidy(v, decimals, out);
    if (n) {
        return n;
    }
    int w = snprintf(out, FNR_JSON_DOUBLE_MAX, "%.*f", decimals, v);
    if (w < 0 || w >= FNR_JSON_DOUBLE_MAX) {
        return 0;
    }
    return tidy_fixed(out, (size_t)w);
}

fnr_status fnr_json_double(fnr_json *j, double v, int decimals)
{
    if (!isfinite(v)) {
        return fnr_json_null(j);
    }
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    if (decimals < 0) {
        decimals = 0;
    } else if (decimals > JSON_MAX_DECIMALS) {
        decimals = JSON_MAX_DECIMALS;
    }
    char tmp[FNR_JSON_DOUBLE_MAX];
    size_t n = fixed_tidy(v, decimals, tmp);
    if (n) {
        return put(j, tmp, n);
    }
    size_t start = j->out->len;
    st = fnr_buf_printf(j->out, "%.*f", decimals, v);
    if (st != FNR_OK) {
        return fail(j, st);
    }
    j->out->len = start + tidy_fixed(j->out->data + start, j->out->len - start);
    j->out->data[j->out->len] = '\0';
    return FNR_OK;
}

fnr_status fnr_json_bool(fnr_json *j, bool v)
{
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    return v ? put(j, "true", 4) : put(j, "false", 5);
}

fnr_status fnr_json_null(fnr_json *j)
{
    fnr_status st = before_value(j);
    if (st != FNR_OK) {
        return st;
    }
    return put(j, "null", 4);
}

fnr_status fnr_json_finish(fnr_json *j)
{
    if (!j) {
        return FNR_INVALID;
    }
    if (j->status != FNR_OK) {
        return j->status;
    }
    /* Open containers, a key without its value or no value at all. */
    if (j->depth != 0 || j->want_value || j->first[0]) {
        return FNR_INVALID;
    }
    return FNR_OK;
}

fnr_status fnr_json_reindent(const char *s, size_t len, int indent, fnr_buf *out)
{
    indent = indent < 0 ? 0 : indent > JSON_MAX_INDENT ? JSON_MAX_INDENT : indent;
    fnr_json j; /* only for newline() */
    fnr_json_init(&j, out, indent);
    fnr_status st = FNR_OK;
    int depth = 0;
    size_t i = 0;
    while (i < len && st == FNR_OK) {
        size_t k = i;
        /* a run with nothing to indent: scalars and whole strings */
        while (k < len && !memchr("{[]},:", s[k], 6)) {
            if (s[k] == '"') {
                for (k++; k < len && s[k] != '"'; k++) {
                    if (s[k] == '\\') {
                        k++;
                    }
                }
            }
            k++;
        }
        if (k > len) {
            return FNR_INVALID; /* an unterminated string */
        }
        if (k > i) {
            st = fnr_buf_append(out, s + i, k - i);
            i = k;
            continue;
        }
        char c = s[i++];
        if (c == '{' || c == '[') {
            st = fnr_buf_append(out, &c, 1);
            if (i < len && (s[i] == '}' || s[i] == ']')) {
                st = st == FNR_OK ? fnr_buf_append(out, s + i, 1) : st;
                i++;
            } else if (depth + 1 >= FNR_JSON_MAX_DEPTH) {
                return FNR_TOOBIG;
            } else {
                st = st == FNR_OK ? newline(&j, ++depth) : st;
            }
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                return FNR_INVALID;
            }
            st = newline(&j, --depth);
            st = st == FNR_OK ? fnr_buf_append(out, &c, 1) : st;
        } else if (c == ',') {
            st = fnr_buf_append(out, &c, 1);
            st = st == FNR_OK ? newline(&j, depth) : st;
        } else {
            st = fnr_buf_append(out, indent ? ": " : ":", indent ? 2 : 1);
        }
    }
    return st == FNR_OK && j.status != FNR_OK ? j.status : st;
}
