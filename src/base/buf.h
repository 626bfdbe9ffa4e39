/*
 * Growable byte buffer with a size cap: hostile input gets FNR_TOOBIG, not an
 * out-of-memory kill. The data is always NUL-terminated (not counted in len)
 * once anything was appended.
 */
#ifndef FNR_BASE_BUF_H
#define FNR_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "fener/status.h"

typedef struct fnr_buf {
    char *data; /* owned; NULL until the first append */
    size_t len; /* bytes in use */
    size_t cap; /* bytes allocated */
    size_t max; /* cap on len; 0 means SIZE_MAX / 2 */
} fnr_buf;

void fnr_buf_init(fnr_buf *b, size_t max);
void fnr_buf_destroy(fnr_buf *b); /* NULL is fine */
void fnr_buf_reset(fnr_buf *b);   /* len = 0, memory kept */

/* FNR_TOOBIG past max, FNR_NOMEM on allocation failure; b unchanged then. */
fnr_status fnr_buf_reserve(fnr_buf *b, size_t extra);
fnr_status fnr_buf_puts(fnr_buf *b, const char *s);

/* fnr_buf_append and fnr_buf_putc when the bytes and the NUL may not fit:
 * the buffer grows first. */
fnr_status fnr__buf_append_grow(fnr_buf *b, const void *p, size_t len);

/* Appends len bytes (p may be NULL when len is 0). Inline: room for the
 * bytes and the NUL is the common case (a key or a word appended to a
 * buffer grown long ago), and the key builders call this once a word. cap
 * never exceeds max + 1, so that stays within max. */
static inline fnr_status fnr_buf_append(fnr_buf *b, const void *p, size_t len)
{
    if (b->data && len < b->cap - b->len) {
        if (len) {
            memcpy(b->data + b->len, p, len);
        }
        b->len += len;
        b->data[b->len] = '\0';
        return FNR_OK;
    }
    return fnr__buf_append_grow(b, p, len);
}

static inline fnr_status fnr_buf_putc(fnr_buf *b, char c)
{
    if (b->data && b->cap - b->len > 1) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return FNR_OK;
    }
    return fnr__buf_append_grow(b, &c, 1);
}

fnr_status fnr_buf_printf(fnr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
fnr_status fnr_buf_vprintf(fnr_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Moves the data out (caller frees with fnr_free); b is left empty. Never
 * NULL unless out of memory: an empty buffer yields "". */
char *fnr_buf_take(fnr_buf *b, size_t *out_len);

#endif
