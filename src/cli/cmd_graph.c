/*
 * `fener graph`: link analysis over the entities the viewer may see.
 *
 *     fener graph neighbors NAME [--depth K] [--limit N]
 *     fener graph path A B [--k N]          each hop with its sentences
 *     fener graph central [--measure M] [--top N]
 *     fener graph cells [--method leiden|louvain] [--min-size N] [--resolution R]
 *     fener graph components
 *     fener graph brokers
 *     fener graph export --format graphml|gexf|dot|json [--out FILE]
 *
 * Every form builds the graph once for the viewer (fener/analysis.h) with
 * the filters --kinds, --since, --until, --types and --min-weight, which
 * writes one audit record saying what was asked; `path` then reads the
 * evidence of each hop (audited too). Tables by default, one JSON object
 * with --json.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/analysis.h"
#include "fener/kb.h"

typedef struct graph_run {
    fnr_kb *kb;
    fnr_viewer *viewer;
    fnr_graph *g;
    bool json;
    uint64_t seed;
    fnr_graph_filter filter; /* kinds and dates also select each hop's evidence */
} graph_run;

/* ---- options ---------------------------------------------------------------------------- */

static bool parse_kinds(const char *v, unsigned *out)
{
    *out = 0;
    const char *p = v;
    while (*p) {
        size_t n = strcspn(p, ",");
        unsigned k = 0;
        for (unsigned x = 1; x <= 4; x <<= 1) {
            const char *name = fnr_edge_kind_name((fnr_edge_kind)x);
            if (strlen(name) == n && strncmp(p, name, n) == 0)
                k = x;
        }
        if (!k && n == 6 && strncmp(p, "events", 6) == 0)
            k = FNR_EDGE_EVENT;
        if (!k && n == 9 && strncmp(p, "relations", 9) == 0)
            k = FNR_EDGE_RELATION;
        if (!k) {
            cli_errorf("invalid value \"%s\" for --kinds: expected relation, event or cooccur "
                       "(comma-separated)",
                       v);
            return false;
        }
        *out |= k;
        p += n;
        if (*p == ',')
            p++;
    }
    if (!*out) {
        cli_errorf("invalid value \"%s\" for --kinds: expected relation, event or cooccur", v);
        return false;
    }
    return true;
}

static bool parse_types(const char *v, unsigned *out)
{
    static const struct {
        const char *name;
        int type;
    } names[] = {
        { "person", FNR_ENTITY_PERSON },
        { "per", FNR_ENTITY_PERSON },
        { "organization", FNR_ENTITY_ORGANIZATION },
        { "organisation", FNR_ENTITY_ORGANIZATION },
        { "org", FNR_ENTITY_ORGANIZATION },
        { "location", FNR_ENTITY_LOCATION },
        { "loc", FNR_ENTITY_LOCATION },
    };

    *out = 0;
    const char *p = v;
    while (*p) {
        size_t n = strcspn(p, ",");
        int t = 0;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i].name) == n && strncmp(p, names[i].name, n) == 0)
                t = names[i].type;
        if (!t) {
            cli_errorf("invalid value \"%s\" for --types: expected person, organization or "
                       "location (comma-separated)",
                       v);
            return false;
        }
        *out |= 1u << t;
        p += n;
        if (*p == ',')
            p++;
    }
    if (!*out) {
        cli_errorf("invalid value \"%s\" for --types: expected person, organization or location",
                   v);
        return false;
    }
    return true;
}

static bool parse_double(const char *opt, const char *v, double *out)
{
    char *end = NULL;
    errno = 0;
    double d = strtod(v, &end);
    if (errno || !end || *end || v[0] == '\0' || !(d >= 0) || d > 1e12) {
        cli_errorf("invalid value \"%s\" for --%s: expected a number of 0 or more", v, opt);
        return false;
    }
    *out = d;
    return true;
}

static bool parse_int_range(const char *opt, const char *v, long lo, long hi, long *out)
{
    char *end = NULL;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || !end || *end || v[0] == '\0' || n < lo || n > hi) {
        cli_errorf("invalid value \"%s\" for --%s: expected a whole number from %ld to %ld", v, opt,
                   lo, hi);
        return false;
    }
    *out = n;
    return true;
}

/* An option that only some forms take. */
static bool only_for(const cli_args *args, const char *opt, const char *form, const char *forms)
{
    if (!cli_opt_value(args, opt) || strstr(forms, form))
        return true;
    cli_errorf("--%s does not apply to \"graph %s\"", opt, form);
    return false;
}

/* ---- output helpers ------------------------------------------------------------------------ */

static void json_node(fnr_json *j, const fnr_graph_node *n)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, n->id);
    fnr_json_key(j, "type");
    fnr_json_cstr(j, fnr_entity_type_name(n->type));
    fnr_json_key(j, "name");
    fnr_json_cstr(j, n->name);
    fnr_json_key(j, "kind");
    fnr_json_cstr(j, n->kind);
    fnr_json_key(j, "first_seen");
    fnr_json_cstr(j, n->first_seen);
    fnr_json_key(j, "last_seen");
    fnr_json_cstr(j, n->last_seen);
    fnr_json_key(j, "degree");
    fnr_json_int(j, n->degree);
    fnr_json_key(j, "strength");
    fnr_json_double(j, n->strength, 4);
    fnr_json_object_end(j);
}

