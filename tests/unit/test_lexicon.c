/*
 * Tests of the lexicon (src/extract/lexicon.c): the built-in dictionaries
 * load, aliases of one thing meet in one group, places carry countries and
 * coordinates, prefixes are known, user TSV and PETRARCH2 files load, and a
 * malformed line is reported with its line and column.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "base/buf.h"
#include "base/map.h"
#include "base/utf8.h"
#include "extract/builtin.h"
#include "extract/lexicon.h"

static fnr_lexicon *builtin;

static int setup(void **state)
{
    (void)state;
    fnr_error err;
    struct timespec t0, t1;
    builtin = fnr_lexicon_new();
    if (!builtin)
        return -1;
    timespec_get(&t0, TIME_UTC);
    fnr_status st = fnr_lexicon_load_builtin(builtin, &err);
    timespec_get(&t1, TIME_UTC);
    if (st != FNR_OK) {
        fprintf(stderr, "load_builtin: %s\n", err.message);
        return -1;
    }
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    fprintf(stderr, "# builtin lexicon: %zu entries from %zu files in %.1f ms\n",
            fnr_lexicon_size(builtin), fnr_n_builtin_files, ms);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fnr_lexicon_free(builtin);
    return 0;
}

/* The entry of class cls for the match key of surface. */
static const fnr_lex_entry *find(const fnr_lexicon *lex, const char *surface, fnr_lex_class cls)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_matchkey(surface, strlen(surface), &b), FNR_OK);
    const fnr_lex_entry *e = fnr_lexicon_find(lex, b.data ? b.data : "", b.len, cls);
    fnr_buf_destroy(&b);
    return e;
}

static bool has_prefix(const fnr_lexicon *lex, const char *surface)
{
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_matchkey(surface, strlen(surface), &b), FNR_OK);
    bool r = fnr_lexicon_has_prefix(lex, b.data ? b.data : "", b.len);
    fnr_buf_destroy(&b);
    return r;
}

static void test_mit_aliases(void **state)
{
    (void)state;
    const char *forms[] = { "MİT",
                            "MIT",
                            "National Intelligence Organisation",
                            "National Intelligence Organization",
                            "Millî İstihbarat Teşkilatı",
                            "Turkish National Intelligence Organization" };
    const fnr_lex_entry *first = find(builtin, forms[0], FNR_LEX_ORG);
    assert_non_null(first);
    assert_string_equal(first->kind, "intelligence_service");
    assert_string_equal(first->country, "TUR");
    for (size_t i = 1; i < sizeof forms / sizeof forms[0]; i++) {
        const fnr_lex_entry *e = find(builtin, forms[i], FNR_LEX_ORG);
        assert_non_null(e);
        assert_int_equal(e->group, first->group);
        assert_string_equal(e->canon, first->canon);
    }
    assert_string_equal(first->canon, "National Intelligence Organization");
}

static void test_daesh_aliases(void **state)
{
    (void)state;
    const fnr_lex_entry *d = find(builtin, "Daesh", FNR_LEX_ORG);
    const fnr_lex_entry *i = find(builtin, "ISIL", FNR_LEX_ORG);
    const fnr_lex_entry *s = find(builtin, "Islamic State", FNR_LEX_ORG);
    const fnr_lex_entry *l = find(builtin, "Islamic State of Iraq and the Levant", FNR_LEX_ORG);
    assert_non_null(d);
    assert_non_null(i);
    assert_non_null(s);
    assert_non_null(l);
    assert_int_equal(d->group, i->group);
    assert_int_equal(d->group, s->group);
    assert_int_equal(d->group, l->group);
    assert_string_equal(d->kind, "militant_group");
    /* Another group stays apart. */
    const fnr_lex_entry *pkk = find(builtin, "PKK", FNR_LEX_ORG);
    assert_non_null(pkk);
    assert_int_not_equal(pkk->group, d->group);
}

