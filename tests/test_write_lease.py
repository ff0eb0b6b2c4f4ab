"""The fixer under Linux's leases: a writer that holds the file, or opens it
in the moment before the rename, never loses what it writes."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time

import pytest

import glossary_lint.reporters.fixer as fixer
from glossary_lint.reporters import write_lease
from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
from glossary_lint.sources.reading import read_source

BAD = "The demo feeds Encodec tokens to a hifi-gan vocoder.\n"
GOOD = "The demo feeds EnCodec tokens to a HiFi-GAN vocoder.\n"


def _leases_work() -> bool:
    """Whether this machine gives a read lease on a file of its temporary folder."""
    handle, name = tempfile.mkstemp()
    os.close(handle)
    fd = os.open(name, os.O_RDONLY)
    try:
        return write_lease.take(fd)
    finally:
        os.close(fd)
        os.unlink(name)


#: Linux with leases, as the CI machine: the tests below then assert their use.
LEASES = _leases_work()


def test_leases_are_used_on_linux():
    """A Linux machine that runs the suite takes leases; elsewhere the fixer
    falls back on watching the old file, which other tests cover."""
    if sys.platform.startswith("linux"):
        assert LEASES


@pytest.fixture
def chapter(tmp_path):
    path = tmp_path / "chapter.md"
    path.write_text(BAD)
    return path


def _fixed(linter, path):
    source = read_source(path)
    fixed, applied = apply_fixes(source.text, linter.lint_source(source))
    assert applied and fixed == GOOD
    return source, fixed


@pytest.mark.skipif(not LEASES, reason="needs Linux's file leases")
def test_a_lease_is_refused_while_another_handle_writes(chapter):
    writer = os.open(chapter, os.O_WRONLY | os.O_APPEND)
    reader = os.open(chapter, os.O_RDONLY)
    try:
        with pytest.raises(write_lease.OpenForWriting):
            write_lease.take(reader)
    finally:
        os.close(reader)
        os.close(writer)


@pytest.mark.skipif(not LEASES, reason="needs Linux's file leases")
def test_a_file_held_open_for_writing_is_left_alone(linter, chapter):
    source, fixed = _fixed(linter, chapter)
    writer = os.open(chapter, os.O_WRONLY | os.O_APPEND)
    try:
        with pytest.raises(FixError, match="open for writing in another program; not written"):
            write_atomically(source, fixed)
        os.write(writer, b"Typed after the fixer gave up.\n")
    finally:
        os.close(writer)
    assert chapter.read_text() == BAD + "Typed after the fixer gave up.\n"
    assert [p.name for p in chapter.parent.iterdir()] == ["chapter.md"]


@pytest.mark.skipif(not LEASES, reason="needs Linux's file leases")
def test_a_writer_that_opens_just_before_the_rename_is_held_back_and_kept(linter, chapter, monkeypatch):
    """The writer opens the old file between the fixer's last look and its
    rename; however long the machine holds it back, its line is kept."""
    source, fixed = _fixed(linter, chapter)
    leased: list[int] = []
    real_take, real_replace = write_lease.take, os.replace
    monkeypatch.setattr(write_lease, "take", lambda fd: leased.append(fd) or real_take(fd))
    threads: list[threading.Thread] = []

    def append_late() -> None:
        with open(chapter, "a") as out:  # waits here until the fixer lets go
            time.sleep(0.05)  # and is slow to write once it may
            out.write("A late line.\n")

    def replace_while_a_writer_waits(src, dst):
        if not threads:
            threads.append(threading.Thread(target=append_late))
            threads[0].start()
            deadline = time.monotonic() + 10
            while not write_lease.broken(leased[0]):
                assert time.monotonic() < deadline, "the writer never opened the file"
                time.sleep(0.001)
        real_replace(src, dst)

    monkeypatch.setattr(fixer.os, "replace", replace_while_a_writer_waits)
    with pytest.raises(FixError, match="changed on disk while it was being fixed; left as it was"):
        write_atomically(source, fixed)
    threads[0].join()
    assert chapter.read_text() == BAD + "A late line.\n"
    assert [p.name for p in chapter.parent.iterdir()] == ["chapter.md"]


@pytest.mark.skipif(not LEASES, reason="needs Linux's file leases")
def test_nobody_writing_means_no_wait(linter, chapter, monkeypatch):
    """Under a lease that nobody broke, the fixer does not sleep to watch."""
    source, fixed = _fixed(linter, chapter)
    monkeypatch.setattr(fixer.time, "sleep", lambda seconds: pytest.fail("slept"))
    write_atomically(source, fixed)
    assert chapter.read_text() == GOOD