static void kinds_text(unsigned kinds, char *buf, size_t len)
{
    buf[0] = '\0';
    size_t at = 0;
    for (unsigned k = 1; k <= 4; k <<= 1) {
        if (!(kinds & k))
            continue;
        int n = snprintf(buf + at, len - at, "%s%s", at ? "," : "",
                         fnr_edge_kind_name((fnr_edge_kind)k));
        if (n > 0 && (size_t)n < len - at)
            at += (size_t)n;
    }
}

static void json_edge(fnr_json *j, const fnr_graph_edge *e)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "a");
    fnr_json_int(j, e->a);
    fnr_json_key(j, "b");
    fnr_json_int(j, e->b);
    fnr_json_key(j, "kinds");
    fnr_json_array_begin(j);
    for (unsigned k = 1; k <= 4; k <<= 1)
        if (e->kinds & k)
            fnr_json_cstr(j, fnr_edge_kind_name((fnr_edge_kind)k));
    fnr_json_array_end(j);
    fnr_json_key(j, "labels");
    fnr_json_cstr(j, e->labels);
    fnr_json_key(j, "weight");
    fnr_json_double(j, e->weight, 4);
    fnr_json_key(j, "evidence");
    fnr_json_int(j, e->evidence);
    fnr_json_key(j, "relations");
    fnr_json_int(j, e->relations);
    fnr_json_key(j, "events");
    fnr_json_int(j, e->events);
    fnr_json_key(j, "sentences");
    fnr_json_int(j, e->sentences);
    fnr_json_key(j, "first_seen");
    fnr_json_cstr(j, e->first_seen);
    fnr_json_key(j, "last_seen");
    fnr_json_cstr(j, e->last_seen);
    fnr_json_object_end(j);
}

static void json_graph_info(fnr_json *j, const fnr_graph *g)
{
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    fnr_json_key(j, "graph");
    fnr_json_object_begin(j);
    fnr_json_key(j, "nodes");
    fnr_json_int(j, (int64_t)info.nodes);
    fnr_json_key(j, "edges");
    fnr_json_int(j, (int64_t)info.edges);
    fnr_json_object_end(j);
}

/* "member_of · relation,cooccur · 4" for a link. */
static void edge_text(const fnr_graph_edge *e, char *buf, size_t len)
{
    char kinds[40];
    kinds_text(e->kinds, kinds, sizeof kinds);
    if (e->labels)
        snprintf(buf, len, "%s (%s)", kinds, e->labels);
    else
        snprintf(buf, len, "%s", kinds);
}

static const char *name_of(const fnr_graph *g, int64_t id, char *buf, size_t len)
{
    const fnr_graph_node *n = fnr_graph_node_get(g, id);
    snprintf(buf, len, "%s (e%lld)", n && n->name ? n->name : "?", (long long)id);
    return buf;
}

static void print_graph_line(const fnr_graph *g)
{
    fnr_graph_info info;
    fnr_graph_info_get(g, &info);
    char a[32], b[32];
    printf("graph: %s entities, %s links\n", cli_thousands((long long)info.nodes, a, sizeof a),
           cli_thousands((long long)info.edges, b, sizeof b));
}

static int table_out(cli_table *t, int indent)
{
    int rc = cli_table_print(t, stdout, indent);
    cli_table_destroy(t);
    return rc;
}

/* ---- the forms ---------------------------------------------------------------------------------
 */

