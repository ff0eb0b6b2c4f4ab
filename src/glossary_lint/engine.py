"""The engine: a document in, findings out.

Reads a file, picks the front-end by its suffix (importing docutils only
for reST), runs the matcher once over the prose, runs the enabled rules
over the mentions, and turns their hits into findings, dropping the ones
that inline comments or ``per-file-ignores`` suppress.  It never writes.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .config import Config, relative_posix
from .gc_pause import paused_collector
from .glossary.model import Glossary
from .matching.matcher import Matcher, Mention
from .rules import RULES, UNREADABLE, Hit, RuleContext
from .rules.acronym_habit import glossary_gate
from .rules.findings import Finding, text_path
from .rules.house_style import HouseStyle
from .sources.document import Document
from .sources.reading import SourceFile, UnreadableFile, read_source
from .sources.suppression import parse_suppressions
from .sphinx_conf import intersphinx_near

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx"})
#: Sphinx reads .txt sources as reST too.
REST_SUFFIXES = frozenset({".rst", ".rest", ".txt"})


def parse_document(path: str, text: str, config: Config) -> Document:
    """Parse with the front-end the file's suffix calls for."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in REST_SUFFIXES:
        from .sources.rest import parse_rest

        return parse_rest(path, text, config.glossary_page)
    from .sources.markdown import parse_markdown

    return parse_markdown(path, text, config.glossary_page)


@dataclass
class Linter:
    """Everything needed to lint documents against one glossary and config."""

    glossary: Glossary
    config: Config
    #: What the files of the run show (:func:`glossary_lint.runner.lint_files` sets it).
    house: HouseStyle = HouseStyle()
    #: Whether the handbook spells out its acronyms: the glossary's answer,
    #: and the run's prose too once :func:`glossary_lint.runner.lint_files` asks it.
    defines_acronyms: bool = True
    #: The glossary's (and configuration's) half of that answer, asked once
    #: here: the runner starts each run's answer from it.
    glossary_gate_open: bool = field(init=False, default=True)
    #: What the glossary directives of the run's files define (set by
    #: :func:`glossary_lint.runner.lint_files`, for GL003).
    directive_terms: AbstractSet[str] = frozenset()
    #: Acronyms the run's files spell out as names (set by
    #: :func:`glossary_lint.runner.lint_files`, for GL002 and GL005).
    run_names: AbstractSet[str] = frozenset()
    #: Whether the run counted :attr:`run_names`: one whose rules read them
    #: only where its prose shows the habit of spelling out acronyms, which
    #: it did not, leaves them uncounted (empty).
    run_names_read: bool = True

    def __post_init__(self) -> None:
        # The matcher's index is many thousand small objects and no cycles: the
        # collector, set off by their number, would only traverse the glossary
        # again and again (10,000 terms: 0.55 s to build with it paused, 1.5 s without).
        with paused_collector():
            self.matcher = Matcher(self.glossary)
            known = self.glossary.known_forms
            # A union copies every form (50,000 with 10,000 terms): only when there is more to add.
            self.known_words = known | self.config.known_words if self.config.known_words else known
        self.rules = [RULES[code] for code in self.config.enabled if code in RULES]
        if any(rule.uses_acronym_habit for rule in self.rules):
            self.glossary_gate_open = glossary_gate(self.glossary, self.config.report_acronyms)
            self.defines_acronyms = self.glossary_gate_open

    def lint_path(self, path: Path) -> list[Finding]:
        """Lint one file; an unreadable file gives one GL000 finding."""
        try:
            source = read_source(path)
        except UnreadableFile as exc:
            return [self.unreadable(path, exc)]
        return self.lint_source(source)

    def lint_source(self, source: SourceFile) -> list[Finding]:
        return self.lint_text(str(source.path), source.text)

    def unreadable(self, path: Path, problem: UnreadableFile) -> Finding:
        return self._finding(
            str(path), None, Hit(0, 0, f"the file {problem}"), UNREADABLE.code, UNREADABLE.name
        )

    def lint_text(self, path: str, text: str) -> list[Finding]:
        """Lint a document's text; one that its parser cannot handle gives GL000.

        The collector waits while a document is checked: its parse and
        segments are tens of thousands of objects, all alive until the
        document is done and then freed by their counts, which the collector
        would only traverse again and again.  It is set going again once
        they are freed, so it finds little to do, and whatever cycle a
        document leaves is freed between documents."""
        with paused_collector():
            return self._lint_text(path, text)

    def _lint_text(self, path: str, text: str) -> list[Finding]:
        try:
            document = parse_document(path, text, self.config)
        except UnreadableFile as exc:
            return [self.unreadable(Path(path), exc)]
        except RecursionError:
            return [self.unreadable(Path(path), UnreadableFile("nests too deeply to be parsed"))]
        except Exception as exc:  # noqa: BLE001 - a parser's bug must not stop the run over other files
            return [self.parser_failure(Path(path), exc)]
        return self.lint_document(document)

    def parser_failure(self, path: Path, exc: Exception) -> Finding:
        """GL000 for a document that a bug of the reader (ours or the markup
        parser's) stopped: the document is named and the run goes on."""
        problem = f"could not be parsed ({type(exc).__name__}: {str(exc)[:200]})"
        return self.unreadable(path, UnreadableFile(problem))

    def mentions(self, document: Document) -> tuple[Mention, ...]:
        """Every mention of a glossary term in the document's prose, in order."""
        return tuple(self.matcher.document_mentions(document.segments))

    def lint_document(self, document: Document, mentions: tuple[Mention, ...] | None = None) -> list[Finding]:
        """Findings of a document; ``mentions`` when the caller has them already."""
        if mentions is None:
            mentions = self.mentions(document)
        ctx = RuleContext(
            document,
            self.glossary,
            mentions,
            self.known_words,
            self.house,
            partial(self._external_terms, document.path),
            self.defines_acronyms,
            self.directive_terms,
            self.run_names,
        )
        ignored = self._ignored_codes(document.path)
        suppressions = parse_suppressions(document.comments, document.source)
        findings = []
        for rule in self.rules:
            if rule.code in ignored:
                continue
            for hit in rule.check(ctx):
                finding = self._finding(document.path, document, hit, rule.code, rule.name)
                if not suppressions.covers(rule.code, finding.line):
                    findings.append(finding)
        return sorted(findings, key=Finding.sort_key)

    def _external_terms(self, path: str) -> bool:
        """Whether term references may resolve in other projects' glossaries
        (``term-references``; by default, as the document's Sphinx conf.py says)."""
        mode = self.config.term_references
        if mode == "auto":
            return intersphinx_near(path)
        return mode == "intersphinx"

    def _ignored_codes(self, path: str) -> set[str]:
        if not self.config.per_file_ignores:
            return set()
        rel = relative_posix(Path(path).resolve(), self.config.root.resolve())
        codes: set[str] = set()
        for pattern, listed in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                codes.update(listed)
        return codes

    def _finding(self, path: str, document: Document | None, hit: Hit, code: str, rule: str) -> Finding:
        replacement = hit.replacement
        if document is None:
            line = column = end_line = end_column = 1
        else:
            if replacement == document.source[hit.start : hit.end]:
                replacement = None  # a fix that changes nothing is no fix: not marked [*]
            line, column = document.lines.position(hit.start)
            end_line, end_column = document.lines.position(hit.end)
        return Finding(
            text_path(path),
            line,
            column,
            end_line,
            end_column,
            code,
            rule,
            self.config.severity_of(code),
            hit.message,
            hit.found,
            hit.term,
            hit.suggestion,
            replacement,
            hit.start,
            hit.end,
        )
