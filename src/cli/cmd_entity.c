/*
 * `fener entity`: one entity's profile, and the analyst's resolution
 * decisions on entities.
 *
 *     fener entity NAME|ID          the profile
 *     fener entity conflicts        aliases that would join two entities
 *     fener entity merge A B        B goes into A (undone by split)
 *     fener entity split A B
 *
 * The first argument picks the form; a name given without quotes is joined
 * from the remaining words. Decisions are recorded with the user's name as
 * `who` (the local CLI acts as the store's owner).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

/* ---- the profile -------------------------------------------------------------- */

static void json_profile(fnr_json *j, const fnr_profile *p)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, p->id);
    fnr_json_key(j, "type");
    fnr_json_cstr(j, fnr_entity_type_name(p->type));
    fnr_json_key(j, "name");
    fnr_json_cstr(j, p->name);
    fnr_json_key(j, "kind");
    fnr_json_cstr(j, p->kind);
    fnr_json_key(j, "country");
    fnr_json_cstr(j, p->country && p->country[0] ? p->country : NULL);
    fnr_json_key(j, "lat");
    if (p->has_coords)
        fnr_json_double(j, p->lat, 5);
    else
        fnr_json_null(j);
    fnr_json_key(j, "lon");
    if (p->has_coords)
        fnr_json_double(j, p->lon, 5);
    else
        fnr_json_null(j);
    fnr_json_key(j, "first_seen");
    fnr_json_cstr(j, p->first_seen);
    fnr_json_key(j, "last_seen");
    fnr_json_cstr(j, p->last_seen);
    fnr_json_key(j, "n_mentions");
    fnr_json_int(j, p->n_mentions);
    fnr_json_key(j, "n_documents");
    fnr_json_int(j, p->n_documents);
    fnr_json_key(j, "merged_into");
    if (p->merged_into)
        fnr_json_int(j, p->merged_into);
    else
        fnr_json_null(j);

    fnr_json_key(j, "n_aliases");
    fnr_json_int(j, (long long)p->n_aliases_total);
    fnr_json_key(j, "aliases");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < p->n_aliases; i++) {
        const fnr_alias_row *a = &p->aliases[i];
        fnr_json_object_begin(j);
        fnr_json_key(j, "surface");
        fnr_json_cstr(j, a->surface);
        fnr_json_key(j, "reports");
        fnr_json_int(j, a->reports);
        fnr_json_key(j, "sources");
        fnr_json_array_begin(j);
        for (size_t k = 0; k < a->n_sources; k++) {
            const fnr_alias_source *s = &a->sources[k];
            fnr_json_object_begin(j);
            fnr_json_key(j, "doc_id");
            fnr_json_int(j, s->doc_id);
            fnr_json_key(j, "doc_title");
            fnr_json_cstr(j, s->doc_title);
            fnr_json_key(j, "source");
            fnr_json_cstr(j, s->source);
            fnr_json_key(j, "date");
            fnr_json_cstr(j, s->date);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);

    fnr_json_key(j, "events");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < p->n_events; i++)
        cli_json_event_row(j, &p->events[i]);
    fnr_json_array_end(j);

    fnr_json_key(j, "relations");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < p->n_relations; i++) {
        const fnr_relation_row *r = &p->relations[i];
        fnr_json_object_begin(j);
        fnr_json_key(j, "type");
        fnr_json_cstr(j, fnr_relation_type_name(r->type));
        fnr_json_key(j, "outgoing");
        fnr_json_bool(j, r->outgoing);
        fnr_json_key(j, "other");
        cli_json_entity_ref(j, &r->other);
        fnr_json_key(j, "role");
        fnr_json_cstr(j, r->role);
        fnr_json_key(j, "evidence");
        fnr_json_int(j, r->evidence);
        fnr_json_key(j, "doc_id");
        fnr_json_int(j, r->doc_id);
        fnr_json_key(j, "text");
        fnr_json_cstr(j, r->text);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);

    fnr_json_key(j, "cooccur");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < p->n_cooccur; i++) {
        fnr_json_object_begin(j);
        fnr_json_key(j, "other");
        cli_json_entity_ref(j, &p->cooccur[i].other);
        fnr_json_key(j, "sentences");
        fnr_json_int(j, p->cooccur[i].sentences);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);

    fnr_json_key(j, "docs");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < p->n_docs; i++)
        cli_json_doc_row(j, &p->docs[i]);
    fnr_json_array_end(j);
    fnr_json_object_end(j);
}

static int section(const char *title, cli_table *t, int rc)
{
    printf("\n%s\n", title);
    int trc = cli_table_print(t, stdout, 2);
    cli_table_destroy(t);
    return trc != CLI_EXIT_OK ? trc : rc;
}

