#!/usr/bin/env python3
"""Build the project's gazetteer data files from the shared GeoNames/WOF-derived source.

Usage (from the repository root):

    python3 Scripts/build_gazetteer.py [--input DIR] [--output DIR]

    --input   directory holding places.tsv, admin1.tsv, admin2.tsv
              (default: ../shared/gazetteer)
    --output  directory to write to (default: Data/gazetteer)

Writes (deterministic: re-running gives byte-identical files):

    places.tsv.gz   gzip (mtime=0) UTF-8 TSV with header
                    ref  name  names  feature  country  admin1  admin2  lat  lon  population
    admin1.tsv      country  code  name  aliases
    countries.tsv   code  name  aliases  lat  lon

Python 3 standard library only.  Source data: GeoNames (CC BY 4.0), Who's On First,
foursquare Quattroshapes (CC BY) -- see ../shared/gazetteer/README.md.

What the script does to the names:
  * drops foreign-language administrative labels ("Gobernación d'...", "Guvernorát ...",
    "... eskualdea", "... maakunta", "Kegubernuran ...", "... mühafazası", "governatorato di ...",
    "... Séng", "... guvernement", "Distretto di ...", "... İlçesi", ...): any name containing one of
    the words in JUNK_WORDS (compared after ASCII folding, case-insensitively);
  * adds the ASCII fold of every kept name, then removes duplicates case-insensitively
    (first spelling wins, display name first);
  * adds the curated spellings below (ADMIN1_EXTRA_ALIASES, EXTRA_ADMIN1) to admin1.tsv.
Place-level spellings the source lacks are NOT added here: they live in the hand-curated
Data/gazetteer/alias_supplement.tsv (aliases of existing refs) and Data/gazetteer/supplement.tsv
(places the source lacks), which the app loads beside places.tsv.gz.
"""

import argparse
import csv
import gzip
import io
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------------------------
# CURATED ADDITIONS (reviewers: everything hand-made in this script is in this block)
# ---------------------------------------------------------------------------------------------

