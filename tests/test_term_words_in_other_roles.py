"""GL001 and a glossary term's words in another role than the term's: a
name's first word modifying a compound that opens with its last word, a
hyphenated headword's noun phrase, an account's handle, and a heading that
names a program the page sets in code."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: zorvix-pot
    term: Zorvix Pot
    case: exact
    definition: The pottery program; the pot rack holds its unfired work.
  - id: peer-review-process
    term: peer-review-process
    definition: How a paper is read before it is printed.
  - id: widgetco
    term: WidgetCo
    case: exact
    definition: The company that makes the kiln.
  - id: glazer
    term: Glazer
    case: exact
    definition: The program that mixes glazes.
"""


def gl001(check, text: str, name: str = "page.md") -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {name: text})]


# a name's first word modifying a compound


def test_a_lower_case_last_word_hyphenated_to_a_noun_opens_a_compound(gl001_of_run):
    text = "Start the Zorvix pot-firing schedule before noon.\n"
    assert gl001(gl001_of_run, text) == []


def test_a_hyphen_to_a_modifier_ending_joins_the_whole_name(gl001_of_run):
    text = "We ship a Zorvix pot-based workflow to every studio.\n"
    assert gl001(gl001_of_run, text) == ["Zorvix pot"]


def test_an_open_compound_the_glossary_defines_is_modified_by_the_first_word(gl001_of_run):
    text = "Empty the Zorvix pot racks before you leave.\n"
    assert gl001(gl001_of_run, text) == []


def test_an_open_compound_the_page_writes_as_a_habit(gl001_of_run):
    text = (
        "The pot glaze dries first. A pot glaze can crack. Mix each pot glaze well.\n\n"
        "Every Zorvix pot glaze is tested by hand.\n"
    )
    assert gl001(gl001_of_run, text) == []


def test_one_stray_use_of_the_compound_makes_no_habit(gl001_of_run):
    text = "Each pot glaze is mixed by hand.\n\nEvery Zorvix pot glaze is tested.\n"
    assert gl001(gl001_of_run, text) == ["Zorvix pot"]


def test_the_name_before_an_everyday_verb_stays_a_slip(gl001_of_run):
    text = "Install the Zorvix pot and open it.\n\nThe Zorvix pot needs a licence.\n"
    assert gl001(gl001_of_run, text) == ["Zorvix pot", "Zorvix pot"]


def test_a_possessive_ends_the_name_before_a_compound(gl001_of_run):
    text = "Empty the Zorvix pot's rack first.\n"
    assert gl001(gl001_of_run, text) == ["Zorvix pot"]


# a hyphenated headword's noun phrase


def test_a_slug_headword_s_noun_phrase_opens_its_head_noun(gl001_of_run):
    text = "Every paper goes through the peer-review process twice.\n"
    assert gl001(gl001_of_run, text) == []


def test_a_slug_headword_spaced_all_through_stays_a_slip(gl001_of_run):
    text = "Every paper goes through the peer review process twice.\n"
    assert gl001(gl001_of_run, text) == ["peer review process"]


# an account's handle


def test_a_lower_case_name_before_a_snake_case_code_name_is_its_owner(gl001_of_run):
    text = "Clone the widgetco kiln_tools repository first.\n"
    assert gl001(gl001_of_run, text) == []


def test_an_organization_handle_the_page_writes_in_a_path(gl001_of_run):
    text = "Our code lives in the widgetco organization.\n\nClone widgetco/kiln to start.\n"
    assert gl001(gl001_of_run, text) == []


def test_an_organization_noun_alone_gives_no_handle(gl001_of_run):
    text = "Our code lives in the widgetco organization.\n"
    assert gl001(gl001_of_run, text) == ["widgetco"]


# a heading that names a program set in code


def test_a_heading_that_is_the_code_name_alone_names_the_program(gl001_of_run):
    text = "# Tools\n\n## glazer\n\nRun `glazer` to mix a batch.\n"
    assert gl001(gl001_of_run, text) == []


def test_a_lower_case_heading_the_page_never_sets_in_code_stays_a_slip(gl001_of_run):
    text = "# Tools\n\n## glazer\n\nRun the mixer to make a batch.\n"
    assert gl001(gl001_of_run, text) == ["glazer"]


def test_a_heading_with_more_words_than_the_code_name_stays_a_slip(gl001_of_run):
    text = "# Tools\n\n## Using glazer daily\n\nRun `glazer` to mix a batch.\n"
    assert gl001(gl001_of_run, text) == ["glazer"]
