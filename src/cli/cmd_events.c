/*
 * `fener events`, `fener stats` and `fener timeline`: the event queries.
 *
 * events lists the events matching a filter (newest first), stats counts
 * them by year, month, type, actor or place with the persons the reports
 * state and a total line, and timeline lays out one entity's events and
 * mentions in date order. Each prints a table or, with --json, one object.
 */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

/* ---- events ------------------------------------------------------------------- */

int cli_cmd_events(const cli_command *cmd, cli_args *args)
{
    fnr_event_filter f;
    if (!cli_no_positional(cmd, args) || !cli_event_filter(args, &f))
        return CLI_EXIT_USAGE;
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK)
        return rc;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_event_list *l = NULL;
    if (fnr_kb_events(kb, viewer, &f, &l, &err) != FNR_OK) {
        rc = cli_report(&err);
    } else if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++)
            cli_json_event_row(j, &l->rows[i]);
        fnr_json_array_end(j);
        fnr_json_key(j, "total");
        fnr_json_int(j, (int64_t)l->total);
        fnr_json_key(j, "total_capped");
        fnr_json_bool(j, l->total_capped);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (l->n_rows == 0) {
        printf("no events match\n");
    } else {
        rc = cli_events_table(l->rows, l->n_rows, stdout, 0);
        char a[32], b[32];
        if (l->total > l->n_rows)
            printf("%s of %s%s events (--limit shows more)\n",
                   cli_thousands((long long)l->n_rows, a, sizeof a),
                   cli_thousands((long long)l->total, b, sizeof b), l->total_capped ? "+" : "");
        else
            printf("%s %s\n", cli_thousands((long long)l->total, a, sizeof a),
                   l->total == 1 ? "event" : "events");
    }
    fnr_event_list_free(l);
    cli_kb_close(kb, viewer);
    return rc;
}

/* ---- stats -------------------------------------------------------------------- */

static const struct {
    const char *name;
    fnr_stats_by by;
} stats_bys[] = {
    { "year", FNR_STATS_YEAR },   { "month", FNR_STATS_MONTH }, { "type", FNR_STATS_TYPE },
    { "actor", FNR_STATS_ACTOR }, { "place", FNR_STATS_PLACE },
};

int cli_cmd_stats(const cli_command *cmd, cli_args *args)
{
    const char *by_name = cli_opt_value(args, "by");
    if (!by_name)
        by_name = "type";
    fnr_stats_by by = 0;
    for (size_t i = 0; i < sizeof stats_bys / sizeof stats_bys[0]; i++)
        if (strcmp(by_name, stats_bys[i].name) == 0)
            by = stats_bys[i].by;
    if (!by) {
        cli_errorf("invalid value \"%s\" for --by: expected year, month, type, actor or place",
                   by_name);
        return CLI_EXIT_USAGE;
    }
    fnr_event_filter f;
    if (!cli_no_positional(cmd, args) || !cli_event_filter(args, &f))
        return CLI_EXIT_USAGE;
    /* --limit caps the rows shown, not the events counted. */
    size_t show = f.limit;
    f.limit = 0;
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK)
        return rc;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_stats *s = NULL;
    if (fnr_kb_stats(kb, viewer, by, &f, &s, &err) != FNR_OK) {
        rc = cli_report(&err);
        cli_kb_close(kb, viewer);
        return rc;
    }
    size_t n = show && show < s->n_rows ? show : s->n_rows;
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "by");
        fnr_json_cstr(j, by_name);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < n; i++) {
            const fnr_stats_row *r = &s->rows[i];
            fnr_json_object_begin(j);
            fnr_json_key(j, "key");
            fnr_json_cstr(j, r->key);
            fnr_json_key(j, "entity_id");
            if (r->entity_id)
                fnr_json_int(j, r->entity_id);
            else
                fnr_json_null(j);
            fnr_json_key(j, "events");
            fnr_json_int(j, r->events);
            fnr_json_key(j, "persons");
            fnr_json_int(j, r->persons);
            fnr_json_key(j, "documents");
            fnr_json_int(j, r->documents);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_key(j, "events");
        fnr_json_int(j, s->events);
        fnr_json_key(j, "persons");
        fnr_json_int(j, s->persons);
        fnr_json_key(j, "documents");
        fnr_json_int(j, s->documents);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (s->n_rows == 0) {
        printf("no events match\n");
    } else {
        const char *headers[] = { by_name, "events", "persons", "documents" };
        cli_table t;
        cli_table_init(&t, 4, headers);
        t.right[1] = t.right[2] = t.right[3] = true;
        t.max_width[0] = 60;
        char a[32];
        for (size_t i = 0; i < n; i++) {
            const fnr_stats_row *r = &s->rows[i];
            cli_table_cell(&t, r->key);
            cli_table_cell(&t, cli_thousands(r->events, a, sizeof a));
            cli_table_cell(&t, cli_thousands(r->persons, a, sizeof a));
            cli_table_cell(&t, cli_thousands(r->documents, a, sizeof a));
        }
        if (n < s->n_rows) {
            cli_table_cellf(&t, "(%zu more)", s->n_rows - n);
            for (int k = 0; k < 3; k++)
                cli_table_cell(&t, "");
        }
        cli_table_cell(&t, "total");
        cli_table_cell(&t, cli_thousands(s->events, a, sizeof a));
        cli_table_cell(&t, cli_thousands(s->persons, a, sizeof a));
        cli_table_cell(&t, cli_thousands(s->documents, a, sizeof a));
        rc = cli_table_print(&t, stdout, 0);
        cli_table_destroy(&t);
    }
    fnr_stats_free(s);
    cli_kb_close(kb, viewer);
    return rc;
}

