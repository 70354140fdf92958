"""The ``dask`` engine: extraction mapped over partitions of the sources on Dask workers.

Each partition (whole sources, never a split one) goes to ``extract_partition``, a pure
function from sources to claim records that runs ``extract_claims`` as the local engine does;
claims are numbered per source, so the result equals the local engine's whatever the split.
Each worker process loads the pipeline once (``load_pipeline`` is cached by model name in the
process). With no scheduler address a local cluster of worker processes is started and
stopped for the run. Dask is optional: ``pip install 'claimcheck-conflicts[dask]'``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from claimcheck.records import Claim, Source

# Sources per partition: large enough that shipping a task costs little against parsing it,
# small enough that the workers share the corpus evenly and progress moves.
PARTITION_SOURCES = 16


class DaskMissing(ImportError):
    """``--engine dask`` was asked for but Dask is not installed."""


def require_dask() -> None:
    """Raise ``DaskMissing`` with the install command when ``distributed`` cannot be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(
            "--engine dask needs Dask; install it with: pip install 'claimcheck-conflicts[dask]'"
        ) from exc


def partitions(sources: list[Source], size: int | None = None) -> list[list[Source]]:
    """``sources`` in consecutive runs of at most ``size`` (``PARTITION_SOURCES``), in order."""
    size = size or PARTITION_SOURCES
    return [sources[i:i + size] for i in range(0, len(sources), size)]


def extract_partition(sources: list[Source], model: str) -> tuple[dict[str, list[Claim]], int]:
    """Claims per source id of one partition, and how many sentences were parsed (runs on a worker)."""
    from claimcheck.engines import extract_local
    from claimcheck.extract import parse_units

    # One parser process per worker: the cluster is the parallelism (and worker processes are
    # daemons, which may not start processes of their own).
    return extract_local(sources, model, 1), sum(1 for _ in parse_units(sources))


def extract_dask(
    sources: list[Source], model: str, jobs: int = 1, scheduler: str | None = None
) -> dict[str, list[Claim]]:
    """Claims per source id, extracted on the Dask cluster at ``scheduler`` (or a local one).

    The local cluster has ``jobs`` worker processes of one thread each (all cores when ``jobs``
    is 1).
    """
    require_dask()
    from claimcheck import progress

    todo = [s for s in sources if s.status == "ok"]
    if not todo:
        return {}
    report = progress.current()
    with _quiet_dask():
        return _extract_on_cluster(todo, model, jobs, scheduler, report)


def _extract_on_cluster(
    todo: list[Source], model: str, jobs: int, scheduler: str | None, report
) -> dict[str, list[Claim]]:
    from distributed import Client, LocalCluster, as_completed

    out: dict[str, list[Claim]] = {}
    cluster = None
    if scheduler is None:
        workers = jobs if jobs > 1 else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # any free port: 8787 may be taken
    client = Client(scheduler or cluster)
    try:
        futures = client.map(extract_partition, partitions(todo), model=model, pure=False)
        for future in as_completed(futures):
            claims, parsed = future.result()
            report.add_sentences(parsed)
            report.advance(sentences=parsed)
            out.update(claims)
        del futures
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    # Results arrive in completion order; the dict is rebuilt in source order.
    return {s.id: out[s.id] for s in todo}


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Keep the cluster's start-up and shut-down chatter (INFO) off claimcheck's stderr."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)
