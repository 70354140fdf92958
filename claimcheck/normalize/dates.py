"""Dates, date ranges, decades, relative dates and durations.

``find_dates(text, reference)`` returns ``Value`` records of kind ``date`` and ``duration``.

How a date is read (conventions a reader of the output needs):

* ``value`` is ISO 8601 at the precision written: "1996", "1978-12", "2019-02-27"; ISO
  8601-2 for the rest: a decade "188X", a century "18XX", seasons "2010-22" (21 spring,
  22 summer, 23 autumn, 24 winter), quarters "2020-35" (33-36 = Q1-Q4), halves "2019-40"
  and "2019-41", weeks "2018-W31", an unknown year "XXXX-10-03", intervals "1994/1998".
* ``low``/``high`` are ISO days, ``high`` exclusive. Parts of a period are thirds: early
  1990s = 1990-1993, mid = 1993-1997, late = 1997-2000; early 1979 = Jan-Apr, mid = May-Aug,
  late = Sep-Dec; a month's thirds are days 1-10, 11-20, 21-end. Seasons are northern and
  meteorological (summer 2010 = Jun-Aug 2010; winter 2010 = Dec 2010-Feb 2011).
* A range includes its last named unit: "1994-1998" ends 1999-01-01, "Feb. 27-28" ends
  on 1 March. Open bounds: "before X" ends where X starts, "until X" where X ends, "after X"
  starts where X ends, "since X" where X starts; ``value`` keeps X itself.
* A day or month written without its year takes the year of the occurrence nearest the
  reference date; with no reference the year stays unknown ("XXXX-10-03", no interval).
* Relative dates ("last year", "on Tuesday", "two years ago") need the reference (the
  article's date) and are left out without one. A bare weekday is the latest such day on or
  before the reference (news reports the past); "last/next Tuesday" is that day of the
  previous/next Monday-to-Sunday week, "this past"/"this coming" the nearest one before/after.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from claimcheck.normalize import calendar as cal
from claimcheck.normalize.dates_lexicon import (
    alternation,
    count_value,
    holidays,
    lexicon,
    month_number,
    ordinal_value,
    weekday_number,
)
from claimcheck.normalize.durations import find_durations
from claimcheck.records import Value

_LEX = lexicon()
_I = re.IGNORECASE

# --- regex fragments -------------------------------------------------------------------------
_MONTHS = alternation(list(_LEX["months"]))
_MONTHS_FULL = alternation([k for k, v in _LEX["months"].items() if len(k) > 4 or k in ("may", "june", "july")])
_MONTHS_ABBR = alternation([k for k, v in _LEX["months"].items() if not (len(k) > 4 or k in ("may", "june", "july"))])
_WEEKDAYS = alternation(list(_LEX["weekdays"]))
_WD_ANY = alternation(list(_LEX["weekdays"]) + list(_LEX["weekday_abbreviations"]))
_ORD_WORDS = alternation(list(_LEX["ordinal_words"]))
_SEASONS = alternation(list(_LEX["seasons"]))
_YEAR = r"(?:1\d{3}|20\d\d)(?![\d])(?![.,]\d)"
_DAYNUM = r"(?<![\d.,])(?<![$€£¥] )(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?![.,:]\d)(?!\s*%)"
_COUNT = r"(?:\d+(?:\.\d+)?|" + alternation([k for k in _LEX["cardinal_words"] if k not in ("a", "an")]) + r"|an?)"
_NUMBER_WORDS_PLAIN = alternation([k for k in _LEX["cardinal_words"] if " " not in k and k not in ("a", "an")])
_UNITS_CAL = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"


def _mon(name: str) -> str:
    return rf"(?<![\w$€£¥#])(?P<{name}>{_MONTHS_FULL}(?![a-z])|{_MONTHS_ABBR}(?:\.|(?![a-z])))"


def _day(name: str) -> str:
    return rf"(?P<{name}>{_DAYNUM}|{_ORD_WORDS}(?![a-z]))"


def _year(name: str) -> str:
    return rf"(?P<{name}>{_YEAR})"


_YEAR_SEP = r"(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+)"
_WD_PREFIX = rf"(?:(?P<wd>{_WD_ANY})\.?,?\s+(?:the\s+)?)?"

# Each pattern is tried over the whole text; the handler turns a match into an _Atom.
# Patterns start with (?<![\w]) so that positions inside words fail at once (speed).
_P_MDY = re.compile(
    r"(?<![\w])" + _WD_PREFIX + _mon("m") + r"\s*(?:[-/]\s*)?(?:the\s+)?" + _day("d") + rf"(?:{_YEAR_SEP}" + _year("y") + ")?",
    _I,
)
_P_DMY = re.compile(
    r"(?<![\w])(?:" + rf"(?P<wd>{_WD_ANY})\.?,?\s+" + r")?(?:the\s+)?" + _day("d") + r"(?:\s+day)?\s*(?:of\s+|[-/]\s*)?" + _mon("m")
    + rf"(?:{_YEAR_SEP}" + _year("y") + ")?",
    _I,
)
_P_MY = re.compile(r"(?<![\w])" + _mon("m") + r"(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+)" + _year("y"), _I)
_P_YM = re.compile(r"(?<![\w$.,])" + _year("y") + r"(?:\s+|[-/])" + _mon("m"), _I)
_P_YMD_NAMED = re.compile(r"(?<![\w$.,])" + _year("y") + r"[-/]" + _mon("m") + r"[-/]" + _day("d"), _I)
_P_MONTH = re.compile(r"(?<![\w])" + _mon("m"), _I)
_P_ISO = re.compile(
    r"(?<![\d.,/])(?<!\d-)(?<![a-zA-Z])(?P<y>(?:1\d|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\w]|[-/.,]\d)"
)
_P_COMPACT = re.compile(r"(?<![\d.,/])(?<!\d-)(?<![a-zA-Z])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w]|[.,-]\d)")
_P_NUM_DMY = re.compile(
    r"(?<![\w.,/:])(?<!\d-)(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w]|[-/.,:]\d)"
)
_P_NUM_MD = re.compile(
    r"(?<![\w.,/:$€£-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w%]|[-/.,:]\d|/)"
)
_P_NUM_YM = re.compile(r"(?<![\w.,/:-])(?P<y>(?:1\d|20)\d\d)-(?P<m>1[0-2]|0[1-9]|[1-9])(?![\w]|[-/.,:]\d)")
_P_NUM_MY = re.compile(r"(?<![\w.,/:-])(?P<m>1[0-2]|0?[1-9])[-/](?P<y>(?:1\d|20)\d\d)(?![\w]|[-/.,:]\d)")
_P_NUM_RANGE = re.compile(
    r"(?<![\w.,/:])(?<!\d-)(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?:(?P=s)(?P<y1>\d{4}))?\s*[-–]\s*"
    r"(?P<c>\d{1,2})(?P=s)(?P<d>\d{1,2})(?:(?P=s)(?P<y2>\d{4})|\s*,\s*(?P<y3>\d{4}))?(?![\w]|[-/.,]\d)"
)
_P_MY2 = re.compile(_mon("m") + r"(?:\s+of\s+|\s*['’])(?P<yy>\d\d)(?![\w'’])", _I)
_P_WD_NUM = re.compile(
    rf"\b(?P<wd>{_WEEKDAYS})\s+(?P<a>1[0-2]|0?[1-9])[./-](?P<b>3[01]|[12]\d|0?[1-9])(?![\w]|[-/.,:]\d)", _I
)
_P_YEAR_RANGE = re.compile(
    r"(?:(?<![\w])(?P<pre>from|between)\s+)?(?<![\w$€£¥#.,/-])(?P<y1>(?:1\d|20)\d\d)\s*(?P<sep>[-–—/~]|to|through|thru|till|until)\s*(?P<y2>\d{4}|\d{2})"
    r"(?![\w%]|[.,]\d|[-/–]\d)",
    _I,
)
_P_DECADE = re.compile(
    r"(?<![\w'’])(?:(?P<the>the)\s+)?(?P<y>(?:1\d|20)\d0)\s?'?[’']?s(?![\w])|"
    r"(?:(?P<the2>the)\s+|(?<![\w]))[’'](?P<yy>\d0)'?s(?![\w])|"
    r"(?P<the3>the)\s+(?P<yy2>[2-9]0)'?s(?![\w])|"
    r"(?P<the4>the)\s+(?:nineteen[\s-]+)?(?P<word>" + alternation(list(_LEX["decade_words"])) + r")(?![\w])",
    _I,
)
_P_CENTURY = re.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + alternation(list(_LEX["century_ordinals"]))
    + r"))[\s-]+century(?![\w])",
    _I,
)
_P_QUARTER = re.compile(
    r"(?<![\w])(?:(?P<y1>(?:1\d|20)\d\d)[\s-]*)?(?P<q>[qh])(?P<n>[1-4])(?![\w])(?:[\s-]*(?:of\s+)?(?P<y2>(?:1\d|20)\d\d)(?!\d))?",
    _I,
)
_P_QUARTER_WORDS = re.compile(
    r"(?<![\w])(?:the\s+)?(?P<n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<u>quarter|half)"
    r"(?:\s+(?:of\s+)?(?:(?P<y>" + _YEAR + r")|(?P<rel>this|last|next|the)\s+(?:year|fiscal\s+year)))",
    _I,
)
_P_SEASON = re.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?P<s>" + _SEASONS + r")\s+(?:of\s+)?(?P<y>" + _YEAR + r")(?:\s*[-/–]\s*(?P<y2>\d{2}|\d{4})(?!\d))?",
    _I,
)
_CENTURY_WORDS = {re.sub(r"[\s-]+", " ", k): v for k, v in _LEX["century_ordinals"].items()}
_P_CENTURY_YEARS = re.compile(r"(?<![\w])(?:the\s+)?(?P<y>1[0-9]00)\s?'?s(?![\w])", _I)
_P_BARE_YEAR = re.compile(r"(?:(?<=mid-)|(?<![\w$€£¥#.,/:+=-]))(?P<y>1\d{3}|20\d\d)(?![\w%°]|[.,:/]\d|[-–]\d|\s*%)")
_P_BARE_DAY = re.compile(r"\bon\s+the\s+(?P<d>" + _DAYNUM + r"|" + _ORD_WORDS + r")(?=\s*(?:[.,;:!?)]|$|and\b|of\s+(?:this|the|next|last)\s+month))", _I)

# relative expressions
_SHIFT = _LEX["relative_shift"]
_P_REL_DAY = re.compile(r"(?<![\w])(?:the\s+day\s+(?P<dir>before|after)\s+)?(?P<w>today|yesterday|tomorrow)(?![\w])", _I)
_P_REL_WEEKDAY = re.compile(
    r"(?<![\w])(?:(?P<mod>this\s+past|this\s+coming|this\s+upcoming|last|next|previous|past|coming|following|upcoming|this)\s+)?"
    rf"(?P<wd>{_WEEKDAYS})(?:\s+(?:of\s+)?(?P<wk>this|next|last|previous|the\s+following|the\s+previous)\s+week)?(?![\w])",
    _I,
)
_P_REL_WEEK_WEEKDAY = re.compile(
    rf"(?<![\w])(?P<wk>this|next|last|previous)\s+week,?\s*(?:-\s*|on\s+)?(?P<wd>{_WEEKDAYS})(?![\w])", _I
)
_P_REL_PERIOD = re.compile(
    # "the previous year", "the following week", "the next month" refer back to the story's own time, not the article's
    r"(?<![\w])(?P<mod>this|current|last|past|coming|(?<!the\s)(?:previous|next|following))\s+(?:calendar\s+)?"
    r"(?P<u>week|weekend|month|year|quarter|decade|fortnight|century)(?![\w-])",
    _I,
)
_P_REL_NAMED = re.compile(
    r"(?<![\w])(?P<mod>this|last|next|previous|past|coming)\s+(?P<n>" + _MONTHS + "|" + _SEASONS + r")(?![\w])", _I
)
_P_NAMED_OF_YEAR = re.compile(
    r"(?<![\w])(?P<n>" + _MONTHS + "|" + _SEASONS + r")\.?(?:\s+of)?\s+(?P<mod>this|last|next)\s+year(?![\w])", _I
)
_P_AGO = re.compile(r"(?<![\w])(?P<n>" + _COUNT + r")[\s-]+(?P<u>" + _UNITS_CAL + r")\s+ago(?![\w])", _I)
_P_FROM_BASE = re.compile(
    r"(?<![\w])(?P<n>" + _COUNT + r")\s+(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>from|after|before)\s+"
    r"(?P<base>today|tomorrow|yesterday|now)(?![\w])",
    _I,
)
_P_IN_TIME = re.compile(r"(?<![\w])in\s+(?P<n>" + _COUNT + r")\s+(?P<u>days?|weeks?|months?|years?)(?:['’]s?\s+time|\s+from\s+now)", _I)
_P_EARLY_LATE_REL = re.compile(r"(?<![\w])(?P<w>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year)(?![\w])", _I)
_P_LAST_N = re.compile(
    r"(?<![\w])(?:(?:for|over|during|in|within)\s+)?(?:the\s+)?(?:(?P<mod>last|past|previous)\s+(?P<n>" + _COUNT + r")|"
    r"(?P<n2>\d+|" + _NUMBER_WORDS_PLAIN + r")\s+(?:past|previous))\s+"
    r"(?P<u>days|weeks|months|quarters|years|decades|centuries)(?![\w])(?!\s+of\b)",
    _I,
)
_P_WD_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{_WD_ANY})\.?,?\s+(?:the\s+)?(?P<d>" + _DAYNUM + "|" + _ORD_WORDS + r")(?![\w])(?!\s*(?:[-/.]\d|" + _MONTHS + r"))",
    _I,
)
_P_WEEK_OF = re.compile(
    r"(?<![\w])(?:(?:the\s+)?week\s+(?:of|beginning|commencing|starting)(?:\s+on)?|w/c)\s+(?:the\s+)?$", _I
)
_P_NTH_WEEK = re.compile(
    r"(?<![\w])(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+of\s+$", _I
)
_P_TO_DATE = re.compile(r"(?<![\w-])(?<!up\s)(?P<c>to|till|until)\s+(?P<w>date|now|the\s+present)(?![\w-])", _I)
_P_NOW = re.compile(r"(?<=\s)(?P<w>now|today|current\s+date|date|the\s+present)(?![\w])", _I)
_ANY_DAY = dt.date(2000, 1, 3)
_REFERENCE_RANGE = (dt.date(1000, 1, 1), dt.date(2999, 12, 31))  # stands in for a missing reference when only spans matter
_SINCE_BEFORE = re.compile(r"\b(?:since|ago|last)\s+$", _I)
_HOLIDAYS = {re.sub(r"[\s-]+", " ", k.replace("’", "'")): v for k, v in holidays().items()}
_P_HOLIDAY = re.compile(
    r"(?<![\w])(?:(?P<mod>last|previous|next|following|this|coming)\s+)?(?P<h>"
    + alternation(list(_HOLIDAYS)).replace("'", "['’]?")
    + r")(?![\w])(?:\s+(?:of\s+)?(?P<y>" + _YEAR + r"))?",
    _I,
)
_OFFSET_PREFIX = re.compile(
    r"(?<![\w])(?P<n>" + _COUNT + r")\s+(?P<u>days?|weeks?|fortnights?|months?|years?)\s+(?P<dir>after|before|from)\s+$", _I
)
_P_YTD = re.compile(r"(?<![\w])(?:the\s+)?year[\s-]+to[\s-]+date(?![\w])", _I)

# combiners
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|and|or)\s*", _I)
_RANGE_PREFIX = re.compile(r"(?:(?P<w>from|between)\s+)$", _I)
_PART_PREFIX = re.compile(
    r"(?<![\w])(?P<p>(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|latter\s+half)\s+of(?:\s+the)?\s+|"
    r"(?:the\s+)?(?:early|mid|late)(?:\s*-\s*|\s+)(?:the\s+)?|mid-)$",
    _I,
)
_BOUND_PREFIX = re.compile(r"(?<![\w])(?P<b>" + alternation(list(_LEX["bounds"])) + r")\s+(?:the\s+)?(?:year\s+)?$", _I)
_BOUND_SUFFIX = re.compile(r"\s*,?\s*(?P<b>" + alternation(list(_LEX["bound_suffixes"])) + r")(?![\w])(?!\s+[a-z])", _I)
_TRIGGER_BEFORE = re.compile(
    r"(?<![\w])(?P<t>" + alternation(_LEX["year_triggers"]) + r")\s*(?:the\s+)?(?:year\s+)?(?:of\s+)?$", _I
)
_WORD_AFTER = re.compile(r"\s*(?P<w>[A-Za-z][\w'’-]*)")
_MONTH_TRIGGER = re.compile(
    r"(?<![\w])(?:in|since|until|till|by|of|from|before|after|during|through|throughout|between|early|late|mid|"
    r"(?:end|beginning|start|middle)\s+of)\s+(?:the\s+)?(?:mid-)?$|mid-$",
    _I,
)
_RANGE_CONNECTOR_BEFORE = re.compile(r"(?:\b(?:to|through|thru|till|until|and)|[-–—])\s*$", _I)


@dataclass
class _Atom:
    """A recognised stretch of text before it becomes a Value."""

    start: int
    end: int
    y: int | None = None  # calendar fields of a day or month
    m: int | None = None
    d: int | None = None
    low: dt.date | None = None  # interval for periods that are not plain days/months/years
    high: dt.date | None = None
    value: str = ""
    precision: str = ""
    relative: bool = False
    weak: bool = False  # a bare month name: kept only when the context reads as a date
    priority: int = 0
    bound: str | None = None
    open_low: bool = False
    open_high: bool = False
    part: tuple[float, float] | None = None  # "early", "the end of": a fraction of the period
    part_key: str = ""
    blocker: bool = False  # a relative phrase read without a reference: claims its text, emits nothing

    @property
    def calendar(self) -> bool:
        return self.low is None and (self.m is not None or self.y is not None or self.d is not None)


# --- atom builders ---------------------------------------------------------------------------


def _two_digit_year(yy: int) -> int:
    # Dates written with two-digit years are mostly recent; 31-99 read as the 1900s.
    return 2000 + yy if yy <= 30 else 1900 + yy


def _cal_atom(m: re.Match[str], y: int | None, mo: int | None, d: int | None, priority: int = 0) -> _Atom | None:
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        if not 1 <= d <= 31:
            return None
        if y is not None and not cal.valid_day(y, mo or 1, d):
            return None
        if y is None and mo is not None and not cal.valid_day(2000, mo, d):
            return None
    prec = "day" if d is not None else "month" if mo is not None else "year"
    return _Atom(m.start(), m.end(), y=y, m=mo, d=d, precision=prec, priority=priority)


def _named_date(m: re.Match[str], priority: int) -> _Atom | None:
    mo = month_number(m.group("m"))
    d = ordinal_value(m.group("d")) if "d" in m.groupdict() and m.group("d") else None
    y = int(m.group("y")) if m.groupdict().get("y") else None
    atom = _cal_atom(m, y, mo, d, priority)
    if atom is None:
        return None
    wd = m.groupdict().get("wd")
    if wd and y is not None and d is not None and dt.date(y, mo, d).weekday() != weekday_number(wd):
        # A weekday that contradicts the date: keep the date, drop the weekday from the span.
        atom.start = m.start("m") if m.start("m") < m.start("d") else m.start("d")
    return atom


def _month_word_ok(text: str, start: int, word: str, has_more: bool) -> bool:
    """Whether a month name that may be a common word ("may", "march") reads as a month."""
    if word.lower().rstrip(".") not in ("may", "march"):
        return True
    trigger = bool(_MONTH_TRIGGER.search(text[max(0, start - 30) : start]))
    if has_more:
        return word[0].isupper() or trigger
    return trigger


def _bare_month_strength(text: str, start: int, word: str) -> str | None:
    """"strong" when a lone month name reads as a date, "weak" when only as a range end, else None."""
    before = text[max(0, start - 30) : start]
    if _MONTH_TRIGGER.search(before):
        return "strong"
    key = word.lower().rstrip(".")
    if _RANGE_CONNECTOR_BEFORE.search(before) or _RANGE_GAP.match(text, start + len(word)):
        return "weak"
    if key in ("may", "march"):
        return None
    if word[0].isupper() and len(key) > 4 and not word.isupper():
        return "strong"
    return "weak"


def _atoms_calendar(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for pattern, prio in ((_P_MDY, 3), (_P_DMY, 3), (_P_YMD_NAMED, 3)):
        for m in pattern.finditer(text):
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            if pattern is _P_DMY and not m.group("y") and m.group("d").isdigit() and m.group("m").lower() in ("may", "march"):
                if not m.group("m")[0].isupper():
                    continue
            atom = _named_date(m, prio)
            if atom:
                atoms.append(atom)
    for pattern in (_P_MY, _P_YM):
        for m in pattern.finditer(text):
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            atom = _cal_atom(m, int(m.group("y")), month_number(m.group("m")), None, 2)
            if atom:
                atoms.append(atom)
    for m in _P_MONTH.finditer(text):
        word = m.group("m")
        strength = _bare_month_strength(text, m.start(), word)
        atom = _cal_atom(m, None, month_number(word), None, 0) if strength else None
        if atom:
            atom.weak = strength == "weak"
            atoms.append(atom)
    for pattern in (_P_ISO, _P_COMPACT):
        for m in pattern.finditer(text):
            atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), int(m.group("d")), 4)
            if atom:
                atoms.append(atom)
    for m in _P_NUM_DMY.finditer(text):
        a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
        y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys))
        if m.group("s") == "." or a > 12:  # dotted dates are day-first; so is any with a day > 12 first
            a, b = b, a
        atom = _cal_atom(m, y, a, b, 4)
        if atom:
            atoms.append(atom)
    for m in _P_NUM_MD.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if not re.search(r"(?:\b(?:on|from|to|between|and|by|since|until|till|before|after|this|next|last)|" + _WEEKDAYS + r")\s+$", before, _I):
            if not (re.search(r"(?:^|[\n?!:]\s*)$", before) and re.match(r"\s*(?:[,?!]|$|-)", text[m.end() :])):
                continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12:
            a, b = b, a
        atom = _cal_atom(m, None, a, b, 3)
        if atom:
            atoms.append(atom)
    for m in _P_MY2.finditer(text):
        atom = _cal_atom(m, _two_digit_year(int(m.group("yy"))), month_number(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    for m in _P_WD_NUM.finditer(text):
        atom = _cal_atom(m, None, int(m.group("a")), int(m.group("b")), 4)
        if atom:
            atoms.append(atom)
    for m in _P_NUM_YM.finditer(text):
        atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    for m in _P_NUM_MY.finditer(text):
        atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    return atoms


def _numeric_range(m: re.Match[str], reference: dt.date | None) -> _Atom | None:
    """"10/1-11/7", "5/1-5/7/2020", "10-1-2018-10-7-2018" (month first unless a day > 12 leads)."""
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = int(m.group("y2") or m.group("y3")) if (m.group("y2") or m.group("y3")) else None
    if m.group("s") == "-" and not (y1 and y2):
        return None  # "4-23" is too often a score or a count
    a, b, c, d = (int(m.group(k)) for k in "abcd")
    if a > 12 or c > 12:
        a, b, c, d = b, a, d, c
    first = _Atom(m.start(), m.end(), y=y1 or y2, m=a, d=b, precision="day")
    last = _Atom(m.start(), m.end(), y=y2 or y1, m=c, d=d, precision="day")
    if first.y is None:
        first = _resolve_year(first, reference)
        if first.y is None:
            return _Atom(m.start(), m.end(), value=f"XXXX-{a:02d}-{b:02d}/XXXX-{c:02d}-{d:02d}", precision="range", priority=6)
        last.y = first.y + 1 if (c, d) < (a, b) else first.y
    if not (cal.valid_day(first.y, a, b) and cal.valid_day(last.y, c, d)):
        return None
    low, end = dt.date(first.y, a, b), dt.date(last.y, c, d)
    if end < low:
        return None
    return _Atom(m.start(), m.end(), low=low, high=end + dt.timedelta(days=1), value=f"{low.isoformat()}/{end.isoformat()}",
                 precision="range", priority=6)


def _span_atom(m: re.Match[str] | tuple[int, int], low: dt.date, high: dt.date, value: str, precision: str, priority: int = 3, relative: bool = False) -> _Atom:
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    return _Atom(start, end, low=low, high=high, value=value, precision=precision, priority=priority, relative=relative)


def _atoms_periods(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _P_YEAR_RANGE.finditer(text):
        y1, raw2, sep = int(m.group("y1")), m.group("y2"), m.group("sep").lower()
        if len(raw2) == 2:
            y2 = y1 // 100 * 100 + int(raw2)
            if y2 <= y1:
                continue  # "2015-12" is a month, not a range (see _P_NUM_YM)
        else:
            y2 = int(raw2)
            if not (1000 <= y2 <= 2099 and y1 < y2 <= y1 + 200):
                continue
        if sep.isalpha() and not m.group("pre") and not _year_context(text, m.start("y1"), m.start("y2") + len(raw2)):
            continue
        atoms.append(_span_atom(m, *cal.year_span(y1, y2 - y1 + 1), f"{y1}/{y2}", "range", 4))
    for m in _P_DECADE.finditer(text):
        if m.group("y"):
            first = int(m.group("y"))
            if first % 100 == 0 and first < 2000:
                continue  # "the 1800s" is a century (below)
        elif m.group("yy"):
            first = 1900 + int(m.group("yy"))
        elif m.group("yy2"):
            first = 1900 + int(m.group("yy2"))
        else:
            first = 1900 + _LEX["decade_words"][m.group("word").lower()]
        atoms.append(_span_atom(m, *cal.decade_span(first), f"{first // 10}X", "decade", 4))
    for m in _P_CENTURY_YEARS.finditer(text):
        first = int(m.group("y"))
        atoms.append(_span_atom(m, *cal.year_span(first, 100), f"{first // 100}XX", "century", 4))
    for m in _P_CENTURY.finditer(text):
        n = int(m.group("n")) if m.group("n") else _CENTURY_WORDS.get(re.sub(r"[\s-]+", " ", m.group("w").lower()))
        if not n or not 1 <= n <= 21:
            continue
        atoms.append(_span_atom(m, *cal.century_span(n), f"{n - 1:02d}XX", "century", 4))
    for m in _P_QUARTER.finditer(text):
        y = m.group("y1") or m.group("y2")
        if not y:
            continue
        y, n, kind = int(y), int(m.group("n")), m.group("q").lower()
        if kind == "h":
            if n > 2:
                continue
            atoms.append(_span_atom(m, *cal.half_span(y, n), f"{y}-{39 + n}", "half", 4))
        else:
            atoms.append(_span_atom(m, *cal.quarter_span(y, n), f"{y}-{32 + n}", "quarter", 4))
    for m in _P_SEASON.finditer(text):
        name = m.group("s").lower()
        y = int(m.group("y"))
        first, months = _LEX["seasons"][name]
        if name == "fall" and not (m.group("the") or m.group("y")):
            continue
        code = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}[name]
        if m.group("y2"):  # "winter 2010-11": the winter starting in the first year
            y2 = int(m.group("y2")) if len(m.group("y2")) == 4 else y // 100 * 100 + int(m.group("y2"))
            if y2 != y + 1 or name != "winter":
                continue
        atoms.append(_span_atom(m, *cal.season_span(y, first, months), f"{y}-{code}", "season", 4))
    return atoms


def _holiday_day(name: str, year: int) -> dt.date | None:
    rule = _HOLIDAYS.get(re.sub(r"[\s-]+", " ", name.lower().replace("’", "'")))
    if rule is None:
        key = re.sub(r"[\s-]+", " ", name.lower().replace("’", "").replace("'", ""))
        rule = next((v for k, v in _HOLIDAYS.items() if k.replace("'", "") == key), None)
    if rule is None or not cal.MIN_YEAR < year < cal.MAX_YEAR:
        return None
    if isinstance(rule, dict):
        return cal.easter(year) + dt.timedelta(days=rule["easter"])
    return dt.date(year, rule[0], rule[1])


def _atoms_holidays(text: str, reference: dt.date | None) -> list[_Atom]:
    """Christmas, Easter and other holidays with one date everywhere ("Easter 2018", "last Christmas")."""
    atoms: list[_Atom] = []
    for m in _P_HOLIDAY.finditer(text):
        name, mod = m.group("h"), (m.group("mod") or "").lower()
        day: dt.date | None = None
        relative = False
        if m.group("y"):
            day = _holiday_day(name, int(m.group("y")))
            start = m.start("h") if not mod else m.start()
        elif reference is not None:
            relative = True
            start = m.start()
            years = [reference.year + k for k in (-1, 0, 1)]
            days = [d for d in (_holiday_day(name, y) for y in years) if d is not None]
            if mod in ("last", "previous"):
                days = [d for d in days if d < reference][-1:]
            elif mod in ("next", "following", "coming"):
                days = [d for d in days if d > reference][:1]
            elif mod == "this":
                days = [d for d in days if d.year == reference.year]
            else:
                days = sorted(days, key=lambda d: abs((d - reference).days))[:1]
            day = days[0] if days else None
        elif not mod:
            fixed = _holiday_day(name, 2000)
            rule = _HOLIDAYS.get(re.sub(r"[\s-]+", " ", name.lower().replace("’", "'")))
            if fixed and isinstance(rule, list):  # a fixed day with its year unknown
                atoms.append(_Atom(m.start(), m.end(), m=fixed.month, d=fixed.day, precision="day", priority=3))
            continue
        if day is None:
            continue
        atoms.append(_span_atom((start, m.end()), *cal.day_span(day), day.isoformat(), "day", 3, relative))
    return atoms


def _atoms_quarter_words(text: str, reference: dt.date | None) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _P_QUARTER_WORDS.finditer(text):
        word = m.group("n").lower()
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(word)
        unit = m.group("u").lower()
        if word in ("final", "last"):
            n = 4 if unit == "quarter" else 2
        if n is None or (unit == "half" and n > 2):
            continue
        relative = False
        if m.group("y"):
            y = int(m.group("y"))
        else:
            if reference is None:
                continue
            rel = m.group("rel").lower()
            y = reference.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
            relative = True
        if unit == "quarter":
            atoms.append(_span_atom(m, *cal.quarter_span(y, n), f"{y}-{32 + n}", "quarter", 4, relative))
        else:
            atoms.append(_span_atom(m, *cal.half_span(y, n), f"{y}-{39 + n}", "half", 4, relative))
    return atoms


def _year_context(text: str, start: int, end: int, strong_only: bool = False) -> bool:
    """Whether a 4-digit number at ``text[start:end]`` reads as a year rather than a count."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    nxt = _WORD_AFTER.match(after)
    next_word = nxt.group("w") if nxt else ""
    next_lower = next_word.lower()
    count_nouns = set(_LEX["count_nouns"])
    if next_word and after[: nxt.start("w")].strip() == "" and next_lower in count_nouns:
        return False
    pair = re.match(r"\s*(?:to|-|–|and|or)\s*(\d+(?:[,.]\d+)*)", after)
    if pair and not re.fullmatch(r"1\d{3}|20\d\d|\d\d", pair.group(1)):
        return False  # "of 2000 to 3,000 people"
    trig = _TRIGGER_BEFORE.search(before)
    if trig:
        word = trig.group("t").lower()
        if word not in _LEX["weak_year_triggers"]:
            return True
        if strong_only:
            return False
        # weak triggers ("of", "to", "by") also precede counts: "of 2000 people"
        follows = after[: nxt.start("w")] if nxt else after
        return not next_word or follows.strip() != "" or not next_word[0].islower() or next_lower in _FUNCTION_WORDS
    if strong_only:
        return False
    if re.search(r"[(\[]\s*$", before) and re.match(r"\s*[)\]]", after):
        return True
    if next_lower in _LEX["year_verbs"] and (not before.strip() or re.search(r"(?:^|[.!?;:\n]\s*|\b(?:in|and)\s+)$", before)):
        return True
    if re.search(r"(?<![\w])(?:the|a|an|its|his|her|their|our|this|that|[A-Z][\w'’]*['’]s)\s+$", before) and next_word and nxt.start("w") == 1:
        # "the 1996 purchase" but not "the 2000 soldiers"
        plural = next_lower.endswith("s") and not next_lower.endswith(("ss", "us", "is"))
        return next_word[0].islower() and not plural and next_lower not in _FUNCTION_WORDS
    if re.search(r"[,(]\s*$", before) and re.search(r"\b(?:" + _MONTHS + r")\.?\s+\d{1,2}\s*,?\s*$", before, _I):
        return True
    return False


