"""The whole run, stage after stage: sources -> nlp -> extract -> align -> rules.

Extraction is the only expensive stage; ``extract_step`` runs it through an engine
(``claimcheck.engines``) for the sources the cache (``claimcheck.cache``) does not already hold.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import progress
from claimcheck.align import align
from claimcheck.engines import ENGINES
from claimcheck.nlp import DEFAULT_MODEL, PipelineInfo, model_info
from claimcheck.records import Claim, Fact, Finding, Source
from claimcheck.rules import run_rules
from claimcheck.sources import read_sources


@dataclass
class Options:
    model: str = DEFAULT_MODEL
    jobs: int = 1
    tolerance: float = 0.1
    enabled: set[str] | None = None
    severities: dict[str, str] = field(default_factory=dict)
    engine: str = "local"
    scheduler: str | None = None
    cache_dir: str | None = None  # None: no cache
    progress: bool = False


@dataclass
class Result:
    sources: list[Source]
    claims: list[Claim]
    facts: list[Fact]
    findings: list[Finding]
    pipeline: PipelineInfo


def extract_step(sources: list[Source], options: Options) -> list[Claim]:
    """Claims of all sources, in source order: from the cache where it has them, else from the engine."""
    engine = ENGINES[options.engine]
    where = {"scheduler": options.scheduler} if options.scheduler else {}  # only engines with a cluster take one
    if options.cache_dir:
        from claimcheck.cache import cached_extract

        per_source = cached_extract(
            sources, options.cache_dir, options.model, lambda todo: engine(todo, options.model, options.jobs, **where)
        )
    else:
        per_source = engine(sources, options.model, options.jobs, **where)
    return [c for s in sources for c in per_source.get(s.id, [])]


def run(paths: list[str | Path], options: Options | None = None, sources: list[Source] | None = None) -> Result:
    """Read ``paths`` (or the given ``sources``), extract, align and check."""
    options = options or Options()
    # progress=True draws on stderr here; otherwise the caller's display, if any (the CLI sets one up).
    shown_here = progress.reporting(progress.make_progress()) if options.progress else nullcontext(progress.current())
    with shown_here as shown:
        if sources is None:
            sources = read_sources(list(paths))
        shown.add_sources(len(sources), done=True)
        claims = extract_step(sources, options)
    claims, facts = align(claims)
    findings = run_rules(sources, claims, facts, options.enabled, options.severities, options.tolerance)
    return Result(sources, claims, facts, findings, model_info(options.model))
