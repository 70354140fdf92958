"""Site debris: each class removed as a whole line; story sentences that mention it kept."""

from __future__ import annotations

import pytest

from claimcheck.sources import read_text
from claimcheck.sources.boilerplate import is_cookie_banner, is_site_debris

STORY = (
    "The ministry said exports of rice rose to 4.2 million tonnes in 2020, up from 3.9 million a year earlier.\n\n"
    "Officials expect the figure to grow again this year as new contracts with buyers in Asia take effect.\n\n"
    "The harvest in the Mekong Delta was the largest in a decade, according to the agriculture department.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT - SCROLL TO CONTINUE READING",
        "Share this article",
        "Share on Facebook",
        "Facebook | Twitter | Email",
        "Most viewed articles",
        "Most Read",
        "Most popular stories this week",
        "Related articles",
        "Recommended stories",
        "Click here to subscribe",
        "Click here for more",
        "Return to the homepage",
        "Back to top",
        "Search All Site Content",
        "Subscribe",
        "Subscribe to our Mailing List!",
        "Sign up for our newsletter",
        "Sign up for our mailing list to keep up to date on all the latest developments.",
        "Register to receive updates from the institute",
        "Stay Informed",
        "Please direct comments or questions to the editors",
        "Follow us on Twitter",
        "Skip to main content",
        "Tags: trade, rice, exports",
        "© 2021 Example Media. All rights reserved.",
        "Read more:",
        "» Related coverage",
    ],
)
def test_boilerplate_site_debris_lines(line):
    assert is_site_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry's subscription service, which costs $5 a month, was launched in 2019 and now has 40,000 users.",
        "Readers who subscribe to the paper's print edition rose by 12% last year, the publisher said.",
        "Shares in the company fell 4% after the announcement.",
        "Return on equity was 12% in 2020.",
        "Most viewed as a turning point, the 1992 agreement ended two decades of isolation.",
        "Related talks between the two governments resumed in 2000.",
        "Sign language interpreters were present at the summit.",
    ],
)
def test_boilerplate_story_sentences_are_not_debris(line):
    assert not is_site_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "This website uses cookies. Accept all",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies pour mesurer l'audience.",
        "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Cookies akzeptieren",
        "Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.",
    ],
)
def test_boilerplate_cookie_banners_in_several_languages(line):
    assert is_cookie_banner(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regulators said the company had placed tracking cookies on 3 million devices without consent.",
        "The bakery sold 20,000 cookies during the festival, twice as many as in 2019.",
    ],
)
def test_boilerplate_story_sentences_about_cookies_are_not_banners(line):
    assert not is_cookie_banner(line)


@pytest.mark.parametrize(
    ("head", "tail", "gone"),
    [
        ("Advertisement\n\n", "", ["Advertisement"]),
        ("Search All Site Content\n\nTotal Index: 812 reports.\n\nSubscribe to our Mailing List!\n\n", "", ["Search All", "Total Index", "Subscribe"]),
        ("", "\nShare this\n\nRelated articles\n", ["Share this", "Related articles"]),
        ("", "\nMost viewed articles\n", ["Most viewed"]),
        ("", "\nWe use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.\n\nClose\n", ["cookies", "Close"]),
        ("", "\nReturn to the Blog\n\nStay Informed\nRegister to receive updates from the Institute\n", ["Return", "Stay Informed", "Register"]),
    ],
)
def test_boilerplate_removed_from_documents(head, tail, gone):
    source = read_text(head + STORY + tail)
    assert source.status == "ok"
    for fragment in gone:
        assert fragment not in source.text
    assert "4.2 million tonnes" in source.text
    assert "largest in a decade" in source.text
    assert any("removed" in note for note in source.notes)


def test_boilerplate_story_sentence_about_cookies_stays_in_document():
    story = STORY + "\nThe new rules mean you must accept cookies on every site, and our survey found 60% of users agree to them.\n"
    source = read_text(story)
    assert "60% of users agree" in source.text


def test_boilerplate_document_of_only_debris_is_skipped():
    source = read_text("Advertisement\n\nShare this\n\nMost read\n")
    assert source.status == "skipped"
    assert source.reason


@pytest.mark.parametrize("header", ["Related articles", "Most read", "You may also like", "More from Business"])
def test_boilerplate_trailing_list_of_other_stories_removed(header):
    tail = f"\n{header}\n\nCity council approves new budget\n\nLocal team wins 3-1 in the final\n\nWeather: rain expected on Friday\n"
    source = read_text(STORY + tail)
    for gone in (header, "City council", "Local team", "Weather"):
        assert gone not in source.text
    assert source.text.endswith("according to the agriculture department.")


def test_boilerplate_long_paragraph_after_list_header_keeps_the_list():
    # A long paragraph after the header means the header is not a trailing list: only it goes.
    tail = "\nRelated articles\n\n" + "The harbour authority said on Monday that it would spend 200 million dollars on new cranes over the next five years." + "\n"
    source = read_text(STORY + tail)
    assert "Related articles" not in source.text
    assert "200 million dollars on new cranes" in source.text


def test_boilerplate_subheading_near_the_end_keeps_the_story_after_it():
    tail = "\nMore on the harvest\n\nFarmers said prices held.\n\nThe next harvest begins in May.\n"
    source = read_text(STORY + tail)
    assert "Farmers said prices held." in source.text
    assert "The next harvest begins in May." in source.text