# Common English / Indonesian / French-derived spellings that news uses for the first-level
# divisions of the source admin1.tsv, keyed by (country, canonical name as in the source).
# Each alias must name only that division (no alias shared by two divisions; a city alias is
# only given where city and governorate share the name, as in the source).
ADMIN1_EXTRA_ALIASES = {
    # --- Syria: the 14 governorates ---
    ("SY", "Damascus"): [
        "Damascus", "Damaskus", "Dimashq", "Damas", "Damasco", "Dimashk",
        "Damascus city", "kota Damaskus", "Damascus Governorate",
    ],
    ("SY", "Rif Dimashq"): [
        "Rif Dimashq", "Rif Dimashk", "Rif Damaskus", "Rif Damascus", "Reef Damascus", "Reef Dimashq",
        "Rural Damascus", "Damascus countryside", "Damascus Countryside Governorate",
        "Damaskus pedesaan", "pedesaan Damaskus", "Rif Dimashq Governorate",
        "Rif-Dimashq", "Rural Damascus Governorate", "Damascus suburbs", "pinggiran Damaskus",
        "Damascus province",
    ],
    ("SY", "Homs"): ["Homs", "Hims", "Ḥimṣ", "Hems", "Homs Governorate", "Homs province"],
    ("SY", "Latakia"): [
        "Latakia", "Lattakia", "Latakiya", "Lattakiya", "Ladhiqiyah", "Al-Ladhiqiyah", "Al-Lathiqiyah",
        "Lathikia", "Latakia province", "Lattakia province",
    ],
    ("SY", "Idlib"): ["Idlib", "Idleb", "Edlib", "Edleb", "Idlib province", "Idlib Governorate"],
    ("SY", "Deir ez-Zor"): [
        "Deir ez-Zor", "Deir al-Zor", "Deir al-Zour", "Deir ez-Zour", "Deir Ezzor", "Deir Ezzour",
        "Deir el-Zor", "Deir el-Zour", "Deir Ez Zor", "Deir az-Zor", "Deir Azzor", "Dayr az-Zawr",
        "Dayr al-Zawr", "Dayr az Zawr", "Deir Zor", "Deirezzor", "Deir ez-Zor Governorate",
        "Deir ez-Zor province", "Der Ezzor",
    ],
    ("SY", "Ar-Raqqah"): [
        "Raqqa", "Raqqah", "Al-Raqqa", "Ar-Raqqa", "Rakka", "Raqa", "Ar-Raqqah", "Raqqa province",
        "Al-Raqqah",
    ],
    ("SY", "Al-Hasakah"): [
        "Hasakah", "Hasakeh", "Hassakeh", "Hasaka", "Al-Hasaka", "Al-Hassakeh", "Hassake", "Hasake",
        "Al-Hasakeh", "Hassaka", "Al-Hassaka", "Hasakah province", "Hasakeh province",
    ],
    ("SY", "As-Suwayda"): [
        "Suwayda", "Sweida", "Sweyda", "Suwaida", "Suweida", "Sueida", "Soueida", "Al-Suwayda",
        "As-Suwaida", "Al-Sweida", "Swaida", "Suwayda province", "Sweida province",
    ],
    ("SY", "Daraa"): [
        "Daraa", "Dar'a", "Deraa", "Dera'a", "Der'a", "Daraa province", "Deraa province", "Dara'a",
        "Darʿā",
    ],
    ("SY", "Tartus"): ["Tartus", "Tartous", "Tartoos", "Tartouss", "Tortosa", "Tartus province"],
    ("SY", "Quneitra"): [
        "Quneitra", "Kuneitra", "Qunaitra", "Qunaytirah", "Al-Qunaytirah", "Kunaitra", "Quneitra province",
        "Qunaytra",
    ],
    ("SY", "Hama"): ["Hama", "Hamah", "Hamat", "Hama province", "Hama Governorate"],
    ("SY", "Aleppo"): ["Aleppo", "Halab", "Alepo", "Alep", "Haleb", "Aleppo province", "Aleppo Governorate"],
    # --- Iraq ---
    ("IQ", "Al Anbar"): ["Anbar", "Al-Anbar", "Anbar province", "Anbar Governorate"],
    ("IQ", "Nineveh"): ["Nineveh", "Ninawa", "Ninewa", "Nineva", "Niniveh", "Ninive", "Nineveh province"],
    ("IQ", "Saladin"): ["Salahuddin", "Salah al-Din", "Salah ad-Din", "Salah el-Din", "Salahaddin"],
    ("IQ", "Kirkuk"): ["Kirkuk", "Karkuk", "Tamim", "At-Ta'mim", "Al-Tamim"],
    ("IQ", "Erbil"): ["Erbil", "Arbil", "Irbil", "Hewler", "Hawler", "Erbil province"],
    ("IQ", "Duhok"): ["Duhok", "Dohuk", "Dahuk", "Dihok", "Duhok province"],
    ("IQ", "Sulaymaniyah"): ["Sulaymaniyah", "Sulaimaniya", "Sulaimaniyah", "Suleimaniyah", "Slemani", "Sulaymaniya"],
    ("IQ", "Halabja"): ["Halabja", "Halabjah"],
    ("IQ", "Diyala"): ["Diyala", "Diyalah", "Diala"],
    ("IQ", "Baghdad"): ["Baghdad", "Bagdad", "Baghdad province"],
    ("IQ", "Basra"): ["Basra", "Basrah", "Al-Basra", "Al-Basrah"],
    ("IQ", "Babil"): ["Babil", "Babylon", "Babel"],
    ("IQ", "Karbala"): ["Karbala", "Kerbala", "Karbala'"],
    ("IQ", "Najaf"): ["Najaf", "An-Najaf", "Al-Najaf"],
    ("IQ", "Al-Qadisiyah"): ["Qadisiyah", "Qadisiyyah", "Al-Qadisiyyah", "Diwaniyah", "Al-Diwaniyah"],
    ("IQ", "Al Muthanna"): ["Muthanna", "Al-Muthanna"],
    ("IQ", "Dhi Qar"): ["Dhi Qar", "Thi Qar", "Dhiqar", "Thi-Qar"],
    ("IQ", "Maysan"): ["Maysan", "Missan", "Maisan"],
    ("IQ", "Wasit"): ["Wasit", "Wassit"],
    # --- Turkey (the six border provinces of the source) ---
    ("TR", "Sanliurfa"): ["Şanlıurfa", "Sanliurfa", "Urfa", "Sanli Urfa", "Şanlıurfa Province"],
    ("TR", "Hatay"): ["Hatay", "Hatay Province"],
    ("TR", "Kilis"): ["Kilis", "Kilis Province"],
    ("TR", "Gaziantep"): ["Gaziantep", "Antep", "Gaziantep Province"],
    ("TR", "Mardin"): ["Mardin", "Mardin Province"],
    ("TR", "Sirnak"): ["Şırnak", "Sirnak", "Şırnak Province"],
    # --- Lebanon ---
    ("LB", "Baalbek-Hermel"): ["Baalbek-Hermel", "Baalbek Hermel", "Baalbeck-Hermel", "Baalbek-Hermil"],
    ("LB", "Beqaa"): ["Beqaa", "Bekaa", "Biqa", "Beka'a", "Bekaa Valley", "Lembah Bekaa", "Beqaa Valley", "Lembah Beqaa"],
    ("LB", "Akkar"): ["Akkar", "Aakkar", "Akkar Governorate"],
    ("LB", "North Lebanon"): ["North Lebanon", "Northern Lebanon", "Lebanon Utara", "Liban-Nord"],
    ("LB", "South Lebanon"): ["South Lebanon", "Southern Lebanon", "Lebanon Selatan", "Liban-Sud"],
    ("LB", "Nabatieh"): ["Nabatieh", "Nabatiyeh", "Nabatiye", "Nabatiyah", "An-Nabatiyah"],
    ("LB", "Mount Lebanon"): ["Mount Lebanon", "Mont-Liban", "Jabal Lubnan", "Gunung Lebanon"],
    ("LB", "Beirut"): ["Beirut", "Beyrouth", "Bayrut"],
    # --- Jordan ---
    ("JO", "Mafraq"): ["Mafraq", "Al-Mafraq", "Mafrak"],
    ("JO", "Irbid"): ["Irbid", "Irbed"],
    ("JO", "Amman"): ["Amman", "Aman"],
    ("JO", "Zarqa"): ["Zarqa", "Az-Zarqa", "Zarka"],
    ("JO", "Balqa"): ["Balqa", "Al-Balqa"],
    ("JO", "Ma'an"): ["Ma'an", "Maan"],
    # --- Israel ---
    ("IL", "Northern District"): ["Northern District", "Northern Israel", "Israel utara", "North District"],
    ("IL", "Haifa"): ["Haifa", "Hefa", "Haifa District"],
    ("IL", "Tel Aviv"): ["Tel Aviv", "Tel Aviv District"],
    ("IL", "Jerusalem"): ["Jerusalem", "Yerusalem", "Jerusalem District"],
    ("IL", "Southern District"): ["Southern District", "Southern Israel", "Israel selatan"],
}

