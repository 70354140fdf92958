"""People: name keys, full-name mentions, partial mentions, spelling variants."""

from __future__ import annotations

import pytest

from claimcheck.entities.people import PersonRegistry, name_key, same_person_spelling, spelling_variants, strip_titles


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kim Il-sung", "kim il sung"),
        ("Kim Il Sung", "kim il sung"),
        ("KIM IL SUNG", "kim il sung"),
        ("Kim  Il\u2010sung", "kim il sung"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"),
        ("Đỗ Mười", "do muoi"),
        ("O'Brien", "obrien"),
        ("D\u2019Souza", "dsouza"),
        ("George W. Bush", "george w bush"),
        ("  Ho Chi Minh ", "ho chi minh"),
    ],
)
def test_people_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("mention", "bare"),
    [("President Trump", "Trump"), ("Mr. Kim", "Kim"), ("Prime Minister Nguyen Xuan Phuc", "Nguyen Xuan Phuc"),
     ("Dr Smith", "Smith"), ("Kim", "Kim"), ("King", "King")],
)
def test_people_strip_titles(mention: str, bare: str) -> None:
    assert strip_titles(mention) == bare


ARTICLE = (
    "Then-US President Donald Trump met North Korean Chairman Kim Jong-un in the capital. "
    "Kim later met Vietnam's President Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc.\n"
    "Relations were founded by Kim Il-sung and Ho Chi Minh decades ago. Ho visited in 1957; "
    "Kim returned the visit. Trump left early. Mr. Trong thanked the guests.\n"
    "The Communist Party of Vietnam and the Ho Chi Minh City People's Committee sent letters."
)


def test_people_registry_finds_full_names() -> None:
    registry = PersonRegistry.from_text(ARTICLE)
    assert registry.names == [
        "donald trump", "kim jong un", "nguyen phu trong", "nguyen xuan phuc", "kim il sung", "ho chi minh",
    ]


@pytest.mark.parametrize(
    ("mention", "anchor", "key"),
    [
        ("Kim", "Kim later", "kim jong un"),  # family name first
        ("Ho", "Ho visited", "ho chi minh"),
        ("Kim", "Kim returned", "kim il sung"),  # the most recent Kim before it
        ("Trump", "Trump left", "donald trump"),  # family name last
        ("Mr. Trong", "Mr. Trong", "nguyen phu trong"),  # Vietnamese given name, title stripped
        ("Kim Jong-un", "Kim later", "kim jong un"),
        ("Kim", "Then-US", None),  # no full name before it
        ("Smith", "Trump left", None),
        ("Jong", "Kim later", None),  # a middle part is not a short form
    ],
)
def test_people_registry_resolve(mention: str, anchor: str, key: str | None) -> None:
    registry = PersonRegistry.from_text(ARTICLE)
    assert registry.resolve(mention, ARTICLE.index(anchor)) == key


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Secretary-General Antonio Guterres spoke.", ["antonio guterres"]),
        ("When Angela Merkel arrived, Martin Luther King Jr. was quoted.", ["angela merkel", "martin luther king"]),
        ("Ludwig van Beethoven and Bashar al-Assad.", ["ludwig van beethoven", "bashar al assad"]),
        ("George Washington crossed the river.", ["george washington"]),  # a capital inside a name
        ("Kim Il-sung University and Air Force One were mentioned.", []),
        ("The New York-based Human Rights Watch said so.", []),
        ("North Korea and South Korea met in Hanoi.", []),
        ("Kim Jong-un's visit was short.", ["kim jong un"]),
    ],
)
def test_people_registry_from_text(text: str, names: list[str]) -> None:
    assert PersonRegistry.from_text(text).names == names


def test_people_registry_headline_lines_are_skipped() -> None:
    text = "Lindsay Lohan Checks Out Of Rehab Early\nThe actress left on Monday."
    assert PersonRegistry.from_text(text).names == []


