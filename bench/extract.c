/*
 * bench_extract: extraction throughput of libfener over a corpus of reports.
 *
 * Collects the files named on the command line (directories are walked
 * recursively, entries sorted so runs are comparable), then streams them
 * through memory in chunks of at most --chunk-mb: a chunk is read from disk
 * first, then every document in it goes through fnr_extract and
 * fnr_facts_to_json, one at a time on one thread, with one extractor built
 * beforehand. Only that extraction loop is timed; reading files is not. One
 * untimed warm-up pass over the first chunk comes before the measured pass.
 * Streaming keeps the peak resident set near the chunk size whatever the
 * corpus size. It uses the public API only, as any front end would.
 */
#define _XOPEN_SOURCE 700

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fener/extract.h"

typedef struct doc_file {
    char *path;  /* owned */
    size_t size; /* bytes, from stat */
} doc_file;

typedef struct file_list {
    doc_file *v; /* owned */
    size_t n, cap;
} file_list;

typedef struct totals {
    size_t docs, bytes, json_bytes;
    size_t entities, events, relations, mentions;
    size_t errors;
    size_t by_status[FNR_STATUS_COUNT];
    double seconds;
} totals;

typedef struct chunk {
    char *buf;   /* owned, chunk_cap bytes */
    size_t cap;  /* bytes */
    size_t len;  /* bytes used */
    size_t *off; /* document i starts at off[i]; owned */
    size_t *len_of;
    size_t n, n_cap;
    char *big;    /* one document larger than the buffer, owned */
    size_t first; /* index into the file list of document 0 */
} chunk;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* kilobytes on Linux */
}

static int list_push(file_list *l, const char *path, size_t size)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 1024;
        doc_file *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    char *p = malloc(strlen(path) + 1);
    if (!p)
        return -1;
    strcpy(p, path);
    l->v[l->n].path = p;
    l->v[l->n].size = size;
    l->n++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds `path` (a regular file, or a directory walked in sorted order). */
static int collect(file_list *l, const char *path, int depth)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "bench_extract: could not stat \"%s\": %s\n", path, strerror(errno));
        return -1;
    }
    if (S_ISREG(st.st_mode))
        return list_push(l, path, (size_t)st.st_size);
    if (!S_ISDIR(st.st_mode) || depth > 32)
        return 0;
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "bench_extract: could not open \"%s\": %s\n", path, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                rc = -1;
                goto out;
            }
            names = nn;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            rc = -1;
            goto out;
        }
        snprintf(names[n], len, "%s/%s", path, e->d_name);
        n++;
    }
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = collect(l, names[i], depth + 1);
out:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(d);
    return rc;
}

static int collect_list_file(file_list *l, const char *list_path)
{
    FILE *f = fopen(list_path, "r");
    if (!f) {
        fprintf(stderr, "bench_extract: could not open \"%s\": %s\n", list_path, strerror(errno));
        return -1;
    }
    char line[4096];
    int rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0])
            rc = collect(l, line, 0);
    }
    fclose(f);
    return rc;
}

static int read_whole(const char *path, char *dst, size_t size)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "bench_extract: could not open \"%s\": %s\n", path, strerror(errno));
        return -1;
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = read(fd, dst + got, size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            fprintf(stderr, "bench_extract: could not read \"%s\"\n", path);
            close(fd);
            return -1;
        }
        got += (size_t)r;
    }
    close(fd);
    return 0;
}

/*
 * Loads files from index `first` until the chunk is full; a file larger than
 * the whole buffer is loaded alone into its own allocation. Returns the index
 * of the next file to load, or (size_t)-1 on error.
 */
