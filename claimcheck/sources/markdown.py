"""Markdown to plain text, keeping each character's offset in the file.

Syntax is removed, not rendered: heading marks, emphasis markers, link targets (``[text](url)``
keeps ``text``), images, HTML comments and tags, list and quote markers, rules, reference
definitions and code fences. The first level-1 heading is the title.
"""

from __future__ import annotations

import re

from claimcheck.sources.mapped import Line, Offsets, apply_edits, concat, split_lines

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"\s{0,3}(=+|-+)\s*")
_RULE = re.compile(r"\s{0,3}([-*_])(?:\s*\1){2,}\s*")
_REFDEF = re.compile(r"\s{0,3}\[[^\]]+\]:\s*\S+.*")
_HEADING = re.compile(r"\s{0,3}(#{1,6})(?:\s+|$)")
_HEADING_END = re.compile(r"\s+#+\s*$")
_PREFIX = re.compile(r"\s*(?:>\s?)+|\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")

# Inline syntax, applied in this order. Each entry: pattern, and the groups whose text is kept.
_INLINE: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]"), ()),  # images: dropped
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), (1,)),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), (1,)),  # [text][ref]
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), (1,)),  # <url>
    (re.compile(r"</?[A-Za-z][^<>]*>"), ()),  # inline HTML tags
    (re.compile(r"(`+)(.+?)\1"), (2,)),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), (2,)),  # strong
    (re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1"), (2,)),  # strikethrough
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"), (1,)),  # *em*
    (re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"), (1,)),  # _em_
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), (1,)),  # backslash escapes
]


def _keep_groups(text: str, offs: Offsets, pattern: re.Pattern[str], keep: tuple[int, ...]) -> tuple[str, Offsets]:
    edits: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        pos = m.start()
        for g in keep:
            edits.append((pos, m.start(g), ""))
            pos = m.end(g)
        edits.append((pos, m.end(), ""))
    edits = [e for e in edits if e[0] < e[1]]
    return apply_edits(text, offs, edits)


def strip_inline(text: str, offs: Offsets) -> tuple[str, Offsets]:
    """Remove inline Markdown syntax from one line."""
    for pattern, keep in _INLINE:
        if pattern.search(text):
            text, offs = _keep_groups(text, offs, pattern, keep)
    return text, offs


def markdown_text(raw: str) -> tuple[str, list[int], str | None]:
    """Plain text of Markdown ``raw``, the raw offset of each character, and the title."""
    edits = [(m.start(), m.end(), "") for m in _COMMENT.finditer(raw)]
    text, offs = apply_edits(raw, range(len(raw)), edits)
    lines = split_lines(text, offs, len(raw))
    title: str | None = None
    out: list[Line] = []
    in_fence = False
    for i, line in enumerate(lines):
        t, o = line.text, line.offs
        if _FENCE.match(t):
            in_fence = not in_fence
            out.append(Line("", range(0), line.nl))
            continue
        if in_fence:
            out.append(line)
            continue
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if _REFDEF.fullmatch(t) or _RULE.fullmatch(t) or (_SETEXT.fullmatch(t) and out and out[-1].text):
            if _SETEXT.fullmatch(t) and t.strip().startswith("=") and title is None and out:
                title = out[-1].text.strip()
            out.append(Line("", range(0), line.nl))
            continue
        heading = _HEADING.match(t)
        block = bool(heading)  # headings and list items stand apart: never joined to a neighbour
        if heading:
            end = _HEADING_END.search(t)
            stop = end.start() if end else len(t)
            t, o = t[heading.end():stop], o[heading.end():stop]
        else:
            prefix = _PREFIX.match(t)
            if prefix and not (_SETEXT.fullmatch(nxt) and nxt.strip()):
                t, o = t[prefix.end():], o[prefix.end():]
                block = not prefix.group().lstrip().startswith(">")
        if block and out and out[-1].text:
            out.append(Line("", range(0), out[-1].nl))
        t, o = strip_inline(t, o)
        if heading and len(heading.group(1)) == 1 and title is None and t.strip():
            title = t.strip()
        out.append(Line(t, o, line.nl))
        if heading:
            out.append(Line("", range(0), line.nl))
    pieces: list[tuple[str, Offsets]] = []
    for k, line in enumerate(out):
        pieces.append((line.text, line.offs))
        if k + 1 < len(out):
            pieces.append(("\n", [line.nl]))
    text, offsets = concat(pieces)
    return text, offsets, title
