"""GL001 and the run's house style: what the other files of a run show
about a capitalised word (a class name, a name the handbook keeps) and
about how the prose spaces a term (its own joined or hyphenated form)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter, parse_document
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules.house_style import HouseStyle, _SpacingCount, page_capitals, prose_text, survey
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


def gl001_of(tmp_path: Path, glossary: str, files: dict[str, str]) -> list[tuple[str, str | None]]:
    """GL001's findings of a run over ``files`` against ``glossary``."""
    linter = Linter(parse_glossary(glossary), Config(root=tmp_path))
    return gl001(run(write(tmp_path, files), linter).findings)


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
    matcher = Matcher(glossary)
    # Written as code in one file only: one mention says little.
    once = survey(
        ["Use `Drawer(x)`. Fill a Drawer.\n", "a Drawer", "a Drawer", "a Drawer"], glossary, matcher
    )
    assert once.class_names == frozenset()
    twice = survey(["Use `Drawer(x)`. Fill a Drawer.\n"] * 2 + ["a Drawer"], glossary, matcher)
    assert twice.class_names == frozenset({"Drawer"})
    # Kept when capitalised as often as written in lower case, per entry.
    style = survey(
        ["the Pantry and the Larder, the Pantry; a pantry, a larder, a pantry\n"], glossary, matcher
    )
    assert style.capitalised_terms == frozenset({("pantry", (0,))})
    assert (
        survey(
            ["the Pantry, a pantry, a pantry, a pantry, a pantry, a pantry, a larder\n"], glossary, matcher
        )
        == HouseStyle(closed_terms=frozenset({"pantry"}))  # no capital kept; the word written whole
    )


def test_a_class_name_that_is_a_word_of_a_longer_term_is_no_slip(tmp_path):
    glossary = GLOSSARY + "  - id: shelf-data\n    term: shelf data\n    definition: What a shelf holds.\n"
    files = {
        "a.md": "Make one with `Shelf(rows)`; fill a Shelf first.\n",
        "b.md": "Call `Shelf(rows)` again; the Shelf holds rows.\n",
        "c.md": "Then the Shelf is full.\n",
        "d.md": "Read the Shelf data first.\n",
    }
    assert gl001_of(tmp_path, glossary, files) == []


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


# -- the house's spacing of a term ----------------------------------------------

SPACED = """terms:
  - id: shoe-rack
    term: shoe rack
    definition: Where the boots stand.
  - id: doormat
    term: doormat
    variants: [door-mat]
    definition: Where the boots are wiped.
  - id: hatstand
    term: HatStand
    case: exact
    definition: A brand of coat hook.
"""


def spaced_linter(tmp_path: Path) -> Linter:
    return Linter(parse_glossary(SPACED), Config(root=tmp_path))


#: A handbook whose prose closes up the glossary's "shoe rack" in most places.
HALLWAY = {
    "hall.md": "Put boots on the shoerack. A shoerack by the door is handy.\n",
    "porch.md": "The shoerack is full, so the shoe rack in the porch takes the rest.\n",
    "attic.md": "Old boots go on the attic shoerack.\n",
}


def test_a_spacing_the_prose_writes_as_often_as_the_glossarys_is_the_house_spelling(tmp_path):
    paths = write(tmp_path, HALLWAY)
    assert gl001(run(paths, spaced_linter(tmp_path)).findings) == []


def test_a_stray_spacing_is_still_a_slip(tmp_path):
    files = {
        "hall.md": "Put boots on the shoe rack. A shoe rack by the door is handy.\n",
        "porch.md": "The shoe rack is full, so the shoerack in the porch takes the rest.\n",
        "attic.md": "Old boots go on the attic shoe rack, and the shoe-rack there is old.\n",
    }
    paths = write(tmp_path, files)
    found = gl001(run(paths, spaced_linter(tmp_path)).findings)
    assert found == [("porch.md", "shoerack"), ("attic.md", "shoe-rack")]


def test_a_spaced_term_hyphenated_before_its_noun_is_no_house_spelling(tmp_path):
    # Three uses hyphenate "shoe rack" as a modifier before a noun, as English
    # does; they say nothing of how the house spells the rack itself, so the
    # one hyphenated noun stays a slip, and the modifiers pass.
    files = {
        "hall.md": "The shoe-rack screws are loose. A shoe rack stands here.\n",
        "porch.md": "Check the shoe-rack height first.\n",
        "attic.md": "Its shoe-rack legs are oak, but the shoe-rack is old.\n",
    }
    paths = write(tmp_path, files)
    found = gl001(run(paths, spaced_linter(tmp_path)).findings)
    assert found == [("attic.md", "shoe-rack")]


