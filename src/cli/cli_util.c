/*
 * Helpers the knowledge-base commands share: readable tables (aligned
 * columns, widths counted in code points, no trailing spaces), numbers with
 * thousands separators, opening the store named by --db, parsing option
 * values and event filters, and the JSON form of the rows of kb.h.
 *
 * Everything here uses the public API (include/fener/) and src/base/ only,
 * like the rest of src/cli/.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

/* ---- tables ----------------------------------------------------------------- */

void cli_table_init(cli_table *t, size_t n_cols, const char *const *headers)
{
    memset(t, 0, sizeof *t);
    t->n_cols = n_cols > CLI_TABLE_MAX_COLS ? CLI_TABLE_MAX_COLS : n_cols;
    for (size_t i = 0; headers && i < t->n_cols; i++)
        t->headers[i] = headers[i];
}

void cli_table_destroy(cli_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_cells; i++)
        fnr_free(t->cells[i]);
    fnr_free(t->cells);
    memset(t, 0, sizeof *t);
}

/* A copy of s with every run of white space turned into one space and no
 * space at either end: a table cell is one line. */
static char *cell_dup(const char *s)
{
    size_t len = strlen(s);
    char *out = fnr_malloc(len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = false;
        out[n++] = c;
    }
    out[n] = '\0';
    return out;
}

void cli_table_cell(cli_table *t, const char *s)
{
    if (t->failed)
        return;
    if (t->n_cells == t->cap_cells) {
        size_t cap = t->cap_cells ? t->cap_cells * 2 : 64;
        char **grown = fnr_realloc(t->cells, cap * sizeof *grown);
        if (!grown) {
            t->failed = true;
            return;
        }
        t->cells = grown;
        t->cap_cells = cap;
    }
    char *c = cell_dup(s ? s : "-");
    if (!c) {
        t->failed = true;
        return;
    }
    t->cells[t->n_cells++] = c;
}

void cli_table_cellf(cli_table *t, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        cli_table_cell(t, "?");
        return;
    }
    if ((size_t)n < sizeof small) {
        cli_table_cell(t, small);
        return;
    }
    char *big = fnr_malloc((size_t)n + 1);
    if (!big) {
        t->failed = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    cli_table_cell(t, big);
    fnr_free(big);
}

size_t cli_table_rows(const cli_table *t)
{
    return t->n_cols ? t->n_cells / t->n_cols : 0;
}

size_t cli_utf8_width(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* Bytes of the first `width` code points of s. */
static size_t utf8_prefix(const char *s, size_t width)
{
    size_t i = 0, n = 0;
    while (s[i]) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (n == width)
                break;
            n++;
        }
        i++;
    }
    return i;
}

/* The width a cell shows with, after the column's cap. */
static size_t shown_width(const cli_table *t, size_t col, const char *s)
{
    size_t w = cli_utf8_width(s, strlen(s));
    if (t->max_width[col] && w > t->max_width[col])
        w = t->max_width[col];
    return w;
}

static void put_cell(const cli_table *t, size_t col, const char *s, size_t width, bool last,
                     FILE *out)
{
    size_t w = cli_utf8_width(s, strlen(s));
    size_t cap = t->max_width[col];
    bool cut = cap && w > cap && cap > 1;
    size_t shown = cut ? cap : w;
    size_t pad = width > shown ? width - shown : 0;
    if (t->right[col])
        for (size_t i = 0; i < pad; i++)
            fputc(' ', out);
    if (cut) {
        fwrite(s, 1, utf8_prefix(s, cap - 1), out);
        fputs("\xE2\x80\xA6", out); /* U+2026, the ellipsis */
    } else {
        fputs(s, out);
    }
    if (!t->right[col] && !last)
        for (size_t i = 0; i < pad; i++)
            fputc(' ', out);
}

