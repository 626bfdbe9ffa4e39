/*
 * String slices: a pointer and a length into someone else's bytes (borrowed).
 */
#ifndef FNR_BASE_STR_H
#define FNR_BASE_STR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct fnr_slice {
    const char *ptr; /* borrowed, not NUL-terminated */
    size_t len;      /* bytes */
} fnr_slice;

fnr_slice fnr_slice_make(const char *p, size_t len);
fnr_slice fnr_slice_cstr(const char *s);
bool fnr_slice_eq(fnr_slice a, fnr_slice b);
bool fnr_slice_eq_cstr(fnr_slice a, const char *s);
bool fnr_slice_eq_nocase(fnr_slice a, const char *s); /* ASCII case only */
bool fnr_slice_starts_with(fnr_slice a, const char *prefix);
bool fnr_slice_ends_with(fnr_slice a, const char *suffix);
fnr_slice fnr_slice_trim(fnr_slice a); /* ASCII white space both ends */

/* Splits at the first `sep`: *head before it, returns the rest after it
 * (len 0 and ptr NULL when sep is absent, then *head is all of a). */
fnr_slice fnr_slice_split(fnr_slice a, char sep, fnr_slice *head);

/* Parses a decimal integer (optional sign); false if not all digits or overflow. */
bool fnr_slice_to_long(fnr_slice a, long *out);

#endif
