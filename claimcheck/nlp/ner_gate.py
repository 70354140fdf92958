"""Component ``claimcheck_ner_gate``: the model's entity recogniser, run only where a name can be.

The entity recogniser is the model's dearest component (its own embedding layer: about half of
the model's time on news sentences). claimcheck reads only its PERSON, ORG, NORP, GPE and LOC
entities, which are written with capitals; a sentence with no capital letter outside a
sentence-initial function word ("The", "In") holds none. Such a Doc gets an empty entity
annotation (as the recogniser would set) without running it: about one value sentence in ten
in news. ``speed_up_ner(nlp)`` wraps the pipeline's ``ner`` in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch


@Language.factory("claimcheck_ner_gate")
def make_ner_gate(nlp: Language, name: str) -> "NerGate":
    """Create the gate; ``speed_up_ner`` gives it the recogniser it guards."""
    return NerGate(None)


def may_name(doc: Doc) -> bool:
    """Whether ``doc`` can hold a name: a capital letter anywhere but a sentence-initial stop word."""
    for token in doc:
        if token.i == 0 and token.is_stop:
            continue
        if any(c.isupper() for c in token.text):
            return True
    return False


class NerGate:
    """Runs ``inner`` (an entity recogniser) on the Docs that may name something, in order."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, doc: Doc) -> Doc:
        return self.inner(doc) if may_name(doc) else _no_entities(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            named = [may_name(doc) for doc in batch]
            done = iter(self.inner.pipe([d for d, n in zip(batch, named) if n], batch_size=batch_size))
            for doc, n in zip(batch, named):
                yield next(done) if n else _no_entities(doc)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.inner.labels


def _no_entities(doc: Doc) -> Doc:
    doc.ents = []  # every token "O", as the recogniser leaves a sentence without entities
    return doc


def speed_up_ner(nlp: Language) -> bool:
    """Put the gate around ``nlp``'s ``ner``; False when there is none."""
    if "ner" not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe("ner")
    nlp.replace_pipe("ner", "claimcheck_ner_gate")
    nlp.get_pipe("ner").inner = inner
    return True
