/*
 * bench_kb: knowledge-base benchmarks of libfener (ingest into SQLite,
 * report-to-queryable latency, query latency, store size).
 *
 * Three subcommands, each one phase, each ending with one machine-readable
 * line `RESULT {...}` that bench/run-kb collects into its table:
 *
 *   ingest   fnr_kb_ingest of a list of reports into a fresh or existing
 *            store with a given thread count; wall time of the call gives
 *            documents/s and MB/s; fnr_kb_close (which checkpoints the WAL)
 *            is timed apart; then the bytes of the store file and its -wal.
 *   latency  on an open, warmed store: for each report, fnr_kb_ingest of
 *            that one file, then fnr_kb_entity of a person it names, timed
 *            together with clock_gettime(CLOCK_MONOTONIC); the profile must
 *            count one more document than before the ingest (checked).
 *   query    builds a pool of the store's own entity names from search and
 *            profile results (untimed), warms up, then times fnr_kb_search,
 *            fnr_kb_entity and fnr_kb_events (random type, actor and date
 *            filters), each call on its own, and reports p50/p90/p99.
 *
 * It uses the public API (include/fener/) only, as any front end would;
 * the flow of data is the library's own: files -> fnr_kb_ingest -> store ->
 * the query use cases of src/kb/.
 */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fener/extract.h"
#include "fener/kb.h"
#include "fener/status.h"

/* Targets of the issue, printed beside the measured figures. */
#define TARGET_INGEST_DOCS_S 5000.0
#define TARGET_LATENCY_MS    20.0
#define TARGET_SEARCH_P50_MS 5.0
#define TARGET_ENTITY_P50_MS 10.0
#define TARGET_EVENTS_P50_MS 10.0

typedef struct path_list {
    char **v; /* owned strings */
    size_t n, cap;
} path_list;

typedef struct opts {
    const char *db;
    const char *list; /* file of paths, one a line */
    size_t limit;     /* first N paths; 0 = all */
    int threads;      /* ingest threads; 0 = library default */
    size_t batch;     /* 0 = library default */
    size_t n;         /* measured calls */
    size_t warmup;    /* untimed calls first */
    size_t profiles;  /* profiles read to widen the query pool */
    const char *only; /* query kinds to run ("search,events"); NULL = all */
    uint64_t seed;
    bool fresh;   /* remove the store first */
    bool mix;     /* ingest: four quarters under four different markings */
    bool no_bulk; /* ingest: keep the query indexes up row by row (--bulk off) */
    bool viewer;  /* query: also as a restricted viewer, side by side */
    bool each;    /* latency: each timed report's figures on stderr */
    path_list paths;
} opts;

/* One entity name of the store, drawn from search and profile results. */
typedef struct pool_ent {
    int64_t id;
    fnr_entity_type type;
    char *name; /* owned */
} pool_ent;

typedef struct pool {
    pool_ent *v; /* owned */
    size_t n, cap;
    int64_t *set; /* open addressing on id, 0 = empty; owned */
    size_t set_cap;
    int year_min, year_max; /* of dates seen in profiles; 0 when none */
} pool;

typedef struct sample {
    double *ms; /* owned */
    size_t n, cap;
} sample;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double cpu_s(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0.0;
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
}

/* CPU time of the calling thread: in ingest, the writer's (fnr_kb_ingest
 * stores from the thread that calls it). */
static double thread_cpu_s(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0.0;
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss;
}

/* The 1-minute load average, to judge how busy the shared machine was. */
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

/* xorshift64*: enough randomness for drawing queries, reproducible by seed. */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;

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

static void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size);
    if (!q) {
        fprintf(stderr, "bench_kb: out of memory\n");
        exit(1);
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t len = strlen(s) + 1;
    char *d = xrealloc(NULL, len);
    memcpy(d, s, len);
    return d;
}

static void paths_push(path_list *l, const char *p)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 1024;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = xstrdup(p);
}

static void paths_free(path_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int paths_read(path_list *l, const char *file, size_t limit)
{
    FILE *f = fopen(file, "r");
    if (!f) {
        fprintf(stderr, "bench_kb: could not open \"%s\": %s\n", file, strerror(errno));
        return -1;
    }
    char line[4096];
    while ((limit == 0 || l->n < limit) && fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len)
            paths_push(l, line);
    }
    fclose(f);
    return 0;
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

/* Nearest-rank percentile of a sorted sample. */
static double pct(const sample *s, double p)
{
    if (s->n == 0)
        return 0.0;
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

static void sample_sort(sample *s)
{
    qsort(s->ms, s->n, sizeof *s->ms, cmp_double);
}

static off_t file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : 0;
}

static void store_sizes(const char *db, off_t *out_db, off_t *out_wal)
{
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", db);
    *out_db = file_size(db);
    *out_wal = file_size(wal);
}

static void remove_store(const char *db)
{
    static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
    char p[4096];
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        snprintf(p, sizeof p, "%s%s", db, suffix[i]);
        if (unlink(p) != 0 && errno != ENOENT)
            fprintf(stderr, "bench_kb: could not remove \"%s\": %s\n", p, strerror(errno));
    }
}

static void print_error(const char *what, const fnr_error *err)
{
    fprintf(stderr, "bench_kb: %s: %s", what, err->message);
    if (err->detail[0])
        fprintf(stderr, " (%s)", err->detail);
    fputc('\n', stderr);
}

/* ---- ingest ------------------------------------------------------------- */

typedef struct ingest_ctx {
    double last; /* seconds of the last progress line */
    size_t errors;
} ingest_ctx;