def test_a_form_the_glossary_lists_as_wrong_is_reported_however_often_it_is_written(tmp_path):
    files = {
        "hall.md": "Wipe boots on the door-mat. The door-mat is wet.\n",
        "porch.md": "A dry door-mat helps, and a doormat outside too.\n",
    }
    paths = write(tmp_path, files)
    found = gl001(run(paths, spaced_linter(tmp_path)).findings)
    assert found == [("hall.md", "door-mat"), ("hall.md", "door-mat"), ("porch.md", "door-mat")]


def test_the_house_spacing_excuses_no_slip_of_an_exact_case_name(tmp_path):
    # The prose spaces the brand as two words; "Hat Stand" keeps its letters'
    # case and is the house's, "hat stand" slips its capitals as well.
    files = {
        "hall.md": "Hang it on the Hat Stand. Every Hat Stand holds six coats.\n",
        "porch.md": "Our Hat Stand is oak, and the HatStand catalogue lists it.\n",
        "attic.md": "An old hat stand sits in the attic, the HatStand of 1990.\n",
    }
    paths = write(tmp_path, files)
    found = run(paths, spaced_linter(tmp_path)).findings
    assert [(Path(f.path).name, f.found, f.suggestion) for f in found if f.code == "GL001"] == [
        ("attic.md", "hat stand", "HatStand")
    ]


def test_code_says_nothing_about_the_prose_spacing(tmp_path):
    # The module `hallway.shoerack` and a literal block are code: only the prose counts.
    files = {
        "hall.rst": (
            "Import ``hallway.shoerack`` and call ``shoerack.add()``::\n\n"
            "    shoerack = hallway.shoerack.ShoeRack()\n    shoerack.add(boots)\n\n"
            "The shoe rack holds boots; see :mod:`hallway.shoerack`.\n"
        ),
        "porch.rst": "Each shoe rack has a shelf, and the shoerack in the porch has two.\n",
    }
    paths = write(tmp_path, files)
    assert gl001(run(paths, spaced_linter(tmp_path)).findings) == [("porch.rst", "shoerack")]


def test_prose_text_keeps_glossary_references_and_drops_code():
    text = (
        "A :term:`shoe rack` and ``shoe.rack`` and :func:`rack` here.\n"
        "Build it::\n\n    shoerack = 1\n\nBack to prose.\n"
        "```python\nshoerack = 2\n```\n>>> shoerack\n"
        "(hallway-shoerack)=\n.. _shoerack-label:\n"
    )
    prose = prose_text(text)
    assert "shoe rack" in prose and "Back to prose." in prose
    assert (
        "shoerack" not in prose and "shoe.rack" not in prose and "rack" not in prose.replace("shoe rack", "")
    )


@pytest.mark.parametrize(
    "code",
    [
        "Build it::\n\n    shoerack = 1\n",
        ".. code-block:: shoerack\n\n    x = 1\n",
        ">>> shoerack\n",
        "... shoerack\n",
        "$ shoerack\n",
        "(hallway-shoerack)=\n",
        ".. _shoerack-label:\n",
        "```\nshoerack\n```\n",
        "~~~\nshoerack\n~~~\n",
        "Call ``shoerack`` first.\n",
    ],
)
def test_prose_text_drops_each_kind_of_code_in_a_text_with_no_other(code):
    # prose_text skips the passes whose marks a text lacks: each kind of
    # code alone in its text is still put out of the way.
    prose = prose_text("The porch has a shoe rack.\n\n" + code + "\nBack to prose.\n")
    assert "shoerack" not in prose and "The porch has a shoe rack." in prose and "Back to prose." in prose


def test_prose_text_of_a_text_with_no_code_is_the_text():
    text = "The porch has a shoe rack.\n\n  Its shelf holds boots: two pairs.\n"
    assert prose_text(text) == text


# -- one file checked alone ------------------------------------------------------


