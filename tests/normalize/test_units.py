"""Tests for claimcheck.normalize.units and quantities found in text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.normalize import units
from claimcheck.normalize.numbers import find_numeric

DATA = Path(units.__file__).parent / "data" / "units.json"


def quantity(text: str):
    found = [v for v in find_numeric(text) if v.kind == "quantity"]
    assert len(found) == 1, [(v.text, v.kind, v.value, v.unit) for v in find_numeric(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("20,000 tons of rice", 20000, "t"),
        ("18,000 t", 18000, "t"),
        ("816 000 t", 816000, "t"),
        ("16,000 metric tons", 16000, "t"),
        ("500 metres east", 500, "m"),
        ("1.6 km west", 1.6, "km"),
        ("ten miles long", 10, "mi"),
        ("a 3-inch gap", 3, "in"),
        ("a six-mile trip", 6, "mi"),
        ("660 square meters", 660, "m2"),
        ("190 km2", 190, "km2"),
        ("116,347 sq mi", 116347, "mi2"),
        ("45-acre farm", 45, "acre"),
        ("2.4 billion gallons", 2_400_000_000, "gal"),
        ("75ml", 75, "ml"),
        ("3 to 4 L of wine", 3, "l"),
        ("188 miles an hour", 188, "mph"),
        ("200 kilometres per hour", 200, "km/h"),
        ("10kph", 10, "km/h"),
        ("a 16-bit chip", 16, "bit"),
        ("100 MB", 100, "MB"),
        ("100 mb", 100, "Mbit"),
        ("7.3 MWh", 7.3, "MWh"),
        ("500 MW plant", 500, "MW"),
        ("32 degrees Celsius", 32, "°C"),
        ("-18 °C", -18, "°C"),
        ("114 degrees Fahrenheit", 114, "°F"),
        ("25lbs", 25, "lb"),
        ("10kg", 10, "kg"),
        ("150 microgram", 150, "µg"),
        ("120 μg", 120, "µg"),
        ("The weight is 20 (kg)", 20, "kg"),
        ("the 2 1/2 in thick door", 2.5, "in"),
        ("he is 5 feet 2 inches", 5 + 2 / 12, "ft"),
        ("a size of 2.1 pm.", 2.1, "pm"),
        ("I'm 1.8m tall.", 1.8, "m"),
        ("four-mile drive", 4, "mi"),
        ("a gallon of beer", 1, "gal"),
        ("25 lakh tonnes", 2_500_000, "t"),
    ],
)
def test_quantities(text, value, unit):
    v = quantity(text)
    assert v.unit == unit
    assert v.value == pytest.approx(value)


def test_quantity_range_from_hyphenated_adjectives():
    v = quantity("a conceptualized 8- to 16-meter telescope")
    assert (v.text, v.low, v.high, v.unit) == ("8- to 16-meter", 8, 16, "m")


def test_quantity_range_shares_unit():
    v = quantity("They were given between 44 and 50 mg ethanol.")
    assert (v.low, v.high, v.unit) == (44, 50, "mg")


@pytest.mark.parametrize("text", ["Get together for 2 in april", "ALL 5 solutions are wrong.", "24703m212", "scp173m", "2 pm", "the 1990s"])
def test_no_quantity(text):
    assert [v for v in find_numeric(text) if v.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("value", "unit", "base_value", "base"),
    [
        (20000, "t", 20_000_000, "kg"),
        (18000, "t", 18_000_000, "kg"),
        (1, "mi", 1609.344, "m"),
        (3, "km", 3000, "m"),
        (1, "lb", 0.45359237, "kg"),
        (1, "ha", 10_000, "m2"),
        (1, "km2", 1_000_000, "m2"),
        (1, "l", 0.001, "m3"),
        (1, "gal", 0.003785411784, "m3"),
        (1, "kWh", 3_600_000, "J"),
        (1, "MB", 1_000_000, "B"),
        (8, "bit", 1, "B"),
        (0, "°C", 273.15, "K"),
        (32, "°F", 273.15, "K"),
        (100, "km/h", 100 / 3.6, "m/s"),
        (1, "short_ton", 907.18474, "kg"),
    ],
)
def test_to_base(value, unit, base_value, base):
    got, got_base = units.to_base(value, unit)
    assert got_base == base
    assert got == pytest.approx(base_value)


def test_tons_and_tonnes_are_comparable():
    a = units.to_base(20000, units.lookup("tons"))
    b = units.to_base(18000, units.lookup("t"))
    assert a[1] == b[1] == "kg" and a[0] > b[0]


@pytest.mark.parametrize(
    ("unit", "dim"),
    [("km", "length"), ("t", "mass"), ("acre", "area"), ("gal", "volume"), ("mph", "speed"), ("GB", "data"), ("GW", "power"), ("kWh", "energy"), ("°C", "temperature")],
)
def test_dimension(unit, dim):
    assert units.dimension(unit) == dim


@pytest.mark.parametrize(
    ("surface", "unit"),
    [("kilometres", "km"), ("Kilometers", "km"), ("miles", "mi"), ("feet", "ft"), ("tonnes", "t"), ("MB", "MB"), ("mb", "Mbit"), ("hectares", "ha"), ("knots", "kn"), ("nonsense", None)],
)
def test_lookup(surface, unit):
    assert units.lookup(surface) == unit


def test_unit_data_integrity():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    bases = data["bases"]
    for sym in units.known_units():
        dim = units.dimension(sym)
        assert units.to_base(1.0, sym)[0] > 0 or units.dimension(sym) == "temperature"
        if dim in bases and bases[dim] == sym:
            assert units.to_base(1.0, sym) == (1.0, sym), sym
    for u in data["units"]:
        assert units.lookup(u["symbol"]) == u["symbol"], u["symbol"]
        for p in u.get("prefixes", []):
            assert p in data["prefixes"]


@pytest.mark.parametrize(("text", "value", "unit"), [("Temperatures hit 45C on Sunday", 45, "°C"), ("it was 100F", 100, "°F"), ("2.3m tonnes of wheat", 2_300_000, "t")])
def test_news_shorthand(text, value, unit):
    v = quantity(text)
    assert (v.value, v.unit) == (value, unit)


@pytest.mark.parametrize("text", ["Apartment 5C", "the Chrysler 300C", "Gate 4F"])
def test_letters_after_numbers_in_names(text):
    assert [v for v in find_numeric(text) if v.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the one kilometre stretch of road", 1, "km"),
        ("this one litre bottle", 1, "l"),
        ("that one mile is the hardest", 1, "mi"),
    ],
)
def test_one_before_a_unit_name_is_measured_even_after_a_determiner(text, value, unit):
    v = quantity(text)
    assert (v.value, v.unit) == (value, unit)


@pytest.mark.parametrize("text", ["the one in the middle", "that one point matters", "the one foot soldier left"])
def test_pronoun_one_before_an_ambiguous_word_stays_unmeasured(text):
    assert [v for v in find_numeric(text) if v.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the car hit 90 km per hour", 90, "km/h"),
        ("winds of 20 metres per second", 20, "m/s"),
        ("a flow of 4 meter/second", 4, "m/s"),
        ("the current runs at 3 feet per second", 3, "ft/s"),
        ("cruising at 500 miles per hour", 500, "mph"),
    ],
)
def test_length_per_time_is_a_speed(text, value, unit):
    v = quantity(text)
    assert (v.value, v.unit, v.rate) == (value, unit, None)
    assert units.dimension(v.unit) == "speed"


def test_per_hour_without_a_speed_unit_stays_a_rate():
    v = quantity("the plant burns 40 kg per hour")
    assert (v.value, v.unit, v.rate) == (40, "kg", "hour")


@pytest.mark.parametrize(
    ("text", "value", "unit", "metres"),
    [
        ("particles under 10 microns across", 10, "µm", 1e-5),
        ("a bond length of 1.5 angstroms", 1.5, "Å", 1.5e-10),
        ("a reserve of 320 sq. km", 320, "km2", None),
        ("flats of 45 sq. m each", 45, "m2", None),
    ],
)
def test_more_unit_spellings(text, value, unit, metres):
    v = quantity(text)
    assert (v.value, v.unit) == (value, unit)
    if metres is not None:
        assert units.to_base(v.value, v.unit) == (pytest.approx(metres), "m")


@pytest.mark.parametrize(
    ("text", "feet"),
    [
        ("the 6'4\" centre", 6 + 4 / 12),
        ("she stands 5’7” tall", 5 + 7 / 12),
        ("a 6′0″ forward", 6.0),
    ],
)
def test_feet_and_inches_written_with_marks(text, feet):
    v = quantity(text)
    assert v.unit == "ft" and v.value == pytest.approx(feet)


@pytest.mark.parametrize("text", ["back in the '80s", "he said '5' twice", "the 5' cable"])
def test_lone_apostrophe_after_a_number_is_not_feet_and_inches(text):
    assert [v for v in find_numeric(text) if v.kind == "quantity" and v.value != int(v.value)] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the hut sits half a mile up the valley", 0.5, "mi"),
        ("a queue half a kilometre long", 0.5, "km"),
        ("they walked a mile and a half", 1.5, "mi"),
        ("roughly a kilometre and a half of track", 1.5, "km"),
    ],
)
def test_half_of_a_spelled_unit(text, value, unit):
    v = quantity(text)
    assert (v.value, v.unit) == (value, unit)


def test_a_list_of_bare_figures_takes_the_unit_of_its_last_item():
    found = [(v.value, v.unit) for v in find_numeric("trials used 10, 20 and 40 mg doses")]
    assert found == [(10, "mg"), (20, "mg"), (40, "mg")]


def test_a_word_restated_as_a_figure_is_not_coordinated():
    found = [(v.kind, v.value, v.unit) for v in find_numeric("it ships with two, 4GB memory modules")]
    assert found == [("number", 2, None), ("quantity", 4, "GB")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Highs near 20°C are forecast; temperatures will drop to 12 degrees overnight.", 12, "°C"),
        ("A 100°F afternoon, and the thermometer still read 88 degrees at dusk.", 88, "°F"),
        ("It is cold in Celsius terms: 5 degrees below zero.", -5, "°C"),
    ],
)
def test_degrees_in_a_temperature_context_take_the_named_scale(text, value, unit):
    found = [v for v in find_numeric(text) if v.kind == "quantity" and v.unit == unit]
    assert found[-1].value == value


def test_degrees_of_temperature_without_a_named_scale_are_a_plain_number():
    found = [(v.kind, v.value, v.unit) for v in find_numeric("the overnight temperature was 14 degrees")]
    assert found == [("number", 14, None)]


@pytest.mark.parametrize("text", ["the ship turned 90 degrees to port", "a slope of 30 degrees"])
def test_degrees_elsewhere_stay_an_angle(text):
    (v,) = find_numeric(text)
    assert (v.kind, v.unit) == ("quantity", "deg")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 1,500 sq metre plot", 1500, "m2"),
        ("the 40 sq. kilometres of forest", 40, "km2"),
        ("8 cu metres of soil", 8, "m3"),
        ("gold at 1 troy ounce", 1, "ozt"),
        ("a drive reading 3.2 GB/s", 3.2, "GB/s"),
        ("the engine idles at 800 rpm", 800, "rpm"),
    ],
)
def test_short_powers_and_more_units(text, value, unit):
    v = quantity(text)
    assert (v.value, v.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "feet"),
    [("the suspect is five foot nine.", 5 + 9 / 12), ("listed at 6 feet 3 and 210 pounds", 6.25)],
)
def test_feet_then_bare_inches(text, feet):
    v = [v for v in find_numeric(text) if v.unit == "ft"][0]
    assert v.value == pytest.approx(feet)


def test_feet_then_a_count_is_not_inches():
    found = [(v.kind, v.value, v.unit) for v in find_numeric("they stood 3 feet 4 people deep")]
    assert found == [("quantity", 3, "ft"), ("number", 4, None)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("the city was razed by a 6.7 degree quake that left", 6.7, 6.7),
        ("aftershocks varying from 2.8 to 3.8 degrees on the Richter scale", 2.8, 3.8),
        ("an earthquake of 5 degrees shook the town", 5, 5),
    ],
)
def test_degrees_of_an_earthquake_are_a_magnitude(text, low, high):
    (v,) = find_numeric(text)
    assert (v.kind, v.unit, v.low, v.high) == ("number", None, low, high)


@pytest.mark.parametrize(("text", "value"), [("the ridge runs at 45 degrees", 45), ("an area 55.96 degrees in longitude", 55.96)])
def test_degrees_without_a_quake_stay_angles(text, value):
    (v,) = find_numeric(text)
    assert (v.kind, v.unit, v.value) == ("quantity", "deg", value)
