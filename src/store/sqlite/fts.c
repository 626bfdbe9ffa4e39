/*
 * The "fener" FTS5 tokenizer and the building of safe full-text queries.
 *
 * Documents are indexed, and queries tokenised, by fener's own tokenizer
 * (fnr_tokenize): every word or number token is turned into its match key
 * (fnr_matchkey: case and diacritics folded with Turkish rules, possessives
 * dropped) and each space-separated part of the key is one FTS5 token with
 * the token's byte offsets. So "MİT", "MIT" and "Mit" are all the term
 * "mit", "Türkiye's" is "turkiye", and "al-Kurayshi" is "al" "kurayshi".
 * The tokenizer is registered on every connection (sqlite.c) before the
 * schema is touched, since the documents_fts table names it.
 */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/utf8.h"
#include "store/sqlite/sqlite_int.h"
#include "text/text.h"

typedef struct sq_tokenizer {
    fnr_vec toks; /* fnr_token, reused between calls */
    fnr_buf key;  /* match key of one token, reused */
} sq_tokenizer;

static int tok_create(void *ctx, const char **args, int n_args, Fts5Tokenizer **out)
{
    (void)ctx;
    (void)args;
    (void)n_args;
    sq_tokenizer *t = fnr_calloc(1, sizeof *t);
    if (!t)
        return SQLITE_NOMEM;
    fnr_vec_init(&t->toks, sizeof(fnr_token));
    fnr_buf_init(&t->key, 0);
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p)
{
    sq_tokenizer *t = (sq_tokenizer *)p;
    if (!t)
        return;
    fnr_vec_destroy(&t->toks);
    fnr_buf_destroy(&t->key);
    fnr_free(t);
}

typedef int (*tok_cb)(void *ctx, int flags, const char *tok, int n_tok, int start, int end);

/* Emits the key parts of every word and number of text[0..len). */
static int tok_run(sq_tokenizer *t, const char *text, size_t len, void *ctx, tok_cb cb)
{
    fnr_vec_clear(&t->toks);
    if (len == 0)
        return SQLITE_OK;
    fnr_status st = fnr_tokenize(text, 0, len, &t->toks);
    if (st == FNR_NOMEM)
        return SQLITE_NOMEM;
    if (st != FNR_OK)
        return SQLITE_ERROR;
    FNR_VEC_FOREACH(fnr_token, tk, &t->toks) {
        if (tk->kind != FNR_TOK_WORD && tk->kind != FNR_TOK_NUMBER)
            continue;
        fnr_buf_reset(&t->key);
        st = fnr_matchkey(text + tk->start, tk->end - tk->start, &t->key);
        if (st != FNR_OK)
            return st == FNR_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
        const char *k = t->key.data;
        size_t n = t->key.len;
        size_t i = 0;
        while (i < n) {
            size_t j = i;
            while (j < n && k[j] != ' ')
                j++;
            if (j > i) {
                int rc = cb(ctx, 0, k + i, (int)(j - i), (int)tk->start, (int)tk->end);
                if (rc != SQLITE_OK)
                    return rc;
            }
            i = j + 1;
        }
    }
    return SQLITE_OK;
}

/* ---- documents tokenised ahead (fnr__sq_prepare_doc) ------------------------ */

/* One FTS5 token: its key bytes in the keys block, the source's offsets. */
typedef struct sq_ptok {
    uint32_t start, end, key;
    uint32_t key_len;
} sq_ptok;

/* The tokens of a document's title and text, made on an extraction thread;
 * src points at the caller's bytes, which outlive the insert. */
struct sq_prepared {
    struct {
        const char *src;
        size_t len;
        size_t first, n; /* tokens[first .. first + n) */
    } part[2];

    fnr_vec toks; /* sq_ptok */
    fnr_buf keys;
};

static int collect(void *ctx, int flags, const char *tok, int n_tok, int start, int end)
{
    (void)flags;
    sq_prepared *pr = ctx;
    sq_ptok t = { (uint32_t)start, (uint32_t)end, (uint32_t)pr->keys.len, (uint32_t)n_tok };
    if (fnr_buf_append(&pr->keys, tok, (size_t)n_tok) != FNR_OK ||
        fnr_vec_push(&pr->toks, &t) != FNR_OK)
        return SQLITE_NOMEM;
    return SQLITE_OK;
}