static void test_turkiye(void **state)
{
    (void)state;
    const fnr_lex_entry *a = find(builtin, "Türkiye", FNR_LEX_LOCATION);
    const fnr_lex_entry *b = find(builtin, "Turkey", FNR_LEX_LOCATION);
    const fnr_lex_entry *c = find(builtin, "Turkiye", FNR_LEX_LOCATION);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    assert_int_equal(a->group, b->group);
    assert_int_equal(a->group, c->group);
    assert_string_equal(a->country, "TUR");
    assert_string_equal(b->country, "TUR");
    assert_string_equal(a->kind, "country");
    assert_true(a->has_coords);

    const fnr_lex_entry *us = find(builtin, "U.S.", FNR_LEX_LOCATION);
    const fnr_lex_entry *usa = find(builtin, "United States", FNR_LEX_LOCATION);
    assert_non_null(us);
    assert_non_null(usa);
    assert_int_equal(us->group, usa->group);
    assert_string_equal(us->country, "USA");
    const fnr_lex_entry *kos = find(builtin, "Kosovo", FNR_LEX_LOCATION);
    assert_non_null(kos);
    assert_string_equal(kos->country, "XKX");
}

static void test_demonyms(void **state)
{
    (void)state;
    const fnr_lex_entry *t = find(builtin, "Turkish", FNR_LEX_DEMONYM);
    assert_non_null(t);
    assert_string_equal(t->country, "TUR");
    assert_null(find(builtin, "Turkish", FNR_LEX_LOCATION));

    const struct {
        const char *dem, *cc;
    } cases[] = { { "Iranian", "IRN" },  { "Israeli", "ISR" }, { "Syrian", "SYR" },
                  { "Tunisian", "TUN" }, { "Kuwaiti", "KWT" }, { "Briton", "GBR" },
                  { "British", "GBR" },  { "Belgian", "BEL" }, { "Moroccan", "MAR" } };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const fnr_lex_entry *e = find(builtin, cases[i].dem, FNR_LEX_DEMONYM);
        assert_non_null(e);
        assert_string_equal(e->country, cases[i].cc);
    }
}

static void test_places(void **state)
{
    (void)state;
    const char *names[] = { "Mersin", "Silivri", "Antalya", "Istanbul" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const fnr_lex_entry *e = find(builtin, names[i], FNR_LEX_LOCATION);
        assert_non_null(e);
        assert_string_equal(e->country, "TUR");
        assert_true(e->has_coords);
        assert_true(e->lat > 35.0f && e->lat < 43.0f);
        assert_true(e->lon > 25.0f && e->lon < 45.0f);
    }
    const char *syria[] = { "Aleppo", "Idlib",  "Raqqa",     "Deir ez-Zor", "al-Bab",
                            "Afrin",  "Manbij", "Tal Abyad", "Latakia" };
    for (size_t i = 0; i < sizeof syria / sizeof syria[0]; i++) {
        const fnr_lex_entry *e = find(builtin, syria[i], FNR_LEX_LOCATION);
        assert_non_null(e);
        assert_string_equal(e->country, "SYR");
    }
    assert_non_null(find(builtin, "Mosul", FNR_LEX_LOCATION));
    assert_non_null(find(builtin, "Nineveh", FNR_LEX_LOCATION));
    assert_non_null(find(builtin, "Middle East", FNR_LEX_LOCATION));
    assert_non_null(find(builtin, "Balkans", FNR_LEX_LOCATION));
    /* A common English word is not a place. */
    assert_null(find(builtin, "Reading", FNR_LEX_LOCATION));

    /* Entries of one key come by class, then population descending. */
    fnr_buf b;
    fnr_buf_init(&b, 0);
    assert_int_equal(fnr_matchkey("Damascus", 8, &b), FNR_OK);
    const fnr_lex_entry *const *items;
    size_t n = fnr_lexicon_get(builtin, b.data, b.len, &items);
    fnr_buf_destroy(&b);
    assert_true(n >= 2);
    assert_string_equal(items[0]->country, "SYR");
    for (size_t i = 1; i < n; i++) {
        assert_true(items[i - 1]->cls <= items[i]->cls);
        if (items[i - 1]->cls == items[i]->cls)
            assert_true(items[i - 1]->population >= items[i]->population);
    }
}

