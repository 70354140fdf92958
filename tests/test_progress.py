"""Progress display: silent off a terminal, plain under NO_COLOR, a live bar otherwise."""

from __future__ import annotations

import io
import sys

import pytest

from claimcheck import progress as pg


class Tty(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _run(p: pg.NullProgress, clock: Clock | None = None) -> None:
    with pg.reporting(p):
        pg.current().add_sources(12, done=True)
        pg.current().add_sentences(40)
        for _ in range(40):
            if clock:
                clock.now += 0.1
            pg.current().advance(sentences=1)


def test_progress_writes_nothing_to_a_non_tty_stream():
    stream = io.StringIO()
    p = pg.make_progress(stream, env={}, delay=0)
    assert isinstance(p, pg.NullProgress) and not isinstance(p, pg.Progress)
    _run(p)
    assert stream.getvalue() == ""


def test_progress_quiet_writes_nothing_even_to_a_terminal():
    stream = Tty()
    _run(pg.make_progress(stream, quiet=True, env={}, delay=0))
    assert stream.getvalue() == ""


def test_progress_dumb_terminal_writes_nothing():
    stream = Tty()
    _run(pg.make_progress(stream, env={"TERM": "dumb"}, delay=0))
    assert stream.getvalue() == ""


def test_progress_no_color_has_no_escape_codes():
    stream = Tty()
    p = pg.make_progress(stream, env={"NO_COLOR": "1"}, delay=0)
    clock = Clock()
    p.clock, p.started = clock, 0.0
    _run(p, clock)
    out = stream.getvalue()
    assert "sentences parsed" in out and "12/12" in out
    assert "\x1b" not in out


def test_progress_empty_no_color_is_ignored():
    # https://no-color.org: only a non-empty value turns colour off.
    p = pg.make_progress(Tty(), env={"NO_COLOR": ""}, delay=0)
    assert isinstance(p, pg.Progress) and not p.plain


def test_progress_terminal_draws_a_bar_and_takes_it_down():
    stream = Tty()
    _run(pg.make_progress(stream, env={}, delay=0))
    out = stream.getvalue()
    assert "sentences parsed" in out
    assert "\x1b[" in out  # a live display on a real terminal


def test_progress_quick_run_stays_silent():
    stream = Tty()
    p = pg.make_progress(stream, env={"NO_COLOR": "1"}, delay=0.5)
    clock = Clock()
    p.clock, p.started = clock, 0.0
    with pg.reporting(p):
        pg.current().add_sources(2, done=True)
        clock.now = 0.4
        pg.current().advance(sentences=3)
    assert stream.getvalue() == ""


def test_progress_counts_what_the_stages_report():
    p = pg.Progress(io.StringIO(), plain=True, delay=1e9)
    with pg.reporting(p):
        pg.current().add_sources(3, done=True)
        pg.current().add_sentences(5)
        pg.current().advance(sentences=2)
        pg.current().add_sentences(1)
    assert p.counts == {"sources": 3, "sources_total": 3, "sentences": 2, "sentences_total": 6}
    assert p.line() == "claimcheck: sources 3/3, sentences parsed 2/6"


def test_progress_current_outside_a_run_counts_nothing():
    p = pg.current()
    p.advance(sources=1, sentences=1)  # must not fail
    assert not isinstance(p, pg.Progress)


def test_progress_stream_without_isatty_is_not_a_terminal():
    class Sink:
        def write(self, text: str) -> int:
            raise AssertionError("nothing may be written")

    _run(pg.make_progress(Sink(), env={}, delay=0))


@pytest.mark.model
def test_progress_check_command_draws_on_a_terminal_only(tmp_path, monkeypatch, capsys):
    from claimcheck.cli import main

    (tmp_path / "a.txt").write_text("The dam cost $5 million in 2020. It holds 40 tonnes of water.\n", "utf-8")
    args = ["check", str(tmp_path), "--exit-zero", "--no-cache", "--format", "json"]
    monkeypatch.setattr(pg, "DELAY", 0)
    monkeypatch.setenv("NO_COLOR", "1")
    main(args)
    assert "sentences parsed" not in capsys.readouterr().err  # captured stderr is not a terminal
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    main(args + ["--quiet"])
    assert tty.getvalue() == ""
    main(args)
    assert "claimcheck: sources 1/1, sentences parsed" in tty.getvalue()
    assert "\x1b" not in tty.getvalue()
    assert capsys.readouterr().out.startswith("{")  # the report itself still goes to stdout
