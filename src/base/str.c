/*
 * String slices: a borrowed pointer and a length. Parsers and the CLI use
 * them to look at parts of a larger text without copying or NUL-terminating
 * it. Nothing here allocates.
 */
#include "base/str.h"

#include <limits.h>
#include <string.h>

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

fnr_slice fnr_slice_make(const char *p, size_t len)
{
    fnr_slice s = { p, p ? len : 0 };
    return s;
}

fnr_slice fnr_slice_cstr(const char *s)
{
    return fnr_slice_make(s, s ? strlen(s) : 0);
}

bool fnr_slice_eq(fnr_slice a, fnr_slice b)
{
    /* memcmp must not see NULL, even with length 0. */
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

bool fnr_slice_eq_cstr(fnr_slice a, const char *s)
{
    return fnr_slice_eq(a, fnr_slice_cstr(s));
}

bool fnr_slice_eq_nocase(fnr_slice a, const char *s)
{
    fnr_slice b = fnr_slice_cstr(s);
    if (a.len != b.len) {
        return false;
    }
    for (size_t i = 0; i < a.len; i++) {
        if (lower(a.ptr[i]) != lower(b.ptr[i])) {
            return false;
        }
    }
    return true;
}

bool fnr_slice_starts_with(fnr_slice a, const char *prefix)
{
    fnr_slice p = fnr_slice_cstr(prefix);
    return p.len <= a.len && (p.len == 0 || memcmp(a.ptr, p.ptr, p.len) == 0);
}

bool fnr_slice_ends_with(fnr_slice a, const char *suffix)
{
    fnr_slice p = fnr_slice_cstr(suffix);
    return p.len <= a.len && (p.len == 0 || memcmp(a.ptr + a.len - p.len, p.ptr, p.len) == 0);
}

fnr_slice fnr_slice_trim(fnr_slice a)
{
    size_t start = 0;
    size_t end = a.len;
    while (start < end && is_space(a.ptr[start])) {
        start++;
    }
    while (end > start && is_space(a.ptr[end - 1])) {
        end--;
    }
    return fnr_slice_make(a.len ? a.ptr + start : a.ptr, end - start);
}

fnr_slice fnr_slice_split(fnr_slice a, char sep, fnr_slice *head)
{
    const char *hit = a.len ? memchr(a.ptr, sep, a.len) : NULL;
    if (!hit) {
        if (head) {
            *head = a;
        }
        return fnr_slice_make(NULL, 0);
    }
    size_t at = (size_t)(hit - a.ptr);
    if (head) {
        *head = fnr_slice_make(a.ptr, at);
    }
    /* ptr stays non-NULL when sep ends a, so "found, empty rest" is visible. */
    return fnr_slice_make(hit + 1, a.len - at - 1);
}

bool fnr_slice_to_long(fnr_slice a, long *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < a.len && (a.ptr[i] == '+' || a.ptr[i] == '-')) {
        neg = a.ptr[i] == '-';
        i++;
    }
    if (i == a.len) {
        return false;
    }
    /* Accumulate as a negative number: LONG_MIN has no positive twin. */
    long v = 0;
    for (; i < a.len; i++) {
        char c = a.ptr[i];
        if (c < '0' || c > '9') {
            return false;
        }
        int d = c - '0';
        if (v < (LONG_MIN + d) / 10) {
            return false;
        }
        v = v * 10 - d;
    }
    if (!neg) {
        if (v == LONG_MIN) {
            return false;
        }
        v = -v;
    }
    if (out) {
        *out = v;
    }
    return true;
}
