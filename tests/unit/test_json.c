/*
 * Unit tests for the streaming JSON writer (src/base/json.c): string
 * escaping case by case (every control character, quotes, backslash, valid
 * multi-byte UTF-8 and each kind of invalid sequence), commas and nesting,
 * pretty printing, numbers, misuse and sticky errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/json.h"

#define FFFD "\xEF\xBF\xBD"

/* Escapes len bytes of in and compares with want. */
static void check_escape(const char *in, size_t len, const char *want)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_json_escape(&b, in, len), FNR_OK);
    if (strcmp(b.data ? b.data : "", want) != 0) {
        print_error("escape of %zu bytes gave \"%s\", want \"%s\"\n", len, b.data, want);
        fail();
    }
    fnr_buf_destroy(&b);
}

static void test_escape_control_chars(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 0x20; c++) {
        char in[1] = { (char)c };
        char want[8];
        switch (c) {
        case '\n':
            strcpy(want, "\\n");
            break;
        case '\t':
            strcpy(want, "\\t");
            break;
        case '\r':
            strcpy(want, "\\r");
            break;
        case '\b':
            strcpy(want, "\\b");
            break;
        case '\f':
            strcpy(want, "\\f");
            break;
        default:
            snprintf(want, sizeof want, "\\u%04x", c);
            break;
        }
        check_escape(in, 1, want);
    }
    check_escape("\x7f", 1, "\\u007f");
    /* Spot checks of the exact spelling. */
    check_escape("\x00", 1, "\\u0000");
    check_escape("\x1f", 1, "\\u001f");
    check_escape("\x0b", 1, "\\u000b");
}

static void test_escape_table(void **state)
{
    (void)state;

    static const struct {
        const char *in;
        size_t len; /* 0: strlen(in) */
        const char *want;
    } cases[] = {
        { "", 0, "" },
        { "plain text", 0, "plain text" },
        { "say \"hi\"", 0, "say \\\"hi\\\"" },
        { "back\\slash", 0, "back\\\\slash" },
        { "a/b", 0, "a/b" },
        { "line1\nline2\r\n", 0, "line1\\nline2\\r\\n" },
        { "nul\0in", 6, "nul\\u0000in" },
        /* Valid UTF-8 passes through, at each range boundary. */
        { "\xC2\x80", 0, "\xC2\x80" },                                 /* U+0080 */
        { "\xC3\xA7\xC4\xB1\xC5\x9F", 0, "\xC3\xA7\xC4\xB1\xC5\x9F" }, /* çış */
        { "\xDF\xBF", 0, "\xDF\xBF" },                                 /* U+07FF */
        { "\xE0\xA0\x80", 0, "\xE0\xA0\x80" },                         /* U+0800 */
        { "\xE2\x82\xAC", 0, "\xE2\x82\xAC" },                         /* euro sign */
        { "\xED\x9F\xBF", 0, "\xED\x9F\xBF" },                         /* U+D7FF */
        { "\xEE\x80\x80", 0, "\xEE\x80\x80" },                         /* U+E000 */
        { "\xEF\xBF\xBF", 0, "\xEF\xBF\xBF" },                         /* U+FFFF */
        { "\xF0\x90\x80\x80", 0, "\xF0\x90\x80\x80" },                 /* U+10000 */
        { "\xF0\x9F\x98\x80", 0, "\xF0\x9F\x98\x80" },                 /* emoji */
        { "\xF4\x8F\xBF\xBF", 0, "\xF4\x8F\xBF\xBF" },                 /* U+10FFFF */
        /* Each byte of an invalid sequence becomes U+FFFD. */
        { "\x80", 0, FFFD },
        { "\xBF", 0, FFFD },
        { "\xFF", 0, FFFD },
        { "\xFE", 0, FFFD },
        { "a\x80z", 0, "a" FFFD "z" },
        { "\xC0\x80", 0, FFFD FFFD },                                     /* overlong NUL */
        { "\xC1\xBF", 0, FFFD FFFD },                                     /* overlong 0x7F */
        { "\xC0\xAF", 0, FFFD FFFD },                                     /* overlong '/' */
        { "\xE0\x80\x80", 0, FFFD FFFD FFFD },                            /* overlong 3-byte */
        { "\xE0\x9F\xBF", 0, FFFD FFFD FFFD },                            /* overlong U+07FF */
        { "\xF0\x80\x80\x80", 0, FFFD FFFD FFFD FFFD },                   /* overlong 4-byte */
        { "\xF0\x8F\xBF\xBF", 0, FFFD FFFD FFFD FFFD },                   /* overlong U+FFFF */
        { "\xED\xA0\x80", 0, FFFD FFFD FFFD },                            /* surrogate U+D800 */
        { "\xED\xBF\xBF", 0, FFFD FFFD FFFD },                            /* surrogate U+DFFF */
        { "\xED\xA0\xBD\xED\xB8\x80", 0, FFFD FFFD FFFD FFFD FFFD FFFD }, /* CESU pair */
        { "\xF4\x90\x80\x80", 0, FFFD FFFD FFFD FFFD },                   /* U+110000 */
        { "\xF5\x80\x80\x80", 0, FFFD FFFD FFFD FFFD },
        { "\xF8\x88\x80\x80\x80", 0, FFFD FFFD FFFD FFFD FFFD }, /* 5-byte form */
        { "\xE2\x82", 0, FFFD FFFD },                            /* truncated at end */
        { "\xE2\x82x", 0, FFFD FFFD "x" },                       /* truncated mid-string */
        { "\xF0\x9F\x98", 0, FFFD FFFD FFFD },
        { "\xC3", 0, FFFD },
        { "\xC3\"", 0, FFFD "\\\"" }, /* the quote is not eaten */
        { "\xC3\xA7\x80\xC3\xA7", 0, "\xC3\xA7" FFFD "\xC3\xA7" },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].in);
        check_escape(cases[i].in, len, cases[i].want);
    }
}