static void on_progress(void *ctx, const fnr_ingest_progress *p)
{
    ingest_ctx *c = ctx;
    if (!p->final && p->seconds - c->last < 10.0)
        return;
    c->last = p->seconds;
    fprintf(stderr, "bench_kb: ingest %zu/%zu docs, %.1f s, %.0f docs/s%s\n", p->docs_done,
            p->docs_total, p->seconds, p->seconds > 0 ? (double)p->docs_done / p->seconds : 0.0,
            p->final ? " (done)" : "");
}

static void on_error(void *ctx, const char *where, const fnr_error *err)
{
    ingest_ctx *c = ctx;
    if (c->errors++ < 5)
        fprintf(stderr, "bench_kb: %s: %s\n", where, err->message);
}

static int cmd_ingest(opts *o)
{
    if (o->paths.n == 0) {
        fprintf(stderr, "bench_kb ingest: no reports given (PATH... or --list FILE)\n");
        return 2;
    }
    if (o->fresh)
        remove_store(o->db);
    fnr_error err;
    fnr_error_clear(&err);
    fnr_kb *kb = NULL;
    if (fnr_kb_open(o->db, &(fnr_kb_open_opts){ .create = true }, &kb, &err) != FNR_OK) {
        print_error("could not open the store", &err);
        return 1;
    }
    ingest_ctx ctx = { 0 };
    fnr_ingest_opts io = { .threads = o->threads,
                           .batch = o->batch,
                           .bulk = o->no_bulk ? FNR_BULK_OFF : FNR_BULK_AUTO,
                           .progress = on_progress,
                           .progress_ctx = &ctx,
                           .on_error = on_error,
                           .error_ctx = &ctx };
    fnr_ingest_stats s;
    memset(&s, 0, sizeof s);
    double load0 = loadavg();
    double c0 = cpu_s(), w0 = thread_cpu_s();
    double t0 = now_s();
    fnr_status st = FNR_OK;
    if (!o->mix) {
        st = fnr_kb_ingest(kb, (const char *const *)o->paths.v, o->paths.n, &io, &s, &err);
    } else {
        /* Every fourth report under one marking: UNCLASSIFIED, SECRET,
         * CONFIDENTIAL//ALPHA, UNCLASSIFIED//REL TO FRA. The viewer of
         * `query --viewer` (CONFIDENTIAL, no compartment, home) sees half. */
        static const char *const alpha[] = { "ALPHA" };
        static const char *const fra[] = { "FRA" };
        const fnr_markings mk[4] = {
            { .classification = "UNCLASSIFIED" },
            { .classification = "SECRET" },
            { .classification = "CONFIDENTIAL", .compartments = alpha, .n_compartments = 1 },
            { .classification = "UNCLASSIFIED", .rel_to = fra, .n_rel_to = 1 },
        };
        const char **part = malloc((o->paths.n / 4 + 1) * sizeof *part);
        if (!part) {
            fprintf(stderr, "bench_kb: out of memory\n");
            fnr_kb_close(kb);
            return 1;
        }
        /* One load in four ingests: the query indexes are made once, at
         * the end, as one ingest of them all would (timed with it). */
        if (!o->no_bulk)
            st = fnr_kb_bulk_begin(kb, &err);
        for (int q = 0; q < 4 && (st == FNR_OK || st == FNR_BADINPUT); q++) {
            size_t n = 0;
            for (size_t i = (size_t)q; i < o->paths.n; i += 4)
                part[n++] = o->paths.v[i];
            if (!n)
                continue;
            fnr_ingest_stats sq;
            memset(&sq, 0, sizeof sq);
            io.markings = mk[q];
            st = fnr_kb_ingest(kb, part, n, &io, &sq, &err);
            s.docs_seen += sq.docs_seen;
            s.docs_added += sq.docs_added;
            s.docs_duplicate += sq.docs_duplicate;
            s.docs_failed += sq.docs_failed;
            s.bytes += sq.bytes;
            s.entities_new += sq.entities_new;
            s.entities_joined += sq.entities_joined;
            s.mentions += sq.mentions;
            s.events += sq.events;
            s.relations += sq.relations;
            s.conflicts += sq.conflicts;
            s.batches += sq.batches;
        }
        free(part);
        if (!o->no_bulk && (st == FNR_OK || st == FNR_BADINPUT)) {
            fnr_error be;
            fnr_status bs = fnr_kb_bulk_end(kb, &s.index_seconds, &be);
            if (bs != FNR_OK) {
                st = bs;
                err = be;
            }
            s.bulk = true;
        }
    }
    double t1 = now_s();
    double c1 = cpu_s(), w1 = thread_cpu_s();
    fnr_kb_close(kb);
    double t2 = now_s();
    double load1 = loadavg();
    if (st != FNR_OK && st != FNR_BADINPUT) {
        print_error("ingest failed", &err);
        return 1;
    }
    off_t db_bytes, wal_bytes;
    store_sizes(o->db, &db_bytes, &wal_bytes);
    double secs = t1 - t0;
    double dps = secs > 0 ? (double)s.docs_added / secs : 0.0;
    double mbps = secs > 0 ? (double)s.bytes / 1e6 / secs : 0.0;
    double per_doc = s.docs_added ? (double)(db_bytes + wal_bytes) / (double)s.docs_added : 0.0;
    printf("ingest: %zu docs (%zu added, %zu duplicate, %zu failed), %.1f MB, threads %d\n",
           s.docs_seen, s.docs_added, s.docs_duplicate, s.docs_failed, (double)s.bytes / 1e6,
           o->threads);
    printf("  %.2f s: %.0f docs/s (target >= %.0f: %s), %.2f MB/s; close/checkpoint %.2f s\n", secs,
           dps, TARGET_INGEST_DOCS_S, dps >= TARGET_INGEST_DOCS_S ? "met" : "MISSED", mbps,
           t2 - t1);
    printf("  cpu %.1f s (%.2f cores busy), load average %.2f -> %.2f, peak RSS %ld KB\n", c1 - c0,
           secs > 0 ? (c1 - c0) / secs : 0.0, load0, load1, peak_rss_kb());
    printf("  writer (calling thread) cpu %.1f s, %.3f ms/report\n", w1 - w0,
           s.docs_added ? (w1 - w0) * 1e3 / (double)s.docs_added : 0.0);
    if (s.bulk)
        printf("  bulk: the query indexes made at the end in %.2f s (included above)\n",
               s.index_seconds);
    else
        printf("  not bulk: query indexes kept up row by row\n");
    printf("  entities new %zu, joined %zu; mentions %zu, events %zu, relations %zu, "
           "conflicts %zu, batches %zu\n",
           s.entities_new, s.entities_joined, s.mentions, s.events, s.relations, s.conflicts,
           s.batches);
    printf("  store %.1f MB + wal %.1f MB = %.0f bytes/report\n", (double)db_bytes / 1e6,
           (double)wal_bytes / 1e6, per_doc);
    printf("RESULT {\"phase\":\"ingest\",\"threads\":%d,\"docs\":%zu,\"added\":%zu,"
           "\"failed\":%zu,\"bytes\":%zu,\"seconds\":%.4f,\"close_seconds\":%.4f,"
           "\"docs_per_s\":%.2f,\"MB_per_s\":%.3f,\"cpu_seconds\":%.3f,\"load_before\":%.2f,"
           "\"load_after\":%.2f,\"db_bytes\":%lld,\"wal_bytes\":%lld,\"bytes_per_doc\":%.1f,"
           "\"entities_new\":%zu,\"mentions\":%zu,\"events\":%zu,\"relations\":%zu,"
           "\"peak_rss_kb\":%ld,\"writer_cpu_seconds\":%.3f,\"bulk\":%s,\"index_seconds\":%.3f}\n",
           o->threads, s.docs_seen, s.docs_added, s.docs_failed, s.bytes, secs, t2 - t1, dps, mbps,
           c1 - c0, load0, load1, (long long)db_bytes, (long long)wal_bytes, per_doc,
           s.entities_new, s.mentions, s.events, s.relations, peak_rss_kb(), w1 - w0,
           s.bulk ? "true" : "false", s.index_seconds);
    return 0;
}

