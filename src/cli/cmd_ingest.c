/*
 * `fener ingest`: store reports in the knowledge base.
 *
 * The command checks its options and that every named input can be opened,
 * opens (or creates) the store, and hands the inputs to fnr_kb_ingest, which
 * extracts on several threads and writes whole batches. While it runs, a
 * progress bar is redrawn in place on a terminal; at the end comes a one-line
 * summary (or the stats as JSON). Each failed document is reported as
 * "fener: PATH: message"; the others are stored all the same.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

#define BAR_WIDTH 24

typedef struct ingest_ctx {
    bool tty;          /* stderr is a terminal: draw the bar */
    bool drawn;        /* a bar is on screen */
    double last_draw;  /* seconds */
    size_t bytes_done; /* from the last progress call */
    size_t est_docs;   /* counted before the start (terminal only), for the bar */
    size_t est_bytes;
    atomic_size_t n_failed;
    atomic_bool saw_noinput; /* some input could not be opened */
} ingest_ctx;

static void fmt_eta(double s, char *buf, size_t len)
{
    if (!(s >= 0) || s > 359999) {
        snprintf(buf, len, "--:--");
        return;
    }
    long t = (long)(s + 0.5);
    if (t >= 3600)
        snprintf(buf, len, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, len, "%ld:%02ld", t / 60, t % 60);
}

