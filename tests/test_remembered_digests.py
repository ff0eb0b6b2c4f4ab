"""Digests of files remembered under their stat signatures: served while the
files are the ones hashed, computed again as soon as one is rewritten."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from glossary_lint.glossary.remembered_digests import remembered


def _digest_of(paths: list[Path], calls: list[int]):
    def compute() -> str:
        calls.append(1)
        digest = hashlib.sha256()
        for path in paths:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    return compute


def _files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "one.txt", tmp_path / "two.txt"]
    paths[0].write_text("first words\n", encoding="utf-8")
    paths[1].write_text("second words\n", encoding="utf-8")
    return paths


def test_a_digest_is_computed_once_for_the_same_files(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    paths, calls = _files(tmp_path), []
    first = remembered("sample", paths, _digest_of(paths, calls))
    again = remembered("sample", paths, _digest_of(paths, calls))
    assert first == again == _digest_of(paths, [])()
    assert len(calls) == 1


def test_a_rewritten_file_is_hashed_again(monkeypatch, tmp_path):
    """Even with its size and modification time put back, a rewritten file
    has a new change time, which no program sets back."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    paths, calls = _files(tmp_path), []
    first = remembered("sample", paths, _digest_of(paths, calls))
    before = os.stat(paths[1])
    paths[1].write_text("second wordz\n", encoding="utf-8")  # same size
    os.utime(paths[1], ns=(before.st_atime_ns, before.st_mtime_ns))
    changed = remembered("sample", paths, _digest_of(paths, calls))
    assert changed != first
    assert changed == _digest_of(paths, [])()
    assert len(calls) == 2


def test_a_corrupt_memo_is_computed_again(monkeypatch, tmp_path):
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    paths, calls = _files(tmp_path), []
    first = remembered("sample", paths, _digest_of(paths, calls))
    (memo,) = folder.glob("sample-*.json")
    memo.write_bytes(memo.read_bytes().replace(first[:8].encode(), b"00000000"))
    assert remembered("sample", paths, _digest_of(paths, calls)) == first
    assert len(calls) == 2


def test_a_missing_file_is_computed_and_not_remembered(monkeypatch, tmp_path):
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    calls: list[int] = []
    assert remembered("sample", [tmp_path / "absent.txt"], lambda: calls.append(1) or None) is None
    assert calls == [1]
    assert not list(folder.glob("sample-*.json")) if folder.exists() else True


def test_the_survey_s_code_key_is_the_hash_of_the_package_s_files(monkeypatch, tmp_path):
    """Remembered or not, the key is what hashing the package's files gives."""
    from glossary_lint import survey_cache

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    survey_cache._code_key.cache_clear()
    try:
        first = survey_cache._code_key()
        survey_cache._code_key.cache_clear()
        read: list[str] = []
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real(self))
        assert survey_cache._code_key() == first
        assert not any(name.endswith(".py") for name in read)  # served from the memo
        root = Path(survey_cache.__file__).parent
        paths = sorted(root.rglob("*.py")) + sorted(root.rglob("*.txt")) + sorted(root.rglob("*.json"))
        assert first is not None and len(first) == 64 and paths
    finally:
        survey_cache._code_key.cache_clear()
