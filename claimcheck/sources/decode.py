"""Bytes to text: byte-order marks, UTF-8, legacy encodings via charset-normalizer, binary refusal."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


class BadInput(Exception):
    """A file that cannot be read as an article; ``status`` is "error" or "skipped"."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls other than tab, newlines and form feed never occur in real text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.001  # a rare stray control character is tolerated, not a binary blob


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes, or raise ``BadInput`` for empty and binary files."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                raise BadInput("error", "binary file") from None
            notes = () if name == "utf-8-sig" else (f"decoded as {name}",)
            return _checked(Decoded(text.lstrip("\ufeff"), name, notes))
    if b"\x00" in data:
        raise BadInput("error", "binary file")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_guess(data))


def _guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # only legacy-encoded files pay for the import

    best = from_bytes(data).best()
    if best is None:
        raise BadInput("error", "binary file")
    encoding = best.encoding
    return Decoded(str(best), encoding, (f"decoded as {encoding}",))


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise BadInput("skipped", "empty file")
    controls = len(_CONTROL.findall(text)) if _CONTROL.search(text) else 0
    if controls > max(1, len(text) * _MAX_CONTROL_SHARE):
        raise BadInput("error", "binary file")
    return decoded
