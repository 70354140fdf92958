"""Checks shared by the source tests: every character of ``text`` maps back into ``raw``."""

from __future__ import annotations

from claimcheck.records import Source


def assert_offsets_map(source: Source) -> None:
    """``raw[offsets[i]] == text[i]`` for every character except inserted spaces and breaks."""
    assert len(source.offsets) == len(source.text)
    for i, ch in enumerate(source.text):
        raw_ch = source.raw[source.offsets[i]]
        if ch in " \n":
            continue  # inserted by cleaning: maps to what it replaced
        assert raw_ch == ch, (i, ch, raw_ch)


def position_of(source: Source, needle: str) -> tuple[int, int]:
    """File (line, column) of the first occurrence of ``needle`` in the cleaned text."""
    i = source.text.index(needle)
    return source.position(i)
