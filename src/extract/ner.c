/*
 * Named entities of one document: tokens with their match keys and lexical
 * flags, mentions found by dictionary and by rule, in-document aliases
 * (parentheses, code names, surnames, demonym institutions), the entities
 * those mentions cluster into, and the relations the text states between
 * them (leader_of, member_of, located_in, associated_with).
 *
 * Sits between the text layer (sentences, tokens) and events.c, which reads
 * the mentions and entities built here. Every mention and relation names the
 * rule that made it.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/map.h"
#include "base/utf8.h"
#include "extract/extract_int.h"

/* ---- token helpers ------------------------------------------------------ */

/*
 * Most keys asked about are in no list they are asked against, and a list
 * is tens of words. A list's signature, a small Bloom filter of its words'
 * hashes (fnr_lexicon_hash, as xtok.hash holds them for the keys), rules
 * most keys out without reading the words. The lists are static arrays, so
 * a signature is made once per thread, at the first asking, and kept in a
 * table by the list's address (a list that meets another's slot takes
 * one of the next, list_sig_find).
 */
#define LIST_SIG_SLOTS  256  /* a power of two, above the number of lists */
#define LIST_SIG_BITS   1024 /* a power of two: a list of 100 words lets 3% of other keys by */
#define LIST_SIG_PROBES 8    /* slots a list may take, from the one of its address on */

typedef struct list_sig {
    const char *const *words;          /* the list; NULL: empty slot */
    uint64_t bits[LIST_SIG_BITS / 64]; /* bits h % LIST_SIG_BITS and (h >> 10) % LIST_SIG_BITS
                                          of each word's hash h */
} list_sig;

static _Thread_local list_sig list_sigs[LIST_SIG_SLOTS];

__attribute__((noinline)) static void list_sig_make(list_sig *sig, const char *const *words)
{
    sig->words = words;
    memset(sig->bits, 0, sizeof sig->bits);
    for (; *words; words++) {
        uint32_t h = (uint32_t)fnr_lexicon_hash(*words, strlen(*words));
        uint32_t a = h % LIST_SIG_BITS, b = (h >> 10) % LIST_SIG_BITS;
        sig->bits[a / 64] |= UINT64_C(1) << (a % 64);
        sig->bits[b / 64] |= UINT64_C(1) << (b % 64);
    }
}

/* The signature of a list whose slot (by its address) is `at` but does
 * not hold it: made there when the slot is empty (the list's first
 * asking, so that later askings find it at once, in may_be_in); else the
 * list's in one of the next slots, or made in the first empty one, so
 * that two lists that meet at a slot do not take it from each other at
 * every asking; only when all of those slots are taken does the list take
 * over its own. */
__attribute__((noinline)) static list_sig *list_sig_find(const char *const *words, size_t at)
{
    if (!list_sigs[at].words) { /* the first asking: the list's own slot is free */
        list_sig_make(&list_sigs[at], words);
        return &list_sigs[at];
    }
    for (size_t p = 1; p < LIST_SIG_PROBES; p++) {
        list_sig *sig = &list_sigs[(at + p) & (LIST_SIG_SLOTS - 1)];
        if (sig->words == words)
            return sig;
        if (!sig->words) {
            list_sig_make(sig, words);
            return sig;
        }
    }
    list_sig_make(&list_sigs[at], words);
    return &list_sigs[at];
}

/* false when token i's key is surely none of the words (x_tok_is would
 * say so of each); true when it may be one. */
static inline bool may_be_in(const x_doc *d, size_t i, const char *const *words)
{
    const xtok *t = x_tok(d, i);
    if (t->key_len == 0)
        return false; /* x_tok_is says no for every word */
    uintptr_t a = (uintptr_t)words;
    size_t at = ((a >> 3) ^ (a >> 11)) & (LIST_SIG_SLOTS - 1);
    list_sig *sig = &list_sigs[at];
    if (sig->words != words)
        sig = list_sig_find(words, at);
    uint32_t h = t->hash, h1 = h % LIST_SIG_BITS, h2 = (h >> 10) % LIST_SIG_BITS;
    return ((sig->bits[h1 / 64] >> (h1 % 64)) & 1u) && ((sig->bits[h2 / 64] >> (h2 % 64)) & 1u);
}

bool x_tok_in(const x_doc *d, size_t i, const char *const *words)
{
    if (!may_be_in(d, i, words))
        return false;
    for (; *words; words++)
        if (x_tok_is(d, i, *words))
            return true;
    return false;
}

/* The word of the list (NULL-terminated) that token i's key is, or NULL. */
static const char *x_tok_which(const x_doc *d, size_t i, const char *const *words)
{
    if (!may_be_in(d, i, words))
        return NULL;
    for (; *words; words++)
        if (x_tok_is(d, i, *words))
            return *words;
    return NULL;
}

static bool is_word(const xtok *t)
{
    return t->kind == FNR_TOK_WORD;
}

static bool is_punct(const x_doc *d, size_t i, char c)
{
    return x_tok(d, i)->punct == (unsigned char)c; /* (c is never NUL) */
}

static bool is_open_quote(const x_doc *d, size_t i)
{
    return (x_tok(d, i)->xflags & XT_QUOTE) != 0;
}

/* Lexical flags of a token from the lexicon's record of its key: each
 * class of its entries gives the flag below, and a longer key it begins
 * XT_PREFIX. The flags of each set of classes come from two tables (the
 * classes' low and high bits), filled once per extractor by
 * x_class_flags_table: one lookup each instead of a loop over the bits. */
static const uint32_t flag_of_class[FNR_LEX_CLASS_COUNT] = {
    [FNR_LEX_STOPWORD] = XT_STOP,     [FNR_LEX_TITLE] = XT_TITLE,
    [FNR_LEX_ORG_HEAD] = XT_ORGHEAD,  [FNR_LEX_LOC_HEAD] = XT_LOCHEAD,
    [FNR_LEX_PARTICLE] = XT_PARTICLE, [FNR_LEX_GIVEN_NAME] = XT_GIVEN,
    [FNR_LEX_DEMONYM] = XT_DEMONYM,   [FNR_LEX_TRIGGER] = XT_TRIGGER,
    [FNR_LEX_LOCATION] = XT_ENTRY,    [FNR_LEX_ORG] = XT_ENTRY,
    [FNR_LEX_PERSON] = XT_ENTRY,
};

void x_class_flags_table(fnr_extractor *x)
{
    _Static_assert(FNR_LEX_CLASS_COUNT <= 2 * X_CLASS_BITS, "two tables cover the classes");
    for (uint32_t c = 0; c < (1u << X_CLASS_BITS); c++) {
        uint32_t lo = 0, hi = 0;
        for (unsigned b = 0; b < X_CLASS_BITS; b++) {
            if (!((c >> b) & 1u))
                continue;
            lo |= b < FNR_LEX_CLASS_COUNT ? flag_of_class[b] : 0;
            hi |= b + X_CLASS_BITS < FNR_LEX_CLASS_COUNT ? flag_of_class[b + X_CLASS_BITS] : 0;
        }
        x->class_flags[0][c] = lo;
        x->class_flags[1][c] = hi;
    }
}

static uint32_t lex_flags(const fnr_extractor *x, const fnr_lex_key *k)
{
    if (!k)
        return 0;
    const uint32_t low = (1u << X_CLASS_BITS) - 1;
    return (k->prefix ? XT_PREFIX : 0) | x->class_flags[0][k->classes & low] |
           x->class_flags[1][(k->classes >> X_CLASS_BITS) & low];
}

/* XT_DEMONYM when the key is two demonyms joined by a hyphen ("dutch
 * moroccan" of "Dutch-Moroccan"), else 0. */
static uint32_t joined_demonyms(const fnr_extractor *x, const char *key, size_t key_len)
{
    const char *sep = memchr(key, ' ', key_len);
    if (!sep)
        sep = memchr(key, '-', key_len);
    if (!sep || sep == key || (size_t)(sep - key) + 1 >= key_len)
        return 0;
    size_t n0 = (size_t)(sep - key), n1 = key_len - n0 - 1;
    if (memchr(sep + 1, ' ', n1) || memchr(sep + 1, '-', n1))
        return 0;
    uint32_t f0 = lex_flags(x, fnr_lexicon_lookup(x->lex, key, n0));
    if (!(f0 & XT_DEMONYM))
        return 0;
    return lex_flags(x, fnr_lexicon_lookup(x->lex, sep + 1, n1)) & XT_DEMONYM;
}

/* ASCII letters and digits: the bytes of a token whose key is its lower-case
 * copy (bit 1), and the digits (bit 2). */
static const unsigned char ascii_alnum[256] = {
    ['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3, ['6'] = 3, ['7'] = 3,
    ['8'] = 3, ['9'] = 3, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/*
 * The match key of the token rt: a token of ASCII letters and digits keys
 * as its lower-case copy, which `lower` (the whole text lower-cased once)
 * already holds; any other goes through fnr_matchkey into the arena. A
 * word's FNR_TF_ALNUM and FNR_TF_DIGIT say which it is; a number's bytes
 * are read. *out_digit tells whether the token holds an ASCII digit (only
 * for the first kind; the others are asked otherwise).
 */
/* The keys of the document's other words so far, by their text: a name
 * such as "Şahin" comes back many times and fnr_matchkey (a pure function
 * of the bytes) runs once for it. Open addressing, no growth: when the
 * probe finds no room the key is just computed. Made at the first word
 * that needs it. */
#define KEY_MEMO_SLOTS 64 /* a power of two; a report has few such words */

typedef struct key_memo {
    struct {
        uint32_t start, len; /* the word's bytes in the text; len 0: empty slot */
        const char *key;     /* arena */
        uint32_t key_len;
    } slot[KEY_MEMO_SLOTS];
} key_memo;

fnr_status x_fold_table(fnr_extractor *x)
{
    fnr_buf kb;
    fnr_buf_init(&kb, 0);
    fnr_status st = FNR_OK;
    memset(x->fold_len, 0, sizeof x->fold_len);
    for (unsigned i = 0; i < X_FOLD_N && st == FNR_OK; i++) {
        unsigned cp = X_FOLD_FIRST + i;
        /* the code point between two letters, and alone: its key must be
         * the same few bytes both times, so that a word's key is its
         * pieces' keys one after the other */
        char w[4] = { 'a', (char)(0xC0 | (cp >> 6)), (char)(0x80 | (cp & 0x3F)), 'a' };
        fnr_buf_reset(&kb);
        st = fnr_matchkey(w, 4, &kb);
        if (st != FNR_OK)
            break;
        size_t n = kb.len;
        if (n < 3 || n > 2 + sizeof x->fold[0] || kb.data[0] != 'a' || kb.data[n - 1] != 'a' ||
            memchr(kb.data + 1, ' ', n - 2))
            continue;
        char mid[sizeof x->fold[0]];
        memcpy(mid, kb.data + 1, n - 2);
        fnr_buf_reset(&kb);
        st = fnr_matchkey(w + 1, 2, &kb);
        if (st != FNR_OK || kb.len != n - 2 || memcmp(kb.data, mid, n - 2) != 0)
            continue;
        memcpy(x->fold[i], mid, n - 2);
        x->fold_len[i] = (uint8_t)(n - 2);
    }
    fnr_buf_destroy(&kb);
    return st;
}

/* The key of a word of ASCII letters and digits and of code points of the
 * fold table into the arena, as fnr_matchkey would make it; false (with
 * nothing written) for a word with any other byte. Most words that are not
 * ASCII only ("Şahin", "Türkiye", "MİT") are of this kind. */
static bool fold_key(x_doc *d, const unsigned char *s, size_t len, const char **out,
                     uint32_t *out_len, fnr_status *st)
{
    const fnr_extractor *x = d->x;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        if (ascii_alnum[c]) {
            n++, i++;
            continue;
        }
        if (c < 0xC2 || c > 0xC5 || i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
            return false;
        unsigned cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
        if (!x->fold_len[cp - X_FOLD_FIRST])
            return false;
        n += x->fold_len[cp - X_FOLD_FIRST];
        i += 2;
    }
    char *k = fnr_arena_alloc(d->arena, n + 1);
    if (!k) {
        *st = FNR_NOMEM;
        return true;
    }
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        if (ascii_alnum[c]) {
            k[o++] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
            i++;
            continue;
        }
        unsigned f = (((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)) - X_FOLD_FIRST;
        memcpy(k + o, x->fold[f], x->fold_len[f]);
        o += x->fold_len[f];
        i += 2;
    }
    k[o] = '\0';
    *out = k;
    *out_len = (uint32_t)o;
    return true;
}

static fnr_status token_key(x_doc *d, const char *lower, const fnr_token *rt, fnr_buf *tmp,
                            key_memo **memo_p, const char **out, uint32_t *out_len,
                            bool *out_simple, bool *out_digit, bool *out_folded)
{
    *out_folded = false;
    size_t start = rt->start, len = rt->end - rt->start;
    const unsigned char *s = (const unsigned char *)d->doc.text + start;
    unsigned all = 1, any = 0;
    if (rt->kind == FNR_TOK_WORD) {
        /* the tokeniser saw the word's bytes: no need to read them again */
        all = (rt->flags & FNR_TF_ALNUM) != 0;
        any = rt->flags & FNR_TF_DIGIT ? 2u : 0u;
    } else {
        for (size_t i = 0; i < len; i++) {
            all &= ascii_alnum[s[i]];
            any |= ascii_alnum[s[i]];
        }
    }
    *out_simple = all != 0;
    *out_digit = (any & 2) != 0;
    if (all) {
        *out = lower + start;
        *out_len = (uint32_t)len;
        return FNR_OK;
    }
    fnr_status fst = FNR_OK;
    if (rt->kind == FNR_TOK_WORD && len <= UINT32_MAX && fold_key(d, s, len, out, out_len, &fst)) {
        *out_folded = true;
        return fst;
    }
    if (!*memo_p && !(*memo_p = fnr_calloc(1, sizeof **memo_p)))
        return FNR_NOMEM;
    key_memo *memo = *memo_p;
    size_t mask = KEY_MEMO_SLOTS - 1, at = SIZE_MAX;
    size_t h = (size_t)fnr_lexicon_hash((const char *)s, len);
    for (size_t p = 0; p < 8 && len > 0; p++) {
        size_t i = (h + p) & mask;
        if (memo->slot[i].len == 0) {
            at = i;
            break;
        }
        if (memo->slot[i].len == len && memcmp(d->doc.text + memo->slot[i].start, s, len) == 0) {
            *out = memo->slot[i].key;
            *out_len = memo->slot[i].key_len;
            return FNR_OK;
        }
    }
    fnr_buf_reset(tmp);
    fnr_status st = fnr_matchkey((const char *)s, len, tmp);
    if (st != FNR_OK)
        return st;
    char *k = fnr_arena_strndup(d->arena, tmp->data ? tmp->data : "", tmp->len);
    if (!k)
        return FNR_NOMEM;
    *out = k;
    *out_len = (uint32_t)tmp->len;
    if (at != SIZE_MAX && len <= UINT32_MAX) {
        memo->slot[at].start = (uint32_t)start;
        memo->slot[at].len = (uint32_t)len;
        memo->slot[at].key = k;
        memo->slot[at].key_len = (uint32_t)tmp->len;
    }
    return FNR_OK;
}

/* A quotation mark: " “ ” ‘ ’ ' « » */
static bool is_quote_cp(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len == 1)
        return p[0] == '"' || p[0] == '\'';
    if (len == 2)
        return p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB);
    return len == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9D &&
           p[2] != 0x9A && p[2] != 0x9B;
}

/* true when tokens a and b have the same key. The lexicon's record of a
 * key is one per key, so two tokens with records have the same key exactly
 * when the records are the same, and a token with one and a token without
 * one never do: only keys the lexicon does not know are compared. */
static bool same_key(const xtok *a, const xtok *b)
{
    if (a->lk || b->lk)
        return a->lk == b->lk;
    return a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
}

/*
 * A capitalised word also seen in lower case is a common word here. The
 * token pass lists the words each half asks about, each with its key's
 * hash and lexicon record, so neither half reads every token. The
 * capitalised words, the fewer, go into a set (open addressing) by key,
 * the words of a key chained, and the first lower-case word of a key
 * marks them all; two keys with a record are the same exactly when their
 * records are (same_key), so only keys the lexicon does not know are
 * compared through the tokens.
 */
typedef struct common_ent {
    uint32_t tok;  /* token + 1; 0: an empty slot */
    uint32_t hash; /* xtok.hash (taken for the lexicon lookup) */
    const fnr_lex_key *lk;
} common_ent;

static bool common_same(const x_doc *d, const common_ent *a, const common_ent *b)
{
    if (a->lk || b->lk)
        return a->lk == b->lk;
    return same_key(x_tok(d, a->tok - 1), x_tok(d, b->tok - 1));
}

/* A slot of mark_common's set: the last capitalised word of a key (its
 * index in caps + 1; 0 an empty slot, CAP_DONE one whose words are marked)
 * and its hash. */
typedef struct cap_slot {
    uint32_t cap;
    uint32_t hash;
} cap_slot;

#define CAP_DONE UINT32_MAX

static fnr_status mark_common(x_doc *d, const fnr_vec *lowers, const fnr_vec *caps)
{
    if (lowers->len == 0 || caps->len == 0)
        return FNR_OK;
    size_t n_slots = 16;
    while (n_slots < 2 * caps->len)
        n_slots *= 2;
    /* A bit of each capitalised word's hash, 32 bits a word: most lower-case
     * words have none of theirs set and are passed over without a probe
     * of the set, whose empty or full first slot the processor cannot
     * guess (half of them are full). */
    size_t n_bits = 64;
    while (n_bits < 32 * caps->len)
        n_bits *= 2;
    cap_slot *slot = fnr_calloc(n_slots, sizeof *slot);
    uint32_t *next = fnr_malloc(caps->len * sizeof *next); /* the key's earlier word + 1, or 0 */
    uint64_t *bits = fnr_calloc(n_bits / 64, sizeof *bits);
    if (!slot || !next || !bits) {
        fnr_free(slot);
        fnr_free(next);
        fnr_free(bits);
        return FNR_NOMEM;
    }
    size_t mask = n_slots - 1;
    const common_ent *lo = lowers->data, *ca = caps->data;
    for (size_t c = 0; c < caps->len; c++) {
        size_t s = ca[c].hash & mask;
        for (; slot[s].cap; s = (s + 1) & mask)
            if (slot[s].hash == ca[c].hash && common_same(d, &ca[slot[s].cap - 1], &ca[c]))
                break;
        next[c] = slot[s].cap;
        slot[s].cap = (uint32_t)c + 1;
        slot[s].hash = ca[c].hash;
        size_t b = (ca[c].hash >> 12) & (n_bits - 1);
        bits[b / 64] |= UINT64_C(1) << (b % 64);
    }
    for (size_t l = 0; l < lowers->len; l++) {
        size_t b = (lo[l].hash >> 12) & (n_bits - 1);
        if (!((bits[b / 64] >> (b % 64)) & 1u))
            continue; /* no capitalised word has its hash */
        for (size_t s = lo[l].hash & mask; slot[s].cap; s = (s + 1) & mask) {
            if (slot[s].cap != CAP_DONE && slot[s].hash == lo[l].hash &&
                common_same(d, &ca[slot[s].cap - 1], &lo[l])) {
                for (uint32_t c = slot[s].cap; c; c = next[c - 1])
                    x_tok(d, ca[c - 1].tok - 1)->xflags |= XT_COMMON;
                slot[s].cap = CAP_DONE; /* (a later word of the key finds none) */
                break;
            }
        }
    }
    fnr_free(bits);
    fnr_free(next);
    fnr_free(slot);
    return FNR_OK;
}

/* Whether the word s (lower-case first letter) opens with the Arabic
 * article before a capital: "al-Qaeda", "el-Sisi", and the article's
 * forms before a sun letter ("ash-Shishani", "as-Sahab", "ad-Dimashqi"),
 * or "wal-" inside a name ("Katibat al-Tawhid wal-Jihad"). */
static bool article_prefix(const char *s, size_t len)
{
    static const char *const ARTICLES[] = { "al", "el",  "as",  "ad",  "ar",  "at", "az",
                                            "an", "ash", "adh", "ath", "wal", NULL };
    size_t h = s[2] == '-' ? 2 : 3;
    if (len <= h + 1 || ((unsigned char)s[h + 1] >= 'a' && (unsigned char)s[h + 1] <= 'z') ||
        s[h + 1] == '-')
        return false;
    for (const char *const *a = ARTICLES; *a; a++)
        if (strlen(*a) == h && memcmp(*a, s, h) == 0)
            return true;
    return false;
}

/* xtok.k8 of a key: its first eight bytes, byte k in bits 8k..8k+7, zeros
 * past its end. On a little-endian machine that is how the bytes load: a
 * key of ASCII letters and digits (`simple`), in the lowered text (padded),
 * is read a whole word at a time and the bytes past its end masked off.
 * Any other key with a NUL among those bytes gets all bits set, which no
 * word's eight bytes are, so that a zero byte in k8 always means the key
 * ended there. */
static inline uint64_t key_head8(const char *key, size_t len, bool simple)
{
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (simple && len > 0) {
        /* (the mask without a branch: a word's length is no pattern) */
        size_t n = len < 8 ? len : 8;
        memcpy(&w, key, 8);
        return w & (~UINT64_C(0) >> (64 - 8 * n));
    }
#endif
    for (size_t k = 0; k < len && k < 8; k++) {
        if (key[k] == '\0')
            return ~UINT64_C(0);
        w |= (uint64_t)(unsigned char)key[k] << (8 * k);
    }
    return w;
}

/* The record of a key the lexicon does not know, for reading it without a
 * branch. */
static const fnr_lex_key no_key;

/* Plurals of bodies: names listed before one are bodies (groups_by_list;
 * the token pass notes these words in d->body_toks, by their cue
 * X_CUE_BODIES). */
static const char *const PLURAL_BODIES[] = { "groups", "organizations", "organisations",
                                             "units",  "movements",     "societies",
                                             NULL };

/* Tokenises every sentence and computes keys and flags, writing the tokens
 * straight into d->toks. */
fnr_status x_tokens_prepare(x_doc *d)
{
    fnr_vec raw;
    fnr_vec_init(&raw, sizeof(fnr_token));
    fnr_buf tmp;
    fnr_buf_init(&tmp, 0);
    fnr_status st = FNR_OK;
    const char *text = d->doc.text;
    key_memo *memo = NULL;
    fnr_vec lowers, caps; /* common_ent: the words mark_common asks about */
    fnr_vec_init(&lowers, sizeof(common_ent));
    fnr_vec_init(&caps, sizeof(common_ent));
    /* the text lower-cased once: the keys of ASCII words point into it.
     * Eight bytes of padding (zeros) let them be hashed a word at a time
     * (fnr_lexicon_hash_padded). */
    char *lower = fnr_arena_alloc(d->arena, d->doc.len + 8);
    if (!lower) {
        st = FNR_NOMEM;
        goto out;
    }
    size_t n8 = d->doc.len & ~(size_t)7;
    for (size_t i = 0; i < n8; i += 8) {
        /* eight bytes at a time: 0x20 added to each byte in 'A'..'Z' */
        const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
        uint64_t w;
        memcpy(&w, text + i, 8);
        uint64_t low7 = w & ~highs;
        uint64_t ge_a = low7 + ones * (0x80 - 'A');     /* high bit: >= 'A' */
        uint64_t gt_z = low7 + ones * (0x80 - 'Z' - 1); /* high bit: > 'Z' */
        w ^= ((ge_a & ~gt_z & ~w & highs) >> 2);
        memcpy(lower + i, &w, 8);
    }
    for (size_t i = n8; i < d->doc.len; i++) {
        unsigned char c = (unsigned char)text[i];
        lower[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
    }
    memset(lower + d->doc.len, 0, 8);
    /* about one token per five bytes: one allocation for most documents */
    st = fnr_vec_reserve(&d->toks, d->doc.len / 5 + 64);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&lowers, d->doc.len / 10 + 64);
    if (st == FNR_OK)
        st = fnr_vec_reserve(&caps, d->doc.len / 40 + 16);
    if (st != FNR_OK)
        goto out;
    for (size_t si = 0; si < d->sents.len; si++) {
        xsent *s = x_sent(d, si);
        fnr_vec_clear(&raw);
        st = fnr_tokenize(text, s->start, s->end, &raw);
        if (st != FNR_OK)
            goto out;
        st = fnr_vec_reserve(&d->toks, d->toks.len + raw.len);
        if (st != FNR_OK)
            goto out;
        s->tok0 = (uint32_t)d->toks.len;
        uint32_t any_date = 0, any_cue = 0; /* (any_cue holds X_TAG_AGENCY too) */
        unsigned cues = 0;
        for (size_t k = 0; k < raw.len; k++) {
            const fnr_token *rt = &FNR_VEC_AT(&raw, fnr_token, k);
            xtok *t = x_tok(d, d->toks.len);
            *t = (xtok){ .start = rt->start,
                         .end = rt->end,
                         .kind = (uint8_t)rt->kind,
                         .tflags = rt->flags,
                         .key = "",
                         .mention = -1 };
            const char *sp = text + rt->start;
            size_t slen = rt->end - rt->start;
            if (rt->kind == FNR_TOK_WORD || rt->kind == FNR_TOK_NUMBER) {
                bool simple, digit, folded;
                st = token_key(d, lower, rt, &tmp, &memo, &t->key, &t->key_len, &simple, &digit,
                               &folded);
                if (st != FNR_OK)
                    goto out;
                if (simple)
                    t->xflags |= XT_ASCII;
                if (folded)
                    t->xflags |= XT_FOLDED;
                t->k8 = key_head8(t->key, t->key_len, simple);
                /* one lookup gives the word classes, the lexical flags and
                 * the entries later passes ask for */
                uint64_t h = simple ? fnr_lexicon_hash_padded(t->key, t->key_len)
                                    : fnr_lexicon_hash(t->key, t->key_len);
                t->hash = (uint32_t)h;
                t->lk =
                    t->key_len ? fnr_lexicon_lookup_hashed(d->x->lex, t->key, t->key_len, h) : NULL;
                /* (a word known or not is no pattern either: no branch) */
                const fnr_lex_key *lk = t->lk ? t->lk : &no_key;
                t->tags = lk->tags;
                unsigned t_cues = lk->cues;
                cues |= t_cues;
                t->xflags |= (t_cues & X_CUE_REPORT) ? XT_REPORT_VERB : 0u;
                bool date =
                    (rt->kind == FNR_TOK_NUMBER) | digit | (simple & ((t->tags & X_TAG_DATE) != 0));
                if (!date && !simple)
                    date = fnr_date_maybe(sp, slen);
                t->xflags |= date ? XT_DATE : 0u;
                if (rt->kind == FNR_TOK_WORD && t->key_len) {
                    t->xflags |= lex_flags(d->x, t->lk);
                    /* "Dutch-Moroccan", "British-Pakistani": two demonyms
                     * joined are one (an unknown capitalised word with a
                     * hyphen: few) */
                    if (!t->lk && (rt->flags & FNR_TF_CAP) && t->key_len >= 7)
                        t->xflags |= joined_demonyms(d->x, t->key, t->key_len);
                    /* "Turks": the key less its "s" is a demonym's */
                    if (!(t->xflags & XT_DEMONYM) && (t->tags & X_TAG_PLURAL_DEMONYM) &&
                        (rt->flags & FNR_TF_CAP) && t->key_len > 3 && t->key[t->key_len - 1] == 's')
                        t->xflags |= XT_DEMONYM;
                    unsigned char c0 = (unsigned char)sp[0];
                    bool lower_start = c0 >= 'a' && c0 <= 'z';
                    /* (read without branches where they can be: whether a
                     * word is capitalised is no pattern the processor can
                     * guess; `lower` is padded, and its '-' are the text's) */
                    bool namelike =
                        (rt->flags & (FNR_TF_CAP | FNR_TF_UPPER | FNR_TF_INITIALS)) != 0;
                    if ((!namelike & lower_start & (slen > 3) &
                         ((lower[rt->start + 2] == '-') | (lower[rt->start + 3] == '-'))) &&
                        article_prefix(sp, slen))
                        namelike = true; /* al-Qaeda, el-Sisi, ash-Shishani */
                    t->xflags |= (namelike ? XT_NAMELIKE : 0u) | (lower_start ? XT_LOWER : 0u);
                    /* "al-Baghdadi" is a name in lower case: "Al-Baghdadi"
                     * at the start of a sentence is no common word for it */
                    if (lower_start && !(t->xflags & XT_NAMELIKE)) {
                        common_ent c = { (uint32_t)d->toks.len + 1, t->hash, t->lk };
                        if ((st = FNR_VEC_PUSH(&lowers, common_ent, c)) != FNR_OK)
                            goto out;
                    }
                    if (t_cues & X_CUE_BODIES) {
                        uint32_t b = (uint32_t)d->toks.len;
                        if ((st = FNR_VEC_PUSH(&d->body_toks, uint32_t, b)) != FNR_OK)
                            goto out;
                    }
                    /* events.c looks for triggers at these words only */
                    if ((t->xflags & XT_TRIGGER) | (t->tags & X_TAG_TRIGGER_PREFIX)) {
                        fnr_vec *tv = &d->trig_toks;
                        if (tv->len == tv->cap &&
                            (st = fnr_vec_reserve(tv, tv->len * 2 + 64)) != FNR_OK)
                            goto out;
                        ((uint32_t *)tv->data)[tv->len++] = (uint32_t)d->toks.len;
                    }
                }
                if ((rt->kind == FNR_TOK_WORD) &
                    ((rt->flags & (FNR_TF_CAP | FNR_TF_UPPER)) == FNR_TF_CAP)) {
                    common_ent c = { (uint32_t)d->toks.len + 1, t->hash, t->lk };
                    if ((st = FNR_VEC_PUSH(&caps, common_ent, c)) != FNR_OK)
                        goto out;
                }
            } else if (is_quote_cp(sp, slen)) {
                t->xflags |= XT_QUOTE;
                if (slen == 1)
                    t->punct = (uint8_t)sp[0];
            } else if (slen == 1) {
                t->punct = (uint8_t)sp[0];
                if (sp[0] == '(' || sp[0] == '[')
                    s->may_bracket = true;
            }
            any_date |= t->xflags & XT_DATE;
            any_cue |= t->tags & ((1u << XW_CUE) | X_TAG_AGENCY);
            d->toks.len++;
        }
        s->tok1 = (uint32_t)d->toks.len;
        s->may_date = any_date != 0;
        s->may_code_name = (any_cue & (1u << XW_CUE)) != 0;
        s->may_agency = (any_cue & X_TAG_AGENCY) != 0;
        s->cues = (uint16_t)cues;
    }
    st = mark_common(d, &lowers, &caps);
out:
    fnr_vec_destroy(&lowers);
    fnr_vec_destroy(&caps);
    fnr_free(memo);
    fnr_vec_destroy(&raw);
    fnr_buf_destroy(&tmp);
    return st;
}

/* ---- lexicon phrase matching -------------------------------------------- */

/* The key used for a token inside a phrase: name particles take one
 * spelling, as fnr_matchkey does for whole phrases. */
static void phrase_word(const xtok *t, bool has_next, const char **w, size_t *n)
{
    *w = t->key;
    *n = t->key_len;
    if (!has_next)
        return;
    if ((*n == 2 && (memcmp(*w, "el", 2) == 0 || memcmp(*w, "ul", 2) == 0)))
        *w = "al", *n = 2;
    else if ((*n == 3 && memcmp(*w, "ebu", 3) == 0) || (*n == 4 && memcmp(*w, "abou", 4) == 0))
        *w = "abu", *n = 3;
    else if (*n == 3 && memcmp(*w, "ibn", 3) == 0)
        *w = "bin", *n = 3;
}

