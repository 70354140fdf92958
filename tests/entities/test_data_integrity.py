"""Integrity of the entity data: generated file up to date, coverage, one id per alias."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pycountry
import pytest

from claimcheck.entities.gazetteer import gazetteer
from claimcheck.entities.keys import alias_key

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "claimcheck" / "entities" / "data"
ID = re.compile(r"^(?:[A-Z]{3}|[A-Z]{4}|HIST:[A-Z]{3}|ORG:[A-Z0-9_]+)$")


def _json(name: str) -> dict:
    return json.loads((DATA / name).read_text("utf-8"))


@pytest.mark.skipif(importlib.util.find_spec("countryinfo") is None, reason="generator needs countryinfo (dev only)")
def test_data_places_json_is_generated() -> None:
    spec = importlib.util.spec_from_file_location("generate_entities", ROOT / "scripts" / "generate_entities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render(module.build()) == (DATA / "places.json").read_text("utf-8")


def test_data_every_iso_country_present() -> None:
    entities = gazetteer().entities
    for country in pycountry.countries:
        assert country.alpha_3 in entities, country.name
        assert entities[country.alpha_3].kind == "country"
    for historic in pycountry.historic_countries:
        assert entities[historic.alpha_4].kind == "historic", historic.name


def test_data_ids_stable_and_names_present() -> None:
    for eid, entity in gazetteer().entities.items():
        assert ID.match(eid), eid
        assert entity.name.strip(), eid
        assert all(a.strip() for a in entity.aliases), eid
        assert entity.successor is None or entity.successor in gazetteer().entities, eid


def test_data_every_alias_has_one_id() -> None:
    g = gazetteer()
    seen: dict[str, str] = {}
    for s in g.surfaces():
        key = s.text if s.category == "acronym" else alias_key(s.text)
        if s.id is None:
            continue
        assert seen.setdefault(key, s.id) == s.id, s.text
    assert all(key in g.documented for key in g.collisions), g.collisions


def test_data_ambiguous_aliases_are_documented() -> None:
    extra = _json("extra.json")
    for alias in ("Korea", "Congo", "Georgia", "Guinea"):
        assert alias in extra["resolve"] and extra["resolve"][alias]["why"]
    for alias, decision in extra["resolve"].items():
        assert decision["id"] is None or decision["id"] in gazetteer().entities, alias


def test_data_extra_entries_say_why() -> None:
    extra = _json("extra.json")
    assert all(isinstance(why, str) and why for why in extra["drop"].values())
    assert all(why for why in extra["guarded"].values())
    assert all(e["why"] for e in extra["historic"])
    assert all(c["why"] for c in extra["successors"].values())
    ids = [o["id"] for o in extra["organisations"]]
    assert len(ids) == len(set(ids))


def test_data_capitals_of_all_but_small_entities() -> None:
    places = {e["id"]: e for e in _json("places.json")["entities"]}
    with_capital = [e for e in places.values() if e["kind"] == "country" and e["capitals"]]
    # capitals of entities under 100,000 inhabitants are left out on purpose (generator docstring)
    assert 180 <= len(with_capital) < 249
    for eid in ("VNM", "PRK", "KOR", "USA", "BRA", "KEN", "AUS", "FRA"):
        assert places[eid]["capitals"] and places[eid]["demonyms"], eid