# First-level divisions the source lacks (countries outside its coverage, or Turkish provinces
# beyond the six border ones) that Syrian-war news names as event or agreement locations.
# Codes are project-local (sup:<country>.<slug>), not GeoNames codes.
EXTRA_ADMIN1 = [
    ("TR", "sup:TR.ankara", "Ankara", ["Ankara Province"]),
    ("TR", "sup:TR.istanbul", "Istanbul", ["İstanbul", "Istambul", "Istanbul Province", "Constantinople"]),
    ("TR", "sup:TR.adana", "Adana", ["Adana Province"]),
    ("TR", "sup:TR.diyarbakir", "Diyarbakir", ["Diyarbakır", "Amed", "Diyarbakir Province"]),
    ("TR", "sup:TR.kahramanmaras", "Kahramanmaras", ["Kahramanmaraş", "Maras", "Maraş"]),
    ("TR", "sup:TR.osmaniye", "Osmaniye", []),
    ("TR", "sup:TR.adiyaman", "Adiyaman", ["Adıyaman"]),
    ("TR", "sup:TR.malatya", "Malatya", []),
    ("TR", "sup:TR.batman", "Batman", []),
    ("RU", "sup:RU.moscow", "Moscow", ["Moskow", "Moskva", "Moscou", "Moskou"]),
    ("RU", "sup:RU.krasnodar", "Krasnodar Krai", ["Krasnodar"]),
    ("RU", "sup:RU.stpetersburg", "Saint Petersburg", ["St. Petersburg", "St Petersburg", "Sankt Peterburg"]),
    ("IR", "sup:IR.tehran", "Tehran", ["Teheran", "Tehran Province"]),
    ("CH", "sup:CH.geneva", "Geneva", ["Jenewa", "Genève", "Geneve", "Genf"]),
    ("CH", "sup:CH.vaud", "Vaud", ["Canton of Vaud"]),
    ("KZ", "sup:KZ.astana", "Astana", ["Nur-Sultan", "Nursultan", "Nur Sultan"]),
    ("AT", "sup:AT.vienna", "Vienna", ["Wina", "Wien", "Vienne"]),
    ("SA", "sup:SA.riyadh", "Riyadh", ["Riyad", "Ar-Riyadh", "Riyadh Province"]),
    ("QA", "sup:QA.doha", "Doha", ["Ad-Dawhah"]),
    ("EG", "sup:EG.cairo", "Cairo", ["Kairo", "Al-Qahirah"]),
    ("US", "sup:US.dc", "District of Columbia", ["Washington, D.C.", "Washington DC", "Washington D.C."]),
    ("GB", "sup:GB.london", "Greater London", ["London"]),
    ("FR", "sup:FR.iledefrance", "Ile-de-France", ["Île-de-France"]),
    ("BE", "sup:BE.brussels", "Brussels", ["Brussel", "Bruxelles", "Brussels-Capital"]),
    ("DE", "sup:DE.berlin", "Berlin", []),
    ("AE", "sup:AE.abudhabi", "Abu Dhabi", []),
    ("CY", "sup:CY.nicosia", "Nicosia", ["Lefkosia"]),
    ("CY", "sup:CY.limassol", "Limassol", ["Lemesos"]),
    ("CY", "sup:CY.larnaca", "Larnaca", ["Larnaka"]),
]

