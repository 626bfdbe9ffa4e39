/*
 * The `fener` command line: the subcommand table, option parsing, and the one
 * table that maps fnr_status to exit codes. Subcommands live in cmd_*.c and
 * use the public API (include/fener/) and src/base/ helpers only.
 */
#ifndef FNR_CLI_H
#define FNR_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "fener/status.h"

#define CLI_MAX_OPTS 24

typedef struct cli_opt {
    const char *name;    /* long name without "--" */
    char short_name;     /* or 0 */
    const char *metavar; /* NULL for a flag, else the value's name ("PATH") */
    const char *help;
    bool repeatable;
} cli_opt;

typedef struct cli_args {
    const cli_opt *opts;
    size_t n_opts;
    size_t n_values[CLI_MAX_OPTS];     /* how often each option was given */
    const char **values[CLI_MAX_OPTS]; /* owned arrays of borrowed argv strings */
    const char **pos;                  /* positional arguments, owned array */
    size_t n_pos;
} cli_args;

typedef struct cli_command {
    const char *name;
    const char *summary;     /* one line for `fener --help` */
    const char *usage;       /* "fener extract [OPTIONS] FILE|- ..." */
    const char *description; /* paragraph for `fener help CMD`, or NULL */
    const cli_opt *opts;     /* terminated by a {0} entry */
    int (*run)(const struct cli_command *cmd, cli_args *args);
} cli_command;

/* Exit codes (sysexits-style). */
enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_FAIL = 1,      /* something was not found / some inputs failed */
    CLI_EXIT_USAGE = 2,     /* wrong command, flag or argument */
    CLI_EXIT_DATAERR = 65,  /* bad input data */
    CLI_EXIT_NOINPUT = 66,  /* cannot open input */
    CLI_EXIT_SOFTWARE = 70, /* internal error */
    CLI_EXIT_OSERR = 71,    /* out of memory */
    CLI_EXIT_IOERR = 74,    /* I/O error */
};

/* The exit code for a status (one table). */
int cli_exit_code(fnr_status s);

/*
 * Parses argv (argv[0] is the command name) against cmd->opts into out.
 * On a wrong flag or a missing value prints what was wrong and the usage to
 * stderr and returns false. "--help"/"-h" prints the command's help and sets
 * *out_help.
 */
bool cli_args_parse(const cli_command *cmd, int argc, char **argv, cli_args *out, bool *out_help);
void cli_args_destroy(cli_args *a);

/* The last value of option `name`, or NULL. */
const char *cli_opt_value(const cli_args *a, const char *name);
/* All values of a repeatable option. */
size_t cli_opt_values(const cli_args *a, const char *name, const char *const **out);
bool cli_opt_flag(const cli_args *a, const char *name);

/* Prints "fener: <message>" plus detail and hint lines from err to stderr and
 * returns the exit code for err->code. */
int cli_report(const fnr_error *err);

/* Prints a printf-style "fener: ..." line to stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void cli_command_help(const cli_command *cmd, FILE *out);
void cli_usage_line(const cli_command *cmd, FILE *out);

/* Subcommands. */
int cli_cmd_extract(const cli_command *cmd, cli_args *args);
int cli_cmd_demo(const cli_command *cmd, cli_args *args);

#endif
