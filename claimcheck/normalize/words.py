"""Numbers written with digits, words or both: "1,234.5", "two and a half million", "five eighths".

Works on the token list of :mod:`claimcheck.normalize.lexer`; every parser takes a start
index and returns a :class:`Num` (value and the index after the last token used) or None.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimcheck.normalize.lexer import Token
from claimcheck.normalize.units import lookup as units_lookup

_DATA = Path(__file__).parent / "data" / "number_words.json"


@lru_cache(maxsize=1)
def data() -> dict:
    """The number-word tables of ``data/number_words.json``."""
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    d["denominators"] = dict(d["ordinals"])
    for word, v in list(d["ordinals"].items()):
        d["denominators"][word + "s"] = v
    d["denominators"].update(d["fraction_only"])
    d["unit_ordinals"] = {w: v for w, v in d["denominators"].items() if isinstance(v, int) and 1 <= v <= 9}
    d["hundred_set"] = set(d["hundred"])
    return d


@dataclass
class Num:
    """A parsed number: ``end`` is the token index after it."""

    value: float
    end: int
    words: bool = False  # spelled out (at least partly)
    scaled: bool = False  # a scale word or suffix applied ("million", "bn", "k")
    raw: float | None = None  # value before the last scale ("5" in "5 million")
    scale: float = 1.0
    fraction: bool = False
    digits: bool = False  # begins with a numeral


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_EURO = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?")


def numeral_value(text: str) -> float | None:
    """Value of a numeral as written ("1,234,567", "12,34,567.89", "1,3", ".08", "1.3e6").

    None when the separators do not make one number ("22,24,26", "192.168.1.2").
    """
    t = text
    if _SPACED.fullmatch(t):
        return float(re.sub(r"[ \u00a0\u202f\u2009]", "", t))
    if re.fullmatch(r"\d+(?:\.\d+)?(?:[eE][+\-]?\d+)?|\.\d+", t):
        return float(t)
    if _THOUSANDS.fullmatch(t) or _INDIAN.fullmatch(t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", t):
        # A single comma before one or two digits is a decimal comma ("1,3", "5,00").
        return float(t.replace(",", "."))
    if t.count(".") >= 1 and _EURO.fullmatch(t) and ("," in t or t.count(".") >= 2):
        return float(t.replace(".", "").replace(",", "."))
    return None


def _word(toks: list[Token], j: int) -> str | None:
    if j < len(toks) and toks[j].kind == "word":
        return toks[j].low
    return None


def _is_hyphen(toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].kind == "sym" and toks[j].text in "-‐–"


def _exponent(toks: list[Token], j: int) -> tuple[float, int] | None:
    """'^23', '^-1', '^--23' after a numeral: (exponent, index after)."""
    if not (j < len(toks) and toks[j].text == "^" and not toks[j].gap):
        return None
    k = j + 1
    sign = 1
    while k < len(toks) and toks[k].text in "+-−" and not toks[k].gap:
        if toks[k].text != "+":
            sign = -sign
        k += 1
    if k < len(toks) and toks[k].kind == "num" and not toks[k].gap and re.fullmatch(r"\d+", toks[k].text):
        return sign * float(toks[k].text), k + 1
    return None


def _digit_atom(toks: list[Token], i: int) -> tuple[float, int] | None:
    """A numeral with its power notation ("1.1^23", "1.3x10^6", "2.48×10−5", "8x2^10")."""
    t = toks[i]
    v = numeral_value(t.text)
    if v is None:
        return None
    j = i + 1
    exp = _exponent(toks, j)
    if exp is not None:
        try:
            return v ** exp[0], exp[1]
        except (OverflowError, ZeroDivisionError):
            return None
    # "1.3x10^6", "6.23x10^-4", "2.48×10−5", "8x2^10"
    if j + 1 < len(toks) and toks[j].text in ("x", "×", "X") and not toks[j].gap:
        nxt = toks[j + 1]
        if nxt.kind == "num" and not nxt.gap and re.fullmatch(r"\d+", nxt.text):
            base = float(nxt.text)
            exp = _exponent(toks, j + 2)
            if exp is not None:
                return v * base ** exp[0], exp[1]
            k = j + 2
            if base == 10 and k + 1 < len(toks) and toks[k].text in "−-" and not toks[k].gap:
                if toks[k + 1].kind == "num" and not toks[k + 1].gap and re.fullmatch(r"\d+", toks[k + 1].text):
                    return v * 10 ** -float(toks[k + 1].text), k + 2
    return v, j


@dataclass
class _State:
    total: float = 0.0
    cur: float = 0.0
    atom: float = 0.0
    last: str | None = None
    max_scale: float = 0.0
    last_scale: float = 1.0
    end: int | None = None
    words: bool = False
    scaled: bool = False
    raw: float | None = None

    def take(self, j: int, marks: list[tuple[int, float, float]], word: bool = True) -> int:
        """Accept the token at ``j`` into the number; returns the next index."""
        self.words = self.words or word
        self.end = j + 1
        marks.append((j + 1, self.total, self.cur))
        return j + 1


def parse_cardinal(toks: list[Token], i: int, *, allow_digits: bool = True) -> tuple[Num, list[tuple[int, float, float]]] | None:
    """A cardinal at ``toks[i]``: numerals, number words, hundreds, scales, dozens, "point".

    Returns the number and the checkpoints (token index after each atom, total, cur) so
    that a caller can take back the last atom (fraction denominators).
    """
    d = data()
    units, tens, scales, dozens = d["units"], d["tens"], d["scales"], d["dozens"]
    n = len(toks)
    s = _State()
    marks: list[tuple[int, float, float]] = []
    j = i
    digits = False
    if j < n and toks[j].kind == "num":
        if not allow_digits:
            return None
        atom = _digit_atom(toks, j)
        if atom is None:
            return None
        s.cur, j = atom
        s.atom, s.last, s.end, digits = s.cur, "digit", j, True
        # Attached scale suffix: "10k", "1.5bn", "10M", "2mil".
        if (j < n and toks[j].kind == "word" and not toks[j].gap and toks[j].text in d["scale_suffixes"]
                and not (toks[j].text == "G" and re.fullmatch(r"\d", toks[j - 1].text))):
            sc = d["scale_suffixes"][toks[j].text]
            s.raw, s.cur = s.cur, s.cur * sc
            s.scaled, s.last_scale, s.max_scale, s.last = True, sc, sc, "suffix"
            j += 1
            s.end = j
            return Num(s.cur, j, scaled=True, raw=s.raw, scale=sc, digits=True), marks
        # "$5-billion", "1.5-million people": a hyphen joins the numeral to its scale.
        if (j + 1 < n and _is_hyphen(toks, j) and not toks[j].gap and not toks[j + 1].gap
                and toks[j + 1].low in scales and toks[j + 1].low not in ("mn", "bn", "tn", "mil")):
            sc = scales[toks[j + 1].low]
            s.raw, s.cur = s.cur, s.cur * sc
            return Num(s.cur, j + 2, scaled=True, raw=s.raw, scale=sc, digits=True), marks
        marks.append((j, s.total, s.cur))
    before_and: str | None = None
    saved: tuple[_State, int] | None = None  # state before "one thousand, two hundred"'s comma
    grouped = False
    while j < n:
        t = toks[j]
        w = t.low if t.kind == "word" or t.text == "&" else None
        if t.text == "," and s.last == "scale" and s.words and not t.gap:
            nxt = _word(toks, j + 1)
            if nxt in units or nxt in tens:
                saved = (dataclasses.replace(s), len(marks))
                grouped = False
                j += 1
                continue
        if t.kind == "num" and s.last == "scale" and not s.words is False:
            v = numeral_value(t.text)
            if v is not None and v.is_integer() and v < min(s.last_scale, 1000) and j not in ():
                s.cur += v
                s.atom = v
                s.last = "digit"
                j += 1
                s.end = j
                marks.append((j, s.total, s.cur))
                continue
            break
        if w is None:
            if _is_hyphen(toks, j) and s.last == "tens" and _word(toks, j + 1) in units and 1 <= units[_word(toks, j + 1)] <= 9:
                j += 1
                continue
            break
        if w in ("a", "an") and s.last is None:
            nxt = _word(toks, j + 1)
            if nxt in d["hundred_set"] or nxt in scales or nxt in dozens:
                s.cur, s.atom, s.last = 1.0, 1.0, "a"
                j += 1
                continue
            break
        if w in units:
            v = units[w]
            if s.last == "tens" and 1 <= v <= 9:
                s.cur += v
                s.atom += v
                s.last = "unit"
            elif s.last in (None, "hundred", "scale") or (s.last == "and" and before_and in ("hundred", "scale")):
                s.cur += v
                s.atom = v
                s.last = "unit" if v < 10 else "teen"
            else:
                break
            j = s.take(j, marks)
            continue
        if w in tens:
            if s.last in (None, "hundred", "scale") or (s.last == "and" and before_and in ("hundred", "scale")):
                s.cur += tens[w]
                s.atom = tens[w]
                s.last = "tens"
                j = s.take(j, marks)
                continue
            break
        if w in d["hundred_set"]:
            grouped = True
            # "hundreds of people" has no value; "hundred thousand" does.
            if s.last is None and w != "hundred":
                break
            if s.last in ("unit", "teen", "tens", "digit", "a", None) and (s.cur < 100 or s.last == "digit"):
                s.cur = (s.cur or 1.0) * 100
                s.last = "hundred"
                j = s.take(j, marks)
                continue
            break
        sep_scale = t.text in d["separated_scale_symbols"] and s.last == "digit" and t.gap and (j + 1 >= n or toks[j + 1].gap or toks[j + 1].kind == "sym")
        if (w in scales and s.last in ("unit", "teen", "tens", "digit", "a", "hundred", "scale")) or sep_scale:
            sc = d["separated_scale_symbols"][t.text] if sep_scale else scales[w]
            if s.last == "scale" and sc < s.last_scale:
                break
            if saved is not None and sc >= saved[0].last_scale:
                # "one thousand, two thousand" is a list: stop before the comma.
                s = saved[0]
                del marks[saved[1]:]
                saved = None
                break
            grouped = True
            s.raw = s.total + s.cur if s.total == 0 else s.cur
            if sc > s.max_scale:
                s.total = (s.total + s.cur) * sc
            else:
                s.total += s.cur * sc
            s.cur = 0.0
            s.max_scale = max(s.max_scale, sc)
            s.last_scale = sc
            s.last = "scale"
            s.scaled = True
            j = s.take(j, marks, word=not sep_scale)
            continue
        if w in dozens and s.last in ("unit", "teen", "tens", "digit", "a"):
            if w in d["dozens_need_count"] and not _counts_after(toks, j + 1):
                break  # "a score to settle", "a score of 80": a result, not twenty
            s.cur = s.cur - s.atom + s.atom * dozens[w]
            s.last = "dozen"
            j = s.take(j, marks)
            continue
        if w in ("and", "&") and s.last in ("hundred", "scale"):
            nxt = _word(toks, j + 1)
            if nxt in units or nxt in tens:
                before_and = s.last
                s.last = "and"
                j += 1
                continue
            break
        if w == "point" and s.last in ("unit", "teen", "tens", "hundred") and s.total == 0:
            dec = _decimal_words(toks, j + 1)
            if dec is not None:
                digits_str, k = dec
                s.cur = s.cur + float("0." + digits_str)
                s.end = k
                j = k
                marks.append((j, s.total, s.cur))
            break
        break
    if saved is not None and not grouped and s.end is not None:
        # After "one thousand," only a group with hundreds or a scale, or one that ends
        # the clause, continues the number ("five thousand, three of them" is two).
        after = toks[s.end] if s.end < n else None
        if after is not None and not (after.kind == "sym" and after.text in ".;:!?)"):
            s = saved[0]
            del marks[saved[1]:]
    if s.end is None:
        return None
    k = s.end
    # Digits after "hundred and" ("3 hundred and 21").
    if k + 1 < n and toks[k].low in ("and",) and s.last in ("hundred", "scale") and toks[k + 1].kind == "num" and s.words:
        v = numeral_value(toks[k + 1].text)
        after = toks[k + 2].low if k + 2 < n else ""
        if v is not None and v < 100 and after not in d["hundred_set"] and after not in scales:
            s.cur += v
            k += 2
            s.end = k
    value = s.total + s.cur
    num = Num(value, s.end, words=s.words, scaled=s.scaled, raw=s.raw, scale=s.last_scale if s.scaled else 1.0, digits=digits)
    return num, marks


def _decimal_words(toks: list[Token], j: int) -> tuple[str, int] | None:
    d = data()
    units, tens = d["units"], d["tens"]
    out = ""
    while j < len(toks):
        w = _word(toks, j)
        if w in units:
            out += str(units[w])
            j += 1
        elif w in tens:
            v = tens[w]
            if _is_hyphen(toks, j + 1) and _word(toks, j + 2) in units and 1 <= units[_word(toks, j + 2)] <= 9:
                out += str(v + units[_word(toks, j + 2)])
                j += 3
            elif _word(toks, j + 1) in units and 1 <= units[_word(toks, j + 1)] <= 9:
                out += str(v + units[_word(toks, j + 1)])
                j += 2
            else:
                out += str(v)
                j += 1
        else:
            break
    return (out, j) if out else None


def _denominator(toks: list[Token], j: int) -> tuple[float, int, bool] | None:
    """A fraction denominator at ``j``: (value, index after, plural)."""
    d = data()
    dens, tens = d["denominators"], d["tens"]
    w = _word(toks, j)
    if w is None:
        return None
    if w in tens:
        k = j + 1
        if _is_hyphen(toks, k):
            k += 1
        u = _word(toks, k)
        if u in d["unit_ordinals"] and u not in ("second", "seconds"):
            return tens[w] + d["unit_ordinals"][u], k + 1, u.endswith("s")
        return None
    if w in dens and w not in ("second", "seconds", "first", "firsts"):
        return float(dens[w]), j + 1, w.endswith(("s", "halves"))
    return None


def _fraction_after(toks: list[Token], base: Num, marks: list[tuple[int, float, float]], i: int) -> Num | None:
    """``base`` as numerator followed by a denominator word ("five eighths", "one hundred thirty-fifths")."""
    n = len(toks)
    k = base.end
    if _is_hyphen(toks, k) and (not toks[k].gap or (k + 1 < n and toks[k + 1].gap)):
        k += 1
    den = _denominator(toks, k)
    numer = base.value
    if den is None and len(marks) >= 2:
        # Take back a trailing tens word joined to an ordinal ("hundred thirty-fifths").
        last_tok = toks[base.end - 1]
        if last_tok.low in data()["tens"] and toks[base.end - 2].low in data()["hundred_set"]:
            den2 = _denominator(toks, base.end - 1)
            if den2 is not None:
                numer = marks[-2][1] + marks[-2][2]
                den = den2
    elif den is not None and len(marks) >= 2:
        last_tok = toks[base.end - 1]
        if (last_tok.low in data()["tens"] and toks[base.end - 2].low in data()["hundred_set"]
                and den[0] < 10 and _denominator(toks, base.end - 1) is not None):
            den2 = _denominator(toks, base.end - 1)
            numer = marks[-2][1] + marks[-2][2]
            den = den2
    if den is None or base.digits:
        return None
    dval, end, plural = den
    if numer != 1 and not plural:
        return None
    if dval == 0:
        return None
    return Num(numer / dval, end, words=True, fraction=True)


def _counted_idiom(toks: list[Token], i: int) -> Num | None:
    """"a baker's dozen" (13); "a gross of pencils", "two gross of eggs" (144 each).

    Idioms of ``counted_idioms`` in the data, after "a"/"an" or a small number word.
    "gross" must be followed by "of" and a plural noun in lower case: in news it is mostly
    an adjective ("gross domestic product", "a gross error") or takings ("a gross of $5m").
    """
    d = data()
    w = _word(toks, i)
    if w in ("a", "an"):
        count, k = 1, i + 1
    elif w in d["units"] and 1 <= d["units"][w] <= 12:
        count, k = d["units"][w], i + 1
    else:
        return None
    for phrase, (value, needs_of) in d["counted_idioms"].items():
        parts = phrase.split()
        j = k
        for part in parts:
            if part == "'s":
                if j + 1 < len(toks) and toks[j].text in ("'", "’") and not toks[j].gap and toks[j + 1].text == "s" and not toks[j + 1].gap:
                    j += 2
                    continue
                break
            if _word(toks, j) != part:
                break
            j += 1
        else:
            if needs_of:
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                if _word(toks, j) != "of" or nxt is None or not (nxt.kind == "word" and nxt.text.islower() and nxt.text.endswith("s")):
                    continue
            return Num(float(count * value), j, words=True, scaled=count != 1, raw=float(count), scale=float(value))
    return None


def parse_number(toks: list[Token], i: int) -> Num | None:
    """The longest number at ``toks[i]``, with fractions, "and a half", "half a million"..."""
    d = data()
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    w = t.low
    # Vulgar fraction alone: "½".
    if t.text in d["vulgar_fractions"]:
        return _scaled_tail(toks, Num(d["vulgar_fractions"][t.text], i + 1, fraction=True))
    # "a half", "a fifth", "a twenty-first", "a hundredth"
    if w in ("a", "an") and _word(toks, i + 1) in ("half", "quarter") and _is_hyphen(toks, i + 2) and _word(toks, i + 3) in d["scales"]:
        sc = d["scales"][_word(toks, i + 3)]
        f = 0.5 if _word(toks, i + 1) == "half" else 0.25
        return Num(f * sc, i + 4, words=True, scaled=True, raw=f, scale=sc, fraction=True)
    if w in ("a", "an"):
        den = _denominator(toks, i + 1)
        # "a half turn" is half a turn; "a third term" is a rank.
        if den is not None and (_word(toks, i + 1) in d["fraction_only"] or not _is_rank_context(toks, den[1])):
            frac = Num(1.0 / den[0], den[1], words=True, fraction=True)
            return _scaled_tail(toks, frac)
    if w in ("half", "quarter") and t.kind == "word":
        f = 0.5 if w == "half" else 0.25
        # "half a million", "half a dozen"
        if _word(toks, i + 1) in ("a", "an") and (_word(toks, i + 2) in d["scales"] or _word(toks, i + 2) in d["dozens"]):
            sc = d["scales"].get(_word(toks, i + 2)) or d["dozens"][_word(toks, i + 2)]
            return Num(f * sc, i + 3, words=True, scaled=True, raw=f, scale=sc, fraction=True)
        if _word(toks, i + 1) in d["scales"]:
            sc = d["scales"][_word(toks, i + 1)]
            return Num(f * sc, i + 2, words=True, scaled=True, raw=f, scale=sc, fraction=True)
        if _is_hyphen(toks, i + 1) and not toks[i + 1].gap and _word(toks, i + 2) in d["scales"]:
            sc = d["scales"][_word(toks, i + 2)]  # "a half-million"
            return Num(f * sc, i + 3, words=True, scaled=True, raw=f, scale=sc, fraction=True)
        if w == "half" and not _half_is_a_noun(toks, i):
            return Num(0.5, i + 1, words=True, fraction=True)
        return None
    idiom = _counted_idiom(toks, i)
    if idiom is not None:
        return idiom
    got = parse_cardinal(toks, i)
    if got is None:
        return None
    base, marks = got
    split = _and_split(toks, base, marks)
    if split is not None:
        return split
    if base.words and base.value == 1 and base.end == i + 1:
        compound = _compound_denominator(toks, base.end)
        if compound is not None:
            return Num(1.0 / compound[0], compound[1], words=True, fraction=True)
    frac = _fraction_after(toks, base, marks, i)
    if frac is not None:
        return _scaled_tail(toks, frac)
    # digits with a vulgar fraction attached or spaced: "10½", "2 ½"
    if base.digits and not base.scaled and base.end < n and toks[base.end].text in d["vulgar_fractions"]:
        return Num(base.value + d["vulgar_fractions"][toks[base.end].text], base.end + 1, fraction=True, digits=True)
    # digit fraction "3/4", "1 / 4" and mixed "2 1/4"
    if base.digits and not base.scaled:
        f = _slash_fraction(toks, i)
        if f is not None:
            return f
        if base.end < n and toks[base.end].kind == "num" and toks[base.end].gap and float(base.value).is_integer():
            f = _slash_fraction(toks, base.end)
            if f is not None and f.value < 1:
                return Num(base.value + f.value, f.end, fraction=True, digits=True)
    # "one and a half", "twenty and three fifths", "5 million and a half", "two and a half million"
    k = base.end
    if _word(toks, k) in ("and", "&") and not (base.digits and not base.scaled and _word(toks, k + 1) not in ("a", "an", "one", "half")):
        sub = None
        if _word(toks, k + 1) in ("a", "an", "one"):
            den = _denominator(toks, k + 2)
            if den is not None:
                sub = Num(1.0 / den[0], den[1], words=True, fraction=True)
        if sub is None and k + 1 < n:
            got2 = parse_cardinal(toks, k + 1, allow_digits=False)
            if got2 is not None:
                f2 = _fraction_after(toks, got2[0], got2[1], k + 1)
                if f2 is not None:
                    sub = f2
        if sub is not None:
            nxt = _word(toks, sub.end)
            if nxt in d["scales"]:
                sc = d["scales"][nxt]
                value = base.value + sub.value * sc if base.scaled else (base.value + sub.value) * sc
                return Num(value, sub.end + 1, words=True, scaled=True, raw=base.value + sub.value, scale=sc, fraction=True)
            if base.scaled:
                return Num(base.value + sub.value * base.scale, sub.end, words=True, scaled=True, fraction=True, raw=base.raw, scale=base.scale)
            return Num(base.value + sub.value, sub.end, words=True, fraction=True, digits=base.digits)
    # "one over three", "1 out of 3": only when the denominator ends the clause.
    # "one over three" (only where the denominator ends the clause: "$2000 over 3 years");
    # proportions "one in five", "two out of five hundred": the part is at most the whole.
    link = _word(toks, k)
    if link in ("over", "in") or (link == "out" and _word(toks, k + 1) == "of"):
        m = k + (2 if link == "out" else 1)
        got3 = parse_cardinal(toks, m)
        if got3 is not None and not base.scaled and float(base.value).is_integer():
            den_num = got3[0]
            after = den_num.end
            clause_end = after >= n or (toks[after].kind == "sym" and toks[after].text in ".,;:!?)")
            year_like = den_num.digits and 1000 <= den_num.value <= 2100
            if link == "over":
                ok = clause_end
            else:
                ok = 0 < base.value <= den_num.value and not year_like and not den_num.fraction
                if link == "in":
                    # "1 in 5 people", but not "won 3 in 12 days" unless the parts are small counts.
                    ok = ok and (base.value <= 10 or base.words) and _word(toks, after) not in _TIME_NOUNS
            if den_num.value != 0 and ok:
                return Num(base.value / den_num.value, after, words=True, fraction=True)
    return base


_TIME_NOUNS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
               "months", "year", "years", "decade", "decades", "games", "matches", "races", "attempts", "tries"}


def _compound_denominator(toks: list[Token], j: int) -> tuple[float, int] | None:
    """"one hundred (and) fifth" after a numerator "one": (105, index after)."""
    got = parse_cardinal(toks, j, allow_digits=False)
    if got is None or got[0].value < 100 or got[0].scaled and got[0].value >= 1e6:
        return None
    k = got[0].end
    if _word(toks, k) == "and":
        k += 1
    w = _word(toks, k)
    ords = data()["unit_ordinals"]
    if w in ords and w not in ("second", "seconds"):
        return got[0].value + ords[w], k + 1
    return None


def _and_split(toks: list[Token], base: Num, marks: list[tuple[int, float, float]]) -> Num | None:
    """A whole number, "and", then a fraction: "one hundred and three quarters", "two million and one half"."""
    d = data()
    e = base.end
    if len(marks) < 2 or e < 2 or toks[e - 2].low not in ("and", "&"):
        return None
    small = d["units"].get(toks[e - 1].low)
    if small is None or not 1 <= small <= 9:
        return None
    k = e + 1 if _is_hyphen(toks, e) else e
    den = _denominator(toks, k)
    if den is None or (small != 1 and not den[2]):
        return None
    whole = marks[-2][1] + marks[-2][2]
    frac = small / den[0]
    end = den[1]
    nxt = _word(toks, end)
    if nxt in d["scales"]:
        sc = d["scales"][nxt]
        value = whole + frac * sc if base.scaled else (whole + frac) * sc
        return Num(value, end + 1, words=True, scaled=True, raw=whole + frac, scale=sc, fraction=True)
    if base.scaled:
        return Num(whole + frac * base.scale, end, words=True, scaled=True, raw=base.raw, scale=base.scale, fraction=True)
    return Num(whole + frac, end, words=True, fraction=True)


_HALF_DETERMINERS = {"the", "a", "an", "this", "that", "first", "second", "third", "fourth", "latter", "former",
                     "other", "each", "either", "one", "its", "his", "her", "their", "our", "my", "your", "better"}


def _half_is_a_noun(toks: list[Token], i: int) -> bool:
    """"the first half", "at the half", "half-time": a part of a match or a year, not 0.5."""
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev in _HALF_DETERMINERS:
        return True
    if i > 1 and _is_hyphen(toks, i - 1) and not toks[i - 1].gap and not toks[i].gap and toks[i - 2].low in data()["ordinals"]:
        return True  # "a second-half goal", "first-half profits"
    return nxt is not None and nxt.text in "-‐" and not nxt.gap


def _counts_after(toks: list[Token], j: int) -> bool:
    """"(a score) of people", "(four score) and seven": what follows a counting word that is
    also a noun shows it counts: "of" and a noun in lower case (not a determiner: "a score of
    the match"), or "and" and a number word."""
    w, nxt = _word(toks, j), (toks[j + 1] if j + 1 < len(toks) else None)
    if nxt is None or nxt.kind != "word":
        return False
    if w == "of":
        return (nxt.text.islower() and nxt.low not in data()["scales"]
                and nxt.low not in ("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"))
    return w == "and" and (nxt.low in data()["units"] or nxt.low in data()["tens"])


def _is_rank_context(toks: list[Token], j: int) -> bool:
    """After "a third"/"a fifth": a following noun makes it an ordinal ("a third term"), as does
    a compound ("a fifth-floor flat", "an eighth-round win", "a fourth-and-one"), unless the
    compound is a unit or a scale ("a quarter-mile", "a quarter-million")."""
    if _is_hyphen(toks, j) and not toks[j].gap and j + 1 < len(toks) and not toks[j + 1].gap and toks[j + 1].kind == "word":
        nxt = toks[j + 1]
        return nxt.low not in data()["scales"] and nxt.low not in ("of", "a", "an") and units_lookup(nxt.text) is None
    w = _word(toks, j)
    return w is not None and w not in ("of", "and", "or", "to", "in", "the", "a", "an", "million", "billion", "trillion") and w not in data()["scales"]


def _slash_fraction(toks: list[Token], i: int) -> Num | None:
    n = len(toks)
    if i + 2 >= n or toks[i].kind != "num" or toks[i + 1].text not in ("/", "⁄"):
        return None
    a, b = toks[i], toks[i + 2]
    spaced = toks[i + 1].gap and b.gap
    tight = not toks[i + 1].gap and not b.gap
    if not (spaced or tight) or b.kind != "num":
        return None
    if not (re.fullmatch(r"\d+", a.text) and re.fullmatch(r"\d+", b.text)):
        return None
    num, den = int(a.text), int(b.text)
    # "5/17/2018" is a date; "24/7" and "9/11" are not fractions.
    if i + 3 < n and toks[i + 3].text in ("/", "-") and not toks[i + 3].gap:
        return None
    if den == 0 or num >= den or den > 1000:
        return None
    return Num(num / den, i + 3, fraction=True, digits=True)


def _scaled_tail(toks: list[Token], frac: Num) -> Num:
    """A fraction followed by a scale: "three quarters billion", "two thirds of a million"."""
    d = data()
    k = frac.end
    w = _word(toks, k)
    if w in d["scales"]:
        sc = d["scales"][w]
        return Num(frac.value * sc, k + 1, words=True, scaled=True, raw=frac.value, scale=sc, fraction=True)
    if w == "of" and _word(toks, k + 1) in ("a", "an") and _word(toks, k + 2) in d["scales"]:
        sc = d["scales"][_word(toks, k + 2)]
        return Num(frac.value * sc, k + 3, words=True, scaled=True, raw=frac.value, scale=sc, fraction=True)
    if w in ("a", "an") and _word(toks, k + 1) in d["dozens"]:
        return Num(frac.value * d["dozens"][_word(toks, k + 1)], k + 2, words=True, fraction=True)
    return frac


def is_finite(v: float) -> bool:
    """True for a usable value (no inf or nan from huge exponents)."""
    return not (math.isinf(v) or math.isnan(v))
