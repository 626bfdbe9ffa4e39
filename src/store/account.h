/*
 * The store's rows and methods for accounts (users, API tokens) and the
 * hash-chained audit log. Included by store.h inside the method table
 * through FNR_STORE_ACCOUNT_METHODS, so that this part of the interface
 * lives in one file. The kb layer (src/kb/account.c, src/kb/audit.c) holds
 * the rules (hashing, chaining, who may do what); the backends only store
 * and read rows.
 */
#ifndef FNR_STORE_ACCOUNT_H
#define FNR_STORE_ACCOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Method pointers, placed at the end of fnr_store_methods. */
#define FNR_STORE_ACCOUNT_METHODS /* (none yet) */

#endif
