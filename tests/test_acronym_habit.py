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
