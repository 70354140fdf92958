"""The ``claimcheck`` command line.

Exit codes follow ruff: 0 no finding at or above the fail level, 1 some, 2 usage or internal error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import traceback
from pathlib import Path

from claimcheck import __version__

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A problem with the command line or the configuration (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    from claimcheck.nlp import DEFAULT_MODEL

    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find where sources disagree: extract, normalise and align factual claims; flag conflicts.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check sources for disagreements")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    check.add_argument("--format", default="text",
                       help="text, json, markdown, concise, sarif or github (default: text)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument(
        "--report-dir", metavar="DIR", help="also write claimcheck.json, claimcheck.md, claimcheck.html and claims.csv into DIR"
    )
    check.add_argument("--model", default=None, help=f"spaCy model (default: config 'model', else {DEFAULT_MODEL})")
    check.add_argument("--jobs", type=int, default=1, metavar="N", help="parser processes (default: 1)")
    check.add_argument("--fail-level", choices=list(SEVERITY_RANK), default=None,
                       help="lowest severity that makes the exit code 1 (default: config 'fail-level', else warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    check.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="where extraction runs: this machine, or Dask workers (default: local)")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler to use with --engine dask (default: a local cluster of --jobs workers)")
    _add_lint_options(check)
    check.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline file")
    check.add_argument("--diff", metavar="REV", help="report only findings on lines changed since git revision REV")

    baseline = sub.add_parser("baseline", help="write the current findings' fingerprints to a baseline file")
    baseline.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    baseline.add_argument("-o", "--output", metavar="FILE", default="claimcheck-baseline.json",
                          help="baseline file to write (default: claimcheck-baseline.json)")
    baseline.add_argument("--model", default=None, help="spaCy model (default: config 'model')")
    baseline.add_argument("--jobs", type=int, default=1, metavar="N", help="parser processes (default: 1)")
    baseline.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    _add_lint_options(baseline)

    config = sub.add_parser("config", help="print the effective configuration (TOML)")
    config.add_argument("--config", metavar="FILE", help="read FILE instead of the claimcheck.toml found upwards")

    report = sub.add_parser("report", help="write a report to read (HTML by default); exit 0 whatever it finds")
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    report.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    report.add_argument("--format", default=None,
                        help="html, markdown, csv, parquet, json, ... (default: from the -o extension, else html)")
    report.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model (default: {DEFAULT_MODEL})")
    report.add_argument("--jobs", type=int, default=1, metavar="N", help="parser processes (default: 1)")
    report.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")

    extract = sub.add_parser("extract", help="print every normalised value, one JSON object a line")
    extract.add_argument("path", nargs="?", default="-", metavar="PATH", help="a text file, or - for stdin")
    extract.add_argument("--lines", metavar="FILE", help="read FILE as one separate text per line")
    extract.add_argument("--reference-date", metavar="YYYY-MM-DD", help="anchor for relative dates")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rule = sub.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("code")
    return parser


def _add_lint_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="read FILE instead of the claimcheck.toml found upwards")
    p.add_argument("--against", action="append", default=[], metavar="CORPUS",
                   help="check PATHs against this established corpus (repeatable); the corpus itself is not linted")
    p.add_argument("--stdin-filename", metavar="NAME", help="with '-' as a PATH: read standard input as the file NAME")
    p.add_argument("--cache-dir", metavar="DIR", help="extraction cache folder (default: .claimcheck_cache)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the extraction cache")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    logging.basicConfig(level=logging.WARNING, format="claimcheck: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception:  # an internal error is exit 2, never a silent 0 or a misleading 1
        print("claimcheck: internal error:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return EXIT_ERROR


def cmd_check(args: argparse.Namespace) -> int:
    from claimcheck.report import FORMATS

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}; choose from {', '.join(FORMATS)}")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    check_engine(args.engine, args.scheduler)
    if args.quiet:
        logging.getLogger("claimcheck").setLevel(logging.ERROR)
    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        raise UsageError(f"path does not exist: {', '.join(missing)}")
    from claimcheck import progress
    from claimcheck.lint.session import run_lint
    from claimcheck.report import github

    with progress.reporting(progress.make_progress(quiet=args.quiet)):  # on stderr, taken down before the report
        lint = run_lint(args)
    report = lint.report
    _emit(FORMATS[args.format](report), args.output)
    if args.format == "github":
        github.write_step_summary(report)
    if args.report_dir:
        write_report_dir(report, Path(args.report_dir))
    return exit_code(report, lint.fail_level, args.exit_zero)


REPORT_DIR_FILES = {"claimcheck.json": "json", "claimcheck.md": "markdown", "claimcheck.html": "html", "claims.csv": "csv"}


def write_report_dir(report: dict, out: Path) -> None:
    """The report in every format people read: JSON, Markdown, HTML and the claims table."""
    from claimcheck.report import FORMATS

    out.mkdir(parents=True, exist_ok=True)
    for name, fmt in REPORT_DIR_FILES.items():
        data = FORMATS[fmt](report)
        if isinstance(data, bytes):
            (out / name).write_bytes(data)
        else:
            (out / name).write_text(data, encoding="utf-8")


def check_engine(engine: str, scheduler: str | None) -> None:
    """Refuse ``--scheduler`` without Dask, and ``--engine dask`` when Dask is not installed."""
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        from claimcheck.engines.dask import DaskMissing, require_dask

        try:
            require_dask()
        except DaskMissing as exc:
            raise UsageError(str(exc)) from None


def cmd_baseline(args: argparse.Namespace) -> int:
    from claimcheck.lint.baseline import render_baseline
    from claimcheck.lint.session import run_lint

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.quiet:
        logging.getLogger("claimcheck").setLevel(logging.ERROR)
    report = run_lint(args, with_baseline=False).report
    _emit(render_baseline(report), args.output)
    print(f"claimcheck: {len(report['findings'])} findings written to {args.output}", file=sys.stderr)
    return EXIT_CLEAN


def cmd_config(args: argparse.Namespace) -> int:
    from claimcheck.config import load_config

    sys.stdout.write(load_config(args.config).to_toml())
    return EXIT_CLEAN


REPORT_EXTENSIONS = {
    ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet", ".json": "json", ".sarif": "sarif", ".txt": "text",
}


def report_format(fmt: str | None, output: str | None) -> str:
    """``--format`` if given, else the one the output's extension names, else html."""
    if fmt:
        return fmt
    return REPORT_EXTENSIONS.get(Path(output).suffix.lower(), "html") if output else "html"


