/*
 * The SQLite backend's accounts and audit methods (account.c): their
 * declarations and SQ_ACCOUNT_METHODS, the initialisers sqlite.c puts into
 * its method table.
 */
#ifndef FNR_STORE_SQLITE_ACCOUNT_INT_H
#define FNR_STORE_SQLITE_ACCOUNT_INT_H

#include "store/store.h"

fnr_status fnr__sq_user_insert(fnr_store *s, const fnr_store_user *u, int64_t *out_id,
                               fnr_error *err);
fnr_status fnr__sq_user_get(fnr_store *s, const char *name, fnr_arena *a, fnr_store_user *out,
                            fnr_error *err);
fnr_status fnr__sq_user_set_disabled(fnr_store *s, const char *name, bool disabled, fnr_error *err);
fnr_status fnr__sq_user_list(fnr_store *s, fnr_arena *a, fnr_store_user **out, size_t *out_n,
                             fnr_error *err);
fnr_status fnr__sq_token_insert(fnr_store *s, int64_t user_id,
                                const uint8_t hash[FNR_STORE_HASH_LEN], const char *label,
                                fnr_error *err);
fnr_status fnr__sq_token_user(fnr_store *s, const uint8_t hash[FNR_STORE_HASH_LEN], fnr_arena *a,
                              fnr_store_user *out, fnr_error *err);
fnr_status fnr__sq_audit_last(fnr_store *s, int64_t *out_seq, uint8_t out_hash[FNR_STORE_HASH_LEN],
                              fnr_error *err);
fnr_status fnr__sq_audit_insert(fnr_store *s, const fnr_store_audit *r, fnr_error *err);
fnr_status fnr__sq_audit_list(fnr_store *s, const fnr_store_audit_filter *f, fnr_arena *a,
                              fnr_store_audit **out, size_t *out_n, fnr_error *err);
fnr_status fnr__sq_audit_each(fnr_store *s, fnr_store_audit_fn fn, void *ctx, char **out_head,
                              fnr_error *err);

#define SQ_ACCOUNT_METHODS                                                          \
    .user_insert = fnr__sq_user_insert, .user_get = fnr__sq_user_get,               \
    .user_set_disabled = fnr__sq_user_set_disabled, .user_list = fnr__sq_user_list, \
    .token_insert = fnr__sq_token_insert, .token_user = fnr__sq_token_user,         \
    .audit_last = fnr__sq_audit_last, .audit_insert = fnr__sq_audit_insert,         \
    .audit_list = fnr__sq_audit_list, .audit_each = fnr__sq_audit_each,

#endif