void *fnr__sq_prepare_doc(const char *title, const char *text, size_t text_len)
{
    sq_prepared *pr = fnr_calloc(1, sizeof *pr);
    Fts5Tokenizer *tk = NULL;
    if (!pr || tok_create(NULL, NULL, 0, &tk) != SQLITE_OK) {
        fnr_free(pr);
        return NULL;
    }
    fnr_vec_init(&pr->toks, sizeof(sq_ptok));
    fnr_buf_init(&pr->keys, 0);
    const char *src[2] = { title ? title : "", text ? text : "" };
    size_t len[2] = { title ? strlen(title) : 0, text ? text_len : 0 };
    int rc = SQLITE_OK;
    for (int k = 0; k < 2 && rc == SQLITE_OK; k++) {
        pr->part[k].src = src[k];
        pr->part[k].len = len[k];
        pr->part[k].first = pr->toks.len;
        rc = len[k] > INT32_MAX ? SQLITE_TOOBIG
                                : tok_run((sq_tokenizer *)tk, src[k], len[k], pr, collect);
        pr->part[k].n = pr->toks.len - pr->part[k].first;
    }
    tok_delete(tk);
    if (rc != SQLITE_OK) {
        fnr__sq_prepared_free(pr);
        return NULL;
    }
    return pr;
}

void fnr__sq_prepared_free(void *p)
{
    sq_prepared *pr = p;
    if (!pr)
        return;
    fnr_vec_destroy(&pr->toks);
    fnr_buf_destroy(&pr->keys);
    fnr_free(pr);
}

/* The document being indexed on this thread (set by fnr__sq_doc_insert
 * around its FTS5 insert), whose title and text need no tokenising. */
static _Thread_local const sq_prepared *tl_prepared;

void fnr__sq_fts_use(const sq_prepared *pr)
{
    tl_prepared = pr;
}

static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n_text,
                        tok_cb cb)
{
    if (n_text <= 0)
        return SQLITE_OK;
    const sq_prepared *pr = tl_prepared;
    if (pr && (flags & FTS5_TOKENIZE_DOCUMENT))
        for (int k = 0; k < 2; k++) {
            if (pr->part[k].len != (size_t)n_text || memcmp(pr->part[k].src, text, pr->part[k].len))
                continue;
            const sq_ptok *t = (const sq_ptok *)pr->toks.data + pr->part[k].first;
            for (size_t i = 0; i < pr->part[k].n; i++) {
                int rc = cb(ctx, 0, pr->keys.data + t[i].key, (int)t[i].key_len, (int)t[i].start,
                            (int)t[i].end);
                if (rc != SQLITE_OK)
                    return rc;
            }
            return SQLITE_OK;
        }
    return tok_run((sq_tokenizer *)p, text, (size_t)n_text, ctx, cb);
}

static fts5_tokenizer TOKENIZER = { tok_create, tok_delete, tok_tokenize };

/*
 * fnr_rank(documents_fts): how often the report uses each term of the
 * query, saturated as BM25 does (k1 = 1.2: the fifth mention counts little
 * more than the fourth). FTS5's bm25() also counts, on its first call in a
 * query, every report holding each term (xQueryPhrase over the whole
 * doclist), and reads each report's length with one SQL statement per
 * report (xColumnSize): for a name in 90,000 reports that is ten
 * milliseconds or more. Search ranks only the latest reports that hold all
 * its terms, where every term is present anyway, so the term counts, read
 * from the position lists already in memory, are what orders them. Like
 * bm25() it is negative, smaller is better.
 */
static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int n_args,
                    sqlite3_value **args)
{
    (void)n_args;
    (void)args;

    enum { MAX_PHRASES = 64 };

    const double k1 = 1.2;
    int n_inst = 0;
    int rc = api->xInstCount(fts, &n_inst);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    int n_phrases = api->xPhraseCount(fts);
    if (n_phrases > MAX_PHRASES)
        n_phrases = MAX_PHRASES;
    int tf[MAX_PHRASES] = { 0 };
    for (int i = 0; i < n_inst; i++) {
        int phrase = 0, col = 0, off = 0;
        if (api->xInst(fts, i, &phrase, &col, &off) == SQLITE_OK && phrase >= 0 &&
            phrase < n_phrases)
            tf[phrase]++;
    }
    double score = 0.0;
    for (int p = 0; p < n_phrases; p++)
        score += (double)tf[p] * (k1 + 1.0) / ((double)tf[p] + k1);
    sqlite3_result_double(ctx, -score);
}

/* ---- snippets --------------------------------------------------------------- */

/*
 * fnr_snippet(documents_fts): about SNIP_TOKENS tokens of the report around
 * its matches, each match in [brackets], "…" where text is left out.
 * FTS5's own snippet() tokenises the whole column to score every window;
 * this one takes the window with the most matches from the match offsets
 * FTS5 already holds (xInst), starts it at a sentence's start when one is
 * close enough before, and tokenises the text only up to the window's end.
 */
