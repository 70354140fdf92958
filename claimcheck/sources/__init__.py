"""Reading sources: files and folders of articles to cleaned, position-mapped ``Source`` records.

``read_sources(paths)`` walks files and folders (txt, Markdown, HTML, CSV, parquet, JSON, JSON
Lines; ``manifest.toml`` for metadata); ``read_text(text)`` reads text already in memory.
"""

from claimcheck.sources.read import read_sources, read_text

__all__ = ["read_sources", "read_text"]
