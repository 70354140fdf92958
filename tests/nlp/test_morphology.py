"""The faster attribute ruler and lemmatizer give exactly the model's own annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler

from claimcheck.nlp import DEFAULT_MODEL, load_pipeline
from claimcheck.nlp.morphology import CachedLemmatizer, IndexedAttributeRuler, UnsupportedPattern, speed_up
from claimcheck.nlp.sentences import split_sentences
from claimcheck.sources import read_sources

ROOT = Path(__file__).resolve().parents[2]

# Sentences that reach the ruler's rarer patterns: two-token ones ("gonna", "ain't", "y'all",
# "let's", "there is"), dependency-conditioned ones (I/you/it as subject and object, "do" as a
# main verb, determiners used as pronouns), contractions and whitespace tokens.
ODD = [
    "I'm gonna tell you, it ain't over, y'all.",
    "Let's see: there are 3 ways and there's one more.",
    "You gave it to me and I gave it to you.",
    "They did what they had to do, and that was that.",
    "This is nothin' but an ol' story, doin' fine.",
    "We gotta go; c'mon, we've got 2 hours.",
    "He gets paid and she got a raise   of 5%.",
    "Prices rose 20 percent in 1996, but not in 1997.\n\nThe  end.",
    "Whether or not it rains, unless told otherwise, we'll meet once.",
    "Those who came were few; these were the 12 who stayed.",
]


def _features(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _texts() -> list[str]:
    sentences = [s.text for src in read_sources([str(ROOT / "sources")]) if src.status == "ok"
                 for s in split_sentences(src.text)]
    return ODD + sentences


@pytest.fixture(scope="module")
def pipelines():
    model = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    fast = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    replaced = speed_up(fast)
    return model, fast, replaced


def test_morphology_replaces_both_components(pipelines):
    _, fast, replaced = pipelines
    assert replaced == ["attribute_ruler", "lemmatizer"]
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert fast.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def test_morphology_same_annotations_as_the_model(pipelines):
    model, fast, _ = pipelines
    texts = _texts()
    assert len(texts) > 100
    for expected, got in zip(model.pipe(texts), fast.pipe(texts)):
        assert _features(got) == _features(expected), expected.text


@pytest.mark.parametrize("text", ODD)
def test_morphology_same_annotations_one_doc_at_a_time(pipelines, text):
    model, fast, _ = pipelines
    assert _features(fast(text)) == _features(model(text))


def test_morphology_ruler_finds_the_matchers_matches(pipelines):
    model, fast, _ = pipelines
    slow_ruler, fast_ruler = model.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    for text in ODD:
        doc = model.make_doc(text)
        for _, proc in model.pipeline[:3]:  # tok2vec, tagger, parser: what the ruler reads
            doc = proc(doc)
        assert fast_ruler.match(doc) == slow_ruler.match(doc)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"TEXT": {"FUZZY": "colour"}}],  # an operator it does not know
        [{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}],  # three tokens
        [{"LOWER": "a", "OP": "+"}],  # a quantifier
        [{"ENT_TYPE": "GPE"}],  # an attribute it does not read
    ],
)
def test_morphology_ruler_refuses_patterns_it_cannot_index(pattern):
    ruler = IndexedAttributeRuler(spacy.blank("en").vocab)
    with pytest.raises(UnsupportedPattern):
        ruler.add([pattern], {"POS": "X"})
    assert ruler.attrs == []


def test_morphology_speed_up_keeps_a_ruler_it_cannot_index():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_morphology_lemmatizer_caches_base_forms_too(pipelines):
    _, fast, _ = pipelines
    lemmatizer = fast.get_pipe("lemmatizer")
    doc = fast("The report says two reports were filed.")
    first = [t.lemma_ for t in doc]
    assert first[2] == "say" and first[4] == "report"
    cached = len(lemmatizer._lemmas)
    assert cached >= 5
    fast("The report says two reports were filed.")
    assert len(lemmatizer._lemmas) == cached  # a second pass computes nothing new
    assert isinstance(lemmatizer, EnglishLemmatizer)


def test_morphology_load_pipeline_uses_the_fast_components():
    nlp, _ = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
