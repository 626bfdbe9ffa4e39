/*
 * Tests of decoding (src/text/decode.c): plain text kept byte for byte with
 * its title, date and blocks; invalid UTF-8 refused with its offset or
 * repaired; the size limit; HTML reduced to headings and paragraphs; broken
 * HTML; boilerplate tails of saved pages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "base/alloc.h"
#include "fener/status.h"
#include "text/text.h"

static fnr_status decode(const char *s, const fnr_decode_opts *o, fnr_doc *doc, fnr_error *err)
{
    return fnr_doc_decode(s, strlen(s), o, doc, err);
}

/* The text of block i as a NUL-terminated static copy. */
static const char *block_text(const fnr_doc *doc, size_t i)
{
    static char buf[512];
    const fnr_block *b = &FNR_VEC_AT(&doc->blocks, fnr_block, i);
    size_t n = b->end - b->start;
    n = n < sizeof buf - 1 ? n : sizeof buf - 1;
    memcpy(buf, doc->text + b->start, n);
    buf[n] = '\0';
    return buf;
}

/* true when some non-boilerplate block contains needle. */
static bool kept(const fnr_doc *doc, const char *needle)
{
    for (size_t i = 0; i < doc->blocks.len; i++) {
        const fnr_block *b = &FNR_VEC_AT(&doc->blocks, fnr_block, i);
        if (!b->boilerplate && strstr(block_text(doc, i), needle)) {
            return true;
        }
    }
    return false;
}

/* Fails naming the first of gone[0..n) that some non-boilerplate block holds. */
static void assert_none_kept(const fnr_doc *doc, const char *const *gone, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (kept(doc, gone[i])) {
            fail_msg("furniture \"%s\" kept", gone[i]);
        }
    }
}

/* Fails unless d is the day y-m-day. */
static void assert_day(fnr_date d, int y, int m, int day)
{
    assert_int_equal(d.prec, FNR_DATE_DAY);
    assert_int_equal(d.year, y);
    assert_int_equal(d.month, m);
    assert_int_equal(d.day, day);
}

static void test_plain_passthrough(void **state)
{
    (void)state;
    const char *in = "Border raid\n\nPolice in Hatay held 4 men. They had rifles.\n"
                     "Officials said the cell planned attacks.\n";
    fnr_doc doc;
    fnr_error err;
    assert_int_equal(decode(in, NULL, &doc, &err), FNR_OK);
    assert_false(doc.html);
    assert_int_equal(doc.len, strlen(in));
    assert_memory_equal(doc.text, in, doc.len);
    assert_int_equal(doc.input_bytes, strlen(in));
    assert_string_equal(doc.title, "Border raid");
    assert_int_equal(doc.date.prec, FNR_DATE_NONE);
    assert_int_equal(doc.blocks.len, 3);
    const fnr_block *b = doc.blocks.data;
    assert_true(b[0].heading);
    assert_false(b[1].heading);
    assert_int_equal(b[1].start, 13);
    assert_string_equal(block_text(&doc, 1), "Police in Hatay held 4 men. They had rifles.");
    assert_false(b[1].boilerplate);
    char hex[65];
    fnr_doc_sha256_hex(&doc, hex);
    assert_int_equal(strlen(hex), 64);
    fnr_doc_destroy(&doc);
    fnr_doc_destroy(NULL);
}

