import pytest

from claimcheck.nlp.sentences import may_hold_claim, split_sentences


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
    ],
)
def test_may_hold_claim(sentence, expected):
    assert may_hold_claim(sentence) is expected
