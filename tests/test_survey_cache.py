"""Each file's part of the run-wide survey kept between runs (issue 14,
:mod:`glossary_lint.survey_cache`): a re-run over unchanged files reads the
parts instead of surveying the texts, and what it reads is never stale,
never a broken file's, and gives the answers an uncached run gives."""

from __future__ import annotations

import json
import multiprocessing
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.cache import load_glossary_cached
from glossary_lint.glossary.loader import load_glossary
from glossary_lint.rules import house_style
from glossary_lint.rules.acronym_habit import ProseHabit
from glossary_lint.rules.acronym_names import RunNames
from glossary_lint.rules.survey_parts import BadPart, decode_survey, encode_survey
from glossary_lint.run_evidence import RunEvidence
from glossary_lint.runner import survey_run
from glossary_lint.survey_cache import FOLDER

GLOSSARY = """version: 1
terms:
  - id: kiln
    term: kiln
    definition: An oven that fires clay.
  - id: glaze-bucket
    term: glaze bucket
    definition: Where the glaze waits.
  - id: spoonrack
    term: SpoonRack
    definition: A rack of spoons, and the class that models it.
  - id: slip-cast
    term: slip cast
    definition: A form poured in liquid clay.
"""

PAGES = {
    "firing.md": "# Firing\n\nLoad the Kiln slowly. The Kiln then warms, and the Kiln cools overnight.\n"
    "A slipcast cup and a slipcast bowl sit beside a slipcast vase.\n"
    "The Modular Kiln Interface (MKI) reads `SpoonRack` and `SpoonRack(x)` values.\n",
    "glazing.md": "# Glazing\n\nFill the glaze bucket, then a spoonrack, then the Kiln.\n"
    "Each spoon rack in the `SpoonRack` holds one spoon. The Kiln stays shut.\n"
    "A Slow Firing Run (SFR) and a Quick Glaze Pass (QGP) differ.\n",
    "notes.rst": "Notes\n=====\n\nA ``SpoonRack`` keeps spoons; the Kiln and the kiln are one.\n"
    "See :term:`the glaze buckets <glaze-bucket>` for a slipcast jug.\n",
}


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(folder))
    return folder


def _pages(tmp_path: Path, pages: dict[str, str]) -> list[Path]:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [tmp_path / name for name in pages]


def _evidence(tmp_path: Path, files: list[Path], cached: bool, glossary: str = GLOSSARY) -> RunEvidence:
    """What a run's survey tells a linter with every rule selected, through the cache or not."""
    path = tmp_path / "glossary.yaml"
    if not path.exists() or path.read_text(encoding="utf-8") != glossary:
        path.write_text(glossary, encoding="utf-8")
    loaded = load_glossary_cached(path) if cached else load_glossary(path)
    linter = Linter(loaded, Config(root=tmp_path, glossary=path, select=["GL001", "GL002", "GL003", "GL005"]))
    survey_run(files, linter)
    return RunEvidence.of(linter)


def _count_parts(monkeypatch) -> Counter[str]:
    """How often each pre-pass reads a text for its part, from now on."""
    counted: Counter[str] = Counter()
    real_house = house_style.HouseSurvey.part
    real_habit = ProseHabit.spelled_out
    real_names = RunNames.spelled_out
    monkeypatch.setattr(
        house_style.HouseSurvey,
        "part",
        lambda self, text, rest=False: counted.update(["house"]) or real_house(self, text, rest),
    )
    monkeypatch.setattr(
        ProseHabit, "spelled_out", lambda self, text: counted.update(["habit"]) or real_habit(self, text)
    )
    monkeypatch.setattr(RunNames, "spelled_out", lambda text: counted.update(["names"]) or real_names(text))
    return counted


def test_a_warm_run_reads_each_file_s_parts_and_answers_as_an_uncached_run(cache, tmp_path, monkeypatch):
    files = _pages(tmp_path, PAGES)
    uncached = _evidence(tmp_path, files, cached=False)
    assert uncached.house.capitalised_terms and uncached.house.spacings and uncached.house.code_classes
    counted = _count_parts(monkeypatch)
    cold = _evidence(tmp_path, files, cached=True)
    assert counted["house"] == len(files) and cold == uncached
    counted.clear()
    warm = _evidence(tmp_path, files, cached=True)
    assert warm == uncached and counted == Counter()
    assert len(list((cache / FOLDER).iterdir())) == len(files)


