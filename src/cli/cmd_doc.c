/*
 * `fener doc ID`: one stored document as the knowledge base sees it: its
 * metadata, the text with each mention marked in place ("[MİT|org]"), and
 * the events found in it; or all of that as one JSON object.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

static bool parse_id(const char *v, int64_t *out)
{
    const char *p = v[0] == 'd' || v[0] == 'D' ? v + 1 : v;
    char *end = NULL;
    errno = 0;
    long long n = strtoll(p, &end, 10);
    if (errno || !end || *end || p[0] == '\0' || p[0] == '-' || p[0] == '+' || n <= 0) {
        cli_errorf("invalid document id \"%s\": expected a number such as 12 or d12", v);
        return false;
    }
    *out = n;
    return true;
}

static int print_json(const fnr_doc_view *v)
{
    cli_json_out o;
    fnr_json *j = cli_json_begin(&o);
    fnr_json_object_begin(j);
    fnr_json_key(j, "doc");
    cli_json_doc_row(j, &v->doc);
    fnr_json_key(j, "text");
    fnr_json_string(j, v->text ? v->text : "", v->text ? v->text_len : 0);
    fnr_json_key(j, "mentions");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < v->n_mentions; i++) {
        const fnr_doc_fact *m = &v->mentions[i];
        fnr_json_object_begin(j);
        fnr_json_key(j, "start");
        fnr_json_int(j, (int64_t)m->start);
        fnr_json_key(j, "end");
        fnr_json_int(j, (int64_t)m->end);
        fnr_json_key(j, "entity");
        cli_json_entity_ref(j, &m->entity);
        fnr_json_key(j, "rule");
        fnr_json_cstr(j, m->rule);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);
    fnr_json_key(j, "events");
    fnr_json_array_begin(j);
    for (size_t i = 0; i < v->n_events; i++)
        cli_json_event_row(j, &v->events[i]);
    fnr_json_array_end(j);
    fnr_json_object_end(j);
    return cli_json_end(&o);
}

static int print_text(const fnr_doc_view *v)
{
    const fnr_doc_row *d = &v->doc;
    printf("d%lld  %s\n", (long long)d->id, d->title ? d->title : "(untitled)");
    printf("  date %s", d->date ? d->date : "unknown");
    if (d->source)
        printf(", source %s", d->source);
    if (d->reliability || d->credibility)
        printf(", graded %c%c", d->reliability ? d->reliability : '-',
               d->credibility ? (char)('0' + d->credibility) : '-');
    if (d->url)
        printf(", %s", d->url);
    printf("\n");
    if (d->sha256)
        printf("  sha256 %s\n", d->sha256);
    printf("\n");

    /* The text, each mention marked in place; an overlapping mention (one
     * that starts inside the previous) is left unmarked. */
    const char *text = v->text ? v->text : "";
    size_t len = v->text ? v->text_len : 0;
    size_t pos = 0;
    for (size_t i = 0; i < v->n_mentions; i++) {
        const fnr_doc_fact *m = &v->mentions[i];
        if (m->start < pos || m->end <= m->start || m->end > len)
            continue;
        fwrite(text + pos, 1, m->start - pos, stdout);
        putchar('[');
        fwrite(text + m->start, 1, m->end - m->start, stdout);
        printf("|%s]", cli_type_abbrev(m->entity.type));
        pos = m->end;
    }
    fwrite(text + pos, 1, len - pos, stdout);
    if (len == 0 || text[len - 1] != '\n')
        putchar('\n');

    if (v->n_events == 0) {
        printf("\nno events\n");
        return CLI_EXIT_OK;
    }
    printf("\nevents\n");
    return cli_events_table(v->events, v->n_events, stdout, 2);
}

int cli_cmd_doc(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos != 1) {
        cli_errorf(args->n_pos ? "one document id at a time" : "no document id given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    int64_t id = 0;
    if (!parse_id(args->pos[0], &id))
        return CLI_EXIT_USAGE;
    fnr_kb *kb = NULL;
    fnr_viewer *viewer = NULL;
    int rc = cli_kb_open_as(args, &kb, &viewer);
    if (rc != CLI_EXIT_OK)
        return rc;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_doc_view *v = NULL;
    /* Without --as the local CLI reads as the store's owner (viewer NULL). */
    if (fnr_kb_doc(kb, viewer, id, &v, &err) != FNR_OK)
        rc = cli_report(&err);
    else if (cli_opt_flag(args, "json"))
        rc = print_json(v);
    else
        rc = print_text(v);
    fnr_doc_view_free(v);
    cli_kb_close(kb, viewer);
    return rc;
}
