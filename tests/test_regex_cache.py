"""Patterns made from the cached engine code are the patterns re.compile makes."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import glossary_lint
from glossary_lint import lazy_re, regex_cache
from glossary_lint.glossary.cache_files import read_verified, write_verified


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of its own, and the module's memory of it emptied."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_loaded", None)
    monkeypatch.setattr(regex_cache, "_used", {})
    monkeypatch.setattr(regex_cache, "_dirty", False)
    yield tmp_path / regex_cache.cache_name()


def _package_patterns() -> list[tuple[str, int]]:
    """The source and flags of every lazy pattern the package's modules define."""
    found = set()
    for info in pkgutil.walk_packages(glossary_lint.__path__, "glossary_lint."):
        if ".lsp" in info.name:
            continue  # the language server's modules need its optional packages
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, lazy_re._Compiled):
                source = value.__dict__.get("_source") or (value.pattern, value.flags)
                found.add((source[0], int(source[1])))
    return sorted(found)


def test_every_package_pattern_equals_re_compile(fresh_cache: Path) -> None:
    patterns = _package_patterns()
    assert len(patterns) > 100
    built = [regex_cache.compile_cached(source, flags) for source, flags in patterns]
    # Patterns compare equal when their source, flags and engine code are the same.
    assert built == [re.compile(source, flags) for source, flags in patterns]
    regex_cache.save()
    assert fresh_cache.is_file()
    # A later process reads the code back instead of compiling it.
    regex_cache._loaded, regex_cache._used = None, {}
    read_back = [regex_cache.compile_cached(source, flags) for source, flags in patterns]
    assert read_back == built
    assert not regex_cache._dirty  # nothing compiled anew, nothing to write


def test_read_back_patterns_find_what_compiled_ones_find(fresh_cache: Path) -> None:
    source, text = r"(?P<kiln>[A-Z]{2,})(?:-(\d+))?", "the QZ-12 glaze and the ASH kiln"
    regex_cache.compile_cached(source, re.IGNORECASE)
    regex_cache.save()
    regex_cache._loaded, regex_cache._used = None, {}
    cached = regex_cache.compile_cached(source, re.IGNORECASE)
    eager = re.compile(source, re.IGNORECASE)
    assert [m.groups() for m in cached.finditer(text)] == [m.groups() for m in eager.finditer(text)]
    assert cached.groupindex == eager.groupindex and cached.groups == eager.groups


def test_a_damaged_entry_is_compiled_anew(fresh_cache: Path) -> None:
    source = r"glaze (\w+)"
    key = (source, 0)
    write_verified(fresh_cache, json.dumps([[source, 0, 32, [1, 2, 3], 0, {}, [None]]]).encode())
    compiled = regex_cache.compile_cached(source)
    assert compiled == re.compile(source)
    regex_cache.save()  # the good code replaces the bad
    body = read_verified(fresh_cache)
    assert body is not None and _entries(body)[key][1] != [1, 2, 3]


def test_a_torn_or_foreign_file_is_ignored(fresh_cache: Path) -> None:
    fresh_cache.parent.mkdir(parents=True, exist_ok=True)
    fresh_cache.write_bytes(b"not a hash line\nnor JSON data")
    assert regex_cache.compile_cached(r"kiln\d") == re.compile(r"kiln\d")
    for shape in ({"a map": "not rows"}, [[["a list as pattern"], 0, 0]], [["short"]], [[r"ash\s+glaze", 0, "x"]]):
        write_verified(fresh_cache, json.dumps(shape).encode())
        regex_cache._loaded = None
        assert regex_cache.compile_cached(r"ash\s+glaze") == re.compile(r"ash\s+glaze")


def _entries(body: bytes) -> dict[tuple[str, int], list[object]]:
    """The file's rows by pattern and flags: its JSON, read as the module does."""
    return {(row[0], row[1]): row[2:] for row in json.loads(body)}


def test_a_bad_pattern_still_raises(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile_cached(r"(unclosed")


def test_too_many_entries_start_the_file_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 2)
    for source in (r"one", r"two", r"three"):
        regex_cache.compile_cached(source)
    regex_cache.save()
    regex_cache._loaded, regex_cache._used = None, {}
    regex_cache.compile_cached(r"four")
    regex_cache.save()
    body = read_verified(fresh_cache)
    assert body is not None and set(_entries(body)) == {(r"four", 0)}


def test_no_cache_neither_reads_nor_writes(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_avoided", False)
    regex_cache.avoid_cache()
    assert regex_cache.compile_cached(r"kiln (\d+)") == re.compile(r"kiln (\d+)")
    regex_cache.save()
    assert regex_cache._loaded is None and not fresh_cache.exists()
