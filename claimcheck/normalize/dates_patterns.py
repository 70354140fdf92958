"""Compiled regular expressions of the date recogniser, built once from ``data/dates.json``.

Every pattern matches case-insensitively and starts with a word-boundary guard so that
positions inside words fail at once. Group names are what ``dates.py`` reads back.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.normalize.dates_lexicon import alternation, holidays, lexicon
from claimcheck.normalize.literals import gate_module

LEX = lexicon()
FLAGS = re.IGNORECASE

MONTHS = alternation(list(LEX["months"]))
MONTHS_FULL = alternation([k for k, v in LEX["months"].items() if len(k) > 4 or k in ("may", "june", "july")])
MONTHS_ABBR = alternation([k for k, v in LEX["months"].items() if not (len(k) > 4 or k in ("may", "june", "july"))])
WEEKDAYS = alternation(list(LEX["weekdays"]))
WD_ANY = alternation(list(LEX["weekdays"]) + list(LEX["weekday_abbreviations"]))
ORD_WORDS = alternation(list(LEX["ordinal_words"]))
SEASONS = alternation(list(LEX["seasons"]))
YEAR = r"(?:1\d{3}|20\d\d)(?![\d])(?![.,]\d)"
DAYNUM = r"(?<![\d.,])(?<![$€£¥] )(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?![.,:]\d)(?!\s*%)"
COUNT = r"(?:\d+(?:\.\d+)?|" + alternation([k for k in LEX["cardinal_words"] if k not in ("a", "an")]) + r"|an?)"
NUMBER_WORDS_PLAIN = alternation([k for k in LEX["cardinal_words"] if " " not in k and k not in ("a", "an")])
UNITS_CAL = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"


def month_group(name: str) -> str:
    """A named group matching a month name; only abbreviations take a dot ("Sept.", not "May.")."""
    return rf"(?<![\w$€£¥#])(?P<{name}>{MONTHS_FULL}(?![a-z])|{MONTHS_ABBR}(?:\.|(?![a-z])))"


def day_group(name: str) -> str:
    """A named group matching a day of the month: "27", "27th", "twenty-seventh"."""
    return rf"(?P<{name}>{DAYNUM}|{ORD_WORDS}(?![a-z]))"


def year_group(name: str) -> str:
    """A named group matching a year 1000-2099 not followed by more digits."""
    return rf"(?P<{name}>{YEAR})"


YEAR_SEP = r"(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+)"
# a weekday before a date: "Tue., Nov. 29", "Tuesday, Nov. 29" (not "on Tuesday.\nThe Nov. 30 deadline")
WD_GAP = r"(?:(?<!day)\.)?(?:,\s*|[ \t]+)"
WD_PREFIX = rf"(?:(?P<wd>{WD_ANY})" + WD_GAP + r"(?:the\s+)?)?"

# Each pattern is tried over the whole text; the handler turns a match into an _Atom.
# Patterns start with (?<![\w]) so that positions inside words fail at once (speed).
P_MDY = re.compile(
    r"(?<![\w])" + WD_PREFIX + month_group("m") + r"\s*(?:[-/]\s*)?(?:the\s+)?" + day_group("d") + rf"(?:{YEAR_SEP}" + year_group("y") + ")?",
    FLAGS,
)
P_DMY = re.compile(
    r"(?<![\w])(?:" + rf"(?P<wd>{WD_ANY})" + WD_GAP + r")?(?:the\s+)?" + day_group("d") + r"(?:\s+day)?(?:\s*of\s+|[-/]|\s*)" + month_group("m")
    + rf"(?:{YEAR_SEP}" + year_group("y") + ")?",
    FLAGS,
)
P_MY = re.compile(r"(?<![\w])" + month_group("m") + r"(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+)" + year_group("y"), FLAGS)
P_YM = re.compile(r"(?<![\w$.,])" + year_group("y") + r"(?:\s+|[-/])" + month_group("m"), FLAGS)
P_YMD_NAMED = re.compile(r"(?<![\w$.,])" + year_group("y") + r"[-/]" + month_group("m") + r"[-/]" + day_group("d"), FLAGS)
P_MONTH = re.compile(r"(?<![\w])" + month_group("m"), FLAGS)
P_ISO = re.compile(
    r"(?<![\d.,/])(?<!\d-)(?<![a-zA-Z])(?P<y>(?:1\d|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?![\w]|[-/.,]\d)"
)
P_COMPACT = re.compile(r"(?<![\d.,/])(?<!\d-)(?<![a-zA-Z])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w]|[.,-]\d)")
P_NUM_DMY = re.compile(
    r"(?<![\w.,/:])(?<!\d-)(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w]|[-/.,:]\d)"
)
P_NUM_MD = re.compile(
    r"(?<![\w.,/:$€£-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w%]|[-/.,:]\d|/)"
)
P_NUM_YM = re.compile(r"(?<![\w.,/:-])(?P<y>(?:1\d|20)\d\d)-(?P<m>1[0-2]|0[1-9]|[1-9])(?![\w]|[-/.,:]\d)")
P_NUM_MY = re.compile(r"(?<![\w.,/:-])(?P<m>1[0-2]|0?[1-9])[-/](?P<y>(?:1\d|20)\d\d)(?![\w]|[-/.,:]\d)")
P_NUM_RANGE = re.compile(
    r"(?<![\w.,/:])(?<!\d-)(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?:(?P=s)(?P<y1>\d{4}))?\s*[-–]\s*"
    r"(?P<c>\d{1,2})(?P=s)(?P<d>\d{1,2})(?:(?P=s)(?P<y2>\d{4})|\s*,\s*(?P<y3>\d{4}))?(?![\w]|[-/.,]\d)"
)
P_MY2 = re.compile(month_group("m") + r"(?:\s+of\s+|\s*['’])(?P<yy>\d\d)(?![\w'’])", FLAGS)
P_WD_NUM = re.compile(
    rf"\b(?P<wd>{WEEKDAYS})\s+(?P<a>1[0-2]|0?[1-9])[./-](?P<b>3[01]|[12]\d|0?[1-9])(?![\w]|[-/.,:]\d)", FLAGS
)
P_YEAR_RANGE = re.compile(
    r"(?:(?<![\w])(?P<pre>from|between)\s+)?(?<![\w$€£¥#.,/-])(?P<y1>(?:1\d|20)\d\d)\s*(?P<sep>[-–—/~]|to|through|thru|till|until)\s*(?P<y2>\d{4}|\d{2})"
    r"(?![\w%]|[.,]\d|[-/–]\d)",
    FLAGS,
)
P_DECADE = re.compile(
    r"(?<![\w'’])(?:(?P<the>the)\s+)?(?P<y>(?:1\d|20)\d0)\s?'?[’']?s(?![\w])|"
    r"(?:(?P<the2>the)\s+|(?<![\w]))[’'](?P<yy>\d0)'?s(?![\w])|"
    r"(?P<the3>the)\s+(?P<yy2>[2-9]0)'?s(?![\w])|"
    r"(?P<the4>the)\s+(?:nineteen[\s-]+)?(?P<word>" + alternation(list(LEX["decade_words"])) + r")(?![\w])",
    FLAGS,
)
P_CENTURY = re.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>" + alternation(list(LEX["century_ordinals"]))
    + r"))[\s-]+century(?![\w])",
    FLAGS,
)
P_QUARTER = re.compile(
    r"(?<![\w])(?:(?P<y1>(?:1\d|20)\d\d)[\s-]*)?(?P<q>[qh])(?P<n>[1-4])(?![\w])(?:[\s-]*(?:of\s+)?(?P<y2>(?:1\d|20)\d\d)(?!\d))?",
    FLAGS,
)
P_QUARTER_WORDS = re.compile(
    r"(?<![\w])(?:the\s+)?(?P<n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<u>quarter|half)"
    r"(?:\s+(?:of\s+)?(?:(?P<y>" + YEAR + r")|(?P<rel>this|last|next|the)\s+(?:year|fiscal\s+year)))",
    FLAGS,
)
# "Q3 this year", "H1 next year", "Q2 of last year" (a bare "Q3" is not read: a company's fiscal
# quarter or a game's quarter as often as the calendar's)
P_QUARTER_REL = re.compile(r"(?<![\w])(?P<q>[qh])(?P<n>[1-4])\s+(?:of\s+)?(?P<rel>this|last|next)\s+year(?![\w])", FLAGS)
P_SEASON = re.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?P<s>" + SEASONS + r")\s+(?:of\s+)?(?P<y>" + YEAR + r")(?:\s*[-/–]\s*(?P<y2>\d{2}|\d{4})(?!\d))?",
    FLAGS,
)
CENTURY_WORDS = {re.sub(r"[\s-]+", " ", k): v for k, v in LEX["century_ordinals"].items()}
P_CENTURY_YEARS = re.compile(r"(?<![\w])(?:the\s+)?(?P<y>1[0-9]00)\s?'?s(?![\w])", FLAGS)
P_BARE_YEAR = re.compile(r"(?:(?<=mid-)|(?<![\w$€£¥#.,/:+=-]))(?P<y>1\d{3}|20\d\d)(?![\w%°]|[.,:/]\d|[-–]\d|\s*%)")
# 2100-2199 ("warming of 3C by 2100", "in 2150") only right after a date word
P_FAR_YEAR = re.compile(r"(?<![\w$€£¥#.,/:+=-])(?P<y>21\d\d)(?![\w%°]|[.,:/]\d|[-–]\d|\s*%)")
P_BARE_DAY = re.compile(r"\b(?:on|by|until|till|since|before|after|for|week\s+of)\s+the\s+(?P<d>" + DAYNUM + r"|" + ORD_WORDS + r")(?=\s*(?:[.,;:!?)]|$|and\b|of\s+(?:this|next|last)\s+month))", FLAGS)

# relative expressions
SHIFT = LEX["relative_shift"]
P_REL_DAY = re.compile(r"(?<![\w])(?:the\s+day\s+(?P<dir>before|after)\s+)?(?P<w>today|yesterday|tomorrow|tmrw)(?![\w])", FLAGS)
P_REL_WEEKDAY = re.compile(
    r"(?<![\w])(?:(?P<mod>this\s+past|this\s+coming|this\s+upcoming|last|next|previous|past|coming|following|upcoming|this)\s+)?"
    rf"(?P<wd>{WEEKDAYS})(?:,?\s+(?:of\s+)?(?P<wk>this|next|last|previous|the\s+following|the\s+previous)\s+week)?(?![\w])",
    FLAGS,
)
P_REL_WEEK_WEEKDAY = re.compile(
    rf"(?<![\w])(?P<wk>this|next|last|previous)\s+week,?\s*(?:-\s*|on\s+)?(?P<wd>{WEEKDAYS})(?![\w])", FLAGS
)
# "from Monday to Wednesday next week", "between Tuesday and Thursday this week"
P_WEEKDAY_RANGE_WEEK = re.compile(
    rf"(?<![\w])(?:(?P<pre>from|between)\s+)?(?P<wd1>{WEEKDAYS})\s*(?P<sep>-|–|to|through|thru|till|until|and)\s*(?P<wd2>{WEEKDAYS})"
    r",?\s+(?:of\s+)?(?P<wk>this|next|last|previous)\s+week(?![\w])",
    FLAGS,
)
# the week first: "next week, from Tuesday to Thursday", "this week between Mon and Wed"
P_WEEK_WEEKDAY_RANGE = re.compile(
    rf"(?<![\w])(?P<wk>this|next|last|previous)\s+week,?\s+(?:(?P<pre>from|between)\s+(?P<wd1>{WD_ANY})\.?\s*(?P<sep>-|–|to|through|thru|till|until|and)"
    rf"|(?P<wd1b>{WEEKDAYS})\s*(?P<sepb>-|–|to|through|thru|till|until))\s*(?P<wd2>{WD_ANY})(?![\w])",
    FLAGS,
)
P_REL_PERIOD = re.compile(
    # "the previous year", "the following week", "the next month" refer back to the story's own time, not the article's
    r"(?<![\w])(?P<mod>this|current|last|past|coming|(?<!the\s)(?:previous|next|following))\s+(?:calendar\s+)?"
    r"(?P<u>week|weekend|month|year|quarter|decade|fortnight|century)(?![\w-])",
    FLAGS,
)
THE_BEFORE = re.compile(r"(?<![\w])the\s+$", FLAGS)
# "the first Monday of May", "the last Friday in the month": not a weekday near the reference
NTH_BEFORE = re.compile(r"(?<![\w])the\s+(?:first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\s+$", FLAGS)
OF_IN_AFTER = re.compile(r"\s+(?:of|in)\b", FLAGS)
OF_AFTER = re.compile(r"\s+of\b", FLAGS)
P_REL_NAMED = re.compile(
    r"(?<![\w])(?P<mod>this|last|next|previous|past|coming)\s+(?P<n>" + MONTHS + "|" + SEASONS + r")(?![\w])", FLAGS
)
P_NAMED_OF_YEAR = re.compile(
    r"(?<![\w])(?P<n>" + MONTHS + "|" + SEASONS + r")\.?(?:\s+of)?\s+(?P<mod>this|last|next)\s+year(?![\w])", FLAGS
)
# "two years ago"; "two years and three months ago", "1 year, 2 months ago": stacked units counted back
P_AGO = re.compile(
    r"(?<![\w])(?P<n>" + COUNT + r")[\s-]+(?P<u>" + UNITS_CAL + r")"
    r"(?P<tail>(?:\s*,?\s+(?:and\s+)?(?:\d+|" + NUMBER_WORDS_PLAIN + r"|an?)\s+(?:days?|weeks?|months?)(?![\w]))*)\s+ago(?![\w])",
    FLAGS,
)
P_FROM_BASE = re.compile(
    r"(?<![\w])(?P<n>" + COUNT + r")\s+(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>from|after|before)\s+"
    r"(?P<base>today|tomorrow|tmrw|yesterday|now)(?![\w])",
    FLAGS,
)
P_IN_TIME = re.compile(r"(?<![\w])in\s+(?P<n>" + COUNT + r")\s+(?P<u>days?|weeks?|fortnights?|months?|years?)(?:['’]s?\s+time|\s+from\s+now)", FLAGS)
P_EARLY_LATE_REL = re.compile(r"(?<![\w])(?P<w>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year)(?![\w])", FLAGS)
P_LAST_N = re.compile(
    r"(?<![\w])(?:(?:for|over|during|in|within)\s+)?(?:the\s+)?(?:(?P<mod>last|past|previous)\s+(?P<n>" + COUNT + r")|"
    r"(?P<n2>\d+|" + NUMBER_WORDS_PLAIN + r")\s+(?:past|previous))\s+"
    r"(?P<u>days|weeks|months|quarters|years|decades|centuries)(?![\w])"
    # "the last 3 months and 2 weeks and 2 days", "the past two years, three months": a stretch of stacked units
    r"(?P<tail>(?:\s*,?\s+(?:and\s+)?(?:\d+|" + NUMBER_WORDS_PLAIN + r"|an?)\s+(?:days?|weeks?|months?|years?)(?![\w])"
    r"(?!\s+(?:ago|later|earlier|before|after|from|since)\b))*)"
    r"(?!\s+of\b)",
    FLAGS,
)
LAST_N_TAIL = re.compile(r"(?P<n>\d+|" + NUMBER_WORDS_PLAIN + r"|an?)\s+(?P<u>days?|weeks?|months?|years?)(?![\w])", FLAGS)
P_WD_DAY = re.compile(
    rf"(?<![\w])(?P<wd>{WD_ANY})\.?,?\s+(?:the\s+)?(?P<d>" + DAYNUM + "|" + ORD_WORDS + r")(?![\w])(?!\s*(?:[-/.]\d|" + MONTHS + r"))",
    FLAGS,
)
P_WEEK_OF = re.compile(
    r"(?<![\w])(?:(?:the\s+)?week\s+(?:of|beginning|commencing|starting)(?:\s+on)?|w/c)\s+(?:the\s+)?$", FLAGS
)
P_TO_DATE = re.compile(r"(?<![\w-])(?<!up\s)(?P<c>to|till|until)\s+(?P<w>date|now|the\s+present)(?![\w-])", FLAGS)
P_NOW = re.compile(r"(?<=\s)(?P<w>now|today|current\s+date|date|the\s+present)(?![\w])", FLAGS)
ANY_DAY = dt.date(2000, 1, 3)
REFERENCE_RANGE = (dt.date(1000, 1, 1), dt.date(2999, 12, 31))  # stands in for a missing reference when only spans matter
LAST_BEFORE = re.compile(r"\b(?:last|past|previous|next|coming|first)\s+$", FLAGS)
SINCE_BEFORE = re.compile(r"\b(?:since|ago|last)\s+$", FLAGS)
HOLIDAYS = {re.sub(r"[\s-]+", " ", k.replace("’", "'")): v for k, v in holidays().items()}
P_HOLIDAY = re.compile(
    r"(?<![\w])(?:(?P<mod>last|previous|next|following|this|coming)\s+)?(?P<h>"
    + alternation(list(HOLIDAYS)).replace("'", "['’]?")
    + r")(?![\w])(?:\s+(?:of\s+)?(?P<y>" + YEAR + r")|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year(?![\w]))?",
    FLAGS,
)
OFFSET_PREFIX = re.compile(
    r"(?<![\w-])(?:(?P<n>" + COUNT + r")\s+(?P<u>days?|weeks?|fortnights?|months?|years?)\s+(?P<dir>after|before|from|prior\s+to)|"
    r"the\s+(?:(?P<u1>day)|(?P<wd>" + WEEKDAYS + r"))\s+(?P<dir1>after|before|following|prior\s+to))\s+$",
    FLAGS,
)
P_YTD = re.compile(r"(?<![\w])(?:the\s+)?year[\s-]+to[\s-]+date(?![\w])", FLAGS)

# combiners
RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|and|or)\s*", FLAGS)
RANGE_PREFIX = re.compile(r"(?:(?P<w>from|between)\s+)$", FLAGS)
PART_PREFIX = re.compile(
    r"(?<![\w])(?P<p>(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|latter\s+half)\s+of(?:\s+the)?\s+|"
    r"(?:the\s+)?(?:early|mid|late)(?:\s*-\s*|\s+)(?:the\s+)?|mid-)$",
    FLAGS,
)
BOUND_PREFIX = re.compile(r"(?<![\w])(?P<b>" + alternation(list(LEX["bounds"])) + r")\s+(?:the\s+)?(?:year\s+)?$", FLAGS)
BOUND_SUFFIX = re.compile(r"\s*,?\s*(?P<b>" + alternation(list(LEX["bound_suffixes"])) + r")(?![\w])(?!\s+[a-z])", FLAGS)
TRIGGER_BEFORE = re.compile(
    r"(?<![\w])(?P<t>" + alternation(LEX["year_triggers"]) + r")\s*(?:the\s+)?(?:years?\s+)?(?:of\s+)?$", FLAGS
)
WORD_AFTER = re.compile(r"\s*(?P<w>[A-Za-z][\w'’-]*)")
MONTH_TRIGGER = re.compile(
    r"(?<![\w])(?:in|since|until|till|by|of|from|before|after|during|through|throughout|between|early|late|mid|"
    r"(?:end|beginning|start|middle)\s+of)\s+(?:the\s+)?(?:mid-)?$|mid-$",
    FLAGS,
)
RANGE_CONNECTOR_BEFORE = re.compile(r"(?:\b(?:to|through|thru|till|until|and)|[-–—])\s*$", FLAGS)

FUNCTION_WORDS = frozenset(LEX["function_words"])

RANGE_MD = re.compile(
    r"(?<![\w])(?:(?P<pre>from|between)\s+)?" + month_group("m") + r"\s*(?:the\s+)?(?P<d1>" + DAYNUM + "|" + ORD_WORDS + r")\s*(?P<sep>-|–|—|to|through|thru|till|until|and)\s*(?:the\s+)?"
    r"(?P<d2>" + DAYNUM + "|" + ORD_WORDS + r")(?!\s*(?:[-/:]|\s+(?:" + MONTHS + r")\b))(?:" + YEAR_SEP + r"(?P<y>" + YEAR + r"))?",
    FLAGS,
)
RANGE_DM = re.compile(
    r"(?<![\w])(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>" + DAYNUM + "|" + ORD_WORDS + r")\s*(?P<sep>-|–|—|to|through|thru|till|until|and)\s*(?:the\s+)?"
    r"(?P<d2>" + DAYNUM + "|" + ORD_WORDS + r")\s*(?:of\s+)?" + month_group("m") + r"(?:" + YEAR_SEP + r"(?P<y>" + YEAR + r"))?",
    FLAGS,
)

# years and days written in words: "nineteen ninety six", "two thousand and fifteen", "twenty five"
_SIMPLE_NUMBERS = {k: v for k, v in LEX["cardinal_words"].items() if re.fullmatch(r"[a-z]+", k) and isinstance(v, int)}
_ONES = "|".join(k for k, v in _SIMPLE_NUMBERS.items() if 1 <= v <= 9 and k not in ("a", "an"))
_TEENS = "|".join(k for k, v in _SIMPLE_NUMBERS.items() if 10 <= v <= 19 and k != "dozen")
_TENS = "|".join(k for k, v in _SIMPLE_NUMBERS.items() if 20 <= v <= 90 and v % 10 == 0)
_UNDER_100 = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|{_ONES})(?![\w-])"
YEAR_WORDS = (
    rf"(?:(?P<cent>{_TEENS}|twenty)\s+(?:hundred(?:\s+(?:and\s+)?(?P<rest1>{_UNDER_100}))?(?![\w-])|"
    rf"(?P<rest2>(?:{_TENS})(?:[\s-]+(?:{_ONES}))?(?![\w-])|(?:{_TEENS})(?![\w-])|oh[\s-]+(?:{_ONES})(?![\w-])))"
    rf"|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest3>{_UNDER_100}))?(?![\w-]))"
)
# a day word is not the start of a year: "Sept nineteen seventy two", "October two thousand"
DAY_WORDS = (
    rf"(?:{ORD_WORDS}|(?:twenty|thirty)[\s-]+(?:{_ONES})|{_TEENS}|twenty|thirty|{_ONES})(?![\w-])"
    rf"(?!\s+(?:{_TENS}|hundred|thousand|oh)\b)"
)
P_WORDS_DATE = re.compile(
    r"(?<![\w])(?:(?:(?P<dn>" + DAYNUM + r")\s+)?" + month_group("m") + r"(?:\s+(?:the\s+)?(?P<dw>" + DAY_WORDS + r"))?(?:,?\s+(?:of\s+)?(?P<yw>" + YEAR_WORDS + r"))?"
    r"|(?P<dw2>" + DAY_WORDS + r")\s+(?:of\s+)?" + month_group("m2") + r"(?:,?\s+(?:of\s+)?(?P<yw2>" + YEAR_WORDS.replace("?P<", "?P<b_") + r"))?)",
    FLAGS,
)
P_YEAR_WORDS = re.compile(r"(?<![\w])(?:in|since|of|from|until|by|before|after)\s+(?P<yw>" + YEAR_WORDS + r")", FLAGS)

# parts of a day that name the day: "this morning", "tonight", "last night"
P_DAY_PART = re.compile(r"(?<![\w])(?:(?:early|late)\s+)?(?P<w>" + alternation(list(LEX["day_parts"])) + r")(?![\w])", FLAGS)
# "in early '09", "since '98": an apostrophe year after a date word
P_APOSTROPHE_YEAR = re.compile(
    r"(?<![\w])(?:in|since|until|till|before|after|during|of|early|late|mid|spring|summer|autumn|fall|winter|class\s+of)"
    r"\s+(?:(?:early|late|mid)\s+)?(?P<y>['’](?P<yy>\d\d))(?![\w'’])",
    FLAGS,
)

# "the first three months of 2019", "the last 3 weeks of this year", "the 9th month of next year"
P_SUB_PERIOD = re.compile(
    r"(?<![\w])(?:the\s+)?(?:(?P<fl>first|last|final)\s+(?P<n>" + COUNT + r")\s+(?P<us>days|weeks|months|quarters)|"
    r"(?P<ord>" + ORD_WORDS + r"|last|final|\d{1,2}(?:st|nd|rd|th))\s+(?P<u>day|weekend|week|month|quarter)|"
    r"(?P<ordw>first|second|third|fourth|fifth|last|final|[1-5](?:st|nd|rd|th))\s+(?P<wd>" + WEEKDAYS + r"))\s+(?:of|in)\s+(?:the\s+)?$",
    FLAGS,
)

# "in the next 5 days", "within 3 weeks", "the 2 upcoming months": a stretch counted from the
# reference; "for the next six years" stays a duration (read in dates_relative)
P_NEXT_N = re.compile(
    r"(?<![\w])(?:(?P<pre>in|over|within|during)\s+)?(?:the\s+)?(?:(?P<mod>next|coming|upcoming)\s+(?P<n>" + COUNT + r")|"
    r"(?P<n2>\d+|" + NUMBER_WORDS_PLAIN + r")\s+(?:next|coming|upcoming))\s+"
    r"(?P<u>days|weeks|months|quarters|years|decades|(?:business|working)\s+days)(?![\w])(?!\s+(?:of|after|before|from|since|following|later)\b)",
    FLAGS,
)
P_WITHIN_N = re.compile(
    r"(?<![\w])within\s+(?:the\s+)?(?:next\s+)?(?P<n>" + COUNT + r")\s+(?P<u>days?|weeks?|months?|years?|(?:business|working)\s+days?)(?![\w])"
    r"(?:\s+from\s+(?:today|now)(?![\w]))?(?!\s+(?:of|after|before|from|since|following|later)\b|['’])",
    FLAGS,
)
# a length of time, not a stretch of the calendar: "for (at least) the next six years", "spend the next eight years"
FOR_BEFORE = re.compile(
    r"(?<![\w])(?:for|spend|spends|spending|spent|serve|serves|serving|served)\s+"
    r"(?:(?:at\s+least|up\s+to|only|just|about|around|roughly|nearly|almost|another|all|most\s+of)\s+)?$",
    FLAGS,
)
# a past-tense sentence counts "the next eight days" from its own events ("Over the next eight days,
# the advisory was updated"): such stretches are left out
PAST_CLAUSE = re.compile(r"\b(?:was|were|had|did|said|made|took|came|went)\b", FLAGS)
FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|(?:going|plan|plans|planning|expected|set|scheduled|hopes?|hoping)\s+to)\b|['’]ll\b", FLAGS
)
SENTENCE_END = re.compile(r"[.!?\n]")
WIN_BEFORE = re.compile(r"(?<![\w])(?:win|wins|won|winning)\s+$", FLAGS)
# "week 31 of 2019", "week 27 of last year", "the week 31", "ISO week 5" (ISO weeks)
P_WEEK_NUMBER = re.compile(
    r"(?<![\w])(?:(?P<the>the|iso|calendar)\s+)?week\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\w.,:/-])"
    r"(?:(?:\s*,\s*|\s+of\s+|\s+in\s+|\s+)(?P<y>" + YEAR + r")|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year(?![\w]))?",
    FLAGS,
)
# "the week ending Nov 4", "the year ended June 30, 2016", "the 12 months to June", "the quarter
# through September": a stretch of time ending with the day or month that follows
P_PERIOD_ENDING = re.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?:(?P<n>" + COUNT + r")\s+)?(?P<u>weeks?|months?|quarters?|years?)\s+"
    r"(?P<w>ending|ended|to|through)\s+(?:on\s+)?$",
    FLAGS,
)
# "the week after next", "this working week", "next workweek"
P_WEEK_AFTER_NEXT = re.compile(
    r"(?<![\w])the\s+(?P<u>week|weekend|month|year)\s+(?:after\s+(?P<next>next)|before\s+last)(?![\w])", FLAGS
)
P_WORK_WEEK = re.compile(r"(?<![\w])(?P<mod>this|last|next|previous|coming)\s+(?:working\s+week|work\s*week)(?![\w])", FLAGS)
# "the weekend", "over the weekend" (not "the weekend of May 5", "the weekend before the vote")
P_THE_WEEKEND = re.compile(
    r"(?<![\w])(?:(?:over|during|at|on|for|through|throughout)\s+)?the\s+weekend(?![\w'’-])"
    r"(?!\s+(?:of|before|after|when|that|which|in|following|prior)\b)",
    FLAGS,
)
# "more than 2 weeks before today", "less than 3 days after tomorrow"
P_FROM_BASE_CMP = re.compile(
    r"(?<![\w])(?P<cmp>more|less|fewer)\s+than\s+(?P<n>" + COUNT + r")\s+(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>from|after|before)\s+"
    r"(?P<base>today|tomorrow|tmrw|yesterday|now)(?![\w])",
    FLAGS,
)
# "the end of the month", "by the end of the year", "end of month", "the end of the week": the
# reference's own week, month or year (a week only in a sentence not told in the past)
P_PART_OF_OWN = re.compile(
    r"(?<![\w])(?:(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+|(?:the\s+)?(?:first|second|latter)\s+half\s+of\s+)(?P<own>(?:the\s+)?(?P<u>week|month|year))(?![\w])"
    r"(?!\s+(?:of|before|after|when|that|which|in|following|prior|to|\d)\b)",
    FLAGS,
)
BARE_WEEKDAY = re.compile(r"(?:on\s+)?" + WEEKDAYS, FLAGS)
# "the rest of the week", "for the remainder of the year": from the reference to the end of its period
P_REST_OF = re.compile(
    r"(?<![\w])(?:the\s+)?(?:rest|remainder|remaining|balance)\s+of\s+(?P<own>the(?:\s+current)?|this|current)\s+(?P<u>week|month|year|quarter)(?![\w])"
    r"(?!\s+(?:of|before|after|when|that|which|in|following|prior|to|\d)\b)",
    FLAGS,
)
HOLIDAY_WEEKEND_AFTER = re.compile(r"\s+(?:long\s+)?weekend(?![\w'’-])(?:\s+(?:of\s+)?(?P<y>" + YEAR + r"))?", FLAGS)
HOLIDAY_WEEKEND_BEFORE = re.compile(r"(?<![\w])(?:the\s+)?(?:long\s+)?weekend\s+of\s+(?:the\s+)?$", FLAGS)


def finditer_near(pattern: re.Pattern[str], key: re.Pattern[str], text: str, low: str, back: int = 40, ahead: int = 60) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` restricted to windows around the hits of ``key`` in ``low``
    (``text.lower()``): a plain literal ``key`` is found far faster than a pattern that can
    start at any word, and every match of ``pattern`` must hold one (speed only, same matches)."""
    out: list[re.Match[str]] = []
    last_end = 0
    size = len(text)
    for k in key.finditer(low):
        lo, hi = max(last_end, k.start() - back), min(size, k.end() + ahead)
        for m in pattern.finditer(text, lo, hi):
            if hi < size and m.end() >= hi:
                continue  # may have been cut short by the window
            out.append(m)
            last_end = max(last_end, m.end())
    return out


