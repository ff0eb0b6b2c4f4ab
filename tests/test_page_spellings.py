"""GL001 and what a page sets up for itself (:mod:`glossary_lint.rules.page_spellings`):
a capitalised name it introduces with its abbreviation, a case it writes as its
rule, a key it quotes, roles it names in capitals side by side, a name after ``@``."""

from __future__ import annotations

from test_rules import gl, small_linter

BASIN = [("settling-basin", "settling basin", [])]


def _lint(tmp_path, entries, text):
    return gl(small_linter(tmp_path, entries).lint_text("a.md", text))


# -- a capitalised name the page introduces beside its abbreviation -----------


def test_name_introduced_with_its_abbreviation_is_the_pages_name(tmp_path):
    text = (
        "Water first enters the Settling Basin (or SB) at the weir.\n\n"
        "Mud sinks to the floor of the Settling Basin over a night.\n\n"
        "A keeper drains the Settling Basin once a week.\n"
    )
    assert _lint(tmp_path, BASIN, text) == []


def test_capitals_never_introduced_with_an_abbreviation_stay_slips(tmp_path):
    text = "Mud sinks to the floor of the Settling Basin over a night.\n"
    assert _lint(tmp_path, BASIN, text) == [("Settling Basin", "settling basin")]


def test_introduced_name_on_a_page_mostly_in_lower_case_stays_a_slip(tmp_path):
    text = (
        "Water first enters the Settling Basin (or SB) at the weir.\n\n"
        "Mud sinks in the settling basin; each settling basin has a drain, "
        "and a settling basin is cleaned yearly.\n\n"
        "A keeper drains the Settling Basin once a week.\n"
    )
    assert ("Settling Basin", "settling basin") in _lint(tmp_path, BASIN, text)


# -- a case the page writes as its rule -----------------------------------------

TOKEN = [("qtoken", "qToken", ["case: exact"])]


def test_capitals_the_page_writes_as_its_rule_are_its_spelling(tmp_path):
    uses = " ".join(f"Gate {n} checks a QTOKEN." for n in range(10))
    text = f"{uses}\n\nEach desk hands out QTOKENs, the qToken of the old desk aside.\n"
    assert _lint(tmp_path, TOKEN, text) == []


def test_capitals_written_a_few_times_stay_slips(tmp_path):
    text = "Gate one checks a qToken, gate two a qToken.\n\nEach desk hands out QTOKENs today.\n"
    assert _lint(tmp_path, TOKEN, text) == [("QTOKEN", "qToken")]


def test_capitals_of_a_page_that_never_writes_the_glossarys_form_stay_slips(tmp_path):
    uses = " ".join(f"Gate {n} checks a QTOKEN." for n in range(10))
    assert len(_lint(tmp_path, TOKEN, f"{uses}\n")) == 10


def test_another_case_however_often_stays_a_slip(tmp_path):
    uses = " ".join(f"Gate {n} checks a QToken." for n in range(10))
    text = f"{uses}\n\nThe qToken of the old desk aside.\n"
    assert len(_lint(tmp_path, TOKEN, text)) == 10


def test_a_first_capital_counts_for_no_page_spelling(tmp_path):
    # 'Lantern' opens sentences and headings: its count says nothing of the page's case.
    entries = [("lantern", "lantern", ["case: exact"])]
    uses = " ".join("Lantern light is warm." for _ in range(10))
    text = f"{uses}\n\nWe hung a Lantern by the door.\n"
    assert ("Lantern", "lantern") in _lint(tmp_path, entries, text)


# -- a key the page writes in quotes --------------------------------------------

TIDE = [("tide-level", "tide level", [])]


def test_a_bare_key_the_page_quotes_is_the_key(tmp_path):
    text = (
        'The reply holds "tide-level": a height in metres.\n\n'
        "Stations with no gauge send station-id and tide-level as zero.\n"
    )
    assert _lint(tmp_path, TIDE, text) == []


def test_the_key_as_a_noun_of_prose_stays_a_slip(tmp_path):
    text = (
        'The reply holds "tide-level": a height in metres.\n\n'
        "Each log line starts with the tide-level of the hour.\n"
    )
    assert _lint(tmp_path, TIDE, text) == [("tide-level", "tide level")]


def test_a_hyphenated_form_the_page_never_quotes_stays_a_slip(tmp_path):
    text = "Stations with no gauge send station-id and tide-level as zero.\n"
    assert _lint(tmp_path, TIDE, text) == [("tide-level", "tide level")]


# -- roles named in capitals side by side ---------------------------------------

ROLES = [("dispatcher", "dispatcher", []), ("relay-station", "relay station", [])]
#: The page names its dispatcher in capitals as its rule (page_capitals).
_DISPATCHER = "Ask the Dispatcher first. The Dispatcher answers. Then the Dispatcher routes."


def test_roles_in_capitals_beside_a_role_the_page_capitalises(tmp_path):
    text = f"{_DISPATCHER}\n\nCalls go to the Dispatcher and then to a Relay Station.\n"
    assert _lint(tmp_path, ROLES, text) == []


def test_a_role_in_capitals_alone_in_its_sentence_stays_a_slip(tmp_path):
    text = f"{_DISPATCHER}\n\nThe call then goes on to a Relay Station nearby.\n"
    assert _lint(tmp_path, ROLES, text) == [("Relay Station", "relay station")]


def test_a_role_partly_in_capitals_stays_a_slip(tmp_path):
    text = f"{_DISPATCHER}\n\nCalls go to the Dispatcher and then to a Relay station.\n"
    assert _lint(tmp_path, ROLES, text) == [("Relay station", "relay station")]


def test_a_title_case_headword_is_no_role_of_the_series(tmp_path):
    # The glossary heads 'Dispatcher' in Title Case: its capitals name nothing the page chose.
    entries = [("dispatcher", "Dispatcher", []), ("relay-station", "relay station", [])]
    text = f"{_DISPATCHER}\n\nCalls go to the Dispatcher and then to a Relay Station.\n"
    assert _lint(tmp_path, entries, text) == [("Relay Station", "relay station")]


# -- a name after '@' -----------------------------------------------------------


def test_a_name_after_an_at_sign_is_a_route(tmp_path):
    entries = [("harbour-settings", "Harbour Master Settings", [])]
    assert _lint(tmp_path, entries, "## @harbour-master-settings route\n\nText.\n") == []
    assert _lint(tmp_path, entries, "## harbour-master-settings route\n\nText.\n") == [
        ("harbour-master-settings", "harbour master settings")
    ]


def test_a_name_after_an_at_sign_is_held_to_the_glossarys_own_at_name(tmp_path):
    # The glossary lists the route itself: written after '@' otherwise, it is the route's slip.
    entries = [
        ("harbour-settings", "Harbour Master Settings", []),
        ("at-harbour-settings", "@harbour-master-settings", []),
    ]
    assert _lint(tmp_path, entries, "Call @harbour-master-settings first.\n") == []
    assert _lint(tmp_path, entries, "Call @harbour master settings first.\n") == [
        ("@harbour master settings", "@harbour-master-settings")
    ]
    assert _lint(tmp_path, entries, "Call @Harbour-Master-Settings first.\n") == [
        ("@Harbour-Master-Settings", "@harbour-master-settings")
    ]


def test_a_role_after_a_modifier_is_a_common_noun_with_a_stray_capital(tmp_path):
    text = f"{_DISPATCHER}\n\nCalls go to the Dispatcher and then to a coastal Relay Station.\n"
    assert _lint(tmp_path, ROLES, text) == [("Relay Station", "relay station")]
