"""Hard-wrapped exports joined into paragraphs; words split by hyphenation rejoined."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_text
from claimcheck.sources.mapped import split_lines
from claimcheck.sources.wrap import _drop_hyphen, _SPLIT_WORD, wrap_width

from .helpers import assert_offsets_map

# A synthetic PDF export: ~70-column lines, a paragraph break after a short sentence-final line.
PDF = """Harbour Authority Annual Review
The port handled 41 million tonnes of cargo in 2022, an increase of
six per cent on the previous year, while the number of container ship
calls fell slightly to 1,870 as carriers moved to larger vessels and
consolidated their services on the main east-west routes.

Investment in the new deep-water berth reached 310 million euros. The
authority expects the berth to open in the spring of 2025, two years
later than first planned, after delays in the supply of steel and the
redesign of the quay wall that the regulator required in 2021.
"""


def test_wrap_joins_lines_and_keeps_paragraphs():
    source = read_text(PDF)
    lines = source.text.split("\n")
    assert lines[0] == "Harbour Authority Annual Review"  # a heading is not joined to its paragraph
    assert lines[1].startswith("The port handled 41 million tonnes of cargo in 2022, an increase of six per cent")
    assert lines[1].endswith("main east-west routes.")
    assert lines[2] == ""  # the paragraph break stays
    assert lines[3].startswith("Investment in the new deep-water berth reached 310 million euros. The authority")
    assert lines[3].endswith("required in 2021.")
    assert len(lines) == 4
    assert any(note.startswith("joined ") for note in source.notes)
    assert_offsets_map(source)


def test_wrap_double_spaced_export_with_blank_line_after_every_line():
    double = "\n\n".join(PDF.replace("\n\n", "\n \n").splitlines())
    double = double.replace("\n\n \n\n", "\n\n\n\n")  # two blank lines between paragraphs
    source = read_text(double)
    paragraphs = source.text.split("\n\n")
    assert paragraphs[0] == "Harbour Authority Annual Review"
    assert len(paragraphs) == 3
    assert "calls fell slightly to 1,870 as carriers" in paragraphs[1]
    assert "spring of 2025, two years later than first planned" in paragraphs[2]


def test_wrap_joined_space_maps_to_the_line_break():
    source = read_text(PDF)
    i = source.text.index("increase of six") + len("increase of")
    assert source.text[i] == " "
    assert source.raw[source.offsets[i]] == "\n"
    assert source.position(i + 1) == (3, 1)  # "six" starts line 3 of the file


@pytest.mark.parametrize(
    "text",
    [
        # One paragraph per line, as most web exports are.
        "First paragraph of the story that runs long enough to be a real paragraph of news text, "
        "with several clauses, figures such as 12,000 tonnes and a date in 2019, and it ends here.\n\n"
        "Second paragraph, also long, which the reader must not see joined to the first one, "
        "because a normal article keeps its paragraphs exactly as the outlet wrote them.\n",
        # One sentence per line (ECB+ style).
        "Police said 3 people were hurt.\nThe fire started at 2 a.m.\nIt was put out by 5 a.m.\nNo arrests were made.\n",
    ],
)
def test_wrap_normal_articles_are_not_changed(text):
    lines = split_lines(text, range(len(text)), len(text))
    assert wrap_width(lines) is None
    source = read_text(text)
    assert source.text == text.strip()
    assert not any(note.startswith("joined") for note in source.notes)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("a rice-for-", "weapon deal", "a rice-for-weapon deal"),
        ("economic develop-", "ment plan", "economic development plan"),
        ("the gov-", "ernment said", "the government said"),
        ("long-", "standing ties", "long-standing ties"),
        ("self-", "reliance policy", "self-reliance policy"),
        ("North-", "Korean ties", "North-Korean ties"),
        ("the 1954-", "75 war", "the 1954-75 war"),
        ("an informa-", "tion campaign", "an information campaign"),
    ],
)
def test_wrap_dehyphenation(first, second, joined):
    lines = [
        "This report was exported from a PDF with lines wrapped at about sixty chars",
        "and so every line of it ends in the middle of a sentence like this one,",
        "which is how the reader can tell that the lines must be joined again to",
        f"read as prose; here the interesting line ends with {first}",
        f"{second} and the rest of the sentence continues on this line for a bit",
        "more until the paragraph finally comes to an end with a full stop.",
    ]
    source = read_text("\n".join(lines) + "\n")
    assert joined in source.text
    assert_offsets_map(source)


@pytest.mark.parametrize(
    ("a", "b", "drop"),
    [("develop-", "ment", True), ("rice-for-", "weapon", False), ("well-", "known", False), ("anti-", "government", False)],
)
def test_wrap_drop_hyphen_rule(a, b, drop):
    m = _SPLIT_WORD.search(a)
    assert m is not None
    assert _drop_hyphen(a, m, b) is drop


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two capitals have had their differences,\nbut they share a long history.\n", "differences, but they share"),
        ("The talks covered trade;\nsecurity was left for later.\n", "trade; security was left"),
    ],
)
def test_wrap_broken_line_in_normal_article_is_joined(text, expected):
    source = read_text(text)
    assert expected in source.text
    assert_offsets_map(source)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 5%,\nImports fell.\n",  # next line starts a new sentence
        "Exports rose 5%,\n\nand imports fell.\n",  # a blank line is a paragraph break
    ],
)
def test_wrap_line_breaks_kept_when_not_plainly_broken(text):
    assert "\n" in read_text(text).text


def test_wrap_very_long_paragraph_is_joined_in_one_piece():
    lines = [f"cargo volumes at berth {i} rose again this month as more ships returned to" for i in range(3000)]
    source = read_text("\n".join(lines) + " normal.\n")
    assert "\n" not in source.text
    assert source.text.count("returned to cargo volumes") == 2999
