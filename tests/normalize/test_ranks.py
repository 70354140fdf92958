"""Tests for ordinals and ranks (claimcheck.normalize.ranks via find_numeric)."""

from __future__ import annotations

import pytest

from claimcheck.normalize.numbers import find_numeric


def ordinals(text: str):
    return [(v.text, v.value) for v in find_numeric(text) if v.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the third round", [("third", 3)]),
        ("the 11th hour", [("11th", 11)]),
        ("the twenty-first session", [("twenty-first", 21)]),
        ("the third largest economy", [("third largest", 3)]),
        ("the second-largest exporter", [("second-largest", 2)]),
        ("the third-largest trading partner", [("third-largest", 3)]),
        ("the second most populous country", [("second most populous", 2)]),
        ("the biggest donor", [("biggest", 1)]),
        ("its largest investor", [("largest", 1)]),
        ("Vietnam's top trading partner", [("top", 1)]),
        ("ranked 2nd in the region", [("2nd", 2)]),
        ("the 1,000th visitor", [("1,000th", 1000)]),
    ],
)
def test_ranks(text, expected):
    assert ordinals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a third of the budget",
        "two thirds of members",
        "a first class seat",
        "on second thought",
        "wait a second",
        "30 km per second",
        "the largest of them",
        "top officials",
        "the top of the hill",
        "COVID-19",
    ],
)
def test_not_ranks(text):
    assert ordinals(text) == []


def test_ordinal_has_no_unit_and_a_point_interval():
    v = [v for v in find_numeric("the fifth time") if v.kind == "ordinal"][0]
    assert (v.unit, v.low, v.high) == (None, 5, 5)


@pytest.mark.parametrize(
    ("text", "value"),
    [("the one hundred fifth anniversary", 105), ("the one hundred and twenty-first session", 121), ("two thousand and first", 2001)],
)
def test_spelled_out_ordinals_above_ninety_nine(text, value):
    found = [v for v in find_numeric(text) if v.kind == "ordinal"]
    assert [v.value for v in found] == [value]


@pytest.mark.parametrize("text", ["they met on 42nd Street", "a flat on Seventh Avenue", "near 9th Ave. and 3rd St."])
def test_ordinal_street_names_are_not_ranks(text):
    assert ordinals(text) == []


def test_ordinal_before_a_lowercase_street_is_still_a_rank():
    assert ordinals("the third street on the left") == [("third", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the No. 3 seed", [("No. 3", 3)]),
        ("No. 12 Michigan State lost", [("No. 12", 12)]),
        ("their no. 2 scorer", [("no. 2", 2)]),
    ],
)
def test_number_sign_is_a_rank(text, expected):
    assert ordinals(text) == expected


def test_lowercase_no_full_stop_ending_a_sentence_is_not_a_rank():
    assert ordinals("The answer was no. 14 people left early.") == []


def test_baseball_positions_are_not_ranks():
    assert ordinals("the Yankees signed a first baseman and a third baseman") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a No.2 ranking", [("No.2", 2)]), ("the #4 pick in the draft", [("#4", 4)])],
)
def test_number_sign_glued_to_the_figure(text, expected):
    assert ordinals(text) == expected


@pytest.mark.parametrize("text", ["trending under #2024", "flat #7c on the left"])
def test_hash_tags_and_codes_are_not_values(text):
    assert find_numeric(text) == []
