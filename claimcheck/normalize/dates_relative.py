"""Relative dates resolved against the article's own date.

"yesterday", "last year", "next month", "on Tuesday", "last November", "January this
year", "two years ago", "the past three years", "earlier this month", "year to date".
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.normalize import calendar as cal
from claimcheck.normalize import dates_patterns as pat
from claimcheck.normalize.dates_atoms import Atom, span_atom
from claimcheck.normalize.dates_lexicon import count_value, month_number, ordinal_value, weekday_number


def shifted_week(day: dt.date, shift: int) -> cal.Span:
    """The Monday-to-Sunday week ``shift`` weeks away from the one holding ``day``."""
    low, _ = cal.week_span(day)
    low += dt.timedelta(weeks=shift)
    return low, low + dt.timedelta(days=7)


def own_period(reference: dt.date, unit: str, shift: int) -> tuple[cal.Span, str, str] | None:
    """The reference's own period of ``unit`` moved by ``shift`` periods, with value and precision."""
    if unit in ("week", "fortnight"):
        low, high = shifted_week(reference, shift)
        if unit == "fortnight":
            high = low + dt.timedelta(days=14)
        iso_year, iso_week, _ = low.isocalendar()
        return (low, high), f"{iso_year}-W{iso_week:02d}", "week"
    if unit == "weekend":
        low, _ = shifted_week(reference, shift)
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


def shift_date(day: dt.date, unit: str, n: float, sign: int) -> dt.date | None:
    """``day`` moved by ``n`` units ("weeks", "years"...) forward (sign 1) or back (-1); None off the calendar."""
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