static void test_sha256(void **state)
{
    (void)state;
    fnr_doc doc;
    assert_int_equal(decode("abc", NULL, &doc, NULL), FNR_OK);
    char hex[65];
    fnr_doc_sha256_hex(&doc, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    fnr_doc_destroy(&doc);
}

static void test_leading_date_line(void **state)
{
    (void)state;
    const char *in = "  date 2024-03-09 Cell broken up in Izmir\n\nIZMIR\n\nPolice detained "
                     "three suspects after a long inquiry into the group.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.prec, FNR_DATE_DAY);
    assert_int_equal(doc.date.year, 2024);
    assert_int_equal(doc.date.month, 3);
    assert_int_equal(doc.date.day, 9);
    assert_string_equal(doc.title, "Cell broken up in Izmir");
    /* the title is a heading block; the "date ..." prefix is in no block */
    assert_string_equal(block_text(&doc, 0), "Cell broken up in Izmir");
    assert_true(FNR_VEC_AT(&doc.blocks, fnr_block, 0).heading);
    assert_int_equal(FNR_VEC_AT(&doc.blocks, fnr_block, 0).start, 18);
    /* a lone upper-case dateline is kept */
    assert_true(kept(&doc, "IZMIR"));
    fnr_doc_destroy(&doc);

    /* The caller's date wins over the date line. */
    fnr_decode_opts o = { 0 };
    o.date = (fnr_date){ 2020, 1, 2, FNR_DATE_DAY };
    assert_int_equal(decode(in, &o, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.year, 2020);
    assert_string_equal(doc.title, "Cell broken up in Izmir");
    fnr_doc_destroy(&doc);
}

static void test_dateline(void **state)
{
    (void)state;
    const char *in = "Arrests in the capital\n\nANKARA, March 4, 2023 (AA) - Police detained "
                     "five people suspected of planning an attack.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.prec, FNR_DATE_DAY);
    assert_int_equal(doc.date.year, 2023);
    assert_int_equal(doc.date.month, 3);
    assert_int_equal(doc.date.day, 4);
    fnr_doc_destroy(&doc);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    const char in[] = "Good line\nBad \xC3\x28 byte here\n";
    fnr_doc doc;
    fnr_error err;
    assert_int_equal(fnr_doc_decode(in, sizeof in - 1, NULL, &doc, &err), FNR_BADINPUT);
    assert_int_equal(err.code, FNR_BADINPUT);
    assert_int_equal(err.offset, 14);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 5);
    assert_non_null(strstr(err.message, "14"));
    assert_non_null(strstr(err.hint, "--lenient"));
    assert_null(doc.text);
    assert_int_equal(doc.blocks.len, 0);

    /* lenient: '?' per bad byte, same length, offsets unchanged */
    fnr_decode_opts o = { 0 };
    o.lenient = true;
    assert_int_equal(fnr_doc_decode(in, sizeof in - 1, &o, &doc, &err), FNR_OK);
    assert_int_equal(doc.len, sizeof in - 1);
    assert_int_equal(doc.n_repaired, 1);
    assert_int_equal(doc.text[14], '?');
    assert_int_equal(doc.text[15], '(');
    assert_memory_equal(doc.text, in, 14);
    fnr_doc_destroy(&doc);
}

static void test_size_limit(void **state)
{
    (void)state;
    fnr_decode_opts o = { 0 };
    o.max_bytes = 10;
    fnr_doc doc;
    fnr_error err;
    assert_int_equal(decode("eleven byte", &o, &doc, &err), FNR_TOOBIG);
    assert_non_null(strstr(err.message, "11"));
    assert_non_null(strstr(err.message, "10"));
    assert_non_null(strstr(err.hint, "--max-bytes"));
    assert_null(doc.text);
    o.max_bytes = 11;
    assert_int_equal(decode("eleven byte", &o, &doc, &err), FNR_OK);
    fnr_doc_destroy(&doc);
}

static const char page[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>Spy ring exposed in Bursa | Daily Example</title>"
    "<meta property=\"article:published_time\" content=\"2023-05-17T08:30:00+03:00\">"
    "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
    "<body class=\"has-nav single\">"
    "<nav><ul><li>Home</li><li>World</li></ul></nav>"
    "<div id=\"cookie-banner\">We use cookies to improve your experience.</div>"
    "<article><h1>Spy ring exposed in Bursa</h1>"
    "<div class=\"share-buttons\"><a>Facebook</a><a>Twitter</a></div>"
    "<p>Police in Bursa detained six people accused of &quot;spying&quot; for a "
    "foreign service &amp; its agents.</p>"
    "<p>The suspects,   who met in\n a caf&eacute;, were <b>charged</b> on Monday.</p>"
    "<h2>Background</h2><p>The inquiry began last year after a tip from a partner agency.</p>"
    "<aside>Read also: other news</aside>"
    "<noscript>Enable JavaScript</noscript></article>"
    "<div class=\"newsletter-box\">Subscribe to our newsletter</div>"
    "<footer>All rights reserved. Contact us.</footer>"
    "<form><button>Send</button></form></body></html>";

static void test_html(void **state)
{
    (void)state;
    fnr_doc doc;
    fnr_error err;
    assert_int_equal(decode(page, NULL, &doc, &err), FNR_OK);
    assert_true(doc.html);
    assert_string_equal(doc.title, "Spy ring exposed in Bursa");
    assert_int_equal(doc.date.prec, FNR_DATE_DAY);
    assert_int_equal(doc.date.year, 2023);
    assert_int_equal(doc.date.month, 5);
    assert_int_equal(doc.date.day, 17);
    assert_int_equal(doc.len, strlen(doc.text));
    const char *want =
        "Spy ring exposed in Bursa\n"
        "Police in Bursa detained six people accused of \"spying\" for a foreign service & its "
        "agents.\n"
        "The suspects, who met in a café, were charged on Monday.\n"
        "Background\n"
        "The inquiry began last year after a tip from a partner agency.";
    assert_string_equal(doc.text, want);
    assert_int_equal(doc.blocks.len, 5);
    const fnr_block *b = doc.blocks.data;
    assert_true(b[0].heading);
    assert_false(b[1].heading);
    assert_true(b[3].heading);
    for (size_t i = 0; i < doc.blocks.len; i++) {
        assert_false(b[i].boilerplate);
    }
    assert_string_equal(block_text(&doc, 2),
                        "The suspects, who met in a café, were charged on Monday.");
    fnr_doc_destroy(&doc);
}

static void test_html_og_title_and_time(void **state)
{
    (void)state;
    const char *in = "<html><head><title>Raw title - Site</title>"
                     "<meta property=\"og:title\" content=\"Agent  caught\"></head><body>"
                     "<p>An agent was caught at the <i>border</i> gate.<br>Two more fled.</p>"
                     "<p>Posted <time datetime=\"2022-11-30\">last week</time></p>"
                     "</body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_string_equal(doc.title, "Agent caught");
    assert_int_equal(doc.date.year, 2022);
    assert_int_equal(doc.date.month, 11);
    assert_true(kept(&doc, "An agent was caught at the border gate."));
    assert_true(kept(&doc, "Two more fled."));
    fnr_doc_destroy(&doc);
}

/* A byline "By X · Published 12 March 2025" dates a page without metadata,
 * in HTML as in text. */
static void test_byline_date(void **state)
{
    (void)state;
    const char *in = "<html><body><h1>Police arrest 9 in Konya</h1>"
                     "<p>By Staff Reporter \xC2\xB7 Published 12 March 2025</p>"
                     "<p>Police detained nine suspects on Tuesday.</p></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.prec, FNR_DATE_DAY);
    assert_int_equal(doc.date.year, 2025);
    assert_int_equal(doc.date.month, 3);
    assert_int_equal(doc.date.day, 12);
    fnr_doc_destroy(&doc);
    /* a byline the page drops still gives its <time datetime> */
    in = "<html><body><h1>Police arrest 9 in Konya</h1><div class=\"byline\">KONYA <time "
         "datetime=\"2026-03-19\">Mar 19, 2026 10:42 am</time></div>"
         "<p>Police detained nine suspects on Tuesday.</p></body></html>";
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.year, 2026);
    assert_int_equal(doc.date.month, 3);
    assert_int_equal(doc.date.day, 19);
    fnr_doc_destroy(&doc);
    in = "Police arrest 9 in Konya\nBy Staff Reporter | Updated 4 May 2024\n\nPolice detained "
         "nine suspects on Tuesday.\n";
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.date.year, 2024);
    assert_int_equal(doc.date.month, 5);
    assert_int_equal(doc.date.day, 4);
    fnr_doc_destroy(&doc);
}

static void test_html_broken(void **state)
{
    (void)state;
    const char *inputs[] = {
        "<html><body><p>Unclosed paragraph about a raid<div>and a <b>bold claim<p>Next one",
        "<p>Only fragments <<<>>> &bogus; &#xZZ; <i>tail",
        "<html><body><table><tr><td>Cell one<td>Cell two</table></p></div></span>",
        "<html><p class=\"comment nav menu\">Everything is in a noisy class</p></html>",
        "<!doctype html><html><",
        "<html>\x01\x02 text with controls</html>",
    };
    const char *needles[] = { "Next one", "tail", "Cell two", "noisy class", NULL, "controls" };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        fnr_doc doc;
        fnr_decode_opts o = { 0 };
        o.format = FNR_FORMAT_HTML;
        assert_int_equal(decode(inputs[i], &o, &doc, NULL), FNR_OK);
        assert_non_null(doc.text);
        assert_true(doc.html);
        if (needles[i]) {
            assert_non_null(strstr(doc.text, needles[i]));
        }
        fnr_doc_destroy(&doc);
    }
}

static void test_html_charset(void **state)
{
    (void)state;
    /* A page in windows-1254 is converted; an undeclared bad byte is refused. */
    const char *in = "<html><head><meta charset=\"windows-1254\"></head><body>"
                     "<p>Polis \xDDstanbul'da \xFE\xFCpheliyi yakalad\xFD.</p></body></html>";
    fnr_doc doc;
    fnr_error err;
    assert_int_equal(decode(in, NULL, &doc, &err), FNR_OK);
    assert_string_equal(doc.text, "Polis İstanbul'da şüpheliyi yakaladı.");
    fnr_doc_destroy(&doc);
    const char *bad = "<html><body><p>Polis \xFE</p></body></html>";
    assert_int_equal(decode(bad, NULL, &doc, &err), FNR_BADINPUT);
    assert_int_equal(err.offset, 21);
    fnr_decode_opts o = { 0 };
    o.lenient = true;
    assert_int_equal(decode(bad, &o, &doc, &err), FNR_OK);
    assert_string_equal(doc.text, "Polis ?");
    assert_int_equal(doc.n_repaired, 1);
    fnr_doc_destroy(&doc);
}

