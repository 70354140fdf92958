"""Normalisation benchmark: claimcheck.normalize.scan against public suites and peers.

Usage (from the repository root):
    .venv/bin/python benchmarks/normalise.py [--data DIR] [--suite NAME] [--failures N] [--no-peers]

Feeds every case of each suite through ``claimcheck.normalize.scan`` (the code path the
pipeline uses) and through the peers quantulum3 and dateparser where they apply, and
prints one table: suite, part (dev / held-out), cases, accuracy of each system and cases
per second. Tune only on the dev part; the held-out part is a fixed fifth of each suite.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claimcheck.normalize import scan  # noqa: E402
from claimcheck.nlp.sentences import may_hold_claim  # noqa: E402

SUITE_MODULES = ("numbers", "currency", "dimension", "quantulum", "datetime_model", "datetime_parsers")
ALL_PEERS = ("quantulum3", "dateparser")


def load_suites(only: str | None) -> tuple[list, list[str]]:
    """Suite modules to run and notes about the ones missing."""
    suites, notes = [], []
    for name in SUITE_MODULES:
        try:
            mod = importlib.import_module(f"benchmarks.suites.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.endswith(name):
                notes.append(f"suite module benchmarks/suites/{name}.py not present: skipped")
                continue
            raise
        if only and only.lower() not in (mod.NAME.lower(), name) and not mod.NAME.lower().startswith(only.lower()):
            continue
        suites.append(mod)
    return suites, notes


def run_system(mod, cases, system: str):
    """(pass flags or None when the system does not apply, seconds, values per case)."""
    flags: list[bool] = []
    got: list = []
    t0 = time.perf_counter()
    for case in cases:
        if system == "claimcheck":
            values = scan(case.input, case.reference)
        else:
            values = mod.peer_values(system, case)
            if values is None:
                return None, 0.0, []
        got.append(values)
    elapsed = time.perf_counter() - t0
    for case, values in zip(cases, got):
        flags.append(bool(mod.passes(case, values)))
    return flags, elapsed, got


def _pct(flags, idx) -> str:
    sel = [flags[i] for i in idx]
    return f"{100 * sum(sel) / len(sel):.1f}%" if sel else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    ap.add_argument("--suite", help="run one suite (number, currency, dimension, quantulum, date)")
    ap.add_argument("--failures", type=int, default=0, help="print N failing cases with expected vs got")
    ap.add_argument("--no-peers", action="store_true", help="run claimcheck only")
    ap.add_argument("--part", choices=("dev", "held-out", "all"), default="dev",
                    help="which part --failures prints (default dev: never tune on held-out)")
    args = ap.parse_args(argv)
    suites, notes = load_suites(args.suite)
    peers = () if args.no_peers else ALL_PEERS
    header = ["suite", "part", "cases", "claimcheck", *peers, "claimcheck c/s", *(f"{p} c/s" for p in peers)]
    rows = []
    filtered: list[str] = []
    for mod in suites:
        cases = mod.load(args.data)
        results = {"claimcheck": run_system(mod, cases, "claimcheck")}
        # `claimcheck check` reads values only in sentences its filter lets through
        with_value = [case for case, values in zip(cases, results["claimcheck"][2]) if values]
        lost = [case.input for case in with_value if not may_hold_claim(case.input)]
        filtered.append(f"{mod.NAME}: {len(with_value) - len(lost)} of {len(with_value)}"
                        + (f" (lost: {'; '.join(repr(t[:60]) for t in lost[:3])})" if lost else ""))
        for p in peers:
            if p in getattr(mod, "PEERS", ()):
                results[p] = run_system(mod, cases, p)
            else:
                results[p] = (None, 0.0, [])
        for part, idx in (
            ("dev", [i for i, c in enumerate(cases) if not c.held_out]),
            ("held-out", [i for i, c in enumerate(cases) if c.held_out]),
            ("all", list(range(len(cases)))),
        ):
            row = [mod.NAME, part, str(len(idx))]
            speeds = []
            for system in ("claimcheck", *peers):
                flags, secs, _ = results[system]
                row.append("n/a" if flags is None else _pct(flags, idx))
                speeds.append("n/a" if flags is None else f"{len(cases) / secs:,.0f}" if secs > 0 else "-")
            rows.append(row + speeds)
        if args.failures:
            flags, _, got = results["claimcheck"]
            shown = 0
            for i, (case, ok) in enumerate(zip(cases, flags)):
                if ok or shown >= args.failures:
                    continue
                if args.part != "all" and case.held_out != (args.part == "held-out"):
                    continue
                shown += 1
                print(f"--- {mod.NAME} #{i}{' (NotSupported upstream)' if case.not_supported else ''}: {case.input!r}")
                for e in case.expected:
                    print(f"    expected {case.input[e['start']:e['end']]!r} value={e.get('value')!r} unit={e.get('unit')!r}")
                if not case.expected:
                    print("    expected nothing")
                for v in got[i]:
                    print(f"    got      {v.text!r} {v.kind} value={v.value!r} unit={v.unit!r} low={v.low!r} high={v.high!r}")
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print("sentence filter, inputs in which claimcheck reads a value that `check` lets through to be read: "
          + "; ".join(filtered))
    for note in notes:
        print(f"note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
