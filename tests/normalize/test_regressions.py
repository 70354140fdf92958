"""Regression cases: peer bugs we must not repeat, and a licensed sample of Recognizers-Text cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.normalize import scan, units
from claimcheck.normalize.numbers import find_numeric

SAMPLE = Path(__file__).parent / "data" / "recognizers_text_sample.json"


def test_abbreviated_year_range_is_not_a_midpoint():
    # quantulum3 read "2012-13" as 1012.5 (the midpoint of 2012 and 13).
    values = find_numeric("Revenue for 2012-13 was flat.")
    assert all(v.value != 1012.5 for v in values)
    assert [v for v in values if v.kind != "date"] == []


def test_year_range_yields_no_quantity():
    # quantulum3 test data: "We produced nothing in 2013-14." expects no quantity.
    values = scan("We produced nothing in 2013-14.")
    assert [v for v in values if v.kind in ("number", "quantity", "money", "percent")] == []


def test_spaced_thousands_keep_their_zeros():
    # quantulum3 #45: "816 000 t" lost its zeros.
    (v,) = find_numeric("Exports reached 816 000 t last year.")
    assert (v.kind, v.value, v.unit, v.text) == ("quantity", 816000, "t", "816 000 t")


def test_range_is_not_collapsed_to_a_midpoint():
    (v,) = find_numeric("a 8- to 16-meter telescope")
    assert (v.value, v.low, v.high) == (8, 8, 16)


def test_ptb_dollar_with_space():
    (v,) = find_numeric("offering of $ 75 million of bonds")
    assert (v.kind, v.value, v.unit) == ("money", 75_000_000, "USD")


def test_ordinal_is_not_a_fraction():
    (v,) = find_numeric("the 21st-century telescopes")
    assert (v.kind, v.value) == ("ordinal", 21)


_CURRENCY = {
    "Dollar": ("USD", 1), "Canadian dollar": ("CAD", 1), "Pound": ("GBP", 1), "Hong Kong dollar": ("HKD", 1),
    "Franc": ("CHF", 1), "Australian dollar": ("AUD", 1), "Japanese yen": ("JPY", 1), "Pence": ("GBP", 0.01),
    "Euro": ("EUR", 1), "United States dollar": ("USD", 1), "Chinese yuan": ("CNY", 1), "Finnish markka": ("FIM", 1),
}
_DIMENSION = {"Inch": "in", "Mile": "mi", "Gallon": "gal", "Cubic foot": "ft3", "Foot": "ft", "Millimeter": "mm"}


def _cases():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for c in data["cases"]:
        yield pytest.param(c, id=f"{c['suite']}:{c['Input'][:40]}")


@pytest.mark.parametrize("case", list(_cases()))
def test_recognizers_text_sample(case):
    values = scan(case["Input"])
    for r in case["Results"]:
        start, end = r["Start"], r["End"] + 1  # End is inclusive upstream
        want = float(r["Resolution"]["value"])
        near = [v for v in values if v.start < end and start < v.end]
        if case["suite"] == "currency":
            code, factor = _CURRENCY[r["Resolution"]["unit"]]
            assert any(v.kind == "money" and v.unit == code and v.value == pytest.approx(want * factor) for v in near), near
        elif case["suite"] == "dimension":
            sym = _DIMENSION[r["Resolution"]["unit"]]
            assert any(v.kind == "quantity" and units.to_base(v.value, v.unit) == pytest.approx(units.to_base(want, sym)) for v in near), near
        else:
            assert any(v.value == pytest.approx(want) for v in near), near