static void test_escape_misuse(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_json_escape(&b, NULL, 3), FNR_INVALID);
    assert_int_equal(fnr_json_escape(NULL, "x", 1), FNR_INVALID);
    assert_int_equal(fnr_json_escape(&b, NULL, 0), FNR_OK);
    fnr_buf_destroy(&b);
}

static void test_compact_nesting(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    assert_int_equal(fnr_json_object_begin(&j), FNR_OK);
    fnr_json_key(&j, "name");
    fnr_json_cstr(&j, "Ali \"Baba\"");
    fnr_json_key(&j, "n");
    fnr_json_int(&j, -42);
    fnr_json_key(&j, "ok");
    fnr_json_bool(&j, true);
    fnr_json_key(&j, "no");
    fnr_json_bool(&j, false);
    fnr_json_key(&j, "nothing");
    fnr_json_cstr(&j, NULL);
    fnr_json_key(&j, "list");
    fnr_json_array_begin(&j);
    fnr_json_int(&j, 1);
    fnr_json_array_begin(&j);
    fnr_json_array_end(&j);
    fnr_json_object_begin(&j);
    fnr_json_object_end(&j);
    fnr_json_null(&j);
    fnr_json_string(&j, "a\0b", 3);
    fnr_json_array_end(&j);
    fnr_json_key(&j, "k\n");
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "deep");
    fnr_json_int(&j, INT64_MIN);
    fnr_json_key(&j, "max");
    fnr_json_int(&j, INT64_MAX);
    fnr_json_object_end(&j);
    assert_int_equal(fnr_json_object_end(&j), FNR_OK);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    assert_string_equal(b.data, "{\"name\":\"Ali \\\"Baba\\\"\",\"n\":-42,\"ok\":true,\"no\":false,"
                                "\"nothing\":null,\"list\":[1,[],{},null,\"a\\u0000b\"],"
                                "\"k\\n\":{\"deep\":-9223372036854775808,"
                                "\"max\":9223372036854775807}}");
    fnr_buf_destroy(&b);
}

