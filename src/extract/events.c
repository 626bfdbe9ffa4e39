/*
 * Events of one document: trigger words and phrases from the lexicon coded
 * into the nine event types, with actors and targets (active and passive
 * voice, "by" agents, the kind of each organisation), the place, the date
 * (from the sentence or carried from the paragraph) and the count of persons
 * the action applied to.
 *
 * Runs after ner.c has built the entities; reads tokens and mentions only.
 * Every event names the rule that made it.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "extract/extract_int.h"

typedef struct trig {
    size_t t0, t1; /* tokens */
    fnr_event_type type;
    const char *cameo;
    const char *rule;
    long year;     /* year_before t0 in its whole sentence, once known; else YEAR_UNKNOWN */
    uint32_t cand; /* t0's index in d->trig_toks */
} trig;

#define YEAR_UNKNOWN LONG_MIN

static bool is_punct_c(const x_doc *d, size_t i, char c)
{
    return x_tok(d, i)->punct == (unsigned char)c; /* (c is never NUL) */
}

/* Whether token i is a quotation mark (straight or curly). */
static bool quote_tok(const x_doc *d, size_t i)
{
    const xtok *t = x_tok(d, i);
    if (t->kind != FNR_TOK_PUNCT)
        return false;
    if (t->punct == '"' || t->punct == '\'')
        return true;
    const unsigned char *p = (const unsigned char *)d->doc.text + t->start;
    return t->end - t->start == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9F;
}

/* The token after the mention that starts at token i, or s1 when there is
 * no mention there or it ends the sentence. */
static size_t after_mention(const x_doc *d, size_t i, size_t s1)
{
    int32_t m = x_tok(d, i)->mention;
    size_t k = m < 0 ? s1 : x_men(d, (size_t)m)->tok1;
    return k < s1 ? k : s1;
}

/* Whether token k is a word of nationality that "of" and a country follow
 * ("citizens of Tajikistan", "a national of Uzbekistan"). */
static bool of_nationality(const x_doc *d, size_t k)
{
    static const char *const NATIONALITY[] = { "citizen", "citizens", "national", "nationals",
                                               "native",  "natives",  NULL };
    return x_tok_in(d, k, NATIONALITY);
}

/* Whether the mention starting at token i is tied to a word of affiliation
 * ("al-Qaida-linked", "Islamic State-inspired"): the tokeniser cuts such a
 * word off a name, so a hyphen touching the name and a lower-case word is
 * one. The name qualifies someone else; it is no party of the event. */
static bool affiliated_at(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    /* ("the U.S.-led coalition": past the abbreviation's period) */
    if (k + 2 < s1 && is_punct_c(d, k, '.') && x_tok(d, k - 1)->end == x_tok(d, k)->start &&
        is_punct_c(d, k + 1, '-'))
        k++;
    if (k + 1 >= s1 || !is_punct_c(d, k, '-'))
        return false;
    const xtok *h = x_tok(d, k), *w = x_tok(d, k + 1);
    return x_tok(d, k - 1)->end == h->start && h->end == w->start && (w->xflags & XT_LOWER);
}

/* Whether token k is part of a name or of its tie to a word of
 * affiliation ("Islamic State-inspired"): a modifier counted as one word. */
static bool modifier_name(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    if (t->mention >= 0 || is_punct_c(d, k, '-'))
        return true;
    return k > 0 && is_punct_c(d, k - 1, '-') && x_tok(d, k - 1)->end == t->start &&
           (t->xflags & XT_LOWER);
}

/* Whether the mention starting at token i opens a dateline ("Mogadishu -",
 * "ANKARA (AA) -", "Kabul —"): where the report was filed, not who acted. */
static bool dateline_at(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    /* "TBILISI/ANKARA -": the places of a dateline filed from two */
    while (k + 1 < s1 && is_punct_c(d, k, '/') && x_tok_entity(d, k + 1) >= 0 &&
           d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_LOCATION)
        k = after_mention(d, k + 1, s1);
    if (k >= s1 || x_tok(d, k)->kind != FNR_TOK_PUNCT)
        return false;
    /* "BERLIN, Nov 8 (Reuters) -": the dateline's date before its mark
     * (with its year, "March 14, 2026 -", the date is read below) */
    if (is_punct_c(d, k, ',') && k + 3 < s1 && (x_tok(d, k + 1)->tflags & FNR_TF_CAP) &&
        x_tok(d, k + 2)->kind == FNR_TOK_NUMBER &&
        x_tok(d, k + 2)->end - x_tok(d, k + 2)->start <= 2) {
        k += 3;
        /* "PARIS, May 10, 2025 (AFP) -": and its year */
        if (k + 1 < s1 && is_punct_c(d, k, ',') && x_tok(d, k + 1)->kind == FNR_TOK_NUMBER)
            k += 2;
    }
    /* "IDLIB, Syria - ": a city, then its country */
    else if (is_punct_c(d, k, ',') && k + 2 < s1 && (x_tok(d, i)->tflags & FNR_TF_UPPER) &&
             x_tok_entity(d, k + 1) >= 0 &&
             d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_LOCATION)
        k = after_mention(d, k + 1, s1);
    /* "Ankara, 12.03.2024 -", "ANKARA, March 12, 2024 (AA) -": the date
     * (also after a country: "KARLSRUHE, Germany, Feb 28, 2025 -") */
    if (k < s1 && is_punct_c(d, k, ',')) {
        size_t q = k + 1;
        bool number = false;
        for (; q < s1 && q - k <= 6; q++) {
            if (x_tok(d, q)->kind == FNR_TOK_NUMBER)
                number = true;
            /* "BERLIN, Feb. 6, 2025 -": a month's abbreviation keeps its dot */
            else if (!(x_tok(d, q)->xflags & XT_DATE) && !is_punct_c(d, q, ',') &&
                     !(is_punct_c(d, q, '.') && x_tok(d, q - 1)->kind == FNR_TOK_WORD &&
                       (x_tok(d, q - 1)->xflags & XT_DATE)))
                break;
        }
        if (number && q > k + 1)
            k = q;
    }
    if (k >= s1 || x_tok(d, k)->kind != FNR_TOK_PUNCT)
        return false;
    const xtok *t = x_tok(d, k);
    const char *p = d->doc.text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && (*p == '-' || *p == '(')) ||
           (n == 3 && (memcmp(p, "\xE2\x80\x93", 3) == 0 || memcmp(p, "\xE2\x80\x94", 3) == 0));
}

/* The "from" right after trigger tg ("a warning from", "the tip came
 * from"), or s1. */
static size_t from_after(const x_doc *d, const trig *tg, size_t s1)
{
    size_t k = tg->t1;
    if (k < s1 && x_tok_is(d, k, "came"))
        k++;
    return k < s1 && x_tok_is(d, k, "from") ? k : s1;
}

/* Whether trigger tg is a "wanted" that describes the noun before it ("a
 * PKK member wanted on a red notice"): whoever is named before it did not
 * list him. */
static bool reduced_wanted(const x_doc *d, const trig *tg, size_t s0)
{
    static const char *const AUX[] = { "was",      "were",   "is",      "are",      "been",
                                       "be",       "being",  "remains", "remained", "most",
                                       "declared", "listed", NULL };
    if (!x_tok_is(d, tg->t0, "wanted") || tg->t0 <= s0)
        return false;
    const xtok *w = x_tok(d, tg->t0 - 1);
    return w->kind == FNR_TOK_WORD && !x_tok_in(d, tg->t0 - 1, AUX) && !(w->xflags & XT_TRIGGER);
}

static bool place_acts(const x_doc *d, const fnr_entity *e);

/* Token i, or the "the" before it: where the phrase naming it starts. */
static size_t past_article(const x_doc *d, size_t s0, size_t i)
{
    return i > s0 && x_tok_is(d, i - 1, "the") ? i - 1 : i;
}

/* "on (the) X", "against (the) X": X is what an attack hit, even a
 * ministry or a police station. */
static bool attacked_at(const x_doc *d, size_t i, size_t s0)
{
    size_t k = past_article(d, s0, i);
    return k > s0 && (x_tok_is(d, k - 1, "on") || x_tok_is(d, k - 1, "against"));
}

static fnr_event_type type_from_name(const char *s)
{
    static const char *const names[] = { NULL,
                                         "arrest",
                                         "kill",
                                         "attack",
                                         "plot",
                                         "seizure",
                                         "intel_sharing",
                                         "espionage",
                                         "military_operation",
                                         "legal_action" };
    if (!s)
        return 0;
    /* The first letter tells the names apart but for arrest/attack. */
    int i = 0;
    switch (s[0]) {
    case 'a':
        i = s[1] == 'r' ? FNR_EVENT_ARREST : FNR_EVENT_ATTACK;
        break;
    case 'k':
        i = FNR_EVENT_KILL;
        break;
    case 'p':
        i = FNR_EVENT_PLOT;
        break;
    case 's':
        i = FNR_EVENT_SEIZURE;
        break;
    case 'i':
        i = FNR_EVENT_INTEL_SHARING;
        break;
    case 'e':
        i = FNR_EVENT_ESPIONAGE;
        break;
    case 'm':
        i = FNR_EVENT_MILITARY_OPERATION;
        break;
    case 'l':
        i = FNR_EVENT_LEGAL_ACTION;
        break;
    default:
        return 0;
    }
    return strcmp(names[i], s) == 0 ? (fnr_event_type)i : 0;
}

/* The event type of trigger word t, which has XT_TRIGGER. */
static fnr_event_type trigger_word_type(const xtok *t)
{
    const fnr_lex_entry *te = x_key_entry(t->lk, FNR_LEX_TRIGGER);
    return te ? type_from_name(te->kind) : 0;
}

/* The event type of the trigger word at token k (0 if it is none). Most
 * tokens asked about are no trigger: their flag tells at once, where the
 * call is. */
static inline fnr_event_type tok_event_type(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    return (t->xflags & XT_TRIGGER) ? trigger_word_type(t) : 0;
}

/* The first of d->trig_toks (the words a trigger may start at, every
 * XT_TRIGGER word among them, in text order) at or after token k. */
static size_t trig_toks_from(const x_doc *d, size_t k)
{
    /* (a search without branches on the data: a half is kept by a
     * selection, not by a jump the processor would guess half the time) */
    const uint32_t *t = d->trig_toks.data, *base = t;
    size_t n = d->trig_toks.len;
    if (n == 0)
        return 0;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half] < k ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t) + (*base < k);
}

#define VIOLENT_TYPES ((1u << FNR_EVENT_KILL) | (1u << FNR_EVENT_ATTACK) | (1u << FNR_EVENT_PLOT))

/* The types of the events whose triggers lie in tokens [a, b), one bit
 * each; "kidnap" and "abduct" count as the plot they are part of ("planned
 * to kidnap X"). With VIOLENT_TYPES: "plotting to kill X" tells one plot,
 * while "foiled a plot by al-Shabaab, arresting three men including X"
 * makes X the arrest's. */
static unsigned types_between(const x_doc *d, size_t a, size_t b)
{
    unsigned m = 0;
    for (size_t k = a; k < b; k++) {
        const xtok *w = x_tok(d, k);
        if (!(w->xflags & XT_TRIGGER))
            continue;
        if (w->key_len >= 6 &&
            (memcmp(w->key, "kidnap", 6) == 0 || memcmp(w->key, "abduct", 6) == 0))
            m |= 1u << FNR_EVENT_PLOT;
        else if (tok_event_type(d, k))
            m |= 1u << tok_event_type(d, k);
    }
    return m;
}

/* The longest key of a trigger phrase trigger_at builds (as the key
 * buffer's cap was): a longer one is no trigger. */
#define TRIGGER_KEY_MAX 4096

/* Longest trigger phrase at token i; returns end token (i if none), with
 * *out its entry and *out_type its event type. The key of a phrase is
 * built in a buffer on the stack; a single word's record came with its
 * token, so most calls build none. */
static size_t trigger_at(const x_doc *d, size_t i, size_t end, const fnr_lex_entry **out,
                         fnr_event_type *out_type)
{
    *out = NULL;
    *out_type = 0;
    size_t best = i;
    const xtok *t0 = x_tok(d, i);
    if (!(t0->xflags & XT_TRIGGER) && !(t0->tags & X_TAG_TRIGGER_PREFIX))
        return i; /* neither a trigger nor the start of one */
    char key[TRIGGER_KEY_MAX];
    size_t len = 0;
    for (size_t j = i; j < end && j - i < 5; j++) {
        const xtok *t = x_tok(d, j);
        if (!t->key_len || t->kind != FNR_TOK_WORD)
            break;
        const fnr_lex_key *k;
        if (j == i) {
            if (t->key_len > TRIGGER_KEY_MAX)
                break;
            k = t->lk; /* the first word's record came with the token */
        } else {
            /* a word that follows a space in no trigger's key: the
             * phrase is no key, nor the start of one */
            if ((t->xflags & XT_ASCII) && !x_trig_next_may(d->x, t->hash))
                break;
            if (j == i + 1) {
                memcpy(key, t0->key, t0->key_len);
                len = t0->key_len;
            }
            if (len + 1 + t->key_len > TRIGGER_KEY_MAX)
                break;
            key[len++] = ' ';
            memcpy(key + len, t->key, t->key_len);
            len += t->key_len;
            k = fnr_lexicon_lookup(d->x->lex, key, len);
        }
        /* the first word's flags and tags say what its record would */
        const fnr_lex_entry *e =
            j == i && !(t->xflags & XT_TRIGGER) ? NULL : x_key_entry(k, FNR_LEX_TRIGGER);
        fnr_event_type type = e ? type_from_name(e->kind) : 0;
        if (type) {
            best = j + 1;
            *out = e;
            *out_type = type;
        }
        if (!k || !((j == i ? t->tags : k->tags) & X_TAG_TRIGGER_PREFIX))
            break; /* no longer trigger goes on from here */
    }
    return best;
}

static const char *const PERSON_NOUNS[] = {
    "terrorists",   "terrorist",    "suspects",      "suspect",     "individuals",
    "individual",   "people",       "persons",       "person",      "members",
    "member",       "militants",    "militant",      "men",         "women",
    "soldiers",     "civilians",    "officers",      "agents",      "spies",
    "spy",          "fighters",     "bombers",       "bomber",      "jihadists",
    "nationals",    "foreigners",   "citizens",      "detainees",   "defendants",
    "operatives",   "suspected",    "children",      "students",    "journalists",
    "police",       "policemen",    "others",        "accomplices", "collaborators",
    "informants",   "recruits",     "leaders",       "figures",     "executives",
    "employees",    "staff",        "victims",       "attackers",   "gunmen",
    "insurgents",   "rebels",       "troops",        "personnel",   "followers",
    "sympathizers", "sympathisers", "teenagers",     "minors",      "youths",
    "boys",         "girls",        "commanders",    "couriers",    "smugglers",
    "facilitators", "financiers",   "relatives",     "soldier",     "officer",
    "farmers",      "villagers",    "worshippers",   "worshipers",  "residents",
    "workers",      "passengers",   "pilgrims",      "fishermen",   "herders",
    "hostages",     "guards",       "diplomats",     "tourists",    "migrants",
    "refugees",     "protesters",   "demonstrators", "recruiters",  "jihadis",
    "extremists",   "islamists",    "aides",         "bodyguards",  "fans",
    "supporters",   "spectators",   "shoppers",      "bystanders",  "pedestrians",
    "teachers",     "guests",       "brothers",      "sisters",     "sons",
    "cousins",      "associates",   "fugitives",     "fugitive",    NULL
};

static const char *const WEAPON_WORDS[] = {
    "weapons",   "weapon",   "ammunition",  "explosives", "explosive", "guns",       "rifles",
    "rifle",     "bombs",    "bomb",        "devices",    "grenades",  "launchers",  "missiles",
    "drones",    "cash",     "money",       "drugs",      "documents", "materials",  "arms",
    "munitions", "ieds",     "ied",         "pistols",    "vests",     "detonators", "equipment",
    "narcotics", "cannabis", "cocaine",     "heroin",     "currency",  "dollars",    "euros",
    "gold",      "drone",    "helicopters", "helicopter", "machete",   "machetes",   "knife",
    "knives",    "phones",   "computers",   "laptops",    "fentanyl",  "captagon",   "hashish",
    "kilograms", "tonnes",   "tons",        "rockets",    "rocket",    "shells",     "mortars",
    "mines",     "missile",  "landmines",   "marijuana",  "meth",      "kg",         NULL
};

/* What an army keeps: watching it is spying ("monitoring the movements
 * of military vehicles", "scouting naval bases for the GRU"). */
static const char *const KEPT[] = { "military", "naval",         "troops",   "troop",
                                    "soldiers", "warships",      "warship",  "barracks",
                                    "convoys",  "airbase",       "airfield", "airfields",
                                    "depots",   "installations", NULL };

static const char *const PLOT_CONTEXT[] = {
    "planning", "preparing", "prepare",    "plotting",    "plot",         "plan",      "planned",
    "plans",    "intend",    "intending",  "threat",      "threats",      "possible",  "likelihood",
    "organize", "organise",  "to",         "potential",   "future",       "targeting", "attempts",
    "scouting", "for",       "considered", "considering", "contemplated", "discussed", "aim",
    "goal",     "intention", "purpose",    NULL
};

/* What a state's service is called before an apposition names it
 * ("Morocco's intelligence service, the DGST"). */
static const char *const SERVICE_NOUNS[] = { "service", "services",    "agency",
                                             "partner", "counterpart", NULL };

/* Words of stopping an attack before it happens: what they govern is a
 * plot, and whoever does them plans none of it. */
static const char *const AVERT_WORDS[] = { "avert",    "averts",    "averted",    "averting",
                                           "prevent",  "prevents",  "prevented",  "preventing",
                                           "thwart",   "thwarts",   "thwarted",   "thwarting",
                                           "foil",     "foils",     "foiled",     "foiling",
                                           "preempt",  "preempted", "preempting", "stopped",
                                           "stopping", NULL };

/* Verbs of reacting to an event: what they govern was told already. */
static const char *const REACTION_VERBS[] = { "protest",    "protested",  "protesting", "condemn",
                                              "condemned",  "condemning", "denounce",   "denounced",
                                              "denouncing", "criticised", "criticized", "criticise",
                                              "criticize",  "slammed",    "deplored",   "deplore",
                                              NULL };

static const char *const BE_WORDS[] = { "was", "were", "been", "being", "is",
                                        "are", "be",   "got",  "get",   NULL };

static const char *const OP_NOUNS[] = { "operation", "operations", "out",     "conducted", "raid",
                                        "raids",     "effort",     "efforts", "joint",     NULL };

static const char *const VAGUE_PLANS[] = { "planning", "preparing", "plan",     "plans",  "prepare",
                                           "planned",  "prepared",  "prepares", "intend", "intends",
                                           "intended", "intending", NULL };

static const char *const VIOLENT_WORDS[] = {
    "attack",        "attacks",     "assault",   "assaults",   "bombing", "bombings",
    "assassination", "assassinate", "kidnap",    "kidnapping", "abduct",  "strike",
    "strikes",       "massacre",    "explosion", "sabotage",   "bomb",    "bombs",
    "shooting",      "killing",     "kill",      NULL
};

static const char *const OP_VERBS[] = { "carried",  "conducted", "launched", "carry",
                                        "conduct",  "launch",    "conducts", "carries",
                                        "launches", "staged",    "mounted",  NULL };

static const char *const ONE_PERSON_NOUNS[] = {
    "man",       "woman",       "citizen",       "national",  "suspect",
    "member",    "teenager",    "militant",      "terrorist", "foreigner",
    "resident",  "student",     "figure",        "official",  "commander",
    "operative", "leader",      "executive",     "boy",       "girl",
    "teen",      "youth",       "supplier",      "courier",   "smuggler",
    "financier", "recruiter",   "facilitator",   "policeman", "maker",
    "emir",      "spy",         "agent",         "imam",      "expert",
    "bomber",    "jihadist",    "gunman",        "informant", "accomplice",
    "associate", "businessman", "businesswoman", "diplomat",  "journalist",
    "soldier",   "fighter",     "engineer",      "employee",  "sympathizer",
    "follower",  "lawyer",      "activist",      "guard",     "officer",
    "civilian",  "child",       "tourist",       "driver",    "pilot",
    "governor",  "wali",        "mayor",         "deputy",    "aide",
    "spokesman", NULL
};

/* The lists above as word classes: bit i of xtok.tags is set when the
 * token's key is in WORD_LISTS[i] (see x_word_classes). */
enum {
    W_PERSON_NOUNS,
    W_WEAPON_WORDS,
    W_PLOT_CONTEXT,
    W_BE_WORDS,
    W_OP_NOUNS,
    W_VAGUE_PLANS,
    W_VIOLENT_WORDS,
    W_OP_VERBS,
    W_ONE_PERSON_NOUNS,
    W_COUNT
};

static const char *const *const WORD_LISTS[W_COUNT] = {
    [W_PERSON_NOUNS] = PERSON_NOUNS,
    [W_WEAPON_WORDS] = WEAPON_WORDS,
    [W_PLOT_CONTEXT] = PLOT_CONTEXT,
    [W_BE_WORDS] = BE_WORDS,
    [W_OP_NOUNS] = OP_NOUNS,
    [W_VAGUE_PLANS] = VAGUE_PLANS,
    [W_VIOLENT_WORDS] = VIOLENT_WORDS,
    [W_OP_VERBS] = OP_VERBS,
    [W_ONE_PERSON_NOUNS] = ONE_PERSON_NOUNS,
};

/* Number words and their values, tagged in the lexicon as
 * X_TAG_NUMBER (value + 1) so that a token's value needs no search. */
static const struct {
    const char *word;
    long value;
} NUMBER_WORDS[] = {
    { "zero", 0 },      { "one", 1 },        { "two", 2 },       { "three", 3 },
    { "four", 4 },      { "five", 5 },       { "six", 6 },       { "seven", 7 },
    { "eight", 8 },     { "nine", 9 },       { "ten", 10 },      { "eleven", 11 },
    { "twelve", 12 },   { "thirteen", 13 },  { "fourteen", 14 }, { "fifteen", 15 },
    { "sixteen", 16 },  { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
    { "twenty", 20 },   { "thirty", 30 },    { "forty", 40 },    { "fifty", 50 },
    { "sixty", 60 },    { "seventy", 70 },   { "eighty", 80 },   { "ninety", 90 },
    { "hundred", 100 }, { "both", 2 }, /* "Both attackers were killed" */
};

/* The words of directing_state ("Iranian-directed", "was backed by Iran");
 * tagged X_CUE_DIRECTED. */
static const char *const DIRECTED[] = { "directed",     "backed",    "sponsored", "ordered",
                                        "orchestrated", "organised", "organized", NULL };

/* The areas of many_places_scan ("across 14 provinces"); tagged X_CUE_AREAS,
 * with "nationwide". */
static const char *const AREAS[] = { "provinces", "cities", "districts", "regions",
                                     "countries", "towns",  NULL };

/* The units of time_of_its_own ("last year", "a month earlier"); tagged
 * X_CUE_UNITS. */
static const char *const TIME_UNITS[] = { "year",   "years",  "month",  "months", "week", "weeks",
                                          "summer", "winter", "spring", "autumn", NULL };

fnr_status x_word_classes(fnr_lexicon *lex)
{
    _Static_assert((int)W_COUNT <= (int)XW_FIRST, "events.c's word classes end before ner.c's");
    _Static_assert(XW_END <= 16, "word classes fit X_TAG_WORD_CLASSES");
    for (size_t c = 0; c < W_COUNT; c++) {
        for (const char *const *w = WORD_LISTS[c]; *w; w++) {
            fnr_status st = fnr_lexicon_tag(lex, *w, strlen(*w), 1u << c);
            if (st != FNR_OK)
                return st;
        }
    }

    static const struct {
        const char *word;
        uint32_t tag;
    } TAGGED[] = {
        { "repeatedly", X_TAG_HABIT },
        { "regularly", X_TAG_HABIT },
        { "routinely", X_TAG_HABIT },
        { "frequently", X_TAG_HABIT },
        { "often", X_TAG_HABIT },
        { "sporadic", X_TAG_HABIT },
        { "occasional", X_TAG_HABIT },
        { "continue", X_TAG_HABIT },
        { "continues", X_TAG_HABIT },
        /* "the network, which Säpo says carries out attacks for Iran" */
        { "carries", X_TAG_HABIT },
        { "conducts", X_TAG_HABIT },
        { "if", X_TAG_MAYBE },
        { "could", X_TAG_MAYBE },
        { "would", X_TAG_MAYBE },
        { "will", X_TAG_MAYBE },
        { "might", X_TAG_MAYBE },
    };

    for (size_t i = 0; i < sizeof TAGGED / sizeof TAGGED[0]; i++) {
        fnr_status st = fnr_lexicon_tag(lex, TAGGED[i].word, strlen(TAGGED[i].word), TAGGED[i].tag);
        if (st != FNR_OK)
            return st;
    }
    static const char *const fact_words[] = { "by", "for", "to", "of", "including", "among" };
    for (size_t i = 0; i < sizeof fact_words / sizeof fact_words[0]; i++) {
        fnr_status st = fnr_lexicon_tag(lex, fact_words[i], strlen(fact_words[i]), X_TAG_FACT_WORD);
        if (st != FNR_OK)
            return st;
    }
    for (size_t i = 0; i < sizeof NUMBER_WORDS / sizeof NUMBER_WORDS[0]; i++) {
        uint32_t tag = (uint32_t)(NUMBER_WORDS[i].value + 1) << X_TAG_NUMBER_SHIFT;
        fnr_status st =
            fnr_lexicon_tag(lex, NUMBER_WORDS[i].word, strlen(NUMBER_WORDS[i].word), tag);
        if (st != FNR_OK)
            return st;
    }
    /* "twenty-three": keyed "twenty three", as a hyphen folds to a space */
    for (size_t t = 20; t <= 27; t++)
        for (size_t u = 1; u <= 9; u++) {
            char w[32];
            int n = snprintf(w, sizeof w, "%s %s", NUMBER_WORDS[t].word, NUMBER_WORDS[u].word);
            uint32_t tag = (uint32_t)(NUMBER_WORDS[t].value + NUMBER_WORDS[u].value + 1)
                           << X_TAG_NUMBER_SHIFT;
            fnr_status st = fnr_lexicon_tag(lex, w, (size_t)n, tag);
            if (st != FNR_OK)
                return st;
        }

    static const struct {
        const char *word;
        uint16_t cue;
    } CUES[] = {
        { "not", X_CUE_NEGATION },    { "never", X_CUE_NEGATION },  { "n't", X_CUE_NEGATION },
        { "nobody", X_CUE_NEGATION }, { "cannot", X_CUE_NEGATION }, { "no", X_CUE_NEGATION },
        { "term", X_CUE_TERM },       { "word", X_CUE_TERM },       { "euphemism", X_CUE_TERM },
        { "times", X_CUE_TIMES },     { "occasions", X_CUE_TIMES }, { "involved", X_CUE_INVOLVED },
        { "until", X_CUE_UNTIL },     { "unless", X_CUE_UNTIL },    { "years", X_CUE_YEARS },
        { "decades", X_CUE_YEARS },   { "soil", X_CUE_SOIL },       { "who", X_CUE_RELATIVE },
        { "which", X_CUE_RELATIVE },  { "that", X_CUE_RELATIVE },   { "later", X_CUE_LATER },
        { "same", X_CUE_LATER },      { "next", X_CUE_LATER },      { "following", X_CUE_LATER },
        { "within", X_CUE_LATER },    { "shortly", X_CUE_LATER },
    };

    for (size_t i = 0; i < sizeof CUES / sizeof CUES[0]; i++) {
        fnr_status st = fnr_lexicon_cue(lex, CUES[i].word, strlen(CUES[i].word), CUES[i].cue);
        if (st != FNR_OK)
            return st;
    }
    for (const char *const *w = TIME_UNITS; *w; w++) {
        fnr_status st = fnr_lexicon_cue(lex, *w, strlen(*w), X_CUE_UNITS);
        if (st != FNR_OK)
            return st;
    }
    for (const char *const *w = DIRECTED; *w; w++) {
        fnr_status st = fnr_lexicon_cue(lex, *w, strlen(*w), X_CUE_DIRECTED);
        if (st != FNR_OK)
            return st;
    }
    for (const char *const *w = AREAS; *w; w++) {
        fnr_status st = fnr_lexicon_cue(lex, *w, strlen(*w), X_CUE_AREAS);
        if (st != FNR_OK)
            return st;
    }
    fnr_status st = fnr_lexicon_cue(lex, "nationwide", 10, X_CUE_AREAS);
    if (st != FNR_OK)
        return st;
    return FNR_OK;
}

void x_trigger_words_note(fnr_extractor *x, const char *key, size_t key_len)
{
    for (size_t a = 0; a < key_len; a++) {
        if (key[a] != ' ')
            continue;
        size_t b = a + 1;
        while (b < key_len && key[b] != ' ')
            b++;
        uint32_t h = (uint32_t)fnr_lexicon_hash(key + a + 1, b - a - 1);
        uint32_t h1 = h % X_TRIG_NEXT_BITS, h2 = (h >> 16) % X_TRIG_NEXT_BITS;
        x->trig_next[h1 / 64] |= UINT64_C(1) << (h1 % 64);
        x->trig_next[h2 / 64] |= UINT64_C(1) << (h2 % 64);
    }
}

/* true when token i's key is in word list c (W_*) */
static bool tok_class(const x_doc *d, size_t i, unsigned c)
{
    return (x_tok(d, i)->tags >> c) & 1u;
}

static long word_number(const xtok *t)
{
    uint32_t v = (t->tags & X_TAG_NUMBER) >> X_TAG_NUMBER_SHIFT;
    return v ? (long)v - 1 : -1;
}

/* The value of a number token ("3,000", "426", "eight"), or -1. */
static long token_number(const x_doc *d, size_t i)
{
    const xtok *t = x_tok(d, i);
    if (t->kind == FNR_TOK_NUMBER) {
        long v = 0;
        for (uint32_t k = t->start; k < t->end; k++) {
            char c = d->doc.text[k];
            if (c >= '0' && c <= '9') {
                if (v > 100000000)
                    return -1;
                v = v * 10 + (c - '0');
            } else if (c == '.') {
                break;
            } else if (c != ',') {
                return -1;
            }
        }
        return v;
    }
    if (t->kind == FNR_TOK_WORD)
        return word_number(t);
    return -1;
}

/* A number stated before a person noun ("426 terrorists", "eight
 * individuals", "3,000 Daesh members"): the sentence pass (sentence_facts)
 * finds them once, and each trigger takes the nearest. */
typedef struct count_cand {
    uint32_t noun; /* the person noun's token */
    long value;
} count_cand;

/* Is token k a word of kin or entourage ("wife", "aide", "brother")? */
static bool kin_word(const x_doc *d, size_t k)
{
    static const char *const KIN[] = {
        "aide",      "aides",     "wife",       "wives",     "son",      "sons",      "brother",
        "daughter",  "father",    "mother",     "sister",    "nephew",   "cousin",    "relative",
        "relatives", "husband",   "widow",      "assistant", "deputy",   "bodyguard", "bodyguards",
        "driver",    "associate", "associates", "adviser",   "advisers", "advisor",   "advisors",
        "courier",   "couriers",  "secretary",  NULL
    };
    return x_tok_in(d, k, KIN);
}

/* Is the person named from token i the one whose aide, wife or son the
 * sentence is about ("a senior aide to Ali Mamlouk", "the first wife of
 * slain Islamic State leader Abu Bakr al-Baghdadi")? */
static bool kin_before(const x_doc *d, size_t s0, size_t i)
{
    for (size_t k = i; k > s0 + 1 && i - k < 8; k--) {
        if (!(x_tok_is(d, k - 1, "of") || x_tok_is(d, k - 1, "to")))
            continue;
        return kin_word(d, k - 2);
    }
    return false;
}

/* "Yıldız's brother, Mehmet Yıldız": the person named from token i owns the
 * one acted on. */
static bool kin_after(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    return k + 1 < s1 && (x_tok(d, k)->tflags & FNR_TF_POSS) && kin_word(d, k + 1);
}

/* Whether the word at token k is one person: "leader", "courier", a
 * demonym in the singular ("an Iraqi"). */
static bool one_person_word(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    return tok_class(d, k, W_ONE_PERSON_NOUNS) ||
           (t->kind == FNR_TOK_WORD && t->key_len > 3 && t->key[t->key_len - 1] != 's' &&
            x_key_entry(t->lk, FNR_LEX_DEMONYM));
}

/* Whether the words before the "and" at token n, from token a on, are one
 * unnamed person ("a FETÖ "imam" and six others", "the cell's leader and
 * 11 members"): 1, else 0. Before "others" any noun is one; before other
 * persons, a word of one person must end the phrase. A named person is
 * counted by name (named_persons). */
static long one_before_and(const x_doc *d, size_t a, size_t n, bool others)
{
    size_t w = n;
    while (w > a && (x_tok(d, w - 1)->xflags & XT_QUOTE))
        w--;
    bool person = w > a && x_tok_entity(d, w - 1) < 0 && one_person_word(d, w - 1);
    if (!person && !others)
        return 0;
    for (size_t k = n; k > a && n - k < 6; k--) {
        const xtok *t = x_tok(d, k - 1);
        int e = x_tok_entity(d, k - 1);
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_PERSON)
            return 0;
        if ((x_tok_is(d, k - 1, "a") || x_tok_is(d, k - 1, "an")) && k - 1 < n - 1)
            return 1;
        if (person && k - 1 < w - 1 &&
            (x_tok_is(d, k - 1, "the") || x_tok_is(d, k - 1, "its") ||
             x_tok_is(d, k - 1, "their") || (t->tflags & FNR_TF_POSS)))
            return 1;
        if (t->kind == FNR_TOK_NUMBER || (t->xflags & XT_TRIGGER) ||
            (t->kind == FNR_TOK_PUNCT && !(t->xflags & XT_QUOTE)))
            return 0;
    }
    return 0;
}

/* "a leader of the pro-Islamic State group Dawlah Islamiyah": whether the
 * body named up to token k is whose one unnamed person the phrase is (a
 * leader, a commander ... "of" it). */
static bool one_of_body(const x_doc *d, size_t a, size_t k)
{
    int e = x_tok_entity(d, k);
    if (e < 0 || d->ents[e].type == FNR_ENTITY_PERSON || x_tok(d, k)->mention < 0)
        return false;
    size_t m0 = x_men(d, (size_t)x_tok(d, k)->mention)->tok0;
    for (size_t q = m0; q > a + 1 && m0 - q < 6; q--)
        if (x_tok_is(d, q - 1, "of"))
            /* ("the group's so-called governor of Kirkuk and four of his
             * aides": a place's one too) */
            return x_tok_entity(d, q - 2) < 0 && tok_class(d, q - 2, W_ONE_PERSON_NOUNS) &&
                   q >= a + 3 &&
                   (x_tok_is(d, q - 3, "a") || x_tok_is(d, q - 3, "an") ||
                    x_tok_is(d, q - 3, "senior") || x_tok_is(d, q - 3, "top") ||
                    x_tok_is(d, q - 3, "so called") ||
                    (d->ents[e].type == FNR_ENTITY_LOCATION &&
                     ((x_tok(d, q - 3)->tflags & FNR_TF_POSS) || x_tok_is(d, q - 3, "the"))));
    return false;
}

/* "One of them was killed in a shootout", "One of the suspects was
 * caught": the "one" opening the sentence, no name set off after it ("One
 * of the militants, X, was killed" counts X by name). */
static bool one_of_subject(const x_doc *d, size_t a, size_t i, size_t b)
{
    if (i != a || !x_tok_is(d, i, "one"))
        return false;
    for (size_t q = i + 2; q < b && q - i < 6; q++)
        if (is_punct_c(d, q, ',') || x_tok_entity(d, q) >= 0)
            return false;
    return true;
}

/* "two Syrians and an Iraqi": whether one more person follows the noun
 * at token k. */
static long one_after_and(const x_doc *d, size_t k, size_t b)
{
    if (k + 3 >= b || !x_tok_is(d, k + 1, "and"))
        return 0;
    bool indef = x_tok_is(d, k + 2, "a") || x_tok_is(d, k + 2, "an");
    /* ("nine members and the ring's leader": a role, no demonym) */
    if (!indef && !x_tok_is(d, k + 2, "the") && !x_tok_is(d, k + 2, "its") &&
        !x_tok_is(d, k + 2, "their"))
        return 0;
    for (size_t q = k + 3; q < b && q - k < 7; q++) {
        if (x_tok(d, q)->tflags & FNR_TF_POSS)
            continue; /* "the ring's leader" */
        if (x_tok_entity(d, q) >= 0 || x_tok(d, q)->kind != FNR_TOK_WORD)
            return 0;
        if (indef ? one_person_word(d, q) : tok_class(d, q, W_ONE_PERSON_NOUNS))
            return q + 1 < b && is_punct_c(d, q + 1, '-') ? 0 : 1;
    }
    return 0;
}

/* Reads the number at token i of [a, b) for sentence_facts: a candidate
 * into *out (true), a weaker "a 15-person cell" into *weak, or nothing. */
/* Words of money after a number: a sum, not a count of persons. */
static const char *const SUMS[] = { "dollars", "dollar", "euros", "euro", "liras",
                                    "lira",    "pounds", "usd",   "eur",  "rubles",
                                    "roubles", "rials",  "tl",    NULL };

static bool count_at(const x_doc *d, size_t a, size_t b, size_t i, long v, long *weak,
                     count_cand *out)
{
    if (i > a && x_tok(d, i - 1)->kind == FNR_TOK_WORD &&
        (x_tok_is(d, i - 1, "no") || x_tok_is(d, i - 1, "law")))
        return false;
    /* "Of the seven suspects, five were remanded": the whole, when no
     * verb of its own counts it ("Of the 148 suspects detained, 63 ...") */
    if (i == a + 2 && x_tok_is(d, a, "of") && x_tok_is(d, a + 1, "the")) {
        size_t k = i + 1;
        while (k < b && k - i < 5 && !is_punct_c(d, k, ',') && !(x_tok(d, k)->xflags & XT_TRIGGER))
            k++;
        if (k < b && is_punct_c(d, k, ','))
            return false;
    }
    /* "49 of the 60 suspects": the 60 are the whole, the 49 the count */
    if (i >= a + 3 && x_tok_is(d, i - 1, "the") && x_tok_is(d, i - 2, "of") &&
        token_number(d, i - 3) > 1)
        return false;
    /* "on January 28 by agents of the DGSI": a day of a month */
    if (i > a && x_tok(d, i - 1)->kind == FNR_TOK_WORD && (x_tok(d, i - 1)->xflags & XT_DATE) &&
        (x_tok(d, i - 1)->tflags & FNR_TF_CAP))
        return false;
    /* "ATHENS, Sept 18, 2024 (Reuters) - Greek officers arrested ...": the
     * year of a date */
    if (v >= 1000 && i >= a + 3 && is_punct_c(d, i - 1, ',') &&
        x_tok(d, i - 2)->kind == FNR_TOK_NUMBER && (x_tok(d, i - 3)->xflags & XT_DATE))
        return false;
    /* "channels with more than 40,000 followers": what something has, not
     * whom the event took */
    long along = 0; /* "detained him together with two accomplices": him too */
    for (size_t k = i; k > a && i - k < 4; k--) {
        if (x_tok_is(d, k - 1, "with")) {
            /* "together with two Syrians": taken too */
            if (k >= a + 2 && (x_tok_is(d, k - 2, "together") || x_tok_is(d, k - 2, "along"))) {
                if (k >= a + 3 && (x_tok_is(d, k - 3, "him") || x_tok_is(d, k - 3, "her")))
                    along = 1;
                break;
            }
            /* ("was killed with four other militants": taken too) */
            if (k >= a + 2 && (x_tok(d, k - 2)->xflags & XT_TRIGGER) && i + 1 < b &&
                (x_tok_is(d, i + 1, "other") || x_tok_is(d, i + 1, "others")))
                break;
            return false;
        }
        if (!(x_tok_is(d, k - 1, "more") || x_tok_is(d, k - 1, "than") ||
              x_tok_is(d, k - 1, "over") || x_tok_is(d, k - 1, "about") ||
              x_tok_is(d, k - 1, "nearly") || x_tok_is(d, k - 1, "some") ||
              x_tok_is(d, k - 1, "around") || x_tok_is(d, k - 1, "almost")))
            break;
    }
    /* "a 14-year-old boy": an age */
    const xtok *nt = x_tok(d, i);
    if ((i + 2 < b && is_punct_c(d, i + 1, '-') &&
         (x_tok_is(d, i + 2, "year") || x_tok_is(d, i + 2, "years"))) ||
        (nt->end + 5 <= d->doc.len && memcmp(d->doc.text + nt->end, "-year", 5) == 0))
        return false;
    /* "15-person" */
    if (i + 2 < b && is_punct_c(d, i + 1, '-') &&
        (x_tok_is(d, i + 2, "person") || x_tok_is(d, i + 2, "member") ||
         x_tok_is(d, i + 2, "man"))) {
        *weak = v;
        return false;
    }
    /* number, then up to 5 tokens of adjectives / names, then a person noun;
     * the words of named groups are free ("30 Boko Haram and Islamic State
     * West Africa Province (ISWAP) fighters") */
    size_t free_words = 0;
    bool owner_too = false; /* "N of his ..." */
    bool part = false;      /* "N of the ..." */
    for (size_t k = i + 1; k < b && k - i <= 6 + free_words && free_words < 12; k++) {
        if (x_tok(d, k)->mention >= 0 || is_punct_c(d, k, '(') || is_punct_c(d, k, ')') ||
            (x_tok_is(d, k, "and") && k + 1 < b && x_tok(d, k + 1)->mention >= 0)) {
            free_words++;
            continue;
        }
        const xtok *t = x_tok(d, k);
        /* a person noun, or people named by their country ("seven
         * Israelis", "three Syrians") */
        if (tok_class(d, k, W_PERSON_NOUNS) || (t->key_len > 3 && t->key[t->key_len - 1] == 's' &&
                                                x_key_entry(t->lk, FNR_LEX_DEMONYM))) {
            /* "detained 49 of the suspects": the number is the count's
             * word, nearer the verb than the noun of the whole */
            out->noun = (uint32_t)(part ? i : k);
            out->value = v + along;
            /* "a senior commander and four of his aides": five */
            if (owner_too && i >= a + 2 && x_tok_is(d, i - 1, "and") &&
                ((x_tok_entity(d, i - 2) < 0 && tok_class(d, i - 2, W_ONE_PERSON_NOUNS)) ||
                 one_of_body(d, a, i - 2)))
                out->value++;
            /* "arrested a FETÖ "imam" and six others", "the cell's leader
             * and 11 members": the one, and the many */
            else if (i >= a + 3 && x_tok_is(d, i - 1, "and"))
                out->value += one_before_and(d, a, i - 1, k == i + 1 && x_tok_is(d, k, "others"));
            out->value += one_after_and(d, k, b);
            return true;
        }
        /* "Of the 148 suspects detained, 63 were remanded": the 63 */
        if (k == i + 1 && k + 1 < b &&
            (x_tok_is(d, k, "were") || x_tok_is(d, k, "was") || x_tok_is(d, k, "have")) &&
            ((i > a && (is_punct_c(d, i - 1, ',') || x_tok_is(d, i - 1, "and") ||
                        x_tok_is(d, i - 1, "other") || x_tok_is(d, i - 1, "remaining") ||
                        /* "The three were detained in Leeuwarden" */
                        x_tok_is(d, i - 1, "the") || x_tok_is(d, i - 1, "all"))) ||
             (i == a && v < 1000)) && /* "Five were killed and ...", "the other six were" */
            ((x_tok(d, k + 1)->xflags & XT_TRIGGER) ||
             /* "412 were formally arrested", "were later detained" */
             (k + 2 < b && (x_tok(d, k + 2)->xflags & XT_TRIGGER) &&
              (x_tok_is(d, k + 1, "later") || x_tok_is(d, k + 1, "also") ||
               (x_tok(d, k + 1)->key_len > 4 &&
                memcmp(x_tok(d, k + 1)->key + x_tok(d, k + 1)->key_len - 2, "ly", 2) == 0))))) {
            out->noun = (uint32_t)i;
            out->value = v;
            return true;
        }
        /* "Police detained the three in Bursa": the ones told before,
         * counted ("charged the other four with participation ...") */
        size_t the = i >= a + 2 && (x_tok_is(d, i - 1, "other") || x_tok_is(d, i - 1, "remaining"))
                         ? i - 1
                         : i;
        if (k == i + 1 && the > a && x_tok_is(d, the - 1, "the") && v > 1 && v < 100 &&
            (x_tok_is(d, k, "in") || x_tok_is(d, k, "on") || x_tok_is(d, k, "at") ||
             x_tok_is(d, k, "near") || x_tok_is(d, k, "after") || is_punct_c(d, k, ',') ||
             is_punct_c(d, k, '.') || (the < i && x_tok_is(d, k, "with"))) &&
            the >= a + 2 && (x_tok(d, the - 2)->xflags & XT_TRIGGER)) {
            out->noun = (uint32_t)i;
            out->value = v;
            return true;
        }
        /* "seven suspects, six of whom were caught": the six */
        if (k == i + 1 && x_tok_is(d, k, "of") && k + 1 < b && x_tok_is(d, k + 1, "whom")) {
            out->noun = (uint32_t)(k + 1);
            out->value = v;
            return true;
        }
        /* "12 of the suspects", "two of them" ("one of the militants, X" is
         * X, counted by name) */
        if (k == i + 1 && (v > 1 || one_of_subject(d, a, i, b)) && x_tok_is(d, k, "of") &&
            k + 1 < b &&
            (x_tok_is(d, k + 1, "the") || x_tok_is(d, k + 1, "them") ||
             x_tok_is(d, k + 1, "those") || x_tok_is(d, k + 1, "these") ||
             x_tok_is(d, k + 1, "his") || x_tok_is(d, k + 1, "their") ||
             x_tok_is(d, k + 1, "its"))) {
            owner_too = x_tok_is(d, k + 1, "his");
            part = true;
            if (x_tok_is(d, k + 1, "them")) {
                /* "..., 28 of them with links to terror groups": a part of
                 * the count told, not the count */
                if (i > a && is_punct_c(d, i - 1, ',') && k + 2 < b &&
                    !(x_tok(d, k + 2)->xflags & XT_TRIGGER) && !x_tok_is(d, k + 2, "were") &&
                    !x_tok_is(d, k + 2, "was"))
                    return false;
                out->noun = (uint32_t)(k + 1);
                out->value = v;
                return true;
            }
            k++;
            continue;
        }
        if (part && t->kind == FNR_TOK_NUMBER && k == i + 3)
            continue; /* "of the 60 suspects" */
        /* "transferring 150,000 dollars to ISKP militants": a sum, no
         * persons */
        if (k == i + 1 && x_tok_in(d, k, SUMS))
            break;
        /* "2024 - Police arrested four people": the nearer number's noun */
        if (t->kind == FNR_TOK_NUMBER || (t->tags & X_TAG_NUMBER) || x_tok_is(d, k, "operations") ||
            x_tok_is(d, k, "years") || x_tok_is(d, k, "year") || x_tok_is(d, k, "months") ||
            x_tok_is(d, k, "days") || x_tok_is(d, k, "of") || is_punct_c(d, k, ','))
            break;
    }
    return false;
}

/* The stated number of persons for the trigger at trig_tok: of the
 * candidates, the one whose noun is nearest it (the first on a tie), else
 * the weaker form, else -1. */
static long find_count(const count_cand *c, size_t n, long weak, size_t trig_tok, size_t *noun)
{
    long best = -1;
    size_t best_dist = (size_t)-1;
    *noun = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        size_t k = c[i].noun;
        size_t dist = k > trig_tok ? k - trig_tok : trig_tok - k;
        if (dist < best_dist) {
            best = c[i].value;
            best_dist = dist;
            *noun = k;
        }
    }
    return best >= 0 ? best : weak;
}

/* "rescued 21 hostages and arrested a supplier": whether the count whose
 * noun is at token noun, before the trigger at t0 and joined to it by
 * "and", is the object of another verb, so no count of the trigger's. */
static bool object_of_other_verb(const x_doc *d, const xsent *s, size_t noun, size_t t0)
{
    if (noun >= t0 || t0 - noun > 4)
        return false;
    bool and = false;
    for (size_t q = noun + 1; q < t0; q++)
        and = and || x_tok_is(d, q, "and");
    if (!and)
        return false;
    for (size_t q = noun; q > s->tok0 && noun - q < 3; q--) {
        const xtok *n = x_tok(d, q - 1);
        if (n->kind != FNR_TOK_NUMBER && !(n->tags & X_TAG_NUMBER))
            continue;
        const xtok *v = q - 1 > s->tok0 ? x_tok(d, q - 2) : NULL;
        return v && (v->xflags & XT_LOWER) && v->key_len > 3 &&
               memcmp(v->key + v->key_len - 2, "ed", 2) == 0 && !tok_class(d, q - 2, W_BE_WORDS) &&
               tok_event_type(d, q - 2) != tok_event_type(d, t0);
    }
    return false;
}

/* Whether the count whose noun is at token noun (after the trigger at t0)
 * is the subject of another verb: "and a fourth was captured". */
static bool other_subject(const x_doc *d, const xsent *s, size_t noun, size_t t0)
{
    /* ("... was killed and two soldiers were wounded": the hurt are no
     * event's, and no count of the killing either) */
    return noun + 2 < s->tok1 &&
           (x_tok_is(d, noun + 1, "was") || x_tok_is(d, noun + 1, "were") ||
            x_tok_is(d, noun + 1, "is") || x_tok_is(d, noun + 1, "are")) &&
           ((x_tok(d, noun + 2)->xflags & XT_TRIGGER) || x_tok_is(d, noun + 2, "wounded") ||
            x_tok_is(d, noun + 2, "injured") || x_tok_is(d, noun + 2, "hurt")) &&
           noun + 2 != t0;
}

/* "Troops killed a sub-leader and captured two of his followers": whether
 * the count whose noun is at token noun, after the trigger of type type
 * ending at t1, is the object of a verb of another event after that
 * trigger's own object, so no count of it. ("detained and charged three
 * men": one object of both, counted by both.) */
static bool object_of_later_verb(const x_doc *d, size_t noun, size_t t1, fnr_event_type type)
{
    bool object = false; /* words of the trigger's own object seen */
    for (size_t q = t1; q < noun && q < t1 + 12; q++) {
        fnr_event_type other = tok_event_type(d, q);
        size_t j = q; /* "and later charged" */
        while (j > t1 && (x_tok_is(d, j - 1, "later") || x_tok_is(d, j - 1, "then") ||
                          x_tok_is(d, j - 1, "also")))
            j--;
        if (other && other != type && other != FNR_EVENT_ATTACK && object && j > t1 &&
            (x_tok_is(d, j - 1, "and") || is_punct_c(d, j - 1, ',')))
            return true;
        const xtok *t = x_tok(d, q);
        if (is_punct_c(d, q, '.') || x_tok_is(d, q, "who") || x_tok_is(d, q, "which") ||
            x_tok_is(d, q, "that"))
            return false;
        if (!x_tok_is(d, q, "and") && !x_tok_is(d, q, "then") && !x_tok_is(d, q, "later") &&
            !x_tok_is(d, q, "also") && t->kind != FNR_TOK_PUNCT)
            object = true;
    }
    return false;
}

/* "the deaths of over 40,000 people", "killed more than 300": whether the
 * count whose noun is at token noun is a toll of the dead, told just
 * before it, so no count of those arrested or tried. */
static bool toll_before(const x_doc *d, const xsent *s, size_t noun)
{
    /* ("Five were killed and two were captured": the toll is the other
     * clause's) */
    for (size_t q = noun;
         q > s->tok0 && noun - q < 5 && !x_tok_is(d, q - 1, "and") && !is_punct_c(d, q - 1, ',');
         q--) {
        const xtok *t = x_tok(d, q - 1);
        if (t->key_len >= 4 && (memcmp(t->key, "kill", 4) == 0 || memcmp(t->key, "deat", 4) == 0))
            return true;
    }
    return false;
}

/* "some 1,200 have been convicted", "48 were detained": a number with no
 * noun as the subject of the passive at t0, or -1. */
static long bare_number_subject(const x_doc *d, const xsent *s, size_t t0)
{
    static const char *const AUX[] = { "were", "was",   "have", "has",   "had",
                                       "been", "later", "also", "since", NULL };
    size_t k = t0;
    while (k > s->tok0 && t0 - k < 3 && x_tok_in(d, k - 1, AUX))
        k--;
    /* (a "were", "was" or "been" among them) */
    bool be = false;
    for (size_t q = k; q < t0; q++)
        be = be || x_tok_is(d, q, "were") || x_tok_is(d, q, "been") || x_tok_is(d, q, "was");
    if (!be || k == s->tok0)
        return -1;
    const xtok *n = x_tok(d, k - 1);
    long v = token_number(d, k - 1);
    if (v < 2 || (n->kind == FNR_TOK_NUMBER && v >= 1900 && v <= 2100))
        return -1; /* (a year: "in 2016 were") */
    if (k - 1 > s->tok0) {
        /* ("more than 48 were detained" reads through "than") */
        static const char *const PREPS[] = { "in",   "on", "since", "by",  "until", "of",
                                             "from", "at", "to",    "the", NULL };
        if (x_tok_in(d, k - 2, PREPS))
            return -1;
        if (x_tok(d, k - 2)->kind == FNR_TOK_WORD && (x_tok(d, k - 2)->tflags & FNR_TF_CAP) &&
            k - 2 > s->tok0)
            return -1; /* ("July 15 were", "Group 4 was") */
    }
    return v;
}

/* "killed 130 people", "at least 12 dead", "130 people died", "two
 * soldiers were martyred": the count
 * near noun k tells of the dead (an attack counts them, not the wounded
 * or those who carried it out) */
static bool counts_dead(const x_doc *d, const xsent *s, size_t k)
{
    /* ("a soldier was killed and two others were wounded": the two are
     * the wounded) */
    if (k + 2 < s->tok1 && (x_tok_is(d, k + 1, "were") || x_tok_is(d, k + 1, "was")) &&
        (x_tok_is(d, k + 2, "wounded") || x_tok_is(d, k + 2, "injured") ||
         x_tok_is(d, k + 2, "hurt")))
        return false;
    /* ("two suicide bombers killed 103 people": the two killed, the 103
     * are the dead) */
    if (k + 2 < s->tok1 && (x_tok_is(d, k + 1, "killed") || x_tok_is(d, k + 1, "kill")) &&
        (token_number(d, k + 2) > 1 || x_tok_is(d, k + 2, "at") || x_tok_is(d, k + 2, "more") ||
         x_tok_is(d, k + 2, "nearly") || x_tok_is(d, k + 2, "over") ||
         x_tok_is(d, k + 2, "dozens") || x_tok_is(d, k + 2, "hundreds")))
        return false;
    size_t a = k > s->tok0 + 6 ? k - 6 : s->tok0, b = k + 4 < s->tok1 ? k + 4 : s->tok1;
    for (size_t q = a; q < b; q++) {
        const xtok *t = x_tok(d, q);
        if (t->key_len >= 4 && (memcmp(t->key, "kill", 4) == 0 || memcmp(t->key, "dead", 4) == 0 ||
                                memcmp(t->key, "behe", 4) == 0 || memcmp(t->key, "died", 4) == 0 ||
                                memcmp(t->key, "deat", 4) == 0 || memcmp(t->key, "live", 4) == 0 ||
                                memcmp(t->key, "casu", 4) == 0 || memcmp(t->key, "mart", 4) == 0))
            return true;
    }
    return false;
}

/* The entity kinds the event rules ask about, as codes (x_doc.ent_bits
 * holds each entity's, worked out once per document): a test of a kind is
 * then no string compare. */
enum {
    K_OTHER, /* no kind, or one the rules do not ask about */
    K_COUNTRY,
    K_REGION,
    K_STATE,
    K_LAND,
    K_PROVINCE,
    K_GOVERNORATE,
    K_CAPITAL, /* (K_COUNTRY..K_CAPITAL: a place that acts, place_acts) */
    K_COURT,
    K_POLICE,
    K_INTELLIGENCE_SERVICE,
    K_ARMED_FORCES,
    K_GOVERNMENT,
    K_MEDIA,
    K_MILITANT_GROUP,
    K_INTERNATIONAL,
    K_COUNT
};

static const char *const KIND_NAMES[K_COUNT] = {
    [K_COUNTRY] = "country",
    [K_REGION] = "region",
    [K_STATE] = "state",
    [K_LAND] = "land",
    [K_PROVINCE] = "province",
    [K_GOVERNORATE] = "governorate",
    [K_CAPITAL] = "capital",
    [K_COURT] = "court",
    [K_POLICE] = "police",
    [K_INTELLIGENCE_SERVICE] = "intelligence_service",
    [K_ARMED_FORCES] = "armed_forces",
    [K_GOVERNMENT] = "government",
    [K_MEDIA] = "media",
    [K_MILITANT_GROUP] = "militant_group",
    [K_INTERNATIONAL] = "international",
};

/* The code of an entity's kind (K_OTHER for one not in KIND_NAMES). */
static unsigned kind_code(const fnr_entity *e)
{
    for (unsigned k = 1; e->kind && k < K_COUNT; k++)
        if (e->kind[0] == KIND_NAMES[k][0] && strcmp(e->kind, KIND_NAMES[k]) == 0)
            return k;
    return K_OTHER;
}

/* What the event rules ask of an entity, worked out once per document
 * (x_doc.ent_bits): the classes below and, in the high bits, place_rank. */
enum {
    EK_SECURITY = 1 << 0, /* a service, police, armed forces, government or court */
    EK_MILITANT = 1 << 1, /* a militant group */
    EK_INTEL = 1 << 2,    /* of kind intelligence_service */
    EK_INTL = 1 << 3,     /* an international body (Interpol, the UN) */
    EK_RANK_SHIFT = 4,
    EK_KIND_SHIFT = 8, /* the kind's code (K_*) */
};

/* The place_rank of entity e, a place. */
static unsigned place_rank_of(const x_doc *d, int e)
{
    return (d->ent_bits[e] >> EK_RANK_SHIFT) & 0xfu;
}

/* Whether entity e (one of d->ents) is of kind k (K_*). */
static bool kind_is(const x_doc *d, const fnr_entity *e, unsigned k)
{
    return (unsigned)(d->ent_bits[e - d->ents] >> EK_KIND_SHIFT) == k;
}

/* Whether a place can act as "Turkey declared", "the Kurdistan Region
 * detained", "Ankara designated" (a capital for its government) do: a
 * state or a region that governs, not a city, a stadium or a mountain
 * range. */
static bool place_acts(const x_doc *d, const fnr_entity *e)
{
    unsigned k = (unsigned)(d->ent_bits[e - d->ents] >> EK_KIND_SHIFT);
    return k >= K_COUNTRY && k <= K_CAPITAL;
}

static bool is_security(const x_doc *d, int e)
{
    return d->ent_bits[e] & EK_SECURITY;
}

static bool is_militant(const x_doc *d, int e)
{
    return d->ent_bits[e] & EK_MILITANT;
}

/* Rank of a place kind: smaller is more specific. */
static int place_rank(const fnr_entity *e)
{
    static const char *const order[] = { "facility", "neighbourhood", "district", "town",
                                         "village",  "city",          "province", "governorate",
                                         "state",    "region",        "country",  "area",
                                         "continent" };
    if (!e->kind || strcmp(e->kind, "capital") == 0)
        return 5; /* a capital is a city */
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (e->kind[0] == order[i][0] && strcmp(e->kind, order[i]) == 0)
            return (int)i;
    return 8;
}

static fnr_status entity_bits(x_doc *d)
{
    d->ent_bits = fnr_arena_alloc(d->arena, (d->n_ents + 1) * sizeof *d->ent_bits);
    if (!d->ent_bits)
        return FNR_NOMEM;
    for (size_t i = 0; i < d->n_ents; i++) {
        const fnr_entity *e = &d->ents[i];
        /* only places are ranked: find_location compares places only */
        unsigned b = e->type == FNR_ENTITY_LOCATION ? (unsigned)place_rank(e) << EK_RANK_SHIFT : 0;
        unsigned k = kind_code(e);
        if (e->type == FNR_ENTITY_ORGANIZATION &&
            (k == K_INTELLIGENCE_SERVICE || k == K_POLICE || k == K_ARMED_FORCES ||
             k == K_GOVERNMENT || k == K_COURT))
            b |= EK_SECURITY;
        if (e->type == FNR_ENTITY_ORGANIZATION && k == K_MILITANT_GROUP)
            b |= EK_MILITANT;
        if (k == K_INTELLIGENCE_SERVICE)
            b |= EK_INTEL;
        if (e->type == FNR_ENTITY_ORGANIZATION && k == K_INTERNATIONAL)
            b |= EK_INTL;
        d->ent_bits[i] = (uint16_t)(b | k << EK_KIND_SHIFT);
    }
    return FNR_OK;
}

typedef struct participants {
    int actors[16];
    size_t n_actors;
    int targets[16];
    size_t n_targets;
    size_t told; /* a warning's content starts here: its places are not the event's */
} participants;

static void add_unique(int *arr, size_t *n, int e)
{
    for (size_t i = 0; i < *n; i++)
        if (arr[i] == e)
            return;
    if (*n < 16)
        arr[(*n)++] = e;
}

/* Adds to an event's list *arr of *n entities those of add[0..k) it does
 * not hold yet: the lists are sized to what they hold (and room for one
 * more, add_event), so a longer one is made in the arena. */
static fnr_status add_parties(x_doc *d, int **arr, size_t *n, const int *add, size_t k)
{
    int *t = fnr_arena_alloc(d->arena, (*n + k + 1) * sizeof *t);
    if (!t)
        return FNR_NOMEM;
    memcpy(t, *arr, *n * sizeof *t);
    size_t m = *n;
    for (size_t q = 0; q < k; q++) {
        size_t i = 0;
        while (i < m && t[i] != add[q])
            i++;
        if (i == m)
            t[m++] = add[q];
    }
    *arr = t;
    *n = m;
    return FNR_OK;
}

static void remove_id(int *arr, size_t *n, int e)
{
    size_t m = 0;
    for (size_t a = 0; a < *n; a++)
        if (arr[a] != e)
            arr[m++] = arr[a];
    *n = m;
}

static bool contains(const int *arr, size_t n, int e)
{
    for (size_t i = 0; i < n; i++)
        if (arr[i] == e)
            return true;
    return false;
}

/* The persons of ids[0, n) that *arr lacks, added to it ("The leader,
 * identified as X, was killed": X joins the killing told before). */
static fnr_status join_persons(x_doc *d, int **arr, size_t *na, const int *ids, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (d->ents[ids[k]].type == FNR_ENTITY_PERSON && !contains(*arr, *na, ids[k])) {
            fnr_status st = add_parties(d, arr, na, &ids[k], 1);
            if (st != FNR_OK)
                return st;
        }
    return FNR_OK;
}

/* Is the trigger at t0 in passive voice ("was captured", "were seized")? */
static bool passive_at(const x_doc *d, size_t t0, size_t s0)
{
    const xtok *tt = x_tok(d, t0);
    if (tt->key_len > 3 && memcmp(tt->key + tt->key_len - 3, "ing", 3) == 0)
        return false; /* "were planning" is progressive, not passive */
    if (tt->key_len > 1 && (tt->key[tt->key_len - 1] == 's' ||
                            (tt->key_len > 3 && memcmp(tt->key + tt->key_len - 3, "ion", 3) == 0)))
        return false; /* no participle: "had been behind several bombings" */
    for (size_t k = t0; k > s0 && t0 - k < 3; k--) {
        if (tok_class(d, k - 1, W_BE_WORDS))
            return true;
        /* "were hired to kill": the infinitive is active ("to be killed"
         * meets "be" first) */
        if (x_tok_is(d, k - 1, "to"))
            return false;
        const xtok *t = x_tok(d, k - 1);
        /* "had been "neutralized"": the quotation marks a word */
        if (t->xflags & XT_QUOTE)
            continue;
        if (t->kind != FNR_TOK_WORD || t->mention >= 0)
            return false;
    }
    return false;
}

/*
 * What the rules ask of a sentence with a trigger, found in one pass over
 * its tokens (sentence_facts) and then read for each of its triggers:
 * before, each trigger walked the sentence for its "by" agents, "for"
 * clients, entities, counts, places and verbs, several times over.
 */

static bool reports_it(const x_doc *d, size_t i, size_t s1);

/* A mention starting in the sentence, with what the rules ask of its place
 * in the text. */
typedef struct occ {
    uint32_t tok;   /* its first token */
    int32_t ent;    /* its entity */
    bool ent_start; /* not the sentence's first token, and the token before is not ent's */
    bool aside;     /* ent_start and the token before is "of", "with" or "including" */
    bool kin;       /* a person named as whose aide, wife, son ... someone is */
    bool prep;      /* a place after in/at/near/to/inside/across (find_location) */
} occ;

/* A "by" of the sentence and the agents after it. */
typedef struct by_word {
    uint32_t tok;
    bool op_before;  /* "an operation by X": an agent also of a verb after it */
    uint32_t a0, a1; /* its agents: [a0, a1) of sent_facts.agents, in text order */
} by_word;

typedef struct sent_facts {
    bool weapons, persons; /* it names weapons (or goods); it names persons */
    bool op_verb;          /* it holds one of OP_VERBS ("carried", "launched") */
    bool capture;          /* it holds a trigger word of an arrest, a killing or a seizure */
    fnr_vec occs;          /* occ, in text order */
    fnr_vec bys;           /* by_word, in text order */
    fnr_vec agents;        /* int: entities after the "by"s */
    fnr_vec counts;        /* count_cand, in text order */
    long weak_count;       /* the last "a 15-person cell" number, or -1 */
    int for_whom[4];       /* "spying for Mossad": the organisations worked for */
    size_t n_for;
} sent_facts;

static void sent_facts_init(sent_facts *f)
{
    memset(f, 0, sizeof *f);
    fnr_vec_init(&f->occs, sizeof(occ));
    fnr_vec_init(&f->bys, sizeof(by_word));
    fnr_vec_init(&f->agents, sizeof(int));
    fnr_vec_init(&f->counts, sizeof(count_cand));
}

static void sent_facts_destroy(sent_facts *f)
{
    fnr_vec_destroy(&f->occs);
    fnr_vec_destroy(&f->bys);
    fnr_vec_destroy(&f->agents);
    fnr_vec_destroy(&f->counts);
}

/* Is the place whose mention starts at token i introduced by in/at/near/
 * to/inside/across (past "the", "northern", "city" ...)? */
/* "city", "state", "outskirts": a word that names a place's kind or part
 * before "of" ("in the city of Mosul", "on the outskirts of Kabul", "in
 * rural areas of Şırnak", "in parts of Idlib"). */
static bool place_of_word(const x_doc *d, size_t k)
{
    static const char *const W[] = {
        "city",     "town",        "village",   "province",      "state",        "district",
        "region",   "county",      "port",      "capital",       "outskirts",    "suburbs",
        "area",     "governorate", "areas",     "parts",         "countryside",  "mountains",
        "mountain", "hills",       "desert",    "valley",        "towns",        "cities",
        "villages", "districts",   "provinces", "neighbourhood", "neighborhood", "suburb",
        "island",   "islands",     NULL
    };
    return x_tok_in(d, k, W);
}

/* Whether "held" at token k is a court's order: "a Moscow court on Friday
 * ordered three of the suspects held in custody", "the judge ordered him
 * held" (an order, within the clause, of a court or judge named before it). */
static bool court_ordered(const x_doc *d, size_t s0, size_t k)
{
    for (size_t q = k; q > s0 && k - q < 8; q--) {
        if (x_tok(d, q - 1)->kind == FNR_TOK_PUNCT && !is_punct_c(d, q - 1, '-'))
            return false;
        if (!x_tok_is(d, q - 1, "ordered") && !x_tok_is(d, q - 1, "orders"))
            continue;
        for (size_t c = q - 1; c > s0 && q - 1 - c < 6; c--) {
            int e = x_tok_entity(d, c - 1);
            if (x_tok_is(d, c - 1, "court") || x_tok_is(d, c - 1, "courts") ||
                x_tok_is(d, c - 1, "judge") || x_tok_is(d, c - 1, "tribunal") ||
                (e >= 0 && kind_is(d, &d->ents[e], K_COURT)))
                return true;
        }
        return false;
    }
    return false;
}

/* Whether token k ends "rebel-held", "government-controlled": who holds
 * the place, a word of its phrase. */
static bool held_by(const x_doc *d, size_t s0, size_t k)
{
    /* (a hyphenated word's key has a space for its hyphen) */
    static const struct {
        const char *s;
        size_t n;
    } ENDS[] = { { " held", 5 }, { " controlled", 11 }, { " dominated", 10 }, { " run", 4 } };

    const xtok *t = x_tok(d, k);
    for (size_t i = 0; i < sizeof ENDS / sizeof *ENDS; i++) {
        size_t n = ENDS[i].n;
        if (t->key_len > n + 2 && memcmp(t->key + t->key_len - n, ENDS[i].s, n) == 0)
            return true;
    }
    return k >= s0 + 2 &&
           (x_tok_is(d, k, "held") || x_tok_is(d, k, "controlled") || x_tok_is(d, k, "dominated") ||
            x_tok_is(d, k, "run")) &&
           is_punct_c(d, k - 1, '-') && x_tok(d, k - 2)->kind == FNR_TOK_WORD;
}

/* Whether the place named at token i, its phrase from token q, is an
 * island, where things happen "on": "arrested on Rhodes", "on the island of
 * Lesbos". */
static bool on_island(const x_doc *d, size_t q, size_t i)
{
    for (size_t k = q; k < i; k++)
        if (x_tok_is(d, k, "island") || x_tok_is(d, k, "islands"))
            return true;
    int32_t m = x_tok(d, i)->mention;
    if (m < 0)
        return false;
    const xmention *mm = x_men(d, (size_t)m);
    const char *kind = mm->lex ? mm->lex->kind : mm->kind;
    return kind && strcmp(kind, "island") == 0;
}

static bool place_prep(const x_doc *d, size_t s0, size_t i)
{
    size_t q = i;
    while (q > s0 && (x_tok_is(d, q - 1, "the") || x_tok_class(d, q - 1, XW_DIRECTIONS) ||
                      /* "in a rural area of Şırnak's Uludere district" */
                      ((x_tok_is(d, q - 1, "a") || x_tok_is(d, q - 1, "an")) && q < i) ||
                      (x_tok(d, q - 1)->xflags & XT_DEMONYM) || /* "Lebanese town of" */
                      x_tok_is(d, q - 1, "city") || x_tok_is(d, q - 1, "resort") ||
                      x_tok_is(d, q - 1, "capital") || /* "in the capital Bishkek" */
                      x_tok_is(d, q - 1, "remote") || x_tok_is(d, q - 1, "restive") ||
                      x_tok_is(d, q - 1, "rural") || x_tok_is(d, q - 1, "coastal") ||
                      x_tok_is(d, q - 1, "mountainous") || x_tok_is(d, q - 1, "neighbouring") ||
                      x_tok_is(d, q - 1, "neighboring") || x_tok_is(d, q - 1, "nearby") ||
                      /* "in the Bavarian city of Bayreuth" */
                      (q < i && place_of_word(d, q) && x_tok(d, q - 1)->mention < 0 &&
                       (x_tok(d, q - 1)->tflags & FNR_TF_CAP)) ||
                      (x_tok_is(d, q - 1, "of") && q - 1 > s0 && place_of_word(d, q - 2)) ||
                      x_tok_is(d, q - 1, "besieged") || x_tok_is(d, q - 1, "border") ||
                      x_tok_is(d, q - 1, "frontline") || x_tok_is(d, q - 1, "embattled") ||
                      held_by(d, s0, q - 1)))
        q -= x_tok_is(d, q - 1, "of")                             ? 2
             : held_by(d, s0, q - 1) && is_punct_c(d, q - 2, '-') ? 3
                                                                  : 1;
    /* "in the Barcelona suburb of Badalona": past the place that names it */
    if (q > s0 + 1 && q < i && place_of_word(d, q) && x_tok(d, q - 1)->mention >= 0 &&
        x_men(d, (size_t)x_tok(d, q - 1)->mention)->type == FNR_ENTITY_LOCATION) {
        size_t r = x_men(d, (size_t)x_tok(d, q - 1)->mention)->tok0;
        if (r > s0 && x_tok_is(d, r - 1, "the"))
            r--;
        q = r;
    }
    /* "carrying passengers from Quetta to Peshawar": a route, no place */
    bool route = q >= s0 + 3 && x_tok_is(d, q - 1, "to") &&
                 (x_tok_is(d, q - 3, "from") || (q >= s0 + 4 && x_tok_is(d, q - 4, "from")));
    bool prep =
        q > s0 && !route &&
        (x_tok_is(d, q - 1, "in") || x_tok_is(d, q - 1, "at") || x_tok_is(d, q - 1, "near") ||
         x_tok_is(d, q - 1, "to") || x_tok_is(d, q - 1, "inside") || x_tok_is(d, q - 1, "across") ||
         x_tok_is(d, q - 1, "around") || x_tok_is(d, q - 1, "outside") ||
         (x_tok_is(d, q - 1, "on") && on_island(d, q, i)) ||
         /* "a drone strike on Beirut", "an attack on Kabul": the place struck */
         (x_tok_is(d, q - 1, "on") && q >= s0 + 2 &&
          (x_tok_is(d, q - 2, "strike") || x_tok_is(d, q - 2, "strikes") ||
           x_tok_is(d, q - 2, "attack") || x_tok_is(d, q - 2, "attacks") ||
           x_tok_is(d, q - 2, "raid") || x_tok_is(d, q - 2, "airstrike") ||
           x_tok_is(d, q - 2, "bombing"))));
    /* "retook the town of Adan Yabaal", "shelled the city of Sumy": a
     * verb that takes a place, told by its kind */
    if (!prep && q > s0 && q < i && (x_tok(d, q - 1)->xflags & XT_LOWER)) {
        static const char *const TAKES_PLACE[] = { "retook",   "recaptured", "captured", "seized",
                                                   "took",     "liberated",  "entered",  "stormed",
                                                   "overran",  "shelled",    "bombed",   "struck",
                                                   "raided",   "hit",        "besieged", "attacked",
                                                   "targeted", "surrounded", "cleared",  NULL };
        bool kind = false;
        for (size_t k = q; k < i && !kind; k++)
            kind = place_of_word(d, k);
        prep = kind && x_tok_in(d, q - 1, TAKES_PLACE);
    }
    /* "in the province's Bağlar district": a place word owns it */
    if (!prep && q >= s0 + 4 && (x_tok(d, q - 1)->tflags & FNR_TF_POSS) &&
        place_of_word(d, q - 2) && (x_tok_is(d, q - 3, "the") || x_tok_is(d, q - 3, "its")))
        prep = x_tok_is(d, q - 4, "in") || x_tok_is(d, q - 4, "at");
    /* "in Çankaya, Keçiören and Yenimahalle": a list shares its preposition */
    if (!prep && q >= s0 + 2 && (is_punct_c(d, q - 1, ',') || x_tok_is(d, q - 1, "and"))) {
        int prev = x_tok_entity(d, q - 2);
        if (prev >= 0 && d->ents[prev].type == FNR_ENTITY_LOCATION) {
            size_t r = (size_t)x_men(d, (size_t)x_tok(d, q - 2)->mention)->tok0;
            prep = r > s0 && place_prep(d, s0, r);
        }
    }
    /* "in Izmir's Bornova district": the possessed place is in the phrase too */
    if (!prep && q >= s0 + 2 && (x_tok(d, q - 1)->tflags & FNR_TF_POSS)) {
        int owner = x_tok_entity(d, q - 2);
        if (owner >= 0 && d->ents[owner].type == FNR_ENTITY_LOCATION) {
            size_t r = (size_t)x_men(d, (size_t)x_tok(d, q - 2)->mention)->tok0;
            /* "in northern Syria's Manbij", "in the rural area of Şırnak's
             * Uludere district": the owner's own phrase */
            prep = r > s0 && place_prep(d, s0, r);
        }
    }
    return prep;
}

/* Whether the "by" at token i names no agent: "identified by the initials
 * R.K.", "inspired by the Islamic State", "figures released by the
 * ministry". */
static bool by_of_no_agent(const x_doc *d, size_t s0, size_t i)
{
    static const char *const VERBS[] = { "identified",  "known",       "inspired", "influenced",
                                         "radicalised", "radicalized", "named",    "called",
                                         "referred",    "motivated",   NULL };
    if (i > s0 && x_tok_in(d, i - 1, VERBS))
        return true;
    /* "caught in raids following an investigation by the Izmir Chief
     * Public Prosecutor's Office": who investigated, not who caught */
    static const char *const PROBES[] = { "investigation", "investigations", "probe", "inquiry",
                                          NULL };
    if (i > s0 && x_tok_in(d, i - 1, PROBES))
        return true;
    /* ("referred to by his followers as "Apo"") */
    if (i > s0 + 1 && x_tok_is(d, i - 1, "to") && x_tok_is(d, i - 2, "referred"))
        return true;
    /* "according to figures released by the Interior Ministry": the source
     * of the figures */
    static const char *const MADE[] = { "released", "published", "compiled", "issued", NULL };
    static const char *const PAPERS[] = { "figures",   "data",      "statistics", "numbers",
                                          "report",    "statement", "list",       "footage",
                                          "documents", "document",  "video",      NULL };
    if (i < s0 + 2 || !x_tok_in(d, i - 1, MADE))
        return false;
    for (size_t k = i - 1; k > s0 && i - 1 - k < 3; k--)
        if (x_tok_in(d, k - 1, PAPERS))
            return true;
    return false;
}

/* Whether token i is named by an "according to" phrase that no comma
 * closes before it: "according to the Interior Ministry", "according to a
 * statement from Interior Minister Kithure Kindiki" (the source of the
 * report, no party of its event). */
static bool after_according(const x_doc *d, size_t s0, size_t i)
{
    for (size_t k = i; k > s0 + 1 && i - k < 8; k--) {
        unsigned char p = x_tok(d, k - 1)->punct;
        if (p == ',' || p == ';' || p == ':' || p == '(' || p == ')')
            return false;
        if (x_tok_is(d, k - 1, "to") && x_tok_is(d, k - 2, "according"))
            return true;
    }
    return false;
}

/* Whether token i is in a clause fronted before the trigger at t0 and
 * closed by a comma ("after MIT identified a plot by ISKP, 26 suspects
 * were detained": MIT identified, it did not detain). */
static bool in_fronted_clause(const x_doc *d, size_t s0, size_t i, size_t t0)
{
    if (i >= t0)
        return false;
    size_t comma = SIZE_MAX;
    for (size_t k = i + 1; k < t0; k++)
        if (is_punct_c(d, k, ',')) {
            comma = k;
            break;
        }
    if (comma == SIZE_MAX)
        return false;
    for (size_t k = i; k > s0; k--) {
        if (is_punct_c(d, k - 1, ','))
            return false;
        if (x_tok_is(d, k - 1, "after") || x_tok_is(d, k - 1, "when") ||
            x_tok_is(d, k - 1, "while") || x_tok_is(d, k - 1, "once") ||
            x_tok_is(d, k - 1, "before") || x_tok_is(d, k - 1, "because") ||
            /* "Following the MİT investigation, prosecutors issued
             * warrants": what led to it, no party of it */
            (k - 1 == s0 && (x_tok_is(d, k - 1, "following") || x_tok_is(d, k - 1, "since"))))
            return true;
    }
    return false;
}

/* Whether a subordinating "after", "before", "when" ... stands between the
 * entity at token i and the trigger at t0 ("al-Sharaa has vowed to protect
 * minorities after a suicide bombing killed 25": he did not bomb). */
/* "detained 25 suspects after MİT traced money transfers to a financier
 * known as X", "after tracing money sent to X": where the verb of an
 * "after", "before", "because" or "while" clause after the trigger (t1)
 * stands, or s1. A person named past it is the one that clause acts on,
 * no party of the trigger's deed (a group may still be whom the deed was
 * against: "raided a hideout after receiving information about TTP
 * fighters"). */
static size_t verb_after_subordinator(const x_doc *d, size_t t1, size_t s1)
{
    bool after = false;
    for (size_t k = t1; k < s1; k++) {
        const xtok *w = x_tok(d, k);
        if (w->tags & X_TAG_SUBORDINATOR)
            after = x_tok_is(d, k, "after") || x_tok_is(d, k, "before") ||
                    x_tok_is(d, k, "because") || x_tok_is(d, k, "while");
        else if (after && w->kind == FNR_TOK_WORD && (w->xflags & XT_LOWER) &&
                 !(w->xflags & XT_TRIGGER) && !tok_class(d, k, W_BE_WORDS) &&
                 ((w->key_len > 4 && memcmp(w->key + w->key_len - 2, "ed", 2) == 0) ||
                  (w->key_len > 5 && memcmp(w->key + w->key_len - 3, "ing", 3) == 0)))
            return k;
    }
    return s1;
}

/* "was arrested after MIT found that he had sent images to a handler known
 * as Haji": a party told in a that-clause of a subordinate clause after
 * the trigger (token t1) did something else. Where that clause starts, or
 * s1 when there is none. */
static size_t clause_after(const x_doc *d, size_t t1, size_t s1)
{
    bool sub = false;
    for (size_t k = t1; k < s1; k++) {
        if (x_tok(d, k)->tags & X_TAG_SUBORDINATOR)
            sub = true;
        else if (sub && x_tok_is(d, k, "that"))
            return k;
        /* "The attempt was foiled, the service said, adding that it had
         * shared its findings with NATO": who comes after the source's
         * words is told of, not foiled */
        else if (is_punct_c(d, k, ','))
            for (size_t q = k + 1; q < s1 && q - k <= 4; q++)
                if (x_report_verb(d, q)) {
                    for (size_t r = q + 1; r < s1 && r - q <= 8; r++)
                        if (is_punct_c(d, r, ','))
                            return r;
                    return s1;
                }
    }
    return s1;
}

static size_t past_bracket(const x_doc *d, size_t k, size_t s1, size_t max);

/* "were arrested ... after the AIVD alerted police": the subject of a
 * clause that "after", "because" or "when" opens after the trigger did
 * the other thing (a past verb right after its name says so). */
static bool subject_after(const x_doc *d, size_t s0, size_t i, size_t s1)
{
    /* ("after Turkey's National Intelligence Organization (MIT) warned":
     * the acronym in brackets of the name before, the owner before it) */
    if (i >= s0 + 2 && is_punct_c(d, i - 1, '(') && x_tok(d, i - 2)->mention >= 0)
        i = x_men(d, (size_t)x_tok(d, i - 2)->mention)->tok0;
    size_t k = past_article(d, s0, i);
    if (k >= s0 + 3 && (x_tok(d, k - 1)->tflags & FNR_TF_POSS) && x_tok(d, k - 2)->mention >= 0)
        k = past_article(d, s0, x_men(d, (size_t)x_tok(d, k - 2)->mention)->tok0);
    if (k <= s0 || !(x_tok(d, k - 1)->tags & X_TAG_SUBORDINATOR))
        return false;
    size_t v = past_bracket(d, after_mention(d, i, s1), s1, 6); /* "the AIVD (...) alerted" */
    /* ("after the MIT had warned them") */
    if (v + 1 < s1 && (x_tok_is(d, v, "had") || x_tok_is(d, v, "has")))
        v++;
    const xtok *w = v < s1 ? x_tok(d, v) : NULL;
    return w && (w->xflags & XT_LOWER) && w->key_len > 3 &&
           memcmp(w->key + w->key_len - 2, "ed", 2) == 0 && !tok_class(d, v, W_BE_WORDS);
}

/* Whether token i, after a trigger ending at t1, stands in a ", where
 * ...," clause ("killed 17 militants in the Gara region, where the TSK
 * has operated since 2022,"): it tells of the place, and who acts in it
 * takes no part in the event. */
static bool in_where_clause(const x_doc *d, size_t t1, size_t i)
{
    bool in = false;
    for (size_t k = t1; k < i; k++)
        if (is_punct_c(d, k, ','))
            in = k + 1 < i && x_tok_is(d, k + 1, "where");
    return in;
}

/* Whether the words from token k to "and was" before token t0 (or to the
 * comma that closes them when `paren`, a comma opened them) hold no verb: "after his
 * interrogation", "after questioning" are phrases, not clauses with subjects of their own ("after a
 * bombing killed 25" is one, and so is a phrase that runs into the trigger). */
static bool verbless_phrase(const x_doc *d, size_t k, size_t t0, bool paren)
{
    static const char *const VERBS[] = { "was",  "were", "is",    "are",  "had",  "has",
                                         "have", "did",  "found", "gave", "took", "told",
                                         "said", "made", "sent",  "shot", "fled", "left",
                                         "came", "went", "saw",   "got",  "led",  "began",
                                         "held", "ran",  "met",   "sold", NULL };
    for (size_t q = k; q < t0; q++) {
        const xtok *t = x_tok(d, q);
        if (is_punct_c(d, q, ','))
            return paren;
        /* ("and was remanded": the subject's next verb; "between May and
         * June" goes on) */
        if (x_tok_is(d, q, "and") && q + 1 < t0 &&
            (x_tok_is(d, q + 1, "was") || x_tok_is(d, q + 1, "were") || x_tok_is(d, q + 1, "had") ||
             x_tok_is(d, q + 1, "has") || x_tok_is(d, q + 1, "later") ||
             x_tok_is(d, q + 1, "then") || x_tok_is(d, q + 1, "subsequently")))
            return true;
        if (tok_event_type(d, q) != 0 || x_tok_in(d, q, VERBS) ||
            ((t->xflags & XT_LOWER) && t->key_len > 4 &&
             memcmp(t->key + t->key_len - 2, "ed", 2) == 0))
            return false;
    }
    return false; /* the trigger is in it: "after a suicide bombing killed 25" */
}

static bool across_subordinator(const x_doc *d, size_t i, size_t t0)
{
    for (size_t k = i + 1; k + 1 < t0; k++) /* "MİT provided intelligence after capturing X":
                                               the same subject */
        if (x_tok_is(d, k, "after") || x_tok_is(d, k, "before") || x_tok_is(d, k, "when") ||
            x_tok_is(d, k, "because") || x_tok_is(d, k, "although") ||
            /* "has stepped up raids since a gunman killed", not "since 2019" */
            (x_tok_is(d, k, "since") && !(x_tok(d, k + 1)->xflags & XT_DATE))) {
            /* ("X was referred to court after his interrogation and was
             * remanded in custody": a phrase, and the subject's verbs go on) */
            if ((x_tok_is(d, k, "after") || x_tok_is(d, k, "before")) &&
                verbless_phrase(d, k + 1, t0, k > i + 1 && is_punct_c(d, k - 1, ',')))
                continue;
            return true;
        }
    return false;
}

/* Whether a clause of its own, joined by ", and" or ", but" and with a
 * subject of its own, holds the trigger at t0 and not the entity at token
 * i before it ("al-Dulaimi gave information, and police detained nine
 * suspects": he was not detained; "raided a house, and later detained
 * two" shares its subject). */
/* (The entity's own clause goes on in lower-case words to the comma, and
 * the joined one has no comma before the trigger: "Ali, Veli, and two
 * members were captured", "A.V.I, and 2 members, who were preparing an
 * attack, were captured" list those captured.) */
static bool across_joined_clause(const x_doc *d, size_t i, size_t t0)
{
    static const char *const NO_SUBJECT[] = { "later",        "then", "also", "was",  "were",
                                              "subsequently", "had",  "has",  "have", NULL };
    bool words = false;
    for (size_t k = after_mention(d, i, t0); k + 2 < t0; k++) {
        words = words || (x_tok(d, k)->xflags & XT_LOWER);
        if (!is_punct_c(d, k, ','))
            continue;
        if (!words || !(x_tok_is(d, k + 1, "and") || x_tok_is(d, k + 1, "but")))
            return false;
        for (size_t q = k + 2; q < t0; q++)
            if (is_punct_c(d, q, ','))
                return false;
        const xtok *w = x_tok(d, k + 2);
        return !x_tok_in(d, k + 2, NO_SUBJECT) &&
               !(w->key_len > 3 && memcmp(w->key + w->key_len - 2, "ed", 2) == 0) &&
               !(w->key_len > 3 && memcmp(w->key + w->key_len - 2, "ly", 2) == 0);
    }
    return false;
}

/* Whether a second verb joined by "and" stands between the trigger's end
 * t1 and the entity at token i ("was wanted on an Interpol notice and was
 * arrested by Georgia's SSG": the SSG arrested, it listed no one). */
static bool after_joined_verb(const x_doc *d, size_t t1, size_t i, size_t s1)
{
    for (size_t k = t1; k + 1 < i; k++) {
        if (!x_tok_is(d, k, "and"))
            continue;
        /* "was arrested in London and will appear at Westminster
         * Magistrates' Court": what is still to come has no party of it */
        if (k + 2 < i && (x_tok_is(d, k + 1, "will") || x_tok_is(d, k + 1, "would")))
            return true;
        size_t v = k + 1;
        while (v + 1 < i && (x_tok_is(d, v, "was") || x_tok_is(d, v, "were") ||
                             x_tok_is(d, v, "later") || x_tok_is(d, v, "then")))
            v++;
        if (v < i && tok_event_type(d, v) != 0 && (x_tok(d, v)->xflags & XT_LOWER))
            return true;
        /* "charging X with financing Hezbollah, and the State Department
         * offered a reward": a clause of its own, with its own subject */
        size_t sj = k + 1 + (x_tok_is(d, k + 1, "the") ? 1 : 0);
        if (k > t1 && is_punct_c(d, k - 1, ',') && sj == i && x_tok(d, i)->mention >= 0) {
            size_t w = after_mention(d, i, s1);
            const xtok *vt = w < s1 ? x_tok(d, w) : NULL;
            if (vt && (vt->xflags & XT_LOWER) && vt->key_len > 3 &&
                memcmp(vt->key + vt->key_len - 2, "ed", 2) == 0)
                return true;
        }
    }
    return false;
}

/* Whether the entity at token i follows a "by" of no agent. */
static bool after_no_agent_by(const x_doc *d, size_t s0, size_t i)
{
    size_t k = past_article(d, s0, i);
    return k > s0 + 1 && x_tok_is(d, k - 1, "by") && by_of_no_agent(d, s0, k - 1);
}

/* The agents after the "by" at token i, as the by-scan meets them (a
 * repeat of the one before left out: adding it again changes nothing). */
static bool owns_next(const x_doc *d, size_t i, size_t s1);

/* Does the state named from token i own a body the text does not name
 * ("by Iran's intelligence ministry", "by Russia's military intelligence
 * agency"): lower-case words after its "'s" up to a body's noun? The
 * state then stands for it (D-12). */
static bool owns_unnamed_body(const x_doc *d, size_t i, size_t s1)
{
    static const char *const BODY[] = { "ministry",   "service",      "services", "agency",
                                        "government", "army",         "military", "forces",
                                        "police",     "intelligence", NULL };
    size_t k = after_mention(d, i, s1);
    if (k >= s1 || !(x_tok(d, k)->tflags & FNR_TF_POSS))
        return false;
    for (size_t q = k + 1; q < s1 && q - k <= 4; q++) {
        const xtok *t = x_tok(d, q);
        if (t->kind != FNR_TOK_WORD || (t->tflags & FNR_TF_CAP) || x_tok_entity(d, q) >= 0)
            return false;
        if (x_tok_in(d, q, BODY) &&
            !(q + 1 < s1 && x_tok(d, q + 1)->kind == FNR_TOK_WORD &&
              !(x_tok(d, q + 1)->tflags & FNR_TF_CAP) && x_tok_in(d, q + 1, BODY)))
            return true;
    }
    return false;
}

static fnr_status by_agents(const x_doc *d, size_t i, size_t s1, fnr_vec *agents)
{
    int last = -1;
    /* the list right after "by": "by Türkiye, the U.S. and the European
     * Union" names states that act; a place after other words ("by police
     * in Istanbul") is where */
    bool in_list = true, comma = false;
    for (size_t k = i + 1; k < s1 && k - i < 10; k++) {
        if (is_punct_c(d, k, '.') || is_punct_c(d, k, ';'))
            break;
        comma = comma || is_punct_c(d, k, ',');
        /* "by MİT in Qamishli, the so-called PKK/YPG commander X was
         * neutralized": a militant group past the comma is the main
         * clause's */
        if (comma && x_tok_entity(d, k) >= 0 && is_militant(d, x_tok_entity(d, k)))
            break;
        /* "wanted by Türkiye for links to FETÖ": what for names no agent */
        /* ("arrested by the DGSI after a tip-off from Morocco's DGST":
         * nor does what came before or after) */
        if (last >= 0 &&
            (x_tok_is(d, k, "for") || x_tok_is(d, k, "over") || x_tok_is(d, k, "after") ||
             x_tok_is(d, k, "following") || x_tok_is(d, k, "before")))
            break;
        /* "information shared by MİT with Swedish intelligence": the one
         * it was shared with is no agent */
        if (last >= 0 && x_tok_is(d, k, "with") && k + 1 < s1 &&
            (x_tok_entity(d, k + 1) >= 0 ||
             (k + 2 < s1 && x_tok_is(d, k + 1, "the") && x_tok_entity(d, k + 2) >= 0)))
            break;
        int e = x_tok_entity(d, k);
        in_list = in_list && (e >= 0 || is_punct_c(d, k, ',') || x_tok_is(d, k, "the") ||
                              x_tok_is(d, k, "and"));
        /* ("backed by the U.S.-led coalition": the state names the
         * coalition, it is no agent) */
        if (e >= 0 && e != last && in_list && d->ents[e].type == FNR_ENTITY_LOCATION &&
            place_acts(d, &d->ents[e]) && (!owns_next(d, k, s1) || owns_unnamed_body(d, k, s1)) &&
            !((k == 0 || x_tok_entity(d, k - 1) != e) && affiliated_at(d, k, s1))) {
            fnr_status st = FNR_VEC_PUSH(agents, int, e);
            if (st != FNR_OK)
                return st;
            last = e;
            continue;
        }
        /* "were caught by police on Sunday, Interior Minister Ali Yerlikaya
         * said": past a comma, the one who says it is no agent */
        if (e >= 0 && comma && after_mention(d, k, s1) < s1 &&
            x_report_verb(d, after_mention(d, k, s1)))
            break;
        /* "provided by MIT, Austrian police detained": after a comma, a
         * name its verb follows starts the next clause */
        if (e >= 0 && e != last && is_punct_c(d, k - 1, ',')) {
            size_t v = after_mention(d, k, s1);
            if (v < s1 && ((x_tok(d, v)->xflags & XT_TRIGGER) || x_report_verb(d, v)))
                break; /* "alerted by a partner service, Haindl said" */
            /* "by MIT and Istanbul Police in November 2023, A.J.A., who ...":
             * a person after a comma starts the main clause */
            if (d->ents[e].type == FNR_ENTITY_PERSON)
                break;
        }
        if (e >= 0 && d->ents[e].type != FNR_ENTITY_LOCATION) {
            if (e != last) {
                fnr_status st = FNR_VEC_PUSH(agents, int, e);
                if (st != FNR_OK)
                    return st;
            }
            last = e;
        } else if (e < 0 && x_tok(d, k)->kind == FNR_TOK_WORD && !x_tok_is(d, k, "the") &&
                   !x_tok_is(d, k, "and") && !x_tok_is(d, k, "so called") &&
                   x_tok(d, k)->xflags & XT_TRIGGER) {
            break;
        }
    }
    return FNR_OK;
}

/* "spied on dissidents in Istanbul for Iran": a spying verb a few words
 * before the "for" at token i */
static bool spied_before(const x_doc *d, size_t s0, size_t i)
{
    for (size_t k = i; k > s0 && i - k < 10; k--) {
        const xtok *t = x_tok(d, k - 1);
        /* ("a spy ring working for the IRGC") */
        if (t->key_len == 3 && memcmp(t->key, "spy", 3) == 0)
            return true;
        if (t->key_len >= 4 && (memcmp(t->key, "spie", 4) == 0 || memcmp(t->key, "spyi", 4) == 0 ||
                                (t->key_len >= 7 && memcmp(t->key, "surveil", 7) == 0) ||
                                (t->key_len >= 9 && memcmp(t->key, "espionage", 9) == 0) ||
                                (t->key_len >= 10 && memcmp(t->key, "photograph", 10) == 0)))
            return true;
    }
    return false;
}

static int demonym_country(const x_doc *d, size_t k);

/* One pass over the tokens of sentence s into *f. */
static fnr_status sentence_facts(const x_doc *d, const xsent *s, sent_facts *f)
{
    size_t s0 = s->tok0, s1 = s->tok1;
    f->weapons = f->persons = f->op_verb = f->capture = false;
    fnr_vec_clear(&f->occs);
    fnr_vec_clear(&f->bys);
    fnr_vec_clear(&f->agents);
    fnr_vec_clear(&f->counts);
    f->weak_count = -1;
    f->n_for = 0;
    fnr_status st = FNR_OK;
    size_t incl = SIZE_MAX;      /* the last "including" or "among" */
    bool appos = false;          /* in the names after "two men," */
    size_t breakdown = SIZE_MAX; /* the noun of the last count that said who a count was */
    /* What the loop below looks at: most words of a sentence are none of
     * it (no mention, no word of these classes, no trigger, no number, not
     * "by", "for", "to", "of", "including" or "among") and are passed over at once. */
    const uint32_t looked_for = (1u << W_WEAPON_WORDS) | (1u << W_PERSON_NOUNS) |
                                (1u << W_OP_VERBS) | X_TAG_FACT_WORD | X_TAG_NUMBER;
    const xtok *toks = x_tok(d, 0);
    for (size_t i = s0; i < s1 && st == FNR_OK; i++) {
        /* (a tight loop passes over the words looked at for nothing) */
        while (i < s1 && toks[i].mention < 0 && !(toks[i].tags & looked_for) &&
               !(toks[i].xflags & XT_TRIGGER) && toks[i].kind != FNR_TOK_NUMBER)
            i++;
        if (i == s1)
            break;
        const xtok *t = &toks[i];
        int e = x_tok_entity(d, i);
        /* "by", "for", "to", "of", "including", "among": their key's tag
         * tells them from all other words at once */
        bool fact_word = t->tags & X_TAG_FACT_WORD;
        if (fact_word && (x_tok_is(d, i, "including") || x_tok_is(d, i, "among")))
            incl = i;
        if (t->xflags & XT_TRIGGER)
            appos = false;
        if (tok_class(d, i, W_WEAPON_WORDS))
            f->weapons = true;
        if ((tok_class(d, i, W_PERSON_NOUNS) || e >= 0) &&
            (e < 0 || d->ents[e].type == FNR_ENTITY_PERSON))
            f->persons = true;
        if (tok_class(d, i, W_OP_VERBS))
            f->op_verb = true;
        fnr_event_type ot = tok_event_type(d, i);
        if (ot == FNR_EVENT_ARREST || ot == FNR_EVENT_KILL || ot == FNR_EVENT_SEIZURE)
            f->capture = true;
        /* ("in Istanbul-based operations", "Ankara-based raids": the
         * operations' place, where they were) */
        bool based_ops = false;
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_LOCATION && affiliated_at(d, i, s1)) {
            size_t h = after_mention(d, i, s1);
            based_ops = h + 2 < s1 && x_tok_is(d, h + 1, "based") &&
                        (x_tok_is(d, h + 2, "operations") || x_tok_is(d, h + 2, "operation") ||
                         x_tok_is(d, h + 2, "raids") || x_tok_is(d, h + 2, "raid"));
        }
        if (e >= 0 && !(i > s0 && t->mention == x_tok(d, i - 1)->mention) &&
            (!affiliated_at(d, i, s1) || based_ops)) {
            occ o = { .tok = (uint32_t)i, .ent = e };
            o.ent_start = i > s0 && x_tok_entity(d, i - 1) != e;
            /* ("along with X": taken too) */
            o.aside = o.ent_start && (x_tok_is(d, i - 1, "of") ||
                                      (x_tok_is(d, i - 1, "with") &&
                                       !(i >= s0 + 2 && (x_tok_is(d, i - 2, "along") ||
                                                         x_tok_is(d, i - 2, "together")))));
            /* "Two other men, A and B, were arrested": the names after the
             * counted noun and its comma are the counted */
            if (o.ent_start && d->ents[e].type == FNR_ENTITY_PERSON && i >= s0 + 3 &&
                is_punct_c(d, i - 1, ',') && tok_class(d, i - 2, W_PERSON_NOUNS))
                for (size_t k = i - 2; k > s0 && i - 2 - k < 3 && !appos; k--)
                    appos = token_number(d, k - 1) >= 2;
            if (o.ent_start && d->ents[e].type == FNR_ENTITY_PERSON && appos)
                o.aside = true;
            /* "three men including a Somali national named X": X is one of
             * the three */
            if (o.ent_start && incl != SIZE_MAX && i - incl <= 14) {
                bool comma = false; /* "..., including a regional official identified by
                                       the initials R.K." */
                /* ("including the alleged ringleader, a 45-year-old Iraqi
                 * identified as X": a comma that opens an apposition) */
                for (size_t k = incl + 1; k < i && !comma; k++)
                    comma = is_punct_c(d, k, ',') &&
                            !(k + 1 < i && (x_tok_is(d, k + 1, "a") || x_tok_is(d, k + 1, "an")));
                o.aside = !comma || i - incl <= 8;
            }
            /* "a senior aide to Ali Mamlouk", "the wife of slain leader X":
             * the one acted on is the aide or the wife ("Kaya's brother,
             * Ali Kaya," may open the sentence) */
            o.kin = (o.ent_start || i == s0) && d->ents[e].type == FNR_ENTITY_PERSON &&
                    (kin_before(d, s0, i) || kin_after(d, i, s1));
            o.prep = d->ents[e].type == FNR_ENTITY_LOCATION && place_prep(d, s0, i);
            st = FNR_VEC_PUSH(&f->occs, occ, o);
        }
        if (st == FNR_OK && fact_word && x_tok_is(d, i, "by") && !by_of_no_agent(d, s0, i)) {
            by_word b = { .tok = (uint32_t)i, .a0 = (uint32_t)f->agents.len };
            b.op_before = i > s0 && tok_class(d, i - 1, W_OP_NOUNS);
            st = by_agents(d, i, s1, &f->agents);
            b.a1 = (uint32_t)f->agents.len;
            if (st == FNR_OK)
                st = FNR_VEC_PUSH(&f->bys, by_word, b);
        }
        /* "spying for Mossad", "working for Israeli intelligence",
         * "selling information to Iran's Revolutionary Guards" */
        if (fact_word && i + 1 < s1 && i > s0 &&
            ((x_tok_is(d, i, "for") &&
              (x_tok_is(d, i - 1, "spying") || x_tok_is(d, i - 1, "working") ||
               x_tok_is(d, i - 1, "spy") || x_tok_is(d, i - 1, "worked") ||
               x_tok_is(d, i - 1, "service") || spied_before(d, s0, i) ||
               /* ("carrying out espionage missions for Iran") */
               ((x_tok_is(d, i - 1, "missions") || x_tok_is(d, i - 1, "tasks")) && i >= s0 + 2 &&
                (x_tok_is(d, i - 2, "espionage") || x_tok_is(d, i - 2, "spying") ||
                 x_tok_is(d, i - 2, "intelligence") || x_tok_is(d, i - 2, "surveillance"))))) ||
             /* "surveillance ... on behalf of the Belarusian KGB" */
             (x_tok_is(d, i, "of") && x_tok_is(d, i - 1, "behalf")) ||
             /* ("on the orders of Ukraine's GUR", "on instructions from
              * the IRGC", "at the behest of Iran's MOIS") */
             ((x_tok_is(d, i, "of") || x_tok_is(d, i, "from")) &&
              (x_tok_is(d, i - 1, "orders") || x_tok_is(d, i - 1, "instructions") ||
               x_tok_is(d, i - 1, "behest"))) ||
             /* "tasked by the IRGC with plotting", "recruited by Iran's
              * MOIS" (a service, a force or a group: below) */
             (x_tok_is(d, i, "by") &&
              (x_tok_is(d, i - 1, "tasked") || x_tok_is(d, i - 1, "recruited") ||
               x_tok_is(d, i - 1, "hired"))) ||
             (x_tok_is(d, i, "to") &&
              (x_tok_is(d, i - 1, "information") || x_tok_is(d, i - 1, "intelligence") ||
               x_tok_is(d, i - 1, "secrets") || x_tok_is(d, i - 1, "documents"))))) {
            /* "for Russia's military intelligence service, the GRU"; past a
             * comma only a service ("for a foreign service, the Istanbul
             * prosecutor's office said" names the source) */
            bool comma = false;
            int state = -1; /* "for Iran's intelligence service": the state
                             * stands for a service it does not name (D-12) */
            /* "who had worked for Reuters", "worked for a logistics firm":
             * an employer, unless a service, a word of spying or a charge
             * ("on suspicion of working for the Wagner Group") says more */
            size_t n_for0 = f->n_for;
            bool employer =
                (x_tok_is(d, i - 1, "working") || x_tok_is(d, i - 1, "worked")) &&
                x_tok_is(d, i, "for") && !spied_before(d, s0, i - 1) &&
                !(i >= s0 + 3 && (x_tok_is(d, i - 2, "of") || x_tok_is(d, i - 2, "with")) &&
                  (x_tok_is(d, i - 3, "suspicion") || x_tok_is(d, i - 3, "charges") ||
                   x_tok_is(d, i - 3, "charged") || x_tok_is(d, i - 3, "accused")));
            size_t k = i + 1;
            /* "sentenced for passing NATO documents to the GRU": "for" a
             * deed names no one it was done for */
            const xtok *gw = k < s1 ? x_tok(d, k) : NULL;
            if (gw && x_tok_is(d, i, "for") && (gw->xflags & XT_LOWER) && gw->key_len > 4 &&
                memcmp(gw->key + gw->key_len - 3, "ing", 3) == 0)
                k = s1;
            for (; k < s1 && k - i < 9; k++) {
                int fe = x_tok_entity(d, k);
                comma = comma || is_punct_c(d, k, ',');
                /* ("for Iran International", a broadcaster, is not for Iran) */
                if (fe >= 0 && state < 0 && !comma && d->ents[fe].type == FNR_ENTITY_LOCATION &&
                    kind_is(d, &d->ents[fe], K_COUNTRY) &&
                    (k == i + 1 || (k == i + 2 && x_tok_is(d, i + 1, "the"))) &&
                    !(after_mention(d, k, s1) < s1 &&
                      x_tok(d, after_mention(d, k, s1))->kind == FNR_TOK_WORD &&
                      (x_tok(d, after_mention(d, k, s1))->tflags & FNR_TF_CAP)))
                    state = fe;
                if (fe >= 0 && d->ents[fe].type == FNR_ENTITY_ORGANIZATION && employer &&
                    !(d->ent_bits[fe] & EK_INTEL))
                    break;
                /* "surveillance of journalists working for Iran
                 * International": a newsroom employs, it is spied on */
                if (fe >= 0 && kind_is(d, &d->ents[fe], K_MEDIA))
                    break;
                /* ("hired by a logistics firm": an employer) */
                if (fe >= 0 && x_tok_is(d, i, "by") &&
                    !((d->ent_bits[fe] & EK_INTEL) || is_militant(d, fe) ||
                      kind_is(d, &d->ents[fe], K_ARMED_FORCES)))
                    break;
                /* ("spying for Iran, the Shin Bet said": the source) */
                if (fe >= 0 && f->n_for < 4 && d->ents[fe].type == FNR_ENTITY_ORGANIZATION &&
                    (!comma || ((d->ent_bits[fe] & EK_INTEL) && !reports_it(d, k, s1)))) {
                    f->for_whom[f->n_for++] = fe;
                    break;
                }
                if (x_tok_is(d, k, "and") || x_tok_is(d, k, "to") || x_tok_is(d, k, "in") ||
                    (x_tok(d, k)->kind == FNR_TOK_PUNCT && !is_punct_c(d, k, ',') &&
                     !(x_tok(d, k)->tflags & FNR_TF_POSS)))
                    break;
            }
            /* no service named after the state: the state itself */
            if (state >= 0 && (k >= s1 || k - i >= 9 || x_tok_entity(d, k) < 0) && f->n_for < 4)
                f->for_whom[f->n_for++] = state;
            /* "on behalf of a Russian intelligence service": the state its
             * demonym names, when the report names it (D-12) */
            size_t q = i + 1;
            if (q < s1 && (x_tok_is(d, q, "a") || x_tok_is(d, q, "an") || x_tok_is(d, q, "the")))
                q++;
            if (state < 0 && n_for0 == f->n_for && f->n_for < 4 && q + 1 < s1 &&
                (x_tok(d, q)->xflags & XT_DEMONYM) && x_tok(d, q)->mention < 0 &&
                (x_tok_is(d, q + 1, "intelligence") || x_tok_is(d, q + 1, "security") ||
                 x_tok_is(d, q + 1, "military") || x_tok_is(d, q + 1, "state"))) {
                int c = demonym_country(d, q);
                if (c >= 0)
                    f->for_whom[f->n_for++] = c;
            }
        }
        long v = st == FNR_OK ? token_number(d, i) : -1;
        count_cand c;
        /* "Three aides were killed and a fourth was captured": one */
        static const char *const ORDINALS[] = { "second", "third",   "fourth", "fifth",
                                                "sixth",  "seventh", "eighth", NULL };
        if (st == FNR_OK && (t->xflags & XT_TRIGGER) && i >= s0 + 4 &&
            (x_tok_is(d, i - 1, "was") || x_tok_is(d, i - 1, "is")) &&
            x_tok_in(d, i - 2, ORDINALS) &&
            (x_tok_is(d, i - 3, "a") || x_tok_is(d, i - 3, "another")) &&
            (x_tok_is(d, i - 4, "and") || is_punct_c(d, i - 4, ','))) {
            c = (count_cand){ .noun = (uint32_t)(i - 2), .value = 1 };
            st = FNR_VEC_PUSH(&f->counts, count_cand, c);
            continue;
        }
        if (v >= 0 && count_at(d, s0, s1, i, v, &f->weak_count, &c)) {
            count_cand *prev =
                f->counts.len ? &FNR_VEC_AT(&f->counts, count_cand, f->counts.len - 1) : NULL;
            bool of_whom = i + 2 < s1 && x_tok_is(d, i + 1, "of") && x_tok_is(d, i + 2, "whom");
            /* "Seven people, including two women,": some of the seven */
            bool some_of = prev && incl != SIZE_MAX &&
                           ((i == incl + 1 && x_tok_is(d, incl, "including")) ||
                            (i == incl + 2 && x_tok_is(d, incl, "among") &&
                             (x_tok_is(d, incl + 1, "them") || x_tok_is(d, incl + 1, "whom"))));
            if ((prev && prev->noun + 2 == i && is_punct_c(d, i - 1, ',') && !of_whom) || some_of ||
                (breakdown != SIZE_MAX && breakdown + 2 == i && x_tok_is(d, i - 1, "and")))
                breakdown = c.noun; /* "Four suspects, two Saudis and two Syrians,": who
                                       the four are */
            else if (prev && prev->noun + 2 == i && x_tok_is(d, i - 1, "and") &&
                     !(c.noun + 1 < s1 &&
                       (x_tok_is(d, c.noun + 1, "were") || x_tok_is(d, c.noun + 1, "was") ||
                        x_tok_is(d, c.noun + 1, "have") || x_tok_is(d, c.noun + 1, "had"))))
                prev->value += c.value; /* "three Syrians and two Iraqis": five people (not
                                           "300 people and 12 suspects were detained") */
            else
                st = FNR_VEC_PUSH(&f->counts, count_cand, c);
        }
    }
    return st;
}

/* Whether the entity mention starting at token i is the subject of a
 * reporting verb after it (", the Interior Ministry said."): a source, not
 * a party to the event. */

/* Where the trailing reporting clause of a sentence starts (", the
 * prosecutor's office in Karlsruhe said."): the last comma after token
 * after whose part up to the end holds a verb of saying; s1 if none. */
static size_t reporting_clause(const x_doc *d, size_t after, size_t s1)
{
    for (size_t c = s1; c-- > after + 1;) {
        if (!is_punct_c(d, c, ','))
            continue;
        for (size_t k = c + 1; k < s1 && k - c < 12; k++)
            if (x_report_verb(d, k))
                return c;
        /* ", according to the Federal Prosecutor's Office in Karlsruhe" */
        if (c + 2 < s1 && x_tok_is(d, c + 1, "according") && x_tok_is(d, c + 2, "to"))
            return c;
        return s1;
    }
    return s1;
}

/* Whether the mention at token i follows ", said" or ", told" (a
 * reporting clause with its subject after the verb). */
static bool said_before(const x_doc *d, size_t s0, size_t i)
{
    size_t k = past_article(d, s0, i);
    /* "... life," said Detective Chief Superintendent Robert Potts": past
     * titles, and a quotation closed after its comma */
    size_t n_titles = 0;
    for (; n_titles < 4 && k > s0 && (x_tok(d, k - 1)->xflags & XT_TITLE); n_titles++)
        k--;
    /* ... and the body the titled speaker serves ("said Borno police
     * spokesman Nahum Daso") */
    if (n_titles && k > s0 && x_tok(d, k - 1)->mention >= 0 &&
        x_men(d, (size_t)x_tok(d, k - 1)->mention)->type == FNR_ENTITY_ORGANIZATION)
        k = past_article(d, s0, x_men(d, (size_t)x_tok(d, k - 1)->mention)->tok0);
    if (k < s0 + 2 || !x_report_verb(d, k - 1))
        return false;
    size_t c = k - 2;
    if ((x_tok(d, c)->xflags & XT_QUOTE) && c > s0)
        c--;
    return is_punct_c(d, c, ',') || is_punct_c(d, c, '?') || is_punct_c(d, c, '!');
}

/* The token after a parenthesis opening at k and closing within max
 * tokens ("(CENTCOM)"), or k itself when none opens or closes there. */
static size_t past_bracket(const x_doc *d, size_t k, size_t s1, size_t max)
{
    if (k >= s1 || !is_punct_c(d, k, '('))
        return k;
    for (size_t c = k + 1; c < s1 && c - k < max; c++)
        if (is_punct_c(d, c, ')'))
            return c + 1;
    return k;
}

static bool reports_it(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    k = past_bracket(d, k, s1, 6); /* "the US Central Command (CENTCOM) said" */
    /* "the national anti-terrorism prosecutor's office (PNAT) said": the
     * body named only in the brackets */
    if (k < s1 && is_punct_c(d, k, ')') && i > 0 && is_punct_c(d, i - 1, '('))
        k++;
    /* "the Federal Prosecutor's Office in Karlsruhe said": past the place
     * it sits in */
    if (k + 1 < s1 && x_tok_is(d, k, "in") && x_tok_entity(d, k + 1) >= 0 &&
        d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_LOCATION)
        k = after_mention(d, k + 1, s1);
    /* "the Shin Bet security agency and police said", "Counter Terrorism
     * Policing North West said": past the words that say what the source
     * is, or which of its branches (a body's) */
    int e = x_tok_entity(d, i);
    for (size_t q = k; e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION && q < s1 && q - k < 5;
         q++) {
        const xtok *w = x_tok(d, q);
        if (w->kind != FNR_TOK_WORD ||
            !((w->xflags & XT_LOWER) || x_tok_class(d, q, XW_DIRECTIONS)) ||
            (w->xflags & XT_TRIGGER) || w->mention >= 0)
            break;
        if (x_report_verb(d, q)) {
            k = q;
            break;
        }
    }
    if (k < s1 && x_tok_is(d, k, "in") && k + 1 < s1 && x_tok_is(d, k + 1, "a"))
        k += 3; /* "said in a statement" */
    /* "..., the military's media wing, Inter-Services Public Relations
     * (ISPR), said": the apposition closed before its verb */
    if (k + 1 < s1 && is_punct_c(d, k, ',') && x_report_verb(d, k + 1))
        k++;
    /* "Layla Hassan, a researcher at Chatham House, said": past the
     * appositive to its verb */
    else if (k < s1 && is_punct_c(d, k, ',')) {
        size_t c = k + 1;
        /* ("The leader, X, was killed, said the army": a clause of its
         * own, with its verb, no apposition) */
        bool verb = false;
        while (c < s1 && c - k < 14 && !is_punct_c(d, c, ',')) {
            verb = verb || tok_class(d, c, W_BE_WORDS) || (x_tok(d, c)->xflags & XT_TRIGGER);
            c++;
        }
        if (c < s1 && is_punct_c(d, c, ',') && !verb)
            k = c + 1;
    }
    return k < s1 && x_report_verb(d, k);
}

/* Whether the mention at token i is whom someone was handed over to
 * ("handed over to Turkish police", "transferred to the gendarmerie"). */
static bool handed_to(const x_doc *d, size_t s0, size_t i)
{
    static const char *const HANDED[] = { "over",        "handed",     "transferred", "delivered",
                                          "surrendered", "extradited", NULL };
    size_t k = past_article(d, s0, i);
    return k >= s0 + 2 && x_tok_is(d, k - 1, "to") && x_tok_in(d, k - 2, HANDED);
}

/* The token past an adverb between a source and its reporting verb ("the
 * SDF also said", "the ministry later said"), or k itself. */
static size_t past_said_adverb(const x_doc *d, size_t k, size_t t0)
{
    static const char *const ADV[] = { "also", "later", "earlier", "separately", "again", NULL };
    return k + 1 < t0 && x_tok_in(d, k, ADV) && x_report_verb(d, k + 1) ? k + 1 : k;
}

/* Whether the body at token i reports, before the verb at t0, what someone
 * else did: "X said 14 terrorists were neutralized", "X said security forces
 * captured", but not "X said it (they, its teams) captured". */
static bool reports_other(const x_doc *d, size_t i, size_t t0)
{
    /* ("claimed to have detained": the claimant acted) */
    static const char *const SELF[] = { "it", "its", "they", "their", "we", "our", "to", NULL };
    size_t k = after_mention(d, i, t0);
    k = past_said_adverb(d, past_bracket(d, k, t0, 6), t0);
    /* "Hezbollah, Iran's ally in Lebanon, said ...": past the apposition
     * to its verb */
    if (k < t0 && is_punct_c(d, k, ',')) {
        size_t c = k + 1;
        while (c < t0 && c - k < 12 && !is_punct_c(d, c, ',') &&
               !(x_tok(d, c)->xflags & XT_TRIGGER))
            c++;
        if (c + 1 < t0 && is_punct_c(d, c, ',') && x_report_verb(d, c + 1))
            k = c + 1;
    }
    /* "the Federal Prosecutor's Office in Karlsruhe said": past its seat */
    if (k + 2 < t0 && x_tok_is(d, k, "in") && x_tok_entity(d, k + 1) >= 0 &&
        d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_LOCATION &&
        x_report_verb(d, after_mention(d, k + 1, t0)))
        k = after_mention(d, k + 1, t0);
    /* "Syria's new interior ministry said security forces arrested" */
    if (k < t0 && (x_tok(d, k)->tflags & FNR_TF_POSS)) {
        size_t w = k + 1;
        while (w < t0 && w - k <= 4 && (x_tok(d, w)->xflags & XT_LOWER) &&
               !(x_tok(d, w)->xflags & XT_TRIGGER) && !x_report_verb(d, w))
            w++;
        if (w > k + 1)
            k = w;
        /* "Lebanon's state-run National News Agency (NNA) said" */
        if (k < t0 && x_tok(d, k)->mention >= 0)
            k = past_bracket(d, after_mention(d, k, t0), t0, 6);
    }
    if (k >= t0 || !x_report_verb(d, k))
        return false;
    k++;
    /* ("said on Sunday that its forces", "said in a statement that") */
    for (size_t q = k; q < t0 && q - k < 6 && !is_punct_c(d, q, ','); q++)
        if (x_tok_is(d, q, "that")) {
            k = q;
            break;
        }
    if (k < t0 && x_tok_is(d, k, "that"))
        k++;
    /* ("said on Wednesday it had conducted", "said in a statement late on
     * Tuesday its forces"): past when and how it said so */
    static const char *const WHEN_HOW[] = { "on",    "in",        "a",         "an",
                                            "late",  "early",     "earlier",   "later",
                                            "today", "yesterday", "statement", "briefing",
                                            "post",  "written",   NULL };
    for (size_t q = k; q < t0 && q - k < 8 && !x_tok_in(d, q, SELF); q++) {
        const xtok *w = x_tok(d, q);
        if (!(w->xflags & XT_DATE) && w->kind != FNR_TOK_NUMBER && !x_tok_in(d, q, WHEN_HOW))
            break;
        if (q + 1 < t0 && x_tok_in(d, q + 1, SELF) && !x_tok_is(d, q + 1, "to"))
            k = q + 1;
    }
    return k < t0 && !x_tok_in(d, k, SELF);
}

/* Whether the body at token i says, before the verb at t0, that it acted
 * ("the SDF said they had arrested", "HTS said on Sunday it detained"). */
static bool says_it_did(const x_doc *d, size_t i, size_t t0)
{
    size_t k = past_bracket(d, after_mention(d, i, t0), t0, 6);
    /* ("the Taliban government said its intelligence agency had
     * arrested": a group that governs, by its government) */
    if (k + 1 < t0 && (x_tok_is(d, k, "government") || x_tok_is(d, k, "administration") ||
                       x_tok_is(d, k, "authorities")))
        k++;
    /* ("Houthi rebels in Yemen said they had detained": where they are) */
    if (k + 2 < t0 && x_tok_is(d, k, "in") && x_tok_entity(d, k + 1) >= 0 &&
        d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_LOCATION)
        k = after_mention(d, k + 1, t0);
    k = past_said_adverb(d, k, t0);
    if (k >= t0 || !x_report_verb(d, k))
        return false;
    return !reports_other(d, i, t0);
}

/* Whether the place mentioned from token i names the seat of a body or a
 * group of people ("Istanbul prosecutors", "Ankara police", "Gaziantep
 * court"), so it is no actor of its own as "Turkey declared ..." is. */
static bool place_qualifies(const x_doc *d, size_t i, size_t s1)
{
    static const char *const BODIES[] = {
        "prosecutor",  "prosecutors", "prosecution",  "court",  "courts",   "authorities",
        "officials",   "governor",    "governorship", "forces", "security", "police",
        "gendarmerie", "judge",       "judges",       "office", NULL
    };
    size_t k = after_mention(d, i, s1);
    if (k >= s1)
        return false;
    if (tok_class(d, k, W_PERSON_NOUNS))
        return true;
    return x_tok_in(d, k, BODIES);
}

/* "suspects linked to the terror group", "the group's so-called imams": the
 * militant group a sentence [s0, s1) points back to by words from token
 * from on, named last before it in its paragraph, or the only one named
 * before (within a few paragraphs; a group's named sub-unit is none); -1
 * if it points to none, or to one of several. */
static int group_named_back(const x_doc *d, size_t s0, size_t from, size_t s1)
{
    bool points = false;
    for (size_t i = from; i + 1 < s1 && !points; i++) {
        if (!x_tok_is(d, i, "the"))
            continue;
        size_t k = i + 1;
        bool terror = x_tok_is(d, k, "terror") || x_tok_is(d, k, "terrorist");
        if (terror && k + 1 < s1)
            k++;
        points = x_tok_is(d, k, "group") ||
                 (terror && (x_tok_is(d, k, "organization") || x_tok_is(d, k, "organisation")));
        /* "the group Hayat Tahrir al-Sham" names one */
        if (points && k + 1 < s1 && x_tok_entity(d, k + 1) >= 0)
            points = false;
    }
    if (!points)
        return -1;
    /* the group named last in this paragraph; before it, the one group
     * the report has named, when it has named only one */
    const xsent *s = d->sents.data, *cur = s, *end = s + d->sents.len;
    while (cur + 1 < end && cur->tok1 <= s0)
        cur++;
    size_t para = s0;
    for (const xsent *q = cur; q > s && !q->para_start; q--)
        para = (q - 1)->tok0;
    int found = -1;
    for (size_t i = s0; i-- > 0 && s0 - i < 800;) {
        int e = x_tok_entity(d, i);
        if (e < 0 || !is_militant(d, e) || e == found)
            continue;
        /* "the Raqqa province of Daesh": the group is Daesh, its part none */
        const char *rule = x_men(d, (size_t)x_tok(d, i)->mention)->rule;
        if (rule[0] == 'g' && strcmp(rule, "group_subunit") == 0)
            continue;
        if (found >= 0)
            return -1;
        if (i >= para)
            return e;
        found = e;
    }
    return found;
}

/* Is token k a verb of finding spies out ("uncovered", "exposed")? */
static bool found_out(const x_doc *d, size_t k, size_t s1)
{
    /* past "(MİT)" and "has": "MİT (...) has unmasked a network" */
    if (k < s1 && is_punct_c(d, k, ')'))
        k++; /* the "MİT" of "(MİT) has unmasked" */
    else
        k = past_bracket(d, k, s1, 8);
    /* ("Turkish intelligence and Istanbul police have dismantled": past
     * the bodies it shares the verb with) */
    while (k + 1 < s1 && x_tok_is(d, k, "and") && x_tok_entity(d, k + 1) >= 0 &&
           d->ents[x_tok_entity(d, k + 1)].type == FNR_ENTITY_ORGANIZATION)
        k = past_bracket(d, after_mention(d, k + 1, s1), s1, 8);
    static const char *const AUX[] = { "has", "have", "had", "also", "reportedly", NULL };
    while (k < s1 && x_tok_in(d, k, AUX))
        k++;
    /* ("the DTX said on Wednesday it had dismantled a spy ring": past what
     * it said, to its own deed) */
    if (k < s1 && x_report_verb(d, k)) {
        size_t q = k + 1;
        while (q < s1 && q - k < 8 && !x_tok_is(d, q, "it") && !x_tok_is(d, q, "they") &&
               !is_punct_c(d, q, ',') && !(x_tok(d, q)->xflags & XT_TRIGGER))
            q++;
        if (q < s1 && (x_tok_is(d, q, "it") || x_tok_is(d, q, "they"))) {
            k = q + 1;
            while (k < s1 && x_tok_in(d, k, AUX))
                k++;
        }
    }
    if (k >= s1)
        return false;
    static const char *const VERBS[] = { "uncovered", "exposed",    "detected", "dismantled",
                                         "busted",    "identified", "revealed", "unmasked",
                                         "caught",    "captured",   "arrested", "detained",
                                         "found",     "discovered", "broke",    "broken",
                                         "rolled",    NULL };
    return x_tok_in(d, k, VERBS);
}

/* Is the entity named from token i the subject of the verb at token v:
 * "Hayat Tahrir al-Sham (HTS) detained", "the Taliban have arrested"? */
static bool subject_of(const x_doc *d, size_t i, size_t v, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    if (k < s1 && is_punct_c(d, k, '(')) {
        while (k < s1 && k - i < 10 && !is_punct_c(d, k, ')'))
            k++;
        k++;
    }
    while (k < v && (x_tok_is(d, k, "fighters") || x_tok_is(d, k, "militants") ||
                     x_tok_is(d, k, "members") || x_tok_is(d, k, "have") || x_tok_is(d, k, "has") ||
                     x_tok_is(d, k, "had") || x_tok_is(d, k, "also") || x_tok_is(d, k, "is") ||
                     x_tok_is(d, k, "was") || x_tok_is(d, k, "are") || x_tok_is(d, k, "were") ||
                     x_tok_is(d, k, "been")))
        k++;
    return k == v;
}

/* Is the mention from token i the subject of a capture or killing whose
 * object ends at "and" right before the verb at v: "the SDF captured
 * al-Iraqi and seized weapons" (the group seized). */
static bool coord_subject_of(const x_doc *d, size_t i, size_t v, size_t s1)
{
    if (v < 2 || !x_tok_is(d, v - 1, "and"))
        return false;
    size_t k = after_mention(d, i, s1);
    while (k + 1 < v && (x_tok_is(d, k, "have") || x_tok_is(d, k, "has") || x_tok_is(d, k, "had") ||
                         x_tok_is(d, k, "also")))
        k++;
    fnr_event_type ty = k + 1 < v ? tok_event_type(d, k) : 0;
    if (ty != FNR_EVENT_ARREST && ty != FNR_EVENT_KILL)
        return false;
    for (size_t q = k + 1; q + 1 < v; q++)
        if (is_punct_c(d, q, ',') || is_punct_c(d, q, ';') || tok_event_type(d, q) ||
            x_report_verb(d, q) || x_tok_is(d, q, "who") || x_tok_is(d, q, "which"))
            return false;
    return true;
}

/* Does the entity named from token i own what follows: "the Kurdistan
 * Region's security agency", "Istanbul's Silivri district"? */
static bool owns_next(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    if (k < s1 && (x_tok_is(d, k, "region") || x_tok_is(d, k, "province")))
        k++;
    return k < s1 && (x_tok(d, k)->tflags & FNR_TF_POSS);
}

/* Is the body named from token i someone's employer: "a former officer of
 * (Sweden's) Security Service", "who had worked for X"? (a service worked
 * for is the one spied for: sentence_facts) */
static bool employer_at(const x_doc *d, size_t s0, size_t i)
{
    size_t k = past_article(d, s0, i);
    /* "of the now-defunct BVT" */
    if (k > s0 + 1 && (x_tok_is(d, k - 1, "defunct") || x_tok_is(d, k - 1, "now defunct") ||
                       x_tok_is(d, k - 1, "disbanded"))) {
        k--;
        while (k > s0 + 1 && (is_punct_c(d, k - 1, '-') || x_tok_is(d, k - 1, "now")))
            k--;
        k = past_article(d, s0, k);
    }
    if (k >= s0 + 2 && (x_tok(d, k - 1)->tflags & FNR_TF_POSS) && x_tok(d, k - 2)->mention >= 0)
        k = past_article(d, s0, x_men(d, (size_t)x_tok(d, k - 2)->mention)->tok0);
    /* "a translator who had worked for the Dutch Foreign Ministry" */
    size_t w = k > s0 && (x_tok(d, k - 1)->xflags & XT_DEMONYM) ? past_article(d, s0, k - 1) : k;
    if (w >= s0 + 2 && x_tok_is(d, w - 1, "for") &&
        (x_tok_is(d, w - 2, "worked") || x_tok_is(d, w - 2, "working") ||
         x_tok_is(d, w - 2, "works")))
        return true;
    /* one person, "a" or "former" ("officers of the ABW found" acted) */
    return k >= s0 + 3 && x_tok_is(d, k - 1, "of") &&
           (x_tok_is(d, k - 2, "officer") || x_tok_is(d, k - 2, "employee") ||
            x_tok_is(d, k - 2, "official") || x_tok_is(d, k - 2, "agent") ||
            x_tok_is(d, k - 2, "analyst")) &&
           (x_tok_is(d, k - 3, "former") || x_tok_is(d, k - 3, "a") || x_tok_is(d, k - 3, "an"));
}

/* Does the place named from token i own a body named right after it
 * ("Jordan's General Intelligence Department arrested"): the body acts,
 * not the state ("Turkey's top intelligence agency", unnamed, leaves the
 * state its actor). */
static bool owns_body(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    /* ("the US Justice Department": the state's name before its body's) */
    if (k < s1 && x_tok_entity(d, k) >= 0 &&
        d->ents[x_tok_entity(d, k)].type == FNR_ENTITY_ORGANIZATION &&
        x_tok(d, k - 1)->end == x_tok(d, k)->start - 1)
        return true;
    if (k + 1 >= s1 || !(x_tok(d, k)->tflags & FNR_TF_POSS))
        return false;
    int e = x_tok_entity(d, k + 1);
    if (e >= 0)
        return d->ents[e].type == FNR_ENTITY_ORGANIZATION;
    /* ("Kyrgyzstan's State Committee for National Security (GKNB)": a
     * body's name the dictionary lacks, then its known acronym; so is
     * "Ukraine's military intelligence agency (GUR)", told in words that
     * tell of no deed) */
    for (size_t q = k + 1; q + 1 < s1 && q - k < 10; q++) {
        const xtok *t = x_tok(d, q);
        /* ("Germany's domestic intelligence agency, the BfV": the body
         * its description stands beside) */
        if (is_punct_c(d, q, ',') && q > k + 1 && !(x_tok(d, q - 1)->tflags & FNR_TF_CAP)) {
            size_t n = q + 1 < s1 && x_tok_is(d, q + 1, "the") ? q + 2 : q + 1;
            int a = n < s1 ? x_tok_entity(d, n) : -1;
            return a >= 0 && d->ents[a].type == FNR_ENTITY_ORGANIZATION;
        }
        if (t->kind == FNR_TOK_WORD && !(t->tflags & FNR_TF_CAP) && q - k < 6)
            continue;
        if (is_punct_c(d, q, '(')) {
            int a = x_tok_entity(d, q + 1);
            return a >= 0 && d->ents[a].type == FNR_ENTITY_ORGANIZATION;
        }
        if (t->kind != FNR_TOK_WORD ||
            !((t->tflags & FNR_TF_CAP) || x_tok_is(d, q, "for") || x_tok_is(d, q, "of") ||
              x_tok_is(d, q, "and") ||
              ((t->xflags & XT_LOWER) && q - k < 5 && !tok_event_type(d, q))))
            return false;
    }
    return false;
}

/* Is the entity named from token i the source of intelligence: "a tip-off
 * from MIT", "intelligence provided by MIT"? */
static bool intel_source(const x_doc *d, size_t i, size_t s0, size_t s1)
{
    /* "Acting on MİT's findings, the prosecutor's office issued warrants" */
    if (i >= s0 + 2 && x_tok_is(d, i - 1, "on") && x_tok_is(d, i - 2, "acting"))
        return owns_next(d, i, s1);
    if (owns_next(d, i, s1))
        return false; /* "by the Kurdistan Region's security agency" */
    if (i > s0 + 2 && x_tok_is(d, i - 1, "the"))
        i--; /* "a tip from the Greek National Intelligence Service" */
    /* "a tip-off from Morocco's intelligence service, the DGST": past the
     * phrase the apposition names */
    if (i > s0 + 3 && is_punct_c(d, i - 1, ',') && x_tok_in(d, i - 2, SERVICE_NOUNS)) {
        size_t k = i - 1;
        while (k > s0 + 1 && i - k < 8 && !x_tok_is(d, k - 1, "from") &&
               !is_punct_c(d, k - 1, ',') && !(x_tok(d, k - 1)->xflags & XT_TRIGGER) &&
               !(x_tok_entity(d, k - 1) >= 0 &&
                 d->ents[x_tok_entity(d, k - 1)].type != FNR_ENTITY_LOCATION))
            k--;
        if (k > s0 + 1 && x_tok_is(d, k - 1, "from"))
            i = k;
    }
    /* "intelligence from Israel's Mossad": past the owner */
    if (i > s0 + 3 && (x_tok(d, i - 1)->tflags & FNR_TF_POSS) && x_tok(d, i - 2)->mention >= 0)
        i = x_men(d, (size_t)x_tok(d, i - 2)->mention)->tok0;
    if (i < s0 + 2)
        return false;
    if (x_tok_is(d, i - 1, "from")) {
        for (size_t k = i - 1; k > s0 && i - k < 5; k--)
            if (x_tok_is(d, k - 1, "tip") || x_tok_is(d, k - 1, "tip off") ||
                x_tok_is(d, k - 1, "tipoff") || x_tok_is(d, k - 1, "intelligence") ||
                x_tok_is(d, k - 1, "information") || x_tok_is(d, k - 1, "warning") ||
                x_tok_is(d, k - 1, "alert"))
                return true;
        return false;
    }
    return x_tok_is(d, i - 1, "by") &&
           (x_tok_is(d, i - 2, "provided") || x_tok_is(d, i - 2, "shared") ||
            x_tok_is(d, i - 2, "supplied") || x_tok_is(d, i - 2, "passed"));
}

/* Is the party named from token i the one that asked for a legal step:
 * "extradited at the request of Türkiye", "upon the request of the Ankara
 * prosecutor's office", "at Germany's request"? It acts, wherever it
 * stands in the sentence. */
static bool requested_by(const x_doc *d, size_t s0, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    if (k + 1 < s1 && (x_tok(d, k)->tflags & FNR_TF_POSS) &&
        (x_tok_is(d, k + 1, "request") || x_tok_is(d, k + 1, "requests")))
        return true;
    k = past_article(d, s0, i);
    return k >= s0 + 2 && x_tok_is(d, k - 1, "of") &&
           (x_tok_is(d, k - 2, "request") || x_tok_is(d, k - 2, "requests") ||
            x_tok_is(d, k - 2, "behest"));
}

/* Is the place from token i where a warning's recipients sit ("its
 * counterparts in France"), not where something happened ("in Berlin")? */
static bool counterparts_in(const x_doc *d, size_t i, size_t s0)
{
    if (i > s0 && x_tok_is(d, i - 1, "to"))
        return true; /* "passed information to Türkiye": told to */
    size_t k = i;
    while (k > s0 && !x_tok_is(d, k - 1, "in") && i - k < 4)
        k--;
    return k >= s0 + 2 && x_tok_is(d, k - 1, "in") &&
           (x_tok_is(d, k - 2, "counterparts") || x_tok_is(d, k - 2, "counterpart") ||
            x_tok_is(d, k - 2, "partners") || x_tok_is(d, k - 2, "allies") ||
            x_tok_is(d, k - 2, "services") || x_tok_is(d, k - 2, "agencies") ||
            x_tok_is(d, k - 2, "authorities") || x_tok_is(d, k - 2, "officials"));
}

/* Words that end the noun phrase a year may open ("a 2022 attack"). */
static const char *const NOT_IN_A_NAME[] = { "that", "it",  "had", "has", "was",   "were", "is",
                                             "are",  "and", "or",  "to",  "in",    "on",   "at",
                                             "of",   "by",  "for", "who", "which", NULL };

/* The word of stopping that governs plot trigger tg ("foiled" itself;
 * "praised the help in averting the danger of Syrian-backed attacks"; "vowed to
 * prevent attacks"), or SIZE_MAX: whoever is named before it stops the
 * attack and plans none of it. It stands a few words before the trigger,
 * with no comma between. */
static size_t averting_word(const x_doc *d, size_t s0, const trig *tg)
{
    if (tg->type != FNR_EVENT_PLOT)
        return SIZE_MAX;
    for (size_t k = tg->t0; k < tg->t1; k++)
        if (x_tok_in(d, k, AVERT_WORDS))
            return k;
    for (size_t k = tg->t0; k > s0 && tg->t0 - k < 8 && !is_punct_c(d, k - 1, ','); k--)
        if (x_tok_in(d, k - 1, AVERT_WORDS))
            return k - 1;
    return SIZE_MAX;
}

/* Fills actors and targets for an event of `type` triggered at [t0, t1). */
/* The country location entity of the demonym at token k, or -1. */
static int demonym_country(const x_doc *d, size_t k)
{
    const fnr_lex_entry *dem = x_key_entry(x_tok(d, k)->lk, FNR_LEX_DEMONYM);
    for (size_t e = 0; dem && dem->country[0] && e < d->n_ents; e++)
        if (d->ents[e].type == FNR_ENTITY_LOCATION && kind_is(d, &d->ents[e], K_COUNTRY) &&
            strcmp(d->ents[e].country, dem->country) == 0)
            return (int)e;
    return -1;
}

/* "MİT detected that the suspects were in contact with Daesh and
 * informed the police": whether a "that" stands in tokens [s0, i), so the
 * entity at token i is in what was found, not one who told it. */
static bool that_before(const x_doc *d, size_t s0, size_t i)
{
    for (size_t k = s0; k < i; k++)
        if (x_tok_is(d, k, "that"))
            return true;
    return false;
}

/* "shared information about the cell with Jordanian intelligence": the
 * one after "with" that ends the "about" phrase at token about is told,
 * the entity at token i. */
static bool with_after_about(const x_doc *d, size_t s0, size_t about, size_t i)
{
    if (i <= about || !x_tok_is(d, about, "about") || i - about > 10)
        return false;
    size_t a = past_article(d, s0, i);
    if (a <= about + 1 || !x_tok_is(d, a - 1, "with"))
        return false;
    for (size_t k = about + 1; k + 1 < a; k++)
        if (is_punct_c(d, k, ',') || x_tok_is(d, k, "that"))
            return false;
    return true;
}

/* Whether the person named at token i is the object of a deed in the
 * charge after the trigger's end t1: "charged with helping X", "accused of
 * harbouring X" ("spying for", "working for" name whom it was for). */
static bool deed_object(const x_doc *d, size_t t1, size_t i)
{
    for (size_t k = i; k > t1 + 1 && i - k < 9; k--) {
        const xtok *w = x_tok(d, k - 1);
        if (is_punct_c(d, k - 1, ','))
            return false;
        if ((w->xflags & XT_LOWER) && w->key_len > 5 &&
            memcmp(w->key + w->key_len - 3, "ing", 3) == 0 && !x_tok_is(d, k - 1, "spying") &&
            !x_tok_is(d, k - 1, "working")) {
            if (!(x_tok_is(d, k - 2, "with") || x_tok_is(d, k - 2, "of") ||
                  x_tok_is(d, k - 2, "for")))
                return false;
            for (size_t q = t1; q + 2 < k; q++)
                if (is_punct_c(d, q, ','))
                    return false;
            return true;
        }
    }
    return false;
}

/* Whether an arrest, killing or legal step stands between token a and the
 * trigger at t0 with a "who" or "which" after it: the one named before it
 * took them, and did not do what the relative clause tells. */
static bool captor_of_relative(const x_doc *d, size_t a, size_t t0)
{
    bool taken = false;
    for (size_t k = a; k < t0; k++) {
        fnr_event_type t = tok_event_type(d, k);
        if (t == FNR_EVENT_ARREST || t == FNR_EVENT_KILL || t == FNR_EVENT_LEGAL_ACTION)
            taken = true;
        else if (taken && (x_tok_is(d, k, "who") || x_tok_is(d, k, "which")))
            return true;
    }
    return false;
}

/* "X, a recruiter for JAD, a group blamed for the 2018 church bombings":
 * the one blamed is who attacked, not the others named before. True when
 * it is set so. */
static bool blamed_one(const x_doc *d, const xsent *s, const trig *tg, participants *p)
{
    size_t s0 = s->tok0, b = SIZE_MAX;
    for (size_t q = tg->t0; q > s0 + 1 && tg->t0 - q < 6 && b == SIZE_MAX; q--) {
        if (x_tok(d, q - 1)->mention >= 0 || is_punct_c(d, q - 1, ','))
            break;
        if ((x_tok_is(d, q - 1, "for") &&
             (x_tok_is(d, q - 2, "blamed") || x_tok_is(d, q - 2, "responsible"))) ||
            x_tok_is(d, q - 1, "behind"))
            b = x_tok_is(d, q - 1, "behind") ? q - 1 : q - 2;
    }
    if (b == SIZE_MAX)
        return false;
    /* the name before the comma that opens "a group blamed", not "an
     * Islamic State-affiliated" inside it; with no comma, the name right
     * before "blamed" */
    size_t c = b;
    while (c > s0 && b - c < 10 && !is_punct_c(d, c - 1, ','))
        c--;
    size_t k = c > s0 && b - c < 10 ? c - 1 : b;
    if (k > s0 && is_punct_c(d, k - 1, ')')) /* "Jamaah Ansharut Daulah (JAD), a group" */
        k--;
    int anchor = k > s0 ? x_tok_entity(d, k - 1) : -1;
    if (anchor < 0 || (!contains(p->actors, p->n_actors, anchor) && !is_militant(d, anchor)))
        return false;
    p->actors[0] = anchor;
    p->n_actors = 1;
    return true;
}

/* Does the place named from token i open the name of a thing ("the
 * Vienna Pride parade", "the Istanbul Marathon"): a capitalised word of
 * no entity right after it? */
static bool names_a_thing(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    if (k >= s1 || k == i)
        return false;
    const xtok *t = x_tok(d, k);
    return t->kind == FNR_TOK_WORD && (t->tflags & FNR_TF_CAP) && x_tok_entity(d, k) < 0 &&
           !(t->xflags & (XT_STOP | XT_TRIGGER)) && x_tok(d, k - 1)->end < t->start;
}

/* Does the body named from token i name someone's post ("a former HDP
 * district official", "a Labour councillor"): up to two lower-case words
 * after it, then a person noun or a title? */
static bool names_a_post(const x_doc *d, size_t i, size_t s1)
{
    size_t k = after_mention(d, i, s1);
    for (size_t n = 0; k < s1 && n < 3; n++, k++) {
        const xtok *t = x_tok(d, k);
        if (t->kind != FNR_TOK_WORD || (t->tflags & FNR_TF_CAP) || t->mention >= 0)
            return false;
        if (tok_class(d, k, W_ONE_PERSON_NOUNS) || (t->xflags & XT_TITLE))
            return !x_tok_is(d, k, "member"); /* ("a PKK member": D-11) */
    }
    return false;
}

/* Does a relative clause (", who", ", which") open within max tokens
 * before token i, with no comma between it and i? */
static bool open_relative(const x_doc *d, size_t s0, size_t i, size_t max)
{
    for (size_t k = i; k > s0 + 1 && i - k < max; k--) {
        if (is_punct_c(d, k - 1, ','))
            return false;
        if ((x_tok_is(d, k - 1, "who") || x_tok_is(d, k - 1, "which")) && is_punct_c(d, k - 2, ','))
            return true;
    }
    return false;
}

/* Does token i stand in a relative clause (", who ...,") closed before
 * token t0? */
static bool in_closed_relative(const x_doc *d, size_t s0, size_t i, size_t t0)
{
    if (!open_relative(d, s0, i, 12))
        return false;
    for (size_t q = i + 1; q < t0; q++)
        if (is_punct_c(d, q, ','))
            return true;
    return false;
}

/* Does trigger tg stand in a relative clause set off before it (", who had
 * been on Interpol's wanted list,"), the clause still open at it? */
static bool in_relative_before(const x_doc *d, const xsent *s, const trig *tg)
{
    return open_relative(d, s->tok0, tg->t0, 10);
}

/* Is "in which" at token k the relative of an operation or raid named in
 * the few words before it ("an operation in eight provinces in which")? */
static bool operation_before(const x_doc *d, size_t s0, size_t k)
{
    static const char *const OPS[] = { "operation", "operations", "raid", "raids", NULL };
    for (size_t q = k; q > s0 && k - q < 6; q--) {
        if (x_tok_in(d, q - 1, OPS))
            return true;
        if (x_tok(d, q - 1)->kind != FNR_TOK_WORD && x_tok(d, q - 1)->kind != FNR_TOK_NUMBER)
            return false;
    }
    return false;
}

static bool named_after(const x_doc *d, int e, size_t from, size_t to);

static void find_participants(const x_doc *d, const xsent *s, const sent_facts *f, const trig *tg,
                              participants *p)
{
    memset(p, 0, sizeof *p);
    size_t s0 = s->tok0, s1 = s->tok1;
    /* ("Ali Kaya died in the clashes", "who died": who dies is killed) */
    bool dies =
        x_tok_is(d, tg->t0, "died") || x_tok_is(d, tg->t0, "dies") || x_tok_is(d, tg->t0, "dying");
    bool passive =
        dies || passive_at(d, tg->t0, s0) ||
        /* "police, acting on intelligence provided by MİT": who acts on
         * it was told */
        (tg->type == FNR_EVENT_INTEL_SHARING &&
         (x_tok_is(d, tg->t0, "acting") || x_tok_is(d, tg->t0, "acted"))) ||
        /* ("the Istanbul police detained them based on
         * intelligence provided by MİT": the by-agent told the
         * ones before) */
        (tg->type == FNR_EVENT_INTEL_SHARING && tg->t0 > s0 + 2 && tg->t1 - tg->t0 > 1 &&
         tg->t1 < s1 && x_tok_is(d, tg->t1, "by") && x_tok_is(d, tg->t1 - 1, "provided"));
    /* by-agents: "by MIT", "by MIT and the Istanbul police" */
    int by[16], probe[8]; /* the verb's agents; who investigated (no party) */
    size_t n_by = 0, n_probe = 0;
    const int *agents = f->agents.data;
    for (size_t b = 0; b < f->bys.len; b++) {
        const by_word *w = &FNR_VEC_AT(&f->bys, by_word, b);
        /* the agent of this verb: after it, or "an operation by X" before it
         * ("the network was led by X, who was captured" is not X capturing) */
        if (w->tok < tg->t0 && !w->op_before)
            continue;
        /* "the arrests was provided by the CIA": the "by" of another
         * passive verb after this one */
        bool other = false;
        for (size_t k = tg->t1; k + 1 < w->tok && !other; k++)
            other = tok_class(d, k, W_BE_WORDS) && x_tok(d, k + 1)->key_len > 3 &&
                    memcmp(x_tok(d, k + 1)->key + x_tok(d, k + 1)->key_len - 2, "ed", 2) == 0;
        /* "... the 2016 coup attempt orchestrated by FETÖ": the author of
         * what the verb acts on, not its agent */
        static const char *const AUTHORED[] = { "orchestrated", "masterminded", "perpetrated",
                                                "founded",      "established",  "financed",
                                                "funded",       "sponsored",    "inspired",
                                                "headed",       "commanded",    NULL };
        if (!other && w->tok > tg->t1 && x_tok_in(d, w->tok - 1, AUTHORED))
            continue;
        /* ("arrested a man on a warrant issued by Türkiye": who issued the
         * warrant did not arrest him) */
        if (!other && w->tok > tg->t1 && tg->type != FNR_EVENT_LEGAL_ACTION &&
            x_tok_is(d, w->tok - 1, "issued"))
            continue;
        /* ("charged with preparing arson attacks ..., after an 18-month
         * investigation by the ABW": who investigated plotted and charged
         * no one; an arrest or a seizure is theirs) */
        if (w->tok > tg->t1 && tg->type != FNR_EVENT_ARREST && tg->type != FNR_EVENT_SEIZURE &&
            (x_tok_is(d, w->tok - 1, "investigation") || x_tok_is(d, w->tok - 1, "probe") ||
             x_tok_is(d, w->tok - 1, "inquiry"))) {
            for (uint32_t k = w->a0; k < w->a1 && n_probe < 8; k++)
                probe[n_probe++] = agents[k];
            continue;
        }
        /* "detained 12 people who used ByLock, an app used by FETÖ
         * members": a participle after a noun has an agent of its own */
        if (!other && w->tok > tg->t1 + 2) {
            const xtok *pp = x_tok(d, w->tok - 1);
            size_t q = w->tok - 2;
            if (q > tg->t1 && (x_tok(d, q)->xflags & XT_LOWER) && x_tok(d, q)->key_len > 2 &&
                memcmp(x_tok(d, q)->key + x_tok(d, q)->key_len - 2, "ly", 2) == 0)
                q--; /* "exclusively used by" */
            other = (pp->xflags & XT_LOWER) && !(pp->xflags & XT_TRIGGER) && pp->key_len > 3 &&
                    memcmp(pp->key + pp->key_len - 2, "ed", 2) == 0 && q > tg->t1 &&
                    x_tok(d, q)->kind == FNR_TOK_WORD && (x_tok(d, q)->xflags & XT_LOWER) &&
                    !x_tok_is(d, q, "and") && !x_tok_is(d, q, "or") &&
                    !tok_class(d, q, W_BE_WORDS) && !x_tok_is(d, q, "been") &&
                    !(x_tok(d, q)->xflags & XT_TRIGGER);
        }
        /* "arrested a man wanted by Türkiye": the agent of another
         * trigger's participle after this one */
        /* ("arrested eight in a joint operation by MİT and Europol": the
         * operation's agents made the arrests) */
        if (w->tok > tg->t1 && !w->op_before && (x_tok(d, w->tok - 1)->xflags & XT_TRIGGER) &&
            (x_tok(d, w->tok - 1)->xflags & XT_LOWER) &&
            tok_event_type(d, w->tok - 1) != tok_event_type(d, tg->t0))
            continue;
        if (other)
            continue;
        /* ("tipped off by a foreign service, according to Der Spiegel":
         * an outlet tells, it takes no part) */
        for (uint32_t k = w->a0; k < w->a1; k++)
            if (!kind_is(d, &d->ents[agents[k]], K_MEDIA))
                add_unique(by, &n_by, agents[k]);
    }
    for (size_t i = 0; i < n_by; i++)
        add_unique(p->actors, &p->n_actors, by[i]);
    /* "after a warning from a foreign service", "the tip came from Jordan's
     * General Intelligence Directorate": the service after "from" told,
     * the ones named before the warning were told */
    int from = -1;
    size_t f0 = from_after(d, tg, s1);
    bool told_from = tg->type == FNR_EVENT_INTEL_SHARING && f0 < s1;
    if (told_from) {
        /* ("a warning from Slovak authorities that X had tried ...": what
         * was told names no teller) */
        for (size_t k = f0 + 1; k < s1 && k - f0 < 8 && !is_punct_c(d, k, ',') &&
                                !x_tok_is(d, k, "that") && !x_tok_is(d, k, "about");
             k++) {
            int e = x_tok_entity(d, k);
            if (e >= 0 && (d->ents[e].type == FNR_ENTITY_ORGANIZATION || from < 0))
                from = e;
            if (e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION)
                break;
        }
        /* ("a tip-off from Morocco's intelligence service, the DGST": the
         * service the apposition names, not its state) */
        if (from < 0 || d->ents[from].type == FNR_ENTITY_LOCATION) {
            size_t c = f0 + 1;
            while (c < s1 && c - f0 < 8 && !is_punct_c(d, c, ',') &&
                   (x_tok(d, c)->mention < 0 || x_tok_entity(d, c) == from))
                c++;
            size_t a = c + 1 < s1 && x_tok_is(d, c + 1, "the") ? c + 2 : c + 1;
            int ap = a < s1 && is_punct_c(d, c, ',') && x_tok_in(d, c - 1, SERVICE_NOUNS)
                         ? x_tok_entity(d, a)
                         : -1;
            if (ap >= 0 && d->ents[ap].type == FNR_ENTITY_ORGANIZATION &&
                (d->ent_bits[ap] & EK_INTEL))
                from = ap;
        }
        /* ("a tip-off from a foreign partner service, which the media
         * identified as the FBI": the service the relative clause names) */
        size_t c = f0 + 1;
        while (from < 0 && c < s1 && c - f0 < 8 && !is_punct_c(d, c, ',') &&
               x_tok(d, c)->mention < 0)
            c++;
        if (from < 0 && c + 1 < s1 && is_punct_c(d, c, ',') &&
            (x_tok_is(d, c + 1, "which") || x_tok_is(d, c + 1, "later"))) {
            size_t as = c + 2;
            while (as < s1 && as - c < 8 && !x_tok_is(d, as, "as") && !is_punct_c(d, as, ','))
                as++;
            if (as + 1 < s1 && x_tok_is(d, as, "as") &&
                (x_tok_is(d, as - 1, "identified") || x_tok_is(d, as - 1, "named")))
                for (size_t k = as + 1; k < s1 && k - as < 6 && !is_punct_c(d, k, ','); k++) {
                    int e = x_tok_entity(d, k);
                    if (e >= 0 && (d->ents[e].type == FNR_ENTITY_ORGANIZATION || from < 0))
                        from = e;
                    if (e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION)
                        break;
                }
        }
        if (from >= 0)
            add_unique(p->actors, &p->n_actors, from);
    }
    /* A warning's recipients come before what it told: "warned MIT that a
     * cell was preparing attacks in Europe" was not sent to Europe. */
    size_t what_told = s1;
    if (tg->type == FNR_EVENT_INTEL_SHARING)
        for (size_t k = tg->t0 + 1; k < s1 && what_told == s1; k++)
            if (x_tok_is(d, k, "that") || x_tok_is(d, k, "about"))
                what_told = k;
    p->told = what_told;
    /* "the coup of July 15, 2016, which killed 252 people": the verb's
     * subject is the thing "which" stands for, so no one named before it
     * takes part */
    size_t clause = s0;
    for (size_t k = tg->t0; k > s0 && tg->t0 - k < 8; k--) {
        if (is_punct_c(d, k - 1, ',') || x_tok(d, k - 1)->mention >= 0)
            break;
        if (x_tok_is(d, k - 1, "which") && k - 1 > s0 && is_punct_c(d, k - 2, ',')) {
            clause = k - 1;
            break;
        }
        /* "X has overseen operations in which police captured 900": X
         * is the subject of the verb before, not one of those taken */
        if (x_tok_is(d, k - 1, "which") && k - 1 > s0 + 1 &&
            (x_tok_is(d, k - 2, "in") || x_tok_is(d, k - 2, "during")) &&
            !is_punct_c(d, k - 3, ',')) {
            /* (but "MİT carried out an operation in eight provinces in
             * which 34 suspects were detained": the passive's agent is
             * who carried the operation out) */
            if (!(passive && f->op_verb && operation_before(d, s0, k - 2)))
                clause = k - 2;
            break;
        }
    }
    /* "Ecevit Şanlı, the suicide bomber who killed a guard": the one "who"
     * stands for acts, and no one named before him takes part */
    int ante = -1;
    if (tg->t0 > s0 + 1 && x_tok_is(d, tg->t0 - 1, "who")) {
        /* the name right before "who", or before the comma of an
         * appositive ("X, the suicide bomber who"); "a network of private
         * detectives who" stands for no one named */
        size_t k = tg->t0 - 1; /* "who" */
        if (is_punct_c(d, k - 1, ',')) {
            k--; /* "Ali Kaya, who killed" */
        } else {
            while (k > s0 && tg->t0 - k < 8 && x_tok_entity(d, k - 1) < 0 &&
                   x_tok(d, k - 1)->kind == FNR_TOK_WORD && !x_tok_in(d, k - 1, NOT_IN_A_NAME))
                k--;
            if (k < tg->t0 - 1) { /* an appositive: its comma, or no one */
                if (k > s0 + 1 && is_punct_c(d, k - 1, ','))
                    k--;
                else
                    k = s0;
            }
        }
        int e = k > s0 ? x_tok_entity(d, k - 1) : -1;
        if (e >= 0 &&
            (d->ents[e].type == FNR_ENTITY_PERSON || d->ents[e].type == FNR_ENTITY_ORGANIZATION)) {
            ante = e;
            clause = x_men(d, (size_t)x_tok(d, k - 1)->mention)->tok0;
        } else {
            /* "Georgia extradited a man accused of helping the gunman who
             * killed 39 people": "who" stands for no one named, and no
             * one named before it did the killing */
            clause = tg->t0 - 1;
        }
    }
    /* "... with Morocco's DGST, which had alerted Spanish authorities": the
     * body ", which" stands for acts */
    if (ante < 0 && clause > s0 + 1 && x_tok_is(d, clause, "which")) {
        size_t a = clause - 2; /* ("... Surveillance (DGST), which": before the bracket) */
        if (is_punct_c(d, a, ')') && a >= s0 + 3 && is_punct_c(d, a - 2, '('))
            a -= 3;
        int e = x_tok_entity(d, a);
        if (e >= 0 &&
            (d->ents[e].type == FNR_ENTITY_ORGANIZATION || d->ents[e].type == FNR_ENTITY_PERSON))
            ante = e;
    }
    /* "MİT provided intelligence, leading to the arrest of 3 suspects": who
     * caused the arrest did not make it */
    size_t c0 = past_article(d, s0, tg->t0);
    bool caused = c0 >= s0 + 2 && x_tok_is(d, c0 - 1, "to") &&
                  (x_tok_is(d, c0 - 2, "leading") || x_tok_is(d, c0 - 2, "led") ||
                   x_tok_is(d, c0 - 2, "lead") || x_tok_is(d, c0 - 2, "contributed"));
    /* "MİT detained nine people suspected of spying for Iran": the spies
     * are those suspected, not who caught them */
    size_t suspected = s0;
    if (tg->type == FNR_EVENT_ESPIONAGE && tg->t0 >= s0 + 2 && x_tok_is(d, tg->t0 - 1, "of")) {
        static const char *const OF_WHAT[] = { "suspected", "accused", "charged", "convicted",
                                               "suspicion", "charges", "guilty",  NULL };
        /* ("Kaya was convicted of spying": the one convicted spied) */
        if (x_tok_in(d, tg->t0 - 2, OF_WHAT) &&
            !(tg->t0 >= s0 + 3 && tok_class(d, tg->t0 - 3, W_BE_WORDS)))
            suspected = tg->t0 - 2;
    }
    int first_ent = -1;
    size_t first_pos = 0;
    size_t after_that = SIZE_MAX; /* clause_after, found at the first party after the trigger */
    size_t after_verb = SIZE_MAX; /* verb_after_subordinator, with it */
    size_t avert = averting_word(d, s0, tg);
    for (size_t o = 0; o < f->occs.len; o++) {
        const occ *oc = &FNR_VEC_AT(&f->occs, occ, o);
        size_t i = oc->tok;
        int e = oc->ent;
        if (i >= tg->t1 && after_that == SIZE_MAX) {
            after_that = clause_after(d, tg->t1, s1);
            after_verb = verb_after_subordinator(d, tg->t1, s1);
        }
        if (i < clause || i < suspected || (caused && i < tg->t0) || after_no_agent_by(d, s0, i) ||
            in_fronted_clause(d, s0, i, tg->t0) ||
            /* ("detained X after Ukrainian authorities passed information":
             * the clause has its own subject; "arrested him after a tip from
             * X": the ones before it were told) */
            ((tg->type != FNR_EVENT_INTEL_SHARING || !told_from) &&
             across_subordinator(d, i, tg->t0)) ||
            across_joined_clause(d, i, tg->t0) ||
            (i >= tg->t1 && after_joined_verb(d, tg->t1, i, s1)) || in_where_clause(d, tg->t1, i) ||
            (i >= tg->t1 && (i > after_that || subject_after(d, s0, i, s1))) ||
            (i >= tg->t1 && i > after_verb && d->ents[e].type == FNR_ENTITY_PERSON))
            continue;
        /* ("X, who had been on Interpol's wanted list, was extradited":
         * a body named inside a relative clause closed before the verb
         * takes no part in it; the group one pledged allegiance to there
         * is still his, D-11) */
        if (i < tg->t0 && d->ents[e].type != FNR_ENTITY_PERSON && !is_militant(d, e) &&
            in_closed_relative(d, s0, i, tg->t0))
            continue;
        /* ("detained 38 suspects in FETÖ's structure within the Turkish
         * Armed Forces": the body the group hid in takes no part) */
        size_t wq = i > s0 && x_tok_is(d, i - 1, "the") ? i - 1 : i;
        if (wq > s0 && (x_tok_is(d, wq - 1, "within") || x_tok_is(d, wq - 1, "inside")) &&
            d->ents[e].type == FNR_ENTITY_ORGANIZATION)
            continue;
        /* ("caught following an international search launched by the
         * Ankara prosecutor's office": who began the search did not catch
         * him; "an operation launched by MİT" did) */
        if (tg->type == FNR_EVENT_ARREST && i > tg->t1 + 3 && wq >= s0 + 3 &&
            x_tok_is(d, wq - 1, "by") &&
            (x_tok_is(d, wq - 2, "launched") || x_tok_is(d, wq - 2, "started") ||
             x_tok_is(d, wq - 2, "opened") || x_tok_is(d, wq - 2, "initiated")) &&
            (x_tok_is(d, wq - 3, "search") || x_tok_is(d, wq - 3, "investigation") ||
             x_tok_is(d, wq - 3, "probe") || x_tok_is(d, wq - 3, "inquiry") ||
             x_tok_is(d, wq - 3, "manhunt")))
            continue;
        /* ("captured a detective who gathered information on Hamas members
         * for Mossad": those spied on are no one taken) */
        if (tg->type != FNR_EVENT_ESPIONAGE && i > tg->t1 && wq >= s0 + 2 &&
            x_tok_is(d, wq - 1, "on") &&
            (x_tok_is(d, wq - 2, "information") || x_tok_is(d, wq - 2, "intelligence") ||
             x_tok_is(d, wq - 2, "spied") || x_tok_is(d, wq - 2, "spying") ||
             x_tok_is(d, wq - 2, "surveillance")))
            continue;
        /* ("TBILISI/ANKARA - Georgia has extradited": the subject is
         * the first party after the dateline) */
        if (first_ent < 0 && !((i == s0 || is_punct_c(d, i - 1, '/')) && dateline_at(d, i, s1))) {
            first_ent = e;
            first_pos = i;
        }
        const fnr_entity *en = &d->ents[e];
        if (contains(by, n_by, e) || contains(probe, n_probe, e))
            continue;
        bool before = i < tg->t0;
        if (oc->kin)
            continue;
        /* ("the suspects, citizens of Tajikistan, were wanted by Interpol":
         * a nationality, no party) */
        if (en->type == FNR_ENTITY_LOCATION && i >= s0 + 2 && x_tok_is(d, i - 1, "of") &&
            of_nationality(d, i - 2))
            continue;
        /* "arrested 11 people linked to Iran's IRGC and seized weapons":
         * the body the ones caught are tied to seized nothing */
        if (before && tg->type == FNR_EVENT_SEIZURE) {
            static const char *const TIED[] = { "linked", "tied",   "ties",      "links",
                                                "loyal",  "allied", "connected", NULL };
            size_t q = past_article(d, s0, i);
            if (q >= s0 + 3 && (x_tok(d, q - 1)->tflags & FNR_TF_POSS) &&
                x_tok(d, q - 2)->mention >= 0)
                q = past_article(d, s0, x_men(d, (size_t)x_tok(d, q - 2)->mention)->tok0);
            if (q >= s0 + 2 && x_tok_is(d, q - 1, "to") && x_tok_in(d, q - 2, TIED)) {
                if (d->ents[e].type == FNR_ENTITY_ORGANIZATION)
                    add_unique(p->targets, &p->n_targets, e);
                continue;
            }
        }
        /* "the Greek National Intelligence Service (EYP)": the bracket
         * repeats the name before it, whose reading stands */
        if (i >= s0 + 2 && is_punct_c(d, i - 1, '(') && x_tok_entity(d, i - 2) == e)
            continue;
        /* "linked to the poisoning of Sergei Skripal and to explosions":
         * the one another trigger's noun governs is its party alone */
        size_t a = past_article(d, s0, i);
        if (a >= s0 + 2 && x_tok_is(d, a - 1, "of") && (x_tok(d, a - 2)->xflags & XT_TRIGGER) &&
            !(a - 2 >= tg->t0 && a - 2 < tg->t1))
            continue;
        /* "since the fall of Bashar al-Assad": a time, no party */
        if (a >= s0 + 3 && x_tok_is(d, a - 1, "of")) {
            static const char *const ERA[] = { "fall",        "ouster", "overthrow", "toppling",
                                               "collapse",    "death",  "departure", "election",
                                               "resignation", "rise",   NULL };
            size_t q = a - 2;
            if (x_tok_in(d, q, ERA)) {
                if (q > s0 && x_tok_is(d, q - 1, "the"))
                    q--;
                if (q > s0 && (x_tok_is(d, q - 1, "since") || x_tok_is(d, q - 1, "after") ||
                               x_tok_is(d, q - 1, "before") || x_tok_is(d, q - 1, "until")))
                    continue;
            }
        }
        /* "according to the Interior Ministry", "according to a statement
         * from Interior Minister X": the source */
        if (after_according(d, s0, i))
            continue;
        /* "foiled a plot by Iranian intelligence ..., arresting seven": the
         * agent of a noun before the trigger is no party of it (an
         * operation's is: "an operation by MİT captured") */
        if (i < tg->t0 && i > s0) {
            size_t b = i - 1;
            if (b > s0 && x_tok_is(d, b, "the"))
                b--;
            /* ("an armed drone operated by MİT killed": the participle's
             * agent is the subject's; "were detained in October 2024 by
             * the DGSI": a date between the participle and its "by" stands
             * aside) */
            size_t hb = b > s0 ? b - 1 : b;
            if (hb > s0 + 1 && x_tok_is(d, b, "by") && (x_tok(d, hb)->xflags & XT_DATE)) {
                size_t q = hb;
                while (q > s0 + 1 && hb - q < 3 && (x_tok(d, q - 1)->xflags & XT_DATE))
                    q--;
                if (q > s0 + 1 && (x_tok_is(d, q - 1, "in") || x_tok_is(d, q - 1, "on")))
                    hb = q - 2;
            }
            const xtok *h = b > s0 ? x_tok(d, hb) : NULL;
            if (x_tok_is(d, b, "by") && h && !tok_class(d, hb, W_OP_NOUNS) && !passive &&
                !(h->key_len > 3 && memcmp(h->key + h->key_len - 2, "ed", 2) == 0))
                continue;
        }
        /* "an investigation into the group's infiltration of the Turkish
         * Armed Forces": the body infiltrated takes no part */
        if (tg->type != FNR_EVENT_ATTACK && tg->type != FNR_EVENT_PLOT &&
            en->type == FNR_ENTITY_ORGANIZATION) {
            size_t k = past_article(d, s0, i);
            if (k >= s0 + 2 && (x_tok_is(d, k - 1, "of") || x_tok_is(d, k - 1, "into")) &&
                (x_tok_is(d, k - 2, "infiltration") || x_tok_is(d, k - 2, "infiltrating")))
                continue;
            if (k >= s0 + 1 &&
                (x_tok_is(d, k - 1, "infiltrated") || x_tok_is(d, k - 1, "infiltrating") ||
                 x_tok_is(d, k - 1, "infiltrate")))
                continue;
        }
        /* "were charged with helping Farhad Shakeri": the one the deed was
         * done with or to is not the one charged */
        if ((tg->type == FNR_EVENT_LEGAL_ACTION || tg->type == FNR_EVENT_ARREST) && !before &&
            en->type == FNR_ENTITY_PERSON && deed_object(d, tg->t1, i))
            continue;
        /* "al-Baghdadi's courier, Ismail al-Ithawi, was captured": the one
         * whose man it was takes no part */
        if (en->type == FNR_ENTITY_PERSON && owns_next(d, i, s1)) {
            size_t k = after_mention(d, i, s1) + 1;
            if (k < s1 && (x_tok(d, k)->xflags & XT_LOWER))
                continue;
        }
        /* "passing NATO documents", "MİT files": a body's name before a
         * thing of its names the thing's owner, no party */
        {
            static const char *const THINGS[] = { "documents",  "document", "secrets", "files",
                                                  "data",       "plans",    "bases",   "base",
                                                  "facilities", "systems",  "servers", "networks",
                                                  "equipment",  "codes",    NULL };
            size_t nx = after_mention(d, i, s1);
            if (en->type == FNR_ENTITY_ORGANIZATION && nx < s1 && x_tok_in(d, nx, THINGS))
                continue;
        }
        /* "a Taylor Swift concert": a name standing as a word before a noun */
        if (en->type == FNR_ENTITY_PERSON && i > s0 &&
            (x_tok_is(d, i - 1, "a") || x_tok_is(d, i - 1, "an")))
            continue;
        /* (... or "one of three Taylor Swift concerts": before a noun of
         * a show) */
        if (en->type == FNR_ENTITY_PERSON) {
            static const char *const SHOWS[] = { "concert", "concerts", "show",   "shows",
                                                 "tour",    "gig",      "gigs",   "fans",
                                                 "rally",   "rallies",  "speech", "event",
                                                 "events",  NULL };
            size_t nx = after_mention(d, i, s1);
            if (nx < s1 && x_tok_in(d, nx, SHOWS))
                continue;
        }
        /* "BERLIN (Reuters) - ...": an outlet tells of an event; it takes
         * part only when it is attacked or plotted against */
        if (en->type == FNR_ENTITY_ORGANIZATION && kind_is(d, en, K_MEDIA) &&
            !((tg->type == FNR_EVENT_ATTACK || tg->type == FNR_EVENT_PLOT) &&
              attacked_at(d, i, s0)))
            continue;
        /* "acting on a tip-off from MIT, German police arrested": MIT told,
         * the police acted */
        bool source = intel_source(d, i, s0, s1);
        if (source && tg->type != FNR_EVENT_INTEL_SHARING)
            continue;
        if (source) {
            add_unique(p->actors, &p->n_actors, e);
            continue;
        }
        /* "The alleged network, MIT added, had been set up": a source set
         * off by commas */
        if (i > s0 && is_punct_c(d, i - 1, ',')) {
            size_t v = after_mention(d, i, s1);
            if (v + 1 < s1 && x_report_verb(d, v) && is_punct_c(d, v + 1, ','))
                continue;
        }
        /* "..., the Interior Ministry announced": the source, no party;
         * so is the one after an inverted ", said Babagana Zulum, the
         * governor" */
        if (!before && (reports_it(d, i, s1) || said_before(d, s0, i)))
            continue;
        /* "Minister X said 1,145 suspects had been arrested": a person who
         * reports an event before it is told is its source, no party (a
         * country or a service saying it did something stays its actor) */
        if (before && en->type == FNR_ENTITY_PERSON && reports_it(d, i, s1))
            continue;
        /* "The Defence Ministry said 14 terrorists were neutralized": a
         * body reporting what others did is its source; "MİT said it
         * captured" keeps the one that says it acted */
        if (before &&
            (en->type == FNR_ENTITY_ORGANIZATION ||
             (en->type == FNR_ENTITY_LOCATION && after_mention(d, i, s1) < s1 &&
              (x_tok(d, after_mention(d, i, s1))->tflags & FNR_TF_POSS))) &&
            tg->type != FNR_EVENT_LEGAL_ACTION && reports_other(d, i, tg->t0))
            continue;
        /* "He was handed over to Turkish police ..., where a court ordered
         * his arrest": who took him over is no party to what follows */
        if (tg->type != FNR_EVENT_INTEL_SHARING && en->type == FNR_ENTITY_ORGANIZATION &&
            handed_to(d, s0, i))
            continue;
        /* "sentenced a former officer of Sweden's Security Service": the
         * one tried served it; it is no party */
        if ((is_security(d, e) || en->type == FNR_ENTITY_ORGANIZATION) &&
            tg->type != FNR_EVENT_ESPIONAGE && tg->type != FNR_EVENT_INTEL_SHARING &&
            employer_at(d, s0, i))
            continue;
        /* "a former U.S. Army sergeant was sentenced": the body before a
         * rank or a post is whom the one tried served */
        if (en->type == FNR_ENTITY_ORGANIZATION && tg->type != FNR_EVENT_ESPIONAGE &&
            tg->type != FNR_EVENT_INTEL_SHARING && i > s0 &&
            (x_tok_is(d, i - 1, "former") || x_tok_is(d, i - 1, "a") || x_tok_is(d, i - 1, "an") ||
             x_tok_is(d, i - 1, "ex"))) {
            size_t k = after_mention(d, i, s1);
            if (k < s1 && (x_tok_is(d, k, "sergeant") || x_tok_is(d, k, "officer") ||
                           x_tok_is(d, k, "soldier") || x_tok_is(d, k, "employee") ||
                           x_tok_is(d, k, "agent") || x_tok_is(d, k, "analyst") ||
                           x_tok_is(d, k, "contractor") || x_tok_is(d, k, "captain") ||
                           x_tok_is(d, k, "lieutenant") || x_tok_is(d, k, "colonel") ||
                           x_tok_is(d, k, "major") || x_tok_is(d, k, "staffer") ||
                           x_tok_is(d, k, "official") || x_tok_is(d, k, "interpreter") ||
                           x_tok_is(d, k, "translator") || x_tok_is(d, k, "veteran")))
                continue;
        }
        /* "neutralized two terrorists, one of them on the Interior
         * Ministry's wanted list": a body named for what it owns */
        if ((!before || tg->type != FNR_EVENT_LEGAL_ACTION) && is_security(d, e) &&
            tg->type != FNR_EVENT_ATTACK && tg->type != FNR_EVENT_PLOT) {
            size_t k = after_mention(d, i, s1);
            /* ("the Istanbul police's counterterrorism unit detained": a
             * body's own men before the verb act for it) */
            static const char *const OWN_MEN[] = { "unit",     "units",     "team",   "teams",
                                                   "squad",    "squads",    "branch", "officers",
                                                   "agents",   "personnel", "forces", "operatives",
                                                   "division", "bureau",    NULL };
            bool men = false;
            for (size_t q = k + 1; before && q < s1 && q < tg->t0 && q <= k + 3 && !men; q++)
                men = x_tok_in(d, q, OWN_MEN);
            if (k < s1 && (x_tok(d, k)->tflags & FNR_TF_POSS) && !men)
                continue;
        }
        switch (tg->type) {
        case FNR_EVENT_ARREST:
        case FNR_EVENT_KILL:
        case FNR_EVENT_SEIZURE:
        case FNR_EVENT_MILITARY_OPERATION:
            /* "in a joint operation with the Istanbul police": a partner */
            /* (past an owner: "jointly with Morocco's DGST") */
            if (is_security(d, e) && !before && past_article(d, s0, i) > s0 + 4 &&
                (x_tok(d, past_article(d, s0, i) - 1)->tflags & FNR_TF_POSS) &&
                x_tok(d, past_article(d, s0, i) - 2)->mention >= 0) {
                size_t w = x_men(d, (size_t)x_tok(d, past_article(d, s0, i) - 2)->mention)->tok0;
                if (w > s0 + 1 && x_tok_is(d, w - 1, "with") &&
                    (x_tok_is(d, w - 2, "jointly") || x_tok_is(d, w - 2, "operation") ||
                     x_tok_is(d, w - 2, "coordination") || x_tok_is(d, w - 2, "cooperation") ||
                     x_tok_is(d, w - 2, "together"))) {
                    add_unique(p->actors, &p->n_actors, e);
                    break;
                }
            }
            if (is_security(d, e) && !before && past_article(d, s0, i) > s0 + 2 &&
                x_tok_is(d, past_article(d, s0, i) - 1, "with") &&
                (x_tok_is(d, past_article(d, s0, i) - 2, "operation") ||
                 x_tok_is(d, past_article(d, s0, i) - 2, "operations") ||
                 x_tok_is(d, past_article(d, s0, i) - 2, "cooperation") ||
                 x_tok_is(d, past_article(d, s0, i) - 2, "coordination") ||
                 x_tok_is(d, past_article(d, s0, i) - 2, "together") ||
                 x_tok_is(d, past_article(d, s0, i) - 2, "jointly"))) {
                add_unique(p->actors, &p->n_actors, e);
                break;
            }
            if (is_security(d, e) && !before && !passive && tg->type != FNR_EVENT_SEIZURE &&
                tg->type != FNR_EVENT_MILITARY_OPERATION && p->n_actors)
                add_unique(p->targets, &p->n_targets, e); /* "detained members of a Mossad ring" */
            else if (is_security(d, e))
                add_unique(p->actors, &p->n_actors, e);
            else if (((tg->type == FNR_EVENT_KILL &&
                       (en->type == FNR_ENTITY_PERSON || is_militant(d, e))) ||
                      ((tg->type == FNR_EVENT_ARREST || tg->type == FNR_EVENT_SEIZURE) &&
                       is_militant(d, e) &&
                       (subject_of(d, i, tg->t0, s1) || says_it_did(d, i, tg->t0) ||
                        (tg->type == FNR_EVENT_SEIZURE && coord_subject_of(d, i, tg->t0, s1))))) &&
                     before && !passive && !p->n_actors)
                /* "Fighters of HTS detained", "al-Shabaab stormed a base,
                 * killing", "the SDF seized weapons": the group acts */
                add_unique(p->actors, &p->n_actors, e);
            else if (en->type == FNR_ENTITY_PERSON || is_militant(d, e))
                add_unique(p->targets, &p->n_targets, e);
            else if (en->type == FNR_ENTITY_LOCATION && place_acts(d, en) && before &&
                     i == first_pos && !passive && i + 1 < s1 && !oc->prep &&
                     !x_tok_is(d, i > s0 ? i - 1 : i, "in") &&
                     /* ("a strike on Beirut killed": the place struck) */
                     !(i > s0 && (x_tok_is(d, i - 1, "on") || x_tok_is(d, i - 1, "at") ||
                                  x_tok_is(d, i - 1, "near") || x_tok_is(d, i - 1, "against"))) &&
                     !dateline_at(d, i, s1) && !place_qualifies(d, i, s1) && !owns_body(d, i, s1))
                add_unique(p->actors, &p->n_actors, e); /* "Turkey declared it had detained"
                                                           ("Jordan's GID arrested": the GID) */
            break;
        case FNR_EVENT_INTEL_SHARING:
            /* providers before the verb; recipients after it, never the
             * militants or persons the warning was about */
            if (told_from || (passive && before)) {
                /* "the DSN was alerted by a partner service": the told */
                /* ("attacks on NATO troops": the ones aimed at are not told) */
                /* ("acting on intelligence from MİT, police detained seven
                 * ... on behalf of the IRGC": past the arrest, its party) */
                if (e != from && i < what_told && en->type == FNR_ENTITY_ORGANIZATION &&
                    !is_militant(d, e) && !attacked_at(d, i, s0) &&
                    !(i > tg->t1 &&
                      (types_between(d, tg->t1, i) & ~(1u << FNR_EVENT_INTEL_SHARING))))
                    add_unique(p->targets, &p->n_targets, e);
            } else if (before &&
                       (en->type != FNR_ENTITY_LOCATION ||
                        /* ("Germany notified Türkiye that ...": a state
                         * as the subject tells, D-12) */
                        (place_acts(d, en) && i == first_pos && !oc->prep &&
                         !dateline_at(d, i, s1) && !owns_body(d, i, s1) &&
                         !place_qualifies(d, i, s1) &&
                         /* ("... planning to attack the Vienna Pride
                          * parade, following intelligence provided by
                          * MİT": a place that names a thing tells
                          * nothing) */
                         !names_a_thing(d, i, s1))) &&
                       !((en->type == FNR_ENTITY_PERSON || is_militant(d, e)) && p->n_actors &&
                         owns_next(d, i, s1)) &&
                       !(p->n_actors && that_before(d, s0, i)))
                /* ("MIT tracked al-Jubouri's movements and shared ...":
                 * the one watched owns what was told, he told nothing) */
                add_unique(p->actors, &p->n_actors, e);
            else if (!before && en->type != FNR_ENTITY_PERSON && !is_militant(d, e) &&
                     (i < what_told || with_after_about(d, s0, what_told, i)) &&
                     !owns_next(d, i, s1) && (!oc->prep || counterparts_in(d, i, s0)))
                add_unique(p->targets, &p->n_targets, e);
            break;
        case FNR_EVENT_LEGAL_ACTION:
            /* "Judge X of the Military Court ordered him held": the judge
             * tries, no one tries the judge */
            if (en->type == FNR_ENTITY_PERSON && i > s0 && x_tok(d, i - 1)->mention < 0 &&
                (x_tok_is(d, i - 1, "judge") || x_tok_is(d, i - 1, "prosecutor"))) {
                add_unique(p->actors, &p->n_actors, e);
                break;
            }
            /* "captured a PKK member, who was on the Interior Ministry's
             * wanted list": the captors list no one (the ministry does) */
            if (before && x_tok_is(d, tg->t0, "wanted") && !is_militant(d, e) &&
                en->type != FNR_ENTITY_PERSON) {
                bool rel = false;
                for (size_t k = tg->t0; k > i + 1 && tg->t0 - k < 8 && !rel; k--)
                    rel = x_tok_is(d, k - 1, "who") && is_punct_c(d, k - 2, ',');
                if (rel)
                    break;
            }
            /* "Gendarmerie captured a PKK member, who was wanted on a red
             * notice": the captors list no one */
            if (before && en->type == FNR_ENTITY_ORGANIZATION && x_tok_is(d, tg->t0, "wanted") &&
                tg->t0 >= s0 + 2 && tok_class(d, tg->t0 - 1, W_BE_WORDS) &&
                (x_tok_is(d, tg->t0 - 2, "who") ||
                 (tg->t0 >= s0 + 3 && x_tok_is(d, tg->t0 - 3, "who"))))
                break;
            /* a court, a service, an international body ("wanted on an
             * Interpol red notice"), or a country as the subject; a body
             * after the verb with a subject before it is the one acted on
             * ("the EU imposed sanctions on five Wagner Group commanders") */
            /* ("on Türkiye's wanted list": the state that lists acts) */
            /* ("the PKK's jailed founder": the group owns the one jailed) */
            if (is_militant(d, e) && owns_next(d, i, s1) && after_mention(d, i, s1) + 1 == tg->t0)
                break;
            if ((en->type == FNR_ENTITY_ORGANIZATION || place_acts(d, en)) &&
                (requested_by(d, s0, i, s1) ||
                 (owns_next(d, i, s1) && after_mention(d, i, s1) + 1 == tg->t0))) {
                add_unique(p->actors, &p->n_actors, e);
                break;
            }
            if (before && reduced_wanted(d, tg, s0)) {
                /* "Gendarmerie captured a PKK member wanted on a red notice":
                 * the wanted, not who lists them */
                /* ("X led the group, which reported to Y, a fugitive wanted
                 * in Germany": Y, whom the noun before "wanted" stands for) */
                size_t k = tg->t0;
                while (k > s0 + 1 && tg->t0 - k < 5 && x_tok(d, k - 1)->mention < 0 &&
                       (x_tok(d, k - 1)->xflags & (XT_LOWER | XT_DEMONYM)))
                    k--;
                int head = k > s0 + 1 && k < tg->t0 && is_punct_c(d, k - 1, ',')
                               ? x_tok_entity(d, k - 2)
                               : -1;
                if ((en->type == FNR_ENTITY_PERSON || is_militant(d, e)) &&
                    (head < 0 || head == e || d->ents[head].type != FNR_ENTITY_PERSON))
                    add_unique(p->targets, &p->n_targets, e);
                break;
            }
            /* "went on trial at the Istanbul 26th High Criminal Court",
             * "sentenced by the Paris court": where one is tried tries */
            /* ("before the State Protection Senate of the Higher Regional
             * Court": a chamber of the court, named before it) */
            size_t fk = past_article(d, s0, i);
            if (!before && kind_is(d, en, K_COURT) && fk > s0 + 2 && x_tok_is(d, fk - 1, "of")) {
                size_t q = fk - 1;
                while (q > s0 && fk - q < 6 && x_tok(d, q - 1)->kind == FNR_TOK_WORD &&
                       (x_tok(d, q - 1)->tflags & FNR_TF_CAP) && x_tok(d, q - 1)->mention < 0)
                    q--;
                if (q < fk - 1)
                    fk = past_article(d, s0, q);
            }
            if (!before && kind_is(d, en, K_COURT) && fk > s0 &&
                (x_tok_is(d, fk - 1, "at") || x_tok_is(d, fk - 1, "by") ||
                 x_tok_is(d, fk - 1, "before")))
                add_unique(p->actors, &p->n_actors, e);
            else if (!before && !passive && p->n_actors && is_security(d, e) &&
                     !(d->ent_bits[e] & EK_INTL))
                add_unique(p->targets, &p->n_targets, e);
            /* ("sentenced three men over the bombing outside the Interior
             * Ministry": the body at the deed past the verb tries no one) */
            else if (!before && en->type == FNR_ENTITY_ORGANIZATION && !is_militant(d, e) &&
                     !kind_is(d, en, K_COURT) && (types_between(d, tg->t1, i) & VIOLENT_TYPES))
                break;
            /* "convicted six men of planning an attack on the European
             * Parliament": the body aimed at tries no one */
            else if (!before && (types_between(d, tg->t1, i) & VIOLENT_TYPES) &&
                     attacked_at(d, i, s0))
                break;
            /* "charged a man with helping the GRU": the service he worked
             * for, as one "spying for" it (D-11), tries no one */
            else if (!before && is_security(d, e) && !kind_is(d, en, K_COURT) &&
                     deed_object(d, tg->t1, i))
                add_unique(p->targets, &p->n_targets, e);
            else if (is_security(d, e) || (d->ent_bits[e] & EK_INTL) ||
                     (en->type == FNR_ENTITY_LOCATION && place_acts(d, en) && before &&
                      i == first_pos && !oc->prep && !place_qualifies(d, i, s1) &&
                      !dateline_at(d, i, s1) && !owns_body(d, i, s1)))
                add_unique(p->actors, &p->n_actors, e);
            /* "sentenced three men for plotting to kill Geert Wilders": the
             * one the crime aimed at is no defendant */
            else if (en->type == FNR_ENTITY_PERSON && !before &&
                     (types_between(d, tg->t1, i) & VIOLENT_TYPES))
                break;
            /* "The DHKP-C, listed as a terrorist organization by the EU,
             * carried out a bombing at the U.S. Embassy": a body past the
             * deed is not tried */
            else if (en->type == FNR_ENTITY_ORGANIZATION && !is_militant(d, e) && !before &&
                     (types_between(d, tg->t1, i) & VIOLENT_TYPES))
                break;
            /* "sentenced a former HDP district official, X": the body
             * a defendant served in is not tried */
            else if (en->type == FNR_ENTITY_ORGANIZATION && !is_militant(d, e) && !before &&
                     names_a_post(d, i, s1))
                break;
            else if (en->type == FNR_ENTITY_PERSON || is_militant(d, e) ||
                     en->type == FNR_ENTITY_ORGANIZATION)
                add_unique(p->targets, &p->n_targets, e);
            break;
        case FNR_EVENT_ESPIONAGE:
            /* "MIT uncovered a network who were collecting information":
             * who found the spies is none of them */
            if (before && found_out(d, after_mention(d, i, s1), s1))
                break;
            /* "MİT captured seven people, who sold information to Mossad":
             * the captor is none of those the relative clause tells of */
            if (before && captor_of_relative(d, after_mention(d, i, s1), tg->t0))
                break;
            /* "a spy ring ... was rolled up after an 18-month operation by
             * the ABW": who ran the operation uncovered the spies */
            if (!before && past_article(d, s0, i) >= s0 + 2 &&
                x_tok_is(d, past_article(d, s0, i) - 1, "by") &&
                tok_class(d, past_article(d, s0, i) - 2, W_OP_NOUNS))
                break;
            /* "Seven people accused of spying for MOIS were detained by
             * MİT": the captor after the capture's verb is no spy */
            if (!before &&
                (types_between(d, tg->t1, i) & ((1u << FNR_EVENT_ARREST) | (1u << FNR_EVENT_KILL) |
                                                (1u << FNR_EVENT_LEGAL_ACTION))))
                break;
            /* "spied on Bulgarian journalist X", "surveillance of the
             * embassy": the one watched */
            if (!before && en->type != FNR_ENTITY_LOCATION && !(d->ent_bits[e] & EK_INTEL)) {
                size_t k = past_article(d, s0, i);
                while (k > tg->t1 && i - k < 4 &&
                       (x_tok(d, k - 1)->xflags & (XT_LOWER | XT_DEMONYM)) &&
                       x_tok(d, k - 1)->mention < 0 && !x_tok_is(d, k - 1, "on") &&
                       !x_tok_is(d, k - 1, "of") && !x_tok_is(d, k - 1, "for"))
                    k--;
                if (k > tg->t0 + 1 && (x_tok_is(d, k - 1, "on") || x_tok_is(d, k - 1, "of")) &&
                    !x_tok_is(d, k - 2, "behalf")) {
                    add_unique(p->targets, &p->n_targets, e);
                    break;
                }
            }
            /* "photographed a Mossad office", "spied on the MIT
             * headquarters": a service's site or staff, watched */
            if (!before && (d->ent_bits[e] & EK_INTEL)) {
                static const char *const SITE[] = { "office",   "offices",   "headquarters",
                                                    "building", "buildings", "premises",
                                                    "station",  "facility",  "facilities",
                                                    "officers", "officials", "employees",
                                                    "staff",    "agents",    NULL };
                size_t k = after_mention(d, i, s1);
                if (k < s1 && x_tok_in(d, k, SITE)) {
                    add_unique(p->targets, &p->n_targets, e);
                    break;
                }
            }
            if (en->type == FNR_ENTITY_PERSON || (d->ent_bits[e] & EK_INTEL))
                add_unique(p->actors, &p->n_actors, e);
            else if (en->type == FNR_ENTITY_LOCATION && kind_is(d, en, K_COUNTRY) && !before &&
                     i <= tg->t1 + 1 &&
                     (x_tok_is(d, tg->t0, "serving") || x_tok_is(d, tg->t0, "served")))
                add_unique(p->actors, &p->n_actors, e); /* "serving Russia" (D-12) */
            break;
        case FNR_EVENT_PLOT:
        case FNR_EVENT_ATTACK:
            /* "the minister spoke of averting the threat of attacks": who
             * stops an attack is no plotter */
            if (avert != SIZE_MAX && i < avert)
                break;
            /* "The CIA passed intelligence to Russia about a planned attack":
             * who warned and who was warned plot nothing */
            if (before && (types_between(d, s0, tg->t0) & (1u << FNR_EVENT_INTEL_SHARING))) {
                bool about = false;
                for (size_t k = after_mention(d, i, s1); k < tg->t0 && !about; k++)
                    about = x_tok_is(d, k, "about") || x_tok_is(d, k, "of");
                if (about)
                    break;
            }
            /* "plotting to kill Dutch politician Geert Wilders": a person
             * named after the verb is who it aims at */
            if (en->type == FNR_ENTITY_PERSON && !before && !is_militant(d, e) &&
                !(types_between(d, tg->t1, i) & ~VIOLENT_TYPES))
                add_unique(p->targets, &p->n_targets, e);
            else if (en->type == FNR_ENTITY_PERSON || is_militant(d, e))
                add_unique(passive && before ? p->targets : p->actors,
                           passive && before ? &p->n_targets : &p->n_actors, e);
            /* "Russian military intelligence is preparing sabotage": a
             * service the subject of the verb plots */
            /* (not "MİT neutralized attempts to target": a killing word
             * that tells a plot tells it averted) */
            /* (so does a force such as the IRGC's Quds Force: "was planning
             * to abduct a dissident") */
            else if (before && !passive &&
                     ((d->ent_bits[e] & EK_INTEL) || kind_is(d, en, K_ARMED_FORCES)) &&
                     tok_event_type(d, tg->t0) == FNR_EVENT_PLOT && subject_of(d, i, tg->t0, s1))
                add_unique(p->actors, &p->n_actors, e);
            else if (!before && en->type == FNR_ENTITY_ORGANIZATION &&
                     (!is_security(d, e) || attacked_at(d, i, s0)))
                add_unique(p->targets, &p->n_targets, e);
            break;
        default:
            break;
        }
    }
    /* One entity is never both sides of an event: the actor reading wins
     * ("The arrest followed a tip from the service, which had monitored"). */
    for (size_t k = 0; k < p->n_targets;)
        if (contains(p->actors, p->n_actors, p->targets[k]))
            memmove(&p->targets[k], &p->targets[k + 1], (--p->n_targets - k) * sizeof(int));
        else
            k++;
    if (tg->type == FNR_EVENT_ARREST || tg->type == FNR_EVENT_KILL ||
        tg->type == FNR_EVENT_LEGAL_ACTION) {
        bool militant = false;
        for (size_t k = 0; k < p->n_targets; k++)
            militant = militant || is_militant(d, p->targets[k]);
        /* ("a gunman loyal to the group killed 39 people": the group
         * in an active verb's subject, the clause before it, is no
         * target) */
        size_t c = tg->t0;
        while (!passive && c > s0 && !is_punct_c(d, c - 1, ','))
            c--;
        int g = militant ? -1 : group_named_back(d, s0, s0, passive ? s1 : c);
        if (!militant && g < 0 && !passive)
            g = group_named_back(d, s0, tg->t0, s1);
        if (g >= 0 && !contains(p->actors, p->n_actors, g))
            add_unique(p->targets, &p->n_targets, g);
    }
    /* "The group carried out its deadliest attack": the group a
     * sentence opens with acts */
    if ((tg->type == FNR_EVENT_ATTACK || tg->type == FNR_EVENT_PLOT) && !passive && !p->n_actors &&
        tg->t0 > s0 + 1 && tg->t0 - s0 < 8 && x_tok_is(d, s0, "the")) {
        int g = group_named_back(d, s0, s0, s0 + 3 < tg->t0 ? s0 + 3 : tg->t0);
        if (g >= 0 && !contains(p->targets, p->n_targets, g))
            add_unique(p->actors, &p->n_actors, g);
    }
    /* ("The CIA passed intelligence to Russia about a planned attack":
     * the one a warning went to plotted nothing) */
    bool warned_of = tg->type == FNR_EVENT_PLOT &&
                     (types_between(d, s0, tg->t0) & (1u << FNR_EVENT_INTEL_SHARING));
    for (size_t k = tg->t0; tg->type == FNR_EVENT_PLOT && !warned_of && k > s0 && tg->t0 - k < 5;
         k--)
        if (x_tok_is(d, k - 1, "about")) {
            static const char *const INFO[] = { "intelligence", "information", "warning",
                                                "details",      "tip",         NULL };
            for (size_t q = s0; q + 1 < k && !warned_of; q++)
                warned_of = x_tok_in(d, q, INFO);
            break;
        }
    for (size_t i = 0; i < f->n_for; i++) {
        if (tg->type == FNR_EVENT_ESPIONAGE || (tg->type == FNR_EVENT_PLOT && !warned_of))
            /* "preparing an attack on the embassy on behalf of Iran" (D-12) */
            add_unique(p->actors, &p->n_actors, f->for_whom[i]);
        else if ((tg->type == FNR_EVENT_ARREST || tg->type == FNR_EVENT_LEGAL_ACTION) &&
                 d->ents[f->for_whom[i]].type == FNR_ENTITY_ORGANIZATION) {
            /* "arrested / charged with spying for the GRU" (D-11) */
            add_unique(p->targets, &p->n_targets, f->for_whom[i]);
            /* the service spied for is not the one arresting */
            for (size_t k = 0; k < p->n_actors; k++)
                if (p->actors[k] == f->for_whom[i]) {
                    p->actors[k] = p->actors[--p->n_actors];
                    break;
                }
        }
    }
    /* "passing information about the Parliament to a Chinese intelligence
     * service": the state a demonym names the receiving service by spied
     * through it, when the report names it (D-12) */
    for (size_t k = tg->t1; tg->type == FNR_EVENT_ESPIONAGE && k + 3 < s1 && k - tg->t1 < 24; k++) {
        if (!x_tok_is(d, k, "to"))
            continue;
        size_t q = k + 1;
        if (x_tok_is(d, q, "a") || x_tok_is(d, q, "an") || x_tok_is(d, q, "the") ||
            x_tok_is(d, q, "their") || x_tok_is(d, q, "his") || x_tok_is(d, q, "her"))
            q++;
        if (q + 1 < s1 && (x_tok(d, q)->xflags & XT_DEMONYM) && x_tok(d, q)->mention < 0 &&
            (x_tok_is(d, q + 1, "intelligence") || x_tok_is(d, q + 1, "security") ||
             x_tok_is(d, q + 1, "handler") || x_tok_is(d, q + 1, "handlers") ||
             x_tok_is(d, q + 1, "spy") || x_tok_is(d, q + 1, "officer"))) {
            int c = demonym_country(d, q);
            if (c >= 0)
                add_unique(p->actors, &p->n_actors, c);
            break;
        }
    }
    /* "Israeli and Turkish intelligence services worked together": states
     * named by demonyms only stand for their countries, when the report
     * names them (D-12) */
    static const char *const PLOT_NOUNS[] = { "plot",    "plots",    "plan",       "plans",
                                              "attempt", "attempts", "conspiracy", NULL };
    /* "an Iranian plot", "an Iranian assassination attempt" */
    /* ... and "averting Russian sabotage attacks", an attack that is a plot */
    bool noun_plot =
        tg->type == FNR_EVENT_PLOT &&
        (x_tok_in(d, tg->t1 - 1, PLOT_NOUNS) || (tg->t1 < s1 && x_tok_in(d, tg->t1, PLOT_NOUNS)) ||
         (tok_class(d, tg->t1 - 1, W_VIOLENT_WORDS) && !x_tok_in(d, tg->t0, VAGUE_PLANS)));
    /* "foiled an Iranian-directed plot": the noun the verb governs */
    size_t pn = tg->t0;
    for (size_t k = tg->t1; tg->type == FNR_EVENT_PLOT && !noun_plot && k < s1 && k - tg->t1 < 5;
         k++) {
        if (x_tok_in(d, k, PLOT_NOUNS)) {
            noun_plot = true;
            pn = k;
        } else if (is_punct_c(d, k, ',') || (x_tok(d, k)->xflags & XT_TRIGGER) ||
                   x_tok(d, k)->mention >= 0)
            break;
    }
    if (!p->n_actors && (tg->type == FNR_EVENT_INTEL_SHARING || noun_plot))
        for (size_t k = pn; k > s0 && pn - k < (noun_plot ? 4 : 8); k--) {
            const xtok *t = x_tok(d, k - 1);
            if (is_punct_c(d, k - 1, ',') || (t->xflags & XT_TRIGGER))
                break;
            /* "Jordan's intelligence service alerted German police" */
            if ((t->tflags & FNR_TF_POSS) && k >= s0 + 2 && tg->type == FNR_EVENT_INTEL_SHARING) {
                int c = x_tok_entity(d, k - 2);
                if (c >= 0 && d->ents[c].type == FNR_ENTITY_LOCATION &&
                    kind_is(d, &d->ents[c], K_COUNTRY))
                    add_unique(p->actors, &p->n_actors, c);
                continue;
            }
            if (!(t->xflags & XT_DEMONYM) || t->mention >= 0)
                continue;
            /* "an Iranian intelligence plot" names the service itself (an
             * entity of its own), "Iranian intelligence services" none */
            if (k < pn && x_tok_is(d, k, "intelligence") &&
                !(k + 1 < pn && (x_tok_is(d, k + 1, "services") || x_tok_is(d, k + 1, "agencies"))))
                continue;
            int c = demonym_country(d, k - 1);
            if (c >= 0)
                add_unique(p->actors, &p->n_actors, c);
        }
    /* "a plot by Iranian agents to abduct ...": the plotters' state (D-12) */
    if (!p->n_actors && noun_plot && pn + 3 < s1 && x_tok_is(d, pn + 1, "by") &&
        (x_tok(d, pn + 2)->xflags & XT_DEMONYM) && x_tok(d, pn + 2)->mention < 0) {
        static const char *const AGENTS[] = { "agents",      "agent",    "intelligence",
                                              "operatives",  "spies",    "officers",
                                              "authorities", "handlers", NULL };
        size_t q = pn + 3;
        if (q + 1 < s1 && (x_tok_is(d, q, "intelligence") || x_tok_is(d, q, "state") ||
                           x_tok_is(d, q, "government")))
            q++;
        int c =
            x_tok_in(d, q, AGENTS) || x_tok_in(d, q - 1, AGENTS) ? demonym_country(d, pn + 2) : -1;
        if (c >= 0)
            add_unique(p->actors, &p->n_actors, c);
    }
    /* "shared the information with the Georgian side", "warned Austrian
     * authorities", "with its Iraqi counterpart": the state a demonym names after the verb was
     * told, when the report names it (D-12) */
    /* ("The Austrian authorities were alerted by U.S. intelligence": the
     * passive's subject, a state named by a demonym, was told, D-12) */
    if (tg->type == FNR_EVENT_INTEL_SHARING && !p->n_targets && passive) {
        static const char *const BODIES[] = { "authorities",  "police",     "officials",
                                              "intelligence", "government", NULL };
        for (size_t k = s0; k + 1 < tg->t0 && k < s0 + 4; k++)
            if ((x_tok(d, k)->xflags & XT_DEMONYM) && x_tok(d, k)->mention < 0 &&
                x_tok_in(d, k + 1, BODIES)) {
                int c = demonym_country(d, k);
                if (c >= 0 && !contains(p->actors, p->n_actors, c))
                    add_unique(p->targets, &p->n_targets, c);
                break;
            }
    }
    if (tg->type == FNR_EVENT_INTEL_SHARING && !p->n_targets && !told_from && !passive) {
        static const char *const PARTIES[] = { "side",        "authorities", "counterparts",
                                               "counterpart", "partner",     "partners",
                                               "officials",   "government",  "intelligence",
                                               NULL };
        /* ("Intelligence provided by Türkiye's National Intelligence
         * Organization (MİT) helped German and Austrian authorities": past
         * a long name of the provider) */
        for (size_t k = tg->t1; k + 1 < p->told && k + 1 < s1 && k - tg->t1 < 16; k++) {
            if (is_punct_c(d, k, ','))
                break;
            if (!(x_tok(d, k)->xflags & XT_DEMONYM))
                continue;
            /* "warned German and Austrian intelligence": each demonym of
             * the list before the party */
            size_t j = k;
            while (j + 2 < s1 && (x_tok_is(d, j + 1, "and") || is_punct_c(d, j + 1, ',')) &&
                   (x_tok(d, j + 2)->xflags & XT_DEMONYM))
                j += 2;
            size_t h = j + 1;
            if (h + 1 < s1 && x_tok_is(d, h, "security"))
                h++; /* "Swedish security police" */
            if (h >= s1 || !(x_tok_in(d, h, PARTIES) || x_tok_is(d, h, "police") ||
                             x_tok_is(d, h, "service") || x_tok_is(d, h, "services")))
                continue;
            for (size_t m = k; m <= j; m += 2) {
                int c = demonym_country(d, m);
                if (c >= 0 && !contains(p->actors, p->n_actors, c))
                    add_unique(p->targets, &p->n_targets, c);
            }
            break;
        }
    }
    /* "Two suicide bombers, X and Y, blew themselves up": the persons a
     * noun of doers names in apposition did it */
    if (tg->type == FNR_EVENT_ATTACK && tg->t1 + 1 < s1 && is_punct_c(d, tg->t1, ',') &&
        (x_tok_is(d, tg->t1 - 1, "bombers") || x_tok_is(d, tg->t1 - 1, "bomber") ||
         x_tok_is(d, tg->t1 - 1, "attackers") || x_tok_is(d, tg->t1 - 1, "attacker")))
        for (size_t k = 0; k < p->n_targets;) {
            int w = p->targets[k];
            int32_t m = x_tok(d, tg->t1 + 1)->mention;
            bool named =
                d->ents[w].type == FNR_ENTITY_PERSON && m >= 0 && named_after(d, w, tg->t1 + 1, s1);
            if (!named) {
                k++;
                continue;
            }
            memmove(&p->targets[k], &p->targets[k + 1],
                    (p->n_targets - k - 1) * sizeof *p->targets);
            p->n_targets--;
            add_unique(p->actors, &p->n_actors, w);
        }
    if (ante >= 0 && dies)
        add_unique(p->targets, &p->n_targets, ante);
    else if (ante >= 0 && avert == SIZE_MAX) {
        for (size_t k = 0; k < p->n_targets; k++)
            if (p->targets[k] == ante) {
                memmove(&p->targets[k], &p->targets[k + 1],
                        (p->n_targets - k - 1) * sizeof *p->targets);
                p->n_targets--;
                break;
            }
        add_unique(p->actors, &p->n_actors, ante);
    }
    /* "Turkish intelligence tipped off German police about the suspect,
     * who was arrested at Frankfurt Airport": who told of him, before the
     * telling's verb, caught no one */
    if ((tg->type == FNR_EVENT_ARREST || tg->type == FNR_EVENT_KILL) && passive && p->n_actors) {
        size_t w = tg->t0;
        while (w > s0 && tg->t0 - w < 3 && !x_tok_is(d, w - 1, "who"))
            w--;
        size_t q = s0;
        while (w > s0 + 1 && x_tok_is(d, w - 1, "who") && q < w - 1 &&
               tok_event_type(d, q) != FNR_EVENT_INTEL_SHARING && !x_tok_is(d, q, "tipped"))
            q++;
        for (size_t k = s0; w > s0 + 1 && q < w - 1 && k < q; k++) {
            int a = x_tok_entity(d, k);
            if (a >= 0 && contains(p->actors, p->n_actors, a))
                remove_id(p->actors, &p->n_actors, a);
        }
    }
    /* "Al-Shabaab, which has been designated a terrorist organisation by
     * the State Department": the one ", which" stands for is the passive
     * step's target */
    if (tg->type == FNR_EVENT_LEGAL_ACTION && passive && clause > s0 + 1 &&
        x_tok_is(d, clause, "which") && is_punct_c(d, clause - 1, ',') &&
        x_tok(d, clause - 2)->mention >= 0) {
        int w = x_tok_entity(d, clause - 2);
        if (w >= 0 && d->ents[w].type != FNR_ENTITY_LOCATION) {
            remove_id(p->actors, &p->n_actors, w);
            add_unique(p->targets, &p->n_targets, w);
        }
    }
}

/* Whether sentence s places what it tells in many places, no one of which
 * is its place: "across 14 provinces", "in 81 provinces", "nationwide",
 * "in Istanbul, Ankara, Izmir and nine other provinces". */
static bool many_places_scan(const x_doc *d, const xsent *s)
{
    size_t run = 0;                            /* places in a list so far */
    bool areas = (s->cues & X_CUE_AREAS) != 0; /* (else no word below is in it) */
    int last = -1;
    for (size_t k = s->tok0; k < s->tok1; k++) {
        const xtok *t = x_tok(d, k);
        if (t->mention >= 0) {
            int e = x_men(d, (size_t)t->mention)->entity;
            if (e >= 0 && e != last && d->ents[e].type == FNR_ENTITY_LOCATION) {
                last = e;
                if (++run >= 3)
                    return true;
            }
            continue;
        }
        if (run && !is_punct_c(d, k, ',') && !x_tok_is(d, k, "and") && !(t->tflags & FNR_TF_POSS)) {
            run = 0;
            last = -1;
        }
        if (!areas || t->key_len < 5)
            continue;
        if (t->key[t->key_len - 1] == 's' && k > s->tok0 && x_tok_in(d, k, AREAS) &&
            (token_number(d, k - 1) > 1 || x_tok_is(d, k - 1, "several") ||
             x_tok_is(d, k - 1, "other") || x_tok_is(d, k - 1, "different")))
            return true;
        if (x_tok_is(d, k, "nationwide"))
            return true;
    }
    return false;
}

/* many_places_scan of sentence si, worked out once. */
static bool many_places(const x_doc *d, size_t si)
{
    xsent *s = x_sent(d, si);
    if (!s->many)
        s->many = many_places_scan(d, s) ? 2 : 1;
    return s->many == 2;
}

/* The country location entity of country code cc ("TUR"), or -1. */
static int country_entity(const x_doc *d, const char *cc)
{
    for (size_t e = 0; cc[0] && e < d->n_ents; e++)
        if (d->ents[e].type == FNR_ENTITY_LOCATION && kind_is(d, &d->ents[e], K_COUNTRY) &&
            strcmp(d->ents[e].country, cc) == 0)
            return (int)e;
    return -1;
}

/* Whether the places a round-up spread over are parts of loc: "in the
 * province of İzmir, police detained 18 suspects in operations across 12
 * districts" was in İzmir (not "across 14 provinces", nor a list of three
 * places named). */
static bool parts_of(const x_doc *d, const xsent *s, int loc)
{
    static const char *const PARTS[] = { "districts",      "towns",         "villages",
                                         "neighbourhoods", "neighborhoods", NULL };
    const fnr_entity *e = &d->ents[loc];
    if (!(kind_is(d, e, K_PROVINCE) || kind_is(d, e, K_CAPITAL) || kind_is(d, e, K_STATE) ||
          kind_is(d, e, K_GOVERNORATE) || kind_is(d, e, K_REGION) ||
          (e->kind && strcmp(e->kind, "city") == 0)))
        return false;
    bool parts = false;
    for (size_t k = s->tok0; k < s->tok1; k++) {
        int m = x_tok_entity(d, k);
        /* (another place but a country: a list, not parts) */
        if (m >= 0 && m != loc && d->ents[m].type == FNR_ENTITY_LOCATION &&
            !kind_is(d, &d->ents[m], K_COUNTRY))
            return false;
        if (x_tok_is(d, k, "nationwide"))
            return false;
        if (k > s->tok0 && x_tok_in(d, k, PARTS) &&
            (token_number(d, k - 1) > 1 || x_tok_is(d, k - 1, "several")))
            parts = true;
    }
    return parts;
}

/* The place an attack's name opens with, or -1: "the 2004 Madrid train
 * bombings", "the Istanbul nightclub attack" (a place, up to two lower-case
 * words of what was hit, the trigger at t0). */
static int named_by_place(const x_doc *d, size_t s0, size_t t0)
{
    size_t k = t0;
    while (k > s0 && t0 - k < 2 && x_tok(d, k - 1)->mention < 0 &&
           (x_tok(d, k - 1)->xflags & XT_LOWER) && !(x_tok(d, k - 1)->xflags & XT_TRIGGER) &&
           !x_tok_is(d, k - 1, "the") && !x_tok_is(d, k - 1, "a") && !x_tok_is(d, k - 1, "an"))
        k--;
    if (k <= s0)
        return -1;
    int e = x_tok_entity(d, k - 1);
    if (e < 0 || d->ents[e].type != FNR_ENTITY_LOCATION || kind_is(d, &d->ents[e], K_COUNTRY))
        return -1;
    /* its phrase opens with "the" (a year may stand between) */
    size_t m = (size_t)x_men(d, (size_t)x_tok(d, k - 1)->mention)->tok0;
    if (m > s0 && x_tok(d, m - 1)->kind == FNR_TOK_NUMBER)
        m--;
    return m > s0 && x_tok_is(d, m - 1, "the") ? e : -1;
}

/* Words that spread a round-up beyond the places a sentence names. */
static const char *const SPREAD_WORDS[] = { "across",     "other",  "provinces", "cities",
                                            "districts",  "states", "countries", "regions",
                                            "nationwide", NULL };

/* Whether sentence s holds one of the words of list w. */
static bool sent_has(const x_doc *d, const xsent *s, const char *const *w)
{
    for (size_t k = s->tok0; k < s->tok1; k++)
        if (x_tok(d, k)->kind == FNR_TOK_WORD && x_tok_in(d, k, w))
            return true;
    return false;
}

/* The country the report names that holds every place sentence s names
 * ("in Barcelona, Girona and Ceuta": Spain), or -1; *one tells whether
 * the places lie in one country at all, named or not. */
static int places_country(const x_doc *d, const xsent *s, bool *one)
{
    *one = false;
    /* "in Ankara's Çankaya, Keçiören and Yenimahalle districts": the
     * place that owns the list */
    for (size_t k = s->tok0; k + 2 < s->tok1; k++) {
        int e = x_tok_entity(d, k);
        if (e < 0 || d->ents[e].type != FNR_ENTITY_LOCATION || kind_is(d, &d->ents[e], K_COUNTRY))
            continue;
        size_t q = after_mention(d, k, s->tok1);
        if (q + 1 < s->tok1 && (x_tok(d, q)->tflags & FNR_TF_POSS)) {
            int owned = x_tok_entity(d, q + 1);
            size_t r = owned >= 0 ? after_mention(d, q + 1, s->tok1) : s->tok1;
            if (owned >= 0 && d->ents[owned].type == FNR_ENTITY_LOCATION && r < s->tok1 &&
                (is_punct_c(d, r, ',') || x_tok_is(d, r, "and")))
                return e;
        }
        k = q > k ? q - 1 : k;
    }
    const char *cc = NULL;
    for (size_t k = s->tok0; k < s->tok1; k++) {
        int e = x_tok_entity(d, k);
        if (e < 0 || d->ents[e].type != FNR_ENTITY_LOCATION || kind_is(d, &d->ents[e], K_COUNTRY))
            continue;
        const char *c = d->ents[e].country;
        if (!c[0] || (cc && strcmp(cc, c) != 0))
            return -1;
        cc = c;
    }
    *one = cc != NULL;
    return cc ? country_entity(d, cc) : -1;
}

/* The place of the event: the most specific location introduced by in/at/
 * near/close to; else none. Actors that are places are not the place. */
/* Whether the place at token i is where a fronted report was made ("the
 * minister told reporters in Ankara that the army had killed ...", "said
 * in Erbil that"): a reporting verb a few words before it and "that" after
 * it, before the trigger ending at trig_end. */
static bool said_in_before(const x_doc *d, size_t i, size_t trig_end)
{
    bool verb = false;
    for (size_t k = i; k > 0 && i - k < 5 && !verb; k--)
        verb = x_report_verb(d, k - 1);
    if (!verb)
        return false;
    for (size_t k = i + 1; k < trig_end; k++) {
        if (x_tok_is(d, k, "that"))
            return true;
        if (x_tok(d, k)->xflags & XT_TRIGGER)
            return false;
    }
    return false;
}

/* Whether token t (after the trigger's end) sits in an apposition to a
 * person target, before any comma closes it: "X, a former emir
 * responsible for the network in Türkiye, ..." (not "X, a member, in
 * Idlib"). */
static bool in_open_apposition(const x_doc *d, const participants *p, size_t trig_end, size_t t,
                               size_t s1)
{
    size_t c = t;
    while (c > trig_end && !is_punct_c(d, c - 1, ','))
        c--;
    if (c <= trig_end + 1 || c >= t)
        return false;
    int who = x_tok_entity(d, c - 2);
    if (who < 0 || d->ents[who].type != FNR_ENTITY_PERSON ||
        !contains(p->targets, p->n_targets, who) ||
        !(x_tok_is(d, c, "a") || x_tok_is(d, c, "an") || x_tok_is(d, c, "the")))
        return false;
    for (size_t k = c; k < t; k++) {
        const xtok *w = x_tok(d, k);
        if ((w->xflags & XT_TRIGGER) && w->key_len > 3 &&
            memcmp(w->key + w->key_len - 2, "ed", 2) == 0)
            return false; /* "a Syrian wanted in Germany": a clause of its own */
    }
    return t < s1;
}

/* The "for" (or "over") after a legal step's trigger that opens the deed it
 * was for: "sentenced him to eight years for planning an attack on a concert
 * in Utrecht in 2024". The place told there, and a year or month, are the
 * deed's, not the court's (a day, "on Thursday", is the court's). SIZE_MAX
 * when there is none. */
static size_t offence_at(const x_doc *d, fnr_event_type type, size_t trig_end, size_t s1)
{
    if (type != FNR_EVENT_LEGAL_ACTION)
        return SIZE_MAX;
    for (size_t k = trig_end; k + 1 < s1 && k - trig_end < 24; k++) {
        if (is_punct_c(d, k, ';') || (x_tok(d, k)->xflags & XT_TRIGGER && k > trig_end))
            return SIZE_MAX;
        if (x_tok_is(d, k, "for") || x_tok_is(d, k, "over")) {
            /* a deed ("for planning", "over spying"), not a status ("for
             * membership in ISIS on Thursday": the court's day) */
            const xtok *w = x_tok(d, k + 1);
            if (w->kind == FNR_TOK_WORD && (w->xflags & XT_LOWER) && w->key_len > 4 &&
                memcmp(w->key + w->key_len - 3, "ing", 3) == 0)
                return k;
        }
    }
    return SIZE_MAX;
}

/* Whether the place at token i is in a phrase of time: "since the start
 * of the war in Gaza", "before the outbreak of the conflict in Syria". */
static bool in_time_phrase(const x_doc *d, size_t s0, size_t i)
{
    for (size_t k = i; k > s0 + 3 && i - k < 10; k--) {
        if (is_punct_c(d, k - 1, ','))
            return false;
        if (x_tok_is(d, k - 1, "of") &&
            (x_tok_is(d, k - 2, "start") || x_tok_is(d, k - 2, "beginning") ||
             x_tok_is(d, k - 2, "outbreak") || x_tok_is(d, k - 2, "onset") ||
             x_tok_is(d, k - 2, "end")) &&
            x_tok_is(d, k - 3, "the") &&
            (x_tok_is(d, k - 4, "since") || x_tok_is(d, k - 4, "before") ||
             x_tok_is(d, k - 4, "after") || x_tok_is(d, k - 4, "until")))
            return true;
    }
    return false;
}

/* Whether the place at token i is in a fronted "Since ..." clause before
 * the trigger ending at trig_end ("Since the war in Gaza began, Israel has
 * detained dozens"): a time it frames, not where the event was. */
static bool in_since_clause(const x_doc *d, size_t s0, size_t i, size_t trig_end)
{
    bool comma = false;
    for (size_t k = i + 1; k < trig_end && !comma; k++)
        comma = is_punct_c(d, k, ',');
    if (!comma)
        return false;
    for (size_t k = i; k > s0; k--) {
        if (is_punct_c(d, k - 1, ','))
            return false;
        if (x_tok_is(d, k - 1, "since"))
            return true;
    }
    return false;
}

/* "Fetullah Gülen, who died in the US in 2024, ...", "Ali Kaya, who had
 * lived in Germany, was arrested": a place in a relative clause after
 * someone named that tells of that one's life (died, lived, was born,
 * studied ...), the trigger (ending at trig_end) outside it, is not where
 * the event was. (Other relative clauses may place it: "who was
 * responsible for the group's operations in Raqqa".) */
static bool in_who_clause(const x_doc *d, size_t s0, size_t i, size_t trig_end, size_t s1)
{
    static const char *const LIFE[] = { "died",    "lived",   "born",    "grew",
                                        "studied", "settled", "resided", "emigrated",
                                        "stayed",  "worked",  NULL };
    size_t c = SIZE_MAX;
    for (size_t k = i; k > s0 + 1 && i - k < 12; k--) {
        if (is_punct_c(d, k - 1, ','))
            return false;
        if (x_tok_is(d, k - 1, "who") && is_punct_c(d, k - 2, ',')) {
            c = k - 1;
            break;
        }
    }
    if (c == SIZE_MAX || x_tok_entity(d, c - 2) < 0)
        return false;
    size_t v = c + 1;
    while (v < i && (x_tok_is(d, v, "had") || x_tok_is(d, v, "has") || x_tok_is(d, v, "was") ||
                     x_tok_is(d, v, "later") || x_tok_is(d, v, "reportedly")))
        v++;
    if (v >= i || !x_tok_in(d, v, LIFE))
        return false;
    size_t end = i;
    while (end < s1 && !is_punct_c(d, end, ','))
        end++;
    return !(trig_end > c && trig_end <= end);
}

/* Whether the place at token i stands in a relative clause after the
 * trigger (ending at trig_end) that tells where someone meant to go:
 * "arrested a man who was planning to join ISIS in Afghanistan" (not where
 * he was caught). */
static bool in_intent_clause(const x_doc *d, size_t trig_end, size_t i)
{
    static const char *const INTENT[] = { "planning", "planned",    "plotting",  "intending",
                                          "intended", "wanting",    "wanted",    "hoping",
                                          "seeking",  "sought",     "trying",    "tried",
                                          "aiming",   "attempting", "attempted", "preparing",
                                          "prepared", "going",      "about",     NULL };
    size_t w = SIZE_MAX;
    for (size_t k = i; k > trig_end && i - k < 14; k--) {
        if (is_punct_c(d, k - 1, ',') || is_punct_c(d, k - 1, ';'))
            return false;
        if (x_tok_is(d, k - 1, "who") || x_tok_is(d, k - 1, "which")) {
            w = k - 1;
            break;
        }
    }
    if (w == SIZE_MAX)
        return false;
    size_t v = w + 1;
    while (v < i &&
           (x_tok_is(d, v, "was") || x_tok_is(d, v, "were") || x_tok_is(d, v, "had") ||
            x_tok_is(d, v, "has") || x_tok_is(d, v, "is") || x_tok_is(d, v, "are") ||
            x_tok_is(d, v, "been") || x_tok_is(d, v, "allegedly") || x_tok_is(d, v, "reportedly")))
        v++;
    /* ("who was planning an attack in Konya" may have been caught there) */
    static const char *const GO[] = { "join",  "travel", "go",    "fight", "reach",
                                      "cross", "move",   "leave", "flee",  NULL };
    return v + 2 < i && x_tok_in(d, v, INTENT) && x_tok_is(d, v + 1, "to") &&
           x_tok_in(d, v + 2, GO);
}

/* Whether entity e is a country other than loc. */
static bool other_country(const x_doc *d, int e, int loc)
{
    return e >= 0 && e != loc && d->ents[e].type == FNR_ENTITY_LOCATION &&
           kind_is(d, &d->ents[e], K_COUNTRY);
}

/* "Police in Germany, Belgium, the Netherlands and Spain arrested 14":
 * a country named in a list of countries is where a part of it was, none
 * alone. Whether entity loc, a country, stands in such a list in s. */
static bool in_country_list(const x_doc *d, const xsent *s, int loc)
{
    if (!kind_is(d, &d->ents[loc], K_COUNTRY))
        return false;
    /* (named twice, "from France and Sweden ... captured X in Sweden", the
     * second may stand alone) */
    size_t named = 0;
    for (size_t k = s->tok0; k < s->tok1; k++)
        named += x_tok_entity(d, k) == loc && (k == s->tok0 || x_tok_entity(d, k - 1) != loc);
    if (named != 1)
        return false;
    for (size_t k = s->tok0; k < s->tok1; k++) {
        if (x_tok_entity(d, k) != loc || (k > s->tok0 && x_tok_entity(d, k - 1) == loc))
            continue;
        /* a country after it (", Belgium", "and the Netherlands") */
        size_t after = after_mention(d, k, s->tok1), q = after;
        while (q < s->tok1 && q - after < 3 &&
               (is_punct_c(d, q, ',') || x_tok_is(d, q, "and") || x_tok_is(d, q, "the")))
            q++;
        if (q > after && q < s->tok1 && other_country(d, x_tok_entity(d, q), loc))
            return true;
        /* ... or before it */
        size_t b = k;
        while (
            b > s->tok0 && k - b < 3 &&
            (is_punct_c(d, b - 1, ',') || x_tok_is(d, b - 1, "and") || x_tok_is(d, b - 1, "the")))
            b--;
        if (b < k && b > s->tok0 && other_country(d, x_tok_entity(d, b - 1), loc))
            return true;
    }
    return false;
}

/* Whether "and" and a second verb in the past ("and was handed over",
 * "and later flown") stand between the trigger's end t1 and token i: the
 * place after it is the second verb's. */
static bool joined_verb_before(const x_doc *d, size_t t1, size_t i)
{
    /* ("captured a senior member of Daesh in an operation in Afghanistan
     * and brought him to Türkiye", "..., identified as K.R., and brought
     * him to Türkiye": a taking somewhere) */
    static const char *const MOVED[] = { "brought", "flown",  "sent", "transferred",
                                         "taken",   "handed", NULL };
    for (size_t k = t1; k + 1 < i; k++) {
        if (x_tok_is(d, k, "and") && k + 2 < i && x_tok_in(d, k + 1, MOVED))
            return true;
        if (!x_tok_is(d, k, "and") || is_punct_c(d, k - 1, ','))
            continue;
        size_t v = k + 1;
        while (v + 1 < i && (x_tok_is(d, v, "was") || x_tok_is(d, v, "were") ||
                             x_tok_is(d, v, "later") || x_tok_is(d, v, "then")))
            v++;
        const xtok *w = x_tok(d, v);
        if (v > k + 1 && v < i && (w->xflags & XT_LOWER) &&
            ((w->key_len > 4 && memcmp(w->key + w->key_len - 2, "ed", 2) == 0) ||
             tok_event_type(d, v) != 0))
            return true;
    }
    return false;
}

static int find_location(const x_doc *d, const sent_facts *f, const participants *p, size_t s0,
                         size_t trig_end, size_t s1, size_t offence)
{
    int best = -1, seat = -1, source_seat = -1, inner = -1;
    size_t best_tok = 0;
    /* "..., the prosecutor's office in Karlsruhe said": where the source
     * sits is where the event was only if nothing else says (looked for
     * at the first place with a preposition) */
    size_t told = SIZE_MAX;
    for (size_t o = 0; o < f->occs.len; o++) {
        const occ *oc = &FNR_VEC_AT(&f->occs, occ, o);
        int e = oc->ent;
        /* "an Istanbul court sentenced": where, if nothing says "in" */
        if (seat < 0 && !oc->prep && oc->tok < p->told && d->ents[e].type == FNR_ENTITY_LOCATION &&
            place_qualifies(d, oc->tok, s1) && !contains(p->actors, p->n_actors, e))
            seat = e;
        /* "the 2024 Crocus City Hall attack near Moscow": a place naming
         * the event it stands before is where, as one after "in" is */
        if (!oc->prep && oc->tok < trig_end && d->ents[e].type == FNR_ENTITY_LOCATION &&
            !contains(p->actors, p->n_actors, e) && !contains(p->targets, p->n_targets, e)) {
            size_t nx = after_mention(d, oc->tok, s1);
            if (nx < s1 && nx < trig_end && (x_tok(d, nx)->xflags & XT_TRIGGER) &&
                !(x_tok(d, nx - 1)->tflags & FNR_TF_POSS) &&
                (best < 0 || place_rank_of(d, e) < place_rank_of(d, best))) {
                best = e;
                best_tok = oc->tok;
            }
        }
        if (!oc->prep || oc->tok >= p->told) /* only places have prep */
            continue;
        if (told == SIZE_MAX)
            told = reporting_clause(d, trig_end, s1);
        if (oc->tok >= told) {
            if (source_seat < 0)
                source_seat = e;
            continue;
        }
        if (contains(p->actors, p->n_actors, e) || contains(p->targets, p->n_targets, e) ||
            said_in_before(d, oc->tok, trig_end) || in_since_clause(d, s0, oc->tok, trig_end) ||
            in_time_phrase(d, s0, oc->tok))
            continue;
        /* "sentenced X, a former emir responsible for the network in
         * Türkiye": a place inside an apposition to the person tells of
         * the person; it stands only if nothing else does */
        if (in_open_apposition(d, p, trig_end, oc->tok, s1)) {
            if (inner < 0)
                inner = e;
            continue;
        }
        if (in_who_clause(d, s0, oc->tok, trig_end, s1) || in_intent_clause(d, trig_end, oc->tok))
            continue;
        /* "detained in Hatay in March and was handed over to German
         * authorities at İstanbul Airport": the second verb's place, which
         * stands only if nothing else does */
        if (oc->tok > trig_end && joined_verb_before(d, trig_end, oc->tok)) {
            if (inner < 0)
                inner = e;
            continue;
        }
        /* "passing documents to Russia's GRU": the state owns the body
         * told of, it is no place */
        if (owns_next(d, oc->tok, s1)) {
            size_t nb = after_mention(d, oc->tok, s1) + 1;
            int owned_e = nb < s1 ? x_tok_entity(d, nb) : -1;
            if (owned_e >= 0 && d->ents[owned_e].type == FNR_ENTITY_ORGANIZATION)
                continue;
        }
        /* "Amar Hussein, who had fled to Lebanon, was convicted": where
         * someone went, not where the event was */
        if (oc->tok >= 2 && x_tok_is(d, oc->tok - 1, "to") &&
            (x_tok_is(d, oc->tok - 2, "fled") || x_tok_is(d, oc->tok - 2, "escaped") ||
             x_tok_is(d, oc->tok - 2, "travelled") || x_tok_is(d, oc->tok - 2, "traveled") ||
             x_tok_is(d, oc->tok - 2, "emigrated") || x_tok_is(d, oc->tok - 2, "moved") ||
             /* "as he tried to board a flight to Istanbul", "to travel to
              * Syria": where he meant to go */
             x_tok_is(d, oc->tok - 2, "flight") || x_tok_is(d, oc->tok - 2, "flights") ||
             x_tok_is(d, oc->tok - 2, "travel") || x_tok_is(d, oc->tok - 2, "travelling") ||
             x_tok_is(d, oc->tok - 2, "traveling") || x_tok_is(d, oc->tok - 2, "bound")))
            continue;
        /* "the Barcelona suburb of Badalona": the first names the second,
         * which is where */
        /* (and "the Damascus countryside town of Douma", "the Aleppo
         * province town of Azaz": a region's word before the kind) */
        {
            size_t nx = after_mention(d, oc->tok, s1);
            bool region = nx + 1 < s1 && (x_tok_is(d, nx, "countryside") ||
                                          x_tok_is(d, nx, "province") || x_tok_is(d, nx, "region"));
            size_t kw = region ? nx + 1 : nx;
            int named = kw + 2 < s1 ? x_tok_entity(d, kw + 2) : -1;
            /* (but "the Üsküdar district of Istanbul" is Üsküdar) */
            if (named >= 0 && x_tok_is(d, kw + 1, "of") && x_tok_is(d, kw, "suburb") &&
                d->ents[named].type == FNR_ENTITY_LOCATION)
                continue;
            if (named >= 0 && region && x_tok_is(d, kw + 1, "of") &&
                (x_tok_is(d, kw, "town") || x_tok_is(d, kw, "village") ||
                 x_tok_is(d, kw, "city")) &&
                d->ents[named].type == FNR_ENTITY_LOCATION)
                e = named; /* the town it names stands for it */
        }
        /* "three of the suspects, citizens of Tajikistan, were wanted": a
         * nationality, not where the event was */
        if (oc->tok >= 2 && x_tok_is(d, oc->tok - 1, "of") && of_nationality(d, oc->tok - 2))
            continue;
        /* "warehouses linked to Ukraine", "a group with ties to Iran": a
         * tie, not where the event was */
        if (oc->tok >= 2 && x_tok_is(d, oc->tok - 1, "to")) {
            static const char *const TIED[] = { "linked",      "tied",    "ties",  "links",
                                                "connected",   "loyal",   "close", "allied",
                                                "sympathetic", "related", NULL };
            if (x_tok_in(d, oc->tok - 2, TIED))
                continue;
        }
        /* "Palestinians living in Türkiye", "a cell based in Graz": where
         * someone lives, not where the event was */
        if (oc->tok >= 2 && x_tok_is(d, oc->tok - 1, "in") &&
            (x_tok_is(d, oc->tok - 2, "living") || x_tok_is(d, oc->tok - 2, "residing") ||
             x_tok_is(d, oc->tok - 2, "based")))
            continue;
        /* so does one of the offence a court judged (offence_at) */
        if (oc->tok > offence) {
            if (inner < 0)
                inner = e;
            continue;
        }
        /* ("in Istanbul's Şişli district": the place a place of its rank
         * owns is the narrower) */
        bool owned = best >= 0 && oc->tok >= 2 && (x_tok(d, oc->tok - 1)->tflags & FNR_TF_POSS) &&
                     x_tok_entity(d, oc->tok - 2) == best &&
                     place_rank_of(d, e) == place_rank_of(d, best);
        /* ("the so-called emir of ISIS in Türkiye was neutralized by MIT
         * in Syria": of one rank, the place after the verb is where it was;
         * the one before tells of its subject) */
        bool later = best >= 0 && best_tok < trig_end && oc->tok >= trig_end &&
                     place_rank_of(d, e) == place_rank_of(d, best);
        if (best < 0 || owned || later || place_rank_of(d, e) < place_rank_of(d, best)) {
            best = e;
            best_tok = oc->tok;
        }
    }
    return best >= 0 ? best : seat >= 0 ? seat : inner >= 0 ? inner : source_seat;
}

/* Whether one of the n words before token t0 (from s0 on) has a lexicon
 * tag of mask: a bit test, no string compared. */
static bool tag_back(const x_doc *d, size_t s0, size_t t0, size_t n, uint32_t mask)
{
    for (size_t k = t0; k > s0 && t0 - k < n; k--)
        if (x_tok(d, k - 1)->tags & mask)
            return true;
    return false;
}

/* "an IED killed three soldiers", "were killed by a roadside bomb",
 * "killed two soldiers with an IED": a bombing, an attack whose dead are
 * its count (GUIDELINES: attack), not a killing ("the bomb maker was killed
 * in a drone strike" is one). */
static bool bomb_killed(const x_doc *d, size_t s0, size_t s1, const trig *tg)
{
    static const char *const DEVICES[] = { "ied",      "ieds",       "bomb",      "bombs",
                                           "landmine", "landmines",  "mine",      "device",
                                           "devices",  "explosives", "explosive", "grenade",
                                           "grenades", "truck",      "lorry",     "bomber",
                                           "bombers",  NULL };
    size_t k = tg->t0;
    /* ("the truck that killed 86 people": a ramming is an attack too) */
    while (k > s0 + 1 && (x_tok_is(d, k - 1, "reportedly") || x_tok_is(d, k - 1, "has") ||
                          x_tok_is(d, k - 1, "had") || x_tok_is(d, k - 1, "allegedly") ||
                          x_tok_is(d, k - 1, "that") || x_tok_is(d, k - 1, "which")))
        k--;
    if (k > s0 && x_tok_in(d, k - 1, DEVICES))
        return true;
    /* "an improvised explosive device planted by PKK militants killed" */
    static const char *const PLACED[] = {
        "planted", "placed", "hidden", "laid", "left", "set", NULL
    };
    for (size_t q = k; q > s0 + 1 && k - q < 8 && x_tok(d, q - 1)->kind != FNR_TOK_PUNCT; q--)
        if (x_tok_in(d, q - 1, PLACED) && x_tok_in(d, q - 2, DEVICES))
            return true;
    for (k = tg->t1; k < s1 && k - tg->t1 < 6; k++) {
        if (x_tok(d, k)->kind == FNR_TOK_PUNCT)
            return false;
        /* ("were killed when militants rammed an explosives-laden vehicle
         * into a post") */
        bool when = x_tok_is(d, k, "when");
        if (x_tok_is(d, k, "by") || x_tok_is(d, k, "with") || x_tok_is(d, k, "in") || when) {
            for (size_t q = k + 1; q < s1 && q - k <= (when ? 8u : 5u); q++) {
                const xtok *w = x_tok(d, q);
                if (x_tok_in(d, q, DEVICES) ||
                    (w->key_len > 10 && memcmp(w->key, "explosives ", 11) == 0))
                    return true;
                if (x_tok(d, q)->kind == FNR_TOK_PUNCT || (x_tok(d, q)->xflags & XT_TRIGGER))
                    return false;
            }
            return false;
        }
    }
    return false;
}

/* "Turkish intelligence neutralized a senior PKK terrorist in northern
 * Iraq." then "MİT targeted Remzi Ataş, code-named X, in the Makhmur
 * camp": an active "targeted" whose object is a person, just after a
 * killing of one unnamed, is that strike told again with the name. */
static bool strike_named(const x_doc *d, const xsent *s, const trig *tg)
{
    if (tg->t1 - tg->t0 != 1 || !x_tok_is(d, tg->t0, "targeted") || tg->t0 == s->tok0 ||
        tg->t1 >= s->tok1 || !d->events.len)
        return false;
    if (tok_class(d, tg->t0 - 1, W_BE_WORDS) || x_tok_is(d, tg->t0 - 1, "had") ||
        x_tok_is(d, tg->t0 - 1, "have") || x_tok_is(d, tg->t0 - 1, "has") ||
        tag_back(d, s->tok0, tg->t0, 4, X_TAG_MAYBE))
        return false;
    int who = x_tok_entity(d, tg->t1);
    if (who < 0 || d->ents[who].type != FNR_ENTITY_PERSON)
        return false;
    const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, d->events.len - 1);
    size_t si = (size_t)(s - x_sent(d, 0));
    if (e->type != FNR_EVENT_KILL || e->sentence >= si || si - e->sentence > 2 || e->count > 1)
        return false;
    for (size_t k = 0; k < e->n_targets; k++)
        if (d->ents[e->targets[k]].type == FNR_ENTITY_PERSON)
            return false;
    return true;
}

/* Whether the plot trigger tg is an active "targeted" told as done:
 * "Sandworm targeted a power company, cutting power to 80,000 homes"
 * (what it did after a comma), "hackers targeted the ministry's servers"
 * (a cyber attack is told once it has struck), "targeted a checkpoint
 * with rockets" (the means it struck with). "was targeting", "had
 * planned to ... and targeted" and "plans to target" stay plots. */
static bool targeted_done(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const CYBER[] = { "hacker",   "hackers",     "hacking",  "hacked",
                                         "cyber",    "cyberattack", "malware",  "ransomware",
                                         "networks", "servers",     "phishing", "wiper",
                                         "websites", "systems",     NULL };
    static const char *const DONE[] = { "killing",    "wounding",   "injuring",  "cutting",
                                        "disrupting", "damaging",   "causing",   "knocking",
                                        "leaving",    "destroying", "crippling", NULL };
    static const char *const MEANS[] = { "rockets",   "rocket", "mortars", "mortar",
                                         "artillery", "shells", NULL };
    size_t s0 = s->tok0, s1 = s->tok1;
    if (tg->t1 - tg->t0 != 1 || !x_tok_is(d, tg->t0, "targeted") || tg->t0 == s0)
        return false;
    const xtok *b = x_tok(d, tg->t0 - 1);
    if (tok_class(d, tg->t0 - 1, W_BE_WORDS) || x_tok_is(d, tg->t0 - 1, "had") ||
        x_tok_is(d, tg->t0 - 1, "have") || x_tok_is(d, tg->t0 - 1, "has") ||
        (b->xflags & XT_TRIGGER) || tag_back(d, s0, tg->t0, 4, X_TAG_MAYBE))
        return false;
    /* a word of planning before it makes it a plot's aim */
    for (size_t k = tg->t0; k > s0 && tg->t0 - k < 10; k--)
        if (tok_class(d, k - 1, W_VAGUE_PLANS) || x_tok_is(d, k - 1, "plotted") ||
            x_tok_is(d, k - 1, "plotting") || x_tok_is(d, k - 1, "conspired"))
            return false;
    bool comma = false;
    for (size_t k = tg->t1; k < s1 && k - tg->t1 < 16; k++) {
        if (is_punct_c(d, k, ','))
            comma = true;
        else if (comma && x_tok_in(d, k, DONE))
            return true;
        else if (!comma && x_tok_is(d, k, "with"))
            for (size_t q = k + 1; q < s1 && q - k <= 2; q++)
                if (tok_class(d, q, W_WEAPON_WORDS) || x_tok_in(d, q, MEANS))
                    return true;
    }
    for (size_t k = s0; k < s1; k++)
        if (x_tok_in(d, k, CYBER))
            return true;
    return false;
}

/* Whether trigger tg is a plural noun under a vague quantifier in a
 * perfect or over a span of years: "has carried out numerous attacks",
 * "dozens of bombings in recent years". */
static bool many_over_time(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const MANY[] = { "numerous", "many",   "several",  "countless", "multiple",
                                        "scores",   "dozens", "hundreds", "series",    "string",
                                        "spate",    "wave",   NULL };
    const xtok *w = x_tok(d, tg->t1 - 1);
    bool noun = w->key_len >= 4 && w->key[w->key_len - 1] == 's';
    /* a perfect or a span of years first: few sentences have either */
    bool when = false;
    for (size_t k = tg->t0; noun && !when && k > s->tok0 && tg->t0 - k < 8; k--)
        when = x_tok_is(d, k - 1, "has") || x_tok_is(d, k - 1, "have");
    for (size_t k = tg->t1 + 1; (s->cues & X_CUE_YEARS) && !when && k < s->tok1 && k - tg->t1 < 14;
         k++)
        when = (x_tok_is(d, k, "years") || x_tok_is(d, k, "decades")) &&
               (x_tok_is(d, k - 1, "recent") || x_tok_is(d, k - 1, "the") ||
                x_tok_is(d, k - 1, "past"));
    if (!when)
        return false;
    /* ("has been accused of plotting several abductions in recent years":
     * the many are what the verb tells of) */
    if (!noun && tg->t1 + 1 < s->tok1 && x_tok_in(d, tg->t1, MANY) &&
        x_tok(d, tg->t1 + 1)->key_len >= 4 &&
        x_tok(d, tg->t1 + 1)->key[x_tok(d, tg->t1 + 1)->key_len - 1] == 's')
        return true;
    /* ("Dozens of PKK suspects have been extradited in recent years": the
     * many are the verb's subject) */
    for (size_t k = tg->t0; k > s->tok0 && tg->t0 - k < (noun ? 4u : 10u); k--)
        if (x_tok_in(d, k - 1, MANY) &&
            (noun || x_tok(d, k - 1)->tflags & FNR_TF_CAP || k - 1 == s->tok0))
            return true;
    return false;
}

/* The token of the name given after a word of naming at token k
 * ("codenamed Kıskaç", "dubbed Operation Gürz", "code-named 'Sword'"),
 * or s1. */
static size_t code_name_after(const x_doc *d, size_t k, size_t s1)
{
    static const char *const NAMING[] = { "codenamed", "code-named", "dubbed", "named",
                                          "called",    "nicknamed",  NULL };
    if (k < s1 && is_punct_c(d, k, ','))
        k++;
    if (k >= s1 || !x_tok_in(d, k, NAMING)) {
        /* "code named": two words */
        if (k + 1 < s1 && x_tok_is(d, k, "code") && x_tok_is(d, k + 1, "named"))
            k++;
        else
            return s1;
    }
    for (k++; k < s1 && (x_tok(d, k)->xflags & XT_QUOTE); k++)
        ;
    return k < s1 && (x_tok(d, k)->tflags & FNR_TF_CAP) ? k : s1;
}

static long year_before(const x_doc *d, const xsent *s, size_t t);

/* year_before the trigger in sentence s, its whole sentence: worked out
 * once (clause_events notes it, where its clause starts the sentence). */
static long trig_year(const x_doc *d, const xsent *s, const trig *tg)
{
    return tg->year != YEAR_UNKNOWN ? tg->year : year_before(d, s, tg->t0);
}

/* Context checks that turn a trigger into its real type, or drop it (0). */
/* "MİT provided French authorities with intelligence on his movements":
 * the one told to, then "with" and what was told. */
static bool provided_with_info(const x_doc *d, const trig *tg, size_t s1)
{
    static const char *const INFO[] = { "intelligence", "information", "details", "data",
                                        "evidence",     "tip",         "tip-off", NULL };
    if (!x_tok_is(d, tg->t0, "provided") || tg->t1 - tg->t0 != 1)
        return false;
    for (size_t k = tg->t1; k + 1 < s1 && k - tg->t1 < 8; k++) {
        if (is_punct_c(d, k, ',') || is_punct_c(d, k, '.'))
            return false;
        if (x_tok_is(d, k, "with"))
            return x_tok_in(d, k + 1, INFO) ||
                   (k + 2 < s1 && (x_tok_is(d, k + 1, "the") || x_tok_is(d, k + 1, "a")) &&
                    x_tok_in(d, k + 2, INFO));
    }
    return false;
}

/* The year told a few words after an attack's trigger, up to a comma or
 * another trigger ("bombings in Baghdad in 2021", "the bombing of a
 * church in Quetta last year"), or -1. "last year" in a report with no
 * date gives 1: some past year. */
static long year_told_after(const x_doc *d, size_t t1, size_t s1)
{
    for (size_t k = t1; k + 1 < s1 && k - t1 < 6; k++) {
        if (is_punct_c(d, k, ',') || (x_tok(d, k)->xflags & XT_TRIGGER))
            break;
        if (x_tok_is(d, k, "in") && x_tok(d, k + 1)->kind == FNR_TOK_NUMBER &&
            x_tok(d, k + 1)->end - x_tok(d, k + 1)->start == 4) {
            long y = token_number(d, k + 1);
            return y >= 1900 && y <= 2099 ? y : -1;
        }
        if (x_tok_is(d, k, "last") && x_tok_is(d, k + 1, "year"))
            return d->doc.date.prec == FNR_DATE_NONE ? 1 : d->doc.date.year - 1;
    }
    return -1;
}

/* year_before, or the year of "the October 2015 bombing" (a month and
 * year after "the" name the attack at trigger token t too). */
static long naming_year_before(const x_doc *d, const xsent *s, size_t t)
{
    long y = year_before(d, s, t);
    /* (one word of its kind between: "the October 2015 suicide bombing") */
    if (y < 0 && t > s->tok0 + 3 && x_tok(d, t - 1)->kind == FNR_TOK_WORD &&
        !(x_tok(d, t - 1)->tflags & FNR_TF_CAP))
        t--;
    if (y >= 0 || t < s->tok0 + 3 || !x_tok_is(d, t - 3, "the") ||
        !(x_tok(d, t - 2)->xflags & XT_DATE) || !(x_tok(d, t - 2)->tflags & FNR_TF_CAP) ||
        x_tok(d, t - 1)->kind != FNR_TOK_NUMBER ||
        x_tok(d, t - 1)->end - x_tok(d, t - 1)->start != 4)
        return y;
    long v = token_number(d, t - 1);
    return v >= 1900 && v <= 2099 ? v : -1;
}

static fnr_event_type refine_type(const x_doc *d, const xsent *s, const trig *tg,
                                  const sent_facts *sf, bool has_plot_word)
{
    size_t s0 = s->tok0, s1 = s->tok1;
    fnr_event_type t = tg->type;
    bool weapons = sf->weapons, persons = sf->persons;
    /* "MİT prevented the abduction of a dissident", "foiled the
     * kidnapping of": a kidnapping averted is a plot (D-7), none done */
    {
        const xtok *w = x_tok(d, tg->t0);
        if (w->key_len >= 6 &&
            (memcmp(w->key, "abduct", 6) == 0 || memcmp(w->key, "kidnap", 6) == 0)) {
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4; k--)
                if (x_tok_in(d, k - 1, AVERT_WORDS))
                    return FNR_EVENT_PLOT;
        }
    }
    /* "Russia denied the charges", "Moscow has dismissed the charge": a
     * denial answers a charge told elsewhere, it charges no one */
    if (t == FNR_EVENT_LEGAL_ACTION &&
        (x_tok_is(d, tg->t0, "charge") || x_tok_is(d, tg->t0, "charges"))) {
        static const char *const DENY[] = { "denied",    "denies",  "deny",      "denying",
                                            "rejected",  "rejects", "rejecting", "dismissed",
                                            "dismisses", "refuted", "disputed",  "disputes",
                                            NULL };
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4; k--)
            if (x_tok_in(d, k - 1, DENY))
                return 0;
    }
    /* "the junta expelled French troops": a force sent away is no one
     * deported (D-8 is of persons) */
    if (t == FNR_EVENT_LEGAL_ACTION && x_tok(d, tg->t0)->key_len >= 5 &&
        memcmp(x_tok(d, tg->t0)->key, "expel", 5) == 0) {
        static const char *const FORCES[] = { "troops",       "forces",  "soldiers", "peacekeepers",
                                              "contingent",   "mission", "army",     "military",
                                              "peacekeeping", NULL };
        size_t k = tg->t1;
        while (k < s1 && k - tg->t1 < 3 &&
               (x_tok_is(d, k, "the") || x_tok_is(d, k, "all") || x_tok_is(d, k, "remaining") ||
                (x_tok(d, k)->xflags & XT_DEMONYM) || x_tok(d, k)->mention >= 0) &&
               !x_tok_in(d, k, FORCES))
            k = x_tok(d, k)->mention >= 0 ? after_mention(d, k, s1) : k + 1;
        if (k < s1 && x_tok_in(d, k, FORCES))
            return 0;
    }
    /* "Police detained 32 suspects ... Teams raided 40 addresses in 18
     * districts": the searches of that round-up, no operation of their
     * own (GUIDELINES: military_operation) */
    if (t == FNR_EVENT_MILITARY_OPERATION && x_tok(d, tg->t0)->key_len >= 4 &&
        memcmp(x_tok(d, tg->t0)->key, "raid", 4) == 0 && tg->t1 + 1 < s1 && d->events.len) {
        static const char *const PREMISES[] = {
            "addresses", "homes",     "houses",     "apartments", "flats",   "premises",
            "locations", "buildings", "properties", "offices",    "address", "home",
            "house",     "apartment", "flat",       NULL
        };
        size_t k = tg->t1;
        if (x_tok(d, k)->kind == FNR_TOK_NUMBER || (x_tok(d, k)->tags & X_TAG_NUMBER) ||
            x_tok_is(d, k, "the") || x_tok_is(d, k, "an") || x_tok_is(d, k, "a") ||
            x_tok_is(d, k, "several") || x_tok_is(d, k, "dozens"))
            k++;
        size_t si = (size_t)(s - (const xsent *)d->sents.data);
        for (size_t i = d->events.len; k < s1 && x_tok_in(d, k, PREMISES) && i > 0; i--) {
            const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
            if (si - e->sentence > 2)
                break;
            if (e->type == FNR_EVENT_ARREST)
                return 0;
        }
    }
    /* "seized rockets and mortar shells": the shells seized are things,
     * no shelling */
    if (x_tok_is(d, tg->t0, "shells") && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "mortar") || x_tok_is(d, tg->t0 - 1, "artillery") ||
         x_tok_is(d, tg->t0 - 1, "tank") || x_tok_is(d, tg->t0 - 1, "of")))
        for (size_t k = tg->t0 - 1; k > s0 && tg->t0 - k < 10; k--)
            if (tok_event_type(d, k - 1) == FNR_EVENT_SEIZURE)
                return 0;
    /* "since seizing power in a coup": no seizure, no arrest */
    if (tg->t1 < s1 && (x_tok_is(d, tg->t1, "power") || x_tok_is(d, tg->t1, "control")))
        return 0;
    /* "rescued 12 women abducted in the raid": those the attack told
     * took, no new event */
    if ((x_tok_is(d, tg->t0, "abducted") || x_tok_is(d, tg->t0, "kidnapped")) && tg->t0 > s0 + 1 &&
        tg->t1 + 1 < s1 && (x_tok_is(d, tg->t1, "in") || x_tok_is(d, tg->t1, "during")) &&
        x_tok_is(d, tg->t1 + 1, "the") && (x_tok(d, tg->t0 - 1)->xflags & XT_LOWER) &&
        !tok_class(d, tg->t0 - 1, W_BE_WORDS) && !x_tok_is(d, tg->t0 - 1, "had") &&
        !x_tok_is(d, tg->t0 - 1, "have") && !x_tok_is(d, tg->t0 - 1, "has"))
        return 0;
    /* "Turkish authorities use the term \"neutralized\" to indicate that
     * ... were either killed or captured": a word explained, no event */
    for (size_t k = s0 + 1; (s->cues & X_CUE_TERM) && k < tg->t0 && k < s0 + 24; k++)
        if ((x_tok_is(d, k, "term") || x_tok_is(d, k, "word") || x_tok_is(d, k, "euphemism")) &&
            x_tok_is(d, k - 1, "the") && k + 2 < s1 &&
            ((x_tok(d, k + 1)->xflags & XT_QUOTE) || (x_tok(d, k + 1)->xflags & XT_TRIGGER)))
            return 0;
    /* "Pakistan accuses Afghanistan's Taliban government of harbouring
     * fighters": one state blaming another, no step before a court */
    if (t == FNR_EVENT_LEGAL_ACTION && tg->t1 - tg->t0 == 1 && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0, "accuses") || x_tok_is(d, tg->t0, "accused") ||
         x_tok_is(d, tg->t0, "accusing") || x_tok_is(d, tg->t0, "accuse"))) {
        int subj = x_tok_entity(d, tg->t0 - 1);
        int obj = tg->t1 < s1 ? x_tok_entity(d, tg->t1) : -1;
        if (subj >= 0 && d->ents[subj].type == FNR_ENTITY_LOCATION && obj >= 0 &&
            (d->ents[obj].type == FNR_ENTITY_LOCATION ||
             (d->ents[obj].type == FNR_ENTITY_ORGANIZATION && is_security(d, obj))))
            return 0;
    }
    /* "Ukraine's SBU rejected the accusation": the blame told before,
     * denied, no step of its own */
    if (t == FNR_EVENT_LEGAL_ACTION && x_tok_is(d, tg->t0, "accusation") && tg->t0 >= s0 + 2 &&
        (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "this")) &&
        (x_tok_is(d, tg->t0 - 2, "rejected") || x_tok_is(d, tg->t0 - 2, "denied") ||
         x_tok_is(d, tg->t0 - 2, "dismissed") || x_tok_is(d, tg->t0 - 2, "rejects") ||
         x_tok_is(d, tg->t0 - 2, "denies") || x_tok_is(d, tg->t0 - 2, "dismisses")))
        return 0;
    /* "..., a charge Kabul denies": the blame told before, named again */
    /* (and "a charge the Taliban government denies") */
    size_t ch = tg->t1 + 1 < s1 && x_tok_is(d, tg->t1, "the") ? tg->t1 + 1 : tg->t1;
    if (t == FNR_EVENT_LEGAL_ACTION && tg->t1 - tg->t0 == 1 && x_tok_is(d, tg->t0, "charge") &&
        tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "a") && ch + 1 < s1 && x_tok(d, ch)->mention >= 0) {
        size_t v = after_mention(d, ch, s1);
        if (v + 1 < s1 && (x_tok_is(d, v, "government") || x_tok_is(d, v, "authorities") ||
                           x_tok_is(d, v, "administration") || x_tok_is(d, v, "regime")))
            v++;
        if (v < s1 && (x_tok_is(d, v, "denies") || x_tok_is(d, v, "denied") ||
                       x_tok_is(d, v, "rejects") || x_tok_is(d, v, "rejected")))
            return 0;
    }
    /* "the smugglers charged migrants 3,000 euros each": a price, no
     * charge before a court (one "with" a crime stays) */
    if (t == FNR_EVENT_LEGAL_ACTION && tg->t1 - tg->t0 == 1 &&
        (x_tok_is(d, tg->t0, "charged") || x_tok_is(d, tg->t0, "charging") ||
         x_tok_is(d, tg->t0, "charges") || x_tok_is(d, tg->t0, "charge"))) {
        static const char *const MONEY[] = { "euros", "euro",   "dollars", "dollar", "pounds",
                                             "lira",  "liras",  "fee",     "fees",   "usd",
                                             "eur",   "rubles", "per",     NULL };
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 8; k++) {
            if (x_tok_is(d, k, "with") || x_tok_is(d, k, "over") || is_punct_c(d, k, ','))
                break;
            if (x_tok_in(d, k, MONEY) || is_punct_c(d, k, '$'))
                return 0;
        }
    }
    /* "assault rifles", "assassination equipment", "attack drones": a
     * weapon named for its use; "a trial blast", "a test explosion": a
     * trial of the bomb, neither an attack nor a court's */
    if (tg->t1 - tg->t0 == 1 && tg->t1 < s1 &&
        (x_tok_is(d, tg->t0, "assault") || x_tok_is(d, tg->t0, "attack") ||
         x_tok_is(d, tg->t0, "assassination") || x_tok_is(d, tg->t0, "strike") ||
         x_tok_is(d, tg->t0, "trial")) &&
        (tok_class(d, tg->t1, W_WEAPON_WORDS) || tok_event_type(d, tg->t1) == FNR_EVENT_ATTACK))
        return 0;
    if (t == FNR_EVENT_ATTACK && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "trial") || x_tok_is(d, tg->t0 - 1, "test") ||
         x_tok_is(d, tg->t0 - 1, "controlled")))
        return 0;
    /* "The insurgency ... has killed more than 40,000 people": the toll of
     * an open-ended conflict, background and no event (D-19) */
    if ((t == FNR_EVENT_KILL || t == FNR_EVENT_ATTACK) && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "has") || x_tok_is(d, tg->t0 - 1, "have")))
        for (size_t k = tg->t0 - 1; k > s0 && tg->t0 - k < 16; k--)
            if (x_tok_is(d, k - 1, "insurgency") || x_tok_is(d, k - 1, "war") ||
                x_tok_is(d, k - 1, "conflict") || x_tok_is(d, k - 1, "violence") ||
                x_tok_is(d, k - 1, "fighting") || x_tok_is(d, k - 1, "uprising") ||
                x_tok_is(d, k - 1, "campaign"))
                return 0;
    /* ... and "The PKK ... has killed more than 40,000 people": a toll of
     * tens of thousands is a group's long campaign, no one deed */
    if (t == FNR_EVENT_KILL && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "has") || x_tok_is(d, tg->t0 - 1, "have")))
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 4; k++) {
            if (x_tok_is(d, k, "thousands") || token_number(d, k) >= 10000)
                return 0;
            if (!(x_tok(d, k)->xflags & XT_LOWER))
                break;
        }
    /* ... and "More than 40,000 people have been killed in the conflict" */
    if ((t == FNR_EVENT_KILL || t == FNR_EVENT_ATTACK) && tg->t0 > s0 + 1 &&
        x_tok_is(d, tg->t0 - 1, "been") &&
        (x_tok_is(d, tg->t0 - 2, "has") || x_tok_is(d, tg->t0 - 2, "have")))
        for (size_t k = tg->t1; k + 2 < s1 && k - tg->t1 < 8 && !is_punct_c(d, k, ','); k++)
            if ((x_tok_is(d, k, "in") || x_tok_is(d, k, "during") || x_tok_is(d, k, "since")) &&
                x_tok_is(d, k + 1, "the") &&
                (x_tok_is(d, k + 2, "insurgency") || x_tok_is(d, k + 2, "war") ||
                 x_tok_is(d, k + 2, "conflict") || x_tok_is(d, k + 2, "violence") ||
                 x_tok_is(d, k + 2, "fighting") || x_tok_is(d, k + 2, "uprising")))
                return 0;
    /* "rolled up a spy ring", "a cell was dismantled", "busted a network":
     * the capture of a group's members; "dismantled a bomb", "broke up a
     * protest" capture no one (and "efforts in dismantling networks" is no
     * one capture: the triggers have no -ing forms) */
    /* "intercepted a container carrying drone parts": a thing stopped is
     * seized, no one taken; "air defences intercepted a missile": shot
     * down, no one taken */
    if (t == FNR_EVENT_ARREST && x_tok(d, tg->t0)->key_len >= 9 &&
        memcmp(x_tok(d, tg->t0)->key, "intercept", 9) == 0) {
        static const char *const CARGO[] = { "container", "containers",  "shipment", "shipments",
                                             "cargo",     "consignment", "truck",    "trucks",
                                             "vessel",    "ship",        "boat",     "vehicle",
                                             "parcel",    "package",     NULL };
        static const char *const FIRED[] = { "missile",    "missiles",    "rocket",
                                             "rockets",    "drone",       "drones",
                                             "projectile", "projectiles", NULL };
        size_t k = tg->t1;
        if (k < s1 && (x_tok_is(d, k, "a") || x_tok_is(d, k, "an") || x_tok_is(d, k, "the")))
            k++;
        while (k < s1 && k - tg->t1 < 4 && (x_tok(d, k)->xflags & XT_LOWER) &&
               !x_tok_in(d, k, CARGO) && !x_tok_in(d, k, FIRED))
            k++;
        if (k < s1 && x_tok_in(d, k, CARGO))
            return FNR_EVENT_SEIZURE;
        if (k < s1 && x_tok_in(d, k, FIRED))
            return 0;
    }
    /* "was released under house arrest": a court's measure short of
     * jail, like judicial control, no capture (GUIDELINES: arrest) */
    if (t == FNR_EVENT_ARREST && tg->t0 > s0 && x_tok_is(d, tg->t0, "arrest") &&
        x_tok_is(d, tg->t0 - 1, "house"))
        return 0;
    if (t == FNR_EVENT_ARREST) {
        static const char *const ROLLS[] = { "rolled",     "rolls",      "busted", "busts",
                                             "dismantled", "dismantles", "broke",  "breaks",
                                             "broken",     NULL };
        static const char *const RINGS[] = { "ring",     "rings", "cell",  "cells", "network",
                                             "networks", "gang",  "gangs", NULL };
        if (x_tok_in(d, tg->t0, ROLLS)) {
            bool ring = false;
            for (size_t k = tg->t1; k < s1 && k - tg->t1 < 6 && !ring; k++)
                ring = x_tok_in(d, k, RINGS);
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 8 && !ring; k--)
                ring = x_tok_in(d, k - 1, RINGS);
            if (!ring)
                return 0;
        }
    }
    /* "was about to be killed", "were about to attack": what was to come,
     * a plot at most */
    for (size_t k = tg->t0; k >= s0 + 2 && tg->t0 - k < 3; k--)
        if (x_tok_is(d, k - 1, "to") && x_tok_is(d, k - 2, "about")) {
            if (t == FNR_EVENT_KILL || t == FNR_EVENT_ATTACK)
                return FNR_EVENT_PLOT;
            return 0;
        } else if (!x_tok_is(d, k - 1, "be")) {
            break;
        }
    /* "warned last month of a growing threat": a warning to the public
     * shares nothing with another party; "warned the intelligence services
     * of Austria that ..." names its recipients before the "of" (as
     * "warned companies that ..." does: a service's warning to firms, and
     * "warned both countries about the plan", "warned them about it") */
    if (t == FNR_EVENT_INTEL_SHARING && x_tok(d, tg->t0)->key_len >= 4 &&
        memcmp(x_tok(d, tg->t0)->key, "warn", 4) == 0) {
        static const char *const RECIPIENTS[] = {
            "intelligence", "services",    "service",   "agencies", "agency",      "authorities",
            "counterparts", "counterpart", "partners",  "police",   "governments", "officials",
            "allies",       "ministries",  "companies", "firms",    "businesses",  "operators",
            "countries",    "states",      "nations",   "them",     NULL
        };
        /* ("MİT was warned about the cell by the ABW": the passive's
         * subject was told, by the one after "by") */
        bool by_agent = false;
        if (passive_at(d, tg->t0, s0))
            for (size_t k = tg->t1; k + 1 < s1 && !by_agent; k++)
                by_agent =
                    x_tok_is(d, k, "by") &&
                    x_tok(d, k + 1 + (x_tok_is(d, k + 1, "the") && k + 2 < s1))->mention >= 0;
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 4 && x_tok(d, k)->mention < 0 && !by_agent;
             k++) {
            if (x_tok_in(d, k, RECIPIENTS))
                break;
            if (x_tok_is(d, k, "of") || x_tok_is(d, k, "that") || x_tok_is(d, k, "about"))
                return 0;
        }
    }
    /* "..., officials warned (on Monday).": a clause of saying that ends the
     * sentence warns no one */
    if (t == FNR_EVENT_INTEL_SHARING && x_tok(d, tg->t0)->key_len >= 4 &&
        memcmp(x_tok(d, tg->t0)->key, "warn", 4) == 0 && s1 - tg->t1 <= 3) {
        size_t c = tg->t0;
        while (c > s0 && tg->t0 - c < 6 && !is_punct_c(d, c - 1, ',') &&
               !(x_tok(d, c - 1)->xflags & XT_TRIGGER))
            c--;
        bool told = c > s0 && is_punct_c(d, c - 1, ',');
        for (size_t k = tg->t1; told && k < s1; k++)
            told = x_tok(d, k)->mention < 0 && !x_tok_is(d, k, "them") && !x_tok_is(d, k, "him") &&
                   !x_tok_is(d, k, "her");
        if (told)
            return 0;
    }
    /* "has repeatedly attacked hotels", "staged sporadic raids", "cells
     * continue to carry out attacks": a habit
     * told as background, no one event; "faces eight years if convicted",
     * "could be charged", "will seek charges": what may come, no step
     * taken */
    if (tag_back(d, s0, tg->t0, 4, X_TAG_HABIT) || tag_back(d, s0, tg->t0, 3, X_TAG_MAYBE))
        return 0;
    /* "The group could carry out new attacks", "might try to stage
     * further attacks", "may strike again": what may come, the modal
     * further back, over a verb of doing and the words of its object
     * ("may" in lower case: "May" is the month) */
    {
        static const char *const DOING[] = { "carry",   "out",   "launch", "stage", "mount",
                                             "commit",  "try",   "to",     "new",   "further",
                                             "more",    "fresh", "a",      "an",    "another",
                                             "similar", "also",  "still",  "again", "attempt",
                                             "be",      "able",  NULL };
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 7; k--) {
            if (x_tok_is(d, k - 1, "may") && !(x_tok(d, k - 1)->tflags & FNR_TF_CAP))
                return 0;
            if (x_tok(d, k - 1)->tags & X_TAG_MAYBE) {
                if (tg->t0 - k >= 3)
                    return 0;
                break;
            }
            if (!x_tok_in(d, k - 1, DOING))
                break;
        }
    }
    /* "who was behind several bombings in Zamboanga": many attacks told
     * as one, none of them */
    if ((t == FNR_EVENT_ATTACK || t == FNR_EVENT_PLOT) && tg->t0 > s0 && tg->t1 - tg->t0 == 1 &&
        x_tok(d, tg->t0)->key_len > 3 &&
        x_tok(d, tg->t0)->key[x_tok(d, tg->t0)->key_len - 1] == 's' &&
        (x_tok_is(d, tg->t0 - 1, "several") || x_tok_is(d, tg->t0 - 1, "numerous") ||
         x_tok_is(d, tg->t0 - 1, "multiple") || x_tok_is(d, tg->t0 - 1, "many") ||
         x_tok_is(d, tg->t0 - 1, "various"))) {
        bool dead = false; /* ("Several attacks in 2019 killed 20": one told with its dead) */
        for (size_t k = s0; k < s1 && !dead; k++)
            dead = x_tok_is(d, k, "killed") || x_tok_is(d, k, "killing") || x_tok_is(d, k, "dead");
        if (!dead)
            return 0;
    }
    /* "has been attacked by the group multiple times", "was detained on
     * several occasions": many events told as one, none of them */
    for (size_t k = tg->t1;
         (s->cues & X_CUE_TIMES) && k + 1 < s1 && k - tg->t1 < 10 && !is_punct_c(d, k, ','); k++)
        if ((x_tok_is(d, k + 1, "times") || x_tok_is(d, k + 1, "occasions")) &&
            (x_tok_is(d, k, "multiple") || x_tok_is(d, k, "several") || x_tok_is(d, k, "many") ||
             x_tok_is(d, k, "numerous") || x_tok_is(d, k, "countless")))
            return 0;
    /* "a network that Iran has used to carry out attacks in Europe", "he
     * used to plan attacks": a means or a habit, no one event */
    for (size_t k = tg->t0; k > s0 + 1 && tg->t0 - k < 4; k--)
        if (x_tok_is(d, k - 1, "to") && x_tok_is(d, k - 2, "used"))
            return 0;
    /* "Police have not detained anyone", "No one has been arrested": what
     * did not happen; "called for the arrest of": a demand */
    for (size_t k = tg->t0;
         (s->cues & X_CUE_NEGATION) && k > s0 && tg->t0 - k < 4 && !is_punct_c(d, k - 1, ','); k--)
        if (x_tok_is(d, k - 1, "not") || x_tok_is(d, k - 1, "never") || x_tok_is(d, k - 1, "n't") ||
            x_tok_is(d, k - 1, "nobody") || x_tok_is(d, k - 1, "cannot") ||
            (k - 1 == s0 + 1 && x_tok_is(d, s0, "no") && x_tok_is(d, s0 + 1, "one")))
            return 0;
    /* "He denied planning attacks", "denies plotting to kill the
     * judge", "denied any plan to attack": the suspect's denial tells no
     * plot (one charged is told by the charge) */
    if (t != FNR_EVENT_LEGAL_ACTION && t != FNR_EVENT_ARREST)
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4 && !is_punct_c(d, k - 1, ','); k--)
            if ((x_tok_is(d, k - 1, "denied") || x_tok_is(d, k - 1, "denies") ||
                 x_tok_is(d, k - 1, "deny") || x_tok_is(d, k - 1, "denying")) &&
                (t == FNR_EVENT_PLOT || tok_class(d, k, W_VAGUE_PLANS) ||
                 x_tok_is(d, k, "plotting") || x_tok_is(d, k, "any")))
                return 0;
    /* "said he had no role in the Ankara bombing", "denied any
     * involvement in the attack": a denial of a part in a deed, which is
     * told elsewhere if at all */
    if (t == FNR_EVENT_ATTACK || t == FNR_EVENT_KILL || t == FNR_EVENT_PLOT)
        for (size_t k = tg->t0; k > s0 + 2 && tg->t0 - k < 5 && !is_punct_c(d, k - 1, ','); k--)
            if (x_tok_is(d, k - 1, "in") &&
                (x_tok_is(d, k - 2, "role") || x_tok_is(d, k - 2, "involvement") ||
                 x_tok_is(d, k - 2, "part")) &&
                (x_tok_is(d, k - 3, "no") || x_tok_is(d, k - 3, "any")))
                return 0;
    /* "No weapons or explosives were found": a sentence that opens with
     * "No" denies what its passive tells */
    if (x_tok_is(d, s0, "no") && tg->t0 > s0 + 2 && tg->t0 - s0 < 8 &&
        tok_class(d, tg->t0 - 1, W_BE_WORDS))
        return 0;
    /* ... and "None of them is in custody", "None of the suspects was
     * arrested": none of it happened */
    if (x_tok_is(d, s0, "none") && tg->t0 > s0 + 2 && tg->t0 - s0 < 8 && x_tok_is(d, s0 + 1, "of"))
        return 0;
    if (tg->t0 >= s0 + 3 && x_tok_is(d, tg->t0 - 1, "the") &&
        ((x_tok_is(d, tg->t0 - 2, "for") &&
          (x_tok_is(d, tg->t0 - 3, "called") || x_tok_is(d, tg->t0 - 3, "calls") ||
           x_tok_is(d, tg->t0 - 3, "call") || x_tok_is(d, tg->t0 - 3, "calling"))) ||
         x_tok_is(d, tg->t0 - 2, "demanded") || x_tok_is(d, tg->t0 - 2, "demand") ||
         x_tok_is(d, tg->t0 - 2, "urged")))
        return 0;
    /* "has carried out numerous attacks in the capital in recent years":
     * a record told as background, no one event */
    if (many_over_time(d, s, tg))
        return 0;
    /* "Turkish intelligence has shared information with several European
     * countries in recent years": a practice, no one warning */
    if (t == FNR_EVENT_INTEL_SHARING && (s->cues & X_CUE_YEARS) && tg->t0 >= s0 + 1 &&
        (x_tok_is(d, tg->t0 - 1, "has") || x_tok_is(d, tg->t0 - 1, "have") ||
         (tg->t0 >= s0 + 2 && (x_tok_is(d, tg->t0 - 2, "has") || x_tok_is(d, tg->t0 - 2, "have")))))
        for (size_t k = tg->t1 + 1; k < s1 && k - tg->t1 < 16; k++)
            if ((x_tok_is(d, k, "years") || x_tok_is(d, k, "decades")) &&
                (x_tok_is(d, k - 1, "recent") || x_tok_is(d, k - 1, "the") ||
                 x_tok_is(d, k - 1, "past")))
                return 0;
    /* "to prevent further attacks": a purpose, no attack planned */
    if (tg->t0 >= s0 + 3 && x_tok_is(d, tg->t0 - 1, "further") && x_tok_is(d, tg->t0 - 3, "to"))
        return 0;
    /* "more arrests would follow", "further arrests were possible",
     * "they expect to make more arrests": arrests to come, none made */
    if (tg->t0 > s0 && (x_tok_is(d, tg->t0 - 1, "more") || x_tok_is(d, tg->t0 - 1, "further"))) {
        static const char *const MODAL[] = { "would", "could", "will", "may", "might", NULL };
        static const char *const LIKELY[] = { "possible", "likely",   "expected",
                                              "planned",  "imminent", NULL };
        if (tg->t1 < s1 && x_tok_in(d, tg->t1, MODAL))
            return 0;
        if (tg->t1 + 1 < s1 && (x_tok_is(d, tg->t1, "were") || x_tok_is(d, tg->t1, "are")) &&
            x_tok_in(d, tg->t1 + 1, LIKELY))
            return 0;
        if (tg->t0 >= s0 + 4 && x_tok_is(d, tg->t0 - 2, "make") && x_tok_is(d, tg->t0 - 3, "to") &&
            (x_tok_is(d, tg->t0 - 4, "expect") || x_tok_is(d, tg->t0 - 4, "expects") ||
             x_tok_is(d, tg->t0 - 4, "expected") || x_tok_is(d, tg->t0 - 4, "plan") ||
             x_tok_is(d, tg->t0 - 4, "hope")))
            return 0;
    }
    /* "Sentencing is due on February 18": what is to come */
    if (tg->t1 + 1 < s1 && (x_tok_is(d, tg->t1, "is") || x_tok_is(d, tg->t1, "are")) &&
        (x_tok_is(d, tg->t1 + 1, "due") || x_tok_is(d, tg->t1 + 1, "expected") ||
         x_tok_is(d, tg->t1 + 1, "scheduled") || x_tok_is(d, tg->t1 + 1, "set")))
        return 0;
    /* "its terrorism alert at level four": a threat level shares nothing */
    if (t == FNR_EVENT_INTEL_SHARING && x_tok_is(d, tg->t0, "alert") &&
        ((tg->t0 > s0 &&
          (x_tok_is(d, tg->t0 - 1, "terrorism") || x_tok_is(d, tg->t0 - 1, "terror") ||
           x_tok_is(d, tg->t0 - 1, "threat") || x_tok_is(d, tg->t0 - 1, "security"))) ||
         (tg->t1 < s1 && x_tok_is(d, tg->t1, "level"))))
        return 0;
    /* "warned European partners of imminent attacks": what was warned of,
     * no attack that happened */
    if (t == FNR_EVENT_ATTACK && tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "imminent"))
        return 0;
    /* "an increased risk of attacks": none has happened or been planned */
    if (tg->t0 >= s0 + 2 && x_tok_is(d, tg->t0 - 1, "of") &&
        (x_tok_is(d, tg->t0 - 2, "risk") || x_tok_is(d, tg->t0 - 2, "danger") ||
         x_tok_is(d, tg->t0 - 2, "fear") || x_tok_is(d, tg->t0 - 2, "fears")))
        return 0;
    /* "to lower the threat of militant attacks": attacks in
     * general, none that the report tells of as planned ("the threat of
     * an attack on the embassy" is one) */
    if ((t == FNR_EVENT_ATTACK || t == FNR_EVENT_PLOT) &&
        tok_class(d, tg->t1 - 1, W_VIOLENT_WORDS) &&
        x_tok(d, tg->t1 - 1)->key[x_tok(d, tg->t1 - 1)->key_len - 1] == 's')
        for (size_t k = tg->t0; k > s0 + 1 && tg->t0 - k < 4; k--) {
            const xtok *w = x_tok(d, k - 1);
            if (x_tok_is(d, k - 1, "of")) {
                if (x_tok_is(d, k - 2, "threat") || x_tok_is(d, k - 2, "threats"))
                    return 0;
                break;
            }
            if (w->kind != FNR_TOK_WORD || w->mention >= 0 || x_tok_is(d, k - 1, "the") ||
                x_tok_is(d, k - 1, "a") || x_tok_is(d, k - 1, "an"))
                break;
        }
    /* "was responsible for attacks on security forces", "for the group's
     * attacks on Turkish bases": a record, not the event told (a plural
     * no date or name makes one occurrence) */
    /* (the plural may end a phrase: "responsible for suicide attacks") */
    if (x_tok(d, tg->t1 - 1)->key_len > 3 &&
        x_tok(d, tg->t1 - 1)->key[x_tok(d, tg->t1 - 1)->key_len - 1] == 's') {
        size_t k = tg->t0;
        /* ("responsible for planning attacks": the planning too) */
        while (k > s0 + 2 && tg->t0 - k < 5 && !x_tok_is(d, k - 1, "for") &&
               ((x_tok(d, k - 1)->xflags & XT_LOWER) || (x_tok(d, k - 1)->tflags & FNR_TF_POSS)) &&
               x_tok(d, k - 1)->mention < 0 &&
               (!(x_tok(d, k - 1)->xflags & (XT_TRIGGER | XT_DATE)) ||
                tok_class(d, k - 1, W_VAGUE_PLANS)))
            k--;
        if (k >= s0 + 2 && x_tok_is(d, k - 1, "for") && x_tok_is(d, k - 2, "responsible"))
            return 0;
        /* "the group's wali, who oversaw attacks on security forces": a
         * role over bare plurals, no one occurrence */
        static const char *const OVERSAW[] = { "oversaw",      "oversees",    "overseeing",
                                               "supervised",   "supervising", "coordinated",
                                               "coordinating", NULL };
        for (size_t q = tg->t0; q > s0 && tg->t0 - q < 3; q--) {
            if (x_tok_in(d, q - 1, OVERSAW))
                return 0;
            if (!(x_tok(d, q - 1)->xflags & XT_LOWER) || x_tok(d, q - 1)->mention >= 0 ||
                x_tok_is(d, q - 1, "the") || x_tok_is(d, q - 1, "its"))
                break;
        }
    }
    /* "France reported the most arrests", "the highest number of
     * attacks": a ranking of figures, no occurrence */
    if (tg->t0 >= s0 + 2 && x_tok(d, tg->t1 - 1)->key_len > 3 &&
        x_tok(d, tg->t1 - 1)->key[x_tok(d, tg->t1 - 1)->key_len - 1] == 's' &&
        ((x_tok_is(d, tg->t0 - 1, "most") && x_tok_is(d, tg->t0 - 2, "the")) ||
         (tg->t0 >= s0 + 4 && x_tok_is(d, tg->t0 - 1, "of") && x_tok_is(d, tg->t0 - 2, "number") &&
          (x_tok_is(d, tg->t0 - 3, "highest") || x_tok_is(d, tg->t0 - 3, "largest") ||
           x_tok_is(d, tg->t0 - 3, "lowest")))))
        return 0;
    /* (and the planning word itself, before such a plural) */
    if (tg->t0 >= s0 + 2 && tok_class(d, tg->t0, W_VAGUE_PLANS) && x_tok_is(d, tg->t0 - 1, "for") &&
        x_tok_is(d, tg->t0 - 2, "responsible") && tg->t1 < s1 &&
        tok_class(d, tg->t1, W_VIOLENT_WORDS) &&
        x_tok(d, tg->t1)->key[x_tok(d, tg->t1)->key_len - 1] == 's')
        return 0;

    if (t == FNR_EVENT_SEIZURE) {
        bool seize_verb = x_tok_is(d, tg->t0, "seized") || x_tok_is(d, tg->t0, "seize") ||
                          x_tok_is(d, tg->t0, "seizing") || x_tok_is(d, tg->t0, "seizes");
        if (seize_verb && !weapons && persons)
            return FNR_EVENT_ARREST;
        if (!weapons)
            return 0;
    }
    (void)has_plot_word;
    /* An adjective use of a participle ("the captured members", "those
     * captured") restates an event told elsewhere. */
    if (tg->t0 > s0 && tg->t1 - tg->t0 == 1 &&
        (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "those")) &&
        x_tok(d, tg->t0)->key_len > 2 &&
        memcmp(x_tok(d, tg->t0)->key + x_tok(d, tg->t0)->key_len - 2, "ed", 2) == 0)
        return 0;
    if (t == FNR_EVENT_ATTACK) {
        /* a bomb is a thing, unless it goes off ("a bomb attack" is one) */
        if ((x_tok_is(d, tg->t0, "bomb") || x_tok_is(d, tg->t0, "bombs")) && tg->t1 - tg->t0 == 1) {
            if (!(tg->t1 < s1 && (x_tok_is(d, tg->t1, "exploded") || x_tok_is(d, tg->t1, "went") ||
                                  x_tok_is(d, tg->t1, "blast"))))
                return 0;
        }
        /* "preparing to attack" ("linked to explosions": a plural is no
         * verb after "to") */
        if (tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "to") &&
            x_tok(d, tg->t1 - 1)->key[x_tok(d, tg->t1 - 1)->key_len - 1] != 's')
            return FNR_EVENT_PLOT;
        /* "MIT neutralized two suicide bombers preparing to attack": who
         * was caught or killed, not an attack */
        /* ("neutralized three PKK members ..., including a suicide bomber":
         * anywhere after a capture or killing in the sentence) */
        if (x_tok(d, tg->t1 - 1)->key_len >= 6 &&
            memcmp(x_tok(d, tg->t1 - 1)->key, "bomber", 6) == 0)
            for (size_t k = tg->t0; k > s0; k--)
                if (tok_event_type(d, k - 1) == FNR_EVENT_KILL ||
                    tok_event_type(d, k - 1) == FNR_EVENT_ARREST)
                    return 0;
        /* "he had planned the 2022 bombings that killed 121 people": an
         * attack with its dead happened, whoever planned it */
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 10; k++)
            if (x_tok_is(d, k, "killed") || x_tok_is(d, k, "wounded") ||
                ((x_tok_is(d, k, "killing") || x_tok_is(d, k, "wounding")) &&
                 is_punct_c(d, k - 1, ',')))
                return t;
        /* "claimed responsibility for the (village) assault": it happened */
        size_t r = tg->t0;
        while (r > s0 && tg->t0 - r < 3 && !x_tok_is(d, r - 1, "for") &&
               (x_tok(d, r - 1)->xflags & XT_LOWER))
            r--;
        if (r >= s0 + 2 && x_tok_is(d, r - 1, "for") && x_tok_is(d, r - 2, "responsibility"))
            return t;
        /* "still carry out sporadic attacks": a habit (see above) */
        /* ... and "has stepped up attacks on security forces": a trend */
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4; k--)
            if (x_tok_is(d, k - 1, "still") ||
                (x_tok_is(d, k - 1, "up") && k >= s0 + 2 && x_tok_is(d, k - 2, "stepped")))
                return 0;
        /* "a plot to build rockets and carry out attacks": a verb's base
         * form after "to" names what was to be done */
        size_t v = tg->t0;
        /* ("carry out explosive and arson attacks": the attacks' words
         * between) */
        for (size_t m = v; m > s0 + 2 && v - m < 6; m--)
            if (x_tok_is(d, m - 1, "out")) {
                v = m;
                break;
            } else if (quote_tok(d, m - 1)) { /* "carry out a \"lone wolf\" attack" */
                continue;
            } else if (x_tok(d, m - 1)->kind != FNR_TOK_WORD ||
                       !(x_tok(d, m - 1)->xflags & XT_LOWER) ||
                       ((x_tok(d, m - 1)->xflags & XT_TRIGGER) &&
                        tok_event_type(d, m - 1) != FNR_EVENT_ATTACK)) {
                break;
            }
        if (v > s0 + 1 && x_tok_is(d, v - 1, "out"))
            v--;
        if (v > s0 + 1 && (x_tok_is(d, v - 1, "carry") || x_tok_is(d, v - 1, "conduct") ||
                           x_tok_is(d, v - 1, "launch") || x_tok_is(d, v - 1, "stage") ||
                           x_tok_is(d, v - 1, "mount") || x_tok_is(d, v - 1, "commit")))
            for (size_t k = v - 1; k > s0 && v - 1 - k < 10 && !is_punct_c(d, k - 1, ','); k--)
                if (x_tok_is(d, k - 1, "to"))
                    return FNR_EVENT_PLOT;
        /* "wanted for a deadly 2016 attack": an attack of a past year
         * happened, whatever word comes before */
        long named = naming_year_before(d, s, tg->t0);
        /* "wanted for a series of bombings in Baghdad in 2021": a "for"
         * before an attack of a past year told after it */
        long after = named <= 0 ? year_told_after(d, tg->t1, s1) : -1;
        bool past = named > 0 && (d->doc.date.prec == FNR_DATE_NONE || named < d->doc.date.year);
        bool past_after =
            after > 0 && (d->doc.date.prec == FNR_DATE_NONE || after < d->doc.date.year);
        /* "in retaliation for a rocket attack", "in response to the
         * bombing": what is answered happened */
        for (size_t k = tg->t0; !past && k > s0 + 1 && tg->t0 - k < 6; k--)
            if ((x_tok_is(d, k - 1, "for") || x_tok_is(d, k - 1, "to")) &&
                (x_tok_is(d, k - 2, "retaliation") || x_tok_is(d, k - 2, "revenge") ||
                 x_tok_is(d, k - 2, "reprisal") || x_tok_is(d, k - 2, "response")))
                past = true;
        /* a name and its word of affiliation between are one modifier
         * ("planning an Islamic State-inspired gun attack") */
        /* (and modifiers joined: "planning a knife and vehicle attack") */
        for (size_t k = tg->t0, n = 0; !past && k > s0 && n < 4; k--) {
            bool joined = (x_tok_is(d, k - 1, "and") || x_tok_is(d, k - 1, "or")) && k >= s0 + 3 &&
                          k < tg->t0 && (x_tok(d, k - 2)->xflags & XT_LOWER) &&
                          !(x_tok(d, k - 2)->xflags & XT_TRIGGER) &&
                          (x_tok_is(d, k - 3, "a") || x_tok_is(d, k - 3, "an"));
            n += !modifier_name(d, k - 1) && !joined;
            if (x_tok(d, k - 1)->tflags & FNR_TF_POSS)
                break; /* "Friday's attacks" happened */
            /* ("linked to the poisoning", "jailed for the bombing",
             * "linked to explosions": a preposition before a past attack) */
            if ((x_tok_is(d, k - 1, "to") || x_tok_is(d, k - 1, "for")) &&
                (x_tok_is(d, k, "the") ||
                 (k == tg->t0 && x_tok(d, k)->key[x_tok(d, k)->key_len - 1] == 's')))
                continue;
            if (past_after && x_tok_is(d, k - 1, "for"))
                break;
            /* ("planned the suicide bombing of a church in Quetta last
             * year": an attack named with "the" and a past year after it
             * happened) */
            if (past_after && x_tok_is(d, k - 1, "the"))
                break;
            if (tok_class(d, k - 1, W_PLOT_CONTEXT) || x_tok_in(d, k - 1, AVERT_WORDS))
                return FNR_EVENT_PLOT;
            /* ("explosives ... to be used in an attack on security
             * forces": what they were meant for; "used in the attack"
             * happened) */
            if (x_tok_is(d, k - 1, "used") && k - 1 > s0 && x_tok_is(d, k - 2, "be"))
                return FNR_EVENT_PLOT;
        }
        /* "the ninth attack thwarted this year": foiled, so a plot */
        if (tg->t1 < s1 && (x_tok_is(d, tg->t1, "attempts") || x_tok_is(d, tg->t1, "plot") ||
                            x_tok_is(d, tg->t1, "plots") || x_tok_is(d, tg->t1, "plans") ||
                            x_tok_is(d, tg->t1, "thwarted") || x_tok_is(d, tg->t1, "foiled") ||
                            x_tok_is(d, tg->t1, "prevented") || x_tok_is(d, tg->t1, "averted")))
            return FNR_EVENT_PLOT;
        /* "the attack on the port was foiled": foiled, so a plot */
        for (size_t k = tg->t1; k + 1 < s1 && k - tg->t1 < 6 && !is_punct_c(d, k, ','); k++)
            if ((x_tok_is(d, k, "was") || x_tok_is(d, k, "were")) &&
                x_tok_in(d, k + 1, AVERT_WORDS))
                return FNR_EVENT_PLOT;
        /* "46 terrorist attacks were prevented": foiled, so plots */
        if (tg->t1 + 1 < s1 &&
            (x_tok_is(d, tg->t1, "were") || x_tok_is(d, tg->t1, "was") ||
             x_tok_is(d, tg->t1, "have") || x_tok_is(d, tg->t1, "had")) &&
            (x_tok_is(d, tg->t1 + 1, "prevented") || x_tok_is(d, tg->t1 + 1, "foiled") ||
             x_tok_is(d, tg->t1 + 1, "thwarted") || x_tok_is(d, tg->t1 + 1, "averted") ||
             x_tok_is(d, tg->t1 + 1, "disrupted") || x_tok_is(d, tg->t1 + 1, "been")))
            return FNR_EVENT_PLOT;
        /* "new attacks", "suicide attacks" ahead: not yet happened */
        if (tg->t0 > s0 &&
            (x_tok_is(d, tg->t0 - 1, "new") || x_tok_is(d, tg->t0 - 1, "suicide") ||
             x_tok_is(d, tg->t0 - 1, "possible") || x_tok_is(d, tg->t0 - 1, "terrorist")))
            return FNR_EVENT_PLOT;
    }
    if (t == FNR_EVENT_ARREST && x_tok(d, tg->t0)->key_len >= 6 &&
        (memcmp(x_tok(d, tg->t0)->key, "kidnap", 6) == 0 ||
         memcmp(x_tok(d, tg->t0)->key, "abduct", 6) == 0)) {
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4; k--)
            if (tok_class(d, k - 1, W_PLOT_CONTEXT) || x_tok_is(d, k - 1, "to") ||
                /* "tasked with abducting the journalist" */
                (x_tok_is(d, k - 1, "with") && k >= s0 + 2 &&
                 (x_tok_is(d, k - 2, "tasked") || x_tok_is(d, k - 2, "assigned") ||
                  x_tok_is(d, k - 2, "entrusted"))))
                return FNR_EVENT_PLOT;
        return FNR_EVENT_ATTACK;
    }
    if (t == FNR_EVENT_PLOT) {
        /* "had planned the 2019 attack on a hotel": the attack of a past
         * year took place; the planning is the attack's, no plot
         * ("planned last year's suicide bombing") */
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 6; k++)
            if (tok_event_type(d, k) == FNR_EVENT_ATTACK) {
                long y = naming_year_before(d, s, k);
                /* ("planned the suicide bombing of a church in Quetta
                 * last year": the year after the attack the article
                 * names) */
                if (y <= 0 && k > tg->t1 && x_tok_is(d, tg->t1, "the")) {
                    size_t e = k + 1;
                    while (e < s1 && e - k < 3 && (x_tok(d, e)->xflags & XT_TRIGGER))
                        e++;
                    y = year_told_after(d, e, s1);
                }
                if (y > 0 && (d->doc.date.prec == FNR_DATE_NONE || y < d->doc.date.year))
                    return 0;
                break;
            }
        /* "planning", "preparing" are plots only when an attack is planned */
        if (tok_class(d, tg->t0, W_VAGUE_PLANS)) {
            bool ok = false;
            for (size_t k = tg->t0; k < s1 && k - tg->t0 < 10 && !ok; k++)
                ok = tok_class(d, k, W_VIOLENT_WORDS);
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 3 && !ok; k--)
                ok = tok_class(d, k - 1, W_VIOLENT_WORDS);
            if (!ok)
                return 0;
        }
    }
    /* "a court remanded 12 of them in custody", "held in custody": the
     * court's order or a stay, not a new arrest */
    if (t == FNR_EVENT_ARREST && x_tok_is(d, tg->t0, "in") && tg->t1 - tg->t0 == 2)
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 8; k--)
            if (x_tok_is(d, k - 1, "remanded") || x_tok_is(d, k - 1, "held") ||
                x_tok_is(d, k - 1, "died") || x_tok_is(d, k - 1, "kept") ||
                x_tok_is(d, k - 1, "remain") || x_tok_is(d, k - 1, "remains") ||
                x_tok_is(d, k - 1, "remained"))
                return 0;
    /* "Eleven of them were later arrested by a court", "198 were formally
     * arrested by courts", "arrested by an Ankara court", "by the İstanbul
     * 2nd High Criminal Court": a court's order */
    if (t == FNR_EVENT_ARREST && tg->t1 + 1 < s1 && x_tok_is(d, tg->t1, "by")) {
        size_t k = tg->t1 + 1;
        if (k + 1 < s1 && (x_tok_is(d, k, "a") || x_tok_is(d, k, "an") || x_tok_is(d, k, "the")))
            k++;
        int e = x_tok_entity(d, k);
        if (e >= 0 && kind_is(d, &d->ents[e], K_COURT))
            return FNR_EVENT_LEGAL_ACTION;
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_LOCATION)
            k = after_mention(d, k, s1); /* "a Van court" */
        if (x_tok_is(d, k, "court") || x_tok_is(d, k, "courts") || x_tok_is(d, k, "judge"))
            return FNR_EVENT_LEGAL_ACTION;
    }
    if (t == FNR_EVENT_ARREST && tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "formally") &&
        x_tok_is(d, tg->t0, "arrested"))
        return FNR_EVENT_LEGAL_ACTION; /* Turkish usage: the court's arrest of a detainee */
    /* ("3,910 suspects were detained and 1,120 of them were arrested",
     * "detained 48 suspects, 30 of whom were arrested": the same usage,
     * some of those the sentence's other verb took) */
    if (t == FNR_EVENT_ARREST && x_tok_is(d, tg->t0, "arrested") && tg->t0 >= s0 + 5 &&
        (x_tok_is(d, tg->t0 - 1, "were") || x_tok_is(d, tg->t0 - 1, "was")) &&
        (x_tok_is(d, tg->t0 - 2, "them") || x_tok_is(d, tg->t0 - 2, "whom")) &&
        x_tok_is(d, tg->t0 - 3, "of") && token_number(d, tg->t0 - 4) > 0)
        for (size_t k = tg->t0 - 4; k > s0; k--)
            if (tok_event_type(d, k - 1) == FNR_EVENT_ARREST && !x_tok_is(d, k - 1, "arrested"))
                return FNR_EVENT_LEGAL_ACTION;
    /* "issued arrest warrants": the warrant is the legal step, no arrest yet */
    if (t == FNR_EVENT_ARREST && tg->t1 < s1 &&
        (x_tok_is(d, tg->t1, "warrant") || x_tok_is(d, tg->t1, "warrants")))
        return 0;
    /* "He faces life in prison if convicted of terrorism charges": what
     * may come */
    for (size_t k = tg->t0; t == FNR_EVENT_LEGAL_ACTION && k > s0 && tg->t0 - k < 5; k--) {
        if (is_punct_c(d, k - 1, ','))
            break;
        if (x_tok_is(d, k - 1, "if") || x_tok_is(d, k - 1, "unless"))
            return 0;
    }
    /* "Video released by the FSB showed officers detaining the man": the
     * footage of an arrest told, no other one */
    if (tg->t0 > s0 + 2 &&
        (x_tok(d, tg->t0)->key_len > 4 &&
         memcmp(x_tok(d, tg->t0)->key + x_tok(d, tg->t0)->key_len - 3, "ing", 3) == 0))
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 4; k--)
            if (x_tok_is(d, k - 1, "showed") || x_tok_is(d, k - 1, "shows") ||
                x_tok_is(d, k - 1, "showing")) {
                bool footage = false;
                for (size_t q = s0; q < k && !footage; q++)
                    footage = x_tok_is(d, q, "video") || x_tok_is(d, q, "footage") ||
                              x_tok_is(d, q, "images") || x_tok_is(d, q, "videos");
                if (footage)
                    return 0;
            }
    /* "he wanted to fight for the group": a wish, no warrant */
    if (t == FNR_EVENT_LEGAL_ACTION && x_tok_is(d, tg->t0, "wanted") && tg->t1 - tg->t0 == 1 &&
        tg->t1 + 1 < s1 && x_tok_is(d, tg->t1, "to") && (x_tok(d, tg->t1 + 1)->xflags & XT_LOWER))
        return 0;
    /* "has been on high alert since ...", "put troops on alert": a state
     * of readiness, no warning given; "to stay alert" the same */
    if (t == FNR_EVENT_INTEL_SHARING && x_tok_is(d, tg->t0, "alert") && tg->t0 > s0) {
        size_t k = tg->t0 - 1;
        if (k > s0 &&
            (x_tok_is(d, k, "high") || x_tok_is(d, k, "heightened") || x_tok_is(d, k, "maximum") ||
             x_tok_is(d, k, "full") || x_tok_is(d, k, "red") || x_tok_is(d, k, "increased")))
            k--;
        if (x_tok_is(d, k, "on") || x_tok_is(d, k, "of"))
            return 0;
        /* ("urging residents to stay alert", "remain alert": watchful) */
        if (k == tg->t0 - 1 && (x_tok_is(d, k, "stay") || x_tok_is(d, k, "remain") ||
                                x_tok_is(d, k, "be") || x_tok_is(d, k, "keep")))
            return 0;
    }
    /* "declared Daesh a terrorist group": a designation; "declared a state
     * of emergency", "declared victory" are none */
    if (t == FNR_EVENT_LEGAL_ACTION && x_tok(d, tg->t0)->key_len >= 7 &&
        memcmp(x_tok(d, tg->t0)->key, "declar", 6) == 0) {
        bool terror = false;
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 8 && !terror && !is_punct_c(d, k, ','); k++)
            terror = x_tok_is(d, k, "terrorist") || x_tok_is(d, k, "terror");
        if (!terror)
            return 0;
    }
    /* "arrested five people on charges of spying", "held on terrorism
     * charges": the charge is why they were taken, the arrest is the event */
    if (t == FNR_EVENT_LEGAL_ACTION &&
        (x_tok_is(d, tg->t0, "charges") || x_tok_is(d, tg->t0, "charge"))) {
        size_t k = tg->t0;
        while (k > s0 && k + 3 > tg->t0 && !x_tok_is(d, k - 1, "on"))
            k--;
        if (k > s0 && x_tok_is(d, k - 1, "on")) {
            static const char *const TAKEN[] = { "arrested", "detained",    "held",   "captured",
                                                 "caught",   "apprehended", "nabbed", "seized",
                                                 "picked",   "taken",       NULL };
            for (size_t q = k - 1; q > s0 && k - q < 16; q--)
                if (x_tok_in(d, q - 1, TAKEN))
                    return 0;
        }
    }
    /* "a militant who resisted arrest was shot dead", "fled to evade
     * capture": the arrest did not happen */
    if (t == FNR_EVENT_ARREST && tg->t0 > s0) {
        static const char *const AWAY[] = { "resisted", "resisting", "resist",  "evade",
                                            "evaded",   "evading",   "avoid",   "avoided",
                                            "avoiding", "escape",    "escaped", "escaping",
                                            "elude",    "eluded",    "eluding", "dodge",
                                            "dodged",   "dodging",   "fight",   NULL };
        if (x_tok_in(d, tg->t0 - 1, AWAY))
            return 0;
    }
    /* "efforts to catch the remaining six continue": sought, not done
     * ("managed to capture" is done) */
    if (t == FNR_EVENT_ARREST && tg->t0 >= s0 + 2 && x_tok_is(d, tg->t0 - 1, "to") &&
        !x_tok_is(d, tg->t0 - 2, "managed") && !x_tok_is(d, tg->t0 - 2, "able") &&
        !x_tok_is(d, tg->t0 - 2, "succeeded") && !x_tok_is(d, tg->t0 - 2, "brought"))
        return 0;
    /* "placed in pre-trial detention": held by a court's order */
    if (t == FNR_EVENT_ARREST && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "pre-trial") || x_tok_is(d, tg->t0 - 1, "pre trial") ||
         x_tok_is(d, tg->t0 - 1, "pretrial")))
        return FNR_EVENT_LEGAL_ACTION;
    /* "admitted conspiring to collect information": the plot is to spy */
    if (t == FNR_EVENT_PLOT && tg->t1 + 1 < s1 && x_tok_is(d, tg->t1, "to") &&
        (x_tok_is(d, tg->t1 + 1, "collect") || x_tok_is(d, tg->t1 + 1, "gather") ||
         x_tok_is(d, tg->t1 + 1, "spy") || x_tok_is(d, tg->t1 + 1, "obtain") ||
         x_tok_is(d, tg->t1 + 1, "steal") || x_tok_is(d, tg->t1 + 1, "pass") ||
         x_tok_is(d, tg->t1 + 1, "sell") || x_tok_is(d, tg->t1 + 1, "leak")))
        return FNR_EVENT_ESPIONAGE;
    /* "who it said was involved in attacks on security forces and the
     * killing of civilians": what a person had a hand in before, not what
     * the report tells ("involved in the 2021 attack on a police station"
     * names one past attack, an event of its own) */
    for (size_t k = tg->t0;
         (s->cues & X_CUE_INVOLVED) && k > s0 + 1 && tg->t0 - k < 12 && !is_punct_c(d, k - 1, ',');
         k--)
        if (x_tok_is(d, k - 1, "in") && x_tok_is(d, k - 2, "involved") &&
            year_before(d, s, tg->t0) < 0)
            return 0;
    /* "referred to court and later arrested": in Turkish usage the court's
     * order of detention, a legal step */
    if (t == FNR_EVENT_ARREST && (x_tok_is(d, tg->t0, "arrested")))
        for (size_t k = tg->t0; k > s0 + 2 && tg->t0 - k < 6; k--)
            if ((x_tok_is(d, k - 1, "court") || x_tok_is(d, k - 1, "judge")) &&
                (x_tok_is(d, k - 2, "to") || x_tok_is(d, k - 3, "to") ||
                 x_tok_is(d, k - 2, "before") || x_tok_is(d, k - 3, "before")))
                return FNR_EVENT_LEGAL_ACTION;
    /* "Gülen died in the United States in October 2024": a death with no
     * violence told in its sentence is no killing */
    if (t == FNR_EVENT_KILL && (x_tok_is(d, tg->t0, "died") || x_tok_is(d, tg->t0, "dies") ||
                                x_tok_is(d, tg->t0, "dying") || x_tok_is(d, tg->t0, "dead"))) {
        /* ("Gülen, who died in October 2024, orchestrated the coup": a
         * relative clause tells the death; the violence around is other) */
        size_t v0 = s0, v1 = s1;
        if (tg->t0 > s0 + 1 && x_tok_is(d, tg->t0 - 1, "who") && is_punct_c(d, tg->t0 - 2, ',')) {
            v0 = tg->t0;
            for (v1 = tg->t1; v1 < s1 && !is_punct_c(d, v1, ','); v1++)
                ;
        }
        bool violent = false;
        for (size_t k = v0; k < v1 && !violent; k++) {
            const xtok *w = x_tok(d, k);
            violent = tok_class(d, k, W_VIOLENT_WORDS) ||
                      ((w->xflags & XT_TRIGGER) && k != tg->t0) ||
                      (w->key_len >= 5 &&
                       (memcmp(w->key, "wound", 5) == 0 || memcmp(w->key, "clash", 5) == 0 ||
                        memcmp(w->key, "blast", 5) == 0 || memcmp(w->key, "fight", 5) == 0 ||
                        memcmp(w->key, "shell", 5) == 0 || memcmp(w->key, "gunfi", 5) == 0 ||
                        memcmp(w->key, "tortu", 5) == 0));
        }
        if (!violent)
            return 0;
    }
    /* "a targeted operation", "a targeted killing": an adjective */
    if (t == FNR_EVENT_PLOT && x_tok_is(d, tg->t0, "targeted") && tg->t1 < s1 &&
        (x_tok_is(d, tg->t1, "operation") || x_tok_is(d, tg->t1, "operations") ||
         x_tok_is(d, tg->t1, "strike") || x_tok_is(d, tg->t1, "strikes") ||
         x_tok_is(d, tg->t1, "killing") || x_tok_is(d, tg->t1, "killings") ||
         x_tok_is(d, tg->t1, "raid") || x_tok_is(d, tg->t1, "raids") ||
         x_tok_is(d, tg->t1, "attack") || x_tok_is(d, tg->t1, "sanctions")))
        return 0;
    /* "the vehicles of two targeted individuals", "the targeted
     * dissidents": an adjective of those watched, after a determiner */
    if (t == FNR_EVENT_PLOT && x_tok_is(d, tg->t0, "targeted") && tg->t1 < s1 && tg->t0 > s0 &&
        tok_class(d, tg->t1, W_PERSON_NOUNS) &&
        (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "their") ||
         x_tok_is(d, tg->t0 - 1, "its") || x_tok_is(d, tg->t0 - 1, "these") ||
         x_tok_is(d, tg->t0 - 1, "of") || token_number(d, tg->t0 - 1) > 0))
        return 0;
    /* "to eliminate terror threats": a purpose, no one to be killed */
    if (t == FNR_EVENT_KILL && tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "to"))
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 3; k++)
            if (x_tok_is(d, k, "threats") || x_tok_is(d, k, "threat") ||
                x_tok_is(d, k, "terrorism") || x_tok_is(d, k, "risks"))
                return 0;
    /* "a third was held in Berlin by German police": held by a force is
     * caught; "held talks", "held in custody", "was held by the ministry"
     * are not */
    if (t == FNR_EVENT_ARREST && x_tok_is(d, tg->t0, "held")) {
        if (court_ordered(d, s0, tg->t0))
            return FNR_EVENT_LEGAL_ACTION; /* "a court ordered three of them held" */
        if (tg->t0 == s0 || !tok_class(d, tg->t0 - 1, W_BE_WORDS))
            return 0;
        bool force = false;
        for (size_t k = tg->t1; k + 1 < s1 && k - tg->t1 < 8 && !force; k++) {
            if (is_punct_c(d, k, ',') || x_tok_is(d, k, "custody"))
                break;
            if (!x_tok_is(d, k, "by"))
                continue;
            for (size_t q = k + 1; q < s1 && q - k <= 3 && !force; q++) {
                int e = x_tok_entity(d, q);
                force = x_tok_is(d, q, "police") ||
                        (e >= 0 && (kind_is(d, &d->ents[e], K_POLICE) ||
                                    kind_is(d, &d->ents[e], K_INTELLIGENCE_SERVICE) ||
                                    kind_is(d, &d->ents[e], K_ARMED_FORCES)));
            }
        }
        if (!force)
            return 0;
    }
    /* "found the ring's leader, Reza Ahmadi, guilty of espionage": a
     * verdict whose defendant stands between the words ("not guilty", an
     * acquittal, and "guilty" alone are none) */
    if (t == FNR_EVENT_LEGAL_ACTION && x_tok_is(d, tg->t0, "guilty") && tg->t1 - tg->t0 == 1) {
        bool found = false;
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 14 && !found; k--) {
            found = x_tok_is(d, k - 1, "found") || x_tok_is(d, k - 1, "finds") ||
                    x_tok_is(d, k - 1, "find") || x_tok_is(d, k - 1, "declared");
            if (is_punct_c(d, k - 1, ';') || (x_tok(d, k - 1)->xflags & XT_TRIGGER))
                break;
        }
        if (!found || (tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "not")))
            return 0;
    }
    /* "X was found to have transferred $2 million", "found to be a
     * courier": a finding about someone, nothing found in a raid ("found
     * to have timed bomb devices ready for use" is a find) */
    if (t == FNR_EVENT_SEIZURE && tg->t1 + 2 < s1 && x_tok_is(d, tg->t1, "to") &&
        (x_tok_is(d, tg->t0, "found") || x_tok_is(d, tg->t0, "finds"))) {
        static const char *const DEEDS[] = { "been",      "sent",     "transferred", "paid",
                                             "funded",    "financed", "wired",       "joined",
                                             "met",       "provided", "travelled",   "traveled",
                                             "contacted", NULL };
        if (x_tok_is(d, tg->t1 + 1, "be") ||
            (x_tok_is(d, tg->t1 + 1, "have") && x_tok_in(d, tg->t1 + 2, DEEDS)))
            return 0;
    }
    /* "The court found the defendants guilty of ...": a verdict, nothing
     * found in a raid (the guilt is the verdict's own trigger) */
    if (t == FNR_EVENT_SEIZURE && x_tok_is(d, tg->t0, "found"))
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 5; k++)
            if (x_tok_is(d, k, "guilty") || x_tok_is(d, k, "innocent"))
                return 0;
    /* "In January, a court arrested 15 of them": the court's order */
    if (t == FNR_EVENT_ARREST)
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 3; k--)
            if (x_tok_is(d, k - 1, "court") || x_tok_is(d, k - 1, "courts") ||
                x_tok_is(d, k - 1, "judge"))
                return FNR_EVENT_LEGAL_ACTION;
    /* "smugglers who tried to cross the border": an attempt, no trial */
    if (t == FNR_EVENT_LEGAL_ACTION &&
        (x_tok_is(d, tg->t0, "tried") || x_tok_is(d, tg->t0, "tries")) && tg->t1 < s1 &&
        x_tok_is(d, tg->t1, "to"))
        return 0;
    /* "until the last terrorist is neutralized": what is to come ("who led
     * ISIS until 2019, was killed" ends the until-clause at its comma) */
    for (size_t k = tg->t0;
         (s->cues & X_CUE_UNTIL) && k > s0 && tg->t0 - k < 7 && !is_punct_c(d, k - 1, ','); k--)
        if (x_tok_is(d, k - 1, "until") || x_tok_is(d, k - 1, "unless"))
            return 0;
    /* "the court ordered his arrest": a legal step */
    if (t == FNR_EVENT_ARREST && x_tok_is(d, tg->t0, "arrest") && tg->t0 >= s0 + 2 &&
        (x_tok_is(d, tg->t0 - 2, "ordered") || x_tok_is(d, tg->t0 - 2, "order")))
        return FNR_EVENT_LEGAL_ACTION;
    /* ("ordered the formal arrest of four of them", "the formal arrest of
     * two suspects": Turkish usage, the court's arrest of a detainee) */
    if (t == FNR_EVENT_ARREST && x_tok_is(d, tg->t0, "arrest") && tg->t0 > s0 &&
        x_tok_is(d, tg->t0 - 1, "formal"))
        return FNR_EVENT_LEGAL_ACTION;
    if (t == FNR_EVENT_PLOT && x_tok_is(d, tg->t0, "targeted") && tg->t1 < s1 &&
        x_tok_is(d, tg->t1, "by"))
        return 0; /* "countries targeted by X": a standing threat */
    /* "The terrorist ... was targeted in the Kobani region": struck, the
     * strike told (a plot is planned by someone, in the active) */
    if (t == FNR_EVENT_PLOT && x_tok_is(d, tg->t0, "targeted") && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "was") || x_tok_is(d, tg->t0 - 1, "were")) && tg->t1 < s1 &&
        (x_tok_is(d, tg->t1, "in") || x_tok_is(d, tg->t1, "on") || x_tok_is(d, tg->t1, "near")))
        return 0;
    /* "An IED attack targeted a patrol": what the attack struck */
    if (t == FNR_EVENT_PLOT &&
        (x_tok_is(d, tg->t0, "targeted") || x_tok_is(d, tg->t0, "targeting")))
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 3; k--)
            if (tok_event_type(d, k - 1) == FNR_EVENT_ATTACK)
                return 0;
    if (t == FNR_EVENT_PLOT && strike_named(d, s, tg))
        return FNR_EVENT_KILL;
    if (t == FNR_EVENT_PLOT && targeted_done(d, s, tg))
        return FNR_EVENT_ATTACK;
    /* "tracking and photographing targets", "their targets": a noun of
     * what was watched */
    if (t == FNR_EVENT_PLOT && x_tok_is(d, tg->t0, "targets") && tg->t0 > s0) {
        const xtok *w = x_tok(d, tg->t0 - 1);
        if ((w->key_len > 4 && memcmp(w->key + w->key_len - 3, "ing", 3) == 0) || w->mention >= 0 ||
            w->kind == FNR_TOK_NUMBER || /* "PKK targets", "23 targets" */
            x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "their") ||
            x_tok_is(d, tg->t0 - 1, "its") || x_tok_is(d, tg->t0 - 1, "his") ||
            x_tok_is(d, tg->t0 - 1, "military") ||
            x_tok_is(d, tg->t0 - 1, "of")) /* "a list of targets" */
            return 0;
    }
    /* "the operation, led by prosecutors, targeted a network", "raids
     * targeting ISIS": what an inquiry aims at, no attack being plotted */
    if (t == FNR_EVENT_PLOT && x_tok(d, tg->t0)->key_len >= 6 &&
        memcmp(x_tok(d, tg->t0)->key, "target", 6) == 0)
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 14; k--) {
            if (x_tok_is(d, k - 1, "that") || x_tok_is(d, k - 1, "which") ||
                x_tok_is(d, k - 1, "who"))
                break;
            if (x_tok_is(d, k - 1, "operation") || x_tok_is(d, k - 1, "operations") ||
                x_tok_is(d, k - 1, "investigation") || x_tok_is(d, k - 1, "probe") ||
                x_tok_is(d, k - 1, "raid") || x_tok_is(d, k - 1, "raids") ||
                x_tok_is(d, k - 1, "crackdown") || x_tok_is(d, k - 1, "sanctions"))
                return 0;
        }
    if (t == FNR_EVENT_KILL && tg->t1 < s1 &&
        (x_tok_is(d, tg->t1, "attempt") || x_tok_is(d, tg->t1, "attempts") ||
         x_tok_is(d, tg->t1, "plot") || x_tok_is(d, tg->t1, "plots")))
        return FNR_EVENT_PLOT;
    /* "its successful execution", "executing the plan": carrying out, not
     * killing; an execution kills when it is of someone ("the execution of
     * two hostages", "publicly executed") */
    if (t == FNR_EVENT_KILL && x_tok(d, tg->t0)->key_len >= 7 &&
        memcmp(x_tok(d, tg->t0)->key, "execut", 6) == 0) {
        bool someone = false;
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 4 && !someone; k++)
            someone = x_tok_entity(d, k) >= 0 || tok_class(d, k, W_PERSON_NOUNS);
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 3 && !someone; k--)
            someone = x_tok_is(d, k - 1, "publicly") || x_tok_is(d, k - 1, "were") ||
                      x_tok_is(d, k - 1, "was");
        if (!someone)
            return 0;
    }
    /* "the wife of slain Islamic State leader X": the killing is told
     * elsewhere, "slain" here only describes */
    if (t == FNR_EVENT_KILL && (x_tok_is(d, tg->t0, "slain") || x_tok_is(d, tg->t0, "late")) &&
        tg->t1 < s1 && x_tok(d, tg->t1)->kind == FNR_TOK_WORD && !x_tok_is(d, tg->t1, "by") &&
        !x_tok_is(d, tg->t1, "in") && !x_tok_is(d, tg->t1, "on") && !x_tok_is(d, tg->t1, "at"))
        return 0;
    /* "convicted of murder", "charged with killing", "on charges of
     * membership in a terrorist organization and aiding murder": the
     * charge, told by the legal step of the same sentence */
    if (t == FNR_EVENT_KILL) {
        static const char *const CHARGED[] = { "convicted", "charged",   "charges",   "accused",
                                               "guilty",    "suspicion", "sentenced", "acquitted",
                                               "tried",     "man",       "woman",     "suspect",
                                               NULL };
        /* (the last of a list of charges looks further back) */
        size_t reach =
            tg->t0 - 1 > s0 && (x_tok_is(d, tg->t0 - 1, "and") || x_tok_is(d, tg->t0 - 2, "and"))
                ? 12
                : 4;
        for (size_t k = tg->t0; k > s0 + 1 && tg->t0 - k < reach && !is_punct_c(d, k - 1, ','); k--)
            if ((x_tok_is(d, k - 1, "of") || x_tok_is(d, k - 1, "with") ||
                 x_tok_is(d, k - 1, "for")) &&
                x_tok_in(d, k - 2, CHARGED))
                return 0;
        /* ("on charges including "membership" and "attempted murder"": a
         * crime's noun in a list of charges) */
        if (x_tok_is(d, tg->t0, "murder") || x_tok_is(d, tg->t0, "murders") ||
            x_tok_is(d, tg->t0, "homicide"))
            for (size_t k = tg->t0; k > s0 + 1 && tg->t0 - k < 20; k--)
                if ((x_tok_is(d, k - 1, "including") || x_tok_is(d, k - 1, "of") ||
                     x_tok_is(d, k - 1, "with")) &&
                    (x_tok_is(d, k - 2, "charges") || x_tok_is(d, k - 2, "charged") ||
                     x_tok_is(d, k - 2, "accused") || x_tok_is(d, k - 2, "convicted")))
                    return 0;
    }
    /* "air strikes on PKK targets in Gara, destroying 23 targets": a strike
     * that kills no one it names or counts is an operation */
    if (t == FNR_EVENT_KILL && x_tok(d, tg->t0)->key_len >= 3 &&
        (memcmp(x_tok(d, tg->t0)->key, "air", 3) == 0 ||
         memcmp(x_tok(d, tg->t0)->key, "aer", 3) == 0 ||
         memcmp(x_tok(d, tg->t0)->key, "pre", 3) == 0) &&
        !sf->persons) {
        bool dead = false;
        for (size_t k = s0; k < s1 && !dead; k++) {
            const xtok *w = x_tok(d, k);
            dead = w->key_len >= 4 &&
                   (memcmp(w->key, "kill", 4) == 0 || memcmp(w->key, "neut", 4) == 0 ||
                    memcmp(w->key, "dead", 4) == 0 || memcmp(w->key, "elim", 4) == 0);
        }
        if (!dead)
            return FNR_EVENT_MILITARY_OPERATION;
    }
    /* "plotting to assassinate", "hired to kill", "plotting to kidnap and
     * kill": intended, not done */
    if (t == FNR_EVENT_KILL && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "to") ||
         (tg->t0 >= s0 + 3 && (x_tok_is(d, tg->t0 - 1, "and") || x_tok_is(d, tg->t0 - 1, "or")) &&
          x_tok_is(d, tg->t0 - 3, "to"))))
        return FNR_EVENT_PLOT;
    /* "was tasked by the IRGC with surveilling and killing a journalist":
     * a task given, not done ("charged with killing" tells a deed); so is
     * "tasked with bombing a church" */
    if ((t == FNR_EVENT_KILL || t == FNR_EVENT_ATTACK) && tg->t0 > s0 + 1) {
        size_t w =
            x_tok_is(d, tg->t0 - 1, "with") ? tg->t0 - 1
            : tg->t0 >= s0 + 3 && x_tok_is(d, tg->t0 - 1, "and") && x_tok_is(d, tg->t0 - 3, "with")
                ? tg->t0 - 3
                : SIZE_MAX;
        for (size_t k = w; w != SIZE_MAX && k > s0 && w - k < 8; k--)
            if (x_tok_is(d, k - 1, "tasked") || x_tok_is(d, k - 1, "assigned") ||
                x_tok_is(d, k - 1, "entrusted"))
                return FNR_EVENT_PLOT;
    }
    /* "planning the assassination of", "plotting the killing of": the
     * killing is the plan's object, not done */
    if (t == FNR_EVENT_KILL && tg->t0 > s0 + 1) {
        size_t k = tg->t0;
        if (x_tok_is(d, k - 1, "the") || x_tok_is(d, k - 1, "a") || x_tok_is(d, k - 1, "an"))
            k--;
        if (k > s0 && (tok_class(d, k - 1, W_VAGUE_PLANS) || x_tok_is(d, k - 1, "plotting") ||
                       x_tok_is(d, k - 1, "plotted")))
            return FNR_EVENT_PLOT;
    }
    if (t == FNR_EVENT_KILL && bomb_killed(d, s0, s1, tg))
        return FNR_EVENT_ATTACK;
    /* "an attacker drove a truck into a market in Berlin, killing 12
     * people": the dead of an attacker's deed are the attack's count */
    if (t == FNR_EVENT_KILL && x_tok_is(d, tg->t0, "killing") && tg->t0 > s0 + 2 &&
        is_punct_c(d, tg->t0 - 1, ',') &&
        /* ("police chased the gunman, killing him": the attacker killed) */
        !(tg->t1 < s1 && (x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "them") ||
                          x_tok_is(d, tg->t1, "her") || x_tok_is(d, tg->t1, "both")))) {
        static const char *const ATTACKERS[] = { "attacker",   "gunman",    "gunmen", "assailant",
                                                 "assailants", "attackers", NULL };
        for (size_t k = tg->t0 - 1; k > s0 && tg->t0 - k < 20; k--) {
            if (x_tok(d, k - 1)->xflags & XT_TRIGGER)
                break;
            if (x_tok_in(d, k - 1, ATTACKERS))
                return FNR_EVENT_ATTACK;
        }
    }
    /* "which have carried out similar attacks": a likeness to the attack
     * told, no attack of its own */
    if (t == FNR_EVENT_ATTACK && tg->t0 > s0 &&
        (x_tok_is(d, tg->t0 - 1, "similar") || x_tok_is(d, tg->t0 - 1, "such") ||
         x_tok_is(d, tg->t0 - 1, "repeated") || x_tok_is(d, tg->t0 - 1, "sporadic") ||
         x_tok_is(d, tg->t0 - 1, "frequent")))
        return 0;
    /* "Manbij, which was captured by the factions", "captured Raqqa": a
     * town taken, no one caught */
    if (t == FNR_EVENT_ARREST && x_tok(d, tg->t0)->key_len >= 6 &&
        memcmp(x_tok(d, tg->t0)->key, "captur", 6) == 0) {
        size_t a = tg->t1 < s1 && x_tok_is(d, tg->t1, "the") ? tg->t1 + 1 : tg->t1;
        int e = a < s1 ? x_tok_entity(d, a) : -1;
        bool which = false;
        for (size_t k = tg->t0; e < 0 && k > s0 && tg->t0 - k < 4; k--) {
            if (tok_class(d, k - 1, W_BE_WORDS) || is_punct_c(d, k - 1, ','))
                continue;
            if (x_tok_is(d, k - 1, "which")) {
                which = true;
                continue;
            }
            e = which ? x_tok_entity(d, k - 1) : -1;
            break;
        }
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_LOCATION)
            return 0;
    }
    /* "a spy ring working for Russian intelligence": spies working for a
     * service or a state spy for it ("a cell working for the ministry"
     * works) */
    if (t == FNR_EVENT_ESPIONAGE && tg->t1 > tg->t0 + 2 && x_tok_is(d, tg->t1 - 1, "for") &&
        (x_tok_is(d, tg->t1 - 2, "working") || x_tok_is(d, tg->t1 - 2, "worked"))) {
        size_t k = tg->t1 < s1 && x_tok_is(d, tg->t1, "the") ? tg->t1 + 1 : tg->t1;
        int e = k < s1 ? x_tok_entity(d, k) : -1;
        if (!(e >= 0 && ((d->ent_bits[e] & EK_INTEL) || (d->ents[e].type == FNR_ENTITY_LOCATION &&
                                                         kind_is(d, &d->ents[e], K_COUNTRY)))))
            return 0;
    }
    if (t == FNR_EVENT_ESPIONAGE &&
        (x_tok_is(d, tg->t0, "passed") || x_tok_is(d, tg->t0, "passing")) && tg->t0 > s0) {
        /* "Israeli intelligence passed information to Türkiye": a service
         * or a state telling another is sharing; a person doing it spies,
         * and so does anyone charged with it ("indicted on charges of
         * passing information to Iranian agents") */
        for (size_t k = tg->t0; k > s0 + 1 && tg->t0 - k < 3; k--)
            if ((x_tok_is(d, k - 1, "of") || x_tok_is(d, k - 1, "with")) &&
                (x_tok_is(d, k - 2, "charges") || x_tok_is(d, k - 2, "charged") ||
                 x_tok_is(d, k - 2, "suspicion") || x_tok_is(d, k - 2, "accused") ||
                 x_tok_is(d, k - 2, "convicted") || x_tok_is(d, k - 2, "guilty")))
                return t;
        bool service = false, person = false;
        /* (the clause's own subject: "X was detained after Ukrainian
         * authorities passed information") */
        static const char *const OPENS[] = { "after", "before", "when",  "because", "while",
                                             "since", "that",   "which", "who",     NULL };
        size_t c0 = tg->t0;
        while (c0 > s0 && !x_tok_in(d, c0 - 1, OPENS))
            c0--;
        for (size_t k = c0; k < tg->t0; k++) {
            int e = x_tok_entity(d, k);
            if (e < 0)
                continue;
            person = person || d->ents[e].type == FNR_ENTITY_PERSON;
            service =
                service || (d->ent_bits[e] & EK_INTEL) ||
                (d->ents[e].type == FNR_ENTITY_LOCATION && kind_is(d, &d->ents[e], K_COUNTRY));
        }
        /* ("Ukrainian authorities passed information to their Polish
         * counterparts": a state's bodies named by a demonym, or a
         * counterpart told) */
        static const char *const BODIES[] = { "authorities", "officials", "intelligence",
                                              "police",      "services",  "service",
                                              NULL };
        for (size_t k = c0; k + 1 < tg->t0 && !service; k++)
            service = (x_tok(d, k)->xflags & XT_DEMONYM) && x_tok_in(d, k + 1, BODIES);
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 6 && !service; k++)
            service = x_tok_is(d, k, "counterparts") || x_tok_is(d, k, "counterpart");
        if (service && !person)
            return FNR_EVENT_INTEL_SHARING;
    }
    /* "suspected of scouting military sites on behalf of the Belarusian
     * KGB": reconnaissance of what an army keeps, or for a service, with
     * no attack told, is spying (GUIDELINES: espionage) */
    if (t == FNR_EVENT_PLOT && x_tok(d, tg->t0)->key_len >= 5 &&
        memcmp(x_tok(d, tg->t0)->key, "scout", 5) == 0) {
        bool kept = false, attack = false;
        for (size_t k = tg->t1; k < s1 && k - tg->t1 < 4 && !kept; k++)
            kept = x_tok_in(d, k, KEPT);
        for (size_t k = tg->t1; k < s1 && !kept; k++) {
            int e = x_tok_entity(d, k);
            kept = e >= 0 && (d->ent_bits[e] & EK_INTEL) && !reports_it(d, k, s1);
        }
        for (size_t k = s0; k < s1 && !attack; k++) {
            fnr_event_type o = k == tg->t0 ? 0 : tok_event_type(d, k);
            attack = o == FNR_EVENT_ATTACK || o == FNR_EVENT_PLOT;
        }
        if (kept && !attack)
            return FNR_EVENT_ESPIONAGE;
    }
    if (t == FNR_EVENT_ESPIONAGE) {
        /* the activity, not the ring: "spy on", "conducting surveillance" */
        const xtok *k0 = x_tok(d, tg->t0);
        bool on = tg->t1 < s1 && x_tok_is(d, tg->t1, "on");
        /* "carried out surveillance of journalists" */
        bool of = tg->t1 < s1 && x_tok_is(d, tg->t1, "of");
        bool conducted = false;
        for (size_t k = tg->t0; k > s0 && tg->t0 - k < 3; k--)
            if (x_tok_is(d, k - 1, "conducting") || x_tok_is(d, k - 1, "conducted") ||
                x_tok_is(d, k - 1, "conduct") || x_tok_is(d, k - 1, "under") ||
                x_tok_is(d, k - 1, "carried"))
                conducted = true;
        if (x_tok_is(d, tg->t0, "surveillance"))
            return conducted && (on || of) ? t : 0;
        /* "spied for Iran", finite, tells the spying; "on suspicion of
         * spying for Mossad" tells why someone was held */
        if (x_tok_is(d, tg->t0, "spied") && tg->t1 < s1 && x_tok_is(d, tg->t1, "for"))
            return t;
        if (x_tok_is(d, tg->t0, "spy") || x_tok_is(d, tg->t0, "spying") ||
            x_tok_is(d, tg->t0, "spied") || x_tok_is(d, tg->t0, "spies"))
            return on ? t : 0;
        if (x_tok_is(d, tg->t0, "surveilled") || x_tok_is(d, tg->t0, "surveilling"))
            return t;
        /* "a network that was reportedly serving Russia": a spy ring's
         * master; "served as governor", "serving soldiers" are not */
        if (x_tok_is(d, tg->t0, "serving") || x_tok_is(d, tg->t0, "served")) {
            size_t k = tg->t1;
            while (k < s1 && k - tg->t1 < 2 && (x_tok_is(d, k, "the") || x_tok_is(d, k, "a")))
                k++;
            int e = k < s1 ? x_tok_entity(d, k) : -1;
            bool master =
                e >= 0 && ((d->ent_bits[e] & EK_INTEL) || (d->ents[e].type == FNR_ENTITY_LOCATION &&
                                                           kind_is(d, &d->ents[e], K_COUNTRY)));
            bool ring = false;
            for (size_t q = s0; q < s1 && !ring; q++)
                ring = x_tok_is(d, q, "network") || x_tok_is(d, q, "ring") ||
                       x_tok_is(d, q, "cell") || x_tok_is(d, q, "spies") ||
                       x_tok_is(d, q, "agents") || x_tok_is(d, q, "agent");
            return master && ring ? t : 0;
        }

        /* "recruited by the SVR", "recruited for Iranian intelligence" */
        if (k0->key_len >= 7 && memcmp(k0->key, "recruit", 7) == 0 && tg->t1 + 1 < s1 &&
            (x_tok_is(d, tg->t1, "by") || x_tok_is(d, tg->t1, "for"))) {
            size_t k = tg->t1 + 1;
            if (x_tok_is(d, k, "the") && k + 1 < s1)
                k++;
            int e = x_tok_entity(d, k);
            if (e >= 0 && (d->ent_bits[e] & EK_INTEL))
                return t;
        }
        /* "photographed naval vessels and passed the images to an officer
         * of the GRU": the watching done for a service the sentence names */
        if ((k0->key_len >= 10 && memcmp(k0->key, "photograph", 10) == 0) ||
            (k0->key_len >= 7 && memcmp(k0->key, "monitor", 7) == 0)) {
            for (size_t k = tg->t1; k < s1; k++) {
                int e = x_tok_entity(d, k);
                if (e >= 0 && (d->ent_bits[e] & EK_INTEL) && !reports_it(d, k, s1))
                    return t;
                /* ("... and passed the pictures to Iranian handlers") */
                static const char *const HANDLERS[] = { "handler",  "handlers", "intelligence",
                                                        "agents",   "agent",    "officer",
                                                        "officers", NULL };
                if (x_tok_is(d, k, "to") && k + 2 < s1) {
                    size_t q = k + 1;
                    if (x_tok_is(d, q, "a") || x_tok_is(d, q, "an") || x_tok_is(d, q, "the") ||
                        x_tok_is(d, q, "their") || x_tok_is(d, q, "his") || x_tok_is(d, q, "her"))
                        q++;
                    if (q + 1 < s1 && (x_tok(d, q)->xflags & XT_DEMONYM) &&
                        x_tok(d, q)->mention < 0 && x_tok_in(d, q + 1, HANDLERS))
                        return t;
                }
            }
            /* "had been monitoring the movements of military vehicles",
             * "photographed military trains ..., sending the footage to a
             * handler": watching what an army keeps, or for a handler, by
             * someone no police or service (those watch suspects) */
            bool kept = false;
            for (size_t k = tg->t1; k < s1 && k - tg->t1 < 6 && !kept; k++) {
                if (is_punct_c(d, k, ',') || is_punct_c(d, k, ';'))
                    break;
                kept = x_tok_in(d, k, KEPT);
            }
            for (size_t k = tg->t1; k < s1 && !kept; k++)
                kept = x_tok_is(d, k, "handler") || x_tok_is(d, k, "handlers");
            for (size_t k = s0; k < tg->t0 && kept; k++) {
                int e = x_tok_entity(d, k);
                kept = !(e >= 0 && is_security(d, e)) && !x_tok_is(d, k, "police") &&
                       !x_tok_is(d, k, "army") && !x_tok_is(d, k, "troops") &&
                       !x_tok_is(d, k, "forces");
            }
            if (kept)
                return t;
        }
        /* "The suspects had been gathering information on dissidents":
         * a deed, by ones no police or service (those gather on suspects;
         * "in charge of gathering intelligence" is a duty) */
        bool watched = x_tok_is(d, tg->t0, "gathering") && tg->t1 < s1 && tg->t0 > s0 &&
                       (x_tok_is(d, tg->t0 - 1, "been") || x_tok_is(d, tg->t0 - 1, "was") ||
                        x_tok_is(d, tg->t0 - 1, "were")) &&
                       (x_tok_is(d, tg->t1, "on") || x_tok_is(d, tg->t1, "about"));
        for (size_t k = s0; k < tg->t0 && watched; k++) {
            int e = x_tok_entity(d, k);
            watched = !(e >= 0 && (is_security(d, e) || d->ents[e].type != FNR_ENTITY_PERSON)) &&
                      !x_tok_is(d, k, "police") && !x_tok_is(d, k, "intelligence") &&
                      !x_tok_is(d, k, "officials") && !x_tok_is(d, k, "authorities") &&
                      !x_tok_is(d, k, "officers") && !x_tok_is(d, k, "agency") &&
                      !x_tok_is(d, k, "investigators") && !x_tok_is(d, k, "prosecutors");
        }
        return tg->t1 - tg->t0 > 1 && (!x_tok_is(d, tg->t0, "gathering") || watched) ? t : 0;
    }
    if (t == FNR_EVENT_LEGAL_ACTION) {
        if (tg->t0 > s0 && x_tok_is(d, tg->t0 - 1, "in") && x_tok_is(d, tg->t0, "charge"))
            return 0; /* "in charge of" */
        /* "the chargé d'affaires": a diplomat, no charge */
        if (x_tok_is(d, tg->t0, "charge")) {
            const xtok *ct = x_tok(d, tg->t0);
            const char *q = d->doc.text + ct->end;
            size_t left = d->doc.len - ct->end;
            if (left > 3 && q[0] == ' ' && q[1] == 'd' &&
                (q[2] == '\'' || (left > 5 && memcmp(q + 2, "\xE2\x80\x99", 3) == 0)))
                return 0;
        }
        /* "According to the indictment, ...": the source of what follows */
        size_t a = tg->t0;
        if (a > s0 && (x_tok_is(d, a - 1, "the") || x_tok_is(d, a - 1, "an")))
            a--;
        if (a >= s0 + 2 && x_tok_is(d, a - 1, "to") && x_tok_is(d, a - 2, "according"))
            return 0;
        /* "..., the indictment said": the source too */
        if (a > s0 && a < tg->t0 && is_punct_c(d, a - 1, ',') && tg->t1 < s1 &&
            x_tok(d, tg->t0)->key_len > 8 && x_report_verb(d, tg->t1))
            return 0;
        if (x_tok_is(d, tg->t0, "try") || x_tok_is(d, tg->t0, "tries") ||
            x_tok_is(d, tg->t0, "trying"))
            return 0;
        if (x_tok_is(d, tg->t0, "accused") || x_tok_is(d, tg->t0, "accuses") ||
            x_tok_is(d, tg->t0, "blamed")) {
            bool person = false;
            for (size_t k = tg->t1; k < s1 && k - tg->t1 < 3; k++)
                if (x_tok_entity(d, k) >= 0 &&
                    d->ents[x_tok_entity(d, k)].type == FNR_ENTITY_PERSON)
                    person = true;
            if (!person)
                return 0;
        }
    }
    /* "in the Operation Euphrates Shield area": a place named after it */
    if (t == FNR_EVENT_MILITARY_OPERATION) {
        size_t k = tg->t1;
        while (k < s1 && k - tg->t1 < 4 && (x_tok(d, k)->tflags & FNR_TF_CAP))
            k++;
        if (k < s1 && (x_tok_is(d, k, "area") || x_tok_is(d, k, "zone") ||
                       x_tok_is(d, k, "region") || x_tok_is(d, k, "areas")))
            return 0;
    }
    if (t == FNR_EVENT_MILITARY_OPERATION) {
        bool named = (x_tok(d, tg->t0)->tflags & FNR_TF_CAP) &&
                     (tg->t0 > s0 && (x_tok(d, tg->t0 - 1)->tflags & FNR_TF_CAP)
                          ? true
                          : tg->t1 < s1 && (x_tok(d, tg->t1)->tflags & FNR_TF_CAP));
        bool op_word = x_tok_is(d, tg->t0, "operation") || x_tok_is(d, tg->t0, "operations") ||
                       x_tok_is(d, tg->t0, "raids") || x_tok_is(d, tg->t0, "raid");
        /* "an operation codenamed Kıskaç", "dubbed Gürz": named too */
        if (op_word && !named && code_name_after(d, tg->t1, s1) < s1)
            named = true;
        if (op_word && !named) {
            bool verb = sf->op_verb;
            bool one_of = tg->t0 >= s0 + 3 && x_tok_is(d, tg->t0 - 3, "of");
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 6; k--)
                one_of = one_of || (x_tok_is(d, k - 1, "one") && k < s1 && x_tok_is(d, k, "of"));
            if (!verb)
                return 0;
            if (x_tok_is(d, tg->t0, "operations") && !one_of)
                return 0;
            if (tg->t0 > s0 && (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "this")))
                return 0;
            /* "Police conducted simultaneous raids in Izmir" after the
             * detentions were told: the raids are how they were made */
            if ((x_tok_is(d, tg->t0, "raids") || x_tok_is(d, tg->t0, "raid")) && d->events.len)
                for (size_t e = 0; e < d->events.len; e++)
                    if (FNR_VEC_AT(&d->events, fnr_event, e).type == FNR_EVENT_ARREST)
                        return 0;
        }
        /* a capture "in an operation" is the capture only; a named
         * operation is a thing in itself (GUIDELINES) */
        if (sf->capture && !(named && op_word))
            return 0;
    }
    if (t == FNR_EVENT_INTEL_SHARING) {
        /* "shared"/"provided" need intelligence or information after them */
        /* ("The FBI provided the tip that led to the arrest": a tip
         * given) */
        size_t g = tg->t0 > s0 && (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "a"))
                       ? tg->t0 - 1
                       : tg->t0;
        bool given = g > s0 && (x_tok_is(d, g - 1, "provided") || x_tok_is(d, g - 1, "gave") ||
                                x_tok_is(d, g - 1, "passed") || x_tok_is(d, g - 1, "sent"));
        if ((x_tok_is(d, tg->t0, "intelligence") && x_tok_is(d, tg->t1 - 1, "sharing")) ||
            ((x_tok_is(d, tg->t0, "warnings") || x_tok_is(d, tg->t0, "warning") ||
              x_tok_is(d, tg->t0, "tip") || x_tok_is(d, tg->t0, "tips")) &&
             from_after(d, tg, s1) >= s1 && !given))
            return 0; /* "intelligence sharing" as a topic; "a warning from X" was given,
                         "the tip of the iceberg" nothing */
        /* "Acting on the tip-off, police detained": the tip that came, from
         * no one named, is the arrest's reason, no sharing of its own */
        if (tg->t0 >= s0 + 2 && (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "a")) &&
            (x_tok_is(d, tg->t0 - 2, "on") || x_tok_is(d, tg->t0 - 2, "after")) &&
            !x_tok_is(d, tg->t0, "warned") && from_after(d, tg, s1) >= s1)
            return 0;
        /* "Acting on intelligence, the command launched an operation": the
         * same, unless someone named provided it ("acting on intelligence
         * from MİT", "... provided by the CIA") */
        if ((x_tok_is(d, tg->t0, "acting") || x_tok_is(d, tg->t0, "acted")) &&
            from_after(d, tg, s1) >= s1 &&
            !(tg->t1 + 1 < s1 && (x_tok_is(d, tg->t1, "provided") ||
                                  x_tok_is(d, tg->t1, "shared") || x_tok_is(d, tg->t1, "by"))))
            return 0;
        /* "the information that led to the arrests was provided by the
         * CIA": what was provided must be intelligence, told before the
         * verb in its clause */
        if (x_tok_is(d, tg->t0, "was") || x_tok_is(d, tg->t0, "were")) {
            static const char *const TOLD[] = { "intelligence", "information", "tip",
                                                "tip-off",      "tipoff",      "warning",
                                                "findings",     NULL };
            bool told = false;
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 12 && !told; k--) {
                if (is_punct_c(d, k - 1, ','))
                    break;
                told = x_tok_in(d, k - 1, TOLD);
            }
            if (!told)
                return 0;
        }
        /* "intelligence provided by MIT" tells of a sharing when someone
         * provided it */
        if ((x_tok_is(d, tg->t0, "intelligence") || x_tok_is(d, tg->t0, "information")) &&
            !(tg->t1 < s1 && x_tok_is(d, tg->t1, "by")))
            return 0;
        if (x_tok_is(d, tg->t0, "shared") || x_tok_is(d, tg->t0, "share") ||
            x_tok_is(d, tg->t0, "provided") || x_tok_is(d, tg->t0, "provide") ||
            x_tok_is(d, tg->t0, "sharing")) {
            /* "shared intelligence", "intelligence provided by MIT",
             * "shared its findings" */
            static const char *const INFO[] = { "intelligence", "information", "findings",
                                                "data",         "evidence",    NULL };
            bool ok = tg->t0 > s0 && x_tok_in(d, tg->t0 - 1, INFO);
            for (size_t k = tg->t0 + 1; k < s1 && k - tg->t0 < 4; k++)
                if (x_tok_in(d, k, INFO))
                    ok = true;
            ok = ok || provided_with_info(d, tg, s1);
            if (!ok)
                return 0;
            /* "shared its findings with the public", "on social media":
             * told to no party */
            static const char *const PUBLIC[] = { "public",      "media",  "press", "reporters",
                                                  "journalists", "social", NULL };
            for (size_t k = tg->t1; k + 2 < s1 && k - tg->t1 < 6; k++)
                if ((x_tok_is(d, k, "with") || x_tok_is(d, k, "on")) &&
                    (x_tok_in(d, k + 1, PUBLIC) || x_tok_in(d, k + 2, PUBLIC)))
                    return 0;
            /* "urged ... to share": not a sharing that happened */
            for (size_t k = tg->t0; k > s0 && tg->t0 - k < 8; k--)
                if (x_tok_is(d, k - 1, "urged") || x_tok_is(d, k - 1, "urge") ||
                    x_tok_is(d, k - 1, "importance"))
                    return 0;
        }
        /* "warned Israel of serious consequences": a threat, no intelligence;
         * "warned Israelis against travel": advice to the public */
        if (x_tok(d, tg->t0)->key_len >= 4 && memcmp(x_tok(d, tg->t0)->key, "warn", 4) == 0)
            for (size_t k = tg->t1; k < s1 && k - tg->t1 < 8; k++)
                if (x_tok_is(d, k, "consequences") || x_tok_is(d, k, "retaliation") ||
                    x_tok_is(d, k, "response") || (x_tok_is(d, k, "against") && k - tg->t1 < 4))
                    return 0;
        /* "the agency has warned repeatedly that the threat remains high":
         * a public warning, told to no one in particular */
        if (x_tok_is(d, tg->t0, "warned") || x_tok_is(d, tg->t0, "warns")) {
            size_t k = tg->t1;
            while (k < s1 && k - tg->t1 < 2 &&
                   (x_tok_is(d, k, "repeatedly") || x_tok_is(d, k, "again") ||
                    x_tok_is(d, k, "publicly") || x_tok_is(d, k, "also")))
                k++;
            if (k < s1 && x_tok_is(d, k, "that"))
                return 0;
            /* "The group could strike again, the minister warned, urging
             * ...": the saying verb after what was said, told to no one */
            if (k == tg->t1 && (k == s1 || x_tok(d, k)->kind == FNR_TOK_PUNCT))
                for (size_t q = tg->t0; q > s0 + 1 && tg->t0 - q < 6; q--)
                    if (is_punct_c(d, q - 1, ','))
                        return 0;
        }
    }
    return t;
}

/*
 * Dates are looked up only for the sentences that have an event, and for
 * the sentences before one that states none, back to the nearest that
 * does: most sentences have no event, and scanning every sentence for a
 * date cost more than all the event rules.
 */

/* Whether a "that" at text[q] (a word of its own) opens a relative clause:
 * a past form follows ("the cell that carried out the 2015 attacks") and
 * no verb of saying comes before ("said that police arrested", where the
 * clause is the report itself). */
static bool relative_that(const char *text, size_t len, size_t q)
{
    size_t e = q + 5;
    while (e < len && ((text[e] >= 'a' && text[e] <= 'z') || text[e] == '-'))
        e++;
    bool past = e >= q + 8 && text[e - 2] == 'e' && text[e - 1] == 'd';
    if (!past && !(e == q + 8 && memcmp(text + q + 5, "had", 3) == 0))
        return false;
    size_t b = q;
    while (b > 0 && text[b - 1] == ' ')
        b--;
    size_t w = b;
    while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || text[w - 1] == '-'))
        w--;
    if (b - w < 3)
        return false; /* "so that", "now that": no noun before */
    static const char *const SAYING[] = { "said",    "says",     "told",  "warned", "shows", "show",
                                          "believe", "believes", "claim", "claims", "say" };
    if (text[b - 1] == 'd' && text[b - 2] == 'e')
        return false; /* "announced that", "reported that" */
    for (size_t i = 0; i < sizeof SAYING / sizeof *SAYING; i++)
        if (strlen(SAYING[i]) == b - w && memcmp(text + w, SAYING[i], b - w) == 0)
            return false;
    return true;
}

/* Where the clause that byte off of a sentence is in begins: just after
 * the last comma before off, or 0 when there is none. Eight bytes are
 * tested at a time: the clause is most of a sentence, read back from its
 * date. */
static size_t after_last_comma(const char *text, size_t off)
{
    const uint64_t ones = 0x0101010101010101u, commas = ones * ',';
    size_t c = off;
    while (c >= 8) {
        uint64_t w;
        memcpy(&w, text + c - 8, 8);
        w ^= commas; /* a zero byte where a comma was */
        if ((w - ones) & ~w & (ones << 7))
            break;
        c -= 8;
    }
    while (c > 0 && text[c - 1] != ',')
        c--;
    return c;
}

/* Whether the date at text[off] says when a state began or ends rather
 * than when something happened: "wanted since 2017", "in prison until
 * 2030". A sentence that opens with one frames a tally whose period it
 * dates ("Since early 2024, police have detained 30 people"). */
static bool date_of_state(const char *text, size_t off)
{
    return off > 6 &&
           (memcmp(text + off - 6, "since ", 6) == 0 || memcmp(text + off - 6, "until ", 6) == 0);
}

/* "He joined the group in 2012": when one joined a group, the person's
 * past, which dates no later sentence. */
static bool date_of_joining(const char *text, size_t off)
{
    if (off < 10 || memcmp(text + off - 3, "in ", 3) != 0)
        return false;
    for (size_t k = off - 3; k-- > 0 && off - k < 40;) {
        if (text[k] == ',' || text[k] == '.' || text[k] == ';')
            return false;
        if (k + 7 <= off && memcmp(text + k, "joined ", 7) == 0 && (k == 0 || text[k - 1] == ' '))
            return true;
    }
    return false;
}

/* Whether a plot, attack or killing trigger stands in tokens [a, b):
 * "charged over the attack on Israel", the place the crime's. */
static bool crime_between(const x_doc *d, size_t a, size_t b)
{
    /* ("convicted of war crimes committed in Raqqa": the deed's place) */
    for (size_t k = a; k < b && b - a < 40; k++)
        if (x_tok_is(d, k, "committed") || x_tok_is(d, k, "perpetrated"))
            return true;
    const uint32_t *tt = d->trig_toks.data;
    for (size_t k = trig_toks_from(d, a); k < d->trig_toks.len && tt[k] < b; k++) {
        fnr_event_type t = tok_event_type(d, tt[k]);
        if (t == FNR_EVENT_PLOT || t == FNR_EVENT_ATTACK || t == FNR_EVENT_KILL)
            return true;
    }
    return false;
}

/* Whether a court step's trigger (or, with arrests, an arrest's) stands
 * in tokens [s0, t0): "sentenced a man for planning attacks", the crime
 * told after it. */
static bool step_before(const x_doc *d, size_t s0, size_t t0, bool arrests)
{
    const uint32_t *tt = d->trig_toks.data;
    for (size_t k = trig_toks_from(d, s0); k < d->trig_toks.len && tt[k] < t0; k++) {
        fnr_event_type t = tok_event_type(d, tt[k]);
        if (t == FNR_EVENT_LEGAL_ACTION || (arrests && t == FNR_EVENT_ARREST))
            return true;
    }
    return false;
}

/* The date the crime at trigger tg tells after it into *out, when an
 * arrest or court step before it in sentence s holds the sentence's first
 * date sp ("were convicted in June of planning an attack in 2023"); a date
 * of the reporting clause that ends the sentence is not the crime's. */
static bool crime_own_date(const x_doc *d, const xsent *s, const trig *tg, const fnr_date_span *sp,
                           fnr_date_span *out)
{
    size_t from = x_tok(d, tg->t0)->start - s->start;
    if (sp->start_off >= from || !step_before(d, s->tok0, tg->t0, true) ||
        !fnr_date_scan_first_from(d->doc.text + s->start, s->end - s->start, from, &d->doc.date, 4,
                                  out) ||
        out->start.prec == FNR_DATE_NONE)
        return false;
    size_t told = reporting_clause(d, tg->t1, s->tok1);
    return told >= s->tok1 || out->start_off < x_tok(d, told)->start - s->start;
}

/* Whether the date span sp of sentence s dates a crime the sentence tells
 * after its arrest or court step: "A court on Thursday sentenced three men
 * for their role in a plot to bomb a rally in 2018" (the plot's year, not
 * the sentencing's, nor of the sentences after). */
static bool date_of_later_crime(const x_doc *d, const xsent *s, const fnr_date_span *sp)
{
    size_t at = s->start + sp->start_off;
    bool step = false;
    const uint32_t *tt = d->trig_toks.data;
    for (size_t k = trig_toks_from(d, s->tok0); k < d->trig_toks.len && tt[k] < s->tok1; k++) {
        size_t q = tt[k];
        if (x_tok(d, q)->start >= at)
            break;
        fnr_event_type t = tok_event_type(d, q);
        if (t == FNR_EVENT_LEGAL_ACTION || t == FNR_EVENT_ARREST) {
            step = true;
        } else if (step && (t == FNR_EVENT_PLOT || t == FNR_EVENT_ATTACK || t == FNR_EVENT_KILL)) {
            /* ("..., the minister said on Tuesday": the date of the
             * reporting clause that ends the sentence is the step's) */
            size_t told = reporting_clause(d, q + 1, s->tok1);
            return told >= s->tok1 || at < x_tok(d, told)->start;
        }
    }
    return false;
}

/* Whether byte off of a sentence is in a relative clause the sentence
 * ends with (", who had been recruited in 2019."). */
static bool trailing_relative(const char *text, size_t off)
{
    size_t c = after_last_comma(text, off);
    if (c == 0)
        return false;
    while (text[c] == ' ')
        c++;
    return strncmp(text + c, "who ", 4) == 0 || strncmp(text + c, "which ", 6) == 0;
}

/* Whether the date span sp of text is a bare year naming a thing rather
 * than dating the sentence: "the group behind the 2016 coup attempt", "for
 * fomenting a failed 2016 coup", "its 2024 report". (An event so named
 * takes the year itself: see event_year.) */
/* ... and so is a whole date before a noun: "the group behind the July
 * 15, 2016 coup attempt" (not "on the 14 May 2024 raid", which dates). */
static bool year_of_a_name(const char *text, size_t len, const fnr_date_span *sp)
{
    size_t a = sp->start_off, b = sp->end_off;
    if (b - a < 4 || b + 2 > len || text[b] != ' ' || text[b + 1] < 'a' || text[b + 1] > 'z')
        return false;
    /* ("in a July 2026 indictment", "its March 2024 report") */
    if (b - a > 4)
        return ((a >= 4 && memcmp(text + a - 4, "the ", 4) == 0 &&
                 !(a >= 7 && memcmp(text + a - 7, "on the ", 7) == 0)) ||
                (a >= 3 && memcmp(text + a - 3, " a ", 3) == 0) ||
                (a >= 5 && memcmp(text + a - 5, " its ", 5) == 0));
    /* one adjective may stand between the article and the year */
    size_t w = a;
    if (w >= 2 && text[w - 1] == ' ') {
        size_t v = w - 1;
        while (v > 0 && text[v - 1] >= 'a' && text[v - 1] <= 'z')
            v--;
        static const char *const DET[] = { "the", "a", "an", "its", "their", "his" };
        bool det = false;
        for (size_t i = 0; i < sizeof DET / sizeof *DET && !det; i++)
            det = strlen(DET[i]) == w - 1 - v && memcmp(text + v, DET[i], w - 1 - v) == 0;
        if (!det && v >= 2 && text[v - 1] == ' ' && w - 1 - v > 2)
            w = v; /* "a failed 2016 coup": look before "failed" */
    }
    static const char *const BEFORE[] = { "the ", "a ", "its ", "their ", "his ", "'s " };
    for (size_t i = 0; i < sizeof BEFORE / sizeof *BEFORE; i++) {
        size_t n = strlen(BEFORE[i]);
        if (w >= n && memcmp(text + w - n, BEFORE[i], n) == 0)
            return true;
    }
    return false;
}

/* Whether byte `off` of a sentence is in a relative clause on its subject,
 * the main verb after it: "A man who carried out the July 2016 attack was
 * arrested on Tuesday", "the truck that killed 86 people in Nice in July
 * 2016 was arrested". */
static bool subject_relative(const char *text, size_t len, size_t off, size_t q0, bool rel_words)
{
    static const char *const MAIN[] = { " was ", " were ", " has been ", " have been ",
                                        " had been " };
    if (!rel_words)
        return false;       /* (no "who", "which" or "that" to find below) */
    bool main_verb = false; /* after the date, before a comma */
    for (size_t e = off; e < len && text[e] != ',' && !main_verb; e++)
        for (size_t i = 0; text[e] == ' ' && (text[e + 1] == 'w' || text[e + 1] == 'h') &&
                           i < sizeof MAIN / sizeof *MAIN && !main_verb;
             i++) {
            size_t n = strlen(MAIN[i]);
            main_verb = e + n <= len && memcmp(text + e, MAIN[i], n) == 0;
        }
    if (!main_verb)
        return false;
    /* the clause the date is in begins after the last comma before it,
     * at q0 */
    size_t q = off;
    while (q > q0) {
        q--;
        if (text[q] == ' ' && (text[q + 1] == 'w' || text[q + 1] == 't') &&
            ((q + 5 < off && memcmp(text + q, " who ", 5) == 0) ||
             (q + 7 < off && memcmp(text + q, " which ", 7) == 0) ||
             (q + 6 < off && memcmp(text + q, " that ", 6) == 0 &&
              relative_that(text, len, q + 1))))
            break;
    }
    return q > q0;
}

/* Is byte `off` of a sentence inside a relative clause set off by commas
 * (", who joined the group in 2011, ...")? */
/* Whether the relative word at byte q tells more of the attack whose noun
 * is the first trigger, at trig_off: "an attack on a camp that killed 20
 * soldiers last week" (its date is the attack's), not of someone else ("a
 * cell that killed ..."). */
static bool attack_told_on(const char *text, size_t len, size_t trig_off, size_t q)
{
    static const char *const NOUNS[] = { "attack",   "bombing", "strike",   "explosion",
                                         "ambush",   "assault", "blast",    "raid",
                                         "shooting", "siege",   "massacre", NULL };
    static const char *const TOLL[] = { "killed", "wounded", "injured", "left", "claimed", NULL };
    if (q < trig_off || q - trig_off > 40)
        return false;
    bool noun = false;
    for (const char *const *w = NOUNS; *w && !noun; w++) {
        size_t n = strlen(*w);
        noun = trig_off + n <= len && memcmp(text + trig_off, *w, n) == 0;
    }
    if (!noun)
        return false;
    const char *v = memchr(text + q + 1, ' ', len - q - 1);
    if (!v)
        return false;
    v++;
    for (const char *const *w = TOLL; *w; w++) {
        size_t n = strlen(*w);
        if ((size_t)(text + len - v) > n && memcmp(v, *w, n) == 0 && v[n] == ' ')
            return true;
    }
    return false;
}

static bool in_relative_clause(const char *text, size_t len, size_t off, size_t trig_off,
                               bool rel_words)
{
    size_t c = after_last_comma(text, off); /* where the date's clause begins */
    if (subject_relative(text, len, off, c, rel_words))
        return true;
    /* "captured X, a member who took part in a 2019 attack": a "who" or
     * "which" after the first trigger and before the date */
    /* (a comma between ends the relative clause: "killed all 33 militants
     * who hijacked a train ..., the military said on Wednesday"; so the
     * search starts at the date's clause) */
    for (size_t q = trig_off > c ? trig_off : c; rel_words && trig_off < off && q + 5 < off; q++)
        if (text[q] == ' ' && (text[q + 1] == 'w' || text[q + 1] == 't') &&
            ((memcmp(text + q, " who ", 5) == 0) ||
             (q + 7 < off && memcmp(text + q, " which ", 7) == 0) ||
             (q + 6 < off && memcmp(text + q, " that ", 6) == 0 &&
              relative_that(text, len, q + 1))) &&
            !attack_told_on(text, len, trig_off, q))
            return true;
    if (c == 0)
        return false;
    const char *p = text + c;
    while (p < text + off && *p == ' ')
        p++;
    size_t rest = (size_t)(text + off - p);
    /* (", where the army has operated since 2022,": the place's story) */
    bool rel = (rest > 4 && memcmp(p, "who ", 4) == 0) ||
               (rest > 6 && memcmp(p, "which ", 6) == 0) ||
               (rest > 6 && memcmp(p, "where ", 6) == 0);
    return rel && memchr(text + off, ',', len - off) != NULL; /* the main clause goes on */
}

/* Bytes into sentence s of the first word a trigger may start at, or
 * SIZE_MAX. */
static size_t first_trigger_off(const x_doc *d, const xsent *s)
{
    const uint32_t *t = d->trig_toks.data;
    size_t lo = trig_toks_from(d, s->tok0);
    return lo < d->trig_toks.len && t[lo] < s->tok1 ? x_tok(d, t[lo])->start - s->start : SIZE_MAX;
}

/*
 * Where the date scan of sentence s may start (bytes into it): a date
 * expression holds an ASCII digit or a date word, each of which is in a
 * token with XT_DATE, and starts at most FNR_DATE_MAX_LEAD words before
 * it; each of those words is in a token of its own or shares one with
 * the next ("early-in"). So the scan starts that many tokens before the
 * first XT_DATE token, or before, where white space precedes the token;
 * the words before it, often most of the sentence, are not read.
 */
static size_t date_scan_from(const x_doc *d, const xsent *s)
{
    size_t k = s->tok0;
    while (k < s->tok1 && !(x_tok(d, k)->xflags & XT_DATE))
        k++;
    k = k >= s->tok0 + FNR_DATE_MAX_LEAD ? k - FNR_DATE_MAX_LEAD : s->tok0;
    for (; k > s->tok0; k--) {
        unsigned char b = (unsigned char)d->doc.text[x_tok(d, k)->start - 1];
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v')
            return x_tok(d, k)->start - s->start;
    }
    return 0;
}

/* "WASHINGTON, June 6, 2024 - The Justice Department on Wednesday charged
 * ...": the dateline's date is the report's, not the sentence's when it
 * tells its own; where the sentence's own words start (past the
 * dateline's dash), or from. */
static size_t past_dateline(const x_doc *d, const xsent *s, size_t from)
{
    if (x_tok(d, s->tok0)->mention < 0 || !dateline_at(d, s->tok0, s->tok1))
        return from;
    for (size_t k = s->tok0 + 1; k < s->tok1 && k - s->tok0 < 16; k++) {
        const xtok *t = x_tok(d, k);
        const char *p = d->doc.text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == FNR_TOK_PUNCT &&
            ((n == 1 && *p == '-') || (n == 3 && (memcmp(p, "\xE2\x80\x93", 3) == 0 ||
                                                  memcmp(p, "\xE2\x80\x94", 3) == 0)))) {
            /* (a sentence with no date of its own keeps the dateline's) */
            bool own = false;
            for (size_t q = k + 1; q < s->tok1 && !own; q++)
                own = (x_tok(d, q)->xflags & XT_DATE) != 0;
            return own && t->end - s->start > from ? t->end - s->start : from;
        }
    }
    return from;
}

/* The first date stated in sentence si (the first of its first four date
 * spans that has a precision), or NULL; scanned once, on first asking. */
/* Where the words a source said begin, when the date at off is the
 * saying's: "Europol said in its report in June that member states had
 * arrested 449 people in 2025" (a verb of saying before the date, "that"
 * or the said clause's pronoun a few words on); else 0. */
static size_t said_that_after(const char *text, size_t len, size_t off)
{
    static const char *const SAID[] = { "said ",   "announced ", "reported ",
                                        "stated ", "revealed ",  "wrote ",
                                        "noted ",  "disclosed ", NULL };
    /* (or the said clause's subject right after the date: "said on
     * Monday it had killed a financier on Saturday") */
    static const char *const OPENS[] = { " that ", " it ", " they ", " its ", " their ", NULL };
    size_t that = 0;
    for (size_t q = off; q < len && q < off + 24 && !that; q++)
        for (size_t k = 0; OPENS[k] && !that && text[q] == ' '; k++)
            if (q + strlen(OPENS[k]) <= len && memcmp(text + q, OPENS[k], strlen(OPENS[k])) == 0)
                that = q + strlen(OPENS[k]);
    if (!that)
        return 0;
    for (size_t q = 0; q < off; q++)
        for (size_t k = 0; SAID[k]; k++)
            if ((q == 0 || text[q - 1] == ' ') && text[q] == SAID[k][0] &&
                strncmp(text + q, SAID[k], strlen(SAID[k])) == 0)
                return that;
    return 0;
}

static const fnr_date_span *sentence_date(x_doc *d, size_t si)
{
    xsent *s = x_sent(d, si);
    if (!s->date_scanned) {
        s->date_scanned = true;
        memset(&s->date, 0, sizeof s->date);
        /* a heading states no date for what follows; without a digit or a
         * date word there is none to find */
        const char *text = d->doc.text + s->start;
        size_t len = s->end - s->start;
        bool found = !s->heading && s->may_date &&
                     fnr_date_scan_first_from(text, len, past_dateline(d, s, date_scan_from(d, s)),
                                              &d->doc.date, 4, &s->date);
        size_t trig_off = found ? first_trigger_off(d, s) : SIZE_MAX;
        /* (a sentence without "who", "which" or "that" has none of the
         * relative clauses in_relative_clause reads but one after a comma) */
        bool rel = (s->cues & X_CUE_RELATIVE) != 0;
        if (found && (in_relative_clause(text, len, s->date.start_off, trig_off, rel) ||
                      year_of_a_name(text, len, &s->date))) {
            /* "Çelik, who joined the group in 2011, had planned attacks":
             * the year is the joining's; take the next date, if any */
            fnr_date_span sp[4];
            size_t n = fnr_date_scan(text, len, &d->doc.date, sp, 4);
            memset(&s->date, 0, sizeof s->date);
            for (size_t k = 0; k < n && k < 4; k++)
                if (sp[k].start.prec != FNR_DATE_NONE &&
                    !in_relative_clause(text, len, sp[k].start_off, trig_off, rel) &&
                    !year_of_a_name(text, len, &sp[k])) {
                    s->date = sp[k];
                    break;
                }
        }
        /* the saying's date, then another in what was said: that one */
        size_t said = found && s->date.start.prec != FNR_DATE_NONE
                          ? said_that_after(text, len, s->date.end_off)
                          : 0;
        if (said) {
            fnr_date_span sp[4];
            size_t n = fnr_date_scan(text, len, &d->doc.date, sp, 4);
            for (size_t k = 0; k < n && k < 4; k++)
                if (sp[k].start.prec != FNR_DATE_NONE && sp[k].start_off >= said &&
                    !in_relative_clause(text, len, sp[k].start_off, trig_off, rel) &&
                    !year_of_a_name(text, len, &sp[k])) {
                    s->date = sp[k];
                    break;
                }
        }
    }
    return s->date.start.prec != FNR_DATE_NONE ? &s->date : NULL;
}

/* Whether the date of sentence si frames what follows it: it opens the
 * sentence ("In December 2023, ...", "On Tuesday, ...", "Last year
 * ...") or the adverbial phrase the sentence opens with ("In a joint
 * operation by MIT in November 2023, A.J.A. was captured"). */
static bool framing_date(const x_doc *d, size_t si, const fnr_date_span *sp)
{
    static const char *const OPENERS[] = { "In ",     "On ",      "During ",    "After ",
                                           "Before ", "Between ", "Following ", "Throughout ",
                                           "Over ",   "At ",      "By ",        "Earlier " };
    const char *text = d->doc.text + x_sent(d, si)->start;
    size_t n = sp->start_off;
    if (memchr(text, ',', n))
        return false;
    /* "The 2024 attack on the concert hall ...": a year naming a past
     * event, which frames nothing after it */
    if (sp->start.prec == FNR_DATE_YEAR && !sp->is_range &&
        ((n == 4 && strncmp(text, "The ", 4) == 0) || (n == 2 && strncmp(text, "A ", 2) == 0)) &&
        sp->end_off < x_sent(d, si)->end - x_sent(d, si)->start && text[sp->end_off] == ' ')
        return false;
    /* at most two spaces before it: the date opens the sentence */
    const char *p = text, *end = text + n;
    size_t spaces = 0;
    while (spaces <= 2 && p < end && (p = memchr(p, ' ', (size_t)(end - p))) != NULL) {
        spaces++;
        p++;
    }
    if (spaces <= 2)
        return true;
    for (size_t i = 0; i < sizeof OPENERS / sizeof *OPENERS; i++)
        if (strncmp(text, OPENERS[i], strlen(OPENERS[i])) == 0)
            return true;
    return false;
}

/* Whether sentence si is in the lead paragraph of its section: the first
 * one, or one after lines too short to tell a story (a dateline "ANKARA",
 * a byline). */
static bool in_lead(const x_doc *d, size_t si)
{
    size_t j = si;
    while (j > 0 && !x_sent(d, j)->para_start)
        j--;
    while (j-- > 0) {
        const xsent *s = x_sent(d, j);
        if (s->heading)
            return true;
        if (s->end - s->start > 60)
            return false;
    }
    return true;
}

/*
 * The date carried to sentence si from before it: the date of the nearest
 * earlier sentence of its paragraph or of the section's lead paragraph
 * (in_lead) that states one or, beyond them, of the nearest paragraph
 * that opens with one (framing_date), unless a heading comes between (a
 * heading starts a new section with no date). "In December 2023, MIT captured ..." dates the
 * paragraphs after it; "X had been wanted since 2017" or "Officials said the cell was formed in
 * 2019" say nothing of when the next paragraph's events were.
 *
 * Events come in sentence order, so the walk back stops at the last
 * sentence asked about (d->carry_at), whose answers are kept: each
 * sentence is passed over about once per document.
 */
/* Does sentence si tell of another matter than the ones before it
 * ("Separately, ...", "In a separate operation, ...", "In another case")?
 * No date is carried into it, nor past it. */
static bool starts_apart(const x_doc *d, size_t si)
{
    const xsent *s = x_sent(d, si);
    size_t k = s->tok0;
    if (k + 2 < s->tok1 &&
        (x_tok_is(d, k, "separately") ||
         (x_tok_is(d, k, "in") && ((x_tok_is(d, k + 1, "a") && x_tok_is(d, k + 2, "separate")) ||
                                   x_tok_is(d, k + 1, "another")))))
        return true;
    return false;
}

/* "Tajikistan's security service said separately that it had arrested
 * 11", "separately announced": news of the day told apart from what came
 * before, dated by the lead alone (not by a background date between). */
static bool said_apart(const x_doc *d, size_t si)
{
    const xsent *s = x_sent(d, si);
    for (size_t q = s->tok0 + 1; q + 1 < s->tok1 && q - s->tok0 < 16; q++)
        if (x_tok_is(d, q, "separately") && (x_report_verb(d, q - 1) || x_report_verb(d, q + 1)))
            return true;
    return false;
}

static bool yet_to_come(const x_doc *d, const fnr_date_span *sp, fnr_date *out);

static fnr_date carried_date(x_doc *d, size_t si)
{
    if (si == d->carry_at)
        return d->carry;
    fnr_date found = { 0 }, frame = { 0 };
    if (starts_apart(d, si)) {
        d->carry_at = si;
        d->carry = found;
        d->carry_frame = frame;
        return found;
    }
    bool have_found = false, have_frame = false, crossed = x_sent(d, si)->para_start;
    bool lead_only = said_apart(d, si);
    for (size_t j = si; j-- > 0 && !(have_found && have_frame);) {
        const xsent *s = x_sent(d, j);
        if (s->heading)
            break;
        /* Its date counts while none is found in the paragraph, or when
         * it may cross paragraphs (fr below): else it need not be scanned
         * for (in_lead is asked first then, and once). */
        int lead = -1;
        if (!s->date_scanned && s->may_date && (have_found || crossed) && !s->para_start)
            lead = in_lead(d, j);
        const fnr_date_span *sp = lead == 0 ? NULL : sentence_date(d, j);
        /* "..., who had been recruited in 2019.": the person's past, which
         * dates no later sentence */
        if (sp && (trailing_relative(d->doc.text + s->start, sp->start_off) ||
                   date_of_state(d->doc.text + s->start, sp->start_off) ||
                   date_of_joining(d->doc.text + s->start, sp->start_off) ||
                   date_of_later_crime(d, s, sp)))
            sp = NULL; /* nor does "wanted since 2017" */
        if (sp && lead_only && !(lead >= 0 ? lead == 1 : in_lead(d, j)))
            sp = NULL;
        if (sp) {
            /* what crosses paragraphs */
            bool fr = (s->para_start && framing_date(d, j, sp)) ||
                      (lead >= 0 ? lead == 1 : in_lead(d, j));
            /* (the day as that sentence's event took it: "On Oct. 23"
             * in a January report is last October's) */
            fnr_date past;
            fnr_date at = yet_to_come(d, sp, &past) ? past : sp->start;
            if (!have_found && (!crossed || fr)) {
                found = at;
                have_found = true;
            }
            if (!have_frame && fr) {
                frame = at;
                have_frame = true;
            }
        }
        if (j == d->carry_at && !lead_only) {
            if (!have_found)
                found = crossed ? d->carry_frame : d->carry;
            if (!have_frame)
                frame = d->carry_frame;
            break;
        }
        if (s->para_start)
            crossed = true;
        if (starts_apart(d, j))
            break; /* ("Separately, ...": nothing before it dates what follows) */
    }
    d->carry_at = si;
    d->carry = found;
    d->carry_frame = frame;
    return found;
}

/* Whether entity e is named in tokens [from, to) of the sentence. */
static bool named_after(const x_doc *d, int e, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (x_tok_entity(d, k) == e)
            return true;
    return false;
}

/* The year just before trigger token t ("a 2022 attack", "the 2022 twin car
 * bombings"), or -1. */
static long year_before(const x_doc *d, const xsent *s, size_t t)
{
    for (size_t k = t; k > s->tok0 && t - k < 4; k--) {
        const xtok *y = x_tok(d, k - 1);
        if (y->kind == FNR_TOK_NUMBER && y->end - y->start == 4) {
            /* "in October 2021 that it had detained" is the sentence's date */
            /* (but "the March 2025 bombing" names the attack by it) */
            if (k >= s->tok0 + 2 && (x_tok(d, k - 2)->xflags & XT_DATE) &&
                !(k == t && k >= s->tok0 + 3 && x_tok_is(d, k - 3, "the")))
                return -1;
            long v = token_number(d, k - 1);
            return v >= 1900 && v <= 2099 ? v : -1;
        }
        /* "last year's pressure cooker blast": the year before the report's */
        if ((y->tflags & FNR_TF_POSS) && k >= s->tok0 + 3 && x_tok_is(d, k - 2, "year") &&
            d->doc.date.prec != FNR_DATE_NONE)
            return x_tok_is(d, k - 3, "last")   ? d->doc.date.year - 1
                   : x_tok_is(d, k - 3, "this") ? d->doc.date.year
                                                : -1;
        if (y->kind != FNR_TOK_WORD || (y->tflags & FNR_TF_CAP) || (y->xflags & XT_STOP) ||
            (y->xflags & XT_TRIGGER) || x_tok_in(d, k - 1, NOT_IN_A_NAME) || k - 1 == s->tok0)
            return -1;
    }
    return -1;
}

/* Where a day without a year that names the event at trigger t0 starts
 * ("the July 15 coup attempt", "the Nov. 13 attacks"), or SIZE_MAX. */
static size_t day_before(const x_doc *d, const xsent *s, size_t t0)
{
    if (t0 < s->tok0 + 2)
        return SIZE_MAX;
    const xtok *n = x_tok(d, t0 - 1);
    long v = token_number(d, t0 - 1);
    if (n->kind != FNR_TOK_NUMBER || v < 1 || v > 31)
        return SIZE_MAX;
    size_t m = t0 - 2;
    if (m > s->tok0 && is_punct_c(d, m, '.'))
        m--; /* "Nov." */
    const xtok *mt = x_tok(d, m);
    return mt->kind == FNR_TOK_WORD && (mt->xflags & XT_DATE) && (mt->tflags & FNR_TF_CAP)
               ? m
               : SIZE_MAX;
}

/* The year that names an event of this type in sentence s: before its
 * trigger at t0, or before another trigger of the type ("behind several
 * bombings, including a 2022 attack"); -1 if none. */
static long event_year(const x_doc *d, const xsent *s, const trig *tg, fnr_event_type type)
{
    size_t t0 = tg->t0;
    long y = trig_year(d, s, tg);
    /* (a trigger word is one of d->trig_toks; the sentence's first one is
     * a few before the trigger's own) */
    const uint32_t *c = d->trig_toks.data;
    size_t n = tg->cand;
    while (y < 0 && n > 0 && c[n - 1] >= s->tok0)
        n--;
    for (; y < 0 && n < d->trig_toks.len && c[n] < s->tok1; n++)
        if (c[n] != t0 && tok_event_type(d, c[n]) == type)
            y = year_before(d, s, c[n]);
    return y;
}

/* The relative word ("who", "which", "that") whose clause the trigger
 * stands in, or SIZE_MAX: "the truck that killed 86 people", "who carried
 * out the attack". */
static size_t relative_word(const x_doc *d, const xsent *s, const trig *tg)
{
    size_t m = SIZE_MAX;
    for (size_t k = tg->t0;
         k > s->tok0 && tg->t0 - k < 8 && m == SIZE_MAX && !is_punct_c(d, k - 1, ','); k--)
        /* "who carried out an attack was arrested": "was" after no
         * relative word is the main clause's verb */
        if (k - 1 > s->tok0 && (x_tok_is(d, k - 1, "was") || x_tok_is(d, k - 1, "were")) &&
            !x_tok_is(d, k - 2, "who") && !x_tok_is(d, k - 2, "which") &&
            !x_tok_is(d, k - 2, "that"))
            break;
        else if (x_tok_is(d, k - 1, "who") || x_tok_is(d, k - 1, "which") ||
                 /* "the truck that killed 86 people" */
                 (k == tg->t0 && k - 1 > s->tok0 && x_tok_is(d, k - 1, "that") &&
                  (x_tok(d, k - 2)->xflags & XT_LOWER) && !x_report_verb(d, k - 2)))
            m = k - 1;
    return m;
}

/* "the suicide bomber who killed a guard at the embassy on Feb. 1, 2013":
 * the date of a relative clause (which the sentence's date leaves out) is
 * the date of the event whose trigger stands in that clause. */
/* relative_word, kept in *rw (RW_UNKNOWN: not asked yet). */
#define RW_UNKNOWN (SIZE_MAX - 1)

static size_t relative_word_once(const x_doc *d, const xsent *s, const trig *tg, size_t *rw)
{
    if (*rw == RW_UNKNOWN)
        *rw = relative_word(d, s, tg);
    return *rw;
}

static bool relative_date(const x_doc *d, const xsent *s, const trig *tg, size_t *rw,
                          fnr_date_span *out)
{
    if (!s->may_date)
        return false;
    size_t m = relative_word_once(d, s, tg, rw);
    if (m == SIZE_MAX)
        return false;
    const char *text = d->doc.text + s->start;
    size_t len = s->end - s->start, toff = x_tok(d, tg->t0)->start - s->start,
           moff = x_tok(d, m)->start - s->start;
    if (!fnr_date_scan_first_from(text, len, moff, &d->doc.date, 4, out) ||
        out->start.prec == FNR_DATE_NONE || out->start_off < moff ||
        memchr(text + moff, ',', out->start_off - moff) || year_of_a_name(text, len, out))
        return false;
    /* "who carried out the July 2016 attack": the relative's, before its
     * trigger; "who attacked police was arrested on Tuesday": the main
     * clause's, after its verb */
    if (out->start_off < toff)
        return true;
    static const char *const MAIN[] = { " was ", " were ", " has been ", " have been ",
                                        " had been " };
    for (size_t e = toff; e < out->start_off; e++)
        for (size_t i = 0; text[e] == ' ' && i < sizeof MAIN / sizeof *MAIN; i++)
            if (e + strlen(MAIN[i]) <= len && memcmp(text + e, MAIN[i], strlen(MAIN[i])) == 0)
                return false;
    return true;
}

/* The date, finer than a year, whose year right before the trigger at t0
 * names the event ("the July 15, 2016 coup attempt", "the July 2016
 * attack"); false if none. */
static bool date_naming(const x_doc *d, const xsent *s, size_t t0, fnr_date_span *out)
{
    size_t y = t0;
    while (y > s->tok0 && t0 - y < 4 && x_tok(d, y - 1)->kind != FNR_TOK_NUMBER)
        y--;
    if (y <= s->tok0 || t0 - y >= 4 || y - 1 < s->tok0 + 2)
        return false;
    /* ("the July 2016 attack was arrested": the attack's, not the arrest's) */
    for (size_t k = y; k < t0; k++)
        if (x_tok(d, k)->kind != FNR_TOK_WORD || (x_tok(d, k)->tflags & FNR_TF_CAP) ||
            (x_tok(d, k)->xflags & (XT_STOP | XT_TRIGGER)))
            return false;
    bool comma = is_punct_c(d, y - 2, ',');
    const char *text = d->doc.text + s->start;
    size_t len = s->end - s->start, yend = x_tok(d, y - 1)->end - s->start;
    fnr_date_span sp[4];
    size_t n = fnr_date_scan(text, len, &d->doc.date, sp, 4);
    for (size_t k = 0; k < n && k < 4; k++)
        if (sp[k].end_off == yend && !sp[k].is_range &&
            ((comma && sp[k].start.prec == FNR_DATE_DAY) ||
             (sp[k].start.prec != FNR_DATE_NONE && sp[k].start.prec != FNR_DATE_YEAR &&
              year_of_a_name(text, len, &sp[k])))) {
            *out = sp[k];
            return true;
        }
    return false;
}

/* Whether span sp, a day whose year was taken from the report's date,
 * falls more than four months after that date, with *out the day a year
 * earlier: a January report telling of someone "detained weeks after the
 * July 15 raid" tells of last July, as news reports what has happened (a
 * hearing set a few weeks on keeps its year). */
static bool yet_to_come(const x_doc *d, const fnr_date_span *sp, fnr_date *out)
{
    const fnr_date *r = &d->doc.date;
    if (!sp || !sp->is_relative || sp->is_range || sp->start.prec != FNR_DATE_DAY ||
        r->prec != FNR_DATE_DAY || sp->start.year != r->year)
        return false;
    int days = (sp->start.month - r->month) * 31 + sp->start.day - r->day; /* about */
    if (days <= 4 * 31 || !fnr_date_valid(r->year - 1, sp->start.month, sp->start.day))
        return false;
    *out = sp->start;
    out->year--;
    return true;
}

/* "X was captured in Istanbul and sentenced to life in 2020": each of two
 * verbs joined by "and", with words of the first's own between them, takes
 * the date of its own part. True when trigger tg is one of them, with
 * *out its date (start.prec NONE: its part states none); false when the
 * sentence's date sp stands for it. */
static bool coordinated_date(const x_doc *d, const xsent *s, const trig *tg,
                             const fnr_date_span *sp, fnr_date_span *out)
{
    const char *text = d->doc.text + s->start;
    size_t len = s->end - s->start;
    memset(out, 0, sizeof *out);
    /* "X was captured in Greece in 2023 and extradited, while Y was caught
     * in Istanbul in 2024": a part after ", while" (", whereas", ";")
     * tells another deed, and the date told in one part is not the
     * other's (one told before the sentence's first trigger frames all) */
    /* "A foreign service tipped off the police in early December, and
     * police arrested the three on Dec. 6, 2023": a part after ", and"
     * that states its own date is dated by it, not by the first part's */
    /* (", leading to the arrest of four people in April", ", resulting
     * in the capture of ...": the same) */
    for (size_t q = tg->t0; q > s->tok0 + 2 && tg->t0 - q < 12; q--) {
        bool led = q > s->tok0 + 3 && is_punct_c(d, q - 3, ',') &&
                   ((x_tok_is(d, q - 1, "to") &&
                     (x_tok_is(d, q - 2, "leading") || x_tok_is(d, q - 2, "led"))) ||
                    (x_tok_is(d, q - 1, "in") && x_tok_is(d, q - 2, "resulting")));
        if (!led && (!x_tok_is(d, q - 1, "and") || !is_punct_c(d, q - 2, ',')))
            continue;
        size_t and_off = x_tok(d, q - 1)->start - s->start;
        if (sp->start_off < and_off &&
            fnr_date_scan_first_from(text, len, and_off, &d->doc.date, 4, out) &&
            out->start_off > and_off)
            return true;
        memset(out, 0, sizeof *out);
        break;
    }
    size_t cl = s->tok0, ce = s->tok1;
    for (size_t q = s->tok0 + 1; q + 1 < s->tok1; q++) {
        if (!is_punct_c(d, q, ';') && !(is_punct_c(d, q, ',') && (x_tok_is(d, q + 1, "while") ||
                                                                  x_tok_is(d, q + 1, "whereas"))))
            continue;
        if (q < tg->t0) {
            cl = q + 1;
        } else if (q >= tg->t1) {
            ce = q;
            break;
        }
    }
    if (cl > s->tok0 || ce < s->tok1) {
        size_t cl_off = x_tok(d, cl)->start - s->start;
        size_t ce_off = ce < s->tok1 ? x_tok(d, ce)->start - s->start : len;
        size_t ft = first_trigger_off(d, s);
        if ((sp->start_off < cl_off && ft != SIZE_MAX && sp->start_off > ft) ||
            sp->start_off >= ce_off) {
            if (!fnr_date_scan_first_from(text, ce_off, cl_off, &d->doc.date, 4, out))
                memset(out, 0, sizeof *out);
            return true;
        }
        len = ce_off;
    }
    /* "had joined the group in 2004 and was involved in planning attacks":
     * the date of a first verb of no event is that verb's, and the
     * trigger's part after "and" and its auxiliary has only its own */
    for (size_t q = tg->t0; q > s->tok0 + 2 && tg->t0 - q < 6; q--) {
        if (!(x_tok(d, q - 1)->xflags & XT_LOWER))
            break;
        if (!x_tok_is(d, q - 1, "and"))
            continue;
        if (!(x_tok_is(d, q, "was") || x_tok_is(d, q, "were") || x_tok_is(d, q, "had") ||
              x_tok_is(d, q, "has") || x_tok_is(d, q, "is") || x_tok_is(d, q, "are")))
            break;
        size_t and_off = x_tok(d, q - 1)->start - s->start;
        if (sp->start_off >= and_off)
            break;
        bool verb = false; /* the first part's own verb, no trigger */
        for (size_t v = q - 1; v > s->tok0 && q - v < 12 && !verb; v--) {
            const xtok *w = x_tok(d, v - 1);
            if (is_punct_c(d, v - 1, ',') || is_punct_c(d, v - 1, ';') ||
                tok_event_type(d, v - 1) != 0)
                break;
            verb = (w->xflags & XT_LOWER) && w->key_len > 4 &&
                   memcmp(w->key + w->key_len - 2, "ed", 2) == 0 &&
                   x_tok(d, v - 1)->start - s->start < sp->start_off;
        }
        if (!verb)
            break;
        fnr_date_scan_first_from(text, len, and_off, &d->doc.date, 4, out);
        return true;
    }
    /* the second verb: "and (later) sentenced" after a first one */
    size_t k = tg->t0;
    if (k > s->tok0 + 1 && x_tok_is(d, k - 1, "later"))
        k--;
    if (k > s->tok0 + 2 && x_tok_is(d, k - 1, "and") && !is_punct_c(d, k - 2, ',')) {
        bool first = false;
        for (size_t q = k - 2; q > s->tok0 && k - q < 12 && !first; q--)
            first = tok_event_type(d, q - 1) != 0 && q < k - 1;
        if (!first)
            return false;
        size_t from = x_tok(d, tg->t0)->start - s->start;
        if (sp->start_off >= from)
            return false; /* the sentence's first date is its own already */
        if (!fnr_date_scan_first_from(text, len, from, &d->doc.date, 4, out))
            return false; /* none of its own: "detained in May and charged" share it */
        return true;
    }
    /* "joined the group in 2009 and took part in several attacks": the
     * date of a first verb that is no event's is not the second's, whose
     * part may have its own ("... attacks between 2015 and 2016") */
    static const char *const DID[] = { "took",   "carried", "went",  "became", "fought", "made",
                                       "played", "led",     "ran",   "helped", "began",  "got",
                                       "sent",   "held",    "built", NULL };
    for (size_t q = tg->t0; q > s->tok0 + 2 && tg->t0 - q < 8; q--) {
        if (x_tok(d, q - 1)->kind == FNR_TOK_PUNCT)
            break;
        if (!x_tok_is(d, q - 1, "and"))
            continue;
        size_t vq = q;
        /* ("and was involved in planning attacks") */
        if (vq + 1 < tg->t0 && (x_tok_is(d, vq, "was") || x_tok_is(d, vq, "were") ||
                                x_tok_is(d, vq, "had") || x_tok_is(d, vq, "has")))
            vq++;
        const xtok *v = x_tok(d, vq);
        if (vq >= tg->t0 || tok_event_type(d, vq) != 0 || !(v->xflags & XT_LOWER) ||
            !((v->key_len > 4 && memcmp(v->key + v->key_len - 2, "ed", 2) == 0) ||
              x_tok_in(d, vq, DID)))
            break;
        size_t and_off = x_tok(d, q - 1)->start - s->start;
        /* (a date that opens the sentence frames both: "In 2019, he ...") */
        if (sp->start_off >= and_off || sp->start_off <= x_tok(d, s->tok0)->end - s->start + 1)
            break;
        if (!fnr_date_scan_first_from(text, len, and_off, &d->doc.date, 4, out))
            memset(out, 0, sizeof *out);
        return true;
    }
    /* the first verb: its part ends at the "and" of the second */
    for (size_t q = tg->t1 + 1; q + 1 < s->tok1 && q - tg->t1 < 12; q++) {
        if (is_punct_c(d, q, ',') || is_punct_c(d, q, ';'))
            return false;
        if (!x_tok_is(d, q, "and"))
            continue;
        size_t v = q + 1 < s->tok1 && x_tok_is(d, q + 1, "later") ? q + 2 : q + 1;
        /* ("launched Operation A and Operation B in June 2020": a named
         * operation after "and" is no second verb; the date is both's) */
        if (v >= s->tok1 || tok_event_type(d, v) == 0 || (x_tok(d, v)->tflags & FNR_TF_CAP))
            return false;
        size_t and_off = x_tok(d, q)->start - s->start;
        if (sp->start_off < and_off)
            return false; /* its own part states the date */
        /* ("killed 38 militants and arrested 112 suspects in operations
         * in April": the outcomes of one operation share its time; a later
         * step, "captured in Istanbul and sentenced in 2020", does not) */
        unsigned both = (1u << tok_event_type(d, v)) | (1u << tg->type);
        unsigned deeds =
            (1u << FNR_EVENT_KILL) | (1u << FNR_EVENT_ARREST) | (1u << FNR_EVENT_SEIZURE);
        if ((both & deeds) == both && tok_event_type(d, v) != tg->type)
            return false;
        return true; /* the date is the second verb's: none for this one */
    }
    return false;
}

/* "In a separate operation last year, gendarmerie teams detained 14":
 * a sentence that tells a time before the report's in words its unknown
 * date cannot resolve ("last year", "the previous month", "two years
 * ago", "a month earlier") is not dated by the sentences before it, whose time it is not
 * (D-17: such words give a date only with the publication date). ("Earlier
 * this month" and "in recent weeks" fall within the time told before.) */
static bool time_of_its_own(const x_doc *d, const xsent *s)
{
    if (!(s->cues & X_CUE_UNITS))
        return false;
    for (size_t k = s->tok0 + 1; k < s->tok1; k++) {
        if (!x_tok_in(d, k, TIME_UNITS))
            continue;
        if (x_tok_is(d, k - 1, "last") || x_tok_is(d, k - 1, "previous") ||
            (k + 1 < s->tok1 && x_tok_is(d, k + 1, "ago")) ||
            /* ("a month earlier", not "up to 36 years earlier this month") */
            (k + 1 < s->tok1 &&
             (x_tok_is(d, k + 1, "earlier") || x_tok_is(d, k + 1, "later") ||
              x_tok_is(d, k + 1, "before")) &&
             !(k + 2 < s->tok1 && (x_tok_is(d, k + 2, "this") || x_tok_is(d, k + 2, "that") ||
                                   x_tok_is(d, k + 2, "on") || x_tok_is(d, k + 2, "in")))))
            return true;
    }
    return false;
}

/* "The PKK, listed as a terrorist organization by Türkiye and the EU, has
 * ...", "FETÖ, which is designated a terrorist group by ...": a listing
 * told aside of a group's name is a standing state, not a deed of the
 * time told before it. */
static bool listing_aside(const x_doc *d, const xsent *s, const trig *tg)
{
    if (!tg->cameo || strcmp(tg->cameo, "1246") != 0 || tg->t0 < s->tok0 + 2)
        return false;
    size_t k = tg->t0;
    if (x_tok_is(d, k - 1, "is") || x_tok_is(d, k - 1, "was"))
        return k >= s->tok0 + 3 && x_tok_is(d, k - 2, "which") && is_punct_c(d, k - 3, ',');
    return is_punct_c(d, k - 1, ',') && x_tok(d, k - 2)->mention >= 0;
}

/* Whether sentence s tells of "recent months" or "recent weeks" and the
 * report's day is known. */
static bool recent_time(const x_doc *d, const xsent *s)
{
    if (!(s->cues & X_CUE_UNITS) || d->doc.date.prec != FNR_DATE_DAY)
        return false;
    for (size_t k = s->tok0 + 1; k < s->tok1; k++)
        if ((x_tok_is(d, k, "months") || x_tok_is(d, k, "weeks")) && x_tok_is(d, k - 1, "recent"))
            return true;
    return false;
}

/* "Two days later, a fourth suspect was caught", "On the same day,
 * police ...", "the next day", "a week later", "a month later": a time
 * counted from the event told before, not from the report's date. True
 * with the shift in *days or *months (0 and 0: that event's own day). */
static bool later_shift(const x_doc *d, const xsent *s, int *days, int *months)
{
    static const char *const PARTS[] = { "day", "morning", "evening", "night", NULL };
    if (!(s->cues & X_CUE_LATER))
        return false;
    *days = 0;
    *months = 0;
    for (size_t k = s->tok0 + 1; k < s->tok1; k++) {
        /* "the same day", "the next morning", "the following day" */
        if (x_tok_in(d, k, PARTS) && x_tok_is(d, k - 1, "same"))
            return true;
        if (x_tok_in(d, k, PARTS) && k >= s->tok0 + 2 && x_tok_is(d, k - 2, "the") &&
            (x_tok_is(d, k - 1, "next") || x_tok_is(d, k - 1, "following"))) {
            *days = 1;
            return true;
        }
        /* "were caught within hours of the attack", "shortly after the
         * bombing": the day of the deed told before */
        if (k + 2 < s->tok1 && x_tok_is(d, k, "within") &&
            (x_tok_is(d, k + 1, "hours") || x_tok_is(d, k + 1, "minutes")) &&
            x_tok_is(d, k + 2, "of"))
            return true;
        if (k + 2 < s->tok1 && x_tok_is(d, k, "after") && x_tok_is(d, k + 1, "the") &&
            (x_tok_is(d, k - 1, "shortly") || x_tok_is(d, k - 1, "hours") ||
             x_tok_is(d, k - 1, "minutes")) &&
            tok_event_type(d, k + 2) == FNR_EVENT_ATTACK)
            return true;
        /* "two days later", "a day later", "hours later", "a week later" */
        if (!x_tok_is(d, k, "later"))
            continue;
        if (x_tok_is(d, k - 1, "hours") || x_tok_is(d, k - 1, "minutes") ||
            x_tok_is(d, k - 1, "hour"))
            return true;
        long n = k < s->tok0 + 2                                        ? -1
                 : x_tok_is(d, k - 2, "a") || x_tok_is(d, k - 2, "one") ? 1
                                                                        : token_number(d, k - 2);
        if (n < 1 || n > 31)
            continue;
        if (x_tok_is(d, k - 1, "day") || x_tok_is(d, k - 1, "days"))
            *days = (int)n;
        else if (x_tok_is(d, k - 1, "week") || x_tok_is(d, k - 1, "weeks"))
            *days = (int)n * 7;
        else if ((x_tok_is(d, k - 1, "month") || x_tok_is(d, k - 1, "months")) && n <= 11)
            *months = (int)n;
        else
            continue;
        return true;
    }
    return false;
}

/* The date that later_shift counts from, for sentence si, in *out: that
 * of the nearest sentence before it that states one or tells an event
 * (up to four back, within its section), else that of the last event
 * told; false when there is none. */
static bool date_before(x_doc *d, size_t si, fnr_date *out)
{
    size_t e = d->events.len;
    for (size_t j = si; j-- > 0 && si - j <= 4 && !x_sent(d, j)->heading;) {
        const xsent *s = x_sent(d, j);
        const fnr_date_span *sp = sentence_date(d, j);
        if (sp && !trailing_relative(d->doc.text + s->start, sp->start_off) &&
            !date_of_state(d->doc.text + s->start, sp->start_off)) {
            if (!yet_to_come(d, sp, out))
                *out = sp->start;
            return true;
        }
        while (e > 0 && FNR_VEC_AT(&d->events, fnr_event, e - 1).sentence > j)
            e--;
        if (e > 0 && FNR_VEC_AT(&d->events, fnr_event, e - 1).sentence == j)
            break;
    }
    while (e > 0 && FNR_VEC_AT(&d->events, fnr_event, e - 1).sentence >= si)
        e--;
    if (e == 0)
        return false;
    const char *t = FNR_VEC_AT(&d->events, fnr_event, e - 1).date;
    size_t n = strlen(t);
    if (n != 4 && n != 7 && n != 10)
        return false;
    memset(out, 0, sizeof *out);
    out->year = atoi(t);
    out->month = n >= 7 ? atoi(t + 5) : 0;
    out->day = n == 10 ? atoi(t + 8) : 0;
    out->prec = n == 10 ? FNR_DATE_DAY : n == 7 ? FNR_DATE_MONTH : FNR_DATE_YEAR;
    return out->year > 0;
}

/* date base moved on by later_shift's days or months: a day stays a
 * day; a month moved by days stays that month (the day is not known), and
 * by months becomes the later month; a year stays the year. */
static fnr_date date_shifted(fnr_date base, int days, int months)
{
    if (base.prec == FNR_DATE_DAY) {
        for (int i = 0; i < days; i++)
            if (!fnr_date_valid(base.year, base.month, ++base.day)) {
                base.day = 1;
                if (++base.month > 12) {
                    base.month = 1;
                    base.year++;
                }
            }
    }
    if (months && base.prec >= FNR_DATE_MONTH) {
        base.month += months;
        if (base.month > 12) {
            base.month -= 12;
            base.year++;
        }
        base.day = 0;
        base.prec = FNR_DATE_MONTH;
    }
    return base;
}

static fnr_status add_event(x_doc *d, size_t si, const trig *tg, fnr_event_type type,
                            const participants *p, int loc, long count)
{
    const xsent *s = x_sent(d, si);
    fnr_event ev = { 0 };
    ev.type = type;
    ev.cameo = tg->cameo;
    ev.location = loc;
    ev.count = count;
    ev.sentence = (uint32_t)si;
    ev.start = s->start;
    ev.end = s->end;
    ev.trigger_start = x_tok(d, tg->t0)->start;
    ev.trigger_end = x_tok(d, tg->t1 - 1)->end;
    ev.rule = tg->rule;
    ev.n_actors = p->n_actors;
    ev.n_targets = p->n_targets;
    /* (one allocation holds both lists, each with room for one more) */
    ev.actors = fnr_arena_alloc(d->arena, (p->n_actors + 1 + p->n_targets + 1) * sizeof(int));
    if (!ev.actors)
        return FNR_NOMEM;
    ev.targets = ev.actors + p->n_actors + 1;
    memcpy(ev.actors, p->actors, p->n_actors * sizeof(int));
    memcpy(ev.targets, p->targets, p->n_targets * sizeof(int));
    double conf = 0.55;
    if (p->n_actors)
        conf += 0.15;
    if (p->n_targets)
        conf += 0.15;
    if (tg->t1 - tg->t0 > 1)
        conf += 0.05;
    ev.confidence = conf > 0.95 ? 0.95 : conf;
    /* the date: the year that names the event ("a 2022 attack"), else
     * the sentence's, else carried */
    const fnr_date *dt = NULL;
    const fnr_date_span *sp = sentence_date(d, si);
    fnr_date carried, own = { 0 };
    fnr_date_span rel, full;
    bool named = s->may_date && date_naming(d, s, tg->t0, &full);
    long year = named ? -1 : event_year(d, s, tg, type);
    size_t rw = RW_UNKNOWN; /* relative_word, once asked */
    int shift_days, shift_months;
    if (named) {
        /* "the July 15, 2016 coup attempt", "the July 2016 attack": the
         * whole date names it */
        own = full.start;
        dt = &own;
    } else if (year >= 1900 && year <= 2099) {
        own.year = (int)year;
        own.prec = FNR_DATE_YEAR;
        dt = &own;
    } else if (sp && (type == FNR_EVENT_PLOT || type == FNR_EVENT_ATTACK) &&
               crime_own_date(d, s, tg, sp, &rel)) {
        /* "were convicted in June of planning an attack on the parade in
         * 2023": the crime's date is the one told after it, the first the
         * court's */
        dt = &rel.start;
    } else if (sp && (type == FNR_EVENT_PLOT || type == FNR_EVENT_ATTACK) &&
               sp->start_off < x_tok(d, tg->t0)->start - s->start &&
               step_before(d, s->tok0, tg->t0, type == FNR_EVENT_ATTACK)) {
        /* "A court on Wednesday convicted three men of preparing an
         * attack": the court's day, not the plot's, which has none; "police
         * arrested four men on Thursday over a series of arson attacks":
         * the arrest's, not the attacks' (a plot stopped by the arrest may
         * be of its day) */
        dt = NULL;
    } else if (sp && type == FNR_EVENT_INTEL_SHARING && p->told > tg->t1 && p->told < s->tok1 &&
               x_tok_is(d, p->told, "that") &&
               sp->start_off >= x_tok(d, p->told)->start - s->start) {
        /* "Germany notified Türkiye that the man had travelled to Syria
         * in 2014": the date of what was told, not of the telling */
        dt = NULL;
    } else if (relative_date(d, s, tg, &rw, &rel)) {
        dt = &rel.start; /* before the sentence's, which leaves a relative's out */
    } else if (sp && coordinated_date(d, s, tg, sp, &rel)) {
        dt = rel.start.prec != FNR_DATE_NONE ? &rel.start : NULL;
    } else if (sp && (type == FNR_EVENT_LEGAL_ACTION || type == FNR_EVENT_ARREST) &&
               date_of_later_crime(d, s, sp)) {
        carried = carried_date(d, si);
        if (carried.prec != FNR_DATE_NONE)
            dt = &carried;
    } else if (sp) {
        /* "The court on Tuesday sentenced members of a cell that planned
         * attacks": the main clause's date, not that of the crime a
         * relative tells (one opening the sentence frames it all) */
        size_t m = type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT || type == FNR_EVENT_KILL
                       ? relative_word_once(d, s, tg, &rw)
                       : SIZE_MAX;
        /* ... nor, for a court's step, that of the offence it was for */
        size_t o = offence_at(d, type, tg->t1, s->tok1);
        /* ... nor, for the crime a charge was for, the date of the
         * reporting clause that ends the sentence ("charged a man with an
         * arson attack ..., the minister said on Tuesday"): the charge's */
        size_t told = (type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT) &&
                              step_before(d, s->tok0, tg->t0, true)
                          ? reporting_clause(d, tg->t1, s->tok1)
                          : s->tok1;
        bool charge_told = told < s->tok1 && sp->start_off >= x_tok(d, told)->start - s->start;
        if (!charge_told && (m == SIZE_MAX || sp->start_off > x_tok(d, m)->start - s->start) &&
            (o == SIZE_MAX || sp->start_off < x_tok(d, o)->start - s->start || sp->is_relative ||
             sp->start.prec == FNR_DATE_DAY))
            dt = &sp->start;
        else if (!charge_told && framing_date(d, si, sp))
            dt = &sp->start;
    } else if (recent_time(d, s)) {
        /* "In recent months, X had been planning attacks": the report's
         * month (D-17), not a date carried from another year */
        carried = d->doc.date;
        carried.day = 0;
        carried.prec = FNR_DATE_MONTH;
        dt = &carried;
    } else if (later_shift(d, s, &shift_days, &shift_months) && date_before(d, si, &carried)) {
        carried = date_shifted(carried, shift_days, shift_months);
        dt = &carried;
    } else if (!time_of_its_own(d, s) && !listing_aside(d, s, tg)) {
        carried = carried_date(d, si);
        if (carried.prec != FNR_DATE_NONE)
            dt = &carried;
    }
    /* "was arrested a day ago": the day before the report's (the date
     * scanner reads "three days ago"; "a" opens no date there) */
    fnr_date ago;
    for (size_t k = tg->t1; !dt && d->doc.date.prec == FNR_DATE_DAY && k < s->tok1 &&
                            k - tg->t1 < 8 && !is_punct_c(d, k, ',');
         k++) {
        if (!x_tok_is(d, k, "ago") || k < s->tok0 + 2 || !x_tok_is(d, k - 1, "day") ||
            !x_tok_is(d, k - 2, "a"))
            continue;
        ago = d->doc.date;
        if (--ago.day < 1) {
            if (--ago.month < 1) {
                ago.month = 12;
                ago.year--;
            }
            ago.day = 31;
            while (ago.day > 28 && !fnr_date_valid(ago.year, ago.month, ago.day))
                ago.day--;
        }
        dt = &ago;
    }
    fnr_date past;
    const fnr_date_span *from = dt == &own && own.prec == FNR_DATE_DAY ? &full
                                : dt == &rel.start                     ? &rel
                                : sp && dt == &sp->start               ? sp
                                                                       : NULL;
    if (from && yet_to_come(d, from, &past))
        dt = &past;
    /* "is due to stand trial in November", "will be sentenced in March":
     * a month the sentence puts ahead is the next of its name, not the
     * last ("last November" stays) */
    bool ahead = false;
    for (size_t k = tg->t0;
         from && from->is_relative && k > s->tok0 + 1 && tg->t0 - k < 4 && !ahead; k--)
        ahead = x_tok_is(d, k - 1, "will") ||
                (x_tok_is(d, k - 1, "to") &&
                 (x_tok_is(d, k - 2, "due") || x_tok_is(d, k - 2, "scheduled") ||
                  x_tok_is(d, k - 2, "expected") || x_tok_is(d, k - 2, "set")));
    fnr_date next;
    if (ahead && from && dt == &from->start && from->is_relative && !from->is_range &&
        d->doc.date.prec == FNR_DATE_DAY && dt->prec >= FNR_DATE_MONTH &&
        (dt->year < d->doc.date.year ||
         (dt->year == d->doc.date.year && dt->month < d->doc.date.month)) &&
        dt->year + 1 >= d->doc.date.year &&
        !(from->start_off + 5 <= s->end - s->start &&
          memcmp(d->doc.text + s->start + from->start_off, "last ", 5) == 0)) {
        next = *dt;
        next.year++;
        dt = &next;
    }
    /* "the July 15 coup attempt" in a report of another year: the day
     * names Türkiye's coup attempt of 2016 (GUIDELINES D-9), not one in
     * the report's year */
    fnr_date coup;
    if (from && dt && from->is_relative && dt->prec == FNR_DATE_DAY && dt->month == 7 &&
        dt->day == 15 && type == FNR_EVENT_ATTACK && x_tok_is(d, tg->t0, "coup") &&
        from->end_off < x_tok(d, tg->t0)->start - s->start &&
        from->end_off + 2 >= x_tok(d, tg->t0)->start - s->start) {
        coup = *dt;
        coup.year = 2016;
        dt = &coup;
    }
    if (dt) {
        fnr_date_format(dt, ev.date);
        ev.precision = fnr_date_prec_name(dt->prec);
        if (sp && sp->is_range) {
            fnr_date_format(&sp->end, ev.date_end);
            ev.precision = "range";
        }
    }
    return FNR_VEC_PUSH(&d->events, fnr_event, ev);
}

static bool same_targets(const fnr_event *a, const participants *p)
{
    if (a->n_targets == 0 || p->n_targets == 0)
        return false;
    for (size_t i = 0; i < p->n_targets; i++)
        if (!contains(a->targets, a->n_targets, p->targets[i]))
            return false;
    return true;
}

/* Persons named as the ones acted on, not those in an "of X" aside
 * ("an associate of Emzawi"): the last place a person's name starts tells. */
static size_t named_persons(const x_doc *d, const sent_facts *f, const participants *p)
{
    size_t n = 0;
    for (size_t q = 0; q < p->n_targets; q++) {
        int e = p->targets[q];
        if (d->ents[e].type != FNR_ENTITY_PERSON)
            continue;
        bool aside = false;
        for (size_t o = 0; o < f->occs.len; o++) {
            const occ *oc = &FNR_VEC_AT(&f->occs, occ, o);
            if (oc->ent == e && oc->ent_start)
                aside = aside || oc->aside; /* already in the count (its code name later too) */
        }
        if (!aside)
            n++;
    }
    return n;
}

/* "detained a 26-year-old Belgian citizen": one person. */
/* Whether the word at token k and an "s" make a noun of persons: "a
 * worshipper", "a soldier", "a police officer" are one of them. */
static bool plural_is_persons(const x_doc *d, size_t k)
{
    const xtok *t = x_tok(d, k);
    char key[32];
    if (t->kind != FNR_TOK_WORD || t->key_len + 1 > sizeof key || t->key_len < 3)
        return false;
    memcpy(key, t->key, t->key_len);
    key[t->key_len] = 's';
    const fnr_lex_key *lk = fnr_lexicon_lookup(d->x->lex, key, t->key_len + 1);
    return lk && (lk->tags & (1u << W_PERSON_NOUNS));
}

/* "arrested a Russian woman and her Greek partner", "detained a man and a
 * woman": one more person after the one the trigger took (1), or 0. */
static long one_and_another(const x_doc *d, const xsent *s, const trig *tg)
{
    size_t k = tg->t1;
    if (k >= s->tok1 || !(x_tok_is(d, k, "a") || x_tok_is(d, k, "an")))
        return 0;
    for (k++; k < s->tok1 && k - tg->t1 < 6; k++) {
        if (x_tok_entity(d, k) >= 0 || x_tok(d, k)->kind != FNR_TOK_WORD)
            return 0;
        if (!one_person_word(d, k) || (k + 1 < s->tok1 && one_person_word(d, k + 1)))
            continue; /* ("a Russian woman": the noun after the demonym) */
        if (k + 3 >= s->tok1 || !x_tok_is(d, k + 1, "and") ||
            !(x_tok_is(d, k + 2, "a") || x_tok_is(d, k + 2, "an") || x_tok_is(d, k + 2, "her") ||
              x_tok_is(d, k + 2, "his")))
            return 0;
        for (size_t q = k + 3; q < s->tok1 && q - k < 6; q++) {
            if (x_tok_entity(d, q) >= 0 || x_tok(d, q)->kind != FNR_TOK_WORD)
                return 0;
            if (one_person_word(d, q) || x_tok_is(d, q, "partner") || x_tok_is(d, q, "wife") ||
                x_tok_is(d, q, "husband") || x_tok_is(d, q, "son") || x_tok_is(d, q, "brother"))
                return 1;
        }
        return 0;
    }
    return 0;
}

static bool one_person(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const GROUP_NOUNS[] = { "group",   "organization", "organisation",  "cell",
                                               "network", "ring",         "organizations", NULL };
    for (size_t i = tg->t1; i < s->tok1 && i - tg->t1 < 2; i++) {
        /* ("detained another Azerbaijani man") */
        if (!(x_tok_is(d, i, "a") || x_tok_is(d, i, "an") || x_tok_is(d, i, "another")))
            continue;
        for (size_t k = i + 1; k < s->tok1 && k - i < 8; k++) {
            if ((tok_class(d, k, W_ONE_PERSON_NOUNS) || plural_is_persons(d, k)) &&
                !(k + 1 < s->tok1 && x_tok_in(d, k + 1, GROUP_NOUNS)))
                return true; /* ("a terrorist group": no person) */
            if (x_tok_is(d, k, "of") || x_tok_is(d, k, "in") || is_punct_c(d, k, ','))
                break;
        }
    }
    /* "a fifth suspect had been arrested", "a Syrian man was detained":
     * the subject of the passive */
    size_t k = tg->t0;
    while (
        k > s->tok0 && tg->t0 - k < 3 &&
        (tok_class(d, k - 1, W_BE_WORDS) || x_tok_is(d, k - 1, "had") || x_tok_is(d, k - 1, "has")))
        k--;
    if (k == tg->t0 || k <= s->tok0 + 1 || !tok_class(d, k - 1, W_ONE_PERSON_NOUNS))
        return false;
    /* ("A 25-year-old man has been charged": past an age) */
    for (size_t q = k - 1; q > s->tok0 && k - q < 9; q--) {
        if (x_tok_is(d, q - 1, "a") || x_tok_is(d, q - 1, "an") || x_tok_is(d, q - 1, "another"))
            return true;
        const xtok *w = x_tok(d, q - 1);
        /* ("A suspected FETÖ member was extradited": the group names
         * whose member, one person still) */
        int g = w->mention >= 0 ? x_tok_entity(d, q - 1) : -1;
        if (g >= 0 && is_militant(d, g))
            continue;
        if ((!(w->xflags & (XT_LOWER | XT_DEMONYM)) && w->kind != FNR_TOK_NUMBER &&
             !is_punct_c(d, q - 1, '-')) ||
            w->mention >= 0)
            return false;
    }
    return false;
}

/* "arrested an Israeli couple from Haifa", "detained a British pair": two,
 * told as one pair right after the verb. */
static bool a_couple(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const PAIRS[] = { "couple", "pair", "duo", NULL };
    size_t i = tg->t1;
    if (i >= s->tok1 || !(x_tok_is(d, i, "a") || x_tok_is(d, i, "an")))
        return false;
    for (size_t k = i + 1; k < s->tok1 && k - i < 4; k++) {
        if (x_tok_in(d, k, PAIRS))
            return !(k + 1 < s->tok1 && x_tok_is(d, k + 1, "of"));
        if (!(x_tok(d, k)->xflags & (XT_LOWER | XT_DEMONYM)))
            return false;
    }
    return false;
}

/* The place a report was filed from: the first words of one of its first
 * three sentences under the title ("LONDON, March 7 (Reuters) -",
 * "Mogadishu -"), or a line of its own holding one place in capitals
 * ("ANKARA"). -1 when there is none. */
static int dateline_place(const x_doc *d)
{
    for (size_t si = 0, seen = 0; si < d->sents.len && seen < 3; si++) {
        const xsent *s = x_sent(d, si);
        int e = x_tok_entity(d, s->tok0);
        bool place = e >= 0 && d->ents[e].type == FNR_ENTITY_LOCATION;
        bool alone = place && (x_tok(d, s->tok0)->tflags & FNR_TF_UPPER) &&
                     after_mention(d, s->tok0, s->tok1) == s->tok1;
        if (s->heading && !alone)
            continue; /* the title; a line "ANKARA" may read as a heading */
        seen++;
        if (alone || (place && dateline_at(d, s->tok0, s->tok1)))
            return e;
    }
    return -1;
}

/* The country a report names most (at least twice, more than any other),
 * or -1. */
static int dominant_country(const x_doc *d)
{
    int best = -1;
    size_t second = 0;
    for (size_t e = 0; e < d->n_ents; e++) {
        const fnr_entity *en = &d->ents[e];
        if (en->type != FNR_ENTITY_LOCATION || !kind_is(d, en, K_COUNTRY))
            continue;
        if (best < 0 || en->n_mentions > d->ents[best].n_mentions) {
            second = best < 0 ? 0 : d->ents[best].n_mentions;
            best = (int)e;
        } else if (en->n_mentions > second) {
            second = en->n_mentions;
        }
    }
    return best >= 0 && d->ents[best].n_mentions >= 2 && d->ents[best].n_mentions > second ? best
                                                                                           : -1;
}

static bool state_body(const x_doc *d, const fnr_entity *en)
{
    unsigned k = (unsigned)(d->ent_bits[en - d->ents] >> EK_KIND_SHIFT);
    return k == K_GOVERNMENT || k == K_POLICE || k == K_COURT || k == K_INTELLIGENCE_SERVICE ||
           k == K_ARMED_FORCES;
}

/* The one country the places of a body's first sentence name, or those of
 * the sentence before it in its paragraph ("In neighbouring Kenya, police
 * arrested four men in Mombasa. ..., the Anti-Terror Police Unit said"):
 * where a police force or court the dictionary does not know serves. NULL
 * when none, or several (a state's body counts: "MİT found him in Berlin"). */
static const char *local_country(const x_doc *d, int e)
{
    size_t first = SIZE_MAX;
    for (size_t m = 0; m < d->mentions.len && first == SIZE_MAX; m++)
        if (x_men(d, m)->entity == e)
            first = m;
    if (first == SIZE_MAX)
        return NULL;
    size_t si = x_men(d, first)->sentence;
    for (int pass = 0; pass < 2; pass++) {
        const char *found = NULL;
        bool several = false, country = false;
        for (size_t m = 0; m < d->mentions.len; m++) {
            const xmention *xm = x_men(d, m);
            if (xm->sentence != si || xm->entity < 0)
                continue;
            const fnr_entity *pl = &d->ents[xm->entity];
            /* a place, or a state's body ("MİT identified him in Berlin")
             * tells whose */
            if (!pl->country[0] || (pl->type != FNR_ENTITY_LOCATION && !state_body(d, pl)))
                continue;
            if (found && strcmp(found, pl->country) != 0)
                several = true;
            found = pl->country;
            /* ("In neighbouring Kenya, police ...": the sentence before
             * opens in the country) */
            const xsent *se = x_sent(d, si);
            country = country || (kind_is(d, pl, K_COUNTRY) && x_tok_is(d, se->tok0, "in") &&
                                  xm->tok0 <= se->tok0 + 2);
        }
        if (several)
            return NULL;
        /* (the sentence before counts when it opens in the country) */
        if (found || x_sent(d, si)->para_start || si == 0)
            return pass == 0 || country ? found : NULL;
        si--;
    }
    return NULL;
}

/*
 * "the Interior Ministry", "the Gendarmerie", "the Foreign Ministry":
 * bodies every state has are those of the country of the report's
 * dateline, else of the state whose bodies it names most ("Turkish
 * police", "MIT", "the Diyarbakır prosecutor's office"), else of the
 * country it names most; none when nothing stands out.
 */
static void home_bodies(x_doc *d)
{
    bool any = false;
    for (size_t e = 0; e < d->n_ents && !any; e++)
        any = d->ents[e].type == FNR_ENTITY_ORGANIZATION && !d->ents[e].country[0] &&
              state_body(d, &d->ents[e]);
    if (!any)
        return;
    const char *home = NULL;
    if (d->dateline_loc >= 0 && d->ents[d->dateline_loc].country[0])
        home = d->ents[d->dateline_loc].country;
    if (!home) {
        /* the mentions of the bodies of each country named (the first 8) */
        const char *cc[8];
        size_t n[8] = { 0 }, n_cc = 0;
        for (size_t e = 0; e < d->n_ents; e++) {
            const fnr_entity *en = &d->ents[e];
            if (en->type != FNR_ENTITY_ORGANIZATION || !en->country[0] || !state_body(d, en))
                continue;
            size_t k = 0;
            while (k < n_cc && strcmp(cc[k], en->country) != 0)
                k++;
            if (k == n_cc && n_cc < 8)
                cc[n_cc++] = en->country;
            if (k < n_cc)
                n[k] += en->n_mentions;
        }
        size_t best = 0, second = 0;
        for (size_t k = 0; k < n_cc; k++)
            if (n[k] > best) {
                second = best;
                best = n[k];
                home = cc[k];
            } else if (n[k] > second) {
                second = n[k];
            }
        if (best == second)
            home = NULL; /* a tie names no home */
    }
    if (!home) {
        int c = d->main_country;
        home = c >= 0 && d->ents[c].country[0] ? d->ents[c].country : NULL;
    }
    if (!home)
        return;
    char cc[sizeof d->ents[0].country];
    memcpy(cc, home, sizeof cc);
    for (size_t e = 0; e < d->n_ents; e++) {
        fnr_entity *en = &d->ents[e];
        if (en->type == FNR_ENTITY_ORGANIZATION && !en->country[0] && state_body(d, en)) {
            const char *near =
                en->kind && (strcmp(en->kind, "police") == 0 || strcmp(en->kind, "court") == 0)
                    ? local_country(d, (int)e)
                    : NULL;
            memcpy(en->country, near ? near : cc, sizeof cc);
        }
    }
}

/*
 * Where an event happened when its sentence names no place: a country that
 * acts ("Turkey declared it had detained"), else the place of the
 * event before it in the paragraph, else the country the report names most
 * (at least twice). The event is marked as placed from context.
 */
/* Whether entity e is named in sentence si by a demonym and a noun
 * ("French police"). */
static bool named_by_demonym(const x_doc *d, size_t si, int e)
{
    const xsent *s = x_sent(d, si);
    for (size_t k = s->tok0; k < s->tok1; k++)
        if (x_tok_entity(d, k) == e && (k == s->tok0 || x_tok_entity(d, k - 1) != e))
            return (x_tok(d, k)->xflags & XT_DEMONYM) != 0;
    return false;
}

/* Whether two sentences' dates tell another time: another year, or
 * another month or day where both say one. */
static bool other_time(const fnr_date_span *a, const fnr_date_span *b)
{
    if (!a || !b || a->start.prec == FNR_DATE_NONE || b->start.prec == FNR_DATE_NONE)
        return false;
    return a->start.year != b->start.year ||
           (a->start.month && b->start.month && a->start.month != b->start.month) ||
           (a->start.day && b->start.day && a->start.day != b->start.day);
}

/* Whether sentence si points back to a raid or a suspect told before:
 * "the suspect's address", "the searches", "the raids", "his home". */
static bool points_to_raid(const x_doc *d, size_t si)
{
    const xsent *s = x_sent(d, si);
    for (size_t k = s->tok0; k + 1 < s->tok1; k++) {
        if (!(x_tok_is(d, k, "the") || x_tok_is(d, k, "his") || x_tok_is(d, k, "her") ||
              x_tok_is(d, k, "their")))
            continue;
        size_t n = k + 1;
        if (x_tok_is(d, n, "suspect") || x_tok_is(d, n, "suspects") || x_tok_is(d, n, "raid") ||
            x_tok_is(d, n, "raids") || x_tok_is(d, n, "searches") || x_tok_is(d, n, "search") ||
            x_tok_is(d, n, "operation") || x_tok_is(d, n, "home") || x_tok_is(d, n, "homes") ||
            x_tok_is(d, n, "house") || x_tok_is(d, n, "address") || x_tok_is(d, n, "addresses"))
            return true;
    }
    return false;
}

/* Whether sentence si says "at the scene". */
static bool at_the_scene(const x_doc *d, size_t si)
{
    const xsent *s = x_sent(d, si);
    for (size_t k = s->tok0; k + 2 < s->tok1; k++)
        if (x_tok_is(d, k, "at") && x_tok_is(d, k + 1, "the") && x_tok_is(d, k + 2, "scene"))
            return true;
    return false;
}

static int context_location(x_doc *d, size_t si, fnr_event_type type, const participants *p)
{
    /* a warning or a tip passed between services is placed only by its
     * own sentence, not by the report's country or the event before */
    if (type == FNR_EVENT_INTEL_SHARING)
        return -1;
    /* a state detains or tries at home; it spies, warns or plots abroad */
    bool at_home = type == FNR_EVENT_ARREST || type == FNR_EVENT_LEGAL_ACTION ||
                   type == FNR_EVENT_KILL || type == FNR_EVENT_SEIZURE;
    for (size_t k = 0; at_home && k < p->n_actors; k++)
        if (d->ents[p->actors[k]].type == FNR_ENTITY_LOCATION)
            return p->actors[k];
    /* ("Jordan's General Intelligence Department arrested five men": the
     * state that owns the body acting detains at home) */
    const xsent *hs = x_sent(d, si);
    for (size_t k = hs->tok0; at_home && type != FNR_EVENT_KILL && k < hs->tok1; k++) {
        int c = x_tok_entity(d, k);
        if (c < 0 || d->ents[c].type != FNR_ENTITY_LOCATION ||
            !kind_is(d, &d->ents[c], K_COUNTRY) || !owns_body(d, k, hs->tok1))
            continue;
        /* (as the subject, opening the sentence or a clause: not "selling
         * information to Israel's Mossad") */
        if (k > hs->tok0 && !is_punct_c(d, k - 1, ',') && !x_tok_is(d, k - 1, "the"))
            continue;
        size_t b = after_mention(d, k, hs->tok1);
        if (b < hs->tok1 && (x_tok(d, b)->tflags & FNR_TF_POSS))
            b++;
        int body = b < hs->tok1 ? x_tok_entity(d, b) : -1;
        if (body >= 0 && contains(p->actors, p->n_actors, body) &&
            (!d->ents[body].country[0] || strcmp(d->ents[body].country, d->ents[c].country) == 0))
            return c;
    }
    if (d->events.len) {
        const fnr_event *prev = &FNR_VEC_AT(&d->events, fnr_event, d->events.len - 1);
        /* "Istanbul police detained 32 suspects planning attacks in the
         * city": a plot told with the capture of its plotters is where
         * they were caught, though that place was inferred */
        if (type == FNR_EVENT_PLOT && prev->sentence == si && prev->location >= 0 &&
            (prev->type == FNR_EVENT_ARREST || prev->type == FNR_EVENT_KILL))
            return prev->location;
        /* ("Troops killed three of the attackers and arrested a fourth":
         * the place the first verb of the sentence took, from the
         * sentence before, is the second's too) */
        if (prev->sentence == si && prev->location >= 0 && prev->location_inferred &&
            (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL || type == FNR_EVENT_SEIZURE) &&
            (prev->type == FNR_EVENT_ARREST || prev->type == FNR_EVENT_KILL ||
             prev->type == FNR_EVENT_SEIZURE))
            return prev->location;
        bool same_para = prev->location >= 0 && !prev->location_inferred;
        for (size_t j = prev->sentence + 1; same_para && j <= si; j++)
            same_para = !x_sent(d, j)->para_start && !x_sent(d, j)->heading;
        /* ("Georgian police detained two men" after an extradition to
         * Türkiye: a police force or court acts in its own country) */
        const char *pc = same_para ? d->ents[prev->location].country : "";
        for (size_t k = 0; pc[0] && k < p->n_actors; k++) {
            const fnr_entity *a = &d->ents[p->actors[k]];
            if (a->type == FNR_ENTITY_ORGANIZATION && a->country[0] &&
                (kind_is(d, a, K_POLICE) || kind_is(d, a, K_COURT)) && strcmp(a->country, pc) != 0)
                same_para = false;
        }
        if (same_para)
            return prev->location;
        /* "During searches at the suspect's address, security forces
         * seized ...": a seizure in the raid on the one just caught, told
         * in the next paragraph or two, is where he was caught */
        if (type == FNR_EVENT_SEIZURE && prev->type == FNR_EVENT_ARREST && prev->location >= 0 &&
            !prev->location_inferred && si - prev->sentence <= 2 && points_to_raid(d, si) &&
            !other_time(sentence_date(d, prev->sentence), sentence_date(d, si)))
            return prev->location;
        /* ("... killed four militants in Buynaksk. The militants were
         * planning attacks ... Weapons were found at the scene": the
         * capture or killing last told, past a plot between) */
        for (size_t b = d->events.len;
             type == FNR_EVENT_SEIZURE && b > 0 && d->events.len - b < 3 && at_the_scene(d, si);
             b--) {
            const fnr_event *ev = &FNR_VEC_AT(&d->events, fnr_event, b - 1);
            if (ev->type != FNR_EVENT_ARREST && ev->type != FNR_EVENT_KILL)
                continue;
            if (ev->location >= 0 && !ev->location_inferred && si - ev->sentence <= 2 &&
                !other_time(sentence_date(d, ev->sentence), sentence_date(d, si)))
                return ev->location;
            break;
        }
    }
    /* ("Separately, German prosecutors charged two men": police,
     * prosecutors and courts named by a demonym act in their state, when
     * the report names it) */
    if (at_home && !p->n_actors) {
        static const char *const BODIES[] = { "police",   "prosecutors", "prosecutor",
                                              "court",    "courts",      "judges",
                                              "judge",    "authorities", "gendarmes",
                                              "officers", NULL };
        const xsent *s = x_sent(d, si);
        for (size_t k = s->tok0; k + 1 < s->tok1 && k - s->tok0 < 6; k++)
            if ((x_tok(d, k)->xflags & XT_DEMONYM) && x_tok(d, k)->mention < 0 &&
                x_tok_in(d, k + 1, BODIES)) {
                int c = demonym_country(d, k);
                if (c >= 0)
                    return c;
                break;
            }
    }
    /* police and courts act at home: "Istanbul prosecutors", "Kenyan police" */
    for (size_t k = 0; k < p->n_actors; k++) {
        const fnr_entity *a = &d->ents[p->actors[k]];
        if (a->type != FNR_ENTITY_ORGANIZATION || !a->country[0] ||
            !(kind_is(d, a, K_POLICE) || kind_is(d, a, K_COURT)))
            continue;
        /* "the Istanbul 26th High Criminal Court", "the 26th High Criminal
         * Court of Istanbul": the city it sits in, when the report names
         * the city by itself too */
        size_t an = strlen(a->name);
        for (size_t e = 0; e < d->n_ents; e++) {
            const fnr_entity *c = &d->ents[e];
            size_t n = strlen(c->name);
            if (c->type == FNR_ENTITY_LOCATION && strcmp(c->country, a->country) == 0 &&
                !kind_is(d, c, K_COUNTRY) &&
                ((strncmp(a->name, c->name, n) == 0 && a->name[n] == ' ') ||
                 (an > n + 4 && memcmp(a->name + an - n - 4, " of ", 4) == 0 &&
                  strcmp(a->name + an - n, c->name) == 0)))
                return (int)e;
        }
        for (size_t e = 0; e < d->n_ents; e++)
            if (d->ents[e].type == FNR_ENTITY_LOCATION && kind_is(d, &d->ents[e], K_COUNTRY) &&
                strcmp(d->ents[e].country, a->country) == 0)
                return (int)e;
        /* ("PARIS - French police detained ...": the report names no
         * France, its dateline the place of that country; a body named by
         * a demonym, not by a city of its own) */
        if (d->dateline_loc >= 0 && strcmp(d->ents[d->dateline_loc].country, a->country) == 0 &&
            named_by_demonym(d, si, p->actors[k]))
            return d->dateline_loc;
        return -1;
    }
    /* an arrest, a trial or a seizure with nothing else to place it, by no
     * service or army, is where the report was filed: its dateline's
     * country, when the report names it (the city would be too narrow for
     * "1,145 detained across 81 provinces") */
    bool abroad = false; /* intelligence services and armies also act abroad */
    for (size_t k = 0; k < p->n_actors; k++)
        abroad = abroad || (d->ent_bits[p->actors[k]] & EK_INTEL) ||
                 kind_is(d, &d->ents[p->actors[k]], K_ARMED_FORCES) ||
                 kind_is(d, &d->ents[p->actors[k]], K_INTERNATIONAL);
    if (at_home && type != FNR_EVENT_KILL && !abroad && d->dateline_loc >= 0) {
        const fnr_entity *dl = &d->ents[d->dateline_loc];
        for (size_t e = 0; dl->country[0] && !kind_is(d, dl, K_COUNTRY) && e < d->n_ents; e++)
            if (d->ents[e].type == FNR_ENTITY_LOCATION && kind_is(d, &d->ents[e], K_COUNTRY) &&
                strcmp(d->ents[e].country, dl->country) == 0)
                return (int)e;
        return kind_is(d, dl, K_COUNTRY) ? d->dateline_loc : -1;
    }
    /* the country the report is about, if one stands out, unless it is
     * the home of a service that spies, plots or warns there, or whose
     * agents were caught ("a GRU officer" in a report on a Dutch case
     * that names Russia most: the spying was not in Russia) */
    int mc = d->main_country;
    bool acts_abroad = type == FNR_EVENT_ESPIONAGE || type == FNR_EVENT_PLOT ||
                       type == FNR_EVENT_INTEL_SHARING || type == FNR_EVENT_ATTACK;
    const int *who = acts_abroad ? p->actors : p->targets;
    size_t n_who = acts_abroad ? p->n_actors : p->n_targets;
    for (size_t k = 0; mc >= 0 && k < n_who; k++)
        if ((d->ent_bits[who[k]] & EK_INTEL) && d->ents[who[k]].country[0] &&
            strcmp(d->ents[who[k]].country, d->ents[mc].country) == 0)
            return -1;
    /* ("... passed it to an FSB officer. KAPO arrested him": the one
     * caught spied for that country's service, told before; he was not
     * caught there) */
    bool other_state = false; /* (by a body of another state: KAPO) */
    for (size_t k = 0; mc >= 0 && k < p->n_actors; k++)
        other_state = other_state ||
                      (state_body(d, &d->ents[p->actors[k]]) && d->ents[p->actors[k]].country[0] &&
                       strcmp(d->ents[p->actors[k]].country, d->ents[mc].country));
    if (other_state && !acts_abroad) {
        const fnr_event *ev = d->events.data;
        for (size_t i = 0; i < d->events.len; i++) {
            if (ev[i].type != FNR_EVENT_ESPIONAGE)
                continue;
            for (size_t k = 0; k < ev[i].n_actors; k++)
                if ((d->ent_bits[ev[i].actors[k]] & EK_INTEL) &&
                    strcmp(d->ents[ev[i].actors[k]].country, d->ents[mc].country) == 0)
                    return -1;
        }
    }
    /* ("the cell, which was later raided by Iraqi forces": the forces of
     * another state acted in theirs, not in the one the report names most) */
    {
        static const char *const FORCES[] = {
            "forces", "troops", "police", "army", "soldiers", NULL
        };
        const xsent *fs = x_sent(d, si);
        for (size_t k = fs->tok0; mc >= 0 && !acts_abroad && k + 1 < fs->tok1; k++) {
            if (!(x_tok(d, k)->xflags & XT_DEMONYM) || x_tok(d, k)->mention >= 0 ||
                !x_tok_in(d, k + 1, FORCES))
                continue;
            const fnr_lex_entry *dem = x_key_entry(x_tok(d, k)->lk, FNR_LEX_DEMONYM);
            if (dem && dem->country[0] && strcmp(dem->country, d->ents[mc].country) != 0)
                return -1;
        }
    }
    /* ("passed documents to a Russian handler": spied for Russia, not in
     * it) */
    const xsent *s = x_sent(d, si);
    for (size_t k = s->tok0; mc >= 0 && type == FNR_EVENT_ESPIONAGE && k < s->tok1; k++)
        if ((x_tok(d, k)->xflags & XT_DEMONYM) && demonym_country(d, k) == mc)
            return -1;
    /* ("detained 33 people suspected of spying for Israel": the state spied
     * for, not where they were caught) */
    for (size_t k = s->tok0 + 1; mc >= 0 && k < s->tok1; k++)
        if (x_tok_entity(d, k) == mc && x_tok_is(d, k - 1, "for") &&
            spied_before(d, s->tok0, k - 1))
            return -1;
    return mc;
}

/* Has an event been told already in the document, that "the arrests"
 * can point back to (the charges of the three, the strike)? */
static bool told_before(const x_doc *d)
{
    return d->events.len > 0;
}

/* Does sentence s tell of another occurrence ("In a separate operation",
 * "also", "Meanwhile")? */
static bool another_one(const x_doc *d, const xsent *s)
{
    for (size_t k = s->tok0; k < s->tok1; k++)
        if (x_tok_is(d, k, "separate") || x_tok_is(d, k, "separately") ||
            x_tok_is(d, k, "another") || x_tok_is(d, k, "meanwhile") || x_tok_is(d, k, "second") ||
            x_tok_is(d, k, "similar") ||
            /* not "also known as" */
            (x_tok_is(d, k, "also") &&
             !(k + 1 < s->tok1 && (x_tok_is(d, k + 1, "known") || x_tok_is(d, k + 1, "called") ||
                                   x_tok_is(d, k + 1, "named") || x_tok_is(d, k + 1, "referred")))))
            return true;
    return false;
}

/* Is one of the n entities ids a person? */
static bool names_person(const x_doc *d, const int *ids, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (d->ents[ids[k]].type == FNR_ENTITY_PERSON)
            return true;
    return false;
}

/* Do two sentences' dates (NULL: none stated) leave them one year? */
static bool same_year(const fnr_date_span *a, const fnr_date_span *b)
{
    return !a || !b || a->start.year == b->start.year;
}

/* Whether spans a and b may tell of one month: "in May" and "in
 * September" of one year tell of two captures. */
static bool same_month(const fnr_date_span *a, const fnr_date_span *b)
{
    return same_year(a, b) &&
           (!a || !b || !a->start.month || !b->start.month || a->start.month == b->start.month);
}

/* Whether event e's date and span sp may tell of one month ("2023-09-20"
 * and "in May 2023" do not). */
static bool dated_alike(const fnr_event *e, const fnr_date_span *sp)
{
    if (!sp || sp->start.prec == FNR_DATE_NONE || strlen(e->date) < 7)
        return true;
    char b[11];
    fnr_date_format(&sp->start, b);
    size_t n = strlen(b) < 7 ? strlen(b) : 7;
    return strncmp(e->date, b, n) == 0;
}

/* Whether the n bytes at a and at b are the same but for ASCII case
 * ("Coup attempt", "coup attempt"). */
static bool same_words(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x != y && !((x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z'))
            return false;
    }
    return true;
}

/* Whether the n bytes of p occur in the len bytes of text. */
static bool holds_bytes(const char *text, size_t len, const char *p, size_t n)
{
    for (size_t i = 0; n && i + n <= len; i++)
        if (text[i] == p[0] && memcmp(text + i, p, n) == 0)
            return true;
    return false;
}

/* Whether "the suspects", "the detainees" ... is the subject before the
 * trigger at t0 ("According to Anadolu, the suspects were caught"). */
static bool the_same_ones(const x_doc *d, size_t s0, size_t t0, size_t t1, size_t s1)
{
    static const char *const ONES[] = { "suspects",    "detainees",  "men",       "women",
                                        "individuals", "terrorists", "militants", NULL };
    for (size_t k = s0; k + 1 < t0 && t0 - k < 20; k++) {
        if (x_tok_is(d, k, "the") && x_tok_in(d, k + 1, ONES))
            return true;
        /* ("The three, all Austrian citizens, were detained") */
        if (k == s0 && x_tok_is(d, k, "the") && (x_tok(d, k + 1)->tags & X_TAG_NUMBER) &&
            k + 2 < t0 && (is_punct_c(d, k + 2, ',') || tok_class(d, k + 2, W_BE_WORDS)))
            return true;
    }
    /* "Counterterrorism police detained the suspects in Piraeus",
     * "officers arrested the three" */
    return t1 + 1 < s1 && x_tok_is(d, t1, "the") &&
           (x_tok_in(d, t1 + 1, ONES) || (x_tok(d, t1 + 1)->tags & X_TAG_NUMBER));
}

/* Does sentence s point back to a group told of before ("One of the
 * suspects, X,", "The detainees included X", "X was arrested during the
 * raids")? */
static bool part_of_told(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const OPS[] = { "raid",      "raids",    "operation", "operations",
                                       "crackdown", "sweep",    "suspects",  "detainees",
                                       "detained",  "arrested", NULL };
    if (the_same_ones(d, s->tok0, tg->t0, tg->t1, s->tok1))
        return true;
    for (size_t k = s->tok0; k + 2 < s->tok1; k++) {
        if (x_tok_is(d, k, "one") && x_tok_is(d, k + 1, "of") &&
            (x_tok_is(d, k + 2, "the") || x_tok_is(d, k + 2, "them") ||
             x_tok_is(d, k + 2, "those")))
            return true;
        if ((x_tok_is(d, k, "among") || x_tok_is(d, k, "during")) &&
            (x_tok_is(d, k + 1, "the") || x_tok_is(d, k + 1, "those")) && x_tok_in(d, k + 2, OPS))
            return true;
        if ((x_tok_is(d, k, "included") || x_tok_is(d, k, "include")) && k > s->tok0)
            return true;
    }
    return false;
}

/* "Police detained five suspects ..." then "One of the suspects, Ahmet
 * Kaya, was detained in Esenyurt": the detail names one of those the lead
 * counted (D-15); the lead's event gains the person. */
static bool named_one_of_lead(x_doc *d, size_t si, const trig *tg, fnr_event_type type,
                              const participants *p, long count)
{
    const xsent *s = x_sent(d, si);
    if ((type != FNR_EVENT_ARREST && type != FNR_EVENT_KILL) || count > 1 ||
        !names_person(d, p->targets, p->n_targets) || another_one(d, s))
        return false;
    for (size_t i = d->events.len; i > 0; i--) {
        fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (si - e->sentence > 4)
            return false;
        /* ("MİT carried out drone strikes, killing several senior members.
         * One of them, X, was killed near Qamishli": the nearest killing
         * told, uncounted, is the one X was of, not a counted one before) */
        if (e->type == type && e->sentence != si && e->count < 0 && e->sentence + 1 == si)
            return false;
        const fnr_date_span *a = sentence_date(d, e->sentence), *b = sentence_date(d, si);
        if (e->type != type || e->sentence == si || e->count <= 1 || !same_year(a, b) ||
            (a && b && a->start.month && b->start.month && a->start.month != b->start.month) ||
            !part_of_told(d, s, tg))
            continue;
        int *t = fnr_arena_alloc(d->arena, (e->n_targets + p->n_targets + 1) * sizeof(int));
        if (!t)
            return false; /* no room to join them: two events, as before */
        memcpy(t, e->targets, e->n_targets * sizeof(int));
        size_t n = e->n_targets;
        for (size_t k = 0; k < p->n_targets; k++)
            if (d->ents[p->targets[k]].type == FNR_ENTITY_PERSON)
                add_unique(t, &n, p->targets[k]);
        e->targets = t;
        e->n_targets = n;
        return true;
    }
    return false;
}

/* true when an earlier event states the same occurrence: the same sentence
 * repeated, the same count, the same persons, the same named operation. */
/* Whether an event of the type was told in sentence si's paragraph
 * before it. */
static bool type_in_paragraph(const x_doc *d, size_t si, fnr_event_type type)
{
    size_t p0 = si;
    while (p0 > 0 && !x_sent(d, p0)->para_start)
        p0--;
    for (size_t e = d->events.len; e-- > 0;) {
        const fnr_event *v = &FNR_VEC_AT(&d->events, fnr_event, e);
        if (v->sentence < p0)
            return false;
        if (v->type == type)
            return true;
    }
    return false;
}

/* Whether "claimed responsibility for" (or "claimed") comes just before
 * the trigger at t0. */
static bool claimed_before(const x_doc *d, size_t s0, size_t t0)
{
    for (size_t k = t0; k > s0 && t0 - k < 6; k--)
        if (x_tok_is(d, k - 1, "claimed") || x_tok_is(d, k - 1, "claims") ||
            x_tok_is(d, k - 1, "claiming"))
            return true;
    return false;
}

/* 1 + the index of the first of stems (lower case) that a trigger's
 * words [p, p + n) hold, or 0. */
static size_t stem_in(const char *p, size_t n, const char *const *stems)
{
    for (size_t k = 0; k < n; k++)
        for (size_t w = 0; stems[w]; w++) {
            size_t m = strlen(stems[w]);
            if (k + m <= n && (p[k] | 0x20) == stems[w][0] &&
                memcmp(p + k + 1, stems[w] + 1, m - 1) == 0)
                return w + 1;
        }
    return 0;
}

/* Whether a trigger's words [p, p + n) name a coup. */
static bool trigger_says_coup(const char *p, size_t n)
{
    for (size_t k = 0; k + 4 <= n; k++)
        if ((p[k] == 'c' || p[k] == 'C') && memcmp(p + k + 1, "oup", 3) == 0)
            return true;
    return false;
}

/* The country entity of the first actor of p with a home country (a
 * coup's plotters), or -1. */
static int plotters_state(const x_doc *d, const participants *p)
{
    for (size_t k = 0; k < p->n_actors; k++) {
        const fnr_entity *a = &d->ents[p->actors[k]];
        int c =
            a->country[0] && a->type != FNR_ENTITY_LOCATION ? country_entity(d, a->country) : -1;
        if (c >= 0)
            return c;
    }
    return -1;
}

/* Whether a trigger's words [p, p + n) tell a verdict: 1 for the
 * punishment ("sentenced", "jailed"), 2 for the guilt ("found guilty",
 * "convicted"), else 0. */
static int trigger_says_verdict(const char *p, size_t n)
{
    static const char *const STEMS[] = { "sentenc", "jailed", "guilty", "convict", NULL };
    size_t w = stem_in(p, n, STEMS);
    return !w ? 0 : w <= 2 ? 1 : 2;
}

/* "X was sentenced to life ... He had been found guilty of financing
 * terrorism": the one verdict on one person, told by its two words
 * (guilt and punishment) a few sentences apart, with no other day said */
static bool same_verdict(x_doc *d, size_t si, const trig *tg, const participants *p, long count,
                         const fnr_event *e)
{
    if (e->type != FNR_EVENT_LEGAL_ACTION || count > 1 || e->count > 1 || si - e->sentence > 3)
        return false;
    size_t ta = x_tok(d, tg->t0)->start, tb = x_tok(d, tg->t1 - 1)->end;
    int v = trigger_says_verdict(d->doc.text + ta, tb - ta);
    if (!v || v + trigger_says_verdict(d->doc.text + e->trigger_start,
                                       e->trigger_end - e->trigger_start) !=
                  3)
        return false; /* (two sentencings are two verdicts) */
    bool one = false;
    for (size_t k = 0; k < p->n_targets && !one; k++)
        one = d->ents[p->targets[k]].type == FNR_ENTITY_PERSON &&
              contains(e->targets, e->n_targets, p->targets[k]);
    const fnr_date_span *a = sentence_date(d, e->sentence), *b = sentence_date(d, si);
    return one && same_month(a, b) &&
           (!a || !b || !a->start.day || !b->start.day || a->start.day == b->start.day);
}

/* Whether place a lies in place b, as the report says ("the Edremit
 * district of Van", "Van's Edremit district": a located_in relation). */
static bool place_within(const x_doc *d, int a, int b)
{
    for (size_t i = 0; i < d->rels.len; i++) {
        const fnr_relation *r = &FNR_VEC_AT(&d->rels, fnr_relation, i);
        if (r->type == FNR_REL_LOCATED_IN && r->source == a && r->target == b)
            return true;
    }
    return false;
}

/* Is the trigger text [p, p + n) a word of rolling a group up
 * ("dismantled", "busted", "broke up", "rolled up")? */
static bool trigger_says_roll_up(const char *p, size_t n)
{
    static const char *const STEMS[] = { "dismantl", "bust",   "broke", "rolled",
                                         "rolls",    "breaks", NULL };
    return stem_in(p, n, STEMS) != 0;
}

/* Whether "members of the cell" (network, ring, group) follows the
 * trigger ending at t1 within a few words: the group told of before. */
static bool members_of_the_cell(const x_doc *d, size_t t1, size_t s1)
{
    static const char *const GROUPS[] = { "cell", "network", "ring", "group", NULL };
    for (size_t k = t1; k + 3 < s1 && k - t1 < 4; k++)
        if (x_tok_is(d, k, "members") && x_tok_is(d, k + 1, "of") && x_tok_is(d, k + 2, "the") &&
            x_tok_in(d, k + 3, GROUPS))
            return true;
    return false;
}

/* Whether sentence si counts one of the kind the noun at token k names:
 * "a leader of the group" for "The leader, ...", "an IS commander" for
 * "The commander, ..." (a leader, a commander, a chief, an emir). */
static bool counted_in(const x_doc *d, size_t si, size_t k)
{
    static const char *const ONES[] = {
        "leader", "commander", "chief", "emir", "ringleader", NULL
    };
    const char *one = NULL;
    for (size_t w = 0; ONES[w] && !one; w++)
        if (x_tok_is(d, k, ONES[w]))
            one = ONES[w];
    if (!one)
        return false;
    const xsent *s = x_sent(d, si);
    for (size_t q = s->tok0 + 1; q < s->tok1; q++)
        if (x_tok_is(d, q, one)) {
            for (size_t a = q; a > s->tok0 && q - a < 4; a--)
                if (x_tok_is(d, a - 1, "a") || x_tok_is(d, a - 1, "an"))
                    return true;
        }
    return false;
}

/* Whether sentence s opens by pointing back to intelligence told of
 * before, passed on in the passive: "The information was passed on to
 * the BfV", "The intelligence was shared with Austria's DSN". */
static bool told_info_again(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const INFO[] = { "information", "intelligence", "intel", "tip",
                                        "tip off",     "warning",      "data",  NULL };
    size_t k = s->tok0;
    return k + 3 <= tg->t0 && (x_tok_is(d, k, "the") || x_tok_is(d, k, "this")) &&
           x_tok_in(d, k + 1, INFO) && tok_class(d, tg->t0 - 1, W_BE_WORDS);
}

static bool restated(x_doc *d, size_t si, const trig *tg, fnr_event_type type,
                     const participants *p, long count, int loc, size_t *lead)
{
    *lead = SIZE_MAX;
    const xsent *s = x_sent(d, si);
    /* look back a bounded way: restatements sit in the same report */
    size_t from = d->events.len > 256 ? d->events.len - 256 : 0;
    /* "The plot was foiled after ...", "the attack": a definite noun points
     * back to the plot or attack already told */
    bool definite = (type == FNR_EVENT_PLOT || type == FNR_EVENT_ATTACK) && tg->t1 - tg->t0 == 1 &&
                    tg->t0 > s->tok0 &&
                    (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "this") ||
                     x_tok_is(d, tg->t0 - 1, "these")) &&
                    (x_tok_is(d, tg->t0, "plot") || x_tok_is(d, tg->t0, "attack") ||
                     x_tok_is(d, tg->t0, "plan") || x_tok_is(d, tg->t0, "conspiracy") ||
                     x_tok_is(d, tg->t0, "assault") || x_tok_is(d, tg->t0, "bombing") ||
                     x_tok_is(d, tg->t0, "thwarted") || x_tok_is(d, tg->t0, "foiled") ||
                     x_tok_is(d, tg->t0, "plots") || x_tok_is(d, tg->t0, "attacks") ||
                     x_tok_is(d, tg->t0, "stabbing") || x_tok_is(d, tg->t0, "shooting") ||
                     x_tok_is(d, tg->t0, "massacre") || x_tok_is(d, tg->t0, "siege") ||
                     x_tok_is(d, tg->t0, "blast") || x_tok_is(d, tg->t0, "explosion") ||
                     x_tok_is(d, tg->t0, "ambush") || x_tok_is(d, tg->t0, "bombings") ||
                     x_tok_is(d, tg->t0, "raid"));
    /* a plot nobody is named in, after another such: the report tells of
     * the same foiled plans again ("multiple attack attempts") */
    bool faceless = type == FNR_EVENT_PLOT && !p->n_actors && !p->n_targets && loc < 0;
    /* "The cell, directed from Lebanon, had scouted the embassy": the
     * plotters told of, and their plot, again */
    static const char *const PLOTTERS[] = { "cell", "group", "network", "plotters", "ring", NULL };
    /* ("According to the prosecution, the group had discussed attacking a
     * mall": past the source's phrase; the group it was in touch with may
     * be named) */
    size_t c0 = s->tok0;
    if (type == FNR_EVENT_PLOT && x_tok_is(d, c0, "according"))
        for (size_t k = c0 + 1; k < tg->t0 && k - c0 < 8; k++)
            if (is_punct_c(d, k, ',')) {
                c0 = k + 1;
                break;
            }
    bool militant_actors = true;
    for (size_t k = 0; k < p->n_actors && militant_actors; k++)
        militant_actors = is_militant(d, p->actors[k]);
    bool the_cell = type == FNR_EVENT_PLOT && (!p->n_actors || (c0 > s->tok0 && militant_actors)) &&
                    c0 + 1 < tg->t0 && x_tok_is(d, c0, "the") && x_tok_in(d, c0 + 1, PLOTTERS);
    /* ""The bomber mingled with traders and detonated the device," said
     * the spokesman": a quotation that names no one, no number and no
     * place tells the attack again */
    bool quoted_again = (type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT) && !p->n_actors &&
                        !p->n_targets && count < 0 && loc < 0 &&
                        (x_tok(d, s->tok0)->xflags & XT_QUOTE);
    /* "Of them, 1,845 were neutralized in northern Iraq": a breakdown of
     * the figure told before */
    bool of_them = s->tok0 + 2 < s->tok1 &&
                   ((x_tok_is(d, s->tok0, "of") &&
                     (x_tok_is(d, s->tok0 + 1, "them") || x_tok_is(d, s->tok0 + 1, "these") ||
                      x_tok_is(d, s->tok0 + 1, "those"))) ||
                    (x_tok_is(d, s->tok0, "among") && x_tok_is(d, s->tok0 + 1, "them")));
    /* "All three were caught in a raid on Monday": the total told
     * before, told again */
    long all_of = -1;
    /* (the lead keeps the telling: "The three were detained in Zwolle"
     * is the_same_ones, whose detail stands) */
    if (s->tok0 + 2 < tg->t0 && (x_tok_is(d, s->tok0, "all") || x_tok_is(d, s->tok0, "both")) &&
        tok_class(d, s->tok0 + 2, W_BE_WORDS))
        all_of = x_tok_is(d, s->tok0, "both") ? 2 : token_number(d, s->tok0 + 1);
    /* ("Both were arrested in Srinagar") */
    if (s->tok0 + 1 < tg->t0 && x_tok_is(d, s->tok0, "both") &&
        tok_class(d, s->tok0 + 1, W_BE_WORDS))
        all_of = 2;
    /* "The largest number of suspects were caught in Istanbul", "Most of
     * them were held in Ankara": where most of the total told before were */
    bool most = s->tok0 + 2 < tg->t0 &&
                ((x_tok_is(d, s->tok0, "the") &&
                  (x_tok_is(d, s->tok0 + 1, "largest") || x_tok_is(d, s->tok0 + 1, "majority") ||
                   x_tok_is(d, s->tok0 + 1, "bulk"))) ||
                 (x_tok_is(d, s->tok0, "most") && x_tok_is(d, s->tok0 + 1, "of")));
    /* "Two of them were caught near the border": a part of the total
     * told before */
    long part = -1;
    if (s->tok0 + 3 < tg->t0 && x_tok_is(d, s->tok0 + 1, "of") &&
        (x_tok_is(d, s->tok0 + 2, "them") || x_tok_is(d, s->tok0 + 2, "those") ||
         x_tok_is(d, s->tok0 + 2, "these")))
        part = token_number(d, s->tok0);
    /* "Of the detained suspects, 17 were caught in Istanbul, nine in
     * Ankara": the same, named by a definite noun */
    for (size_t k = s->tok0 + 2;
         !of_them && k < s->tok1 && k - s->tok0 < 6 && x_tok_is(d, s->tok0, "of") &&
         x_tok_is(d, s->tok0 + 1, "the") && x_tok(d, k)->mention < 0;
         k++)
        of_them = is_punct_c(d, k, ',') && d->events.len;
    /* "The suspects, who are accused of espionage, were detained after an
     * investigation by ...": the ones already told of, told again */
    /* ("They were detained by the DGSI" after a paragraph on others: not
     * the ones of an arrest told in another paragraph) */
    bool same_ones =
        (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL || type == FNR_EVENT_PLOT) &&
        d->events.len &&
        (x_tok_is(d, s->tok0, "they") || the_same_ones(d, s->tok0, tg->t0, tg->t1, s->tok1)) &&
        !names_person(d, p->targets, p->n_targets) && !another_one(d, s) &&
        !(x_tok_is(d, s->tok0, "they") && !type_in_paragraph(d, si, type));
    /* "A Tunisian man ... was arrested in Nice." then "The suspect,
     * identified as Mohamed G., was detained by the DGSI": the one told of,
     * named */
    /* ("The man, identified as X, was detained along with two aides":
     * the one told of, and who was taken with him) */
    bool along = false;
    for (size_t k = tg->t1; k + 1 < s->tok1 && k - tg->t1 < 3 && !along; k++)
        along =
            (x_tok_is(d, k, "along") || x_tok_is(d, k, "together")) && x_tok_is(d, k + 1, "with");
    /* ("The militant, identified as X, was killed along with three
     * associates" after "troops killed the group's intelligence chief") */
    static const char *const THE_ONE[] = { "suspect",   "man",       "woman",     "militant",
                                           "leader",    "commander", "terrorist", "jihadist",
                                           "insurgent", "chief",     "emir",      NULL };
    bool the_one = (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && s->tok0 + 2 < s->tok1 &&
                   x_tok_is(d, s->tok0, "the") && x_tok_in(d, s->tok0 + 1, THE_ONE) &&
                   names_person(d, p->targets, p->n_targets) && (count <= 1 || along) &&
                   !another_one(d, s);
    /* ("... the suspect, identified as X, before police detained him") */
    the_one =
        the_one || ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && tg->t1 < s->tok1 &&
                    (x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "her")) &&
                    names_person(d, p->targets, p->n_targets) && count <= 1 && !another_one(d, s));
    /* "Police arrested a 17-year-old ... The teenager was detained in
     * Graz": the one just told of, unnamed, told again with more */
    static const char *const ONE_NOUNS[] = { "suspect",  "man",      "woman", "teen",
                                             "teenager", "youth",    "boy",   "girl",
                                             "student",  "attacker", NULL };
    bool the_unnamed = (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) &&
                       s->tok0 + 3 < s->tok1 && x_tok_is(d, s->tok0, "the") &&
                       x_tok_in(d, s->tok0 + 1, ONE_NOUNS) &&
                       tok_class(d, s->tok0 + 2, W_BE_WORDS) && tg->t0 == s->tok0 + 3 &&
                       !p->n_targets && count <= 1 && !another_one(d, s);
    /* ("The main suspect, an Austrian citizen who had pledged allegiance
     * to Islamic State, was arrested in Ternitz": the same, with more) */
    static const char *const MAIN[] = { "main", "chief", "prime", "key", NULL };
    the_unnamed = the_unnamed ||
                  ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && s->tok0 + 4 < s->tok1 &&
                   x_tok_is(d, s->tok0, "the") && x_tok_in(d, s->tok0 + 1, MAIN) &&
                   x_tok_in(d, s->tok0 + 2, ONE_NOUNS) && passive_at(d, tg->t0, s->tok0) &&
                   !names_person(d, p->targets, p->n_targets) && count <= 1 && !another_one(d, s));
    /* "Gendarmerie captured a PKK suspect ... He was caught at a
     * checkpoint": the one just told of, told again */
    bool he = (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) &&
              (x_tok_is(d, s->tok0, "he") || x_tok_is(d, s->tok0, "she")) && count <= 1 &&
              !names_person(d, p->targets, p->n_targets) && !another_one(d, s);
    /* "had planned to attack a police station before his capture": the
     * capture told already, named by its noun and the one it took */
    bool his = (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && tg->t1 - tg->t0 == 1 &&
               tg->t0 > s->tok0 && !(x_tok(d, tg->t0)->tflags & FNR_TF_CAP) &&
               (x_tok_is(d, tg->t0 - 1, "his") || x_tok_is(d, tg->t0 - 1, "her") ||
                x_tok_is(d, tg->t0 - 1, "their")) &&
               x_tok(d, tg->t0)->key_len > 4 && !p->n_targets && count < 0 &&
               (x_tok_is(d, tg->t0, "capture") || x_tok_is(d, tg->t0, "arrest") ||
                x_tok_is(d, tg->t0, "detention") || x_tok_is(d, tg->t0, "killing") ||
                x_tok_is(d, tg->t0, "death"));
    /* "Troops killed an Abu Sayyaf sub-leader ... X, alias "Mundi", died
     * along with two of his followers": the one killed, named */
    bool named_dead = type == FNR_EVENT_KILL && x_tok(d, s->tok0)->mention >= 0 &&
                      contains(p->targets, p->n_targets, x_tok_entity(d, s->tok0)) &&
                      d->ents[x_tok_entity(d, s->tok0)].type == FNR_ENTITY_PERSON &&
                      !another_one(d, s);
    /* "A 15-person cell was among those caught": some of the ones told */
    bool among_those = (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) &&
                       tg->t0 >= s->tok0 + 2 && x_tok_is(d, tg->t0 - 1, "those") &&
                       (x_tok_is(d, tg->t0 - 2, "among") || x_tok_is(d, tg->t0 - 2, "of"));
    /* "Al-Shabaab militants attacked a base ... The attackers detonated a
     * car bomb at the gate before storming it": the assault told, in
     * detail */
    static const char *const DOERS[] = { "attackers", "assailants", "gunmen",     "militants",
                                         "fighters",  "bombers",    "insurgents", NULL };
    /* ("Two suicide bombers, X and Y, blew themselves up in the crowd":
     * the doers counted, named) */
    size_t dw = s->tok0 + 1;
    if (dw + 1 < s->tok1 && token_number(d, s->tok0) > 0 && x_tok_is(d, dw, "suicide"))
        dw++;
    bool doers = type == FNR_EVENT_ATTACK && dw + 1 < s->tok1 &&
                 (x_tok_is(d, s->tok0, "the") || token_number(d, s->tok0) > 0) &&
                 x_tok_in(d, dw, DOERS) && !another_one(d, s);
    /* "the defeated 2016 coup attempt", later "the July 15, 2016 coup
     * attempt": one past event named twice by its year */
    long named_year = type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT ? trig_year(d, s, tg) : -1;
    size_t ta = x_tok(d, tg->t0)->start, tb = x_tok(d, tg->t1 - 1)->end;
    /* "the July 15 coup attempt", later "The July 15 coup attempt killed
     * 251": one past event named twice by its day */
    size_t day_at =
        type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT ? day_before(d, s, tg->t0) : SIZE_MAX;
    size_t na = day_at != SIZE_MAX ? x_tok(d, day_at)->start : ta;
    char day_name[11] = ""; /* "the July 15 attack" after one "on July 15" */
    const fnr_date_span *dsp = day_at != SIZE_MAX ? sentence_date(d, si) : NULL;
    if (dsp && dsp->start.prec == FNR_DATE_DAY && !dsp->is_range && dsp->start_off == na - s->start)
        fnr_date_format(&dsp->start, day_name);
    /* "the group behind the 2016 coup", later "the defeated coup of July
     * 15, 2016, in which 251 people were killed": one coup a year */
    long coup_year = -1;
    if (type == FNR_EVENT_ATTACK && trigger_says_coup(d->doc.text + ta, tb - ta)) {
        coup_year = named_year;
        for (size_t k = tg->t1; coup_year <= 0 && k < s->tok1 && k - tg->t1 < 8; k++) {
            long y = token_number(d, k);
            if (x_tok(d, k)->end - x_tok(d, k)->start == 4 && y >= 1900 && y <= 2100)
                coup_year = y;
        }
    }
    /* (worked out once, not per earlier event: "The court ... sentenced
     * him", "Four co-defendants received sentences" point back to a
     * verdict; "found X guilty of terrorist conspiracy" to a plot) */
    bool told_back = false, guilty_of = false;
    if (type == FNR_EVENT_LEGAL_ACTION) {
        static const char *const BENCH[] = {
            "court", "judge", "judges", "tribunal", "panel", NULL
        };
        static const char *const CO[] = {
            "co defendants", "codefendants", "co accused", "defendants", "others", "remaining", NULL
        };
        told_back =
            s->tok0 + 1 < tg->t0 && x_tok_is(d, s->tok0, "the") && x_tok_in(d, s->tok0 + 1, BENCH);
        for (size_t k = s->tok0; k < tg->t0 && k - s->tok0 < 4 && !told_back; k++)
            told_back = x_tok_in(d, k, CO);
    } else if (type == FNR_EVENT_PLOT) {
        static const char *const GUILTY[] = { "guilty", "convicted", "acquitted", NULL };
        for (size_t k = tg->t0; k > s->tok0 + 1 && tg->t0 - k < 4 && !guilty_of; k--)
            guilty_of = x_tok_is(d, k - 1, "of") && x_tok_in(d, k - 2, GUILTY);
    }
    for (size_t i = from; i < d->events.len; i++) {
        const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
        if (coup_year > 0 && e->type == FNR_EVENT_ATTACK &&
            strtol(e->date, NULL, 10) == coup_year &&
            trigger_says_coup(d->doc.text + e->trigger_start, e->trigger_end - e->trigger_start)) {
            if (count < 0 || e->count >= 0)
                return true;
            *lead = i; /* the one told with its dead stands for it */
            return false;
        }
        /* "One person was killed in the attack, when two gunmen opened
         * fire ...": the attack told before in passing, now told with its
         * dead, stands in this telling */
        if (definite && type == FNR_EVENT_ATTACK && count >= 0 && e->count < 0 &&
            e->type == FNR_EVENT_ATTACK && si - e->sentence <= 4) {
            *lead = i;
            return false;
        }
        /* "GUR said it had killed Colonel X", then "X was killed by a bomb
         * planted under his car": the killing told again with its means,
         * no attack of its own */
        if (type == FNR_EVENT_ATTACK && e->type == FNR_EVENT_KILL && e->sentence != si &&
            si - e->sentence <= 3 && tok_event_type(d, tg->t0) == FNR_EVENT_KILL &&
            names_person(d, p->targets, p->n_targets)) {
            bool all = true;
            for (size_t k = 0; k < p->n_targets && all; k++)
                all = d->ents[p->targets[k]].type != FNR_ENTITY_PERSON ||
                      contains(e->targets, e->n_targets, p->targets[k]);
            if (all)
                return true;
        }
        if (e->type != type || e->sentence == si) /* the other clause of this sentence */
            continue;
        /* "Police arrested nine people ... The cell's alleged leader, a
         * Moroccan identified as Y.B., was arrested in Ceuta": one of the
         * total told before, no arrest of its own (D-15); he joins it */
        if (type == FNR_EVENT_ARREST && count <= 1 && e->count > 1 && si - e->sentence <= 3 &&
            s->tok0 + 4 < tg->t0 && x_tok_is(d, s->tok0, "the") &&
            (x_tok(d, s->tok0 + 2)->tflags & FNR_TF_POSS)) {
            static const char *const GROUPS[] = {
                "cell", "network", "ring", "group", "gang", NULL
            };
            static const char *const HEADS[] = { "leader", "ringleader", "head", "chief", NULL };
            size_t q = s->tok0 + 3;
            if (x_tok_is(d, q, "alleged") || x_tok_is(d, q, "suspected"))
                q++;
            if (x_tok_in(d, s->tok0 + 1, GROUPS) && q < tg->t0 && x_tok_in(d, q, HEADS)) {
                fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
                (void)join_persons(d, &w->targets, &w->n_targets, p->targets, p->n_targets);
                return true;
            }
        }
        /* "Troops killed a leader of the group and two of his followers
         * ... The leader, identified as X, was killed in Piagapo": the one
         * the lead counted, named (D-15); he joins it */
        if ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && count <= 1 && e->count > 1 &&
            si - e->sentence <= 3 && s->tok0 + 3 < tg->t0 && x_tok_is(d, s->tok0, "the") &&
            is_punct_c(d, s->tok0 + 2, ',') && names_person(d, p->targets, p->n_targets) &&
            counted_in(d, e->sentence, s->tok0 + 1)) {
            fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
            (void)join_persons(d, &w->targets, &w->n_targets, p->targets, p->n_targets);
            return true;
        }
        /* "MİT has shared intelligence with Germany and Austria ..." then
         * "The information was passed on to the BfV and the DSN": the
         * sharing told again, with whom it reached (D-15) */
        if (type == FNR_EVENT_INTEL_SHARING && si - e->sentence <= 2 && told_info_again(d, s, tg)) {
            fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
            if (add_parties(d, &w->targets, &w->n_targets, p->targets, p->n_targets) != FNR_OK)
                return false;
            return true;
        }
        /* "MİT targeted X in the Makhmur camp" after the killing of one
         * unnamed (strike_named): the killing, named */
        if (type == FNR_EVENT_KILL && e->sentence + 2 >= si && e->count <= 1 &&
            tg->t1 - tg->t0 == 1 && x_tok_is(d, tg->t0, "targeted") &&
            !names_person(d, e->targets, e->n_targets)) {
            fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
            (void)join_persons(d, &w->targets, &w->n_targets, p->targets, p->n_targets);
            /* (its place, when the lead named only the country it is in) */
            if (loc >= 0 && w->location >= 0 && loc != w->location && d->ents[w->location].kind &&
                strcmp(d->ents[w->location].kind, "country") == 0 && d->ents[loc].country[0] &&
                strcmp(d->ents[loc].country, d->ents[w->location].country) == 0)
                w->location = loc;
            return true;
        }
        /* "X tipped off the FSB about a cell", then "Acting on intelligence
         * from X, FSB officers arrested the four": the tip told again as
         * the arrest's reason */
        if (type == FNR_EVENT_INTEL_SHARING && si - e->sentence <= 3 && p->n_actors &&
            (x_tok_is(d, tg->t0, "acting") || x_tok_is(d, tg->t0, "acted"))) {
            bool same = true;
            for (size_t k = 0; k < p->n_actors && same; k++)
                same = contains(e->actors, e->n_actors, p->actors[k]);
            for (size_t k = 0; k < p->n_targets && same; k++)
                same = contains(e->targets, e->n_targets, p->targets[k]);
            if (same)
                return true;
        }
        if (type == FNR_EVENT_LEGAL_ACTION && same_verdict(d, si, tg, p, count, e))
            return true;
        /* "A court sentenced five men to between six and 18 years ...",
         * then "The court ... sentenced him to 18 years", "Four
         * co-defendants received sentences of six to 10 years": parts of
         * the verdict told first (D-15); a named one joins it */
        /* "The court found X guilty of terrorist conspiracy": the plot the
         * verdict told before is the offence, its plotter named (D-15) */
        if (guilty_of && si - e->sentence <= 3 && !sentence_date(d, si)) {
            fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
            if (join_persons(d, &w->actors, &w->n_actors, p->actors, p->n_actors) != FNR_OK)
                return false;
            return true;
        }
        if (type == FNR_EVENT_LEGAL_ACTION && e->count > 1 && count < e->count &&
            si - e->sentence <= 3 && told_back && !sentence_date(d, si)) {
            static const char *const PLEA[] = { "plead", NULL };
            if (trigger_says_verdict(d->doc.text + ta, tb - ta) &&
                trigger_says_verdict(d->doc.text + e->trigger_start,
                                     e->trigger_end - e->trigger_start) &&
                !stem_in(d->doc.text + ta, tb - ta, PLEA) &&
                !stem_in(d->doc.text + e->trigger_start, e->trigger_end - e->trigger_start, PLEA)) {
                fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
                if (join_persons(d, &w->targets, &w->n_targets, p->targets, p->n_targets) != FNR_OK)
                    return false;
                return true;
            }
        }
        if ((day_at != SIZE_MAX && e->trigger_start >= e->start + (ta - na) &&
             e->trigger_end - e->trigger_start == tb - ta &&
             same_words(d->doc.text + e->trigger_start - (ta - na), d->doc.text + na, tb - na)) ||
            (day_name[0] && strcmp(e->date, day_name) == 0)) {
            if (count < 0 || e->count >= 0)
                return true;
            *lead = i; /* the one told with its dead stands for it */
            return false;
        }
        /* (the doers named join the attack told) */
        if (doers && si - e->sentence <= 3 && p->n_actors &&
            names_person(d, p->actors, p->n_actors)) {
            fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
            if (add_parties(d, &w->actors, &w->n_actors, p->actors, p->n_actors) != FNR_OK)
                return false;
        }
        if ((he && e->count == 1 && si - e->sentence <= 2) || (doers && si - e->sentence <= 3) ||
            his || among_those || the_cell)
            return true;
        /* (or by the last words of its name: "last year's suicide
         * bombing", then "The March 2025 bombing") */
        size_t en = e->trigger_end - e->trigger_start;
        if (named_year > 0 && strtol(e->date, NULL, 10) == named_year && en >= tb - ta &&
            (en == tb - ta || d->doc.text[e->trigger_end - (tb - ta) - 1] == ' ') &&
            same_words(d->doc.text + e->trigger_end - (tb - ta), d->doc.text + ta, tb - ta)) {
            if (count < 0 || e->count >= 0)
                return true;
            *lead = i; /* the one told with its dead stands for it */
            return false;
        }
        if (((the_one && e->count <= 1 && si - e->sentence <= 3) ||
             (named_dead && e->count <= 1 && si - e->sentence <= 2 &&
              same_month(sentence_date(d, e->sentence), sentence_date(d, si))) ||
             (the_unnamed && e->count <= 1 && si - e->sentence <= 2)) &&
            !names_person(d, e->targets, e->n_targets)) {
            *lead = i; /* the detailed sentence stands for it (GUIDELINES) */
            return false;
        }
        /* "MİT and police dismantled a spy network ..." then "Eight
         * suspects were detained in raids in three cities": the round-up
         * the lead told with no number, told with its number (D-15) */
        /* (and "The ministry said the General Security Service arrested
         * six members of the cell, including its leader": the cell the
         * lead rolled up, its members counted) */
        if (type == FNR_EVENT_ARREST && e->count < 0 && count > 1 && si - e->sentence <= 2 &&
            !names_person(d, e->targets, e->n_targets) &&
            ((!p->n_actors && token_number(d, s->tok0) == count &&
              tok_class(d, s->tok0 + 1, W_PERSON_NOUNS)) ||
             members_of_the_cell(d, tg->t1, s->tok1)) &&
            e->trigger_end - e->trigger_start > 4 &&
            trigger_says_roll_up(d->doc.text + e->trigger_start,
                                 e->trigger_end - e->trigger_start)) {
            *lead = i;
            return false;
        }
        /* (further on, when no other of its type was told since: "The
         * largest number of suspects were caught in Şanlıurfa" after the
         * round-up's remands and releases) */
        bool last_of_type = most && si - e->sentence <= 6;
        for (size_t j = i + 1; last_of_type && j < d->events.len; j++)
            last_of_type = FNR_VEC_AT(&d->events, fnr_event, j).type != type;
        if ((most && e->count > 1 && (si - e->sentence <= 3 || last_of_type)) ||
            (part > 0 && e->count > part && si - e->sentence <= 2) ||
            (all_of > 1 && e->count == all_of && si - e->sentence <= 3))
            return true;
        if (definite || (of_them && e->count > 0 && e->count >= count) || quoted_again ||
            (faceless && !e->n_actors && !e->n_targets &&
             same_year(sentence_date(d, e->sentence), sentence_date(d, si)))) {
            /* "X claimed responsibility for the stabbing": who claims the
             * attack told before made it */
            if (definite && type == FNR_EVENT_ATTACK && !e->n_actors && p->n_actors &&
                claimed_before(d, s->tok0, tg->t0)) {
                fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
                int *actors = fnr_arena_alloc(d->arena, p->n_actors * sizeof *actors);
                if (actors) {
                    memcpy(actors, p->actors, p->n_actors * sizeof *actors);
                    w->actors = actors;
                    w->n_actors = p->n_actors;
                }
            }
            return true;
        }
        /* ("Police caught 1,234 suspects across the country ... Istanbul
         * police detained 32 suspects ... The suspects were caught in
         * raids in 14 districts": the ones last told of) */
        bool later = false;
        for (size_t j = i + 1; same_ones && j < d->events.len && !later; j++)
            later = FNR_VEC_AT(&d->events, fnr_event, j).type == type &&
                    FNR_VEC_AT(&d->events, fnr_event, j).sentence != si;
        if (same_ones && !later) {
            /* "426 of the suspects were members of Daesh": a part of the
             * total told before, no event of its own (D-15) */
            if (count > 0 && e->count > count)
                return true;
            *lead = i; /* told again in detail: the detail stands for it */
            return false;
        }
        if (e->end - e->start == s->end - s->start &&
            memcmp(d->doc.text + e->start, d->doc.text + s->start, s->end - s->start) == 0)
            return true;
        if (type == FNR_EVENT_MILITARY_OPERATION && tg->t1 - tg->t0 > 1) {
            size_t a = x_tok(d, tg->t0)->start, b = x_tok(d, tg->t1 - 1)->end;
            if (e->trigger_end - e->trigger_start == b - a &&
                memcmp(d->doc.text + e->trigger_start, d->doc.text + a, b - a) == 0)
                return true;
        }
        /* "not limited to the Euphrates Shield Operation": a named operation
         * told before, named again */
        if (type == FNR_EVENT_MILITARY_OPERATION && tg->t0 > s->tok0 + 1 &&
            (x_tok(d, tg->t0)->tflags & FNR_TF_CAP) &&
            (x_tok(d, tg->t0 - 1)->tflags & FNR_TF_CAP)) {
            size_t n0 = tg->t0;
            while (n0 > s->tok0 && (x_tok(d, n0 - 1)->tflags & FNR_TF_CAP) &&
                   x_tok(d, n0 - 1)->kind == FNR_TOK_WORD)
                n0--;
            size_t a = x_tok(d, n0)->start, b = x_tok(d, tg->t1 - 1)->end;
            if (holds_bytes(d->doc.text + e->start, e->end - e->start, d->doc.text + a, b - a))
                return true;
        }
        /* the same number of people, unless it happened somewhere else
         * ("three in Vienna", then "three in Copenhagen") */
        int eloc = e->location_inferred ? -1 : e->location;
        /* (... in another month, or of other ones: "a spy ring of twelve
         * working for the DGSI" in October, "twelve PKK suspects" in
         * February) */
        /* (a place within the one told just before is the same: "four
         * caught in Van", then "in the Edremit district of Van") */
        if (count > 1 && e->count == count &&
            (eloc < 0 || loc < 0 || eloc == loc ||
             (si - e->sentence <= 2 && place_within(d, loc, eloc))) &&
            !another_one(d, s)) {
            const fnr_date_span *da = sentence_date(d, e->sentence), *db = sentence_date(d, si);
            bool other_month = da && db && da->start.month && db->start.month &&
                               da->start.month != db->start.month;
            bool other_ones = e->n_targets && p->n_targets;
            for (size_t a = 0; other_ones && a < e->n_targets; a++)
                if (contains(p->targets, p->n_targets, e->targets[a]))
                    other_ones = false;
            if (same_year(da, db) && !other_month && !other_ones) {
                /* "Police arrested three teenagers ... The three were
                 * detained in Leeuwarden": where, told in the second */
                /* (not over a round-up spread wide, nor from another's
                 * telling: other actors, another day, a region) */
                bool same_doers = !e->n_actors || !p->n_actors;
                for (size_t a = 0; !same_doers && a < p->n_actors; a++)
                    same_doers = contains(e->actors, e->n_actors, p->actors[a]);
                bool other_day =
                    da && db && da->start.day && db->start.day && da->start.day != db->start.day;
                /* ("The three were detained in ...", "They were held in
                 * ...": the sentence points back) */
                bool back = x_tok_is(d, s->tok0, "the") || x_tok_is(d, s->tok0, "they") ||
                            x_tok_is(d, s->tok0, "all") || x_tok_is(d, s->tok0, "those") ||
                            x_tok_is(d, s->tok0, "these");
                if (back && e->location < 0 && loc >= 0 && !many_places(d, si) &&
                    !many_places(d, e->sentence) && same_doers && !other_day &&
                    place_rank(&d->ents[loc]) <= 6 /* a province or smaller */) {
                    fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i);
                    w->location = loc;
                }
                /* ("The suspects, identified as A, B, C and D, were caught
                 * in Edremit": told again with the ones taken named, the
                 * detail stands for it) */
                if (back && (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) &&
                    si - e->sentence <= 2 && names_person(d, p->targets, p->n_targets) &&
                    !names_person(d, e->targets, e->n_targets) && e->n_targets < p->n_targets) {
                    *lead = i;
                    return false;
                }
                return true;
            }
        }
        /* "Turkish intelligence has captured a senior PKK member." then
         * "MİT detained Hüseyin Çelik, ...": the lead, told in detail */
        /* ("MİT tracked X for years before he was caught with the help
         * of police": the lead's actor named in another clause; "X was
         * brought back from Syria in 2022": another year, another capture) */
        if ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && count == 1 && e->count == 1 &&
            si - e->sentence <= 2 && e->n_actors &&
            (!p->n_actors || p->actors[0] == e->actors[0] ||
             named_after(d, e->actors[0], s->tok0, s->tok1)) &&
            !names_person(d, e->targets, e->n_targets) && !another_one(d, s) &&
            same_year(sentence_date(d, e->sentence), sentence_date(d, si))) {
            if (!names_person(d, p->targets, p->n_targets))
                return true;
            *lead = i; /* the detailed sentence stands for it (GUIDELINES) */
            return false;
        }
        if ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && same_targets(e, p) &&
            same_month(sentence_date(d, e->sentence), sentence_date(d, si)) &&
            dated_alike(e, sentence_date(d, si))) {
            bool person = false;
            for (size_t k = 0; k < p->n_targets; k++)
                if (d->ents[p->targets[k]].type == FNR_ENTITY_PERSON)
                    person = true;
            /* ("X was killed on November 12 in the Macomia district
             * along with four fighters" after "forces killed X in Cabo
             * Delgado last week": the detailed telling stands for it) */
            const fnr_date_span *db = sentence_date(d, si);
            bool finer = (db && db->start.prec == FNR_DATE_DAY && !db->is_relative &&
                          !(e->precision && strcmp(e->precision, "day") == 0)) ||
                         (count > 1 && count > e->count);
            /* (the next sentence or the one after, opening with the one
             * the lead named) */
            int opener = x_tok_entity(d, s->tok0);
            if (person && finer && si - e->sentence <= 2 && opener >= 0 &&
                contains(p->targets, p->n_targets, opener) &&
                contains(e->targets, e->n_targets, opener)) {
                *lead = i;
                return false;
            }
            if (person)
                return true;
        }
    }
    return named_one_of_lead(d, si, tg, type, p, count);
}

static int opener_before(const x_doc *d, size_t si, bool cross);

/* "Iran accused Israel of the attack", "Tehran blamed Israel for carrying
 * out the bombing": the party accused of the trigger's deed, or -1. */
static int accused_of(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const ACCUSE[] = { "accused", "accuses", "accusing", "blamed",
                                          "blames",  "blaming", NULL };
    static const char *const FILL[] = { "the",      "a",      "an",     "its",    "this",
                                        "carrying", "out",    "being",  "behind", "staging",
                                        "last",     "latest", "deadly", NULL };
    size_t q = tg->t0;
    while (q > s->tok0 && tg->t0 - q < 4 && x_tok(d, q - 1)->mention < 0 &&
           x_tok_in(d, q - 1, FILL))
        q--;
    if (q < s->tok0 + 3 || !(x_tok_is(d, q - 1, "of") || x_tok_is(d, q - 1, "for")))
        return -1;
    int m = x_tok(d, q - 2)->mention, e = x_tok_entity(d, q - 2);
    if (m < 0 || e < 0 || d->ents[e].type == FNR_ENTITY_PERSON)
        return -1;
    size_t m0 = x_men(d, (size_t)m)->tok0;
    if (m0 <= s->tok0 || !x_tok_in(d, m0 - 1, ACCUSE))
        return -1;
    return d->ents[e].type == FNR_ENTITY_ORGANIZATION || place_acts(d, &d->ents[e]) ? e : -1;
}

/* The one accused of an attack or plot is its doer; the accuser, named
 * before, is no party. "Iran accused Israel of the attack", the attack
 * told already: the one told gets its doer, if it had none. */
static void accused_doer(x_doc *d, size_t si, const xsent *s, const trig *tg, fnr_event_type type,
                         participants *p)
{
    if (type != FNR_EVENT_ATTACK && type != FNR_EVENT_PLOT)
        return;
    int e = accused_of(d, s, tg);
    if (e < 0)
        return;
    for (size_t q = x_sent(d, si)->tok0; q < tg->t0; q++) {
        int a = x_tok_entity(d, q);
        if (a >= 0 && a != e) {
            remove_id(p->actors, &p->n_actors, a);
            remove_id(p->targets, &p->n_targets, a);
        }
    }
    remove_id(p->targets, &p->n_targets, e);
    add_unique(p->actors, &p->n_actors, e);
    if (!x_tok_is(d, tg->t0 - 1, "the") && !x_tok_is(d, tg->t0 - 1, "this"))
        return;
    for (size_t i = d->events.len; i > 0; i--) {
        fnr_event *v = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (si - v->sentence > 3)
            break;
        if (v->type != type || v->sentence == si)
            continue;
        if (!v->n_actors && !contains(v->targets, v->n_targets, e))
            v->actors[v->n_actors++] = e; /* (each event holds room for one more) */
        break;
    }
}

/* The state or body that asks for an extradition, named around its noun:
 * "an extradition request from Türkiye", "Türkiye has requested his
 * extradition", "Ankara is seeking the extradition of ...", or -1. */
static int extradition_asker(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const ASK[] = { "requested", "requests", "request",  "sought",  "seeks",
                                       "seeking",   "asked",    "demanded", "demands", NULL };
    size_t k = tg->t1;
    if (k + 2 < s->tok1 && (x_tok_is(d, k, "request") || x_tok_is(d, k, "requests")) &&
        (x_tok_is(d, k + 1, "from") || x_tok_is(d, k + 1, "by")))
        return x_tok_entity(d, past_article(d, s->tok0, k + 2));
    /* back from the noun over "his", "the", "for", "has", "is" to the verb */
    size_t q = tg->t0;
    while (q > s->tok0 && tg->t0 - q < 3 && x_tok(d, q - 1)->mention < 0 &&
           !x_tok_in(d, q - 1, ASK) && (x_tok(d, q - 1)->xflags & XT_LOWER))
        q--;
    if (q <= s->tok0 + 1 || !x_tok_in(d, q - 1, ASK))
        return -1;
    for (q--; q > s->tok0 && x_tok(d, q - 1)->mention < 0 && (x_tok(d, q - 1)->xflags & XT_LOWER) &&
              (x_tok_is(d, q - 1, "has") || x_tok_is(d, q - 1, "had") || x_tok_is(d, q - 1, "is") ||
               x_tok_is(d, q - 1, "was") || x_tok_is(d, q - 1, "formally") ||
               x_tok_is(d, q - 1, "also") || x_tok_is(d, q - 1, "already"));
         q--)
        ;
    /* ("at the request of Türkiye, which is seeking his extradition") */
    if (q >= s->tok0 + 3 && x_tok_is(d, q - 1, "which") && is_punct_c(d, q - 2, ','))
        q -= 2;
    return q > s->tok0 ? x_tok_entity(d, q - 1) : -1;
}

/* "Bulgarian police arrested Ali Demir on an extradition request from
 * Türkiye": the state that asks for him acts, not the police who took him;
 * "Türkiye requested his extradition" asks for the one the sentence, or
 * the one before, named. */
static void extradition_parties(const x_doc *d, size_t si, const xsent *s, const trig *tg,
                                fnr_event_type type, participants *p)
{
    /* "X was extradited to Türkiye from Georgia": the state that hands
     * him over extradites */
    if (type == FNR_EVENT_LEGAL_ACTION && x_tok_is(d, tg->t0, "extradited") && !p->n_actors)
        for (size_t k = tg->t1; k + 1 < s->tok1 && k - tg->t1 < 10; k++) {
            if (is_punct_c(d, k, ',') || is_punct_c(d, k, ';'))
                break;
            if (!x_tok_is(d, k, "from"))
                continue;
            size_t q = x_tok_is(d, k + 1, "the") && k + 2 < s->tok1 ? k + 2 : k + 1;
            int c = x_tok_entity(d, q);
            if (c >= 0 && d->ents[c].type == FNR_ENTITY_LOCATION && place_acts(d, &d->ents[c])) {
                remove_id(p->targets, &p->n_targets, c);
                p->actors[0] = c;
                p->n_actors = 1;
            }
            break;
        }
    if (type != FNR_EVENT_LEGAL_ACTION || !x_tok_is(d, tg->t0, "extradition"))
        return;
    int asker = extradition_asker(d, s, tg);
    if (asker >= 0 &&
        (d->ents[asker].type == FNR_ENTITY_ORGANIZATION || place_acts(d, &d->ents[asker]))) {
        remove_id(p->targets, &p->n_targets, asker);
        p->actors[0] = asker;
        p->n_actors = 1;
    }
    /* the police who took the one asked for are no party to the request */
    for (size_t a = 0; a < p->n_targets;)
        if (is_security(d, p->targets[a]))
            p->targets[a] = p->targets[--p->n_targets];
        else
            a++;
    if (tg->t0 <= s->tok0 || !(x_tok_is(d, tg->t0 - 1, "his") || x_tok_is(d, tg->t0 - 1, "her")) ||
        names_person(d, p->targets, p->n_targets))
        return;
    const xsent *whole = x_sent(d, si);
    int who = -1;
    for (size_t q = whole->tok0; q < tg->t0; q++) {
        int e = x_tok_entity(d, q);
        if (e < 0 || d->ents[e].type != FNR_ENTITY_PERSON || e == who)
            continue;
        if (who >= 0)
            return; /* two people: whose is unsaid */
        who = e;
    }
    if (who < 0)
        who = opener_before(d, si, true);
    if (who >= 0 && !contains(p->actors, p->n_actors, who))
        add_unique(p->targets, &p->n_targets, who);
}

/* "Police detained seven people who spied for Mossad. The suspects passed
 * what they gathered to Mossad officers": the spies told of just before,
 * their spying told again, no second espionage. The sentence opens by
 * pointing back to them ("The suspects", "They", "The members of the
 * ring", also after a reporting verb: "The indictment said the suspects")
 * and an espionage event was told at most two sentences before. The ones
 * named in an apposition of the pointing words ("The suspects, who
 * included X and Y, ...", "the suspects, among them X, ...", "The
 * suspects, identified as X, Y and Z, ...") are among
 * those told of: they join the spying told before. */
static bool spying_told_again(x_doc *d, size_t si, fnr_event_type type, const participants *p)
{
    static const char *const SPIES[] = { "suspects", "members",    "men",     "women",  "spies",
                                         "agents",   "ring",       "network", "cell",   "detainees",
                                         "accused",  "defendants", "pair",    "couple", NULL };
    if (type != FNR_EVENT_ESPIONAGE || !d->events.len)
        return false;
    const xsent *s = x_sent(d, si);
    size_t k = s->tok0;
    /* "... detained a citizen who had been passing information to
     * Iranian intelligence ... Hasanov photographed military units and
     * sent the pictures to his handlers": the one spy named, his spying
     * told again (the spying before named no one) */
    int subj = x_tok_entity(d, k);
    size_t vk = subj >= 0 ? after_mention(d, k, s->tok1) : s->tok1;
    /* (its verb right after the name: "X, a private detective, was
     * accused of selling information" introduces another) */
    if (subj >= 0 && d->ents[subj].type == FNR_ENTITY_PERSON &&
        contains(p->actors, p->n_actors, subj) && vk < s->tok1 && (x_tok(d, vk)->xflags & XT_LOWER))
        for (size_t i = d->events.len; i > 0; i--) {
            fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
            if (e->sentence == si)
                continue;
            if (si - e->sentence > 2)
                break;
            if (e->type != FNR_EVENT_ESPIONAGE)
                continue;
            /* (not another service's spy, nor another time's) */
            bool same = !names_person(d, e->actors, e->n_actors) && !sentence_date(d, si);
            for (size_t a = 0; a < p->n_actors && same; a++)
                same = d->ents[p->actors[a]].type == FNR_ENTITY_PERSON ||
                       contains(e->actors, e->n_actors, p->actors[a]);
            if (!same)
                break;
            return join_persons(d, &e->actors, &e->n_actors, p->actors, p->n_actors) == FNR_OK;
        }
    /* ("The indictment said the suspects ...": past the reporting clause) */
    for (size_t q = k; q + 2 < s->tok1 && q - k < 16; q++)
        if ((x_tok_is(d, q, "said") || x_tok_is(d, q, "says") || x_tok_is(d, q, "alleged")) &&
            x_tok_is(d, q + 1, "the") && x_tok_in(d, q + 2, SPIES)) {
            k = q + 1;
            break;
        }
    if (!(k == s->tok0 && x_tok_is(d, k, "they")) &&
        !(k + 1 < s->tok1 &&
          (x_tok_is(d, k, "the") || x_tok_is(d, k, "these") || x_tok_is(d, k, "those")) &&
          x_tok_in(d, k + 1, SPIES)))
        return false;
    /* ("The suspects, who included ...", "the suspects, among them ...") */
    bool among = k + 4 < s->tok1 && is_punct_c(d, k + 2, ',') &&
                 ((x_tok_is(d, k + 3, "who") &&
                   (x_tok_is(d, k + 4, "included") || x_tok_is(d, k + 4, "include"))) ||
                  (x_tok_is(d, k + 3, "identified") && x_tok_is(d, k + 4, "as")) ||
                  /* ("The suspects, led by a former officer, X, ...") */
                  ((x_tok_is(d, k + 3, "led") || x_tok_is(d, k + 3, "headed")) &&
                   x_tok_is(d, k + 4, "by")) ||
                  x_tok_is(d, k + 3, "among") || x_tok_is(d, k + 3, "including"));
    for (size_t i = d->events.len; i > 0; i--) {
        fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (e->sentence == si)
            continue;
        if (si - e->sentence > 2)
            return false;
        if (e->type != FNR_EVENT_ESPIONAGE)
            continue;
        /* (a person named here and not there is another spy) */
        int add[16];
        size_t n_add = 0;
        for (size_t a = 0; a < p->n_actors; a++)
            if (d->ents[p->actors[a]].type == FNR_ENTITY_PERSON &&
                !contains(e->actors, e->n_actors, p->actors[a])) {
                if (!among)
                    return false;
                add[n_add++] = p->actors[a];
            }
        return !n_add || add_parties(d, &e->actors, &e->n_actors, add, n_add) == FNR_OK;
    }
    return false;
}

/* "An Iranian plot on British soil", "attacks on US soil": the event was
 * in the country before "soil", which sets *loc when none is set and the
 * report names the country. Whether the sentence says so: the report's
 * other places then tell nothing of where it was. */
static bool soil_place(const x_doc *d, const xsent *s, int *loc)
{
    for (size_t k = s->tok0 + 2; (s->cues & X_CUE_SOIL) && k < s->tok1; k++) {
        if (!x_tok_is(d, k, "soil") || !x_tok_is(d, k - 2, "on"))
            continue;
        int e = x_tok_entity(d, k - 1);
        if (e < 0 || d->ents[e].type != FNR_ENTITY_LOCATION)
            e = demonym_country(d, k - 1);
        if (*loc < 0)
            *loc = e;
        return true;
    }
    return false;
}

/* "the conviction in 2022 of a Dutch-Iranian man", "the arrest of two
 * men": a definite noun whose "of" names someone new (an indefinite one,
 * a number) tells a new event, not one told before. */
static bool of_new_ones(const x_doc *d, const xsent *s, const trig *tg)
{
    for (size_t k = tg->t1; k + 1 < s->tok1 && k - tg->t1 < 4; k++) {
        if (is_punct_c(d, k, ','))
            return false;
        if (x_tok_is(d, k, "of"))
            return x_tok_is(d, k + 1, "a") || x_tok_is(d, k + 1, "an") ||
                   token_number(d, k + 1) > 0;
    }
    return false;
}

/* "MİT captured a senior DEAŞ financier in Istanbul. The suspect,
 * identified as Halil Çelebi, moved money ...": the one an arrest or
 * killing took unnamed, named by the next sentence's opening apposition,
 * is its target (when that sentence tells no such event of its own). */
static bool one_sentence_para_before(const x_doc *d, size_t si);

/* Whether legal step e hands someone over ("extradited", "deported"). */
static bool handed_over(const x_doc *d, const fnr_event *e)
{
    const char *t = d->doc.text + e->trigger_start;
    size_t n = e->trigger_end - e->trigger_start;
    return (n >= 8 && (t[0] == 'e' || t[0] == 'E') && memcmp(t + 1, "xtradit", 7) == 0) ||
           (n >= 6 && (t[0] == 'd' || t[0] == 'D') && memcmp(t + 1, "eport", 5) == 0);
}

/* "MİT neutralized three PKK terrorists ... One of them, Hüseyin Ali,
 * ...", "... Among them was X": a named one of the many an arrest or a
 * killing took, in the next sentence, is among its targets. */
static size_t persons_listed(const x_doc *d, const xsent *s, size_t q, int who[8], size_t *end);

static fnr_status one_of_them_next(x_doc *d)
{
    fnr_event *ev = d->events.data;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &ev[i];
        if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL) || e->count < 2 ||
            names_person(d, e->targets, e->n_targets) || e->sentence + 1 >= d->sents.len)
            continue;
        size_t si = e->sentence + 1;
        const xsent *s = x_sent(d, si);
        size_t k = s->tok0;
        /* ("Among those detained was a former police chief, identified by
         * the initials H.K.": the one of the taken, a few sentences on,
         * when no other event of the type is told in between) */
        int who = -1;
        int listed[8];
        size_t list_end, n_listed = 0;
        for (size_t n = 0; n < 5 && si < d->sents.len && who < 0; n++, si++) {
            bool other = false;
            for (size_t j = i + 1; j < d->events.len && !other; j++)
                other = ev[j].type == e->type && ev[j].sentence < si;
            if (other)
                break;
            s = x_sent(d, si);
            k = s->tok0;
            /* ("One of the detained, former lieutenant H.Y., ...", "One
             * of the detainees, ...") */
            bool one_of =
                k + 4 < s->tok1 && x_tok_is(d, k, "one") && x_tok_is(d, k + 1, "of") &&
                (x_tok_is(d, k + 2, "the") || x_tok_is(d, k + 2, "those")) &&
                (x_tok_is(d, k + 3, "detainees") ||
                 ((x_tok(d, k + 3)->xflags & XT_TRIGGER) && tok_event_type(d, k + 3) == e->type)) &&
                is_punct_c(d, k + 4, ',');
            if (one_of ||
                (k + 4 < s->tok1 && x_tok_is(d, k, "among") &&
                 (x_tok_is(d, k + 1, "those") || x_tok_is(d, k + 1, "the")) &&
                 (((x_tok(d, k + 2)->xflags & XT_TRIGGER) && tok_event_type(d, k + 2) == e->type) ||
                  /* ("Among the detainees is a former police chief, H.K.") */
                  (e->type == FNR_EVENT_ARREST &&
                   (x_tok_is(d, k + 2, "detainees") || x_tok_is(d, k + 2, "suspects")))) &&
                 (x_tok_is(d, k + 3, "was") || x_tok_is(d, k + 3, "were") ||
                  x_tok_is(d, k + 3, "is") || x_tok_is(d, k + 3, "are"))))
                for (size_t q = k + 4; q < s->tok1 && q - k < 16 && who < 0; q++) {
                    int w = x_tok_entity(d, q);
                    if (w >= 0 && d->ents[w].type == FNR_ENTITY_PERSON)
                        who = w;
                    /* ("Among those detained were A, 27, B, 34, and C":
                     * each one listed) */
                    if (who >= 0 && !one_of &&
                        (x_tok_is(d, k + 3, "were") || x_tok_is(d, k + 3, "are")))
                        n_listed = persons_listed(d, s, q, listed, &list_end);
                }
        }
        /* ("Among them were A.M., 27, Y.K., 34, and S.T., 41") */
        s = x_sent(d, e->sentence + 1);
        k = s->tok0;
        if (who < 0 && (!s->para_start || one_sentence_para_before(d, e->sentence + 1)) &&
            k + 4 < s->tok1 && x_tok_is(d, k, "among") && x_tok_is(d, k + 1, "them") &&
            x_tok_is(d, k + 2, "were"))
            n_listed = persons_listed(d, s, k + 3, listed, &list_end);
        for (size_t q = 0; q < n_listed; q++)
            if (contains(e->actors, e->n_actors, listed[q]))
                n_listed = 0;
        if (n_listed > 1 && (long)n_listed <= e->count) {
            fnr_status st = add_parties(d, &e->targets, &e->n_targets, listed, n_listed);
            if (st != FNR_OK)
                return st;
            continue;
        }
        if (who >= 0 && !contains(e->actors, e->n_actors, who)) {
            e->targets[e->n_targets++] = who; /* (each event holds room for one more) */
            continue;
        }
        si = e->sentence + 1;
        s = x_sent(d, si);
        if (s->para_start && !one_sentence_para_before(d, si))
            continue;
        k = s->tok0;
        if (k + 4 < s->tok1 && x_tok_is(d, k, "one") && x_tok_is(d, k + 1, "of") &&
            x_tok_is(d, k + 2, "them") && is_punct_c(d, k + 3, ','))
            k += 4;
        else if (k + 3 < s->tok1 && x_tok_is(d, k, "among") && x_tok_is(d, k + 1, "them") &&
                 (x_tok_is(d, k + 2, "was") || x_tok_is(d, k + 2, "were")))
            k += 3;
        else if (k + 7 < s->tok1 && x_tok_is(d, k, "the") && is_punct_c(d, k + 2, ',') &&
                 x_tok_is(d, k + 3, "one") && x_tok_is(d, k + 4, "of") &&
                 x_tok_is(d, k + 5, "them")) {
            /* ("The terrorists, one of them identified as Zagros Amed,") */
            k += 6;
            while (k + 1 < s->tok1 && x_tok(d, k)->mention < 0 &&
                   (x_tok_is(d, k, "identified") || x_tok_is(d, k, "as") ||
                    x_tok_is(d, k, "named") || x_tok_is(d, k, "was")))
                k++;
        } else
            continue;
        who = x_tok_entity(d, k);
        if (who < 0 || d->ents[who].type != FNR_ENTITY_PERSON ||
            contains(e->actors, e->n_actors, who))
            continue;
        e->targets[e->n_targets++] = who; /* (each event holds room for one more) */
    }
    return FNR_OK;
}

/* "The suspects were identified as A, B and C ... Police detained the
 * three in Bursa": the persons the sentence before names, as many as "the
 * three" counts, are the ones taken ("The pair", "Both men": two). */
static fnr_status the_n_named_before(x_doc *d)
{
    fnr_event *ev = d->events.data;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &ev[i];
        if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL &&
             e->type != FNR_EVENT_LEGAL_ACTION) ||
            (e->count >= 0 && e->count < 2) || e->count > 8 ||
            names_person(d, e->targets, e->n_targets) || e->sentence == 0)
            continue;
        const xsent *s = x_sent(d, e->sentence);
        bool the_n = false;
        for (size_t k = s->tok0 + 1; k + 1 < s->tok1 && !the_n && e->count > 0; k++)
            the_n = x_tok_is(d, k - 1, "the") && token_number(d, k) == e->count &&
                    x_tok(d, k)->kind == FNR_TOK_WORD && !tok_class(d, k + 1, W_PERSON_NOUNS);
        /* ("The pair were arrested", "Both men were charged": two) */
        size_t k0 = s->tok0;
        bool pair = (e->count < 0 || e->count == 2) && k0 + 2 < s->tok1 &&
                    ((x_tok_is(d, k0, "the") &&
                      (x_tok_is(d, k0 + 1, "pair") || x_tok_is(d, k0 + 1, "duo"))) ||
                     (x_tok_is(d, k0, "both") &&
                      (tok_class(d, k0 + 1, W_PERSON_NOUNS) || tok_class(d, k0 + 1, W_BE_WORDS) ||
                       x_tok_is(d, k0 + 1, "accused"))));
        if (!the_n && !pair)
            continue;
        long want = the_n ? e->count : 2;
        e->count = want; /* (two, whoever they are) */
        /* the persons of the sentence before; for "both", of as many
         * sentences back (three at most) as it takes to name two ("Fadi
         * H. joined ... Ali K. is accused of ... Both accused were
         * arrested") */
        int who[8];
        size_t n = 0;
        for (size_t sb = e->sentence;
             sb > 0 && e->sentence - sb < (pair ? 3u : 1u) && (long)n < want && n <= 8; sb--) {
            const xsent *prev = x_sent(d, sb - 1);
            if (sb != e->sentence && prev->heading)
                break;
            for (size_t k = prev->tok0; k < prev->tok1; k++) {
                int w = x_tok_entity(d, k);
                if (w < 0 || d->ents[w].type != FNR_ENTITY_PERSON || contains(who, n, w))
                    continue;
                if (n == 8) {
                    n = 9;
                    break;
                }
                who[n++] = w;
            }
        }
        if ((long)n != want)
            continue;
        if (add_parties(d, &e->targets, &e->n_targets, who, n) != FNR_OK)
            return FNR_NOMEM;
    }
    return FNR_OK;
}

/* The persons listed from token q of sentence s ("A, B and C", "A., B
 * and C"), up to 8, into who; their number. */
static size_t persons_listed(const x_doc *d, const xsent *s, size_t q, int who[8], size_t *end)
{
    size_t n = 0;
    while (q < s->tok1 && n < 8) {
        int w = x_tok_entity(d, q);
        if (w < 0 || d->ents[w].type != FNR_ENTITY_PERSON || contains(who, n, w))
            break;
        who[n++] = w;
        q = after_mention(d, q, s->tok1);         /* ", B", " and C", ", and C" */
        if (q < s->tok1 && is_punct_c(d, q, '.')) /* ("Said A., ...") */
            q++;
        if (q < s->tok1 && is_punct_c(d, q, ','))
            q++;
        /* ("A, 45, B, 38, and C, 29": past each one's age) */
        if (q + 1 < s->tok1 && x_tok(d, q)->kind == FNR_TOK_NUMBER &&
            (is_punct_c(d, q + 1, ',') || x_tok_is(d, q + 1, "and")))
            q += is_punct_c(d, q + 1, ',') ? 2 : 1;
        /* ("A, 52, a former employee of a defence firm, his son B, 24":
         * past a description set off by commas, and a kinship's words,
         * when a person's name comes next) */
        if (q < s->tok1 && (x_tok_is(d, q, "a") || x_tok_is(d, q, "an") || x_tok_is(d, q, "the"))) {
            size_t c = q + 1;
            while (c < s->tok1 && c - q < 12 && !is_punct_c(d, c, ',') && x_tok_entity(d, c) < 0)
                c++;
            if (c + 1 < s->tok1 && is_punct_c(d, c, ',') &&
                (x_tok_entity(d, c + 1) >= 0 || x_tok_is(d, c + 1, "his") ||
                 x_tok_is(d, c + 1, "her")))
                q = c + 1;
        }
        if (q + 2 < s->tok1 && (x_tok_is(d, q, "his") || x_tok_is(d, q, "her")) &&
            (x_tok(d, q + 1)->xflags & XT_LOWER) && x_tok_entity(d, q + 2) >= 0)
            q += 2;
        if (q < s->tok1 && x_tok_is(d, q, "and"))
            q++;
    }
    *end = q;
    return n;
}

/* Where the names start in "The suspects were identified as A, B and C"
 * or "MİT identified the suspects as A, B and C" (a sentence telling who
 * the ones counted before were), or SIZE_MAX. */
static size_t listed_as_at(const x_doc *d, const xsent *s, const char *const *one)
{
    for (size_t q = s->tok0; q + 2 < s->tok1 && q - s->tok0 < 10; q++) {
        if (!x_tok_is(d, q, "identified") && !x_tok_is(d, q, "named"))
            continue;
        if (x_tok_is(d, q + 1, "as")) { /* "the suspects were identified as" */
            for (size_t k = s->tok0; k + 1 < q; k++)
                if (x_tok_is(d, k, "the") && tok_class(d, k + 1, W_PERSON_NOUNS) &&
                    !x_tok_in(d, k + 1, one))
                    return q + 2;
            return SIZE_MAX;
        }
        if (q + 4 < s->tok1 && x_tok_is(d, q + 1, "the") && tok_class(d, q + 2, W_PERSON_NOUNS) &&
            !x_tok_in(d, q + 2, one) && x_tok_is(d, q + 3, "as"))
            return q + 4; /* "identified the suspects as" */
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

static void named_next(x_doc *d)
{
    static const char *const ONE[] = { "suspect", "man",       "woman",     "terrorist", "militant",
                                       "member",  "financier", "commander", "official",  "wali",
                                       "emir",    "leader",    "governor",  NULL };
    static const char *const CUE[] = { "identified", "named", "as",       "by",
                                       "the",        "only",  "initials", NULL };
    fnr_event *ev = d->events.data;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &ev[i];
        /* ("Ukraine extradited a Tajik national wanted for ... The
         * suspect, X, ...": the one handed over) */
        bool handed = e->type == FNR_EVENT_LEGAL_ACTION && handed_over(d, e);
        /* ("sentenced a former railway employee ... The man, X,": the one
         * tried) */
        bool tried = e->type == FNR_EVENT_LEGAL_ACTION && e->count == 1;
        if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL && !handed && !tried) ||
            names_person(d, e->targets, e->n_targets) || e->sentence + 1 >= d->sents.len)
            continue;
        size_t si = e->sentence + 1;
        const xsent *s = x_sent(d, si);
        if (s->para_start && !one_sentence_para_before(d, si))
            continue;
        size_t k = s->tok0;
        /* ("The suspects were identified as A, B and C", "MİT identified
         * the suspects as A, B and C": as many as were counted) */
        size_t as = e->count > 1 && e->count <= 8 && !(k + 4 < s->tok1 && is_punct_c(d, k + 2, ','))
                        ? listed_as_at(d, s, ONE)
                        : SIZE_MAX;
        if (as != SIZE_MAX) {
            int who[8];
            size_t n = persons_listed(d, s, as, who, &k);
            if ((long)n == e->count)
                (void)add_parties(d, &e->targets, &e->n_targets, who, n); /* (no room: as told) */
            continue;
        }
        /* "The US military said it had killed a senior financier ... US
         * Africa Command identified the man as X": the one killed, named */
        if (e->count <= 1 && (e->type == FNR_EVENT_ARREST || e->type == FNR_EVENT_KILL)) {
            int who = -1;
            for (size_t q = k; q + 2 < s->tok1 && q - k < 12 && who < 0; q++) {
                if (!x_tok_is(d, q, "identified") || q == k || x_tok_is(d, q - 1, "was") ||
                    x_tok_is(d, q - 1, "were"))
                    continue;
                size_t r = q + 1;
                if (x_tok_is(d, r, "him") || x_tok_is(d, r, "her"))
                    r++;
                else if (r + 2 < s->tok1 && x_tok_is(d, r, "the") && x_tok_in(d, r + 1, ONE))
                    r += 2;
                else
                    continue;
                int w = r + 1 < s->tok1 && x_tok_is(d, r, "as") ? x_tok_entity(d, r + 1) : -1;
                if (w >= 0 && d->ents[w].type == FNR_ENTITY_PERSON)
                    who = w;
            }
            if (who >= 0) {
                (void)add_parties(d, &e->targets, &e->n_targets, &who, 1);
                continue;
            }
        }
        if (k + 4 >= s->tok1 || !x_tok_is(d, k, "the") || !is_punct_c(d, k + 2, ','))
            continue;
        /* "Police detained three men ... The suspects, identified as A, B
         * and C, ...": as many persons as were counted */
        if (e->count > 1 && e->count <= 8 && tok_class(d, k + 1, W_PERSON_NOUNS) &&
            !x_tok_in(d, k + 1, ONE)) {
            size_t q = k + 3;
            while (q < s->tok1 && q - s->tok0 < 8 && x_tok(d, q)->mention < 0 &&
                   x_tok_in(d, q, CUE))
                q++;
            int who[8];
            size_t n = persons_listed(d, s, q, who, &q);
            /* ("A, B and three others whose names were not disclosed":
             * the named ones and the rest make the count) */
            long rest = 0;
            if (n && q + 1 < s->tok1 &&
                (x_tok_is(d, q + 1, "others") || x_tok_is(d, q + 1, "other")))
                rest = token_number(d, q);
            if ((long)n == e->count || (rest > 0 && (long)n + rest == e->count))
                (void)add_parties(d, &e->targets, &e->n_targets, who, n); /* (no room: as told) */
            continue;
        }
        if (!x_tok_in(d, k + 1, ONE))
            continue;
        /* (an uncounted one: the noun the event's sentence used, "a PKK
         * terrorist ... The terrorist, X"; "killed four militants
         * including the group's wali ... The wali, X", "killed a senior ISIS
         * commander and four of his aides ... The commander, X": one of
         * them) */
        bool same_noun = false;
        for (size_t q = x_sent(d, e->sentence)->tok0; q < s->tok0 && !same_noun; q++)
            same_noun = x_tok(d, q)->key_len == x_tok(d, k + 1)->key_len &&
                        memcmp(x_tok(d, q)->key, x_tok(d, k + 1)->key, x_tok(d, q)->key_len) == 0;
        if ((e->count < 0 && !same_noun && !handed) || (e->count > 1 && !same_noun))
            continue;
        k += 3;
        /* ("The man, 41, identified by the initials A.Y.": past his age) */
        if (k + 1 < s->tok1 && x_tok(d, k)->kind == FNR_TOK_NUMBER && is_punct_c(d, k + 1, ','))
            k += 2;
        while (k < s->tok1 && k - s->tok0 < 10 && x_tok(d, k)->mention < 0 && x_tok_in(d, k, CUE))
            k++;
        int who = k < s->tok1 ? x_tok_entity(d, k) : -1;
        if (who < 0 || d->ents[who].type != FNR_ENTITY_PERSON ||
            contains(e->actors, e->n_actors, who))
            continue;
        bool own = false; /* the sentence's own capture or killing names him (restated) */
        for (size_t j = i + 1; j < d->events.len && !own; j++)
            own = ev[j].sentence == si &&
                  (handed  ? ev[j].type == FNR_EVENT_LEGAL_ACTION && handed_over(d, &ev[j])
                   : tried ? ev[j].type == FNR_EVENT_LEGAL_ACTION
                           : ev[j].type == FNR_EVENT_ARREST || ev[j].type == FNR_EVENT_KILL);
        if (!own)
            e->targets[e->n_targets++] = who; /* (each event holds room for one more) */
    }
}

/* "The attack was carried out by ISIS", "The coup attempt, orchestrated
 * by FETÖ and its leader Fetullah Gülen, killed 251": the ones a verb of
 * doing after the attack's or plot's noun names after "by" did it, none
 * of them its target. */
static void deed_done_by(const x_doc *d, const xsent *s, const trig *tg, fnr_event_type type,
                         participants *p)
{
    static const char *const DONE[] = { "carried",      "orchestrated", "staged",    "perpetrated",
                                        "masterminded", "planned",      "organized", "organised",
                                        "committed",    "conducted",    "executed",  "claimed",
                                        "launched",     "directed",     NULL };
    static const char *const AUX[] = { "was",       "were",       "been",     "had", "has", "being",
                                       "allegedly", "reportedly", "believed", "to",  "be",  NULL };
    if (type != FNR_EVENT_ATTACK && type != FNR_EVENT_PLOT)
        return;
    size_t k = tg->t1;
    if (k < s->tok1 && is_punct_c(d, k, ','))
        k++;
    while (k < s->tok1 && k - tg->t1 < 6 &&
           (x_tok_in(d, k, AUX) || (x_tok(d, k)->xflags & XT_QUOTE)))
        k++;
    if (k >= s->tok1 || !x_tok_in(d, k, DONE))
        return;
    k++;
    if (k < s->tok1 && x_tok_is(d, k, "out"))
        k++;
    /* ("was "directed and financed" by the IRGC") */
    if (k + 1 < s->tok1 && x_tok_is(d, k, "and") && (x_tok(d, k + 1)->xflags & XT_LOWER))
        k += 2;
    while (k < s->tok1 && (x_tok(d, k)->xflags & XT_QUOTE))
        k++;
    if (k >= s->tok1 || !x_tok_is(d, k, "by"))
        return;
    bool any = false;
    for (k++; k < s->tok1 && p->n_actors < 16; k++) {
        if (is_punct_c(d, k, '.') || is_punct_c(d, k, ';') || (is_punct_c(d, k, ',') && any) ||
            (x_tok(d, k)->xflags & XT_TRIGGER))
            break;
        int e = x_tok_entity(d, k);
        if (e < 0) {
            if (x_tok(d, k)->kind == FNR_TOK_WORD && !(x_tok(d, k)->xflags & XT_LOWER))
                break;
            continue;
        }
        size_t next = after_mention(d, k, s->tok1);
        /* ("its U.S.-based leader": a place naming where one sits) */
        if (d->ents[e].type == FNR_ENTITY_LOCATION &&
            (!place_acts(d, &d->ents[e]) || (next < s->tok1 && is_punct_c(d, next, '-')))) {
            k = next - 1;
            continue;
        }
        remove_id(p->targets, &p->n_targets, e);
        add_unique(p->actors, &p->n_actors, e);
        any = true;
        k = next - 1;
    }
}

/* "... over his role in the July 15, 2016 coup attempt." then "The coup
 * attempt, orchestrated by FETÖ, killed 251 people": an attack or plot
 * named again by the same words after "the" is the one told. Nothing new
 * (no doer, no dead): no event; else *lead is set to the one told, which
 * gives way to this one (and lends it its date and place). */
static bool deed_told_again(x_doc *d, size_t si, const xsent *s, const trig *tg,
                            fnr_event_type type, const participants *p, long count, size_t *lead)
{
    static const char *const DONE_WITH[] = { "foiled",  "thwarted", "failed", "alleged",
                                             "botched", "deadly",   NULL };
    *lead = SIZE_MAX;
    if ((type != FNR_EVENT_ATTACK && type != FNR_EVENT_PLOT) || tg->t0 <= s->tok0)
        return false;
    /* "The foiled plot is the latest in a string of ...": the one told,
     * whatever else the sentence names */
    if (tg->t0 >= s->tok0 + 2 && x_tok_in(d, tg->t0 - 1, DONE_WITH) &&
        (x_tok_is(d, tg->t0 - 2, "the") || x_tok_is(d, tg->t0 - 2, "this"))) {
        for (size_t i = d->events.len; i > 0; i--)
            if (FNR_VEC_AT(&d->events, fnr_event, i - 1).type == type &&
                FNR_VEC_AT(&d->events, fnr_event, i - 1).sentence != si)
                return true;
        return false;
    }
    /* ("that" before a noun points back: "hours after that attack"; "a
     * cell that attacked" is a relative) */
    const xtok *tw = x_tok(d, tg->t1 - 1);
    bool noun = tw->key_len > 2 && memcmp(tw->key + tw->key_len - 2, "ed", 2) != 0;
    if (!(x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "this") ||
          (noun && x_tok_is(d, tg->t0 - 1, "that"))))
        return false;
    /* "... suspected of planning an attack on the parade. The men had
     * discussed using knives in the attack": the attack planned, no attack
     * that took place, when the report told a plot and no attack */
    /* ("the attack on a synagogue that killed four" tells one of its own) */
    if (type == FNR_EVENT_ATTACK && tg->t1 - tg->t0 == 1 &&
        (x_tok_is(d, tg->t0, "attack") || x_tok_is(d, tg->t0, "attacks")) &&
        (tg->t1 >= s->tok1 || x_tok(d, tg->t1)->kind == FNR_TOK_PUNCT)) {
        bool plot = false, attack = false;
        for (size_t i = 0; i < d->events.len; i++) {
            const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
            attack = attack || e->type == FNR_EVENT_ATTACK;
            plot = plot || (e->type == FNR_EVENT_PLOT && e->sentence != si);
        }
        if (plot && !attack)
            return true;
    }
    size_t ta = x_tok(d, tg->t0)->start, tb = x_tok(d, tg->t1 - 1)->end;
    for (size_t i = d->events.len; i > 0; i--) {
        const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (e->type != type || e->sentence == si || e->trigger_end - e->trigger_start != tb - ta ||
            !same_words(d->doc.text + e->trigger_start, d->doc.text + ta, tb - ta))
            continue;
        /* (nothing the one told lacks: "the July 15, 2016 coup attempt,
         * which killed 252 people" then "convicted of involvement in the
         * coup attempt") */
        if ((!p->n_actors || e->n_actors) && (count < 0 || e->count >= 0))
            return true;
        *lead = i - 1;
        return false;
    }
    /* "It said the plot was directed by the IRGC's Quds Force": the one
     * told with no doer, in other words, gets its doers here */
    for (size_t i = d->events.len; p->n_actors && tg->t1 - tg->t0 == 1 && i > 0; i--) {
        const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (e->type != type || e->sentence == si)
            continue;
        if (!e->n_actors && si - e->sentence <= 3) {
            /* ("Islamic State claimed responsibility for the stabbing":
             * who claims it made it; the telling with the deed's date,
             * place and dead stands) */
            if (claimed_before(d, s->tok0, tg->t0) && count < 0) {
                int *actors = fnr_arena_alloc(d->arena, p->n_actors * sizeof *actors);
                if (actors) {
                    memcpy(actors, p->actors, p->n_actors * sizeof *actors);
                    fnr_event *w = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
                    w->actors = actors;
                    w->n_actors = p->n_actors;
                    return true;
                }
            }
            *lead = i - 1;
            return false;
        }
        break;
    }
    /* ("hours after that attack": one told, in whatever words) */
    for (size_t i = 0;
         x_tok_is(d, tg->t0 - 1, "that") && !p->n_actors && count < 0 && i < d->events.len; i++)
        if (FNR_VEC_AT(&d->events, fnr_event, i).type == type &&
            FNR_VEC_AT(&d->events, fnr_event, i).sentence != si)
            return true;
    return false;
}

/* "MİT captured a PKK member who was planning a bomb attack in Ankara.
 * ... Hasso had been tasked to carry out an attack on the capital": the
 * plot told with the capture of its plotter, told again with him named
 * (within a few sentences): the lead's plot (one with no person among its
 * plotters, in or just before the sentence of an arrest or a killing that
 * took one of this plot's plotters: the capture's detail may be told in
 * the next sentence) gives way to this one, with its groups. */
static void plot_of_the_taken(const x_doc *d, size_t si, fnr_event_type type, participants *p,
                              size_t *lead)
{
    if (type != FNR_EVENT_PLOT || !p->n_actors)
        return;
    const fnr_event *ev = d->events.data;
    for (size_t a = 0; a < p->n_actors; a++) {
        int w = p->actors[a];
        if (d->ents[w].type != FNR_ENTITY_PERSON)
            continue;
        for (size_t i = d->events.len; i > 0; i--) {
            const fnr_event *e = &ev[i - 1];
            if (e->sentence >= si || si - e->sentence > 5)
                continue;
            if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL) ||
                !contains(e->targets, e->n_targets, w))
                continue;
            for (size_t j = 0; j < d->events.len; j++) {
                if (ev[j].type != FNR_EVENT_PLOT || ev[j].sentence > e->sentence ||
                    e->sentence - ev[j].sentence > 2 ||
                    names_person(d, ev[j].actors, ev[j].n_actors))
                    continue;
                for (size_t q = 0; q < ev[j].n_actors && p->n_actors < 16; q++)
                    if (is_militant(d, ev[j].actors[q]) &&
                        !contains(p->targets, p->n_targets, ev[j].actors[q]))
                        add_unique(p->actors, &p->n_actors, ev[j].actors[q]);
                *lead = j;
                return;
            }
        }
    }
}

/* "each faces a prison term of up to 20 years", "prosecutors sought jail
 * terms": a term threatened or asked for, none given. */
static bool term_not_given(const x_doc *d, const xsent *s, const trig *tg)
{
    static const char *const NOT_GIVEN[] = { "faces",  "face",     "facing",    "faced",
                                             "risk",   "risks",    "risking",   "could",
                                             "would",  "seek",     "seeks",     "seeking",
                                             "sought", "demanded", "requested", NULL };
    if (!x_tok_is(d, tg->t1 - 1, "term") && !x_tok_is(d, tg->t1 - 1, "terms"))
        return false;
    for (size_t k = tg->t0; k > s->tok0 && tg->t0 - k < 4; k--)
        if (x_tok_in(d, k - 1, NOT_GIVEN))
            return true;
    return false;
}

/* "A US airstrike killed a senior al-Shabaab commander. The strike
 * targeted Ahmed Ali Jama, ...": the strike or raid just told, its target
 * named; no operation or plot of its own, and the one named is the
 * killing's (or capture's) target. */
static bool strike_told_again(x_doc *d, size_t si, fnr_event_type type, const participants *p)
{
    static const char *const MEANS[] = { "strike", "airstrike", "raid", NULL };
    if ((type != FNR_EVENT_MILITARY_OPERATION && type != FNR_EVENT_PLOT) || !d->events.len)
        return false;
    const xsent *s = x_sent(d, si);
    size_t k = s->tok0;
    if (k + 2 >= s->tok1 || !(x_tok_is(d, k, "the") || x_tok_is(d, k, "this")))
        return false;
    k++;
    if (x_tok_is(d, k, "drone") || x_tok_is(d, k, "air") || x_tok_is(d, k, "us"))
        k++;
    if (!x_tok_in(d, k, MEANS) || (x_tok(d, k)->tflags & FNR_TF_CAP))
        return false;
    for (size_t i = d->events.len; i > 0; i--) {
        fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i - 1);
        if (e->sentence == si)
            continue;
        if (si - e->sentence > 2)
            return false;
        if (e->type != FNR_EVENT_KILL && e->type != FNR_EVENT_ARREST)
            continue;
        int who = -1;
        for (size_t t = 0; t < p->n_targets && who < 0; t++)
            if (d->ents[p->targets[t]].type == FNR_ENTITY_PERSON)
                who = p->targets[t];
        if (who >= 0 && e->count <= 1 && !names_person(d, e->targets, e->n_targets))
            e->targets[e->n_targets++] = who; /* (each event holds room for one more) */
        return true;
    }
    return false;
}

/* "ISKP claimed the January 28 attack on a church": the claimant of an
 * attack named with its date or its kind between "the" and the noun
 * carried it out (who_did_it reads "claimed the attack"). */
static void claimed_dated(const x_doc *d, const xsent *s, const trig *tg, fnr_event_type type,
                          participants *p)
{
    static const char *const KINDS[] = {
        "deadly", "suicide", "twin", "bomb", "gun", "knife", NULL
    };
    if (type != FNR_EVENT_ATTACK || p->n_actors >= 16)
        return;
    size_t k = tg->t0;
    while (k > s->tok0 && tg->t0 - k < 6 && x_tok(d, k - 1)->mention < 0 &&
           ((x_tok(d, k - 1)->xflags & XT_DATE) || x_tok(d, k - 1)->kind == FNR_TOK_NUMBER ||
            is_punct_c(d, k - 1, ',') || x_tok_in(d, k - 1, KINDS)))
        k--;
    if (k == tg->t0 || k < s->tok0 + 3 ||
        !(x_tok_is(d, k - 1, "the") || x_tok_is(d, k - 1, "an") || x_tok_is(d, k - 1, "a")))
        return;
    size_t v = k - 2;
    if (!x_tok_is(d, v, "claimed") && !x_tok_is(d, v, "claims"))
        return;
    if (v > s->tok0 + 1 && (x_tok_is(d, v - 1, "has") || x_tok_is(d, v - 1, "later")))
        v--;
    int e = v > s->tok0 ? x_tok_entity(d, v - 1) : -1;
    if (e >= 0 && d->ents[e].type != FNR_ENTITY_LOCATION) {
        add_unique(p->actors, &p->n_actors, e);
        remove_id(p->targets, &p->n_targets, e);
    }
}

/* "MİT captured X, who had been sought with a red notice": the captor,
 * named before the relative clause that holds the legal step, is no party
 * to it. */
static void legal_in_relative(const x_doc *d, const xsent *s, const trig *tg, fnr_event_type type,
                              participants *p)
{
    if (type != FNR_EVENT_LEGAL_ACTION || !p->n_actors)
        return;
    size_t w = SIZE_MAX;
    for (size_t k = tg->t0; k > s->tok0 + 1 && tg->t0 - k < 8; k--) {
        if (is_punct_c(d, k - 1, ',') || x_tok(d, k - 1)->mention >= 0)
            break;
        if ((x_tok_is(d, k - 1, "who") || x_tok_is(d, k - 1, "which")) && k >= s->tok0 + 2 &&
            is_punct_c(d, k - 2, ',')) {
            w = k - 1;
            break;
        }
    }
    if (w == SIZE_MAX)
        return;
    for (size_t a = 0; a < p->n_actors;) {
        bool after = false;
        for (size_t q = w; q < s->tok1 && !after; q++)
            after = x_tok_entity(d, q) == p->actors[a];
        if (!after)
            p->actors[a] = p->actors[--p->n_actors];
        else
            a++;
    }
}

/* "Turkish intelligence captured Kaçar in Gaziantep, and police detained
 * him together with two accomplices": the one the sentence's first clause
 * took, taken again with others. No second capture: the first one counts
 * all of them. */
static bool taken_again_in_clause(x_doc *d, size_t si, const xsent *s, const trig *tg,
                                  fnr_event_type type, long count)
{
    if ((type != FNR_EVENT_ARREST && type != FNR_EVENT_KILL) || tg->t1 >= s->tok1 ||
        !(x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "her")) || !d->events.len)
        return false;
    fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, d->events.len - 1);
    if (e->sentence != si || e->type != type || e->count > 1 ||
        !names_person(d, e->targets, e->n_targets))
        return false;
    if (count > e->count)
        e->count = count;
    return true;
}

/* Drops from p the names an operation is given ("an operation codenamed
 * Kıskaç", "Operation Gürz"): the name of the operation is none of its
 * parties. */
static void drop_op_names(const x_doc *d, const xsent *s, const sent_facts *sf, participants *p)
{
    for (size_t o = 0; o < sf->occs.len && (p->n_actors || p->n_targets); o++) {
        const occ *oc = &FNR_VEC_AT(&sf->occs, occ, o);
        size_t k = oc->tok;
        int e = oc->ent;
        if (!oc->ent_start || d->ents[e].type == FNR_ENTITY_LOCATION)
            continue;
        size_t q = k - 1;
        while (q > s->tok0 && (x_tok(d, q)->xflags & XT_QUOTE))
            q--;
        bool named = x_tok_is(d, q, "Operation") && (x_tok(d, q)->tflags & FNR_TF_CAP);
        for (size_t w = q; !named && w > s->tok0 && q - w < 3; w--)
            named = (x_tok_is(d, w - 1, "operation") || x_tok_is(d, w - 1, "operations")) &&
                    code_name_after(d, w, s->tok1) == k;
        if (!named)
            continue;
        remove_id(p->actors, &p->n_actors, e);
        remove_id(p->targets, &p->n_targets, e);
    }
}

/* "Two militants who attacked a firm were identified as A and B", "The
 * gunman who attacked the church, A, was arrested": those outside the
 * relative clause whose verb is the attack are who carried it out. */
static void who_did_it(const x_doc *d, const xsent *s, const trig *tg, participants *p)
{
    size_t w = tg->t0;
    /* "ISIS claimed responsibility for an attack on a church": the
     * claimant, named just before the claim, carried it out */
    /* ("claimed the attack on a camp": the claim without its word) */
    /* ("claimed responsibility for the 2017 New Year's Eve attack": past
     * the words naming it, up to a comma) */
    for (size_t r = w; tg->type == FNR_EVENT_ATTACK && r > s->tok0 + 2 && w - r < 8; r--) {
        if (is_punct_c(d, r - 1, ',') || is_punct_c(d, r - 1, ';'))
            break;
        size_t v;
        bool bare = false;
        if (r > s->tok0 + 3 && x_tok_is(d, r - 1, "for") && x_tok_is(d, r - 2, "responsibility"))
            v = r - 3;
        else if (r == w && (x_tok_is(d, r - 1, "the") || x_tok_is(d, r - 1, "an")))
            v = r - 2, bare = true;
        else
            continue;
        if (!x_tok_is(d, v, "claimed") && !x_tok_is(d, v, "claims") && !x_tok_is(d, v, "claim")) {
            if (bare)
                continue;
            break;
        }
        size_t v0 = v;
        while (v > s->tok0 && x_tok(d, v - 1)->mention < 0 &&
               (x_tok(d, v - 1)->xflags & XT_LOWER) && v0 - v < 2)
            v--; /* "has claimed", "later claimed" */
        /* ("the Group for the Support of Islam and Muslims (JNIM) claimed":
         * the name before its bracket) */
        if (v > s->tok0 + 2 && is_punct_c(d, v - 1, ')')) {
            size_t o = v - 1;
            while (o > s->tok0 && v - 1 - o < 6 && !is_punct_c(d, o, '('))
                o--;
            if (is_punct_c(d, o, '('))
                v = o;
        }
        int e = v > s->tok0 ? x_tok_entity(d, v - 1) : -1;
        if (e >= 0 && d->ents[e].type != FNR_ENTITY_LOCATION && p->n_actors < 16) {
            add_unique(p->actors, &p->n_actors, e);
            remove_id(p->targets, &p->n_targets, e);
        }
        break;
    }
    if (w > s->tok0 && (x_tok_is(d, w - 1, "had") || x_tok_is(d, w - 1, "allegedly")))
        w--;
    if (w <= s->tok0 || !x_tok_is(d, w - 1, "who"))
        return;
    /* "Two PKK militants who attacked": the group of the ones who did */
    for (size_t k = w - 1; k > s->tok0 && w - 1 - k < 4 && p->n_actors < 16; k--) {
        int e = x_tok_entity(d, k - 1);
        if (e >= 0 && is_militant(d, e)) {
            add_unique(p->actors, &p->n_actors, e);
            remove_id(p->targets, &p->n_targets, e);
        }
    }
    size_t end = tg->t1;
    while (end < s->tok1 && !is_punct_c(d, end, ',') && !x_tok_is(d, end, "was") &&
           !x_tok_is(d, end, "were"))
        end++;
    for (size_t a = 0; a < p->n_targets;) {
        int e = p->targets[a];
        bool inside = named_after(d, e, tg->t1, end);
        if (!inside && d->ents[e].type != FNR_ENTITY_LOCATION && p->n_actors < 16) {
            add_unique(p->actors, &p->n_actors, e);
            remove_id(p->targets, &p->n_targets, e);
        } else {
            a++;
        }
    }
}

/* Whether one of the n triggers found starts at token k with type t. */
static bool same_type_trigger_at(const trig *found, size_t n, size_t k, fnr_event_type t)
{
    for (size_t i = 0; i < n; i++)
        if (found[i].t0 == k && found[i].type == t)
            return true;
    return false;
}

/* "a 2022 attack on the ministry that killed more than 120 people": the
 * dead are the attack's count (the attack is this sentence's event too),
 * not a killing of its own. A strike that killed someone is a killing. */

/* Whether tokens [a, b) only count what follows: "at least 10", "more
 * than a dozen", "a series of". */
static bool counted_between(const x_doc *d, size_t a, size_t b)
{
    static const char *const W[] = { "at",     "least",   "more",   "than",   "over", "some",
                                     "a",      "an",      "the",    "series", "of",   "dozens",
                                     "number", "several", "nearly", "almost", NULL };
    if (b - a > 6)
        return false;
    for (size_t q = a; q < b; q++)
        if (token_number(d, q) < 0 && !x_tok_in(d, q, W))
            return false;
    return true;
}

static bool killed_by_attack(const x_doc *d, const xsent *s, const trig *tg, const trig *found,
                             size_t n_found)
{
    static const char *const ATTACK_NOUNS[] = { "attack",    "attacks",   "bombing",  "bombings",
                                                "blast",     "explosion", "coup",     "assault",
                                                "shootings", "shooting",  "attempt",  "massacre",
                                                "siege",     "ambush",    "stabbing", NULL };
    size_t k = tg->t0;
    /* "attacked a base in Wajiroko, killing four soldiers" */
    bool participle = x_tok_is(d, k, "killing") && k > s->tok0 && is_punct_c(d, k - 1, ',');
    if (participle) {
        for (size_t i = 0; i < n_found; i++)
            if (found[i].type == FNR_EVENT_ATTACK && found[i].t0 < tg->t0)
                return true;
        return false;
    }
    /* "a suicide bombing at the church killed 25 people": the attack's
     * dead, its noun the verb's subject ("militants who were preparing an
     * attack on a base were killed": a passive's subject is the dead) */
    bool passive = k > s->tok0 && (x_tok_is(d, k - 1, "were") || x_tok_is(d, k - 1, "was") ||
                                   x_tok_is(d, k - 1, "been"));
    for (size_t i = 0; i < n_found && !passive; i++) {
        if (found[i].type != FNR_EVENT_ATTACK || found[i].t1 > tg->t0 || tg->t0 - found[i].t1 > 8)
            continue;
        bool plain = x_tok_in(d, found[i].t1 - 1, ATTACK_NOUNS);
        for (size_t q = found[i].t1; plain && q < tg->t0; q++)
            plain = !is_punct_c(d, q, ',') && !(x_tok(d, q)->xflags & XT_TRIGGER) &&
                    !x_tok_is(d, q, "that") && !x_tok_is(d, q, "which") && !x_tok_is(d, q, "and");
        if (plain)
            return true;
    }
    /* "beheaded six villagers in an attack on a village", "nine people
     * were killed when gunmen stormed a hotel": the dead of the attack
     * told after */
    for (size_t i = 0; i < n_found; i++) {
        if (found[i].type != FNR_EVENT_ATTACK || found[i].t0 < tg->t1 || found[i].t0 - tg->t1 > 10)
            continue;
        for (size_t q = tg->t1; q < found[i].t0; q++) {
            if (is_punct_c(d, q, ',') || (x_tok(d, q)->xflags & XT_TRIGGER))
                break;
            /* "two militants were killed when they opened fire on the
             * troops": the dead are the attackers, killed by the ones
             * they fired on (a killing of its own) */
            if ((x_tok_is(d, q, "when") || x_tok_is(d, q, "as")) && q + 2 == found[i].t0 &&
                (x_tok_is(d, q + 1, "they") || x_tok_is(d, q + 1, "he") ||
                 x_tok_is(d, q + 1, "she")))
                break;
            if (x_tok_is(d, q, "when") || x_tok_is(d, q, "as") ||
                ((x_tok_is(d, q, "in") || x_tok_is(d, q, "during")) &&
                 (found[i].t0 - q <= 3 || counted_between(d, q + 1, found[i].t0))))
                return true;
        }
    }
    /* "an attack on a church in January, in which one person was killed":
     * the dead of the attack the relative clause hangs on */
    for (size_t q = k; q > s->tok0 + 1 && k - q < 8 && !(x_tok(d, q - 1)->xflags & XT_TRIGGER); q--)
        if (x_tok_is(d, q - 1, "which") &&
            (x_tok_is(d, q - 2, "in") || x_tok_is(d, q - 2, "during"))) {
            for (size_t i = 0; i < n_found; i++)
                if (found[i].type == FNR_EVENT_ATTACK && found[i].t1 < q - 1 &&
                    x_tok_in(d, found[i].t1 - 1, ATTACK_NOUNS))
                    return true;
            break;
        }
    if (k <= s->tok0 || !(x_tok_is(d, k - 1, "that") || x_tok_is(d, k - 1, "which")))
        return false;
    bool attack = false;
    for (size_t i = 0; i < n_found; i++)
        attack = attack || (found[i].type == FNR_EVENT_ATTACK && found[i].t0 < tg->t0);
    if (!attack)
        return false;
    /* ("the assault on a church in İstanbul's Sarıyer district in
     * January 2024, which killed one person": past its place and date) */
    for (size_t q = k - 1; q > s->tok0 && k - q < 16; q--)
        if (x_tok_in(d, q - 1, ATTACK_NOUNS))
            return true;
    return false;
}

/* "The coup attempt, orchestrated by FETÖ, killed 251 people", "The
 * bombing, claimed by ISIS, killed 30": the attack's dead, its noun the
 * verb's subject past an apposition set off by commas. */
static bool killed_past_apposition(const x_doc *d, const xsent *s, const trig *tg,
                                   const trig *found, size_t n_found)
{
    static const char *const NOUNS[] = { "attack",   "attacks",   "bombing", "bombings",
                                         "blast",    "explosion", "coup",    "assault",
                                         "shooting", "attempt",   NULL };
    if (tg->t0 < s->tok0 + 3 || !is_punct_c(d, tg->t0 - 1, ','))
        return false;
    for (size_t i = 0; i < n_found; i++) {
        if (found[i].type != FNR_EVENT_ATTACK || found[i].t1 >= tg->t0 ||
            tg->t0 - found[i].t1 > 20 || !x_tok_in(d, found[i].t1 - 1, NOUNS) ||
            !is_punct_c(d, found[i].t1, ','))
            continue;
        bool plain = true;
        for (size_t q = found[i].t1 + 1; plain && q + 1 < tg->t0; q++)
            plain = !is_punct_c(d, q, ',') && !(x_tok(d, q)->xflags & XT_TRIGGER) &&
                    !x_tok_is(d, q, "that") && !x_tok_is(d, q, "which") && !x_tok_is(d, q, "who");
        if (plain)
            return true;
    }
    return false;
}

static size_t clause_cut(const x_doc *d, const xsent *s, const trig *found, size_t n_found);
static size_t gapped_clause(const x_doc *d, const xsent *s, const trig *tg);
static fnr_status clause_events(x_doc *d, size_t si, const xsent *s, trig *found, size_t n_found,
                                sent_facts *sf, bool has_plot_word);

/* "Since Ankara designated the group in 2019, police have detained 40 of
 * its members": a fronted since-clause with a trigger of its own is a
 * clause of its own; where the main clause starts (its comma), or
 * SIZE_MAX. */
static size_t since_clause_end(const x_doc *d, const xsent *s, const trig *found, size_t n_found)
{
    if (n_found < 2 || !x_tok_is(d, s->tok0, "since"))
        return SIZE_MAX;
    for (size_t q = found[0].t1; q < found[n_found - 1].t0; q++)
        if (is_punct_c(d, q, ','))
            return q;
    return SIZE_MAX;
}

/* The events of sentence si; sf is scratch space, kept across sentences,
 * and *next_cand the first of d->trig_toks not yet passed. */
static fnr_status sentence_events(x_doc *d, size_t si, sent_facts *sf, size_t *next_cand)
{
    const xsent *s = x_sent(d, si);
    const uint32_t *cand = d->trig_toks.data;
    size_t c = *next_cand, n_cand = d->trig_toks.len;
    while (c < n_cand && cand[c] < s->tok0)
        c++;
    size_t c_end = c;
    while (c_end < n_cand && cand[c_end] < s->tok1)
        c_end++;
    *next_cand = c_end;
    if (s->heading || c == c_end)
        return FNR_OK; /* no word a trigger can start at */
    trig found[16];
    size_t n_found = 0;
    bool has_plot_word = false;
    /* A trigger starts at a word the token pass noted (trigger_at finds
     * none elsewhere); after one, the search goes on past its end. */
    for (size_t i = 0; c < c_end && n_found < 16; c++) {
        if (cand[c] < i)
            continue;
        i = cand[c];
        /* (a word that opens a sentence and was guessed a surname, then
         * dropped, is a word again: "Indictments were filed") */
        const xtok *t = x_tok(d, i);
        if (t->kind != FNR_TOK_WORD || x_tok_entity(d, i) >= 0)
            continue;
        const fnr_lex_entry *e = NULL;
        fnr_event_type type;
        size_t j = trigger_at(d, i, s->tok1, &e, &type);
        if (j == i || !e)
            continue;
        trig tg = { .t0 = i,
                    .t1 = j,
                    .type = type,
                    .cameo = e->cameo,
                    .year = YEAR_UNKNOWN,
                    .cand = (uint32_t)c };
        tg.rule = j - i > 1 ? "trigger_phrase" : "trigger_word";
        if (tg.type == FNR_EVENT_PLOT)
            has_plot_word = true;
        found[n_found++] = tg;
        i = j;
    }
    if (!n_found)
        return FNR_OK;
    /* "Austrian authorities arrested three men in Vienna, while German
     * police detained a Syrian in Duisburg": two arrests, each clause with
     * its own parties, count and place */
    size_t cut = clause_cut(d, s, found, n_found);
    if (cut == SIZE_MAX)
        cut = since_clause_end(d, s, found, n_found);
    /* "Police detained Ahmet Kaya in Ankara and Mehmet Demir in Izmir",
     * "captured 12 suspects in Mardin and eight more in Batman": the verb
     * left out of the second half takes other people somewhere else, a
     * second event */
    size_t gap = cut == SIZE_MAX && n_found == 1 ? gapped_clause(d, s, &found[0]) : SIZE_MAX;
    if (gap != SIZE_MAX) {
        xsent first = *s, second = *s;
        first.tok1 = (uint32_t)gap;
        second.tok0 = (uint32_t)gap;
        size_t e0 = d->events.len;
        fnr_status st = clause_events(d, si, &first, found, 1, sf, has_plot_word);
        size_t e1 = d->events.len;
        if (st == FNR_OK)
            st = clause_events(d, si, &second, found, 1, sf, has_plot_word);
        /* the second half shares the first's doers; its bare number
         * ("and eight more in Batman") is its count */
        long n2 = token_number(d, gap + 1);
        for (size_t i = e1; st == FNR_OK && i < d->events.len && e1 > e0; i++) {
            fnr_event *v = &FNR_VEC_AT(&d->events, fnr_event, i);
            const fnr_event *u = &FNR_VEC_AT(&d->events, fnr_event, e0);
            if (v->type != u->type)
                continue;
            if (v->count < 0 && n2 > 0)
                v->count = n2;
            /* ("... in Mardin on Monday and eight more in Batman on
             * Tuesday": the half's own day) */
            fnr_date_span own;
            size_t from = x_tok(d, gap)->start - s->start;
            if (d->doc.date.prec != FNR_DATE_NONE &&
                fnr_date_scan_first_from(d->doc.text + s->start, s->end - s->start, from,
                                         &d->doc.date, 4, &own) &&
                own.start.prec != FNR_DATE_NONE && !own.is_range)
                fnr_date_format(&own.start, v->date);
            if (!v->n_actors && u->n_actors) {
                v->actors = fnr_arena_alloc(d->arena, u->n_actors * sizeof *v->actors);
                if (!v->actors)
                    return FNR_NOMEM;
                memcpy(v->actors, u->actors, u->n_actors * sizeof *v->actors);
                v->n_actors = u->n_actors;
            }
        }
        return st;
    }
    if (cut == SIZE_MAX)
        return clause_events(d, si, s, found, n_found, sf, has_plot_word);
    xsent first = *s, second = *s;
    first.tok1 = (uint32_t)cut;
    second.tok0 = (uint32_t)cut;
    size_t n1 = 0;
    while (n1 < n_found && found[n1].t0 < cut)
        n1++;
    size_t e0 = d->events.len;
    fnr_status st = clause_events(d, si, &first, found, n1, sf, has_plot_word);
    size_t e1 = d->events.len;
    if (st == FNR_OK)
        st = clause_events(d, si, &second, found + n1, n_found - n1, sf, has_plot_word);
    /* ("Germany expelled two diplomats after prosecutors charged three men
     * with plotting ...": the after-clause with no place of its own is
     * where the main clause is) */
    if (st == FNR_OK && x_tok_is(d, cut, "after") && e1 > e0) {
        int place = FNR_VEC_AT(&d->events, fnr_event, e0).location;
        for (size_t i = e1; place >= 0 && i < d->events.len; i++) {
            fnr_event *v = &FNR_VEC_AT(&d->events, fnr_event, i);
            if (v->location < 0) {
                v->location = place;
                v->location_inferred = FNR_VEC_AT(&d->events, fnr_event, e0).location_inferred;
            }
        }
    }
    return st;
}

/* Where the second half of "detained A in X and B in Y" begins (its
 * "and"), or SIZE_MAX: after the arrest trigger tg, a place after "in",
 * then "and", then a person or a number (with at most two words: "eight
 * more", "two others") and "in" a place of the same kind of rank. */
static size_t gapped_clause(const x_doc *d, const xsent *s, const trig *tg)
{
    if (tg->type != FNR_EVENT_ARREST && tg->type != FNR_EVENT_KILL)
        return SIZE_MAX;
    bool place = false;
    for (size_t k = tg->t1; k + 3 < s->tok1 && k - tg->t1 < 24; k++) {
        if (is_punct_c(d, k, ',') || is_punct_c(d, k, ';'))
            return SIZE_MAX;
        int e = x_tok_entity(d, k);
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_LOCATION && k > tg->t1 &&
            x_tok_is(d, k - 1, "in"))
            place = true;
        if (!place || !x_tok_is(d, k, "and"))
            continue;
        size_t q = k + 1;
        int who = x_tok_entity(d, q);
        if (who >= 0 && d->ents[who].type == FNR_ENTITY_PERSON) {
            q = after_mention(d, q, s->tok1);
        } else if (token_number(d, q) > 0) {
            /* "eight more", "two other suspects" */
            for (size_t n = 0;
                 q + 1 < s->tok1 && n < 3 && !x_tok_is(d, q + 1, "in") &&
                 x_tok(d, q + 1)->kind == FNR_TOK_WORD && x_tok_entity(d, q + 1) < 0 &&
                 !(x_tok(d, q + 1)->xflags & XT_TRIGGER);
                 n++)
                q++;
            q++;
        } else {
            return SIZE_MAX;
        }
        if (q + 1 < s->tok1 && x_tok_is(d, q, "in")) {
            /* ("and four in the Lakki Marwat district") */
            size_t r = q + 1 + 1 < s->tok1 && x_tok_is(d, q + 1, "the") ? q + 2 : q + 1;
            int p2 = x_tok_entity(d, r);
            if (p2 >= 0 && d->ents[p2].type == FNR_ENTITY_LOCATION)
                return k;
        }
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Where a sentence's second clause begins, if two triggers sit on the two
 * sides of ", while" / ", whereas" / ";" ("X was killed in an exchange of
 * fire, while four other members were captured"); else SIZE_MAX. */
/* Whether token q parts two clauses: a ";", or ", while" / ", whereas". */
static bool clause_parts_at(const x_doc *d, const xsent *s, size_t q)
{
    /* (most tokens are words of another length: told by the token alone;
     * ", adding that a fifth suspect was arrested in Skopje": another fact
     * told) */
    const xtok *t = x_tok(d, q);
    if (t->kind == FNR_TOK_PUNCT)
        return is_punct_c(d, q, ';');
    if ((t->key_len != 5 && t->key_len != 6 && t->key_len != 7) || q <= s->tok0 ||
        !is_punct_c(d, q - 1, ','))
        return false;
    return x_tok_is(d, q, "while") || x_tok_is(d, q, "whereas") ||
           (x_tok_is(d, q, "adding") && q + 1 < s->tok1 && x_tok_is(d, q + 1, "that"));
}

/* Whether token q is an "and" after a comma that opens a clause with a
 * subject of its own ("was detained in Vienna, and a third was held in
 * Berlin"), not a second verb of the same subject ("detained X, and
 * seized weapons", "and later handed him over"). */
/* Bodies that, named after "and" and acting, open a clause of their own. */
static const char *const AND_BODIES[] = { "police",   "gendarmerie", "troops", "soldiers",
                                          "officers", "forces",      "agents", NULL };

static bool and_clause_at(const x_doc *d, const xsent *s, size_t q)
{
    static const char *const NO_SUBJECT[] = { "later", "then", "also", "was",          "were",
                                              "had",   "has",  "have", "subsequently", NULL };
    if (!x_tok_is(d, q, "and") || q <= s->tok0 || q + 2 >= s->tok1)
        return false;
    if (!is_punct_c(d, q - 1, ',')) {
        /* "... in Vienna and German police raided three flats": a body
         * named after "and" that acts is the next clause's subject */
        int e = x_tok_entity(d, q + 1);
        size_t k = q + 1;
        if (e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION)
            k = after_mention(d, q + 1, s->tok1);
        else if (x_tok_in(d, q + 1, AND_BODIES))
            k = q + 2;
        else if (q + 2 < s->tok1 && x_tok_in(d, q + 2, AND_BODIES))
            k = q + 3; /* "and security forces detained" */
        else
            return false;
        if (k >= s->tok1)
            return false;
        const xtok *v = x_tok(d, k);
        return v->kind == FNR_TOK_WORD && !(v->tflags & FNR_TF_CAP) &&
               ((v->xflags & XT_TRIGGER) ||
                (v->key_len > 3 && memcmp(v->key + v->key_len - 2, "ed", 2) == 0));
    }
    const xtok *w = x_tok(d, q + 1);
    return w->kind == FNR_TOK_WORD && !x_tok_in(d, q + 1, NO_SUBJECT) &&
           !(w->xflags & XT_TRIGGER) &&
           !(w->key_len > 3 && (memcmp(w->key + w->key_len - 2, "ed", 2) == 0 ||
                                memcmp(w->key + w->key_len - 2, "ly", 2) == 0));
}

/* "Austria expelled two diplomats after prosecutors charged four men":
 * an "after" that opens a clause with a body as its subject (one or two
 * words, or an organisation) and a past verb next; a deed of the same
 * type there is a second one. */
static bool after_clause_at(const x_doc *d, const xsent *s, size_t q)
{
    static const char *const BODIES[] = { "prosecutors", "police",        "authorities",
                                          "officials",   "investigators", NULL };
    if (!x_tok_is(d, q, "after") || q <= s->tok0 || q + 2 >= s->tok1)
        return false;
    int e = x_tok_entity(d, q + 1);
    size_t k = q + 1;
    if (e >= 0 && d->ents[e].type == FNR_ENTITY_ORGANIZATION)
        k = after_mention(d, q + 1, s->tok1);
    else if (x_tok_in(d, q + 1, BODIES))
        k = q + 2;
    else if (q + 2 < s->tok1 && (x_tok(d, q + 1)->xflags & (XT_LOWER | XT_DEMONYM)) &&
             x_tok_in(d, q + 2, BODIES))
        k = q + 3; /* "after federal prosecutors charged" */
    else
        return false;
    if (k >= s->tok1)
        return false;
    const xtok *v = x_tok(d, k);
    return v->kind == FNR_TOK_WORD && (v->xflags & XT_TRIGGER) && (v->xflags & XT_LOWER) &&
           v->key_len > 3 && memcmp(v->key + v->key_len - 2, "ed", 2) == 0;
}

/* Where sentence s parts into two clauses with triggers found[] on both
 * sides, else after the last trigger ("received lighter sentences, while
 * three others were acquitted": the acquitted are no count of the
 * sentences), else SIZE_MAX. */
static size_t clause_cut(const x_doc *d, const xsent *s, const trig *found, size_t n_found)
{
    /* Most sentences hold no ";" and no ", while", ", whereas" or ", and"
     * after their first trigger: one pass tells, before the pairs of
     * triggers are looked between. */
    bool mark = false;
    /* (comma: the token before m is a comma) */
    bool comma = is_punct_c(d, found[0].t1 - 1, ',');
    for (size_t m = found[0].t1; m < s->tok1 && !mark; m++) {
        const xtok *t = x_tok(d, m);
        if (t->kind == FNR_TOK_PUNCT) {
            char c = t->end - t->start == 1 ? d->doc.text[t->start] : 0;
            mark = c == ';';
            comma = c == ',';
            continue;
        }
        if (comma && (t->key_len == 3 || t->key_len == 5 || t->key_len == 6 || t->key_len == 7))
            mark = x_tok_is(d, m, "and") || x_tok_is(d, m, "while") || x_tok_is(d, m, "whereas") ||
                   x_tok_is(d, m, "adding");
        /* ("and German police raided": a body after "and", see and_clause_at) */
        else if (t->key_len == 3 && m + 1 < s->tok1 && x_tok_is(d, m, "and"))
            mark = x_tok_entity(d, m + 1) >= 0 || x_tok_in(d, m + 1, AND_BODIES) ||
                   (m + 2 < s->tok1 && x_tok_in(d, m + 2, AND_BODIES));
        else if (t->key_len == 5 && x_tok_is(d, m, "after"))
            mark = after_clause_at(d, s, m);
        comma = false;
    }
    if (!mark)
        return SIZE_MAX;
    for (size_t k = 1; k < n_found; k++)
        for (size_t j = 0; j < k; j++) {
            for (size_t q = found[j].t1; q < found[k].t0; q++)
                if (clause_parts_at(d, s, q) ||
                    (found[j].type == found[k].type &&
                     (and_clause_at(d, s, q) || after_clause_at(d, s, q))))
                    return q;
        }
    for (size_t q = found[n_found - 1].t1; q < s->tok1; q++)
        if (clause_parts_at(d, s, q))
            return q;
    return SIZE_MAX;
}

/* "The main suspect, Dieter S., scouted ... He was arrested in Bayreuth
 * along with Alexander J.": "He" opening the passive is the person the
 * sentence before opened with, one of those held. */
static int opener_before(const x_doc *d, size_t si, bool cross);

/* Whether the paragraph before sentence si's is one sentence long. */
static bool one_sentence_para_before(const x_doc *d, size_t si)
{
    return si >= 1 && x_sent(d, si)->para_start && x_sent(d, si - 1)->para_start &&
           !x_sent(d, si - 1)->heading;
}

static bool he_was(const x_doc *d, size_t si, const xsent *s, const trig *tg, fnr_event_type type,
                   participants *p)
{
    size_t k = s->tok0;
    if (type != FNR_EVENT_ARREST && type != FNR_EVENT_KILL && type != FNR_EVENT_LEGAL_ACTION)
        return false;
    /* "MİT tracked Mahmut Ö. for two years before he was caught": the one
     * the main clause named */
    static const char *const SUB[] = { "before", "after", "until", "when", "as", "and", NULL };
    size_t sub = SIZE_MAX;
    if (tg->t0 >= k + 4 && x_tok_is(d, tg->t0 - 1, "was") &&
        (x_tok_is(d, tg->t0 - 2, "he") || x_tok_is(d, tg->t0 - 2, "she")) &&
        x_tok_in(d, tg->t0 - 3, SUB))
        sub = tg->t0 - 3;
    /* ("... for months before police detained him": the object, with
     * the subject of the clause a body of a word or two) */
    for (size_t q = tg->t0;
         sub == SIZE_MAX && tg->t1 < s->tok1 &&
         (x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "her")) && q > k + 1 && tg->t0 - q < 4;
         q--) {
        if (x_tok_in(d, q - 1, SUB) && q < tg->t0 && !x_tok_is(d, q - 1, "and"))
            sub = q - 1;
        else if (x_tok(d, q - 1)->kind != FNR_TOK_WORD ||
                 (x_tok_entity(d, q - 1) >= 0 &&
                  d->ents[x_tok_entity(d, q - 1)].type == FNR_ENTITY_PERSON))
            break;
    }
    if (sub != SIZE_MAX) {
        int who = -1;
        for (size_t q = k; q < sub; q++) {
            int e = x_tok_entity(d, q);
            if (e < 0 || d->ents[e].type != FNR_ENTITY_PERSON || e == who)
                continue;
            if (who >= 0)
                return false; /* two people: whose is unsaid */
            who = e;
        }
        if (who < 0 || contains(p->actors, p->n_actors, who) ||
            contains(p->targets, p->n_targets, who))
            return false;
        add_unique(p->targets, &p->n_targets, who);
        return true;
    }
    /* "Greek police had arrested him in Thessaloniki": the object too */
    /* ("Following his interrogation, the prosecutor's office charged
     * him": further on, when no one before the verb is a person) */
    bool nobody = tg->t0 - k <= 16;
    for (size_t q = k; nobody && q < tg->t0; q++)
        nobody = x_tok_entity(d, q) < 0 || d->ents[x_tok_entity(d, q)].type != FNR_ENTITY_PERSON;
    bool him = tg->t1 < s->tok1 && (x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "her")) &&
               (tg->t0 - k <= 5 || nobody);
    /* ("A court later ordered his arrest pending trial", "He was referred
     * to a court, which ordered his arrest": the owner too) */
    him = him || (tg->t0 > k + 1 &&
                  (x_tok_is(d, tg->t0 - 1, "his") ||
                   (x_tok_is(d, tg->t0 - 1, "her") && !x_tok_is(d, tg->t0 - 2, "to"))) &&
                  (tg->t0 - k <= 5 || nobody ||
                   ((x_tok_is(d, k, "he") || x_tok_is(d, k, "she")) && k == x_sent(d, si)->tok0)));
    for (size_t q = 0; him && q < p->n_targets; q++)
        him = d->ents[p->targets[q]].type != FNR_ENTITY_PERSON;
    /* ("He was referred to the prosecutor's office and was later
     * arrested by a court": the subject of both verbs) */
    bool joined = false;
    for (size_t q = tg->t0; nobody && !joined && q > k + 2 && tg->t0 - q < 4; q--) {
        if (x_tok_is(d, q - 1, "and")) {
            joined = true;
            break;
        }
        if (!x_tok_is(d, q - 1, "was") && !x_tok_is(d, q - 1, "later") &&
            !x_tok_is(d, q - 1, "then") && !x_tok_is(d, q - 1, "subsequently"))
            break;
    }
    /* ("He had been placed on the Interior Ministry's wanted list": the
     * subject of the listing) */
    static const char *const LISTED[] = { "placed", "put", "added", "included", NULL };
    bool listed = false;
    for (size_t q = k + 1; type == FNR_EVENT_LEGAL_ACTION && q < tg->t0 && q - k < 4 && !listed;
         q++)
        listed = x_tok_in(d, q, LISTED) && q + 1 < tg->t0 &&
                 (x_tok_is(d, q + 1, "on") || x_tok_is(d, q + 1, "to"));
    if (!him &&
        (si == 0 || k != x_sent(d, si)->tok0 || !(x_tok_is(d, k, "he") || x_tok_is(d, k, "she")) ||
         (tg->t0 - k > 4 && !joined && !(listed && tg->t0 - k <= 10)) ||
         !(x_tok_is(d, k + 1, "was") || x_tok_is(d, k + 1, "had"))))
        return false;
    /* (a report's paragraphs are often one sentence: the one just told
     * of, across a paragraph break, for an object pronoun) */
    /* ("Dieter S. planned attacks ...\n\nHe was arrested in April": a
     * paragraph of one sentence names him as well) */
    int e = opener_before(d, si, him || one_sentence_para_before(d, si));
    if (e < 0 || contains(p->actors, p->n_actors, e) || contains(p->targets, p->n_targets, e))
        return false;
    add_unique(p->targets, &p->n_targets, e);
    return true;
}

/* "MİT had been tracking X for months before police detained him": a
 * police force or service named with the one a capture, killing or case
 * took, and not taken itself, is on the catching side (entity a), no
 * associate of the one taken (b). */
static bool catcher_of(const x_doc *d, const fnr_event *e, int a, int b)
{
    if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL &&
         e->type != FNR_EVENT_LEGAL_ACTION) ||
        d->ents[a].type != FNR_ENTITY_ORGANIZATION || !d->ents[a].kind ||
        (strcmp(d->ents[a].kind, "intelligence_service") != 0 &&
         strcmp(d->ents[a].kind, "police") != 0) ||
        d->ents[b].type != FNR_ENTITY_PERSON || !contains(e->targets, e->n_targets, b))
        return false;
    return !contains(e->targets, e->n_targets, a);
}

/* The person who opens sentence si - 1 in its first words, or -1: whom
 * a "He" or "She" opening sentence si stands for. */
static int opener_before(const x_doc *d, size_t si, bool cross)
{
    /* ("Mumin had transferred money ... He was brought to Türkiye ... A
     * court charged him": a "He" opening the sentence before stands for
     * the one that sentence's opener did, two sentences back at most) */
    for (size_t back = 0; back < 2; back++, si--) {
        if (si == 0 || (x_sent(d, si)->para_start && !cross) || x_sent(d, si - 1)->heading)
            return -1;
        const xsent *prev = x_sent(d, si - 1);
        for (size_t q = prev->tok0; q < prev->tok1 && q - prev->tok0 < 8; q++) {
            int e = x_tok_entity(d, q);
            if (e >= 0 && d->ents[e].type == FNR_ENTITY_PERSON)
                return e;
        }
        if (!(x_tok_is(d, prev->tok0, "he") || x_tok_is(d, prev->tok0, "she")))
            return -1;
    }
    return -1;
}

/* "Yıldız took money from Mossad. She also passed the information to an
 * officer": "He" or "She" doing the spying, plotting or attacking is the
 * person the sentence before opened with. */
static void she_did(const x_doc *d, size_t si, const xsent *s, const trig *tg, fnr_event_type type,
                    participants *p)
{
    static const char *const ADV[] = { "also", "then", "later", "had", "allegedly", "has", NULL };
    size_t k = s->tok0;
    if ((type != FNR_EVENT_ESPIONAGE && type != FNR_EVENT_PLOT && type != FNR_EVENT_ATTACK &&
         type != FNR_EVENT_INTEL_SHARING) ||
        k != x_sent(d, si)->tok0 || !(x_tok_is(d, k, "he") || x_tok_is(d, k, "she")) ||
        tg->t0 <= k || p->n_actors >= 16)
        return;
    for (size_t q = k + 1; q < tg->t0; q++)
        if (!x_tok_in(d, q, ADV))
            return;
    for (size_t a = 0; a < p->n_actors; a++)
        if (d->ents[p->actors[a]].type == FNR_ENTITY_PERSON)
            return;
    int e = opener_before(d, si, true);
    if (e >= 0 && !contains(p->targets, p->n_targets, e))
        add_unique(p->actors, &p->n_actors, e);
}

/* "Hezbollah said Israeli strikes killed three of its fighters", "the
 * group said two of its members were arrested": the group whose unnamed
 * men were killed or taken is a target (D-11). */
static void its_own_men(const x_doc *d, const xsent *s, const trig *tg, fnr_event_type type,
                        participants *p)
{
    static const char *const MEN[] = { "fighters",   "members", "militants", "commanders",
                                       "operatives", "men",     NULL };
    if (type != FNR_EVENT_KILL && type != FNR_EVENT_ARREST)
        return;
    bool passive = passive_at(d, tg->t0, s->tok0);
    for (size_t q = s->tok0 + 1; q + 1 < s->tok1; q++) {
        if (!x_tok_is(d, q, "its") || !x_tok_in(d, q + 1, MEN))
            continue;
        /* the men acted on: after an active verb, before a passive one */
        if (passive ? !(q < tg->t0 && tg->t0 - q < 6) : !(q >= tg->t1 && q - tg->t1 < 5))
            continue;
        for (size_t k = q; k > s->tok0; k--) {
            int e = x_tok_entity(d, k - 1);
            if (e < 0 || d->ents[e].type != FNR_ENTITY_ORGANIZATION)
                continue;
            if (is_militant(d, e) && !contains(p->actors, p->n_actors, e))
                add_unique(p->targets, &p->n_targets, e);
            break;
        }
        return;
    }
}

/* "killed nine militants ... in an air strike and ground assault": the
 * attack is how the killing or capture was done, no event of its own ("in
 * the attack on the church" points to one told: it stays). */
static bool means_of_capture(const x_doc *d, const xsent *s, const trig *tg, const trig *found,
                             size_t n_found)
{
    /* (a killing that is the attack's dead gives way to it: "beheaded six
     * villagers in an attack on a village") */
    bool before = false;
    for (size_t i = 0; i < n_found && !before; i++)
        before = found[i].t1 <= tg->t0 && (found[i].type == FNR_EVENT_ARREST ||
                                           (found[i].type == FNR_EVENT_KILL &&
                                            !killed_by_attack(d, s, &found[i], found, n_found)));
    if (!before)
        return false;
    /* "two militants were killed when they opened fire on the troops":
     * the dead fell firing; their killing is the event */
    if (tg->t0 >= s->tok0 + 2 &&
        (x_tok_is(d, tg->t0 - 2, "when") || x_tok_is(d, tg->t0 - 2, "as")) &&
        (x_tok_is(d, tg->t0 - 1, "they") || x_tok_is(d, tg->t0 - 1, "he") ||
         x_tok_is(d, tg->t0 - 1, "she"))) {
        for (size_t i = 0; i < n_found; i++)
            if (found[i].type == FNR_EVENT_KILL && found[i].t1 <= tg->t0 && found[i].t0 > s->tok0 &&
                (x_tok_is(d, found[i].t0 - 1, "were") || x_tok_is(d, found[i].t0 - 1, "was")))
                return true;
    }
    for (size_t k = tg->t0; k > s->tok0 + 1 && tg->t0 - k < 6; k--) {
        if (x_tok(d, k - 1)->kind == FNR_TOK_PUNCT)
            return false;
        if (x_tok_is(d, k - 1, "a") || x_tok_is(d, k - 1, "an"))
            return x_tok_is(d, k - 2, "in") || x_tok_is(d, k - 2, "during");
    }
    return false;
}

/* The events of the triggers found in (a clause of) sentence si; s holds
 * the clause's tokens and the sentence's bytes. */
static fnr_status clause_events(x_doc *d, size_t si, const xsent *s, trig *found, size_t n_found,
                                sent_facts *sf, bool has_plot_word)
{
    bool done[FNR_EVENT_TYPE_COUNT] = { false };
    fnr_status st = sentence_facts(d, s, sf);
    if (st != FNR_OK)
        return st;
    for (size_t k = 0; k < n_found; k++) {
        trig *tg = &found[k];
        fnr_event_type type = refine_type(d, s, tg, sf, has_plot_word);
        if (!type || done[type])
            continue;
        /* "X, who had been on Interpol's wanted list, was extradited to
         * Türkiye": the relative clause's legal state gives way to the
         * main clause's legal step, its parties read from there */
        if (type == FNR_EVENT_LEGAL_ACTION && in_relative_before(d, s, tg)) {
            bool later = false;
            for (size_t j = k + 1; j < n_found && !later; j++)
                later =
                    found[j].type == FNR_EVENT_LEGAL_ACTION && !in_relative_before(d, s, &found[j]);
            if (later)
                continue;
        }
        if (type == FNR_EVENT_KILL && (killed_by_attack(d, s, tg, found, n_found) ||
                                       killed_past_apposition(d, s, tg, found, n_found)))
            continue;
        if (type == FNR_EVENT_ATTACK && means_of_capture(d, s, tg, found, n_found))
            continue;
        done[type] = true;
        tg->type = type;
        participants p;
        find_participants(d, s, sf, tg, &p);
        drop_op_names(d, s, sf, &p);
        if (type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT)
            who_did_it(d, s, tg, &p);
        bool blamed = type == FNR_EVENT_ATTACK && blamed_one(d, s, tg, &p);
        he_was(d, si, s, tg, type, &p);
        she_did(d, si, s, tg, type, &p);
        extradition_parties(d, si, s, tg, type, &p);
        accused_doer(d, si, s, tg, type, &p);
        deed_done_by(d, s, tg, type, &p);
        claimed_dated(d, s, tg, type, &p);
        legal_in_relative(d, s, tg, type, &p);
        its_own_men(d, s, tg, type, &p);
        long count = -1;
        size_t count_noun = SIZE_MAX;
        if (type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL || type == FNR_EVENT_LEGAL_ACTION ||
            type == FNR_EVENT_ATTACK) {
            size_t noun;
            count = find_count(sf->counts.data, sf->counts.len, sf->weak_count, tg->t0, &noun);
            if (type != FNR_EVENT_ATTACK) {
                long bare = bare_number_subject(d, s, tg->t0);
                if (bare >= 0)
                    count = bare, noun = SIZE_MAX;
            }
            /* "Three aides were killed and a fourth was captured": the
             * subject of the other verb after this one is that verb's count
             * (an attack's is the dead: "in which nine people were killed") */
            if (count >= 0 && noun != SIZE_MAX && noun > tg->t1 && type != FNR_EVENT_ATTACK &&
                other_subject(d, s, noun, tg->t0)) {
                const count_cand *cs = sf->counts.data;
                long best = -1;
                size_t best_dist = SIZE_MAX, best_noun = SIZE_MAX;
                for (size_t c = 0; c < sf->counts.len; c++) {
                    size_t kn = cs[c].noun, dist = kn > tg->t0 ? kn - tg->t0 : tg->t0 - kn;
                    if (dist < best_dist && !(kn > tg->t1 && other_subject(d, s, kn, tg->t0))) {
                        best = cs[c].value;
                        best_dist = dist;
                        best_noun = kn;
                    }
                }
                count = best >= 0 ? best : sf->weak_count;
                noun = best_noun;
            }
            /* "Four were released, while three were brought before a judge,
             * who charged them": the count after "while" is the trigger's */
            for (size_t q = noun + 1; count >= 0 && noun < tg->t0 && q + 1 < tg->t0; q++)
                if ((x_tok_is(d, q, "while") || x_tok_is(d, q, "whereas")) &&
                    is_punct_c(d, q - 1, ',')) {
                    long v = token_number(d, q + 1);
                    count = v > 0 ? v : -1;
                    noun = v > 0 ? q + 1 : SIZE_MAX;
                }
            /* "arrested three members, including a woman who was wanted
             * for the siege": the one "who" stands for is wanted */
            if (count > 1 && noun != SIZE_MAX && noun + 3 < tg->t0 && tg->t0 >= s->tok0 + 4 &&
                (type == FNR_EVENT_LEGAL_ACTION || type == FNR_EVENT_ARREST) &&
                (x_tok_is(d, tg->t0 - 1, "was") || x_tok_is(d, tg->t0 - 1, "is")) &&
                x_tok_is(d, tg->t0 - 2, "who") && one_person_word(d, tg->t0 - 3) &&
                (x_tok_is(d, tg->t0 - 4, "a") || x_tok_is(d, tg->t0 - 4, "an")))
                count = 1, noun = SIZE_MAX;
            /* "killed 38 militants and arrested 112 suspects": the number
             * before is the first verb's object, the one after the
             * trigger's own (a tie went to the first) */
            if (count >= 0 && noun != SIZE_MAX && noun < tg->t0 &&
                object_of_other_verb(d, s, noun, tg->t0)) {
                const count_cand *cs = sf->counts.data;
                size_t best_noun = SIZE_MAX;
                for (size_t c = 0; c < sf->counts.len; c++)
                    if (cs[c].noun > tg->t1 && cs[c].noun < best_noun && cs[c].noun - tg->t1 <= 3)
                        best_noun = cs[c].noun, count = cs[c].value;
                if (best_noun != SIZE_MAX && !other_subject(d, s, best_noun, tg->t0) &&
                    !object_of_later_verb(d, best_noun, tg->t1, type))
                    noun = best_noun;
                else
                    count = -1, noun = SIZE_MAX;
            }
            if (count >= 0 && noun != SIZE_MAX &&
                (object_of_other_verb(d, s, noun, tg->t0) ||
                 (type != FNR_EVENT_ATTACK && noun > tg->t1 &&
                  object_of_later_verb(d, noun, tg->t1, type)) ||
                 ((type == FNR_EVENT_ARREST || type == FNR_EVENT_LEGAL_ACTION) &&
                  toll_before(d, s, noun))))
                count = -1, noun = SIZE_MAX;
            count_noun = noun;
            if (type == FNR_EVENT_ATTACK && count >= 0 && noun != SIZE_MAX &&
                (!counts_dead(d, s, noun) || (noun + 1 < tg->t0 && x_tok_is(d, noun + 1, "who"))))
                count = -1; /* an attack counts its dead, not who carried it out
                               ("killed all 33 militants who hijacked a train") */
            /* ("Three soldiers were killed and two others were wounded in
             * an attack": the dead, told further from it) */
            for (size_t c = 0; type == FNR_EVENT_ATTACK && count < 0 && c < sf->counts.len; c++) {
                const count_cand *cc = &FNR_VEC_AT(&sf->counts, count_cand, c);
                for (size_t q = cc->noun + 1;
                     cc->noun < tg->t0 && q + 1 < tg->t0 && q < cc->noun + 3; q++)
                    if (tok_class(d, q, W_BE_WORDS) &&
                        (x_tok_is(d, q + 1, "killed") || x_tok_is(d, q + 1, "dead") ||
                         x_tok_is(d, q + 1, "martyred")))
                        count = cc->value;
            }
            /* "a suicide bombing that killed a security guard": one dead */
            for (size_t q = tg->t1; type == FNR_EVENT_ATTACK && count < 0 && q + 2 < s->tok1 &&
                                    q - tg->t1 < 12 && !is_punct_c(d, q, ',');
                 q++)
                if ((x_tok_is(d, q, "killed") || x_tok_is(d, q, "killing")) &&
                    (x_tok_is(d, q + 1, "a") || x_tok_is(d, q + 1, "an"))) {
                    for (size_t w = q + 2; w < s->tok1 && w - q < 6 && count < 0; w++) {
                        if (x_tok(d, w)->kind != FNR_TOK_WORD || x_tok(d, w)->mention >= 0)
                            break;
                        if (tok_class(d, w, W_ONE_PERSON_NOUNS) &&
                            !(w + 1 < s->tok1 && x_tok_is(d, w + 1, "and")))
                            count = 1;
                    }
                    break;
                }
            /* "Two gunmen attacked a church, killing two people": the dead
             * after the attackers */
            for (size_t c = 0; type == FNR_EVENT_ATTACK && count < 0 && c < sf->counts.len; c++) {
                const count_cand *cc = &FNR_VEC_AT(&sf->counts, count_cand, c);
                for (size_t q = cc->noun; cc->noun > tg->t1 && q > tg->t1 && cc->noun - q < 5 &&
                                          !is_punct_c(d, q - 1, ',');
                     q--)
                    if (x_tok_is(d, q - 1, "killing") || x_tok_is(d, q - 1, "killed"))
                        count = cc->value;
            }
            /* "captured X, a member who took part in an attack that killed
             * two civilians": the two are the attack's */
            for (size_t q = tg->t1; type != FNR_EVENT_ATTACK && count >= 0 && noun != SIZE_MAX &&
                                    noun > tg->t1 && q < noun;
                 q++)
                if ((x_tok_is(d, q, "who") || x_tok_is(d, q, "that") || x_tok_is(d, q, "which")) &&
                    !same_type_trigger_at(found, n_found, q + 1, type))
                    count = -1; /* "an airstrike that killed 13" is the strike's count */
            /* "sentenced Ali Kaya and six others": seven tried, as seven
             * caught; a designation lists a group, and counts no one */
            bool listing =
                type == FNR_EVENT_LEGAL_ACTION && tg->cameo && strcmp(tg->cameo, "1246") == 0;
            size_t named = type == FNR_EVENT_ATTACK || listing ? 0 : named_persons(d, sf, &p);
            /* ("Two other suspects who helped him, S.K. and B.T., were
             * detained": the ones counted, named after their noun and
             * before the verb) */
            if (named && count > 0 && noun != SIZE_MAX && (long)named <= count) {
                bool after = true;
                for (size_t o = 0; o < sf->occs.len && after; o++) {
                    const occ *oc = &FNR_VEC_AT(&sf->occs, occ, o);
                    if (d->ents[oc->ent].type == FNR_ENTITY_PERSON &&
                        contains(p.targets, p.n_targets, oc->ent))
                        after = oc->tok > noun && oc->tok < tg->t0;
                }
                if (after)
                    named = 0;
            }
            if (count >= 0)
                count += (long)named;
            else if (named)
                count = (long)named;
            else if (type != FNR_EVENT_ATTACK && one_person(d, s, tg))
                count = 1 + one_and_another(d, s, tg);
            else if (type != FNR_EVENT_ATTACK && a_couple(d, s, tg))
                count = 2;
        }
        /* "The arrests are part of a wider crackdown": a definite noun
         * that names no one points back to what was told */
        /* "The arrests came days after EYP shared information": the
         * sentence opens by pointing back, whoever else it names */
        /* ("The extradition comes weeks after ...": a singular noun in
         * "-ion" too) */
        const xtok *tw = x_tok(d, tg->t0);
        if (tg->t0 == s->tok0 + 1 && tg->t1 - tg->t0 == 1 && x_tok_is(d, s->tok0, "the") &&
            tw->key_len > 3 &&
            (tw->key[tw->key_len - 1] == 's' || memcmp(tw->key + tw->key_len - 3, "ion", 3) == 0) &&
            !(x_tok(d, tg->t0)->tflags & FNR_TF_CAP) && tg->t1 < s->tok1 &&
            !(x_tok(d, tg->t1)->kind == FNR_TOK_WORD && x_tok_is(d, tg->t1, "of")) &&
            told_before(d))
            continue;
        /* "Baghdad summoned the ambassador to protest the strikes": what
         * is protested or condemned is an event told already */
        if (tg->t0 >= s->tok0 + 2 &&
            (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "these")) &&
            x_tok_in(d, tg->t0 - 2, REACTION_VERBS) && told_before(d))
            continue;
        /* "..., in the latest attack despite a ceasefire": the event just
         * told, named again */
        if (tg->t0 >= s->tok0 + 2 && told_before(d) &&
            (x_tok_is(d, tg->t0 - 1, "latest") ||
             (x_tok_is(d, tg->t0 - 1, "such") && x_tok_is(d, tg->t0 - 2, "latest"))))
            continue;
        /* "Since the coup attempt, 705,000 people have faced legal action":
         * an event told before, named as the time from which */
        if (tg->t0 >= s->tok0 + 1 &&
            (x_tok_is(d, tg->t0 - 1, "since") ||
             (tg->t0 >= s->tok0 + 2 && x_tok_is(d, tg->t0 - 1, "the") &&
              x_tok_is(d, tg->t0 - 2, "since"))) &&
            told_before(d))
            continue;
        /* "The operation, backed by airstrikes from the coalition, targeted
         * hideouts": an operation told before, its means told again */
        if (type == FNR_EVENT_MILITARY_OPERATION && told_before(d) &&
            x_sent(d, si)->tok0 + 1 < s->tok1 && x_tok_is(d, x_sent(d, si)->tok0, "the") &&
            (x_tok_is(d, x_sent(d, si)->tok0 + 1, "operation") ||
             x_tok_is(d, x_sent(d, si)->tok0 + 1, "operations") ||
             x_tok_is(d, x_sent(d, si)->tok0 + 1, "raid") ||
             x_tok_is(d, x_sent(d, si)->tok0 + 1, "offensive")) &&
            !(x_tok(d, x_sent(d, si)->tok0 + 1)->tflags & FNR_TF_CAP) &&
            !(x_tok(d, tg->t0)->tflags & FNR_TF_CAP)) /* ("... was Operation Claw-Lock") */
            continue;
        /* "The charge comes weeks after police detained three teenagers":
         * the step told before, named as the subject of a verb of no
         * event */
        if (tg->t0 == x_sent(d, si)->tok0 + 1 && x_tok_is(d, tg->t0 - 1, "the") &&
            tg->t1 - tg->t0 == 1 && tg->t1 < s->tok1 && (x_tok(d, tg->t1)->xflags & XT_LOWER) &&
            !(x_tok(d, tg->t1)->xflags & XT_TRIGGER) && !tok_class(d, tg->t1, W_BE_WORDS) &&
            x_tok(d, tg->t0)->key_len > 2 &&
            memcmp(x_tok(d, tg->t0)->key + x_tok(d, tg->t0)->key_len - 2, "ed", 2) != 0) {
            bool same = false;
            for (size_t e = 0; e < d->events.len && !same; e++)
                same = FNR_VEC_AT(&d->events, fnr_event, e).type == type;
            if (same)
                continue;
        }
        /* (an attack told with its dead goes to restated(), which lets it
         * stand for the one told in passing) */
        if (p.n_actors == 0 && p.n_targets == 0 && count <= 1 &&
            !(type == FNR_EVENT_ATTACK && count == 1) && tg->t1 - tg->t0 == 1 && tg->t0 > s->tok0 &&
            (x_tok_is(d, tg->t0 - 1, "the") || x_tok_is(d, tg->t0 - 1, "these")) &&
            x_tok(d, tg->t0)->key_len > 2 &&
            memcmp(x_tok(d, tg->t0)->key + x_tok(d, tg->t0)->key_len - 2, "ed", 2) != 0 &&
            !(x_tok(d, tg->t0)->tflags & FNR_TF_CAP) &&
            /* ("led to the seizure of weapons": what was seized is new) */
            !(type == FNR_EVENT_SEIZURE && tg->t1 < s->tok1 && x_tok_is(d, tg->t1, "of")) &&
            /* ("the tip that led to the arrest of a teenager": new too) */
            !(tg->t1 < s->tok1 && x_tok_is(d, tg->t1, "of") && tg->t0 >= s->tok0 + 3 &&
              x_tok_is(d, tg->t0 - 2, "to") &&
              (x_tok_is(d, tg->t0 - 3, "led") || x_tok_is(d, tg->t0 - 3, "leading") ||
               x_tok_is(d, tg->t0 - 3, "lead"))) &&
            !of_new_ones(d, s, tg) && told_before(d))
            continue;
        int loc = find_location(d, sf, &p, s->tok0, tg->t1, s->tok1,
                                offence_at(d, type, tg->t1, s->tok1));
        if (loc < 0 && type == FNR_EVENT_ATTACK)
            loc = named_by_place(d, s->tok0, tg->t0);
        /* "A court in Munich sentenced a man for planning attacks on bases
         * in Bavaria": the crime's place is one told after it, when one
         * is, the first the court's */
        if (loc >= 0 && (type == FNR_EVENT_PLOT || type == FNR_EVENT_ATTACK) &&
            step_before(d, s->tok0, tg->t0, true)) {
            int after = -1;
            for (size_t o = 0; o < sf->occs.len && after < 0; o++) {
                const occ *oc = &FNR_VEC_AT(&sf->occs, occ, o);
                if (oc->prep && oc->tok >= tg->t1 && oc->tok < s->tok1 &&
                    !contains(p.actors, p.n_actors, oc->ent))
                    after = oc->ent;
            }
            bool own = false;
            for (size_t q = tg->t1; q < s->tok1 && !own; q++)
                own = x_tok_entity(d, q) == loc;
            if (!own && after >= 0)
                loc = after;
        }
        /* "charged five leaders over the attack on Israel": a place told
         * after the crime a court step names is the crime's; the step's
         * is one before it, if any */
        if (loc >= 0 && type == FNR_EVENT_LEGAL_ACTION) {
            size_t lt = SIZE_MAX;
            int before = -1;
            for (size_t o = 0; o < sf->occs.len; o++) {
                const occ *oc = &FNR_VEC_AT(&sf->occs, occ, o);
                if (oc->tok < s->tok0 || oc->tok >= s->tok1)
                    continue;
                if (oc->ent == loc && lt == SIZE_MAX && oc->tok >= tg->t1)
                    lt = oc->tok;
                /* ("The court in Düsseldorf convicted ...": where it sits) */
                if (oc->prep && (oc->tok >= tg->t1 ? before < 0 : true) &&
                    !(oc->tok >= tg->t1 && crime_between(d, tg->t1, oc->tok)) &&
                    !contains(p.actors, p.n_actors, oc->ent) &&
                    !contains(p.targets, p.n_targets, oc->ent))
                    before = oc->ent;
            }
            if (lt != SIZE_MAX && crime_between(d, tg->t1, lt))
                loc = before;
        }
        /* "the 2015 Suruç bombing", "the Ankara attack": the place names it */
        if (loc < 0 && tg->t0 > s->tok0 && (type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT)) {
            int pe = x_tok_entity(d, tg->t0 - 1);
            if (pe >= 0 && d->ents[pe].type == FNR_ENTITY_LOCATION &&
                !contains(p.actors, p.n_actors, pe))
                loc = pe;
        }
        /* "the group behind the 2016 coup attempt": a past event named in
         * passing has no count or place of the sentence around it */
        long clause_year = year_before(d, s, tg->t0);
        if (s->tok0 == x_sent(d, si)->tok0)
            tg->year = clause_year; /* the sentence's too */
        bool named_past = clause_year >= 0 && k > 0;
        /* "Ibrahim had researched venues, including the Manchester Arena,
         * the scene of a 2017 suicide bombing": who the sentence is about,
         * before the comma of the phrase naming a past event, did not do it */
        if (clause_year >= 0 && p.n_actors && !blamed && tg->t0 > s->tok0 + 2 &&
            (x_tok_is(d, tg->t0 - 2, "a") || x_tok_is(d, tg->t0 - 2, "the") ||
             (tg->t0 > s->tok0 + 3 &&
              (x_tok_is(d, tg->t0 - 3, "a") || x_tok_is(d, tg->t0 - 3, "the"))))) {
            size_t comma = SIZE_MAX;
            for (size_t q = tg->t0; q > s->tok0 && tg->t0 - q < 8 && comma == SIZE_MAX; q--)
                if (is_punct_c(d, q - 1, ','))
                    comma = q - 1;
            /* (an apposition: ", the scene of ..."; not ", for fomenting a
             * failed 2016 coup", whose verb the subject did) */
            if (comma != SIZE_MAX && !(x_tok_is(d, comma + 1, "the") ||
                                       x_tok_is(d, comma + 1, "a") || x_tok_is(d, comma + 1, "an")))
                comma = SIZE_MAX;
            for (size_t a = 0; comma != SIZE_MAX && a < p.n_actors;) {
                bool before = false;
                for (size_t q = s->tok0; q < comma && !before; q++)
                    before = x_tok_entity(d, q) == p.actors[a];
                bool after = false;
                for (size_t q = comma; q < s->tok1 && !after; q++)
                    after = x_tok_entity(d, q) == p.actors[a];
                if (before && !after)
                    p.actors[a] = p.actors[--p.n_actors];
                else
                    a++;
            }
        }
        if (named_past) {
            if (count >= 0 && count_noun < tg->t0)
                count = -1;
            if (loc >= 0 && !named_after(d, loc, tg->t1, s->tok1))
                loc = -1;
        }
        if (loc >= 0 && type != FNR_EVENT_ATTACK && type != FNR_EVENT_PLOT &&
            in_country_list(d, s, loc))
            loc = -1;
        /* a round-up "across 14 provinces" was in none of them alone */
        bool spread = type != FNR_EVENT_ATTACK && type != FNR_EVENT_PLOT;
        /* ... but a closed list of places of one country the report never
         * names is placed at its first ("raids in Istanbul, Ankara and
         * Izmir"; "across 14 provinces" or "and ten other cities" spread
         * wider) */
        if (spread && loc >= 0 && !kind_is(d, &d->ents[loc], K_COUNTRY) && many_places(d, si) &&
            !parts_of(d, s, loc)) {
            bool one = false;
            int pc = places_country(d, s, &one);
            if (pc >= 0 || !one || sent_has(d, s, SPREAD_WORDS))
                loc = pc;
        }
        /* "MİT tracked the suspect, identified as X, ... before police
         * detained him": the one the pronoun stands for */
        if ((type == FNR_EVENT_ARREST || type == FNR_EVENT_KILL) && count <= 1 &&
            tg->t1 < s->tok1 && (x_tok_is(d, tg->t1, "him") || x_tok_is(d, tg->t1, "her")) &&
            !names_person(d, p.targets, p.n_targets))
            for (size_t q = s->tok0 + 2; q < tg->t0; q++) {
                int w = x_tok_entity(d, q);
                if (w >= 0 && d->ents[w].type == FNR_ENTITY_PERSON && x_tok_is(d, q - 1, "as") &&
                    x_tok_is(d, q - 2, "identified") && !contains(p.actors, p.n_actors, w)) {
                    add_unique(p.targets, &p.n_targets, w);
                    break;
                }
            }
        size_t lead_sent = SIZE_MAX;
        size_t lead;
        char lead_date[sizeof((fnr_event *)0)->date] = "";
        const char *lead_prec = NULL;
        if (taken_again_in_clause(d, si, s, tg, type, count) ||
            spying_told_again(d, si, type, &p) || term_not_given(d, s, tg) ||
            strike_told_again(d, si, type, &p) ||
            deed_told_again(d, si, s, tg, type, &p, count, &lead) ||
            (lead == SIZE_MAX && restated(d, si, tg, type, &p, count, loc, &lead)))
            continue;
        if (lead == SIZE_MAX)
            plot_of_the_taken(d, si, type, &p, &lead);
        if (lead != SIZE_MAX) { /* the lead's event gives way to this one */
            fnr_event *ev = d->events.data;
            /* "MIT has captured a senior PKK figure. X was captured in
             * Qamishli": who captured him is the lead's */
            for (size_t a = 0; !p.n_actors && a < ev[lead].n_actors && a < 16; a++)
                p.actors[a] = ev[lead].actors[a];
            if (!p.n_actors)
                p.n_actors = ev[lead].n_actors < 16 ? ev[lead].n_actors : 16;
            /* ("MİT tracked X before he was caught with Istanbul police":
             * the lead's actor, named here too, acted as well) */
            /* ("... was caught in a joint operation with the Istanbul
             * police": the lead's captor, with whom they worked) */
            bool joint = false;
            for (size_t q = s->tok0; q < s->tok1 && !joint; q++)
                joint = x_tok_is(d, q, "joint") || x_tok_is(d, q, "jointly");
            for (size_t a = 0; a < ev[lead].n_actors && p.n_actors < 16; a++)
                if ((joint || named_after(d, ev[lead].actors[a], s->tok0, s->tok1)) &&
                    !contains(p.targets, p.n_targets, ev[lead].actors[a]))
                    add_unique(p.actors, &p.n_actors, ev[lead].actors[a]);
            /* "... arrested two teenagers. The suspects were arrested on
             * January 28 by the DGSI": how many the lead said */
            if (count < 0 || (count == 1 && ev[lead].count > 1 && !p.n_targets))
                count = ev[lead].count;
            /* a plot is where its target was, as the lead said */
            if ((type == FNR_EVENT_PLOT || loc < 0) && ev[lead].location >= 0 &&
                !ev[lead].location_inferred && !(spread && many_places(d, si)))
                loc = ev[lead].location; /* and any event where the lead said, when this
                                            sentence says nowhere */
            lead_sent = ev[lead].sentence;
            for (size_t a = 0; !p.n_targets && a < ev[lead].n_targets && a < 16; a++)
                p.targets[a] = ev[lead].targets[a];
            if (!p.n_targets)
                p.n_targets = ev[lead].n_targets < 16 ? ev[lead].n_targets : 16;
            /* "MİT neutralized a senior official of the PKK/YPG. Fırat
             * Dicle was killed ...": the groups the lead named stay (D-11) */
            for (size_t a = 0; a < ev[lead].n_targets && p.n_targets < 16; a++)
                if (is_militant(d, ev[lead].targets[a]) &&
                    !contains(p.actors, p.n_actors, ev[lead].targets[a]))
                    add_unique(p.targets, &p.n_targets, ev[lead].targets[a]);
            memcpy(lead_date, ev[lead].date, sizeof lead_date);
            lead_prec = ev[lead].precision;
            memmove(&ev[lead], &ev[lead + 1], (d->events.len - lead - 1) * sizeof *ev);
            d->events.len--;
        }
        bool inferred = false;
        if (loc < 0 && !named_past && !soil_place(d, s, &loc)) {
            /* "FETÖ ... orchestrated the coup of July 15, 2016": a coup is
             * made in the plotters' own state, not in the country the
             * report names most (an extradition from Kazakhstan) */
            loc = type == FNR_EVENT_ATTACK &&
                          trigger_says_coup(d->doc.text + x_tok(d, tg->t0)->start,
                                            x_tok(d, tg->t1 - 1)->end - x_tok(d, tg->t0)->start)
                      ? plotters_state(d, &p)
                      : -1;
            if (loc < 0)
                loc = context_location(d, si, type, &p);
            /* of many places, the country alone ("ANKARA ... across 11
             * provinces": Türkiye, when the report names it) */
            if (spread && loc >= 0 && !kind_is(d, &d->ents[loc], K_COUNTRY) &&
                (many_places(d, si) || (lead_sent != SIZE_MAX && many_places(d, lead_sent))))
                loc = country_entity(d, d->ents[loc].country);
            inferred = loc >= 0;
        }
        st = add_event(d, si, tg, type, &p, loc, count);
        if (st != FNR_OK)
            return st;
        fnr_event *added = &FNR_VEC_AT(&d->events, fnr_event, d->events.len - 1);
        added->location_inferred = inferred;
        /* "Police arrested a suspect on Tuesday. The suspect, identified as
         * Ö.K., was caught in Osmangazi": the lead's date, when the detail
         * tells none */
        /* ("... for the January 2024 attack on the church. ... accused X
         * of directing the attack": an attack or plot told again in a
         * sentence that dates nothing keeps the lead's date, not another
         * one carried from elsewhere) */
        size_t ln = strlen(lead_date), an = strlen(added->date);
        bool other = memcmp(lead_date, added->date, ln < an ? ln : an) != 0;
        if (lead_date[0] &&
            (!added->date[0] || ((type == FNR_EVENT_ATTACK || type == FNR_EVENT_PLOT) && other &&
                                 !sentence_date(d, si)))) {
            memcpy(added->date, lead_date, sizeof added->date);
            added->precision = lead_prec;
        }
    }
    return FNR_OK;
}

/* The one state the report says directs its plot ("an Iranian-directed
 * plot", "the network, which it said was directed by Iran"), or -1 when
 * none or several: the plotters of a plot told with no one named (D-12). */
static int directing_state(const x_doc *d)
{
    int state = -1;
    size_t n = d->toks.len;
    /* (each case has one of the words at k + 1 or k + 2: only the
     * sentences that hold one are read, from two tokens before) */
    for (size_t si = 0; si < d->sents.len; si++) {
        const xsent *s = x_sent(d, si);
        if (!(s->cues & X_CUE_DIRECTED))
            continue;
        for (size_t k = s->tok0 >= 2 ? s->tok0 - 2 : 0; k < s->tok1 && k + 2 < n; k++) {
            int e = -1;
            if ((x_tok(d, k)->xflags & XT_DEMONYM) && is_punct_c(d, k + 1, '-') &&
                x_tok_in(d, k + 2, DIRECTED))
                e = demonym_country(d, k); /* "Iranian-directed" */
            else if (x_tok_is(d, k + 2, "by") && k + 3 < n && x_tok_in(d, k + 1, DIRECTED)) {
                int c = x_tok_entity(d, k + 3); /* "was directed by Iran" */
                if (c >= 0 && d->ents[c].type == FNR_ENTITY_LOCATION &&
                    kind_is(d, &d->ents[c], K_COUNTRY))
                    e = c;
            }
            if (e < 0)
                continue;
            if (state >= 0 && state != e)
                return -1;
            state = e;
        }
    }
    return state;
}

/* "The army neutralized 13 terrorists in Iraq and Syria. Seven were
 * neutralized in the Claw-Lock zone, while six others were neutralized in
 * the Peace Spring area": the parts that add up to the total told just
 * before are its breakdown, no events of their own (D-15); the total keeps
 * the ones they name. */
static fnr_status breakdown_of_total(x_doc *d)
{
    fnr_event *ev = d->events.data;
    for (size_t i = 0; i < d->events.len; i++) {
        const fnr_event *e = &ev[i];
        if ((e->type != FNR_EVENT_ARREST && e->type != FNR_EVENT_KILL) || e->count < 3)
            continue;
        /* (a total placed at one town is no sum of parts elsewhere) */
        if (e->location >= 0 && !e->location_inferred && place_rank_of(d, e->location) <= 5)
            continue;
        long sum = 0;
        size_t j = i + 1, parts = 0, last = 0;
        for (; j < d->events.len && sum < e->count; j++) {
            const fnr_event *f = &ev[j];
            if (f->sentence > e->sentence + 3)
                break;
            if (f->type != e->type)
                continue;
            if (f->sentence == e->sentence || f->count < 1 || f->count >= e->count ||
                f->sentence > e->sentence + 2 || another_one(d, x_sent(d, f->sentence)) ||
                !same_month(sentence_date(d, e->sentence), sentence_date(d, f->sentence)) ||
                (parts &&
                 !same_month(sentence_date(d, ev[i + 1].sentence), sentence_date(d, f->sentence))))
                break;
            /* (by the same hands, of the same groups) */
            bool other = false;
            for (size_t a = 0; a < f->n_actors && !other; a++)
                other = !contains(e->actors, e->n_actors, f->actors[a]);
            for (size_t t = 0; t < f->n_targets && !other; t++)
                other = d->ents[f->targets[t]].type != FNR_ENTITY_PERSON &&
                        !contains(e->targets, e->n_targets, f->targets[t]);
            if (other)
                break;
            sum += f->count;
            parts++;
            last = j;
        }
        /* ("Five of the terrorists were neutralized in Gara, while four
         * others were neutralized in Tal Rifaat": the first part told as
         * a part of the total, no event, the rest "others") */
        bool rest = false;
        if (parts == 1 && sum < e->count) {
            const fnr_event *f = &ev[last];
            const xsent *fs = x_sent(d, f->sentence);
            for (size_t k = fs->tok0; k + 1 < fs->tok1 && !rest; k++)
                rest = token_number(d, k) == f->count &&
                       (x_tok_is(d, k + 1, "others") || x_tok_is(d, k + 1, "more"));
        }
        if (!rest && (sum != e->count || parts < 2))
            continue;
        size_t out = i + 1;
        for (size_t k = i + 1; k < d->events.len; k++) {
            if (k < j && ev[k].type == ev[i].type) {
                if (add_parties(d, &ev[i].targets, &ev[i].n_targets, ev[k].targets,
                                ev[k].n_targets) != FNR_OK)
                    return FNR_NOMEM;
                continue;
            }
            ev[out++] = ev[k];
        }
        d->events.len = out;
    }
    return FNR_OK;
}

/* "Attackers killed five people at TUSAŞ ... The minister identified one
 * of the attackers as Ali Örek": the one named made the attack told just
 * before. */
static fnr_status doer_identified(x_doc *d)
{
    static const char *const DOERS[] = { "attacker", "attackers",   "bomber",       "bombers",
                                         "gunman",   "gunmen",      "assailant",    "assailants",
                                         "shooter",  "perpetrator", "perpetrators", NULL };
    fnr_event *ev = d->events.data;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &ev[i];
        if (e->type != FNR_EVENT_ATTACK || names_person(d, e->actors, e->n_actors))
            continue;
        for (size_t si = e->sentence + 1; si < d->sents.len && si <= e->sentence + 2; si++) {
            const xsent *s = x_sent(d, si);
            int who = -1;
            for (size_t k = s->tok0; k + 3 < s->tok1 && who < 0; k++) {
                if (!x_tok_is(d, k, "identified"))
                    continue;
                size_t q = k + 1;
                bool doer = false;
                while (q < s->tok1 && q - k < 6 && !x_tok_is(d, q, "as")) {
                    doer = doer || x_tok_in(d, q, DOERS);
                    q++;
                }
                if (doer && q + 1 < s->tok1 && x_tok_is(d, q, "as")) {
                    int w = x_tok_entity(d, q + 1);
                    if (w >= 0 && d->ents[w].type == FNR_ENTITY_PERSON)
                        who = w;
                }
            }
            if (who < 0 || contains(e->targets, e->n_targets, who))
                continue;
            if (add_parties(d, &e->actors, &e->n_actors, &who, 1) != FNR_OK)
                return FNR_NOMEM;
            break;
        }
    }
    return FNR_OK;
}

/* The events a pass marked to go (type 0) dropped, the rest kept in
 * order. */
static void drop_marked(x_doc *d)
{
    fnr_event *ev = d->events.data;
    size_t kept = 0;
    for (size_t i = 0; i < d->events.len; i++)
        if (ev[i].type)
            ev[kept++] = ev[i];
    d->events.len = kept;
}

/* "Saifullah had planned a suicide bombing at a rally in 2018 that killed
 * 149 people": the attack planned took place, told with its dead in the
 * same sentence; the planner made it, and no plot stands beside it. */
static fnr_status planned_deed_done(x_doc *d)
{
    static const char *const PLANNED[] = { "planned",   "plotted",   "masterminded",
                                           "organised", "organized", NULL };
    fnr_event *ev = d->events.data;
    size_t n = d->events.len;
    for (size_t i = 0; i < n; i++) {
        fnr_event *e = &ev[i];
        bool done = false;
        if (e->type == FNR_EVENT_PLOT && !e->n_targets) {
            const xsent *s = x_sent(d, e->sentence);
            size_t t = s->tok0;
            while (t < s->tok1 && x_tok(d, t)->start < e->trigger_start)
                t++;
            for (size_t j = i + 1; j < n && !done && t < s->tok1 && x_tok_in(d, t, PLANNED); j++) {
                fnr_event *a = &ev[j];
                if (a->type != FNR_EVENT_ATTACK || a->sentence != e->sentence || a->count <= 0 ||
                    a->trigger_start <= e->trigger_end || a->trigger_start - e->trigger_end > 40)
                    continue;
                done = true;
                if (add_parties(d, &a->actors, &a->n_actors, e->actors, e->n_actors) != FNR_OK)
                    return FNR_NOMEM;
            }
        }
        if (done)
            e->type = (fnr_event_type)0; /* marked to go */
    }
    drop_marked(d);
    return FNR_OK;
}

/* "X was extradited to Türkiye from Ukraine ... X was handed over to
 * Turkish gendarmerie officers at Istanbul Airport": the hand-over after
 * an extradition (or deportation) told before is its delivery, no second
 * capture; its one handed over joins the extradition's. */
static fnr_status handover_of_extradition(x_doc *d)
{
    fnr_event *ev = d->events.data;
    size_t n = d->events.len;
    for (size_t i = 1; i < n; i++) {
        fnr_event *e = &ev[i];
        const char *t = d->doc.text + e->trigger_start;
        if (e->type != FNR_EVENT_ARREST || e->trigger_end - e->trigger_start < 6 ||
            (t[0] != 'h' && t[0] != 'H') || memcmp(t + 1, "and", 3) != 0)
            continue;
        for (size_t j = 0; j < i; j++) {
            fnr_event *x = &ev[j];
            if (x->type != FNR_EVENT_LEGAL_ACTION || !handed_over(d, x))
                continue;
            bool same = !names_person(d, x->targets, x->n_targets);
            for (size_t k = 0; k < e->n_targets && !same; k++)
                same = contains(x->targets, x->n_targets, e->targets[k]);
            if (!same)
                continue;
            for (size_t k = 0; k < e->n_targets; k++)
                if (d->ents[e->targets[k]].type == FNR_ENTITY_PERSON &&
                    !contains(x->targets, x->n_targets, e->targets[k]) &&
                    add_parties(d, &x->targets, &x->n_targets, &e->targets[k], 1) != FNR_OK)
                    return FNR_NOMEM;
            /* (the officers he was handed to are no associates of his) */
            size_t rk = 0;
            for (size_t r = 0; r < d->rels.len; r++) {
                const fnr_relation *o = &FNR_VEC_AT(&d->rels, fnr_relation, r);
                bool gone = o->type == FNR_REL_ASSOCIATED_WITH && o->sentence == e->sentence &&
                            ((contains(e->targets, e->n_targets, o->source) &&
                              d->ents[o->target].type == FNR_ENTITY_ORGANIZATION) ||
                             (contains(e->targets, e->n_targets, o->target) &&
                              d->ents[o->source].type == FNR_ENTITY_ORGANIZATION));
                if (!gone)
                    FNR_VEC_AT(&d->rels, fnr_relation, rk++) = *o;
            }
            d->rels.len = rk;
            e->type = (fnr_event_type)0; /* marked to go */
            break;
        }
    }
    drop_marked(d);
    return FNR_OK;
}

/* "MİT has neutralized a senior member of the PKK in northern Iraq. MİT
 * carried out a precision operation in Iraq's Sinjar region against the
 * terrorist, code-named X": the operation is the killing told again, with
 * its one named and its narrower place; no event of its own (GUIDELINES:
 * a kill "in an operation" is the kill only). */
static fnr_status operation_told_again(x_doc *d)
{
    fnr_event *ev = d->events.data;
    for (size_t o = 1; o < d->events.len; o++) {
        fnr_event *op = &ev[o];
        if (op->type != FNR_EVENT_MILITARY_OPERATION ||
            !names_person(d, op->targets, op->n_targets))
            continue;
        /* (a named operation is a thing in itself) */
        unsigned char c0 = (unsigned char)d->doc.text[op->trigger_start];
        if (c0 >= 'A' && c0 <= 'Z')
            continue;
        if (another_one(d, x_sent(d, op->sentence)))
            continue;
        size_t k = o;
        while (k > 0 && ev[k - 1].sentence + 2 >= op->sentence &&
               !(ev[k - 1].type == FNR_EVENT_KILL || ev[k - 1].type == FNR_EVENT_ARREST))
            k--;
        if (k == 0 || ev[k - 1].sentence + 2 < op->sentence || ev[k - 1].sentence == op->sentence)
            continue;
        fnr_event *e = &ev[k - 1];
        if (names_person(d, e->targets, e->n_targets) || e->count > 1)
            continue;
        bool same_hands = true;
        for (size_t a = 0; a < op->n_actors && same_hands; a++)
            same_hands = contains(e->actors, e->n_actors, op->actors[a]);
        if (!same_hands)
            continue;
        if (add_parties(d, &e->targets, &e->n_targets, op->targets, op->n_targets) != FNR_OK)
            return FNR_NOMEM;
        if (op->location >= 0 && !op->location_inferred &&
            (e->location < 0 || e->location_inferred ||
             place_rank_of(d, op->location) < place_rank_of(d, e->location)))
            e->location = op->location;
        memmove(op, op + 1, (d->events.len - o - 1) * sizeof *op);
        d->events.len--;
        o--;
    }
    return FNR_OK;
}

fnr_status x_events_find(x_doc *d)
{
    fnr_status st = entity_bits(d);
    if (st != FNR_OK)
        return st;
    d->carry_at = SIZE_MAX; /* no sentence's carried date known yet */
    d->dateline_loc = dateline_place(d);
    d->main_country = dominant_country(d);
    home_bodies(d);
    sent_facts sf;
    sent_facts_init(&sf);
    size_t next_cand = 0;
    for (size_t si = 0; si < d->sents.len && st == FNR_OK; si++)
        st = sentence_events(d, si, &sf, &next_cand);
    sent_facts_destroy(&sf);
    if (st != FNR_OK)
        return st;
    named_next(d);
    st = one_of_them_next(d);
    if (st == FNR_OK)
        st = the_n_named_before(d);
    if (st == FNR_OK)
        st = breakdown_of_total(d);
    if (st == FNR_OK)
        st = operation_told_again(d);
    if (st == FNR_OK)
        st = doer_identified(d);
    if (st == FNR_OK)
        st = planned_deed_done(d);
    if (st == FNR_OK)
        st = handover_of_extradition(d);
    if (st != FNR_OK)
        return st;
    /* a plot with no plotter named takes the state the report says
     * directed it; each event holds room for one actor more */
    int state = -2;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
        if (e->type != FNR_EVENT_PLOT || e->n_actors)
            continue;
        if (state == -2)
            state = directing_state(d);
        if (state < 0)
            break;
        if (!contains(e->targets, e->n_targets, state))
            e->actors[e->n_actors++] = state;
    }
    /* "MİT captured Halil Ö.", "X was arrested by the Metropolitan Police":
     * who acts on whom in a sentence's event is no associate of theirs, so
     * the sentence's co-occurrence relation between them goes; nor are a
     * leader and the group led only associates. (Relations and events
     * both come in sentence order.) */
    int typed[64][2]; /* the pairs of the typed relations */
    size_t n_typed = 0;
    bool all_typed = true;
    for (size_t r = 0; r < d->rels.len; r++) {
        const fnr_relation *o = &FNR_VEC_AT(&d->rels, fnr_relation, r);
        if (o->type == FNR_REL_ASSOCIATED_WITH)
            continue;
        if (n_typed == sizeof typed / sizeof *typed) {
            all_typed = false;
            break;
        }
        typed[n_typed][0] = o->source;
        typed[n_typed++][1] = o->target;
    }
    size_t kept = 0, ev0 = 0;
    for (size_t r = 0; r < d->rels.len; r++) {
        fnr_relation rel = FNR_VEC_AT(&d->rels, fnr_relation, r);
        bool opposed = false;
        if (rel.type == FNR_REL_ASSOCIATED_WITH) {
            while (ev0 < d->events.len &&
                   FNR_VEC_AT(&d->events, fnr_event, ev0).sentence < rel.sentence)
                ev0++;
            for (size_t i = ev0; i < d->events.len && !opposed; i++) {
                const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
                if (e->sentence != rel.sentence)
                    break;
                opposed = (contains(e->actors, e->n_actors, rel.source) &&
                           contains(e->targets, e->n_targets, rel.target)) ||
                          (contains(e->actors, e->n_actors, rel.target) &&
                           contains(e->targets, e->n_targets, rel.source)) ||
                          catcher_of(d, e, rel.source, rel.target) ||
                          catcher_of(d, e, rel.target, rel.source);
            }
            /* ("MİT caught X ... MİT had tracked X for two years": who
             * caught, killed or tried one in the report is none of his
             * associates in its other sentences either; a long report's
             * first events only) */
            for (size_t i = 0; i < d->events.len && i < 512 && !opposed; i++) {
                const fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
                opposed = (e->type == FNR_EVENT_ARREST || e->type == FNR_EVENT_KILL ||
                           e->type == FNR_EVENT_LEGAL_ACTION) &&
                          ((contains(e->actors, e->n_actors, rel.source) &&
                            contains(e->targets, e->n_targets, rel.target)) ||
                           (contains(e->actors, e->n_actors, rel.target) &&
                            contains(e->targets, e->n_targets, rel.source)));
            }
            for (size_t q = 0; q < n_typed && all_typed && !opposed; q++)
                opposed = (typed[q][0] == rel.source && typed[q][1] == rel.target) ||
                          (typed[q][0] == rel.target && typed[q][1] == rel.source);
        }
        if (!opposed)
            FNR_VEC_AT(&d->rels, fnr_relation, kept++) = rel;
    }
    d->rels.len = kept;
    for (size_t i = 0; i < d->events.len; i++) {
        fnr_event *e = &FNR_VEC_AT(&d->events, fnr_event, i);
        x_id(e->id, 'v', (uint32_t)(i + 1));
    }
    return FNR_OK;
}
