/*
 * Tests of sentence splitting (src/text/sentence.c). Each case is one
 * paragraph block and the sentences it must give, joined by " | ". Blocks
 * are built by hand so that the splitter is tested apart from decoding.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "base/alloc.h"
#include "text/text.h"

/* A document over `text` with the given blocks (start, end, heading, boilerplate). */
static void doc_make(fnr_doc *doc, const char *text, const fnr_block *blocks, size_t n)
{
    memset(doc, 0, sizeof *doc);
    doc->text = fnr_strdup(text);
    assert_non_null(doc->text);
    doc->len = strlen(text);
    fnr_vec_init(&doc->blocks, sizeof(fnr_block));
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(fnr_vec_push(&doc->blocks, &blocks[i]), FNR_OK);
    }
}

static void render(const fnr_doc *doc, const fnr_vec *sents, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < sents->len; i++) {
        const fnr_sentence *s = &FNR_VEC_AT(sents, fnr_sentence, i);
        int n = snprintf(out + o, cap - o, "%s%.*s", i ? " | " : "", (int)(s->end - s->start),
                         doc->text + s->start);
        assert_true(n > 0 && (size_t)n < cap - o);
        o += (size_t)n;
    }
}

typedef struct scase {
    const char *in;
    const char *want;
} scase;

static const scase cases[] = {
    { "The cell was found. Police seized arms.", "The cell was found. | Police seized arms." },
    /* abbreviations and titles */
    { "Gen. Demir spoke on Nov. 12. He left.", "Gen. Demir spoke on Nov. 12. | He left." },
    { "He was held at Minneapolis-St. Paul airport. He left.",
      "He was held at Minneapolis-St. Paul airport. | He left." },
    { "Mr. Tan and Dr. Ay met Sgt. Oz at St. Mary's.",
      "Mr. Tan and Dr. Ay met Sgt. Oz at St. Mary's." },
    { "Acme Inc. Ltd. denied it.", "Acme Inc. Ltd. denied it." },
    { "It falls under Law No. 5237 now.", "It falls under Law No. 5237 now." },
    /* initials and single capitals */
    { "R.K., a former guard, was held. He denied it.",
      "R.K., a former guard, was held. | He denied it." },
    { "B.D. was detained in March.", "B.D. was detained in March." },
    { "Suspect Murat T. Yilmaz fled.", "Suspect Murat T. Yilmaz fled." },
    { "A U.S. Navy ship docked.", "A U.S. Navy ship docked." },
    { "He lived in the U.S. The FBI knew.", "He lived in the U.S. | The FBI knew." },
    /* a platform after "on" or "via" is no initial; a date before the
     * period ends the sentence too */
    { "Police said on X. Operations continue.", "Police said on X. | Operations continue." },
    { "It was posted via X. The post was removed.",
      "It was posted via X. | The post was removed." },
    { "The raids began on Monday. Officers seized arms.",
      "The raids began on Monday. | Officers seized arms." },
    { "The raids began on March 3. Officers seized arms.",
      "The raids began on March 3. | Officers seized arms." },
    /* decimals and numbers */
    { "Prices rose 2.5 percent. Then 3,000 more came.",
      "Prices rose 2.5 percent. | Then 3,000 more came." },
    { "It ended in 2019. 12 people died.", "It ended in 2019. | 12 people died." },
    /* quotes and brackets after the punctuation */
    { "\"We are ready.\" The minister left.", "\"We are ready.\" | The minister left." },
    { "He said: “It is over.” Officials agreed.", "He said: “It is over.” | Officials agreed." },
    { "They fled (to Idlib.) Then calm returned.", "They fled (to Idlib.) | Then calm returned." },
    { "Is it true? \"Yes,\" he said.", "Is it true? | \"Yes,\" he said." },
    { "\"Why?\" he asked. No one knew!", "\"Why?\" he asked. | No one knew!" },
    /* lower case after a period does not start a sentence */
    { "The raid, e.g. in the north, worked.", "The raid, e.g. in the north, worked." },
    /* line breaks inside a block */
    { "The report was long\nand detailed. It ended.",
      "The report was long\nand detailed. | It ended." },
    { "Police arrived.\nthey left soon", "Police arrived. | they left soon" },
    /* non-ASCII capitals open sentences */
    { "Operasyon bitti. İstanbul'da 5 kişi yakalandı.",
      "Operasyon bitti. | İstanbul'da 5 kişi yakalandı." },
    /* ellipsis, no final punctuation, surrounding space */
    { "  Wait… Then it came  ", "Wait… | Then it came" },
    { "", "" },
};

static void test_table(void **state)
{
    (void)state;
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fnr_doc doc;
        fnr_block b = { 0, strlen(cases[i].in), false, false };
        doc_make(&doc, cases[i].in, &b, 1);
        fnr_vec sents;
        fnr_vec_init(&sents, sizeof(fnr_sentence));
        assert_int_equal(fnr_sentences_split(&doc, &sents), FNR_OK);
        render(&doc, &sents, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_error("input \"%s\"\n  want %s\n  got  %s\n", cases[i].in, cases[i].want, got);
        }
        assert_string_equal(got, cases[i].want);
        for (size_t k = 0; k < sents.len; k++) {
            const fnr_sentence *s = &FNR_VEC_AT(&sents, fnr_sentence, k);
            assert_int_equal(s->para_start, k == 0);
            assert_false(s->heading);
            assert_int_equal(s->block, 0);
        }
        fnr_vec_destroy(&sents);
        fnr_doc_destroy(&doc);
    }
}

static void test_blocks_headings_boilerplate(void **state)
{
    (void)state;
    const char *text = "Raid in Mersin. Two held\n\nOfficials spoke. It ended.\nShare this. Now.";
    /* block 0 is a heading despite its period; block 2 is boilerplate */
    fnr_block blocks[] = { { 0, 24, true, false },
                           { 26, 52, false, false },
                           { 53, 69, false, true } };
    fnr_doc doc;
    doc_make(&doc, text, blocks, 3);
    fnr_vec sents;
    fnr_vec_init(&sents, sizeof(fnr_sentence));
    assert_int_equal(fnr_sentences_split(&doc, &sents), FNR_OK);
    assert_int_equal(sents.len, 3);
    const fnr_sentence *s = sents.data;
    assert_true(s[0].heading);
    assert_int_equal(s[0].start, 0);
    assert_int_equal(s[0].end, 24);
    assert_int_equal(s[1].block, 1);
    assert_true(s[1].para_start);
    assert_false(s[1].heading);
    assert_int_equal(s[1].start, 26);
    assert_int_equal(s[2].block, 1);
    assert_false(s[2].para_start);
    assert_int_equal(s[2].end, 52);
    fnr_vec_destroy(&sents);
    fnr_doc_destroy(&doc);
}

static void test_nomem(void **state)
{
    (void)state;
    fnr_doc doc;
    fnr_block b = { 0, 11, false, false };
    doc_make(&doc, "One. Two. Three.", &b, 1);
    fnr_vec sents;
    fnr_vec_init(&sents, sizeof(fnr_sentence));
    fnr_alloc_fail_after(0);
    fnr_status st = fnr_sentences_split(&doc, &sents);
    fnr_alloc_fail_after(-1);
    assert_int_equal(st, FNR_NOMEM);
    fnr_vec_destroy(&sents);
    fnr_doc_destroy(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_blocks_headings_boilerplate),
        cmocka_unit_test(test_nomem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