def test_a_file_checked_alone_is_its_own_house(tmp_path):
    # One chapter that keeps its Pantry capitalised and closes up its shoerack.
    text = (
        "We stock the Pantry daily. Ask the Pantry crew, and the Pantry opens early.\n"
        "A pantry is a room. Boots go on the shoerack; the shoerack is by the door,\n"
        "and the shoe rack too holds a shoerack's worth of boots.\n"
    )
    glossary = parse_glossary(GLOSSARY + SPACED.removeprefix("terms:\n"))
    paths = write(tmp_path, {"chapter.md": text})
    assert gl001(run(paths, Linter(glossary, Config(root=tmp_path))).findings) == []


def test_a_name_that_capitalises_the_words_does_not_make_their_spacing_the_house_spelling(tmp_path):
    glossary = "terms:\n  - id: acme-certified\n    term: ACME-certified\n    definition: Passed the test.\n"
    files = {
        "a.md": "Join the ACME Certified Program. The ACME Certified Program is free.\n",
        "b.md": "An ACME-certified tool helps. The ACME Certified Program lists them.\n",
        "c.md": "Each ACME-certified part is marked, and an ACME certified part is sold.\n",
    }
    paths = write(tmp_path, files)
    found = gl001(run(paths, Linter(parse_glossary(glossary), Config(root=tmp_path))).findings)
    assert found == [("c.md", "ACME certified")]


def test_a_closed_up_form_that_names_a_module_of_the_code_is_the_modules_name(tmp_path):
    # The prose mostly spaces "shoe rack", but 'the shoerack queue' names the
    # module hallway.shoerack the code imports, in several chapters.
    files = {
        "a.rst": "Boots wait in the shoerack queue; see :func:`hallway.shoerack.push`.\n",
        "b.rst": "The shoerack queue is emptied by ``hallway.shoerack.pop()``.\n",
        "c.rst": "A shoe rack holds boots, and a shoe rack has shelves. Mind the shoerack queue.\n",
        "d.rst": "Every shoe rack is wooden, and the shoe rack is by the door.\n",
    }
    paths = write(tmp_path, files)
    assert gl001(run(paths, spaced_linter(tmp_path)).findings) == []
    # Written so in fewer chapters, or with no module of that name, it is a slip.
    del files["c.rst"]
    assert gl001(run(write(tmp_path, files)[:3], spaced_linter(tmp_path)).findings) != []
    plain = {name: text.replace("hallway.shoerack", "hallway.racks") for name, text in files.items()}
    plain["c.rst"] = "A shoe rack holds boots, and a shoe rack has shelves. Mind the shoerack queue.\n"
    found = gl001(run(write(tmp_path, plain), spaced_linter(tmp_path)).findings)
    assert [name for name, _ in found] == ["a.rst", "b.rst", "c.rst"]


def test_the_spacing_survey_keeps_no_more_for_more_files():
    # What the survey holds grows with the terms the prose meets, not with its files.
    glossary = parse_glossary(SPACED)
    chapter = "The shoerack, a shoe rack, `hallway.shoerack`, a door-mat and the doormat.\n"
    few = survey([chapter] * 3, glossary, Matcher(glossary))
    many = survey([chapter] * 3000, glossary, Matcher(glossary))
    assert few.spacings == many.spacings == frozenset({("shoe-rack", "shoerack")})
    counts = _SpacingCount(Matcher(glossary))
    for _ in range(3):
        counts.add(chapter)
    held = (len(counts.counts), len(counts.files), len(counts.code_files), len(counts.terms))
    for _ in range(3000):
        counts.add(chapter)
    assert (len(counts.counts), len(counts.files), len(counts.code_files), len(counts.terms)) == held


# -- one page's own capitals -------------------------------------------------------

#: A chapter that names its one drawer 'the Drawer', a role in its story, and
#: writes the many drawers of the kitchen in lower case.
STYLED_PAGE = (
    "# Kitchen\n\n"
    "When the Drawer is shut, nothing leaks. We clean the Drawer weekly, and only\n"
    "then is the Drawer ready. Cooks fill drawers, empty drawers and label drawers;\n"
    "old drawers creak, and new drawers stick. Most drawers hold spoons, some drawers\n"
    "hold forks, and spare drawers hold nothing.\n"
)
#: A chapter that writes the drawer in lower case, with one stray capital.
SLIPPED_PAGE = (
    "# Pantry\n\n"
    "Open the drawer slowly. The drawer is heavy, so lift the drawer a little,\n"
    "and pull the Drawer out with care. Cooks fill drawers and empty drawers.\n"
)


