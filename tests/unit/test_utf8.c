/*
 * Unit tests for src/base/utf8.c: strict validation with the exact offset of
 * the first bad sequence, decoding and encoding, repair that keeps offsets,
 * NFC, and match keys (Turkish folding, apostrophe suffixes, Arabic name
 * particles, punctuation and white space), all table-driven.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"

/* ---- validation ---- */

typedef struct valid_case {
    const char *name;
    const char *bytes;
    size_t len;
    bool valid;
    size_t bad_offset; /* when !valid */
} valid_case;

#define VC(name, lit, ok, off)              \
    {                                       \
        name, lit, sizeof(lit) - 1, ok, off \
    }

static const valid_case valid_cases[] = {
    VC("empty", "", true, 0),
    VC("ascii", "plain ASCII text, long enough for the 8-byte path", true, 0),
    VC("turkish", "T\xC3\xBCrkiye \xC4\xB0stanbul", true, 0),
    VC("3-byte euro", "\xE2\x82\xAC", true, 0),
    VC("4-byte emoji", "ok \xF0\x9F\x98\x80 ok", true, 0),
    VC("max code point", "\xF4\x8F\xBF\xBF", true, 0),
    VC("U+FFFF", "\xEF\xBF\xBF", true, 0),
    VC("overlong 2-byte C0 AF", "ab\xC0\xAF", false, 2),
    VC("overlong 2-byte C1 BF", "\xC1\xBF", false, 0),
    VC("overlong 3-byte E0 80 AF", "abc\xE0\x80\xAF", false, 3),
    VC("overlong 3-byte E0 9F BF", "\xE0\x9F\xBF", false, 0),
    VC("overlong 4-byte F0 80 80 AF", "x\xF0\x80\x80\xAF", false, 1),
    VC("overlong 4-byte F0 8F BF BF", "\xF0\x8F\xBF\xBF", false, 0),
    VC("surrogate ED A0 80", "abcdefghij\xED\xA0\x80", false, 10),
    VC("surrogate ED BF BF", "\xED\xBF\xBF", false, 0),
    VC("above U+10FFFF F4 90", "\xF4\x90\x80\x80", false, 0),
    VC("byte F5", "a\xF5\x80\x80\x80", false, 1),
    VC("byte FF", "abcdefgh\xFF", false, 8),
    VC("byte FE", "\xFE", false, 0),
    VC("lone continuation", "abc\x80xyz", false, 3),
    VC("lone continuation after valid", "\xC3\xBC\xBC", false, 2),
    VC("truncated 2-byte at end", "abc\xC3", false, 3),
    VC("truncated 3-byte at end", "abcd\xE2\x82", false, 4),
    VC("truncated 4-byte at end", "\xF0\x9F\x98", false, 0),
    VC("truncated 3-byte mid-string",
       "a\xE2\x82"
       "b",
       false, 1),
    VC("truncated 4-byte mid-string",
       "12345678\xF0\x9F"
       "abc",
       false, 8),
    VC("2-byte lead before lead", "\xC3\xC3\xBC", false, 0),
    VC("first of two bad", "ok\xC0\x80 \xFF", false, 2),
};

static void test_valid_table(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof valid_cases / sizeof valid_cases[0]; k++) {
        const valid_case *c = &valid_cases[k];
        size_t off = 12345;
        bool ok = fnr_utf8_valid(c->bytes, c->len, &off);
        if (ok != c->valid || (!c->valid && off != c->bad_offset)) {
            fail_msg("case \"%s\": valid=%d offset=%zu, want valid=%d offset=%zu", c->name, ok, off,
                     c->valid, c->bad_offset);
        }
        /* NULL offset pointer is allowed. */
        assert_int_equal(fnr_utf8_valid(c->bytes, c->len, NULL), c->valid);
    }
}

static void test_valid_never_reads_past_len(void **state)
{
    (void)state;
    /* The truncated sequence is only valid if the byte after len were read. */
    const char s[] = "abc\xE2\x82\xAC";
    size_t off = 0;
    assert_false(fnr_utf8_valid(s, 5, &off));
    assert_int_equal(off, 3);
    assert_true(fnr_utf8_valid(s, 6, &off));
}

