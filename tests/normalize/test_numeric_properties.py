"""Property tests: numbers written in digits, with separators, in words or with scales read back
to the same value; scan never raises and never hangs on any text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from claimcheck.normalize import scan
from claimcheck.normalize.numbers import find_numeric

FAST = settings(max_examples=150, deadline=2000)


def _only_number(text: str):
    found = find_numeric(text)
    assert len(found) == 1, (text, [(v.text, v.kind, v.value) for v in found])
    return found[0]


@FAST
@given(st.integers(min_value=0, max_value=10**15))
def test_integer_digits(n):
    v = _only_number(f"There were {n} of them.")
    assert v.value == n


@FAST
@given(st.integers(min_value=1000, max_value=10**15))
def test_integer_with_thousands_commas(n):
    v = _only_number(f"There were {n:,} of them.")
    assert v.value == n


@FAST
@given(st.integers(min_value=1000, max_value=10**12))
def test_integer_with_spaced_thousands(n):
    text = f"{n:,}".replace(",", "\u202f")
    v = _only_number(f"There were {text} of them.")
    assert v.value == n


@FAST
@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000"), places=3, allow_nan=False, allow_infinity=False))
def test_decimal_digits(d):
    v = _only_number(f"It measured {d:f} overall.")
    assert v.value == float(d) or abs(v.value - float(d)) <= 1e-9 * max(1.0, float(d))


@FAST
@given(st.integers(min_value=0, max_value=999_999_999))
def test_integer_words(n):
    words = num2words(n)
    v = _only_number(f"The count was {words}.")
    assert v.value == n, words


@FAST
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12)]))
def test_scaled_words(n, scale):
    word, factor = scale
    v = _only_number(f"about {num2words(n)} {word} people")
    assert v.value == n * factor


@FAST
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9), st.sampled_from([("million", 10**6), ("billion", 10**9), ("bn", 10**9), ("m", None)]))
def test_scaled_decimal(whole, tenth, scale):
    word, factor = scale
    if factor is None:
        # "$3.5m": a lone "m" is a million only after a currency.
        v = _only_number(f"a deal worth ${whole}.{tenth}m")
        assert v.value == (whole * 10 + tenth) * 10**5
        return
    sep = "" if word == "bn" else " "
    v = _only_number(f"some {whole}.{tenth}{sep}{word} people")
    assert v.value == (whole * 10 + tenth) * factor // 10


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=300))
def test_scan_never_raises_on_any_text(text):
    for v in scan(text):
        assert 0 <= v.start <= v.end <= len(text)


_ADVERSARIAL = st.text(alphabet="0123456789,. -/:$%e^x+kmM()", min_size=1, max_size=2000)


@settings(max_examples=60, deadline=2000)
@given(_ADVERSARIAL)
def test_scan_never_hangs_on_digit_and_separator_runs(text):
    scan(text)


@settings(max_examples=30, deadline=2000)
@given(st.lists(st.sampled_from(["one", "hundred", "and", "a", "half", "million", "-", "twenty", "thirds", "point", "five", "over", "between", "to", "$", "1,000", "per", "cent"]), max_size=400))
def test_scan_never_hangs_on_long_number_word_runs(words):
    scan(" ".join(words))