def test_a_page_that_capitalises_a_term_as_its_style_is_quiet(tmp_path):
    # Three capitals and no lower-case singular: the page's style, though the
    # page writes the plural in lower case more often, and so does the run.
    paths = write(tmp_path, {"styled.md": STYLED_PAGE})
    assert gl001(run(paths, linter(tmp_path)).findings) == []


def test_one_capital_among_lower_case_uses_is_still_a_slip(tmp_path):
    paths = write(tmp_path, {"slipped.md": SLIPPED_PAGE})
    assert gl001(run(paths, linter(tmp_path)).findings) == [("slipped.md", "Drawer")]
    # The same page with its lower-case singulars capitalised has a style.
    styled = SLIPPED_PAGE.replace("the drawer", "the Drawer")
    assert gl001(linter(tmp_path).lint_text("styled.md", styled)) == []


def test_a_pages_style_excuses_no_slip_on_another_page(tmp_path):
    paths = write(tmp_path, {"styled.md": STYLED_PAGE, "slipped.md": SLIPPED_PAGE})
    assert gl001(run(paths, linter(tmp_path)).findings) == [("slipped.md", "Drawer")]


def test_a_page_writing_an_exact_case_name_otherwise_is_reported_however_often(tmp_path):
    glossary = "terms:\n  - id: spoonbox\n    term: spoonbox\n    case: exact\n    definition: A tool.\n"
    text = "We run the Spoonbox daily. Ask the Spoonbox first, then restart the Spoonbox.\n"
    found = Linter(parse_glossary(glossary), Config(root=tmp_path)).lint_text("a.md", text)
    assert gl001(found) == [("a.md", "Spoonbox")] * 3


def test_page_capitals_count_a_singular_and_a_plural_apart():
    glossary = parse_glossary(GLOSSARY)
    lint = Linter(glossary, Config(root=Path(".")))
    mentions = lint.mentions(parse_document("a.md", STYLED_PAGE, lint.config))
    assert page_capitals(mentions) == frozenset({("drawer", "Drawer", False)})
    # Capitals in a title or at a sentence's start say nothing of the page's style.
    titled = "# The Drawer\n\nDrawer first. Drawer again. Drawer last. A drawer is small.\n"
    assert page_capitals(lint.mentions(parse_document("b.md", titled, lint.config))) == frozenset()


# -- a capital the whole handbook writes as one of its usages ---------------------

#: Chapters that call the kitchen's pantry "the Pantry" now and then, in
#: passages that name it as a place, and "the pantry" far more often.
NAMED_NOW_AND_THEN = {
    "stock.md": (
        "We fill the pantry on Mondays. The Pantry crew unloads the van, and the\n"
        "pantry shelves are sorted by noon. Later the pantry is locked.\n"
    ),
    "cold.md": (
        "Milk goes to the cold room, not the pantry. Ask the Pantry staff if the\n"
        "pantry door sticks; the pantry lights are on a timer, and the pantry fan hums.\n"
    ),
    "night.md": (
        "At night the pantry is dark. Only the Pantry keys open it, and the Pantry\n"
        "alarm rings if the pantry window is left open. Each pantry has one.\n"
    ),
    "audit.md": (
        "Counting the pantry takes an hour. The pantry list is long, and the\n"
        "Pantry manager signs it. A pantry count is due weekly.\n"
    ),
}


def test_a_capital_the_handbook_writes_in_many_chapters_is_its_usage(tmp_path):
    # Five capitals mid-sentence in four chapters, against many more in lower
    # case: no chapter keeps it as a rule, but the house writes it so.
    assert gl001_of(tmp_path, GLOSSARY, NAMED_NOW_AND_THEN) == []


def test_one_stray_capital_in_each_of_a_few_chapters_is_still_a_slip(tmp_path):
    # The same capital once in each of three chapters: strays, not a usage.
    files = {
        "stock.md": "We fill the pantry on Mondays, and the Pantry shelves are sorted.\n",
        "cold.md": "Milk goes to the cold room. Ask if the Pantry door sticks.\n",
        "night.md": "At night the pantry is dark, and the Pantry alarm is on.\n",
        "audit.md": "Counting the pantry takes an hour; the pantry list is long.\n",
        "shelf.md": "Each pantry shelf is oak. The pantry is cool, and a pantry fan runs.\n",
    }
    assert sorted(gl001_of(tmp_path, GLOSSARY, files)) == [
        ("cold.md", "Pantry"),
        ("night.md", "Pantry"),
        ("stock.md", "Pantry"),
    ]


