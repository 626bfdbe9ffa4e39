/*
 * Unit tests for string slices (src/base/str.c): comparison, prefix and
 * suffix tests, trimming, splitting and integer parsing, including the edge
 * cases a parser hits (empty input, NULL pointers, overflow).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "base/str.h"

static void test_make_and_cstr(void **state)
{
    (void)state;
    fnr_slice s = fnr_slice_cstr("hello");
    assert_int_equal(s.len, 5);
    assert_memory_equal(s.ptr, "hello", 5);
    fnr_slice n = fnr_slice_cstr(NULL);
    assert_null(n.ptr);
    assert_int_equal(n.len, 0);
    fnr_slice m = fnr_slice_make(&"abcdef"[2], 3);
    assert_true(fnr_slice_eq_cstr(m, "cde"));
}

static void test_equality(void **state)
{
    (void)state;
    fnr_slice a = fnr_slice_make("abcX", 3);
    assert_true(fnr_slice_eq(a, fnr_slice_cstr("abc")));
    assert_false(fnr_slice_eq(a, fnr_slice_cstr("abcX")));
    assert_false(fnr_slice_eq(a, fnr_slice_cstr("abd")));
    assert_true(fnr_slice_eq(fnr_slice_cstr(""), fnr_slice_cstr(NULL)));
    assert_true(fnr_slice_eq_cstr(a, "abc"));
    assert_false(fnr_slice_eq_cstr(a, "ab"));
    assert_true(fnr_slice_eq_cstr(fnr_slice_make(NULL, 0), ""));

    assert_true(fnr_slice_eq_nocase(fnr_slice_cstr("Content-Type"), "content-TYPE"));
    assert_false(fnr_slice_eq_nocase(fnr_slice_cstr("Content-Type"), "content-typ"));
    assert_false(fnr_slice_eq_nocase(fnr_slice_cstr("a-b"), "a_b"));
    /* ASCII only: bytes above 0x7F compare exactly. */
    assert_false(fnr_slice_eq_nocase(fnr_slice_cstr("\xc3\x87"), "\xc3\xa7"));
    /* '@' and '`' sit next to the letters and must not fold. */
    assert_false(fnr_slice_eq_nocase(fnr_slice_cstr("@"), "`"));
}

static void test_prefix_suffix(void **state)
{
    (void)state;
    fnr_slice s = fnr_slice_cstr("report.json");
    assert_true(fnr_slice_starts_with(s, "report"));
    assert_true(fnr_slice_starts_with(s, ""));
    assert_true(fnr_slice_starts_with(s, "report.json"));
    assert_false(fnr_slice_starts_with(s, "report.json5"));
    assert_false(fnr_slice_starts_with(s, "Report"));
    assert_true(fnr_slice_ends_with(s, ".json"));
    assert_true(fnr_slice_ends_with(s, ""));
    assert_false(fnr_slice_ends_with(s, ".jso"));
    assert_false(fnr_slice_ends_with(fnr_slice_cstr("on"), ".json"));
    assert_true(fnr_slice_starts_with(fnr_slice_make(NULL, 0), ""));
    assert_false(fnr_slice_ends_with(fnr_slice_make(NULL, 0), "x"));
}

static void test_trim(void **state)
{
    (void)state;

    static const struct {
        const char *in;
        const char *out;
    } cases[] = {
        { "  abc  ", "abc" },  { "\t\r\n abc\f\v", "abc" },
        { "abc", "abc" },      { "", "" },
        { " \t\n ", "" },      { "a b", "a b" },
        { "  a b \n", "a b" },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fnr_slice t = fnr_slice_trim(fnr_slice_cstr(cases[i].in));
        assert_true(fnr_slice_eq_cstr(t, cases[i].out));
    }
    /* The result points into the input, no copy. */
    const char *src = "  xy ";
    fnr_slice t = fnr_slice_trim(fnr_slice_cstr(src));
    assert_ptr_equal(t.ptr, src + 2);
    assert_int_equal(t.len, 2);
    /* Non-ASCII bytes are not white space. */
    t = fnr_slice_trim(fnr_slice_cstr("\xc2\xa0x\xc2\xa0"));
    assert_int_equal(t.len, 5);
}

