/*
 * Date expressions in news prose, resolved against the document's date.
 * Extraction (src/extract/) calls fnr_date_scan per sentence; this file knows
 * English date wording (and Turkish month names written with a number:
 * "18 Kasım 2026") but nothing about events. The scanner walks the text
 * once and only tries a parse at the start of a word whose first byte can
 * start a date (a digit, a capital, or the first letter of "last", "this",
 * "yesterday", ...); the parse lexes tokens on demand and never reads past
 * len. A parse returns the longest expression at that point: ranges
 * ("between August 2016 and March 2017") before single dates. Relative
 * expressions and dates without a year use the reference date and are
 * dropped when there is none; nothing is guessed.
 */
#include "base/date.h"

#include <stdint.h>
#include <string.h>

/* ---- calendar ---------------------------------------------------------- */

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

bool fnr_date_valid(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method). */
static long days_from_civil(int y, int m, int d)
{
    long yy = (long)y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static fnr_date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2);
    fnr_date out = { (int)y, (int)m, (int)d, FNR_DATE_DAY };
    return out;
}

int fnr_date_weekday(int year, int month, int day)
{
    long w = (days_from_civil(year, month, day) + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

bool fnr_date_parse_iso(const char *s, size_t len, fnr_date *out)
{
    memset(out, 0, sizeof *out);
    if (len != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    int v[3] = { 0, 0, 0 };
    static const size_t from[3] = { 0, 5, 8 }, to[3] = { 4, 7, 10 };
    for (int k = 0; k < 3; k++) {
        for (size_t i = from[k]; i < to[k]; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
            v[k] = v[k] * 10 + (s[i] - '0');
        }
    }
    if (!fnr_date_valid(v[0], v[1], v[2])) {
        return false;
    }
    out->year = v[0];
    out->month = v[1];
    out->day = v[2];
    out->prec = FNR_DATE_DAY;
    return true;
}

static void put_digits(char *p, int v, int n)
{
    for (int k = n - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
}

char *fnr_date_format(const fnr_date *d, char out[11])
{
    out[0] = '\0';
    if (!d || d->prec == FNR_DATE_NONE || d->year < 0 || d->year > 9999) {
        return out;
    }
    put_digits(out, d->year, 4);
    size_t n = 4;
    if (d->prec >= FNR_DATE_MONTH && d->month >= 1 && d->month <= 12) {
        out[n++] = '-';
        put_digits(out + n, d->month, 2);
        n += 2;
        if (d->prec == FNR_DATE_DAY && d->day >= 1 && d->day <= 31) {
            out[n++] = '-';
            put_digits(out + n, d->day, 2);
            n += 2;
        }
    }
    out[n] = '\0';
    return out;
}

const char *fnr_date_prec_name(fnr_date_prec p)
{
    switch (p) {
    case FNR_DATE_YEAR:
        return "year";
    case FNR_DATE_MONTH:
        return "month";
    case FNR_DATE_DAY:
        return "day";
    default:
        return "none";
    }
}

/* ---- tokens ------------------------------------------------------------ */

typedef enum tok_kind {
    T_END,
    T_WORD,
    T_NUM,
    T_DOT,
    T_COMMA,
    T_DASH, /* '-', en dash, em dash, hyphens */
    T_OTHER,
} tok_kind;

/* Words the grammar knows; months and weekdays carry their number. */
typedef enum kw {
    KW_NONE,
    KW_MONTH,
    KW_WEEKDAY,
    KW_LAST,
    KW_PAST, /* "the past week" */
    KW_THIS,
    KW_NEXT,
    KW_YESTERDAY,
    KW_TODAY,
    KW_TOMORROW,
    KW_EARLY,
    KW_EARLIER,
    KW_LATE,
    KW_LATER,
    KW_MID,
    KW_BETWEEN,
    KW_FROM,
    KW_AND,
    KW_TO,
    KW_UNTIL,
    KW_THROUGH,
    KW_OF,
    KW_YEAR,
    KW_MONTHW,
    KW_WEEK,
    KW_THE,
    KW_IN,
    KW_ON,
    KW_AGO,
    KW_DAYS,  /* "day", "days" */
    KW_WEEKS, /* "weeks" ("week" is KW_WEEK) */
    KW_MONTHS,
    KW_YEARS,
    KW_NUMW, /* "two" .. "twelve": val */
    KW_PART, /* "beginning", "start", "end", "middle" (of the year) */
} kw;

typedef struct tok {
    tok_kind kind;
    size_t start, end; /* bytes into the text */
    kw word;           /* T_WORD */
    int val;           /* month 1-12 / weekday 0-6 (T_WORD); value (T_NUM) */
    int ndig;          /* T_NUM: digits */
    bool ordinal;      /* T_NUM: "14th" */
    bool decade;       /* T_NUM: "1990s", "1990's" */
    bool abbrev;       /* T_WORD month: abbreviated ("Nov") */
    bool in_number;    /* T_NUM: part of "1,234" or "3.14" */
    bool turkish;      /* T_WORD month: a Turkish name ("Kasım"), which needs a number */
} tok;

/* The last token lex read: try_at reads the token at a position and
 * parse_point reads it again, and a range reads the token after a date
 * twice; lex is a pure function of the position, so it is kept. */
typedef struct lex_memo {
    size_t pos; /* SIZE_MAX: none yet */
    tok t;
} lex_memo;

typedef struct ctx {
    const unsigned char *s;
    size_t len;
    bool have_ref;
    fnr_date ref;   /* day-precision-complete when have_ref (missing parts = 1) */
    lex_memo *memo; /* the scan's, written through a const ctx */
} ctx;

static bool is_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Bytes of white space at s[i] (0 if none): ASCII space, NBSP, thin and
 * narrow no-break spaces. */
static size_t space_len(const ctx *c, size_t i)
{
    unsigned char b = c->s[i];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        return 1;
    }
    if (b == 0xC2 && i + 1 < c->len && c->s[i + 1] == 0xA0) {
        return 2;
    }
    if (b == 0xE2 && i + 2 < c->len && c->s[i + 1] == 0x80 &&
        (c->s[i + 2] == 0xAF || c->s[i + 2] == 0x89 || c->s[i + 2] == 0x8A)) {
        return 3;
    }
    return 0;
}

/* Bytes of a dash at s[i] (0 if none). */
static size_t dash_len(const ctx *c, size_t i)
{
    if (c->s[i] == '-') {
        return 1;
    }
    if (c->s[i] == 0xE2 && i + 2 < c->len && c->s[i + 1] == 0x80 && c->s[i + 2] >= 0x90 &&
        c->s[i + 2] <= 0x94) {
        return 3;
    }
    return 0;
}

/* A non-ASCII byte that continues a word (not general punctuation or NBSP). */
static bool wide_letter_at(const ctx *c, size_t i)
{
    unsigned char b = c->s[i];
    if (b < 0x80) {
        return false;
    }
    if (b == 0xE2 || b == 0xC2) {
        return false; /* U+2000.. punctuation, U+0080..U+00BF symbols */
    }
    return true;
}

/* The words the grammar knows, sorted by spelling (lower case). */
static const struct kw_word {
    char w[12];        /* zero-padded: classify reads its first eight bytes as one */
    unsigned char len; /* bytes */
    kw k;
    int val;      /* month 1-12 or weekday 0-6 */
    bool abbrev;  /* an abbreviated month */
    bool capital; /* only with a capital first letter */
} words[] = {
    { "ago", 3, KW_AGO, 0, false, false },
    { "and", 3, KW_AND, 0, false, false },
    { "apr", 3, KW_MONTH, 4, true, true },
    { "april", 5, KW_MONTH, 4, false, true },
    { "aug", 3, KW_MONTH, 8, true, true },
    { "august", 6, KW_MONTH, 8, false, true },
    { "beginning", 9, KW_PART, 0, false, false },
    { "between", 7, KW_BETWEEN, 0, false, false },
    { "day", 3, KW_DAYS, 0, false, false },
    { "days", 4, KW_DAYS, 0, false, false },
    { "dec", 3, KW_MONTH, 12, true, true },
    { "december", 8, KW_MONTH, 12, false, true },
    { "earlier", 7, KW_EARLIER, 0, false, false },
    { "early", 5, KW_EARLY, 0, false, false },
    { "eight", 5, KW_NUMW, 8, false, false },
    { "eleven", 6, KW_NUMW, 11, false, false },
    { "end", 3, KW_PART, 0, false, false },
    { "feb", 3, KW_MONTH, 2, true, true },
    { "february", 8, KW_MONTH, 2, false, true },
    { "five", 4, KW_NUMW, 5, false, false },
    { "four", 4, KW_NUMW, 4, false, false },
    { "friday", 6, KW_WEEKDAY, 5, false, true },
    { "from", 4, KW_FROM, 0, false, false },
    { "in", 2, KW_IN, 0, false, false },
    { "jan", 3, KW_MONTH, 1, true, true },
    { "january", 7, KW_MONTH, 1, false, true },
    { "jul", 3, KW_MONTH, 7, true, true },
    { "july", 4, KW_MONTH, 7, false, true },
    { "jun", 3, KW_MONTH, 6, true, true },
    { "june", 4, KW_MONTH, 6, false, true },
    { "last", 4, KW_LAST, 0, false, false },
    { "late", 4, KW_LATE, 0, false, false },
    { "later", 5, KW_LATER, 0, false, false },
    { "mar", 3, KW_MONTH, 3, true, true },
    { "march", 5, KW_MONTH, 3, false, true },
    { "may", 3, KW_MONTH, 5, false, true },
    { "mid", 3, KW_MID, 0, false, false },
    { "middle", 6, KW_PART, 0, false, false },
    { "monday", 6, KW_WEEKDAY, 1, false, true },
    { "month", 5, KW_MONTHW, 0, false, false },
    { "months", 6, KW_MONTHS, 0, false, false },
    { "next", 4, KW_NEXT, 0, false, false },
    { "nine", 4, KW_NUMW, 9, false, false },
    { "nov", 3, KW_MONTH, 11, true, true },
    { "november", 8, KW_MONTH, 11, false, true },
    { "oct", 3, KW_MONTH, 10, true, true },
    { "october", 7, KW_MONTH, 10, false, true },
    { "of", 2, KW_OF, 0, false, false },
    { "on", 2, KW_ON, 0, false, false },
    { "past", 4, KW_PAST, 0, false, false },
    { "saturday", 8, KW_WEEKDAY, 6, false, true },
    { "sep", 3, KW_MONTH, 9, true, true },
    { "sept", 4, KW_MONTH, 9, true, true },
    { "september", 9, KW_MONTH, 9, false, true },
    { "seven", 5, KW_NUMW, 7, false, false },
    { "six", 3, KW_NUMW, 6, false, false },
    { "start", 5, KW_PART, 0, false, false },
    { "sunday", 6, KW_WEEKDAY, 0, false, true },
    { "ten", 3, KW_NUMW, 10, false, false },
    { "the", 3, KW_THE, 0, false, false },
    { "this", 4, KW_THIS, 0, false, false },
    { "three", 5, KW_NUMW, 3, false, false },
    { "through", 7, KW_THROUGH, 0, false, false },
    { "thursday", 8, KW_WEEKDAY, 4, false, true },
    { "till", 4, KW_UNTIL, 0, false, false },
    { "to", 2, KW_TO, 0, false, false },
    { "today", 5, KW_TODAY, 0, false, false },
    { "tomorrow", 8, KW_TOMORROW, 0, false, false },
    { "tuesday", 7, KW_WEEKDAY, 2, false, true },
    { "twelve", 6, KW_NUMW, 12, false, false },
    { "two", 3, KW_NUMW, 2, false, false },
    { "until", 5, KW_UNTIL, 0, false, false },
    { "wednesday", 9, KW_WEEKDAY, 3, false, true },
    { "week", 4, KW_WEEK, 0, false, false },
    { "weeks", 5, KW_WEEKS, 0, false, false },
    { "year", 4, KW_YEAR, 0, false, false },
    { "years", 5, KW_YEARS, 0, false, false },
    { "yesterday", 9, KW_YESTERDAY, 0, false, false },
};

/*
 * Classifies a word (lower-cased in w, n bytes) by binary search in a table
 * sorted by spelling. Months and weekdays need a capital ("may", "march").
 */
static kw classify(const char *w, size_t n, bool capital, int *val, bool *abbrev)
{
    /* Bit n of [c - 'a'] is set when a word of n letters starting with c is
     * in the table: most words of prose stop here. */
    static const uint16_t len_mask[26] = { 0x068, 0x280, 0x000, 0x118, 0x0e8, 0x158, 0x000,
                                           0x000, 0x004, 0x098, 0x000, 0x030, 0x068, 0x118,
                                           0x08c, 0x010, 0x000, 0x000, 0x378, 0x1fc, 0x020,
                                           0x000, 0x230, 0x000, 0x230, 0x000 };
    *val = 0;
    *abbrev = false;
    if (n >= 16 || w[0] < 'a' || w[0] > 'z' || !((len_mask[w[0] - 'a'] >> n) & 1)) {
        return KW_NONE;
    }
    /* words[first_at[c]] .. words[first_at[c + 1] - 1] start with 'a' + c */
    static const unsigned char first_at[27] = { 0,  6,  8,  8,  12, 17, 23, 23, 23,
                                                24, 30, 30, 33, 41, 45, 49, 50, 50,
                                                50, 58, 71, 72, 72, 75, 75, 78, 78 };
    /* (no word of the table is longer than nine letters, so n <= 9 here;
     * w's first eight bytes, those past n masked off, against each word's,
     * then its ninth: no loop over the letters, whose exit the processor
     * would guess wrong) */
    uint64_t head, mine;
    memcpy(&head, w, 8);
    head &= n >= 8 ? ~UINT64_C(0) : ~(~UINT64_C(0) << (8 * n));
    for (size_t k = first_at[w[0] - 'a']; k < first_at[w[0] - 'a' + 1]; k++) {
        memcpy(&mine, words[k].w, 8);
        if (words[k].len == n && mine == head && (n < 9 || words[k].w[8] == w[8])) {
            if (words[k].capital && !capital) {
                return KW_NONE;
            }
            *val = words[k].val;
            *abbrev = words[k].abbrev;
            return words[k].k;
        }
    }
    return KW_NONE;
}

/* The Turkish month names, UTF-8, capitalised as written in a date. */
static const char *const TR_MONTHS[12] = {
    "Ocak",
    "\xC5\x9E"
    "ubat",
    "Mart",
    "Nisan",
    "May\xC4\xB1s",
    "Haziran",
    "Temmuz",
    "A\xC4\x9F"
    "ustos",
    "Eyl\xC3\xBCl",
    "Ekim",
    "Kas\xC4\xB1m",
    "Aral\xC4\xB1k",
};

/* The month (1-12) whose Turkish name is the whole word at s[i], ending at
 * *end; 0 if none. */
static int tr_month_at(const ctx *c, size_t i, size_t *end)
{
    unsigned char b = c->s[i];
    if (!(b == 'A' || b == 'E' || b == 'H' || b == 'K' || b == 'M' || b == 'N' || b == 'O' ||
          b == 'T' || b == 0xC5)) {
        return 0;
    }
    for (int m = 0; m < 12; m++) {
        size_t n = strlen(TR_MONTHS[m]);
        if (i + n <= c->len && memcmp(c->s + i, TR_MONTHS[m], n) == 0 &&
            (i + n == c->len || !(is_alpha(c->s[i + n]) || wide_letter_at(c, i + n)))) {
            *end = i + n;
            return m + 1;
        }
    }
    return 0;
}

static tok lex_at(const ctx *c, size_t pos);

/* Whether token u is a noun a weekday names the weekly kind of ("during
 * Sunday mass", "after Friday prayers"): no day then, a habit. */
static bool weekly_noun(const ctx *c, const tok *u)
{
    static const char *const NOUNS[] = { "mass",    "masses",   "prayer",  "prayers", "sermon",
                                         "service", "services", "worship", NULL };
    if (u->kind != T_WORD && u->kind != T_OTHER) {
        return false;
    }
    size_t n = u->end - u->start;
    for (size_t i = 0; NOUNS[i]; i++) {
        if (strlen(NOUNS[i]) != n) {
            continue;
        }
        size_t k = 0;
        while (k < n && (c->s[u->start + k] | 0x20) == NOUNS[i][k]) {
            k++;
        }
        if (k == n) {
            return true;
        }
    }
    return false;
}

/* Reads the token at or after pos (white space skipped). */
static tok lex(const ctx *c, size_t pos)
{
    if (!c->memo) {
        return lex_at(c, pos);
    }
    if (c->memo->pos != pos) {
        c->memo->t = lex_at(c, pos);
        c->memo->pos = pos;
    }
    return c->memo->t;
}

static tok lex_at(const ctx *c, size_t pos)
{
    tok t;
    memset(&t, 0, sizeof t);
    size_t i = pos, sl;
    while (i < c->len && (sl = space_len(c, i)) > 0) {
        i += sl;
    }
    t.start = i;
    t.end = i;
    if (i >= c->len) {
        t.kind = T_END;
        return t;
    }
    const unsigned char *s = c->s;
    unsigned char b = s[i];
    size_t tr_end;
    int tr = tr_month_at(c, i, &tr_end);
    if (tr) {
        t.kind = T_WORD;
        t.word = KW_MONTH;
        t.val = tr;
        t.turkish = true;
        t.end = tr_end;
        return t;
    }
    if (is_digit(b)) {
        size_t j = i;
        int v = 0;
        while (j < c->len && is_digit(s[j])) {
            if (v < 100000000) {
                v = v * 10 + (s[j] - '0');
            }
            j++;
        }
        t.kind = T_NUM;
        t.val = v;
        t.ndig = (int)(j - i);
        /* "1,234", "3.14", "12,2023": part of a bigger number. */
        if (j + 1 < c->len && (s[j] == ',' || s[j] == '.') && is_digit(s[j + 1])) {
            t.in_number = true;
        }
        if (i >= 2 && (s[i - 1] == ',' || s[i - 1] == '.') && is_digit(s[i - 2])) {
            t.in_number = true;
        }
        /* Suffixes: ordinals and decades, each ending the word. */
        size_t k = j;
        while (k < c->len && is_alpha(s[k])) {
            k++;
        }
        if (k > j) {
            char suf[3] = { 0, 0, 0 };
            if (k - j == 2) {
                suf[0] = (char)(s[j] | 0x20);
                suf[1] = (char)(s[j + 1] | 0x20);
            }
            if (k - j == 2 && (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") ||
                               !strcmp(suf, "th"))) {
                t.ordinal = true;
                j = k;
            } else if (k - j == 1 && (s[j] | 0x20) == 's') {
                t.decade = true;
                j = k;
            } else {
                t.kind = T_OTHER; /* "2023km", "10am" */
                j = k;
            }
        } else if (j + 1 < c->len && s[j] == '\'' && (s[j + 1] | 0x20) == 's' &&
                   (j + 2 >= c->len || !is_alpha(s[j + 2]))) {
            t.decade = true; /* "1990's" */
            j += 2;
        }
        if (j < c->len && wide_letter_at(c, j)) {
            t.kind = T_OTHER;
        }
        t.end = j;
        return t;
    }
    if (is_alpha(b)) {
        size_t j = i;
        char w[12];
        size_t n = 0;
        while (j < c->len && is_alpha(s[j])) {
            if (n < sizeof w) {
                w[n] = (char)(s[j] | 0x20);
            }
            n++;
            j++;
        }
        t.end = j;
        if (j < c->len && wide_letter_at(c, j)) {
            t.kind = T_OTHER; /* a word that goes on in non-ASCII letters */
            return t;
        }
        t.kind = T_WORD;
        if (n <= sizeof w) {
            t.word = classify(w, n, b >= 'A' && b <= 'Z', &t.val, &t.abbrev);
        }
        return t;
    }
    size_t dl = dash_len(c, i);
    if (dl) {
        t.kind = T_DASH;
        t.end = i + dl;
        return t;
    }
    t.end = i + 1;
    t.kind = b == '.' ? T_DOT : b == ',' ? T_COMMA : T_OTHER;
    return t;
}

static bool is_word(const tok *t, kw k)
{
    return t->kind == T_WORD && t->word == k;
}

/* ---- points ------------------------------------------------------------ */

/* One parsed date before ranges and missing years are resolved. */
typedef struct pdate {
    fnr_date d;    /* year 0 when the text gave none */
    bool relative; /* used the reference date */
    bool decade;   /* "1990s": d is the decade's first year */
    bool invalid;  /* a whole expression naming no real day ("Feb. 30, 2020") */
} pdate;

static bool year_ok(const tok *t, int lo, int hi)
{
    return t->kind == T_NUM && t->ndig == 4 && !t->in_number && !t->ordinal && !t->decade &&
           t->val >= lo && t->val <= hi;
}

static bool day_ok(const tok *t)
{
    return t->kind == T_NUM && t->ndig <= 2 && !t->in_number && !t->decade && t->val >= 1 &&
           t->val <= 31;
}

static bool ascii_word_lower_eq(const unsigned char *p, size_t n, const char *lit)
{
    if (strlen(lit) != n) {
        return false;
    }
    for (size_t k = 0; k < n; k++) {
        if ((char)(p[k] | 0x20) != lit[k]) {
            return false;
        }
    }
    return true;
}

/* true when the word before `start` makes a 4-digit number a label, not a
 * year: "Law No. 2937", "Law 5651", "Article 2020", "$2000", "#2021", a
 * statute's year ("the Terrorism Act 2000" is a name, not when). */
static bool label_before(const ctx *c, size_t start)
{
    static const char *const labels[] = { "no",    "nr",      "number",     "law",      "article",
                                          "art",   "decree",  "resolution", "flight",   "page",
                                          "pp",    "item",    "room",       "route",    "highway",
                                          "model", "version", "code",       "unit",     "bill",
                                          "act",   "acts",    "ordinance",  "directive" };
    size_t j = start;
    while (j > 0 && (c->s[j - 1] == ' ' || c->s[j - 1] == '\t')) {
        j--;
    }
    if (j == 0) {
        return false;
    }
    unsigned char p = c->s[j - 1];
    if (p == '$' || p == '#' || p == 0xA3 /* £ */ || p == 0xAC /* € */ || p == 0xBA /* ₺ */) {
        return true;
    }
    if (p == '.' || p == ':') {
        j--;
        while (j > 0 && c->s[j - 1] == ' ') {
            j--;
        }
    }
    size_t e = j;
    while (j > 0 && is_alpha(c->s[j - 1]) && e - j < 12) {
        j--;
    }
    if (j == e || (j > 0 && is_alpha(c->s[j - 1]))) {
        return false;
    }
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        if (ascii_word_lower_eq(c->s + j, e - j, labels[k])) {
            return true;
        }
    }
    return false;
}

/* true when the token after a number makes it a quantity: "2000 km",
 * "2000 square kilometres", "1500 troops", "2000 years ago", "2020%". */
static bool unit_after(const ctx *c, size_t end)
{
    static const char *const units[] = {
        "km",        "kms",      "kilometres", "kilometers", "kilometre",  "kilometer",
        "square",    "sq",       "metres",     "meters",     "m",          "miles",
        "mi",        "kg",       "kilograms",  "kilos",      "tons",       "tonnes",
        "grams",     "g",        "litres",     "liters",     "people",     "persons",
        "soldiers",  "troops",   "members",    "militants",  "terrorists", "fighters",
        "suspects",  "dollars",  "euros",      "lira",       "liras",      "pounds",
        "usd",       "eur",      "tl",         "men",        "women",      "children",
        "times",     "rounds",   "rockets",    "missiles",   "hectares",   "acres",
        "feet",      "ft",       "hours",      "minutes",    "seconds",    "days",
        "weeks",     "years",    "households", "families",   "cases",      "vehicles",
        "homes",     "houses",   "buildings",  "arrests",    "detainees",  "prisoners",
        "refugees",  "migrants", "weapons",    "rifles",     "pieces",     "packages",
        "kilometre", "percent",  "per",        "villages",   "civilians"
    };
    if (end < c->len && c->s[end] == '%') {
        return true;
    }
    tok t = lex(c, end);
    if (t.kind != T_WORD) {
        return false;
    }
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        if (ascii_word_lower_eq(c->s + t.start, t.end - t.start, units[k])) {
            return true;
        }
    }
    return false;
}

static fnr_date mk(int y, int m, int d, fnr_date_prec p)
{
    fnr_date out = { y, m, d, p };
    return out;
}

/* "last/this/next year|month|week" at t (already lexed, t is the qualifier). */
static bool relative_span(const ctx *c, const tok *q, pdate *pd, size_t *end)
{
    tok u = lex(c, q->end);
    if (u.kind != T_WORD || !c->have_ref) {
        return false;
    }
    int shift = q->word == KW_LAST || q->word == KW_PAST ? -1 : q->word == KW_NEXT ? 1 : 0;
    const fnr_date *r = &c->ref;
    /* ("over the past week": the week before, as "last week"; "the past
     * year" is the twelve months to now, no calendar year) */
    if (q->word == KW_PAST && u.word != KW_WEEK) {
        return false;
    }
    if (u.word == KW_YEAR) {
        pd->d = mk(r->year + shift, 0, 0, FNR_DATE_YEAR);
    } else if (u.word == KW_MONTHW) {
        int m = r->month + shift, y = r->year;
        if (m < 1) {
            m = 12;
            y--;
        } else if (m > 12) {
            m = 1;
            y++;
        }
        pd->d = mk(y, m, 0, FNR_DATE_MONTH);
    } else if (u.word == KW_WEEK) {
        fnr_date w = civil_from_days(days_from_civil(r->year, r->month, r->day) + 7L * shift);
        pd->d = mk(w.year, w.month, 0, FNR_DATE_MONTH);
    } else if (u.word == KW_WEEKDAY && q->word == KW_LAST) {
        long today = days_from_civil(r->year, r->month, r->day);
        int back = (fnr_date_weekday(r->year, r->month, r->day) - u.val + 7) % 7;
        pd->d = civil_from_days(today - (back ? back : 7));
    } else if (u.word == KW_MONTH && q->word == KW_LAST) {
        /* "last December": the latest one before the reference month. */
        pd->d = mk(u.val < r->month ? r->year : r->year - 1, u.val, 0, FNR_DATE_MONTH);
        if (u.abbrev) {
            return false;
        }
    } else {
        return false;
    }
    pd->relative = true;
    *end = u.end;
    return true;
}

static bool parse_point(const ctx *c, size_t pos, pdate *pd, size_t *end, int depth);

/* "three days ago", "2 weeks ago", "six months ago", "two years ago": n
 * units back from the reference date (t the number). A day is a day, weeks
 * give their month (as "last week" does), months a month, years a year. */
static bool ago_at(const ctx *c, const tok *t, int n, pdate *pd, size_t *end)
{
    tok u = lex(c, t->end);
    if (u.kind != T_WORD || !c->have_ref || n < 1 || n > 99) {
        return false;
    }
    tok v = lex(c, u.end);
    if (!is_word(&v, KW_AGO)) {
        return false;
    }
    const fnr_date *r = &c->ref;
    long today = days_from_civil(r->year, r->month, r->day);
    if (u.word == KW_DAYS) {
        pd->d = civil_from_days(today - n);
    } else if (u.word == KW_WEEK || u.word == KW_WEEKS) {
        fnr_date w = civil_from_days(today - 7L * n);
        pd->d = mk(w.year, w.month, 0, FNR_DATE_MONTH);
    } else if (u.word == KW_MONTHW || u.word == KW_MONTHS) {
        int m = r->month - n % 12, y = r->year - n / 12;
        if (m < 1) {
            m += 12;
            y--;
        }
        pd->d = mk(y, m, 0, FNR_DATE_MONTH);
    } else if (u.word == KW_YEAR || u.word == KW_YEARS) {
        pd->d = mk(r->year - n, 0, 0, FNR_DATE_YEAR);
    } else {
        return false;
    }
    pd->relative = true;
    *end = v.end;
    return true;
}

/* After a month token m: a day, a year, "of <year>", "last year", ... */
static bool month_tail(const ctx *c, const tok *m, pdate *pd, size_t *end)
{
    size_t at = m->end;
    tok t = lex(c, at);
    if (t.kind == T_DOT && t.start == m->end && m->abbrev) {
        at = t.end;
        t = lex(c, at);
    }
    int mon = m->val;
    if (m->turkish) {
        /* "Ağustos 2024"; a Turkish month before anything else is a name. */
        if (!year_ok(&t, 1800, 2199)) {
            return false;
        }
        pd->d = mk(t.val, mon, 0, FNR_DATE_MONTH);
        *end = t.end;
        return true;
    }
    if (day_ok(&t) && !(t.ndig == 2 && t.end < c->len && c->s[t.end] == ':')) {
        /* "November 14", "Nov. 14, 2015" */
        size_t day_end = t.end;
        int day = t.val;
        tok u = lex(c, t.end);
        if (u.kind == T_COMMA) {
            u = lex(c, u.end);
        }
        if (year_ok(&u, 1800, 2199)) {
            pd->d = mk(u.val, mon, day, FNR_DATE_DAY);
            pd->invalid = !fnr_date_valid(u.val, mon, day);
            *end = u.end;
            return true;
        }
        pd->d = mk(0, mon, day, FNR_DATE_DAY);
        *end = day_end;
        return true;
    }
    if (year_ok(&t, 1800, 2199)) {
        pd->d = mk(t.val, mon, 0, FNR_DATE_MONTH); /* "January 2023" */
        *end = t.end;
        return true;
    }
    tok q = t;
    if (is_word(&t, KW_OF)) {
        q = lex(c, t.end);
        if (year_ok(&q, 1800, 2199)) {
            pd->d = mk(q.val, mon, 0, FNR_DATE_MONTH); /* "December of 2019" */
            *end = q.end;
            return true;
        }
    }
    if ((is_word(&q, KW_LAST) || is_word(&q, KW_THIS) || is_word(&q, KW_NEXT))) {
        tok y = lex(c, q.end);
        if (is_word(&y, KW_YEAR)) {
            if (!c->have_ref) {
                return false;
            }
            int shift = q.word == KW_LAST ? -1 : q.word == KW_NEXT ? 1 : 0;
            pd->d = mk(c->ref.year + shift, mon, 0, FNR_DATE_MONTH);
            pd->relative = true;
            *end = y.end;
            return true;
        }
    }
    /* A bare month: only ranges and modifiers accept it. */
    if (m->abbrev) {
        return false;
    }
    pd->d = mk(0, mon, 0, FNR_DATE_MONTH);
    *end = m->end;
    return true;
}

/* A single date at pos (not a range). depth stops modifier recursion. */
static bool parse_point(const ctx *c, size_t pos, pdate *pd, size_t *end, int depth)
{
    memset(pd, 0, sizeof *pd);
    tok t = lex(c, pos);
    const fnr_date *r = &c->ref;
    if (t.kind == T_NUM) {
        if (t.in_number) {
            return false;
        }
        if (t.ndig == 4 && !t.decade && !t.ordinal && t.end + 6 <= c->len && c->s[t.end] == '-' &&
            is_digit(c->s[t.end + 1]) && is_digit(c->s[t.end + 2]) && c->s[t.end + 3] == '-' &&
            is_digit(c->s[t.end + 4]) && is_digit(c->s[t.end + 5]) &&
            (t.end + 6 == c->len || !(is_digit(c->s[t.end + 6]) || is_alpha(c->s[t.end + 6])))) {
            /* ISO "2025-02-12": all or nothing. */
            fnr_date d;
            pd->invalid = !fnr_date_parse_iso((const char *)c->s + t.start, 10, &d);
            pd->d = d;
            *end = t.end + 6;
            return true;
        }
        if (t.ndig <= 2 && !t.ordinal && !t.decade && ago_at(c, &t, t.val, pd, end)) {
            return true;
        }
        if (day_ok(&t)) {
            /* "14 November 2015", "14th of November" */
            tok m = lex(c, t.end);
            if (is_word(&m, KW_OF)) {
                m = lex(c, m.end);
            }
            if (!is_word(&m, KW_MONTH)) {
                return false;
            }
            size_t at = m.end;
            tok u = lex(c, at);
            if (u.kind == T_DOT && m.abbrev && u.start == m.end) {
                at = u.end;
                u = lex(c, at);
            }
            if (u.kind == T_COMMA) {
                u = lex(c, u.end);
            }
            if (year_ok(&u, 1800, 2199)) {
                pd->d = mk(u.val, m.val, t.val, FNR_DATE_DAY);
                pd->invalid = !fnr_date_valid(u.val, m.val, t.val);
                *end = u.end;
                return true;
            }
            if (m.turkish && (u.kind == T_WORD || u.kind == T_OTHER) &&
                ((c->s[u.start] >= 'A' && c->s[u.start] <= 'Z') || c->s[u.start] >= 0xC3)) {
                return false; /* "the 15 Temmuz Martyrs Bridge": a name */
            }
            pd->d = mk(0, m.val, t.val, FNR_DATE_DAY);
            *end = at;
            return true;
        }
        if (t.ndig == 4 && t.decade && t.val % 10 == 0 && t.val >= 1900 && t.val <= 2090) {
            pd->d = mk(t.val, 0, 0, FNR_DATE_YEAR);
            pd->decade = true;
            *end = t.end;
            return true;
        }
        if (year_ok(&t, 1900, 2099) && !label_before(c, t.start) && !unit_after(c, t.end)) {
            pd->d = mk(t.val, 0, 0, FNR_DATE_YEAR);
            *end = t.end;
            return true;
        }
        return false;
    }
    if (t.kind != T_WORD) {
        return false;
    }
    switch (t.word) {
    case KW_NUMW:
        return ago_at(c, &t, t.val, pd, end);
    case KW_MONTH:
        return month_tail(c, &t, pd, end);
    case KW_WEEKDAY: {
        /* "Tuesday, Feb. 11" is a calendar date; "on Tuesday" a relative one. */
        tok u = lex(c, t.end);
        size_t at = u.kind == T_COMMA ? u.end : t.end;
        if (depth < 2 && parse_point(c, at, pd, end, depth + 1) && pd->d.prec == FNR_DATE_DAY) {
            return true;
        }
        memset(pd, 0, sizeof *pd);
        if (!c->have_ref || weekly_noun(c, &u)) {
            return false;
        }
        int back = (fnr_date_weekday(r->year, r->month, r->day) - t.val + 7) % 7;
        pd->d = civil_from_days(days_from_civil(r->year, r->month, r->day) - back);
        pd->relative = true;
        *end = t.end;
        return true;
    }
    case KW_LAST:
    case KW_PAST:
    case KW_THIS:
    case KW_NEXT:
        return relative_span(c, &t, pd, end);
    case KW_YESTERDAY:
    case KW_TODAY:
    case KW_TOMORROW: {
        if (!c->have_ref) {
            return false;
        }
        int shift = t.word == KW_YESTERDAY ? -1 : t.word == KW_TOMORROW ? 1 : 0;
        pd->d = civil_from_days(days_from_civil(r->year, r->month, r->day) + shift);
        pd->relative = true;
        *end = t.end;
        return true;
    }
    case KW_EARLY:
    case KW_EARLIER:
    case KW_LATE:
    case KW_LATER:
    case KW_MID: {
        /* "mid-2023", "early 2023", "late last year", "earlier this month" */
        if (depth >= 1) {
            return false;
        }
        size_t at = t.end;
        tok u = lex(c, at);
        if (u.kind == T_DASH) {
            at = u.end;
            u = lex(c, at);
        }
        if (is_word(&u, KW_IN)) {
            at = u.end; /* "earlier in 2023" */
        }
        if (!parse_point(c, at, pd, end, depth + 1) || pd->d.prec == FNR_DATE_DAY || pd->decade) {
            return false;
        }
        return true;
    }
    case KW_THE: {
        tok u = lex(c, t.end);
        if (u.kind == T_NUM && u.decade && parse_point(c, t.end, pd, end, depth + 1) &&
            pd->decade) {
            return true;
        }
        /* "over the past week" */
        if (is_word(&u, KW_PAST)) {
            return relative_span(c, &u, pd, end);
        }
        /* "since the beginning of the year", "by the end of the month":
         * the reference's year or month */
        if (is_word(&u, KW_PART) && c->have_ref) {
            tok o = lex(c, u.end);
            tok th = lex(c, o.end);
            tok y = lex(c, th.end);
            if (is_word(&o, KW_OF) && is_word(&th, KW_THE) &&
                (is_word(&y, KW_YEAR) || is_word(&y, KW_MONTHW))) {
                pd->d = is_word(&y, KW_YEAR) ? mk(r->year, 0, 0, FNR_DATE_YEAR)
                                             : mk(r->year, r->month, 0, FNR_DATE_MONTH);
                pd->relative = true;
                *end = y.end;
                return true;
            }
        }
        return false;
    }
    default:
        return false;
    }
}

/* ---- resolution and ranges --------------------------------------------- */

static int cmp_dates(const fnr_date *a, const fnr_date *b)
{
    if (a->year != b->year) {
        return a->year < b->year ? -1 : 1;
    }
    if (a->month != b->month) {
        return a->month < b->month ? -1 : 1;
    }
    return a->day < b->day ? -1 : a->day > b->day;
}

static bool date_checks(const fnr_date *d)
{
    if (d->prec == FNR_DATE_DAY) {
        return fnr_date_valid(d->year, d->month, d->day);
    }
    return d->year >= 1 && d->year <= 9999;
}

/* A single date: fills a missing year from the reference. */
static bool resolve_single(const ctx *c, pdate *pd)
{
    if (pd->d.year == 0) {
        if (!c->have_ref || pd->d.prec != FNR_DATE_DAY) {
            return false; /* a bare month is no date on its own */
        }
        pd->d.year = c->ref.year;
        pd->relative = true;
    }
    return date_checks(&pd->d);
}

static bool resolve_range(const ctx *c, pdate *a, pdate *b)
{
    if (a->decade || b->decade) {
        return false;
    }
    if (a->d.year == 0 && b->d.year != 0) {
        a->d.year = b->d.year - (a->d.month > b->d.month ? 1 : 0);
    } else if (b->d.year == 0 && a->d.year != 0) {
        if (b->d.month == 0) {
            return false;
        }
        b->d.year = a->d.year + (b->d.month < a->d.month ? 1 : 0);
    } else if (a->d.year == 0 && b->d.year == 0) {
        if (!c->have_ref) {
            return false;
        }
        a->d.year = b->d.year = c->ref.year;
        a->relative = b->relative = true;
    }
    if ((a->d.month == 0) != (b->d.month == 0) && (a->d.month == 0 || a->d.prec == FNR_DATE_YEAR)) {
        return false; /* "2016 and March 2017" */
    }
    return date_checks(&a->d) && date_checks(&b->d) && cmp_dates(&a->d, &b->d) < 0;
}

static void span_set(fnr_date_span *sp, const pdate *a, const pdate *b, size_t start, size_t end)
{
    memset(sp, 0, sizeof *sp);
    sp->start = a->d;
    if (b) {
        sp->end = b->d;
        sp->is_range = true;
    }
    sp->is_relative = a->relative || (b && b->relative);
    sp->start_off = start;
    sp->end_off = end;
}

/* Words that can open a date expression. */
static bool starts_date(kw k)
{
    switch (k) {
    case KW_NUMW:
    case KW_MONTH:
    case KW_WEEKDAY:
    case KW_LAST:
    case KW_PAST:
    case KW_THIS:
    case KW_NEXT:
    case KW_YESTERDAY:
    case KW_TODAY:
    case KW_TOMORROW:
    case KW_EARLY:
    case KW_EARLIER:
    case KW_LATE:
    case KW_LATER:
    case KW_MID:
    case KW_BETWEEN:
    case KW_FROM:
    case KW_THE:
        return true;
    default:
        return false;
    }
}

/* Whether the word just before pos is "in", "since" or "during": a bare
 * month after one is a time ("In January, ..."), where "May" or "March"
 * alone may be a name or a verb. */
static bool after_in(const ctx *c, size_t pos)
{
    size_t e = pos;
    while (e > 0 && (c->s[e - 1] == ' ' || c->s[e - 1] == '\t' || c->s[e - 1] == '\n')) {
        e--;
    }
    size_t b = e;
    while (b > 0 && is_alpha(c->s[b - 1])) {
        b--;
    }
    if (e == pos ||
        (b > 0 && (c->s[b - 1] >= 0x80 || (c->s[b - 1] >= '0' && c->s[b - 1] <= '9')))) {
        return false;
    }
    static const char *const preps[] = { "in", "since", "during" };
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++) {
        size_t n = strlen(preps[i]);
        if (e - b == n) {
            size_t k = 0;
            while (k < n && (c->s[b + k] | 0x20) == preps[i][k]) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
    }
    return false;
}

/*
 * The longest date expression starting at pos. When there is an expression
 * that names no real day, false with *skip set past it, so that the scanner
 * does not pick a year out of "Feb. 30, 2020"; otherwise *skip is pos.
 */
static bool try_at(const ctx *c, size_t pos, fnr_date_span *sp, size_t *skip)
{
    *skip = pos;
    tok t = lex(c, pos);
    if (t.kind != T_NUM && !(t.kind == T_WORD && starts_date(t.word))) {
        return false; /* the common case in prose: decided by one token */
    }
    pdate a, b;
    size_t e1, e2;
    if (is_word(&t, KW_BETWEEN) || is_word(&t, KW_FROM)) {
        if (!parse_point(c, t.end, &a, &e1, 0)) {
            return false;
        }
        tok k = lex(c, e1);
        bool joined = t.word == KW_BETWEEN ? is_word(&k, KW_AND)
                                           : (is_word(&k, KW_TO) || is_word(&k, KW_UNTIL) ||
                                              is_word(&k, KW_THROUGH) || k.kind == T_DASH);
        if (joined && !a.invalid && parse_point(c, k.end, &b, &e2, 0) && !b.invalid &&
            resolve_range(c, &a, &b)) {
            span_set(sp, &a, &b, t.start, e2);
            return true;
        }
        return false; /* the scanner will find the dates inside on its own */
    }
    if (!parse_point(c, pos, &a, &e1, 0)) {
        return false;
    }
    if (a.invalid) {
        *skip = e1;
        return false;
    }
    tok k = lex(c, e1);
    if (k.kind == T_DASH || is_word(&k, KW_AND)) {
        tok n = lex(c, k.end);
        if (k.kind == T_DASH && a.d.prec == FNR_DATE_YEAR && !a.decade && n.kind == T_NUM &&
            n.ndig == 2 && !n.in_number && !n.decade && n.val > a.d.year % 100) {
            /* "2016-17" */
            b = a;
            b.d.year = a.d.year - a.d.year % 100 + n.val;
            span_set(sp, &a, &b, t.start, n.end);
            return true;
        }
        /* "February and March 2022", "August-September 2020", "2016–2017":
         * with "and", only a bare month may lead (two years stay two). */
        bool lead_ok = k.kind == T_DASH ? a.d.prec != FNR_DATE_DAY
                                        : (a.d.prec == FNR_DATE_MONTH && a.d.year == 0);
        pdate b0 = a;
        if (lead_ok && parse_point(c, k.end, &b, &e2, 0) && !b.invalid && b.d.prec == a.d.prec &&
            resolve_range(c, &a, &b)) {
            span_set(sp, &a, &b, t.start, e2);
            return true;
        }
        a = b0;
    }
    if (a.decade) {
        b = a;
        b.d.year = a.d.year + 9;
        span_set(sp, &a, &b, t.start, e1);
        return true;
    }
    if (a.d.year == 0 && a.d.prec == FNR_DATE_MONTH && c->have_ref && after_in(c, t.start)) {
        /* "In January, police ...": the latest January up to the
         * reference month, as news reports what has happened. */
        a.d.year = a.d.month <= c->ref.month ? c->ref.year : c->ref.year - 1;
        a.relative = true;
    }
    if (!resolve_single(c, &a)) {
        return false;
    }
    span_set(sp, &a, NULL, t.start, e1);
    return true;
}

static void ctx_init(ctx *c, const char *text, size_t len, const fnr_date *ref)
{
    c->s = (const unsigned char *)text;
    c->len = len;
    c->have_ref = false;
    c->memo = NULL;
    memset(&c->ref, 0, sizeof c->ref);
    if (ref && ref->prec != FNR_DATE_NONE && ref->year >= 1 && ref->year <= 9999) {
        c->ref = *ref;
        if (ref->prec < FNR_DATE_MONTH || c->ref.month < 1 || c->ref.month > 12) {
            c->ref.month = 1;
        }
        if (ref->prec < FNR_DATE_DAY || !fnr_date_valid(c->ref.year, c->ref.month, c->ref.day)) {
            c->ref.day = 1;
        }
        c->have_ref = true;
    }
}

/* Byte classes for the scanner: SC_WORD continues a word (ASCII letters and
 * digits, non-ASCII bytes except the leads of U+0080..U+00BF and
 * U+2000..U+2FFF, which are mostly punctuation); SC_START can start a date
 * (a digit, a capital, or b e f l m n s t y for "between", "early", "from",
 * "last", "mid", "next", "six" (days ago), "this", "yesterday"; the lead
 * byte of "Şubat"). */
enum { SC_WORD = 1, SC_START = 2 };

static const unsigned char scan_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 1, 3, 1, 1, 3, 3, 1, 1, 1, 1, 1, 3, 3, 3, 1, 1, 1, 1, 3, 3, 1, 1, 1, 1, 3, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
};

