/*
 * Opening and closing a knowledge base: where the store lives ($FENER_DB),
 * creating it, schema versions, the consistency check, and the _free
 * functions of every query result (each result is one arena, see
 * store/result.c). The use cases themselves are in ingest.c (writing) and
 * query.c (reading); resolve.c is the writer's entity resolution.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/date.h"
#include "kb/kb_int.h"

const char *fnr_kb_path(const char *path)
{
    if (path && *path)
        return path;
    const char *env = getenv("FENER_DB");
    if (env && *env)
        return env;
    return "./fener.db";
}

fnr_status fnr_kb_init(const char *path, fnr_error *err)
{
    fnr_error_clear(err);
    path = fnr_kb_path(path);
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fnr_error_set(err, FNR_BADINPUT, "\"%s\" is a directory, not a fener store",
                                 path);
        /* Something is there: open it without creating to learn what it is. */
        fnr_store *s = NULL;
        fnr_store_open_opts o = { .create = false, .readonly = true };
        fnr_status st2 = fnr_store_sqlite_open(path, &o, &s, err);
        if (st2 != FNR_OK)
            return st2;
        s->m->close(s);
        fnr_error_set(err, FNR_EXISTS, "a fener store already exists at \"%s\"", path);
        fnr_error_detail(err, "It was left untouched.");
        return FNR_EXISTS;
    }
    fnr_store *s = NULL;
    fnr_store_open_opts o = { .create = true, .readonly = false };
    fnr_status st2 = fnr_store_sqlite_open(path, &o, &s, err);
    if (st2 != FNR_OK)
        return st2;
    s->m->close(s);
    return FNR_OK;
}

fnr_status fnr_kb_open(const char *path, const fnr_kb_open_opts *opts, fnr_kb **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    fnr_kb_open_opts none = { 0 };
    if (!opts)
        opts = &none;
    path = fnr_kb_path(path);

    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT && !opts->create) {
            fnr_error_set(err, FNR_NOINPUT, "could not open store \"%s\": no such file", path);
            fnr_error_hint(err, "Create a store first, or set FENER_DB to an existing one.");
            return FNR_NOINPUT;
        }
        if (errno != ENOENT)
            return fnr_error_set(err, FNR_NOINPUT, "could not open store \"%s\": %s", path,
                                 strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
        return fnr_error_set(err, FNR_BADINPUT, "\"%s\" is a directory, not a fener store", path);
    }

    fnr_kb *kb = fnr_calloc(1, sizeof *kb);
    if (!kb)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    kb->path = fnr_strdup(path);
    if (!kb->path) {
        fnr_free(kb);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    kb->readonly = opts->readonly;
    fnr_store_open_opts so = { .create = opts->create && !opts->readonly,
                               .readonly = opts->readonly };
    fnr_status rc = fnr_store_sqlite_open(path, &so, &kb->store, err);
    if (rc != FNR_OK) {
        fnr_free(kb->path);
        fnr_free(kb);
        return rc;
    }
    int v = kb->store->m->schema_version(kb->store);
    if (v > FNR_SCHEMA_VERSION) {
        fnr_kb_close(kb);
        fnr_error_set(err, FNR_UNSUPPORTED,
                      "store \"%s\" has schema version %d, newer than version %d of this fener",
                      path, v, FNR_SCHEMA_VERSION);
        fnr_error_hint(err, "Use a newer fener to open this store.");
        return FNR_UNSUPPORTED;
    }
    *out = kb;
    return FNR_OK;
}

void fnr_kb_close(fnr_kb *kb)
{
    if (!kb)
        return;
    /* A bulk load left open: its indexes are made now rather than by the
     * next process to open the store. */
    if (kb->bulk)
        fnr_kb_bulk_end(kb, NULL, NULL);
    if (kb->store)
        kb->store->m->close(kb->store);
    fnr_extractor_free(kb->x);
    fnr_marking_split_free(kb->levels, kb->n_levels);
    fnr_free(kb->path);
    fnr_free(kb);
}

int fnr_kb_schema_version(void)
{
    return FNR_SCHEMA_VERSION;
}

int fnr_kb_store_version(const fnr_kb *kb)
{
    if (!kb || !kb->store)
        return 0;
    return kb->store->m->schema_version(kb->store);
}

fnr_status fnr_kb_check(fnr_kb *kb, fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    return kb->store->m->check(kb->store, err);
}

/* ---- validation ------------------------------------------------------------ */

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

bool fnr__kb_date_valid(const char *s)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return false;
    if (!digits(s, 4))
        return false;
    int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (year < 1)
        return false;
    if (n == 4)
        return true;
    if (s[4] != '-' || !digits(s + 5, 2))
        return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12)
        return false;
    if (n == 7)
        return true;
    if (s[7] != '-' || !digits(s + 8, 2))
        return false;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    return fnr_date_valid(year, month, day);
}

/* ---- result free functions -------------------------------------------------- */

void fnr_search_result_free(fnr_search_result *r)
{
    if (r)
        fnr__result_free(r->internal);
}

void fnr_profile_free(fnr_profile *p)
{
    if (p)
        fnr__result_free(p->internal);
}

void fnr_event_list_free(fnr_event_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}

void fnr_stats_free(fnr_stats *s)
{
    if (s)
        fnr__result_free(s->internal);
}

void fnr_timeline_free(fnr_timeline *t)
{
    if (t)
        fnr__result_free(t->internal);
}

void fnr_doc_view_free(fnr_doc_view *v)
{
    if (v)
        fnr__result_free(v->internal);
}

void fnr_conflict_list_free(fnr_conflict_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}
