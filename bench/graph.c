/*
 * bench_graph: link-analysis benchmarks of libfener on a generated graph
 * (issue 6, "Figures to reach"); bench/run-graph drives it beside networkx.
 *
 * Subcommands, each ending with machine-readable lines `RESULT {...}`:
 *
 *   gen      writes a synthetic knowledge base straight through the store
 *            interface (store/store.h; an in-tree tool may): N entities in
 *            planted communities of 5-200 members with heavy-tailed
 *            activity, each named by one alias and one mention in a
 *            register document, and M relations (member_of, leader_of,
 *            located_in, associated_with) in link reports; documents carry
 *            four markings round-robin. A stamp file beside the store keeps
 *            it while the parameters stay the same.
 *   export   the edge list the owner's graph holds (the store's graph
 *            edges summed per pair, as fnr_graph_build sums them) as TSV
 *            for networkx, and the query sample: random nodes and random
 *            pairs within one connected component, drawn by seed.
 *   run      opens the store, builds the owner's graph (fnr_graph_build),
 *            then times neighbours (depth 2, limit 100) and one shortest
 *            path over the sample, PageRank, Leiden and Louvain; with
 *            --viewer, builds the graph again as a CONFIDENTIAL analyst;
 *            with --repeat R, then runs the sample's neighbours and paths
 *            R times more, timing the process's CPU time per query (steadier
 *            than wall-clock percentiles on a shared machine), and prints a
 *            digest of every row of the neighbour lists and of the paths at
 *            k = 1 and k = 3, so two builds can be shown to answer alike.
 *
 * Memory is the process's resident high-water mark (VmHWM), reset through
 * /proc/self/clear_refs before each measured phase, so the figure of a
 * phase is not the peak of the one before.
 */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "fener/analysis.h"
#include "fener/kb.h"
#include "fener/status.h"
#include "store/store.h"

/* Targets of the issue on 1M entities / 10M edges. */
#define TARGET_NEIGHBORS_P50_MS 5.0
#define TARGET_PATH_P50_MS      50.0
#define TARGET_PAGERANK_S       10.0
#define TARGET_CELLS_S          30.0

/* Bump when the generator changes, so old stores are not reused. */
#define GEN_VERSION 1

#define ENTITIES_PER_DOC  200  /* entities named by one register document */
#define RELATIONS_PER_DOC 2000 /* relations stated by one link report */

typedef struct opts {
    const char *db;
    const char *out;     /* export: edge list */
    const char *queries; /* export: write; run: read */
    size_t entities, edges;
    size_t n;     /* queries of each kind */
    size_t batch; /* rows per transaction */
    uint64_t seed;
    bool viewer;
    bool force;
    bool no_cells;
    size_t repeat; /* run: rounds of the CPU-time and digest pass (0: none) */
} opts;

typedef struct sample {
    double *ms; /* owned */
    size_t n, cap;
} sample;

/* ---- small helpers ---------------------------------------------------------------- */

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long proc_file_kb(const char *path, const char *field);

/* A field of /proc/self/status in KB ("VmRSS", "VmHWM"); -1 when unknown. */
static long proc_kb(const char *field)
{
    return proc_file_kb("/proc/self/status", field);
}

/* Resident anonymous memory in transparent huge pages, in KB, or -1. */
static long huge_kb(void)
{
    return proc_file_kb("/proc/self/smaps_rollup", "AnonHugePages");
}

/* A field of a /proc file of "Name:   123 kB" lines, in KB; -1 when unknown. */
static long proc_file_kb(const char *path, const char *field)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    size_t n = strlen(field);
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, field, n) && line[n] == ':') {
            kb = strtol(line + n + 1, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kb;
}

/* Resets VmHWM to the current RSS (Linux 4.0+); false when refused. */
static bool hwm_reset(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");
    if (!f)
        return false;
    bool ok = fputs("5", f) >= 0;
    return fclose(f) == 0 && ok;
}

static double loadavg(void)
{
    double l = -1.0;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = -1.0;
        fclose(f);
    }
    return l;
}

/* xorshift64*, reproducible by seed. */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static void rng_seed(uint64_t s)
{
    rng_state = s * 0x9e3779b97f4a7c15u + 0x632be59bd9b4e019u;
    if (!rng_state)
        rng_state = 1;
}

static uint64_t rng_next(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

static size_t rng_below(size_t n)
{
    return n ? (size_t)(rng_next() % n) : 0;
}

static double rng_unit(void) /* [0, 1) */
{
    return (double)(rng_next() >> 11) * (1.0 / 9007199254740992.0);
}

static void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        fprintf(stderr, "bench_graph: out of memory\n");
        exit(1);
    }
    return q;
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "bench_graph: out of memory\n");
        exit(1);
    }
    return p;
}

static void sample_add(sample *s, double ms)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->ms = xrealloc(s->ms, s->cap * sizeof *s->ms);
    }
    s->ms[s->n++] = ms;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile; sorts the sample. */
static double pct(sample *s, double p)
{
    if (s->n == 0)
        return 0.0;
    qsort(s->ms, s->n, sizeof *s->ms, cmp_double);
    double r = p * (double)s->n;
    size_t k = (size_t)r;
    if ((double)k < r)
        k++;
    if (k < 1)
        k = 1;
    if (k > s->n)
        k = s->n;
    return s->ms[k - 1];
}

static double mean(const sample *s)
{
    double t = 0.0;
    for (size_t i = 0; i < s->n; i++)
        t += s->ms[i];
    return s->n ? t / (double)s->n : 0.0;
}

static off_t file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : 0;
}

static void remove_store(const char *db)
{
    static const char *const suffix[] = { "", "-wal", "-shm", "-journal", ".stamp" };
    char p[4096];
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        snprintf(p, sizeof p, "%s%s", db, suffix[i]);
        if (unlink(p) != 0 && errno != ENOENT)
            fprintf(stderr, "bench_graph: could not remove \"%s\": %s\n", p, strerror(errno));
    }
}

static void print_error(const char *what, const fnr_error *err)
{
    fprintf(stderr, "bench_graph: %s: %s", what, err->message);
    if (err->detail[0])
        fprintf(stderr, " (%s)", err->detail);
    fputc('\n', stderr);
}

static const char *verdict(bool ok)
{
    return ok ? "met" : "MISSED";
}

/* ---- gen: names ------------------------------------------------------------------- */

