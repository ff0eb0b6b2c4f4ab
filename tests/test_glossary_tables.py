"""Tables a glossary alone decides, kept beside it in the cache: never stale,
never trusted, safe to share, and the same as computed."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GLOSSARY
from glossary_lint.glossary import tables
from glossary_lint.glossary.cache import load_glossary_cached
from glossary_lint.glossary.loader import load_glossary
from glossary_lint.glossary.tables import TableKind, glossary_table, table_file
from glossary_lint.matching.index_table import index_table
from glossary_lint.rules.class_nouns import class_name_set
from glossary_lint.rules.house_style import _lower_parts, _lower_words

SHED = """\
version: 1
terms:
  - id: potting-bench
    term: potting bench
    definition: The table seedlings are sown at.
    aliases: [sowing table]
  - id: seed-tray
    term: SeedTray
    case: exact
    definition: The tray class of the shed's inventory program.
  - id: dibber
    term: dibber
    definition: A pointed stick that makes holes for seeds.
    variants: [dibbler]
"""

#: Every table the check reads, and how to ask for it.
TABLES = {
    "known forms": lambda g: g.known_forms,
    "lower words": _lower_words,
    "lower parts": _lower_parts,
    "class names": class_name_set,
    "matcher index": index_table,
}


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    return folder


def _shed(tmp_path: Path, text: str = SHED) -> Path:
    path = tmp_path / "shed.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _files(cache: Path) -> list[Path]:
    return sorted(cache.glob("glossary-*-table-*.json"))


@pytest.mark.parametrize("name", TABLES)
def test_a_table_read_back_equals_the_one_computed(cache, tmp_path, name):
    ask = TABLES[name]
    fresh = ask(load_glossary(_shed(tmp_path)))
    assert ask(load_glossary_cached(_shed(tmp_path))) == fresh  # computed, then written
    assert _files(cache)
    again = load_glossary_cached(_shed(tmp_path))
    assert not again.tables
    assert ask(again) == fresh  # read back
    assert ask(load_glossary_cached(GLOSSARY)) == ask(load_glossary(GLOSSARY))


def test_a_table_is_read_from_its_file_not_computed_again(cache, tmp_path, monkeypatch):
    load_glossary_cached(_shed(tmp_path)).known_forms
    from glossary_lint.glossary import model

    monkeypatch.setattr(model, "WORD_RE", None)  # the computation would fail without it
    assert "dibber" in load_glossary_cached(_shed(tmp_path)).known_forms


def test_an_edited_glossary_never_gets_the_old_tables(cache, tmp_path):
    assert "dibber" in load_glossary_cached(_shed(tmp_path)).known_forms
    edited = SHED.replace("dibber", "trowel")
    glossary = load_glossary_cached(_shed(tmp_path, edited))
    assert "trowel" in glossary.known_forms and "dibber" not in glossary.known_forms


def test_a_table_file_is_named_by_the_glossary_the_table_and_the_code(cache, tmp_path, monkeypatch):
    glossary = load_glossary_cached(_shed(tmp_path))
    assert glossary.cache_file is not None
    name = "glossary_lint.rules.house_style._lower_words"
    first = table_file(glossary.cache_file, name)
    assert first is not None and first != table_file(glossary.cache_file, name + "_other")
    assert first != table_file(glossary.cache_file.with_name("glossary-other.json"), name)
    # Other code (of the package, whichever module) looks for another file.
    monkeypatch.setattr(tables, "package_digest", lambda: "edited")
    assert table_file(glossary.cache_file, name) not in (None, first)


def _poison(file: Path, data: object) -> None:
    body = json.dumps(data).encode()
    file.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


#: A table of each kind, by the name its file is found by.
DAMAGED = {
    "glossary_lint.glossary.model._known_forms": lambda g: g.known_forms,
    "glossary_lint.rules.house_style._lower_words": _lower_words,
    "glossary_lint.matching.index_table.index_table\0glossary_lint.matching.words\0"
    "glossary_lint.matching.key_prefixes": index_table,
}


#: What is done to a table's file; the last two only spoil a map.
DAMAGES = ["truncated", "garbage", "flipped", "a number among strings", "the other kind", "null"]
MAP_DAMAGES = ["a key without its value", "a key twice"]


@pytest.mark.parametrize(
    ("name", "damage"),
    [(name, damage) for name in DAMAGED for damage in DAMAGES]
    + [(name, damage) for name in DAMAGED if not name.endswith("_known_forms") for damage in MAP_DAMAGES],
)
def test_a_corrupt_table_file_is_ignored_and_rebuilt(cache, tmp_path, damage, name):
    ask = DAMAGED[name]
    fresh = ask(load_glossary(_shed(tmp_path)))
    glossary = load_glossary_cached(_shed(tmp_path))
    ask(glossary)
    file = table_file(glossary.cache_file, name)
    raw = file.read_bytes()
    strings = name.endswith("_known_forms")
    maps = name.endswith("key_prefixes")
    if damage == "truncated":
        file.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        file.write_bytes(b"\xff\x00 no json")
    elif damage == "flipped":  # one letter changed, checksum left as it was
        file.write_bytes(raw.replace(b"dibber", b"dobber"))
    elif damage == "a number among strings":
        _poison(file, ["dibber", 7] if strings else {"index": ["dibber", 7]} if maps else ["dibber", 7])
    elif damage == "a key without its value":
        _poison(file, {"index": ["dibber", "0:0", "tray"]} if maps else ["dibber", "dibber", "tray"])
    elif damage == "a key twice":
        twice = ["dibber", "dibber", "0:0", "0:1"]
        _poison(file, {"index": twice} if maps else twice)
    elif damage == "the other kind":
        _poison(
            file,
            {"dibber": "dibber"}
            if strings
            else {"index": {"dibber": "0:0"}}
            if maps
            else {"dibber": "dibber"},
        )
    else:
        _poison(file, None)
    assert ask(load_glossary_cached(_shed(tmp_path))) == fresh
    assert file.read_bytes() == raw  # written again whole
    assert ask(load_glossary_cached(_shed(tmp_path))) == fresh


def test_without_the_cache_tables_are_computed_and_none_is_written(cache, tmp_path):
    glossary = load_glossary_cached(_shed(tmp_path), use_cache=False)
    assert glossary.cache_file is None
    assert "sowing" in glossary.known_forms and _lower_words(glossary)["dibber"] == "dibber"
    assert not cache.exists() or _files(cache) == []


def test_a_table_is_computed_once_per_glossary(tmp_path):
    calls: list[int] = []

    @glossary_table(TableKind.STRINGS)
    def counted(glossary) -> frozenset[str]:
        calls.append(1)
        return frozenset(t.id for t in glossary)

    glossary = load_glossary(_shed(tmp_path))
    assert counted(glossary) == counted(glossary) == {"potting-bench", "seed-tray", "dibber"}
    assert calls == [1]


WRITER = """
import sys
from glossary_lint.glossary.cache import load_glossary_cached
from glossary_lint.glossary.loader import load_glossary
expected = load_glossary(sys.argv[1]).known_forms
bad = 0
for _ in range(int(sys.argv[2])):
    glossary = load_glossary_cached(sys.argv[1])
    bad += glossary.known_forms != expected
    glossary.tables.clear()
    for file in glossary.cache_file.parent.glob("*-table-*.json"):
        file.unlink(missing_ok=True)
print(bad)
"""


def test_two_processes_writing_a_table_at_once_leave_a_valid_one(cache, tmp_path):
    path = _shed(tmp_path, GLOSSARY.read_text(encoding="utf-8"))
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), "100"], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=300)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert [int(out) for out in outputs] == [0, 0]
    assert not [p for p in cache.iterdir() if p.name.startswith(".tmp-")]
    assert load_glossary_cached(path).known_forms == load_glossary(path).known_forms
    assert os.path.isdir(cache)