static void test_decode_encode(void **state)
{
    (void)state;
    int32_t cp = 0;
    assert_int_equal(fnr_utf8_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(fnr_utf8_decode("\xC4\xB0", 2, &cp), 2);
    assert_int_equal(cp, 0x130);
    assert_int_equal(fnr_utf8_decode("\xE2\x80\x99", 3, &cp), 3);
    assert_int_equal(cp, 0x2019);
    assert_int_equal(fnr_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(fnr_utf8_decode("\xC0\xAF", 2, &cp), 1);
    assert_int_equal(cp, -1);
    assert_int_equal(fnr_utf8_decode("\xED\xA0\x80", 3, &cp), 1);
    assert_int_equal(cp, -1);
    assert_int_equal(fnr_utf8_decode("\xE2\x82", 2, &cp), 1);
    assert_int_equal(cp, -1);

    const int32_t cps[] = { 0, 'z', 0x7F, 0x80, 0x7FF, 0x800, 0x131, 0xFFFF, 0x10000, 0x10FFFF };
    for (size_t k = 0; k < sizeof cps / sizeof cps[0]; k++) {
        char buf[4];
        size_t n = fnr_utf8_encode(cps[k], buf);
        assert_true(n >= 1 && n <= 4);
        assert_true(fnr_utf8_valid(buf, n, NULL));
        int32_t back = -2;
        assert_int_equal(fnr_utf8_decode(buf, n, &back), n);
        assert_int_equal(back, cps[k]);
    }
    char buf[4];
    assert_int_equal(fnr_utf8_encode(0xD800, buf), 0);
    assert_int_equal(fnr_utf8_encode(0xDFFF, buf), 0);
    assert_int_equal(fnr_utf8_encode(0x110000, buf), 0);
    assert_int_equal(fnr_utf8_encode(-1, buf), 0);
}

/* ---- repair ---- */

static void test_repair(void **state)
{
    (void)state;

    static const struct {
        const char *in;
        size_t len;
        const char *want;
        size_t n_bad;
    } cases[] = {
        { "clean \xC3\xBC", 8, "clean \xC3\xBC", 0 },
        { "ab\xC0\xAF"
          "cd",
          6, "ab??cd", 2 },
        { "\xE0\x80\xAF", 3, "???", 3 },
        { "x\xED\xA0\x80y", 5, "x???y", 3 },
        { "a\xE2\x82"
          "b",
          4, "a??b", 2 },
        { "end\xF0\x9F\x98", 6, "end???", 3 },
        { "\xFF\xC3\xBC", 3, "?\xC3\xBC", 1 },
        { "\xE2\x82\xE2\x82\xAC", 5, "??\xE2\x82\xAC", 2 },
    };

    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        fnr_buf b;
        fnr_buf_init(&b, 0);
        assert_int_equal(fnr_buf_append(&b, "P:", 2), FNR_OK);
        size_t n_bad = 99;
        assert_int_equal(fnr_utf8_repair(cases[k].in, cases[k].len, &b, &n_bad), FNR_OK);
        assert_int_equal(b.len, 2 + cases[k].len);
        assert_memory_equal(b.data + 2, cases[k].want, cases[k].len);
        assert_int_equal(b.data[b.len], '\0');
        assert_int_equal(n_bad, cases[k].n_bad);
        assert_true(fnr_utf8_valid(b.data, b.len, NULL));
        fnr_buf_destroy(&b);
    }
}

static void test_repair_too_big(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 4);
    assert_int_equal(fnr_utf8_repair("abcdefgh", 8, &b, NULL), FNR_TOOBIG);
    assert_int_equal(b.len, 0);
    fnr_buf_destroy(&b);
}

/* ---- NFC ---- */

static void test_nfc(void **state)
{
    (void)state;

    static const struct {
        const char *in;
        const char *want;
    } cases[] = {
        { "e\xCC\x81", "\xC3\xA9" }, /* e + U+0301 -> é */
        { "caf"
          "e\xCC\x81 ok",
          "caf\xC3\xA9 ok" }, /* inside ASCII */
        { "T"
          "u\xCC\x88rkiye",
          "T\xC3\xBCrkiye" },                      /* ü */
        { "I\xCC\x87stanbul", "\xC4\xB0stanbul" }, /* İ */
        { "s\xCC\xA7"
          "ahin",
          "\xC5\x9F"
          "ahin" },                                 /* ş */
        { "already \xC3\xA9", "already \xC3\xA9" }, /* unchanged */
        { "plain ascii", "plain ascii" },
        { "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80" },  /* Hangul jamo -> 가 */
        { "a\xCC\x81\xCC\xA3", "\xE1\xBA\xA1\xCC\x81" }, /* reorders: ạ + U+0301 */
    };

    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        fnr_buf b;
        fnr_buf_init(&b, 0);
        assert_int_equal(fnr_utf8_nfc(cases[k].in, strlen(cases[k].in), &b), FNR_OK);
        assert_non_null(b.data);
        assert_string_equal(b.data, cases[k].want);
        fnr_buf_destroy(&b);
    }
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_utf8_nfc("ab\xC0\xAF", 4, &b), FNR_BADINPUT);
    assert_int_equal(b.len, 0);
    fnr_buf_destroy(&b);
}

