/*
 * `fener audit`: the store's hash-chained audit log.
 *
 *     fener audit [--since D] [--user U] [--action A] [--limit N] [--json]
 *     fener audit verify [--head SEQ:HASH] [--json]
 *     fener audit head [--json]
 *
 * Listing is the owner's and is itself recorded in the log. verify
 * recomputes the chain and exits 65 naming the first bad record; head
 * prints the last record's "SEQ:HASH", which an administrator keeps
 * outside the store and later gives to verify --head (that catches even a
 * rewrite of the whole chain's tail).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "cli/cli.h"
#include "fener/kb.h"

static void json_row(fnr_json *j, const fnr_audit_row *r)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "seq");
    fnr_json_int(j, r->seq);
    fnr_json_key(j, "at");
    fnr_json_cstr(j, r->at);
    fnr_json_key(j, "user");
    fnr_json_cstr(j, r->user);
    fnr_json_key(j, "action");
    fnr_json_cstr(j, r->action);
    fnr_json_key(j, "what");
    fnr_json_cstr(j, r->what);
    fnr_json_key(j, "facts");
    fnr_json_int(j, r->facts);
    fnr_json_key(j, "docs");
    fnr_json_array_begin(j);
    for (size_t k = 0; k < r->n_docs; k++)
        fnr_json_int(j, r->docs[k]);
    fnr_json_array_end(j);
    fnr_json_key(j, "hash");
    fnr_json_cstr(j, r->hash);
    fnr_json_object_end(j);
}

static int audit_list(cli_args *args)
{
    fnr_audit_filter f = { 0 };
    f.since = cli_opt_value(args, "since");
    f.user = cli_opt_value(args, "user");
    f.action = cli_opt_value(args, "action");
    const char *lim = cli_opt_value(args, "limit");
    if (lim && !cli_parse_size("--limit", lim, &f.limit))
        return CLI_EXIT_USAGE;
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, true, &kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    fnr_error err;
    fnr_audit_list *l = NULL;
    if (fnr_kb_audit_list(kb, NULL, &f, &l, &err) != FNR_OK) {
        fnr_kb_close(kb);
        return cli_report(&err);
    }
    fnr_kb_close(kb);
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "records");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++)
            json_row(j, &l->rows[i]);
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (l->n_rows == 0) {
        printf("no audit records%s\n", f.since || f.user || f.action ? " match" : "");
    } else {
        static const char *const headers[] = { "seq",   "at",   "user", "action",
                                               "facts", "docs", "what" };
        cli_table t;
        cli_table_init(&t, 7, headers);
        t.right[0] = true;
        t.right[4] = true;
        t.max_width[5] = 24;
        t.max_width[6] = 80;
        fnr_buf docs;
        fnr_buf_init(&docs, 0);
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_audit_row *r = &l->rows[i];
            fnr_buf_reset(&docs);
            for (size_t k = 0; k < r->n_docs; k++)
                fnr_buf_printf(&docs, "%sd%lld", k ? "," : "", (long long)r->docs[k]);
            cli_table_cellf(&t, "%lld", (long long)r->seq);
            cli_table_cell(&t, r->at);
            cli_table_cell(&t, r->user);
            cli_table_cell(&t, r->action);
            cli_table_cellf(&t, "%ld", r->facts);
            cli_table_cell(&t, docs.len ? docs.data : "-");
            cli_table_cell(&t, r->what && r->what[0] ? r->what : "-");
        }
        fnr_buf_destroy(&docs);
        rc = cli_table_print(&t, stdout, 0);
        cli_table_destroy(&t);
    }
    fnr_audit_list_free(l);
    return rc;
}

static int audit_verify(cli_args *args)
{
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, false, &kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    const char *want = cli_opt_value(args, "head");
    int64_t bad = 0, seq = 0;
    size_t checked = 0;
    char hash[65];
    fnr_error err, herr;
    fnr_status st = fnr_kb_audit_verify(kb, want, &bad, &checked, &err);
    fnr_status hst = fnr_kb_audit_head(kb, &seq, hash, &herr);
    fnr_kb_close(kb);
    if (st != FNR_OK && st != FNR_BADINPUT)
        return cli_report(&err);
    if (hst != FNR_OK)
        return cli_report(&herr);
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "intact");
        fnr_json_bool(j, st == FNR_OK);
        fnr_json_key(j, "checked");
        fnr_json_int(j, (int64_t)checked);
        fnr_json_key(j, "bad_seq");
        if (st == FNR_OK)
            fnr_json_null(j);
        else
            fnr_json_int(j, bad);
        fnr_json_key(j, "problem");
        fnr_json_cstr(j, st == FNR_OK ? NULL : err.message);
        fnr_json_key(j, "detail");
        fnr_json_cstr(j, st == FNR_OK || !err.detail[0] ? NULL : err.detail);
        fnr_json_key(j, "head");
        if (seq)
            fnr_json_cstr(j, hash);
        else
            fnr_json_null(j);
        fnr_json_key(j, "head_seq");
        fnr_json_int(j, seq);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
        if (rc != CLI_EXIT_OK)
            return rc;
        return st == FNR_OK ? CLI_EXIT_OK : cli_exit_code(st);
    }
    if (st != FNR_OK)
        return cli_report(&err);
    if (seq == 0)
        printf("audit log intact: no records yet\n");
    else
        printf("audit log intact: %zu %s, head %lld:%s\n", checked,
               checked == 1 ? "record" : "records", (long long)seq, hash);
    return CLI_EXIT_OK;
}

static int audit_head(cli_args *args)
{
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, false, &kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    int64_t seq = 0;
    char hash[65];
    fnr_error err;
    fnr_status st = fnr_kb_audit_head(kb, &seq, hash, &err);
    fnr_kb_close(kb);
    if (st != FNR_OK)
        return cli_report(&err);
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "seq");
        fnr_json_int(j, seq);
        fnr_json_key(j, "hash");
        if (seq)
            fnr_json_cstr(j, hash);
        else
            fnr_json_null(j);
        fnr_json_object_end(j);
        return cli_json_end(&o);
    }
    if (seq == 0) {
        fprintf(stderr, "fener: the audit log is empty\n");
        return CLI_EXIT_OK;
    }
    printf("%lld:%s\n", (long long)seq, hash);
    return CLI_EXIT_OK;
}

int cli_cmd_audit(const cli_command *cmd, cli_args *args)
{
    const char *verb = args->n_pos ? args->pos[0] : NULL;
    bool verify = verb && strcmp(verb, "verify") == 0;
    bool head = verb && strcmp(verb, "head") == 0;
    if (verb && !verify && !head) {
        cli_errorf("unknown \"audit\" command \"%s\" (verify, head, or none to list)", verb);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (args->n_pos > 1) {
        cli_errorf("unexpected argument \"%s\" for \"audit %s\"", args->pos[1], verb);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    static const char *const list_only[] = { "since", "user", "action", "limit" };
    for (size_t i = 0; verb && i < sizeof list_only / sizeof list_only[0]; i++) {
        if (cli_opt_flag(args, list_only[i])) {
            cli_errorf("--%s is for listing the log, not \"audit %s\"", list_only[i], verb);
            return CLI_EXIT_USAGE;
        }
    }
    if (!verify && cli_opt_flag(args, "head")) {
        cli_errorf("--head is for \"audit verify\"");
        return CLI_EXIT_USAGE;
    }
    if (verify)
        return audit_verify(args);
    if (head)
        return audit_head(args);
    return audit_list(args);
}
