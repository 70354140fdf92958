"""Markdown: syntax out of the text, positions still pointing into the file."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_text

from .helpers import assert_offsets_map

DOC = """<!-- exported by a CMS
     on 2024-01-01 -->
# Rice exports hit a record

*By the wire desk*

Vietnam shipped **6.2 million tonnes** of rice in [2020](https://example.com/2020 "stats"), up _4%_.

![A harbour crane](crane.jpg)

## Buyers

- The Philippines bought `2.1 million` tonnes.
- China bought 1 million tonnes, see [the report][r].

> "Demand stays strong," the ministry said.

[r]: https://example.com/report
"""


@pytest.fixture
def source():
    return read_text(DOC, path="rice.md")


def test_markdown_syntax_removed(source):
    text = source.text
    for mark in ("#", "**", "](", "![", "<!--", "`", "[r]", "https://", "> "):
        assert mark not in text
    assert "Vietnam shipped 6.2 million tonnes of rice in 2020, up 4%." in text
    assert "The Philippines bought 2.1 million tonnes." in text
    assert "China bought 1 million tonnes, see the report." in text
    assert '"Demand stays strong," the ministry said.' in text
    assert "Buyers" in text
    assert "crane" not in text
    assert "2024-01-01" not in text


def test_markdown_title_is_first_h1(source):
    assert source.title == "Rice exports hit a record"


@pytest.mark.parametrize(
    ("needle", "line", "in_file"),
    [
        ("Rice exports", 3, "# Rice"),
        ("6.2 million", 7, "**6.2"),
        ("2020,", 7, "[2020]"),
        ("4%", 7, "_4%_"),
        ("2.1 million", 13, "`2.1"),
        ("the report", 14, "[the report]"),
        ("Demand", 16, '"Demand'),
    ],
)
def test_markdown_positions_map_to_file(source, needle, line, in_file):
    # The needle's first character sits just after the syntax mark that opens ``in_file``.
    mark = len(in_file) - len(in_file.lstrip("#*[_`\" "))
    column = DOC.split("\n")[line - 1].index(in_file) + mark + 1
    assert source.position(source.text.index(needle)) == (line, column)


def test_markdown_offsets_map(source):
    assert_offsets_map(source)


def test_markdown_setext_heading_and_rules():
    source = read_text("Harbour news\n============\n\nCargo rose 5%.\n\n---\n\nMore text here.\n", path="x.markdown")
    assert source.title == "Harbour news"
    assert "===" not in source.text and "---" not in source.text
    assert "Cargo rose 5%." in source.text


def test_markdown_wrapped_paragraphs_joined_list_items_kept_apart():
    doc = (
        "# Harvest report\n\n"
        "The cooperative said on Monday that its members had brought in 12,000\n"
        "tonnes of grain this season, the largest harvest since the cooperative\n"
        "was founded in 1987, and that prices had held steady through the autumn\n"
        "despite the drought that hit neighbouring provinces in the summer months.\n\n"
        "Main crops\n"
        "- Wheat and barley from the northern farms\n"
        "- Maize grown along the river valley\n"
        "- Sunflower seed from the eastern plots\n"
    )
    source = read_text(doc, path="harvest.md")
    assert "12,000 tonnes of grain this season" in source.text
    assert "Wheat and barley from the northern farms Maize" not in source.text
    for item in ("Wheat and barley from the northern farms", "Maize grown along the river valley", "Sunflower seed from the eastern plots"):
        assert item in source.text.split("\n")
