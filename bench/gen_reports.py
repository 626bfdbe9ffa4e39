#!/usr/bin/env python3
"""Generate a synthetic corpus of security/intelligence news reports.

The reports are in English with Turkish and Arabic names, cover the genre
fener reads (captures of militants by an intelligence service, police raids,
spy rings rolled up, warnings passed to partner services, weapons seized,
court cases, drone strikes) and are meant for throughput benchmarks, not for
accuracy scoring: nothing here is annotated. All template text is written for
this generator.

    bench/gen_reports.py --out build/bench-corpus --mb 50 --seed 1

One file per report (1-8 KB each). Most are plain text, some start with a
"date YYYY-MM-DD Title" line and a few are whole HTML pages with navigation
and cookie-banner boilerplate around the article. The output depends only on
--seed and --mb (python3 standard library only).
"""

import argparse
import html
import os
import random
import sys

# ---------------------------------------------------------------- vocabulary

TR_FIRST = [
    "Kasım", "Hüseyin", "Mehmet", "Ahmet", "Mustafa", "Ali", "Yusuf", "Emre",
    "Murat", "Hasan", "İbrahim", "Ömer", "Fatih", "Serkan", "Gökhan", "Halil",
    "Osman", "Recep", "Süleyman", "Cengiz", "Oğuz", "Barış", "Tuncay", "Erdal",
    "Ayşe", "Fatma", "Zeynep", "Elif", "Şeyma", "Hatice", "Gülsüm", "Özlem",
    "Çağlar", "Doğan", "İsmail", "Abdullah", "Mahmut", "Şükrü", "Ümit", "Selçuk",
]
TR_LAST = [
    "Şahin", "Yılmaz", "Kaya", "Demir", "Çelik", "Öztürk", "Aydın", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özdemir",
    "Güler", "Erdem", "Yıldız", "Polat", "Aktaş", "Korkmaz", "Bulut", "Tekin",
    "Ünal", "Güneş", "Acar", "Bozkurt", "Türkmen", "Keskin", "Ağbaba", "Işık",
]
AR_FIRST = [
    "Mahmoud", "Khalid", "Omar", "Yasser", "Bilal", "Tariq", "Hamza", "Saif",
    "Ammar", "Ziyad", "Nabil", "Walid", "Faisal", "Jamal", "Rami", "Adnan",
]
AR_KUNYA = [
    "Abu Bakr", "Abu Muhammad", "Abu Omar", "Abu Hafs", "Abu Yusuf", "Abu Hamza",
    "Abu Ali", "Abu Khattab", "Abu Ubaida", "Abu Dujana", "Abu Talha", "Abu Mariam",
]
AR_NISBA = [
    "al-Iraqi", "al-Shami", "al-Turki", "al-Masri", "al-Ansari", "al-Hashimi",
    "al-Jaburi", "al-Dulaimi", "al-Halabi", "al-Muhajir", "al-Kurdi", "al-Tunisi",
]
WEST_NAMES = [
    "Peter Hansen", "Markus Weber", "Jan Kowalski", "Lukas Novak", "Daniel Roth",
    "Sofia Lindqvist", "Anna Meier", "Thomas Berger", "Nikos Papadakis", "Ivan Petrov",
]
CODE_NAMES = [
    "Falcon", "Karakurt", "Mole", "Crescent", "Sparrow", "Nightjar", "Doctor",
    "Engineer", "Shepherd", "Merchant", "Teacher", "Scorpion", "Fırtına", "Kartal",
]
NATIONALITY = [
    "Syrian", "Iraqi", "Turkish", "Tajik", "Uzbek", "Russian", "German", "Belgian",
    "Iranian", "Afghan", "Palestinian", "Azerbaijani", "Georgian", "Egyptian",
]