def test_people_registry_seeded_spans() -> None:
    text = "Speaking on Monday, adviser Wen said Xu Li would go."
    start = text.index("Xu Li")
    assert PersonRegistry.from_text(text).names == []  # two-letter parts alone are not trusted
    seeded = PersonRegistry.from_text(text, spans=[(start, start + 5)])
    assert seeded.names == ["xu li"]
    assert seeded.resolve("Xu", len(text)) == "xu li"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kim Il-sung", "Kim Il Sung", True),
        ("Kim Il-sung", "Kim Ill Song", True),
        ("Kim Il Sung", "Kim Ilsung", True),
        ("Nguyen Phu Trong", "Nguyễn Phú Trọng", True),
        ("Kim Jong-un", "Kim Jong Un", True),
        ("Kim Jong-un", "Kim Jong-il", False),
        ("Kim Jong-il", "Kim Jong-un", False),
        ("Kim Jong-un", "Kim Jong Nam", False),
        ("Kim Jong Nam", "Kim Jong-un", False),
        ("Kim Il-sung", "Kim Jong-il", False),
        ("Nguyen Phu Trong", "Nguyen Xuan Phuc", False),
        ("Kim Jong-un", "Kim Jong-in", False),  # short given-name parts must be equal
        ("Kim Il-sung", "Kim Ill Song-un", False),
        ("Kim", "Kim Jong-un", False),  # partial names are the registry's business
        ("Donald Trump", "Donald Tramp", True),
        ("Donald Trump", "Ronald Tramp", False),  # two parts changed
    ],
)
def test_people_same_person_spelling(a: str, b: str, same: bool) -> None:
    assert same_person_spelling(a, b) is same
    assert same_person_spelling(b, a) is same


def test_people_spelling_variants_groups() -> None:
    names = ["Kim Jong-un", "Kim Il-sung", "Kim Jong-il", "Kim Il Sung", "Kim Jong Nam", "Nguyen Phu Trong",
             "Kim Ill Song", "Kim Jong Un", "Nguyễn Phú Trọng", "Kim Il Sung", "Ho Chi Minh"]
    assert spelling_variants(names) == [
        ["Kim Jong-un", "Kim Jong Un"],
        ["Kim Il-sung", "Kim Il Sung", "Kim Ill Song"],
        ["Nguyen Phu Trong", "Nguyễn Phú Trọng"],
    ]


def test_people_spelling_variants_no_chaining() -> None:
    # "Tram" ~ "Trum" ~ "Trim" pairwise one vowel apart, but a group needs every pair to match
    assert spelling_variants(["Kim Jong-un", "Kim Jong-il", "Kim Jong Nam"]) == []


# -- properties ---------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_names = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzàéíòúăđơư", min_size=1, max_size=8), min_size=1, max_size=4)


@given(_names)
def test_people_name_key_ignores_case_and_hyphens(parts: list[str]) -> None:
    spaced = " ".join(p.capitalize() for p in parts)
    hyphened = "-".join(parts).upper()
    assert name_key(spaced) == name_key(hyphened) == name_key(name_key(spaced))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_people_registry_mentions_are_in_the_text(text: str) -> None:
    registry = PersonRegistry.from_text(text)
    for m in registry.mentions:
        assert text[m.start:m.end] == m.text
        assert m.key == name_key(m.text)
        assert registry.resolve(m.text, m.start) == m.key


def test_people_canonical_names() -> None:
    from claimcheck.entities.people import canonical_names

    names = ["kim il sung", "Kim Ill Song", "Kim Jong-il", "Nguyễn Phú Trọng", "nguyen phu trong"]
    assert canonical_names(names) == {
        "kim il sung": "kim il sung",
        "Kim Ill Song": "kim il sung",
        "Kim Jong-il": "kim jong il",
        "Nguyễn Phú Trọng": "nguyen phu trong",
        "nguyen phu trong": "nguyen phu trong",
    }


def test_registry_of_remembers_each_text():
    from claimcheck.entities.people import PersonRegistry, registry_of

    text = "Kim Ill Song met Ho Chi Minh in 1958."
    first = registry_of(text)
    assert registry_of(text) is first
    assert first.names == PersonRegistry.from_text(text).names == ["kim ill song", "ho chi minh"]