static int run_neighbors(graph_run *r, const cli_args *args)
{
    long depth = 1;
    size_t limit = 20;
    const char *v = cli_opt_value(args, "depth");
    if (v && !parse_int_range("depth", v, 1, 6, &depth))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "limit");
    if (v && !cli_parse_size("limit", v, &limit))
        return CLI_EXIT_USAGE;
    char *name = cli_join_pos(args, 1);
    fnr_error err;
    fnr_error_clear(&err);
    int64_t id = 0;
    fnr_neighbor_list *l = NULL;
    int rc;
    if (fnr_graph_find(r->kb, r->viewer, r->g, name, &id, &err) != FNR_OK ||
        fnr_graph_neighbors(r->g, id, (int)depth, limit, &l, &err) != FNR_OK) {
        fnr_free(name);
        return cli_report(&err);
    }
    fnr_free(name);
    if (r->json) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        json_graph_info(j, r->g);
        fnr_json_key(j, "centre");
        json_node(j, &l->centre);
        fnr_json_key(j, "depth");
        fnr_json_int(j, depth);
        fnr_json_key(j, "total");
        fnr_json_int(j, (int64_t)l->total);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_neighbor_row *x = &l->rows[i];
            fnr_json_object_begin(j);
            fnr_json_key(j, "node");
            json_node(j, &x->node);
            fnr_json_key(j, "depth");
            fnr_json_int(j, x->depth);
            fnr_json_key(j, "score");
            fnr_json_double(j, x->score, 4);
            fnr_json_key(j, "via");
            fnr_json_int(j, x->via);
            fnr_json_key(j, "edge");
            json_edge(j, &x->edge);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else {
        printf("%s (e%lld, %s): %zu within %ld %s", l->centre.name, (long long)l->centre.id,
               fnr_entity_type_name(l->centre.type), l->total, depth, depth == 1 ? "hop" : "hops");
        if (l->n_rows < l->total)
            printf(", the first %zu shown", l->n_rows);
        printf("\n");
        print_graph_line(r->g);
        printf("\n");
        static const char *const headers[] = { "hops",  "id",  "name",     "type",
                                               "score", "via", "evidence", "link" };
        cli_table t;
        cli_table_init(&t, 8, headers);
        t.right[0] = t.right[1] = t.right[4] = t.right[6] = true;
        t.max_width[2] = 40;
        t.max_width[5] = 40;
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_neighbor_row *x = &l->rows[i];
            char via[160], link[120];
            edge_text(&x->edge, link, sizeof link);
            cli_table_cellf(&t, "%d", x->depth);
            cli_table_cellf(&t, "e%lld", (long long)x->node.id);
            cli_table_cell(&t, x->node.name);
            cli_table_cell(&t, fnr_entity_type_name(x->node.type));
            cli_table_cellf(&t, "%.2f", x->score);
            cli_table_cell(&t, x->depth == 1 ? "" : name_of(r->g, x->via, via, sizeof via));
            cli_table_cellf(&t, "%ld", x->edge.evidence);
            cli_table_cell(&t, link);
        }
        rc = l->n_rows ? table_out(&t, 0) : (cli_table_destroy(&t), CLI_EXIT_OK);
    }
    fnr_neighbor_list_free(l);
    return rc;
}

