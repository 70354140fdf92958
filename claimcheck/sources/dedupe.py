"""Captions and pull-quotes that appear twice: keep one copy.

Web exports repeat an image caption on two consecutive lines; layouts repeat a pull-quote
(often with a lead-in such as "X explains that") far from the paragraph it quotes. The first
is an exact repeat of a line; the second is found by shared sentences.
"""

from __future__ import annotations

import re

from claimcheck.sources.mapped import Line

MIN_SENTENCE_WORDS = 12  # shorter shared sentences may be a quote legitimately repeated in the story
MIN_BLOCK_WORDS = 6  # an exact repeat this long is dropped wherever it is
MAX_QUOTE_WORDS = 80  # a pull-quote is short
MAX_OWNERS = 4  # a sentence in more blocks than this is a stock phrase
MIN_COVERAGE = 0.5  # share of a block's characters that must repeat one other block

# Sentence ends and double quotation marks cut a line into comparable pieces.
_SPLIT = re.compile(r"[.!?…][\"'”’)\]]*\s|[“”\"]")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_SPLIT_DOC = re.compile(_SPLIT.pattern + r"|\n")
_EDGE = " .,;:!?…'‘’\"“”()[]–—-"


def repeated_lines(lines: list[Line]) -> set[int]:
    """Indices of lines that repeat the previous non-blank line, or an earlier long line."""
    drop: set[int] = set()
    prev: str | None = None
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not line.text:
            continue
        key = line.text.casefold()  # whitespace is already normalised
        if key == prev or (key in seen and key.count(" ") >= MIN_BLOCK_WORDS - 1):
            drop.add(i)
            continue
        prev = key
        seen.add(key)
    return drop


def _pieces(text: str) -> list[str]:
    """Normalised sentences and quoted parts of a line that are long enough to compare."""
    out = []
    for piece in _SPLIT.split(text.casefold()):
        piece = piece.strip(_EDGE)
        if piece.count(" ") >= MIN_SENTENCE_WORDS - 1:
            out.append(piece)
    return out


def quoted_blocks(lines: list[Line]) -> set[int]:
    """Indices of short blocks made mostly of sentences found in another block (pull-quotes).

    A pull-quote repeats a sentence of the story inside quotation marks after a lead-in
    ("X explains that “...”"). Of two blocks sharing sentences, the one that quotes the other
    is dropped; failing that, the one whose text is more nearly all repeat (on a tie, the later).
    """
    # Most documents repeat no sentence: find that out with one split of the whole text.
    whole = _SPLIT_DOC.split("\n".join(line.text for line in lines).casefold())
    long = [p.strip(_EDGE) for p in whole if len(p) >= 2 * MIN_SENTENCE_WORDS]
    if len(set(long)) == len(long):
        return set()
    pieces: dict[int, list[str]] = {}
    quoted: dict[int, set[str]] = {}
    owners: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if not line.text:
            continue
        found = _pieces(line.text)
        if found:
            pieces[i] = found
            quoted[i] = {p for m in _QUOTED.finditer(line.text) for p in _pieces(m.group(1))}
            for p in found:
                lst = owners.setdefault(p, [])
                if not lst or lst[-1] != i:
                    lst.append(i)
    if all(len(v) == 1 for v in owners.values()):
        return set()
    drop: set[int] = set()
    for i in sorted(pieces):
        shared: dict[int, int] = {}
        quoting: dict[int, int] = {}  # +1: only this copy quotes the shared text; -1: only the other
        for p in pieces[i]:
            if len(owners[p]) > MAX_OWNERS:
                continue  # a stock sentence repeated all over the document quotes nothing
            for j in owners[p]:
                if j != i and j not in drop:
                    shared[j] = shared.get(j, 0) + len(p)
                    quoting[j] = quoting.get(j, 0) + (p in quoted[i]) - (p in quoted[j])
        if not shared or len(lines[i].text.split()) > MAX_QUOTE_WORDS:
            continue
        for j in sorted(shared):
            coverage = shared[j] / len(lines[i].text)
            if coverage < MIN_COVERAGE or quoting[j] < 0:
                continue
            other = shared[j] / len(lines[j].text)
            # The copy that quotes the other is the pull-quote; else the one more nearly all
            # repeat goes (on a tie, the later one).
            if quoting[j] > 0 or coverage > other or (coverage == other and i > j):
                drop.add(i)
                break
    return drop
