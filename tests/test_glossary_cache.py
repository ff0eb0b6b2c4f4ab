"""The compiled glossary cache: never stale, never trusted, safe to share."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GLOSSARY
from glossary_lint.cache_upkeep import STAMP
from glossary_lint.glossary import cache as glossary_cache
from glossary_lint.glossary.cache import cache_dir, cache_entry, load_glossary_cached
from glossary_lint.glossary.loader import load_glossary

#: One entry of every shape the model has: exact case, aliases, variants, an
#: abbreviation, a homonym, chapter links and related ids.
RICH = """\
version: 1
title: Lab words
intro: Words the lab notes use.
terms:
  - id: pitch-shifter
    term: Pitch Shifter
    definition: A box that moves a sound up or down in pitch.
    aliases: [pitch changer]
    variants: [pitchshifter]
    see:
      - {title: Moving pitch, doc: effects/pitch}
    related: [lfo]
  - id: lfo
    term: Low-Frequency Oscillator
    abbreviation: LFO
    definition: A slow wave that moves another setting.
    case: sentence
    spelling: low-frequency oscillator
  - id: tape
    term: Tape
    sense: Recording
    definition: The magnetic strip old recorders wrote sound on.
    homonym: true
  - id: dsp
    term: DSP
    expansion: digital signal processing
    case: exact
    definition: Sound handled as numbers.
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    return folder


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def entries(folder: Path) -> list[Path]:
    """The glossaries' files (and leftovers) in the folder; not the English
    word table, nor the tables kept beside a glossary (:func:`tables`), nor
    the folder of the survey's parts (``tests/test_survey_cache.py``), nor
    the compiled patterns (``tests/test_regex_cache.py``), nor the digests
    remembered for files (``tests/test_remembered_digests.py``), nor the upkeep's stamp."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.glob("*")
        if not p.name.startswith(("english-", "patterns-", "package-", "wordfreq-"))
        and "-table-" not in p.name
        and p.name not in ("survey", STAMP)
    )


def tables(folder: Path) -> list[Path]:
    """The files of the tables kept beside the glossaries (glossary_lint.glossary.tables)."""
    return sorted(folder.glob("glossary-*-table-*.json")) if folder.is_dir() else []


@pytest.mark.parametrize("source", ["rich", "project"])
def test_cached_model_equals_the_loaded_one_field_for_field(cache, tmp_path, source):
    path = write(tmp_path / "g.yaml", RICH) if source == "rich" else GLOSSARY
    fresh = load_glossary(path)
    written = load_glossary_cached(path)
    assert len(entries(cache)) == 1
    cached = load_glossary_cached(path)
    assert cached is not written
    for got in (written, cached):
        assert got == fresh
        for mine, theirs in zip(got.terms, fresh.terms, strict=True):
            for field in dataclasses.fields(mine):
                value = getattr(mine, field.name)
                assert value == getattr(theirs, field.name), field.name
                assert type(value) is type(getattr(theirs, field.name)), field.name
        assert (got.path, got.title, got.intro) == (fresh.path, fresh.title, fresh.intro)
        assert dict(got.by_id) == dict(fresh.by_id)


def test_terms_are_decoded_in_one_batch_as_their_constructor_would_build_them():
    """The batch path sets a slotted dataclass's fields directly, a column at
    a time: what it builds must be what ``Term(**values)`` builds,
    ``__post_init__`` included."""
    from glossary_lint.glossary.model import Term

    rows = [
        {"id": "drum", "term": "Snare Drum", "definition": "A drum with wires under it."},
        {"id": "midi", "term": "MIDI", "definition": "A wire protocol.", "case": "exact", "line": 4},
        {
            "id": "reverb",
            "term": "Reverb",
            "definition": "Sound left ringing in a room.",
            "spelling": "reverb",
            "aliases": ["echo tail"],
            "see": [{"title": "Rooms", "doc": "effects/rooms"}],
            "homonym": True,
        },
    ]
    # Dense columns (a value per entry) and sparse ones (the rows that differ from the default).
    columns = {
        "id": ["drum", "midi", "reverb"],
        "term": ["Snare Drum", "MIDI", "Reverb"],
        "definition": [row["definition"] for row in rows],
        "case": {"rows": [1], "values": ["exact"]},
        "line": [0, 4, 0],
        "spelling": {"rows": [2], "values": ["reverb"]},
        "aliases": {"rows": [2], "values": [["echo tail"]]},
        "see": {"rows": [2], "values": [[1, {"title": ["Rooms"], "doc": ["effects/rooms"]}]]},
        "homonym": {"rows": [2], "values": [True]},
    }
    decoder = glossary_cache._decoder(tuple[Term, ...])
    assert glossary_cache._decoder(Term) in glossary_cache._MANY
    built = decoder([3, columns])
    expected = tuple(Term(**{**row, **_typed(row)}) for row in rows)
    assert built == expected
    assert [t.spelling for t in built] == ["snare drum", "MIDI", "reverb"]  # set by __post_init__
    for mine, theirs in zip(built, expected, strict=True):
        for field in dataclasses.fields(mine):
            assert type(getattr(mine, field.name)) is type(getattr(theirs, field.name)), field.name
    # What the encoder writes reads back the same.
    assert decoder(json.loads(json.dumps(glossary_cache._encoder(tuple[Term, ...])(expected)))) == expected
    with pytest.raises(glossary_cache._Unusable):
        decoder([3, {**columns, "line": [0, 4, "seven"]}])  # a bad value anywhere spoils the batch


def test_a_field_set_in_few_entries_is_written_sparse_and_one_never_set_not_at_all():
    from glossary_lint.glossary.model import Term

    terms = tuple(Term(f"t{i}", f"Term {i}", "Words.", line=i + 1, homonym=i == 2) for i in range(5))
    count, columns = glossary_cache._encoder(tuple[Term, ...])(terms)
    assert count == 5
    assert columns["line"] == [1, 2, 3, 4, 5]
    assert columns["homonym"] == {"rows": [2], "values": [True]}
    assert "sense" not in columns and "see" not in columns
    assert glossary_cache._decoder(tuple[Term, ...])([count, columns]) == terms
    assert glossary_cache._encoder(tuple[Term, ...])(()) == [0, {}]
    assert glossary_cache._decoder(tuple[Term, ...])([0, {}]) == ()


@dataclasses.dataclass(frozen=True, slots=True)
class _Tidied:
    """A slotted dataclass with an ``__init__`` of its own, which the batch
    builder must not skip."""

    name: str
    count: int = 0

    def __init__(self, name: str, count: int = 0) -> None:
        object.__setattr__(self, "name", name.strip().lower())
        object.__setattr__(self, "count", count)


def test_a_class_with_its_own_init_is_built_by_calling_it():
    decode = glossary_cache._decoder(tuple[_Tidied, ...])
    assert decode([{"name": "  Tape Loop "}, {"name": "Delay", "count": 2}]) == (
        _Tidied("tape loop"),
        _Tidied("delay", 2),
    )
    assert glossary_cache._slotted_builder(_Tidied) is None


@pytest.fixture
def fresh_decoders():
    """Decoders built anew for the test, and again after it: they are made
    once per type and process."""
    for made in (glossary_cache._decoder, glossary_cache._encoder, glossary_cache._columns_encoder):
        made.cache_clear()
    glossary_cache._MANY.clear()
    yield
    for made in (glossary_cache._decoder, glossary_cache._encoder, glossary_cache._columns_encoder):
        made.cache_clear()
    glossary_cache._MANY.clear()


def test_no_model_class_gets_an_init_the_cache_would_skip(cache, tmp_path, monkeypatch, fresh_decoders):
    """Give each dataclass of the model an ``__init__`` of its own (one that
    counts its calls): a glossary read back from the cache must have called
    it for every object, as ``load_glossary`` does."""
    path = write(tmp_path / "g.yaml", RICH)
    classes = _model_dataclasses()
    assert {c.__name__ for c in classes} >= {"Glossary", "Term", "ChapterLink"}
    calls: dict[type, int] = {}
    for cls in classes:
        generated = cls.__init__

        def counting(self, *args, __cls=cls, __init=generated, **kwargs):
            calls[__cls] = calls.get(__cls, 0) + 1
            __init(self, *args, **kwargs)

        counting.__qualname__ = f"{cls.__qualname__}.__init__"
        monkeypatch.setattr(cls, "__init__", counting)
    load_glossary_cached(path)  # written (as rows: each object is built by calling its class)
    calls.clear()
    (entry,) = entries(cache)
    cached = glossary_cache._read(entry, str(path))  # read back, from the file
    assert cached is not None
    links = sum(len(t.see) for t in cached.terms)
    assert links and calls.get(_model("ChapterLink")) == links
    assert calls.get(_model("Term")) == len(cached.terms) == 4


def _model(name: str) -> type:
    from glossary_lint.glossary import model

    return getattr(model, name)


def _model_dataclasses() -> list[type]:
    """Every dataclass the cache decodes, from the glossary down."""
    import typing

    from glossary_lint.glossary.model import Glossary

    found: list[type] = []
    todo: list = [Glossary]
    while todo:
        hint = todo.pop()
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            if hint not in found:
                found.append(hint)
                todo += [
                    h
                    for f, h in typing.get_type_hints(hint).items()
                    if f in {x.name for x in dataclasses.fields(hint)}
                ]
        else:
            todo += list(typing.get_args(hint))
    return found


def _typed(row: dict) -> dict:
    """The row's JSON values as the model's types (enums, tuples, links)."""
    from glossary_lint.glossary.model import CasePolicy, ChapterLink

    typed: dict = {}
    if "case" in row:
        typed["case"] = CasePolicy(row["case"])
    if "aliases" in row:
        typed["aliases"] = tuple(row["aliases"])
    if "see" in row:
        typed["see"] = tuple(ChapterLink(**link) for link in row["see"])
    return typed


def test_the_model_names_the_path_it_was_read_from(cache, tmp_path):
    first = load_glossary_cached(write(tmp_path / "a.yaml", RICH))
    second = load_glossary_cached(write(tmp_path / "b.yaml", RICH))
    assert len(entries(cache)) == 1  # same bytes, one entry
    assert (first.path, second.path) == (str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))


def test_a_changed_glossary_of_the_same_size_and_mtime_is_not_served_stale(cache, tmp_path):
    path = write(tmp_path / "g.yaml", RICH)
    before = os.stat(path)
    assert load_glossary_cached(path).by_id["tape"].sense == "Recording"
    changed = RICH.replace("sense: Recording", "sense: Recordist")
    assert len(changed) == len(RICH)
    write(path, changed)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert load_glossary_cached(path).by_id["tape"].sense == "Recordist"
    assert len(entries(cache)) == 2


def test_the_key_hashes_the_files_bytes_and_a_warm_run_never_decodes_them(cache, tmp_path, monkeypatch):
    """The cache file is found from the glossary file's bytes: the same key
    as its text, another for the same text after a byte-order mark, and a
    warm run builds the model without decoding the file."""
    path = write(tmp_path / "g.yaml", RICH)
    assert cache_entry(RICH) == cache_entry(RICH.encode("utf-8"))
    assert cache_entry(b"\xef\xbb\xbf" + RICH.encode("utf-8")) != cache_entry(RICH)
    fresh = load_glossary(path)
    assert load_glossary_cached(path) == fresh  # written
    monkeypatch.setattr(glossary_cache, "glossary_text", lambda *args: pytest.fail("decoded on a warm run"))
    assert load_glossary_cached(path) == fresh
    monkeypatch.undo()
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(cache))
    path.write_bytes(b"\xef\xbb\xbf" + RICH.encode("utf-8"))
    assert load_glossary_cached(path) == fresh
    assert len(entries(cache)) == 2


def test_a_new_tool_version_or_model_shape_uses_another_entry(cache, tmp_path, monkeypatch):
    path = write(tmp_path / "g.yaml", RICH)
    first = cache_entry(RICH)
    monkeypatch.setattr(glossary_cache, "__version__", "99.0")
    assert cache_entry(RICH) != first
    monkeypatch.undo()
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(cache))
    monkeypatch.setattr(glossary_cache, "model_fingerprint", lambda: "another shape")
    assert cache_entry(RICH) != first
    assert load_glossary_cached(path) == load_glossary(path)


def test_the_fingerprint_follows_fields_their_types_and_defaults():
    def shape(*fields):
        return dataclasses.make_dataclass("Shape", [("name", str), *fields], frozen=True)

    before = shape(("count", int, dataclasses.field(default=0)))
    renamed = shape(("total", int, dataclasses.field(default=0)))
    retyped = shape(("count", float, dataclasses.field(default=0)))
    redefaulted = shape(("count", int, dataclasses.field(default=1)))
    added = shape(("count", int, dataclasses.field(default=0)), ("extra", "str | None", None))
    models = (before, renamed, retyped, redefaulted, added)
    shapes = {glossary_cache.describe_model(cls) for cls in models}
    assert len(shapes) == len(models)
    assert glossary_cache.describe_model(before) == glossary_cache.describe_model(shape(("count", int, 0)))


def _poison(entry: Path, body: bytes) -> None:
    """A cache file whose checksum matches, so only the shape check can refuse it."""
    entry.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def _valid_body(entry: Path) -> dict:
    digest, _, body = entry.read_bytes().partition(b"\n")
    assert hashlib.sha256(body).hexdigest().encode() == digest
    return json.loads(body)


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "garbage",
        "empty",
        "flipped",
        "wrong type",
        "number for a string",
        "number for a flag",
        "flag for a number",
        "unknown enum",
        "missing field",
        "extra field",
        "not an object",
        "short column",
        "count off",
        "flag for the count",
        "sparse row out of range",
        "sparse rows out of order",
        "sparse rows without values",
        "required field sparse",
    ],
)
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(cache, tmp_path, damage):
    path = write(tmp_path / "g.yaml", RICH)
    fresh = load_glossary(path)
    load_glossary_cached(path)
    (entry,) = entries(cache)
    raw = entry.read_bytes()
    body = _valid_body(entry)
    count, columns = body["terms"]
    assert count == 4
    if damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"\x00\xff not json at all")
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "flipped":  # one letter changed, checksum left as it was
        entry.write_bytes(raw.replace(b"Pitch Shifter", b"Pitch Shiftex"))
    else:
        if damage == "wrong type":
            assert columns["aliases"]["rows"] == [0]  # only the first entry has aliases: a sparse column
            columns["aliases"]["values"][0] = "pitch changer"
        elif damage == "number for a string":
            columns["term"][0] = 7
        elif damage == "number for a flag":
            columns["homonym"]["values"][0] = 1
        elif damage == "flag for a number":
            columns["line"][0] = True
        elif damage == "unknown enum":
            columns["case"]["values"][0] = "shouting"
        elif damage == "missing field":
            del columns["definition"]
        elif damage == "extra field":
            columns["colour"] = ["blue"] * count
        elif damage == "not an object":
            body = ["a", "list"]  # type: ignore[assignment]
        elif damage == "short column":
            columns["term"].pop()
        elif damage == "count off":
            body["terms"][0] = count + 1
        elif damage == "flag for the count":
            body["terms"][0] = True
        elif damage == "sparse row out of range":
            columns["homonym"]["rows"] = [count]
        elif damage == "sparse rows out of order":
            columns["homonym"] = {"rows": [2, 0], "values": [True, True]}
        elif damage == "sparse rows without values":
            columns["homonym"]["values"].append(True)
        elif damage == "required field sparse":
            columns["definition"] = {"rows": [0, 1, 2, 3], "values": columns["definition"]}
        _poison(entry, json.dumps(body).encode())
    assert load_glossary_cached(path) == fresh
    assert entries(cache) == [entry]
    assert _valid_body(entry)["terms"][1]["term"][0] == "Pitch Shifter"  # rebuilt whole


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = write(tmp_path / "a-file", "not a folder")
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(blocker / "cache"))
    path = write(tmp_path / "g.yaml", RICH)
    assert load_glossary_cached(path) == load_glossary(path)


WRITER = """
import sys
from glossary_lint.glossary.cache import _read, _write, cache_entry
from glossary_lint.glossary.loader import load_glossary
glossary = load_glossary(sys.argv[1])
entry = cache_entry(open(sys.argv[1], encoding="utf-8").read())
bad = 0
for _ in range(int(sys.argv[2])):
    _write(entry, glossary)
    bad += _read(entry, glossary.path) != glossary
