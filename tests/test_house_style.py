"""GL001 and the run's house style: what the other files of a run show
about a capitalised word (a class name, a name the handbook keeps)."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules.house_style import HouseStyle, survey
from glossary_lint.runner import run

GLOSSARY = """terms:
  - id: drawer
    term: drawer
    definition: Where the spoons are kept.
  - id: pantry
    term: pantry
    aliases: [larder]
    definition: Where the food is kept.
"""


def linter(tmp_path: Path) -> Linter:
    return Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))


def write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def gl001(findings) -> list[tuple[str, str | None]]:
    return [(Path(f.path).name, f.found) for f in findings if f.code == "GL001"]


#: The handbook capitalises its pantry (and the larder, another name of the
#: same entry) mid-sentence as a rule, in several chapters.
KEPT = {
    "one.md": "We stock the Pantry daily. Ask the Pantry crew.\n",
    "two.md": "Each Larder shelf is cold, and the Pantry is warm.\n",
    "three.md": "Find it in the Pantry now. A pantry is a room.\n",
}


def test_a_capital_the_handbook_keeps_across_files_is_no_slip(tmp_path):
    paths = write(tmp_path, {**KEPT, "four.md": "Then open the Larder door.\n"})
    assert gl001(run(paths, linter(tmp_path)).findings) == []


def test_the_same_capital_in_a_file_checked_alone_is_a_slip(tmp_path):
    paths = write(tmp_path, {**KEPT, "four.md": "Then open the Larder door.\n"})
    assert gl001(run(paths[-1:], linter(tmp_path)).findings) == [("four.md", "Larder")]
    # A linter that checked the whole handbook before keeps no evidence from it.
    reused = linter(tmp_path)
    assert gl001(run(paths, reused).findings) == []
    assert gl001(run(paths[-1:], reused).findings) == [("four.md", "Larder")]


def test_a_class_name_the_handbook_writes_as_code_is_no_slip(tmp_path):
    files = {
        "a.md": "Make one with `Drawer(size)`. We fill a Drawer first.\n",
        "b.md": "Call `Drawer(size)` again, then close each drawer.\n",
        "c.md": "Each drawer is small, but a Drawer object is big.\n",
        "d.md": "The drawer opens when you pass a Drawer around.\n",
    }
    paths = write(tmp_path, {**files, "e.md": "Then hand a Drawer to the cook.\n"})
    assert gl001(run(paths, linter(tmp_path)).findings) == []


def test_a_stray_capital_in_a_handbook_of_lower_case_is_still_a_slip(tmp_path):
    files = {
        "a.md": "Each drawer is small. The drawer opens. A drawer shuts.\n",
        "b.md": "Close the drawer. One `Drawer(size)` call makes one.\n",
        "c.md": "We fill the drawer, and then the Drawer is full.\n",
    }
    paths = write(tmp_path, files)
    assert gl001(run(paths, linter(tmp_path)).findings) == [("c.md", "Drawer")]


def test_survey_counts_only_what_a_house_style_is_made_of():
    glossary = parse_glossary(GLOSSARY)
    # Written as code in one file only: one mention says little.
    once = survey(["Use `Drawer(x)`. Fill a Drawer.\n", "a Drawer", "a Drawer", "a Drawer"], glossary)
    assert once.class_names == frozenset()
    twice = survey(["Use `Drawer(x)`. Fill a Drawer.\n"] * 2 + ["a Drawer"], glossary)
    assert twice.class_names == frozenset({"Drawer"})
    # Kept when capitalised as often as written in lower case, per entry.
    style = survey(["the Pantry and the Larder, the Pantry; a pantry, a larder, a pantry\n"], glossary)
    assert style.capitalised_terms == frozenset({"pantry"})
    assert (
        survey(["the Pantry, a pantry, a pantry, a pantry, a pantry, a pantry, a larder\n"], glossary)
        == HouseStyle()
    )


def test_a_class_name_that_is_a_word_of_a_longer_term_is_no_slip(tmp_path):
    glossary = GLOSSARY + "  - id: shelf-data\n    term: shelf data\n    definition: What a shelf holds.\n"
    files = {
        "a.md": "Make one with `Shelf(rows)`; fill a Shelf first.\n",
        "b.md": "Call `Shelf(rows)` again; the Shelf holds rows.\n",
        "c.md": "Then the Shelf is full.\n",
        "d.md": "Read the Shelf data first.\n",
    }
    paths = write(tmp_path, files)
    found = run(paths, Linter(parse_glossary(glossary), Config(root=tmp_path))).findings
    assert gl001(found) == []


def test_a_plural_the_handbook_capitalises_as_a_name_counts_for_its_term(tmp_path):
    # 'Drawers' names a product here, and the handbook writes it so throughout.
    files = {
        "a.md": "It runs on Drawers and on other systems.\n",
        "b.md": "Builds for Drawers differ, and a drawer is a box.\n",
        "c.md": "Test it on Drawers first.\n",
        "d.md": "Then ship it to Drawers users.\n",
    }
    paths = write(tmp_path, files)
    assert gl001(run(paths, linter(tmp_path)).findings) == []