static void on_progress(void *ctx, const fnr_ingest_progress *p)
{
    ingest_ctx *c = ctx;
    c->bytes_done = p->bytes_done;
    if (!c->tty)
        return;
    if (p->final) {
        if (c->drawn)
            fputs("\r\033[K", stderr);
        c->drawn = false;
        fflush(stderr);
        return;
    }
    if (p->indexing) {
        char done[32];
        fprintf(stderr, "\r%s documents stored; making the indexes (bulk ingest)...\033[K",
                cli_thousands((long long)p->docs_done, done, sizeof done));
        fflush(stderr);
        c->drawn = true;
        return;
    }
    /* At most ten redraws a second, whatever the caller's pace. */
    if (c->drawn && p->seconds - c->last_draw < 0.1)
        return;
    c->last_draw = p->seconds;
    /* The ingest finds its documents as it walks; the count made before the
     * start keeps the bar and the ETA steady meanwhile. */
    size_t docs_total = p->docs_total > c->est_docs ? p->docs_total : c->est_docs;
    size_t bytes_total = p->bytes_total > c->est_bytes ? p->bytes_total : c->est_bytes;
    double frac = 0;
    if (bytes_total)
        frac = (double)p->bytes_done / (double)bytes_total;
    else if (docs_total)
        frac = (double)p->docs_done / (double)docs_total;
    if (frac > 1)
        frac = 1;
    int fill = (int)(frac * BAR_WIDTH + 0.5);
    char bar[BAR_WIDTH + 1];
    for (int i = 0; i < BAR_WIDTH; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[BAR_WIDTH] = '\0';
    double rate = p->seconds > 0 ? (double)p->bytes_done / p->seconds : 0;
    char eta[32];
    if (rate > 0 && bytes_total >= p->bytes_done)
        fmt_eta((double)(bytes_total - p->bytes_done) / rate, eta, sizeof eta);
    else
        fmt_eta(-1, eta, sizeof eta);
    char done[32], total[32];
    fprintf(stderr, "\r[%s] %s/%s documents  %.1f MB/s  ETA %s\033[K", bar,
            cli_thousands((long long)p->docs_done, done, sizeof done),
            cli_thousands((long long)docs_total, total, sizeof total), rate / 1e6, eta);
    fflush(stderr);
    c->drawn = true;
}

static void on_error(void *ctx, const char *where, const fnr_error *err)
{
    ingest_ctx *c = ctx;
    atomic_fetch_add(&c->n_failed, 1);
    if (err->code == FNR_NOINPUT)
        atomic_store(&c->saw_noinput, true);
    flockfile(stderr);
    if (c->drawn) {
        /* The message gets its own line; the bar is redrawn on the next call. */
        fputs("\r\033[K", stderr);
        c->drawn = false;
    }
    fprintf(stderr, "fener: %s: %s\n", where,
            err->message[0] ? err->message : fnr_status_text(err->code));
    if (err->detail[0])
        fprintf(stderr, "DETAIL: %s\n", err->detail);
    if (err->hint[0])
        fprintf(stderr, "HINT: %s\n", err->hint);
    funlockfile(stderr);
}

/* Checks the option values; false (after saying why) when one is wrong. */
static bool parse_opts(const cli_args *args, fnr_ingest_opts *o)
{
    const char *v;
    fnr_ingest_meta *m = &o->meta;
    m->source = cli_opt_value(args, "source");
    m->url = cli_opt_value(args, "url");
    m->title = cli_opt_value(args, "title");
    m->date = cli_opt_value(args, "date");
    fnr_date d;
    if (m->date && !fnr_date_parse_iso(m->date, strlen(m->date), &d)) {
        cli_errorf("invalid value \"%s\" for --date: expected a day as YYYY-MM-DD", m->date);
        return false;
    }
    if ((v = cli_opt_value(args, "reliability")) != NULL) {
        char r = v[0] >= 'a' && v[0] <= 'f' ? (char)(v[0] - 'a' + 'A') : v[0];
        if (r < 'A' || r > 'F' || v[1] != '\0') {
            cli_errorf("invalid value \"%s\" for --reliability: expected a letter A (reliable) "
                       "to F (cannot be judged)",
                       v);
            return false;
        }
        m->reliability = r;
    }
    if ((v = cli_opt_value(args, "credibility")) != NULL) {
        if (v[0] < '1' || v[0] > '6' || v[1] != '\0') {
            cli_errorf("invalid value \"%s\" for --credibility: expected a digit 1 (confirmed) to "
                       "6 (cannot be judged)",
                       v);
            return false;
        }
        m->credibility = v[0] - '0';
    }
    if ((v = cli_opt_value(args, "bulk")) != NULL) {
        if (strcmp(v, "auto") == 0) {
            o->bulk = FNR_BULK_AUTO;
        } else if (strcmp(v, "on") == 0) {
            o->bulk = FNR_BULK_ON;
        } else if (strcmp(v, "off") == 0) {
            o->bulk = FNR_BULK_OFF;
        } else {
            cli_errorf("invalid value \"%s\" for --bulk: expected auto, on or off", v);
            return false;
        }
    }
    if ((v = cli_opt_value(args, "batch")) != NULL && !cli_parse_size("batch", v, &o->batch))
        return false;
    if ((v = cli_opt_value(args, "threads")) != NULL) {
        size_t n = 0;
        if (!cli_parse_size("threads", v, &n))
            return false;
        o->threads = n > 256 ? 256 : (int)n;
    }
    if ((v = cli_opt_value(args, "max-bytes")) != NULL &&
        !cli_parse_size("max-bytes", v, &o->max_bytes))
        return false;
    if ((v = cli_opt_value(args, "format")) != NULL) {
        if (strcmp(v, "text") == 0)
            o->format = FNR_INPUT_TEXT;
        else if (strcmp(v, "html") == 0)
            o->format = FNR_INPUT_HTML;
        else if (strcmp(v, "auto") == 0)
            o->format = FNR_INPUT_AUTO;
        else {
            cli_errorf("invalid value \"%s\" for --format: expected text, html or auto", v);
            return false;
        }
    }
    o->lenient = cli_opt_flag(args, "lenient");
    o->n_include = cli_opt_values(args, "include", &o->include);
    o->n_dicts = cli_opt_values(args, "dict", &o->dicts);
    return true;
}

/* true when path can be read (a directory also searched); else says why. */
static bool input_ok(const char *path)
{
    if (strcmp(path, "-") == 0)
        return true;
    struct stat st;
    if (stat(path, &st) != 0) {
        cli_errorf("%s: could not open \"%s\": %s", path, path, strerror(errno));
        return false;
    }
    int mode = S_ISDIR(st.st_mode) ? R_OK | X_OK : R_OK;
    if (access(path, mode) != 0) {
        cli_errorf("%s: could not open \"%s\": %s", path, path, strerror(errno));
        return false;
    }
    return true;
}

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

static void print_summary(const fnr_ingest_stats *s, size_t bytes)
{
    char a[32], b[32], c[32], d[32], e[32], f[32], g[32], h[32];
    double secs = s->seconds > 0 ? s->seconds : 0;
    double rate = secs > 0 ? (double)s->docs_seen / secs : 0;
    size_t entities = s->entities_new + s->entities_joined;
    printf("ingested %s %s (%s new, %s %s, %s failed), %.1f MB in %.1f s: %s docs/s; "
           "%s %s (%s new), %s %s\n",
           cli_thousands((long long)s->docs_seen, a, sizeof a),
           plural(s->docs_seen, "document", "documents"),
           cli_thousands((long long)s->docs_added, b, sizeof b),
           cli_thousands((long long)s->docs_duplicate, c, sizeof c),
           plural(s->docs_duplicate, "duplicate", "duplicates"),
           cli_thousands((long long)s->docs_failed, d, sizeof d), (double)bytes / 1e6, secs,
           cli_thousands((long long)(rate + 0.5), e, sizeof e),
           cli_thousands((long long)entities, f, sizeof f), plural(entities, "entity", "entities"),
           cli_thousands((long long)s->entities_new, g, sizeof g),
           cli_thousands((long long)s->events, h, sizeof h), plural(s->events, "event", "events"));
    if (s->bulk)
        printf("bulk ingest: the query indexes were made again in %.1f s\n", s->index_seconds);
}

static int print_json(const char *db, bool created, const fnr_ingest_stats *s)
{
    cli_json_out o;
    fnr_json *j = cli_json_begin(&o);
    fnr_json_object_begin(j);
    fnr_json_key(j, "db");
    fnr_json_cstr(j, db);
    fnr_json_key(j, "created");
    fnr_json_bool(j, created);
    static const char *const names[] = { "docs_seen",       "docs_added", "docs_duplicate",
                                         "docs_failed",     "bytes",      "entities_new",
                                         "entities_joined", "mentions",   "events",
                                         "relations",       "conflicts",  "batches" };
    const size_t values[] = { s->docs_seen, s->docs_added,   s->docs_duplicate,  s->docs_failed,
                              s->bytes,     s->entities_new, s->entities_joined, s->mentions,
                              s->events,    s->relations,    s->conflicts,       s->batches };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        fnr_json_key(j, names[i]);
        fnr_json_int(j, (int64_t)values[i]);
    }
    fnr_json_key(j, "seconds");
    fnr_json_double(j, s->seconds, 3);
    fnr_json_key(j, "bulk");
    fnr_json_bool(j, s->bulk);
    fnr_json_key(j, "index_seconds");
    fnr_json_double(j, s->index_seconds, 3);
    fnr_json_object_end(j);
    return cli_json_end(&o);
}

