"""The cached table of English words: the same answers as wordfreq, without importing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import GLOSSARY
from glossary_lint.glossary.cache_files import cache_dir, read_headed, write_headed
from glossary_lint.matching import english_table
from glossary_lint.matching.english import KNOWN_ZIPF, ORDINARY_ZIPF, SHORT_WORD_ZIPF

FLOORS = (KNOWN_ZIPF, ORDINARY_ZIPF, SHORT_WORD_ZIPF)


def _tables() -> list[Path]:
    return sorted(cache_dir().glob("english-*.json"))


def _read_back(entry: Path) -> english_table.EnglishTable | None:
    read = read_headed(entry)
    return None if read is None else english_table._decode(*read, FLOORS)


def _read_back_zipf(entry: Path) -> english_table.ZipfTable | None:
    read = read_headed(entry)
    return None if read is None else english_table._decode_zipf(*read)


def test_the_table_answers_as_wordfreq_does_at_every_threshold():
    from wordfreq import get_frequency_dict, zipf_frequency

    table = english_table.load_table(FLOORS)
    assert table is not None
    listed = sorted(w for w in get_frequency_dict("en") if english_table.PLAIN.fullmatch(w))
    # Every 50th listed word (the whole list takes a minute), words around each
    # threshold, and words wordfreq does not list at all.
    words = listed[::50] + ["the", "domain", "tensor", "waveform", "quantizer", "zorvekaa", "vocodor"]
    words += ["café", "naïve", "fréchet", "élastique", "øresund", "zäöüqx"]
    assert all(english_table.PLAIN.fullmatch(w) for w in words)
    for word in words:
        zipf = zipf_frequency(word, "en")
        for floor in FLOORS:
            assert table.reaches(word, floor) == (zipf >= floor), (word, floor, zipf)


def test_a_corrupt_table_is_rebuilt(monkeypatch):
    table = english_table.load_table(FLOORS)
    assert table is not None
    for entry in _tables():
        entry.write_bytes(entry.read_bytes()[:-100])
    again = english_table.load_table(FLOORS)
    assert again == table
    assert all(_read_back(entry) for entry in _tables())


def test_other_wordfreq_files_or_thresholds_use_another_table(monkeypatch):
    english_table.load_table(FLOORS)
    before = set(_tables())
    english_table.load_table((KNOWN_ZIPF, 4.0))
    monkeypatch.setattr(english_table, "_wordfreq_digest", lambda: "another wordfreq")
    english_table.load_table(FLOORS)
    assert len(set(_tables()) - before) == 2


def test_no_cache_leaves_the_folder_alone(tmp_path):
    folder = tmp_path / "cache"
    (tmp_path / "page.md").write_text("The quantizer feeds a vocodor.\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "glossary_lint",
            "check",
            "--no-cache",
            "--glossary",
            str(GLOSSARY),
            "page.md",
        ],
        cwd=tmp_path,
        capture_output=True,
        check=False,
        env={**os.environ, "GLOSSARY_LINT_CACHE_DIR": str(folder)},
    )
    assert not folder.exists()


def test_a_whole_file_of_another_shape_is_rebuilt(monkeypatch, tmp_path):
    """The hash line only says the head is whole: a file written by another
    layout (a list where groups belong) is ignored and written again."""
    import json

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    table = english_table.load_table(FLOORS)
    assert len(_tables()) == 1
    for entry in _tables():
        write_headed(entry, json.dumps({str(f): ["the", "domain"] for f in FLOORS}).encode(), b"")
    assert english_table.load_table(FLOORS) == table
    assert all(_read_back(entry) for entry in _tables())


def test_the_zipf_table_gives_wordfreq_s_frequencies():
    from wordfreq import get_frequency_dict, zipf_frequency

    table = english_table.load_zipf_table()
    assert table is not None
    listed = sorted(w for w in get_frequency_dict("en") if english_table.PLAIN.fullmatch(w))
    # Every 50th listed word, a word and its longer neighbours (``value``,
    # ``values``, ``valued``), short words, words not listed, accented words.
    words = listed[::50] + ["value", "values", "valued", "valuing", "a", "of", "zz", "vocodor", "zorvekaa"]
    words += ["café", "naïve", "fréchet", "øresund", "zäöüqx"]
    for word in words:
        assert table.zipf(word) == zipf_frequency(word, "en"), word
    # Read back from the file, the same.
    assert english_table.load_zipf_table() == table


def test_a_frequency_is_read_from_the_table_without_importing_wordfreq(tmp_path):
    """Comparing two words' frequencies (GL001 asks whether ``values`` is a
    noun or a verb) imported wordfreq, 0.2 s of CPU time, in every run that asked."""
    script = (
        "import sys; from glossary_lint.matching import english; "
        "print(english.zipf('values'), english.zipf('valuing'), 'wordfreq' in sys.modules)"
    )
    env = {**os.environ, "GLOSSARY_LINT_CACHE_DIR": str(tmp_path)}
    first = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    again = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert first.stdout.split()[:2] == again.stdout.split()[:2]
    assert again.stdout.split()[2] == "False"


def test_a_corrupt_zipf_table_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    table = english_table.load_zipf_table()
    (entry,) = tmp_path.glob("zipf-*.json")
    entry.write_bytes(entry.read_bytes()[:-100])
    assert english_table.load_zipf_table() == table
    assert _read_back_zipf(entry) == table


def test_a_section_is_decoded_only_when_a_word_of_it_is_asked(monkeypatch, tmp_path):
    """Reading the 290,000 words every word of a run might be asked about
    took most of the table's time; a run asks about a few letters' worth."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_table(FLOORS)  # built and written
    table = english_table.load_table(FLOORS)  # read back
    assert table is not None
    assert not table._decoded
    assert table.reaches("domain", ORDINARY_ZIPF) is True
    assert table.reaches("dzqxv", ORDINARY_ZIPF) is False
    assert table.reaches("vocodor", KNOWN_ZIPF) is False
    assert sorted(table._decoded) == [f"{KNOWN_ZIPF}:vo", f"{ORDINARY_ZIPF}:do", f"{ORDINARY_ZIPF}:dz"]