static void test_nfc_nomem(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_buf_reserve(&b, 64), FNR_OK);
    fnr_alloc_fail_after(0);
    fnr_status st = fnr_utf8_nfc("caf"
                                 "e\xCC\x81",
                                 6, &b);
    fnr_alloc_fail_after(-1);
    assert_int_equal(st, FNR_NOMEM);
    assert_int_equal(b.len, 0);
    fnr_buf_destroy(&b);
}

/* ---- match keys ---- */

typedef struct key_case {
    const char *in;
    const char *key;
} key_case;

static const key_case key_cases[] = {
    /* Turkish i and case */
    { "M\xC4\xB0T", "mit" },
    { "MIT", "mit" },
    { "Mit", "mit" },
    { "mit", "mit" },
    { "\xC4\xB0stanbul", "istanbul" },
    { "Istanbul", "istanbul" },
    { "T\xC3\xBCrkiye", "turkiye" },
    { "Turkiye", "turkiye" },
    { "T\xC3\x9CRK\xC4\xB0YE", "turkiye" },
    { "G\xC3\xBCler", "guler" },
    { "Guler", "guler" },
    { "Kas\xC4\xB1m", "kasim" },
    { "Kasim", "kasim" },
    { "\xC5\x9E"
      "AH\xC4\xB0N",
      "sahin" },
    { "\xC5\x9F"
      "ahin",
      "sahin" },
    { "S\xC4\xB1"
      "dd\xC4\xB1k",
      "siddik" },
    { "A\xC4\x9Fr\xC4\xB1", "agri" },
    { "\xC3\x87"
      "a\xC4\x9Flar",
      "caglar" },
    { "\xC3\x96zg\xC3\xBCr", "ozgur" },
    { "\xC3\x82\xC5\x9F\xC4\xB1k", "asik" },
    { "G\xC3\xBClenist", "gulenist" },
    { "FET\xC3\x96", "feto" },
    { "FETO", "feto" },
    /* apostrophe suffixes */
    { "T\xC3\xBCrkiye\xE2\x80\x99s", "turkiye" },
    { "T\xC3\xBCrkiye's", "turkiye" },
    { "T\xC3\xBCrkiye'nin", "turkiye" },
    { "M\xC4\xB0T'in", "mit" },
    { "MIT\xE2\x80\x99"
      "in",
      "mit" },
    { "Ankara'daki", "ankara" },
    { "\xC4\xB0stanbul'a", "istanbul" },
    { "PKK'n\xC4\xB1n", "pkk" },
    { "NATO'ya", "nato" },
    { "2023'te", "2023" },
    { "O'Brien", "obrien" },
    { "D'Alema", "dalema" },
    { "Sana'a", "sanaa" },
    { "Shi'a", "shia" },
    { "Qur\xCA\xBC"
      "an",
      "quran" },
    { "don`t", "dont" },
    /* Arabic particles */
    { "al-Kurayshi", "al kurayshi" },
    { "Al Kurayshi", "al kurayshi" },
    { "El-Kurayshi", "al kurayshi" },
    { "el Kurayshi", "al kurayshi" },
    { "Saif ul Islam", "saif al islam" },
    { "Abu Huseyin", "abu huseyin" },
    { "Ebu H\xC3\xBCseyin", "abu huseyin" },
    { "Abou Huseyin", "abu huseyin" },
    { "bin Laden", "bin laden" },
    { "ibn Laden", "bin laden" },
    { "Abu Bakr al-Baghdadi", "abu bakr al baghdadi" },
    { "Ebu", "ebu" }, /* no following word: left alone */
    { "Umm", "umm" },
    { "Umm Qasr", "umm qasr" },
    /* hyphens, dashes, quotes, spaces, punctuation */
    { "Jaish-e-Mohammed", "jaish e mohammed" },
    { "north\xE2\x80\x93south", "north south" },
    { "a \xE2\x80\x94 b", "a b" },
    { "\xE2\x80\x9CIslamic State\xE2\x80\x9D", "islamic state" },
    { "\xE2\x80\x98Lone\xE2\x80\x99 wolf", "lone wolf" },
    { "  many \t spaces\n\nand\ttabs  ", "many spaces and tabs" },
    { "A.J.A.", "a j a" },
    { "(Daesh/ISIS)", "daesh isis" },
    { "", "" },
    { " .,;- ", "" },
    /* NFC and NFD input meet */
    { "T"
      "u\xCC\x88rkiye",
      "turkiye" },
    { "I\xCC\x87stanbul", "istanbul" },
    { "s\xCC\xA7"
      "ahin",
      "sahin" },
    { "Caf\xC3\xA9", "cafe" },
    { "Cafe\xCC\x81", "cafe" },
    /* other scripts and compatibility forms */
    { "Stra\xC3\x9F"
      "e",
      "strasse" },
    { "\xEF\xAC\x81nance", "finance" },                         /* ﬁ ligature */
    { "\xEF\xBC\xA1\xEF\xBC\xA2", "ab" },                       /* full-width AB */
    { "\xD0\x9C\xD0\x98\xD0\xA2", "\xD0\xBC\xD0\xB8\xD1\x82" }, /* Cyrillic МИТ -> мит */
    { "caf\xC2\xAD"
      "e",
      "cafe" }, /* soft hyphen dropped */
    { "bad\xFF"
      "byte",
      "badbyte" }, /* invalid bytes skipped */
};

