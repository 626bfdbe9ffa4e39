/*
 * Markings and the analyst's own facts:
 *
 *     fener note TEXT [--title T] [markings]        an analyst's note
 *     fener link A B [--type T] [--evidence DOC]     an analyst's relation
 *     fener mark DOC [markings]                      re-mark a document
 *     fener markings [levels L,L,... | defaults [markings]]
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

static bool parse_doc_id(const char *opt, const char *v, int64_t *out)
{
    size_t n = 0;
    if (!cli_parse_size(opt, v, &n) || n == 0 || n > (size_t)INT64_MAX) {
        if (n == 0)
            cli_errorf("invalid document id \"%s\" for %s", v, opt);
        return false;
    }
    *out = (int64_t)n;
    return true;
}

static int print_doc_json(const char *key, int64_t doc)
{
    cli_json_out o;
    fnr_json *j = cli_json_begin(&o);
    fnr_json_object_begin(j);
    fnr_json_key(j, key);
    fnr_json_int(j, doc);
    fnr_json_object_end(j);
    return cli_json_end(&o);
}

int cli_cmd_note(const cli_command *cmd, cli_args *args)
{
    char *text = cli_join_pos(args, 0);
    if (!text || !*text) {
        fnr_free(text);
        cli_errorf("no note text given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_markings m;
    cli_markings_store ms;
    if (!cli_markings(args, &m, &ms)) {
        fnr_free(text);
        return CLI_EXIT_OSERR;
    }
    fnr_kb *kb = NULL;
    fnr_viewer *who = NULL;
    int rc = cli_kb_open_as(args, &kb, &who);
    if (rc == CLI_EXIT_OK) {
        fnr_error err;
        int64_t doc = 0;
        if (fnr_kb_note(kb, who, text, cli_opt_value(args, "title"), &m, &doc, &err) != FNR_OK)
            rc = cli_report(&err);
        else if (cli_opt_flag(args, "json"))
            rc = print_doc_json("doc_id", doc);
        else
            printf("stored note as document %lld\n", (long long)doc);
        cli_kb_close(kb, who);
    }
    cli_markings_destroy(&ms);
    fnr_free(text);
    return rc;
}

static bool parse_link_type(const char *v, fnr_relation_type *out)
{
    static const fnr_relation_type types[] = { FNR_REL_MEMBER_OF, FNR_REL_LEADER_OF,
                                               FNR_REL_LOCATED_IN };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(v, fnr_relation_type_name(types[i])) == 0) {
            *out = types[i];
            return true;
        }
    cli_errorf("invalid value \"%s\" for --type: expected member_of, leader_of or located_in", v);
    return false;
}

int cli_cmd_link(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos != 2) {
        cli_errorf("\"link\" needs two entities, A and B (quote names with spaces)");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_relation_type type = FNR_REL_MEMBER_OF;
    const char *v = cli_opt_value(args, "type");
    if (v && !parse_link_type(v, &type))
        return CLI_EXIT_USAGE;
    int64_t evidence = 0;
    v = cli_opt_value(args, "evidence");
    if (v && !parse_doc_id("--evidence", v, &evidence))
        return CLI_EXIT_USAGE;
    fnr_markings m;
    cli_markings_store ms;
    if (!cli_markings(args, &m, &ms))
        return CLI_EXIT_OSERR;
    fnr_kb *kb = NULL;
    fnr_viewer *who = NULL;
    int rc = cli_kb_open_as(args, &kb, &who);
    if (rc == CLI_EXIT_OK) {
        fnr_error err;
        int64_t doc = 0;
        if (fnr_kb_link(kb, who, args->pos[0], args->pos[1], type, cli_opt_value(args, "role"),
                        evidence, cli_opt_value(args, "note"), &m, &doc, &err) != FNR_OK)
            rc = cli_report(&err);
        else if (cli_opt_flag(args, "json"))
            rc = print_doc_json("doc_id", doc);
        else
            printf("linked %s %s %s (stated in document %lld)\n", args->pos[0],
                   fnr_relation_type_name(type), args->pos[1], (long long)doc);
        cli_kb_close(kb, who);
    }
    cli_markings_destroy(&ms);
    return rc;
}

int cli_cmd_mark(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos != 1) {
        cli_errorf(args->n_pos ? "one document id at a time" : "no document id given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    int64_t doc = 0;
    if (!parse_doc_id("mark", args->pos[0], &doc))
        return CLI_EXIT_USAGE;
    fnr_markings m;
    cli_markings_store ms;
    if (!cli_markings(args, &m, &ms))
        return CLI_EXIT_OSERR;
    if (!m.classification && !m.n_compartments && !m.n_rel_to && !m.tlp) {
        cli_markings_destroy(&ms);
        cli_errorf("no marking given (--classification, --compartment, --rel-to or --tlp)");
        return CLI_EXIT_USAGE;
    }
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, true, &kb);
    if (rc == CLI_EXIT_OK) {
        fnr_error err;
        fnr_doc_view *dv = NULL;
        if (fnr_kb_mark(kb, NULL, doc, &m, &err) != FNR_OK)
            rc = cli_report(&err);
        else if (fnr_kb_doc(kb, NULL, doc, &dv, &err) != FNR_OK)
            rc = cli_report(&err);
        else
            printf("document %lld is now %s\n", (long long)doc,
                   dv->doc.marking ? dv->doc.marking : "?");
        fnr_doc_view_free(dv);
        fnr_kb_close(kb);
    }
    cli_markings_destroy(&ms);
    return rc;
}

static int show_markings(cli_args *args, fnr_kb *kb)
{
    fnr_error err;
    const char *const *levels = NULL;
    size_t n = 0;
    char defaults[512];
    if (fnr_kb_levels(kb, &levels, &n, &err) != FNR_OK ||
        fnr_kb_default_markings(kb, defaults, sizeof defaults, &err) != FNR_OK)
        return cli_report(&err);
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "levels");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < n; i++)
            fnr_json_cstr(j, levels[i]);
        fnr_json_array_end(j);
        fnr_json_key(j, "defaults");
        fnr_json_cstr(j, defaults);
        fnr_json_object_end(j);
        return cli_json_end(&o);
    }
    printf("levels (lowest first):");
    for (size_t i = 0; i < n; i++)
        printf("%s %s", i ? " <" : "", levels[i]);
    printf("\ndefault markings: %s\n", defaults);
    return CLI_EXIT_OK;
}

int cli_cmd_markings(const cli_command *cmd, cli_args *args)
{
    const char *form = args->n_pos ? args->pos[0] : NULL;
    bool levels = form && strcmp(form, "levels") == 0;
    bool defaults = form && strcmp(form, "defaults") == 0;
    if (form && !levels && !defaults) {
        cli_errorf("unknown form \"%s\" of \"markings\" (levels or defaults)", form);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if ((levels && args->n_pos != 2) || (defaults && args->n_pos != 1)) {
        cli_errorf(levels ? "\"markings levels\" needs one comma-separated list of names"
                          : "\"markings defaults\" takes marking options only");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_markings m;
    cli_markings_store ms;
    if (!cli_markings(args, &m, &ms))
        return CLI_EXIT_OSERR;
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, true, &kb);
    if (rc != CLI_EXIT_OK) {
        cli_markings_destroy(&ms);
        return rc;
    }
    fnr_error err;
    if (levels) {
        /* Split the list; names may hold spaces ("TOP SECRET"). */
        char *list = fnr_strdup(args->pos[1]);
        const char *names[32];
        size_t n = 0;
        for (char *p = list; p && n < 32;) {
            char *comma = strchr(p, ',');
            if (comma)
                *comma = 0;
            while (*p == ' ')
                p++;
            size_t len = strlen(p);
            while (len && p[len - 1] == ' ')
                p[--len] = 0;
            names[n++] = p;
            p = comma ? comma + 1 : NULL;
        }
        if (!list)
            rc = CLI_EXIT_OSERR;
        else if (fnr_kb_set_levels(kb, NULL, names, n, &err) != FNR_OK)
            rc = cli_report(&err);
        else
            rc = show_markings(args, kb);
        fnr_free(list);
    } else if (defaults) {
        if (fnr_kb_set_default_markings(kb, NULL, &m, &err) != FNR_OK)
            rc = cli_report(&err);
        else
            rc = show_markings(args, kb);
    } else {
        rc = show_markings(args, kb);
    }
    fnr_kb_close(kb);
    cli_markings_destroy(&ms);
    return rc;
}
