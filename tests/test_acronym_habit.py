"""GL002 reports only in a handbook that spells out its acronyms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

WORD_TERMS = [
    "kiln",
    "glaze",
    "slip",
    "bisque",
    "wedging",
    "grog",
    "leather hard",
    "greenware",
    "cone",
    "trimming",
]


def _glossary_yaml(words: list[str], acronyms: dict[str, str]) -> str:
    lines = ["terms:"]
    for word in words:
        lines += [
            f"  - id: {word.replace(' ', '-')}",
            f"    term: {word}",
            "    definition: A word of the studio.",
        ]
    for short, long in acronyms.items():
        lines += [
            f"  - id: {short.lower()}",
            f"    term: {short}",
            "    case: exact",
            f"    expansion: {long}",
            "    definition: A short form the studio uses.",
        ]
    return "\n".join(lines) + "\n"


def _load(text: str, tmp_path: Path):
    from glossary_lint.glossary.loader import load_glossary

    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return load_glossary(path)


def test_a_glossary_shows_the_habit_when_acronyms_are_a_tenth_of_its_entries(tmp_path):
    from glossary_lint.rules.acronym_habit import glossary_defines_acronyms

    one_in_eleven = _load(_glossary_yaml(WORD_TERMS, {"QKF": "Quick Kiln Firing"}), tmp_path)
    assert not glossary_defines_acronyms(one_in_eleven)
    two_in_twelve = _load(
        _glossary_yaml(WORD_TERMS, {"QKF": "Quick Kiln Firing", "ZGR": "Zero Glaze Run"}), tmp_path
    )
    assert glossary_defines_acronyms(two_in_twelve)
    assert not glossary_defines_acronyms(_load(_glossary_yaml(WORD_TERMS, {}), tmp_path))


def test_an_acronym_headword_without_an_expansion_field_counts():
    from glossary_lint.rules.acronym_habit import is_acronym_entry

    assert is_acronym_entry("QKF", None, None)
    assert is_acronym_entry("fMRQ", None, None)
    assert is_acronym_entry("Quick Kiln Firing", "x", None) and is_acronym_entry("kiln", None, "K")
    assert not is_acronym_entry("kiln", None, None)
    assert not is_acronym_entry("QKF model", None, None)


def _expanding(n: int) -> str:
    letters = "BCDFGHJKLMNPRSTVWZ"
    return "\n\n".join(
        f"The Quiet {w.title()} Mode (Q{w[0].upper()}M) rests the kiln."
        for w in (f"{c}ain" for c in letters[:n])
    )


def test_prose_shows_the_habit_when_it_spells_out_enough_acronyms():
    from glossary_lint.rules.acronym_habit import PROSE_MIN, prose_expands_acronyms

    assert prose_expands_acronyms([_expanding(PROSE_MIN)])
    assert prose_expands_acronyms([_expanding(4), _expanding(PROSE_MIN)[len(_expanding(4)) :]])
    assert not prose_expands_acronyms([_expanding(PROSE_MIN - 1)])
    assert prose_expands_acronyms([":abbr:`QZM (Quiet Zone Mode)`"], enough=1)


CHAPTER = "# Firing\n\nLoad the shelves and start the QVX cycle before noon.\n"


def _check(cli, tmp_path: Path, glossary: str, chapters: dict[str, str], *paths: str) -> list[str]:
    (tmp_path / "glossary.yaml").write_text(glossary, encoding="utf-8")
    for name, text in chapters.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = cli("check", *(paths or chapters), "--format", "json", "--glossary", "glossary.yaml", cwd=tmp_path)
    return [f["found"] for f in json.loads(proc.stdout)["findings"] if f["code"] == "GL002"]


def test_a_handbook_that_spells_out_no_acronyms_gets_no_gl002(cli, tmp_path):
    assert _check(cli, tmp_path, _glossary_yaml(WORD_TERMS, {}), {"firing.md": CHAPTER}) == []


def test_the_runs_prose_expanding_enough_acronyms_turns_gl002_on(cli, tmp_path):
    from glossary_lint.rules.acronym_habit import PROSE_MIN

    chapters = {"firing.md": CHAPTER, "modes.md": "# Modes\n\n" + _expanding(PROSE_MIN) + "\n"}
    assert _check(cli, tmp_path, _glossary_yaml(WORD_TERMS, {}), chapters) == ["QVX"]
    # The same chapter checked alone (a pre-commit hook's run) has only its own prose.
    assert _check(cli, tmp_path, _glossary_yaml(WORD_TERMS, {}), chapters, "firing.md") == []


@pytest.mark.parametrize("paths", [(), ("firing.md",)])
def test_a_glossary_of_acronyms_turns_gl002_on_even_for_one_file(cli, tmp_path, paths):
    glossary = _glossary_yaml(WORD_TERMS[:4], {"QKF": "Quick Kiln Firing"})
    chapters = {"firing.md": CHAPTER, "notes.md": "# Notes\n\nNothing to define here.\n"}
    assert _check(cli, tmp_path, glossary, chapters, *paths) == ["QVX"]


def test_report_acronyms_always_opens_the_gate_for_a_handbook_without_the_habit(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.glossary-lint]\nreport-acronyms = "always"\n', encoding="utf-8"
    )
    assert _check(cli, tmp_path, _glossary_yaml(WORD_TERMS, {}), {"firing.md": CHAPTER}) == ["QVX"]


def test_report_acronyms_auto_is_the_measured_gate(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.glossary-lint]\nreport-acronyms = "auto"\n', encoding="utf-8"
    )
    assert _check(cli, tmp_path, _glossary_yaml(WORD_TERMS, {}), {"firing.md": CHAPTER}) == []


def test_report_acronyms_refuses_an_unknown_value_in_one_line(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.glossary-lint]\nreport-acronyms = "often"\n', encoding="utf-8"
    )
    (tmp_path / "glossary.yaml").write_text(_glossary_yaml(WORD_TERMS, {}), encoding="utf-8")
    (tmp_path / "firing.md").write_text(CHAPTER, encoding="utf-8")
    proc = cli("check", "firing.md", "--glossary", "glossary.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert "report-acronyms" in proc.stderr and "always" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_report_acronyms_always_holds_for_a_linter_built_directly(tmp_path):
    """The language server and the Sphinx extension build a Linter without a
    run's pre-pass: the setting reaches them through the configuration."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    glossary = _load(_glossary_yaml(WORD_TERMS, {}), tmp_path)
    auto = Linter(glossary, Config(root=tmp_path))
    always = Linter(glossary, Config(root=tmp_path, report_acronyms="always"))
    assert not auto.defines_acronyms and always.defines_acronyms
    assert [f.found for f in always.lint_text("firing.md", CHAPTER) if f.code == "GL002"] == ["QVX"]


