"""--fix and --diff: exactly the reported spans change, atomically, idempotently."""

from __future__ import annotations

import json
import stat

import pytest

from conftest import GLOSSARY

DOC = """---
title: Encodec notes
---

# Using EnCodec

We use Encodec tokens and a mel-spectrogram.
`Encodec` in code and $\\text{Encodec}$ in math stay.
Two Encodecs, the Encodec's decoder, and a mel
Spectrogram across a line.

- Mel-spectrogram first in a list item.
"""

FIXED = """---
title: Encodec notes
---

# Using EnCodec

We use EnCodec tokens and a mel spectrogram.
`Encodec` in code and $\\text{Encodec}$ in math stay.
Two EnCodecs, the EnCodec's decoder, and a mel
spectrogram across a line.

- Mel spectrogram first in a list item.
"""


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    return tmp_path


def test_fix_rewrites_only_the_reported_spans(cli, repo):
    path = repo / "doc.md"
    path.write_text(DOC)
    proc = cli("check", "doc.md", "--fix", cwd=repo)
    assert path.read_text() == FIXED
    assert proc.returncode == 0 and "Fixed 6 findings in 1 file." in proc.stderr
    assert "All clear" in proc.stdout


def test_fix_is_idempotent_and_check_agrees(cli, repo):
    path = repo / "doc.md"
    path.write_text(DOC)
    cli("check", "doc.md", "--fix", cwd=repo)
    once = path.read_bytes()
    proc = cli("check", "doc.md", "--fix", cwd=repo)
    assert path.read_bytes() == once and "Fixed 0 findings" in proc.stderr
    report = json.loads(cli("check", "doc.md", "--format", "json", cwd=repo).stdout)
    assert not [f for f in report["findings"] if f["fixable"]]


def test_diff_writes_nothing_and_exits_1(cli, repo):
    path = repo / "doc.md"
    path.write_text(DOC)
    proc = cli("check", "doc.md", "--diff", cwd=repo)
    assert proc.returncode == 1
    assert path.read_text() == DOC
    assert (
        "-We use Encodec tokens and a mel-spectrogram.\n+We use EnCodec tokens and a mel spectrogram.\n"
        in proc.stdout
    )
    path.write_text(FIXED)
    proc = cli("check", "doc.md", "--diff", cwd=repo)
    assert (proc.returncode, proc.stdout) == (0, "")


def test_fix_and_diff_together_is_a_usage_error(cli, repo):
    (repo / "doc.md").write_text(DOC)
    proc = cli("check", "doc.md", "--fix", "--diff", cwd=repo)
    assert proc.returncode == 2 and "cannot be combined" in proc.stderr


@pytest.mark.parametrize("encoding", ["crlf", "bom", "utf16", "no-final-newline"])
def test_fix_keeps_line_endings_bom_and_encoding(cli, repo, encoding):
    path = repo / "doc.md"
    text, expected = "A line.\nWe use Encodec.\n", "A line.\nWe use EnCodec.\n"
    if encoding == "crlf":
        raw, want = text.replace("\n", "\r\n").encode(), expected.replace("\n", "\r\n").encode()
    elif encoding == "bom":
        raw, want = b"\xef\xbb\xbf" + text.encode(), b"\xef\xbb\xbf" + expected.encode()
    elif encoding == "utf16":
        raw, want = text.encode("utf-16"), expected.encode("utf-16")
    else:
        raw, want = text.rstrip("\n").encode(), expected.rstrip("\n").encode()
    path.write_bytes(raw)
    cli("check", "doc.md", "--fix", cwd=repo)
    assert path.read_bytes() == want


def test_fix_keeps_permissions_and_leaves_no_temporary_file(cli, repo):
    path = repo / "doc.md"
    path.write_text("We use Encodec.\n")
    path.chmod(0o640)
    cli("check", "doc.md", "--fix", cwd=repo)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in repo.iterdir()) == [".glossary-lint.yaml", "doc.md"]


def test_read_only_file_is_not_touched(cli, repo):
    path = repo / "doc.md"
    path.write_text("We use Encodec.\n")
    path.chmod(0o444)
    proc = cli("check", "doc.md", "--fix", cwd=repo)
    assert proc.returncode == 2
    assert "doc.md: is read-only; not written" in proc.stderr and "Traceback" not in proc.stderr
    assert path.read_text() == "We use Encodec.\n"


def test_file_in_read_only_folder_is_not_touched(cli, repo):
    folder = repo / "locked"
    folder.mkdir()
    path = folder / "doc.md"
    path.write_text("We use Encodec.\n")
    folder.chmod(0o555)
    try:
        proc = cli("check", "locked/doc.md", "--fix", cwd=repo)
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 2 and "read-only folder" in proc.stderr
    assert path.read_text() == "We use Encodec.\n"


