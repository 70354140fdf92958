"""Captions and pull-quotes that appear twice: keep one copy.

Web exports repeat an image caption on two consecutive lines; layouts repeat a pull-quote
(often with a lead-in such as "X explains that") far from the paragraph it quotes. The first
is an exact repeat of a line; the second is found by shared runs of words.
"""

from __future__ import annotations

import re

from claimcheck.sources.mapped import Line

SHINGLE = 8  # words per shingle when looking for a quoted block
MIN_BLOCK_WORDS = 6  # an exact repeat this long is dropped wherever it is
MAX_QUOTE_WORDS = 80  # a pull-quote is short
MIN_COVERAGE = 0.5  # share of a block's shingles that must appear in one other block

_WORD = re.compile(r"\w+")


def _key(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def repeated_lines(lines: list[Line]) -> set[int]:
    """Indices of lines that repeat the previous non-blank line, or an earlier long line."""
    drop: set[int] = set()
    prev: tuple[str, ...] | None = None
    seen: set[tuple[str, ...]] = set()
    for i, line in enumerate(lines):
        if line.blank:
            continue
        key = _key(line.text)
        if key and (key == prev or (len(key) >= MIN_BLOCK_WORDS and key in seen)):
            drop.add(i)
            continue
        prev = key
        seen.add(key)
    return drop


def quoted_blocks(lines: list[Line]) -> set[int]:
    """Indices of short blocks whose words mostly repeat another block (pull-quotes)."""
    shingles: dict[int, set[tuple[str, ...]]] = {}
    owners: dict[tuple[str, ...], list[int]] = {}
    for i, line in enumerate(lines):
        words = _key(line.text)
        if len(words) < SHINGLE:
            continue
        own = {words[k: k + SHINGLE] for k in range(len(words) - SHINGLE + 1)}
        shingles[i] = own
        for s in own:
            owners.setdefault(s, []).append(i)
    drop: set[int] = set()
    for i in sorted(shingles):
        if i in drop or len(_key(lines[i].text)) > MAX_QUOTE_WORDS:
            continue
        own = shingles[i]
        shared: dict[int, int] = {}
        for s in own:
            for j in owners[s]:
                if j != i and j not in drop:
                    shared[j] = shared.get(j, 0) + 1
        for j in sorted(shared):
            coverage = shared[j] / len(own)
            other = shared[j] / len(shingles[j])
            # Drop the copy that is more nearly all repeat; on a tie, the later one.
            if coverage >= MIN_COVERAGE and (coverage > other or (coverage == other and i > j)):
                drop.add(i)
                break
    return drop