# Countries that Syrian-war news mentions: code, English name, aliases (Indonesian first where
# they differ), lat/lon of the capital (or of a centroid where noted in the comment).
COUNTRIES = [
    ("SY", "Syria", ["Suriah", "Syrie", "Siria", "Syrian Arab Republic", "Republik Arab Suriah"], 33.5102, 36.2913),
    ("IQ", "Iraq", ["Irak"], 33.3152, 44.3661),
    ("LB", "Lebanon", ["Libanon", "Liban", "Lubnan"], 33.8938, 35.5018),
    ("JO", "Jordan", ["Yordania", "Jordania", "Yordan", "Urdun"], 31.9454, 35.9284),
    ("IL", "Israel", ["Israil", "Zionis"], 31.7683, 35.2137),
    ("PS", "Palestine", ["Palestina", "Palestinian territories", "Gaza", "Jalur Gaza", "Tepi Barat", "West Bank"], 31.9038, 35.2034),
    ("TR", "Turkey", ["Turki", "Türkiye", "Turkiye", "Turquie"], 39.9334, 32.8597),
    ("RU", "Russia", ["Rusia", "Russian Federation", "Federasi Rusia"], 55.7558, 37.6173),
    ("IR", "Iran", ["Republik Islam Iran", "Islamic Republic of Iran", "Persia"], 35.6892, 51.3890),
    ("US", "United States", ["Amerika Serikat", "AS", "USA", "U.S.", "US", "Amerika", "United States of America", "America"], 38.9072, -77.0369),
    ("GB", "United Kingdom", ["Inggris", "Britania Raya", "UK", "Britain", "Great Britain", "England"], 51.5074, -0.1278),
    ("FR", "France", ["Prancis", "Perancis"], 48.8566, 2.3522),
    ("DE", "Germany", ["Jerman"], 52.5200, 13.4050),
    ("SA", "Saudi Arabia", ["Arab Saudi", "Saudi"], 24.7136, 46.6753),
    ("QA", "Qatar", ["Katar"], 25.2854, 51.5310),
    ("AE", "United Arab Emirates", ["Uni Emirat Arab", "UEA", "UAE", "Emirates"], 24.4539, 54.3773),
    ("EG", "Egypt", ["Mesir"], 30.0444, 31.2357),
    ("KW", "Kuwait", [], 29.3759, 47.9774),
    ("BH", "Bahrain", [], 26.2285, 50.5860),
    ("OM", "Oman", [], 23.5880, 58.3829),
    ("YE", "Yemen", ["Yaman"], 15.3694, 44.1910),
    ("LY", "Libya", ["Libia"], 32.8872, 13.1913),
    ("KZ", "Kazakhstan", ["Kazakstan"], 51.1694, 71.4491),
    ("CH", "Switzerland", ["Swiss", "Suisse"], 46.9480, 7.4474),
    ("AT", "Austria", [], 48.2082, 16.3738),
    ("CY", "Cyprus", ["Siprus"], 35.1856, 33.3823),
    ("GR", "Greece", ["Yunani"], 37.9838, 23.7275),
    ("CN", "China", ["Tiongkok", "Cina"], 39.9042, 116.4074),
    ("AF", "Afghanistan", [], 34.5553, 69.2075),
    ("PK", "Pakistan", [], 33.6844, 73.0479),
    ("AZ", "Azerbaijan", [], 40.4093, 49.8671),
    ("AM", "Armenia", [], 40.1792, 44.4991),
    ("NL", "Netherlands", ["Belanda"], 52.3676, 4.9041),
    ("BE", "Belgium", ["Belgia"], 50.8503, 4.3517),
    ("IT", "Italy", ["Italia"], 41.9028, 12.4964),
    ("AU", "Australia", [], -35.2809, 149.1300),
    ("CA", "Canada", ["Kanada"], 45.4215, -75.6972),
    ("ID", "Indonesia", [], -6.2088, 106.8456),
    ("MY", "Malaysia", [], 3.1390, 101.6869),
    ("TN", "Tunisia", [], 36.8065, 10.1815),
    ("MA", "Morocco", ["Maroko"], 34.0209, -6.8416),
    ("DZ", "Algeria", ["Aljazair"], 36.7538, 3.0588),
    ("SD", "Sudan", [], 15.5007, 32.5599),
]

