"""Durations: "for the next six years", "eight years", "nearly two decades", "a 10-year plan".

Values are ISO 8601 durations ("P6Y", "P20Y", "P3M", "P2W", "PT5H"; "3 hrs", "5 yrs", "10 mins"
are abbreviations). Ages ("a 35-year-old", "35 years old"), offsets that name a date ("two
years ago") and fractions ("three quarters of the vote", "two quarters of voters") are not
durations; "two quarters of growth" is.
"""

from __future__ import annotations

import re

from claimcheck.normalize.dates_lexicon import alternation, count_value, lexicon
from claimcheck.normalize.literals import gate_module
from claimcheck.records import Value

_LEX = lexicon()
_I = re.IGNORECASE

_UNITS = alternation(list(_LEX["units"]))
_APPROX = alternation(_LEX["approx_words"])
_NUMBER_WORDS = alternation([k for k in _LEX["cardinal_words"] if k not in ("a", "an")])
_P_DURATION = re.compile(
    r"(?<![\w$€£¥#.,/-])"
    r"(?:(?P<for>for|over|during|within|in)\s+)?"
    r"(?:(?P<approx>" + _APPROX + r")\s+)?"
    r"(?:(?P<the>the)\s+(?:(?P<mod>next|last|past|coming|previous|first|final|following)\s+)?)?"
    r"(?P<n>\d+(?:\.\d+)?(?![\d,/])|" + _NUMBER_WORDS + r"(?![\w])|(?P<article>an?)(?=\s))(?P<half>\s+and\s+a\s+half)?"
    r"(?P<sep>\s+|-|\s*-\s*)"
    r"(?P<u>" + _UNITS + r")(?![\w])",
    _I,
)
# Most sentences name no unit of time: a gate skips the pattern over them (same matches).
gate_module(globals(), ["_P_DURATION"])
_NOT_AFTER = re.compile(r"[-\s]+old\b|\s+ago\b|['’]s?\s+time\b|\s+from\s+now\b|\s+of\s+age\b", _I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:of\s+)?$", _I)
_RATE_BEFORE = re.compile(r"\b(?:once|twice|times|per|every|each)\s+$", _I)
# "three quarters of the vote", "two-quarters of Americans": a fraction, not nine months
_FRACTION_OF = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their|his|her|our|your|all|those|these|them|it|us|that|this|which|whom)\b|[A-Z0-9$€£]|[a-z]+s\b)"
)


def _designator(unit: str) -> tuple[str, float]:
    code, size = _LEX["units"][unit.lower()]
    return code, size


def _iso(number: float, unit: str) -> str:
    code, size = _designator(unit)
    amount = number * size
    text = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    if code == "H":
        return f"PT{text}H"
    if code == "MIN":
        return f"PT{text}M"
    return f"P{text}{code}"


def find_durations(text: str) -> list[Value]:
    """Every duration in ``text`` as ``Value(kind="duration")`` in text order."""
    values: list[Value] = []
    for m in _P_DURATION.finditer(text):
        unit = m.group("u")
        if _NOT_AFTER.match(text, m.end()):
            continue
        if unit.lower().startswith("quarter") and _FRACTION_OF.match(text, m.end()):
            continue
        if unit.lower().startswith(("h", "min")) and re.fullmatch(r"[0-2]\d[0-5]\d", m.group("n")):
            continue  # "at 1100 hrs", "0900 hours": a time of day
        if unit.lower() in ("hr", "hrs", "mins") and not unit.islower():
            continue  # "203 HR" in a batting line is home runs
        if text[max(0, m.start("n") - 1) : m.start("n")] == ":":
            continue  # "01:19 hrs": a clock time
        if m.group("sep").strip() == "-" and re.match(r"-", text[m.end() : m.end() + 1]):
            continue  # "35-year-old" written with hyphens on both sides
        start = m.start("approx") if m.group("approx") else m.start("the") if m.group("the") else m.start("n")
        if m.group("for") and m.group("the"):
            start = m.start("for")
        before = text[max(0, start - 12) : start]
        if _AGE_BEFORE.search(before) or _RATE_BEFORE.search(before):
            continue
        if m.group("n").lower() == "one" and unit.lower() == "day" and not (m.group("for") or m.group("approx") or m.group("the")):
            continue  # "could one day help"
        if m.group("article"):
            if not (m.group("for") or m.group("approx")) or unit.lower().endswith("s"):
                continue
            number: float | None = 1
        else:
            number = count_value(m.group("n"))
        if number is None or number <= 0:
            continue
        if m.group("half"):
            number += 0.5
        if re.search(r"\band\s+$", before) and m.group("n").lower() in ("a", "an", "a half", "half a"):
            continue  # "four and a half months" is read from "four"
        if m.group("the") and not m.group("mod") and not m.group("article"):
            # "the two years" is still a length of time, but "the 1990s" never reaches here
            pass
        approx_word = (m.group("approx") or "").lower()
        approx_word = re.sub(r"\s+", " ", approx_word)
        bound = _LEX["duration_bounds"].get(approx_word)
        values.append(
            Value(
                kind="duration",
                text=text[start : m.end()],
                start=start,
                end=m.end(),
                value=_iso(number, unit),
                approx=bool(approx_word) and bound is None,
                bound=bound,
            )
        )
    return values
