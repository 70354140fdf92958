"""spaCy component ``claimcheck_values``: every normalised value in the Doc as a span.

Spans go to ``doc.spans["claimcheck_values"]`` with the value's kind as label; the full
normalised value is on ``span._.claimcheck_value`` (a plain dict, so it survives
``doc.to_bytes()`` and therefore ``nlp.pipe(n_process=...)``). The article's own date, which
anchors relative dates, is read from ``doc.user_data["claimcheck_reference"]`` (ISO string).
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck.normalize import scan

SPAN_KEY = "claimcheck_values"
REFERENCE_KEY = "claimcheck_reference"

if not Span.has_extension("claimcheck_value"):
    Span.set_extension("claimcheck_value", default=None)


@Language.factory("claimcheck_values", default_config={"span_key": SPAN_KEY})
def make_values(nlp: Language, name: str, span_key: str) -> "ValueRecognizer":
    """Create the value recogniser component."""
    return ValueRecognizer(span_key)


class ValueRecognizer:
    """Mark numbers, money, quantities, percentages, ranks, dates and durations."""

    def __init__(self, span_key: str = SPAN_KEY) -> None:
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.user_data.get(REFERENCE_KEY)
        reference = dt.date.fromisoformat(ref) if ref else None
        chosen: dict[tuple[int, int], tuple[Span, dict]] = {}
        for value in scan(doc.text, reference):
            span = doc.char_span(value.start, value.end, label=value.kind, alignment_mode="expand")
            if span is None:
                continue
            # Span extensions are stored per character offsets: two values inside one token
            # ("6:11p") would share one slot, so the token keeps the longer value only.
            key = (span.start_char, span.end_char)
            if key in chosen and len(chosen[key][1]["text"]) >= len(value.text):
                continue
            chosen[key] = (span, value.to_dict())
        spans = []
        for span, value in sorted(chosen.values(), key=lambda sv: (sv[0].start, sv[0].end)):
            span._.claimcheck_value = value
            spans.append(span)
        doc.spans[self.span_key] = spans
        return doc