static void test_cues_names_triggers(void **state)
{
    (void)state;
    assert_non_null(find(builtin, "Kasım", FNR_LEX_GIVEN_NAME));
    assert_non_null(find(builtin, "Kasim", FNR_LEX_GIVEN_NAME));
    assert_non_null(find(builtin, "Hüseyin", FNR_LEX_GIVEN_NAME));
    assert_non_null(find(builtin, "Mohammed", FNR_LEX_GIVEN_NAME));
    assert_non_null(find(builtin, "abu", FNR_LEX_PARTICLE));
    assert_non_null(find(builtin, "Ebu", FNR_LEX_PARTICLE));
    assert_non_null(find(builtin, "Interior Minister", FNR_LEX_TITLE));
    assert_non_null(find(builtin, "regiment", FNR_LEX_ORG_HEAD));
    assert_non_null(find(builtin, "district", FNR_LEX_LOC_HEAD));
    assert_non_null(find(builtin, "However", FNR_LEX_STOPWORD));
    assert_non_null(find(builtin, "Monday", FNR_LEX_STOPWORD));

    const fnr_lex_entry *t = find(builtin, "captured", FNR_LEX_TRIGGER);
    assert_non_null(t);
    assert_string_equal(t->kind, "arrest");
    assert_string_equal(t->cameo, "173");
    assert_true(t->passive_ok);
    assert_string_equal(t->canon, "capture");
    t = find(builtin, "taken into custody", FNR_LEX_TRIGGER);
    assert_non_null(t);
    assert_string_equal(t->kind, "arrest");
    t = find(builtin, "drone strike", FNR_LEX_TRIGGER);
    assert_non_null(t);
    assert_string_equal(t->cameo, "195");
    t = find(builtin, "shared intelligence", FNR_LEX_TRIGGER);
    assert_non_null(t);
    assert_string_equal(t->kind, "intel_sharing");
    assert_string_equal(t->cameo, "064");
}

static void test_prefix(void **state)
{
    (void)state;
    assert_true(has_prefix(builtin, "national intelligence"));
    assert_true(has_prefix(builtin, "National"));
    assert_true(has_prefix(builtin, "Islamic State of"));
    assert_false(has_prefix(builtin, "National Intelligence Organization"));
    assert_false(has_prefix(builtin, "zzqx"));
    assert_false(has_prefix(builtin, "nation")); /* not a whole word */
}

/* fnr_lexicon_lookup: entries, classes, prefix and tags from one lookup;
 * a key that is only a prefix, or only tagged, has no entries. */
