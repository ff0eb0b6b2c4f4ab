"""Hostile input: a clear one-line message naming the file, no traceback, exit 2
for configuration and glossary errors, the run going on over the other files for
a bad document, and bounded time and memory.  Each test backs a row of the
"Bad input" table in README."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable

import pytest

from conftest import GLOSSARY


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    (tmp_path / "good.md").write_text("We use Encodec.\n")
    return tmp_path


def run_json(cli, repo, *paths):
    proc = cli("check", *paths, "good.md", "--format", "json", cwd=repo)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    by_path: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_path.setdefault(f["path"], []).append(f)
    assert [f["found"] for f in by_path["good.md"]] == ["Encodec"]  # the run went on
    return proc, by_path


# -- glossaries -------------------------------------------------------------------


def test_glossary_with_too_many_entries_is_refused(cli, tmp_path):
    lines = ["terms:"] + [f"  - {{id: t{i}, term: Term {i}, definition: D.}}" for i in range(100_000)]
    path = tmp_path / "huge.yaml"
    path.write_text("\n".join(lines) + "\n")
    proc = cli("glossary", "check", str(path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (
        f"glossary-lint: error: {path}:1: has 100,000 entries; a glossary may have at most 20,000"
    )


def test_glossary_over_the_size_limit_is_refused_unread(cli, tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("terms: []\n" + "#" * (9 * 1024 * 1024) + "\n")
    (tmp_path / "x.md").write_text("A chapter.\n")
    proc = cli("check", "x.md", "--glossary", str(path), cwd=tmp_path)
    assert proc.returncode == 2 and "a glossary may be at most 8,388,608 bytes" in proc.stderr


# (malformed, wrong shape, aliases, !!python tags: tests/test_glossary_loader.py)


# -- documents -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00", "is not valid UTF-8 (byte 0: 0x89)"),
        ("nul.md", b"We use Encodec.\x00\n", "contains NUL bytes"),
        ("latin1.md", "caf\xe9 Encodec\n".encode("latin-1"), "is not valid UTF-8 (byte 3: 0xe9)"),
        ("bad-utf16.md", b"\xff\xfeE\x00n\x00\x00\xd8", "not valid UTF-16"),
    ],
)
def test_undecodable_documents(cli, repo, name, content, message):
    (repo / name).write_bytes(content)
    _, by_path = run_json(cli, repo, name)
    [finding] = by_path[name]
    assert finding["code"] == "GL000" and message in finding["message"]


def test_empty_and_utf16_documents_are_read(cli, repo):
    (repo / "empty.md").write_bytes(b"")
    (repo / "utf16.md").write_bytes("A Lora adapter.\r\n".encode("utf-16"))
    _, by_path = run_json(cli, repo, "empty.md", "utf16.md")
    assert "empty.md" not in by_path
    assert [f["found"] for f in by_path["utf16.md"]] == ["Lora"]


def test_document_over_the_size_limit(cli, repo):
    path = repo / "huge.md"
    with open(path, "wb") as out:
        out.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    _, by_path = run_json(cli, repo, "huge.md")
    [finding] = by_path["huge.md"]
    assert finding["code"] == "GL000" and "documents over 8,388,608 bytes are skipped" in finding["message"]


@pytest.mark.parametrize(
    "name,text",
    [
        ("lists.md", "- " * 10_000 + "Encodec\n"),
        ("quotes.md", ">" * 10_000 + " Encodec\n"),
        ("bullets.rst", "- " * 3_000 + "Encodec\n"),
        ("quotes.rst", "".join(" " * (3 * i) + "Encodec\n\n" for i in range(1_000))),
    ],
    ids=["lists.md", "quotes.md", "bullets.rst", "quotes.rst"],
)
# Short ids: pytest puts the test id in PYTEST_CURRENT_TEST, which the CLI's subprocess
# inherits, and a 1.5 MB id overflows the kernel's 128 KiB limit for one variable.
def test_deep_nesting_is_bounded(cli, repo, name, text):
    (repo / name).write_text(text)
    # A run that never ends fails on the cli fixture's time-out; the test
    # asserts what the run reports, not how long it took.
    _, by_path = run_json(cli, repo, name)
    for finding in by_path.get(name, []):
        assert finding["code"] in ("GL000", "GL001")
        if finding["code"] == "GL000":
            assert "nest" in finding["message"] or "indented more than" in finding["message"]


def test_mixed_line_endings_keep_positions_and_bytes(cli, repo):
    path = repo / "mixed.md"
    path.write_bytes(b"One line\r\nWe use Encodec.\rOld Mac\nThen Lora.\r\n")
    _, by_path = run_json(cli, repo, "mixed.md")
    # A lone CR ends a line, as in CommonMark and editors: "Then Lora." is line 4.
    assert [(f["found"], f["line"]) for f in by_path["mixed.md"]] == [("Encodec", 2), ("Lora", 4)]
    cli("check", "mixed.md", "--fix", cwd=repo)
    assert path.read_bytes() == b"One line\r\nWe use EnCodec.\rOld Mac\nThen LoRA.\r\n"


# -- paths ------------------------------------------------------------------------------


def test_broken_symlink_loop_and_fifo(cli, repo):
    (repo / "broken.md").symlink_to(repo / "nowhere.md")
    (repo / "loop-a.md").symlink_to(repo / "loop-b.md")
    (repo / "loop-b.md").symlink_to(repo / "loop-a.md")
    os.mkfifo(repo / "fifo.md")
    _, by_path = run_json(cli, repo, "broken.md", "loop-a.md", "fifo.md")
    assert "leads nowhere" in by_path["broken.md"][0]["message"]
    assert "leads nowhere" in by_path["loop-a.md"][0]["message"]
    assert "not a regular file" in by_path["fifo.md"][0]["message"]
    # Walking the folder, links and the fifo are passed over without hanging.
    proc = cli("check", ".", cwd=repo)
    assert proc.returncode == 1 and "good.md" in proc.stdout


def test_file_vanishing_mid_run(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.discovery import discover
    from glossary_lint.engine import Linter

    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("We use Encodec.\n")
    config = Config(root=tmp_path)
    files = list(discover([tmp_path], config))
    (tmp_path / "a.md").unlink()  # gone between discovery and reading
    linter = Linter(glossary, config)
    results = [linter.lint_path(f) for f in files]
    assert results[0][0].code == "GL000" and "does not exist" in results[0][0].message
    assert results[1][0].found == "Encodec"


# -- matching cannot be made slow -----------------------------------------------------

# Each line is built from a count of its repeated unit, so its cost can be compared at two sizes.
HOSTILE_LINES: dict[str, Callable[[int], str]] = {
    "long word": lambda n: "a" * (10 * n),
    "long word then term": lambda n: "Encodec " + "b" * (10 * n) + " mel-spectrogram",
    "spaces then bracket": lambda n: "word" + " " * (2 * n) + "(word",
    "open brackets": lambda n: "ABC " + "(word word " * n,
    "many parens": lambda n: "(" * (5 * n) + "x",
    "url-like": lambda n: "https://" + "x" * (5 * n) + " and " + "a/" * (2 * n) + ".md",
    "comment openers": lambda n: "<!--" * (2 * n),
    "hyphen chain": lambda n: "-".join(["mel"] * (2 * n)),
    "capital chain": lambda n: " ".join(["Mel"] * (2 * n)),
    "acronym parens": lambda n: "(ABC) " * n,
}
SMALL, LARGE = 8_000, 64_000  # repeated units; LARGE is 8 times SMALL


@pytest.mark.parametrize("name", sorted(HOSTILE_LINES))
def test_no_rule_is_slow_on_hostile_lines(lint, name):
    """A line 8 times longer may cost about 8 times as much; a cost that grows with the
    square of the line (a backtracking pattern, a rescan per word) costs 64 times as much,
    so a ratio of 24 fails only a super-linear regression, not a busy machine."""
    for suffix in ("md", "rst"):
        costs = []
        for count in (SMALL, LARGE):
            start = time.process_time()  # CPU time: a busy machine does not inflate it
            lint(HOSTILE_LINES[name](count) + "\n", f"doc.{suffix}")
            costs.append(time.process_time() - start)
        small, large = costs
        assert large < 24 * max(small, 0.02), (name, suffix, small, large)


def test_config_words_are_text_not_patterns(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    words = frozenset({"MP.*", "(a+)+$", "[", "C++"})
    linter = Linter(glossary, Config(root=tmp_path, known_words=words))
    found = [
        f.found
        for f in linter.lint_text("a.md", "MPZ and MPQ and a ((((aaaa and C++.\n")
        if f.code == "GL002"
    ]
    assert found == ["MPZ", "MPQ"]


# -- --fix under interruption ------------------------------------------------------------

KILLER = textwrap.dedent("""
    import os, signal, sys
    import glossary_lint.reporters.fixer as fixer
    calls = {"n": 0}
    real_replace = os.replace
    def replace(src, dst):
        if not str(dst).endswith(".md"):  # the cache folder's files, not the chapters
            return real_replace(src, dst)
        calls["n"] += 1
        if calls["n"] == int(os.environ["KILL_AT"]):
            if os.environ["KILL_WHEN"] == "before":
                os.kill(os.getpid(), signal.SIGKILL)  # new file written, not yet renamed
            real_replace(src, dst)
            os.kill(os.getpid(), signal.SIGKILL)  # between two files
        real_replace(src, dst)
    fixer.os.replace = replace
    from glossary_lint.cli import main
    sys.argv = ["glossary-lint", "check", "--fix", "--jobs", "1", "."]
    main()