def cmd_report(args: argparse.Namespace) -> int:
    from claimcheck.pipeline import Options, run
    from claimcheck.report import FORMATS, build_report

    fmt = report_format(args.format, args.output)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.quiet:
        logging.getLogger("claimcheck").setLevel(logging.ERROR)
    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        raise UsageError(f"path does not exist: {', '.join(missing)}")
    report = build_report(run(args.paths, Options(model=args.model, jobs=args.jobs)))
    _emit(FORMATS[fmt](report), args.output)
    # A report is for reading, not a lint: findings do not make it fail.
    return EXIT_CLEAN


def exit_code(report: dict, fail_level: str, exit_zero: bool = False) -> int:
    """1 when a finding reaches ``fail_level`` (and ``exit_zero`` is off), else 0."""
    if exit_zero:
        return EXIT_CLEAN
    floor = SEVERITY_RANK[fail_level]
    hit = any(SEVERITY_RANK[f["severity"]] >= floor for f in report["findings"])
    return EXIT_FINDINGS if hit else EXIT_CLEAN


def _emit(text: str | bytes, output: str | None) -> None:
    if output:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):  # a binary format (parquet)
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    elif isinstance(text, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text)


def cmd_extract(args: argparse.Namespace) -> int:
    from claimcheck.normalize import scan

    reference = None
    if args.reference_date:
        try:
            reference = dt.date.fromisoformat(args.reference_date)
        except ValueError as exc:
            raise UsageError(f"--reference-date must be YYYY-MM-DD: {exc}") from None
    if args.lines:
        texts = _read_input(args.lines).split("\n")
        if texts and texts[-1] == "":
            texts.pop()
        units = [(i, t, 0) for i, t in enumerate(texts)]
    else:
        text = _read_input(args.path)
        units = [(None, text, 0)]
    out = sys.stdout
    for line_no, text, _ in units:
        for v in scan(text, reference):
            line = line_no if line_no is not None else text.count("\n", 0, v.start)
            out.write(json.dumps(extract_record(v, line), ensure_ascii=False) + "\n")
    return EXIT_CLEAN


def extract_record(v, line: int) -> dict:
    """The JSONL record of one value (the ``extract`` contract)."""
    return {
        "line": line,
        "kind": v.kind,
        "text": v.text,
        "start": v.start,
        "end": v.end,
        "value": v.value,
        "unit": v.unit,
        "low": v.low,
        "high": v.high,
        "approx": v.approx,
        "bound": v.bound,
        "rate": v.rate,
        "precision": v.precision,
    }


def _read_input(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {path}: not UTF-8 text") from None


def cmd_rules(args: argparse.Namespace) -> int:
    from claimcheck.lint.rules import all_rules

    RULES = all_rules()
    if args.format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary} for r in RULES]
        print(json.dumps(rows, indent=2))
    else:
        for r in RULES:
            print(f"{r.code}  {r.name:<28} {r.severity:<8} {r.summary}")
    return EXIT_CLEAN


def cmd_rule(args: argparse.Namespace) -> int:
    from claimcheck.lint.rules import get_rule

    try:
        rule = get_rule(args.code)
    except KeyError:
        raise UsageError(f"unknown rule {args.code!r}; see 'claimcheck rules'") from None
    print(rule.doc())
    return EXIT_CLEAN


COMMANDS = {"baseline": cmd_baseline, "config": cmd_config, "check": cmd_check, "report": cmd_report, "extract": cmd_extract, "rules": cmd_rules, "rule": cmd_rule}
