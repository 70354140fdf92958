"""One lint run from command-line arguments: config, sources (files, corpus, stdin), pipeline, filters.

The order of the filters matters: findings are first moved to the claim that belongs to the
run (a checked file, then a changed line), so that suppressions are read where the finding is
reported; suppressions see every finding (so a used one is never called unused), and the
``--diff`` and baseline filters come last.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from claimcheck.config import Config, load_config
from claimcheck.lint import baseline as baseline_mod
from claimcheck.lint import diff as diff_mod
from claimcheck.lint.paths import repo_root
from claimcheck.lint.scope import drop_path_ignores, finish, keep_checked, under
from claimcheck.lint.suppress import apply_suppressions
from claimcheck.records import Source


@dataclass
class LintRun:
    report: dict
    fail_level: str
    config: Config


def read_all(
    paths: list[str], against: list[str], stdin_filename: str | None, stdin=None, exclude: tuple[str, ...] = ()
) -> list[Source]:
    """Sources of the checked ``paths`` and the ``against`` corpus, read together (so ids stay unique).

    ``-`` among ``paths`` is standard input read as the file ``stdin_filename``; it replaces the
    file of that name if the paths include it. Files in ``exclude`` (claimcheck's own baseline and
    output, which may sit in the corpus folder and would read as a JSON table) are left out.
    """
    from claimcheck.cli import UsageError
    from claimcheck.sources import read_sources, read_text

    files = [p for p in paths if p != "-"]
    if "-" in paths and not stdin_filename:
        raise UsageError("'-' (standard input) needs --stdin-filename NAME")
    missing = [p for p in files + list(against) if not Path(p).exists()]
    if missing:
        raise UsageError(f"path does not exist: {', '.join(missing)}")
    sources = read_sources(files + list(against)) if files or against else []
    skip = {Path(p).resolve() for p in exclude if p}
    sources = [
        s for s in sources if Path(s.path).name != baseline_mod.DEFAULT_NAME and Path(s.path).resolve() not in skip
    ]
    if "-" in paths:
        text = (stdin or sys.stdin).read()
        new = read_text(text, path=stdin_filename)
        target = Path(stdin_filename).resolve()
        for i, s in enumerate(sources):
            if Path(s.path).resolve() == target:
                sources[i] = replace(new, id=s.id, path=s.path)
                break
        else:
            if any(s.id == new.id for s in sources):
                new = replace(new, id=new.path)  # the path is unique where the stem is not
            sources.append(new)
    return sources


def checked_roots(args: argparse.Namespace) -> list[str]:
    return [args.stdin_filename if p == "-" else p for p in args.paths]


def lint_report(
    report: dict,
    sources: list[Source],
    config: Config,
    checked: list[str] | None = None,
    changes: diff_mod.Changes | None = None,
    root: Path | None = None,
    baseline: set[str] | None = None,
) -> dict:
    """The report a lint run prints: ``report`` (from ``build_report``) through every lint filter.

    ``checked``: with ``--against``, the checked paths (findings only in the corpus are dropped);
    ``changes``: with ``--diff``, the changed lines (findings elsewhere are dropped);
    ``baseline``: fingerprints of accepted findings (dropped).
    """
    root = root or repo_root()
    if changes is not None:
        report = diff_mod.report_at_changed(report, changes, root)
    if checked is not None:
        report = keep_checked(report, checked)
        sources = [s for s in sources if under(s.path, checked)]
    report = drop_path_ignores(report, config.per_path_ignores, config.base)
    report = apply_suppressions(report, sources, config.enabled(), config.severity)
    if changes is not None:
        report = diff_mod.keep_changed(report, changes, root)
    if baseline:
        report = baseline_mod.drop_baselined(report, baseline)
    return finish(report)


def run_lint(args: argparse.Namespace, with_baseline: bool = True) -> LintRun:
    """Everything ``claimcheck check`` (and ``baseline``) does before rendering."""
    from claimcheck.pipeline import Options, run
    from claimcheck.report import build_report

    config = load_config(getattr(args, "config", None))
    against = list(getattr(args, "against", None) or [])
    stdin_filename = getattr(args, "stdin_filename", None)
    baseline = None
    if with_baseline and getattr(args, "baseline", None):
        baseline = baseline_mod.load_baseline(args.baseline)
    root = repo_root()
    changes = diff_mod.changed_since(args.diff, root) if with_baseline and getattr(args, "diff", None) else None
    if getattr(args, "no_cache", False):
        cache_dir = None
    elif getattr(args, "cache_dir", None):
        cache_dir = str(Path(args.cache_dir).resolve())
    else:
        cache_dir = str(config.cache_path())
    options = Options(
        model=getattr(args, "model", None) or config.model,
        jobs=getattr(args, "jobs", 1),
        tolerance=config.tolerance,
        enabled=config.enabled(),
        severities=dict(config.severity),
        cache_dir=cache_dir,
        engine=getattr(args, "engine", None) or "local",
        scheduler=getattr(args, "scheduler", None),
    )
    own = (getattr(args, "baseline", None), getattr(args, "output", None))
    sources = read_all(list(args.paths), against, stdin_filename, exclude=own)
    result = run([], options, sources=sources)
    report = lint_report(
        build_report(result),
        result.sources,
        config,
        checked=checked_roots(args) if against else None,
        changes=changes,
        root=root,
        baseline=baseline,
    )
    fail_level = getattr(args, "fail_level", None) or config.fail_level
    return LintRun(report, fail_level, config)