/* Are all ASCII letters of s[0, n) capitals (and is there one)? */
static bool all_upper_span(const char *s, size_t n)
{
    bool letter = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

static bool entity_class(uint8_t cls)
{
    return cls == FNR_LEX_LOCATION || cls == FNR_LEX_ORG || cls == FNR_LEX_PERSON;
}

/* The best entry for a phrase whose tokens are [i, j) and whose key has
 * the record k: entity classes only, with the case rules (acronyms need
 * upper-case tokens). */
/* "Iraqi security forces" in lower case is a description, though the
 * dictionary knows "Iraqi Security Forces" as a name: is the phrase's last
 * word (token k) lower case where the name's (entry e's) is capitalised? */
static bool lower_head(const x_doc *d, size_t k, const fnr_lex_entry *e)
{
    unsigned char t = (unsigned char)d->doc.text[x_tok(d, k)->start];
    return e->last_cap && t >= 'a' && t <= 'z';
}

static const fnr_lex_entry *usable_entry(const x_doc *d, size_t i, size_t j, const fnr_lex_key *rec)
{
    if (!rec ||
        !(rec->classes & ((1u << FNR_LEX_LOCATION) | (1u << FNR_LEX_ORG) | (1u << FNR_LEX_PERSON))))
        return NULL;
    const fnr_lex_entry *const *es = rec->items;
    size_t n = rec->n;
    const xtok *first = x_tok(d, i);
    if (!(first->xflags & XT_NAMELIKE) &&
        !((x_tok_is(d, i, "al") || x_tok_is(d, i, "el")) && i + 1 < j &&
          (x_tok(d, i + 1)->tflags & FNR_TF_CAP))) /* "al Qaeda" */
        return NULL;
    /* "E.Ü.", "Ş.İ.": a Turkish person's initials, whatever ASCII acronym
     * ("EU") their letters fold to */
    if (j == i + 1 && (first->tflags & FNR_TF_INITIALS)) {
        for (size_t b = first->start; b < first->end; b++)
            if ((unsigned char)d->doc.text[b] >= 0x80)
                return NULL;
    }
    bool all_up = true;
    for (size_t k = i; k < j; k++)
        if (is_word(x_tok(d, k)) && !(x_tok(d, k)->tflags & (FNR_TF_UPPER | FNR_TF_INITIALS)))
            all_up = false;
    /* ("SANA said": a name in capitals is the acronym the dictionary
     * spells so, before a place spelt otherwise, Sana'a) */
    for (size_t e = 0; e < n && all_up && n > 1; e++)
        if (entity_class(es[e]->cls) && es[e]->upper_name && !es[e]->mixed_acronym)
            return es[e];
    for (size_t e = 0; e < n; e++) {
        if (!entity_class(es[e]->cls))
            continue;
        if (es[e]->upper_name && !all_up)
            continue;
        /* a mixed-case acronym ("LeT") only as it is written */
        if (j == i + 1 && es[e]->mixed_acronym &&
            (x_tok(d, i)->end - x_tok(d, i)->start != strlen(es[e]->name) ||
             memcmp(d->doc.text + x_tok(d, i)->start, es[e]->name, strlen(es[e]->name)) != 0))
            continue;
        if (es[e]->cls == FNR_LEX_ORG && j - i >= 2 && lower_head(d, j - 1, es[e]))
            continue;
        return es[e];
    }
    return NULL;
}

/* Longest dictionary phrase starting at token i (before `end`); returns its
 * end token (i when none) and the entry. */
/* Whether token j is the apostrophe of a plural possessive ("Workers'",
 * "Prosecutors’"): right after a word ending in "s". */
static bool plural_apostrophe(const x_doc *d, size_t j)
{
    const xtok *t = x_tok(d, j), *w = x_tok(d, j - 1);
    const char *p = d->doc.text + t->start;
    size_t n = t->end - t->start;
    bool apostrophe = t->kind == FNR_TOK_PUNCT &&
                      ((n == 1 && *p == '\'') || (n == 3 && memcmp(p, "\xE2\x80\x99", 3) == 0));
    return apostrophe && w->end == t->start && w->kind == FNR_TOK_WORD && w->key_len > 1 &&
           w->key[w->key_len - 1] == 's';
}

__attribute__((noinline)) static size_t lex_longest_at(const x_doc *d, size_t i, size_t end,
                                                       fnr_buf *kb, const fnr_lex_entry **out)
{
    size_t best = i;
    fnr_buf_reset(kb);
    /* the first word's key is put into kb only when a second word follows:
     * most phrases end at their first word */
    bool first_pending = false;
    for (size_t j = i; j < end; j++) {
        const xtok *t = x_tok(d, j);
        /* the keys drop a possessive's suffix: "Prosecutor's Office" is
         * keyed "prosecutor office", so the phrase goes on over "'s"; but
         * "Iran's Revolutionary Guards" are Iran and the Guards, "the
         * IRGC's Quds Force" the IRGC and its force */
        if (j > i && (t->tflags & FNR_TF_POSS) && j + 1 < end &&
            !x_key_entry(x_tok(d, j - 1)->lk, FNR_LEX_LOCATION) &&
            !(j == i + 1 && x_key_entry(x_tok(d, i)->lk, FNR_LEX_ORG)))
            continue;
        /* "Kurdistan Workers' Party": a plural's apostrophe, keyed away too */
        if (j > i && j + 1 < end && plural_apostrophe(d, j))
            continue;
        if (!t->key_len || (t->kind != FNR_TOK_WORD && t->kind != FNR_TOK_NUMBER))
            break;
        const char *w;
        size_t n;
        phrase_word(t, true, &w, &n);
        if (j == i && w == t->key) {
            /* the first word's record came with the token */
            const fnr_lex_entry *e = usable_entry(d, i, j + 1, t->lk);
            if (e) {
                best = j + 1;
                *out = e;
            }
            if (!t->lk || !t->lk->prefix)
                break;
            first_pending = true;
            continue;
        }
        if (first_pending) {
            const xtok *f = x_tok(d, i);
            if (fnr_buf_append(kb, f->key, f->key_len) != FNR_OK)
                break;
            first_pending = false;
        }
        if (j > i && fnr_buf_putc(kb, ' ') != FNR_OK)
            break;
        size_t mark = kb->len;
        if (fnr_buf_append(kb, w, n) != FNR_OK)
            break;
        /* the first word's record came with the token */
        const fnr_lex_key *k =
            j == i && w == t->key ? t->lk : fnr_lexicon_lookup(d->x->lex, kb->data, kb->len);
        /* Try the token's own spelling as the last word too (no particle fold). */
        const fnr_lex_entry *e = usable_entry(d, i, j + 1, k);
        if (!e && w != t->key) {
            kb->len = mark;
            fnr_buf_append(kb, t->key, t->key_len);
            e = usable_entry(d, i, j + 1,
                             j == i ? t->lk : fnr_lexicon_lookup(d->x->lex, kb->data, kb->len));
            kb->len = mark;
            fnr_buf_append(kb, w, n);
        }
        if (e) {
            best = j + 1;
            *out = e;
        }
        if (!k || !k->prefix)
            break;
    }
    return best;
}

static inline size_t lex_longest(const x_doc *d, size_t i, size_t end, fnr_buf *kb,
                                 const fnr_lex_entry **out)
{
    *out = NULL;
    /* Most words start nothing: the flags computed once per token say so. */
    if (!(x_tok(d, i)->xflags & (XT_ENTRY | XT_PREFIX | XT_PARTICLE)))
        return i;
    return lex_longest_at(d, i, end, kb, out);
}

/* ---- mentions ----------------------------------------------------------- */

static const char *const DIRECTIONS[] = { "northern",     "southern",     "eastern",
                                          "western",      "central",      "northeastern",
                                          "northwestern", "southeastern", "southwestern",
                                          "north",        "south",        "east",
                                          "west",         "upper",        "lower",
                                          "greater",      "northeast",    "northwest",
                                          "southeast",    "southwest",    NULL };
static const char *const SUBUNIT_HEADS[] = { "province", "region",    "wilayat", "wilaya",
                                             "wilayah",  "sector",    "office",  "regiment",
                                             "brigade",  "battalion", "front",   "cell",
                                             "unit",     "wing",      "group",   "network",
                                             NULL };
static const char *const PLACE_HEADS[] = { "city",
                                           "town",
                                           "village",
                                           "district",
                                           "county",
                                           "governorate",
                                           "neighbourhood",
                                           "neighborhood",
                                           "municipality",
                                           "province",
                                           "region",
                                           "mountains",
                                           "valley",
                                           "desert",
                                           "camp",
                                           "forest",
                                           "hills",
                                           "area",
                                           NULL };
/* Things an army or a police force has: "Somali military base", "US
 * military facilities" use the body's name as a modifier and name no one
 * (D-2a). */
static const char *const OWNED_THINGS[] = {
    "installation", "installations", "sites",   "site",      "bases",      "base",
    "facility",     "facilities",    "vehicle", "vehicles",  "convoy",     "outpost",
    "outposts",     "positions",     "targets", "operation", "operations", NULL
};

/* Nouns after a name that make it a body ("the X group"). */
static const char *const GROUP_NOUNS[] = { "group",        "groups",  "organization",
                                           "organisation", "society", "network",
                                           "movement",     "cell",    NULL };
/* Place kinds that name a place after "of" ("the town of X"). */
static const char *const PLACE_OF_WORDS[] = {
    "city",   "town",     "village",   "district", "province", "county",        "municipality",
    "region", "resident", "residents", "native",   "natives",  "neighbourhood", "neighborhood",
    "suburb", "suburbs",  "island",    "islands",  NULL
};
static const char *const LOWER_ORG_HEADS[] = { "police",  "office",    "regiment",    "sector",
                                               "brigade", "battalion", "gendarmerie", NULL };
static const char *const NAMED_OPS[] = { "operation", "operasyonu", NULL };
/* Arabic words for a body that open a militant group's name ("Katibat
 * al-Tawhid wal-Jihad", "Jaish al-Adl"). */
static const char *const ARABIC_BODIES[] = { "katibat", "katiba",  "jaish",   "jabhat", "harakat",
                                             "hizb",    "liwa",    "ansar",   "tanzim", "jamaat",
                                             "diwan",   "wilayat", "wilayah", NULL };

/* Heads of a body's name that "for" continues ("Office for Counter-Terrorism
 * Coordination"). */
static const char *const FOR_HEADS[] = { "office",    "directorate", "agency",       "bureau",
                                         "ministry",  "department",  "council",      "commission",
                                         "committee", "centre",      "center",       "service",
                                         "institute", "authority",   "commissioner", NULL };

static const char *const OF_HEADS[] = {
    "republic",     "kingdom",      "embassy",    "consulate", "ministry",
    "university",   "council",      "court",      "bank",      "office",
    "department",   "directorate",  "federation", "union",     "emirate",
    "state",        "states",       "commander",  "command",   "army",
    "organization", "organisation", "league",     "party",     "front",
    "movement",     "islamic",      "board",      "house",     "institute",
    "agency",       "bureau",       NULL
};
/* Heads of "X of Y" names that are organisations whatever Y is. */
static const char *const INSTITUTION_HEADS[] = {
    "embassy", "consulate", "ministry", "university", "department", "directorate", "office",
    "command", "council",   "court",    "institute",  "agency",     "presidency",  NULL
};
static const char *const NATIONAL_WORDS[] = { "national", "nationals", "citizen",
                                              "citizens", "native",    NULL };

/* Whether tokens [i, seq) follow a lower-case "national" or "citizen"
 * ("a Russian national Diyaz Kasimov") and are plain capitalised words,
 * none a stopword, title, head or demonym. */
static bool national_before(const x_doc *d, size_t s0, size_t i, size_t seq)
{
    if (i <= s0 || !(x_tok_is(d, i - 1, "national") || x_tok_is(d, i - 1, "citizen")) ||
        !(x_tok(d, i - 1)->xflags & XT_LOWER))
        return false;
    for (size_t k = i; k < seq; k++) {
        const xtok *t = x_tok(d, k);
        if (!is_word(t) || (t->tflags & FNR_TF_UPPER) ||
            (t->xflags & (XT_STOP | XT_TITLE | XT_ORGHEAD | XT_LOCHEAD | XT_DEMONYM)))
            return false;
    }
    return true;
}

/* Buildings named after a place or saint: "the Santa Maria church" is the
 * church, not the town of Santa Maria. */
static const char *const BUILDING_WORDS[] = { "church",   "cathedral", "mosque", "synagogue",
                                              "temple",   "basilica",  "chapel", "monastery",
                                              "churches", "mosques",   NULL };
static const char *const PERSON_PARTICLES[] = { "abu", "ebu", "abou", "umm", "um",
                                                "ibn", "bin", "bint", NULL };

/* The first words of the cues code_name_cue knows. */
static const char *const CUE_WORDS[] = {
    "codenamed", "code named", "nicknamed", "dubbed",   "alias",  "aka",  "a.k.a.", "a.k.a",
    "a k a",     "code",       "known",     "referred", "real",   "nom",  "under",  "himself",
    "herself",   "name",       "spelt",     "spelled",  "called", "born", NULL
};

/* Verbs of saying (x_report_verb: tagged X_CUE_REPORT). */
static const char *const REPORT_VERBS[] = {
    "said",      "says",     "stated",    "announced",  "reported",   "added",      "confirmed",
    "noted",     "told",     "claimed",   "declared",   "disclosed",  "revealed",   "wrote",
    "tweeted",   "posted",   "stressed",  "emphasized", "emphasised", "underlined", "underscored",
    "explained", "insisted", "indicated", "condemned",  "denounced",  NULL
};

fnr_status x_ner_word_classes(fnr_lexicon *lex)
{
    static const struct {
        unsigned cls;
        const char *const *words;
    } lists[] = {
        { XW_CUE, CUE_WORDS },
        { XW_DIRECTIONS, DIRECTIONS },
        { XW_PERSON_PARTICLES, PERSON_PARTICLES },
        { XW_NAMED_OPS, NAMED_OPS },
        { XW_LOWER_ORG_HEADS, LOWER_ORG_HEADS },
        { XW_SUBUNIT_HEADS, SUBUNIT_HEADS },
        { XW_PLACE_HEADS, PLACE_HEADS },
    };

    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (const char *const *w = lists[l].words; *w; w++) {
            fnr_status st = fnr_lexicon_tag(lex, *w, strlen(*w), 1u << lists[l].cls);
            if (st != FNR_OK)
                return st;
        }
    static const char *const SUBORDINATORS[] = { "after", "because", "when" };
    for (size_t w = 0; w < 3; w++) {
        fnr_status st =
            fnr_lexicon_tag(lex, SUBORDINATORS[w], strlen(SUBORDINATORS[w]), X_TAG_SUBORDINATOR);
        if (st != FNR_OK)
            return st;
    }
    for (const char *const *w = PLURAL_BODIES; *w; w++) {
        fnr_status st = fnr_lexicon_cue(lex, *w, strlen(*w), X_CUE_BODIES);
        if (st != FNR_OK)
            return st;
    }
    for (const char *const *w = REPORT_VERBS; *w; w++) {
        fnr_status st = fnr_lexicon_cue(lex, *w, strlen(*w), X_CUE_REPORT);
        if (st != FNR_OK)
            return st;
    }
    return fnr_lexicon_tag(lex, "agency", 6, X_TAG_AGENCY);
}

/*
 * The match key of tokens [t0, t1) built from their keys into kb, when that
 * is what fnr_matchkey would give for their text: every token an ASCII word
 * or number or a word keyed through the fold table (each one word whose key
 * is fnr_matchkey's), and ASCII white space between each two. false (kb
 * untouched) otherwise. (A mention of one word takes its token's key:
 * add_mention.)
 */
static bool mention_key_from_tokens(const x_doc *d, size_t t0, size_t t1, fnr_buf *kb)
{
    const char *text = d->doc.text;
    for (size_t k = t0; k < t1; k++) {
        const xtok *t = x_tok(d, k);
        if (!(t->xflags & (XT_ASCII | XT_FOLDED)))
            return false;
        if (k > t0) {
            uint32_t a = x_tok(d, k - 1)->end;
            if (a >= t->start)
                return false;
            for (; a < t->start; a++)
                if (text[a] != ' ' && text[a] != '\n' && text[a] != '\t' && text[a] != '\r' &&
                    text[a] != '\f' && text[a] != '\v')
                    return false;
        }
    }
    fnr_buf_reset(kb);
    for (size_t k = t0; k < t1; k++) {
        const xtok *t = x_tok(d, k);
        const char *w = t->key;
        size_t n = t->key_len;
        const char *canon = k + 1 < t1 ? fnr_matchkey_particle(w, n) : NULL;
        if (canon)
            w = canon, n = strlen(canon);
        if ((k > t0 && fnr_buf_putc(kb, ' ') != FNR_OK) || fnr_buf_append(kb, w, n) != FNR_OK)
            return false;
    }
    return true;
}

static bool initial_with_period(const x_doc *d, size_t i);

/* Is token i a capitalised title that is also a given name, with a
 * surname's initial after it ("Emir D.", "Sultan K."): the given name,
 * since a title goes before a whole name. */
static bool given_title_initial(const x_doc *d, size_t i, size_t s1)
{
    const xtok *t = x_tok(d, i);
    return (t->xflags & XT_TITLE) && (t->xflags & XT_GIVEN) && (t->tflags & FNR_TF_CAP) &&
           !(t->tflags & FNR_TF_UPPER) && i + 1 < s1 && initial_with_period(d, i + 1);
}

/* "Amir Rashid Ali", "Emir Mehmet Yılmaz": a title that is also a given
 * name, before a given name and one more name: the person's first name
 * ("Emir Abu Bakr", "Amir Khan" keep the title's reading: a particle or a
 * lone surname after it). */
static bool given_title_names(const x_doc *d, size_t i, size_t s1)
{
    const xtok *t = x_tok(d, i);
    if (!((t->xflags & XT_TITLE) && (t->xflags & XT_GIVEN) && (t->tflags & FNR_TF_CAP) &&
          !(t->tflags & FNR_TF_UPPER) && i + 2 < s1))
        return false;
    const xtok *g = x_tok(d, i + 1), *n = x_tok(d, i + 2);
    return (g->xflags & XT_GIVEN) && (g->tflags & FNR_TF_CAP) && !(g->tflags & FNR_TF_UPPER) &&
           !(g->xflags & (XT_TITLE | XT_PARTICLE | XT_STOP)) && (n->tflags & FNR_TF_CAP) &&
           !(n->xflags & (XT_TITLE | XT_STOP | XT_ORGHEAD | XT_LOCHEAD | XT_DEMONYM)) &&
           n->kind == FNR_TOK_WORD;
}

/* Is token i one capital letter with a period right after it ("S." of
 * "Tarek S.", as reports that withhold surnames write them)? */
static bool initial_with_period(const x_doc *d, size_t i)
{
    const xtok *t = x_tok(d, i);
    const char *p = d->doc.text + t->start;
    size_t n = t->end - t->start;
    /* one capital: ASCII, or a two-byte letter the token calls capital ("Ç", "Ş") */
    bool one = (n == 1 && *p >= 'A' && *p <= 'Z') ||
               (n == 2 && ((unsigned char)p[0] & 0xE0) == 0xC0 && (t->tflags & FNR_TF_CAP)) ||
               /* "Ahmad al-H.": the article of an Arabic surname kept */
               (n == 4 && (p[0] == 'a' || p[0] == 'e' || p[0] == 'A' || p[0] == 'E') &&
                p[1] == 'l' && p[2] == '-' && p[3] >= 'A' && p[3] <= 'Z');
    return one && t->end < d->doc.len && d->doc.text[t->end] == '.';
}

/* Whether the word at t0 is the month of a date that opens at the number
 * before it ("18 Kasım 2026": the Turkish month, which the dictionary does
 * not know, names no one). */
static bool month_of_day_date(const x_doc *d, size_t t0)
{
    if (t0 == 0 || x_tok(d, t0 - 1)->kind != FNR_TOK_NUMBER)
        return false;
    size_t from = x_tok(d, t0 - 1)->start, to = x_tok(d, t0)->end;
    if (t0 + 1 < d->toks.len && x_tok(d, t0 + 1)->kind == FNR_TOK_NUMBER)
        to = x_tok(d, t0 + 1)->end;
    static const fnr_date any = { 2000, 1, 1, FNR_DATE_DAY };
    fnr_date_span sp;
    return fnr_date_scan(d->doc.text + from, to - from, &any, &sp, 1) == 1 && sp.start_off == 0 &&
           sp.end_off >= x_tok(d, t0)->end - from;
}

static fnr_status add_mention(x_doc *d, size_t sent, size_t t0, size_t t1, fnr_entity_type type,
                              const fnr_lex_entry *lex, const char *kind, const char *rule,
                              bool weak, int32_t *out_idx)
{
    if (out_idx)
        *out_idx = -1;
    if (t1 <= t0)
        return FNR_OK;
    for (size_t k = t0; k < t1; k++)
        if (x_tok(d, k)->mention >= 0)
            return FNR_OK; /* first come keeps the tokens */
    if (type == FNR_ENTITY_PERSON && t1 == t0 + 1 && !lex && month_of_day_date(d, t0))
        return FNR_OK;
    xmention m = { 0 };
    m.start = x_tok(d, t0)->start;
    m.end = x_tok(d, t1 - 1)->end;
    /* "Tarek S.": the period of a surname's initial is part of the name
     * (and of "S." alone, the surname told again) */
    if (type == FNR_ENTITY_PERSON && initial_with_period(d, t1 - 1) &&
        (t1 - t0 >= 2 || (t1 + 1 < d->toks.len && is_punct(d, t1, '.') &&
                          !(is_word(x_tok(d, t1 + 1)) && (x_tok(d, t1 + 1)->tflags & FNR_TF_CAP)))))
        m.end++;
    m.tok0 = (uint32_t)t0;
    m.tok1 = (uint32_t)t1;
    m.sentence = (uint32_t)sent;
    m.type = (uint8_t)type;
    m.lex = lex;
    m.kind = kind;
    m.rule = rule;
    m.weak = weak;
    m.parent = (int32_t)d->mentions.len;
    m.entity = -1;
    const xtok *t = x_tok(d, t0);
    if (t1 == t0 + 1 && t->key_len && (t->kind == FNR_TOK_WORD || t->kind == FNR_TOK_NUMBER)) {
        /* one word: its key is fnr_matchkey of its text already, whatever
         * its letters ("Şahin"), and lives as long as the document: shared,
         * not copied (keys are read with their length) */
        m.key = t->key;
        m.key_len = t->key_len;
    } else {
        fnr_buf *kb = &d->scratch;
        fnr_status st = FNR_OK;
        if (!mention_key_from_tokens(d, t0, t1, kb)) {
            fnr_buf_reset(kb);
            st = fnr_matchkey(d->doc.text + m.start, m.end - m.start, kb);
        }
        if (st == FNR_OK) {
            m.key = fnr_arena_strndup(d->arena, kb->data ? kb->data : "", kb->len);
            m.key_len = (uint32_t)kb->len;
            if (!m.key)
                st = FNR_NOMEM;
        }
        if (st != FNR_OK)
            return st;
    }
    if (m.key_len == 0)
        return FNR_OK;
    int32_t idx = (int32_t)d->mentions.len;
    fnr_status st = FNR_VEC_PUSH(&d->mentions, xmention, m);
    if (st != FNR_OK)
        return st;
    for (size_t k = t0; k < t1; k++)
        x_tok(d, k)->mention = idx;
    if (out_idx)
        *out_idx = idx;
    return FNR_OK;
}

static int32_t find_root(x_doc *d, int32_t m)
{
    while (x_men(d, (size_t)m)->parent != m) {
        xmention *mm = x_men(d, (size_t)m);
        mm->parent = x_men(d, (size_t)mm->parent)->parent;
        m = mm->parent;
    }
    return m;
}

static void unite(x_doc *d, int32_t a, int32_t b)
{
    if (a < 0 || b < 0)
        return;
    a = find_root(d, a);
    b = find_root(d, b);
    if (a == b)
        return;
    if (a < b)
        x_men(d, (size_t)b)->parent = a;
    else
        x_men(d, (size_t)a)->parent = b;
}

/* Does hyphenated token i end in a lower-case word ("Tunisia-national")?
 * Particles come first ("al-Baghdadi"), so their names end capitalised. */
static bool lower_tail(const x_doc *d, size_t i)
{
    const xtok *t = x_tok(d, i);
    const char *p = d->doc.text + t->start;
    const char *h = NULL;
    for (const char *q = p; q < d->doc.text + t->end; q++)
        if (*q == '-')
            h = q;
    /* "Müdafaa-i Milliye", "Teşkilat-ı Mahsusa": an Ottoman izafet of one
     * letter joins a name */
    const char *e = d->doc.text + t->end;
    if (h && (e - h == 2 || (e - h == 3 && ((unsigned char)h[1] & 0xE0) == 0xC0)))
        return false;
    return h && h + 1 < e && h[1] >= 'a' && h[1] <= 'z' && *p >= 'A' && *p <= 'Z';
}

/* End of a run of name tokens starting at i (capitalised words, initials,
 * particles between names, "of" after an institutional head). */
/* Is token k an ordinal in figures ("2nd", "14th")? */
static bool ordinal_figure(const xtok *t)
{
    size_t n = t->key_len;
    if (n < 3 || n > 6 || t->key[0] < '1' || t->key[0] > '9')
        return false;
    for (size_t q = 1; q + 2 < n; q++)
        if (t->key[q] < '0' || t->key[q] > '9')
            return false;
    const char *e = t->key + n - 2;
    return memcmp(e, "st", 2) == 0 || memcmp(e, "nd", 2) == 0 || memcmp(e, "rd", 2) == 0 ||
           memcmp(e, "th", 2) == 0;
}

/* "Ankara 2nd High Criminal Court": an ordinal inside a body's name, when
 * capitalised words after it reach a head noun. */
static bool ordinal_in_name(const x_doc *d, size_t j, size_t end)
{
    if (!ordinal_figure(x_tok(d, j)))
        return false;
    for (size_t k = j + 1; k < end && k - j <= 5; k++) {
        const xtok *t = x_tok(d, k);
        if (!is_word(t) || !(t->xflags & XT_NAMELIKE))
            return false;
        if (t->xflags & XT_ORGHEAD)
            return true;
    }
    return false;
}

/* The legal forms that end a company's name ("Ostrava Trade Ltd.",
 * "Kestrel Trading GmbH", "Volga Technika OOO", "Delta Marine FZE"): org
 * heads in the dictionary of cues. Forms of single letters and periods
 * ("S.A.", "B.V.", "A.Ş.") are left out: a person's initials are written
 * so. */
static const char *const COMPANY_FORMS[] = { "ltd",  "ltd.", "llc",   "inc",  "inc.", "plc",
                                             "gmbh", "corp", "corp.", "co.",  "ooo",  "zao",
                                             "oao",  "pao",  "jsc",   "pjsc", "ojsc", "cjsc",
                                             "fze",  "fzco", "fzc",   "sarl", "srl",  "ltda",
                                             "bhd",  NULL };

static bool company_form(const x_doc *d, size_t i)
{
    return (x_tok(d, i)->xflags & XT_ORGHEAD) && x_tok_in(d, i, COMPANY_FORMS);
}

/* The token after a legal form written with periods between its letters
 * that opens at token i ("Sh.p.k.", "d.o.o.", "s.r.o.", "S.p.A."), which
 * the tokeniser may cut into pieces; i when none opens there. */
static size_t dotted_form_end(const x_doc *d, size_t i, size_t end)
{
    static const char *const FORMS[] = { "sh.p.k.", "sh.a.", "d.o.o.", "s.r.o.", "s.p.a.", NULL };
    const xtok *t = x_tok(d, i);
    const char *p = d->doc.text + t->start;
    if (!is_word(t) || t->end >= d->doc.len ||
        (d->doc.text[t->end] != '.' && !(t->tflags & FNR_TF_INITIALS)))
        return i;
    size_t k = i + 1;
    while (k < end && x_tok(d, k)->start == x_tok(d, k - 1)->end &&
           (is_word(x_tok(d, k)) || is_punct(d, k, '.')))
        k++;
    size_t n = x_tok(d, k - 1)->end - t->start;
    for (size_t f = 0; FORMS[f]; f++) {
        size_t q = 0;
        while (FORMS[f][q] && q < n &&
               (p[q] == FORMS[f][q] || (p[q] >= 'A' && p[q] <= 'Z' && p[q] + 32 == FORMS[f][q])))
            q++;
        if (q == n && !FORMS[f][q])
            return k;
    }
    return i;
}

/* The words a kunya opens with. */
static const char *const KUNYA_HEADS[] = { "abu", "ebu", "umm", "abou", NULL };

/* Whether token k is the noun of a kunya after "Abu" or "Umm": "Abu
 * Muslim", "Abu Islam" (a capitalised word the cues call a stopword). */
static bool kunya_noun(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    return k > 0 && (t->tflags & FNR_TF_CAP) && is_word(t) && t->key_len > 3 &&
           (x_tok_is(d, k - 1, "abu") || x_tok_is(d, k - 1, "ebu") || x_tok_is(d, k - 1, "umm") ||
            x_tok_is(d, k - 1, "abou"));
}

static size_t cap_sequence(const x_doc *d, size_t i, size_t end)
{
    size_t j = i;
    while (j < end) {
        const xtok *t = x_tok(d, j);
        /* "the People's Defense Forces", "the Free Women's Units": the
         * people's or the women's is a name's word */
        if ((t->tflags & FNR_TF_POSS) && j > i &&
            (x_tok_is(d, j - 1, "people") || x_tok_is(d, j - 1, "women")) && j + 1 < end &&
            (x_tok(d, j + 1)->xflags & XT_NAMELIKE) && !(x_tok(d, j + 1)->xflags & XT_STOP)) {
            j++;
            continue;
        }
        if (!is_word(t))
            break;
        /* "paid through Ostrava Trade Ltd. Çelik's assistant ...": the
         * legal form ends the company's name, whatever follows its period */
        if (j > i && company_form(d, j)) {
            j++;
            break;
        }
        if (j > i && (t->end - t->start <= 2 || (t->tflags & FNR_TF_INITIALS)) &&
            dotted_form_end(d, j, end) > j) {
            j = dotted_form_end(d, j, end);
            break;
        }
        /* "Tunisia-national", "U.S.-based": a word made of a name and a
         * common word describes, it names no one */
        if ((t->tflags & FNR_TF_HYPHEN) && lower_tail(d, j))
            break;
        if (t->xflags & XT_NAMELIKE) {
            /* a capitalised stopword goes on only between names:
             * "National Security Service" */
            if (j > i && (t->xflags & XT_STOP) && !(t->xflags & XT_ORGHEAD) &&
                !(j + 1 < end && (x_tok(d, j + 1)->xflags & XT_NAMELIKE) &&
                  !(x_tok(d, j + 1)->xflags & XT_STOP) && x_tok(d, j)->key_len > 3) &&
                /* ... or before the name's acronym: "Directorate of National
                 * Security (DNS)" */
                !(j + 2 < end && is_punct(d, j + 1, '(') &&
                  (x_tok(d, j + 2)->tflags & FNR_TF_UPPER) && x_tok(d, j)->key_len > 3) &&
                /* ... or after a name's word past "for" a body's head:
                 * "the State Committee for National Security said" */
                !(j >= i + 3 && !(t->xflags & XT_DATE) && x_tok(d, j)->key_len > 3 &&
                  (x_tok(d, j - 1)->xflags & XT_NAMELIKE) && x_tok_is(d, j - 2, "for") &&
                  x_tok_in(d, j - 3, FOR_HEADS)) &&
                /* ... or after "Abu" or "Umm": a kunya's noun ("Abu Muslim",
                 * "Abu Islam") */
                !kunya_noun(d, j))
                break;
            j++;
            continue;
        }
        if (j > i && ordinal_in_name(d, j, end)) {
            j++;
            continue;
        }
        /* particle between names: "Huzeyfe el Muri", "Osama bin Laden" */
        if ((t->xflags & XT_PARTICLE) && j > i && j + 1 < end &&
            (x_tok(d, j + 1)->xflags & XT_NAMELIKE)) {
            j++;
            continue;
        }
        /* "Embassy of Iraq", "Islamic Republic of Iran", "the Consulate
         * General of Russia"; "the Directorate for Combating Organized
         * Crime", "Agency for National Security" */
        if (j > i && j + 1 < end &&
            ((x_tok_is(d, j, "of") &&
              (x_tok_in(d, j - 1, OF_HEADS) ||
               (j > i + 1 && x_tok_is(d, j - 1, "general") && x_tok_is(d, j - 2, "consulate")))) ||
             (x_tok_is(d, j, "for") && x_tok_in(d, j - 1, FOR_HEADS)))) {
            size_t k = j + 1;
            if (k < end && x_tok_is(d, k, "the"))
                k++;
            /* ("the 33rd Front of the FARC": a group's unit, named
             * without its group) */
            const fnr_lex_entry *ge = k < end && x_tok_is(d, j - 1, "front")
                                          ? x_key_entry(x_tok(d, k)->lk, FNR_LEX_ORG)
                                          : NULL;
            if (ge && ge->kind && strcmp(ge->kind, "militant_group") == 0)
                break;
            /* ("the General Directorate of Security": a capitalised
             * stopword of content names the body too) */
            if (k < end && (x_tok(d, k)->xflags & XT_NAMELIKE) &&
                (!(x_tok(d, k)->xflags & XT_STOP) ||
                 (x_tok(d, k)->key_len > 4 && !(x_tok(d, k)->xflags & XT_DATE)))) {
                j = k;
                continue;
            }
        }
        break;
    }
    return j;
}

static bool preceded_by_so_called(const x_doc *d, size_t i, size_t s0)
{
    /* "so-called X" is one token "so-called" or "so", "-", "called" */
    for (size_t k = i; k > s0 && i - k < 3; k--) {
        const xtok *t = x_tok(d, k - 1);
        if (x_tok_is(d, k - 1, "so called") || x_tok_is(d, k - 1, "called"))
            return true;
        if (t->kind == FNR_TOK_WORD && !x_tok_is(d, k - 1, "the") && !(t->xflags & XT_NAMELIKE))
            return false;
    }
    return false;
}

/* true when tokens at k say "of [the so-called] <militant group or its
 * alias>": a sub-unit of a group, not a place. */
static bool of_group_follows(const x_doc *d, size_t k, size_t end, fnr_buf *kb)
{
    if (k >= end || !x_tok_is(d, k, "of"))
        return false;
    k++;
    while (k < end && (x_tok_is(d, k, "the") || x_tok_is(d, k, "so called") ||
                       x_tok_is(d, k, "so") || x_tok_is(d, k, "called") || is_punct(d, k, '-')))
        k++;
    if (k >= end)
        return false;
    const fnr_lex_entry *e = NULL;
    size_t j = lex_longest(d, k, end, kb, &e);
    return j > k && e && e->cls == FNR_LEX_ORG && e->kind && strcmp(e->kind, "militant_group") == 0;
}

/* true when a militant group owns the name at token i: "the group's
 * Raqqa province", "Daesh's Kirkuk province" (a sub-unit, not a place). */
static bool group_owns(const x_doc *d, size_t i, size_t s0)
{
    if (i < s0 + 2 || !(x_tok(d, i - 1)->tflags & FNR_TF_POSS))
        return false;
    size_t o = i - 2;
    if (x_tok_is(d, o, "group") || x_tok_is(d, o, "organization") || x_tok_is(d, o, "organisation"))
        return true;
    int32_t m = x_tok(d, o)->mention;
    if (m < 0)
        return false;
    const xmention *mm = x_men(d, (size_t)m);
    const char *kind = mm->lex ? mm->lex->kind : mm->kind;
    return kind && strcmp(kind, "militant_group") == 0;
}

/* "the Dokumacılar group", "the Acilciler network": one unknown
 * capitalised word ending in the Turkish plural of a trade's word
 * (-cılar, -ciler, -çular, -çüler... folded to -cilar, -cular, ...)
 * before "group", "network" or "cell". */
static bool trade_plural_group(const x_doc *d, size_t i, size_t j)
{
    if (j != i + 1 || i == 0 || !x_tok_is(d, i - 1, "the") ||
        !(x_tok_is(d, j, "group") || x_tok_is(d, j, "network") || x_tok_is(d, j, "cell")))
        return false;
    const xtok *t = x_tok(d, i);
    if (!(t->tflags & FNR_TF_CAP) || (t->xflags & XT_ENTRY) || t->key_len < 7)
        return false;
    const char *e = t->key + t->key_len - 5;
    return e[0] == 'c' && (e[1] == 'i' || e[1] == 'u') && e[2] == 'l' &&
           (e[3] == 'a' || e[3] == 'e') && e[4] == 'r';
}

/* A person-looking run: particles, given names, initials, or several
 * unknown capitalised words. */
static bool looks_like_person(const x_doc *d, size_t i, size_t j)
{
    size_t n_words = 0, n_common = 0;
    bool particle = false, given = false;
    for (size_t k = i; k < j; k++) {
        const xtok *t = x_tok(d, k);
        if (!is_word(t))
            continue;
        n_words++;
        /* "Mohammed Shia al-Sudani": a capitalised stopword between a
         * given name and more of the name is part of it */
        bool inner = k > i && k + 1 < j && (x_tok(d, i)->xflags & XT_GIVEN) &&
                     !(t->xflags & (XT_ORGHEAD | XT_LOCHEAD | XT_TITLE | XT_DEMONYM));
        /* ("Elif Sultan Kalsen": a title that is also a given name, after
         * a given name, is a second given name; last, the family name:
         * "Gul Wali", "Ali Sultan") */
        inner = inner ||
                (k > i && (t->xflags & XT_TITLE) && (t->xflags & XT_GIVEN) &&
                 (x_tok(d, k - 1)->xflags & XT_GIVEN) && !(x_tok(d, k - 1)->xflags & XT_TITLE));
        inner = inner || (k == i && given_title_names(d, i, j)) ||
                (k > i && (t->xflags & XT_STOP) && kunya_noun(d, k));
        if ((t->xflags & (XT_STOP | XT_ORGHEAD | XT_LOCHEAD | XT_TITLE | XT_DEMONYM)) && !inner)
            return false;
        if (t->xflags & XT_COMMON)
            n_common++;
        if ((t->xflags & XT_PARTICLE) || x_tok_class(d, k, XW_PERSON_PARTICLES))
            particle = true;
        if (t->xflags & XT_GIVEN)
            given = true;
        if ((t->tflags & FNR_TF_HYPHEN) && t->key_len > 3 &&
            (memcmp(t->key, "al ", 3) == 0 || memcmp(t->key, "el ", 3) == 0))
            particle = true;
    }
    if (n_words == 1) {
        const xtok *t = x_tok(d, i);
        if (t->tflags & FNR_TF_INITIALS) /* "A.J.A.", "Ş.K.", not "a.k.a." */
            return (t->tflags & FNR_TF_CAP) != 0;
        return (t->xflags & XT_GIVEN) && !(t->xflags & XT_COMMON);
    }
    if (n_common * 2 > n_words)
        return false;
    if (given || particle)
        return true;
    /* ("ESPIONAGE RING SERVING IRAN": words of a headline in capitals
     * are no name unless a given name or particle says so) */
    if (x_tok(d, i)->tflags & x_tok(d, j - 1)->tflags & FNR_TF_UPPER)
        return false;
    return n_common == 0 && n_words <= 4;
}

/* Where a body's name that starts at token i starts with a capitalised
 * direction word before it ("Greater Manchester Police", "West Midlands
 * Police": the direction is part of the name). */
static size_t with_direction(const x_doc *d, size_t s0, size_t i)
{
    return i > s0 && x_tok_class(d, i - 1, XW_DIRECTIONS) &&
                   (x_tok(d, i - 1)->tflags & FNR_TF_CAP) && x_tok(d, i - 1)->mention < 0
               ? i - 1
               : i;
}

/* Whether the unknown capitalised run [i, j) stands where a place does:
 * after "near", "outside" or a locative "in" (not "involved in"), with no
 * given name, person particle, title or common word in it, and not an
 * owner ("in Kaya's house"). */
static bool place_after_prep(const x_doc *d, size_t s0, size_t i, size_t j, size_t end)
{
    static const char *const NOT_PLACE[] = {
        "involved", "participated", "engaged", "interested", "specialised", "specialized",
        "believe",  "believed",     "trust",   "faith",      "interest",    "role",
        "part",     "stake",        "share",   "membership", NULL
    };
    const xtok *p = x_tok(d, i - 1);
    if (!(p->xflags & XT_LOWER) ||
        !(x_tok_is(d, i - 1, "near") || x_tok_is(d, i - 1, "outside") ||
          (x_tok_is(d, i - 1, "in") && !(i - 1 > s0 && x_tok_in(d, i - 2, NOT_PLACE)))))
        return false;
    if (j < end && (x_tok(d, j)->tflags & FNR_TF_POSS))
        return false;
    for (size_t k = i; k < j; k++) {
        const xtok *t = x_tok(d, k);
        if (!is_word(t) || !(t->tflags & FNR_TF_CAP) || (t->tflags & FNR_TF_INITIALS) ||
            (t->xflags &
             (XT_GIVEN | XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM | XT_DATE | XT_ORGHEAD)) ||
            x_tok_class(d, k, XW_PERSON_PARTICLES))
            return false;
    }
    return true;
}

/* Whether a word of [i, j) is a given name or a name particle. */
static bool run_has_given(const x_doc *d, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if ((x_tok(d, k)->xflags & (XT_GIVEN | XT_PARTICLE)) ||
            x_tok_class(d, k, XW_PERSON_PARTICLES))
            return true;
    return false;
}

/* Whether a word of [i, j) is a known family name. */
static bool run_has_surname(const x_doc *d, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (x_key_entry(x_tok(d, k)->lk, FNR_LEX_SURNAME))
            return true;
    return false;
}

static const char *org_kind_from_head(const x_doc *d, size_t head)
{
    static const struct {
        const char *w;
        const char *kind;
    } map[] = { { "police", "police" },
                { "gendarmerie", "police" },
                { "intelligence", "intelligence_service" },
                { "service", "intelligence_service" },
                { "agency", "government" },
                { "ministry", "government" },
                { "embassy", "embassy" },
                { "consulate", "embassy" },
                { "presidency", "government" },
                { "army", "armed_forces" },
                { "forces", "armed_forces" },
                { "military", "armed_forces" },
                { "navy", "armed_forces" },
                { "regiment", "militant_group" },
                { "brigade", "militant_group" },
                { "battalion", "militant_group" },
                { "province", "militant_group" },
                { "region", "militant_group" },
                { "sector", "militant_group" },
                { "office", "militant_group" },
                { "front", "militant_group" },
                { "court", "court" },
                { "courts", "court" },
                { "tribunal", "court" },

                { "university", "university" },
                { "party", "party" },
                { "company", "company" },
                { "corporation", "company" },
                { "holding", "company" },
                { "holdings", "company" },
                { "logistics", "company" },
                { "exchange", "company" },
                { "shipping", "company" },
                { "trading", "company" } };

    /* "the State Investigation and Protection Agency", "the National Crime
     * Agency": a police force; "the Defense Intelligence Agency" a service */
    if (x_tok_is(d, head, "agency"))
        for (size_t k = head; k > 0 && head - k < 5; k--) {
            if (x_tok_is(d, k - 1, "investigation") || x_tok_is(d, k - 1, "investigative") ||
                x_tok_is(d, k - 1, "crime") || x_tok_is(d, k - 1, "police"))
                return "police";
            if (x_tok_is(d, k - 1, "intelligence") || x_tok_is(d, k - 1, "security"))
                return "intelligence_service";
            if (!is_word(x_tok(d, k - 1)))
                break;
        }
    /* "the State Committee for National Security": a committee for
     * security is a service */
    if (x_tok_is(d, head, "committee") && head + 2 < d->toks.len && x_tok_is(d, head + 1, "for"))
        for (size_t k = head + 2; k < d->toks.len && k - head < 5 && is_word(x_tok(d, k)) &&
                                  (x_tok(d, k)->tflags & FNR_TF_CAP);
             k++)
            if (x_tok_is(d, k, "security") || x_tok_is(d, k, "intelligence"))
                return "intelligence_service";
    /* "the Nigerian Air Force": a state's armed force */
    if (head > 0 && x_tok_is(d, head, "force") && x_tok_is(d, head - 1, "air"))
        return "armed_forces";
    /* "the Public Prosecution Service": prosecutors, no intelligence */
    if (head > 0 && (x_tok_is(d, head - 1, "prosecution") || x_tok_is(d, head - 1, "prosecutor")))
        return "court";
    /* "the Bavarian State Criminal Police Office", "the Anti-Terrorism
     * Police Unit": a unit of the police; "the Van Anti-Terror Branch" is
     * one of the Turkish police's branches */
    if (head > 0 && !x_tok_is(d, head, "police") && x_tok_is(d, head - 1, "police"))
        return "police";
    /* "the FBI's Seattle Field Office", "the Regional Office": an office a
     * name gives a capital is a state's; a group's is told in lower case
     * ("the so-called Faruk office") */
    if (x_tok_is(d, head, "office") && (x_tok(d, head)->tflags & FNR_TF_CAP)) {
        /* ("Daesh's Foreign Operations Office" is the group's) */
        size_t k = head;
        while (k > 0 && is_word(x_tok(d, k - 1)) && (x_tok(d, k - 1)->tflags & FNR_TF_CAP) &&
               x_tok(d, k - 1)->mention < 0)
            k--;
        if (k >= 2 && (x_tok(d, k - 1)->tflags & FNR_TF_POSS) && x_tok(d, k - 2)->mention >= 0) {
            const xmention *om = x_men(d, (size_t)x_tok(d, k - 2)->mention);
            if (om->lex && om->lex->kind && strcmp(om->lex->kind, "militant_group") == 0)
                return "militant_group";
        }
        return "government";
    }
    if (head > 0 && x_tok_is(d, head, "branch") &&
        (x_tok_is(d, head - 1, "anti terror") || x_tok_is(d, head - 1, "anti terrorism") ||
         x_tok_is(d, head - 1, "counter terrorism") || x_tok_is(d, head - 1, "terror")))
        return "police";
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (x_tok_is(d, head, map[i].w))
            return map[i].kind;
    return company_form(d, head) ? "company" : NULL;
}

/* "the Van Anti-Terror Branch", "the Special Branch": a capitalised
 * "Branch" ends a body's name ("Branch II" names one by its number) */
static bool branch_head(const x_doc *d, size_t i)
{
    return (x_tok(d, i)->tflags & FNR_TF_CAP) && x_tok_is(d, i, "branch");
}

/* Code-name cues: returns the token index after the cue, or 0. */
static size_t code_name_cue(const x_doc *d, size_t i, size_t end)
{
    static const char *const one[] = { "codenamed", "code named", "nicknamed", "dubbed", "alias",
                                       "aka",       "a.k.a.",     "a.k.a",     "a k a",  NULL };
    if (!x_tok_class(d, i, XW_CUE))
        return 0; /* most words: no cue starts with them */
    if (x_tok_in(d, i, one))
        return i + 1;
    /* "Abdul Rauf, also called "Qari Zubair"" */
    if (x_tok_is(d, i, "called") && i > 0 && x_tok_is(d, i - 1, "also"))
        return i + 1;
    if (x_tok_is(d, i, "code") && i + 1 < end &&
        (x_tok_is(d, i + 1, "named") || x_tok_is(d, i + 1, "name") || x_tok_is(d, i + 1, "names")))
        return i + 2;
    /* "known by the code names "Doktor" and "Hoca"", "known by the
     * nickname "Qara"" */
    /* (... or "known by his nickname "Deli İbo"") */
    bool by_the = i + 2 < end && (x_tok_is(d, i + 2, "the") || x_tok_is(d, i + 2, "his") ||
                                  x_tok_is(d, i + 2, "her") || x_tok_is(d, i + 2, "their"));
    if (x_tok_is(d, i, "known") && i + 4 < end && x_tok_is(d, i + 1, "by") && by_the &&
        x_tok_is(d, i + 3, "code") && (x_tok_is(d, i + 4, "name") || x_tok_is(d, i + 4, "names")))
        return i + 5;
    if (x_tok_is(d, i, "known") && i + 3 < end && x_tok_is(d, i + 1, "by") && by_the &&
        (x_tok_is(d, i + 3, "nickname") || x_tok_is(d, i + 3, "alias") ||
         x_tok_is(d, i + 3, "name") || x_tok_is(d, i + 3, "pseudonym")))
        return i + 4;
    if (x_tok_is(d, i, "code") && i + 2 < end && is_punct(d, i + 1, '-') &&
        x_tok_is(d, i + 2, "named"))
        return i + 3;
    if ((x_tok_is(d, i, "known") || x_tok_is(d, i, "referred")) && i + 1 < end) {
        size_t k = i + 1;
        if (x_tok_is(d, i, "referred") && k < end && x_tok_is(d, k, "to"))
            k++;
        /* ("referred to by his followers as "Apo"", "known to police as
         * X") */
        if (k + 1 < end && (x_tok_is(d, k, "by") || x_tok_is(d, k, "to"))) {
            for (size_t q = k + 1; q < end && q <= k + 4; q++) {
                if (x_tok_is(d, q, "as")) {
                    k = q;
                    break;
                }
                if (!(x_tok(d, q)->xflags & XT_LOWER))
                    break;
            }
        }
        /* ("known in Turkish as X", "known locally as X") */
        if (k + 2 < end && x_tok_is(d, k, "in") && (x_tok(d, k + 1)->xflags & XT_DEMONYM) &&
            x_tok_is(d, k + 2, "as"))
            k += 2;
        else if (k + 1 < end &&
                 (x_tok_is(d, k, "locally") || x_tok_is(d, k, "widely") ||
                  x_tok_is(d, k, "commonly") || x_tok_is(d, k, "officially") ||
                  /* ("a handler known only as "Vlad"") */
                  x_tok_is(d, k, "only") || x_tok_is(d, k, "simply")) &&
                 x_tok_is(d, k + 1, "as"))
            k++;
        if (k < end && x_tok_is(d, k, "as"))
            return k + 1;
    }
    /* "whose real name is X" */
    /* ("whose real name was X", of a man now dead) */
    if (x_tok_is(d, i, "real") && i + 2 < end && x_tok_is(d, i + 1, "name") &&
        (x_tok_is(d, i + 2, "is") || x_tok_is(d, i + 2, "was")))
        return i + 3;
    /* "a man calling himself "Artem"", "who went by the name "Orkhan"":
     * known by their last words, as the first are common ones */
    if ((x_tok_is(d, i, "himself") || x_tok_is(d, i, "herself")) && i > 0 &&
        (x_tok_is(d, i - 1, "calling") || x_tok_is(d, i - 1, "calls") ||
         x_tok_is(d, i - 1, "called")))
        return i + 1;
    if (x_tok_is(d, i, "name") && i >= 3 && x_tok_is(d, i - 1, "the") && x_tok_is(d, i - 2, "by") &&
        (x_tok_is(d, i - 3, "went") || x_tok_is(d, i - 3, "goes") || x_tok_is(d, i - 3, "going")))
        return i + 1;
    /* "Sur, born Mehmet Emin Sur in Adıyaman": the name of birth after
     * a comma (not "born in", "was born Tuesday") */
    if (x_tok_is(d, i, "born") && i > 0 && is_punct(d, i - 1, ','))
        return i + 1;
    /* "Sheikh Said, also spelt Şeyh Said" */
    if ((x_tok_is(d, i, "spelt") || x_tok_is(d, i, "spelled")) && i + 1 < end)
        return x_tok_is(d, i + 1, "as") ? i + 2 : i + 1;
    if (x_tok_is(d, i, "nom") && i + 2 < end && x_tok_is(d, i + 1, "de") &&
        x_tok_is(d, i + 2, "guerre"))
        return i + 3;
    if (x_tok_is(d, i, "under") && i + 3 < end && x_tok_is(d, i + 1, "the") &&
        (x_tok_is(d, i + 2, "alias") || x_tok_is(d, i + 2, "name") ||
         x_tok_is(d, i + 2, "pseudonym")))
        return i + 3;
    return 0;
}

typedef struct scan_ctx {
    x_doc *d;
    size_t s;      /* sentence index */
    size_t s0, s1; /* sentence tokens */
    fnr_buf kb;    /* phrase key scratch */
    fnr_buf kb2;
    bool acronym_retyped; /* scan_brackets made a place's spelling an organisation's acronym */
} scan_ctx;

/* The words between a place and "Prosecutor's Office". */
static const char *const PROSECUTOR_RANKS[] = {
    "chief",   "public", "central", "district", "regional", "federal",
    "general", "state",  "high",    "supreme",  "national", NULL,
};

/* Where "Prosecutor's Office", "Prosecutors' Office" or "Magistrates'
 * Court" starting at token q ends, or q when it does not start there. */
static size_t prosecutor_office_end(const x_doc *d, size_t q, size_t end)
{
    bool magistrates = x_tok_is(d, q, "magistrates") || x_tok_is(d, q, "magistrate");
    if (q + 2 >= end ||
        !(x_tok_is(d, q, "prosecutor") || x_tok_is(d, q, "prosecutors") || magistrates))
        return q;
    size_t k = q + 1;
    const xtok *t = x_tok(d, k);
    bool apostrophe =
        t->kind == FNR_TOK_PUNCT &&
        ((t->end - t->start == 1 && d->doc.text[t->start] == '\'') ||
         (t->end - t->start == 3 && memcmp(d->doc.text + t->start, "\xE2\x80\x99", 3) == 0));
    if (!(t->tflags & FNR_TF_POSS) && !apostrophe)
        return q;
    return x_tok_is(d, k + 1, magistrates ? "court" : "office") ? k + 2 : q;
}

/* Turkish address heads after a place's name ("Fatih Mahallesi"). */
static const char *const TR_PLACE_HEADS[] = { "mahallesi", "köyü", "ilçesi", NULL };

/* A named thing at [i, j) that the dictionary does not know: decide its type
 * from what surrounds it. Returns FNR_OK; *out_next is where scanning goes on. */
/* Roles a person's name stands beside in apposition ("its leader, X,"). */
static const char *const APPOSED_ROLES[] = {
    "chief",     "leader", "commander",  "spokesman", "spokeswoman", "head",
    "founder",   "deputy", "emir",       "financier", "recruiter",   "ideologue",
    "preacher",  "cleric", "mastermind", "bombmaker", "bomb-maker",  "courier",
    "bodyguard", "aide",   "lieutenant", "brother",   "son",         "wife",
    "father",    "nephew", "cousin",     "driver",    NULL
};

static fnr_status classify_unknown(scan_ctx *c, size_t i, size_t j, size_t *out_next)
{
    x_doc *d = c->d;
    size_t end = c->s1;
    *out_next = j;
    const xtok *last = x_tok(d, j - 1);
    /* "Euphrates Shield Operation", "Operation X": named operations are events. */
    if (x_tok_class(d, j - 1, XW_NAMED_OPS) || x_tok_class(d, i, XW_NAMED_OPS))
        return FNR_OK;
    /* "on an Interpol Red Notice", "the Arrest Warrant": an event's words
     * in capitals name no one */
    if (j - i >= 2 && mention_key_from_tokens(d, i, j, &c->kb2) &&
        fnr_lexicon_find(d->x->lex, c->kb2.data, c->kb2.len, FNR_LEX_TRIGGER))
        return FNR_OK;
    /* ("Counterterrorism police detained": a sentence's first word and a
     * lower-case head name no one) */
    /* ("the Russian Consulate General": the consulate is the head, the
     * rank after it no title) */
    size_t head = j - 1;
    if (j - i >= 3 && (last->tflags & FNR_TF_CAP) && x_tok_is(d, j - 1, "general") &&
        x_tok_is(d, j - 2, "consulate"))
        head = j - 2;
    /* "Ilir Trade Sh.p.k.": a dotted legal form ends a company's name */
    for (size_t k = i + 1; k < j && (x_tok(d, j - 1)->tflags & FNR_TF_INITIALS); k++)
        if (dotted_form_end(d, k, j) == j)
            return add_mention(d, c->s, i, j, FNR_ENTITY_ORGANIZATION, NULL, "company",
                               "company_form", false, NULL);
    if (((x_tok(d, head)->xflags & XT_ORGHEAD) || branch_head(d, head)) && j - i >= 2 &&
        !(i == c->s0 && j == i + 2 && !(last->tflags & FNR_TF_CAP))) {
        return add_mention(d, c->s, with_direction(d, c->s0, i), j, FNR_ENTITY_ORGANIZATION, NULL,
                           org_kind_from_head(d, head), "org_head", false, NULL);
    }
    /* "Katibat al-Tawhid wal-Jihad", "Jaish al-Adl": an Arabic word for
     * a body opens a militant group's name */
    if (j - i >= 2 && (x_tok(d, i)->xflags & XT_ORGHEAD) && x_tok_in(d, i, ARABIC_BODIES))
        return add_mention(d, c->s, i, j, FNR_ENTITY_ORGANIZATION, NULL, "militant_group",
                           "org_head_first", false, NULL);
    /* "the Bolan Pass", "the Sambisa Forest": a capitalised place head ends
     * a place's name */
    if ((last->xflags & XT_LOCHEAD) && (last->tflags & FNR_TF_CAP) && j - i >= 2 &&
        !(x_tok(d, i)->xflags & (XT_TITLE | XT_STOP))) {
        /* ("Heathrow Airport": a site, D-5) */
        static const char *const SITE_HEADS[] = { "airport", "port",    "harbour",   "harbor",
                                                  "station", "stadium", "prison",    "airbase",
                                                  "base",    "camp",    "crossing",  "synagogue",
                                                  "church",  "mosque",  "cathedral", "shrine",
                                                  NULL };
        const char *kind =
            x_tok_in(d, j - 1, SITE_HEADS) ? "facility" : x_tok_which(d, j - 1, PLACE_HEADS);
        return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, kind, "loc_head", false, NULL);
    }
    /* "the Hotel Sahafi", "Camp Bucca", "Fort Hood": a site whose head
     * word comes first */
    {
        static const char *const FIRST_HEADS[] = { "hotel", "camp", "fort", NULL };
        bool names = j - i >= 2 && x_tok_in(d, i, FIRST_HEADS);
        for (size_t k = i + 1; k < j && names; k++)
            names = !(x_tok(d, k)->xflags &
                      (XT_STOP | XT_TITLE | XT_ORGHEAD | XT_LOCHEAD | XT_DEMONYM | XT_COMMON));
        if (names)
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, "facility",
                               "site_head_first", false, NULL);
    }
    /* "the Presidency", "the Parliament": a state's institution by itself */
    static const char *const STANDALONE[] = { "presidency", "parliament", "cabinet", "judiciary",
                                              "senate",     "congress",   NULL };
    if (j - i == 1 && i > c->s0 && x_tok_is(d, i - 1, "the") && x_tok_in(d, i, STANDALONE))
        return add_mention(d, c->s, i, j, FNR_ENTITY_ORGANIZATION, NULL, "government",
                           "institution", false, NULL);
    /* "the Federal Prosecutor's Office": a prosecution service */
    if (x_tok_in(d, i, PROSECUTOR_RANKS) || x_tok_is(d, i, "prosecutor") ||
        x_tok_is(d, i, "prosecutors")) {
        size_t office = prosecutor_office_end(d, j - 1, end);
        if (office > j - 1) {
            /* "the Chief Public Prosecutor's Office": a rank read as a
             * title before the run is the office's too */
            size_t a = i;
            while (a > c->s0 && x_tok_in(d, a - 1, PROSECUTOR_RANKS) &&
                   (x_tok(d, a - 1)->tflags & FNR_TF_CAP) && x_tok(d, a - 1)->mention < 0)
                a--;
            *out_next = office;
            return add_mention(d, c->s, a, office, FNR_ENTITY_ORGANIZATION, NULL, "court",
                               "prosecutor_office", false, NULL);
        }
    }
    /* "Faruk office", "Istanbul police": a lower-case institutional head
     * ("Counterterrorism police detained" opens a sentence: no name) */
    if (j < end && x_tok_class(d, j, XW_LOWER_ORG_HEADS) && !(x_tok(d, j)->tflags & FNR_TF_CAP) &&
        !(i == c->s0 && j == i + 1)) {
        *out_next = j + 1;
        return add_mention(d, c->s, i, j + 1, FNR_ENTITY_ORGANIZATION, NULL,
                           org_kind_from_head(d, j), "org_lower_head", false, NULL);
    }
    /* "Aleppo region of Daesh", "the so-called X province": a sub-unit;
     * "the Dokumacılar group": a Turkish plural of a trade's word names a
     * cell without any cue */
    if (j < end && x_tok_class(d, j, XW_SUBUNIT_HEADS) &&
        (preceded_by_so_called(d, i, c->s0) || of_group_follows(d, j + 1, end, &c->kb2) ||
         group_owns(d, i, c->s0) || trade_plural_group(d, i, j))) {
        *out_next = j + 1;
        return add_mention(d, c->s, i, j + 1, FNR_ENTITY_ORGANIZATION, NULL, "militant_group",
                           "group_subunit", false, NULL);
    }
    /* "Ankara's Çankaya, Keçiören and Yenimahalle districts": each name of
     * a list before a plural place head is a place of that kind */
    if (j - i <= 2 && j < end &&
        (is_punct(d, j, ',') || x_tok_is(d, j, "and") ||
         (i > c->s0 && (x_tok_is(d, i - 1, "and") || is_punct(d, i - 1, ','))))) {
        static const char *const PLURAL_HEADS[] = { "districts",    "provinces", "towns",
                                                    "villages",     "cities",    "neighbourhoods",
                                                    "neighborhoods" };
        static const char *const KINDS[] = { "district", "province",      "town",         "village",
                                             "city",     "neighbourhood", "neighbourhood" };
        size_t k = j;
        bool listed = i > c->s0 && (x_tok_is(d, i - 1, "and") || is_punct(d, i - 1, ','));
        while (k < end && k - j < 12 &&
               (is_punct(d, k, ',') || x_tok_is(d, k, "and") ||
                (is_word(x_tok(d, k)) && (x_tok(d, k)->tflags & FNR_TF_CAP) &&
                 !(x_tok(d, k)->xflags & (XT_STOP | XT_DEMONYM | XT_COMMON)))))
            if (x_tok_is(d, k++, "and"))
                listed = true;
        size_t h = 0;
        const xtok *hk = k < end ? x_tok(d, k) : NULL;
        if (!hk || !hk->key_len || hk->key[hk->key_len - 1] != 's' || !listed)
            h = sizeof PLURAL_HEADS / sizeof *PLURAL_HEADS; /* no plural head, or no list */
        while (h < sizeof PLURAL_HEADS / sizeof *PLURAL_HEADS && !x_tok_is(d, k, PLURAL_HEADS[h]))
            h++;
        bool names = true;
        for (size_t q = i; q < j && names; q++)
            names = !(x_tok(d, q)->xflags & (XT_STOP | XT_DEMONYM | XT_COMMON | XT_TITLE));
        if (k < end && h < sizeof PLURAL_HEADS / sizeof *PLURAL_HEADS && listed && names &&
            j - i <= 2)
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, KINDS[h], "place_list",
                               false, NULL);
    }
    /* "Algiers' Bab El Oued district": one unknown word before a known
     * place's name and a lower-case part head is the part's own name, not
     * the known place */
    if (j - i == 1 && j + 1 < end && (x_tok(d, j)->tflags & FNR_TF_CAP) &&
        !(x_tok(d, i)->xflags & (XT_GIVEN | XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM |
                                 XT_ORGHEAD | XT_LOCHEAD | XT_DATE))) {
        const fnr_lex_entry *kn = NULL;
        size_t kj = lex_longest(d, j, end, &c->kb2, &kn);
        if (kn && kn->cls == FNR_LEX_LOCATION && kj > j && kj < end &&
            (x_tok(d, kj)->xflags & XT_LOWER) &&
            (x_tok_is(d, kj, "district") || x_tok_is(d, kj, "neighbourhood") ||
             x_tok_is(d, kj, "neighborhood") || x_tok_is(d, kj, "quarter"))) {
            *out_next = kj;
            return add_mention(d, c->s, i, kj, FNR_ENTITY_LOCATION, NULL, "district",
                               "place_part_name", false, NULL);
        }
    }
    /* "the Bab city of Syria", "Silivri district": a place ("the southern
     * Lebanese town of Nabatieh" is the town's country, no place name) */
    if (j < end && x_tok_class(d, j, XW_PLACE_HEADS) && j - i <= 3 &&
        !(x_tok(d, j - 1)->xflags & XT_DEMONYM)) {
        /* "the Bavarian city of Bayreuth": the place is the one named
         * after "of", unless that is its country ("the Bab city of Syria") */
        /* ("the Dweila neighbourhood of Damascus": a part of a city is
         * the place named before it) */
        if (j + 2 < end && x_tok_is(d, j + 1, "of") && (x_tok(d, j + 2)->tflags & FNR_TF_CAP)) {
            const fnr_lex_entry *of = x_key_entry(x_tok(d, j + 2)->lk, FNR_LEX_LOCATION);
            if (!of) { /* ("of North Waziristan": a name of two words) */
                const fnr_lex_entry *ofl = NULL;
                if (lex_longest(d, j + 2, end, &c->kb2, &ofl) > j + 2 && ofl &&
                    ofl->cls == FNR_LEX_LOCATION)
                    of = ofl;
            }
            bool part = (x_tok_is(d, j, "district") || x_tok_is(d, j, "neighbourhood") ||
                         x_tok_is(d, j, "neighborhood") || x_tok_is(d, j, "village") ||
                         x_tok_is(d, j, "area")) &&
                        of && of->kind &&
                        (strcmp(of->kind, "city") == 0 || strcmp(of->kind, "capital") == 0 ||
                         strcmp(of->kind, "province") == 0 || strcmp(of->kind, "region") == 0 ||
                         strcmp(of->kind, "governorate") == 0);
            if (!(of && of->kind && strcmp(of->kind, "country") == 0) && !part)
                return FNR_OK;
        }
        /* ("the Mir Ali area": a part of its region, as a district is) */
        const char *kind = x_tok_which(d, j, PLACE_HEADS);
        return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL,
                           kind && strcmp(kind, "area") == 0 ? "district" : kind, "place_head",
                           false, NULL);
    }
    /* "the Nevatim air base", "the Westgate shopping mall", "the Reina
     * nightclub", "the Bataclan concert hall", "the Lunga Lunga border
     * crossing", "the al-Hol camp": a named site */
    {
        static const char *const SITES[] = {
            "base",     "airbase", "airport",   "mall",       "prison",    "barracks",
            "stadium",  "hotel",   "market",    "bazaar",     "nightclub", "theatre",
            "theater",  "arena",   "hall",      "cafe",       "café",      "restaurant",
            "hospital", "plant",   "crossing",  "checkpoint", "camp",      "synagogue",
            "church",   "mosque",  "cathedral", "shrine",     NULL
        };
        size_t h = j;
        if (h + 1 < end &&
            (x_tok_is(d, h, "air") || x_tok_is(d, h, "naval") || x_tok_is(d, h, "military") ||
             x_tok_is(d, h, "army") || x_tok_is(d, h, "shopping") || x_tok_is(d, h, "concert") ||
             x_tok_is(d, h, "power") || x_tok_is(d, h, "nuclear") || x_tok_is(d, h, "border") ||
             x_tok_is(d, h, "refugee") || x_tok_is(d, h, "detention")))
            h++;
        /* ("the Kapıköy border gate"; "the Jaber border crossing", "the
         * Jaber crossing": after "the", a given name before a site's head,
         * with a modifier or without, is the site's name, not a person's) */
        bool border = h > j && x_tok_is(d, j, "border");
        bool given_ok =
            !(x_tok(d, i)->xflags & XT_GIVEN) || (i > c->s0 && x_tok_is(d, i - 1, "the"));
        if (h < end && j - i <= 3 && (x_tok(d, h)->xflags & XT_LOWER) &&
            (x_tok_in(d, h, SITES) || (border && x_tok_is(d, h, "gate"))) &&
            !(x_tok(d, j - 1)->xflags & XT_DEMONYM) && given_ok)
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, "facility", "site_head",
                               false, NULL);
        /* "the Nevatim and Ramat David air bases": names of a list before
         * a plural head are sites each */
        static const char *const PLURAL_SITES[] = { "bases",    "airbases", "camps",     "prisons",
                                                    "airports", "plants",   "crossings", NULL };
        size_t q = j;
        if (q + 1 < end && (x_tok_is(d, q, "and") || is_punct(d, q, ','))) {
            q++;
            size_t n0 = q;
            while (q < end && q - n0 < 3 && is_word(x_tok(d, q)) &&
                   (x_tok(d, q)->tflags & FNR_TF_CAP))
                q++;
            if (q == n0)
                q = j;
        }
        if (q + 1 < end &&
            (x_tok_is(d, q, "air") || x_tok_is(d, q, "naval") || x_tok_is(d, q, "military") ||
             x_tok_is(d, q, "army") || x_tok_is(d, q, "refugee") || x_tok_is(d, q, "detention")))
            q++;
        if (q < end && j - i <= 3 && (x_tok(d, q)->xflags & XT_LOWER) &&
            x_tok_in(d, q, PLURAL_SITES) && !(x_tok(d, j - 1)->xflags & XT_DEMONYM) &&
            !(x_tok(d, i)->xflags & XT_GIVEN))
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, "facility",
                               "site_list_head", false, NULL);
    }
    /* "its al-Baaj governor": a place before a territorial title. */
    if (j - i == 1 && j < end && (x_tok_is(d, j, "governor") || x_tok_is(d, j, "mayor")) &&
        i > c->s0 && (x_tok_is(d, i - 1, "its") || x_tok_is(d, i - 1, "the")))
        return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, NULL, "place_title", false,
                           NULL);
    /* "Beran A.": a first name and the initial of a withheld surname (the
     * run stops before "A", which may be an article) */
    if (j - i == 1 && j < end && initial_with_period(d, j)) {
        j++;
        *out_next = j;
    }
    /* ("Said A.": a given name the report writes in lower case elsewhere,
     * "prosecutors said", is still one before an initial) */
    /* ("Emir D.": a title that is a given name too is the given name
     * before an initial) */
    if (j - i == 2 && initial_with_period(d, i + 1) && x_tok(d, i)->key_len >= 3 &&
        (!(x_tok(d, i)->xflags & (XT_STOP | XT_TITLE | XT_DEMONYM | XT_ORGHEAD | XT_LOCHEAD)) ||
         given_title_initial(d, i, end)) &&
        (x_tok(d, i)->xflags & (XT_COMMON | XT_GIVEN)) != XT_COMMON) {
        /* "Matthew G. Olsen": a given name's middle initial, with the
         * surname after its period ("Tarek S. Investigators said": a
         * plural opening the next sentence is no surname) */
        size_t s = j < end && is_punct(d, j, '.') ? j + 1 : j;
        static const char *const OPENERS[] = {
            "investigators", "prosecutors", "detectives", "witnesses", "neighbours",
            "neighbors",     "residents",   "relatives",  "analysts",  "experts",
            "lawyers",       "judges",      "officers",   "agents",    "suspects",
            "militants",     "soldiers",    "troops",     "sources",   "reports",
            "documents",     "records",     "students",   "others",    NULL
        };
        bool plural = s < end && x_tok_in(d, s, OPENERS);
        if ((x_tok(d, i)->xflags & XT_GIVEN) && !plural && s > j && s < end &&
            is_word(x_tok(d, s)) && (x_tok(d, s)->tflags & FNR_TF_CAP) &&
            !(x_tok(d, s)->tflags & FNR_TF_UPPER) && x_tok(d, s)->mention < 0 &&
            !(x_tok(d, s)->xflags & (XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM | XT_ORGHEAD |
                                     XT_LOCHEAD | XT_DATE | XT_ENTRY | XT_PREFIX))) {
            /* ("John F. Kennedy International Airport": a site named
             * after the person, D-5) */
            static const char *const SITES[] = { "airport", "stadium", "station", "port", NULL };
            size_t h = s + 1;
            if (h + 1 < end && x_tok_is(d, h, "international") &&
                (x_tok(d, h)->tflags & FNR_TF_CAP))
                h++;
            if (h < end && x_tok_in(d, h, SITES) && (x_tok(d, h)->tflags & FNR_TF_CAP)) {
                *out_next = h + 1;
                return add_mention(d, c->s, i, h + 1, FNR_ENTITY_LOCATION, NULL, "facility",
                                   "person_site", false, NULL);
            }
            *out_next = s + 1;
            return add_mention(d, c->s, i, s + 1, FNR_ENTITY_PERSON, NULL, NULL,
                               "person_middle_initial", false, NULL);
        }
        return add_mention(d, c->s, i, j, FNR_ENTITY_PERSON, NULL, NULL, "person_name_initial",
                           false, NULL);
    }
    /* "the Lower Austria town of St. Pölten", "the village of Koshobe": a
     * place the gazetteer does not know */
    if (i >= c->s0 + 2 && x_tok_is(d, i - 1, "of") && x_tok_in(d, i - 2, PLACE_OF_WORDS) &&
        !(x_tok(d, j - 1)->end < d->doc.len && d->doc.text[x_tok(d, j - 1)->end] == '-' &&
          (x_tok(d, j - 1)->xflags & XT_DEMONYM))) {
        /* ("the main city of Indian-controlled Kashmir": who holds the
         * place, no place) */
        /* its kind when the word is one ("town"); "a resident of Beit
         * Safafa" says none */
        return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL,
                           x_tok_which(d, i - 2, PLACE_HEADS), "place_of_kind", false, NULL);
    }
    /* "in Grafenwöhr, Bavaria", "near Penjwen, Iraq": an unknown name
     * after a word of place and before a known place's name is a place */
    if (i > c->s0 && j + 1 < end && is_punct(d, j, ',') && !run_has_given(d, i, j) &&
        (x_tok_is(d, i - 1, "in") || x_tok_is(d, i - 1, "near") || x_tok_is(d, i - 1, "outside"))) {
        const fnr_lex_entry *pe = x_key_entry(x_tok(d, j + 1)->lk, FNR_LEX_LOCATION);
        if (pe && (x_tok(d, j + 1)->tflags & FNR_TF_CAP) &&
            (j + 2 >= end || !is_word(x_tok(d, j + 2)) || !(x_tok(d, j + 2)->tflags & FNR_TF_CAP)))
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, NULL, "place_comma_place",
                               false, NULL);
    }
    /* "an airstrike near Kunyo Barrow", "a base in El Baraf": an unknown
     * name, no given name or "Abu" in it, after a word of place is a
     * place ("involved in", "Kaya's" no) */
    if (i > c->s0 && j - i <= 3 && place_after_prep(d, c->s0, i, j, end))
        return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, NULL, "place_after_prep",
                           false, NULL);
    /* "at the Old Bailey", "the Joint Chiefs of Staff": a name that takes
     * "the" is a place or a body, unless a given name or a particle says
     * person ("the late Abu Ibrahim") */
    if (i > c->s0 && x_tok_is(d, i - 1, "the") && !run_has_given(d, i, j) &&
        !(j < c->s1 && is_punct(d, j, '('))) /* "the Teşkilat-ı Mahsusa (Special ...)" */
        return FNR_OK;
    /* "the Minister of Interior Ali Yerlikaya": the portfolio after a
     * title's "of" is no part of the name that follows it ("a courier of
     * Abu Hafs al-Masri": a kunya's "Abu" is no portfolio) */
    if (i >= c->s0 + 2 && j - i >= 3 && x_tok_is(d, i - 1, "of") &&
        (x_tok(d, i - 2)->xflags & XT_TITLE) && !(x_tok(d, i)->xflags & XT_GIVEN) &&
        (x_tok(d, i + 1)->xflags & XT_GIVEN) && !x_tok_in(d, i, KUNYA_HEADS))
        i++;
    /* "a bombing at a Catholic Mass": a thing the article counts, no one's
     * name (no given name or particle in it) */
    if (i > c->s0 && (x_tok_is(d, i - 1, "a") || x_tok_is(d, i - 1, "an")) &&
        !(x_tok(d, i - 1)->tflags & FNR_TF_CAP) && !run_has_given(d, i, j) &&
        !run_has_surname(d, i, j)) /* ("a Taylor Swift concert") */
        return FNR_OK;
    if (looks_like_person(d, i, j))
        return add_mention(d, c->s, i, j, FNR_ENTITY_PERSON, NULL, NULL,
                           j - i == 1 && (x_tok(d, i)->tflags & FNR_TF_INITIALS) ? "person_initials"
                                                                                 : "person_name",
                           false, NULL);
    /* "the group's former military chief, Zulkarnaen, was sentenced": a
     * lone name set off by commas after a person's role is that person */
    if (j - i == 1 && i >= c->s0 + 2 && is_punct(d, i - 1, ',') && j < end &&
        (is_punct(d, j, ',') || is_punct(d, j, '.')) && x_tok_in(d, i - 2, APPOSED_ROLES) &&
        !(x_tok(d, i)->xflags &
          (XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM | XT_ORGHEAD | XT_LOCHEAD | XT_DATE)) &&
        !(x_tok(d, i)->tflags & FNR_TF_UPPER))
        return add_mention(d, c->s, i, j, FNR_ENTITY_PERSON, NULL, NULL, "person_apposed_role",
                           false, NULL);
    /* "Mullah Baradar", "Mawlawi Rahimullah", "Colonel Dadashi": a lone
     * unknown word after a title is the titled person's name */
    /* (alone: "Minister Özlem Türkmen" is cut by a demonym; "the General
     * Assembly", "an Imam Hatip school" are no one) */
    static const char *const NAMED_AFTER[] = { "school", "schools", "high",   "mosque",
                                               "street", "square",  "avenue", "university",
                                               "hall",   "bridge",  NULL };
    if (j - i == 1 && i > c->s0 && (x_tok(d, i - 1)->xflags & XT_TITLE) &&
        !x_tok_is(d, i - 1, "general") && !(j < end && x_tok_in(d, j, NAMED_AFTER)) &&
        (x_tok(d, i - 1)->tflags & FNR_TF_CAP) && !(x_tok(d, i)->tflags & FNR_TF_UPPER) &&
        !(j < end && is_word(x_tok(d, j)) && (x_tok(d, j)->tflags & FNR_TF_CAP)) &&
        !(x_tok(d, i)->xflags &
          (XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM | XT_ORGHEAD | XT_LOCHEAD | XT_DATE)))
        return add_mention(d, c->s, i, j, FNR_ENTITY_PERSON, NULL, NULL, "person_after_title",
                           false, NULL);
    /* A lone unknown capitalised word: maybe a surname mentioned before. */
    /* ("Police in Istanbul detained ...": a head word of bodies or places
     * is no one's name; "Directorate for State Protection (DSN)" may be a
     * body's, which the brackets tell) */
    bool head_word =
        (x_tok(d, i)->xflags & (XT_ORGHEAD | XT_LOCHEAD)) &&
        !(j < end && (x_tok_is(d, j, "for") || x_tok_is(d, j, "of") || is_punct(d, j, '(')));
    if (j - i == 1 && !head_word &&
        !(x_tok(d, i)->xflags & (XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM)))
        return add_mention(d, c->s, i, j, FNR_ENTITY_PERSON, NULL, NULL, "surname?", true, NULL);
    return FNR_OK;
}

