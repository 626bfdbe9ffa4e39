/*
 * Tests of the tokeniser (src/text/tokenize.c): a table of inputs and the
 * tokens each must give, written as "text/KIND+flags" separated by spaces:
 * kind W word, N number, P punctuation; flags c CAP, u UPPER, i INITIALS,
 * p POSS, a ABBREV, h HYPHEN. Space/newline flags are tested on their own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "base/alloc.h"
#include "text/text.h"

static void render(const char *text, const fnr_vec *toks, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < toks->len; i++) {
        const fnr_token *t = &FNR_VEC_AT(toks, fnr_token, i);
        char fl[8];
        size_t f = 0;
        if (t->flags & FNR_TF_CAP) {
            fl[f++] = 'c';
        }
        if (t->flags & FNR_TF_UPPER) {
            fl[f++] = 'u';
        }
        if (t->flags & FNR_TF_INITIALS) {
            fl[f++] = 'i';
        }
        if (t->flags & FNR_TF_POSS) {
            fl[f++] = 'p';
        }
        if (t->flags & FNR_TF_ABBREV) {
            fl[f++] = 'a';
        }
        if (t->flags & FNR_TF_HYPHEN) {
            fl[f++] = 'h';
        }
        fl[f] = '\0';
        char kind = t->kind == FNR_TOK_WORD ? 'W' : t->kind == FNR_TOK_NUMBER ? 'N' : 'P';
        int n = snprintf(out + o, cap - o, "%s%.*s/%c%s", i ? " " : "", (int)(t->end - t->start),
                         text + t->start, kind, fl);
        assert_true(n > 0 && (size_t)n < cap - o);
        o += (size_t)n;
    }
}

typedef struct tcase {
    const char *in;
    const char *want;
} tcase;

static const tcase cases[] = {
    /* possessives split off, with both apostrophes */
    { "Türkiye’s border", "Türkiye/Wc ’s/Pp border/W" },
    { "the agency's chief", "the/W agency/W 's/Pp chief/W" },
    { "NATO's summit", "NATO/Wcu 's/Pp summit/W" },
    /* Turkish case suffixes stay in the word; O'Brien stays whole */
    { "MİT'in raporu", "MİT'in/Wc raporu/W" },
    { "Ankara’da toplandı", "Ankara’da/Wc toplandı/W" },
    { "Sean O'Brien left", "Sean/Wc O'Brien/Wc left/W" },
    { "it's late", "it's/W late/W" },
    /* initials */
    { "A.J.A., a courier", "A.J.A./Wcui ,/P a/W courier/W" },
    { "named A.V.I and two", "named/W A.V.I/Wcui and/W two/W" },
    { "U.S.-based cleric", "U.S./Wcui -/P based/W cleric/W" },
    { "K.T. was held", "K.T./Wcui was/W held/W" },
    { "Ş.Y. fled", "Ş.Y./Wcui fled/W" },
    { "in the U.S.", "in/W the/W U.S./Wcui" },
    { "grade A. Then", "grade/W A/Wcu ./P Then/Wc" },
    /* abbreviations keep their period */
    { "on Nov. 14 and Sept. 3", "on/W Nov./Wca 14/N and/W Sept./Wca 3/N" },
    { "Gen. Orhan met Dr. Kaya", "Gen./Wca Orhan/Wc met/W Dr./Wca Kaya/Wc" },
    { "Law No. 2937", "Law/Wc No./Wca 2937/N" },
    { "ended in Nov", "ended/W in/W Nov/Wc" },
    { "the end.", "the/W end/W ./P" },
    /* hyphens */
    { "Abu Bakr al-Kurayshi", "Abu/Wc Bakr/Wc al-Kurayshi/Wh" },
    { "a 15-person cell", "a/W 15/N -/P person/W cell/W" },
    { "Kuwaiti-born Briton", "Kuwaiti-born/Wch Briton/Wc" },
    /* a word of affiliation leaves a name; lower-case words keep it */
    { "the al-Qaida-linked group", "the/W al-Qaida/Wh -/P linked/W group/W" },
    { "an Iran-backed militia", "an/W Iran/Wc -/P backed/W militia/W" },
    { "a government-run school", "a/W government-run/Wh school/W" },
    { "COVID-19 rules", "COVID-19/Wcuh rules/W" },
    { "well - known", "well/W -/P known/W" },
    /* numbers */
    { "3,000 members and 2.5 tons", "3,000/N members/W and/W 2.5/N tons/W" },
    { "the 1990s ended", "the/W 1990s/N ended/W" },
    { "in 2023, police", "in/W 2023/N ,/P police/W" },
    { "a G20 summit", "a/W G20/Wcu summit/W" },
    { "3D printers", "3D/Wcu printers/W" },
    /* brackets and quotes: one PUNCT per code point */
    { "Daesh [ISIS] said", "Daesh/Wc [/P ISIS/Wcu ]/P said/W" },
    { "“Kara Yel” (34)", "“/P Kara/Wc Yel/Wc ”/P (/P 34/N )/P" },
    { "—ends", "—/P ends/W" },
    { "ANKARA (AA) -", "ANKARA/Wcu (/P AA/Wcu )/P -/P" },
    /* non-ASCII letters and upper case */
    { "İSTANBUL ılık Çağrı", "İSTANBUL/Wcu ılık/W Çağrı/Wc" },
    { "", "" },
    { "   ", "" },
};