_FUNCTION_WORDS = {
    "and", "or", "but", "when", "while", "as", "after", "before", "until", "to", "the", "a", "an", "in", "on", "at",
    "with", "was", "were", "is", "are", "had", "has", "that", "which", "where", "who", "during", "because", "following",
    "amid", "against", "for", "from", "of", "by", "through", "since", "if", "though", "although", "then", "it", "he",
    "she", "they", "we", "i", "this", "there", "its", "his", "her", "their", "onwards", "onward", "under", "into",
}


def _atoms_bare_years(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _P_BARE_YEAR.finditer(text):
        if _year_context(text, m.start(), m.end()):
            y = int(m.group("y"))
            atoms.append(_Atom(m.start(), m.end(), y=y, precision="year", priority=1))
    # coordinated years: "in 2007 and 2009", "in 1958, 1968 and 1975"
    atoms.sort(key=lambda a: a.start)
    known = {a.start for a in atoms}
    extra: list[_Atom] = []
    for m in _P_BARE_YEAR.finditer(text):
        if m.start() in known:
            continue
        prev = [a for a in atoms + extra if a.end <= m.start()]
        if prev and re.fullmatch(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*", text[prev[-1].end : m.start()]):
            nxt = _WORD_AFTER.match(text[m.end() : m.end() + 30])
            if nxt and nxt.start("w") == 1 and nxt.group("w").lower() in _LEX["count_nouns"]:
                continue
            extra.append(_Atom(m.start(), m.end(), y=int(m.group("y")), precision="year", priority=1))
    return atoms + extra


def _atoms_bare_day(text: str) -> list[_Atom]:
    atoms = []
    for m in _P_BARE_DAY.finditer(text):
        d = ordinal_value(m.group("d"))
        if d and 1 <= d <= 31:
            atoms.append(_Atom(m.start("d") - 4, m.end("d"), d=d, precision="day", priority=1))
    return atoms


# --- relative expressions --------------------------------------------------------------------


def _week_of(day: dt.date, shift: int) -> cal.Span:
    low, _ = cal.week_span(day)
    low += dt.timedelta(weeks=shift)
    return low, low + dt.timedelta(days=7)


def _period(reference: dt.date, unit: str, shift: int) -> tuple[cal.Span, str, str] | None:
    """The reference's own period of ``unit`` moved by ``shift`` periods, with value and precision."""
    if unit in ("week", "fortnight"):
        low, high = _week_of(reference, shift)
        if unit == "fortnight":
            high = low + dt.timedelta(days=14)
        iso_year, iso_week, _ = low.isocalendar()
        return (low, high), f"{iso_year}-W{iso_week:02d}", "week"
    if unit == "weekend":
        low, _ = _week_of(reference, shift)
        low += dt.timedelta(days=5)
        return (low, low + dt.timedelta(days=2)), low.isoformat() + "/" + (low + dt.timedelta(days=1)).isoformat(), "range"
    if unit == "month":
        low = cal.add_months(dt.date(reference.year, reference.month, 1), shift)
        return (low, cal.add_months(low, 1)), f"{low.year}-{low.month:02d}", "month"
    if unit == "quarter":
        q = (reference.month - 1) // 3 + shift
        year, q = reference.year + q // 4, q % 4 + 1
        return cal.quarter_span(year, q), f"{year}-{32 + q}", "quarter"
    if unit == "year":
        year = reference.year + shift
        return cal.year_span(year), str(year), "year"
    if unit == "decade":
        first = reference.year // 10 * 10 + 10 * shift
        return cal.decade_span(first), f"{first // 10}X", "decade"
    if unit == "century":
        first = reference.year // 100 * 100 + 100 * shift
        return cal.year_span(first, 100), f"{first // 100}XX", "century"
    return None


def _offset(day: dt.date, unit: str, n: float, sign: int) -> dt.date | None:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    whole = int(n)
    if whole != n:
        return None
    try:
        if unit == "day":
            return day + dt.timedelta(days=sign * whole)
        if unit in ("week", "fortnight"):
            return day + dt.timedelta(weeks=sign * whole * (2 if unit == "fortnight" else 1))
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
        return cal.add_months(day, sign * whole * months) if months else None
    except (ValueError, OverflowError):  # "1990 decades ago" leaves the calendar
        return None


def _atoms_relative(text: str, reference: dt.date) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _P_REL_DAY.finditer(text):
        shift = _LEX["relative_days"][m.group("w").lower()]
        if m.group("dir"):
            shift += -1 if m.group("dir").lower() == "before" else 1
        day = reference + dt.timedelta(days=shift)
        atoms.append(_span_atom(m, *cal.day_span(day), day.isoformat(), "day", 3, True))
    for pattern in (_P_REL_WEEKDAY, _P_REL_WEEK_WEEKDAY):
        for m in pattern.finditer(text):
            wd = weekday_number(m.group("wd"))
            mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
            wk = re.sub(r"\s+", " ", (m.group("wk") or "").lower())
            if not mod and not wk and not m.group("wd")[0].isupper() and not re.search(r"\bon\s+$", text[max(0, m.start() - 4) : m.start()], _I):
                continue
            if wk:
                shift = {"this": 0, "next": 1, "the following": 1, "last": -1, "previous": -1, "the previous": -1}[wk]
                low, _ = _week_of(reference, shift)
                day = low + dt.timedelta(days=wd)
            elif mod in ("last", "previous"):
                day = _week_of(reference, -1)[0] + dt.timedelta(days=wd)
            elif mod in ("next", "following"):
                day = _week_of(reference, 1)[0] + dt.timedelta(days=wd)
            elif mod == "this":
                day = _week_of(reference, 0)[0] + dt.timedelta(days=wd)
            elif mod in ("this coming", "this upcoming", "coming", "upcoming"):
                day = reference + dt.timedelta(days=(wd - reference.weekday() - 1) % 7 + 1)
            elif mod in ("this past", "past"):
                day = reference - dt.timedelta(days=(reference.weekday() - wd - 1) % 7 + 1)
            else:
                day = reference - dt.timedelta(days=(reference.weekday() - wd) % 7)
            atoms.append(_span_atom(m, *cal.day_span(day), day.isoformat(), "day", 2, True))
    for m in _P_REL_PERIOD.finditer(text):
        shift = _SHIFT[m.group("mod").lower()]
        unit = m.group("u").lower()
        if unit == "decade" and shift < 0:
            # "the past decade" is the ten years up to the reference, not the previous 2010s
            low = cal.add_years(reference, -10)
            atoms.append(_span_atom(m, low, reference, f"{low.isoformat()}/{(reference - dt.timedelta(days=1)).isoformat()}", "range", 3, True))
            continue
        found = _period(reference, unit, shift)
        if found:
            (low, high), value, prec = found
            atoms.append(_span_atom(m, low, high, value, prec, 3, True))
    for m in _P_REL_NAMED.finditer(text):
        if m.group("n").lower() in ("may", "march") and not m.group("n")[0].isupper():
            continue  # "this may be", "the last march"
        atom = _named_relative(m, reference, m.group("mod").lower())
        if atom:
            atoms.append(atom)
    for m in _P_NAMED_OF_YEAR.finditer(text):
        year = reference.year + {"this": 0, "last": -1, "next": 1}[m.group("mod").lower()]
        atom = _named_in_year(m, m.group("n"), year)
        if atom:
            atoms.append(atom)
    for m in _P_AGO.finditer(text):
        n = count_value(m.group("n"))
        unit = m.group("u").lower()
        if n is None:
            continue
        day = _offset(reference, unit, n, -1)
        if day is None:
            continue
        atom = _unit_atom(m, day, unit)
        atoms.append(atom)
    for m in _P_FROM_BASE.finditer(text):
        n = count_value(m.group("n"))
        base = reference + dt.timedelta(days=_LEX["relative_days"].get(m.group("base").lower(), 0))
        day = _offset(base, m.group("u"), n, -1 if m.group("dir").lower() == "before" else 1) if n else None
        if day:
            atoms.append(_span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True))
    for m in _P_IN_TIME.finditer(text):
        n = count_value(m.group("n"))
        day = _offset(reference, m.group("u"), n, 1) if n else None
        if day:
            atoms.append(_span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True))
    for m in _P_EARLY_LATE_REL.finditer(text):
        found = _period(reference, m.group("u").lower(), 0)
        if not found:
            continue
        (low, high), value, _ = found
        if m.group("w").lower() == "earlier":
            span = (low, reference)
        else:
            span = (reference + dt.timedelta(days=1), high)
        if span[0] < span[1]:
            atoms.append(_span_atom(m, *span, f"{span[0].isoformat()}/{(span[1] - dt.timedelta(days=1)).isoformat()}", "range", 4, True))
    for m in _P_LAST_N.finditer(text):
        n = count_value(m.group("n") or m.group("n2"))
        unit = m.group("u").lower()
        if not n or n != int(n):
            continue
        if unit == "quarters":
            high = dt.date(reference.year, (reference.month - 1) // 3 * 3 + 1, 1)
            low = cal.add_months(high, -3 * int(n))
        else:
            high = reference
            low = _offset(reference, unit, n, -1)
        if low is None or low >= high:
            continue
        value = f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}"
        atoms.append(_span_atom(m, low, high, value, "range", 4, True))
    for m in _P_WD_DAY.finditer(text):
        wd, d = weekday_number(m.group("wd")), ordinal_value(m.group("d"))
        if wd is None or not d or d > 31:
            continue
        best = None
        for shift in sorted(range(-12, 13), key=abs):
            first = cal.add_months(dt.date(reference.year, reference.month, 1), shift)
            if cal.valid_day(first.year, first.month, d) and dt.date(first.year, first.month, d).weekday() == wd:
                cand = dt.date(first.year, first.month, d)
                if best is None or abs((cand - reference).days) < abs((best - reference).days):
                    best = cand
        if best:
            atoms.append(_span_atom(m, *cal.day_span(best), best.isoformat(), "day", 3, True))
    for m in _P_NOW.finditer(text):
        if re.search(r"(?:\b(?:to|till|until|and|through)|[-–])\s*$", text[max(0, m.start() - 10) : m.start()], _I):
            atom = _span_atom(m, *cal.day_span(reference), reference.isoformat(), "day", 0, True)
            atom.weak = m.group("w").lower() != "today"
            atoms.append(atom)
    for m in _P_YTD.finditer(text):
        low = dt.date(reference.year, 1, 1)
        if low < reference:
            atoms.append(_span_atom(m, low, reference, f"{low.isoformat()}/{reference.isoformat()}", "range", 4, True))
    return atoms


