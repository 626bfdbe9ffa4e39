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

#include "base/buf.h"
#include "base/json.h"
#include "fener/kb.h"
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
    CLI_EXIT_NOPERM = 77,   /* the viewer may not do this */
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

/*
 * Runs one fener command line (argv[0] is "fener", argv[1] the command):
 * dispatch through the command table, as main() does. The demo uses it to
 * run real commands.
 */
int cli_run(int argc, char **argv);

/* ---- helpers shared by the knowledge-base commands (cli_util.c) ---------- */

/* A readable table: aligned columns whose widths come from the data
 * (counted in code points), two spaces between columns, no trailing spaces.
 * Errors (out of memory) are sticky and reported by cli_table_print. */
#define CLI_TABLE_MAX_COLS 10

typedef struct cli_table {
    size_t n_cols;
    const char *headers[CLI_TABLE_MAX_COLS]; /* borrowed; NULL row of headers = none */
    bool right[CLI_TABLE_MAX_COLS];          /* right-align (numbers) */
    size_t max_width[CLI_TABLE_MAX_COLS];    /* cut longer cells with an ellipsis; 0 = no cap */
    char **cells;                            /* n_rows * n_cols, owned */
    size_t n_cells, cap_cells;
    bool failed; /* an allocation failed */
} cli_table;

/* headers: n_cols strings, or NULL for a table without a header line. */
void cli_table_init(cli_table *t, size_t n_cols, const char *const *headers);
void cli_table_destroy(cli_table *t);
/* Appends the next cell (rows fill left to right); NULL is printed as "-".
 * White space runs (newlines included) become one space. */
void cli_table_cell(cli_table *t, const char *s);
void cli_table_cellf(cli_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
size_t cli_table_rows(const cli_table *t);
/* Prints with `indent` spaces before each line; CLI_EXIT_OSERR if out of memory. */
int cli_table_print(const cli_table *t, FILE *out, int indent);

/* Code points in UTF-8 s[0..len). */
size_t cli_utf8_width(const char *s, size_t len);

/* 1234567 -> "1,234,567" into buf. Returns buf. */
const char *cli_thousands(long long v, char *buf, size_t buf_len);

/* Reads --db (else $FENER_DB, else ./fener.db). */
const char *cli_db_path(const cli_args *args);

/* Opens the store for a query (or for writing when `write`); on failure
 * reports the error and returns its exit code, else 0. Queries open the
 * store writable too: every read goes to the audit log. */
int cli_kb_open(const cli_args *args, bool write, fnr_kb **out);

/* The viewer --as names (NULL without --as: the owner). On failure reports
 * the error and returns its exit code, else 0. Free with fnr_viewer_free. */
int cli_viewer(const cli_args *args, fnr_kb *kb, fnr_viewer **out);

/* cli_kb_open for a query, then cli_viewer; close both with cli_kb_close. */
int cli_kb_open_as(const cli_args *args, fnr_kb **kb, fnr_viewer **viewer);
void cli_kb_close(fnr_kb *kb, fnr_viewer *viewer);

/* Fills m from --classification, --compartment, --rel-to (comma-separated,
 * repeatable) and --tlp. Strings point into args and into `store` (freed
 * with cli_markings_destroy). false (with a message) when out of memory. */
typedef struct cli_markings_store {
    char **items;
    size_t n;
} cli_markings_store;

bool cli_markings(const cli_args *args, fnr_markings *m, cli_markings_store *store);
void cli_markings_destroy(cli_markings_store *store);

/* true when the command was given no positional argument; else says which
 * argument was unexpected, prints the usage line to stderr and returns false. */
bool cli_no_positional(const cli_command *cmd, const cli_args *args);

/* Joins the positional arguments from `from` with spaces (a name given
 * without quotes); caller frees with fnr_free. NULL when there are none. */
char *cli_join_pos(const cli_args *args, size_t from);

/* Parsers for option values; on a bad value print what was expected and
 * return false (the caller exits with CLI_EXIT_USAGE). */
bool cli_parse_size(const char *opt, const char *v, size_t *out);
bool cli_parse_event_type(const char *v, int *out);
bool cli_parse_date_prefix(const char *opt, const char *v);

/* Fills a filter from --type, --actor, --target, --place, --entity, --since,
 * --until (and --limit when the command has it). false on a bad value. */
bool cli_event_filter(const cli_args *args, fnr_event_filter *out);

/* One JSON document for stdout: cli_json_begin sets up the buffer and a
 * compact writer and returns the writer; cli_json_end prints what was
 * written (one object) with a newline, or reports the writer's error, frees
 * the buffer and returns the exit code. */
typedef struct cli_json_out {
    fnr_buf buf;
    fnr_json json;
} cli_json_out;

fnr_json *cli_json_begin(cli_json_out *o);
int cli_json_end(cli_json_out *o);

/* The short form of an entity type for marks and tables ("per", "org", "loc"). */
const char *cli_type_abbrev(int type);

/* The events table shared by `events`, `entity` and `doc`. */
int cli_events_table(const fnr_event_row *rows, size_t n, FILE *out, int indent);

/* JSON writers for the rows of kb.h (field names as in kb.h). */
void cli_json_entity_ref(fnr_json *j, const fnr_entity_ref *r);
void cli_json_doc_row(fnr_json *j, const fnr_doc_row *d);
void cli_json_event_row(fnr_json *j, const fnr_event_row *v);

/* Subcommands. */
int cli_cmd_extract(const cli_command *cmd, cli_args *args);
int cli_cmd_demo(const cli_command *cmd, cli_args *args);
int cli_cmd_init(const cli_command *cmd, cli_args *args);
int cli_cmd_check(const cli_command *cmd, cli_args *args);
int cli_cmd_ingest(const cli_command *cmd, cli_args *args);
int cli_cmd_search(const cli_command *cmd, cli_args *args);
int cli_cmd_entity(const cli_command *cmd, cli_args *args);
int cli_cmd_events(const cli_command *cmd, cli_args *args);
int cli_cmd_stats(const cli_command *cmd, cli_args *args);
int cli_cmd_timeline(const cli_command *cmd, cli_args *args);
int cli_cmd_doc(const cli_command *cmd, cli_args *args);
int cli_cmd_note(const cli_command *cmd, cli_args *args);
int cli_cmd_link(const cli_command *cmd, cli_args *args);
int cli_cmd_mark(const cli_command *cmd, cli_args *args);
int cli_cmd_markings(const cli_command *cmd, cli_args *args);
int cli_cmd_user(const cli_command *cmd, cli_args *args);
int cli_cmd_token(const cli_command *cmd, cli_args *args);
int cli_cmd_audit(const cli_command *cmd, cli_args *args);
int cli_cmd_graph(const cli_command *cmd, cli_args *args);

#endif
