/*
 * fnr_kb_ingest: reports in, rows of the store out, as a three-stage
 * pipeline (docs/internals/kb.md draws it).
 *
 *   producer thread   walks the inputs in a fixed order (directories sorted),
 *                     reads each document (a file, stdin, or one line of a
 *                     JSON-lines file) and numbers it;
 *   worker threads    run fnr_extract on one shared, read-only extractor;
 *   calling thread    the single writer: takes the results back in input
 *                     order from a reorder ring keyed by sequence number,
 *                     drops duplicates, resolves entities and writes one
 *                     transaction per batch.
 *
 * At most `cap` documents are in flight between the producer and the writer
 * (and about 256 MiB of input), so memory stays flat whatever the corpus.
 * Because the writer stores in input order and is the only one resolving
 * entities, the same inputs give the same store whatever the thread count.
 * A bad document is reported and skipped; a store error rolls the current
 * batch back and stops the pipeline: the producer stops reading, the workers
 * stop extracting, and the writer drains what is in flight without storing.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/date.h"
#include "kb/kb_int.h"

#define KB_MAX_THREADS     64
#define KB_INFLIGHT_BYTES  ((size_t)256 << 20)
#define KB_READ_CHUNK      ((size_t)1 << 16)
#define KB_MAX_DEPTH       64
#define KB_DEFAULT_BATCH   1000
#define KB_DEFAULT_MAX     ((size_t)16 << 20)
#define KB_PROGRESS_PERIOD 0.1  /* seconds */
#define KB_BULK_MIN        2000 /* documents: below, an index insert per row is cheaper */

/* One document on its way through the pipeline. */
typedef struct job {
    size_t seq;  /* input order */
    char *where; /* path, or "path:line" for JSON lines; owned */
    char *bytes; /* input; owned, freed once extracted */
    size_t len;  /* bytes of input (kept for accounting) */
    bool jsonl;  /* one line of a JSON-lines input */
    char *title; /* JSON-line overrides; owned, NULL when absent */
    char *date;  /* "YYYY-MM-DD" */
    char *source;
    char *url;
    fnr_status fail; /* a failure found before extraction (or by it) */
    fnr_error err;
    fnr_facts *facts; /* the result; owned */
    void *prepared;   /* the store's prepare_doc result; owned */
    void (*prepared_free)(void *p);
    kb_prep *prep;    /* resolution's share of the work (fnr__kb_prep_new); owned */
    struct job *next; /* work queue link */
} job;

typedef struct pipeline {
    pthread_mutex_t mu;
    pthread_cond_t cv_work;  /* workers: a job was queued, or the producer finished */
    pthread_cond_t cv_space; /* producer: in-flight room, or stop */
    pthread_cond_t cv_done;  /* writer: a job is done, or the producer finished */
    job *qhead, *qtail;      /* jobs waiting for a worker */
    job **ring;              /* done jobs by seq % cap */
    size_t cap;              /* documents in flight at most */
    size_t n_produced;       /* next sequence number */
    size_t in_flight;        /* produced, not yet taken by the writer */
    size_t in_flight_bytes;
    size_t bytes_total;
    bool producer_done;
    bool producer_waits; /* the producer sleeps on cv_space */
    bool stop;

    /* Read-only while the threads run. */
    const fnr_extractor *x;
    const fnr_store_methods *sm; /* for prepare_doc, which needs no handle */
    const fnr_ingest_opts *opts;
    const char *const *paths;
    size_t n_paths;
    size_t max_bytes;
} pipeline;

/* ---- small helpers ----------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void job_free(job *j)
{
    if (!j)
        return;
    fnr_free(j->where);
    fnr_free(j->bytes);
    fnr_free(j->title);
    fnr_free(j->date);
    fnr_free(j->source);
    fnr_free(j->url);
    fnr_facts_free(j->facts);
    if (j->prepared && j->prepared_free)
        j->prepared_free(j->prepared);
    fnr__kb_prep_free(j->prep);
    fnr_free(j);
}

static job *job_new(const char *where)
{
    job *j = fnr_calloc(1, sizeof *j);
    if (!j)
        return NULL;
    j->where = fnr_strdup(where);
    if (!j->where) {
        fnr_free(j);
        return NULL;
    }
    fnr_error_clear(&j->err);
    return j;
}

static bool is_stopped(pipeline *p)
{
    pthread_mutex_lock(&p->mu);
    bool s = p->stop;
    pthread_mutex_unlock(&p->mu);
    return s;
}

/*
 * Hands a job to the workers, waiting for room first. Takes ownership of j.
 * false when the pipeline is stopping (j is freed then).
 */