KEY_NEXT_N = re.compile(r"next|coming|upcoming")
KEY_WITHIN = re.compile(r"within")
KEY_WEEK_NUMBER = re.compile(r"week ")
KEY_AFTER_NEXT = re.compile(r"after next|before last")
DAY_BEFORE_MONTH = re.compile(r"(?<![\w.,])(?:" + DAYNUM + "|" + ORD_WORDS + r")\s+(?:of\s+)?$", FLAGS)
# "May 5 next year", "on 5 May last year": a day of that year (joined in dates.py)
REL_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?P<mod>this|last|next)\s+year(?![\w])", FLAGS)
KEY_WORK_WEEK = re.compile(r"work")
KEY_WEEKEND = re.compile(r"weekend")
KEY_THAN = re.compile(r"than")
BY_BEFORE = re.compile(r"(?<![\w])by\s+$", FLAGS)
KEY_PART_OF = re.compile(r"(?:end|start|beginning|middle|half) of")
KEY_REST_OF = re.compile(r"(?:rest|remainder|remaining|balance) of")
# "the 21st of next month", "on the 5th of last month", "the 21st this month"; "the 26th day of
# the month" (the reference's month, read only in a sentence about the future: see dates_relative)
P_DAY_OF_REL_MONTH = re.compile(
    r"(?<![\w])(?:the\s+)?(?:(?P<d>" + DAYNUM + "|" + ORD_WORDS + r")\s+(?:day\s+)?|(?P<last>last)\s+day\s+)(?:(?:of\s+)?(?P<mod>this|next|last)|of\s+(?P<own>the))"
    r"\s+month(?![\w])(?!\s+of\b)",
    FLAGS,
)
# "from the 4th to the 22nd of this month", "between the 1st and 15th of next month"
P_DAY_RANGE_REL_MONTH = re.compile(
    r"(?<![\w])(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>" + DAYNUM + "|" + ORD_WORDS + r")\s*(?P<sep>-|–|—|to|through|thru|till|until|and)\s*"
    r"(?:the\s+)?(?P<d2>" + DAYNUM + "|" + ORD_WORDS + r")\s+(?:(?P<of>of\s+)?(?P<mod>this|next|last)|of\s+(?P<own>the))\s+month(?![\w])(?!\s+of\b)",
    FLAGS,
)
KEY_MONTH = re.compile(r"month")
# "the next quarter", "the next decade" in a sentence not told in the past (see dates_relative)
P_THE_NEXT = re.compile(
    r"(?<![\w])the\s+next\s+(?P<u>quarter|decade)(?![\w-])(?!\s+(?:of|after|before|when|that|which|in)\b)", FLAGS
)
KEY_THE_NEXT = re.compile(r"the next")
# "Monday two weeks from now", "Thursday, two years from now": that weekday in the week reached
P_WEEKDAY_FROM_NOW = re.compile(
    rf"(?<![\w])(?P<wd>{WEEKDAYS}),?\s+(?P<n>" + COUNT + r")\s+(?P<u>weeks?|months?|years?)\s+from\s+now(?![\w])", FLAGS
)
KEY_FROM_NOW = re.compile(r"from now")
# "will leave in two weeks": a future sentence counts "in N units" from the reference
P_IN_N_FUTURE = re.compile(
    r"(?<![\w])in\s+(?P<n>" + COUNT + r")\s+(?P<u>days|weeks|months|years|day|week|month|year)(?![\w'’-])"
    r"(?!\s+(?:of|after|before|from|since|to|and|or|for|with|than|at|in|on|ago|old)\b|\s+time\b)",
    FLAGS,
)
KEY_IN = re.compile(r"in ")
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|\w+est|most|least|times?|ever)\b",
    FLAGS,
)
# "up 3% for the year", "closed for the day": the reference's own period (not in past narrative)
P_FOR_THE_PERIOD = re.compile(
    r"(?<![\w])for\s+the\s+(?P<u>day|week|month|year)(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|so)\b))", FLAGS
)
KEY_FOR_THE = re.compile(r"for the ")


# Last: every pattern above that needs one of a few words gets a gate that skips texts lacking
# them all (most sentences have no month, weekday or "ago"); matches are unchanged. Not the KEY_*
# patterns: each is a few plain words searched in the lower-cased text, so its own search is already
# as quick as a gate's test, and the gate would only fold a second text per sentence.
GATED = gate_module(globals(), [name for name in list(globals()) if not name.startswith("KEY_")])