static const char *const given[] = {
    "Kasım",   "Ahmet",   "Mehmet",   "Yusuf",  "Omar",  "Hasan", "Hüseyin", "Ali",
    "Mustafa", "İbrahim", "Abdullah", "Khalid", "Salim", "Murat", "Emre",    "Burak",
    "Selim",   "Tarık",   "Zeynep",   "Ayşe",   "Fatma", "Leyla", "Mariam",  "Nour",
    "Elif",    "Hatice",  "Rami",     "Bilal",  "Anas",  "Faruk", "Serkan",  "Volkan",
    "Oğuz",    "Cem",     "Deniz",    "Kerem",  "Yasin", "Hamza", "Zakaria", "İdris",
};
static const char *const family[] = {
    "Şahin",    "Yılmaz",   "Kaya",     "Demir",  "Çelik",  "Aydın",   "Öztürk", "Arslan",
    "Doğan",    "Kılıç",    "Aslan",    "Çetin",  "Kara",   "Koç",     "Kurt",   "Özdemir",
    "al-Turki", "al-Iraqi", "al-Shami", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh",
    "Aziz",     "Karimi",   "Bakr",     "Yavuz",  "Erdem",  "Güneş",   "Polat",  "Tekin",
    "Acar",     "Bulut",    "Keskin",   "Uçar",   "Sarı",   "Toprak",  "Duman",  "Ateş",
};
static const char *const syllables[] = {
    "ka", "ra", "bel", "tu",  "zan", "mer", "sin", "al", "da",  "hor", "ves", "ni",
    "lo", "qa", "sur", "dim", "ez",  "kö",  "ya",  "şe", "ban", "ıl",  "or",  "ta",
};
static const char *const org_kinds[] = {
    "Brigade", "Network", "Cell",    "Battalion",  "Front",   "Committee",
    "Group",   "Trading", "Council", "Foundation", "Company", "Movement",
};
static const char *const place_kinds[] = { "", "", "abad", "kent", "köy", "iye" };

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* A capitalised word of 2-3 syllables (ASCII first letter). */
static void place_word(char *out, size_t size)
{
    size_t n = 2 + rng_below(2), len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && len + 8 < size; i++) {
        const char *s = syllables[rng_below(i == 0 ? 16 : COUNT(syllables))];
        len += (size_t)snprintf(out + len, size - len, "%s", s);
    }
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

static void make_name(fnr_entity_type t, char *out, size_t size)
{
    char w[64];
    switch (t) {
    case FNR_ENTITY_PERSON:
        snprintf(out, size, "%s %c. %s", given[rng_below(COUNT(given))],
                 (char)('A' + rng_below(26)), family[rng_below(COUNT(family))]);
        break;
    case FNR_ENTITY_ORGANIZATION:
        place_word(w, sizeof w);
        snprintf(out, size, "%s %s", w, org_kinds[rng_below(COUNT(org_kinds))]);
        break;
    default:
        place_word(w, sizeof w);
        snprintf(out, size, "%s%s", w, place_kinds[rng_below(COUNT(place_kinds))]);
        break;
    }
}

/* ---- gen ---------------------------------------------------------------------------- */

typedef struct gen_state {
    fnr_store *s;
    fnr_error err;
    size_t rows_in_tx, batch;
    int64_t marking[4];
    size_t n_docs;
    double t0, last_progress;
} gen_state;

static fnr_status tx_tick(gen_state *g, size_t rows)
{
    g->rows_in_tx += rows;
    if (g->rows_in_tx < g->batch)
        return FNR_OK;
    g->rows_in_tx = 0;
    fnr_status rc = g->s->m->commit(g->s, &g->err);
    return rc == FNR_OK ? g->s->m->begin(g->s, &g->err) : rc;
}

static void progress(gen_state *g, const char *what, size_t done, size_t total)
{
    double t = now_s();
    if (done < total && t - g->last_progress < 10.0)
        return;
    g->last_progress = t;
    double secs = t - g->t0;
    fprintf(stderr, "bench_graph: gen %s %zu/%zu, %.0f s, %.0f rows/s\n", what, done, total, secs,
            secs > 0 ? (double)done / (secs) : 0.0);
}

/* Inserts one synthetic document (register or link report). */
static fnr_status doc_add(gen_state *g, const char *title, const char *text, size_t text_len,
                          const fnr_sentence_span *sent, size_t n_sent, int64_t *out_id)
{
    static const char grades[] = { 'A', 'B', 'C', 'D', 'E', 'F', 0 };
    size_t k = g->n_docs++;
    char sha[65], date[16];
    snprintf(sha, sizeof sha, "%016llx%016llx%016llx%016llx", (unsigned long long)k,
             (unsigned long long)(k * 0x9e3779b97f4a7c15u), (unsigned long long)rng_next(),
             (unsigned long long)rng_next());
    /* Dates over 2015-2024, by document. */
    snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2015 + (k * 7919) % 10, 1 + (k * 31) % 12,
             1 + (k * 17) % 28);
    fnr_store_doc d = {
        .sha256 = sha,
        .title = title,
        .date = date,
        .source = "bench_graph",
        .reliability = grades[k % COUNT(grades)],
        .format = "text",
        .bytes = text_len,
        .text = text,
        .text_len = text_len,
        .sentences = sent,
        .n_sentences = n_sent,
        .batch = 1,
        .marking = g->marking[k % 4],
    };
    return g->s->m->doc_insert(g->s, &d, out_id, &g->err);
}

/* The community sizes: P(s) ~ s^-2 on [5, 200] (mean about 19). */
static size_t community_size(void)
{
    double u = rng_unit();
    double s = 5.0 / (1.0 - u * (1.0 - 5.0 / 200.0));
    return s > 200.0 ? 200 : (size_t)s;
}

/* Index of the first cum[i] > x (cum ascending, n > 0). */
static size_t cum_find(const double *cum, size_t n, double x)
{
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cum[mid] > x)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* A set of unordered pairs of entity indexes (open addressing, 0 = empty). */
typedef struct pair_set {
    uint64_t *slot; /* owned */
    size_t cap;     /* power of two */
} pair_set;

static void pair_set_init(pair_set *p, size_t n)
{
    p->cap = 1024;
    while (p->cap < n * 2)
        p->cap *= 2;
    p->slot = xcalloc(p->cap, sizeof *p->slot);
}

/* Adds {u, v}; false when it was there. */
static bool pair_add(pair_set *p, size_t u, size_t v)
{
    if (u > v) {
        size_t t = u;
        u = v;
        v = t;
    }
    uint64_t k = ((uint64_t)(u + 1) << 32) | (uint64_t)(v + 1);
    uint64_t h = k * 0x9e3779b97f4a7c15u;
    for (size_t i = (size_t)(h >> 20) & (p->cap - 1);; i = (i + 1) & (p->cap - 1)) {
        if (p->slot[i] == k)
            return false;
        if (!p->slot[i]) {
            p->slot[i] = k;
            return true;
        }
    }
}

