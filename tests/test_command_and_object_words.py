"""GL001 and term words that a page types as a command, counts as a kind of
object, links under a text of its own, or defines in bold with its own spacing."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules.linked_forms import linked_forms

GLOSSARY = """terms:
  - id: engine
    term: engine
    definition: The program that bakes the loaves.
  - id: bake-plan
    term: bake-plan
    definition: The list of loaves the oven bakes in one day.
  - id: crate-rack
    term: CrateRack
    case: exact
    definition: A CrateRack holds crates; the oven fills CrateRacks in turn.
  - id: tray-set
    term: TraySet
    case: exact
    definition: The trays that go into the oven together.
  - id: loaf-count
    term: loaf count
    definition: How many loaves one bake makes.
  - id: doughmix
    term: doughmix
    definition: The attribute name of the flour blend in the Bakery API.
"""


def gl001(check, files: dict[str, str]) -> list[tuple[str, str | None]]:
    return check(GLOSSARY, files)


def test_an_option_and_its_placeholder_are_typed_not_prose(gl001_of_run):
    files = {
        "cli.rst": "Options:\n\n--loaf-count \\<loaf-count\\>\n  How many loaves to bake.\n",
        "run.md": "Pass --loaf-count to the oven, or give &lt;loaf-count&gt; in the file.\n",
    }
    assert gl001(gl001_of_run, files) == []


def test_the_same_form_in_a_sentence_stays_a_slip(gl001_of_run):
    files = {"run.md": "Set the loaf-count before the bake (see --loaf-count).\n"}
    assert gl001(gl001_of_run, files) == [("run.md", "loaf-count")]


def test_words_the_page_code_types_as_a_command_are_the_command(gl001_of_run):
    text = (
        "Run the oven bake plan command to see the list,\n"
        "or oven bake plan show for one loaf.\n\n"
        "```\n$ oven bake plan list\n$ oven bake plan show rye\n```\n"
    )
    assert gl001(gl001_of_run, {"oven.md": text}) == []


def test_the_same_words_without_the_code_stay_a_slip(gl001_of_run):
    text = "Run the oven bake plan command to see the list.\n"
    assert gl001(gl001_of_run, {"oven.md": text}) == [("oven.md", "bake plan")]


def test_two_words_the_code_shares_may_be_the_prose_own(gl001_of_run):
    text = "A bake plan call returns the list.\n\n```\n$ oven bake plan list\n```\n"
    assert gl001(gl001_of_run, {"oven.md": text}) == [("oven.md", "bake plan")]


def test_words_the_code_holds_otherwise_are_still_prose(gl001_of_run):
    # Split over a key and its value, or alone on a line: no command typed.
    for code in ("bake:\n  plan: rye", "bake plan"):
        text = f"The bake plan is ready.\n\n```\n{code}\n```\n"
        assert gl001(gl001_of_run, {"oven.md": text}) == [("oven.md", "bake plan")]


def test_a_camel_case_name_put_in_the_plural_has_a_lower_case_noun(gl001_of_run):
    # The glossary's own definition pluralises CrateRack: a kind of object.
    text = "Each CrateRack holds crates. Create a crate rack, and delete old crate racks.\n"
    assert gl001(gl001_of_run, {"racks.md": text}) == []


def test_a_camel_case_name_the_page_pluralises_has_a_lower_case_noun(gl001_of_run):
    text = "All TraySets are listed here. Pick a tray set for the rye.\n"
    assert gl001(gl001_of_run, {"trays.md": text}) == []


def test_a_camel_case_name_never_pluralised_keeps_its_slips(gl001_of_run):
    text = "Each TraySet goes in. Pick a tray set for the rye.\n"
    assert gl001(gl001_of_run, {"trays.md": text}) == [("trays.md", "tray set")]


def test_capitals_of_a_counted_name_spaced_stay_slips(gl001_of_run):
    text = "Each CrateRack holds crates. We create a Crate Rack before you bake.\n"
    assert gl001(gl001_of_run, {"racks.md": text}) == [("racks.md", "Crate Rack")]


def test_a_named_hyperlink_to_the_entry_gives_its_text_as_a_form():
    glossary = parse_glossary(GLOSSARY)
    text = "Each `Tray Sets <TraySet>`_ entry, and `the site <https://example.org/>`_."
    assert linked_forms(text, glossary, plurals=True) == {("tray-set", "Tray Set")}
    assert linked_forms(text.replace("Sets", "Set"), glossary) == {("tray-set", "Tray Set")}


def test_the_page_named_hyperlink_form_is_no_slip_on_its_page(gl001_of_run):
    text = "Each TraySet holds rolls. The oven reads `Tray Sets <TraySet>`_ first.\nFill a Tray Set with rolls.\n"
    assert gl001(gl001_of_run, {"fill.rst": text}) == []
    unlinked = text.replace("`Tray Sets <TraySet>`_", "them")
    assert gl001(gl001_of_run, {"fill.rst": unlinked}) == [("fill.rst", "Tray Set")]


def test_a_spacing_the_page_defines_in_bold_and_uses_again_is_its_choice(gl001_of_run):
    text = "Make a Dough Mix\n================\n\nA **dough mix** is the blend of flours for one bake.\n"
    assert gl001(gl001_of_run, {"mix.rst": text}) == []


def test_one_bold_definition_alone_may_be_the_slip(gl001_of_run):
    text = "Doughmixes\n==========\n\nA **dough mix** is the blend of flours; every doughmix differs.\n"
    assert gl001(gl001_of_run, {"mix.rst": text}) == [("mix.rst", "dough mix")]


def test_a_bold_phrase_that_defines_nothing_gives_no_spacing(gl001_of_run):
    text = "Pour the **dough mix** slowly.\nStir the dough mix well; each doughmix differs.\n"
    assert [found for _, found in gl001(gl001_of_run, {"mix.md": text})] == ["dough mix", "dough mix"]


NAMED = """terms:
  - id: kiln
    term: kiln
    definition: The Potter Kiln service that fires the pots. Each Wheel is slow.
  - id: glaze-room
    term: glaze-room
    definition: PotterWorks Glaze Room (Sheen), where pots get their coat.
  - id: wheel
    term: wheel
    definition: Wheel turns the clay. See ``Wheel`` for the class.
