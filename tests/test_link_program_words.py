"""Auto-links and two ways a page shows that the entry's word belongs to
another thing there: a section that writes a program's files with the word
as their extension (``herdsman.runbook``), where the word is the program's
own; and a capitalised word closing a hyphenated name in running text
(``Kelpie-Runbooks``), the last word of a project's name."""

from __future__ import annotations

import io
from pathlib import Path

from glossary_lint.glossary.compound_heads import closes_capitalised_name, names_file_part
from glossary_lint.glossary.link_sense import links_as_term
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import BlockKind, Segment
from glossary_lint.glossary.program_files import file_kinds, names_program_file
from link_checks import first_mention_links
from test_sphinx import term_links

GLOSSARY = """terms:
  - id: runbook
    term: runbook
    definition: A chain of herding tools and their settings that turns a flock list into a grazing plan.
  - id: grazing-plan
    term: grazing plan
    definition: A list of fields and the days each flock spends there.
  - id: countsheet
    term: countsheet
    definition: Files holding one count per flock, written after each drive.
"""


def linked(text: str, word: str) -> bool:
    """Whether the first mention of ``word`` in ``text`` becomes a link."""
    return first_mention_links(GLOSSARY, text, word)


PROSE = "Set up Herdsman and DroveKit first; the Flock service reads the plan."


def test_files_named_after_another_program_give_their_extensions():
    codes = ["herdsman.runbook", "runs/drovekit.countsheet", "plan.csv", "flock.json"]
    assert file_kinds(codes, PROSE, frozenset({"flock"})) == {"runbook", "countsheet"}


def test_attributes_formats_and_the_glossary_s_own_names_give_none():
    # ``plan.csv`` and ``request.runbook`` open with no program's name; the
    # glossary names Flock, so ``flock.runbook`` is the handbook's own.
    codes = ["plan.csv", "request.runbook", "flock.runbook", "herdsman", "Herdsman.Runbook"]
    assert file_kinds(codes, PROSE, frozenset({"flock"})) == frozenset()
    assert file_kinds(["herdsman.runbook"], "set up herdsman first", frozenset()) == frozenset()


def test_a_kind_of_file_the_section_names_is_the_program_s_own():
    definition = "A chain of herding tools and their settings."
    assert names_program_file("runbook", definition, frozenset({"runbook"}))
    assert not names_program_file("runbook", definition, frozenset({"csv"}))


def test_an_entry_that_is_a_file_keeps_its_sense():
    for definition in ("Files holding one count per flock.", "A count file written after each drive."):
        assert not names_program_file("countsheet", definition, frozenset({"countsheet"}))


def test_a_capitalised_word_after_a_hyphen_and_a_name_closes_the_name():
    text = "The project was renamed Kelpie-Runbooks last spring."
    start = text.index("Runbooks")
    assert closes_capitalised_name(text, start, "Runbook", "runbook")
    assert not linked(text, "Runbook")


def test_the_word_in_small_letters_or_an_acronym_entry_is_not_a_name_s_end():
    text = "Each Kelpie-runbook run logs its plan."
    assert not closes_capitalised_name(text, text.index("runbook"), "runbook", "runbook")
    assert not closes_capitalised_name("the AHB-AP port", len("the AHB-"), "AP", "AP")
    assert not closes_capitalised_name("a non-Runbook day", len("a non-"), "Runbook", "runbook")
    assert linked("Each Kelpie-runbook run logs its plan.", "runbook")


PAGE = """\
Herding
=======

.. toctree::

   glossary

Build a runbook from the herding tools and compare its grazing plan with others.

Program setup
=============

Set up Herdsman as below. Upload ``herdsman.runbook`` with your results.

1. Load the Fast_Herd runbook.
2. Once the runbook finishes, export the grazing plan.

Comparing
=========

Each runbook is scored on the same flock list.
"""


def _links(tmp_path: Path, page: str) -> dict[str, list[str]]:
    """The link texts the extension makes in each section of ``page``."""
    from sphinx.application import Sphinx

    src = tmp_path / "src"
    src.mkdir()
    (src / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (src / "conf.py").write_text(
        'extensions = ["glossary_lint_sphinx"]\nglossary_lint_glossary = "glossary.yaml"\n', encoding="utf-8"
    )
    (src / "index.rst").write_text(page, encoding="utf-8")
    (src / "glossary.rst").write_text("Glossary\n========\n\n.. yaml-glossary::\n", encoding="utf-8")
    app = Sphinx(str(src), str(src), str(tmp_path / "out"), str(tmp_path / "doctrees"), "html",
                 status=None, warning=io.StringIO(), freshenv=True)  # fmt: skip
    app.build()
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    sections = html.split('<section id="')[1:]
    return {s.split('"', 1)[0]: [text for _, _, text in term_links(s.split("<section", 1)[0])] for s in sections}


def test_a_section_that_names_the_program_s_files_links_no_such_word(tmp_path):
    links = _links(tmp_path, PAGE)
    assert links["herding"] == ["runbook", "grazing plan"]
    assert links["program-setup"] == ["grazing plan"]
    assert links["comparing"] == ["runbook"]


def test_without_the_file_name_the_section_keeps_the_handbook_s_sense(tmp_path):
    page = PAGE.replace("``herdsman.runbook``", "``plan.csv``")
    assert _links(tmp_path, page)["program-setup"] == ["runbook", "grazing plan"]


def test_a_file_named_after_a_program_the_glossary_names_keeps_the_sense(tmp_path):
    page = PAGE.replace("``herdsman.runbook``", "``flock.runbook``").replace("Herdsman", "Flock")
    assert _links(tmp_path, page)["program-setup"] == ["runbook", "grazing plan"]


DEFINITION = "A chain of herding tools and their settings."


def _bold(text: str, *words: str) -> Segment:
    """``text`` as one paragraph with each of ``words`` (first place) in bold."""
    ranges = tuple((text.index(w), text.index(w) + len(w)) for w in words)
    return Segment(text, BlockKind.TABLE_CELL, ((0, 0, len(text)),), title_ranges=ranges)


def test_a_word_alone_in_bold_before_section_or_key_names_a_part_of_a_file():
    text = "retries in runbook section of the config"
    segment = _bold(text, "retries", "runbook")
    start = text.index("runbook")
    assert names_file_part(segment, start, start + len("runbook"), DEFINITION)
    mention = next(m for m in Matcher(parse_glossary(GLOSSARY)).mentions(segment) if m.start == start)
    assert not links_as_term(mention)
    text = "set the runbook key to a path"
    assert names_file_part(_bold(text, "runbook"), text.index("runbook"), text.index(" key"), DEFINITION)


def test_plain_words_other_nouns_and_a_section_entry_keep_the_sense():
    text = "the runbook section of the plan lists each field"
    start, end = text.index("runbook"), text.index(" section")
    assert not names_file_part(_bold(text), start, end, DEFINITION)
    assert not names_file_part(_bold(text, "runbook section"), start, end, DEFINITION)
    other = "a runbook chain of tools"
    assert not names_file_part(_bold(other, "runbook"), 2, 9, DEFINITION)
    assert not names_file_part(_bold(text, "runbook"), start, end, "A section of the plan file.")
