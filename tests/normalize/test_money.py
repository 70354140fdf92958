"""Tests for money amounts and the currency data (claimcheck.normalize.money)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pycountry
import pytest

from claimcheck.normalize import money
from claimcheck.normalize.numbers import find_numeric

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(money.__file__).parent / "data"


def amount(text: str):
    found = [v for v in find_numeric(text) if v.kind == "money"]
    assert len(found) == 1, [(v.text, v.kind, v.value, v.unit) for v in find_numeric(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "code"),
    [
        ("$5 million", "$5 million", 5_000_000, "USD"),
        ("US$40 billion", "US$40 billion", 40_000_000_000, "USD"),
        ("£2,000", "£2,000", 2000, "GBP"),
        ("€3bn", "€3bn", 3_000_000_000, "EUR"),
        ("$5m deal", "$5m", 5_000_000, "USD"),
        ("420 million finnish markka", "420 million finnish markka", 420_000_000, "FIM"),
        ("5 cents", "5 cents", 0.05, "USD"),
        ("470 pence a share", "470 pence a share", 4.7, "GBP"),
        ("Rs 500", "Rs 500", 500, "INR"),
        ("¥1,000", "¥1,000", 1000, "JPY"),
        ("$ 75 million of bonds", "$ 75 million", 75_000_000, "USD"),
        ("a us $ 1.2 billion loan", "us $ 1.2 billion", 1_200_000_000, "USD"),
        ("the c $ 200 charge", "c $ 200", 200, "CAD"),
        ("hk $ 10.05 billion", "hk $ 10.05 billion", 10_050_000_000, "HKD"),
        ("A$5", "A$5", 5, "AUD"),
        ("NZ$10", "NZ$10", 10, "NZD"),
        ("S$3", "S$3", 3, "SGD"),
        ("Mex$ 10 million", "Mex$ 10 million", 10_000_000, "MXN"),
        ("125 million australian dollars", "125 million australian dollars", 125_000_000, "AUD"),
        ("five million yen", "five million yen", 5_000_000, "JPY"),
        ("100 billion yuan", "100 billion yuan", 100_000_000_000, "CNY"),
        ("323 million euros", "323 million euros", 323_000_000, "EUR"),
        ("10,000 swiss francs", "10,000 swiss francs", 10000, "CHF"),
        ("361 million pounds", "361 million pounds", 361_000_000, "GBP"),
        ("USD 200", "USD 200", 200, "USD"),
        ("50 million USD", "50 million USD", 50_000_000, "USD"),
        ("3 dollars 50 cents", "3 dollars 50 cents", 3.5, "USD"),
        ("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45, "USD"),
        ("2 trillion won", "2 trillion won", 2_000_000_000_000, "KRW"),
        ("500,000 dong", "500,000 dong", 500_000, "VND"),
        ("30 MUSD", "30 MUSD", 30_000_000, "USD"),
        ("a 12-cent dividend", "12-cent", 0.12, "USD"),
    ],
)
def test_money(text, surface, value, code):
    v = amount(text)
    assert (v.text, v.unit) == (surface, code)
    assert v.value == pytest.approx(value)


def test_yen_sign_means_yuan_when_the_text_says_yuan():
    assert amount("Beijing paid ¥200 (yuan) for it").unit == "CNY"


def test_money_range_and_bound():
    v = amount("between $5 million and $10 million")
    assert (v.low, v.high) == (5_000_000, 10_000_000)
    v = amount("more than $ 247 million")
    assert (v.low, v.high, v.bound) == (247_000_000, None, "min")


@pytest.mark.parametrize("text", ["two pounds of butter", "the team won 3 games", "All 70 of us.", "ALL 5 solutions are wrong.", "a $ sign"])
def test_not_money(text):
    assert [v for v in find_numeric(text) if v.kind == "money"] == []


def test_generated_currency_table_is_current():
    spec = importlib.util.spec_from_file_location("gen_currencies", ROOT / "scripts" / "gen_currencies.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    on_disk = json.loads((DATA / "currencies.json").read_text(encoding="utf-8"))
    assert on_disk == mod.build()


def test_every_iso_currency_is_known_by_code_and_name():
    t = money.tables()
    for c in pycountry.currencies:
        assert c.alpha_3 in t["codes"]
        assert money.code_for(c.alpha_3, after_number=True) == c.alpha_3


def test_aliases_point_at_known_codes():
    t = money.tables()
    extra = json.loads((DATA / "currency_aliases.json").read_text(encoding="utf-8"))
    for code in [*extra["symbols"].values(), *extra["dollar_prefixes"].values(), *extra["names"].values()]:
        assert code in t["codes"], code
    for code, _factor in extra["minor_units"].values():
        assert code in t["codes"]
    assert money.name_code("US Dollars") == "USD"
    assert money.name_code("vietnamese dong") == "VND"


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [("a $5-billion deal", 5_000_000_000, "USD"), ("a 5-million-dollar home", 5_000_000, "USD"), ("a US$2.5-billion loan", 2_500_000_000, "USD")],
)
def test_hyphenated_scales(text, value, code):
    v = amount(text)
    assert (v.value, v.unit) == (value, code)


def test_money_rate_per_unit():
    v = amount("Oil fell to below $40 a barrel.")
    assert (v.value, v.rate, v.bound) == (40, "bbl", "max")


def test_a_count_after_money_is_not_a_range_end():
    found = find_numeric("The fund lent $4.7bn to 12 countries")
    assert [(v.kind, v.value) for v in found] == [("money", 4_700_000_000), ("number", 12)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "code"),
    [
        # Accounting puts a loss in parentheses where the amount is stated.
        ("Operating profit was (£1,250).", "(£1,250)", -1250, "GBP"),
        ("Net result: (€3.4m)", "(€3.4m)", -3_400_000, "EUR"),
        ("(¥500)", "(¥500)", -500, "JPY"),
        ("Q4\t(US$2 million)", "(US$2 million)", -2_000_000, "USD"),
    ],
)
def test_accounting_parentheses_are_a_negative_amount(text, surface, value, code):
    v = amount(text)
    assert (v.text, v.value, v.unit, v.low, v.high) == (surface, value, code, value, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The ticket costs €40 ($43) at the door.", "$43", 43),  # a conversion after another amount
        ("a small fee ($15) is charged", "$15", 15),  # an aside, not a statement of the amount
        ("sales rose (by $7)", "$7", 7),  # the parenthesis does not hug the amount
    ],
)
def test_parenthesised_amount_elsewhere_stays_positive(text, surface, value):
    found = [v for v in find_numeric(text) if v.kind == "money" and v.unit == "USD"]
    assert [(v.text, v.value) for v in found] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("thieves took 11m euros in gems", 11_000_000, "EUR"),
        ("a 40m yuan subsidy", 40_000_000, "CNY"),
        ("about 2.5m dollars changed hands", 2_500_000, "USD"),
        ("it cost half a dollar", 0.5, "USD"),
        ("a dollar and a half each", 1.5, "USD"),
    ],
)
def test_million_m_and_halves_before_a_currency_name(text, value, code):
    v = amount(text)
    assert (v.value, v.unit) == (value, code)


def test_glued_m_before_other_words_stays_metres():
    assert [(v.value, v.unit) for v in find_numeric("a 10m wall of euros")] == [(10, "m")]


@pytest.mark.parametrize("text", ["a former an AMD engineer", "she opened a USD account", "an ARS fund manager"])
def test_article_before_a_currency_code_is_not_one_unit(text):
    assert [v for v in find_numeric(text) if v.kind == "money"] == []


@pytest.mark.parametrize(("text", "code"), [("it cost a dollar", "USD"), ("not a euro more", "EUR")])
def test_article_before_a_currency_name_is_one_unit(text, code):
    v = amount(text)
    assert (v.value, v.unit) == (1, code)


@pytest.mark.parametrize(
    ("text", "value", "code", "rate"),
    [
        ("Brent traded at $82/barrel", 82, "USD", "bbl"),
        ("tomatoes sold for €2.40/kg", 2.4, "EUR", "kg"),
        ("a dividend of A$0.35/share", 0.35, "AUD", "share"),
        ("diesel hit $5/gallon", 5, "USD", "gal"),
    ],
)
def test_money_per_unit_written_with_a_slash(text, value, code, rate):
    v = amount(text)
    assert (v.value, v.unit, v.rate) == (value, code, rate)


@pytest.mark.parametrize(
    ("text", "value"),
    [("he paid 50p for it", 0.5), ("a 5p charge for plastic bags", 0.05), ("cost 99p each", 0.99), ("£1.20, up from 720p", 7.2)],
)
def test_glued_p_is_pence(text, value):
    found = [v for v in find_numeric(text) if v.kind == "money" and v.text.endswith("p")]
    assert [(v.value, v.unit) for v in found] == [(value, "GBP")]


@pytest.mark.parametrize(
    "text",
    ["1080p video recording", "a 720p screen", "streams in 480p.", "updated 5:03p", "posted at 6:11p", "at 11:30a"],
)
def test_video_resolutions_and_clock_times_are_not_pence(text):
    assert find_numeric(text) == []


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        ("over $40 million (in 1995 dollars) was spent", [40_000_000]),  # a price level
        ("worth $5 million in constant 1990 dollars", [5_000_000]),
        ("that is my two cents worth.", []),  # an opinion
        ("here are my two cents", []),
        ("just two cents' worth", []),
        ("Greece gets a euro110 billion ($141 billion) rescue", [141_000_000_000]),  # not 'a euro'
    ],
)
def test_currency_words_that_are_no_sum(text, sums):
    assert [v.value for v in find_numeric(text) if v.kind == "money"] == sums


@pytest.mark.parametrize(
    ("text", "value"),
    [("it costs two cents", 0.02), ("he paid 2006 dollars", 2006), ("2006 dollars were raised", 2006), ("it cost a euro", 1)],
)
def test_currency_words_that_are_sums(text, value):
    assert [v.value for v in find_numeric(text) if v.kind == "money"] == [value]


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        # The context is read from the whole sentence, on first use: words after the amount count.
        ("It cost ¥200, the Chinese ministry said.", "money", "CNY"),
        ("It cost ¥200, the ministry said.", "money", "JPY"),
        ("He paid 5 pounds, in sterling.", "money", "GBP"),
        ("He paid 5 pounds.", "quantity", "lb"),
    ],
)
def test_currency_context_is_read_from_the_whole_sentence(text, kind, unit):
    (value,) = find_numeric(text)
    assert (value.kind, value.unit) == (kind, unit)
