"""The language server's parts that need no editor: positions, code actions
and how the CLI stays free of pygls."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.lsp.actions import disable_action
from glossary_lint.lsp.positions import Positions

GLOSSARY = """\
terms:
  - id: encodec
    term: EnCodec
    case: exact
    definition: A neural codec that packs a waveform into discrete tokens.
    variants: [Encodec]
"""


@pytest.fixture(scope="module")
def small_linter(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    root = tmp_path_factory.mktemp("lsp")
    return Linter(parse_glossary(GLOSSARY, "glossary.yaml"), Config(root=root))


def apply(text: str, positions: Positions, edits: list[types.TextEdit]) -> str:
    for edit in sorted(edits, key=lambda e: positions.offset(e.range.start), reverse=True):
        start, end = positions.offset(edit.range.start), positions.offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


def disabled(linter: Linter, name: str, text: str, line: int) -> tuple[str, str]:
    """Take the "disable" action on the finding of ``line``; the new text and the action's title."""
    finding = next(f for f in linter.lint_text(name, text) if f.line == line)
    positions = Positions(text)
    diagnostic = types.Diagnostic(range=positions.range(finding.start, finding.end), message=finding.message)
    action = disable_action("file:///x", name, positions, finding, diagnostic)
    assert action is not None and action.edit is not None and action.edit.changes is not None
    return apply(text, positions, action.edit.changes["file:///x"]), action.title


def test_positions_count_utf16_units_and_only_cr_lf_breaks():
    text = "a\U0001f600b\r\nc\u2028d\re"
    utf16 = Positions(text)
    assert utf16.position(text.index("b")) == types.Position(0, 3)
    assert utf16.position(text.index("d")) == types.Position(1, 2)  # U+2028 is not an LSP line break
    assert utf16.position(text.index("e")) == types.Position(2, 0)
    assert utf16.offset(types.Position(0, 3)) == text.index("b")
    assert utf16.offset(types.Position(0, 99)) == text.index("\r")
    assert Positions(text, "utf-8").position(text.index("b")) == types.Position(0, 5)
    assert Positions(text, "utf-32").offset(types.Position(0, 2)) == text.index("b")


def test_rest_disable_comment_before_a_block_covers_its_first_line(small_linter: Linter):
    text = "Title\n=====\n\nThe Encodec model\nis small.\n"
    new, title = disabled(small_linter, "notes.rst", text, 4)
    assert title == "Disable GL001 on this line"
    assert ".. glossary-lint: disable-next-line GL001\n\nThe Encodec model" in new
    assert small_linter.lint_text("notes.rst", new) == []


def test_rest_disable_mid_paragraph_wraps_the_paragraph(small_linter: Linter):
    text = "Intro.\n\n  * An item that\n    names Encodec here.\n\nLast Encodec line.\n"
    new, title = disabled(small_linter, "notes.rst", text, 4)
    assert title == "Disable GL001 in this paragraph"
    assert [f.line for f in small_linter.lint_text("notes.rst", new)] == [new.count("\n")]
    assert "  .. glossary-lint: disable GL001\n\n  * An item" in new


def test_markdown_disable_keeps_a_hard_line_break(small_linter: Linter):
    text = "First Encodec line\\\nsecond line.\n"
    new, _ = disabled(small_linter, "notes.md", text, 1)
    assert new == "First Encodec line <!-- glossary-lint: disable-line GL001 -->\\\nsecond line.\n"
    assert small_linter.lint_text("notes.md", new) == []


def test_mdx_gets_no_html_comment(small_linter: Linter):
    finding = small_linter.lint_text("notes.mdx", "The Encodec model.\n")[0]
    positions = Positions("The Encodec model.\n")
    diagnostic = types.Diagnostic(range=positions.range(0, 1), message="")
    assert disable_action("file:///x", "notes.mdx", positions, finding, diagnostic) is None


def test_check_never_imports_the_language_server(tmp_path: Path):
    (tmp_path / "a.md").write_text("Plain words.\n", encoding="utf-8")
    code = (
        "import sys\nfrom glossary_lint.cli import main\n"
        "try:\n    main(['check', 'a.md'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_lsp_without_pygls_says_how_to_install_it():
    code = "import sys\nsys.modules['pygls'] = None\nfrom glossary_lint.cli import main\nmain(['lsp'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "pip install 'glossary-lint[lsp]'" in out.stderr and "Traceback" not in out.stderr


def test_finished_notification_futures_are_dropped_and_requests_kept():
    import asyncio
    from concurrent.futures import Future
    from types import SimpleNamespace

    from glossary_lint.lsp.features import _forget_finished_notifications

    done, running = Future(), Future()
    done.set_result(None)
    loop = asyncio.new_event_loop()
    try:
        request = loop.create_future()
        request.set_result(None)
        futures = {"n1": done, "n2": running, "7": request}
        _forget_finished_notifications(SimpleNamespace(protocol=SimpleNamespace(_request_futures=futures)))  # type: ignore[arg-type]
    finally:
        loop.close()
    assert futures == {"n2": running, "7": request}
