#!/usr/bin/env python3
"""Validate the project's reference data files (Python 3 standard library only).

Usage (from the repository root):

    python3 Scripts/check_data.py [--data DIR] [--corpus DIR] [--quiet]

    --data    the Data directory (default: Data)
    --corpus  answer-key corpus root, scanned for */*.gold.json (default: ../shared/corpus)
    --quiet   print only errors and the summary

Checks:
  * Data/gazetteer/places.tsv.gz, admin1.tsv, countries.tsv, supplement.tsv,
    alias_supplement.tsv, Data/factions.tsv, Data/faction_aliases.tsv:
    header and column count of every row, no empty required cells, no duplicate refs/keys,
    coordinates in range, integer populations, known admin1 names (per country),
    feature codes of GeoNames form, supplement refs `sup:<slug>`, alias_supplement refs existing
    in places.tsv.gz, faction keys = the VOCABULARY keys (+ children whose parent is a
    VOCABULARY key), aliases referencing existing factions, dates YYYY-MM-DD with from <= to,
    no alias that resolves to two factions over overlapping dates (per language).
  * Information only (never an error): place names of the answer keys (`location` and
    `location_aliases`, with their `admin1`) that a folded exact match does not find among the
    gazetteer names, admin1 names and supplement names; and ambiguity warnings (place names that
    equal a country or faction alias).
Exit status 0 when there are no errors, 1 otherwise.
"""

import argparse
import csv
import datetime
import glob
import gzip
import io
import json
import os
import re
import sys
import unicodedata

VOCAB_FACTIONS = [
    "syrian_government", "pro_government_militia", "islamic_state", "hts", "al_nusra", "al_qaeda",
    "syrian_opposition", "sdf", "russia", "hezbollah", "iran", "iraqi_militias", "united_states",
    "turkey", "iraq", "israel", "civilians",
]
SYRIAN_GOVERNORATES = [
    "Aleppo", "Al-Hasakah", "Ar-Raqqah", "As-Suwayda", "Damascus", "Daraa", "Deir ez-Zor", "Hama",
    "Homs", "Idlib", "Latakia", "Quneitra", "Rif Dimashq", "Tartus",
]
KINDS = {"state", "militia", "rebel", "civilians", "other"}
SIDES = {"government", "opposition", "jihadist", "kurdish", "coalition", "turkey", "israel",
         "civilians", "other"}
LANGS = {"id", "en", "*"}

PLACE_HEADER = ["ref", "name", "names", "feature", "country", "admin1", "admin2", "lat", "lon",
                "population"]
FILES = {
    "places": ("gazetteer/places.tsv.gz", PLACE_HEADER),
    "admin1": ("gazetteer/admin1.tsv", ["country", "code", "name", "aliases"]),
    "countries": ("gazetteer/countries.tsv", ["code", "name", "aliases", "lat", "lon"]),
    "supplement": ("gazetteer/supplement.tsv", PLACE_HEADER + ["note"]),
    "alias_supplement": ("gazetteer/alias_supplement.tsv", ["ref", "alias", "note"]),
    "factions": ("factions.tsv", ["key", "name", "kind", "parent", "side", "note"]),
    "faction_aliases": ("faction_aliases.tsv",
                        ["faction", "alias", "language", "valid_from", "valid_to", "case_sensitive", "note"]),
}

# ---------------------------------------------------------------------------------------------
# name folding used for matching

_APOS = "'‘’`´ʿʾʼʻ′\""
_SPECIAL = str.maketrans({
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
    "ß": "ss", "æ": "ae", "œ": "oe", "ħ": "h", "ə": "e", "Ə": "E",
})
ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "adh", "ath", "al", "es", "ez",
            "ed", "er", "en", "et", "ech")
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|at|az|an)\s+")


def fold(name):
    """Case, diacritics, apostrophes and hyphens ignored; leading Arabic article dropped."""
    s = name.translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    for c in _APOS:
        s = s.replace(c, "")
    s = re.sub(r"[-_.,()/]+", " ", s)
    s = " ".join(s.split())
    s = _LEADING_ARTICLE.sub("", s)
    return s


# ---------------------------------------------------------------------------------------------

class Report:
    def __init__(self, quiet):
        self.errors = []
        self.warnings = []
        self.quiet = quiet

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, msg):
        self.warnings.append(msg)