def test_capitals_that_titles_links_and_emphasis_explain_make_no_house_usage(tmp_path):
    # Headings, link text, bold labels and sentence starts capitalise the word
    # for their own reasons: they say nothing of how the prose writes it.
    files = {
        "a.md": "# Inside the Pantry\n\nSee [the Pantry guide](b.md). The pantry is cool.\n",
        "b.rst": "Stocking the Pantry\n===================\n\n**Pantry rules**: keep the pantry tidy.\n",
        "c.md": "Read *Pantry* first. Pantry doors shut. The pantry has shelves.\n",
        "d.md": "## About the Pantry\n\nThe pantry is small. We lock the Pantry at nine.\n",
    }
    assert gl001_of(tmp_path, GLOSSARY, files) == [("d.md", "Pantry")]
    # So do the first words of a definition under its term and of a paragraph
    # after a literal block, though no full stop comes before them.
    files = {
        "a.rst": ".. glossary::\n\n   larder\n      Pantry is another word for it\n",
        "b.rst": "Stock it like so::\n\n    fill(larder)\n\nPantry work ends at noon\n",
        "c.rst": "Rooms\n\n   larder\n      Pantry, in older books\n",
        "d.md": "The pantry is small. We lock the Pantry at nine.\n",
    }
    assert gl001_of(tmp_path, GLOSSARY, files) == [("d.md", "Pantry")]


SPICE_RACK = "terms:\n  - id: spice-rack\n    term: spice rack\n    definition: Jars on a shelf.\n"


def test_the_survey_counts_capitals_of_terms_of_several_words(tmp_path):
    files = {
        "a.md": "Fill the Spice Rack first, then label the Spice Rack jars.\n",
        "b.md": "Our spice rack is full. We dust the Spice Rack weekly.\n",
        "c.md": "A cook checks the spice rack and then the\nSpice Rack lid.\n",
    }
    assert gl001_of(tmp_path, SPICE_RACK, files) == []


def test_a_keyword_in_capitals_makes_no_house_capital(tmp_path):
    # 'SPICE rack' writes a keyword of some language in capitals, as GL001
    # allows; it says nothing of a capitalised 'Spice rack', which stays a slip.
    files = {
        "a.md": "Each SPICE rack entry is read, and a SPICE rack is checked.\n",
        "b.md": "The parser skips a SPICE rack, then the SPICE rack ends.\n",
        "c.md": "We wrote one SPICE rack for salt and a spice rack for the\nSpice rack cupboard.\n",
    }
    assert gl001_of(tmp_path, SPICE_RACK, files) == [("c.md", "Spice rack")]


def test_code_in_lower_case_does_not_outweigh_the_prose_capitals(tmp_path):
    # The prose names the Pantry as often as not; the code blocks' many
    # lower-case 'pantry' (a language, a key, a variable) are not prose.
    files = {
        "a.rst": "The Pantry opens early, and a pantry clerk waits.\n\n.. code-block:: pantry\n\n    pantry: 1\n",
        "b.rst": "Ask the Pantry first.\n\n.. code-blocK:: pantry\n\n    pantry = pantry + pantry\n",
        "c.rst": "We lock the Pantry at nine.\n\n.. code-block:: pantry\n\n    pantry.close(pantry)\n",
    }
    assert gl001_of(tmp_path, GLOSSARY, files) == []


def test_prose_text_drops_a_code_directives_arguments_in_any_case():
    text = "Read on.\n\n.. code-block:: pantry\n\n    x = 1\n\n.. Code-Block:: drawer\n\n    y = 2\n\nDone.\n"
    prose = prose_text(text)
    assert "Read on." in prose and "Done." in prose
    assert "pantry" not in prose and "drawer" not in prose and "x = 1" not in prose and "y = 2" not in prose
    # The paragraphs around a literal block stay apart: no sentence runs on
    # from 'Build it' into 'Pantry work'.
    prose = prose_text("Build it::\n\n    x = 1\n\nPantry work ends.\n")
    assert re.search(r"Build it\n[ \t]*\n", prose) and "Pantry work ends." in prose


def test_a_term_broken_over_two_lines_is_the_same_form_on_its_page(tmp_path):
    text = (
        "We keep the Spice Rack by the stove. Every jar in the Spice\n"
        "Rack has a label, and the Spice Rack is dusted on Fridays.\n"
    )
    found = Linter(parse_glossary(SPICE_RACK), Config(root=tmp_path)).lint_text("a.md", text)
    assert gl001(found) == []


