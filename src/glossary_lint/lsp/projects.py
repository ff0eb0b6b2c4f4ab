"""The configurations, glossaries and linters that the open documents need.

Each document is checked with the configuration nearest to it, found and
read exactly as ``check`` finds and reads it, and that configuration's
glossary.  A glossary open in the editor is read from its unsaved text, as
documents are.  What fails to load is kept as a problem (shown in the
file's diagnostics) and the last version that loaded stays in use, so a
half-typed edit of the glossary does not blank every document's findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .adapter import (
    GLOSSARY_ERROR,
    Config,
    ConfigError,
    Glossary,
    GlossaryError,
    Linter,
    check_glossary,
    find_config,
    load_config,
    parse_glossary,
    read_glossary_text,
)

CONFIG_NAMES = frozenset({"pyproject.toml", ".glossary-lint.yaml"})


@dataclass(frozen=True)
class Problem:
    """One diagnostic of a glossary or configuration file."""

    #: 1-based; 0 when the problem has no line.
    line: int
    message: str
    error: bool = True


def _line_of(message: str) -> int:
    match = re.search(r":(\d+): | at line (\d+)", message)
    return int(match.group(1) or match.group(2)) if match else 0


class Projects:
    def __init__(self, root: Path, buffer: Callable[[Path], str | None]) -> None:
        #: Where a document with no configuration above it takes its defaults from.
        self.root = root
        #: The unsaved text of a file open in the editor, or None.
        self.buffer = buffer
        self._config_file: dict[Path, Path | None] = {}
        self._configs: dict[Path | None, Config] = {}
        self._glossaries: dict[Path, Glossary] = {}
        self._linters: dict[Path | None, tuple[Config, Glossary, Linter]] = {}
        self._loaded: set[Path | None] = set()
        #: file -> its problems, for every glossary and configuration file read.
        self.problems: dict[Path, list[Problem]] = {}
        #: Counts the reads of configuration and glossary files, so that their
        #: diagnostics are published again only after a read.
        self.reads = 0
        #: file -> why it did not load, while it does not.
        self.failures: dict[Path, list[str]] = {}

    def invalidate(self) -> None:
        """Read every configuration and glossary again when next needed."""
        self._config_file.clear()
        self._loaded.clear()

    def read_known(self) -> None:
        """Read again every configuration and glossary read before, used by an
        open document or not, so that their own diagnostics are current."""
        for config_file in list(self._configs):
            self._config(config_file)
        for path in [*self._glossaries, *(p for p in self.problems if p.name not in CONFIG_NAMES)]:
            self._glossary(path)

    def is_source(self, path: Path) -> bool:
        """Is ``path`` a configuration or glossary file that documents depend on?"""
        return path.name in CONFIG_NAMES or self.is_glossary(path)

    def is_glossary(self, path: Path) -> bool:
        """Is ``path`` a glossary some document was checked with (loaded or not)?"""
        key = path.resolve()
        return key in self._glossaries or (key in self.problems and path.name not in CONFIG_NAMES)

    def linter_for(self, document: Path) -> Linter | None:
        """The linter for ``document``, or None when nothing usable loaded."""
        folder = document.parent.resolve()
        if folder not in self._config_file:
            self._config_file[folder] = find_config(folder)
        config_file = self._config_file[folder]
        config = self._config(config_file)
        if config is None:
            return None
        glossary = self._glossary(config.glossary)
        if glossary is None:
            return None
        cached = self._linters.get(config_file)
        if cached is None or cached[0] is not config or cached[1] is not glossary:
            cached = (config, glossary, Linter(glossary, config))
            self._linters[config_file] = cached
        return cached[2]

    def glossary_at(self, path: Path) -> Glossary | None:
        """The glossary loaded from ``path`` (the last good one), if any."""
        return self._glossaries.get(path.resolve())

    def _config(self, config_file: Path | None) -> Config | None:
        if config_file in self._loaded:
            return self._configs.get(config_file)
        self._loaded.add(config_file)
        self.reads += 1
        try:
            config = load_config(self.root, config_file)
        except ConfigError as exc:
            where = config_file or self.root
            self.problems[where] = [Problem(_line_of(str(exc)), str(exc))]
            self.failures[where] = [str(exc)]
            return self._configs.get(config_file)
        if config_file is not None:
            self.problems[config_file] = []
            self.failures.pop(config_file, None)
        self._configs[config_file] = config
        return config

    def _glossary(self, path: Path) -> Glossary | None:
        key = path.resolve()
        if key in self._loaded:
            return self._glossaries.get(key)
        self._loaded.add(key)
        self.reads += 1
        try:
            text = self.buffer(key)
            glossary = parse_glossary(read_glossary_text(path) if text is None else text, str(path))
        except GlossaryError as exc:
            self.problems[key] = [Problem(line, message) for line, message in exc.problems]
            self.failures[key] = exc.lines()
            return self._glossaries.get(key)
        self.problems[key] = [
            Problem(d.line, d.message, d.severity == GLOSSARY_ERROR) for d in check_glossary(glossary)
        ]
        self.failures.pop(key, None)
        self._glossaries[key] = glossary
        return glossary

    def errors(self) -> list[str]:
        """Every load error now standing, one line each (what the user is told once)."""
        return [line for lines in self.failures.values() for line in lines]