def _unit_atom(m: re.Match[str], day: dt.date, unit: str) -> _Atom:
    """A relative date at the precision of the unit counted ("two years ago" is a year)."""
    unit = unit.rstrip("s")
    if unit in ("year", "decade", "centurie", "century"):
        return _span_atom(m, *cal.year_span(day.year), str(day.year), "year", 4, True)
    if unit in ("month", "quarter"):
        return _span_atom(m, *cal.month_span(day.year, day.month), f"{day.year}-{day.month:02d}", "month", 4, True)
    return _span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True)


def _named_in_year(m: re.Match[str], name: str, year: int) -> _Atom | None:
    key = name.lower().rstrip(".")
    mo = month_number(key)
    if mo:
        low, high = cal.month_span(year, mo)
        return _span_atom(m, low, high, f"{year}-{mo:02d}", "month", 4, True)
    if key in _LEX["seasons"]:
        first, months = _LEX["seasons"][key]
        code = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}[key]
        return _span_atom(m, *cal.season_span(year, first, months), f"{year}-{code}", "season", 4, True)
    return None


def _named_relative(m: re.Match[str], reference: dt.date, mod: str) -> _Atom | None:
    key = m.group("n").lower().rstrip(".")
    mo = month_number(key)
    first = mo if mo else _LEX["seasons"].get(key, [None])[0]
    if first is None:
        return None
    if mod == "this":
        year = reference.year
    elif mod in ("last", "previous", "past"):
        # the latest such month/season that has begun before the reference's month
        year = reference.year if (first, 1) < (reference.month, 1) and first < reference.month else reference.year - 1
    else:
        year = reference.year if first > reference.month else reference.year + 1
    return _named_in_year(m, key, year)