/* A dictionary match at [i, j) with entry e; the capitalised run goes to seq. */
static const fnr_lex_entry *demonym_entry(const x_doc *d, size_t i);

static fnr_status take_lexicon(scan_ctx *c, size_t i, size_t j, size_t seq, const fnr_lex_entry *e,
                               size_t *out_next)
{
    x_doc *d = c->d;
    size_t end = c->s1;
    *out_next = j;
    /* "Nice weather helped the search": a one-word place opening a
     * sentence, in a report that writes the word in lower case elsewhere
     * and never as a name inside a sentence, is that word ("in Nice,
     * France" and "the Nice attack" name the city; "a van" does not unname
     * "Van police detained" in a report that says "in Van") */
    if (e->cls == FNR_LEX_LOCATION && j == i + 1 && seq <= j && i == c->s0 &&
        (x_tok(d, i)->xflags & XT_COMMON)) {
        const xtok *t = x_tok(d, i);
        bool named = false;
        for (size_t k = 1; k < d->toks.len && !named; k++) {
            const xtok *u = x_tok(d, k);
            named = k != i && u->hash == t->hash && same_key(u, t) && (u->tflags & FNR_TF_CAP) &&
                    x_tok(d, k - 1)->kind == FNR_TOK_WORD;
        }
        if (!named)
            return FNR_OK;
    }
    /* "the town of Adan Yabaal": after a kind of place and its "of", a
     * known name that unknown capitalised words go on from is part of a
     * longer place name */
    /* (and "Sarajevo's Novi Grad district": before a lower-case kind of
     * place, though the gazetteer knows a "Novi") */
    bool kind_before =
        i >= c->s0 + 2 && x_tok_is(d, i - 1, "of") && x_tok_in(d, i - 2, PLACE_OF_WORDS);
    bool kind_after = seq < end && (x_tok(d, seq)->xflags & XT_LOWER) &&
                      x_tok_in(d, seq, PLACE_HEADS) && i > c->s0 &&
                      (x_tok(d, i - 1)->tflags & FNR_TF_POSS);
    if (e->cls == FNR_LEX_LOCATION && seq > j && seq - i <= 4 && (kind_before || kind_after)) {
        bool unknown = true;
        for (size_t k = j; k < seq && unknown; k++)
            unknown = is_word(x_tok(d, k)) && (!x_tok(d, k)->lk || kind_after) &&
                      (x_tok(d, k)->tflags & FNR_TF_CAP) &&
                      !(x_tok(d, k)->xflags & (XT_ORGHEAD | XT_LOCHEAD | XT_COMMON | XT_DATE));
        if (unknown) {
            *out_next = seq;
            return add_mention(d, c->s, i, seq, FNR_ENTITY_LOCATION, NULL,
                               kind_before ? x_tok_which(d, i - 2, PLACE_HEADS)
                                           : x_tok_which(d, seq, PLACE_HEADS),
                               "place_of_kind", false, NULL);
        }
    }
    /* "the Marka district of Amman", "Amman's Marka district": a known
     * place's name before a part of a city of another country is the
     * part's own name, not the far place (its country is the city's) */
    if (e->cls == FNR_LEX_LOCATION && j == i + 1 && seq <= j && j < end && e->country[0] &&
        (x_tok(d, j)->xflags & XT_LOWER) &&
        (x_tok_is(d, j, "district") || x_tok_is(d, j, "neighbourhood") ||
         x_tok_is(d, j, "neighborhood") || x_tok_is(d, j, "quarter"))) {
        /* ("the Marka district of Amman" keeps the dictionary's place,
         * which the relation to Amman moves into Amman's country) */
        const fnr_lex_entry *city = NULL;
        if (i >= c->s0 + 2 && (x_tok(d, i - 1)->tflags & FNR_TF_POSS))
            city = x_key_entry(x_tok(d, i - 2)->lk, FNR_LEX_LOCATION);
        if (city && city->kind && city->country[0] && strcmp(city->country, e->country) != 0 &&
            (strcmp(city->kind, "city") == 0 || strcmp(city->kind, "capital") == 0))
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, NULL, "district",
                               "place_part_of_city", false, NULL);
    }
    /* "Jian G. worked for a lawmaker": a one-word place before the initial
     * of a withheld surname is a given name ("in Jian" stays the city) */
    if (e->cls == FNR_LEX_LOCATION && j == i + 1 && j < end && initial_with_period(d, j) &&
        !(i > c->s0 &&
          (x_tok_is(d, i - 1, "in") || x_tok_is(d, i - 1, "near") || x_tok_is(d, i - 1, "at") ||
           x_tok_is(d, i - 1, "from") || x_tok_is(d, i - 1, "of") || x_tok_is(d, i - 1, "to")))) {
        *out_next = j + 1;
        return add_mention(d, c->s, i, j + 1, FNR_ENTITY_PERSON, NULL, NULL, "name_initial", false,
                           NULL);
    }
    /* "judge Santiago Pedraz", "Presiding judge Florence Michel": after a
     * title, a one-word place before an unknown capitalised word is a
     * given name; so is one that is also a given name before a surname,
     * unless a word of place comes before it ("Fatih Yılmaz was
     * detained", "in Fatih") */
    bool given_first =
        (x_tok(d, i)->xflags & XT_GIVEN) && j < end &&
        x_key_entry(x_tok(d, j)->lk, FNR_LEX_SURNAME) &&
        !x_key_entry(x_tok(d, j)->lk, FNR_LEX_LOCATION) &&
        !x_key_entry(x_tok(d, j)->lk, FNR_LEX_ORG) &&
        !(i > c->s0 &&
          (x_tok_is(d, i - 1, "in") || x_tok_is(d, i - 1, "at") || x_tok_is(d, i - 1, "near") ||
           x_tok_is(d, i - 1, "from") || x_tok_is(d, i - 1, "to") || x_tok_is(d, i - 1, "of") ||
           x_tok_is(d, i - 1, "across") || x_tok_is(d, i - 1, "outside") ||
           x_tok_is(d, i - 1, "and") || is_punct(d, i - 1, ',')));
    if (e->cls == FNR_LEX_LOCATION && j == i + 1 && seq == j + 1 && j < end &&
        (given_first || (i > c->s0 && (x_tok(d, i - 1)->xflags & XT_TITLE))) &&
        is_word(x_tok(d, j)) && (x_tok(d, j)->tflags & FNR_TF_CAP) &&
        !(x_tok(d, j)->tflags & FNR_TF_UPPER) &&
        (!x_tok(d, j)->lk || (x_tok(d, j)->xflags & XT_GIVEN) ||
         (given_first && x_key_entry(x_tok(d, j)->lk, FNR_LEX_SURNAME))) && /* "Fatih Tekin" */
        !(x_tok(d, j)->xflags &
          (XT_COMMON | XT_STOP | XT_TITLE | XT_DEMONYM | XT_ORGHEAD | XT_LOCHEAD | XT_DATE))) {
        *out_next = j + 1;
        return add_mention(d, c->s, i, j + 1, FNR_ENTITY_PERSON, NULL, NULL, "place_as_given_name",
                           false, NULL);
    }
    /* "25,000 US dollars", "Hong Kong dollars": a currency, no place */
    if (e->cls == FNR_LEX_LOCATION && seq <= j && j < end &&
        (x_tok_is(d, j, "dollars") || x_tok_is(d, j, "dollar")))
        return FNR_OK;
    /* "US military facilities": a body's lower-case name before a thing
     * it has is a modifier (D-2a) */
    if (e->cls == FNR_LEX_ORG && seq <= j && j < end && j - i >= 2 &&
        (x_tok(d, j - 1)->xflags & XT_LOWER) && x_tok_in(d, j, OWNED_THINGS))
        return FNR_OK;
    /* ... and "a former Iranian army officer", "a Turkish police chief":
     * one person, whose body the phrase only qualifies */
    static const char *const ONE_OF_ITS_MEN[] = { "officer",  "chief",    "agent",
                                                  "official", "soldier",  "sergeant",
                                                  "analyst",  "employee", NULL };
    if (e->cls == FNR_LEX_ORG && seq <= j && j < end && j - i >= 2 && i > c->s0 &&
        (x_tok(d, j - 1)->xflags & XT_LOWER) && x_tok_in(d, j, ONE_OF_ITS_MEN) &&
        (x_tok_is(d, i - 1, "a") || x_tok_is(d, i - 1, "an") ||
         (x_tok_is(d, i - 1, "former") && i > c->s0 + 1 &&
          (x_tok_is(d, i - 2, "a") || x_tok_is(d, i - 2, "an")))))
        return FNR_OK;
    /* "Sweden's Security Service (Säpo)" is not the British one the
     * dictionary calls "Security Service": a name another country owns is
     * read as a name of its own */
    if (e->cls == FNR_LEX_ORG && e->country[0] && seq <= j && i >= c->s0 + 2 &&
        (x_tok(d, i - 1)->tflags & FNR_TF_POSS)) {
        const fnr_lex_entry *owner = x_key_entry(x_tok(d, i - 2)->lk, FNR_LEX_LOCATION);
        if (owner && owner->country[0] && strcmp(owner->country, e->country) != 0 && owner->kind &&
            strcmp(owner->kind, "country") == 0)
            return add_mention(d, c->s, i, j, FNR_ENTITY_ORGANIZATION, NULL, e->kind,
                               "name_of_owner", false, NULL);
    }
    /* "the Syrian General Security Service", "Lebanese State Security":
     * a name the dictionary gives another state's body, after a demonym,
     * is that state's body, named with the demonym */
    if (e->cls == FNR_LEX_ORG && e->country[0] && seq <= j && i > c->s0 &&
        (x_tok(d, i - 1)->xflags & XT_DEMONYM) && (x_tok(d, i - 1)->tflags & FNR_TF_CAP) &&
        x_tok(d, i - 1)->mention < 0) {
        const fnr_lex_entry *de = demonym_entry(d, i - 1);
        if (de && de->country[0] && strcmp(de->country, e->country) != 0)
            return add_mention(d, c->s, i - 1, j, FNR_ENTITY_ORGANIZATION, NULL, e->kind,
                               "demonym_of_owner", false, NULL);
    }
    /* "the People's Liberation Army of Kurdistan": a body the dictionary
     * names for one state, "of" another place, is another body */
    if (e->cls == FNR_LEX_ORG && e->country[0] && j + 1 < end && x_tok_is(d, j, "of") &&
        (x_tok(d, j + 1)->tflags & FNR_TF_CAP) && (x_tok(d, j + 1)->xflags & XT_ENTRY)) {
        const fnr_lex_entry *pe = NULL;
        size_t pj = lex_longest(d, j + 1, end, &c->kb2, &pe);
        if (pj > j + 1 && pe && pe->cls == FNR_LEX_LOCATION &&
            strcmp(pe->country, e->country) != 0) {
            *out_next = pj;
            return add_mention(d, c->s, i, pj, FNR_ENTITY_ORGANIZATION, NULL, e->kind,
                               "name_of_other_place", false, NULL);
        }
    }
    /* "the U.S. Federal Bureau of Investigation": a body the dictionary
     * names after a country's name is that body; the country stays a place */
    if (seq > j && e->cls == FNR_LEX_LOCATION && e->kind && strcmp(e->kind, "country") == 0 &&
        (x_tok(d, j)->xflags & (XT_ENTRY | XT_PREFIX))) {
        const fnr_lex_entry *oe = NULL;
        size_t oj = lex_longest(d, j, end, &c->kb2, &oe);
        if (oj >= seq && oe && oe->cls == FNR_LEX_ORG)
            return add_mention(d, c->s, i, j, FNR_ENTITY_LOCATION, e, NULL, "dictionary", false,
                               NULL);
    }
    /* "Istanbul Police", "Iraq Province": the run goes on to a head noun. */
    if (seq > j && ((x_tok(d, seq - 1)->xflags & XT_ORGHEAD) || branch_head(d, seq - 1)) &&
        !x_tok_class(d, seq - 1, XW_NAMED_OPS)) {
        bool place_prov = x_tok_is(d, seq - 1, "province") && seq == j + 1 &&
                          !preceded_by_so_called(d, i, c->s0) &&
                          !of_group_follows(d, seq, end, &c->kb2);
        if (!place_prov) {
            *out_next = seq;
            return add_mention(d, c->s, with_direction(d, c->s0, i), seq, FNR_ENTITY_ORGANIZATION,
                               NULL, org_kind_from_head(d, seq - 1), "org_head", false, NULL);
        }
    }
    if (seq > j && x_tok_class(d, seq - 1, XW_NAMED_OPS))
        return FNR_OK;
    /* "Counter Terrorism Policing North West": a region of the body named
     * before, not the district the gazetteer spells so */
    if (e->cls == FNR_LEX_LOCATION && i > c->s0 && x_tok(d, i - 1)->mention >= 0 &&
        x_men(d, (size_t)x_tok(d, i - 1)->mention)->type == FNR_ENTITY_ORGANIZATION) {
        bool directions = true;
        for (size_t k = i; k < j && directions; k++)
            directions = x_tok_class(d, k, XW_DIRECTIONS);
        if (directions)
            return FNR_OK;
    }
    /* "Nema Sagara": two places of two countries side by side name no
     * place; a person bears them */
    if (e->cls == FNR_LEX_LOCATION && j == i + 1 && seq == j + 1 && e->country[0] &&
        !(e->kind && (strcmp(e->kind, "country") == 0 || strcmp(e->kind, "capital") == 0))) {
        const fnr_lex_entry *e2 = x_key_entry(x_tok(d, j)->lk, FNR_LEX_LOCATION);
        if (e2 && e2->country[0] && strcmp(e2->country, e->country) != 0 &&
            !(e2->kind && (strcmp(e2->kind, "country") == 0 || strcmp(e2->kind, "capital") == 0))) {
            *out_next = seq;
            return add_mention(d, c->s, i, seq, FNR_ENTITY_PERSON, NULL, NULL, "person_name", false,
                               NULL);
        }
    }
    /* "Salahuddin Farooqui", "Kirkuk Hassan" no: a one-word province or
     * town the gazetteer knows, then a surname it does not know, after no
     * word of place, is a person's name */
    if (seq == j + 1 && j == i + 1 && !x_tok(d, j)->lk && e->cls == FNR_LEX_LOCATION &&
        !(x_tok(d, j)->tflags & FNR_TF_UPPER) &&
        !(x_tok(d, j)->xflags & (XT_COMMON | XT_DATE | XT_PARTICLE)) &&
        !(e->kind && (strcmp(e->kind, "country") == 0 || strcmp(e->kind, "capital") == 0)) &&
        !(i > c->s0 && (x_tok(d, i - 1)->xflags & XT_LOWER) &&
          (x_tok_is(d, i - 1, "in") || x_tok_is(d, i - 1, "near") || x_tok_is(d, i - 1, "from") ||
           x_tok_is(d, i - 1, "of") || x_tok_is(d, i - 1, "at") || x_tok_is(d, i - 1, "to") ||
           x_tok_is(d, i - 1, "the") || x_tok_is(d, i - 1, "across") ||
           x_tok_is(d, i - 1, "outside"))) &&
        looks_like_person(d, i, seq)) {
        *out_next = seq;
        return add_mention(d, c->s, i, seq, FNR_ENTITY_PERSON, NULL, NULL, "person_name", false,
                           NULL);
    }
    if (e->cls == FNR_LEX_LOCATION && j - i >= 2 && (x_tok(d, j - 1)->xflags & XT_LOCHEAD)) {
        const fnr_lex_entry *e2 = NULL;
        /* but "the Kurdistan Region" is Iraq's, "Kurdistan" no one state's */
        /* (nor is "the Olive Branch region" of Syria a town in the US) */
        /* (but "Mexico City", "Kuwait City", "New York City" are cities,
         * not the country or state their first words name) */
        bool city = e->kind && (strcmp(e->kind, "city") == 0 || strcmp(e->kind, "capital") == 0) &&
                    x_tok_is(d, j - 1, "city");
        /* (nor are "the Sinjar Mountains" the town of Sinjar) */
        bool range = e->kind && strcmp(e->kind, "mountain") == 0;
        /* (and "Istanbul Airport", "Frankfurt Airport" are the sites the
         * dictionary names, not their cities with a head after) */
        bool site = e->kind && strcmp(e->kind, "facility") == 0;
        if (!site && lex_longest(d, i, j - 1, &c->kb2, &e2) == j - 1 && e2 &&
            e2->cls == FNR_LEX_LOCATION && (e2->country[0] || !e->country[0]) &&
            !(range && !(e2->kind && strcmp(e2->kind, "mountain") == 0)) &&
            !(e->country[0] && e2->country[0] && strcmp(e->country, e2->country) != 0) &&
            !(city && e2->kind &&
              (strcmp(e2->kind, "country") == 0 || strcmp(e2->kind, "state") == 0 ||
               strcmp(e2->kind, "province") == 0 || strcmp(e2->kind, "region") == 0 ||
               strcmp(e2->kind, "governorate") == 0))) {
            e = e2; /* "the Nineveh province of Iraq" -> Nineveh */
            j = j - 1;
            /* (the head is read: "the Cudi Mountain area" is no place
             * "Mountain area" besides Cudi) */
            *out_next = j + 1;
        }
    }
    fnr_entity_type type = e->cls == FNR_LEX_LOCATION ? FNR_ENTITY_LOCATION
                           : e->cls == FNR_LEX_ORG    ? FNR_ENTITY_ORGANIZATION
                                                      : FNR_ENTITY_PERSON;
    /* "the Ankara Courthouse", "Izmir Airport": a place's name before a
     * capitalised head of a site names the site (D-5) */
    if (type == FNR_ENTITY_LOCATION && j < end && (x_tok(d, j)->xflags & XT_LOCHEAD) &&
        (x_tok(d, j)->tflags & FNR_TF_CAP) && !(x_tok(d, j)->tflags & FNR_TF_UPPER)) {
        const fnr_lex_entry *h = x_key_entry(x_tok(d, j)->lk, FNR_LEX_LOC_HEAD);
        if (h && h->kind && strcmp(h->kind, "facility") == 0) {
            *out_next = j + 1;
            return add_mention(d, c->s, i, j + 1, FNR_ENTITY_LOCATION, NULL, "facility",
                               "place_site", false, NULL);
        }
    }
    if (type == FNR_ENTITY_LOCATION && j < end) {
        /* "Istanbul police", "Ankara police" => the police force. */
        if (x_tok_class(d, j, XW_LOWER_ORG_HEADS) && !(x_tok(d, j)->tflags & FNR_TF_CAP)) {
            *out_next = j + 1;
            return add_mention(d, c->s, i, j + 1, FNR_ENTITY_ORGANIZATION, NULL,
                               org_kind_from_head(d, j), "place_police", false, NULL);
        }
        /* "the so-called Damascus province of Daesh" => a sub-unit. */
        if (x_tok_class(d, j, XW_SUBUNIT_HEADS) &&
            (preceded_by_so_called(d, i, c->s0) || of_group_follows(d, j + 1, end, &c->kb2) ||
             group_owns(d, i, c->s0))) {
            *out_next = j + 1;
            return add_mention(d, c->s, i, j + 1, FNR_ENTITY_ORGANIZATION, NULL, "militant_group",
                               "group_subunit", false, NULL);
        }
        /* "the Izmir Chief Public Prosecutor's Office", "the Seoul Central
         * District Prosecutors' Office": the office */
        size_t q = j;
        while (q < end && q - j < 3 && x_tok_in(d, q, PROSECUTOR_RANKS))
            q++;
        size_t office = prosecutor_office_end(d, q, end);
        if (office > q) {
            *out_next = office;
            return add_mention(d, c->s, i, office, FNR_ENTITY_ORGANIZATION, NULL, "court",
                               "place_prosecutor", false, NULL);
        }
        /* "the Istanbul Governor's Office": the governor's, a body */
        if (j + 2 < end && x_tok_is(d, j, "governor") && (x_tok(d, j)->tflags & FNR_TF_CAP) &&
            (x_tok(d, j + 1)->tflags & FNR_TF_POSS) && x_tok_is(d, j + 2, "office") &&
            (x_tok(d, j + 2)->tflags & FNR_TF_CAP)) {
            *out_next = j + 3;
            return add_mention(d, c->s, i, j + 3, FNR_ENTITY_ORGANIZATION, NULL, "government",
                               "place_governor", false, NULL);
        }
        /* "the Stade de France", "Santiago de Compostela": a longer name
         * the place's begins, in a language that joins with "de" */
        if (j + 1 < end && (x_tok_is(d, j, "de") || x_tok_is(d, j, "du") || x_tok_is(d, j, "des") ||
                            x_tok_is(d, j, "del"))) {
            size_t k = j + 1;
            if (k + 1 < end && (x_tok_is(d, k, "la") || x_tok_is(d, k, "los")))
                k++;
            if (is_word(x_tok(d, k)) && (x_tok(d, k)->tflags & FNR_TF_CAP) &&
                !(x_tok(d, k)->tflags & FNR_TF_UPPER)) {
                size_t e2 = cap_sequence(d, k, end);
                *out_next = e2;
                return add_mention(d, c->s, i, e2, FNR_ENTITY_LOCATION, NULL, NULL, "place_de_name",
                                   false, NULL);
            }
        }
        /* "Tunisia national": a nationality, not the place. */
        if (x_tok_in(d, j, NATIONAL_WORDS))
            return FNR_OK;
        /* "the Santa Maria church" names one; "an Istanbul church",
         * "attack on Istanbul church" (a headline) say where one is */
        if (x_tok_in(d, j, BUILDING_WORDS) && !(e->kind && strcmp(e->kind, "country") == 0) &&
            ((x_tok(d, j)->tflags & FNR_TF_CAP) || (i > c->s0 && x_tok_is(d, i - 1, "the")))) {
            *out_next = j + 1;
            return add_mention(d, c->s, i, j + 1, FNR_ENTITY_LOCATION, NULL, "facility",
                               "place_building", false, NULL);
        }
        /* "Istanbul Airport", "Athens International Airport", "Mersin
         * Port": a facility named after its place (D-5) */
        static const char *const FACILITIES[] = { "airport", "port",    "harbour",
                                                  "harbor",  "station", "stadium",
                                                  "prison",  "airbase", NULL };
        size_t h = j;
        if (h + 1 < end && x_tok_is(d, h, "international") && (x_tok(d, h)->tflags & FNR_TF_CAP))
            h++;
        /* ("Ankara Train Station", "Kadıköy Bus Station", "Sirkeci Railway
         * Station") */
        if (h + 1 < end && (x_tok(d, h)->tflags & FNR_TF_CAP) && x_tok_is(d, h + 1, "station") &&
            (x_tok_is(d, h, "train") || x_tok_is(d, h, "railway") || x_tok_is(d, h, "bus") ||
             x_tok_is(d, h, "metro") || x_tok_is(d, h, "central") || x_tok_is(d, h, "police")))
            h++;
        if (h + 1 < end && x_tok_is(d, h, "air") && x_tok_is(d, h + 1, "base"))
            h++;
        if (h < end && (x_tok(d, h)->tflags & FNR_TF_CAP) &&
            (x_tok_in(d, h, FACILITIES) || (h > j && x_tok_is(d, h, "base")))) {
            *out_next = h + 1;
            return add_mention(d, c->s, i, h + 1, FNR_ENTITY_LOCATION, NULL, "facility",
                               "place_facility", false, NULL);
        }
        /* "Van Ferit Melen Airport", "Ankara Esenboğa Airport": a city's
         * name, then the person's or place's the site is named after, then
         * the site's head; the whole is the site's name (D-5) */
        h = j;
        while (h < end && h - j < 3 && is_word(x_tok(d, h)) && (x_tok(d, h)->tflags & FNR_TF_CAP) &&
               !(x_tok(d, h)->tflags & FNR_TF_UPPER) &&
               !(x_tok(d, h)->xflags & (XT_STOP | XT_TITLE | XT_ORGHEAD | XT_LOCHEAD)))
            h++;
        if (h > j && h < end && !(e->kind && strcmp(e->kind, "country") == 0)) {
            size_t head = h;
            if (head + 1 < end && x_tok_is(d, head, "international") &&
                (x_tok(d, head)->tflags & FNR_TF_CAP))
                head++;
            if (head + 1 < end && x_tok_is(d, head, "air") && x_tok_is(d, head + 1, "base"))
                head++;
            if ((x_tok(d, head)->tflags & FNR_TF_CAP) &&
                (x_tok_in(d, head, FACILITIES) || (head > h && x_tok_is(d, head, "base")))) {
                *out_next = head + 1;
                return add_mention(d, c->s, i, head + 1, FNR_ENTITY_LOCATION, NULL, "facility",
                                   "place_named_facility", false, NULL);
            }
        }
    }
    return add_mention(d, c->s, i, j, type, e, NULL, "dictionary", false, NULL);
}

