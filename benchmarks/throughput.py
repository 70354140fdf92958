"""Throughput of ``claimcheck check`` against plain spaCy parsing, and how it scales.

    .venv/bin/python benchmarks/throughput.py [--data DIR] [--jobs N] [--dask] [--filter] [--repeat N]

Over the ECB+ news texts (``<topic>/<doc>.txt``, default ``../shared/benchmarks/ecbplus`` from
the repository root), in one run, it prints:

- words per second of plain ``nlp.pipe`` with the same model over the same cleaned texts that
  claimcheck reads, and of claimcheck's whole pipeline with no cache (reading to findings and
  the JSON report), and their ratio (target: claimcheck at least 2x); both sides are warmed up,
  untimed, on the sample corpus (``sources/``), and model loading is left out;
- the plain parse once more with the model's matrix products on numpy's BLAS, as claimcheck runs
  them (``claimcheck/nlp/matmul.py``), which splits the ratio into what the BLAS buys and what
  parsing less and claimcheck's own components buy;
- the time on 1/16, 1/4 and all of the articles (a seeded shuffle, then prefixes, so each run
  has different articles, never copies), as ratios (target: 16x the articles in at most 18x
  the time);
- the peak resident memory of this process and its children, sampled (target: under 1 GB
  with one process);
- with ``--repeat N``, the ratio measured N times, claimcheck and the plain parse alternating, and its
  median: on a shared VM the plain parse of the same text took from 105 s to 141 s in one evening, so
  one pair of runs can land on either side of a target;
- with ``--filter``, how many sentences the cheap filter lets through and how many of those
  hold a value (only these are parsed);
- with ``--dask``, whether the JSON report of ``--engine dask`` (a local cluster) equals the
  local engine's byte for byte.

Times are wall-clock and CPU (this process plus its children); on a shared machine the CPU
figures are the steadier ones.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "ecbplus"
SEED = 20261123
FRACTIONS = ((1, 16), (1, 4), (1, 1))


class MemorySampler:
    """Peak RSS of this process plus its children, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        try:
            import psutil

            self._me = psutil.Process()
        except ImportError:  # psutil comes with the dask extra; without it, rusage below
            self._me = None

    def sample(self) -> int:
        if self._me is None:
            return 0
        total = 0
        procs = [self._me]
        try:
            procs += self._me.children(recursive=True)
        except Exception:  # a child may vanish while it is listed
            pass
        for p in procs:
            try:
                total += p.memory_info().rss
            except Exception:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.sample())

    @staticmethod
    def rusage_peak() -> int:
        """Largest RSS of this process, plus that of its largest waited-for child (bytes, Linux)."""
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return (own + kids) * 1024


@dataclass
class Timing:
    wall: float
    cpu: float


class Clock:
    """Wall and CPU time (this process and its finished children) of a block."""

    def __enter__(self) -> "Clock":
        self._wall = time.perf_counter()
        self._cpu = _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timing = Timing(time.perf_counter() - self._wall, _cpu() - self._cpu)


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def articles(data: Path) -> list[Path]:
    """The news texts ``<topic>/<doc>.txt``, in a seeded shuffle."""
    paths = sorted(data.glob("*/*.txt"))
    random.Random(SEED).shuffle(paths)
    return paths


def words(sources) -> int:
    return sum(len(s.text.split()) for s in sources if s.status == "ok")


def plain_parse(
    model: str, texts: list[str], jobs: int, warm: list[str], batch_size: int | None = None, numpy_blas: bool = False
) -> Timing:
    """Parse ``texts`` with the bare model (``nlp.pipe`` as it comes, or in batches of ``batch_size``).

    With ``numpy_blas``, the model multiplies matrices as claimcheck's pipeline does (numpy's BLAS,
    one thread, ``claimcheck.nlp.matmul``) instead of spaCy's blis: what is left of the ratio then
    is what parsing less and claimcheck's own components buy.
    """
    from contextlib import nullcontext

    import spacy

    from claimcheck.nlp import matmul

    nlp = matmul.load(model) if numpy_blas else spacy.load(model)
    for _ in nlp.pipe(warm):  # the same warm-up as claimcheck's: vocabulary and lemma caches filled
        pass
    with Clock() as clock, matmul.one_thread() if numpy_blas else nullcontext():
        for _ in nlp.pipe(texts, n_process=jobs, batch_size=batch_size):  # no Doc is kept
            pass
    return clock.timing


def claimcheck_run(paths: list[Path], jobs: int, engine: str = "local") -> tuple[Timing, str]:
    """The whole ``check`` pipeline, cache off: read, extract, align, rules, JSON report."""
    from claimcheck.pipeline import Options, run
    from claimcheck.report import build_report
    from claimcheck.report.json_report import render_json

    with Clock() as clock:
        result = run([str(p) for p in paths], Options(jobs=jobs, engine=engine, cache_dir=None))
        report = render_json(build_report(result))
    return clock.timing, report