static int run_path(graph_run *r, const cli_args *args)
{
    size_t k = 1, n_ev = 2;
    const char *v = cli_opt_value(args, "k");
    if (v && (!cli_parse_size("k", v, &k) || k > 20)) {
        if (k > 20)
            cli_errorf("invalid value \"%s\" for --k: at most 20 paths", v);
        return CLI_EXIT_USAGE;
    }
    v = cli_opt_value(args, "evidence");
    if (v && !cli_parse_size("evidence", v, &n_ev))
        return CLI_EXIT_USAGE;
    fnr_error err;
    fnr_error_clear(&err);
    int64_t a = 0, b = 0;
    if (fnr_graph_find(r->kb, r->viewer, r->g, args->pos[1], &a, &err) != FNR_OK ||
        fnr_graph_find(r->kb, r->viewer, r->g, args->pos[2], &b, &err) != FNR_OK)
        return cli_report(&err);
    fnr_path_list *l = NULL;
    if (fnr_graph_paths(r->g, a, b, k, &l, &err) != FNR_OK)
        return cli_report(&err);
    /* The evidence of each hop, read once per distinct edge. */
    size_t n_hops = 0;
    for (size_t p = 0; p < l->n_paths; p++)
        n_hops += l->paths[p].n_nodes - 1;
    fnr_evidence_list **ev = fnr_calloc(n_hops ? n_hops : 1, sizeof *ev);
    int rc = CLI_EXIT_OK;
    if (!ev) {
        fnr_path_list_free(l);
        cli_errorf("out of memory");
        return CLI_EXIT_OSERR;
    }
    const fnr_graph_edge **hop = fnr_calloc(n_hops ? n_hops : 1, sizeof *hop);
    if (!hop) {
        fnr_free(ev);
        fnr_path_list_free(l);
        cli_errorf("out of memory");
        return CLI_EXIT_OSERR;
    }
    for (size_t p = 0, h = 0; p < l->n_paths; p++)
        for (size_t i = 0; i + 1 < l->paths[p].n_nodes; i++)
            hop[h++] = &l->paths[p].edges[i];
    for (size_t h = 0; h < n_hops && rc == CLI_EXIT_OK; h++) {
        for (size_t x = 0; x < h && !ev[h]; x++)
            if (hop[x]->a == hop[h]->a && hop[x]->b == hop[h]->b)
                ev[h] = ev[x];
        /* Three rows per sentence shown: an event and a co-occurrence of
         * one sentence print as one line. */
        if (!ev[h] && fnr_kb_edge_evidence(r->kb, r->viewer, hop[h]->a, hop[h]->b, &r->filter,
                                           n_ev > 30 ? 90 : 3 * n_ev, &ev[h], &err) != FNR_OK)
            rc = cli_report(&err);
    }
    fnr_free(hop);
    if (rc != CLI_EXIT_OK) {
        /* fall through to free */
    } else if (r->json) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        json_graph_info(j, r->g);
        fnr_json_key(j, "paths");
        fnr_json_array_begin(j);
        for (size_t p = 0, h = 0; p < l->n_paths; p++) {
            const fnr_path *x = &l->paths[p];
            fnr_json_object_begin(j);
            fnr_json_key(j, "hops");
            fnr_json_int(j, (int64_t)x->n_nodes - 1);
            fnr_json_key(j, "weight");
            fnr_json_double(j, x->weight, 4);
            fnr_json_key(j, "nodes");
            fnr_json_array_begin(j);
            for (size_t i = 0; i < x->n_nodes; i++)
                json_node(j, &x->nodes[i]);
            fnr_json_array_end(j);
            fnr_json_key(j, "edges");
            fnr_json_array_begin(j);
            for (size_t i = 0; i + 1 < x->n_nodes; i++, h++) {
                fnr_json_object_begin(j);
                fnr_json_key(j, "edge");
                json_edge(j, &x->edges[i]);
                fnr_json_key(j, "evidence");
                fnr_json_array_begin(j);
                for (size_t e = 0; ev[h] && e < ev[h]->n_rows; e++) {
                    const fnr_evidence_row *row = &ev[h]->rows[e];
                    char rel[2] = { row->reliability, 0 };
                    fnr_json_object_begin(j);
                    fnr_json_key(j, "kind");
                    fnr_json_cstr(j, fnr_edge_kind_name(row->kind));
                    fnr_json_key(j, "doc_id");
                    fnr_json_int(j, row->doc_id);
                    fnr_json_key(j, "doc_title");
                    fnr_json_cstr(j, row->doc_title);
                    fnr_json_key(j, "date");
                    fnr_json_cstr(j, row->date);
                    fnr_json_key(j, "reliability");
                    fnr_json_cstr(j, row->reliability ? rel : NULL);
                    fnr_json_key(j, "text");
                    fnr_json_cstr(j, row->text);
                    fnr_json_key(j, "what");
                    fnr_json_cstr(j, row->what);
                    fnr_json_key(j, "rule");
                    fnr_json_cstr(j, row->rule);
                    fnr_json_object_end(j);
                }
                fnr_json_array_end(j);
                fnr_json_key(j, "evidence_total");
                fnr_json_int(j, ev[h] ? (int64_t)ev[h]->total : 0);
                fnr_json_object_end(j);
            }
            fnr_json_array_end(j);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (l->n_paths == 0) {
        char na[160], nb[160];
        printf("no path between %s and %s in what you may see\n", name_of(r->g, a, na, sizeof na),
               name_of(r->g, b, nb, sizeof nb));
        rc = CLI_EXIT_FAIL;
    } else {
        for (size_t p = 0, h = 0; p < l->n_paths; p++) {
            const fnr_path *x = &l->paths[p];
            if (p)
                printf("\n");
            printf("path %zu: %zu %s, weight %.2f\n", p + 1, x->n_nodes - 1,
                   x->n_nodes == 2 ? "hop" : "hops", x->weight);
            for (size_t i = 0; i < x->n_nodes; i++) {
                const fnr_graph_node *n = &x->nodes[i];
                printf("  %s (e%lld, %s)\n", n->name, (long long)n->id,
                       fnr_entity_type_name(n->type));
                if (i + 1 == x->n_nodes)
                    break;
                const fnr_graph_edge *e = &x->edges[i];
                char link[120];
                edge_text(e, link, sizeof link);
                printf("   |  %s, %ld %s, weight %.2f", link, e->evidence,
                       e->evidence == 1 ? "piece" : "pieces", e->weight);
                if (e->first_seen && e->last_seen && strcmp(e->first_seen, e->last_seen) != 0)
                    printf(", %s .. %s", e->first_seen, e->last_seen);
                else if (e->first_seen)
                    printf(", %s", e->first_seen);
                printf("\n");
                size_t printed = 0, used = 0;
                for (size_t k2 = 0; ev[h] && k2 < ev[h]->n_rows; k2++) {
                    const fnr_evidence_row *row = &ev[h]->rows[k2];
                    /* An event and the same sentence's co-occurrence: one line. */
                    if (k2 && row->doc_id == ev[h]->rows[k2 - 1].doc_id && row->text &&
                        ev[h]->rows[k2 - 1].text &&
                        strcmp(row->text, ev[h]->rows[k2 - 1].text) == 0) {
                        used++;
                        continue;
                    }
                    if (printed == n_ev)
                        break;
                    printed++;
                    used++;
                    printf("   |    d%lld %s", (long long)row->doc_id,
                           row->date ? row->date : "(undated)");
                    if (row->what)
                        printf(" [%s]", row->what);
                    /* one line: white space runs become one space */
                    printf(" \"");
                    bool sp = false;
                    for (const char *c = row->text; c && *c; c++) {
                        bool ws = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
                        if (ws && !sp)
                            putchar(' ');
                        else if (!ws)
                            putchar(*c);
                        sp = ws;
                    }
                    printf("\"\n");
                }
                if (ev[h] && ev[h]->total > used)
                    printf("   |    (%zu more %s of evidence)\n", ev[h]->total - used,
                           ev[h]->total - used == 1 ? "piece" : "pieces");
                h++;
            }
        }
    }
    /* Free each evidence list once (hops may share one). */
    for (size_t h = 0; h < n_hops; h++) {
        if (!ev[h])
            continue;
        for (size_t x = h + 1; x < n_hops; x++)
            if (ev[x] == ev[h])
                ev[x] = NULL;
        fnr_evidence_list_free(ev[h]);
    }
    fnr_free(ev);
    fnr_path_list_free(l);
    return rc;
}

static const char *measure_name(fnr_centrality m)
{
    switch (m) {
    case FNR_CENTRAL_DEGREE:
        return "degree";
    case FNR_CENTRAL_BETWEENNESS:
        return "betweenness";
    case FNR_CENTRAL_PAGERANK:
        return "pagerank";
    case FNR_CENTRAL_EIGENVECTOR:
        return "eigenvector";
    }
    return "?";
}

static int run_central(graph_run *r, const cli_args *args)
{
    fnr_centrality m = FNR_CENTRAL_DEGREE;
    size_t top = 20;
    const char *v = cli_opt_value(args, "measure");
    if (v) {
        m = 0;
        for (int x = FNR_CENTRAL_DEGREE; x <= FNR_CENTRAL_EIGENVECTOR; x++)
            if (strcmp(v, measure_name((fnr_centrality)x)) == 0)
                m = (fnr_centrality)x;
        if (!m) {
            cli_errorf("invalid value \"%s\" for --measure: expected degree, betweenness, "
                       "pagerank or eigenvector",
                       v);
            return CLI_EXIT_USAGE;
        }
    }
    v = cli_opt_value(args, "top");
    if (v && !cli_parse_size("top", v, &top))
        return CLI_EXIT_USAGE;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_central_list *l = NULL;
    if (fnr_graph_central(r->g, m, top, r->seed, &l, &err) != FNR_OK)
        return cli_report(&err);
    int rc;
    if (r->json) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        json_graph_info(j, r->g);
        fnr_json_key(j, "measure");
        fnr_json_cstr(j, measure_name(m));
        fnr_json_key(j, "approximate");
        fnr_json_bool(j, l->approximate);
        fnr_json_key(j, "samples");
        fnr_json_int(j, (int64_t)l->samples);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++) {
            fnr_json_object_begin(j);
            fnr_json_key(j, "node");
            json_node(j, &l->rows[i].node);
            fnr_json_key(j, "score");
            fnr_json_double(j, l->rows[i].score, 6);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else {
        printf("key figures by %s", measure_name(m));
        if (m == FNR_CENTRAL_DEGREE)
            printf(" (weighted: the sum of each entity's link weights)");
        else if (m == FNR_CENTRAL_BETWEENNESS)
            printf(" (shortest paths through each entity, in hops)");
        printf("\n");
        if (l->approximate)
            printf("approximate: estimated from %zu sampled entities (seed %llu), scaled to "
                   "the whole graph\n",
                   l->samples, (unsigned long long)r->seed);
        print_graph_line(r->g);
        printf("\n");
        static const char *const headers[] = { "rank",  "id",    "name",    "type",
                                               "score", "links", "strength" };
        cli_table t;
        cli_table_init(&t, 7, headers);
        t.right[0] = t.right[1] = t.right[4] = t.right[5] = t.right[6] = true;
        t.max_width[2] = 50;
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_central_row *x = &l->rows[i];
            cli_table_cellf(&t, "%zu", i + 1);
            cli_table_cellf(&t, "e%lld", (long long)x->node.id);
            cli_table_cell(&t, x->node.name);
            cli_table_cell(&t, fnr_entity_type_name(x->node.type));
            if (m == FNR_CENTRAL_PAGERANK || m == FNR_CENTRAL_EIGENVECTOR)
                cli_table_cellf(&t, "%.4f", x->score);
            else
                cli_table_cellf(&t, "%.2f", x->score);
            cli_table_cellf(&t, "%ld", x->node.degree);
            cli_table_cellf(&t, "%.2f", x->node.strength);
        }
        rc = l->n_rows ? table_out(&t, 0) : (cli_table_destroy(&t), CLI_EXIT_OK);
    }
    fnr_central_list_free(l);
    return rc;
}

