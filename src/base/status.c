/*
 * Status names and texts, generated from the one FNR_STATUS_MAP list, and
 * the functions that fill an fnr_error. Filling an error never allocates:
 * messages are formatted straight into the record's fixed arrays and cut
 * short when too long, so reporting works even after memory has run out.
 */
#include "fener/status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const status_names[] = {
#define X_NAME(name, text) #name,
    FNR_STATUS_MAP(X_NAME)
#undef X_NAME
};

static const char *const status_texts[] = {
#define X_TEXT(name, text) text,
    FNR_STATUS_MAP(X_TEXT)
#undef X_TEXT
};

const char *fnr_status_name(fnr_status s)
{
    if ((unsigned)s >= (unsigned)FNR_STATUS_COUNT) {
        return "UNKNOWN";
    }
    return status_names[s];
}

const char *fnr_status_text(fnr_status s)
{
    if ((unsigned)s >= (unsigned)FNR_STATUS_COUNT) {
        return "unknown status";
    }
    return status_texts[s];
}

/* Formats into a fixed array; vsnprintf truncates and always terminates. */
__attribute__((format(printf, 3, 0))) static void format_into(char *dst, size_t dst_len,
                                                              const char *fmt, va_list ap)
{
    if (!fmt) {
        dst[0] = '\0';
        return;
    }
    if (vsnprintf(dst, dst_len, fmt, ap) < 0) {
        /* An encoding error leaves the contents unspecified. */
        dst[0] = '\0';
    }
}

void fnr_error_clear(fnr_error *err)
{
    if (!err) {
        return;
    }
    memset(err, 0, sizeof *err);
    err->code = FNR_OK;
    err->offset = -1;
}

fnr_status fnr_error_set(fnr_error *err, fnr_status code, const char *fmt, ...)
{
    if (!err) {
        return code;
    }
    /* A stale detail, hint or backend code would describe the old error. */
    fnr_error_clear(err);
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    format_into(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

void fnr_error_detail(fnr_error *err, const char *fmt, ...)
{
    if (!err) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    format_into(err->detail, sizeof err->detail, fmt, ap);
    va_end(ap);
}

void fnr_error_hint(fnr_error *err, const char *fmt, ...)
{
    if (!err) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    format_into(err->hint, sizeof err->hint, fmt, ap);
    va_end(ap);
}

void fnr_error_at(fnr_error *err, int64_t offset, int line, int column)
{
    if (!err) {
        return;
    }
    err->offset = offset < 0 ? -1 : offset;
    err->line = line < 0 ? 0 : line;
    err->column = column < 0 ? 0 : column;
}