def atoms_relative(text: str, reference: dt.date) -> list[Atom]:
    """Every relative date in ``text`` resolved against ``reference`` (overlaps resolved later)."""
    atoms: list[Atom] = []
    for m in pat.P_REL_DAY.finditer(text):
        shift = pat.LEX["relative_days"][m.group("w").lower()]
        if m.group("dir"):
            shift += -1 if m.group("dir").lower() == "before" else 1
        day = reference + dt.timedelta(days=shift)
        atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 3, True))
    for pattern in (pat.P_REL_WEEKDAY, pat.P_REL_WEEK_WEEKDAY):
        for m in pattern.finditer(text):
            wd = weekday_number(m.group("wd"))
            mod = re.sub(r"\s+", " ", (m.groupdict().get("mod") or "").lower())
            wk = re.sub(r"\s+", " ", (m.group("wk") or "").lower())
            if not mod and not wk and not m.group("wd")[0].isupper() and not re.search(r"\bon\s+$", text[max(0, m.start() - 4) : m.start()], pat.FLAGS):
                continue
            nth = pat.NTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) if not mod else None
            if (nth or (mod in ("last", "final") and pat.THE_BEFORE.search(text, max(0, m.start() - 4), m.start()))) \
                    and not wk and pat.OF_IN_AFTER.match(text, m.end()):
                continue  # "the first Monday of May", "the last Friday of the month": a day of that month
            if wk:
                shift = {"this": 0, "next": 1, "the following": 1, "last": -1, "previous": -1, "the previous": -1}[wk]
                low, _ = shifted_week(reference, shift)
                day = low + dt.timedelta(days=wd)
            elif mod in ("last", "previous"):
                day = shifted_week(reference, -1)[0] + dt.timedelta(days=wd)
            elif mod in ("next", "following"):
                day = shifted_week(reference, 1)[0] + dt.timedelta(days=wd)
            elif mod == "this":
                day = shifted_week(reference, 0)[0] + dt.timedelta(days=wd)
            elif mod in ("this coming", "this upcoming", "coming", "upcoming"):
                day = reference + dt.timedelta(days=(wd - reference.weekday() - 1) % 7 + 1)
            elif mod in ("this past", "past"):
                day = reference - dt.timedelta(days=(reference.weekday() - wd - 1) % 7 + 1)
            else:
                day = reference - dt.timedelta(days=(reference.weekday() - wd) % 7)
            atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 2, True))
    for m in [*pat.P_WEEKDAY_RANGE_WEEK.finditer(text), *pat.P_WEEK_WEEKDAY_RANGE.finditer(text)]:
        wd1, wd2 = weekday_number(m.group("wd1") or m.group("wd1b")), weekday_number(m.group("wd2"))
        if wd1 is None or wd2 is None or wd1 >= wd2:
            continue
        week, _ = shifted_week(reference, {"this": 0, "next": 1, "last": -1, "previous": -1}[m.group("wk").lower()])
        first, last = week + dt.timedelta(days=wd1), week + dt.timedelta(days=wd2)
        if (m.group("sep") or "").lower() == "and" and (m.group("pre") or "").lower() != "between":
            # "on Monday and Friday next week": two days of that week
            atoms.append(span_atom((m.start(), m.end("wd1")), *cal.day_span(first), first.isoformat(), "day", 5, True))
            atoms.append(span_atom((m.start("wd2"), m.end()), *cal.day_span(last), last.isoformat(), "day", 5, True))
            continue
        atoms.append(_range_atom(m, first, last + dt.timedelta(days=1)))
    for m in pat.P_REL_PERIOD.finditer(text):
        shift = pat.SHIFT[m.group("mod").lower()]
        unit = m.group("u").lower()
        if m.group("mod").lower() in ("last", "next") and pat.THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) \
                and pat.OF_AFTER.match(text, m.end()):
            continue  # "the last week of the campaign", "the last weekend of May": a part of something else
        if unit == "fortnight" and shift:
            # "the past fortnight" is the fourteen days up to the reference, "the next fortnight" the
            # fourteen after it: a fortnight has no place in the calendar
            low = reference - dt.timedelta(days=14) if shift < 0 else reference + dt.timedelta(days=1)
            atoms.append(_range_atom(m, low, low + dt.timedelta(days=14)))
            continue
        if unit == "decade" and shift < 0:
            # "the past decade" is the ten years up to the reference, not the previous 2010s
            low = cal.add_years(reference, -10)
            atoms.append(span_atom(m, low, reference, f"{low.isoformat()}/{(reference - dt.timedelta(days=1)).isoformat()}", "range", 3, True))
            continue
        found = own_period(reference, unit, shift)
        if found:
            (low, high), value, prec = found
            atoms.append(span_atom(m, low, high, value, prec, 3, True))
    for m in pat.P_REL_NAMED.finditer(text):
        if m.group("n").lower() in ("may", "march") and not m.group("n")[0].isupper():
            continue  # "this may be", "the last march"
        atom = named_relative(m, reference, m.group("mod").lower())
        if atom:
            atoms.append(atom)
    for m in pat.P_NAMED_OF_YEAR.finditer(text):
        if pat.DAY_BEFORE_MONTH.search(text, max(0, m.start() - 20), m.start()):
            continue  # "5 May last year": the day is joined to the year in dates.py
        year = reference.year + {"this": 0, "last": -1, "next": 1}[m.group("mod").lower()]
        atom = named_in_year(m, m.group("n"), year)
        if atom:
            atoms.append(atom)
    for m in pat.P_AGO.finditer(text):
        n = count_value(m.group("n"))
        unit = m.group("u").lower()
        if n is None:
            continue
        span: re.Match[str] | tuple[int, int] = m
        parts = list(pat.LAST_N_TAIL.finditer(m.group("tail")))
        if parts and pat.LAST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "for the last 3 months and 2 days ago they won": the stretch, then "2 days ago"
            last = parts[-1]
            n, unit, parts = count_value(last.group("n")), last.group("u").lower(), []
            span = (m.start("tail") + last.start(), m.end())
            if n is None:
                continue
        day = shift_date(reference, unit, n, -1)
        for part in parts:  # "two years and three months ago"
            more = count_value(part.group("n"))
            day = shift_date(day, part.group("u"), more, -1) if day is not None and more else None
            unit = part.group("u").lower()  # the precision of the smallest unit counted
        if day is None:
            continue
        atom = unit_atom(span, day, unit)
        atoms.append(atom)
    for m in pat.P_FROM_BASE.finditer(text):
        n = count_value(m.group("n"))
        base = reference + dt.timedelta(days=pat.LEX["relative_days"].get(m.group("base").lower(), 0))
        day = shift_date(base, m.group("u"), n, -1 if m.group("dir").lower() == "before" else 1) if n else None
        if day:
            atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True))
    for m in pat.P_IN_TIME.finditer(text):
        n = count_value(m.group("n"))
        day = shift_date(reference, m.group("u"), n, 1) if n else None
        if day:
            atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True))
    for m in pat.P_EARLY_LATE_REL.finditer(text):
        found = own_period(reference, m.group("u").lower(), 0)
        if not found:
            continue
        (low, high), value, _ = found
        if m.group("w").lower() == "earlier":
            span = (low, reference)
        else:
            span = (reference + dt.timedelta(days=1), high)
        if span[0] < span[1]:
            atoms.append(span_atom(m, *span, f"{span[0].isoformat()}/{(span[1] - dt.timedelta(days=1)).isoformat()}", "range", 4, True))
    for m in pat.P_DAY_PART.finditer(text):
        day = reference + dt.timedelta(days=pat.LEX["day_parts"][re.sub(r"[\s-]+", " ", m.group("w").lower())])
        atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 3, True))
    for m in pat.P_LAST_N.finditer(text):
        n = count_value(m.group("n") or m.group("n2"))
        unit = m.group("u").lower()
        if not n or n != int(n):
            continue
        if m.group("mod") and m.start() == m.start("mod"):
            continue  # "reluctant to go past seven years": "the past/last N years" needs "the" or "in", "over"...
        if unit == "quarters":
            high = dt.date(reference.year, (reference.month - 1) // 3 * 3 + 1, 1)
            low = cal.add_months(high, -3 * int(n))
        else:
            high = reference
            low = shift_date(reference, unit, n, -1)
        for part in pat.LAST_N_TAIL.finditer(m.group("tail")):  # "... and 2 weeks and 2 days"
            more = count_value(part.group("n"))
            low = shift_date(low, part.group("u"), more, -1) if low is not None and more else None
        if low is None or low >= high:
            continue
        value = f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}"
        atoms.append(span_atom(m, low, high, value, "range", 4, True))
    for m in pat.P_WD_DAY.finditer(text):
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
            atoms.append(span_atom(m, *cal.day_span(best), best.isoformat(), "day", 3, True))
    for m in pat.P_NOW.finditer(text):
        if re.search(r"(?:\b(?:to|till|until|and|through)|[-–])\s*$", text[max(0, m.start() - 10) : m.start()], pat.FLAGS):
            atom = span_atom(m, *cal.day_span(reference), reference.isoformat(), "day", 0, True)
            atom.weak = m.group("w").lower() != "today"
            atoms.append(atom)
    for m in pat.P_YTD.finditer(text):
        low = dt.date(reference.year, 1, 1)
        if low < reference:
            atoms.append(span_atom(m, low, reference, f"{low.isoformat()}/{reference.isoformat()}", "range", 4, True))
    lowered = text.lower()
    for m in pat.finditer_near(pat.P_DAY_OF_REL_MONTH, pat.KEY_MONTH, text, lowered, 40, 6):
        if m.group("own") and _tense(text, m) != "future":
            continue  # "rent is due on the first of the month", "died on the 5th of the month": not the reference's
        (low, high), _, _ = own_period(reference, "month", pat.SHIFT[(m.group("mod") or "this").lower()])
        d = (high - dt.timedelta(days=1)).day if m.group("last") else ordinal_value(m.group("d"))
        if d and cal.valid_day(low.year, low.month, d):
            day = dt.date(low.year, low.month, d)
            atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True))
        elif d:  # "the 30th of last month" in February: claim the day so it is not read alone
            atoms.append(Atom(m.start(), (m.start("mod") if m.group("mod") else m.start("own")) - 1, precision="day", priority=4, blocker=True))
    for m in pat.finditer_near(pat.P_DAY_RANGE_REL_MONTH, pat.KEY_MONTH, text, lowered, 70, 6):
        sep, pre = m.group("sep").lower(), (m.group("pre") or "").lower()
        if m.group("own") and _tense(text, m) != "future":
            continue  # a habit or the story's month (see "the 26th day of the month")
        if sep == "-" and not (pre or m.group("of") or m.group("own") or not m.group("d1").isdigit()):
            continue  # "the scores were 4-23 next month"
        d1, d2 = ordinal_value(m.group("d1")), ordinal_value(m.group("d2"))
        (low, _), _, _ = own_period(reference, "month", pat.SHIFT[(m.group("mod") or "this").lower()])
        if not (d1 and d2 and d1 < d2 and cal.valid_day(low.year, low.month, d2)):
            continue
        first, last = dt.date(low.year, low.month, d1), dt.date(low.year, low.month, d2)
        if sep == "and" and pre != "between":
            # "on the 4th and 5th of next month": two days, the first taking the month of the second
            atoms.append(span_atom((m.start(), m.end("d1")), *cal.day_span(first), first.isoformat(), "day", 5, True))
            atoms.append(span_atom((m.start("d2"), m.end()), *cal.day_span(last), last.isoformat(), "day", 5, True))
        else:
            atoms.append(span_atom(m, first, last + dt.timedelta(days=1), f"{first.isoformat()}/{last.isoformat()}", "range", 5, True))
    for m in pat.finditer_near(pat.P_THE_NEXT, pat.KEY_THE_NEXT, text, lowered, 1, 20):
        if _tense(text, m) == "past":
            continue  # "sales fell in 2009 and were flat the next quarter": the story's next quarter
        if m.group("u").lower() == "decade":
            # "will not add to our deficit over the next decade": the ten years ahead, not the 2020s
            low = reference + dt.timedelta(days=1)
            atoms.append(_range_atom(m, low, cal.add_years(low, 10)))
            continue
        (low, high), value, prec = own_period(reference, m.group("u").lower(), 1)
        atoms.append(span_atom(m, low, high, value, prec, 3, True))
    for m in pat.finditer_near(pat.P_WEEKDAY_FROM_NOW, pat.KEY_FROM_NOW, text, lowered, 40, 1):
        n = count_value(m.group("n"))
        day = shift_date(reference, m.group("u"), n, 1) if n else None
        if day is not None:
            day = cal.week_span(day)[0] + dt.timedelta(days=weekday_number(m.group("wd")))
            atoms.append(span_atom(m, *cal.day_span(day), day.isoformat(), "day", 5, True))
    for m in pat.finditer_near(pat.P_IN_N_FUTURE, pat.KEY_IN, text, lowered, 1, 40):
        n = count_value(m.group("n"))
        unit = m.group("u").lower()
        if not n or n != int(n) or (n == 1) != (not unit.endswith("s")) or _tense(text, m) != "future":
            continue
        clause = text[max(0, m.start() - 60) : m.start()]
        if pat.SUPERLATIVE_BEFORE.search(re.split(r"[.!?;\n]", clause)[-1]):
            continue  # "will be the first visit in 20 years": a span up to now
        day = shift_date(reference, unit, n, 1)
        if day is not None:
            atoms.append(unit_atom(m, day, unit))
    for m in pat.finditer_near(pat.P_FOR_THE_PERIOD, pat.KEY_FOR_THE, text, lowered, 1, 12):
        if _tense(text, m) == "past":
            continue  # "selection was winding down for the day": the story's day
        unit = m.group("u").lower()
        if unit == "day":
            atoms.append(span_atom(m, *cal.day_span(reference), reference.isoformat(), "day", 3, True))
            continue
        (low, high), value, prec = own_period(reference, unit, 0)
        atoms.append(span_atom(m, low, high, value, prec, 3, True))
    atoms += atoms_ahead(text, reference, lowered)
    atoms += atoms_weeks(text, reference, lowered)
    for m in pat.finditer_near(pat.P_FROM_BASE_CMP, pat.KEY_THAN, text, lowered, 6, 70):
        n = count_value(m.group("n"))
        base = reference + dt.timedelta(days=pat.LEX["relative_days"].get(m.group("base").lower(), 0))
        sign = -1 if m.group("dir").lower() == "before" else 1
        day = shift_date(base, m.group("u"), n, sign) if n else None
        if day is None:
            continue
        more = m.group("cmp").lower() == "more"
        if more:  # further from the base than the day: open towards the past or the future
            low, high = (None, day) if sign < 0 else (day, None)
            atom = Atom(m.start(), m.end(), low=low, high=high, value=day.isoformat(), precision="day", priority=4,
                        relative=True, bound="max" if sign < 0 else "min", open_low=low is None, open_high=high is None)
        else:  # between the base and the day
            low, high = (day, base) if sign < 0 else (base, day)
            if low >= high:
                continue
            atom = span_atom(m, low, high, f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}", "range", 4, True)
        atoms.append(atom)
    return atoms