static void test_top_level_scalars(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 2);
    assert_int_equal(fnr_json_cstr(&j, "solo"), FNR_OK);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    assert_string_equal(b.data, "\"solo\"");
    /* The writer appends: existing content is kept. */
    fnr_buf_reset(&b);
    fnr_buf_puts(&b, "data: ");
    fnr_json_init(&j, &b, 0);
    fnr_json_array_begin(&j);
    fnr_json_array_end(&j);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    assert_string_equal(b.data, "data: []");
    fnr_buf_destroy(&b);
}

static void test_pretty(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 2);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "a");
    fnr_json_int(&j, 1);
    fnr_json_key(&j, "b");
    fnr_json_array_begin(&j);
    fnr_json_bool(&j, true);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "x");
    fnr_json_null(&j);
    fnr_json_object_end(&j);
    fnr_json_array_end(&j);
    fnr_json_key(&j, "c");
    fnr_json_object_begin(&j);
    fnr_json_object_end(&j);
    fnr_json_key(&j, "d");
    fnr_json_array_begin(&j);
    fnr_json_array_end(&j);
    fnr_json_object_end(&j);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    assert_string_equal(b.data, "{\n"
                                "  \"a\": 1,\n"
                                "  \"b\": [\n"
                                "    true,\n"
                                "    {\n"
                                "      \"x\": null\n"
                                "    }\n"
                                "  ],\n"
                                "  \"c\": {},\n"
                                "  \"d\": []\n"
                                "}");
    fnr_buf_destroy(&b);

    /* Four spaces per level. */
    fnr_buf_init(&b, 0);
    fnr_json_init(&j, &b, 4);
    fnr_json_array_begin(&j);
    fnr_json_int(&j, 1);
    fnr_json_int(&j, 2);
    fnr_json_array_end(&j);
    assert_string_equal(b.data, "[\n    1,\n    2\n]");
    fnr_buf_destroy(&b);
}

/* Writes one double into a fresh buffer and compares. */
static void check_double(double v, int decimals, const char *want)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    assert_int_equal(fnr_json_double(&j, v, decimals), FNR_OK);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    if (strcmp(b.data, want) != 0) {
        print_error("double %g/%d gave \"%s\", want \"%s\"\n", v, decimals, b.data, want);
        fail();
    }
    fnr_buf_destroy(&b);
}

static void test_doubles(void **state)
{
    (void)state;
    check_double(3.14159, 2, "3.14");
    check_double(3.14159, 4, "3.1416");
    check_double(2.5, 3, "2.5");
    check_double(2.0, 2, "2");
    check_double(100.0, 0, "100");
    check_double(100.0, 3, "100");
    check_double(-7.25, 2, "-7.25");
    check_double(0.0, 3, "0");
    check_double(-0.0, 3, "0");
    check_double(-0.0001, 2, "0");
    check_double(0.1, 1, "0.1");
    check_double(1e21, 0, "1000000000000000000000");
    check_double(1234.5, -3, "1234"); /* negative decimals act as 0 */
    check_double(NAN, 2, "null");
    check_double(INFINITY, 2, "null");
    check_double(-INFINITY, 2, "null");

    /* Inside an array the commas still come right. */
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    fnr_json_array_begin(&j);
    fnr_json_double(&j, 0.5, 2);
    fnr_json_double(&j, NAN, 2);
    fnr_json_double(&j, 10.0, 1);
    fnr_json_array_end(&j);
    assert_string_equal(b.data, "[0.5,null,10]");
    fnr_buf_destroy(&b);
}