# --- combining atoms -------------------------------------------------------------------------


def _select(atoms: list[_Atom]) -> list[_Atom]:
    """Non-overlapping atoms: longest first, then the more specific pattern."""
    atoms = sorted(atoms, key=lambda a: (-(a.end - a.start), -a.priority, a.start))
    taken: list[_Atom] = []
    for atom in atoms:
        if all(atom.end <= t.start or atom.start >= t.end for t in taken):
            taken.append(atom)
    taken.sort(key=lambda a: a.start)
    return taken


def _resolve_year(atom: _Atom, reference: dt.date | None, past: bool = False) -> _Atom:
    """Fill a missing year (and month) from the occurrence nearest the reference.

    ``past`` keeps only occurrences that begin on or before the reference ("since May").
    """
    if not atom.calendar or atom.y is not None:
        return atom
    if reference is None:
        return atom
    best: tuple[int, int, int] | None = None
    best_gap: int | None = None
    if atom.m is None:  # "on the 25th": nearest such day of the previous, this or next month
        for shift in (-1, 0, 1):
            first = cal.add_months(dt.date(reference.year, reference.month, 1), shift)
            if cal.valid_day(first.year, first.month, atom.d or 1):
                gap = abs((dt.date(first.year, first.month, atom.d or 1) - reference).days)
                if past and dt.date(first.year, first.month, atom.d or 1) > reference:
                    continue
                if best_gap is None or gap < best_gap:
                    best, best_gap = (first.year, first.month, atom.d or 1), gap
    else:
        for year in range(reference.year - 4, reference.year + 5):
            if not cal.valid_day(year, atom.m, atom.d or 1):
                continue
            low = dt.date(year, atom.m, atom.d or 1)
            high = low + dt.timedelta(days=1) if atom.d else cal.add_months(low, 1)
            gap = 0 if low <= reference < high else min(abs((low - reference).days), abs((high - reference).days))
            if past and low > reference:
                continue
            if best_gap is None or gap < best_gap:
                best, best_gap = (year, atom.m, atom.d or 1), gap
    if best is None:
        return atom
    return replace(atom, y=best[0], m=best[1], relative=True)


