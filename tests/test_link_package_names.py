"""Auto-links and a capitalised name on a page that writes, as code, a package
named after it (:mod:`glossary_lint.glossary.package_names`): there the name
is the package's, not the thing the entry defines."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.package_names import names_package, package_tails
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