/* The dictionary's record of the demonym at token i ("Turkish", or the
 * plural "Turks"), or NULL. */
static const fnr_lex_entry *demonym_entry(const x_doc *d, size_t i)
{
    const xtok *dem = x_tok(d, i);
    const fnr_lex_entry *de = x_key_entry(dem->lk, FNR_LEX_DEMONYM);
    if (!de && dem->key_len > 1)
        de = fnr_lexicon_find(d->x->lex, dem->key, dem->key_len - 1, FNR_LEX_DEMONYM);
    return de;
}

/* The dictionary's group of a country's forces as a whole, named by the
 * demonym at token i ("Iraqi army" -> Iraqi Security Forces), or 0: "the
 * Iraqi military" is the army, not the Counter-Terrorism Service beside it. */
static uint32_t forces_group(const x_doc *d, size_t i)
{
    static const char *const HEADS[] = { " army", " armed forces", " military" };
    const xtok *t = x_tok(d, i);
    char key[96];
    for (size_t h = 0; h < sizeof HEADS / sizeof *HEADS; h++) {
        size_t hl = strlen(HEADS[h]);
        if (t->key_len + hl > sizeof key)
            return 0;
        memcpy(key, t->key, t->key_len);
        memcpy(key + t->key_len, HEADS[h], hl);
        const fnr_lex_entry *const *items;
        size_t k = fnr_lexicon_get(d->x->lex, key, t->key_len + hl, &items);
        for (size_t q = 0; q < k; q++)
            if (items[q]->cls == FNR_LEX_ORG)
                return items[q]->group;
    }
    return 0;
}

/* Demonym + institution: "Turkish intelligence", "Turkish police". */
static fnr_status demonym_institution(scan_ctx *c, size_t i, size_t *out_next)
{
    static const char *const heads[] = { "intelligence", "police", "army", "military",
                                         "gendarmerie",  "navy",   NULL };
    static const char *const plural_after[] = { "services",    "agencies", "history",
                                                "community",   "circles",  "officials",
                                                "authorities", "sources",  NULL };
    /* "Greek counterterrorism police": one word of what kind between */
    static const char *const kinds[] = {
        "counterterrorism", "counter terrorism", "anti terror", "anti terrorism", "riot", "border",
        "federal",          "military",          "secret",      "special",        NULL
    };
    x_doc *d = c->d;
    *out_next = i + 1;
    size_t h = i + 1; /* the head */
    if (h + 1 < c->s1 && x_tok_in(d, h, kinds) && !(x_tok(d, h)->tflags & FNR_TF_CAP) &&
        x_tok_in(d, h + 1, heads))
        h++;
    if (h >= c->s1 || !x_tok_in(d, h, heads))
        return FNR_OK;
    if (x_tok(d, h)->tflags & FNR_TF_CAP)
        return FNR_OK; /* "Turkish National Police" is a name, handled elsewhere */
    /* "Turkish intelligence services", "Turkish military bases": no one
     * named (D-3), even where the dictionary knows "Turkish military" */
    if (h + 1 < c->s1 && (x_tok_in(d, h + 1, plural_after) || x_tok_in(d, h + 1, OWNED_THINGS))) {
        *out_next = h + 2;
        return FNR_OK;
    }
    if (i > c->s0 &&
        (x_tok_is(d, i - 1, "and") || x_tok_is(d, i - 1, "a") || x_tok_is(d, i - 1, "an") ||
         x_tok_is(d, i - 1, "modern") ||
         /* "British, French and Turkish intelligence" is several; "Last
          * month, Iraqi intelligence shared" one */
         (is_punct(d, i - 1, ',') && i - 1 > c->s0 && (x_tok(d, i - 2)->xflags & XT_DEMONYM))))
        return FNR_OK;
    if (h + 2 < c->s1 && x_tok_is(d, h + 1, "and") && (x_tok(d, h + 2)->xflags & XT_DEMONYM))
        return FNR_OK;
    const fnr_lex_entry *known = NULL;
    if (lex_longest(d, i, c->s1, &c->kb, &known) >= h + 1 && known->cls == FNR_LEX_ORG)
        return FNR_OK; /* "Israeli police" is in the dictionary: the name scan takes it */
    /* "the Dutch military service", "an Iranian intelligence agency": a
     * paraphrase of a body the dictionary does not name so (D-4) */
    if (h + 1 < c->s1 && (x_tok_is(d, h + 1, "service") || x_tok_is(d, h + 1, "agency"))) {
        *out_next = h + 2;
        return FNR_OK;
    }
    *out_next = h + 1;
    return add_mention(d, c->s, i, h + 1, FNR_ENTITY_ORGANIZATION, NULL, org_kind_from_head(d, h),
                       "demonym_institution", true, NULL);
}

/* Whether a dictionary body of this kind is one every state has its own
 * of: a ministry, a police force, a service, an army, a court. */
static bool state_body_kind(const char *kind)
{
    static const char *const KINDS[] = { "government", "police", "intelligence_service",
                                         "armed_forces", "court" };
    for (size_t k = 0; kind && k < sizeof KINDS / sizeof *KINDS; k++)
        if (strcmp(kind, KINDS[k]) == 0)
            return true;
    return false;
}

/* Whether the month's name at token i is a given name ("Jan Marsalek",
 * "August Hanning"): a capitalised word the lexicon does not know follows,
 * and no word that leads a date comes before ("in May Turkish police"). */
static bool month_as_given(const x_doc *d, size_t i, size_t s0, size_t s1)
{
    static const char *const BEFORE[] = { "in",      "on",   "since", "until",  "from",   "of",
                                          "early",   "late", "mid",   "last",   "next",   "through",
                                          "between", "and",  "to",    "during", "before", "after",
                                          "this",    "that", "every", "each" };
    const xtok *t = x_tok(d, i);
    if (!(t->xflags & XT_STOP) || !(t->xflags & XT_DATE) || !(t->tflags & FNR_TF_CAP) ||
        (t->tflags & FNR_TF_ABBREV) || i + 1 >= s1)
        return false;
    const xtok *n = x_tok(d, i + 1);
    if (n->kind != FNR_TOK_WORD || !(n->tflags & FNR_TF_CAP) || (n->tflags & FNR_TF_UPPER) ||
        n->lk || (n->xflags & (XT_COMMON | XT_DATE)) || n->mention >= 0 ||
        x_tok_is(d, i + 1, "day"))
        return false; /* "May Day" */
    for (size_t b = 0; i > s0 && b < sizeof BEFORE / sizeof *BEFORE; b++)
        if (x_tok_is(d, i - 1, BEFORE[b])) {
            /* "from March to May", "the 5th of May": "to", "and", "of" lead
             * a date only after one ("data to Jan Marsalek", "Jan S. and
             * August Hanning") */
            if (!(x_tok_is(d, i - 1, "to") || x_tok_is(d, i - 1, "and") ||
                  x_tok_is(d, i - 1, "of")))
                return false;
            for (size_t k = i - 1; k > s0 && i - k < 4; k--)
                if ((x_tok(d, k - 1)->xflags & XT_DATE) && x_tok(d, k - 1)->mention < 0)
                    return false;
        }
    return true;
}

/* The dictionary's place right after the last "of" of mention m ("the
 * Supreme Court of Kenya"), or NULL. */
static const fnr_lex_entry *place_after_of(const x_doc *d, const xmention *m)
{
    for (size_t k = m->tok1 - 1; k > m->tok0; k--)
        if (x_tok_is(d, k - 1, "of"))
            return x_key_entry(x_tok(d, k)->lk, FNR_LEX_LOCATION);
    return NULL;
}

/* Words before a platform's name that make it the medium of a message. */
static const char *const MEDIUM_PREPS[] = { "on", "via", "through", "over", "using", NULL };

/* The state a mission named without a demonym belongs to: a country's
 * name before it ("the US Embassy") or after its "of" ("the Embassy of
 * Iraq"); a city's ("the Ankara Embassy") tells where it is, not whose. */
static const fnr_lex_entry *sending_state(const x_doc *d, const xmention *m)
{
    const fnr_lex_entry *e = x_key_entry(x_tok(d, m->tok0)->lk, FNR_LEX_LOCATION);
    if (!e)
        e = place_after_of(d, m);
    return e && strcmp(e->kind, "country") == 0 ? e : NULL;
}

/* Whether the capitalised word at token i, a stopword that is also a given
 * name ("Islam Magomedov", "Islam Karimov"), opens a person's name: a
 * capitalised word the lexicon does not know follows. */
static bool stopword_as_given(const x_doc *d, size_t i, size_t s1)
{
    const xtok *t = x_tok(d, i);
    if ((t->xflags & (XT_STOP | XT_GIVEN)) != (XT_STOP | XT_GIVEN) || (t->xflags & XT_DATE) ||
        !(t->tflags & FNR_TF_CAP) || (t->tflags & FNR_TF_UPPER) || i + 1 >= s1)
        return false;
    /* "Islam A.": the initial of a withheld surname */
    if (initial_with_period(d, i + 1))
        return true;
    const xtok *n = x_tok(d, i + 1);
    return n->kind == FNR_TOK_WORD && (n->tflags & FNR_TF_CAP) && !(n->tflags & FNR_TF_UPPER) &&
           !n->lk && !(n->xflags & (XT_COMMON | XT_DATE)) && n->mention < 0;
}

/* Whether the particle at token i and the capitalised word after it end
 * the name of a person mentioned before ("Van Duyse" after "Eric Van
 * Duyse"). Read only at a particle that is also a place's name. */
static bool told_surname(const x_doc *d, size_t i)
{
    if (i + 1 >= d->toks.len || !(x_tok(d, i + 1)->tflags & FNR_TF_CAP))
        return false;
    const xtok *a = x_tok(d, i), *b = x_tok(d, i + 1);
    for (size_t m = 0; m < d->mentions.len; m++) {
        const xmention *p = x_men(d, m);
        if (p->type != FNR_ENTITY_PERSON || p->tok1 - p->tok0 < 3 || !p->key_len)
            continue;
        const xtok *pa = x_tok(d, p->tok1 - 2), *pb = x_tok(d, p->tok1 - 1);
        if (pa->key_len == a->key_len && memcmp(pa->key, a->key, a->key_len) == 0 &&
            pb->key_len == b->key_len && memcmp(pb->key, b->key, b->key_len) == 0)
            return true;
    }
    return false;
}

/* "Jasir Bilal Wani": after an unknown first name and a given name, a
 * town's name (a small place, no province) is the family name; so is a
 * small city's ("Abdiweli Hassan Farah", a city of some 40,000). */
