"""The whole run, stage after stage: sources -> nlp -> extract -> align -> rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.align import align
from claimcheck.extract import extract_claims
from claimcheck.nlp import DEFAULT_MODEL, PipelineInfo, load_pipeline
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


@dataclass
class Result:
    sources: list[Source]
    claims: list[Claim]
    facts: list[Fact]
    findings: list[Finding]
    pipeline: PipelineInfo


def run(paths: list[str | Path], options: Options | None = None, sources: list[Source] | None = None) -> Result:
    """Read ``paths`` (or the given ``sources``), extract, align and check."""
    options = options or Options()
    if sources is None:
        sources = read_sources(list(paths))
    nlp, info = load_pipeline(options.model)
    claims = extract_claims(sources, nlp, jobs=options.jobs)
    claims, facts = align(claims)
    findings = run_rules(sources, claims, facts, options.enabled, options.severities, options.tolerance)
    return Result(sources, claims, facts, findings, info)