def test_a_section_altered_behind_its_hash_line_is_asked_of_wordfreq(monkeypatch, tmp_path):
    """A file whose hash line matches but whose section is no JSON of groups
    (written by hand, or by a broken writer) gives no answer; the word is
    asked of wordfreq, as a word the table does not cover."""
    from wordfreq import zipf_frequency

    from glossary_lint.matching import english

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    table = english_table.load_table(FLOORS)
    assert table is not None
    start, end, _ = table.sections[f"{ORDINARY_ZIPF}:do"]
    body = table.body[:start] + b"[" * (end - start) + table.body[end:]
    altered = english_table.EnglishTable(table.sections, body)
    assert altered.reaches("domain", ORDINARY_ZIPF) is None
    assert altered.reaches("tensor", ORDINARY_ZIPF) is False  # other sections still read
    monkeypatch.setattr(english, "_table", lambda: altered)
    for word in ("domain", "dzqxv", "double"):
        assert english._reaches.__wrapped__(word, ORDINARY_ZIPF) == (
            zipf_frequency(word, "en") >= ORDINARY_ZIPF
        )


def test_an_everyday_word_is_known_from_its_small_section(monkeypatch, tmp_path):
    """A word that reaches ORDINARY_ZIPF reaches KNOWN_ZIPF: asked at
    KNOWN_ZIPF, it is looked up in ORDINARY_ZIPF's section (about 1 kB),
    and KNOWN_ZIPF's (about 16 kB) is decoded only for a rarer word, or when
    the small section cannot be read; the answers are wordfreq's."""
    from wordfreq import zipf_frequency

    from glossary_lint.matching import english

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_table(FLOORS)  # built and written
    table = english_table.load_table(FLOORS)  # read back
    assert table is not None
    monkeypatch.setattr(english, "_table", lambda: table)
    assert english._reaches.__wrapped__("domain", KNOWN_ZIPF) is True
    assert sorted(table._decoded) == [f"{ORDINARY_ZIPF}:do"]
    assert english._reaches.__wrapped__("vocodor", KNOWN_ZIPF) is False
    assert sorted(table._decoded) == [f"{KNOWN_ZIPF}:vo", f"{ORDINARY_ZIPF}:do", f"{ORDINARY_ZIPF}:vo"]
    for word in ("domain", "tensor", "waveform", "quantizer", "vocodor", "serivce", "fréchet", "zäöüqx"):
        wordfreq_says = zipf_frequency(word, "en") >= KNOWN_ZIPF
        assert english._reaches.__wrapped__(word, KNOWN_ZIPF) == wordfreq_says, word
    start, end, _ = table.sections[f"{ORDINARY_ZIPF}:do"]
    read_back = bytes(table.body)  # mapped from the file
    body = read_back[:start] + b"[" * (end - start) + read_back[end:]
    altered = english_table.EnglishTable(table.sections, body)
    monkeypatch.setattr(english, "_table", lambda: altered)
    assert english._reaches.__wrapped__("domain", KNOWN_ZIPF) is True  # from KNOWN_ZIPF's own section
    assert f"{KNOWN_ZIPF}:do" in altered._decoded