static void put_row(const cli_table *t, const char *const *row, const size_t *width, int indent,
                    FILE *out)
{
    /* Trailing empty cells print nothing at all, not even their padding. */
    size_t last = t->n_cols;
    while (last > 1 && row[last - 1][0] == '\0')
        last--;
    fprintf(out, "%*s", indent, "");
    for (size_t c = 0; c < last; c++) {
        if (c)
            fputs("  ", out);
        put_cell(t, c, row[c], width[c], c + 1 == last, out);
    }
    fputc('\n', out);
}

int cli_table_print(const cli_table *t, FILE *out, int indent)
{
    if (t->failed) {
        cli_errorf("out of memory");
        return CLI_EXIT_OSERR;
    }
    size_t width[CLI_TABLE_MAX_COLS] = { 0 };
    size_t n_rows = cli_table_rows(t);
    bool has_header = t->headers[0] != NULL;
    for (size_t c = 0; c < t->n_cols; c++) {
        if (has_header)
            width[c] = cli_utf8_width(t->headers[c], strlen(t->headers[c]));
        for (size_t r = 0; r < n_rows; r++) {
            size_t w = shown_width(t, c, t->cells[r * t->n_cols + c]);
            if (w > width[c])
                width[c] = w;
        }
    }
    if (has_header)
        put_row(t, t->headers, width, indent, out);
    for (size_t r = 0; r < n_rows; r++)
        put_row(t, (const char *const *)t->cells + r * t->n_cols, width, indent, out);
    return CLI_EXIT_OK;
}

/* ---- numbers ------------------------------------------------------------------ */