def filter_stats(sources) -> dict[str, int]:
    """Sentences in all, let through by the cheap filter, and of those holding a value (parsed)."""
    import datetime as dt

    from claimcheck.nlp.sentences import may_hold_claim, split_sentences
    from claimcheck.normalize import scan

    out = {"sentences": 0, "parsed": 0, "with_value": 0, "words": 0, "words_parsed": 0, "words_with_value": 0,
           "missed": 0, "missed_values": 0}
    for src in sources:
        if src.status != "ok":
            continue
        ref = dt.date.fromisoformat(src.date[:10]) if src.date else None
        for sent in split_sentences(src.text):
            n = len(sent.text.split())
            out["sentences"] += 1
            out["words"] += n
            if may_hold_claim(sent.text):
                out["parsed"] += 1
                out["words_parsed"] += n
                if scan(sent.text, ref):
                    out["with_value"] += 1
                    out["words_with_value"] += n
            else:
                found = scan(sent.text, ref)  # what the filter loses: values in skipped sentences
                out["missed"] += bool(found)
                out["missed_values"] += len(found)
                if found and len(MISSED_EXAMPLES) < 5:
                    MISSED_EXAMPLES.append(f"{found[0].kind} {found[0].text!r} in {sent.text[:80]!r}")
    return out


