"""Auto-links and a capitalised name on a page that writes, as code, a package
named after it (:mod:`glossary_lint.glossary.package_names`): there the name
is the package's, not the thing the entry defines."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.package_names import (
    imported_packages,
    names_imported_package,
    names_package,
    package_tails,
)
from test_sphinx import html, term_links

TERMS = {
    t.id: t
    for t in parse_glossary(
        """terms:
  - id: herdbook
    term: Herdbook
    case: exact
    definition: The paper ledger a shepherd keeps of each ewe's lambings.
  - id: drover
    term: Drover
    definition: A hand who walks the flock between pastures.
  - id: gps
    term: GPS
    case: exact
    definition: Global Positioning System, which the collars use.
  - id: shearer
    term: Shearer
    case: exact
    definition: The `Shearer` takes a list of pens and clips every ewe in them, one pen after another.
  - id: crook
    term: Crook
    case: exact
    definition: "`Crook` is a small library of helpers for counting sheep through a gate."
"""
    )
}

#: The inline code of a page about a plugin, and of one about settings.
TAILS = package_tails(["kestrel-herdbook", "pip install kestrel-ear-tags", "max_pens", "docs/herd-notes/"])


def test_the_last_word_of_a_hyphenated_package_name_is_noted():
    assert {"herdbook", "tags"} <= TAILS
    assert "pens" not in TAILS  # an underscore joins a variable's words
    assert "notes" not in TAILS  # a folder in a path


def test_a_capitalised_name_beside_its_package_names_the_package():
    assert names_package("Herdbook", TERMS["herdbook"], TAILS)
    assert not names_package("herdbook", TERMS["herdbook"], TAILS)  # no capital: not the name


def test_a_common_noun_or_an_acronym_keeps_its_sense():
    tails = package_tails(["kestrel-drover", "kestrel-gps"])
    # A headword capitalised as the glossary's style: the program is named after the thing.
    assert not names_package("Drover", TERMS["drover"], tails)
    assert not names_package("GPS", TERMS["gps"], tails)


def test_a_page_with_no_such_package_keeps_the_name():
    assert not names_package("Herdbook", TERMS["herdbook"], frozenset())
    assert not names_package("Herdbook", TERMS["herdbook"], package_tails(["herdbook-export"]))


@pytest.mark.sphinx("html", testroot="package-names", freshenv=True)
def test_a_build_leaves_the_name_unlinked_on_the_package_s_page(app):
    app.build()
    assert [text for _, _, text in term_links(html(app, "index"))] == ["Herdbook", "lambing pen"]
    assert [text for _, _, text in term_links(html(app, "plugins"))] == ["lambing pen"]


#: The code of a page that installs and imports the package named like the class.
PACKAGES = imported_packages(["pip install shearer", ">>> from shearer.pens import Pen", "import crook as c"])


def _names_package(sentence: str, found: str = "Shearer", term: str = "shearer") -> bool:
    start = sentence.index(found)
    return names_imported_package(found, TERMS[term], sentence, start, start + len(found), PACKAGES)


def test_the_packages_a_page_imports_or_installs_are_noted():
    assert {"shearer", "crook"} <= PACKAGES
    # A module imported from another package is that package's, not one of its own.
    assert imported_packages(["from barn import shearer"]) == {"barn"}
    assert imported_packages(["shearer = Shearer(pens)"]) == frozenset()


def test_the_bare_name_beside_its_package_is_the_project():
    assert _names_package("When the pens fill up, that is where Shearer helps.")
    assert _names_package("Shearer 2.0 dropped the old pen format.")
    assert _names_package("Shearer's changelog lists every release.", "Shearer's")


def test_the_class_counted_or_called_so_keeps_its_link():
    assert not _names_package("Hand the pens to the Shearer you built.")
    assert not _names_package("Each Shearer clips one pen at a time.")
    assert not _names_package("Build one Shearer instance per farm.")
    assert not _names_package("Two Shearers can share a pen.", "Shearers")


def test_an_entry_for_the_package_itself_keeps_its_link():
    assert not _names_package("Count them at the gate with Crook.", "Crook", "crook")


def test_a_page_that_imports_no_such_package_keeps_the_name():
    sentence = "That is where Shearer helps."
    start = sentence.index("Shearer")
    packages = imported_packages(["from barn import shearer"])
    assert not names_imported_package("Shearer", TERMS["shearer"], sentence, start, start + 7, packages)


@pytest.mark.sphinx("html", testroot="imported-package", freshenv=True)
def test_a_build_leaves_the_project_s_name_unlinked_where_the_page_imports_it(app):
    app.build()
    # No code on the home page says which package it is: the name keeps its link.
    assert [text for _, _, text in term_links(html(app, "index"))] == ["Shearer", "fleece"]
    # The install and upgrade sections name the project; "the Shearer you built" is the class.
    assert [text for _, _, text in term_links(html(app, "usage"))] == ["fleece", "Shearer"]
