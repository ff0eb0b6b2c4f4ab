"""The importer's case guess for a headword with a capital after a hyphen
(``Batch-Tag``) that the page never writes mid-sentence: on a page that heads
its names of several words in sentence case, the capital is the name's own."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.model import CasePolicy
from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.case_policy import heads_in_sentence_case


def case_of(entries: str, term: str) -> CasePolicy:
    glossary = parse_glossary(to_yaml(import_page("# Words\n\n" + entries, ".md")), "imported.yaml")
    return next(t for t in glossary.terms if t.term == term).case


SENTENCE_HEADED = (
    "### Batch-Tag\nNames the batch a potter fires together.\n\n"
    "### Firing order\nWhich shelf goes into the oven first.\n\n"
    "### Glaze recipe\nThe mix of powders for one colour.\n\n"
    "### Shelf\nA board that carries pots.\n\n"
)
TITLE_HEADED = (
    "### Batch-Tag\nNames the batch a potter fires together.\n\n"
    "### Firing Order\nWhich shelf goes into the oven first.\n\n"
    "### Glaze Recipe\nThe mix of powders for one colour.\n\n"
    "### Shelf\nA board that carries pots.\n\n"
)


def test_a_capital_after_a_hyphen_on_a_sentence_case_page_is_the_name_s_own():
    assert case_of(SENTENCE_HEADED, "Batch-Tag") is CasePolicy.EXACT


def test_on_a_title_case_page_the_capital_after_a_hyphen_is_its_style():
    assert case_of(TITLE_HEADED, "Batch-Tag") is CasePolicy.SENTENCE


def test_a_page_heads_in_sentence_case_where_most_later_words_are_small():
    assert heads_in_sentence_case(["Firing order", "Glaze recipe", "Kiln Room"])
    assert not heads_in_sentence_case(["Firing Order", "Glaze Recipe", "Kiln room"])
    assert not heads_in_sentence_case(["Shelf", "Batch-Tag"])
