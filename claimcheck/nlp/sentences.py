"""Cheap sentence segmentation and the filter that decides which sentences are worth parsing.

Parsing costs about a hundred times more than tokenising, so only sentences that can carry a
claim (a digit, a number word, a month, a rank word: the words of the normaliser's own lexicons)
go through the model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from claimcheck.normalize.vocabulary import value_signs, value_words


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = json.loads(resources.files("claimcheck.nlp").joinpath("data/abbreviations.json").read_text("utf-8"))
    return frozenset(data["abbreviations"])


# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their character offsets; line breaks always end a sentence."""
    out: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for m in _BOUNDARY.finditer(text, para_start, para_end):
            end = m.end()
            if not _NEXT_START.match(text, end, para_end):
                continue
            if m.group().startswith(".") and len(m.group().rstrip("\"'”’)]")) == 1 and _is_abbreviation(text, m.start()):
                continue
            _append(out, text, start, end)
            start = end
        _append(out, text, start, para_end)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Kim J. Smith", "U. S."
    return word in _abbreviations() or word.rstrip(".") in _abbreviations()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


@lru_cache(maxsize=1)
def _claim_hint() -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(value_words(), key=lambda w: (-len(w), w)))
    return re.compile(r"\d|[" + re.escape(value_signs()) + r"]|\b(?:" + alternation + r")\b", re.IGNORECASE)


def may_hold_claim(sentence: str) -> bool:
    """True when ``sentence`` has anything a value could be read from (``claimcheck.normalize.vocabulary``)."""
    return _claim_hint().search(sentence) is not None
