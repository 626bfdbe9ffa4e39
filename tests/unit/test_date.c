/*
 * Unit tests for src/base/date.c: calendar helpers, and fnr_date_scan over a
 * table of news phrasings (absolute, year-less, relative, ranges) each with a
 * reference date, the expected value, precision and sometimes the extent,
 * plus phrases that must not be dates and inputs cut short.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/date.h"

/* Reference dates: 2025-02-12 is a Wednesday. */
static const fnr_date REF = { 2025, 2, 12, FNR_DATE_DAY };
static const fnr_date REF_MAR5 = { 2025, 3, 5, FNR_DATE_DAY };

#define NOEXT SIZE_MAX

typedef struct date_case {
    const char *text;
    const fnr_date *ref;
    const char *start; /* fnr_date_format of the start */
    fnr_date_prec prec;
    const char *end; /* "" unless a range */
    bool relative;
    size_t start_off; /* NOEXT: not checked */
    size_t end_off;
} date_case;

static const date_case cases[] = {
    /* absolute */
    { "2025-02-12", NULL, "2025-02-12", FNR_DATE_DAY, "", false, 0, 10 },
    { "on 14 November 2015 police said", NULL, "2015-11-14", FNR_DATE_DAY, "", false, 3, 19 },
    { "November 14, 2015", NULL, "2015-11-14", FNR_DATE_DAY, "", false, 0, 17 },
    { "Nov. 14, 2015", NULL, "2015-11-14", FNR_DATE_DAY, "", false, NOEXT, 0 },
    { "Sept. 5, 2001", NULL, "2001-09-05", FNR_DATE_DAY, "", false, NOEXT, 0 },
    { "September 11, 2001", NULL, "2001-09-11", FNR_DATE_DAY, "", false, NOEXT, 0 },
    { "the 14th of November 2015", NULL, "2015-11-14", FNR_DATE_DAY, "", false, 4, 25 },
    { "Tuesday, Feb. 11, 2025", NULL, "2025-02-11", FNR_DATE_DAY, "", false, 0, 22 },
    { "Feb 29 2024", NULL, "2024-02-29", FNR_DATE_DAY, "", false, NOEXT, 0 },
    { "January 2023", NULL, "2023-01", FNR_DATE_MONTH, "", false, 0, 12 },
    { "MARCH 2023", NULL, "2023-03", FNR_DATE_MONTH, "", false, NOEXT, 0 },
    { "in December of 2019", NULL, "2019-12", FNR_DATE_MONTH, "", false, 3, 19 },
    { "in 2023", NULL, "2023", FNR_DATE_YEAR, "", false, 3, 7 },
    { "arrested in 2023.", NULL, "2023", FNR_DATE_YEAR, "", false, 12, 16 },
    { "mid-2023", NULL, "2023", FNR_DATE_YEAR, "", false, 0, 8 },
    { "early 2024", NULL, "2024", FNR_DATE_YEAR, "", false, 0, 10 },
    /* year-less, from the reference */
    { "Nov. 14", &REF, "2025-11-14", FNR_DATE_DAY, "", true, 0, 7 },
    { "late on Feb. 11", &REF, "2025-02-11", FNR_DATE_DAY, "", true, 8, 15 },
    { "on 3 January", &REF, "2025-01-03", FNR_DATE_DAY, "", true, NOEXT, 0 },
    /* relative */
    { "last year", &REF, "2024", FNR_DATE_YEAR, "", true, 0, 9 },
    { "this year", &REF, "2025", FNR_DATE_YEAR, "", true, NOEXT, 0 },
    { "next year", &REF, "2026", FNR_DATE_YEAR, "", true, NOEXT, 0 },
    { "Last month", &REF, "2025-01", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "this month", &REF, "2025-02", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "last week", &REF_MAR5, "2025-02", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "over the past week", &REF_MAR5, "2025-02", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "yesterday", &REF, "2025-02-11", FNR_DATE_DAY, "", true, 0, 9 },
    { "today", &REF, "2025-02-12", FNR_DATE_DAY, "", true, NOEXT, 0 },
    { "on Tuesday", &REF, "2025-02-11", FNR_DATE_DAY, "", true, 3, 10 },
    { "Wednesday", &REF, "2025-02-12", FNR_DATE_DAY, "", true, NOEXT, 0 },
    { "Thursday", &REF, "2025-02-06", FNR_DATE_DAY, "", true, NOEXT, 0 },
    { "last Wednesday", &REF, "2025-02-05", FNR_DATE_DAY, "", true, NOEXT, 0 },
    { "in December of last year", &REF, "2024-12", FNR_DATE_MONTH, "", true, 3, 24 },
    { "December last year", &REF, "2024-12", FNR_DATE_MONTH, "", true, 0, 18 },
    { "last December", &REF, "2024-12", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "earlier this year", &REF, "2025", FNR_DATE_YEAR, "", true, 0, 17 },
    { "late last year", &REF, "2024", FNR_DATE_YEAR, "", true, NOEXT, 0 },
    /* a bare month after "in", "since", "during": the latest such month up
     * to the reference month */
    { "In January, police", &REF, "2025-01", FNR_DATE_MONTH, "", true, 3, 10 },
    { "arrested in February", &REF, "2025-02", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    { "in December, MIT", &REF, "2024-12", FNR_DATE_MONTH, "", true, 3, 11 },
    { "held since\nMarch", &REF, "2024-03", FNR_DATE_MONTH, "", true, NOEXT, 0 },
    /* ranges */
    { "between August 2016 and March 2017", NULL, "2016-08", FNR_DATE_MONTH, "2017-03", false, 0,
      34 },
    { "between August and October 2016", NULL, "2016-08", FNR_DATE_MONTH, "2016-10", false, NOEXT,
      0 },
    { "from 2019 to 2021", NULL, "2019", FNR_DATE_YEAR, "2021", false, 0, 17 },
    { "February and March 2022", NULL, "2022-02", FNR_DATE_MONTH, "2022-03", false, 0, 23 },
    { "August-September 2020", NULL, "2020-08", FNR_DATE_MONTH, "2020-09", false, NOEXT, 0 },
    { "2016\xE2\x80\x93"
      "2017",
      NULL, "2016", FNR_DATE_YEAR, "2017", false, 0, 11 },
    { "in 2016-17", NULL, "2016", FNR_DATE_YEAR, "2017", false, 3, 10 },
    { "from March to May", &REF, "2025-03", FNR_DATE_MONTH, "2025-05", true, NOEXT, 0 },
    { "the 1990s", NULL, "1990", FNR_DATE_YEAR, "1999", false, 0, 9 },
    /* n units ago: a day is a day, weeks give their month */
    { "caught two days ago in Bursa", &REF, "2025-02-10", FNR_DATE_DAY, "", true, 7, 19 },
    { "six days ago", &REF, "2025-02-06", FNR_DATE_DAY, "", true, 0, 12 },
    { "arrested 3 weeks ago", &REF, "2025-01", FNR_DATE_MONTH, "", true, 9, 20 },
    { "Seven months ago, police raided it", &REF, "2024-07", FNR_DATE_MONTH, "", true, 0, 16 },
    { "founded twelve years ago", &REF, "2013", FNR_DATE_YEAR, "", true, 8, 24 },
    /* a part of the reference's year or month */
    { "since the beginning of the year", &REF, "2025", FNR_DATE_YEAR, "", true, 6, 31 },
    { "by the end of the month", &REF, "2025-02", FNR_DATE_MONTH, "", true, 3, 23 },
    /* Turkish month names (UTF-8): with a day before or a year after */
    { "detained on 18 Kas\xC4\xB1m 2026 in Van", NULL, "2026-11-18", FNR_DATE_DAY, "", false, 12,
      26 },
    { "3 Mart 2025", NULL, "2025-03-03", FNR_DATE_DAY, "", false, 0, 11 },
    { "on 9 \xC5\x9E"
      "ubat the court",
      &REF, "2025-02-09", FNR_DATE_DAY, "", true, NOEXT, 0 },
    { "in A\xC4\x9F"
      "ustos 2024",
      NULL, "2024-08", FNR_DATE_MONTH, "", false, 3, 16 },
    { "27 Aral\xC4\xB1k 2023", NULL, "2023-12-27", FNR_DATE_DAY, "", false, NOEXT, 0 },
    { "1 Eyl\xC3\xBCl 2022", NULL, "2022-09-01", FNR_DATE_DAY, "", false, NOEXT, 0 },
};

static const char *prec_or_none(const fnr_date *d)
{
    return fnr_date_prec_name(d->prec);
}

static void test_scan_table(void **state)
{
    (void)state;
    size_t n = sizeof cases / sizeof cases[0];
    assert_true(n >= 30);
    for (size_t k = 0; k < n; k++) {
        const date_case *c = &cases[k];
        fnr_date_span sp[4];
        memset(sp, 0xAB, sizeof sp);
        size_t got = fnr_date_scan(c->text, strlen(c->text), c->ref, sp, 4);
        if (got != 1) {
            fail_msg("\"%s\": %zu dates, want 1", c->text, got);
        }
        char s[11], e[11];
        fnr_date_format(&sp[0].start, s);
        fnr_date_format(&sp[0].end, e);
        bool range = c->end[0] != '\0';
        if (strcmp(s, c->start) != 0 || sp[0].start.prec != c->prec || strcmp(e, c->end) != 0 ||
            sp[0].is_range != range || sp[0].is_relative != c->relative) {
            fail_msg("\"%s\": %s (%s) .. %s range=%d rel=%d, want %s (%s) .. %s range=%d rel=%d",
                     c->text, s, prec_or_none(&sp[0].start), e, sp[0].is_range, sp[0].is_relative,
                     c->start, fnr_date_prec_name(c->prec), c->end, range, c->relative);
        }
        if (range && sp[0].end.prec != c->prec) {
            fail_msg("\"%s\": end precision %s", c->text, prec_or_none(&sp[0].end));
        }
        if (c->start_off != NOEXT &&
            (sp[0].start_off != c->start_off || sp[0].end_off != c->end_off)) {
            fail_msg("\"%s\": extent [%zu, %zu), want [%zu, %zu)", c->text, sp[0].start_off,
                     sp[0].end_off, c->start_off, c->end_off);
        }
    }
}

typedef struct none_case {
    const char *text;
    const fnr_date *ref;
} none_case;

static const none_case not_dates[] = {
    { "under Law No. 2937 on intelligence", &REF },
    { "Law No. 2023", &REF },
    { "Law 2022 was amended", &REF },
    { "charged under the Terrorism Act 2000", &REF },
    { "426 terrorists were neutralised", &REF },
    { "2,000 square kilometres", &REF },
    { "2000 square kilometres", &REF },
    { "2000 years ago", &REF },
    { "two days ago", NULL },
    { "the end of the war", &REF },
    { "since the beginning of the year", NULL },
    { "he spent two years in prison", &REF },
    { "six suspects were caught", &REF },
    { "a budget of $2020 million", &REF },
    { "12345 and 20230 and 2023.5 and 1,2023", &REF },
    { "in recent months", &REF },
    { "recently", &REF },
    { "They may return", &REF },
    { "March", &REF },
    { "marched in May", NULL },
    { "Theresa May in London", &REF },
    { "join May", &REF },
    { "Feb 30 2020", &REF },
    { "30 February 2020", &REF },
    { "2023-02-29", &REF },
    { "Jan said so", &REF },
    /* a Turkish month needs a number: bare, it is a name ("Nisan", "Ekim") */
    { "Nisan Y\xC4\xB1lmaz said", &REF },
    { "Ekim and Kas\xC4\xB1m", &REF },
    { "Kasimpasa", &REF },
    { "across the 15 Temmuz Martyrs Bridge", &REF },
    { "Kas\xC4\xB1mpa\xC5\x9F"
      "a",
      &REF },
    /* a weekday naming a weekly rite is no day */
    { "gunmen opened fire during Sunday mass", &REF },
    { "after Friday prayers", &REF },
    /* relative or year-less with no reference date */
    { "yesterday", NULL },
    { "last year", NULL },
    { "earlier this month", NULL },
    { "on Tuesday", NULL },
    { "Nov. 14", NULL },
    { "in December of last year", NULL },
    { "from March to May", NULL },
    /* "the past year" is the twelve months to now, no calendar year */
    { "over the past year", &REF },
    { "in the past month", &REF },
};

static void test_not_dates(void **state)
{
    (void)state;
    const fnr_date none = { 0, 0, 0, FNR_DATE_NONE };
    for (size_t k = 0; k < sizeof not_dates / sizeof not_dates[0]; k++) {
        const none_case *c = &not_dates[k];
        fnr_date_span sp[4];
        size_t got = fnr_date_scan(c->text, strlen(c->text), c->ref, sp, 4);
        if (got != 0) {
            char s[11];
            fail_msg("\"%s\" gave %zu dates, first %s", c->text, got,
                     fnr_date_format(&sp[0].start, s));
        }
        /* A reference of precision NONE is no reference. */
        if (c->ref == NULL) {
            assert_int_equal(fnr_date_scan(c->text, strlen(c->text), &none, sp, 4), 0);
        }
    }
}

static void test_scan_sentence(void **state)
{
    (void)state;
    const char *s = "Police detained 12 suspects on 14 November 2015 and released them in "
                    "January 2016, a year before the 2017 trial, MIT said yesterday.";
    fnr_date_span sp[8];
    size_t n = fnr_date_scan(s, strlen(s), &REF, sp, 8);
    assert_int_equal(n, 4);
    char b[11];
    assert_string_equal(fnr_date_format(&sp[0].start, b), "2015-11-14");
    assert_int_equal(sp[0].start_off, strstr(s, "14 Nov") - s);
    assert_string_equal(fnr_date_format(&sp[1].start, b), "2016-01");
    assert_string_equal(fnr_date_format(&sp[2].start, b), "2017");
    assert_string_equal(fnr_date_format(&sp[3].start, b), "2025-02-11");
    assert_true(sp[3].is_relative);
    assert_false(sp[0].is_relative);

    /* max_out caps what is written, not what is counted. */
    fnr_date_span one[2];
    memset(one, 0, sizeof one);
    assert_int_equal(fnr_date_scan(s, strlen(s), &REF, one, 1), 4);
    assert_string_equal(fnr_date_format(&one[0].start, b), "2015-11-14");
    assert_int_equal(one[1].start.year, 0);
    assert_int_equal(fnr_date_scan(s, strlen(s), &REF, NULL, 0), 4);

    /* fnr_date_scan_upto: the same first spans, and the scan stops there. */
    memset(one, 0, sizeof one);
    assert_int_equal(fnr_date_scan_upto(s, strlen(s), &REF, one, 1), 1);
    assert_string_equal(fnr_date_format(&one[0].start, b), "2015-11-14");
    assert_int_equal(one[1].start.year, 0);
    assert_int_equal(fnr_date_scan_upto(s, strlen(s), &REF, sp, 3), 3);
    assert_string_equal(fnr_date_format(&sp[2].start, b), "2017");
    assert_int_equal(fnr_date_scan_upto(s, strlen(s), &REF, sp, 8), 4);
    assert_int_equal(fnr_date_scan_upto(s, strlen(s), &REF, NULL, 0), 0);

    /* fnr_date_scan_at_start: only a span that opens the text. */
    fnr_date_span at;
    assert_false(fnr_date_scan_at_start(s, strlen(s), &REF, &at));
    const char *lead = "14 November 2015, police said";
    assert_true(fnr_date_scan_at_start(lead, strlen(lead), &REF, &at));
    assert_string_equal(fnr_date_format(&at.start, b), "2015-11-14");
    assert_int_equal(at.start_off, 0);
    assert_false(fnr_date_scan_at_start(" 14 November 2015", 17, &REF, &at));

    /* Turkish text around an ISO date and a year with a suffix. */
    const char *tr = "MİT'in 2024-03-01 tarihli raporu, 2023’te";
    n = fnr_date_scan(tr, strlen(tr), NULL, sp, 8);
    assert_int_equal(n, 2);
    assert_string_equal(fnr_date_format(&sp[0].start, b), "2024-03-01");
    assert_string_equal(fnr_date_format(&sp[1].start, b), "2023");

    /* Quotes and dashes before a year; a stray lead byte hides nothing. */
    const char *q = "\xE2\x80\x98"
                    "2019\xE2\x80\x99 and \xE2"
                    "2021";
    n = fnr_date_scan(q, strlen(q), NULL, sp, 8);
    assert_int_equal(n, 2);
    assert_string_equal(fnr_date_format(&sp[0].start, b), "2019");
    assert_int_equal(sp[0].start_off, 3);
    assert_string_equal(fnr_date_format(&sp[1].start, b), "2021");
}

/*
 * fnr_date_scan_first_from gives fnr_date_scan_first's answer when it starts
 * at or before a date's first word, which may be up to FNR_DATE_MAX_LEAD
 * words before its first digit or date word; the text before the start is
 * still read where a rule looks back ("in January").
 */
static void test_scan_first_from(void **state)
{
    (void)state;

    static const struct {
        const char *text;
        const char *from; /* the scan starts at this word */
        bool same;        /* the answer is fnr_date_scan_first's */
    } from_cases[] = {
        /* five words before "week": the scan may start at the first */
        { "Police said between early - in last week and today they met.", "between", true },
        { "Police said between early - in last week and today they met.", "early", false },
        { "Officials said from mid-2022 to late 2023 the cell grew.", "from", true },
        /* "In January" looks back at "In" from the month */
        { "Police said that in January the cell met.", "January", true },
        { "The report of 14 November 2015 was read.", "14", true },
    };

    for (size_t k = 0; k < sizeof from_cases / sizeof from_cases[0]; k++) {
        const char *s = from_cases[k].text;
        size_t from = (size_t)(strstr(s, from_cases[k].from) - s);
        fnr_date_span a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        bool x = fnr_date_scan_first(s, strlen(s), &REF, 4, &a);
        bool y = fnr_date_scan_first_from(s, strlen(s), from, &REF, 4, &b);
        assert_true(x);
        bool same = x == y && a.start_off == b.start_off && a.end_off == b.end_off &&
                    memcmp(&a.start, &b.start, sizeof a.start) == 0;
        assert_int_equal(same, from_cases[k].same);
    }
}

/* Inputs cut short in exactly-sized heap copies: ASan catches any read past
 * len, and the cut expression must not be completed from bytes beyond it. */
static void test_scan_bounded(void **state)
{
    (void)state;

    static const struct {
        const char *text;
        size_t len;
        size_t n_want;
        const char *first;
    } cut[] = {
        { "2025-02-12", 9, 1, "2025" }, /* "2025-02-1": the year alone */
        { "14 November 2015", 11, 1, "2025-11-14" },
        { "Nov. 14, 2015", 4, 0, "" },
        { "between August 2016 and March 2017", 24, 1, "2016-08" },
        { "last year", 8, 0, "" },
        { "1990s", 4, 1, "1990" },
        { "\xE2\x80", 2, 0, "" },
        { "2019\xE2\x80\x93", 5, 1, "2019" },
    };

    for (size_t k = 0; k < sizeof cut / sizeof cut[0]; k++) {
        char *p = malloc(cut[k].len);
        assert_non_null(p);
        memcpy(p, cut[k].text, cut[k].len);
        fnr_date_span sp[2];
        size_t n = fnr_date_scan(p, cut[k].len, &REF, sp, 2);
        assert_int_equal(n, cut[k].n_want);
        if (n) {
            char b[11];
            assert_string_equal(fnr_date_format(&sp[0].start, b), cut[k].first);
            assert_true(sp[0].end_off <= cut[k].len);
        }
        free(p);
    }
}

static void test_parse_whole(void **state)
{
    (void)state;
    fnr_date_span sp;
    char b[11];
    assert_true(fnr_date_parse("  on 14 November 2015 ", 22, NULL, &sp));
    assert_string_equal(fnr_date_format(&sp.start, b), "2015-11-14");
    assert_true(fnr_date_parse("in 2023", 7, NULL, &sp));
    assert_int_equal(sp.start.prec, FNR_DATE_YEAR);
    assert_true(fnr_date_parse("last month", 10, &REF, &sp));
    assert_string_equal(fnr_date_format(&sp.start, b), "2025-01");
    assert_false(fnr_date_parse("last month", 10, NULL, &sp));
    assert_false(fnr_date_parse("14 November 2015 in Ankara", 26, NULL, &sp));
    assert_false(fnr_date_parse("", 0, NULL, &sp));
    assert_false(fnr_date_parse("Ankara", 6, NULL, &sp));
}

static void test_calendar(void **state)
{
    (void)state;
    assert_true(fnr_date_valid(2024, 2, 29));
    assert_false(fnr_date_valid(2023, 2, 29));
    assert_false(fnr_date_valid(1900, 2, 29));
    assert_true(fnr_date_valid(2000, 2, 29));
    assert_false(fnr_date_valid(2025, 4, 31));
    assert_false(fnr_date_valid(2025, 13, 1));
    assert_false(fnr_date_valid(2025, 0, 1));
    assert_false(fnr_date_valid(2025, 1, 0));
    assert_int_equal(fnr_date_weekday(2025, 2, 12), 3);  /* Wednesday */
    assert_int_equal(fnr_date_weekday(1970, 1, 1), 4);   /* Thursday */
    assert_int_equal(fnr_date_weekday(2000, 1, 1), 6);   /* Saturday */
    assert_int_equal(fnr_date_weekday(1969, 12, 28), 0); /* Sunday */

    fnr_date d;
    assert_true(fnr_date_parse_iso("2024-02-29", 10, &d));
    assert_int_equal(d.year, 2024);
    assert_int_equal(d.month, 2);
    assert_int_equal(d.day, 29);
    assert_int_equal(d.prec, FNR_DATE_DAY);
    assert_false(fnr_date_parse_iso("2023-02-29", 10, &d));
    assert_int_equal(d.prec, FNR_DATE_NONE);
    assert_false(fnr_date_parse_iso("2023-2-28", 9, &d));
    assert_false(fnr_date_parse_iso("2023-02-28T", 11, &d));
    assert_false(fnr_date_parse_iso("2023/02/28", 10, &d));

    char b[11];
    fnr_date y = { 2023, 0, 0, FNR_DATE_YEAR };
    fnr_date m = { 2023, 7, 0, FNR_DATE_MONTH };
    fnr_date dd = { 987, 7, 4, FNR_DATE_DAY };
    fnr_date none = { 2023, 7, 4, FNR_DATE_NONE };
    assert_string_equal(fnr_date_format(&y, b), "2023");
    assert_string_equal(fnr_date_format(&m, b), "2023-07");
    assert_string_equal(fnr_date_format(&dd, b), "0987-07-04");
    assert_string_equal(fnr_date_format(&none, b), "");
    assert_string_equal(fnr_date_prec_name(FNR_DATE_DAY), "day");
    assert_string_equal(fnr_date_prec_name(FNR_DATE_MONTH), "month");
    assert_string_equal(fnr_date_prec_name(FNR_DATE_YEAR), "year");
    assert_string_equal(fnr_date_prec_name(FNR_DATE_NONE), "none");
}

/* The keyword table is looked up through a hand-kept index by first letter
 * and a mask of word lengths: every date word must still be found
 * through them (a word added to the table without them would be lost). */
static void test_every_anchor_word_found(void **state)
{
    (void)state;
    size_t n = 0;
    for (const char *w; (w = fnr_date_anchor_word(n)) != NULL; n++)
        if (!fnr_date_maybe(w, strlen(w)))
            fail_msg("anchor word \"%s\" is not found", w);
    assert_true(n >= 20);
    const fnr_date ref = { 2025, 3, 5, FNR_DATE_DAY };
    fnr_date_span sp[2];
    /* the qualifiers, through the same index */
    static const char *const QUALIFIED[] = { "last week", "the past week", "this month",
                                             "next year", NULL };
    for (size_t k = 0; QUALIFIED[k]; k++)
        if (fnr_date_scan(QUALIFIED[k], strlen(QUALIFIED[k]), &ref, sp, 2) != 1)
            fail_msg("\"%s\" gave no date", QUALIFIED[k]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan_table),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_every_anchor_word_found),
        cmocka_unit_test(test_scan_sentence),
        cmocka_unit_test(test_scan_first_from),
        cmocka_unit_test(test_scan_bounded),
        cmocka_unit_test(test_parse_whole),
        cmocka_unit_test(test_calendar),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
