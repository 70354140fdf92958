"""People: name keys, full-name mentions in an article, partial mentions, spelling variants.

Everything here is regex over raw text (no model), because it runs on whole articles while
the model parses only some sentences.

A full-name mention is a run of two or more capitalised words (hyphenated given names such as
"Jong-un", particles such as "van" or "bin" inside, initials such as "J.") separated by single
spaces, after cutting at words that cannot be part of a person's name: titles ("President",
"Prime Minister"; a title written last, as in "Martin Luther King", is kept), words naming
things ("Party", "University", "City"), gazetteer places and organisations ("US President
Donald Trump" -> "Donald Trump"; capitals and guarded names such as "Washington" and "Jordan"
do not cut, they are also names) and, at the start, capitalised function words ("When Moon
Jae-in" -> "Moon Jae-in"). The part after the last cut is the name. The word lists are in
``data/people.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from claimcheck.entities.gazetteer import gazetteer
from claimcheck.entities.keys import fold

_WORD = re.compile(r"[^\W\d_]\.|[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_SEPARATOR = re.compile(r"[ \u00a0]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_DASH = re.compile(r"[-\u2010-\u2015]")
_DROP = re.compile(r"['\u2019.]")
_MAX_ENTITY_WORDS = 5
_LINE = re.compile(r"[^\n]+")


def _is_headline(line: str) -> bool:
    if line.rstrip().endswith((".", "!", "?", ":", '"', "\u201d", ")")):
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def name_key(name: str) -> str:
    """Normalised person name: case, diacritics, hyphens, apostrophes, dots and spacing.

    "Park Chung-hee", "Park Chung Hee", "PARK CHUNG HEE" -> "park chung hee"; "Nguyễn Phú Trọng" ->
    "nguyen phu trong"; "O'Brien" -> "obrien".
    """
    text = _DASH.sub(" ", fold(name).casefold())
    text = _DROP.sub("", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Mention:
    """A full-name mention: character offsets into the text, surface and key."""

    start: int
    end: int
    text: str
    key: str

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.key.split())


@dataclass(frozen=True)
class _Lists:
    titles: frozenset[tuple[str, ...]]
    title_words: frozenset[str]
    things: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    hyphen_suffixes: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    data = json.loads(resources.files("claimcheck.entities").joinpath("data", "people.json").read_text("utf-8"))
    titles = frozenset(tuple(t.rstrip(".").lower().replace("-", " ").split()) for t in data["titles"])
    return _Lists(
        titles=titles,
        title_words=frozenset(w for t in titles for w in t),
        things=frozenset(w.rstrip(".").lower() for w in data["not_name_words"]),
        particles=frozenset(data["particles"]),
        suffixes=frozenset(data["suffixes"]),
        hyphen_suffixes=frozenset(data["hyphen_suffixes"]),
    )


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list, no model

    return frozenset(STOP_WORDS)


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


@lru_cache(maxsize=65536)
def _is_place_or_org(words: tuple[str, ...]) -> bool:
    text = " ".join(words)
    g = gazetteer()
    if g.is_guarded(text):
        return False
    return g.lookup(text) is not None or bool(g.candidates(text))


def _name_tokens(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The trailing part of a capitalised run that can be a person's name."""
    lists = _lists()
    while words and _bare(words[-1][2]).rstrip(".") in lists.suffixes:
        words = words[:-1]
    n = len(words)
    cut = -1  # index of the last word that cannot be part of a name
    i = 0
    while i < n:
        w = _bare(words[i][2])
        low = w.lower()
        span = 0
        for j in range(min(n, i + _MAX_ENTITY_WORDS), i, -1):
            if _is_place_or_org(tuple(_bare(x[2]) for x in words[i:j])):
                span = j - i
                break
        if span:
            cut = i + span - 1
            i += span
            continue
        thing = low in lists.things or ("-" in low and low.rsplit("-", 1)[1] in lists.hyphen_suffixes)
        title = low in lists.title_words or tuple(low.split("-")) in lists.titles
        if thing or (title and i < n - 1) or (i == cut + 1 and low in _stop_words()):
            cut = i
        i += 1
    rest = words[cut + 1:]
    while rest and rest[-1][2] in lists.particles:
        rest = rest[:-1]
    return rest


def _runs(text: str, start: int = 0, end: int | None = None) -> Iterable[list[tuple[int, int, str]]]:
    """Runs of capitalised words (particles allowed inside) separated by single spaces."""
    particles = _lists().particles
    run: list[tuple[int, int, str]] = []
    last_end = -1
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        capital = word[0].isupper() or ("-" in word and word.split("-", 1)[1][:1].isupper())
        joined = run and m.start() == last_end + 1 and _SEPARATOR.match(text, last_end)
        if (capital or (word in particles and run)) and (joined or not run):
            run.append((m.start(), m.end(), word))
        else:
            if run:
                yield run
            run = [(m.start(), m.end(), word)] if capital else []
        last_end = m.end()
    if run:
        yield run


def _mention(text: str, words: list[tuple[int, int, str]], trusted: bool = False) -> Mention | None:
    words = _name_tokens(words)
    if len(words) < 2 or (not trusted and sum(len(w[2]) > 2 for w in words) < 1):
        return None
    start, end = words[0][0], words[-1][1]
    surface = text[start:end]
    bare = _POSSESSIVE.sub("", surface)
    return Mention(start, start + len(bare), bare, name_key(bare))


