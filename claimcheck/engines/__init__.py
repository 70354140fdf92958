"""Engines run extraction over sources: ``local`` (this process, nlp.pipe with --jobs processes).

An engine maps a list of sources to their claims, one list per source, each numbered
``<source id>:<n>`` in text order, so results do not depend on how the work was split.
"""

from __future__ import annotations

from claimcheck.records import Claim, Source


def extract_local(sources: list[Source], model: str, jobs: int = 1) -> dict[str, list[Claim]]:
    """Claims per source id, extracted in this process (and ``jobs`` parser processes)."""
    from claimcheck.extract import extract_claims
    from claimcheck.nlp import load_pipeline

    todo = [s for s in sources if s.status == "ok"]
    out: dict[str, list[Claim]] = {s.id: [] for s in todo}
    if not todo:
        return out
    nlp, _ = load_pipeline(model)
    for claim in extract_claims(todo, nlp, jobs=jobs):
        out[claim.source].append(claim)
    return out


from claimcheck.engines.dask import extract_dask  # noqa: E402  (imports Dask only when it runs)

ENGINES = {"local": extract_local, "dask": extract_dask}
