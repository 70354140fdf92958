"""Places and organisations as canonical entities, with their aliases.

Data: ``data/places.json`` (generated from pycountry and countryinfo by
``scripts/generate_entities.py``: every ISO 3166-1 country and territory, every ISO 3166-3
historic state, capitals, demonyms) merged with the hand-kept ``data/extra.json``
(organisations, prose names and acronyms, successor overrides, ambiguity decisions; each
entry says why). Ids: ISO alpha-3 for countries ("VNM"), the ISO 3166-3 four-letter code for
historic states ("VDVN" North Vietnam, "SUHH" USSR), ``HIST:<code>`` for historic states ISO
does not list ("HIST:RVN" South Vietnam), ``ORG:<ACRONYM>`` for organisations.

Matching rules:

- names, capitals and demonyms are case-insensitive (and diacritic-, dash- and
  spacing-insensitive); acronyms are case-sensitive ("US" is the United States, "us" is not);
- a leading "the" and a possessive "'s"/"’s" are ignored;
- an alias claimed by two entities resolves to nothing (``candidates`` lists them): "Korea",
  "Congo", "Georgia", "Jerusalem" ... (see ``extra.json`` "resolve");
- capitals and the ``guarded`` names ("Chad", "Jordan") are also given names or common
  words; ``lookup`` resolves them, but text matchers must check the context (see
  ``is_guarded`` and :mod:`claimcheck.nlp.entities`).

Historic states: ``same_entity`` treats a state and its successor chain as the same (North
Vietnam ~ Vietnam, USSR ~ Russia, Zaire ~ DR Congo), never two states that merely share a
successor (East and West Germany). South Vietnam has no successor: today's Vietnam continues
North Vietnam, so claims about the Saigon state are never matched with claims about Vietnam.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from claimcheck.entities.keys import alias_key

CATEGORIES = ("name", "acronym", "demonym", "capital")  # collision priority, strongest first


@dataclass(frozen=True)
class Entity:
    """A canonical place or organisation."""

    id: str
    name: str
    kind: str  # "country" (any ISO 3166-1 entry), "historic", "organisation"
    aliases: tuple[str, ...]
    successor: str | None = None


@dataclass(frozen=True)
class Surface:
    """One way an entity is written, for text matchers.

    ``category`` is one of :data:`CATEGORIES`, ``"ambiguous"`` (a known alias of several
    entities: ``id`` is None) or ``"blocker"`` (a phrase containing a name that is not the
    entity, such as "New Mexico" or "South China Sea": ``id`` is None).
    """

    text: str
    id: str | None
    category: str


class Gazetteer:
    """The merged alias index; use :func:`gazetteer` for the shared instance."""

    def __init__(self, places: dict[str, Any], extra: dict[str, Any]) -> None:
        self.entities: dict[str, Entity] = {}
        self._names: dict[str, str | None] = {}
        self._acronyms: dict[str, str | None] = {}
        self._candidates: dict[str, tuple[str, ...]] = {}
        self._surfaces: list[Surface] = []
        self._guarded: set[str] = set()
        self.collisions: dict[str, tuple[str, ...]] = {}  # alias -> ids, left unresolved
        self._build(places, extra)

    # -- building ---------------------------------------------------------------------------

    def _build(self, places: dict[str, Any], extra: dict[str, Any]) -> None:
        records: dict[str, dict[str, Any]] = {}
        for e in places["entities"]:
            records[e["id"]] = {k: (list(v) if isinstance(v, list) else v) for k, v in e.items()}
        for eid, add in sorted(extra.get("aliases", {}).items()):
            _extend(records[eid], add)
        for eid, add in sorted(extra.get("historic_aliases", {}).items()):
            _extend(records[eid], add)
            if add.get("names"):
                records[eid]["name"] = add["names"][0]  # the prose name, not ISO's
        for eid, change in sorted(extra.get("successors", {}).items()):
            records[eid]["successor"] = change["successor"]
        for e in extra.get("historic", []):
            records[e["id"]] = {"kind": "historic", "capitals": [], "acronyms": [], **e}
        for e in extra.get("organisations", []):
            records[e["id"]] = {"kind": "organisation", "capitals": [], "demonyms": [], "successor": None, **e}

        resolved = {alias_key(k): v["id"] for k, v in extra.get("resolve", {}).items()}
        dropped = {alias_key(k) for k in extra.get("drop", {})}
        name_claims: dict[str, dict[str, set[tuple[int, str]]]] = {}
        acronym_claims: dict[str, set[str]] = {}
        for eid in sorted(records):
            r = records[eid]
            historic = 1 if r["kind"] == "historic" else 0
            for category in CATEGORIES:
                for text in r.get(category + "s", []) or []:
                    if category == "acronym":
                        acronym_claims.setdefault(text, set()).add(eid)
                    elif alias_key(text) not in dropped:
                        rank = CATEGORIES.index(category) * 2 + historic
                        name_claims.setdefault(alias_key(text), {}).setdefault(text, set()).add((rank, eid))

        for text, amb in sorted(places.get("ambiguous", {}).items()):
            # the generator took these from every claimant; put the claims back so that the
            # hand decisions in "resolve" apply, or the alias stays ambiguous
            if amb["category"] == "acronym":
                acronym_claims.setdefault(text, set()).update(amb["ids"])
            elif alias_key(text) not in dropped:
                rank = CATEGORIES.index(amb["category"]) * 2
                name_claims.setdefault(alias_key(text), {}).setdefault(text, set()).update(
                    (rank + (records[i]["kind"] == "historic"), i) for i in amb["ids"])
        self.documented = {alias_key(t) for t in places.get("ambiguous", {})} | set(resolved)
        aliases: dict[str, set[str]] = {eid: set() for eid in records}
        for key in sorted(name_claims):
            by_text = name_claims[key]
            claims = {c for cs in by_text.values() for c in cs}
            if key in resolved:
                winner = resolved[key]
            else:
                best = min(rank for rank, _ in claims)
                winners = sorted({eid for rank, eid in claims if rank == best})
                winner = winners[0] if len(winners) == 1 else None
                if winner is None:
                    self.collisions[key] = tuple(winners)
            self._names[key] = winner
            ids = tuple(sorted({eid for _, eid in claims}))
            if winner is None:
                self._candidates[key] = ids
            category = CATEGORIES[min(rank for rank, eid in claims if winner is None or eid == winner) // 2]
            for text in sorted(by_text):
                self._surfaces.append(Surface(text, winner, category if winner else "ambiguous"))
                if winner:
                    aliases[winner].add(text)
                    if category == "capital":
                        self._guarded.add(key)
        for text in sorted(extra.get("resolve", {})):
            key = alias_key(text)
            if key not in name_claims and resolved[key] is None:  # ambiguous, and no source gives it
                self._names[key] = None
                self._surfaces.append(Surface(text, None, "ambiguous"))
        for text in sorted(acronym_claims):
            ids = tuple(sorted(acronym_claims[text]))
            winner = ids[0] if len(ids) == 1 else resolved.get(alias_key(text))
            if winner is None:
                self.collisions[text] = ids
                self._candidates[text] = ids
            self._acronyms[text] = winner
            self._surfaces.append(Surface(text, winner, "acronym" if winner else "ambiguous"))
            if winner:
                aliases[winner].add(text)
        for text in sorted(set(places.get("blockers", [])) | set(extra.get("not_entities", []))):
            if alias_key(text) not in self._names:
                self._surfaces.append(Surface(text, None, "blocker"))
        self._guarded |= {alias_key(k) for k in extra.get("guarded", {})}

        for eid in sorted(records):
            r = records[eid]
            self.entities[eid] = Entity(eid, r["name"], r["kind"], tuple(sorted(aliases[eid])), r.get("successor"))

    # -- queries ----------------------------------------------------------------------------

    def lookup(self, alias: str) -> Entity | None:
        """The entity ``alias`` names, or None (unknown or ambiguous)."""
        text = alias.strip()
        for candidate in _acronym_forms(text):
            if candidate in self._acronyms:
                eid = self._acronyms[candidate]
                return self.entities[eid] if eid else None
        eid = self._names.get(alias_key(text))
        return self.entities[eid] if eid else None

    def candidates(self, alias: str) -> tuple[str, ...]:
        """Ids an ambiguous alias could mean ("Korea" -> ("KOR", "PRK")); () otherwise."""
        text = alias.strip()
        for candidate in _acronym_forms(text):
            if candidate in self._candidates:
                return self._candidates[candidate]
        return self._candidates.get(alias_key(text), ())

    def is_ambiguous(self, alias: str) -> bool:
        """True for a known alias that deliberately resolves to nothing ("Korea", "Korean")."""
        text = alias.strip()
        for candidate in _acronym_forms(text):
            if candidate in self._acronyms:
                return self._acronyms[candidate] is None
        key = alias_key(text)
        return key in self._names and self._names[key] is None

    def is_guarded(self, alias: str) -> bool:
        """True for aliases that are also people's names or common words (capitals, "Chad")."""
        return alias_key(alias) in self._guarded

    def surfaces(self) -> list[Surface]:
        """Every written form, for building a text matcher (deterministic order)."""
        return list(self._surfaces)

    def resolve_id(self, ref: str) -> str | None:
        """``ref`` as an entity id: an id (or a ``PER:``/``ORG:``... key id) as is, an alias looked up."""
        if ref in self.entities:
            return ref
        if ref[:4] in ("PER:", "ORG:", "GPE:", "LOC:") or ref.startswith("NORP:"):
            return ref  # an id made from a name key by the entity component
        entity = self.lookup(ref)
        return entity.id if entity else None

    def lineage(self, eid: str) -> list[str]:
        """``eid`` followed by its successors ("VDVN" -> ["VDVN", "VNM"])."""
        chain = [eid]
        while (nxt := self.entities[chain[-1]].successor if chain[-1] in self.entities else None) and nxt not in chain:
            chain.append(nxt)
        return chain

    def same_entity(self, a: str, b: str) -> bool:
        """True if ``a`` and ``b`` (ids or aliases) name one entity or one continues the other."""
        ia, ib = self.resolve_id(a), self.resolve_id(b)
        if ia is None or ib is None:
            return False
        return ia == ib or ib in self.lineage(ia) or ia in self.lineage(ib)

    def name(self, eid: str) -> str:
        """Display name of an id; for ``PER:``/``ORG:`` ids made from a name key, the key."""
        if eid in self.entities:
            return self.entities[eid].name
        return eid.split(":", 1)[1] if ":" in eid else eid


