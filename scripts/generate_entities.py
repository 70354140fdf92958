"""Generate ``claimcheck/entities/data/places.json`` from pycountry and countryinfo.

Dev-only: needs ``countryinfo==1.0.1`` (capitals, alternative spellings, demonyms), which is
not a runtime dependency. Run ``python scripts/generate_entities.py`` and commit the JSON;
``tests/entities/test_data_integrity.py`` regenerates it and checks it is unchanged.

Rules applied (all general, none per country):

- Every ISO 3166-1 entry is an entity with id = alpha-3 and kind ``country``; every ISO
  3166-3 entry an entity with its alpha-3 code and kind ``historic``.
- Names: pycountry name, official and common name, countryinfo name and Latin-script
  alternative spellings. Inverted ISO forms are turned round ("Korea, Republic of" ->
  "Republic of Korea"; the head "Korea" is kept too, so it collides and is found ambiguous);
  parentheticals are split off; every name gets a diacritic-free variant.
- Acronyms: all-caps alternative spellings that are not the entity's own ISO code ("UAE",
  "DRC"); bare ISO codes are not aliases (prose uses few of them; those are listed by hand in
  ``extra.json``).
- Capitals and demonyms come from countryinfo; historic states get names only. Capitals of
  entities under 100,000 inhabitants (or of unknown population) are left out: "Stanley",
  "Hamilton", "Douglas", "Victoria", "Plymouth", "Jamestown", "The Valley" mostly name other
  towns or people in news, and small territories are rarely named by their capital.
- Successors of historic states come from the ISO 3166-3 alpha-4 code: its last two letters
  are the new alpha-2 code ("BUMM" -> MM), "AA" keeps the old alpha-2 code, "HH"/"XX" mean
  divided or deleted (no successor). ``extra.json`` may override with a stated reason.
- Collisions: an alias claimed by several ids is decided by tier (names beat acronyms beat
  demonyms beat capitals; current states beat historic ones); within the tier, demonyms and
  capitals go to an entity with at least ten times the population of every other claimant
  (a state over its own dependencies: "French", "Chinese"); everything else is recorded under
  ``ambiguous`` and resolves to nothing.
- Blockers: multi-word ISO 3166-2 subdivision names that contain a name as a proper part
  ("New Mexico", "Western Australia"), so the matcher does not read "Mexico" inside them.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
from countryinfo._cache import load_countries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from claimcheck.entities.keys import alias_key, fold  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "claimcheck" / "entities" / "data"
OUT = DATA / "places.json"
EXTRA = DATA / "extra.json"  # only its "drop" list is read here: words no source name may become
TIERS = ("name", "acronym", "demonym", "capital")  # collision priority, strongest first
DOMINANCE = 10  # population ratio letting a state keep a demonym/capital shared with its dependencies
MINOR_POPULATION = 100_000  # capitals of smaller (or unknown-population) entities are not aliases


def is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u1e25\u1e6d\u1e63" for c in fold(text))


def name_forms(raw: str) -> list[str]:
    """Prose forms of an ISO/countryinfo name."""
    out: list[str] = []
    raw = raw.strip()
    paren = re.search(r"\s*\(([^)]*)\)", raw)
    if paren:
        inner = paren.group(1)
        without = (raw[: paren.start()] + raw[paren.end():]).strip()
        with_inner = (raw[: paren.start()] + " " + inner + raw[paren.end():]).strip()
        if raw[paren.end():paren.end() + 1] == " ":  # "(Socialist) Federal Republic" optional word
            out += name_forms(without) + name_forms(re.sub(r"\s+", " ", with_inner))
        else:  # "Holy See (Vatican City State)": two names
            out += name_forms(without) + name_forms(inner)
        return out
    if ", " in raw:
        head, tail = raw.split(", ", 1)
        if ", " in tail:  # "Yemen, Democratic, People's Democratic Republic of"
            tail = tail.split(", ")[-1]
        out.append(head)
        if re.search(r"\b(of|of the)$", tail, re.I):
            out.append(f"{tail} {head}")
        elif tail[:1].isupper() and (_initials(tail) == head or tail[:5] == head[:5]):
            out.append(tail)  # "USSR, Union of Soviet Socialist Republics"; "Czechoslovakia, Czechoslovak ..."
        elif tail[:1].isupper():
            out.append(f"{tail} {head}")  # "Virgin Islands, British"
        return [re.sub(r"^(The|the) ", "", n) for n in out]
    return [re.sub(r"^(The|the) ", "", raw)]


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.split() if w[:1].isupper())


def with_folded(names: list[str]) -> list[str]:
    """``names`` plus their diacritic-free forms; lower-case fragments ("trust territory") dropped."""
    out: list[str] = []
    for n in names:
        if not n[:1].isupper():
            continue
        for v in (n, fold(n)):
            v = re.sub(r"\s+", " ", v).strip()
            if v and v not in out:
                out.append(v)
    return out


def capital_forms(raw: Any) -> list[str]:
    caps = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for cap in caps:
        if not cap or cap == "None":
            continue
        for part in str(cap).split(" / "):
            part = part.strip()
            out.append(part)
            m = re.match(r"^(.*?),? D\.?C\.?$", part)
            if m:  # "Washington D.C." is also written "Washington", "Washington, D.C.", "Washington DC"
                out += [m.group(1), f"{m.group(1)}, D.C.", f"{m.group(1)} DC"]
    return with_folded(out)


def demonym_forms(raw: Any) -> list[str]:
    if not raw or raw == "None":
        return []
    out: list[str] = []
    for d in re.split(r"[,/]", str(raw)):
        d = d.strip()
        if not d:
            continue
        out.append(d)
        if not re.search(r"(s|sh|ch|ese|x|z)$", d):  # plural of the noun: "Americans", "Iraqis"
            out.append(d + "s")
    return with_folded(out)


def countryinfo_by_alpha3() -> dict[str, list[dict[str, Any]]]:
    entries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    countries = load_countries()["countries"]
    for key in sorted(countries):
        v = countries[key]
        a3 = (v.get("ISO") or {}).get("alpha3")
        if a3:
            entries[a3].append(v)
    # A second entry for a code without any alternative spelling is a part, not a name of the
    # state (countryinfo files Wales under GBR).
    return {
        a3: [e for e in es if len(es) == 1 or e.get("altSpellings")]
        for a3, es in entries.items()
    }


def build() -> dict[str, Any]:
    info = countryinfo_by_alpha3()
    entities: dict[str, dict[str, Any]] = {}
    population: dict[str, int] = {}
    claims: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # key -> (tier, id, surface)

    dropped = {alias_key(a) for a in json.loads(EXTRA.read_text("utf-8"))["drop"]}

    def claim(eid: str, tier: str, surface: str, historic: bool) -> None:
        if alias_key(surface) in dropped:
            claims["\0dropped"].append((0, eid, surface))
            return
        rank = TIERS.index(tier) * 2 + (1 if historic else 0)
        claims[alias_key(surface) if tier != "acronym" else "\0" + surface].append((rank, eid, surface))

    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        eid = c.alpha_3
        ci = info.get(eid, [])
        raw_names = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if hasattr(c, a)]
        acronyms: list[str] = []
        for e in ci:
            raw_names.append(e["name"])
            for alt in e.get("altSpellings") or []:
                if alt in (c.alpha_2, c.alpha_3) or not is_latin(alt):
                    continue
                if alt.isupper() and " " not in alt and len(alt) <= 6:
                    acronyms.append(alt)
                else:
                    raw_names.append(alt)
        names = with_folded([f for n in raw_names for f in name_forms(n)])
        population[eid] = max([e.get("population") or 0 for e in ci] or [0])
        capitals = sorted({x for e in ci for x in capital_forms(e.get("capital"))})
        if population[eid] < MINOR_POPULATION:
            capitals = []
        demonyms = sorted({x for e in ci for x in demonym_forms(e.get("demonym"))})
        display = getattr(c, "common_name", None) or c.name
        if "(" in display:  # "Holy See (Vatican City State)"
            display = name_forms(display)[0]
        elif ", " in display:  # "Virgin Islands, British" -> "British Virgin Islands"
            display = name_forms(display)[-1]
        entities[eid] = {"id": eid, "name": display, "kind": "country", "names": names,
                         "acronyms": sorted(set(acronyms)), "capitals": capitals, "demonyms": demonyms,
                         "successor": None}
        population[eid] = max([e.get("population") or 0 for e in ci] or [0])
        for tier, items in (("name", names), ("acronym", acronyms), ("capital", capitals), ("demonym", demonyms)):
            for s in items:
                claim(eid, tier, s, False)

    alpha2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for h in sorted(pycountry.historic_countries, key=lambda c: c.alpha_3):
        eid = h.alpha_4  # the ISO 3166-3 code; alpha-3 codes were reused ("ATF")
        new = h.alpha_4[2:]
        successor = None if new in ("HH", "XX") else alpha2_to_3.get(h.alpha_2 if new == "AA" else new)
        raw_names = [h.name] + [e["name"] for e in info.get(h.alpha_3, [])]
        acronyms = []
        for e in info.get(h.alpha_3, []):
            for alt in e.get("altSpellings") or []:
                if alt in (h.alpha_2, h.alpha_3) or not is_latin(alt):
                    continue
                (acronyms if alt.isupper() and " " not in alt else raw_names).append(alt)
        names = with_folded([f for n in raw_names for f in name_forms(n)])
        entities[eid] = {"id": eid, "name": "", "iso_name": h.name, "kind": "historic", "names": names,
                         "acronyms": sorted(set(acronyms)), "capitals": [], "demonyms": [],
                         "successor": successor, "withdrawn": h.withdrawal_date}
        for tier, items in (("name", names), ("acronym", acronyms)):
            for s in items:
                claim(eid, tier, s, True)

    ambiguous: dict[str, dict[str, Any]] = {}
    drop: dict[str, set[str]] = defaultdict(set)  # id -> surfaces lost in a collision
    for key in sorted(claims):
        cl = claims[key]
        ids = sorted({eid for _, eid, _ in cl})
        if key == "\0dropped":
            for _, eid, surface in cl:
                drop[eid].add(surface)
            continue
        if len(ids) == 1:
            continue
        best = min(r for r, _, _ in cl)
        winners = sorted({eid for r, eid, _ in cl if r == best})
        if len(winners) > 1 and TIERS[best // 2] in ("demonym", "capital"):
            top = max(winners, key=lambda i: (population[i], i))
            if all(population[top] >= DOMINANCE * max(population[i], 1) for i in winners if i != top):
                winners = [top]
        if len(winners) > 1:
            ambiguous[min(surface for _, _, surface in cl)] = {"ids": winners, "category": TIERS[best // 2]}
        for _, eid, surface in cl:
            if len(winners) > 1 or eid != winners[0]:
                drop[eid].add(surface)
    for eid, lost in drop.items():
        e = entities[eid]
        for field in ("names", "acronyms", "capitals", "demonyms"):
            e[field] = [s for s in e[field] if s not in lost]
    for e in entities.values():
        if not e["name"]:  # historic: the first name left after collisions ("Burma" goes to Myanmar)
            e["name"] = (e["names"] or e["acronyms"] or name_forms(e.pop("iso_name")))[0]
        e.pop("iso_name", None)

    names_by_key = {alias_key(n): e["id"] for e in entities.values() for n in e["names"]}
    any_alias = {alias_key(n) for e in entities.values() for f in ("names", "capitals", "demonyms") for n in e[f]}
    blockers: set[str] = set()
    for s in pycountry.subdivisions:
        for form in with_folded(name_forms(s.name.split(" [")[0])):
            words = alias_key(form).split(" ")
            if len(words) < 2 or alias_key(form) in any_alias:
                continue
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    if (i, j) != (0, len(words)) and " ".join(words[i:j]) in names_by_key:
                        blockers.add(form)
    return {
        "generated_by": "scripts/generate_entities.py",
        "sources": {"pycountry": _version("pycountry"), "countryinfo": _version("countryinfo")},
        "entities": [entities[k] for k in sorted(entities)],
        "ambiguous": {k: ambiguous[k] for k in sorted(ambiguous)},
        "blockers": sorted(blockers),
    }


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(build()), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
