#!/usr/bin/env python3
"""Check the actor knowledge base TSVs and measure how much of an ACLED CSV they cover.

Files checked (under core/src/main/resources/peristiwa/kb/):
  actors.tsv         name  inter  country  aliases      named actors
  state_periods.tsv  country  from  to  period          government periods for state forces
  roles.tsv          role  inter  name  words           generic actor roles (name templates)

Usage:
  python3 scripts/check_actor_tsv.py [--kb DIR] [--acled FILE.csv] [--show N]

The ACLED CSV (default ../shared/data/acled/acled-2020-dev.csv next to the repository) is only read, never
copied. Without it, the structural checks still run and the coverage report is skipped.

Exit status: 0 when there are no errors (warnings do not fail the check), 1 otherwise.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_KB = os.path.join(REPO, "core", "src", "main", "resources", "peristiwa", "kb")
DEFAULT_ACLED = os.path.join(os.path.dirname(REPO), "shared", "data", "acled", "acled-2020-dev.csv")

HEADERS = {
    "actors.tsv": ["name", "inter", "country", "aliases"],
    "state_periods.tsv": ["country", "from", "to", "period"],
    "roles.tsv": ["role", "inter", "name", "words"],
}
ROLES = {"military", "police", "state_unit", "protesters", "rioters", "civilians", "unidentified_armed_group",
         "unidentified_gang", "mob", "rebels", "militia", "government"}
# roles whose ACLED name carries the government period, and the prefix their template must start with
PERIOD_ROLES = {
    "military": ("Military Forces of {country} ({period})",),
    "police": ("Police Forces of {country} ({period})",),
    "state_unit": ("Military Forces of {country} ({period}) ", "Police Forces of {country} ({period}) "),
    "government": ("Government of {country} ({period})",),
}
ROLE_INTER = {"military": {1}, "police": {1}, "state_unit": {1}, "government": {1}, "protesters": {6},
              "rioters": {5}, "mob": {5}, "civilians": {7}, "unidentified_armed_group": {3},
              "unidentified_gang": {3}, "rebels": {2}, "militia": {2, 3, 4}}

# ACLED writes "the" before these countries in state-force and government names
# ("Police Forces of the Philippines (2016-)", "Military Forces of the Democratic Republic of Congo (2019-)").
ARTICLE_COUNTRIES = {"Philippines", "Democratic Republic of Congo", "Republic of Congo", "Central African Republic",
                     "Ivory Coast", "United States", "United Kingdom", "United Arab Emirates", "Netherlands",
                     "Dominican Republic", "Czech Republic", "Bahamas", "Maldives", "Comoros", "Solomon Islands"}
STATE_PREFIXES = ("Military Forces of ", "Police Forces of ", "Government of ")

# an alias that is one of these bare words would match almost any report
COMMON_WORDS = {
    "army", "armies", "forces", "force", "police", "militants", "militant", "group", "groups", "state", "front", "military",
    "troops", "soldiers", "rebels", "rebel", "militia", "militias", "government", "coalition", "movement", "party", "brigade",
    "brigades", "division", "corps", "unit", "units", "battalion", "regiment", "guards", "guard", "fighters", "insurgents",
    "separatists", "islamists", "jihadists", "terrorists", "gunmen", "men", "people", "civilians", "resistance", "alliance",
    "council", "committee", "organization", "organisation", "union", "league", "federation", "network", "operation",
    "mission", "command", "national", "islamic", "islam", "liberation", "revolutionary", "democratic", "popular", "people's",
    "tentara", "pasukan", "polisi", "militer", "kelompok", "gerakan", "partai", "negara", "front", "milisi", "laskar",
    "pemberontak", "teroris", "warga", "massa", "pemerintah", "organisasi", "brigade", "batalyon",
}
# 2-5 capital letters are matched case-sensitively: these still collide with ordinary English/Indonesian
# words written in capitals (headlines, "AS" = Amerika Serikat, "DPR" = Indonesian parliament, "CV" = company form)
ACRONYM_BLACKLIST = {
    "AS", "IT", "IN", "ON", "OR", "TO", "AN", "AT", "BY", "NO", "SO", "DO", "GO", "UP", "WE", "HE", "ME", "MY", "OF",
    "IF", "BE", "US", "AM", "PM", "TV", "OK", "ID", "DI", "KE", "DAN", "ITU", "INI", "YANG", "ADA", "AKAN", "ATAU",
    "API", "BOM", "TAK", "DPR", "MPR", "DPRD", "CV", "PT", "UD", "RI", "NKRI", "AFP", "AP", "BBC", "CNN", "UN", "EU",
    "AU", "PDF", "FC", "HM", "MSA", "PULO", "KIA", "CPC", "EPP", "THE", "AND", "FOR", "NOT", "ALL", "ARE", "WHO",
}
ACRONYM = re.compile(r"^[A-Z]{2,5}$")
PERIOD = re.compile(r"^(\d{4})-(\d{4})?$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PLACEHOLDER = re.compile(r"\{[^}]*\}")

# well-known alternative spellings of ACLED country names: a KB country spelled like this is an error
COUNTRY_VARIANTS = {
    "cote d'ivoire": "Ivory Coast", "côte d'ivoire": "Ivory Coast", "drc": "Democratic Republic of Congo",
    "dr congo": "Democratic Republic of Congo", "congo (kinshasa)": "Democratic Republic of Congo",
    "democratic republic of the congo": "Democratic Republic of Congo", "congo-kinshasa": "Democratic Republic of Congo",
    "congo (brazzaville)": "Republic of Congo", "republic of the congo": "Republic of Congo", "congo": "Republic of Congo",
    "turkiye": "Turkey", "türkiye": "Turkey", "burma": "Myanmar", "state of palestine": "Palestine",
    "palestinian territories": "Palestine", "occupied palestinian territory": "Palestine", "swaziland": "eSwatini",
    "eswatini": "eSwatini", "east timor": "Timor-Leste", "the gambia": "Gambia", "macedonia": "North Macedonia",
    "uae": "United Arab Emirates", "usa": "United States", "united states of america": "United States",
    "car": "Central African Republic", "curaçao": "Curacao", "syrian arab republic": "Syria", "russian federation": "Russia",
    "iran (islamic republic of)": "Iran", "lao pdr": "Laos", "viet nam": "Vietnam", "korea, south": "South Korea",
    "republic of korea": "South Korea", "korea, north": "North Korea", "cape verde": "Cape Verde", "cabo verde": "Cape Verde",
}


class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def norm_country(c: str) -> str:
    c = unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode().lower().strip()
    return re.sub(r"[^a-z]", "", c)


def alias_key(a: str) -> str:
    """The form under which an alias is matched: acronyms of 2-5 capitals as written, everything else lower-cased."""
    return a if ACRONYM.match(a) else a.lower()


def read_tsv(path: str, rep: Report):
    name = os.path.basename(path)
    rows = []
    if not os.path.exists(path):
        rep.error(f"{name}: file missing ({path})")
        return rows
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        rep.error(f"{name}: starts with a byte-order mark")
        raw = raw[1:]
    if "\r" in raw:
        rep.error(f"{name}: contains carriage returns (use LF line ends)")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        rep.error(f"{name}: empty file")
        return rows
    header = lines[0].split("\t")
    if header != HEADERS[name]:
        rep.error(f"{name}: header is {header!r}, expected {HEADERS[name]!r}")
    for i, line in enumerate(lines[1:], start=2):
        if not line.strip():
            rep.error(f"{name}:{i}: blank line")
            continue
        cols = line.split("\t")
        if len(cols) != len(HEADERS[name]):
            rep.error(f"{name}:{i}: {len(cols)} columns, expected {len(HEADERS[name])}")
            continue
        if any(c != c.strip() for c in cols):
            rep.error(f"{name}:{i}: leading/trailing whitespace in a cell")
        rows.append((i, [c.strip() for c in cols]))
    return rows


def check_inter(name, lineno, value, rep) -> int | None:
    if not re.fullmatch(r"[1-8]", value or ""):
        rep.error(f"{name}:{lineno}: inter {value!r} is not an integer 1..8")
        return None
    return int(value)


def check_period_label(where, label, rep) -> bool:
    m = PERIOD.match(label)
    if not m:
        rep.error(f"{where}: period {label!r} is not shaped YYYY- or YYYY-YYYY")
        return False
    if m.group(2) and int(m.group(2)) < int(m.group(1)):
        rep.error(f"{where}: period {label!r} ends before it starts")
        return False
    return True


def check_alias_text(where, alias, rep):
    if not alias:
        rep.error(f"{where}: empty alias (doubled or trailing '|')")
        return
    if alias != alias.strip() or "  " in alias:
        rep.error(f"{where}: alias {alias!r} has stray whitespace")
    if "\t" in alias:
        rep.error(f"{where}: alias {alias!r} contains a tab")
    low = alias.lower()
    if low in COMMON_WORDS:
        rep.error(f"{where}: alias {alias!r} is a bare common word")
    if ACRONYM.match(alias) and alias in ACRONYM_BLACKLIST:
        rep.error(f"{where}: acronym alias {alias!r} collides with a common word written in capitals")
    if not ACRONYM.match(alias) and len(alias) <= 4 and re.fullmatch(r"[A-Za-z]+", alias) and alias != alias.lower() \
            and alias != alias.capitalize():
        # e.g. "LeT", "JeM": not all capitals, so they would be matched case-insensitively ("let", "jem")
        rep.error(f"{where}: short mixed-case alias {alias!r} would be matched case-insensitively")


# --------------------------------------------------------------------------------------------------------------
def load_actors(kb, rep):
    actors = []
    for lineno, (name, inter, country, aliases) in read_tsv(os.path.join(kb, "actors.tsv"), rep):
        where = f"actors.tsv:{lineno}"
        if not name:
            rep.error(f"{where}: empty name")
        if not aliases:
            rep.error(f"{where}: empty aliases")
        iv = check_inter("actors.tsv", lineno, inter, rep)
        placeholders = PLACEHOLDER.findall(name)
        if placeholders:
            if placeholders != ["{country}"]:
                rep.error(f"{where}: name {name!r} has placeholders {placeholders}; only one {{country}} is allowed")
            elif not name.endswith(" ({country})"):
                rep.error(f"{where}: {{country}} must be the final parenthesised qualifier: {name!r}")
            if country:
                rep.error(f"{where}: {name!r} is qualified by the event's country but has country {country!r}")
        if "{" in name.replace("{country}", "") or "}" in name.replace("{country}", ""):
            rep.error(f"{where}: stray brace in {name!r}")
        for m in re.finditer(r"\((\d{4}-\d{0,4})\)", name):
            check_period_label(where, m.group(1), rep)
        if name.startswith(STATE_PREFIXES) and not re.search(r"\(\d{4}-(\d{4})?\)", name):
            rep.error(f"{where}: state actor {name!r} carries no period")
        al = aliases.split("|") if aliases else []
        for a in al:
            check_alias_text(where, a, rep)
        keys = [alias_key(a) for a in al]
        dup = [k for k, n in collections.Counter(keys).items() if n > 1]
        if dup:
            rep.warn(f"{where}: alias repeated within {name!r}: {dup}")
        actors.append({"line": lineno, "name": name, "inter": iv, "country": country, "aliases": al})
    names = collections.Counter(a["name"] for a in actors)
    for n, c in names.items():
        if c > 1:
            rep.error(f"actors.tsv: name {n!r} listed {c} times")
    # the same surface form under two actors: the matcher could not decide
    owner = collections.defaultdict(set)
    for a in actors:
        for al in a["aliases"]:
            owner[al.lower()].add(a["name"])
    for k, ns in sorted(owner.items()):
        if len(ns) > 1:
            rep.error(f"actors.tsv: alias {k!r} listed under {len(ns)} actors: {sorted(ns)}")
    return actors


def load_periods(kb, rep):
    periods = collections.defaultdict(list)
    for lineno, (country, fr, to, label) in read_tsv(os.path.join(kb, "state_periods.tsv"), rep):
        where = f"state_periods.tsv:{lineno}"
        if not country:
            rep.error(f"{where}: empty country")
        ok = check_period_label(where, label, rep)
        d_from = d_to = None
        for col, v in (("from", fr), ("to", to)):
            if col == "to" and v == "":
                continue
            if not ISO.match(v):
                rep.error(f"{where}: {col} {v!r} is not yyyy-mm-dd")
                continue
            try:
                d = dt.date.fromisoformat(v)
            except ValueError:
                rep.error(f"{where}: {col} {v!r} is not a valid date")
                continue
            if col == "from":
                d_from = d
            else:
                d_to = d
        if d_from and d_to and d_to <= d_from:
            rep.error(f"{where}: to {to} is not after from {fr}")
        if ok and d_from:
            start, end = PERIOD.match(label).groups()
            if int(start) != d_from.year:
                rep.warn(f"{where}: label {label!r} starts in {start} but from is {fr}")
            if end and not d_to:
                rep.error(f"{where}: closed label {label!r} but no 'to' date")
            if not end and d_to:
                rep.error(f"{where}: open label {label!r} but 'to' is {to}; a closed period is written YYYY-YYYY")
            if end and d_to and int(end) != d_to.year and not (d_to.month == 1 and d_to.day <= 2 and int(end) == d_to.year - 1):
                rep.warn(f"{where}: label {label!r} ends in {end} but to is {to}")
        periods[country].append({"line": lineno, "from": d_from, "to": d_to, "label": label})
    today_open = collections.Counter()
    for country, ps in periods.items():
        ps.sort(key=lambda p: p["from"] or dt.date.min)
        for a, b in zip(ps, ps[1:]):
            if a["to"] is None:
                rep.error(f"state_periods.tsv: {country}: period {a['label']} is open but followed by {b['label']}")
            elif b["from"] and b["from"] < a["to"]:
                rep.error(f"state_periods.tsv: {country}: {a['label']} and {b['label']} overlap")
            elif b["from"] and b["from"] > a["to"]:
                rep.warn(f"state_periods.tsv: {country}: gap between {a['label']} (to {a['to']}) and {b['label']} (from {b['from']})")
        labels = collections.Counter(p["label"] for p in ps)
        for lab, n in labels.items():
            if n > 1:
                rep.error(f"state_periods.tsv: {country}: label {lab} used {n} times")
        today_open[country] = sum(1 for p in ps if p["to"] is None)
        if today_open[country] == 0 and ps and ps[-1]["to"] and ps[-1]["to"] < dt.date(2026, 1, 1):
            rep.warn(f"state_periods.tsv: {country}: no period open after {ps[-1]['to']}")
    return periods


def load_roles(kb, rep):
    roles = []
    for lineno, (role, inter, name, words) in read_tsv(os.path.join(kb, "roles.tsv"), rep):
        where = f"roles.tsv:{lineno}"
        if role not in ROLES:
            rep.error(f"{where}: unknown role {role!r}")
        iv = check_inter("roles.tsv", lineno, inter, rep)
        if iv is not None and role in ROLE_INTER and iv not in ROLE_INTER[role]:
            rep.warn(f"{where}: role {role} with inter {iv}")
        if not name:
            rep.error(f"{where}: empty name")
        if not words:
            rep.error(f"{where}: empty words")
        ph = PLACEHOLDER.findall(name)
        if ph.count("{country}") != 1:
            rep.error(f"{where}: name {name!r} must contain {{country}} exactly once")
        if any(p not in ("{country}", "{period}") for p in ph):
            rep.error(f"{where}: unknown placeholder in {name!r}")
        if role in PERIOD_ROLES:
            if ph.count("{period}") != 1:
                rep.error(f"{where}: {role} name {name!r} must contain {{period}} exactly once")
            prefixes = PERIOD_ROLES[role]
            if role == "state_unit":
                if not name.startswith(prefixes):
                    rep.error(f"{where}: state unit {name!r} must start with one of {prefixes}")
            elif name != prefixes[0]:
                rep.error(f"{where}: {role} name is {name!r}, expected {prefixes[0]!r}")
        elif "{period}" in name:
            rep.error(f"{where}: {role} name {name!r} must not carry a period")
        elif not name.endswith(" ({country})"):
            rep.error(f"{where}: {role} name {name!r} should end with ' ({{country}})'")
        ws = words.split("|") if words else []
        for w in ws:
            if not w:
                rep.error(f"{where}: empty word (doubled or trailing '|')")
            elif w != w.strip():
                rep.error(f"{where}: word {w!r} has stray whitespace")
        roles.append({"line": lineno, "role": role, "inter": iv, "name": name, "words": ws})
    # a word under two different role names is ambiguous
    owner = collections.defaultdict(set)
    for r in roles:
        for w in r["words"]:
            owner[alias_key(w)].add(r["name"])
    for k, ns in sorted(owner.items()):
        if len(ns) > 1:
            rep.error(f"roles.tsv: word {k!r} listed under {len(ns)} names: {sorted(ns)}")
    return roles


# --------------------------------------------------------------------------------------------------------------
def check_countries(actors, periods, roles, csv_countries, rep):
    known = set(csv_countries) | set(periods)
    by_norm = {norm_country(c): c for c in csv_countries}

    def spelled(where, c):
        if c in csv_countries:
            return
        v = COUNTRY_VARIANTS.get(c.lower().strip())
        if v and v != c and v in known:
            rep.error(f"{where}: country {c!r} is spelled {v!r} by ACLED")
        elif norm_country(c) in by_norm:
            rep.error(f"{where}: country {c!r} is spelled {by_norm[norm_country(c)]!r} in the ACLED CSV")

    for c, ps in periods.items():
        spelled(f"state_periods.tsv:{ps[0]['line']}", c)
    for a in actors:
        if a["country"]:
            spelled(f"actors.tsv:{a['line']}", a["country"])
            if a["country"] not in known:
                rep.warn(f"actors.tsv:{a['line']}: country {a['country']!r} is neither in the ACLED CSV nor in state_periods.tsv")
        m = re.search(r"\(([^()]*)\)$", a["name"])
        if m and not re.match(r"^\d{4}-", m.group(1)) and m.group(1) != "{country}":
            q = m.group(1)
            v = COUNTRY_VARIANTS.get(q.lower())
            if v and v != q:
                rep.error(f"actors.tsv:{a['line']}: qualifier ({q}) in {a['name']!r} is spelled ({v}) by ACLED")
    for c in sorted(csv_countries):
        if c not in periods:
            rep.error(f"state_periods.tsv: no period for {c!r}, a country of the ACLED CSV")
    # role words are read with the event's country: they must not name one
    names = sorted(known, key=len, reverse=True)
    pat = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None
    for r in roles:
        for w in r["words"]:
            if pat and pat.search(w):
                rep.error(f"roles.tsv:{r['line']}: word {w!r} contains a country name")


def cross_checks(actors, roles, rep):
    role_words = {}
    for r in roles:
        for w in r["words"]:
            role_words.setdefault(w.lower(), r["name"])
    for a in actors:
        for al in a["aliases"]:
            if al.lower() in role_words:
                rep.warn(f"actors.tsv:{a['line']}: alias {al!r} of {a['name']!r} is also a role word of {role_words[al.lower()]!r}")


# --------------------------------------------------------------------------------------------------------------
def parse_acled_date(s: str):
    s = s.strip()
    for fmt in ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%d-%B-%y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def period_on(periods, country, date):
    for p in periods.get(country, []):
        if p["from"] and p["from"] <= date and (p["to"] is None or date < p["to"]):
            return p["label"]
    return None


def fill(template, country, period):
    c = country
    if template.startswith(STATE_PREFIXES) and country in ARTICLE_COUNTRIES:
        c = "the " + country
    out = template.replace("{country}", c)
    if "{period}" in out:
        if period is None:
            return None
        out = out.replace("{period}", period)
    return out


def lenient(name: str) -> str:
    """Compare state names by the start year of their period only: (2014-2021) ~ (2014-)."""
    return re.sub(r"\((\d{4})-\d{0,4}\)", r"(\1-)", name)


def coverage(actors, roles, periods, rows, show, rep):
    named_literal = {a["name"] for a in actors if "{country}" not in a["name"]}
    named_templates = [a["name"] for a in actors if "{country}" in a["name"]]
    role_templates = sorted({r["name"] for r in roles})
    all_countries = sorted(periods)

    def candidates(country, date, any_country=False):
        out = set(named_literal)
        out |= {t.replace("{country}", country) for t in named_templates}
        countries = all_countries if any_country else [country]
        for c in countries:
            per = period_on(periods, c, date) if date else None
            for t in role_templates:
                f = fill(t, c, per)
                if f:
                    out.add(f)
        return out

    cache = {}
    stats = {k: collections.Counter() for k in ("actor1", "actor2")}
    missed = {k: collections.Counter() for k in ("actor1", "actor2")}
    bad_dates = 0
    for row in rows:
        date = parse_acled_date(row.get("event_date", ""))
        if date is None:
            bad_dates += 1
        country = row.get("country", "").strip()
        key = (country, date)
        if key not in cache:
            cand = candidates(country, date)
            cand_any = candidates(country, date, any_country=True)
            cache[key] = (cand, {lenient(x) for x in cand}, cand_any, {lenient(x) for x in cand_any})
        strict, len_strict, anyc, len_any = cache[key]
        for col in ("actor1", "actor2"):
            name = row.get(col, "").strip()
            st = stats[col]
            st["rows"] += 1
            if not name:
                st["empty"] += 1
                continue
            st["nonempty"] += 1
            if name in strict:
                st["strict"] += 1
            else:
                missed[col][name] += 1
            if lenient(name) in len_strict:
                st["lenient"] += 1
            if lenient(name) in len_any:
                st["lenient_any"] += 1
    if bad_dates:
        rep.warn(f"ACLED CSV: {bad_dates} rows with an unreadable event_date")

    print("\nCoverage of the ACLED CSV (%d rows)" % len(rows))
    print("  strict       = named actor ({country} filled with the row's country) or role template filled with the")
    print("                 row's country and the period valid on event_date, compared exactly")
    print("  lenient      = same, but a state period is compared by its start year only ((2014-2021) ~ (2014-)):")
    print("                 the CSV is a 2020 snapshot, ACLED has since closed some periods")
    print("  lenient, any = lenient, and role templates may be filled with any country (foreign forces)")
    for col in ("actor1", "actor2"):
        st = stats[col]
        n_all, n = st["rows"], st["nonempty"]
        pct = lambda k, d: (100.0 * st[k] / d) if d else 0.0
        empty_ok = st["empty"]
        print(f"  {col}: {n} non-empty of {n_all} rows")
        print(f"    strict       {st['strict']:5d}/{n}  {pct('strict', n):5.1f}%   (counting empty {col} as covered: "
              f"{100.0 * (st['strict'] + empty_ok) / n_all:5.1f}%)")
        print(f"    lenient      {st['lenient']:5d}/{n}  {pct('lenient', n):5.1f}%")
        print(f"    lenient, any {st['lenient_any']:5d}/{n}  {pct('lenient_any', n):5.1f}%")
        if show:
            print(f"    most frequent {col} names not covered (strict):")
            for name, c in missed[col].most_common(show):
                print(f"      {c:4d}  {name}")
    return stats


def dev_consistency(actors, rows, rep):
    """inter as the CSV shows it; named actors of the CSV that the KB lacks."""
    inter = collections.defaultdict(collections.Counter)
    for row in rows:
        for a, i in (("actor1", "inter1"), ("actor2", "inter2")):
            if row.get(a):
                inter[row[a].strip()][row.get(i, "").strip()] += 1
    by_name = {}
    for a in actors:
        by_name[a["name"]] = a
    for name, cnt in inter.items():
        a = by_name.get(name)
        if a is None:
            for t in (x for x in by_name if "{country}" in x):
                pre = t[: t.index("{country}")]
                if name.startswith(pre) and name.endswith(")") and "(" not in name[len(pre):-1]:
                    a = by_name[t]
                    break
        if a is None or a["inter"] is None:
            continue
        top = cnt.most_common(1)[0][0]
        if top.isdigit() and int(top) != a["inter"]:
            rep.warn(f"actors.tsv:{a['line']}: inter {a['inter']} for {a['name']!r}, the CSV mostly has {top} for {name!r}")


def list_containment(actors):
    """Aliases of one actor found, as whole words, inside an alias of another actor ("Taliban" in "Taliban Pakistan")."""
    forms = [(al, a["name"]) for a in actors for al in a["aliases"]]
    pats = [(al, name, re.compile(r"(?<![\w])" + re.escape(al) + r"(?![\w])", 0 if ACRONYM.match(al) else re.I))
            for al, name in forms]
    print("\nAliases contained in another actor's alias:")
    n = 0
    for al, name, pat in pats:
        for other, oname in forms:
            if oname != name and other != al and pat.search(other):
                print(f"  {al!r} ({name})  in  {other!r} ({oname})")
                n += 1
    print(f"  {n} containment(s)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", default=DEFAULT_KB)
    ap.add_argument("--acled", default=DEFAULT_ACLED)
    ap.add_argument("--show", type=int, default=15, help="list the N most frequent uncovered names per column")
    ap.add_argument("--quiet-warnings", action="store_true")
    ap.add_argument("--containment", action="store_true",
                    help="list aliases that occur inside another actor's alias (the matcher must prefer the longest)")
    args = ap.parse_args(argv)

    rep = Report()
    actors = load_actors(args.kb, rep)
    periods = load_periods(args.kb, rep)
    roles = load_roles(args.kb, rep)
    cross_checks(actors, roles, rep)

    rows = []
    csv_countries = set()
    if os.path.exists(args.acled):
        with open(args.acled, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        csv_countries = {r["country"].strip() for r in rows if r.get("country", "").strip()}
    else:
        rep.warn(f"ACLED CSV not found at {args.acled}: country spelling and coverage not checked")
    check_countries(actors, periods, roles, csv_countries, rep)
    if rows:
        dev_consistency(actors, rows, rep)

    n_aliases = sum(len(a["aliases"]) for a in actors)
    n_words = sum(len(r["words"]) for r in roles)
    n_periods = sum(len(v) for v in periods.values())
    print(f"actors.tsv         {len(actors):4d} actors, {n_aliases} aliases "
          f"({sum(1 for a in actors if '{country}' in a['name'])} qualified by {{country}})")
    print(f"state_periods.tsv  {n_periods:4d} periods for {len(periods)} countries")
    print(f"roles.tsv          {len(roles):4d} rows, {len({r['name'] for r in roles})} name templates, {n_words} words")
    if rows:
        coverage(actors, roles, periods, rows, args.show, rep)

    if args.containment:
        list_containment(actors)

    if rep.warnings and not args.quiet_warnings:
        print(f"\n{len(rep.warnings)} warning(s):")
        for w in rep.warnings:
            print("  WARN  " + w)
    if rep.errors:
        print(f"\n{len(rep.errors)} error(s):")
        for e in rep.errors:
            print("  ERROR " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