/* Cells and components print alike. */
static int print_groups(graph_run *r, const fnr_cell_list *l, const char *what, size_t top,
                        size_t members, bool roles)
{
    int rc = CLI_EXIT_OK;
    size_t shown = l->n_cells < top ? l->n_cells : top;
    for (size_t c = 0; c < shown && rc == CLI_EXIT_OK; c++) {
        const fnr_cell *cell = &l->cells[c];
        printf("\n%s %zu: %zu members, %zu links inside (weight %.2f)\n", what, c + 1,
               cell->n_members, cell->n_edges_total, cell->weight);
        static const char *const headers[] = { "id", "name", "type", "role", "inside" };
        cli_table t;
        cli_table_init(&t, roles ? 5 : 5, headers);
        t.right[0] = t.right[4] = true;
        t.max_width[1] = 50;
        size_t nm = cell->n_members < members ? cell->n_members : members;
        for (size_t i = 0; i < nm; i++) {
            const fnr_cell_member *m = &cell->members[i];
            cli_table_cellf(&t, "e%lld", (long long)m->node.id);
            cli_table_cell(&t, m->node.name);
            cli_table_cell(&t, fnr_entity_type_name(m->node.type));
            cli_table_cell(&t, m->role ? m->role : "");
            cli_table_cellf(&t, "%.2f", m->inside);
        }
        rc = table_out(&t, 2);
        if (cell->n_members > nm)
            printf("  (%zu more %s)\n", cell->n_members - nm,
                   cell->n_members - nm == 1 ? "member" : "members");
        if (rc != CLI_EXIT_OK || !cell->n_edges)
            continue;
        printf("  bound by\n");
        static const char *const eh[] = { "a", "b", "weight", "evidence", "link" };
        cli_table et;
        cli_table_init(&et, 5, eh);
        et.right[2] = et.right[3] = true;
        et.max_width[0] = et.max_width[1] = 40;
        size_t ne = cell->n_edges < 5 ? cell->n_edges : 5;
        for (size_t i = 0; i < ne; i++) {
            const fnr_graph_edge *e = &cell->edges[i];
            char na[160], nb[160], link[120];
            edge_text(e, link, sizeof link);
            cli_table_cell(&et, name_of(r->g, e->a, na, sizeof na));
            cli_table_cell(&et, name_of(r->g, e->b, nb, sizeof nb));
            cli_table_cellf(&et, "%.2f", e->weight);
            cli_table_cellf(&et, "%ld", e->evidence);
            cli_table_cell(&et, link);
        }
        rc = table_out(&et, 4);
        if (cell->n_edges_total > ne)
            printf("    (%zu more %s)\n", cell->n_edges_total - ne,
                   cell->n_edges_total - ne == 1 ? "link" : "links");
    }
    if (rc == CLI_EXIT_OK && l->n_cells > shown)
        printf("\n(%zu more; --top N shows more)\n", l->n_cells - shown);
    return rc;
}

