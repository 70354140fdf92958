"""Claim context read from the parse: attribute, predicate, participants, time, qualifiers."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.nlp import load_pipeline
from claimcheck.sources import read_text

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()[0]


def claims_of(nlp, text, date=None):
    return extract_claims([read_text(text, path="t.txt", date=date)], nlp)


def find(claims, text):
    hits = [c for c in claims if text in c.text]
    assert hits, [c.text for c in claims]
    return hits[0]


@pytest.mark.parametrize(
    "text,value,attribute",
    [
        ("Brazil exported 20,000 tons of coffee to Germany in 2004.", "20,000 tons", "coffee"),
        ("The army sent 200 pilots to the front.", "200", "pilot"),
        ("Kenya launched six air strikes on Monday.", "six", "air strike"),
        ("Norway paid $40 million for the ferries.", "$40 million", "ferry"),
        ("Japan is Kenya's third largest trade partner.", "third largest", "trade partner @KEN"),
        ("Japan is Kenya's third largest trading partner.", "third largest", "trade partner @KEN"),
        ("They signed an eight-year deal worth $184 million.", "$184 million", "eight year deal"),
    ],
)
def test_attribute_is_what_the_value_measures(nlp, text, value, attribute):
    assert find(claims_of(nlp, text), value).attribute == attribute


@pytest.mark.parametrize(
    "text,value",
    [
        ("The two countries met in Geneva.", "two"),
        ("The one-party state held elections.", "one"),
        ("Juror No. 8 spoke to reporters.", "8"),
        ("Three of the seven bullets hit him.", "Three"),
        ("Polls closed at 1100 GMT.", "1100"),
    ],
)
def test_numbers_that_name_rather_than_count_have_no_attribute(nlp, text, value):
    claims = [c for c in claims_of(nlp, text) if value in c.text and c.kind == "number"]
    assert all(c.attribute is None for c in claims)


@pytest.mark.parametrize(
    "text,value,predicate",
    [
        ("Kenya's invasion of Somalia in 2011 was condemned.", "2011", "invade"),
        ("Kenya and Uganda established diplomatic relations in 1964.", "1964", "relations"),
        ("Kenya and Uganda forged ties in 1964.", "1964", "relations"),
        ("Tanzania made a state visit to Kenya in 1958.", "1958", "visit"),
        ("The border war between Sweden and Finland lasted from 1921 to 1930.", "1921", "war"),
        ("Trade resumed after the end of the war in 1975.", "1975", "end of war"),
        ("The 1940s actress died on Monday.", "1940s", None),
    ],
)
def test_date_belongs_to_its_event(nlp, text, value, predicate):
    assert find(claims_of(nlp, text), value).predicate == predicate


def test_participants_resolve_aliases_capitals_and_people(nlp):
    text = "Paraguayan President Juan Perez arrived in Asuncion. Perez met officials from Brasilia and the US in 1998."
    claim = find(claims_of(nlp, text), "1998")
    assert "BRA" in claim.participants and "USA" in claim.participants
    assert "PER:juan perez" in claim.participants


def test_time_context_comes_from_the_values_own_clause(nlp):
    c = find(claims_of(nlp, "Brazil exported 20,000 tons of coffee in 2004 and Peru joined in 2009."), "20,000 tons")
    assert c.time == ("2004-01-01", "2005-01-01")
    c = find(claims_of(nlp, "He spent 19 seasons with the club and was promoted in 2003."), "19")
    assert c.time is None


@pytest.mark.parametrize(
    "text,value,field,expected",
    [
        ("Brazil sends about 5,000 tons of coffee to Germany each year.", "5,000 tons", "rate", "year"),
        ("The toll rose to 40 on Tuesday.", "40", "update", True),
        ("Officials say about 5,000 people fled.", "5,000", "approx", True),
        ("According to the ministry, 12 people died.", "12", "attribution", "according to the ministry"),
        ("Police said 12 people died.", "12", "attribution", "Police said"),
    ],
)
def test_qualifiers(nlp, text, value, field, expected):
    assert getattr(find(claims_of(nlp, text), value), field) == expected


def test_anniversary_implies_the_event_date(nlp):
    claims = claims_of(nlp, "Chile and Peru marked the 25th anniversary of the establishment of relations in 2015.")
    derived = [c for c in claims if c.kind == "date" and c.text.startswith("25th anniversary")]
    assert [(c.value, c.low, c.high, c.predicate) for c in derived] == [("1990", "1990-01-01", "1991-01-01", "relations")]
    base = find(claims, "2015")
    assert base.predicate == "anniversary"


def test_relative_dates_resolve_against_the_article_date_only(nlp):
    dated = find(claims_of(nlp, "Kenya and Uganda forged ties last year.", date="2019-02-08"), "last year")
    assert (dated.low, dated.high) == ("2018-01-01", "2019-01-01")
    undated = claims_of(nlp, "Kenya and Uganda forged ties last year.")
    assert not [c for c in undated if c.kind == "date"]


def test_positions_map_to_the_original_file(nlp):
    text = "Title line\n\nBrazil exported 20,000 tons of coffee in 2004."
    c = find(claims_of(nlp, text), "20,000 tons")
    assert (c.line, c.column) == (3, 17)


def test_a_clock_time_read_as_money_is_not_a_measurement(nlp):
    claims = [c for c in claims_of(nlp, "Posted on Dec 23 2012, 6:11p") if c.kind in {"money", "number"}]
    assert all(c.attribute is None for c in claims)


def test_people_found_by_the_registry_are_participants(nlp):
    text = "Minister Juan Perez spoke. Officials said Juan Perez visited Ghana in 1998 and met Maria Gomez."
    claim = find(claims_of(nlp, text), "1998")
    assert "PER:juan perez" in claim.participants
