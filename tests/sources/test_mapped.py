"""Mapped lines: splitting, edits and joining keep every character's raw offset."""

from __future__ import annotations

import pytest

from claimcheck.sources.mapped import Line, apply_edits, join_lines, split_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\nbc\n", [("a", 1), ("bc", 4), ("", 5)]),
        ("one", [("one", 3)]),
        ("\n\nx", [("", 0), ("", 1), ("x", 3)]),
    ],
)
def test_mapped_split_lines_records_line_ends(raw, expected):
    lines = split_lines(raw, range(len(raw)), len(raw))
    assert [(line.text, line.nl) for line in lines] == expected
    for line in lines:
        assert all(raw[o] == c for o, c in zip(line.offs, line.text))


@pytest.mark.parametrize(
    ("text", "edits", "out", "offs"),
    [
        ("a  b", [(1, 3, " ")], "a b", [0, 1, 3]),
        ("[x](u)", [(0, 1, ""), (2, 6, "")], "x", [1]),
        ("ab", [], "ab", [0, 1]),
        ("ab", [(2, 2, "!")], "ab!", [0, 1, 1]),
    ],
)
def test_mapped_apply_edits(text, edits, out, offs):
    new_text, new_offs = apply_edits(text, range(len(text)), edits)
    assert new_text == out
    assert list(new_offs) == offs


def test_mapped_join_lines_collapses_blank_runs_and_maps_breaks():
    lines = [Line("a", [0], 1), Line("", [], 2), Line("", [], 3), Line("b", [4], 5), Line("c", [6], 7)]
    text, offs = join_lines(lines)
    assert text == "a\n\nb\nc"
    assert offs == (0, 1, 2, 4, 5, 6)