static bool submit(pipeline *p, job *j)
{
    pthread_mutex_lock(&p->mu);
    while (!p->stop && (p->in_flight >= p->cap ||
                        (p->in_flight > 0 && p->in_flight_bytes + j->len > KB_INFLIGHT_BYTES))) {
        p->producer_waits = true;
        pthread_cond_wait(&p->cv_space, &p->mu);
    }
    p->producer_waits = false;
    if (p->stop) {
        pthread_mutex_unlock(&p->mu);
        job_free(j);
        return false;
    }
    j->seq = p->n_produced++;
    p->in_flight++;
    p->in_flight_bytes += j->len;
    p->bytes_total += j->len;
    j->next = NULL;
    if (p->qtail)
        p->qtail->next = j;
    else
        p->qhead = j;
    p->qtail = j;
    pthread_cond_signal(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
    return true;
}

/* A document that failed before extraction: it still goes through the
 * pipeline so that it is reported in input order. */
static bool submit_failure(pipeline *p, const char *where, fnr_status st, const fnr_error *e)
{
    job *j = job_new(where);
    if (!j)
        return false;
    j->fail = st;
    if (e)
        j->err = *e;
    j->err.code = st;
    return submit(p, j);
}

static bool submit_errno(pipeline *p, const char *where, fnr_status st, const char *what, int e)
{
    fnr_error err;
    fnr_error_clear(&err);
    fnr_error_set(&err, st, "could not %s \"%s\": %s", what, where, strerror(e));
    err.backend_code = e;
    return submit_failure(p, where, st, &err);
}

/* ---- reading inputs ------------------------------------------------------------ */

/* A buffered reader over a FILE, so that the first bytes can be looked at
 * before deciding between one document and JSON lines. */
typedef struct reader {
    FILE *f;
    char *buf; /* KB_READ_CHUNK bytes, owned */
    size_t pos, len;
    bool eof;
    int error; /* errno of a failed read, or 0 */
} reader;

static bool reader_fill(reader *r)
{
    if (r->pos < r->len)
        return true;
    if (r->eof)
        return false;
    r->pos = 0;
    r->len = fread(r->buf, 1, KB_READ_CHUNK, r->f);
    if (r->len == 0) {
        if (ferror(r->f))
            r->error = errno ? errno : EIO;
        r->eof = true;
        return false;
    }
    return true;
}

/* The first non-space byte, without consuming it; 0 at the end. The white
 * space before it is consumed into *skipped (up to its cap: FNR_TOOBIG). */
static char reader_sniff(reader *r, fnr_buf *skipped, fnr_status *st)
{
    *st = FNR_OK;
    while (reader_fill(r)) {
        char c = r->buf[r->pos];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            return c;
        if ((*st = fnr_buf_putc(skipped, c)) != FNR_OK)
            return 0;
        r->pos++;
    }
    return 0;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Copies a JSON string member into *out (NULL when absent or null). */
static fnr_status json_member(json_t *obj, const char *name, char **out, fnr_error *err)
{
    *out = NULL;
    json_t *v = json_object_get(obj, name);
    if (!v || json_is_null(v))
        return FNR_OK;
    if (!json_is_string(v))
        return fnr_error_set(err, FNR_BADINPUT, "field \"%s\" is not a string", name);
    *out = fnr_strndup(json_string_value(v), json_string_length(v));
    if (!*out)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    return FNR_OK;
}

/* Turns one JSON line into a job: its text and per-line metadata. */
static fnr_status parse_line(job *j, const char *line, size_t len, int lineno, fnr_error *err)
{
    json_error_t jerr;
    json_t *obj = json_loadb(line, len, 0, &jerr);
    if (!obj) {
        fnr_error_set(err, FNR_BADINPUT, "could not parse JSON: %s", jerr.text);
        fnr_error_at(err, jerr.position, lineno, jerr.column);
        return FNR_BADINPUT;
    }
    fnr_status st = FNR_OK;
    char *text = NULL;
    if (!json_is_object(obj)) {
        st = fnr_error_set(err, FNR_BADINPUT, "a JSON line must be an object");
        goto out;
    }
    json_t *t = json_object_get(obj, "text");
    if (!t || !json_is_string(t)) {
        st = fnr_error_set(err, FNR_BADINPUT, "JSON line has no \"text\" string");
        goto out;
    }
    size_t tlen = json_string_length(t);
    text = fnr_strndup(json_string_value(t), tlen);
    if (!text) {
        st = fnr_error_set(err, FNR_NOMEM, "out of memory");
        goto out;
    }
    if ((st = json_member(obj, "title", &j->title, err)) != FNR_OK ||
        (st = json_member(obj, "date", &j->date, err)) != FNR_OK ||
        (st = json_member(obj, "source", &j->source, err)) != FNR_OK ||
        (st = json_member(obj, "url", &j->url, err)) != FNR_OK)
        goto out;
    if (j->date) {
        /* "2023-05-01" or an ISO timestamp starting with it. */
        fnr_date d;
        size_t dl = strlen(j->date);
        if (dl > 10 && (j->date[10] == 'T' || j->date[10] == ' '))
            j->date[10] = '\0';
        if (!*j->date) {
            fnr_free(j->date);
            j->date = NULL;
        } else if (!fnr_date_parse_iso(j->date, strlen(j->date), &d)) {
            st = fnr_error_set(err, FNR_BADINPUT, "invalid date \"%s\": expected YYYY-MM-DD",
                               j->date);
            goto out;
        }
    }
    j->bytes = text;
    j->len = tlen;
    text = NULL;
out:
    if (st != FNR_OK)
        fnr_error_at(err, -1, lineno, 0);
    fnr_free(text);
    json_decref(obj);
    return st;
}

/* Reads JSON lines from r, one job per non-blank line. */
static bool read_jsonl(pipeline *p, reader *r, const char *name, size_t first_line)
{
    /* A line holds one document and its JSON escapes: allow some room. */
    size_t line_cap = p->max_bytes * 2 + 65536;
    fnr_buf line, where;
    fnr_buf_init(&line, 0);
    fnr_buf_init(&where, 0);
    bool ok = true;
    size_t lineno = first_line;
    while (ok && !is_stopped(p)) {
        fnr_buf_reset(&line);
        bool toolong = false, got = false, nomem = false;
        while (reader_fill(r)) {
            got = true;
            char *start = r->buf + r->pos;
            char *nl = memchr(start, '\n', r->len - r->pos);
            size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
            if (!toolong && line.len + n > line_cap)
                toolong = true;
            if (!toolong && fnr_buf_append(&line, start, n) != FNR_OK)
                nomem = true;
            r->pos += n + (nl ? 1 : 0);
            if (nl)
                break;
        }
        if (!got)
            break;
        lineno++;
        if (nomem) {
            ok = false;
            break;
        }
        bool blank = true;
        for (size_t i = 0; i < line.len && blank; i++)
            blank = line.data[i] == ' ' || line.data[i] == '\t' || line.data[i] == '\r';
        if (blank && !toolong)
            continue;
        fnr_buf_reset(&where);
        if (fnr_buf_printf(&where, "%s:%zu", name, lineno) != FNR_OK) {
            ok = false;
            break;
        }
        job *j = job_new(where.data);
        if (!j) {
            ok = false;
            break;
        }
        j->jsonl = true;
        if (toolong) {
            j->fail = fnr_error_set(&j->err, FNR_TOOBIG,
                                    "JSON line is longer than the limit of %zu bytes", line_cap);
            fnr_error_at(&j->err, -1, (int)lineno, 0);
        } else {
            j->fail = parse_line(j, line.data ? line.data : "", line.len, (int)lineno, &j->err);
        }
        ok = submit(p, j);
    }
    if (ok && r->error)
        ok = submit_errno(p, name, FNR_IO, "read", r->error);
    fnr_buf_destroy(&line);
    fnr_buf_destroy(&where);
    return ok;
}

/* Reads one input (a file or stdin) as one document or as JSON lines. */
static bool read_input(pipeline *p, const char *path)
{
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = stdin;
    if (!is_stdin) {
        f = fopen(path, "rb");
        if (!f)
            return submit_errno(p, path, FNR_NOINPUT, "open", errno);
    }
    reader r = { .f = f };
    r.buf = fnr_malloc(KB_READ_CHUNK);
    if (!r.buf) {
        if (!is_stdin)
            fclose(f);
        return false;
    }
    bool ok = true;
    fnr_buf b;
    fnr_buf_init(&b, p->max_bytes);
    fnr_status rst = FNR_OK;
    char first = reader_sniff(&r, &b, &rst);
    size_t newlines = 0;
    for (size_t i = 0; i < b.len; i++)
        newlines += b.data[i] == '\n';
    bool jsonl =
        ends_with(path, ".jsonl") || ends_with(path, ".ndjson") ||
        (first == '{' && p->opts->format != FNR_INPUT_TEXT && p->opts->format != FNR_INPUT_HTML);
    if (r.error) {
        ok = submit_errno(p, name, FNR_IO, "read", r.error);
    } else if (jsonl) {
        ok = read_jsonl(p, &r, name, newlines);
    } else {
        /* One document; the white space the sniff skipped is already in b. */
        job *j = job_new(name);
        if (!j) {
            ok = false;
        } else {
            fnr_status st = rst;
            /* A regular file says its size: no need to read a too big one. */
            struct stat fs;
            if (st == FNR_OK && !is_stdin && fstat(fileno(f), &fs) == 0 && S_ISREG(fs.st_mode) &&
                (uintmax_t)fs.st_size > (uintmax_t)p->max_bytes)
                st = FNR_TOOBIG;
            while (st == FNR_OK && reader_fill(&r)) {
                st = fnr_buf_append(&b, r.buf + r.pos, r.len - r.pos);
                r.pos = r.len;
            }
            if (st == FNR_TOOBIG) {
                j->fail = fnr_error_set(&j->err, FNR_TOOBIG,
                                        "document \"%s\" is larger than the limit of %zu bytes",
                                        name, p->max_bytes);
            } else if (st != FNR_OK) {
                j->fail = fnr_error_set(&j->err, st, "could not read \"%s\": out of memory", name);
            } else if (r.error) {
                j->fail = fnr_error_set(&j->err, FNR_IO, "could not read \"%s\": %s", name,
                                        strerror(r.error));
            } else {
                j->len = b.len;
                j->bytes = fnr_buf_take(&b, NULL);
                if (!j->bytes)
                    j->fail = fnr_error_set(&j->err, FNR_NOMEM, "out of memory");
            }
            ok = submit(p, j);
        }
    }
    fnr_buf_destroy(&b);
    fnr_free(r.buf);
    if (!is_stdin)
        fclose(f);
    return ok;
}

/* Whether a file found in a directory passes the --include globs. */
static bool name_included(const fnr_ingest_opts *o, const char *name)
{
    for (size_t i = 0; i < o->n_include; i++)
        if (o->include[i] && fnmatch(o->include[i], name, 0) == 0)
            return true;
    return o->n_include == 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walks a directory in sorted order: files that pass the include globs,
 * subdirectories recursively. Hidden entries and links to directories are
 * skipped (no loops). */
static bool walk_dir(pipeline *p, const char *dir, int depth)
{
    if (depth > KB_MAX_DEPTH) {
        fnr_error e;
        fnr_error_clear(&e);
        fnr_error_set(&e, FNR_BADINPUT, "directory \"%s\" is nested more than %d deep", dir,
                      KB_MAX_DEPTH);
        return submit_failure(p, dir, FNR_BADINPUT, &e);
    }
    DIR *d = opendir(dir);
    if (!d)
        return submit_errno(p, dir, FNR_NOINPUT, "open directory", errno);
    char **names = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    struct dirent *de;
    errno = 0;
    while (ok && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            char **nn = fnr_realloc(names, nc * sizeof *nn);
            if (!nn) {
                ok = false;
                break;
            }
            names = nn;
            cap = nc;
        }
        names[n] = fnr_strdup(de->d_name);
        if (!names[n])
            ok = false;
        else
            n++;
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_names);

    fnr_buf full;
    fnr_buf_init(&full, 0);
    for (size_t i = 0; i < n && ok && !is_stopped(p); i++) {
        fnr_buf_reset(&full);
        bool slash = dir[0] && dir[strlen(dir) - 1] == '/';
        if (fnr_buf_printf(&full, "%s%s%s", dir, slash ? "" : "/", names[i]) != FNR_OK) {
            ok = false;
            break;
        }
        struct stat st;
        if (lstat(full.data, &st) != 0) {
            ok = submit_errno(p, full.data, FNR_NOINPUT, "open", errno);
            continue;
        }
        if (S_ISLNK(st.st_mode) && stat(full.data, &st) != 0)
            continue; /* a dangling link */
        if (S_ISDIR(st.st_mode)) {
            struct stat lst;
            if (lstat(full.data, &lst) == 0 && !S_ISLNK(lst.st_mode))
                ok = walk_dir(p, full.data, depth + 1);
        } else if (S_ISREG(st.st_mode) && name_included(p->opts, names[i])) {
            ok = read_input(p, full.data);
        }
    }
    fnr_buf_destroy(&full);
    for (size_t i = 0; i < n; i++)
        fnr_free(names[i]);
    fnr_free(names);
    return ok;
}

/* ---- estimate ----------------------------------------------------------------------- */

/* One document a file, or a KB of a file of JSON lines (its first byte '{'). */
static size_t file_docs(const char *path, size_t size)
{
    if (size < 4096)
        return 1;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1;
    int c;
    while ((c = fgetc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
        ;
    fclose(f);
    return c == '{' ? size / 1024 : 1;
}

static void estimate(const char *path, const fnr_ingest_opts *o, int depth, size_t limit,
                     size_t *n_docs, size_t *n_bytes)
{
    struct stat st;
    if (depth > KB_MAX_DEPTH || (limit && *n_docs >= limit) || stat(path, &st) != 0)
        return;
    if (S_ISREG(st.st_mode)) {
        const char *name = strrchr(path, '/');
        if (depth == 0 || name_included(o, name ? name + 1 : path)) {
            *n_docs += file_docs(path, (size_t)st.st_size);
            *n_bytes += (size_t)st.st_size;
        }
        return;
    }
    if (!S_ISDIR(st.st_mode))
        return;
    if (depth > 0) {
        struct stat lst;
        if (lstat(path, &lst) != 0 || S_ISLNK(lst.st_mode))
            return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    fnr_buf full;
    fnr_buf_init(&full, 0);
    struct dirent *de;
    while ((de = readdir(d)) != NULL && !(limit && *n_docs >= limit)) {
        if (de->d_name[0] == '.')
            continue;
        fnr_buf_reset(&full);
        if (fnr_buf_printf(&full, "%s/%s", path, de->d_name) != FNR_OK)
            break;
        estimate(full.data, o, depth + 1, limit, n_docs, n_bytes);
    }
    fnr_buf_destroy(&full);
    closedir(d);
}

void fnr_kb_ingest_estimate(const char *const *paths, size_t n_paths, const fnr_ingest_opts *opts,
                            size_t limit, size_t *n_docs, size_t *n_bytes)
{
    fnr_ingest_opts none = { 0 };
    *n_docs = *n_bytes = 0;
    for (size_t i = 0; i < n_paths && !(limit && *n_docs >= limit); i++)
        if (paths[i] && strcmp(paths[i], "-") != 0)
            estimate(paths[i], opts ? opts : &none, 0, limit, n_docs, n_bytes);
}

fnr_status fnr_kb_bulk_begin(fnr_kb *kb, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || kb->readonly || kb->bulk)
        return fnr_error_set(err, FNR_INVALID,
                             !kb            ? "no knowledge base given"
                             : kb->readonly ? "the store is open read-only"
                                            : "a bulk load is already open");
    fnr_status st = fnr_store_defer_indexes(kb->store, true, err);
    kb->bulk = st == FNR_OK;
    return st;
}

fnr_status fnr_kb_bulk_end(fnr_kb *kb, double *seconds, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || !kb->bulk)
        return fnr_error_set(err, FNR_INVALID, "no bulk load is open");
    double t = now_seconds();
    fnr_status st = fnr_store_defer_indexes(kb->store, false, err);
    if (seconds)
        *seconds = now_seconds() - t;
    kb->bulk = false;
    return st;
}

/* Whether this ingest defers the query indexes (fnr_ingest_opts.bulk). */
static fnr_status decide_bulk(fnr_kb *kb, const char *const *paths, size_t n_paths,
                              const fnr_ingest_opts *o, bool *out, fnr_error *err)
{
    *out = o->bulk == FNR_BULK_ON;
    if (o->bulk != FNR_BULK_AUTO)
        return FNR_OK;
    int64_t stored = 0;
    fnr_status st = fnr_store_docs_max(kb->store, &stored, err);
    if (st != FNR_OK)
        return st;
    size_t need = (size_t)stored / 4 > KB_BULK_MIN ? (size_t)stored / 4 : KB_BULK_MIN;
    size_t docs = 0, bytes = 0;
    fnr_kb_ingest_estimate(paths, n_paths, o, need, &docs, &bytes);
    *out = docs >= need;
    return FNR_OK;
}

static void *producer_main(void *arg)
{
    pipeline *p = arg;
    bool ok = true;
    for (size_t i = 0; i < p->n_paths && ok && !is_stopped(p); i++) {
        const char *path = p->paths[i];
        struct stat st;
        if (strcmp(path, "-") == 0)
            ok = read_input(p, path);
        else if (stat(path, &st) != 0)
            ok = submit_errno(p, path, FNR_NOINPUT, "open", errno);
        else if (S_ISDIR(st.st_mode))
            ok = walk_dir(p, path, 0);
        else
            ok = read_input(p, path);
    }
    pthread_mutex_lock(&p->mu);
    if (!ok && !p->stop) {
        /* Out of memory in the producer: the writer reports it. */
        p->stop = true;
    }
    p->producer_done = true;
    pthread_cond_broadcast(&p->cv_work);
    pthread_cond_broadcast(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
    return (void *)(ok ? NULL : p);
}

/* ---- extraction workers ---------------------------------------------------------- */

static void *worker_main(void *arg)
{
    pipeline *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->qhead && !p->producer_done)
            pthread_cond_wait(&p->cv_work, &p->mu);
        job *j = p->qhead;
        if (!j) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        p->qhead = j->next;
        if (!p->qhead)
            p->qtail = NULL;
        bool stop = p->stop;
        pthread_mutex_unlock(&p->mu);

        if (!stop && j->fail == FNR_OK) {
            fnr_extract_opts eo = {
                .format = j->jsonl ? FNR_INPUT_AUTO : p->opts->format,
                .lenient = p->opts->lenient,
                .max_bytes = p->max_bytes,
                .date = j->date ? j->date : p->opts->meta.date,
            };
            j->fail = fnr_extract(p->x, j->bytes ? j->bytes : "", j->len, &eo, &j->facts, &j->err);
            /* The store's own work on the document (tokenising it for the
             * full-text index) here rather than in the single writer; the
             * title is the one write_job will store. */
            if (j->fail == FNR_OK && j->facts && p->sm->prepare_doc) {
                const fnr_facts *f = j->facts;
                const char *title = j->title ? j->title : p->opts->meta.title;
                j->prepared = p->sm->prepare_doc(title ? title : f->title, f->text, f->text_len);
                j->prepared_free = p->sm->prepared_free;
            }
            /* And resolution's: match keys, alias rules. */
            if (j->fail == FNR_OK && j->facts)
                j->prep = fnr__kb_prep_new(j->facts);
        }
        fnr_free(j->bytes);
        j->bytes = NULL;

        pthread_mutex_lock(&p->mu);
        p->ring[j->seq % p->cap] = j;
        pthread_cond_signal(&p->cv_done);
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

/* ---- the writer ------------------------------------------------------------------- */

typedef struct writer {
    fnr_kb *kb;
    const fnr_ingest_opts *opts;
    fnr_ingest_stats *stats;
    kb_resolver res;
    fnr_map seen; /* sha256 hex of documents of this run */
    size_t batch;
    size_t in_batch; /* documents written in the open transaction */
    bool txn;
    fnr_ingest_stats at_begin; /* stats when the open transaction began */
    int64_t marking;           /* of every document of this ingest */
    fnr_status fatal;          /* first store error */
    fnr_error fatal_err;
    size_t n_failed;
    fnr_status first_fail;
    bool all_noinput;
    char first_where[128];
    char first_msg[256];
} writer;

static fnr_status commit_batch(writer *w, fnr_error *err)
{
    if (!w->txn)
        return FNR_OK;
    /* The store writes the rows it buffered for the batch at commit, so a
     * failing commit (disk full) is rolled back by the caller like any
     * other store error: the transaction stays open until then. */
    fnr_status st = fnr_store_commit(w->kb->store, err);
    if (st == FNR_OK) {
        w->txn = false;
        w->stats->batches++;
        w->in_batch = 0;
    }
    return st;
}

/* Rolls the open batch back; the counters of what was written go back to
 * where they were when it began (what was seen, failed or duplicate stays). */
static void rollback_batch(writer *w)
{
    if (!w->txn)
        return;
    fnr_error rb;
    fnr_store_rollback(w->kb->store, &rb);
    w->txn = false;
    /* The resolver's caches may name entities the batch created, whose ids
     * the store gives out again. */
    fnr__kb_resolver_destroy(&w->res);
    fnr__kb_resolver_init(&w->res, w->kb->store);
    fnr_ingest_stats *s = w->stats;
    const fnr_ingest_stats *b = &w->at_begin;
    s->docs_added = b->docs_added;
    s->bytes = b->bytes;
    s->entities_new = b->entities_new;
    s->entities_joined = b->entities_joined;
    s->mentions = b->mentions;
    s->events = b->events;
    s->relations = b->relations;
    s->conflicts = b->conflicts;
}

static void fail_doc(writer *w, job *j)
{
    w->stats->docs_failed++;
    if (w->n_failed++ == 0) {
        w->first_fail = j->fail;
        snprintf(w->first_where, sizeof w->first_where, "%s", j->where);
        snprintf(w->first_msg, sizeof w->first_msg, "%s", j->err.message);
    }
    if (j->fail != FNR_NOINPUT)
        w->all_noinput = false;
    if (w->opts->on_error)
        w->opts->on_error(w->opts->error_ctx, j->where, &j->err);
}

/* Stores one finished job (or reports its failure). Returns a store error. */
static fnr_status write_job(writer *w, job *j, fnr_error *err)
{
    w->stats->docs_seen++;
    if (j->fail != FNR_OK || !j->facts) {
        if (j->fail == FNR_OK)
            j->fail = fnr_error_set(&j->err, FNR_INTERNAL, "extraction gave no result");
        fail_doc(w, j);
        return FNR_OK;
    }
    const fnr_facts *f = j->facts;
    if (fnr_map_get(&w->seen, f->sha256, 64, NULL)) {
        w->stats->docs_duplicate++;
        return FNR_OK;
    }
    int64_t found = 0;
    fnr_status st = fnr_store_doc_find(w->kb->store, f->sha256, &found, err);
    if (st == FNR_OK && found > 0) {
        w->stats->docs_duplicate++;
        return FNR_OK;
    }
    if (st != FNR_OK && st != FNR_NOTFOUND)
        return st;
    fnr_error_clear(err);
    if (fnr_map_put(&w->seen, f->sha256, 64, NULL) != FNR_OK)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");

    if (!w->txn) {
        st = fnr_store_begin(w->kb->store, err);
        if (st != FNR_OK)
            return st;
        w->txn = true;
        w->at_begin = *w->stats;
        /* Another process wrote since the last batch: the entities the
         * resolver remembers under each key may have changed. */
        bool other = false;
        st = fnr_store_changed(w->kb->store, &other, err);
        if (st != FNR_OK)
            return st;
        if (other) {
            fnr__kb_resolver_destroy(&w->res);
            fnr__kb_resolver_init(&w->res, w->kb->store);
        }
    }
    const fnr_ingest_meta *m = &w->opts->meta;
    kb_doc_meta meta = {
        .title = j->title ? j->title : m->title,
        .date = j->date ? j->date : m->date,
        .source = j->source ? j->source : m->source,
        .url = j->url ? j->url : m->url,
        .reliability = m->reliability,
        .credibility = m->credibility,
        .format = j->jsonl ? "jsonl" : NULL,
        .marking = w->marking,
        .prepared = j->prepared,
        .prep = j->prep,
    };
    st = fnr__kb_store_facts(&w->res, f, &meta, (int64_t)w->stats->batches + 1, w->stats, err);
    if (st != FNR_OK)
        return st;
    w->stats->docs_added++;
    w->stats->bytes += f->input_bytes;
    if (++w->in_batch >= w->batch)
        st = commit_batch(w, err);
    return st;
}

static void report(const writer *w, pipeline *p, size_t done, size_t bytes_done, double t0,
                   bool final, bool indexing)
{
    if (!w->opts->progress)
        return;
    fnr_ingest_progress pr = { 0 };
    pthread_mutex_lock(&p->mu);
    pr.docs_total = p->n_produced;
    pr.bytes_total = p->bytes_total;
    pthread_mutex_unlock(&p->mu);
    pr.docs_done = done;
    pr.bytes_done = bytes_done;
    pr.seconds = now_seconds() - t0;
    pr.final = final;
    pr.indexing = indexing;
    w->opts->progress(w->opts->progress_ctx, &pr);
}

/* ---- options ------------------------------------------------------------------------ */

static fnr_status check_opts(const fnr_ingest_opts *o, char *reliability, fnr_error *err)
{
    const fnr_ingest_meta *m = &o->meta;
    *reliability = m->reliability;
    if (m->reliability) {
        char c = m->reliability;
        if (c >= 'a' && c <= 'f')
            c = (char)(c - 'a' + 'A');
        if (c < 'A' || c > 'F') {
            fnr_error_set(err, FNR_INVALID, "invalid source reliability \"%c\"", m->reliability);
            fnr_error_hint(err, "Give a letter from A (reliable) to F (cannot be judged).");
            return FNR_INVALID;
        }
        *reliability = c;
    }
    if (m->credibility < 0 || m->credibility > 6) {
        fnr_error_set(err, FNR_INVALID, "invalid report credibility %d", m->credibility);
        fnr_error_hint(err, "Give a number from 1 (confirmed) to 6 (cannot be judged).");
        return FNR_INVALID;
    }
    fnr_date d;
    if (m->date && !fnr_date_parse_iso(m->date, strlen(m->date), &d)) {
        fnr_error_set(err, FNR_INVALID, "invalid document date \"%s\"", m->date);
        fnr_error_hint(err, "Give the date as YYYY-MM-DD.");
        return FNR_INVALID;
    }
    if (o->threads < 0)
        return fnr_error_set(err, FNR_INVALID, "invalid thread count %d", o->threads);
    if (o->format != FNR_INPUT_AUTO && o->format != FNR_INPUT_TEXT && o->format != FNR_INPUT_HTML)
        return fnr_error_set(err, FNR_INVALID, "invalid input format %d", (int)o->format);
    for (size_t i = 0; i < o->n_include; i++)
        if (!o->include || !o->include[i] || !*o->include[i])
            return fnr_error_set(err, FNR_INVALID, "empty include pattern");
    return FNR_OK;
}

/* ---- fnr_kb_ingest -------------------------------------------------------------------- */

fnr_status fnr_kb_ingest(fnr_kb *kb, const char *const *paths, size_t n_paths,
                         const fnr_ingest_opts *opts, fnr_ingest_stats *out, fnr_error *err)
{
    fnr_error_clear(err);
    fnr_ingest_stats stats_local;
    fnr_ingest_stats *stats = out ? out : &stats_local;
    memset(stats, 0, sizeof *stats);
    double t0 = now_seconds();
    fnr_ingest_opts none = { 0 };
    if (!opts)
        opts = &none;

    if (!kb || !kb->store)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    if (kb->readonly)
        return fnr_error_set(err, FNR_UNSUPPORTED,
                             "could not ingest into \"%s\": the store is open read-only", kb->path);
    if (n_paths == 0 || !paths)
        return fnr_error_set(err, FNR_INVALID, "no input given");
    for (size_t i = 0; i < n_paths; i++)
        if (!paths[i] || !*paths[i])
            return fnr_error_set(err, FNR_INVALID, "empty input path");
    char reliability = 0;
    fnr_status st = check_opts(opts, &reliability, err);
    if (st != FNR_OK)
        return st;
    /* The writer reads metadata from a copy with the reliability normalised. */
    fnr_ingest_opts o = *opts;
    o.meta.reliability = reliability;
    /* The markings are checked (and recorded) before anything is read. */
    int64_t marking = 0;
    st = fnr__kb_marking(kb, &o.markings, &marking, err);
    if (st != FNR_OK)
        return st;

    /* The built-in dictionaries load once per open store (tens of ms): later
     * ingests reuse them. User dictionaries get an extractor of their own. */
    fnr_extractor *x = NULL, *own = NULL;
    if (o.n_dicts == 0) {
        if (!kb->x)
            st = fnr_extractor_new(&kb->x, err);
        x = kb->x;
    } else {
        st = fnr_extractor_new(&own, err);
        for (size_t i = 0; st == FNR_OK && i < o.n_dicts; i++)
            st = fnr_extractor_add_dict(own, o.dicts[i], err);
        x = own;
    }
    if (st != FNR_OK) {
        fnr_extractor_free(own);
        return st;
    }

    /* A large input defers the query indexes until its end. */
    bool bulk = false;
    if (!kb->bulk)
        st = decide_bulk(kb, paths, n_paths, &o, &bulk, err);
    if (st == FNR_OK && bulk)
        st = fnr_store_defer_indexes(kb->store, true, err);
    if (st != FNR_OK) {
        fnr_extractor_free(own);
        return st;
    }
    stats->bulk = bulk;

    int threads = o.threads;
    if (threads == 0) {
        long nc = sysconf(_SC_NPROCESSORS_ONLN);
        threads = nc > 0 ? (int)(nc < KB_MAX_THREADS ? nc : KB_MAX_THREADS) : 1;
    }
    if (threads > KB_MAX_THREADS)
        threads = KB_MAX_THREADS;

    pipeline p;
    memset(&p, 0, sizeof p);
    p.x = x;
    p.sm = kb->store->m;
    p.opts = &o;
    p.paths = paths;
    p.n_paths = n_paths;
    p.max_bytes = o.max_bytes ? o.max_bytes : KB_DEFAULT_MAX;
    p.cap = (size_t)threads * 64 + 4;
    p.ring = fnr_calloc(p.cap, sizeof *p.ring);
    pthread_t *tids = fnr_calloc((size_t)threads, sizeof *tids);
    if (!p.ring || !tids) {
        fnr_free(p.ring);
        fnr_free(tids);
        fnr_extractor_free(own);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv_work, NULL);
    pthread_cond_init(&p.cv_space, NULL);
    pthread_cond_init(&p.cv_done, &ca);
    pthread_condattr_destroy(&ca);

    writer w;
    memset(&w, 0, sizeof w);
    w.kb = kb;
    w.opts = &o;
    w.stats = stats;
    w.batch = o.batch ? o.batch : KB_DEFAULT_BATCH;
    w.all_noinput = true;
    w.marking = marking;
    fnr_error_clear(&w.fatal_err);
    fnr__kb_resolver_init(&w.res, kb->store);
    fnr_map_init(&w.seen);

    /* Start the threads; if some fail to start, run with those that did. */
    pthread_t prod;
    bool prod_ok = pthread_create(&prod, NULL, producer_main, &p) == 0;
    int n_workers = 0;
    for (int i = 0; i < threads && prod_ok; i++) {
        if (pthread_create(&tids[i], NULL, worker_main, &p) != 0)
            break;
        n_workers++;
    }
    void *prod_ret = NULL;
    bool finished = false;
    if (!prod_ok || n_workers == 0) {
        /* Nobody to extract: stop the producer; cleanup frees its queue. */
        w.fatal = fnr_error_set(&w.fatal_err, FNR_INTERNAL, "could not start ingest threads");
        pthread_mutex_lock(&p.mu);
        p.stop = true;
        pthread_cond_broadcast(&p.cv_space);
        pthread_mutex_unlock(&p.mu);
        if (prod_ok)
            pthread_join(prod, &prod_ret);
        prod_ok = false;
        prod_ret = NULL;
        finished = true;
    }

    size_t next = 0, bytes_done = 0;
    double last = now_seconds();
    while (!finished) {
        pthread_mutex_lock(&p.mu);
        job *j = NULL;
        for (;;) {
            j = p.ring[next % p.cap];
            if (j && j->seq == next)
                break;
            j = NULL;
            if (p.producer_done && next == p.n_produced) {
                finished = true;
                break;
            }
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            ts.tv_nsec += 100 * 1000 * 1000;
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            if (pthread_cond_timedwait(&p.cv_done, &p.mu, &ts) != 0)
                break; /* timed out: time to report progress */
        }
        if (j)
            p.ring[next % p.cap] = NULL;
        pthread_mutex_unlock(&p.mu);

        if (j) {
            if (w.fatal == FNR_OK) {
                fnr_status ws = write_job(&w, j, &w.fatal_err);
                if (ws != FNR_OK) {
                    w.fatal = ws;
                    rollback_batch(&w);
                    pthread_mutex_lock(&p.mu);
                    p.stop = true;
                    pthread_cond_broadcast(&p.cv_space);
                    pthread_cond_broadcast(&p.cv_work);
                    pthread_mutex_unlock(&p.mu);
                }
            }
            bytes_done += j->len;
            pthread_mutex_lock(&p.mu);
            p.in_flight--;
            p.in_flight_bytes -= j->len;
            /* The writer is the slow stage, so the producer mostly waits for
             * room: it is woken once a quarter of the ring is free, to read
             * several documents in a row, rather than once a document (a
             * futex wake-up and a context switch each, on the writer's
             * CPU time). Below that mark (few documents, the byte bound)
             * every freed slot wakes it, as before. */
            if (p.producer_waits && p.in_flight <= p.cap - p.cap / 4)
                pthread_cond_signal(&p.cv_space);
            pthread_mutex_unlock(&p.mu);
            job_free(j);
            next++;
        }
        double t = now_seconds();
        if (t - last >= KB_PROGRESS_PERIOD && !finished) {
            last = t;
            report(&w, &p, next, bytes_done, t0, false, false);
        }
    }

    if (prod_ok)
        pthread_join(prod, &prod_ret);
    for (int i = 0; i < n_workers; i++)
        pthread_join(tids[i], NULL);
    if (w.fatal == FNR_OK && prod_ret)
        w.fatal = fnr_error_set(&w.fatal_err, FNR_NOMEM, "out of memory while reading inputs");
    if (w.fatal == FNR_OK)
        w.fatal = commit_batch(&w, &w.fatal_err);
    if (w.fatal != FNR_OK)
        rollback_batch(&w);
    /* Jobs a stop left behind (never produced into the ring in order). */
    for (size_t i = 0; i < p.cap; i++)
        job_free(p.ring[i]);
    for (job *j = p.qhead, *nx; j; j = nx) {
        nx = j->next;
        job_free(j);
    }

    if (bulk) {
        /* Even after a failure: what was committed needs its indexes. */
        report(&w, &p, next, bytes_done, t0, false, true);
        double ti = now_seconds();
        fnr_error ie;
        fnr_error_clear(&ie);
        fnr_status is = fnr_store_defer_indexes(kb->store, false, &ie);
        stats->index_seconds = now_seconds() - ti;
        if (is != FNR_OK && w.fatal == FNR_OK) {
            w.fatal = is;
            w.fatal_err = ie;
        }
    }
    stats->seconds = now_seconds() - t0;
    report(&w, &p, next, bytes_done, t0, true, false);

    if (w.fatal != FNR_OK) {
        st = w.fatal;
        if (err)
            *err = w.fatal_err;
    } else if (w.n_failed > 0) {
        st = w.all_noinput ? FNR_NOINPUT : FNR_BADINPUT;
        fnr_error_set(err, st, "%zu of %zu documents failed", w.n_failed, stats->docs_seen);
        fnr_error_detail(err, "The first was %s: %s.", w.first_where, w.first_msg);
    } else {
        st = FNR_OK;
    }

    /* The ingest goes to the audit log whatever its outcome. */
    if (stats->docs_seen > 0) {
        char what[600];
        int wn = snprintf(what, sizeof what, "%zu added, %zu duplicate, %zu failed from %s%s",
                          stats->docs_added, stats->docs_duplicate, stats->docs_failed, paths[0],
                          n_paths > 1 ? " and more" : "");
        (void)wn;
        fnr_error aerr;
        fnr_status as =
            fnr__kb_audit(kb, o.who, "ingest", what, (long)stats->docs_added, NULL, 0, &aerr);
        if (as != FNR_OK && st == FNR_OK) {
            st = as;
            if (err)
                *err = aerr;
        }
    }

    fnr_map_destroy(&w.seen);
    fnr__kb_resolver_destroy(&w.res);
    pthread_cond_destroy(&p.cv_work);
    pthread_cond_destroy(&p.cv_space);
    pthread_cond_destroy(&p.cv_done);
    pthread_mutex_destroy(&p.mu);
    fnr_free(p.ring);
    fnr_free(tids);
    fnr_extractor_free(own);
    return st;
}
