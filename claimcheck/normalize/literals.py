"""Skip a regular expression over a text that cannot hold a match: the words every match needs.

The date recogniser tries some hundred patterns over each sentence; most need a word the
sentence does not have ("ago", a month, a weekday), and Python's ``re`` finds that out only by
trying the pattern at every position. ``required_literals(pattern)`` reads the pattern's syntax
tree and gives a set of strings at least one of which any match must contain; ``Gated`` wraps a
compiled pattern so that ``finditer`` and ``search`` first look for one of them with ``in``
(C-speed substring search) and return nothing at once when none is there. Matches are the
pattern's own, always: the gate only answers "certainly not here".

Case: the strings are lower-case ASCII, tested against the text lower-cased with the few
non-ASCII letters that ``re.IGNORECASE`` folds onto ASCII ones ("ı", "ſ", "K") mapped first, so a
gate never says no where the pattern could match (a property test checks this).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]  # the stdlib's own regex parser
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

# Non-ASCII characters that IGNORECASE matches to ASCII letters, and what they fold to.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u212a": "k", "\u0130": "i"})
_MAX_STRINGS = 64  # a longer list costs about as much to test as the pattern itself
_MIN_LENGTH = 2  # single characters are everywhere


def fold(text: str) -> str:
    """``text`` as gates test it."""
    return text.translate(_FOLD).lower()


def required_literals(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains; None when unknown."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    try:
        tree = parser.parse(pattern, flags)
    except Exception:  # a pattern this parser reads differently: no gate
        return None
    found = _sequence(list(tree))
    if found is None or min(map(len, found)) < _MIN_LENGTH:
        return None
    return frozenset(found)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement among the parts every match of the sequence goes through."""
    options: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)
            if not ch.isascii():
                close_run()
                continue
            run.append(ch.lower())
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the run goes on ("day\b" still needs "day")
        close_run()
        inner = _item(op, av)
        if inner is not None:
            options.append(inner)
    close_run()
    options = [o for o in options if o and len(o) <= _MAX_STRINGS]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _item(op: Any, av: Any) -> set[str] | None:
    if op is c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, inner = av
        return _sequence(list(inner)) if low >= 1 else None
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if found is None:
                return None  # one way through needs nothing known
            union |= found
            if len(union) > _MAX_STRINGS:
                return None
        return union
    return None  # character classes, categories, back references: no literal known


class Gated:
    """A compiled pattern whose ``finditer`` and ``search`` return at once when the text lacks
    every string ``required_literals`` found; everything else is the pattern's own."""

    __slots__ = ("pattern_object", "required", "__weakref__")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.pattern_object = compiled
        required = required_literals(compiled)
        # one object per distinct set, so that the answers shared by text look it up by identity
        self.required = required if required is None else _SETS.setdefault(required, required)

    def possible(self, text: str) -> bool:
        """False when ``text`` certainly holds no match."""
        required = self.required
        if required is None:
            return True
        _, folded, answers = _seen(text)
        # Many patterns need the same words (a month name, a weekday): the answer is looked up
        # once per text and set of words, and shared.
        answer = answers.get(required)
        if answer is None:
            answer = False
            for s in required:  # a plain loop: any() over a generator costs more than most tests
                if s in folded:
                    answer = True
                    break
            answers[required] = answer
        return answer

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        if not self.possible(text):
            return iter(())
        return self.pattern_object.finditer(text, *args)

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        return self.pattern_object.search(text, *args)

    def __getattr__(self, name: str) -> Any:  # match, fullmatch, sub, pattern, flags, groupindex...
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"Gated({self.pattern_object!r})"


_SETS: dict[frozenset[str], frozenset[str]] = {}

# A text, its folded form and the gates' answers for it so far, by set of required strings.
_Seen = tuple[str, str, dict[frozenset[str], bool]]
# The last two texts tested, most recent first: patterns run text by text, but a sentence's own
# patterns are interleaved with searches in short stretches of it, which would evict a single entry.
_recent: tuple[_Seen, _Seen] = (("", "", {}), ("", "", {}))


def _seen(text: str) -> _Seen:
    global _recent
    # one tuple, read and replaced whole, so threads never pair a text with another's fold
    first, second = _recent
    if first[0] is text:
        return first
    if second[0] is text:
        _recent = (second, first)
        return second
    entry = (text, fold(text), {})
    _recent = (entry, first)
    return entry


def gate_module(namespace: dict[str, Any], names: list[str] | None = None) -> list[str]:
    """Wrap the module-level compiled patterns in ``namespace`` (all, or ``names``) in ``Gated``
    where a requirement is known; the names wrapped."""
    wrapped = []
    for name, value in list(namespace.items()):
        if names is not None and name not in names:
            continue
        if isinstance(value, re.Pattern) and required_literals(value) is not None:
            namespace[name] = Gated(value)
            wrapped.append(name)
    return wrapped
