"""GL001 and the importer on names: a command or package named after a
multi-word name, a coined name holding a term, and a name on a glossary
page that capitalises all of its headwords."""

from __future__ import annotations

from test_import_case_evidence import guess
from test_rules import gl, small_linter

from glossary_lint.glossary.model import CasePolicy

NAMES = [
    ("brook-relay", "Brook Relay", ["case: exact"]),
    ("brook-sql", "Brook SQL", ["case: exact"]),
    ("multi-primary", "multi-primary", []),
    ("wave-net", "WaveNet-TTS", ["case: exact"]),
]


def lint(tmp_path, text):
    return gl(small_linter(tmp_path, NAMES).lint_text("a.md", text + "\n"))


def test_a_lower_case_hyphenated_or_joined_form_of_a_name_is_its_command(tmp_path):
    text = (
        "Start the daemon with brook-relay, or run brook-sql for queries.\n\n"
        "## Deploying with brook-relay\n\nThe old installer called brookrelay still works."
    )
    assert lint(tmp_path, text) == []


def test_half_way_forms_of_a_name_stay_slips(tmp_path):
    text = "We deploy with Brook-Relay and query with brook sql every night."
    assert lint(tmp_path, text) == [("Brook-Relay", "Brook Relay"), ("brook sql", "Brook SQL")]
    # a name hyphenated already, written in lower case, is its case slipped
    assert lint(tmp_path, "We trained wavenet-tts twice.") == [("wavenet-tts", "WaveNet-TTS")]


def test_a_lower_case_term_hyphenated_is_no_command(tmp_path):
    linter = small_linter(tmp_path, [("job-queue", "job queue", [])])
    assert gl(linter.lint_text("a.md", "Each job-queue drains at night.\n")) == [("job-queue", "job queue")]


GATEWAY = [("rpc-gateway", "RPC gateway", ["spelling: RPC gateway"]), ("kiln", "Kiln", ["case: exact"])]


def test_a_term_with_capitals_lowered_after_a_lower_case_word_and_a_hyphen_ends_a_program_name(tmp_path):
    linter = small_linter(tmp_path, GATEWAY)
    text = (
        "Restart the pottery-rpc gateway after each upgrade, then check that\n"
        "the shop-kiln daemon answers on its port.\n"
    )
    assert gl(linter.lint_text("a.md", text)) == []


def test_a_term_lowered_after_an_english_prefix_or_alone_stays_a_slip(tmp_path):
    linter = small_linter(tmp_path, GATEWAY)
    text = "Calls that skip the rpc gateway are non-rpc gateway calls, fired in a pre-kiln step.\n"
    assert gl(linter.lint_text("a.md", text)) == [
        ("rpc gateway", "RPC gateway"),
        ("rpc gateway", "RPC gateway"),
        ("kiln", "Kiln"),
    ]


def test_a_coined_name_hyphenating_a_term_to_a_capitalised_word_is_one_name(tmp_path):
    text = "A MultiPrimary-TLS layout exists, and the Setup-MultiPrimary guide explains it."
    assert lint(tmp_path, text) == []


def test_the_coined_form_alone_is_still_a_slip(tmp_path):
    assert lint(tmp_path, "Our MultiPrimary setup has two nodes.") == [("MultiPrimary", "multi-primary")]


TITLE_CASED = (
    "### Queue Depth\nHow many jobs wait in a queue at once.\n\n"
    "### Worker Pool\nThe processes that take jobs from a queue.\n\n"
    "### Retry Budget\nHow often a failed job is tried again.\n\n"
)


def test_on_a_title_case_page_a_capitalised_word_opening_several_headwords_makes_names():
    entries = TITLE_CASED + (
        "### Brook Relay\nThe daemon that forwards jobs between hosts running Brook.\n\n"
        "### Brook Shell\nA prompt for sending one job by hand.\n\n"
        "### Relay Log\nWhat the relay writes for every job it forwards.\n\n"
        "### Kessler Interval\nThe wait between retries, named after Kessler, who chose it.\n"
    )
    case, _, review = guess(entries, "Brook Relay")
    assert case is CasePolicy.EXACT
    assert "'Brook' is a name" in review and "capitalises it mid-sentence" in review
    # a name of words the page writes in lower case keeps its 'sentence' guess,
    # and so does one whose name-word opens no other name: 'Kessler interval'
    assert guess(entries, "Relay Log")[0] is CasePolicy.SENTENCE
    assert guess(entries, "Kessler Interval")[0] is CasePolicy.SENTENCE


def test_on_a_title_case_page_a_word_that_is_no_english_is_no_sign_of_a_name():
    case, _, review = guess(TITLE_CASED + "### Zorbstate\nThe state a run ends in.\n", "Zorbstate")
    assert case is CasePolicy.SENTENCE and "capitalises most of its terms" in review