static void test_format_detection(void **state)
{
    (void)state;
    fnr_doc doc;
    assert_int_equal(decode("  <!DOCTYPE HTML><p>x</p>", NULL, &doc, NULL), FNR_OK);
    assert_true(doc.html);
    fnr_doc_destroy(&doc);
    assert_int_equal(decode("<div><p>One</p><p>Two</p><br></div>", NULL, &doc, NULL), FNR_OK);
    assert_true(doc.html);
    fnr_doc_destroy(&doc);
    assert_int_equal(decode("The law says 3 < 4 and <b> is a tag name.", NULL, &doc, NULL), FNR_OK);
    assert_false(doc.html);
    fnr_doc_destroy(&doc);
    fnr_decode_opts o = { 0 };
    o.format = FNR_FORMAT_TEXT;
    assert_int_equal(decode("<html><p>kept as text</p></html>", &o, &doc, NULL), FNR_OK);
    assert_false(doc.html);
    assert_string_equal(doc.text, "<html><p>kept as text</p></html>");
    fnr_doc_destroy(&doc);
    assert_int_equal(decode("", NULL, &doc, NULL), FNR_OK);
    assert_int_equal(doc.len, 0);
    assert_int_equal(doc.blocks.len, 0);
    fnr_doc_destroy(&doc);
}

static void test_plain_boilerplate_tail(void **state)
{
    (void)state;
    const char *in =
        "Cell leader caught near the border\n"
        "Security forces caught the leader of a cell in a village near the border on Friday.\n"
        "The man, who used a false passport, had planned to travel to Europe with two aides.\n"
        "Prosecutors will question him about the funding of the group and its contacts abroad.\n"
        "Share this article\n"
        "Keep up to date with the latest news from the region,\n"
        "straight to your inbox.\n"
        "You can unsubscribe at any time. By signing up you agree to our Terms of Use.\n"
        "Please\n"
        "click\n"
        "Kişisel Verilerin Korunması Kanunu kapsamında çerezler kullanılmaktadır.\n"
        "All rights reserved.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "Security forces caught"));
    assert_true(kept(&doc, "Prosecutors will question him"));
    assert_false(kept(&doc, "Share this"));
    assert_false(kept(&doc, "Keep up to date"));
    assert_false(kept(&doc, "inbox"));
    assert_false(kept(&doc, "unsubscribe"));
    assert_false(kept(&doc, "Please"));
    assert_false(kept(&doc, "Kişisel"));
    assert_false(kept(&doc, "rights"));
    /* sentences skip boilerplate */
    fnr_vec sents;
    fnr_vec_init(&sents, sizeof(fnr_sentence));
    assert_int_equal(fnr_sentences_split(&doc, &sents), FNR_OK);
    assert_int_equal(sents.len, 4);
    fnr_vec_destroy(&sents);
    fnr_doc_destroy(&doc);
}

static void test_plain_boilerplate_general(void **state)
{
    (void)state;
    /* An early "click here" line goes; a mid-text mention of cookies in prose stays. */
    const char *in =
        "Home\nWorld\nPolitics\n"
        "Plot foiled in the port city\n"
        "Click here to listen to this article\n"
        "Officers foiled a plot to bomb a ferry terminal in the port city, the governor said "
        "on Sunday after a week of raids.\n"
        "The suspects had hidden explosives in boxes of cookies and biscuits bought at a market "
        "in the old town near the harbour, investigators said in a written statement.\n"
        "Three of them were remanded in custody by a court late on Sunday night.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_false(kept(&doc, "Politics"));
    assert_false(kept(&doc, "Click here"));
    assert_true(kept(&doc, "Plot foiled in the port city"));
    assert_true(kept(&doc, "boxes of cookies"));
    assert_true(kept(&doc, "remanded"));
    fnr_doc_destroy(&doc);
}

/* A marker is found wherever it sits in a block, in particular across the
 * middle of a long one (the marker search reads a long block as two
 * overlapping halves). */
static void test_plain_boilerplate_anywhere(void **state)
{
    (void)state;
    static const char *const markers[] = { "privacy policy",
                                           "this site is protected by recaptcha" };
    for (size_t m = 0; m < sizeof markers / sizeof markers[0]; m++) {
        size_t mlen = strlen(markers[m]);
        for (size_t at = 0; at + mlen <= 260; at++) {
            char block[300];
            for (size_t i = 0; i < 260; i++) {
                block[i] = i % 3 == 2 ? ' ' : 'x'; /* "xx xx xx ...": no marker, no period */
            }
            memcpy(block + at, markers[m], mlen);
            block[260] = '\0';
            char in[600];
            snprintf(in, sizeof in,
                     "Officers held the two men at a checkpoint outside the city on Friday "
                     "evening, the governor said.\n%s\nBoth men were taken to a court in the "
                     "capital the next morning, police said.\n",
                     block);
            fnr_doc doc;
            assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
            assert_true(kept(&doc, "checkpoint"));
            /* a weak marker takes its block; a strong one this late in the
             * report also the rest (the page's tail) */
            assert_int_equal(kept(&doc, "next morning"), m == 0);
            assert_false(kept(&doc, markers[m]));
            fnr_doc_destroy(&doc);
        }
    }
}

/* A page copied as text from a browser: menu, byline, caption and the lists
 * after the report go; every paragraph of the report stays, also one that
 * quotes a statement "shared on X". */