MISSED_EXAMPLES: list[str] = []


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ECB+ folder (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=1, help="parser processes on both sides (default: 1)")
    parser.add_argument("--model", default=None, help="spaCy model (default: claimcheck's)")
    parser.add_argument("--dask", action="store_true", help="also compare --engine dask's report with local's")
    parser.add_argument("--filter", action="store_true", help="also measure the sentence filter")
    parser.add_argument("--plain-batch-size", type=int, default=None, metavar="N",
                        help="batch size of the plain nlp.pipe (default: spaCy's, 1,000 texts)")
    parser.add_argument("--warm", type=Path, default=ROOT / "sources",
                        help="texts to warm both sides up on, untimed (default: the sample, %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of the shuffle (a quick look)")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="measure the ratio N times, the two sides alternating, and print each and the median "
                             "(the machine's speed drifts from minute to minute; default: 1)")
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.WARNING)
    from claimcheck.nlp import DEFAULT_MODEL, load_pipeline, matmul
    from claimcheck.sources import read_sources

    model = args.model or DEFAULT_MODEL
    paths = articles(args.data)[: args.limit]
    if not paths:
        print(f"no <topic>/<doc>.txt under {args.data}", file=sys.stderr)
        return 2
    subsets = [(f"{a}/{b}", paths[: max(1, len(paths) * a // b)]) for a, b in FRACTIONS]
    # Order matters for memory: claimcheck is measured first, in a process that holds nothing
    # else yet (the bare model and the whole corpus come later).
    # Warm-up, untimed, on both sides alike and on other texts than the timed ones (the sample
    # corpus): models loaded and lazy tables built, so neither side pays them in its figures.
    warm = [args.warm] if args.warm.is_dir() else paths[:1]
    load_pipeline(model)
    claimcheck_run(warm, args.jobs)
    warm_texts = [s.text for s in read_sources([str(p) for p in warm]) if s.status == "ok"]

    runs: dict[str, tuple[Timing, int, int, int]] = {}
    full_report = ""
    for label, subset in subsets:
        with MemorySampler() as mem:
            timing, report = claimcheck_run(subset, args.jobs)
        runs[label] = (timing, len(subset), words(read_sources([str(p) for p in subset])), mem.peak)
        full_report = report
        del report

    dask_run = None
    if args.dask:
        # Soon after the local runs, so that the workers import the same code as this process
        # did (others may be editing the working tree).
        from claimcheck.engines.dask import require_dask

        require_dask()
        dask_run = claimcheck_run(paths, args.jobs if args.jobs > 1 else 2, engine="dask")

    sources = read_sources([str(p) for p in paths])
    texts = [s.text for s in sources if s.status == "ok"]
    total_words = words(sources)
    with MemorySampler() as mem_plain:
        plain = plain_parse(model, texts, args.jobs, warm_texts, args.plain_batch_size)

    repeats = [(runs["1/1"][0], plain)]
    for _ in range(1, max(1, args.repeat)):
        repeats.append((claimcheck_run(paths, args.jobs)[0], plain_parse(model, texts, args.jobs, warm_texts, args.plain_batch_size)))
    same_blas = None
    if matmul.numpy_blas() is not None:
        same_blas = plain_parse(model, texts, args.jobs, warm_texts, args.plain_batch_size, numpy_blas=True)

    print(f"corpus: {len(paths)} articles, {total_words:,} words (cleaned), model {model}, jobs {args.jobs}")
    print(f"matrix products: plain nlp.pipe blis (spaCy's default); claimcheck "
          f"{'numpy (' + matmul.numpy_blas() + ', one thread)' if matmul.numpy_blas() else 'blis'}")
    full, _, _, full_peak = runs["1/1"]
    failed = False
    print()
    label = "plain nlp.pipe" + ("" if args.plain_batch_size is None else f" (batch {args.plain_batch_size})")
    print(f"{label:<21} {total_words / plain.wall:9,.0f} words/s wall  "
          f"{total_words / plain.cpu:9,.0f} words/CPU-s  ({plain.wall:.1f} s)")
    print(f"claimcheck check      {total_words / full.wall:9,.0f} words/s wall  "
          f"{total_words / full.cpu:9,.0f} words/CPU-s  ({full.wall:.1f} s)")
    print(f"ratio claimcheck/plain {plain.wall / full.wall:8.2f}x wall  {plain.cpu / full.cpu:14.2f}x CPU"
          f"   (target >= 2x)")
    if same_blas is not None:
        print(f"plain, numpy's BLAS   {total_words / same_blas.wall:9,.0f} words/s wall  "
              f"{total_words / same_blas.cpu:9,.0f} words/CPU-s  ({same_blas.wall:.1f} s)")
        print(f"  of the ratio, the BLAS alone {plain.wall / same_blas.wall:.2f}x wall; parsing less and the "
              f"faster components {same_blas.wall / full.wall:.2f}x wall {same_blas.cpu / full.cpu:.2f}x CPU")
    if len(repeats) > 1:
        walls = [p.wall / c.wall for c, p in repeats]
        cpus = [p.cpu / c.cpu for c, p in repeats]
        print(f"ratio over {len(repeats)} runs, the sides alternating: "
              + ", ".join(f"{r:.2f}x" for r in walls)
              + f" wall (median {statistics.median(walls):.2f}x); median {statistics.median(cpus):.2f}x CPU; "
              f"plain {min(total_words / p.wall for _, p in repeats):,.0f}-{max(total_words / p.wall for _, p in repeats):,.0f} words/s, "
              f"claimcheck {min(total_words / c.wall for c, _ in repeats):,.0f}-{max(total_words / c.wall for c, _ in repeats):,.0f}")
    print()
    base, base_n, _, _ = runs["1/16"]
    print("scaling (articles ratio -> time ratio, target: 16x articles in at most 18x time)")
    for label, (timing, n, w, peak) in runs.items():
        print(f"  {label:>4}: {n:4d} articles {w:8,d} words  {timing.wall:7.1f} s wall {timing.cpu:7.1f} s CPU  "
              f"articles x{n / base_n:5.2f}  time x{timing.wall / base.wall:5.2f} wall "
              f"x{timing.cpu / base.cpu:5.2f} CPU  peak {_mb(peak)}")
    print()
    print(f"peak memory, process tree (sampled): claimcheck on all {_mb(full_peak)}, "
          f"plain parse {_mb(mem_plain.peak)}  (target < 1 GB with one process)")
    print(f"peak memory of the whole benchmark, all of the above, getrusage (self + largest child): "
          f"{_mb(MemorySampler.rusage_peak())}")

    if dask_run is not None:
        timing, dask_report = dask_run
        same = dask_report == full_report
        print()
        print(f"dask engine (local cluster): {timing.wall:.1f} s wall; JSON report "
              f"{'equals' if same else 'DIFFERS FROM'} the local engine's byte for byte "
              f"({len(dask_report):,} bytes)")
        if not same:
            failed = True
            for n, (a, b) in enumerate(zip(full_report.splitlines(), dask_report.splitlines()), 1):
                if a != b:
                    print(f"  first difference, line {n}:\n  local: {a.strip()}\n  dask:  {b.strip()}")
                    break

    if args.filter:
        stats = filter_stats(sources)
        s = stats
        print()
        print(f"sentence filter: {s['sentences']:,} sentences; the cheap filter lets through {s['parsed']:,} "
              f"({s['parsed'] / s['sentences']:.0%}) and skips {s['sentences'] - s['parsed']:,}; "
              f"of those, {s['with_value']:,} hold a value ({s['with_value'] / max(1, s['parsed']):.0%}) "
              f"and only these are parsed")
        print(f"  words: {s['words']:,}; through the filter {s['words_parsed']:,} "
              f"({s['words_parsed'] / s['words']:.0%}); parsed (sentences with a value) "
              f"{s['words_with_value']:,} ({s['words_with_value'] / s['words']:.0%})")
        print(f"  skipped sentences in which the values component would find a value: {s['missed']:,} "
              f"({s['missed_values']:,} values)")
        for example in MISSED_EXAMPLES:
            print(f"    {example}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