static bool stamp_matches(const char *stamp, const char *want)
{
    FILE *f = fopen(stamp, "r");
    if (!f)
        return false;
    char line[256] = "";
    bool ok = fgets(line, sizeof line, f) && !strcmp(line, want);
    fclose(f);
    return ok;
}

static int cmd_gen(const opts *o)
{
    if (!o->entities || o->entities < 10) {
        fprintf(stderr, "bench_graph gen: --entities N (at least 10) is required\n");
        return 2;
    }
    char stamp[4096], want[256];
    snprintf(stamp, sizeof stamp, "%s.stamp", o->db);
    snprintf(want, sizeof want, "version=%d entities=%zu edges=%zu seed=%llu\n", GEN_VERSION,
             o->entities, o->edges, (unsigned long long)o->seed);
    if (!o->force && file_size(o->db) > 0 && stamp_matches(stamp, want)) {
        off_t db_bytes = file_size(o->db);
        printf("gen: reusing %s (%.1f MB; %.*s)\n", o->db, (double)db_bytes / 1e6,
               (int)strlen(want) - 1, want);
        printf("RESULT {\"phase\":\"gen\",\"reused\":true,\"entities\":%zu,\"edges\":%zu,"
               "\"db_bytes\":%lld}\n",
               o->entities, o->edges, (long long)db_bytes);
        return 0;
    }
    remove_store(o->db);
    rng_seed(o->seed);

    size_t n = o->entities, m = o->edges;
    uint32_t *cstart = xcalloc(n, sizeof *cstart); /* first member of i's community */
    uint16_t *csize = xcalloc(n, sizeof *csize);
    unsigned char *type = xcalloc(n, 1);
    double *cum = xcalloc(n, sizeof *cum); /* cumulative activity weights */
    int64_t *id = xcalloc(n, sizeof *id);
    char *text = NULL;
    fnr_sentence_span *sent = xcalloc(ENTITIES_PER_DOC, sizeof *sent);
    size_t *name_at = xcalloc(ENTITIES_PER_DOC, sizeof *name_at);
    fnr_buf key;
    fnr_buf_init(&key, 0);
    pair_set pairs;
    pair_set_init(&pairs, m);
    size_t n_inside = 0, n_skipped = 0;
    int rcode = 1;

    /* Communities in consecutive blocks; member 0 is the organisation that
     * holds it together, the others mostly people. */
    size_t n_comm = 0;
    for (size_t i = 0; i < n; n_comm++) {
        size_t sz = community_size();
        if (sz > n - i)
            sz = n - i;
        for (size_t j = 0; j < sz; j++) {
            cstart[i + j] = (uint32_t)i;
            csize[i + j] = (uint16_t)sz;
            double r = rng_unit();
            type[i + j] = j == 0     ? FNR_ENTITY_ORGANIZATION
                          : r < 0.06 ? FNR_ENTITY_LOCATION
                          : r < 0.16 ? FNR_ENTITY_ORGANIZATION
                                     : FNR_ENTITY_PERSON;
        }
        i += sz;
    }
    /* Activity: Pareto (alpha 2.5) capped at 1000: heavy-tailed degrees. */
    double total = 0.0;
    for (size_t i = 0; i < n; i++) {
        double w = pow(1.0 - rng_unit(), -1.0 / 1.5);
        total += w > 1000.0 ? 1000.0 : w;
        cum[i] = total;
    }

    gen_state g = { .batch = o->batch ? o->batch : 200000, .t0 = now_s() };
    fnr_error_clear(&g.err);
    if (fnr_store_sqlite_open(o->db, &(fnr_store_open_opts){ .create = true }, &g.s, &g.err) !=
        FNR_OK) {
        print_error("could not create the store", &g.err);
        goto out;
    }
    /* UNCLASSIFIED, SECRET, CONFIDENTIAL//ALPHA, UNCLASSIFIED//REL TO FRA
     * (level ranks of the default levels: 0, 3, 2, 0). */
    const fnr_store_marking mk[4] = {
        { .level = 0, .compartments = "", .rel_to = "", .tlp = "" },
        { .level = 3, .compartments = "", .rel_to = "", .tlp = "" },
        { .level = 2, .compartments = "ALPHA", .rel_to = "", .tlp = "" },
        { .level = 0, .compartments = "", .rel_to = "FRA", .tlp = "" },
    };
    for (int k = 0; k < 4; k++)
        if (g.s->m->marking_id(g.s, &mk[k], &g.marking[k], &g.err) != FNR_OK)
            goto fail;
    if (g.s->m->begin(g.s, &g.err) != FNR_OK)
        goto fail;

    /* Entities, a register document naming each block of them: one
     * sentence per entity, its alias and its mention. */
    char name[ENTITIES_PER_DOC][96];
    size_t text_cap = ENTITIES_PER_DOC * 100 + 64;
    text = xrealloc(NULL, text_cap);
    for (size_t i0 = 0; i0 < n; i0 += ENTITIES_PER_DOC) {
        size_t cnt = n - i0 < ENTITIES_PER_DOC ? n - i0 : ENTITIES_PER_DOC;
        size_t len = 0;
        for (size_t j = 0; j < cnt; j++) {
            make_name((fnr_entity_type)type[i0 + j], name[j], sizeof name[j]);
            sent[j].start = len;
            name_at[j] = len;
            len += (size_t)snprintf(text + len, text_cap - len, "%s.", name[j]);
            sent[j].end = len;
            text[len++] = '\n';
        }
        text[len] = '\0';
        char title[64];
        snprintf(title, sizeof title, "Synthetic register %zu", i0 / ENTITIES_PER_DOC + 1);
        int64_t doc = 0;
        if (doc_add(&g, title, text, len, sent, cnt, &doc) != FNR_OK)
            goto fail;
        for (size_t j = 0; j < cnt; j++) {
            fnr_buf_reset(&key);
            if (fnr_matchkey(name[j], strlen(name[j]), &key) != FNR_OK) {
                fnr_error_set(&g.err, FNR_NOMEM, "could not make the key of \"%s\"", name[j]);
                goto fail;
            }
            const char *k = key.data ? key.data : "";
            fnr_store_entity e = {
                .type = (fnr_entity_type)type[i0 + j],
                .name = name[j],
                .key = k,
                .kind = type[i0 + j] == FNR_ENTITY_ORGANIZATION ? "armed group" : NULL,
            };
            if (g.s->m->entity_insert(g.s, &e, &id[i0 + j], &g.err) != FNR_OK)
                goto fail;
            fnr_store_alias a = { .entity_id = id[i0 + j],
                                  .surface = name[j],
                                  .key = k,
                                  .doc_id = doc,
                                  .rule = "bench" };
            if (g.s->m->alias_insert(g.s, &a, &g.err) != FNR_OK)
                goto fail;
            fnr_store_mention mn = { .entity_id = id[i0 + j],
                                     .doc_id = doc,
                                     .sentence = (uint32_t)j,
                                     .start = name_at[j],
                                     .end = name_at[j] + strlen(name[j]),
                                     .rule = "bench" };
            if (g.s->m->mention_insert(g.s, &mn, &g.err) != FNR_OK)
                goto fail;
        }
        if (tx_tick(&g, cnt * 3) != FNR_OK)
            goto fail;
        progress(&g, "entities", i0 + cnt, n);
    }
    double t_entities = now_s() - g.t0;

    /* Relations: a source drawn by activity; its target inside its
     * community with probability 0.8, else anywhere by activity (the rich
     * get richer across communities). The types follow the ends. */
    static const char link_text[] = "Synthetic link report: ties recorded for the benchmark.";
    fnr_sentence_span link_sent = { .start = 0, .end = sizeof link_text - 1 };
    int64_t link_doc = 0;
    size_t in_doc = 0, n_link_docs = 0;
    double t1 = now_s();
    g.last_progress = t1;
    for (size_t r = 0; r < m; r++) {
        /* Each pair once: a drawn pair already used is drawn again (up to 16
         * times, the last ones across communities: small cells fill up). */
        size_t u = 0, v = 0;
        for (int tries = 0; tries < 16; tries++) {
            u = cum_find(cum, n, rng_unit() * total);
            bool inside = tries < 8 && rng_unit() < 0.8;
            v = inside ? cstart[u] + rng_below(csize[u]) : cum_find(cum, n, rng_unit() * total);
            if (u != v && pair_add(&pairs, u, v)) {
                n_inside += cstart[u] == cstart[v];
                break;
            }
            u = v = 0;
        }
        if (u == v) {
            n_skipped++;
            continue;
        }
        if (!link_doc || in_doc == RELATIONS_PER_DOC) {
            char title[64];
            snprintf(title, sizeof title, "Synthetic link report %zu", ++n_link_docs);
            if (doc_add(&g, title, link_text, sizeof link_text - 1, &link_sent, 1, &link_doc) !=
                FNR_OK)
                goto fail;
            in_doc = 0;
        }
        in_doc++;
        int tu = type[u], tv = type[v];
        fnr_relation_type rt = FNR_REL_ASSOCIATED_WITH;
        const char *role = NULL;
        if (tu == FNR_ENTITY_LOCATION || tv == FNR_ENTITY_LOCATION) {
            if (tu == FNR_ENTITY_LOCATION) { /* the located thing is the source */
                size_t t = u;
                u = v;
                v = t;
            }
            rt = FNR_REL_LOCATED_IN;
        } else if (tu != tv) {
            if (tu == FNR_ENTITY_ORGANIZATION) { /* person -> organisation */
                size_t t = u;
                u = v;
                v = t;
            }
            if (rng_below(20) == 0) {
                rt = FNR_REL_LEADER_OF;
                role = "commander";
            } else {
                rt = FNR_REL_MEMBER_OF;
                role = rng_below(4) == 0 ? "financial official" : NULL;
            }
        }
        fnr_store_relation rel = {
            .doc_id = link_doc,
            .type = rt,
            .source_id = id[u],
            .target_id = id[v],
            .role = role,
            .sentence = 0,
            .start = 0,
            .end = sizeof link_text - 1,
            .rule = "bench",
        };
        if (g.s->m->relation_insert(g.s, &rel, &g.err) != FNR_OK)
            goto fail;
        if (tx_tick(&g, 1) != FNR_OK)
            goto fail;
        if ((r & 0xffff) == 0)
            progress(&g, "relations", r, m);
    }
    if (g.s->m->commit(g.s, &g.err) != FNR_OK)
        goto fail;
    double t_relations = now_s() - t1;
    double t_close = now_s();
    g.s->m->close(g.s);
    g.s = NULL;
    t_close = now_s() - t_close;
    double secs = now_s() - g.t0;

    off_t db_bytes = file_size(o->db);
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", o->db);
    off_t wal_bytes = file_size(wal);
    printf("gen: %zu entities in %zu communities, %zu relations, %zu documents\n", n, n_comm, m,
           g.n_docs);
    printf("  entities %.1f s (%.0f/s with alias and mention), relations %.1f s (%.0f/s), "
           "close %.1f s; total %.1f s\n",
           t_entities, t_entities > 0 ? (double)n / t_entities : 0.0, t_relations,
           t_relations > 0 ? (double)m / t_relations : 0.0, t_close, secs);
    printf("  %zu relations (%.0f%%) inside communities, %zu draws given up (pair taken)\n",
           m - n_skipped, 100.0 * (double)n_inside / (double)(m > n_skipped ? m - n_skipped : 1),
           n_skipped);
    printf("  store %.1f MB + wal %.1f MB (%.0f bytes per relation)\n", (double)db_bytes / 1e6,
           (double)wal_bytes / 1e6, m ? (double)(db_bytes + wal_bytes) / (double)m : 0.0);
    printf(
        "RESULT {\"phase\":\"gen\",\"reused\":false,\"entities\":%zu,\"edges\":%zu,"
        "\"relations\":%zu,\"inside\":%zu,\"docs\":%zu,\"seconds\":%.2f,\"entities_s\":%.2f,\"relations_s\":%.2f,"
        "\"db_bytes\":%lld}\n",
        n, m, m - n_skipped, n_inside, g.n_docs, secs, t_entities, t_relations,
        (long long)(db_bytes + wal_bytes));
    FILE *sf = fopen(stamp, "w");
    if (!sf || fputs(want, sf) < 0) {
        fprintf(stderr, "bench_graph: could not write \"%s\": %s\n", stamp, strerror(errno));
        if (sf)
            fclose(sf);
        goto out;
    }
    fclose(sf);
    rcode = 0;
    goto out;
fail:
    print_error("could not generate the store", &g.err);
    if (g.s) {
        g.s->m->rollback(g.s, NULL);
        g.s->m->close(g.s);
    }
out:
    fnr_buf_destroy(&key);
    free(pairs.slot);
    free(name_at);
    free(sent);
    free(text);
    free(id);
    free(cum);
    free(type);
    free(csize);
    free(cstart);
    return rcode;
}