def test_the_capital_survey_grows_linearly_with_a_long_file():
    # Each capital is judged from the text around it, not from the whole file:
    # ten times the text costs about ten times as much, not a hundred.
    glossary = parse_glossary(GLOSSARY)
    line = "We stock the Pantry daily, and a clerk then counts the pantry shelves twice.\n"

    def cost(lines: int) -> float:
        text = line * lines
        began = time.process_time()
        for _ in range(3):
            survey([text], glossary, Matcher(glossary))
        return time.process_time() - began

    small, large = cost(300), cost(3000)
    assert large < 30 * max(small, 1e-3)


def test_the_house_capital_excuses_its_own_form_not_another_capital(tmp_path):
    # The house writes "HookLine" mid-sentence in four chapters; one chapter's
    # "Hookline" is neither that form nor lower case: a slip the habit of
    # another capital does not excuse.
    glossary = GLOSSARY + "  - id: hookline\n    term: hookline\n    definition: A line that calls back.\n"
    files = {
        "a.md": "Each HookLine calls back, and a second HookLine waits.\n",
        "b.md": "We open a HookLine per client; the hookline then idles.\n",
        "c.md": "A busy HookLine drops frames.\n",
        "d.md": "Close the HookLine when done, and log which HookLine closed.\n",
        "e.md": "Then every Hookline is counted, and each hookline is reset.\n",
    }
    assert gl001_of(tmp_path, glossary, files) == [("e.md", "Hookline")]


#: A glossary whose entry for the tray says, in its own definition, that the
#: word names a class of the code; the cupboard's entry does not.
CLASS_DEFINED = """terms:
  - id: tray
    term: Tray
    definition: A `Tray` object, which carries the cups to the table.
  - id: cupboard
    term: Cupboard
    definition: Where the cups wait between meals.
"""


def test_a_capital_whose_entry_defines_it_as_a_class_names_the_class(tmp_path):
    files = {"a.md": "Set each cup down on the Tray before you serve.\n"}
    assert gl001_of(tmp_path, CLASS_DEFINED, files) == []


def test_a_capital_whose_entry_names_no_class_is_still_a_slip(tmp_path):
    files = {"a.md": "Put each cup back into the Cupboard after you serve.\n"}
    assert gl001_of(tmp_path, CLASS_DEFINED, files) == [("a.md", "Cupboard")]


#: Two hyphenated entries: the first one's own definition writes it open, as
#: the noun; the second's never does.
OPEN_IN_DEFINITION = """terms:
  - id: cold-storage
    term: cold-storage
    definition: Cold storage keeps the grain dry through the winter months.
  - id: hot-swap
    term: hot-swap
    definition: Replacing a part while the machine keeps running.
"""


def test_a_hyphenated_entry_written_open_as_its_own_definition_writes_it_passes(tmp_path):
    files = {"a.md": "We moved the grain into cold storage last week.\n"}
    assert gl001_of(tmp_path, OPEN_IN_DEFINITION, files) == []


def test_a_hyphenated_entry_written_open_against_its_definition_is_still_a_slip(tmp_path):
    files = {"a.md": "We did a hot swap of the broken disk.\n"}
    assert gl001_of(tmp_path, OPEN_IN_DEFINITION, files) == [("a.md", "hot swap")]


def test_the_definitions_spacing_excuses_no_wrong_capitals(tmp_path):
    files = {"a.md": "We moved the grain into Cold Storage last week.\n"}
    assert gl001_of(tmp_path, OPEN_IN_DEFINITION, files) == [("a.md", "Cold Storage")]


#: Two spaced entries: the first one's definition hyphenates it, in the plural
#: too; the second one's never does.
HYPHENATED_IN_DEFINITION = """terms:
  - id: dead-band
    term: dead band
    definition: A margin around the set point; dead-bands keep the valve from chattering.
  - id: drop-point
    term: drop point
    definition: Where a courier leaves the parcels.
"""


def test_a_spaced_entry_hyphenated_as_its_own_definition_writes_it_passes(tmp_path):
    files = {"a.md": "The thermostat has a dead-band of two degrees, and the dead-bands differ.\n"}
    assert gl001_of(tmp_path, HYPHENATED_IN_DEFINITION, files) == []