def _interval(atom: _Atom) -> tuple[dt.date | None, dt.date | None, str]:
    """The interval and ISO value of an atom (interval None when the year is unknown)."""
    low, high, value = _base_interval(atom)
    if atom.part and low is not None and high is not None:
        low, high = cal.part_of((low, high), *atom.part)
    return low, high, value


def _base_interval(atom: _Atom) -> tuple[dt.date | None, dt.date | None, str]:
    if not atom.calendar:
        return atom.low, atom.high, atom.value
    if atom.y is None:
        if atom.m is None:
            return None, None, f"XXXX-XX-{atom.d:02d}"
        return None, None, f"XXXX-{atom.m:02d}" + (f"-{atom.d:02d}" if atom.d else "")
    if atom.m is None:
        low, high = cal.year_span(atom.y)
        return low, high, f"{atom.y:04d}"
    if atom.d is None:
        low, high = cal.month_span(atom.y, atom.m)
        return low, high, f"{atom.y:04d}-{atom.m:02d}"
    low, high = cal.day_span(dt.date(atom.y, atom.m, atom.d))
    return low, high, low.isoformat()


def _as_span(atom: _Atom) -> _Atom:
    """An atom with its interval and value computed."""
    low, high, value = _interval(atom)
    return replace(atom, low=low, high=high, value=value, y=None, m=None, d=None) if low else replace(atom, value=value)