def test_a_changed_file_is_surveyed_again_never_served_its_old_part(cache, tmp_path, monkeypatch):
    files = _pages(tmp_path, PAGES)
    _evidence(tmp_path, files, cached=True)
    counted = _count_parts(monkeypatch)
    # The same length, other words: only the text's digest tells them apart.
    changed = PAGES["firing.md"].replace("slipcast", "slipcask")
    assert len(changed) == len(PAGES["firing.md"])
    files = _pages(tmp_path, {**PAGES, "firing.md": changed})
    warm = _evidence(tmp_path, files, cached=True)
    assert counted["house"] == 1
    assert warm == _evidence(tmp_path, files, cached=False)
    assert warm != _evidence(tmp_path, _pages(tmp_path, PAGES), cached=False)


def test_an_edited_glossary_surveys_every_file_again(cache, tmp_path, monkeypatch):
    files = _pages(tmp_path, PAGES)
    _evidence(tmp_path, files, cached=True)
    counted = _count_parts(monkeypatch)
    edited = GLOSSARY.replace("term: slip cast", "term: slipcast")
    warm = _evidence(tmp_path, files, cached=True, glossary=edited)
    assert counted["house"] == len(files)
    assert warm == _evidence(tmp_path, files, cached=False, glossary=edited)


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / FOLDER).iterdir())


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # torn
        lambda raw: b"not a hash\n{}",
        lambda raw: raw.replace(b'"kiln"', b'"kilm"'),  # altered behind its hash line
    ],
)
def test_a_broken_entry_is_surveyed_again_and_written_whole(cache, tmp_path, monkeypatch, damage):
    files = _pages(tmp_path, PAGES)
    expected = _evidence(tmp_path, files, cached=True)
    for entry in _entries(cache):
        entry.write_bytes(damage(entry.read_bytes()))
    counted = _count_parts(monkeypatch)
    assert _evidence(tmp_path, files, cached=True) == expected
    assert counted["house"] == len(files)
    counted.clear()
    assert _evidence(tmp_path, files, cached=True) == expected and counted == Counter()


def _rehash(entry: Path, change) -> None:  # noqa: ANN001
    """Rewrite an entry's body with ``change`` under a hash line that matches
    it: what only the type checks can catch."""
    import hashlib

    body = json.loads(entry.read_bytes().partition(b"\n")[2])
    change(body)
    raw = json.dumps(body).encode()
    entry.write_bytes(hashlib.sha256(raw).hexdigest().encode() + b"\n" + raw)


def _wrong_counts(body: dict) -> None:
    body["parts"]["house"]["spacing"] = [[row[0], row[1], True] for row in body["parts"]["house"]["spacing"]]


def _unknown_term(body: dict) -> None:
    body["parts"]["house"]["spacing"].append(["no-such-entry", "kiln", 3])


def _names_not_strings(body: dict) -> None:
    body["parts"]["house"]["code_names"] = [1, 2]


@pytest.mark.parametrize("change", [_wrong_counts, _unknown_term, _names_not_strings])
def test_a_part_of_the_wrong_shape_is_computed_again(cache, tmp_path, monkeypatch, change):
    files = _pages(tmp_path, PAGES)
    expected = _evidence(tmp_path, files, cached=True)
    for entry in _entries(cache):
        _rehash(entry, change)
    counted = _count_parts(monkeypatch)
    assert _evidence(tmp_path, files, cached=True) == expected
    assert counted["house"] == len(files)


def test_no_cache_neither_reads_nor_writes_parts(cache, tmp_path):
    _pages(tmp_path, PAGES)
    (tmp_path / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "glossary_lint",
        "check",
        str(tmp_path),
        "--glossary",
        str(tmp_path / "glossary.yaml"),
    ]
    env = {"GLOSSARY_LINT_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    off = subprocess.run([*command, "--no-cache"], capture_output=True, text=True, env=env)
    assert not (cache / FOLDER).exists()
    cold = subprocess.run(command, capture_output=True, text=True, env=env)
    assert len(_entries(cache)) == len(PAGES)
    warm = subprocess.run(command, capture_output=True, text=True, env=env)
    assert off.stdout == cold.stdout == warm.stdout and off.returncode == cold.returncode == warm.returncode


def _survey_in_a_process(folder: str, cache: str, rounds: int) -> None:
    import os

    os.environ["GLOSSARY_LINT_CACHE_DIR"] = cache
    root = Path(folder)
    files = sorted(root.glob("*.md")) + sorted(root.glob("*.rst"))
    for done in range(rounds):
        if done:
            for entry in (Path(cache) / FOLDER).glob("*.json"):
                entry.unlink(missing_ok=True)  # so each round writes again, beside the other writers
        _evidence(root, files, cached=True)


def _race(folder: Path, cache: Path, rounds: int) -> list[Path]:
    """Four processes surveying the same files through one cache at once;
    the entries they leave, each checked whole."""
    from glossary_lint.glossary.cache_files import read_verified

    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_survey_in_a_process, args=(str(folder), str(cache), rounds)) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    left = list((cache / FOLDER).iterdir())
    assert all(read_verified(entry) is not None for entry in left)
    assert not [p for p in left if p.name.startswith(".tmp-")]
    return left