static void test_lookup_and_tags(void **state)
{
    (void)state;
    fnr_lexicon *lex = fnr_lexicon_new();
    assert_non_null(lex);
    fnr_lex_entry org = { .cls = FNR_LEX_ORG, .kind = "police" };
    fnr_lex_entry trig = { .cls = FNR_LEX_TRIGGER, .kind = "arrest" };
    assert_int_equal(fnr_lexicon_add(lex, "Kara Yel Police", 15, &org, NULL), FNR_OK);
    assert_int_equal(fnr_lexicon_add(lex, "kara", 4, &trig, NULL), FNR_OK);
    const fnr_lex_key *k = fnr_lexicon_lookup(lex, "kara", 4);
    assert_non_null(k);
    assert_int_equal(k->n, 1);
    assert_true(k->prefix);
    assert_int_equal(k->classes, 1u << FNR_LEX_TRIGGER);
    k = fnr_lexicon_lookup(lex, "kara yel", 8);
    assert_non_null(k);
    assert_int_equal(k->n, 0);
    assert_true(k->prefix);
    assert_int_equal(fnr_lexicon_get(lex, "kara yel", 8, NULL), 0);
    /* an entry for a key that was a prefix only */
    assert_int_equal(fnr_lexicon_add(lex, "Kara Yel", 8, &org, NULL), FNR_OK);
    k = fnr_lexicon_lookup(lex, "kara yel", 8);
    assert_int_equal(k->n, 1);
    assert_true(k->prefix);
    assert_int_equal(k->classes, 1u << FNR_LEX_ORG);
    k = fnr_lexicon_lookup(lex, "kara yel police", 15);
    assert_false(k->prefix);
    assert_null(fnr_lexicon_lookup(lex, "yel", 3));
    /* tags */
    assert_int_equal(fnr_lexicon_tag(lex, "yel", 3, 4), FNR_OK);
    assert_int_equal(fnr_lexicon_tag(lex, "yel", 3, 1), FNR_OK);
    assert_int_equal(fnr_lexicon_tag(lex, "kara", 4, 2), FNR_OK);
    k = fnr_lexicon_lookup(lex, "yel", 3);
    assert_non_null(k);
    assert_int_equal(k->tags, 5);
    assert_int_equal(k->n, 0);
    assert_false(fnr_lexicon_has_prefix(lex, "yel", 3));
    assert_int_equal(fnr_lexicon_lookup(lex, "kara", 4)->tags, 2);
    /* cues: a second set of tag bits, beside the tags */
    assert_int_equal(fnr_lexicon_cue(lex, "yel", 3, 8), FNR_OK);
    assert_int_equal(fnr_lexicon_cue(lex, "yel", 3, 1), FNR_OK);
    k = fnr_lexicon_lookup(lex, "yel", 3);
    assert_int_equal(k->cues, 9);
    assert_int_equal(k->tags, 5);
    assert_int_equal(fnr_lexicon_lookup(lex, "kara", 4)->cues, 0);
    assert_int_equal(fnr_lexicon_cue(lex, "", 0, 1), FNR_INVALID);
    assert_int_equal(fnr_lexicon_size(lex), 3);
    size_t it = 0, n = 0;
    const char *key;
    size_t key_len;
    while (fnr_lexicon_next_key(lex, &it, &key, &key_len, &k))
        n++;
    assert_int_equal(n, 4); /* kara yel police, kara, kara yel, yel */
    fnr_lexicon_free(lex);
}

static void test_user_tsv(void **state)
{
    (void)state;
    fnr_lexicon *lex = fnr_lexicon_new();
    assert_non_null(lex);
    fnr_error err;
    const char *tsv = "#format: orgs\n"
                      "# a comment\n"
                      "\n"
                      "Karakum Service\tintelligence_service\tTKM\tKarakum|KS Service\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "user.tsv", tsv, strlen(tsv), &err), FNR_OK);
    const fnr_lex_entry *a = find(lex, "Karakum Service", FNR_LEX_ORG);
    const fnr_lex_entry *b = find(lex, "karakum", FNR_LEX_ORG);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->group, b->group);
    assert_string_equal(b->canon, "Karakum Service");
    assert_string_equal(b->country, "TKM");
    assert_int_equal(fnr_lexicon_size(lex), 3);

    /* A file named like its kind needs no header; fnr_lexicon_add works too. */
    const char *places = "Tulpar Valley\tarea\tTUR\t38.5\t40.1\t\tTulpar\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "my_places.tsv", places, strlen(places), &err),
                     FNR_OK);
    const fnr_lex_entry *p = find(lex, "Tulpar", FNR_LEX_LOCATION);
    assert_non_null(p);
    assert_true(p->has_coords);
    fnr_lex_entry proto = { .cls = FNR_LEX_PERSON, .kind = "code_name" };
    uint32_t g = 0;
    assert_int_equal(fnr_lexicon_add(lex, "Kara Yel", 8, &proto, &g), FNR_OK);
    assert_true(g != 0);
    proto.group = g;
    proto.canon = "Kara Yel";
    assert_int_equal(fnr_lexicon_add(lex, "Selim Yurt", 10, &proto, NULL), FNR_OK);
    const fnr_lex_entry *s = find(lex, "selim yurt", FNR_LEX_PERSON);
    assert_non_null(s);
    assert_int_equal(s->group, g);
    assert_string_equal(s->canon, "Kara Yel");
    fnr_lexicon_free(lex);
}