# Words that mark a foreign-language administrative label (compared on the ASCII-folded,
# lower-cased word). English "Governorate", "Province", "District", "Region" are kept.
JUNK_WORDS = {
    # "governorate" in other languages
    "gobernacion", "gobernazioa", "governacio", "governatorato", "gouvernement", "guvernorat",
    "guvernoratul", "guvernement", "gubernio", "gubernija", "gubernia", "gubernya", "governorado",
    "governorati", "govrenorate", "kegubernuran", "muhafaza", "muhafazasi", "muhafazat",
    "muhafezesi", "muhafazesi", "muhafezasi", "muhafezesi", "muchafaza", "munafaza", "muhofazoti",
    "muhafadha", "mohafazat", "mohafazah", "muhafaz", "kormanyzosag", "kubernerkond",
    "mu-ha-pha-da", "provinsi", "wilayah",
    # "province"/"region"/"district" in other languages
    "provincia", "provincie", "provincija", "provints", "provinsen", "provinco", "provinz",
    "probintzia", "provinciya", "praant", "pokrajina", "eskualdea", "maakunta", "seng", "tinh",
    "quan", "ili", "ilcesi", "distretto", "distrikt", "distriktet", "distrikto", "distrito",
    "districte", "districtul", "distritu", "destrito", "distrig", "dystrykt", "destrict", "distrik",
    "districto", "rajonas", "rajons", "apskritis", "apgabals", "barrutia", "hallintoalue",
    "ringkond", "okrozje", "okrug", "bezirk", "beziak", "slyst", "daerah", "dairesi",
    "dairəsi", "bolgesi", "yonetimi", "subdivision", "eanangoddi", "mkoa", "talaith",
    "pentadbiran", "parezgeha", "parezga", "parezgeya", "vilayeti", "kazasi", "korzet",
    "ils", "ringkonna", "perifereia", "departamento", "departement", "okres", "kraj",
    "qarku", "contea", "comarca", "landkreis", "kreis", "regiao", "regione", "regio",
    "rehiyon", "rexion", "rhanbarth", "kagubernuran", "guvernementet", "gubernatorligi",
    "valiligi", "walayati", "intara", "lalawigan", "provinca", "governadoria", "gobharnoireacht",
    "gouvernemint", "gouvernorat", "givernorate", "guvernerat", "muhofazasi", "hanh", "jaras",
    "districtus", "bwrdeistref", "ardal",
    # mountain-range labels in other languages (WOF puts them on Mount Lebanon governorate)
    "mendia", "hegyseg", "kalnai", "muntii", "cordillera", "milima", "dagi", "nui", "sliabh",
    "mynydd",
}