def _reads_of_a_run(monkeypatch, tmp_path: Path, chapters: dict[str, str], select: list[str]):
    """Which files the run's pre-passes read, in order, and the linter after it."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.runner import run
    from glossary_lint.sources import reading

    read: list[str] = []
    real = reading.read_source
    monkeypatch.setattr(reading, "read_source", lambda path: read.append(path.name) or real(path))
    for name, text in chapters.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    glossary = _load(_glossary_yaml(WORD_TERMS, {}), tmp_path)
    linter = Linter(glossary, Config(root=tmp_path, glossary=tmp_path / "glossary.yaml", select=select))
    run([tmp_path / name for name in chapters], linter, jobs=1)
    return read, linter


def test_the_house_survey_and_the_gate_share_one_read_of_each_file(monkeypatch, tmp_path):
    from glossary_lint.rules.acronym_habit import PROSE_MIN

    chapters = {"a.md": CHAPTER, "b.md": "# Modes\n\n" + _expanding(PROSE_MIN) + "\n", "c.md": CHAPTER}
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, chapters, ["GL001", "GL002"])
    assert read == ["a.md", "b.md", "c.md"]
    assert linter.defines_acronyms and linter.house.class_names == frozenset()


def test_without_the_survey_the_gate_and_the_run_names_share_one_read_of_each_file(monkeypatch, tmp_path):
    # The acronyms a run spells out as names (rules/acronym_names.py) may stand
    # in any file, so GL002 reads each once, also after the habit shows.
    from glossary_lint.rules.acronym_habit import PROSE_MIN

    chapters = {"a.md": CHAPTER, "b.md": "# Modes\n\n" + _expanding(PROSE_MIN) + "\n", "c.md": CHAPTER}
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, chapters, ["GL002"])
    assert read == ["a.md", "b.md", "c.md"] and linter.defines_acronyms
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, {"a.md": CHAPTER, "c.md": CHAPTER}, ["GL002"])
    assert read == ["a.md", "c.md"] and not linter.defines_acronyms


def test_the_prose_count_stops_inside_a_text_once_it_has_enough(monkeypatch):
    from glossary_lint.rules import acronym_habit

    asked: list[str] = []
    real = acronym_habit.word_kind
    monkeypatch.setattr(acronym_habit, "word_kind", lambda word: asked.append(word) or real(word))
    habit = acronym_habit.ProseHabit(enough=2)
    habit.add(_expanding(5))
    assert habit.shown and len(habit.seen) == 2 and len(asked) == 2
    habit.add(_expanding(5))
    assert len(asked) == 2


#: Pieces of text that reach every branch of the expansion patterns and the
#: characters the gate's search splits a text at.
_PIECES = [
    "QKF",
    "QkF",
    "qKF",
    "K9",
    "Q-KF",
    "Qk-LM",
    "kiln",
    "Glaze",
    "or",
    "also",
    "called",
    "known",
    "as",
    "just",
    "simply",
    "the",
    "an",
    "(",
    ")",
    ".",
    ";",
    ":",
    "=",
    "—",
    "–",
    " - ",
    "i.e.",
    "that is,",
    "*",
    "_",
    "'s",
    "s",
    '"',
    "“",
    "2031",
    "Émail",
    "ΔKF",
    "\n",
    "\n\n",
    ",",
    "Quick Kiln Firing",
    "Kiln Fire",
    "aka",
    "a.k.a.",
    "QKFs",
    "Quiet-Kiln Flow",
]


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 30)))
        for _ in range(count)
    ]


def test_the_gates_search_finds_every_match_that_may_be_an_acronym():
    """where_acronyms_may_be searches part of a text: each pattern's matches
    with a short form of two capitals (or a capital and a digit) are the same,
    in the same order, as a search of the whole text finds."""
    from glossary_lint.rules import acronyms

    def two_marks(match) -> bool:
        short = match.group("short")
        return sum(1 for ch in short if ch.isupper() or ch.isdigit()) >= 2

    texts = _random_texts(20000, seed=14)
    for pattern in (acronyms._PAREN_BEFORE, acronyms._DEFINED_AS, acronyms._OR_SHORT, acronyms._PAREN_AFTER):
        for text in texts:
            whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text) if two_marks(m)]
            gated = [(m.span(), m.groupdict()) for m in acronyms.where_acronyms_may_be(pattern, text)]
            assert [g for g in gated if g in whole] == whole, (pattern.pattern, text)
            assert all(g in [(m.span(), m.groupdict()) for m in pattern.finditer(text)] for g in gated)


def test_the_gate_counts_the_acronyms_a_search_of_the_whole_text_counts():
    from glossary_lint.rules.acronym_habit import ProseHabit
    from glossary_lint.rules.acronyms import ACRONYM, expansions, word_kind

    for text in _random_texts(5000, seed=41):
        whole = {s for s, _ in expansions(text) if word_kind(s.split("-")[0]) == ACRONYM}
        habit = ProseHabit(enough=10**6)
        habit.add(text)
        assert habit.seen == whole, text


def test_the_gate_searches_less_than_the_whole_text(monkeypatch):
    """A long text with no word of two capitals near a bracket, separator or
    'or' is not searched by the costly patterns at all."""
    from glossary_lint.rules import acronyms

    searched: list[tuple[int, int]] = []

    class Watched:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text, start=0, end=None):
            searched.append((start, len(text) if end is None else end))
            return self.pattern.finditer(text, start, len(text) if end is None else end)

    gates = {Watched(p): gate for p, gate in acronyms._gates().items()}
    monkeypatch.setattr(acronyms, "_gates", lambda: gates)
    filler = "The kiln (a hot box) fires: slowly. Glaze or slip = coat.\n" * 200
    text = filler + "Fire QKF (quick kiln firing) first; QKF = quick kiln firing, also called QKF."
    for watched in gates:
        assert list(acronyms.where_acronyms_may_be(watched, text))
    assert len(searched) == len(gates)
    assert all(start >= len(filler) - 60 for start, _ in searched)  # the filler's pieces are left alone
    assert sum(end - start for start, end in searched) < len(text) // 20


def test_the_gates_search_takes_time_in_proportion_to_the_text():
    """A long word of capitals and digits (an encoded image pasted into a
    page) or of underscores, around every bracket and separator: ten times
    the text costs about ten times the time, never its square."""
    import time

    from glossary_lint.rules.acronyms import _gates, where_acronyms_may_be

    def cost(size: int) -> float:
        words = ["QUJD" * size, "Ab" * (2 * size), "_" * (4 * size) + "AB", "a" * (4 * size) + "QK"]
        texts = [
            f"{before}{word}{after}"
            for word in words
            for before in ("", "or ", "( ", ": ", "x (")
            for after in ("", " (", "_*_ : ", " = ", " - ", ".")
        ]
        start = time.process_time()
        for text in texts:
            for pattern in _gates():
                for _ in where_acronyms_may_be(pattern, text):
                    pass
        return time.process_time() - start

    small, large = min(cost(500) for _ in range(3)), min(cost(5000) for _ in range(3))
    assert large < 40 * max(small, 0.001)


def test_the_gate_asks_word_kind_only_of_headwords_that_could_be_acronyms(monkeypatch):
    """Every way ``word_kind`` calls a word an acronym needs two capitals, or
    one and a digit: a headword with neither is no acronym entry without
    asking (the gate asks of every entry of the glossary, every run)."""
    import random
    import string

    from glossary_lint.rules import acronym_habit
    from glossary_lint.rules.acronyms import ACRONYM, word_kind

    asked: list[str] = []
    monkeypatch.setattr(acronym_habit, "word_kind", lambda word: asked.append(word) or word_kind(word))
    for word in ("Trowel", "kiln", "Glazeware", "éclat"):
        assert not acronym_habit.is_acronym_entry(word, None, None)
    assert asked == []
    assert acronym_habit.is_acronym_entry("QKF", None, None) and asked == ["QKF"]
    # The shortcut agrees with word_kind on words of every mix of letters and digits.
    rng = random.Random(14)
    letters = string.ascii_letters + string.digits + "ÉéßÆæ"
    for _ in range(20000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 7)))
        if word_kind(word) == ACRONYM:
            assert acronym_habit._may_be_acronym(word), word


def test_the_gates_quick_test_turns_away_only_headwords_that_are_no_acronym():
    """The gate skips ``is_acronym_entry`` for a headword of one word with no
    capital after its first letter, or of several words: for such a
    headword it must say no, and the count must be what asking of every
    entry gives."""
    import random
    import string

    from glossary_lint.glossary.model import Glossary, Term
    from glossary_lint.rules import acronym_habit

    rng = random.Random(40)
    pieces = string.ascii_letters + string.digits + "ÉéßÆæ-. "
    headwords = [
        "Trowel",
        "kiln",
        "x",
        "Q",
        "QKF",
        "fMRI",
        "Kiln Glaze",
        " KGO ",
        "KGO\tlab",
        "éclat",
        "Éclat",
        "Glaze2",
    ]
    headwords += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    for word in headwords:
        if acronym_habit._never_acronym(word):
            assert not acronym_habit.is_acronym_entry(word, None, None), repr(word)
    # Every tenth entry an acronym (the share the habit needs), the rest plain words.
    terms = tuple(
        Term(
            id=f"t{i}",
            term="KGO" if i % 10 == 0 else rng.choice(["Trowel", "Kiln Glaze", "kiln"]),
            definition="D.",
        )
        for i in range(200)
    )
    counted = sum(acronym_habit.is_acronym_entry(t.term, t.expansion, t.abbreviation) for t in terms)
    assert counted == 20
    assert acronym_habit.glossary_defines_acronyms(Glossary(terms=terms))
    assert not acronym_habit.glossary_defines_acronyms(Glossary(terms=terms[1:]))


#: A chapter that writes an acronym as a name ("Kiln Glaze Ontology (KGO)").
NAMING = "# Terms\n\nThe Kiln Glaze Ontology (KGO) names each glaze.\n"


def _counted_names(monkeypatch) -> list[str]:
    """The texts the run-names pre-pass counts, as they are counted."""
    from glossary_lint.rules.acronym_names import RunNames

    counted: list[str] = []
    real = RunNames.add
    monkeypatch.setattr(RunNames, "add", lambda self, text: counted.append(text) or real(self, text))
    return counted


def test_a_run_whose_prose_never_shows_the_habit_counts_no_names_for_gl002(monkeypatch, tmp_path):
    # GL002 reads the run's names only where the habit shows: elsewhere it is
    # silent, and counting them was a tenth of the run-wide survey.
    counted = _counted_names(monkeypatch)
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, {"a.md": NAMING, "c.md": CHAPTER}, ["GL002"])
    assert read == ["a.md", "c.md"] and not linter.defines_acronyms
    assert counted == [] and linter.run_names == frozenset() and not linter.run_names_read
    # GL005 reads them whatever the habit: counted, in each file.
    read, linter = _reads_of_a_run(
        monkeypatch, tmp_path, {"a.md": NAMING, "c.md": CHAPTER}, ["GL002", "GL005"]
    )
    assert len(counted) == 2 and linter.run_names == {"KGO"} and linter.run_names_read


def test_names_written_before_the_habit_shows_count_once_it_does(monkeypatch, tmp_path):
    from glossary_lint.rules.acronym_habit import PROSE_MIN

    counted = _counted_names(monkeypatch)
    chapters = {"a.md": NAMING, "b.md": "# Modes\n\n" + _expanding(PROSE_MIN) + "\n", "c.md": CHAPTER}
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, chapters, ["GL002"])
    assert read == ["a.md", "b.md", "c.md"] and linter.defines_acronyms
    assert linter.run_names == {"KGO"} and len(counted) == 3


def test_past_the_kept_texts_bound_a_file_read_before_the_habit_showed_is_read_again(monkeypatch, tmp_path):
    from glossary_lint import runner
    from glossary_lint.rules.acronym_habit import PROSE_MIN

    monkeypatch.setattr(runner, "KEPT_CHARS", len(NAMING) + 1)
    chapters = {
        "a.md": NAMING,
        "b.md": CHAPTER,
        "c.md": "# Modes\n\n" + _expanding(PROSE_MIN) + "\n",
        "d.md": CHAPTER,
    }
    read, linter = _reads_of_a_run(monkeypatch, tmp_path, chapters, ["GL002"])
    assert read == ["a.md", "b.md", "c.md", "d.md", "b.md"]  # a.md was kept, b.md was not
    assert linter.defines_acronyms and linter.run_names == {"KGO"}


def test_evidence_without_the_names_is_not_handed_to_a_linter_that_would_read_them(tmp_path):
    """The language server hands the last survey's evidence to each linter made
    while the glossary is typed; a glossary typed into opening GL002's gate
    needs the names that survey did not count, so it surveys instead."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.run_evidence import RunEvidence
    from glossary_lint.runner import survey_run

    (tmp_path / "a.md").write_text(NAMING, encoding="utf-8")
    words = _load(_glossary_yaml(WORD_TERMS, {}), tmp_path)
    surveyed = Linter(words, Config(root=tmp_path, select=["GL002"]))
    survey_run([tmp_path / "a.md"], surveyed)
    evidence = RunEvidence.of(surveyed)
    assert evidence.run_names is None
    closed = Linter(words, Config(root=tmp_path, select=["GL002"]))
    assert evidence.give(closed) and not closed.defines_acronyms and not closed.run_names_read
    acronyms = {"QKF": "Quick Kiln Firing", "ZGR": "Zero Glaze Run"}
    opened = Linter(
        _load(_glossary_yaml(WORD_TERMS, acronyms), tmp_path), Config(root=tmp_path, select=["GL002"])
    )
    assert not evidence.give(opened)
    survey_run([tmp_path / "a.md"], opened)
    assert opened.run_names == {"KGO"} and RunEvidence.of(opened).give(opened)
