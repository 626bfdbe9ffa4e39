/*
 * `fener demo`: ingests the bundled example reports (examples/) into a demo
 * store and takes a short tour of it with the real commands: the ingest
 * summary, statistics by event type, a search, the profile of the most
 * active actor and that actor's events.
 *
 * The store is build/demo.db in the source tree when that folder can be
 * written, else a file in a new temporary folder; --db names another (which
 * is then used as it is, never deleted). `make demo` runs this.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"
#include "cli/cli.h"
#include "fener/kb.h"

/* Finds the examples folder: --examples, $FENER_EXAMPLES, ./examples, or the
 * source tree the binary was built in (build/<preset>/fener). */
static const char *examples_dir(const cli_args *args, char *buf, size_t buf_len)
{
    const char *v = cli_opt_value(args, "examples");
    if (v)
        return v;
    v = getenv("FENER_EXAMPLES");
    if (v && *v)
        return v;
    if (access("examples", R_OK) == 0)
        return "examples";
    ssize_t n = readlink("/proc/self/exe", buf, buf_len - 32);
    if (n > 0) {
        buf[n] = '\0';
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(buf, '/');
            if (!slash)
                break;
            *slash = '\0';
            size_t len = strlen(buf);
            snprintf(buf + len, buf_len - len, "/examples");
            if (access(buf, R_OK) == 0)
                return buf;
            buf[len] = '\0';
        }
    }
    return "examples";
}

/* The default demo store: build/demo.db beside the examples' tree, else a
 * new temporary folder. Returns false when neither can be had. */
static bool demo_store(const char *examples, char *out, size_t out_len)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", examples);
    size_t len = strlen(dir);
    while (len > 1 && dir[len - 1] == '/')
        dir[--len] = '\0';
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    char build[4200];
    snprintf(build, sizeof build, "%s/build", dir);
    if (access(build, W_OK | X_OK) == 0) {
        snprintf(out, out_len, "%s/demo.db", build);
        return true;
    }
    const char *tmp = getenv("TMPDIR");
    char tmpl[4200];
    snprintf(tmpl, sizeof tmpl, "%s/fener-demo-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmpl))
        return false;
    snprintf(out, out_len, "%s/demo.db", tmpl);
    return true;
}

static void remove_store(const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
    char p[4300];
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffixes[i]);
        unlink(p);
    }
}

/* Prints "$ fener ARGS" (without the --db the tour adds) and runs it. */
static int step(const char *db, const char *const *words, size_t n_words)
{
    /* cli_run takes argv as main() does: writable copies. */
    char *argv[16] = { 0 };
    int argc = 0;
    int rc = CLI_EXIT_OSERR;
    argv[argc++] = fnr_strdup("fener");
    printf("\n$ fener");
    for (size_t i = 0; i < n_words && argc < 12; i++) {
        argv[argc++] = fnr_strdup(words[i]);
        printf(strchr(words[i], ' ') ? " \"%s\"" : " %s", words[i]);
    }
    printf("\n");
    argv[argc++] = fnr_strdup("--db");
    argv[argc++] = fnr_strdup(db);
    fflush(stdout);
    bool ok = true;
    for (int i = 0; i < argc; i++)
        ok = ok && argv[i];
    if (ok)
        rc = cli_run(argc, argv);
    else
        cli_errorf("out of memory");
    fflush(stdout);
    for (int i = 0; i < argc; i++)
        fnr_free(argv[i]);
    return rc;
}

