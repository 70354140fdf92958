"""``claimcheck check`` as a linter: exit codes, fail level, --against, suppressions, baseline, --diff, stdin.

Most tests replace the pipeline by a tiny stand-in (``fake_run``) so they run without the spaCy
model: every "<n> people" in a text is a claim; two claims with different numbers conflict
(CC101 across sources, CC201 within one). A few tests at the end run the real pipeline.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path
from dataclasses import replace
from itertools import combinations

import pytest

import claimcheck
import claimcheck.pipeline
from claimcheck.cli import main
from claimcheck.nlp import PipelineInfo
from claimcheck.records import Claim
from claimcheck.rules import get
from claimcheck.rules.base import fingerprint

PEOPLE = re.compile(r"(\d+) people")


def fake_run(paths, options=None, sources=None):
    claims = []
    for s in sources:
        for n, m in enumerate(PEOPLE.finditer(s.text), 1):
            line, col = s.position(m.start(1))
            claims.append(Claim(id=f"{s.id}:{n}", source=s.id, path=s.path, line=line, column=col, kind="number",
                                text=m[1], sentence=m[0], value=int(m[1]), unit=None, low=int(m[1]), high=int(m[1]),
                                start=m.start(1), end=m.end(1)))
    by_id = {c.id: c for c in claims}
    findings = []
    for a, b in combinations(claims, 2):
        if a.value == b.value:
            continue
        rule = get("CC201" if a.source == b.source else "CC101")
        if options.enabled is not None and rule.code not in options.enabled:
            continue
        f = rule.finding([a, b], f"{a.text} vs {b.text} people")
        f = replace(f, severity=options.severities.get(rule.code, rule.severity))
        findings.append(replace(f, fingerprint=fingerprint(f, by_id), id=f"R{len(findings) + 1}"))
    return claimcheck.pipeline.Result(sources, claims, [], findings, PipelineInfo("fake", "0", False))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A working folder with the stand-in pipeline; returns a function writing files into it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(claimcheck.pipeline, "run", fake_run)

    def write(name, text):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return name

    return write


def check(capsys, *args):
    code = main(["check", "--no-cache", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def concise(out: str) -> list[tuple[str, int, str]]:
    found = re.findall(r"^(.+?):(\d+):\d+: (CC\d{3}) ", out, re.M)
    return [(p, int(line), code) for p, line, code in found]


# --- exit codes and the fail level


def test_clean_corpus_exits_0(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 12 people.\n")
    assert check(capsys, ".")[0] == 0


def test_warning_exits_1(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    code, out, _ = check(capsys, ".", "--format", "concise")
    assert code == 1
    assert concise(out) == [("a.txt", 1, "CC101")]


@pytest.mark.parametrize(
    "fail_level,severity,expected",
    [("error", "warning", 0), ("warning", "warning", 1), ("info", "warning", 1),
     ("error", "error", 1), ("warning", "info", 0), ("info", "info", 1)],
)
def test_fail_level(corpus, capsys, fail_level, severity, expected):
    corpus("claimcheck.toml", f'[rules.severity]\nCC101 = "{severity}"\n')
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert check(capsys, ".", "--fail-level", fail_level)[0] == expected


def test_fail_level_from_config_and_flag_overrides(corpus, capsys):
    corpus("claimcheck.toml", 'fail-level = "error"\n')
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert check(capsys, ".")[0] == 0
    assert check(capsys, ".", "--fail-level", "warning")[0] == 1


def test_exit_zero(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert check(capsys, ".", "--exit-zero")[0] == 0


@pytest.mark.parametrize("args", [["check"], ["check", ".", "--fail-level", "fatal"], ["check", ".", "--nope"]])
def test_usage_error_exits_2(corpus, capsys, args):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2


@pytest.mark.parametrize("args,message", [
    (["check", ".", "--format", "xml"], "unknown format"),
    (["check", "missing.txt"], "does not exist"),
    (["check", "-"], "--stdin-filename"),
    (["check", ".", "--baseline", "nope.json"], "cannot read baseline"),
])
def test_bad_arguments_exit_2(corpus, capsys, args, message):
    corpus("a.txt", "The flood killed 12 people.\n")
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_config_error_exits_2(corpus, capsys):
    corpus("claimcheck.toml", 'tolerance = "wide"\n')
    corpus("a.txt", "The flood killed 12 people.\n")
    code, _, err = check(capsys, ".")
    assert code == 2
    assert "claimcheck.toml: tolerance:" in err


def test_explicit_config_file(corpus, capsys):
    corpus("strict.toml", '[rules]\nignore = ["CC101"]\n')
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert check(capsys, ".", "--config", "strict.toml")[0] == 0


def test_internal_error_exits_2(corpus, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(claimcheck.pipeline, "run", broken)
    corpus("a.txt", "The flood killed 12 people.\n")
    code, _, err = check(capsys, ".")
    assert code == 2
    assert "internal error" in err and "boom" in err


# --- select, ignore, per-path ignores


def test_per_path_ignores(corpus, capsys):
    corpus("claimcheck.toml", '[[per-path-ignores]]\npath = "archive/*.txt"\nrules = ["CC101"]\n')
    corpus("archive/a.txt", "The flood killed 12 people.\n")
    corpus("news/b.txt", "The flood killed 21 people.\n")
    code, out, _ = check(capsys, ".", "--format", "concise")
    assert concise(out) == []  # reported at archive/a.txt (first in order), which is ignored for CC101
    assert code == 0


# --- --against


def test_against_reports_at_the_checked_file(corpus, capsys):
    corpus("corpus/a.txt", "The flood killed 12 people.\n")
    corpus("corpus/b.txt", "Officials said 40 people died.\nLater: 41 people.\n")  # corpus-only disagreement
    corpus("draft.txt", "Intro.\nThe flood killed 21 people.\n")
    code, out, _ = check(capsys, "draft.txt", "--against", "corpus", "--format", "json")
    findings = json.loads(out)["findings"]
    assert findings, out
    for f in findings:
        assert f["claims"][0]["path"] == "draft.txt" and f["claims"][0]["line"] == 2
        assert {c["path"] for c in f["claims"][1:]} <= {"corpus/a.txt", "corpus/b.txt"}
    assert code == 1


def test_against_drops_corpus_only_findings(corpus, capsys):
    corpus("corpus/a.txt", "The flood killed 12 people.\n")
    corpus("corpus/b.txt", "The flood killed 21 people.\n")
    corpus("draft.txt", "The flood killed 12 people.\n")
    code, out, _ = check(capsys, "draft.txt", "--against", "corpus", "--format", "json")
    report = json.loads(out)
    assert [f["claims"][0]["path"] for f in report["findings"]] == ["draft.txt"]  # 12 vs corpus/b's 21
    assert report["summary"]["findings"]["warning"] == 1


@pytest.mark.parametrize("extra", [[], ["--against", "corpus2"]])
def test_against_is_repeatable(corpus, capsys, extra):
    corpus("corpus/a.txt", "The flood killed 12 people.\n")
    corpus("corpus2/b.txt", "The flood killed 30 people.\n")
    corpus("draft.txt", "The flood killed 12 people.\n")
    code, out, _ = check(capsys, "draft.txt", "--against", "corpus", *extra, "--format", "concise")
    assert len(concise(out)) == (1 if extra else 0)


# --- suppressions


@pytest.mark.parametrize("comment", [
    '<!-- claimcheck: ignore CC101 reason="figures checked with the ministry" -->\n',
    'claimcheck: ignore CC101 reason="figures checked with the ministry"\n',
    "<!-- claimcheck: ignore reason='checked' -->\n",
])
def test_suppression_with_reason(corpus, capsys, comment):
    corpus("a.md" if comment.startswith("<!--") else "a.txt", f"Intro.\n\n{comment}\nThe flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    code, out, _ = check(capsys, ".", "--format", "concise")
    assert concise(out) == []
    assert code == 0


def test_suppression_without_reason_does_not_suppress(corpus, capsys):
    corpus("a.md", "<!-- claimcheck: ignore CC101 -->\nThe flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    code, out, _ = check(capsys, ".", "--format", "concise")
    assert sorted(concise(out)) == [("a.md", 1, "CC901"), ("a.md", 2, "CC101")]
    assert code == 1


def test_unused_suppression(corpus, capsys):
    corpus("a.md", '<!-- claimcheck: ignore CC101 reason="checked" -->\nThe flood killed 12 people.\n')
    corpus("b.txt", "The flood killed 12 people.\n")
    code, out, _ = check(capsys, ".", "--format", "concise")
    assert concise(out) == [("a.md", 1, "CC900")]
    assert code == 1


def test_unused_suppression_for_a_disabled_rule_is_not_reported(corpus, capsys):
    corpus("claimcheck.toml", '[rules]\nignore = ["CC101"]\n')
    corpus("a.md", '<!-- claimcheck: ignore CC101 reason="checked" -->\nThe flood killed 12 people.\n')
    assert check(capsys, ".", "--format", "concise")[0] == 0


def test_suppression_applies_to_the_named_rule_only(corpus, capsys):
    corpus("a.md", '<!-- claimcheck: ignore CC102 reason="dates checked" -->\nThe flood killed 12 people.\n')
    corpus("b.txt", "The flood killed 21 people.\n")
    _, out, _ = check(capsys, ".", "--format", "concise")
    assert sorted(concise(out)) == [("a.md", 1, "CC900"), ("a.md", 2, "CC101")]


def test_passage_and_file_suppressions(corpus, capsys):
    corpus("a.md", "The flood killed 12 people.\n"
                   '<!-- claimcheck: ignore-start CC201 reason="the toll was revised" -->\n'
                   "Then 13 people.\n\nThen 14 people.\n<!-- claimcheck: ignore-end -->\n"
                   "Finally 15 people.\n")
    _, out, _ = check(capsys, "a.md", "--format", "concise")
    # Findings are reported at their first claim: line 1 (not in the passage) pairs with
    # 13, 14 and 15; 13 and 14 start inside it; the 15 line is after its end.
    lines = [line for _, line, code in concise(out) if code == "CC201"]
    assert lines == [1, 1, 1]
    corpus("a.md", '<!-- claimcheck: ignore-file CC201 reason="a live blog" -->\n' + "1 people. 2 people.\n")
    code, out, _ = check(capsys, "a.md", "--format", "concise")
    assert concise(out) == [] and code == 0


# --- baseline


def test_baseline_keeps_a_finding_accepted_after_lines_move(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert main(["baseline", ".", "--no-cache", "-o", "base.json"]) == 0
    rows = json.loads(open("base.json").read())["findings"]
    assert [(r["rule"], r["path"]) for r in rows] == [("CC101", "a.txt")]
    corpus("a.txt", "A new lead paragraph.\n\nAnother one.\n\nThe flood killed 12 people.\n")
    code, out, _ = check(capsys, ".", "--baseline", "base.json", "--format", "concise")
    assert concise(out) == [] and code == 0
    corpus("b.txt", "The flood killed 21 people.\nA later count: 30 people.\n")  # new disagreements
    code, out, _ = check(capsys, ".", "--baseline", "base.json", "--format", "concise")
    assert {line for _, line, _ in concise(out)} and code == 1
    assert ("a.txt", 5, "CC101") in concise(out)  # 12 vs the new 30, at the moved line


def test_baseline_file_in_the_corpus_folder_is_not_an_article(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    assert main(["baseline", ".", "--no-cache"]) == 0  # writes ./claimcheck-baseline.json
    assert main(["baseline", ".", "--no-cache"]) == 0  # and does not read it back
    capsys.readouterr()
    code, out, _ = check(capsys, ".", "--baseline", "claimcheck-baseline.json", "--format", "json")
    assert [s["path"] for s in json.loads(out)["sources"]] == ["a.txt", "b.txt"] and code == 0
    code, out, _ = check(capsys, ".", "--format", "json")  # by its default name, even without --baseline
    assert [s["path"] for s in json.loads(out)["sources"]] == ["a.txt", "b.txt"] and code == 1


def test_bad_baseline_file_exits_2(corpus, capsys):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("base.json", '{"version": 99, "findings": []}')
    assert check(capsys, ".", "--baseline", "base.json")[0] == 2


# --- --diff


def git(*args):
    subprocess.run(["git", *args], check=True, capture_output=True)


def test_diff_reports_only_changed_lines(corpus, capsys):
    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n\nThe storm hurt 5 people.\n")
    git("add", ".")
    git("commit", "-qm", "one")
    assert concise(check(capsys, ".", "--diff", "HEAD", "--format", "concise")[1]) == []
    corpus("b.txt", "The flood killed 21 people.\n\nThe storm hurt 6 people.\n")
    code, out, _ = check(capsys, ".", "--diff", "HEAD", "--format", "concise")
    # Every finding with the changed line 3 of b.txt, reported there; 12 vs 21 is old.
    found = concise(out)
    assert found and all((p, line) == ("b.txt", 3) for p, line, _ in found)
    assert code == 1
    corpus("c.txt", "Elsewhere 99 people.\n")  # untracked: new throughout
    found = concise(check(capsys, ".", "--diff", "HEAD", "--format", "concise")[1])
    assert ("c.txt", 1, "CC101") in found


def test_diff_with_a_bad_revision_exits_2(corpus, capsys):
    git("init", "-q")
    corpus("a.txt", "The flood killed 12 people.\n")
    code, _, err = check(capsys, ".", "--diff", "no-such-rev")
    assert code == 2 and "--diff" in err


# --- standard input


def test_stdin_replaces_the_file_of_that_name(corpus, capsys, monkeypatch):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("Edited: the flood killed 21 people.\n"))
    code, out, _ = check(capsys, ".", "-", "--stdin-filename", "a.txt", "--format", "concise")
    assert concise(out) == [] and code == 0


def test_stdin_as_a_new_file(corpus, capsys, monkeypatch):
    corpus("b.txt", "The flood killed 21 people.\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("\nThe flood killed 12 people.\n"))
    code, out, _ = check(capsys, "-", "--stdin-filename", "draft.md", "--against", ".", "--format", "concise")
    assert concise(out) == [("draft.md", 2, "CC101")] and code == 1


# --- every format through the command line


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "concise", "sarif", "github"])
def test_every_format_renders(corpus, capsys, fmt):
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    code, out, _ = check(capsys, ".", "--format", fmt)
    assert code == 1 and "a.txt" in out


def test_github_format_writes_the_step_summary(corpus, capsys, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    corpus("a.txt", "The flood killed 12 people.\n")
    corpus("b.txt", "The flood killed 21 people.\n")
    check(capsys, ".", "--format", "github")
    assert "CC101 quantity-mismatch" in summary.read_text()


def test_rules_lists_the_lint_rules(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "CC900" in out and "CC901" in out
    assert main(["rule", "CC901"]) == 0
    assert "## Why" in capsys.readouterr().out


def test_pre_commit_hook_declaration():
    text = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text()
    fields = dict(re.findall(r"^\s*-?\s*(\w+): (.+)$", text, re.M))
    assert fields["id"] == "claimcheck" and fields["language"] == "python"
    assert fields["entry"] == "claimcheck check"
    assert fields["pass_filenames"] == "false" and fields["require_serial"] == "true"
    assert all(re.search(fields["files"], name) for name in ("a.md", "b.txt", "c.html"))
    assert not re.search(fields["files"], "d.py")


# --- the real pipeline (needs the spaCy model; kept few)

COFFEE = "Brazil exported {} tons of coffee to Germany in 2004.\n"


@pytest.mark.model
def test_real_pipeline_sarif_and_suppression(tmp_path, monkeypatch, capsys):
    import jsonschema

    from claimcheck.report.sarif import FINGERPRINT_KEY

    monkeypatch.chdir(tmp_path)
    figures = {"a.md": "20,000", "b.md": "200,000"}
    for name, figure in figures.items():
        (tmp_path / name).write_text("# Trade\n\n" + COFFEE.format(figure))
    code = main(["check", ".", "--no-cache", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    assert code == 1
    schema = json.loads((Path(claimcheck.__file__).parent / "report/schema/sarif-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CC101"]
    at = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    other = ({"a.md", "b.md"} - {at}).pop()
    region = result["locations"][0]["physicalLocation"]["region"]
    # Line 3 after the heading and a blank line; "Brazil exported " is 16 characters.
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 17, 17 + len(figures[at] + " tons"))
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == other
    fingerprint = result["partialFingerprints"][FINGERPRINT_KEY]

    lead = "# Trade\n\nA new first paragraph.\n\n"
    (tmp_path / at).write_text(lead + COFFEE.format(figures[at]))
    main(["check", ".", "--no-cache", "--format", "sarif"])
    moved = json.loads(capsys.readouterr().out)["runs"][0]["results"][0]
    assert moved["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert moved["partialFingerprints"][FINGERPRINT_KEY] == fingerprint

    comment = '<!-- claimcheck: ignore CC101 reason="figure checked with the exporters union" -->\n'
    (tmp_path / at).write_text(lead + comment + COFFEE.format(figures[at]))
    assert main(["check", ".", "--no-cache", "--format", "concise"]) == 0
    assert "CC" not in capsys.readouterr().out


@pytest.mark.model
def test_real_pipeline_cache_parses_only_changed_files(tmp_path, monkeypatch, capsys):
    import claimcheck.engines

    calls = []
    local = claimcheck.engines.ENGINES["local"]

    def counting(sources, *args, **kwargs):
        calls.append(sorted(s.path for s in sources))
        return local(sources, *args, **kwargs)

    monkeypatch.setitem(claimcheck.engines.ENGINES, "local", counting)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(COFFEE.format("20,000"))
    (tmp_path / "b.txt").write_text(COFFEE.format("20,000"))
    assert main(["check", ".", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["check", ".", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
    (tmp_path / "b.txt").write_text(COFFEE.format("200,000"))
    assert main(["check", ".", "--format", "concise"]) == 1
    assert calls == [["a.txt", "b.txt"], ["b.txt"]]  # the unchanged run never reached the engine
    assert (tmp_path / ".claimcheck_cache").is_dir()