def test_a_plural_in_the_definition_allows_the_open_form_of_a_hyphenated_entry(tmp_path):
    glossary = OPEN_IN_DEFINITION.replace("Cold storage keeps", "Cold storages keep")
    files = {"a.md": "We moved the grain into cold storage last week.\n"}
    assert gl001_of(tmp_path, glossary, files) == []


#: A spaced entry that another entry's definition hyphenates, naming it as
#: one of two ways a thing is done.
HYPHENATED_BY_ANOTHER_ENTRY = """terms:
  - id: hand-sort
    term: hand sort
    definition: Sorting parcels by hand, not by the belt.
  - id: sorting
    term: sorting
    definition: Putting each parcel on its route, by one of two methods (belt-fed or hand-sort).
  - id: drop-point
    term: drop point
    definition: Where a courier leaves the parcels.
"""


def test_a_spaced_entry_hyphenated_as_another_entrys_definition_writes_it_passes(tmp_path):
    files = {
        "a.md": "The depot offers two methods (belt-fed or hand-sort).\n\n**Hand-sort.** A clerk reads each label.\n"
    }
    assert gl001_of(tmp_path, HYPHENATED_BY_ANOTHER_ENTRY, files) == []
    # a term no definition hyphenates keeps its slips
    files = {"a.md": "The parcel waits at the drop-point.\n"}
    assert gl001_of(tmp_path, HYPHENATED_BY_ANOTHER_ENTRY, files) == [("a.md", "drop-point")]


def test_a_spaced_entry_hyphenated_against_its_definition_is_still_a_slip(tmp_path):
    files = {"a.md": "The parcel waits at the drop-point.\n"}
    assert gl001_of(tmp_path, HYPHENATED_IN_DEFINITION, files) == [("a.md", "drop-point")]


#: An entry of two words whose distinctive word is a closed compound.
SPLIT_WORD = """terms:
  - id: fast-stringbuffer
    term: Fast stringbuffer
    definition: A buffer of characters that grows without copying.
"""


def test_a_page_that_writes_the_distinctive_word_as_a_phrase_keeps_it(tmp_path):
    files = {
        "a.md": (
            "Each string buffer holds text. Pass string buffers to the writer.\n\n"
            "A fast stringbuffer grows, and the string buffer never copies.\n"
        )
    }
    assert gl001_of(tmp_path, SPLIT_WORD, files) == []


def test_a_stray_split_of_the_distinctive_word_is_still_a_slip(tmp_path):
    files = {"a.md": "A fast stringbuffer grows. Pass a string buffer to the writer.\n"}
    assert gl001_of(tmp_path, SPLIT_WORD, files) == [("a.md", "string buffer")]


def test_the_distinctive_word_hyphenated_on_every_line_is_still_a_slip(tmp_path):
    files = {
        "a.md": (
            "Each string-buffer holds text. Pass a string-buffer to the writer.\n\n"
            "A fast stringbuffer grows, and the string-buffer never copies.\n"
        )
    }
    assert len(gl001_of(tmp_path, SPLIT_WORD, files)) == 3


def test_a_lower_case_headword_defined_by_its_class_keeps_its_capital_slips(tmp_path):
    glossary = """terms:
  - id: kettle
    term: kettle
    definition: Any object made from the `Kettle` class, which boils water.
"""
    files = {"a.md": "Fill the Kettle before you light the stove.\n"}
    assert gl001_of(tmp_path, glossary, files) == [("a.md", "Kettle")]


def test_a_spaced_entry_is_not_respaced_by_a_path_in_its_definition(tmp_path):
    glossary = """terms:
  - id: spice-rack
    term: spice rack
    definition: A shelf for jars; see [the guide](guide/spice-rack.md).
"""
    files = {"a.md": "Hang the spice-rack above the stove.\n"}
    assert gl001_of(tmp_path, glossary, files) == [("a.md", "spice-rack")]


#: A glossary whose headwords show a product's name (Brightmill opens two of
#: them), and a component of it written in lower case.
PRODUCT = """terms:
  - id: brightmill-oven
    term: Brightmill Oven
    definition: The product's baking unit.
  - id: brightmill-mixer
    term: Brightmill Mixer
    definition: The product's mixing unit.
  - id: flour-store
    term: flour store
    definition: Where the product keeps its flour.
"""


