"""The project's sample corpus (``sources/``): read clean, metadata from the manifest, debris gone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.sources import read_sources

from .helpers import assert_offsets_map

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="module")
def sample():
    return {s.id: s for s in read_sources([SAMPLE])}


def test_sample_all_articles_read_ok(sample):
    assert sorted(sample) == [
        "000_ec3f5e12190d583d",
        "001_c23fe4d5e2dd5815",
        "002_757fffa4c626ab4e",
        "003_18f7f9735528d213",
        "004_fd031465699c9c73",
    ]
    assert all(s.status == "ok" for s in sample.values())
    for s in sample.values():
        assert_offsets_map(s)


@pytest.mark.parametrize(
    ("source_id", "date"),
    [
        ("000_ec3f5e12190d583d", "2021-02-24"),
        ("001_c23fe4d5e2dd5815", None),
        ("002_757fffa4c626ab4e", None),
        ("003_18f7f9735528d213", "2019-02-08"),
        ("004_fd031465699c9c73", "2019-02-20"),
    ],
)
def test_sample_manifest_dates(sample, source_id, date):
    assert sample[source_id].date == date
    assert sample[source_id].title


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)cookies|traceurs|\bFermer\b",  # cookie banner and its close button
        r"(?i)most viewed",
        r"(?i)please direct comments",
        r"(?i)search all site content|total index",
        r"(?i)subscribe|sign up for our mailing list|register to receive|stay informed",
        r"(?i)return to the",
        r"(?i)button that move",
        r"(?i)^posted on|^published |^author:|^category:|^by [A-Z]",  # datelines and bylines
    ],
)
def test_sample_debris_classes_gone(sample, pattern):
    for s in sample.values():
        assert not re.search(pattern, s.text, re.M), (s.id, pattern)


def test_sample_repeated_captions_kept_once(sample):
    text = sample["003_18f7f9735528d213"].text
    assert "Ho Chi Minh\nHo Chi Minh" not in text
    assert text.count("chairman of the Workers’ Party of Vietnam") == 1


def test_sample_hard_wrapped_pdf_joined(sample):
    s = sample["002_757fffa4c626ab4e"]
    assert any(n.startswith("joined") for n in s.notes)
    assert "“rice-for-weapon” program" in s.text
    assert "approximately 5000 tons of rice to the DPRK each year" in s.text
    # Every remaining line break ends a paragraph or a heading, not a wrapped line.
    for line in s.text.split("\n"):
        assert not line or line.endswith((".", "?", "”", ":")), line[-40:]
    # The pull-quote at the top is gone; the sentence it quotes is kept in the story once.
    assert "Senior Analyst" not in s.text
    assert s.text.count("may have an opportunity for a new chapter") == 1


def test_sample_positions_point_into_files(sample):
    s = sample["002_757fffa4c626ab4e"]
    raw_lines = s.raw.split("\n")
    i = s.text.index("5000 tons")
    line, column = s.position(i)
    assert raw_lines[line - 1][column - 1 :].startswith("5000 tons")
