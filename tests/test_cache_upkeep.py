"""The cache folder stays bounded and reusable (:mod:`glossary_lint.cache_upkeep`):
survey entries are named by a file's text, not its path, so a copy of a
handbook in another folder reads them; files no run uses are pruned, at
most once a day; ``glossary-lint cache clean`` empties the folder; and
processes writing and pruning at once leave whole files."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from glossary_lint import cache_upkeep
from glossary_lint.cache_upkeep import STAMP, SURVEY_FOLDER, CleanFailed, clean, prune, upkeep_due
from glossary_lint.glossary.cache_files import MARK_AFTER, read_headed, read_verified, write_verified
from test_survey_cache import PAGES, _count_parts, _evidence, _pages

DAY = 24 * 3600.0


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    monkeypatch.setattr(cache_upkeep, "_considered", set())
    return folder


def _survey_entries(cache: Path) -> list[Path]:
    return sorted((cache / SURVEY_FOLDER).glob("*.json"))


def test_a_copy_of_the_handbook_elsewhere_reads_the_first_copy_s_entries(cache, tmp_path, monkeypatch):
    first = tmp_path / "checkout-1"
    first.mkdir()
    files = _pages(first, PAGES)
    expected = _evidence(first, files, cached=True)
    written = _survey_entries(cache)
    assert len(written) == len(PAGES)
    moved = tmp_path / "checkout-2"
    shutil.copytree(first, moved)
    counted = _count_parts(monkeypatch)
    again = _evidence(moved, [moved / name for name in PAGES], cached=True)
    assert again == expected and counted == Counter()
    assert _survey_entries(cache) == written


def test_a_file_changed_in_the_copy_is_surveyed_again(cache, tmp_path, monkeypatch):
    first = tmp_path / "checkout-1"
    first.mkdir()
    _evidence(first, _pages(first, PAGES), cached=True)
    moved = tmp_path / "checkout-2"
    moved.mkdir()
    changed = {**PAGES, "glazing.md": PAGES["glazing.md"].replace("spoonrack", "spoon-rack")}
    files = _pages(moved, changed)
    counted = _count_parts(monkeypatch)
    warm = _evidence(moved, files, cached=True)
    assert counted["house"] == 1
    assert warm == _evidence(moved, files, cached=False)


def test_the_same_text_as_markdown_and_as_rest_keeps_two_entries(cache, tmp_path, monkeypatch):
    text = "Notes\n=====\n\nThe Kiln and the ``SpoonRack`` hold a slipcast cup.\n"
    files = _pages(tmp_path, {"notes.md": text, "notes.rst": text})
    expected = _evidence(tmp_path, files, cached=False)
    assert _evidence(tmp_path, files, cached=True) == expected
    assert len(_survey_entries(cache)) == 2
    counted = _count_parts(monkeypatch)
    assert _evidence(tmp_path, files, cached=True) == expected and counted == Counter()


def _file(path: Path, size: int, age: float, now: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (now - age, now - age))
    return path


def test_prune_removes_what_no_run_used_lately_and_keeps_other_files(tmp_path):
    now = time.time()
    old = _file(tmp_path / f"glossary-{'a' * 64}.json", 10, 40 * DAY, now)
    old_table = _file(tmp_path / f"glossary-{'a' * 64}-table-{'b' * 32}.json", 10, 40 * DAY, now)
    old_entry = _file(tmp_path / SURVEY_FOLDER / f"{'c' * 32}.json", 10, 31 * DAY, now)
    fresh = _file(tmp_path / SURVEY_FOLDER / f"{'d' * 32}.json", 10, 2 * DAY, now)
    someone_else_s = _file(tmp_path / "notes.txt", 10, 400 * DAY, now)
    stale_temp = _file(tmp_path / SURVEY_FOLDER / ".tmp-k3j2.json", 10, 2 * 3600, now)
    live_temp = _file(tmp_path / ".tmp-q9w8.json", 10, 60, now)
    removed = prune(tmp_path, now=now)
    assert removed.files == 4
    for gone in (old, old_table, old_entry, stale_temp):
        assert not gone.exists()
    for kept in (fresh, someone_else_s, live_temp):
        assert kept.exists()


def test_prune_over_the_size_cap_removes_the_least_recently_used_first(tmp_path):
    now = time.time()
    entries = [_file(tmp_path / SURVEY_FOLDER / f"{n:032x}.json", 5000, n * 3600, now) for n in range(1, 9)]
    size = next(cache_upkeep.cache_files(tmp_path)).size  # on disk: whole blocks
    prune(tmp_path, now=now, max_bytes=3 * size)
    assert [entry.exists() for entry in entries] == [True] * 3 + [False] * 5


def test_a_file_read_is_marked_used_so_the_cap_keeps_it(cache):
    now = time.time()
    written = cache / f"glossary-{'e' * 64}.json"
    write_verified(written, b"{}")
    os.utime(written, (now - 10 * DAY, now - 10 * DAY))
    assert read_verified(written) == b"{}"
    assert now - written.stat().st_mtime < MARK_AFTER
    other = _file(cache / f"glossary-{'f' * 64}.json", 10, 5 * DAY, now)
    prune(cache, max_bytes=written.stat().st_blocks * 512 or written.stat().st_size)
    assert written.exists() and not other.exists()


def test_the_upkeep_runs_at_most_once_a_day_and_on_a_write(cache):
    now = time.time()
    stale = _file(cache / SURVEY_FOLDER / f"{'1' * 32}.json", 10, 90 * DAY, now)
    _file(cache / STAMP, 0, 3600, now)  # pruned an hour ago
    write_verified(cache / f"glossary-{'2' * 64}.json", b"{}")
    assert stale.exists()
    os.utime(cache / STAMP, (now - 2 * DAY, now - 2 * DAY))
    upkeep_due(cache)  # this process asked already: once per process
    assert stale.exists()
    cache_upkeep._considered.clear()
    write_verified(cache / f"glossary-{'3' * 64}.json", b"{}")
    assert not stale.exists()
    assert now - (cache / STAMP).stat().st_mtime < 60


def test_clean_command_empties_the_folder_and_says_what_it_removed(cache, cli, tmp_path):
    _evidence(tmp_path, _pages(tmp_path, PAGES), cached=True)
    assert _survey_entries(cache)
    where = cli("cache", "dir")
    assert where.returncode == 0 and where.stdout == f"{cache}\n"
    done = cli("cache", "clean")
    assert done.returncode == 0 and done.stdout == ""
    assert done.stderr.startswith("Removed ") and done.stderr.endswith(f" from {cache}.\n")
    assert not cache.exists()
    again = cli("cache", "clean")
    assert again.returncode == 0 and again.stderr == f"No cache folder at {cache}.\n"


def test_clean_keeps_files_it_did_not_write(cache):
    write_verified(cache / f"glossary-{'4' * 64}.json", b"{}")
    mine = _file(cache / "my-notes.md", 10, 0, time.time())
    assert clean(cache).files == 1
    assert mine.exists() and [p.name for p in cache.iterdir()] == ["my-notes.md"]


def test_clean_of_a_file_that_is_not_a_folder_is_one_error_line(tmp_path, cli, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("stuff\n", encoding="utf-8")
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(blocker))
    done = cli("cache", "clean")
    assert done.returncode == 2
    assert done.stderr == f"glossary-lint: error: {blocker}: the cache folder is not a folder\n"
    assert blocker.read_text(encoding="utf-8") == "stuff\n"


def test_a_file_clean_cannot_remove_is_named(cache, monkeypatch):
    entry = cache / f"glossary-{'5' * 64}.json"
    write_verified(entry, b"{}")

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(CleanFailed, match=r"glossary-5+\.json: cannot remove it \(Permission denied\)"):
        clean(cache)


def _prune_in_a_process(cache: str, rounds: int) -> None:
    for _ in range(rounds):
        prune(Path(cache), max_bytes=0)  # everything that is not a live writer's file


def test_writers_and_pruners_at_once_leave_a_valid_cache(cache, tmp_path, monkeypatch):
    from test_survey_cache import _survey_in_a_process

    files = _pages(tmp_path, PAGES)
    expected = _evidence(tmp_path, files, cached=False)
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_survey_in_a_process, args=(str(tmp_path), str(cache), 5)) for _ in range(2)
    ] + [context.Process(target=_prune_in_a_process, args=(str(cache), 200)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    left = [p for p in cache.rglob("*") if p.is_file() and p.name != STAMP]
    assert not [p for p in left if p.name.startswith(".tmp-")]
    # The English tables' files are verified by their heads (``read_headed``).
    assert all(read_verified(p) is not None or read_headed(p) is not None for p in left)
    assert _evidence(tmp_path, files, cached=True) == expected
    counted = _count_parts(monkeypatch)
    assert _evidence(tmp_path, files, cached=True) == expected and counted == Counter()


def test_a_test_session_leaves_the_user_s_cache_folder_alone(tmp_path):
    """What a pytest process writes at exit (the compiled patterns), and the
    upkeep such a write may start, go to the session's folder (conftest)."""
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("GLOSSARY_LINT_CACHE_DIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(home)
    test = "tests/test_cache_upkeep.py::test_the_same_text_as_markdown_and_as_rest_keeps_two_entries"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (home / ".cache").exists()
