"""A headword whose bracket says which sense of the word the entry is: the
word has other senses, which running text means as often, so the entry is not
auto-linked by default (its explicit references still link)."""

from __future__ import annotations

from glossary_lint.glossary.link_sense import linked_names, unlinked_names
from glossary_lint.glossary.model import CasePolicy, Term
from glossary_lint.workflows.importers import import_page, to_yaml

PAGE = """\
Words
=====

.. glossary::

   Shearwell (the bundle)
      The download that holds the Shearwell engine and a set of herd plugins.

   VPN (Tunnel)
      A link through the office tunnel; set it with ``-c vpn``.

   ACL (Access Control List)
      The list of who may open a pen.

   JSON (JavaScript Object Notation)
      The text format the herd book is saved in.

   Fleece (wool)
      The coat shorn from one sheep at a time.
"""


def entries() -> dict[str, dict]:
    return {entry["term"]: entry for entry in import_page(PAGE, ".rst").terms}


def test_a_bracket_that_opens_with_the_says_which_sense_of_the_name() -> None:
    """In "Shearwell (the bundle)" the bracket says the bundle, as against the
    engine or the project the same name calls; no other name of the entry."""
    entry = entries()["Shearwell"]
    assert entry["sense"] == "the bundle"
    assert "also" not in entry and "aliases" not in entry


def test_an_acronym_bracket_that_does_not_spell_its_letters_is_a_sense() -> None:
    """The bracket "Tunnel" holds no P or N: no expansion of VPN, but which VPN."""
    entry = entries()["VPN"]
    assert entry["sense"] == "Tunnel"
    assert "expansion" not in entry


def test_an_acronym_bracket_that_spells_its_letters_is_still_its_expansion() -> None:
    """The letters in order make an expansion, initials or not (JSON)."""
    got = entries()
    assert got["ACL"]["expansion"] == "Access Control List"
    assert got["JSON"]["expansion"] == "JavaScript Object Notation"
    assert "sense" not in got["ACL"] and "sense" not in got["JSON"]


def test_a_bracket_without_an_article_stays_another_name() -> None:
    entry = entries()["Fleece"]
    assert entry["also"] == "wool"
    assert "sense" not in entry


def test_import_marks_a_sense_entry_not_linked_and_says_why() -> None:
    imported = import_page(PAGE, ".rst")
    text = to_yaml(imported)
    by_term = {entry["term"]: entry for entry in imported.terms}
    assert by_term["Shearwell"]["autolink"] is False
    assert by_term["VPN"]["autolink"] is False
    assert "autolink" not in by_term["ACL"]
    assert "# review: not linked automatically: 'Shearwell' is one sense of a word that has others" in text


def test_a_sense_entry_links_by_default_only_when_it_says_so() -> None:
    sense = Term(
        id="shearwell", term="Shearwell", definition="The bundle.", case=CasePolicy.EXACT, sense="the bundle"
    )
    assert linked_names(sense) == frozenset()
    assert [u.name for u in unlinked_names(sense)] == ["Shearwell"]
    told = Term(
        id="shearwell",
        term="Shearwell",
        definition="The bundle.",
        case=CasePolicy.EXACT,
        sense="the bundle",
        autolink=True,
    )
    assert linked_names(told) == frozenset({"Shearwell"})
    plain = Term(id="shearwell", term="Shearwell", definition="The bundle.", case=CasePolicy.EXACT)
    assert linked_names(plain) == frozenset({"Shearwell"})


def test_glossary_check_lists_a_sense_entry_as_not_auto_linked(cli, tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "terms:\n  - id: shearwell\n    term: Shearwell\n    sense: the bundle\n    case: exact\n"
        "    definition: The download with the engine.\n"
        "  - id: vocoder\n    term: vocoder\n    definition: A model.\n"
    )
    proc = cli("glossary", "check", str(path))
    assert "not linked automatically (1; " in proc.stderr
    assert "'autolink: false'): Shearwell" in proc.stderr