static void test_doubles_in_comma_locale(void **state)
{
    (void)state;
    const char *names[] = { "tr_TR.UTF-8", "tr_TR.utf8", "de_DE.UTF-8", "de_DE.utf8" };
    const char *got = NULL;
    for (size_t i = 0; i < 4 && !got; i++) {
        got = setlocale(LC_NUMERIC, names[i]);
    }
    if (!got) {
        skip(); /* no comma locale installed */
    }
    check_double(3.25, 2, "3.25");
    setlocale(LC_NUMERIC, "C");
}

/* Each misuse gives FNR_INVALID and leaves the buffer as it was. */
static void test_misuse(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_json j;
    size_t len;

#define MISUSE(setup, bad)                                  \
    do {                                                    \
        fnr_buf_init(&b, 0);                                \
        fnr_json_init(&j, &b, 0);                           \
        setup;                                              \
        assert_int_equal(j.status, FNR_OK);                 \
        len = b.len;                                        \
        assert_int_equal((bad), FNR_INVALID);               \
        assert_int_equal(b.len, len);                       \
        assert_int_equal(fnr_json_finish(&j), FNR_INVALID); \
        fnr_buf_destroy(&b);                                \
    } while (0)

    /* A value where a key is due. */
    MISUSE(fnr_json_object_begin(&j), fnr_json_int(&j, 1));
    MISUSE(fnr_json_object_begin(&j), fnr_json_array_begin(&j));
    MISUSE((fnr_json_object_begin(&j), fnr_json_key(&j, "a"), fnr_json_int(&j, 1)),
           fnr_json_cstr(&j, "b"));
    /* A key outside an object, or twice. */
    MISUSE((void)0, fnr_json_key(&j, "a"));
    MISUSE(fnr_json_array_begin(&j), fnr_json_key(&j, "a"));
    MISUSE((fnr_json_object_begin(&j), fnr_json_key(&j, "a")), fnr_json_key(&j, "b"));
    MISUSE(fnr_json_object_begin(&j), fnr_json_key(&j, NULL));
    /* Closing the wrong thing. */
    MISUSE((void)0, fnr_json_object_end(&j));
    MISUSE(fnr_json_array_begin(&j), fnr_json_object_end(&j));
    MISUSE(fnr_json_object_begin(&j), fnr_json_array_end(&j));
    MISUSE((fnr_json_object_begin(&j), fnr_json_key(&j, "a")), fnr_json_object_end(&j));
    /* A second top-level value. */
    MISUSE(fnr_json_int(&j, 1), fnr_json_int(&j, 2));
    MISUSE((fnr_json_array_begin(&j), fnr_json_array_end(&j)), fnr_json_object_begin(&j));
    /* NULL string with a length. */
    MISUSE(fnr_json_array_begin(&j), fnr_json_string(&j, NULL, 4));
#undef MISUSE

    /* Unfinished documents. */
    fnr_buf_init(&b, 0);
    fnr_json_init(&j, &b, 0);
    assert_int_equal(fnr_json_finish(&j), FNR_INVALID); /* nothing written */
    fnr_json_array_begin(&j);
    assert_int_equal(fnr_json_finish(&j), FNR_INVALID); /* still open */
    fnr_json_array_end(&j);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    fnr_buf_destroy(&b);

    assert_int_equal(fnr_json_null(NULL), FNR_INVALID);
    assert_int_equal(fnr_json_finish(NULL), FNR_INVALID);
    fnr_json_init(&j, NULL, 0);
    assert_int_equal(fnr_json_int(&j, 1), FNR_INVALID);
}

static void test_sticky_error(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    fnr_json_object_begin(&j);
    assert_int_equal(fnr_json_int(&j, 1), FNR_INVALID);
    size_t len = b.len;
    /* Everything after the error is a no-op returning it, even valid calls. */
    assert_int_equal(fnr_json_key(&j, "a"), FNR_INVALID);
    assert_int_equal(fnr_json_int(&j, 1), FNR_INVALID);
    assert_int_equal(fnr_json_object_end(&j), FNR_INVALID);
    assert_int_equal(fnr_json_finish(&j), FNR_INVALID);
    assert_int_equal(b.len, len);
    fnr_buf_destroy(&b);
}