static int print_profile(const fnr_profile *p)
{
    int rc = CLI_EXIT_OK;
    printf("%s  (e%lld, %s", p->name, (long long)p->id, fnr_entity_type_name(p->type));
    if (p->kind)
        printf(", %s", p->kind);
    if (p->country && p->country[0])
        printf(", %s", p->country);
    printf(")\n");
    char a[32], b[32];
    printf("  %s %s in %s %s", cli_thousands(p->n_mentions, a, sizeof a),
           p->n_mentions == 1 ? "mention" : "mentions", cli_thousands(p->n_documents, b, sizeof b),
           p->n_documents == 1 ? "document" : "documents");
    if (p->first_seen && p->last_seen && strcmp(p->first_seen, p->last_seen) != 0)
        printf(", seen %s .. %s", p->first_seen, p->last_seen);
    else if (p->first_seen)
        printf(", seen %s", p->first_seen);
    printf("\n");
    if (p->has_coords)
        printf("  at %.4f, %.4f\n", p->lat, p->lon);
    if (p->merged_into)
        printf("  merged into e%lld (\"fener entity split\" undoes it)\n",
               (long long)p->merged_into);

    if (p->n_aliases) {
        static const char *const headers[] = { "alias", "reports", "asserted by" };
        cli_table t;
        cli_table_init(&t, 3, headers);
        t.right[1] = true;
        t.max_width[2] = 100;
        fnr_buf by;
        fnr_buf_init(&by, 0);
        for (size_t i = 0; i < p->n_aliases; i++) {
            const fnr_alias_row *al = &p->aliases[i];
            fnr_buf_reset(&by);
            for (size_t k = 0; k < al->n_sources; k++) {
                const fnr_alias_source *s = &al->sources[k];
                fnr_buf_printf(&by, "%sd%lld", k ? "; " : "", (long long)s->doc_id);
                if (s->source)
                    fnr_buf_printf(&by, " %s", s->source);
                if (s->date)
                    fnr_buf_printf(&by, " %s", s->date);
            }
            if (al->reports > (long)al->n_sources)
                fnr_buf_printf(&by, "; and %ld earlier", al->reports - (long)al->n_sources);
            cli_table_cell(&t, al->surface);
            cli_table_cellf(&t, "%ld", al->reports);
            cli_table_cell(&t, by.len ? by.data : "");
        }
        fnr_buf_destroy(&by);
        rc = section("aliases", &t, rc);
        if (p->n_aliases_total > p->n_aliases)
            printf("  ... and %zu more aliases (the %zu most asserted are listed)\n",
                   p->n_aliases_total - p->n_aliases, p->n_aliases);
    }
    if (p->n_relations) {
        static const char *const headers[] = {
            "relation", "", "entity", "role", "evidence", "doc"
        };
        cli_table t;
        cli_table_init(&t, 6, headers);
        t.right[4] = t.right[5] = true;
        for (size_t i = 0; i < p->n_relations; i++) {
            const fnr_relation_row *r = &p->relations[i];
            cli_table_cell(&t, fnr_relation_type_name(r->type));
            cli_table_cell(&t, r->outgoing ? "->" : "<-");
            cli_table_cell(&t, r->other.name);
            cli_table_cell(&t, r->role ? r->role : "");
            cli_table_cellf(&t, "%ld", r->evidence);
            cli_table_cellf(&t, "d%lld", (long long)r->doc_id);
        }
        rc = section("relations", &t, rc);
    }
    if (p->n_events) {
        printf("\nevents\n");
        int erc = cli_events_table(p->events, p->n_events, stdout, 2);
        if (erc != CLI_EXIT_OK)
            rc = erc;
    }
    if (p->n_cooccur) {
        static const char *const headers[] = { "id", "name", "type", "sentences" };
        cli_table t;
        cli_table_init(&t, 4, headers);
        t.right[0] = t.right[3] = true;
        for (size_t i = 0; i < p->n_cooccur; i++) {
            const fnr_cooccur_row *c = &p->cooccur[i];
            cli_table_cellf(&t, "e%lld", (long long)c->other.id);
            cli_table_cell(&t, c->other.name);
            cli_table_cell(&t, fnr_entity_type_name(c->other.type));
            cli_table_cellf(&t, "%ld", c->sentences);
        }
        rc = section("named with", &t, rc);
    }
    if (p->n_docs) {
        static const char *const headers[] = { "id", "date", "mentions", "source", "title" };
        cli_table t;
        cli_table_init(&t, 5, headers);
        t.right[0] = t.right[2] = true;
        t.max_width[4] = 80;
        for (size_t i = 0; i < p->n_docs; i++) {
            const fnr_doc_row *d = &p->docs[i];
            cli_table_cellf(&t, "d%lld", (long long)d->id);
            cli_table_cell(&t, d->date);
            cli_table_cellf(&t, "%ld", d->mentions);
            cli_table_cell(&t, d->source);
            cli_table_cell(&t, d->title);
        }
        rc = section("documents", &t, rc);
    }
    return rc;
}

