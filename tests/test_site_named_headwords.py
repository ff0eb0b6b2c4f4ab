"""The importer's case guess for a capitalised name the glossary page never
writes mid-sentence: a name whose definition cites a site named after it
(``jarspec.org`` for "Jar Spec") is a proper name, ``exact``; a phrase of
everyday words with no such site stays ``sentence``."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.model import CasePolicy
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.case_policy import named_site

#: Entries in lower case: the page's capitals are the author's choice.
PAGE = """Words
=====

.. glossary::

    shelf label
        A printed strip that names what a shelf holds.

    reorder point
        The stock level at which more is ordered.

    bin
        A box on a shelf.

    Stock Keeping Rules
        A shared way to count a store's goods.
        See https://www.stockkeeprules.org/ for the text.

    Shelf Order
        The sequence in which shelves are filled; see
        https://example.com/guide.html.
"""


def imported(term: str):
    text = to_yaml(import_page(PAGE, ".rst"))
    glossary = parse_glossary(text, "imported.yaml")
    return next(t for t in glossary.terms if t.term == term), text


def test_a_name_with_a_site_named_after_it_is_exact():
    entry, text = imported("Stock Keeping Rules")
    assert entry.case is CasePolicy.EXACT and entry.case_guessed
    assert "cites stockkeeprules.org, a site named after it" in text


def test_a_phrase_of_everyday_words_with_no_such_site_stays_sentence():
    entry, _ = imported("Shelf Order")
    assert entry.case is CasePolicy.SENTENCE


@pytest.mark.parametrize(
    "name,definition,site",
    [
        ("Jar Spec", "See http://jarspec.org/.", "jarspec.org"),
        ("Jar Spec", "See https://www.jar-spec.net/v2", "jar-spec.net"),
        ("Jar Spec", "See https://docs.jarsp.io/", "docs.jarsp.io"),  # the words cut short
        ("Keep a Jar", "https://keepajar.com", "keepajar.com"),  # a word of one letter whole
        ("Jar Spec", "See https://js.org/", None),  # one letter of each word names nothing
        ("Jar Spec", "See https://example.org/jarspec", None),  # a path, not the site's name
        ("Jarspec", "See https://jarspec.org/", "jarspec.org"),  # one word, no everyday English
        ("Jarspec", "See https://ja.org/", None),  # one word cut short names anything
        ("Forum", "See https://forum.jarspec.org/", None),  # an everyday word names a part of a site
        # a documentation host's project, before its language and release, even an everyday word
        (
            "Sieve",
            "See http://docs.example.org/projects/sieve/en/latest/ for more.",
            "http://docs.example.org/projects/sieve/en/latest/",
        ),
        (
            "Jar Spec",
            "See https://docs.example.org/jar-spec/en/stable/",
            "https://docs.example.org/jar-spec/en/stable/",
        ),
        ("Sieve", "See https://example.org/sieve/latest/", None),  # a release alone: any page's path
        ("Sieve", "See https://example.org/guide/sieve/", None),
    ],
)
def test_a_site_is_named_after_the_name_where_a_label_of_its_host_runs_its_words_together(
    name, definition, site
):
    assert named_site(name, definition) == site
