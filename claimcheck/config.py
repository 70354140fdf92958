"""Project configuration: ``claimcheck.toml`` or ``.claimcheck.toml``, found upwards from the working directory.

(Not ``[tool.claimcheck]`` in pyproject.toml: that name on PyPI belongs to another project.)
Unknown keys and bad values are errors that name the file and the key, never silently ignored.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.cli import UsageError
from claimcheck.nlp import DEFAULT_MODEL
from claimcheck.records import SEVERITIES

CONFIG_NAMES = ("claimcheck.toml", ".claimcheck.toml")
DEFAULT_CACHE_DIR = ".claimcheck_cache"
TOP_KEYS = ("rules", "per-path-ignores", "fail-level", "model", "tolerance", "cache-dir")
RULE_KEYS = ("select", "ignore", "severity")


class ConfigError(UsageError):
    """A configuration file that cannot be used (exit 2)."""


@dataclass(frozen=True)
class PathIgnore:
    """Rules turned off for the files a glob matches (relative to the config file's folder)."""

    path: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    """The effective configuration; ``path`` is the file it came from (None: defaults)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    per_path_ignores: tuple[PathIgnore, ...] = ()
    fail_level: str = "warning"
    model: str = DEFAULT_MODEL
    tolerance: float = 0.1
    cache_dir: str | None = None  # as written; see ``cache_path``

    @property
    def base(self) -> Path:
        """The folder relative paths in the file are read from."""
        return self.path.parent if self.path else Path.cwd()

    def enabled(self) -> set[str] | None:
        """Codes of the enabled rules, or None for all (the pipeline's convention)."""
        if self.select is None and not self.ignore:
            return None
        from claimcheck.lint.rules import all_rules

        chosen = set(self.select) if self.select is not None else {r.code for r in all_rules()}
        return chosen - set(self.ignore)

    def cache_path(self) -> Path:
        """The cache folder: ``cache-dir`` relative to the config file, else ``.claimcheck_cache`` here."""
        return self.base / self.cache_dir if self.cache_dir else Path.cwd() / DEFAULT_CACHE_DIR

    def to_toml(self) -> str:
        """The configuration as a TOML file that loads back to the same values."""
        out = [f"# effective claimcheck configuration ({self.path or 'defaults: no config file found'})"]
        out.append(f"fail-level = {_str(self.fail_level)}")
        out.append(f"model = {_str(self.model)}")
        out.append(f"tolerance = {self.tolerance!r}")
        if self.cache_dir is not None:
            out.append(f"cache-dir = {_str(self.cache_dir)}")
        out += ["", "[rules]"]
        if self.select is not None:
            out.append(f"select = {_list(self.select)}")
        out.append(f"ignore = {_list(self.ignore)}")
        out += ["", "[rules.severity]"]
        out += [f"{code} = {_str(sev)}" for code, sev in sorted(self.severity.items())]
        for p in self.per_path_ignores:
            out += ["", "[[per-path-ignores]]", f"path = {_str(p.path)}", f"rules = {_list(p.rules)}"]
        return "\n".join(out) + "\n"


def _str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _list(items) -> str:
    return "[" + ", ".join(_str(i) for i in items) + "]"


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config file in ``start`` (default: the working directory) or a folder above it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        found = [folder / n for n in CONFIG_NAMES if (folder / n).is_file()]
        if len(found) > 1:
            raise ConfigError(f"{found[0]} and {found[1]} both exist; keep one")
        if found:
            return found[0]
    return None


def load_config(path: str | Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the config file found from ``start`` upwards, or the defaults if there is none."""
    if path is None:
        path = find_config(start)
        if path is None:
            return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path.resolve())


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Validate the parsed TOML ``data`` of the file at ``path``."""
    from claimcheck.lint.rules import all_rules

    codes = {r.code for r in all_rules()}

    def fail(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {key}: {why}")

    def code_list(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of rule codes")
        unknown = [v for v in value if v.upper() not in codes]
        if unknown:
            raise fail(key, f"unknown rule {unknown[0]!r} (see 'claimcheck rules')")
        return tuple(v.upper() for v in value)

    def severity(key: str, value: Any) -> str:
        if value not in SEVERITIES:
            raise fail(key, f"must be one of {', '.join(SEVERITIES)}, not {value!r}")
        return value

    for key in data:
        if key not in TOP_KEYS:
            raise fail(key, f"unknown key (known: {', '.join(TOP_KEYS)})")
    kw: dict[str, Any] = {"path": path}
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise fail("rules", "must be a table")
    for key in rules:
        if key not in RULE_KEYS:
            raise fail(f"rules.{key}", f"unknown key (known: {', '.join(RULE_KEYS)})")
    if "select" in rules:
        kw["select"] = code_list("rules.select", rules["select"])
    if "ignore" in rules:
        kw["ignore"] = code_list("rules.ignore", rules["ignore"])
    sev = rules.get("severity", {})
    if not isinstance(sev, dict):
        raise fail("rules.severity", "must be a table of CODE = severity")
    kw["severity"] = {}
    for code, value in sev.items():
        code_list(f"rules.severity.{code}", [code])
        kw["severity"][code.upper()] = severity(f"rules.severity.{code}", value)
    ignores = data.get("per-path-ignores", [])
    if not isinstance(ignores, list):
        raise fail("per-path-ignores", "must be an array of tables ([[per-path-ignores]])")
    parsed = []
    for i, entry in enumerate(ignores):
        key = f"per-path-ignores[{i}]"
        if not isinstance(entry, dict):
            raise fail(key, "must be a table with path and rules")
        extra = set(entry) - {"path", "rules"}
        if extra:
            raise fail(f"{key}.{sorted(extra)[0]}", "unknown key (known: path, rules)")
        if not isinstance(entry.get("path"), str) or not entry["path"]:
            raise fail(f"{key}.path", "must be a non-empty glob string")
        parsed.append(PathIgnore(entry["path"], code_list(f"{key}.rules", entry.get("rules"))))
    kw["per_path_ignores"] = tuple(parsed)
    if "fail-level" in data:
        kw["fail_level"] = severity("fail-level", data["fail-level"])
    if "model" in data:
        if not isinstance(data["model"], str) or not data["model"].strip():
            raise fail("model", "must be a spaCy model name or path")
        kw["model"] = data["model"]
    if "tolerance" in data:
        tol = data["tolerance"]
        if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol < 1:
            raise fail("tolerance", f"must be a number from 0 up to (not including) 1, not {tol!r}")
        kw["tolerance"] = float(tol)
    if "cache-dir" in data:
        if not isinstance(data["cache-dir"], str) or not data["cache-dir"]:
            raise fail("cache-dir", "must be a folder path")
        kw["cache_dir"] = data["cache-dir"]
    return Config(**kw)