/*
 * false when the letters at i cannot open a date: what lex would read there
 * is no word that starts_date accepts. Most capitalised words of prose end
 * here, without building a token.
 */
static bool word_may_start(const ctx *c, size_t i)
{
    const unsigned char *s = c->s;
    size_t tr_end;
    if (tr_month_at(c, i, &tr_end)) {
        return true;
    }
    char w[12];
    size_t n = 0, j = i;
    while (j < c->len && is_alpha(s[j])) {
        if (n < sizeof w) {
            w[n] = (char)(s[j] | 0x20);
        }
        n++;
        j++;
    }
    if (n == 0 || n > sizeof w || (j < c->len && wide_letter_at(c, j))) {
        return false; /* lex gives T_OTHER or no known word */
    }
    int val;
    bool abbrev;
    return starts_date(classify(w, n, s[i] >= 'A' && s[i] <= 'Z', &val, &abbrev));
}

/* How far scan goes: the whole text (fnr_date_scan), to the first span
 * with a precision or max_out spans (fnr_date_scan_first), or to max_out
 * spans (fnr_date_scan_upto). */
typedef enum scan_stop { STOP_NEVER, STOP_FIRST, STOP_FULL } scan_stop;

/* fnr_date_scan, stopping as `stop` says, and trying no expression that
 * would start after byte `last` (a span starts where its first token
 * does, at or after the byte it was tried at). Inline, so that each caller
 * gets its own copy with `stop` and `last` folded in. */
