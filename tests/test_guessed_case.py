"""A case the importer had to guess travels with the entry as
``case-guessed``, and GL001 lets the page's consistent usage outweigh it:
a name a page writes mid-sentence in one case only, twice or more, is
spelled so there.  An entry whose case the author set is judged as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary_lint.glossary.loader import GlossaryError, parse_glossary
from glossary_lint.workflows.export import export, to_json
from glossary_lint.workflows.importers import import_markdown, import_rest, to_yaml

#: A page that capitalises all its headings, so a capital says nothing; it
#: never writes Quillbox mid-sentence, so that case is a guess, while
#: "drift check" is written mid-sentence in lower case and settled.
PAGE = (
    "# Words\n\n"
    "### Quillbox\nA packaging tool for scripts.\n\n"
    "### Drift Check\nA run that compares two builds.\n\n"
    "### Stage Area\nWhere a build waits before release; each drift check reads it.\n\n"
    "### Seal Token\nA mark left on a build that passed.\n"
)


def imported():
    return parse_glossary(to_yaml(import_markdown(PAGE)), "imported.yaml")


def entry(case: str = "sentence", guessed: bool = True, term: str = "Quillbox") -> str:
    return (
        "terms:\n"
        f"  - id: entry\n    term: {term}\n    case: {case}\n"
        + ("    case-guessed: true\n" if guessed else "")
        + "    definition: A thing with a name.\n"
    )


def test_the_importer_marks_a_case_it_guessed_and_no_other():
    text = to_yaml(import_markdown(PAGE))
    glossary = parse_glossary(text, "imported.yaml")
    assert glossary.by_id["quillbox"].case_guessed
    assert not glossary.by_id["drift-check"].case_guessed  # the page writes it mid-sentence
    at = text.index("term: Quillbox")
    assert "case-guessed: true" in text[at : text.index("definition:", at)]


@pytest.mark.parametrize("fmt,reader", [("markdown", import_markdown), ("rst", import_rest)])
def test_export_with_metadata_keeps_the_mark_and_json_shows_it(fmt, reader):
    glossary = imported()
    again = parse_glossary(to_yaml(reader(export(glossary, fmt, metadata=True))), "again.yaml")
    assert again.by_id["quillbox"].case_guessed
    assert not again.by_id["drift-check"].case_guessed
    terms = {t["id"]: t for t in json.loads(to_json(glossary))["terms"]}
    assert terms["quillbox"]["case-guessed"] is True
    assert "case-guessed" not in terms["drift-check"]


def test_the_mark_must_be_true_or_false():
    with pytest.raises(GlossaryError, match="'case-guessed' must be true or false"):
        parse_glossary(entry().replace("case-guessed: true", "case-guessed: maybe"), "bad.yaml")


#: A chapter that writes the framework's name capitalised mid-sentence,
#: twice, and never in lower case.
CONSISTENT = (
    "Every tool ships with a Quillbox recipe.\n\nThe recipe format comes from Quillbox and nothing else.\n"
)


def test_a_guessed_case_gives_way_to_the_pages_consistent_usage(gl001_of_run):
    assert gl001_of_run(entry(), {"tools.md": CONSISTENT}) == []


def test_an_imported_glossary_carries_the_guess_into_the_check(gl001_of_run):
    assert gl001_of_run(to_yaml(import_markdown(PAGE)), {"tools.md": CONSISTENT}) == []


def test_a_case_the_author_set_is_judged_as_before(gl001_of_run):
    assert gl001_of_run(entry(guessed=False), {"tools.md": CONSISTENT}) == [
        ("tools.md", "Quillbox"),
        ("tools.md", "Quillbox"),
    ]


def test_one_use_is_a_stray_and_stays_a_slip(gl001_of_run):
    text = "Every tool ships with a Quillbox recipe.\n"
    assert gl001_of_run(entry(), {"tools.md": text}) == [("tools.md", "Quillbox")]


def test_one_use_in_the_glossarys_case_keeps_the_others_slips(gl001_of_run):
    text = CONSISTENT + "\nWe install quillbox on each machine.\n"
    assert gl001_of_run(entry(), {"tools.md": text}) == [("tools.md", "Quillbox"), ("tools.md", "Quillbox")]


def test_capitals_any_word_may_take_count_for_nothing(gl001_of_run):
    """A sentence start or a heading capitalises every word: only the one
    mid-sentence capital is the writer's choice, and one is a stray."""
    text = "# Quillbox recipes\n\nQuillbox reads them.\n\nEvery tool ships with a Quillbox recipe.\n"
    assert gl001_of_run(entry(), {"tools.md": text}) == [("tools.md", "Quillbox")]


def test_a_guessed_proper_name_written_in_lower_case_throughout_is_the_pages_spelling(gl001_of_run):
    text = "We install quillbox on each machine, then run quillbox once a day.\n"
    assert gl001_of_run(entry("exact"), {"tools.md": text}) == []
    assert gl001_of_run(entry("exact", guessed=False), {"tools.md": text}) == [
        ("tools.md", "quillbox"),
        ("tools.md", "quillbox"),
    ]


