"""GL001 and a capitalised word that the sentence itself marks as a name of
code or of a vocabulary: an instance beside class names in camel case
(:func:`glossary_lint.rules.named_kinds.instance_beside_class_names`), a
vocabulary's notion of a thing
(:func:`glossary_lint.rules.named_kinds.named_in_vocabulary`), and a word
paired with a dotted name of code before the same head noun
(:func:`glossary_lint.rules.term_spelling._paired_with_dotted_name`)."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: ledger
    term: ledger
    definition: A book of accounts kept by the clerk.
"""


def gl001(check, files: dict[str, str]) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, files)]


@pytest.mark.parametrize(
    "text,found",
    [
        # the paragraph names the code's classes in camel case: the capital names one more
        ("The BookKeeper never reads the entries itself: it asks a Ledger instance for them.\n", []),
        ("Each AuditTrail wraps one Ledger object and its stamps.\n", []),
        # no class name in camel case anywhere in the paragraph: the capital is a slip
        ("The clerk never reads the entries itself: she asks a Ledger instance for them.\n", ["Ledger"]),
        # a camel-case name, but the capital stands before no word that names an instance
        ("The BookKeeper files each Ledger by its date.\n", ["Ledger"]),
    ],
)
def test_an_instance_beside_class_names_in_camel_case(gl001_of_run, text, found):
    assert gl001(gl001_of_run, {"guide.rst": text}) == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Some tools treat an account as the XBRL notion of a Ledger, with its own rules.\n", []),
        ("Our word maps onto the Accounting concept of a Ledger only loosely.\n", []),
        # no vocabulary named before its notion: the capital is a slip
        ("Our word maps onto the notion of a Ledger only loosely.\n", ["Ledger"]),
        ("Some tools treat an account as a Ledger, with its own rules.\n", ["Ledger"]),
    ],
)
def test_a_vocabularys_notion_of_a_thing_keeps_its_capital(gl001_of_run, text, found):
    assert gl001(gl001_of_run, {"guide.rst": text}) == found


@pytest.mark.parametrize(
    "text,found",
    [
        ("Rounding is never done in the Ledger layer or the books.storage layer.\n", []),
        ("Rounding is done in the books.storage layer or the Ledger layer, never in between.\n", []),
        # the dotted name stands before another noun: no pair
        ("Rounding is never done in the Ledger layer or the books.storage package.\n", ["Ledger"]),
        # paired with a plain word, not code
        ("Rounding is never done in the Ledger layer or the storage layer.\n", ["Ledger"]),
    ],
)
def test_a_word_paired_with_a_dotted_name_before_the_same_noun(gl001_of_run, text, found):
    assert gl001(gl001_of_run, {"guide.rst": text}) == found