/* ---- export: the owner's edge list and the query sample ----------------------------- */

typedef struct wedge {
    int64_t a, b; /* a < b */
    double w;
} wedge;

typedef struct edge_list {
    wedge *v; /* owned */
    size_t n, cap;
    int64_t max_id;
} edge_list;

static int on_edge(void *ctx, const fnr_store_graph_edge *e)
{
    edge_list *l = ctx;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 1 << 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = (wedge){ .a = e->a, .b = e->b, .w = e->weight };
    if (e->b > l->max_id)
        l->max_id = e->b;
    return 0;
}

static int cmp_wedge(const void *x, const void *y)
{
    const wedge *p = x, *q = y;
    if (p->a != q->a)
        return (p->a > q->a) - (p->a < q->a);
    return (p->b > q->b) - (p->b < q->b);
}

/* Every edge of evidence the owner sees, summed per pair: the edges
 * fnr_graph_build makes with an empty filter. */
static int edges_read(const char *db, edge_list *l)
{
    fnr_error err;
    fnr_error_clear(&err);
    fnr_store *s = NULL;
    /* Read-write: a store of an older schema is migrated on open. */
    if (fnr_store_sqlite_open(db, &(fnr_store_open_opts){ 0 }, &s, &err) != FNR_OK) {
        print_error("could not open the store", &err);
        return -1;
    }
    fnr_graph_filter f = { 0 };
    fnr_status rc = s->m->graph_edges(s, NULL, &f, on_edge, l, &err);
    s->m->close(s);
    if (rc != FNR_OK) {
        print_error("could not read the graph's edges", &err);
        return -1;
    }
    qsort(l->v, l->n, sizeof *l->v, cmp_wedge);
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (k && l->v[k - 1].a == l->v[i].a && l->v[k - 1].b == l->v[i].b)
            l->v[k - 1].w += l->v[i].w;
        else
            l->v[k++] = l->v[i];
    }
    l->n = k;
    return 0;
}

