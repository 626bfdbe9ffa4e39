/*
 * Decoding: the first step of the flow. Input bytes (a plain-text report or a
 * saved HTML page) become one fnr_doc: UTF-8 text, its blocks (headings,
 * paragraphs, boilerplate), a title, a date, and the sha256 of the input.
 *
 * Plain text is kept byte for byte (bad bytes become '?' when lenient), so
 * every offset also indexes the input file; metadata comes from a leading
 * "date YYYY-MM-DD Title" line, the first short line, or a dateline. HTML is
 * parsed with libxml2's forgiving parser; navigation, scripts, banners,
 * figures and the boxes whose classes name furniture are dropped (unless a
 * box holds most of the page's paragraphs), so are the other <article>s
 * where one holds the report (cards of other stories), and a block that is
 * all links marks itself furniture; the remaining text is laid out one block
 * per line. In both forms a last pass marks newsletter, cookie and legal
 * text as boilerplate (the marker lists below; a strong marker starts the
 * page's tail only after the report and where the report does not go on),
 * and then a saved page's furniture: menus, the site's lines before the
 * title, bylines, stamps, captions, author's bios, calls to follow the site,
 * lists of other stories under "Related" or "Most read", tags, newsletter
 * boxes and the headlines after the report's last paragraph
 * (mark_page_furniture); in HTML also the site's word on itself as the page
 * ends.
 * Extraction skips boilerplate. A page's date comes from its metadata, a
 * dateline, a "Published"/"Updated" line or a line that is only a date.
 */
#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sodium.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "text/text.h"
#include "text/text_int.h"

#define DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)
#define MAX_TITLE_LINE    150 /* bytes: a longer first line is prose, not a title */
#define MAX_HEADING       160 /* bytes: a longer unpunctuated line is still prose */
#define SHORT_HEADING     100 /* bytes: an unpunctuated line this short is a heading */
#define TOP_LINES                                            \
    16 /* lines read for a dateline or a publication date: a \
          copied page's menu comes first */

/* ---------------------------------------------------------------- helpers */

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Bytes of white space at s[i] (ASCII, NBSP, BOM, U+2000..U+200B ...), or 0. */
static size_t ws_len(const char *s, size_t i, size_t end)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        return is_ws(c) ? 1 : 0;
    }
    size_t n;
    int k = fnr__text_class(s + i, end - i, &n, NULL);
    return (k == FNR__C_SPACE || k == FNR__C_NL) ? n : 0;
}

static void trim_range(const char *s, size_t *a, size_t *b)
{
    size_t n;
    while (*a < *b && (n = ws_len(s, *a, *b)) > 0) {
        *a += n;
    }
    while (*b > *a) {
        size_t p = *b - 1;
        while (p > *a && ((unsigned char)s[p] & 0xC0) == 0x80) {
            p--;
        }
        if (ws_len(s, p, *b) == 0) {
            break;
        }
        *b = p;
    }
}

/* ASCII case-insensitive search of needle (lower case) in s[0..len). */
static bool ci_contains(const char *s, size_t len, const char *needle)
{
    size_t nl = strlen(needle);
    if (nl == 0 || nl > len) {
        return nl == 0;
    }
    unsigned char first = (unsigned char)needle[0];
    for (size_t i = 0; i + nl <= len; i++) {
        /* cheap filter first: ASCII letters differ from their lower case by 0x20 */
        if (((unsigned char)s[i] | 0x20) != (first | 0x20) ||
            (unsigned char)tolower((unsigned char)s[i]) != first) {
            continue;
        }
        size_t k = 1;
        while (k < nl &&
               (unsigned char)tolower((unsigned char)s[i + k]) == (unsigned char)needle[k]) {
            k++;
        }
        if (k == nl) {
            return true;
        }
    }
    return false;
}

static bool ci_prefix(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    if (n > len) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)s[i]) != (unsigned char)prefix[i]) {
            return false;
        }
    }
    return true;
}

/*
 * Whether s[0..len) is the lower-case phrase `lower` in any case, Turkish
 * capitals included: Ç Ğ İ Ö Ş Ü read as ç ğ i ö ş ü, and an ASCII I as i
 * or as dotless ı ("İLGİLİ HABERLER", "ÇOK OKUNANLAR", "YORUMLAR" are the
 * headings "ilgili haberler", "çok okunanlar", "yorumlar").
 */
static bool tr_ci_equal(const char *s, size_t len, const char *lower)
{
    static const struct {
        unsigned char up[2], low[2];
    } caps[] = {
        { { 0xC3, 0x87 }, { 0xC3, 0xA7 } }, /* Ç */
        { { 0xC3, 0x96 }, { 0xC3, 0xB6 } }, /* Ö */
        { { 0xC3, 0x9C }, { 0xC3, 0xBC } }, /* Ü */
        { { 0xC4, 0x9E }, { 0xC4, 0x9F } }, /* Ğ */
        { { 0xC5, 0x9E }, { 0xC5, 0x9F } }, /* Ş */
    };

    const unsigned char *a = (const unsigned char *)s, *end = a + len;
    const unsigned char *b = (const unsigned char *)lower;
    while (a < end && *b) {
        if (*a < 0x80) {
            if (*a == 'I' && b[0] == 0xC4 && b[1] == 0xB1) { /* I as ı */
                a++;
                b += 2;
                continue;
            }
            if (tolower(*a) != *b)
                return false;
            a++;
            b++;
            continue;
        }
        if (a + 1 < end && a[0] == 0xC4 && a[1] == 0xB0) { /* İ as i */
            if (*b != 'i')
                return false;
            a += 2;
            b++;
            continue;
        }
        bool folded = false;
        for (size_t k = 0; k < sizeof caps / sizeof caps[0] && a + 1 < end; k++) {
            if (a[0] == caps[k].up[0] && a[1] == caps[k].up[1]) {
                if (b[0] != caps[k].low[0] || b[1] != caps[k].low[1])
                    return false;
                folded = true;
                break;
            }
        }
        if (!folded && *a != *b)
            return false;
        size_t step = folded ? 2 : 1;
        a += step;
        b += step;
    }
    return a == end && !*b;
}

/* The last code point of s[a..b) that is not a closing quote or bracket. */
static unsigned char last_significant(const char *s, size_t a, size_t b)
{
    while (b > a) {
        unsigned char c = (unsigned char)s[b - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            b--;
            continue;
        }
        if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
            ((unsigned char)s[b - 1] == 0x9D || (unsigned char)s[b - 1] == 0x99)) {
            b -= 3; /* ” ’ */
            continue;
        }
        if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
            (unsigned char)s[b - 1] == 0xA6) {
            return '.'; /* … */
        }
        return c;
    }
    return 0;
}

static bool ends_sentence(const char *s, size_t a, size_t b)
{
    unsigned char c = last_significant(s, a, b);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

/* Words (runs of non-white-space bytes) in s[a..b), counted up to limit + 1:
 * a larger count reads as limit + 1. */
static size_t count_words_upto(const char *s, size_t a, size_t b, size_t limit)
{
    size_t n = 0;
    bool in = false;
    size_t i = a;
#if defined(__SSE2__)
    /* Sixteen bytes at a time: a word starts at each byte that is not
     * white space after one that is (or after a). The count is the same:
     * the loop below stops as soon as it passes limit. */
    const __m128i space = _mm_set1_epi8(' '), off = _mm_set1_epi8((char)(0x80 - '\t')),
                  top = _mm_set1_epi8((char)(0x80 + 5)); /* \t \n \v \f \r */
    unsigned carry = 1;                                  /* the byte before was white space */
    for (; i + 16 <= b; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i ws =
            _mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmplt_epi8(_mm_add_epi8(v, off), top));
        unsigned m = (unsigned)_mm_movemask_epi8(ws);
        unsigned starts = ~m & ((m << 1) | carry) & 0xFFFFu;
        n += (size_t)__builtin_popcount(starts);
        if (n > limit) {
            return limit + 1;
        }
        carry = m >> 15;
    }
    in = !carry;
#endif
    for (; i < b; i++) {
        bool sp = is_ws((unsigned char)s[i]);
        if (!sp && !in && ++n > limit) {
            break;
        }
        in = !sp;
    }
    return n;
}

static size_t count_words(const char *s, size_t a, size_t b)
{
    return count_words_upto(s, a, b, SIZE_MAX - 1);
}

/* true when s[a..b) has letters and none of them is lower case ("ANKARA"). */
static bool all_upper(const char *s, size_t a, size_t b)
{
    bool any = false;
    for (size_t i = a; i < b;) {
        size_t n;
        int k = fnr__text_class(s + i, b - i, &n, NULL);
        if (k == FNR__C_LOWER) {
            return false;
        }
        any |= k == FNR__C_UPPER;
        i += n;
    }
    return any;
}

static bool starts_lower(const char *s, size_t a, size_t b)
{
    size_t n;
    return a < b && fnr__text_class(s + a, b - a, &n, NULL) == FNR__C_LOWER;
}