static void test_malformed(void **state)
{
    (void)state;
    fnr_lexicon *lex = fnr_lexicon_new();
    assert_non_null(lex);
    fnr_error err;
    const char *bad_type = "#format: triggers\ncapture\tarrest\t173\t1\n"
                           "nab\tarest\t173\t1\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "t.tsv", bad_type, strlen(bad_type), &err),
                     FNR_BADINPUT);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 5);
    assert_non_null(strstr(err.message, "t.tsv"));
    assert_non_null(strstr(err.message, "line 3"));

    const char *bad_coord = "#format: places\nX\tcity\tTUR\t95\t30\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "p", bad_coord, strlen(bad_coord), &err),
                     FNR_BADINPUT);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 12);

    const char *no_tabs = "#format: orgs\nJust a name without fields\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "o", no_tabs, strlen(no_tabs), &err), FNR_BADINPUT);
    assert_int_equal(err.line, 2);

    const char *bad_cc = "#format: orgs\nFoo\tpolice\tturkey\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "o", bad_cc, strlen(bad_cc), &err), FNR_BADINPUT);
    assert_int_equal(err.column, 12);

    const char *unknown = "Foo\tBar\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "x.txt", unknown, strlen(unknown), &err),
                     FNR_BADINPUT);

    const char bad_utf8[] = "#format: orgs\nFo\xff\tpolice\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "o", bad_utf8, sizeof bad_utf8 - 1, &err),
                     FNR_BADINPUT);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 3);

    assert_int_equal(fnr_lexicon_load_file(lex, "/nonexistent/dict.tsv", &err), FNR_NOINPUT);
    assert_non_null(strstr(err.message, "/nonexistent/dict.tsv"));
    fnr_lexicon_free(lex);
}

static void test_petrarch(void **state)
{
    (void)state;
    fnr_lexicon *lex = fnr_lexicon_new();
    assert_non_null(lex);
    fnr_error err;
    const char *actors = "# comment line\n"
                         "TURKEY_  [TUR]\n"
                         "+TURKIYE_\n"
                         "+REPUBLIC_OF_TURKEY  # note\n"
                         "\n"
                         "TURKISH_NATIONAL_POLICE_ [TURCOP]\n"
                         "+TURKISH_POLICE\n"
                         "RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt\n"
                         "+ERDOGAN_\n"
                         "[TURGOV 030314-140828]\n"
                         "THE_UNITED_NATIONS_ [IGOUNO]\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "x.actors.txt", actors, strlen(actors), &err),
                     FNR_OK);
    const fnr_lex_entry *t = find(lex, "Turkey", FNR_LEX_LOCATION);
    const fnr_lex_entry *r = find(lex, "Republic of Turkey", FNR_LEX_LOCATION);
    assert_non_null(t);
    assert_non_null(r);
    assert_int_equal(t->group, r->group);
    assert_string_equal(t->country, "TUR");
    const fnr_lex_entry *p = find(lex, "turkish police", FNR_LEX_ORG);
    assert_non_null(p);
    assert_string_equal(p->kind, "police");
    assert_string_equal(p->country, "TUR");
    const fnr_lex_entry *e = find(lex, "Erdogan", FNR_LEX_PERSON);
    assert_non_null(e);
    assert_string_equal(e->country, "TUR");
    assert_string_equal(e->canon, "RECEP TAYYIP ERDOGAN");
    const fnr_lex_entry *un = find(lex, "the united nations", FNR_LEX_ORG);
    assert_non_null(un);
    assert_string_equal(un->kind, "international");

    const char *verbs = "####### VERB PATTERNS #######\n"
                        "---  KILL   [190]  ---\n"
                        "+SHOOT_DOWN {+SHOOTS_DOWN +SHOT_DOWN } # comment\n"
                        "HANG  {HANGS HANGING HANGED  HUNG }\n"
                        "ASSASSINATE [186]\n"
                        "- * ARREST   [173]   # pattern, skipped\n"
                        "---  ARREST   [173]  ---\n"
                        "ARREST {ARRESTS ARRESTED ARRESTING}\n"
                        "---  ACCELERATE   [---]  ---\n"
                        "HASTEN\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "CAMEO.txt", verbs, strlen(verbs), &err), FNR_OK);
    const fnr_lex_entry *v = find(lex, "hanged", FNR_LEX_TRIGGER);
    assert_non_null(v);
    assert_string_equal(v->canon, "hang");
    assert_string_equal(v->cameo, "190");
    assert_string_equal(v->kind, "military_operation");
    v = find(lex, "shot down", FNR_LEX_TRIGGER);
    assert_non_null(v);
    v = find(lex, "assassinate", FNR_LEX_TRIGGER);
    assert_non_null(v);
    assert_string_equal(v->kind, "kill");
    v = find(lex, "arrested", FNR_LEX_TRIGGER);
    assert_non_null(v);
    assert_string_equal(v->kind, "arrest");
    assert_null(find(lex, "hasten", FNR_LEX_TRIGGER));

    const char *agents = "!PERSON! = MAN, MEN\n"
                         "POLICE [~COP]\n"
                         "CATTLE!PERSON! [~AGR]\n"
                         "SPY [~SPY]\n";
    assert_int_equal(fnr_lexicon_load_mem(lex, "agents.txt", agents, strlen(agents), &err), FNR_OK);
    v = find(lex, "police", FNR_LEX_ORG_HEAD);
    assert_non_null(v);
    assert_string_equal(v->kind, "COP");
    fnr_lexicon_free(lex);
}