"""


def test_a_capital_the_definition_writes_mid_sentence_is_the_name(gl001_of_run):
    text = "Pick a service such as Kiln or Glaze Room, or list the Kilns.\n"
    assert gl001_of_run(NAMED, {"a.md": text}) == []


def test_the_definition_names_only_the_form_it_writes(gl001_of_run):
    text = "Pick a service such as the Glaze-Room for the pots.\n"
    assert gl001_of_run(NAMED, {"a.md": text}) == [("a.md", "Glaze-Room")]


def test_a_capital_alone_mid_sentence_or_in_code_is_no_name(gl001_of_run):
    text = "Pick a service such as Wheel for the pots.\n"
    assert gl001_of_run(NAMED, {"a.md": text}) == [("a.md", "Wheel")]


TOOL = """terms:
  - id: kilnware
    term: Kilnware
    case: exact
    definition: The tool that schedules the kiln.
"""


def test_a_name_in_apposition_to_a_kind_of_software_is_as_installed(gl001_of_run):
    files = {
        "a.rst": "Firing is planned via package *kilnware*.\n",
        "b.md": "Firing is planned by the library kilnware today.\n",
    }
    assert gl001_of_run(TOOL, files) == []


def test_the_same_name_alone_in_a_sentence_stays_a_slip(gl001_of_run):
    files = {"a.rst": "Even though kilnware plans firing, we check it.\n"}
    assert gl001_of_run(TOOL, files) == [("a.rst", "kilnware")]


def test_the_definitions_plural_of_a_camel_case_name_is_read_at_word_bounds():
    from glossary_lint.glossary.model import CasePolicy, Glossary, Term
    from glossary_lint.rules.counted_names import defined_plurals

    glossary = Glossary(
        (
            Term(id="su", term="ShelfUnit", definition="A rack; a depot holds many ShelfUnits.", case=CasePolicy.EXACT),
            Term(id="bx", term="BoxLid", definition="Call make.BoxLids() or BoxLids(x) to get one.", case=CasePolicy.EXACT),
            Term(id="cr", term="CrateRow", definition="Rows of crates: see CrateRowses and the CrateRowes list.", case=CasePolicy.EXACT),
        )
    )
    # ``BoxLids`` only after a dot or before a bracket (code), ``CrateRowses`` a longer word.
    assert defined_plurals(glossary) == frozenset({"ShelfUnit", "CrateRow"})
