"""The local engine's parse path streams: Docs are turned into claims as they come, never all held."""

from __future__ import annotations

import pytest

from claimcheck.records import Source

pytestmark = pytest.mark.model


class Watched:
    """The real pipeline, counting how many Docs ``pipe`` has taken in but not yet handed back."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self.taken = self.given = self.most_in_flight = 0
        self.sent_to_parser: list[str] = []

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def pipe(self, docs, **kwargs):
        def counted(docs):
            for doc in docs:
                self.taken += 1
                self.sent_to_parser.append(doc.text)
                yield doc

        for doc in self._nlp.pipe(counted(docs), **kwargs):
            self.given += 1
            self.most_in_flight = max(self.most_in_flight, self.taken - self.given)
            yield doc


def _sources(n: int) -> list[Source]:
    text = " ".join(
        f"In {1990 + i} the plant made {100 + i} tonnes of steel. The staff were proud of it."
        for i in range(10)
    )
    return [Source(id=f"s{k}", path=f"s{k}.txt", text=text, raw=text) for k in range(n)]


def test_local_parse_streams_docs_in_small_batches():
    from claimcheck.extract import extract_claims
    from claimcheck.nlp import load_pipeline

    nlp, _ = load_pipeline()
    watched = Watched(nlp)
    claims = extract_claims(_sources(6), watched, batch_size=4)
    assert watched.given == 60  # six sources of ten sentences with values
    assert watched.most_in_flight <= 2 * 4 < watched.given
    assert claims == extract_claims(_sources(6), nlp)


def test_local_parse_skips_sentences_without_a_value():
    from claimcheck.extract import extract_claims
    from claimcheck.nlp import load_pipeline

    nlp, _ = load_pipeline()
    watched = Watched(nlp)
    # "most" lets the cheap filter through; the values component finds nothing in it.
    text = "Most people stayed at home. The fire burned 40 houses in 2019."
    src = Source(id="a", path="a.txt", text=text, raw=text)
    claims = extract_claims([src], watched)
    assert watched.sent_to_parser == ["The fire burned 40 houses in 2019."]
    assert {c.text for c in claims} >= {"40", "2019"}


def test_local_parser_processes_give_the_same_claims():
    from claimcheck.extract import extract_claims
    from claimcheck.nlp import load_pipeline

    nlp, _ = load_pipeline()
    # Values found before the parse travel to the parser processes and back with the Doc.
    assert extract_claims(_sources(3), nlp, jobs=2, batch_size=8) == extract_claims(_sources(3), nlp)
