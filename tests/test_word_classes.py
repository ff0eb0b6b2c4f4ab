"""The matcher's word classes kept beside the cached glossary: a run that
starts from them finds what a run that classifies every word finds, and a
table of another glossary, or a damaged one, is never used."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from glossary_lint.glossary.cache import load_glossary_cached
from glossary_lint.glossary.cache_files import write_verified
from glossary_lint.matching import english_table
from glossary_lint.matching.matcher import _TYPO, Matcher
from glossary_lint.matching.word_classes import MAX_WORDS, classes_file, read_classes, write_classes
from glossary_lint.sources.segments import BlockKind, Segment

GLOSSARY = """version: 1
terms:
  - id: codebook
    term: codebook
    definition: The table a quantiser picks its vectors from.
  - id: wobbulator
    term: Wobbulator
    definition: An oscillator whose pitch sweeps up and down.
  - id: tape-loop
    term: Tape Loop
    definition: Magnetic tape spliced end to end, played round and round.
  - id: spring-reverberation
    term: Spring Reverberation
    definition: The echo a coiled spring gives a signal sent through it.
"""

#: Terms written right, split, hyphenated, with a typo and as plurals, among plain words.
PROSE = (
    "The wobulator fed a tape-loop through the spring reverberation unit. "
    "Each code book held Tape Loops; the Wobbulators swept while the springs rang."
)


def _glossary(folder: Path, text: str = GLOSSARY):
    path = folder / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return load_glossary_cached(path)


def _found(matcher: Matcher, text: str) -> list[tuple[str, int, bool, tuple[str, ...]]]:
    segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
    return [
        (m.found, m.start, m.typo, tuple(c.term.id for c in m.candidates)) for m in matcher.mentions(segment)
    ]


def test_a_run_starting_from_kept_classes_finds_the_same(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    glossary = _glossary(tmp_path)
    first = Matcher(glossary)
    expected = _found(first, PROSE)
    assert ("wobulator", 4, True, ("wobbulator",)) in expected  # a typo, found
    first.save_words()
    file = classes_file(glossary)
    assert file is not None and file.exists()
    kept = read_classes(file)
    assert "reverberation" in kept and "wobulator" not in kept  # a typo's class is not kept
    assert not any(found & _TYPO for found in kept.values())
    again = Matcher(_glossary(tmp_path))
    assert set(kept) <= set(again._classes)  # known before any word is scanned
    assert _found(again, PROSE) == expected


def test_classes_kept_from_other_prose_change_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    glossary = _glossary(tmp_path)
    expected = _found(Matcher(glossary), PROSE)
    other = Matcher(glossary)
    _found(other, "A tape loop and a codebook; a wobbulator, a spring reverb, and spring-reverberation.")
    other.save_words()
    assert _found(Matcher(_glossary(tmp_path)), PROSE) == expected


def test_another_glossary_or_wordfreq_reads_another_file(monkeypatch, tmp_path):
    """A class answers for one glossary and one English list: an edited
    glossary, or another wordfreq, never reads the classes kept for this one."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    glossary = _glossary(tmp_path)
    file = classes_file(glossary)
    edited = _glossary(tmp_path, GLOSSARY.replace("Wobbulator", "Wobulator"))
    assert classes_file(edited) not in (None, file)
    monkeypatch.setattr(english_table, "_wordfreq_digest", lambda: "another wordfreq")
    assert classes_file(glossary) not in (None, file)


def test_a_damaged_or_foreign_file_is_ignored_and_written_again(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    glossary = _glossary(tmp_path)
    expected = _found(Matcher(glossary), PROSE)
    file = classes_file(glossary)
    assert file is not None
    # Whole files of the wrong shape: a list, a class past the five bits, words not a string.
    for body in ([1, 2], {"99": "tape loop"}, {"1": ["tape"]}, {"one": "tape"}):
        write_verified(file, json.dumps(body).encode())
        assert read_classes(file) == {}
    # A torn file: its hash line does not match.
    write_classes(file, {"tape": 1, "loop": 0})
    raw = file.read_bytes()
    file.write_bytes(raw[:-3])
    assert read_classes(file) == {}
    # A file claiming every word starts a key: its hash line is not the body's.
    body = json.dumps({"0": "wobbulator wobulator"}).encode()
    file.write_bytes(hashlib.sha256(b"other").hexdigest().encode() + b"\n" + body)
    matcher = Matcher(_glossary(tmp_path))
    assert _found(matcher, PROSE) == expected
    matcher.save_words()
    assert read_classes(file)  # written again, whole


def test_no_cache_keeps_no_classes(monkeypatch, tmp_path):
    from glossary_lint.glossary.loader import load_glossary

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "glossary.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    matcher = Matcher(load_glossary(path))  # read from the YAML, as --no-cache does
    _found(matcher, PROSE)
    matcher.save_words()
    assert not list((tmp_path / "cache").glob("*-table-*.json")) if (tmp_path / "cache").exists() else True


def test_at_most_max_words_are_kept_the_latest(tmp_path, monkeypatch):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    file = tmp_path / "cache" / "classes.json"
    words = {f"w{i}": i % 2 for i in range(MAX_WORDS + 10)}
    write_classes(file, words)
    kept = read_classes(file)
    assert len(kept) == MAX_WORDS
    assert "w0" not in kept and f"w{MAX_WORDS + 9}" in kept
    assert all(kept[w] == words[w] for w in kept)
