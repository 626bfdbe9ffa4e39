/*
 * Unit tests of extraction, one table per rule family: persons (particles,
 * initials, code names, surnames), organisations (dictionary aliases, bracket
 * aliases, sub-units, demonym institutions), locations (directions,
 * possessives, place heads, nationalities), events (voice, counts, dates,
 * places, types) and relations. Each case is a short text of our own and
 * what a user relies on fener to find in it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "fener/extract.h"
#include "text/text_int.h"

static fnr_extractor *X;

static int setup(void **state)
{
    (void)state;
    fnr_error err;
    return fnr_extractor_new(&X, &err) == FNR_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    fnr_extractor_free(X);
    return 0;
}

static fnr_facts *run(const char *text, const char *date)
{
    fnr_extract_opts o = { 0 };
    o.date = date;
    fnr_facts *f = NULL;
    fnr_error err;
    fnr_status st = fnr_extract(X, text, strlen(text), &o, &f, &err);
    if (st != FNR_OK)
        fail_msg("extract failed: %s", err.message);
    return f;
}

static const fnr_entity *find_entity(const fnr_facts *f, const char *name)
{
    for (size_t i = 0; i < f->n_entities; i++) {
        if (strcmp(f->entities[i].name, name) == 0)
            return &f->entities[i];
        for (size_t k = 0; k < f->entities[i].n_aliases; k++)
            if (strcmp(f->entities[i].aliases[k], name) == 0)
                return &f->entities[i];
    }
    return NULL;
}

/* How many events of type t the facts hold. */
static size_t n_events(const fnr_facts *f, fnr_event_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n_events; i++)
        n += f->events[i].type == t;
    return n;
}

static bool has_alias(const fnr_entity *e, const char *a)
{
    if (strcmp(e->name, a) == 0)
        return true;
    for (size_t k = 0; k < e->n_aliases; k++)
        if (strcmp(e->aliases[k], a) == 0)
            return true;
    return false;
}

/* ---- entities ----------------------------------------------------------- */

typedef struct ent_case {
    const char *text;
    const char *name; /* a form that must be found, or NULL */
    fnr_entity_type type;
    const char *same_as; /* another form of the same entity, or NULL */
    const char *absent;  /* a form that must NOT be an entity, or NULL */
} ent_case;

static const ent_case ENT_CASES[] = {
    /* a place's train or bus station is a facility, not a person */
    { "The bomb went off outside Konya Bus Station on Friday.", "Konya Bus Station",
      FNR_ENTITY_LOCATION, NULL, "Bus Station" },
    /* the code name of an operation names no one */
    { "The operation, codenamed \"Kara Kartal\", led to the capture of Ali Demir in Hatay.",
      "Ali Demir", FNR_ENTITY_PERSON, NULL, "Kara Kartal" },
    /* a place that is also a given name before a known surname that is
     * no given name: a person ("in Fatih" stays the district) */
    { "Counter-terrorism police detained Oğuz Tekin in Konya on Monday.", "Oğuz Tekin",
      FNR_ENTITY_PERSON, NULL, "Oğuz" },
    /* after "national", two capitalised words are a person though one of
     * them is a town */
    { "Gendarmes detained Kazakh national Timur Kasimov near the border.", "Timur Kasimov",
      FNR_ENTITY_PERSON, NULL, "Kasimov" },
    { "Gendarmes detained Kazakh national Diyaz Kasimov near the border.", "Diyaz Kasimov",
      FNR_ENTITY_PERSON, NULL, NULL },
    /* the unnamed one right before the cue owns the code name, not a
     * capitalised word opening the sentence */
    { "Investigators had accused the network's leader, known by the code name \"Ebu Ömer\", of "
      "funding the cell.",
      "Ebu Ömer", FNR_ENTITY_PERSON, NULL, "Investigators" },
    /* a title that is also a given name, after a given name: a second
     * given name ("Sultan", "Emir" in Turkish names) */
    { "The court convicted Zeynep Sultan Arslan and one other defendant. Arslan was caught in "
      "2022.",
      "Zeynep Sultan Arslan", FNR_ENTITY_PERSON, "Arslan", NULL },
    /* "whose real name was X": the real name, of a man now dead */
    { "The commander, codenamed \"Baz Dilan\", was killed in a strike. Dilan, whose real name "
      "was Kadir Polat, had led the cell.",
      "Kadir Polat", FNR_ENTITY_PERSON, "Baz Dilan", NULL },
    /* named gorges and valleys of the Caucasus and Central Asia */
    { "Georgian police detained two men in the Pankisi Gorge on Friday.", "Pankisi Gorge",
      FNR_ENTITY_LOCATION, NULL, "Pankisi" },
    /* a regional unit of a national body, named whole */
    { "Counter Terrorism Policing North East arrested a man in Leeds on Monday.",
      "Counter Terrorism Policing North East", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a body's name qualifying one of its men is no entity (D-2a) */
    { "Agents planned to abduct a former Iranian army officer in Van.", "Van", FNR_ENTITY_LOCATION,
      NULL, "Iranian army" },
    { "He met a Turkish police chief in Ankara.", "Ankara", FNR_ENTITY_LOCATION, NULL,
      "Turkish police" },
    /* "referred to by his followers as X", "known to the services as X",
     * "also spelt X" */
    { "The group's founder Abdullah Öcalan, referred to by his followers as \"Apo\", spoke.",
      "Abdullah Öcalan", FNR_ENTITY_PERSON, "Apo", NULL },
    { "He met Khalid al-Dulaimi, a figure known to the services as \"Kartal\".",
      "Khalid al-Dulaimi", FNR_ENTITY_PERSON, "Kartal", NULL },
    { "Sheikh Said Piran, also spelt Şeyh Said, led a rebellion in 1925.", "Said Piran",
      FNR_ENTITY_PERSON, "Şeyh Said", NULL },
    /* "X City" is the city, not the country or state named X */
    { "Cartel gunmen were arrested in Mexico City on Monday.", "Mexico City", FNR_ENTITY_LOCATION,
      NULL, "Mexico" },
    { "The two men planned an attack in New York City.", "New York City", FNR_ENTITY_LOCATION, NULL,
      NULL },
    /* a site named after a person with a middle initial is the site */
    { "He was held at George H. Bush International Airport in Houston.",
      "George H. Bush International Airport", FNR_ENTITY_LOCATION, NULL, "George H. Bush" },
    /* a report's title names no one */
    { "Europol said in its Terrorism Situation and Trend Report that arrests rose.", "Europol",
      FNR_ENTITY_ORGANIZATION, NULL, "Terrorism Situation" },
    { "The Annual Threat Assessment of the ODNI named Iran.", "Iran", FNR_ENTITY_LOCATION, NULL,
      "Annual Threat Assessment" },
    /* "the Nth Front of <group>": the unit and the group, each its own */
    { "He commanded the 18th Front of the FARC until 2016.", "18th Front", FNR_ENTITY_ORGANIZATION,
      NULL, "Front of the FARC" },
    { "He commanded the 18th Front of the FARC until 2016.", "FARC", FNR_ENTITY_ORGANIZATION, NULL,
      NULL },
    /* Latin American armed groups and the Kosovo force by their acronyms */
    { "Dissidents of the EMC attacked a police post in Cauca.", "EMC", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "The ELN released two hostages near Arauca.", "ELN", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "A KFOR patrol was stopped near Zvečan.", "KFOR", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* "known by his alias X" after a group noun: a person's alias, of the
     * unnamed one "his" stands for, not of anyone named further back */
    { "Troops killed a commander of a rebel faction known by his alias \"Tigre\" in Arauca.",
      "Tigre", FNR_ENTITY_PERSON, NULL, "Troops" },
    { "Troops killed Iván Rojas, a senior commander known by his alias \"Tigre\", in Arauca.",
      "Iván Rojas", FNR_ENTITY_PERSON, "Tigre", NULL },
    /* "formerly known as the X": a body the dictionary knows, named in
     * full, is the old name of the body before (its acronym in brackets
     * between them or not) */
    { "HTS, formerly known as the Nusra Front, held the town.", "HTS", FNR_ENTITY_ORGANIZATION,
      "Nusra Front", NULL },
    { "Hayat Tahrir al-Sham (HTS), formerly known as the Nusra Front, held the town.",
      "Hayat Tahrir al-Sham", FNR_ENTITY_ORGANIZATION, "Nusra Front", NULL },
    /* "known in Turkish as X" names the body before it */
    { "The Special Organization, known in Turkish as Teşkilat-ı Mahsusa, was founded in 1913.",
      "Special Organization", FNR_ENTITY_ORGANIZATION, "Teşkilat-ı Mahsusa", NULL },
    /* a quoted translation in brackets is an alias, the name stays */
    { "Groups such as Karakol Cemiyeti (\"The Guard Society\") gathered information.",
      "Karakol Cemiyeti", FNR_ENTITY_ORGANIZATION, "The Guard Society", NULL },
    /* a national police of no one country: the demonym names whose */
    { "MADRID (EFE) - Spanish National Police officers arrested four men.",
      "Spanish National Police", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* the names of a list before a plural head of sites are sites */
    { "They filmed the Nevatim and Ramat David air bases.", "Nevatim", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "They filmed the Nevatim and Ramat David air bases.", "Ramat David", FNR_ENTITY_LOCATION,
      NULL, NULL },
    /* a place that is also a given name, before a surname, names a person;
     * so does any one-word place after a title */
    { "Police detained Fatih Yılmaz in Ankara.", "Fatih Yılmaz", FNR_ENTITY_PERSON, NULL, "Fatih" },
    { "In Fatih, police detained two men.", "Fatih", FNR_ENTITY_LOCATION, NULL, NULL },
    { "The raid was led by investigating judge Santiago Pedraz.", "Santiago Pedraz",
      FNR_ENTITY_PERSON, NULL, "Santiago" },
    /* "terror group" describes a group, it is no part of its name (D-3) */
    { "Police captured 12 members of the PKK terror group in Izmir.", "PKK",
      FNR_ENTITY_ORGANIZATION, NULL, "PKK terror group" },
    /* Indonesian provinces by their English names, the islands as regions */
    { "Densus 88 detained two men in Central Java and one in Sumatra.", "Central Java",
      FNR_ENTITY_LOCATION, NULL, NULL },
    { "Densus 88 detained two men in Central Java and one in Sumatra.", "Sumatra",
      FNR_ENTITY_LOCATION, NULL, NULL },
    /* a lone name in apposition to a role is a person */
    { "The court jailed the network's former military chief, Sutrisno, for 15 years.", "Sutrisno",
      FNR_ENTITY_PERSON, NULL, NULL },
    /* a ministry named by its head alone is the one named in full */
    { "The Interior Ministry said 40 were held. The Turkish Interior Ministry gave no names.",
      "Turkish Interior Ministry", FNR_ENTITY_ORGANIZATION, "Interior Ministry", NULL },
    /* a demonym's national police is its own, not France's */
    { "Spanish National Police detained a recruiter in Melilla.", "Spanish National Police",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* an island is a place */
    { "Coast guards intercepted a boat carrying smugglers off Lampedusa.", "Lampedusa",
      FNR_ENTITY_LOCATION, NULL, NULL },
    /* a body of no country named bare is the one the report names in full */
    { "The Gendarmerie General Command said its teams held six men in Siirt. The Gendarmerie "
      "found rifles in their homes.",
      "Gendarmerie General Command", FNR_ENTITY_ORGANIZATION, "Gendarmerie", NULL },
    { "Shin Bet arrested a resident of Beit Safafa in Jerusalem.", "Beit Safafa",
      FNR_ENTITY_LOCATION, NULL, NULL },
    /* a place's governor's office is a body; "an Istanbul church" no named site */
    { "According to the Istanbul Governor's Office, police foiled an attack on an Istanbul "
      "church.",
      "Istanbul Governor's Office", FNR_ENTITY_ORGANIZATION, NULL, "Istanbul church" },
    /* a given name and a place's name before a code-name cue are a person's */
    { "Fırat Dicle, code-named \"Rubar\", was killed near Hasakah.", "Fırat Dicle",
      FNR_ENTITY_PERSON, "Rubar", "Dicle" },
    /* "a.k.a." is a cue, no person's initials */
    { "Mustafa Öztürk, a.k.a. \"Hoca\", was detained.", "Mustafa Öztürk", FNR_ENTITY_PERSON, "Hoca",
      "a.k.a." },
    /* a code name after an unnamed officer is not the named recruit's */
    { "Mehmet Ali Öztürk had been recruited by a Mossad officer using the code name \"David\".",
      "Mehmet Ali Öztürk", FNR_ENTITY_PERSON, NULL, NULL },
    /* "structure" describes, it names no sub-unit */
    { "Eight members of the so-called Türkiye structure of Daesh were detained.", "Daesh",
      FNR_ENTITY_ORGANIZATION, NULL, "Türkiye structure" },
    /* a law's title names no body; "the Presidency" is one */
    { "It works under the Law on the State Intelligence Services for the Presidency.", "Presidency",
      FNR_ENTITY_ORGANIZATION, NULL, "State Intelligence Services" },
    /* the names of a list before "Groups" are bodies; a direction names a
     * so-called sector; a named operation's words are no place */
    { "It goes back to Branch II, Mim Mim (The National Defense) and Felah (The Salvation) "
      "Groups.",
      "Mim Mim", FNR_ENTITY_ORGANIZATION, "The National Defense", NULL },
    { "He was the so-called Western Sector leader of the group.", "Western Sector",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "MIT took part in Operation Euphrates Shield in northern Syria.", "Syria",
      FNR_ENTITY_LOCATION, NULL, "Euphrates" },
    { "A drone strike in the southern Lebanese town of Nabatieh killed him.", "Nabatieh",
      FNR_ENTITY_LOCATION, NULL, "Lebanese" },
    { "The National Prosecutor's Office said on Tuesday.", "National Prosecutor's Office",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* Turkish and Ottoman names of bodies; several aliases in one bracket */
    { "The Karakol Cemiyeti (Sentinel Society) carried out intelligence work.", "Karakol Cemiyeti",
      FNR_ENTITY_ORGANIZATION, "Sentinel Society", "Karakol" },
    { "The National Security Service (Milli Emniyet Hizmeti, MAH) was founded in 1926.",
      "National Security Service", FNR_ENTITY_ORGANIZATION, "MAH", NULL },
    { "The roots reach back to the Teşkilat-ı Mahsusa (Special Organization) of 1914.",
      "Teşkilat-ı Mahsusa", FNR_ENTITY_ORGANIZATION, "Special Organization", NULL },
    { "The Müdafaa-i Milliye (National Defense) group worked in Istanbul.", "Müdafaa-i Milliye",
      FNR_ENTITY_ORGANIZATION, "National Defense", NULL },
    /* a plural's apostrophe inside a dictionary name; a Turkish initial;
     * an operation's code name is no person */
    { "The Kurdistan Workers' Party (PKK) said so.", "Kurdistan Workers' Party",
      FNR_ENTITY_ORGANIZATION, "PKK", NULL },
    { "The suspect was identified as Mehmet Ç. by police.", "Mehmet Ç.", FNR_ENTITY_PERSON, NULL,
      NULL },
    { "The operation, codenamed \"Operation Sentinel,\" was led by Spanish police.", NULL,
      FNR_ENTITY_PERSON, NULL, "Operation Sentinel" },
    /* a list of code names; a region named with a direction */
    { "The cell was led by Ali Rıza Gökçe, known by the code names \"Doktor\" and \"Hoca,\" "
      "officials said.",
      "Ali Rıza Gökçe", FNR_ENTITY_PERSON, "Hoca", NULL },
    { "Forces killed him near the town of Bu'ale in the Middle Juba region.", "Middle Juba",
      FNR_ENTITY_LOCATION, NULL, "Juba" },
    { "He was detained in the Lower Austria town of St. Pölten on Monday.", "St. Pölten",
      FNR_ENTITY_LOCATION, NULL, NULL },
    { "The three appeared at Westminster Magistrates' Court on Thursday.",
      "Westminster Magistrates' Court", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "Counter Terrorism Policing North West charged a man.",
      "Counter Terrorism Policing North West", FNR_ENTITY_ORGANIZATION, NULL, "North West" },
    { "Two generals, Abass Dembele and Nema Sagara, were arrested.", "Nema Sagara",
      FNR_ENTITY_PERSON, NULL, "Nema" },
    { "The tip came from Jordan's General Intelligence Directorate.",
      "General Intelligence Directorate", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a demonym gives an institution its country; English names of
     * subdivisions; commands */
    { "The Jordanian Armed Forces said so.", "Jordanian Armed Forces", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "He was arrested in Bavaria, not in Bayern's capital.", "Bavaria", FNR_ENTITY_LOCATION,
      "Bayern", NULL },
    { "US Africa Command (AFRICOM) said the strike killed 13 fighters.", "US Africa Command",
      FNR_ENTITY_ORGANIZATION, "AFRICOM", NULL },
    /* a month's name as a given name; "Former" is no name; "May Day" no person */
    { "He was hired by Jan Marsalek, a fugitive.", "Jan Marsalek", FNR_ENTITY_PERSON, NULL, NULL },
    { "Former BND chief August Hanning said so.", "August Hanning", FNR_ENTITY_PERSON, NULL,
      "Former BND" },
    { "The cell will be dismantled by May Day, he said.", NULL, FNR_ENTITY_PERSON, NULL,
      "May Day" },
    /* a place inside a person's name, or beginning a longer name */
    { "Police spokesman Abdifatah Aden Hassan told reporters.", "Abdifatah Aden Hassan",
      FNR_ENTITY_PERSON, NULL, "Aden" },
    { "The attacks on the Stade de France killed 130 people.", "Stade de France",
      FNR_ENTITY_LOCATION, NULL, "Stade" },
    { "Forces killed four militants in the Hamrin mountains.", "Hamrin", FNR_ENTITY_LOCATION, NULL,
      NULL },
    /* prosecution services */
    { "The Federal Prosecutor's Office in Karlsruhe said so.", "Federal Prosecutor's Office",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "The Seoul Central District Prosecutors' Office charged him.",
      "Seoul Central District Prosecutors' Office", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* persons */
    { "Security forces captured Abu Talha al-Shami near the border.", "Abu Talha al-Shami",
      FNR_ENTITY_PERSON, NULL, NULL },
    { "Police detained Mehmet Yılmaz and his brother in Konya.", "Mehmet Yılmaz", FNR_ENTITY_PERSON,
      NULL, NULL },
    { "The suspect, identified only by the initials K.T., was detained.", "K.T.", FNR_ENTITY_PERSON,
      NULL, NULL },
    { "Selim Yurt, codenamed \"Kara Yel,\" was captured in Izmir.", "Selim Yurt", FNR_ENTITY_PERSON,
      "Kara Yel", NULL },
    { "MIT captured Abu Yasir al-Iraqi, a senior Daesh figure known as \"the Engineer\", in Syria.",
      "Abu Yasir al-Iraqi", FNR_ENTITY_PERSON, "Engineer", "the Engineer" },
    { "Police caught Ali Sert, known as the leader of the cell, in Van.", "Ali Sert",
      FNR_ENTITY_PERSON, NULL, "the leader" },
    { "Forces killed Abdullahi bin Yusuf in Jilib. Bin Yusuf had been behind bombings.",
      "Abdullahi bin Yusuf", FNR_ENTITY_PERSON, "Bin Yusuf", NULL },
    { "Somali and US forces killed a commander near Jilib.", "Jilib", FNR_ENTITY_LOCATION, NULL,
      "Somali" },
    { "He was photographing the Souda Bay naval base near Chania.", "Chania", FNR_ENTITY_LOCATION,
      NULL, "Bay" },
    { "Officers arrested Hamza Kaya. Kaya had returned from Syria in May.", "Hamza Kaya",
      FNR_ENTITY_PERSON, "Kaya", NULL },
    { "Interior Minister Ali Demir said the cell was dismantled.", "Ali Demir", FNR_ENTITY_PERSON,
      NULL, "Interior Minister Ali Demir" },
    /* organisations */
    { "Türkiye's National Intelligence Organization (MİT) led the operation.",
      "National Intelligence Organization", FNR_ENTITY_ORGANIZATION, "MİT", NULL },
    { "Daesh claimed the attack. The Islamic State had threatened the city.", "Daesh",
      FNR_ENTITY_ORGANIZATION, "Islamic State", NULL },
    { "The Gaziantep police detained four suspects.", "Gaziantep police", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "He was the so-called governor of the Raqqa province of Daesh.", "Raqqa province",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "Fighters of the Salman al-Farsi Regiment (SFT) were caught.", "Salman al-Farsi Regiment",
      FNR_ENTITY_ORGANIZATION, "SFT", NULL },
    { "The MIT said Turkish intelligence had followed the group for a year.", "MIT",
      FNR_ENTITY_ORGANIZATION, "Turkish intelligence", NULL },
    { "Last month, Iraqi intelligence shared a warning with Ankara.", "Iraqi intelligence",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "The Izmir Chief Public Prosecutor's Office issued warrants.",
      "Izmir Chief Public Prosecutor's Office", FNR_ENTITY_ORGANIZATION, NULL, "Izmir" },
    { "Officials of the Istanbul Chief Prosecutor's Office spoke.",
      "Istanbul Chief Prosecutor's Office", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* locations */
    { "The strike hit a depot in northern Syria.", "Syria", FNR_ENTITY_LOCATION, NULL,
      "northern Syria" },
    { "He was caught in Istanbul's Silivri district.", "Silivri", FNR_ENTITY_LOCATION, NULL, NULL },
    { "He was caught in Istanbul's Silivri district.", "Istanbul", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "Turkey and Türkiye are one country.", "Turkey", FNR_ENTITY_LOCATION, "Türkiye", NULL },
    { "Two Syrian nationals and a Tunisian were detained.", NULL, FNR_ENTITY_LOCATION, NULL,
      "Syrian" },
    { "Prosecutors charged Tarek S. with planning an attack.", "Tarek S.", FNR_ENTITY_PERSON, NULL,
      "Tarek S" },
    { "One of them, identified as Beran A., had worked at the venue.", "Beran A.",
      FNR_ENTITY_PERSON, NULL, NULL },
    { "The Internal Security Agency (ABW) said the suspects were recruited online.",
      "Internal Security Agency", FNR_ENTITY_ORGANIZATION, "ABW", NULL },
    { "ISTANBUL - Police in Istanbul detained five suspects.", "Istanbul", FNR_ENTITY_LOCATION,
      "ISTANBUL", NULL },
    { "They scouted the Embassy of Iraq in Ankara.", "Embassy of Iraq", FNR_ENTITY_ORGANIZATION,
      NULL, "Iraq" },
    { "A group of Tunisia-national DAESH militants is in Greece.", "DAESH", FNR_ENTITY_ORGANIZATION,
      NULL, "Tunisia-national DAESH" },
    { "Its history goes back to Teşkilat-ı Mahsusa (The Ottoman Special Organization).",
      "Teşkilat-ı Mahsusa", FNR_ENTITY_ORGANIZATION, "Ottoman Special Organization", NULL },
    { "Abu Bakr al-Baghdadi led the group. Al-Baghdadi was killed in 2019.", "Abu Bakr al-Baghdadi",
      FNR_ENTITY_PERSON, "Al-Baghdadi", NULL },
    { "Police raided homes in Antwerp and Cologne.", "Antwerp", FNR_ENTITY_LOCATION, NULL, NULL },
    { "Iraq's National Security Adviser Qasim al-Araji said the raid succeeded.", "Qasim al-Araji",
      FNR_ENTITY_PERSON, NULL, NULL },
    { "Greek counterterrorism police have arrested two men in Athens.",
      "Greek counterterrorism police", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "MIT neutralized Ferhat Derik in Syria. Derik had organized arms smuggling.", "Ferhat Derik",
      FNR_ENTITY_PERSON, "Derik", NULL },
    { "Iraqi security forces raided the village.", NULL, FNR_ENTITY_ORGANIZATION, NULL,
      "Iraqi security forces" },
    { "Gunmen attacked the Santa Maria church in Istanbul.", "Santa Maria church",
      FNR_ENTITY_LOCATION, NULL, "Santa Maria" },
    /* a small city's name is the surname of a person named in full; a run
     * after a role is a person's name, though a town somewhere shares its
     * last word */
    { "General Edward Buba spoke in Abuja. Buba said troops killed 14 militants.", "Edward Buba",
      FNR_ENTITY_PERSON, "Buba", NULL },
    { "Fighters killed eight farmers, local militia leader Babakura Kolo said.", "Babakura Kolo",
      FNR_ENTITY_PERSON, NULL, "Kolo" },
    /* an institution of something and a last word before an acronym are
     * one name; two bodies are two; "St." and "da" in places */
    { "Three men were held, the Directorate of State Protection and Intelligence (DSN) said.",
      "Directorate of State Protection and Intelligence", FNR_ENTITY_ORGANIZATION, "DSN", NULL },
    { "Three men were held, the Ministry Internal Security and Border Control (MISBC) said.",
      "Ministry Internal Security and Border Control", FNR_ENTITY_ORGANIZATION, "MISBC", NULL },
    /* a direction word opens a police force's name */
    { "Two men were held, Greater Manchester Police said.", "Greater Manchester Police",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "West Midlands Police arrested two men.", "West Midlands Police", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "Two men were held, Denmark's Security and Intelligence Service (PET) said.",
      "Security and Intelligence Service", FNR_ENTITY_ORGANIZATION, "PET", NULL },
    { "The threat level was raised by Belgium's Coordination Unit for Threat Analysis (OCAM).",
      "Coordination Unit for Threat Analysis", FNR_ENTITY_ORGANIZATION, "OCAM", NULL },
    { "Hamas and Islamic Jihad (PIJ) claimed the attack.", "Islamic Jihad", FNR_ENTITY_ORGANIZATION,
      "PIJ", NULL },
    { "Officers arrested the three in the St. Pölten and Vienna areas.", "St. Pölten",
      FNR_ENTITY_LOCATION, NULL, NULL },
    { "They raided a village in Mocímboa da Praia district.", "Mocímboa da Praia",
      FNR_ENTITY_LOCATION, NULL, "Praia" },
    /* "al" apart from the name; "General" and "Security" in bodies' names;
     * a capitalised place head; a sentence's first word and a lower-case
     * head; Belgian cities; JNIM in English */
    { "The al Qaeda-affiliated JNIM claimed it.", "al Qaeda", FNR_ENTITY_ORGANIZATION, NULL,
      "Qaeda" },
    { "It was led by the Security General Directorate.", "Security General Directorate",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "Gunmen stormed the train in the remote Bolan Pass.", "Bolan Pass", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "Riot police detained two men in Athens.", "Athens", FNR_ENTITY_LOCATION, NULL,
      "Riot police" },
    { "Searches were carried out in Antwerp, Brussels and Liège.", "Liège", FNR_ENTITY_LOCATION,
      NULL, NULL },
    { "The Group for the Support of Islam and Muslims (JNIM) claimed it.",
      "Group for the Support of Islam and Muslims", FNR_ENTITY_ORGANIZATION, "JNIM", NULL },
    /* "known by the nickname"; a dateline's bracket names the agency that
     * filed the report */
    { "A man named as Ramil Aliyev, known by the nickname \"Qara\", was held.", "Ramil Aliyev",
      FNR_ENTITY_PERSON, "Qara", NULL },
    { "THE HAGUE (ANP) - A court in Rotterdam sentenced three men.", "ANP", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    /* a particle and a surname told before, though "Van" is a city */
    { "Spokesman Eric Van Duyse spoke. Four were held, Van Duyse said.", "Eric Van Duyse",
      FNR_ENTITY_PERSON, "Van Duyse", NULL },
    /* ... of two words or more, unless the dictionary names it with the
     * demonym */
    { "The Saudi Presidency of State Security said it had thwarted a plot.",
      "Presidency of State Security", FNR_ENTITY_ORGANIZATION, NULL, "State Security" },
    { "The Turkish National Intelligence Organisation said so.",
      "Turkish National Intelligence Organisation", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a demonym before a body the dictionary names is no part of it */
    { "Spain enlisted the French General Directorate for Internal Security.",
      "General Directorate for Internal Security", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a code name no one owns is a person of its own, also after "calling
     * himself" or "went by the name"; a named site; a body's name may open
     * with "General" */
    { "MIT captured a militant codenamed \"Tulpar\" in Syria.", "Tulpar", FNR_ENTITY_PERSON, NULL,
      NULL },
    { "He was recruited by a man calling himself \"Artem\" online.", "Artem", FNR_ENTITY_PERSON,
      NULL, NULL },
    { "The handler, who went by the name \"Orkhan,\" paid them.", "Orkhan", FNR_ENTITY_PERSON, NULL,
      NULL },
    /* a Turkish address head makes a place of its own */
    { "Police raided a house in Bahçelievler Mahallesi.", "Bahçelievler Mahallesi",
      FNR_ENTITY_LOCATION, NULL, NULL },
    /* ... but a name a group noun before the cue gives is the group's */
    { "The network, known as Blackfin, stole files from the ministry.", "Blackfin",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "A hacker group dubbed Ironveil breached the servers.", "Ironveil", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "The cell photographed the Ramat David air base.", "Ramat David", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "The officers were attached to the General Service Unit (GSU).", "General Service Unit",
      FNR_ENTITY_ORGANIZATION, "GSU", NULL },
    /* a name beside "news agency" is the agency's; plural courts and a
     * trust are bodies; French departments; Indian cities' two names */
    { "It was carried by the state news agency Petra on Tuesday.", "Petra", FNR_ENTITY_ORGANIZATION,
      NULL, NULL },
    { "Trials in Revolutionary Courts fall short, the group said.", "Revolutionary Courts",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "They scouted the offices of the Community Security Trust.", "Community Security Trust",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "They were arrested in the Bas-Rhin and Haute-Savoie departments.", "Bas-Rhin",
      FNR_ENTITY_LOCATION, NULL, NULL },
    { "The blast in Mangaluru, once Mangalore, hurt two.", "Mangaluru", FNR_ENTITY_LOCATION,
      "Mangalore", NULL },
    /* a region's adjective before a place's kind and "of" names no place */
    { "He was arrested in the Bavarian city of Bayreuth.", "Bayreuth", FNR_ENTITY_LOCATION, NULL,
      "Bavarian" },
    /* a name before a hyphen and a word of affiliation */
    { "The al-Qaida-linked group claimed the attack.", "al-Qaida", FNR_ENTITY_ORGANIZATION, NULL,
      "al-Qaida-linked" },
    /* a city whose name is an English word too, where its capital tells a
     * name */
    { "A Tunisian was arrested in Nice, France, on Tuesday.", "Nice", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "He was convicted over the Nice attack.", "Nice", FNR_ENTITY_LOCATION, NULL, NULL },
    { "Nice weather helped the search. It was a nice day in Lyon.", "Lyon", FNR_ENTITY_LOCATION,
      NULL, "Nice" },
    /* an ordinal inside a court's name; a capitalised stopword inside a
     * person's; a named place with a lower-case head; a site whose head
     * comes first */
    { "The Ankara 2nd High Criminal Court sentenced three defendants.",
      "Ankara 2nd High Criminal Court", FNR_ENTITY_ORGANIZATION, NULL, "High Criminal Court" },
    { "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the attack.",
      "Mohammed Shia al-Sudani", FNR_ENTITY_PERSON, NULL, NULL },
    { "Troops raided hideouts in the Sambisa forest in Borno state.", "Sambisa",
      FNR_ENTITY_LOCATION, NULL, NULL },
    { "Gunmen stormed the Hotel Sahafi in Mogadishu.", "Hotel Sahafi", FNR_ENTITY_LOCATION, NULL,
      NULL },
    { "He was held at Camp Bucca in southern Iraq.", "Camp Bucca", FNR_ENTITY_LOCATION, NULL,
      NULL },
    /* a capitalised stopword of content after "of" names the body too */
    { "It was run by the Counter-Terrorism Department of the General Directorate of Security "
      "(EGM).",
      "General Directorate of Security", FNR_ENTITY_ORGANIZATION, "EGM",
      "Counter-Terrorism Department of the General Directorate" },
    /* a portfolio after a title's "of" is no part of the name after it */
    { "He met the Minister of Interior Ali Yerlikaya in Ankara.", "Ali Yerlikaya",
      FNR_ENTITY_PERSON, NULL, "Interior Ali Yerlikaya" },
    /* a body's name before a thing it has is a modifier (D-2a) */
    { "Fighters stormed the Somali military base in Mogadishu.", "Mogadishu", FNR_ENTITY_LOCATION,
      NULL, "Somali military" },
    { "He scouted US military facilities in Bavaria.", "Bavaria", FNR_ENTITY_LOCATION, NULL,
      "US military" },
    /* a generic designation names no body (D-3) */
    { "Counterterrorism police detained 12 suspects in Istanbul.", "Istanbul", FNR_ENTITY_LOCATION,
      NULL, "Counterterrorism police" },
    { "Counter-terrorism police raided a flat in Leeds.", "Leeds", FNR_ENTITY_LOCATION, NULL,
      "Counter-terrorism police" },
    /* a court "of" a place is one name, its ordinal in it */
    { "The 26th High Criminal Court of Istanbul jailed two men.",
      "26th High Criminal Court of Istanbul", FNR_ENTITY_ORGANIZATION, NULL, "Istanbul" },
    { "The Supreme Court of Kenya upheld the ruling.", "Supreme Court of Kenya",
      FNR_ENTITY_ORGANIZATION, NULL, "Kenya" },
    { "The 14th High Criminal Court in Ankara heard the case.", "14th High Criminal Court",
      FNR_ENTITY_ORGANIZATION, NULL, "High Criminal Court" },
    /* "the Dutch military service" paraphrases a body (D-4); the
     * dictionary's own "Turkish intelligence agency" stays a name */
    { "The MIVD, the Dutch military service, tracked the ship.", "MIVD", FNR_ENTITY_ORGANIZATION,
      NULL, "Dutch military" },
    { "The Turkish intelligence agency MIT caught him.", "MIT", FNR_ENTITY_ORGANIZATION,
      "Turkish intelligence agency", NULL },
    /* a province a militant group owns is its sub-unit; a state's is a place */
    { "He ran the group's Raqqa province.", "Raqqa province", FNR_ENTITY_ORGANIZATION, NULL,
      "Raqqa" },
    { "He was the so-called emir of ISIS's Kirkuk province.", "Kirkuk province",
      FNR_ENTITY_ORGANIZATION, NULL, "Kirkuk" },
    { "Turkey's Hatay province was hit.", "Hatay", FNR_ENTITY_LOCATION, NULL, "Hatay province" },
    /* a word of religion that is also a given name opens a person's name
     * before an unknown surname */
    { "The suspect, Islam Magomedov, was arrested in Batumi.", "Islam Magomedov", FNR_ENTITY_PERSON,
      NULL, NULL },
    /* a holiday names no one */
    { "Police arrested him on New Year's Eve in Istanbul.", "Istanbul", FNR_ENTITY_LOCATION, NULL,
      "New Year" },
    { "Police arrested him on Christmas Day in Berlin.", "Berlin", FNR_ENTITY_LOCATION, NULL,
      "Christmas Day" },
    /* a name before a kind of site names the site; a person's name does not */
    { "A gunman opened fire at the Reina nightclub.", "Reina", FNR_ENTITY_LOCATION, NULL, NULL },
    { "He attacked the Bataclan concert hall.", "Bataclan", FNR_ENTITY_LOCATION, NULL, NULL },
    { "Ahmed Hassan hospital staff said so.", "Ahmed Hassan", FNR_ENTITY_PERSON, NULL, NULL },
    /* the name after "whose real name is" is the real one: a short form
     * later is that person's, not a namesake's named after it */
    { "Abu Hafs al-Iraqi, whose real name is Khalid Saleh al-Dulaimi, was caught. Al-Dulaimi "
      "ran the cell. His brother, Omar Saleh al-Dulaimi, was held.",
      "Khalid Saleh al-Dulaimi", FNR_ENTITY_PERSON, "Al-Dulaimi", NULL },
    { "He was the so-called governor of Daesh's Raqqa wilayah.", "Raqqa wilayah",
      FNR_ENTITY_ORGANIZATION, NULL, "Raqqa" },
    /* "US" is the United States, as "U.S." is */
    { "He was killed in a US raid in Idlib.", "US", FNR_ENTITY_LOCATION, NULL, NULL },
    /* a mixed-case acronym names its body only written so */
    { "India blamed LeT for the attack.", "LeT", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "Let the police do their work, Ali Kaya said.", "Ali Kaya", FNR_ENTITY_PERSON, NULL, "Let" },
    /* the GRU's numbered units */
    { "The plot was run by Unit 29155 of the GRU.", "Unit 29155", FNR_ENTITY_ORGANIZATION, NULL,
      NULL },
    /* a name a body is known by is the body's alias, no person: after its
     * acronym, after a sub-unit "of" its parent, after a wing "in" a place */
    { "The cell reported to Iran's Ministry of Intelligence (MOIS), formerly known as SAVAMA.",
      "Ministry of Intelligence", FNR_ENTITY_ORGANIZATION, "SAVAMA", NULL },
    { "The so-called Khorasan province of ISIS, known as ISIS-K, claimed the bombing.",
      "Khorasan province", FNR_ENTITY_ORGANIZATION, "ISIS-K", NULL },
    { "Yusuf Ali ran the group's youth wing in Kenya, known as al-Shuhada, until 2019.",
      "al-Shuhada", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a legal form ends a company's name, a body's, whatever follows it */
    { "The money came through Tulcea Trade Ltd. Kaya's wife kept the books.", "Tulcea Trade Ltd.",
      FNR_ENTITY_ORGANIZATION, NULL, "Trade Ltd. Kaya" },
    { "The drones were bought from Kestrel Trading GmbH in Vienna.", "Kestrel Trading GmbH",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* the legal forms of Russian, Gulf free-zone and other companies */
    { "The parts went through Volga Technika OOO to Tehran.", "Volga Technika OOO",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "The fees were paid by Mehran Petro JSC, prosecutors said.", "Mehran Petro JSC",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "Kaya ran the books of Delta Marine FZE in Dubai.", "Delta Marine FZE",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* "People's" opens a body's name */
    { "Fighters of the People's Resistance Front (PRF) were caught.", "People's Resistance Front",
      FNR_ENTITY_ORGANIZATION, "PRF", "Resistance Front" },
    { "The strike hit the People's Defense Forces in Zap.", "People's Defense Forces",
      FNR_ENTITY_ORGANIZATION, NULL, "Defense Forces" },
    { "The Free Women's Units (YJA) claimed the attack.", "Free Women's Units",
      FNR_ENTITY_ORGANIZATION, "YJA", "Units" },
    /* the article's forms before a sun letter; an Arabic word for a body
     * opens a group's name */
    { "Police caught Abu Yahya ash-Shami in Hatay.", "Abu Yahya ash-Shami", FNR_ENTITY_PERSON, NULL,
      "Abu Yahya" },
    { "He fought for Katibat al-Ghuraba wal-Ansar (KGA) in Idlib.", "Katibat al-Ghuraba wal-Ansar",
      FNR_ENTITY_ORGANIZATION, "KGA", NULL },
    /* a Turkish person's initials are a person's, whatever they fold to
     * ("EU") or a company's legal form shares ("A.Ş.") */
    { "A drone killed E.Ü., also known as Abu Hamza, in Hasakah.", "E.Ü.", FNR_ENTITY_PERSON,
      "Abu Hamza", NULL },
    { "Police caught A.Ş., a private detective, in Izmir.", "A.Ş.", FNR_ENTITY_PERSON, NULL, NULL },
    /* an acronym that spells a body's name ending with a place names the
     * body, not the place */
    { "He led the Popular Front for the Liberation of Herat (PFLH) until 2012.",
      "Popular Front for the Liberation of Herat", FNR_ENTITY_ORGANIZATION, "PFLH", NULL },
    /* an unknown name after "in" and before a known place's is a place */
    { "He photographed a depot in Hohenfels, Bavaria, last May.", "Hohenfels", FNR_ENTITY_LOCATION,
      NULL, NULL },
    /* "whose nom de guerre is X" */
    { "The recruiter, Zaur Aliev, whose nom de guerre is Abu Musa, was caught.", "Zaur Aliev",
      FNR_ENTITY_PERSON, "Abu Musa", NULL },
    /* a country's name before a body the dictionary knows is no part of it */
    { "The tip went to the U.S. Federal Bureau of Investigation (FBI) in May.",
      "Federal Bureau of Investigation", FNR_ENTITY_ORGANIZATION, "FBI", "Investigation" },
    /* an acronym in brackets names the whole run of capitalised words
     * joined by "for", "and" before it, even when it spells the body's own
     * language: not its last word, not the place in it */
    { "The Polish Bureau for State Protection and Intelligence (BOP) warned the mayor.",
      "Bureau for State Protection and Intelligence", FNR_ENTITY_ORGANIZATION, "BOP",
      "Intelligence" },
    { "An aide to a lawmaker of Renewal for Sweden (RfS) was detained.", "Renewal for Sweden",
      FNR_ENTITY_ORGANIZATION, "RfS", NULL },
    /* a brand's lower-case letter and hyphen open a company's name */
    { "Prosecutors say e-Vanta, a contractor in Wuhan, sold the stolen files.", "e-Vanta",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a German town named without the river its official name adds */
    { "Officers searched two flats in Marburg on Tuesday.", "Marburg", FNR_ENTITY_LOCATION, NULL,
      NULL },
    /* a place's one word before a withheld surname's initial is a given
     * name */
    { "The aide, Jian G., was detained in Dresden.", "Jian G.", FNR_ENTITY_PERSON, NULL, "Jian" },
    /* a given name that is also a capitalised stopword (the religion)
     * before a withheld surname's initial */
    { "Police also questioned his cousin, Islam R., in Lyon.", "Islam R.", FNR_ENTITY_PERSON, NULL,
      NULL },
    /* the initial of a withheld Arabic surname keeps its article and period */
    { "Police detained Omar al-K. in Bonn. Al-K. denied the charges.", "Omar al-K.",
      FNR_ENTITY_PERSON, "Al-K.", NULL },
    /* a fleet and a news site named after a sea and a city */
    { "A sailor of the Black Sea Fleet was detained, the Kyiv Independent said.", "Black Sea Fleet",
      FNR_ENTITY_ORGANIZATION, NULL, "Black Sea" },
    { "A sailor of the Black Sea Fleet was detained, the Kyiv Independent said.",
      "Kyiv Independent", FNR_ENTITY_ORGANIZATION, NULL, "Kyiv" },
    /* "Katiba" (battalion) opens a group's name, as "Katibat" does */
    { "Fighters of Katiba Serma ambushed the convoy near Mopti.", "Katiba Serma",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* two demonyms joined by a hyphen are no name */
    { "Police say a Dutch-Moroccan broker known as Samir B. hired them.", "Samir B.",
      FNR_ENTITY_PERSON, NULL, "Dutch-Moroccan" },
    /* the agency after a dateline's date */
    { "Raids in Ghent\n\nGHENT, May 4, 2025 (Vlam) - Police detained two men.", "Vlam",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* news outlets of the genre the dictionary knows */
    { "Two men followed journalists of Iran International in London.", "Iran International",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    { "The Belga news agency said Voice of America (VOA) had the story first.", "Voice of America",
      FNR_ENTITY_ORGANIZATION, "VOA", NULL },
    /* a place's name before a site's capitalised head names the site */
    { "Gunmen stormed the Konya Courthouse in 2019.", "Konya Courthouse", FNR_ENTITY_LOCATION, NULL,
      NULL },
    /* companies that sabotage and espionage reports name */
    { "Agents scouted a Rheinmetall plant and a Thales depot.", "Rheinmetall",
      FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a demonym before a body's one-word name the dictionary knows */
    { "Officers worked with the French DGSI on the case.", "DGSI", FNR_ENTITY_ORGANIZATION, NULL,
      "French DGSI" },
    /* a prosecutor's rank is part of the office's name */
    { "The Chief Public Prosecutor's Office issued warrants for 24 people.",
      "Chief Public Prosecutor's Office", FNR_ENTITY_ORGANIZATION, NULL, NULL },
    /* a currency names no place */
    { "Police seized 40,000 US dollars and a rifle in Kilis.", "Kilis", FNR_ENTITY_LOCATION, NULL,
      "US" },
    /* an acronym that does not spell a place's words is no alias of it */
    { "Troops of the stabilisation mission in Haiti (MSSH) withdrew.", "Haiti", FNR_ENTITY_LOCATION,
      NULL, "MSSH" },
};

static void test_entities(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof ENT_CASES / sizeof ENT_CASES[0]; i++) {
        const ent_case *c = &ENT_CASES[i];
        fnr_facts *f = run(c->text, NULL);
        if (c->name) {
            const fnr_entity *e = find_entity(f, c->name);
            if (!e)
                fail_msg("case %zu: \"%s\" not found in \"%s\"", i, c->name, c->text);
            if (e->type != c->type)
                fail_msg("case %zu: \"%s\" is a %s", i, c->name, fnr_entity_type_name(e->type));
            if (c->same_as && !has_alias(e, c->same_as))
                fail_msg("case %zu: \"%s\" is not an alias of \"%s\"", i, c->same_as, e->name);
        }
        if (c->absent && find_entity(f, c->absent))
            fail_msg("case %zu: \"%s\" must not be an entity", i, c->absent);
        fnr_facts_free(f);
    }
    /* a place the report calls a town is no person where its particle
     * ("Bint") stands without the head noun */
    fnr_facts *f = run("A drone hit a car between Bint Saqr and Tyre. Troops left the town of "
                       "Bint Saqr.",
                       NULL);
    size_t n_named = 0;
    for (size_t i = 0; i < f->n_entities; i++)
        if (strcmp(f->entities[i].name, "Bint Saqr") == 0) {
            n_named++;
            assert_int_equal(f->entities[i].type, FNR_ENTITY_LOCATION);
        }
    assert_int_equal(n_named, 1);
    fnr_facts_free(f);
    /* ... but a surname told again is the person's, beside a place of
     * that name */
    f = run("Ahmet Kaya was held. Police sealed the Kaya district. Kaya denied it.", NULL);
    const fnr_entity *ak = find_entity(f, "Ahmet Kaya");
    assert_non_null(ak);
    assert_true(has_alias(ak, "Kaya"));
    fnr_facts_free(f);
    /* a lone unknown word that tells the sentence owns no code name */
    f = run("Investigators said another suspect, known by the nickname \"El Rubio\", fled.", NULL);
    assert_non_null(find_entity(f, "El Rubio"));
    assert_null(find_entity(f, "Investigators"));
    fnr_facts_free(f);
    /* ... but a surname told before does */
    f = run("Ahmet Kaya was tried. Kaya said he used the code name \"Tulpar\" in Syria.", NULL);
    const fnr_entity *kaya = find_entity(f, "Ahmet Kaya");
    assert_non_null(kaya);
    assert_true(has_alias(kaya, "Tulpar"));
    fnr_facts_free(f);
    /* a code name an intermediary goes by is not the person named before */
    f = run("Police said Ridouan T. was hired through an intermediary referred to as \"the "
            "Doctor\".",
            NULL);
    const fnr_entity *rt = find_entity(f, "Ridouan T.");
    assert_non_null(rt);
    assert_false(has_alias(rt, "Doctor"));
    fnr_facts_free(f);
    /* two code names of a list with no real name are two persons */
    f = run("The handlers, referred to as \"Tom\" and \"Boris\" in the chats, paid him.", NULL);
    const fnr_entity *tom = find_entity(f, "Tom");
    assert_non_null(tom);
    assert_false(has_alias(tom, "Boris"));
    fnr_facts_free(f);
    /* Wagner and the Africa Corps that took over its men are two bodies */
    f = run("Wagner fighters, now under the Africa Corps, stayed in Mali.", NULL);
    const fnr_entity *wagner = find_entity(f, "Wagner");
    assert_non_null(wagner);
    assert_false(has_alias(wagner, "Africa Corps"));
    fnr_facts_free(f);
}

/* The kind a body's name tells. */
static const struct {
    const char *text;
    const char *name;
    const char *kind;
} KIND_CASES[] = {
    /* a police unit; a Turkish police branch, no person */
    { "Officers of the Saxon State Criminal Police Office raided a flat.",
      "Saxon State Criminal Police Office", "police" },
    { "The Kars Anti-Terror Branch detained two men.", "Kars Anti-Terror Branch", "police" },
    { "The drones came from Kestrel Trading GmbH.", "Kestrel Trading GmbH", "company" },
    /* a trade's word ends a front company's name: no person, no place */
    { "The papers came from a freight firm, Steppe Arrow Logistics, in Mersin.",
      "Steppe Arrow Logistics", "company" },
    { "Donors wired the money through Al-Noor Exchange in Gaziantep.", "Al-Noor Exchange",
      "company" },
    { "He will be charged at the Milimani Law Courts on Monday.", "Milimani Law Courts", "court" },
    /* a capitalised direction opens a court's name before "of" a place */
    { "He was sentenced by the Central Criminal Court of Iraq on Sunday.",
      "Central Criminal Court of Iraq", "court" },
    { "The Mossos d'Esquadra detained two men in Girona.", "Mossos d'Esquadra", "police" },
    /* groups and forces of South-East Asia and East Africa from the dictionary */
    { "Densus 88 detained a courier of Jemaah Islamiyah in Solo.", "Jemaah Islamiyah",
      "militant_group" },
    { "Densus 88 detained a courier of Jemaah Islamiyah in Solo.", "Densus 88", "police" },
    { "The Anti-Terrorism Police Unit questioned the driver.", "Anti-Terrorism Police Unit",
      "police" },
};

static void test_kinds_of_bodies(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof KIND_CASES / sizeof KIND_CASES[0]; i++) {
        fnr_facts *f = run(KIND_CASES[i].text, NULL);
        const fnr_entity *e = find_entity(f, KIND_CASES[i].name);
        if (!e || e->type != FNR_ENTITY_ORGANIZATION)
            fail_msg("case %zu: no body \"%s\"", i, KIND_CASES[i].name);
        if (!e->kind || strcmp(e->kind, KIND_CASES[i].kind) != 0)
            fail_msg("case %zu: \"%s\" is of kind %s", i, e->name, e->kind ? e->kind : "none");
        fnr_facts_free(f);
    }
    /* a sea before a state named for it that counts no people */
    fnr_facts *sea = run("A drone fell into the Red Sea near Hodeidah.", NULL);
    const fnr_entity *rs = find_entity(sea, "Red Sea");
    assert_non_null(rs);
    assert_string_equal(rs->kind, "sea");
    fnr_facts_free(sea);

    /* a mission's state: the country before it or after its "of", not the
     * city it is in; "Consulate General" is one body */
    static const struct {
        const char *text, *name, *country;
    } missions[] = {
        { "The courier met a diplomat of the US Embassy in Baghdad.", "US Embassy", "USA" },
        { "He handed the files to the Embassy of Iraq in Ankara.", "Embassy of Iraq", "IRQ" },
        { "The Ankara Embassy was closed for a week.", "Ankara Embassy", "" },
        { "He met an officer of the Russian Consulate General in Istanbul.",
          "Russian Consulate General", "RUS" },
    };

    for (size_t i = 0; i < sizeof missions / sizeof missions[0]; i++) {
        fnr_facts *m = run(missions[i].text, NULL);
        const fnr_entity *b = find_entity(m, missions[i].name);
        if (!b || b->type != FNR_ENTITY_ORGANIZATION || !b->kind || strcmp(b->kind, "embassy"))
            fail_msg("mission %zu: no embassy \"%s\"", i, missions[i].name);
        if (strcmp(b->country, missions[i].country) != 0)
            fail_msg("mission %zu: \"%s\" is of \"%s\"", i, b->name, b->country);
        fnr_facts_free(m);
    }
    /* a platform named as the medium of a message is no entity (D-18);
     * one that acts is */
    fnr_facts *pf = run("The cell claimed the bombing on Telegram and WhatsApp. Telegram later "
                        "closed 40 of its channels.",
                        NULL);
    const fnr_entity *tg = find_entity(pf, "Telegram");
    assert_non_null(tg);
    assert_string_equal(tg->kind, "platform");
    assert_int_equal(tg->n_mentions, 1);
    assert_null(find_entity(pf, "WhatsApp"));
    for (size_t k = 0; k < pf->n_events; k++)
        for (size_t t = 0; t < pf->events[k].n_targets; t++)
            assert_false(pf->events[k].targets[t] == (int)(tg - pf->entities));
    fnr_facts_free(pf);
    /* a code name after "a commander of ORG" is the commander's, not the
     * group's; beside a named person, that person's */
    fnr_facts *kn = run("Among the dead was a commander of the HTS group known as Abu Omar "
                        "al-Shami. Ahmet Kaya, a senior member of FETÖ known as Hoca, was "
                        "detained.",
                        NULL);
    const fnr_entity *ao = find_entity(kn, "Abu Omar al-Shami");
    assert_non_null(ao);
    assert_int_equal(ao->type, FNR_ENTITY_PERSON);
    assert_false(has_alias(find_entity(kn, "HTS"), "Abu Omar al-Shami"));
    assert_true(has_alias(find_entity(kn, "Ahmet Kaya"), "Hoca"));
    assert_false(has_alias(find_entity(kn, "FETÖ"), "Hoca"));
    fnr_facts_free(kn);
    /* an unquoted nickname with its article beside a person; a
     * description is none */
    fnr_facts *kf = run("Rawa Majid, also known as the Kurdish Fox, was arrested. Ali Kaya, known "
                        "as the leader of the cell, was held.",
                        NULL);
    assert_true(has_alias(find_entity(kf, "Rawa Majid"), "Kurdish Fox"));
    assert_int_equal(find_entity(kf, "Ali Kaya")->n_aliases, 0);
    fnr_facts_free(kf);
    /* "known by his nickname" gives the person's alias */
    fnr_facts *nk = run("Prosecutors charged İbrahim Halil Çelik, known by his nickname \"Deli "
                        "İbo,\" and a woman identified as Z.Y.K.",
                        NULL);
    assert_true(has_alias(find_entity(nk, "İbrahim Halil Çelik"), "Deli İbo"));
    assert_int_equal(n_events(nk, FNR_EVENT_LEGAL_ACTION), 1);
    for (size_t i = 0; i < nk->n_events; i++)
        if (nk->events[i].type == FNR_EVENT_LEGAL_ACTION)
            assert_int_equal(nk->events[i].count, 2); /* no third person */
    fnr_facts_free(nk);
    /* the zones of Türkiye's operations in Syria are places; the
     * operations are no place */
    fnr_facts *oz = run("Militants attacked troops in the Olive Branch area after Operation "
                        "Peace Spring.",
                        NULL);
    const fnr_entity *ob = find_entity(oz, "Olive Branch area");
    assert_non_null(ob);
    assert_string_equal(ob->country, "SYR");
    assert_null(find_entity(oz, "Olive Branch"));
    assert_null(find_entity(oz, "Peace Spring"));
    fnr_facts_free(oz);
    /* "Turkish gendarmerie" is the gendarmerie the report names, not the
     * police */
    fnr_facts *gd = run("Turkish gendarmerie forces detained 37 suspects. The Gendarmerie General "
                        "Command and the Turkish National Police said so.",
                        NULL);
    const fnr_entity *jgk = find_entity(gd, "Gendarmerie General Command");
    assert_non_null(jgk);
    assert_true(has_alias(jgk, "Turkish gendarmerie"));
    assert_false(has_alias(find_entity(gd, "Turkish National Police"), "Turkish gendarmerie"));
    fnr_facts_free(gd);
    /* a group named after an imam keeps the title in its name */
    fnr_facts *ki = run("The attack was claimed by Katibat Imam al-Bukhari, an Uzbek militant "
                        "group.",
                        NULL);
    const fnr_entity *kb = find_entity(ki, "Katibat Imam al-Bukhari");
    assert_non_null(kb);
    assert_string_equal(kb->kind, "militant_group");
    fnr_facts_free(ki);
    /* an office a name capitalises is a state's, unless a group owns it */
    fnr_facts *fo = run("The FBI's Seattle Field Office said so. Daesh's Foreign Operations Office "
                        "planned it.",
                        NULL);
    assert_string_equal(find_entity(fo, "Seattle Field Office")->kind, "government");
    assert_string_equal(find_entity(fo, "Foreign Operations Office")->kind, "militant_group");
    fnr_facts_free(fo);
    /* a place name of several countries is the one of the report's
     * country; a capital keeps its own */
    fnr_facts *hp = run("Police raided homes in the Bağlar, Kayapınar and Sur districts of "
                        "Diyarbakır and in Vienna.",
                        NULL);
    assert_string_equal(find_entity(hp, "Sur")->country, "TUR");
    assert_string_equal(find_entity(hp, "Vienna")->country, "AUT");
    fnr_facts_free(hp);
    /* a facility named after its place is a place of its own (D-5) */
    fnr_facts *fa = run("He was detained at Athens International Airport and held at Istanbul "
                        "Airport.",
                        NULL);
    const fnr_entity *ap = find_entity(fa, "Athens International Airport");
    assert_non_null(ap);
    assert_int_equal(ap->type, FNR_ENTITY_LOCATION);
    assert_string_equal(ap->kind, "facility");
    assert_non_null(find_entity(fa, "Istanbul Airport"));
    assert_null(find_entity(fa, "International Airport"));
    fnr_facts_free(fa);
    /* an airport the dictionary names after its city is that site, with
     * its country, not a facility of no country */
    fnr_facts *fk = run("Customs officers stopped a courier at Frankfurt Airport, and border "
                        "guards held his partner at Chopin Airport.",
                        NULL);
    const fnr_entity *fra = find_entity(fk, "Frankfurt Airport");
    assert_non_null(fra);
    assert_string_equal(fra->country, "DEU");
    assert_string_equal(find_entity(fk, "Chopin Airport")->country, "POL");
    fnr_facts_free(fk);
    /* "the X district of Y": X is in Y's country, whatever town of
     * another country the gazetteer spells so */
    fnr_facts *mk = run("Officers searched a flat in the Marka district of Amman on Sunday.", NULL);
    const fnr_entity *ma = find_entity(mk, "Marka");
    assert_non_null(ma);
    assert_string_equal(ma->country, "JOR");
    fnr_facts_free(mk);
    /* the metropolitan districts GeoNames files as parts of their city */
    fnr_facts *md = run("Police raided homes in Beşiktaş and Küçükçekmece in Istanbul and in "
                        "Keçiören in Ankara.",
                        NULL);
    static const char *const DISTRICTS[] = { "Beşiktaş", "Küçükçekmece", "Keçiören" };
    for (size_t i = 0; i < 3; i++) {
        const fnr_entity *de = find_entity(md, DISTRICTS[i]);
        if (!de)
            fail_msg("no %s", DISTRICTS[i]);
        assert_int_equal(de->type, FNR_ENTITY_LOCATION);
        assert_string_equal(de->kind, "district");
        assert_string_equal(de->country, "TUR");
    }
    fnr_facts_free(md);
    /* a body's head and "for" go on into its name, and a stopword before
     * the name's acronym ends it */
    fnr_facts *ff = run("The Directorate for Combating Organized Crime and the Agency for "
                        "National Security (ANB) arrested two men.",
                        NULL);
    assert_non_null(find_entity(ff, "Directorate for Combating Organized Crime"));
    const fnr_entity *anb = find_entity(ff, "Agency for National Security");
    assert_non_null(anb);
    assert_int_equal(anb->type, FNR_ENTITY_ORGANIZATION);
    assert_true(has_alias(anb, "ANB"));
    for (size_t i = 0; i < ff->n_entities; i++)
        assert_int_not_equal(ff->entities[i].type, FNR_ENTITY_PERSON);
    fnr_facts_free(ff);
    /* a service's name in English is the dictionary's alias */
    fnr_facts *dg = run("The operation was carried out with Morocco's General Directorate for "
                        "Territorial Surveillance (DGST).",
                        NULL);
    const fnr_entity *dgst = find_entity(dg, "DGST");
    assert_non_null(dgst);
    assert_string_equal(dgst->kind, "intelligence_service");
    assert_true(has_alias(dgst, "General Directorate for Territorial Surveillance"));
    fnr_facts_free(dg);
    /* a demonym's service is the one the report names, not one of two it
     * names (D-2) */
    fnr_facts *f =
        run("The GRU hired him and the FSB paid him, all for Russian intelligence.", NULL);
    const fnr_entity *e = find_entity(f, "Russian intelligence");
    assert_non_null(e);
    assert_string_equal(e->name, "Russian intelligence");
    fnr_facts_free(f);
}

/* ---- events ------------------------------------------------------------- */

typedef struct ev_case {
    const char *text;
    const char *doc_date;
    fnr_event_type type;
    const char *actor;  /* NULL: not checked */
    const char *target; /* NULL: not checked */
    long count;         /* -2: not checked */
    const char *date;   /* NULL: not checked; "" must be empty */
    const char *place;  /* NULL: not checked; "" must be none */
} ev_case;

static const ev_case EV_CASES[] = {
    /* "A suspected FETÖ member was extradited": the group names whose
     * member, one person */
    { "A suspected FETÖ member was extradited to Türkiye on Monday.", NULL, FNR_EVENT_LEGAL_ACTION,
      NULL, "FETÖ", 1, NULL, NULL },
    /* "was extradited to Türkiye from Georgia": the state handing him over */
    { "A suspect was extradited to Türkiye from Georgia on Monday.", NULL, FNR_EVENT_LEGAL_ACTION,
      "Georgia", NULL, -2, NULL, NULL },
    /* the main clause's extradition, not the relative clause's wanted
     * list, is the legal step: the one named next is the one handed over */
    { "A suspected FETÖ member, who had been on Interpol's wanted list, was extradited to Türkiye "
      "from Georgia on Monday.\n\nThe suspect, identified as Kemal Ç., had fled to Tbilisi in "
      "2017.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, "Kemal Ç.", -2, NULL, NULL },
    /* "by Iran's intelligence ministry": the state stands for the body the
     * text does not name (D-12) */
    { "MİT foiled a plot by Iran's intelligence ministry to abduct a dissident in Van.", NULL,
      FNR_EVENT_PLOT, "Iran", NULL, -2, NULL, "Van" },
    /* a kidnapping averted is a plot (D-7), no kidnapping done */
    { "MİT prevented the abduction of a dissident in Van.", NULL, FNR_EVENT_PLOT, NULL, NULL, -2,
      NULL, "Van" },
    /* "were martyred" tells the dead of the attack, not the wounded */
    { "Three soldiers were martyred and four others were wounded when militants attacked an "
      "outpost in Hakkari.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, 3, NULL, "Hakkari" },
    /* "Danish prosecutors charged": in the state the demonym names */
    { "Separately, Danish prosecutors charged a man with spying for Russia.\n\nDenmark expelled "
      "a Russian diplomat last year.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 1, NULL, "Denmark" },
    /* a number with no noun as the passive's subject counts */
    { "A court in Bursa heard the case on Friday, and some 18 were remanded in custody.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, NULL, 18, NULL, NULL },
    { "Since 2016, more than 9,000 people have been questioned, and some 850 have been "
      "convicted of membership in the group.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 850, NULL, NULL },
    /* "a businessman", "a diplomat": one person, as "a man" */
    { "Gendarmes in Izmir detained a Syrian businessman suspected of financing ISIS.", NULL,
      FNR_EVENT_ARREST, NULL, "ISIS", 1, NULL, "Izmir" },
    /* "charged the other four with ...": four */
    { "Belgian police detained seven people on Thursday.\n\nThree of the suspects were released "
      "after questioning. An investigating judge charged the other four with participation in "
      "the activities of a terrorist group.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 4, NULL, NULL },
    /* "in Izmir-based operations": where they were */
    { "Gendarmes detained 23 suspects in Izmir-based operations against the PKK.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 23, NULL, "Izmir" },
    /* "the formal arrest" of detainees is the court's step */
    { "A court in Kayseri ordered the formal arrest of three of the detainees.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, NULL, 3, NULL, NULL },
    /* the service a plot was prepared "on the orders of" plots too */
    { "The FSB said a man had plotted to kill a general in Moscow on the orders of the SBU.", NULL,
      FNR_EVENT_PLOT, "SBU", NULL, -2, NULL, "Moscow" },
    /* where the one caught meant to go is not where he was caught */
    { "In Tajikistan, police arrested a student who was planning to join ISIS in Syria.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 1, NULL, "Tajikistan" },
    /* the arrest's day is not that of the attacks it was over; a place
     * something is "linked to" is no place of the event */
    { "British police arrested four men on Thursday over a series of arson attacks on "
      "warehouses linked to Ukraine.",
      "2025-03-14", FNR_EVENT_ATTACK, NULL, NULL, -2, "", "" },
    { "British police arrested four men on Thursday over arson attacks on warehouses linked to "
      "Ukraine.",
      "2025-03-14", FNR_EVENT_ARREST, NULL, NULL, 4, "2025-03-13", "" },
    /* the court's day is not the day of the plot it convicted for */
    { "A Dutch court on Wednesday convicted three men of preparing an attack on a politician.",
      "2025-05-14", FNR_EVENT_PLOT, NULL, NULL, -2, "", NULL },
    /* "Of the seven suspects, five were ...": the five, not the whole */
    { "Of the seven suspects, five were remanded in custody by a court in Van.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, NULL, 5, NULL, NULL },
    /* "blow up", "set fire to": attacks, and plots when planned */
    { "The two men planned to blow up a gas pipeline near Kutaisi.", NULL, FNR_EVENT_PLOT, NULL,
      NULL, -2, NULL, "Kutaisi" },
    { "Unknown attackers set fire to three buses in Brno on 3 March 2026.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, -2, "2026-03-03", "Brno" },
    /* "including a woman who was wanted": one is wanted, not the three */
    { "Soldiers arrested three suspects in Cotabato, including a woman who was wanted for a bombing.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 1, NULL, NULL },
    /* the wounded of the next clause are no count of the killing */
    { "A militant commander was killed and two soldiers were wounded in a clash in Basilan.", NULL,
      FNR_EVENT_KILL, NULL, NULL, 1, NULL, "Basilan" },
    /* "The suspects, identified as A, B and C": the three counted; "the
     * wali, identified as X" after four killed with him: one of them */
    { "Dutch police detained three men in Breda. The suspects, identified as Karim B., Yusuf T. "
      "and Adam S., were held on Monday.",
      NULL, FNR_EVENT_ARREST, NULL, "Yusuf T.", 3, NULL, "Breda" },
    { "Troops killed four militants including the so-called wali of Diyala. The wali, identified "
      "as Ahmed al-Karbouli, had led the cell.",
      NULL, FNR_EVENT_KILL, NULL, "Ahmed al-Karbouli", 4, NULL, NULL },
    /* rockets and shells seized are things; shells that hit, an attack */
    { "Police found 20 landmines and mortar shells in a barn in Hakkari.", NULL, FNR_EVENT_SEIZURE,
      NULL, NULL, -2, NULL, "Hakkari" },
    { "Artillery shells hit the town of Idlib, killing two.", NULL, FNR_EVENT_ATTACK, NULL, NULL,
      -2, NULL, "Idlib" },
    /* an armed group that seizes, or says it did, is the seizer */
    { "The SDF seized rockets and mortar shells in Hasakah.", NULL, FNR_EVENT_SEIZURE, "SDF", NULL,
      -2, NULL, "Hasakah" },
    /* scouting what an army keeps, or for a service, is spying; scouting
     * for an attack a plot */
    { "Two men scouted naval bases in Gdynia on behalf of the GRU.", NULL, FNR_EVENT_ESPIONAGE,
      "GRU", NULL, -2, NULL, "Gdynia" },
    { "Two men scouted military sites in Gdynia for a bomb attack.", NULL, FNR_EVENT_PLOT, NULL,
      NULL, -2, NULL, "Gdynia" },
    /* "The pair", "Both men": the two the sentence before names */
    { "Tariq Aziz and Omar Latif met in Luton.\n\nThe pair were arrested in May 2024.", NULL,
      FNR_EVENT_ARREST, NULL, "Omar Latif", 2, "2024-05", NULL },
    { "Tariq Aziz and Omar Latif met in Luton. Both men were charged in June 2024.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, "Tariq Aziz", 2, "2024-06", NULL },
    /* the date of the reporting clause that ends a charge dates the
     * charge, not the crime charged */
    { "Police have charged a Moldovan man with an arson attack on a depot in Brno, the minister "
      "said on 21 April 2026.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, -2, "2026-04-21", NULL },
    { "Police have charged a Moldovan man with an arson attack on a depot in Brno, the minister "
      "said on 21 April 2026.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, "", "Brno" },
    /* drugs by weight are seized goods, no persons */
    { "Navy marines seized 300 kilograms of methamphetamine in Culiacán.", NULL, FNR_EVENT_SEIZURE,
      NULL, NULL, -2, NULL, "Culiacán" },
    /* a group that says it detained some is who detained them, where it
     * is told or not */
    { "Houthi rebels in Yemen said they had detained 11 aid workers in Sanaa.", NULL,
      FNR_EVENT_ARREST, "Houthi rebels", NULL, 11, NULL, "Sanaa" },
    /* watching what an army keeps, or for a handler, is spying, with no
     * service named */
    { "Latvian prosecutors said Janis Ozols had photographed military convoys near Adazi.", NULL,
      FNR_EVENT_ESPIONAGE, "Janis Ozols", NULL, -2, NULL, NULL },
    { "The two men filmed the port and sent the videos to a handler in Minsk, and had been "
      "monitoring the warships moored there.",
      NULL, FNR_EVENT_ESPIONAGE, NULL, NULL, -2, NULL, NULL },
    /* a service's warning to firms is a warning to another party */
    { "The AIVD warned companies that Chinese hackers were targeting chip makers.", NULL,
      FNR_EVENT_INTEL_SHARING, "AIVD", NULL, -2, NULL, NULL },
    /* a site named before the event's noun is where it was */
    { "The 2017 Manchester Arena bombing in Manchester killed 22 people.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, -2, "2017", "Manchester Arena" },
    { "The 2024 Crocus City Hall attack near Moscow killed 145 people.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, 145, "2024", "Crocus City Hall" },
    /* "The 2015 attack ..." names a past event: its year frames no later
     * paragraph */
    { "Court hears case\n\nA court in Paris began hearing the case of three men accused of "
      "helping a gunman.\n\nThe 2015 attack on the Bataclan, in which 90 people were killed, "
      "was claimed by ISIS.\n\nPolice in Lyon detained two suspects, officials said.\n",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 2, "", "Lyon" },
    /* who oversaw the operations "in which" some were caught is not caught */
    { "Interior Minister Ali Yerlikaya has overseen operations in which police captured 900 "
      "suspects this year.",
      "2026-03-20", FNR_EVENT_ARREST, NULL, NULL, 900, NULL, NULL },
    /* the count after a later verb of another event is that verb's */
    { "Troops killed a militant leader and arrested two others in Sulu.", NULL, FNR_EVENT_KILL,
      NULL, NULL, 1, NULL, "Sulu" },
    { "Troops killed a militant leader and arrested two others in Sulu.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 2, NULL, "Sulu" },
    { "Police detained a man and later charged three women in Leeds.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, 1, NULL, "Leeds" },
    /* ... but one object of both verbs is counted by both */
    { "Police detained and charged three men in Leeds.", NULL, FNR_EVENT_ARREST, NULL, NULL, 3,
      NULL, "Leeds" },
    /* a Philippine city is named without its "City" */
    { "Militants laid siege to Marawi in 2017.", NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, "2017",
      "Marawi" },
    /* a dateline line of its own dates the report: "on Saturday" is the
     * day before that Sunday */
    { "Belgian police detain five\n\nBRUSSELS, March 3, 2024\n\nBelgian police detained five "
      "people in Liège on Saturday.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 5, "2024-03-02", "Liège" },
    /* ... also with the country after the city, below a byline */
    { "Spy ring leader jailed\n\nBy Selin Arda\nVAN, Türkiye, March 14, 2025\n\nA court in Van on "
      "Thursday sentenced Reza Karimi to life.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, "Reza Karimi", 1, "2025-03-13", "Van" },
    { "MIT captured Abu Talha al-Shami in Mersin in December 2023.", NULL, FNR_EVENT_ARREST, "MIT",
      "Abu Talha al-Shami", 1, "2023-12", "Mersin" },
    { "Abu Talha al-Shami was captured by MIT in Mersin.", NULL, FNR_EVENT_ARREST, "MIT",
      "Abu Talha al-Shami", 1, NULL, "Mersin" },
    { "A total of 212 terrorists were captured in 57 operations in 2024.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 212, "2024", NULL },
    { "Police detained another seven Israelis in Haifa.", NULL, FNR_EVENT_ARREST, NULL, NULL, 7,
      NULL, "Haifa" },
    { "Security forces captured three Syrians and two Iraqis near Kilis.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 5, NULL, "Kilis" },
    { "Police detained eight individuals in Ankara on Tuesday.", "2025-03-14", FNR_EVENT_ARREST,
      NULL, NULL, 8, "2025-03-11", "Ankara" },
    { "Nearly ten suspects were seized by Turkish police in Izmir.", NULL, FNR_EVENT_ARREST,
      "Turkish police", NULL, 10, NULL, "Izmir" },
    { "The leader of the cell was killed in a drone strike in Syria.", NULL, FNR_EVENT_KILL, NULL,
      NULL, -2, NULL, "Syria" },
    { "Investigators seized weapons and ammunition in the raid.", NULL, FNR_EVENT_SEIZURE, NULL,
      NULL, -1, NULL, NULL },
    { "MİT warned its counterparts in France and Germany of the threat.", NULL,
      FNR_EVENT_INTEL_SHARING, "MİT", "France", -1, NULL, NULL },
    { "The suspects were planning attacks on churches in Istanbul.", NULL, FNR_EVENT_PLOT, NULL,
      NULL, -2, NULL, "Istanbul" },
    { "In March 2022, the court convicted Hamza Kaya of membership in Daesh.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, "Hamza Kaya", -2, "2022-03", NULL },
    /* "who killed": the one "who" stands for acts; "identified by the
     * initials" names no agent, and an aside after "including" is in the
     * count already */
    { "Tekin helped Ecevit Şanlı, the suicide bomber who killed a guard at the embassy.", NULL,
      FNR_EVENT_KILL, "Ecevit Şanlı", NULL, -2, NULL, NULL },
    { "Police in Izmir detained 11 suspects linked to the PKK, including a regional official "
      "identified by the initials R.K.",
      NULL, FNR_EVENT_ARREST, NULL, "R.K.", 11, NULL, "Izmir" },
    /* farmers are people; "were prevented" attacks are plots; a court's
     * arrest after a referral is a legal step; a charge of passing
     * information is spying */
    { "Insurgents killed at least 40 farmers in Borno state.", NULL, FNR_EVENT_KILL, NULL, NULL, 40,
      NULL, "Borno" },
    { "Yerlikaya said 46 terrorist attacks were prevented in 2024.", NULL, FNR_EVENT_PLOT, NULL,
      NULL, -2, "2024", NULL },
    { "Said had considered attacking a Jewish community center.", NULL, FNR_EVENT_PLOT, NULL, NULL,
      -2, NULL, NULL },
    { "He was referred to court and later arrested.", NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, -2,
      NULL, NULL },
    { "Israel indicted two soldiers on charges of passing information to Iranian agents.", NULL,
      FNR_EVENT_ESPIONAGE, NULL, NULL, -2, NULL, NULL },
    /* an age is no count; "a commander and four of his aides" are five */
    { "Austrian police have arrested a 14-year-old boy suspected of planning an attack.", NULL,
      FNR_EVENT_ARREST, "Austrian police", NULL, 1, NULL, NULL },
    { "Iraqi security forces killed a senior Islamic State commander and four of his aides in "
      "Anbar.",
      NULL, FNR_EVENT_KILL, NULL, NULL, 5, NULL, "Anbar" },
    { "Iraqi forces killed Abu Ahmed al-Jubouri and three of his aides in Kirkuk.", NULL,
      FNR_EVENT_KILL, NULL, "Abu Ahmed al-Jubouri", 4, NULL, "Kirkuk" },
    /* the one alerted, the one that received information */
    { "The Directorate for State Protection and Intelligence (DSN) was alerted by a foreign "
      "partner service, Haindl said.",
      NULL, FNR_EVENT_INTEL_SHARING, NULL, "DSN", -2, NULL, NULL },
    { "The Swedish Security Service received information from a foreign intelligence agency.", NULL,
      FNR_EVENT_INTEL_SHARING, NULL, "Swedish Security Service", -2, NULL, NULL },
    /* a warning or a tip "from" a service: it told, the ones before were told */
    { "German police arrested him after a tip from Jordanian intelligence.", NULL,
      FNR_EVENT_INTEL_SHARING, "Jordanian intelligence", "German police", -2, NULL, NULL },
    { "Belgian police arrested a man after a warning from a foreign intelligence service.", NULL,
      FNR_EVENT_INTEL_SHARING, NULL, "Belgian police", -2, NULL, NULL },
    /* the count of "an airstrike that killed 13"; the head count before
     * its breakdown */
    { "The army carried out an airstrike near Jilib that killed 13 al-Shabaab fighters.", NULL,
      FNR_EVENT_KILL, NULL, "al-Shabaab", 13, NULL, "Jilib" },
    { "Four suspects, two Saudi citizens and two Syrian residents, were arrested in Riyadh.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 4, NULL, "Riyadh" },
    { "A second suspect was detained in North Rhine-Westphalia.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, -2, NULL, "North Rhine-Westphalia" },
    /* an attack that killed happened, whoever planned it, and its year
     * dates it */
    { "NISA said he had planned the 2022 twin car bombings at the Education Ministry in "
      "Mogadishu that killed at least 121 people.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, 121, "2022", "Mogadishu" },
    /* what someone has is no count; "together with" adds to it */
    { "Police in Barcelona arrested the leader, who ran channels with more than 40,000 "
      "followers.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, -1, NULL, "Barcelona" },
    { "He was apprehended in Antalya together with two Syrian nationals.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 2, NULL, "Antalya" },
    /* numbers spelt with a hyphen */
    { "Gendarmerie teams detained twenty-three suspected members of ISIS in Izmir.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 23, NULL, "Izmir" },
    /* the body whose wanted list names him lists, it does not capture */
    { "Ali Kaya, who is on the Interior Ministry's wanted list, was captured in Van.", NULL,
      FNR_EVENT_LEGAL_ACTION, "Interior Ministry", "Ali Kaya", -2, NULL, NULL },
    /* an attack counts its dead, not who carried it out */
    { "Polish prosecutors have charged three men with carrying out arson attacks in Warsaw.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, -1, NULL, "Warsaw" },
    { "The attacks on the Bataclan killed 130 people.", NULL, FNR_EVENT_ATTACK, NULL, NULL, 130,
      NULL, NULL },
    /* whom a plot aims at; a defendant is not the one the crime aimed at */
    { "The three had plotted to kill Dutch politician Geert Wilders on behalf of a group.", NULL,
      FNR_EVENT_PLOT, NULL, "Geert Wilders", -2, NULL, NULL },
    { "Hezbollah fired a barrage of rockets at the Israeli town of Kiryat Shmona, wounding two "
      "people.",
      NULL, FNR_EVENT_ATTACK, "Hezbollah", NULL, -1, NULL, "Kiryat Shmona" },
    /* states named by demonyms only stand for their countries (D-12) */
    { "Israel and Turkey are neighbours. Israeli and Turkish intelligence services worked "
      "together to thwart the plans.",
      NULL, FNR_EVENT_INTEL_SHARING, "Israel", NULL, -2, NULL, NULL },
    { "Iran denied it. They also stopped an Iranian assassination attempt on Israeli residents "
      "in Turkey.",
      NULL, FNR_EVENT_PLOT, "Iran", NULL, -2, NULL, "Turkey" },
    /* "six of whom were caught": six */
    { "Prosecutors issued warrants for seven suspects, six of whom were caught in Istanbul.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 6, NULL, "Istanbul" },
    /* an until-clause ends at its comma */
    { "Abu Bakr al-Baghdadi, who led ISIS until 2019, was killed in a US raid.", NULL,
      FNR_EVENT_KILL, NULL, "Abu Bakr al-Baghdadi", 1, NULL, NULL },
    /* "Of the 148 detained, 63 were remanded": 63; an arrest warrant is a
     * legal step and no arrest */
    { "Of the 148 suspects detained, 63 were remanded in custody.", NULL, FNR_EVENT_LEGAL_ACTION,
      NULL, NULL, 63, NULL, NULL },
    /* selling documents and being recruited by a service are spying */
    { "A former army officer sold classified documents to the SVR for 20,000 euros.", NULL,
      FNR_EVENT_ESPIONAGE, "SVR", NULL, -2, NULL, NULL },
    { "The suspect was recruited by the SVR in 2020.", NULL, FNR_EVENT_ESPIONAGE, "SVR", NULL, -2,
      "2020", NULL },
    /* a named person in an "including" aside is in the count already,
     * even when his code name follows; a part after the count is no count */
    { "In the past week, 39 terrorists were neutralized, including a senior PKK figure identified "
      "as Zeki Gürbüz, codenamed \"Azad Zagros,\" the ministry said.",
      NULL, FNR_EVENT_KILL, NULL, "Zeki Gürbüz", 39, NULL, NULL },
    { "The ministry said 1,254 people had been caught at the border, 28 of them with suspected "
      "links to terrorist groups.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 1254, NULL, NULL },
    /* ", while" parts two clauses, each with its own count */
    { "The cell's leader, Abu Ali al-Shami, was killed in an exchange of fire, while four other "
      "members were captured.",
      NULL, FNR_EVENT_KILL, NULL, "Abu Ali al-Shami", 1, NULL, NULL },
    { "The cell's leader, Abu Ali al-Shami, was killed in an exchange of fire, while four other "
      "members were captured.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 4, NULL, NULL },
    /* ... and after the only trigger, it counts no one of it */
    { "Five other defendants, including two women, received prison sentences, while three "
      "others were acquitted.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 5, NULL, NULL },
    /* a place that names an attack places it */
    { "He carried out the 2015 Suruç bombing.", NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, "2015",
      "Suruç" },
    /* a court that arrests orders it */
    { "In January, a court arrested 15 of them.", "2025-03-01", FNR_EVENT_LEGAL_ACTION, NULL, NULL,
      15, "2025-01", NULL },
    /* "the city of", "the province of" before a place; the place of the
     * source in a trailing reporting clause only when no other is said */
    /* "the capital X", "around X": the place of the event, not the
     * place the spokesman spoke in */
    { "Hasan Tekin was caught in the capital Bishkek by MIT.", NULL, FNR_EVENT_ARREST, "MIT",
      "Hasan Tekin", 1, NULL, "Bishkek" },
    { "Troops killed 14 militants around Gwoza, a spokesman told journalists in Abuja.", NULL,
      FNR_EVENT_KILL, NULL, NULL, 14, NULL, "Gwoza" },
    /* a toll of the dead counts no one tried */
    { "The PKK, listed as a terrorist group by Türkiye, has caused the deaths of over 40,000 "
      "people.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, "PKK", -1, NULL, NULL },
    { "At least nine people were killed when gunmen stormed a hotel in Beledweyne.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, 9, NULL, "Beledweyne" },
    { "Insurgents beheaded at least six villagers in an attack on a village in Cabo Delgado.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, 6, NULL, "Cabo Delgado" },
    /* "last year's blast": a past event named in passing, dated a year
     * before the report */
    { "Police arrested two men over last year's pressure cooker blast in Mangaluru.", "2023-05-16",
      FNR_EVENT_ATTACK, NULL, NULL, -2, "2022", NULL },
    /* a day without a year months past a January report's date is last
     * year's, not this year's yet to come */
    { "Gunmen attacked a checkpoint in Hakkari on August 9.", "2025-01-20", FNR_EVENT_ATTACK, NULL,
      NULL, -2, "2024-08-09", "Hakkari" },
    /* a place's areas, parts or countryside are the place */
    { "Soldiers killed four militants in rural areas of Tunceli.", NULL, FNR_EVENT_KILL, NULL, NULL,
      4, NULL, "Tunceli" },
    { "Gendarmes detained two suspects in the countryside of Kars.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, 2, NULL, "Kars" },
    /* a "where" clause's date is the place's story, not the event's */
    { "Troops killed five militants near Zap, where the army has been operating since May 2021, "
      "the ministry said.",
      NULL, FNR_EVENT_KILL, NULL, NULL, 5, "", "Zap" },
    /* who keeps a wanted list lists */
    { "Ali Kaya, a PKK member, was on Germany's wanted list.", NULL, FNR_EVENT_LEGAL_ACTION,
      "Germany", NULL, -2, NULL, NULL },
    /* those killed while preparing an attack are the killing's, not the
     * attack's dead */
    { "Six militants who were preparing an attack on a police station in Batman were killed.", NULL,
      FNR_EVENT_KILL, NULL, NULL, 6, NULL, NULL },
    /* those who carried out an attack are not its dead; fans killed; a
     * remote pass */
    { "Troops killed all 33 militants who hijacked a train in Balochistan.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, -1, NULL, NULL },
    { "A gunman shot dead two Swedish football fans in Brussels.", NULL, FNR_EVENT_KILL, NULL, NULL,
      2, NULL, "Brussels" },
    { "Gunmen stormed the train in the remote Bolan Pass.", NULL, FNR_EVENT_ATTACK, NULL, NULL, -2,
      NULL, "Bolan Pass" },
    { "Police arrested two brothers in Izmir on Friday.", NULL, FNR_EVENT_ARREST, NULL, NULL, 2,
      NULL, "Izmir" },
    /* a relative clause ends at its comma: the reporting clause's date is
     * the sentence's; a relative clause's own date is its event's */
    { "Troops killed all 33 militants who hijacked a train in Balochistan, the military said on "
      "Wednesday.",
      "2025-03-12", FNR_EVENT_KILL, NULL, NULL, 33, "2025-03-12", NULL },
    { "Tekin helped Ecevit Sanli, the bomber who killed a guard at the embassy on Feb. 1, 2013.",
      "2025-09-16", FNR_EVENT_KILL, NULL, NULL, -2, "2013-02-01", NULL },
    /* a route names no place of the attack */
    { "Gunmen stormed the train, which was carrying passengers from Quetta to Peshawar, in the "
      "remote Bolan Pass.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, NULL, "Bolan Pass" },
    /* the count of another verb's object is not the arrest's; one supplier */
    { "Troops rescued 21 hostages and arrested a suspected supplier in Borno.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 1, NULL, "Borno" },
    { "Police arrested two men in the Bavarian city of Bayreuth.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, 2, NULL, "Bayreuth" },
    /* a bomb that kills is an attack, its dead the count */
    { "An IED killed three soldiers in Hakkari on Sunday.", NULL, FNR_EVENT_ATTACK, NULL, NULL, 3,
      NULL, "Hakkari" },
    { "Four soldiers were killed by an improvised explosive device in Sirnak.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, 4, NULL, "Sirnak" },
    { "PKK terrorists killed two soldiers with a roadside bomb in Hakkari.", NULL, FNR_EVENT_ATTACK,
      "PKK", NULL, 2, NULL, "Hakkari" },
    { "Iraqi forces arrested three suspects in the city of Mosul.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, 3, NULL, "Mosul" },
    { "Police arrested a Syrian man in the state of Brandenburg, the prosecutor's office in "
      "Karlsruhe said.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 1, NULL, "Brandenburg" },
    { "Eight suspects were detained, police in Ankara said.", NULL, FNR_EVENT_ARREST, NULL, NULL, 8,
      NULL, "Ankara" },
    /* a legal step counts the persons it took, named or numbered, as an
     * arrest does; a count after "including" is part of the one before */
    { "The court convicted Selin Aksoy and six others of membership in a terrorist group.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, "Selin Aksoy", 7, NULL, NULL },
    { "A court in Bursa sentenced Selin Aksoy to life.", NULL, FNR_EVENT_LEGAL_ACTION, NULL,
      "Selin Aksoy", 1, NULL, NULL },
    { "Seven people, including two women, were sentenced to prison terms.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, NULL, 7, NULL, NULL },
    { "Nine suspects, including three minors, were detained in Adana.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 9, NULL, "Adana" },
    /* "49 of the suspects", "49 of the 60 suspects": the 49, though the
     * whole or another count stands nearer the verb */
    { "Police issued warrants for 60 people and detained 49 of the suspects in Mersin.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 49, NULL, "Mersin" },
    { "Police detained 49 of the 60 suspects in Mersin.", NULL, FNR_EVENT_ARREST, NULL, NULL, 49,
      NULL, "Mersin" },
    { "49 of the 60 suspects were detained in Mersin.", NULL, FNR_EVENT_ARREST, NULL, NULL, 49,
      NULL, "Mersin" },
    { "The court sentenced seven of the 12 defendants to life.", NULL, FNR_EVENT_LEGAL_ACTION, NULL,
      NULL, 7, NULL, NULL },
    /* a clause joined by ", and" with a subject of its own: who is named
     * before it takes no part */
    { "During questioning, Ali Kaya gave information about the cell, and Gaziantep police "
      "detained nine suspects.",
      NULL, FNR_EVENT_ARREST, "Gaziantep police", NULL, 9, NULL, NULL },
    /* a capital acts for its government; a dateline filed from two
     * places is no subject */
    { "Ankara designated the group as a terrorist organization in 2013.", NULL,
      FNR_EVENT_LEGAL_ACTION, "Ankara", NULL, -2, "2013", NULL },
    { "TBILISI/ANKARA - Georgia has extradited a Chechen man to Türkiye.", NULL,
      FNR_EVENT_LEGAL_ACTION, "Georgia", NULL, -2, NULL, NULL },
    /* a whole date that names a past event dates it, not the sentence */
    { "Police detained 40 people over links to the group behind the July 15, 2016 coup attempt.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 40, "", NULL },
    { "Police detained 40 people over links to the group behind the July 15, 2016 coup attempt.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, "2016-07-15", NULL },
    /* a participle after a noun has an agent of its own: the group whose
     * members used the app is the one acted on (D-11) */
    { "Gendarmerie forces detained 12 people who used ByLock, an app exclusively used by FETÖ "
      "members.",
      NULL, FNR_EVENT_ARREST, "Gendarmerie", "FETÖ", 12, NULL, NULL },
    /* "subject to legal action" is a legal step */
    { "Since 2016, more than 705,000 people have been subject to legal action over FETÖ links.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 705000, NULL, NULL },
    /* the claimant carried out the attack: past the bracket of its
     * acronym, and "claimed the attack" without "responsibility for" */
    { "The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for an "
      "attack on a camp.",
      NULL, FNR_EVENT_ATTACK, "Group for the Support of Islam and Muslims", NULL, -2, NULL, NULL },
    { "The Islamic State (IS) claimed the attack on a camp.", NULL, FNR_EVENT_ATTACK,
      "Islamic State", NULL, -2, NULL, NULL },
    /* "an attack ... that killed 20 soldiers last week": the relative tells
     * of the attack, its date is the attack's; "a cell that killed" no */
    { "JNIM claimed an attack on a camp that killed 20 soldiers last week.", "2025-02-03",
      FNR_EVENT_ATTACK, "JNIM", NULL, 20, "2025-01", NULL },
    { "Police captured a member of a cell that killed three soldiers in 2019.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, -2, "", NULL },
    /* one of those counted, told again in an apposition, is no more */
    { "Eleven people, including the alleged ringleader, a 45-year-old Iraqi identified as Kamal "
      "H., were arrested in Athens.",
      NULL, FNR_EVENT_ARREST, NULL, "Kamal H.", 11, NULL, "Athens" },
    /* a militant force that says it arrested did it ("the SDF said they
     * had arrested"); a suicide bomber's dead are the attack's toll, no
     * killing of its own; the places of "the towns of X and Y" */
    { "The SDF said they had arrested a senior ISIS official in Hasakah.", NULL, FNR_EVENT_ARREST,
      "SDF", "ISIS", -2, NULL, "Hasakah" },
    { "A suicide bomber killed 25 worshippers at a church in Damascus.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, 25, NULL, "Damascus" },
    { "Six men were captured in raids in the towns of Harasta and Douma.", NULL, FNR_EVENT_ARREST,
      NULL, NULL, 6, NULL, "Harasta" },
    /* "the Barcelona suburb of Badalona" is Badalona; "the Üsküdar
     * district of Istanbul" still Üsküdar; a partner "jointly with"
     * another state's service acts too */
    { "The leader was detained in the Barcelona suburb of Badalona.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, -2, NULL, "Badalona" },
    { "Police detained two men in the Üsküdar district of Istanbul.", NULL, FNR_EVENT_ARREST, NULL,
      NULL, 2, NULL, "Üsküdar" },
    { "Spain's National Police arrested nine men in an operation conducted jointly with Morocco's "
      "General Directorate for Territorial Surveillance (DGST).",
      NULL, FNR_EVENT_ARREST, "General Directorate for Territorial Surveillance", NULL, 9, NULL,
      NULL },
    /* soldiers killed "when militants rammed an explosives-laden vehicle
     * into a post" died in a bombing: the attack's toll */
    { "At least 12 soldiers were killed when militants rammed an explosives-laden vehicle into a "
      "post.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, 12, NULL, NULL },
    /* "A 25-year-old man has been charged": one person, past his age */
    { "LONDON - A 25-year-old man has been charged with preparing acts of terrorism, police said.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 1, NULL, NULL },
    /* shots fired at a building are an attack on it */
    { "Shots were fired at the Israeli embassy in Stockholm on Tuesday.", NULL, FNR_EVENT_ATTACK,
      NULL, NULL, -2, NULL, "Stockholm" },
    /* the date of a first verb that is no event's is not the second's */
    { "Kaya joined the group in 2009 and took part in attacks in Hakkari between 2015 and 2016.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, -2, "2015", "Hakkari" },
    { "He joined the PKK in 2004 and was involved in planning attacks.", NULL, FNR_EVENT_PLOT, NULL,
      NULL, -2, "", NULL },
    { "In 2019, he traveled to Syria and took part in attacks on Kurdish forces.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, -2, "2019", NULL },
    /* what a court judged someone for has a place and a date of its own */
    { "A court in Hamburg sentenced a Syrian man to six years for planning an attack on a church "
      "in Bremen in 2023.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, -2, "", "Hamburg" },
    { "A court in Hamburg sentenced a Syrian man to six years for planning an attack on a church "
      "in Bremen in 2023.",
      NULL, FNR_EVENT_PLOT, NULL, NULL, -2, "2023", "Bremen" },
    { "A court in Kiel jailed a Syrian man for membership of ISIS and for plotting an attack on a "
      "market in Lübeck in 2023.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, -2, "", "Kiel" },
    /* a day is the court's: "for membership in ISIS on Thursday" */
    { "A court in Kiel sentenced Ali Kaya to six years for membership in ISIS on Thursday.",
      "2025-05-10", FNR_EVENT_LEGAL_ACTION, NULL, NULL, -2, "2025-05-08", "Kiel" },
    /* who dies is killed, not a killer */
    { "Ali Kaya died in the clashes.", NULL, FNR_EVENT_KILL, NULL, "Ali Kaya", 1, NULL, NULL },
    /* soldiers "martyred" were killed: a bomb's dead, a clash's */
    { "Two soldiers were martyred when an improvised explosive device exploded in Hakkari.", NULL,
      FNR_EVENT_ATTACK, NULL, NULL, 2, NULL, "Hakkari" },
    { "Three soldiers were martyred in clashes in Şırnak.", NULL, FNR_EVENT_KILL, NULL, NULL, 3,
      NULL, "Şırnak" },
    /* ", and" in a list of those captured joins no clause */
    { "In August, the leader of the cell, A.K., and two members, who were preparing an attack, "
      "were captured.",
      NULL, FNR_EVENT_ARREST, NULL, "A.K.", 3, NULL, NULL },
    /* a service that is the subject of a plotting verb plots */
    { "The AIVD warned that the GRU is preparing sabotage against ports.", NULL, FNR_EVENT_PLOT,
      "GRU", NULL, -2, NULL, NULL },
    /* a poisoning is an attack on whom it poisoned */
    { "Sergei Skripal was poisoned in Salisbury in 2018.", NULL, FNR_EVENT_ATTACK, NULL,
      "Sergei Skripal", -2, "2018", "Salisbury" },
    /* intelligence "was provided by" a service: it shared it */
    { "Karner said the information that led to the arrests was provided by the CIA.", NULL,
      FNR_EVENT_INTEL_SHARING, "CIA", NULL, -2, NULL, NULL },
    /* a police force acts in its own country, not where the event before
     * it took place */
    { "Georgia extradited Ali Kaya to Türkiye. Weeks earlier, Georgian police detained two men.",
      NULL, FNR_EVENT_ARREST, "Georgian police", NULL, 2, NULL, "Georgia" },
    /* "in the province's Bağlar district": the district places it */
    { "She was preparing a suicide bombing in the province's Bağlar district.", NULL,
      FNR_EVENT_PLOT, NULL, NULL, -2, NULL, "Bağlar" },
    /* the place a place of its rank owns is the narrower */
    { "He was shot dead in Istanbul's Şişli district in 2019.", NULL, FNR_EVENT_KILL, NULL, NULL,
      -2, "2019", "Şişli" },
    /* "426 of the suspects were ...": a part of the total told, which
     * stays the event (D-15) */
    { "Police captured 2,917 suspects in 1,204 operations last year.\n\nAccording to the report, "
      "426 of the suspects were members of Daesh, who were caught in 122 operations.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 2917, NULL, NULL },
    /* two verbs joined by "and": each takes the date of its own part */
    { "Ali Kaya was captured in Istanbul and sentenced to life in 2020.", NULL, FNR_EVENT_ARREST,
      NULL, "Ali Kaya", 1, "", "Istanbul" },
    { "Ali Kaya was captured in Istanbul in January 2017 and sentenced to life in 2020.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, "Ali Kaya", 1, "2020", NULL },
    { "Ali Kaya was detained and charged in May 2023.", NULL, FNR_EVENT_ARREST, NULL, NULL, -2,
      "2023-05", NULL },
    /* states listed after "by" act */
    { "The PKK is listed as a terrorist organization by Türkiye, the U.S. and the European Union.",
      NULL, FNR_EVENT_LEGAL_ACTION, "Türkiye", "PKK", -2, NULL, NULL },
    /* "with the Georgian side", "warned Austrian authorities": the state
     * a demonym names was told (D-12) */
    { "Georgia arrested him. MIT had shared information on his whereabouts with the Georgian "
      "side.",
      NULL, FNR_EVENT_INTEL_SHARING, "MIT", "Georgia", -2, NULL, NULL },
    { "Austria foiled the plot. The CIA had warned Austrian authorities.", NULL,
      FNR_EVENT_INTEL_SHARING, "CIA", "Austria", -2, NULL, NULL },
    /* "found X guilty": a verdict, its defendant between the words; a
     * court "of" a city named alone too sits there */
    { "Istanbul is a large city. The 26th High Criminal Court of Istanbul found the ring's "
      "leader, Reza Ahmadi, guilty of espionage.",
      NULL, FNR_EVENT_LEGAL_ACTION, "26th High Criminal Court of Istanbul", "Reza Ahmadi", 1, NULL,
      "Istanbul" },
    /* one worshipper, one officer: a count of one */
    { "A gunman killed a worshipper at a church in Istanbul.", NULL, FNR_EVENT_KILL, NULL, NULL, 1,
      NULL, "Istanbul" },
    { "Militants killed a police officer in Kabul.", NULL, FNR_EVENT_KILL, NULL, NULL, 1, NULL,
      "Kabul" },
    /* one past event named twice by its year is one event, told with its
     * dead where they are told */
    { "Police detained 47 suspects linked to the group behind the 2016 coup attempt. The group "
      "orchestrated the July 15, 2016 coup attempt, which killed 251 people.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, 251, "2016-07-15", NULL },
    /* of two places of one rank, the one after the verb is where it was;
     * the one before tells of its subject */
    { "The so-called emir of ISIS in Türkiye, codenamed Ebu Zeyd, was neutralized by MIT in Syria.",
      NULL, FNR_EVENT_KILL, "MIT", "Ebu Zeyd", -2, NULL, "Syria" },
    /* a possessed place inside "the rural area of X's Y district" */
    { "Security forces neutralized Hasan Yıldız in the rural area of Şırnak's Uludere district.",
      NULL, FNR_EVENT_KILL, NULL, "Hasan Yıldız", 1, NULL, "Uludere" },
    /* "northwest" before a place is a direction like "northwestern" */
    { "US forces killed Abu Zaid al-Halabi in a strike in northwest Syria.", NULL, FNR_EVENT_KILL,
      NULL, "Abu Zaid al-Halabi", 1, NULL, "Syria" },
    /* of two counts, the one after "while" in the trigger's clause */
    { "Five of the men were freed, while two were taken before a judge, who charged them with "
      "arson.",
      NULL, FNR_EVENT_LEGAL_ACTION, NULL, NULL, 2, NULL, NULL },
    /* "him together with two accomplices": three */
    { "Police raided a flat in Adana and detained him together with two accomplices.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 3, NULL, NULL },
    /* a police body's unit is a police body: it acts */
    { "Teams of the Istanbul Police Department's Counter-Terrorism Branch Directorate, in "
      "coordination with MİT, detained 12 suspects.",
      NULL, FNR_EVENT_ARREST, "Counter-Terrorism Branch Directorate", NULL, 12, NULL, NULL },
    /* the dateline's date is the report's; the sentence's weekday is its own */
    { "BERLIN, May 8, 2025 - German police on Tuesday detained three men suspected of ISIS links.",
      NULL, FNR_EVENT_ARREST, "German police", NULL, 3, "2025-05-06", NULL },
    /* a dateline's year counts no one */
    { "OSLO, Oct 2, 2024 (NTB) - Norwegian security officers detained a Russian man near Kirkenes.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 1, NULL, NULL },
    /* a demonym's police acts at home: the dateline's city of its country */
    { "MADRID - Spanish police detained a jihadist recruiter, the ministry said.", NULL,
      FNR_EVENT_ARREST, "Spanish police", NULL, -2, NULL, "Madrid" },
    /* where the source sits is no place of the event */
    { "Officers detained six suspects in Saxony, according to the Federal Prosecutor's Office in "
      "Karlsruhe.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 6, NULL, "Saxony" },
    /* a sum of money counts no one */
    { "Prosecutors charged Kamal Idris with sending 80,000 euros to al-Shabaab fighters.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, "Kamal Idris", 1, NULL, NULL },
    /* an attack counts its dead, not its wounded */
    { "Four police officers were killed and six others were wounded in an ISIS attack on a "
      "checkpoint.",
      NULL, FNR_EVENT_ATTACK, NULL, NULL, 4, NULL, NULL },
    /* "another man" is one */
    { "In 2022, Greek police detained another Georgian man over a similar plot.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 1, "2022", NULL },
    /* one and another: two */
    { "Cypriot police arrested a Lebanese man and his Syrian partner near Larnaca.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 2, NULL, NULL },
    /* a designation lists a group: no one counted */
    { "Ankara designated the group led by Selin Aksoy a terrorist organisation.", NULL,
      FNR_EVENT_LEGAL_ACTION, NULL, NULL, -1, NULL, NULL },
    /* the saying's date, then the date of what was said: the latter */
    { "Europol said in its yearly review in June that national services had arrested 312 "
      "people in 2024.",
      "2025-07-01", FNR_EVENT_ARREST, NULL, NULL, 312, "2024", NULL },
    { "OSLO, May 8, 2025 - Police said on Wednesday that they had detained two men on Monday.",
      NULL, FNR_EVENT_ARREST, NULL, NULL, 2, "2025-05-05", NULL },
    /* a group that governs, saying its service arrested: it acts */
    { "The Houthi government said its intelligence service had arrested a Saudi spy in Sanaa.",
      NULL, FNR_EVENT_ARREST, "Houthi", NULL, -2, NULL, NULL },
    { "NAIROBI, May 8, 2025 - The army said on Wednesday it had killed four militants near "
      "Lamu on Sunday.",
      NULL, FNR_EVENT_KILL, NULL, NULL, 4, "2025-05-04", NULL },
    /* a service's office watched is the target of the spying */
    { "The woman photographed an MI5 office in Belfast for Russian intelligence.", NULL,
      FNR_EVENT_ESPIONAGE, NULL, "MI5", -2, NULL, NULL },
    /* ", which has been designated ... by": the one "which" stands for */
    { "The Houthi movement, which was designated a terrorist group by the State Department in "
      "2021, claimed the attack.",
      NULL, FNR_EVENT_LEGAL_ACTION, "State Department", "Houthi movement", -2, NULL, NULL },
    /* "a couple": two */
    { "Police arrested a Danish couple from Aarhus on suspicion of spying for Russia.", NULL,
      FNR_EVENT_ARREST, NULL, NULL, 2, NULL, NULL },
    /* "gave intelligence to": a sharing, the giver acts */
    { "The Shin Bet gave intelligence to Jordan's General Intelligence Directorate about a cell "
      "in Zarqa.",
      NULL, FNR_EVENT_INTEL_SHARING, "Shin Bet", "General Intelligence Directorate", -2, NULL,
      NULL },
};

static const fnr_event *find_event(const fnr_facts *f, fnr_event_type t)
{
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == t)
            return &f->events[i];
    return NULL;
}

static bool names_have(const fnr_facts *f, const int *idx, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (has_alias(&f->entities[idx[i]], name))
            return true;
    return false;
}

/* Whether the first event of type t in text has name among its actors
 * (or its targets). */
static bool takes_part(const char *text, fnr_event_type t, const char *name, bool as_target)
{
    fnr_facts *f = run(text, NULL);
    const fnr_event *v = find_event(f, t);
    if (!v)
        fail_msg("no %s event in \"%s\"", fnr_event_type_name(t), text);
    bool yes = as_target ? names_have(f, v->targets, v->n_targets, name)
                         : names_have(f, v->actors, v->n_actors, name);
    fnr_facts_free(f);
    return yes;
}

static bool acts(const char *text, fnr_event_type t, const char *name)
{
    return takes_part(text, t, name, false);
}

/* A court's order to hold suspects is a legal step, and news told
 * "separately" is dated by the lead, not by the background between. */
static void test_orders_and_news_apart(void **state)
{
    (void)state;
    static const ev_case CASES[] = {
        { "A Moscow court on Friday ordered three of the suspects held in custody for two "
          "months.",
          "2026-11-20", FNR_EVENT_LEGAL_ACTION, NULL, NULL, 3, "2026-11-20", "Moscow" },
        { "A court in Baku ordered two of the men held in pretrial detention.", NULL,
          FNR_EVENT_LEGAL_ACTION, NULL, NULL, 2, NULL, "Baku" },
        { "ANKARA - MİT said on Thursday it had foiled a bomb plot in Ankara.\n\nIn March 2024, "
          "gunmen killed 40 people at a concert hall in Izmir.\n\nThe Security Service of "
          "Ukraine said separately that it had arrested 11 people in Lviv.",
          "2026-11-20", FNR_EVENT_ARREST, NULL, NULL, 11, "2026-11-19", "Lviv" },
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const ev_case *c = &CASES[i];
        fnr_facts *f = run(c->text, c->doc_date);
        const fnr_event *v = find_event(f, c->type);
        if (!v)
            fail_msg("case %zu: no %s event", i, fnr_event_type_name(c->type));
        assert_int_equal(v->count, c->count);
        if (c->date)
            assert_string_equal(v->date, c->date);
        assert_true(v->location >= 0 && has_alias(&f->entities[v->location], c->place));
        fnr_facts_free(f);
    }
    /* held by the police is no court's order, nor a new arrest */
    fnr_facts *f = run("Police said the men were held in custody in Baku.", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
}

/* Names that begin with a title that is a given name, that end with a
 * town's name, and capitalised words that only an article counts. */
static void test_given_titles_and_town_surnames(void **state)
{
    (void)state;
    fnr_facts *f = run("The men, identified as Amir Rashid Ali and Jasir Bilal Wani, were "
                       "arrested in Srinagar, the main city of Indian-controlled Kashmir.",
                       NULL);
    const fnr_entity *a = find_entity(f, "Amir Rashid Ali");
    assert_non_null(a);
    assert_int_equal(a->type, FNR_ENTITY_PERSON);
    const fnr_entity *w = find_entity(f, "Jasir Bilal Wani");
    assert_non_null(w);
    assert_int_equal(w->type, FNR_ENTITY_PERSON);
    assert_null(find_entity(f, "Wani"));
    assert_null(find_entity(f, "Indian")); /* a demonym holding a place names none */
    assert_non_null(find_entity(f, "Kashmir"));
    fnr_facts_free(f);
    /* "Emir Abu Bakr": the title before a particle stays a title */
    fnr_facts *g = run("Emir Abu Bakr al-Masri was killed in the strike.", NULL);
    assert_non_null(find_entity(g, "Abu Bakr al-Masri"));
    fnr_facts_free(g);
    /* a kunya's noun that is also a common word: "Abu Muslim" */
    fnr_facts *m = run("MİT captured his deputy, code-named Abu Muslim, in a raid. Police caught "
                       "Abu Muslim al-Tajiki in Ankara.",
                       NULL);
    assert_non_null(find_entity(m, "Abu Muslim"));
    assert_non_null(find_entity(m, "Abu Muslim al-Tajiki"));
    assert_null(find_entity(m, "Abu"));
    fnr_facts_free(m);
    /* "a Catholic Mass" names no one; "a Taylor Swift concert" does */
    fnr_facts *h = run("A bomb went off at a Catholic Mass in Marawi. Police foiled a plot on a "
                       "Taylor Swift concert in Vienna.",
                       NULL);
    for (size_t i = 0; i < h->n_entities; i++)
        assert_true(strstr(h->entities[i].name, "Mass") == NULL);
    assert_non_null(find_entity(h, "Taylor Swift"));
    fnr_facts_free(h);
    /* named sites by their head word (D-5): a fort, a bazaar, a synagogue */
    fnr_facts *k = run("A car bomb killed 13 people near the Red Fort. Gunmen attacked the Grand "
                       "Bazaar and the Neve Shalom Synagogue.",
                       NULL);
    static const char *const SITES[] = { "Red Fort", "Grand Bazaar", "Neve Shalom Synagogue" };
    for (size_t i = 0; i < 3; i++) {
        const fnr_entity *e = find_entity(k, SITES[i]);
        assert_non_null(e);
        assert_int_equal(e->type, FNR_ENTITY_LOCATION);
    }
    const fnr_event *v = find_event(k, FNR_EVENT_ATTACK);
    assert_true(v && v->location >= 0 && has_alias(&k->entities[v->location], "Red Fort"));
    fnr_facts_free(k);
}

static void test_events(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof EV_CASES / sizeof EV_CASES[0]; i++) {
        const ev_case *c = &EV_CASES[i];
        fnr_facts *f = run(c->text, c->doc_date);
        const fnr_event *v = find_event(f, c->type);
        if (!v)
            fail_msg("case %zu: no %s event in \"%s\"", i, fnr_event_type_name(c->type), c->text);
        if (c->actor && !names_have(f, v->actors, v->n_actors, c->actor))
            fail_msg("case %zu: actor \"%s\" missing", i, c->actor);
        if (c->target && !names_have(f, v->targets, v->n_targets, c->target))
            fail_msg("case %zu: target \"%s\" missing", i, c->target);
        if (c->count != -2 && v->count != c->count)
            fail_msg("case %zu: count %ld, want %ld", i, v->count, c->count);
        if (c->date && strcmp(v->date, c->date) != 0)
            fail_msg("case %zu: date \"%s\", want \"%s\"", i, v->date, c->date);
        if (c->place && !*c->place) {
            if (v->location >= 0)
                fail_msg("case %zu: place %s, want none", i, f->entities[v->location].name);
        } else if (c->place) {
            if (v->location < 0)
                fail_msg("case %zu: no place, want %s", i, c->place);
            if (!has_alias(&f->entities[v->location], c->place))
                fail_msg("case %zu: place %s, want %s", i, f->entities[v->location].name, c->place);
        }
        fnr_facts_free(f);
    }

    /* rules that look for a word the sentence must hold (xsent.cues): they
     * still read it where it is, and the same sentence without it tells
     * its event */
    static const struct {
        const char *with, *without;
        fnr_event_type type;
    } CUED[] = {
        { "Officers have not detained anyone over the fire in Bursa.",
          "Officers have detained a man over the fire in Bursa.", FNR_EVENT_ARREST },
        { "The militia has raided the village several times since spring.",
          "The militia raided the village in the spring.", FNR_EVENT_MILITARY_OPERATION },
        { "Troops will patrol the valley until every gunman is killed.",
          "Troops patrolled the valley, and every gunman was killed.", FNR_EVENT_KILL },
        { "Police said the suspects were involved in attacks on two churches.",
          "Police said the suspects carried out attacks on two churches.", FNR_EVENT_ATTACK },
    };

    for (size_t i = 0; i < sizeof CUED / sizeof CUED[0]; i++) {
        fnr_facts *w = run(CUED[i].with, NULL), *wo = run(CUED[i].without, NULL);
        if (n_events(w, CUED[i].type) != 0 || n_events(wo, CUED[i].type) != 1)
            fail_msg("cued case %zu: %zu and %zu events", i, n_events(w, CUED[i].type),
                     n_events(wo, CUED[i].type));
        fnr_facts_free(w);
        fnr_facts_free(wo);
    }
    /* "behind several bombings": many attacks told as one, none of them */
    fnr_facts *f =
        run("Police named the slain man as Radzmil J., who was behind several bombings in "
            "Jolo.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* an accusation denied is no step of its own */
    f = run("Kyiv denied the accusation on Friday.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* police watching suspects do not spy */
    f = run("Police had been monitoring the suspects' military training for months.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 0);
    fnr_facts_free(f);
    assert_false(takes_part("Interior Minister Ali Yerlikaya has overseen operations in which "
                            "police captured 900 suspects this year.",
                            FNR_EVENT_ARREST, "Ali Yerlikaya", true));
    /* the one a first clause took, taken again in the next with others:
     * one capture of all of them */
    f = run("MİT caught Yusuf Demirtaş near Kilis, and police later detained him "
            "together with four couriers.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 5);
    fnr_facts_free(f);
    /* an extradition is asked for by the state named with the request, not
     * by the police who made the arrest; "his" is the one they took */
    assert_true(acts("Romanian police detained Levent Uçar in Constanța on an extradition request "
                     "from Türkiye.",
                     FNR_EVENT_LEGAL_ACTION, "Türkiye"));
    assert_false(acts("Romanian police detained Levent Uçar in Constanța on an extradition "
                      "request from Türkiye.",
                      FNR_EVENT_LEGAL_ACTION, "Romanian police"));
    assert_true(takes_part("Serbian police held Levent Uçar at the border. Ankara has formally "
                           "requested his extradition.",
                           FNR_EVENT_LEGAL_ACTION, "Levent Uçar", true));
    /* the one accused of an attack carried it out; the accuser did not */
    assert_true(acts("Baghdad blamed Syria for the bombing of a market in Mosul.", FNR_EVENT_ATTACK,
                     "Syria"));
    assert_false(acts("Baghdad blamed Syria for the bombing of a market in Mosul.",
                      FNR_EVENT_ATTACK, "Baghdad"));
    assert_true(acts("Gunmen stormed a police post in Quetta, killing four officers. Pakistan "
                     "accused India of the attack.",
                     FNR_EVENT_ATTACK, "India"));
    /* a fronted since-clause is a clause of its own: its subject takes no
     * one in the main clause, and the main clause's count is not its */
    f = run("Since Belgium designated the network in 2021, police have detained 25 of its members "
            "in Antwerp.",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->count, -1);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->n_actors, 0);
    fnr_facts_free(f);
    /* the spies of an event just told, their spying told again: one
     * espionage */
    f = run("Georgian police detained four men who spied on Chechen exiles in Tbilisi for the FSB. "
            "The men gathered information on the exiles and passed it to FSB officers.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 1);
    fnr_facts_free(f);
    /* a plot "on German soil" is not where the report's plotters come from */
    f = run("Russia's military intelligence has grown bolder across Europe. A Russian sabotage "
            "plot on German soil was uncovered in March, officials said. Russia denied any role.",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_PLOT)->location, -1);
    fnr_facts_free(f);
    /* "last year" in a report of unknown date is not the day told before */
    f = run("Police captured two ISIS suspects in Bursa on May 3, 2023.\n\nIn a separate raid last "
            "year, gendarmerie teams detained nine suspects in Kilis.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    assert_string_equal(f->events[1].date, "");
    fnr_facts_free(f);
    /* "the conviction of a man" names someone new: no event told before */
    f = run(
        "Police detained two men in Ghent. The raids follow the conviction in 2021 of a Belgian "
        "man who was sentenced to nine years in prison for plotting to kill a judge.",
        NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* an attack named again with its doers and dead: one attack, done by
     * those after "by", its dead no killing of their own */
    f = run("A court jailed two men over their part in the March 22, 2016 bombing at Brussels "
            "Airport. The bombing, carried out by ISIS and its commander Abu Ahmad al-Iraqi, "
            "killed 16 people.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    const fnr_event *bombing = find_event(f, FNR_EVENT_ATTACK);
    assert_string_equal(bombing->date, "2016-03-22");
    assert_int_equal(bombing->count, 16);
    assert_true(names_have(f, bombing->actors, bombing->n_actors, "Abu Ahmad al-Iraqi"));
    fnr_facts_free(f);
    /* "the thwarted plot" is the plot told before */
    f = run("Belgian police detained four men planning an attack on a concert in Antwerp. The "
            "thwarted plot is the third this year linked to al-Shabaab cells in Europe.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* prison terms handed down are a sentence; one faced is not */
    f = run("Three others were acquitted, while five received prison terms of up to nine years.",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->count, 5);
    fnr_facts_free(f);
    f = run("If found liable, each faces a jail term of up to ten years.", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* "The strike targeted X" after the killing: X was killed, no new
     * operation or plot */
    f = run("Israeli jets killed a Hezbollah commander near Tyre. The strike targeted Wissam "
            "Haidar, who led a rocket unit.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_MILITARY_OPERATION), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    const fnr_event *tyre = find_event(f, FNR_EVENT_KILL);
    assert_true(names_have(f, tyre->targets, tyre->n_targets, "Wissam Haidar"));
    fnr_facts_free(f);
    /* "provided X with intelligence" shares it; "with rifles" does not */
    assert_true(takes_part("The AIVD provided the Belgian police with details of the cell.",
                           FNR_EVENT_INTEL_SHARING, "Belgian police", true));
    f = run("The network provided the militants with rifles.", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 0);
    fnr_facts_free(f);
    /* "the attack" of a report that told only a plot is the plot's */
    f = run("Police in Graz detained two teenagers suspected of planning an attack on a concert "
            "for ISIS. According to prosecutor Anna Weber, the pair had sworn allegiance to ISIS "
            "and discussed using knives and a car in the attack.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* where someone lived or died is not where he was caught */
    f = run("Police detained Yusuf Tekin, who had lived in Belgium for a decade.", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->location, -1);
    fnr_facts_free(f);
    /* the sayer past a comma is no agent of "by" */
    assert_false(acts("Three men were detained by police in Bursa, Governor Mahmut Demirtaş said.",
                      FNR_EVENT_ARREST, "Mahmut Demirtaş"));
    /* "that attack" is the one told; "the cell that attacked" tells one */
    f = run("Gunmen attacked a wedding in Mardin, killing four guests. Police caught the attackers "
            "hours after that attack.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    f = run("Gunmen attacked a wedding in Mardin. It was the same cell that attacked a police post "
            "in 2019.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 2);
    fnr_facts_free(f);
    /* "A year earlier" is not the day told before */
    f = run("Police detained four suspects in Izmir on May 3, 2024. A year earlier, gendarmerie "
            "teams caught nine suspects in Manisa.",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    assert_string_equal(f->events[1].date, "");
    fnr_facts_free(f);
    /* a round-up across a list of countries is placed in none */
    f = run("Police in France, Italy and Greece detained 11 people linked to a smuggling network.",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->location, -1);
    fnr_facts_free(f);
    /* the claimant of a dated attack did it */
    assert_true(acts("Al-Shabaab claimed the March 14 attack on a hotel in Mogadishu.",
                     FNR_EVENT_ATTACK, "Al-Shabaab"));
    /* ... and the one handed over unnamed */
    assert_true(takes_part("Georgia extradited an Uzbek national wanted for financing ISIS. The "
                           "suspect, Bekzod Rakhimov, was flown to Ankara.",
                           FNR_EVENT_LEGAL_ACTION, "Bekzod Rakhimov", true));
    /* the plot told with no doer gets the ones "directed" it */
    assert_true(acts("Police in Baku arrested a man planning to kill a rabbi. Officials said the "
                     "plot was \"directed and financed\" by the Quds Force.",
                     FNR_EVENT_PLOT, "Quds Force"));
    /* the captor is no party to the red notice a relative clause tells */
    assert_false(acts("Gendarmerie captured Veysel Aras, who had been sought with a red notice, in "
                      "Van.",
                      FNR_EVENT_LEGAL_ACTION, "Gendarmerie"));
    /* the one taken unnamed, named by the next sentence's apposition */
    assert_true(takes_part("Soldiers captured an ISIS militant near Tal Abyad. The militant, "
                           "identified as Omar Haddad, had fought in Raqqa.",
                           FNR_EVENT_ARREST, "Omar Haddad", true));
}

/* Background and headings are not events. */
/* The subject of a relative or subordinate clause that holds the trigger
 * is no one named in the main clause. */
static void test_subjects_of_other_clauses(void **state)
{
    (void)state;
    assert_false(acts("Georgia extradited a man accused of helping the gunman who killed 39 "
                      "people in Istanbul.",
                      FNR_EVENT_KILL, "Georgia"));
    assert_false(acts("Turkey has stepped up raids against the group since a gunman killed a "
                      "worshipper in Istanbul.",
                      FNR_EVENT_KILL, "Turkey"));
    /* a death a relative clause tells with no violence in it is no
     * killing, whatever the main clause tells */
    fnr_facts *f = run("Fetullah Gülen, who died in October 2024, orchestrated the coup attempt "
                       "that killed 251 people.",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    fnr_facts_free(f);
    /* the one another trigger's noun governs ("the killing of X") is no
     * party of this one */
    assert_false(takes_part("Police arrested two men over the killing of Ali Kaya.",
                            FNR_EVENT_ARREST, "Ali Kaya", true));
    /* the "by" of another passive verb after the trigger names no
     * agent of it */
    assert_false(acts("Two men were arrested in Vienna on information that was provided by the "
                      "CIA.",
                      FNR_EVENT_ARREST, "CIA"));
    /* a state that owns the agent after "by" is none */
    assert_false(acts("Turkey said it had detained a spy ring run by Israel's Mossad.",
                      FNR_EVENT_ARREST, "Israel"));
    /* a party after a second verb joined by "and" is that verb's */
    assert_false(acts("Ali Kaya was wanted on an Interpol Red Notice and was arrested by "
                      "Georgia's State Security Service in Batumi.",
                      FNR_EVENT_LEGAL_ACTION, "State Security Service"));
    /* who neutralized attempts averted them */
    assert_false(acts("MİT neutralized attempts to target churches.", FNR_EVENT_PLOT, "MİT"));
    /* "since" before a date opens no clause */
    assert_true(acts("Turkey has arrested 300 suspects since 2016.", FNR_EVENT_ARREST, "Turkey"));
}

static void test_no_event_in_heading(void **state)
{
    (void)state;
    fnr_facts *f = run("Police capture eight suspects\n\nThe weather was fine in Ankara.\n", NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
    /* "the 2016 coup attempt" names a known past event: an event of its
     * own (GUIDELINES: specific past events told as background are), dated
     * by its year, with neither the count, the place nor the date of the
     * sentence around it */
    f = run("Police detained 23 suspects in Izmir on Tuesday in operations against FETÖ, the group "
            "behind the defeated 2016 coup attempt.\n",
            "2025-06-12");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_string_equal(v->date, "2025-06-10");
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_string_equal(v->date, "2016");
    assert_int_equal(v->count, -1);
    assert_int_equal(v->location, -1);
    fnr_facts_free(f);
}

/* The subject of a trailing reporting clause is the source, not a target;
 * a service named after the verb still is one. */
static void test_reporting_clause_is_no_target(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained 12 suspects in Konya on Thursday, the Interior Ministry "
                       "said.\n",
                       "2026-03-14");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Interior Ministry"));
    assert_int_equal(v->count, 12);
    fnr_facts_free(f);
    f = run("Security forces captured 426 terror suspects in 122 operations, the Interior Ministry "
            "announced.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Interior Ministry"));
    assert_int_equal(v->count, 426);
    fnr_facts_free(f);
    f = run("A drone strike killed Abu Abdul Rahman al-Makki near Idlib, the US Central Command "
            "(CENTCOM) said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "US Central Command"));
    assert_true(names_have(f, v->targets, v->n_targets, "Abu Abdul Rahman al-Makki"));
    fnr_facts_free(f);
    /* a passive whose participle is in quotation marks */
    f = run("Officials said 12 PKK members had been \"neutralized\" near Duhok.\n", NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "PKK"));
    assert_true(names_have(f, v->targets, v->n_targets, "PKK"));
    fnr_facts_free(f);
    /* a source with the place it sits in */
    assert_false(acts("Officers arrested Ali Kaya in Bremen, the Federal Prosecutor's Office in "
                      "Karlsruhe said.\n",
                      FNR_EVENT_ARREST, "Federal Prosecutor's Office"));
    /* the service that reports after "spying for X," was not spied for */
    f = run("Prosecutors charged four men from Acre with spying for Iran, the Shin Bet said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Shin Bet"));
    fnr_facts_free(f);
    /* a body in a fronted "Following ..." phrase led to the step, it did
     * not take it */
    assert_false(acts("Following the MİT investigation, the Izmir Chief Public Prosecutor's "
                      "Office issued detention warrants for 30 suspects.\n",
                      FNR_EVENT_LEGAL_ACTION, "MİT"));
    /* one named in what a warning told did not warn */
    assert_false(acts("Säpo received a warning from Danish authorities that Omar Farouk had bought "
                      "a rifle.\n",
                      FNR_EVENT_INTEL_SHARING, "Omar Farouk"));
    /* a newsroom whose journalists were watched did not spy */
    assert_false(acts("The two men carried out surveillance of journalists working for Iran "
                      "International in London.\n",
                      FNR_EVENT_ESPIONAGE, "Iran International"));
    /* the state a man is wanted by did not arrest him */
    assert_false(acts("Greek police arrested a man wanted by Türkiye in Athens.\n",
                      FNR_EVENT_ARREST, "Türkiye"));
    assert_true(acts("Greek police arrested a man wanted by Türkiye in Athens.\n", FNR_EVENT_ARREST,
                     "Greek police"));
    /* what one is wanted for names no one who wants him */
    assert_false(acts("Omar Kaya is wanted by Türkiye for links to FETÖ.\n", FNR_EVENT_LEGAL_ACTION,
                      "FETÖ"));
    /* the court one will appear before did not arrest */
    assert_false(
        acts("Ali Kaya was arrested in Leeds on Monday and will appear at Leeds Crown Court "
             "on Friday.\n",
             FNR_EVENT_ARREST, "Leeds Crown Court"));
    /* a source named only by its acronym in brackets */
    f = run("Police arrested Karim Belkacem in Lyon, the anti-terrorism prosecutor's office "
            "(PNAT) said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "PNAT"));
    assert_false(names_have(f, v->actors, v->n_actors, "PNAT"));
    assert_true(names_have(f, v->targets, v->n_targets, "Karim Belkacem"));
    fnr_facts_free(f);
    f = run("Turkish police detained members of a Mossad ring in Istanbul.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Mossad"));
    fnr_facts_free(f);
    /* the minister who tells of the arrests before them is no detainee */
    f = run("In a statement, Interior Minister Ali Demir said 1,145 suspects had been arrested "
            "since January.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Ali Demir"));
    assert_int_equal(v->count, 1145);
    fnr_facts_free(f);
    /* the speaker after an inverted "said", past his body and title */
    assert_false(takes_part("\"The gunmen stormed the hotel at dawn,\" said Kano police "
                            "spokesman Ali Demir.\n",
                            FNR_EVENT_ATTACK, "Ali Demir", true));
}

/* An international body that lists someone acts; a place after "in" is
 * where, not who: neither a legal action's actor nor a warning's recipient. */
static void test_bodies_and_places_in_roles(void **state)
{
    (void)state;
    fnr_facts *f = run("In a separate operation in Gaziantep, gendarmerie forces captured Muhammad "
                       "al-Halabi, who was wanted on an Interpol red notice.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Interpol"));
    assert_false(names_have(f, v->actors, v->n_actors, "Gaziantep"));
    fnr_facts_free(f);
    f = run("Germany warned MIT that an Islamic State cell was preparing attacks in Europe.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "MIT"));
    assert_false(names_have(f, v->targets, v->n_targets, "Europe"));
    fnr_facts_free(f);
    /* "its Iraqi counterpart": the state a demonym names was told (D-12) */
    f = run("Turkey tracked the cell in Syria. MIT shared the intelligence with its Syrian "
            "counterpart.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Syria"));
    fnr_facts_free(f);
    /* who acts in a ", where ...," clause takes no part in the event */
    assert_false(acts("Troops killed five militants near Zap, where the Iraqi Army has bases, "
                      "officials said.\n",
                      FNR_EVENT_KILL, "Iraqi Army"));
    /* "found to have sent money": a finding, no seizure */
    f = run("The suspect was found to have sent 40,000 euros to the group.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_SEIZURE), 0);
    fnr_facts_free(f);
    /* the one watched whose moves were told tells nothing */
    assert_false(
        acts("MIT followed Omar Haddad's travels and shared the intelligence with Germany.\n",
             FNR_EVENT_INTEL_SHARING, "Omar Haddad"));
    /* where a report was made is not where its event was */
    f = run("The governor told journalists in Van that police had detained six suspects.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location < 0);
    fnr_facts_free(f);
}

/* A dateline's place is not who acted; a person "behind bombings" is their
 * actor (a plural noun is no passive), and what an attack was "on" is its
 * target even when it is a ministry. */
static void test_roles_in_news_prose(void **state)
{
    (void)state;
    fnr_facts *f = run("Mogadishu - Somali forces killed Abdullahi bin Yusuf near Jilib on "
                       "Saturday.\n",
                       "2024-09-02");
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Mogadishu"));
    assert_true(names_have(f, v->targets, v->n_targets, "Abdullahi bin Yusuf"));
    fnr_facts_free(f);
    /* a force plots as a service does; "the IRGC's Quds Force" is the
     * force, a unit of the IRGC; who released the figures is no party */
    f = run("Police said the IRGC's Quds Force was planning to abduct a dissident.\n", NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Quds Force"));
    assert_non_null(find_entity(f, "Quds Force"));
    assert_null(find_entity(f, "IRGC's Quds Force"));
    fnr_facts_free(f);
    f = run("Police detained 214 people in 58 operations, according to figures released by the "
            "Interior Ministry.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    /* "its Azerbaijani counterpart, the State Security Service": whose the
     * service is; those named past the arrest a tip led to were not told */
    f = run("MİT shared the information with its Azerbaijani counterpart, the State Security "
            "Service, which detained a courier.\n",
            NULL);
    const fnr_entity *sss = find_entity(f, "State Security Service");
    assert_non_null(sss);
    assert_string_equal(sss->country, "AZE");
    fnr_facts_free(f);
    f = run("Turkish police, acting on intelligence from MİT, detained seven people suspected of "
            "spying on behalf of Iran's Islamic Revolutionary Guard Corps.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Turkish police"));
    assert_false(names_have(f, v->targets, v->n_targets, "Islamic Revolutionary Guard Corps"));
    fnr_facts_free(f);
    /* "Since the coup attempt, ...": the attempt told before, named as a
     * time, is no second attack */
    f = run("FETÖ orchestrated the July 15, 2016 coup attempt. Since the coup attempt, 705,000 "
            "people have faced legal action, the minister said in January.\n",
            "2025-03-11");
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    /* "since the fall of Bashar al-Assad": a time, no party; one bomber's
     * dead are no second event */
    f = run("A suicide bomber killed 25 worshippers in Damascus, the deadliest attack since the "
            "fall of Bashar al-Assad.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 0);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    fnr_facts_free(f);
    /* a word explained is no event; operation areas are regions */
    f = run("Turkish authorities use the term \"neutralized\" to indicate that the terrorists "
            "surrendered or were either killed or captured.\n",
            NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
    f = run("Six others were neutralized in the Euphrates Shield and Peace Spring areas.\n", NULL);
    const fnr_entity *ps = find_entity(f, "Peace Spring");
    assert_non_null(ps);
    assert_int_equal(ps->type, FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* "in the latest attack" names the strike just told; "responsible for
     * planning attacks" is a record; a force a group owns, past a word of
     * praise, is of the group's kind */
    f = run("An Israeli drone strike near Tyre killed a commander of Hezbollah's elite Radwan "
            "Force, in the latest attack despite a ceasefire.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    const fnr_entity *rf = find_entity(f, "Radwan Force");
    assert_non_null(rf);
    assert_non_null(rf->kind);
    assert_string_equal(rf->kind, "militant_group");
    fnr_facts_free(f);
    f = run("He had been responsible for planning attacks against Israeli communities.\n", NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
    /* "None of them is in custody": nothing happened; "the US Justice
     * Department" is the body, the state's name no party of its own */
    f = run("None of them is in custody.\n", NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
    f = run("The US Justice Department charged 12 Chinese nationals.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Justice Department"));
    assert_false(names_have(f, v->actors, v->n_actors, "US"));
    fnr_facts_free(f);
    /* one state blaming another is no legal step, nor is "a charge Kabul
     * denies"; a source named with its apposition before "said" takes no
     * part; "the Mir Ali area of North Waziristan" is the place */
    f = run("Pakistan accuses Afghanistan of harbouring militants, a charge Kabul denies.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    f = run("Twelve soldiers were killed in the Mir Ali area of North Waziristan, the military's "
            "media wing, Inter-Services Public Relations (ISPR), said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Mir Ali");
    fnr_facts_free(f);
    /* the state whose service received what was spied, named by a demonym,
     * is among the spies' side when the report names it (D-12) */
    f = run("Jian G. is accused of spying and passing information to a Chinese intelligence "
            "service. China denied it.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "China"));
    fnr_facts_free(f);
    /* a detention order is a court's step, no arrest */
    f = run("He was wanted on a detention order issued by the Ankara Chief Public Prosecutor's "
            "Office.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* "intended to" is a plot only when what was intended is violent */
    f = run("The ministry called the reports hype intended to smear Beijing.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    fnr_facts_free(f);
    f = run("The cell intended to bomb a synagogue in Vienna.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* a body the dictionary knows after "previously known as" is one of its
     * own, no alias of the one before (nor cut to "al-Qaeda") */
    f = run("The Islamic State, previously known as al-Qaeda in Iraq, claimed the attack.\n", NULL);
    const fnr_entity *is = find_entity(f, "Islamic State");
    assert_non_null(is);
    assert_null(find_entity(f, "al-Qaeda"));
    assert_non_null(find_entity(f, "al-Qaeda in Iraq"));
    assert_true(find_entity(f, "al-Qaeda in Iraq") != is);
    fnr_facts_free(f);
    /* the recipients a demonym names, past a long name of the provider; a
     * tip passed between services is placed by its own sentence only; a
     * warning "of imminent attacks" tells no attack */
    f = run("Police detained two men in Duisburg. Intelligence provided by Türkiye's National "
            "Intelligence Organization (MİT) helped German and Austrian authorities thwart a plot. "
            "Germany and Austria thanked Ankara. MİT had warned European partners of imminent "
            "attacks.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Germany"));
    assert_true(names_have(f, v->targets, v->n_targets, "Austria"));
    assert_int_equal(v->location, -1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* a report that names Israel most does not place arrests of those
     * "suspected of spying for Israel" there */
    f = run("Mossad recruited them. Israel denied it. Israel said nothing more.\n\nTurkish "
            "authorities have detained 33 people suspected of spying for Israel.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location < 0 || strcmp(f->entities[v->location].name, "Israel") != 0);
    fnr_facts_free(f);
    /* "They were detained by the DGSI" after a new paragraph on others is
     * no restatement of an arrest told in the paragraph before */
    f = run("Ahmed Ibrahim was arrested on Tuesday in Rochdale.\n\nIn France, prosecutors said "
            "two teenagers were plotting an attack. They were detained by the DGSI in Mulhouse.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
    /* the one a sentence is about did not carry out the past attack its
     * apposition names ("the scene of a 2017 suicide bombing") */
    f = run("Ibrahim had researched venues, including the Manchester Arena, the scene of a 2017 "
            "suicide bombing that killed 22 people.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    /* "Sam" is a name, not Damascus's Turkish name folded */
    f = run("Police detained Sam and David in London.\n", NULL);
    const fnr_entity *sam = find_entity(f, "Sam");
    assert_true(!sam || sam->type != FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* a price is no charge before a court */
    f = run("The smugglers charged migrants between 3,000 and 7,000 euros each.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* an agency of investigation is a police force, one of intelligence a
     * service */
    f = run("Police arrested three men, the State Investigation and Protection Agency (SIPA) "
            "said.\n",
            NULL);
    const fnr_entity *sipa = find_entity(f, "SIPA");
    assert_non_null(sipa);
    assert_non_null(sipa->kind);
    assert_string_equal(sipa->kind, "police");
    fnr_facts_free(f);
    /* "the island of Lesbos": a place of its kind */
    f = run("Police raided homes on the island of Lesbos.\n", NULL);
    const fnr_entity *isl = find_entity(f, "Lesbos");
    assert_non_null(isl);
    assert_int_equal(isl->type, FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* "X said on Wednesday it had struck": X acted, past when it said so */
    f = run("The US Africa Command said on Wednesday it had conducted an airstrike near Jilib, "
            "killing a senior commander of the group.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "US Africa Command"));
    fnr_facts_free(f);
    /* a dateline with the year in its date: "CITY, Month D, YYYY -" */
    f = run("IZMIR, May 3, 2025 - The MİT captured Kemal Aydın in the Bornova district.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Izmir"));
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    fnr_facts_free(f);
    f = run("Ali Sert had been behind several bombings, including a 2022 attack on the Education "
            "Ministry in Mogadishu.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ali Sert"));
    assert_false(names_have(f, v->targets, v->n_targets, "Ali Sert"));
    assert_true(names_have(f, v->targets, v->n_targets, "Education Ministry"));
    fnr_facts_free(f);
    /* an intended killing is a plot, not a kill */
    f = run("Shin Bet arrested seven residents suspected of plotting to assassinate a scientist.\n",
            NULL);
    assert_non_null(find_event(f, FNR_EVENT_PLOT));
    assert_null(find_event(f, FNR_EVENT_KILL));
    fnr_facts_free(f);
    /* "Istanbul prosecutors" act, not Istanbul; "Turkey declared" still does */
    f = run("Istanbul prosecutors issued detention warrants for 30 suspects.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Istanbul"));
    fnr_facts_free(f);
    f = run("Turkey declared it had detained 12 suspects.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Turkey"));
    fnr_facts_free(f);
    /* selling information to a service: it is what was spied for, not who arrested */
    f = run("Police detained Cengiz Ak in Bursa on suspicion of selling information to Iran's "
            "Revolutionary Guards.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Revolutionary Guards"));
    assert_true(names_have(f, v->targets, v->n_targets, "Revolutionary Guards"));
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Revolutionary Guards"));
    fnr_facts_free(f);
    /* one entity is never both sides of an event */
    f = run("The arrest followed a tip from the Greek National Intelligence Service (EYP), which "
            "had been monitoring the suspect since October.\n",
            NULL);
    assert_non_null(find_event(f, FNR_EVENT_ARREST));
    for (size_t e = 0; e < f->n_events; e++)
        for (size_t a = 0; a < f->events[e].n_actors; a++)
            for (size_t t = 0; t < f->events[e].n_targets; t++)
                assert_true(f->events[e].actors[a] != f->events[e].targets[t]);
    fnr_facts_free(f);
    /* a place after "to" is where, not who (the court's arrest is its
     * order, a legal step) */
    f = run("He was brought to Türkiye and placed under arrest by an Ankara court on Monday.\n",
            "2025-06-10");
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Türkiye"));
    fnr_facts_free(f);
}

/* ---- relations ---------------------------------------------------------- */

static bool has_relation(const fnr_facts *f, fnr_relation_type t, const char *src, const char *dst)
{
    for (size_t i = 0; i < f->n_relations; i++) {
        const fnr_relation *r = &f->relations[i];
        if (r->type == t && has_alias(&f->entities[r->source], src) &&
            has_alias(&f->entities[r->target], dst))
            return true;
    }
    return false;
}

/* Relations a sentence states, each a must. */
static const struct {
    const char *text;
    fnr_relation_type type;
    const char *source, *target;
} REL_CASES[] = {
    /* the group's common noun may follow its name before the person */
    { "MİT captured the so-called Türkiye governor of the Daesh terrorist group, Abu Yasin "
      "al-Turki, in Idlib.",
      FNR_REL_LEADER_OF, "Abu Yasin al-Turki", "Daesh" },
    /* a director general heads the body; past an owner the dictionary does
     * not know */
    { "Ken McCallum, the director general of MI5, said it.", FNR_REL_LEADER_OF, "Ken McCallum",
      "MI5" },
    { "Dominic Murphy, head of the Met's Counter Terrorism Command, said it.", FNR_REL_LEADER_OF,
      "Dominic Murphy", "Counter Terrorism Command" },
    /* a force's own unit, past a word of praise */
    { "A strike killed a commander of Hezbollah's elite Radwan Force on Sunday.", FNR_REL_MEMBER_OF,
      "Radwan Force", "Hezbollah" },
    /* the body's acronym may stand between it and the title; "official"
     * is a member's role */
    { "The Federal Security Service (FSB) director Pavel Orlov denied it.", FNR_REL_LEADER_OF,
      "Pavel Orlov", "Federal Security Service" },
    { "Kurdistan Democratic Party official Rebwar Aziz spoke.", FNR_REL_MEMBER_OF, "Rebwar Aziz",
      "Kurdistan Democratic Party" },
    /* a role told as hearsay ("was said to be"); a unit of "the group"
     * told of before, which the unit belongs to */
    { "Police caught a member of ISIS. Omar Ahmed was said to be the so-called treasurer of the "
      "group's Nineveh province.",
      FNR_REL_MEMBER_OF, "Omar Ahmed", "Nineveh province" },
    { "Police caught a member of ISIS. Omar Ahmed was said to be the so-called treasurer of the "
      "group's Nineveh province.",
      FNR_REL_MEMBER_OF, "Nineveh province", "ISIS" },
    /* a wali governs for the group; "the so-called wali of Kirkuk for the
     * Islamic State, X": the role of a place, held in the body */
    { "Troops killed the Islamic State's so-called wali of Kirkuk, Abu Yasser al-Issawi.",
      FNR_REL_LEADER_OF, "Abu Yasser al-Issawi", "Islamic State" },
    { "Troops killed the so-called wali of Kirkuk for the Islamic State, Abu Yasser al-Issawi.",
      FNR_REL_LEADER_OF, "Abu Yasser al-Issawi", "Islamic State" },
    /* "the Dweila neighbourhood of Damascus": a part of the city */
    { "A bomb went off in the Dweila neighbourhood of Damascus.", FNR_REL_LOCATED_IN, "Dweila",
      "Damascus" },
    /* "the group's" role is of the group told of before */
    { "Al-Shabaab claimed it. The group's spokesman, Ali Dhere, spoke on radio.", FNR_REL_MEMBER_OF,
      "Ali Dhere", "Al-Shabaab" },
    { "A drone hit a car near Penjwen, Iraq, on Monday.", FNR_REL_LOCATED_IN, "Penjwen", "Iraq" },
    { "The plot was run by the Islamic Revolutionary Guard Corps' Quds Force.", FNR_REL_MEMBER_OF,
      "Quds Force", "Islamic Revolutionary Guard Corps" },
    /* a part of a body named after the body's possessive */
    { "The attack was claimed by the PKK's armed wing, the Free Women's Units (YJA).",
      FNR_REL_MEMBER_OF, "Free Women's Units", "PKK" },
    /* a role the sentence gives its subject; the place the role is of
     * before the body it is held in */
    { "The courier, Yasin Demir, served as the so-called treasurer of the Urfa office of ISIS.",
      FNR_REL_MEMBER_OF, "Yasin Demir", "Urfa office" },
    { "Omar Khalil, also known as Abu Hafs, was the so-called emir of Mosul for the Islamic State.",
      FNR_REL_LEADER_OF, "Omar Khalil", "Islamic State" },
    { "R.K. was a member of Hayat Tahrir al-Sham until 2021.", FNR_REL_MEMBER_OF, "R.K.",
      "Hayat Tahrir al-Sham" },
    { "The courier, Mert Ay, codenamed \"Abu Zeyd,\" served as an emir of the Kilis office of "
      "ISIS.",
      FNR_REL_LEADER_OF, "Mert Ay", "Kilis office" },
    /* a leader named after the body: "led by X", "and its leader X" */
    { "Jaish al-Adl, the group led by Hamid Rigi, claimed it.", FNR_REL_LEADER_OF, "Hamid Rigi",
      "Jaish al-Adl" },
    { "Daesh and its self-styled leader Abu Hafs al-Qurashi lost the town.", FNR_REL_LEADER_OF,
      "Abu Hafs al-Qurashi", "Daesh" },
    /* a role the sentence tells its subject is described as */
    { "The commander, Abdi Nur, was described as the deputy leader of al-Shabaab.",
      FNR_REL_MEMBER_OF, "Abdi Nur", "al-Shabaab" },
    /* the place a role is of, then "of" the body it is held in */
    { "Troops killed the so-called wali of Mosul of the Islamic State group, Abu Omar al-Ani.",
      FNR_REL_LEADER_OF, "Abu Omar al-Ani", "Islamic State group" },
    /* a role set off after the name's other spelling in brackets */
    { "MİT caught Cemil Aydın (Cemil Aydin), the so-called Europe official of the PKK, in Iraq.",
      FNR_REL_MEMBER_OF, "Cemil Aydın", "PKK" },
    /* a member of the body named before its acronym and the comma */
    { "A senior member of the Fetullah Terrorist Organization (FETÖ), Kadir Er, was caught.",
      FNR_REL_MEMBER_OF, "Kadir Er", "Fetullah Terrorist Organization" },
    /* the body owns a title with no comma before the name */
    { "The DHKP-C's founder Dursun Yel died abroad.", FNR_REL_LEADER_OF, "Dursun Yel", "DHKP-C" },
    { "Hezbollah's secretary-general Naim Kassar vowed revenge.", FNR_REL_LEADER_OF, "Naim Kassar",
      "Hezbollah" },
    /* the body is led by the person its sentence names, past an apposition */
    { "JNIM, the Sahel branch of al-Qaeda, is led by Iyad Ghaly.", FNR_REL_LEADER_OF, "Iyad Ghaly",
      "JNIM" },
    { "Hayat Tahrir al-Sham was led by Abu Yahya al-Halabi until 2024.", FNR_REL_LEADER_OF,
      "Abu Yahya al-Halabi", "Hayat Tahrir al-Sham" },
    /* "its" before a role is the body the sentence named last */
    { "Al-Shabaab confirmed that its spokesman Hassan Dahir had been wounded.", FNR_REL_MEMBER_OF,
      "Hassan Dahir", "Al-Shabaab" },
};

static void test_relations(void **state)
{
    (void)state;
    fnr_facts *f = run("The so-called leader of Daesh, Abu Talha al-Shami, was neutralized.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Abu Talha al-Shami", "Daesh"));
    fnr_facts_free(f);
    f = run("He led the so-called Raqqa province of Daesh for two years.", NULL);
    assert_true(has_relation(f, FNR_REL_MEMBER_OF, "Raqqa province", "Daesh"));
    fnr_facts_free(f);
    f = run("He was caught in Istanbul's Silivri district.", NULL);
    assert_true(has_relation(f, FNR_REL_LOCATED_IN, "Silivri", "Istanbul"));
    fnr_facts_free(f);
    f = run("MIT captured ISIS's so-called Türkiye emir, Abu Yusuf, in Ankara.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Abu Yusuf", "ISIS"));
    fnr_facts_free(f);
    f = run("Daesh's financial official, Ali Er, was caught.", NULL);
    assert_true(has_relation(f, FNR_REL_MEMBER_OF, "Ali Er", "Daesh"));
    fnr_facts_free(f);
    f = run("MİT chief Ahmet Kara spoke to reporters.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Ahmet Kara", "MİT"));
    fnr_facts_free(f);
    /* being the target of a body's plot is no role in it; what a body
     * did is led by someone, not the body */
    f = run("Kemal Aras was the target of a Daesh plot. The raid by MİT was led by Ali Tan.", NULL);
    assert_false(has_relation(f, FNR_REL_MEMBER_OF, "Kemal Aras", "Daesh"));
    assert_false(has_relation(f, FNR_REL_LEADER_OF, "Ali Tan", "MİT"));
    fnr_facts_free(f);
    f = run("The raid by MİT, in Ankara, was led by Ali Tan.", NULL);
    assert_false(has_relation(f, FNR_REL_LEADER_OF, "Ali Tan", "MİT"));
    fnr_facts_free(f);
    /* "the group's" title with no comma is no guess at the group told of
     * last */
    f = run("Al-Shabaab, an affiliate of al-Qaeda, claimed it. The group's spokesman Ali Dhere "
            "spoke.",
            NULL);
    assert_false(has_relation(f, FNR_REL_MEMBER_OF, "Ali Dhere", "al-Qaeda"));
    fnr_facts_free(f);
    /* a son of the body's founder has no role in it told */
    f = run("Yasin Kurt, the son of Boko Haram founder Ali Kurt, was detained.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Ali Kurt", "Boko Haram"));
    assert_false(has_relation(f, FNR_REL_MEMBER_OF, "Yasin Kurt", "Boko Haram"));
    fnr_facts_free(f);
    for (size_t i = 0; i < sizeof REL_CASES / sizeof REL_CASES[0]; i++) {
        f = run(REL_CASES[i].text, NULL);
        if (!has_relation(f, REL_CASES[i].type, REL_CASES[i].source, REL_CASES[i].target))
            fail_msg("case %zu: no relation %s -> %s", i, REL_CASES[i].source, REL_CASES[i].target);
        fnr_facts_free(f);
    }
    /* a deputy is a member, not the leader */
    f = run("Ali Kaya, the deputy director of MİT, said it.", NULL);
    assert_false(has_relation(f, FNR_REL_LEADER_OF, "Ali Kaya", "MİT"));
    assert_true(has_relation(f, FNR_REL_MEMBER_OF, "Ali Kaya", "MİT"));
    fnr_facts_free(f);
    /* the agency of a dateline is the source, not an associate; nor is the
     * service the one it captured */
    f = run("ANKARA (AA) - MİT captured Şervan Ağırbaş in a cross-border operation.", NULL);
    assert_non_null(find_event(f, FNR_EVENT_ARREST));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "MİT", "Şervan Ağırbaş"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "AA", "Şervan Ağırbaş"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Şervan Ağırbaş", "AA"));
    fnr_facts_free(f);
    /* nor is who tells the sentence */
    f = run("Police detained 37 suspects linked to Daesh, Interior Minister Ali Yerlikaya said.",
            NULL);
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Daesh", "Ali Yerlikaya"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Ali Yerlikaya", "Daesh"));
    fnr_facts_free(f);
    /* who captures someone wanted on a red notice does not list him */
    assert_false(
        acts("Gendarmerie forces captured a PKK member wanted on a red notice in Şırnak.\n",
             FNR_EVENT_LEGAL_ACTION, "Gendarmerie"));
    /* who vowed something after an attack did not attack; a bombing that
     * killed is one attack, no killing of its own; "after capturing X"
     * keeps its subject */
    assert_false(acts("President Ahmed al-Sharaa has vowed to protect minorities after a suicide "
                      "bombing at a church in Damascus killed 25 people.\n",
                      FNR_EVENT_ATTACK, "Ahmed al-Sharaa"));
    f = run("After a suicide bombing at a church in Damascus killed 25 people, police were "
            "deployed.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->count, 25);
    fnr_facts_free(f);
    assert_true(acts("The MİT provided intelligence after capturing Aine Davis in Silivri.\n",
                     FNR_EVENT_ARREST, "MİT"));
    /* who caused an arrest did not make it; a country's service shares as
     * the country */
    assert_false(acts("MİT provided intelligence to Iraqi authorities, leading to the arrest of 3 "
                      "suspects in Erbil.\n",
                      FNR_EVENT_ARREST, "MİT"));
    assert_true(acts("Jordan's intelligence service alerted German police to the suspect.\n",
                     FNR_EVENT_INTEL_SHARING, "Jordan"));
    /* "who led X" leads X */
    f = run("Abu Bakr al-Baghdadi, who led ISIS until 2019, was killed in a US raid.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Abu Bakr al-Baghdadi", "ISIS"));
    fnr_facts_free(f);
    /* the head of a state's body */
    f = run("Yossi Cohen met Sergei Naryshkin, head of Russia's SVR, in Istanbul.", NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Sergei Naryshkin", "SVR"));
    fnr_facts_free(f);
    /* "by MIT and Istanbul Police in November 2023, A.J.A., who ...": the
     * person starts the main clause, as the one captured */
    f = run("In a joint operation by MIT and Istanbul Police in November 2023, A.J.A., who was an "
            "expert for Daesh, was captured.",
            NULL);
    const fnr_event *ev = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, ev->targets, ev->n_targets, "A.J.A."));
    assert_false(names_have(f, ev->actors, ev->n_actors, "A.J.A."));
    fnr_facts_free(f);
    /* a possessive body owns a role of a place */
    f = run("Forces killed the Islamic State group's so-called governor of Kirkuk, Abu Ahmed "
            "al-Jubouri, in a raid.",
            NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Abu Ahmed al-Jubouri", "Islamic State group"));
    fnr_facts_free(f);
    /* a verb phrase after a name is no role */
    f = run("The officer, Kim, allegedly sent details of the Joint Chiefs of Staff to an agent.",
            NULL);
    assert_false(has_relation(f, FNR_REL_MEMBER_OF, "Kim", "Joint Chiefs of Staff"));
    fnr_facts_free(f);
    f = run("Salah Abdeslam, the only surviving member of the Islamic State cell, was jailed.",
            NULL);
    assert_true(has_relation(f, FNR_REL_MEMBER_OF, "Salah Abdeslam", "Islamic State"));
    fnr_facts_free(f);
    f = run("Mohammed A. tried to buy weapons, according to the Federal Prosecutor's Office.",
            NULL);
    assert_non_null(find_entity(f, "Federal Prosecutor's Office"));
    assert_int_equal(f->n_relations, 0);
    fnr_facts_free(f);

    /* an unknown name after "near" or a locative "in" is a place, unless a
     * given name, "Abu" or an owner's "'s" says person */
    static const struct {
        const char *text, *name;
        fnr_entity_type type;
    } PLACES[] = {
        { "An airstrike near Kunyo Barrow killed two militants.", "Kunyo Barrow",
          FNR_ENTITY_LOCATION },
        { "Militants attacked a base in El Baraf on Monday.", "El Baraf", FNR_ENTITY_LOCATION },
        { "Troops closed in on Abu Omar al-Kurdi and his guards.", "Abu Omar al-Kurdi",
          FNR_ENTITY_PERSON },
        /* a known name that unknown words go on from after "the town of";
         * a named border crossing or camp is a place (D-5) */
        { "Troops retook the town of Adan Yabaal on Sunday.", "Adan Yabaal", FNR_ENTITY_LOCATION },
        { "He was held at the Lunga Lunga border crossing.", "Lunga Lunga", FNR_ENTITY_LOCATION },
        /* "the Olive Branch region" is Syria's, not a US town's */
        { "Troops moved into the Olive Branch region.", "Olive Branch region",
          FNR_ENTITY_LOCATION },
        /* "Sarajevo's Novi Grad district", though the gazetteer knows a Novi */
        { "Officers searched a flat in Sarajevo's Novi Grad district.", "Novi Grad",
          FNR_ENTITY_LOCATION },
        { "Police found weapons in Mehmet Kaya's car.", "Mehmet Kaya", FNR_ENTITY_PERSON },
    };

    /* a site named with its capitalised head is a facility (D-5) */
    f = run("Police arrested a man at Heathrow Airport on Monday.", NULL);
    const fnr_entity *site = find_entity(f, "Heathrow Airport");
    assert_non_null(site);
    assert_int_equal(site->type, FNR_ENTITY_LOCATION);
    assert_non_null(site->kind);
    assert_string_equal(site->kind, "facility");
    fnr_facts_free(f);
    /* the place a verb took, told by its kind, is where the fighting was */
    f = run("Somali forces retook the town of Adan Yabaal after clashes that left 17 militants "
            "dead in the Middle Shabelle region.",
            NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Adan Yabaal");
    fnr_facts_free(f);
    /* a police force the dictionary does not know serves where its
     * paragraph opened, not in the country the report names first */
    f = run("US forces struck a camp in Somalia, the US military said.\n\nIn neighbouring Kenya, "
            "police arrested four men in Mombasa. A fifth was detained later, the Coastal Police "
            "Unit said.",
            NULL);
    const fnr_entity *cpu = find_entity(f, "Coastal Police Unit");
    assert_non_null(cpu);
    assert_string_equal(cpu->country, "KEN");
    fnr_facts_free(f);
    for (size_t i = 0; i < sizeof PLACES / sizeof PLACES[0]; i++) {
        f = run(PLACES[i].text, NULL);
        const fnr_entity *e = find_entity(f, PLACES[i].name);
        if (PLACES[i].type == FNR_ENTITY_LOCATION) {
            if (!e || e->type != FNR_ENTITY_LOCATION)
                fail_msg("case %zu: %s is no place", i, PLACES[i].name);
        } else if (e && e->type == FNR_ENTITY_LOCATION) {
            fail_msg("case %zu: %s is a place", i, PLACES[i].name);
        }
        fnr_facts_free(f);
    }
}

/* "The plot" told again is the plot already found; what an inquiry
 * "targeted" is no plot; "emir of the group" points back to the group. */
static void test_told_again_and_pointed_back(void **state)
{
    (void)state;
    fnr_facts *f = run("ISIS militants were planning to attack churches in Istanbul during Easter. "
                       "The plot was foiled after two Tajik nationals were caught in Esenyurt.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    assert_non_null(find_event(f, FNR_EVENT_ARREST));
    fnr_facts_free(f);
    f = run("MİT said planned attacks on churches were foiled this year. It preempted multiple "
            "attack attempts by extremist factions. The report did not name those behind these "
            "thwarted plots.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    f = run("The operation, led by prosecutors, targeted a network that sent money to ISIS.\n",
            NULL);
    assert_null(find_event(f, FNR_EVENT_PLOT));
    fnr_facts_free(f);
    f = run("ISIS lost a commander. MIT captured Abu Hamza al-Iraqi, the so-called Anatolia emir "
            "of the group, in Gaziantep.\n",
            NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Abu Hamza al-Iraqi", "ISIS"));
    fnr_facts_free(f);
}

/* A news agency and a dateline are where a report was filed, a famous
 * name before a noun is no party, a public warning is told to no one, and
 * the same number of people seized elsewhere is another arrest. */
static void test_who_is_no_party(void **state)
{
    (void)state;
    fnr_facts *f = run("BERLIN, Nov 8 (Reuters) - German prosecutors have charged Tarek S. with "
                       "planning an attack on a market in Hamburg.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "BERLIN"));
    assert_false(names_have(f, v->targets, v->n_targets, "Reuters"));
    assert_true(names_have(f, v->targets, v->n_targets, "Tarek S."));
    fnr_facts_free(f);
    f = run("Austrian police detained two teenagers suspected of plotting to attack a Taylor "
            "Swift concert in Vienna. In neighbouring Denmark, the PET service said it had "
            "arrested two people in Copenhagen.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    assert_false(names_have(f, v->targets, v->n_targets, "Taylor Swift"));
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
    f = run("The agency has warned repeatedly that the threat remains high.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_INTEL_SHARING));
    fnr_facts_free(f);
    f = run("According to the indictment, Tarek S. pledged allegiance to ISIS.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    fnr_facts_free(f);
    /* the group that storms a base attacks, and the dead of ", killing
     * 17" are the attack's count; who claims an assault did it */
    f = run("Al-Shabaab fighters stormed a base on Friday, killing 17 soldiers, an official told "
            "Reuters. The group claimed responsibility for the assault.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Al-Shabaab"));
    assert_false(names_have(f, v->targets, v->n_targets, "Al-Shabaab"));
    assert_int_equal(v->count, 17);
    assert_null(find_event(f, FNR_EVENT_KILL));
    assert_null(find_event(f, FNR_EVENT_PLOT));
    fnr_facts_free(f);
    /* the names of groups between a number and its noun are part of it */
    f = run("Nigerian troops killed at least 30 Boko Haram and Islamic State West Africa Province "
            "(ISWAP) fighters in northeastern Borno state.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->count, 30);
    assert_string_equal(f->entities[v->location].name, "Borno");
    assert_false(v->location_inferred);
    fnr_facts_free(f);
    /* a year in a relative clause is not when the sentence's event was;
     * a court's city is where it sentenced; a ministry's list acts not */
    f = run("MIT detained Hüseyin Çelik in Qamishli on Thursday. Çelik, who joined the group in "
            "2011, had been planning attacks on bases.\n\nIn Şırnak, soldiers "
            "neutralized two terrorists, including one on the Interior Ministry's wanted list.\n"
            "\nAn Istanbul court sentenced 14 suspects to prison.\n",
            "2025-09-04");
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_string_equal(v->date, "2025-09-04");
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_LEGAL_ACTION && f->events[i].count == 14) {
            assert_true(f->events[i].location >= 0);
            assert_string_equal(f->entities[f->events[i].location].name, "Istanbul");
        }
    fnr_facts_free(f);
    /* "the group" points back to the militant group named before */
    f = run("Al-Shabaab has lost ground this year. Last month, Kenyan police arrested four men "
            "suspected of recruiting fighters for the group in Mombasa.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Al-Shabaab"));
    fnr_facts_free(f);
    /* whom they spied for is the charge's target, past an appositive or
     * "on behalf of"; "the arrests" told again name no new arrest */
    f = run("Polish prosecutors charged three Ukrainians with spying for Russia's military "
            "intelligence service, the GRU. The arrests are part of a wider crackdown.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "GRU"));
    assert_false(names_have(f, v->actors, v->n_actors, "GRU"));
    assert_null(find_event(f, FNR_EVENT_ARREST));
    fnr_facts_free(f);
    f = run("A court sentenced Pavel R. for surveillance of an airport on behalf of the "
            "Belarusian KGB.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Belarusian KGB"));
    fnr_facts_free(f);
    /* the dead of an attack are its count, not a killing of their own;
     * "which killed" takes no one named before it; "successful execution"
     * kills no one */
    f = run("Ankara accuses Fetullah Gülen of orchestrating the coup attack of July 15, 2016, "
            "which killed 252 people.\n",
            NULL);
    assert_null(find_event(f, FNR_EVENT_KILL));
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 252);
    fnr_facts_free(f);
    f = run("In his foreword, MİT chief İbrahim Kalın praised its successful execution.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_KILL));
    fnr_facts_free(f);
    f = run("Police said Ali Sert killed two guards before he fled.\n", NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ali Sert"));
    fnr_facts_free(f);
    /* the dateline's capitals name a place less well than the text's form */
    f = run("ISTANBUL - Police in Istanbul detained five suspects.\n", NULL);
    assert_non_null(find_entity(f, "ISTANBUL"));
    assert_string_equal(find_entity(f, "ISTANBUL")->name, "Istanbul");
    fnr_facts_free(f);
    /* spies serve a country or a service; who uncovers them is not one */
    f = run("These discoveries included a network that was reportedly serving Russia.\n", NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Russia"));
    fnr_facts_free(f);
    f = run("Ali Demir served as governor of Van for two years.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_ESPIONAGE));
    fnr_facts_free(f);
    f = run("MIT uncovered a network of five people who were collecting information on dissidents "
            "on behalf of China's Ministry of State Security.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ministry of State Security"));
    assert_false(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    /* a remand is the court's step, of "12 of the suspects"; an attack
     * counts its dead, not its wounded; rockets fired are an attack */
    f = run("A court in Ankara remanded 12 of the suspects in custody.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_ARREST));
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_int_equal(v->count, 12);
    fnr_facts_free(f);
    f = run("Hezbollah fired rockets at northern Israel on Sunday, wounding three civilians.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, -1);
    assert_true(names_have(f, v->actors, v->n_actors, "Hezbollah"));
    fnr_facts_free(f);
    f = run("The suspect was extradited to Türkiye from Georgia last week.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_ARREST));
    assert_non_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    fnr_facts_free(f);
    /* a group that detains acts; the one whose aide or wife is held, or
     * who is called "slain", is no party; a dateline "IDLIB, Syria -" and
     * a reporter past an appositive take no part */
    f = run("IDLIB, Syria - Fighters of Hayat Tahrir al-Sham (HTS) detained a senior aide to "
            "Ali Mamlouk near Sarmada.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Hayat Tahrir al-Sham"));
    assert_false(names_have(f, v->actors, v->n_actors, "IDLIB"));
    assert_false(names_have(f, v->actors, v->n_actors, "Idlib"));
    assert_false(names_have(f, v->targets, v->n_targets, "Ali Mamlouk"));
    fnr_facts_free(f);
    f = run("Forces captured Umm Hudhayfa, the first wife of slain Islamic State leader Abu Bakr "
            "al-Baghdadi, in Azaz. Al-Baghdadi was killed in a raid in October 2019.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Abu Bakr al-Baghdadi"));
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_string_equal(v->date, "2019-10");
    assert_true(names_have(f, v->targets, v->n_targets, "Abu Bakr al-Baghdadi"));
    fnr_facts_free(f);
    f = run("Police detained two men in London. Dr. Layla Hassan, a researcher at a think tank in "
            "London, said the arrests were a signal.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_false(names_have(f, find_event(f, FNR_EVENT_ARREST)->targets,
                            find_event(f, FNR_EVENT_ARREST)->n_targets, "Layla Hassan"));
    fnr_facts_free(f);
    /* a day of a month counts no one; teenagers are people */
    f = run("The two teenagers were arrested on January 28 by agents of the DGSI in Lyon.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
    /* who tipped off whom: the source tells, the police act, the place of
     * the arrest is no recipient; a service passing information shares it */
    f = run("Acting on a tip-off from MIT, German police arrested two suspects in Berlin.\n", NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    assert_true(names_have(f, v->targets, v->n_targets, "German police"));
    assert_false(names_have(f, v->targets, v->n_targets, "Berlin"));
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    f = run("Based on intelligence provided by MIT, Austrian police detained a man in Vienna.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    f = run("Israeli intelligence passed information to Türkiye about an Iranian plot.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_ESPIONAGE));
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Türkiye"));
    fnr_facts_free(f);
    /* the lead and the detailed sentence tell one capture: the detail stays */
    f = run("MIT captured a senior member of the PKK in Syria. MIT detained Hüseyin Çelik, "
            "code-named \"Zagros Amed,\" in Qamishli.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->targets, v->n_targets, "Hüseyin Çelik"));
    fnr_facts_free(f);
    /* ", while" parts two arrests, each with its own force, count and place */
    f = run("Austrian authorities arrested three men in Vienna last week, while German police "
            "detained a 21-year-old Syrian in Duisburg.\n",
            NULL);
    size_t held = 0;
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST) {
            held++;
            const char *place = f->entities[f->events[i].location].name;
            if (strcmp(place, "Vienna") == 0) {
                assert_int_equal(f->events[i].count, 3);
                assert_false(
                    names_have(f, f->events[i].actors, f->events[i].n_actors, "German police"));
            } else {
                assert_string_equal(place, "Duisburg");
                assert_true(
                    names_have(f, f->events[i].actors, f->events[i].n_actors, "German police"));
            }
        }
    assert_int_equal(held, 2);
    fnr_facts_free(f);
    /* pre-trial detention is the court's; a vow "until the last terrorist
     * is neutralized" kills no one, and who wrote it is no party */
    f = run(
        "Of those, 413 of the suspects had been placed in pre-trial detention. \"We will go on until the "
        "last terrorist is neutralized,\" Yerlikaya wrote on X.\n",
        NULL);
    assert_null(find_event(f, FNR_EVENT_KILL));
    assert_null(find_event(f, FNR_EVENT_ARREST));
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_int_equal(v->count, 413);
    fnr_facts_free(f);
    /* spying "for Iran" names the state as a spy's master (D-12); it does
     * not place the spying in Iran; "Turkish military bases" name no one */
    f = run("Ali Demir spied on Turkish military bases in Batman for Iran, prosecutors said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Iran"));
    assert_string_equal(f->entities[v->location].name, "Batman");
    assert_null(find_entity(f, "Turkish military"));
    fnr_facts_free(f);
    /* the lead's captor stays with the detailed capture; "a separate
     * operation" is another one */
    f = run("MIT has captured a senior PKK figure in Syria. Mehmet Şahin was captured in an "
            "operation in Qamishli.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    assert_true(names_have(f, v->targets, v->n_targets, "Mehmet Şahin"));
    fnr_facts_free(f);
    f = run("MIT has captured a senior PKK figure in Syria. In a separate operation, Ali Kaya was "
            "captured in Van.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
    /* a murder charge is the legal step's, not a killing; sanctions on a
     * group's commanders act on the group; a red notice is a legal step;
     * efforts to catch the rest are no capture */
    f = run("A German court convicted a Syrian man of murder and sentenced him to life.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_KILL));
    assert_non_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    fnr_facts_free(f);
    f = run("The EU imposed sanctions on five Wagner Group commanders.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Wagner Group"));
    fnr_facts_free(f);
    f = run("Interpol issued a red notice for the fugitive. Efforts to catch the remaining six "
            "continue.\n",
            NULL);
    assert_non_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    assert_null(find_event(f, FNR_EVENT_ARREST));
    fnr_facts_free(f);
    /* surveillance "of" journalists is spying; working for "Iran
     * International", a broadcaster, is not working for Iran */
    f = run("Prosecutors allege they carried out surveillance of journalists working for Iran "
            "International in London.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Iran"));
    fnr_facts_free(f);
    /* the arrest told again after a tip "from the" service: one arrest, and
     * the service (named again in brackets) did not make it; "according
     * to" a ministry is its source; a year in a trailing "who" clause and
     * the dead of "an attack that killed two" are not the capture's */
    f = run("Greek authorities arrested a 54-year-old Russian national on Crete on Wednesday. "
            "The arrest followed a tip from the Greek National Intelligence Service (EYP), "
            "which had been monitoring the suspect since October.\n",
            "2026-01-15");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    f = run("Turkish police detained 52 suspects in Istanbul on Tuesday, according to the Interior "
            "Ministry. In Sanliurfa, gendarmerie teams captured Ahmet Yildiz, a PKK member who "
            "allegedly took part in a 2019 bomb attack that killed two civilians.\n",
            "2024-11-12");
    v = find_event(f, FNR_EVENT_ARREST);
    assert_false(names_have(f, v->targets, v->n_targets, "Interior Ministry"));
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST &&
            names_have(f, f->events[i].targets, f->events[i].n_targets, "Ahmet Yildiz")) {
            assert_int_equal(f->events[i].count, 1);
            assert_string_equal(f->events[i].date, "2024-11-12");
        }
    fnr_facts_free(f);
    /* "Sweden's Security Service" is Sweden's, not the British service the
     * dictionary calls so; a plot "on behalf of Iran" is Iran's too */
    f = run("Sweden's Security Service (Säpo) arrested two teenagers preparing a grenade attack "
            "on the Israeli embassy in Stockholm on behalf of Iran.\n",
            NULL);
    const fnr_entity *sapo = find_entity(f, "Säpo");
    assert_non_null(sapo);
    assert_string_equal(sapo->country, "SWE");
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Iran"));
    fnr_facts_free(f);
    /* "in northern Syria's Manbij" is Manbij; "the Operation Euphrates
     * Shield area" is a place, no operation this sentence tells of */
    f = run("MIT neutralized a PKK figure in a drone strike in northern Syria's Manbij. He had "
            "attacked Turkish forces in the Operation Euphrates Shield area.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_string_equal(f->entities[v->location].name, "Manbij");
    assert_null(find_event(f, FNR_EVENT_MILITARY_OPERATION));
    fnr_facts_free(f);
    /* "we prevented a terrorist attack": a plot foiled, not an attack */
    f = run("\"We prevented a terrorist attack,\" the minister said.\n", NULL);
    assert_null(find_event(f, FNR_EVENT_ATTACK));
    assert_non_null(find_event(f, FNR_EVENT_PLOT));
    fnr_facts_free(f);
    /* a court's formal arrest is a legal step (D-8, D-15) */
    f = run("Police detained 17 suspects. Eleven of them were later arrested by a court.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_int_equal(v->count, 11);
    fnr_facts_free(f);
    /* a sentence naming no place takes it from context, and says so */
    f = run("MIT captured two PKK members in Syria on Monday. The operation also found weapons. "
            "Turkey declared it had detained seven spies.\n",
            NULL);
    v = find_event(f, FNR_EVENT_SEIZURE);
    assert_non_null(v);
    assert_true(v->location >= 0 && v->location_inferred);
    assert_string_equal(f->entities[v->location].name, "Syria");
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST && f->events[i].count == 7) {
            assert_true(f->events[i].location_inferred);
            assert_string_equal(f->entities[f->events[i].location].name, "Turkey");
        }
    v = find_event(f, FNR_EVENT_ARREST);
    assert_false(v->location_inferred);
    fnr_facts_free(f);
    /* a person named among the counted is counted once */
    f = run("Police arrested three men including a Somali national named Ahmed Hussein Farah.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
}

/* ---- document ----------------------------------------------------------- */

/* Fails unless the first event of type t in text is dated want ("" for
 * none). */
static void assert_event_date(const char *text, fnr_event_type t, const char *want)
{
    fnr_facts *f = run(text, NULL);
    const fnr_event *v = find_event(f, t);
    if (!v)
        fail_msg("no %s event in \"%s\"", fnr_event_type_name(t), text);
    if (strcmp(v->date, want) != 0)
        fail_msg("date \"%s\", want \"%s\" in \"%s\"", v->date, want, text);
    fnr_facts_free(f);
}

/* What dates an event, and what carries to the sentences after it. */
static void test_dates_of_states_and_frames(void **state)
{
    (void)state;
    /* being wanted is a legal step (GUIDELINES D-16) dated by its "since";
     * that year dates no later sentence */
    const char *wanted = "Police captured Abu Khadija in Kirkuk. He had been wanted since 2017. "
                         "His aide was caught in Mosul.\n";
    assert_event_date(wanted, FNR_EVENT_ARREST, "");
    assert_event_date(wanted, FNR_EVENT_LEGAL_ACTION, "2017");
    fnr_facts *f = run(wanted, NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST)
            assert_string_equal(f->events[i].date, "");
    fnr_facts_free(f);
    /* a year in a "that" clause is that clause's; "said that" is no such
     * clause */
    assert_event_date("A Paris court sentenced Salah Abdeslam, a member of the cell that carried "
                      "out the November 2015 attacks, to life.\n",
                      FNR_EVENT_LEGAL_ACTION, "");
    assert_event_date("Officials said that police arrested Ali Kaya in Izmir in March 2024.\n",
                      FNR_EVENT_ARREST, "2024-03");
    /* a date inside a later paragraph stays there; one that opens a
     * paragraph frames what follows; the lead's carries */
    assert_event_date("Title of the report\n\nPolice detained Ali Kaya, a suspected courier of "
                      "the cell, in Izmir.\n\nThe cell, officials said, was formed in 2019.\n\n"
                      "Prosecutors later charged Ali Kaya with espionage.\n",
                      FNR_EVENT_LEGAL_ACTION, "");
    assert_event_date("Title of the report\n\nPolice detained Ali Kaya, a suspected courier of "
                      "the cell, in Izmir.\n\nIn 2019, officials said, the cell was formed.\n\n"
                      "Prosecutors later charged Ali Kaya with espionage.\n",
                      FNR_EVENT_LEGAL_ACTION, "2019");
    assert_event_date("Title of the report\n\nPolice detained Ali Kaya in Izmir in May 2024, "
                      "officials said.\n\nProsecutors later charged Ali Kaya with espionage.\n",
                      FNR_EVENT_LEGAL_ACTION, "2024-05");
    /* "the 2016 coup attempt" names a known event; "a 2022 attack" dates
     * the attack */
    assert_event_date("Police detained 41 suspects linked to FETÖ, the group behind the 2016 coup "
                      "attempt.\n",
                      FNR_EVENT_ARREST, "");
    assert_event_date("Bin Yusuf was behind a 2022 attack on the Education Ministry.\n",
                      FNR_EVENT_ATTACK, "2022");
    /* a year in a relative clause that ends a sentence is the person's past */
    assert_event_date("Title of the report\n\nThe cell was led by Ali Gökçe, a Turkish citizen, "
                      "who had been recruited in 2019. Mehmet Şahin was captured in Van.\n",
                      FNR_EVENT_ARREST, "");
    /* a tally a sentence opens with "Since" is dated by it */
    assert_event_date("Since early 2024, Polish authorities have detained more than 30 people.\n",
                      FNR_EVENT_ARREST, "2024");
    /* the year of a plot a sentencing tells of is the plot's: it dates
     * neither the sentencing nor the paragraphs after */
    const char *plot = "Title of the report\n\nA court in Ghent sentenced two men for a plot to "
                       "bomb a concert in Lille in 2019.\n\nPolice arrested Omar Idrissi in "
                       "Liège.\n";
    assert_event_date(plot, FNR_EVENT_LEGAL_ACTION, "");
    assert_event_date(plot, FNR_EVENT_PLOT, "2019");
    assert_event_date(plot, FNR_EVENT_ARREST, "");
    /* a crime a court step tells of takes the date and place told after
     * it; the first are the court's */
    const char *court = "In March 2024, two men were convicted in Linz of plotting an attack on a "
                        "festival in Salzburg in 2022.\n";
    assert_event_date(court, FNR_EVENT_PLOT, "2022");
    assert_event_date(court, FNR_EVENT_LEGAL_ACTION, "2024-03");
    fnr_facts *cf = run(court, NULL);
    const fnr_event *cv = find_event(cf, FNR_EVENT_PLOT);
    assert_non_null(cv);
    assert_true(cv->location >= 0);
    assert_string_equal(cf->entities[cv->location].name, "Salzburg");
    fnr_facts_free(cf);
    /* the year of joining is not the plotting's, told after "and was" */
    assert_event_date("Ayşe Demir joined the cell in 2015 and was involved in plotting attacks on "
                      "police stations in Van.\n",
                      FNR_EVENT_PLOT, "");
    assert_event_date("Ayşe Demir joined the cell in 2015 and was involved in plotting attacks in "
                      "2018.\n",
                      FNR_EVENT_PLOT, "2018");
}

/* Words of the trigger lists that, in these uses, tell of no event or of
 * another type. */
static void test_triggers_in_context(void **state)
{
    (void)state;
    /* a killing one was tasked with is planned, not done */
    fnr_facts *t = run("Kaveh Rostami was tasked by his handlers in May with tracking and killing "
                       "a dissident in Oslo.\n",
                       NULL);
    assert_int_equal(n_events(t, FNR_EVENT_KILL), 0);
    assert_int_equal(n_events(t, FNR_EVENT_PLOT), 1);
    fnr_facts_free(t);
    /* photographing for a service the sentence names is spying */
    t = run("The two men photographed army depots near Poznań and sent the pictures to an officer "
            "of the SVR.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ESPIONAGE), 1);
    fnr_facts_free(t);
    assert_true(acts("The two men photographed army depots near Poznań and sent the pictures to an "
                     "officer of the SVR.\n",
                     FNR_EVENT_ESPIONAGE, "SVR"));
    /* the country a report names most is not where its own service spied */
    t = run("Russia denied the claims, and Russia called the case a farce.\n\nThe suspect "
            "photographed naval depots for months and sent the files to an officer of the GRU.\n",
            NULL);
    const fnr_event *sp = find_event(t, FNR_EVENT_ESPIONAGE);
    assert_non_null(sp);
    assert_int_equal(sp->location, -1);
    fnr_facts_free(t);
    /* a spy of the country the report names most was not caught there by
     * another state's service */
    t = run(
        "Russia's FSB recruited him in 2022, and he collected information on military "
        "cargo for the FSB in Ivangorod.\n\nThe Estonian Internal Security Service arrested him in March 2024, "
        "Russia said.\n",
        NULL);
    sp = find_event(t, FNR_EVENT_ARREST);
    assert_non_null(sp);
    assert_int_equal(sp->location, -1);
    fnr_facts_free(t);
    /* "the suspect, identified as X, ... before police detained him"
     * restates the capture told before and names its one */
    t = run("MİT captured a member of the DHKP-C in Istanbul.\n\nMİT tracked the suspect, "
            "identified as Kemal Durmaz, for weeks before police detained him in Esenyurt.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    assert_true(names_have(t, find_event(t, FNR_EVENT_ARREST)->targets,
                           find_event(t, FNR_EVENT_ARREST)->n_targets, "Kemal Durmaz"));
    fnr_facts_free(t);
    /* a dateline with its country keeps its date out of the sentence's;
     * who claims the attack told with its dead made it, and that telling
     * stands */
    t = run("MUNICH, Germany, March 3, 2025 - Prosecutors on Monday charged an Afghan man over a "
            "knife attack at a market in Aschaffenburg last January that killed two people.\n\n"
            "Islamic State claimed responsibility for the stabbing.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_ATTACK);
    assert_non_null(sp);
    assert_string_equal(sp->date, "2025-01");
    assert_int_equal(sp->sentence, 0);
    assert_true(names_have(t, sp->actors, sp->n_actors, "Islamic State"));
    assert_int_equal(n_events(t, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(t);
    /* "The suspect, identified only as X," names the one charged */
    assert_true(takes_part("Prosecutors charged a Syrian man with murder.\n\nThe suspect, "
                           "identified only as Issa al H., had arrived in 2022.\n",
                           FNR_EVENT_LEGAL_ACTION, "Issa al H.", true));
    /* a state's authorities passing information to their counterparts
     * share it; the clause after "after" has its own subject (D-12) */
    t = run("Police in Poland detained Jan Nowak after Ukrainian authorities passed information "
            "to their Polish counterparts. Ukraine thanked them.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ESPIONAGE), 0);
    sp = find_event(t, FNR_EVENT_INTEL_SHARING);
    assert_non_null(sp);
    assert_true(names_have(t, sp->actors, sp->n_actors, "Ukraine"));
    assert_false(names_have(t, sp->actors, sp->n_actors, "Jan Nowak"));
    assert_true(names_have(t, sp->targets, sp->n_targets, "Poland"));
    fnr_facts_free(t);
    /* "killed an Abu Sayyaf sub-leader ... X died along with two of his
     * followers": one killing, told again with its one named */
    t = run("Troops killed an Abu Sayyaf sub-leader in a clash on Jolo.\n\nRadzmil Jannatul, "
            "alias \"Kubayb\", died along with two of his followers after troops raided their "
            "hideout in Patikul.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_KILL), 1);
    sp = find_event(t, FNR_EVENT_KILL);
    assert_true(names_have(t, sp->targets, sp->n_targets, "Radzmil Jannatul"));
    assert_true(names_have(t, sp->targets, sp->n_targets, "Abu Sayyaf"));
    fnr_facts_free(t);
    /* photographing and passing the pictures to a state's handlers named
     * by a demonym is spying for that state, when the report names it
     * (D-12), however long the list of what was photographed */
    t = run("Iran denied it. Some of them photographed the Nevatim air base, a radar station in "
            "the Negev and the army headquarters in Tel Aviv and passed the pictures to "
            "Iranian handlers.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_ESPIONAGE);
    assert_non_null(sp);
    assert_true(names_have(t, sp->actors, sp->n_actors, "Iran"));
    fnr_facts_free(t);
    /* ", and the State Department offered a reward": a clause of its own */
    assert_false(takes_part("The Justice Department charged a businessman with financing "
                            "Hezbollah, and the State Department offered a reward for him.\n",
                            FNR_EVENT_LEGAL_ACTION, "State Department", true));
    /* parts that add up to the total told just before are its breakdown
     * (D-15) */
    t = run("The army neutralized 11 PKK terrorists in northern Iraq and Syria.\n\nFive "
            "terrorists were neutralized in the Hakurk region, while six others were neutralized "
            "near Tal Rifaat.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_KILL), 1);
    assert_int_equal(find_event(t, FNR_EVENT_KILL)->count, 11);
    fnr_facts_free(t);
    /* ... also when a part without its verb names "the" place */
    t = run("Ten militants killed\n\nSecurity forces killed 10 TTP militants in two operations "
            "in Khyber Pakhtunkhwa.\n\nSix militants were killed in North Waziristan and four in "
            "the Bannu district.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_KILL), 1);
    assert_int_equal(find_event(t, FNR_EVENT_KILL)->count, 10);
    fnr_facts_free(t);
    /* ... parts that do not add up are events of their own */
    t = run("The army neutralized 11 PKK terrorists in northern Iraq and Syria.\n\nFive "
            "terrorists were neutralized in the Hakurk region, while four others were neutralized "
            "near Tal Rifaat.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_KILL), 3);
    fnr_facts_free(t);
    /* the one on a ministry's wanted list is listed by the ministry, not by
     * who caught him (D-16) */
    assert_false(acts("Gendarmerie forces captured a PKK member, who was on the Interior "
                      "Ministry's wanted list, in Trabzon.\n",
                      FNR_EVENT_LEGAL_ACTION, "Gendarmerie"));
    /* the group owning the one jailed, and the one "referred to by his
     * followers as" a name, jail no one */
    t = run("The PKK's jailed founder Abdullah Öcalan, referred to by his followers as \"Apo\", "
            "spoke.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(sp);
    assert_int_equal(sp->n_actors, 0);
    assert_true(names_have(t, sp->targets, sp->n_targets, "Abdullah Öcalan"));
    fnr_facts_free(t);
    /* "a plot by Iranian agents": the plotters' state, named in the report
     * (D-12) */
    assert_true(acts("Iran denied it. MİT had foiled a plot by Iranian agents to abduct a "
                     "dissident in Van in 2023.\n",
                     FNR_EVENT_PLOT, "Iran"));
    /* who ran the operation that rolled a ring up is no spy of it */
    assert_false(acts("A 15-person spy ring working for Belarus was rolled up in Poland after an "
                      "18-month operation by the Internal Security Agency.\n",
                      FNR_EVENT_ESPIONAGE, "Internal Security Agency"));
    /* the operation against the one named, after the killing told, is
     * that killing told again, with its narrower place; "whose real name
     * was X" names him */
    t = run("MİT has neutralized a senior member of the PKK in northern Iraq.\n\nMİT carried out "
            "a precision operation in the Sinjar region against the terrorist, code-named \"Zagros "
            "Amed\", the sources said. Amed, whose real name was Hüseyin Öztaş, took part in "
            "attacks on soldiers in Hakkari.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_MILITARY_OPERATION), 0);
    sp = find_event(t, FNR_EVENT_KILL);
    assert_non_null(sp);
    assert_true(names_have(t, sp->targets, sp->n_targets, "Zagros Amed"));
    assert_string_equal(t->entities[sp->location].name, "Sinjar");
    fnr_facts_free(t);
    /* a state as the subject warns (D-12); the date of what it told is
     * not the telling's */
    t = run("Germany notified Türkiye that the man had travelled to Syria in 2014.\n", NULL);
    sp = find_event(t, FNR_EVENT_INTEL_SHARING);
    assert_non_null(sp);
    assert_true(names_have(t, sp->actors, sp->n_actors, "Germany"));
    assert_string_equal(sp->date, "");
    fnr_facts_free(t);
    /* another state's forces acted in theirs, not in the country the
     * report names most */
    t = run("Türkiye said on Monday that Türkiye had shared the intelligence.\n\nMİT informed "
            "Iraqi intelligence about the location of the cell, which was later raided by Iraqi "
            "forces.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_MILITARY_OPERATION);
    assert_non_null(sp);
    assert_int_equal(sp->location, -1);
    fnr_facts_free(t);
    /* who issued the warrant did not arrest; "The man, 41, identified by
     * the initials A.Y." names the one taken */
    t = run("Greek police arrested a Turkish national in Thessaloniki on a warrant issued by "
            "Türkiye.\n\nThe man, 41, identified by the initials A.Y., had lived in Greece since "
            "2019.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_ARREST);
    assert_non_null(sp);
    assert_false(names_have(t, sp->actors, sp->n_actors, "Türkiye"));
    assert_true(names_have(t, sp->targets, sp->n_targets, "A.Y."));
    fnr_facts_free(t);
    /* the state owning a body named by a name the dictionary lacks, then
     * its known acronym, is no actor (the body is) */
    assert_false(acts("Kyrgyzstan's State Committee for National Security (GKNB) said it had "
                      "detained nine members of a cell in Osh.\n",
                      FNR_EVENT_ARREST, "Kyrgyzstan"));
    /* a name before a noun of a show is no party; "The main suspect, ...,
     * was arrested in Ternitz on Wednesday" tells the arrest again */
    t = run("Austrian police arrested a 19-year-old man suspected of planning an attack on one of "
            "three Taylor Swift concerts in Vienna.\n\nThe main suspect, an Austrian citizen who "
            "had pledged allegiance to Islamic State, was arrested in Ternitz on Wednesday.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    sp = find_event(t, FNR_EVENT_ARREST);
    assert_false(names_have(t, sp->targets, sp->n_targets, "Taylor Swift"));
    fnr_facts_free(t);
    /* "The Austrian authorities were alerted by U.S. intelligence": the
     * state the passive's subject names was told (D-12) */
    assert_true(takes_part("Austria said police arrested a man in Vienna.\n\nThe Austrian "
                           "authorities were alerted by U.S. intelligence, officials said.\n",
                           FNR_EVENT_INTEL_SHARING, "Austria", true));
    /* a container intercepted is seized; a missile intercepted took no
     * one */
    t = run("Customs officers at Mersin port intercepted a container carrying drone parts bound "
            "for the Houthis.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 0);
    assert_int_equal(n_events(t, FNR_EVENT_SEIZURE), 1);
    fnr_facts_free(t);
    t = run("Israel intercepted a missile fired from Yemen.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 0);
    fnr_facts_free(t);
    /* "identified one of the attackers as X": X made the attack */
    assert_true(acts("Attackers armed with rifles and explosives killed five people and wounded "
                     "22 others at a factory near Ankara.\n\nThe minister identified one of the "
                     "attackers as Ali Örek.\n",
                     FNR_EVENT_ATTACK, "Ali Örek"));
    /* the one a warning about a plot went to plotted nothing */
    assert_false(acts("The CIA passed intelligence to Russia about a planned attack at a concert "
                      "hall near Moscow.\n",
                      FNR_EVENT_PLOT, "Russia"));
    /* "shared by MİT with Swedish intelligence": the one shared with was
     * told */
    assert_true(takes_part("Information shared by MİT with the Swedish Security Service led to the "
                           "arrest of two suspects in Malmö.\n",
                           FNR_EVENT_INTEL_SHARING, "Swedish Security Service", true));
    /* "near Moscow, U.S. officials said": the country qualifies the
     * officials, Moscow is not in it */
    t = run("The CIA warned of a planned attack near Moscow, U.S. officials said.\n", NULL);
    for (size_t r = 0; r < t->n_relations; r++)
        assert_false(t->relations[r].type == FNR_REL_LOCATED_IN);
    fnr_facts_free(t);
    /* "The suspects, identified as A, B and C," after three were taken:
     * the three */
    t = run("Police captured three people suspected of spying for Mossad.\n\nThe suspects, "
            "identified as M.A.Ö., Y.K. and S.D., had sold information.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_ARREST);
    assert_non_null(sp);
    assert_true(names_have(t, sp->targets, sp->n_targets, "M.A.Ö."));
    assert_true(names_have(t, sp->targets, sp->n_targets, "S.D."));
    fnr_facts_free(t);
    /* "Among those detained was a former police chief, identified by the
     * initials H.K.", a few sentences after the round-up: one of those */
    assert_true(takes_part("Police detained 46 suspects in Izmir on Tuesday.\n\nWarrants were "
                           "issued for 52 people. Six are still at large.\n\nAmong those "
                           "detained was a former police chief, identified by the initials H.K.\n",
                           FNR_EVENT_ARREST, "H.K.", true));
    /* the captor after the capture's verb is no spy */
    assert_false(acts("Seven people accused of spying on dissidents on behalf of Iran's MOIS were "
                      "detained by MİT in Istanbul.\n",
                      FNR_EVENT_ESPIONAGE, "MİT"));
    /* the service one was charged with helping charges no one */
    assert_false(acts("Prosecutors in Warsaw charged a man with offering to help the GRU.\n",
                      FNR_EVENT_LEGAL_ACTION, "GRU"));
    /* a ranking of figures tells no occurrence */
    t = run("Police in the bloc arrested 310 suspects in 2023. Spain and Italy reported the most "
            "arrests.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    fnr_facts_free(t);
    /* "sentenced a former employee ... The man, X,": X was tried */
    assert_true(takes_part("A court in Tartu sentenced a former railway employee to six years for "
                           "spying.\n\nThe man, identified as Vadim Kask, had photographed "
                           "trains.\n",
                           FNR_EVENT_LEGAL_ACTION, "Vadim Kask", true));
    /* what was not found was not seized; a list of targets is a thing
     * found, no plot */
    t = run("No weapons or explosives were found in the flat.\n", NULL);
    assert_int_equal(t->n_events, 0);
    fnr_facts_free(t);
    t = run("Officers seized a pistol and a list of targets in Likoni.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_PLOT), 0);
    fnr_facts_free(t);
    /* the subject of "was warned about X by Y" was told, by Y */
    assert_true(acts("MİT was warned about the network by Poland's Internal Security Agency.\n",
                     FNR_EVENT_INTEL_SHARING, "Internal Security Agency"));
    assert_true(takes_part("MİT was warned about the network by Poland's Internal Security "
                           "Agency.\n",
                           FNR_EVENT_INTEL_SHARING, "MİT", true));
    /* a role over bare plurals is no attack told */
    t = run("Abu Bakr Sadiq, the group's regional chief, oversaw suicide attacks on the army.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(t);
    /* "a senior commander and four of his aides ... The commander, X,":
     * X was among the dead */
    assert_true(takes_part("Soldiers killed a senior Shabaab commander and four of his aides near "
                           "Jilib.\n\nThe commander, Abdi Farah Warsame, had led the group in "
                           "the region.\n",
                           FNR_EVENT_KILL, "Abdi Farah Warsame", true));
    /* the one information about something was shared with */
    assert_true(takes_part("MİT shared information about the cell with Jordanian intelligence.\n",
                           FNR_EVENT_INTEL_SHARING, "Jordanian intelligence", true));
    /* "X said on Sunday they had arrested": X arrested */
    assert_true(acts("Czech police said on Sunday they had arrested a man in Brno.\n",
                     FNR_EVENT_ARREST, "Czech police"));
    /* a group past the comma after "by X in Y" is the main clause's */
    assert_false(
        acts("In an operation conducted by MİT in Tal Abyad, the so-called PKK/YPG official "
             "Rıza Kaya was neutralized.\n",
             FNR_EVENT_KILL, "PKK"));
    /* one named in what a service found did not tell it */
    assert_false(acts("MİT found that the two men had met Daesh operatives and informed the Izmir "
                      "Police Department.\n",
                      FNR_EVENT_INTEL_SHARING, "Daesh"));
    /* a tip provided, and the arrest it led to */
    t = run("The FBI provided the tip that led to the arrest of a teenager in Graz.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_INTEL_SHARING), 1);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    fnr_facts_free(t);
    /* intelligence acted on, from no one named, is shared by no one */
    t = run("Acting on intelligence, the Mardin Provincial Gendarmerie Command detained two men.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_INTEL_SHARING), 0);
    fnr_facts_free(t);
    t = run("Acting on intelligence from MİT, gendarmerie detained two men in Mardin.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_INTEL_SHARING), 1);
    fnr_facts_free(t);
    /* a chargé d'affaires is a diplomat, no charge */
    t = run("Rome summoned the Libyan charge d'affaires over the raid.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(t);
    /* what a network is used to do is no one event */
    t = run("They worked for a gang that Tehran has used to carry out attacks in Europe.\n", NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ATTACK) + n_events(t, FNR_EVENT_PLOT), 0);
    fnr_facts_free(t);
    /* "The charge comes ..." names the charge told before */
    t = run("Prosecutors charged Ali Kaya with arson.\n\nThe charge comes a week after police "
            "detained two men in Konya.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(t);
    /* "The operation, backed by airstrikes, ..." tells the operation again */
    t = run("Iraqi troops killed nine militants near Rutba.\n\nThe operation, backed by "
            "airstrikes, targeted caves in the desert.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_MILITARY_OPERATION), 0);
    fnr_facts_free(t);
    t = run("Turkish jets killed nine PKK members in Iraq.\n\nThe operation was part of Operation "
            "Claw-Lock.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_MILITARY_OPERATION), 1);
    fnr_facts_free(t);
    /* raids told after the detentions they made are no operation of
     * their own */
    t = run("Police detained nine suspects in Bursa on Monday.\n\nOfficers carried out raids on "
            "14 addresses in the city.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_MILITARY_OPERATION), 0);
    fnr_facts_free(t);
    /* spying for a state's handler is not spying in that state */
    t = run("Russia denied it. Russia called it a smear.\n\nThe clerk passed classified "
            "documents to a Russian handler for two years.\n",
            NULL);
    sp = find_event(t, FNR_EVENT_ESPIONAGE);
    assert_non_null(sp);
    assert_int_equal(sp->location, -1);
    fnr_facts_free(t);
    /* what a group goes on doing is a habit, no one event */
    fnr_facts *f = run("The network lost its bases in 2019, yet its cells continue to carry out "
                       "attacks on patrols in Ituri.\n",
                       NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
    f = run("Jordanian army units killed 27 smugglers who tried to cross the border.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    fnr_facts_free(f);
    /* a stadium does not attack; the attacks' dead are their count, no
     * killing of its own; a state acts */
    f = run("The attacks on the Stade de France killed 130 people.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->n_actors, 0);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->count, 130);
    fnr_facts_free(f);
    f = run("Turkey detained 12 suspects in raids.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->n_actors, 1);
    fnr_facts_free(f);

    /* what someone "was involved in" is background; seizing power seizes
     * nothing; an arrester is no actor of the "by" in "inspired by" */
    static const struct {
        const char *text;
        fnr_event_type type; /* 0: any */
        size_t n;
    } COUNTED[] = {
        { "The military said Noor was involved in attacks on security forces and the killing "
          "of civilians.\n",
          0, 0 },
        { "Since seizing power in coups in 2020, the junta turned to Russia.\n", 0, 0 },
        /* the same count told again of another time is another event */
        { "Shin Bet arrested seven residents of Jerusalem in 2025. In October 2024, police had "
          "detained another seven Israelis from Haifa.\n",
          FNR_EVENT_ARREST, 2 },
        { "Sapo raised the threat level, citing an increased risk of attacks.\n", 0, 0 },
        { "Al-Jubouri was responsible for attacks on security forces in Kirkuk.\n", 0, 0 },
        /* "also known as" tells of no other capture: the lead and its detail */
        { "MIT has captured a senior member of Daesh in Syria, sources said. Mahmud el-Hüseyni, "
          "also known as Ebu Ubeyde, was caught in Hatay.\n",
          FNR_EVENT_ARREST, 1 },
        /* a death with no violence; a targeted operation; a purpose */
        { "Gülen died in the United States in October 2024.\n", 0, 0 },
        /* held by a force is caught; held by a ministry, no one; ", and"
         * with a subject of its own parts two arrests */
        { "A man was held by police in Berlin.\n", FNR_EVENT_ARREST, 1 },
        { "The conference was held by the ministry in Ankara.\n", FNR_EVENT_ARREST, 0 },
        { "A second suspect was detained in Vienna, and a third was held in Berlin by German "
          "police.\n",
          FNR_EVENT_ARREST, 2 },
        /* "not guilty", or guilty of nothing found, is no verdict */
        { "The court found Ali Kaya not guilty.\n", FNR_EVENT_LEGAL_ACTION, 0 },
        { "He felt guilty about the raid.\n", FNR_EVENT_LEGAL_ACTION, 0 },
        /* a quotation that names no one tells the attack again */
        { "A suicide bomber blew herself up at a market in Konduga, killing 14 people. \"The "
          "bomber detonated the device when the market was at its busiest,\" said the police "
          "spokesman.\n",
          FNR_EVENT_ATTACK, 1 },
        { "Police detained 47 suspects linked to the group behind the 2016 coup attempt. The "
          "group orchestrated the July 15, 2016 coup attempt, which killed 251 people.\n",
          FNR_EVENT_ATTACK, 1 },
        /* the strikes protested are those told */
        { "Turkish jets struck PKK targets in Iraq. Baghdad summoned the Turkish ambassador to "
          "protest the strikes.\n",
          FNR_EVENT_MILITARY_OPERATION, 1 },
        /* "The extradition comes weeks after": the one told, pointed back to */
        { "Georgia extradited Ali Kaya to Türkiye. The extradition comes weeks after Georgian "
          "police detained two men.\n",
          FNR_EVENT_LEGAL_ACTION, 1 },
        /* the last of a list of charges is a charge, no killing */
        { "He will appear before a court on charges of membership in a terrorist organization "
          "and aiding murder.\n",
          FNR_EVENT_KILL, 0 },
        /* a role "responsible for suicide attacks" tells no plot */
        { "MİT killed Ebu Ömer, a Daesh official responsible for suicide attacks, in al-Bab.\n",
          FNR_EVENT_PLOT, 0 },
        /* "linked to explosions": a plural after "to" is no verb to plan */
        { "Investigators linked the cell to explosions at a depot in 2014.\n", FNR_EVENT_PLOT, 0 },
        /* findings shared with partners are intelligence shared; with the
         * public, none */
        { "The AIVD shared its findings with its counterparts in Belgium and Germany.\n",
          FNR_EVENT_INTEL_SHARING, 1 },
        { "The AIVD shared its findings with the public on Monday.\n", FNR_EVENT_INTEL_SHARING, 0 },
        { "Türkiye has carried out Operation Claw-Lock to eliminate terror threats.\n",
          FNR_EVENT_KILL, 0 },
        { "MIT neutralized a PKK member in a targeted operation in northern Iraq.\n",
          FNR_EVENT_PLOT, 0 },
        /* "The suspects ... were detained": the arrest told again */
        { "Turkish police detained eight people suspected of spying for Mossad. The suspects, who "
          "are accused of espionage, were detained after an investigation by MIT.\n",
          FNR_EVENT_ARREST, 1 },
        /* "The arrests came after ...": the arrests told before */
        { "Greek police arrested two men in Athens. The arrests came days after the Greek "
          "National Intelligence Service shared information with Israel.\n",
          FNR_EVENT_ARREST, 1 },
        /* the suspects told again after a source; targets as a noun; a
         * warning of consequences */
        { "Turkish authorities detained 15 people spying for Mossad. According to Anadolu, the "
          "suspects were caught in Istanbul by MIT.\n",
          FNR_EVENT_ARREST, 1 },
        { "They had been tasked with tracking and photographing targets.\n", FNR_EVENT_PLOT, 0 },
        { "Turkish officials have warned Israel of serious consequences.\n",
          FNR_EVENT_INTEL_SHARING, 0 },
        /* "plotting to kidnap and kill": one plot, no killing; a travel
         * warning to the public shares nothing */
        { "A cell was plotting to kidnap and kill Israeli businesspeople in Istanbul.\n",
          FNR_EVENT_KILL, 0 },
        { "Israel's National Security Council has warned Israelis against travel to Türkiye.\n",
          FNR_EVENT_INTEL_SHARING, 0 },
        /* suicide bombers killed before they struck made no attack */
        { "MIT neutralized two suicide bombers preparing to attack Turkish soldiers in Bab.\n",
          FNR_EVENT_ATTACK, 0 },
        /* a named operation told again is the one told */
        { "It was the Euphrates Shield Operation carried out in northern Syria in 2016. The fight "
          "was not limited to the Euphrates Shield Operation.\n",
          FNR_EVENT_MILITARY_OPERATION, 1 },
        /* air strikes on targets that kill no one named are an operation,
         * and "PKK targets" no plot */
        { "The army carried out air strikes on PKK targets in northern Iraq, destroying 23 "
          "targets.\n",
          FNR_EVENT_MILITARY_OPERATION, 1 },
        { "The army carried out air strikes on PKK targets in northern Iraq, destroying 23 "
          "targets.\n",
          FNR_EVENT_PLOT, 0 },
        { "Authorities issued arrest warrants for 12 people in the probe.\n", FNR_EVENT_ARREST, 0 },
        { "He was recruited by al-Shabaab as a teenager.\n", FNR_EVENT_ESPIONAGE, 0 },
        /* what an attack struck is no plot */
        { "An IED attack targeted a patrol in Diyala.\n", FNR_EVENT_PLOT, 0 },
        /* "Of them, ...": a breakdown of the figure told */
        { "Security forces neutralized 2,418 terrorists this year. Of them, 1,845 were neutralized "
          "in northern Iraq.\n",
          FNR_EVENT_KILL, 1 },
        /* "The suspects ... planned": the plot told again in detail */
        { "Belgian police detained seven people in Antwerp on suspicion of preparing a terrorist "
          "attack. The suspects allegedly planned to attack a synagogue in Antwerp.\n",
          FNR_EVENT_PLOT, 1 },
        { "Turkish and Iraqi intelligence exchanged information on ISIS cells.\n",
          FNR_EVENT_INTEL_SHARING, 1 },
        /* "the tip of the iceberg" tells nothing */
        { "That was the tip of the iceberg, police said.\n", 0, 0 },
        /* a habit told as background; an attack planned past a name and
         * its word of affiliation; "to ... carry out attacks"; an attack
         * thwarted */
        { "Al-Shabaab has repeatedly attacked hotels in Mogadishu.\n", 0, 0 },
        { "Its sleeper cells still carry out sporadic attacks in remote areas.\n", 0, 0 },
        { "Two men were convicted of planning an Islamic State-inspired gun attack in Leeds.\n",
          FNR_EVENT_ATTACK, 0 },
        { "The GID foiled a plot to build rockets and carry out attacks inside Jordan.\n",
          FNR_EVENT_ATTACK, 0 },
        { "It is the ninth attack thwarted since January, the minister said.\n", FNR_EVENT_PLOT,
          1 },
        /* an open-ended conflict's toll; a warning to the public */
        { "The insurgency, which began in 2009, has killed more than 40,000 people.\n", 0, 0 },
        { "The BfV warned last month of a growing threat of Russian sabotage.\n", 0, 0 },
        /* habits of any kind; what may come; a purpose; a threat level;
         * phones and a machete seized; a claimed "village attack" */
        { "Al-Shabaab has repeatedly staged cross-border raids in Kenya.\n", 0, 0 },
        { "He faces up to eight years in prison if convicted.\n", 0, 0 },
        { "Türkiye launched operations at home to prevent further attacks.\n", FNR_EVENT_PLOT, 0 },
        { "Spain has kept its terrorism alert at level four since 2015.\n", 0, 0 },
        { "Officers searched five homes and seized mobile phones and a machete.\n",
          FNR_EVENT_ARREST, 0 },
        { "Officers searched five homes and seized mobile phones and a machete.\n",
          FNR_EVENT_SEIZURE, 1 },
        { "The ISMP claimed responsibility for the village attack.\n", FNR_EVENT_ATTACK, 1 },
        /* the dead of an attack told after the killing; a chargesheet; an
         * outlawed body */
        { "Insurgents beheaded at least six villagers in an attack on a village.\n", FNR_EVENT_KILL,
          0 },
        { "At least nine people were killed when gunmen stormed a hotel in Beledweyne.\n",
          FNR_EVENT_KILL, 0 },
        { "The NIA filed a chargesheet against two men in Bengaluru in March.\n",
          FNR_EVENT_LEGAL_ACTION, 1 },
        { "The kingdom later outlawed the Muslim Brotherhood.\n", FNR_EVENT_LEGAL_ACTION, 1 },
        /* struck, not plotted; a bomber caught or killed; a trend; a
         * court's arrest */
        { "The terrorist was targeted in the Kobani region on Tuesday.\n", FNR_EVENT_PLOT, 0 },
        { "MIT neutralized three PKK members in Gara, including a suicide bomber who was "
          "preparing an attack.\n",
          FNR_EVENT_ATTACK, 0 },
        { "The BLA has stepped up attacks on security forces in recent months.\n", 0, 0 },
        { "Of those detained, 198 were formally arrested by courts.\n", FNR_EVENT_ARREST, 0 },
        { "Of those detained, 198 were formally arrested by courts.\n", FNR_EVENT_LEGAL_ACTION, 1 },
        /* what is to come; a trigger opening the sentence; spying told */
        { "Sentencing is due on February 18.\n", 0, 0 },
        { "Indictments were filed on Monday against seven residents of Haifa.\n",
          FNR_EVENT_LEGAL_ACTION, 1 },
        { "Seven residents of Haifa allegedly spied for Iran over two years.\n",
          FNR_EVENT_ESPIONAGE, 1 },
        /* "detained the suspects": the capture told before, in detail */
        { "Greek authorities arrested two men in Athens. Police detained the suspects in the "
          "Piraeus area after a tip-off.\n",
          FNR_EVENT_ARREST, 1 },
        { "Austrian authorities detained three men in Vienna. Officers arrested the three hours "
          "before the parade.\n",
          FNR_EVENT_ARREST, 1 },
        /* "passed the information to", "acting on intelligence from" */
        { "The BND passed the information to the Austrian DSN.\n", FNR_EVENT_INTEL_SHARING, 1 },
        { "Acting on intelligence from the CIA, Moroccan police arrested three men.\n",
          FNR_EVENT_INTEL_SHARING, 1 },
        /* a weapon named for its use; a trial of a bomb */
        { "He tried to buy two assault rifles and an attack drone in Bolton.\n", 0, 0 },
        { "They brought assassination equipment into Iran.\n", 0, 0 },
        { "The accused had conducted a trial blast on the banks of the river.\n", 0, 0 },
    };

    for (size_t i = 0; i < sizeof COUNTED / sizeof *COUNTED; i++) {
        f = run(COUNTED[i].text, NULL);
        size_t n = COUNTED[i].type ? n_events(f, COUNTED[i].type) : f->n_events;
        if (n != COUNTED[i].n)
            fail_msg("%zu events, want %zu in \"%s\"", n, COUNTED[i].n, COUNTED[i].text);
        fnr_facts_free(f);
    }
    /* an inverted reporting clause names the source */
    f = run("The gunmen opened fire on the farmers, said Babagana Zulum, the governor.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->n_actors, 0);
    fnr_facts_free(f);

    /* the Asayish and the Kurdistan Region Security Council are two bodies */
    f = run("The Asayish captured him, the Kurdistan Region Security Council said.\n", NULL);
    assert_non_null(find_entity(f, "Asayish"));
    assert_ptr_not_equal(find_entity(f, "Asayish"),
                         find_entity(f, "Kurdistan Region Security Council"));
    fnr_facts_free(f);
    /* a party told in a that-clause after "after" did something else */
    f = run("M.G. was arrested after MIT found that he had sent images to a handler known as "
            "\"Haji\".\n",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->n_targets, 1);
    fnr_facts_free(f);

    /* how many actors and targets an event has: a speaker after a
     * quotation and titles is a source; the owner of the kin acted on may
     * open the sentence */
    static const struct {
        const char *text;
        fnr_event_type type;
        size_t n_actors, n_targets;
    } PARTIES[] = {
        { "\"The cell planned to bomb a synagogue,\" said Detective Chief Superintendent Robert "
          "Potts.\n",
          FNR_EVENT_PLOT, 0, 0 },
        { "Saadaoui's brother, Bilel Saadaoui, was convicted of failing to disclose it.\n",
          FNR_EVENT_LEGAL_ACTION, 0, 1 },
        { "Seven people were detained in Haifa, the Shin Bet security agency and police said.\n",
          FNR_EVENT_ARREST, 0, 0 },
        { "Two men were convicted at Preston Crown Court, Counter Terrorism Policing North West "
          "said.\n",
          FNR_EVENT_LEGAL_ACTION, 1, 0 },
        { "The men were arrested in Amsterdam after the AIVD alerted police.\n", FNR_EVENT_ARREST,
          0, 0 },
        /* the employer of one tried is no party; officers of a body act */
        { "A court sentenced a former officer of Sweden's Security Service to life.\n",
          FNR_EVENT_LEGAL_ACTION, 0, 0 },
        { "He was detained in Wroclaw after officers of the Internal Security Agency found a "
          "timer.\n",
          FNR_EVENT_ARREST, 1, 0 },
        /* a state's named body acts, not the state */
        { "Jordan's General Intelligence Department arrested 16 people in Amman.\n",
          FNR_EVENT_ARREST, 1, 0 },
    };

    for (size_t i = 0; i < sizeof PARTIES / sizeof *PARTIES; i++) {
        f = run(PARTIES[i].text, NULL);
        const fnr_event *v = find_event(f, PARTIES[i].type);
        if (!v || v->n_actors != PARTIES[i].n_actors || v->n_targets != PARTIES[i].n_targets)
            fail_msg("wrong parties in \"%s\"", PARTIES[i].text);
        fnr_facts_free(f);
    }
    f = run("Ali Kaya, who is on the Interior Ministry's wanted list, was captured in Van.\n",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->n_actors, 0);
    fnr_facts_free(f);
    f = run("A Dutch court sentenced three men for plotting to kill Geert Wilders.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->n_targets, 0);
    fnr_facts_free(f);
    f = run(
        "Police foiled a plot by al-Shabaab to bomb a bus terminal, arresting three men including "
        "a man named Ahmed Hussein Farah.\n",
        NULL);
    assert_int_equal(find_event(f, FNR_EVENT_PLOT)->n_targets, 0);
    fnr_facts_free(f);
    /* who unmasked a network is none of the spies; the one acted on is a
     * source */
    assert_false(acts("The National Intelligence Organization (MİT) has unmasked a network of "
                      "private detectives who gathered information for Mossad.\n",
                      FNR_EVENT_ESPIONAGE, "MİT"));
    assert_false(acts("Acting on MİT's findings, the Istanbul Chief Public Prosecutor's Office "
                      "issued detention warrants for seven suspects.\n",
                      FNR_EVENT_LEGAL_ACTION, "MİT"));
    /* ", MIT added," is the source */
    f = run("The alleged network, MIT added, had been spying on dissidents in Istanbul.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ESPIONAGE)->n_actors, 0);
    fnr_facts_free(f);
    /* the state that thwarts plots is no plotter */
    f = run("Germany said so. In 2023, German authorities thwarted at least seven plots.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_PLOT)->n_actors, 0);
    fnr_facts_free(f);
    /* who did what in a fronted clause is not who detained */
    f = run("After MIT identified a plot by ISKP, 26 suspects were detained in Istanbul.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->n_actors, 0);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 26);
    fnr_facts_free(f);
    f = run("Mehmet Ali Öztürk had been recruited by a Mossad officer using the code name "
            "\"David\".\n",
            NULL);
    assert_false(has_alias(find_entity(f, "Mehmet Ali Öztürk"), "David"));
    fnr_facts_free(f);
    f = run("The men were inspired by the Islamic State and planned a gun attack.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_PLOT)->n_actors, 0);
    fnr_facts_free(f);
    /* a body every state has is the one of the report's country */
    f = run("Report\n\nVIENNA (APA) - Police arrested a teenager, the Interior Ministry said.\n",
            NULL);
    assert_string_equal(find_entity(f, "Interior Ministry")->country, "AUT");
    fnr_facts_free(f);
    f = run("It was based on intelligence from the Kurdistan Region's Counter-Terrorism "
            "Department.\n",
            NULL);
    assert_string_equal(find_entity(f, "Counter-Terrorism Department")->country, "IRQ");
    fnr_facts_free(f);
    f = run("The tip came from Jordan's General Intelligence Directorate.\n", NULL);
    assert_string_equal(find_entity(f, "General Intelligence Directorate")->country, "JOR");
    assert_non_null(find_event(f, FNR_EVENT_INTEL_SHARING));
    fnr_facts_free(f);
    f = run("Three Bulgarian nationals were found guilty of spying for Russia.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->count, 3);
    fnr_facts_free(f);
    f = run("Orlin Roussev had admitted conspiring to collect information useful to an enemy.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 1);
    fnr_facts_free(f);
}

/* The country of a body whose name the bodies of several states bear is
 * the report's, or the one an acronym or an owner beside it tells; with
 * no such hint it is no one's. */
static void test_shared_body_names(void **state)
{
    (void)state;

    static const struct {
        const char *text, *name, *country;
    } CASES[] = {
        { "STOCKHOLM\n\nThe Military Intelligence and Security Service warned on Thursday of "
          "sabotage.\n",
          "Military Intelligence and Security Service", "SWE" },
        { "Sweden's military intelligence service, MUST, warned of sabotage.\n", "MUST", "SWE" },
        { "The Military Intelligence and Security Service (MIVD) warned of sabotage.\n",
          "Military Intelligence and Security Service", "NLD" },
        { "The Security Service said on Friday that it had foiled a plot.\n", "Security Service",
          "" },
        { "ABUJA\n\nThe Security Service said on Friday that it had arrested five suspects.\n",
          "Security Service", "NGA" },
        { "LONDON\n\nThe Security Service said on Friday that it had foiled a plot.\n",
          "Security Service", "GBR" },
        { "The Security Service, MI5, said it had foiled a plot.\n", "Security Service", "GBR" },
        /* a demonym before such a name makes it that state's body, even
         * under another country's dateline */
        { "STOCKHOLM\n\nThe Norwegian Foreign Ministry summoned the envoy on Friday.\n",
          "Norwegian Foreign Ministry", "NOR" },
        { "The Danish Security Service said it had foiled a plot.\n", "Danish Security Service",
          "DNK" },
        { "The Kenyan Interior Ministry listed four groups.\n", "Kenyan Interior Ministry", "KEN" },
        /* a court named for a London borough is Britain's, not that of the
         * American towns of the name */
        { "The three appeared at Westminster Magistrates' Court on Thursday.\n",
          "Westminster Magistrates' Court", "GBR" },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        const fnr_entity *e = find_entity(f, CASES[i].name);
        if (!e)
            fail_msg("case %zu: \"%s\" not found", i, CASES[i].name);
        if (strcmp(e->country, CASES[i].country) != 0)
            fail_msg("case %zu: \"%s\" is of \"%s\", want \"%s\"", i, CASES[i].name, e->country,
                     CASES[i].country);
        fnr_facts_free(f);
    }
}

/* "worked for X" tells an employer, no party to the event; a service
 * worked for, or one named in a charge, is the one spied for (D-11). */
static void test_employer_is_no_party(void **state)
{
    (void)state;
    fnr_facts *f = run("The defendant, who had worked for Reuters in Baghdad, was charged with "
                       "membership of a terrorist organisation.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Reuters"));
    fnr_facts_free(f);
    f = run("A translator who had worked for the Dutch Foreign Ministry was charged with "
            "espionage.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Foreign Ministry"));
    assert_false(names_have(f, v->targets, v->n_targets, "Foreign Ministry"));
    fnr_facts_free(f);
    f = run("Two men were arrested on suspicion of working for the Wagner Group.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Wagner Group"));
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    f = run("The suspect, who worked for Mossad for three years, was charged on Monday.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Mossad"));
    fnr_facts_free(f);
}

/* One who condemns an attack is no party to it; a court named by its
 * place and rank is that place's country's. */
static void test_condemned_and_courts(void **state)
{
    (void)state;
    fnr_facts *f = run("Iraqi Prime Minister Mohammed Shia al-Sudani condemned the attack on the "
                       "base.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    f = run("The Ankara 2nd High Criminal Court sentenced three defendants.\n", NULL);
    const fnr_entity *court = find_entity(f, "Ankara 2nd High Criminal Court");
    assert_non_null(court);
    assert_string_equal(court->country, "TUR");
    fnr_facts_free(f);
}

/* A detail naming one of those a lead counted is the lead's event, which
 * gains the person (D-15); a separate capture stays one of its own. */
static void test_one_of_the_counted(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained five suspected ISIS members in Istanbul on Tuesday.\n\nOne "
                       "of the suspects, Ahmet Kaya, was detained at his home in Esenyurt.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 5);
    assert_true(names_have(f, v->targets, v->n_targets, "Ahmet Kaya"));
    fnr_facts_free(f);
    f = run("Police arrested 12 suspects linked to the PKK in Diyarbakir on Monday. Mehmet Demir "
            "was arrested in Baglar during the raids, police said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    f = run("Police detained five suspected ISIS members in Istanbul on Tuesday. In a separate "
            "operation, one of the group's financiers, Ali Demir, was detained in Ankara.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
}

/* Shapes of our own held-out reports: a sentence adverb opening a
 * sentence is no person; a service passing intelligence shares it; a bomb
 * planted by a group that kills is the group's attack; where one is tried
 * tries, in the city it sits in; where the spied-on live is no place of the
 * event. */
static void test_heldout14_shapes(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Separately, MIT neutralized a senior PKK member, code-named \"Botan Amed,\" "
            "in a drone strike in Qamishli.\n",
            NULL);
    assert_null(find_entity(f, "Separately"));
    assert_non_null(find_entity(f, "Botan Amed"));
    fnr_facts_free(f);
    f = run("MIT passed intelligence to Austrian police about a cell that planned an attack in "
            "Vienna.\n",
            NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    f = run("An improvised explosive device planted by PKK militants killed two soldiers in "
            "Hakkari.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "PKK"));
    assert_int_equal(v->count, 2);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    fnr_facts_free(f);
    f = run("ISTANBUL\n\nFive people accused of spying on Palestinians living in Türkiye for "
            "Mossad went on trial on Monday at the Istanbul 26th High Criminal Court.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Istanbul 26th High Criminal Court"));
    assert_false(names_have(f, v->targets, v->n_targets, "Istanbul 26th High Criminal Court"));
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Istanbul");
    fnr_facts_free(f);
    /* the assault a killing was done in is no attack of its own */
    f = run("Iraqi security forces killed nine Islamic State militants in an air strike and "
            "ground assault in the Hamrin mountains.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* a truck that kills is an attack */
    f = run("He helped the driver of the truck that killed 86 people in Nice in July 2016.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 86);
    fnr_facts_free(f);
    /* a place opening a sentence is kept when the report names it inside
     * a sentence too, though it writes the word in lower case elsewhere */
    f = run("Van residents protested in Van on Monday. A van was seized.\n", NULL);
    const fnr_entity *van = find_entity(f, "Van");
    assert_non_null(van);
    assert_int_equal(van->n_mentions, 2);
    fnr_facts_free(f);
    /* "He was arrested ... along with X and Y": he is the one the
     * sentence before opened with */
    f = run("The main suspect, Dieter S., scouted US military facilities in Bavaria. He was "
            "arrested in Bayreuth along with Alexander J. and Alex D., prosecutors said.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Dieter S."));
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
    /* "a bomb attack" is an attack, a bomb alone a thing */
    f = run("A bomb attack on a police station in Diyarbakir killed two officers.\n", NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
    /* "He was caught": the capture just told, told again */
    f = run(
        "Gendarmerie teams captured a PKK suspect in Viransehir on Thursday. He was caught at a "
        "checkpoint with forged documents.\n",
        NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    /* the one told of, named after: one arrest, where the lead said */
    f = run("A Tunisian man was arrested in Nice on Tuesday, prosecutors said.\n\nThe suspect, "
            "identified as Mohamed G., was detained by officers of the DGSI at his home.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->targets, v->n_targets, "Mohamed G."));
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Nice");
    fnr_facts_free(f);
}

/* Faults the stop-14 held-out reports left, one shape each. */
static void test_heldout14b_faults(void **state)
{
    (void)state;
    /* a body reporting what others did is the source, no actor; one
     * saying it acted stays the actor */
    fnr_facts *f = run("The Turkish Defense Ministry said 14 terrorists were neutralized in "
                       "northern Iraq.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    assert_int_equal(v->count, 14);
    fnr_facts_free(f);
    f = run("MIT said it captured a PKK member in Syria.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    /* "the Iraqi military" is the army, not the Counter-Terrorism Service */
    f = run("The Counter-Terrorism Service killed five ISIS militants near Kirkuk, the Iraqi "
            "military said.\n",
            NULL);
    const fnr_entity *cts = find_entity(f, "Counter-Terrorism Service");
    assert_non_null(cts);
    assert_false(has_alias(cts, "Iraqi military"));
    fnr_facts_free(f);
    /* "responsible for the group's attacks": a record, no attack told */
    f = run("MIT killed a PKK member in Qamishli. He had been responsible for the group's attacks "
            "on Turkish bases in the Tal Rifaat area.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    fnr_facts_free(f);
    /* the state of "foiled an Iranian-directed plot" plots (D-12) */
    f = run("Greek police said they had foiled an Iranian-directed plot against a synagogue in "
            "Athens. The handler lived in Iran.\n",
            NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Iran"));
    fnr_facts_free(f);
    /* ... and so does the one the report says directed the network */
    f = run("Police arrested two men suspected of planning attacks on a synagogue in Athens. "
            "Mossad said the network was directed by Iran.\n",
            NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Iran"));
    fnr_facts_free(f);
    /* "the terror group" points back to a group named in its paragraph,
     * or to the only one named before; not to the last of several */
    f = run("Police detained a PKK/KCK suspect in Van.\n\nSeparately, police detained six "
            "people in Konya on suspicion of financing the terror group.\n",
            NULL);
    v = &f->events[f->n_events - 1];
    assert_int_equal(v->count, 6);
    assert_int_equal(v->n_targets, 0);
    fnr_facts_free(f);
    f = run("Police detained a PKK suspect in Van.\n\nPolice detained six people in Konya on "
            "suspicion of financing the terror group.\n",
            NULL);
    v = &f->events[f->n_events - 1];
    assert_int_equal(v->count, 6);
    assert_true(names_have(f, v->targets, v->n_targets, "PKK"));
    fnr_facts_free(f);
    f = run("Police detained a PKK suspect in Van.\n\nISIS claimed an attack. Police detained "
            "six people in Konya on suspicion of financing the terror group.\n",
            NULL);
    v = &f->events[f->n_events - 1];
    assert_int_equal(v->count, 6);
    assert_true(names_have(f, v->targets, v->n_targets, "ISIS"));
    fnr_facts_free(f);
    /* a relative clause on the subject dates its own event, not the
     * main clause's arrest */
    static const char *const RELATIVE[] = {
        "A man who carried out the July 2016 attack was arrested on Tuesday.\n",
        "A man suspected of helping the driver of the truck that killed 86 people in Nice in "
        "July 2016 was arrested in Nice on Tuesday.\n",
    };
    for (size_t i = 0; i < sizeof RELATIVE / sizeof *RELATIVE; i++) {
        f = run(RELATIVE[i], "2025-03-12");
        v = find_event(f, FNR_EVENT_ARREST);
        assert_non_null(v);
        assert_string_equal(v->date, "2025-03-11");
        v = find_event(f, FNR_EVENT_ATTACK);
        assert_non_null(v);
        assert_string_equal(v->date, "2016-07");
        fnr_facts_free(f);
    }
    /* a round-up across many provinces was in none of them alone; in the
     * country the report names, when it holds them all */
    f = run("ANKARA\n\nTurkish police detained 47 people suspected of links to ISIS in "
            "operations across 14 provinces.\n\nThe suspects were caught in Istanbul, Ankara, "
            "Izmir, Konya and ten other provinces.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 47);
    assert_int_equal(v->location, -1);
    fnr_facts_free(f);
    /* a closed list of places whose country the report never names: the
     * first of them */
    f = run("Police detained nine suspects in raids in Konya, Kayseri and Sivas.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Konya");
    fnr_facts_free(f);
    f = run("Spain's Guardia Civil arrested four people in Barcelona, Girona and Ceuta.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Spain");
    fnr_facts_free(f);
    /* "The attackers detonated a car bomb ... before storming it": the
     * assault just told, in detail */
    f = run("Al-Shabaab militants attacked a military base in the Middle Shabelle region on "
            "Friday, killing 17 soldiers.\n\nThe attackers detonated a car bomb at the gate of "
            "the base in the town of Mahaday before storming it, a captain said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    /* the detail standing for a lead keeps the group the lead named */
    f = run("MIT has neutralized a senior official of the PKK in northern Syria.\n\nFırat Dicle, "
            "code-named \"Rubar\", was killed in a drone strike near Hasakah on Sunday.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    v = find_event(f, FNR_EVENT_KILL);
    assert_true(names_have(f, v->targets, v->n_targets, "Fırat Dicle"));
    assert_true(names_have(f, v->targets, v->n_targets, "PKK"));
    assert_true(names_have(f, v->actors, v->n_actors, "MIT"));
    fnr_facts_free(f);
    /* what will come is no step taken */
    f = run("Prosecutors will seek charges of membership in a terrorist organization, he said. "
            "The three will be sentenced in May.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* "Of the detained suspects, 17 were caught in Istanbul": the round-up
     * told, broken down; a whole date before a name dates the thing */
    f = run("Police detained 49 suspects in Istanbul and 18 other provinces.\n\nOf the detained "
            "suspects, 17 were caught in Istanbul and nine in Ankara. Türkiye accuses FETÖ of "
            "orchestrating the July 15, 2016 coup attempt.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_string_equal(v->date, "2016-07-15");
    fnr_facts_free(f);
    /* the court's date is not that of the crime a relative tells */
    f = run("The Ankara 4th High Criminal Court on Tuesday sentenced seven members of an ISIS "
            "cell that planned bomb attacks in the capital.\n",
            "2025-06-10");
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_string_equal(v->date, "2025-06-10");
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_string_equal(v->date, "");
    fnr_facts_free(f);
    /* who a suspect was handed over to orders nothing */
    f = run("He was handed over to Turkish police at the border and taken to Istanbul, where a "
            "court later ordered his arrest.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Turkish intelligence"));
    fnr_facts_free(f);
}

/* A bomb maker killed in a strike is a killing, no bombing. */
static void test_bomb_maker_killed(void **state)
{
    (void)state;
    fnr_facts *f = run("The bomb maker was killed in a drone strike in Qamishli.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
}

/* "said on X." ends a sentence: the platform is no initial, and the
 * capture told after it is one of its own. */
static void test_said_on_x_ends_a_sentence(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained 15 suspects in Ankara, the ministry said on X. Gendarmerie "
                       "teams captured 12 more suspects in Izmir on Tuesday.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
}

/* An acronym in brackets after an organisation is the organisation's,
 * there and later, even when a place is spelt so; a name that takes
 * "the" is no person. */
static void test_acronyms_and_articles(void **state)
{
    (void)state;
    fnr_facts *f = run("The case was uncovered by the National Intelligence Service (NIS). The "
                       "NIS said more arrests may follow.\n",
                       NULL);
    const fnr_entity *e = find_entity(f, "NIS");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    assert_true(has_alias(e, "National Intelligence Service"));
    for (size_t i = 0; i < f->n_entities; i++)
        assert_int_not_equal(f->entities[i].type, FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* a shouted dateline is named as the dictionary spells it */
    f = run("Report\n\nBAGHDAD\n\nPolice detained five suspects.\n", NULL);
    e = find_entity(f, "BAGHDAD");
    assert_non_null(e);
    assert_string_equal(e->name, "Baghdad");
    assert_true(has_alias(e, "BAGHDAD"));
    fnr_facts_free(f);
    f = run("The two were convicted by a jury at the Old Bailey. He sent details of the Joint "
            "Chiefs of Staff's command system.\n",
            NULL);
    assert_null(find_entity(f, "Old Bailey"));
    e = find_entity(f, "Joint Chiefs");
    assert_true(!e || e->type != FNR_ENTITY_PERSON);
    fnr_facts_free(f);
}

/* With no place in the sentence, an arrest or a trial by no service or
 * army is placed in the country of the dateline, when the report names
 * it; an inferred place does not pass to the next event. */
static void test_dateline_places(void **state)
{
    (void)state;
    fnr_facts *f = run("Spies convicted\n\nLONDON, March 7 (Reuters) - A man spied for Russia, "
                       "officials said. Two women were convicted by a jury. Russia denied it; "
                       "Russia called it a farce. The United Kingdom expelled a diplomat.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "United Kingdom");
    assert_true(v->location_inferred);
    fnr_facts_free(f);
    /* a line of its own in capitals is a dateline too */
    f = run("Report\n\nANKARA\n\nGendarmerie teams detained 37 suspects across 11 provinces. "
            "Türkiye said the operations go on. Iraq and Iraq's Kurdish region helped.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Türkiye");
    fnr_facts_free(f);
    /* a dateline's date with its year, or a month's dot, is still the
     * dateline's: the city filed from does not act */
    assert_false(
        acts("Raid near Gao\n\nBAMAKO, April 9, 2025 - Soldiers killed Ali Maiga near Gao.",
             FNR_EVENT_KILL, "Bamako"));
    assert_false(acts("Cell held\n\nROME, Feb. 6, 2025 - Carabinieri arrested Luca Neri in Bari.",
                      FNR_EVENT_ARREST, "Rome"));
    /* the year of the dateline counts no one: the number nearer the noun */
    f = run("Cell held\n\nROME, Feb. 6, 2025 - Carabinieri arrested four people in Bari.", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 4);
    fnr_facts_free(f);
}

/* A saved page's byline box may hold the dateline: it places and dates
 * the report as a dateline of the text does; the byline's name stays out.
 * "Izmir, 04.11.2024 -" is a dateline in plain text too. */
static void test_dateline_in_byline(void **state)
{
    (void)state;

    static const struct {
        const char *text, *date;
    } CASES[] = {
        { "<html><body><article><h1>Raids on a cell</h1>"
          "<div class=\"byline\"><span class=\"name\">Deniz Acar</span> IZMIR (Sabah) - </div>"
          "<p>Police detained 14 suspects in raids on Tuesday, officials said.</p>"
          "<p>Türkiye has stepped up its raids against the network this year.</p>"
          "</article></body></html>",
          "" },
        { "<html><body><article><h1>Raids on a cell</h1>"
          "<div class=\"post-byline\">Izmir, 04.11.2024 - Deniz Acar</div>"
          "<p>Police detained 14 suspects in raids on Tuesday, officials said.</p>"
          "<p>Türkiye has stepped up its raids against the network this year.</p>"
          "</article></body></html>",
          "2024-11-04" },
        { "Raids on a cell\n\nIzmir, 04.11.2024 - Police detained 14 suspects in raids on "
          "Tuesday, officials said.\n\nTürkiye has stepped up its raids against the network this "
          "year.\n",
          "2024-11-04" },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        if (strcmp(f->date, CASES[i].date) != 0)
            fail_msg("case %zu: date \"%s\", want \"%s\"", i, f->date, CASES[i].date);
        const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
        if (!v || v->location < 0)
            fail_msg("case %zu: no arrest with a place", i);
        if (strcmp(f->entities[v->location].name, "Türkiye") != 0)
            fail_msg("case %zu: place %s", i, f->entities[v->location].name);
        if (find_entity(f, "Deniz Acar"))
            fail_msg("case %zu: the byline's name is an entity", i);
        fnr_facts_free(f);
    }
}

/* The report's date, from a "date" line, or from the publication line of a
 * byline box the class filter drops when the head gives none; a relative
 * or weekday date resolved against it. */
static void test_document_date_line(void **state)
{
    (void)state;

    static const struct {
        const char *text, *date, *arrest;
    } CASES[] = {
        { "date 2024-01-23 Eight held in raids\n\nPolice detained eight people last month in "
          "Ankara.\n",
          "2024-01-23", "2023-12" },
        { "<html><body><article><h1>Raids on a cell</h1>"
          "<div class=\"byline\">by STAFF <span class=\"date\">Published 14 May 2024, "
          "11:42</span></div>"
          "<p>Police detained 14 suspects in Izmir on Tuesday.</p></article></body></html>",
          "2024-05-14", "2024-05-14" },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        assert_string_equal(f->date, CASES[i].date);
        const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
        assert_non_null(v);
        assert_string_equal(v->date, CASES[i].arrest);
        fnr_facts_free(f);
    }
}

static void test_no_document_date_keeps_relative_unresolved(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained eight people last month in Ankara.", NULL);
    assert_string_equal(f->date, "");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_string_equal(v->date, "");
    fnr_facts_free(f);
}

/* A news page copied from a browser: the report's facts and date, and
 * nothing from the menu, byline, caption or the headlines of other stories. */
static void test_copied_news_page(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Reuters\nWorld\nBusiness\nMarkets\nLegal\n\n"
            "German prosecutors charge two men with spying\n\n"
            "By Anna Keller and Tom Richter\nJune 18, 2025 11:47 AM GMT\nUpdated 2 hours ago\n\n"
            "The court building in Karlsruhe, Germany. REUTERS/Kai Pfaffenbach/File Photo\n\n"
            "BERLIN, June 18 (Reuters) - The men were arrested in April in Bayreuth and have been "
            "in custody since, the prosecutor's office said on Wednesday.\n\n"
            "Advertisement\n\n"
            "Reporting by Anna Keller; Editing by Mark Potter\n\n"
            "Read Next\n"
            "Polish police detain Belarusian over arson plot\n"
            "Kremlin spokesman Dmitry Peskov dismisses sabotage claims\n\n"
            "Sign up here.\n\u00a9 2025 Reuters. All rights reserved\n",
            NULL);
    assert_string_equal(f->date, "2025-06-18");
    assert_non_null(find_entity(f, "Bayreuth"));
    static const char *const gone[] = { "Anna Keller", "Tom Richter",   "Mark Potter",
                                        "Kai",         "Karlsruhe",     "Polish police",
                                        "Kremlin",     "Dmitry Peskov", "Thomson Reuters" };
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
        if (find_entity(f, gone[i])) {
            fail_msg("furniture entity \"%s\"", gone[i]);
        }
    }
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
}

/* A saved page's lists of other stories ("Related", "More from World")
 * give headlines with a teaser sentence each: none of them is the
 * report's; the report that goes on after a box of links is. */
static void test_related_teasers(void **state)
{
    (void)state;
    fnr_facts *f =
        run("<html><body><article><h1>Cell broken up in Samsun</h1>"
            "<p>SAMSUN - Police detained nine suspects linked to the Islamic State group in "
            "raids in Samsun on Friday, officials said.</p></article>"
            "<section><h2>Related</h2><ul>"
            "<li><a href=\"/1\">Troops seize rifles in Hakkari</a>"
            "<p>Troops seized 40 rifles and explosives in a cave in Hakkari on Sunday.</p></li>"
            "<li><a href=\"/2\">Dutch police arrest three over threats</a>"
            "<p>Dutch police arrested three men in Utrecht over threats against a mosque.</p></li>"
            "</ul></section>"
            "<div><h3>More from World</h3><div><a href=\"/3\">Strike kills commander</a></div>"
            "<div>An air strike killed a senior commander near Mosul, officials said.</div>"
            "</div></body></html>",
            NULL);
    assert_int_equal(f->n_events, 1);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    static const char *const gone[] = { "Hakkari", "Dutch police", "Utrecht", "Mosul" };
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (find_entity(f, gone[i]))
            fail_msg("teaser entity \"%s\"", gone[i]);
    fnr_facts_free(f);
    f = run("Cell broken up in Samsun\n\nSAMSUN - Police detained nine suspects in raids in Samsun "
            "on Friday, officials said.\n\nRead more\nTroops seize rifles in Hakkari\n\n"
            "Prosecutors charged four of the suspects on Saturday.\n\nThe raids followed a tip "
            "from the gendarmerie, the statement added.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    assert_null(find_entity(f, "Hakkari"));
    fnr_facts_free(f);
}

/* A page of generic divs: no fact comes from its glued menu, its links to
 * other stories, the author's bio or the site's word on itself. */
static void test_generic_page_furniture(void **state)
{
    (void)state;
    fnr_facts *f =
        run("<html><head><title>Cell leader held near Damascus | Levant Wire</title></head><body>"
            "<div class=\"a1\"><a href=\"/w\">World News</a><a href=\"/p\">Politics</a>"
            "<a href=\"/s\">Sports</a></div>"
            "<div class=\"b\"><h1>Cell leader held near Damascus</h1>"
            "<p>BEIRUT - Syrian security forces captured the leader of an Islamic State cell in a "
            "raid on a farm near Damascus, the Interior Ministry said on Tuesday.</p>"
            "<p>Explosive belts and rifles were found at the farm, the ministry said.</p>"
            "<div class=\"c\"><div>More coverage</div><div><a href=\"/1\">Iraqi court sentences "
            "12 militants to death in Baghdad</a></div></div>"
            "<div class=\"d\"><div>RANA HADDAD</div><div>Rana Haddad covers Syria and Jordan for "
            "Levant Wire, based in Amman.</div></div>"
            "<div>Levant Wire is an independent news agency founded in Beirut in 1998.</div>"
            "</div></body></html>",
            NULL);
    assert_non_null(find_entity(f, "Damascus"));
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    static const char *const gone[] = { "World News", "Baghdad", "Rana Haddad", "Amman",
                                        "Levant Wire" };
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (find_entity(f, gone[i]))
            fail_msg("furniture entity \"%s\"", gone[i]);
    fnr_facts_free(f);
}

static void test_deterministic(void **state)
{
    (void)state;
    const char *text = "MIT captured Abu Talha al-Shami in Mersin. Daesh [ISIS] denied it.";
    char *a = NULL, *b = NULL;
    size_t la, lb;
    fnr_error err;
    fnr_facts *f1 = run(text, NULL), *f2 = run(text, NULL);
    assert_int_equal(fnr_facts_to_json(f1, 0, &a, &la, &err), FNR_OK);
    assert_int_equal(fnr_facts_to_json(f2, 0, &b, &lb, &err), FNR_OK);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    free(a);
    free(b);
    fnr_facts_free(f1);
    fnr_facts_free(f2);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    const char bad[] = "Police detained \xC3\x28 suspects.";
    fnr_facts *f = NULL;
    fnr_error err;
    fnr_extract_opts o = { 0 };
    assert_int_equal(fnr_extract(X, bad, sizeof bad - 1, &o, &f, &err), FNR_BADINPUT);
    assert_null(f);
    assert_int_equal(err.offset, 16);
    o.lenient = true;
    assert_int_equal(fnr_extract(X, bad, sizeof bad - 1, &o, &f, &err), FNR_OK);
    assert_int_equal(f->text_len, sizeof bad - 1);
    fnr_facts_free(f);
}

static void test_too_big(void **state)
{
    (void)state;
    fnr_facts *f = NULL;
    fnr_error err;
    fnr_extract_opts o = { 0 };
    o.max_bytes = 10;
    assert_int_equal(fnr_extract(X, "0123456789AB", 12, &o, &f, &err), FNR_TOOBIG);
    assert_null(f);
}

/* The digest taken with the processor's SHA extensions (where there are
 * some) is libsodium's, for every length around the block boundaries and
 * for a long input; and it is the one the facts carry. */
static void test_sha256(void **state)
{
    (void)state;
    assert_true(sodium_init() >= 0);
    static unsigned char buf[4099];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 131 + (i >> 7) * 17);
    for (size_t len = 0; len < sizeof buf; len += len < 300 ? 1 : 61) {
        uint8_t a[32], b[32];
        fnr__sha256(buf, len, a, false);
        fnr__sha256(buf, len, b, true);
        assert_memory_equal(a, b, 32);
    }
    const char text[] = "Police detained 12 suspects in Ankara.";
    uint8_t want[32];
    crypto_hash_sha256(want, (const unsigned char *)text, sizeof text - 1);
    char hex[65];
    for (size_t i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", want[i]);
    fnr_facts *f = NULL;
    fnr_error err;
    assert_int_equal(fnr_extract(X, text, sizeof text - 1, NULL, &f, &err), FNR_OK);
    assert_string_equal(f->sha256, hex);
    fnr_facts_free(f);
}

/* An extradition on an Interpol red notice is Interpol's legal step as
 * well as the state's; whoever asked for the step ("at the request of
 * Türkiye") took it; a notice's capitals name no one. */
/* "The court sentenced seven defendants": one legal step, seven tried,
 * however the sentence puts it. */
static void test_one_sentencing_of_seven(void **state)
{
    (void)state;
    static const char *const TEXTS[] = {
        "The court in Konya sentenced seven defendants to life in prison on Monday.\n",
        "Seven defendants were sentenced to life in prison in Konya on Monday.\n",
        "In Konya, a court handed down life sentences to seven defendants.\n",
        "Seven defendants, including two women, were sentenced to life in Konya.\n",
    };
    for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) {
        fnr_facts *f = run(TEXTS[i], NULL);
        if (n_events(f, FNR_EVENT_LEGAL_ACTION) != 1)
            fail_msg("case %zu: %zu legal steps", i, n_events(f, FNR_EVENT_LEGAL_ACTION));
        const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
        if (v->count != 7)
            fail_msg("case %zu: count %ld", i, v->count);
        fnr_facts_free(f);
    }
    /* the guilt and the punishment of one person told apart: one verdict */
    fnr_facts *f = run("A Kyrgyz man, Bakyt Osmonov, was sentenced to 18 years in prison by a "
                       "court in Kazan on Friday. He had been found guilty of recruiting for "
                       "ISKP.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* ... but a verdict in March and a sentence in May are two steps */
    f = run("A court convicted Bakyt Osmonov of recruiting for ISKP in March 2025. He was "
            "sentenced to 18 years in May 2025.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 2);
    fnr_facts_free(f);
}

static void test_requested_and_noticed(void **state)
{
    (void)state;

    static const struct {
        const char *text, *actor, *target;
    } CASES[] = {
        { "Kaan Demir was extradited from Moldova on an Interpol Red Notice.\n", "Interpol",
          "Kaan Demir" },
        { "Moldova handed Kaan Demir over under an Interpol red notice on Friday.\n", "Interpol",
          "Kaan Demir" },
        { "Kaan Demir was extradited to Greece through an Interpol red notice.\n", "Interpol",
          "Kaan Demir" },
        { "Moldova extradited two PKK suspects at the request of Türkiye.\n", "Türkiye", "PKK" },
        { "Kaan Demir was deported from Moldova at Türkiye's request.\n", "Türkiye", "Kaan Demir" },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
        if (!v)
            fail_msg("case %zu: no legal_action", i);
        if (!names_have(f, v->actors, v->n_actors, CASES[i].actor))
            fail_msg("case %zu: %s is no actor", i, CASES[i].actor);
        if (!names_have(f, v->targets, v->n_targets, CASES[i].target))
            fail_msg("case %zu: %s is no target", i, CASES[i].target);
        if (find_entity(f, "Red Notice"))
            fail_msg("case %zu: \"Red Notice\" is an entity", i);
        fnr_facts_free(f);
    }
    /* the one who asks for an arrest did not make it */
    fnr_facts *f = run("Police in Chisinau detained Kaan Demir at the request of Türkiye.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Türkiye"));
    fnr_facts_free(f);
}

/* Who stops an attack plans none of it: the plotters are whoever the
 * sentence says plans; the threat of attacks in general is no plot. */
static void test_who_averts_plots_nothing(void **state)
{
    (void)state;

    static const struct {
        const char *text, *plotter, *not_plotter;
    } CASES[] = {
        { "Iran denied it. Ulf Kristersson spoke about averting Iranian attacks on Swedish soil.\n",
          "Iran", "Ulf Kristersson" },
        { "Ulf Kristersson vowed to prevent attacks on synagogues.\n", NULL, "Ulf Kristersson" },
        { "Kerem Aydın foiled a plot by ISIS to bomb a church.\n", "ISIS", "Kerem Aydın" },
        { "Kerem Aydın, who thwarted the attacks, said they were planned by ISIS.\n", NULL,
          "Kerem Aydın" },
        /* ... and one stopped is still the plotter */
        { "Police stopped Kerem Aydın, who was planning attacks on churches.\n", "Kerem Aydın",
          NULL },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        const fnr_event *v = find_event(f, FNR_EVENT_PLOT);
        if (!v)
            fail_msg("case %zu: no plot", i);
        if (CASES[i].plotter && !names_have(f, v->actors, v->n_actors, CASES[i].plotter))
            fail_msg("case %zu: %s is no plotter", i, CASES[i].plotter);
        if (CASES[i].not_plotter && names_have(f, v->actors, v->n_actors, CASES[i].not_plotter))
            fail_msg("case %zu: %s is a plotter", i, CASES[i].not_plotter);
        fnr_facts_free(f);
    }
    fnr_facts *f = run("Iran denied it. Ulf Kristersson praised the pact for easing the threats of "
                       "Iranian bomb attacks on ports.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
}

/* "a X and six others" counts the one and the six. */
static void test_one_and_others(void **state)
{
    (void)state;
    fnr_facts *f = run("Gendarmes caught a PKK \"courier\" and four others near Van.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 5);
    fnr_facts_free(f);
    f = run("Gendarmes caught an alleged smuggler and two others near Van.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
}

/* "the July 15 coup attempt" is the 2016 one in a report of any year, and
 * one past event named twice by its day is one event. */
static void test_day_named_event(void **state)
{
    (void)state;
    fnr_facts *f = run("Prosecutors tied the network to the July 15 coup attempt. Later, "
                       "they said the July 15 coup attempt left 250 dead.\n",
                       "2023-02-10");
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_string_equal(v->date, "2016-07-15");
    fnr_facts_free(f);
    f = run("Militants stormed a checkpoint on June 3 in Hakkari, killing two guards. "
            "The June 3 attack was the deadliest this year.\n",
            "2023-09-10");
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
}

/* An active "targeted" told as done is an attack: a cyber strike, one
 * with its effect after a comma, one with its means; planned or ongoing
 * it stays a plot. */
static void test_targeted_as_done(void **state)
{
    (void)state;

    static const struct {
        const char *text;
        fnr_event_type type;
    } CASES[] = {
        { "Hackers tied to Moscow targeted the servers of a Latvian bank in May 2021.\n",
          FNR_EVENT_ATTACK },
        { "The militants targeted an army post in Hakkari, wounding three soldiers.\n",
          FNR_EVENT_ATTACK },
        { "The militants targeted an army post in Hakkari with mortars.\n", FNR_EVENT_ATTACK },
        { "The militants were targeting an army post in Hakkari.\n", FNR_EVENT_PLOT },
        { "The militants planned to strike police and targeted an army post in Hakkari.\n",
          FNR_EVENT_PLOT },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, "2024-02-01");
        if (!find_event(f, CASES[i].type))
            fail_msg("case %zu: no %s", i, fnr_event_type_name(CASES[i].type));
        fnr_facts_free(f);
    }
}

/* A capture told in a lead and again in detail is one arrest, whoever
 * the detail's "he" is and whatever clause names the lead's actor; "his
 * capture" later points back to it; a capture in another year is another. */
static void test_capture_told_twice(void **state)
{
    (void)state;
    /* an unnamed one told again by "The teenager was ..." is one arrest,
     * the detailed sentence standing for it */
    fnr_facts *t = run("Police arrested a 16-year-old on Monday over a plan to bomb a festival.\n\n"
                       "The teenager was detained in Linz after a tip from abroad.\n",
                       NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    const fnr_event *tv = find_event(t, FNR_EVENT_ARREST);
    assert_true(tv->location >= 0);
    assert_string_equal(t->entities[tv->location].name, "Linz");
    fnr_facts_free(t);
    /* ... and so is "The man, identified as X, was detained along with two
     * aides": one capture of three */
    t = run("The CTS said it had captured a senior Islamic State commander near Kirkuk.\n\nThe "
            "man, identified as Hamid al-Dulaimi, was detained along with two aides in Hawija.\n",
            NULL);
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    tv = find_event(t, FNR_EVENT_ARREST);
    assert_int_equal(tv->count, 3);
    assert_true(names_have(t, tv->targets, tv->n_targets, "Hamid al-Dulaimi"));
    fnr_facts_free(t);
    /* the detail that stands for the lead keeps the lead's date */
    t = run("Report\n\nSecurity across the eastern provinces has been tightened ahead of the "
            "holidays, officials said.\n\nPolice arrested a PKK suspect in Van on Tuesday.\n\n"
            "The suspect, identified as R.T., was caught at a house in the Tuşba district.\n",
            "2025-08-14");
    assert_int_equal(n_events(t, FNR_EVENT_ARREST), 1);
    assert_string_equal(find_event(t, FNR_EVENT_ARREST)->date, "2025-08-12");
    fnr_facts_free(t);
    fnr_facts *f = run("Turkish intelligence captured a senior PKK bomb maker, officials said on "
                       "Friday.\n\nThe National Intelligence Organization (MİT) followed Rıza "
                       "Demirtaş for months before he was caught with the help of Van police in "
                       "Erciş on Wednesday.\n\nDemirtaş had been detained in Iraq in 2019 but "
                       "was freed.\n\nHe had planned to bomb a bus terminal before his "
                       "capture.\n",
                       "2024-03-09");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->targets, v->n_targets, "Rıza Demirtaş"));
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_int_equal(v->count, 1);
    fnr_facts_free(f);
    /* "He was caught" counts the one named before once */
    f = run("Gendarmes searched for Ali Kaya for weeks. He was caught in Van on Monday.\n",
            "2024-05-09");
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 1);
    fnr_facts_free(f);
}

/* No event from a closing "officials warned", a source "the indictment
 * said", or a record of "numerous attacks" over the years; a "terrorist
 * group" counts no person. */
static void test_background_and_sources(void **state)
{
    (void)state;
    fnr_facts *f = run("The cell remains able to strike in the south, the governor warned on "
                       "Monday.\n",
                       "2024-05-09");
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 0);
    fnr_facts_free(f);
    f = run("The gendarmerie passed the reports to police in May, the indictment said.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    f = run("Boko Haram has staged numerous attacks in Borno in recent years.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    f = run("Ankara lists the DHKP-C, which the EU designates a terrorist group, too.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_true(!v || v->count < 0);
    fnr_facts_free(f);
}

/* A named operation is a military_operation beside the capture or the
 * killing done in it; its name is none of its parties. */
static void test_named_operation(void **state)
{
    (void)state;
    static const char *const TEXTS[] = {
        "In Operation Winter Hawk, gendarmes killed four PKK members near Şemdinli.\n",
        "Gendarmes caught nine suspects in an operation codenamed Kartal.\n",
        "In the raids, dubbed Operation Anvil, police detained 31 suspects.\n",
    };
    for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) {
        fnr_facts *f = run(TEXTS[i], NULL);
        const fnr_event *v = find_event(f, FNR_EVENT_MILITARY_OPERATION);
        if (!v)
            fail_msg("case %zu: no military_operation", i);
        if (names_have(f, v->targets, v->n_targets, "Kartal"))
            fail_msg("case %zu: the name is a target", i);
        fnr_facts_free(f);
    }
}

/* Who carried out an attack told in a relative clause acts in it; "both"
 * and "two of his associates" are counts. */
static void test_who_attacked_and_counts(void **state)
{
    (void)state;
    fnr_facts *f = run("Three ISIS members who attacked a police post in Kilis were named as "
                       "Hasan Tunç and Veli Aksoy.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Hasan Tunç"));
    assert_true(names_have(f, v->actors, v->n_actors, "ISIS"));
    assert_false(names_have(f, v->targets, v->n_targets, "Veli Aksoy"));
    fnr_facts_free(f);
    f = run("Both gunmen were killed by gendarmes.\n", NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
    f = run("Gendarmes detained Eren Bal and three of his associates in Kars.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 4);
    fnr_facts_free(f);
}

/* "She" or "He" opening a sentence that spies or plots is the person who
 * opened the sentence before. */
static void test_pronoun_acts(void **state)
{
    (void)state;
    assert_true(acts("Derya Kılıç took orders from a handler in Tehran. She then spied on "
                     "dissidents in Ankara for Iran.\n",
                     FNR_EVENT_ESPIONAGE, "Derya Kılıç"));
    assert_true(acts("Burak Şen bought a pistol in Hatay. He also planned an attack on a "
                     "church in Mersin.\n",
                     FNR_EVENT_PLOT, "Burak Şen"));
    /* "He was arrested" after a paragraph of one sentence that named him */
    assert_true(takes_part("Jonas K. scouted rail lines for the GRU.\n\nHe was arrested in "
                           "Kassel in May.\n",
                           FNR_EVENT_ARREST, "Jonas K.", true));
}

/* An attack named by a past year happened, whatever word stands before;
 * "among those caught" is some of the caught; an attack counts the dead
 * it killed, not the attackers. */
static void test_attacks_and_parts(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Gendarmes caught a bomb maker sought for a deadly 2015 attack.\n", "2024-06-01");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_non_null(find_event(f, FNR_EVENT_ATTACK));
    fnr_facts_free(f);
    f = run("Gendarmes detained 212 suspects in Adana. A 9-member cell was among those "
            "caught.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    f = run("Three gunmen attacked a wedding in Siirt, killing at least six guests.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 6);
    fnr_facts_free(f);
}

/* "arrested him" is the one the sentence before opened with, a capture in
 * another month is another capture; "The cell" scouting is the plot told;
 * "Dozens of suspects have been extradited in recent years" is no event. */
static void test_him_cell_and_record(void **state)
{
    (void)state;
    fnr_facts *f = run("Title\n\nKerem Tan was handed over to police in Edirne on Sept. 14.\n\n"
                       "Bulgarian police had detained him in Sofia in June.\n",
                       "2023-09-20");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    for (size_t i = 0; i < f->n_events; i++)
        assert_true(names_have(f, f->events[i].targets, f->events[i].n_targets, "Kerem Tan"));
    fnr_facts_free(f);
    f = run("Police foiled a plot by an ISIS cell to bomb a synagogue in Izmir. The cell, "
            "run from Idlib, had scouted the building for weeks.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    f = run("Dozens of ISIS suspects have been deported from Türkiye in recent years.\n", NULL);
    assert_int_equal(f->n_events, 0);
    fnr_facts_free(f);
}

/* One unnamed person joined by "and" to a count is one more: "two Syrians
 * and an Iraqi", "the cell's leader and 11 members". */
static void test_one_more_by_and(void **state)
{
    (void)state;

    static const struct {
        const char *text;
        long count;
    } CASES[] = {
        { "Gendarmes detained four Afghans and a Pakistani in Van.\n", 5 },
        { "Gendarmes detained the ring's leader and nine members in Van.\n", 10 },
        { "Gendarmes detained nine members and the ring's leader in Van.\n", 10 },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
        if (!v || v->count != CASES[i].count)
            fail_msg("case %zu: count %ld", i, v ? (long)v->count : -9L);
        fnr_facts_free(f);
    }
}

/* What did not happen and what is only demanded are no events. */
static void test_negated_and_demanded(void **state)
{
    (void)state;
    static const char *const TEXTS[] = {
        "Nobody has been detained over the shooting, gendarmes said.\n",
        "No one was detained, the governor said.\n",
        "The opposition called for the arrest of the mayor.\n",
    };
    for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) {
        fnr_facts *f = run(TEXTS[i], NULL);
        if (n_events(f, FNR_EVENT_ARREST))
            fail_msg("case %zu: an arrest", i);
        fnr_facts_free(f);
    }
}

/* A toll in one clause is no count of a capture in the next, nor a count
 * of the next clause's subject added to it. */
static void test_counts_by_clause(void **state)
{
    (void)state;
    fnr_facts *f = run("Four gunmen were killed and three were captured, gendarmes said.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
    f = run("The bombing killed 41 people and 18 suspects were detained.\n", NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 41);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 18);
    fnr_facts_free(f);
}

/* A warning names its recipients before what it told; a tip-off acted on
 * shares nothing of its own; "and" with a body that acts opens a clause;
 * "a fifth was captured" counts one; "to carry out ... attacks" and a past
 * year after the attack. */
static void test_warnings_and_clauses(void **state)
{
    (void)state;
    fnr_facts *f = run("The AIVD warned the security services of Belgium and France that an "
                       "ISIS cell was preparing attacks.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Belgium"));
    assert_true(names_have(f, v->targets, v->n_targets, "France"));
    fnr_facts_free(f);
    f = run("Warning to Benelux\n\nThe Netherlands and Belgium raised their threat levels. MİT "
            "warned Dutch and Belgian intelligence that the cell was armed.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Netherlands"));
    assert_true(names_have(f, v->targets, v->n_targets, "Belgium"));
    fnr_facts_free(f);
    f = run("Threat to Sweden\n\nMİT warned Swedish security police about a planned attack on "
            "a synagogue in Malmö in 2026.\n",
            "2025-10-01");
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Sweden"));
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* the body ", which" stands for is the one who told */
    f = run("Spain thanked Jordan\n\nThe raid was carried out with Jordan's General "
            "Intelligence Directorate (GID), which had alerted Spanish authorities to the "
            "cell.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "GID"));
    fnr_facts_free(f);
    /* who comes after the source's words is told of, not plotted against */
    f = run("The attack on the port was foiled, the service said, adding that it had shared its "
            "findings with NATO and the European Union.\n",
            NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0); /* foiled, so no attack */
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "NATO"));
    fnr_facts_free(f);
    f = run("Acting on the tip-off, Belgian police detained two men in Antwerp.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    f = run("Belgian police detained a Moroccan national in Brussels and Dutch police raided two "
            "homes in Rotterdam, detaining three men.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *a = &f->events[i];
        assert_int_equal(a->n_targets, 0); /* neither police is the other's catch */
        assert_int_equal(
            a->count,
            a->location >= 0 && strcmp(f->entities[a->location].name, "Rotterdam") == 0 ? 3 : 1);
    }
    fnr_facts_free(f);
    f = run("Four fighters were killed and a fifth was captured near Raqqa.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_KILL)->count, 4);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 1);
    fnr_facts_free(f);
    f = run("Three of the detainees were released under judicial control, while the other six "
            "were remanded in custody.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->count, 6);
    fnr_facts_free(f);
    f = run("Of those captured, 412 were formally arrested by courts.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_LEGAL_ACTION)->count, 412);
    fnr_facts_free(f);
    /* a spy ring rolled up: its members caught; a bomb dismantled: no one */
    f = run("A 15-person spy ring working for Russia was rolled up after an 18-month "
            "operation.\n",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 15);
    fnr_facts_free(f);
    f = run("Sappers dismantled a bomb near the school. Officials praised efforts in "
            "dismantling the networks of the group.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    fnr_facts_free(f);
    /* the same number caught in another month, or other ones, is another
     * capture */
    f = run("Police detained twelve ISIS suspects in March 2024. In October 2024, gendarmes "
            "detained twelve PKK suspects.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    fnr_facts_free(f);
    /* a list of districts a city owns happened in the city */
    f = run("Police detained 14 suspects in raids in Ankara's Çankaya, Keçiören and Yenimahalle "
            "districts.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Ankara");
    fnr_facts_free(f);
    /* the verb left out of a second half takes others somewhere else */
    f = run("Police detained Ahmet Kaya in Ankara and Mehmet Demir in Izmir. Gendarmes captured "
            "12 suspects in Mardin on Monday and eight more in Batman on Tuesday.\n",
            "2026-02-12");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 4);
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *a = &f->events[i];
        assert_true(a->location >= 0);
        const char *at = f->entities[a->location].name;
        long want = strcmp(at, "Mardin") == 0 ? 12 : strcmp(at, "Batman") == 0 ? 8 : 1;
        assert_int_equal(a->count, want);
        if (strcmp(at, "Batman") == 0)
            assert_string_equal(a->date, "2026-02-10"); /* the half's own day */
    }
    fnr_facts_free(f);
    f = run("Six were detained in Izmir.\n", NULL);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 6);
    fnr_facts_free(f);
    f = run("He had agreed with a handler to carry out bomb and arson attacks on depots in "
            "Poland.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* "involved in the 2021 attack" names one past attack; "involved in
     * attacks" none */
    f = run("Kaya was involved in the 2021 attack in the Nusaybin district.\n", "2025-05-01");
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_string_equal(v->date, "2021");
    fnr_facts_free(f);
    f = run("Kaya was involved in attacks on security forces.\n", "2025-05-01");
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* the spies are those suspected, not who caught them */
    f = run("Iran and its agents\n\nTurkish intelligence and police detained nine people "
            "suspected of spying on "
            "dissidents on behalf of Iran's intelligence services.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Turkish intelligence"));
    assert_true(names_have(f, v->actors, v->n_actors, "Iran"));
    fnr_facts_free(f);
    /* "had planned the 2019 attack": the attack took place, no plot */
    f = run("The commander had planned the 2019 attack on a hotel in Nairobi that killed 21 "
            "people.\n",
            "2026-08-21");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 21);
    fnr_facts_free(f);
    /* the agent of a noun before the trigger takes no part in it; a
     * participle's agent does ("a drone operated by MİT killed") */
    f = run("The Shin Bet said it had foiled a plot by Iranian intelligence to kill a scientist, "
            "arresting seven people. A drone operated by MİT killed Ali Kaya in Idlib.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Iranian intelligence"));
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    fnr_facts_free(f);
    /* "said on Sunday that its forces ...": the source acts; a place of a
     * range of mountains is the province's */
    f = run("The Kurdistan Region Security Council (KRSC) said on Sunday that its forces had "
            "dismantled a cell in Erbil, arresting five of its members. Troops killed three "
            "militants in the Hamrin mountains of Diyala province.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "KRSC"));
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Diyala");
    fnr_facts_free(f);
    /* a body's name before its documents is no party; the state that owns
     * the service told of is no place */
    f = run("A Dutch court sentenced a former sergeant to eight years in prison for passing "
            "classified NATO documents to Russia's GRU.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "NATO"));
    assert_true(v->location < 0 || strcmp(f->entities[v->location].name, "Russia") != 0);
    fnr_facts_free(f);
    /* the author of what a verb acts on is not its agent */
    f = run("The court sentenced seven officers for their role in the 2016 coup attempt "
            "orchestrated by FETÖ.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "FETÖ"));
    fnr_facts_free(f);
    /* the one a person advised takes no part */
    f = run("Fuad Shukr, a senior adviser to Hezbollah leader Hassan Nasrallah, had been wanted "
            "by the United States.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Hassan Nasrallah"));
    assert_int_equal(v->count, 1);
    fnr_facts_free(f);
    /* the one whose courier was caught takes no part */
    f = run("Investigators said Abu Bakr al-Baghdadi's courier, Ismail al-Ithawi, was captured "
            "in Sakarya.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 1);
    assert_true(names_have(f, v->targets, v->n_targets, "Ismail al-Ithawi"));
    assert_int_equal(v->count, 1);
    fnr_facts_free(f);
    /* what was about to happen did not: a plot at most */
    f = run("The militants were about to attack a checkpoint when troops intervened. Police said "
            "he was about to be arrested.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    fnr_facts_free(f);
    /* "were hired to kill": those hired plot, they are not the targets */
    f = run("Rafat Amirov and Polad Omarov were hired to kill a dissident in Vienna.\n", NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Rafat Amirov"));
    assert_false(names_have(f, v->targets, v->n_targets, "Rafat Amirov"));
    fnr_facts_free(f);
    f = run("The man was wanted for a series of shootings in Marseille in 2019.\n", "2025-05-01");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_string_equal(v->date, "2019");
    fnr_facts_free(f);
}

/* A holiday is a date, no one's name: "Victory Day parades", "on New
 * Year's Eve", "Republic Day celebrations". */
static void test_holidays_are_no_names(void **state)
{
    (void)state;
    fnr_facts *f = run("Police arrested two men ahead of Victory Day parades in Ankara. The cell "
                       "had planned attacks on New Year's Eve and during Republic Day "
                       "celebrations in Izmir.\n",
                       NULL);
    for (size_t i = 0; i < f->n_entities; i++)
        if (f->entities[i].type == FNR_ENTITY_PERSON)
            fail_msg("person \"%s\"", f->entities[i].name);
    assert_null(find_entity(f, "Victory Day"));
    assert_null(find_entity(f, "Republic Day"));
    assert_non_null(find_entity(f, "Izmir"));
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 0);
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
}

/* The two sides of an event are no associates: the service and the man it
 * captured; two men it captured together are. */
static void test_captor_is_no_associate(void **state)
{
    (void)state;
    fnr_facts *f = run("MİT captured Kerem Yaman and Arda Soylu of Daesh in Adana.\n", NULL);
    assert_non_null(find_event(f, FNR_EVENT_ARREST));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "MİT", "Kerem Yaman"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Kerem Yaman", "MİT"));
    assert_true(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Kerem Yaman", "Arda Soylu") ||
                has_relation(f, FNR_REL_ASSOCIATED_WITH, "Arda Soylu", "Kerem Yaman"));
    fnr_facts_free(f);
    /* the service that tracked the one police took is on the catching
     * side; "him" after "before police detained" is the one tracked */
    f = run("MİT had been tracking Selim Durmaz for weeks before police detained him in "
            "Bağcılar.\n",
            NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Selim Durmaz"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "MİT", "Selim Durmaz"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Selim Durmaz", "MİT"));
    fnr_facts_free(f);
    /* nor in another sentence of the report that names both */
    f = run("MİT captured Yunus Karaca in Idlib on Monday.\n\nMİT had followed Karaca for two "
            "years with help from the gendarmerie.\n",
            NULL);
    assert_non_null(find_event(f, FNR_EVENT_ARREST));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "MİT", "Yunus Karaca"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Yunus Karaca", "MİT"));
    fnr_facts_free(f);
    /* one taken as a spy of a service stays its associate */
    f = run("Police detained Ivan Sokolov, who is suspected of spying for the GRU, in Vilnius.\n",
            NULL);
    assert_true(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Ivan Sokolov", "GRU") ||
                has_relation(f, FNR_REL_ASSOCIATED_WITH, "GRU", "Ivan Sokolov"));
    fnr_facts_free(f);
}

/* "in the rebel-held town of al-Bab in Aleppo province": the town, whoever
 * holds it. */
static void test_held_places(void **state)
{
    (void)state;
    /* a court's seat, not where the crimes it tried were committed */
    fnr_facts *kf =
        run("The court in Turku convicted Samir Haddad of crimes committed in Homs.\n", NULL);
    const fnr_event *kv = find_event(kf, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(kv);
    assert_true(kv->location >= 0);
    assert_string_equal(kf->entities[kv->location].name, "Turku");
    fnr_facts_free(kf);
    /* where someone fled to is not where he was tried */
    fnr_facts *ff =
        run("Karim Saleh, who had fled to Algeria, was convicted in his absence.\n", NULL);
    const fnr_event *fv = find_event(ff, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(fv);
    assert_int_equal(fv->location, -1);
    fnr_facts_free(ff);
    /* a place after the crime a charge names is the crime's */
    fnr_facts *cf =
        run("A judge charged three men over the bombing of a mosque in Bergen.\n", NULL);
    const fnr_event *cv = find_event(cf, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(cv);
    assert_true(cv->location < 0 || strcmp(cf->entities[cv->location].name, "Bergen") != 0);
    fnr_facts_free(cf);
    /* a place in a fronted "Since ..." clause frames a time, no place */
    fnr_facts *sf =
        run("Since the war in Yemen began, Saudi police have detained 40 suspects.\n", NULL);
    const fnr_event *sv = find_event(sf, FNR_EVENT_ARREST);
    assert_non_null(sv);
    assert_int_equal(sv->location, -1);
    fnr_facts_free(sf);
    fnr_facts *f = run("A car bomb exploded in the rebel-held town of al-Bab in Aleppo province, "
                       "killing four civilians. Troops killed two gunmen in the "
                       "Kurdish-controlled city of Manbij.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "al-Bab");
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Manbij");
    fnr_facts_free(f);
}

/* A place inside an apposition to the one sentenced tells of that person:
 * the court's city is the place; a closed apposition leaves the place
 * after it alone. */
static void test_place_in_apposition(void **state)
{
    (void)state;
    fnr_facts *f = run("A Konya court on Monday sentenced Yusuf Demirel, a former PKK "
                       "commander responsible for attacks in Hakkari, to life in prison.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Konya");
    fnr_facts_free(f);
    f = run("MİT captured Ali Kaya, a Daesh member, in Idlib.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Idlib");
    fnr_facts_free(f);
}

/* Names that general rules cut or misread: a middle initial, a particle
 * between a given name and a surname that are also towns, a month's name
 * as a given name after "to", a company's dotted legal form, "Balkan" */
static void test_names_cut_or_misread(void **state)
{
    (void)state;
    fnr_facts *f = run("Deputy Attorney General Laura B. Kessler said the engineer had been "
                       "charged.\n",
                       NULL);
    const fnr_entity *e = find_entity(f, "Laura B. Kessler");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    fnr_facts_free(f);
    /* a withheld surname before a sentence opened by a plural stays short */
    f = run("Police detained Kerem T. Investigators believe he led the cell.\n", NULL);
    assert_non_null(find_entity(f, "Kerem T."));
    fnr_facts_free(f);
    f = run("Service chief Charlotte von Essen warned of sabotage by foreign agents.\n", NULL);
    e = find_entity(f, "Charlotte von Essen");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    assert_null(find_entity(f, "Charlotte"));
    assert_null(find_entity(f, "Essen"));
    fnr_facts_free(f);
    f = run("The officer sold phone records to Jan Marsalek and August Hanning.\n", NULL);
    e = find_entity(f, "Jan Marsalek");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    assert_non_null(find_entity(f, "August Hanning"));
    fnr_facts_free(f);
    /* a nom de guerre told first (a heading) does not name a man whose
     * real name the text gives */
    f = run("Commander known as Abu Layth killed in strike\n\nA strike killed Samir Haddad. "
            "Haddad, whose nom de guerre was Abu Layth, led the unit.\n",
            NULL);
    e = find_entity(f, "Abu Layth");
    assert_non_null(e);
    assert_string_equal(e->name, "Samir Haddad");
    fnr_facts_free(f);
    /* a surname's initial told again keeps its period */
    f = run("Police detained Kemal Ş. in Bursa. Ş. had wired money to the cell.\n", NULL);
    e = find_entity(f, "Kemal Ş.");
    assert_non_null(e);
    assert_true(has_alias(e, "Ş."));
    fnr_facts_free(f);
    /* a province's name, then a surname no list knows: a person */
    f = run("Police in Karachi arrested Salahuddin Qureshi, a militant commander.\n", NULL);
    e = find_entity(f, "Salahuddin Qureshi");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    fnr_facts_free(f);
    /* a body the dictionary names for one state, "of" another place */
    f = run("The People's Liberation Army of Kurdistan claimed the ambush.\n", NULL);
    e = find_entity(f, "People's Liberation Army of Kurdistan");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    f = run("Staff at the Consulate General of Iran in Hamburg were questioned.\n", NULL);
    e = find_entity(f, "Consulate General of Iran");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* a body's full name with "and" in it is one name, its acronym its alias */
    f = run("The officer had worked for the Federal Office for the Protection of the "
            "Constitution and Counterterrorism (BVT) until 2021.\n",
            NULL);
    e = find_entity(f, "BVT");
    assert_non_null(e);
    assert_string_equal(
        e->name, "Federal Office for the Protection of the Constitution and Counterterrorism");
    assert_null(find_entity(f, "Counterterrorism"));
    fnr_facts_free(f);
    /* "from March to May" still leads a date */
    f = run("The hearings ran from March to May Erdem said.\n", NULL);
    assert_null(find_entity(f, "May Erdem"));
    fnr_facts_free(f);
    f = run("The rifles were bought by Drini Metal Sh.p.k., a firm in Tirana.\n", NULL);
    e = find_entity(f, "Drini Metal Sh.p.k.");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    f = run("Smugglers moved the recruits along the Balkan route into Austria.\n", NULL);
    assert_null(find_entity(f, "Balkan"));
    fnr_facts_free(f);
}

/* Events that general rules mistyped or gave the wrong parties */
/* Shapes from reports of East Africa, South-East Asia and Britain. */
static void test_sources_sieges_and_escapes(void **state)
{
    (void)state;
    /* the one a statement is from is the source, not the attacked */
    fnr_facts *f = run("The militants attacked a police camp in Mangai on Saturday, wounding three "
                       "officers, according to a statement from Interior Minister Amos Wekesa.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 0);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    /* an arrest resisted or escaped did not happen */
    f = run("Officers shot dead a gunman who resisted arrest in Makassar.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    fnr_facts_free(f);
    f = run("The bomb maker fled to Malaysia to evade capture in 2019.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    fnr_facts_free(f);
    /* an island is where things happen "on"; a charge an arrest was made
     * on is no legal step of its own */
    f = run("Greek police arrested four people on espionage charges on the island of Lesbos.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Lesbos") == 0);
    fnr_facts_free(f);
    f = run("In 2021, Greece detained a ship's cook on Crete.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Crete") == 0);
    fnr_facts_free(f);
    /* a body's unit before the verb acts for the body, which is no
     * associate of those it detained */
    f = run("MİT and the Ankara Police Department's counterterrorism unit detained Ferhat Sönmez "
            "in Yenimahalle.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ankara Police Department"));
    assert_false(names_have(f, v->targets, v->n_targets, "Ankara Police Department"));
    for (size_t r = 0; r < f->n_relations; r++)
        assert_false(strcmp(f->entities[f->relations[r].source].name, "Ankara Police Department") ==
                         0 &&
                     f->relations[r].type == FNR_REL_ASSOCIATED_WITH);
    fnr_facts_free(f);
    /* "after" and a phrase with no verb opens no clause of another subject */
    f = run("Kemal Arslan was referred to the court after his interrogation and was remanded in "
            "custody pending trial.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Kemal Arslan"));
    fnr_facts_free(f);
    f = run("Kemal Arslan, after months on the run, was captured in Van.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Kemal Arslan"));
    fnr_facts_free(f);
    /* the dead of counted attacks are the attacks' count, no killing */
    f = run("More than 200 people were killed in at least eight suicide bombings in Iraq by "
            "Daesh.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 200);
    fnr_facts_free(f);
    /* attacked "multiple times": many told as one, none of them */
    f = run("Jordan has been attacked by the group several times.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* declaring a group terrorist is a designation; declaring victory none */
    f = run("Kazakhstan declared Hizb ut-Tahrir a terrorist organization in 2005.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Kazakhstan"));
    fnr_facts_free(f);
    f = run("The army declared victory over the militants in 2017.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* the group blamed for an attack made it, not the man named before */
    f = run("Abu Salman was a courier for Ansar Dine, a group blamed for the 2015 hotel attack in "
            "Bamako.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ansar Dine"));
    assert_false(names_have(f, v->actors, v->n_actors, "Abu Salman"));
    fnr_facts_free(f);
    /* who claims "the stabbing" told before made it; no second attack */
    f = run("A stabbing at a market in Villach killed one man in February.\n\nThe Islamic State "
            "group claimed responsibility for the stabbing.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(v->n_actors == 1 && strstr(f->entities[v->actors[0]].name, "Islamic State"));
    fnr_facts_free(f);
    /* the service that tasked a plotter plots through him (D-12) */
    f = run("Prosecutors charged a man who was tasked by the Islamic Revolutionary Guard Corps "
            "with plotting to kill Masih Alinejad.\n",
            NULL);
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Islamic Revolutionary Guard Corps"));
    fnr_facts_free(f);
    /* whom the charged helped is not charged */
    f = run("Two men, Carl Rivers and John Loader, were charged with helping Farhad Shakeri.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Farhad Shakeri"));
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
    /* a round-up across a province's districts was in the province */
    f = run("In the western province of Manisa, police detained 14 suspects in operations across "
            "nine districts.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Manisa") == 0);
    fnr_facts_free(f);
    /* "to carry out a \"lone wolf\" attack" is an attack to come */
    f = run("He was instructed to carry out a \"lone wolf\" attack in Ankara.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* who captured those a relative clause says spied is no spy */
    f = run("MİT and police captured seven people, including a private detective, who allegedly "
            "sold information to Mossad.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_true(names_have(f, v->actors, v->n_actors, "Mossad"));
    fnr_facts_free(f);
    /* one coup a year, told twice: the telling with its dead stands */
    f = run("Police detained 71 suspects in operations against FETÖ, the group behind the 2016 "
            "defeated coup in Türkiye.\n\nFETÖ orchestrated the defeated coup of July 15, 2016, "
            "in which 251 people were killed.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 251);
    fnr_facts_free(f);
    /* the body a group infiltrated takes no part in the warrants */
    f = run("Prosecutors issued detention warrants for 40 suspects over FETÖ's infiltration of "
            "the Turkish Armed Forces.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Turkish Armed Forces"));
    assert_false(names_have(f, v->targets, v->n_targets, "Turkish Armed Forces"));
    fnr_facts_free(f);
    /* "The three were detained in X" tells the arrest of three again, and
     * where it was */
    f = run("Dutch police have arrested three teenagers on suspicion of preparing an attack.\n\n"
            "The three were detained in Zwolle on Tuesday.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 3);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Zwolle") == 0);
    fnr_facts_free(f);
    /* an attack named by its place is there */
    f = run("The 2016 Istanbul nightclub attack killed 39 people.\n", NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Istanbul") == 0);
    fnr_facts_free(f);
    /* "a charge the Taliban government denies" is the blame told again */
    f = run("Islamabad accuses Kabul of sheltering TTP leaders, a charge the Taliban government "
            "denies.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* "charged him" two sentences after the one he stands for, past a "He" */
    f = run("Omar Haddad had moved money for the group.\n\nHe was brought to Türkiye in May.\n\n"
            "Following his interrogation, the Gaziantep Chief Public Prosecutor's Office charged "
            "him with financing terrorism.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Omar Haddad"));
    fnr_facts_free(f);
    /* "on high alert" is a state of readiness, no warning */
    f = run("Austria has been on high alert since a gunman killed four people in Vienna in "
            "November 2020.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 0);
    fnr_facts_free(f);
    /* "women abducted in the raid" are ones the raid told took */
    f = run("Troops rescued 12 women abducted in the raid.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    fnr_facts_free(f);
    /* the seizure in the searches of one just caught is where he was caught */
    f = run("MİT captured a Daesh recruiter in the Antakya district on Friday.\n\nDuring searches "
            "at the suspect's address, officers seized a pistol and documents.\n",
            NULL);
    v = find_event(f, FNR_EVENT_SEIZURE);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Antakya") == 0);
    fnr_facts_free(f);
    /* the place of a phrase of time is not where */
    f = run("Israel has arrested dozens of people since the start of the war in Gaza.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(v->location >= 0 && strcmp(f->entities[v->location].name, "Gaza") == 0);
    fnr_facts_free(f);
    /* where one meant to fly is not where he was caught; "wanted to" is
     * a wish, no warrant */
    f = run("He was arrested at the airport in Vienna as he tried to board a flight to "
            "Istanbul.\n\nAn informant said he wanted to fight for the group.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Vienna") == 0);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* footage of an arrest told, and what a conviction would bring, are
     * no new events */
    f = run("The FSB detained a man in Moscow on Thursday.\n\nVideo released by the FSB showed "
            "officers detaining the man.\n\nHe faces life in prison if convicted of terrorism "
            "charges.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    /* "One of them, X," names one of the many taken */
    f = run("Turkish forces neutralized three PKK terrorists in a drone strike in Qamishli.\n\n"
            "One of them, Rıza Demirtaş, was responsible for the group's finances.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Rıza Demirtaş"));
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
    /* "detained the three" counts three, the three named just before */
    f = run("The suspects were identified as Ahmet K., Mehmet T. and Yusuf B.\n\nPolice detained "
            "the three in Bursa on Monday.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 3);
    assert_true(names_have(f, v->targets, v->n_targets, "Mehmet T."));
    assert_true(names_have(f, v->targets, v->n_targets, "Yusuf B."));
    fnr_facts_free(f);
    /* an attack told in passing, then with its dead: one attack, the
     * telling with the dead standing */
    f = run("A court sentenced a Daesh member to life for his role in the attack on a church in "
            "Izmir.\n\nOne person was killed in the attack, when two gunmen opened fire during "
            "mass in Izmir's Konak district.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 1);
    assert_true(names_have(f, v->actors, v->n_actors, "Daesh"));
    fnr_facts_free(f);
    /* a siege is an attack, and the dead it left are its count */
    f = run("The 2015 siege of a university in Garissa killed 148 people.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 148);
    fnr_facts_free(f);
}

static void test_events_of_new_shapes(void **state)
{
    (void)state;
    /* a planned killing is a plot, not a killing */
    fnr_facts *f = run("Prosecutors say Reza Tavakoli was hired by the IRGC and spent months "
                       "planning the assassination of Lena Brandt.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* the dead of an attack told in "in which" are its count, and who
     * claimed it carried it out */
    f = run("Al-Shabaab claimed responsibility for an attack on a hotel in Mogadishu in March, "
            "in which nine people were killed.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 9);
    assert_true(names_have(f, v->actors, v->n_actors, "Al-Shabaab"));
    fnr_facts_free(f);
    /* a city struck is where, not who */
    f = run("A drone strike on Sanaa's northern districts killed Abdulkarim al-Ghamari.\n", NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Sanaa"));
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Sanaa") == 0);
    fnr_facts_free(f);
    /* what a strike answered happened */
    f = run("The army said the raid was in retaliation for a mortar attack on Kiryat Shmona "
            "that wounded four soldiers.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    /* "agreed to carry out arson and bomb attacks": intended */
    f = run("The recruit agreed to carry out arson and bomb attacks on depots in Leipzig.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* intelligence received from a service: it shared, the receiver was
     * told, and the ones attacks aimed at were not */
    f = run("Albanian police detained three men planning attacks on NATO bases after receiving "
            "intelligence from the Hellenic National Intelligence Service.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Hellenic National Intelligence Service"));
    assert_false(names_have(f, v->targets, v->n_targets, "NATO"));
    fnr_facts_free(f);
    /* a month the sentence puts ahead is next year's */
    f = run("The engineer is due to stand trial in February, prosecutors said.\n", "2025-10-02");
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_string_equal(v->date, "2026-02");
    fnr_facts_free(f);
    /* whom the one arrested or tried served is no party */
    f = run("A former Bundeswehr captain was sentenced to four years in prison.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    f = run("Police arrested a former officer of the now-defunct BND in Graz.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_actors + v->n_targets, 0);
    fnr_facts_free(f);
    /* who acts on intelligence provided by another was told */
    f = run("Spanish police, acting on intelligence provided by Mossad, detained a man in "
            "Ceuta.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Mossad"));
    assert_false(names_have(f, v->actors, v->n_actors, "Spanish police"));
    fnr_facts_free(f);
    /* a list of places before a plural head: each a place, none a party */
    f = run("MIT warned Turkish police, who raided homes in Ankara's Mamak, Sincan and Altındağ "
            "districts.\n",
            NULL);
    const fnr_entity *e = find_entity(f, "Sincan");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_LOCATION);
    assert_non_null(find_entity(f, "Altındağ"));
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Altındağ"));
    fnr_facts_free(f);
    /* the service a tip came from, past its owner, is no one arrested */
    f = run("Cypriot police arrested two men after a tip from Israel's Shin Bet.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Shin Bet"));
    fnr_facts_free(f);
    /* the one spied on is the target, not a spy */
    f = run("The ring spied on Bulgarian journalist Boris Petkov for Russia.\n", NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Boris Petkov"));
    assert_false(names_have(f, v->actors, v->n_actors, "Boris Petkov"));
    fnr_facts_free(f);
    /* a group's other name is a group's, after "also known as" or a plural */
    f = run("Investigators said the network, also known as Silent Heron, stole the files.\n", NULL);
    e = find_entity(f, "Silent Heron");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    f = run("The agency said Iranian hackers, referred to as APT35, targeted the ministry.\n",
            NULL);
    e = find_entity(f, "APT35");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* who acts on whom is no associate of theirs, nor is a leader only
     * an associate of the group led */
    f = run("Police arrested Kerem Aslan, the so-called finance emir of Daesh, in Izmir.\n", NULL);
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Kerem Aslan", "Daesh"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Daesh", "Kerem Aslan"));
    fnr_facts_free(f);
    f = run("Dutch police arrested Jan Vos and Piet Smit on Monday.\n", NULL);
    assert_true(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Jan Vos", "Piet Smit"));
    fnr_facts_free(f);
    /* "wanted" after an apposition is of the one it describes */
    f = run("Ivan Petrov ran the cell, which answered to Lars Berg, a Swedish fugitive wanted in "
            "Norway.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Lars Berg"));
    assert_false(names_have(f, v->targets, v->n_targets, "Ivan Petrov"));
    fnr_facts_free(f);
    /* a ring working for a service spies for it; a translator working
     * for a ministry only works */
    f = run("Czech police said a spy ring working for Russian intelligence had been broken up.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Russian intelligence"));
    fnr_facts_free(f);
    f = run("A translator working for the Dutch Foreign Ministry was arrested.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 0);
    fnr_facts_free(f);
    /* ", adding that ..." tells another arrest, of one, so many days ago */
    f = run("Four men were detained in Tirana, the police said, adding that a fifth suspect had "
            "been arrested in Durres three days ago.\n",
            "2025-03-02");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    v = &f->events[f->n_events - 1];
    assert_int_equal(v->type, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 1);
    assert_string_equal(v->date, "2025-02-27");
    fnr_facts_free(f);
    /* a state whose unnamed ministry reports what forces did is no actor;
     * one claiming to have done it is */
    f = run("Syria's interior ministry said security forces had arrested three men in Homs.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Syria"));
    fnr_facts_free(f);
    /* a town taken is no one caught; "similar attacks" are no attack */
    f = run("Tal Abyad, which was captured by the rebels in June, saw clashes. Local officials "
            "blamed cells which have carried out similar attacks.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* "in a rural area of X's Y district" says where; the captors of one
     * "who was wanted on a red notice" list no one */
    f = run("Gendarmerie forces captured a PKK member, identified as R.T., who was wanted on an "
            "Interpol red notice, in a rural area of Mardin's Nusaybin district.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Nusaybin") == 0);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Interpol"));
    assert_false(names_have(f, v->actors, v->n_actors, "Gendarmerie"));
    fnr_facts_free(f);
    /* an outlet cited for a tip is no one who tipped */
    f = run("Investigators were tipped off by a foreign intelligence service, according to Der "
            "Spiegel magazine.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Der Spiegel"));
    fnr_facts_free(f);
    /* a body's head with "of" inside a run names the body */
    f = run("A judge at the Federal Court of Justice ordered him held in custody.\n", NULL);
    e = find_entity(f, "Federal Court of Justice");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* a state whose news agency reports a strike is no party to it */
    f = run("Lebanon's state-run National News Agency (NNA) said a drone strike hit a car.\n",
            NULL);
    for (size_t i = 0; i < f->n_events; i++)
        assert_false(names_have(f, f->events[i].actors, f->events[i].n_actors, "Lebanon"));
    fnr_facts_free(f);
    /* "led to the seizure of weapons" after an arrest tells a seizure */
    f = run("Police detained 12 suspects in Adana. The raids also led to the seizure of "
            "unlicensed pistols.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_SEIZURE), 1);
    fnr_facts_free(f);
    /* the body a plot aimed at tries no one */
    f = run("A court in Vienna convicted four men of planning an attack on the OSCE.\n", NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "OSCE"));
    fnr_facts_free(f);
    /* a partner in a joint operation acted too */
    f = run("MIT captured Yusuf Demir in a joint operation with the Ankara police.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Ankara police"));
    assert_false(names_have(f, v->targets, v->n_targets, "Ankara police"));
    fnr_facts_free(f);
    /* the names after "two men," are the two, not two more */
    f = run("Two other men, Tomasz Nowak and Piotr Zielinski, were arrested in Gdansk.\n", NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    fnr_facts_free(f);
}

/* A Turkish month in a date ("18 Kasım 2026") dates the event and names
 * no one. */
static void test_turkish_month_dates(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Gendarmerie teams detained 14 suspects in Konya on 18 Kas\xC4\xB1m 2026.\n", NULL);
    for (size_t i = 0; i < f->n_entities; i++)
        if (f->entities[i].type == FNR_ENTITY_PERSON)
            fail_msg("person \"%s\"", f->entities[i].name);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 14);
    assert_string_equal(v->date, "2026-11-18");
    fnr_facts_free(f);
}

/* "Said A.": a given name before an initial is a person though the
 * report writes "said" in lower case too. */
static void test_given_name_seen_lower(void **state)
{
    (void)state;
    fnr_facts *f = run("Prosecutors in Graz charged Bahrom T., Said A. and Jamshed N. with "
                       "terrorism offences, a court spokesman said.\n",
                       NULL);
    assert_non_null(find_entity(f, "Said A."));
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Said A."));
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
}

/* "The SDF captured X and seized weapons": the group that captured seized,
 * from the man it captured. */
static void test_captor_seizes_too(void **state)
{
    (void)state;
    fnr_facts *f = run("The SDF captured Abu Hafs al-Tunisi and seized rifles and explosives near "
                       "Hasakah on Sunday.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_SEIZURE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "SDF"));
    assert_false(names_have(f, v->targets, v->n_targets, "SDF"));
    assert_true(names_have(f, v->targets, v->n_targets, "Abu Hafs al-Tunisi"));
    fnr_facts_free(f);
}

/* A quoted code name opening with a form of address in lower case ("comrade
 * José") is a person's, also after "the leader of the cell,". */
static void test_code_name_with_address(void **state)
{
    (void)state;
    fnr_facts *f = run("Police in Ayacucho detained Rolando Huamán, known as \"comrade Pedro\", on "
                       "Monday.\n",
                       NULL);
    const fnr_entity *e = find_entity(f, "Rolando Huamán");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    assert_ptr_equal(find_entity(f, "comrade Pedro"), e);
    fnr_facts_free(f);
    f = run("Troops said the head of the cell, known as \"comrade Lucía\", was captured near "
            "Huanta.\n",
            NULL);
    e = find_entity(f, "comrade Lucía");
    assert_non_null(e);
    assert_int_equal(e->type, FNR_ENTITY_PERSON);
    fnr_facts_free(f);
}

/* "Jordan's General Intelligence Department arrested": the state that owns
 * the body detains at home, whatever country the report told of before. */
static void test_owner_state_places_arrest(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Unrest in the region\n\nBEIRUT - Lebanese police in Lebanon arrested two men "
            "in Tripoli.\n\nArmenia's National Security Service detained Karen Petrosyan "
            "on suspicion of spying for Azerbaijan.\n",
            NULL);
    const fnr_event *v = NULL;
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST && f->events[i].n_targets)
            v = &f->events[i];
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Armenia");
    fnr_facts_free(f);
}

/* "more arrests would follow": arrests to come, none made. */
static void test_more_to_come(void **state)
{
    (void)state;
    static const char *const TEXTS[] = {
        "The interior minister said more arrests would follow in Samsun.\n",
        "Officials in Tbilisi said further detentions were likely.\n",
        "Police in Bremen said they expected to make more arrests.\n",
    };
    for (size_t k = 0; k < sizeof TEXTS / sizeof *TEXTS; k++) {
        fnr_facts *f = run(TEXTS[k], NULL);
        if (find_event(f, FNR_EVENT_ARREST))
            fail_msg("an arrest in \"%s\"", TEXTS[k]);
        fnr_facts_free(f);
    }
}

/* A court a case is brought before, through its chamber, tries; "Both
 * accused" are the two named in the sentences before. */
static void test_chamber_and_both_accused(void **state)
{
    (void)state;
    fnr_facts *f = run("The Federal Prosecutor General has charged Omar S. and Tarek M. before the "
                       "Staatsschutzsenat of the Higher Regional Court of Celle.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Higher Regional Court of Celle"));
    assert_true(names_have(f, v->targets, v->n_targets, "Omar S."));
    fnr_facts_free(f);
    f = run("Police said Omar S. had bought a drone in 2023.\n\nTarek M. is accused of hiding "
            "the money.\n\nBoth accused were arrested in Hanover in May.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 2);
    assert_true(names_have(f, v->targets, v->n_targets, "Omar S."));
    assert_true(names_have(f, v->targets, v->n_targets, "Tarek M."));
    fnr_facts_free(f);
}

/* "ordered his arrest pending trial": "his" is the one told of before. */
static void test_his_arrest(void **state)
{
    (void)state;
    fnr_facts *f = run("Gendarmes detained Serkan Ö. in Mardin on Monday. He was referred to a "
                       "court in Mardin, which ordered his arrest pending trial.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Serkan Ö."));
    fnr_facts_free(f);
}

/* "Weapons were found at the scene": where the killing just told was,
 * past a plot told between. */
static void test_found_at_the_scene(void **state)
{
    (void)state;
    fnr_facts *f = run("Police killed three gunmen in a shootout in Nalchik on Sunday.\n\nThe "
                       "gunmen had been planning attacks on police posts in Moscow.\n\nRifles and "
                       "grenades were found at the scene.\n",
                       "2025-05-12");
    const fnr_event *v = find_event(f, FNR_EVENT_SEIZURE);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Nalchik");
    fnr_facts_free(f);
}

/* The group a sentence points back to, and who took part in an
 * operation: "a gunman loyal to the group killed" (the group kills, it is
 * no target), "The group carried out its worst attack" (it acts),
 * "two bombers killed 41 people" (the attack counts the dead), "MİT
 * carried out an operation in which 12 suspects were detained" (MİT
 * detained them), "Germany's domestic intelligence agency, the BfV,
 * shared" (the agency tells, not the state). */
static void test_group_back_and_operation_agents(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Al-Shabaab has been fighting the government since 2007.\n\nIn March 2019, a "
            "gunman loyal to the group killed 12 people at a hotel in Kismayo.\n",
            NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Al-Shabaab"));
    fnr_facts_free(f);

    f = run("Al-Shabaab controls much of the countryside.\n\nThe group carried out its worst "
            "attack on Oct. 14, 2017, when two suicide bombers killed 41 people in "
            "Mogadishu.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Al-Shabaab"));
    assert_int_equal(v->count, 41);
    fnr_facts_free(f);

    f = run(
        "January 2024: MİT and the Ankara Chief Public Prosecutor's Office carried out an "
        "operation in five provinces in which 12 suspects were detained on charges of spying for Iran.\n",
        NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_int_equal(v->count, 12);
    fnr_facts_free(f);

    f = run("The head of Germany's domestic intelligence agency, the Federal Office for the "
            "Protection of the Constitution (BfV), said his service had shared information with "
            "Austrian counterparts about the network.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "BfV"));
    assert_false(names_have(f, v->actors, v->n_actors, "Germany"));
    fnr_facts_free(f);

    /* a deed named again with nothing its first telling lacks keeps the
     * first telling's sentence */
    const char *coup = "Eight years after the July 15, 2016 coup attempt, which killed 252 people, "
                       "police still hunt members of FETÖ.\n\nSince 2016, more than 500 people "
                       "with links to FETÖ have been convicted over the coup attempt.\n";
    f = run(coup, NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_int_equal(v->count, 252);
    assert_int_equal(v->start, 0);
    fnr_facts_free(f);
}

/* Roles the group told of before holds: "X, the group's so-called
 * military chief" and "X, who was described as the so-called Anatolia
 * emir of the terrorist group" lead it. */
static void test_roles_of_the_group(void **state)
{
    (void)state;
    fnr_facts *f = run("Al-Shabaab still holds towns in the south.\n\nIts forces are led by "
                       "Ahmed Diriye, the group's so-called military chief, who is wanted by "
                       "Kenya.\n",
                       NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Ahmed Diriye", "Al-Shabaab"));
    fnr_facts_free(f);
    f = run("Daesh lost its last town in 2019.\n\nPolice caught Yusuf Aktaş, who was described "
            "as the so-called Anatolia emir of the terrorist group, in Konya.\n",
            NULL);
    assert_true(has_relation(f, FNR_REL_LEADER_OF, "Yusuf Aktaş", "Daesh"));
    fnr_facts_free(f);
}

/* "Two of them were caught near the border" after nine detained is part
 * of the nine (D-15); "sentenced a former HDP district official, X": the
 * party X served is not tried. */
static void test_parts_and_posts(void **state)
{
    (void)state;
    fnr_facts *f = run("Gendarmes detained nine suspects in raids in Siirt on Tuesday. Two of them "
                       "were caught in a village near the border.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 9);
    fnr_facts_free(f);
    f = run("Police have detained four men suspected of planning an attack, officials said.\n\nThe "
            "four, all Chechen nationals, were detained in Linz on Saturday.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 4);
    fnr_facts_free(f);
    f = run("Gendarmes caught 153 suspects in operations across 29 provinces.\n\nThe largest "
            "number of suspects were caught in Konya and Kayseri.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_int_equal(find_event(f, FNR_EVENT_ARREST)->count, 153);
    fnr_facts_free(f);
    /* a body inside a relative clause closed before the verb is none of
     * its parties */
    f = run("A suspected FETÖ member, who had been on Interpol's wanted list, was extradited to "
            "Türkiye on Monday.\n",
            NULL);
    assert_non_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    assert_false(names_have(f, find_event(f, FNR_EVENT_LEGAL_ACTION)->actors,
                            find_event(f, FNR_EVENT_LEGAL_ACTION)->n_actors, "Interpol"));
    fnr_facts_free(f);
    /* the body at the deed a sentence is over tries no one; a crime's
     * noun in a list of charges is no killing */
    f = run("A court in Ankara sentenced three PKK members to life over the 2023 bombing outside "
            "the Interior Ministry.\n\nProsecutors had sought longer terms on charges including "
            "\"membership\" and \"attempted murder.\"\n",
            NULL);
    assert_false(names_have(f, find_event(f, FNR_EVENT_LEGAL_ACTION)->actors,
                            find_event(f, FNR_EVENT_LEGAL_ACTION)->n_actors, "Interior Ministry"));
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    fnr_facts_free(f);
    f = run("A court in Batman sentenced a former HDP district official, Yusuf K., to two "
            "years.\n",
            NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Yusuf K."));
    assert_false(names_have(f, v->targets, v->n_targets, "HDP"));
    fnr_facts_free(f);
}

/* Three detained, then "MİT identified the suspects as A, B and C" (the
 * three named) and "All three were caught in a raid on Monday" (told
 * again); "a bombing that killed a security guard" counts one dead; a
 * body past the deed of a "listed as a terrorist organization" clause is
 * not listed. */
static void test_counted_then_named(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained three members of the DHKP-C in Izmir, officials said on "
                       "Tuesday.\n\nMİT identified the suspects as Ayla Korkmaz, Deniz Uçar and "
                       "Baran T., who had met the group's cadres abroad. All three were caught in "
                       "a raid on a flat in Buca on Monday.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 3);
    assert_true(names_have(f, v->targets, v->n_targets, "Ayla Korkmaz"));
    assert_true(names_have(f, v->targets, v->n_targets, "Baran T."));
    fnr_facts_free(f);
    f = run("The DHKP-C, listed as a terrorist organization by the EU, carried out a bombing at "
            "the U.S. Embassy in Ankara in 2013 that killed a security guard.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 1);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "U.S. Embassy"));
    fnr_facts_free(f);
}

/* Shapes of international security news read beside the Turkish
 * sources: services named by what they are, then their acronym. */
static void test_security_news_shapes(void **state)
{
    (void)state;
    /* "Ukraine's security service (SBU) said it had detained": the body
     * in brackets acts, not the state that owns it */
    fnr_facts *f = run("Ukraine's security service (SBU) said on Monday it had detained a Russian "
                       "agent in Odesa.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "SBU"));
    assert_false(names_have(f, v->actors, v->n_actors, "Ukraine"));
    fnr_facts_free(f);
    /* a killing told, then told again with its means: one killing */
    f = run("The SBU said it had killed Major Pavel Orlov in Kherson on Tuesday.\n\nOrlov was "
            "killed by a bomb hidden in a parked scooter, the service said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* one name owned by two states: two bodies, each of its state; the
     * bare name after them is the one told last */
    f = run("Latvia's State Security Service detained a man in Riga on Monday.\n\nLithuania's "
            "State Security Service detained two women in Vilnius on Tuesday. The State Security "
            "Service said they had photographed a bridge.\n",
            NULL);
    size_t n_sss = 0;
    bool lva = false, ltu = false;
    for (size_t i = 0; i < f->n_entities; i++) {
        const fnr_entity *e = &f->entities[i];
        if (strcmp(e->name, "State Security Service") != 0)
            continue;
        n_sss++;
        lva = lva || strcmp(e->country, "LVA") == 0;
        ltu = ltu || strcmp(e->country, "LTU") == 0;
    }
    assert_int_equal(n_sss, 2);
    assert_true(lva && ltu);
    fnr_facts_free(f);
    /* Somalia's regions and forces, the branches of Islamic State by
     * their short names, the Treasury by its full name */
    f = run("Puntland Security Force troops killed four ISIS-Somalia fighters in Puntland, and the "
            "US Treasury Department designated two ISIS-Mozambique financiers.\n",
            NULL);
    const fnr_entity *e = find_entity(f, "Puntland");
    assert_true(e && e->type == FNR_ENTITY_LOCATION && strcmp(e->country, "SOM") == 0);
    e = find_entity(f, "Puntland Security Force");
    assert_true(e && e->kind && strcmp(e->kind, "armed_forces") == 0);
    e = find_entity(f, "ISIS-Somalia");
    assert_true(e && e->kind && strcmp(e->kind, "militant_group") == 0);
    e = find_entity(f, "ISIS-Mozambique");
    assert_true(e && strcmp(e->country, "MOZ") == 0);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "US Treasury Department"));
    fnr_facts_free(f);
    /* "X Committee for National Security": a service's name, its head
     * before "for", its owner's, though its acronym is another state's
     * too */
    f = run("Tajikistan's State Committee for National Security (GKNB) said it had detained four "
            "men in Khujand.\n",
            NULL);
    e = find_entity(f, "State Committee for National Security");
    assert_non_null(e);
    assert_true(has_alias(e, "GKNB"));
    assert_true(e->kind && strcmp(e->kind, "intelligence_service") == 0);
    assert_string_equal(e->country, "TJK");
    fnr_facts_free(f);
    f = run("Officers of the State Committee for Public Security arrested a courier in Ganja.\n",
            NULL);
    assert_non_null(find_entity(f, "State Committee for Public Security"));
    fnr_facts_free(f);
    /* who reports a death, named with its acronym in brackets, is no
     * associate of the dead */
    f = run("Yusuf Warsame Ali was killed in the Golis mountains, the Puntland Security Force "
            "(PSF) said.\n",
            NULL);
    assert_false(
        has_relation(f, FNR_REL_ASSOCIATED_WITH, "Yusuf Warsame Ali", "Puntland Security Force"));
    assert_false(
        has_relation(f, FNR_REL_ASSOCIATED_WITH, "Puntland Security Force", "Yusuf Warsame Ali"));
    fnr_facts_free(f);
    /* "The militant, identified as X, was killed": the one killed in the
     * lead, named; the detail stands for it */
    f = run("KABUL, May 3, 2026 - Troops killed the finance chief of ISKP in a raid in Kunar.\n\n"
            "The militant, identified as Mawlawi Rahimullah, was killed along with two guards on "
            "Friday, the army said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    v = find_event(f, FNR_EVENT_KILL);
    assert_true(names_have(f, v->targets, v->n_targets, "Rahimullah"));
    assert_int_equal(v->count, 3);
    fnr_facts_free(f);
    /* "after Lithuania's State Security Department (VSD) had warned both
     * countries about the plan": the warner warned, and caught no one */
    f = run("Latvian police arrested three men in Riga after Lithuania's State Security "
            "Department (VSD) had warned both countries about the plan.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "VSD"));
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "VSD"));
    fnr_facts_free(f);
    /* the body those caught are tied to seized nothing */
    f = run("Kuwait's State Security arrested nine men linked to Iran's Quds Force and seized "
            "rifles in Jahra.\n",
            NULL);
    v = find_event(f, FNR_EVENT_SEIZURE);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Quds Force"));
    fnr_facts_free(f);
    /* the Gulf's services and news agencies (not Belgium's State
     * Security by the first two words) */
    f = run("The UAE State Security Apparatus detained two couriers in Ajman, the WAM news "
            "agency reported.\n",
            NULL);
    e = find_entity(f, "UAE State Security Apparatus");
    assert_true(e && strcmp(e->country, "ARE") == 0);
    e = find_entity(f, "WAM");
    assert_true(e && strcmp(e->country, "ARE") == 0);
    fnr_facts_free(f);
    /* a body that reports from its seat ("the Federal Prosecutor's Office
     * in Karlsruhe said") caught no one */
    f = run("The Public Prosecutor's Office in Graz said the younger man, identified as Elias D., "
            "was detained in Leoben on Friday.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Elias D."));
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    /* a bombing planned that killed: the attack took place, no plot */
    f = run("Police said Hamid Rasouli had planned a truck bombing at a market in Quetta in 2019 "
            "that killed 23 people.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Hamid Rasouli"));
    assert_int_equal(v->count, 23);
    fnr_facts_free(f);
    /* a tip told, then the arrest "acting on intelligence from" the same
     * service: one sharing */
    f = run("The SBU tipped off Poland's Internal Security Agency about the courier on May 2.\n\n"
            "Acting on intelligence from the SBU, ABW officers arrested the man in Rzeszow on May "
            "5.\n",
            "2026-05-10");
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    /* "the Islamic State's Mozambique branch" names the group and the
     * country, no branch by name; "Democratic Republic of Congo" is the
     * DRC */
    f = run("Troops killed a commander of the Islamic State's Mozambique branch. ADF fighters "
            "attacked a village in the Democratic Republic of Congo.\n",
            NULL);
    assert_null(find_entity(f, "Islamic State's Mozambique"));
    e = find_entity(f, "Democratic Republic of Congo");
    assert_true(e && strcmp(e->country, "COD") == 0);
    fnr_facts_free(f);
    /* what a network "carries out" is its habit, no one attack */
    f = run("The teenagers were hired through a gang which, police say, carries out bombings "
            "for a foreign state.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* "sanctioned the Zeta network and its leader": the network's leader,
     * not the one that sanctioned */
    f = run("The European Union sanctioned the Zeta network and its leader, Goran Pavlic, in "
            "May.\n",
            NULL);
    assert_false(has_relation(f, FNR_REL_LEADER_OF, "Goran Pavlic", "European Union"));
    fnr_facts_free(f);
    /* the lead's killing told again, opening with the one killed, on its
     * day, with its place and the others killed: the detail stands */
    f = run("PEMBA, March 20, 2026 - Troops killed a senior commander of the group, Issa Bakari "
            "Juma, in Cabo Delgado last week, the army said.\n\nJuma was killed on March 12 in "
            "the Macomia district along with three fighters, the army said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    v = find_event(f, FNR_EVENT_KILL);
    assert_string_equal(v->date, "2026-03-12");
    assert_int_equal(v->count, 4);
    fnr_facts_free(f);
    /* the role before the name is told from past its article, not from
     * the verb */
    f = run("Police arrested a senior member of the PKK, Rojhat Bilen, in Van.\n", NULL);
    bool role_seen = false;
    for (size_t r = 0; r < f->n_relations; r++)
        if (f->relations[r].role) {
            assert_string_equal(f->relations[r].role, "senior member");
            role_seen = true;
        }
    assert_true(role_seen);
    fnr_facts_free(f);
    /* "identified the man as X" in the next sentence names the one killed */
    f = run("The army said it had killed a senior bomb maker near Kismayo.\n\nThe Somali "
            "National Army identified the man as Hassan Abdi Farah.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Hassan Abdi Farah"));
    fnr_facts_free(f);
    /* "citizens of Tajikistan": a nationality, neither a party nor the
     * place */
    f = run("Two of the men, citizens of Tajikistan, were wanted by Interpol for financing "
            "terrorism.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Tajikistan"));
    assert_int_equal(v->location, -1);
    fnr_facts_free(f);
    /* the cell's leader caught, after the total: one of them (D-15) */
    f = run("Italian police arrested six people in Milan and Turin on Tuesday.\n\nThe cell's "
            "alleged leader, a Tunisian identified as K.M., was arrested in Turin.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 6);
    assert_true(names_have(f, v->targets, v->n_targets, "K.M."));
    fnr_facts_free(f);
    /* who told of the one "who was arrested" caught no one */
    f = run("The AIVD warned Belgian police about the courier, who was arrested in Antwerp on "
            "Friday.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "AIVD"));
    fnr_facts_free(f);
    /* a state's air force, by its demonym or its name */
    f = run("Jets of the Nigerian Air Force struck a camp. The Pakistan Air Force said two jets "
            "crashed.\n",
            NULL);
    e = find_entity(f, "Nigerian Air Force");
    assert_true(e && e->kind && strcmp(e->kind, "armed_forces") == 0);
    assert_string_equal(e->country, "NGA");
    e = find_entity(f, "Pakistan Air Force");
    assert_true(e && e->kind && strcmp(e->kind, "armed_forces") == 0);
    assert_string_equal(e->country, "PAK");
    fnr_facts_free(f);
}

/* Shapes of Turkish counter-terrorism reporting (round 21): each case a
 * sentence of our own, the events of one type it should give and, when
 * not -2, the count of the first of them (-1: none stated). */
static void test_turkish_round_ups(void **state)
{
    (void)state;

    static const struct {
        const char *text;
        fnr_event_type type;
        size_t n;
        long count;
    } CASES[] = {
        /* "arrested by a Van court", "by an Ankara court": the court's order */
        { "Police detained nine people. Five of them were arrested by a Van court on Monday.\n",
          FNR_EVENT_LEGAL_ACTION, 1, 5 },
        { "Police detained nine people. Five of them were arrested by a Van court on Monday.\n",
          FNR_EVENT_ARREST, 1, 9 },
        { "Gendarmerie units caught Rojhat Demir in Mardin. He was arrested by an Ankara court "
          "on charges of membership in a terrorist group.\n",
          FNR_EVENT_LEGAL_ACTION, 1, -2 },
        /* the spies named in an apposition of "the suspects" join the
         * spying told just before */
        { "Police and MİT dismantled a spy ring working for Russian intelligence in Erzurum. "
          "The suspects, who included Pavel Orlov and Igor Lebedev, collected information on "
          "military convoys.\n",
          FNR_EVENT_ESPIONAGE, 1, -2 },
        { "Prosecutors indicted eight people accused of spying on dissidents for Mossad in Bursa. "
          "The indictment said the suspects, among them K.D. and S.T., passed information on "
          "Syrian students to Mossad officers.\n",
          FNR_EVENT_ESPIONAGE, 1, -2 },
        /* "targeted" of persons after a determiner: those watched */
        { "The spies hid trackers on the cars of three targeted journalists in Ankara.\n",
          FNR_EVENT_PLOT, 0, -2 },
        { "The group targeted journalists in Ankara.\n", FNR_EVENT_PLOT, 1, -2 },
        /* the plot of one captured, told again with him named */
        { "MİT captured a DEAŞ member who was planning a suicide attack in İzmir. The suspect, "
          "Ahmet Kaya, was caught in Idlib. Kaya had been ordered by a so-called emir to carry "
          "out an attack on a church in the city.\n",
          FNR_EVENT_PLOT, 1, -2 },
        /* "the shooting at X in Y's Z district in May 2022, which killed
         * three": the attack's dead, past its place and date */
        { "Prosecutors say Kaya bought pistols for the gunmen behind the shooting at a wedding "
          "hall in Diyarbakır's Sur district in May 2022, which killed three people.\n",
          FNR_EVENT_KILL, 0, -2 },
        { "Prosecutors say Kaya bought pistols for the gunmen behind the shooting at a wedding "
          "hall in Diyarbakır's Sur district in May 2022, which killed three people.\n",
          FNR_EVENT_ATTACK, 1, 3 },
        /* "to be used in an attack": what it was meant for, a plot */
        { "The rockets had been brought from Iraq to be used in an attack on a base in Hakkari.\n",
          FNR_EVENT_ATTACK, 0, -2 },
        { "The rockets had been brought from Iraq to be used in an attack on a base in Hakkari.\n",
          FNR_EVENT_PLOT, 1, -2 },
        /* a breakdown whose first part is told as a part of the total and
         * whose rest are "others": no kill of its own */
        { "The army neutralized 11 PKK terrorists in Iraq and Syria. Six of the terrorists were "
          "neutralized in the Zap region, where troops have been deployed since 2022, while five "
          "others were neutralized near Tal Rifaat.\n",
          FNR_EVENT_KILL, 1, 11 },
        /* the ones counted, named after their noun and before the verb,
         * are not counted twice */
        { "Two other suspects who hid him, K.Ö. and M.S., were detained in Batman.\n",
          FNR_EVENT_ARREST, 1, 2 },
        { "Police detained five suspects along with their leader Cemal Uğur.\n", FNR_EVENT_ARREST,
          1, 6 },
        /* "detained ... and N of them were arrested": the court's arrest */
        { "Gendarmes detained 52 suspects and 19 of them were arrested.\n", FNR_EVENT_LEGAL_ACTION,
          1, 19 },
        { "Gendarmes detained 52 suspects and 19 of them were arrested.\n", FNR_EVENT_ARREST, 1,
          52 },
    };

    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        fnr_facts *f = run(CASES[i].text, NULL);
        size_t n = n_events(f, CASES[i].type);
        if (n != CASES[i].n)
            fail_msg("%zu events, want %zu in \"%s\"", n, CASES[i].n, CASES[i].text);
        const fnr_event *v = find_event(f, CASES[i].type);
        if (CASES[i].count != -2 && v && v->count != CASES[i].count)
            fail_msg("count %ld, want %ld in \"%s\"", (long)v->count, CASES[i].count,
                     CASES[i].text);
        fnr_facts_free(f);
    }
    /* "Among those detained was X", four sentences on: one of the taken */
    fnr_facts *f = run("Gendarmerie teams detained 23 suspects linked to the PKK in Mardin. The "
                       "raids followed months of work. Warrants had been issued for 30 people. "
                       "Searches continue for the others. Among those detained was a suspect "
                       "identified as R.Ç., 29, who allegedly ran the group's finances.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "R.Ç."));
    fnr_facts_free(f);
    /* ", while" parts: each has its own year */
    f = run("Demir was detained in Bulgaria in 2021 and extradited to Türkiye, while Aksoy was "
            "caught in Mersin in 2023.\n",
            NULL);
    assert_int_equal(f->n_events, 3);
    for (size_t e = 0; e < f->n_events; e++)
        assert_string_equal(f->events[e].date,
                            f->events[e].type == FNR_EVENT_ARREST && e > 0 ? "2023" : "2021");
    fnr_facts_free(f);
    /* "One of the detained, former captain S.B., ...": one of the taken */
    f = run("Police detained 17 suspects in an operation against FETÖ in Bursa. The suspects "
            "used pay phones. One of the detained, former captain S.B., 44, had fled abroad "
            "in 2017.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "S.B."));
    fnr_facts_free(f);
    /* the body a group hid "within" takes no part in the round-up */
    f = run("Gendarmerie detained 21 suspects over FETÖ's cells within the Turkish Armed Forces "
            "in Konya.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Turkish Armed Forces"));
    assert_false(names_have(f, v->targets, v->n_targets, "Turkish Armed Forces"));
    fnr_facts_free(f);
    /* "The suspects, identified as A, 45, B, 38, and two others, ...":
     * the named ones of the five taken (past their ages), whose spying is
     * the one told before */
    f = run("Police and MİT dismantled a spy ring working for Mossad in Bursa, detaining five "
            "people. The suspects, identified as Kemal Uysal, 45, Hasan T., 38, and three others, "
            "carried out surveillance of a Palestinian student.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Kemal Uysal"));
    assert_true(names_have(f, v->targets, v->n_targets, "Hasan T."));
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 1);
    fnr_facts_free(f);
    /* an attack told again in a sentence with no date keeps its own */
    f = run(" date 2026-03-25 Court jails bombers\n\nA court in Ankara on Monday jailed three men "
            "over the March 2022 bombing of a bus station in Kayseri.\n\nProsecutors accused "
            "Halit Sezer of ordering the bombing from Syria.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_string_equal(v->date, "2022-03");
    fnr_facts_free(f);
    /* the capture told again, named, in a district of the place told:
     * one arrest, the detail standing for it */
    f = run(" date 2026-09-30 Cell caught\n\nMİT detained three suspects in Malatya, security "
            "sources said on Monday.\n\nThe suspects, identified as K.A., M.T. and S.Y., were "
            "caught in the Yeşilyurt district of Malatya on Sept. 26.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->targets, v->n_targets, "K.A."));
    assert_string_equal(v->date, "2026-09-26");
    fnr_facts_free(f);
    /* "Two suicide bombers, X and Y, blew themselves up": the bombers did
     * the attack told before, no second attack with them as its targets */
    f = run("The 2016 bombing at a bus terminal in Kayseri killed 14 people. Two suicide bombers, "
            "Kenan Oral and Musa Taş, blew themselves up near the ticket hall.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_true(names_have(f, v->actors, v->n_actors, "Kenan Oral"));
    assert_false(names_have(f, v->targets, v->n_targets, "Kenan Oral"));
    fnr_facts_free(f);
    /* "The terrorists, one of them identified as X, ...": one of those
     * killed */
    f = run("Three PKK terrorists were killed in a clash in Hakkari. The terrorists, one of them "
            "identified as Baran Zagros, had fired on a patrol.\n",
            NULL);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Baran Zagros"));
    fnr_facts_free(f);
    /* the place of a second verb joined by "and was" is not the arrest's */
    f = run("Jonas K. was detained in Kilis in April and was handed over to Austrian officials at "
            "Istanbul Airport.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Kilis");
    fnr_facts_free(f);
    /* those spied on are not among the ones taken */
    f = run("MİT caught a man who gathered information on Hamas members in Bursa for Mossad.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->targets, v->n_targets, "Hamas"));
    fnr_facts_free(f);
    /* who launched the search did not make the capture */
    f = run("The suspect was caught in Baku in June following a search launched by the İzmir "
            "Chief Public Prosecutor's Office.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(f);
    /* "He was referred to ... and was later arrested by a court": he is
     * the one the court's step took */
    f = run("Gendarmes caught Serdar Yavuz in Siirt.\n\nHe was referred to the Siirt Chief Public "
            "Prosecutor's Office and was later arrested by a court.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Serdar Yavuz"));
    fnr_facts_free(f);
}

/* "sold technical data to Iranian intelligence" is spying, and the
 * service it was sold to is a defendant's party, not the court; "has
 * shared information ... in recent years" is a practice, no warning; "the
 * Vienna Pride parade" names a thing, Vienna tells nothing. */
static void test_selling_data_and_practices(void **state)
{
    (void)state;
    fnr_facts *f = run("A court in Izmir sentenced a former engineer to ten years for selling "
                       "technical data on naval radars to Iranian intelligence.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Iranian intelligence"));
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Iranian intelligence"));
    fnr_facts_free(f);
    f = run("Turkish intelligence has shared information on planned attacks with several European "
            "countries in recent years.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_INTEL_SHARING), 0);
    fnr_facts_free(f);
    f = run("Police detained two men planning to attack the Vienna Pride parade, following "
            "intelligence provided by MİT.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_false(names_have(f, v->actors, v->n_actors, "Vienna"));
    fnr_facts_free(f);
}

/* "Separately, gendarmes detained two women in Mersin": no date carried
 * from the Monday told before. */
static void test_separately_no_carried_date(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained five men in Adana on Monday.\n\nSeparately, gendarmes "
                       "detained two women in Mersin.\n",
                       "2026-03-04");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    const fnr_event *v = &f->events[1];
    assert_int_equal(v->count, 2);
    assert_string_equal(v->date, "");
    fnr_facts_free(f);
}

/* Entities of reports that name the services of many states, their
 * people and places (round q21c). */
static void test_services_of_many_states(void **state)
{
    (void)state;
    /* "Ukraine's Security Service" is not the Federal Security Service
     * another state owns in the same sentence */
    fnr_facts *f = run("Ukraine's Security Service (SBU) said it had foiled a plan by Russia's "
                       "Federal Security Service (FSB) to bomb a rail bridge.\n",
                       NULL);
    const fnr_entity *sbu = find_entity(f, "SBU"), *fsb = find_entity(f, "FSB");
    assert_non_null(sbu);
    assert_non_null(fsb);
    assert_ptr_not_equal(sbu, fsb);
    assert_string_equal(sbu->country, "UKR");
    assert_string_equal(fsb->country, "RUS");
    fnr_facts_free(f);
    /* the code name of "X's deputy" is the deputy's, not X's */
    f = run("Troops killed Murat Demir's deputy, code-named \"Rojhat Zap\", near the border.\n",
            NULL);
    const fnr_entity *demir = find_entity(f, "Murat Demir"), *zap = find_entity(f, "Rojhat Zap");
    assert_non_null(demir);
    assert_non_null(zap);
    assert_ptr_not_equal(demir, zap);
    assert_int_equal(zap->type, FNR_ENTITY_PERSON);
    fnr_facts_free(f);

    /* places news spells otherwise than the gazetteer's sources */
    static const struct {
        const char *name, *country;
    } PLACES[] = { { "Derecik", "TUR" }, { "Zakho", "IRQ" }, { "al-Tabqa", "SYR" },
                   { "Aarhus", "DNK" },  { "Lice", "TUR" },  { "Urmia", "IRN" } };

    f = run("Gendarmes detained two men in Hakkari's Derecik district; a third was caught in "
            "Zakho. A fourth was held in al-Tabqa and a fifth in Aarhus. The sixth, from Lice, "
            "had lived in Urmia.\n",
            NULL);
    for (size_t i = 0; i < sizeof PLACES / sizeof PLACES[0]; i++) {
        const fnr_entity *e = find_entity(f, PLACES[i].name);
        if (!e || e->type != FNR_ENTITY_LOCATION || strcmp(e->country, PLACES[i].country) != 0)
            fail_msg("place %zu: \"%s\" not found as a place of %s", i, PLACES[i].name,
                     PLACES[i].country);
    }
    fnr_facts_free(f);
    f = run("One suspect had fought in Misrata and studied in Fez; another came from Grozny "
            "and crossed near the Mosul Dam.\n",
            NULL);
    static const char *const MORE[] = { "Misrata", "Fez", "Grozny", "Mosul Dam" };
    for (size_t i = 0; i < sizeof MORE / sizeof MORE[0]; i++) {
        const fnr_entity *e = find_entity(f, MORE[i]);
        if (!e || e->type != FNR_ENTITY_LOCATION)
            fail_msg("\"%s\" not found as a place", MORE[i]);
    }
    fnr_facts_free(f);
    /* "Van Ferit Melen Airport": the city's name opens the site's */
    f = run("Police detained the courier at the Van Ferit Melen Airport on Monday.\n", NULL);
    const fnr_entity *site = find_entity(f, "Van Ferit Melen Airport");
    assert_non_null(site);
    assert_int_equal(site->type, FNR_ENTITY_LOCATION);
    assert_null(find_entity(f, "Ferit Melen Airport"));
    fnr_facts_free(f);
    /* "also called X" ties the code name to the one named before */
    f = run("The bomber was named as Abdul Rauf Akhund, also called \"Qari Zubair\".\n", NULL);
    const fnr_entity *rauf = find_entity(f, "Abdul Rauf Akhund");
    assert_non_null(rauf);
    assert_true(has_alias(rauf, "Qari Zubair"));
    fnr_facts_free(f);
    /* Pashto given names; a title that is a given name too ends a name */
    f = run("Police arrested two facilitators, Gul Wali and Zabihullah Khan, near the border.\n",
            NULL);
    const fnr_entity *gul = find_entity(f, "Gul Wali");
    assert_true(gul && gul->type == FNR_ENTITY_PERSON);
    fnr_facts_free(f);
    /* a given name before "border crossing" names the crossing; a border
     * gate is a site too */
    f = run("The cell moved rifles through the Jaber border crossing and the Zorava border "
            "gate.\n",
            NULL);
    const fnr_entity *jaber = find_entity(f, "Jaber"), *gate = find_entity(f, "Zorava");
    assert_true(jaber && jaber->type == FNR_ENTITY_LOCATION);
    assert_true(gate && gate->type == FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* a given name in the dateline's brackets is the agency that filed */
    f = run("AMMAN (Petra) - Police detained four men in Zarqa on Monday.\n", NULL);
    const fnr_entity *petra = find_entity(f, "Petra");
    assert_true(petra && petra->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* a demonym before a name the dictionary gives another state's body
     * makes the demonym's state's body, not the other one */
    f = run("Shin Bet and the Syrian General Security Service both said they had detained "
            "smugglers.\n",
            NULL);
    const fnr_entity *gss = find_entity(f, "Syrian General Security Service");
    assert_non_null(gss);
    assert_string_equal(gss->country, "SYR");
    assert_ptr_not_equal(gss, find_entity(f, "Shin Bet"));
    fnr_facts_free(f);
    /* "the Cudi Mountain area" is Cudi, no place "Mountain" besides; the
     * Sinjar Mountains are not the town of Sinjar */
    f = run("Supplies came from the Cudi Mountain area and the Sinjar Mountains.\n", NULL);
    assert_null(find_entity(f, "Mountain"));
    assert_non_null(find_entity(f, "Cudi"));
    const fnr_entity *range = find_entity(f, "Sinjar Mountains");
    assert_true(range && range->type == FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* an agency's acronym in capitals in a dateline's brackets is the
     * agency, though a town is called so */
    f = run("CAIRO, Sept 8 (MENA) - Police detained two men, the state-run MENA news agency "
            "said.\n",
            NULL);
    const fnr_entity *mena = find_entity(f, "MENA");
    assert_true(mena && mena->type == FNR_ENTITY_ORGANIZATION);
    for (size_t i = 0; i < f->n_entities; i++)
        assert_false(f->entities[i].type == FNR_ENTITY_LOCATION &&
                     strcmp(f->entities[i].name, "Mena") == 0);
    fnr_facts_free(f);
    /* a group's armed wing is a body of its own (sub-unit) */
    f = run("The Palestinian Islamic Jihad's al-Quds Brigades claimed the rocket attack.\n", NULL);
    const fnr_entity *pij = find_entity(f, "Palestinian Islamic Jihad"),
                     *wing = find_entity(f, "al-Quds Brigades");
    assert_non_null(pij);
    assert_non_null(wing);
    assert_ptr_not_equal(pij, wing);
    fnr_facts_free(f);
    /* clerical titles are no part of the name */
    f = run("Police questioned Hojatoleslam Ali Rezaei and Mawlawi Abdul Kabir.\n", NULL);
    assert_non_null(find_entity(f, "Ali Rezaei"));
    assert_non_null(find_entity(f, "Abdul Kabir"));
    fnr_facts_free(f);
    /* a lone unknown word after a title is the titled one */
    f = run("Troops killed Mullah Baradar's deputy and captured Colonel Dadashi.\n", NULL);
    const fnr_entity *col = find_entity(f, "Dadashi");
    assert_true(col && col->type == FNR_ENTITY_PERSON);
    col = find_entity(f, "Baradar");
    assert_true(col && col->type == FNR_ENTITY_PERSON);
    fnr_facts_free(f);
    f = run("The General Assembly met at an Imam Hatip school.\n", NULL);
    assert_null(find_entity(f, "Assembly"));
    assert_null(find_entity(f, "Hatip"));
    fnr_facts_free(f);
    /* the Sahel branch of Islamic State by its "in the Sahel" name */
    f = run("Police held nine people recruiting for the Islamic State in the Sahel.\n", NULL);
    const fnr_entity *sahel = find_entity(f, "Islamic State in the Sahel");
    assert_true(sahel && sahel->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
}

/* Abbreviated ranks are titles, not parts of the name: "Rear Adm. Zeki
 * Aktürk", "Vice Adm. Ercüment Tatlıoğlu". */
static void test_abbreviated_ranks(void **state)
{
    (void)state;
    /* a title that is also a given name, before a withheld surname's
     * initial, is a person ("Emir D.") */
    fnr_facts *ei = run("Judges in Sarajevo jailed Emir D. and Sultan K. for six years.\n", NULL);
    assert_non_null(find_entity(ei, "Emir D."));
    assert_non_null(find_entity(ei, "Sultan K."));
    fnr_facts_free(ei);
    fnr_facts *f = run("Ministry spokesperson Rear Adm. Kemal Yurt and Vice Adm. Selim Tan spoke "
                       "to reporters.\n",
                       NULL);
    assert_non_null(find_entity(f, "Kemal Yurt"));
    assert_non_null(find_entity(f, "Selim Tan"));
    assert_null(find_entity(f, "Rear Adm. Kemal Yurt"));
    fnr_facts_free(f);
}

/* "MİT and Istanbul police have dismantled a spy network working for
 * Mossad ... Eight suspects were detained in raids": one round-up, its
 * number told after (D-15), and neither finder is a spy. */
static void test_network_rolled_up_then_counted(void **state)
{
    (void)state;
    fnr_facts *f = run("MİT and Istanbul police have dismantled a spy network working for Mossad, "
                       "sources said on Tuesday.\n\nEight suspects were detained in raids in "
                       "Bursa on Monday.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 8);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    v = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_true(names_have(f, v->actors, v->n_actors, "Mossad"));
    fnr_facts_free(f);
    /* the searches of a round-up are no operation of their own */
    f = run("Police detained 12 suspects in Ankara on Monday.\n\nCounterterrorism teams raided 20 "
            "addresses in the city early on Monday.\n\nTurkish forces raided a PKK hideout in "
            "the Gara region.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_MILITARY_OPERATION), 1);
    fnr_facts_free(f);
    f = run("Police foiled the kidnapping of a businessman in Van.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
}

/* "MİT captured a Daesh member ..." then "The suspect, identified as X,
 * was caught in Esenyurt in a joint operation with the Istanbul police":
 * one capture by both. */
static void test_joint_operation_keeps_lead_actor(void **state)
{
    (void)state;
    fnr_facts *f = run("MİT captured a member of Daesh who was planning a bomb attack, sources "
                       "said.\n\nThe suspect, identified as Yusuf Ç., was caught in Esenyurt in a "
                       "joint operation with the Istanbul police.\n",
                       NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_true(names_have(f, v->actors, v->n_actors, "Istanbul police"));
    assert_true(names_have(f, v->targets, v->n_targets, "Yusuf Ç."));
    fnr_facts_free(f);
}

/* "arrested eight people in a joint operation by MİT and Europol": the
 * operation's agents after the verb made the arrests, and the subject's
 * body keeps its part. */
static void test_operation_by_agents_after_verb(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained six men in a joint operation by MİT and Europol on "
                       "Friday.\n",
                       NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_true(names_have(f, v->actors, v->n_actors, "Europol"));
    fnr_facts_free(f);
    f = run("Turkish police detained six men in an operation by MİT and the Ankara Police "
            "Department on Friday.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Turkish police"));
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_true(names_have(f, v->actors, v->n_actors, "Ankara Police Department"));
    assert_int_equal(v->n_targets, 0);
    fnr_facts_free(f);
}

/* "Emir D.": a given name that is also a title, before a withheld
 * surname's initial, names the person. */
static void test_given_title_before_initial(void **state)
{
    (void)state;
    fnr_facts *f = run("Gendarmerie teams detained Emir D. in Konya on Monday.\n", NULL);
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Emir D."));
    fnr_facts_free(f);
}

/* "the Marka district of Amman": a known place's name before a part of a
 * city of another country names the part, not the far place. */
static void test_district_of_foreign_city(void **state)
{
    (void)state;
    fnr_facts *f = run("Police searched two flats in the Marka district of Amman.\n", NULL);
    const fnr_entity *m = find_entity(f, "Marka");
    assert_non_null(m);
    assert_string_not_equal(m->country, "SOM");
    fnr_facts_free(f);
    f = run("Police searched two flats in Amman's Marka district.\n", NULL);
    m = find_entity(f, "Marka");
    assert_non_null(m);
    assert_string_not_equal(m->country, "SOM");
    fnr_facts_free(f);
}

/* "Oran's Sidi El Oued district": an unknown word before a known
 * place's name and a part head names the part, not the known place. */
static void test_part_name_ending_in_known_place(void **state)
{
    (void)state;
    fnr_facts *f = run("A car bomb went off in Oran's Sidi El Oued district on Sunday.\n", NULL);
    assert_non_null(find_entity(f, "Sidi El Oued"));
    assert_null(find_entity(f, "El Oued"));
    fnr_facts_free(f);
}

/* The one who tells of a deed after it (", said Major General X, the
 * division's commander") and the body of that speaker's role are no
 * associates of the ones the deed is about. */
static void test_speaker_after_deed(void **state)
{
    (void)state;
    fnr_facts *f = run("The leader, identified as Abdullah Ampaso, was killed in the town of "
                       "Piagapo on Wednesday, said Major General Antonio Nafarrete, commander of "
                       "the army's 1st Infantry Division.",
                       NULL);
    assert_non_null(find_entity(f, "Antonio Nafarrete"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Abdullah Ampaso", "Antonio Nafarrete"));
    assert_false(has_relation(f, FNR_REL_ASSOCIATED_WITH, "Antonio Nafarrete", "Abdullah Ampaso"));
    assert_false(
        has_relation(f, FNR_REL_ASSOCIATED_WITH, "Abdullah Ampaso", "1st Infantry Division"));
    fnr_facts_free(f);
    /* two named together in the deed stay associates */
    fnr_facts *g = run("Police said Ahmet Kaya and Mehmet Demir were detained together.", NULL);
    assert_true(has_relation(g, FNR_REL_ASSOCIATED_WITH, "Ahmet Kaya", "Mehmet Demir") ||
                has_relation(g, FNR_REL_ASSOCIATED_WITH, "Mehmet Demir", "Ahmet Kaya"));
    fnr_facts_free(g);
}

/* "Troops killed a leader of the group and two of his followers" counts
 * three; "The leader, identified as X, was killed ..., said Y" after it
 * names the leader of that killing (one event, D-15), and the named one
 * set off by commas before a verb of his own is no speaker. */
static void test_leader_named_after_lead(void **state)
{
    (void)state;
    fnr_facts *f = run("MANILA - Philippine soldiers killed a leader of the militant group Dawlah "
                       "Islamiyah and two of his followers in a clash in Lanao del Sur, the "
                       "military said on Thursday.\n\nThe leader, identified as Abdullah Ampaso, "
                       "was killed in the town of Piagapo on Wednesday, said Major General "
                       "Antonio Nafarrete.",
                       "2026-11-05");
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_int_equal(v->count, 3);
    assert_true(names_have(f, v->targets, v->n_targets, "Abdullah Ampaso"));
    fnr_facts_free(f);
    fnr_facts *g = run("The leader, Abdullah Ampaso, was killed, said the army.", NULL);
    v = find_event(g, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_true(names_have(g, v->targets, v->n_targets, "Abdullah Ampaso"));
    fnr_facts_free(g);
    /* the one an "after" clause's verb acts on is not the one detained */
    fnr_facts *k = run("Police in Istanbul detained 25 suspects after MİT traced money transfers "
                       "to a financier known as Sheikh Tamim.",
                       NULL);
    v = find_event(k, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 25);
    assert_false(names_have(k, v->targets, v->n_targets, "Sheikh Tamim"));
    fnr_facts_free(k);
    /* "Both were arrested in Srinagar" after the arrest of two told */
    fnr_facts *b =
        run("NEW DELHI (AP) - India's National Investigation Agency (NIA) said Tuesday it "
            "had arrested two more men in connection with a car bomb that killed 13 "
            "people near the Red Fort.\n\nThe agency said the men, identified as Amir "
            "Rashid Ali and Jasir Bilal Wani, had helped procure the vehicle. Both were "
            "arrested in Srinagar.",
            "2026-11-18");
    assert_int_equal(n_events(b, FNR_EVENT_ARREST), 1);
    fnr_facts_free(b);
    /* "in a July 2026 indictment": the month names the step, no later
     * year in its that-clause ("since 2022") */
    fnr_facts *ind = run("Prosecutors said in a July 2026 indictment that the network had helped "
                         "40 fighters travel to Afghanistan since 2022.",
                         NULL);
    v = find_event(ind, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_string_equal(v->date, "2026-07");
    fnr_facts_free(ind);
    /* "caught within hours of the attack": the attack's day, not a date
     * carried from an older paragraph */
    fnr_facts *wh = run("In February 2024, police detained 25 suspects in Istanbul.\n\nISKP "
                        "claimed the January 2024 attack on a church in Istanbul, in which one "
                        "person was killed. Two gunmen were caught within hours of the attack.",
                        "2026-10-14");
    v = NULL;
    for (size_t i = 0; i < wh->n_events; i++)
        if (wh->events[i].type == FNR_EVENT_ARREST)
            v = &wh->events[i]; /* the last */
    assert_non_null(v);
    assert_string_equal(v->date, "2024-01");
    fnr_facts_free(wh);
    /* ", leading to the arrest of four people in April": the arrest's own
     * month, not the warning's year */
    fnr_facts *lt = run("MİT had earlier this year warned Belgian authorities about a Daesh cell "
                        "in Brussels, leading to the arrest of four people in April.",
                        "2026-11-19");
    v = find_event(lt, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_string_equal(v->date, "2026-04");
    fnr_facts_free(lt);
    /* "Neither MIT nor ...": no person "Neither MIT" */
    fnr_facts *nm =
        run("Neither MIT nor the Iranian embassy in Ankara commented on the report.", NULL);
    assert_non_null(find_entity(nm, "MIT"));
    for (size_t i = 0; i < nm->n_entities; i++)
        assert_int_not_equal(nm->entities[i].type, FNR_ENTITY_PERSON);
    fnr_facts_free(nm);
    /* "tasked with abducting the journalist": a task, no abduction done */
    fnr_facts *ab =
        run("The paper said the cell had been tasked with abducting the journalist.", NULL);
    assert_int_equal(n_events(ab, FNR_EVENT_ATTACK), 0);
    assert_int_equal(n_events(ab, FNR_EVENT_PLOT), 1);
    fnr_facts_free(ab);
    /* "Of the suspects, 153 were remanded": a breakdown of a total told
     * before, not of a step that counted none */
    fnr_facts *ot =
        run("The trial of a former officer accused of spying began in Ankara.\n\nPolice "
            "detained 200 suspects in raids in Konya. Of the suspects, 153 were "
            "remanded in custody.",
            NULL);
    assert_int_equal(n_events(ot, FNR_EVENT_LEGAL_ACTION), 2);
    fnr_facts_free(ot);
    /* "a similar plot ..., detaining eight suspects": another round-up
     * of the same count, not the lead's told again */
    fnr_facts *sim = run("Police detained eight people in Istanbul on suspicion of spying on "
                         "dissidents.\n\nIn February, authorities said they had foiled a similar "
                         "plot in Istanbul, detaining eight suspects.",
                         NULL);
    assert_int_equal(n_events(sim, FNR_EVENT_ARREST), 2);
    fnr_facts_free(sim);
    /* "the group's so-called governor of Kirkuk and four of his aides":
     * five; "backed by the U.S.-led coalition": no state acts */
    fnr_facts *gv = run("Iraqi forces killed the group's so-called governor of Kirkuk and four of "
                        "his aides in an operation backed by the U.S.-led coalition.",
                        NULL);
    v = find_event(gv, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->count, 5);
    assert_int_equal(v->n_actors, 0);
    fnr_facts_free(gv);
    /* "According to the prosecution, the group had discussed attacking a
     * mall": the plot of the nine arrested, told again */
    fnr_facts *pg =
        run("Kosovo police arrested nine people suspected of planning attacks on behalf "
            "of the Islamic State group.\n\nAccording to the prosecution, the group had "
            "been in contact with an Islamic State operative in Syria and had discussed "
            "attacking a shopping mall.",
            NULL);
    assert_int_equal(n_events(pg, FNR_EVENT_PLOT), 1);
    fnr_facts_free(pg);
    /* the spy of an arrest named later, his spying told again: one */
    fnr_facts *sp =
        run("Azerbaijan's State Security Service said it had detained a citizen who had "
            "been passing information on military units to Iranian intelligence.\n\nThe "
            "service said Elvin Hasanov, 37, had been recruited in Ardabil. Hasanov "
            "photographed military units and sent the pictures to his handlers.",
            NULL);
    assert_int_equal(n_events(sp, FNR_EVENT_ESPIONAGE), 1);
    v = find_event(sp, FNR_EVENT_ESPIONAGE);
    assert_true(names_have(sp, v->actors, v->n_actors, "Elvin Hasanov"));
    fnr_facts_free(sp);
    /* "The information was passed on to the BfV": the sharing told again */
    fnr_facts *ip =
        run("Türkiye's National Intelligence Organization (MİT) has shared intelligence "
            "with Germany and Austria about militants planning attacks.\n\nThe "
            "information was passed on to the German Federal Office for the Protection "
            "of the Constitution (BfV).",
            "2026-11-19");
    assert_int_equal(n_events(ip, FNR_EVENT_INTEL_SHARING), 1);
    v = find_event(ip, FNR_EVENT_INTEL_SHARING);
    assert_true(names_have(ip, v->targets, v->n_targets, "BfV"));
    assert_true(names_have(ip, v->targets, v->n_targets, "Austria"));
    fnr_facts_free(ip);
    /* "dismantled an IS cell ... arrested six members of the cell ... in
     * the Damascus countryside town of Douma": one round-up, in Douma */
    fnr_facts *dm =
        run("Syrian security forces have dismantled an Islamic State cell, the Interior "
            "Ministry said.\n\nThe ministry said the General Security Service arrested "
            "six members of the cell in raids in the Damascus countryside town of "
            "Douma.",
            NULL);
    assert_int_equal(n_events(dm, FNR_EVENT_ARREST), 1);
    v = find_event(dm, FNR_EVENT_ARREST);
    assert_int_equal(v->count, 6);
    assert_true(v->location >= 0 && has_alias(&dm->entities[v->location], "Douma"));
    fnr_facts_free(dm);
    /* "One of them was killed": one, the sentence's subject */
    fnr_facts *h = run("One of them resisted arrest and was killed in a shootout.", NULL);
    v = find_event(h, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->count, 1);
    fnr_facts_free(h);
}

/* "MİT targeted X, code-named Y, in the Makhmur camp" just after "Turkish
 * intelligence neutralized a senior PKK terrorist in northern Iraq": the
 * strike named (one killing, in the camp); "The PKK, listed as a
 * terrorist organization by Türkiye, ..." is a standing listing, dated by
 * nothing before it. */
static void test_strike_named_and_standing_listing(void **state)
{
    (void)state;
    fnr_facts *f = run("Turkish intelligence neutralized a senior PKK terrorist in a precision "
                       "operation in northern Iraq, security sources said Sunday.\n\nThe "
                       "National Intelligence Organization (MİT) targeted Remzi Ataş, code-named "
                       "\"Şoreş Garzan\", in the Makhmur camp, according to the sources.\n\nThe "
                       "PKK, listed as a terrorist organization by Türkiye, the U.S. and the EU, "
                       "has waged a long campaign.",
                       "2026-11-16");
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 1);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    const fnr_event *v = find_event(f, FNR_EVENT_KILL);
    assert_true(names_have(f, v->targets, v->n_targets, "Remzi Ataş"));
    assert_true(v->location >= 0 && has_alias(&f->entities[v->location], "Makhmur"));
    assert_string_equal(v->date, "2026-11-15");
    const fnr_event *l = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(l);
    assert_string_equal(l->date, "");
    fnr_facts_free(f);
}

/* Shapes of Turkish-source reports of MİT operations, round-ups and
 * court steps (round 22). */
static void test_mit_and_round_up_reports(void **state)
{
    (void)state;
    /* two named operations joined by "and" share the date after them */
    assert_event_date("Türkiye launched Operation Storm-Hawk and Operation Storm-Lynx in June "
                      "2021 against the group's camps.\n",
                      FNR_EVENT_MILITARY_OPERATION, "2021-06");
    /* a coup with no place told is in its plotters' state, not in the
     * country the report names most */
    fnr_facts *f = run("A FETÖ member was extradited from Georgia to Türkiye on Monday. Georgia "
                       "had held him since March. FETÖ carried out the coup attempt of July 15, "
                       "2016, which killed 251 people.\n",
                       "2026-05-14");
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Türkiye") == 0);
    fnr_facts_free(f);
    /* a plot told with the capture of its plotters is where they were
     * caught, though the city came from the police that caught them */
    f = run("Gendarmerie teams detained four men in Bursa on Friday.\n\nSeparately, Izmir police "
            "caught 11 suspects plotting bomb attacks in the city. Police also searched homes in "
            "Izmir.\n",
            "2026-05-14");
    v = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Izmir") == 0);
    fnr_facts_free(f);
    /* "The suspects ... were caught" after a nationwide figure and a
     * city's round-up tells the round-up last told again */
    f = run("Gendarmerie teams caught 815 suspects in operations in 52 provinces in the past "
            "month, the ministry said on Monday.\n\nSeparately, Bursa police detained 17 "
            "suspects in the city.\n\nThe suspects, all members of Daesh, were caught in raids "
            "in nine districts, police said.\n",
            "2026-05-14");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 2);
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].type == FNR_EVENT_ARREST && f->events[i].count == 815)
            assert_false(names_have(f, f->events[i].targets, f->events[i].n_targets, "Daesh"));
        else if (f->events[i].type == FNR_EVENT_ARREST)
            assert_true(names_have(f, f->events[i].targets, f->events[i].n_targets, "Daesh"));
    fnr_facts_free(f);
    /* "Among them were A, 27, B, 34, and C, 41": each one listed is among
     * those taken */
    static const char *const AMONG[] = { "Among them were", "Among those detained were" };
    for (size_t a = 0; a < 2; a++) {
        char text[256];
        snprintf(text, sizeof text,
                 "Bursa police detained 17 suspects in the city on Monday.\n\n%s R.G., 27, "
                 "T.N., 34, and O.P., 41.\n",
                 AMONG[a]);
        f = run(text, "2026-05-14");
        v = find_event(f, FNR_EVENT_ARREST);
        assert_non_null(v);
        assert_true(names_have(f, v->targets, v->n_targets, "R.G."));
        assert_true(names_have(f, v->targets, v->n_targets, "T.N."));
        assert_true(names_have(f, v->targets, v->n_targets, "O.P."));
        fnr_facts_free(f);
    }
    /* a site named after a city the dictionary knows is in the city's
     * country */
    f = run("One suspect was caught at Izmir Airport as he tried to leave.\n", NULL);
    const fnr_entity *site = find_entity(f, "Izmir Airport");
    assert_non_null(site);
    assert_string_equal(site->country, "TUR");
    fnr_facts_free(f);
    /* İzmir's airport, named after a person whose surname is a district
     * of the city: one site, no person */
    f = run("Police caught the suspect at Adnan Menderes Airport in Izmir.\n", NULL);
    assert_non_null(find_entity(f, "Adnan Menderes Airport"));
    assert_null(find_entity(f, "Adnan"));
    fnr_facts_free(f);
    /* a listing told aside of the group's name takes no date from the
     * paragraph before */
    assert_event_date("In March 2025, 640 terrorists were neutralized, the "
                      "ministry said.\n\nThe PKK, listed as a terrorist organization by Türkiye "
                      "and the EU, has waged a long campaign.\n",
                      FNR_EVENT_LEGAL_ACTION, "");
    /* "had been gathering information on dissidents": spying, when no
     * police or service does it */
    f = run("The cell, led by Farid Tahmasebi, had been gathering information on dissidents "
            "living in Van, the sources said.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 1);
    fnr_facts_free(f);
    f = run("MİT had been gathering information on the cell for months.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 0);
    fnr_facts_free(f);
    /* the last two names of a full name of three name the same person;
     * an Arabic name's last two (a father's) do not */
    f = run("Police detained Abdirahman Warsame Ali in Mogadishu. Warsame Ali was later "
            "charged.\n",
            NULL);
    const fnr_entity *p = find_entity(f, "Abdirahman Warsame Ali");
    assert_non_null(p);
    assert_true(has_alias(p, "Warsame Ali"));
    fnr_facts_free(f);
    f = run("Police detained Bilal Hamza al-Shami in Idlib. Hamza al-Shami was not found.\n", NULL);
    p = find_entity(f, "Bilal Hamza al-Shami");
    assert_non_null(p);
    assert_false(has_alias(p, "Hamza al-Shami"));
    fnr_facts_free(f);
    /* "captured X in Afghanistan and brought him to Türkiye": the capture
     * was in Afghanistan */
    f = run("In a separate operation in Afghanistan, MİT captured a Daesh member, identified as "
            "K.R., and brought him to Türkiye.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0 && strcmp(f->entities[v->location].name, "Afghanistan") == 0);
    fnr_facts_free(f);
    /* fugitives are counted as suspects are */
    f = run("The minister said 27 fugitives had been brought back to Türkiye from nine "
            "countries this year.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 27);
    fnr_facts_free(f);
    /* "The largest number of suspects were caught in X" further on, no
     * other capture told since, is where most of the round-up were */
    f = run("Gendarmerie forces detained 184 suspects in operations in 31 provinces over the "
            "past week, the ministry said.\n\nThe raids were carried out with MİT's support."
            "\n\nSome of the suspects had crossed from Syria.\n\nOf the detained, 77 were "
            "remanded in custody.\n\nThe largest number of suspects were caught in Şanlıurfa "
            "and Mardin, the ministry said.\n",
            "2026-05-14");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
    /* Daesh's provinces named "Daesh-Somalia", "Daesh-Sahel" */
    f = run("The cell sent money to Daesh-Somalia and to Daesh-Sahel.\n", NULL);
    assert_non_null(find_entity(f, "Daesh-Somalia"));
    assert_non_null(find_entity(f, "Daesh-Sahel"));
    assert_string_equal(find_entity(f, "Daesh-Somalia")->country, "SOM");
    fnr_facts_free(f);
    /* released under house arrest: no capture */
    f = run("K.Y. was released under house arrest on Monday.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 0);
    fnr_facts_free(f);
    /* "following an investigation by" names who investigated, not who
     * caught */
    f = run("Police caught 12 suspects in raids in Bursa following an investigation by the "
            "Bursa Chief Public Prosecutor's Office.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_false(names_have(f, v->actors, v->n_actors, "Bursa Chief Public Prosecutor's Office"));
    fnr_facts_free(f);
    /* "Among the detainees is X": one of the round-up */
    f = run("Police detained 14 suspects in Denizli on Tuesday.\n\nAmong the detainees is a "
            "former police chief, identified as H.K., who was dismissed in 2016.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "H.K."));
    fnr_facts_free(f);
    /* the claimant of an attack named by several words made it */
    f = run("Daesh claimed responsibility for the 2017 New Year's Eve attack on a nightclub in "
            "Istanbul.\n",
            NULL);
    v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "Daesh"));
    fnr_facts_free(f);
    /* "found the defendants guilty": a verdict, no find */
    f = run("The Ankara 3rd High Criminal Court found the defendants guilty of membership in an "
            "armed terrorist organization and of attempting to kill people with explosives.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_SEIZURE), 0);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* "based on intelligence provided by MİT": MİT told the police */
    f = run("The Bursa police detained the suspects based on intelligence provided by MİT.\n",
            NULL);
    v = find_event(f, FNR_EVENT_INTEL_SHARING);
    assert_non_null(v);
    assert_true(names_have(f, v->actors, v->n_actors, "MİT"));
    assert_false(names_have(f, v->actors, v->n_actors, "Bursa police"));
    assert_true(names_have(f, v->targets, v->n_targets, "Bursa police"));
    fnr_facts_free(f);
    /* "He had been placed on the ... wanted list": he is the one listed */
    f = run("Police in Hakkari detained Baran Aydın on Friday.\n\nHe joined the group in "
            "2012.\n\nHe had been placed on the Interior Ministry's wanted terrorist list in the "
            "grey category.\n",
            NULL);
    v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(names_have(f, v->targets, v->n_targets, "Baran Aydın"));
    fnr_facts_free(f);
}

/* Shapes of international security news (wire reports on raids, rings
 * and plots abroad). */
static void test_wire_security_shapes(void **state)
{
    (void)state;
    /* "killed when they opened fire": the dead are the attackers, their
     * killing the event (no attack counting them as its dead) */
    fnr_facts *f = run("Three gunmen were killed when they opened fire on a patrol near Kirkuk "
                       "on Monday.\n",
                       NULL);
    const fnr_event *kill = find_event(f, FNR_EVENT_KILL);
    assert_non_null(kill);
    assert_int_equal(kill->count, 3);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* (the dead of an attack others made stay its count) */
    f = run("Five villagers were killed when militants stormed a market near Kirkuk.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_KILL), 0);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->count, 5);
    fnr_facts_free(f);
    /* "X also said its fighters had seized": the source did the deed */
    assert_true(acts("The Kurdish-led SDF also said its fighters had seized rifles and "
                     "explosives at the farm near Raqqa.\n",
                     FNR_EVENT_SEIZURE, "SDF"));
    assert_false(takes_part("The Kurdish-led SDF also said its fighters had seized rifles and "
                            "explosives at the farm near Raqqa.\n",
                            FNR_EVENT_SEIZURE, "SDF", true));
    /* "a spy ring working for X": X spied, the ones held are its (D-11) */
    assert_true(takes_part("Police arrested four members of a spy ring working for the "
                           "Revolutionary Guards in Milan.\n",
                           FNR_EVENT_ARREST, "Revolutionary Guards", true));
    /* "X said it had broken up a spy ring working for Y": X caught the
     * spies, spied for no one; "The suspects, led by Z, ..." tells the
     * same spying again, with its leader */
    f = run("Georgia's State Security Service said on Monday it had broken up a spy ring working "
            "for Russia's Federal Security Service, detaining six people.\n\nThe suspects, led "
            "by a retired army major, Levan Kapanadze, collected information about bridges near "
            "Gori.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_ESPIONAGE), 1);
    const fnr_event *spying = find_event(f, FNR_EVENT_ESPIONAGE);
    assert_false(names_have(f, spying->actors, spying->n_actors, "State Security Service"));
    assert_true(names_have(f, spying->actors, spying->n_actors, "Federal Security Service"));
    assert_true(names_have(f, spying->actors, spying->n_actors, "Levan Kapanadze"));
    fnr_facts_free(f);
    /* "a warning from a friendly service, which X identified as Y": Y
     * warned */
    static const char WARNED[] = "The Dutch AIVD acted on a warning from a friendly service, "
                                 "which Dutch newspapers later identified as Britain's MI5.\n";
    assert_true(acts(WARNED, FNR_EVENT_INTEL_SHARING, "MI5"));
    assert_false(takes_part(WARNED, FNR_EVENT_INTEL_SHARING, "MI5", true));
    assert_true(takes_part(WARNED, FNR_EVENT_INTEL_SHARING, "AIVD", true));
    /* "planning a gun and knife attack": one planned attack, none done */
    f = run("German police detained two brothers in Kiel on suspicion of planning a gun and "
            "knife attack on a synagogue in Hamburg.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 0);
    fnr_facts_free(f);
    /* "..., after an investigation by X": X investigated; it charged and
     * plotted nothing */
    static const char PROBED[] =
        "Prosecutors in Vilnius charged four men with plotting arson attacks on behalf of "
        "Russia's GRU, after a year-long investigation by the State Security Department.\n";
    assert_false(acts(PROBED, FNR_EVENT_PLOT, "State Security Department"));
    assert_false(takes_part(PROBED, FNR_EVENT_PLOT, "State Security Department", true));
    assert_true(acts(PROBED, FNR_EVENT_PLOT, "GRU"));
    assert_false(acts(PROBED, FNR_EVENT_LEGAL_ACTION, "State Security Department"));
    /* "a handler known only as "Vlad"": a code name with no real name */
    f = run("The couriers took orders from a handler known only as \"Lynx\", who worked for the "
            "SVR.\n",
            NULL);
    const fnr_entity *lynx = find_entity(f, "Lynx");
    assert_non_null(lynx);
    assert_int_equal(lynx->type, FNR_ENTITY_PERSON);
    fnr_facts_free(f);
    /* "Kenyan intelligence" is "Kenya's National Intelligence Service"
     * when the report names it so (D-2) */
    f = run("Kenyan intelligence warned Somalia of the plan.\n\nKenya's National Intelligence "
            "Service said the cell had planned to strike a mall.\n",
            NULL);
    const fnr_entity *nis = find_entity(f, "National Intelligence Service");
    assert_non_null(nis);
    assert_true(has_alias(nis, "Kenyan intelligence"));
    fnr_facts_free(f);
    /* "after a tip-off from Spain's intelligence service, the CNI": the
     * service the apposition names told, and took no one */
    static const char TIPPED[] = "Belgian police arrested the men after a tip-off from Spain's "
                                 "intelligence service, the CNI.\n";
    assert_true(acts(TIPPED, FNR_EVENT_INTEL_SHARING, "CNI"));
    assert_false(acts(TIPPED, FNR_EVENT_INTEL_SHARING, "Spain"));
    assert_false(acts(TIPPED, FNR_EVENT_ARREST, "CNI"));
    assert_false(takes_part(TIPPED, FNR_EVENT_ARREST, "CNI", true));
    /* "Hamas, the group that rules Gaza, said an Israeli strike killed
     * four of its fighters": the group reports its own dead */
    static const char OWN_DEAD[] = "Hamas, the group that runs Gaza, said an Israeli strike on "
                                   "Tuesday killed four of its fighters near Rafah.\n";
    assert_false(acts(OWN_DEAD, FNR_EVENT_KILL, "Hamas"));
    assert_true(takes_part(OWN_DEAD, FNR_EVENT_KILL, "Hamas", true));
    assert_true(takes_part("Hamas said two of its members were arrested in Hebron.\n",
                           FNR_EVENT_ARREST, "Hamas", true));
    assert_true(
        acts("Hamas said its fighters killed two soldiers near Rafah.\n", FNR_EVENT_KILL, "Hamas"));
    /* "planned last year's suicide bombing of a mosque", then "The May
     * 2025 bombing killed 40": one past attack (no plot), told twice */
    f = run("Soldiers shot dead a militant who planned last year's suicide bombing of a mosque "
            "in Quetta.\n\nThe May 2025 bombing killed 40 worshippers.\n",
            "2026-11-24");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    assert_int_equal(find_event(f, FNR_EVENT_ATTACK)->count, 40);
    fnr_facts_free(f);
    /* "expelled French troops": a force sent away is no one deported;
     * "expelled two diplomats" is */
    f = run("Burkina Faso's junta expelled the remaining French troops in 2023.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 0);
    fnr_facts_free(f);
    f = run("Burkina Faso expelled two French diplomats in 2023.\n", NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* "on behalf of a Russian intelligence service": Russia, named in the
     * report, plotted (D-12) */
    assert_true(acts("Prosecutors in Riga charged two men with plotting to burn a depot on behalf "
                     "of a Russian intelligence service. Russia denied the charge.\n",
                     FNR_EVENT_PLOT, "Russia"));
    /* "Russia denied the charge": a denial charges no one */
    f = run("Prosecutors in Riga charged two men with plotting to burn a depot. Russia denied the "
            "charge.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
    /* a verdict on four, then its parts: "The court sentenced X to ...",
     * "The three co-defendants received sentences of ..." (D-15) */
    f = run("A court in Brussels on Monday sentenced four men to between five and 15 years in "
            "prison for planning an attack on a synagogue.\n\nThe court found the ringleader, "
            "Karim Z., guilty of terrorist conspiracy and sentenced him to 15 years.\n\nThe "
            "three co-defendants received sentences of five to eight years.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    const fnr_event *verdict = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_int_equal(verdict->count, 4);
    assert_true(names_have(f, verdict->targets, verdict->n_targets, "Karim Z."));
    /* ("guilty of terrorist conspiracy" is the plot told first, its
     * plotter named) */
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    const fnr_event *conspiracy = find_event(f, FNR_EVENT_PLOT);
    assert_true(names_have(f, conspiracy->actors, conspiracy->n_actors, "Karim Z."));
    fnr_facts_free(f);
    /* "X was killed with four other militants": five dead */
    f = run("The emir, Qari Hanif, was killed with four other militants in Kunar on Monday.\n",
            NULL);
    assert_int_equal(find_event(f, FNR_EVENT_KILL)->count, 5);
    fnr_facts_free(f);
}

/* Wire shapes where a date or a second deed stands in a rule's way. */
static void test_wire_shapes_past_a_date(void **state)
{
    (void)state;
    /* "were detained in October 2024 by X after a tip-off from Y": the
     * date between the participle and "by" leaves X the one told */
    static const char DATED[] = "Three men were detained in October 2024 by the DGSI after a "
                                "tip-off from Spain's intelligence service, the CNI.\n";
    assert_true(acts(DATED, FNR_EVENT_INTEL_SHARING, "CNI"));
    assert_true(takes_part(DATED, FNR_EVENT_INTEL_SHARING, "DGSI", true));
    assert_true(acts(DATED, FNR_EVENT_ARREST, "DGSI"));
    /* "planned the suicide bombing of X last year": the attack happened
     * (its year after it), no plot */
    fnr_facts *f = run("Soldiers killed a militant leader who planned the suicide bombing of a "
                       "church in Quetta last year, the army said.\n",
                       "2026-01-12");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    f = run("Police arrested a man who planned the bombing of a hotel in Kabul in 2023.\n",
            "2026-01-12");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 0);
    assert_int_equal(n_events(f, FNR_EVENT_ATTACK), 1);
    fnr_facts_free(f);
    /* (an attack with no article before it may have been foiled) */
    f = run("Police arrested a man who planned an attack on a church in Quetta last year.\n",
            "2026-01-12");
    assert_int_equal(n_events(f, FNR_EVENT_PLOT), 1);
    fnr_facts_free(f);
    /* "expelled two diplomats after prosecutors charged four men": the
     * after-clause has its own subject, its charge is a second legal
     * action */
    f = run("Austria expelled two Iranian diplomats on Monday after state prosecutors charged "
            "four men with spying.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 2);
    fnr_facts_free(f);
    /* (the after-clause with no place of its own is where the main one is) */
    f = run("Austria expelled two Iranian diplomats after state prosecutors charged four men "
            "with plotting to bomb rail lines.\n",
            NULL);
    const fnr_event *plot = find_event(f, FNR_EVENT_PLOT);
    assert_non_null(plot);
    assert_true(plot->location >= 0);
    assert_string_equal(f->entities[plot->location].name, "Austria");
    fnr_facts_free(f);
    /* (an after-clause with no subject of its own is the same clause) */
    f = run("The court sentenced two men to life in prison after convicting them of murder.\n",
            NULL);
    assert_int_equal(n_events(f, FNR_EVENT_LEGAL_ACTION), 1);
    fnr_facts_free(f);
}

/* Entities of security news dense in names (round q22c). */
static void test_names_of_q22c(void **state)
{
    (void)state;
    /* "the Iraq-Syria border": two countries, not one name; "Al-Qaim"
     * keeps its particle */
    fnr_facts *f = run("Couriers crossed the Lebanon-Syria border and later the Iran-Iraq "
                       "frontier near Al-Qaim.\n",
                       NULL);
    static const char *const PAIR[] = { "Lebanon", "Syria", "Iran", "Iraq", "Al-Qaim" };
    for (size_t i = 0; i < sizeof PAIR / sizeof PAIR[0]; i++) {
        const fnr_entity *e = find_entity(f, PAIR[i]);
        if (!e || e->type != FNR_ENTITY_LOCATION)
            fail_msg("\"%s\" not found as a place", PAIR[i]);
    }
    fnr_facts_free(f);
    /* a group's dictionary name after "known as" names the group, though
     * a member opens the sentence */
    f = run("Police held a recruiter of the Islamic State Khorasan Province, known as ISKP, in "
            "Peshawar.\n",
            NULL);
    const fnr_entity *iskp = find_entity(f, "ISKP");
    assert_non_null(iskp);
    assert_int_equal(iskp->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* a given name after "the" before a site's head names the site */
    f = run("Guards shot two smugglers near the Hamza crossing on Sunday.\n", NULL);
    const fnr_entity *xing = find_entity(f, "Hamza");
    assert_non_null(xing);
    assert_int_equal(xing->type, FNR_ENTITY_LOCATION);
    fnr_facts_free(f);
    /* a house of worship's head ends a site's name (D-5) */
    f = run("The cell had watched the Yildiz Synagogue and the Vakif Mosque in Izmir.\n", NULL);
    static const char *const WORSHIP[] = { "Yildiz Synagogue", "Vakif Mosque" };
    for (size_t i = 0; i < sizeof WORSHIP / sizeof WORSHIP[0]; i++) {
        const fnr_entity *e = find_entity(f, WORSHIP[i]);
        if (!e || e->type != FNR_ENTITY_LOCATION)
            fail_msg("\"%s\" not found as a site", WORSHIP[i]);
    }
    fnr_facts_free(f);
    /* "the so-called X group": a named cell */
    f = run("He had joined the so-called Kervanlar group in Adana.\n", NULL);
    const fnr_entity *kg = find_entity(f, "Kervanlar group");
    assert_non_null(kg);
    assert_int_equal(kg->type, FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* "Greek police" is the Hellenic Police the report names (D-2) */
    f = run("Greek police detained a courier in Patras, the Hellenic Police said.\n", NULL);
    const fnr_entity *hp = find_entity(f, "Hellenic Police");
    assert_non_null(hp);
    assert_true(has_alias(hp, "Greek police"));
    fnr_facts_free(f);
    /* ", born X": the name of birth is the same person's; a surname that
     * is also a district's name before it is the person's */
    f = run("The courier, Ali Sur, was held in Batman. Sur, born Ali Rıza Sur in Siirt, had "
            "fled in 2015.\n",
            NULL);
    const fnr_entity *sur = find_entity(f, "Ali Rıza Sur");
    assert_non_null(sur);
    assert_true(has_alias(sur, "Ali Sur"));
    assert_true(has_alias(sur, "Sur"));
    fnr_facts_free(f);
    /* bodies of the region's news from the dictionary */
    f = run("The UN Interim Force in Lebanon (UNIFIL) said the Acilciler group had no cell "
            "there.\n",
            NULL);
    const fnr_entity *unifil = find_entity(f, "UNIFIL"), *acil = find_entity(f, "Acilciler");
    assert_non_null(unifil);
    assert_true(has_alias(unifil, "UN Interim Force in Lebanon"));
    assert_true(acil && acil->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* "Diwan" and "Wilayat" open the names of a group's offices and
     * provinces, not persons' */
    f = run("Raiders found ledgers of the so-called Diwan al-Rikaz in the house.\n", NULL);
    const fnr_entity *diwan = find_entity(f, "Diwan al-Rikaz");
    assert_true(diwan && diwan->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    f = run("He had links to the group's so-called Wilayat al-Hijaz, police said.\n", NULL);
    const fnr_entity *wil = find_entity(f, "Wilayat al-Hijaz");
    assert_true(wil && wil->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* known as the "X": a quoted nickname after the article */
    f = run("The gang, led by Dara Sali, known as the \"Grey Hawk\", took the job.\n", NULL);
    const fnr_entity *sali = find_entity(f, "Dara Sali");
    assert_non_null(sali);
    assert_true(has_alias(sali, "Grey Hawk"));
    fnr_facts_free(f);
    /* a given name spelt otherwise with the surname of one named in full
     * is that person; "Mehmet" is not "Mohamed" */
    f = run("Police held Mohamed Ali Kassem in Tripoli. Muhammad Kassem had fled in 2019, and "
            "Mehmet Kassem stayed.\n",
            NULL);
    const fnr_entity *kas = find_entity(f, "Mohamed Ali Kassem");
    assert_non_null(kas);
    assert_true(has_alias(kas, "Muhammad Kassem"));
    assert_false(has_alias(kas, "Mehmet Kassem"));
    fnr_facts_free(f);
    /* "the Directorate General of X": one body, no person "X" */
    f = run("The courier was flagged by the Directorate General of Civil Registration (NVI).\n",
            NULL);
    const fnr_entity *dg = find_entity(f, "Directorate General of Civil Registration");
    assert_true(dg && dg->type == FNR_ENTITY_ORGANIZATION);
    assert_true(has_alias(dg, "NVI"));
    fnr_facts_free(f);
    /* "SANA said": the acronym in capitals is the agency, not Sana'a */
    f = run("Troops seized two drones near Homs, SANA said.\n", NULL);
    const fnr_entity *sana = find_entity(f, "SANA");
    assert_true(sana && sana->type == FNR_ENTITY_ORGANIZATION);
    fnr_facts_free(f);
    /* words of a headline in capitals are no person */
    f = run("date 2026-05-12 ARMS RING SERVING IRAN BUSTED IN MERSIN\n\nMERSIN\n\nPolice "
            "detained five men in Mersin on Monday.\n",
            NULL);
    for (size_t i = 0; i < f->n_entities; i++)
        if (f->entities[i].type == FNR_ENTITY_PERSON)
            fail_msg("\"%s\" taken for a person", f->entities[i].name);
    fnr_facts_free(f);
}

static void test_names_of_q22g(void **state)
{
    (void)state;
    /* "the Kuyucular group" (no "so-called"): a Turkish plural of a trade's
     * word before group/network names a cell */
    fnr_facts *f =
        run("He belonged to the Kuyucular group and later to the Kebap\xc3\xa7\xc4\xb1lar "
            "network in Konya.\n",
            NULL);
    static const char *const CELLS[] = { "Kuyucular group", "Kebap\xc3\xa7\xc4\xb1lar network" };
    for (size_t i = 0; i < sizeof CELLS / sizeof CELLS[0]; i++) {
        const fnr_entity *e = find_entity(f, CELLS[i]);
        if (!e || e->type != FNR_ENTITY_ORGANIZATION)
            fail_msg("\"%s\" not found as an organisation", CELLS[i]);
    }
    fnr_facts_free(f);
    /* "Judge X of the Y Court ordered the suspect held": the judge acts */
    static const char *const JUDGED =
        "Judge Karim Nassar of the Criminal Court ordered on Friday that the courier be held "
        "in custody.";
    assert_true(acts(JUDGED, FNR_EVENT_LEGAL_ACTION, "Karim Nassar"));
    assert_false(takes_part(JUDGED, FNR_EVENT_LEGAL_ACTION, "Karim Nassar", true));
    /* "a courier of Abu X al-Y": the kunya keeps its "Abu" after a title's
     * "of" (it is no portfolio, as in "the Minister of Interior X") */
    f = run("Police in Mersin detained a courier of Abu Ali al-Tikriti on Sunday.\n", NULL);
    assert_non_null(find_entity(f, "Abu Ali al-Tikriti"));
    assert_null(find_entity(f, "Ali al-Tikriti"));
    fnr_facts_free(f);

    /* "General Security" is Syria's body in a report of Syrian places,
     * Lebanon's in one of Lebanese places */
    static const struct {
        const char *text, *country;
    } GS[] = {
        { "General Security units detained four smugglers in Homs and Hama on Tuesday.\n", "SYR" },
        { "General Security detained four smugglers in Tripoli and Sidon on Tuesday.\n", "LBN" },
    };

    for (size_t i = 0; i < sizeof GS / sizeof GS[0]; i++) {
        f = run(GS[i].text, NULL);
        const fnr_entity *gs = find_entity(f, "General Security");
        if (!gs || strcmp(gs->country, GS[i].country) != 0)
            fail_msg("\"General Security\" not of %s in \"%s\"", GS[i].country, GS[i].text);
        fnr_facts_free(f);
    }
}

/* The last event of type t, or NULL. */
static const fnr_event *last_event(const fnr_facts *f, fnr_event_type t)
{
    for (size_t i = f->n_events; i-- > 0;)
        if (f->events[i].type == t)
            return &f->events[i];
    return NULL;
}

/* Fails unless the last event of type t in text (reported on doc_date)
 * is dated want. */
static void assert_last_date(const char *text, const char *doc_date, fnr_event_type t,
                             const char *want)
{
    fnr_facts *f = run(text, doc_date);
    const fnr_event *v = last_event(f, t);
    if (!v)
        fail_msg("no %s event in \"%s\"", fnr_event_type_name(t), text);
    if (strcmp(v->date, want) != 0)
        fail_msg("date \"%s\", want \"%s\" in \"%s\"", v->date, want, text);
    fnr_facts_free(f);
}

/* "Two days later", "On the same day", "the next day", "a month later":
 * counted from the date told just before, even in another paragraph,
 * not the report's month */
static void test_days_later(void **state)
{
    (void)state;
    assert_last_date("Gendarmes detained six men in Mardin on April 3.\n\nTwo days later, a "
                     "seventh man was caught in Batman.\n",
                     "2024-04-20", FNR_EVENT_ARREST, "2024-04-05");
    assert_last_date("Police detained 40 fuel smugglers across the south in May, the ministry "
                     "said on Monday.\n\nOfficers in Mersin detained a courier on May 30.\n\n"
                     "On the same day, police in Tarsus caught his brother.\n",
                     "2024-06-12", FNR_EVENT_ARREST, "2024-05-30");
    assert_last_date("Police detained Omer Tan in Kars on Dec. 31, 2023. A court formally "
                     "arrested him the next day.\n",
                     "2024-02-01", FNR_EVENT_LEGAL_ACTION, "2024-01-01");
    assert_last_date("Police detained Omer Tan in Kars on Dec. 12, 2023. He was charged with "
                     "espionage a month later.\n",
                     "2024-03-01", FNR_EVENT_LEGAL_ACTION, "2024-01");
}

/* A part after ", and" with its own date is dated by it; one without
 * keeps the first part's */
static void test_own_date_after_comma_and(void **state)
{
    (void)state;
    assert_last_date("A foreign service warned the police about the chats in early December, and "
                     "officers arrested the three suspects in Essen on Dec. 6, 2023.\n",
                     "2025-10-15", FNR_EVENT_ARREST, "2023-12-06");
    assert_last_date("Police detained Ali Kaya in Bonn on March 3, and prosecutors charged him "
                     "with espionage.\n",
                     "2025-10-15", FNR_EVENT_LEGAL_ACTION, "2025-03-03");
}

/* "On Oct. 23" in a January report is last October's, and so is the
 * day it carries to the next paragraph */
static void test_carried_day_of_last_year(void **state)
{
    (void)state;
    assert_last_date("ANKARA, Jan. 5, 2025\n\nOn Oct. 23, two militants attacked a defence plant "
                     "in Kahramankazan near Ankara, killing five people.\n\nBoth attackers were "
                     "killed by police.\n",
                     NULL, FNR_EVENT_KILL, "2024-10-23");
}

/* Fails unless text (reported on 2024-03-01) tells no event of type t. */
static void assert_no_event(const char *text, fnr_event_type t)
{
    fnr_facts *f = run(text, "2024-03-01");
    const fnr_event *v = find_event(f, t);
    if (v)
        fail_msg("a %s event in \"%s\"", fnr_event_type_name(t), text);
    fnr_facts_free(f);
}

/* The toll of an open-ended conflict, told in the passive, is
 * background (D-19) */
static void test_toll_of_conflict(void **state)
{
    (void)state;
    assert_no_event("The group has fought the state since 1984. More than 40,000 people have been "
                    "killed in the conflict.\n",
                    FNR_EVENT_KILL);
}

/* "has been accused of plotting several abductions in recent years": a
 * record told as background; one charge of plotting attacks stays */
static void test_plotting_many_over_years(void **state)
{
    (void)state;
    assert_no_event("Iran has been accused of plotting several abductions of exiles in Armenia "
                    "in recent years.\n",
                    FNR_EVENT_PLOT);
    fnr_facts *f = run("A court in Yerevan charged Arman Sargsyan with plotting several "
                       "abductions of exiles.\n",
                       "2024-03-01");
    assert_non_null(find_event(f, FNR_EVENT_PLOT));
    fnr_facts_free(f);
}

/* "with the aim of abducting him": the plot's aim, no abduction done */
static void test_aim_of_abducting(void **state)
{
    (void)state;
    const char *text = "The men followed Arash Nouri, a dissident living in Van, with the aim of "
                       "abducting him.\n";
    assert_no_event(text, FNR_EVENT_ATTACK);
    fnr_facts *f = run(text, "2024-03-01");
    assert_non_null(find_event(f, FNR_EVENT_PLOT));
    fnr_facts_free(f);
}

/* "killing several senior commanders. One of them, X, was killed": X
 * is one of the uncounted killing just told, not of a counted one
 * further back */
static void test_one_of_the_nearest_killing(void **state)
{
    (void)state;
    fnr_facts *f = run(
        "Review of the year\n\nTroops killed 2,100 militants in 2024, the ministry said.\n\n"
        "The figures included 40 militants killed in the last week of December, most of them in "
        "air strikes in the Zap region of Iraq.\n\nIn January, gunmen killed four soldiers in an "
        "attack on an outpost in the Zap region on Jan. 10.\n\nIn the following weeks, MİT "
        "carried out drone strikes in Syria's Tal Tamr and Hasakah regions, killing several "
        "senior commanders.\n\nOne of them, a commander known by the code name \"Kawa Serhat\", "
        "was killed in a strike on his car near Tal Tamr on Feb. 9.\n",
        "2025-01-02");
    bool named = false;
    for (size_t i = 0; i < f->n_events; i++) {
        const fnr_event *v = &f->events[i];
        if (v->type != FNR_EVENT_KILL || !names_have(f, v->targets, v->n_targets, "Kawa Serhat"))
            continue;
        assert_int_not_equal(v->count, 40);
        named = true;
    }
    assert_true(named);
    fnr_facts_free(f);
}

/* "killed 38 militants and arrested 112 suspects": each verb counts its
 * own object */
static void test_second_verb_counts_its_object(void **state)
{
    (void)state;
    fnr_facts *f = run("Police killed 38 militants and arrested 112 suspects in raids in Kirkuk.\n",
                       "2025-05-04");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->count, 112);
    v = find_event(f, FNR_EVENT_KILL);
    assert_non_null(v);
    assert_int_equal(v->count, 38);
    fnr_facts_free(f);
    f = run("Police rescued 21 hostages and arrested a supplier.\n", "2025-05-04");
    v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_not_equal(v->count, 21);
    fnr_facts_free(f);
}

/* The outcomes of one operation share the date told after the second;
 * a later step keeps its own */
static void test_outcomes_share_the_date(void **state)
{
    (void)state;
    assert_event_date("Police killed 38 militants and arrested 112 suspects in raids in April "
                      "2024, officials said.\n",
                      FNR_EVENT_KILL, "2024-04");
    assert_event_date("Police detained Ali Kaya in Izmir and seized two pistols on May 3, 2024.\n",
                      FNR_EVENT_ARREST, "2024-05-03");
    assert_event_date("Ali Kaya was captured in Istanbul and sentenced to life in 2020.\n",
                      FNR_EVENT_ARREST, "");
}

/* "Troops killed three of the attackers and arrested a fourth": both
 * where the attack told just before was */
static void test_second_outcome_keeps_the_place(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Gunmen attacked a checkpoint near Tarmiyah in Iraq on April 20, killing two "
            "soldiers. Troops killed three of the attackers and arrested a fourth, "
            "identified as Mahmoud Jassim.\n",
            "2025-05-04");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_true(v->location >= 0);
    assert_string_equal(f->entities[v->location].name, "Tarmiyah");
    fnr_facts_free(f);
}

/* "helped plan the October 2015 suicide bombing": a month and year name
 * an attack that took place, no plot */
static void test_planned_attack_of_a_named_month(void **state)
{
    (void)state;
    const char *text = "Prosecutors say he helped plan the October 2015 suicide bombing outside "
                       "the station, which killed 103 people.\n";
    assert_no_event(text, FNR_EVENT_PLOT);
    assert_event_date(text, FNR_EVENT_ATTACK, "2015-10");
    assert_no_event("Prosecutors say he planned the October 2015 bombing outside the station.\n",
                    FNR_EVENT_PLOT);
}

/* "In recent months" is the report's month (D-17), not a year carried
 * from a paragraph before */
static void test_recent_months(void **state)
{
    (void)state;
    assert_last_date("In 2017, he fled to Idlib.\n\nIn recent months, Karakaya had been planning "
                     "attacks on churches in Istanbul, officials said.\n",
                     "2025-09-21", FNR_EVENT_PLOT, "2025-09");
}

/* "an attacker drove a truck into a market, killing 12 people": an
 * attack counting its dead, not a killing */
static void test_attacker_killing(void **state)
{
    (void)state;
    const char *text = "In December 2016, an Islamist attacker drove a truck into a Christmas "
                       "market in Berlin, killing 12 people.\n";
    assert_no_event(text, FNR_EVENT_KILL);
    fnr_facts *f = run(text, "2025-10-15");
    const fnr_event *v = find_event(f, FNR_EVENT_ATTACK);
    assert_non_null(v);
    assert_int_equal(v->count, 12);
    fnr_facts_free(f);
    /* ... but the attacker killed is a killing */
    f = run("Police chased the gunman through the market, killing him.\n", "2025-10-15");
    assert_non_null(find_event(f, FNR_EVENT_KILL));
    fnr_facts_free(f);
}

/* A small city's name after an unknown first name and a given name is the
 * family name; the toll of a group's long campaign is no killing */
static void test_city_surname_and_group_toll(void **state)
{
    (void)state;
    fnr_facts *f =
        run("Police detained Abdiweli Hassan Farah at a hotel in Bursa on Friday.\n", "2025-06-10");
    const fnr_entity *p = find_entity(f, "Abdiweli Hassan Farah");
    assert_non_null(p);
    assert_int_equal(p->type, FNR_ENTITY_PERSON);
    assert_null(find_entity(f, "Farah"));
    fnr_facts_free(f);
    assert_no_event("Police detained Kemal Baran in Mardin in 2019.\n\nThe PKK, listed as a "
                    "terrorist group by Ankara and Brussels, has killed more than 40,000 people.\n",
                    FNR_EVENT_KILL);
    f = run("The gunmen have killed 14 villagers since Sunday, police said.\n", "2025-06-10");
    assert_non_null(find_event(f, FNR_EVENT_KILL));
    fnr_facts_free(f);
}

/* A hand-over after an extradition is its delivery, no second capture */
static void test_handover_after_extradition(void **state)
{
    (void)state;
    fnr_facts *f =
        run("A Georgian national accused of smuggling rifles to the PKK was extradited "
            "to Türkiye from Georgia, Justice Minister Kemal Aydın said on Friday.\n\n"
            "The suspect, identified as Levan Beridze, was caught in Tbilisi in March.\n\n"
            "Beridze was handed over to Turkish gendarmerie officers at Esenboğa "
            "Airport on Thursday night.\n",
            "2025-10-03");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    assert_non_null(find_event(f, FNR_EVENT_LEGAL_ACTION));
    fnr_facts_free(f);
    /* ... but one handed over with no extradition told was caught */
    f = run("Villagers handed over two PKK militants to Turkish gendarmerie officers near Şırnak "
            "on Thursday night.\n",
            "2025-10-03");
    assert_int_equal(n_events(f, FNR_EVENT_ARREST), 1);
    fnr_facts_free(f);
}

/* A list of those counted broken by a description or a kinship's words
 * still names them all */
static void test_list_with_descriptions(void **state)
{
    (void)state;
    fnr_facts *f = run("Police detained four suspects in Konya on Monday. The suspects were "
                       "identified as H.D., 58, a retired officer of the land forces, his nephew "
                       "C.D., 31, N.P., 44, and T.U., 27.\n",
                       "2025-10-08");
    const fnr_event *v = find_event(f, FNR_EVENT_ARREST);
    assert_non_null(v);
    assert_int_equal(v->n_targets, 4);
    fnr_facts_free(f);
}

/* When one joined a group is the person's past: it dates no later step */
static void test_joined_dates_nothing_after(void **state)
{
    (void)state;
    fnr_facts *f = run("Selim Kartal joined the PKK in 2011. He had been placed on the Interior "
                       "Ministry's wanted terrorist list.\n",
                       "2025-10-08");
    const fnr_event *v = find_event(f, FNR_EVENT_LEGAL_ACTION);
    assert_non_null(v);
    assert_true(strncmp(v->date, "2011", 4) != 0);
    fnr_facts_free(f);
}

/* A suspect's denial tells no plot */
static void test_denial_is_no_plot(void **state)
{
    (void)state;
    assert_no_event("Police detained Ali Kaya in Izmir on Monday. He denied planning any attack "
                    "on the church.\n",
                    FNR_EVENT_PLOT);
    assert_no_event("Police detained Ali Kaya in Izmir on Monday.\n\nHis brother denied plotting "
                    "to kill the mayor.\n",
                    FNR_EVENT_PLOT);
    /* ... nor a denied part in an attack an attack */
    assert_no_event("Police detained Ali Kaya in Izmir on Monday. Kaya told investigators that he "
                    "had no role in the Ankara bombing.\n",
                    FNR_EVENT_ATTACK);
}

/* A minister's warning of what may come tells no plot, no attack, no
 * sharing */
static void test_what_may_come(void **state)
{
    (void)state;
    const char *warned = "The cell could carry out fresh attacks over the winter, Governor Ahmet "
                         "Demir warned, urging residents to stay alert.\n";
    assert_no_event(warned, FNR_EVENT_PLOT);
    assert_no_event(warned, FNR_EVENT_ATTACK);
    assert_no_event(warned, FNR_EVENT_INTEL_SHARING);
    assert_no_event("The militants might try to stage new bombings in the capital.\n",
                    FNR_EVENT_PLOT);
    const char *may = "The group may strike during the holiday season, Interior Minister Ali "
                      "Yerlikaya warned, urging citizens to report suspicious activity.\n";
    assert_no_event(may, FNR_EVENT_MILITARY_OPERATION);
    assert_no_event(may, FNR_EVENT_INTEL_SHARING);
    assert_no_event("Gendarmes are on patrol. Residents should stay alert, Governor Ahmet Demir "
                    "said.\n",
                    FNR_EVENT_INTEL_SHARING);
    /* a warning given to someone stays one */
    fnr_facts *f = run("MIT warned the police that the cell could strike again.\n", "2024-03-01");
    assert_non_null(find_event(f, FNR_EVENT_INTEL_SHARING));
    fnr_facts_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entities),
        cmocka_unit_test(test_turkish_month_dates),
        cmocka_unit_test(test_given_name_seen_lower),
        cmocka_unit_test(test_captor_seizes_too),
        cmocka_unit_test(test_code_name_with_address),
        cmocka_unit_test(test_owner_state_places_arrest),
        cmocka_unit_test(test_more_to_come),
        cmocka_unit_test(test_chamber_and_both_accused),
        cmocka_unit_test(test_his_arrest),
        cmocka_unit_test(test_found_at_the_scene),
        cmocka_unit_test(test_group_back_and_operation_agents),
        cmocka_unit_test(test_roles_of_the_group),
        cmocka_unit_test(test_parts_and_posts),
        cmocka_unit_test(test_counted_then_named),
        cmocka_unit_test(test_selling_data_and_practices),
        cmocka_unit_test(test_separately_no_carried_date),
        cmocka_unit_test(test_abbreviated_ranks),
        cmocka_unit_test(test_network_rolled_up_then_counted),
        cmocka_unit_test(test_joint_operation_keeps_lead_actor),
        cmocka_unit_test(test_operation_by_agents_after_verb),
        cmocka_unit_test(test_given_title_before_initial),
        cmocka_unit_test(test_district_of_foreign_city),
        cmocka_unit_test(test_part_name_ending_in_known_place),
        cmocka_unit_test(test_kinds_of_bodies),
        cmocka_unit_test(test_wire_security_shapes),
        cmocka_unit_test(test_wire_shapes_past_a_date),
        cmocka_unit_test(test_events),
        cmocka_unit_test(test_orders_and_news_apart),
        cmocka_unit_test(test_given_titles_and_town_surnames),
        cmocka_unit_test(test_speaker_after_deed),
        cmocka_unit_test(test_leader_named_after_lead),
        cmocka_unit_test(test_strike_named_and_standing_listing),
        cmocka_unit_test(test_reporting_clause_is_no_target),
        cmocka_unit_test(test_bodies_and_places_in_roles),
        cmocka_unit_test(test_roles_in_news_prose),
        cmocka_unit_test(test_no_event_in_heading),
        cmocka_unit_test(test_relations),
        cmocka_unit_test(test_document_date_line),
        cmocka_unit_test(test_dateline_in_byline),
        cmocka_unit_test(test_subjects_of_other_clauses),
        cmocka_unit_test(test_no_document_date_keeps_relative_unresolved),
        cmocka_unit_test(test_copied_news_page),
        cmocka_unit_test(test_related_teasers),
        cmocka_unit_test(test_generic_page_furniture),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_dates_of_states_and_frames),
        cmocka_unit_test(test_triggers_in_context),
        cmocka_unit_test(test_acronyms_and_articles),
        cmocka_unit_test(test_dateline_places),
        cmocka_unit_test(test_told_again_and_pointed_back),
        cmocka_unit_test(test_who_is_no_party),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_too_big),
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_shared_body_names),
        cmocka_unit_test(test_employer_is_no_party),
        cmocka_unit_test(test_said_on_x_ends_a_sentence),
        cmocka_unit_test(test_bomb_maker_killed),
        cmocka_unit_test(test_condemned_and_courts),
        cmocka_unit_test(test_one_of_the_counted),
        cmocka_unit_test(test_heldout14_shapes),
        cmocka_unit_test(test_heldout14b_faults),
        cmocka_unit_test(test_one_sentencing_of_seven),
        cmocka_unit_test(test_requested_and_noticed),
        cmocka_unit_test(test_who_averts_plots_nothing),
        cmocka_unit_test(test_one_and_others),
        cmocka_unit_test(test_day_named_event),
        cmocka_unit_test(test_targeted_as_done),
        cmocka_unit_test(test_capture_told_twice),
        cmocka_unit_test(test_background_and_sources),
        cmocka_unit_test(test_named_operation),
        cmocka_unit_test(test_who_attacked_and_counts),
        cmocka_unit_test(test_pronoun_acts),
        cmocka_unit_test(test_attacks_and_parts),
        cmocka_unit_test(test_him_cell_and_record),
        cmocka_unit_test(test_one_more_by_and),
        cmocka_unit_test(test_negated_and_demanded),
        cmocka_unit_test(test_counts_by_clause),
        cmocka_unit_test(test_warnings_and_clauses),
        cmocka_unit_test(test_holidays_are_no_names),
        cmocka_unit_test(test_captor_is_no_associate),
        cmocka_unit_test(test_place_in_apposition),
        cmocka_unit_test(test_held_places),
        cmocka_unit_test(test_names_cut_or_misread),
        cmocka_unit_test(test_events_of_new_shapes),
        cmocka_unit_test(test_sources_sieges_and_escapes),
        cmocka_unit_test(test_security_news_shapes),
        cmocka_unit_test(test_turkish_round_ups),
        cmocka_unit_test(test_services_of_many_states),
        cmocka_unit_test(test_mit_and_round_up_reports),
        cmocka_unit_test(test_names_of_q22c),
        cmocka_unit_test(test_names_of_q22g),
        cmocka_unit_test(test_days_later),
        cmocka_unit_test(test_denial_is_no_plot),
        cmocka_unit_test(test_what_may_come),
        cmocka_unit_test(test_carried_day_of_last_year),
        cmocka_unit_test(test_toll_of_conflict),
        cmocka_unit_test(test_plotting_many_over_years),
        cmocka_unit_test(test_aim_of_abducting),
        cmocka_unit_test(test_one_of_the_nearest_killing),
        cmocka_unit_test(test_own_date_after_comma_and),
        cmocka_unit_test(test_second_verb_counts_its_object),
        cmocka_unit_test(test_outcomes_share_the_date),
        cmocka_unit_test(test_second_outcome_keeps_the_place),
        cmocka_unit_test(test_planned_attack_of_a_named_month),
        cmocka_unit_test(test_recent_months),
        cmocka_unit_test(test_attacker_killing),
        cmocka_unit_test(test_city_surname_and_group_toll),
        cmocka_unit_test(test_handover_after_extradition),
        cmocka_unit_test(test_list_with_descriptions),
        cmocka_unit_test(test_joined_dates_nothing_after),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