static void json_groups(fnr_json *j, const fnr_cell_list *l, size_t top)
{
    fnr_json_key(j, "total");
    fnr_json_int(j, (int64_t)l->n_cells);
    fnr_json_key(j, "cells");
    fnr_json_array_begin(j);
    for (size_t c = 0; c < l->n_cells && c < top; c++) {
        const fnr_cell *cell = &l->cells[c];
        fnr_json_object_begin(j);
        fnr_json_key(j, "weight");
        fnr_json_double(j, cell->weight, 4);
        fnr_json_key(j, "n_edges_total");
        fnr_json_int(j, (int64_t)cell->n_edges_total);
        fnr_json_key(j, "members");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < cell->n_members; i++) {
            fnr_json_object_begin(j);
            fnr_json_key(j, "node");
            json_node(j, &cell->members[i].node);
            fnr_json_key(j, "role");
            fnr_json_cstr(j, cell->members[i].role);
            fnr_json_key(j, "inside");
            fnr_json_double(j, cell->members[i].inside, 4);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_key(j, "edges");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < cell->n_edges; i++)
            json_edge(j, &cell->edges[i]);
        fnr_json_array_end(j);
        fnr_json_object_end(j);
    }
    fnr_json_array_end(j);
}

static int run_cells(graph_run *r, const cli_args *args, bool components)
{
    fnr_cell_method method = FNR_CELLS_LEIDEN;
    size_t min_size = 0, top = 20, members = 20;
    double resolution = 1.0;
    const char *v = cli_opt_value(args, "method");
    if (v) {
        if (strcmp(v, "leiden") == 0)
            method = FNR_CELLS_LEIDEN;
        else if (strcmp(v, "louvain") == 0)
            method = FNR_CELLS_LOUVAIN;
        else {
            cli_errorf("invalid value \"%s\" for --method: expected leiden or louvain", v);
            return CLI_EXIT_USAGE;
        }
    }
    v = cli_opt_value(args, "min-size");
    if (v && !cli_parse_size("min-size", v, &min_size))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "top");
    if (v && !cli_parse_size("top", v, &top))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "limit");
    if (v && !cli_parse_size("limit", v, &members))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "resolution");
    if (v && (!parse_double("resolution", v, &resolution) || resolution == 0)) {
        if (resolution == 0)
            cli_errorf("invalid value \"%s\" for --resolution: expected a number above 0", v);
        return CLI_EXIT_USAGE;
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_cell_list *l = NULL;
    fnr_status st = components
                        ? fnr_graph_components(r->g, min_size, &l, &err)
                        : fnr_graph_cells(r->g, method, min_size, resolution, r->seed, &l, &err);
    if (st != FNR_OK)
        return cli_report(&err);
    int rc;
    if (r->json) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        json_graph_info(j, r->g);
        if (!components) {
            fnr_json_key(j, "method");
            fnr_json_cstr(j, method == FNR_CELLS_LEIDEN ? "leiden" : "louvain");
            fnr_json_key(j, "resolution");
            fnr_json_double(j, resolution, 4);
            fnr_json_key(j, "seed");
            fnr_json_int(j, (int64_t)r->seed);
            fnr_json_key(j, "modularity");
            fnr_json_double(j, l->modularity, 4);
        }
        json_groups(j, l, top);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else {
        if (components)
            printf("%zu connected %s of at least %zu entities\n", l->n_cells,
                   l->n_cells == 1 ? "network" : "networks", min_size ? min_size : 2);
        else
            printf("%zu %s of at least %zu members (%s, resolution %g, seed %llu), modularity "
                   "%.3f\n",
                   l->n_cells, l->n_cells == 1 ? "cell" : "cells", min_size ? min_size : 3,
                   method == FNR_CELLS_LEIDEN ? "Leiden" : "Louvain", resolution,
                   (unsigned long long)r->seed, l->modularity);
        print_graph_line(r->g);
        rc = print_groups(r, l, components ? "network" : "cell", top, members, !components);
    }
    fnr_cell_list_free(l);
    return rc;
}