def _extend(record: dict[str, Any], add: dict[str, Iterable[str]]) -> None:
    for field in ("names", "acronyms", "demonyms", "capitals"):
        for text in add.get(field, []):
            if text not in record.setdefault(field, []):
                record[field].append(text)


def _acronym_forms(text: str) -> list[str]:
    if text.lower().startswith("the "):
        text = text[4:].lstrip()
    for end in ("'s", "\u2019s"):
        if text.endswith(end):
            text = text[: -len(end)]
    return [text] if text and not text.islower() else []


def _load(name: str) -> dict[str, Any]:
    return json.loads(resources.files("claimcheck.entities").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer built from the package data (loaded once)."""
    return Gazetteer(_load("places.json"), _load("extra.json"))


def lookup(alias: str) -> Entity | None:
    """The entity ``alias`` names ("US", "Nairobi", "South Korean", "the Soviet Union"), or None."""
    return gazetteer().lookup(alias)


def same_entity(a: str, b: str) -> bool:
    """True if ids or aliases ``a`` and ``b`` name one entity or one is the other's successor."""
    return gazetteer().same_entity(a, b)


def name(eid: str) -> str:
    """Display name of an entity id."""
    return gazetteer().name(eid)


def canonical(eid: str) -> str:
    """Last successor of ``eid``: a blocking key under which ``same_entity`` pairs meet."""
    return gazetteer().lineage(eid)[-1] if eid in gazetteer().entities else eid