static int run_profile(const cli_command *cmd, cli_args *args, fnr_kb *kb, const fnr_viewer *viewer)
{
    char *name = cli_join_pos(args, 0);
    if (!name || !name[0]) {
        fnr_free(name);
        cli_errorf("no entity given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_profile *p = NULL;
    int rc;
    /* Without --as the local CLI reads as the store's owner (viewer NULL). */
    if (fnr_kb_entity(kb, viewer, name, &p, &err) != FNR_OK) {
        rc = cli_report(&err);
    } else if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        json_profile(j, p);
        rc = cli_json_end(&o);
    } else {
        rc = print_profile(p);
    }
    fnr_profile_free(p);
    fnr_free(name);
    return rc;
}

/* ---- conflicts, merge, split --------------------------------------------------- */

static int run_conflicts(cli_args *args, fnr_kb *kb, const fnr_viewer *viewer)
{
    bool all = cli_opt_flag(args, "all");
    fnr_error err;
    fnr_error_clear(&err);
    fnr_conflict_list *l = NULL;
    if (fnr_kb_conflicts(kb, viewer, all, &l, &err) != FNR_OK)
        return cli_report(&err);
    int rc;
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_conflict_row *c = &l->rows[i];
            fnr_json_object_begin(j);
            fnr_json_key(j, "id");
            fnr_json_int(j, c->id);
            fnr_json_key(j, "a");
            cli_json_entity_ref(j, &c->a);
            fnr_json_key(j, "b");
            cli_json_entity_ref(j, &c->b);
            fnr_json_key(j, "surface");
            fnr_json_cstr(j, c->surface);
            fnr_json_key(j, "doc_id");
            fnr_json_int(j, c->doc_id);
            fnr_json_key(j, "status");
            fnr_json_cstr(j, c->status);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (l->n_rows == 0) {
        printf(all ? "no conflicts\n" : "no open conflicts\n");
        rc = CLI_EXIT_OK;
    } else {
        static const char *const headers[] = { "id", "alias", "a", "b", "doc", "status" };
        cli_table t;
        cli_table_init(&t, 6, headers);
        t.right[0] = t.right[4] = true;
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_conflict_row *c = &l->rows[i];
            cli_table_cellf(&t, "%lld", (long long)c->id);
            cli_table_cell(&t, c->surface);
            cli_table_cellf(&t, "%s (e%lld)", c->a.name ? c->a.name : "?", (long long)c->a.id);
            cli_table_cellf(&t, "%s (e%lld)", c->b.name ? c->b.name : "?", (long long)c->b.id);
            cli_table_cellf(&t, "d%lld", (long long)c->doc_id);
            cli_table_cell(&t, c->status);
        }
        rc = cli_table_print(&t, stdout, 0);
        cli_table_destroy(&t);
        if (rc == CLI_EXIT_OK && !all)
            printf("\nDecide with \"fener entity merge A B\" (the same entity) or leave them "
                   "apart.\n");
    }
    fnr_conflict_list_free(l);
    return rc;
}

static int run_decision(const cli_command *cmd, cli_args *args, fnr_kb *kb, bool merge)
{
    if (args->n_pos != 3) {
        cli_errorf("\"entity %s\" needs two entities, A and B (quote names with spaces)",
                   merge ? "merge" : "split");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    const char *a = args->pos[1], *b = args->pos[2];
    const char *who = getenv("USER");
    if (!who || !who[0])
        who = "owner";
    const char *note = cli_opt_value(args, "note");
    fnr_error err;
    fnr_error_clear(&err);
    fnr_status st =
        merge ? fnr_kb_merge(kb, a, b, who, note, &err) : fnr_kb_split(kb, a, b, who, note, &err);
    if (st != FNR_OK)
        return cli_report(&err);
    if (merge)
        printf("merged \"%s\" into \"%s\" (\"fener entity split\" undoes it)\n", b, a);
    else
        printf("split \"%s\" from \"%s\"\n", b, a);
    return CLI_EXIT_OK;
}

int cli_cmd_entity(const cli_command *cmd, cli_args *args)
{
    const char *form = args->n_pos ? args->pos[0] : "";
    bool conflicts = strcmp(form, "conflicts") == 0;
    bool merge = strcmp(form, "merge") == 0;
    bool split = strcmp(form, "split") == 0;
    if (conflicts && args->n_pos > 1) {
        cli_errorf("unexpected argument \"%s\" for \"entity conflicts\"", args->pos[1]);
        return CLI_EXIT_USAGE;
    }
    if ((merge || split) && args->n_pos != 3) {
        cli_errorf("\"entity %s\" needs two entities, A and B (quote names with spaces)", form);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (args->n_pos == 0) {
        cli_errorf("no entity given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if ((merge || split) && cli_opt_value(args, "as")) {
        cli_errorf("merge and split are the store owner's decisions: run them without --as");
        return CLI_EXIT_NOPERM;
    }
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK)
        return rc;
    if (conflicts)
        rc = run_conflicts(args, kb, viewer);
    else if (merge || split)
        rc = run_decision(cmd, args, kb, merge);
    else
        rc = run_profile(cmd, args, kb, viewer);
    cli_kb_close(kb, viewer);
    return rc;
}