def test_only_the_letters_of_the_slip_are_compared(gl001_of_run):
    """``Courier id`` and ``Courier ID`` both capitalise the first word, so
    a page writing both mid-sentence capitalises it consistently."""
    text = (
        "If the Courier id is unset, the agent makes one up.\n\n"
        "Each reply carries the Courier ID of its sender.\n"
    )
    glossary = entry(term="Courier ID")
    assert gl001_of_run(glossary, {"faq.md": text}) == []
    assert gl001_of_run(glossary.replace("    case-guessed: true\n", ""), {"faq.md": text}) == [
        ("faq.md", "Courier id")
    ]


def test_each_page_is_judged_by_its_own_usage(gl001_of_run):
    """Another chapter that writes the name in lower case does not make this
    page's capitals slips: a page may name a thing its own way."""
    files = {"tools.md": CONSISTENT, "setup.md": "Run quillbox first.\n\nThen quillbox checks the recipe.\n"}
    assert gl001_of_run(entry(), files) == []


def test_counting_a_pages_usage_grows_with_the_page_not_its_square():
    """Each form of a guessed name is counted once per page, however often it
    is written: a page four times longer costs about four times as much."""
    from glossary_lint.engine import parse_document
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.rules import guessed_case

    linter = Linter(parse_glossary(entry(), "g.yaml"), Config(root=Path(".")))
    counted = []
    original = guessed_case.GuessedCaseUsage._count

    def count(self, *args):
        counted.append(args)
        return original(self, *args)

    for n in (50, 200):
        counted.clear()
        text = "We use a Quillbox recipe, then quillbox, quillbox and quillbox.\n\n" * n
        guessed_case.GuessedCaseUsage._count = count
        try:
            linter.lint_document(parse_document("page.md", text, linter.config))
        finally:
            guessed_case.GuessedCaseUsage._count = original
        assert len(counted) == 1


def test_a_name_set_alone_in_bold_mid_sentence_shows_the_writers_letters(gl001_of_run):
    """``the tool **Quillbox**`` sets the name apart in the page's own letters:
    no label's or title's capital, so two lower-case uses do not outvote it."""
    text = (
        "We call the packager **Quillbox** in this guide.\n\n"
        "We install quillbox on each machine, then run quillbox once a day.\n"
    )
    assert gl001_of_run(entry("exact"), {"tools.md": text}) == [
        ("tools.md", "quillbox"),
        ("tools.md", "quillbox"),
    ]


def test_a_bold_label_or_bold_phrase_still_counts_for_nothing(gl001_of_run):
    """A bold label opening an item, or a bold phrase of several words, takes
    capitals by convention: the lower-case uses stay the page's spelling."""
    lower = "We install quillbox on each machine, then run quillbox once a day.\n"
    label = "- **Quillbox**: the packager.\n\n" + lower
    phrase = "Read the **Quillbox Recipe Guide** first.\n\n" + lower
    assert gl001_of_run(entry("exact"), {"tools.md": label}) == []
    assert gl001_of_run(entry("exact"), {"tools.md": phrase}) == []


#: A name the importer guessed ``exact`` from its heading alone (a capital
#: after a hyphen), which the chapters write in lower case.
HYPHENED = entry("exact", term="Quill-to-Glyph")


def test_a_guessed_proper_name_the_chapters_write_in_lower_case_on_several_pages_is_their_spelling(
    gl001_of_run,
):
    """One use on each page says nothing to the page's own usage, but the
    chapters together write the lower case as their habit."""
    files = {
        "intro.md": "The tool grew out of quill-to-glyph work.\n",
        "tables.md": "A quill-to-glyph table maps each stroke.\n",
        "notes.md": "Keep the quill-to-glyph notes.\n",
    }
    assert gl001_of_run(HYPHENED, files) == []
    # a name whose case the author set keeps its slips
    assert len(gl001_of_run(HYPHENED.replace("    case-guessed: true\n", ""), files)) == 3
    # two pages are no habit of the chapters
    del files["notes.md"]
    assert len(gl001_of_run(HYPHENED, files)) == 2


def test_the_glossarys_capitals_written_once_by_choice_keep_the_lower_case_slips(gl001_of_run):
    files = {
        "intro.md": "The tool grew out of quill-to-glyph work.\n",
        "notes.md": "We keep quill-to-glyph notes.\n",
        "maps.md": "Draw the quill-to-glyph maps.\n",
        "tables.md": "Each table is built from the Quill-to-Glyph data.\n",
    }
    lowered = [("intro.md", "quill-to-glyph"), ("maps.md", "quill-to-glyph"), ("notes.md", "quill-to-glyph")]
    assert sorted(gl001_of_run(HYPHENED, files)) == lowered
    # at a sentence start, a capital after the first letter is chosen too
    files["tables.md"] = "Quill-to-Glyph data builds each table.\n"
    assert sorted(gl001_of_run(HYPHENED, files)) == lowered
    # a heading capitalises any word, and a line of its own heads a definition: no choice
    files["tables.md"] = "# Quill-to-Glyph data\n\nIt builds each table.\n"
    assert gl001_of_run(HYPHENED, files) == []
    files["tables.md"] = "Quill-to-Glyph\n: The table of strokes.\n"
    assert gl001_of_run(HYPHENED, files) == []