/* ---- latency: one report to queryable facts ------------------------------ */

static int read_file(const char *path, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 16384, len = 0;
    char *b = xrealloc(NULL, cap);
    size_t got;
    while ((got = fread(b + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            b = xrealloc(b, cap);
        }
    }
    fclose(f);
    *out = b;
    *out_len = len;
    return 0;
}

/* What a report's extraction gives, to check the store against after its
 * ingest. */
typedef struct probe {
    char *name;           /* owned; NULL when the report names nobody */
    fnr_entity_type type; /* of name */
    char sha256[65];      /* of the report's bytes: how its document is found */
    size_t n_mentions, n_events;
} probe;

/*
 * The name to look up after ingesting a report: its first person (the
 * dictionary's canonical name when there is one), else its first entity;
 * with the report's hash and the number of its mentions and events.
 * p->name stays NULL when the report names nobody.
 */
static void probe_read(const fnr_extractor *x, const char *path, probe *p)
{
    memset(p, 0, sizeof *p);
    char *bytes;
    size_t len;
    if (read_file(path, &bytes, &len) != 0)
        return;
    fnr_facts *f = NULL;
    if (fnr_extract(x, bytes, len, &(fnr_extract_opts){ 0 }, &f, NULL) == FNR_OK) {
        const fnr_entity *pick = NULL;
        for (size_t i = 0; i < f->n_entities && !pick; i++)
            if (f->entities[i].type == FNR_ENTITY_PERSON)
                pick = &f->entities[i];
        if (!pick && f->n_entities)
            pick = &f->entities[0];
        if (pick) {
            p->name = xstrdup(pick->canonical ? pick->canonical : pick->name);
            p->type = pick->type;
        }
        memcpy(p->sha256, f->sha256, sizeof p->sha256);
        for (size_t i = 0; i < f->n_entities; i++)
            p->n_mentions += f->entities[i].n_mentions;
        p->n_events = f->n_events;
    }
    fnr_facts_free(f);
    free(bytes);
}

/* Documents the profile of name counts; 0 when not found, -1 on error. */
static long profile_docs(fnr_kb *kb, const char *name)
{
    fnr_profile *p = NULL;
    fnr_error err;
    fnr_status st = fnr_kb_entity(kb, NULL, name, &p, &err);
    long n = st == FNR_OK ? p->n_documents : st == FNR_NOTFOUND ? 0 : -1;
    fnr_profile_free(p);
    return n;
}

/* Does document id exist, and is it the report with hash sha256 (*out_is)? */
static bool doc_exists(fnr_kb *kb, int64_t id, const char *sha256, bool *out_is)
{
    fnr_doc_view *v = NULL;
    bool ok = fnr_kb_doc(kb, NULL, id, &v, NULL) == FNR_OK;
    *out_is = ok && v->doc.sha256 && strcmp(v->doc.sha256, sha256) == 0;
    fnr_doc_view_free(v);
    return ok;
}

/*
 * The id of the stored document with hash sha256, 0 when none: the newest
 * document, as a report just ingested is. The ids a store gives only grow,
 * so *hint (the last one found) + 1 is tried first, then the highest id in
 * use is found by doubling and bisecting.
 */
static int64_t doc_by_hash(fnr_kb *kb, const char *sha256, int64_t *hint)
{
    bool is = false;
    if (*hint && doc_exists(kb, *hint + 1, sha256, &is) && is)
        return ++*hint;
    int64_t lo = 0, hi = 1; /* lo exists (or is 0), hi does not */
    while (doc_exists(kb, hi, sha256, &is)) {
        lo = hi;
        hi *= 2;
    }
    while (hi - lo > 1) {
        int64_t mid = lo + (hi - lo) / 2;
        if (doc_exists(kb, mid, sha256, &is))
            lo = mid;
        else
            hi = mid;
    }
    if (lo && doc_exists(kb, lo, sha256, &is) && is)
        return *hint = lo;
    return 0;
}

/*
 * Whether the report's facts can be read back through the query API: its
 * document found by hash holds every mention and event extracted from it,
 * and the entity of its first mention of the probe's type has a profile
 * that counts at least one document. (Summing the documents of the entities
 * a name search finds cannot tell: initials such as "Ö.A." name hundreds.)
 */
static bool report_queryable(fnr_kb *kb, const probe *pr, int64_t *hint)
{
    int64_t id = doc_by_hash(kb, pr->sha256, hint);
    if (!id)
        return false;
    fnr_doc_view *v = NULL;
    if (fnr_kb_doc(kb, NULL, id, &v, NULL) != FNR_OK)
        return false;
    bool ok = v->n_mentions == pr->n_mentions && v->n_events == pr->n_events;
    int64_t entity = 0;
    for (size_t i = 0; i < v->n_mentions && !entity; i++)
        if (v->mentions[i].entity.type == pr->type)
            entity = v->mentions[i].entity.id;
    fnr_doc_view_free(v);
    if (ok && entity) {
        char ref[32];
        snprintf(ref, sizeof ref, "e%lld", (long long)entity);
        ok = profile_docs(kb, ref) > 0;
    } else if (pr->n_mentions) {
        ok = false;
    }
    return ok;
}

static int cmd_latency(opts *o)
{
    size_t want = o->n ? o->n : 100;
    if (o->paths.n < want + o->warmup) {
        fprintf(stderr, "bench_kb latency: need %zu reports (%zu for the warm-up), got %zu\n",
                want + o->warmup, o->warmup, o->paths.n);
        return 2;
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_extractor *x = NULL;
    fnr_kb *kb = NULL;
    double tx = now_s();
    fnr_status xst = fnr_extractor_new(&x, &err);
    tx = now_s() - tx;
    if (xst != FNR_OK) {
        print_error("could not build the extractor", &err);
        return 1;
    }
    if (fnr_kb_open(o->db, &(fnr_kb_open_opts){ 0 }, &kb, &err) != FNR_OK) {
        print_error("could not open the store", &err);
        fnr_extractor_free(x);
        return 1;
    }
    fnr_ingest_opts io = { .threads = o->threads, .batch = o->batch };
    sample total = { 0 }, ing = { 0 }, prof = { 0 };
    size_t skipped = 0, unverified = 0, other = 0, bytes = 0, warmed = 0;
    int64_t doc_hint = 0; /* id of the last report found by hash */
    int rc = 0;
    for (size_t i = 0; i < o->paths.n && total.n < want; i++) {
        const char *path = o->paths.v[i];
        probe pr;
        probe_read(x, path, &pr);
        const char *name = pr.name;
        if (!name) {
            skipped++;
            continue;
        }
        long before = profile_docs(kb, name);
        fnr_ingest_stats s;
        fnr_profile *p = NULL;
        double t0 = now_s();
        fnr_status st = fnr_kb_ingest(kb, (const char *const *)&path, 1, &io, &s, &err);
        double t1 = now_s();
        fnr_status st2 = st == FNR_OK ? fnr_kb_entity(kb, NULL, name, &p, &err) : st;
        double t2 = now_s();
        if (st != FNR_OK || s.docs_added != 1) {
            fprintf(stderr, "bench_kb latency: \"%s\" was not added (%s)\n", path,
                    st == FNR_OK ? "a duplicate: use reports not in the store" : err.message);
            free(pr.name);
            rc = 1;
            break;
        }
        /* The profile by name may show a namesake with more mentions (the
         * report joined another entity of that name): counted apart. */
        if (st2 != FNR_OK || p->n_documents != before + 1)
            other++;
        if (!report_queryable(kb, &pr, &doc_hint)) {
            unverified++;
            fprintf(stderr, "bench_kb latency: the facts of \"%s\" are not readable\n", path);
        }
        fnr_profile_free(p);
        free(pr.name);
        if (warmed < o->warmup) {
            warmed++; /* a warm-up ingest, untimed */
            continue;
        }
        bytes += s.bytes;
        if (o->each)
            fprintf(stderr, "bench_kb latency: %s ingest %.2f ms, profile %.2f ms\n", path,
                    (t1 - t0) * 1e3, (t2 - t1) * 1e3);
        sample_add(&ing, (t1 - t0) * 1e3);
        sample_add(&prof, (t2 - t1) * 1e3);
        sample_add(&total, (t2 - t0) * 1e3);
    }
    fnr_kb_close(kb);
    fnr_extractor_free(x);
    if (rc == 0 && total.n < want) {
        fprintf(stderr, "bench_kb latency: only %zu usable reports (%zu name nobody)\n", total.n,
                skipped);
        rc = 1;
    }
    if (rc == 0) {
        double avg_kb = total.n ? (double)bytes / (double)total.n / 1e3 : 0.0;
        sample_sort(&total);
        sample_sort(&ing);
        sample_sort(&prof);
        printf("latency: %zu single-report ingests (%.1f KB average), threads %d\n", total.n,
               avg_kb, o->threads);
        printf("  ingest + profile: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target < %.0f ms: %s)\n",
               pct(&total, 0.5), pct(&total, 0.99), pct(&total, 1.0), TARGET_LATENCY_MS,
               pct(&total, 0.5) < TARGET_LATENCY_MS && pct(&total, 0.99) < TARGET_LATENCY_MS ? "met"
               : pct(&total, 0.5) < TARGET_LATENCY_MS ? "p50 met, p99 MISSED"
                                                      : "MISSED");
        printf("  of which fnr_kb_ingest p50 %.2f ms, p99 %.2f ms; fnr_kb_entity p50 %.2f ms, "
               "p99 %.2f ms\n",
               pct(&ing, 0.5), pct(&ing, 0.99), pct(&prof, 0.5), pct(&prof, 0.99));
        printf("  for comparison, fnr_extractor_new (built-in dictionaries) took %.2f ms here\n",
               tx * 1e3);
        printf("  the profile by name counted the new report in %zu of %zu; a namesake with more "
               "mentions was shown in %zu (the report joined another entity of that name); "
               "facts not readable by document hash: %zu\n",
               total.n + warmed - other, total.n + warmed, other, unverified);
        printf("RESULT {\"phase\":\"latency\",\"n\":%zu,\"avg_bytes\":%.0f,\"p50_ms\":%.3f,"
               "\"p99_ms\":%.3f,\"max_ms\":%.3f,\"mean_ms\":%.3f,\"ingest_p50_ms\":%.3f,"
               "\"ingest_p99_ms\":%.3f,\"profile_p50_ms\":%.3f,\"profile_p99_ms\":%.3f,"
               "\"namesake\":%zu,\"unverified\":%zu,\"extractor_new_ms\":%.3f}\n",
               total.n, avg_kb * 1e3, pct(&total, 0.5), pct(&total, 0.99), pct(&total, 1.0),
               mean(&total), pct(&ing, 0.5), pct(&ing, 0.99), pct(&prof, 0.5), pct(&prof, 0.99),
               other, unverified, tx * 1e3);
        if (unverified)
            rc = 1;
    }
    free(total.ms);
    free(ing.ms);
    free(prof.ms);
    return rc;
}

/* ---- query --------------------------------------------------------------- */

static bool pool_has(pool *p, int64_t id)
{
    if (p->set_cap == 0)
        return false;
    for (size_t h = (size_t)((uint64_t)id * 0x9e3779b97f4a7c15u) & (p->set_cap - 1);;
         h = (h + 1) & (p->set_cap - 1)) {
        if (p->set[h] == 0)
            return false;
        if (p->set[h] == id)
            return true;
    }
}

static void pool_set_put(pool *p, int64_t id)
{
    for (size_t h = (size_t)((uint64_t)id * 0x9e3779b97f4a7c15u) & (p->set_cap - 1);;
         h = (h + 1) & (p->set_cap - 1)) {
        if (p->set[h] == 0) {
            p->set[h] = id;
            return;
        }
    }
}

static void pool_add(pool *p, int64_t id, fnr_entity_type type, const char *name)
{
    if (id <= 0 || !name || !name[0] || pool_has(p, id))
        return;
    if ((p->n + 1) * 2 > p->set_cap) {
        size_t cap = p->set_cap ? p->set_cap * 2 : 4096;
        int64_t *old = p->set;
        size_t old_cap = p->set_cap;
        p->set = xrealloc(NULL, cap * sizeof *p->set);
        memset(p->set, 0, cap * sizeof *p->set);
        p->set_cap = cap;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                pool_set_put(p, old[i]);
        free(old);
    }
    pool_set_put(p, id);
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 1024;
        p->v = xrealloc(p->v, p->cap * sizeof *p->v);
    }
    p->v[p->n++] = (pool_ent){ .id = id, .type = type, .name = xstrdup(name) };
}

static void pool_year(pool *p, const char *date)
{
    if (!date || strlen(date) < 4)
        return;
    int y = atoi(date);
    if (y < 1900 || y > 2100)
        return;
    if (p->year_min == 0 || y < p->year_min)
        p->year_min = y;
    if (y > p->year_max)
        p->year_max = y;
}

static void pool_free(pool *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->v[i].name);
    free(p->v);
    free(p->set);
}

