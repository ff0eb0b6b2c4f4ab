"""The importer's case evidence, what web addresses add to it: the words of an address in lower case are no writing of a name
(addresses are lower case by habit), a capitalised name the page never
writes mid-sentence is a name where it is a name and a version number
the page capitalises on its own."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.model import CasePolicy
from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.case_policy import without_addresses

#: Entries with capitals, so a capital alone says nothing of a name.
CAPITAL_ENTRIES = [
    ("Step Budget", "How many steps a run may take."),
    ("Noise Floor", "The quietest level a recording keeps."),
    ("Mix Bus", "Where the tracks of a song are summed."),
]


def imported(entries: list[tuple[str, str]]):
    page = "Words\n=====\n\n.. glossary::\n\n" + "".join(
        f"   {names}\n      {body}\n\n" for names, body in CAPITAL_ENTRIES + entries
    )
    text = to_yaml(import_page(page, ".rst"))
    return parse_glossary(text, "imported.yaml"), text


def test_lower_case_words_of_an_address_are_blanked_in_place():
    text = "Get it at https://trellic.example.org/get. Trellic then runs."
    blanked = without_addresses(text)
    assert len(blanked) == len(text) and "trellic" not in blanked
    assert blanked.endswith(". Trellic then runs.")  # the full stop after the address stays
    assert "quillbox" not in without_addresses("Write to help@quillbox.example.com today.")


def test_a_capital_in_an_address_is_the_site_s_spelling_and_stays():
    assert "Quillbox" in without_addresses("See https://example.org/projects/Quillbox/ for more.")


def test_an_address_in_lower_case_does_not_lower_a_name_the_page_capitalises():
    glossary, _ = imported(
        [
            ("Harrowgate", "A desk program that runs on Harrowgate and other systems.\n"
             "      See https://www.example.com/harrowgate."),
            ("Loom", "A tool that weaves tracks together."),
        ]
    )
    entry = glossary.by_id["harrowgate"]
    assert entry.case is CasePolicy.EXACT and not entry.case_guessed


def test_a_one_word_name_whose_definition_cites_its_own_site_is_exact():
    glossary, text = imported([("Trellic", "The tool that draws these charts.\n      See https://trellic.example.org/.")])
    entry = glossary.by_id["trellic"]
    assert entry.case is CasePolicy.EXACT and entry.case_guessed
    assert "cites trellic.example.org, a site named after it" in text


def test_an_everyday_word_at_a_site_of_its_name_stays_sentence():
    glossary, _ = imported([("Forum", "Where users ask questions.\n      See https://forum.example.org/.")])
    assert glossary.by_id["forum"].case is CasePolicy.SENTENCE


def test_a_name_and_a_version_number_is_exact_where_the_page_capitalises_the_name():
    glossary, text = imported(
        [
            ("Corvan", "A language that programs for Corvan systems are written in."),
            ("Corvan 4", "The next release of the language, which few Corvan tools support yet."),
        ]
    )
    entry = glossary.by_id["corvan-4"]
    assert entry.case is CasePolicy.EXACT and entry.case_guessed
    assert "'Corvan' with a version number" in text


def test_a_numbered_common_noun_stays_sentence():
    glossary, _ = imported(
        [
            ("Stage 2", "The second pass over the data, after each stage of parsing ends."),
        ]
    )
    assert glossary.by_id["stage-2"].case is CasePolicy.SENTENCE
