"""Progress on stderr for long runs: sources read and sentences parsed.

``make_progress`` gives a live bar (rich) only when the stream is a terminal and the run is not
``--quiet``; with ``NO_COLOR`` set it draws a plain one-line counter instead, with no escape
codes at all. Nothing is drawn before ``delay`` seconds, so quick runs stay silent.

The stages report through ``current()``, which the pipeline sets with ``reporting(progress)``:
progress is observation only and never changes what a run returns.
"""

from __future__ import annotations

import contextvars
import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

DELAY = 0.5  # seconds before anything is drawn: a quick run should not flicker a bar
_PLAIN_INTERVAL = 0.2  # seconds between redraws of the plain counter


class NullProgress:
    """Counts nothing and draws nothing (not a terminal, ``--quiet``, or no run under way)."""

    def add_sources(self, n: int, done: bool = False) -> None:
        """``n`` more sources to go through (already read when ``done``)."""

    def add_sentences(self, n: int) -> None:
        """``n`` more sentences to parse."""

    def advance(self, sources: int = 0, sentences: int = 0) -> None:
        """``sources`` more sources read, ``sentences`` more sentences parsed."""

    def close(self) -> None:
        """Take the display down."""

    def __enter__(self) -> "NullProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Progress(NullProgress):
    """Counts sources and sentences; draws them on ``stream`` once ``delay`` seconds have passed."""

    def __init__(self, stream: TextIO, plain: bool = False, delay: float = DELAY,
                 clock=time.monotonic) -> None:
        self.stream = stream
        self.plain = plain
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.counts = {"sources": 0, "sources_total": 0, "sentences": 0, "sentences_total": 0}
        self._bar = None  # the rich display, once shown
        self._tasks: dict[str, int] = {}
        self._last_plain = -1.0
        self._plain_width = 0

    def add_sources(self, n: int, done: bool = False) -> None:
        self.counts["sources_total"] += n
        if done:
            self.counts["sources"] += n
        self._update()

    def add_sentences(self, n: int) -> None:
        self.counts["sentences_total"] += n
        self._update()

    def advance(self, sources: int = 0, sentences: int = 0) -> None:
        self.counts["sources"] += sources
        self.counts["sentences"] += sentences
        self._update()

    def line(self) -> str:
        """The plain counter: ``sources 3/10, sentences 120/400``."""
        c = self.counts
        return (f"claimcheck: sources {c['sources']}/{c['sources_total']}, "
                f"sentences parsed {c['sentences']}/{c['sentences_total']}")

    def _update(self) -> None:
        now = self.clock()
        if now - self.started < self.delay:
            return
        if self.plain:
            if now - self._last_plain >= _PLAIN_INTERVAL:
                self._last_plain = now
                self._write_plain(self.line())
            return
        if self._bar is None:
            self._show()
        c = self.counts
        self._bar.update(self._tasks["sources"], completed=c["sources"], total=c["sources_total"] or None)
        self._bar.update(self._tasks["sentences"], completed=c["sentences"], total=c["sentences_total"] or None)

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

        console = Console(file=self.stream, force_terminal=True)
        self._bar = Bar(TextColumn("{task.description:<17}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True)
        self._tasks["sources"] = self._bar.add_task("sources read", total=None)
        self._tasks["sentences"] = self._bar.add_task("sentences parsed", total=None)
        self._bar.start()

    def _write_plain(self, text: str) -> None:
        # A carriage return redraws the line in place without any escape sequence.
        pad = max(0, self._plain_width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._plain_width = len(text)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        elif self._plain_width:
            self.stream.write("\r" + " " * self._plain_width + "\r")
            self.stream.flush()
            self._plain_width = 0


def make_progress(stream: TextIO | None = None, quiet: bool = False,
                  env: Mapping[str, str] | None = None, delay: float | None = None) -> NullProgress:
    """The progress display for ``stream`` (stderr): drawn only for a terminal and not ``quiet``."""
    stream = sys.stderr if stream is None else stream
    delay = DELAY if delay is None else delay
    env = os.environ if env is None else env
    if quiet or not _is_terminal(stream) or env.get("TERM") == "dumb":
        return NullProgress()
    # https://no-color.org: set and not empty means no colour; plain text carries no escape codes.
    return Progress(stream, plain=bool(env.get("NO_COLOR")), delay=delay)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


_CURRENT: contextvars.ContextVar[NullProgress] = contextvars.ContextVar("claimcheck_progress")


def current() -> NullProgress:
    """The progress of the run under way, or one that counts nothing."""
    return _CURRENT.get(None) or NullProgress()


@contextmanager
def reporting(progress: NullProgress) -> Iterator[NullProgress]:
    """Make ``progress`` the one stages report to, and take it down at the end."""
    token = _CURRENT.set(progress)
    try:
        yield progress
    finally:
        _CURRENT.reset(token)
        progress.close()