static bool town_surname(const x_doc *d, size_t g, size_t k)
{
    const xtok *t = x_tok(d, k);
    if (!(x_tok(d, g)->xflags & XT_GIVEN) || (x_tok(d, g)->xflags & (XT_TITLE | XT_PARTICLE)) ||
        !(t->xflags & XT_ENTRY) || (t->tflags & FNR_TF_UPPER))
        return false;
    const fnr_lex_entry *e = x_key_entry(t->lk, FNR_LEX_LOCATION);
    return e && e->kind &&
           (strcmp(e->kind, "town") == 0 ||
            (strcmp(e->kind, "city") == 0 && e->population && e->population < 100000)) &&
           !x_key_entry(t->lk, FNR_LEX_ORG);
}

static fnr_status scan_names(scan_ctx *c)
{
    x_doc *d = c->d;
    size_t i = c->s0;
    while (i < c->s1) {
        xtok *t = x_tok(d, i);
        if (t->mention >= 0 || !is_word(t)) {
            i++;
            continue;
        }
        if (t->xflags & XT_DEMONYM) {
            size_t next;
            fnr_status st = demonym_institution(c, i, &next);
            if (st != FNR_OK)
                return st;
            if (next > i + 1 || !(t->xflags & XT_NAMELIKE) ||
                x_key_entry(t->lk, FNR_LEX_LOCATION) == NULL) {
                /* demonyms are never entities; but "Kosovo" may be both */
                if (next > i + 1 || !(t->xflags & XT_NAMELIKE)) {
                    i = next;
                    continue;
                }
            }
        }
        /* "al Qaeda", "el Shabaab" with a space: the particle opens the
         * dictionary's name */
        if ((t->xflags & (XT_NAMELIKE | XT_PARTICLE)) == XT_PARTICLE &&
            (x_tok_is(d, i, "al") || x_tok_is(d, i, "el")) && i + 1 < c->s1 &&
            (x_tok(d, i + 1)->tflags & FNR_TF_CAP)) {
            const fnr_lex_entry *pe = NULL;
            size_t pj = lex_longest(d, i, c->s1, &c->kb, &pe);
            if (pj > i + 1 && pe && entity_class(pe->cls)) {
                size_t next = pj;
                fnr_status st = take_lexicon(c, i, pj, pj, pe, &next);
                if (st != FNR_OK)
                    return st;
                i = next > i ? next : i + 1;
                continue;
            }
        }
        /* "i-Soon", "e-Devlet": a brand's lower-case letter and hyphen
         * before a capitalised word name a company or service */
        if ((t->tflags & FNR_TF_HYPHEN) && t->end - t->start > 3) {
            const char *w = d->doc.text + t->start;
            if (w[0] >= 'a' && w[0] <= 'z' && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z') {
                fnr_status st = add_mention(d, c->s, i, i + 1, FNR_ENTITY_ORGANIZATION, NULL,
                                            "company", "brand_name", false, NULL);
                if (st != FNR_OK)
                    return st;
                i++;
                continue;
            }
        }
        if (!(t->xflags & XT_NAMELIKE)) {
            i++;
            continue;
        }
        const fnr_lex_entry *e = NULL;
        size_t j = lex_longest(d, i, c->s1, &c->kb, &e);
        /* "claimed the attack on Telegram", "instructions via WhatsApp": a
         * platform named as the medium of a message is no party to anything
         * (GUIDELINES D-18); "Telegram blocked the channels" names it */
        if (j > i && e->cls == FNR_LEX_ORG && strcmp(e->kind, "platform") == 0 && i > c->s0 &&
            (x_tok_in(d, i - 1, MEDIUM_PREPS) ||
             /* "on Telegram and WhatsApp", "on X and Facebook" */
             (i >= c->s0 + 3 && (x_tok_is(d, i - 1, "and") || x_tok_is(d, i - 1, "or")) &&
              x_tok_in(d, i - 3, MEDIUM_PREPS)))) {
            i = j;
            continue;
        }
        /* "the French General Directorate for Internal Security", "the Saudi
         * Presidency of State Security": the demonym before a body the
         * dictionary names (of two words or more) is no part of it, unless
         * the dictionary names it with the demonym ("Turkish National
         * Intelligence Organisation") */
        /* ... but a body every state has, which the dictionary names
         * without a state ("the Norwegian Foreign Ministry", "the Danish
         * Security Service"), is that state's: the demonym names it */
        /* ("the French DGSI", "the German BfV": so is the demonym before a
         * body's one-word name the dictionary knows) */
        if ((t->xflags & XT_DEMONYM) && !(j > i + 1 && e->cls == FNR_LEX_ORG) && i + 1 < c->s1 &&
            x_tok(d, i + 1)->lk && (x_tok(d, i + 1)->tflags & FNR_TF_CAP)) {
            /* a name of two words or more goes on in capitals or with "of" */
            bool more = i + 2 < c->s1 &&
                        ((x_tok(d, i + 2)->tflags & FNR_TF_CAP) || x_tok_is(d, i + 2, "of"));
            bool one = !(i + 2 < c->s1 && (x_tok(d, i + 2)->tflags & FNR_TF_CAP));
            const fnr_lex_entry *oe = NULL;
            size_t oj = lex_longest(d, i + 1, c->s1, &c->kb, &oe);
            if (oe && oe->cls == FNR_LEX_ORG && ((more && oj > i + 2) || (one && oj == i + 2))) {
                if (!oe->country[0] && state_body_kind(oe->kind)) {
                    fnr_status st = add_mention(d, c->s, i, oj, FNR_ENTITY_ORGANIZATION, NULL,
                                                oe->kind, "demonym_body", false, NULL);
                    if (st != FNR_OK)
                        return st;
                    i = oj;
                } else
                    i++;
                continue;
            }
        }
        /* "directed by Jan Marsalek": a month's name before an unknown
         * capitalised word, with no preposition of time before it, is a
         * given name */
        if (j == i && (month_as_given(d, i, c->s0, c->s1) || stopword_as_given(d, i, c->s1))) {
            size_t end = cap_sequence(d, i + 1, c->s1);
            fnr_status st = add_mention(d, c->s, i, end, FNR_ENTITY_PERSON, NULL, NULL,
                                        "person_name", false, NULL);
            if (st != FNR_OK)
                return st;
            i = end;
            continue;
        }
        /* "the state news agency Petra", "Mizan news agency": a name beside
         * "news agency" is the agency's, whatever else it may name */
        /* (only in a sentence that holds the word "agency") */
        bool before = false, after = false;
        if (x_sent(d, c->s)->may_agency) {
            size_t news = i + 1;
            while (news < c->s1 && news - i < 3 && (x_tok(d, news)->tflags & FNR_TF_CAP))
                news++;
            after = news + 1 < c->s1 && x_tok_is(d, news, "news") &&
                    x_tok_is(d, news + 1, "agency") && !(x_tok(d, news)->tflags & FNR_TF_CAP);
            before = i >= c->s0 + 2 && x_tok_is(d, i - 1, "agency") && x_tok_is(d, i - 2, "news") &&
                     !(x_tok(d, i - 1)->tflags & FNR_TF_CAP);
        }
        if ((before || after) && !(j > i && e->cls == FNR_LEX_ORG) &&
            !(t->xflags & (XT_STOP | XT_TITLE))) {
            size_t seq = cap_sequence(d, i, c->s1);
            if (seq > i && seq - i <= 3) {
                /* the dictionary's agency of that name, if any ("Anadolu") */
                const fnr_lex_entry *oe = seq - i == 1 ? x_key_entry(t->lk, FNR_LEX_ORG) : NULL;
                fnr_status st =
                    add_mention(d, c->s, i, seq, FNR_ENTITY_ORGANIZATION, oe,
                                oe ? oe->kind : "media", "news_agency_name", false, NULL);
                if (st != FNR_OK)
                    return st;
                i = seq;
                continue;
            }
        }
        /* Skip a leading stopword, title or direction word unless the dictionary
         * knows the phrase ("The Hague", "North Macedonia"). */
        /* ... but "the so-called Western Sector" is a sub-unit's name */
        bool unit = x_tok_class(d, i, XW_DIRECTIONS) && i + 1 < c->s1 &&
                    x_tok_class(d, i + 1, XW_SUBUNIT_HEADS) &&
                    (x_tok(d, i + 1)->tflags & FNR_TF_CAP) && preceded_by_so_called(d, i, c->s0);
        /* ... and "the General Service Unit", "the Security Directorate"
         * are bodies' names ("general" is a rank and an adjective, "security"
         * a word that opens sentences; "Commander of X" is a title, "Security
         * Forces" the generic forces) */
        bool titled_body = false;
        if (j == i && (x_tok_is(d, i, "general") || x_tok_is(d, i, "security")) && i + 1 < c->s1 &&
            (x_tok(d, i + 1)->tflags & FNR_TF_CAP)) {
            size_t sq = cap_sequence(d, i, c->s1);
            titled_body = sq - i >= 2 && (x_tok(d, sq - 1)->xflags & XT_ORGHEAD) &&
                          !x_tok_is(d, sq - 1, "forces");
        }
        if (j == i && !unit && !titled_body && !given_title_initial(d, i, c->s1) &&
            !given_title_names(d, i, c->s1) &&
            ((t->xflags & (XT_STOP | XT_TITLE)) || x_tok_class(d, i, XW_DIRECTIONS))) {
            i++;
            continue;
        }
        if (j > i && j == i + 1 && (t->xflags & XT_STOP) && e->cls != FNR_LEX_ORG) {
            i++;
            continue;
        }
        size_t seq = cap_sequence(d, i, c->s1);
        /* "The National Intelligence Organization": the article is part of a
         * name only when a dictionary name is exactly the run ("The Hague"). */
        if (x_tok_is(d, i, "the") && !(j > i && j == seq)) {
            i++;
            continue;
        }
        /* Law titles are not entities: "Law No 2937 on State Intelligence
         * Services", "the Law on the State Intelligence Services". */
        size_t on = i > c->s0 && x_tok_is(d, i - 1, "the") ? i - 1 : i;
        if (j == i && on > c->s0 && x_tok_is(d, on - 1, "on")) {
            bool law = false;
            for (size_t q = on - 1; q > c->s0 && on - q < 6; q--)
                law = law || x_tok_is(d, q - 1, "law");
            if (law) {
                i = seq > i ? seq : i + 1;
                continue;
            }
        }
        /* Report titles are not entities either: "the EU Terrorism
         * Situation and Trend Report", "its Annual Threat Assessment" */
        if (j == i && seq > i + 1) {
            static const char *const DOC_HEADS[] = { "report", "reports",  "assessment",
                                                     "index",  "strategy", NULL };
            size_t r = seq;
            if (r + 2 < c->s1 && x_tok_is(d, r, "and") && (x_tok(d, r + 1)->tflags & FNR_TF_CAP))
                r = cap_sequence(d, r + 1, c->s1);
            if (x_tok_in(d, r - 1, DOC_HEADS) && (x_tok(d, r - 1)->tflags & FNR_TF_CAP)) {
                i = r;
                continue;
            }
        }
        size_t next = i + 1;
        fnr_status st;
        if (j == i + 1 && (t->xflags & XT_PARTICLE) && e->cls == FNR_LEX_LOCATION &&
            told_surname(d, i)) {
            /* "Eric Van Duyse ... Van Duyse said": the particle and the
             * surname of a person named before, not the Turkish city */
            st = add_mention(d, c->s, i, i + 2, FNR_ENTITY_PERSON, NULL, NULL, "surname", false,
                             NULL);
            next = i + 2;
        } else if (j > i && e->cls == FNR_LEX_LOCATION && j < c->s1 &&
                   (x_tok(d, j)->tflags & FNR_TF_CAP) && x_tok_in(d, j, TR_PLACE_HEADS)) {
            /* "Fatih Mahallesi", "Merkez Köyü": a Turkish address names a
             * neighbourhood or village of its own, not the known place its
             * first word is */
            st = add_mention(d, c->s, i, j + 1, FNR_ENTITY_LOCATION, NULL, NULL, "loc_head", false,
                             NULL);
            next = j + 1;
        } else if (j == i + 1 && e->cls == FNR_LEX_LOCATION && (t->xflags & XT_GIVEN) &&
                   j + 1 < c->s1 && (x_tok(d, j)->xflags & XT_PARTICLE) &&
                   !(x_tok(d, j)->tflags & FNR_TF_CAP) && (x_tok(d, j + 1)->tflags & FNR_TF_CAP) &&
                   seq > j + 1) {
            /* "Charlotte von Essen", "Florence de Rijk": a given name, a
             * lower-case particle and a capitalised word are a person's
             * name, though the given name and the surname are towns */
            st = add_mention(d, c->s, i, seq, FNR_ENTITY_PERSON, NULL, NULL, "person_particle",
                             false, NULL);
            next = seq;
        } else if (seq >= i + 2 && seq <= i + 3 && national_before(d, c->s0, i, seq)) {
            /* "Russian national Diyaz Kasimov": two or three capitalised
             * words after "national" name a person, though one of them is
             * a town */
            st = add_mention(d, c->s, i, seq, FNR_ENTITY_PERSON, NULL, NULL, "person_national",
                             false, NULL);
            next = seq;
        } else if (j > i)
            st = take_lexicon(c, i, j, seq, e, &next);
        else if (seq > i) {
            /* A title inside the run: "President Recep Tayyip Erdogan"
             * (a body's name may open with one: "the General Service Unit") */
            size_t k = i;
            bool body = x_tok(d, seq - 1)->xflags & XT_ORGHEAD;
            /* "the Consulate General of Russia": the rank is the mission's
             * ("the Directorate General of Migration Management" a body's) */
            size_t gen_end = seq;
            if (x_tok_is(d, i, "directorate") && seq == i + 2 && seq + 1 < c->s1 &&
                x_tok_is(d, seq, "of") && (x_tok(d, seq + 1)->tflags & FNR_TF_CAP) &&
                x_tok(d, seq + 1)->mention < 0)
                gen_end = cap_sequence(d, seq + 1, c->s1);
            if ((x_tok_is(d, i, "consulate") || x_tok_is(d, i, "directorate")) && i + 3 < gen_end &&
                x_tok_is(d, i + 1, "general") && x_tok_is(d, i + 2, "of")) {
                st = add_mention(d, c->s, i, gen_end, FNR_ENTITY_ORGANIZATION, NULL,
                                 org_kind_from_head(d, i), "institution_of", false, NULL);
                if (st != FNR_OK)
                    return st;
                i = gen_end;
                continue;
            }
            /* ("Katibat Imam al-Bukhari": a group named after an imam) */
            bool arabic = (x_tok(d, i)->xflags & XT_ORGHEAD) && x_tok_in(d, i, ARABIC_BODIES);
            /* ("Elif Sultan Kalsen": a title that is also a given name,
             * after a given name, is the person's second given name) */
            for (size_t q = i; q + 1 < seq && !arabic; q++)
                if ((x_tok(d, q)->xflags & XT_TITLE) && !given_title_initial(d, q, seq) &&
                    !(q == i && given_title_names(d, q, seq)) &&
                    !(body && x_tok_is(d, q, "general")) && /* "Security General Directorate" */
                    !(q > i && (x_tok(d, q)->xflags & XT_GIVEN) &&
                      (x_tok(d, q - 1)->xflags & XT_GIVEN) &&
                      !(x_tok(d, q - 1)->xflags & XT_TITLE)))
                    k = q + 1;
            if (k > i) {
                i = k;
                continue;
            }
            /* "the Embassy of Iraq", "Ministry of Interior": an institution
             * of a place is one organisation, though the place is known */
            if (i + 2 < seq && ((x_tok_in(d, i, INSTITUTION_HEADS) && x_tok_is(d, i + 1, "of")) ||
                                (x_tok_in(d, i, FOR_HEADS) && x_tok_is(d, i + 1, "for")))) {
                next = seq;
                st = add_mention(d, c->s, i, seq, FNR_ENTITY_ORGANIZATION, NULL,
                                 org_kind_from_head(d, i), "institution_of", false, NULL);
                if (st != FNR_OK)
                    return st;
                i = next;
                continue;
            }
            /* "Operation Euphrates Shield": a named operation is an event's
             * name, and the river in it no place */
            if (x_tok_class(d, i, XW_NAMED_OPS)) {
                i = seq;
                continue;
            }
            /* "the 26th High Criminal Court", "the 3rd Army Corps": an
             * ordinal before a body's name is part of it */
            size_t from = i > c->s0 && ordinal_in_name(d, i - 1, seq) ? i - 1 : i;
            /* "the Supreme Court of Kenya", "the High Criminal Court of
             * Istanbul": a body's head and "of" a place end one name */
            size_t of = i + 2;
            while (of + 1 < seq &&
                   !(x_tok_is(d, of, "of") && x_tok_in(d, of - 1, INSTITUTION_HEADS)))
                of++;
            if (of + 1 < seq) {
                const fnr_lex_entry *pe = NULL;
                if (lex_longest(d, of + 1, seq, &c->kb, &pe) == seq && pe &&
                    pe->cls == FNR_LEX_LOCATION) {
                    /* ("the Central Criminal Court of Iraq": a capitalised
                     * direction opens the name, as in "West Midlands Police") */
                    st = add_mention(d, c->s, with_direction(d, c->s0, from), seq,
                                     FNR_ENTITY_ORGANIZATION, NULL, org_kind_from_head(d, of - 1),
                                     "institution_of_place", false, NULL);
                    if (st != FNR_OK)
                        return st;
                    i = seq;
                    continue;
                }
            }
            /* "the Federal Court of Justice", "the Federal Ministry of the
             * Interior": a body's head inside the run, "of" after it */
            if (of + 1 < seq || i + 2 < seq) {
                /* ("the State Committee for National Security": or "for"
                 * after a head that "for" continues) */
                size_t h = i + 1;
                while (h + 2 < seq &&
                       !((x_tok(d, h)->tflags & FNR_TF_CAP) &&
                         ((x_tok_is(d, h + 1, "of") && x_tok_in(d, h, INSTITUTION_HEADS)) ||
                          (x_tok_is(d, h + 1, "for") && x_tok_in(d, h, FOR_HEADS)))))
                    h++;
                if (h + 2 < seq && !(x_tok(d, i)->xflags & (XT_GIVEN | XT_DEMONYM))) {
                    st = add_mention(d, c->s, from, seq, FNR_ENTITY_ORGANIZATION, NULL,
                                     org_kind_from_head(d, h), "institution_of", false, NULL);
                    if (st != FNR_OK)
                        return st;
                    i = seq;
                    continue;
                }
            }
            /* A run that a dictionary phrase starts inside: cut before it. */
            size_t cut = seq;
            /* "Ahmed Aden Hassan", "Abdifatah Aden Hassan": a place's name
             * inside a run that a given name starts, or that an unknown
             * word starts and a given name ends, is part of a person's */
            /* ... and so is a run of two or three words after a role
             * ("militia leader Babakura Kolo"), though its last word is a
             * town's name somewhere */
            bool person_run = ((t->xflags & XT_GIVEN) ||
                               (!t->lk && seq - i >= 3 && (x_tok(d, seq - 1)->xflags & XT_GIVEN)) ||
                               (!t->lk && i > c->s0 && (x_tok(d, i - 1)->xflags & XT_TITLE) &&
                                seq - i >= 2 && seq - i <= 3) ||
                               (!t->lk && seq - i == 3 && town_surname(d, i + 1, seq - 1))) &&
                              looks_like_person(d, i, seq);
            for (size_t q = i + 1; q < seq && !person_run; q++) {
                const fnr_lex_entry *e2 = NULL;
                size_t qe = lex_longest(d, q, seq, &c->kb, &e2);
                if (qe > q && e2 && !(x_tok(d, seq - 1)->xflags & XT_ORGHEAD) &&
                    !(qe == seq && e2->cls == FNR_LEX_ORG)) {
                    cut = q;
                    break;
                }
            }
            if (from < i && !(x_tok(d, cut - 1)->xflags & XT_ORGHEAD))
                from = i;
            st = classify_unknown(c, from, cut, &next);
        } else {
            st = FNR_OK;
        }
        if (st != FNR_OK)
            return st;
        i = next > i ? next : i + 1;
    }
    return FNR_OK;
}

/* One part [a, b) of brackets after mention `left` ("MAH" of "(Milli
 * Emniyet Hizmeti, MAH)"): an alias of the thing before, or nothing. */
static fnr_status bracket_part(scan_ctx *c, int32_t left, size_t a, size_t b)
{
    x_doc *d = c->d;
    /* ("Karakol Cemiyeti (\"The Guard Society\")": the quoted words) */
    while (a < b && (x_tok(d, a)->xflags & XT_QUOTE))
        a++;
    while (b > a && (x_tok(d, b - 1)->xflags & XT_QUOTE))
        b--;
    if (a >= b)
        return FNR_OK;
    xmention *lm = x_men(d, (size_t)left);
    size_t a1 = a + 1 < b && x_tok_is(d, a, "the") ? a + 1 : a;
    int32_t inner = x_tok(d, a1)->mention;
    if (inner >= 0 && x_tok(d, b - 1)->mention == inner) {
        xmention *im = x_men(d, (size_t)inner);
        /* "Teşkilat-ı Mahsusa (The Ottoman Special Organization)": the
         * name the brackets explain is of the kind they say */
        if (im->type == FNR_ENTITY_ORGANIZATION && lm->type == FNR_ENTITY_PERSON && !lm->lex &&
            (strcmp(lm->rule, "person_name") == 0 || strcmp(lm->rule, "surname?") == 0)) {
            lm->type = FNR_ENTITY_ORGANIZATION;
            lm->kind = im->lex ? im->lex->kind : im->kind;
            lm->weak = 0;
        }
        /* "National Intelligence Service (NIS)": an acronym in brackets
         * after an organisation is its own, not the city (Niš) or the
         * country the gazetteer spells so */
        if (im->type == FNR_ENTITY_LOCATION && lm->type == FNR_ENTITY_ORGANIZATION && a1 + 1 == b &&
            (x_tok(d, a1)->tflags & FNR_TF_UPPER)) {
            im->type = FNR_ENTITY_ORGANIZATION;
            im->lex = NULL;
            im->rule = "bracket_acronym";
            c->acronym_retyped = true;
            im->weak = 0;
            im->kind = lm->lex ? lm->lex->kind : lm->kind;
        }
        if (strcmp(im->rule, "surname?") == 0 ||
            (lm->type == FNR_ENTITY_ORGANIZATION && im->type == FNR_ENTITY_PERSON && !im->lex &&
             strcmp(im->rule, "person_name") == 0)) {
            /* an unknown word in brackets names the thing before ("Karakol
             * Cemiyeti (Sentinel Society)") */
            im->type = lm->type;
            im->rule = "bracket_alias";
            im->weak = 0;
            im->kind = lm->lex ? lm->lex->kind : lm->kind;
        }
        if (im->type == lm->type)
            unite(d, left, inner);
        return FNR_OK;
    }
    for (size_t q = a; q < b; q++)
        if (x_tok(d, q)->mention >= 0 ||
            (is_word(x_tok(d, q)) && !(x_tok(d, q)->xflags & XT_NAMELIKE)) ||
            x_tok(d, q)->kind == FNR_TOK_NUMBER)
            return FNR_OK;
    /* (weak: the name the brackets explain stays the name, "Mim Mim (The
     * National Defense)") */
    int32_t idx = -1;
    fnr_status st = add_mention(d, c->s, a, b, (fnr_entity_type)lm->type, NULL, lm->kind,
                                "bracket_alias", true, &idx);
    if (st == FNR_OK && idx >= 0) {
        x_men(d, (size_t)idx)->kind = lm->lex ? lm->lex->kind : lm->kind;
        unite(d, left, idx);
    }
    return st;
}

/* Drops the mentions on tokens [a, b), whole: their tokens are re-taken. */
static void drop_mentions(x_doc *d, size_t a, size_t b)
{
    for (size_t q = a; q < b; q++) {
        int32_t m = x_tok(d, q)->mention;
        if (m >= 0) {
            xmention *om = x_men(d, (size_t)m);
            for (size_t r = om->tok0; r < om->tok1; r++)
                x_tok(d, r)->mention = -1;
            om->key_len = 0; /* dropped */
        }
    }
}

/* "the Arab Struggle Movement for the Liberation of Ahvaz (ASMLA)": the
 * first token of the name that ends with the place at [p0, p1) and whose
 * capitalised words' initials spell the acronym at token acr (lower-case
 * "of", "for", "the", "and" between them), or p0 if none does. */
static size_t acronym_name_start(const x_doc *d, size_t s0, size_t p0, size_t p1, size_t acr)
{
    const xtok *a = x_tok(d, acr);
    const char *letters = d->doc.text + a->start;
    size_t n = a->end - a->start;
    if (n < 3 || n > 8 || !(a->tflags & FNR_TF_UPPER))
        return p0;
    size_t caps = 0; /* the place's capitalised words */
    for (size_t q = p0; q < p1; q++)
        caps += is_word(x_tok(d, q)) && (x_tok(d, q)->tflags & FNR_TF_CAP);
    if (caps == 0 || caps >= n)
        return p0;
    /* the initials still to spell, right to left, the place's first */
    size_t left = n;
    for (size_t q = p1; q-- > p0;)
        if (is_word(x_tok(d, q)) && (x_tok(d, q)->tflags & FNR_TF_CAP)) {
            if (left == 0 || (d->doc.text[x_tok(d, q)->start] | 0x20) != (letters[left - 1] | 0x20))
                return p0;
            left--;
        }
    size_t q = p0;
    while (left > 0 && q > s0 && p0 - q < 12) {
        const xtok *t = x_tok(d, q - 1);
        if (!is_word(t))
            return p0;
        if (t->tflags & FNR_TF_CAP) {
            if ((d->doc.text[t->start] | 0x20) != (letters[left - 1] | 0x20))
                return p0;
            left--;
        } else if (!(x_tok_is(d, q - 1, "of") || x_tok_is(d, q - 1, "for") ||
                     x_tok_is(d, q - 1, "the") || x_tok_is(d, q - 1, "and"))) {
            return p0;
        }
        q--;
    }
    return left == 0 ? q : p0;
}

/* Whether token k is an acronym to explain: one word of 2 to 8 letters,
 * at least two of them capitals, the first one ("NCTV", "AfD"). */
static bool bracket_acronym(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    size_t n = t->end - t->start;
    if (!is_word(t) || !(t->tflags & FNR_TF_CAP) || n < 2 || n > 8)
        return false;
    size_t caps = 0;
    for (size_t q = 0; q < n; q++) {
        char ch = d->doc.text[t->start + q];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
            return false;
        caps += ch >= 'A' && ch <= 'Z';
    }
    return caps >= 2;
}

/* Whether the capitalised words of mention m open with the letters of
 * the acronym at token acr, one each ("United Arab Emirates", "UAE"). */
static bool spells_initials(const x_doc *d, const xmention *m, size_t acr)
{
    const xtok *a = x_tok(d, acr);
    size_t n = a->end - a->start, got = 0;
    for (size_t q = m->tok0; q < m->tok1; q++) {
        const xtok *t = x_tok(d, q);
        if (!is_word(t) || !(t->tflags & FNR_TF_CAP))
            continue;
        if (got == n || (d->doc.text[t->start] | 0x20) != (d->doc.text[a->start + got] | 0x20))
            return false;
        got++;
    }
    return got == n;
}

/* "the Dutch National Coordinator for Security and Counterterrorism
 * (NCTV)", "Alternative for Germany (AfD)": the first token of the run of
 * capitalised words joined by "for", "of", "and", "the" that ends before
 * the bracket at token br, when the run holds a joining word and its first
 * word opens with the acronym's letter (a body's acronym in its own
 * language need not spell the English words); else br. A demonym before
 * the run is not part of it. */
static size_t acronym_phrase_start(const x_doc *d, size_t s0, size_t br, size_t acr)
{
    size_t q = br, first = br;
    bool joined = false;
    while (q > s0 && br - q < 10) {
        const xtok *t = x_tok(d, q - 1);
        if (!is_word(t) || (t->xflags & XT_DEMONYM))
            break;
        bool join = x_tok_is(d, q - 1, "of") || x_tok_is(d, q - 1, "for") ||
                    x_tok_is(d, q - 1, "and") || x_tok_is(d, q - 1, "the");
        if (!join && !(t->tflags & FNR_TF_CAP))
            break;
        q--;
        if (join)
            joined = joined || first < br;
        else
            first = q;
    }
    if (!joined || first + 3 > br)
        return br;
    const xtok *f = x_tok(d, first);
    if ((d->doc.text[f->start] | 0x20) != (d->doc.text[x_tok(d, acr)->start] | 0x20))
        return br;
    return first;
}

/* Whether mention m is one word read as a person only by guess: a
 * surname guessed, or a lone given name ("AMMAN (Petra)": the agency). */
/* (or a place's name in capitals: "CAIRO (MENA)" is the agency, not the
 * town of Mena) */
static bool lone_guess(const x_doc *d, const xmention *m)
{
    return strcmp(m->rule, "surname?") == 0 ||
           (m->tok1 - m->tok0 == 1 && m->type == FNR_ENTITY_PERSON && !m->lex &&
            strcmp(m->rule, "person_name") == 0) ||
           (m->tok1 - m->tok0 == 1 && m->type == FNR_ENTITY_LOCATION && m->lex &&
            (x_tok(d, m->tok0)->tflags & FNR_TF_UPPER) && x_tok(d, m->tok0)->key_len >= 3);
}

/* "X (ABC)", "Daesh [ISIS]", "National Security Service (Milli Emniyet
 * Hizmeti, MAH)": each bracketed name is an alias of X. */
static fnr_status scan_brackets(scan_ctx *c)
{
    x_doc *d = c->d;
    for (size_t i = c->s0; i + 2 < c->s1; i++) {
        if (!(is_punct(d, i, '(') || is_punct(d, i, '[')))
            continue;
        int32_t left = i > c->s0 ? x_tok(d, i - 1)->mention : -1;
        /* "BRUSSELS, Nov. 14, 2024 (Belga) -": the agency after a
         * dateline's date */
        if (left < 0 && i > c->s0 && i + 3 < c->s1 && x_tok(d, i - 1)->kind == FNR_TOK_NUMBER &&
            x_tok(d, c->s0)->mention >= 0 && (x_tok(d, c->s0)->tflags & FNR_TF_UPPER) &&
            x_men(d, (size_t)x_tok(d, c->s0)->mention)->type == FNR_ENTITY_LOCATION &&
            is_punct(d, i + 2, ')') && (x_tok(d, i + 1)->tflags & FNR_TF_CAP) &&
            x_tok(d, i + 3)->kind == FNR_TOK_PUNCT && !is_punct(d, i + 3, ',') &&
            !is_punct(d, i + 3, '.')) {
            int32_t am = x_tok(d, i + 1)->mention;
            if (am >= 0 && lone_guess(d, x_men(d, (size_t)am))) {
                xmention *g = x_men(d, (size_t)am); /* a lone word guessed a surname */
                g->type = FNR_ENTITY_ORGANIZATION;
                g->lex = NULL;
                g->kind = "media";
                g->rule = "dateline_agency";
                g->weak = 0;
            } else if (am < 0) {
                fnr_status st = add_mention(d, c->s, i + 1, i + 2, FNR_ENTITY_ORGANIZATION, NULL,
                                            "media", "dateline_agency", false, NULL);
                if (st != FNR_OK)
                    return st;
            }
            i += 2;
            continue;
        }
        /* "Belgium's Coordination Unit for Threat Analysis (OCAM)": a body's
         * name goes on past "for" or "of" to its acronym, though the
         * letters are of another language's name */
        if (left < 0 && i > c->s0 + 3 && (x_tok(d, i - 1)->tflags & FNR_TF_CAP) && i + 2 < c->s1 &&
            is_punct(d, i + 2, is_punct(d, i, '(') ? ')' : ']') &&
            (x_tok(d, i + 1)->tflags & FNR_TF_UPPER) && x_tok(d, i + 1)->key_len >= 3) {
            size_t r = i - 1;
            while (r > c->s0 && i - r < 5 && is_word(x_tok(d, r - 1)) &&
                   (x_tok(d, r - 1)->tflags & FNR_TF_CAP) && x_tok(d, r - 1)->mention < 0)
                r--;
            int32_t om = r > c->s0 + 1 && (x_tok_is(d, r - 1, "for") || x_tok_is(d, r - 1, "of"))
                             ? x_tok(d, r - 2)->mention
                             : -1;
            xmention *o = om >= 0 ? x_men(d, (size_t)om) : NULL;
            if (o && o->type == FNR_ENTITY_ORGANIZATION && o->tok1 == r - 1 && !o->lex &&
                (x_tok(d, o->tok1 - 1)->xflags & XT_ORGHEAD)) {
                size_t t0 = o->tok0;
                const char *kind = o->kind;
                drop_mentions(d, t0, i);
                int32_t nm = -1;
                fnr_status st = add_mention(d, c->s, t0, i, FNR_ENTITY_ORGANIZATION, NULL, kind,
                                            "name_of_acronym", false, &nm);
                if (st != FNR_OK)
                    return st;
                left = nm;
            }
        }
        if (left < 0 &&
            !(i > c->s0 + 2 && (x_tok(d, i - 1)->tflags & FNR_TF_CAP) && x_tok_is(d, i - 2, "and")))
            continue;
        char close = is_punct(d, i, '(') ? ')' : ']';
        size_t k = i + 1;
        while (k < c->s1 && !is_punct(d, k, close) && k - i < 10)
            k++;
        if (k >= c->s1 || !is_punct(d, k, close))
            continue;
        size_t a = i + 1, b = k;
        if (b - a >= 2 && is_punct(d, a + 1, ':'))
            continue; /* "(Turkish: ...)" */
        /* "the Directorate of State Protection and Intelligence (DSN)": an
         * institution of something and a last capitalised word before an
         * acronym are one name ("Hamas and Islamic Jihad (PIJ)": the second
         * a name of its own) */
        size_t y0 = left >= 0 ? x_men(d, (size_t)left)->tok0 : i - 1;
        const xmention *y = left >= 0 ? x_men(d, (size_t)left) : NULL;
        const xtok *acr = x_tok(d, a);
        bool acronym = b == a + 1 && (acr->tflags & FNR_TF_CAP) &&
                       ((acr->tflags & FNR_TF_UPPER) || acr->key_len <= 6);
        if (acronym && y0 == i - 1 && y0 >= c->s0 + 2 && x_tok_is(d, y0 - 1, "and") &&
            x_tok(d, y0 - 2)->mention >= 0 && !(y && y->lex && y->lex->cls == FNR_LEX_ORG)) {
            xmention *x = x_men(d, (size_t)x_tok(d, y0 - 2)->mention);
            if (x->type == FNR_ENTITY_ORGANIZATION && x->tok1 == y0 - 1 && x->tok1 - x->tok0 >= 3 &&
                x_tok_in(d, x->tok0, INSTITUTION_HEADS) && x_tok_is(d, x->tok0 + 1, "of")) {
                size_t t0 = x->tok0, t1 = i;
                const char *kind = x->kind;
                for (size_t q = t0; q < t1; q++)
                    x_tok(d, q)->mention = -1;
                x->key_len = 0; /* both dropped: one mention takes their tokens */
                if (left >= 0)
                    x_men(d, (size_t)left)->key_len = 0;
                int32_t nm = -1;
                fnr_status st = add_mention(d, c->s, t0, t1, FNR_ENTITY_ORGANIZATION, NULL, kind,
                                            "institution_of", false, &nm);
                if (st != FNR_OK)
                    return st;
                left = nm;
            }
        }
        /* ... and "the Directorate State Protection and Intelligence (DSN)",
         * whose first part the scan did not name */
        if (acronym && (y0 == i - 1 || (y && y->tok1 == i && i - y0 <= 3)) && y0 >= c->s0 + 3 &&
            x_tok_is(d, y0 - 1, "and") && x_tok(d, y0 - 2)->mention < 0 &&
            (x_tok(d, y0 - 2)->tflags & FNR_TF_CAP) &&
            !(y && y->lex && y->lex->cls == FNR_LEX_ORG)) {
            size_t r = y0 - 2;
            while (r > c->s0 && y0 - 2 - r < 5 && is_word(x_tok(d, r - 1)) &&
                   (x_tok(d, r - 1)->tflags & FNR_TF_CAP) && x_tok(d, r - 1)->mention < 0)
                r--;
            /* ("Denmark's Security and Intelligence Service (PET)": a
             * name whose head ends it, opened after an owner or "the") */
            bool opened =
                r > c->s0 && ((x_tok(d, r - 1)->tflags & FNR_TF_POSS) || x_tok_is(d, r - 1, "the"));
            bool headed = (x_tok(d, i - 1)->xflags & XT_ORGHEAD) && opened;
            if ((r + 1 < y0 - 1 || headed) && (x_tok_in(d, r, INSTITUTION_HEADS) || headed) &&
                !(r > c->s0 && is_word(x_tok(d, r - 1)) &&
                  (x_tok(d, r - 1)->tflags & FNR_TF_CAP))) {
                for (size_t q = r; q < i; q++)
                    x_tok(d, q)->mention = -1;
                if (left >= 0)
                    x_men(d, (size_t)left)->key_len = 0;
                int32_t nm = -1;
                fnr_status st = add_mention(d, c->s, r, i, FNR_ENTITY_ORGANIZATION, NULL,
                                            y ? y->kind : NULL, "institution_of", false, &nm);
                if (st != FNR_OK)
                    return st;
                left = nm;
            }
        }
        /* "the Austrian Directorate for State Protection and Intelligence
         * (DSN)", "Alternative for Germany (AfD)": the acronym names the
         * whole run of words before it, not its last name */
        if (b == a + 1 && left >= 0 && bracket_acronym(d, a) &&
            !(x_men(d, (size_t)left)->lex && x_men(d, (size_t)left)->tok0 + 1 < i)) {
            size_t n0 = acronym_phrase_start(d, c->s0, i, a);
            if (n0 < x_men(d, (size_t)left)->tok0) {
                bool named = false; /* a known body or person inside keeps its reading */
                for (size_t q = n0; q < i && !named; q++) {
                    int32_t m = x_tok(d, q)->mention;
                    named = m >= 0 && x_men(d, (size_t)m)->lex &&
                            x_men(d, (size_t)m)->type != FNR_ENTITY_LOCATION;
                }
                if (!named) {
                    drop_mentions(d, n0, i);
                    int32_t nm = -1;
                    const char *kind = (x_tok(d, i - 1)->xflags & XT_ORGHEAD)
                                           ? org_kind_from_head(d, i - 1)
                                           : NULL;
                    fnr_status st = add_mention(d, c->s, n0, i, FNR_ENTITY_ORGANIZATION, NULL, kind,
                                                "acronym_phrase", false, &nm);
                    if (st != FNR_OK)
                        return st;
                    left = nm;
                }
            }
        }
        if (left < 0)
            continue;
        /* "THE HAGUE (ANP)", "ERBIL, Iraq (Rudaw)": after a dateline's place
         * in capitals, the bracket names the agency that filed the report */
        const xmention *lm0 = x_men(d, (size_t)left);
        if (lm0->type == FNR_ENTITY_LOCATION && (x_tok(d, lm0->tok0)->tflags & FNR_TF_UPPER) &&
            x_tok(d, lm0->tok0)->key_len > 2) {
            int32_t am = b > a ? x_tok(d, a)->mention : -1;
            if (am >= 0 && lone_guess(d, x_men(d, (size_t)am)) && x_men(d, (size_t)am)->tok1 == b) {
                xmention *g = x_men(d, (size_t)am); /* a lone word guessed a surname */
                g->type = FNR_ENTITY_ORGANIZATION;
                g->lex = NULL;
                g->kind = "media";
                g->rule = "dateline_agency";
                g->weak = 0;
            } else if (b > a && am < 0 && (x_tok(d, a)->tflags & FNR_TF_CAP)) {
                fnr_status st = add_mention(d, c->s, a, b, FNR_ENTITY_ORGANIZATION, NULL, "media",
                                            "dateline_agency", false, NULL);
                if (st != FNR_OK)
                    return st;
            }
            i = k;
            continue;
        }
        /* "the Islamic Movement of Uzbekistan (IMU)": the acronym spells a
         * body's name that ends with the place */
        if (lm0->type == FNR_ENTITY_LOCATION && b == a + 1 &&
            (x_tok(d, a)->mention < 0 || !x_men(d, (size_t)x_tok(d, a)->mention)->lex)) {
            size_t n0 = acronym_name_start(d, c->s0, lm0->tok0, lm0->tok1, a);
            if (n0 < lm0->tok0) {
                size_t n1 = lm0->tok1;
                drop_mentions(d, n0, n1);
                int32_t nm = -1;
                fnr_status st2 = add_mention(d, c->s, n0, n1, FNR_ENTITY_ORGANIZATION, NULL, NULL,
                                             "acronym_name", false, &nm);
                if (st2 != FNR_OK)
                    return st2;
                if (nm < 0)
                    continue;
                left = nm;
            }
        }
        /* "the African Union mission in Somalia (ATMIS)": an unknown
         * acronym that does not spell the place's words is a body's after
         * it, not the place's alias ("United Arab Emirates (UAE)" is) */
        if (x_men(d, (size_t)left)->type == FNR_ENTITY_LOCATION && b == a + 1 &&
            (x_tok(d, a)->mention < 0 || !x_men(d, (size_t)x_tok(d, a)->mention)->lex) &&
            bracket_acronym(d, a) && !spells_initials(d, x_men(d, (size_t)left), a)) {
            i = k;
            continue;
        }
        fnr_status st = FNR_OK;
        for (size_t p = a; p <= b && st == FNR_OK; p++)
            if (p == b || is_punct(d, p, ',')) {
                st = bracket_part(c, left, a, p);
                a = p + 1;
            }
        if (st != FNR_OK)
            return st;
        /* "the Müdafaa-i Milliye (National Defense) group": a body */
        xmention *lm = x_men(d, (size_t)left);
        if (lm->type == FNR_ENTITY_PERSON && !lm->lex && k + 1 < c->s1 &&
            x_tok_in(d, k + 1, GROUP_NOUNS) && !(x_tok(d, k + 1)->tflags & FNR_TF_CAP))
            lm->type = FNR_ENTITY_ORGANIZATION;
        i = k;
    }
    return FNR_OK;
}

