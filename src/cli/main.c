/*
 * fener's entry point: the subcommand table (git style) that drives dispatch,
 * `fener --help`, `fener help CMD` and `fener --version`.
 *
 * Every subcommand is one row {name, summary, usage, options, handler}; the
 * help texts come from the same rows so they cannot drift from what runs.
 */
#define _POSIX_C_SOURCE 200809L

#include <signal.h>
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

#define DB_OPT                                                                    \
    {                                                                             \
        "db", 0, "PATH", "the store (default: $FENER_DB, else ./fener.db)", false \
    }
#define JSON_OPT                                                              \
    {                                                                         \
        "json", 0, NULL, "print one JSON object (field names of kb.h)", false \
    }

/* Said in the help of every query: who the CLI reads as. */
#define OWNER_NOTE                                                                          \
    "Without --as the local CLI acts as the store's owner with full view: it sees every\n"  \
    "document and fact. With --as USER it sees only what that account may (clearance,\n"    \
    "compartments, partner); facts from other reports do not exist for it. Every read is\n" \
    "written to the audit log."

#define AS_OPT                                                                                \
    {                                                                                         \
        "as", 0, "USER", "act as this account (default: the store's owner, full view)", false \
    }

/* The markings of what is written (default: the store's defaults). */
#define MARK_OPTS                                                                                  \
    { "classification", 0, "LEVEL", "classification (e.g. SECRET; default: the store's)", false }, \
        { "compartment", 0, "X", "a compartment a reader must hold (repeatable)", true },          \
        { "rel-to", 0, "CODES", "releasable to these partners (e.g. FRA,NLD; repeatable)", true }, \
    {                                                                                              \
        "tlp", 0, "clear|green|amber|amber+strict|red", "TLP label for sharing outward", false     \
    }

#define FILTER_OPTS                                                                             \
    { "type", 0, "TYPE", "events of this type (arrest, kill, attack, plot, ...)", false },      \
        { "actor", 0, "X", "events with this actor (name, alias or id)", false },               \
        { "target", 0, "X", "events with this target", false },                                 \
        { "place", 0, "P", "events at this place", false },                                     \
        { "entity", 0, "X", "events naming X as actor, target or place", false },               \
        { "since", 0, "DATE", "events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)", false }, \
    {                                                                                           \
        "until", 0, "DATE", "events on or before DATE", false                                   \
    }

static const cli_opt demo_opts[] = {
    { "examples", 0, "DIR", "the example reports (default: examples/ beside the binary's tree)",
      false },
    { "db", 0, "PATH",
      "the demo store (default: build/demo.db in the source tree, else a "
      "temporary file)",
      false },
    { 0 },
};

static const cli_opt init_opts[] = { DB_OPT, { 0 } };

static const cli_opt check_opts[] = { DB_OPT, { 0 } };