const char *cli_thousands(long long v, char *buf, size_t buf_len)
{
    char digits[32];
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    int n = snprintf(digits, sizeof digits, "%llu", u);
    size_t k = 0;
    if (v < 0 && k + 1 < buf_len)
        buf[k++] = '-';
    for (int i = 0; i < n && k + 2 < buf_len; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    return buf;
}

/* ---- the store ---------------------------------------------------------------- */

const char *cli_db_path(const cli_args *args)
{
    return fnr_kb_path(cli_opt_value(args, "db"));
}

int cli_kb_open(const cli_args *args, bool write, fnr_kb **out)
{
    fnr_error err;
    fnr_error_clear(&err);
    const char *path = cli_db_path(args);
    /* Reads open the store writable as well: each is written to the audit log. */
    (void)write;
    fnr_kb_open_opts o = { .create = false, .readonly = false };
    *out = NULL;
    if (fnr_kb_open(path, &o, out, &err) == FNR_OK)
        return CLI_EXIT_OK;
    if (err.code == FNR_NOINPUT && !err.hint[0])
        fnr_error_hint(&err, "Create a store with \"fener init\" or \"fener ingest FILE\", or name "
                             "one with --db or $FENER_DB.");
    *out = NULL;
    return cli_report(&err);
}

int cli_viewer(const cli_args *args, fnr_kb *kb, fnr_viewer **out)
{
    *out = NULL;
    const char *as = cli_opt_value(args, "as");
    if (!as)
        return CLI_EXIT_OK;
    fnr_error err;
    if (fnr_kb_viewer_user(kb, as, out, &err) == FNR_OK)
        return CLI_EXIT_OK;
    *out = NULL;
    return cli_report(&err);
}

int cli_kb_open_as(const cli_args *args, fnr_kb **kb, fnr_viewer **viewer)
{
    *viewer = NULL;
    int rc = cli_kb_open(args, false, kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    rc = cli_viewer(args, *kb, viewer);
    if (rc != CLI_EXIT_OK) {
        fnr_kb_close(*kb);
        *kb = NULL;
    }
    return rc;
}

void cli_kb_close(fnr_kb *kb, fnr_viewer *viewer)
{
    fnr_viewer_free(viewer);
    fnr_kb_close(kb);
}

void cli_markings_destroy(cli_markings_store *store)
{
    for (size_t i = 0; i < store->n; i++)
        fnr_free(store->items[i]);
    fnr_free(store->items);
    store->items = NULL;
    store->n = 0;
}

/* Splits every value of a repeatable option at commas into store. */
static bool split_values(const cli_args *args, const char *name, cli_markings_store *store,
                         size_t *first, size_t *n)
{
    const char *const *vals = NULL;
    size_t nv = cli_opt_values(args, name, &vals);
    *first = store->n;
    *n = 0;
    for (size_t i = 0; i < nv; i++) {
        const char *p = vals[i];
        for (;;) {
            const char *comma = strchr(p, ',');
            size_t len = comma ? (size_t)(comma - p) : strlen(p);
            char **items = fnr_calloc(store->n + 1, sizeof *items);
            char *item = fnr_strndup(p, len);
            if (!items || !item) {
                fnr_free(items);
                fnr_free(item);
                cli_errorf("out of memory");
                return false;
            }
            if (store->n)
                memcpy(items, store->items, store->n * sizeof *items);
            fnr_free(store->items);
            store->items = items;
            store->items[store->n++] = item;
            (*n)++;
            if (!comma)
                break;
            p = comma + 1;
        }
    }
    return true;
}

bool cli_markings(const cli_args *args, fnr_markings *m, cli_markings_store *store)
{
    memset(m, 0, sizeof *m);
    store->items = NULL;
    store->n = 0;
    m->classification = cli_opt_value(args, "classification");
    m->tlp = cli_opt_value(args, "tlp");
    size_t fc = 0, nc = 0, fr = 0, nr = 0;
    if (!split_values(args, "compartment", store, &fc, &nc) ||
        !split_values(args, "rel-to", store, &fr, &nr)) {
        cli_markings_destroy(store);
        return false;
    }
    /* The array may have moved while growing: point into it at the end. */
    m->compartments = nc ? (const char *const *)store->items + fc : NULL;
    m->n_compartments = nc;
    m->rel_to = nr ? (const char *const *)store->items + fr : NULL;
    m->n_rel_to = nr;
    return true;
}

bool cli_no_positional(const cli_command *cmd, const cli_args *args)
{
    if (args->n_pos == 0)
        return true;
    cli_errorf("unexpected argument \"%s\" for \"%s\"", args->pos[0], cmd->name);
    cli_usage_line(cmd, stderr);
    return false;
}

char *cli_join_pos(const cli_args *args, size_t from)
{
    if (args->n_pos <= from)
        return NULL;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    for (size_t i = from; i < args->n_pos; i++)
        if ((i > from && fnr_buf_putc(&b, ' ') != FNR_OK) ||
            fnr_buf_puts(&b, args->pos[i]) != FNR_OK) {
            fnr_buf_destroy(&b);
            return NULL;
        }
    return fnr_buf_take(&b, NULL);
}

/* ---- option values ------------------------------------------------------------ */

bool cli_parse_size(const char *opt, const char *v, size_t *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || !end || *end || v[0] == '-' || v[0] == '+' || v[0] == '\0' || n == 0) {
        cli_errorf("invalid value \"%s\" for --%s: expected a positive whole number", v, opt);
        return false;
    }
    *out = (size_t)n;
    return true;
}

bool cli_parse_event_type(const char *v, int *out)
{
    for (int t = 1; t < FNR_EVENT_TYPE_COUNT; t++)
        if (strcmp(v, fnr_event_type_name((fnr_event_type)t)) == 0) {
            *out = t;
            return true;
        }
    fnr_buf names;
    fnr_buf_init(&names, 0);
    for (int t = 1; t < FNR_EVENT_TYPE_COUNT; t++)
        fnr_buf_printf(&names, "%s%s", t > 1 ? ", " : "", fnr_event_type_name((fnr_event_type)t));
    cli_errorf("invalid value \"%s\" for --type: expected one of %s", v,
               names.data ? names.data : "the event types");
    fnr_buf_destroy(&names);
    return false;
}

bool cli_parse_date_prefix(const char *opt, const char *v)
{
    size_t len = strlen(v);
    int y = 0, m = 1, d = 1;
    bool ok = false;
    char tail;
    if (len == 4)
        ok = sscanf(v, "%4d%c", &y, &tail) == 1;
    else if (len == 7)
        ok = v[4] == '-' && sscanf(v, "%4d-%2d%c", &y, &m, &tail) == 2;
    else if (len == 10)
        ok = v[4] == '-' && v[7] == '-' && sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3;
    for (size_t i = 0; ok && i < len; i++)
        if (!(v[i] == '-' ? i == 4 || i == 7 : v[i] >= '0' && v[i] <= '9'))
            ok = false;
    if (ok)
        ok = fnr_date_valid(y, m, d);
    if (!ok)
        cli_errorf("invalid value \"%s\" for --%s: expected YYYY, YYYY-MM or YYYY-MM-DD", v, opt);
    return ok;
}

bool cli_event_filter(const cli_args *args, fnr_event_filter *out)
{
    memset(out, 0, sizeof *out);
    const char *v = cli_opt_value(args, "type");
    if (v) {
        int t = 0;
        if (!cli_parse_event_type(v, &t))
            return false;
        out->type = (fnr_event_type)t;
    }
    out->actor = cli_opt_value(args, "actor");
    out->target = cli_opt_value(args, "target");
    out->place = cli_opt_value(args, "place");
    out->entity = cli_opt_value(args, "entity");
    out->since = cli_opt_value(args, "since");
    out->until = cli_opt_value(args, "until");
    if (out->since && !cli_parse_date_prefix("since", out->since))
        return false;
    if (out->until && !cli_parse_date_prefix("until", out->until))
        return false;
    v = cli_opt_value(args, "limit");
    if (v && !cli_parse_size("limit", v, &out->limit))
        return false;
    return true;
}

/* ---- output ------------------------------------------------------------------- */

fnr_json *cli_json_begin(cli_json_out *o)
{
    fnr_buf_init(&o->buf, 0);
    fnr_json_init(&o->json, &o->buf, 0);
    return &o->json;
}

int cli_json_end(cli_json_out *o)
{
    int rc = CLI_EXIT_OK;
    fnr_status st = fnr_json_finish(&o->json);
    if (st != FNR_OK) {
        cli_errorf("could not write JSON: %s", fnr_status_text(st));
        rc = cli_exit_code(st);
    } else {
        fwrite(o->buf.data, 1, o->buf.len, stdout);
        fputc('\n', stdout);
    }
    fnr_buf_destroy(&o->buf);
    return rc;
}

const char *cli_type_abbrev(int type)
{
    switch (type) {
    case FNR_ENTITY_PERSON:
        return "per";
    case FNR_ENTITY_ORGANIZATION:
        return "org";
    case FNR_ENTITY_LOCATION:
        return "loc";
    default:
        return "?";
    }
}

/* "A, B" for a list of entity references into b (reset first). */
static const char *ref_names(fnr_buf *b, const fnr_entity_ref *refs, size_t n)
{
    fnr_buf_reset(b);
    for (size_t i = 0; i < n; i++)
        fnr_buf_printf(b, "%s%s", i ? ", " : "", refs[i].name ? refs[i].name : "?");
    return b->data && b->len ? b->data : "-";
}

int cli_events_table(const fnr_event_row *rows, size_t n, FILE *out, int indent)
{
    static const char *const headers[] = { "id",      "date",  "type",  "actors",
                                           "targets", "place", "count", "doc" };
    cli_table t;
    cli_table_init(&t, 8, headers);
    t.right[0] = t.right[6] = t.right[7] = true;
    t.max_width[3] = t.max_width[4] = 48;
    fnr_buf names;
    fnr_buf_init(&names, 0);
    for (size_t i = 0; i < n; i++) {
        const fnr_event_row *v = &rows[i];
        cli_table_cellf(&t, "v%lld", (long long)v->id);
        if (v->date && v->date_end)
            cli_table_cellf(&t, "%s..%s", v->date, v->date_end);
        else
            cli_table_cell(&t, v->date);
        cli_table_cell(&t, fnr_event_type_name(v->type));
        cli_table_cell(&t, ref_names(&names, v->actors, v->n_actors));
        cli_table_cell(&t, ref_names(&names, v->targets, v->n_targets));
        cli_table_cell(&t, v->location.id ? v->location.name : NULL);
        if (v->count >= 0)
            cli_table_cellf(&t, "%ld", v->count);
        else
            cli_table_cell(&t, "");
        cli_table_cellf(&t, "d%lld", (long long)v->doc_id);
    }
    fnr_buf_destroy(&names);
    int rc = cli_table_print(&t, out, indent);
    cli_table_destroy(&t);
    return rc;
}

/* ---- JSON of kb rows ------------------------------------------------------------ */

void cli_json_entity_ref(fnr_json *j, const fnr_entity_ref *r)
{
    if (!r || r->id == 0) {
        fnr_json_null(j);
        return;
    }
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, r->id);
    fnr_json_key(j, "type");
    fnr_json_cstr(j, fnr_entity_type_name(r->type));
    fnr_json_key(j, "name");
    fnr_json_cstr(j, r->name);
    fnr_json_object_end(j);
}

