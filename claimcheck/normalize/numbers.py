"""Numbers, ordinals and ranks, percentages, money and quantities in text.

``find_numeric(text)`` reads the text left to right and returns every numeric value it
finds as a :class:`~claimcheck.records.Value`. It never emits dates (years are plain
numbers here; :func:`claimcheck.normalize.scan` lets the date recogniser win them).

Conventions of the values:

- ``value`` is an int when integral, else a float; ``low``/``high`` give the interval
  (equal for a point, ``None`` on the open side of "more than"/"up to"); a range keeps
  its low end as ``value``.
- number: counts, fractions ("a third" = 0.333...) and proportions ("one in five" = 0.2).
- ordinal: ranks, with the superlative kept in the span ("third largest"); rank-one
  superlatives ("its largest investor") are 1.
- ordinal: also ranks written with the number sign ("No. 5", "#1").
- percent: the figure as written (5 for "5%"); ``unit`` is None, or "pp" for
  percentage points (basis points are converted: "25 basis points" = 0.25 pp).
- money: ``value`` in units of the currency, ``unit`` an ISO 4217 code (withdrawn
  currencies keep their old code, such as FIM; bitcoin is XBT); minor units are converted
  ("5 cents" = 0.05 USD); an accounting negative "is ($99.99)" is -99.99.
- quantity: ``unit`` a canonical symbol of :mod:`claimcheck.normalize.units`, whose
  ``to_base`` makes different units comparable. A length per unit of time is a speed
  ("60 km per hour" = km/h). "N degrees" in a temperature context takes the scale the
  text names, and is a plain number when it names none.
- Not values: phone numbers, addresses ("1800 Pitkin Ave."), numerals after label
  words ("Interstate 75", "Week 12"), models ("GeForce 9400M"), 24-hour times ("0300 GMT").
- ``rate`` ("year", "day", "share", "kg"...) only when written straight after the value;
  ``approx`` and ``bound`` come from the qualifier before it, which stays out of the span
  (except "between ... and ..." and "from ... to ..." ranges, which keep their frame).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from claimcheck.normalize import money as money_data
from claimcheck.normalize import units as unit_data
from claimcheck.normalize.lexer import Token, tokenize
from claimcheck.normalize.ranks import parse_rank
from claimcheck.normalize.words import Num, data as words_data, is_finite, numeral_value, parse_cardinal, parse_number
from claimcheck.records import Value

# Stretches that hold digits but no value: links, mail, phone numbers (North American
# "555 123 4567" and trunk-prefixed "0845 125 2222", "020 7946 0018"), clock times,
# versions and addresses (IP addresses, "1800 Pitkin Ave.", "the 12000 block of"), ISBNs,
# numeric dates, abbreviated year ranges ("2012-13") and 24-hour times ("0300 GMT",
# "at 1230 hours").
_LINKS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
# The lookahead lets the scan skip most positions at once.
_MASKS = re.compile(
    r"(?=[\d+(I])(?:"
    r"\+\d[\d\s\-/().]{6,}\d"
    r"|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\(?\b0\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}\b(?![.,]\d)"
    r"|(?<![\d.,])\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?)"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d{1,2}:\d{2}[ap]\b"
    r"|(?<![\d.,])\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
    r"|\b\d+(?:\.\d+){2,}\b"
    r"|\bISBN(?:-1[03])?:?\s*[\dXx][\d\-\sXx]{8,}"
    r"|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b"
    r"|\b(?:1[0-9]|20)\d{2}[-–/]\d{2}\b(?![\d/])"
    r"|\b24/7\b"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)\b)"
    r"|(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\bbefore )|(?<=\bsince ))"
    r"(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:hours|hrs|h)\b)"
    r"|\b\d{1,6}(?=\s+block\s+of\b)"
    r"|\b\d{1,5}(?=(?:\s+(?:[NSEW]\.|North|South|East|West))?(?:\s+(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))){1,3}"
    r"\s+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Highway|Hwy|Parkway|Pkwy)\b)"
    r")"
)
_CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_PUNCT_END = set(".,;:!?)]}\"'”’")
_NEEDS_ATTACHED = {"A", "N", "V", "J", "B", "K", "C", "F", "s"}
# Geological time symbols that are also names and abbreviations ("Jack Ma", "Atlanta, Ga."):
# spaced from the number they need a clause to go on in lower case ("66 Ma, when", "1 Ga ago").
_SPACED_NEEDS_CLAUSE = {"Ma", "Ga", "ka"}
_NEVER_ALONE = {"B", "b"}  # "1B", "3B" are baseball bases; bytes need a prefix (kB, MB)
_INCH_NEXT = {"thick", "wide", "long", "tall", "high", "deep", "across", "in", "diameter", "of", "and", "or", "by", "x"}
_SPACED_SYMBOL_WORDS = {"元", "円", "원", "ரூ"}
_PERCENT_WORDS = {"percent", "pct", "percentage", "per-cent"}
_SENTENCE_OPENERS = {"the", "a", "an", "about", "some", "only", "just", "all", "nearly", "almost", "over", "under", "and", "or"}
_TIME_SYMBOLS = {"hour": "h", "minute": "min", "second": "s", "millisecond": "ms"}


@dataclass
class _Ctx:
    text: str
    toks: list[Token]
    masked: set[int]
    ident: set[int]

    # Read only for a yen sign or a pound, which few sentences have: searched on first use.
    @cached_property
    def yuan(self) -> bool:
        """The text speaks of China ("¥" is then yuan, not yen)."""
        return _yuan_context().search(self.text) is not None

    @cached_property
    def sterling(self) -> bool:
        """The text speaks of British money ("pounds" are then sterling)."""
        return _STERLING_CONTEXT.search(self.text) is not None


@lru_cache(maxsize=1)
def _yuan_context() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(money_data.tables()["yen_yuan_context"]) + r")\b", re.I)


_STERLING_CONTEXT = re.compile(r"£|\bsterling\b|\bpence\b|\bGBP\b", re.I)


@dataclass
class _Amount:
    start_tok: int
    end_tok: int
    num: Num
    value: float
    kind: str = "number"
    unit: str | None = None
    factor: float = 1.0
    rate: str | None = None
    prefixed: bool = False
    approx: bool = False
    bound: str | None = None
    notes: list[str] = field(default_factory=list)


def find_numeric(text: str) -> list[Value]:
    """Every numeric value in ``text`` (kinds number, ordinal, percent, money, quantity)."""
    toks = tokenize(text)
    ctx = _Ctx(
        text,
        toks,
        _masked(text, toks),
        _identifiers(toks),
    )
    out: list[Value] = []
    i = 0
    n = len(toks)
    starters = _starters()
    near = _next_hot(toks)
    while i < n:
        t = toks[i]
        # Every value holds a numeral, a number word, a currency or a unit within its first
        # few tokens; elsewhere there is nothing to try.
        if near[i] - i > 4 or i in ctx.masked or not (t.kind == "num" or t.low in starters or t.text in starters):
            i += 1
            continue
        if t.low == "no" or t.text == "#":
            ranked = _number_sign(ctx, i)
            if ranked is not None:
                out.append(ranked[0])
                i = ranked[1]
                continue
        big = _big_ordinal(ctx, i)
        if big is not None:
            out.append(big[0])
            i = big[1]
            continue
        got = _parse_value(ctx, i)
        if got is not None:
            out.extend(got[0])
            i = got[1]
            continue
        rank = parse_rank(toks, i, ctx.ident | ctx.masked)
        if rank is not None:
            s, e = toks[rank.start].start, toks[rank.end - 1].end
            out.append(Value("ordinal", text[s:e], s, e, rank.value, None, rank.value, rank.value))
            i = rank.end
            continue
        i += 1
    return _coordinate(ctx, out)


_VERB_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+$")
_AS_AFTER = re.compile(r"\s+as\s+([A-Za-z]+)")


def judged_year(text: str, value: Value) -> bool:
    """True when a bare number is a year as the object of a verb that judges or remembers a time.

    "Historians regard 1929 as the turning point", "many remember 2008 as the crash": a 4-digit
    number 1000-2100 with no noun of its own between such a verb and "as". Counts keep their
    noun ("deem 1500 people as"); what follows "as" must be a noun phrase ("as too many",
    "as of June" are not the judgement).
    """
    if value.kind != "number" or not re.fullmatch(r"1\d{3}|20\d{2}|2100", value.text):
        return False
    verb = _VERB_BEFORE.search(text[max(0, value.start - 30) : value.start])
    after = _AS_AFTER.match(text, value.end)
    return (verb is not None and after is not None and verb.group(1).lower() in words_data()["year_as_verbs"]
            and after.group(1).lower() in _YEAR_AS_DETERMINERS)


# "as a turning point", "as the start", "as one of the worst": a time judged as a thing; not
# "as too many", "as of June", "as well".
_YEAR_AS_DETERMINERS = frozenset({"a", "an", "the", "one", "its", "their", "his", "her", "our", "my", "your", "that", "this"})


def _number_sign(ctx: _Ctx, i: int) -> tuple[Value, int] | None:
    """"the No. 5 Saints", "No. 1 seed", "No.1", "the #2 spot": a rank written with the number sign.

    Returns the rank and the index after it.
    """
    toks = ctx.toks
    if i + 1 < len(toks) and toks[i].text in ("No", "#") and not toks[i + 1].gap and toks[i + 1].kind == "num":
        # "No.1" (the lexer reads ".1"), "#1"
        t = toks[i + 1]
        digits = t.text[1:] if toks[i].text == "No" else t.text
        if (re.fullmatch(r"[1-9]\d{0,2}", digits) and (toks[i].text == "#" or t.text.startswith("."))
                and (i + 1) not in ctx.masked
                and not (i + 2 < len(toks) and not toks[i + 2].gap and toks[i + 2].kind in ("word", "num"))
                and (i == 0 or toks[i].gap)):
            s, e = toks[i].start, t.end
            return Value("ordinal", ctx.text[s:e], s, e, int(digits), None, int(digits), int(digits)), i + 2
    if i + 2 >= len(toks) or toks[i].text not in ("No", "no") or toks[i + 1].text != "." or toks[i + 1].gap:
        return None
    t = toks[i + 2]
    if toks[i].text == "no" and (i == 0 or toks[i - 1].low not in _rank_determiners()):
        return None  # "... said no. 12 people came": lower-case "no." needs "the", "its"...
    if t.kind != "num" or (i + 2) in ctx.masked or not re.fullmatch(r"\d{1,4}", t.text) or t.text.startswith("0"):
        return None
    if i + 3 < len(toks) and not toks[i + 3].gap and toks[i + 3].kind in ("word", "num"):
        return None
    s, e = toks[i].start, t.end
    return Value("ordinal", ctx.text[s:e], s, e, int(t.text), None, int(t.text), int(t.text)), i + 3


@lru_cache(maxsize=1)
def _rank_determiners() -> frozenset[str]:
    from claimcheck.normalize.ranks import data as rank_data

    return frozenset(rank_data()["determiners"]) | {"a"}


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Every token (lower-cased, or exact for symbols) that can begin a value or a rank."""
    from claimcheck.normalize.ranks import data as rank_data

    d = words_data()
    m = money_data.tables()
    out: set[str] = set(_NUMBER_STARTERS)
    for phrase in (*d["approx"], *d["min"], *d["max"]):
        out.add(phrase.split()[0] if " " in phrase else phrase)
    out |= {"between", "from", "a", "an", "-", "−", "minus", "negative", "+", "no", "#"}
    out |= set(m["symbols"]) | {s.rstrip(".") for s in m["symbols"]}
    out |= {p.split()[0].split(".")[0] for p in m["dollar_prefixes"]} | {"$"}
    out |= set(m["prefix_codes"]) | set(m["lowercase_codes"]) | {"M" + c for c in m["prefix_codes"]}
    out |= set(d["ordinals"]) | set(d["tens"]) | set(rank_data()["rank_one"])
    out |= set(d["vulgar_fractions"])
    return frozenset(out)