static void test_matchkey_table(void **state)
{
    (void)state;
    size_t n = sizeof key_cases / sizeof key_cases[0];
    assert_true(n >= 40);
    for (size_t k = 0; k < n; k++) {
        fnr_buf b;
        fnr_buf_init(&b, 0);
        fnr_status st = fnr_matchkey(key_cases[k].in, strlen(key_cases[k].in), &b);
        const char *got = b.data ? b.data : "";
        if (st != FNR_OK || strcmp(got, key_cases[k].key) != 0) {
            fail_msg("key of \"%s\" is \"%s\" (status %d), want \"%s\"", key_cases[k].in, got,
                     (int)st, key_cases[k].key);
        }
        fnr_buf_destroy(&b);
    }
}

static void test_matchkey_appends(void **state)
{
    (void)state;
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_buf_puts(&b, "k="), FNR_OK);
    assert_int_equal(fnr_matchkey("El-Kurayshi", 11, &b), FNR_OK);
    assert_string_equal(b.data, "k=al kurayshi");
    /* A particle before the previous content of the buffer is not touched. */
    assert_int_equal(fnr_buf_puts(&b, "|"), FNR_OK);
    assert_int_equal(fnr_matchkey("Ebu", 3, &b), FNR_OK);
    assert_string_equal(b.data, "k=al kurayshi|ebu");
    fnr_buf_destroy(&b);
}

static void test_matchkey_long_and_capped(void **state)
{
    (void)state;
    /* A long input crosses many buffer growths. */
    fnr_buf in, b;
    fnr_buf_init(&in, 0);
    fnr_buf_init(&b, 0);
    for (int k = 0; k < 2000; k++) {
        assert_int_equal(fnr_buf_puts(&in, "\xC4\xB0stanbul'da G\xC3\xBCler -- "), FNR_OK);
    }
    assert_int_equal(fnr_matchkey(in.data, in.len, &b), FNR_OK);
    assert_int_equal(b.len, 2000 * strlen("istanbul guler ") - 1);
    assert_memory_equal(b.data, "istanbul guler istanbul", 23);
    fnr_buf_destroy(&b);

    /* Past the cap: FNR_TOOBIG and the buffer as before. */
    fnr_buf_init(&b, 16);
    assert_int_equal(fnr_buf_puts(&b, "x"), FNR_OK);
    assert_int_equal(fnr_matchkey(in.data, in.len, &b), FNR_TOOBIG);
    assert_int_equal(b.len, 1);
    assert_string_equal(b.data, "x");
    fnr_buf_destroy(&b);
    fnr_buf_destroy(&in);
}

