/*
 * Accounts and viewers: the owner adds, disables and lists accounts and
 * creates API tokens; an account becomes a viewer (fnr_viewer, store.h) by
 * name (the local CLI's --as), by token or by name and password. Every read
 * of the store then filters by that viewer.
 *
 * Passwords are Argon2id strings (libsodium crypto_pwhash_str, interactive
 * limits; FENER_PWHASH_FAST=1 in the environment selects the minimum
 * limits, for tests only). Tokens are 32 random bytes printed base64url
 * without padding (FNR_TOKEN_LEN characters), shown once; the store keeps
 * only BLAKE2b-256 of the printed token and finds it by that hash. Every
 * account change commits together with its audit record (audit.c).
 */
#define _POSIX_C_SOURCE 200809L

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"
#include "kb/account_int.h"
#include "kb/kb_int.h"

/* One answer for every failed authentication, so that a caller cannot tell
 * an unknown account from a disabled one or a wrong secret. */
static fnr_status denied(fnr_error *err)
{
    fnr_error_set(err, FNR_DENIED, "access denied");
    fnr_error_detail(err, "The account is unknown or disabled, or the token or password is "
                          "wrong.");
    return FNR_DENIED;
}

static fnr_status need_owner(const fnr_viewer *who, const char *what, fnr_error *err)
{
    if (!who)
        return FNR_OK;
    fnr_error_set(err, FNR_DENIED, "only the store's owner may %s", what);
    fnr_error_detail(err, "This request was made as \"%s\".", who->name ? who->name : "?");
    return FNR_DENIED;
}

static fnr_status sodium_ready(fnr_error *err)
{
    if (sodium_init() < 0)
        return fnr_error_set(err, FNR_INTERNAL, "could not initialise libsodium");
    return FNR_OK;
}

/* ---- levels --------------------------------------------------------------------- */

/* The level name of a rank, or "level N" past the store's list. */
static const char *level_name(fnr_kb *kb, int rank, fnr_arena *a)
{
    const char *const *names = NULL;
    size_t n = 0;
    fnr_error e;
    if (fnr__kb_levels(kb, &names, &n, &e) == FNR_OK && rank >= 0 && (size_t)rank < n)
        return fnr__arena_str(a, names[rank]);
    char buf[32];
    snprintf(buf, sizeof buf, "level %d", rank);
    return fnr__arena_str(a, buf);
}

/* ---- account names ------------------------------------------------------------- */

#define NAME_MAX_LEN 64

static fnr_status check_name(const char *name, fnr_error *err)
{
    size_t len = name ? strlen(name) : 0;
    if (len == 0)
        return fnr_error_set(err, FNR_INVALID, "no user name given");
    if (len > NAME_MAX_LEN)
        return fnr_error_set(err, FNR_INVALID, "user name \"%.20s...\" is longer than %d bytes",
                             name, NAME_MAX_LEN);
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-' || c == '@';
        if (!ok) {
            fnr_error_set(err, FNR_INVALID, "invalid user name \"%s\"", name);
            fnr_error_hint(err, "Names are letters, digits, '.', '_', '-' and '@'.");
            return FNR_INVALID;
        }
    }
    if (strcasecmp(name, "owner") == 0)
        return fnr_error_set(err, FNR_INVALID,
                             "\"%s\" is reserved: the audit log names the store's owner so", name);
    return FNR_OK;
}

/* ---- viewers ---------------------------------------------------------------------- */

void fnr_viewer_free(fnr_viewer *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n_compartments; i++)
        fnr_free(v->compartments[i]);
    fnr_free(v->compartments);
    fnr_free(v->partner);
    fnr_free(v->name);
    fnr_free(v);
}

const char *fnr_viewer_name(const fnr_viewer *v)
{
    return v && v->name ? v->name : "owner";
}

/* Splits a comma-separated list into an owned array of owned strings. */
static fnr_status split_list(const char *list, char ***out, size_t *out_n)
{
    *out = NULL;
    *out_n = 0;
    if (!list || !*list)
        return FNR_OK;
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ',';
    char **arr = fnr_calloc(n, sizeof *arr);
    if (!arr)
        return FNR_NOMEM;
    size_t k = 0;
    const char *p = list;
    while (k < n) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        arr[k] = fnr_strndup(p, len);
        if (!arr[k]) {
            for (size_t i = 0; i < k; i++)
                fnr_free(arr[i]);
            fnr_free(arr);
            return FNR_NOMEM;
        }
        k++;
        if (!comma)
            break;
        p = comma + 1;
    }
    *out = arr;
    *out_n = k;
    return FNR_OK;
}

