"""spaCy component ``claimcheck_entities``: who or what the text speaks of, as canonical ids.

Every mention goes to ``doc.spans[span_key]`` (default ``"claimcheck_entities"``) with the
entity id as ``span.label_``:

- gazetteer places and organisations (:mod:`claimcheck.entities.gazetteer`): "VNM", "PRK",
  "SUHH", "ORG:UN". Names, capitals and demonyms are matched on ``LOWER`` but a match whose
  first token is all lower case is dropped ("turkey", "china"), as is one with a lower-case word
  other than a function word inside ("The bottom"); acronyms are matched on
  ``ORTH`` ("US", never "us"). Overlaps keep the longest match, so "Democratic Republic
  of the Congo" and "South Sudan" win over "Congo" and "Sudan", and phrases that contain a name
  without being the state ("New Mexico", "South China Sea") or that are ambiguous ("Korea",
  "Congo") hide the shorter name and are themselves dropped;
- the model's ``ner_labels`` entities whose text is not a gazetteer alias: "PER:<name key>"
  for PERSON (titles stripped), "ORG:<name key>" for ORG, "NORP:", "GPE:", "LOC:" for the
  others. The extract stage resolves partial "PER:" mentions ("PER:kim") against the
  article's :class:`claimcheck.entities.people.PersonRegistry`.

Capitals and guarded names ("Washington", "Victoria", "Jordan") are also people's names or
parts of other names. One is kept when the model labels it GPE/LOC/FAC; dropped when the
model labels it anything else (the model's PERSON/ORG entity is then used); with no model
label (or a blank pipeline), dropped when a capitalised non-stop word stands right before it
("George Washington", "Lake Victoria") or right after it ("Washington Post", "Geneva Summit").

Works on a blank English pipeline (gazetteer only) and on a Doc holding one sentence of an
article. Labels are strings in the Doc's span groups, so they survive ``doc.to_bytes()``.
The matchers are built once per pipeline, when the component is created.

Config: ``span_key`` (str), ``ner_labels`` (model labels to add when not in the gazetteer),
``guard`` (bool: apply the context rule to capitals and guarded names).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimcheck.entities.gazetteer import gazetteer
from claimcheck.entities.keys import alias_key
from claimcheck.entities.people import name_key, strip_titles

SPAN_KEY = "claimcheck_entities"
NER_LABELS = ["PERSON", "ORG", "NORP", "GPE", "LOC"]
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_PREFIX = {"PERSON": "PER", "ORG": "ORG", "NORP": "NORP", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC"}
_NO_ID = "-"
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_DASHES = re.compile(r"\s*[-\u2010-\u2015]\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@Language.factory(
    "claimcheck_entities",
    default_config={"span_key": SPAN_KEY, "ner_labels": NER_LABELS, "guard": True},
)
def make_entities(nlp: Language, name: str, span_key: str, ner_labels: list[str], guard: bool) -> "EntityRecognizer":
    """Create the entity component; its matchers are built here, once."""
    return EntityRecognizer(nlp, span_key=span_key, ner_labels=ner_labels, guard=guard)


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "central"}


class EntityRecognizer:
    """Mark gazetteer places/organisations and the model's other named entities with ids."""

    def __init__(self, nlp: Language, span_key: str = SPAN_KEY, ner_labels: list[str] | None = None,
                 guard: bool = True) -> None:
        self.span_key = span_key
        self.ner_labels = frozenset(NER_LABELS if ner_labels is None else ner_labels)
        self.guard = guard
        self._gazetteer = gazetteer()
        self._by_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        groups: dict[tuple[str, str], list[str]] = {}
        for surface in self._gazetteer.surfaces():
            category = surface.category
            if surface.id and self._gazetteer.is_guarded(surface.text) and category != "acronym":
                category = "guarded"
            groups.setdefault((category, surface.id or _NO_ID), []).append(surface.text)
        for (category, eid), texts in sorted(groups.items()):
            matcher = self._exact if category == "acronym" else self._by_case
            matcher.add(f"claimcheck|{category}|{eid}", list(nlp.tokenizer.pipe(texts)))
        self._keys: dict[int, tuple[str, str | None]] = {}
        for category, eid in groups:
            key = nlp.vocab.strings[f"claimcheck|{category}|{eid}"]
            self._keys[key] = (category, None if eid == _NO_ID else eid)

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for match_id, start, end in list(self._by_case(doc)) + list(self._exact(doc)):
            category, eid = self._keys[match_id]
            strict = category not in ("blocker", "ambiguous")  # "South China sea" still hides "China"
            if category != "acronym" and any(t.is_lower and (i == start or (strict and not t.is_stop))
                                             for i, t in zip(range(start, end), doc[start:end])):
                continue  # "china", "turkey", "The bottom": common words, not names
            found.append(Span(doc, start, end, label=f"{category}|{eid or _NO_ID}"))
        spans: list[Span] = []
        for span in filter_spans(found):  # longest first; blockers and ambiguous names win too
            category, eid = span.label_.split("|", 1)
            if eid == _NO_ID or (category == "guarded" and self.guard and not self._place_context(doc, span)):
                continue
            spans.append(Span(doc, span.start, span.end, label=eid))
        spans += self._elided(doc, spans)
        spans += self._model_entities(doc, spans)
        doc.spans[self.span_key] = sorted(spans, key=lambda s: (s.start, s.end, s.label_))
        return doc

    def _elided(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Names shortened by coordination: "East and West Germany" names East Germany too."""
        out: list[Span] = []
        for span in spans:
            if len(span) < 2 or span.start < 2 or doc[span.start - 1].lower_ not in {"and", "or", "&"}:
                continue
            first = doc[span.start - 2]
            if not first.is_title or first.lower_ not in _COMPASS or span[0].lower_ not in _COMPASS:
                continue
            entity = self._gazetteer.lookup(" ".join([first.text, *[t.text for t in span[1:]]]))
            if entity is not None:
                out.append(Span(doc, first.i, first.i + 1, label=entity.id))
        return out

    def _place_context(self, doc: Doc, span: Span) -> bool:
        """Whether a capital or guarded name is used as a place here (see the module docstring)."""
        ents = [e for e in doc.ents if e.start < span.end and span.start < e.end]
        if ents:
            return ents[0].label_ in _PLACE_LABELS
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return not (_name_like(before) or _name_like(after))

    def _model_entities(self, doc: Doc, taken: list[Span]) -> list[Span]:
        if not doc.has_annotation("ENT_IOB"):
            return []
        covered = {(s.start, s.end) for s in taken}
        places = [(s.start, s.end) for s in taken]
        out: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in self.ner_labels or (ent.start, ent.end) in covered:
                continue
            ent = _trim(ent)
            if ent is None or self._known(ent.text):
                continue  # a gazetteer alias: matched above, or deliberately left out (ambiguous)
            parts = [self._gazetteer.lookup(p) for p in _DASHES.split(ent.text)]
            if len(parts) > 1 and all(parts):
                # "U.S.-Mexico" is one token span for the tokenizer: one span per state
                out += [Span(doc, ent.start, ent.end, label=e.id) for e in dict.fromkeys(parts)]
                continue
            if ent.label_ in _PLACE_LABELS and any(a < ent.end and ent.start < b for a, b in places):
                continue  # "U.S.-Mexico", "East and West Germany": the gazetteer spans say it better
            text = _POSSESSIVE.sub("", ent.text)
            key = name_key(strip_titles(text)) if ent.label_ == "PERSON" else alias_key(_ARTICLE.sub("", text))
            if key:
                out.append(Span(doc, ent.start, ent.end, label=f"{_PREFIX.get(ent.label_, ent.label_)}:{key}"))
        return out

    def _known(self, text: str) -> bool:
        g = self._gazetteer
        return g.lookup(text) is not None or g.is_ambiguous(text)


def _trim(ent: Span) -> Span | None:
    """``ent`` cut at a line break and without a trailing possessive or punctuation token."""
    end = ent.start
    while end < ent.end and "\n" not in doc_text(ent.doc[end]):
        end += 1
    while end > ent.start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].is_space
                               or ent.doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019")):
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def doc_text(token: Token) -> str:
    return token.text_with_ws if token.is_space else token.text


def _name_like(token: Token | None) -> bool:
    """A capitalised word that can belong to the same name (not a stop word, not punctuation)."""
    return token is not None and token.is_alpha and token.text[:1].isupper() and not token.is_stop
