/*
 * The whole graph out to other tools: GraphML (Cytoscape, Gephi, yEd),
 * GEXF 1.2 (Gephi), DOT (Graphviz) and JSON (our own shape: {"directed",
 * "nodes", "edges"}), each by a streaming writer of ours into a buffer that
 * is flushed to the FILE every 64 KiB, so a graph of millions of edges is
 * written in constant memory. Names are escaped for each format (XML
 * entities, DOT quoting, JSON through base/json.h) and invalid UTF-8 or
 * control bytes never reach the output. Numbers are written as the JSON
 * writer writes them (at most 4 decimals, no trailing zeros), so the same
 * graph gives the same bytes.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "analysis/analysis_int.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/json.h"
#include "base/utf8.h"

#define FLUSH_AT (64 * 1024)

typedef struct writer {
    fnr_buf b;
    FILE *out;
    fnr_status rc; /* first failure */
} writer;

static void flush(writer *w, bool force)
{
    if (w->rc != FNR_OK || (!force && w->b.len < FLUSH_AT) || !w->b.len)
        return;
    if (fwrite(w->b.data, 1, w->b.len, w->out) != w->b.len)
        w->rc = FNR_IO;
    fnr_buf_reset(&w->b);
}

static void put(writer *w, const char *s)
{
    if (w->rc == FNR_OK)
        w->rc = fnr_buf_puts(&w->b, s);
}

