"""Incremental-run benchmark: a cold ``claimcheck check`` against a warm re-run after one edit.

Usage (from the repository root):
    .venv/bin/python benchmarks/incremental.py [--data DIR] [--model NAME] [--jobs N] [--limit N]

Copies the ECB+ news texts (``DIR/*/*.txt``, default ``../shared/benchmarks/ecbplus``) to a
temporary folder, runs ``claimcheck check`` on the copy with an empty cache (cold), appends one
sentence to one article and runs it again on the same cache (warm). Each run is a separate
process, as in CI, so model loading and reading every source count in both. The runs use a
snapshot of the package taken at the start, so edits to the checkout meanwhile (which change
the cache key, as they must) do not spoil the measurement. Prints both times, the warm/cold
ratio (target: well under 0.1) and whether the warm run's report matches a run without the cache.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "ecbplus"
EDIT = "\n\nThe company said on Tuesday that it would hire 250 more workers in 2010.\n"


def check(corpus: Path, cache: Path | None, report: Path, model: str | None, jobs: int, env: dict) -> float:
    """Seconds for one ``claimcheck check`` process writing its JSON report to ``report``."""
    cmd = [sys.executable, "-m", "claimcheck", "check", str(corpus), "--format", "json", "-o", str(report),
           "--exit-zero", "--quiet", "--jobs", str(jobs)]
    cmd += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    if model:
        cmd += ["--model", model]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=corpus.parent, env=env)
    return time.perf_counter() - start


def comparable(report: Path) -> dict:
    """The parts of a report that must not depend on the cache."""
    data = json.loads(report.read_text(encoding="utf-8"))
    return {k: data[k] for k in ("summary", "claims", "facts", "findings")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"corpus folder (default: {DEFAULT_DATA})")
    parser.add_argument("--model", help="spaCy model (default: claimcheck's)")
    parser.add_argument("--jobs", type=int, default=1, help="parser processes for the cold run (default: 1)")
    parser.add_argument("--limit", type=int, help="use only the first N articles (a quicker look)")
    parser.add_argument("--no-verify", action="store_true", help="skip the third, uncached run that checks the report")
    args = parser.parse_args(argv)
    files = sorted(args.data.glob("*/*.txt"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        parser.error(f"no */*.txt files under {args.data}")
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        for f in files:
            target = corpus / f.relative_to(args.data)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
        code = work / "code"
        shutil.copytree(ROOT / "claimcheck", code / "claimcheck", ignore=shutil.ignore_patterns("__pycache__"))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))}
        used = subprocess.run([sys.executable, "-c", "import claimcheck; print(claimcheck.__file__)"],
                              env=env, cwd=work, capture_output=True, text=True, check=True).stdout.strip()
        if not used.startswith(str(code)):
            sys.exit(f"the snapshot of the package is not the one imported ({used})")
        cache = work / "cache"
        cold = check(corpus, cache, work / "cold.json", args.model, args.jobs, env)
        edited = corpus / files[len(files) // 2].relative_to(args.data)
        with edited.open("a", encoding="utf-8") as fh:
            fh.write(EDIT)
        warm = check(corpus, cache, work / "warm.json", args.model, args.jobs, env)
        summary = json.loads((work / "warm.json").read_text(encoding="utf-8"))["summary"]
        print(f"corpus: {len(files)} articles ({args.data}); edited: {edited.relative_to(corpus)}")
        print(f"sources {summary['sources']}, claims {summary['claims']}, facts {summary['facts']}")
        print(f"cold run (empty cache):           {cold:8.2f} s")
        print(f"warm run (one article changed):   {warm:8.2f} s")
        print(f"warm / cold:                      {warm / cold:8.3f}  (target < 0.1)")
        if not args.no_verify:
            check(corpus, None, work / "uncached.json", args.model, args.jobs, env)
            same = comparable(work / "warm.json") == comparable(work / "uncached.json")
            print(f"warm report equals an uncached run: {'yes' if same else 'NO'}")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