def _combine_ranges(text: str, atoms: list[_Atom], reference: dt.date | None) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            g = _RANGE_GAP.fullmatch(gap)
            prefix = _RANGE_PREFIX.search(text[max(0, a.start - 10) : a.start])
            word = g.group().strip().lower() if g else ""
            ok = bool(g) and (word not in ("and", "or") or (prefix and prefix.group("w").lower() == "between" and word == "and"))
            if ok and word in ("-", "–", "—", "~") and (a.weak or b.weak) and not (a.calendar and b.calendar):
                ok = False
            if ok:
                merged = _merge_range(a, b, reference)
                if merged is not None:
                    if prefix:
                        merged.start = a.start - len(prefix.group())
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _merge_range(a: _Atom, b: _Atom, reference: dt.date | None) -> _Atom | None:
    """One interval from two dates joined by "to", "-", "through", "and" (after "between")."""
    if a.precision in ("range",) or b.precision in ("range",):
        return None
    if a.calendar and a.y is None and a.m is not None and not b.calendar and b.low is not None:
        # "from March to date": the start takes its year from the end
        a = replace(a, y=b.low.year - 1 if (a.m, a.d or 1) > (b.low.month, b.low.day) else b.low.year)
    if a.calendar and b.calendar:
        a, b = replace(a), replace(b)
        if a.y is None and b.y is not None and a.m is not None and b.m is not None:
            a.y = b.y - 1 if (a.m, a.d or 0) > (b.m, b.d or 0) else b.y
        elif b.y is None and a.y is not None and b.m is not None and a.m is not None:
            b.y = a.y + 1 if (b.m, b.d or 32) < (a.m, a.d or 0) else a.y
        elif a.y is None and b.y is None:
            if a.m is None or b.m is None:
                return None
            a = _resolve_year(a, reference)
            if a.y is not None:
                b.y = a.y + 1 if (b.m, b.d or 32) < (a.m, a.d or 0) else a.y
                b.relative = True
        for part in (a, b):
            if part.y is not None and part.m is not None and not cal.valid_day(part.y, part.m, part.d or 1):
                return None  # "Dec 27 to 2/29" in a year without 29 February
        if a.y is None or b.y is None:
            if a.m and b.m:
                if (b.m, b.d or 0) < (a.m, a.d or 0):
                    return None
                return _Atom(a.start, b.end, value=f"{_interval(a)[2]}/{_interval(b)[2]}", precision="range", priority=5)
            return None
    la, ha, va = _interval(a)
    lb, hb, vb = _interval(b)
    if la is None or hb is None or lb is None or lb < la or hb <= la:
        return None
    return _Atom(a.start, b.end, low=la, high=hb, value=f"{va}/{vb}", precision="range", priority=5, relative=a.relative or b.relative)