static size_t chunk_load(chunk *c, const file_list *l, size_t first)
{
    free(c->big);
    c->big = NULL;
    c->len = 0;
    c->n = 0;
    c->first = first;
    size_t i = first;
    for (; i < l->n; i++) {
        size_t sz = l->v[i].size;
        if (c->len + sz > c->cap && c->n > 0)
            break;
        if (c->n == c->n_cap) {
            size_t cap = c->n_cap ? c->n_cap * 2 : 1024;
            size_t *o = realloc(c->off, cap * sizeof *o);
            if (!o)
                return (size_t)-1;
            c->off = o;
            size_t *ln = realloc(c->len_of, cap * sizeof *ln);
            if (!ln)
                return (size_t)-1;
            c->len_of = ln;
            c->n_cap = cap;
        }
        char *dst;
        if (sz > c->cap) {
            c->big = malloc(sz ? sz : 1);
            if (!c->big)
                return (size_t)-1;
            dst = c->big;
            c->off[c->n] = 0;
        } else {
            dst = c->buf + c->len;
            c->off[c->n] = c->len;
            c->len += sz;
        }
        if (read_whole(l->v[i].path, dst, sz) != 0)
            return (size_t)-1;
        c->len_of[c->n] = sz;
        c->n++;
        if (c->big) {
            i++;
            break;
        }
    }
    return i;
}

static const char *chunk_doc(const chunk *c, size_t k)
{
    return c->big ? c->big : c->buf + c->off[k];
}

/* Runs every document of the chunk through the extractor; adds to *t. */
static void chunk_run(const fnr_extractor *x, const chunk *c, const file_list *l,
                      const fnr_extract_opts *opts, bool verbose, totals *t)
{
    double t0 = now_s();
    for (size_t k = 0; k < c->n; k++) {
        fnr_facts *f = NULL;
        fnr_error err;
        fnr_status st = fnr_extract(x, chunk_doc(c, k), c->len_of[k], opts, &f, &err);
        t->docs++;
        t->bytes += c->len_of[k];
        if (st == FNR_OK) {
            char *json = NULL;
            size_t json_len = 0;
            st = fnr_facts_to_json(f, 0, &json, &json_len, &err);
            if (st == FNR_OK) {
                t->json_bytes += json_len;
                t->entities += f->n_entities;
                t->events += f->n_events;
                t->relations += f->n_relations;
                for (size_t e = 0; e < f->n_entities; e++)
                    t->mentions += f->entities[e].n_mentions;
            }
            free(json);
        }
        if (st != FNR_OK) {
            t->errors++;
            if ((int)st >= 0 && st < FNR_STATUS_COUNT)
                t->by_status[st]++;
            if (verbose)
                fprintf(stderr, "bench_extract: \"%s\": %s\n", l->v[c->first + k].path,
                        err.message);
        }
        fnr_facts_free(f);
    }
    t->seconds += now_s() - t0;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: bench_extract [options] PATH...\n"
                 "  PATH            a report file or a directory of them (walked recursively)\n"
                 "  --list FILE     also read paths from FILE, one a line\n"
                 "  --chunk-mb N    load at most N MB of files at a time (default 8)\n"
                 "  --html          force the HTML decoder (default: detect per document)\n"
                 "  --strict        refuse invalid UTF-8 instead of repairing it\n"
                 "  --max-rss-mb N  exit with status 3 if the peak RSS exceeds N MB\n"
                 "  --tool NAME     name printed in the RESULT line (default fener)\n"
                 "  -v              print each failing document\n"
                 "Prints a summary and one machine-readable line `RESULT {json}`.\n");
}