def test_a_component_capitalised_as_the_product_names_it_on_the_page_is_its_name(tmp_path):
    files = {
        "a.md": (
            "The dough rises while the baker's Flour Store refills.\n\n"
            "Before baking, the Brightmill Flour Store must be filled.\n"
        )
    }
    assert gl001_of(tmp_path, PRODUCT, files) == []


def test_a_component_capitalised_on_a_page_that_never_names_it_is_a_slip(tmp_path):
    files = {"a.md": "The dough rises while the baker's Flour Store refills.\n"}
    assert gl001_of(tmp_path, PRODUCT, files) == [("a.md", "Flour Store")]


def test_a_capital_after_a_word_that_opens_no_names_makes_no_name(tmp_path):
    files = {
        "a.md": (
            "The dough rises while the baker's Flour Store refills.\n\n"
            "Before baking, the Village Flour Store must be filled.\n"
        )
    }
    assert gl001_of(tmp_path, PRODUCT, files) == [("a.md", "Flour Store")]


def test_a_closed_compound_split_in_one_chapter_is_a_slip_where_the_others_write_it_whole(tmp_path):
    glossary = "terms:\n  - id: tea\n    term: teapot\n    definition: A pot for tea.\n"
    files = {
        "one.md": "Warm the teapot first. The teapot keeps heat.\n",
        "two.md": "A teapot of clay pours slowly.\n",
        "three.md": "Fill the tea pot with water that has just boiled.\n",
    }
    assert gl001_of(tmp_path, glossary, files) == [("three.md", "tea pot")]
    # Where the handbook writes the two words as often, they are its phrase.
    files["four.md"] = "A tea pot here. Every tea pot leaks. The tea pot is old.\n"
    assert gl001_of(tmp_path, glossary, files) == []


def test_the_text_of_an_undefined_reference_link_quotes_its_target(tmp_path):
    # A site generator resolves "[shoe-rack][racks.ShoeRack]" when it builds;
    # the parser leaves the brackets, and the words are link text all the same.
    files = {"hall.md": "Read about the [shoe-rack][racks.ShoeRack] and its [shoe rack][] kin.\n"}
    paths = write(tmp_path, files)
    assert gl001(run(paths, spaced_linter(tmp_path)).findings) == []


# -- a reST page read as reST, a Markdown page as Markdown -----------------------

#: A reST page whose sections are underlined with tildes and backquotes:
#: runs that a Markdown reader would take for fences opening and closing.
TITLED_REST = (
    "Stocking up\n~~~~~~~~~~~\n\n"
    "We stock the Pantry daily. Ask the Pantry crew.\n\n"
    "Cold rooms\n``````````\n\n"
    "Each Larder shelf is cold, and the Pantry is warm.\n\n"
    "Closing time\n~~~~~~~~~~~~\n\nLock the door.\n"
)


def test_prose_text_reads_a_rest_pages_title_underlines_as_titles():
    prose = prose_text(TITLED_REST, rest=True)
    assert "We stock the Pantry daily." in prose and "Each Larder shelf is cold" in prose


def test_prose_text_reads_a_markdown_tilde_fence_as_code():
    text = "Open the jar.\n\n~~~\nPantry = Larder()\n~~~\n\nClose the jar.\n"
    prose = prose_text(text)
    assert "Pantry" not in prose and "Open the jar." in prose and "Close the jar." in prose


def test_capitals_under_tilde_underlined_rest_titles_are_the_house_style(tmp_path):
    # Three chapters keep the capital between titles underlined by tildes
    # and backquotes; the survey reads them, so a fourth one's capital is
    # the house's, not a slip.
    files = {f"{name}.rst": TITLED_REST for name in ("one", "two", "three")}
    paths = write(tmp_path, {**files, "four.rst": "Then open the Larder door.\n"})
    assert gl001(run(paths, linter(tmp_path)).findings) == []


def test_capitals_inside_markdown_tilde_fences_are_no_house_style(tmp_path):
    # The same capitals written only in Markdown code fences are code, no
    # capital the prose chose: the fourth chapter's capital stays a slip.
    fenced = "Stocking up\n\n~~~\nPantry.stock(daily)\nPantry.crew\nLarder.cold()\n~~~\n\nLock the door.\n"
    files = {f"{name}.md": fenced for name in ("one", "two", "three")}
    paths = write(tmp_path, {**files, "four.md": "Then open the Larder door.\n"})
    assert gl001(run(paths, linter(tmp_path)).findings) == [("four.md", "Larder")]