static int run_brokers(graph_run *r, const cli_args *args)
{
    size_t top = 20;
    const char *v = cli_opt_value(args, "top");
    if (v && !cli_parse_size("top", v, &top))
        return CLI_EXIT_USAGE;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_broker_list *l = NULL;
    if (fnr_graph_brokers(r->g, top, &l, &err) != FNR_OK)
        return cli_report(&err);
    int rc;
    if (r->json) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        json_graph_info(j, r->g);
        fnr_json_key(j, "rows");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++) {
            fnr_json_object_begin(j);
            fnr_json_key(j, "node");
            json_node(j, &l->rows[i].node);
            fnr_json_key(j, "pieces");
            fnr_json_int(j, (int64_t)l->rows[i].pieces);
            fnr_json_key(j, "cut_off");
            fnr_json_int(j, (int64_t)l->rows[i].cut_off);
            fnr_json_object_end(j);
        }
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (!l->n_rows) {
        print_graph_line(r->g);
        printf("no brokers: removing any one entity leaves every network in one piece\n");
        rc = CLI_EXIT_OK;
    } else {
        printf("brokers: entities whose removal splits their network\n");
        print_graph_line(r->g);
        printf("\n");
        static const char *const headers[] = { "id", "name", "type", "pieces", "cut off", "links" };
        cli_table t;
        cli_table_init(&t, 6, headers);
        t.right[0] = t.right[3] = t.right[4] = t.right[5] = true;
        t.max_width[1] = 50;
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_broker_row *x = &l->rows[i];
            cli_table_cellf(&t, "e%lld", (long long)x->node.id);
            cli_table_cell(&t, x->node.name);
            cli_table_cell(&t, fnr_entity_type_name(x->node.type));
            cli_table_cellf(&t, "%zu", x->pieces);
            cli_table_cellf(&t, "%zu", x->cut_off);
            cli_table_cellf(&t, "%ld", x->node.degree);
        }
        rc = table_out(&t, 0);
        printf("\n\"cut off\": entities no longer linked to the largest remaining piece.\n");
    }
    fnr_broker_list_free(l);
    return rc;
}

static int run_export(graph_run *r, const cli_args *args)
{
    static const struct {
        const char *name;
        fnr_graph_format f;
    } formats[] = {
        { "graphml", FNR_GRAPH_GRAPHML },
        { "gexf", FNR_GRAPH_GEXF },
        { "dot", FNR_GRAPH_DOT },
        { "json", FNR_GRAPH_JSON },
    };

    const char *v = cli_opt_value(args, "format");
    fnr_graph_format f = FNR_GRAPH_GRAPHML;
    if (v) {
        f = 0;
        for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
            if (strcmp(v, formats[i].name) == 0)
                f = formats[i].f;
        if (!f) {
            cli_errorf("invalid value \"%s\" for --format: expected graphml, gexf, dot or json", v);
            return CLI_EXIT_USAGE;
        }
    }
    const char *path = cli_opt_value(args, "out");
    FILE *out = stdout;
    if (path && strcmp(path, "-") != 0) {
        out = fopen(path, "wb");
        if (!out) {
            cli_errorf("could not open \"%s\" for writing: %s", path, strerror(errno));
            return CLI_EXIT_IOERR;
        }
    }
    fnr_error err;
    fnr_error_clear(&err);
    fnr_status st = fnr_graph_export(r->g, f, out, &err);
    if (out != stdout && fclose(out) != 0 && st == FNR_OK)
        st = fnr_error_set(&err, FNR_IO, "could not write \"%s\"", path);
    if (st != FNR_OK)
        return cli_report(&err);
    if (out != stdout) {
        fnr_graph_info info;
        fnr_graph_info_get(r->g, &info);
        fprintf(stderr, "wrote %zu entities and %zu links to \"%s\"\n", info.nodes, info.edges,
                path);
    }
    return CLI_EXIT_OK;
}

/* ---- dispatch -----------------------------------------------------------------------------------
 */

