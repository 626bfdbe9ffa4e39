/*
 * `fener extract`: run reports through the extractor and print their facts,
 * as JSON lines or as a readable summary.
 *
 * Inputs are read whole (up to --max-bytes) from files or standard input;
 * one failing input is reported with its name and the others still run, and
 * the exit status is the worst one seen.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "cli/cli.h"
#include "fener/extract.h"

#define DEFAULT_MAX_BYTES ((size_t)16 << 20)

/* Reads all of `path` ("-" = stdin) into *out, refusing more than max bytes. */
static fnr_status read_input(const char *path, size_t max, fnr_buf *out, fnr_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return fnr_error_set(err, FNR_NOINPUT, "could not open \"%s\": %s", path, strerror(errno));
    fnr_status st = FNR_OK;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (out->len + n > max) {
            st = fnr_error_set(err, FNR_TOOBIG, "input \"%s\" is larger than %zu bytes",
                               is_stdin ? "(stdin)" : path, max);
            fnr_error_hint(err, "Raise the limit with --max-bytes if the input is genuine.");
            goto out;
        }
        st = fnr_buf_append(out, chunk, n);
        if (st != FNR_OK) {
            fnr_error_set(err, st, "could not read \"%s\": %s", path, fnr_status_text(st));
            goto out;
        }
    }
    if (ferror(f))
        st = fnr_error_set(err, FNR_IO, "could not read \"%s\": %s", path, strerror(errno));
out:
    if (!is_stdin)
        fclose(f);
    return st;
}

static void print_names(const fnr_facts *f, const int *idx, size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", f->entities[idx[i]].name);
}

static void print_summary(const char *label, const fnr_facts *f)
{
    printf("%s", label);
    if (f->title)
        printf(": \"%s\"", f->title);
    if (f->date[0])
        printf(" (%s)", f->date);
    printf("\n  %zu entities, %zu events, %zu relations\n", f->n_entities, f->n_events,
           f->n_relations);

    static const struct {
        fnr_entity_type t;
        const char *title;
    } groups[] = { { FNR_ENTITY_PERSON, "persons" },
                   { FNR_ENTITY_ORGANIZATION, "organizations" },
                   { FNR_ENTITY_LOCATION, "locations" } };

    for (size_t g = 0; g < 3; g++) {
        bool any = false;
        for (size_t i = 0; i < f->n_entities; i++) {
            const fnr_entity *e = &f->entities[i];
            if (e->type != groups[g].t)
                continue;
            if (!any)
                printf("  %s\n", groups[g].title);
            any = true;
            printf("    %s", e->name);
            if (e->kind || e->country[0])
                printf(" [%s%s%s]", e->kind ? e->kind : "", e->kind && e->country[0] ? ", " : "",
                       e->country);
            if (e->n_aliases) {
                printf(" aka ");
                for (size_t k = 0; k < e->n_aliases; k++)
                    printf("%s%s", k ? ", " : "", e->aliases[k]);
            }
            printf("\n");
        }
    }
    if (f->n_events)
        printf("  events\n");
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *v = &f->events[i];
        printf("    %-10s %-18s ", v->date[0] ? v->date : "-", fnr_event_type_name(v->type));
        print_names(f, v->actors, v->n_actors);
        if (v->n_targets) {
            printf(" -> ");
            print_names(f, v->targets, v->n_targets);
        }
        if (v->location >= 0)
            printf("  at %s", f->entities[v->location].name);
        if (v->count >= 0)
            printf("  count %ld", v->count);
        printf("\n");
    }
    if (f->n_relations)
        printf("  relations\n");
    for (size_t i = 0; i < f->n_relations; i++) {
        const fnr_relation *r = &f->relations[i];
        printf("    %s %s %s", f->entities[r->source].name, fnr_relation_type_name(r->type),
               f->entities[r->target].name);
        if (r->role)
            printf(" (%s)", r->role);
        printf("\n");
    }
}

typedef struct run_ctx {
    fnr_extractor *x;
    fnr_extract_opts opts;
    size_t max_bytes;
    bool json;
    int indent;
} run_ctx;

