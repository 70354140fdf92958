"""Gates on regular expressions: the strings every match needs, and never a match lost."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.normalize import dates_patterns as pat
from claimcheck.normalize.literals import Gated, fold, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\d+\s+ago\b", {"ago"}),
        (r"(?i)(?:last|next)\s+(?:weeks|months)", {"weeks", "months"}),  # both needed: the longer side wins
        (r"(?i)(?:last|next)\s+(?:week|month)", {"last", "next"}),  # a tie: the first
        (r"(?:jan|feb)\.?\s+\d+", {"jan", "feb"}),
        (r"the\s+day\s+after", {"after"}),  # the longest of the runs every match holds
        (r"(?:\s+(?:of|in))?\s+(?P<u>days?|weeks?)", {"day", "week"}),  # an optional part is no requirement
        (r"week(?=s)", {"week"}),
        (r"(?:ab|cd)+x", {"ab", "cd"}),
        (r"Xmas", {"xmas"}),  # compared lower case
    ],
)
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{4}",  # nothing but classes
        r"(?:ago|\d+)",  # one way through needs no word
        r"(?:week)?\s*\d",  # optional
        r"a\s+b",  # single letters are everywhere
        r"(?P<x>\w+)-(?P=x)",  # a back reference
        r"caf\u00e9s?",  # non-ASCII letters are left out; 'caf' would do, but three letters...
    ],
)
def test_required_literals_unknown_or_too_weak(pattern):
    found = required_literals(pattern)
    assert found is None or all(s.isascii() for s in found)
    if pattern.startswith("caf"):
        assert found == {"caf"}
    else:
        assert found is None


def test_every_ascii_letter_ignorecase_matches_is_folded_onto_it():
    # What re.IGNORECASE matches to an ASCII letter, anywhere in Unicode, must contain that
    # letter after fold(): else a gate could say "no" where the pattern matches.
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in set(re.findall(letter, everything, re.IGNORECASE)):
            assert letter in fold(ch), (letter, ch)


def test_gated_pattern_skips_texts_without_the_words():
    gated = Gated(re.compile(r"(?i)(\d+)\s+years?\s+ago"))
    assert gated.required == {"year"}
    assert not gated.possible("It rained for 3 days ago.")
    assert list(gated.finditer("It rained for 3 days ago.")) == []
    assert [m.group(1) for m in gated.finditer("It rained 3 YEARS AGO, and 4 years ago.")] == ["3", "4"]
    assert gated.search("3 years ago").span() == (0, 11)
    assert gated.match("3 years ago") is not None  # everything else is the pattern's own
    assert gated.pattern == r"(?i)(\d+)\s+years?\s+ago"


def test_date_patterns_are_gated():
    assert "P_AGO" in pat.GATED and "P_MDY" in pat.GATED
    assert isinstance(pat.P_MDY, Gated)
    assert not isinstance(pat.P_BARE_YEAR, Gated)  # a year needs no word


WORDS = st.sampled_from(
    ["ago", "AGO", "Ago", "last", "next", "week", "weeks", "May", "Sept.", "Oct", "Tuesday", "TUESDAY", "the",
     "day", "after", "before", "1996", "3", "27th", "of", "since", "month", "year", "ı", "ſ", "\u212a", "İ",
     "Chrıstmas", "tueſday", "Frıday", "within", "weekend", "today", "tomorrow", ",", ".", "-", " "]
)
TEXTS = st.one_of(st.text(max_size=120), st.lists(WORDS, max_size=25).map(" ".join),
                  st.lists(WORDS, max_size=25).map("".join))


@settings(max_examples=300, deadline=5000)
@given(TEXTS)
def test_gated_date_patterns_find_exactly_the_patterns_matches(text):
    for name in pat.GATED:
        gated = getattr(pat, name)
        plain = gated.pattern_object
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], name
        found, expected = gated.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), name


@settings(max_examples=200, deadline=5000)
@given(st.lists(TEXTS, min_size=1, max_size=4), st.lists(st.integers(0, 3), max_size=30))
def test_gate_answers_kept_per_text_stay_right_when_texts_interleave(texts, order):
    # Answers are remembered for the last texts seen and shared by patterns needing the same
    # words; whatever the order texts come in, each answer is the one a fresh test gives.
    gates = [getattr(pat, name) for name in pat.GATED]
    for k in order:
        text = texts[k % len(texts)]
        for gated in gates:
            assert gated.possible(text) == any(s in fold(text) for s in gated.required), (gated, text)


DURATION_TEXTS = st.one_of(
    TEXTS,
    st.lists(st.sampled_from(["for", "over", "about", "the", "next", "3", "2.5", "ten", "a", "an", "and", "half",
                              "-", "days", "HRS", "Hr", "yr", "mins", "fortnight", "Quarters", "centuries", "old",
                              "ago", "ı", "ſ", "\u212a"]), max_size=12).map(" ".join),
)


@settings(max_examples=300, deadline=5000)
@given(DURATION_TEXTS)
def test_gated_duration_pattern_finds_exactly_the_patterns_matches(text):
    from claimcheck.normalize import durations

    gated = durations._P_DURATION
    assert isinstance(gated, Gated)
    plain = gated.pattern_object
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