/*
 * Fills the pool with entity names of the store itself: every scope searched
 * by each letter (prefix matches ranked by mentions), then the profiles of
 * some of those, whose co-occurring entities, relations and event actors
 * reach the less-mentioned ones. Untimed.
 */
static void pool_build(fnr_kb *kb, const fnr_viewer *v, pool *p, size_t max_profiles)
{
    static const fnr_search_scope scopes[] = { FNR_SEARCH_PERSON, FNR_SEARCH_ORGANIZATION,
                                               FNR_SEARCH_LOCATION };
    for (size_t s = 0; s < sizeof scopes / sizeof *scopes; s++) {
        for (char c = 'a'; c <= 'z'; c++) {
            char q[2] = { c, '\0' };
            fnr_search_result *r = NULL;
            if (fnr_kb_search(kb, v, q, scopes[s], 50, &r, NULL) == FNR_OK)
                for (size_t i = 0; i < r->n_entities; i++)
                    pool_add(p, r->entities[i].id, r->entities[i].type, r->entities[i].name);
            fnr_search_result_free(r);
        }
    }
    for (size_t k = 0; k < max_profiles && p->n; k++) {
        /* Walk outward: later draws reach entities added by earlier ones. */
        const pool_ent *e = &p->v[rng_below(p->n)];
        fnr_profile *pr = NULL;
        if (fnr_kb_entity(kb, v, e->name, &pr, NULL) != FNR_OK) {
            fnr_profile_free(pr);
            continue;
        }
        pool_year(p, pr->first_seen);
        pool_year(p, pr->last_seen);
        for (size_t i = 0; i < pr->n_cooccur; i++)
            pool_add(p, pr->cooccur[i].other.id, pr->cooccur[i].other.type,
                     pr->cooccur[i].other.name);
        for (size_t i = 0; i < pr->n_relations; i++)
            pool_add(p, pr->relations[i].other.id, pr->relations[i].other.type,
                     pr->relations[i].other.name);
        for (size_t i = 0; i < pr->n_events; i++) {
            const fnr_event_row *ev = &pr->events[i];
            pool_year(p, ev->date);
            for (size_t j = 0; j < ev->n_actors; j++)
                pool_add(p, ev->actors[j].id, ev->actors[j].type, ev->actors[j].name);
            for (size_t j = 0; j < ev->n_targets; j++)
                pool_add(p, ev->targets[j].id, ev->targets[j].type, ev->targets[j].name);
            if (ev->location.id)
                pool_add(p, ev->location.id, ev->location.type, ev->location.name);
        }
        fnr_profile_free(pr);
    }
}