@lru_cache(maxsize=1)
def _hot_words() -> frozenset[str]:
    from claimcheck.normalize.ranks import data as rank_data

    d = words_data()
    m = money_data.tables()
    out: set[str] = set(d["units"]) | set(d["tens"]) | set(d["hundred"]) | set(d["scales"]) | set(d["dozens"])
    out |= set(d["ordinals"]) | set(d["denominators"]) | set(d["vulgar_fractions"]) | set(rank_data()["rank_one"])
    out |= {name for name in m["names"] if " " not in name} | set(m["minor_units"]) | set(m["symbols"])
    out |= {name.split()[-1] for name in m["names"]} | {idiom.split()[-1] for idiom in d["counted_idioms"]}
    out |= set(d["time_units"])
    return frozenset(out)


def _next_hot(toks: list[Token]) -> list[int]:
    """For each token, the index of the nearest token at or after it that can hold a value."""
    hot_words = _hot_words()
    n = len(toks)
    out = [n + 10] * (n + 1)
    nxt = n + 10
    for i in range(n - 1, -1, -1):
        t = toks[i]
        if t.kind == "num" or t.low in hot_words or t.text in hot_words or (t.kind != "word" and not t.text.isascii()) or (
            t.kind == "word" and (unit_data.lookup(t.text) is not None or t.text.isupper())
        ):
            nxt = i
        out[i] = nxt
    return out


def _big_ordinal(ctx: _Ctx, i: int) -> tuple[Value, int] | None:
    """"one hundred fifth", "two thousand and twenty-first": ordinals above ninety-nine."""
    toks = ctx.toks
    if toks[i].kind != "word" or toks[i].low not in _NUMBER_STARTERS:
        return None
    got = parse_cardinal(toks, i, allow_digits=False)
    if got is None or got[0].value < 100 or not float(got[0].value).is_integer():
        return None
    k = got[0].end
    if _word(ctx, k) == "and":
        k += 1
    ords, tens = words_data()["ordinals"], words_data()["tens"]
    w = _word(ctx, k)
    add, end = None, k + 1
    if w in tens:
        j = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].text == "-" and not toks[k + 1].gap else 0)
        u = _word(ctx, j)
        if u in ords and 1 <= ords[u] <= 9:
            add, end = tens[w] + ords[u], j + 1
    elif w in ords and ords[w] < 100:
        add = ords[w]
    elif (k < len(toks) and toks[k].text == "-" and not toks[k].gap and toks[k - 1].low in tens
          and _word(ctx, k + 1) in ords and 1 <= ords[_word(ctx, k + 1)] <= 9):
        add, end = ords[_word(ctx, k + 1)], k + 2  # "...and twenty-first": the tens are already counted
    if add is None:
        return None
    value = int(got[0].value + add)
    s, e = toks[i].start, toks[end - 1].end
    return Value("ordinal", ctx.text[s:e], s, e, value, None, value, value), end


def _masked(text: str, toks: list[Token]) -> set[int]:
    spans = [(m.start(), m.end()) for m in _MASKS.finditer(text)]
    if "@" in text or "http" in text or "www." in text:
        spans = sorted(spans + [(m.start(), m.end()) for m in _LINKS.finditer(text)])
    if not spans:
        return set()
    out: set[int] = set()
    k = 0
    for idx, t in enumerate(toks):
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] < t.end and t.start < spans[k][1]:
            out.add(idx)
    return out


def _identifiers(toks: list[Token]) -> set[int]:
    """Numerals glued to letters on their left ("G7", "F-16", "COVID-19", "LGA1156", "I7-860"),
    or after a capitalised label word ("Interstate 75", "Week 12")."""
    out: set[int] = set()
    labels = _label_words()
    for i, t in enumerate(toks):
        if t.kind == "num" and t.gap and i > 0 and toks[i - 1].text in labels:
            out.add(i)  # "Interstate 75", "Flight 370", "Week 12": a name, not a count
            continue
        if t.kind != "num" or t.gap or i == 0:
            continue
        p = toks[i - 1]
        if p.text == "#":
            out.add(i)  # "#2019", "room #12b": a tag or a number of something, read as a rank only alone ("#1")
            continue
        if p.kind == "word" and not _is_currency_word(p.text):
            out.add(i)
        elif p.kind == "num" and (i - 1) in out:
            out.add(i)
        elif p.text == "/" and i >= 2 and not p.gap and toks[i - 2].kind == "num" and not toks[i - 2].gap is None:
            out.add(i)
        elif p.text in "-+_./#" and i >= 2 and not p.gap:
            pp = toks[i - 2]
            if (pp.kind == "word" and not _is_currency_word(pp.text) and pp.low not in words_data()["units"]
                    and pp.low not in words_data()["tens"] and pp.low not in ("mid", "pre", "post", "late", "early")):
                out.add(i)
            elif pp.kind == "num" and (i - 2) in out:
                out.add(i)
    return out


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(words_data()["label_words"])


