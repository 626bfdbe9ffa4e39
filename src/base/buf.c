/*
 * Growable byte buffer with a size cap, the building block for everything
 * fener writes (JSON, reports, normalised text). The cap turns hostile input
 * into FNR_TOOBIG instead of an out-of-memory kill; every failure leaves the
 * buffer as it was, so a caller can report the error and still free it.
 */
#include "base/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"

/* Smallest allocation, so that short strings do not realloc per byte. */
#define BUF_MIN_CAP 64

static size_t buf_max(const fnr_buf *b)
{
    return b->max ? b->max : SIZE_MAX / 2;
}

void fnr_buf_init(fnr_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void fnr_buf_destroy(fnr_buf *b)
{
    if (!b) {
        return;
    }
    fnr_free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void fnr_buf_reset(fnr_buf *b)
{
    b->len = 0;
    if (b->data) {
        b->data[0] = '\0';
    }
}

fnr_status fnr_buf_reserve(fnr_buf *b, size_t extra)
{
    size_t max = buf_max(b);
    if (extra > max || b->len > max - extra) {
        return FNR_TOOBIG;
    }
    /* One byte more than len for the terminating NUL; max + 1 cannot overflow. */
    size_t need = b->len + extra + 1;
    if (need <= b->cap) {
        return FNR_OK;
    }
    size_t cap = b->cap ? b->cap : BUF_MIN_CAP;
    while (cap < need) {
        cap = cap > (max + 1) / 2 ? max + 1 : cap * 2;
    }
    if (cap > max + 1) {
        cap = max + 1;
    }
    char *p = fnr_realloc(b->data, cap);
    if (!p) {
        return FNR_NOMEM;
    }
    if (!b->data) {
        p[0] = '\0';
    }
    b->data = p;
    b->cap = cap;
    return FNR_OK;
}

/* The slow path of the inline fnr_buf_append and fnr_buf_putc (buf.h). */
fnr_status fnr__buf_append_grow(fnr_buf *b, const void *p, size_t len)
{
    fnr_status st = fnr_buf_reserve(b, len);
    if (st != FNR_OK) {
        return st;
    }
    if (len) {
        memcpy(b->data + b->len, p, len);
    }
    b->len += len;
    b->data[b->len] = '\0';
    return FNR_OK;
}

fnr_status fnr_buf_puts(fnr_buf *b, const char *s)
{
    return fnr_buf_append(b, s, strlen(s));
}

fnr_status fnr_buf_printf(fnr_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fnr_status st = fnr_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}

fnr_status fnr_buf_vprintf(fnr_buf *b, const char *fmt, va_list ap)
{
    /* Make sure there is a NUL to restore and some room to try into. */
    fnr_status st = fnr_buf_reserve(b, 0);
    if (st != FNR_OK) {
        return st;
    }
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->data[b->len] = '\0';
        return FNR_INVALID;
    }
    if ((size_t)n < room) {
        /* It fitted, but it may still break the cap set below cap. */
        if ((size_t)n > buf_max(b) - b->len) {
            b->data[b->len] = '\0';
            return FNR_TOOBIG;
        }
        b->len += (size_t)n;
        return FNR_OK;
    }
    /* The first try wrote a truncated copy: undo it before growing. */
    b->data[b->len] = '\0';
    st = fnr_buf_reserve(b, (size_t)n);
    if (st != FNR_OK) {
        return st;
    }
    va_copy(ap2, ap);
    int n2 = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
    va_end(ap2);
    if (n2 != n) {
        b->data[b->len] = '\0';
        return FNR_INTERNAL;
    }
    b->len += (size_t)n;
    return FNR_OK;
}

char *fnr_buf_take(fnr_buf *b, size_t *out_len)
{
    char *data = b->data;
    size_t len = b->len;
    if (!data) {
        data = fnr_malloc(1);
        if (data) {
            data[0] = '\0';
        }
    }
    if (out_len) {
        *out_len = data ? len : 0;
    }
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    return data;
}
