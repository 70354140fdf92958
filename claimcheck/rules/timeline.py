"""Dates that do not fit their own article: outside its time frame, or against its chronology."""

from __future__ import annotations

import re
from collections.abc import Iterator
from statistics import quantiles

from claimcheck.records import Claim, Finding
from claimcheck.rules.base import Corpus, Rule
from claimcheck.rules.compare import digit_slips

MIN_FRAME_DATES = 4
MIN_DISTANCE_YEARS = 100
CONTEXT_CHARS = 800  # how far back a continuation looks for what it continues
_CONTINUES = re.compile(
    r"\b(continu\w*|remain\w*|persist\w*|kept|keep(?:s|ing)?|still|went on|go(?:es)? on|carried on|lasted|stayed)\b", re.I
)
_THROUGH = re.compile(r"\b(through(?:out)?|until|till|into|up to|by)\s+(?:the\s+)?$", re.I)


def _year_span(c: Claim) -> tuple[int, int] | None:
    """First and last year a date claim covers."""
    if not c.low or not c.high or c.relative:
        return None
    try:
        lo = int(str(c.low)[:4])
        hi_excl = str(c.high)
        hi = int(hi_excl[:4]) - (1 if hi_excl[5:] == "01-01" else 0)
    except ValueError:
        return None
    return lo, max(lo, hi)


def _source_dates(corpus: Corpus) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in corpus.claims:
        if c.kind == "date" and _year_span(c) is not None:
            out.setdefault(c.source, []).append(c)
    return out


def _frame(years: list[float]) -> tuple[int, int]:
    if len(years) >= 10:
        q = quantiles(years, n=10)
        return int(q[0]), int(q[-1])
    return int(min(years)), int(max(years))


def outside_timeframe(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    pub_years = {s.id: int(s.date[:4]) for s in corpus.sources if s.date}
    for source, dates in sorted(_source_dates(corpus).items()):
        for c in dates:
            span = _year_span(c)
            others = [sum(_year_span(d)) / 2 for d in dates if d is not c and _year_span(d) != span]
            if source in pub_years:
                others.append(pub_years[source])
            if len(others) < MIN_FRAME_DATES:
                continue
            lo, hi = _frame(others)
            width = max(hi - lo, 10)
            threshold = max(MIN_DISTANCE_YEARS, 2 * width)
            distance = lo - span[1] if span[1] < lo else span[0] - hi
            if distance <= threshold:
                continue
            if c.precision not in {"year", "decade", "month", "day", "range"}:
                continue  # "the 19th century" is a historical reference, not a slip of one digit
            slips = digit_slips(span[0], (lo, hi))
            if not slips:
                continue  # a date far from the frame that no one-digit slip explains is history, not a typo
            suffix = "s" if c.precision == "decade" else ""
            hint = f" Perhaps {' or '.join(f'{y}{suffix}' for y in slips[:3])} (one digit off)?"
            msg = (
                f"{c.text!r} lies {distance} years outside this article's time frame ({lo}–{hi})." + hint
            )
            yield rule.finding([c], msg, diagnosis=hint.strip() or None)


def broken_chronology(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    texts = {s.id: s.text for s in corpus.sources}
    for source, dates in sorted(_source_dates(corpus).items()):
        text = texts.get(source, "")
        for c in dates:
            before = text[max(0, c.start - 40) : c.start]
            if not _THROUGH.search(before) or not _CONTINUES.search(c.sentence):
                continue
            span = _year_span(c)
            earlier = [
                d for d in dates
                if d.start < c.start and c.start - d.start <= CONTEXT_CHARS and _year_span(d)[0] > span[1] + 10
            ]
            if not earlier:
                continue
            latest = max(earlier, key=lambda d: _year_span(d)[0])
            gap = _year_span(latest)[0] - span[1]
            msg = (
                f"{c.text!r} continues a passage already dated {latest.text!r}, yet lies {gap} years before it."
            )
            yield rule.finding([c, latest], msg)
