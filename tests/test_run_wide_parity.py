"""Every front-end reports what ``glossary-lint check`` reports over the same files.

The CLI surveys the run's files before it checks any (the house style,
whether the handbook spells out its acronyms, the names its acronyms spell
out, the terms its glossary directives define), so one page's evidence
changes another page's findings.  The test root ``run-wide`` is built so
that it does: "Firing Schedule" is capitalised in three pages, never more
than twice in one (a name of the house over the run, a slip on each page
alone), and "KGO" is spelled out as the name of an ontology on one page and
used bare on another.  The Sphinx build and the language server must see
the same evidence, through the same code.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path

import pytest
from lsprotocol import types

import test_lsp
from test_lsp import Editor, until

#: The language server of test_lsp, started in this module's ``workspace``.
client = test_lsp.client
ROOTS = Path(__file__).resolve().parent / "roots"
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
_WARNING = re.compile(r"^(.+?):(\d+): WARNING: (GL\d{3}) (.*) \[glossary\.GL\d{3}\]$")

Finding = tuple[str, int, str, str]


def cli_findings(cli, folder: Path) -> list[Finding]:
    """``check`` over the whole folder (``cli``: the conftest fixture): (file,
    line, code, message) of each finding."""
    proc = cli("check", ".", "--glossary", "glossary.yaml", "--format", "json", cwd=folder)
    assert proc.returncode in (0, 1), proc.stderr
    return sorted(
        (f["path"], f["line"], f["code"], f["message"]) for f in json.loads(proc.stdout)["findings"]
    )


def build_findings(warnings: str, srcdir: Path) -> list[Finding]:
    found = []
    for line in warnings.splitlines():
        match = _WARNING.match(_COLOUR.sub("", line).strip())
        if match:
            path, number, code, message = match.groups()
            found.append(
                (Path(path).resolve().relative_to(srcdir.resolve()).as_posix(), int(number), code, message)
            )
    return sorted(found)


@pytest.mark.sphinx("dummy", testroot="run-wide", freshenv=True)
def test_a_sphinx_build_reports_what_the_cli_reports_over_the_same_files(app, cli):
    app.build()
    built = build_findings(app._warning.getvalue(), Path(app.srcdir))
    checked = cli_findings(cli, Path(app.srcdir))
    assert checked  # the comparison is not empty: the stray 'Cone' is a slip on both sides
    assert built == checked


@pytest.mark.sphinx("dummy", testroot="run-wide", freshenv=True, parallel=2)
def test_parallel_readers_are_judged_by_the_same_evidence(app, cli):
    app.build()
    assert build_findings(app._warning.getvalue(), Path(app.srcdir)) == cli_findings(cli, Path(app.srcdir))


def _edit(path: Path, old: str, new: str) -> None:
    """Change a source and move its time on, so the next build sees it changed."""
    import os
    import time

    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def _read_again(app) -> list[str]:
    """The documents an incremental build read."""
    status = app._status.getvalue()
    if "reading sources" not in status:
        return []
    return sorted(
        set(re.findall(r"reading sources\.\.\. (?:\S+ )?\[\s*\d+%\] (\S+)", _COLOUR.sub("", status)))
    )


def _built_and_edited(make_app, rootdir, tmp_path, page: str, old: str, new: str):  # type: ignore[no-untyped-def]
    """A build of the run-wide root, then an incremental one after one page's edit."""
    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-run-wide", src)
    make_app("dummy", srcdir=src).build()
    _edit(src / page, old, new)
    again = make_app("dummy", srcdir=src)
    again.build()
    return again, src


def test_a_page_that_changes_the_evidence_has_every_page_read_again(make_app, rootdir, tmp_path, cli):
    # The only page that spells KGO out as a name no longer does: the page
    # that uses it bare has a finding now, though it did not change.
    again, src = _built_and_edited(
        make_app,
        rootdir,
        tmp_path,
        "loading.rst",
        "the Kiln Glaze Ontology (KGO), which",
        "our own recipe book, which",
    )
    assert "glazing" in _read_again(again)
    built = build_findings(again._warning.getvalue(), src)
    assert ("glazing.rst", 8, "GL002") in {f[:3] for f in built}
    assert built == cli_findings(cli, src)


