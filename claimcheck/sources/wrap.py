"""Hard-wrapped text (PDF and e-mail exports) joined back into paragraphs.

A document counts as hard-wrapped when its lines are short (a wrap width of at most
``MAX_WRAP`` characters) and many full-width lines end mid-sentence; a document written one
paragraph or one sentence per line is left alone. Some exports put a blank line after every
line ("double-spaced"); there a single blank line is not a paragraph break.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import chain

from claimcheck.sources.mapped import Line, Offsets

MAX_WRAP = 200  # wider lines are paragraphs, not wrapped lines
_MIN_WRAP = 20
_FULL = 0.7  # a line this share of the wrap width reached the margin
_SHORT = 0.8  # a sentence-final line shorter than this share of the width ends a paragraph
_HEADING = 0.5

_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
_SPLIT_WORD = re.compile(r"(?<![\s\-])([^\W\d_]+)-$")
_LEAD_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    base = resources.files("claimcheck.sources")
    words = json.loads(base.joinpath("data/words.json").read_text("utf-8"))["words"]
    suffixes = json.loads(base.joinpath("data/hyphenation.json").read_text("utf-8"))["suffixes"]
    return frozenset(words), frozenset(suffixes)


def wrap_width(lines: list[Line]) -> int | None:
    """The wrap width of a hard-wrapped document, or None when it is not hard-wrapped."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    if len(lengths) < 4:
        return None
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if not _MIN_WRAP <= width <= MAX_WRAP:
        return None
    full = [line for line in lines if line.text and len(line.text) >= _FULL * width]
    open_ended = sum(1 for line in full if not _SENTENCE_END.search(line.text))
    if open_ended < 3 or open_ended < 0.4 * len(full):
        return None
    return width


def _double_spaced(lines: list[Line]) -> bool:
    """True when most text lines are followed by exactly one blank line and then text."""
    text_lines = single = 0
    for i, line in enumerate(lines[:-2]):
        if not line.text:
            continue
        text_lines += 1
        if not lines[i + 1].text and lines[i + 2].text:
            single += 1
    return text_lines > 0 and single >= 0.6 * text_lines


class _Paragraph:
    """Lines being joined into one, kept as parts so that joining stays linear in length."""

    def __init__(self, line: Line) -> None:
        self.texts: list[str] = [line.text]
        self.offs: list[Offsets] = [line.offs]
        self.nl = line.nl

    @property
    def last(self) -> str:
        """The last physical line joined (its end and length decide the next join)."""
        return self.texts[-1]

    def add(self, b: Line) -> None:
        text = self.texts[-1]
        m = _SPLIT_WORD.search(text)
        if m and _drop_hyphen(text, m, b.text, self._before_last()):
            self.texts[-1], self.offs[-1] = text[:-1], self.offs[-1][:-1]
        elif not (m or (text.endswith("-") and not text.endswith(" -"))):
            self.texts.append(" ")
            self.offs.append((self.nl,))  # the space stands for the line break
        self.texts.append(b.text)
        self.offs.append(b.offs)
        self.nl = b.nl

    def _before_last(self) -> str:
        return self.texts[-2][-1:] if len(self.texts) > 1 else ""

    def line(self) -> Line:
        if len(self.texts) == 1:
            return Line(self.texts[0], self.offs[0], self.nl)
        return Line("".join(self.texts), list(chain.from_iterable(self.offs)), self.nl)


def unwrap(lines: list[Line], breaks: set[int], blank_breaks: bool = False) -> tuple[list[Line], int]:
    """Join hard-wrapped lines; ``breaks`` are indices that must stay paragraph breaks.

    ``blank_breaks`` says every blank line is a paragraph break (Markdown), so the file is
    never read as double-spaced. Returns the new lines and the number of joins made.
    """
    width = wrap_width([line for i, line in enumerate(lines) if i not in breaks])
    if width is None:
        return _rejoin_broken(lines, breaks)
    double = not blank_breaks and _double_spaced(lines)
    out: list[Line | _Paragraph] = []
    joins = 0
    blanks = 0
    hard_break = False
    current: _Paragraph | None = None  # the last paragraph written to ``out``
    for i, line in enumerate(lines):
        if not line.text or i in breaks:
            blanks += 1
            hard_break = hard_break or i in breaks
            out.append(line)
            continue
        if current is not None and not hard_break and blanks <= (1 if double else 0):
            if _continues(current.last, line, width):
                if blanks:
                    del out[-blanks:]  # the soft blank line of a double-spaced export
                current.add(line)
                joins += 1
                blanks = 0
                continue
        current = _Paragraph(line)
        out.append(current)
        blanks = 0
        hard_break = False
    return [item.line() if isinstance(item, _Paragraph) else item for item in out], joins


def _rejoin_broken(lines: list[Line], breaks: set[int]) -> tuple[list[Line], int]:
    """In a document that is not hard-wrapped, join only a line that plainly continues: the
    previous line ends in a comma or semicolon and this one starts in lower case."""
    out: list[Line | _Paragraph] = []
    joins = 0
    for i, line in enumerate(lines):
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.text[:1].islower()
            and (prev.last if isinstance(prev, _Paragraph) else prev.text).endswith((",", ";"))
            and i not in breaks
            and i - 1 not in breaks
        ):
            if not isinstance(prev, _Paragraph):
                prev = out[-1] = _Paragraph(prev)
            prev.add(line)
            joins += 1
            continue
        out.append(line)
    return [item.line() if isinstance(item, _Paragraph) else item for item in out], joins


def _continues(last: str, b: Line, width: int) -> bool:
    """Does line ``b`` continue the paragraph whose last physical line is ``last``?"""
    if _SENTENCE_END.search(last):
        return len(last) >= _SHORT * width
    if len(last) >= _FULL * width:
        return True
    first = b.text[:1]
    if first.islower() or first.isdigit() or last.endswith((",", ";", "-", "–", "—", "(", "&")):
        return True
    # A short line that does not end a sentence, before a capitalised full line: a heading.
    return not (len(last) < _HEADING * width and len(b.text) >= _FULL * width)


def _drop_hyphen(text: str, m: re.Match[str], following: str, before: str = "") -> bool:
    """Was "part-" + following a word split by hyphenation (drop the hyphen) or a compound?

    ``before`` is the character before ``text`` when the word began on an earlier line.
    """
    start = m.start(1)
    previous = text[start - 1] if start > 0 else before
    if previous in ("-", "‐"):
        return False  # "cash-for-" continues a compound
    lead = _LEAD_WORD.match(following)
    if not lead or not following[:1].islower():
        return False
    words, suffixes = _words()
    part, rest = m.group(1).casefold(), lead.group().casefold()
    if rest in suffixes:
        return True
    if rest in words:
        return part + rest in words and part not in words
    return True
