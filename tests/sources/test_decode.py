"""Decoding bytes: BOMs, UTF-8, legacy encodings, binary and empty files."""

from __future__ import annotations

import pytest

from claimcheck.sources.decode import BadInput, decode

TEXT = "Café prices rose 5 % – “a record”, officials said."


@pytest.mark.parametrize(
    ("data", "encoding", "noted"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", False),
        (TEXT.encode("utf-16"), "utf-16", True),
        (TEXT.encode("utf-32"), "utf-32", True),
    ],
)
def test_decode_unicode_forms(data, encoding, noted):
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert bool(decoded.notes) == noted


@pytest.mark.parametrize("codec", ["cp1252", "mac_roman"])
def test_decode_legacy_encoding_is_guessed_and_noted(codec):
    text = ("Der Export stieg um 5 %, sagte der Minister – “ein Rekord” für das Jahr. " * 8).strip()
    decoded = decode(text.encode(codec))
    assert decoded.text.startswith("Der Export stieg um 5 %")
    assert decoded.notes and decoded.notes[0].startswith("decoded as ")
    assert decoded.encoding != "utf-8"


@pytest.mark.parametrize(
    ("data", "status", "reason"),
    [
        (b"", "skipped", "empty file"),
        (b"  \n\t\n ", "skipped", "empty file"),
        (b"\xef\xbb\xbf \n", "skipped", "empty file"),
        (b"PK\x03\x04\x00\x00binary\x00stuff", "error", "binary file"),
        (bytes(range(256)) * 4, "error", "binary file"),
    ],
)
def test_decode_refuses_empty_and_binary(data, status, reason):
    with pytest.raises(BadInput) as caught:
        decode(data)
    assert (caught.value.status, caught.value.reason) == (status, reason)