def _is_currency_word(text: str) -> bool:
    t = money_data.tables()
    return (
        text in t["symbols"]
        or money_data.code_for(text, after_number=False) is not None
        or (len(text) == 4 and text[0] == "M" and money_data.code_for(text[1:], after_number=True) is not None)
    )


def _word(ctx: _Ctx, j: int) -> str | None:
    if j < len(ctx.toks) and ctx.toks[j].kind == "word":
        return ctx.toks[j].low
    return None


def _key(ctx: _Ctx, i: int, j: int) -> str:
    """Surface of toks[i:j] with each run of whitespace written as one space."""
    parts = []
    for k in range(i, j):
        t = ctx.toks[k]
        if k > i and t.gap:
            parts.append(" ")
        parts.append(t.text)
    return "".join(parts)


# ---------------------------------------------------------------- values and ranges


def _parse_value(ctx: _Ctx, i: int) -> tuple[list[Value], int] | None:
    toks = ctx.toks
    approx, bound, j = _qualifier(ctx, i)
    opener = _word(ctx, j)
    a = None
    changing = _after_change_verb(ctx, i)
    if opener == "from" and changing:
        return None  # "rose from 20 to 30": an old and a new value, read one at a time
    if opener in ("between", "from") and j + 1 < len(toks):
        a = _amount(ctx, j + 1)
        if a is not None:
            rng = _range(ctx, a, "and" if opener == "between" else "to")
            if rng is not None:
                b, end = rng
                return [_range_value(ctx, a, b, j, end, approx)], end
    a = _amount(ctx, j)
    if a is None and _word(ctx, j) in ("a", "an"):
        # "in a week's time", "a year's time": one of the period
        one = _Amount(j, j + 1, Num(1.0, j + 1, words=True), 1.0, approx=approx, bound=bound)
        span = _time_span(ctx, one)
        return ([span], one.end_tok) if span is not None else None
    if a is None:
        return None
    rng = None if changing and not _is_hyphen_at(ctx, a.end_tok) else _range(ctx, a, None)
    if rng is not None:
        b, end = rng
        return [_range_value(ctx, a, b, a.start_tok, end, approx)], end
    a.approx = a.approx or approx
    a.bound = a.bound or bound
    span = _time_span(ctx, a)
    if span is not None:
        return [span], a.end_tok
    if a.kind == "money" and j == i and _accounting_parens(ctx, a):
        # "($99.99)": the parentheses are the sign, and part of the span.
        a.value = -a.value
        a.start_tok -= 1
        a.end_tok += 1
    return [_point_value(ctx, a)], a.end_tok


def _time_span(ctx: _Ctx, a: _Amount) -> Value | None:
    """"three hundred years", "1,000 years", "one billion years", "six weeks' time": a duration.

    Only what the date recogniser leaves: a number of several words, with thousands
    separators or a scale, or any number before a period in the possessive ("N weeks'
    time"). ``a.end_tok`` moves past the period. Ages, offsets and rates are not durations.
    """
    toks, d = ctx.toks, words_data()
    k = a.num.end
    if a.kind != "number" or a.end_tok != k or a.rate or a.num.fraction or a.value <= 0:
        return None
    unit = _word(ctx, k)
    if unit not in d["time_units"] or not toks[k].gap:
        return None
    end = k + 1
    possessive = (end < len(toks) and toks[end].text in ("'", "’") and not toks[end].gap
                  and (unit.endswith("s") or (end + 1 < len(toks) and toks[end + 1].text == "s" and not toks[end + 1].gap)))
    if possessive:
        end += 1 if unit.endswith("s") else 2
        if _word(ctx, end) != "time":
            return None
        end += 1
    else:
        several = a.num.end - a.start_tok > 1 or "," in toks[a.start_tok].text or a.num.scaled
        if not several or a.start_tok != _first_number_tok(ctx, a):
            return None
        after = " ".join(w for w in (_word(ctx, end), _word(ctx, end + 1)) if w)
        if any(after == w or after.startswith(w + " ") for w in d["time_span_not_after"]):
            return None
        if end < len(toks) and toks[end].text in "-‐" and not toks[end].gap:
            return None  # "1,000 years-old"
    if a.start_tok > 0 and toks[a.start_tok - 1].low in d["time_span_not_before"]:
        return None
    if (unit.endswith("s") or unit == "millennia") != (a.value != 1) and not (a.value > 1 and a.num.scaled):
        return None  # "one years", "three year": not a period as written
    code, size = d["time_units"][unit]
    amount = _clean(a.value * size)
    if code in ("H", "MIN", "S"):
        iso = f"PT{amount}{'M' if code == 'MIN' else code}"
    else:
        iso = f"P{amount}{code}"
    a.end_tok = end
    s, e = toks[a.start_tok].start, toks[end - 1].end
    return Value("duration", ctx.text[s:e], s, e, iso, approx=a.approx, bound=a.bound)


def _first_number_tok(ctx: _Ctx, a: _Amount) -> int:
    """The token where the numeral or number word of ``a`` begins (after a sign)."""
    k = a.start_tok
    while k < a.num.end and ctx.toks[k].kind != "num" and ctx.toks[k].low not in _NUMBER_STARTERS:
        k += 1
    return k


def _accounting_parens(ctx: _Ctx, a: _Amount) -> bool:
    """True when the amount is an accounting negative: "is ($99.99)", a cell "(€1.2m)".

    The parentheses must hug the amount, and the one before it must open a statement of the
    amount (line or cell start, "is", ":"); "€5 ($5.50)" is a conversion, not a loss.
    """
    toks = ctx.toks
    s, e = a.start_tok, a.end_tok
    if s == 0 or e >= len(toks) or a.value <= 0 or "neg" in a.notes:
        return False
    if toks[s - 1].text != "(" or toks[s].gap or toks[e].text != ")" or toks[e].gap:
        return False
    if s == 1:
        return True
    before = ctx.text[toks[s - 2].end : toks[s - 1].start]
    if "\n" in before or "\t" in before:
        return True
    return toks[s - 2].low in words_data()["accounting_negative_after"]


def _after_change_verb(ctx: _Ctx, i: int) -> bool:
    """True when one of the three words before toks[i] says a value changed ("rose", "cut")."""
    verbs = _change_verbs()
    for k in range(max(0, i - 3), i):
        if ctx.toks[k].low in verbs:
            return True
    return False


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset[str]:
    return frozenset(words_data()["change_verbs"])


def _is_hyphen_at(ctx: _Ctx, k: int) -> bool:
    return k < len(ctx.toks) and ctx.toks[k].text in "-–—"


@lru_cache(maxsize=1)
def _qualifier_firsts() -> frozenset[str]:
    d = words_data()
    return frozenset(p.split()[0] for p in (*d["approx"], *d["min"], *d["max"]))


def _qualifier(ctx: _Ctx, i: int) -> tuple[bool, str | None, int]:
    d = words_data()
    if ctx.toks[i].low not in _qualifier_firsts():
        return False, None, i
    for length in (3, 2, 1):
        if i + length > len(ctx.toks):
            continue
        key = _key(ctx, i, i + length).lower()
        if key in d["approx"]:
            return True, None, i + length
        if key in d["min"]:
            return False, "min", i + length
        if key in d["max"]:
            return False, "max", i + length
    return False, None, i


