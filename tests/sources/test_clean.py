"""The cleaning pass as a whole: whitespace, invisible characters, and the mapping invariant."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.sources import read_text
from claimcheck.sources.clean import clean, normalise_line
from claimcheck.sources.mapped import Line

from .helpers import assert_offsets_map


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("a  b", "a b"),
        ("  lead and trail  ", "lead and trail"),
        ("nb\u00a0sp", "nb sp"),
        ("tab\there", "tab here"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
        ("crlf\r", "crlf"),
        ("mixed \u00a0\t runs", "mixed runs"),
    ],
)
def test_clean_normalise_line(raw, text):
    line = normalise_line(Line(raw, range(len(raw)), len(raw)))
    assert line.text == text
    for ch, off in zip(line.text, line.offs):
        assert raw[off] == ch or ch == " "


def test_clean_blank_runs_become_one_paragraph_break():
    source = read_text("First paragraph here.\n\n\n \n\u00a0\nSecond paragraph here.\n")
    assert source.text == "First paragraph here.\n\nSecond paragraph here."
    assert_offsets_map(source)


# Text made of words, punctuation, spaces of several kinds, line breaks and some debris words.
_PIECES = st.sampled_from(
    ["Exports", "rose", "5%", "in", "2020,", "the", "ministry", "said.", "cookies", "Subscribe", "develop-",
     "ment", "“quoted”", "&amp;", "#", "**", "\u00a0", "  ", "\t", "\n", "\n\n", "\r\n", "\u200b", "Advertisement\n"]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
def test_clean_offsets_always_map_back(raw):
    source = read_text(raw)
    if source.status != "ok":
        assert not source.text.strip() or source.status == "skipped"
        return
    assert_offsets_map(source)
    assert "  " not in source.text
    assert "\n\n\n" not in source.text


@settings(max_examples=50, deadline=None)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
def test_clean_markdown_and_html_offsets_map_back(raw):
    for path in ("doc.md", "doc.html"):
        source = read_text(raw, path=path)
        assert len(source.offsets) == len(source.text)
        for i, ch in enumerate(source.text):
            assert 0 <= source.offsets[i] < len(source.raw)
            assert source.raw[source.offsets[i]] in (ch, "&") or ch in " \n"


def test_clean_is_deterministic():
    raw = "Title line here\n\nAdvertisement\n\nBody with 5 numbers, and more,\nthat continue here.\n\nShare this\n"
    first = clean(raw, range(len(raw)), len(raw))
    second = clean(raw, range(len(raw)), len(raw))
    assert (first.text, first.offsets, first.notes) == (second.text, second.offsets, second.notes)


def test_claimcheck_comment_lines_in_plain_text_are_not_article_text():
    from claimcheck.sources import read_text

    src = read_text(
        'Brazil exported 20,000 tons of coffee in 2004.\nclaimcheck: ignore CC101 reason="checked on 3 May 2024"\n'
        "Peru exported 5 tons.\n"
    )
    assert "claimcheck" not in src.text and "May 2024" not in src.text
    assert "Brazil exported" in src.text and "Peru exported" in src.text