static void test_plain_page_furniture(void **state)
{
    (void)state;
    const char *in =
        "Daily Courier\nHOME\nTÜRKİYE\nWORLD\nOPINION\n\n"
        "Police capture cell financier in Izmir\n\n"
        "By Ayla Korkmaz and Deniz Ural\n"
        "ANKARA\n\n"
        "Officers escort a suspect to a courthouse in Izmir, March 12, 2025. (AA Photo)\n\n"
        "Police captured a financier of the cell who was preparing an attack on a shopping "
        "centre in Izmir, security sources said on Wednesday.\n\n"
        "Advertisement\n\n"
        "\"The cell was at the final stage of its preparations,\" the prosecutor's office said "
        "in a statement shared on X.\n\n"
        "Reporting by Ayla Korkmaz; Editing by Mark Potter\n\n"
        "Tags:\nDAESH\nIZMIR\nCOUNTERTERRORISM\n\n"
        "Share\nFacebook\nTwitter\n\n"
        "RELATED\n"
        "Interpol red notice issued for PKK ringleader Murat Karasu\n"
        "Greek police arrest Syrian smuggler on Lesbos\n\n"
        "Most read\nErdogan meets Aliyev in Ankara\n\n"
        "Sign up here.\n"
        "About Us\nContact\n\n"
        "Comments\n"
        "Kemal Y.\n"
        "The PKK and FETÖ are behind all of this, everyone in Izmir knows it.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Police capture cell financier in Izmir");
    assert_true(kept(&doc, "ANKARA")); /* a dateline */
    assert_true(kept(&doc, "shopping centre"));
    assert_true(kept(&doc, "statement shared on X."));
    static const char *const gone[] = { "Daily Courier", "TÜRKİYE",          "WORLD",
                                        "Ayla Korkmaz",  "AA Photo",         "Mark Potter",
                                        "DAESH",         "COUNTERTERRORISM", "Twitter",
                                        "Murat Karasu",  "Lesbos",           "Aliyev",
                                        "Sign up",       "About Us",         "FETÖ" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A sentence that ends with a period is never a caption, a list item or a
 * menu, wherever it sits. */
static void test_plain_page_body_stays(void **state)
{
    (void)state;
    const char *in =
        "Arrests in Adana\n\n"
        "Police released a photo of the suspect after the raid in Adana on Monday.\n\n"
        "Related news\n"
        "Gendarmerie detain 4 in Hatay\n"
        "The governor said the operation would continue.\n\n"
        "Three of the suspects were remanded in custody by a court late on Monday night. The "
        "court named them as follows:\n"
        "Ahmet Yilmaz\nMehmet Kaya\nAli Bulut\n\n"
        "The other two were released under judicial control and must report to the police "
        "station in Seyhan twice a week until the trial\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "released a photo"));
    assert_false(kept(&doc, "Gendarmerie detain 4"));
    assert_true(kept(&doc, "would continue."));
    assert_true(kept(&doc, "remanded in custody"));
    assert_true(kept(&doc, "until the trial")); /* a last sentence without its period */
    assert_true(kept(&doc, "Mehmet Kaya"));     /* a list the report introduces */
    fnr_doc_destroy(&doc);
}

/* An outlet's lines around the report: a byline with its stamp ("Name
 * |12.04.2026 - Update : ..."), a credit, the reading time, the agency's
 * word on its subscribers, lists of other stories under headings in English
 * and Turkish, a call to join a club. */
static void test_plain_outlet_lines(void **state)
{
    (void)state;
    const char *in =
        "Courier Agency\nWorld\nEconomy\nSports\n\n"
        "Gendarmerie seize rifles of cell in Kilis\n\n"
        "Derya Tunalı   |12.04.2026 - Update : 12.04.2026\n"
        "Kilis Desk and Agencies\n"
        "Reading time: 2 min\n"
        "Last updated: April 12, 2026\n\n"
        "Gendarmerie teams seized six rifles and a box of grenades from a cell in the border "
        "town of Kilis on Sunday, the governor's office said.\n\n"
        "Two suspects were held at the scene and taken to a court in the town.\n\n"
        "The Courier Agency website offers only part of its stories to readers; please "
        "contact us for subscription options.\n\n"
        "More coverage\n"
        "Police arrest Hasan Doruk over bomb plot in Mersin\n"
        "Benzer Haberler\n"
        "Jandarma Şırnak'ta PKK sığınağını imha etti\n\n"
        "Join thousands of readers of the Courier Agency Weekly Brief.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "six rifles"));
    assert_true(kept(&doc, "taken to a court in the town."));
    static const char *const gone[] = { "Derya",        "Kilis Desk",   "Reading time",
                                        "Last updated", "subscription", "Hasan Doruk",
                                        "Şırnak",       "Weekly Brief" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A page of generic divs: a menu of links run into one line and links to
 * other stories go, whatever their boxes are called; a paragraph with a link
 * in it, a sentence that is a link and a title that links to itself stay. */
static void test_html_link_blocks(void **state)
{
    (void)state;
    const char *in =
        "<html><body><div class=\"t1\"><a href=\"/w\">World News</a><a href=\"/p\">Politics"
        "</a> | <a href=\"/s\">Sports</a></div>"
        "<div class=\"c\"><h1><a href=\"/x\">Border guards catch smugglers of rifles in Van</a>"
        "</h1>"
        "<p>Border guards caught three men carrying rifles across the border near Van on Friday, "
        "the <a href=\"/g\">Van governor's office</a> said.</p>"
        "<p><a href=\"/d\">The men were handed to the gendarmerie the same night.</a></p>"
        "<div class=\"m2\"><div><a href=\"/1\">Police arrest Kemal Sarı over arson attack in "
        "Batman</a></div><div><a href=\"/2\">Gendarmerie kill 2 PKK militants in Tunceli</a>"
        "</div></div></div></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "Border guards catch smugglers of rifles in Van"));
    assert_true(kept(&doc, "governor's office said."));
    assert_true(kept(&doc, "handed to the gendarmerie"));
    static const char *const gone[] = { "World News", "Sports", "Kemal Sarı", "Tunceli" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* The site's name after a title's dash goes with the separator; words after
 * a dash that are no name stay. */
static void test_html_title_site_name(void **state)
{
    (void)state;

    static const struct {
        const char *head, *body, *title;
    } cases[] = {
        { "Police hold two over attack on mosque in Kayseri - Anatolian Courier", "",
          "Police hold two over attack on mosque in Kayseri" },
        { "Court jails spy ring leader \xe2\x80\x93 The Daily Post",
          "<h1>Court jails spy ring leader</h1>", "Court jails spy ring leader" },
        { "Cell planned attack on a stadium - prosecutors say", "",
          "Cell planned attack on a stadium - prosecutors say" },
        { "Anatolian Courier English - Police hold two in Kayseri",
          "<h1>Police hold two in Kayseri</h1>", "Police hold two in Kayseri" },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char in[600];
        snprintf(in, sizeof in,
                 "<html><head><title>%s</title></head><body>%s<p>Police detained two men "
                 "in the city on Monday after a long inquiry, the governor said.</p></body>"
                 "</html>",
                 cases[i].head, cases[i].body);
        fnr_doc doc;
        assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
        assert_non_null(doc.title);
        assert_string_equal(doc.title, cases[i].title);
        assert_false(kept(&doc, "Courier"));
        assert_false(kept(&doc, "Daily Post"));
        fnr_doc_destroy(&doc);
    }
}

/* A report's paragraph of two words stays, in text and in markup; a button
 * of two words goes. */
static void test_two_word_paragraph(void **state)
{
    (void)state;
    static const char *const in[] = {
        "Raid on a depot in Mardin\n\n"
        "Gendarmerie raided a depot in Mardin on Friday and seized 200 kilograms of explosives, "
        "the governor said.\n\nInvestigation continues.\n\nShare now\n",
        "<html><body><h1>Raid on a depot in Mardin</h1><p>Gendarmerie raided a depot in Mardin "
        "on Friday and seized 200 kilograms of explosives, the governor said.</p><p>"
        "Investigation continues.</p><div>Share now</div></body></html>",
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        fnr_doc doc;
        assert_int_equal(decode(in[i], NULL, &doc, NULL), FNR_OK);
        assert_true(kept(&doc, "Investigation continues."));
        assert_false(kept(&doc, "Share now"));
        fnr_doc_destroy(&doc);
    }
}

/* An author's bio after the report goes, under its name in whatever case or
 * alone; a journalist the report is about stays. */
static void test_author_bio(void **state)
{
    (void)state;
    static const char *const tails[] = {
        "NEVIN ARSLAN\nNevin Arslan covers security and the courts for the Courier, based in "
        "Ankara.\n",
        "Nevin Arslan is a senior correspondent for the Courier and a former fellow at the "
        "Ankara Policy Centre.\n",
    };
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        char in[800];
        snprintf(in, sizeof in,
                 "Editor held in Izmir\n\n"
                 "Police detained the editor of a weekly in Izmir on Tuesday over a column on a "
                 "bomb plot, prosecutors said.\n\n"
                 "Selim Oral is a reporter at the weekly, which police raided in March, and was "
                 "questioned as a witness.\n\n%s",
                 tails[i]);
        fnr_doc doc;
        assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
        assert_true(kept(&doc, "Police detained the editor"));
        assert_true(kept(&doc, "Selim Oral is a reporter"));
        assert_false(kept(&doc, "Nevin"));
        assert_false(kept(&doc, "NEVIN"));
        fnr_doc_destroy(&doc);
    }
}

/* A strong marker starts the page's tail only after the report and where the
 * report does not go on: a cookie notice atop a short page and a
 * newsletter's call inside the report take only their own block. */
static void test_strong_marker_not_tail(void **state)
{
    (void)state;
    const char *in =
        "Sitemizde çerezler kullanılmaktadır. Kişisel Verilerin Korunması Kanunu kapsamında "
        "aydınlatma metnini okuyunuz.\n\n"
        "Spy held in Erzurum\n\n"
        "Counterintelligence police held a foreign national in Erzurum on Monday over photos of "
        "a military airfield, the governor said.\n\n"
        "Sign up to our newsletter for the top security stories of the day.\n\n"
        "A court in Erzurum later ordered the man held pending trial on espionage charges.\n\n"
        "His phone held pictures of radar sites in three other provinces, officials said.\n\n"
        "Share this article\n"
        "All rights reserved. Reproduction of this content without written permission is "
        "forbidden by the law.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Spy held in Erzurum");
    assert_true(kept(&doc, "military airfield"));
    assert_true(kept(&doc, "pending trial"));
    assert_true(kept(&doc, "radar sites"));
    static const char *const gone[] = { "çerezler", "newsletter", "Share", "Reproduction" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A list's heading or a line's prefix that is not ASCII ("Diğer Haberler",
 * "Okuma süresi") is read as an ASCII one is. */
static void test_turkish_list_heads(void **state)
{
    (void)state;
    const char *in =
        "Cell broken up in Bursa\n\n"
        "Okuma süresi: 3 dk\n\n"
        "Police broke up a cell of six men in Bursa on Tuesday and seized two pistols, "
        "the governor said.\n\n"
        "Diğer Haberler\n"
        "Jandarma Siirt'te PKK'lı iki teröristi yakaladı\n\n"
        "The men had been under watch for a year, police said in a statement on "
        "Wednesday.\n\n"
        "A court will hear the case in May, the governor's office said.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "seized two pistols"));
    assert_true(kept(&doc, "under watch"));
    static const char *const gone[] = { "Siirt", "Okuma" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* The same headings in Turkish capitals ("İLGİLİ HABERLER", "ÇOK
 * OKUNANLAR", "YORUMLAR") head their lists as the lower-case ones do. */
static void test_turkish_upper_heads(void **state)
{
    (void)state;
    const char *in =
        "Arms cache found in Hatay\n\n"
        "Gendarmerie teams found an arms cache with 40 rifles in a village of Hatay on "
        "Monday, the provincial governor said.\n\n"
        "İLGİLİ HABERLER\n"
        "Jandarma Mardin'de DEAŞ'lı üç şüpheliyi yakaladı\n\n"
        "The rifles had been hidden in a barn, the governor said in a statement on "
        "Tuesday.\n\n"
        "Two suspects were taken into custody, the statement added.\n\n"
        "ÇOK OKUNANLAR\n"
        "Polis Adana'da FETÖ operasyonu düzenledi\n\n"
        "YORUMLAR\n"
        "Ahmet Kaya: Allah razı olsun Mehmetçik\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "found an arms cache"));
    assert_true(kept(&doc, "hidden in a barn"));
    assert_true(kept(&doc, "taken into custody"));
    static const char *const gone[] = { "Mardin", "Adana", "Ahmet Kaya" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* Before the title of a page in markup: the site's name and breadcrumbs go;
 * a date line stays. */
static void test_html_before_title(void **state)
{
    (void)state;
    const char *in =
        "<html><head><meta property=\"og:title\" content=\"Two held over plot against "
        "consulate\"></head><body><div class=\"a\">Levant Observer</div><div class=\"b\">Home "
        "&gt; Lebanon &gt; Security</div><div>Friday 6 March 2026</div>"
        "<h1>Two held over plot against consulate</h1><p>Lebanese security forces held two men "
        "over a plot to bomb a consulate in Beirut on Friday, officials said.</p></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "Two held over plot against consulate"));
    assert_true(kept(&doc, "6 March 2026"));
    assert_true(kept(&doc, "to bomb a consulate"));
    static const char *const gone[] = { "Levant Observer", "Lebanon &gt;", "Security" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A wire service's page copied as text: the skip link, a caption with the
 * agency's credit, the licensing link, the author's box with the outlet
 * between name and bio, a newsletter's call and the agency's word on
 * itself go. */
static void test_plain_wire_page(void **state)
{
    (void)state;
    const char *in =
        "Skip to main content\nWorld\nBusiness\nMarkets\n\n"
        "Jordan holds five over drone plot\n\n"
        "Police officers stand at a checkpoint in Amman, Jordan, March 1, 2026. "
        "REUTERS/Omar Haddad\n\n"
        "AMMAN, March 2 (Reuters) - Jordan has detained five men suspected of plotting drone "
        "attacks on army posts near the Syrian border, a security official said on Monday.\n\n"
        "The men had bought parts for the drones abroad, the official said.\n\n"
        "Suggested Topics:\nMiddle East\n\n"
        "Purchase Licensing Rights\n\n"
        "Leila Haddad\nThomson Reuters\n"
        "Leila Haddad has reported on Jordan and Syria for ten years.\n\n"
        "Get the week's security briefing in the Frontline newsletter. Sign up here.\n\n"
        "Reuters, the news and media division of Thomson Reuters, is the world's largest "
        "multimedia news provider.\n\n"
        "All quotes delayed a minimum of 15 minutes. See here for a list of exchanges.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_not_equal(doc.title, "Skip to main content");
    assert_true(kept(&doc, "drone attacks on army posts"));
    assert_true(kept(&doc, "parts for the drones abroad"));
    static const char *const gone[] = { "Skip",       "Omar Haddad", "Licensing",
                                        "Leila",      "Thomson",     "Frontline",
                                        "multimedia", "quotes",      "Middle East" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* Inline boxes side by side are words apart; an inline box within a word's
 * text ("<b>PKK</b>'s") joins it. */
static void test_html_inline_boxes(void **state)
{
    (void)state;
    const char *in = "<html><body><h1>Raid in Van</h1><div><span>Selin Kaya</span><span>VAN"
                     "</span><span>12.03.2026</span></div><p><b>PKK</b>'s men were held in a "
                     "raid in Van on Friday, the governor said.</p></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(strstr(doc.text, "Selin Kaya VAN 12.03.2026"));
    assert_true(kept(&doc, "PKK's men were held"));
    fnr_doc_destroy(&doc);
}

/* A copied page that opens with the site's name in capitals: the title is
 * the line after it, and the name goes. */
static void test_plain_site_name_first(void **state)
{
    (void)state;
    const char *in = "LEVANT OBSERVER\nSecurity\n"
                     "Police bust cell plotting attack on courthouse\n"
                     "Published March 3, 2026\n"
                     "Police detained five suspected members of a cell that was planning an attack "
                     "on a courthouse, the governor's office said on Tuesday.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Police bust cell plotting attack on courthouse");
    assert_false(kept(&doc, "LEVANT"));
    assert_true(kept(&doc, "planning an attack"));
    fnr_doc_destroy(&doc);
}

/* A call to follow the site on a network goes wherever it sits, in English
 * and Turkish; a report's sentence about a network stays. */
static void test_social_call(void **state)
{
    (void)state;
    const char *in =
        "Cell leader held in Adana\n\n"
        "Police held the leader of a cell in Adana on Sunday after a month of surveillance, the "
        "governor said.\n\n"
        "Follow the Levant Observer on WhatsApp for the latest news\n\n"
        "Levant Observer'ı Google News'te takip edin\n\n"
        "The man had recruited fighters through a channel on Telegram, police said in a "
        "statement.\n\n"
        "Two other suspects were released under judicial control on Monday, the governor "
        "said.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "channel on Telegram"));
    assert_true(kept(&doc, "judicial control"));
    assert_false(kept(&doc, "WhatsApp"));
    assert_false(kept(&doc, "takip"));
    fnr_doc_destroy(&doc);
}

/* A byline's stamp below a long menu dates the page ("Name |15.03.2026 -
 * Update : 16.03.2026": the first date), and goes. */
static void test_stamp_after_long_menu(void **state)
{
    (void)state;
    const char *in = "Courier Agency\nTürkçe\nEnglish\nEspañol\nFrançais\nWorld\nPolitics\n"
                     "Economy\nSports\nAnalysis\nCulture\nHealth\nScience\nVideo\nPhoto\n"
                     "Search\nTürkiye\n\n"
                     "Police hold 4 over arson attack in Mersin\n\n"
                     "Derya Tunalı  |15.03.2026 - Update : 16.03.2026\n\n"
                     "Police held four suspects over an arson attack on a bank in Mersin on "
                     "Sunday, the governor said.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_day(doc.date, 2026, 3, 15);
    assert_false(kept(&doc, "Derya"));
    assert_true(kept(&doc, "arson attack on a bank"));
    fnr_doc_destroy(&doc);
}

/* A figure's caption goes whatever holds it, a figure that quotes stays; a
 * comment section under a heading with a count goes; a prompt to scroll
 * goes. */
static void test_html_figure_comments(void **state)
{
    (void)state;
    const char *in =
        "<html><body><h1>Gunmen attack police post in Siirt</h1>"
        "<figure><img src=\"a.jpg\"><div class=\"x\">Soldiers guard a road near Batman</div>"
        "</figure>"
        "<p>Gunmen attacked a police post in Siirt on Sunday night, wounding two officers, the "
        "governor's office said.</p><div>Scroll to continue reading</div>"
        "<figure><blockquote>We will find those responsible, the governor wrote.</blockquote>"
        "</figure>"
        "<p>Police launched a search for the attackers in the countryside around the town, the "
        "office said.</p>"
        "<div>12 Comments</div><div><div>Mert</div><div>The attack in Tunceli last year was "
        "worse than this one.</div></div></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "police post in Siirt"));
    assert_true(kept(&doc, "We will find those responsible"));
    assert_true(kept(&doc, "search for the attackers"));
    static const char *const gone[] = { "Batman", "Scroll", "Comments", "Tunceli" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A caption closed by an agency's name alone or a Turkish credit goes; a
 * dateline with the agency stays. */
static void test_plain_agency_captions(void **state)
{
    (void)state;
    const char *in =
        "Depot raided in Mardin\n\n"
        "MARDIN (AA)\n\n"
        "Gendarmerie raided a depot in Mardin on Friday and seized 200 kilograms of "
        "explosives, the governor said.\n\n"
        "Gendarmerie teams at the depot near Nusaybin (DHA)\n\n"
        "Jandarma ekipleri Kızıltepe'de (Fotoğraf: İHA)\n\n"
        "Two suspects were held and taken to the town's courthouse for questioning.\n\n"
        "A search for a third suspect went on through the night, officials said.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "MARDIN (AA)"));
    assert_true(kept(&doc, "Two suspects were held"));
    static const char *const gone[] = { "Nusaybin", "Kızıltepe" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A publication line after the title and its standfirst, a long menu above
 * them, dates the page; a prompt to listen goes. */
static void test_published_after_title(void **state)
{
    (void)state;
    const char *in = "Skip links\nLive\nNews\nMiddle East\nExplained\nOpinion\nSport\nVideo\n"
                     "More\nFeatures\nEconomy\nHuman Rights\nClimate\nInvestigations\n"
                     "Interactives\nSearch\nSign up\n"
                     "Court jails eight over plot against exiles\n"
                     "Defendants are accused of planning to abduct two activists living in Izmir.\n"
                     "Listen to this article\n"
                     "Published On 8 Mar 2026\n"
                     "A court in Izmir has sentenced eight people to prison terms over a plot to "
                     "abduct two exiled activists, local media reported.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_day(doc.date, 2026, 3, 8);
    assert_false(kept(&doc, "Listen"));
    assert_true(kept(&doc, "abduct two exiled activists"));
    fnr_doc_destroy(&doc);
}

/* A newsletter's box goes whole: its call, name, blurb and button. */
static void test_newsletter_box(void **state)
{
    (void)state;
    const char *in = "Cell held in Kayseri\n\n"
                     "Police held a cell of four men in Kayseri on Monday after a raid on a flat "
                     "in the city centre, the governor said.\n\n"
                     "The men were taken to court on Tuesday and two were jailed pending trial.\n\n"
                     "Sign up for the Courier\n"
                     "Week in the Caucasus\n"
                     "Catch up on our coverage of Georgia and Armenia, all in one place.\n"
                     "Sign up\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "jailed pending trial"));
    static const char *const gone[] = { "Courier", "Caucasus", "Georgia" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* The box that holds the report stays whatever its classes say ("share" in
 * "entry-content social-share-inline"); the share box inside it and a
 * comment section go. */
static void test_html_report_box_kept(void **state)
{
    (void)state;
    const char *in =
        "<html><body><h1>Financier held in Athens</h1>"
        "<div class=\"entry-content social-share-inline\">"
        "<p>Greek police arrested a suspected financier of an armed group at a flat in central "
        "Athens on Thursday, police sources said.</p>"
        "<p>The man is accused of collecting money for the group from businesses in Germany and "
        "Greece over several years.</p>"
        "<div class=\"share-buttons\"><p>Share on Facebook</p></div></div>"
        "<div class=\"comments\"><p>Reader one: the police in Patras should do the same with "
        "all of them, every single one of them, and do it now.</p><p>Reader two: nobody in "
        "Thessaloniki believes any of this, it is all politics and nothing else at all.</p></div>"
        "</body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "flat in central Athens"));
    assert_true(kept(&doc, "businesses in Germany"));
    static const char *const gone[] = { "Facebook", "Patras", "Thessaloniki" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* Where one <article> holds the report, the others are cards of other
 * stories; a byline with its stamp goes, a dateline with its stamp stays,
 * and so does the title's own article. */
static void test_html_article_cards(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "<h1>Cell held in Kirkuk</h1><div>Hiwa Karim 2026-03-11 14:20</div>",
        "<article><h1>Cell held in Kirkuk</h1></article><div>KIRKUK Mar 11, 2026 - 2:20 pm</div>",
    };
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        char in[1500];
        snprintf(in, sizeof in,
                 "<html><body>%s<article><p>Security forces arrested five members of a cell in "
                 "Kirkuk province who were planning attacks on oil facilities, officials said "
                 "on Wednesday.</p><p>The suspects were captured in a joint operation in the "
                 "Dibis district, and weapons were found in their hideout.</p></article>"
                 "<article><h3>Airstrikes kill 9 militants in Hamrin mountains</h3><p>The "
                 "command said the strikes hit caves.</p><span>2 hours ago</span></article>"
                 "</body></html>",
                 heads[i]);
        fnr_doc doc;
        assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
        assert_true(kept(&doc, "Cell held in Kirkuk"));
        assert_true(kept(&doc, "oil facilities"));
        assert_true(kept(&doc, "Dibis"));
        assert_int_equal(kept(&doc, "KIRKUK"), i == 1);
        static const char *const gone[] = { "Hiwa", "Hamrin", "caves", "ago" };
        assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
        fnr_doc_destroy(&doc);
    }
}

/* The site's word on itself as the page ends goes, in any language; the
 * site named in the report stays. */
static void test_html_site_blurb(void **state)
{
    (void)state;
    const char *in =
        "<html><head><title>Cell held in Kirkuk | Kurdistan Observer</title></head><body>"
        "<h1>Cell held in Kirkuk</h1>"
        "<p>Security forces arrested five members of a cell in Kirkuk province who were planning "
        "attacks on oil facilities, officials said on Wednesday.</p>"
        "<p>Kurdistan Observer reported in January that the cell had bought weapons in Mosul.</p>"
        "<p>The suspects were taken to a court in Erbil, the officials said.</p>"
        "<div><p>Kurdistan Observer propose une couverture indépendante du Moyen-Orient.</p>"
        "<p>Kurdistan Observer is an independent news outlet based in Sulaimani.</p></div>"
        "</body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "bought weapons in Mosul"));
    assert_true(kept(&doc, "court in Erbil"));
    static const char *const gone[] = { "Moyen-Orient", "Sulaimani" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* The agency's word on its subscribers in Turkish goes with the rest of the tail. */
static void test_plain_turkish_subscribers(void **state)
{
    (void)state;
    const char *in = "Two held in Sivas\n\n"
                     "Police held two men in Sivas on Monday over an attack on a police station, "
                     "the governor said.\n\n"
                     "Both were remanded in custody by a court in the city later that day.\n\n"
                     "Ajans web sitesinde abonelere sunulan haberler özetlenerek yayımlanır. "
                     "Abonelik için lütfen iletişime geçiniz.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "remanded in custody"));
    assert_false(kept(&doc, "abonelere"));
    fnr_doc_destroy(&doc);
}

/* A reader's comment set as an <article> is never the report, however long. */
static void test_html_comment_articles(void **state)
{
    (void)state;
    const char *in =
        "<html><body><h1>Cell held in Kirkuk</h1><article><p>Security forces arrested five "
        "members of a cell in Kirkuk province on Wednesday, officials said.</p></article>"
        "<article class=\"comment-body\"><p>Reader: the same thing happened in Mosul last year "
        "and nobody was ever tried for it, they all walked free after a few months, every one "
        "of them, and the families of the victims are still waiting for justice from the "
        "courts in Baghdad and Erbil.</p></article></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "members of a cell in Kirkuk"));
    fnr_doc_destroy(&doc);
}

/* A list of other stories atop the page ("Trending") ends at the report's
 * title, which its byline follows: the title, the standfirst and the lead
 * stay. */
static void test_plain_list_atop_title(void **state)
{
    (void)state;
    const char *in =
        "Courier\nTrending\n"
        "Turkish police arrest 30 suspects in 5 provinces\n"
        "Gendarmerie captures militant wanted for 2016 attack\n"
        "Security\n"
        "Türkiye extradites Iranian suspect to Denmark\n"
        "The suspect, wanted for a 2023 killing in Copenhagen, was handed over at an airport, "
        "the ministry said.\n"
        "By Ece Toksöz\n"
        "March 27, 2026\n"
        "Türkiye has extradited an Iranian national wanted in Denmark over the killing of an "
        "exiled activist in Copenhagen, the Justice Ministry said on Thursday.\n"
        "The man was arrested in Istanbul in November on a red notice.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Türkiye extradites Iranian suspect to Denmark");
    assert_true(kept(&doc, "handed over at an airport"));
    assert_true(kept(&doc, "Türkiye has extradited"));
    static const char *const gone[] = { "30 suspects", "Gendarmerie", "Ece" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* A menu of links with separators between them in one cell is all links. */
static void test_html_menu_separators(void **state)
{
    (void)state;
    const char *in =
        "<html><body><table><tr><td><a href=\"/\">HOME</a> | <a href=\"/t\">TÜRKİYE</a> | "
        "<a href=\"/w\">WORLD</a> | <a href=\"/e\">ECONOMY</a></td></tr></table>"
        "<p>Police detained seven suspects in an inquiry into the funding of a cell in Adana on "
        "Thursday, the governor said.</p></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "seven suspects"));
    assert_false(kept(&doc, "ECONOMY"));
    fnr_doc_destroy(&doc);
}

/* A page's time stamp goes wherever it sits, after a standfirst too. */
static void test_stamp_after_standfirst(void **state)
{
    (void)state;
    const char *in = "Suspect handed over to Denmark\n\n"
                     "The suspect, wanted for a 2023 killing in Copenhagen, was handed over at an "
                     "airport, the ministry said.\n\n"
                     "March 27, 2026 10:42 AM GMT+03:00\n\n"
                     "Türkiye has extradited a man wanted in Denmark over the killing of an exiled "
                     "activist in Copenhagen, the Justice Ministry said on Thursday.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "handed over at an"));
    assert_true(kept(&doc, "has extradited"));
    assert_false(kept(&doc, "AM GMT"));
    fnr_doc_destroy(&doc);
}

/* The same furniture as markup: figure captions, bylines, tags, an author's
 * box, lists of other stories under their heading and a menu in divs. */
static void test_html_page_furniture(void **state)
{
    (void)state;
    const char *in =
        "<!DOCTYPE html><html><head><title>Nine held over spying in Ankara | Agency</title>"
        "</head><body>"
        "<div class=\"top-bar\"><ul><li>World</li><li>Turkey</li><li>Economy</li></ul></div>"
        "<main><article><h1>Nine held over spying in Ankara</h1>"
        "<div class=\"detail\"><span>03.04.2025</span> <a class=\"author-name\">Selin Arikan</a></div>"
        "<figure><img src=\"a.jpg\"><figcaption>Police vehicles in Ankara. "
        "Agency/File Photo</figcaption></figure>"
        "<p>ANKARA - Turkish police arrested nine suspects accused of spying on dissidents for a "
        "foreign service, judicial sources said on Thursday.</p>"
        "<p>One of the suspects, identified as Halil Demirci, has been sent to prison.</p>"
        "<div class=\"article-tags\">Tags: <a>Turkey</a> <a>espionage</a></div>"
        "<div class=\"writer-box\"><h4>Selin Arikan</h4><p>Selin Arikan is a correspondent "
        "covering security for the agency.</p></div>"
        "</article>"
        "<section class=\"more-news\"><h3>More from Agency</h3><ul>"
        "<li>Gendarmerie captures Abu Hamza al-Iraqi in Sanliurfa</li>"
        "<li>Court jails 3 over Mossad spy ring</li></ul></section>"
        "<div class=\"box\"><h3>RELATED</h3><p>Iraqi forces kill 5 PKK members in Duhok</p></div>"
        "</main></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Nine held over spying in Ankara");
    assert_true(kept(&doc, "ANKARA - Turkish police"));
    assert_true(kept(&doc, "Halil Demirci"));
    static const char *const gone[] = { "World",     "Economy",   "Selin Arikan", "File Photo",
                                        "espionage", "Abu Hamza", "Mossad",       "Duhok" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    /* the date from the line that is only a date, read before it went */
    assert_int_equal(doc.date.prec, FNR_DATE_DAY);
    assert_int_equal(doc.date.year, 2025);
    assert_int_equal(doc.date.month, 4);
    assert_int_equal(doc.date.day, 3);
    fnr_doc_destroy(&doc);
}

/* A page's strip of account links over the report ("Friday, 20 November
 * 2026 Log in Subscribe") is furniture: "in Subscribe" names no place. */
static void test_account_links_strip(void **state)
{
    (void)state;
    const char *in =
        "<html><body><div class=\"strip\"><span>Friday, 20 November 2026</span> <a>Log "
        "in</a> <a>Subscribe</a></div>"
        "<article><h1>Court jails six over sabotage plot</h1>"
        "<p>VILNIUS - A court sentenced six men for plotting to set fire to a depot, "
        "prosecutors said on Thursday.</p></article></body></html>";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_true(kept(&doc, "VILNIUS - A court"));
    static const char *const gone[] = { "Subscribe", "Log in" };
    assert_none_kept(&doc, gone, sizeof gone / sizeof gone[0]);
    fnr_doc_destroy(&doc);
}

/* The document date of a copied page: a "Published" line in day-first
 * digits or a line that is only a date, below the site's menu; "Updated 2
 * hours ago" gives none (relative dates stay unresolved). */
static void test_page_dates(void **state)
{
    (void)state;

    static const struct {
        const char *date_line;
        int year, month, day;
    } cases[] = {
        { "Published 12.03.2025 14:05\nUpdated 12.03.2025 16:40", 2025, 3, 12 },
        { "June 18, 2025 11:47 AM GMT\nUpdated 2 hours ago", 2025, 6, 18 },
        { "Updated 9:15 AM GMT+1, January 29, 2025", 2025, 1, 29 },
        { "Updated 2 hours ago", 0, 0, 0 },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char in[1024];
        snprintf(in, sizeof in,
                 "Site\nWorld\nBusiness\nMarkets\nLegal\nTechnology\nSport\nCulture\nTravel\n\n"
                 "Prosecutors charge two men with spying\n\n%s\n\n"
                 "BERLIN - Federal prosecutors have charged two men with spying for a foreign "
                 "service, the prosecutor's office said on Wednesday.\n",
                 cases[i].date_line);
        fnr_doc doc;
        assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
        assert_int_equal(doc.date.year, cases[i].year);
        assert_int_equal(doc.date.month, cases[i].month);
        assert_int_equal(doc.date.day, cases[i].day);
        assert_false(kept(&doc, "Updated"));
        assert_false(kept(&doc, "Markets"));
        assert_true(kept(&doc, "BERLIN - Federal"));
        fnr_doc_destroy(&doc);
    }
}

/* A dateline whose date stands alone after the dash, the report on the
 * lines below: "MAPUTO, Mozambique (AP) — November 19, 2026". */
static void test_dateline_date_after_dash(void **state)
{
    (void)state;
    const char *in = "Troops kill militant commander\n\n"
                     "PEMBA, Mozambique (AP) \xe2\x80\x94 March 4, 2026\n\n"
                     "Troops killed a militant commander in Cabo Delgado on Monday, the army "
                     "said.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    assert_day(doc.date, 2026, 3, 4);
    fnr_doc_destroy(&doc);
}

static void test_wrapped_lines_join(void **state)
{
    (void)state;
    const char *in = "The prosecutor said the network had moved money through\n"
                     "exchange offices in three cities, and that its leader\n"
                     "had met foreign officers twice in the past two years.\n"
                     "He gave no further details about the case or the men.\n";
    fnr_doc doc;
    assert_int_equal(decode(in, NULL, &doc, NULL), FNR_OK);
    fnr_vec sents;
    fnr_vec_init(&sents, sizeof(fnr_sentence));
    assert_int_equal(fnr_sentences_split(&doc, &sents), FNR_OK);
    assert_int_equal(sents.len, 2);
    fnr_vec_destroy(&sents);
    fnr_doc_destroy(&doc);
}

static void test_nomem(void **state)
{
    (void)state;
    /* Every allocation failure gives FNR_NOMEM, an empty doc and no leak. */
    const char *inputs[] = { "Title\n\nA paragraph here. Another one.\nShare this article\n",
                             page };
    for (size_t k = 0; k < 2; k++) {
        for (long n = 0; n < 400; n++) {
            fnr_doc doc;
            fnr_error err;
            fnr_alloc_fail_after(n);
            fnr_status st = decode(inputs[k], NULL, &doc, &err);
            fnr_alloc_fail_after(-1);
            if (st == FNR_OK) {
                fnr_doc_destroy(&doc);
                break;
            }
            assert_int_equal(st, FNR_NOMEM);
            assert_null(doc.text);
            assert_null(doc.title);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_passthrough),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_leading_date_line),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_html_og_title_and_time),
        cmocka_unit_test(test_byline_date),
        cmocka_unit_test(test_html_broken),
        cmocka_unit_test(test_html_charset),
        cmocka_unit_test(test_format_detection),
        cmocka_unit_test(test_plain_boilerplate_tail),
        cmocka_unit_test(test_plain_boilerplate_general),
        cmocka_unit_test(test_plain_boilerplate_anywhere),
        cmocka_unit_test(test_plain_page_furniture),
        cmocka_unit_test(test_plain_page_body_stays),
        cmocka_unit_test(test_plain_outlet_lines),
        cmocka_unit_test(test_html_link_blocks),
        cmocka_unit_test(test_html_title_site_name),
        cmocka_unit_test(test_two_word_paragraph),
        cmocka_unit_test(test_author_bio),
        cmocka_unit_test(test_strong_marker_not_tail),
        cmocka_unit_test(test_turkish_list_heads),
        cmocka_unit_test(test_turkish_upper_heads),
        cmocka_unit_test(test_html_before_title),
        cmocka_unit_test(test_plain_wire_page),
        cmocka_unit_test(test_html_inline_boxes),
        cmocka_unit_test(test_plain_site_name_first),
        cmocka_unit_test(test_social_call),
        cmocka_unit_test(test_stamp_after_long_menu),
        cmocka_unit_test(test_html_figure_comments),
        cmocka_unit_test(test_plain_agency_captions),
        cmocka_unit_test(test_published_after_title),
        cmocka_unit_test(test_newsletter_box),
        cmocka_unit_test(test_html_report_box_kept),
        cmocka_unit_test(test_html_article_cards),
        cmocka_unit_test(test_html_site_blurb),
        cmocka_unit_test(test_plain_turkish_subscribers),
        cmocka_unit_test(test_html_comment_articles),
        cmocka_unit_test(test_plain_list_atop_title),
        cmocka_unit_test(test_html_menu_separators),
        cmocka_unit_test(test_stamp_after_standfirst),
        cmocka_unit_test(test_html_page_furniture),
        cmocka_unit_test(test_account_links_strip),
        cmocka_unit_test(test_dateline_date_after_dash),
        cmocka_unit_test(test_page_dates),
        cmocka_unit_test(test_wrapped_lines_join),
        cmocka_unit_test(test_nomem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