def _range(ctx: _Ctx, a: _Amount, connector: str | None) -> tuple[_Amount, int] | None:
    toks = ctx.toks
    k = a.end_tok
    n = len(toks)
    if k >= n:
        return None
    t = toks[k]
    hyphen = False
    if connector is not None:
        if t.low != connector:
            return None
        k += 1
    elif t.kind == "sym" and t.text in "-–—" and (not t.gap or (k + 1 < n and toks[k + 1].gap)):
        hyphen = True
        k += 1
        if _word(ctx, k) == "to":
            k += 1
            hyphen = False
    elif t.low in ("to", "through", "thru"):
        k += 1
    else:
        return None
    if k >= n:
        return None
    b = _amount(ctx, k, allow_sign=not hyphen)
    if b is None:
        return None
    # Units must agree; a bare end takes the other end's unit ("8- to 16-meter").
    if a.kind == "number" and b.kind != "number":
        a.kind, a.unit, a.factor = b.kind, b.unit, b.factor
        a.value = a.num.value * b.factor * (-1 if a.value < 0 else 1) if a.value else a.value
        if a.notes and "neg" in a.notes:
            a.value = -abs(a.value)
    elif b.kind == "number" and a.kind != "number":
        # "$5 to 10": the bare end shares the unit, but "$4.7bn to 12 countries" counts things.
        nxt = _word(ctx, b.end_tok)
        if b.num.scaled or a.num.scaled or b.num.value < a.num.value or (nxt is not None and nxt not in ("and", "or", "in", "on", "at", "by", "for", "from", "this", "last", "next")):
            return None
        b.kind, b.unit, b.factor = a.kind, a.unit, a.factor
        b.value = b.value * a.factor
    elif (a.kind, a.unit) != (b.kind, b.unit):
        return None
    if b.num.scaled and not a.num.scaled and abs(a.num.value) <= abs(b.num.raw if b.num.raw is not None else b.num.value):
        a.value *= b.num.scale
    if hyphen and a.kind == "number" and _looks_like_years(a, b):
        return None
    if a.value > b.value:
        # "from -18 °C to -34 °C" is a range written high to low; "2-1" is a score.
        if hyphen or connector is None and t.low != "to":
            return None
        a.value, b.value = b.value, a.value
    return b, b.end_tok


def _looks_like_years(a: _Amount, b: _Amount) -> bool:
    return all(x.num.digits and not x.num.scaled and float(x.value).is_integer() and 1000 <= x.value <= 2100 for x in (a, b))


def _clean(v: float) -> int | float:
    if is_finite(v) and float(v).is_integer() and abs(v) < 1e18:
        return int(v)
    # Twelve significant digits drop float noise (0.1 * 3) without touching real precision.
    return float(f"{v:.12g}") if is_finite(v) else v


def _point_value(ctx: _Ctx, a: _Amount) -> Value:
    s, e = ctx.toks[a.start_tok].start, ctx.toks[a.end_tok - 1].end
    v = _clean(a.value)
    low = v if a.bound != "max" else None
    high = v if a.bound != "min" else None
    for note in a.notes:
        if note.startswith("unc="):
            u = float(note[4:]) * a.factor
            low, high = _clean(a.value - u), _clean(a.value + u)
    return Value(a.kind, ctx.text[s:e], s, e, v, a.unit, low, high, a.approx, a.bound, a.rate)


def _range_value(ctx: _Ctx, a: _Amount, b: _Amount, start_tok: int, end_tok: int, approx: bool) -> Value:
    s, e = ctx.toks[start_tok].start, ctx.toks[end_tok - 1].end
    lo, hi = _clean(a.value), _clean(b.value)
    return Value(a.kind, ctx.text[s:e], s, e, lo, a.unit, lo, hi, approx or a.approx, None, b.rate or a.rate)


# ---------------------------------------------------------------- one amount


def _amount(ctx: _Ctx, i: int, *, allow_sign: bool = True) -> _Amount | None:
    toks = ctx.toks
    n = len(toks)
    if i >= n or i in ctx.masked:
        return None
    start = i
    j = i
    code = None
    mult = 1.0
    pre = _currency_prefix(ctx, j)
    if pre is not None:
        code, j, mult = pre
    neg = False
    if j < n and allow_sign:
        t = toks[j]
        if t.kind == "sym" and t.text in "-−" and j + 1 < n and toks[j + 1].kind == "num":
            prev_ok = j == 0 or t.gap or toks[j - 1].text in "([{$€£¥:" or code is not None
            if prev_ok and (not toks[j + 1].gap or j == 0):
                neg = True
                j += 1
        elif t.kind == "word" and t.low in words_data()["negative_words"] and j + 1 < n:
            nxt = toks[j + 1]
            if nxt.kind == "num" or nxt.low in words_data()["units"] or nxt.low in words_data()["tens"]:
                neg = True
                j += 1
    if j >= n or j in ctx.masked:
        return None
    if toks[j].kind == "num" and j in ctx.ident and not (code is not None and j == (pre[1] if pre else -1)):
        return None
    if code is None and toks[j].kind == "word" and toks[j].low not in _NUMBER_STARTERS:
        return None
    num = parse_number(toks, j)
    if num is None and code is None and toks[j].low in ("a", "an") and not neg:
        return _article_unit(ctx, j)
    if num is None or not is_finite(num.value):
        return None
    if (code is None and not neg and num.end == j + 1 and toks[j].low in ("half", "quarter")
            and _word(ctx, j + 1) in ("a", "an")):
        # "half a mile", "a quarter of an inch" is rarer: one of the unit, scaled
        part = _article_unit(ctx, j + 1)
        if part is not None:
            part.value *= num.value
            part.num = Num(num.value, part.end_tok, words=True)
            part.start_tok = start
            return part
    if any(k in ctx.masked for k in range(j, num.end)):
        return None
    if num.end == j + 1 and toks[j].low in words_data()["naught_idioms"] and _naught_idiom(ctx, j):
        return None  # "all for naught", "came to nought": in vain, not zero
    if not _article_ok(ctx, j, num):
        return None
    if num.words and _ordinal_follows(ctx, num.end):
        return None  # "twenty-first" is a rank
    k = num.end
    if k + 1 < n and toks[k].text == "/" and not toks[k].gap and toks[k + 1].kind == "num" and not toks[k + 1].gap:
        return None  # "1/0", "5/17": not a value
    value = num.value * mult
    amount = _Amount(start, k, num, -value if neg else value)
    unc = _uncertainty(ctx, k)
    if unc is not None:
        amount.notes.append(f"unc={unc[0]!r}")
        k = unc[1]
    if neg:
        amount.notes.append("neg")
    if code is not None:
        # "$5m", "€10B", "$2.174T": a scale letter straight after a currency amount.
        if k < n and toks[k].kind == "word" and not toks[k].gap and toks[k].text in words_data()["money_scale_suffixes"] and not num.scaled:
            sc = words_data()["money_scale_suffixes"][toks[k].text]
            amount.value *= sc
            num.scaled, num.raw, num.scale = True, num.value, sc
            k += 1
        amount.kind, amount.unit, amount.prefixed = "money", code, True
        # "$ 10 dollars", "US$ 5 million dollars": the name repeats the symbol.
        suf = _currency_suffix(ctx, k, amount)
        if suf is not None and suf[0] == code and suf[1] == 1.0:
            k = suf[2]
        k = _cents(ctx, k, amount)
    else:
        if (k + 1 < n and toks[k].text == "m" and not toks[k].gap and not num.scaled and toks[k + 1].gap
                and toks[k + 1].kind == "word" and _currency_suffix(ctx, k + 1, amount) is not None):
            # "11m euros", "40m yuan": a million of the currency, not metres
            amount.value *= 1e6
            num.scaled, num.raw, num.scale = True, num.value, 1e6
            k += 1
        pct = _percent(ctx, k)
        if pct is not None:
            amount.kind, amount.unit = "percent", pct[0]
            k = pct[1]
            if amount.unit == "bp":
                # "25 basis points" is a quarter of a percentage point
                amount.unit, amount.factor = "pp", 0.01
                amount.value *= 0.01
        else:
            suf = _currency_suffix(ctx, k, amount)
            if suf is not None and _not_an_amount_of_money(ctx, start, k, suf[2], num):
                return None
            if suf is not None:
                cur, factor, k, m2 = suf
                amount.kind, amount.unit, amount.factor = "money", cur, factor
                amount.value *= factor * m2
                # "75 usd million"
                if _word(ctx, k) in words_data()["scales"] and not num.scaled:
                    sc = words_data()["scales"][_word(ctx, k)]
                    amount.value *= sc
                    k += 1
                if factor == 1.0:
                    k = _cents(ctx, k, amount)
            else:
                if (k + 1 < n and toks[k].text == "m" and not toks[k].gap and not num.scaled
                        and toks[k + 1].gap and toks[k + 1].kind == "word" and unit_data.lookup(toks[k + 1].text) is not None
                        and not unit_data.is_symbol(toks[k + 1].text)):
                    # "2.3m tonnes": a million tonnes, not metres
                    amount.value *= 1e6
                    num.scaled, num.raw, num.scale = True, num.value, 1e6
                    k += 1
                if k < n and toks[k].text == "m" and not toks[k].gap and not num.scaled and _million_m(ctx, start, k):
                    amount.value *= 1e6
                    num.scaled, num.raw, num.scale = True, num.value, 1e6
                    k += 1
                u = _feet_inches_marks(ctx, k, num, amount)
                if u is None:
                    u = _unit_suffix(ctx, k, num)
                if u is not None:
                    amount.kind, amount.unit = "quantity", u[0]
                    k = u[1]
                    split = unit_data.split_rate(u[0])
                    if split is not None:
                        amount.unit, amount.rate = split
    # A numeral glued to more letters or digits is part of a name or code ("860BOX", "3D").
    if k < n and not toks[k].gap and toks[k].kind in ("word", "num"):
        return None
    if (amount.kind == "number" and num.scaled and num.digits and not num.words and start == j and j > 1
            and not toks[num.end - 1].gap and toks[num.end - 1].kind == "word" and toks[num.end - 1].text.isupper()
            and _names_a_model(ctx, j)):
        return None  # "GeForce 9400M", "the Radeon 7970K": a model, not 9.4 billion
    if _scale_letter_names_a_code(ctx, amount, j):
        return None
    # "twenty-something" / "20-plus", "20+", "or more", "or so"
    post = _postfix(ctx, k)
    if post is not None:
        k, what = post
        if what == "min":
            amount.bound = "min"
        else:
            amount.approx = True
    rate = _rate(ctx, k, amount) if amount.rate is None else None
    if rate is not None:
        amount.rate, k = rate
    if amount.kind == "quantity" and amount.rate in _TIME_SYMBOLS:
        # "60 km per hour" is the speed "60 km/h", as "60 kilometres an hour" is.
        per = unit_data.lookup(f"{amount.unit}/{_TIME_SYMBOLS[amount.rate]}")
        if per is not None:
            amount.unit, amount.rate = per, None
    amount.end_tok = k
    if amount.kind == "quantity" and amount.unit == "ft":
        _feet_inches(ctx, amount)
    if amount.kind == "quantity" and amount.unit == "deg" and _quake_context(ctx, start, k):
        # "a 6.7 degree quake", "3.8 degrees on the Richter scale": a magnitude, not an angle
        amount.kind, amount.unit = "number", None
    if amount.kind == "quantity" and amount.unit == "deg" and _temperature_context(ctx, start, k):
        # "temperatures of minus 17 degrees": a temperature in the scale the text names.
        scale = _document_scale(ctx)
        amount.kind, amount.unit = ("quantity", scale) if scale else ("number", None)
        if _word(ctx, k) in ("below", "above") and _word(ctx, k + 1) == "zero":
            if _word(ctx, k) == "below":
                amount.value = -abs(amount.value)
            amount.end_tok = k + 2
    return amount