def _range_atom(m: re.Match[str], low: dt.date, high: dt.date) -> Atom:
    return span_atom(m, low, high, f"{low.isoformat()}/{(high - dt.timedelta(days=1)).isoformat()}", "range", 4, True)


def _in_past_narrative(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence around ``m`` is told in the past with no future in it."""
    return _tense(text, m) == "past"


def atoms_ahead(text: str, reference: dt.date, lowered: str) -> list[Atom]:
    """"in the next 5 days", "the 2 upcoming months", "within 3 weeks": stretches counted from the reference.

    "next"/"coming"/"upcoming" N days, weeks, months, years or decades start the day after the
    reference; N business (working) days are the next N weekdays; N quarters are the next N calendar quarters; "within N units" starts on the
    reference itself. After "for" ("for the next six years") the phrase is a length of time,
    left to the duration reader, except for quarters, which are calendar periods, when the
    phrase looks ahead from the reference ("sales for the coming three quarters", "will fall
    for the next two quarters"; "sales fell for the next two quarters" counts from the story).
    """
    atoms: list[Atom] = []
    for m in pat.finditer_near(pat.P_NEXT_N, pat.KEY_NEXT_N, text, lowered, 45, 45):
        unit = m.group("u").lower()
        if _in_past_narrative(text, m):
            continue
        if pat.FOR_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            ahead = (m.group("mod") or "").lower() in ("coming", "upcoming") or _tense(text, m) == "future"
            if unit != "quarters" or not ahead:
                continue  # calendar quarters even so: "sales for the coming three quarters", "will fall for the next two quarters"
        n = count_value(m.group("n") or m.group("n2"))
        if not n or n != int(n):
            continue
        within = (m.group("pre") or "").lower() == "within"
        if re.match(r"(?:business|working)\s", unit):
            last = business_day(reference, int(n))
            low = reference if within else business_day(reference, 1)
            high = last + dt.timedelta(days=1)
        elif unit == "quarters":
            q_start = dt.date(reference.year, (reference.month - 1) // 3 * 3 + 1, 1)
            low = reference if within else cal.add_months(q_start, 3)
            high = cal.add_months(cal.add_months(q_start, 3) if within else low, 3 * int(n))

        else:
            low = reference if within else reference + dt.timedelta(days=1)
            high = shift_date(low, unit, n, 1)
        if high is None or low >= high:
            continue
        atoms.append(_range_atom(m, low, high))
    for m in pat.finditer_near(pat.P_WITHIN_N, pat.KEY_WITHIN, text, lowered, 1, 70):
        if m.group()[0].isupper() or _in_past_narrative(text, m):
            continue  # "Within five years, half of the settlers gave up": counted from the story's events
        n = count_value(m.group("n"))
        unit = m.group("u").lower()
        if not n or n != int(n) or (unit.endswith("s") and n == 1) or (not unit.endswith("s") and n != 1):
            continue
        if re.match(r"(?:business|working)\s", unit):
            atoms.append(_range_atom(m, reference, business_day(reference, int(n)) + dt.timedelta(days=1)))
            continue
        high = shift_date(reference, unit, n, 1)
        if high is None or high <= reference:
            continue
        atoms.append(_range_atom(m, reference, high))
    return atoms


def atoms_weeks(text: str, reference: dt.date, lowered: str) -> list[Atom]:
    """Weeks named from the reference: "week 31" (ISO, of the reference's year), "the week after
    next", "this working week" (Monday to Friday), "the weekend" (see ``nearest_weekend``)."""
    atoms: list[Atom] = []
    for m in pat.finditer_near(pat.P_WEEK_NUMBER, pat.KEY_WEEK_NUMBER, text, lowered, 12, 40):
        if m.group("y") or not (m.group("the") or m.group("rel")):
            continue  # with a year it is a calendar date (dates.py); a bare "week 5" is often a season's week
        year = reference.year + {"this": 0, "last": -1, "next": 1}.get((m.group("rel") or "this").lower(), 0)
        found = iso_week(year, int(m.group("n")))
        if found:
            atoms.append(span_atom(m, *found, f"{year}-W{int(m.group('n')):02d}", "week", 4, True))
    for m in pat.finditer_near(pat.P_WEEK_AFTER_NEXT, pat.KEY_AFTER_NEXT, text, lowered, 20, 5):
        (low, high), value, prec = own_period(reference, m.group("u").lower(), 2 if m.group("next") else -2)
        atoms.append(span_atom(m, low, high, value, prec, 4, True))
    for m in pat.finditer_near(pat.P_WORK_WEEK, pat.KEY_WORK_WEEK, text, lowered, 25, 20):
        low, _ = shifted_week(reference, pat.SHIFT[m.group("mod").lower()])
        high = low + dt.timedelta(days=5)
        atoms.append(_range_atom(m, low, high))
    for m in pat.finditer_near(pat.P_THE_WEEKEND, pat.KEY_WEEKEND, text, lowered, 30, 30):
        if pat.WIN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "came to win the weekend": sport, not a date
        low = nearest_weekend(reference, _tense(text, m))
        atoms.append(span_atom(m, low, low + dt.timedelta(days=2), f"{low.isoformat()}/{(low + dt.timedelta(days=1)).isoformat()}",
                               "range", 3, True))
    for m in pat.finditer_near(pat.P_REST_OF, pat.KEY_REST_OF, text, lowered, 6, 50):
        (_, high), _, _ = own_period(reference, m.group("u").lower(), 0)
        atoms.append(_range_atom(m, reference, high))
    for m in pat.finditer_near(pat.P_PART_OF_OWN, pat.KEY_PART_OF, text, lowered, 15, 50):
        # only "the month"/"the year" itself: the part ("the end of") is applied like any other
        if m.group("u").lower() == "week":
            tense = _tense(text, m)
            deadline = bool(pat.BY_BEFORE.search(text, max(0, m.start() - 4), m.start()))
            if not (tense == "future" or (deadline and tense != "past")):
                continue  # "at the end of the week, the troops withdrew": the story's week
        (low, high), value, prec = own_period(reference, m.group("u").lower(), 0)
        atoms.append(span_atom((m.start("own"), m.end("own")), low, high, value, prec, 3, True))
    return atoms


def business_day(day: dt.date, n: int) -> dt.date:
    """The ``n``-th weekday (Monday to Friday) after ``day``; public holidays are not known."""
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def iso_week(year: int, week: int) -> cal.Span | None:
    """Monday to Monday of ISO week ``week`` of ``year``; None when the year has no such week."""
    try:
        low = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return low, low + dt.timedelta(days=7)


def nearest_weekend(reference: dt.date, tense: str = "") -> dt.date:
    """The Saturday of "the weekend": the one under way on a Saturday or Sunday; otherwise the
    coming one in a sentence about the future ("will stay closed through the weekend", "are
    planning to travel over the weekend") and the one just past in any other (news reports the
    past, as with a bare weekday: "agreed at the weekend to slash spending")."""
    wd = reference.weekday()
    saturday = reference + dt.timedelta(days=5 - wd)  # this week's Saturday
    if wd >= 5 or tense == "future":
        return saturday
    return saturday - dt.timedelta(days=7)


def _tense(text: str, m: re.Match[str]) -> str:
    """"past", "future" or "" for the sentence around ``m`` (from its auxiliaries)."""
    return tense_at(text, m.start(), m.end())


def tense_at(text: str, begin: int, end: int) -> str:
    """"past", "future" or "" for the sentence around ``text[begin:end]`` (from its auxiliaries)."""
    start = max((e.end() for e in pat.SENTENCE_END.finditer(text, max(0, begin - 200), begin)), default=max(0, begin - 200))
    after = pat.SENTENCE_END.search(text, end, end + 200)
    sentence = text[start : after.start() if after else end + 200]
    if pat.FUTURE_CLAUSE.search(sentence):
        return "future"
    return "past" if pat.PAST_CLAUSE.search(sentence) else ""


def unit_atom(m: re.Match[str] | tuple[int, int], day: dt.date, unit: str) -> Atom:
    """A relative date at the precision of the unit counted ("two years ago" is a year)."""
    unit = unit.rstrip("s")
    if unit in ("year", "decade", "centurie", "century"):
        return span_atom(m, *cal.year_span(day.year), str(day.year), "year", 4, True)
    if unit in ("month", "quarter"):
        return span_atom(m, *cal.month_span(day.year, day.month), f"{day.year}-{day.month:02d}", "month", 4, True)
    return span_atom(m, *cal.day_span(day), day.isoformat(), "day", 4, True)


def named_in_year(m: re.Match[str], name: str, year: int) -> Atom | None:
    """A month or season name placed in ``year`` ("January this year")."""
    key = name.lower().rstrip(".")
    mo = month_number(key)
    if mo:
        low, high = cal.month_span(year, mo)
        return span_atom(m, low, high, f"{year}-{mo:02d}", "month", 4, True)
    if key in pat.LEX["seasons"]:
        first, months = pat.LEX["seasons"][key]
        code = pat.LEX["season_codes"][key]
        return span_atom(m, *cal.season_span(year, first, months), f"{year}-{code}", "season", 4, True)
    return None


def named_relative(m: re.Match[str], reference: dt.date, mod: str) -> Atom | None:
    """"last November", "next summer", "this September" against the reference."""
    key = m.group("n").lower().rstrip(".")
    mo = month_number(key)
    first = mo if mo else pat.LEX["seasons"].get(key, [None])[0]
    if first is None:
        return None
    if mod == "this":
        year = reference.year
    elif mod in ("last", "previous", "past"):
        # the latest such month/season that has begun before the reference's month
        year = reference.year if (first, 1) < (reference.month, 1) and first < reference.month else reference.year - 1
    else:
        year = reference.year if first > reference.month else reference.year + 1
    return named_in_year(m, key, year)


def atoms_to_date(text: str, atoms: list[Atom], reference: dt.date) -> list[Atom]:
    """"to date", "until now": up to the reference, where no date precedes to make a range."""
    extra = []
    used = bytearray(len(text))
    for a in atoms:
        used[a.start : a.end] = b"\x01" * (a.end - a.start)
    for m in pat.P_TO_DATE.finditer(text):
        if 1 not in used[m.start() : m.end()]:
            extra.append(Atom(m.start(), m.end(), low=None, high=reference, value=reference.isoformat(), precision="day",
                               relative=True, bound="max", open_low=True))
    return extra