/* Collapses white space runs of s[0..len) to single spaces, trimmed; owned copy. */
static char *collapse_dup(const char *s, size_t len)
{
    char *out = fnr_malloc(len + 1);
    if (!out) {
        return NULL;
    }
    size_t o = 0;
    bool sp = false;
    for (size_t i = 0; i < len;) {
        size_t n = ws_len(s, i, len);
        if (n) {
            sp = o > 0;
            i += n;
            continue;
        }
        if (sp) {
            out[o++] = ' ';
            sp = false;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

static fnr_status add_block(fnr_doc *doc, size_t start, size_t end, bool heading)
{
    fnr_block b = { start, end, heading, false };
    return FNR_VEC_PUSH(&doc->blocks, fnr_block, b);
}

/* -------------------------------------------------------------- boilerplate */

/*
 * Markers of text that is not the report. A strong marker near the end of
 * the document starts the page's tail (newsletter box, cookie notice, legal
 * footer): it and everything after it is boilerplate. A weak marker marks only
 * its own short block. Lower case; matched without regard to ASCII case.
 */
static const char *const strong_markers[] = {
    "keep up to date with",
    "you can unsubscribe",
    "by signing up",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "subscribe to our newsletter",
    "this site is protected by recaptcha",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "all rights reserved",
    "share this article",
    "share this story",
    "follow us on",
    "related news",
    "related articles",
    "related stories",
    "more from this author",
    "recommended for you",
    "kişisel verilerin korunması",
    "tüm hakları saklıdır",
    "bizi takip edin",
    "ilgili haberler",
    "bültenimize abone",
    "e-bültene abone",
    "haberi paylaş",
    "çerez politikası",
    "Çerez politikası",
    /* an outlet's word on itself after the report: what subscribers get,
     * republishing terms, who the agency is */
    "subscription options",
    "republishing this content",
    "independent global news organization",
    "multimedia news provider",
    "abonelik için",
    "all quotes delayed",
};

static const char *const weak_markers[] = {
    "click here",
    "tıklayınız",
    "tıklayın",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "çerez",
    "Çerez",
    "newsletter",
    "unsubscribe",
    "advertisement",
    "©",
    "read more",
    "devamını oku",
    "kvkk",
    "aydınlatma metni",
    "abone ol",
    "share on",
    "sponsored content",
    "join thousands of",
    "join hundreds of",
    "sign up here",
};

/*
 * The markers are found by one automaton (Aho-Corasick) that reads a block
 * once, a byte per step, and tells which markers occur in it: the same
 * answer as a strstr of each marker over the block lowered, without
 * lowering it or testing markers one by one. Its input is the byte's class
 * (each byte that occurs in a marker has one, all others share class 0),
 * with ASCII upper case read as lower case and NUL as a space, as the
 * markers are matched. Built once per process (pthread_once); about 750
 * states by 36 classes.
 *
 * A state is kept as its row's offset in `next`, so that a step is one add
 * and one load; the markers that end at a state are read beside the chain
 * of steps, not in it. The states at which markers end are numbered last,
 * so that one compare (out_from) tells the few steps that reach one from
 * the many that do not. Each step waits for the one before, so a block is
 * read as two halves at once (overlapping by a marker's length less one,
 * so that every occurrence lies whole in one of them).
 */
#define N_STRONG    (sizeof strong_markers / sizeof strong_markers[0])
#define N_WEAK      (sizeof weak_markers / sizeof weak_markers[0])
#define AC_STATES   1024 /* >= 1 + the bytes of all markers */
#define AC_CLASSES  64   /* >= 1 + the distinct bytes of the markers */
#define STRONG_BITS ((UINT64_C(1) << N_STRONG) - 1)

_Static_assert(N_STRONG + N_WEAK <= 64, "a marker is one bit of a 64-bit set");
_Static_assert((AC_STATES * AC_CLASSES) <= 65536, "a row's offset fits in 16 bits");

typedef struct marker_ac {
    uint8_t cls[256];                      /* byte -> class */
    uint16_t next[AC_STATES * AC_CLASSES]; /* row offset + class -> row offset */
    uint64_t out[AC_STATES];               /* markers that end at a state: bit i strong i,
                                              bit N_STRONG + i weak i */
    unsigned out_from;                     /* the row offset of the first state with
                                              markers: those after it have some too */
    size_t overlap;                        /* the longest marker's bytes less one */
    bool ok;                               /* built (false: the lists outgrew the table) */
} marker_ac;

static marker_ac ac;
static pthread_once_t ac_once = PTHREAD_ONCE_INIT;

static void ac_build(void)
{
    /* the trie of the markers first, states numbered 0 (root), 1, ... */
    static uint16_t next[AC_STATES][AC_CLASSES], queue[AC_STATES], fail[AC_STATES];
    size_t n_states = 1, n_cls = 1;
    memset(&ac, 0, sizeof ac);
    for (size_t i = 0; i < N_STRONG + N_WEAK; i++) {
        const char *m = i < N_STRONG ? strong_markers[i] : weak_markers[i - N_STRONG];
        size_t st = 0, len = strlen(m);
        if (len > ac.overlap + 1) {
            ac.overlap = len - 1;
        }
        for (; *m; m++) {
            unsigned char c = (unsigned char)*m;
            if (!ac.cls[c]) {
                if (n_cls == AC_CLASSES) {
                    return;
                }
                ac.cls[c] = (uint8_t)n_cls++;
            }
            uint16_t *to = &next[st][ac.cls[c]];
            if (!*to) {
                if (n_states == AC_STATES) {
                    return;
                }
                *to = (uint16_t)n_states++;
            }
            st = *to;
        }
        ac.out[st] |= UINT64_C(1) << i;
    }
    /* the input's folding: upper case as lower, NUL as a space */
    for (unsigned c = 'A'; c <= 'Z'; c++) {
        ac.cls[c] = ac.cls[c + 32];
    }
    ac.cls[0] = ac.cls[' '];
    /* Breadth first: a state's failure state (the longest proper suffix of
     * its path that is a path from the root) is complete when the state is
     * reached, so its missing moves are copied from it. */
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < AC_CLASSES; c++) {
        if (next[0][c]) {
            queue[tail++] = next[0][c]; /* their failure state is the root */
        }
    }
    while (head < tail) {
        uint16_t st = queue[head++];
        for (size_t c = 0; c < AC_CLASSES; c++) {
            uint16_t to = next[st][c];
            if (to) {
                fail[to] = next[fail[st]][c];
                ac.out[to] |= ac.out[fail[to]];
                queue[tail++] = to;
            } else {
                next[st][c] = next[fail[st]][c];
            }
        }
    }
    /* Numbered anew: the states without markers first (the root stays 0),
     * then those with some. */
    static uint16_t renum[AC_STATES];
    static uint64_t out[AC_STATES];
    size_t n_new = 0;
    for (int with = 0; with < 2; with++) {
        for (size_t st = 0; st < n_states; st++) {
            if ((ac.out[st] != 0) == (with != 0)) {
                if (with && n_new > 0 && !ac.out_from) {
                    ac.out_from = (unsigned)(n_new * AC_CLASSES);
                }
                renum[st] = (uint16_t)n_new++;
            }
        }
    }
    if (!ac.out_from) {
        ac.out_from = (unsigned)(n_states * AC_CLASSES); /* no state has a marker */
    }
    memcpy(out, ac.out, sizeof out);
    for (size_t st = 0; st < n_states; st++) {
        ac.out[renum[st]] = out[st];
        for (size_t c = 0; c < AC_CLASSES; c++) {
            ac.next[renum[st] * AC_CLASSES + c] = (uint16_t)(renum[next[st][c]] * AC_CLASSES);
        }
    }
    ac.ok = true;
}

/* The set of markers (bits as in marker_ac.out) that occur in s[0..len). */
static uint64_t markers_in(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t found = 0;
    unsigned a = 0, b = 0; /* row offsets of the two lanes' states */
    const unsigned from = ac.out_from;
    if (len < 4 * ac.overlap) {
        for (size_t i = 0; i < len; i++) {
            a = ac.next[a + ac.cls[p[i]]];
            if (a >= from) {
                found |= ac.out[a / AC_CLASSES];
            }
        }
        return found;
    }
    /* two lanes of n bytes: p from the start, q ending at the end */
    size_t n = (len - ac.overlap + 1) / 2 + ac.overlap;
    const unsigned char *q = p + len - n;
    for (size_t i = 0; i < n; i++) {
        a = ac.next[a + ac.cls[p[i]]];
        b = ac.next[b + ac.cls[q[i]]];
        if (a >= from || b >= from) {
            found |= ac.out[a / AC_CLASSES] | ac.out[b / AC_CLASSES];
        }
    }
    return found;
}

/* A paragraph of the report itself: several words and final punctuation. */
static bool is_content(const fnr_doc *doc, const fnr_block *b)
{
    return !b->heading && !b->boilerplate && count_words_upto(doc->text, b->start, b->end, 8) >= 8;
}

/*
 * A weak marker condemns a block only when the block does not read as a
 * sentence of the report: short, or without final punctuation, or with two
 * markers ("cookies ... privacy policy"). "Boxes of cookies" in a long
 * sentence stays. found is the set of markers in the block (markers_in).
 */
static bool weak_boilerplate(const fnr_doc *doc, const fnr_block *b, uint64_t found)
{
    size_t len = b->end - b->start;
    if (len > 300) {
        return false;
    }
    int hits = __builtin_popcountll(found & ~STRONG_BITS);
    if (hits == 0) {
        return false;
    }
    return hits >= 2 || count_words_upto(doc->text, b->start, b->end, 15) <= 15 ||
           !ends_sentence(doc->text, b->start, b->end);
}

/* A paragraph of the report: content that ends a sentence. */
static bool is_paragraph(const fnr_doc *doc, const fnr_block *b)
{
    return is_content(doc, b) && ends_sentence(doc->text, b->start, b->end);
}

/* true when block b is the document's title line. */
static bool is_title(const fnr_doc *doc, const fnr_block *b)
{
    if (!doc->title) {
        return false;
    }
    size_t tl = strlen(doc->title);
    return b->end - b->start == tl && memcmp(doc->text + b->start, doc->title, tl) == 0;
}

/*
 * Lines that head a list of the site's other pages ("Related news", "Most
 * read", "Tags:"), matched as the whole block, case aside, with an optional
 * final colon. The list under one is furniture up to the first block that
 * ends a sentence.
 */
static const char *const list_heads[] = {
    "related",
    "related news",
    "related articles",
    "related stories",
    "related content",
    "related topics",
    "read next",
    "read more",
    "read also",
    "also read",
    "see also",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "popular",
    "trending",
    "trending now",
    "recommended",
    "recommended stories",
    "recommended for you",
    "you may also like",
    "you might also like",
    "more on this story",
    "more stories",
    "more news",
    "latest news",
    "latest stories",
    "editor's picks",
    "editor’s picks",
    "top stories",
    "tags",
    "topics",
    "keywords",
    "share",
    "share this",
    "share this article",
    "comments",
    "further reading",
    "don't miss",
    "more coverage",
    "related coverage",
    "more on this",
    "in other news",
    "what to read next",
    "you may be interested in",
    "editor's choice",
    "must read",
    "top news",
    "ilgili haberler",
    "benzer haberler",
    "diğer haberler",
    "çok okunanlar",
    "en çok okunanlar",
    "öne çıkanlar",
    "etiketler",
    "paylaş",
};

/* Prefixes of a one-line piece of furniture: a list given inline ("Tags: a,
 * b"), a link to another story ("Also read: ..."), a byline or a credit line. */
static const char *const furniture_prefixes[] = {
    "tags:",
    "topics:",
    "keywords:",
    "also read:",
    "read also:",
    "read more:",
    "see also:",
    "related:",
    "recommended:",
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "photo:",
    "fotoğraf:",
    "photograph:",
    "our standards:",
    "sign up",
    "subscribe ",
    "get the latest",
    "source:",
    "kaynak:",
    "reading time",
    "okuma süresi",
    "last updated",
    "son güncelleme",
    "güncelleme:",
    "etiketler:",
    "anahtar kelimeler:",
    "skip to ",
    "scroll to ",
    "listen to this",
    "purchase licensing",
    "suggested topics",
};

/* Endings of a one-line credit ("TRT World and Agencies"), reading time
 * ("4 min read") or a page's account links ("Wednesday, 20 November 2026
 * Log in Subscribe"). */
static const char *const furniture_suffixes[] = {
    " and agencies", " min read", " dk okuma", " log in", " sign in", " subscribe", " my account",
};

/* A card's time stamp alone: "2 hours ago", "5 dakika önce". */
static bool is_relative_stamp(const char *s, size_t a, size_t b)
{
    if (b - a > 24 || count_words_upto(s, a, b, 3) > 3 || !isdigit((unsigned char)s[a])) {
        return false;
    }
    return (b - a > 4 && ci_prefix(s + b - 4, 4, " ago")) ||
           (b - a > 6 && ci_prefix(s + b - 6, 6, " önce"));
}

/* true when s[a..b), short and ending no sentence, ends as furniture does. */
static bool has_furniture_suffix(const char *s, size_t a, size_t b)
{
    if (b - a > 60 || ends_sentence(s, a, b)) {
        return false;
    }
    for (size_t i = 0; i < sizeof furniture_suffixes / sizeof furniture_suffixes[0]; i++) {
        size_t n = strlen(furniture_suffixes[i]);
        if (b - a > n && ci_prefix(s + b - n, n, furniture_suffixes[i])) {
            return true;
        }
    }
    return false;
}

/* Networks a page asks its readers to follow it on. */
static const char *const networks[] = { "whatsapp", "telegram", "instagram",   "facebook",
                                        "twitter",  "youtube",  "google news", " on x" };

/* A call to follow the site on a network ("Follow Türkiye Today on WhatsApp
 * for breaking news", "Google News'te takip edin"): short, and a call, not a
 * report's sentence (no final period, or news offered). */
static bool is_social_call(const char *s, size_t a, size_t b)
{
    if (b - a > 160 || count_words_upto(s, a, b, 15) > 15) {
        return false;
    }
    bool sentence = ends_sentence(s, a, b); /* (a Turkish call has no period) */
    bool call = ci_prefix(s + a, b - a, "follow ") ||
                (!sentence &&
                 (ci_contains(s + a, b - a, "takip e") || ci_contains(s + a, b - a, "kanalımıza")));
    if (!call ||
        (sentence && !ci_contains(s + a, b - a, " news") && !ci_contains(s + a, b - a, "latest"))) {
        return false;
    }
    for (size_t i = 0; i < sizeof networks / sizeof networks[0]; i++) {
        if (ci_contains(s + a, b - a, networks[i])) {
            return true;
        }
    }
    return false;
}

/* Lines that open a page's comment section: in the second half of the
 * page, they and all after them are readers' words, not the report's. */
static const char *const comment_heads[] = {
    "comments",        "comment",       "leave a comment",
    "post a comment",  "add a comment", "join the conversation",
    "reader comments", "yorumlar",      "yorum yap",
};

static bool is_comment_head(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    for (size_t i = 0; i < sizeof comment_heads / sizeof comment_heads[0]; i++) {
        if (tr_ci_equal(s + a, n, comment_heads[i])) {
            return true;
        }
    }
    /* with a count or a verb: "12 Comments", "Comments (3)", "Show comments",
     * "Yorumlar (5)" */
    return n <= 24 && count_words_upto(s, a, b, 3) <= 3 && !ends_sentence(s, a, b) &&
           (ci_contains(s + a, n, "comments") || ci_contains(s + a, n, "yorumlar") ||
            ci_contains(s + a, n, " yorum"));
}

/* true when s[a..b) is one of list_heads (or "More from <site>"). */
static bool is_list_head(const char *s, size_t a, size_t b)
{
    if (b > a && s[b - 1] == ':') {
        b--;
    }
    size_t n = b - a;
    if (n == 0 || n > 24) {
        return false;
    }
    if (ci_prefix(s + a, n, "more from ") && count_words_upto(s, a, b, 5) <= 5) {
        return true;
    }
    /* The first byte rules out most headings: lowered, or a Turkish
     * capital's lead byte (0xC3-0xC5), which tr_ci_equal reads. */
    unsigned char c0 = (unsigned char)tolower((unsigned char)s[a]);
    bool tr = c0 >= 0xC3 && c0 <= 0xC5;
    for (size_t i = 0; i < sizeof list_heads / sizeof list_heads[0]; i++) {
        unsigned char h0 = (unsigned char)list_heads[i][0];
        if ((h0 == c0 || tr || (c0 == 'i' && h0 == 0xC4)) && tr_ci_equal(s + a, n, list_heads[i])) {
            return true;
        }
    }
    return false;
}

/* An agency's name closing a picture's line. */
static const char *const agency_credits[] = { " (aa)",  " (iha)", " (dha)", " (reuters)",
                                              " (afp)", " (ap)",  " (epa)" };

/*
 * A photo caption or credit: a short block that does not end a sentence and
 * whose last bytes name a photo or an agency's picture desk ("(AA Photo)",
 * "REUTERS/Name/File Photo", "REUTERS/Name", "EPA-EFE/Name", "AFP via Getty
 * Images", "Photo: Reuters", "Fotoğraf: İHA") or an agency alone ("(DHA)").
 */
static bool is_caption(const char *s, size_t a, size_t b)
{
    if (b - a > 400 || ends_sentence(s, a, b)) {
        return false;
    }
    size_t t = b - a > 48 ? b - 48 : a;
    if (ci_contains(s + t, b - t, "photo") || ci_contains(s + t, b - t, "fotoğraf") ||
        ci_contains(s + t, b - t, "getty images") || ci_contains(s + t, b - t, "/afp") ||
        ci_contains(s + t, b - t, "reuters/") || ci_contains(s + t, b - t, "epa-efe/")) {
        return true;
    }
    /* a picture's line closed by an agency's name alone ("... in Van (DHA)");
     * a dateline ("ANKARA (AA)") has too few words before it */
    for (size_t i = 0; i < sizeof agency_credits / sizeof agency_credits[0]; i++) {
        size_t n = strlen(agency_credits[i]);
        if (b - a > n && ci_prefix(s + b - n, n, agency_credits[i]) &&
            count_words_upto(s, a, b, 5) >= 5) {
            return true;
        }
    }
    return false;
}

/* A byline: "By Anna Keller and Tom Richter", short and without final punctuation. */
static bool is_byline(const char *s, size_t a, size_t b)
{
    if (b - a < 5 || b - a > 80 || !ci_prefix(s + a, b - a, "by ") || ends_sentence(s, a, b)) {
        return false;
    }
    size_t n;
    return fnr__text_class(s + a + 3, b - a - 3, &n, NULL) == FNR__C_UPPER;
}

static bool has_digit(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            return true;
        }
    }
    return false;
}