""")


@pytest.mark.parametrize("when", ["before", "after"])
def test_fix_killed_mid_run_leaves_old_or_new_files(tmp_path, when):
    (tmp_path / ".glossary-lint.yaml").write_text(f"glossary: {GLOSSARY}\n")
    old = {f"c{i}.md": f"Chapter {i} uses Encodec and a mel-spectrogram.\n" * 50 for i in range(6)}
    new = {
        name: text.replace("Encodec", "EnCodec").replace("mel-spectrogram", "mel spectrogram")
        for name, text in old.items()
    }
    for name, text in old.items():
        (tmp_path / name).write_text(text)
    proc = subprocess.run(
        [sys.executable, "-c", KILLER],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "KILL_AT": "3", "KILL_WHEN": when},
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL
    states = []
    for name in old:
        text = (tmp_path / name).read_text()
        assert text in (old[name], new[name]), name
        states.append(text == new[name])
    assert states.count(True) == (2 if when == "before" else 3)
    # A second run finishes the job.
    subprocess.run(
        [sys.executable, "-m", "glossary_lint", "check", "--fix", "."],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    assert all((tmp_path / name).read_text() == new[name] for name in old)


def test_unreadable_file(glossary, tmp_path, monkeypatch):
    """Permissions cannot stop root (as CI runs), so the read itself is made to fail."""

    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    path = tmp_path / "secret.md"
    path.write_text("We use Encodec.\n")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("glossary_lint.sources.reading.read_regular_file", refuse)
    [finding] = Linter(glossary, Config(root=tmp_path)).lint_path(path)
    assert (finding.code, finding.message) == ("GL000", "the file cannot be read: Permission denied")
