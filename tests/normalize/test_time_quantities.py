"""Time as read by the numeric recogniser: geological units (ka, Ma, Ga) and the durations the
date recogniser leaves ("three hundred years", "1,000 years", "six weeks' time")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.normalize import scan, units
from claimcheck.normalize.numbers import find_numeric


def _values(text: str, reference: dt.date | None = None) -> list[tuple[str, str, object, str | None]]:
    return [(v.kind, v.text, v.value, v.unit) for v in scan(text, reference)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("One gigaannum is a unit of time", "One gigaannum", 1, "Ga"),
        ("a unit of time (1Ga) equal to", "1Ga", 1, "Ga"),
        ("the impact 66Ma ended the Cretaceous", "66Ma", 66, "Ma"),
        ("the asteroid struck 66 Ma, ending the age of dinosaurs", "66 Ma", 66, "Ma"),
        ("rocks formed 3.8 Ga ago", "3.8 Ga", 3.8, "Ga"),
        ("over 4.5 Gyr the orbit shifts", "4.5 Gyr", 4.5, "Ga"),
        ("an ice sheet 20 kyr old", "20 kyr", 20, "ka"),
        ("2.5 gigayears", "2.5 gigayears", 2.5, "Ga"),
        ("ten megaannums", "ten megaannums", 10, "Ma"),
    ],
)
def test_geological_time_units(text, surface, value, unit):
    got = [v for v in find_numeric(text) if v.kind == "quantity"]
    assert [(v.text, v.value, v.unit) for v in got] == [(surface, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2008 Ma Ying-jeou won",  # a name after a year
        "Alibaba founder Jack Ma said",
        "the 300 Ga. residents",  # Georgia
        "he scored 10 Ma. Then",
        "said 12 Ga Tech students",
    ],
)
def test_geological_symbols_spaced_need_a_clause(text):
    assert not [v for v in find_numeric(text) if v.kind == "quantity"]


def test_geological_units_convert_to_seconds():
    assert units.dimension("Ga") == units.dimension("Ma") == units.dimension("ka") == "time"
    assert units.to_base(1, "Ga") == (31_557_600e9, "s")  # a billion Julian years
    assert units.to_base(66, "Ma")[0] == pytest.approx(66 * 31_557_600e6)
    assert units.lookup("gigaannum") == "Ga" and units.lookup("megayears") == "Ma"


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Hubble's position for six weeks' time could be off", "six weeks' time", "P6W"),
        ("within two years’ time", "two years’ time", "P2Y"),
        ("in 6 weeks' time", "6 weeks' time", "P6W"),
        ("in one year's time", "one year's time", "P1Y"),
        ("in a week's time", "a week's time", "P1W"),
        ("back in an hour’s time", "an hour’s time", "PT1H"),
        ("equal to one billion years", "one billion years", "P1000000000Y"),
        ("the Earth formed 4.5 billion years", "4.5 billion years", "P4500000000Y"),
        ("three hundred years of rule", "three hundred years", "P300Y"),
        ("two hundred and fifty years", "two hundred and fifty years", "P250Y"),
        ("for 5,000 years", "5,000 years", "P5000Y"),
        ("a thousand years of history", "a thousand years", "P1000Y"),
        ("logged 1,200 hours", "1,200 hours", "PT1200H"),
        ("the 1,500 days since", "1,500 days", "P1500D"),
    ],
)
def test_durations_the_date_recogniser_leaves(text, surface, iso):
    got = [v for v in scan(text) if v.kind == "duration"]
    assert [(v.text, v.value) for v in got] == [(surface, iso)]
    assert not [v for v in scan(text) if v.kind == "number"]


def test_duration_keeps_its_bound():
    (v,) = scan("over 1,000 years")
    assert (v.kind, v.value, v.bound) == ("duration", "P1000Y", "min")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("10 million years ago", 10_000_000),  # an offset names a date
        ("a tree 1,000 years old", 1000),  # an age
        ("1,000 years later", 1000),
        ("once every 1,000 years", 1000),  # a rate
        ("aged 1,000 years", 1000),
    ],
)
def test_ages_offsets_and_rates_are_not_durations(text, number):
    assert not [v for v in scan(text) if v.kind == "duration"]
    assert [v.value for v in scan(text) if v.kind == "number"] == [number]


@pytest.mark.parametrize("text", ["a 1,000 year flood", "one hundred year's worth", "6 weeks' pay", "a year's pay", "a years' time"])
def test_not_a_time_span(text):
    assert not [v for v in find_numeric(text) if v.kind == "duration"]


def test_in_weeks_time_is_a_date_with_a_reference():
    got = _values("in six weeks' time", dt.date(2020, 3, 1))
    assert [k for k, *_ in got] == ["date"]
