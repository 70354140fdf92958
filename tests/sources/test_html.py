"""HTML: visible text only, block structure as lines, entities decoded, positions into the file."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_sources, read_text

from .helpers import assert_offsets_map

PAGE = """<!DOCTYPE html>
<html><head><title>Port traffic up | The Harbour Times</title>
<style>p { color: red }</style><script>var x = "1,000 tonnes";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Port traffic up 6&nbsp;%</h1>
<p>The port handled <b>41 million</b> tonnes&mdash;a record &amp; more than in
   2021.<br>Ship calls fell to 1,870.</p>
<p hidden>Secret 99 tonnes</p>
<div style="display: none">Also hidden 77</div>
<template><p>Template 55</p></template>
<noscript>Enable JavaScript 44</noscript>
<ul><li>Cargo: 41&#160;Mt</li><li>Calls: 1,870</li></ul>
</article>
<aside>Most read: 12 things</aside>
<form><input value="3"> Subscribe 88</form>
<footer>&copy; 2022 The Harbour Times</footer>
</body></html>
"""


@pytest.fixture
def source():
    return read_text(PAGE, path="port.html")


def test_html_visible_text_only(source):
    text = source.text
    for hidden in ("color: red", "1,000 tonnes", "Home", "Secret 99", "hidden 77", "Template 55", "JavaScript 44", "12 things", "88", "2022"):
        assert hidden not in text
    assert "The port handled 41 million tonnes—a record & more than in 2021." in text
    assert "Ship calls fell to 1,870." in text.split("\n")
    assert "Cargo: 41 Mt" in text.split("\n")
    assert "Calls: 1,870" in text.split("\n")


def test_html_title_from_h1(source):
    assert source.title == "Port traffic up 6 %"


def test_html_title_falls_back_to_title_element():
    assert read_text("<html><head><title>Only a title</title></head><body><p>Text 5.</p></body></html>", path="a.htm").title == "Only a title"


@pytest.mark.parametrize(
    ("needle", "line", "in_file"),
    [
        ("Port traffic", 7, "Port traffic"),
        ("41 million", 8, "41 million"),
        ("—a record", 8, "&mdash;"),  # a decoded entity maps to its "&"
        ("& more", 8, "&amp;"),
        ("2021.", 9, "2021."),
        ("Ship calls", 9, "Ship calls"),
        ("Calls: 1,870", 14, "Calls: 1,870"),
    ],
)
def test_html_positions_map_to_file(source, needle, line, in_file):
    column = PAGE.split("\n")[line - 1].index(in_file) + 1
    assert source.position(source.text.index(needle)) == (line, column)


def test_html_offsets_map(source):
    # Entities decode to other characters: they map to their "&", so skip them here.
    for i, ch in enumerate(source.text):
        raw = source.raw[source.offsets[i]]
        assert raw == ch or ch in " \n" or raw == "&"


def test_html_file_read_from_disk(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    [source] = read_sources([tmp_path / "p.html"])
    assert source.status == "ok"
    assert "41 million" in source.text


def test_html_plain_paragraph_page_offsets():
    page = "<p>First 1.</p>\n<p>Second 2.</p>\n"
    source = read_text(page, path="s.html")
    assert source.text == "First 1.\n\nSecond 2."  # paragraphs are separated by a blank line
    assert_offsets_map(source)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:published_time" content="2021-02-24T08:00:00+00:00">'
            '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Gazette">',
            ("2021-02-24", "Jane Doe", "The Gazette"),
        ),
        ('<meta name="date" content="March 3, 2020"/>', ("2020-03-03", None, None)),
        ('<meta name="date" content="not a date">', (None, None, None)),
        ("", (None, None, None)),
    ],
)
def test_html_meta_tags_give_metadata(head, expected):
    page = f"<html><head>{head}<title>T</title></head><body><h1>Headline here</h1><p>Sales rose 5%.</p></body></html>"
    source = read_text(page, path="m.html")
    assert (source.date, source.author, source.outlet) == expected
    assert source.title == "Headline here"


def test_html_manifest_wins_over_meta_tags(tmp_path):
    (tmp_path / "m.html").write_text('<html><head><meta name="author" content="Meta Author"></head><body><p>Sales rose 5%.</p></body></html>')
    (tmp_path / "manifest.toml").write_text('[[article]]\npath = "m.html"\nauthor = "Manifest Author"\n')
    [source] = read_sources([tmp_path])
    assert source.author == "Manifest Author"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>AT&T bought 5 firms</p>", "AT&T bought 5 firms"),
        ("<p>Tom &amp; Jerry &#8212; 2 &#x2014; 3 &lt;b&gt;</p>", "Tom & Jerry — 2 — 3 <b>"),
        ("<p>Price&nbsp;rose&nbsp;&nbsp;4%</p>", "Price rose 4%"),
        ("<div><p>Unclosed <b>bold<p>Next 5%</div><script>x = 1</script>tail 7", "Unclosed bold\nNext 5%\ntail 7"),
        ("<p>a</p><!-- note 9 --><p>b</p>", "a\n\nb"),
    ],
)
def test_html_entities_and_broken_markup(html, text):
    assert read_text(html, path="e.html").text == text


def test_html_nested_inside_hidden_element_stays_hidden():
    page = "<p>Before 1.</p><div hidden><div>inner 2</div>still hidden 3</div><p>After 4.</p>"
    assert read_text(page, path="h.html").text == "Before 1.\n\nAfter 4."


def test_html_many_unclosed_paragraphs():
    page = "<body>" + "".join(f"<p>Item {i} rose</span>" for i in range(2000)) + "</body>"
    source = read_text(page, path="u.html")
    assert source.text.split("\n") == [f"Item {i} rose" for i in range(2000)]