TR_PROVINCES = [
    "Istanbul", "Ankara", "İzmir", "Gaziantep", "Şanlıurfa", "Hatay", "Adana",
    "Kilis", "Mersin", "Diyarbakır", "Van", "Konya", "Bursa", "Kocaeli",
    "Mardin", "Şırnak", "Hakkari", "Batman", "Kayseri", "Samsun", "Antalya",
    "Sakarya", "Malatya", "Erzurum", "Tekirdağ", "Edirne", "Muğla", "Yalova",
]
TR_DISTRICTS = [
    ("Esenyurt", "Istanbul"), ("Başakşehir", "Istanbul"), ("Küçükçekmece", "Istanbul"),
    ("Sultanbeyli", "Istanbul"), ("Bağcılar", "Istanbul"), ("Zeytinburnu", "Istanbul"),
    ("Fatih", "Istanbul"), ("Üsküdar", "Istanbul"), ("Çankaya", "Ankara"),
    ("Keçiören", "Ankara"), ("Altındağ", "Ankara"), ("Şahinbey", "Gaziantep"),
    ("Şehitkamil", "Gaziantep"), ("Reyhanlı", "Hatay"), ("Antakya", "Hatay"),
    ("Akçakale", "Şanlıurfa"), ("Ceylanpınar", "Şanlıurfa"), ("Nusaybin", "Mardin"),
    ("Cizre", "Şırnak"), ("Silopi", "Şırnak"), ("Yüksekova", "Hakkari"),
    ("Seyhan", "Adana"), ("Bornova", "İzmir"), ("Karşıyaka", "İzmir"),
]
SYRIA = [
    "Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Manbij", "Tal Rifaat", "Qamishli",
    "Hasakah", "Azaz", "al-Bab", "Afrin", "Kobani", "Ras al-Ain", "Tal Abyad",
    "Homs", "Damascus",
]
IRAQ = [
    "Mosul", "Kirkuk", "Sulaymaniyah", "Erbil", "Sinjar", "Baghdad", "Tal Afar",
    "Makhmour", "Duhok", "Zakho",
]
IRAQ_ZONES = ["the Qandil Mountains", "the Gara region", "the Metina region", "the Zap region",
              "the Avashin-Basyan region", "the Hakurk region", "Asos"]
EUROPE = [
    "Berlin", "Brussels", "Paris", "Vienna", "Stockholm", "Amsterdam", "London",
    "Athens", "Copenhagen", "Oslo", "Rome", "Sofia", "Bucharest", "Budapest",
]
COUNTRIES = [
    "Syria", "Iraq", "Iran", "Germany", "France", "Belgium", "Sweden", "Greece",
    "Austria", "the Netherlands", "Russia", "Ukraine", "Afghanistan", "Lebanon",
    "Jordan", "Egypt", "Libya", "Azerbaijan", "Georgia", "Tajikistan",
]

