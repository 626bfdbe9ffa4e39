/*
 * `fener search TEXT`: entities whose names or aliases match (folded for
 * case and Turkish letters), then documents by full-text search, as two
 * tables or one JSON object.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

static bool parse_scope(const char *v, fnr_search_scope *out)
{
    static const struct {
        const char *name;
        fnr_search_scope scope;
    } scopes[] = {
        { "person", FNR_SEARCH_PERSON },
        { "organization", FNR_SEARCH_ORGANIZATION },
        { "location", FNR_SEARCH_LOCATION },
        { "document", FNR_SEARCH_DOCUMENT },
    };

    for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++)
        if (strcmp(v, scopes[i].name) == 0) {
            *out = scopes[i].scope;
            return true;
        }
    cli_errorf("invalid value \"%s\" for --type: expected person, organization, location or "
               "document",
               v);
    return false;
}

static int print_json(const char *query, const fnr_search_result *r)
{
    cli_json_out o;
    fnr_json *j = cli_json_begin(&o);
    fnr_json_object_begin(j);
    fnr_json_key(j, "query");
    fnr_json_cstr(j, query);
    fnr_json_key(j, "entities");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < r->n_entities; i++) {
        const fnr_entity_hit *e = &r->entities[i];
        fnr_json_object_begin(j);
        fnr_json_key(j, "id");
        fnr_json_int(j, e->id);
        fnr_json_key(j, "type");
        fnr_json_cstr(j, fnr_entity_type_name(e->type));
        fnr_json_key(j, "name");
        fnr_json_cstr(j, e->name);
        fnr_json_key(j, "kind");
        fnr_json_cstr(j, e->kind);
        fnr_json_key(j, "country");
        fnr_json_cstr(j, e->country && e->country[0] ? e->country : NULL);
        fnr_json_key(j, "matched");
        fnr_json_cstr(j, e->matched);
        fnr_json_key(j, "mentions");
        fnr_json_int(j, e->mentions);
        fnr_json_key(j, "documents");
        fnr_json_int(j, e->documents);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);
    fnr_json_key(j, "docs");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < r->n_docs; i++) {
        const fnr_doc_hit *d = &r->docs[i];
        fnr_json_object_begin(j);
        fnr_json_key(j, "doc");
        cli_json_doc_row(j, &d->doc);
        fnr_json_key(j, "snippet");
        fnr_json_cstr(j, d->snippet);
        fnr_json_key(j, "rank");
        fnr_json_double(j, d->rank, 3);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);
    fnr_json_object_end(j);
    return cli_json_end(&o);
}

static int print_text(const char *query, const fnr_search_result *r)
{
    int rc = CLI_EXIT_OK;
    if (r->n_entities == 0 && r->n_docs == 0) {
        printf("nothing matches \"%s\"\n", query);
        return rc;
    }
    if (r->n_entities) {
        static const char *const headers[] = { "id",      "name",    "type",     "kind",
                                               "country", "matched", "mentions", "documents" };
        cli_table t;
        cli_table_init(&t, 8, headers);
        t.right[0] = t.right[6] = t.right[7] = true;
        for (size_t i = 0; i < r->n_entities; i++) {
            const fnr_entity_hit *e = &r->entities[i];
            cli_table_cellf(&t, "e%lld", (long long)e->id);
            cli_table_cell(&t, e->name);
            cli_table_cell(&t, fnr_entity_type_name(e->type));
            cli_table_cell(&t, e->kind);
            cli_table_cell(&t, e->country && e->country[0] ? e->country : NULL);
            cli_table_cell(&t, e->matched);
            cli_table_cellf(&t, "%ld", e->mentions);
            cli_table_cellf(&t, "%ld", e->documents);
        }
        printf("entities\n");
        rc = cli_table_print(&t, stdout, 2);
        cli_table_destroy(&t);
    }
    if (r->n_docs) {
        static const char *const headers[] = { "id", "date", "title", "snippet" };
        cli_table t;
        cli_table_init(&t, 4, headers);
        t.right[0] = true;
        t.max_width[2] = 50;
        t.max_width[3] = 100;
        for (size_t i = 0; i < r->n_docs; i++) {
            const fnr_doc_hit *d = &r->docs[i];
            cli_table_cellf(&t, "d%lld", (long long)d->doc.id);
            cli_table_cell(&t, d->doc.date);
            cli_table_cell(&t, d->doc.title);
            cli_table_cell(&t, d->snippet);
        }
        if (r->n_entities)
            printf("\n");
        printf("documents\n");
        int trc = cli_table_print(&t, stdout, 2);
        if (trc != CLI_EXIT_OK)
            rc = trc;
        cli_table_destroy(&t);
    }
    return rc;
}

int cli_cmd_search(const cli_command *cmd, cli_args *args)
{
    char *query = cli_join_pos(args, 0);
    if (!query || !query[0]) {
        fnr_free(query);
        cli_errorf("no search text given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_search_scope scope = FNR_SEARCH_ALL;
    size_t limit = 0;
    const char *v = cli_opt_value(args, "type");
    if ((v && !parse_scope(v, &scope)) ||
        ((v = cli_opt_value(args, "limit")) != NULL && !cli_parse_size("limit", v, &limit))) {
        fnr_free(query);
        return CLI_EXIT_USAGE;
    }
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK) {
        fnr_free(query);
        return rc;
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_search_result *r = NULL;
    /* Without --as the local CLI reads as the store's owner (viewer NULL). */
    if (fnr_kb_search(kb, viewer, query, scope, limit, &r, &err) != FNR_OK)
        rc = cli_report(&err);
    else if (cli_opt_flag(args, "json"))
        rc = print_json(query, r);
    else
        rc = print_text(query, r);
    fnr_search_result_free(r);
    cli_kb_close(kb, viewer);
    fnr_free(query);
    return rc;
}