def test_file_changed_on_disk_is_not_overwritten(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
    from glossary_lint.sources.reading import read_source

    path = tmp_path / "doc.md"
    path.write_text("We use Encodec.\n")
    linter = Linter(glossary, Config(root=tmp_path))
    source = read_source(path)
    new_text, applied = apply_fixes(source.text, linter.lint_source(source))
    assert applied
    path.write_text("Someone else's edit with Encodec.\n")
    with pytest.raises(FixError, match="changed on disk"):
        write_atomically(source, new_text)
    assert path.read_text() == "Someone else's edit with Encodec.\n"


def test_file_replaced_by_a_folder_is_reported(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
    from glossary_lint.sources.reading import read_source

    path = tmp_path / "doc.md"
    path.write_text("We use Encodec.\n")
    source = read_source(path)
    new_text, _ = apply_fixes(source.text, Linter(glossary, Config(root=tmp_path)).lint_source(source))
    path.unlink()
    path.mkdir()
    with pytest.raises(FixError, match="no longer a regular file"):
        write_atomically(source, new_text)
    assert path.is_dir()


def test_findings_that_need_a_person_are_not_fixed(cli, repo):
    text = (
        "We use DWT, {term}`Mel Spectrum`, a Transfromer, and the Quantization step.\n"
        "## A Melspectrogram Primer\n"
    )
    path = repo / "doc.md"
    path.write_text(text)
    proc = cli("check", "doc.md", "--fix", "--format", "json", cwd=repo)
    assert path.read_text() == text
    left = {(f["code"], f["found"]) for f in json.loads(proc.stdout)["findings"]}
    assert left == {
        ("GL002", "DWT"),
        ("GL003", "Mel Spectrum"),
        ("GL001", "Transfromer"),
        ("GL001", "Quantization"),
        ("GL001", "Melspectrogram"),
    }


def test_heading_anchor_is_kept(lint):
    # A case fix keeps the anchor (slugs are lower case): fixed.
    [case] = [f for f in lint("## Using Encodec\n") if f.code == "GL001"]
    assert case.fixable
    # Joining words would move the anchor: left alone, and the message says why.
    [moved] = [f for f in lint("## A Melspectrogram Primer\n") if f.code == "GL001"]
    assert not moved.fixable and "anchor would change" in moved.message
    # With an explicit anchor the heading may change.
    for text, name in (
        ("## A Melspectrogram Primer {#primer}\n", "doc.md"),
        ("(primer)=\n## A Melspectrogram Primer\n", "doc.md"),
        (".. _primer:\n\nA Melspectrogram Primer\n=======================\n", "doc.rst"),
    ):
        [kept] = [f for f in lint(text, name) if f.code == "GL001"]
        assert kept.fixable, text


def test_real_handbook_copy(cli, tmp_path):
    import shutil

    from conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    copy = tmp_path / "docs"
    shutil.copytree(CORPUS, copy)
    for path in [copy, *copy.rglob("*")]:  # the shared corpus is read-only; a checkout is not
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    before = {p: p.read_bytes() for p in copy.rglob("*.md")}
    proc = cli("check", "docs", "--fix", cwd=tmp_path)
    assert "Fixed 1 finding in 1 file." in proc.stderr
    changed = {p for p, data in before.items() if p.read_bytes() != data}
    assert changed == {copy / "concepts" / "music-representations.md"}
    report = json.loads(cli("check", "docs", "--format", "json", cwd=tmp_path).stdout)
    assert report["summary"]["by_code"].get("GL001", 0) == 0
    old = before[copy / "concepts" / "music-representations.md"].decode()
    new = (copy / "concepts" / "music-representations.md").read_text()
    assert new == old.replace("| CQT or Mel spectrogram |", "| CQT or mel spectrogram |")


def test_diff_summary_counts_edits_hunks_and_files(cli, repo):
    """Two slips on one line and one far below: three edits, two hunks, one file."""
    filler = "".join(f"Line {i} of plain prose.\n" for i in range(20))
    (repo / "doc.md").write_text("Both Encodec and hifi-gan here.\n" + filler + "A Lora adapter.\n")
    (repo / "clean.md").write_text("Nothing to fix: EnCodec.\n")
    proc = cli("check", "doc.md", "clean.md", "--diff", cwd=repo)
    assert proc.stdout.count("\n@@ ") + proc.stdout.startswith("@@ ") == 2
    assert "3 fixes in 2 hunks would change 1 file." in proc.stderr


def test_a_replacement_that_changes_nothing_is_no_edit():
    from glossary_lint.rules.findings import Finding, Severity
    from glossary_lint.reporters.fixer import apply_fixes

    text = "keep this and fix that"
    same = Finding(
        "a.md", 1, 1, 1, 5, "GL001", "term-spelling", Severity.WARNING, "m", "keep", None, None, "keep", 0, 4
    )
    other = Finding(
        "a.md",
        1,
        19,
        1,
        23,
        "GL001",
        "term-spelling",
        Severity.WARNING,
        "m",
        "that",
        None,
        None,
        "THAT",
        18,
        22,
    )
    new, applied = apply_fixes(text, [same, other])
    assert new == "keep this and fix THAT" and applied == [other]


def test_no_fixable_mark_on_a_fix_that_changes_nothing(linter):
    from glossary_lint.rules import Hit

    document_text = "We use Encodec.\n"
    from glossary_lint.engine import parse_document

    document = parse_document("a.md", document_text, linter.config)
    finding = linter._finding(
        "a.md", document, Hit(7, 14, "m", "Encodec", None, None, "Encodec"), "GL001", "x"
    )
    assert not finding.fixable
    finding = linter._finding(
        "a.md", document, Hit(7, 14, "m", "Encodec", None, None, "EnCodec"), "GL001", "x"
    )
    assert finding.fixable
