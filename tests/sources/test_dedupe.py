"""Repeated captions and pull-quotes: one copy kept."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_text

BODY = (
    "The bridge, which cost 1.2 billion dollars, opened to traffic on Monday after six years of work.\n\n"
    "Engineers said the main span of 1,100 metres makes it the longest of its kind in the region, "
    "and that the structure was designed to withstand winds of up to 250 kilometres an hour.\n\n"
    "About 40,000 vehicles are expected to cross it every day by the end of the year.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Workers on the bridge deck in March\nWorkers on the bridge deck in March\n",
        " Workers on the bridge deck in March\nWorkers on the bridge deck in March\n",  # leading space
        "Workers on the bridge deck in March\n\nWorkers on the bridge deck in March\n",  # blank between
        "Photo\nPhoto\n",
    ],
)
def test_dedupe_repeated_caption_kept_once(caption):
    source = read_text(BODY + "\n" + caption)
    kept = caption.split("\n")[1].strip() or caption.split("\n")[0].strip()
    assert source.text.count(kept) == 1
    assert any("repeated line" in note for note in source.notes)


def test_dedupe_block_repeated_elsewhere_kept_once():
    block = "Engineers said the main span of 1,100 metres makes it the longest of its kind in the region, and that the structure was designed to withstand winds of up to 250 kilometres an hour."
    source = read_text(BODY + "\nA caption between the copies\n\n" + block + "\n")
    assert source.text.count("withstand winds of up to 250") == 1


def test_dedupe_pull_quote_with_lead_in_dropped_body_kept():
    quote = "Transport Minister Jane Roe says that “About 40,000 vehicles are expected to cross it every day by the end of the year.”"
    source = read_text(quote + "\n\n" + BODY)
    assert "Jane Roe says" not in source.text
    assert source.text.count("About 40,000 vehicles") == 1
    assert source.text.index("The bridge, which cost") == 0
    assert any("pull-quote" in note for note in source.notes)


def test_dedupe_short_quote_repeated_in_story_is_kept():
    text = (
        "Minister hails new bridge: “It changes everything”\n\n" + BODY + "\n“It changes everything,” the minister said at the opening.\n"
    )
    source = read_text(text)
    assert "the minister said at the opening" in source.text
    assert "Minister hails new bridge" in source.text
