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
* "the start/middle/end of X" bounding a range is an instant: "from the end of March to the
  middle of September" runs 1 April to 16 September ("early"/"late" keep their thirds).
* "from April 27th to the 3rd" ends in the next month (an end day before the start).
* A range includes its last named unit: "1994-1998" ends 1999-01-01, "Feb. 27-28" ends
  on 1 March. Open bounds: "before X" ends where X starts, "until X" where X ends, "after X"
  starts where X ends, "since X" where X starts; ``value`` keeps X itself. "after" a day
  starts on that day ("after January 1, 2007" from 1 January): what follows an event on a
  day ("after Tuesday's vote") may still fall on it, and the wider bound errs away from false
  conflicts.
* A day or month written without its year and coordinated with one that has it takes that
  year ("Jan. 5 and Feb. 10, 2016"); otherwise it takes the year of the occurrence nearest the
  reference date; "May 5 next year", "on 5 May last year" are that day of that year; with no
  reference the year stays unknown ("XXXX-10-03", no interval).
* Relative dates ("last year", "on Tuesday", "two years ago") need the reference (the
  article's date) and are left out without one. A bare weekday is the latest such day on or
  before the reference (news reports the past); "last/next Tuesday" is that day of the
  previous/next Monday-to-Sunday week, "this past"/"this coming" the nearest one before/after.
  "the previous year", "the following week", "the next month" are left out: they count from
  the story's own time, which only the claim stage knows; "the next quarter" (the calendar
  quarter) and "the next decade" (the ten years after the reference, as "the past decade"
  is the ten before) are read unless the sentence is told in the past. A future sentence
  ("will leave in two weeks") reads "in N units" as the date N units on, at the unit's
  precision, unless a superlative or ordinal counts a span ("the fifth coach in four
  years"); "for the day/week/month/year" closing a clause not told in the past is the
  reference's own period ("up 3% for the year"); "Monday two weeks from now" is the Monday of
  the week two weeks on. "the last/past N years" (after "the" or a preposition: not "go
  past seven years") is the N years up to the reference (a range), "the last 3 months and 2
  weeks" the stacked units; "for the next N years" is a duration (P6Y), since a story often
  counts it from an earlier event. "N years ago" has the precision of its unit; stacked units
  ("two years and three months ago") count back one after the other, at the last one's precision.
  "in/over the next N days" (also "coming", "upcoming", "the N next days") is the N whole
  days after the reference (a range from the day after it); N quarters are the next N
  calendar quarters, N business days the next N weekdays; "within N weeks" (also "... from
  today/now") runs from the reference itself. Followed by "of",
  "after", "from" ("within two years of the merger") it counts from something else and
  stays a duration. "the week after next" is a week, "the weekend after next" its weekend;
  "the month/year after next" and "the month/year before last" are two periods away; "this
  working week" is Monday-Friday.
  "more than 2 weeks before today" is open (up to the day 2 weeks before), "less than 3
  days after tomorrow" the range from tomorrow to that day. "a week from Monday" counts
  from the coming Monday. "three weeks later", "the day before", "the year", "the same
  week" are left out: they count from the story's own time.
* "from Monday to Wednesday next week", "between Tuesday and Thursday this week" are those days
  of that week; "on Monday and Friday next week" two days of it.
* "on or before X" ends where X ends, "on or after X" starts where X starts.
* "the day after Christmas", "3 days prior to June 5" move a day; "the Monday after Christmas",
  "the Friday before Easter" are the nearest such weekday beyond it (never the day itself).
* "the past/last fortnight" is the 14 days up to the reference, "next/coming fortnight" the 14
  after it.
* "the weekend" ("over/at the weekend", not "the weekend of/before ...") is the one under way
  on a Saturday or Sunday reference; otherwise the coming one in a sentence about the future
  ("will stay shut through the weekend", "are planning to travel over the weekend") and the
  one just past in any other (news reports the past, as with a bare weekday).
* "(the) end/beginning/middle of the month/year" (and "end of month") is that part of the
  reference's month or year, unless "of", "before", "after"... follows ("the end of the
  year before"). "by the end of X" is open: no later than X ends.
* Week numbers are ISO weeks: "week 31 of 2019" (no reference needed), "week 27 of last
  year", "the week 31" (the reference's year). A bare "week 5" (often a season's week) is
  not read. "the 31st week of 2019" is the same week.
* Holidays with one date everywhere (Christmas, New Year's Day, Gregorian Easter and its
  feasts; ``data/dates_holidays.json``) are days. US federal holidays ("Thanksgiving",
  "Labor Day", "Independence Day", "Memorial Day", "MLK Day"..., and "Black Friday") are
  the default reading only when the text names no other country or people (from the entity
  gazetteer, ``entities/data/places.json``): "India marked Independence Day" is not read.
  A holiday without a year is its occurrence nearest the reference; "... of this year" works.
  "Labor Day weekend", "the weekend of Thanksgiving 2023" join the holiday to its weekend
  (Saturday to a Monday holiday; a Thursday or Friday holiday to Sunday).
* A duration laid from a day is the range it covers: "for 3 days starting next Monday",
  "two weeks starting March 4, 2019", "for 3 days, from today" (the day included).
* "the 21st of next month", "the 5th of last month" are days of those months; "the 26th (day)
  of the month" is the reference's month only in a sentence about the future ("will come back
  before the 26th day of the month"): otherwise it is a habit ("rent is due on the first of the
  month") or the story's month, and is not read; so is "the last day of the month". "from the
  4th to the 22nd of this month", "between the 1st and 15th of next month" are ranges of those
  days; "the 4th and 5th of next month" two days.
* A day of the month alone, after "on", "by", "until", "since", "before", "after" or "for" and
  closing its clause ("the hearing was set for the 22nd."), is that day in the month nearest the
  reference; before a noun ("for the 27th time", "the 27th amendment") it is an ordinal.
* "the first Monday of May", "the last Friday in November 2016" are those days of the month;
  without a month read ("the last Friday of the month") the weekday is not read either.
* "the first/second/last weekend of May 2016" is the Saturday and Sunday of the weekends whose
  Saturday falls in the month. "the last week of the campaign", "the last year of his term"
  (the + last/next + unit + of) are parts of something else, not the reference's last week.
* "Q3 this year", "H1 next year", "the third quarter of last year" are calendar quarters and halves
  of that year; a bare "Q3" or "the third quarter" (as often a company's fiscal quarter or a
  game's) is not read.
* "the rest/remainder of the (current) week/month/year" runs from the reference to the period's end.
* "next week, from Tuesday to Thursday", "this week between Mon and Wed" are those days of that week,
  as with the week named after the days.
* "the week ending Nov 4", "the year ended June 30, 2016", "the 12 months to June", "the three
  months through September" end with the day or month named, which they include; without its
  year that day or month is the latest one before the reference unless the sentence speaks of
  the future (figures are reported for stretches that have ended).
* Weeks are Monday to Sunday; "the first week of 2015" is ISO week 1 (from 29 Dec 2014), and
  so the first/last week of a month is the one holding its first/last Thursday (most of whose
  days fall in the month): "the first week of October 2016" is 3-9 October. Parts
  of a week are whole days (``week_parts``): "early next week" is Monday to Wednesday, "the
  middle of next week" Tuesday to Thursday, "late last week" and "the end of the week"
  Thursday to Sunday. "(the) end/beginning of the week" is the reference's week only in a sentence about the future
  ("will be renewed the end of the week") or as a deadline not told in the past ("is due by
  the end of the week"); elsewhere it is often the story's week.
* A month/day pair without a year ("on 11/20", "from 10/1 to 11/7") needs a date word before
  it; one that reads as a common fraction ("3/4", "1/2", "7/8": smaller number first, over 2,
  3, 4, 5, 8, 10 or 16) is never a date.
* A 4-digit number 2100-2199 is a year only right after a date word ("by 2100", "in 2150").
* A 4-digit number 1000-2099 is a year only in a date context ("in 1996", "the 1996
  purchase", "(1954-75)"), never before a count noun or unit ("1996 tons", "2000 people").

Stages: pattern matches become ``Atom`` records (``dates_patterns``, ``dates_relative``);
the longest non-overlapping ones are kept; then parts ("early"), ranges ("from X to Y"),
missing years, sub-periods ("the first three months of"), offsets ("two days after") and
bounds ("since") are applied in that order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

from claimcheck.normalize import calendar as cal
from claimcheck.normalize import dates_patterns as pat
from claimcheck.normalize.dates_lexicon import count_value, month_number, ordinal_value, weekday_number
from claimcheck.normalize.dates_atoms import Atom, span_atom
from claimcheck.normalize.dates_relative import atoms_relative, atoms_to_date, shift_date, tense_at
from claimcheck.normalize.durations import find_durations
from claimcheck.records import Value


# --- atom builders ---------------------------------------------------------------------------


def _two_digit_year(yy: int) -> int:
    # Dates written with two-digit years are mostly recent; 31-99 read as the 1900s.
    return 2000 + yy if yy <= 30 else 1900 + yy


def _cal_atom(m: re.Match[str], y: int | None, mo: int | None, d: int | None, priority: int = 0) -> Atom | None:
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
    return Atom(m.start(), m.end(), y=y, m=mo, d=d, precision=prec, priority=priority)


def _named_date(m: re.Match[str], priority: int) -> Atom | None:
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
    trigger = bool(pat.MONTH_TRIGGER.search(text[max(0, start - 30) : start]))
    if has_more:
        return word[0].isupper() or trigger
    return trigger


def _bare_month_strength(text: str, start: int, word: str) -> str | None:
    """"strong" when a lone month name reads as a date, "weak" when only as a range end, else None."""
    before = text[max(0, start - 30) : start]
    if pat.MONTH_TRIGGER.search(before):
        return "strong"
    if word[0].isupper() and pat.P_PERIOD_ENDING.search(before):
        return "strong"  # "in the year to March"
    key = word.lower().rstrip(".")
    if pat.RANGE_CONNECTOR_BEFORE.search(before) or pat.RANGE_GAP.match(text, start + len(word)):
        return "weak"
    if key in ("may", "march"):
        return None
    if word[0].isupper() and len(key) > 4 and not word.isupper():
        return "strong"
    return "weak"


# "3/4" or "7/8" without a year reads as a fraction far more often than as a day
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16})


def _atoms_calendar(text: str) -> list[Atom]:
    atoms: list[Atom] = []
    for pattern, prio in ((pat.P_MDY, 3), (pat.P_DMY, 3), (pat.P_YMD_NAMED, 3)):
        for m in pattern.finditer(text):
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            if pattern is pat.P_DMY and not m.group("y") and m.group("d").isdigit() and m.group("m").lower() in ("may", "march"):
                if not m.group("m")[0].isupper():
                    continue
            atom = _named_date(m, prio)
            if atom:
                atoms.append(atom)
    for pattern in (pat.P_MY, pat.P_YM):
        for m in pattern.finditer(text):
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            atom = _cal_atom(m, int(m.group("y")), month_number(m.group("m")), None, 2)
            if atom:
                atoms.append(atom)
    for m in pat.P_MONTH.finditer(text):
        word = m.group("m")
        strength = _bare_month_strength(text, m.start(), word)
        atom = _cal_atom(m, None, month_number(word), None, 0) if strength else None
        if atom:
            atom.weak = strength == "weak"
            atoms.append(atom)
    for pattern in (pat.P_ISO, pat.P_COMPACT):
        for m in pattern.finditer(text):
            atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), int(m.group("d")), 4)
            if atom:
                atoms.append(atom)
    for m in pat.P_NUM_DMY.finditer(text):
        a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
        y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys))
        if m.group("s") == "." or a > 12:  # dotted dates are day-first; so is any with a day > 12 first
            a, b = b, a
        atom = _cal_atom(m, y, a, b, 4)
        if atom:
            atoms.append(atom)
    for m in pat.P_NUM_MD.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if not re.search(r"(?:\b(?:on|from|to|between|and|by|since|until|till|before|after|this|next|last|week\s+of)|" + pat.WEEKDAYS + r")\s+$", before, pat.FLAGS):
            if not (re.search(r"(?:^|[\n?!:]\s*)$", before) and re.match(r"\s*(?:[,?!]|$|-)", text[m.end() :])):
                continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b and b in _FRACTION_DENOMINATORS:
            continue  # "rose to 3/4", "on 1/2 of the land": a fraction, not 4 March
        if a > 12:
            a, b = b, a
        atom = _cal_atom(m, None, a, b, 3)
        if atom:
            atoms.append(atom)
    for m in pat.P_WORDS_DATE.finditer(text):
        atom = _words_date(text, m)
        if atom:
            atoms.append(atom)
    for m in pat.P_YEAR_WORDS.finditer(text):
        year = _year_from_words(m, "")
        follow = pat.WORD_AFTER.match(text, m.end())
        head = follow.group("w").lower() if follow and follow.start("w") == m.end() + 1 else ""
        if head and (head in pat.LEX["count_nouns"] or (_plural(head) and head not in pat.FUNCTION_WORDS)):
            continue  # "since two thousand people"
        if year:
            atoms.append(Atom(m.start("yw"), m.end("yw"), y=year, precision="year", priority=1))
    for m in pat.P_MY2.finditer(text):
        atom = _cal_atom(m, _two_digit_year(int(m.group("yy"))), month_number(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    for m in pat.P_WD_NUM.finditer(text):
        atom = _cal_atom(m, None, int(m.group("a")), int(m.group("b")), 4)
        if atom:
            atoms.append(atom)
    for m in pat.P_NUM_YM.finditer(text):
        atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    for m in pat.P_NUM_MY.finditer(text):
        atom = _cal_atom(m, int(m.group("y")), int(m.group("m")), None, 2)
        if atom:
            atoms.append(atom)
    return atoms


def _year_from_words(m: re.Match[str], prefix: str) -> int | None:
    """The year spelled by the YEAR_WORDS groups of ``m`` ("nineteen eighty six" is 1986)."""
    groups = {k[len(prefix):]: v for k, v in m.groupdict().items() if k.startswith(prefix) and v}
    if "thousand" in groups:
        rest = count_value(groups["rest3"].lower().replace(" and ", " ")) if "rest3" in groups else 0
        return 2000 + int(rest) if rest is not None else None
    if "cent" not in groups:
        return None
    century = count_value(groups["cent"])
    tail = groups.get("rest1") or groups.get("rest2") or ""
    tail = re.sub(r"^oh[\s-]+", "", tail.lower())
    rest = count_value(tail) if tail else 0
    if century is None or rest is None or rest >= 100:
        return None
    return int(century) * 100 + int(rest)


def _words_date(text: str, m: re.Match[str]) -> Atom | None:
    """"January twenty five nineteen eighty six", "13 Sept nineteen seventy two", "May twenty nine"."""
    second = bool(m.group("m2"))
    month_word = m.group("m2") if second else m.group("m")
    day_word = m.group("dw2") if second else (m.group("dw") or m.group("dn"))
    year_text = m.group("yw2") if second else m.group("yw")
    in_words = bool(day_word) and not day_word[0].isdigit()
    if not (year_text or in_words):
        return None  # plain "13 Sept" or "Sept" is read elsewhere
    if in_words and not (year_text or second) and ordinal_value(day_word) is None:
        follow = pat.WORD_AFTER.match(text, m.end())
        if follow and follow.start("w") == m.end() + 1 and follow.group("w")[0].islower() and (
                follow.group("w").lower() not in pat.FUNCTION_WORDS or follow.group("w").lower() == "of"):
            return None  # "in January twenty people died", "May twenty of them": a count, not a day
    if not _month_word_ok(text, m.start("m2" if second else "m"), month_word, bool(year_text) or in_words):
        return None  # "may twenty nine" needs a capital, "in" or a year
    year = _year_from_words(m, "b_" if second else "") if year_text else None
    if year_text and year is None:
        return None
    day = ordinal_value(day_word) if day_word and day_word[0].isdigit() else None
    if day_word and day is None:
        day = ordinal_value(day_word) or count_value(day_word)
    return _cal_atom(m, year, month_number(month_word), int(day) if day else None, 3)


def _numeric_range(m: re.Match[str], reference: dt.date | None) -> Atom | None:
    """"10/1-11/7", "5/1-5/7/2020", "10-1-2018-10-7-2018" (month first unless a day > 12 leads)."""
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = int(m.group("y2") or m.group("y3")) if (m.group("y2") or m.group("y3")) else None
    if m.group("s") == "-" and not (y1 and y2):
        return None  # "4-23" is too often a score or a count
    a, b, c, d = (int(m.group(k)) for k in "abcd")
    if a > 12 or c > 12:
        a, b, c, d = b, a, d, c
    first = Atom(m.start(), m.end(), y=y1 or y2, m=a, d=b, precision="day")
    last = Atom(m.start(), m.end(), y=y2 or y1, m=c, d=d, precision="day")
    if first.y is None:
        first = _resolve_year(first, reference)
        if first.y is None:
            return Atom(m.start(), m.end(), value=f"XXXX-{a:02d}-{b:02d}/XXXX-{c:02d}-{d:02d}", precision="range", priority=6)
        last.y = first.y + 1 if (c, d) < (a, b) else first.y
    if not (cal.valid_day(first.y, a, b) and cal.valid_day(last.y, c, d)):
        return None
    low, end = dt.date(first.y, a, b), dt.date(last.y, c, d)
    if end < low:
        return None
    return Atom(m.start(), m.end(), low=low, high=end + dt.timedelta(days=1), value=f"{low.isoformat()}/{end.isoformat()}",
                 precision="range", priority=6)


def _atoms_periods(text: str) -> list[Atom]:
    atoms: list[Atom] = []
    for m in pat.P_YEAR_RANGE.finditer(text):
        y1, raw2, sep = int(m.group("y1")), m.group("y2"), m.group("sep").lower()
        if len(raw2) == 2:
            y2 = y1 // 100 * 100 + int(raw2)
            if y2 <= y1:
                continue  # "2015-12" is a month, not a range (see pat.P_NUM_YM)
        else:
            y2 = int(raw2)
            if not (1000 <= y2 <= 2099 and y1 < y2 <= y1 + 200):
                continue
        if sep.isalpha() and not m.group("pre") and not _year_context(text, m.start("y1"), m.start("y2") + len(raw2)):
            continue
        atoms.append(span_atom(m, *cal.year_span(y1, y2 - y1 + 1), f"{y1}/{y2}", "range", 4))
    for m in pat.P_DECADE.finditer(text):
        if m.group("y"):
            first = int(m.group("y"))
            if first % 100 == 0 and first < 2000:
                continue  # "the 1800s" is a century (below)
        elif m.group("yy"):
            first = 1900 + int(m.group("yy"))
        elif m.group("yy2"):
            first = 1900 + int(m.group("yy2"))
        else:  # years after 1900: "the nineties" 90, "the noughties" 100 (the 2000s)
            first = 1900 + pat.LEX["decade_words"][m.group("word").lower()]
            if first >= 2000 and "nineteen" in m.group(0).lower():
                continue
        atoms.append(span_atom(m, *cal.decade_span(first), f"{first // 10}X", "decade", 4))
    for m in pat.P_CENTURY_YEARS.finditer(text):
        first = int(m.group("y"))
        atoms.append(span_atom(m, *cal.year_span(first, 100), f"{first // 100}XX", "century", 4))
    for m in pat.P_CENTURY.finditer(text):
        n = int(m.group("n")) if m.group("n") else pat.CENTURY_WORDS.get(re.sub(r"[\s-]+", " ", m.group("w").lower()))
        if not n or not 1 <= n <= 21:
            continue
        atoms.append(span_atom(m, *cal.century_span(n), f"{n - 1:02d}XX", "century", 4))
    for m in pat.P_WEEK_NUMBER.finditer(text):
        if not m.group("y"):
            continue  # "the week 31" takes the reference's year (dates_relative)
        y, n = int(m.group("y")), int(m.group("n"))
        try:
            low = dt.date.fromisocalendar(y, n, 1)
        except ValueError:
            continue  # "week 53 of 2019" does not exist
        atoms.append(span_atom(m, low, low + dt.timedelta(days=7), f"{y}-W{n:02d}", "week", 5))
    for m in pat.P_QUARTER.finditer(text):
        y = m.group("y1") or m.group("y2")
        if not y:
            continue
        y, n, kind = int(y), int(m.group("n")), m.group("q").lower()
        if kind == "h":
            if n > 2:
                continue
            atoms.append(span_atom(m, *cal.half_span(y, n), f"{y}-{39 + n}", "half", 4))
        else:
            atoms.append(span_atom(m, *cal.quarter_span(y, n), f"{y}-{32 + n}", "quarter", 4))
    for m in pat.P_SEASON.finditer(text):
        name = m.group("s").lower()
        y = int(m.group("y"))
        first, months = pat.LEX["seasons"][name]
        if name == "fall" and not (m.group("the") or m.group("y")):
            continue
        code = pat.LEX["season_codes"][name]
        if m.group("y2"):  # "winter 2010-11": the winter starting in the first year
            y2 = int(m.group("y2")) if len(m.group("y2")) == 4 else y // 100 * 100 + int(m.group("y2"))
            if y2 != y + 1 or name != "winter":
                continue
        atoms.append(span_atom(m, *cal.season_span(y, first, months), f"{y}-{code}", "season", 4))
    return atoms


def _holiday_day(name: str, year: int) -> dt.date | None:
    rule = pat.HOLIDAYS.get(re.sub(r"[\s-]+", " ", name.lower().replace("’", "'")))
    if rule is None:
        key = re.sub(r"[\s-]+", " ", name.lower().replace("’", "").replace("'", ""))
        rule = next((v for k, v in pat.HOLIDAYS.items() if k.replace("'", "") == key), None)
    if rule is None or not cal.MIN_YEAR < year < cal.MAX_YEAR:
        return None
    if isinstance(rule, list):
        return dt.date(year, rule[0], rule[1])
    if "easter" in rule:
        return cal.easter(year) + dt.timedelta(days=rule["easter"])
    if "date" in rule:
        return dt.date(year, *rule["date"])
    month, weekday, n = rule["nth"]
    return cal.nth_weekday(year, month, weekday, n) + dt.timedelta(days=rule.get("offset", 0))


def _holiday_rule(name: str):
    key = re.sub(r"[\s-]+", " ", name.lower().replace("’", "'"))
    rule = pat.HOLIDAYS.get(key)
    if rule is None:
        key = key.replace("'", "")
        rule = next((v for k, v in pat.HOLIDAYS.items() if k.replace("'", "") == key), None)
    return rule


_OTHER_COUNTRY: re.Pattern[str] | None = None


def _names_other_country(text: str) -> bool:
    """Whether ``text`` names a country other than the US (or its people): then "Independence Day",
    "Thanksgiving" or "Labor Day" may be that country's, and are not read."""
    global _OTHER_COUNTRY
    if _OTHER_COUNTRY is None:
        places = json.loads((Path(__file__).resolve().parent.parent / "entities" / "data" / "places.json").read_text(encoding="utf-8"))
        names = {n for e in places["entities"] if e["kind"] == "country" and e["id"] != "USA"
                 for n in e["names"] + e["demonyms"] if len(n) > 3}
        _OTHER_COUNTRY = re.compile(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![\w])")
    return bool(_OTHER_COUNTRY.search(text))


def _atoms_holidays(text: str, reference: dt.date | None) -> list[Atom]:
    """Christmas, Easter and other holidays with one date everywhere ("Easter 2018", "last Christmas")."""
    atoms: list[Atom] = []
    for m in pat.P_HOLIDAY.finditer(text):
        name, mod = m.group("h"), (m.group("mod") or "").lower()
        day: dt.date | None = None
        relative = False
        rule = _holiday_rule(name)
        if isinstance(rule, dict) and rule.get("country") == "US":
            if _names_other_country(text):
                continue  # perhaps that country's holiday
        weekend_after = pat.HOLIDAY_WEEKEND_AFTER.match(text, m.end())
        weekend_before = pat.HOLIDAY_WEEKEND_BEFORE.search(text, max(0, m.start() - 30), m.start())
        end = weekend_after.end() if weekend_after else m.end()
        if weekend_after and weekend_after.group("y") and not (m.group("y") or m.group("ry") or mod):
            day = _holiday_day(name, int(weekend_after.group("y")))  # "Halloween weekend 2021"
            start = m.start()
        elif m.group("ry") and reference is not None:
            day = _holiday_day(name, reference.year + {"this": 0, "last": -1, "next": 1}[m.group("ry").lower()])
            start, relative = m.start() if mod else m.start("h"), True
        elif m.group("ry"):
            continue
        elif m.group("y"):
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
            if fixed and (isinstance(rule, list) or "date" in rule):  # a fixed day with its year unknown
                atoms.append(Atom(m.start(), m.end(), m=fixed.month, d=fixed.day, precision="day", priority=3))
            continue
        if day is None:
            continue
        if weekend_after or weekend_before:
            low, high = _holiday_weekend(day)
            start = weekend_before.start() if weekend_before else start
            atoms.append(span_atom((start, end), low, high, f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}",
                                   "range", 4, relative))
            continue
        atoms.append(span_atom((start, m.end()), *cal.day_span(day), day.isoformat(), "day", 3, relative))
    return atoms


def _holiday_weekend(day: dt.date) -> cal.Span:
    """"Labor Day weekend", "the weekend of Thanksgiving": the weekend joined to the holiday, the
    holiday included (Saturday to a Monday holiday, a Thursday or Friday holiday to Sunday)."""
    wd = day.weekday()
    if wd >= 5:  # on the weekend itself
        low = day - dt.timedelta(days=wd - 5)
        return low, low + dt.timedelta(days=2)
    if wd >= 3:  # Thursday, Friday: on to Sunday
        return day, day + dt.timedelta(days=7 - wd)
    return day - dt.timedelta(days=wd + 2), day + dt.timedelta(days=1)  # Monday-Wednesday: from Saturday


def _atoms_quarter_words(text: str, reference: dt.date | None) -> list[Atom]:
    atoms: list[Atom] = []
    for m in pat.P_QUARTER_WORDS.finditer(text):
        word = m.group("n").lower()
        n = ordinal_value(word)
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
            atoms.append(span_atom(m, *cal.quarter_span(y, n), f"{y}-{32 + n}", "quarter", 4, relative))
        else:
            atoms.append(span_atom(m, *cal.half_span(y, n), f"{y}-{39 + n}", "half", 4, relative))
    for m in pat.P_QUARTER_REL.finditer(text):
        n, half = int(m.group("n")), m.group("q").lower() == "h"
        if reference is None or (half and n > 2):
            continue
        y = reference.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        if half:
            atoms.append(span_atom(m, *cal.half_span(y, n), f"{y}-{39 + n}", "half", 4, True))
        else:
            atoms.append(span_atom(m, *cal.quarter_span(y, n), f"{y}-{32 + n}", "quarter", 4, True))
    return atoms


def _year_context(text: str, start: int, end: int, strong_only: bool = False) -> bool:
    """Whether a 4-digit number at ``text[start:end]`` reads as a year rather than a count."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    nxt = pat.WORD_AFTER.match(after)
    next_word = nxt.group("w") if nxt else ""
    next_lower = next_word.lower()
    count_nouns = set(pat.LEX["count_nouns"])
    if next_word and after[: nxt.start("w")].strip() == "" and next_lower in count_nouns:
        return False
    pair = re.match(r"\s*(?:to|-|–|and|or)\s*(\d+(?:[,.]\d+)*)", after)
    if pair and not re.fullmatch(r"1\d{3}|20\d\d|\d\d", pair.group(1)):
        return False  # "of 2000 to 3,000 people"
    if _PERIOD_OF_BEFORE.search(before):
        return True  # "the first six months of 2019 have", "the last week of 2018"
    trig = pat.TRIGGER_BEFORE.search(before)
    if trig:
        word = trig.group("t").lower()
        if word not in pat.LEX["weak_year_triggers"]:
            return True
        if strong_only:
            return False
        after_determiner = _determiner_year(before, after, nxt)
        if after_determiner is not None:
            return after_determiner  # "for the 2014 show", "of the 2005 murder"
        # weak triggers ("of", "to", "by") also precede counts: "of 2000 people"
        follows = after[: nxt.start("w")] if nxt else after
        return not next_word or follows.strip() != "" or not next_word[0].islower() or next_lower in pat.FUNCTION_WORDS
    if strong_only:
        return False
    if re.search(r"[(\[]\s*$", before) and re.match(r"\s*[)\]]", after):
        return True
    if next_lower in pat.LEX["year_verbs"] and (not before.strip() or re.search(r"(?:^|[.!?;:\n]\s*|\b(?:in|and)\s+)$", before)):
        return True
    after_determiner = _determiner_year(before, after, nxt)
    if after_determiner is not None:
        return after_determiner
    if re.search(r"[,(]\s*$", before) and re.search(r"\b(?:" + pat.MONTHS + r")\.?\s+\d{1,2}\s*,?\s*$", before, pat.FLAGS):
        return True
    return False


def _determiner_year(before: str, after: str, nxt: re.Match[str] | None) -> bool | None:
    """After "the", "a", "its", "Nixon's": whether the number is a year; None when no determiner."""
    if not (nxt and nxt.start("w") == 1 and _DETERMINER_BEFORE.search(before)):
        return None
    next_word = nxt.group("w")
    next_lower = next_word.lower()
    # "the 2004 purchase", "the 2019 Geneva summit" but not "the 2000 soldiers", "the 2000 US troops"
    if next_word[0].isupper():
        # the noun the names lead to decides: "the 2019 Geneva summit" is a year, "the 2000 US troops"
        # a count; when the names end the phrase, the last name is the noun ("the 2000 Americans were")
        names = _NAME_RUN.match(after).group().split()
        then = pat.WORD_AFTER.match(after, _NAME_RUN.match(after).end())
        head = then.group("w") if then else ""
        if not head or not head[0].islower() or head.lower() in pat.FUNCTION_WORDS:
            head = names[-1].strip(".,;:'’") if names else ""
        head = head.lower()
        return bool(head) and not _plural(head) and head not in pat.LEX["count_nouns"]
    return not _plural(next_lower) and next_lower not in pat.FUNCTION_WORDS


_PERIOD_OF_BEFORE = re.compile(r"(?<![\w])(?:days?|weeks?|months?|quarters?|half)\s+of\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|its|his|her|their|our|this|that|[A-Z][\w'’]*['’]s)\s+$")


_NAME_RUN = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*")


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _atoms_bare_years(text: str) -> list[Atom]:
    atoms: list[Atom] = []
    for m in pat.P_BARE_YEAR.finditer(text):
        if _year_context(text, m.start(), m.end()):
            y = int(m.group("y"))
            atoms.append(Atom(m.start(), m.end(), y=y, precision="year", priority=1))
    for m in pat.P_FAR_YEAR.finditer(text):
        trig = pat.TRIGGER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = trig.group("t").lower() if trig else ""
        if trig and (word == "by" or word not in pat.LEX["weak_year_triggers"]) and _year_context(text, m.start(), m.end()):
            atoms.append(Atom(m.start(), m.end(), y=int(m.group("y")), precision="year", priority=1))
    for m in pat.P_APOSTROPHE_YEAR.finditer(text):
        atoms.append(Atom(m.start("y"), m.end("y"), y=_two_digit_year(int(m.group("yy"))), precision="year", priority=1))
    # coordinated years: "in 2007 and 2009", "in 1958, 1968 and 1975"
    known = {a.start for a in atoms}
    ends = sorted(a.end for a in atoms)
    extra: list[Atom] = []
    for m in pat.P_BARE_YEAR.finditer(text):
        if m.start() in known:
            continue
        k = bisect.bisect_right(ends, m.start())
        if k and re.fullmatch(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*", text[ends[k - 1] : m.start()]):
            nxt = pat.WORD_AFTER.match(text[m.end() : m.end() + 30])
            if nxt and nxt.start("w") == 1 and nxt.group("w").lower() in pat.LEX["count_nouns"]:
                continue
            extra.append(Atom(m.start(), m.end(), y=int(m.group("y")), precision="year", priority=1))
            bisect.insort(ends, m.end())
    return atoms + extra


def _atoms_bare_day(text: str) -> list[Atom]:
    atoms = []
    for m in pat.P_BARE_DAY.finditer(text):
        d = ordinal_value(m.group("d"))
        if d and 1 <= d <= 31:
            atoms.append(Atom(m.start("d") - 4, m.end("d"), d=d, precision="day", priority=1))
    return atoms


# --- relative expressions --------------------------------------------------------------------


# --- combining atoms -------------------------------------------------------------------------


def _select(atoms: list[Atom], size: int) -> list[Atom]:
    """Non-overlapping atoms: longest first, then the more specific pattern."""
    atoms = sorted(atoms, key=lambda a: (-(a.end - a.start), -a.priority, a.start))
    used = bytearray(size)  # one flag per character: linear time however many candidates
    taken: list[Atom] = []
    for atom in atoms:
        if 1 not in used[atom.start : atom.end]:
            used[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
            taken.append(atom)
    taken.sort(key=lambda a: a.start)
    return taken


_COORDINATION = re.compile(r"\s*(?:,|&|and|or|,\s*and|,\s*or)\s*", re.IGNORECASE)


def _share_years(text: str, atoms: list[Atom]) -> list[Atom]:
    """"Jan. 5 and Feb. 10, 2016", "on March 3, April 7 or May 5, 2015": coordinated days or months
    written without a year take the year of the next one (the year before when they fall later
    in the calendar: "Dec. 28 and Jan. 3, 2016")."""
    out = list(atoms)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if not (a.calendar and b.calendar and a.y is None and a.m is not None and b.y is not None and b.m is not None):
            continue
        if not _COORDINATION.fullmatch(text, a.end, b.start):
            continue
        year = b.y - 1 if (a.m, a.d or 0) > (b.m, b.d or 0) else b.y
        if cal.valid_day(year, a.m, a.d or 1):
            out[i] = replace(a, y=year)
    return out


def _days_of_relative_years(text: str, atoms: list[Atom], reference: dt.date | None) -> list[Atom]:
    """"May 5 next year", "on 5 May last year": a day written without its year, followed by
    "this/last/next year", is that day of that year (not the nearest 5 May beside a year)."""
    out: list[Atom] = []
    skip = -1
    for i, a in enumerate(atoms):
        if i == skip:
            continue
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        m = pat.REL_YEAR_AFTER.match(text, a.end) if b is not None and a.calendar and a.y is None and a.m is not None else None
        if m and b.start == m.start("mod") and b.end == m.end():
            if reference is None:
                continue  # a relative year without a reference: the day is left out with it
            year = reference.year + {"this": 0, "last": -1, "next": 1}[m.group("mod").lower()]
            if cal.valid_day(year, a.m, a.d or 1):
                out.append(replace(a, y=year, end=m.end(), relative=True))
                skip = i + 1
                continue
        out.append(a)
    return out


def _resolve_year(atom: Atom, reference: dt.date | None, past: bool = False) -> Atom:
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


def _interval(atom: Atom) -> tuple[dt.date | None, dt.date | None, str]:
    """The interval and ISO value of an atom (interval None when the year is unknown)."""
    low, high, value = _base_interval(atom)
    if atom.part and low is not None and high is not None:
        low, high = cal.part_of((low, high), *atom.part)
    return low, high, value


def _base_interval(atom: Atom) -> tuple[dt.date | None, dt.date | None, str]:
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


def _combine_ranges(text: str, atoms: list[Atom], reference: dt.date | None) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            g = pat.RANGE_GAP.fullmatch(gap)
            prefix = pat.RANGE_PREFIX.search(text[max(0, a.start - 10) : a.start])
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


def _merge_range(a: Atom, b: Atom, reference: dt.date | None) -> Atom | None:
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
                return Atom(a.start, b.end, value=f"{_interval(a)[2]}/{_interval(b)[2]}", precision="range", priority=5)
            return None
    la, ha, va = _interval(a)
    lb, hb, vb = _interval(b)
    point_a, point_b = _point(a), _point(b)
    la = point_a or la
    if point_b:
        lb = hb = point_b
    if la is None or hb is None or lb is None or lb < la or hb <= la:
        return None
    return Atom(a.start, b.end, low=la, high=hb, value=f"{va}/{vb}", precision="range", priority=5, relative=a.relative or b.relative)


def _point(atom: Atom) -> dt.date | None:
    """The instant "the start/middle/end of X" names when it bounds a range ("from the end of
    March to the middle of September" runs 1 April to 16 September); None for other atoms."""
    if atom.part_key not in ("start", "beginning", "middle", "end"):
        return None
    low, high, _ = _base_interval(atom)
    if low is None or high is None:
        return None
    if atom.part_key == "end":
        return high
    if atom.part_key == "middle":
        return low + dt.timedelta(days=(high - low).days // 2)
    return low


_DAY_PAIR_BEFORE = re.compile(r"(?<![\w])(?:on|at|for|from|since|until|till|by|dated|of|the|over)\s+$", re.IGNORECASE)


def _atoms_day_ranges(text: str, reference: dt.date | None) -> list[Atom]:
    atoms: list[Atom] = []
    for m in pat.P_NUM_RANGE.finditer(text):
        atom = _numeric_range(m, reference)
        if atom:
            atoms.append(atom)
    for pattern in (pat.RANGE_MD, pat.RANGE_DM):
        for m in pattern.finditer(text):
            if not _month_word_ok(text, m.start("m"), m.group("m"), True):
                continue
            mo = month_number(m.group("m"))
            d1, d2 = ordinal_value(m.group("d1")), ordinal_value(m.group("d2"))
            # "from April 27th to the 3rd": an end day before the start is in the next month (an
            # ordinal is needed: "from April 27 to 3" may be a time)
            next_month = bool(pattern is pat.RANGE_MD and d1 and d2 and d2 < d1 and (m.group("pre") or "").lower() == "from"
                              and m.group("sep").lower() in ("to", "through", "thru", "till", "until") and not m.group("d2").isdigit())
            if not (d1 and d2 and (d1 < d2 <= 31 or next_month)):
                continue
            mo2 = mo % 12 + 1 if next_month else mo
            y = int(m.group("y")) if m.group("y") else None
            if m.group("sep").lower() == "and" and not m.group("pre") and pattern is pat.RANGE_DM:
                if (m.group("d1")[0].isdigit() and cal.valid_day(y or 2000, mo, d2)
                        and _DAY_PAIR_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                    # "on 18 and 19 June": two days, the first taking the month (and year) of the second
                    atoms.append(Atom(m.start("d1"), m.end("d1"), y=y, m=mo, d=d1, precision="day", priority=6))
                    atoms.append(Atom(m.start("d2"), m.end(), y=y, m=mo, d=d2, precision="day", priority=6))
                continue
            start = m.start() if m.group("pre") else min(m.start("m"), m.start("d1"))
            if start == m.start("d1") and m.group(0)[: m.start("d1") - m.start()].lower().strip() == "the":
                start = m.start()
            first = Atom(start, m.end(), y=y, m=mo, d=d1, precision="day")
            if y is None:
                first = _resolve_year(first, reference)
            if first.y is None:
                value = f"XXXX-{mo:02d}-{d1:02d}/XXXX-{mo2:02d}-{d2:02d}"
                atoms.append(Atom(start, m.end(), value=value, precision="range", priority=6))
                continue
            y2 = first.y + 1 if mo2 < mo else first.y
            if not (cal.valid_day(first.y, mo, d1) and cal.valid_day(y2, mo2, d2)):
                continue
            low, last = dt.date(first.y, mo, d1), dt.date(y2, mo2, d2)
            atoms.append(
                Atom(start, m.end(), low=low, high=last + dt.timedelta(days=1), value=f"{low.isoformat()}/{last.isoformat()}",
                      precision="range", priority=6, relative=first.relative)
            )
    return atoms


def _apply_parts(text: str, atoms: list[Atom]) -> list[Atom]:
    parts, week_parts = pat.LEX["parts"], pat.LEX["week_parts"]
    out = []
    for atom in atoms:
        m = pat.PART_PREFIX.search(text[max(0, atom.start - 40) : atom.start])
        if m and atom.precision in ("year", "decade", "century", "month", "season", "quarter", "week"):
            words = re.sub(r"\b(?:the|of)\b|-", " ", m.group("p").lower()).split()
            key = " ".join(words)
            if atom.precision == "week":
                days = week_parts.get(key)  # "early next week": whole days of the week
                frac = (days[0] / 7, days[1] / 7) if days else None
            else:
                frac = parts.get(key)
            if frac:
                atom = replace(atom, start=atom.start - len(m.group("p")), part=(frac[0], frac[1]), part_key=key, weak=False)
        out.append(atom)
    return out


_BY_BEFORE = re.compile(r"(?<![\w])by\s+$", re.IGNORECASE)


def _apply_bounds(text: str, atoms: list[Atom]) -> list[Atom]:
    bounds = pat.LEX["bounds"]
    suffixes = pat.LEX["bound_suffixes"]
    out = []
    for atom in atoms:
        low, high, value = _interval(atom)
        if low is None:
            out.append(atom)
            continue
        m = pat.BOUND_PREFIX.search(text[max(0, atom.start - 25) : atom.start])
        s = pat.BOUND_SUFFIX.match(text, atom.end)
        by = _BY_BEFORE.search(text, max(0, atom.start - 10), atom.start) if atom.part_key == "end" else None
        if by and not m and atom.precision != "range":
            # "by the end of 2016": no later than 2016 ends
            base_low, base_high, _ = _base_interval(atom)
            atom = replace(atom, start=by.start(), low=None, high=base_high, value=value, bound="max", y=None, m=None, d=None,
                           open_low=True, open_high=False, weak=False)
        elif m and atom.precision != "range":
            bound, edge = bounds[re.sub(r"\s+", " ", m.group("b").lower())]
            base_low, base_high, _ = _base_interval(atom)
            if atom.part_key in ("end", "late") and edge == "before":
                low, high = base_low, base_high  # "before the end of 2016": before 2017 begins
                edge = "until"
            elif atom.part_key in ("beginning", "start", "early") and edge == "after":
                edge = "start"
            elif edge == "after" and atom.precision == "day":
                edge = "start"  # "after Tuesday's vote": what follows a day may still fall on it
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


def _apply_offsets(text: str, atoms: list[Atom], reference: dt.date | None = None) -> list[Atom]:
    """"three days after January 12th", "2 weeks before May 13 1999", "3 days prior to June 5",
    "the day after Christmas": a day moved from a day; "the Monday after Christmas", "the Friday
    before Easter": the nearest such weekday beyond it.

    "a week from Monday" counts from the coming Monday (a bare weekday alone is the latest one).
    """
    out = []
    for atom in atoms:
        m = pat.OFFSET_PREFIX.search(text, max(0, atom.start - 40), atom.start)
        low, _, _ = _interval(atom)
        if not (m and low is not None and atom.precision == "day" and not (atom.open_low or atom.open_high)):
            out.append(atom)
            continue
        direction = re.sub(r"\s+", " ", (m.group("dir") or m.group("dir1")).lower())
        sign = -1 if direction in ("before", "prior to") else 1
        if m.group("wd"):
            if direction == "from":
                out.append(atom)
                continue
            # "the Monday after Christmas", "the Friday before Easter": the nearest such day beyond it
            wd = weekday_number(m.group("wd"))
            if sign > 0:
                day = low + dt.timedelta(days=(wd - low.weekday()) % 7 or 7)
            else:
                day = low - dt.timedelta(days=(low.weekday() - wd) % 7 or 7)
            out.append(replace(atom, start=m.start(), low=day, high=day + dt.timedelta(days=1), value=day.isoformat(),
                               y=None, m=None, d=None, part=None))
            continue
        n = 1 if m.group("u1") else count_value(m.group("n"))
        if n and (not m.group("u1") or direction != "from"):
            if (direction == "from" and reference is not None and low < reference
                    and pat.BARE_WEEKDAY.fullmatch(text, atom.start, atom.end)):
                low += dt.timedelta(days=7)
            day = shift_date(low, m.group("u") or m.group("u1"), n, sign)
            if day is not None:
                atom = replace(atom, start=m.start(), low=day, high=day + dt.timedelta(days=1), value=day.isoformat(),
                               y=None, m=None, d=None, part=None)
        out.append(atom)
    return out


def _sub_period(span: cal.Span, precision: str, unit: str, count: int, from_end: bool) -> cal.Span | None:
    """``count`` units at the start (or end) of ``span``; weeks of a year are ISO weeks."""
    low, high = span
    if unit == "weekend":  # the weekends whose Saturday falls in the span
        saturday = low + dt.timedelta(days=(5 - low.weekday()) % 7)
        if from_end:
            saturday = high - dt.timedelta(days=1)
            saturday -= dt.timedelta(days=(saturday.weekday() - 5) % 7)
            saturday -= dt.timedelta(weeks=count - 1)
        return saturday, saturday + dt.timedelta(days=2 + 7 * (count - 1))
    if unit == "week":
        # As ISO week 1 of a year, the first week of a month holds its first Thursday (most of
        # the week's days fall in the month), the last week its last Thursday.
        thursday = low + dt.timedelta(days=(3 - low.weekday()) % 7)
        last_thursday = high - dt.timedelta(days=1)
        last_thursday -= dt.timedelta(days=(last_thursday.weekday() - 3) % 7)
        first, last = cal.week_span(thursday)[0], cal.week_span(last_thursday)[0]
        if from_end:
            return last - dt.timedelta(weeks=count - 1), last + dt.timedelta(weeks=1)
        return first, first + dt.timedelta(weeks=count)
    if unit == "day":
        step = dt.timedelta(days=count)
        return (high - step, high) if from_end else (low, low + step)
    months = count * (3 if unit == "quarter" else 1)
    return (cal.add_months(high, -months), high) if from_end else (low, cal.add_months(low, months))


def _apply_sub_periods(text: str, atoms: list[Atom]) -> list[Atom]:
    """"the first three months of 2019", "the 9th month of next year", "the last week of July",
    "the first Monday of May"."""
    out = []
    for atom in atoms:
        low, high, _ = _interval(atom)
        m = pat.P_SUB_PERIOD.search(text, max(0, atom.start - 50), atom.start)
        if m is None or low is None or atom.open_low or atom.open_high or atom.precision not in ("year", "month", "quarter", "half", "decade"):
            out.append(atom)
            continue
        if m.group("wd"):
            # "the first Monday of May", "the last Friday in November 2016": that weekday of the month
            word = m.group("ordw").lower()
            nth = -1 if word in ("last", "final") else ordinal_value(word)
            day = cal.nth_weekday(low.year, low.month, weekday_number(m.group("wd")), nth) if atom.precision == "month" and nth else None
            if day is None or not low <= day < high:
                out.append(atom)  # "the fifth Monday of June" when June has four
                continue
            out.append(replace(atom, start=m.start(), low=day, high=day + dt.timedelta(days=1), value=day.isoformat(), precision="day",
                               y=None, m=None, d=None, part=None))
            continue
        unit = (m.group("u") or m.group("us")).lower().rstrip("s")
        if m.group("ord"):
            word = m.group("ord").lower()
            nth = None if word in ("last", "final") else ordinal_value(word)
            span = _sub_period((low, high), atom.precision, unit, 1, nth is None)
            if nth and span:
                step = dt.timedelta(weeks=1) if unit == "weekend" else span[1] - span[0] if unit in ("day", "week") else None
                span = (span[0] + step * (nth - 1), span[1] + step * (nth - 1)) if step else \
                    _sub_period((cal.add_months(low, (nth - 1) * (3 if unit == "quarter" else 1)), high), atom.precision, unit, 1, False)
            count = 1
        else:
            count = count_value(m.group("n"))
            if not count or count != int(count):
                out.append(atom)
                continue
            count = int(count)
            span = _sub_period((low, high), atom.precision, unit, count, m.group("fl").lower() != "first")
        if span is None or span[0] < low - dt.timedelta(days=7) or span[1] > high + dt.timedelta(days=7) or span[0] >= span[1]:
            out.append(atom)  # "the 13th month of 2021" does not exist
            continue
        if count > 1 or unit == "weekend":
            value, precision = f"{span[0].isoformat()}/{(span[1] - dt.timedelta(days=1)).isoformat()}", "range"
        elif unit == "week":
            iso_year, iso_week, _ = span[0].isocalendar()
            value, precision = f"{iso_year}-W{iso_week:02d}", "week"
        elif unit == "month":
            value, precision = f"{span[0].year}-{span[0].month:02d}", "month"
        elif unit == "quarter":
            value, precision = f"{span[0].year}-{32 + (span[0].month - 1) // 3 + 1}", "quarter"
        else:
            value, precision = span[0].isoformat(), "day"
        out.append(replace(atom, start=m.start(), low=span[0], high=span[1], value=value, precision=precision,
                           y=None, m=None, d=None, part=None))
    return out


def _apply_weeks(text: str, atoms: list[Atom]) -> list[Atom]:
    """"the week of April 10th", "w/c Feb 4": the Monday-to-Sunday week of a day."""
    out = []
    for atom in atoms:
        low, high, _ = _interval(atom)
        if low is None or atom.open_low or atom.open_high:
            out.append(atom)
            continue
        before = text[max(0, atom.start - 40) : atom.start]
        week_match = pat.P_WEEK_OF.search(before)
        span: cal.Span | None = None
        if week_match and atom.precision == "day":
            span, start = cal.week_span(low), atom.start - len(week_match.group())
        if span:
            iso_year, iso_week, _ = span[0].isocalendar()
            atom = replace(atom, start=start, low=span[0], high=span[1], value=f"{iso_year}-W{iso_week:02d}", precision="week",
                           y=None, m=None, d=None, part=None)
        out.append(atom)
    return out


def _counts_back(text: str, atom: Atom) -> bool:
    """Whether a date without its year must lie before the reference: "since May", or the end of a
    reported stretch ("in the year to March", not in a sentence about the future)."""
    if pat.SINCE_BEFORE.search(text, max(0, atom.start - 12), atom.start):
        return True
    return bool(pat.P_PERIOD_ENDING.search(text, max(0, atom.start - 40), atom.start)) and tense_at(text, atom.start, atom.end) != "future"


def _apply_periods_ending(text: str, atoms: list[Atom]) -> list[Atom]:
    """"the week ending Nov 4", "the year ended June 30, 2016", "the 12 months to June 2016": the
    stretch that ends with the day or month named (that day or month included)."""
    out = []
    for atom in atoms:
        low, high, _ = _interval(atom)
        m = pat.P_PERIOD_ENDING.search(text, max(0, atom.start - 40), atom.start)
        if m is None or high is None or atom.open_low or atom.open_high or atom.part or atom.precision not in ("day", "month"):
            out.append(atom)
            continue
        word, unit = m.group("w").lower(), m.group("u").lower().rstrip("s")
        n = count_value(m.group("n")) if m.group("n") else 1
        plural = m.group("u").lower().endswith("s")
        if (word in ("to", "through") and not m.group("the")) or not n or n != int(n) or plural != (n > 1):
            out.append(atom)  # "three months to September to decide": no "the", no stretch
            continue
        start = shift_date(high, unit, n, -1)
        if start is None or start >= high:
            out.append(atom)
            continue
        out.append(replace(atom, start=m.start(), low=start, high=high, precision="range", y=None, m=None, d=None,
                           value=f"{start.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}"))
    return out


def _to_value(text: str, atom: Atom) -> Value | None:
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
    if reference is not None and not pat.REFERENCE_RANGE[0] <= reference <= pat.REFERENCE_RANGE[1]:
        reference = None  # relative arithmetic would leave the calendar; read the text as undated
    atoms = _atoms_calendar(text) + _atoms_periods(text) + _atoms_bare_years(text) + _atoms_day_ranges(text, reference)
    atoms += _atoms_quarter_words(text, reference) + _atoms_holidays(text, reference)
    if reference is not None:
        atoms += atoms_relative(text, reference) + _atoms_bare_day(text)
    else:
        # Relative phrases are still found, so that "last November" does not leave "November"
        # behind; they are dropped once they have claimed their text.
        blockers = atoms_relative(text, pat.ANY_DAY)
        for atom in blockers:
            atom.blocker = True
        atoms += blockers
    atoms = [a for a in _select(atoms, len(text)) if not a.blocker]
    atoms = _apply_parts(text, atoms)
    atoms = _combine_ranges(text, atoms, reference)
    atoms = [a for a in atoms if not a.weak]
    atoms = _share_years(text, atoms)
    atoms = _days_of_relative_years(text, atoms, reference)
    atoms = [_resolve_year(a, reference, _counts_back(text, a)) for a in atoms]
    atoms = _apply_sub_periods(text, atoms)
    atoms = _apply_weeks(text, atoms)
    atoms = _apply_periods_ending(text, atoms)
    atoms = _apply_offsets(text, atoms, reference)
    atoms = _apply_bounds(text, atoms)
    atoms = _select(atoms, len(text))  # a prefix read into a date ("the last week of") may cover another
    if reference is not None:
        atoms = sorted(atoms + atoms_to_date(text, atoms, reference), key=lambda a: a.start)
    values = [v for v in (_to_value(text, a) for a in atoms) if v is not None]
    values.sort(key=lambda v: (v.start, v.end))
    values += _durations_outside(values, find_durations(text))
    values.sort(key=lambda v: (v.start, v.end))
    return _durations_from_a_day(text, values)


_STARTING_GAP = re.compile(r"\s*,?\s*(?:from\s+)?", re.IGNORECASE)
_STARTING_WORDS = re.compile(r"(?:starting|beginning)\b", re.IGNORECASE)
_ISO_DURATION = re.compile(r"P(\d+)([DWMY])")
_DESIGNATOR_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _durations_from_a_day(text: str, values: list[Value]) -> list[Value]:
    """"for 3 days starting next Monday", "2 weeks starting May 20th", "for 3 days, from today":
    a length of time laid from a day becomes the range it covers."""
    out: list[Value] = []
    i = 0
    while i < len(values):
        d = values[i]
        nxt = values[i + 1] if i + 1 < len(values) else None
        iso = _ISO_DURATION.fullmatch(d.value or "") if d.kind == "duration" and not d.bound and not d.approx else None
        gap = _STARTING_GAP.fullmatch(text, d.end, nxt.start) if iso and nxt is not None else None
        if gap and nxt.kind == "date" and nxt.low and nxt.precision == "day" and (
            (nxt.bound == "min" and _STARTING_WORDS.match(nxt.text)) or ("from" in gap.group().lower() and not nxt.bound)
        ):
            low = dt.date.fromisoformat(nxt.low)
            high = shift_date(low, _DESIGNATOR_UNITS[iso.group(2)], int(iso.group(1)), 1)
            if high is not None and high > low:
                start = d.start
                out.append(Value(kind="date", text=text[start : nxt.end], start=start, end=nxt.end,
                                 value=f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}", low=low.isoformat(),
                                 high=high.isoformat(), precision="range", relative=nxt.relative))
                i += 2
                continue
        out.append(d)
        i += 1
    return out


def _durations_outside(dates: list[Value], durations: list[Value]) -> list[Value]:
    """Durations not inside a date already read ("two years" in "two years ago")."""
    starts = [v.start for v in dates]  # dates are sorted and do not overlap
    kept = []
    for d in durations:
        k = bisect.bisect_left(starts, d.end)  # dates starting before the duration ends
        if k == 0 or dates[k - 1].end <= d.start:
            kept.append(d)
    return kept