def _scale_letter_names_a_code(ctx: _Ctx, a: _Amount, j: int) -> bool:
    """A bare numeral with a glued scale letter that names a model or a standard, not a count:
    four digits or more with a capital ("the 9400M", "a 7970M": 9.4 billion is written
    "9.4bn"), or a letter followed by "/" and more letters ("802.11b/g")."""
    toks = ctx.toks
    num = a.num
    if a.kind != "number" or not num.scaled or not num.digits or num.words or num.end != j + 2:
        return False
    letter = toks[j + 1]
    if letter.gap or letter.kind != "word" or len(letter.text) != 1:
        return False
    if letter.text.isupper() and re.fullmatch(r"\d{4,}", toks[j].text):
        return True
    k = num.end
    return (k + 1 < len(toks) and toks[k].text == "/" and not toks[k].gap and toks[k + 1].kind == "word"
            and not toks[k + 1].gap and toks[k + 1].low not in words_data()["rates"])


def _temperature_context(ctx: _Ctx, start: int, end: int) -> bool:
    words = _temperature_words()
    if any(ctx.toks[x].low in words for x in range(max(0, start - 8), start)):
        return True
    return _word(ctx, end) in ("below", "above") and _word(ctx, end + 1) == "zero"


def _quake_context(ctx: _Ctx, start: int, end: int) -> bool:
    """A word of earthquakes just before "N degrees" or in the four words after it."""
    words = frozenset(words_data()["quake_context"])
    return any(ctx.toks[x].low in words for x in range(max(0, start - 4), min(len(ctx.toks), end + 4)))


@lru_cache(maxsize=1)
def _temperature_words() -> frozenset[str]:
    return frozenset(words_data()["temperature_context"])


_SCALES = (("°C", re.compile(r"celsius|centigrade|°\s?C\b|℃", re.I)), ("°F", re.compile(r"fahrenheit|°\s?F\b|℉", re.I)))


def _document_scale(ctx: _Ctx) -> str | None:
    """The one temperature scale the text names, or None (none or both)."""
    named = [sym for sym, pattern in _SCALES if pattern.search(ctx.text)]
    return named[0] if len(named) == 1 else None


_NOT_AFTER_ARTICLE = {"foot", "pound", "degree", "turn", "cup", "stone", "bar", "atmosphere", "gray", "revolution",
                      "ton", "tons", "point", "inch", "yard", "gram", "dram", "knot", "carat", "amp", "volt",
                      "watt", "newton", "pascal", "hertz", "candela", "calorie", "kilo"}


def _article_unit(ctx: _Ctx, j: int) -> _Amount | None:
    """"a gallon", "a kibibyte", "a penny": one of a unit or coin spelled out after "a"/"an"."""
    num = Num(1.0, j + 1, words=True)
    amount = _Amount(j, j + 1, num, 1.0)
    cur = _currency_suffix(ctx, j + 1, amount)
    # A currency name ("a dollar", "a euro"), not a code: "an AMD fellow" is a company.
    if (cur is not None and _word(ctx, j + 1) is not None and cur[2] == j + 2 and not ctx.toks[j + 1].text.isupper()
            and not (j + 2 < len(ctx.toks) and not ctx.toks[j + 2].gap and ctx.toks[j + 2].kind == "num")):
        # ("a euro110 billion" is the symbol spelled out before a sum, not one euro)
        code, factor, end, mult = cur
        amount.kind, amount.unit, amount.value, amount.end_tok = "money", code, factor * mult, end
        _and_a_half(ctx, amount)
        return amount
    u = _unit_suffix(ctx, j + 1, num, allow_hyphen=False)
    if u is None:
        return None
    key = _key(ctx, j + 1, u[1])
    if unit_data.is_symbol(key) or key.lower() in _NOT_AFTER_ARTICLE or key.lower().rstrip("s") in _NOT_AFTER_ARTICLE:
        return None
    if u[1] < len(ctx.toks) and not ctx.toks[u[1]].gap and ctx.toks[u[1]].kind in ("word", "num"):
        return None
    amount.kind, amount.unit, amount.end_tok = "quantity", u[0], u[1]
    _and_a_half(ctx, amount)
    return amount


def _and_a_half(ctx: _Ctx, amount: _Amount) -> None:
    """"a mile and a half": one and a half of the unit."""
    k = amount.end_tok
    if [_word(ctx, x) for x in range(k, k + 3)] == ["and", "a", "half"] and ctx.toks[k].gap:
        amount.value *= 1.5
        amount.end_tok = k + 3


def _million_m(ctx: _Ctx, start: int, k: int) -> bool:
    """Whether the "m" at toks[k] (glued to a numeral) means million rather than metres."""
    d = words_data()
    nxt = _word(ctx, k + 1)
    if nxt is not None and nxt in d["million_m_nouns"] and ctx.toks[k + 1].gap:
        return True
    if nxt is not None and ctx.toks[k + 1].gap and _modified_count_noun(ctx, k + 1):
        return True
    context = {ctx.toks[x].low for x in range(max(0, start - 4), start)}
    if context & set(d["million_m_context"]):
        return True
    return nxt is None and _parallel_million(ctx, k)


