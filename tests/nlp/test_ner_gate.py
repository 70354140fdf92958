"""The entity-recogniser gate: the model's entities where a name can be, none elsewhere."""

from __future__ import annotations

import pytest
import spacy

from claimcheck.nlp import DEFAULT_MODEL, load_pipeline
from claimcheck.nlp.ner_gate import NerGate, may_name, speed_up_ner


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Jakarta said 230 people died.",
        "Prices rose 5% after the iPhone launch.",  # a capital inside a word
        "Indonesia lost 230,000 people.",  # a name opening the sentence
        "the toll reached 230,000, the UN said.",  # an acronym
        "He met O'Brien twice in 2010.",
    ],
)
def test_ner_gate_may_name(blank, text):
    assert may_name(blank(text))


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 230,000 by Friday's end.".replace("Friday", "friday"),
        "In 2004 the waves killed 230,000 people.",
        "the price was $5 a barrel.",
        "Of the 288 candidates, 286 have a degree.",  # "Of" is a stop word
        "42 percent of voters said no.",
    ],
)
def test_ner_gate_no_name(blank, text):
    assert not may_name(blank(text))


@pytest.fixture(scope="module")
def pipelines():
    gated = spacy.load(DEFAULT_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    assert speed_up_ner(gated)
    plain = spacy.load(DEFAULT_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    return plain, gated


TEXTS = [
    "Officials in Jakarta said 230,000 people died in Indonesia.",
    "In 2004 the waves killed 230,000 people.",
    "Barack Obama visited Hanoi on May 23, 2016.",
    "the price was $5 a barrel last week.",
    "Microsoft and Apple each sold 5 million units.",
]


def test_ner_gate_same_entities_where_it_runs_none_where_it_does_not(pipelines):
    plain, gated = pipelines
    for expected, got in zip(plain.pipe(TEXTS), gated.pipe(TEXTS, batch_size=2)):
        assert got.text == expected.text  # order kept across batches and skipped Docs
        if may_name(got):
            assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in expected.ents]
        else:
            assert got.ents == ()
            assert got.has_annotation("ENT_IOB")  # annotated as "no entity", as the model would
    assert [(e.text, e.label_) for e in gated(TEXTS[2]).ents] == [
        (e.text, e.label_) for e in plain(TEXTS[2]).ents
    ]


class _Recorder:
    """Stands in for the recogniser and records what it is given."""

    labels = ("PERSON",)

    def __init__(self):
        self.seen = []

    def __call__(self, doc):
        self.seen.append(doc.text)
        return doc

    def pipe(self, docs, batch_size=128):
        for doc in docs:
            yield self(doc)


def test_ner_gate_runs_the_recogniser_only_where_a_name_can_be(blank):
    recorder = _Recorder()
    gate = NerGate(recorder)
    texts = ["the deal is for 8 years.", "Apple sold 5 million units.", "in 2004, 230,000 died."]
    out = list(gate.pipe((blank(t) for t in texts), batch_size=2))
    assert [d.text for d in out] == texts
    assert recorder.seen == ["Apple sold 5 million units."]
    assert gate(blank("prices fell 3%.")).ents == () and recorder.seen == ["Apple sold 5 million units."]


def test_ner_gate_in_the_claimcheck_pipeline():
    nlp, _ = load_pipeline()
    gate = nlp.get_pipe("ner")
    assert isinstance(gate, NerGate)
    assert "PERSON" in gate.labels


def test_ner_gate_without_ner(blank):
    assert not speed_up_ner(spacy.blank("en"))