/* A line of a menu: at most three words without a digit (not a date line),
 * no final punctuation unless one word ("U.S."), not the title. */
static bool is_menu_item(const fnr_doc *doc, const fnr_block *b)
{
    const char *s = doc->text;
    if (b->end - b->start > 48) {
        return false;
    }
    size_t words = count_words_upto(s, b->start, b->end, 3);
    if (b->end == b->start || words > 3 || (words > 1 && ends_sentence(s, b->start, b->end)) ||
        is_title(doc, b)) {
        return false;
    }
    return !has_digit(s, b->start, b->end);
}

static bool date_at_start(const char *s, size_t len, bool at_zero, fnr_date *out);
static bool date_in(const char *s, size_t a, size_t b, fnr_date *out);
static bool published_date(const char *s, size_t a, size_t b, fnr_date *out);

/* A page's time stamp: a line that is only a date with a clock time ("June
 * 18, 2025 11:47 AM GMT"), a publication line with one ("Published
 * 12.03.2025 14:05"), or one relative to an unknown moment ("Updated 2
 * hours ago"). Its clock reads as names ("AM GMT"). A date line without a
 * time stays: it dates the lead's events, as in a report. */
static bool is_time_stamp_line(const char *s, size_t a, size_t b)
{
    fnr_date d;
    if (b - a > 80 || count_words_upto(s, a, b, 10) > 10) {
        return false;
    }
    bool clock = false;
    for (size_t i = a + 1; i + 2 < b && !clock; i++) {
        clock = s[i] == ':' && isdigit((unsigned char)s[i - 1]) &&
                isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]);
    }
    bool stamp = ci_prefix(s + a, b - a, "published") || ci_prefix(s + a, b - a, "updated");
    if (stamp && ci_contains(s + a, b - a, " ago")) {
        return true; /* "Updated 2 hours ago": relative to a moment no one knows */
    }
    if (has_digit(s, a, b) &&
        (ci_contains(s + a, b - a, "update") || ci_contains(s + a, b - a, "güncelleme"))) {
        return true; /* "Name |15.03.2026 - Update : 15.03.2026": a page's, not the report's */
    }
    if (clock && (stamp || date_at_start(s + a, b - a, true, &d))) {
        return true;
    }
    /* a name and the stamp ("Hiwa Karim 2026-03-11 14:20"); a dateline in
     * capitals before it ("ISTANBUL Apr 02, 2026 - 11:26 am") is the report's */
    size_t w = a;
    while (w < b && s[w] != ' ') {
        w++;
    }
    return clock && count_words_upto(s, a, b, 8) <= 8 && !all_upper(s, a, w) &&
           date_in(s, a, b, &d);
}

/* Verbs after an author's name that open a bio. */
static const char *const bio_verbs[] = { " is ",         " covers ",       " writes ",
                                         " reports on ", " has reported ", " has covered ",
                                         " was " };

/* The length of the bio verb at s[0..len), or 0. */
static size_t bio_verb(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof bio_verbs / sizeof bio_verbs[0]; i++) {
        size_t n = strlen(bio_verbs[i]);
        if (len > n && memcmp(s, bio_verbs[i], n) == 0) {
            return n;
        }
    }
    return 0;
}

/* An author's box: a name alone, then a paragraph that opens with the name,
 * in whatever case, and a bio's verb ("Amberin Yusuf is a senior
 * correspondent ...", "SARAH EL DEEB" / "Sarah El Deeb covers ..."). */
static bool is_author_box(const char *s, const fnr_block *name, const fnr_block *bio)
{
    size_t n = name->end - name->start;
    return n >= 5 && n <= 40 && !ends_sentence(s, name->start, name->end) &&
           bio->end - bio->start > n + 4 && bio->end - bio->start <= 600 &&
           strncasecmp(s + name->start, s + bio->start, n) == 0 &&
           bio_verb(s + bio->start + n, bio->end - bio->start - n) > 0;
}

/* Words that tell a writer's trade in a bio. */
static const char *const bio_trades[] = {
    "correspondent", "reporter", "journalist", "editor",      "writer",
    "columnist",     "analyst",  "producer",   "contributor", "fellow",
};

/* Words of a report, never of a bio: a journalist the report is about
 * ("Ali Vural is a reporter at a weekly that police raided, ...") stays. */
static const char *const report_words[] = {
    " said",   "accuse",  "arrest", "detain", "charge",     "sentenc",
    "suspect", "custody", "police", "raided", "questioned", "prosecut",
};

/* A bio without its name line, as a page ends: two to four capitalised
 * words, a bio's verb and, in the next 80 bytes, a trade and whom it is
 * for ("Ayla Demir is a security correspondent for ...", "Tom Hale covers
 * Turkey for ..."), and no word of a report. */
static bool is_bio(const char *s, const fnr_block *b)
{
    size_t a = b->start, e = b->end, w = a, words = 0, n;
    if (e - a > 600) {
        return false;
    }
    while (w < e && words < 4) {
        if (fnr__text_class(s + w, e - w, &n, NULL) != FNR__C_UPPER) {
            return false;
        }
        while (w < e && s[w] != ' ') {
            w++;
        }
        words++;
        size_t v = bio_verb(s + w, e - w);
        if (v && words >= 2) {
            size_t lim = e - (w + v) > 80 ? w + v + 80 : e;
            bool trade = v == 8 && memcmp(s + w, " covers ", 8) == 0;
            for (size_t i = 0; !trade && i < sizeof bio_trades / sizeof bio_trades[0]; i++) {
                trade = ci_contains(s + w + v, lim - w - v, bio_trades[i]);
            }
            if (!trade || !(ci_contains(s + w + v, lim - w - v, " for ") ||
                            ci_contains(s + w + v, lim - w - v, " at ") ||
                            ci_contains(s + w + v, lim - w - v, " based in "))) {
                return false;
            }
            for (size_t i = 0; i < sizeof report_words / sizeof report_words[0]; i++) {
                if (ci_contains(s + a, e - a, report_words[i])) {
                    return false;
                }
            }
            return true;
        }
        w++;
    }
    return false;
}

/* true when block k is an item of a list the report introduces ("The court
 * named them as follows:"), one short line after another: no menu. */
static bool in_introduced_list(const fnr_doc *doc, size_t k)
{
    const fnr_block *bl = doc->blocks.data;
    for (size_t m = k, n = 0; m-- > 0 && n < 32; n++) {
        if (bl[m].boilerplate) {
            return false;
        }
        if (count_words_upto(doc->text, bl[m].start, bl[m].end, 3) > 3 ||
            last_significant(doc->text, bl[m].start, bl[m].end) == ':') {
            return last_significant(doc->text, bl[m].start, bl[m].end) == ':';
        }
    }
    return false;
}

/* A headline of a list of other stories: a short block that ends no
 * sentence ("Gendarmerie captures PKK member in Van"); a comment section's
 * heading ends the list (its own pass takes what follows). */
static bool is_list_headline(const char *s, const fnr_block *b)
{
    return b->end - b->start <= 300 && !ends_sentence(s, b->start, b->end) &&
           !is_comment_head(s, b->start, b->end);
}

/* true when block j, a headline, is the report's title: its byline ("By
 * Ece Toksöz") or its publication line follows, after at most its
 * standfirst. A list of other stories atop the page ("Trending") ends
 * there. */
static bool heads_report(const fnr_doc *doc, size_t j)
{
    const fnr_block *bl = doc->blocks.data;
    fnr_date d;
    for (size_t n = j + 1; n < doc->blocks.len && n <= j + 2; n++) {
        size_t a = bl[n].start, b = bl[n].end;
        if (is_byline(doc->text, a, b) || published_date(doc->text, a, b, &d)) {
            return true;
        }
    }
    return false;
}

/*
 * The last block of the list under the list heading at block k ("Related",
 * "More from World"): headlines, each with at most one teaser sentence
 * after it, up to a block that is neither. A sentence after a headline is
 * its teaser when the list goes on after it (another headline, or the page
 * ends) or when an item before had one; so the report that goes on after
 * a box of links is no teaser.
 */
static size_t list_end(const fnr_doc *doc, size_t k)
{
    const fnr_block *bl = doc->blocks.data;
    size_t nb = doc->blocks.len;
    const char *s = doc->text;
    bool teased = false;
    while (k + 1 < nb && is_list_headline(s, &bl[k + 1]) && !heads_report(doc, k + 1)) {
        k++;
        const fnr_block *t = k + 1 < nb ? &bl[k + 1] : NULL;
        if (t && t->end - t->start <= 400 && ends_sentence(s, t->start, t->end) &&
            (teased || k + 2 == nb || is_list_headline(s, &bl[k + 2]))) {
            k++;
            teased = true;
        }
    }
    return k;
}

/* Before the title, when no paragraph comes first: short lines without a
 * digit or final punctuation are the site's name, its menu and breadcrumbs
 * ("Middle East Eye", "Home > Türkiye > Security"). */
static void mark_before_title(fnr_doc *doc)
{
    fnr_block *bl = doc->blocks.data;
    const char *s = doc->text;
    for (size_t k = 0; k < doc->blocks.len && !is_paragraph(doc, &bl[k]); k++) {
        if (is_title(doc, &bl[k])) {
            for (size_t m = 0; m < k; m++) {
                if (!ends_sentence(s, bl[m].start, bl[m].end) &&
                    !has_digit(s, bl[m].start, bl[m].end) &&
                    count_words_upto(s, bl[m].start, bl[m].end, 6) <= 6) {
                    bl[m].boilerplate = true;
                }
            }
            break;
        }
    }
}

/*
 * The furniture of a saved news page around its report: lists of other
 * stories under their heading, menus, captions, bylines and credits, and
 * the headlines and links after the report's last paragraph.
 */
