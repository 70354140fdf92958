"""Datelines, bylines, outlet lines and titles found in an article's own text.

Only whole short lines near the top or bottom are read ("Posted on : 2019-02-08 17:26 KST",
"By Jane Doe – The Outlet – February 24, 2021", "March 3, 2020 | Reuters", "Source: Asia
Times"). Dates are parsed with dateparser on the date span alone (``languages=['en']``), at
the precision written: a month without a day gives "2021-02", never a day filled from today.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from claimcheck.sources.mapped import Line

HEAD_LINES = 20
TAIL_LINES = 10
TITLE_LINES = 8
_MAX_WORDS = 20

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?"
# A clock time with an optional zone: "17:26 KST", "5:03pm", "02.16PM IST", "18:19 GMT (10:19 PST)".
_CLOCK = (
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
)
_CLOCKS = rf"{_CLOCK}(?:\s*\({_CLOCK}\))?"
_TIME = rf"(?:\s*[,|\-–—]?\s*(?:at\s+)?{_CLOCKS})?"
# Each pattern: (regex, precision). The regex's first group is the date proper (no time).
_DATES = [
    (re.compile(rf"(\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?\S*)?{_TIME}", re.I), "day"),
    (re.compile(rf"{_WEEKDAY}({_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}){_TIME}", re.I), "day"),
    (re.compile(rf"{_WEEKDAY}(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}){_TIME}", re.I), "day"),
    (re.compile(rf"({_MONTH}\s+\d{{4}})", re.I), "month"),
]
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
# A dateline segment that only gives a time, possibly labelled: "Last updated at 11:11 GMT".
_TIME_SEGMENT = re.compile(
    rf"(?:(?:last\s+)?(?:updated|modified|published|posted|edited)\s*(?:at|on)?\s*:?\s*)?{_CLOCKS}", re.I
)
_DATE_SEP = re.compile(r"\s*[|–—•·]\s*|\s+-\s+|^-|-$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EDGES = " \t>»›•·|*#-–—"  # bullets and separators around a metadata line or segment


def _trim(text: str) -> str:
    return text.strip(_EDGES)
_SEP = re.compile(r"\s+[–—|·•/]\s+|\s+-{1,2}\s+|\s*\|\s*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*$")
_NAME_PARTICLES = frozenset("de da di du van von der den del della la le bin ibn al el and & y".split())
_CAPITALISED = re.compile(r"^[\"“‘']?[A-Z0-9]")
_SENTENCE_END = re.compile(r"[.,;:][\"'”’)\]]*$")


@dataclass
class Meta:
    """Metadata read from the text, and the indices of the lines that held it."""

    title: str | None = None
    date: str | None = None
    updated: str | None = None
    outlet: str | None = None
    author: str | None = None
    lines: dict[int, str] = field(default_factory=dict)  # line index -> "dateline", "byline", ...


@dataclass(frozen=True)
class _Labels:
    published: re.Pattern[str]
    updated: re.Pattern[str]
    byline: re.Pattern[str]
    outlet: re.Pattern[str]
    roles: frozenset[str]
    names_not: re.Pattern[str]
    any_label: re.Pattern[str]


@lru_cache(maxsize=1)
def _labels() -> _Labels:
    data = json.loads(resources.files("claimcheck.sources").joinpath("data/metadata.json").read_text("utf-8"))

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return _Labels(
        published=re.compile(rf"(?:{alt(data['published'])})\s*(?::|-|–)?\s*", re.I),
        updated=re.compile(rf"(?:{alt(data['updated'])})\s*(?::|-|–)?\s*", re.I),
        byline=re.compile(rf"(?:{alt(data['byline'])})(?:\s*:\s*|\s+)", re.I),
        outlet=re.compile(rf"(?:{alt(data['outlet'])})\s*:\s*", re.I),
        roles=frozenset(w.casefold() for w in data["roles"]),
        any_label=re.compile(
            f"(?:{alt(data['published'] + data['updated'] + data['byline'] + data['outlet'])})\\b", re.I
        ),
        names_not=re.compile(rf"\b(?:{_MONTH}|{_WEEKDAYS})(?![a-z])|\d", re.I),
    )


def find_date(text: str) -> tuple[int, int, str] | None:
    """First date span in ``text``: (start, end, precision), the span including any time."""
    if not _YEAR.search(text):
        return None
    best: tuple[int, int, str] | None = None
    for pattern, precision in _DATES:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), precision)
    return best


def parse_date(span: str, precision: str = "day") -> str | None:
    """ISO date of a short date span, at the precision written, or None."""
    for pattern, prec in _DATES:
        m = pattern.fullmatch(span.strip())
        if m:
            return _parse(m.group(1), prec)
    return None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_NUMERIC = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
_LETTERS = re.compile(r"[a-z]+")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DIGITS = re.compile(r"\d")
_MONTH_WORD = re.compile(rf"\b{_MONTH}", re.I)


@lru_cache(maxsize=4096)
def _parse(span: str, precision: str) -> str | None:
    """ISO date of a matched span. The shapes ``_DATES`` matches are read directly (dateparser
    costs milliseconds a call); anything else goes to dateparser, on the span alone."""
    try:
        m = _NUMERIC.fullmatch(span)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        month = _MONTH_WORD.search(span)
        year = _YEAR.search(span)
        if month and year:
            number = _MONTHS[month.group()[:3].casefold()]
            if precision == "month":
                return f"{int(year.group()):04d}-{number:02d}"
            day = _DAY.search(span[: year.start()])
            if day:
                return dt.date(int(year.group()), number, int(day[1])).isoformat()
    except ValueError:
        return None  # "February 30": not a date
    return _dateparser(span, precision)


def _dateparser(span: str, precision: str) -> str | None:
    import dateparser  # costly import, paid only for unusual date shapes

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]}
    parsed = dateparser.parse(span, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return parsed.strftime("%Y-%m-%d" if precision == "day" else "%Y-%m")


def read_meta(lines: list[Line], skip: set[int] | frozenset[int] = frozenset()) -> Meta:
    """Metadata lines among the first and last non-blank lines (those in ``skip`` ignored)."""
    meta = Meta()
    filled = [i for i, line in enumerate(lines) if line.text and i not in skip]
    zone = filled[:HEAD_LINES] + [i for i in filled[-TAIL_LINES:] if i not in filled[:HEAD_LINES]]
    for i in zone:
        if lines[i].text.count(" ") >= _MAX_WORDS + 4:  # too long for a dateline, even with spaced separators
            continue
        kind = _read_line(_trim(lines[i].text), meta)
        if kind:
            meta.lines[i] = kind
    if meta.date is None:
        meta.date = meta.updated
    return meta


def _read_line(text: str, meta: Meta) -> str | None:
    if not text or len(text) > 300 or len(text.split()) > _MAX_WORDS:
        return None
    if _URL.fullmatch(text):
        return "url"
    labels = _labels()
    if not labels.any_label.match(text) and not _YEAR.search(text):
        return None  # neither a labelled line nor one holding a year
    m = labels.published.match(text)
    if m and _label_date(text, m.end(), meta, "date"):
        return "dateline"
    m = labels.updated.match(text)
    if m and _label_date(text, m.end(), meta, "updated"):
        return "dateline"
    m = labels.outlet.match(text)
    if m:
        outlet = text[m.end():].strip()
        if outlet and _CAPITALISED.match(outlet) and len(outlet.split()) <= 8 and not _SENTENCE_END.search(outlet):
            meta.outlet = meta.outlet or outlet
            return "outlet"
    m = labels.byline.match(text)
    if m and _byline(text[m.end():], meta):
        return "byline"
    return "dateline" if _date_line(text, meta) else None


def _label_date(text: str, pos: int, meta: Meta, key: str) -> bool:
    found = find_date(text[pos:])
    if not found or found[0] != 0:
        return False
    rest = text[pos + found[1]:].strip()
    if rest and not _rest_is_meta(rest, meta):
        return False
    iso = parse_date(text[pos: pos + found[1]])
    if iso is None:
        return False
    if getattr(meta, key) is None:
        setattr(meta, key, iso)
    return True


def _rest_is_meta(rest: str, meta: Meta) -> bool:
    """What follows a date on a dateline: another labelled date, a byline or an outlet."""
    rest = _trim(rest)
    if not rest or _TIME_SEGMENT.fullmatch(rest):
        return True
    labels = _labels()
    for pattern, key in ((labels.updated, "updated"), (labels.published, "date")):
        m = pattern.match(rest)
        if m and _label_date(rest, m.end(), meta, key):
            return True
    m = labels.byline.match(rest)
    if m and _byline(rest[m.end():], meta):
        return True
    return _outlet_segment(rest, meta)


def _byline(rest: str, meta: Meta) -> bool:
    segments = [s.strip() for s in _SEP.split(rest.strip()) if s.strip()]
    if not segments:
        return False
    first = [s.strip() for s in segments[0].split(",") if s.strip()]
    name, extra = first[0], first[1:] + segments[1:]
    if not _is_name(name):
        return False
    date: str | None = None
    outlet: str | None = None
    for seg in extra:
        found = find_date(seg)
        if found and found[0] == 0 and found[1] == len(seg):
            date = date or parse_date(seg)
            continue
        for part in (p.strip() for p in seg.split(",")):
            if not part:
                continue
            if set(_LETTERS.findall(part.casefold())) & _labels().roles:
                continue
            if _CAPITALISED.match(part) and len(part.split()) <= 6 and not _SENTENCE_END.search(part):
                outlet = outlet or part
                continue
            return False
    meta.author = meta.author or name
    meta.outlet = meta.outlet or outlet
    meta.date = meta.date or date
    return True


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if _labels().names_not.search(name):
        return False
    return all((w[0].isupper() and _NAME_WORD.match(w)) or w in _NAME_PARTICLES for w in words)


def _date_line(text: str, meta: Meta) -> bool:
    """A line that is a date, with times, labelled times or an outlet around it.

    "March 3, 2020 | Reuters", "May 2, 2013 | 5:03pm", "21 July 2013 Last updated at 11:11
    GMT", "12:52 p.m. EDT May 2, 2013". An outlet must be set off by a separator; one or two
    capitalised words stuck to the date ("Reuters Sep 18, 2013") are accepted but not read.
    """
    found = find_date(text)
    if not found:
        return False
    start, end, _ = found
    outlet: str | None = None
    for side, part in (("before", text[:start]), ("after", text[end:])):
        if not part.strip():
            continue
        separated = bool(_DATE_SEP.search(part.rstrip() if side == "before" else part.lstrip()))
        segments = [seg.strip(_EDGES + ",") for seg in _DATE_SEP.split(part.strip())]
        for seg in filter(None, segments):
            if _TIME_SEGMENT.fullmatch(seg) or re.fullmatch(_WEEKDAYS, seg, re.I):
                continue
            if _outlet_like(seg):
                if separated:
                    outlet = outlet or seg
                    continue
                if len(seg.split()) <= 2 and len(segments) == 1:
                    continue
            return False
    iso = parse_date(text[start:end])
    if iso is None:
        return False
    meta.date = meta.date or iso
    meta.outlet = meta.outlet or outlet
    return True


def _outlet_like(text: str) -> bool:
    return (
        bool(_CAPITALISED.match(text))
        and len(text.split()) <= 6
        and not _SENTENCE_END.search(text)
        and not _DIGITS.search(text)
    )


def _outlet_segment(text: str, meta: Meta) -> bool:
    if _outlet_like(text):
        meta.outlet = meta.outlet or text
        return True
    return False


def guess_title(lines: list[Line]) -> str | None:
    """The first short line near the top that does not end a sentence; 3+ words preferred."""
    fallback: str | None = None
    for text in [line.text for line in lines if line.text][:TITLE_LINES]:
        words = text.split()
        if not words or len(words) > 25 or _URL.search(text) or text.endswith((".", ",", ";", ":")):
            continue
        if len(words) >= 3:
            return text
        fallback = fallback or text
    return fallback