static void test_table(void **state)
{
    (void)state;
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fnr_vec toks;
        fnr_vec_init(&toks, sizeof(fnr_token));
        const char *in = cases[i].in;
        assert_int_equal(fnr_tokenize(in, 0, strlen(in), &toks), FNR_OK);
        render(in, &toks, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_error("input \"%s\"\n  want %s\n  got  %s\n", in, cases[i].want, got);
        }
        assert_string_equal(got, cases[i].want);
        fnr_vec_destroy(&toks);
    }
}

static void test_offsets_and_space_flags(void **state)
{
    (void)state;
    const char *text = "xx Mr. Yurt\nsaid.";
    fnr_vec toks;
    fnr_vec_init(&toks, sizeof(fnr_token));
    /* tokenise a sub-range: offsets stay relative to the whole text */
    assert_int_equal(fnr_tokenize(text, 3, strlen(text), &toks), FNR_OK);
    assert_int_equal(toks.len, 4);
    const fnr_token *t = toks.data;
    assert_int_equal(t[0].start, 3);
    assert_int_equal(t[0].end, 6);
    assert_false(t[0].flags & FNR_TF_SPACE_BEFORE);
    assert_int_equal(t[1].start, 7);
    assert_true(t[1].flags & FNR_TF_SPACE_BEFORE);
    assert_false(t[1].flags & FNR_TF_NEWLINE_BEFORE);
    assert_int_equal(t[2].start, 12);
    assert_true(t[2].flags & FNR_TF_NEWLINE_BEFORE);
    assert_int_equal(t[3].kind, FNR_TOK_PUNCT);
    assert_false(t[3].flags & FNR_TF_SPACE_BEFORE);
    fnr_vec_destroy(&toks);
}

/* FNR_TF_ALNUM (ASCII letters and digits only) and FNR_TF_DIGIT (holds an
 * ASCII digit), which later passes read instead of the word's bytes. */