static void mark_page_furniture(fnr_doc *doc)
{
    fnr_block *bl = doc->blocks.data;
    size_t nb = doc->blocks.len;
    const char *s = doc->text;
    size_t last_content = SIZE_MAX;
    for (size_t k = 0; k + 1 < nb; k++) {
        if (is_author_box(s, &bl[k], &bl[k + 1])) {
            bl[k].boilerplate = bl[k + 1].boilerplate = true;
        } else if (k + 2 < nb && is_author_box(s, &bl[k], &bl[k + 2]) &&
                   !ends_sentence(s, bl[k + 1].start, bl[k + 1].end) &&
                   count_words_upto(s, bl[k + 1].start, bl[k + 1].end, 4) <= 4) {
            /* the name, the writer's outlet or post ("Thomson Reuters"), the bio */
            bl[k].boilerplate = bl[k + 1].boilerplate = bl[k + 2].boilerplate = true;
        }
    }
    for (size_t k = nb; k-- > 0;) {
        if (is_paragraph(doc, &bl[k])) {
            if (!is_bio(s, &bl[k])) {
                break; /* the report's last paragraph */
            }
            bl[k].boilerplate = true;
        }
    }
    for (size_t k = 0; k < nb; k++) {
        size_t a = bl[k].start, b = bl[k].end;
        if (b - a <= 24 && a * 2 >= doc->len && is_comment_head(s, a, b)) {
            for (; k < nb; k++) {
                bl[k].boilerplate = true;
            }
            break;
        }
        if (!bl[k].boilerplate && b - a <= 400 &&
            (is_caption(s, a, b) || is_byline(s, a, b) || has_furniture_suffix(s, a, b) ||
             is_social_call(s, a, b) || is_relative_stamp(s, a, b) ||
             (b - a <= 80 && !ends_sentence(s, a, b) && is_time_stamp_line(s, a, b)))) {
            bl[k].boilerplate = true;
        }
        if (!bl[k].boilerplate && b - a <= 200) {
            unsigned char c0 = (unsigned char)tolower((unsigned char)s[a]);
            for (size_t i = 0; i < sizeof furniture_prefixes / sizeof furniture_prefixes[0]; i++) {
                if ((unsigned char)furniture_prefixes[i][0] == c0 &&
                    ci_prefix(s + a, b - a, furniture_prefixes[i])) {
                    bl[k].boilerplate = true;
                    break;
                }
            }
        }
        if (b - a <= 25 && is_list_head(s, a, b)) {
            /* the heading and the list under it */
            for (size_t e = list_end(doc, k); k < e;) {
                bl[k++].boilerplate = true;
            }
            bl[k].boilerplate = true;
            continue;
        }
    }
    for (size_t k = nb; k-- > 0;) {
        if (is_paragraph(doc, &bl[k])) {
            last_content = k;
            break;
        }
    }
    /* Three or more menu lines in a row are a menu, upper case ("HOME",
     * "WORLD") or not; a lone upper-case line before a paragraph stays (a
     * dateline), and so does a short line heading the menu (the site's name)
     * only when it is the title. */
    for (size_t k = 0; k < nb;) {
        size_t e = k;
        while (e < nb && is_menu_item(doc, &bl[e])) {
            e++;
        }
        if (e - k >= 3 && !in_introduced_list(doc, k)) {
            for (size_t m = k; m < e; m++) {
                if (m + 1 == e && e < nb && is_content(doc, &bl[e]) &&
                    all_upper(s, bl[m].start, bl[m].end)) {
                    break;
                }
                bl[m].boilerplate = true;
            }
            if (k > 0 && bl[k - 1].heading && !is_title(doc, &bl[k - 1]) &&
                count_words_upto(s, bl[k - 1].start, bl[k - 1].end, 4) <= 4) {
                bl[k - 1].boilerplate = true;
            }
        }
        k = e > k ? e : k + 1;
    }
    mark_before_title(doc);
    /* Between the title and the first paragraph: short lines without a digit
     * or final punctuation that head no paragraph are bylines and credits
     * ("Jane Holloway, BBC News", "TRT World and Agencies"); an upper-case
     * one- or two-word line is a dateline and stays. */
    bool seen_title = false;
    for (size_t k = 0; k < nb && !is_paragraph(doc, &bl[k]); k++) {
        bool stamp = seen_title && is_time_stamp_line(s, bl[k].start, bl[k].end);
        if (stamp) {
            /* read for the date already when among the first lines; a
             * long menu may have pushed it past them */
            fnr_date d;
            if (doc->date.prec == FNR_DATE_NONE && date_in(s, bl[k].start, bl[k].end, &d)) {
                doc->date = d;
            }
            bl[k].boilerplate = true;
        }
        if (bl[k].boilerplate) {
            continue;
        }
        if (!seen_title) {
            seen_title =
                count_words_upto(s, bl[k].start, bl[k].end, 3) > 3 || is_title(doc, &bl[k]);
            continue;
        }
        if (ends_sentence(s, bl[k].start, bl[k].end) ||
            count_words_upto(s, bl[k].start, bl[k].end, 6) > 6 ||
            (all_upper(s, bl[k].start, bl[k].end) &&
             count_words_upto(s, bl[k].start, bl[k].end, 2) <= 2) ||
            (k + 1 < nb && is_content(doc, &bl[k + 1]))) {
            continue;
        }
        if (!has_digit(s, bl[k].start, bl[k].end)) {
            bl[k].boilerplate = true;
        }
    }
    /* After the report's last paragraph, short lines that end no sentence
     * are headlines of other stories, links and legal lines (a longer one
     * may be the report's last sentence without its period). */
    if (last_content != SIZE_MAX) {
        for (size_t k = last_content + 1; k < nb; k++) {
            if (!ends_sentence(s, bl[k].start, bl[k].end) && bl[k].end - bl[k].start <= 300 &&
                count_words_upto(s, bl[k].start, bl[k].end, 15) <= 15 &&
                !in_introduced_list(doc, k)) {
                bl[k].boilerplate = true;
            }
        }
    }
}

/* The markers in block b (bits as in marker_ac.out); a block too long to be
 * a box of the page's has none. */
static uint64_t block_markers(const fnr_doc *doc, const fnr_block *b)
{
    size_t len = b->end - b->start;
    return len <= 600 ? markers_in(doc->text + b->start, len) : 0;
}

/* true when two blocks after k read as the report's own paragraphs: a
 * sentence of eight words or more that opens as one (not a notice's wrapped
 * line), with no marker. A page's tail (legal lines, notices, a teaser) has
 * not two; a newsletter's call set in the report has. */
static bool report_after(const fnr_doc *doc, size_t k)
{
    const fnr_block *bl = doc->blocks.data;
    size_t n = 0;
    for (size_t m = k + 1; m < doc->blocks.len && n < 2; m++) {
        if (!bl[m].heading && count_words_upto(doc->text, bl[m].start, bl[m].end, 8) >= 8 &&
            ends_sentence(doc->text, bl[m].start, bl[m].end) &&
            !starts_lower(doc->text, bl[m].start, bl[m].end) && !block_markers(doc, &bl[m])) {
            n++;
        }
    }
    return n == 2;
}

/* Words of a newsletter's box ("Sign up for ...", "Subscribe", "Bültenimize abone olun"). */
static const char *const newsletter_words[] = { "sign up", "newsletter", "subscribe", "abone",
                                                "bülten" };

static bool is_newsletter_block(const char *s, const fnr_block *b)
{
    for (size_t i = 0; i < sizeof newsletter_words / sizeof newsletter_words[0]; i++) {
        if (ci_contains(s + b->start, b->end - b->start, newsletter_words[i])) {
            return true;
        }
    }
    return false;
}

/*
 * A newsletter's box: its call ("Sign up for the Courier") and, up to four
 * blocks on, its button or terms ("Sign up", "By signing up, you agree
 * ..."), both furniture; the short lines between are the box's name and
 * blurb ("Week in the Middle East", "Catch up on our coverage ..."), not
 * the report's.
 */
static void mark_newsletter_boxes(fnr_doc *doc)
{
    fnr_block *bl = doc->blocks.data;
    size_t nb = doc->blocks.len;
    for (size_t k = 0; k < nb; k++) {
        if (!bl[k].boilerplate || !is_newsletter_block(doc->text, &bl[k])) {
            continue;
        }
        size_t m = k + 1;
        while (m < nb && m <= k + 4 && !bl[m].boilerplate &&
               count_words_upto(doc->text, bl[m].start, bl[m].end, 25) <= 25) {
            m++;
        }
        if (m > k + 1 && m < nb && m <= k + 4 && bl[m].boilerplate &&
            is_newsletter_block(doc->text, &bl[m])) {
            for (size_t i = k + 1; i < m; i++) {
                bl[i].boilerplate = true;
            }
            k = m - 1;
        }
    }
}

static void mark_boilerplate(fnr_doc *doc)
{
    fnr_block *bl = doc->blocks.data;
    size_t nb = doc->blocks.len;
    bool report_before = false; /* a paragraph of the report came before block k */
    pthread_once(&ac_once, ac_build);
    for (size_t k = 0; k < nb && ac.ok; k++) {
        uint64_t found = block_markers(doc, &bl[k]);
        bool strong = (found & STRONG_BITS) != 0;
        /* A strong marker near the end starts the page's tail when the
         * report came before it and does not go on after it: a cookie
         * notice atop a short page, or a newsletter's call inside the
         * report, takes only its own block. A list's heading alone
         * ("Related news") takes only its list (the page furniture pass):
         * such a box may sit inside the report. */
        bool tail = strong && report_before &&
                    (bl[k].start * 2 >= doc->len || doc->len - bl[k].start <= 3000);
        if (tail && !is_list_head(doc->text, bl[k].start, bl[k].end) && !report_after(doc, k)) {
            for (size_t m = k; m < nb; m++) {
                bl[m].boilerplate = true;
            }
            break;
        }
        if (strong || weak_boilerplate(doc, &bl[k], found)) {
            bl[k].boilerplate = true;
        } else if (!report_before && !found && is_paragraph(doc, &bl[k])) {
            report_before = true;
        }
    }
    mark_page_furniture(doc);
    mark_newsletter_boxes(doc);
    /* One- or two-word lines are menus and buttons, unless they are a dateline
     * ("ANKARA"), the title, a section heading followed by a paragraph, or a
     * two-word sentence after one ("Investigation continues."). */
    for (size_t k = 0; k < nb; k++) {
        size_t words = count_words_upto(doc->text, bl[k].start, bl[k].end, 2);
        if (bl[k].boilerplate || words > 2) {
            continue;
        }
        if (all_upper(doc->text, bl[k].start, bl[k].end) || is_title(doc, &bl[k])) {
            continue;
        }
        unsigned char last = last_significant(doc->text, bl[k].start, bl[k].end);
        if (words == 2 && (last == '.' || last == '!' || last == '?') && k > 0 &&
            is_paragraph(doc, &bl[k - 1])) {
            continue;
        }
        if ((k + 1 < nb && is_content(doc, &bl[k + 1])) || in_introduced_list(doc, k)) {
            continue;
        }
        bl[k].boilerplate = true;
    }
}

/* -------------------------------------------------------------- plain text */

typedef struct line {
    size_t start, end; /* trimmed content */
} line;

/* A leading "date 2025-02-12 Title" line: sets the date and the title. */
static fnr_status leading_date_line(fnr_doc *doc, bool want_date, size_t *out_skip_to)
{
    const char *s = doc->text;
    size_t i = 0, n;
    *out_skip_to = 0;
    while (i < doc->len && (n = ws_len(s, i, doc->len)) > 0) {
        i += n;
    }
    if (doc->len - i < 15 || !ci_prefix(s + i, doc->len - i, "date") ||
        (s[i + 4] != ' ' && s[i + 4] != ':' && s[i + 4] != '\t')) {
        return FNR_OK;
    }
    size_t p = i + 5;
    while (p < doc->len && (s[p] == ' ' || s[p] == '\t')) {
        p++;
    }
    fnr_date d;
    if (doc->len - p < 10 || !fnr_date_parse_iso(s + p, 10, &d)) {
        return FNR_OK;
    }
    if (want_date) {
        doc->date = d;
    }
    size_t e = p + 10;
    while (e < doc->len && s[e] != '\n') {
        e++;
    }
    size_t ts = p + 10, te = e;
    trim_range(s, &ts, &te);
    if (ts < te) {
        doc->title = fnr_strndup(s + ts, te - ts);
        if (!doc->title) {
            return FNR_NOMEM;
        }
        fnr_status st = add_block(doc, ts, te, !ends_sentence(s, ts, te) && te - ts <= MAX_HEADING);
        if (st != FNR_OK) {
            return st;
        }
    }
    *out_skip_to = e;
    return FNR_OK;
}