def _modified_count_noun(ctx: _Ctx, j: int) -> bool:
    """"2m Windows users", "1.5m new subscribers": up to two names or count modifiers, then a
    count noun of ``million_m_nouns``."""
    d = words_data()
    toks = ctx.toks
    for x in range(j, min(j + 3, len(toks))):
        t = toks[x]
        if t.kind != "word" or not t.gap:
            return False
        if x > j and t.low in d["million_m_nouns"]:
            return True
        if not (t.text[:1].isupper() and t.text[1:].islower() or t.low in d["million_m_modifiers"]):
            return False
    return False


def _parallel_million(ctx: _Ctx, k: int) -> bool:
    """"watched by 6.1m people ..., peaking at 6.9m.": a figure closing a clause, in a sentence
    whose earlier figure of like size is written the same way before a count noun, is a million.

    A word of length or height in the sentence ("waves", "tall", "deep") keeps metres.
    """
    toks, d = ctx.toks, words_data()
    here = numeral_value(toks[k - 1].text)
    if here is None or here <= 0:
        return False
    first = k - 1
    while first > 0 and not (toks[first - 1].text in ".!?" and toks[first].gap) and "\n" not in ctx.text[toks[first - 1].end : toks[first].start]:
        first -= 1
    last = k + 1
    while last < len(toks) and toks[last].text not in ".!?":
        last += 1
    if any(toks[x].low in d["million_m_parallel_veto"] for x in range(first, last)):
        return False
    for x in range(first, k - 3):
        if (toks[x].kind == "num" and toks[x + 1].text == "m" and not toks[x + 1].gap and toks[x + 2].gap
                and toks[x + 2].low in d["million_m_nouns"]):
            other = numeral_value(toks[x].text)
            if other is not None and other > 0 and 0.5 <= here / other <= 2:
                return True
    return False


def _uncertainty(ctx: _Ctx, k: int) -> tuple[float, int] | None:
    """"± 0.2", "+/- 1e-5" after a number: (half-width, index after)."""
    toks = ctx.toks
    n = len(toks)
    j = k
    if j < n and toks[j].text == "±":
        j += 1
    elif j + 2 < n and toks[j].text == "+" and toks[j + 1].text == "/" and toks[j + 2].text == "-":
        j += 3
    else:
        return None
    if j < n and toks[j].kind == "num":
        got = parse_number(toks, j)
        if got is not None and not got.words:
            return got.value, got.end
    return None


def _names_a_model(ctx: _Ctx, j: int) -> bool:
    """True when toks[j] follows a capitalised word inside a sentence ("GeForce 9400M")."""
    p, pp = ctx.toks[j - 1], ctx.toks[j - 2]
    return (p.kind == "word" and p.text[:1].isupper() and p.low not in _SENTENCE_OPENERS
            and not (pp.kind == "sym" and pp.text in ".!?:\"“") and not _is_currency_word(p.text))


def _feet_inches_marks(ctx: _Ctx, k: int, num: Num, amount: _Amount) -> tuple[str, int] | None:
    """"6'2\"", "5’11”": feet and inches written with apostrophe and quote marks, glued.

    Both marks must be there: a lone apostrophe after a number is a quote or a decade.
    Adds the inches to ``amount`` and returns ("ft", index after the closing mark).
    """
    toks = ctx.toks
    if k + 2 >= len(toks) or not num.digits or num.scaled or num.value <= 0:
        return None
    mark, inches, close = toks[k], toks[k + 1], toks[k + 2]
    if mark.text not in ("'", "’", "′") or mark.gap or inches.kind != "num" or inches.gap:
        return None
    if close.text not in ('"', "”", "″") or close.gap:
        return None
    sub = parse_number(toks, k + 1)
    if sub is None or sub.end != k + 2 or not 0 <= sub.value < 12:
        return None
    amount.value += sub.value / 12
    return "ft", k + 3


def _feet_inches(ctx: _Ctx, amount: _Amount) -> None:
    """"5 feet 2 inches", "6 ft 1 in", "5 feet and 2 inches": one length in feet."""
    toks = ctx.toks
    k = amount.end_tok
    if _word(ctx, k) == "and":
        k += 1
    elif k + 1 < len(toks) and toks[k].text == "-" and not toks[k].gap and toks[k + 1].kind == "num" and not toks[k + 1].gap:
        k += 1  # "5-foot-8", "5-feet-8 inches"
    if k >= len(toks) or toks[k].kind != "num" and _word(ctx, k) not in words_data()["units"]:
        return
    sub = parse_number(toks, k)
    if sub is None or sub.scaled or not 0 <= sub.value < 12:
        return
    if _word(ctx, sub.end) == "in":
        u: tuple[str, int] | None = ("in", sub.end + 1)
    else:
        u = _unit_suffix(ctx, sub.end, sub)
    if u is None and toks[k - 1].text == "-" and sub.end >= len(toks) or u is None and toks[k - 1].text == "-" and (toks[sub.end].gap or toks[sub.end].kind == "sym"):
        u = ("in", sub.end)  # "5-foot-8": the inches go unsaid
    if (u is None and toks[k - 1].low in ("foot", "feet") and toks[k].gap and float(sub.value).is_integer()
            and (sub.end >= len(toks) or toks[sub.end].kind == "sym" or _word(ctx, sub.end) in ("tall", "high", "and", "with"))):
        u = ("in", sub.end)  # "six foot two", "6 feet 1 and weighs": a height, inches unsaid
    if u is None or u[0] != "in":
        return
    amount.value += sub.value / 12 * (-1 if amount.value < 0 else 1)
    amount.end_tok = u[1]


_NUMBER_STARTERS = (
    set(words_data()["units"]) | set(words_data()["tens"]) | {"a", "an", "half", "quarter", "hundred", "minus", "negative"}
    | set(words_data()["hundred"]) | set(words_data()["vulgar_fractions"])
)


def _ordinal_follows(ctx: _Ctx, k: int) -> bool:
    toks = ctx.toks
    if k < len(toks) and toks[k].text in "-‐" and not toks[k].gap:
        k += 1
    w = _word(ctx, k)
    ords = words_data()["ordinals"]
    return w is not None and w in ords and 1 <= ords[w] <= 9 and (toks[k - 1].low in words_data()["tens"] or toks[k - 1].text in ("-", "‐"))


def _unit_name_at(ctx: _Ctx, k: int) -> bool:
    """A unit spelled out as a name ("mile", "kilograms") at toks[k], not a symbol or a word
    that is also something else ("foot", "point", "pound")."""
    if k >= len(ctx.toks) or ctx.toks[k].kind != "word" or not ctx.toks[k].gap:
        return False
    t = ctx.toks[k]
    if unit_data.is_symbol(t.text) or unit_data.lookup(t.text) is None:
        return False
    return t.low not in _NOT_AFTER_ARTICLE and t.low.rstrip("s") not in _NOT_AFTER_ARTICLE


def _article_ok(ctx: _Ctx, j: int, num: Num) -> bool:
    """"one" as a pronoun ("one of the", "no one", "the one you") is not a number."""
    toks = ctx.toks
    if num.end == j + 1 and toks[j].text in ("One", "Zero", "ONE") and j > 0:
        p = toks[j - 1]
        if p.kind == "word" and p.text[:1].isupper():
            return False  # a name: "Air Force One", "Formula One", "Ground Zero"
    if num.end == j + 1 and toks[j].kind == "word" and toks[j].text[:1].isupper() and j > 0:
        p = toks[j - 1]
        nxt_tok = toks[j + 1] if j + 1 < len(toks) else None
        if (p.kind == "word" and p.text[:1].isupper() and p.low not in _SENTENCE_OPENERS
                and (nxt_tok is None or nxt_tok.kind == "sym" and nxt_tok.text not in "-‐%")):
            return False  # a name that ends in a number word: "the Big Ten/ACC", "Ocean's Eleven."
    if not (num.end == j + 1 and toks[j].low == "one"):
        return True
    d = words_data()
    prev = toks[j - 1].low if j > 0 else ""
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    if prev in d["article_blockers_before_one"] and _unit_name_at(ctx, j + 1):
        return True  # "that one mile", "the one kilometre stretch": a pronoun is never measured
    if prev in d["article_blockers_before_one"] or nxt in d["article_blockers_after_one"]:
        return False
    if nxt in ("'", "’") and j + 2 < len(toks) and toks[j + 2].low == "s":
        return False
    return True