static fnr_status viewer_from(const fnr_store_user *u, fnr_viewer **out, fnr_error *err)
{
    fnr_viewer *v = fnr_calloc(1, sizeof *v);
    if (!v)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    v->user_id = u->id;
    v->clearance = u->clearance;
    v->name = fnr_strdup(u->name);
    v->partner = u->partner ? fnr_strdup(u->partner) : NULL;
    if (!v->name || (u->partner && !v->partner) ||
        split_list(u->compartments, &v->compartments, &v->n_compartments) != FNR_OK) {
        fnr_viewer_free(v);
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    }
    *out = v;
    return FNR_OK;
}

fnr_status fnr_kb_viewer_user(fnr_kb *kb, const char *name, fnr_viewer **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb || !name || !*name)
        return denied(err);
    fnr_arena a;
    fnr_arena_init(&a, 1024);
    fnr_store_user u;
    fnr_error e;
    fnr_status rc = kb->store->m->user_get(kb->store, name, &a, &u, &e);
    if (rc == FNR_NOTFOUND || (rc == FNR_OK && u.disabled))
        rc = denied(err);
    else if (rc != FNR_OK && err)
        *err = e;
    if (rc == FNR_OK)
        rc = viewer_from(&u, out, err);
    fnr_arena_destroy(&a);
    return rc;
}

/* BLAKE2b-256 of a printed token. */
static void token_hash(const char *token, size_t len, uint8_t out[FNR_STORE_HASH_LEN])
{
    crypto_generichash(out, FNR_STORE_HASH_LEN, (const unsigned char *)token, len, NULL, 0);
}

static bool token_shape(const char *t, size_t len)
{
    if (len != FNR_TOKEN_LEN)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    }
    return true;
}

fnr_status fnr_kb_viewer_token(fnr_kb *kb, const char *token, fnr_viewer **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb || !token)
        return denied(err);
    fnr_status rc = sodium_ready(err);
    if (rc != FNR_OK)
        return rc;
    size_t len = strlen(token);
    if (!token_shape(token, len))
        return denied(err);
    uint8_t h[FNR_STORE_HASH_LEN];
    token_hash(token, len, h);
    fnr_arena a;
    fnr_arena_init(&a, 1024);
    fnr_store_user u;
    fnr_error e;
    rc = kb->store->m->token_user(kb->store, h, &a, &u, &e);
    if (rc == FNR_NOTFOUND || (rc == FNR_OK && u.disabled))
        rc = denied(err);
    else if (rc != FNR_OK && err)
        *err = e;
    if (rc == FNR_OK)
        rc = viewer_from(&u, out, err);
    sodium_memzero(h, sizeof h);
    fnr_arena_destroy(&a);
    return rc;
}

static bool pwhash_fast(void)
{
    const char *f = getenv("FENER_PWHASH_FAST");
    return f && strcmp(f, "1") == 0;
}

/*
 * Hashes of a random password nobody knows, one per limit set: an unknown
 * account, a disabled one or one without a password costs as much time as
 * a wrong password, so timing does not tell them apart.
 */
static const char DUMMY_INTERACTIVE[] =
    "$argon2id$v=19$m=65536,t=2,p=1$RQyOXLuREPCjwGIOv+4ulg$KdZn76ulD2meYOyeY9YGyg2HTLqJFZrFFnMINTOKwJA";
static const char DUMMY_MIN[] =
    "$argon2id$v=19$m=8,t=1,p=1$OTpbDnDIWtsgBNBp53kMKA$I5sfy88BT5nJvKAoDUmItf8IVwee6o7LWoxOOIRlQzY";

fnr_status fnr_kb_viewer_password(fnr_kb *kb, const char *name, const char *password,
                                  fnr_viewer **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb || !name || !password)
        return denied(err);
    fnr_status rc = sodium_ready(err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena a;
    fnr_arena_init(&a, 1024);
    fnr_store_user u;
    fnr_error e;
    rc = kb->store->m->user_get(kb->store, name, &a, &u, &e);
    if (rc != FNR_OK && rc != FNR_NOTFOUND) {
        if (err)
            *err = e;
        goto out;
    }
    bool usable = rc == FNR_OK && !u.disabled && u.password_hash;
    const char *hash = usable ? u.password_hash : pwhash_fast() ? DUMMY_MIN : DUMMY_INTERACTIVE;
    /* The API reads a full crypto_pwhash_STRBYTES buffer: pad the hash. */
    char padded[crypto_pwhash_STRBYTES];
    memset(padded, 0, sizeof padded);
    snprintf(padded, sizeof padded, "%s", hash);
    bool match = crypto_pwhash_str_verify(padded, password, strlen(password)) == 0;
    if (!usable || !match) {
        rc = denied(err);
        goto out;
    }
    rc = viewer_from(&u, out, err);
out:
    fnr_arena_destroy(&a);
    return rc;
}

/* ---- changes ------------------------------------------------------------------------ */

