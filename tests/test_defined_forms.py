"""GL001 and a capitalised form its term's definition writes inside a name
(:func:`glossary_lint.rules.defined_forms.defined_as_written`): not where the
name there is another entry's, a longer headword the form opens."""

from __future__ import annotations

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from test_rules import gl

_GLOSSARY = """version: 1
terms:
  - id: ledger
    term: ledger
    definition: {ledger}
  - id: ledger-book
    term: Ledger Book
    case: exact
    definition: The bound volume a clerk keeps on the desk.
"""


def _lint(tmp_path, definition: str, text: str):
    glossary = parse_glossary(_GLOSSARY.format(ledger=definition), "g.yaml")
    return gl(Linter(glossary, Config(root=tmp_path)).lint_text("a.md", text))


def test_a_form_the_definition_writes_inside_a_name_is_that_name(tmp_path):
    definition = "The accounts of a shop, kept by the Harbour Ledger office."
    assert _lint(tmp_path, definition, "Entries go to the Ledger at noon.\n") == []


def test_a_form_opening_another_entrys_name_in_the_definition_stays_a_slip(tmp_path):
    # 'Ledger Book' is an entry of its own: 'the Paper Ledger Book' names it, not the ledger.
    definition = "The accounts of a shop, often kept in the Paper Ledger Book by the till."
    assert _lint(tmp_path, definition, "Entries go to the Ledger at noon.\n") == [("Ledger", "ledger")]