__attribute__((always_inline)) static inline size_t scan(const char *text, size_t len, size_t from,
                                                         const fnr_date *ref, fnr_date_span *out,
                                                         size_t max_out, scan_stop stop,
                                                         size_t last)
{
    ctx c;
    ctx_init(&c, text, len, ref);
    lex_memo memo = { .pos = SIZE_MAX };
    c.memo = &memo;
    const unsigned char *s = c.s;
    size_t n_found = 0;
    size_t i = from < len ? from : len;
    while (i < len && i <= last) {
        unsigned char b = s[i];
        unsigned char cls = scan_class[b];
        if (!(cls & SC_WORD)) {
            /* Punctuation or space: skip one character (a whole one, so
             * that "’2023" starts a word at the digit). */
            size_t n = b == 0xE2 ? 3 : b == 0xC2 ? 2 : 1;
            for (size_t k = 1; k < n; k++) {
                if (i + k >= len || (s[i + k] & 0xC0) != 0x80) {
                    n = 1;
                    break;
                }
            }
            i += n;
            continue;
        }
        if ((cls & SC_START) && (is_digit(b) || word_may_start(&c, i))) {
            fnr_date_span sp;
            size_t skip;
            if (try_at(&c, i, &sp, &skip)) {
                if (n_found < max_out) {
                    out[n_found] = sp;
                }
                n_found++;
                if (stop != STOP_NEVER &&
                    (n_found >= max_out ||
                     (stop == STOP_FIRST && sp.start.prec != FNR_DATE_NONE))) {
                    break;
                }
                i = sp.end_off > i ? sp.end_off : i + 1;
                continue;
            }
            if (skip > i) {
                i = skip;
                continue;
            }
        }
        /* Not here: skip the rest of this word, ASCII or not. */
        i++;
        while (i < len && (scan_class[s[i]] & SC_WORD)) {
            i++;
        }
    }
    return n_found;
}

