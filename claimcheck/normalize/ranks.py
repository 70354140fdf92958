"""Ordinals and ranks: "third", "11th", "twenty-first", "third largest", "its biggest donor"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimcheck.normalize.lexer import Token
from claimcheck.normalize.words import data as number_words

_DATA = Path(__file__).parent / "data" / "ranks.json"
_SUFFIX = {"st", "nd", "rd", "th"}


@lru_cache(maxsize=1)
def data() -> dict:
    """Superlatives, rank-one words, determiners and idioms from ``data/ranks.json``."""
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    d["superlatives"] = set(d["superlatives"])
    d["rank_one"] = set(d["rank_one"])
    d["determiners"] = set(d["determiners"])
    d["idioms"] = set(d["idioms"])
    d["street_words"] = frozenset(d["street_words"])
    return d


@dataclass
class Rank:
    """A rank found at tokens [start, end)."""

    value: int
    start: int
    end: int


def _low(toks: list[Token], j: int) -> str:
    return toks[j].low if 0 <= j < len(toks) else ""


def _is_idiom(toks: list[Token], i: int, j: int) -> bool:
    """True when the ordinal word toks[i:j] is part of an idiom ("first class", "a second")."""
    idioms = data()["idioms"]
    w = " ".join(t.low for t in toks[i:j])
    prev, prev2 = _low(toks, i - 1), _low(toks, i - 2)
    nxt, nxt2 = _low(toks, j), _low(toks, j + 1)
    hyph = nxt == "-" and j + 1 < len(toks) and not toks[j].gap and not toks[j + 1].gap
    keys = [f"{prev} {w}", f"{w} {nxt}", f"{w} {nxt} {nxt2}", f"{prev2} {prev} {w}", f"{prev2} {prev} {w} {nxt}"]
    if hyph:
        keys.append(f"{w}-{nxt2}")
    return any(k in idioms for k in keys)


def parse_rank(toks: list[Token], i: int, blocked: set[int]) -> Rank | None:
    """An ordinal or rank starting at ``toks[i]``; the superlative it qualifies is kept in the span."""
    nw = number_words()
    ordinals, tens, units = nw["ordinals"], nw["tens"], nw["units"]
    n = len(toks)
    t = toks[i]
    value: int | None = None
    end = i + 1
    if t.kind == "num":
        if i in blocked or not re.fullmatch(r"\d{1,9}|\d{1,3}(?:,\d{3})+", t.text):
            return None
        if i + 1 < n and toks[i + 1].kind == "word" and not toks[i + 1].gap and toks[i + 1].low in _SUFFIX:
            if i + 2 < n and not toks[i + 2].gap and toks[i + 2].kind in ("word", "num"):
                return None
            value, end = int(t.text.replace(",", "")), i + 2
    elif t.kind == "word":
        w = t.low
        if w in tens:
            k = i + 1
            if k < n and toks[k].text in "-‐" and not toks[k].gap:
                k += 1
            u = _low(toks, k)
            if u in ordinals and 1 <= ordinals[u] <= 9:
                value, end = tens[w] + int(ordinals[u]), k + 1
        if value is None and w in ordinals and ordinals[w] < 100:
            if w == "second":
                prev = _low(toks, i - 1)
                if prev in ("a", "per", "every", "each", "one", "split", "nano", "milli", "micro") or (
                    i > 0 and toks[i - 1].kind == "num"
                ):
                    return None
            if _is_idiom(toks, i, i + 1):
                return None
            value = int(ordinals[w])
        if value is None:
            return _rank_one(toks, i)
        if i > 0 and (_low(toks, i - 1) in units or _low(toks, i - 1) in tens) and not toks[i - 1].text[0].isupper():
            # "three fifths" is a fraction, left to the number parser.
            return None
    if value is None:
        return None
    if end < n and toks[end].text in data()["street_words"]:
        return None  # "Fifth Avenue", "223rd Street": a street's name
    return Rank(value, i, _with_superlative(toks, end))


def _with_superlative(toks: list[Token], end: int) -> int:
    sup = data()["superlatives"]
    n = len(toks)
    k = end
    if k < n and toks[k].text in "-‐" and not toks[k].gap and k + 1 < n and not toks[k + 1].gap:
        k += 1
    w = _low(toks, k)
    if w in sup and w not in ("top", "leading"):
        if w in ("most", "least") and k + 1 < n and toks[k + 1].kind == "word":
            return k + 2
        return k + 1
    return end


def _rank_one(toks: list[Token], i: int) -> Rank | None:
    d = data()
    w = toks[i].low
    if w not in d["rank_one"]:
        return None
    prev = _low(toks, i - 1)
    possessive = prev == "s" and i >= 2 and toks[i - 2].text in ("'", "’")
    if prev not in d["determiners"] and not possessive:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word" or nxt.low in ("of", "and", "or", "in", "to", "is", "was", "are", "were", "for", "at", "on", "by", "with", "as"):
        return None
    return Rank(1, i, i + 1)
