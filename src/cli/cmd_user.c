/*
 * `fener user` and `fener token`: the store owner's accounts.
 *
 *     fener user add NAME --clearance LEVEL [--compartment X]... [--partner P]
 *                         [--password-stdin]
 *     fener user list [--json]
 *     fener user disable NAME
 *     fener user enable NAME
 *     fener token create NAME [--label L]
 *
 * The local CLI acts as the store's owner, the only one who may change
 * accounts; every change goes to the audit log. A token is printed once on
 * standard output (the note that it will not be shown again goes to
 * standard error, so that TOKEN=$(fener token create alice) works).
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

#define PASSWORD_MAX 1024

/* Refuses options that only `user add` takes. */
static bool only_add_opts(const char *verb, const cli_args *args)
{
    static const char *const add_only[] = { "clearance", "compartment", "partner",
                                            "password-stdin" };
    for (size_t i = 0; i < sizeof add_only / sizeof add_only[0]; i++) {
        const char *const *vals = NULL;
        if (cli_opt_values(args, add_only[i], &vals) || cli_opt_flag(args, add_only[i])) {
            cli_errorf("--%s is for \"user add\", not \"user %s\"", add_only[i], verb);
            return false;
        }
    }
    return true;
}

/* One line of standard input without its line end, into buf. */
static bool read_password(char *buf, size_t size)
{
    if (!fgets(buf, (int)size, stdin)) {
        cli_errorf("could not read a password from standard input");
        return false;
    }
    size_t len = strlen(buf);
    if (len == size - 1 && buf[len - 1] != '\n') {
        cli_errorf("the password on standard input is longer than %d bytes", PASSWORD_MAX - 2);
        return false;
    }
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
        buf[--len] = 0;
    if (len == 0) {
        cli_errorf("the password on standard input is empty");
        return false;
    }
    return true;
}