/* Ends the transaction of an account change and its audit record: commits
 * when rc is FNR_OK, else rolls back keeping the first error. */
static fnr_status commit_or_rollback(fnr_kb *kb, fnr_status rc, fnr_error *err)
{
    if (rc == FNR_OK)
        rc = fnr_store_commit(kb->store, err);
    if (rc != FNR_OK) {
        fnr_error keep;
        if (err)
            keep = *err;
        fnr_store_rollback(kb->store, NULL);
        if (err)
            *err = keep;
    }
    return rc;
}

#define LIST_MAX 2048

fnr_status fnr_kb_user_add(fnr_kb *kb, const fnr_viewer *who, const fnr_user_spec *u,
                           fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb || !u)
        return fnr_error_set(err, FNR_INVALID, "no user given");
    fnr_status rc = need_owner(who, "add accounts", err);
    if (rc != FNR_OK)
        return rc;
    if ((rc = sodium_ready(err)) != FNR_OK || (rc = check_name(u->name, err)) != FNR_OK)
        return rc;
    if (!u->clearance || !*u->clearance)
        return fnr_error_set(err, FNR_INVALID, "user \"%s\" needs a clearance", u->name);
    int rank = 0;
    if ((rc = fnr__kb_level_rank(kb, u->clearance, &rank, err)) != FNR_OK)
        return rc;
    /* The level as the store spells it, for the audit record. */
    const char *const *levels = NULL;
    size_t n_levels = 0;
    const char *level = u->clearance;
    if (fnr__kb_levels(kb, &levels, &n_levels, NULL) == FNR_OK && (size_t)rank < n_levels)
        level = levels[rank];
    char comps[LIST_MAX], partner[64];
    rc = fnr_marking_list(u->compartments, u->n_compartments, comps, sizeof comps, err);
    if (rc != FNR_OK)
        return rc;
    partner[0] = 0;
    if (u->partner) {
        if (strchr(u->partner, ',') || !*u->partner)
            return fnr_error_set(err, FNR_INVALID, "invalid partner \"%s\"", u->partner);
        rc = fnr_marking_list(&u->partner, 1, partner, sizeof partner, err);
        if (rc != FNR_OK)
            return rc;
    }
    char hash[crypto_pwhash_STRBYTES];
    if (u->password) {
        if (!*u->password)
            return fnr_error_set(err, FNR_INVALID, "the password of \"%s\" is empty", u->name);
        bool fast = pwhash_fast();
        if (crypto_pwhash_str(
                hash, u->password, strlen(u->password),
                fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return fnr_error_set(err, FNR_NOMEM, "out of memory while hashing the password");
    }
    fnr_store_user row = {
        .name = u->name,
        .clearance = rank,
        .compartments = comps,
        .partner = partner[0] ? partner : NULL,
        .password_hash = u->password ? hash : NULL,
    };
    fnr_buf what;
    fnr_buf_init(&what, 0);
    fnr_buf_printf(&what, "user add %s clearance=%s", u->name, level);
    if (comps[0])
        fnr_buf_printf(&what, " compartments=%s", comps);
    if (partner[0])
        fnr_buf_printf(&what, " partner=%s", partner);
    fnr_buf_printf(&what, " password=%s", u->password ? "yes" : "no");
    if (!what.data) {
        rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
        goto out;
    }
    if ((rc = fnr_store_begin(kb->store, err)) != FNR_OK)
        goto out;
    rc = kb->store->m->user_insert(kb->store, &row, NULL, err);
    if (rc == FNR_OK)
        rc = fnr__kb_audit_append(kb, who, "account", what.data, 0, NULL, 0, err);
    rc = commit_or_rollback(kb, rc, err);
out:
    fnr_buf_destroy(&what);
    sodium_memzero(hash, sizeof hash);
    return rc;
}

fnr_status fnr_kb_user_disable(fnr_kb *kb, const fnr_viewer *who, const char *name, bool disabled,
                               fnr_error *err)
{
    fnr_error_clear(err);
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    fnr_status rc = need_owner(who, disabled ? "disable accounts" : "enable accounts", err);
    if (rc != FNR_OK)
        return rc;
    if (!name || !*name)
        return fnr_error_set(err, FNR_INVALID, "no user name given");
    char what[128];
    snprintf(what, sizeof what, "user %s %s", disabled ? "disable" : "enable", name);
    if ((rc = fnr_store_begin(kb->store, err)) != FNR_OK)
        return rc;
    rc = kb->store->m->user_set_disabled(kb->store, name, disabled, err);
    if (rc == FNR_OK)
        rc = fnr__kb_audit_append(kb, who, "account", what, 0, NULL, 0, err);
    return commit_or_rollback(kb, rc, err);
}

void fnr_user_list_free(fnr_user_list *l)
{
    if (l)
        fnr__result_free(l->internal);
}

fnr_status fnr_kb_user_list(fnr_kb *kb, const fnr_viewer *who, fnr_user_list **out, fnr_error *err)
{
    fnr_error_clear(err);
    *out = NULL;
    if (!kb)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base given");
    fnr_status rc = need_owner(who, "list accounts", err);
    if (rc != FNR_OK)
        return rc;
    fnr_arena *a = NULL;
    fnr_user_list *l = fnr__result_new(sizeof *l, &a);
    if (!l)
        return fnr_error_set(err, FNR_NOMEM, "out of memory");
    l->internal = a;
    fnr_store_user *rows = NULL;
    size_t n = 0;
    rc = kb->store->m->user_list(kb->store, a, &rows, &n, err);
    if (rc != FNR_OK)
        goto out;
    l->rows = n ? fnr_arena_calloc(a, n, sizeof *l->rows) : NULL;
    if (n && !l->rows)
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        const fnr_store_user *s = &rows[i];
        fnr_user_row *r = &l->rows[i];
        r->id = s->id;
        r->name = s->name;
        r->clearance = level_name(kb, s->clearance, a);
        r->partner = s->partner;
        r->disabled = s->disabled;
        r->has_password = s->password_hash != NULL;
        r->tokens = s->tokens;
        r->created_at = s->created_at;
        if (!r->clearance)
            goto nomem;
        /* Split the comma list in the arena. */
        const char *c = s->compartments ? s->compartments : "";
        size_t k = *c ? 1 : 0;
        for (const char *p = c; *p; p++)
            k += *p == ',';
        if (k) {
            const char **arr = fnr_arena_calloc(a, k, sizeof *arr);
            if (!arr)
                goto nomem;
            size_t j = 0;
            const char *p = c;
            while (j < k) {
                const char *comma = strchr(p, ',');
                size_t len = comma ? (size_t)(comma - p) : strlen(p);
                arr[j] = fnr_arena_strndup(a, p, len);
                if (!arr[j])
                    goto nomem;
                j++;
                p = comma ? comma + 1 : p + len;
            }
            r->compartments = arr;
            r->n_compartments = k;
        }
        /* The hash stays in the arena, unreachable from the result. */
    }
    l->n_rows = n;
    *out = l;
    return FNR_OK;
nomem:
    rc = fnr_error_set(err, FNR_NOMEM, "out of memory");
out:
    fnr_user_list_free(l);
    return rc;
}

