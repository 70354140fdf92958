import datetime as dt
import json
from pathlib import Path

import pytest

from claimcheck.nlp.sentences import may_hold_claim, split_sentences
from claimcheck.normalize import dates_lexicon, scan
from claimcheck.normalize.vocabulary import value_signs, value_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("One. Two.", ["One.", "Two."]),
        ("He met Dr. Smith in Jan. 1950. Then he left.", ["He met Dr. Smith in Jan. 1950.", "Then he left."]),
        ("The U.S. Army left. It rained.", ["The U.S. Army left.", "It rained."]),
        ("Kim J. Park spoke. Others listened.", ["Kim J. Park spoke.", "Others listened."]),
        ("“It is over.” She said so.", ["“It is over.”", "She said so."]),
        ("A title\nThe first line. The second.", ["A title", "The first line.", "The second."]),
        ("It cost $5.5 million. Prices rose.", ["It cost $5.5 million.", "Prices rose."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("ends without stop", ["ends without stop"]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_split_sentences_offsets_point_into_text():
    text = "  First one.   Second one.\n\nThird one. "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


# One sentence per family of values written without digits (numbers, ranks, dates, durations, money).
WITHOUT_DIGITS = [
    "Thirteen people died in the crash.",
    "Fifty-two villages were cut off.",
    "It was the twelfth such attack.",
    "Only one-eighth of the budget was spent.",
    "Zero tolerance was the rule.",
    "The union suspended strike action this week.",
    "The jury reached its verdict in less than a day.",
    "Sales fell in the last quarter.",
    "She lived there in the nineteen sixties.",
    "The vote is due in mid-November.",
    "They met again on Halloween.",
    "The stores stay shut over the weekend.",
    "Until now, nobody knew.",
    "Prices have doubled to date.",
    "He would not pay a penny.",
    "It is the country's foremost exporter.",
    "The firm is the leading supplier.",
]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("They bought 20 tons.", True),
        ("In March the talks resumed.", True),
        ("It was the biggest donor.", True),
        ("Two sides met.", True),
        ("Prices rose 5%.", True),
        ("The talks went well and both sides were happy.", False),
        ("Relations soured.", False),
        ("Officials said the plan would go ahead.", False),
    ]
    + [(s, True) for s in WITHOUT_DIGITS],
)
def test_may_hold_claim(sentence, expected):
    assert may_hold_claim(sentence) is expected


def _sentences_with_values() -> list[tuple[str, dt.date | None]]:
    """Sentences of the sample corpus and the Recognizers-Text sample in which ``scan`` reads a value."""
    from claimcheck.sources import read_sources

    out = []
    for src in read_sources([str(ROOT / "sources")]):
        ref = dt.date.fromisoformat(src.date[:10]) if src.date else None
        out += [(s.text, ref) for s in split_sentences(src.text)]
    sample = json.loads((ROOT / "tests" / "normalize" / "data" / "recognizers_text_sample.json").read_text("utf-8"))
    out += [(case["Input"], dt.date(2016, 11, 7)) for case in sample["cases"]]
    return [(text, ref) for text, ref in out if scan(text, ref)]


@pytest.mark.parametrize("sentence", WITHOUT_DIGITS)
def test_may_hold_claim_families_hold_a_value(sentence):
    """The table above is of real values: the finder reads one in each sentence."""
    assert scan(sentence, dt.date(2020, 3, 10)), sentence


def test_may_hold_claim_lets_through_every_sentence_with_a_value():
    texts = _sentences_with_values()
    assert len(texts) > 80
    assert [t for t, _ in texts if not may_hold_claim(t)] == []


def test_may_hold_claim_matches_every_value_word_and_sign():
    for word in sorted(value_words()):
        assert may_hold_claim(f"Officials said {word} was enough."), word
        assert may_hold_claim(f"Officials said {word.upper()}."), word
    for sign in value_signs():
        assert may_hold_claim(f"Officials said {sign} was enough."), sign


def test_value_words_are_gathered_from_the_lexicons_and_hold_no_function_word():
    words = value_words()
    assert {"thirteen", "twelfth", "deadliest", "november", "halloween", "week", "penny"} <= words
    assert words.isdisjoint(dates_lexicon.lexicon()["function_words"])
    assert words.isdisjoint({"a", "an", "the", "this", "last", "next"})  # they need a unit, which is here
