"""End-to-end tests of ``glossary-lint lsp``: a real LSP client (pytest-lsp)
drives the server over stdio in a workspace of the test's own making."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

GLOSSARY = """\
terms:
  - id: encodec
    term: EnCodec
    case: exact
    definition: A neural codec that packs a waveform into a few streams of discrete tokens.
    variants: [Encodec]
    see:
      - title: Codecs in practice
        doc: codecs/overview
  - id: mel-spectrogram
    term: Mel Spectrogram
    definition: A spectrogram warped onto the mel scale, $m = 2595 \\log_{10}(1 + f_{hz}/700)$.
  - id: stft
    term: STFT
    case: exact
    expansion: Short-Time Fourier Transform
    definition: A series of Fourier transforms over short overlapping windows of a signal.
"""

CHAPTER = """\
# Listening notes

We feed Encodec tokens to a small decoder.

A mel-spectrogram hides the phase; see {term}`Mel Spectrogram` and the STFT page.
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / ".glossary-lint.yaml").write_text("glossary: glossary.yaml\n", encoding="utf-8")
    (tmp_path / "codecs").mkdir()
    (tmp_path / "codecs" / "overview.md").write_text("# Codecs\n", encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "glossary_lint", "lsp"]),
)
async def client(lsp_client: LanguageClient, workspace: Path):
    capabilities = types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=False)
        )
    )
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=workspace.as_uri(),
            initialization_options={"delay": 20},
        )
    )
    yield
    await lsp_client.shutdown_session()


