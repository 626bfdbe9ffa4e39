/*
 * Option parsing for fener subcommands, and the status -> exit code table.
 *
 * Each subcommand declares its options in a table (cli_opt); this file turns
 * argv into values for those options and positional arguments, and says
 * exactly what was wrong when argv does not fit ("unknown option "--x"",
 * "option "--db" needs a value").
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "cli/cli.h"

int cli_exit_code(fnr_status s)
{
    switch (s) {
    case FNR_OK:
        return CLI_EXIT_OK;
    case FNR_USAGE:
    case FNR_INVALID:
        return CLI_EXIT_USAGE;
    case FNR_BADINPUT:
    case FNR_TOOBIG:
        return CLI_EXIT_DATAERR;
    case FNR_NOINPUT:
        return CLI_EXIT_NOINPUT;
    case FNR_IO:
        return CLI_EXIT_IOERR;
    case FNR_NOMEM:
        return CLI_EXIT_OSERR;
    case FNR_NOTFOUND:
    case FNR_EXISTS:
        return CLI_EXIT_FAIL;
    case FNR_DENIED:
        return CLI_EXIT_NOPERM;
    case FNR_UNSUPPORTED:
    case FNR_INTERNAL:
    case FNR_STATUS_COUNT:
        break;
    }
    return CLI_EXIT_SOFTWARE;
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("fener: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_report(const fnr_error *err)
{
    fprintf(stderr, "fener: %s\n", err->message[0] ? err->message : fnr_status_text(err->code));
    if (err->detail[0])
        fprintf(stderr, "DETAIL: %s\n", err->detail);
    if (err->hint[0])
        fprintf(stderr, "HINT: %s\n", err->hint);
    return cli_exit_code(err->code);
}

void cli_usage_line(const cli_command *cmd, FILE *out)
{
    fprintf(out, "usage: %s\n", cmd->usage);
}

void cli_command_help(const cli_command *cmd, FILE *out)
{
    cli_usage_line(cmd, out);
    fprintf(out, "\n%s\n", cmd->summary);
    if (cmd->description)
        fprintf(out, "\n%s\n", cmd->description);
    if (!cmd->opts || !cmd->opts[0].name)
        return;
    fputs("\noptions:\n", out);
    for (const cli_opt *o = cmd->opts; o->name; o++) {
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
                     o->metavar ? " " : "", o->metavar ? o->metavar : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->metavar ? " " : "",
                     o->metavar ? o->metavar : "");
        fprintf(out, "  %-30s %s%s\n", left, o->help, o->repeatable ? " (repeatable)" : "");
    }
    fprintf(out, "  %-30s %s\n", "-h, --help", "show this help");
}

static int find_long(const cli_command *cmd, const char *name, size_t len)
{
    for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
        if (strlen(cmd->opts[i].name) == len && memcmp(cmd->opts[i].name, name, len) == 0)
            return i;
    return -1;
}

static int find_short(const cli_command *cmd, char c)
{
    for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
        if (cmd->opts[i].short_name == c)
            return i;
    return -1;
}

static bool push(const char ***arr, size_t *n, const char *v)
{
    const char **grown = fnr_realloc(*arr, (*n + 1) * sizeof **arr);
    if (!grown)
        return false;
    grown[(*n)++] = v;
    *arr = grown;
    return true;
}

static bool set_value(const cli_command *cmd, cli_args *out, int i, const char *v)
{
    if (out->n_values[i] && !cmd->opts[i].repeatable) {
        /* The last one wins, as in most tools. */
        out->values[i][0] = v;
        return true;
    }
    if (!push(&out->values[i], &out->n_values[i], v)) {
        cli_errorf("out of memory");
        return false;
    }
    return true;
}

static bool fail_usage(const cli_command *cmd)
{
    cli_usage_line(cmd, stderr);
    fprintf(stderr, "Try \"fener help %s\" for more information.\n", cmd->name);
    return false;
}

bool cli_args_parse(const cli_command *cmd, int argc, char **argv, cli_args *out, bool *out_help)
{
    memset(out, 0, sizeof *out);
    *out_help = false;
    out->opts = cmd->opts;
    for (const cli_opt *o = cmd->opts; o && o->name; o++)
        out->n_opts++;
    bool only_pos = false;
    for (int k = 1; k < argc; k++) {
        const char *a = argv[k];
        if (only_pos || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!push(&out->pos, &out->n_pos, a)) {
                cli_errorf("out of memory");
                return false;
            }
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_pos = true;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            *out_help = true;
            return true;
        }
        int i;
        const char *value = NULL;
        if (a[1] == '-') {
            const char *name = a + 2;
            const char *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            i = find_long(cmd, name, len);
            if (i < 0) {
                cli_errorf("unknown option \"--%.*s\" for \"%s\"", (int)len, name, cmd->name);
                return fail_usage(cmd);
            }
            if (eq) {
                if (!cmd->opts[i].metavar) {
                    cli_errorf("option \"--%s\" takes no value", cmd->opts[i].name);
                    return fail_usage(cmd);
                }
                value = eq + 1;
            }
        } else {
            if (a[2] != '\0') {
                cli_errorf("unknown option \"%s\" for \"%s\"", a, cmd->name);
                return fail_usage(cmd);
            }
            i = find_short(cmd, a[1]);
            if (i < 0) {
                cli_errorf("unknown option \"%s\" for \"%s\"", a, cmd->name);
                return fail_usage(cmd);
            }
        }
        if (cmd->opts[i].metavar && !value) {
            if (k + 1 >= argc) {
                cli_errorf("option \"--%s\" needs a value (%s)", cmd->opts[i].name,
                           cmd->opts[i].metavar);
                return fail_usage(cmd);
            }
            value = argv[++k];
        }
        if (!set_value(cmd, out, i, value ? value : ""))
            return false;
    }
    return true;
}

void cli_args_destroy(cli_args *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < CLI_MAX_OPTS; i++)
        fnr_free(a->values[i]);
    fnr_free(a->pos);
    memset(a, 0, sizeof *a);
}

static int opt_index(const cli_args *a, const char *name)
{
    for (size_t i = 0; i < a->n_opts; i++)
        if (strcmp(a->opts[i].name, name) == 0)
            return (int)i;
    return -1;
}

const char *cli_opt_value(const cli_args *a, const char *name)
{
    int i = opt_index(a, name);
    if (i < 0 || a->n_values[i] == 0)
        return NULL;
    return a->values[i][a->n_values[i] - 1];
}

size_t cli_opt_values(const cli_args *a, const char *name, const char *const **out)
{
    int i = opt_index(a, name);
    if (i < 0 || a->n_values[i] == 0) {
        *out = NULL;
        return 0;
    }
    *out = a->values[i];
    return a->n_values[i];
}

bool cli_opt_flag(const cli_args *a, const char *name)
{
    int i = opt_index(a, name);
    return i >= 0 && a->n_values[i] > 0;
}