#define SNIP_TOKENS 16

typedef struct snip_tok {
    int start, end; /* bytes */
} snip_tok;

typedef struct snip_ctx {
    fnr_vec toks; /* snip_tok, by FTS5 token position */
    size_t limit; /* stop after this many */
} snip_ctx;

static int snip_collect(void *p, int flags, const char *tok, int n_tok, int start, int end)
{
    (void)flags;
    (void)tok;
    (void)n_tok;
    snip_ctx *c = p;
    if (c->toks.len >= c->limit)
        return SQLITE_DONE;
    snip_tok t = { start, end };
    return fnr_vec_push(&c->toks, &t) == FNR_OK ? SQLITE_OK : SQLITE_NOMEM;
}

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* Whether token k of text starts a sentence (or the text). */
static bool snip_sentence_start(const char *text, const snip_tok *t, size_t k)
{
    if (k == 0)
        return true;
    for (int i = t[k - 1].end; i < t[k].start; i++)
        if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n')
            return true;
    return false;
}

static void snippet_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                       int n_args, sqlite3_value **args)
{
    (void)n_args;
    (void)args;

    enum { MAX_HITS = 256 };

    int n_inst = 0, rc = api->xInstCount(fts, &n_inst);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    /* The text column when it matches, else the title; the hit offsets
     * (token positions, a phrase's every token) in that column. */
    int hits[2][MAX_HITS], n_hits[2] = { 0, 0 };
    for (int i = 0; i < n_inst; i++) {
        int phrase = 0, col = 0, off = 0;
        if (api->xInst(fts, i, &phrase, &col, &off) != SQLITE_OK || col < 0 || col > 1)
            continue;
        int size = api->xPhraseSize(fts, phrase);
        for (int j = 0; j < (size > 0 ? size : 1) && n_hits[col] < MAX_HITS; j++)
            hits[col][n_hits[col]++] = off + j;
    }
    int col = n_hits[1] > 0 ? 1 : 0;
    int *h = hits[col], nh = n_hits[col];
    const char *text = NULL;
    int len = 0;
    rc = api->xColumnText(fts, col, &text, &len);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    if (!text || len <= 0) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    if (nh > 1)
        qsort(h, (size_t)nh, sizeof *h, cmp_int);
    /* The window holding the most hits, the earliest on a tie. */
    int first = nh ? h[0] : 0, best = 0;
    for (int i = 0, j = 0; i < nh; i++) {
        while (j < nh && h[j] < h[i] + SNIP_TOKENS)
            j++;
        if (j - i > best) {
            best = j - i;
            first = h[i];
        }
    }

    snip_ctx c;
    fnr_vec_init(&c.toks, sizeof(snip_tok));
    c.limit = (size_t)first + SNIP_TOKENS + 1;
    Fts5Tokenizer *tk = api->xUserData(fts);
    rc = tok_run((sq_tokenizer *)tk, text, (size_t)len, &c, snip_collect);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        fnr_vec_destroy(&c.toks);
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const snip_tok *t = c.toks.data;
    size_t nt = c.toks.len;
    if (nt == 0) {
        fnr_vec_destroy(&c.toks);
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    if ((size_t)first >= nt)
        first = (int)nt - 1;
    /* Start at the sentence's start when it leaves a few tokens after the
     * first hit in the window, else a few tokens before the hit. */
    int ws = first - 4;
    for (int k = first; k >= first - (SNIP_TOKENS - 4) && k >= 0; k--)
        if (snip_sentence_start(text, t, (size_t)k)) {
            ws = k;
            break;
        }
    if (ws < 0)
        ws = 0;
    size_t we = (size_t)ws + SNIP_TOKENS;
    if (we > nt)
        we = nt;

    fnr_buf out;
    fnr_buf_init(&out, 0);
    fnr_status st = ws > 0 ? fnr_buf_append(&out, "…", strlen("…")) : FNR_OK;
    int pos = t[ws].start;
    bool open = false;
    for (size_t k = (size_t)ws; k < we && st == FNR_OK; k++) {
        if (t[k].start < pos)
            continue; /* another key part of the word just written */
        bool hit = false;
        for (size_t m = k; m < we && t[m].start == t[k].start; m++)
            hit = hit || bsearch(&(int){ (int)m }, h, (size_t)nh, sizeof *h, cmp_int) != NULL;
        if (open && !hit)
            st = fnr_buf_putc(&out, ']');
        if (st == FNR_OK)
            st = fnr_buf_append(&out, text + pos, (size_t)(t[k].start - pos));
        if (st == FNR_OK && hit && !open)
            st = fnr_buf_putc(&out, '[');
        open = hit;
        if (st == FNR_OK)
            st = fnr_buf_append(&out, text + t[k].start, (size_t)(t[k].end - t[k].start));
        pos = t[k].end;
    }
    if (st == FNR_OK && open)
        st = fnr_buf_putc(&out, ']');
    if (st == FNR_OK && nt > we)
        st = fnr_buf_append(&out, "…", strlen("…"));
    fnr_vec_destroy(&c.toks);
    if (st != FNR_OK) {
        fnr_buf_destroy(&out);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_text(ctx, out.data ? out.data : "", (int)out.len, SQLITE_TRANSIENT);
    fnr_buf_destroy(&out);
}

static void snippet_destroy(void *p)
{
    tok_delete(p);
}

int fnr__sq_fts_register(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return rc;
    if (!api || api->iVersion < 2)
        return SQLITE_ERROR;
    rc = api->xCreateTokenizer(api, "fener", NULL, &TOKENIZER, NULL);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "fnr_rank", NULL, rank_fn, NULL);
    /* fnr_snippet's tokenizer, one per connection (used by one thread at a
     * time, as the connection is). */
    Fts5Tokenizer *snip = NULL;
    if (rc == SQLITE_OK)
        rc = tok_create(NULL, NULL, 0, &snip);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "fnr_snippet", snip, snippet_fn, snippet_destroy);
    return rc;
}