/* A failure of one document (already reported through on_error), as
 * opposed to one of the store or the whole run. */
static bool is_document_failure(fnr_status st)
{
    return st == FNR_BADINPUT || st == FNR_NOINPUT || st == FNR_TOOBIG;
}

int cli_cmd_ingest(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos == 0) {
        cli_errorf("no input given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_ingest_opts o;
    memset(&o, 0, sizeof o);
    if (!parse_opts(args, &o))
        return CLI_EXIT_USAGE;
    cli_markings_store marks;
    if (!cli_markings(args, &o.markings, &marks))
        return CLI_EXIT_OSERR;
    size_t n_stdin = 0;
    for (size_t i = 0; i < args->n_pos; i++)
        n_stdin += strcmp(args->pos[i], "-") == 0;
    if (n_stdin > 1) {
        cli_errorf("standard input (\"-\") can be read only once");
        return CLI_EXIT_USAGE;
    }

    int rc = CLI_EXIT_OK;
    const char **paths = fnr_calloc(args->n_pos, sizeof *paths);
    if (!paths) {
        cli_errorf("out of memory");
        return CLI_EXIT_OSERR;
    }
    size_t n_paths = 0;
    for (size_t i = 0; i < args->n_pos; i++) {
        if (input_ok(args->pos[i]))
            paths[n_paths++] = args->pos[i];
        else
            rc = CLI_EXIT_NOINPUT;
    }
    if (n_paths == 0) {
        fnr_free(paths);
        cli_markings_destroy(&marks);
        return rc;
    }

    bool json = cli_opt_flag(args, "json");
    const char *db = cli_db_path(args);
    struct stat dbst;
    bool created = stat(db, &dbst) != 0;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_kb *kb = NULL;
    fnr_kb_open_opts oo = { .create = true, .readonly = false };
    fnr_viewer *who = NULL;
    int orc = CLI_EXIT_OK;
    if (fnr_kb_open(db, &oo, &kb, &err) != FNR_OK)
        orc = cli_report(&err);
    else
        orc = cli_viewer(args, kb, &who);
    if (orc != CLI_EXIT_OK) {
        fnr_kb_close(kb);
        fnr_free(paths);
        cli_markings_destroy(&marks);
        return orc;
    }
    o.who = who;
    if (created && !json)
        printf("created a fener store at %s\n", db);

    ingest_ctx c;
    memset(&c, 0, sizeof c);
    atomic_init(&c.n_failed, 0);
    atomic_init(&c.saw_noinput, false);
    c.tty = isatty(STDERR_FILENO) == 1;
    if (c.tty)
        fnr_kb_ingest_estimate(paths, n_paths, &o, 0, &c.est_docs, &c.est_bytes);
    o.progress = on_progress;
    o.progress_ctx = &c;
    o.on_error = on_error;
    o.error_ctx = &c;

    fnr_ingest_stats stats;
    memset(&stats, 0, sizeof stats);
    fflush(stdout);
    fnr_status st = fnr_kb_ingest(kb, paths, n_paths, &o, &stats, &err);
    if (c.drawn) {
        fputs("\r\033[K", stderr);
        c.drawn = false;
    }
    bool doc_failure = st != FNR_OK && is_document_failure(st) && atomic_load(&c.n_failed) > 0;
    if (st == FNR_OK || doc_failure) {
        size_t bytes = c.bytes_done > stats.bytes ? c.bytes_done : stats.bytes;
        if (json) {
            int jrc = print_json(db, created, &stats);
            if (jrc != CLI_EXIT_OK)
                rc = jrc;
        } else {
            print_summary(&stats, bytes);
        }
        if ((doc_failure || atomic_load(&c.n_failed) > 0) && rc == CLI_EXIT_OK)
            rc = atomic_load(&c.saw_noinput) ? CLI_EXIT_NOINPUT : CLI_EXIT_DATAERR;
    } else {
        if (err.code == FNR_OK)
            fnr_error_set(&err, st, "could not ingest into \"%s\": %s", db, fnr_status_text(st));
        if (st == FNR_IO && !err.hint[0])
            fnr_error_hint(&err, "If the disk is full or a file size limit was reached, free some "
                                 "space and run the same ingest again: the whole batches already "
                                 "stored are skipped as duplicates.");
        int erc = cli_report(&err);
        if (erc != CLI_EXIT_OK)
            rc = erc;
    }
    fflush(stdout);
    cli_kb_close(kb, who);
    fnr_free(paths);
    cli_markings_destroy(&marks);
    return rc;
}