int cli_cmd_graph(const cli_command *cmd, cli_args *args)
{
    static const struct {
        const char *form;
        size_t min_pos, max_pos; /* positional arguments after the form */
    } forms[] = {
        { "neighbors", 1, SIZE_MAX }, { "path", 2, 2 },    { "central", 0, 0 }, { "cells", 0, 0 },
        { "components", 0, 0 },       { "brokers", 0, 0 }, { "export", 0, 0 },
    };

    const char *form = args->n_pos ? args->pos[0] : NULL;
    if (form && strcmp(form, "neighbours") == 0)
        form = "neighbors";
    size_t fi = SIZE_MAX;
    for (size_t i = 0; form && i < sizeof forms / sizeof forms[0]; i++)
        if (strcmp(form, forms[i].form) == 0)
            fi = i;
    if (fi == SIZE_MAX) {
        if (form)
            cli_errorf("unknown graph form \"%s\": expected neighbors, path, central, cells, "
                       "components, brokers or export",
                       form);
        else
            cli_errorf("no graph form given");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    size_t n = args->n_pos - 1;
    if (n < forms[fi].min_pos || n > forms[fi].max_pos) {
        if (fi == 1)
            cli_errorf("\"graph path\" needs two entities, A and B (quote names with spaces)");
        else if (n < forms[fi].min_pos)
            cli_errorf("\"graph %s\" needs an entity", form);
        else
            cli_errorf("unexpected argument \"%s\" for \"graph %s\"",
                       args->pos[1 + forms[fi].max_pos], form);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (!only_for(args, "depth", form, "neighbors") ||
        !only_for(args, "limit", form, "neighbors cells components") ||
        !only_for(args, "k", form, "path") || !only_for(args, "evidence", form, "path") ||
        !only_for(args, "measure", form, "central") ||
        !only_for(args, "top", form, "central cells components brokers") ||
        !only_for(args, "method", form, "cells") || !only_for(args, "resolution", form, "cells") ||
        !only_for(args, "min-size", form, "cells components") ||
        !only_for(args, "format", form, "export") || !only_for(args, "out", form, "export"))
        return CLI_EXIT_USAGE;

    fnr_graph_filter filter = { 0 };
    const char *v = cli_opt_value(args, "kinds");
    if (v && !parse_kinds(v, &filter.kinds))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "types");
    if (v && !parse_types(v, &filter.entity_types))
        return CLI_EXIT_USAGE;
    filter.since = cli_opt_value(args, "since");
    filter.until = cli_opt_value(args, "until");
    if ((filter.since && !cli_parse_date_prefix("since", filter.since)) ||
        (filter.until && !cli_parse_date_prefix("until", filter.until)))
        return CLI_EXIT_USAGE;
    v = cli_opt_value(args, "min-weight");
    if (v && !parse_double("min-weight", v, &filter.min_weight))
        return CLI_EXIT_USAGE;
    graph_run r = { .json = cli_opt_flag(args, "json"), .seed = 1, .filter = filter };
    v = cli_opt_value(args, "seed");
    if (v) {
        char *end = NULL;
        errno = 0;
        unsigned long long s = strtoull(v, &end, 10);
        if (errno || !end || *end || !v[0] || v[0] == '-') {
            cli_errorf("invalid value \"%s\" for --seed: expected a whole number", v);
            return CLI_EXIT_USAGE;
        }
        r.seed = s;
    }
    if (fi == 6 && r.json) {
        cli_errorf("--json does not apply to \"graph export\" (use --format json)");
        return CLI_EXIT_USAGE;
    }

    /* What was asked, for the audit record of the build. */
    fnr_buf purpose;
    fnr_buf_init(&purpose, 400);
    fnr_buf_puts(&purpose, form);
    for (size_t i = 1; i < args->n_pos; i++)
        fnr_buf_printf(&purpose, " \"%s\"", args->pos[i]);
    static const char *const shown[] = { "depth",  "limit",    "k",          "measure", "top",
                                         "method", "min-size", "resolution", "format",  "seed" };
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        if ((v = cli_opt_value(args, shown[i])))
            fnr_buf_printf(&purpose, " --%s %s", shown[i], v);
    filter.purpose = purpose.data;

    int rc = cli_kb_open_as(args, &r.kb, &r.viewer);
    if (rc != CLI_EXIT_OK) {
        fnr_buf_destroy(&purpose);
        return rc;
    }
    fnr_error err;
    fnr_error_clear(&err);
    if (fnr_graph_build(r.kb, r.viewer, &filter, &r.g, &err) != FNR_OK) {
        rc = cli_report(&err);
    } else {
        switch (fi) {
        case 0:
            rc = run_neighbors(&r, args);
            break;
        case 1:
            rc = run_path(&r, args);
            break;
        case 2:
            rc = run_central(&r, args);
            break;
        case 3:
            rc = run_cells(&r, args, false);
            break;
        case 4:
            rc = run_cells(&r, args, true);
            break;
        case 5:
            rc = run_brokers(&r, args);
            break;
        default:
            rc = run_export(&r, args);
            break;
        }
    }
    fnr_graph_free(r.g);
    fnr_buf_destroy(&purpose);
    cli_kb_close(r.kb, r.viewer);
    return rc;
}