static int64_t uf_find(int64_t *p, int64_t x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

/* n random nodes, and n random pairs of distinct nodes of one component
 * (uniform pairs, kept when connected), written one a line. */
static int queries_write(const edge_list *l, size_t n, uint64_t seed, const char *path)
{
    int64_t *parent = xcalloc((size_t)l->max_id + 1, sizeof *parent);
    unsigned char *seen = xcalloc((size_t)l->max_id + 1, 1);
    int64_t *nodes = NULL;
    size_t n_nodes = 0;
    for (int64_t i = 0; i <= l->max_id; i++)
        parent[i] = i;
    for (size_t i = 0; i < l->n; i++) {
        seen[l->v[i].a] = seen[l->v[i].b] = 1;
        int64_t x = uf_find(parent, l->v[i].a), y = uf_find(parent, l->v[i].b);
        if (x != y)
            parent[x < y ? y : x] = x < y ? x : y;
    }
    nodes = xcalloc((size_t)l->max_id + 1, sizeof *nodes);
    for (int64_t i = 0; i <= l->max_id; i++)
        if (seen[i])
            nodes[n_nodes++] = i;
    int rc = -1;
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "bench_graph: could not open \"%s\": %s\n", path, strerror(errno));
        goto out;
    }
    if (n_nodes < 2) {
        fprintf(stderr, "bench_graph: the graph has fewer than two nodes\n");
        fclose(f);
        goto out;
    }
    rng_seed(seed);
    fprintf(f, "# bench_graph queries: seed %llu, %zu nodes, %zu edges\n", (unsigned long long)seed,
            n_nodes, l->n);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "node\t%lld\n", (long long)nodes[rng_below(n_nodes)]);
    size_t pairs = 0;
    for (size_t tries = 0; pairs < n && tries < n * 1000; tries++) {
        int64_t a = nodes[rng_below(n_nodes)], b = nodes[rng_below(n_nodes)];
        if (a == b || uf_find(parent, a) != uf_find(parent, b))
            continue;
        fprintf(f, "pair\t%lld\t%lld\n", (long long)a, (long long)b);
        pairs++;
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "bench_graph: could not write \"%s\": %s\n", path, strerror(errno));
        goto out;
    }
    rc = 0;
out:
    free(nodes);
    free(seen);
    free(parent);
    return rc;
}

static int cmd_export(const opts *o)
{
    edge_list l = { 0 };
    double t0 = now_s();
    if (edges_read(o->db, &l) != 0) {
        free(l.v);
        return 1;
    }
    double t_read = now_s() - t0;
    int rc = 1;
    size_t nodes = 0;
    if (o->out) {
        FILE *f = fopen(o->out, "w");
        if (!f) {
            fprintf(stderr, "bench_graph: could not open \"%s\": %s\n", o->out, strerror(errno));
            goto out;
        }
        for (size_t i = 0; i < l.n; i++)
            fprintf(f, "%lld\t%lld\t%.9g\n", (long long)l.v[i].a, (long long)l.v[i].b, l.v[i].w);
        if (fclose(f) != 0) {
            fprintf(stderr, "bench_graph: could not write \"%s\": %s\n", o->out, strerror(errno));
            goto out;
        }
    }
    if (o->queries && queries_write(&l, o->n, o->seed, o->queries) != 0)
        goto out;
    {
        unsigned char *seen = xcalloc((size_t)l.max_id + 1, 1);
        for (size_t i = 0; i < l.n; i++)
            seen[l.v[i].a] = seen[l.v[i].b] = 1;
        for (int64_t i = 0; i <= l.max_id; i++)
            nodes += seen[i];
        free(seen);
    }
    printf("export: %zu nodes, %zu edges (read and summed in %.1f s)%s%s\n", nodes, l.n, t_read,
           o->out ? " -> " : "", o->out ? o->out : "");
    printf("RESULT {\"phase\":\"export\",\"nodes\":%zu,\"edges\":%zu,\"read_s\":%.2f}\n", nodes,
           l.n, t_read);
    rc = 0;
out:
    free(l.v);
    return rc;
}

/* ---- run ------------------------------------------------------------------------------ */

typedef struct queries {
    int64_t *node; /* owned */
    size_t n_node;
    int64_t (*pair)[2]; /* owned */
    size_t n_pair;
} queries;

static int queries_read(const char *path, queries *q)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "bench_graph: could not open \"%s\": %s\n", path, strerror(errno));
        return -1;
    }
    char line[256];
    size_t cap_n = 0, cap_p = 0;
    while (fgets(line, sizeof line, f)) {
        long long a, b;
        if (sscanf(line, "node %lld", &a) == 1) {
            if (q->n_node == cap_n) {
                cap_n = cap_n ? cap_n * 2 : 256;
                q->node = xrealloc(q->node, cap_n * sizeof *q->node);
            }
            q->node[q->n_node++] = a;
        } else if (sscanf(line, "pair %lld %lld", &a, &b) == 2) {
            if (q->n_pair == cap_p) {
                cap_p = cap_p ? cap_p * 2 : 256;
                q->pair = xrealloc(q->pair, cap_p * sizeof *q->pair);
            }
            q->pair[q->n_pair][0] = a;
            q->pair[q->n_pair++][1] = b;
        }
    }
    fclose(f);
    return 0;
}

