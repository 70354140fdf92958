"""General English word lists used to read a claim's context (kept as data in data/lexicon.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    predicate_classes: dict[str, str]
    relation_nouns: frozenset[str]
    relation_verbs: frozenset[str]
    light_verbs: frozenset[str]
    event_nouns: frozenset[str]
    rate_units: dict[str, str]
    update_verbs: frozenset[str]
    attribution_verbs: frozenset[str]
    attribution_nouns: frozenset[str]
    approximators: tuple[str, ...]
    superlatives: dict[str, str]
    light_attributes: frozenset[str]
    duration_verbs: frozenset[str]
    compound_synonyms: dict[str, str]
    definite_markers: frozenset[str]
    phase_nouns: frozenset[str]
    relational_predicates: frozenset[str]
    once_predicates: frozenset[str]
    identifier_markers: frozenset[str]
    generic_attributes: frozenset[str]
    time_zones: frozenset[str]
    rate_verbs: frozenset[str]

    def predicate_class(self, lemma: str | None) -> str | None:
        if not lemma:
            return None
        lemma = lemma.lower()
        return self.predicate_classes.get(lemma, lemma)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, loaded once."""
    raw = json.loads(resources.files("claimcheck.extract").joinpath("data/lexicon.json").read_text("utf-8"))
    rel = raw["relation_objects"]
    return Lexicon(
        predicate_classes={k: v for k, v in raw["predicate_classes"].items()},
        relation_nouns=frozenset(rel["nouns"]),
        relation_verbs=frozenset(rel["verbs"]),
        light_verbs=frozenset(raw["light_verbs"]),
        event_nouns=frozenset(raw["event_nouns"]),
        rate_units=dict(raw["rate_units"]),
        update_verbs=frozenset(raw["update_verbs"]),
        attribution_verbs=frozenset(raw["attribution_verbs"]),
        attribution_nouns=frozenset(raw["attribution_nouns"]),
        approximators=tuple(sorted(raw["approximators"], key=len, reverse=True)),
        superlatives=dict(raw["superlatives"]),
        light_attributes=frozenset(raw["light_attributes"]),
        duration_verbs=frozenset(raw["duration_verbs"]),
        compound_synonyms=dict(raw["compound_synonyms"]),
        definite_markers=frozenset(raw["definite_markers"]),
        phase_nouns=frozenset(raw["phase_nouns"]),
        relational_predicates=frozenset(raw["relational_predicates"]),
        once_predicates=frozenset(raw["once_predicates"]),
        identifier_markers=frozenset(raw["identifier_markers"]),
        generic_attributes=frozenset(raw["generic_attributes"]),
        time_zones=frozenset(raw["time_zones"]),
        rate_verbs=frozenset(raw["rate_verbs"]),
    )