/* Whether the one word of mention mi ends the name of a person named
 * before it ("Kaya" after "Ahmet Kaya"). */
static bool surname_told(const x_doc *d, size_t mi)
{
    const xmention *m = x_men(d, mi);
    const xtok *w = x_tok(d, m->tok0);
    for (size_t i = 0; i < d->mentions.len; i++) {
        const xmention *p = x_men(d, i);
        if (p->type != FNR_ENTITY_PERSON || p->tok1 - p->tok0 < 2 || p->tok1 > m->tok0)
            continue;
        const xtok *l = x_tok(d, p->tok1 - 1);
        if (l->key_len == w->key_len && memcmp(l->key, w->key, w->key_len) == 0)
            return true;
    }
    return false;
}

/* The person a code name belongs to: the nearest person before the cue in
 * the sentence, else the first person right after the code name. */
static int32_t code_name_owner(const x_doc *d, size_t cue, size_t after, size_t s0, size_t s1)
{
    /* "recruited by a Mossad officer using the code name "David"": the
     * officer nearer the cue has no name of his own here */
    static const char *const SOMEONE[] = { "officer",   "agent",        "handler", "operative",
                                           "man",       "woman",        "contact", "spy",
                                           "middleman", "intermediary", NULL };
    /* "Iran's Ministry of Intelligence (MOIS), formerly known as SAVAMA",
     * "the so-called Khorasan province of ISIS, known as ISIS-K": a body
     * named right before the cue is what the name names (the sub-unit, when
     * "of" ties it to its parent) */
    static const char *const ONCE[] = { "also",     "formerly", "previously", "once",
                                        "commonly", "widely",   "better",     NULL };
    size_t q = cue;
    while (q > s0 && (is_punct(d, q - 1, ',') || x_tok_in(d, q - 1, ONCE)))
        q--;
    if (q > s0 + 1 && is_punct(d, q - 1, ')')) {
        size_t o = q - 1;
        while (o > s0 && q - o < 6 && !is_punct(d, o - 1, '('))
            o--;
        if (o > s0 && is_punct(d, o - 1, '('))
            q = o - 1;
    }
    int32_t body = q > s0 ? x_tok(d, q - 1)->mention : -1;
    if (body >= 0 && x_men(d, (size_t)body)->type == FNR_ENTITY_ORGANIZATION) {
        size_t p = x_men(d, (size_t)body)->tok0;
        while (p > s0 && (x_tok_is(d, p - 1, "the") || x_tok_is(d, p - 1, "so called") ||
                          is_punct(d, p - 1, '-')))
            p--;
        if (p > s0 + 1 && x_tok_is(d, p - 1, "of")) {
            int32_t unit = x_tok(d, p - 2)->mention;
            if (unit >= 0 && x_men(d, (size_t)unit)->type == FNR_ENTITY_ORGANIZATION)
                return unit;
        }
        return body;
    }
    /* "a commander of a faction known by his alias X": the unnamed one
     * "his" stands for owns it, no one named further back */
    static const char *const ONES[] = { "commander",    "leader",    "member",   "militant",
                                        "fighter",      "suspect",   "emir",     "chief",
                                        "boss",         "man",       "woman",    "founder",
                                        "financier",    "recruiter", "courier",  "facilitator",
                                        "propagandist", "deputy",    "smuggler", NULL };
    bool his = false;
    for (size_t k = cue; k < after && !his; k++)
        his = x_tok_is(d, k, "his") || x_tok_is(d, k, "her");
    for (size_t k = cue; k > s0 && cue - k < 14; k--) {
        /* ("Prosecutors accused the cell's leader, known by the code name
         * X": the unnamed one right before the cue owns it, as with "his") */
        if (x_tok_in(d, k - 1, ONES) && (his || cue - k < 3)) {
            /* (but "X, a commander known by his alias": X's) */
            size_t w = k - 1;
            while (w > s0 && k - 1 - w < 4 && !x_tok_is(d, w - 1, "a") &&
                   !x_tok_is(d, w - 1, "an") && !x_tok_is(d, w - 1, "the"))
                w--;
            int32_t pm = w >= s0 + 3 && is_punct(d, w - 2, ',') ? x_tok(d, w - 3)->mention : -1;
            return pm >= 0 && x_men(d, (size_t)pm)->type == FNR_ENTITY_PERSON ? pm : -1;
        }
        int32_t m = x_tok(d, k - 1)->mention;
        /* ("Cemil Bayık's deputy, code-named X": the one the person's
         * noun names, not the person) */
        if (m >= 0 && x_men(d, (size_t)m)->type == FNR_ENTITY_PERSON &&
            x_men(d, (size_t)m)->tok1 + 1 < cue &&
            (x_tok(d, x_men(d, (size_t)m)->tok1)->tflags & FNR_TF_POSS) &&
            (x_tok(d, x_men(d, (size_t)m)->tok1 + 1)->xflags & XT_LOWER))
            return -1;
        /* ("Investigators said another suspect, known by the nickname X":
         * a lone unknown word that tells the sentence, a guessed surname,
         * owns no name in it) */
        if (m >= 0 && x_men(d, (size_t)m)->type == FNR_ENTITY_PERSON &&
            !(strcmp(x_men(d, (size_t)m)->rule, "surname?") == 0 &&
              x_men(d, (size_t)m)->tok1 < s1 && x_report_verb(d, x_men(d, (size_t)m)->tok1) &&
              !surname_told(d, (size_t)m)))
            return m;
        if (cue - k < 5 && x_tok_in(d, k - 1, SOMEONE))
            return -1;
    }
    for (size_t k = after; k < s1 && k - after < 3; k++) {
        /* ("referred to as "Sam" and "David"": the next of a list of
         * names, no owner) */
        if (x_tok_is(d, k, "and") || x_tok_is(d, k, "or"))
            break;
        int32_t m = x_tok(d, k)->mention;
        if (m >= 0 && x_men(d, (size_t)m)->type == FNR_ENTITY_PERSON)
            return m;
    }
    return -1;
}

/* "Fırat Dicle, code-named ...": two or three capitalised words a given
 * name starts, right before the comma of a code-name cue at token cue,
 * name the person the code name is of, whatever places their words also
 * name (the Euphrates, a district). Re-takes them as one person's name. */
static fnr_status person_before_cue(scan_ctx *c, size_t cue)
{
    x_doc *d = c->d;
    if (cue < c->s0 + 3 || !is_punct(d, cue - 1, ','))
        return FNR_OK;
    size_t r0 = cue - 1;
    while (r0 > c->s0 && cue - 1 - r0 < 3 && is_word(x_tok(d, r0 - 1)) &&
           (x_tok(d, r0 - 1)->tflags & FNR_TF_CAP))
        r0--;
    if (cue - 1 - r0 < 2 || !(x_tok(d, r0)->xflags & XT_GIVEN) ||
        (r0 > c->s0 && is_word(x_tok(d, r0 - 1)) && (x_tok(d, r0 - 1)->tflags & FNR_TF_CAP)))
        return FNR_OK;
    for (size_t q = r0; q < cue - 1; q++) {
        int32_t m = x_tok(d, q)->mention;
        if (m >= 0 && (x_men(d, (size_t)m)->type != FNR_ENTITY_LOCATION ||
                       x_men(d, (size_t)m)->tok0 < r0 || x_men(d, (size_t)m)->tok1 > cue - 1))
            return FNR_OK; /* a person or a body already, or a longer name */
    }
    drop_mentions(d, r0, cue - 1);
    return add_mention(d, c->s, r0, cue - 1, FNR_ENTITY_PERSON, NULL, NULL, "person_name", false,
                       NULL);
}

/* Whether the name cue at token i follows a group noun ("the group, known
 * as Sandworm", "a hacker network dubbed X", "a cell called X"): the name
 * is the group's, an organization, and no person's code name. */
static bool member_before(const x_doc *d, size_t k, size_t s0);

static bool group_before_cue(const x_doc *d, size_t i, size_t s0)
{
    static const char *const GROUPS[] = { "group",   "network", "cell",       "ring", "gang",
                                          "faction", "unit",    "wing",       "arm",  "branch",
                                          "militia", "hackers", "collective", "crew", NULL };
    size_t k = i;
    /* "the group, also known as X" */
    if (k > s0 && (x_tok_is(d, k - 1, "also") || x_tok_is(d, k - 1, "commonly") ||
                   x_tok_is(d, k - 1, "widely")))
        k--;
    if (k > s0 && is_punct(d, k - 1, ','))
        k--;
    /* "the group's recruitment wing in Kenya, known as al-Hijra" */
    int32_t pm = k > s0 ? x_tok(d, k - 1)->mention : -1;
    if (pm >= 0 && x_men(d, (size_t)pm)->type == FNR_ENTITY_LOCATION &&
        x_men(d, (size_t)pm)->tok0 > s0 + 1 && x_tok_is(d, x_men(d, (size_t)pm)->tok0 - 1, "in"))
        k = x_men(d, (size_t)pm)->tok0 - 1;
    /* ("the leader of the cell, known as X": the cue names the leader) */
    return k > s0 && x_tok_in(d, k - 1, GROUPS) && !member_before(d, k - 1, s0);
}

/* Whether a member of the body named from token k is told before it: "a
 * commander of (the) HTS", "a senior member of Daesh". */
static bool member_before(const x_doc *d, size_t k, size_t s0)
{
    static const char *const MEMBERS[] = { "commander", "leader",    "member",    "official",
                                           "emir",      "militant",  "fighter",   "operative",
                                           "financier", "spokesman", "deputy",    "chief",
                                           "head",      "founder",   "recruiter", NULL };
    if (k > s0 && x_tok_is(d, k - 1, "the"))
        k--;
    return k >= s0 + 2 && x_tok_is(d, k - 1, "of") && x_tok_in(d, k - 2, MEMBERS);
}

/* The person an apposition "X, a (senior) member of ORG" (ORG from token
 * k) stands beside, or -1. */
static int32_t person_of_apposition(const x_doc *d, size_t k, size_t s0)
{
    if (k > s0 && x_tok_is(d, k - 1, "the"))
        k--;
    k -= 2; /* "member of" */
    for (size_t n = 0; k > s0 && n < 3 && !x_tok_is(d, k - 1, "a") && !x_tok_is(d, k - 1, "an") &&
                       !x_tok_is(d, k - 1, "the");
         n++)
        k--;
    if (k < s0 + 3 || !is_punct(d, k - 2, ','))
        return -1;
    int32_t m = x_tok(d, k - 3)->mention;
    return m >= 0 && x_men(d, (size_t)m)->type == FNR_ENTITY_PERSON ? m : -1;
}

/* "codenamed 'X'", "known as X", "alias X": X names a person
 * (or the group a group noun before the cue names). */
static fnr_status scan_code_names(scan_ctx *c)
{
    x_doc *d = c->d;
    size_t next_of_list = 0; /* "Doktor" and "Hoca": where the next code name of a list starts */
    int32_t list_owner = -1;
    for (size_t i = c->s0; i < c->s1; i++) {
        size_t k = next_of_list ? next_of_list : code_name_cue(d, i, c->s1);
        int32_t given_owner = next_of_list ? list_owner : -1;
        next_of_list = 0;
        if (!k)
            continue;
        /* ("The operation, codenamed "Silent Shadow"", "an operation
         * dubbed X": the name of an operation, an event's, no one's) */
        size_t o = i > c->s0 && is_punct(d, i - 1, ',') ? i - 1 : i;
        if (given_owner < 0 && o > c->s0 &&
            (x_tok_is(d, o - 1, "operation") || x_tok_is(d, o - 1, "operations") ||
             x_tok_is(d, o - 1, "offensive") || x_tok_is(d, o - 1, "raid"))) {
            /* (a quoted name the other rules took for someone's: dropped) */
            size_t q = k;
            while (q < c->s1 && (is_open_quote(d, q) || is_punct(d, q, ',')))
                q++;
            if (q > k && is_open_quote(d, q - 1)) {
                size_t e = q;
                while (e < c->s1 && e - q < 6 && is_word(x_tok(d, e)))
                    e++;
                drop_mentions(d, q, e);
            }
            continue;
        }
        if (given_owner < 0) {
            fnr_status st = person_before_cue(c, i);
            if (st != FNR_OK)
                return st;
        }
        /* "whose nom de guerre is X", "his code name was X" */
        if (k < c->s1 && (x_tok_is(d, k, "is") || x_tok_is(d, k, "was")) && k >= i + 2)
            k++;
        bool quoted = false;
        while (k < c->s1 && (is_open_quote(d, k) || is_punct(d, k, ','))) {
            quoted = quoted || is_open_quote(d, k);
            k++;
        }
        if (k >= c->s1)
            continue;
        if (!quoted && k + 2 < c->s1 && x_tok_is(d, k, "the") && is_open_quote(d, k + 1) &&
            is_word(x_tok(d, k + 2)) && (x_tok(d, k + 2)->tflags & FNR_TF_CAP)) {
            /* known as the "Kurdish Fox": a nickname in quotes after the
             * article, named without it */
            quoted = true;
            k += 2;
        } else if (x_tok_is(d, k, "the") || x_tok_is(d, k, "a") || x_tok_is(d, k, "an")) {
            /* known as the leader: a description; known as "the Engineer": a
             * nickname, named without its article; so is "Rawa Majid, also
             * known as the Kurdish Fox," unquoted, beside a person */
            if (k + 1 >= c->s1 || !is_word(x_tok(d, k + 1)) ||
                !(x_tok(d, k + 1)->tflags & FNR_TF_CAP))
                continue;
            if (!quoted) {
                size_t b = i;
                if (b > c->s0 && (x_tok_is(d, b - 1, "also") || x_tok_is(d, b - 1, "formerly") ||
                                  x_tok_is(d, b - 1, "previously")))
                    b--;
                if (b > c->s0 && is_punct(d, b - 1, ','))
                    b--;
                /* ("Hayat Tahrir al-Sham (HTS), formerly known as ...") */
                if (b > c->s0 + 3 && is_punct(d, b - 1, ')') && is_punct(d, b - 3, '('))
                    b -= 3;
                int32_t pm = b > c->s0 ? x_tok(d, b - 1)->mention : -1;
                /* ("HTS, formerly known as the Nusra Front": a body the
                 * dictionary knows, beside a body, is another name of it) */
                int32_t nm = x_tok(d, k + 1)->mention;
                bool bodies = pm >= 0 && nm >= 0 && x_tok_is(d, k, "the") &&
                              x_men(d, (size_t)pm)->type == FNR_ENTITY_ORGANIZATION &&
                              x_men(d, (size_t)nm)->type == FNR_ENTITY_ORGANIZATION &&
                              x_men(d, (size_t)nm)->tok0 == k + 1;
                if (!bodies && (!x_tok_is(d, k, "the") || pm < 0 ||
                                x_men(d, (size_t)pm)->type != FNR_ENTITY_PERSON || nm >= 0))
                    continue;
            }
            k++;
        }
        size_t a = k, b = k;
        if (quoted) {
            while (b < c->s1 && !is_open_quote(d, b) && b - a < 8)
                b++;
            if (b >= c->s1 || !is_open_quote(d, b))
                continue;
            /* strip a trailing comma inside the quotes */
            size_t bb = b;
            while (bb > a && (is_punct(d, bb - 1, ',') || is_punct(d, bb - 1, '.')))
                bb--;
            b = bb;
        } else {
            b = cap_sequence(d, a, c->s1);
        }
        if (b <= a)
            continue;
        /* "codenamed "Operation Sentinel"": an operation's name, no person's */
        bool ok = !x_tok_class(d, a, XW_NAMED_OPS) && !x_tok_class(d, b - 1, XW_NAMED_OPS);
        /* ("known as "comrade José"": a quoted code name may open with a
         * form of address in lower case, part of the name it is known by) */
        static const char *const ADDRESS[] = { "comrade", "camarada", "comandante", "commander",
                                               "uncle",   "brother",  "doctor",     "sheikh",
                                               "mullah",  "hajji",    "emir",       NULL };
        size_t q0 =
            quoted && b - a >= 2 && (x_tok(d, a)->xflags & XT_LOWER) && x_tok_in(d, a, ADDRESS)
                ? a + 1
                : a;
        for (size_t q = q0; q < b; q++)
            if (is_word(x_tok(d, q)) && !(x_tok(d, q)->xflags & (XT_NAMELIKE | XT_PARTICLE)))
                ok = false;
        if (!ok)
            continue;
        int32_t existing = x_tok(d, a)->mention;
        int32_t cm = -1;
        /* ("the HTS group known as Abu Omar al-Shami": a kunya names a
         * person, not the group) */
        bool kunya = x_tok_is(d, a, "abu") || x_tok_is(d, a, "ebu") || x_tok_is(d, a, "umm") ||
                     x_tok_is(d, a, "abou");
        /* ("a faction known by his alias X": the cue says whose) */
        bool his = false;
        for (size_t q = i; q < a && !his; q++)
            his = x_tok_is(d, q, "his") || x_tok_is(d, q, "her");
        bool group = given_owner < 0 && !kunya && !his && group_before_cue(d, i, c->s0);
        if (group) {
            if (existing < 0 || x_men(d, (size_t)existing)->tok0 != a ||
                x_men(d, (size_t)existing)->tok1 != b) {
                drop_mentions(d, a, b);
                fnr_status st = add_mention(d, c->s, a, b, FNR_ENTITY_ORGANIZATION, NULL, NULL,
                                            "group_name", false, &cm);
                if (st != FNR_OK)
                    return st;
            } else if (x_men(d, (size_t)existing)->type == FNR_ENTITY_PERSON) {
                xmention *em = x_men(d, (size_t)existing);
                em->type = FNR_ENTITY_ORGANIZATION;
                em->lex = NULL;
                em->rule = "group_name";
                em->weak = 0;
            }
            i = b;
            continue;
        }
        /* "the Islamic State, previously known as al-Qaeda in Iraq": a body
         * the dictionary knows after "formerly known as", longer than the
         * name the cue reads, is one of its own (a predecessor), no other
         * name of the one before ("known as ISIS-K" names the unit) */
        if (existing >= 0 && i > c->s0 &&
            (x_tok_is(d, i - 1, "previously") || x_tok_is(d, i - 1, "formerly")) &&
            x_men(d, (size_t)existing)->tok0 == a && x_men(d, (size_t)existing)->lex &&
            x_men(d, (size_t)existing)->lex->cls == FNR_LEX_ORG &&
            x_men(d, (size_t)existing)->tok1 > b) {
            i = x_men(d, (size_t)existing)->tok1;
            continue;
        }
        if (existing >= 0 && x_men(d, (size_t)existing)->tok0 == a &&
            x_men(d, (size_t)existing)->tok1 == b) {
            cm = existing;
            xmention *em = x_men(d, (size_t)existing);
            if (em->type != FNR_ENTITY_PERSON && em->type != FNR_ENTITY_ORGANIZATION) {
                em->type = FNR_ENTITY_PERSON;
                em->lex = NULL;
            }
            /* a lone unknown word guessed a surname is a code name now, an
             * entity of its own if no one owns it ("codenamed "Tulpar"") */
            if (strcmp(em->rule, "surname?") == 0)
                em->rule = "code_name";
        } else {
            /* Re-take the tokens: the code name wins over a partial match. */
            drop_mentions(d, a, b);
            fnr_status st =
                add_mention(d, c->s, a, b, FNR_ENTITY_PERSON, NULL, NULL, "code_name", true, &cm);
            if (st != FNR_OK)
                return st;
        }
        if (cm < 0)
            continue;
        x_men(d, (size_t)cm)->weak = 1;
        /* ("Sur, born Mehmet Emin Sur": the word before the comma is the
         * surname the name of birth ends with, a person's, not the
         * district of Sur) */
        if (given_owner < 0 && i >= c->s0 + 2 && x_tok_is(d, i, "born")) {
            int32_t sm = x_tok(d, i - 2)->mention;
            xmention *sx = sm >= 0 ? x_men(d, (size_t)sm) : NULL;
            if (sx && sx->type == FNR_ENTITY_LOCATION && sx->tok1 == sx->tok0 + 1 &&
                same_key(x_tok(d, sx->tok0), x_tok(d, b - 1))) {
                sx->type = FNR_ENTITY_PERSON;
                sx->lex = NULL;
                sx->kind = NULL;
                sx->rule = "surname";
            }
        }
        int32_t owner = given_owner >= 0
                            ? given_owner
                            : code_name_owner(d, i, b + (quoted ? 1 : 0), c->s0, c->s1);
        /* "a commander of HTS known as Abu Omar": the name is the
         * commander's, not the group's */
        /* ("a recruiter of the Islamic State Khorasan Province, known as
         * ISKP": a name the dictionary gives that very group is the
         * group's) */
        const fnr_lex_entry *cl = x_men(d, (size_t)cm)->lex,
                            *ol = owner >= 0 ? x_men(d, (size_t)owner)->lex : NULL;
        bool same_body = cl && ol && cl->group && cl->group == ol->group;
        if (owner >= 0 && given_owner < 0 && !same_body &&
            x_men(d, (size_t)owner)->type == FNR_ENTITY_ORGANIZATION &&
            member_before(d, x_men(d, (size_t)owner)->tok0, c->s0)) {
            x_men(d, (size_t)cm)->type = FNR_ENTITY_PERSON;
            owner = person_of_apposition(d, x_men(d, (size_t)owner)->tok0, c->s0);
        }
        if (owner >= 0 && owner != cm) {
            x_men(d, (size_t)cm)->type = x_men(d, (size_t)owner)->type;
            unite(d, owner, cm);
            /* "Abu Hafs, whose real name is Khalid al-Dulaimi": the name
             * after the cue is the real one, the one before it the alias */
            if (given_owner < 0 && (x_tok_is(d, i, "real") || x_tok_is(d, i, "born")) &&
                x_men(d, (size_t)owner)->type == FNR_ENTITY_PERSON) {
                x_men(d, (size_t)cm)->weak = 0;
                x_men(d, (size_t)owner)->weak = 1;
            }
        } else {
            x_men(d, (size_t)cm)->weak = 0; /* a code name with no real name is its own */
        }
        i = b;
        /* "the code names "Doktor" and "Hoca"": the next of the list */
        size_t nx = b + (quoted ? 1 : 0);
        if (quoted && owner >= 0 && nx + 1 < c->s1 &&
            (x_tok_is(d, nx, "and") || x_tok_is(d, nx, "or") || is_punct(d, nx, ',')) &&
            is_open_quote(d, nx + 1)) {
            next_of_list = nx + 1;
            list_owner = owner;
            i = nx - 1;
        }
    }
    return FNR_OK;
}

/* "Branch II, Teşkilat-ı Mahsusa (The Ottoman Special Organization), Mim Mim
 * (The National Defense), Felah (The Salvation) Groups": the names a list
 * gives before a plural noun of bodies are bodies, whatever a person guess
 * made of them. */
static void groups_by_list(x_doc *d)
{
    /* the words of PLURAL_BODIES, listed by the token pass */
    const uint32_t *bt = d->body_toks.data;
    size_t s = 0;
    for (size_t b = 0; b < d->body_toks.len; b++) {
        size_t k = bt[b];
        while (x_sent(d, s)->tok1 <= k)
            s++;
        const xsent *se = x_sent(d, s);
        /* each of the words after a name or a bracket */
        if (k == se->tok0 || (x_tok(d, k - 1)->mention < 0 && !is_punct(d, k - 1, ')')))
            continue;
        size_t q = k;
        bool depth = false; /* inside brackets */
        while (q > se->tok0) {
            const xtok *t = x_tok(d, q - 1);
            if (is_punct(d, q - 1, ')')) {
                depth = true;
            } else if (is_punct(d, q - 1, '(')) {
                depth = false;
            } else if (!depth && !is_punct(d, q - 1, ',') && !x_tok_is(d, q - 1, "and") &&
                       t->mention < 0) {
                break;
            } else if (t->mention >= 0) {
                xmention *m = x_men(d, (size_t)t->mention);
                if (m->type == FNR_ENTITY_PERSON && !m->lex) {
                    m->type = FNR_ENTITY_ORGANIZATION;
                    m->weak = 0;
                }
            }
            q--;
        }
    }
}

/* "the NIS said", after "National Intelligence Service (NIS)": the report
 * has told what its acronym stands for, so every mention the gazetteer
 * took for a place of that spelling is the organisation. */
static void acronyms_retype(x_doc *d)
{
    for (size_t i = 0; i < d->mentions.len; i++) {
        const xmention *a = x_men(d, i);
        if (strcmp(a->rule, "bracket_acronym") != 0)
            continue;
        for (size_t j = 0; j < d->mentions.len; j++) {
            xmention *m = x_men(d, j);
            if (m->type == FNR_ENTITY_LOCATION && m->lex && m->key_len == a->key_len &&
                memcmp(m->key, a->key, a->key_len) == 0 &&
                (x_tok(d, m->tok0)->tflags & FNR_TF_UPPER)) {
                m->type = FNR_ENTITY_ORGANIZATION;
                m->lex = NULL;
                m->kind = a->kind;
                m->rule = "bracket_acronym";
                m->weak = 0;
            }
        }
    }
}

/* "near the town of Bint Jbeil ... between Bint Jbeil and Tyre": a name
 * the report calls a place by its head noun is that place wherever else it
 * stands, though its particle ("Bint", "Abu") made a person's name of it
 * there. Places found by a head noun are few, so the pass is cheap. */
static void places_told_by_head(x_doc *d)
{
    uint32_t told[16];
    size_t n_told = 0;
    for (size_t i = 0; i < d->mentions.len && n_told < 16; i++) {
        const xmention *m = x_men(d, i);
        if (m->type == FNR_ENTITY_LOCATION && !m->lex && m->kind && m->key_len)
            told[n_told++] = (uint32_t)i;
    }
    for (size_t i = 0; i < d->mentions.len && n_told; i++) {
        xmention *m = x_men(d, i);
        /* (a name of two words or more the person rules guessed: a
         * surname told again is the person's) */
        if (m->type != FNR_ENTITY_PERSON || m->lex || !m->key_len || m->tok1 - m->tok0 < 2 ||
            strcmp(m->rule, "person_name") != 0)
            continue;
        for (size_t k = 0; k < n_told; k++) {
            const xmention *p = x_men(d, told[k]);
            if (p->key_len == m->key_len && memcmp(p->key, m->key, m->key_len) == 0) {
                m->type = FNR_ENTITY_LOCATION;
                m->kind = p->kind;
                break;
            }
        }
    }
}

fnr_status x_mentions_find(x_doc *d)
{
    scan_ctx c = { .d = d };
    fnr_buf_init(&c.kb, 4096);
    fnr_buf_init(&c.kb2, 4096);
    fnr_status st = FNR_OK;
    for (size_t s = 0; s < d->sents.len && st == FNR_OK; s++) {
        c.s = s;
        c.s0 = x_sent(d, s)->tok0;
        c.s1 = x_sent(d, s)->tok1;
        st = scan_names(&c);
        /* the token pass told which sentences the other two can find
         * anything in */
        if (st == FNR_OK && x_sent(d, s)->may_code_name)
            st = scan_code_names(&c);
        if (st == FNR_OK && x_sent(d, s)->may_bracket)
            st = scan_brackets(&c);
    }
    if (c.acronym_retyped)
        acronyms_retype(d);
    groups_by_list(d);
    places_told_by_head(d);
    fnr_buf_destroy(&c.kb);
    fnr_buf_destroy(&c.kb2);
    return st;
}

/* ---- entities ----------------------------------------------------------- */

static size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/*
 * The table link_mentions files mentions in: open addressing over mention
 * indexes, compared through the mentions, so no key is copied. A mention
 * is filed by its type and either its dictionary group (a group entry) or
 * its match key; a slot holds the mention + 1, bit 31 set for a group
 * entry, then the hash.
 */
typedef struct link_set {
    uint32_t *slot;
    size_t mask;
} link_set;

#define LINK_GROUP 0x80000000u

static fnr_status link_set_init(link_set *ls, size_t n_entries)
{
    size_t n_slots = 16;
    while (n_slots < 2 * n_entries)
        n_slots *= 2;
    ls->slot = fnr_calloc(2 * n_slots, sizeof *ls->slot);
    ls->mask = n_slots - 1;
    return ls->slot ? FNR_OK : FNR_NOMEM;
}

static uint32_t link_hash(const x_doc *d, const xmention *m, bool group)
{
    /* a one-word mention's key is its token's, hashed already (the low
     * half of fnr_hash, which is all that is taken of it for any key) */
    const xtok *t = x_tok(d, m->tok0);
    uint64_t h = group ? (uint64_t)m->lex->group * UINT64_C(0x9E3779B97F4A7C15) + 1
                 : m->key == t->key && m->key_len == t->key_len
                     ? t->hash
                     : (uint32_t)fnr_lexicon_hash(m->key, m->key_len);
    h ^= ((uint64_t)m->type + 1) * UINT64_C(0xC2B2AE3D27D4EB4F);
    return (uint32_t)(h ^ (h >> 29));
}

/* The mention filed under m's (type, group) or (type, key), or -1 when
 * there is none yet; then mention i (m) is filed there. */
static int32_t link_find_or_add(const x_doc *d, link_set *ls, size_t i, bool group)
{
    const xmention *m = x_men(d, i);
    uint32_t h = link_hash(d, m, group);
    size_t s = h & ls->mask;
    for (; ls->slot[2 * s]; s = (s + 1) & ls->mask) {
        uint32_t e = ls->slot[2 * s];
        if (ls->slot[2 * s + 1] != h || ((e & LINK_GROUP) != 0) != group)
            continue;
        const xmention *o = x_men(d, (e & ~LINK_GROUP) - 1);
        if (o->type != m->type)
            continue;
        if (group ? o->lex->group == m->lex->group
                  : o->key_len == m->key_len && memcmp(o->key, m->key, m->key_len) == 0)
            return (int32_t)(e & ~LINK_GROUP) - 1;
    }
    ls->slot[2 * s] = (uint32_t)(i + 1) | (group ? LINK_GROUP : 0);
    ls->slot[2 * s + 1] = h;
    return -1;
}

/* The last token of a person's full name, filed by its key (the table of
 * link_set, holding mention + 1 and the token's hash). */
static int32_t surname_find(const x_doc *d, const link_set *ls, const xtok *t)
{
    for (size_t s = t->hash & ls->mask; ls->slot[2 * s]; s = (s + 1) & ls->mask) {
        if (ls->slot[2 * s + 1] != t->hash)
            continue;
        int32_t j = (int32_t)ls->slot[2 * s] - 1;
        const xtok *o = x_tok(d, x_men(d, (size_t)j)->tok1 - 1);
        if (o->key_len == t->key_len && memcmp(o->key, t->key, t->key_len) == 0)
            return j;
    }
    return -1;
}

/* Whether the given names of tokens a and b are one name in two
 * spellings ("Muhammad", "Mohammed", "Mohamed"; "Khaled", "Khalid"): their
 * keys are equal once o is read as u, e and i as a, and doubled letters
 * once. "Mehmet" and "Ahmet" stay apart from "Muhammad" and "Ahmad". */