/* The dash that ends a dateline's prefix in s[a..b) (" - ", " -- ", an en
 * or em dash, or a dash that ends the line), within its first 120 bytes;
 * 0 when there is none. */
/* Whether a dateline's dash is at s[p] (before lim, in a line ending at b). */
static bool dash_at(const char *s, size_t p, size_t b, size_t lim)
{
    /* ("ANKARA (AA) -" may end its line: the report follows) */
    if (s[p] == '-' && s[p - 1] == ' ' && (p + 1 == b || s[p + 1] == ' ' || s[p + 1] == '-')) {
        return true;
    }
    return (unsigned char)s[p] == 0xE2 && p + 2 < lim && (unsigned char)s[p + 1] == 0x80 &&
           ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94);
}

static size_t dateline_dash(const char *s, size_t a, size_t b)
{
    size_t lim = b - a > 120 ? a + 120 : b;
    size_t p = a + 1;
#if defined(__SSE2__)
    /* sixteen bytes at a time to the next '-' or lead byte of a dash */
    const __m128i minus = _mm_set1_epi8('-'), e2 = _mm_set1_epi8((char)0xE2);
    for (; p < lim && lim - p >= 16; p += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, minus), _mm_cmpeq_epi8(v, e2)));
        for (; m; m &= m - 1) {
            size_t q = p + (size_t)__builtin_ctz(m);
            if (dash_at(s, q, b, lim)) {
                return q;
            }
        }
    }
#endif
    for (; p < lim; p++) {
        if (dash_at(s, p, b, lim)) {
            return p;
        }
    }
    return 0;
}

static bool dotted_date(const char *s, size_t len, fnr_date *out);

/* The first date with a year in s[a..b), a day-first "12.03.2024" too (also
 * right after a bar: "Name |12.03.2024"). */
static bool date_in(const char *s, size_t a, size_t b, fnr_date *out)
{
    for (size_t i = a; i < b; i++) {
        if ((i == a || s[i - 1] == ' ' || s[i - 1] == '|') && dotted_date(s + i, b - i, out)) {
            return true;
        }
    }
    fnr_date_span spans[4];
    size_t got = fnr_date_scan_upto(s + a, b - a, NULL, spans, 4);
    for (size_t m = 0; m < got && m < 4; m++) {
        if (!spans[m].is_relative && spans[m].start.prec != FNR_DATE_NONE &&
            spans[m].start.year > 0) {
            *out = spans[m].start;
            return true;
        }
    }
    return false;
}

/* Whether s[a..pe), the words before a dateline's dash, open as a dateline
 * does: a place in capitals ("ANKARA (AA)", "ISTANBUL, Nov. 16 (Reuters)"),
 * or a capitalised place of up to three words whose comma a date follows
 * ("Ankara, 12.03.2024"). */
static bool dateline_head(const char *s, size_t a, size_t pe)
{
    size_t w = a;
    while (w < pe && s[w] != ' ' && s[w] != ',' && s[w] != '(') {
        w++;
    }
    if (w - a >= 3 && all_upper(s, a, w)) {
        return true;
    }
    size_t n;
    if (fnr__text_class(s + a, pe - a, &n, NULL) != FNR__C_UPPER) {
        return false;
    }
    const char *comma = memchr(s + a, ',', pe - a);
    fnr_date d;
    if (!comma || count_words_upto(s, a, (size_t)(comma - s), 3) > 3) {
        return false;
    }
    size_t c = (size_t)(comma - s) + 1;
    while (c < pe && s[c] == ' ') {
        c++;
    }
    return date_at_start(s + c, pe - c, true, &d);
}

/*
 * A dateline in the first lines: "ANKARA (AA) - ...", "ISTANBUL, Nov. 16
 * (Reuters) - ...", "Ankara, 12.03.2024 - ..." or a lone upper-case city
 * line. It gives the date only when it holds one with a year.
 */
static void find_dateline(fnr_doc *doc, const char *s, const line *lines, size_t n_lines)
{
    for (size_t k = 0; k < n_lines && k < TOP_LINES; k++) {
        size_t a = lines[k].start, b = lines[k].end;
        size_t dash = dateline_dash(s, a, b);
        size_t pe = dash ? dash : b;
        if (!dateline_head(s, a, pe)) {
            continue;
        }
        /* (a lone line: the place in capitals, nothing more) */
        size_t w = a;
        while (w < pe && s[w] != ' ' && s[w] != ',' && s[w] != '(') {
            w++;
        }
        if (!dash && (!all_upper(s, a, w) || count_words_upto(s, a, b, 3) > 3)) {
            continue;
        }
        fnr_date d;
        if (date_in(s, a, pe, &d)) {
            doc->date = d;
            return;
        }
        /* ("MAPUTO, Mozambique (AP) — November 19, 2026": the date alone
         * after the dash, the report on the lines below) */
        if (dash) {
            size_t q = dash + ((unsigned char)s[dash] == 0xE2 ? 3 : 1);
            while (q < b && (s[q] == ' ' || s[q] == '-')) {
                q++;
            }
            if (q < b && b - q <= 24 && count_words_upto(s, q, b, 4) <= 3 &&
                date_at_start(s + q, b - q, true, &d) && d.prec == FNR_DATE_DAY) {
                doc->date = d;
            }
            return;
        }
        /* a lone upper-case line: a city, or a menu's "HOME"; read on */
    }
}

/* A day-first numeric date "12.03.2025" at s[0..len) (a Turkish or European
 * page's publication line), into *out. */
static bool dotted_date(const char *s, size_t len, fnr_date *out)
{
    if (len < 10 || s[2] != '.' || s[5] != '.' || (len > 10 && isdigit((unsigned char)s[10]))) {
        return false;
    }
    int v[8];
    static const int pos[8] = { 0, 1, 3, 4, 6, 7, 8, 9 };
    for (size_t i = 0; i < 8; i++) {
        if (!isdigit((unsigned char)s[pos[i]])) {
            return false;
        }
        v[i] = s[pos[i]] - '0';
    }
    int day = v[0] * 10 + v[1], month = v[2] * 10 + v[3];
    int year = v[4] * 1000 + v[5] * 100 + v[6] * 10 + v[7];
    if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1900) {
        return false;
    }
    *out = (fnr_date){ year, month, day, FNR_DATE_DAY };
    return true;
}

/* The date, with a year, that s[0..len) starts with; false when none or relative. */
static bool date_at_start(const char *s, size_t len, bool at_zero, fnr_date *out)
{
    fnr_date_span sp;
    for (size_t i = 0; i < len && i < 12; i++) {
        if ((i == 0 || s[i - 1] == ' ') && dotted_date(s + i, len - i, out)) {
            return true;
        }
        if (at_zero) {
            break;
        }
    }
    bool found = at_zero ? fnr_date_scan_at_start(s, len, NULL, &sp)
                         : fnr_date_scan_upto(s, len, NULL, &sp, 1) >= 1;
    if (found && !sp.is_relative && sp.start.prec != FNR_DATE_NONE && sp.start.year > 0) {
        *out = sp.start;
        return true;
    }
    return false;
}

/* The date of a publication line s[a..b): "Published: 12 February 2025",
 * "By Staff · Published 12 March 2025", "Published 12.03.2025 14:05",
 * "Yayınlanma: ...". */
static bool published_date(const char *s, size_t a, size_t b, fnr_date *out)
{
    static const char *const keys[] = { "published",  "date:",        "updated",
                                        "yayınlanma", "yayın tarihi", "tarih:" };
    if (b - a > 100) {
        return false;
    }
    /* the key starts the line or a word of its first 60 bytes (a byline) */
    for (size_t off = 0; off < b - a && off <= 60; off++) {
        if (off > 0 && s[a + off - 1] != ' ') {
            continue;
        }
        unsigned char c0 = (unsigned char)tolower((unsigned char)s[a + off]);
        for (size_t m = 0; m < sizeof keys / sizeof keys[0]; m++) {
            if ((unsigned char)keys[m][0] == c0 && ci_prefix(s + a + off, b - a - off, keys[m]) &&
                date_at_start(s + a + off, b - a - off, false, out)) {
                return true;
            }
        }
    }
    return false;
}

/* Where the date of a dateline line s[a..b) starts, past its place in
 * capitals and a comma ("BRUSSELS, March 3, 2024", "NEW YORK, ..."), or 0
 * when the line does not open so. */
static size_t dateline_place_end(const char *s, size_t a, size_t b)
{
    size_t i = a, caps = 0;
    while (i < b && s[i] != ',') {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'a' && ch <= 'z') {
            return 0; /* lower case: no place in capitals */
        }
        caps += ch >= 'A' && ch <= 'Z';
        i++;
    }
    if (i >= b || caps < 3 || i - a > 30) {
        return 0;
    }
    i++;
    while (i < b && s[i] == ' ') {
        i++;
    }
    /* ... and its country after it: "VAN, Türkiye, March 14, 2025" (a
     * capitalised word, a comma, then the date; a month would be the
     * date itself, so one must not be taken for the country) */
    size_t w = i;
    while (w < b && w - i < 24 && s[w] != ',' && s[w] != ' ') {
        w++;
    }
    fnr_date d;
    if (w < b && s[w] == ',' && w > i && s[i] >= 'A' && s[i] <= 'Z' &&
        !date_at_start(s + i, b - i, true, &d)) {
        size_t c = w + 1;
        while (c < b && s[c] == ' ') {
            c++;
        }
        if (c < b && date_at_start(s + c, b - c, true, &d)) {
            return c;
        }
    }
    return i < b ? i : 0;
}

/* A publication line near the top of text s, else a line that is only a
 * date. */
static void find_published_line(fnr_doc *doc, const char *s, const line *lines, size_t n_lines)
{
    for (size_t k = 0; k < n_lines && k < TOP_LINES; k++) {
        fnr_date d;
        if (published_date(s, lines[k].start, lines[k].end, &d)) {
            doc->date = d;
            return;
        }
    }
    /* No such key: a line that is only a date ("June 18, 2025 11:47 AM GMT",
     * "03.04.2025 Selin Arıkan") before the first paragraph. */
    for (size_t k = 0; k < n_lines && k < TOP_LINES; k++) {
        size_t a = lines[k].start, b = lines[k].end;
        fnr_date d;
        if (b - a <= 60 && count_words_upto(s, a, b, 8) <= 8 &&
            date_at_start(s + a, b - a, true, &d) && d.prec == FNR_DATE_DAY) {
            doc->date = d;
            return;
        }
        /* ... or a dateline of its own: "BRUSSELS, March 3, 2024" */
        size_t c = dateline_place_end(s, a, b);
        if (c && b - a <= 60 && date_at_start(s + c, b - c, true, &d) && d.prec == FNR_DATE_DAY &&
            count_words_upto(s, c, b, 6) <= 5) {
            doc->date = d;
            return;
        }
        if (b - a > 200) {
            return;
        }
    }
}

/* No date in the first lines (a long menu above the title): the
 * publication line or date line among the lines after the title. */
static void date_after_title(fnr_doc *doc)
{
    const fnr_block *bl = doc->blocks.data;
    size_t nb = doc->blocks.len, t = 0;
    if (doc->date.prec != FNR_DATE_NONE || !doc->title) {
        return;
    }
    while (t < nb && !is_title(doc, &bl[t])) {
        t++;
    }
    line top[TOP_LINES];
    size_t n = 0;
    for (size_t k = t + 1; k < nb && n < TOP_LINES; k++) {
        top[n++] = (line){ bl[k].start, bl[k].end };
    }
    find_published_line(doc, doc->text, top, n);
}

/*
 * Lines are hard-wrapped (a mail or a terminal copy) when most of them are
 * of similar, moderate length and end without punctuation.
 */
static bool looks_wrapped(const char *s, const line *lines, size_t n)
{
    size_t mid = 0, open = 0, longest = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len = lines[k].end - lines[k].start;
        longest = len > longest ? len : longest;
        if (len >= 50 && len <= 100) {
            mid++;
            if (!ends_sentence(s, lines[k].start, lines[k].end)) {
                open++;
            }
        }
    }
    return n >= 4 && longest <= 110 && mid * 2 >= n && open * 3 >= n;
}

