"""Datelines, bylines and outlet lines read from the text, removed from it, parsed at their precision."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_text
from claimcheck.sources.metadata import find_date, parse_date

STORY = (
    "Flood waters forced 12,000 people from their homes in the province on Tuesday, officials said.\n\n"
    "The river rose 3 metres above its normal level, the highest since 1998.\n"
)


@pytest.mark.parametrize(
    ("span", "iso"),
    [
        ("February 24, 2021", "2021-02-24"),
        ("Feb. 24, 2021", "2021-02-24"),
        ("24 February 2021", "2021-02-24"),
        ("Wednesday, 24th of February, 2021", "2021-02-24"),
        ("2019-02-08 17:26 KST", "2019-02-08"),
        ("2019/02/08", "2019-02-08"),
        ("2020-03-03T09:15:00Z", "2020-03-03"),
        ("February 2021", "2021-02"),
        ("Sept. 9, 2001", "2001-09-09"),
        ("February 30, 2021", None),
    ],
)
def test_metadata_parse_date_at_precision_written(span, iso):
    assert parse_date(span) == iso


@pytest.mark.parametrize("text", ["No date here at all", "In 2019 the figure was 12", "$18 million in 5000 tonnes"])
def test_metadata_find_date_ignores_non_dates(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        ("Posted on : 2019-02-08 17:26 KST Modified on : 2019-10-19 20:29 KST\n", "", {"date": "2019-02-08"}),
        ("Published February 20, 2019\nAuthor: Jane Doe\n", "", {"date": "2019-02-20", "author": "Jane Doe"}),
        ("", "By Jane Doe – The Outlet – February 24, 2021\n", {"date": "2021-02-24", "author": "Jane Doe", "outlet": "The Outlet"}),
        ("", "By Jane Doe, senior staff writer\n", {"author": "Jane Doe", "date": None}),
        ("By Łukasz Nowak and Émile van der Berg\n", "", {"author": "Łukasz Nowak and Émile van der Berg"}),
        ("Updated: March 4, 2020\n", "", {"date": "2020-03-04"}),
        ("Updated: March 4, 2020\nPublished: March 3, 2020\n", "", {"date": "2020-03-03"}),
        ("March 3, 2020 | Reuters\n", "", {"date": "2020-03-03", "outlet": "Reuters"}),
        ("", "Source: Asia Times\n", {"outlet": "Asia Times", "date": None}),
        ("http://www.example.com/2009/11/30/story.html\nPublished November 30, 2009\n", "", {"date": "2009-11-30"}),
        ("Last updated August 2018\n", "", {"date": "2018-08"}),
        ("", "", {"date": None, "author": None, "outlet": None}),
    ],
)
def test_metadata_from_datelines_and_bylines(head, tail, expected):
    source = read_text("River floods thousands of homes\n" + head + "\n" + STORY + "\n" + tail)
    for key, value in expected.items():
        assert getattr(source, key) == value, key
    assert "12,000 people" in source.text
    for line in (head + tail).splitlines():
        assert line not in source.text  # metadata lines are not story text
    assert source.title == "River floods thousands of homes"


@pytest.mark.parametrize(
    "line",
    [
        "By 2020, the province had spent 40 million dollars on flood walls.",
        "By Monday, the water had receded.",
        "Published figures show 3,000 homes were damaged.",
    ],
)
def test_metadata_story_sentences_that_look_like_bylines_stay(line):
    source = read_text(line + "\n\n" + STORY)
    assert line in source.text
    assert source.author is None


@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [
        ("June 4, 2015 | 6:12pm", "2015-06-04", None),
        ("11:05 a.m. EDT June 4, 2015", "2015-06-04", None),
        ("June 4, 2015-6:12 pm", "2015-06-04", None),
        ("4 June 2015 Last updated at 10:40 GMT", "2015-06-04", None),
        ("Thursday, Jun 4, 2015 | Updated 8:15 AM EDT", "2015-06-04", None),
        ("9:31AM BST 04 Jun 2015", "2015-06-04", None),
        ("June 4, 2015 -- 18:19 GMT (10:19 PST)", "2015-06-04", None),
        ("JUNE 4TH, 2015", "2015-06-04", None),
        ("June 4, 2015 | The Gazette", "2015-06-04", "The Gazette"),
    ],
)
def test_metadata_datelines_with_times(line, date, outlet):
    source = read_text(line + "\n\n" + STORY)
    assert (source.date, source.outlet) == (date, outlet)
    assert line not in source.text


def test_metadata_sentence_with_a_month_is_not_a_dateline():
    line = "The war ended in April 1975 with the fall of the capital."
    source = read_text(line + "\n\n" + STORY)
    assert source.date is None
    assert line in source.text


def test_metadata_read_text_date_argument_wins():
    source = read_text("Published February 20, 2019\n\n" + STORY, date="2019-02-21")
    assert source.date == "2019-02-21"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Site Name\n\nRiver floods thousands of homes\n\n" + STORY, "River floods thousands of homes"),
        ("A short sentence opens this one.\n\nFlood update\n\n" + STORY, "Flood update"),
        (STORY, None),
    ],
)
def test_metadata_title_from_first_short_line(text, title):
    assert read_text(text).title == title
