"""The cleaning pass: from mapped raw text to the text the pipeline reads.

Order matters: whitespace first (so repeats compare equal), then repeated captions, site
debris and metadata lines (each leaves a paragraph break behind, so no join crosses it), then
hard-wrap joining, then pull-quotes (whole paragraphs are needed to see them), then the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.sources.boilerplate import mark_debris
from claimcheck.sources.dedupe import quoted_blocks, repeated_lines
from claimcheck.sources.mapped import Line, Offsets, apply_edits, join_lines, split_lines
from claimcheck.sources.metadata import Meta, guess_title, read_meta
from claimcheck.sources.wrap import unwrap

# Horizontal whitespace (NBSP and the Unicode spaces included) and invisible characters
# (zero-width, soft hyphen, BOM, stray controls), which runs of whitespace absorb.
_WS = r" \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\r\f\v"
_INVISIBLE = r"\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f"
_RUN = re.compile(f"[{_WS}{_INVISIBLE}]+")
_HAS_SPACE = re.compile(f"[{_WS}]")
# A character that always needs an edit (whitespace other than a plain space, or invisible).
_ODD = re.compile(f"[{_WS.replace(' ', '')}{_INVISIBLE}]")


@dataclass
class Cleaned:
    text: str
    offsets: tuple[int, ...]
    notes: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)


def normalise_line(line: Line) -> Line:
    """Whitespace runs to one space, none at the ends; invisible characters removed."""
    text = line.text
    if not (text[:1] == " " or text[-1:] == " " or "  " in text or _ODD.search(text)):
        return line
    edits: list[tuple[int, int, str]] = []
    n = len(text)
    for m in _RUN.finditer(text):
        start, end = m.span()
        run = m.group()
        if start == 0 or end == n or not _HAS_SPACE.search(run):
            edits.append((start, end, ""))
        elif run != " ":
            edits.append((start, end, " "))
    if not edits:
        return line
    new_text, offs = apply_edits(text, line.offs, edits)
    return Line(new_text, offs, line.nl)


def _blank(line: Line) -> Line:
    return Line("", range(0), line.nl)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def clean(text: str, offs: Offsets, end: int, *, hard_wrap: bool = True, blank_breaks: bool = False) -> Cleaned:
    """Clean mapped ``text`` (``offs`` into the raw file, ``end`` its length).

    ``hard_wrap`` False skips the joining of hard-wrapped lines (HTML has real paragraphs);
    ``blank_breaks`` says every blank line is a paragraph break (Markdown).
    """
    lines = [normalise_line(line) for line in split_lines(text, offs, end)]
    notes: list[str] = []
    removed: set[int] = set()

    repeats = repeated_lines(lines)
    if repeats:
        notes.append(f"removed {_plural(len(repeats), 'repeated line', 'repeated lines')}")

    debris = {i: kind for i, kind in mark_debris(lines).items() if i not in repeats}
    cookies = sum(1 for kind in debris.values() if kind == "cookie")
    directives = sum(1 for kind in debris.values() if kind == "directive")
    site = len(debris) - cookies - directives
    if directives:
        notes.append(f"read {_plural(directives, 'claimcheck comment', 'claimcheck comments')}")
    if site:
        notes.append(f"removed {_plural(site, 'line', 'lines')} of site debris")
    if cookies:
        notes.append(f"removed {_plural(cookies, 'cookie banner', 'cookie banners')}")
    removed |= repeats | set(debris)

    meta = read_meta(lines, removed)
    if meta.lines:
        kinds = sorted(set(meta.lines.values()))
        notes.append(f"removed {_plural(len(meta.lines), 'metadata line', 'metadata lines')} ({', '.join(kinds)})")
    removed |= set(meta.lines)

    lines = [_blank(line) if i in removed else line for i, line in enumerate(lines)]
    if hard_wrap:
        lines, joins = unwrap(lines, removed, blank_breaks)
        if joins:
            notes.append(f"joined {_plural(joins, 'hard-wrapped line', 'hard-wrapped lines')}")

    quotes = quoted_blocks(lines)
    if quotes:
        notes.append(f"removed {_plural(len(quotes), 'repeated block', 'repeated blocks')} (pull-quote)")
        lines = [_blank(line) if i in quotes else line for i, line in enumerate(lines)]

    meta.title = guess_title(lines)
    out_text, out_offs = join_lines(lines)
    return Cleaned(out_text, out_offs, notes, meta)