static fnr_status decode_plain(fnr_doc *doc, bool want_date)
{
    const char *s = doc->text;
    fnr_status st;
    size_t from;
    if ((st = leading_date_line(doc, want_date, &from)) != FNR_OK) {
        return st;
    }

    /* Collect lines (trimmed); an empty line is kept as start == end. */
    fnr_vec lines;
    fnr_vec_init(&lines, sizeof(line));
    size_t i = from;
    while (i < doc->len) {
        const char *nl = memchr(s + i, '\n', doc->len - i);
        size_t e = nl ? (size_t)(nl - s) : doc->len;
        line ln = { i, e };
        trim_range(s, &ln.start, &ln.end);
        if ((st = FNR_VEC_PUSH(&lines, line, ln)) != FNR_OK) {
            goto out;
        }
        i = e + 1;
    }

    /* Non-empty lines for the metadata heuristics. */
    {
        fnr_vec ne;
        fnr_vec_init(&ne, sizeof(line));
        FNR_VEC_FOREACH(line, ln, &lines) {
            if (ln->start < ln->end && (st = FNR_VEC_PUSH(&ne, line, *ln)) != FNR_OK) {
                fnr_vec_destroy(&ne);
                goto out;
            }
        }
        const line *nel = ne.data;
        if (doc->date.prec == FNR_DATE_NONE) {
            find_dateline(doc, s, nel, ne.len);
        }
        if (doc->date.prec == FNR_DATE_NONE) {
            find_published_line(doc, s, nel, ne.len);
        }
        bool wrapped = looks_wrapped(s, nel, ne.len);
        fnr_vec_destroy(&ne);

        /* Group lines into blocks. */
        const line *ls = lines.data;
        size_t bs = 0, be = 0, n_lines_in_block = 0;
        bool open = false, blank_before = false;
        for (size_t k = 0; k <= lines.len; k++) {
            bool empty = k == lines.len || ls[k].start == ls[k].end;
            bool join = false;
            if (open && !empty) {
                bool prev_open = !ends_sentence(s, bs, be);
                unsigned char last = last_significant(s, bs, be);
                join = prev_open &&
                       (last == ',' || last == '-' || starts_lower(s, ls[k].start, ls[k].end) ||
                        (wrapped && be - (ls[k - 1].start) >= 50));
            }
            if (open && !join) {
                /* A long line without final punctuation is a heading only when
                 * blank lines set it apart; else it is a sentence that lost its period. */
                bool heading =
                    n_lines_in_block == 1 && !ends_sentence(s, bs, be) &&
                    last_significant(s, bs, be) != ',' &&
                    (be - bs <= SHORT_HEADING || (be - bs <= MAX_HEADING && blank_before && empty));
                if ((st = add_block(doc, bs, be, heading)) != FNR_OK) {
                    goto out;
                }
                open = false;
            }
            if (empty) {
                continue;
            }
            if (join) {
                be = ls[k].end;
                n_lines_in_block++;
            } else {
                bs = ls[k].start;
                be = ls[k].end;
                n_lines_in_block = 1;
                open = true;
                blank_before = k == 0 || ls[k - 1].start == ls[k - 1].end;
            }
        }
    }
    mark_boilerplate(doc);
    /* Without a date line, the title is the first short line that is not
     * boilerplate, past the site's name in capitals ("TÜRKİYE TODAY") before
     * it; the lines before it are the site's (mark_before_title). */
    if (!doc->title) {
        bool site = false; /* a line in capitals came first: a sentence is no title then */
        FNR_VEC_FOREACH(fnr_block, b, &doc->blocks) {
            if (b->boilerplate) {
                continue;
            }
            size_t len = b->end - b->start;
            if (all_upper(s, b->start, b->end) && count_words(s, b->start, b->end) <= 3) {
                site = true;
                continue;
            }
            if (len <= MAX_TITLE_LINE && !memchr(s + b->start, '\n', len) &&
                !(site && ends_sentence(s, b->start, b->end))) {
                doc->title = fnr_strndup(s + b->start, len);
                if (!doc->title) {
                    st = FNR_NOMEM;
                    goto out;
                }
                mark_before_title(doc);
            }
            break;
        }
    }
    date_after_title(doc);
    st = FNR_OK;
out:
    fnr_vec_destroy(&lines);
    return st;
}

/* ------------------------------------------------------------------- HTML */

typedef struct html_ctx {
    fnr_doc *doc;
    fnr_buf text;      /* the document text being built */
    fnr_buf cur;       /* the current block's text, white space collapsed */
    bool cur_space;    /* a space is due before the next word in cur */
    size_t cur_linked; /* bytes of cur's words inside links */
    size_t cur_free;   /* bytes of cur's words outside links, separators aside */
    int in_link;       /* depth of <a> elements around the walk */
    int in_title;      /* depth of <h1> elements around the walk */
    char *title;       /* <title>, owned */
    char *og_title;    /* og:title, owned */
    fnr_date date;     /* from meta or <time> */
    bool class_filter; /* drop elements by class/id words */
    bool dateline;     /* a dateline was kept from a dropped byline */
    size_t p_words;    /* words in the page's <p> elements */
    xmlNode *report;   /* the <article> that holds most of them, or NULL */
    fnr_status st;
} html_ctx;

static const char *const dropped_tags[] = {
    "script",   "style",  "noscript", "template",   "svg",    "iframe", "form",
    "button",   "nav",    "footer",   "aside",      "select", "option", "input",
    "textarea", "object", "embed",    "canvas",     "video",  "audio",  "map",
    "dialog",   "menu",   "head",     "figcaption",
};

static const char *const block_tags[] = {
    "p",    "li",     "blockquote", "td",      "th",      "div",        "h1",
    "h2",   "h3",     "h4",         "h5",      "h6",      "article",    "section",
    "main", "body",   "dd",         "dt",      "pre",     "figcaption", "caption",
    "tr",   "ul",     "ol",         "table",   "header",  "address",    "center",
    "dl",   "figure", "hr",         "summary", "details", "title",
};

static const char *const bad_words[] = {
    "cookie",  "consent",  "newsletter", "subscribe", "share",     "social",
    "related", "comment",  "advert",     "promo",     "banner",    "breadcrumb",
    "menu",    "footer",   "nav",        "popup",     "modal",     "sidebar",
    "gdpr",    "kvkk",     "author",     "byline",    "caption",   "tags",
    "popular", "trending", "recirc",     "signup",    "most-read", "mostread",
};

static bool in_list(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(name, list[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool is_heading_tag(const char *name)
{
    return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

static bool attr_has_bad_word(xmlNode *node, const char *attr)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)attr);
    if (!v) {
        return false;
    }
    const char *s = (const char *)v;
    bool bad = false;
    for (size_t i = 0; !bad && i < sizeof bad_words / sizeof bad_words[0]; i++)
        bad = ci_contains(s, strlen(s), bad_words[i]);
    xmlFree(v);
    return bad;
}

static bool attr_has_word(xmlNode *node, const char *attr, const char *word)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)attr);
    bool has = v && ci_contains((const char *)v, strlen((const char *)v), word);
    xmlFree(v);
    return has;
}

static bool attr_equals(xmlNode *node, const char *attr, const char *value)
{
    xmlChar *v = xmlGetProp(node, (const xmlChar *)attr);
    if (!v) {
        return false;
    }
    size_t n = strlen((const char *)v);
    bool eq = n == strlen(value) && ci_prefix((const char *)v, n, value);
    xmlFree(v);
    return eq;
}

/* true when the subtree holds an h1 or h2 (an article header, not the site's). */
static bool has_title_heading(xmlNode *node, int depth)
{
    for (xmlNode *c = node->children; c && depth < 64; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) {
            continue;
        }
        const char *nm = (const char *)c->name;
        if (strcmp(nm, "h1") == 0 || strcmp(nm, "h2") == 0 || has_title_heading(c, depth + 1)) {
            return true;
        }
    }
    return false;
}

/* true when the subtree holds an element named name. */
static bool has_descendant(xmlNode *node, const char *name, int depth)
{
    for (xmlNode *c = node->children; c && depth < 64; c = c->next) {
        if (c->type == XML_ELEMENT_NODE &&
            (strcmp((const char *)c->name, name) == 0 || has_descendant(c, name, depth + 1))) {
            return true;
        }
    }
    return false;
}

/*
 * Words (runs of bytes other than ASCII white space) in the <p> elements of
 * node's subtree, node itself a <p> when in_p. Each element's count is kept
 * in its _private field (unused by the parser), read back by p_words_of,
 * so that the page is counted once.
 */
static size_t count_p_words(xmlNode *node, bool in_p, int depth)
{
    size_t n = 0;
    for (xmlNode *c = node->children; c && depth < 200; c = c->next) {
        if (c->type == XML_TEXT_NODE && in_p && c->content) {
            bool word = false;
            for (const unsigned char *t = c->content; *t; t++) {
                bool ws = *t == ' ' || *t == '\n' || *t == '\t' || *t == '\r';
                n += !ws && !word;
                word = !ws;
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            size_t k = count_p_words(c, in_p || strcmp((const char *)c->name, "p") == 0, depth + 1);
            c->_private = (void *)(uintptr_t)k;
            n += k;
        }
    }
    return n;
}

static size_t p_words_of(const xmlNode *node)
{
    return (size_t)(uintptr_t)node->_private;
}

/* The <article> of the subtree with the most words in paragraphs, and its count. */
static xmlNode *largest_article(xmlNode *node, size_t *words, int depth)
{
    xmlNode *best = NULL;
    for (xmlNode *c = node->children; c && depth < 200; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (strcmp((const char *)c->name, "article") == 0) {
            /* a reader's comment (WordPress's "<article class=comment-body>") holds no report */
            size_t n = attr_has_word(c, "class", "comment") || attr_has_word(c, "id", "comment")
                           ? 0
                           : p_words_of(c);
            if (n > *words) {
                *words = n;
                best = c;
            }
            continue; /* an article within it is part of it */
        }
        xmlNode *b = largest_article(c, words, depth + 1);
        best = b ? b : best;
    }
    return best;
}

/* true when node lies within (or is) ancestor. */
static bool within(xmlNode *node, xmlNode *ancestor)
{
    for (; node; node = node->parent) {
        if (node == ancestor) {
            return true;
        }
    }
    return false;
}

static bool drop_element(html_ctx *h, xmlNode *node, const char *name)
{
    if (in_list(name, dropped_tags, sizeof dropped_tags / sizeof dropped_tags[0])) {
        return true;
    }
    /* When one <article> holds the report, the others are cards of other
     * stories ("<article class=card><h3>Airstrikes kill 9 ..."), unless one
     * holds the page's title */
    if (h->report && strcmp(name, "article") == 0 && !within(node, h->report) &&
        !has_descendant(node, "h1", 0)) {
        return true;
    }
    /* A figure is a picture and its caption, whatever holds the caption; one
     * that quotes (an embedded post, a pull quote) stays. */
    if (strcmp(name, "figure") == 0 && !has_descendant(node, "blockquote", 0)) {
        return true;
    }
    if (strcmp(name, "header") == 0 && !has_title_heading(node, 0)) {
        return true;
    }
    if (xmlHasProp(node, (const xmlChar *)"hidden") || attr_equals(node, "aria-hidden", "true") ||
        attr_equals(node, "role", "navigation") || attr_equals(node, "role", "banner") ||
        attr_equals(node, "role", "contentinfo") || attr_equals(node, "role", "complementary") ||
        attr_equals(node, "role", "dialog")) {
        return true;
    }
    /* The page's own containers carry site-wide classes ("has-nav"): never drop them. */
    if (!h->class_filter || strcmp(name, "html") == 0 || strcmp(name, "body") == 0 ||
        strcmp(name, "main") == 0 || strcmp(name, "article") == 0 || is_heading_tag(name)) {
        return false;
    }
    if (!attr_has_bad_word(node, "class") && !attr_has_bad_word(node, "id")) {
        return false;
    }
    /* A box that holds most of the page's paragraphs is the report's own
     * ("entry-content social-share-inline"), whatever its classes say; a
     * comment section is never. */
    if (h->p_words >= 40 && !attr_has_word(node, "class", "comment") &&
        !attr_has_word(node, "id", "comment") && 2 * p_words_of(node) > h->p_words) {
        return false;
    }
    return true;
}

/* true when s[a..b) holds a letter or a digit (ASCII, or a two-byte
 * letter of UTF-8): a word, not a separator ("|", "·", "–"). */
static bool has_letter(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || (c >= 0xC3 && c <= 0xDF)) {
            return true;
        }
    }
    return false;
}