/* A random person or organisation of the pool (for the actor filter). */
static const pool_ent *pool_actor(const pool *p)
{
    for (int tries = 0; tries < 64; tries++) {
        const pool_ent *e = &p->v[rng_below(p->n)];
        if (e->type != FNR_ENTITY_LOCATION)
            return e;
    }
    return &p->v[rng_below(p->n)];
}

typedef struct qstats {
    sample ms;
    size_t errors;   /* calls that failed (not NOTFOUND) */
    size_t notfound; /* NOTFOUND answers */
    size_t rows;     /* entities + documents, events ... returned */
} qstats;

enum { Q_SEARCH, Q_ENTITY, Q_EVENTS, Q_COUNT };

/* One random query of kind k; adds its time to q when `timed`. */
static void query_one(fnr_kb *kb, const fnr_viewer *v, const pool *p, int k, qstats *q, bool timed)
{
    fnr_error err;
    fnr_status st = FNR_OK;
    size_t rows = 0;
    double t0 = 0, t1 = 0;
    if (k == Q_SEARCH) {
        const char *text = p->v[rng_below(p->n)].name;
        fnr_search_result *r = NULL;
        t0 = now_s();
        st = fnr_kb_search(kb, v, text, FNR_SEARCH_ALL, 0, &r, &err);
        t1 = now_s();
        if (st == FNR_OK)
            rows = r->n_entities + r->n_docs;
        fnr_search_result_free(r);
    } else if (k == Q_ENTITY) {
        const char *name = p->v[rng_below(p->n)].name;
        fnr_profile *pr = NULL;
        t0 = now_s();
        st = fnr_kb_entity(kb, v, name, &pr, &err);
        t1 = now_s();
        if (st == FNR_OK)
            rows = pr->n_events + pr->n_docs + pr->n_aliases;
        fnr_profile_free(pr);
    } else {
        /* Each of type, actor and a date range with probability 1/2; at
         * least one of them. */
        fnr_event_filter f = { 0 };
        char since[32], until[32];
        unsigned mask = 0;
        while (mask == 0)
            mask = (unsigned)(rng_next() >> 40) & 7u;
        if (mask & 1u)
            f.type = (fnr_event_type)(1 + rng_below(FNR_EVENT_TYPE_COUNT - 1));
        if (mask & 2u)
            f.actor = pool_actor(p)->name;
        if (mask & 4u) {
            int y0 = p->year_min ? p->year_min : 2015;
            int y1 = p->year_max >= y0 ? p->year_max : y0 + 10;
            int y = y0 + (int)rng_below((size_t)(y1 - y0 + 1));
            int span = (int)rng_below(3);
            if (rng_below(2)) {
                snprintf(since, sizeof since, "%04d", y);
                snprintf(until, sizeof until, "%04d", y + span);
            } else {
                int m = 1 + (int)rng_below(12);
                snprintf(since, sizeof since, "%04d-%02d", y, m);
                snprintf(until, sizeof until, "%04d-%02d", y + span, m);
            }
            f.since = since;
            f.until = until;
        }
        fnr_event_list *l = NULL;
        t0 = now_s();
        st = fnr_kb_events(kb, v, &f, &l, &err);
        t1 = now_s();
        if (st == FNR_OK)
            rows = l->n_rows;
        fnr_event_list_free(l);
    }
    if (!timed)
        return;
    sample_add(&q->ms, (t1 - t0) * 1e3);
    q->rows += rows;
    if (st == FNR_NOTFOUND)
        q->notfound++;
    else if (st != FNR_OK && q->errors++ < 3)
        print_error("query failed", &err);
}