def test_a_head_nested_past_the_decoder_s_depth_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    table = english_table.load_table(FLOORS)
    (entry,) = _tables()
    write_headed(entry, b"[" * 100_000, b"{}")
    assert english_table.load_table(FLOORS) == table


def test_wordfreq_s_files_are_hashed_once_for_both_tables(monkeypatch, tmp_path):
    """The English table and the Zipf table are both named by a hash of
    wordfreq's 1.5 MB of code and list: a run that reads both hashes it once."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_table(FLOORS)
    english_table.load_zipf_table()
    english_table._wordfreq_digest.cache_clear()
    read: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real(self))
    assert english_table.load_table(FLOORS) is not None
    assert english_table.load_zipf_table() is not None
    assert read.count("large_en.msgpack.gz") <= 1


def test_the_zipf_table_decodes_only_the_sections_of_the_words_asked(monkeypatch, tmp_path):
    """A run compares the frequencies of a handful of words: read back from
    the cache, the table decodes the section of each one's first letters."""
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_zipf_table()  # built and written
    table = english_table.load_zipf_table()  # read back
    assert table is not None
    assert not table.sections._decoded
    assert table.zipf("kettle") > table.zipf("kettel") == 0.0
    assert table.zipf("kiln") > 0
    assert sorted(table.sections._decoded) == ["zipf:ke", "zipf:ki"]


def test_a_zipf_section_altered_behind_its_hash_line_is_asked_of_wordfreq(monkeypatch, tmp_path):
    from wordfreq import zipf_frequency

    from glossary_lint.matching import english

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    table = english_table.load_zipf_table()
    assert table is not None
    start, end, _ = table.sections.sections["zipf:ke"]
    body = table.sections.body[:start] + b"{" * (end - start) + table.sections.body[end:]
    altered = english_table.ZipfTable(english_table.EnglishTable(table.sections.sections, body))
    assert altered.zipf("kettle") is None
    assert altered.zipf("teapot") == table.zipf("teapot")  # other sections still read
    monkeypatch.setattr(english, "_zipf_table", lambda: altered)
    assert english.zipf.__wrapped__("kettle") == zipf_frequency("kettle", "en")


def test_a_section_changed_behind_the_head_is_asked_of_wordfreq(monkeypatch, tmp_path):
    """The hash line covers only the head; each section is checked against
    its digest there when it is decoded, so a word dropped from a section
    on disk (the JSON still whole) is not taken for a rare word."""
    from glossary_lint.matching import english

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_table(FLOORS)
    (entry,) = _tables()
    raw = entry.read_bytes()
    assert raw.count(b" domain ") >= 1
    entry.write_bytes(raw.replace(b" domain ", b" domaij "))
    table = english_table.load_table(FLOORS)
    assert table is not None and not table._decoded  # the head is whole: the file is used
    assert table.reaches("domain", ORDINARY_ZIPF) is None
    assert table.reaches("tensor", ORDINARY_ZIPF) is False  # other sections still read
    monkeypatch.setattr(english, "_table", lambda: table)
    assert english._reaches.__wrapped__("domain", ORDINARY_ZIPF) is True


def test_a_run_reads_only_the_sections_it_asks_of_the_file(monkeypatch, tmp_path):
    """Reading and hashing the whole 2.8 MB file cost a run about 5 ms: read
    back, the file is mapped, and only the head is hashed."""
    import hashlib

    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path))
    english_table.load_table(FLOORS)
    hashed: list[int] = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda data=b"": hashed.append(len(data)) or real(data))
    table = english_table.load_table(FLOORS)
    assert table is not None and table.reaches("domain", ORDINARY_ZIPF) is True
    (entry,) = _tables()
    assert max(hashed) < entry.stat().st_size // 10