static void test_split(void **state)
{
    (void)state;
    fnr_slice head;
    fnr_slice rest = fnr_slice_split(fnr_slice_cstr("key=value=more"), '=', &head);
    assert_true(fnr_slice_eq_cstr(head, "key"));
    assert_true(fnr_slice_eq_cstr(rest, "value=more"));

    /* Absent separator: head is everything, rest is NULL/0. */
    rest = fnr_slice_split(fnr_slice_cstr("novalue"), '=', &head);
    assert_true(fnr_slice_eq_cstr(head, "novalue"));
    assert_null(rest.ptr);
    assert_int_equal(rest.len, 0);

    /* Separator at the end: empty rest but not NULL. */
    rest = fnr_slice_split(fnr_slice_cstr("key="), '=', &head);
    assert_true(fnr_slice_eq_cstr(head, "key"));
    assert_non_null(rest.ptr);
    assert_int_equal(rest.len, 0);

    rest = fnr_slice_split(fnr_slice_cstr("=v"), '=', &head);
    assert_int_equal(head.len, 0);
    assert_true(fnr_slice_eq_cstr(rest, "v"));

    /* The separator is only searched within the slice. */
    rest = fnr_slice_split(fnr_slice_make("ab=c", 2), '=', &head);
    assert_true(fnr_slice_eq_cstr(head, "ab"));
    assert_null(rest.ptr);

    /* Splitting in a loop walks all fields. */
    const char *want[] = { "a", "", "bc", "d" };
    fnr_slice s = fnr_slice_cstr("a,,bc,d");
    size_t n = 0;
    while (s.ptr) {
        s = fnr_slice_split(s, ',', &head);
        assert_true(n < 4);
        assert_true(fnr_slice_eq_cstr(head, want[n]));
        n++;
    }
    assert_int_equal(n, 4);

    rest = fnr_slice_split(fnr_slice_make(NULL, 0), ',', &head);
    assert_int_equal(head.len, 0);
    assert_null(rest.ptr);
}

static void test_to_long(void **state)
{
    (void)state;

    static const struct {
        const char *in;
        bool ok;
        long value;
    } cases[] = {
        { "0", true, 0 },    { "42", true, 42 },  { "-42", true, -42 }, { "+7", true, 7 },
        { "007", true, 7 },  { "", false, 0 },    { "-", false, 0 },    { "+", false, 0 },
        { " 1", false, 0 },  { "1 ", false, 0 },  { "1a", false, 0 },   { "0x10", false, 0 },
        { "--1", false, 0 }, { "1.5", false, 0 }, { "-0", true, 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long v = -12345;
        bool ok = fnr_slice_to_long(fnr_slice_cstr(cases[i].in), &v);
        assert_int_equal(ok, cases[i].ok);
        if (ok) {
            assert_int_equal(v, cases[i].value);
        } else {
            assert_int_equal(v, -12345); /* untouched on failure */
        }
    }
    /* The extremes parse; one past them does not. */
    char buf[32];
    long v = 0;
    snprintf(buf, sizeof buf, "%ld", LONG_MAX);
    assert_true(fnr_slice_to_long(fnr_slice_cstr(buf), &v));
    assert_true(v == LONG_MAX);
    snprintf(buf, sizeof buf, "%ld", LONG_MIN);
    assert_true(fnr_slice_to_long(fnr_slice_cstr(buf), &v));
    assert_true(v == LONG_MIN);
    snprintf(buf, sizeof buf, "%lu", (unsigned long)LONG_MAX + 1);
    assert_false(fnr_slice_to_long(fnr_slice_cstr(buf), &v));
    snprintf(buf, sizeof buf, "-%lu", (unsigned long)LONG_MAX + 2);
    assert_false(fnr_slice_to_long(fnr_slice_cstr(buf), &v));
    assert_false(fnr_slice_to_long(fnr_slice_cstr("99999999999999999999999"), &v));
    /* Only the slice's bytes count. */
    assert_true(fnr_slice_to_long(fnr_slice_make("123456", 3), &v));
    assert_int_equal(v, 123);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_make_and_cstr), cmocka_unit_test(test_equality),
        cmocka_unit_test(test_prefix_suffix), cmocka_unit_test(test_trim),
        cmocka_unit_test(test_split),         cmocka_unit_test(test_to_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