size_t fnr_date_scan(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out,
                     size_t max_out)
{
    return scan(text, len, 0, ref, out, max_out, STOP_NEVER, SIZE_MAX);
}

size_t fnr_date_scan_upto(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out,
                          size_t max_out)
{
    return max_out ? scan(text, len, 0, ref, out, max_out, STOP_FULL, SIZE_MAX) : 0;
}

bool fnr_date_scan_at_start(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out)
{
    fnr_date_span sp;
    if (scan(text, len, 0, ref, &sp, 1, STOP_FULL, 0) < 1 || sp.start_off != 0)
        return false;
    *out = sp;
    return true;
}

bool fnr_date_scan_first(const char *text, size_t len, const fnr_date *ref, size_t max_spans,
                         fnr_date_span *out)
{
    return fnr_date_scan_first_from(text, len, 0, ref, max_spans, out);
}

bool fnr_date_scan_first_from(const char *text, size_t len, size_t from, const fnr_date *ref,
                              size_t max_spans, fnr_date_span *out)
{
    fnr_date_span sp[8];
    size_t n = scan(text, len, from, ref, sp, max_spans < 8 ? max_spans : 8, STOP_FIRST, SIZE_MAX);
    for (size_t k = 0; k < n && k < max_spans && k < 8; k++) {
        if (sp[k].start.prec != FNR_DATE_NONE) {
            *out = sp[k];
            return true;
        }
    }
    return false;
}

