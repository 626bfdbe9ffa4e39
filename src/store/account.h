/*
 * The store's rows and methods for accounts (users, API tokens) and the
 * hash-chained audit log. Included by store.h inside the method table
 * through FNR_STORE_ACCOUNT_METHODS, so that this part of the interface
 * lives in one file. The kb layer (src/kb/account.c, src/kb/audit.c) holds
 * the rules (hashing, chaining, who may do what); the backends only store
 * and read rows.
 *
 * Rows that a method reads are copied into an arena the caller passes
 * (`fnr_arena *a`): they live as long as the caller keeps that arena.
 */
#ifndef FNR_STORE_ACCOUNT_H
#define FNR_STORE_ACCOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "fener/status.h"

/* Bytes of a token hash and of an audit chain hash (BLAKE2b-256). */
#define FNR_STORE_HASH_LEN 32

/* One account as stored. */
typedef struct fnr_store_user {
    int64_t id;                /* 0 when inserting */
    const char *name;          /* unique */
    int clearance;             /* level rank, 0 = lowest */
    const char *compartments;  /* sorted, unique, comma-separated ("" = none) */
    const char *partner;       /* partner code, NULL = home viewer */
    const char *password_hash; /* Argon2id string (crypto_pwhash_str), NULL = none */
    bool disabled;
    long tokens;            /* live (not revoked) tokens; read only */
    const char *created_at; /* "YYYY-MM-DDTHH:MM:SSZ"; read only */
} fnr_store_user;

/*
 * One audit record as stored. `hash` is BLAKE2b-256 over `prev` and the
 * canonical encoding of the other fields (src/kb/audit.c); the store keeps
 * the bytes and never computes them.
 */
typedef struct fnr_store_audit {
    int64_t seq; /* 1, 2, ... */
    const char *at;
    const char *user;
    const char *action;
    const char *what;
    long facts;
    const char *docs; /* document ids, comma-separated decimal ("" = none) */
    uint8_t prev[FNR_STORE_HASH_LEN];
    uint8_t hash[FNR_STORE_HASH_LEN];
} fnr_store_audit;

/* Filter of audit_list; every NULL / 0 field is no condition. */
typedef struct fnr_store_audit_filter {
    const char *since;  /* compared with `at` as text: "YYYY-MM-DD" or a timestamp */
    const char *user;   /* exact */
    const char *action; /* exact */
    size_t limit;       /* the last `limit` matching records; 0 = all */
} fnr_store_audit_filter;

/* Called by audit_each once per record in seq order; a status other than
 * FNR_OK stops the walk and is returned. The record is valid during the
 * call only. */
typedef fnr_status (*fnr_store_audit_fn)(void *ctx, const fnr_store_audit *r, fnr_error *err);

/*
 * Method pointers, placed at the end of fnr_store_methods.
 *
 * user_insert: a new account; FNR_EXISTS when the name is taken; *out_id
 *   its id (may be NULL).
 * user_get: the account `name` into *out, strings copied into a;
 *   FNR_NOTFOUND when there is none.
 * user_set_disabled: FNR_NOTFOUND when there is no such account.
 * user_list: every account by name, as an array in a.
 * token_insert: a token hash for a user, with an optional label.
 * token_user: the account owning the live token with this hash (the
 *   comparison is an index lookup on the hash, never on the token);
 *   FNR_NOTFOUND when there is none.
 * audit_last: the last record's seq and hash; *out_seq 0 (hash zeroed)
 *   when the log is empty.
 * audit_insert: appends r (seq, prev and hash already computed) and sets
 *   the metadata key "audit_head" to "SEQ:HEX" in the same transaction;
 *   the caller holds a write transaction (begin) around it.
 * audit_list: the records matching f, oldest first, as an array in a.
 * audit_each: every record in seq order (for verify), one at a time, and
 *   the metadata key "audit_head" into *out_head (fnr_malloc'd, NULL when
 *   absent), all read from one snapshot of the store, so that a record
 *   appended meanwhile by another process is either in both or in neither.
 */
#define FNR_STORE_ACCOUNT_METHODS                                                                 \
    fnr_status (*user_insert)(fnr_store * s, const fnr_store_user *u, int64_t *out_id,            \
                              fnr_error *err);                                                    \
    fnr_status (*user_get)(fnr_store * s, const char *name, fnr_arena *a, fnr_store_user *out,    \
                           fnr_error *err);                                                       \
    fnr_status (*user_set_disabled)(fnr_store * s, const char *name, bool disabled,               \
                                    fnr_error *err);                                              \
    fnr_status (*user_list)(fnr_store * s, fnr_arena * a, fnr_store_user * *out, size_t * out_n,  \
                            fnr_error * err);                                                     \
    fnr_status (*token_insert)(fnr_store * s, int64_t user_id,                                    \
                               const uint8_t hash[FNR_STORE_HASH_LEN], const char *label,         \
                               fnr_error *err);                                                   \
    fnr_status (*token_user)(fnr_store * s, const uint8_t hash[FNR_STORE_HASH_LEN], fnr_arena *a, \
                             fnr_store_user *out, fnr_error *err);                                \
    fnr_status (*audit_last)(fnr_store * s, int64_t * out_seq,                                    \
                             uint8_t out_hash[FNR_STORE_HASH_LEN], fnr_error * err);              \
    fnr_status (*audit_insert)(fnr_store * s, const fnr_store_audit *r, fnr_error *err);          \
    fnr_status (*audit_list)(fnr_store * s, const fnr_store_audit_filter *f, fnr_arena *a,        \
                             fnr_store_audit **out, size_t *out_n, fnr_error *err);               \
    fnr_status (*audit_each)(fnr_store * s, fnr_store_audit_fn fn, void *ctx, char **out_head,    \
                             fnr_error *err);

#endif
