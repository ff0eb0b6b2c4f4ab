"""``import`` keeps the capital of a name English writes with one.

A page that capitalises every headword (``Fourier Transform``, ``Sample
Rate``) says nothing about which capitals are the words' own, so the
importer guesses sentence case.  Lowering every word would give the entry
``fourier transform``: GL001 would then report the prose's right "the
Fourier transform" and ``--fix`` would write the wrong one.  A word that
WordNet writes only as a name (data/wordnet-names.txt, made by
tools/wordnet_names.py) keeps its capital in the guessed spelling.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.reporters.fixer import apply_fixes
from glossary_lint.rules.word_lists import is_proper_name
from glossary_lint.workflows.importers import import_page, to_yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import wordnet_names  # noqa: E402

#: Every headword capitalised, none written in running text: the case is a guess.
TITLE_PAGE = """\
Signal words
============

.. glossary::

   Fourier Transform
      Turns a frame of samples into its frequencies.

   Markov Chain
      States that follow one another by chance, each from the last alone.

   Hop Length
      How far the window moves between two frames.

   Jacobi
      An iteration that updates every unknown from the previous sweep.

   Custom Fields
      Values a user adds to a record.
"""

#: Headwords in sentence case: the first capital is the heading's, unless the word is a name.
SENTENCE_PAGE = """\
Solver words
============

.. glossary::

   Aitken acceleration
      Speeds up a slowly converging sequence.

   Relaxation factor
      How far each update moves past the plain one.

   Laplace operator
      The sum of second derivatives; the text writes the laplace operator so.
"""


@pytest.fixture(scope="module")
def title_terms() -> dict[str, dict[str, object]]:
    return {t["term"]: t for t in import_page(TITLE_PAGE, ".rst").terms}


def test_a_name_keeps_its_capital_in_a_guessed_sentence_case(title_terms) -> None:
    assert title_terms["Fourier Transform"].get("case", "sentence") == "sentence"
    assert title_terms["Fourier Transform"]["spelling"] == "Fourier transform"
    assert title_terms["Markov Chain"]["spelling"] == "Markov chain"
    assert title_terms["Fourier Transform"]["case-guessed"] is True


def test_everyday_words_are_lowered_as_before(title_terms) -> None:
    assert "spelling" not in title_terms["Hop Length"]
    assert title_terms["Hop Length"].get("case", "sentence") == "sentence"


def test_a_plural_of_an_everyday_word_is_no_name(title_terms) -> None:
    # WordNet writes "Fields" only as a person's name, but it is also the plural of "field".
    assert not is_proper_name("Fields")
    assert "spelling" not in title_terms["Custom Fields"]


def test_a_name_of_one_word_is_exact(title_terms) -> None:
    assert title_terms["Jacobi"]["case"] == "exact"


def test_the_review_line_says_why() -> None:
    text = to_yaml(import_page(TITLE_PAGE, ".rst"))
    assert "'Fourier' is a name English writes with a capital (WordNet)" in text


def test_a_sentence_case_headword_opened_by_a_name_keeps_it() -> None:
    terms = {t["term"]: t for t in import_page(SENTENCE_PAGE, ".rst").terms}
    assert terms["Aitken acceleration"]["case"] == "exact"
    assert "case" not in terms["Relaxation factor"]
    # The page writes it in lower case mid-sentence: its own usage wins over the list.
    assert terms["Laplace operator"].get("case", "sentence") == "sentence"


def _lint(text: str) -> tuple[list[str], str]:
    glossary = parse_glossary(to_yaml(import_page(TITLE_PAGE, ".rst")), "imported.yaml")
    findings = Linter(glossary, Config(root=Path.cwd())).lint_text("notes.md", text)
    spelling = [f for f in findings if f.code == "GL001"]
    fixed, _ = apply_fixes(text, spelling)
    return [f.found for f in spelling], fixed


def test_the_prose_that_writes_the_name_right_is_left_alone() -> None:
    found, fixed = _lint("# Notes\n\nWe take the Fourier transform of each frame.\n")
    assert found == []
    assert "Fourier transform" in fixed


def test_the_name_lowered_is_reported_and_fixed_with_its_capital() -> None:
    found, fixed = _lint("# Notes\n\nEach frame goes through a fourier transform first.\n")
    assert found == ["fourier transform"]
    assert "a Fourier transform first" in fixed


# WordNet's data layout (wndb(5WN)) with made-up synsets: 18 is noun.person,
# 15 noun.location, 06 noun.artifact, 17 noun.object, 01 adj.pert.
LICENCE = "  1 Made-up lexicon for a test.\n  2 WordNet 9.1 Copyright 2099 by Nobody.\n"
NOUNS = LICENCE + (
    "00000100 18 n 02 Quorvath 0 Ilse_Quorvath 0 000 | a made-up mathematician\n"
    "00000200 04 n 01 Quorvath_sweep 0 000 | a made-up method named after her\n"
    "00000300 18 n 01 Tessel 0 000 | a made-up person\n"
    "00000400 06 n 01 tessel 0 000 | a made-up tile\n"
    "00000500 18 n 01 Brooks 0 000 | a made-up family name that is a plural too\n"
    "00000600 17 n 01 brook 0 000 | a small stream\n"
    "00000700 18 n 01 Oxen 0 000 | a made-up person\n"
    "00000800 18 n 01 X 0 000 | a letter as a name\n"
    "00000900 15 n 01 Zindra 0 000 | a made-up town: a place, not a person\n"
)
ADJECTIVES = LICENCE + "00001000 01 a 01 Quorvathian 0 000 | made up\n"
NOUN_EXCEPTIONS = "oxen ox\n"


def test_the_generator_keeps_names_of_people_no_lemma_writes_in_lower_case() -> None:
    text = wordnet_names.generate([NOUNS, LICENCE, ADJECTIVES, LICENCE], [NOUN_EXCEPTIONS, "", "", ""])
    words = [line for line in text.splitlines() if not line.startswith("#")]
    # Ilse: a person's name too; Tessel: also a lower-case lemma; Brooks: a
    # plural of "brook"; Oxen: an inflected form in the exception list; X:
    # one letter; Zindra: a place.
    assert words == ["Ilse", "Quorvath", "Quorvathian"]
    assert "WordNet 9.1" in text and "Copyright 2099 by Nobody" in text


def test_the_shipped_list_carries_wordnets_licence() -> None:
    from importlib import resources

    text = resources.files("glossary_lint").joinpath("data/wordnet-names.txt").read_text(encoding="utf-8")
    assert "Princeton University" in text
    assert is_proper_name("Fourier") and not is_proper_name("fourier") and not is_proper_name("Window")