_RANGE_MD = re.compile(
    r"(?<![\w])(?:(?P<pre>from|between)\s+)?" + _mon("m") + r"\s*(?:the\s+)?(?P<d1>" + _DAYNUM + "|" + _ORD_WORDS + r")\s*(?P<sep>-|–|—|to|through|thru|till|until|and)\s*(?:the\s+)?"
    r"(?P<d2>" + _DAYNUM + "|" + _ORD_WORDS + r")(?!\s*(?:[-/:]|\s+(?:" + _MONTHS + r")\b))(?:" + _YEAR_SEP + r"(?P<y>" + _YEAR + r"))?",
    _I,
)
_RANGE_DM = re.compile(
    r"(?<![\w])(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>" + _DAYNUM + "|" + _ORD_WORDS + r")\s*(?P<sep>-|–|—|to|through|thru|till|until|and)\s*(?:the\s+)?"
    r"(?P<d2>" + _DAYNUM + "|" + _ORD_WORDS + r")\s*(?:of\s+)?" + _mon("m") + r"(?:" + _YEAR_SEP + r"(?P<y>" + _YEAR + r"))?",
    _I,
)


def _atoms_day_ranges(text: str, reference: dt.date | None) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _P_NUM_RANGE.finditer(text):
        atom = _numeric_range(m, reference)
        if atom:
            atoms.append(atom)
    for pattern in (_RANGE_MD, _RANGE_DM):
        for m in pattern.finditer(text):
            if m.group("sep").lower() == "and" and not m.group("pre") and pattern is _RANGE_DM:
                continue
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            mo = month_number(m.group("m"))
            d1, d2 = ordinal_value(m.group("d1")), ordinal_value(m.group("d2"))
            if not (d1 and d2 and d1 < d2 <= 31):
                continue
            y = int(m.group("y")) if m.group("y") else None
            start = m.start() if m.group("pre") else min(m.start("m"), m.start("d1"))
            if start == m.start("d1") and m.group(0)[: m.start("d1") - m.start()].lower().strip() == "the":
                start = m.start()
            first = _Atom(start, m.end(), y=y, m=mo, d=d1, precision="day")
            if y is None:
                first = _resolve_year(first, reference)
            if first.y is None:
                value = f"XXXX-{mo:02d}-{d1:02d}/XXXX-{mo:02d}-{d2:02d}"
                atoms.append(_Atom(start, m.end(), value=value, precision="range", priority=6))
                continue
            if not (cal.valid_day(first.y, mo, d1) and cal.valid_day(first.y, mo, d2)):
                continue
            low, high = dt.date(first.y, mo, d1), dt.date(first.y, mo, d2) + dt.timedelta(days=1)
            atoms.append(
                _Atom(start, m.end(), low=low, high=high, value=f"{low.isoformat()}/{dt.date(first.y, mo, d2).isoformat()}",
                      precision="range", priority=6, relative=first.relative)
            )
    return atoms


