/*
 * fener's entry point: the subcommand table (git style) that drives dispatch,
 * `fener --help`, `fener help CMD` and `fener --version`.
 *
 * Every subcommand is one row {name, summary, usage, options, handler}; the
 * help texts come from the same rows so they cannot drift from what runs.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "fener/version.h"

static const cli_opt extract_opts[] = {
    { "json", 0, NULL, "print one JSON object per document (one per line)", false },
    { "pretty", 0, NULL, "indent the JSON (one document only)", false },
    { "format", 'f', "text|html|auto", "input format (default: detected from the content)", false },
    { "date", 'd', "YYYY-MM-DD", "the document date (default: from the text, else none)", false },
    { "dict", 0, "FILE", "add a dictionary (TSV or PETRARCH2 format)", true },
    { "lenient", 0, NULL, "replace invalid UTF-8 bytes instead of refusing the input", false },
    { "max-bytes", 0, "N", "refuse inputs larger than N bytes (default 16777216)", false },
    { 0 },
};

static const cli_opt demo_opts[] = {
    { "examples", 0, "DIR", "the example reports (default: examples/ beside the binary's tree)",
      false },
    { 0 },
};

static const cli_command commands[] = {
    { "extract", "extract entities, aliases, events and relations from reports",
      "fener extract [OPTIONS] FILE|- ...",
      "Reads each report (plain UTF-8 text or HTML; \"-\" is standard input) and prints what it\n"
      "found: entities by type with their aliases, then one line per event (date, type,\n"
      "actors -> targets, place, count). With --json, one JSON object per report and line.\n"
      "Exit status: 0 all went well, 65 bad input data, 66 an input could not be opened.",
      extract_opts, cli_cmd_extract },
    { "demo", "run the bundled example reports through fener and print what it found",
      "fener demo [--examples DIR]", NULL, demo_opts, cli_cmd_demo },
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

static const cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static void main_usage(FILE *out)
{
    fputs("usage: fener [--version] [--help] COMMAND [ARGS]\n\n"
          "fener turns intelligence and news reports into searchable, shareable knowledge.\n\n"
          "commands:\n",
          out);
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\nRun \"fener help COMMAND\" for a command's options.\n", out);
}

static int run_help(int argc, char **argv)
{
    if (argc < 3) {
        main_usage(stdout);
        return CLI_EXIT_OK;
    }
    const cli_command *cmd = find_command(argv[2]);
    if (!cmd) {
        cli_errorf("unknown command \"%s\"", argv[2]);
        main_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    cli_command_help(cmd, stdout);
    return CLI_EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        main_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0)
        return run_help(argc, argv);
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("fener %s\n", FENER_VERSION);
        return CLI_EXIT_OK;
    }
    if (name[0] == '-') {
        cli_errorf("unknown option \"%s\"", name);
        main_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    const cli_command *cmd = find_command(name);
    if (!cmd) {
        cli_errorf("unknown command \"%s\"", name);
        main_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    cli_args args;
    bool help = false;
    if (!cli_args_parse(cmd, argc - 1, argv + 1, &args, &help)) {
        cli_args_destroy(&args);
        return CLI_EXIT_USAGE;
    }
    int rc;
    if (help) {
        cli_command_help(cmd, stdout);
        rc = CLI_EXIT_OK;
    } else {
        rc = cmd->run(cmd, &args);
    }
    cli_args_destroy(&args);
    return rc;
}
