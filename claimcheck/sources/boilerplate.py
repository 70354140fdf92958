"""Web and PDF debris: site chrome, prompts, cookie banners, lone navigation lines.

A line is debris only as a whole: a short line that matches one of the phrase patterns of
``data/boilerplate.json``, or a cookie banner (a cookie word, a consent phrase and a phrase
that speaks of this site or to its visitor, no figures) near the start or end of the document. A short line caught between
debris lines (or between debris and the document's edge) goes with them. A story sentence that
mentions cookies or subscriptions is long, does not address the reader and stays.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from claimcheck.sources.mapped import Line

EDGE_LINES = 10  # cookie banners are looked for among the first and last non-blank lines
_SANDWICH_WORDS = 8  # a line this short between debris lines is debris too
_SANDWICH_WORDS_UNTERMINATED = 15  # ... or this short when it does not end a sentence
_LIST_ITEM_WORDS = 20  # a headline in a trailing list of other stories
_COOKIE_SHORT_WORDS = 40  # a cookie banner this short counts anywhere in the document

# Bullets, arrows and punctuation around a debris line ("» Related articles:", "Share this ›").
_LEAD = " \t>»›•·|*#+=~_-–—:[("
_TRAIL = " \t!?.:;,»›<>|•·*=~_-–—…])"
_FULL_STOP = re.compile(r"\.[\"'”’)\]]*$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class _Rules:
    lines: re.Pattern[str]
    max_words: int
    cookie: frozenset[str]
    consent: tuple[str, ...]
    site: tuple[str, ...]
    list_header: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = json.loads(resources.files("claimcheck.sources").joinpath("data/boilerplate.json").read_text("utf-8"))
    pattern = "|".join(f"(?:{p})" for p in data["lines"])
    return _Rules(
        lines=re.compile(pattern, re.IGNORECASE),
        max_words=int(data["max_words"]),
        cookie=frozenset(w.casefold() for w in data["cookie_terms"]),
        consent=tuple(w.casefold() for w in data["consent_terms"]),
        site=tuple(w.casefold() for w in data["site_terms"]),
        list_header=re.compile("|".join(f"(?:{p})" for p in data["list_headers"]), re.IGNORECASE),
    )


def is_site_debris(text: str) -> bool:
    """True when the whole (short) line is site chrome or a prompt."""
    rules = _rules()
    if text.count(" ") >= rules.max_words or len(text.split()) > rules.max_words:
        return False
    core = text.lstrip(_LEAD).rstrip(_TRAIL)
    return bool(core) and rules.lines.fullmatch(core) is not None


def is_cookie_banner(text: str) -> bool:
    """True when the line reads as a cookie/consent notice of this site to its visitor.

    Banners carry no figures; a story sentence about cookies usually does, and does not speak
    of "this site" or to "you" browsing it.
    """
    rules = _rules()
    low = text.casefold()
    if not any(term in low for term in rules.cookie) or _DIGIT.search(low):
        return False
    if not set(_WORD.findall(low)) & rules.cookie:
        return False
    return any(t in low for t in rules.consent) and any(t in low for t in rules.site)


_DIRECTIVE = re.compile(r"^[ \t]*(?:<!--\s*)?claimcheck:[ \t]*ignore(?:-start|-end|-file)?\b", re.I)


def mark_debris(lines: list[Line]) -> dict[int, str]:
    """Indices of debris lines, each with its class ("site", "cookie" or "nav")."""
    filled = [i for i, line in enumerate(lines) if line.text]
    edge = set(filled[:EDGE_LINES]) | set(filled[-EDGE_LINES:])
    marks: dict[int, str] = {}
    rules = _rules()
    # One look at the whole document spares the per-line cookie test on most documents.
    whole = "\n".join(lines[i].text for i in filled).lower()
    cookies = any(term in whole for term in rules.cookie)
    for i in filled:
        text = lines[i].text
        spaces = text.count(" ")
        if _DIRECTIVE.match(text):
            marks[i] = "directive"  # a claimcheck suppression comment in plain text is not article text
        elif spaces < rules.max_words and is_site_debris(text):
            marks[i] = "site"
        elif cookies and (i in edge or spaces < _COOKIE_SHORT_WORDS) and is_cookie_banner(text):
            marks[i] = "cookie"
    _trailing_list(lines, filled, marks)
    if not any(kind != "directive" for kind in marks.values()):
        return marks
    # Lone navigation lines sandwiched between debris: repeat until nothing changes.
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(filled):
            if i in marks or not _short(lines[i].text):
                continue
            # claimcheck's own comments are not site chrome: they do not make their neighbours debris
            before = marks.get(filled[k - 1], "directive") != "directive" if k > 0 else None
            after = marks.get(filled[k + 1], "directive") != "directive" if k + 1 < len(filled) else None
            # Both neighbours must be debris or the document's edge, and at least one debris.
            if before is not False and after is not False and (before or after):
                marks[i] = "nav"
                changed = True
    return marks


def _trailing_list(lines: list[Line], filled: list[int], marks: dict[int, str]) -> None:
    """A "Related articles" header near the end takes the short lines after it (headlines)."""
    rules = _rules()
    tail = filled[-EDGE_LINES:]
    for k, i in enumerate(tail):
        core = lines[i].text.lstrip(_LEAD).rstrip(_TRAIL)
        if len(core.split()) <= rules.max_words and rules.list_header.fullmatch(core):
            rest = tail[k + 1:]
            # Headlines are short and do not end in a full stop; story paragraphs do.
            if all(len(lines[j].text.split()) <= _LIST_ITEM_WORDS and not _FULL_STOP.search(lines[j].text) for j in rest):
                for j in (i, *rest):
                    marks.setdefault(j, "site")
            return


def _short(text: str) -> bool:
    n = len(text.split())
    return n <= _SANDWICH_WORDS or (n <= _SANDWICH_WORDS_UNTERMINATED and not _SENTENCE_END.search(text))
