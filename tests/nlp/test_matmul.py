"""The model on numpy's BLAS computes what it computes on blis, and annotates alike."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from threadpoolctl import threadpool_info

from claimcheck.nlp import DEFAULT_MODEL, load_pipeline, matmul
from claimcheck.nlp.sentences import split_sentences
from claimcheck.sources import read_sources

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model

# Sentences with names, figures and long attachments: where the recogniser and the parser have
# the most choices to make.
SENTENCES = [
    "The quake, which struck off Sumatra at 7:58 a.m., killed 230,000 people in 14 countries.",
    "Shares of Acme Corp. fell 4.5% to $12.30 on Tuesday after the firm cut its 2024 forecast.",
    "Former President Jimmy Carter visited Pyongyang in June 1994 and met Kim Il-sung.",
    "The 49ers beat the Green Bay Packers 45-31 in the NFC divisional round on Saturday night.",
    "Between 1994 and 1998 the country bought 200,000 tons of rice, the ministry said.",
    "\"We are not going anywhere,\" said Maria Lopez, 34, a nurse from San Juan, Puerto Rico.",
]


def _texts() -> list[str]:
    sample = [s.text for src in read_sources([str(ROOT / "sources")]) if src.status == "ok"
              for s in split_sentences(src.text)]
    return SENTENCES + sample


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    if matmul.numpy_blas() is None:  # pragma: no cover - numpy wheels from PyPI carry OpenBLAS
        pytest.fail("numpy has no optimised BLAS here; claimcheck would run the model on blis")
    return spacy.load(DEFAULT_MODEL), matmul.load(DEFAULT_MODEL)


def test_matmul_layers_use_numpy_blas(pipelines):
    on_blis, on_numpy = pipelines
    assert matmul.uses_numpy_blas(on_numpy)
    assert not matmul.uses_numpy_blas(on_blis)
    assert matmul.uses_numpy_blas(load_pipeline()[0])  # through the gate around the recogniser too


@pytest.mark.parametrize("component", ["tok2vec", "ner"])
def test_matmul_same_function(pipelines, component):
    """The embedding layers' outputs agree to float32 rounding: the same weights, the same maths."""
    on_blis, on_numpy = pipelines
    docs = [on_blis.make_doc(t) for t in SENTENCES]
    model_b = on_blis.get_pipe(component).model
    model_n = on_numpy.get_pipe(component).model
    if component == "ner":
        model_b, model_n = model_b.get_ref("tok2vec"), model_n.get_ref("tok2vec")
    out_b, out_n = model_b.predict(docs), model_n.predict(docs)
    out_b = out_b if isinstance(out_b, list) else [out_b]
    out_n = out_n if isinstance(out_n, list) else [out_n]
    for a, b in zip(out_b, out_n):
        assert a.shape == b.shape
        numpy.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-4)


def test_matmul_same_annotations(pipelines):
    on_blis, on_numpy = pipelines
    texts = _texts()
    assert len(texts) > 100
    with matmul.one_thread():
        for a, b in zip(on_blis.pipe(texts), on_numpy.pipe(texts)):
            assert _annotations(a) == _annotations(b), a.text


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib.get("user_api") == "blas"]


def test_matmul_one_thread_while_parsing_then_restored():
    before = _blas_threads()
    assert before
    with matmul.one_thread():
        assert set(_blas_threads()) == {1}
    assert _blas_threads() == before


def test_matmul_keeps_blis_without_a_tuned_numpy_blas(monkeypatch):
    monkeypatch.setattr(matmul, "numpy_blas", lambda: None)
    nlp = matmul.load(DEFAULT_MODEL, exclude=["ner", "parser", "lemmatizer", "attribute_ruler"])
    assert not matmul.uses_numpy_blas(nlp)
    with matmul.one_thread():  # nothing to limit: a no-op, not an error
        assert nlp("It rained on 3 May.")[0].tag_ == "PRP"