static bool given_variants(const xtok *a, const xtok *b)
{
    char fa[32], fb[32];
    size_t na = 0, nb = 0;
    const xtok *t[2] = { a, b };
    char *f[2] = { fa, fb };
    size_t *n[2] = { &na, &nb };
    for (int w = 0; w < 2; w++) {
        if (t[w]->key_len >= sizeof fa)
            return false;
        for (size_t k = 0; k < t[w]->key_len; k++) {
            char ch = t[w]->key[k];
            ch = ch == 'o' ? 'u' : ch == 'e' || ch == 'i' ? 'a' : ch;
            if (*n[w] == 0 || f[w][*n[w] - 1] != ch)
                f[w][(*n[w])++] = ch;
        }
    }
    return na == nb && na > 0 && memcmp(fa, fb, na) == 0;
}

/* Links mentions that name one thing: same dictionary group, same key,
 * surnames of full names, demonym institutions of a named service. */
/* Whether mention f's words hold mention m's words as a run of whole
 * words ("Gendarmerie" in "Gendarmerie General Command"). */
static bool words_within(const x_doc *d, const xmention *m, const xmention *f)
{
    size_t n = m->tok1 - m->tok0;
    for (size_t a = f->tok0; a + n <= f->tok1; a++) {
        size_t k = 0;
        while (k < n && x_tok(d, a + k)->key_len == x_tok(d, m->tok0 + k)->key_len &&
               memcmp(x_tok(d, a + k)->key, x_tok(d, m->tok0 + k)->key,
                      x_tok(d, m->tok0 + k)->key_len) == 0)
            k++;
        if (k == n)
            return true;
    }
    return false;
}

/* "the Gendarmerie" in a report that names the Gendarmerie General
 * Command: a dictionary body of no country, named bare, is the one body of
 * its kind the report names in full with its words. */
static void bare_body_names(x_doc *d)
{
    size_t n = d->mentions.len;
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        /* (or a ministry named by its head noun alone: "the Defense
         * Ministry" beside "the National Defense Ministry") */
        const char *mk = m->lex ? m->lex->kind : m->kind;
        bool bare = m->lex ? !m->lex->country[0]
                           : m->rule && strcmp(m->rule, "org_head") == 0 && mk &&
                                 strcmp(mk, "government") == 0;
        if (!m->key_len || !bare || !mk || m->type != FNR_ENTITY_ORGANIZATION ||
            m->tok1 - m->tok0 > 2 ||
            (strcmp(mk, "police") != 0 && strcmp(mk, "armed_forces") != 0 &&
             strcmp(mk, "intelligence_service") != 0 && strcmp(mk, "government") != 0))
            continue;
        /* ("Ukraine's Security Service" is not Russia's Federal Security
         * Service: a country that owns the bare name keeps it from a body
         * of another country) */
        const fnr_lex_entry *owner = m->tok0 >= 2 && (x_tok(d, m->tok0 - 1)->tflags & FNR_TF_POSS)
                                         ? x_key_entry(x_tok(d, m->tok0 - 2)->lk, FNR_LEX_LOCATION)
                                         : NULL;
        if (owner && (!owner->country[0] || !owner->kind || strcmp(owner->kind, "country") != 0))
            owner = NULL;
        int32_t named = -1;
        for (size_t j = 0; j < n && named != -2; j++) {
            const xmention *f = x_men(d, j);
            const char *fk = f->lex ? f->lex->kind : f->kind;
            if (j == i || !f->key_len || f->type != FNR_ENTITY_ORGANIZATION ||
                f->tok1 - f->tok0 <= m->tok1 - m->tok0 || !fk || strcmp(fk, mk) != 0 ||
                (m->lex && f->lex == m->lex) || !words_within(d, m, f))
                continue;
            if (owner && f->lex && f->lex->country[0] &&
                strcmp(f->lex->country, owner->country) != 0)
                continue;
            if (named >= 0 && find_root(d, named) != find_root(d, (int32_t)j))
                named = -2;
            else
                named = (int32_t)j;
        }
        if (named >= 0)
            unite(d, named, (int32_t)i);
    }
}

/* The country of the place that owns organisation mention m
 * ("Georgia's State Security Service"), or NULL. */
static const char *owner_country(const x_doc *d, const xmention *m)
{
    if (m->type != FNR_ENTITY_ORGANIZATION || m->tok0 < 2 || (m->lex && m->lex->country[0]) ||
        !(x_tok(d, m->tok0 - 1)->tflags & FNR_TF_POSS))
        return NULL;
    int32_t om = x_tok(d, m->tok0 - 2)->mention;
    const xmention *o = om >= 0 ? x_men(d, (size_t)om) : NULL;
    return o && o->type == FNR_ENTITY_LOCATION && o->lex && o->lex->country[0] ? o->lex->country
                                                                               : NULL;
}

/* "Georgia's State Security Service ... Azerbaijan's State Security
 * Service": one name owned by two states names two bodies. Such a name's
 * key takes its owner's country (a bare mention, the owner told last
 * before it), so the two are not linked; a name owned by one state only
 * is left as it is. */
static fnr_status owned_keys(x_doc *d)
{
    size_t n = d->mentions.len;
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        const char *c = m->key_len ? owner_country(d, m) : NULL;
        if (!c)
            continue;
        bool other = false;
        for (size_t j = 0; j < n && !other; j++) {
            const xmention *f = x_men(d, j);
            const char *fc =
                j != i && f->key_len == m->key_len && memcmp(f->key, m->key, m->key_len) == 0
                    ? owner_country(d, f)
                    : NULL;
            other = fc && strcmp(fc, c) != 0;
        }
        if (!other)
            continue;
        /* every mention of this key takes its owner's country */
        const char *key = m->key;
        size_t key_len = m->key_len;
        const char *last = NULL;
        for (size_t j = 0; j < n; j++) {
            xmention *f = x_men(d, j);
            if (f->type != FNR_ENTITY_ORGANIZATION || f->key_len != key_len ||
                memcmp(f->key, key, key_len) != 0)
                continue;
            const char *fc = owner_country(d, f);
            if (fc)
                last = fc;
            else
                fc = last;
            if (!fc)
                continue;
            char *k = fnr_arena_alloc(d->arena, key_len + 5);
            if (!k)
                return FNR_NOMEM;
            memcpy(k, key, key_len);
            k[key_len] = '#';
            memcpy(k + key_len + 1, fc, 3);
            k[key_len + 4] = '\0';
            f->key = k;
            f->key_len = (uint32_t)(key_len + 4);
        }
    }
    return FNR_OK;
}

static fnr_status link_mentions(x_doc *d)
{
    size_t n = d->mentions.len;
    link_set by_key = { 0 }, surnames = { 0 };
    fnr_status st = owned_keys(d);
    if (st != FNR_OK)
        return st;
    st = link_set_init(&by_key, 2 * n);
    if (st == FNR_OK)
        st = link_set_init(&surnames, n);
    if (st != FNR_OK)
        goto out;
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        if (!m->key_len)
            continue;
        /* key: type + group or match key */
        bool group = m->lex && m->lex->group;
        int32_t o = link_find_or_add(d, &by_key, i, group);
        if (o >= 0)
            unite(d, o, (int32_t)i);
        /* A dictionary mention also answers to its plain key (so "MIT" from the
         * dictionary meets "MIT" found in brackets). */
        if (group && (o = link_find_or_add(d, &by_key, i, false)) >= 0)
            unite(d, o, (int32_t)i);
    }
    /* Surnames of persons named in full: "Kaya" after "Hamza Kaya". */
    for (size_t j = 0; j < n; j++) {
        xmention *f = x_men(d, j);
        if (!f->key_len || f->type != FNR_ENTITY_PERSON || f->tok1 - f->tok0 < 2 || f->weak)
            continue;
        const xtok *lt = x_tok(d, f->tok1 - 1);
        if (surname_find(d, &surnames, lt) >= 0)
            continue;
        size_t s = lt->hash & surnames.mask;
        while (surnames.slot[2 * s])
            s = (s + 1) & surnames.mask;
        surnames.slot[2 * s] = (uint32_t)(j + 1);
        surnames.slot[2 * s + 1] = lt->hash;
    }
    /* "Ferhat Derik ... Derik had organized": the surname of a person the
     * report names, not the district of Derik */
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        /* (a small city too: "Edward Buba ... Buba said", not Buba in
         * Guinea-Bissau) */
        if (!m->key_len || m->type != FNR_ENTITY_LOCATION || m->tok1 - m->tok0 != 1 || !m->lex ||
            !m->lex->kind ||
            (strcmp(m->lex->kind, "district") != 0 && strcmp(m->lex->kind, "town") != 0 &&
             !(strcmp(m->lex->kind, "city") == 0 && m->lex->population < 100000)))
            continue;
        int32_t j = surname_find(d, &surnames, x_tok(d, m->tok0));
        if (j < 0)
            continue;
        m->type = FNR_ENTITY_PERSON;
        m->lex = NULL;
        m->kind = NULL;
        m->rule = "surname";
    }
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        size_t len = m->tok1 - m->tok0;
        if (!m->key_len || m->type != FNR_ENTITY_PERSON || len > 2)
            continue;
        /* "Kaya", or a particle and the surname as the full name has them:
         * "Bin Yusuf" after "Abdullahi bin Yusuf"; or the last two names of
         * one of three or more: "Warsame Ali" after "Abdirahman Warsame
         * Ali" */
        const xtok *t = x_tok(d, m->tok1 - 1), *pt = len == 2 ? x_tok(d, m->tok0) : NULL;
        /* (not "Hamza al-Shami" after "Abu Hamza al-Shami" or "Bilal Hamza
         * al-Shami": an Arabic name's last two may be a father's) */
        const char *tt = d->doc.text + t->start;
        if (pt && !(pt->xflags & XT_PARTICLE) &&
            (t->end - t->start < 3 ||
             ((tt[0] == 'a' || tt[0] == 'A' || tt[0] == 'e' || tt[0] == 'E') && tt[1] == 'l' &&
              tt[2] == '-')))
            continue;
        int32_t j;
        if ((t->tflags & FNR_TF_INITIALS) || (j = surname_find(d, &surnames, t)) < 0 ||
            j == (int32_t)i)
            continue;
        if (pt) {
            const xmention *f = x_men(d, (size_t)j);
            const xtok *fp = f->tok1 - f->tok0 > 2 ? x_tok(d, f->tok1 - 2) : NULL;
            if (!fp || fp->key_len != pt->key_len || memcmp(fp->key, pt->key, pt->key_len) != 0 ||
                (!(pt->xflags & XT_PARTICLE) && f->tok1 - f->tok0 == 3 &&
                 (x_tok_is(d, f->tok0, "abu") || x_tok_is(d, f->tok0, "umm"))))
                continue;
        }
        unite(d, j, (int32_t)i);
        m->weak = 1;
    }
    /* "Muhammad al-Hamwi" after "Mohammed Saleh al-Hamwi": a given name
     * spelt otherwise and the surname of a person named in full are that
     * person's */
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        if (!m->key_len || m->type != FNR_ENTITY_PERSON || m->tok1 - m->tok0 != 2 || m->weak ||
            !(x_tok(d, m->tok0)->xflags & XT_GIVEN))
            continue;
        int32_t j = surname_find(d, &surnames, x_tok(d, m->tok1 - 1));
        if (j < 0 || j == (int32_t)i || find_root(d, j) == find_root(d, (int32_t)i))
            continue;
        const xmention *f = x_men(d, (size_t)j);
        const xtok *g = x_tok(d, m->tok0), *fg = x_tok(d, f->tok0);
        /* (the same given name with a middle name left out may be a
         * kinsman's: "Khalid al-Turki" beside "Khalid Omar al-Turki") */
        if (same_key(g, fg) || !given_variants(g, fg))
            continue;
        unite(d, j, (int32_t)i);
    }
    /* "Turkish intelligence" is the named service of that country, if any. */
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        if (!m->key_len || m->rule[0] != 'd' || strcmp(m->rule, "demonym_institution") != 0 ||
            !m->kind)
            continue;
        const fnr_lex_entry *de = demonym_entry(d, m->tok0);
        if (!de || !de->country[0])
            continue;
        const char *want = strcmp(m->kind, "intelligence_service") == 0 ? "intelligence_service"
                           : strcmp(m->kind, "armed_forces") == 0       ? "armed_forces"
                           : strcmp(m->kind, "police") == 0             ? "police"
                                                                        : NULL;
        if (!want)
            continue;
        /* ("Turkish gendarmerie" is the body whose name says gendarmerie:
         * the Gendarmerie General Command, not the National Police) */
        const char *head = NULL;
        if (want[0] == 'p') {
            const xtok *ht = x_tok(d, m->tok1 - 1);
            head = ht->key_len == 11 && memcmp(ht->key, "gendarmerie", 11) == 0 ? "Gendarmerie"
                   : ht->key_len == 6 && memcmp(ht->key, "police", 6) == 0      ? "Police"
                                                                                : NULL;
            if (!head)
                continue;
        }
        uint32_t forces = want[0] == 'a' ? forces_group(d, m->tok0) : 0;
        /* "Russian intelligence" in a report that names the GRU and the
         * FSB is neither of them for sure: a body of its own (D-2) */
        int32_t named = -1;
        for (size_t j = 0; j < n; j++) {
            xmention *f = x_men(d, j);
            if (j == i || !f->key_len || f->type != FNR_ENTITY_ORGANIZATION)
                continue;
            /* ("Iraq's National Intelligence Service": a service the
             * dictionary does not place, owned by the state) */
            const char *fkind = f->lex && f->lex->kind ? f->lex->kind : f->kind;
            const char *fc = f->lex && f->lex->country[0] ? f->lex->country : NULL;
            if (!f->lex || !fc)
                fc = owner_country(d, f);
            if (!fc || !fkind || (!f->lex && (forces || head)))
                continue;
            if (fkind[0] == want[0] && strcmp(fkind, want) == 0 && strcmp(fc, de->country) == 0 &&
                (!forces || f->lex->group == forces) &&
                (!head || (f->lex->canon && strstr(f->lex->canon, head)))) {
                if (named >= 0 && (x_men(d, (size_t)named)->lex != f->lex || !f->lex) &&
                    find_root(d, named) != find_root(d, (int32_t)j)) {
                    named = -2;
                    break;
                }
                named = (int32_t)j;
            }
        }
        if (named >= 0)
            unite(d, named, (int32_t)i);
    }
    bare_body_names(d);
out:
    fnr_free(by_key.slot);
    fnr_free(surnames.slot);
    return st;
}

/* Whether mention m follows the cue of a code name ("known as X",
 * "whose nom de guerre was X"), and so is one ("whose real name is X"
 * names the real one). */
static bool after_code_cue(const x_doc *d, const xmention *m)
{
    size_t lo = m->tok0 > 6 ? m->tok0 - 6 : 0;
    for (size_t q = m->tok0; q > lo; q--) {
        size_t k = code_name_cue(d, q - 1, m->tok0 + 1);
        if (!k)
            continue;
        if (x_tok_is(d, q - 1, "real") || x_tok_is(d, q - 1, "born"))
            return false;
        while (k < m->tok0 && (is_open_quote(d, k) || is_punct(d, k, ',') || x_tok_is(d, k, "is") ||
                               x_tok_is(d, k, "was") || x_tok_is(d, k, "the")))
            k++;
        return k == m->tok0;
    }
    return false;
}

/* The dictionary's entries of mention m's key: a one-word mention's from
 * its token (looked up by the token pass), else looked up. */
static size_t place_entries(const x_doc *d, const xmention *m, const fnr_lex_entry *const **items)
{
    const xtok *t = x_tok(d, m->tok0);
    if (m->tok1 == m->tok0 + 1 && t->key_len == m->key_len &&
        memcmp(t->key, m->key, m->key_len) == 0) {
        *items = t->lk ? t->lk->items : NULL;
        return t->lk ? t->lk->n : 0;
    }
    return fnr_lexicon_get(d->x->lex, m->key, m->key_len, items);
}

/* A place name several countries have ("Sur", a district of Diyarbakır
 * and a city of Oman) is the one in the country the report's other places,
 * those of one country only, name most. */
static void homonym_places(x_doc *d)
{
    char cc[16][4];
    unsigned cnt[16], n_cc = 0;
    bool ambiguous = false;
    for (size_t i = 0; i < d->mentions.len; i++) {
        const xmention *m = x_men(d, i);
        if (!m->lex || !m->lex->country[0] || !m->key_len)
            continue;
        if (m->type == FNR_ENTITY_ORGANIZATION) {
            /* "General Security": Lebanon's body or Syria's, as the
             * places say */
            const fnr_lex_entry *const *items;
            size_t n = place_entries(d, m, &items), orgs = 0;
            for (size_t k = 0; k < n; k++)
                orgs += items[k]->cls == FNR_LEX_ORG;
            ambiguous = ambiguous || orgs > 1;
            continue;
        }
        if (m->type != FNR_ENTITY_LOCATION)
            continue;
        const fnr_lex_entry *const *items;
        size_t n = place_entries(d, m, &items), places = 0;
        for (size_t k = 0; k < n; k++)
            places += items[k]->cls == FNR_LEX_LOCATION;
        if (places > 1) {
            ambiguous = true;
            continue;
        }
        size_t c = 0;
        while (c < n_cc && memcmp(cc[c], m->lex->country, 4) != 0)
            c++;
        if (c == n_cc && n_cc < 16) {
            memcpy(cc[n_cc], m->lex->country, 4);
            cnt[n_cc++] = 0;
        }
        if (c < n_cc)
            cnt[c]++;
    }
    if (!ambiguous || n_cc == 0)
        return;
    size_t best = 0;
    for (size_t c = 1; c < n_cc; c++)
        if (cnt[c] > cnt[best])
            best = c;
    for (size_t c = 0; c < n_cc; c++)
        if (c != best && cnt[c] == cnt[best])
            return; /* no one country stands out */
    for (size_t i = 0; i < d->mentions.len; i++) {
        xmention *m = x_men(d, i);
        if (m->type == FNR_ENTITY_ORGANIZATION && m->lex && m->key_len &&
            memcmp(m->lex->country, cc[best], 4) != 0) {
            const fnr_lex_entry *const *items;
            size_t n = place_entries(d, m, &items);
            for (size_t k = 0; k < n; k++)
                if (items[k]->cls == FNR_LEX_ORG && memcmp(items[k]->country, cc[best], 4) == 0) {
                    m->lex = items[k];
                    break;
                }
            continue;
        }
        /* (a capital or a large city keeps its own: Vienna is Austria's
         * whatever the report names besides) */
        if (m->type != FNR_ENTITY_LOCATION || !m->lex || !m->key_len ||
            memcmp(m->lex->country, cc[best], 4) == 0 || m->lex->population >= 300000 ||
            (m->lex->kind &&
             (strcmp(m->lex->kind, "capital") == 0 || strcmp(m->lex->kind, "country") == 0)))
            continue;
        const fnr_lex_entry *const *items;
        size_t n = place_entries(d, m, &items);
        for (size_t k = 0; k < n; k++)
            if (items[k]->cls == FNR_LEX_LOCATION && memcmp(items[k]->country, cc[best], 4) == 0) {
                m->lex = items[k];
                break;
            }
    }
}

fnr_status x_entities_build(x_doc *d)
{
    homonym_places(d);
    fnr_status st = link_mentions(d);
    if (st != FNR_OK)
        return st;
    size_t n = d->mentions.len;
    /* Root of each mention, stored in entity temporarily. */
    for (size_t i = 0; i < n; i++)
        x_men(d, i)->entity = x_men(d, i)->key_len ? find_root(d, (int32_t)i) : -1;
    int32_t *root_to_ent = fnr_arena_alloc(d->arena, (n + 1) * sizeof *root_to_ent);
    if (!root_to_ent)
        return FNR_NOMEM;
    for (size_t i = 0; i < n; i++)
        root_to_ent[i] = -2; /* -2 unseen, -1 dropped */
    /* Mentions are in sentence order; entities in order of first mention. */
    size_t *order = fnr_arena_alloc(d->arena, (n + 1) * sizeof *order);
    if (!order)
        return FNR_NOMEM;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    /* insertion sort by start offset (mentions are nearly sorted) */
    for (size_t i = 1; i < n; i++) {
        size_t v = order[i], k = i;
        while (k > 0 && x_men(d, order[k - 1])->start > x_men(d, v)->start) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = v;
    }
    /* A group of lone "surname?" mentions that joined nobody is no entity. */
    bool *only_guess = fnr_arena_alloc(d->arena, n + 1);
    if (!only_guess)
        return FNR_NOMEM;
    for (size_t i = 0; i < n; i++)
        only_guess[i] = true;
    for (size_t i = 0; i < n; i++) {
        const xmention *m = x_men(d, i);
        if (m->entity >= 0 && (m->rule[0] != 's' || strcmp(m->rule, "surname?") != 0))
            only_guess[m->entity] = false;
    }
    size_t n_ents = 0;
    for (size_t oi = 0; oi < n; oi++) {
        xmention *m = x_men(d, order[oi]);
        if (m->entity < 0)
            continue;
        int32_t r = m->entity;
        if (root_to_ent[r] == -2)
            root_to_ent[r] = only_guess[r] ? -1 : (int32_t)n_ents++;
    }
    fnr_entity *ents = n_ents ? fnr_arena_calloc(d->arena, n_ents, sizeof *ents) : NULL;
    if (n_ents && !ents)
        return FNR_NOMEM;
    size_t *n_m = n_ents ? fnr_arena_calloc(d->arena, n_ents, sizeof *n_m) : NULL;
    if (n_ents && !n_m)
        return FNR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        xmention *m = x_men(d, i);
        m->entity = m->entity >= 0 ? root_to_ent[m->entity] : -1;
        if (m->entity >= 0)
            n_m[m->entity]++;
    }
    /* every entity's mentions and aliases in one array each, cut in turn:
     * two allocations, not two per entity */
    size_t n_all = 0;
    for (size_t e = 0; e < n_ents; e++)
        n_all += n_m[e];
    fnr_mention *all_m = fnr_arena_calloc(d->arena, n_all + 1, sizeof(fnr_mention));
    const char **all_a = fnr_arena_calloc(d->arena, n_all + 1, sizeof(char *));
    if (!all_m || !all_a)
        return FNR_NOMEM;
    for (size_t e = 0, at = 0; e < n_ents; e++) {
        ents[e].mentions = all_m + at;
        ents[e].aliases = all_a + at;
        at += n_m[e];
    }
    /* Fill mentions in text order, pick names and attributes. */
    const char *text = d->doc.text;
    int32_t *best = fnr_arena_alloc(d->arena, (n_ents + 1) * sizeof *best);
    if (!best)
        return FNR_NOMEM;
    for (size_t e = 0; e < n_ents; e++)
        best[e] = -1;
    for (size_t oi = 0; oi < n; oi++) {
        size_t mi = order[oi];
        xmention *m = x_men(d, mi);
        if (m->entity < 0)
            continue;
        fnr_entity *en = &ents[m->entity];
        fnr_mention *fm = &en->mentions[en->n_mentions++];
        fm->start = m->start;
        fm->end = m->end;
        fm->sentence = m->sentence;
        fm->rule = m->rule;
        if (en->n_mentions == 1)
            en->type = (fnr_entity_type)m->type;
        int32_t b = best[m->entity];
        if (b < 0) {
            best[m->entity] = (int32_t)mi;
        } else {
            xmention *bm = x_men(d, (size_t)b);
            size_t lb = utf8_chars(text + bm->start, bm->end - bm->start);
            size_t lm = utf8_chars(text + m->start, m->end - m->start);
            /* "ISTANBUL" of a dateline names the city less well than
             * "Istanbul" of the text */
            bool shout_b = lb == lm && all_upper_span(text + bm->start, bm->end - bm->start) &&
                           !all_upper_span(text + m->start, m->end - m->start);
            /* ("Hajj Mohsin" of a heading, then "Fuad Shukr, whose nom de
             * guerre was Hajj Mohsin": the real name names him) */
            bool bw = bm->weak || (bm->type == FNR_ENTITY_PERSON && after_code_cue(d, bm));
            bool mw = m->weak || (m->type == FNR_ENTITY_PERSON && after_code_cue(d, m));
            if ((bw && !mw) || (bw == mw && (lm > lb || shout_b)))
                best[m->entity] = (int32_t)mi;
        }
        if (!en->canonical && m->lex && m->lex->canon && m->lex->canon[0] &&
            (m->type != FNR_ENTITY_PERSON || m->lex->cls == FNR_LEX_PERSON))
            en->canonical = m->lex->canon;
        if (en->kind && !en->country[0] && m->lex && m->lex->country[0] &&
            m->type == FNR_ENTITY_ORGANIZATION && en->type == FNR_ENTITY_ORGANIZATION)
            memcpy(en->country, m->lex->country, 4); /* "Security Service (Säpo)" */
        if (!en->kind) {
            if (m->lex) {
                en->kind = m->lex->kind && m->lex->kind[0] ? m->lex->kind : NULL;
                /* ("Tajikistan's State Committee for National Security
                 * (GKNB)": the owner told says whose, not the first row of
                 * an acronym two states' bodies share) */
                if (!en->country[0])
                    memcpy(en->country, m->lex->country, 4);
                if (m->lex->has_coords) {
                    en->has_coords = true;
                    en->lat = m->lex->lat;
                    en->lon = m->lex->lon;
                }
            } else if (m->kind) {
                en->kind = m->kind;
                /* "Iraqi intelligence" is Iraq's, "Izmir police" Türkiye's */
                const fnr_lex_entry *de =
                    strcmp(m->rule, "demonym_institution") == 0 ? demonym_entry(d, m->tok0)
                    : strcmp(m->rule, "place_police") == 0 ||
                            strcmp(m->rule, "place_prosecutor") == 0 ||
                            /* "Izmir Airport", "Mersin Port", "Van Ferit Melen
                             * Airport": a site named after its place */
                            strcmp(m->rule, "place_facility") == 0 ||
                            strcmp(m->rule, "place_named_facility") == 0 ||
                            strcmp(m->rule, "place_site") == 0 ||
                            /* "Ankara 2nd High Criminal Court", "Pakistan Air Force" */
                            (strcmp(m->rule, "org_head") == 0 &&
                             (strcmp(m->kind, "court") == 0 ||
                              (strcmp(m->kind, "armed_forces") == 0 &&
                               !(x_tok(d, m->tok0)->xflags & XT_DEMONYM))))
                        ? x_key_entry(x_tok(d, m->tok0)->lk, FNR_LEX_LOCATION)
                    /* "the Supreme Court of Kenya" */
                    : strcmp(m->rule, "institution_of_place") == 0 ? place_after_of(d, m)
                    /* "the US Embassy", "the Embassy of Iraq": the sending state's */
                    : strcmp(m->kind, "embassy") == 0 && !(x_tok(d, m->tok0)->xflags & XT_DEMONYM)
                        ? sending_state(d, m)
                    /* "Jordanian Armed Forces" */
                    : (x_tok(d, m->tok0)->xflags & XT_DEMONYM) ? demonym_entry(d, m->tok0)
                                                               : NULL;
                if (de)
                    memcpy(en->country, de->country, 4);
            }
        }
        /* "Jordan's General Intelligence Directorate", "the Kurdistan
         * Region's Counter-Terrorism Department" */
        if (!en->country[0] && m->type == FNR_ENTITY_ORGANIZATION &&
            en->type == FNR_ENTITY_ORGANIZATION && m->tok0 >= 2 &&
            (x_tok(d, m->tok0 - 1)->tflags & FNR_TF_POSS)) {
            int32_t om = x_tok(d, m->tok0 - 2)->mention;
            const fnr_lex_entry *owner =
                om >= 0 && x_men(d, (size_t)om)->type == FNR_ENTITY_LOCATION
                    ? x_men(d, (size_t)om)->lex
                    : NULL;
            if (owner && owner->country[0])
                memcpy(en->country, owner->country, 4);
        }
        /* "its Azerbaijani counterpart, the State Security Service": the
         * demonym of the apposition's head says whose */
        if (!en->country[0] && m->type == FNR_ENTITY_ORGANIZATION &&
            en->type == FNR_ENTITY_ORGANIZATION && m->tok0 >= 4) {
            size_t k = m->tok0;
            if (x_tok_is(d, k - 1, "the"))
                k--;
            if (k >= 3 && is_punct(d, k - 1, ',') &&
                (x_tok_is(d, k - 2, "counterpart") || x_tok_is(d, k - 2, "counterparts") ||
                 x_tok_is(d, k - 2, "partner") || x_tok_is(d, k - 2, "ally")) &&
                (x_tok(d, k - 3)->xflags & XT_DEMONYM)) {
                const fnr_lex_entry *de = demonym_entry(d, k - 3);
                if (de && de->country[0])
                    memcpy(en->country, de->country, 4);
            }
        }
        /* "the Istanbul Police Department's Counter-Terrorism Branch
         * Directorate": a unit of no known kind is of its owner's kind */
        /* ("Hezbollah's elite Radwan Force": past a word of praise) */
        size_t u0 = m->tok0;
        if (u0 >= 3 && (x_tok(d, u0 - 1)->xflags & XT_LOWER) && x_tok(d, u0 - 1)->mention < 0 &&
            (x_tok(d, u0 - 2)->tflags & FNR_TF_POSS))
            u0--;
        if (!en->kind && m->type == FNR_ENTITY_ORGANIZATION &&
            en->type == FNR_ENTITY_ORGANIZATION && u0 >= 2 &&
            (x_tok(d, u0 - 1)->tflags & FNR_TF_POSS)) {
            int32_t om = x_tok(d, u0 - 2)->mention;
            const xmention *o = om >= 0 ? x_men(d, (size_t)om) : NULL;
            const char *okind = !o || o->type != FNR_ENTITY_ORGANIZATION ? NULL
                                : o->lex                                 ? o->lex->kind
                                                                         : o->kind;
            if (okind && okind[0]) {
                en->kind = okind;
                const fnr_lex_entry *oc =
                    o->lex ? o->lex : x_key_entry(x_tok(d, o->tok0)->lk, FNR_LEX_LOCATION);
                if (!en->country[0] && oc && oc->country[0])
                    memcpy(en->country, oc->country, 4);
            }
        }
    }
    for (size_t e = 0; e < n_ents; e++) {
        fnr_entity *en = &ents[e];
        x_id(en->id, 'e', (uint32_t)(e + 1));
        xmention *bm = x_men(d, (size_t)best[e]);
        /* "BAGHDAD", "THE HAGUE" of a dateline, told nowhere else: the
         * dictionary's spelling names the place, the shout is an alias */
        bool shout = bm->lex && bm->lex->name && !bm->lex->upper_name && bm->end - bm->start > 3 &&
                     all_upper_span(text + bm->start, bm->end - bm->start);
        en->name = shout ? fnr_arena_strndup(d->arena, bm->lex->name, strlen(bm->lex->name))
                         : fnr_arena_strndup(d->arena, text + bm->start, bm->end - bm->start);
        if (!en->name)
            return FNR_NOMEM;
        if (en->canonical && strcmp(en->canonical, en->name) == 0)
            en->canonical = NULL;
        /* aliases: distinct surfaces other than the name, in order */
        size_t name_len = strlen(en->name);
        for (size_t k = 0; k < en->n_mentions; k++) {
            const char *s = text + en->mentions[k].start;
            size_t len = en->mentions[k].end - en->mentions[k].start;
            if (name_len == len && memcmp(en->name, s, len) == 0)
                continue;
            bool seen = false;
            for (size_t a = 0; a < en->n_aliases && !seen; a++)
                seen = strlen(en->aliases[a]) == len && memcmp(en->aliases[a], s, len) == 0;
            if (seen)
                continue;
            const char *dup = fnr_arena_strndup(d->arena, s, len);
            if (!dup)
                return FNR_NOMEM;
            en->aliases[en->n_aliases++] = dup;
        }
    }
    d->ents = ents;
    d->n_ents = n_ents;
    return FNR_OK;
}

/* ---- relations ---------------------------------------------------------- */

static const char *const LEADER_ROLES[] = { "leader",     "chief", "head",     "commander",
                                            "emir",       "amir",  "governor", "director",
                                            "founder",    "boss",  "chairman", "president",
                                            "ringleader", "wali",  NULL };

static bool role_is_leader(const x_doc *d, size_t last_role_tok)
{
    size_t h = last_role_tok;
    /* "director general", "secretary general" head the body (also as one
     * hyphenated token, "secretary-general") */
    bool one = x_tok_is(d, h, "secretary general") || x_tok_is(d, h, "director general");
    if (!one && x_tok_is(d, h, "general") && h > 0 &&
        (x_tok_in(d, h - 1, LEADER_ROLES) || x_tok_is(d, h - 1, "secretary")))
        h--;
    else if (!one && !x_tok_in(d, h, LEADER_ROLES))
        return false;
    /* "deputy director", "vice president", "assistant chief": second */
    for (size_t k = h; k > 0 && h - k < 2; k--)
        if (x_tok_is(d, k - 1, "deputy") || x_tok_is(d, k - 1, "vice") ||
            x_tok_is(d, k - 1, "assistant"))
            return false;
    return true;
}

static fnr_status add_relation(x_doc *d, fnr_relation_type type, int src, int dst, size_t sent,
                               size_t start, size_t end, const char *role, const char *rule)
{
    if (src < 0 || dst < 0 || src == dst)
        return FNR_OK;
    /* one relation of a kind between two entities per sentence; relations
     * come sentence by sentence, so look back over this sentence only */
    for (size_t i = d->rels.len; i-- > 0;) {
        if (FNR_VEC_AT(&d->rels, fnr_relation, i).sentence != sent)
            break;
        fnr_relation *r = &FNR_VEC_AT(&d->rels, fnr_relation, i);
        if (r->source == src && r->target == dst && r->sentence == sent &&
            (r->type == type || type == FNR_REL_ASSOCIATED_WITH))
            return FNR_OK;
    }
    fnr_relation r = { .type = type,
                       .source = src,
                       .target = dst,
                       .role = role,
                       .sentence = (uint32_t)sent,
                       .start = start,
                       .end = end,
                       .rule = rule };
    return FNR_VEC_PUSH(&d->rels, fnr_relation, r);
}

/* Role words between tokens [a, b): "so-called administrative and financial
 * responsible" -> "administrative and financial responsible". */
static const char *role_text(x_doc *d, size_t a, size_t b)
{
    while (a < b &&
           (x_tok_is(d, a, "the") || x_tok_is(d, a, "a") || x_tok_is(d, a, "an") ||
            x_tok_is(d, a, "so called") || x_tok_is(d, a, "so") || x_tok_is(d, a, "called") ||
            is_punct(d, a, '-') || x_tok_is(d, a, "its") || x_tok_is(d, a, "his") ||
            x_tok_is(d, a, "former") || x_tok_is(d, a, "alleged")))
        a++;
    if (a >= b)
        return NULL;
    size_t s = x_tok(d, a)->start, e = x_tok(d, b - 1)->end;
    if (e - s > 80)
        return NULL;
    return fnr_arena_strndup(d->arena, d->doc.text + s, e - s);
}

/* The militant group named last before token k, within a few paragraphs,
 * that "the group" or "the organization" points back to; -1 if none. */
static int group_before(const x_doc *d, size_t k)
{
    for (size_t i = k; i-- > 0 && k - i < 600;) {
        int e = x_tok_entity(d, i);
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION && d->ents[e].kind &&
            strcmp(d->ents[e].kind, "militant_group") == 0)
            return e;
    }
    return -1;
}

/* "Hezbollah said its commander X was killed": the body "its" stands for,
 * the entity the sentence names last before it when that is a body; *a is
 * set to where the role starts. -1 when no "its" opens the role (at most
 * two words before its last, token rq). */
static int its_owner(const x_doc *d, size_t s0, size_t rq, size_t *a)
{
    for (size_t k = rq; k > s0 + 1 && rq - k < 3; k--) {
        if (!x_tok_is(d, k - 1, "its")) {
            if (!is_word(x_tok(d, k - 1)) || x_tok(d, k - 1)->mention >= 0)
                return -1;
            continue;
        }
        /* ("sanctioned the Foxtrot network and its leader": the noun
         * before "and its", named by no entity, owns the leader) */
        if (k >= s0 + 3 && x_tok_is(d, k - 2, "and") && x_tok(d, k - 3)->mention < 0 &&
            (x_tok(d, k - 3)->xflags & XT_LOWER))
            return -1;
        for (size_t j = k - 1; j > s0; j--) {
            int e = x_tok_entity(d, j - 1);
            if (e < 0)
                continue;
            if (d->ents[e].type != FNR_ENTITY_ORGANIZATION)
                return -1;
            *a = k;
            return e;
        }
        return -1;
    }
    return -1;
}

/* Role words that are no titles: "the so-called financial responsible",
 * "a fighter". */
