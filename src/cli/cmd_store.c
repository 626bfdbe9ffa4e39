/*
 * `fener init` and `fener check`: create a store, and check one.
 *
 * Both name the store the way every knowledge-base command does (--db, else
 * $FENER_DB, else ./fener.db) and say which file they worked on, so that a
 * user who forgot $FENER_DB is not left guessing.
 */
#include <stdio.h>

#include "cli/cli.h"
#include "fener/kb.h"

int cli_cmd_init(const cli_command *cmd, cli_args *args)
{
    if (!cli_no_positional(cmd, args))
        return CLI_EXIT_USAGE;
    const char *path = cli_db_path(args);
    fnr_error err;
    fnr_error_clear(&err);
    if (fnr_kb_init(path, &err) != FNR_OK) {
        if (err.code == FNR_EXISTS && !err.hint[0])
            fnr_error_hint(&err, "Use it as it is, or name another file with --db.");
        return cli_report(&err);
    }
    printf("created a fener store at %s (schema version %d)\n", path, fnr_kb_schema_version());
    return CLI_EXIT_OK;
}

int cli_cmd_check(const cli_command *cmd, cli_args *args)
{
    if (!cli_no_positional(cmd, args))
        return CLI_EXIT_USAGE;
    const char *path = cli_db_path(args);
    fnr_kb *kb = NULL;
    int rc = cli_kb_open(args, true, &kb);
    if (rc != CLI_EXIT_OK)
        /* A file that cannot even be opened as a store is a failed check. */
        return rc == CLI_EXIT_NOINPUT || rc == CLI_EXIT_OSERR ? rc : CLI_EXIT_DATAERR;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_status st = fnr_kb_check(kb, &err);
    if (st == FNR_OK) {
        printf("%s: ok (fener store, schema version %d)\n", path, fnr_kb_store_version(kb));
    } else {
        rc = cli_report(&err);
        if (rc != CLI_EXIT_OSERR)
            rc = CLI_EXIT_DATAERR;
    }
    fnr_kb_close(kb);
    return rc;
}
