/*
 * Dates in the forms news uses, resolved against the document's date.
 *
 * Absolute: "2025-02-12", "14 November 2015", "November 14, 2015",
 * "Nov. 14", "January 2023", "in 2023", "Feb. 11" (year from the document).
 * Relative: "last year", "last month", "last week", "in December of last
 * year", "on Tuesday", "yesterday", "earlier this month" - resolved only when
 * the document date is known, never guessed. Ranges: "between August 2016 and
 * March 2017", "February and March 2022", "from 2019 to 2021".
 * Each result has a precision: day, month, year or a range whose two ends
 * have their own precision.
 */
#ifndef FNR_BASE_DATE_H
#define FNR_BASE_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum fnr_date_prec {
    FNR_DATE_NONE = 0, /* no date / unresolved */
    FNR_DATE_YEAR,
    FNR_DATE_MONTH,
    FNR_DATE_DAY,
} fnr_date_prec;

typedef struct fnr_date {
    int year;  /* e.g. 2025; 0 when unknown */
    int month; /* 1-12; 0 when unknown */
    int day;   /* 1-31; 0 when unknown */
    fnr_date_prec prec;
} fnr_date;

typedef struct fnr_date_span {
    fnr_date start;
    fnr_date end; /* end.prec == FNR_DATE_NONE unless a range */
    bool is_range;
    bool is_relative; /* resolved against the document date */
    size_t start_off; /* bytes into the scanned text: the expression's extent */
    size_t end_off;
} fnr_date_span;

/* Parses "YYYY-MM-DD" (exactly) into a day-precision date; false if invalid. */
bool fnr_date_parse_iso(const char *s, size_t len, fnr_date *out);

/* true for a real calendar day (leap years counted). */
bool fnr_date_valid(int year, int month, int day);

/* 0 = Sunday ... 6 = Saturday for a valid day. */
int fnr_date_weekday(int year, int month, int day);

/*
 * Finds date expressions in text[0..len) (UTF-8 prose, typically one
 * sentence), left to right, longest match first, without overlaps. `ref` is
 * the document date (NULL or prec NONE when unknown): relative expressions
 * and missing years are resolved against it, or dropped when it is unknown.
 * Writes at most max_out spans; returns how many were found (may exceed
 * max_out; only max_out are written).
 */
size_t fnr_date_scan(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out,
                     size_t max_out);

/*
 * fnr_date_scan's first max_out spans (the same ones), for a caller that
 * reads no more: the scan stops at the last of them, and the count returned
 * is at most max_out (0 when max_out is 0).
 */
size_t fnr_date_scan_upto(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out,
                          size_t max_out);

/* true, with the span in *out, when the first span fnr_date_scan would find
 * starts at byte 0; nothing after the first word is tried. */
bool fnr_date_scan_at_start(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out);

/*
 * The first span with a precision (start.prec not NONE) among the first
 * max_spans (at most 8) that fnr_date_scan would find, into *out; false when
 * there is none. The same answer as scanning them all, but the scan stops
 * there, so a date early in a long sentence ends it.
 */
bool fnr_date_scan_first(const char *text, size_t len, const fnr_date *ref, size_t max_spans,
                         fnr_date_span *out);

/*
 * fnr_date_scan_first with the scan starting at byte `from`, for a caller
 * that knows that no date expression starts before it and that from is 0
 * or text[from - 1] is ASCII white space. The text before `from` is still
 * read where a rule looks back ("in January", a label before a year), so
 * the answer is the one fnr_date_scan_first gives. A date expression
 * starts at most FNR_DATE_MAX_LEAD words before its first ASCII digit or
 * date word (fnr_date_anchor_word): "between early-in last week".
 */
#define FNR_DATE_MAX_LEAD 5
bool fnr_date_scan_first_from(const char *text, size_t len, size_t from, const fnr_date *ref,
                              size_t max_spans, fnr_date_span *out);

/*
 * false when fnr_date_scan can find nothing in text: it holds no ASCII digit
 * and no word (a run of ASCII letters, any case) that names a month, a
 * weekday, yesterday, today, tomorrow, year, month or week. A text cut
 * between words can be asked piece by piece.
 */
bool fnr_date_maybe(const char *text, size_t len);

/* The i-th of the words fnr_date_maybe looks for, lower case ("jan",
 * "january", ...); NULL past the last. */
const char *fnr_date_anchor_word(size_t i);

/*
 * Parses all of text as one date expression (surrounding white space and a
 * leading "on"/"in" allowed). true with *out on success.
 */
bool fnr_date_parse(const char *text, size_t len, const fnr_date *ref, fnr_date_span *out);

/* Writes "YYYY", "YYYY-MM" or "YYYY-MM-DD" (NUL-terminated, <= 11 bytes);
 * "" for FNR_DATE_NONE. Returns out. */
char *fnr_date_format(const fnr_date *d, char out[11]);

/* "year", "month", "day" or "none". */
const char *fnr_date_prec_name(fnr_date_prec p);

#endif
