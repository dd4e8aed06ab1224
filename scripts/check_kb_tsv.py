#!/usr/bin/env python3
"""Check the gazetteer knowledge base TSVs.

Files checked (under core/src/main/resources/peristiwa/kb/):
  countries.tsv  name  iso2  iso3  latitude  longitude  names  adjectives
  places.tsv     name  country  admin1  admin2  latitude  longitude  geo_precision  feature  geonames_id  aliases

Usage:
  python3 scripts/check_kb_tsv.py [--kb DIR] [--acled FILE.csv] [--strict] [--show N]

Errors (exit status 1): malformed files (encoding, line endings, header, column count, tabs or blanks in cells),
missing required values, bad numbers or codes, duplicate countries / ISO codes / (name, country) places, places in
an unknown country, ACLED country spellings missing from countries.tsv.

Warnings (printed for review, exit status 0 unless --strict): a place farther from its country's centroid than the
country's radius (1500 km by default), the same alias on two places of one country, a name shared by two countries,
a precision that does not fit the feature, point places without admin1.

The ACLED CSV (default ../shared/data/acled/acled-2020-dev.csv next to the repository) is only read, never copied.
Without it the ACLED checks are skipped.
"""
from __future__ import annotations

import argparse
import collections
import csv
import math
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_KB = os.path.join(REPO, "core", "src", "main", "resources", "peristiwa", "kb")
DEFAULT_ACLED = os.path.join(os.path.dirname(REPO), "shared", "data", "acled", "acled-2020-dev.csv")

COUNTRY_HEADER = ["name", "iso2", "iso3", "latitude", "longitude", "names", "adjectives"]
PLACE_HEADER = ["name", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision", "feature",
                "geonames_id", "aliases"]
FEATURES = {"city", "town", "village", "camp", "neighbourhood", "district", "region", "mountains", "province",
            "airbase", "crossing"}
POINT_FEATURES = {"city", "town", "village", "camp", "neighbourhood", "airbase", "crossing"}
AREA_FEATURES = {"district", "region", "mountains", "province"}

DEFAULT_RADIUS_KM = 1500.0
# Countries that stretch farther than the default radius from their centroid (reviewed: the centroid lies in the
# middle of a long or scattered territory, so the far provinces and towns are genuinely that far away).
RADIUS_KM = {
    "Indonesia": 3200,       # centroid in Kalimantan; Aceh and Papua are 2000-3000 km away
    "Russia": 4500,
    "United States": 4500,   # also Alaska / Hawaii
    "Canada": 3500,
    "China": 2800,
    "Brazil": 2800,
    "Australia": 3000,
    "Chile": 2500,
    "Argentina": 2000,
    "India": 2000,
    "Philippines": 1600,
    "Kiribati": 3000,
    "France": 20000,         # overseas regions are listed as separate ISO entries, but be tolerant
    "United Kingdom": 20000,
    "Netherlands": 9000,
    "Denmark": 4000,
    "Norway": 2500,
}
ISO2 = re.compile(r"^[A-Z]{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")
GEONAMES_ID = re.compile(r"^[1-9][0-9]*$")