static const char *const ROLE_NOUNS[] = { "official",  "responsible", "treasurer", "fighter",
                                          "militant",  "cadre",       "executive", "employee",
                                          "spokesman", NULL };

/* The token after a verb that gives its subject a role ("was", "is",
 * "served as", "acted as", "became", "had been"), from token v; 0 if none. */
static size_t role_verb_end(const x_doc *d, size_t v, size_t end)
{
    if (v + 1 >= end)
        return 0;
    if (x_tok_is(d, v, "was") || x_tok_is(d, v, "is")) {
        /* "was said to be the treasurer of", "is believed to have been" */
        static const char *const HEARSAY[] = { "said",     "believed", "thought",    "alleged",
                                               "reported", "known",    "understood", NULL };
        if (v + 3 < end && x_tok_in(d, v + 1, HEARSAY) && x_tok_is(d, v + 2, "to")) {
            if (x_tok_is(d, v + 3, "be"))
                return v + 4;
            if (v + 4 < end && x_tok_is(d, v + 3, "have") && x_tok_is(d, v + 4, "been"))
                return v + 5;
        }
        /* "was described as the deputy leader of", "is named as" */
        static const char *const TOLD_AS[] = { "described", "identified", "named", "listed", NULL };
        if (v + 3 < end && x_tok_in(d, v + 1, TOLD_AS) && x_tok_is(d, v + 2, "as"))
            return v + 3;
        return v + 1;
    }
    if (x_tok_is(d, v, "became") || x_tok_is(d, v, "becomes"))
        return v + 1;
    if ((x_tok_is(d, v, "had") || x_tok_is(d, v, "has")) && x_tok_is(d, v + 1, "been"))
        return v + 2;
    if ((x_tok_is(d, v, "served") || x_tok_is(d, v, "serves") || x_tok_is(d, v, "acted") ||
         x_tok_is(d, v, "worked")) &&
        x_tok_is(d, v + 1, "as"))
        return v + 2;
    return 0;
}

/* Scans forward from k over role words to "of" + an organisation; returns
 * the entity and the role token range. */
static int role_of_org(x_doc *d, size_t k, size_t end, size_t *role_a, size_t *role_b)
{
    size_t a = k;
    size_t q = k;
    if (role_verb_end(d, k, end))
        return -1; /* "X, was the emir of ...": the predicate's, not an apposition */
    while (q < end && q - k < 8) {
        const xtok *t = x_tok(d, q);
        /* a place may qualify the role: "the so-called Anatolia emir of" */
        if (t->mention >= 0 && x_men(d, (size_t)t->mention)->type != FNR_ENTITY_LOCATION)
            return -1;
        if (x_tok_is(d, q, "of") || x_tok_is(d, q, "for") || x_tok_is(d, q, "in"))
            break;
        if (!is_word(t) && !is_punct(d, q, '-'))
            return -1;
        /* "Kim, allegedly sent details of the Joint Chiefs": a verb, not a
         * role ("so-called" keeps its "-ed") */
        if (t->key_len > 3 && !x_tok_is(d, q, "so called") && !x_tok_is(d, q, "only") &&
            !x_tok_is(d, q, "early") && !x_tok_is(d, q, "family") && !x_tok_is(d, q, "elderly") &&
            ((t->key[t->key_len - 2] == 'l' && t->key[t->key_len - 1] == 'y') ||
             (t->key[t->key_len - 2] == 'e' && t->key[t->key_len - 1] == 'd')))
            return -1;
        q++;
    }
    if (q >= end || q == a || !(x_tok_is(d, q, "of") || x_tok_is(d, q, "for")))
        return -1;
    /* "X, the son of Boko Haram founder Y": kin of a person of the body,
     * no role in it */
    static const char *const KIN[] = { "son",    "daughter", "brother", "sister", "wife",
                                       "widow",  "husband",  "father",  "mother", "nephew",
                                       "cousin", "uncle",    "niece",   NULL };
    if (x_tok_in(d, q - 1, KIN))
        return -1;
    *role_a = a;
    *role_b = q;
    q++;
    while (q < end && (x_tok_is(d, q, "the") || x_tok_is(d, q, "so called") ||
                       x_tok_is(d, q, "so") || x_tok_is(d, q, "called") || is_punct(d, q, '-')))
        q++;
    if (q >= end)
        return -1;
    /* "head of Russia's SVR": past the owner to the body */
    int32_t pm = x_tok(d, q)->mention;
    if (pm >= 0 && x_men(d, (size_t)pm)->type == FNR_ENTITY_LOCATION) {
        size_t r = x_men(d, (size_t)pm)->tok1;
        if (r + 1 < end && (x_tok(d, r)->tflags & FNR_TF_POSS))
            q = r + 1;
        /* "the so-called emir of Raqqa for the Islamic State": the place the
         * role is of, then the body it is held in */
        else if (r + 2 < end && (x_tok_is(d, r, "for") || x_tok_is(d, r, "of"))) {
            size_t b = r + 1;
            while (b + 1 < end && (x_tok_is(d, b, "the") || x_tok_is(d, b, "so called")))
                b++;
            int body = x_tok_entity(d, b);
            if (body >= 0 && d->ents[body].type == FNR_ENTITY_ORGANIZATION)
                return body;
        }
    }
    /* "head of the Met's Counter Terrorism Command": past an owner the
     * dictionary does not know */
    if (pm < 0 && q + 2 < end && (x_tok(d, q)->tflags & FNR_TF_CAP) &&
        (x_tok(d, q + 1)->tflags & FNR_TF_POSS) && x_tok(d, q + 2)->mention >= 0)
        q += 2;
    /* "treasurer of the group's Raqqa province": the group's own unit */
    else if (pm < 0 && q + 2 < end && x_tok_in(d, q, GROUP_NOUNS) &&
             (x_tok(d, q + 1)->tflags & FNR_TF_POSS) && x_tok_entity(d, q + 2) >= 0 &&
             d->ents[x_tok_entity(d, q + 2)].type == FNR_ENTITY_ORGANIZATION)
        q += 2;
    int e = x_tok_entity(d, q);
    if (e < 0 && q + 1 < end &&
        (x_tok_is(d, q, "terror") || x_tok_is(d, q, "terrorist") || x_tok_is(d, q, "militant")))
        q++;
    if (e < 0 && x_tok_is(d, *role_b, "of") &&
        (x_tok_is(d, q, "group") || x_tok_is(d, q, "organization") ||
         x_tok_is(d, q, "organisation")))
        return group_before(d, k); /* "the so-called Anatolia emir of the group" */
    if (e < 0 || d->ents[e].type != FNR_ENTITY_ORGANIZATION)
        return -1;
    return e;
}

/* Whether mention m is who tells the sentence ("..., Interior Minister Ali
 * Yerlikaya said", "according to the Federal Prosecutor's Office"): the
 * source of a report is not tied to what it reports. */
/* Is token k the "'s" of a possessive, a token of its own? */
static bool apostrophe_s(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    const char *p = d->doc.text + t->start;
    size_t n = t->end - t->start;
    return (n == 2 && p[0] == '\'' && p[1] == 's') ||
           (n == 4 && memcmp(p, "\xE2\x80\x99s", 4) == 0);
}

static bool source_of_sentence(const x_doc *d, const xmention *m, size_t s0, size_t s1)
{
    /* "..., said Major General Antonio Nafarrete, commander of the army's
     * 1st Infantry Division": the speaker after the deed, with titles, and
     * the body of the speaker's role */
    size_t v = m->tok0;
    while (v > s0 && m->tok0 - v < 10 &&
           (x_tok(d, v - 1)->kind == FNR_TOK_WORD || apostrophe_s(d, v - 1)) &&
           !x_report_verb(d, v - 1) && !x_tok_is(d, v - 1, "that") && !x_tok_is(d, v - 1, "and") &&
           x_tok(d, v - 1)->mention < 0)
        v--;
    while (v > s0 + 1 && is_punct(d, v - 1, ',') && m->tok0 - v < 10 &&
           x_tok(d, v - 2)->mention >= 0) {
        /* (past the speaker's name to the verb before it) */
        size_t w = x_men(d, (size_t)x_tok(d, v - 2)->mention)->tok0;
        if (x_men(d, (size_t)x_tok(d, v - 2)->mention)->type != FNR_ENTITY_PERSON)
            break;
        while (w > s0 && w + 10 > m->tok0 && x_tok(d, w - 1)->kind == FNR_TOK_WORD &&
               (x_tok(d, w - 1)->tflags & FNR_TF_CAP) && !x_report_verb(d, w - 1))
            w--;
        v = w;
        break;
    }
    if (v >= s0 + 2 && v < m->tok0 + 1 && x_report_verb(d, v - 1) &&
        (is_punct(d, v - 2, ',') || (x_tok(d, v - 2)->xflags & XT_QUOTE)) &&
        (v == m->tok0 || (x_tok(d, v)->tflags & FNR_TF_CAP) || x_tok_is(d, v, "the")))
        return true;
    size_t k = m->tok0;
    if (k > s0 && x_tok_is(d, k - 1, "the"))
        k--;
    if (k >= s0 + 2 && x_tok_is(d, k - 1, "to") && x_tok_is(d, k - 2, "according"))
        return true;
    k = m->tok1;
    /* "the Puntland Security Force (PSF) said": the acronym in brackets too */
    if (k < s1 && is_punct(d, k, ')') && m->tok0 > s0 && is_punct(d, m->tok0 - 1, '('))
        k++;
    if (k < s1 && is_punct(d, k, '(')) { /* "the BfV (domestic intelligence) said" */
        size_t c = k + 1;
        while (c < s1 && c - k < 8 && !is_punct(d, c, ')'))
            c++;
        k = c + 1;
    }
    if (k < s1 && x_tok_is(d, k, "in") && k + 1 < s1 && x_tok(d, k + 1)->mention >= 0)
        k = x_men(d, (size_t)x_tok(d, k + 1)->mention)->tok1; /* "the office in Karlsruhe said" */
    return k < s1 && x_report_verb(d, k);
}

/* "Hayat Tahrir al-Sham (HTS), the group led by X", "Al-Shabaab, led by
 * X", "FETÖ and its U.S.-based leader X": the leader of the body at mention
 * m, named after it in sentence s. */
static fnr_status body_led_by(x_doc *d, size_t s, const xmention *m, size_t s1)
{
    /* "the PKK's armed wing, the People's Defense Forces (HPG)": a part of
     * the body named before */
    static const char *const PARTS[] = { "wing",      "arm",     "branch",     "offshoot",
                                         "affiliate", "faction", "subsidiary", NULL };
    size_t b = m->tok0;
    size_t s0 = x_sent(d, s)->tok0;
    if (b > s0 && x_tok_is(d, b - 1, "the"))
        b--;
    if (b > s0 + 2 && is_punct(d, b - 1, ',') && x_tok_in(d, b - 2, PARTS)) {
        size_t r = b - 2, a = r;
        while (a > s0 && r - a < 3 && is_word(x_tok(d, a - 1)) &&
               !(x_tok(d, a - 1)->tflags & FNR_TF_POSS) && x_tok(d, a - 1)->mention < 0)
            a--;
        if (a >= s0 + 2 && (x_tok(d, a - 1)->tflags & FNR_TF_POSS)) {
            int owner = x_tok_entity(d, a - 2);
            if (owner >= 0 && d->ents[owner].type == FNR_ENTITY_ORGANIZATION) {
                fnr_status st =
                    add_relation(d, FNR_REL_MEMBER_OF, m->entity, owner, s, x_tok(d, a - 2)->start,
                                 m->end, role_text(d, a, r + 1), "part_of_body");
                if (st != FNR_OK)
                    return st;
            }
        }
    }
    static const char *const LED_BY[] = { "led", "headed", "founded", "commanded", "run", NULL };
    static const char *const BODY_WORDS[] = {
        "the", "a", "group", "organization", "organisation", "movement", "militia", "network", NULL
    };
    size_t q = m->tok1;
    if (q + 1 < s1 && is_punct(d, q, '(')) { /* its acronym */
        size_t c = q + 1;
        while (c < s1 && c - q < 5 && !is_punct(d, c, ')'))
            c++;
        q = c + 1;
    }
    size_t role = 0;
    if (q + 2 < s1 && x_tok_is(d, q, "and") && x_tok_is(d, q + 1, "its")) {
        /* "and its U.S.-based leader X": a leader's word within a few */
        for (size_t r = q + 2; r < s1 && r - q < 6 && !role; r++)
            if (role_is_leader(d, r))
                role = r;
        if (!role)
            return FNR_OK;
        q = role + 1;
        if (q < s1 && is_punct(d, q, ','))
            q++;
    } else {
        /* the predicate: "JNIM is led by X", "Al-Shabaab, the Somali
         * affiliate of al-Qaeda, is led by X" (past an apposition that
         * names no person); the body must be the sentence's subject, not
         * "the raid by MİT, in Ankara, was led by X" */
        size_t v = b == s0 ? q : s1;
        if (v + 1 < s1 && is_punct(d, v, ',')) {
            size_t c = v + 1;
            while (c < s1 && c - v < 12 && !is_punct(d, c, ',') &&
                   !(x_tok(d, c)->mention >= 0 &&
                     x_men(d, (size_t)x_tok(d, c)->mention)->type == FNR_ENTITY_PERSON))
                c++;
            if (c < s1 && is_punct(d, c, ','))
                v = c + 1;
        }
        if (v + 3 < s1 && (x_tok_is(d, v, "is") || x_tok_is(d, v, "was")) &&
            x_tok_in(d, v + 1, LED_BY) && x_tok_is(d, v + 2, "by")) {
            q = v + 3;
        } else {
            /* set off by a comma: "the operation by MİT, led by X" is the
             * operation's */
            if (q >= s1 || !is_punct(d, q, ','))
                return FNR_OK;
            q++;
            size_t w = q;
            while (q < s1 && q - w < 4 && x_tok_in(d, q, BODY_WORDS))
                q++;
            if (q + 2 >= s1 || !x_tok_in(d, q, LED_BY) || !x_tok_is(d, q + 1, "by"))
                return FNR_OK;
            q += 2;
        }
    }
    if (q >= s1)
        return FNR_OK;
    int p = x_tok_entity(d, q);
    if (p < 0 || d->ents[p].type != FNR_ENTITY_PERSON)
        return FNR_OK;
    return add_relation(d, FNR_REL_LEADER_OF, p, m->entity, s, m->start, x_tok(d, q)->end,
                        role ? role_text(d, role, role + 1) : NULL, "body_led_by");
}

/* One bit for each token that opens a mention (the first token of the
 * mention it points to), for a walk over them alone; NULL when out of
 * memory. */
static uint64_t *mention_starts(const x_doc *d)
{
    uint64_t *b = fnr_calloc(d->toks.len / 64 + 1, sizeof *b);
    if (!b)
        return NULL;
    for (size_t m = 0; m < d->mentions.len; m++) {
        size_t i = x_men(d, m)->tok0;
        if (x_tok(d, i)->mention == (int32_t)m)
            b[i / 64] |= UINT64_C(1) << (i % 64);
    }
    return b;
}

/* The first token from i on, before end, whose bit is set in b; end when
 * none. */
static size_t next_start(const uint64_t *b, size_t i, size_t end)
{
    while (i < end) {
        uint64_t w = b[i / 64] >> (i % 64);
        if (w) {
            size_t j = i + (size_t)__builtin_ctzll(w);
            return j < end ? j : end;
        }
        i = (i / 64 + 1) * 64;
    }
    return end;
}

fnr_status x_relations_find(x_doc *d)
{
    fnr_status st = FNR_OK;
    /* (the tokens that open a mention, one bit each: the walk below reads
     * those alone, with no branch on each token whether it opens one) */
    uint64_t *starts = mention_starts(d);
    if (!starts)
        return FNR_NOMEM;
    for (size_t s = 0; s < d->sents.len && st == FNR_OK; s++) {
        const xsent *se = x_sent(d, s);
        size_t s0 = se->tok0, s1 = se->tok1;
        /* The persons and organisations named in the sentence, in order,
         * for the associations at the end; a news outlet there is where it
         * was read ("ANKARA (AA) - ..."). Gathered from the mentions'
         * first tokens (a mention's tokens all name its entity). */
        int seen[16];
        size_t n_seen = 0;
        for (size_t i = next_start(starts, s0, s1); i < s1 && st == FNR_OK;
             i = next_start(starts, i + 1, s1)) {
            int32_t mi = x_tok(d, i)->mention;
            xmention *m = x_men(d, (size_t)mi);
            int e = m->entity;
            if (e < 0)
                continue;
            if (n_seen < 16 && d->ents[e].type != FNR_ENTITY_LOCATION &&
                !(d->ents[e].kind && d->ents[e].kind[0] == 'm' &&
                  strcmp(d->ents[e].kind, "media") == 0) &&
                !source_of_sentence(d, m, s0, s1)) {
                bool dup = false;
                for (size_t k = 0; k < n_seen; k++)
                    dup = dup || seen[k] == e;
                if (!dup)
                    seen[n_seen++] = e;
            }
            size_t after = m->tok1;
            if (m->type == FNR_ENTITY_PERSON) {
                /* "Cemil Kılıç (Cemil Kilic), the so-called Syria official
                 * of the PKK": past the name's other spelling in brackets */
                if (after + 2 < s1 && is_punct(d, after, '(') && x_tok_entity(d, after + 1) == e) {
                    size_t c = after + 1;
                    while (c < s1 && c - after < 8 && !is_punct(d, c, ')'))
                        c++;
                    if (c < s1 && is_punct(d, c, ')'))
                        after = c + 1;
                }
                /* "X, the so-called financial responsible of the Faruk office" */
                size_t k = after;
                if (k < s1 && is_punct(d, k, ','))
                    k++;
                else if (k < s1 && is_open_quote(d, k) && k + 1 < s1 && is_punct(d, k + 1, ','))
                    k += 2;
                else
                    k = s1;
                /* "X, who led ISIS until 2019": a leader */
                static const char *const LED[] = { "led",     "leads",    "heads",     "headed",
                                                   "founded", "commands", "commanded", NULL };
                if (k + 2 < s1 && x_tok_is(d, k, "who") && x_tok_in(d, k + 1, LED)) {
                    size_t q = k + 2;
                    if (x_tok_is(d, q, "the") && q + 1 < s1)
                        q++;
                    int led = x_tok_entity(d, q);
                    if (led >= 0 && d->ents[led].type == FNR_ENTITY_ORGANIZATION) {
                        st = add_relation(d, FNR_REL_LEADER_OF, e, led, s, m->start,
                                          x_tok(d, q)->end, NULL, "who_led");
                        if (st != FNR_OK)
                            break;
                    }
                }
                size_t ra, rb;
                int org = k < s1 ? role_of_org(d, k, s1, &ra, &rb) : -1;
                /* "X, the group's so-called military chief": the group
                 * told of before */
                if (org < 0 && k + 4 < s1 && x_tok_is(d, k, "the") &&
                    x_tok_in(d, k + 1, GROUP_NOUNS) && (x_tok(d, k + 2)->tflags & FNR_TF_POSS)) {
                    size_t r = k + 3;
                    while (r < s1 && r - k < 7 && x_tok(d, r)->mention < 0 &&
                           (x_tok_is(d, r, "so called") || is_punct(d, r, '-') ||
                            (is_word(x_tok(d, r)) && !role_is_leader(d, r) &&
                             !(x_tok(d, r)->xflags & XT_TITLE))))
                        r++;
                    if (r < s1 && r - k < 7 && x_tok(d, r)->mention < 0 &&
                        (role_is_leader(d, r) || (x_tok(d, r)->xflags & XT_TITLE)) &&
                        (r + 1 >= s1 || !is_word(x_tok(d, r + 1)) || x_tok_is(d, r + 1, "who"))) {
                        org = group_before(d, k + 1);
                        ra = k + 3;
                        rb = r + 1;
                    }
                }
                if (org >= 0) {
                    const char *role = role_text(d, ra, rb);
                    bool leader = rb > ra && role_is_leader(d, rb - 1);
                    bool member = x_tok_is(d, rb - 1, "member") || x_tok_is(d, rb - 1, "members");
                    st = add_relation(d, leader ? FNR_REL_LEADER_OF : FNR_REL_MEMBER_OF, e, org, s,
                                      m->start, x_tok(d, rb)->end, member ? NULL : role,
                                      leader ? "appositive_leader" : "appositive_role");
                    if (st != FNR_OK)
                        break;
                }
                /* "X was the so-called treasurer of the Nineveh province",
                 * "X served as a recruiter for Daesh": a role the sentence
                 * gives its subject */
                size_t v = after; /* past "," and a code name's closing quote */
                while (v < s1 && v - after < 2 && (is_punct(d, v, ',') || is_open_quote(d, v)))
                    v++;
                /* ("X, who was described as the so-called wali of") */
                if (v > after && v < s1 && x_tok_is(d, v, "who"))
                    v++;
                size_t pv = role_verb_end(d, v, s1);
                int porg = pv ? role_of_org(d, pv, s1, &ra, &rb) : -1;
                if (porg >= 0 && rb > ra &&
                    ((x_tok(d, rb - 1)->xflags & XT_TITLE) || x_tok_in(d, rb - 1, ROLE_NOUNS))) {
                    bool leader = role_is_leader(d, rb - 1);
                    bool member = x_tok_is(d, rb - 1, "member") || x_tok_is(d, rb - 1, "members");
                    st = add_relation(d, leader ? FNR_REL_LEADER_OF : FNR_REL_MEMBER_OF, e, porg, s,
                                      m->start, x_tok(d, rb)->end,
                                      member ? NULL : role_text(d, ra, rb), "predicate_role");
                    if (st != FNR_OK)
                        break;
                }
                /* "the so-called leader of ISIS, X" / "MİT chief X" */
                if (i > s0) {
                    size_t q = i - 1;
                    if (is_punct(d, q, ',') && q > s0)
                        q--;
                    /* ORG title X; "Russia's Foreign Intelligence Service (SVR)
                     * director X", "the Kurdistan Democratic Party official X" */
                    if (((x_tok(d, q)->xflags & XT_TITLE) || x_tok_is(d, q, "official")) &&
                        q > s0) {
                        size_t o = q - 1;
                        if (is_punct(d, o, ')')) {
                            size_t p = o;
                            while (p > s0 && o - p < 5 && !is_punct(d, p - 1, '('))
                                p--;
                            if (p > s0 + 1 && is_punct(d, p - 1, '('))
                                o = p - 2;
                        }
                        int org2 = x_tok_entity(d, o);
                        if (org2 >= 0 && d->ents[org2].type == FNR_ENTITY_ORGANIZATION) {
                            bool leader = role_is_leader(d, q);
                            st = add_relation(d, leader ? FNR_REL_LEADER_OF : FNR_REL_MEMBER_OF, e,
                                              org2, s, x_tok(d, o)->start, m->end,
                                              role_text(d, q, q + 1), "title_before_name");
                            if (st != FNR_OK)
                                break;
                        }
                    }
                    /* "ISIS's so-called Türkiye emir, X": the org owns the role;
                     * "the Islamic State group's so-called governor of Kirkuk,
                     * X": a place may follow it */
                    size_t rq = q;
                    if (is_punct(d, i - 1, ',') && x_tok(d, q)->mention >= 0 &&
                        x_men(d, (size_t)x_tok(d, q)->mention)->type == FNR_ENTITY_LOCATION) {
                        size_t p0 = (size_t)x_men(d, (size_t)x_tok(d, q)->mention)->tok0;
                        if (p0 >= s0 + 2 && x_tok_is(d, p0 - 1, "of"))
                            rq = p0 - 2;
                    }
                    /* (with no comma the role must be a title: "Hezbollah's
                     * secretary-general X", "the DHKP-C's founder X") */
                    if ((is_punct(d, i - 1, ',') || (x_tok(d, rq)->xflags & XT_TITLE)) &&
                        x_tok(d, rq)->mention < 0 && is_word(x_tok(d, rq))) {
                        size_t r = q + 1, a = rq;
                        while (a > s0 && r - a < 6 && !(x_tok(d, a - 1)->tflags & FNR_TF_POSS) &&
                               (is_word(x_tok(d, a - 1)) || is_punct(d, a - 1, '-')))
                            a--;
                        int owner = a >= s0 + 2 && (x_tok(d, a - 1)->tflags & FNR_TF_POSS)
                                        ? x_tok_entity(d, a - 2)
                                        : -1;
                        /* "The group's spokesman, X": the group told of before
                         * (set off by a comma only: a guess) */
                        if (owner < 0 && is_punct(d, i - 1, ',') && a >= s0 + 2 &&
                            (x_tok(d, a - 1)->tflags & FNR_TF_POSS) &&
                            (x_tok_is(d, a - 2, "group") || x_tok_is(d, a - 2, "organization") ||
                             x_tok_is(d, a - 2, "organisation")))
                            owner = group_before(d, a - 2);
                        if (owner < 0)
                            owner = its_owner(d, s0, rq, &a);
                        if (owner >= 0 && d->ents[owner].type == FNR_ENTITY_ORGANIZATION &&
                            ((x_tok(d, rq)->xflags & XT_TITLE) || role_is_leader(d, rq) ||
                             x_tok_is(d, rq, "official") || x_tok_is(d, rq, "responsible") ||
                             x_tok_is(d, rq, "spokesman") || x_tok_is(d, rq, "financier") ||
                             x_tok_is(d, rq, "operative"))) {
                            bool leader = role_is_leader(d, rq);
                            st = add_relation(d, leader ? FNR_REL_LEADER_OF : FNR_REL_MEMBER_OF, e,
                                              owner, s, x_tok(d, a - 2)->start, m->end,
                                              role_text(d, a, r), "possessive_role");
                            if (st != FNR_OK)
                                break;
                        }
                    }
                    /* "leader of ORG, X": walk back over the org to "of" and roles
                     * (and "governor of the Daesh terrorist group, X": past the
                     * group's common noun) */
                    size_t oq = q;
                    /* "a member of the Fetullah Terrorist Organization (FETÖ),
                     * X": past the acronym to the body */
                    if (is_punct(d, oq, ')') && oq > s0 + 2) {
                        size_t p = oq;
                        while (p > s0 + 1 && oq - p < 4 && !is_punct(d, p - 1, '('))
                            p--;
                        if (is_punct(d, p - 1, '(') && p - 1 > s0 && x_tok_entity(d, p - 2) >= 0)
                            oq = p - 2;
                    }
                    if (oq > s0 + 1 &&
                        (x_tok_is(d, oq, "group") || x_tok_is(d, oq, "organization") ||
                         x_tok_is(d, oq, "organisation"))) {
                        oq--;
                        if (oq > s0 + 1 &&
                            (x_tok_is(d, oq, "terrorist") || x_tok_is(d, oq, "terror") ||
                             x_tok_is(d, oq, "militant") || x_tok_is(d, oq, "jihadist")))
                            oq--;
                        if (x_tok_entity(d, oq) < 0)
                            oq = q;
                    }
                    int org3 = x_tok_entity(d, oq);
                    if (org3 >= 0 && d->ents[org3].type == FNR_ENTITY_ORGANIZATION &&
                        is_punct(d, i - 1, ',')) {
                        size_t r = (size_t)x_men(d, (size_t)x_tok(d, oq)->mention)->tok0;
                        while (r > s0 && (x_tok_is(d, r - 1, "so called") ||
                                          x_tok_is(d, r - 1, "the") || is_punct(d, r - 1, '-')))
                            r--;
                        /* ("the so-called wali of Kirkuk for the Islamic
                         * State, X": the role of a place, held in the body) */
                        size_t role_end = SIZE_MAX;
                        /* (or "of": "the so-called wali of Kirkuk of the
                         * Islamic State group, X") */
                        if (r > s0 + 2 && (x_tok_is(d, r - 1, "for") || x_tok_is(d, r - 1, "of"))) {
                            int32_t lm = x_tok(d, r - 2)->mention;
                            const xmention *pl = lm >= 0 ? x_men(d, (size_t)lm) : NULL;
                            if (pl && pl->type == FNR_ENTITY_LOCATION && pl->tok1 == r - 1 &&
                                pl->tok0 > s0 && x_tok_is(d, pl->tok0 - 1, "of")) {
                                role_end = r - 1;
                                r = pl->tok0;
                            }
                        }
                        if (r > s0 && x_tok_is(d, r - 1, "of")) {
                            size_t rb2 = r - 1, ra2 = rb2;
                            /* ("forces killed a senior commander of the
                             * group, X": the role from past the article, not
                             * the verb before it) */
                            while (ra2 > s0 && is_word(x_tok(d, ra2 - 1)) &&
                                   x_tok(d, ra2 - 1)->mention < 0 && rb2 - ra2 < 5 &&
                                   !x_tok_is(d, ra2 - 1, "the") && !x_tok_is(d, ra2 - 1, "a") &&
                                   !x_tok_is(d, ra2 - 1, "an") &&
                                   !(x_tok(d, ra2 - 1)->xflags & XT_TRIGGER))
                                ra2--;
                            if (ra2 < rb2) {
                                bool leader = role_is_leader(d, rb2 - 1);
                                st = add_relation(
                                    d, leader ? FNR_REL_LEADER_OF : FNR_REL_MEMBER_OF, e, org3, s,
                                    x_tok(d, ra2)->start, m->end,
                                    role_text(d, ra2, role_end != SIZE_MAX ? role_end : rb2),
                                    "role_of_org_before");
                                if (st != FNR_OK)
                                    break;
                            }
                        }
                    }
                }
            } else if (m->type == FNR_ENTITY_ORGANIZATION && after < s1) {
                st = body_led_by(d, s, m, s1);
                if (st != FNR_OK)
                    break;
                /* "Damascus province of Daesh": a sub-unit of a group */
                size_t q = after;
                if (x_tok_is(d, q, "of")) {
                    q++;
                    while (q < s1 && (x_tok_is(d, q, "the") || x_tok_is(d, q, "so called") ||
                                      is_punct(d, q, '-')))
                        q++;
                    int parent = q < s1 ? x_tok_entity(d, q) : -1;
                    if (parent >= 0 && d->ents[parent].type == FNR_ENTITY_ORGANIZATION)
                        st = add_relation(d, FNR_REL_MEMBER_OF, e, parent, s, m->start,
                                          x_tok(d, q)->end, NULL, "subunit_of");
                }
                /* "Daesh's so-called Khorasan Province" */
                q = after;
                while (q < s1 &&
                       (is_punct(d, q, ']') || is_punct(d, q, ')') || (x_tok(d, q)->mention == mi)))
                    q++;
                /* ... and "the Islamic Revolutionary Guard Corps' Quds Force": a
                 * force's or a service's own unit */
                if (st == FNR_OK && q < s1 &&
                    ((x_tok(d, q)->tflags & FNR_TF_POSS) || (q > 0 && plural_apostrophe(d, q)))) {
                    q++;
                    while (q < s1 && (x_tok_is(d, q, "so called") || is_punct(d, q, '-')))
                        q++;
                    /* ("Hezbollah's elite Radwan Force": up to two words of
                     * praise or fear before the unit) */
                    static const char *const JOINS[] = {
                        "and", "or", "of", "in", "to", "with", NULL
                    };
                    for (size_t n = 0;
                         n < 2 && q + 1 < s1 && x_tok_entity(d, q) < 0 && is_word(x_tok(d, q)) &&
                         (x_tok(d, q)->xflags & XT_LOWER) && !x_tok_in(d, q, JOINS);
                         n++)
                        q++;
                    int child = q < s1 ? x_tok_entity(d, q) : -1;
                    const char *pk = d->ents[e].kind;
                    if (child >= 0 && d->ents[child].type == FNR_ENTITY_ORGANIZATION && pk &&
                        (strcmp(pk, "militant_group") == 0 || strcmp(pk, "armed_forces") == 0 ||
                         strcmp(pk, "intelligence_service") == 0))
                        st = add_relation(d, FNR_REL_MEMBER_OF, child, e, s, m->start,
                                          x_tok(d, q)->end, NULL, "possessive_subunit");
                }
                /* "the group's Raqqa province": a unit of the group told of
                 * before */
                size_t g = m->tok0;
                if (st == FNR_OK && g >= s0 + 2 && (x_tok(d, g - 1)->tflags & FNR_TF_POSS) &&
                    x_tok_in(d, g - 2, GROUP_NOUNS) && (x_tok(d, g - 2)->xflags & XT_LOWER) &&
                    d->ents[e].kind && strcmp(d->ents[e].kind, "militant_group") == 0) {
                    int owner = group_before(d, g - 2);
                    if (owner >= 0 && owner != e)
                        st = add_relation(d, FNR_REL_MEMBER_OF, e, owner, s, x_tok(d, g - 2)->start,
                                          m->end, NULL, "possessive_subunit");
                }
            } else if (m->type == FNR_ENTITY_LOCATION && after < s1) {
                size_t q = after;
                /* "Istanbul's Silivri district" */
                if (x_tok(d, q)->tflags & FNR_TF_POSS) {
                    int child = q + 1 < s1 ? x_tok_entity(d, q + 1) : -1;
                    if (child >= 0 && d->ents[child].type == FNR_ENTITY_LOCATION)
                        st = add_relation(d, FNR_REL_LOCATED_IN, child, e, s, m->start,
                                          x_tok(d, q + 1)->end, NULL, "possessive_place");
                }
                /* "the Bab city of Syria", "Nineveh province of Iraq" */
                if (st == FNR_OK && x_tok_class(d, q, XW_PLACE_HEADS) && q + 2 < s1 &&
                    x_tok_is(d, q + 1, "of")) {
                    int parent = x_tok_entity(d, q + 2);
                    if (parent >= 0 && d->ents[parent].type == FNR_ENTITY_LOCATION) {
                        st = add_relation(d, FNR_REL_LOCATED_IN, e, parent, s, m->start,
                                          x_tok(d, q + 2)->end, NULL, "place_of_place");
                        /* "the Marka district of Amman": the gazetteer's
                         * town of another country is a homonym; the place
                         * is where the text puts it */
                        fnr_entity *ce = &d->ents[e];
                        const fnr_entity *pe = &d->ents[parent];
                        if (parent != e && pe->country[0] && ce->country[0] &&
                            strcmp(ce->country, pe->country) != 0 && ce->kind &&
                            strcmp(ce->kind, "country") != 0 && strcmp(ce->kind, "capital") != 0) {
                            memcpy(ce->country, pe->country, sizeof ce->country);
                            ce->has_coords = false;
                        }
                    }
                }
                /* "Mersin, Turkey" */
                if (st == FNR_OK && is_punct(d, q, ',') && q + 1 < s1) {
                    int parent = x_tok_entity(d, q + 1);
                    /* ("near Moscow, U.S. officials said": the country
                     * qualifies the word after it) */
                    size_t pe = parent >= 0 ? x_men(d, (size_t)x_tok(d, q + 1)->mention)->tok1 : q;
                    static const char *const QUALIFIED[] = {
                        "officials", "official",  "forces",     "troops",   "authorities",
                        "police",    "army",      "military",   "sources",  "diplomats",
                        "media",     "officers",  "government", "envoy",    "intelligence",
                        "special",   "lawmakers", "president",  "minister", NULL
                    };
                    if (pe < s1 && x_tok_in(d, pe, QUALIFIED))
                        parent = -1;
                    if (parent >= 0 && parent != e && d->ents[parent].type == FNR_ENTITY_LOCATION &&
                        d->ents[parent].kind && strcmp(d->ents[parent].kind, "country") == 0 &&
                        (!d->ents[e].kind || strcmp(d->ents[e].kind, "country") != 0))
                        st = add_relation(d, FNR_REL_LOCATED_IN, e, parent, s, m->start,
                                          x_tok(d, q + 1)->end, NULL, "place_comma_country");
                }
            }
        }
        /* Persons and organisations named in one sentence are associated. */
        for (size_t a = 0; a < n_seen && st == FNR_OK; a++)
            for (size_t b = a + 1; b < n_seen && st == FNR_OK; b++) {
                if (d->ents[seen[a]].type != FNR_ENTITY_PERSON &&
                    d->ents[seen[b]].type != FNR_ENTITY_PERSON)
                    continue;
                bool related = false;
                for (size_t r = d->rels.len; r-- > 0;) {
                    const fnr_relation *rel = &FNR_VEC_AT(&d->rels, fnr_relation, r);
                    if (rel->sentence != s)
                        break;
                    if (((rel->source == seen[a] && rel->target == seen[b]) ||
                         (rel->source == seen[b] && rel->target == seen[a])))
                        related = true;
                }
                if (!related)
                    st = add_relation(d, FNR_REL_ASSOCIATED_WITH, seen[a], seen[b], s, se->start,
                                      se->end, NULL, "same_sentence");
            }
    }
    fnr_free(starts);
    return st;
}
