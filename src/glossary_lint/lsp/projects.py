"""The configurations, glossaries and linters that the open documents need.

Each document is checked with the configuration nearest to it, found and
read exactly as ``check`` finds and reads it, and that configuration's
glossary.  A glossary open in the editor is read from its unsaved text, as
documents are.  What fails to load is kept as a problem (shown in the
file's diagnostics) and the last version that loaded stays in use, so a
half-typed edit of the glossary does not blank every document's findings.

Each linter is surveyed over its run's files when it is made, as ``check``
surveys the files of its run (:func:`glossary_lint.runner.survey_run`): the
files under its configuration's folder, or under the workspace when no
configuration is found.  The files are read from disk, so the survey is
made again when a document is saved (:meth:`Projects.survey_again`), never
as it is typed; a linter made again while the glossary is typed takes the
last survey's evidence, and is surveyed once the glossary is saved.  With
neither a configuration nor a workspace folder there is no run to survey,
and a document is judged by its own text alone.
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
    RunEvidence,
    check_glossary,
    discover,
    find_config,
    load_config,
    parse_glossary,
    read_glossary_text,
    survey_run,
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
        #: Whether :attr:`root` is the editor's workspace folder (not merely
        #: where the server started): only then are its files a run to survey.
        self.workspace = False
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
        #: configuration file -> what the last survey of its run showed.
        self._evidence: dict[Path | None, RunEvidence] = {}
        #: Whether a linter made from here on surveys its run again.
        self._survey_due = True

    def invalidate(self, survey: bool = True) -> None:
        """Read every configuration and glossary again when next needed; the
        linters made then survey their runs again only if ``survey`` (not
        while a glossary is typed: its unsaved text changes no file of the run)."""
        self._config_file.clear()
        self._loaded.clear()
        self._survey_due = survey

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
            self._made(config_file, cached[2])
            self._linters[config_file] = cached
        return cached[2]

    def survey_again(self, document: Path) -> bool:
        """Survey again the run ``document`` belongs to (it was saved); whether
        what the run shows changed, so that its open documents need checking again."""
        config_file = self._config_file.get(document.parent.resolve())
        cached = self._linters.get(config_file)
        if cached is None:
            return False
        before = RunEvidence.of(cached[2])
        self._survey(config_file, cached[2])
        return RunEvidence.of(cached[2]) != before

    def _made(self, config_file: Path | None, linter: Linter) -> None:
        """Survey a new linter's run, or hand it the last survey's evidence while a glossary is typed."""
        last = self._evidence.get(config_file)
        if last is None or self._survey_due or not last.give(linter):
            self._survey(config_file, linter)

    def _survey(self, config_file: Path | None, linter: Linter) -> None:
        if config_file is None and not self.workspace:
            return
        survey_run(list(discover([linter.config.root], linter.config)), linter)
        self._evidence[config_file] = RunEvidence.of(linter)

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