static void test_fold_cp(void **state)
{
    (void)state;
    int32_t out[4];
    assert_int_equal(fnr_fold_cp(0x130, out), 1); /* İ */
    assert_int_equal(out[0], 'i');
    assert_int_equal(fnr_fold_cp(0x131, out), 1); /* ı */
    assert_int_equal(out[0], 'i');
    assert_int_equal(fnr_fold_cp('I', out), 1);
    assert_int_equal(out[0], 'i');
    assert_int_equal(fnr_fold_cp(0x15E, out), 1); /* Ş */
    assert_int_equal(out[0], 's');
    assert_int_equal(fnr_fold_cp(0xDF, out), 2); /* ß */
    assert_int_equal(out[0], 's');
    assert_int_equal(out[1], 's');
    assert_int_equal(fnr_fold_cp(0x301, out), 0);  /* combining acute */
    assert_int_equal(fnr_fold_cp(0x2019, out), 0); /* ’ */
    assert_int_equal(fnr_fold_cp('\'', out), 0);
    assert_int_equal(fnr_fold_cp(0x2014, out), 1); /* em dash: a separator */
    assert_int_equal(out[0], ' ');
}

static void test_cp_classes(void **state)
{
    (void)state;
    assert_true(fnr_cp_is_letter('a'));
    assert_true(fnr_cp_is_letter(0x131));
    assert_true(fnr_cp_is_letter(0x627)); /* Arabic alef */
    assert_false(fnr_cp_is_letter('1'));
    assert_false(fnr_cp_is_letter(0x2019));
    assert_true(fnr_cp_is_digit('7'));
    assert_true(fnr_cp_is_digit(0x663)); /* Arabic-Indic three */
    assert_false(fnr_cp_is_digit('x'));
    assert_true(fnr_cp_is_upper('Q'));
    assert_true(fnr_cp_is_upper(0x130));
    assert_false(fnr_cp_is_upper(0x131));
    assert_false(fnr_cp_is_upper('q'));
    assert_false(fnr_cp_is_upper('7'));
}

/* The key of ASCII words between white space is the words lower-cased,
 * joined by one space, every word but the last respelled by
 * fnr_matchkey_particle (what extraction builds mention keys from). */
static void test_matchkey_particles(void **state)
{
    (void)state;
    static const char *const words[] = { "El",   "ul",  "AL",    "Abu",  "ebu",
                                         "Abou", "ibn", "Bin",   "bint", "umm",
                                         "Kaya", "x",   "abouu", "3",    "Muri" };
    static const char *const gaps[] = { " ", "\t", "  \n ", "\r\f\v" };
    size_t nw = sizeof words / sizeof words[0];
    for (size_t a = 0; a < nw; a++)
        for (size_t b = 0; b < nw; b++)
            for (size_t c = 0; c < nw; c++) {
                const size_t idx[3] = { a, b, c };
                char text[64] = "", want[64] = "";
                for (size_t k = 0; k < 3; k++) {
                    if (k)
                        strcat(text, gaps[(a + b + c + k) % 4]);
                    strcat(text, words[idx[k]]);
                    char low[8];
                    size_t n = strlen(words[idx[k]]);
                    for (size_t i = 0; i <= n; i++)
                        low[i] = (char)((words[idx[k]][i] >= 'A' && words[idx[k]][i] <= 'Z')
                                            ? words[idx[k]][i] + 32
                                            : words[idx[k]][i]);
                    const char *canon = k < 2 ? fnr_matchkey_particle(low, n) : NULL;
                    if (k)
                        strcat(want, " ");
                    strcat(want, canon ? canon : low);
                }
                fnr_buf b2;
                fnr_buf_init(&b2, 0);
                assert_int_equal(fnr_matchkey(text, strlen(text), &b2), FNR_OK);
                assert_string_equal(b2.data, want);
                fnr_buf_destroy(&b2);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_table),
        cmocka_unit_test(test_valid_never_reads_past_len),
        cmocka_unit_test(test_decode_encode),
        cmocka_unit_test(test_repair),
        cmocka_unit_test(test_repair_too_big),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_nfc_nomem),
        cmocka_unit_test(test_matchkey_table),
        cmocka_unit_test(test_matchkey_appends),
        cmocka_unit_test(test_matchkey_long_and_capped),
        cmocka_unit_test(test_fold_cp),
        cmocka_unit_test(test_cp_classes),
        cmocka_unit_test(test_matchkey_particles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
