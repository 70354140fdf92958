"""What ``--jobs N`` needs so that parsing in worker processes pays off.

With ``nlp.pipe(n_process=N)`` every Doc crosses to a worker and back as msgpack bytes
(``Doc.to_bytes``/``from_bytes``). srsly builds a msgpack packer or unpacker for each call and
asks its ``msgpack_encoders``/``msgpack_decoders`` registries for every codec; catalogue answers
by scanning all of the environment's entry points and copying its global registry of every
spaCy function each time: 170 microseconds a call, several calls a Doc, in the main process and
in the workers. On the ECB+ texts that was a quarter of all the CPU time of ``check --jobs 2``,
which ran slower than ``--jobs 1``.

``freeze_msgpack_codecs()`` asks the two registries once and has them answer with that snapshot
from then on: the same codecs, a few microseconds a call. Packages are not installed while a
run is under way, and claimcheck registers no codec of its own, so nothing is missed.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def freeze_msgpack_codecs() -> bool:
    """Have srsly's msgpack codec registries answer from one snapshot instead of a scan per call."""
    try:
        from srsly.msgpack import msgpack_decoders, msgpack_encoders
    except ImportError:  # pragma: no cover - srsly comes with spaCy
        return False
    for registry in (msgpack_encoders, msgpack_decoders):
        codecs = registry.get_all()
        registry.get_all = lambda codecs=codecs: dict(codecs)  # the instance's answer from now on
    return True