/* Extracts one input and prints it; returns the exit code for this input. */
static int run_one(const run_ctx *c, const char *path)
{
    fnr_error err;
    fnr_error_clear(&err);
    fnr_buf in;
    fnr_buf_init(&in, c->max_bytes + 1);
    fnr_facts *f = NULL;
    char *json = NULL;
    int rc = CLI_EXIT_OK;
    fnr_status st = read_input(path, c->max_bytes, &in, &err);
    if (st == FNR_OK)
        st = fnr_extract(c->x, in.data ? in.data : "", in.len, &c->opts, &f, &err);
    if (st == FNR_OK && c->json) {
        size_t len = 0;
        st = fnr_facts_to_json(f, c->indent, &json, &len, &err);
        if (st == FNR_OK) {
            fwrite(json, 1, len, stdout);
            fputc('\n', stdout);
        }
    } else if (st == FNR_OK) {
        print_summary(strcmp(path, "-") == 0 ? "(stdin)" : path, f);
    }
    if (st != FNR_OK) {
        if (st == FNR_BADINPUT && err.offset >= 0 && !strstr(err.message, "\""))
            fprintf(stderr, "fener: %s: ", path);
        else
            fputs("fener: ", stderr);
        fprintf(stderr, "%s\n", err.message[0] ? err.message : fnr_status_text(st));
        if (err.detail[0])
            fprintf(stderr, "DETAIL: %s\n", err.detail);
        if (err.hint[0])
            fprintf(stderr, "HINT: %s\n", err.hint);
        rc = cli_exit_code(st);
    }
    free(json);
    fnr_facts_free(f);
    fnr_buf_destroy(&in);
    return rc;
}

static int worse(int a, int b)
{
    /* Usage and internal errors outrank data errors, which outrank "some failed". */
    return b > a ? b : a;
}

static int setup(const cli_args *args, run_ctx *c)
{
    memset(c, 0, sizeof *c);
    c->max_bytes = DEFAULT_MAX_BYTES;
    const char *v = cli_opt_value(args, "max-bytes");
    if (v) {
        char *end = NULL;
        errno = 0;
        unsigned long long n = strtoull(v, &end, 10);
        if (errno || !end || *end || n == 0 || v[0] == '-') {
            cli_errorf("invalid value \"%s\" for --max-bytes: expected a positive number of bytes",
                       v);
            return CLI_EXIT_USAGE;
        }
        c->max_bytes = (size_t)n;
    }
    c->opts.max_bytes = c->max_bytes;
    c->opts.lenient = cli_opt_flag(args, "lenient");
    c->json = cli_opt_flag(args, "json");
    c->indent = cli_opt_flag(args, "pretty") ? 2 : 0;
    v = cli_opt_value(args, "format");
    if (v) {
        if (strcmp(v, "text") == 0)
            c->opts.format = FNR_INPUT_TEXT;
        else if (strcmp(v, "html") == 0)
            c->opts.format = FNR_INPUT_HTML;
        else if (strcmp(v, "auto") == 0)
            c->opts.format = FNR_INPUT_AUTO;
        else {
            cli_errorf("invalid value \"%s\" for --format: expected text, html or auto", v);
            return CLI_EXIT_USAGE;
        }
    }
    c->opts.date = cli_opt_value(args, "date");
    fnr_error err;
    fnr_error_clear(&err);
    if (fnr_extractor_new(&c->x, &err) != FNR_OK)
        return cli_report(&err);
    const char *const *dicts;
    size_t n_dicts = cli_opt_values(args, "dict", &dicts);
    for (size_t i = 0; i < n_dicts; i++)
        if (fnr_extractor_add_dict(c->x, dicts[i], &err) != FNR_OK)
            return cli_report(&err);
    return CLI_EXIT_OK;
}

int cli_cmd_extract(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos == 0) {
        cli_errorf("no input given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (cli_opt_flag(args, "pretty") && args->n_pos > 1) {
        cli_errorf("--pretty needs a single input (JSON lines are one object per line)");
        return CLI_EXIT_USAGE;
    }
    run_ctx c;
    int rc = setup(args, &c);
    if (rc == CLI_EXIT_OK) {
        if (c.opts.date && strlen(c.opts.date) != 10) {
            cli_errorf("invalid value \"%s\" for --date: expected YYYY-MM-DD", c.opts.date);
            rc = CLI_EXIT_USAGE;
        }
        for (size_t i = 0; rc != CLI_EXIT_USAGE && i < args->n_pos; i++) {
            rc = worse(rc, run_one(&c, args->pos[i]));
            if (!c.json && i + 1 < args->n_pos)
                printf("\n");
        }
    }
    fnr_extractor_free(c.x);
    fflush(stdout);
    return rc;
}