int main(int argc, char **argv)
{
    file_list files = { 0 };
    chunk c = { 0 };
    fnr_extractor *x = NULL;
    fnr_error err;
    fnr_extract_opts opts = { .format = FNR_INPUT_AUTO, .lenient = true };
    double chunk_mb = 8.0, max_rss_mb = 0.0;
    bool verbose = false;
    const char *tool = "fener";
    totals warm = { 0 }, t = { 0 };
    size_t next = 0, n_chunks = 0;
    bool one_chunk = false;
    int rc = 1;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--chunk-mb") == 0 && i + 1 < argc) {
            chunk_mb = atof(argv[++i]);
        } else if (strcmp(a, "--max-rss-mb") == 0 && i + 1 < argc) {
            max_rss_mb = atof(argv[++i]);
        } else if (strcmp(a, "--list") == 0 && i + 1 < argc) {
            if (collect_list_file(&files, argv[++i]) != 0)
                goto out;
        } else if (strcmp(a, "--tool") == 0 && i + 1 < argc) {
            tool = argv[++i];
        } else if (strcmp(a, "--html") == 0) {
            opts.format = FNR_INPUT_HTML;
        } else if (strcmp(a, "--strict") == 0) {
            opts.lenient = false;
        } else if (strcmp(a, "-v") == 0) {
            verbose = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            rc = 0;
            goto out;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "bench_extract: unknown option \"%s\"\n", a);
            usage(stderr);
            rc = 2;
            goto out;
        } else if (collect(&files, a, 0) != 0) {
            goto out;
        }
    }
    if (files.n == 0) {
        usage(stderr);
        rc = 2;
        goto out;
    }
    if (chunk_mb < 0.0625)
        chunk_mb = 0.0625;
    c.cap = (size_t)(chunk_mb * 1e6);
    c.buf = malloc(c.cap);
    if (!c.buf) {
        fprintf(stderr, "bench_extract: out of memory\n");
        goto out;
    }

    if (fnr_extractor_new(&x, &err) != FNR_OK) {
        fprintf(stderr, "bench_extract: could not build the extractor: %s\n", err.message);
        goto out;
    }

    /* Warm-up: the first chunk, untimed (caches, page faults, lazy tables). */
    next = chunk_load(&c, &files, 0);
    if (next == (size_t)-1)
        goto out;
    chunk_run(x, &c, &files, &opts, false, &warm);
    one_chunk = next >= files.n;

    /* The measured pass: everything, chunk by chunk; the first chunk is still
     * in memory, so reuse it rather than reading it again. */
    for (;;) {
        chunk_run(x, &c, &files, &opts, verbose, &t);
        n_chunks++;
        if (next >= files.n)
            break;
        next = chunk_load(&c, &files, next);
        if (next == (size_t)-1)
            goto out;
    }

    long rss_kb = peak_rss_kb();
    double mb = (double)t.bytes / 1e6;
    double mbps = t.seconds > 0 ? mb / t.seconds : 0.0;
    double dps = t.seconds > 0 ? (double)t.docs / t.seconds : 0.0;
    printf("bench_extract: %zu documents, %.2f MB, %zu chunk%s of <= %.1f MB\n", t.docs, mb,
           n_chunks, n_chunks == 1 ? "" : "s", chunk_mb);
    printf("  warm-up      %s (%zu documents, %.2f MB, untimed)\n",
           one_chunk ? "one pass over the whole corpus" : "one pass over the first chunk",
           warm.docs, (double)warm.bytes / 1e6);
    printf("  measured     %.3f s of fnr_extract + fnr_facts_to_json (file reading excluded)\n",
           t.seconds);
    printf("  throughput   %.2f MB/s, %.0f documents/s (one thread)\n", mbps, dps);
    printf("  facts        %zu entities (%zu mentions), %zu events, %zu relations\n", t.entities,
           t.mentions, t.events, t.relations);
    printf("  json         %.2f MB written\n", (double)t.json_bytes / 1e6);
    printf("  errors       %zu", t.errors);
    for (int s = 0; s < FNR_STATUS_COUNT; s++)
        if (t.by_status[s])
            printf(" %s=%zu", fnr_status_name((fnr_status)s), t.by_status[s]);
    printf("\n  peak RSS     %.1f MB (getrusage ru_maxrss)\n", (double)rss_kb / 1024.0);
    printf("RESULT {\"tool\":\"%s\",\"docs\":%zu,\"bytes\":%zu,\"seconds\":%.6f,"
           "\"MB_per_s\":%.3f,\"docs_per_s\":%.1f,\"entities\":%zu,\"mentions\":%zu,"
           "\"events\":%zu,\"relations\":%zu,\"errors\":%zu,\"json_bytes\":%zu,"
           "\"peak_rss_kb\":%ld}\n",
           tool, t.docs, t.bytes, t.seconds, mbps, dps, t.entities, t.mentions, t.events,
           t.relations, t.errors, t.json_bytes, rss_kb);
    rc = 0;
    if (max_rss_mb > 0 && (double)rss_kb / 1024.0 > max_rss_mb) {
        fprintf(stderr, "bench_extract: peak RSS %.1f MB is over the %.1f MB budget\n",
                (double)rss_kb / 1024.0, max_rss_mb);
        rc = 3;
    }

out:
    fnr_extractor_free(x);
    free(c.buf);
    free(c.big);
    free(c.off);
    free(c.len_of);
    for (size_t i = 0; i < files.n; i++)
        free(files.v[i].path);
    free(files.v);
    return rc;
}
