"""The model's matrix products through numpy's BLAS, on one thread.

spaCy's models multiply matrices with blis (thinc's ``NumpyOps``). The blis wheels carry tuned
kernels only for the x86 CPUs known when they were built; on a newer one (measured: an AMD EPYC
of family 25, blis 1.3.4) blis falls back to its reference C kernel, and its matrix products
take a third of the model's time. numpy's BLAS (OpenBLAS in the PyPI wheels) picks a tuned
kernel at run time: on the 6,819 ECB+ sentences claimcheck parses, the model ran 1.4-1.6x
faster and gave the same tags, heads, labels and entities on every token.

``load(model, **kwargs)`` loads the pipeline and gives every layer thinc's numpy ops with blis
turned off. It keeps blis when numpy has no optimised BLAS (threadpoolctl finds none), since
numpy's fallback is slower still.

``one_thread()`` keeps numpy's BLAS to one thread while parsing: on products this small,
OpenBLAS's threads took 70% more CPU for 10% less wall time on two cores, and parallelism is
``--jobs``'s business (worker processes fork inside it and keep the limit).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

# numpy's BLAS libraries that ship tuned kernels (threadpoolctl's "internal_api" names)
TUNED_BLAS = ("openblas", "mkl", "blis", "flexiblas")


@lru_cache(maxsize=1)
def numpy_blas() -> str | None:
    """The optimised BLAS numpy calls (e.g. ``"openblas"``), or None when it has none."""
    import numpy  # noqa: F401  (loads numpy's BLAS so that threadpoolctl can see it)
    from threadpoolctl import threadpool_info

    for lib in threadpool_info():
        if lib.get("user_api") == "blas" and lib.get("internal_api") in TUNED_BLAS:
            return str(lib["internal_api"])
    return None


def load(model: str, **kwargs: Any) -> Language:
    """``spacy.load(model, **kwargs)`` with the matrix products on numpy's BLAS when it has one."""
    nlp = spacy.load(model, **kwargs)
    if numpy_blas() is not None:
        # Set on every layer after loading: spaCy builds some (the parsers' output layer) under
        # ops of its own choosing.
        ops = NumpyOps(use_blis=False)
        for _, proc in nlp.pipeline:
            for node in _layers(proc):
                node.ops = ops
    return nlp


def uses_numpy_blas(nlp: Language) -> bool:
    """Whether every layer of ``nlp``'s trained components multiplies through numpy."""
    layers = [node for _, proc in nlp.pipeline for node in _layers(proc)]
    return bool(layers) and all(getattr(node.ops, "use_blis", True) is False for node in layers)


def _layers(proc: Any) -> list[Any]:
    model = getattr(proc, "model", None)
    if model is None and hasattr(proc, "inner"):  # a gate around a component
        model = getattr(proc.inner, "model", None)
    return list(model.walk()) if hasattr(model, "walk") else []


@contextmanager
def one_thread() -> Iterator[None]:
    """numpy's BLAS on one thread for the duration of the block."""
    if numpy_blas() is None:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