def read_tsv(path, header, rep, where):
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            text = f.read().decode("utf-8")
    else:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        rep.error(where, "file does not end with a newline")
    if not lines:
        rep.error(where, "empty file")
        return []
    got = lines[0].split("\t")
    if got != header:
        rep.error(where, "header %r, expected %r" % (got, header))
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        if "\r" in line:
            rep.error("%s:%d" % (where, i), "carriage return")
        cells = line.split("\t")
        if len(cells) != len(header):
            rep.error("%s:%d" % (where, i), "%d columns, expected %d" % (len(cells), len(header)))
            continue
        for c in cells:
            if c != c.strip():
                rep.error("%s:%d" % (where, i), "cell with leading/trailing spaces: %r" % c)
                break
        row = dict(zip(header, cells))
        row["_line"] = i
        rows.append(row)
    return rows


def check_coord(rep, where, lat, lon):
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        rep.error(where, "non-numeric coordinates %r %r" % (lat, lon))
        return
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        rep.error(where, "coordinates out of range %r %r" % (lat, lon))


def valid_date(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        return False
    return True


FEATURE_RE = re.compile(r"[AHLPRSTUV]\.[A-Z0-9]{2,6}")
SY_BOX = (32.0, 37.6, 35.4, 42.5)  # lat min, lat max, lon min, lon max (with margin)


def check_places_like(rep, rows, where, admin1_by_country, is_supplement):
    refs = set()
    for r in rows:
        w = "%s:%d" % (where, r["_line"])
        ref = r["ref"]
        if is_supplement:
            if not re.fullmatch(r"sup:[a-z0-9_]+", ref):
                rep.error(w, "supplement ref must be sup:<lowercase_slug>: %r" % ref)
        elif not re.fullmatch(r"(gn|wof):\d+", ref):
            rep.error(w, "bad ref %r" % ref)
        if ref in refs:
            rep.error(w, "duplicate ref %s" % ref)
        refs.add(ref)
        for col in ("name", "names", "feature", "country", "lat", "lon", "population"):
            if not r[col]:
                rep.error(w, "empty %s" % col)
        if is_supplement and not r["note"]:
            rep.error(w, "empty note")
        names = r["names"].split("|")
        if names[0] != r["name"]:
            rep.error(w, "names must start with name (%r)" % r["name"])
        if any(not n.strip() for n in names):
            rep.error(w, "empty name in names")
        if len({n.casefold() for n in names}) != len(names):
            rep.error(w, "case-insensitive duplicate in names")
        if not FEATURE_RE.fullmatch(r["feature"]):
            rep.error(w, "bad feature code %r" % r["feature"])
        if not re.fullmatch(r"[A-Z]{2}", r["country"]):
            rep.error(w, "bad country %r" % r["country"])
        if r["admin1"]:
            known = admin1_by_country.get(r["country"], set())
            if r["admin1"] not in known:
                rep.error(w, "admin1 %r unknown for %s" % (r["admin1"], r["country"]))
        elif r["country"] == "SY" or is_supplement:
            rep.error(w, "empty admin1")
        check_coord(rep, w, r["lat"], r["lon"])
        if not re.fullmatch(r"\d+", r["population"]):
            rep.error(w, "population not a non-negative integer: %r" % r["population"])
        if is_supplement and r["country"] == "SY":
            try:
                la, lo = float(r["lat"]), float(r["lon"])
                if not (SY_BOX[0] <= la <= SY_BOX[1] and SY_BOX[2] <= lo <= SY_BOX[3]):
                    rep.error(w, "Syrian place outside Syria's bounding box: %s %s" % (la, lo))
            except ValueError:
                pass
    return refs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="Data")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    rep = Report(args.quiet)

    data = {}
    for key, (rel, header) in FILES.items():
        path = os.path.join(args.data, rel)
        if not os.path.exists(path):
            rep.error(rel, "missing")
            data[key] = []
            continue
        data[key] = read_tsv(path, header, rep, rel)

    # --- admin1 -------------------------------------------------------------------------------
    admin1_by_country = {}
    admin1_alias_owner = {}
    codes = set()
    for r in data["admin1"]:
        w = "admin1.tsv:%d" % r["_line"]
        if r["code"] in codes:
            rep.error(w, "duplicate code %s" % r["code"])
        codes.add(r["code"])
        if r["name"] in admin1_by_country.get(r["country"], set()):
            rep.error(w, "duplicate name %s/%s" % (r["country"], r["name"]))
        admin1_by_country.setdefault(r["country"], set()).add(r["name"])
        for a in [r["name"]] + (r["aliases"].split("|") if r["aliases"] else []):
            if not a.strip():
                rep.error(w, "empty alias")
                continue
            owner = admin1_alias_owner.setdefault(fold(a), (r["country"], r["name"]))
            if owner != (r["country"], r["name"]):
                rep.error(w, "alias %r also names %s/%s" % (a, owner[0], owner[1]))
    sy = admin1_by_country.get("SY", set())
    if sy != set(SYRIAN_GOVERNORATES):
        rep.error("admin1.tsv", "Syrian governorates %r differ from VOCABULARY %r"
                  % (sorted(sy), SYRIAN_GOVERNORATES))

    # --- countries ----------------------------------------------------------------------------
    country_codes = set()
    country_alias = {}
    for r in data["countries"]:
        w = "countries.tsv:%d" % r["_line"]
        if not re.fullmatch(r"[A-Z]{2}", r["code"]):
            rep.error(w, "bad code %r" % r["code"])
        if r["code"] in country_codes:
            rep.error(w, "duplicate code %s" % r["code"])
        country_codes.add(r["code"])
        check_coord(rep, w, r["lat"], r["lon"])
        for a in [r["name"]] + (r["aliases"].split("|") if r["aliases"] else []):
            f = fold(a)
            if f in country_alias and country_alias[f] != r["code"]:
                rep.error(w, "alias %r also names %s" % (a, country_alias[f]))
            country_alias[f] = r["code"]
    for r in data["admin1"]:
        if r["country"] not in country_codes:
            rep.error("admin1.tsv:%d" % r["_line"], "country %s not in countries.tsv" % r["country"])

    # --- places, supplement, alias_supplement -------------------------------------------------
    place_refs = check_places_like(rep, data["places"], "places.tsv.gz", admin1_by_country, False)
    sup_refs = check_places_like(rep, data["supplement"], "supplement.tsv", admin1_by_country, True)
    for r in data["supplement"]:
        if r["country"] not in country_codes:
            rep.error("supplement.tsv:%d" % r["_line"], "country %s not in countries.tsv" % r["country"])
    admin2_known = {(p["country"], p["admin1"], p["admin2"]) for p in data["places"] if p["admin2"]}
    for r in data["supplement"]:
        if r["admin2"] and (r["country"], r["admin1"], r["admin2"]) not in admin2_known:
            rep.error("supplement.tsv:%d" % r["_line"], "admin2 %r unknown in %s/%s"
                      % (r["admin2"], r["country"], r["admin1"]))
    place_by_ref = {r["ref"]: r for r in data["places"]}
    seen_alias = set()
    for r in data["alias_supplement"]:
        w = "alias_supplement.tsv:%d" % r["_line"]
        if r["ref"] not in place_refs and r["ref"] not in sup_refs:
            rep.error(w, "ref %s not in places.tsv.gz" % r["ref"])
        if not r["alias"] or not r["note"]:
            rep.error(w, "empty alias or note")
        key = (r["ref"], r["alias"].casefold())
        if key in seen_alias:
            rep.error(w, "duplicate alias %r for %s" % (r["alias"], r["ref"]))
        seen_alias.add(key)
        p = place_by_ref.get(r["ref"])
        if p and r["alias"].casefold() in {n.casefold() for n in p["names"].split("|")}:
            rep.error(w, "alias %r already a name of %s" % (r["alias"], r["ref"]))

    # supplement rows must not duplicate a source place under the same (folded) name in the
    # same governorate within ~15 km
    by_fold = {}
    for p in data["places"]:
        for n in p["names"].split("|"):
            by_fold.setdefault(fold(n), []).append(p)
    for r in data["supplement"]:
        try:
            la, lo = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        for n in r["names"].split("|"):
            for p in by_fold.get(fold(n), []):
                if p["feature"].startswith("A."):
                    continue
                d = ((float(p["lat"]) - la) ** 2 + (float(p["lon"]) - lo) ** 2) ** 0.5 * 111
                if d < 15 and p["admin1"] == r["admin1"] and not r["feature"].startswith(("S.", "T.", "H.", "L.")):
                    rep.error("supplement.tsv:%d" % r["_line"],
                              "%r duplicates %s %r (%.0f km)" % (n, p["ref"], p["name"], d))

    # --- factions -----------------------------------------------------------------------------
    fkeys = {}
    for r in data["factions"]:
        w = "factions.tsv:%d" % r["_line"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["key"]):
            rep.error(w, "bad key %r" % r["key"])
        if r["key"] in fkeys:
            rep.error(w, "duplicate key %s" % r["key"])
        fkeys[r["key"]] = r
        if not r["name"]:
            rep.error(w, "empty name")
        if r["kind"] not in KINDS:
            rep.error(w, "kind %r not in %s" % (r["kind"], sorted(KINDS)))
        if r["side"] not in SIDES:
            rep.error(w, "side %r not in %s" % (r["side"], sorted(SIDES)))
    for k in VOCAB_FACTIONS:
        if k not in fkeys:
            rep.error("factions.tsv", "VOCABULARY key %s missing" % k)
        elif fkeys[k]["parent"]:
            rep.error("factions.tsv", "VOCABULARY key %s must not have a parent" % k)
    for k, r in fkeys.items():
        if k not in VOCAB_FACTIONS:
            if r["parent"] not in VOCAB_FACTIONS:
                rep.error("factions.tsv:%d" % r["_line"],
                          "extra key %s needs a parent that is a VOCABULARY key" % k)

    alias_rows = {}
    for r in data["faction_aliases"]:
        w = "faction_aliases.tsv:%d" % r["_line"]
        if r["faction"] not in fkeys:
            rep.error(w, "unknown faction %r" % r["faction"])
        if not r["alias"]:
            rep.error(w, "empty alias")
        if r["language"] not in LANGS:
            rep.error(w, "language %r not in %s" % (r["language"], sorted(LANGS)))
        for col in ("valid_from", "valid_to"):
            if r[col] and not valid_date(r[col]):
                rep.error(w, "%s %r is not YYYY-MM-DD" % (col, r[col]))
        if r["valid_from"] and r["valid_to"] and r["valid_from"] > r["valid_to"]:
            rep.error(w, "valid_from after valid_to")
        alias_rows.setdefault(r["alias"].casefold(), []).append(r)
    for alias, rows in alias_rows.items():
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                a, b = rows[i], rows[j]
                if a["language"] != b["language"] and "*" not in (a["language"], b["language"]):
                    continue
                a_from, a_to = a["valid_from"] or "0000-00-00", a["valid_to"] or "9999-99-99"
                b_from, b_to = b["valid_from"] or "0000-00-00", b["valid_to"] or "9999-99-99"
                if a_from <= b_to and b_from <= a_to:  # both ends inclusive
                    if a["faction"] == b["faction"]:
                        rep.error("faction_aliases.tsv:%d" % b["_line"],
                                  "duplicate alias %r for %s" % (b["alias"], b["faction"]))
                    else:
                        rep.error("faction_aliases.tsv:%d" % b["_line"],
                                  "alias %r maps to %s and %s over overlapping dates"
                                  % (b["alias"], a["faction"], b["faction"]))

    # --- information: ambiguity -----------------------------------------------------------------
    faction_alias_fold = {fold(r["alias"]): r["faction"] for r in data["faction_aliases"]}
    amb_country, amb_faction = [], []
    for src, rows in (("places", data["places"]), ("supplement", data["supplement"])):
        for p in rows:
            for n in p["names"].split("|"):
                f = fold(n)
                if f in country_alias and p["country"] != country_alias[f] and not p["feature"].startswith("A.PCL"):
                    amb_country.append("%s %s %r (%s/%s) = country %s" % (src, p["ref"], n, p["country"], p["admin1"], country_alias[f]))
                if f in faction_alias_fold:
                    amb_faction.append("%s %s %r (%s/%s) = faction alias of %s" % (src, p["ref"], n, p["country"], p["admin1"], faction_alias_fold[f]))

    # --- information: answer-key place names not found ------------------------------------------
    index = {}
    for p in data["places"] + data["supplement"]:
        for n in p["names"].split("|"):
            index.setdefault(fold(n), set()).add((p["country"], p["admin1"]))
    for r in data["alias_supplement"]:
        p = place_by_ref.get(r["ref"])
        if p:
            index.setdefault(fold(r["alias"]), set()).add((p["country"], p["admin1"]))
    for r in data["admin1"]:
        for a in [r["name"]] + (r["aliases"].split("|") if r["aliases"] else []):
            index.setdefault(fold(a), set()).add((r["country"], r["name"]))
    admin1_fold = {}
    for r in data["admin1"]:
        for a in [r["name"]] + (r["aliases"].split("|") if r["aliases"] else []):
            admin1_fold[fold(a)] = r["name"]
    for r in data["countries"]:
        for a in [r["name"]] + (r["aliases"].split("|") if r["aliases"] else []):
            index.setdefault(fold(a), set()).add((r["code"], ""))

    # descriptors a matcher has to strip itself ("Provinsi Homs", "Aleppo Utara", "pusat kota Hama")
    desc_pre = re.compile(r"^(?:provinsi|kota|pusat kota|barat kota|timur kota|utara kota|selatan kota|"
                          r"sisi (?:selatan|utara|timur|barat)|pedesaan|pinggiran|wilayah|daerah|"
                          r"northern|southern|eastern|western|central|north|south|east|west|"
                          r"rural|greater|downtown)\s+")
    desc_suf = re.compile(r"\s+(?:utara|selatan|timur|barat|tengah|province|governorate|city|"
                          r"countryside|pedesaan|suburbs)$")

    def strip_desc(f):
        prev = None
        while prev != f:
            prev = f
            f = desc_pre.sub("", f)
            f = desc_suf.sub("", f)
            f = _LEADING_ARTICLE.sub("", f)
        return f

    missing, wrong_admin, stripped, total = [], [], [], 0
    gold_files = sorted(glob.glob(os.path.join(args.corpus, "*", "*.gold.json")))
    seen = set()
    for gf in gold_files:
        with open(gf, encoding="utf-8") as f:
            g = json.load(f)
        for e in g.get("events", []) + g.get("control", []):
            names = [e.get("location")] + list(e.get("location_aliases") or [])
            admin1 = e.get("admin1")
            for n in names:
                if not n:
                    continue
                key = (n, admin1)
                if key in seen:
                    continue
                seen.add(key)
                total += 1
                hits = index.get(fold(n))
                if not hits and index.get(strip_desc(fold(n))):
                    stripped.append("%s (%s) -> %r [%s]" % (n, admin1, strip_desc(fold(n)), os.path.basename(gf)))
                    continue
                if not hits:
                    missing.append("%s (%s) [%s]" % (n, admin1, os.path.basename(gf)))
                elif admin1 and not any(admin1_fold.get(fold(admin1)) == a or a == admin1 for _c, a in hits):
                    wrong_admin.append("%s (%s): found only in %s [%s]" % (
                        n, admin1, sorted({"%s/%s" % h for h in hits})[:4], os.path.basename(gf)))

    # --- output -----------------------------------------------------------------------------------
    counts = ", ".join("%s %d" % (k, len(v)) for k, v in data.items())
    print("rows: " + counts)
    if not args.quiet:
        print("\nINFO: %d answer-key place names (name, admin1) checked; %d not found by folded exact match:"
              % (total, len(missing)))
        for m in missing:
            print("  - " + m)
        print("\nINFO: %d more are found once a descriptor (provinsi, kota, utara, northern, ...) is "
              "stripped; the matcher must strip these itself:" % len(stripped))
        for m in stripped:
            print("  - " + m)
        print("\nINFO: %d found, but not under the answer key's admin1:" % len(wrong_admin))
        for m in wrong_admin:
            print("  - " + m)
        print("\nINFO: %d place names equal a country name/alias of another country "
              "(matchers should prefer the country):" % len(amb_country))
        for m in amb_country[:40]:
            print("  - " + m)
        print("\nINFO: %d place names equal a faction alias:" % len(amb_faction))
        for m in amb_faction[:40]:
            print("  - " + m)
    for e in rep.errors[:200]:
        print("ERROR " + e)
    if len(rep.errors) > 200:
        print("... %d more errors" % (len(rep.errors) - 200))
    print("\ncheck_data: %d errors" % len(rep.errors))
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