fnr_status fnr_kb_token_create(fnr_kb *kb, const fnr_viewer *who, const char *name,
                               const char *label, char out[FNR_TOKEN_LEN + 1], fnr_error *err)
{
    fnr_error_clear(err);
    if (out)
        memset(out, 0, FNR_TOKEN_LEN + 1);
    if (!kb || !out)
        return fnr_error_set(err, FNR_INVALID, "no knowledge base or output given");
    fnr_status rc = need_owner(who, "create tokens", err);
    if (rc != FNR_OK)
        return rc;
    if ((rc = sodium_ready(err)) != FNR_OK)
        return rc;
    if (!name || !*name)
        return fnr_error_set(err, FNR_INVALID, "no user name given");
    if (label && strlen(label) > 200)
        return fnr_error_set(err, FNR_INVALID, "the token label is longer than 200 bytes");

    unsigned char raw[32];
    char token[FNR_TOKEN_LEN + 1];
    uint8_t h[FNR_STORE_HASH_LEN];
    char what[320];
    fnr_arena a;
    fnr_arena_init(&a, 1024);
    fnr_store_user u;
    randombytes_buf(raw, sizeof raw);
    sodium_bin2base64(token, sizeof token, raw, sizeof raw,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    token_hash(token, FNR_TOKEN_LEN, h);
    snprintf(what, sizeof what, "token create %s%s%s", name, label ? " label=" : "",
             label ? label : "");

    if ((rc = fnr_store_begin(kb->store, err)) != FNR_OK)
        goto out;
    rc = kb->store->m->user_get(kb->store, name, &a, &u, err);
    if (rc == FNR_OK && u.disabled) {
        rc = fnr_error_set(err, FNR_INVALID, "user \"%s\" is disabled", name);
        fnr_error_hint(err, "Enable it first with \"fener user enable %s\".", name);
    }
    if (rc == FNR_OK)
        rc = kb->store->m->token_insert(kb->store, u.id, h, label, err);
    if (rc == FNR_OK)
        rc = fnr__kb_audit_append(kb, who, "account", what, 0, NULL, 0, err);
    rc = commit_or_rollback(kb, rc, err);
    if (rc == FNR_OK)
        memcpy(out, token, FNR_TOKEN_LEN + 1);
out:
    sodium_memzero(raw, sizeof raw);
    sodium_memzero(token, sizeof token);
    fnr_arena_destroy(&a);
    return rc;
}