static void test_shared_petrarch_files(void **state)
{
    (void)state;
    const char *files[] = { "/work/shared/dictionaries/Phoenix.MilNonState.actors.txt",
                            "/work/shared/dictionaries/Phoenix.agents.txt",
                            "/work/shared/dictionaries/CAMEO.2.0.txt" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        FILE *f = fopen(files[i], "rb");
        if (!f)
            continue; /* shared/ is not beside every checkout */
        fclose(f);
        fnr_lexicon *lex = fnr_lexicon_new();
        assert_non_null(lex);
        fnr_error err;
        fnr_status st = fnr_lexicon_load_file(lex, files[i], &err);
        if (st != FNR_OK)
            fprintf(stderr, "%s: %s\n", files[i], err.message);
        assert_int_equal(st, FNR_OK);
        assert_true(fnr_lexicon_size(lex) > 50);
        fnr_lexicon_free(lex);
    }
}

static void test_deterministic(void **state)
{
    (void)state;
    fnr_lexicon *again = fnr_lexicon_new();
    assert_non_null(again);
    assert_int_equal(fnr_lexicon_load_builtin(again, NULL), FNR_OK);
    assert_int_equal(fnr_lexicon_size(again), fnr_lexicon_size(builtin));
    const char *probe[] = { "MIT", "Daesh", "Turkey", "Mersin", "captured", "Aleppo" };
    for (size_t i = 0; i < sizeof probe / sizeof probe[0]; i++) {
        const fnr_lex_entry *a = find(builtin, probe[i], FNR_LEX_LOCATION);
        const fnr_lex_entry *b = find(again, probe[i], FNR_LEX_LOCATION);
        assert_true((a == NULL) == (b == NULL));
        if (a)
            assert_int_equal(a->group, b->group);
        a = find(builtin, probe[i], FNR_LEX_ORG);
        b = find(again, probe[i], FNR_LEX_ORG);
        assert_true((a == NULL) == (b == NULL));
        if (a)
            assert_int_equal(a->group, b->group);
    }
    fnr_lexicon_free(again);
    fnr_lexicon_free(NULL);
}

/* The lexicon's hash is fnr_hash, whatever the length and bytes. */
static void test_hash_is_fnr_hash(void **state)
{
    (void)state;
    unsigned char buf[80];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 37 + 200);
    for (size_t off = 0; off < 8; off++)
        for (size_t len = 0; len + off <= sizeof buf; len++)
            assert_true(fnr_lexicon_hash((const char *)buf + off, len) == fnr_hash(buf + off, len));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mit_aliases),     cmocka_unit_test(test_daesh_aliases),
        cmocka_unit_test(test_turkiye),         cmocka_unit_test(test_demonyms),
        cmocka_unit_test(test_places),          cmocka_unit_test(test_cues_names_triggers),
        cmocka_unit_test(test_prefix),          cmocka_unit_test(test_user_tsv),
        cmocka_unit_test(test_lookup_and_tags), cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_petrarch),        cmocka_unit_test(test_shared_petrarch_files),
        cmocka_unit_test(test_deterministic),   cmocka_unit_test(test_hash_is_fnr_hash),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