static void test_buffer_cap_is_sticky_toobig(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 16);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    fnr_json_array_begin(&j);
    assert_int_equal(fnr_json_cstr(&j, "0123456789"), FNR_OK);
    assert_int_equal(fnr_json_cstr(&j, "0123456789"), FNR_TOOBIG);
    assert_int_equal(fnr_json_array_end(&j), FNR_TOOBIG);
    assert_int_equal(fnr_json_finish(&j), FNR_TOOBIG);
    assert_true(b.len <= 16);
    fnr_buf_destroy(&b);
}

static void test_depth_limit(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, 0);
    int opened = 0;
    while (fnr_json_array_begin(&j) == FNR_OK) {
        opened++;
        assert_true(opened < 1000);
    }
    assert_int_equal(opened, FNR_JSON_MAX_DEPTH - 1);
    assert_int_equal(fnr_json_finish(&j), FNR_TOOBIG);
    fnr_buf_destroy(&b);

    /* Exactly the limit nests and closes cleanly. */
    fnr_buf_init(&b, 0);
    fnr_json_init(&j, &b, 0);
    for (int i = 0; i < FNR_JSON_MAX_DEPTH - 1; i++) {
        assert_int_equal(fnr_json_object_begin(&j), FNR_OK);
        assert_int_equal(fnr_json_key(&j, "k"), FNR_OK);
    }
    assert_int_equal(fnr_json_int(&j, 0), FNR_OK);
    for (int i = 0; i < FNR_JSON_MAX_DEPTH - 1; i++) {
        assert_int_equal(fnr_json_object_end(&j), FNR_OK);
    }
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    fnr_buf_destroy(&b);
}

/* A small document; its status, with the output freed either way. */
static fnr_status json_sequence(int indent)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, indent);
    fnr_json_object_begin(&j);
    for (int i = 0; i < 50; i++) {
        char key[16];
        snprintf(key, sizeof key, "key%d", i);
        fnr_json_key(&j, key);
        fnr_json_array_begin(&j);
        fnr_json_cstr(&j, "text with \"quotes\" and \x01 and \xC3\xA7 and \xFF");
        fnr_json_double(&j, i * 1.5, 3);
        fnr_json_array_end(&j);
    }
    fnr_json_object_end(&j);
    fnr_status st = fnr_json_finish(&j);
    fnr_buf_destroy(&b);
    return st;
}

static void test_json_fail_every_n(void **state)
{
    (void)state;
    for (int indent = 0; indent <= 2; indent += 2) {
        long n = 0;
        for (;; n++) {
            fnr_alloc_fail_after(n);
            fnr_status st = json_sequence(indent);
            fnr_alloc_fail_after(-1);
            if (st == FNR_OK) {
                break;
            }
            assert_int_equal(st, FNR_NOMEM);
            assert_true(n < 1000);
        }
        assert_true(n > 2);
    }
}

/* The writer's own output with `indent`, for the reindent test. */
static char *write_doc(int indent)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    fnr_json j;
    fnr_json_init(&j, &b, indent);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "a{b,c}");
    fnr_json_array_begin(&j);
    fnr_json_array_end(&j);
    fnr_json_key(&j, "o");
    fnr_json_object_begin(&j);
    fnr_json_object_end(&j);
    fnr_json_key(&j, "list");
    fnr_json_array_begin(&j);
    fnr_json_cstr(&j, "x:\"[,]\"\\");
    fnr_json_int(&j, -42);
    fnr_json_object_begin(&j);
    fnr_json_key(&j, "k");
    fnr_json_null(&j);
    fnr_json_key(&j, "d");
    fnr_json_double(&j, 2.5, 2);
    fnr_json_object_end(&j);
    fnr_json_bool(&j, true);
    fnr_json_array_end(&j);
    fnr_json_object_end(&j);
    assert_int_equal(fnr_json_finish(&j), FNR_OK);
    size_t n;
    return fnr_buf_take(&b, &n);
}