# Same, as word endings (compound words: "Hamahérað", "Libanonberget", "Zentralbezirk").
JUNK_SUFFIXES = ("herad", "berget", "bjerget", "fjella", "fjellene", "invuoret", "bezirk",
                 "beziak", "ringkond", "distriktet")

# Aliases never kept (compared folded, case-insensitively), though the source has them:
# bare compass words on Lebanese/Israeli divisions, and "Sham"/"al-Sham" (on Damascus), which is also the Levant and part of
# faction names (Ahrar al-Sham, Hayat Tahrir al-Sham, "Islamic State of Iraq and al-Sham").
# Names equal to a country name or alias in COUNTRIES are dropped as aliases too (a village
# alias "Turki" or "Qatar" would fire on every mention of Turkey or Qatar); a row's own
# display name is always kept.
DROP_ALIASES = {
    "north", "south", "northern", "southern", "central", "center", "centre", "centrum", "noord",
    "zuid", "nord", "sud", "suud", "nuurd", "darom", "maden", "kozep", "eszaki",
    "sham", "al-sham", "esh sham", "ash sham", "ash-sham", "el-sham", "as-sham",
    "air base", "daraya governorate", "orange",
}

# Aliases dropped from one row only (WOF data errors): a name of another place, or the city's
# name on its airport.
DROP_ROW_ALIASES = {
    "wof:102542473": ["Al Asad Airport"],     # Al Taqaddum airport carries Al Asad's name
    "wof:102535895": ["Gaziantep"],           # Gaziantep Airport answering to the city's name
    "wof:102542747": ["Kamishli"],            # Qamishli airport answering to the city's name
}

