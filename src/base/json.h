/*
 * Streaming JSON writer into an fnr_buf. It inserts commas and colons itself,
 * escapes every control character, and writes only valid UTF-8: an invalid
 * byte in a string becomes U+FFFD. Errors are sticky: the first failure
 * (FNR_NOMEM, FNR_TOOBIG, FNR_INVALID for misuse such as a value where a key
 * is due) is kept and every later call is a no-op returning it.
 */
#ifndef FNR_BASE_JSON_H
#define FNR_BASE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "fener/status.h"

#define FNR_JSON_MAX_DEPTH 64

typedef struct fnr_json {
    fnr_buf *out;      /* borrowed */
    fnr_status status; /* first error, sticky */
    int depth;
    unsigned char stack[FNR_JSON_MAX_DEPTH]; /* 'o' object, 'a' array */
    bool first[FNR_JSON_MAX_DEPTH];          /* no element written yet at this depth */
    bool want_value;                         /* a key was written, its value is due */
    int indent;                              /* spaces per level; 0 = compact */
} fnr_json;

void fnr_json_init(fnr_json *j, fnr_buf *out, int indent);
fnr_status fnr_json_object_begin(fnr_json *j);
fnr_status fnr_json_object_end(fnr_json *j);
fnr_status fnr_json_array_begin(fnr_json *j);
fnr_status fnr_json_array_end(fnr_json *j);
fnr_status fnr_json_key(fnr_json *j, const char *key); /* NUL-terminated */
fnr_status fnr_json_string(fnr_json *j, const char *s, size_t len);
fnr_status fnr_json_cstr(fnr_json *j, const char *s); /* NULL writes null */
fnr_status fnr_json_int(fnr_json *j, int64_t v);
fnr_status fnr_json_double(fnr_json *j, double v, int decimals); /* non-finite -> null */
fnr_status fnr_json_bool(fnr_json *j, bool v);
fnr_status fnr_json_null(fnr_json *j);
/* Writes `s` escaped as a JSON string body (no quotes) into b. */
fnr_status fnr_json_escape(fnr_buf *b, const char *s, size_t len);
/*
 * Writes `s` escaped as a JSON string body (no quotes) to dst, as
 * fnr_json_escape does, and returns the bytes written. dst must have room
 * for 6 * len bytes. For writers that manage their own buffer.
 */
size_t fnr_json_escape_raw(char *dst, const char *s, size_t len);

/* Room fnr_json_format_int and fnr_json_format_double need. */
#define FNR_JSON_INT_MAX    24
#define FNR_JSON_DOUBLE_MAX 352

/* Writes v in decimal as fnr_json_int would to out (room for
 * FNR_JSON_INT_MAX bytes); returns the length, not NUL-terminated. */
size_t fnr_json_format_int(char *out, int64_t v);

/*
 * Writes v as fnr_json_double would (to at most `decimals` places, trailing
 * zeros dropped, "null" when not finite) to out, which has room for
 * FNR_JSON_DOUBLE_MAX bytes; returns the length, not NUL-terminated.
 */
size_t fnr_json_format_double(char *out, double v, int decimals);

/*
 * Appends to out the compact JSON s[0..len) (as this writer writes it with
 * indent 0) laid out as the writer would have with `indent`: the same bytes
 * as writing the document again with fnr_json_init(..., indent).
 */
fnr_status fnr_json_reindent(const char *s, size_t len, int indent, fnr_buf *out);

/* FNR_OK when every container is closed and nothing failed. */
fnr_status fnr_json_finish(fnr_json *j);

#endif