/*
 * Words one of which every date without a digit holds: parse_point ends
 * in a month, a weekday, yesterday/today/tomorrow, or a qualifier and one
 * of year/month/week (after "early", "the", "between" ... a point too).
 */
static bool anchors_date(kw k)
{
    switch (k) {
    case KW_AGO:
    case KW_MONTH:
    case KW_WEEKDAY:
    case KW_YESTERDAY:
    case KW_TODAY:
    case KW_TOMORROW:
    case KW_YEAR:
    case KW_MONTHW:
    case KW_WEEK:
        return true;
    default:
        return false;
    }
}

const char *fnr_date_anchor_word(size_t i)
{
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (anchors_date(words[k].k) && i-- == 0) {
            return words[k].w;
        }
    }
    return NULL;
}

bool fnr_date_maybe(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        if (is_digit(s[i])) {
            return true;
        }
        if (!is_alpha(s[i])) {
            i++;
            continue;
        }
        char w[12];
        size_t n = 0;
        while (i < len && is_alpha(s[i])) {
            if (n < sizeof w) {
                w[n] = (char)(s[i] | 0x20);
            }
            n++;
            i++;
        }
        int val;
        bool abbrev;
        if (n <= sizeof w && anchors_date(classify(w, n, true, &val, &abbrev))) {
            return true;
        }
    }
    return false;
}

bool fnr_date_parse(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out)
{
    ctx c;
    ctx_init(&c, text, len, ref);
    memset(out, 0, sizeof *out);
    size_t end = len;
    while (end > 0 && space_len(&c, end - 1) == 1) {
        end--;
    }
    c.len = end;
    tok t = lex(&c, 0);
    size_t pos = t.start;
    if (is_word(&t, KW_ON) || is_word(&t, KW_IN)) {
        pos = t.end;
    }
    fnr_date_span sp;
    size_t skip;
    if (!try_at(&c, pos, &sp, &skip) || sp.end_off != end) {
        return false;
    }
    *out = sp;
    return true;
}
