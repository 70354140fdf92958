"""Faster drop-ins for the model's ``attribute_ruler`` and ``lemmatizer``, with identical output.

On short news sentences the two cost about a fifth of the model's time, for reasons that have
nothing to do with the work they do:

- the attribute ruler runs a :class:`spacy.matcher.Matcher` of ~180 one- and two-token patterns
  (mostly "this TAG gets this POS") over every token; ``claimcheck_attribute_ruler`` finds the
  same matches through dictionaries keyed by tag and lower-case form and sets them in the same
  order, through the same ``set_token_attrs``;
- the rule lemmatizer caches only inflected forms, so base forms (about half the tokens) re-run
  ``is_base_form``, which builds a morphology dict, every time, and it looks words up in lists
  of up to 57,000 entries; ``claimcheck_lemmatizer`` caches every answer by (form, POS,
  morphology), which is all a rule lemma depends on, and keeps those lists as sets.

``speed_up(nlp)`` swaps them into a loaded pipeline and copies the model's patterns and tables;
it leaves the pipeline alone when a component is not the kind it knows (other models, other
languages, a ruler pattern it cannot index). ``tests/nlp/test_morphology.py`` checks that every
token's POS, tag, morphology, lemma and dependency label equal the model's own components'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.errors import Errors
from spacy.language import Language
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Test = Callable[[Token], bool]
_ANY = "*"
_ATTR_OF = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space", "ORTH": "text", "POS": "pos_"}


class UnsupportedPattern(ValueError):
    """A ruler pattern outside the subset this module indexes (the model's own ruler is kept)."""


@Language.factory("claimcheck_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> "IndexedAttributeRuler":
    """Create an attribute ruler that finds its matches through dictionaries."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory(
    "claimcheck_lemmatizer",
    default_config={"model": None, "mode": "rule", "overwrite": False},
)
def make_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool) -> "CachedLemmatizer":
    """Create an English rule lemmatizer that caches every lemma."""
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer with every result cached by (form, POS, morphology)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}  # key -> lemma's string id

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        # The index of known words per POS comes as lists (57,000 nouns) and rule_lemmatize
        # tests membership in them: a linear scan, 0.15 ms a word. Sets answer the same.
        index = self.lookups.get_table("lemma_index", None)
        if index is not None:
            for pos in list(index.keys()):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        lemmas, strings, overwrite = self._lemmas, self.vocab.strings, self.overwrite
        try:
            for token in doc:
                if overwrite or token.lemma == 0:
                    key = (token.orth, token.pos, token.morph.key)
                    lemma = lemmas.get(key)
                    if lemma is None:
                        lemma = lemmas[key] = strings.add(self.lemmatize(token)[0])
                    token.lemma = lemma
            return doc
        except Exception as e:  # as spaCy's own components do
            self.get_error_handler()(self.name, self, [doc], e)


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose ``match`` looks patterns up by tag and form instead of running a Matcher.

    Supports the patterns English models ship: one or two tokens, each a dict of TAG, LOWER, DEP,
    IS_SPACE, ORTH or POS with a value, ``IN``, ``NOT_IN`` or ``REGEX``. ``add`` raises
    :class:`UnsupportedPattern` for anything else.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (attribute, value) -> patterns whose first token needs that value, with the rest of the test
        self._single_by: dict[tuple[str, Any], list[tuple[int, Test]]] = {}
        self._pairs_by: dict[tuple[str, Any], list[tuple[int, Test, Test]]] = {}

    def clear(self) -> None:
        super().clear()
        self._single_by, self._pairs_by = {}, {}

    def add(self, patterns, attrs, index: int = 0) -> None:  # noqa: ANN001 - spaCy's signature
        attr_id = len(self.attrs)
        if any(len(pattern) not in (1, 2) for pattern in patterns):
            raise UnsupportedPattern("patterns of more than two tokens")
        for pattern in patterns:  # raises before anything is added
            for spec in pattern:
                _compile_token(spec)
        super().add(patterns, attrs, index)
        for pattern in patterns:
            attr, values = _index_key(pattern[0])
            rest = _compile_token({k: v for k, v in pattern[0].items() if k != attr})
            if len(pattern) == 2:
                entry: tuple = (attr_id, rest, _compile_token(pattern[1]))
                target = self._pairs_by
            else:
                entry = (attr_id, rest)
                target = self._single_by
            for value in values:
                target.setdefault((attr, value), []).append(entry)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches the Matcher would find, as (attr id, match id, start, end), sorted."""
        found: set[tuple[int, int, int]] = set()
        singles, pairs = self._single_by, self._pairs_by
        n = len(doc)
        for token in doc:
            i = token.i
            for key in (("TAG", token.tag_), ("LOWER", token.lower_), ("DEP", token.dep_),
                        ("IS_SPACE", token.is_space), (_ANY, None)):
                for attr_id, test in singles.get(key, ()):
                    if test(token):
                        found.add((attr_id, i, i + 1))
                if i + 1 < n:
                    for attr_id, test, second in pairs.get(key, ()):
                        if test(token) and second(doc[i + 1]):
                            found.add((attr_id, i, i + 2))
        strings = self.vocab.strings
        return sorted((attr_id, strings[str(attr_id)], start, end) for attr_id, start, end in found)

    def set_annotations(self, doc: Doc, matches) -> None:  # noqa: ANN001 - spaCy's signature
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            set_token_attrs(doc[(start if index >= 0 else end) + index], self.attrs[attr_id])


def _index_key(spec: dict) -> tuple[str, list[Any]]:
    """The attribute and values under which a token pattern is filed: a token can match it only
    when its value of that attribute is one of them."""
    for attr in ("TAG", "LOWER", "DEP", "IS_SPACE"):
        value = spec.get(attr)
        if isinstance(value, (str, bool)):
            return attr, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attr, list(value["IN"])
    return _ANY, [None]  # tested on every token (the few REGEX-only patterns)


def _compile_token(spec: dict) -> Test:
    tests = [_compile_attr(attr, value) for attr, value in spec.items()]
    if not tests:
        return lambda token: True
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda token: first(token) and second(token)
    return lambda token: all(test(token) for test in tests)


def _compile_attr(attr: str, value: Any) -> Test:
    name = _ATTR_OF.get(attr)
    if name is None:
        raise UnsupportedPattern(f"attribute {attr!r}")
    if not isinstance(value, dict):
        if not isinstance(value, (str, bool)):
            raise UnsupportedPattern(f"{attr}: {value!r}")
        return lambda token: getattr(token, name) == value
    if len(value) != 1:
        raise UnsupportedPattern(f"{attr}: {value!r}")
    (op, arg), = value.items()
    if op == "IN":
        options = frozenset(arg)
        return lambda token: getattr(token, name) in options
    if op == "NOT_IN":
        options = frozenset(arg)
        return lambda token: getattr(token, name) not in options
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda token: pattern.search(getattr(token, name)) is not None
    raise UnsupportedPattern(f"{attr}: {op}")


def speed_up(nlp: Language) -> list[str]:
    """Swap the faster equivalents into ``nlp``; the names of the components replaced."""
    replaced = []
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if type(ruler) is AttributeRuler and _indexable(ruler.patterns):
        patterns = ruler.patterns
        nlp.replace_pipe("attribute_ruler", "claimcheck_attribute_ruler", config={"validate": ruler.validate})
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
        replaced.append("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lookups = lemmatizer.lookups
        nlp.replace_pipe("lemmatizer", "claimcheck_lemmatizer", config={"overwrite": lemmatizer.overwrite})
        nlp.get_pipe("lemmatizer").initialize(lookups=lookups)
        replaced.append("lemmatizer")
    return replaced


def _indexable(patterns: list[dict]) -> bool:
    try:
        for p in patterns:
            for pattern in p["patterns"]:
                if len(pattern) not in (1, 2):
                    return False
                for spec in pattern:
                    _compile_token(spec)
    except UnsupportedPattern:
        return False
    return True
