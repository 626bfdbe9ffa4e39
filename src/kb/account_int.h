/*
 * Private header shared by src/kb/account.c and src/kb/audit.c: appending
 * an audit record inside a transaction the caller already holds, so that
 * an account change and its audit record commit together.
 */
#ifndef FNR_KB_ACCOUNT_INT_H
#define FNR_KB_ACCOUNT_INT_H

#include "kb/kb_int.h"

/*
 * As fnr__kb_audit, but inside the caller's open write transaction
 * (fnr_store_begin): the record is part of it and commits or rolls back
 * with it. Writes even on a store opened read-only (the caller's write
 * fails first there).
 */
fnr_status fnr__kb_audit_append(fnr_kb *kb, const fnr_viewer *who, const char *action,
                                const char *what, long facts, const int64_t *docs, size_t n_docs,
                                fnr_error *err);

#endif