SERVICES = [
    ("the National Intelligence Organization (MİT)", "MİT"),
    ("Turkish intelligence (MİT)", "MİT"),
    ("the Turkish National Intelligence Organization", "MİT"),
]
POLICE = [
    ("Istanbul police", "police"),
    ("Ankara police", "police"),
    ("the Istanbul Police Department's counterterrorism unit", "the unit"),
    ("gendarmerie forces", "gendarmerie"),
    ("the Gendarmerie General Command", "gendarmerie"),
    ("counterterrorism police", "police"),
]
PROSECUTORS = [
    "the Istanbul Chief Public Prosecutor's Office", "the Ankara Chief Public Prosecutor's Office",
    "the İzmir Chief Public Prosecutor's Office", "prosecutors in Gaziantep",
]
GROUPS = [
    ("the Daesh terrorist group", "Daesh"), ("Daesh", "Daesh"), ("the ISIS terror group", "ISIS"),
    ("the PKK terror group", "PKK"), ("the PKK/KCK", "PKK"), ("the YPG", "YPG"),
    ("the Fetullah Terrorist Organization (FETÖ)", "FETÖ"), ("FETÖ", "FETÖ"),
    ("the DHKP-C", "DHKP-C"), ("al-Qaeda", "al-Qaeda"), ("Hayat Tahrir al-Sham", "HTS"),
    ("ISIS-K", "ISIS-K"),
]
FOREIGN_SERVICES = [
    ("Mossad", "Israel"), ("Israel's Mossad", "Israel"), ("Iranian intelligence", "Iran"),
    ("the Russian intelligence services", "Russia"), ("the CIA", "the United States"),
    ("MI6", "the United Kingdom"), ("the French DGSI", "France"),
]
PARTNERS = [
    "German authorities", "the Iraqi intelligence service", "Swedish security police",
    "Austrian officials", "the Greek intelligence service", "Belgian investigators",
    "partner services in Europe", "Azerbaijani authorities", "the Syrian National Army",
]
WEAPONS = [
    "Kalashnikov rifles", "hand grenades", "pistols", "rounds of ammunition",
    "kilograms of plastic explosives", "suicide vests", "improvised explosive devices",
    "drone parts", "hunting rifles", "magazines", "rocket launchers", "detonators",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
              "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "15", "dozens of", "at least 20"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

COOKIE = [
    "We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
    "This website uses cookies and similar technologies. Manage preferences | Accept all",
]
NAV = ["Home", "Türkiye", "World", "Politics", "Economy", "Opinion", "Sports",
       "Life", "Culture", "Video", "Photo Gallery", "Newsletter"]


LOWER_OK = ["A", "An", "The", "Dawn", "Officers", "Acting", "Operations", "Intelligence",
            "Organizational", "In", "Of"]


def cap(s):
    """Upper-cases the first letter only (str.capitalize lowers the rest)."""
    return s[0].upper() + s[1:]


class Gen:
    """One report at a time, all choices from one seeded random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def c(self, seq):
        return self.r.choice(seq)

    # ---------------------------------------------------------- entities

    def tr_person(self):
        return "%s %s" % (self.c(TR_FIRST), self.c(TR_LAST))

    def initials(self):
        f, l = self.c(TR_FIRST), self.c(TR_LAST)
        return "%s.%s." % (f[0], l[0])

    def ar_person(self):
        k = self.r.random()
        if k < 0.4:
            return "%s %s" % (self.c(AR_KUNYA), self.c(AR_NISBA))
        if k < 0.7:
            return "%s %s" % (self.c(AR_FIRST), self.c(AR_NISBA))
        return "%s %s %s" % (self.c(AR_FIRST), self.c(AR_FIRST), self.c(AR_NISBA))

    def person(self):
        k = self.r.random()
        if k < 0.45:
            return self.tr_person()
        if k < 0.8:
            return self.ar_person()
        if k < 0.9:
            return self.initials()
        return self.c(WEST_NAMES)

    def person_ref(self):
        """A person with optional descriptive apposition."""
        p = self.person()
        k = self.r.random()
        if k < 0.2:
            return "%s, codenamed '%s'," % (p, self.c(CODE_NAMES))
        if k < 0.35:
            return "%s, also known as %s," % (p, self.ar_person())
        if k < 0.5:
            return "%s national %s" % (self.c(NATIONALITY), p)
        if k < 0.6:
            return "a suspect identified by the initials %s" % self.initials()
        return p

    def tr_place(self):
        if self.r.random() < 0.4:
            d, p = self.c(TR_DISTRICTS)
            return "the %s district of %s" % (d, p) if self.r.random() < 0.5 else "%s, %s" % (d, p)
        return self.c(TR_PROVINCES)

    def foreign_place(self):
        k = self.r.random()
        if k < 0.4:
            return self.c(SYRIA) if self.r.random() < 0.5 else "%s, Syria" % self.c(SYRIA)
        if k < 0.65:
            return self.c(IRAQ) if self.r.random() < 0.6 else self.c(IRAQ_ZONES)
        if k < 0.85:
            return self.c(EUROPE)
        return self.c(COUNTRIES)

    def place(self):
        return self.tr_place() if self.r.random() < 0.6 else self.foreign_place()

    def count(self):
        k = self.r.random()
        if k < 0.5:
            return str(self.r.choice([2, 3, 4, 5, 6, 7, 9, 11, 14, 17, 23, 31, 46, 58, 73, 112,
                                      153, 219, 426, 1024]))
        if k < 0.8:
            return self.c(NUM_WORDS)
        return "{:,}".format(self.r.randint(100, 5000))

    # ---------------------------------------------------------- dates

    def date_phrase(self, year):
        k = self.r.random()
        m = self.r.randrange(12)
        d = self.r.randint(1, 28)
        if k < 0.2:
            return "In %s %d," % (MONTHS[m], year), False
        if k < 0.4:
            return "on %s %d" % (MONTH_ABBR[m], d), True
        if k < 0.5:
            return "on %s %d, %d" % (MONTHS[m], d, year), True
        if k < 0.6:
            return "last year", True
        if k < 0.7:
            return "on %s" % self.c(WEEKDAYS), True
        if k < 0.8:
            return "earlier this month", True
        if k < 0.9:
            return "between %s and %s %d" % (MONTHS[m], MONTHS[(m + 2) % 12], year), True
        return "in %d" % year, True

    def with_date(self, core, year):
        """Attach a date phrase at the front or the end of a sentence core."""
        ph, tail = self.date_phrase(year)
        if tail:
            return "%s %s." % (core, ph)
        first = core.split(" ", 1)[0]
        if first in LOWER_OK:
            core = core[0].lower() + core[1:]
        return "%s %s." % (ph, core)

    # ---------------------------------------------------------- sentences

    def s_capture(self, y):
        svc, short = self.c(SERVICES)
        grp, g = self.c(GROUPS)
        core = self.c([
            "%s captured %s, a senior member of %s, in %s" % (svc, self.person_ref(), grp, self.place()),
            "%s nabbed %s in an operation in %s" % (svc, self.person_ref(), self.foreign_place()),
            "A so-called %s official, %s, was caught by %s in %s" % (g, self.person_ref(), short, self.place()),
            "%s agents brought %s to Türkiye after tracking him for months in %s" % (short, self.person(), self.foreign_place()),
            "%s neutralized %s, who was responsible for %s's operations in %s" % (short, self.person(), g, self.foreign_place()),
        ])
        return self.with_date(core, y)

    def s_raid(self, y):
        pol, _ = self.c(POLICE)
        grp, g = self.c(GROUPS)
        core = self.c([
            "%s detained %s suspects in simultaneous raids across %s provinces" % (cap(pol), self.count(), self.c(NUM_WORDS[:8])),
            "%s rounded up %s people suspected of links to %s in %s" % (cap(pol), self.count(), grp, self.tr_place()),
            "Dawn raids on addresses in %s ended with the arrest of %s %s suspects" % (self.tr_place(), self.count(), g),
            "Acting on a tip from %s, %s raided a house in %s and detained %s" % (self.c(SERVICES)[1], pol, self.tr_place(), self.person_ref()),
            "Operations in %s and %s led to the detention of %s individuals" % (self.c(TR_PROVINCES), self.c(TR_PROVINCES), self.count()),
        ])
        return self.with_date(core, y)

    def s_spy(self, y):
        fs, ctry = self.c(FOREIGN_SERVICES)
        core = self.c([
            "%s rolled up a spy ring of %s people working for %s" % (self.c(SERVICES)[1], self.count(), fs),
            "A network that gathered information on %s dissidents for %s was dismantled in %s" % (self.c(NATIONALITY), fs, self.tr_place()),
            "%s, a private detective, was accused of selling information to %s" % (self.person_ref(), fs),
            "The suspects passed photographs of military sites in %s to handlers from %s" % (self.tr_place(), ctry),
            "%s identified %s as the ring's paymaster in %s" % (self.c(SERVICES)[1], self.person(), self.c(EUROPE)),
        ])
        return self.with_date(core, y)

    def s_warning(self, y):
        core = self.c([
            "%s warned %s about a planned attack on a church in %s" % (self.c(SERVICES)[1], self.c(PARTNERS), self.c(EUROPE)),
            "Intelligence shared by %s with %s led to the arrest of %s" % (self.c(SERVICES)[1], self.c(PARTNERS), self.person()),
            "%s passed details of a %s cell to %s" % (self.c(SERVICES)[1], self.c(GROUPS)[1], self.c(PARTNERS)),
            "Acting on a warning from Ankara, %s detained %s suspects" % (self.c(PARTNERS), self.count()),
        ])
        return self.with_date(core, y)

    def s_seizure(self, y):
        n1, n2 = self.r.randint(2, 300), self.r.randint(2, 40)
        core = self.c([
            "Officers seized %d %s and %d %s during the searches" % (n1, self.c(WEAPONS), n2, self.c(WEAPONS)),
            "In the house in %s, security forces found %s, %s and digital materials" % (self.tr_place(), self.c(WEAPONS), self.c(WEAPONS)),
            "A truck carrying %d %s was stopped at a checkpoint near %s" % (n1, self.c(WEAPONS), self.c(TR_PROVINCES)),
            "Organizational documents and %s in cash were confiscated" % self.c(["$40,000", "€12,500", "1.2 million liras", "$250,000"]),
        ])
        return self.with_date(core, y)

    def s_court(self, y):
        core = self.c([
            "%s indicted %s defendants, seeking prison terms of up to %d years" % (cap(self.c(PROSECUTORS)), self.count(), self.r.randint(7, 40)),
            "A court in %s sentenced %s to %d years in prison for membership in %s" % (self.c(TR_PROVINCES), self.person(), self.r.randint(3, 25), self.c(GROUPS)[0]),
            "%s was arrested by a court and sent to prison pending trial" % self.person_ref(),
            "The trial of %s suspects accused of spying for %s began in %s" % (self.count(), self.c(FOREIGN_SERVICES)[0], self.c(["Istanbul", "Ankara", "İzmir"])),
            "Of the suspects, %s were remanded in custody and %s were released under judicial control" % (self.count(), self.count()),
        ])
        return self.with_date(core, y)

    def s_strike(self, y):
        core = self.c([
            "An armed drone operated by %s killed %s in %s" % (self.c(SERVICES)[1], self.person_ref(), self.foreign_place()),
            "A drone strike near %s targeted a vehicle carrying %s senior %s members" % (self.c(SYRIA + IRAQ), self.c(NUM_WORDS[:6]), self.c(["PKK", "YPG", "Daesh"])),
            "The Turkish Armed Forces neutralized %s terrorists in %s" % (self.count(), self.c(IRAQ_ZONES)),
            "%s, the so-called leader of the group's %s branch, was killed in a precision strike" % (self.person(), self.c(SYRIA + IRAQ)),
        ])
        return self.with_date(core, y)

    def s_background(self, y):
        return self.c([
            "Security sources said the suspects had been under surveillance for %d months." % self.r.randint(2, 18),
            "The Interior Ministry said in a statement that the operation was carried out in coordination with %s." % self.c(PROSECUTORS),
            "%s has been designated a terrorist organization by Türkiye, the United States and the European Union." % self.c(["The PKK", "Daesh", "FETÖ", "The DHKP-C"]),
            "Türkiye was one of the first countries to declare %s a terrorist group in %d." % (self.c(["Daesh", "ISIS"]), self.c([2013, 2014])),
            "According to the statement, %s had entered the country illegally from %s." % (self.person(), self.c(COUNTRIES)),
            "Interior Minister %s wrote on social media that \"%d suspects\" were caught." % (self.tr_person(), self.r.randint(10, 900)),
            "The group is responsible for the deaths of more than %s people, including women and children." % self.c(["40,000", "300", "1,200", "86"]),
            "Investigators believe the cell was planning an attack during %s celebrations in %s." % (self.c(["New Year's", "Eid", "Republic Day"]), self.c(TR_PROVINCES)),
            "The operation, the third of its kind in %d, followed months of technical and physical surveillance." % y,
            "Footage released by the agency showed %s being escorted by masked officers." % self.person(),
            "He was reportedly in contact with %s, a figure known to the services as '%s'." % (self.ar_person(), self.c(CODE_NAMES)),
            "\"We will not allow anyone to threaten our people,\" said %s, a senior official in %s." % (self.tr_person(), self.c(["Ankara", "the ministry", "the presidency"])),
            "The suspects were taken to the %s police headquarters for questioning." % self.c(TR_PROVINCES),
            "It was not immediately clear whether the detainees had legal representation.",
            "Some %s of the suspects were foreign nationals, mostly from %s and %s." % (self.c(NUM_WORDS[:6]), self.c(COUNTRIES), self.c(COUNTRIES)),
        ])

    GENRES = ["capture", "raid", "spy", "warning", "seizure", "court", "strike"]

    def headline(self, genre):
        g = self.c(GROUPS)[1]
        return {
            "capture": "%s captures senior %s figure in %s" % (self.c(["MİT", "Turkish intelligence"]), g, self.foreign_place()),
            "raid": "%s suspects held in %s raids across %s" % (cap(self.count()), g, self.c(TR_PROVINCES)),
            "spy": "Spy ring working for %s busted in %s" % (self.c(FOREIGN_SERVICES)[0], self.c(TR_PROVINCES)),
            "warning": "Turkish tip-off foils %s plot in %s" % (g, self.c(EUROPE)),
            "seizure": "Weapons cache seized in %s, %s detained" % (self.c(TR_PROVINCES), self.count()),
            "court": "Court jails %s members over %s plot" % (g, self.c(TR_PROVINCES)),
            "strike": "Drone strike kills %s commander in %s" % (g, self.c(SYRIA + IRAQ)),
        }[genre]

    def report(self, target):
        """Returns (text, title, iso date) of about `target` bytes."""
        y = self.r.randint(2016, 2025)
        iso = "%04d-%02d-%02d" % (y, self.r.randint(1, 12), self.r.randint(1, 28))
        genre = self.c(self.GENRES)
        main = getattr(self, "s_" + genre)
        others = [getattr(self, "s_" + g) for g in self.GENRES if g != genre]
        title = self.headline(genre)
        paras = []
        if self.r.random() < 0.5:
            paras.append(self.c(["ISTANBUL", "ANKARA", "GAZİANTEP", "İZMİR", "BRUSSELS"]))
        size = 0
        while size < target:
            sents = []
            for _ in range(self.r.randint(1, 5)):
                k = self.r.random()
                if k < 0.45:
                    sents.append(main(y))
                elif k < 0.65:
                    sents.append(self.c(others)(y))
                else:
                    sents.append(self.s_background(y))
            p = " ".join(sents)
            paras.append(p)
            size += len(p.encode("utf-8")) + 2
        return "\n\n".join(paras) + "\n", title, iso

    def html_page(self, body, title, iso):
        navs = "".join('<li><a href="/%s">%s</a></li>' % (n.lower().replace(" ", "-"), html.escape(n))
                       for n in NAV)
        paras = "\n".join("<p>%s</p>" % html.escape(p) for p in body.split("\n\n") if p.strip())
        related = "".join('<li><a href="/news/%d">%s</a></li>' % (self.r.randint(1000, 99999),
                                                                   html.escape(self.headline(self.c(self.GENRES))))
                          for _ in range(self.r.randint(2, 5)))
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>%s | Daily News</title>"
            "<meta name=\"description\" content=\"%s\">"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>"
            "<style>body{font-family:sans-serif}.nav li{display:inline}</style></head>\n<body>\n"
            "<div class=\"cookie-banner\">%s <button>Accept</button></div>\n"
            "<header><nav class=\"nav\"><ul>%s</ul></nav></header>\n"
            "<main><article><h1>%s</h1><time datetime=\"%s\">%s</time>\n%s\n</article>\n"
            "<aside><h3>Related news</h3><ul>%s</ul></aside></main>\n"
            "<footer><p>&copy; %s Daily News. All rights reserved.</p><a href=\"/privacy\">Privacy</a>"
            " | <a href=\"/terms\">Terms of use</a></footer>\n</body></html>\n"
        ) % (html.escape(title), html.escape(title), self.c(COOKIE), navs, html.escape(title),
             iso, iso, paras, related, iso[:4])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--mb", type=float, default=50.0, help="total size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)

    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    total, n = 0, 0
    limit = int(a.mb * 1e6)
    while total < limit:
        target = int(1000 * (1.0 + 7.0 * g.r.random() ** 2)) - 300
        k = g.r.random()
        body, title, iso = g.report(max(target - (1800 if k < 0.08 else 0), 1000))
        if k < 0.08:
            data, ext = g.html_page(body, title, iso), "html"
        elif k < 0.4:
            data, ext = "date %s %s\n\n%s" % (iso, title, body), "txt"
        else:
            data, ext = "%s\n\n%s" % (title, body), "txt"
        raw = data.encode("utf-8")
        if len(raw) > 8192:
            raw = raw[:8192]
            raw = raw[: raw.rfind(b"\n") + 1]
        with open(os.path.join(a.out, "r%06d.%s" % (n, ext)), "wb") as f:
            f.write(raw)
        total += len(raw)
        n += 1
    sys.stdout.write("gen_reports: %d reports, %.1f MB in %s (seed %d)\n" % (n, total / 1e6, a.out, a.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