def _percent(ctx: _Ctx, k: int) -> tuple[str | None, int] | None:
    toks = ctx.toks
    n = len(toks)
    if k >= n:
        return None
    t = toks[k]
    if t.text in ("%", "％"):
        return None, k + 1
    w = t.low
    if w == "per" and _word(ctx, k + 1) == "cent":
        return None, k + 2
    if w in ("percentage", "percent") and _word(ctx, k + 1) in ("point", "points"):
        return "pp", k + 2
    if w == "basis" and _word(ctx, k + 1) in ("point", "points"):
        return "bp", k + 2
    if t.text in ("bp", "bps", "bpts") and (t.gap or toks[k - 1].kind == "num"):
        return "bp", k + 1
    if w in _PERCENT_WORDS and w != "percentage":
        return None, k + 1
    if t.text in "-‐" and not t.gap and k + 1 < n and not toks[k + 1].gap and toks[k + 1].low in ("percent", "per-cent"):
        return None, k + 2  # "a 5-percent stake"
    if w == "per" and k + 2 < n and toks[k + 1].text == "-" and _word(ctx, k + 2) == "cent":
        return None, k + 3
    return None


def _postfix(ctx: _Ctx, k: int) -> tuple[int, str] | None:
    toks = ctx.toks
    n = len(toks)
    if k < n and toks[k].text == "+" and not toks[k].gap and (k + 1 >= n or toks[k + 1].gap or toks[k + 1].kind == "sym"):
        return k + 1, "min"
    if k + 1 < n and toks[k].text == "-" and not toks[k].gap and toks[k + 1].low == "plus" and not toks[k + 1].gap:
        return k + 2, "min"
    if _word(ctx, k) == "or" and _word(ctx, k + 1) in ("more", "above"):
        return k + 2, "min"
    if _word(ctx, k) == "or" and _word(ctx, k + 1) in ("so", "thereabouts"):
        return k + 2, "approx"
    return None


def _rate(ctx: _Ctx, k: int, amount: _Amount) -> tuple[str, int] | None:
    d = words_data()
    toks = ctx.toks
    n = len(toks)
    if k >= n:
        return None
    w = _word(ctx, k)
    if w in ("per", "a", "an", "each", "every") and k + 1 < n:
        w2 = _word(ctx, k + 1)
        if w2 in d["rates"] and not (w in ("a", "an") and w2 in ("second", "quarter", "head", "person", "capita")):
            return d["rates"][w2], k + 2
        if w2 == "share" and amount.kind == "money":
            return "share", k + 2
        if amount.kind == "money" and w in ("per", "a", "an", "each"):
            u = _unit_suffix(ctx, k + 1, amount.num, allow_hyphen=False)
            if u is not None and (w == "per" or not unit_data.is_symbol(_key(ctx, k + 1, u[1]))):
                return u[0], u[1]  # "$40 a barrel", "$350 per kg"
        # PTB "$ 70 - a - share"
    if toks[k].text == "/" and not toks[k].gap and k + 1 < n and not toks[k + 1].gap:
        w2 = _word(ctx, k + 1)
        if w2 in d["rates"]:
            return d["rates"][w2], k + 2
        if w2 == "share" and amount.kind == "money":
            return "share", k + 2
        if amount.kind == "money":
            u = _unit_suffix(ctx, k + 1, amount.num, allow_hyphen=False)
            if u is not None and (u[1] >= n or toks[u[1]].gap or toks[u[1]].kind == "sym"):
                return u[0], u[1]  # "$20/barrel", "€3.50/kg"
    if w in d["rate_adverbs"]:
        return d["rate_adverbs"][w], k + 1
    return None


# ---------------------------------------------------------------- currency


def _currency_prefix(ctx: _Ctx, j: int) -> tuple[str, int, float] | None:
    """A currency written before the amount: "$", "US$", "c $", "HK$", "€", "Rs.", "USD", "MAUD"."""
    t = money_data.tables()
    toks = ctx.toks
    n = len(toks)
    tok = toks[j]
    # letters before "$": "US$", "us $", "c $", "hk $", "u.s $", "usd$", "Mex$"
    for length in range(0, 5):
        k = j + length
        if k >= n:
            break
        if toks[k].text == "$":
            if length == 0:
                code = "USD"
            else:
                key = _key(ctx, j, k).lower()
                code = t["dollar_prefixes"].get(key) or t["dollar_prefixes"].get(key.replace(" ", ""))
                if code is None or (toks[j].kind == "word" and j > 0 and not toks[j].gap and toks[j - 1].kind == "word"):
                    break
                # "a $ 300", "' s $ 500": a lone letter spaced from "$" is a word, except PTB "c $".
                if len(key) == 1 and toks[k].gap and key != "c":
                    break
            if k + 1 < n and toks[k + 1].kind in ("num", "sym", "word") and _starts_number(ctx, k + 1):
                return code, k + 1, 1.0
            break
        if toks[k].kind == "num":
            break
    sym = tok.text
    if j + 1 < n and not toks[j + 1].gap and toks[j + 1].text == ".":
        dotted = sym + "."
        if dotted in t["symbols"] and j + 2 < n and _starts_number(ctx, j + 2):
            return _yen(ctx, t["symbols"][dotted]), j + 2, 1.0
    if sym in t["symbols"] and sym != "$" and j + 1 < n and _starts_number(ctx, j + 1):
        return _yen(ctx, t["symbols"][sym]), j + 1, 1.0
    if tok.kind == "word" and j + 1 < n and _starts_number(ctx, j + 1):
        code = money_data.code_for(tok.text, after_number=False)
        if code is not None:
            return code, j + 1, 1.0
        if len(tok.text) == 4 and tok.text[0] == "M":
            code = money_data.code_for(tok.text[1:], after_number=True)
            if code is not None:
                return code, j + 1, 1e6
    return None


def _starts_number(ctx: _Ctx, k: int) -> bool:
    toks = ctx.toks
    if k >= len(toks):
        return False
    t = toks[k]
    if t.kind == "num":
        return True
    if t.text in "-−" and k + 1 < len(toks) and toks[k + 1].kind == "num":
        return True
    return t.kind == "word" and t.low in _NUMBER_STARTERS and t.low not in ("a", "an")


def _yen(ctx: _Ctx, code: str) -> str:
    return "CNY" if code == "JPY" and ctx.yuan else code


def _currency_suffix(ctx: _Ctx, k: int, amount: _Amount) -> tuple[str, float, int, float] | None:
    """A currency written after the amount: (code, minor-unit factor, index after, multiplier)."""
    t = money_data.tables()
    toks = ctx.toks
    n = len(toks)
    if k >= n:
        return None
    j = k
    if toks[j].text in "-‐" and not toks[j].gap and j + 1 < n and not toks[j + 1].gap and toks[j + 1].kind == "word":
        j += 1
    tok = toks[j]
    num = amount.num
    large = num.scaled or abs(amount.value) >= 100
    # Names, longest first: "finnish markka", "hong kong dollars", "pounds sterling".
    for length in (4, 3, 2, 1):
        if j + length > n:
            continue
        key = _key(ctx, j, j + length).lower()
        code = t["names"].get(key)
        if code is not None:
            if length == 1 and money_data.is_ambiguous(key) and not large:
                if not (key.startswith("pound") and ctx.sterling):
                    return None
            if length == 1 and key.startswith("pound") and not (num.scaled or ctx.sterling):
                return None
            return code, 1.0, j + length, 1.0
        if key in t["minor_units"]:
            code, factor = t["minor_units"][key]
            return code, factor, j + length, 1.0
    for length in (2, 1):
        if j + length > n or (length == 2 and toks[j + 1].gap):
            continue
        sym = _key(ctx, j, j + length)
        if sym in t["symbols"] and (tok.kind == "sym" or not tok.gap or length == 2 or sym in _SPACED_SYMBOL_WORDS):
            # "10 €"; not "$" that opens the next amount ("$ 20 $ 37").
            if j + length < n and (toks[j + length].kind == "num" or _starts_number(ctx, j + length)) and tok.kind == "sym":
                return None
            return _yen(ctx, t["symbols"][sym]), 1.0, j + length, 1.0
    if tok.text in t["minor_symbols"] and not tok.gap and j == k:
        code, factor = t["minor_symbols"][tok.text]
        # "50p"; a glued "c" is too often something else ("5c" grades, models) to read as cents.
        if tok.text == "p" and not (_video_lines(ctx, j) and not ctx.sterling):
            return code, factor, j + 1, 1.0
    if tok.kind == "word":
        code = money_data.code_for(tok.text, after_number=True)
        if code is not None:
            return code, 1.0, j + 1, 1.0
        if len(tok.text) == 4 and tok.text[0] == "M":
            code = money_data.code_for(tok.text[1:], after_number=True)
            if code is not None:
                return code, 1.0, j + 1, 1e6
    return None