static int user_add(const cli_command *cmd, cli_args *args, fnr_kb *kb)
{
    if (args->n_pos != 2) {
        cli_errorf("\"user add\" takes one name");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_user_spec u = { .name = args->pos[1] };
    u.clearance = cli_opt_value(args, "clearance");
    if (!u.clearance) {
        cli_errorf("\"user add\" needs --clearance LEVEL");
        return CLI_EXIT_USAGE;
    }
    u.n_compartments = cli_opt_values(args, "compartment", &u.compartments);
    u.partner = cli_opt_value(args, "partner");
    char password[PASSWORD_MAX];
    password[0] = 0;
    if (cli_opt_flag(args, "password-stdin")) {
        if (!read_password(password, sizeof password))
            return CLI_EXIT_USAGE;
        u.password = password;
    }
    fnr_error err;
    fnr_status st = fnr_kb_user_add(kb, NULL, &u, &err);
    memset(password, 0, sizeof password);
    if (st != FNR_OK)
        return cli_report(&err);

    /* Say what was stored, with the names normalised as the store has them. */
    fnr_user_list *l = NULL;
    if (fnr_kb_user_list(kb, NULL, &l, &err) != FNR_OK)
        return cli_report(&err);
    for (size_t i = 0; i < l->n_rows; i++) {
        const fnr_user_row *r = &l->rows[i];
        if (strcmp(r->name, u.name) != 0)
            continue;
        printf("added user \"%s\": clearance %s", r->name, r->clearance);
        for (size_t k = 0; k < r->n_compartments; k++)
            printf("%s%s", k ? ", " : ", compartments ", r->compartments[k]);
        printf(", %s", r->partner ? "partner " : "home viewer");
        if (r->partner)
            printf("%s", r->partner);
        printf(", %s\n", r->has_password ? "password set" : "no password (tokens only)");
    }
    fnr_user_list_free(l);
    return CLI_EXIT_OK;
}

static void json_user(fnr_json *j, const fnr_user_row *r)
{
    fnr_json_object_begin(j);
    fnr_json_key(j, "id");
    fnr_json_int(j, r->id);
    fnr_json_key(j, "name");
    fnr_json_cstr(j, r->name);
    fnr_json_key(j, "clearance");
    fnr_json_cstr(j, r->clearance);
    fnr_json_key(j, "compartments");
    fnr_json_array_begin(j);
    for (size_t k = 0; k < r->n_compartments; k++)
        fnr_json_cstr(j, r->compartments[k]);
    fnr_json_array_end(j);
    fnr_json_key(j, "partner");
    fnr_json_cstr(j, r->partner);
    fnr_json_key(j, "disabled");
    fnr_json_bool(j, r->disabled);
    fnr_json_key(j, "has_password");
    fnr_json_bool(j, r->has_password);
    fnr_json_key(j, "tokens");
    fnr_json_int(j, r->tokens);
    fnr_json_key(j, "created_at");
    fnr_json_cstr(j, r->created_at);
    fnr_json_object_end(j);
}

static int user_list(const cli_command *cmd, cli_args *args, fnr_kb *kb)
{
    if (args->n_pos != 1) {
        cli_errorf("unexpected argument \"%s\" for \"user list\"", args->pos[1]);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_error err;
    fnr_user_list *l = NULL;
    if (fnr_kb_user_list(kb, NULL, &l, &err) != FNR_OK)
        return cli_report(&err);
    int rc = CLI_EXIT_OK;
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "users");
        fnr_json_array_begin(j);
        for (size_t i = 0; i < l->n_rows; i++)
            json_user(j, &l->rows[i]);
        fnr_json_array_end(j);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else if (l->n_rows == 0) {
        printf("no users (add one with \"fener user add NAME --clearance LEVEL\")\n");
    } else {
        static const char *const headers[] = { "name",     "clearance", "compartments", "partner",
                                               "password", "tokens",    "status",       "created" };
        cli_table t;
        cli_table_init(&t, 8, headers);
        t.right[5] = true;
        fnr_buf comps;
        fnr_buf_init(&comps, 0);
        for (size_t i = 0; i < l->n_rows; i++) {
            const fnr_user_row *r = &l->rows[i];
            fnr_buf_reset(&comps);
            for (size_t k = 0; k < r->n_compartments; k++)
                fnr_buf_printf(&comps, "%s%s", k ? "," : "", r->compartments[k]);
            cli_table_cell(&t, r->name);
            cli_table_cell(&t, r->clearance);
            cli_table_cell(&t, comps.len ? comps.data : "-");
            cli_table_cell(&t, r->partner ? r->partner : "home");
            cli_table_cell(&t, r->has_password ? "yes" : "no");
            cli_table_cellf(&t, "%ld", r->tokens);
            cli_table_cell(&t, r->disabled ? "disabled" : "active");
            cli_table_cell(&t, r->created_at);
        }
        fnr_buf_destroy(&comps);
        rc = cli_table_print(&t, stdout, 0);
        cli_table_destroy(&t);
    }
    fnr_user_list_free(l);
    return rc;
}

static int user_enable(const cli_command *cmd, cli_args *args, fnr_kb *kb, bool disable)
{
    const char *verb = disable ? "disable" : "enable";
    if (args->n_pos != 2) {
        cli_errorf("\"user %s\" takes one name", verb);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_error err;
    if (fnr_kb_user_disable(kb, NULL, args->pos[1], disable, &err) != FNR_OK)
        return cli_report(&err);
    printf("%s user \"%s\"\n", disable ? "disabled" : "enabled", args->pos[1]);
    return CLI_EXIT_OK;
}

int cli_cmd_user(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos == 0) {
        cli_errorf("\"user\" needs add, list, disable or enable");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    const char *verb = args->pos[0];
    bool add = strcmp(verb, "add") == 0, list = strcmp(verb, "list") == 0;
    bool disable = strcmp(verb, "disable") == 0, enable = strcmp(verb, "enable") == 0;
    if (!add && !list && !disable && !enable) {
        cli_errorf("unknown \"user\" command \"%s\" (add, list, disable, enable)", verb);
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (!add && !only_add_opts(verb, args))
        return CLI_EXIT_USAGE;
    if (!list && cli_opt_flag(args, "json")) {
        cli_errorf("--json is for \"user list\"");
        return CLI_EXIT_USAGE;
    }
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, !list, &kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    if (add)
        rc = user_add(cmd, args, kb);
    else if (list)
        rc = user_list(cmd, args, kb);
    else
        rc = user_enable(cmd, args, kb, disable);
    fnr_kb_close(kb);
    return rc;
}

int cli_cmd_token(const cli_command *cmd, cli_args *args)
{
    if (args->n_pos == 0 || strcmp(args->pos[0], "create") != 0) {
        if (args->n_pos)
            cli_errorf("unknown \"token\" command \"%s\" (create)", args->pos[0]);
        else
            cli_errorf("\"token\" needs create");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    if (args->n_pos != 2) {
        cli_errorf("\"token create\" takes one user name");
        cli_usage_line(cmd, stderr);
        return CLI_EXIT_USAGE;
    }
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, true, &kb);
    if (rc != CLI_EXIT_OK)
        return rc;
    const char *name = args->pos[1];
    const char *label = cli_opt_value(args, "label");
    char token[FNR_TOKEN_LEN + 1];
    fnr_error err;
    if (fnr_kb_token_create(kb, NULL, name, label, token, &err) != FNR_OK) {
        fnr_kb_close(kb);
        return cli_report(&err);
    }
    fnr_kb_close(kb);
    if (cli_opt_flag(args, "json")) {
        cli_json_out o;
        fnr_json *j = cli_json_begin(&o);
        fnr_json_object_begin(j);
        fnr_json_key(j, "user");
        fnr_json_cstr(j, name);
        fnr_json_key(j, "label");
        fnr_json_cstr(j, label);
        fnr_json_key(j, "token");
        fnr_json_cstr(j, token);
        fnr_json_object_end(j);
        rc = cli_json_end(&o);
    } else {
        printf("%s\n", token);
    }
    memset(token, 0, sizeof token);
    fflush(stdout); /* the token first, then the note, also when both go to one file */
    fprintf(stderr,
            "fener: token for \"%s\" created; it will not be shown again (only its hash is "
            "stored)\n",
            name);
    return rc;
}