static void test_word_byte_flags(void **state)
{
    (void)state;

    static const struct {
        const char *word;
        bool alnum, digit;
    } flags[] = {
        { "Ankara", true, false },
        { "G20", true, true },
        { "3D", true, true },
        { "Şahin", false, false },
        { "MİT", false, false },
        { "al-Kurayshi", false, false },
        { "COVID-19", false, true },
        { "Nov.", false, false },
        { "A.J.A.", false, false },
        { "O'Brien", false, false },
        { "x", true, false },
        { "Ab12cd34ef56", true, true },
        { "abcdefghijklmnopqrstuvwxyz", true, false },
        { "abcdefghijklmnö", false, false },
    };

    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        fnr_vec toks;
        fnr_vec_init(&toks, sizeof(fnr_token));
        const char *w = flags[i].word;
        assert_int_equal(fnr_tokenize(w, 0, strlen(w), &toks), FNR_OK);
        assert_int_equal(toks.len, 1);
        const fnr_token *t = toks.data;
        assert_int_equal(t->kind, FNR_TOK_WORD);
        if (((t->flags & FNR_TF_ALNUM) != 0) != flags[i].alnum ||
            ((t->flags & FNR_TF_DIGIT) != 0) != flags[i].digit)
            fail_msg("\"%s\": alnum %d digit %d, want %d %d", w, (t->flags & FNR_TF_ALNUM) != 0,
                     (t->flags & FNR_TF_DIGIT) != 0, flags[i].alnum, flags[i].digit);
        fnr_vec_destroy(&toks);
    }
}

static void test_invalid_bytes_and_appending(void **state)
{
    (void)state;
    /* Invalid UTF-8 never crashes: each bad byte is one PUNCT. */
    const char text[] = "ab\xFF\xC3 cd";
    fnr_vec toks;
    fnr_vec_init(&toks, sizeof(fnr_token));
    assert_int_equal(fnr_tokenize(text, 0, sizeof text - 1, &toks), FNR_OK);
    assert_int_equal(toks.len, 4);
    assert_int_equal(FNR_VEC_AT(&toks, fnr_token, 1).kind, FNR_TOK_PUNCT);
    /* A second call appends. */
    assert_int_equal(fnr_tokenize("one two", 0, 7, &toks), FNR_OK);
    assert_int_equal(toks.len, 6);
    assert_int_equal(fnr_tokenize("x", 1, 0, &toks), FNR_INVALID);
    fnr_vec_destroy(&toks);
}

static void test_nomem(void **state)
{
    (void)state;
    fnr_vec toks;
    fnr_vec_init(&toks, sizeof(fnr_token));
    fnr_alloc_fail_after(0);
    fnr_status st = fnr_tokenize("some words here", 0, 15, &toks);
    fnr_alloc_fail_after(-1);
    assert_int_equal(st, FNR_NOMEM);
    fnr_vec_destroy(&toks);
}

/* Speed on English prose; printed, and checked loosely so slow CI passes. */
static void test_speed(void **state)
{
    (void)state;
    static const char para[] =
        "Police in the southern province detained 12 suspects on Tuesday, officials said, "
        "after a two-month investigation into a network accused of smuggling weapons. "
        "The group's leader, identified only by the initials R.K., was caught near the "
        "border with 3,000 rounds of ammunition and $25,000 in cash.\n";
    size_t plen = sizeof para - 1, reps = (8u << 20) / plen;
    char *buf = fnr_malloc(plen * reps + 1);
    assert_non_null(buf);
    for (size_t i = 0; i < reps; i++) {
        memcpy(buf + i * plen, para, plen);
    }
    size_t len = plen * reps;
    buf[len] = '\0';
    fnr_vec toks;
    fnr_vec_init(&toks, sizeof(fnr_token));
    /* Best of five runs into a warm vector: the tokeniser, not page faults. */
    double best = 1e9;
    for (int run = 0; run < 5; run++) {
        struct timespec a, b;
        fnr_vec_clear(&toks);
        timespec_get(&a, TIME_UTC);
        assert_int_equal(fnr_tokenize(buf, 0, len, &toks), FNR_OK);
        timespec_get(&b, TIME_UTC);
        double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
        best = s < best ? s : best;
    }
    double mbs = (double)len / (1024.0 * 1024.0) / (best > 0 ? best : 1e-9);
    printf("tokenize: %zu bytes, %zu tokens, %.1f MB/s\n", len, toks.len, mbs);
    assert_true(toks.len > reps * 50);
    fnr_vec_destroy(&toks);
    fnr_free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),           cmocka_unit_test(test_offsets_and_space_flags),
        cmocka_unit_test(test_word_byte_flags), cmocka_unit_test(test_invalid_bytes_and_appending),
        cmocka_unit_test(test_nomem),           cmocka_unit_test(test_speed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
