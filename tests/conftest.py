"""Shared fixtures: the sample corpus's report is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources"


@pytest.fixture(scope="session")
def sample_result():
    from claimcheck.pipeline import run

    return run([str(SAMPLE)])


@pytest.fixture(scope="session")
def sample_report(sample_result):
    from claimcheck.report import build_report

    return build_report(sample_result)


@pytest.fixture(scope="session")
def check_texts():
    """Run the whole pipeline on a tiny corpus given as texts (one per source)."""
    from claimcheck.pipeline import Options, run
    from claimcheck.sources import read_text

    def _run(texts, dates=()):
        sources = []
        for i, text in enumerate(texts):
            date = dates[i] if i < len(dates) else None
            src = read_text(text, path=f"s{i}.txt", date=date)
            sources.append(_with_id(src, f"s{i}"))
        return run([], Options(), sources=sources)

    return _run


def _with_id(src, sid):
    from dataclasses import replace

    return replace(src, id=sid, path=f"{sid}.txt")