typedef struct build_fig {
    double seconds; /* wall time of fnr_graph_build */
    long rss_before_kb, hwm_kb, rss_after_kb;
    fnr_graph_info info;
} build_fig;

/* fnr_graph_build as v, timed, with the resident high-water mark. */
static fnr_status timed_build(fnr_kb *kb, const fnr_viewer *v, fnr_graph **out, build_fig *b,
                              fnr_error *err)
{
    memset(b, 0, sizeof *b);
    hwm_reset();
    b->rss_before_kb = proc_kb("VmRSS");
    double t0 = now_s();
    fnr_status rc = fnr_graph_build(kb, v, &(fnr_graph_filter){ 0 }, out, err);
    b->seconds = now_s() - t0;
    b->hwm_kb = proc_kb("VmHWM");
    b->rss_after_kb = proc_kb("VmRSS");
    if (rc == FNR_OK)
        fnr_graph_info_get(*out, &b->info);
    return rc;
}

static void print_build(const char *who, const build_fig *b)
{
    printf("  build as %s: %.2f s, %zu nodes, %zu edges, graph %.1f MB; RSS %.1f -> %.1f MB, "
           "peak %.1f MB during the build\n",
           who, b->seconds, b->info.nodes, b->info.edges, (double)b->info.bytes / 1e6,
           (double)b->rss_before_kb / 1e3, (double)b->rss_after_kb / 1e3, (double)b->hwm_kb / 1e3);
}

static void result_build(const char *phase, const build_fig *b)
{
    printf("RESULT {\"phase\":\"%s\",\"build_s\":%.3f,\"nodes\":%zu,\"edges\":%zu,"
           "\"graph_bytes\":%zu,\"rss_before_kb\":%ld,\"rss_after_kb\":%ld,\"peak_rss_kb\":%ld}\n",
           phase, b->seconds, b->info.nodes, b->info.edges, b->info.bytes, b->rss_before_kb,
           b->rss_after_kb, b->hwm_kb);
}

/* ---- run: digest and CPU time -------------------------------------------------------- */

static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* FNV-1a, 64 bits, over the fields of result rows. */
static void dg_bytes(uint64_t *h, const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        *h ^= c[i];
        *h *= 0x100000001b3ull;
    }
}

static void dg_i64(uint64_t *h, int64_t x)
{
    dg_bytes(h, &x, sizeof x);
}

static void dg_f64(uint64_t *h, double x)
{
    dg_bytes(h, &x, sizeof x);
}

static void dg_str(uint64_t *h, const char *s)
{
    if (s)
        dg_bytes(h, s, strlen(s) + 1);
    else
        dg_i64(h, -1);
}

static void dg_node(uint64_t *h, const fnr_graph_node *n)
{
    dg_i64(h, n->id);
    dg_i64(h, n->type);
    dg_str(h, n->name);
    dg_str(h, n->kind);
    dg_str(h, n->first_seen);
    dg_str(h, n->last_seen);
    dg_i64(h, n->degree);
    dg_f64(h, n->strength);
}

static void dg_edge(uint64_t *h, const fnr_graph_edge *e)
{
    dg_i64(h, e->a);
    dg_i64(h, e->b);
    dg_i64(h, e->kinds);
    dg_f64(h, e->weight);
    dg_i64(h, e->evidence);
    dg_i64(h, e->relations);
    dg_i64(h, e->events);
    dg_i64(h, e->sentences);
    dg_str(h, e->labels);
    dg_str(h, e->first_seen);
    dg_str(h, e->last_seen);
}

static void dg_neighbors(uint64_t *h, const fnr_neighbor_list *l)
{
    dg_node(h, &l->centre);
    dg_i64(h, (int64_t)l->total);
    dg_i64(h, (int64_t)l->n_rows);
    for (size_t i = 0; i < l->n_rows; i++) {
        const fnr_neighbor_row *r = &l->rows[i];
        dg_node(h, &r->node);
        dg_i64(h, r->depth);
        dg_f64(h, r->score);
        dg_i64(h, r->via);
        dg_edge(h, &r->edge);
    }
}

static void dg_paths(uint64_t *h, const fnr_path_list *l)
{
    dg_i64(h, (int64_t)l->n_paths);
    for (size_t i = 0; i < l->n_paths; i++) {
        const fnr_path *p = &l->paths[i];
        dg_i64(h, (int64_t)p->n_nodes);
        dg_f64(h, p->weight);
        for (size_t j = 0; j < p->n_nodes; j++)
            dg_node(h, &p->nodes[j]);
        for (size_t j = 0; j + 1 < p->n_nodes; j++)
            dg_edge(h, &p->edges[j]);
    }
}

/*
 * The sample's neighbours (depth 2, limit 100) and paths (k = 1), each run
 * `repeat` times in a row, timed by the process's CPU time; then one more
 * pass that digests every row of the neighbour lists and of the paths at
 * k = 1 and k = 3.
 */
