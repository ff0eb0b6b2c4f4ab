"""GL001 and a sentence that names kinds of a data model with capitals
(``turns Readings into Reports``): a lower-case term capitalised there
beside another everyday noun capitalised alone, a noun the page also writes
in lower case, is the sentence's convention, no slip.  A lone capital, one
beside a name the page never writes in lower case, or one beside its own
word in lower case, still is.  A list's items are parallel: an item's
capital passes where the item right before or after it, in the same list,
names such a sibling kind."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: reading
    term: reading
    definition: One value a gauge reports.
"""

LOWER = "\n\nEach report gathers the hour's values.\n"


def test_a_term_capitalised_beside_a_sibling_kind_passes(gl001_of_run):
    files = {
        "a.md": "The collector turns Readings into Reports and stores them." + LOWER,
        "b.md": "While a Reading holds one value, many values make up a Report." + LOWER,
    }
    assert gl001_of_run(GLOSSARY, files) == []


def test_a_lone_capital_keeps_its_slip(gl001_of_run):
    text = "The collector keeps each Reading for a week before it drops it." + LOWER
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_sibling_the_page_never_writes_in_lower_case_is_a_name(gl001_of_run):
    text = "The collector sends every Reading to Mercury before it stores them.\n"
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_the_same_word_in_lower_case_in_the_sentence_keeps_the_slip(gl001_of_run):
    text = "Each reading becomes a Reading in a Report when it is stored." + LOWER
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_word_of_a_longer_name_is_no_sibling_kind(gl001_of_run):
    text = "The collector sends every Reading to the Report Store at noon." + LOWER
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_name_before_the_noun_it_modifies_is_no_sibling_kind(gl001_of_run):
    text = "The collector sends each Reading to the Report desk at noon." + LOWER
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_word_the_page_capitalises_as_a_rule_is_a_name(gl001_of_run):
    text = (
        "The collector sends each Reading to Report, and stores it.\n\n"
        "Report runs nightly. We installed Report in May, and Report keeps the report.\n"
    )
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_sibling_in_another_sentence_does_not_count(gl001_of_run):
    text = "The collector keeps Reports. It keeps each Reading for a week." + LOWER
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_an_item_of_a_list_whose_other_item_names_kinds_passes(gl001_of_run):
    text = (
        "The service has two parts:\n\n"
        "1. the poller - asks each gauge and keeps Readings.\n"
        "2. the writer - turns them into Reports, and stores them.\n" + LOWER
    )
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == []


def test_a_list_item_alone_keeps_its_slip(gl001_of_run):
    text = (
        "The service has two parts:\n\n"
        "1. the poller - asks each gauge and keeps Readings.\n"
        "2. the writer - turns them into reports, and stores them.\n" + LOWER
    )
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]


def test_a_paragraph_after_a_list_is_no_item_of_it(gl001_of_run):
    text = (
        "1. the poller - asks each gauge.\n"
        "2. the writer - turns them into Reports, and stores them.\n\n"
        "The service keeps Readings for a week.\n" + LOWER
    )
    assert gl001_of_run(GLOSSARY, {"a.md": text}) == [("a.md", "Reading")]