static int cmd_query(opts *o)
{
    static const char *const kind[Q_COUNT] = { "search", "entity", "events" };
    static const double target[Q_COUNT] = { TARGET_SEARCH_P50_MS, TARGET_ENTITY_P50_MS,
                                            TARGET_EVENTS_P50_MS };
    size_t n = o->n ? o->n : 1000;
    size_t warm = o->warmup;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    if (o->viewer) {
        /* The restricted viewer: CONFIDENTIAL, no compartment, a home
         * account (see ingest --mix). Added once; the timing store is then
         * opened read-only like the owner's. */
        if (fnr_kb_open(o->db, NULL, &kb, &err) != FNR_OK) {
            print_error("could not open the store", &err);
            return 1;
        }
        fnr_user_spec u = { .name = "bench-analyst", .clearance = "CONFIDENTIAL" };
        fnr_status us = fnr_kb_user_add(kb, NULL, &u, &err);
        fnr_kb_close(kb);
        kb = NULL;
        if (us != FNR_OK && us != FNR_EXISTS) {
            print_error("could not add the viewer's account", &err);
            return 1;
        }
    }
    if (fnr_kb_open(o->db, &(fnr_kb_open_opts){ .readonly = true }, &kb, &err) != FNR_OK) {
        print_error("could not open the store", &err);
        return 1;
    }
    if (o->viewer && fnr_kb_viewer_user(kb, "bench-analyst", &viewer, &err) != FNR_OK) {
        print_error("could not get the viewer", &err);
        fnr_kb_close(kb);
        return 1;
    }
    pool p = { 0 };
    double t0 = now_s();
    /* Names the viewer may see: both run the same queries, all answerable. */
    pool_build(kb, viewer, &p, o->profiles);
    double t1 = now_s();
    fprintf(stderr, "bench_kb: pool of %zu names in %.1f s\n", p.n, t1 - t0);
    if (p.n == 0) {
        fprintf(stderr, "bench_kb query: the store has no entities to query\n");
        fnr_kb_close(kb);
        return 1;
    }
    size_t types[4] = { 0 };
    for (size_t i = 0; i < p.n; i++)
        types[p.v[i].type <= 3 ? p.v[i].type : 0]++;
    printf("query: pool of %zu entity names (%zu persons, %zu organisations, %zu places; "
           "years %d-%d) built in %.1f s\n",
           p.n, types[FNR_ENTITY_PERSON], types[FNR_ENTITY_ORGANIZATION],
           types[FNR_ENTITY_LOCATION], p.year_min, p.year_max, t1 - t0);
    qstats q[Q_COUNT], qv[Q_COUNT];
    memset(q, 0, sizeof q);
    memset(qv, 0, sizeof qv);
    double load0 = loadavg();
    for (int k = 0; k < Q_COUNT; k++) {
        if (o->only && !strstr(o->only, kind[k]))
            continue;
        /* Owner and viewer draw the same queries: same random sequence,
         * alternating blocks of 50 so that both see the same machine. */
        uint64_t rs = rng_state;
        for (size_t i = 0; i < warm; i++)
            query_one(kb, NULL, &p, k, &q[k], false);
        if (viewer) {
            rng_state = rs;
            for (size_t i = 0; i < warm; i++)
                query_one(kb, viewer, &p, k, &qv[k], false);
        }
        double tk = now_s();
        for (size_t i = 0; i < n; i += 50) {
            size_t m = n - i < 50 ? n - i : 50;
            rs = rng_state;
            for (size_t j = 0; j < m; j++)
                query_one(kb, NULL, &p, k, &q[k], true);
            if (viewer) {
                uint64_t after = rng_state;
                rng_state = rs;
                for (size_t j = 0; j < m; j++)
                    query_one(kb, viewer, &p, k, &qv[k], true);
                rng_state = after;
            }
        }
        sample_sort(&q[k].ms);
        if (viewer)
            sample_sort(&qv[k].ms);
        fprintf(stderr, "bench_kb: %s: %zu calls in %.1f s, p50 %.3f ms\n", kind[k], n,
                now_s() - tk, pct(&q[k].ms, 0.5));
    }
    double load1 = loadavg();
    fnr_viewer_free(viewer);
    fnr_kb_close(kb);
    printf("  %zu calls each after %zu warm-up calls; load average %.2f -> %.2f\n", n, warm, load0,
           load1);
    printf("  %-7s %9s %9s %9s %9s %9s %10s  %s\n", "call", "p50 ms", "p90 ms", "p99 ms", "max ms",
           "mean ms", "rows/call", "target p50");
    for (int k = 0; k < Q_COUNT; k++) {
        if (!q[k].ms.n)
            continue;
        double p50 = pct(&q[k].ms, 0.5);
        printf("  %-7s %9.3f %9.3f %9.3f %9.3f %9.3f %10.1f  < %.0f ms: %s\n", kind[k], p50,
               pct(&q[k].ms, 0.9), pct(&q[k].ms, 0.99), pct(&q[k].ms, 1.0), mean(&q[k].ms),
               q[k].ms.n ? (double)q[k].rows / (double)q[k].ms.n : 0.0, target[k],
               p50 < target[k] ? "met" : "MISSED");
        if (q[k].notfound || q[k].errors)
            printf("          %zu not found, %zu errors\n", q[k].notfound, q[k].errors);
    }
    printf("RESULT {\"phase\":\"query\",\"n\":%zu,\"pool\":%zu", n, p.n);
    for (int k = 0; k < Q_COUNT; k++)
        if (q[k].ms.n)
            printf(",\"%s\":{\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,"
                   "\"mean_ms\":%.3f,\"rows_per_call\":%.2f,\"notfound\":%zu,\"errors\":%zu}",
                   kind[k], pct(&q[k].ms, 0.5), pct(&q[k].ms, 0.9), pct(&q[k].ms, 0.99),
                   pct(&q[k].ms, 1.0), mean(&q[k].ms),
                   q[k].ms.n ? (double)q[k].rows / (double)q[k].ms.n : 0.0, q[k].notfound,
                   q[k].errors);
    printf("}\n");
    if (o->viewer) {
        printf("  as a restricted viewer (CONFIDENTIAL, no compartment; sees half the reports),\n"
               "  the same calls; target: within 1.2x of the owner's p50\n");
        printf("  %-7s %9s %9s %9s %9s %10s  %s\n", "call", "p50 ms", "p99 ms", "owner p50",
               "ratio", "rows/call", "within 1.2x");
        printf("RESULT {\"phase\":\"query_viewer\",\"n\":%zu", n);
        for (int k = 0; k < Q_COUNT; k++) {
            if (!qv[k].ms.n)
                continue;
            double p50 = pct(&qv[k].ms, 0.5), o50 = pct(&q[k].ms, 0.5);
            double ratio = o50 > 0 ? p50 / o50 : 0.0;
            printf(",\"%s\":{\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"owner_p50_ms\":%.3f,"
                   "\"ratio\":%.3f,\"notfound\":%zu,\"errors\":%zu}",
                   kind[k], p50, pct(&qv[k].ms, 0.99), o50, ratio, qv[k].notfound, qv[k].errors);
        }
        printf("}\n");
        for (int k = 0; k < Q_COUNT; k++) {
            if (!qv[k].ms.n)
                continue;
            double p50 = pct(&qv[k].ms, 0.5), o50 = pct(&q[k].ms, 0.5);
            double ratio = o50 > 0 ? p50 / o50 : 0.0;
            printf("  %-7s %9.3f %9.3f %9.3f %9.2f %10.1f  %s\n", kind[k], p50,
                   pct(&qv[k].ms, 0.99), o50, ratio, (double)qv[k].rows / (double)qv[k].ms.n,
                   ratio <= 1.2 ? "met" : "MISSED");
        }
    }
    int rc = 0;
    for (int k = 0; k < Q_COUNT; k++) {
        if (q[k].errors || qv[k].errors)
            rc = 1;
        free(q[k].ms.ms);
        free(qv[k].ms.ms);
    }
    pool_free(&p);
    return rc;
}