static void repeat_pass(const fnr_graph *g, const queries *q, size_t repeat)
{
    fnr_error err;
    fnr_error_clear(&err);
    double t0 = cpu_s();
    size_t n_nb = 0, n_pa = 0;
    for (size_t r = 0; r < repeat; r++)
        for (size_t i = 0; i < q->n_node; i++) {
            fnr_neighbor_list *l = NULL;
            if (fnr_graph_neighbors(g, q->node[i], 2, 100, &l, &err) == FNR_OK)
                n_nb++;
            fnr_neighbor_list_free(l);
        }
    double t1 = cpu_s();
    for (size_t r = 0; r < repeat; r++)
        for (size_t i = 0; i < q->n_pair; i++) {
            fnr_path_list *l = NULL;
            if (fnr_graph_paths(g, q->pair[i][0], q->pair[i][1], 1, &l, &err) == FNR_OK)
                n_pa++;
            fnr_path_list_free(l);
        }
    double t2 = cpu_s();
    uint64_t d_nb = 0xcbf29ce484222325ull, d_p1 = d_nb, d_p3 = d_nb;
    for (size_t i = 0; i < q->n_node; i++) {
        fnr_neighbor_list *l = NULL;
        if (fnr_graph_neighbors(g, q->node[i], 2, 100, &l, &err) == FNR_OK)
            dg_neighbors(&d_nb, l);
        else
            dg_i64(&d_nb, -2);
        fnr_neighbor_list_free(l);
    }
    for (size_t i = 0; i < q->n_pair; i++)
        for (size_t k = 1; k <= 3; k += 2) {
            fnr_path_list *l = NULL;
            uint64_t *d = k == 1 ? &d_p1 : &d_p3;
            if (fnr_graph_paths(g, q->pair[i][0], q->pair[i][1], k, &l, &err) == FNR_OK)
                dg_paths(d, l);
            else
                dg_i64(d, -2);
            fnr_path_list_free(l);
        }
    double nb_us = n_nb ? (t1 - t0) / (double)n_nb * 1e6 : 0.0;
    double pa_us = n_pa ? (t2 - t1) / (double)n_pa * 1e6 : 0.0;
    printf("  CPU time over %zu rounds: neighbours %.2f us/query, path %.2f us/query "
           "(%.1f MB in huge pages)\n",
           repeat, nb_us, pa_us, (double)huge_kb() / 1e3);
    printf("  digest: neighbours %016llx, paths k=1 %016llx, k=3 %016llx\n",
           (unsigned long long)d_nb, (unsigned long long)d_p1, (unsigned long long)d_p3);
    printf("RESULT {\"phase\":\"repeat\",\"rounds\":%zu,\"neighbors_cpu_us\":%.3f,"
           "\"path_cpu_us\":%.3f,\"digest_neighbors\":\"%016llx\",\"digest_paths_k1\":\"%016llx\","
           "\"digest_paths_k3\":\"%016llx\"}\n",
           repeat, nb_us, pa_us, (unsigned long long)d_nb, (unsigned long long)d_p1,
           (unsigned long long)d_p3);
}

static int cmd_run(const opts *o)
{
    if (!o->queries) {
        fprintf(stderr, "bench_graph run: --queries FILE is required (bench_graph export "
                        "--queries FILE draws them)\n");
        return 2;
    }
    queries q = { 0 };
    if (queries_read(o->queries, &q) != 0)
        return 1;
    if (o->n && q.n_node > o->n)
        q.n_node = o->n;
    if (o->n && q.n_pair > o->n)
        q.n_pair = o->n;

    fnr_error err;
    fnr_error_clear(&err);
    fnr_kb *kb = NULL;
    fnr_graph *g = NULL;
    fnr_viewer *viewer = NULL;
    sample nb = { 0 }, pa = { 0 };
    int rc = 1;
    if (fnr_kb_open(o->db, &(fnr_kb_open_opts){ 0 }, &kb, &err) != FNR_OK) {
        print_error("could not open the store", &err);
        goto out;
    }
    double load0 = loadavg();
    bool hwm_ok = hwm_reset();
    long rss_open = proc_kb("VmRSS");

    build_fig own;
    if (timed_build(kb, NULL, &g, &own, &err) != FNR_OK) {
        print_error("could not build the graph", &err);
        goto out;
    }

    /* Neighbours: depth 2, limit 100, after a few untimed calls. */
    size_t rows = 0, reach = 0, missing = 0;
    for (size_t i = 0; i < q.n_node && i < 10; i++) {
        fnr_neighbor_list *l = NULL;
        if (fnr_graph_neighbors(g, q.node[i], 2, 100, &l, &err) == FNR_OK)
            fnr_neighbor_list_free(l);
    }
    for (size_t i = 0; i < q.n_node; i++) {
        fnr_neighbor_list *l = NULL;
        double t0 = now_s();
        fnr_status st = fnr_graph_neighbors(g, q.node[i], 2, 100, &l, &err);
        double t1 = now_s();
        if (st != FNR_OK) {
            if (missing++ < 3)
                print_error("neighbours", &err);
            continue;
        }
        sample_add(&nb, (t1 - t0) * 1e3);
        rows += l->n_rows;
        reach += l->total;
        fnr_neighbor_list_free(l);
    }

    /* One shortest path between connected entities. */
    size_t found = 0, hops = 0;
    for (size_t i = 0; i < q.n_pair; i++) {
        fnr_path_list *pl = NULL;
        double t0 = now_s();
        fnr_status st = fnr_graph_paths(g, q.pair[i][0], q.pair[i][1], 1, &pl, &err);
        double t1 = now_s();
        if (st != FNR_OK) {
            if (missing++ < 3)
                print_error("path", &err);
            continue;
        }
        sample_add(&pa, (t1 - t0) * 1e3);
        if (pl->n_paths) {
            found++;
            hops += pl->paths[0].n_nodes - 1;
        }
        fnr_path_list_free(pl);
    }

    if (o->repeat)
        repeat_pass(g, &q, o->repeat);

    /* PageRank, then Leiden and Louvain, once each; a failure is reported
     * (as -1 s) and the rest still measured. */
    double t0 = now_s();
    fnr_central_list *cl = NULL;
    double pagerank_s = -1.0;
    if (fnr_graph_central(g, FNR_CENTRAL_PAGERANK, 20, o->seed, &cl, &err) == FNR_OK)
        pagerank_s = now_s() - t0;
    else
        print_error("could not compute PageRank", &err);
    fnr_central_list_free(cl);

    double cells_s[2] = { -1.0, -1.0 }, modularity[2] = { 0.0, 0.0 };
    size_t n_cells[2] = { 0, 0 };
    static const fnr_cell_method methods[2] = { FNR_CELLS_LEIDEN, FNR_CELLS_LOUVAIN };
    static const char *const method_name[2] = { "leiden", "louvain" };
    for (int k = 0; k < 2 && !o->no_cells; k++) {
        fnr_cell_list *cells = NULL;
        t0 = now_s();
        if (fnr_graph_cells(g, methods[k], 0, 0.0, o->seed, &cells, &err) != FNR_OK) {
            print_error(method_name[k], &err);
            continue;
        }
        cells_s[k] = now_s() - t0;
        modularity[k] = cells->modularity;
        n_cells[k] = cells->n_cells;
        fnr_cell_list_free(cells);
    }
    long peak_kb = proc_kb("VmHWM");
    fnr_graph_free(g);
    g = NULL;

    build_fig vw = { 0 };
    if (o->viewer) {
        fnr_user_spec u = { .name = "bench-analyst", .clearance = "CONFIDENTIAL" };
        fnr_status us = fnr_kb_user_add(kb, NULL, &u, &err);
        if (us != FNR_OK && us != FNR_EXISTS) {
            print_error("could not add the viewer's account", &err);
            goto out;
        }
        if (fnr_kb_viewer_user(kb, "bench-analyst", &viewer, &err) != FNR_OK) {
            print_error("could not get the viewer", &err);
            goto out;
        }
        if (timed_build(kb, viewer, &g, &vw, &err) != FNR_OK) {
            print_error("could not build the viewer's graph", &err);
            goto out;
        }
        fnr_graph_free(g);
        g = NULL;
    }
    double load1 = loadavg();

    double nb50 = pct(&nb, 0.5), nb99 = pct(&nb, 0.99);
    double pa50 = pct(&pa, 0.5), pa99 = pct(&pa, 0.99);
    printf("graph of %s: %zu nodes, %zu edges (load average %.2f -> %.2f)\n", o->db, own.info.nodes,
           own.info.edges, load0, load1);
    print_build("owner", &own);
    if (o->viewer)
        print_build("bench-analyst (CONFIDENTIAL)", &vw);
    printf("  %-34s %12s %14s  %s\n", "figure", "measured", "target", "");
    printf("  %-34s %9.3f ms %14s  %s  (p99 %.3f ms, mean %zu of %zu within reach)\n",
           "neighbours depth 2 limit 100 p50", nb50, "< 5 ms",
           verdict(nb50 < TARGET_NEIGHBORS_P50_MS), nb99, nb.n ? rows / nb.n : 0,
           nb.n ? reach / nb.n : 0);
    printf("  %-34s %9.3f ms %14s  %s  (p99 %.3f ms, %zu of %zu found, mean %.2f hops)\n",
           "shortest path p50", pa50, "< 50 ms", verdict(pa50 < TARGET_PATH_P50_MS), pa99, found,
           pa.n, found ? (double)hops / (double)found : 0.0);
    printf("  %-34s %10.2f s %14s  %s\n", "PageRank", pagerank_s, "< 10 s",
           verdict(pagerank_s >= 0 && pagerank_s < TARGET_PAGERANK_S));
    for (int k = 0; k < 2 && !o->no_cells; k++)
        printf("  %-34s %10.2f s %14s  %s  (%zu cells of 3+, modularity %.3f)\n", method_name[k],
               cells_s[k], "< 30 s", verdict(cells_s[k] >= 0 && cells_s[k] < TARGET_CELLS_S),
               n_cells[k], modularity[k]);
    printf("  %-34s %9.1f MB%s\n", "peak RSS (build to Louvain)", (double)peak_kb / 1e3,
           hwm_ok ? "" : " (of the process: clear_refs refused)");

    printf("RESULT {\"phase\":\"run\",\"nodes\":%zu,\"edges\":%zu,\"rss_open_kb\":%ld,"
           "\"neighbors\":{\"n\":%zu,\"p50_ms\":%.4f,\"p99_ms\":%.4f,\"mean_ms\":%.4f,"
           "\"mean_rows\":%zu,\"mean_reach\":%zu},"
           "\"paths\":{\"n\":%zu,\"p50_ms\":%.4f,\"p99_ms\":%.4f,\"mean_ms\":%.4f,\"found\":%zu,"
           "\"mean_hops\":%.3f},"
           "\"pagerank_s\":%.3f,\"leiden_s\":%.3f,\"leiden_cells\":%zu,\"leiden_modularity\":%.4f,"
           "\"louvain_s\":%.3f,\"louvain_cells\":%zu,\"louvain_modularity\":%.4f,"
           "\"peak_rss_kb\":%ld,\"load\":[%.2f,%.2f],\"errors\":%zu}\n",
           own.info.nodes, own.info.edges, rss_open, nb.n, nb50, nb99, mean(&nb),
           nb.n ? rows / nb.n : 0, nb.n ? reach / nb.n : 0, pa.n, pa50, pa99, mean(&pa), found,
           found ? (double)hops / (double)found : 0.0, pagerank_s, cells_s[0], n_cells[0],
           modularity[0], cells_s[1], n_cells[1], modularity[1], peak_kb, load0, load1, missing);
    result_build("build", &own);
    if (o->viewer)
        result_build("build_viewer", &vw);
    rc = 0;
out:
    fnr_graph_free(g);
    fnr_viewer_free(viewer);
    fnr_kb_close(kb);
    free(nb.ms);
    free(pa.ms);
    free(q.node);
    free(q.pair);
    return rc;
}

