"""Docs cross to worker processes without catalogue scanning its registries on every call."""

from __future__ import annotations

import catalogue
import pytest
import srsly
from spacy.tokens import Doc
from srsly.msgpack import msgpack_decoders, msgpack_encoders

from claimcheck.nlp import load_pipeline
from claimcheck.nlp.workers import freeze_msgpack_codecs


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


def test_workers_freeze_keeps_every_codec():
    before = {"encoders": msgpack_encoders.get_all(), "decoders": msgpack_decoders.get_all()}
    assert freeze_msgpack_codecs()
    after = {"encoders": msgpack_encoders.get_all(), "decoders": msgpack_decoders.get_all()}
    assert after == before
    assert "numpy" in after["encoders"] and "numpy" in after["decoders"]  # srsly's own numpy codec


@pytest.mark.model
def test_workers_docs_round_trip_without_scanning_the_registries(monkeypatch):
    freeze_msgpack_codecs()
    nlp, _ = load_pipeline()  # loading reads the registries; a round trip must not

    def scanned(*args, **kwargs):
        raise AssertionError("catalogue scanned its registries during a Doc round trip")

    monkeypatch.setattr(catalogue.Registry, "_get_entry_points", scanned)
    monkeypatch.setattr(catalogue.Registry, "get_entry_points", scanned)
    doc = nlp("In 2004 the firm shipped 3,500 tonnes of steel to Chile, officials in Santiago said.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _annotations(back) == _annotations(doc)
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"n": [1, 2]})) == {"n": [1, 2]}