def test_writers_at_once_leave_whole_entries(cache, tmp_path, monkeypatch):
    files = _pages(tmp_path, PAGES)
    expected = _evidence(tmp_path, files, cached=False)
    load_glossary_cached(tmp_path / "glossary.yaml")  # the glossary's own file, before the race
    _race(tmp_path, cache, rounds=5)  # writers and removers interleaved
    for entry in _entries(cache):
        entry.unlink()
    assert len(_race(tmp_path, cache, rounds=1)) == len(files)  # four cold writers of each entry
    counted = _count_parts(monkeypatch)
    assert _evidence(tmp_path, files, cached=True) == expected and counted == Counter()


#: Pieces of text that reach the survey's counts: terms in each case and
#: spacing, code, references, acronyms spelled out.
_PIECES = [
    "kiln",
    "Kiln",
    "kilns",
    "glaze bucket",
    "Glaze Bucket",
    "glaze-bucket",
    "slipcast",
    "slip-cast",
    "slip cast",
    "`SpoonRack`",
    "SpoonRack(",
    "spoonrack",
    "spoon rack",
    ":term:`glaze buckets <glaze-bucket>`",
    "Long Kiln Tray (LKT)",
    "the",
    "a",
    ". ",
    ", ",
    "\n\n",
    "\n",
    "```\ncode kiln\n```\n",
]


def test_a_part_read_back_is_the_part_the_text_gives(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    glossary = load_glossary(path)
    from glossary_lint.matching.matcher import Matcher

    survey = house_style.HouseSurvey(glossary, Matcher(glossary))
    rng = random.Random(31)
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40)))
        part = survey.part(text)
        encoded = json.loads(json.dumps(encode_survey(part)))
        assert decode_survey(encoded, glossary.by_id) == part, text


def test_decoding_refuses_what_no_part_is():
    with pytest.raises(BadPart):
        decode_survey([], {})
    with pytest.raises(BadPart):
        decode_survey({"spacing": [["kiln", "kiln", 1]]}, {})  # no such entry, and no other fields


def test_the_habit_counted_from_parts_shows_as_when_each_text_is_added():
    rng = random.Random(7)
    acronyms = [
        "Long Kiln Tray (LKT)",
        "Slow Firing Run (SFR)",
        "Quick Glaze Pass (QGP)",
        "Wide Clay Bin (WCB)",
    ]
    for _ in range(300):
        texts = [" and ".join(rng.sample(acronyms, rng.randrange(0, 4))) for _ in range(rng.randrange(1, 5))]
        enough = rng.randrange(1, 5)
        added, merged = ProseHabit(enough), ProseHabit(enough)
        for text in texts:
            added.add(text)
            if not merged.shown:
                merged.merge(merged.spelled_out(text))
        assert added.shown == merged.shown, (texts, enough)


@pytest.mark.parametrize(
    "rows",
    [
        [["kiln", 2], ["kiln", 3]],  # a word written twice
        [["kiln", 0]],  # no count
        [["kiln", -1]],
        [["kiln", True]],  # a bool is no count
        [["kiln", 2.0]],
        [[3, 2]],  # no word
        [["kiln"]],  # no count at all
    ],
)
def test_word_counts_refuse_rows_no_counter_writes(rows):
    from glossary_lint.rules.survey_parts import _word_counts

    with pytest.raises(BadPart):
        _word_counts(rows)


@pytest.mark.parametrize(
    "rows",
    [
        [["glaze", "kiln", 1], ["glaze", "kiln", 1]],  # a pair written twice
        [["glaze", "kiln", False]],
        [["glaze", None, 1]],
        [["glaze", "kiln"]],
    ],
)
def test_pair_counts_refuse_rows_no_counter_writes(rows):
    from glossary_lint.rules.survey_parts import _pair_counts

    with pytest.raises(BadPart):
        _pair_counts(rows)


def test_counts_read_back_keep_the_order_the_rows_give():
    from glossary_lint.rules.survey_parts import _pair_counts, _word_counts

    words = _word_counts([["tray", 2], ["kiln", 5], ["glaze", 1]])
    assert list(words.items()) == [("tray", 2), ("kiln", 5), ("glaze", 1)]
    pairs = _pair_counts([["b", "a", 1], ["a", "b", 4]])
    assert list(pairs.items()) == [(("b", "a"), 1), (("a", "b"), 4)]
    assert isinstance(pairs, Counter) and isinstance(words, Counter)