/* ---- main ---------------------------------------------------------------------------- */

static void usage(FILE *f)
{
    fputs("usage: bench_graph gen    --db FILE --entities N --edges M [--seed S] [--batch ROWS]"
          " [--force]\n"
          "       bench_graph export --db FILE [--out edges.tsv] [--queries FILE --n 1000"
          " --seed S]\n"
          "       bench_graph run    --db FILE --queries FILE [--n 1000] [--seed S] [--viewer]"
          " [--no-cells] [--repeat R]\n"
          "Each prints a summary and RESULT {json} lines. See bench/README.md.\n",
          f);
}

static bool parse_size(const char *s, size_t *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end)
        return false;
    *out = (size_t)v;
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    opts o = { .n = 1000, .seed = 7 };
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        size_t x = 0;
        bool ok = true;
        if (!strcmp(a, "--viewer")) {
            o.viewer = true;
            continue;
        } else if (!strcmp(a, "--force")) {
            o.force = true;
            continue;
        } else if (!strcmp(a, "--no-cells")) {
            o.no_cells = true;
            continue;
        } else if (!v) {
            ok = false;
        } else if (!strcmp(a, "--db")) {
            o.db = v;
        } else if (!strcmp(a, "--out")) {
            o.out = v;
        } else if (!strcmp(a, "--queries")) {
            o.queries = v;
        } else if (!strcmp(a, "--entities") && (ok = parse_size(v, &x))) {
            o.entities = x;
        } else if (!strcmp(a, "--edges") && (ok = parse_size(v, &x))) {
            o.edges = x;
        } else if (!strcmp(a, "--n") && (ok = parse_size(v, &x))) {
            o.n = x;
        } else if (!strcmp(a, "--repeat") && (ok = parse_size(v, &x))) {
            o.repeat = x;
        } else if (!strcmp(a, "--batch") && (ok = parse_size(v, &x))) {
            o.batch = x;
        } else if (!strcmp(a, "--seed") && (ok = parse_size(v, &x))) {
            o.seed = x;
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "bench_graph: bad option \"%s\"\n", a);
            usage(stderr);
            return 2;
        }
        i++;
    }
    if (!o.db) {
        fprintf(stderr, "bench_graph: --db FILE is required\n");
        return 2;
    }
    if (!strcmp(cmd, "gen"))
        return cmd_gen(&o);
    if (!strcmp(cmd, "export"))
        return cmd_export(&o);
    if (!strcmp(cmd, "run"))
        return cmd_run(&o);
    usage(stderr);
    return 2;
}
