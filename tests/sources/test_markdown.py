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