static void html_text(html_ctx *h, const char *s, size_t len)
{
    for (size_t i = 0; i < len && h->st == FNR_OK;) {
        size_t n = ws_len(s, i, len);
        if (n) {
            h->cur_space = true;
            i += n;
            continue;
        }
        size_t e = i + 1;
        while (e < len && !ws_len(s, e, len)) {
            e++;
        }
        if (h->cur_space && h->cur.len > 0) {
            h->st = fnr_buf_putc(&h->cur, ' ');
        }
        h->cur_space = false;
        if (h->st == FNR_OK) {
            h->st = fnr_buf_append(&h->cur, s + i, e - i);
        }
        if (h->in_link > 0) {
            h->cur_linked += e - i;
        } else if (has_letter(s, i, e)) {
            h->cur_free += e - i;
        }
        i = e;
    }
}

/*
 * A block that is all links and ends no sentence is a menu run together
 * ("World News U.S. News Politics") or a link to another story: furniture,
 * whatever the classes of its boxes say (a page of generic divs): words
 * outside links are at most a fifth of it, separators (" | ", " · ")
 * aside. The page's title,
 * an h1 that links to itself, is no such thing.
 */
static bool all_linked(const html_ctx *h)
{
    return h->in_title == 0 && h->cur_linked > 0 && h->cur_free * 4 <= h->cur_linked &&
           !ends_sentence(h->cur.data, 0, h->cur.len);
}

static void html_flush(html_ctx *h, bool heading)
{
    h->cur_space = false;
    bool linked = all_linked(h);
    h->cur_linked = h->cur_free = 0;
    if (h->st != FNR_OK || h->cur.len == 0) {
        fnr_buf_reset(&h->cur);
        return;
    }
    if (h->text.len > 0) {
        h->st = fnr_buf_putc(&h->text, '\n');
    }
    size_t start = h->text.len;
    if (h->st == FNR_OK) {
        h->st = fnr_buf_append(&h->text, h->cur.data, h->cur.len);
    }
    if (h->st == FNR_OK) {
        h->st = add_block(h->doc, start, h->text.len, heading);
    }
    if (h->st == FNR_OK && linked) {
        FNR_VEC_AT(&h->doc->blocks, fnr_block, h->doc->blocks.len - 1).boilerplate = true;
    }
    fnr_buf_reset(&h->cur);
}

static void html_date(html_ctx *h, const char *v)
{
    if (h->date.prec != FNR_DATE_NONE || !v) {
        return;
    }
    while (*v == ' ') {
        v++;
    }
    fnr_date d;
    if (strlen(v) >= 10 && fnr_date_parse_iso(v, 10, &d)) {
        h->date = d;
        return;
    }
    fnr_date_span sp;
    if (fnr_date_scan_upto(v, strlen(v), NULL, &sp, 1) >= 1 && !sp.is_relative &&
        sp.start.year > 0) {
        h->date = sp.start;
    }
}

static char *node_text_collapsed(xmlNode *node)
{
    xmlChar *t = xmlNodeGetContent(node);
    if (!t) {
        return NULL;
    }
    char *c = collapse_dup((const char *)t, strlen((const char *)t));
    xmlFree(t);
    return c;
}

static void html_meta(html_ctx *h, xmlNode *node)
{
    static const char *const date_keys[] = {
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publish-date",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "parsely-pub-date",
    };
    static const char *const attrs[] = { "property", "name", "itemprop" };
    for (size_t a = 0; a < 3; a++) {
        xmlChar *key = xmlGetProp(node, (const xmlChar *)attrs[a]);
        if (!key) {
            continue;
        }
        xmlChar *content = xmlGetProp(node, (const xmlChar *)"content");
        const char *k = (const char *)key;
        if (content) {
            if (strcmp(k, "og:title") == 0 && !h->og_title) {
                h->og_title = collapse_dup((const char *)content, strlen((const char *)content));
            }
            for (size_t d = 0; d < sizeof date_keys / sizeof date_keys[0]; d++) {
                size_t kl = strlen(k);
                if (kl == strlen(date_keys[d]) && ci_prefix(k, kl, date_keys[d])) {
                    html_date(h, (const char *)content);
                }
            }
        }
        xmlFree(content);
        xmlFree(key);
    }
}

/*
 * A byline box the class filter drops may hold the report's dateline
 * ("Selin Arıkan ANKARA (Sabah) -", "Ankara, 12.03.2024 - Staff"): the
 * dateline alone is kept as a line of its own, where a report's stands, so
 * that it places and dates the report as any other does. Its publication
 * line ("by Staff · Published 14 May 2024, 11:42") dates the report when
 * nothing in the head did.
 */
/* The datetime of the first <time> in a dropped byline's subtree ("<div
 * class="byline">ISTANBUL <time datetime="2026-03-19">...</time>"):
 * the report's date, as a <time> the walk reaches is. */
static void time_in(html_ctx *h, xmlNode *node, int depth)
{
    for (xmlNode *c = node; c && depth < 8 && h->date.prec == FNR_DATE_NONE; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (strcmp((const char *)c->name, "time") == 0) {
            xmlChar *dt = xmlGetProp(c, (const xmlChar *)"datetime");
            if (dt) {
                html_date(h, (const char *)dt);
                xmlFree(dt);
            }
        }
        time_in(h, c->children, depth + 1);
    }
}

static void keep_dateline(html_ctx *h, xmlNode *node)
{
    if (h->dateline ||
        !(attr_has_word(node, "class", "byline") || attr_has_word(node, "class", "author") ||
          attr_has_word(node, "id", "byline"))) {
        return;
    }
    time_in(h, node->children, 0);
    char *t = node_text_collapsed(node);
    size_t len = t ? strlen(t) : 0;
    fnr_date pd;
    if (h->date.prec == FNR_DATE_NONE && t && published_date(t, 0, len, &pd)) {
        h->date = pd;
    }
    size_t dash = t ? dateline_dash(t, 0, len) : 0;
    for (size_t w = 0; dash && w < dash; w++) {
        if ((w > 0 && t[w - 1] != ' ') || !dateline_head(t, w, dash)) {
            continue;
        }
        size_t e = dash + ((unsigned char)t[dash] == 0xE2 ? 3 : 1);
        html_flush(h, false);
        html_text(h, t + w, e - w);
        html_flush(h, false);
        h->dateline = true;
        break;
    }
    fnr_free(t);
}

static void html_walk(html_ctx *h, xmlNode *node, int depth)
{
    for (xmlNode *c = node; c && h->st == FNR_OK; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) {
                html_text(h, (const char *)c->content, strlen((const char *)c->content));
            }
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || !c->name) {
            continue;
        }
        const char *name = (const char *)c->name;
        if (strcmp(name, "title") == 0) {
            if (!h->title) {
                h->title = node_text_collapsed(c);
            }
            continue;
        }
        if (strcmp(name, "meta") == 0) {
            html_meta(h, c);
            continue;
        }
        if (strcmp(name, "head") == 0) {
            /* Only the title and meta of the head are read. */
            for (xmlNode *k = c->children; k; k = k->next) {
                if (k->type != XML_ELEMENT_NODE) {
                    continue;
                }
                if (strcmp((const char *)k->name, "title") == 0 && !h->title) {
                    h->title = node_text_collapsed(k);
                } else if (strcmp((const char *)k->name, "meta") == 0) {
                    html_meta(h, k);
                }
            }
            continue;
        }
        if (strcmp(name, "time") == 0) {
            xmlChar *dt = xmlGetProp(c, (const xmlChar *)"datetime");
            if (dt) {
                html_date(h, (const char *)dt);
                xmlFree(dt);
            }
        }
        if (drop_element(h, c, name)) {
            if (h->class_filter) {
                keep_dateline(h, c);
            }
            h->cur_space = true;
            continue;
        }
        if (strcmp(name, "br") == 0) {
            html_flush(h, false);
            continue;
        }
        bool block = in_list(name, block_tags, sizeof block_tags / sizeof block_tags[0]);
        bool heading = is_heading_tag(name);
        if (block) {
            html_flush(h, false);
        } else {
            /* inline elements such as <a>, <span>, <img> separate nothing */
        }
        bool link = strcmp(name, "a") == 0, h1 = strcmp(name, "h1") == 0;
        h->in_link += link;
        h->in_title += h1;
        if (depth < 200) {
            html_walk(h, c->children, depth + 1);
        }
        h->in_link -= link;
        if (block) {
            html_flush(h, heading);
        } else if (c->next && c->next->type == XML_ELEMENT_NODE) {
            /* "<span>ISTANBUL</span><span>Dec 28</span>": boxes side by
             * side are words apart, not one word */
            h->cur_space = true;
        }
        h->in_title -= h1;
    }
}

/* The encoding a page declares in its first bytes ("windows-1254"), or NULL for UTF-8. */
static const char *declared_charset(const char *s, size_t len, char out[40])
{
    size_t lim = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 8 < lim; i++) {
        if (!ci_prefix(s + i, lim - i, "charset") && !ci_prefix(s + i, lim - i, "encoding")) {
            continue;
        }
        size_t p = i + (tolower((unsigned char)s[i]) == 'c' ? 7 : 8);
        while (p < lim && (s[p] == ' ' || s[p] == '=' || s[p] == '"' || s[p] == '\'')) {
            p++;
        }
        size_t o = 0;
        while (p < lim && o + 1 < 40 &&
               (isalnum((unsigned char)s[p]) || s[p] == '-' || s[p] == '_' || s[p] == ':')) {
            out[o++] = (char)tolower((unsigned char)s[p++]);
        }
        out[o] = '\0';
        if (o == 0) {
            continue;
        }
        if (strcmp(out, "utf-8") == 0 || strcmp(out, "utf8") == 0) {
            return NULL;
        }
        return out;
    }
    return NULL;
}

/* Strips a trailing " | Site name" from a <title> when enough remains. */
/* "Site - Title": the part after the first separator is the title when a
 * block of the page is exactly that. */
static void strip_site_prefix(char *t, const char *text, const fnr_vec *blocks,
                              const char *const *seps, size_t n_seps)
{
    size_t first = SIZE_MAX, sep_len = 0;
    for (size_t i = 0; i < n_seps; i++) {
        const char *p = strstr(t, seps[i]);
        if (p && (size_t)(p - t) < first) {
            first = (size_t)(p - t);
            sep_len = strlen(seps[i]);
        }
    }
    if (first == SIZE_MAX) {
        return;
    }
    const char *rest = t + first + sep_len;
    size_t n = strlen(rest);
    FNR_VEC_FOREACH(fnr_block, b, blocks) {
        if (n > 0 && b->end - b->start == n && memcmp(text + b->start, rest, n) == 0) {
            memmove(t, rest, n + 1);
            return;
        }
    }
}

/*
 * The site's name after a page title's last separator ("Title | Reuters",
 * "Title - BBC News", "Title – TRT World") is cut: it is no part of the
 * report, and a name in it would be an entity of the page. The part before
 * the separator is the title when a block of the page is exactly that, or
 * when the separator is a bar and the rest is long enough (20 bytes) to be
 * a title; after a dash, only a name of at most four capitalised words
 * goes ("Three held - Police" could be a title's own).
 * With no such name, a site's name before the title goes
 * (strip_site_prefix). Returns the site's name after the title (in t,
 * after the cut), or NULL.
 */
static const char *strip_site_suffix(char *t, const char *text, const fnr_vec *blocks)
{
    static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
    size_t tl = strlen(t), at = 0, sep_len = 0;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        for (size_t p = tl >= n ? tl - n + 1 : 0; p-- > 0;) {
            if (memcmp(t + p, seps[i], n) == 0) {
                if (p > at) {
                    at = p;
                    sep_len = n;
                }
                break;
            }
        }
    }
    if (at == 0) {
        return NULL;
    }
    bool cut = t[at + 1] == '|' && at >= 20;
    FNR_VEC_FOREACH(fnr_block, b, blocks) {
        if (cut) {
            break;
        }
        cut = b->end - b->start == at && memcmp(text + b->start, t, at) == 0;
    }
    const char *name = t + at + sep_len;
    size_t nl = strlen(name), n;
    if (!cut && at >= 20 && nl > 0 && nl <= 40 && count_words_upto(name, 0, nl, 4) <= 4 &&
        !ends_sentence(name, 0, nl)) {
        cut = true;
        for (size_t i = 0; i < nl && cut; i++) {
            if (i == 0 || name[i - 1] == ' ') {
                cut = fnr__text_class(name + i, nl - i, &n, NULL) == FNR__C_UPPER;
            }
        }
    }
    if (!cut) {
        strip_site_prefix(t, text, blocks, seps, sizeof seps / sizeof seps[0]);
        return NULL;
    }
    t[at] = '\0';
    return name;
}

