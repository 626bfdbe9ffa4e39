/*
 * fener status codes and the error record every fallible call fills.
 *
 * A fallible function returns fnr_status and takes `fnr_error *err` last
 * (NULL allowed). The status list is one X-macro so that the enum, its names
 * and its texts cannot drift apart; front ends map statuses to exit codes
 * (src/cli/) and HTTP statuses (src/server/) with one table each.
 */
#ifndef FENER_STATUS_H
#define FENER_STATUS_H

#include <stddef.h>
#include <stdint.h>

/* X(NAME, text) */
#define FNR_STATUS_MAP(X)              \
    X(OK, "success")                   \
    X(NOMEM, "out of memory")          \
    X(USAGE, "wrong usage")            \
    X(INVALID, "invalid argument")     \
    X(BADINPUT, "invalid input data")  \
    X(NOINPUT, "could not open input") \
    X(IO, "input/output error")        \
    X(TOOBIG, "input too large")       \
    X(NOTFOUND, "not found")           \
    X(EXISTS, "already exists")        \
    X(UNSUPPORTED, "not supported")    \
    X(INTERNAL, "internal error")      \
    X(DENIED, "permission denied")

typedef enum fnr_status {

#define FNR_X_ENUM(name, text) FNR_##name,
    FNR_STATUS_MAP(FNR_X_ENUM)
#undef FNR_X_ENUM
        FNR_STATUS_COUNT
} fnr_status;

/* The constant's name without prefix ("NOMEM"); "UNKNOWN" out of range. */
const char *fnr_status_name(fnr_status s);

/* A short lowercase text for the status ("out of memory"). */
const char *fnr_status_text(fnr_status s);

/*
 * What went wrong, for a person. Fixed size and caller-owned: filling it never
 * allocates, so it works when memory has run out. Messages follow
 * PostgreSQL's style: a short lowercase `message` ("could not open \"x\""),
 * `detail` and `hint` as whole sentences.
 */
typedef struct fnr_error {
    fnr_status code;
    char message[256];
    char detail[256];
    char hint[192];
    int64_t offset;   /* byte offset into the input, or -1 */
    int line;         /* 1-based line of the input, or 0 */
    int column;       /* 1-based column of the input, or 0 */
    int backend_code; /* the backend's own code (sqlite rc, errno), or 0 */
    char sqlstate[6]; /* PostgreSQL SQLSTATE, or "" */
} fnr_error;

/* Resets `err` (may be NULL) to FNR_OK with no position. */
void fnr_error_clear(fnr_error *err);

/*
 * Sets the code and the printf-style message; clears detail, hint and the
 * position. Returns `code` so that a caller can `return fnr_error_set(...)`.
 * `err` may be NULL.
 */
fnr_status fnr_error_set(fnr_error *err, fnr_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sets the detail sentence. `err` may be NULL. */
void fnr_error_detail(fnr_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Sets the hint sentence. `err` may be NULL. */
void fnr_error_hint(fnr_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Records the input position (offset in bytes; line, column 1-based or 0). */
void fnr_error_at(fnr_error *err, int64_t offset, int line, int column);

#endif