def normalize(s: str) -> str:
    """Fold case, accents, apostrophes and punctuation, as the Java gazetteer does for look-ups."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out, space = [], False
    for c in s.lower():
        if c in "'\u2019`\u02bf\u02be":
            continue
        if c.isalnum():
            if space and out:
                out.append(" ")
            out.append(c)
            space = False
        else:
            space = True
    return "".join(out)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.radians
    a = (math.sin(p(lat2 - lat1) / 2) ** 2
         + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def read_tsv(path: str, header: list[str], rep: Report) -> list[tuple[int, dict[str, str]]]:
    name = os.path.basename(path)
    if not os.path.exists(path):
        rep.error(f"{name}: missing")
        return []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.error(f"{name}: starts with a byte-order mark")
    if b"\r" in raw:
        rep.error(f"{name}: contains carriage returns (use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        rep.error(f"{name}: no newline at end of file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error(f"{name}: not UTF-8 ({e})")
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        rep.error(f"{name}: empty")
        return []
    got = lines[0].split("\t")
    if got != header:
        rep.error(f"{name}: header is {got}, expected {header}")
        return []
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            rep.error(f"{name}:{i}: {len(cells)} columns, expected {len(header)}")
            continue
        for col, v in zip(header, cells):
            if v != v.strip():
                rep.error(f"{name}:{i}: {col} has leading or trailing whitespace: {v!r}")
        rows.append((i, dict(zip(header, (c.strip() for c in cells)))))
    return rows


def check_list(where: str, col: str, value: str, own_name: str, rep: Report) -> list[str]:
    if not value:
        return []
    items = value.split("|")
    seen: set[str] = set()
    out = []
    if "" in items:
        rep.error(f"{where}: {col} has an empty item (stray '|'): {value!r}")
    for it in items:
        if it == "":
            continue
        if it != it.strip():
            rep.error(f"{where}: {col} item has surrounding spaces: {it!r}")
        key = normalize(it)
        if not key:
            rep.error(f"{where}: {col} item {it!r} has no letters or digits")
            continue
        if own_name and it.lower() == own_name.lower():
            rep.error(f"{where}: {col} repeats the name {own_name!r}")
        if it.lower() in seen:
            rep.error(f"{where}: {col} lists {it!r} twice")
        seen.add(it.lower())
        out.append(it)
    return out


def parse_coord(where: str, row: dict[str, str], rep: Report) -> tuple[float, float] | None:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except ValueError:
        rep.error(f"{where}: latitude/longitude not numbers: {row['latitude']!r}, {row['longitude']!r}")
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        rep.error(f"{where}: coordinates out of range: {lat}, {lon}")
        return None
    return lat, lon


def check_countries(rows, rep: Report) -> dict[str, dict]:
    countries: dict[str, dict] = {}
    by_iso2: dict[str, str] = {}
    by_iso3: dict[str, str] = {}
    name_owner: dict[str, set[str]] = collections.defaultdict(set)
    adj_owner: dict[str, set[str]] = collections.defaultdict(set)
    for line, r in rows:
        where = f"countries.tsv:{line}"
        for col in ("name", "iso2", "iso3", "latitude", "longitude"):
            if not r[col]:
                rep.error(f"{where}: empty {col}")
        name = r["name"]
        if not name:
            continue
        if name in countries:
            rep.error(f"{where}: duplicate country {name!r}")
        if not ISO2.match(r["iso2"]):
            rep.error(f"{where}: iso2 {r['iso2']!r} is not two capital letters")
        if not ISO3.match(r["iso3"]):
            rep.error(f"{where}: iso3 {r['iso3']!r} is not three capital letters")
        if r["iso2"] in by_iso2:
            rep.error(f"{where}: iso2 {r['iso2']} also used by {by_iso2[r['iso2']]}")
        if r["iso3"] in by_iso3:
            rep.error(f"{where}: iso3 {r['iso3']} also used by {by_iso3[r['iso3']]}")
        by_iso2[r["iso2"]] = name
        by_iso3[r["iso3"]] = name
        coord = parse_coord(where, r, rep)
        names = check_list(where, "names", r["names"], name, rep)
        adjs = check_list(where, "adjectives", r["adjectives"], "", rep)
        for n in [name] + names:
            name_owner[normalize(n)].add(name)
        for a in adjs:
            adj_owner[normalize(a)].add(name)
        countries[name] = {"coord": coord, "names": names, "iso2": r["iso2"]}
    for key, owners in sorted(name_owner.items()):
        if len(owners) > 1:
            rep.warn(f"countries.tsv: name {key!r} belongs to several countries: {sorted(owners)}")
    for key, owners in sorted(adj_owner.items()):
        if len(owners) > 1:
            rep.warn(f"countries.tsv: adjective {key!r} belongs to several countries: {sorted(owners)}")
    return countries


def check_places(rows, countries: dict[str, dict], rep: Report) -> list[dict]:
    places = []
    seen: dict[tuple[str, str], int] = {}
    gid_seen: dict[str, str] = {}
    alias_owner: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for line, r in rows:
        where = f"places.tsv:{line}"
        for col in ("name", "country", "latitude", "longitude", "geo_precision", "feature"):
            if not r[col]:
                rep.error(f"{where}: empty {col}")
        name, country = r["name"], r["country"]
        if not name or not country:
            continue
        if country not in countries:
            rep.error(f"{where}: country {country!r} is not a name in countries.tsv")
        key = (normalize(name), country)
        if key in seen:
            rep.error(f"{where}: duplicate place ({name!r}, {country!r}), first on line {seen[key]}")
        seen[key] = line
        coord = parse_coord(where, r, rep)
        prec = r["geo_precision"]
        if prec not in ("1", "2", "3"):
            rep.error(f"{where}: geo_precision {prec!r} is not 1, 2 or 3")
        feat = r["feature"]
        if feat not in FEATURES:
            rep.error(f"{where}: feature {feat!r} is not one of {sorted(FEATURES)}")
        gid = r["geonames_id"]
        if gid and not GEONAMES_ID.match(gid):
            rep.error(f"{where}: geonames_id {gid!r} is not a positive number")
        if gid:
            if gid in gid_seen:
                rep.warn(f"{where}: geonames_id {gid} also on {gid_seen[gid]}")
            gid_seen[gid] = f"{name} ({country})"
        if feat in POINT_FEATURES and prec == "3":
            rep.warn(f"{where}: {name}: point feature {feat!r} with geo_precision 3")
        if feat in AREA_FEATURES and prec == "1":
            rep.warn(f"{where}: {name}: area feature {feat!r} with geo_precision 1")
        if prec == "3" and not r["admin1"]:
            rep.warn(f"{where}: {name}: geo_precision 3 (admin1 as a whole) but admin1 is empty")
        if prec == "1" and not r["admin1"]:
            rep.warn(f"{where}: {name}: a point without admin1")
        aliases = check_list(where, "aliases", r["aliases"], name, rep)
        for n in [name] + aliases:
            alias_owner[(normalize(n), country)].add(name)
        c = countries.get(country)
        if coord and c and c["coord"]:
            d = haversine_km(*coord, *c["coord"])
            limit = RADIUS_KM.get(country, DEFAULT_RADIUS_KM)
            if d > limit:
                rep.warn(f"{where}: REVIEW {name} ({country}) is {d:.0f} km from the country centroid "
                         f"(limit {limit:.0f} km)")
        places.append({"name": name, "country": country, "admin1": r["admin1"], "coord": coord})
    for (key, country), owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            rep.warn(f"places.tsv: {key!r} names several places in {country}: {sorted(owners)}")
    return places


def check_acled(path: str, countries: dict[str, dict], places: list[dict], rep: Report, show: int) -> None:
    if not path or not os.path.exists(path):
        print(f"(ACLED file {path!r} not found: ACLED spelling checks skipped)")
        return
    acled_countries: dict[str, set[str]] = collections.defaultdict(set)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            acled_countries[row["country"]].add(row["admin1"])
    for c in sorted(acled_countries):
        if c not in countries:
            rep.error(f"ACLED country {c!r} is not a name in countries.tsv")
    used = collections.Counter()
    unseen = collections.Counter()
    for p in places:
        seen_admin1 = acled_countries.get(p["country"])
        if not seen_admin1 or not p["admin1"]:
            continue
        if p["admin1"] in seen_admin1:
            used[(p["country"], p["admin1"])] += 1
        else:
            unseen[(p["country"], p["admin1"])] += 1
    matched = sum(1 for k in {(c, a) for c, al in acled_countries.items() for a in al} if k in used)
    total = sum(len(v) for v in acled_countries.values())
    print(f"ACLED sample: {len(acled_countries)} countries, all spelled as in countries.tsv: "
          f"{all(c in countries for c in acled_countries)}; "
          f"{matched}/{total} of its (country, admin1) pairs are used by places.tsv")
    if unseen:
        print(f"  {len(unseen)} admin1 values of places.tsv do not occur in the (small) ACLED sample"
              f" - information only" + ("" if show else "; --show N lists them"))
        for (c, a), n in sorted(unseen.items())[:show]:
            print(f"    {c}: {a} ({n} places)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=DEFAULT_KB, help="knowledge base directory")
    ap.add_argument("--acled", default=DEFAULT_ACLED, help="an ACLED CSV for the spelling checks ('' to skip)")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--show", type=int, default=0, help="list up to N informational items")
    args = ap.parse_args()

    rep = Report()
    crow = read_tsv(os.path.join(args.kb, "countries.tsv"), COUNTRY_HEADER, rep)
    prow = read_tsv(os.path.join(args.kb, "places.tsv"), PLACE_HEADER, rep)
    countries = check_countries(crow, rep)
    places = check_places(prow, countries, rep)
    check_acled(args.acled, countries, places, rep, args.show)

    by_prec = collections.Counter(r["geo_precision"] for _, r in prow)
    print(f"countries.tsv: {len(crow)} rows; places.tsv: {len(prow)} rows "
          f"in {len({r['country'] for _, r in prow})} countries "
          f"(precision 1: {by_prec['1']}, 2: {by_prec['2']}, 3: {by_prec['3']}; "
          f"with geonames_id: {sum(1 for _, r in prow if r['geonames_id'])})")
    for w in rep.warnings:
        print("WARNING", w)
    for e in rep.errors:
        print("ERROR", e)
    print(f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    if rep.errors or (args.strict and rep.warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
