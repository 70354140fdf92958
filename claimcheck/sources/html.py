"""Visible text of an HTML page, keeping each character's offset in the file.

Uses the stdlib ``html.parser`` because it reports the line and column of every token, so
each character of the text maps back to the file. Invisible and chrome elements (script,
style, noscript, template, head, nav, footer, aside, form, and anything ``hidden``) are
dropped; block elements and ``<br>`` become line breaks; entities are decoded (the decoded
characters map to the ``&``). The first ``<h1>`` gives the title, else ``<title>``; ``<meta>``
tags give the date, author and outlet when the page has them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

SKIP = frozenset(
    "script style noscript template head nav footer aside form svg iframe button select "
    "option textarea object canvas video audio map dialog".split()
)
BLOCK = frozenset(
    "address article blockquote caption dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 "
    "header hr li main ol p pre section table tbody thead tfoot tr td th ul body html".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# <meta> names and properties that give an article's metadata.
META_FIELDS = {
    "article:published_time": "date",
    "og:published_time": "date",
    "date": "date",
    "pubdate": "date",
    "publishdate": "date",
    "publish-date": "date",
    "dc.date": "date",
    "dc.date.issued": "date",
    "dcterms.date": "date",
    "dcterms.created": "date",
    "parsely-pub-date": "date",
    "sailthru.date": "date",
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    "byl": "author",
    "parsely-author": "author",
    "sailthru.author": "author",
    "og:site_name": "outlet",
    "application-name": "outlet",
    "publisher": "outlet",
}
_TRACKED = frozenset(("pre", "title", "h1"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[\t\n\r\f]")


class _Extractor(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        pos = raw.find("\n")
        while pos >= 0:
            self.line_starts.append(pos + 1)
            pos = raw.find("\n", pos + 1)
        self.parts: list[str] = []
        self.offs: list[int] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.hidden = 0
        self.pre = 0
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.capture: str | None = None  # "title" or "h1" while inside one
        self.h1_done = False
        self.meta: dict[str, str] = {}

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, offset: int, contiguous: bool) -> None:
        if self.capture == "title":
            self.title_parts.append(text)
        if self.hidden:
            return
        if self.capture == "h1":
            self.h1_parts.append(text)
        self.parts.append(text)
        if contiguous:
            self.offs.extend(range(offset, offset + len(text)))
        else:
            self.offs.extend([offset] * len(text))

    def _break(self) -> None:
        if not self.hidden:
            self.parts.append("\n")
            self.offs.append(self._offset())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._close("head")
        if tag in BLOCK or tag == "br":
            self._break()
        names = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(names)
        elif tag == "time" and "datetime" in names and "pubdate" in names:
            self.meta.setdefault("date", names["datetime"])
        if tag in VOID:
            return
        hides = (
            tag in SKIP
            or "hidden" in names
            or names.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(names.get("style", "")))
        )
        # Only elements that change what is shown are tracked (and, inside a hidden one, all
        # elements, to find where it ends): a page of unclosed <p> keeps the stack short.
        if not (hides or self.hidden or tag in _TRACKED):
            return
        self.stack.append((tag, hides))
        self.hidden += hides
        if tag == "pre":
            self.pre += 1
        if tag == "title" and not self.title_parts:
            self.capture = "title"
        elif tag == "h1" and not self.h1_done and not self.hidden:
            self.capture = "h1"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta({k: (v or "") for k, v in attrs})
        if tag in BLOCK or tag == "br":
            self._break()

    def _meta(self, names: dict[str, str]) -> None:
        key = (names.get("property") or names.get("name") or names.get("itemprop") or "").strip().lower()
        value = " ".join(names.get("content", "").split())
        field = META_FIELDS.get(key)
        if field and value and not value.startswith(("http://", "https://")):
            self.meta.setdefault(field, value)

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK:
            self._break()
        self._close(tag)

    def _close(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                for name, hides in self.stack[k:]:
                    self.hidden -= hides
                    self.pre -= name == "pre"
                    if name in ("title", "h1") and self.capture == name:
                        self.capture = None
                        self.h1_done = self.h1_done or name == "h1"
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        if not self.pre:
            data = _WS.sub(" ", data)  # 1:1, so offsets stay contiguous
        self._emit(data, self._offset(), True)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}", self._offset())

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}", self._offset())

    def _reference(self, ref: str, offset: int) -> None:
        decoded = unescape(ref + ";")
        if decoded == ref + ";":
            # Not an entity ("AT&T", "&bogus;"): keep the characters as written, mapped 1:1.
            self._emit(ref, offset, True)
        else:
            self._emit(decoded, offset, False)


def html_text(raw: str) -> tuple[str, list[int], dict[str, str]]:
    """Visible text of HTML ``raw``, the raw offset of each character, and metadata.

    The metadata holds ``title`` (first ``<h1>``, else ``<title>``) and, from ``<meta>`` tags
    when present, ``date`` (as written), ``author`` and ``outlet``.
    """
    parser = _Extractor(raw)
    parser.feed(raw)
    parser.close()
    meta = dict(parser.meta)
    title = " ".join("".join(parser.h1_parts).split()) or " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
    return "".join(parser.parts), parser.offs, meta