static const cli_opt ingest_opts[] = {
    DB_OPT,
    { "include", 0, "GLOB", "files to take from directories (default: every file)", true },
    { "source", 0, "NAME", "who published or reported it", false },
    { "url", 0, "URL", "where it was published", false },
    { "date", 0, "YYYY-MM-DD", "the document date (default: from the text)", false },
    { "title", 0, "T", "the title (default: from the text)", false },
    { "reliability", 0, "A-F", "Admiralty grade of the source", false },
    { "credibility", 0, "1-6", "Admiralty grade of the report", false },
    { "batch", 0, "N", "documents per transaction (default 1000)", false },
    { "threads", 0, "N", "extraction threads (default: one per core)", false },
    { "bulk", 0, "auto|on|off",
      "defer the query indexes to the end (default auto: for 2,000 documents and a quarter of "
      "the store)",
      false },
    { "format", 'f', "text|html|auto", "input format (default: detected)", false },
    { "lenient", 0, NULL, "replace invalid UTF-8 bytes instead of refusing the document", false },
    { "max-bytes", 0, "N", "refuse documents larger than N bytes (default 16777216)", false },
    { "dict", 0, "FILE", "add a dictionary (TSV or PETRARCH2 format)", true },
    MARK_OPTS,
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt search_opts[] = {
    DB_OPT,
    { "type", 0, "person|organization|location|document", "search only these", false },
    { "limit", 0, "N", "at most N entities and N documents (default 20)", false },
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt entity_opts[] = {
    DB_OPT,
    { "all", 0, NULL, "conflicts: also the decided ones", false },
    { "note", 0, "T", "merge/split: why (kept in the audit trail)", false },
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt events_opts[] = {
    DB_OPT, FILTER_OPTS, { "limit", 0, "N", "at most N events (default 100)", false },
    AS_OPT, JSON_OPT,    { 0 },
};

static const cli_opt stats_opts[] = {
    DB_OPT,
    { "by", 0, "year|month|type|actor|place", "what to count by (default: type)", false },
    FILTER_OPTS,
    { "limit", 0, "N", "show at most N rows (the total counts all)", false },
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt timeline_opts[] = {
    DB_OPT,
    { "since", 0, "DATE", "rows on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)", false },
    { "until", 0, "DATE", "rows on or before DATE", false },
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt doc_opts[] = { DB_OPT, AS_OPT, JSON_OPT, { 0 } };

static const cli_opt note_opts[] = {
    DB_OPT, { "title", 0, "T", "the note's title", false }, MARK_OPTS, AS_OPT, JSON_OPT, { 0 },
};

static const cli_opt link_opts[] = {
    DB_OPT,
    { "type", 0, "member_of|leader_of|located_in", "the relation (default: member_of)", false },
    { "role", 0, "R", "the role (e.g. \"financial official\")", false },
    { "evidence", 0, "DOC", "the document that supports it (its markings carry over)", false },
    { "note", 0, "T", "the analyst's words", false },
    MARK_OPTS,
    AS_OPT,
    JSON_OPT,
    { 0 },
};

static const cli_opt mark_opts[] = { DB_OPT, MARK_OPTS, { 0 } };

static const cli_opt markings_opts[] = { DB_OPT, MARK_OPTS, JSON_OPT, { 0 } };

/* Accounts and the audit log (cmd_user.c, cmd_audit.c). */
static const cli_opt user_opts[] = {
    DB_OPT,
    { "clearance", 0, "LEVEL", "add: the highest level the account may read", false },
    { "compartment", 0, "X", "add: a compartment the account holds", true },
    { "partner", 0, "CODE", "add: the partner service it belongs to (e.g. FRA)", false },
    { "password-stdin", 0, NULL, "add: read a password from the first line of stdin", false },
    { "json", 0, NULL, "list: print one JSON object", false },
    { 0 },
};

static const cli_opt token_opts[] = {
    DB_OPT,
    { "label", 0, "L", "what the token is for (kept with its hash)", false },
    JSON_OPT,
    { 0 },
};

static const cli_opt audit_opts[] = {
    DB_OPT,
    { "since", 0, "DATE", "records on or after DATE (YYYY-MM-DD or a UTC timestamp)", false },
    { "user", 0, "NAME", "records of this account (\"owner\" for the local CLI)", false },
    { "action", 0, "A", "records of this action (read, ingest, account, marking, ...)", false },
    { "limit", 0, "N", "the last N matching records", false },
    { "head", 0, "SEQ:HASH", "verify: a head kept earlier that the log must still contain", false },
    JSON_OPT,
    { 0 },
};

/* Link analysis (cmd_graph.c). */
static const cli_opt graph_opts[] = {
    DB_OPT,
    { "kinds", 0, "relation,event,cooccur", "links from these kinds of evidence (default: all)",
      false },
    { "since", 0, "DATE", "evidence on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)", false },
    { "until", 0, "DATE", "evidence on or before DATE", false },
    { "types", 0, "person,organization,location", "entities of these types only", false },
    { "min-weight", 0, "W", "leave out links lighter than W", false },
    { "depth", 0, "K", "neighbors: hops from the entity, 1 to 6 (default 1)", false },
    { "limit", 0, "N", "neighbors: rows (default 20); cells, components: members shown", false },
    { "k", 0, "N", "path: the N shortest paths, 1 to 20 (default 1)", false },
    { "evidence", 0, "N", "path: sentences shown per hop (default 2)", false },
    { "measure", 0, "degree|betweenness|pagerank|eigenvector",
      "central: the measure (default degree)", false },
    { "top", 0, "N", "central, brokers: rows; cells, components: groups (default 20)", false },
    { "method", 0, "leiden|louvain", "cells: the algorithm (default leiden)", false },
    { "min-size", 0, "N", "cells (default 3), components (default 2): smallest group", false },
    { "resolution", 0, "R", "cells: above 1 smaller cells, below 1 larger (default 1)", false },
    { "seed", 0, "N", "seed of randomised algorithms (default 1): same seed, same answer", false },
    { "format", 0, "graphml|gexf|dot|json", "export: the format (default graphml)", false },
    { "out", 'o', "FILE", "export: write to FILE (default: standard output)", false },
    AS_OPT,
    JSON_OPT,
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
    { "init", "create a knowledge-base store", "fener init [--db PATH]",
      "Creates an empty store (one SQLite file in WAL mode) at --db, $FENER_DB or ./fener.db.\n"
      "Exit status: 0 created, 1 a store is already there (left untouched), 65 the file\n"
      "exists and is not a fener store.",
      init_opts, cli_cmd_init },
    { "ingest", "store reports in the knowledge base (extract, resolve across reports)",
      "fener ingest [OPTIONS] PATH|- ...",
      "Reads files, directories (recursively; --include filters them) and standard input\n"
      "(\"-\"): plain text, HTML, or JSON lines of {\"text\", \"title\", \"date\", \"source\", "
      "\"url\"}.\n"
      "Each report is extracted, its entities joined to those already known, and stored in\n"
      "batches of one transaction each; a report already stored (same bytes) is skipped as a\n"
      "duplicate. Creates the store if it is missing. A large input (--bulk) drops the\n"
      "indexes only queries read and sorts them into place at the end (1.4x faster over\n"
      "100,000 reports); meanwhile queries still answer, more slowly.\n"
      "Exit status: 0 all stored, 65 some documents failed (the others are stored), 66 an\n"
      "input could not be opened, 74 the store could not be written (disk full, I/O).",
      ingest_opts, cli_cmd_ingest },
    { "search", "find entities (by name or alias) and documents (full text)",
      "fener search [OPTIONS] TEXT",
      "Names and aliases match folded for case and Turkish letters (\"MIT\" finds \"MİT\",\n"
      "\"Turkiye\" finds \"Türkiye\"); documents match by full-text search.\n" OWNER_NOTE,
      search_opts, cli_cmd_search },
    { "entity", "an entity's profile; merge and split decisions",
      "fener entity [OPTIONS] NAME|ID\n"
      "       fener entity conflicts [--all]\n"
      "       fener entity merge A B [--note T]\n"
      "       fener entity split A B [--note T]",
      "The profile: names and aliases with the reports asserting each, relations, events,\n"
      "who appears with it, and its documents. \"conflicts\" lists aliases that would join two\n"
      "entities (flagged, never merged silently); \"merge\" moves B into A, \"split\" undoes it.\n"
      "Exit status: 1 when no entity matches (with the closest names).\n" OWNER_NOTE,
      entity_opts, cli_cmd_entity },
    { "events", "list events: who did what to whom, where and when", "fener events [OPTIONS]",
      "Newest first; undated events last.\n" OWNER_NOTE, events_opts, cli_cmd_events },
    { "stats", "count events and persons by year, month, type, actor or place",
      "fener stats [--by year|month|type|actor|place] [FILTERS]",
      "Events, persons (the sum of the counts the reports state: \"426 captured in 122\n"
      "operations\") and documents per row, and a total line.\n" OWNER_NOTE,
      stats_opts, cli_cmd_stats },
    { "timeline", "an entity's events and mentions in date order", "fener timeline [OPTIONS] NAME",
      "Oldest first; undated last (left out when --since or --until is given).\n" OWNER_NOTE,
      timeline_opts, cli_cmd_timeline },
    { "doc", "a stored document with its mentions marked, and its events", "fener doc [OPTIONS] ID",
      "Prints the text with each mention marked [surface|type] (per, org, loc), then its\n"
      "events.\n" OWNER_NOTE,
      doc_opts, cli_cmd_doc },
    { "note", "write an analyst's note (read like a report, with the markings given)",
      "fener note [OPTIONS] TEXT",
      "Stores TEXT as a document by you (source \"analyst:NAME\"), marked as given (default:\n"
      "the store's default markings), and extracts its facts like any report's.",
      note_opts, cli_cmd_note },
    { "link", "record an analyst's relation between two entities", "fener link [OPTIONS] A B",
      "Records \"A member_of B\" (or --type) with you as its source. With --evidence DOC the\n"
      "link carries that document's markings as well as the ones given (highest level, all\n"
      "compartments, only the partners both allow), so nobody who may not see the evidence\n"
      "sees the link. Both entities must be visible to you.",
      link_opts, cli_cmd_link },
    { "mark", "change the markings of a stored document", "fener mark [OPTIONS] DOC",
      "Sets the given markings on document DOC (fields not given keep their value); all the\n"
      "document's facts follow. The owner's only; audited with the old and new banners.",
      mark_opts, cli_cmd_mark },
    { "markings", "the store's classification levels and default markings",
      "fener markings [--json]\n"
      "       fener markings levels NAME,NAME,...\n"
      "       fener markings defaults [MARKING OPTIONS]",
      "Without arguments: the levels (lowest first) and the defaults given to documents\n"
      "ingested without marking options. \"levels\" replaces the level names (the owner's only;\n"
      "refused when stored documents use a level the new list lacks); \"defaults\" sets the\n"
      "default markings.",
      markings_opts, cli_cmd_markings },
    { "check", "check a store's integrity", "fener check [--db PATH]",
      "Runs the store's consistency checks. Exit status: 0 clean, 65 a problem (printed).",
      check_opts, cli_cmd_check },
    { "user", "accounts: add, list, disable, enable",
      "fener user add NAME --clearance LEVEL [--compartment X]... [--partner CODE]\n"
      "                     [--password-stdin]\n"
      "       fener user list [--json]\n"
      "       fener user disable NAME\n"
      "       fener user enable NAME",
      "Accounts are the viewers that every query can act as (--as NAME): a clearance (one of\n"
      "the store's levels), compartments, and a partner code for a partner service's account\n"
      "(a home account has none). Only the store's owner changes accounts; the local CLI acts\n"
      "as the owner. Every change is recorded in the audit log. A disabled account cannot be\n"
      "used by name, token or password until it is enabled again.\n"
      "Exit status: 0 done, 1 the name is taken or unknown, 2 a bad level or code.",
      user_opts, cli_cmd_user },
    { "token", "create an API token for an account", "fener token create NAME [--label L]",
      "Prints a new random token once on standard output; the store keeps only its hash, so\n"
      "it cannot be shown again. Recorded in the audit log (without the token).",
      token_opts, cli_cmd_token },
    { "audit", "the audit log: list it, verify its hash chain, print its head",
      "fener audit [--since DATE] [--user NAME] [--action A] [--limit N] [--json]\n"
      "       fener audit verify [--head SEQ:HASH] [--json]\n"
      "       fener audit head [--json]",
      "Every ingest, read, export, share, marking change and account change is one record,\n"
      "chained to the previous one by a BLAKE2b hash. Listing (oldest first) is the owner's\n"
      "and is itself recorded. \"verify\" recomputes the chain and names the first edited,\n"
      "removed or reordered record; \"head\" prints the last record's SEQ:HASH: keep it\n"
      "outside the store and give it to verify --head later.\n"
      "Exit status: 0 intact, 65 the log was tampered with (the first bad record is printed).",
      audit_opts, cli_cmd_audit },
    { "graph", "link analysis: neighbours, paths with evidence, key figures, cells, brokers",
      "fener graph neighbors NAME [--depth K] [--limit N]\n"
      "       fener graph path A B [--k N] [--evidence N]\n"
      "       fener graph central [--measure degree|betweenness|pagerank|eigenvector] [--top N]\n"
      "       fener graph cells [--method leiden|louvain] [--min-size N] [--resolution R]\n"
      "       fener graph components [--min-size N]\n"
      "       fener graph brokers [--top N]\n"
      "       fener graph export [--format graphml|gexf|dot|json] [--out FILE]",
      "Entities are nodes; a link joins two entities that a stated relation, an event or a\n"
      "sentence ties, weighted by its evidence (relation 1, event 1 x confidence, same\n"
      "sentence 0.5, each x the source's grading). Filters apply to every form. \"path\"\n"
      "prints the sentences behind each hop; \"central\" ranks key figures (betweenness is\n"
      "sampled above 5,000 entities, and says so); \"cells\" finds communities with their\n"
      "members' roles; \"brokers\" lists entities whose removal splits a network.\n"
      "Randomised algorithms are seeded (--seed): the same store gives the same answer.\n"
      "Exit status: 1 when an entity is not in the graph or no path joins the two.\n" OWNER_NOTE,
      graph_opts, cli_cmd_graph },
    { "demo", "ingest the bundled example reports into a demo store and tour it",
      "fener demo [--examples DIR] [--db PATH]", NULL, demo_opts, cli_cmd_demo },
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

int cli_run(int argc, char **argv)
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

int main(int argc, char **argv)
{
    /* Past a file-size limit, write() then fails with EFBIG and the store
     * reports a clean "disk full" error instead of the process being killed. */
    signal(SIGXFSZ, SIG_IGN);
    return cli_run(argc, argv);
}