static void test_reindent_matches_writer(void **state)
{
    (void)state;
    char *compact = write_doc(0);
    for (int indent = 0; indent <= 4; indent++) {
        char *want = write_doc(indent);
        fnr_buf b;
        fnr_buf_init(&b, 0);
        assert_int_equal(fnr_json_reindent(compact, strlen(compact), indent, &b), FNR_OK);
        assert_string_equal(b.data, want);
        fnr_buf_destroy(&b);
        fnr_free(want);
    }
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_json_reindent("[1]]", 4, 2, &b), FNR_INVALID);
    fnr_buf_destroy(&b);
    fnr_free(compact);
}

/* fnr_json_escape_raw writes what fnr_json_escape appends. */
static void test_escape_raw_matches(void **state)
{
    (void)state;
    static const char *const in[] = { "plain",         "tab\there",        "q\"b\\",
                                      "\x01\x7f",      "\xC3\xA7\xC4\xB0", "\xFF\xC3",
                                      "\xED\xA0\x80x", "\xF4\x90\x80\x80", "" };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        size_t len = strlen(in[i]);
        fnr_buf b;
        fnr_buf_init(&b, 0);
        assert_int_equal(fnr_json_escape(&b, in[i], len), FNR_OK);
        char raw[64];
        size_t n = fnr_json_escape_raw(raw, in[i], len);
        assert_int_equal(n, b.len);
        assert_memory_equal(raw, b.data ? b.data : "", n);
        fnr_buf_destroy(&b);
    }
}

/* The fast fixed-point path gives printf's digits: many values, near ties
 * included, compared with "%.*f" tidied as the writer tidies it. */
static void test_doubles_match_printf(void **state)
{
    (void)state;
    uint64_t x = 88172645463325252u;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 4) {
        case 0:
            v = (double)(float)((double)(x % 3600000) / 10000.0 - 180.0);
            break;
        case 1:
            v = (double)(x % 100000) / 1000.0 + 0.0005; /* near ties */
            break;
        case 2:
            v = 0.55 + 0.15 * (double)(x % 3) + 0.05 * (double)(x % 2);
            break;
        default:
            memcpy(&v, &x, sizeof v);
            if (!isfinite(v))
                v = 1.0;
            break;
        }
        int dec = (int)(x >> 60) % 10;
        char want[400];
        int n = snprintf(want, sizeof want, "%.*f", dec, v);
        assert_true(n > 0 && n < (int)sizeof want);
        if (strchr(want, '.')) {
            while (want[n - 1] == '0')
                want[--n] = '\0';
            if (want[n - 1] == '.')
                want[--n] = '\0';
        }
        if (strcmp(want, "-0") == 0)
            strcpy(want, "0");
        char got[FNR_JSON_DOUBLE_MAX + 1];
        size_t m = fnr_json_format_double(got, v, dec);
        got[m] = '\0';
        if (strcmp(got, want) != 0) {
            print_error("%.17g to %d places gave \"%s\", want \"%s\"\n", v, dec, got, want);
            fail();
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape_control_chars),
        cmocka_unit_test(test_escape_table),
        cmocka_unit_test(test_escape_misuse),
        cmocka_unit_test(test_compact_nesting),
        cmocka_unit_test(test_top_level_scalars),
        cmocka_unit_test(test_pretty),
        cmocka_unit_test(test_doubles),
        cmocka_unit_test(test_doubles_in_comma_locale),
        cmocka_unit_test(test_misuse),
        cmocka_unit_test(test_sticky_error),
        cmocka_unit_test(test_buffer_cap_is_sticky_toobig),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_json_fail_every_n),
        cmocka_unit_test(test_reindent_matches_writer),
        cmocka_unit_test(test_escape_raw_matches),
        cmocka_unit_test(test_doubles_match_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