/* The actor with most events, for the profile and events steps; into buf. */
static bool top_actor(const char *db, char *buf, size_t buf_len)
{
    fnr_kb *kb = NULL;
    fnr_kb_open_opts o = { .readonly = true };
    fnr_stats *s = NULL;
    bool ok = false;
    if (fnr_kb_open(db, &o, &kb, NULL) == FNR_OK &&
        fnr_kb_stats(kb, NULL, FNR_STATS_ACTOR, &(fnr_event_filter){ 0 }, &s, NULL) == FNR_OK &&
        s->n_rows > 0 && s->rows[0].key) {
        snprintf(buf, buf_len, "%s", s->rows[0].key);
        ok = true;
    }
    fnr_stats_free(s);
    fnr_kb_close(kb);
    return ok;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the reports the tour ingests, in the order ingest reads them. */
static void list_examples(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char *names[64];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && n < 64)
        if (de->d_name[0] != '.' && (names[n] = fnr_strdup(de->d_name)) != NULL)
            n++;
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    printf("The reports:");
    for (size_t i = 0; i < n; i++) {
        printf(" %s", names[i]);
        fnr_free(names[i]);
    }
    printf("\n");
}

static int worse(int a, int b)
{
    return b > a ? b : a;
}

int cli_cmd_demo(const cli_command *cmd, cli_args *args)
{
    (void)cmd;
    if (args->n_pos) {
        cli_errorf("unexpected argument \"%s\" for \"demo\"", args->pos[0]);
        return CLI_EXIT_USAGE;
    }
    char exbuf[4096];
    const char *examples = examples_dir(args, exbuf, sizeof exbuf);
    if (access(examples, R_OK | X_OK) != 0) {
        cli_errorf("could not open the examples folder \"%s\": %s", examples, strerror(errno));
        return CLI_EXIT_NOINPUT;
    }
    char dbbuf[4300];
    const char *db = cli_opt_value(args, "db");
    if (!db) {
        if (!demo_store(examples, dbbuf, sizeof dbbuf)) {
            cli_errorf("could not make a folder for the demo store: %s", strerror(errno));
            return CLI_EXIT_IOERR;
        }
        /* The demo store is the demo's own: each run starts afresh. */
        remove_store(dbbuf);
        db = dbbuf;
    }
    printf("fener demo: the example reports in %s go into the store %s.\n"
           "Every command below also works on that store by hand (add --db %s,\n"
           "or export FENER_DB=%s).\n",
           examples, db, db, db);
    list_examples(examples);

    const char *ingest[] = { "ingest", examples };
    int rc = step(db, ingest, 2);
    if (rc != CLI_EXIT_OK)
        return rc;
    const char *stats[] = { "stats", "--by", "type" };
    rc = worse(rc, step(db, stats, 3));
    const char *search[] = { "search", "MIT" };
    rc = worse(rc, step(db, search, 2));
    char actor[256];
    if (top_actor(db, actor, sizeof actor)) {
        const char *entity[] = { "entity", actor };
        rc = worse(rc, step(db, entity, 2));
        const char *events[] = { "events", "--actor", actor };
        rc = worse(rc, step(db, events, 3));
        /* Link analysis: who holds the network together, and the cells. */
        const char *central[] = { "graph", "central", "--measure", "pagerank", "--top", "5" };
        rc = worse(rc, step(db, central, 6));
        const char *nb[] = { "graph", "neighbors", actor, "--limit", "8" };
        rc = worse(rc, step(db, nb, 5));
        /* Need-to-know: the last report becomes SECRET, released to France
         * only; a CONFIDENTIAL analyst no longer sees what it alone says. */
        printf("\nMarkings: the third report becomes SECRET, releasable to France; an analyst\n"
               "cleared to CONFIDENTIAL then sees only the other two.\n");
        const char *mark[] = { "mark", "3", "--classification", "SECRET", "--rel-to", "FRA" };
        rc = worse(rc, step(db, mark, 6));
        const char *user[] = { "user", "add", "analyst", "--clearance", "CONFIDENTIAL" };
        rc = worse(rc, step(db, user, 5));
        const char *as[] = { "events", "--actor", actor, "--as", "analyst" };
        rc = worse(rc, step(db, as, 5));
        const char *audit[] = { "audit", "--user", "analyst" };
        rc = worse(rc, step(db, audit, 3));
        const char *verify[] = { "audit", "verify" };
        rc = worse(rc, step(db, verify, 2));
    }
    printf("\nMore: fener help, and the README. The demo store stays at %s.\n", db);
    return rc;
}