/* ---- command line --------------------------------------------------------- */

static void usage(FILE *f)
{
    fputs(
        "usage: bench_kb ingest  --db FILE [--fresh] [--mix] [--no-bulk] [--threads N] [--batch N]\n"
        "                        [--list FILE] [--limit N] [PATH...]\n"
        "       bench_kb latency --db FILE [--n 100] [--warmup 5] [--threads N] [--each]\n"
        "                        [--list FILE] [PATH...]\n"
        "       bench_kb query   --db FILE [--n 1000] [--warmup 100] [--profiles 400]\n"
        "                        [--only search,entity,events] [--seed N] [--viewer]\n"
        "Each prints a summary and one line RESULT {json}. See bench/README.md.\n",
        f);
}

static bool parse_size(const char *flag, const char *v, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || end == v || *end || v[0] == '-') {
        fprintf(stderr, "bench_kb: %s needs a number, not \"%s\"\n", flag, v);
        return false;
    }
    *out = (size_t)n;
    return true;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    opts o = { .db = "fener-bench.db", .seed = 1 };
    bool warmup_set = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        size_t num;
        if (!strcmp(a, "--fresh")) {
            o.fresh = true;
        } else if (!strcmp(a, "--no-bulk")) {
            o.no_bulk = true;
        } else if (!strcmp(a, "--mix")) {
            o.mix = true;
        } else if (!strcmp(a, "--viewer")) {
            o.viewer = true;
        } else if (!strcmp(a, "--each")) {
            o.each = true;
        } else if (a[0] == '-' && a[1] == '-' && a[2]) {
            if (!v) {
                fprintf(stderr, "bench_kb: %s needs a value\n", a);
                return 2;
            }
            i++;
            if (!strcmp(a, "--db")) {
                o.db = v;
            } else if (!strcmp(a, "--list")) {
                o.list = v;
            } else if (!strcmp(a, "--limit") && parse_size(a, v, &num)) {
                o.limit = num;
            } else if (!strcmp(a, "--threads") && parse_size(a, v, &num)) {
                o.threads = num > 64 ? 64 : (int)num;
            } else if (!strcmp(a, "--batch") && parse_size(a, v, &num)) {
                o.batch = num;
            } else if (!strcmp(a, "--n") && parse_size(a, v, &num)) {
                o.n = num;
            } else if (!strcmp(a, "--warmup") && parse_size(a, v, &num)) {
                o.warmup = num;
                warmup_set = true;
            } else if (!strcmp(a, "--only")) {
                o.only = v;
            } else if (!strcmp(a, "--profiles") && parse_size(a, v, &num)) {
                o.profiles = num;
            } else if (!strcmp(a, "--seed") && parse_size(a, v, &num)) {
                o.seed = (uint64_t)num;
            } else {
                usage(stderr);
                return 2;
            }
        } else {
            paths_push(&o.paths, a);
        }
    }
    if (o.list && paths_read(&o.paths, o.list, o.limit) != 0)
        return 2;
    if (o.limit && o.paths.n > o.limit) {
        for (size_t i = o.limit; i < o.paths.n; i++)
            free(o.paths.v[i]);
        o.paths.n = o.limit;
    }
    rng_state ^= o.seed * 0xbf58476d1ce4e5b9u;
    for (int i = 0; i < 8; i++)
        rng_next();
    if (!warmup_set)
        o.warmup = !strcmp(cmd, "query") ? 100 : 5;
    int rc;
    if (!strcmp(cmd, "ingest")) {
        rc = cmd_ingest(&o);
    } else if (!strcmp(cmd, "latency")) {
        rc = cmd_latency(&o);
    } else if (!strcmp(cmd, "query")) {
        rc = cmd_query(&o);
    } else {
        usage(stderr);
        rc = 2;
    }
    paths_free(&o.paths);
    return rc;
}