def test_a_page_that_leaves_the_evidence_alone_is_read_again_alone(make_app, rootdir, tmp_path, cli):
    again, src = _built_and_edited(
        make_app, rootdir, tmp_path, "cooling.rst", "Leave the lid shut", "Keep the lid shut"
    )
    assert _read_again(again) == ["cooling"]
    assert build_findings(again._warning.getvalue(), src) == [
        f for f in cli_findings(cli, src) if f[0] == "cooling.rst"
    ]


def test_a_build_that_reads_nothing_surveys_nothing(make_app, rootdir, tmp_path, monkeypatch):
    from glossary_lint_sphinx import run_survey

    src = tmp_path / "src"
    shutil.copytree(rootdir / "test-run-wide", src)
    make_app("dummy", srcdir=src).build()
    surveys = []
    real = run_survey.survey_run
    monkeypatch.setattr(
        run_survey, "survey_run", lambda files, linter: (surveys.append(files), real(files, linter))
    )
    again = make_app("dummy", srcdir=src)
    again.build()
    assert _read_again(again) == [] and surveys == []


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The run-wide pages as an editor's workspace, with a configuration naming the glossary
    (the language server fixtures of test_lsp start in it)."""
    folder = tmp_path / "pottery"
    shutil.copytree(ROOTS / "test-run-wide", folder)
    (folder / ".glossary-lint.yaml").write_text("glossary: glossary.yaml\n", encoding="utf-8")
    return folder


def _diagnosed(lsp, uri: str, name: str) -> list[Finding]:
    return sorted(
        (name, d.range.start.line + 1, str(d.code), d.message) for d in lsp.diagnostics.get(uri, ())
    )


@pytest.mark.asyncio
async def test_the_language_server_reports_what_the_cli_reports_and_follows_saves(
    client, workspace: Path, cli
):
    glazing = workspace / "glazing.rst"
    editor = Editor(client, glazing, glazing.read_text(encoding="utf-8"), "restructuredtext")
    await until(lambda: editor.uri in client.diagnostics, "diagnostics on open")
    expected = [f for f in cli_findings(cli, workspace) if f[0] == "glazing.rst"]
    assert _diagnosed(client, editor.uri, "glazing.rst") == expected
    # Another page stops spelling KGO out, unsaved: nothing is surveyed as it is typed.
    loading = workspace / "loading.rst"
    other = Editor(client, loading, loading.read_text(encoding="utf-8"), "restructuredtext")
    other.replace("the Kiln Glaze Ontology (KGO), which", "our own recipe book, which")
    await asyncio.sleep(0.3)
    assert _diagnosed(client, editor.uri, "glazing.rst") == expected
    # Saved, it is: the page that uses KGO bare has a finding now, as check says.
    loading.write_text(other.text, encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(other.uri)))
    await until(
        lambda: any(d.code == "GL002" for d in client.diagnostics.get(editor.uri, ())), "the saved evidence"
    )
    expected = [f for f in cli_findings(cli, workspace) if f[0] == "glazing.rst"]
    assert ("glazing.rst", 8, "GL002") in {f[:3] for f in expected}
    assert _diagnosed(client, editor.uri, "glazing.rst") == expected


def test_the_language_server_surveys_when_files_are_saved_not_as_the_glossary_is_typed(
    workspace, monkeypatch
):
    from glossary_lint.lsp import projects as projects_module
    from glossary_lint.lsp.projects import Projects
    from glossary_lint.run_evidence import RunEvidence

    surveys: list[int] = []
    real = projects_module.survey_run
    monkeypatch.setattr(
        projects_module, "survey_run", lambda files, linter: (surveys.append(len(files)), real(files, linter))
    )
    typed: dict[Path, str] = {}
    projects = Projects(workspace, typed.get)
    projects.workspace = True
    page = workspace / "glazing.rst"
    first = projects.linter_for(page)
    assert first is not None and surveys == [4]  # the run's four pages, once
    assert "KGO" in first.run_names
    # The glossary is typed: a linter is made for each version, none reads the run again.
    glossary = (workspace / "glossary.yaml").resolve()
    typed[glossary] = glossary.read_text(encoding="utf-8").replace("over one firing", "over a firing")
    projects.invalidate(survey=False)
    typing = projects.linter_for(page)
    assert typing is not None and typing is not first and surveys == [4]
    assert RunEvidence.of(typing) == RunEvidence.of(first)
    # Saved (or a page saved): surveyed again.
    projects.invalidate()
    assert projects.linter_for(page) is not typing and surveys == [4, 4]
    assert projects.survey_again(page) is False and surveys == [4, 4, 4]
