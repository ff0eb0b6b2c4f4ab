"""The language server: pygls wiring between the editor and the engine.

Documents are checked from their unsaved text on open and on change.  A
burst of changes is debounced: a document is checked at most once every
``delay`` seconds (default 0.15, ``initializationOptions.delay`` in
milliseconds) and always after its last change, while an isolated change
is checked at once.  Checking runs on the server's event loop, so a request
(hover, code action) is answered from the text the editor last sent.  What
the other files of the run show (the house style, the acronyms they spell
out) is surveyed from disk when a linter is made and when a document is
saved (:mod:`.projects`), so it is what ``check`` sees over the saved files.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__
from .adapter import (
    ALL_CODES,
    MARKDOWN_SUFFIXES,
    REST_SUFFIXES,
    Analysis,
    Finding,
    Linter,
    Severity,
    Term,
    analyse,
    explain_text,
    rule_for,
)
from .positions import Positions
from .projects import Projects

DEFAULT_DELAY = 0.15
#: Suffixes of chapter files a link in a "See" entry may lead to.
CHAPTER_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".txt")
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_ROLE_BEFORE_CURSOR = re.compile(r"(?:\{term\}|:term:)`(?:[^`<]*<)?([^`<>]*)$")
_WORD_BEFORE_CURSOR = re.compile(r"(?<![\w-])[^\W\d_][\w-]*$")


@dataclass(frozen=True)
class Checked:
    """The last check of one open document."""

    version: int | None
    path: str
    linter: Linter
    analysis: Analysis
    positions: Positions


class GlossaryServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "glossary-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental
        )
        self.delay = DEFAULT_DELAY
        self.projects = Projects(Path.cwd(), self._buffer)
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.last_check: dict[str, float] = {}
        #: Load errors already shown to the user (each is shown once while it stands).
        self.shown: set[str] = set()
        #: Glossary and configuration files that have diagnostics in the editor.
        self.published: set[Path] = set()
        self.reported_reads = -1
        self.rule_docs = _write_rule_docs()

    # -- documents -------------------------------------------------------

    def lintable(self, uri: str) -> str | None:
        """The path to check ``uri`` as, or None for a document that is not a chapter."""
        path = to_fs_path(uri)
        if path is None:
            return None
        suffix = os.path.splitext(path)[1].lower()
        if suffix in MARKDOWN_SUFFIXES or suffix in REST_SUFFIXES - {".txt"}:
            return path
        if suffix == ".txt" and self.workspace.get_text_document(uri).language_id == "restructuredtext":
            return path
        return None

    def _buffer(self, path: Path) -> str | None:
        uri = from_fs_path(str(path))
        if uri is None or uri not in self.workspace.text_documents:
            return None
        return self.workspace.get_text_document(uri).source

    def schedule(self, uri: str) -> None:
        """Check ``uri`` now, or when the debounce interval since its last check is over."""
        if uri in self.pending:
            return
        loop = asyncio.get_running_loop()
        wait = max(0.0, self.last_check.get(uri, float("-inf")) + self.delay - loop.time())
        self.pending[uri] = loop.call_later(wait, self._run_pending, uri)

    def _run_pending(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.workspace.text_documents:
            self.check(uri)

    def check(self, uri: str) -> Checked | None:
        """Check the editor's text of ``uri`` and publish its diagnostics."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        path = self.lintable(uri)
        if path is None:
            return None
        document = self.workspace.get_text_document(uri)
        linter = self.projects.linter_for(Path(path))
        self.report_problems()
        if linter is None:
            self.checked.pop(uri, None)
            self.publish(uri, [], document.version)
            return None
        text = document.source
        analysis = analyse(linter, path, text)
        positions = Positions(text, _encoding(self.workspace.position_encoding))
        checked = Checked(document.version, path, linter, analysis, positions)
        self.checked[uri] = checked
        self.publish(uri, [self.diagnostic(f, positions) for f in analysis.findings], document.version)
        self.last_check[uri] = asyncio.get_running_loop().time()
        return checked

    def current(self, uri: str) -> Checked | None:
        """The check of the text the editor has now (checking it if it changed)."""
        checked = self.checked.get(uri)
        if uri not in self.workspace.text_documents:
            return None
        if checked is None or checked.version != self.workspace.get_text_document(uri).version:
            return self.check(uri)
        return checked

    def check_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            if self.lintable(uri):
                self.check(uri)

    def survey_again(self, uri: str) -> None:
        """A document was saved: survey its run's files again, and check every
        open document again if what they show changed (a long form spelled out,
        a capital written often enough to be the house's)."""
        path = self.lintable(uri)
        if path is not None and self.projects.survey_again(Path(path)):
            self.check_all()

    def reload(self, survey: bool = True) -> None:
        """The glossary or a configuration changed: read them again, check every
        document; survey the runs' files again unless only unsaved text changed."""
        self.projects.invalidate(survey)
        self.check_all()
        self.projects.read_known()
        self.report_problems()

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None = None) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def diagnostic(self, finding: Finding, positions: Positions) -> types.Diagnostic:
        href = self.rule_docs.get(finding.code)
        return types.Diagnostic(
            range=positions.range(finding.start, finding.end),
            message=finding.message,
            severity=_SEVERITY[finding.severity],
            code=finding.code,
            code_description=types.CodeDescription(href=href) if href else None,
            source="glossary-lint",
        )

    # -- glossary and configuration files ----------------------------------

    def report_problems(self) -> None:
        """Publish the glossary's and configurations' diagnostics; show each new
        load error once, and again only if it comes back after being fixed."""
        if self.projects.reads == self.reported_reads:
            return
        self.reported_reads = self.projects.reads
        errors = self.projects.errors()
        for line in errors:
            if line not in self.shown:
                self.window_show_message(
                    types.ShowMessageParams(
                        type=types.MessageType.Error,
                        message=f"glossary-lint: {line} (documents are checked with the last version "
                        "that loaded, if any, until it is fixed)",
                    )
                )
        self.shown = set(errors)
        for path, problems in self.projects.problems.items():
            uri = from_fs_path(str(path))
            if uri is None:
                continue
            text = self._buffer(path)
            positions = Positions(text if text is not None else _read(path))
            diagnostics = [
                types.Diagnostic(
                    range=positions.line_range(problem.line - 1),
                    message=problem.message,
                    severity=types.DiagnosticSeverity.Error
                    if problem.error
                    else types.DiagnosticSeverity.Warning,
                    source="glossary-lint",
                )
                for problem in problems
            ]
            if diagnostics or path in self.published:
                self.publish(uri, diagnostics)
            if diagnostics:
                self.published.add(path)
            else:
                self.published.discard(path)

    # -- what is under the cursor ------------------------------------------

    def terms_at(
        self, uri: str, position: types.Position
    ) -> tuple[Checked | None, tuple[Term, ...], types.Range | None]:
        """The glossary entries named at ``position``: by a term reference or a mention."""
        checked = self.current(uri)
        if checked is None:
            return None, (), None
        offset = checked.positions.offset(position)
        glossary = checked.linter.glossary
        for ref in checked.analysis.references:
            if ref.start <= offset <= ref.end:
                if ref.kind == "anchor":
                    term = glossary.anchors.get(ref.name)
                    terms: tuple[Term, ...] = (term,) if term else ()
                else:
                    terms = glossary.names.get(ref.name.casefold(), ())
                return checked, terms, checked.positions.range(ref.start, ref.end)
        for start, end, found in checked.analysis.mentions:
            if start <= offset <= end:
                return checked, found, checked.positions.range(start, end)
            if start > offset:
                break
        return checked, (), None

    def chapter_link(self, checked: Checked, doc: str) -> str | None:
        """A file URI for a "See" chapter, looked for around the document and the configuration."""
        root = checked.linter.config.root.resolve()
        bases = [*Path(checked.path).resolve().parents, root / "docs"]
        for base in bases:
            for suffix in CHAPTER_SUFFIXES:
                candidate = base / (doc + suffix)
                if candidate.is_file():
                    return from_fs_path(str(candidate))
            if base == root:
                break
        return None

    def glossary_location(self, checked_glossary: str | None, term: Term) -> types.Location | None:
        if not checked_glossary or not term.line:
            return None
        uri = from_fs_path(str(Path(checked_glossary).resolve()))
        if uri is None:
            return None
        at = types.Position(term.line - 1, 0)
        return types.Location(uri, types.Range(at, at))


def _encoding(kind: object) -> str:
    value = getattr(kind, "value", kind)
    return value if value in ("utf-8", "utf-32") else "utf-16"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return ""


def _write_rule_docs() -> dict[str, str]:
    """Each rule's explanation (``glossary-lint explain``) as a file a
    diagnostic's code can link to; removed when the server exits."""
    folder = Path(tempfile.mkdtemp(prefix="glossary-lint-rules-"))
    atexit.register(shutil.rmtree, folder, True)
    links = {}
    for code in sorted(ALL_CODES):
        page = folder / f"{code}.md"
        page.write_text(f"# {code}\n\n{explain_text(rule_for(code))}\n", encoding="utf-8")
        uri = from_fs_path(str(page))
        if uri:
            links[code] = uri
    return links
