/*
 * Unit tests for status names and texts (src/base/status.c) and for filling
 * an fnr_error: formatting, NULL records, clearing and truncation of
 * messages longer than the fixed arrays.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "base/alloc.h"
#include "fener/status.h"

static void test_names_and_texts(void **state)
{
    (void)state;

    static const struct {
        fnr_status s;
        const char *name;
        const char *text;
    } cases[] = {
        { FNR_OK, "OK", "success" },
        { FNR_NOMEM, "NOMEM", "out of memory" },
        { FNR_USAGE, "USAGE", "wrong usage" },
        { FNR_INVALID, "INVALID", "invalid argument" },
        { FNR_BADINPUT, "BADINPUT", "invalid input data" },
        { FNR_NOINPUT, "NOINPUT", "could not open input" },
        { FNR_IO, "IO", "input/output error" },
        { FNR_TOOBIG, "TOOBIG", "input too large" },
        { FNR_NOTFOUND, "NOTFOUND", "not found" },
        { FNR_EXISTS, "EXISTS", "already exists" },
        { FNR_UNSUPPORTED, "UNSUPPORTED", "not supported" },
        { FNR_INTERNAL, "INTERNAL", "internal error" },
        { FNR_DENIED, "DENIED", "permission denied" },
    };

    assert_int_equal(sizeof cases / sizeof cases[0], FNR_STATUS_COUNT);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_string_equal(fnr_status_name(cases[i].s), cases[i].name);
        assert_string_equal(fnr_status_text(cases[i].s), cases[i].text);
    }
    assert_string_equal(fnr_status_name(FNR_STATUS_COUNT), "UNKNOWN");
    assert_string_equal(fnr_status_name((fnr_status)-1), "UNKNOWN");
    assert_non_null(fnr_status_text((fnr_status)999));
}

static void test_clear(void **state)
{
    (void)state;
    fnr_error err;
    memset(&err, 0x5a, sizeof err);
    fnr_error_clear(&err);
    assert_int_equal(err.code, FNR_OK);
    assert_string_equal(err.message, "");
    assert_string_equal(err.detail, "");
    assert_string_equal(err.hint, "");
    assert_int_equal(err.offset, -1);
    assert_int_equal(err.line, 0);
    assert_int_equal(err.column, 0);
    assert_int_equal(err.backend_code, 0);
    assert_string_equal(err.sqlstate, "");
    fnr_error_clear(NULL);
}

static void test_set_detail_hint_at(void **state)
{
    (void)state;
    fnr_error err;
    fnr_error_clear(&err);
    fnr_status st = fnr_error_set(&err, FNR_BADINPUT, "could not parse \"%s\"", "x.json");
    assert_int_equal(st, FNR_BADINPUT);
    assert_int_equal(err.code, FNR_BADINPUT);
    assert_string_equal(err.message, "could not parse \"x.json\"");
    fnr_error_detail(&err, "Unexpected \"%c\" at line %d.", '}', 3);
    fnr_error_hint(&err, "Check the %s.", "brackets");
    fnr_error_at(&err, 120, 3, 7);
    assert_string_equal(err.detail, "Unexpected \"}\" at line 3.");
    assert_string_equal(err.hint, "Check the brackets.");
    assert_int_equal(err.offset, 120);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 7);

    /* A new error does not inherit the old detail, hint or position. */
    err.backend_code = 19;
    st = fnr_error_set(&err, FNR_IO, "could not read");
    assert_int_equal(st, FNR_IO);
    assert_string_equal(err.message, "could not read");
    assert_string_equal(err.detail, "");
    assert_string_equal(err.hint, "");
    assert_int_equal(err.offset, -1);
    assert_int_equal(err.line, 0);
    assert_int_equal(err.column, 0);
    assert_int_equal(err.backend_code, 0);

    /* Negative positions mean "unknown". */
    fnr_error_at(&err, -5, -1, -1);
    assert_int_equal(err.offset, -1);
    assert_int_equal(err.line, 0);
    assert_int_equal(err.column, 0);
}

static void test_null_error_is_fine(void **state)
{
    (void)state;
    assert_int_equal(fnr_error_set(NULL, FNR_NOMEM, "out of %s", "memory"), FNR_NOMEM);
    fnr_error_detail(NULL, "x %d", 1);
    fnr_error_hint(NULL, "y");
    fnr_error_at(NULL, 1, 2, 3);
}

static void test_truncation(void **state)
{
    (void)state;
    char longer[1000];
    memset(longer, 'm', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    fnr_error err;
    memset(&err, 0x5a, sizeof err);
    fnr_error_set(&err, FNR_INVALID, "%s", longer);
    assert_int_equal(strlen(err.message), sizeof err.message - 1);
    assert_memory_equal(err.message, longer, sizeof err.message - 1);
    fnr_error_detail(&err, "%s%s", longer, longer);
    assert_int_equal(strlen(err.detail), sizeof err.detail - 1);
    fnr_error_hint(&err, "%s", longer);
    assert_int_equal(strlen(err.hint), sizeof err.hint - 1);
    /* Exactly fitting text is kept whole. */
    longer[sizeof err.message - 1] = '\0';
    fnr_error_set(&err, FNR_INVALID, "%s", longer);
    assert_int_equal(strlen(err.message), sizeof err.message - 1);
}

static void test_never_allocates(void **state)
{
    (void)state;
    /* Filling an error must work with every allocation failing. */
    fnr_alloc_fail_after(0);
    unsigned long before = fnr_alloc_count();
    fnr_error err;
    fnr_error_set(&err, FNR_NOMEM, "could not allocate %zu bytes", (size_t)1 << 40);
    fnr_error_detail(&err, "Tried %d times.", 3);
    fnr_alloc_fail_after(-1);
    assert_string_equal(err.message, "could not allocate 1099511627776 bytes");
    assert_string_equal(err.detail, "Tried 3 times.");
    assert_int_equal(fnr_alloc_count(), before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_and_texts),    cmocka_unit_test(test_clear),
        cmocka_unit_test(test_set_detail_hint_at), cmocka_unit_test(test_null_error_is_fine),
        cmocka_unit_test(test_truncation),         cmocka_unit_test(test_never_allocates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