static void putf(writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void putf(writer *w, const char *fmt, ...)
{
    if (w->rc != FNR_OK)
        return;
    va_list ap;
    va_start(ap, fmt);
    w->rc = fnr_buf_vprintf(&w->b, fmt, ap);
    va_end(ap);
}

static void put_num(writer *w, double v)
{
    char tmp[FNR_JSON_DOUBLE_MAX + 1];
    size_t n = fnr_json_format_double(tmp, v, 4);
    tmp[n] = '\0';
    put(w, tmp);
}

/* Copies s with each code point passed to esc (NULL: as is); invalid UTF-8
 * becomes U+FFFD and control characters a space. mode 'x' XML, 'd' DOT. */
static void put_text(writer *w, const char *s, char mode)
{
    if (!s || w->rc != FNR_OK)
        return;
    size_t len = strlen(s);
    for (size_t i = 0; i < len && w->rc == FNR_OK;) {
        int32_t cp = 0;
        size_t n = fnr_utf8_decode(s + i, len - i, &cp);
        if (n == 0 || cp < 0) {
            put(w, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        if (cp < 0x20 || cp == 0x7f) {
            put(w, " ");
        } else if (mode == 'x' && cp == '&') {
            put(w, "&amp;");
        } else if (mode == 'x' && cp == '<') {
            put(w, "&lt;");
        } else if (mode == 'x' && cp == '>') {
            put(w, "&gt;");
        } else if (mode == 'x' && cp == '"') {
            put(w, "&quot;");
        } else if (mode == 'x' && cp == '\'') {
            put(w, "&apos;");
        } else if (mode == 'd' && (cp == '"' || cp == '\\')) {
            put(w, cp == '"' ? "\\\"" : "\\\\");
        } else if (cp == 0xFFFE || cp == 0xFFFF) {
            put(w, "\xEF\xBF\xBD"); /* not allowed in XML */
        } else {
            w->rc = fnr_buf_append(&w->b, s + i, n);
        }
        i += n;
    }
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

/* ---- GraphML ---------------------------------------------------------------------------- */

static const struct {
    const char *id, *for_, *name, *type;
} GRAPHML_KEYS[] = {
    { "d0", "node", "label", "string" },       { "d1", "node", "type", "string" },
    { "d2", "node", "kind", "string" },        { "d3", "node", "first_seen", "string" },
    { "d4", "node", "last_seen", "string" },   { "d5", "node", "degree", "long" },
    { "d6", "node", "strength", "double" },    { "d7", "edge", "weight", "double" },
    { "d8", "edge", "kinds", "string" },       { "d9", "edge", "labels", "string" },
    { "d10", "edge", "evidence", "long" },     { "d11", "edge", "relations", "long" },
    { "d12", "edge", "events", "long" },       { "d13", "edge", "sentences", "long" },
    { "d14", "edge", "first_seen", "string" }, { "d15", "edge", "last_seen", "string" },
};

static void xml_data(writer *w, const char *key, const char *text)
{
    if (!text)
        return;
    putf(w, "<data key=\"%s\">", key);
    put_text(w, text, 'x');
    put(w, "</data>");
}

static void xml_data_long(writer *w, const char *key, long v)
{
    putf(w, "<data key=\"%s\">%ld</data>", key, v);
}

static void xml_data_num(writer *w, const char *key, double v)
{
    putf(w, "<data key=\"%s\">", key);
    put_num(w, v);
    put(w, "</data>");
}

static void write_graphml(const fnr_graph *g, writer *w)
{
    put(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof GRAPHML_KEYS / sizeof GRAPHML_KEYS[0]; i++)
        putf(w, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
             GRAPHML_KEYS[i].id, GRAPHML_KEYS[i].for_, GRAPHML_KEYS[i].name, GRAPHML_KEYS[i].type);
    put(w, "  <graph id=\"fener\" edgedefault=\"undirected\">\n");
    for (uint32_t v = 0; v < g->n_nodes && w->rc == FNR_OK; v++) {
        fnr_graph_node n;
        fnr__graph_node_fill(g, v, NULL, &n);
        putf(w, "    <node id=\"e%" PRId64 "\">", n.id);
        xml_data(w, "d0", n.name);
        xml_data(w, "d1", fnr_entity_type_name(n.type));
        xml_data(w, "d2", n.kind);
        xml_data(w, "d3", n.first_seen);
        xml_data(w, "d4", n.last_seen);
        xml_data_long(w, "d5", n.degree);
        xml_data_num(w, "d6", n.strength);
        put(w, "</node>\n");
        flush(w, false);
    }
    for (uint32_t e = 0; e < g->n_edges && w->rc == FNR_OK; e++) {
        fnr_graph_edge x;
        char kinds[40];
        fnr__graph_edge_fill(g, e, NULL, &x);
        kinds_text(x.kinds, kinds, sizeof kinds);
        putf(w, "    <edge id=\"x%" PRIu32 "\" source=\"e%" PRId64 "\" target=\"e%" PRId64 "\">", e,
             x.a, x.b);
        xml_data_num(w, "d7", x.weight);
        xml_data(w, "d8", kinds);
        xml_data(w, "d9", x.labels);
        xml_data_long(w, "d10", x.evidence);
        xml_data_long(w, "d11", x.relations);
        xml_data_long(w, "d12", x.events);
        xml_data_long(w, "d13", x.sentences);
        xml_data(w, "d14", x.first_seen);
        xml_data(w, "d15", x.last_seen);
        put(w, "</edge>\n");
        flush(w, false);
    }
    put(w, "  </graph>\n</graphml>\n");
}

/* ---- GEXF ---------------------------------------------------------------------------------- */

static void gexf_att(writer *w, const char *id, const char *text)
{
    if (!text)
        return;
    putf(w, "<attvalue for=\"%s\" value=\"", id);
    put_text(w, text, 'x');
    put(w, "\"/>");
}

static void gexf_att_long(writer *w, const char *id, long v)
{
    putf(w, "<attvalue for=\"%s\" value=\"%ld\"/>", id, v);
}

static void write_gexf(const fnr_graph *g, writer *w)
{
    put(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
           "  <meta><creator>fener</creator><description>entities and the evidence that ties "
           "them</description></meta>\n"
           "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
           "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
           "      <attribute id=\"degree\" title=\"degree\" type=\"long\"/>\n"
           "      <attribute id=\"strength\" title=\"strength\" type=\"double\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"kinds\" title=\"kinds\" type=\"string\"/>\n"
           "      <attribute id=\"labels\" title=\"labels\" type=\"string\"/>\n"
           "      <attribute id=\"evidence\" title=\"evidence\" type=\"long\"/>\n"
           "      <attribute id=\"relations\" title=\"relations\" type=\"long\"/>\n"
           "      <attribute id=\"events\" title=\"events\" type=\"long\"/>\n"
           "      <attribute id=\"sentences\" title=\"sentences\" type=\"long\"/>\n"
           "      <attribute id=\"first_seen\" title=\"first_seen\" type=\"string\"/>\n"
           "      <attribute id=\"last_seen\" title=\"last_seen\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n");
    for (uint32_t v = 0; v < g->n_nodes && w->rc == FNR_OK; v++) {
        fnr_graph_node n;
        fnr__graph_node_fill(g, v, NULL, &n);
        putf(w, "      <node id=\"e%" PRId64 "\" label=\"", n.id);
        put_text(w, n.name, 'x');
        put(w, "\"><attvalues>");
        gexf_att(w, "type", fnr_entity_type_name(n.type));
        gexf_att(w, "kind", n.kind);
        gexf_att(w, "first_seen", n.first_seen);
        gexf_att(w, "last_seen", n.last_seen);
        gexf_att_long(w, "degree", n.degree);
        put(w, "<attvalue for=\"strength\" value=\"");
        put_num(w, n.strength);
        put(w, "\"/></attvalues></node>\n");
        flush(w, false);
    }
    put(w, "    </nodes>\n    <edges>\n");
    for (uint32_t e = 0; e < g->n_edges && w->rc == FNR_OK; e++) {
        fnr_graph_edge x;
        char kinds[40];
        fnr__graph_edge_fill(g, e, NULL, &x);
        kinds_text(x.kinds, kinds, sizeof kinds);
        putf(w,
             "      <edge id=\"%" PRIu32 "\" source=\"e%" PRId64 "\" target=\"e%" PRId64
             "\" weight=\"",
             e, x.a, x.b);
        put_num(w, x.weight);
        put(w, "\"><attvalues>");
        gexf_att(w, "kinds", kinds);
        gexf_att(w, "labels", x.labels);
        gexf_att_long(w, "evidence", x.evidence);
        gexf_att_long(w, "relations", x.relations);
        gexf_att_long(w, "events", x.events);
        gexf_att_long(w, "sentences", x.sentences);
        gexf_att(w, "first_seen", x.first_seen);
        gexf_att(w, "last_seen", x.last_seen);
        put(w, "</attvalues></edge>\n");
        flush(w, false);
    }
    put(w, "    </edges>\n  </graph>\n</gexf>\n");
}

/* ---- DOT ----------------------------------------------------------------------------------- */

static void dot_attr(writer *w, const char *name, const char *text, bool *first)
{
    if (!text)
        return;
    putf(w, "%s%s=\"", *first ? "" : ", ", name);
    put_text(w, text, 'd');
    put(w, "\"");
    *first = false;
}

static void write_dot(const fnr_graph *g, writer *w)
{
    put(w, "graph fener {\n  node [shape=ellipse];\n");
    for (uint32_t v = 0; v < g->n_nodes && w->rc == FNR_OK; v++) {
        fnr_graph_node n;
        fnr__graph_node_fill(g, v, NULL, &n);
        bool first = true;
        putf(w, "  \"e%" PRId64 "\" [", n.id);
        dot_attr(w, "label", n.name, &first);
        dot_attr(w, "type", fnr_entity_type_name(n.type), &first);
        dot_attr(w, "kind", n.kind, &first);
        dot_attr(w, "first_seen", n.first_seen, &first);
        dot_attr(w, "last_seen", n.last_seen, &first);
        putf(w, ", degree=%ld, strength=", n.degree);
        put_num(w, n.strength);
        put(w, "];\n");
        flush(w, false);
    }
    for (uint32_t e = 0; e < g->n_edges && w->rc == FNR_OK; e++) {
        fnr_graph_edge x;
        char kinds[40];
        fnr__graph_edge_fill(g, e, NULL, &x);
        kinds_text(x.kinds, kinds, sizeof kinds);
        /* dot's own weight must be an integer: the evidence weight goes in
         * evidence_weight, rounded up into weight for layouts. */
        long iw = (long)x.weight;
        if ((double)iw < x.weight)
            iw++;
        putf(w, "  \"e%" PRId64 "\" -- \"e%" PRId64 "\" [weight=%ld, evidence_weight=", x.a, x.b,
             iw < 1 ? 1 : iw);
        put_num(w, x.weight);
        bool first = false;
        dot_attr(w, "kinds", kinds, &first);
        dot_attr(w, "labels", x.labels, &first);
        putf(w, ", evidence=%ld, relations=%ld, events=%ld, sentences=%ld", x.evidence, x.relations,
             x.events, x.sentences);
        dot_attr(w, "first_seen", x.first_seen, &first);
        dot_attr(w, "last_seen", x.last_seen, &first);
        put(w, "];\n");
        flush(w, false);
    }
    put(w, "}\n");
}

/* ---- JSON ---------------------------------------------------------------------------------- */

static void write_json(const fnr_graph *g, writer *w)
{
    fnr_json j;
    fnr_json_init(&j, &w->b, 0);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "directed");
    fnr_json_bool(&j, false);
    fnr_json_key(&j, "nodes");
    fnr_json_array_begin(&j);
    for (uint32_t v = 0; v < g->n_nodes && j.status == FNR_OK && w->rc == FNR_OK; v++) {
        fnr_graph_node n;
        fnr__graph_node_fill(g, v, NULL, &n);
        fnr_json_object_begin(&j);
        fnr_json_key(&j, "id");
        fnr_json_int(&j, n.id);
        fnr_json_key(&j, "type");
        fnr_json_cstr(&j, fnr_entity_type_name(n.type));
        fnr_json_key(&j, "name");
        fnr_json_cstr(&j, n.name);
        fnr_json_key(&j, "kind");
        fnr_json_cstr(&j, n.kind);
        fnr_json_key(&j, "first_seen");
        fnr_json_cstr(&j, n.first_seen);
        fnr_json_key(&j, "last_seen");
        fnr_json_cstr(&j, n.last_seen);
        fnr_json_key(&j, "degree");
        fnr_json_int(&j, n.degree);
        fnr_json_key(&j, "strength");
        fnr_json_double(&j, n.strength, 4);
        fnr_json_object_end(&j);
        flush(w, false);
    }
    fnr_json_array_end(&j);
    fnr_json_key(&j, "edges");
    fnr_json_array_begin(&j);
    for (uint32_t e = 0; e < g->n_edges && j.status == FNR_OK && w->rc == FNR_OK; e++) {
        fnr_graph_edge x;
        fnr__graph_edge_fill(g, e, NULL, &x);
        fnr_json_object_begin(&j);
        fnr_json_key(&j, "source");
        fnr_json_int(&j, x.a);
        fnr_json_key(&j, "target");
        fnr_json_int(&j, x.b);
        fnr_json_key(&j, "kinds");
        fnr_json_array_begin(&j);
        for (unsigned k = 1; k <= 4; k <<= 1)
            if (x.kinds & k)
                fnr_json_cstr(&j, fnr_edge_kind_name((fnr_edge_kind)k));
        fnr_json_array_end(&j);
        fnr_json_key(&j, "labels");
        fnr_json_cstr(&j, x.labels);
        fnr_json_key(&j, "weight");
        fnr_json_double(&j, x.weight, 4);
        fnr_json_key(&j, "evidence");
        fnr_json_int(&j, x.evidence);
        fnr_json_key(&j, "relations");
        fnr_json_int(&j, x.relations);
        fnr_json_key(&j, "events");
        fnr_json_int(&j, x.events);
        fnr_json_key(&j, "sentences");
        fnr_json_int(&j, x.sentences);
        fnr_json_key(&j, "first_seen");
        fnr_json_cstr(&j, x.first_seen);
        fnr_json_key(&j, "last_seen");
        fnr_json_cstr(&j, x.last_seen);
        fnr_json_object_end(&j);
        flush(w, false);
    }
    fnr_json_array_end(&j);
    fnr_json_object_end(&j);
    fnr_status rc = fnr_json_finish(&j);
    if (w->rc == FNR_OK)
        w->rc = rc;
    put(w, "\n");
}

fnr_status fnr_graph_export(const fnr_graph *g, fnr_graph_format format, FILE *out, fnr_error *err)
{
    fnr_error_clear(err);
    if (!g || !out)
        return fnr_error_set(err, FNR_INVALID, "no graph or output given");
    writer w = { .out = out, .rc = FNR_OK };
    fnr_buf_init(&w.b, 0);
    switch (format) {
    case FNR_GRAPH_GRAPHML:
        write_graphml(g, &w);
        break;
    case FNR_GRAPH_GEXF:
        write_gexf(g, &w);
        break;
    case FNR_GRAPH_DOT:
        write_dot(g, &w);
        break;
    case FNR_GRAPH_JSON:
        write_json(g, &w);
        break;
    default:
        fnr_buf_destroy(&w.b);
        return fnr_error_set(err, FNR_INVALID, "unknown export format %d", (int)format);
    }
    flush(&w, true);
    if (w.rc == FNR_OK && fflush(out) != 0)
        w.rc = FNR_IO;
    fnr_buf_destroy(&w.b);
    if (w.rc == FNR_IO)
        return fnr_error_set(err, FNR_IO, "could not write the graph");
    if (w.rc != FNR_OK)
        return fnr_error_set(err, w.rc, "could not write the graph: %s", fnr_status_text(w.rc));
    return FNR_OK;
}