# Junk markers that are only safe to test on the raw (unfolded) spelling: "Afrin Koān" is a
# Hokkien district label, but "Kani Koan" is a real Kurdish village name.
RAW_JUNK_WORDS = {"koān"}

# ---------------------------------------------------------------------------------------------

HEADER = ["ref", "name", "names", "feature", "country", "admin1", "admin2", "lat", "lon", "population"]

_APOS = str.maketrans({c: "'" for c in "‘’`´ʿʾʼʻ′"})
_SPECIAL = str.maketrans({
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng", "ə": "e", "Ə": "E", "ɛ": "e", "ɔ": "o",
})


def ascii_fold(s):
    """Diacritics removed, special letters mapped, typographic apostrophes -> "'"."""
    s = s.translate(_APOS).translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# Disambiguation suffixes of other-language wikis ("Douma i Syria").
_JUNK_SUFFIX_RE = re.compile(r"\s+i\s+(Syria|Syrien|Irak|Libanon|Jordan|Israel|Tyrkia|Turkiet)$")


def is_junk(name):
    if _JUNK_SUFFIX_RE.search(name):
        return True
    if any(w in RAW_JUNK_WORDS for w in re.findall(r"\w+", name.lower())):
        return True
    folded = ascii_fold(name).lower()
    for word in re.findall(r"[a-z0-9əı-]+", folded):
        for part in word.split("-"):
            if part in JUNK_WORDS:
                return True
        if word in JUNK_WORDS or word.endswith(JUNK_SUFFIXES):
            return True
    return False


def match_key(name):
    """Key as a matcher sees it: folded, no apostrophes/hyphens, leading Arabic article dropped."""
    s = ascii_fold(name).casefold().replace("'", "").replace('"', "")
    s = " ".join(re.sub(r"[-_.,()/]+", " ", s).split())
    return re.sub(r"^(?:al|el|ar|as|ash|ad|at|az|an)\s+", "", s)


def _country_names():
    out = set()
    for _code, name, aliases, _lat, _lon in COUNTRIES:
        for a in [name] + aliases:
            out.add(match_key(a))
    return out


_DROP_FOLDED = None


def dropped_alias(name):
    global _DROP_FOLDED
    if _DROP_FOLDED is None:
        _DROP_FOLDED = {match_key(a) for a in DROP_ALIASES} | _country_names()
    return match_key(name) in _DROP_FOLDED


def clean_names(first, candidates, drop_listed=True):
    """Return the |-list: first name, then candidates, junk dropped, folds added, de-duplicated."""
    out, seen = [], set()

    def add(n):
        n = " ".join(n.split())
        if not n:
            return
        key = n.casefold()
        if key in seen:
            return
        seen.add(key)
        out.append(n)

    # the ASCII folds of junk labels are junk too ("Afrin Koān" -> "Afrin Koan")
    junk_folds = {ascii_fold(n).casefold() for n in candidates if n and is_junk(n)}
    if first:
        add(first)
        add(ascii_fold(first))
    for n in candidates:
        n = n.strip()
        if not n or "|" in n or "\t" in n:
            continue
        if is_junk(n) or n.casefold() in junk_folds or (drop_listed and dropped_alias(n)):
            continue
        add(n)
        add(ascii_fold(n))
    return out


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body if r]


def ref_of(source_id):
    source_id = source_id.strip()
    if source_id.isdigit():
        return "gn:" + source_id
    if re.fullmatch(r"wof:\d+", source_id):
        return source_id
    raise ValueError("unexpected id %r" % source_id)


def fmt_coord(v):
    return v.strip()