def strip_titles(mention: str) -> str:
    """``mention`` without leading titles: "President Trump" -> "Trump", "Mr. Kim" -> "Kim"."""
    titles = _lists().titles
    words = mention.replace(".", ". ").split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in (3, 2, 1):
            head = tuple(w.rstrip(".").lower().replace("-", " ") for w in words[:size])
            head = tuple(" ".join(head).split())
            if len(words) > size and head in titles:
                words = words[size:]
                changed = True
                break
    return " ".join(words)


class PersonRegistry:
    """Full-name mentions of one text, for resolving partial mentions ("Kim", "Trump")."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        unique = {(m.start, m.end): m for m in mentions}
        self.mentions: list[Mention] = [unique[k] for k in sorted(unique)]

    @classmethod
    def from_text(cls, text: str, spans: Sequence[tuple[int, int]] | None = None) -> "PersonRegistry":
        """Find full-name mentions in ``text``; ``spans`` are extra (start, end) person spans from NER."""
        found: list[Mention] = []
        for line in _LINE.finditer(text):
            if _is_headline(line.group()):
                continue  # Title Case Lines Make Every Run Look Like A Name
            for run in _runs(text, line.start(), line.end()):
                m = _mention(text, run)
                if m:
                    found.append(m)
        for start, end in spans or ():
            for run in _runs(text, start, end):
                m = _mention(text, run, trusted=True)
                if m:
                    found.append(m)
        return cls(found)

    @property
    def names(self) -> list[str]:
        """Distinct full-name keys, in order of first mention."""
        return list(dict.fromkeys(m.key for m in self.mentions))

    def resolve(self, mention: str, offset: int) -> str | None:
        """Name key of the person ``mention`` (at ``offset`` in the text) refers to, or None.

        A full name is its own key. A partial mention ("Kim", "Trump", "Mr Kim") resolves to the
        most recent full name before ``offset`` that starts or ends with it (Korean and
        Vietnamese names put the family name first, so "Park" matches "Park Chung-hee").
        """
        parts = tuple(name_key(strip_titles(mention)).split())
        if not parts:
            return None
        for m in reversed(self.mentions):
            if m.start > offset:
                continue
            full = m.parts
            if full == parts:
                return m.key
            k = len(parts)
            if k < len(full) and (full[:k] == parts or full[-k:] == parts):
                return m.key
        if len(parts) >= 2 and any(m.parts == parts for m in self.mentions):
            return " ".join(parts)
        return None


# -- spelling variants ----------------------------------------------------------------------

_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


def _part_form(part: str) -> str:
    return _DOUBLE.sub(r"\1", part)


def _parts_match(a: str, b: str) -> bool:
    """Two name parts that are one spelling apart.

    Equal after collapsing doubled letters ("Ill" = "Il"); or, for parts of four letters or
    more, the same consonants with exactly one vowel changed ("Sung" = "Song"). Short parts
    must be equal: "un", "il" and "in" are different given names.
    """
    a, b = _part_form(a), _part_form(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or _VOWELS.sub("", a) != _VOWELS.sub("", b):
        return False
    va, vb = _VOWELS.findall(a), _VOWELS.findall(b)
    if len(va) != len(vb):
        return False
    changed = [(x, y) for x, y in zip(va, vb) if x != y]
    return len(changed) == 1 and len(changed[0][0]) == len(changed[0][1]) == 1


def same_person_spelling(a: str, b: str) -> bool:
    """True if names ``a`` and ``b`` are likely one person's name spelled differently.

    Conservative, part by part: the keys (see :func:`name_key`) split into the same number of
    parts, every part equal except at most one that is one spelling apart
    (:func:`_parts_match`); or the same letters with the given-name parts joined or split
    ("Park Chunghee" = "Park Chung Hee"). A different given-name part is a different person:
    "Park Chung-hee", "Park Chung-hwa" and "Park Chung Nam" are three people.
    """
    pa, pb = name_key(a).split(), name_key(b).split()
    if len(pa) < 2 or len(pb) < 2:
        return False
    if len(pa) != len(pb):
        return "".join(pa) == "".join(pb) and (pa[0] == pb[0] or pa[-1] == pb[-1])
    fuzzy = 0
    for x, y in zip(pa, pb):
        if _part_form(x) == _part_form(y):
            continue
        if not _parts_match(x, y):
            return False
        fuzzy += 1
    return fuzzy <= 1


def spelling_variants(names: list[str]) -> list[list[str]]:
    """Groups of two or more distinct names that are likely one person spelled differently.

    A name joins a group only if it matches every member (no chaining through a middle
    spelling). Groups and their members keep the order of first appearance in ``names``.
    """
    groups: list[list[str]] = []
    for n in dict.fromkeys(names):
        for g in groups:
            if all(same_person_spelling(n, m) for m in g):
                g.append(n)
                break
        else:
            groups.append([n])
    return [g for g in groups if len(g) > 1]


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to the name key of the first name of its spelling group.

    For comparing people across sources: "Park Chung Hie" and "Park Chung-hee" both map to
    "park chung hee" when "Park Chung-hee" came first; a name without variants maps to its own key.
    """
    out = {n: name_key(n) for n in names}
    for group in spelling_variants(names):
        for n in group:
            out[n] = name_key(group[0])
    return out


@lru_cache(maxsize=4096)
def registry_of(text: str) -> PersonRegistry:
    """``PersonRegistry.from_text(text)``, remembered: extraction and the report's name list both
    read every article's registry, and a run holds the same text objects for both."""
    return PersonRegistry.from_text(text)