void cli_json_doc_row(fnr_json *j, const fnr_doc_row *d)
{
    char rel[2] = { d->reliability, '\0' };
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, d->id);
    fnr_json_key(j, "title");
    fnr_json_cstr(j, d->title);
    fnr_json_key(j, "date");
    fnr_json_cstr(j, d->date);
    fnr_json_key(j, "source");
    fnr_json_cstr(j, d->source);
    fnr_json_key(j, "url");
    fnr_json_cstr(j, d->url);
    fnr_json_key(j, "reliability");
    fnr_json_cstr(j, d->reliability ? rel : NULL);
    fnr_json_key(j, "credibility");
    if (d->credibility)
        fnr_json_int(j, d->credibility);
    else
        fnr_json_null(j);
    fnr_json_key(j, "sha256");
    fnr_json_cstr(j, d->sha256);
    fnr_json_key(j, "mentions");
    fnr_json_int(j, d->mentions);
    fnr_json_key(j, "marking");
    fnr_json_cstr(j, d->marking);
    fnr_json_object_end(j);
}

static void json_refs(fnr_json *j, const char *key, const fnr_entity_ref *refs, size_t n)
{
    fnr_json_key(j, key);
    fnr_json_array_begin(j);
    for (size_t i = 0; i < n; i++)
        cli_json_entity_ref(j, &refs[i]);
    fnr_json_array_end(j);
}

