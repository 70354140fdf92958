"""Split text into the tokens the numeric recogniser reads (numerals, words, symbols)."""

from __future__ import annotations

import re
from typing import NamedTuple

# A numeral keeps its separators ("1,234.5", "12,34,567") and exponent ("1.3e6"); spacing
# thousands ("816 000") are joined later, where the following group can be checked.
_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*(?:[eE][+\-]?\d+(?![\w]))?|\.\d+)|(?P<word>[^\W\d_]+)|(?P<sym>\S)"
)
_THIN_SPACES = " \u00a0\u202f\u2009"


class Token(NamedTuple):
    """One token: ``kind`` is num, word or sym; ``gap`` is True when whitespace precedes it."""

    kind: str
    text: str
    start: int
    end: int
    gap: bool
    low: str


def _tok(kind: str, text: str, start: int, end: int, gap: bool) -> Token:
    return Token(kind, text, start, end, gap, text.lower())


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order, with spacing-separated thousands merged into one numeral."""
    raw: list[Token] = []
    prev_end = 0
    append = raw.append
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        word = m.group()
        append(Token(m.lastgroup or "sym", word, s, e, s > prev_end or s == 0, word.lower()))
        prev_end = e
    return _join_spaced_thousands(text, _split_lists(raw))


_ONE_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+,\d{1,2}|\d+(?:\.\d+)*(?:,\d+)?(?:[eE][+\-]?\d+)?"
)


def _split_lists(toks: list[Token]) -> list[Token]:
    """"22,24,26,31" is a list of numbers, not one: split it at the commas."""
    out: list[Token] = []
    for t in toks:
        if t.kind != "num" or "," not in t.text or _ONE_NUMBER.fullmatch(t.text):
            out.append(t)
            continue
        pos = t.start
        for k, part in enumerate(t.text.split(",")):
            if k:
                out.append(_tok("sym", ",", pos, pos + 1, False))
                pos += 1
            out.append(_tok("num", part, pos, pos + len(part), t.gap if k == 0 else False))
            pos += len(part)
    return out


def _join_spaced_thousands(text: str, toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        glued = bool(out) and not t.gap and out[-1].kind == "word"
        if t.kind == "num" and not glued and re.fullmatch(r"[1-9]\d{0,2}", t.text) and not (out and out[-1].kind == "num" and t.gap):
            j = i
            # "816 000", "1 234 567.89": groups of exactly three digits after a single space,
            # led by a group that does not start with 0 ("0 100" is two numbers).
            while (
                j + 1 < n
                and toks[j + 1].kind == "num"
                and toks[j + 1].start - toks[j].end == 1
                and text[toks[j].end] in _THIN_SPACES
                and re.fullmatch(r"\d{3}(?:\.\d+)?", toks[j + 1].text)
                and "." not in toks[j].text
            ):
                j += 1
            if j > i and not (j + 1 < n and toks[j + 1].kind == "num" and toks[j + 1].start - toks[j].end == 1):
                joined = text[t.start : toks[j].end]
                out.append(_tok("num", joined, t.start, toks[j].end, t.gap))
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out