/* ---- timeline ----------------------------------------------------------------- */

int cli_cmd_timeline(const cli_command *cmd, cli_args *args)
{
    char *name = cli_join_pos(args, 0);
    if (!name || !name[0]) {
        fnr_free(name);
        cli_errorf("no entity given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK) {
        fnr_free(name);
        return rc;
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_timeline *tl = NULL;
    const char *since = cli_opt_value(args, "since"), *until = cli_opt_value(args, "until");
    if ((since && !cli_parse_date_prefix("since", since)) ||
        (until && !cli_parse_date_prefix("until", until))) {
        rc = CLI_EXIT_USAGE;
    } else if (fnr_kb_timeline_between(kb, viewer, name, since, until, &tl, &err) != FNR_OK) {
        rc = cli_report(&err);
    } else if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "entity");
        cli_json_entity_ref(j, &tl->entity);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < tl->n_rows; i++) {
            const fnr_timeline_row *r = &tl->rows[i];
            fnr_json_object_begin(j);
            fnr_json_key(j, "date");
            fnr_json_cstr(j, r->date);
            fnr_json_key(j, "is_event");
            fnr_json_bool(j, r->is_event);
            fnr_json_key(j, "type");
            fnr_json_cstr(j, r->is_event ? fnr_event_type_name(r->type) : NULL);
            fnr_json_key(j, "text");
            fnr_json_cstr(j, r->text);
            fnr_json_key(j, "doc_id");
            fnr_json_int(j, r->doc_id);
            fnr_json_key(j, "doc_title");
            fnr_json_cstr(j, r->doc_title);
            fnr_json_key(j, "event_id");
            if (r->event_id)
                fnr_json_int(j, r->event_id);
            else
                fnr_json_null(j);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else {
        printf("%s  (e%lld, %s)\n", tl->entity.name, (long long)tl->entity.id,
               fnr_entity_type_name(tl->entity.type));
        static const char *const headers[] = { "date", "what", "doc", "sentence" };
        cli_table t;
        cli_table_init(&t, 4, headers);
        t.right[2] = true;
        t.max_width[3] = 120;
        for (size_t i = 0; i < tl->n_rows; i++) {
            const fnr_timeline_row *r = &tl->rows[i];
            cli_table_cell(&t, r->date);
            cli_table_cell(&t, r->is_event ? fnr_event_type_name(r->type) : "mention");
            cli_table_cellf(&t, "d%lld", (long long)r->doc_id);
            cli_table_cell(&t, r->text);
        }
        rc = cli_table_print(&t, stdout, 2);
        cli_table_destroy(&t);
    }
    fnr_timeline_free(tl);
    cli_kb_close(kb, viewer);
    fnr_free(name);
    return rc;
}