/* ---- queries ---------------------------------------------------------------- */

typedef struct query_ctx {
    fnr_buf *out;
    size_t n_terms;
    bool phrase;    /* inside a "..." phrase: parts go into one quoted string */
    bool open;      /* a quoted string is open */
    int last_start; /* token of the last part, to keep one token's parts together */
    fnr_status st;
} query_ctx;

static int query_part(void *p, int flags, const char *tok, int n_tok, int start, int end)
{
    (void)flags;
    (void)end;
    query_ctx *q = p;
    /* Parts of one token (or of one user phrase) form one FTS5 phrase. */
    if (q->open && !q->phrase && start != q->last_start) {
        q->st = fnr_buf_putc(q->out, '"');
        q->open = false;
    }
    if (q->st == FNR_OK && !q->open) {
        if (q->out->len)
            q->st = fnr_buf_putc(q->out, ' ');
        if (q->st == FNR_OK)
            q->st = fnr_buf_putc(q->out, '"');
        q->open = true;
        q->n_terms++;
    } else if (q->st == FNR_OK) {
        q->st = fnr_buf_putc(q->out, ' ');
    }
    /* Keys hold no quotes, but double any to keep the query well formed. */
    for (int i = 0; i < n_tok && q->st == FNR_OK; i++) {
        if (tok[i] == '"')
            q->st = fnr_buf_putc(q->out, '"');
        if (q->st == FNR_OK)
            q->st = fnr_buf_putc(q->out, tok[i]);
    }
    q->last_start = start;
    return q->st == FNR_OK ? SQLITE_OK : SQLITE_NOMEM;
}

fnr_status fnr__sq_fts_query(const char *text, fnr_buf *out, size_t *out_n_terms)
{
    *out_n_terms = 0;
    fnr_buf_reset(out);
    sq_tokenizer t;
    fnr_vec_init(&t.toks, sizeof(fnr_token));
    fnr_buf_init(&t.key, 0);
    query_ctx q = { .out = out, .last_start = -1, .st = FNR_OK };
    const char *p = text;
    bool in_phrase = false;
    while (*p && q.st == FNR_OK) {
        const char *e = strchr(p, '"');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        q.phrase = in_phrase;
        q.last_start = -1;
        int rc = tok_run(&t, p, len, &q, query_part);
        if (rc != SQLITE_OK && q.st == FNR_OK)
            q.st = rc == SQLITE_NOMEM ? FNR_NOMEM : FNR_INVALID;
        if (q.open && q.st == FNR_OK) {
            q.st = fnr_buf_putc(out, '"');
            q.open = false;
        }
        if (!e)
            break;
        in_phrase = !in_phrase;
        p = e + 1;
    }
    fnr_vec_destroy(&t.toks);
    fnr_buf_destroy(&t.key);
    if (q.st != FNR_OK) {
        fnr_buf_reset(out);
        return q.st;
    }
    *out_n_terms = q.n_terms;
    return FNR_OK;
}