/*
 * The site's word on itself as the page ends: paragraphs that open with
 * the site's name (from the title, "Kurdistan Observer is an independent
 * news outlet ...", "Middle East Eye propose une couverture ..."), read
 * from the end back to the report's last paragraph. One that names the
 * site in the report ("Middle East Eye revealed ...") has report
 * paragraphs after it and stays.
 */
static void mark_site_blurbs(fnr_doc *doc, const char *site)
{
    fnr_block *bl = doc->blocks.data;
    size_t n = site ? strlen(site) : 0;
    if (n < 3) {
        return;
    }
    for (size_t k = doc->blocks.len; k-- > 0;) {
        if (bl[k].boilerplate || bl[k].heading) {
            continue;
        }
        if (bl[k].end - bl[k].start <= n + 1 || memcmp(doc->text + bl[k].start, site, n) != 0 ||
            doc->text[bl[k].start + n] != ' ') {
            break;
        }
        bl[k].boilerplate = true;
    }
}

static fnr_status decode_html(fnr_doc *doc, const char *in, size_t len, bool want_date)
{
    html_ctx h = { 0 };
    h.doc = doc;
    fnr_buf_init(&h.text, 0);
    fnr_buf_init(&h.cur, 0);
    fnr_status st = FNR_OK;
    char cs[40];
    const char *enc = declared_charset(in, len, cs);
    xmlInitParser();
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr x = htmlReadMemory(in, (int)len, NULL, enc ? enc : "UTF-8", opts);
    if (!x && enc) {
        x = htmlReadMemory(in, (int)len, NULL, "UTF-8", opts);
    }
    if (x) {
        xmlNode *root = xmlDocGetRootElement(x);
        h.p_words = root ? count_p_words(root, false, 0) : 0;
        size_t in_report = 0;
        h.report = root ? largest_article(root, &in_report, 0) : NULL;
        if (in_report * 2 <= h.p_words) {
            h.report = NULL; /* no article holds the report */
        }
        for (int pass = 0; pass < 2 && root; pass++) {
            h.class_filter = pass == 0;
            html_walk(&h, root, 0);
            html_flush(&h, false);
            if (h.st != FNR_OK || h.text.len > 0) {
                break;
            }
            /* Nothing survived the class filter: keep the text rather than lose it. */
            fnr_vec_clear(&doc->blocks);
            fnr_buf_reset(&h.text);
        }
        xmlFreeDoc(x);
    }
    if ((st = h.st) != FNR_OK) {
        goto out;
    }

    /* The title: og:title, else <title> without the site's name. */
    char *title = h.og_title ? h.og_title : h.title;
    const char *site = title ? strip_site_suffix(title, h.text.data, &doc->blocks) : NULL;
    if (!site && h.og_title && h.title) {
        site = strip_site_suffix(h.title, h.text.data, &doc->blocks);
    }
    if (title && *title) {
        doc->title = fnr_strdup(title);
        if (!doc->title) {
            st = FNR_NOMEM;
            goto out;
        }
    }
    if (want_date && h.date.prec != FNR_DATE_NONE) {
        doc->date = h.date;
    }
    /* No date in the page's metadata: a byline near the top may give it. */
    if (want_date && doc->date.prec == FNR_DATE_NONE && h.text.data) {
        line top[TOP_LINES] = { 0 };
        size_t n_top = 0;
        FNR_VEC_FOREACH(fnr_block, b, &doc->blocks) {
            if (n_top == TOP_LINES) {
                break;
            }
            top[n_top++] = (line){ b->start, b->end };
        }
        find_dateline(doc, h.text.data, top, n_top);
        if (doc->date.prec == FNR_DATE_NONE) {
            find_published_line(doc, h.text.data, top, n_top);
        }
    }

    /* Put the title first as a heading unless a heading of the body repeats it. */
    if (doc->title) {
        size_t tl = strlen(doc->title);
        bool repeated = false;
        FNR_VEC_FOREACH(fnr_block, b, &doc->blocks) {
            if (b->end - b->start == tl && memcmp(h.text.data + b->start, doc->title, tl) == 0) {
                repeated = true;
                break;
            }
        }
        if (!repeated) {
            fnr_buf t2;
            fnr_buf_init(&t2, 0);
            st = fnr_buf_append(&t2, doc->title, tl);
            if (st == FNR_OK && h.text.len > 0) {
                st = fnr_buf_putc(&t2, '\n');
            }
            size_t shift = t2.len;
            if (st == FNR_OK && h.text.len > 0) {
                st = fnr_buf_append(&t2, h.text.data, h.text.len);
            }
            fnr_block tb = { 0, tl, true, false };
            if (st == FNR_OK) {
                st = FNR_VEC_PUSH(&doc->blocks, fnr_block, tb);
            }
            if (st != FNR_OK) {
                fnr_buf_destroy(&t2);
                goto out;
            }
            fnr_block *bl = doc->blocks.data;
            memmove(bl + 1, bl, (doc->blocks.len - 1) * sizeof *bl);
            bl[0] = tb;
            for (size_t k = 1; k < doc->blocks.len; k++) {
                bl[k].start += shift;
                bl[k].end += shift;
            }
            fnr_buf_destroy(&h.text);
            h.text = t2;
        }
    }

    /* libxml2 output is UTF-8; repair in place should a converter have slipped. */
    size_t bad;
    if (h.text.len > 0 && !fnr_utf8_valid(h.text.data, h.text.len, &bad)) {
        fnr_buf fixed;
        fnr_buf_init(&fixed, 0);
        size_t nbad = 0;
        if ((st = fnr_utf8_repair(h.text.data, h.text.len, &fixed, &nbad)) != FNR_OK) {
            fnr_buf_destroy(&fixed);
            goto out;
        }
        doc->n_repaired += nbad;
        fnr_buf_destroy(&h.text);
        h.text = fixed;
    }
    doc->text = fnr_buf_take(&h.text, &doc->len);
    if (!doc->text) {
        st = FNR_NOMEM;
        goto out;
    }
    mark_boilerplate(doc);
    mark_site_blurbs(doc, site);
    date_after_title(doc);
out:
    fnr_free(h.title);
    fnr_free(h.og_title);
    fnr_buf_destroy(&h.cur);
    fnr_buf_destroy(&h.text);
    return st;
}

/* ---------------------------------------------------------------- format */

static const char *const html_starts[] = { "<!doctype html", "<html", "<?xml",
                                           "<head",          "<body", "<!--" };
static const char *const html_tags[] = {
    "<p>", "<p ", "</p>",   "<div",  "<br",     "<span", "<a href", "<li",  "<h1",
    "<h2", "<h3", "<table", "<meta", "<script", "<link", "<title",  "<img", "</div>"
};

static bool looks_html(const char *s, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        i = 3;
    }
    while (i < len && is_ws((unsigned char)s[i])) {
        i++;
    }
    for (size_t k = 0; k < sizeof html_starts / sizeof html_starts[0]; k++) {
        if (ci_prefix(s + i, len - i, html_starts[k])) {
            return k < 2 || ci_contains(s + i, len - i < 4096 ? len - i : 4096, "<html") ||
                   ci_contains(s + i, len - i < 4096 ? len - i : 4096, "<body");
        }
    }
    /* Count tags in the first 4 KiB. */
    size_t lim = len < 4096 ? len : 4096, tags = 0;
    for (size_t p = 0; p < lim; p++) {
        const char *lt = memchr(s + p, '<', lim - p);
        if (!lt) {
            break;
        }
        p = (size_t)(lt - s);
        for (size_t k = 0; k < sizeof html_tags / sizeof html_tags[0]; k++) {
            if (ci_prefix(s + p, lim - p, html_tags[k])) {
                tags++;
                break;
            }
        }
    }
    return tags >= 3 && ((i < len && s[i] == '<') || tags >= 5);
}

/* ------------------------------------------------------------------ entry */

static void line_col(const char *s, size_t off, int *line_no, int *col)
{
    int ln = 1;
    size_t last_nl = 0;
    bool any = false;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\n') {
            ln++;
            last_nl = i;
            any = true;
        }
    }
    *line_no = ln;
    size_t c = any ? off - last_nl : off + 1;
    *col = c > INT_MAX ? INT_MAX : (int)c;
}

fnr_status fnr_doc_decode(const char *bytes, size_t len, const fnr_decode_opts *opts, fnr_doc *out,
                          struct fnr_error *err)
{
    fnr_decode_opts def = { 0 };
    fnr_status st = FNR_OK;
    char *repaired = NULL;
    if (!out) {
        return fnr_error_set(err, FNR_INVALID, "no output document given");
    }
    memset(out, 0, sizeof *out);
    fnr_vec_init(&out->blocks, sizeof(fnr_block));
    if (!bytes && len > 0) {
        return fnr_error_set(err, FNR_INVALID, "no input bytes given");
    }
    if (!opts) {
        opts = &def;
    }
    size_t max = opts->max_bytes ? opts->max_bytes : DEFAULT_MAX_BYTES;
    if (len > max || len > INT_MAX) {
        fnr_error_set(err, FNR_TOOBIG, "input of %zu bytes exceeds the limit of %zu bytes", len,
                      max);
        fnr_error_hint(err, "Raise the limit with --max-bytes, or split the input.");
        return FNR_TOOBIG;
    }
    out->input_bytes = len;
    if (sodium_init() < 0) {
        return fnr_error_set(err, FNR_INTERNAL, "could not initialise libsodium");
    }
    fnr__sha256(bytes, len, out->sha256, false);

    bool html = opts->format == FNR_FORMAT_HTML ||
                (opts->format == FNR_FORMAT_AUTO && looks_html(bytes ? bytes : "", len));
    char cs[40];
    bool utf8_input = !html || declared_charset(bytes, len, cs) == NULL;
    const char *text = bytes ? bytes : "";
    size_t bad;
    if (utf8_input && !fnr_utf8_valid(text, len, &bad)) {
        if (!opts->lenient) {
            int ln, col;
            line_col(text, bad, &ln, &col);
            fnr_error_set(err, FNR_BADINPUT,
                          "invalid UTF-8 at byte offset %zu (line %d, column %d)", bad, ln, col);
            fnr_error_detail(err, "The byte there is 0x%02X.", (unsigned)(unsigned char)text[bad]);
            fnr_error_hint(err, "Convert the file to UTF-8, or use --lenient to replace invalid "
                                "bytes with '?'.");
            fnr_error_at(err, (int64_t)bad, ln, col);
            st = FNR_BADINPUT;
            goto fail;
        }
        fnr_buf rb;
        fnr_buf_init(&rb, 0);
        size_t nbad = 0;
        if ((st = fnr_utf8_repair(text, len, &rb, &nbad)) != FNR_OK) {
            fnr_buf_destroy(&rb);
            goto nomem;
        }
        size_t rlen;
        repaired = fnr_buf_take(&rb, &rlen);
        if (!repaired) {
            st = FNR_NOMEM;
            goto nomem;
        }
        out->n_repaired = nbad;
        text = repaired;
    }

    bool want_date = opts->date.prec == FNR_DATE_NONE;
    if (!want_date) {
        out->date = opts->date;
    }
    if (html) {
        out->html = true;
        st = decode_html(out, text, len, want_date);
    } else {
        if (repaired) {
            out->text = repaired;
            repaired = NULL;
        } else {
            out->text = fnr_strndup(text, len);
            if (!out->text) {
                st = FNR_NOMEM;
                goto nomem;
            }
        }
        out->len = len;
        st = decode_plain(out, want_date);
    }
    if (st != FNR_OK) {
        goto nomem;
    }
    fnr_free(repaired);
    fnr_error_clear(err);
    return FNR_OK;

nomem:
    if (st == FNR_NOMEM) {
        fnr_error_set(err, FNR_NOMEM, "out of memory while decoding %zu bytes", len);
    } else {
        fnr_error_set(err, st, "could not decode the input: %s", fnr_status_text(st));
    }
fail:
    fnr_free(repaired);
    {
        fnr_status keep = st;
        fnr_doc_destroy(out);
        return keep;
    }
}

void fnr_doc_destroy(fnr_doc *doc)
{
    if (!doc) {
        return;
    }
    fnr_free(doc->text);
    fnr_free(doc->title);
    fnr_vec_destroy(&doc->blocks);
    memset(doc, 0, sizeof *doc);
    fnr_vec_init(&doc->blocks, sizeof(fnr_block));
}

void fnr_doc_sha256_hex(const fnr_doc *doc, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < 32; i++) {
        out[2 * i] = hex[doc->sha256[i] >> 4];
        out[2 * i + 1] = hex[doc->sha256[i] & 15];
    }
    out[64] = '\0';
}