print(bad)
"""


def test_two_processes_writing_at_once_leave_a_valid_cache(cache, tmp_path):
    path = write(tmp_path / "g.yaml", GLOSSARY.read_text(encoding="utf-8"))
    env = dict(os.environ)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), "150"], stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=300)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert [int(out) for out in outputs] == [0, 0]  # every read in between saw a whole file
    (entry,) = entries(cache)  # no temporary file left behind
    assert glossary_cache._read(entry, str(path)) == load_glossary(path)


def test_cache_folder_location(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("GLOSSARY_LINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "glossary-lint"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec says relative paths are invalid
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "glossary-lint"


def _poisoned_cache(cache: Path, path: Path) -> None:
    """A valid cache entry for ``path`` that tells a different story: the
    only way the CLI can print 'Poisoned' is by reading the cache."""
    load_glossary_cached(path)
    (entry,) = entries(cache)
    body = _valid_body(entry)
    body["terms"][1]["definition"][0] = "Poisoned."
    _poison(entry, json.dumps(body).encode())


def test_the_cli_uses_the_cache_and_no_cache_reads_nothing_from_it(cli, cache, tmp_path):
    path = write(tmp_path / "g.yaml", RICH)
    _poisoned_cache(cache, path)
    before = {p: p.read_bytes() for p in entries(cache)}
    export = ("export", "--glossary", str(path), "--format", "json")
    assert "Poisoned." in cli(*export).stdout  # proves the CLI reads this folder
    proc = cli(*export, "--no-cache")
    assert proc.returncode == 0
    assert "Poisoned." not in proc.stdout and "A box that moves a sound" in proc.stdout
    assert {p: p.read_bytes() for p in entries(cache)} == before  # nothing written either


@pytest.mark.parametrize("command", [["check"], ["stats"], ["suggest"], ["glossary", "check"]])
def test_every_command_that_loads_a_glossary_takes_no_cache(cli, cache, tmp_path, command):
    path = write(tmp_path / "g.yaml", RICH)
    write(tmp_path / "notes.md", "The LFO moves the pitch shifter.\n")
    where = [str(path)] if command == ["glossary", "check"] else ["--glossary", str(path), str(tmp_path)]
    proc = cli(*command, "--no-cache", *where)
    assert proc.returncode in (0, 1), proc.stderr
    assert entries(cache) == []
    cli(*command, *where)
    assert len(entries(cache)) == 1


def test_a_broken_glossary_is_reported_and_never_cached(cli, cache, tmp_path):
    path = write(tmp_path / "g.yaml", "version: 1\nterms:\n  - id: Bad Id\n    term: x\n")
    proc = cli("glossary", "check", str(path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert entries(cache) == []
