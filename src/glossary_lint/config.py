"""Configuration: ``[tool.glossary-lint]`` in pyproject.toml or ``.glossary-lint.yaml``.

The configuration is found by walking up from the working folder to the
first ``.glossary-lint.yaml`` or ``pyproject.toml`` with a
``[tool.glossary-lint]`` table (``--config`` names one directly).  Paths in
it are relative to the file's folder.  Every key is checked: an unknown key,
a wrong type or an unknown rule code is an error naming the file and key.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .glossary.bounded_read import FileRefused, read_regular_file
from .rules import ALL_CODES, RULES, code_of
from .rules.findings import Severity

YAML_NAME = ".glossary-lint.yaml"
#: A configuration is a few lines; a pyproject.toml rarely passes 20 KB.
MAX_CONFIG_BYTES = 1024 * 1024
DEFAULT_INCLUDE = ("*.md", "*.mdx", "*.markdown", "*.rst")
DEFAULT_EXCLUDE = (".*", "node_modules", "_build", "build", "site", "dist", "__pycache__", "venv")

#: key: (kind, description) — the known keys (README's "Configuration" table documents each one).
KEYS: dict[str, tuple[str, str]] = {
    "glossary": ("path", "The glossary YAML file (default: data/glossary.yaml, then glossary.yaml)."),
    "include": ("globs", f"File name patterns to check in folders (default: {', '.join(DEFAULT_INCLUDE)})."),
    "exclude": (
        "globs",
        "Patterns of files and folders to skip, added to the defaults "
        "(hidden folders, node_modules, _build, build, site, dist).",
    ),
    "select": ("codes", "Rules to run, by code or name (default: every rule enabled by default)."),
    "ignore": ("codes", "Rules not to run, by code or name."),
    "severity": ("severities", "Severity per rule code or name: error, warning or info."),
    "fail-on": ("severity", "Lowest severity that makes the run exit 1 (default: warning)."),
    "per-file-ignores": ("per-file", "Glob -> list of rule codes not reported in matching files."),
    "known-words": ("words", "Words GL002 and GL005 never report (product names, house acronyms)."),
    "respect-gitignore": ("bool", "Skip files that .gitignore files exclude (default: true)."),
    "glossary-page": (
        "string",
        "Stem of the glossary page's file name (default: glossary): links to it name entries "
        "(GL003), and stats and suggest leave the page out.",
    ),
    "term-references": (
        "string",
        "Where a term reference may resolve: glossary (in the glossary only), intersphinx (also in "
        "other projects' glossaries: GL003 reports only a near slip of an entry's name), or auto "
        "(default: intersphinx where the nearest Sphinx conf.py loads it, read without running it).",
    ),
    "report-acronyms": (
        "string",
        "When GL002 reports undefined acronyms: auto (default: only in a handbook that spells out "
        "its acronyms, in its glossary or its prose) or always.",
    ),
}

#: The values of ``term-references``.
TERM_REFERENCES = ("auto", "glossary", "intersphinx")
#: The values of ``report-acronyms``.
REPORT_ACRONYMS = ("auto", "always")


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    root: Path
    source: Path | None = None
    glossary: Path = Path("data/glossary.yaml")
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    select: tuple[str, ...] = tuple(c for c, r in RULES.items() if r.enabled_by_default)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    fail_on: Severity = Severity.WARNING
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    known_words: frozenset[str] = frozenset()
    respect_gitignore: bool = True
    glossary_page: str = "glossary"
    term_references: str = "auto"
    report_acronyms: str = "auto"

    @property
    def enabled(self) -> tuple[str, ...]:
        return tuple(c for c in self.select if c not in self.ignore)

    def is_glossary_page(self, path: Path) -> bool:
        """Whether ``path`` is the glossary page: the entries' own page, which
        mentions every term, so usage counts leave it out."""
        return path.name.split(".", 1)[0] == self.glossary_page

    def severity_of(self, code: str) -> Severity:
        from .rules import rule_for

        return self.severity.get(code, rule_for(code).severity)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    for folder in (start, *start.parents):
        candidate = folder / YAML_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.glossary-lint]" in _read(pyproject):
            return pyproject
    return None


def load_config(start: Path, explicit: Path | None = None, near: Path | None = None) -> Config:
    """Load the configuration for a run started in folder ``start``.

    With ``near`` (the first path to check), the configuration is the one
    nearest to it, as a handbook checked from outside its repository expects;
    the working folder's is never applied to another tree (its excludes and
    rules are about its own files).  Without a configuration, the defaults.
    """
    path = explicit
    if path is None:
        path = find_config(
            ((near if near.is_dir() else near.parent) if near is not None else start).resolve()
        )
    if path is None:
        return Config(root=start, glossary=_default_glossary(start))
    raw = _load_table(path)
    return _build(raw, path)


def _read(path: Path) -> str:
    try:
        data = read_regular_file(path, MAX_CONFIG_BYTES, "a configuration file")
        return data.decode("utf-8-sig")
    except FileRefused as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: is not UTF-8 (byte {exc.start})") from None


def _load_table(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise ConfigError(f"{path}: no such configuration file")
    text = _read(path)
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        except RecursionError:
            raise ConfigError(f"{path}: invalid TOML: it nests too deeply") from None
        except ValueError as exc:  # an integer of thousands of digits
            raise ConfigError(f"{path}: invalid TOML: {str(exc).split(':')[0]}") from None
        table = data.get("tool", {}).get("glossary-lint", {})
    else:
        from .glossary.loader import GlossaryError, parse_yaml

        try:
            table, problems = parse_yaml(text, str(path))
        except GlossaryError as exc:
            raise ConfigError(exc.lines()[0]) from None
        if problems:
            line, message = problems[0]
            raise ConfigError(f"{path}:{line}: {message}")
        table = table or {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: the configuration must be a table of keys")
    return table


#: Where a glossary is looked for when no configuration names one, in order.
DEFAULT_GLOSSARIES = ("data/glossary.yaml", "glossary.yaml")


def _default_glossary(root: Path) -> Path:
    for name in DEFAULT_GLOSSARIES:
        if (root / name).is_file():
            return root / name
    return root / DEFAULT_GLOSSARIES[0]


def _build(raw: dict[str, Any], path: Path) -> Config:
    root = path.parent
    where = f"{path}: [tool.glossary-lint]" if path.suffix == ".toml" else f"{path}:"

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{where} key '{key}' {message}")

    for key in raw:
        if key not in KEYS:
            raise fail(key, f"is not a known key (known: {', '.join(KEYS)})")

    def strings(key: str) -> tuple[str, ...]:
        value = raw[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of strings")
        return tuple(value)

    def codes(key: str, value: Any = None) -> tuple[str, ...]:
        items = strings(key) if value is None else value
        found = []
        for item in items:
            code = code_of(item) if isinstance(item, str) else None
            if code is None:
                raise fail(
                    key, f"names unknown rule {item!r} (known: {', '.join(sorted(ALL_CODES))} or their names)"
                )
            found.append(code)
        return tuple(found)

    def severity(key: str, value: Any) -> Severity:
        try:
            return Severity(value)
        except ValueError:
            raise fail(key, f"has severity {value!r}; use error, warning or info") from None

    values: dict[str, Any] = {"root": root, "source": path}
    if "glossary" in raw:
        if not isinstance(raw["glossary"], str):
            raise fail("glossary", "must be a path string")
        values["glossary"] = root / raw["glossary"]
    else:
        values["glossary"] = _default_glossary(root)
    if "include" in raw:
        values["include"] = strings("include")
    if "exclude" in raw:
        values["exclude"] = DEFAULT_EXCLUDE + strings("exclude")
    if "select" in raw:
        values["select"] = codes("select")
    if "ignore" in raw:
        values["ignore"] = codes("ignore")
    if "severity" in raw:
        table = raw["severity"]
        if not isinstance(table, dict):
            raise fail("severity", "must be a table of rule code = severity")
        values["severity"] = MappingProxyType(
            {code: severity("severity", v) for code, v in zip(codes("severity", list(table)), table.values())}
        )
    if "fail-on" in raw:
        values["fail_on"] = severity("fail-on", raw["fail-on"])
    if "per-file-ignores" in raw:
        table = raw["per-file-ignores"]
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise fail("per-file-ignores", "must be a table of glob = [rule codes]")
        values["per_file_ignores"] = MappingProxyType(
            {glob: codes("per-file-ignores", v) for glob, v in table.items()}
        )
    if "known-words" in raw:
        values["known_words"] = frozenset(strings("known-words"))
    if "respect-gitignore" in raw:
        if not isinstance(raw["respect-gitignore"], bool):
            raise fail("respect-gitignore", "must be true or false")
        values["respect_gitignore"] = raw["respect-gitignore"]
    if "glossary-page" in raw:
        if not isinstance(raw["glossary-page"], str) or not raw["glossary-page"]:
            raise fail("glossary-page", "must be a non-empty string")
        values["glossary_page"] = raw["glossary-page"]
    if "term-references" in raw:
        if raw["term-references"] not in TERM_REFERENCES:
            raise fail("term-references", f"must be one of {', '.join(TERM_REFERENCES)}")
        values["term_references"] = raw["term-references"]
    if "report-acronyms" in raw:
        if raw["report-acronyms"] not in REPORT_ACRONYMS:
            raise fail("report-acronyms", f"must be one of {', '.join(REPORT_ACRONYMS)}")
        values["report_acronyms"] = raw["report-acronyms"]
    return Config(**values)


def relative_posix(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, for glob matching."""
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()