def build_places(indir):
    rows = []
    dropped = 0
    for r in read_tsv(os.path.join(indir, "places.tsv")):
        names_src = r["names"].split("|") if r["names"] else []
        before = len([n for n in names_src if n])
        drop = {n.casefold() for n in DROP_ROW_ALIASES.get(ref_of(r["id"]), [])}
        names = clean_names(r["name"], [n for n in names_src if n.casefold() not in drop])
        dropped += sum(1 for n in names_src if n and is_junk(n))
        pop = r["population"].strip() or "0"
        pop = str(int(float(pop)))
        lat, lon = float(r["lat"]), float(r["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError("bad coordinates for %s" % r["id"])
        rows.append([
            ref_of(r["id"]), r["name"], "|".join(names), r["feature"], r["country"], r["admin1"],
            r["admin2"], fmt_coord(r["lat"]), fmt_coord(r["lon"]), pop,
        ])
        del before
    refs = [row[0] for row in rows]
    if len(set(refs)) != len(refs):
        raise ValueError("duplicate refs in places.tsv")
    return rows, dropped


def build_admin1(indir):
    out = []
    seen_keys = set()
    for r in read_tsv(os.path.join(indir, "admin1.tsv")):
        key = (r["country"], r["name"])
        seen_keys.add(key)
        src = r["aliases"].split("|") if r["aliases"] else []
        extra = ADMIN1_EXTRA_ALIASES.get(key, [])
        names = clean_names(r["name"], extra + src)
        out.append([r["country"], r["code"], r["name"], "|".join(names[1:])])
    missing = set(ADMIN1_EXTRA_ALIASES) - seen_keys
    if missing:
        raise ValueError("ADMIN1_EXTRA_ALIASES keys not in source: %r" % sorted(missing))
    for country, code, name, aliases in EXTRA_ADMIN1:
        if (country, name) in seen_keys:
            raise ValueError("EXTRA_ADMIN1 duplicates source row %s/%s" % (country, name))
        names = clean_names(name, aliases)
        out.append([country, code, name, "|".join(names[1:])])
    # An alias shared by two divisions would make a lookup ambiguous: drop it from both.
    owners = {}
    for row in out:
        for a in [row[2]] + (row[3].split("|") if row[3] else []):
            owners.setdefault(ascii_fold(a).casefold(), set()).add((row[0], row[2]))
    for row in out:
        kept = [a for a in (row[3].split("|") if row[3] else [])
                if len(owners[ascii_fold(a).casefold()]) == 1]
        row[3] = "|".join(kept)
    return out


def build_countries():
    out = []
    for code, name, aliases, lat, lon in COUNTRIES:
        names = clean_names(name, aliases, drop_listed=False)
        out.append([code, name, "|".join(names[1:]), "%.4f" % lat, "%.4f" % lon])
    return out


def tsv_bytes(header, rows):
    buf = io.StringIO()
    buf.write("\t".join(header) + "\n")
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise ValueError("tab/newline in cell %r" % cell)
        buf.write("\t".join(row) + "\n")
    return buf.getvalue().encode("utf-8")


def write_gz(path, data):
    raw = io.BytesIO()
    # filename="" and mtime=0 keep the gzip header fixed, so the output is byte-identical.
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    with open(path, "wb") as f:
        f.write(raw.getvalue())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default="../shared/gazetteer")
    ap.add_argument("--output", default="Data/gazetteer")
    args = ap.parse_args(argv)
    os.makedirs(args.output, exist_ok=True)

    places, dropped = build_places(args.input)
    write_gz(os.path.join(args.output, "places.tsv.gz"), tsv_bytes(HEADER, places))
    admin1 = build_admin1(args.input)
    with open(os.path.join(args.output, "admin1.tsv"), "wb") as f:
        f.write(tsv_bytes(["country", "code", "name", "aliases"], admin1))
    countries = build_countries()
    with open(os.path.join(args.output, "countries.tsv"), "wb") as f:
        f.write(tsv_bytes(["code", "name", "aliases", "lat", "lon"], countries))
    print("places.tsv.gz: %d rows (%d junk labels dropped)" % (len(places), dropped))
    print("admin1.tsv: %d rows; countries.tsv: %d rows" % (len(admin1), len(countries)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
