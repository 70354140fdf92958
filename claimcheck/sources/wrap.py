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

from claimcheck.sources.mapped import Line

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


def unwrap(lines: list[Line], breaks: set[int], blank_breaks: bool = False) -> tuple[list[Line], int]:
    """Join hard-wrapped lines; ``breaks`` are indices that must stay paragraph breaks.

    ``blank_breaks`` says every blank line is a paragraph break (Markdown), so the file is
    never read as double-spaced. Returns the new lines and the number of joins made.
    """
    width = wrap_width([line for i, line in enumerate(lines) if i not in breaks])
    if width is None:
        return _rejoin_broken(lines, breaks)
    double = not blank_breaks and _double_spaced(lines)
    out: list[Line] = []
    joins = 0
    blanks = 0
    hard_break = False
    for i, line in enumerate(lines):
        if not line.text or i in breaks:
            blanks += 1
            hard_break = hard_break or i in breaks
            out.append(line)
            continue
        prev = _last_text(out)
        if prev is not None and not hard_break and blanks <= (1 if double else 0):
            if _continues(out[prev], line, width):
                del out[prev + 1:]
                out[prev] = _join(out[prev], line)
                joins += 1
                blanks = 0
                continue
        out.append(line)
        blanks = 0
        hard_break = False
    return out, joins


def _rejoin_broken(lines: list[Line], breaks: set[int]) -> tuple[list[Line], int]:
    """In a document that is not hard-wrapped, join only a line that plainly continues: the
    previous line ends in a comma or semicolon and this one starts in lower case."""
    out: list[Line] = []
    joins = 0
    for i, line in enumerate(lines):
        if (
            out
            and line.text[:1].islower()
            and out[-1].text.endswith((",", ";"))
            and i not in breaks
            and i - 1 not in breaks
        ):
            out[-1] = _join(out[-1], line)
            joins += 1
            continue
        out.append(line)
    return out, joins


def _last_text(out: list[Line]) -> int | None:
    for k in range(len(out) - 1, -1, -1):
        if out[k].text:
            return k
    return None


def _continues(a: Line, b: Line, width: int) -> bool:
    """Does line ``b`` continue the paragraph that line ``a`` (possibly already joined) ends?"""
    last = a.text
    tail_len = _tail_length(a)
    if _SENTENCE_END.search(last):
        return tail_len >= _SHORT * width
    if tail_len >= _FULL * width:
        return True
    first = b.text[:1]
    if first.islower() or first.isdigit() or last.endswith((",", ";", "-", "–", "—", "(", "&")):
        return True
    # A short line that does not end a sentence, before a capitalised full line: a heading.
    return not (tail_len < _HEADING * width and len(b.text) >= _FULL * width)


def _tail_length(a: Line) -> int:
    """Length of the last physical line inside ``a`` (the margin is judged on it)."""
    return a.tail if a.tail >= 0 else len(a.text)


def _join(a: Line, b: Line) -> Line:
    text = a.text
    m = _SPLIT_WORD.search(text)
    if m and _drop_hyphen(text, m, b.text):
        new = Line(text[:-1] + b.text, [*a.offs[:-1], *b.offs], b.nl)
    elif m or text.endswith("-") and not text.endswith(" -"):
        new = Line(text + b.text, [*a.offs, *b.offs], b.nl)
    else:
        new = Line(text + " " + b.text, [*a.offs, a.nl, *b.offs], b.nl)
    new.tail = len(b.text)
    return new


def _drop_hyphen(text: str, m: re.Match[str], following: str) -> bool:
    """Was "part-" + following a word split by hyphenation (drop the hyphen) or a compound?"""
    start = m.start(1)
    if start > 0 and text[start - 1] in "-‐":
        return False  # "rice-for-" continues a compound
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