def _not_an_amount_of_money(ctx: _Ctx, start: int, k: int, end: int, num: Num) -> bool:
    """A number and a currency name that are no sum: a price level ("$40 million in 1995
    dollars", "in constant 1990 pounds") or an opinion ("my two cents", "two cents' worth")."""
    toks, d = ctx.toks, words_data()
    name = _key(ctx, k, end).lower()
    if (num.digits and re.fullmatch(r"1[89]\d\d|20\d\d|2100", toks[start].text) and end == k + 1
            and name.endswith("s") and start > 0 and toks[start - 1].low in d["price_level_before"]):
        return True
    phrase = _key(ctx, start, end).lower()
    if phrase in d["opinion_idioms"]:
        before = toks[start - 1].low if start > 0 else ""
        after = [_word(ctx, x) or toks[x].text for x in range(end, min(end + 2, len(toks)))]
        return before in d["opinion_idiom_determiners"] or "worth" in after
    return False


def _naught_idiom(ctx: _Ctx, j: int) -> bool:
    """"for naught", "(came) to nought" before toks[j]: the idiom for failure."""
    before = [ctx.toks[x].low for x in range(max(0, j - 2), j)]
    d = words_data()["naught_idioms"][ctx.toks[j].low]
    return bool(before) and (before[-1] == "for" or (before[-1] == "to" and len(before) == 2 and before[0] in d))


def _video_lines(ctx: _Ctx, j: int) -> bool:
    """True when the numeral before the "p" at toks[j] is a video resolution ("720p", "1080p")."""
    return j > 0 and ctx.toks[j - 1].text in words_data()["video_resolutions"]


def _cents(ctx: _Ctx, k: int, amount: _Amount) -> int:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "c $ 100 and fifty"."""
    toks = ctx.toks
    n = len(toks)
    if not float(amount.value).is_integer() or amount.num.scaled:
        return k
    j = k
    has_and = _word(ctx, j) == "and"
    if has_and:
        j += 1
    if amount.prefixed and not has_and:
        return k
    if j >= n:
        return k
    sub = parse_number(toks, j)
    if sub is None or sub.scaled or sub.fraction or not float(sub.value).is_integer() or not 0 < sub.value < 100:
        return k
    if sub.digits and not has_and and toks[j].kind == "num" and j in ctx.ident:
        return k
    e = sub.end
    w = _word(ctx, e)
    t = money_data.tables()
    if w is not None and w in t["minor_units"]:
        amount.value += sub.value * t["minor_units"][w][1] / (amount.factor or 1.0)
        return e + 1
    if e >= n or (toks[e].kind == "sym" and toks[e].text in _PUNCT_END) or w == "and":
        # A bare number straight after "dollars" is the cents part only when nothing follows it.
        if toks[e - 1].kind == "num" and e < n and w == "and":
            return k
        amount.value += sub.value / 100
        return e
    return k


# ---------------------------------------------------------------- units


def _unit_suffix(ctx: _Ctx, k: int, num: Num, *, allow_hyphen: bool = True) -> tuple[str, int] | None:
    """A unit of measure after the number: "km", "-meter", " square kilometres", " (kg)"."""
    toks = ctx.toks
    n = len(toks)
    if k >= n:
        return None
    j = k
    hyphen = False
    if allow_hyphen and toks[j].text in "-‐" and not toks[j].gap and j + 1 < n and not toks[j + 1].gap:
        j += 1
        hyphen = True
    close = None
    if j < n and toks[j].text in _CLOSERS and j + 1 < n and not toks[j + 1].gap:
        close = _CLOSERS[toks[j].text]
        j += 1
    best: tuple[str, int, str] | None = None
    for length in range(1, 6):
        if j + length > n:
            break
        if toks[j + length - 1].kind == "num" and toks[j + length - 1].gap:
            break
        key = _key(ctx, j, j + length)
        sym = unit_data.lookup(key)
        if sym is not None:
            best = (sym, j + length, key)
    if best is None:
        return None
    sym, end, key = best
    first = toks[j]
    if close is not None:
        if end >= n or toks[end].text != close:
            return None
        end += 1
    if key in _NEEDS_ATTACHED and first.gap or key in _NEVER_ALONE:
        return None
    if key in _SPACED_NEEDS_CLAUSE and first.gap and not _clause_goes_on(ctx, end):
        return None
    if len(key) == 1 and key.isupper() and end < n and ctx.toks[end].text == "." and end + 1 < n and ctx.toks[end + 1].text[:1].isupper():
        return None  # "200 W. American Blvd": a street, not 200 watts
    if key in ("C", "F"):
        # "45C" is hot weather; "300C" is a model name and "Apartment 5C" a door.
        numeral = k - 1
        while numeral > 0 and ctx.toks[numeral].kind != "num":
            numeral -= 1
        prev = ctx.toks[numeral - 1] if numeral > 0 else None
        if not (-90 <= num.value <= (60 if key == "C" else 140)) or (prev is not None and prev.kind == "word" and prev.text[:1].isupper()):
            return None
    if key.lower() in ("st", "nd", "rd", "th") and not first.gap:
        return None  # "21st" is an ordinal, not 21 stone
    if key in ("in", "In") and not _inch_context(ctx, end):
        return None
    if key in ('"', "″") and (first.gap or _quote_open_on_line(ctx.text, first.start)):
        return None
    if key in ("am", "pm") and _clock_like(ctx, num, k):
        return None
    if key == "s":
        return None
    if hyphen and key in ("in",):
        return None
    return sym, end


def _clause_goes_on(ctx: _Ctx, end: int) -> bool:
    """True when the text after toks[end - 1] ends or goes on as a clause: a lower-case word,
    a comma, semicolon or closing bracket, or the end of the text (not a name, not "Ga.")."""
    toks = ctx.toks
    if end >= len(toks):
        return True
    t = toks[end]
    if t.kind == "word":
        return t.text.islower()
    return t.text in ",;:)]" or (t.text in ".!?" and end + 1 == len(toks))


def _quote_open_on_line(text: str, pos: int) -> bool:
    """True when a '"' earlier on the same line may open a quotation that this one closes."""
    line_start = text.rfind("\n", 0, pos) + 1
    return '"' in text[line_start:pos] or "“" in text[line_start:pos]


def _inch_context(ctx: _Ctx, end: int) -> bool:
    toks = ctx.toks
    if end >= len(toks):
        return True
    t = toks[end]
    if t.kind == "sym" and t.text in _PUNCT_END:
        return True
    return t.low in _INCH_NEXT and t.low not in ("in", "of", "and", "or")


def _clock_like(ctx: _Ctx, num: Num, k: int) -> bool:
    text = ctx.toks[k - 1].text if k > 0 else ""
    return bool(re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", text)) and num.value <= 12


# ---------------------------------------------------------------- coordination


def _coordinate(ctx: _Ctx, values: list[Value]) -> list[Value]:
    """"45 and 50 mg": a bare number joined by and/or to a measured one takes its unit."""
    out = list(values)
    # Right to left, so that a list takes the unit of its last item ("45, 50 and 55 mg").
    for idx in range(len(out) - 2, -1, -1):
        a, b = out[idx], out[idx + 1]
        if a.kind != "number" or b.kind not in ("quantity", "percent") or a.low != a.high:
            continue
        between = ctx.text[a.end : b.start].strip().lower()
        if between not in ("and", "or", ",") or not isinstance(a.value, (int, float)):
            continue
        if between == "," and a.text[:1].isdigit() != b.text[:1].isdigit():
            continue  # "two, 2GB modules": the figure restates the word
        if re.match(r"\s*(?:between|from)\b", ctx.text[max(0, a.start - 9) : a.start].lower()):
            continue
        out[idx] = Value(b.kind, a.text, a.start, a.end, a.value, b.unit, a.low, a.high, a.approx, a.bound, a.rate)
    return out