def _apply_parts(text: str, atoms: list[_Atom]) -> list[_Atom]:
    parts = _LEX["parts"]
    out = []
    for atom in atoms:
        m = _PART_PREFIX.search(text[max(0, atom.start - 40) : atom.start])
        if m and atom.precision in ("year", "decade", "century", "month", "season", "quarter"):
            words = re.sub(r"\b(?:the|of)\b|-", " ", m.group("p").lower()).split()
            key = " ".join(words)
            frac = parts.get(key)
            if frac:
                atom = replace(atom, start=atom.start - len(m.group("p")), part=(frac[0], frac[1]), part_key=key, weak=False)
        out.append(atom)
    return out


def _apply_bounds(text: str, atoms: list[_Atom]) -> list[_Atom]:
    bounds = _LEX["bounds"]
    suffixes = _LEX["bound_suffixes"]
    out = []
    for atom in atoms:
        low, high, value = _interval(atom)
        if low is None:
            out.append(atom)
            continue
        m = _BOUND_PREFIX.search(text[max(0, atom.start - 25) : atom.start])
        s = _BOUND_SUFFIX.match(text, atom.end)
        if m and atom.precision != "range":
            bound, edge = bounds[re.sub(r"\s+", " ", m.group("b").lower())]
            base_low, base_high, _ = _base_interval(atom)
            if atom.part_key in ("end", "late") and edge == "before":
                low, high = base_low, base_high  # "before the end of 2016": before 2017 begins
                edge = "until"
            elif atom.part_key in ("beginning", "start", "early") and edge == "after":
                edge = "start"
            new_low, new_high = {"before": (None, low), "until": (None, high), "after": (high, None), "start": (low, None)}[edge]
            atom = replace(atom, start=atom.start - len(m.group()), low=new_low, high=new_high, value=value, bound=bound,
                           y=None, m=None, d=None, open_low=new_low is None, open_high=new_high is None, weak=False)
        elif s and atom.precision != "range":
            bound = suffixes[re.sub(r"\s+", " ", s.group("b").lower())]
            new_low, new_high = (low, None) if bound == "min" else (None, high)
            atom = replace(atom, end=s.end(), low=new_low, high=new_high, value=value, bound=bound, y=None, m=None, d=None,
                           open_low=new_low is None, open_high=new_high is None, weak=False)
        out.append(atom)
    return out


def _apply_offsets(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"three days after January 12th", "2 weeks before May 13 1999": a day moved from a day."""
    out = []
    for atom in atoms:
        m = _OFFSET_PREFIX.search(text, max(0, atom.start - 40), atom.start)
        low, _, _ = _interval(atom)
        n = count_value(m.group("n")) if m else None
        if m and n and low is not None and atom.precision == "day" and not (atom.open_low or atom.open_high):
            day = _offset(low, m.group("u"), n, -1 if m.group("dir").lower() == "before" else 1)
            if day is not None:
                atom = replace(atom, start=m.start(), low=day, high=day + dt.timedelta(days=1), value=day.isoformat(),
                               y=None, m=None, d=None, part=None)
        out.append(atom)
    return out


def _apply_weeks(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"the week of April 10th" and "the first week of 2015" as Monday-to-Sunday weeks."""
    out = []
    for atom in atoms:
        low, high, _ = _interval(atom)
        if low is None or atom.open_low or atom.open_high:
            out.append(atom)
            continue
        before = text[max(0, atom.start - 40) : atom.start]
        week_of = _P_WEEK_OF.search(before)
        nth = _P_NTH_WEEK.search(before)
        span: cal.Span | None = None
        if week_of and atom.precision == "day":
            span, start = cal.week_span(low), atom.start - len(week_of.group())
        elif nth and atom.precision in ("year", "month"):
            word = nth.group("n").lower()
            n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}.get(word)
            start = atom.start - len(nth.group())
            if atom.precision == "year":
                # ISO weeks: week 1 holds the year's first Thursday
                if n:
                    span = _week_of(dt.date.fromisocalendar(low.year, 1, 1), n - 1)
                else:
                    span = cal.week_span(dt.date(low.year, 12, 28))
            elif n:
                span = _week_of(low, n - 1)
            else:
                span = cal.week_span(high - dt.timedelta(days=1))
        if span:
            iso_year, iso_week, _ = span[0].isocalendar()
            atom = replace(atom, start=start, low=span[0], high=span[1], value=f"{iso_year}-W{iso_week:02d}", precision="week",
                           y=None, m=None, d=None, part=None)
        out.append(atom)
    return out


def _atoms_to_date(text: str, atoms: list[_Atom], reference: dt.date) -> list[_Atom]:
    """"to date", "until now": up to the reference, where no date precedes to make a range."""
    extra = []
    for m in _P_TO_DATE.finditer(text):
        if all(m.end() <= a.start or m.start() >= a.end for a in atoms):
            extra.append(_Atom(m.start(), m.end(), low=None, high=reference, value=reference.isoformat(), precision="day",
                               relative=True, bound="max", open_low=True))
    return extra


def _to_value(text: str, atom: _Atom) -> Value | None:
    if atom.open_low or atom.open_high:
        low, high, value = atom.low, atom.high, atom.value
    else:
        low, high, value = _interval(atom)
    return Value(
        kind="date",
        text=text[atom.start : atom.end],
        start=atom.start,
        end=atom.end,
        value=value,
        low=low.isoformat() if low else None,
        high=high.isoformat() if high else None,
        bound=atom.bound,
        precision=atom.precision,
        relative=atom.relative,
    )


def find_dates(text: str, reference: dt.date | None = None) -> list[Value]:
    """Every date, date range and duration in ``text`` (kinds ``date`` and ``duration``).

    ``reference`` is the article's own date: relative dates ("last year", "on Tuesday")
    and days or months written without a year are resolved against it. Without it (or
    with one outside the years 1000-2999), relative dates are left out and a missing
    year stays unknown.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if reference is not None and not _REFERENCE_RANGE[0] <= reference <= _REFERENCE_RANGE[1]:
        reference = None  # relative arithmetic would leave the calendar; read the text as undated
    atoms = _atoms_calendar(text) + _atoms_periods(text) + _atoms_bare_years(text) + _atoms_day_ranges(text, reference)
    atoms += _atoms_quarter_words(text, reference) + _atoms_holidays(text, reference)
    if reference is not None:
        atoms += _atoms_relative(text, reference) + _atoms_bare_day(text)
    else:
        # Relative phrases are still found, so that "last November" does not leave "November"
        # behind; they are dropped once they have claimed their text.
        blockers = _atoms_relative(text, _ANY_DAY)
        for atom in blockers:
            atom.blocker = True
        atoms += blockers
    atoms = [a for a in _select(atoms) if not a.blocker]
    atoms = _apply_parts(text, atoms)
    atoms = _combine_ranges(text, atoms, reference)
    atoms = [a for a in atoms if not a.weak]
    atoms = [_resolve_year(a, reference, bool(_SINCE_BEFORE.search(text, max(0, a.start - 12), a.start))) for a in atoms]
    atoms = _apply_weeks(text, atoms)
    atoms = _apply_offsets(text, atoms)
    atoms = _apply_bounds(text, atoms)
    if reference is not None:
        atoms = sorted(atoms + _atoms_to_date(text, atoms, reference), key=lambda a: a.start)
    values = [v for v in (_to_value(text, a) for a in atoms) if v is not None]
    values += _durations_outside(values, find_durations(text))
    values.sort(key=lambda v: (v.start, v.end))
    return values


def _durations_outside(dates: list[Value], durations: list[Value]) -> list[Value]:
    """Durations not inside a date already read ("two years" in "two years ago")."""
    return [d for d in durations if all(d.end <= v.start or d.start >= v.end for v in dates)]