async def until(check: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Wait until ``check()`` is true (the server answers asynchronously)."""
    for _ in range(int(timeout / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def codes(client: LanguageClient, uri: str) -> list[tuple[str, int]]:
    return sorted((str(d.code), d.range.start.line) for d in client.diagnostics.get(uri, ()))


class Editor:
    """What an editor does: keeps the text, sends changes, applies edits."""

    def __init__(self, client: LanguageClient, path: Path, text: str, language: str = "markdown") -> None:
        self.client, self.uri, self.text, self.version = client, path.as_uri(), text, 1
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(self.uri, language, 1, text))
        )

    def offset(self, position: types.Position) -> int:
        lines = self.text.split("\n")
        return sum(len(line) + 1 for line in lines[: position.line]) + position.character

    def at(self, index: int) -> types.Position:
        line = self.text.count("\n", 0, index)
        return types.Position(line, index - (self.text.rfind("\n", 0, index) + 1))

    def position(self, needle: str) -> types.Position:
        return self.at(self.text.index(needle))

    def replace(self, old: str, new: str) -> None:
        """Change the text with an incremental edit."""
        index = self.text.index(old)
        start, end = self.at(index), self.at(index + len(old))
        self.apply([types.TextEdit(types.Range(start, end), new)])

    def apply(self, edits: Sequence[types.TextEdit]) -> None:
        changes = []
        for edit in sorted(edits, key=lambda e: self.offset(e.range.start), reverse=True):
            a, b = self.offset(edit.range.start), self.offset(edit.range.end)
            self.text = self.text[:a] + edit.new_text + self.text[b:]
            changes.append(types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text))
        self.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri),
                content_changes=changes,
            )
        )

    async def actions(self, at: str, only: list[str] | None = None) -> list[types.CodeAction]:
        start = self.position(at)
        end = types.Position(start.line, start.character + len(at))
        result = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=self.uri),
                range=types.Range(start=start, end=end),
                context=types.CodeActionContext(diagnostics=[], only=only),
            )
        )
        return [a for a in result or [] if isinstance(a, types.CodeAction)]

    async def hover(self, needle: str) -> str:
        """The hover text at the first ``needle``."""
        hover = await self.client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=self.uri), position=self.position(needle)
            )
        )
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        return hover.contents.value

    async def complete(self, position: types.Position) -> list[types.CompletionItem]:
        result = await self.client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=self.uri), position=position
            )
        )
        assert isinstance(result, types.CompletionList)
        return result.items

    def take(self, action: types.CodeAction) -> None:
        assert action.edit is not None and action.edit.changes is not None
        self.apply(action.edit.changes[self.uri])


@pytest.mark.asyncio
async def test_diagnostics_on_open_and_change_match_the_cli(client: LanguageClient, workspace: Path):
    from glossary_lint.config import load_config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import load_glossary

    editor = Editor(client, workspace / "chapter.md", CHAPTER)
    await until(lambda: editor.uri in client.diagnostics, "diagnostics on open")
    config = load_config(workspace, workspace / ".glossary-lint.yaml")
    expected = Linter(load_glossary(config.glossary), config).lint_text(
        str(workspace / "chapter.md"), CHAPTER
    )
    got = client.diagnostics[editor.uri]
    assert [(str(d.code), d.range.start.line + 1, d.range.start.character + 1) for d in got] == [
        (f.code, f.line, f.column) for f in expected
    ]
    assert all(d.code_description and Path(d.code_description.href[7:]).is_file() for d in got)
    assert "GL001" in Path(got[0].code_description.href[7:]).read_text(encoding="utf-8")

    editor.replace("small decoder", "small decoder trained with QZRT loss")
    await until(lambda: ("GL002", 2) in codes(client, editor.uri), "the unsaved text's new finding")
    assert ("GL001", 2) in codes(client, editor.uri)


@pytest.mark.asyncio
async def test_quick_fixes_apply_and_clear_their_findings(client: LanguageClient, workspace: Path):
    editor = Editor(client, workspace / "chapter.md", CHAPTER + "\nAnother Encodec stream, and a QZRT.\n")
    await until(lambda: len(codes(client, editor.uri)) == 4, "four findings")
    actions = await editor.actions("Encodec")
    titles = [a.title for a in actions]
    assert titles == [
        "Write 'EnCodec'",
        "Disable GL001 on this line",
        "Fix all glossary spellings in this file",
    ]
    editor.take(actions[0])
    await until(lambda: len(codes(client, editor.uri)) == 3, "one fix applied")
    assert "We feed EnCodec tokens" in editor.text

    fix_all = await editor.actions("hides", only=[types.CodeActionKind.SourceFixAll])
    assert [a.title for a in fix_all] == ["Fix all glossary spellings in this file"]
    editor.take(fix_all[0])
    await until(lambda: codes(client, editor.uri) == [("GL002", 6)], "every spelling fixed")
    assert "A mel spectrogram hides" in editor.text and "Another EnCodec stream" in editor.text

    disable = [a for a in await editor.actions("QZRT") if a.title.startswith("Disable")]
    assert [a.title for a in disable] == ["Disable GL002 on this line"]
    editor.take(disable[0])
    await until(lambda: codes(client, editor.uri) == [], "the finding suppressed")
    assert editor.text.endswith("a QZRT. <!-- glossary-lint: disable-line GL002 -->\n")


@pytest.mark.asyncio
async def test_hover_completion_definition_and_references(client: LanguageClient, workspace: Path):
    editor = Editor(client, workspace / "chapter.md", CHAPTER)
    other = Editor(client, workspace / "other.md", "# Aside\n\nThe EnCodec paper came first.\n")
    await until(lambda: editor.uri in client.diagnostics and other.uri in client.diagnostics, "both checked")

    text = await editor.hover("Encodec")
    assert text.startswith("**EnCodec**")
    assert "discrete tokens" in text and "not: `Encodec`" in text
    assert f"[Codecs in practice]({(workspace / 'codecs' / 'overview.md').as_uri()})" in text

    role = await editor.hover("Spectrogram`")
    assert role.startswith("**Mel Spectrogram**")
    assert "`$m = 2595 \\log_{10}(1 + f_{hz}/700)$`" in role
    assert (await editor.hover("STFT")).startswith("**STFT \\(Short-Time Fourier Transform\\)**")

    editor.apply([types.TextEdit(types.Range(types.Position(5, 0), types.Position(5, 0)), "Try enc")])
    completion = await editor.complete(types.Position(5, 7))
    assert [i.label for i in completion] == ["EnCodec"]
    edit = completion[0].text_edit
    assert isinstance(edit, types.TextEdit) and edit.range.start == types.Position(5, 4)

    editor.apply([types.TextEdit(types.Range(types.Position(5, 0), types.Position(5, 7)), "See {term}`Mel")])
    assert [i.label for i in await editor.complete(types.Position(5, 14))] == ["Mel Spectrogram"]

    definition = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=other.uri), position=other.position("EnCodec")
        )
    )
    assert isinstance(definition, list) and len(definition) == 1
    assert definition[0].uri == (workspace / "glossary.yaml").resolve().as_uri()
    assert definition[0].range.start.line == GLOSSARY.split("\n").index("  - id: encodec")

    found = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=(workspace / "glossary.yaml").as_uri()),
            position=types.Position(line=4, character=4),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    assert found is not None
    assert sorted((loc.uri, loc.range.start.line) for loc in found) == sorted(
        [(editor.uri, 2), (other.uri, 2)]
    )


@pytest.mark.asyncio
async def test_glossary_and_configuration_changes_recheck_open_documents(
    client: LanguageClient, workspace: Path
):
    editor = Editor(client, workspace / "chapter.md", CHAPTER + "\nThe QZRT loss.\n")
    await until(lambda: ("GL002", 6) in codes(client, editor.uri), "the undefined term")

    glossary = workspace / "glossary.yaml"
    addition = (
        "  - id: qzrt\n    term: QZRT\n    case: exact\n    definition: A loss invented for this test.\n"
    )
    glossary.write_text(GLOSSARY + addition, encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(glossary.as_uri(), types.FileChangeType.Changed)])
    )
    await until(lambda: ("GL002", 6) not in codes(client, editor.uri), "the term defined by the new glossary")
    await until(lambda: client.diagnostics.get(glossary.as_uri()), "the glossary's own diagnostics")
    (order,) = client.diagnostics[glossary.as_uri()]  # 'glossary check' finds the new entry out of order
    assert order.severity == types.DiagnosticSeverity.Warning and "alphabetical order" in order.message
    assert order.range.start.line == GLOSSARY.count("\n")

    open_glossary = Editor(client, glossary, glossary.read_text(encoding="utf-8"), "yaml")
    open_glossary.replace("variants: [Encodec]", "variants: [Encodec, ENCODEC]")
    editor.replace("small decoder", "ENCODEC decoder")
    await until(lambda: codes(client, editor.uri).count(("GL001", 2)) == 2, "the unsaved glossary in use")

    config = workspace / ".glossary-lint.yaml"
    config.write_text("glossary: glossary.yaml\nignore: [GL001]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(config.as_uri(), types.FileChangeType.Changed)])
    )
    await until(lambda: codes(client, editor.uri) == [], "the new configuration in use")


@pytest.mark.asyncio
async def test_a_broken_glossary_is_shown_once_and_recovered_from(client: LanguageClient, workspace: Path):
    editor = Editor(client, workspace / "chapter.md", CHAPTER)
    await until(lambda: len(codes(client, editor.uri)) == 2, "findings")
    glossary = Editor(client, workspace / "glossary.yaml", GLOSSARY, "yaml")
    glossary.replace(
        "    case: exact\n    definition: A neural", "    case: exact\n    definition: [A neural"
    )
    await until(lambda: client.diagnostics.get(glossary.uri), "the glossary's diagnostics")
    broken = client.diagnostics[glossary.uri]
    assert broken[0].severity == types.DiagnosticSeverity.Error and "invalid YAML" in broken[0].message
    glossary.replace("stft", "stft2")  # still broken: the same error is not shown again
    await asyncio.sleep(0.3)
    errors = [m for m in client.messages if m.type == types.MessageType.Error]
    assert len(errors) == 1 and "glossary.yaml:" in errors[0].message
    assert len(codes(client, editor.uri)) == 2  # the last good glossary is still in use

    glossary.replace("definition: [A neural", "definition: A neural")
    glossary.replace("variants: [Encodec]", "variants: [Encodec, decoder]")
    await until(lambda: not client.diagnostics.get(glossary.uri), "the glossary's diagnostics cleared")
    await until(lambda: len(codes(client, editor.uri)) == 3, "documents checked with the fixed glossary")
    assert len([m for m in client.messages if m.type == types.MessageType.Error]) == 1


class CountingDict(dict):
    """``client.diagnostics`` that also counts each publication."""

    def __init__(self) -> None:
        super().__init__()
        self.count: dict[str, int] = {}

    def __setitem__(self, key: str, value: object) -> None:
        self.count[key] = self.count.get(key, 0) + 1
        super().__setitem__(key, value)


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "glossary_lint", "lsp"]),
)
async def slow_client(lsp_client: LanguageClient, workspace: Path):
    """A server that checks a document at most every 400 ms."""
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=workspace.as_uri(),
            initialization_options={"delay": 400},
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_burst_of_changes_is_checked_once_after_the_first(
    slow_client: LanguageClient, workspace: Path
):
    slow_client.diagnostics = CountingDict()
    editor = Editor(slow_client, workspace / "chapter.md", CHAPTER)
    await until(lambda: editor.uri in slow_client.diagnostics, "diagnostics on open")
    for word in ("QZRA", "QZRB", "QZRC", "QZRD", "QZRE", "QZRF", "QZRG", "QZRH"):
        editor.replace("decoder", f"decoder {word}")
    await until(lambda: ("GL002", 2) in codes(slow_client, editor.uri), "the burst checked")
    await asyncio.sleep(0.6)
    count = slow_client.diagnostics.count[editor.uri]  # type: ignore[attr-defined]
    assert 2 <= count <= 3  # on open, then at most once at once and once after the burst
    message = next(d.message for d in slow_client.diagnostics[editor.uri] if d.code == "GL002")
    assert "'QZRH'" in message  # the last text was checked


@pytest.mark.asyncio
async def test_rest_term_roles_and_suppression_comments(client: LanguageClient, workspace: Path):
    text = "Notes\n=====\n\nThe Encodec model\nreads :term:`EnCodec` tokens.\n"
    editor = Editor(client, workspace / "notes.rst", text, "restructuredtext")
    await until(lambda: codes(client, editor.uri) == [("GL001", 3)], "the reST finding")
    assert (await editor.hover("EnCodec`")).startswith("**EnCodec**")
    disable = [a for a in await editor.actions("Encodec") if a.title.startswith("Disable")]
    editor.take(disable[0])
    await until(lambda: codes(client, editor.uri) == [], "the finding suppressed")
    assert ".. glossary-lint: disable-next-line GL001\n\nThe Encodec model" in editor.text


@pytest.mark.asyncio
async def test_a_broken_configuration_is_shown_once_and_recovered_from(
    client: LanguageClient, workspace: Path
):
    editor = Editor(client, workspace / "chapter.md", CHAPTER)
    await until(lambda: len(codes(client, editor.uri)) == 2, "findings")
    config = workspace / ".glossary-lint.yaml"
    event = types.DidChangeWatchedFilesParams(
        [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]
    )
    config.write_text("glossary: glossary.yaml\nignroe: [GL001]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(event)
    await until(lambda: client.diagnostics.get(config.as_uri()), "the configuration's diagnostics")
    assert "'ignroe' is not a known key" in client.diagnostics[config.as_uri()][0].message
    client.workspace_did_change_watched_files(event)
    await asyncio.sleep(0.3)
    assert len([m for m in client.messages if "ignroe" in m.message]) == 1

    config.write_text("glossary: glossary.yaml\nignore: [GL001]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(event)
    await until(
        lambda: not client.diagnostics.get(config.as_uri()), "the configuration's diagnostics cleared"
    )
    await until(lambda: codes(client, editor.uri) == [], "the fixed configuration in use")