void cli_json_event_row(fnr_json *j, const fnr_event_row *v)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, v->id);
    fnr_json_key(j, "doc_id");
    fnr_json_int(j, v->doc_id);
    fnr_json_key(j, "doc_title");
    fnr_json_cstr(j, v->doc_title);
    fnr_json_key(j, "type");
    fnr_json_cstr(j, fnr_event_type_name(v->type));
    fnr_json_key(j, "cameo");
    fnr_json_cstr(j, v->cameo);
    fnr_json_key(j, "date");
    fnr_json_cstr(j, v->date);
    fnr_json_key(j, "date_end");
    fnr_json_cstr(j, v->date_end);
    fnr_json_key(j, "precision");
    fnr_json_cstr(j, v->precision);
    fnr_json_key(j, "location");
    cli_json_entity_ref(j, &v->location);
    json_refs(j, "actors", v->actors, v->n_actors);
    json_refs(j, "targets", v->targets, v->n_targets);
    fnr_json_key(j, "count");
    if (v->count >= 0)
        fnr_json_int(j, v->count);
    else
        fnr_json_null(j);
    fnr_json_key(j, "text");
    fnr_json_cstr(j, v->text);
    fnr_json_key(j, "start");
    fnr_json_int(j, (int64_t)v->start);
    fnr_json_key(j, "end");
    fnr_json_int(j, (int64_t)v->end);
    fnr_json_key(j, "confidence");
    fnr_json_double(j, v->confidence, 2);
    fnr_json_key(j, "rule");
    fnr_json_cstr(j, v->rule);
    fnr_json_object_end(j);
}
