"""Text that remembers where each character came from.

Cleaning deletes, replaces and joins characters; every ``Line`` keeps, beside its text, the
offset in the raw file of each character, so a position in the cleaned text can always be
reported against the original file. Offsets are kept as ``range`` objects while a line is
untouched (cheap), and become lists only when it is edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

Offsets = Sequence[int]  # a range while contiguous, else a list


@dataclass(slots=True)
class Line:
    """One line of a document: its text, the raw offset of each character, and where it ended.

    ``nl`` is the raw offset of the line break that ended the line (or the end of the file);
    characters inserted when lines are joined map there.
    """

    text: str
    offs: Offsets
    nl: int

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str, offs: Offsets, end: int) -> list[Line]:
    """Cut mapped ``text`` at its newlines; ``end`` is the raw offset past the last character."""
    lines: list[Line] = []
    start = 0
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            lines.append(Line(text[start:], offs[start:], end))
            return lines
        lines.append(Line(text[start:nl], offs[start:nl], offs[nl]))
        start = nl + 1


def apply_edits(text: str, offs: Offsets, edits: list[tuple[int, int, str]]) -> tuple[str, Offsets]:
    """Replace ``text[start:end]`` by ``repl`` for each non-overlapping edit, sorted by start.

    Replacement characters map to the raw offset of the first character they replace (or, for
    an insertion, of the character before it).
    """
    if not edits:
        return text, offs
    parts: list[str] = []
    new_offs: list[int] = []
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        new_offs.extend(offs[pos:start])
        if repl:
            if start < len(offs):
                anchor = offs[start]
            else:
                anchor = offs[start - 1] if start else 0
            parts.append(repl)
            new_offs.extend([anchor] * len(repl))
        pos = end
    parts.append(text[pos:])
    new_offs.extend(offs[pos:])
    return "".join(parts), new_offs


def concat(pieces: list[tuple[str, Offsets]]) -> tuple[str, list[int]]:
    """Join mapped pieces into one text and offset list."""
    offs: list[int] = []
    for _, o in pieces:
        offs.extend(o)
    return "".join(t for t, _ in pieces), offs


def join_lines(lines: list[Line]) -> tuple[str, tuple[int, ...]]:
    """Lines joined by newlines (each newline mapped to its line's ``nl``), blank runs collapsed.

    Consecutive blank lines become one paragraph break; leading and trailing blanks are dropped.
    """
    parts: list[str] = []
    offs: list[Offsets] = []  # ranges and lists, flattened once at the end
    pending_break: int | None = None  # raw offset of a paragraph break waiting to be written
    prev: Line | None = None
    for line in lines:
        if not line.text:
            if prev is not None and pending_break is None:
                pending_break = line.nl
            continue
        if prev is not None:
            parts.append("\n")
            offs.append((prev.nl,))
            if pending_break is not None:
                parts.append("\n")
                offs.append((pending_break,))
        pending_break = None
        parts.append(line.text)
        offs.append(line.offs)
        prev = line
    return "".join(parts), tuple(chain.from_iterable(offs))
