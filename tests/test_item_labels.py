"""GL001 on capitals and spellings that label an item or quote a command
rather than stand in a sentence: a Title Case name of a hyphenated
identifier, a command's usage line, a line after a hard break, a list
item made of names, a guessed Title Case headword whose later word the
prose writes as English, and the thing a list item's label gives."""

from __future__ import annotations

from test_rules import gl, small_linter


def lint(tmp_path, entries, text, name="a.md"):
    return gl(small_linter(tmp_path, entries).lint_text(name, text + "\n"))


IDENTIFIERS = [("relay-queue", "relay-queue", []), ("brook-api", "brook-api", [])]


def test_an_identifier_spelled_as_a_title_case_name_is_the_name(tmp_path):
    text = (
        "Jobs wait in a *Relay Queue* until a worker is free, and the\nBrook API hands them out one by one."
    )
    assert lint(tmp_path, IDENTIFIERS, text) == []


def test_an_identifier_half_capitalised_stays_a_slip(tmp_path):
    text = "Jobs wait in a Relay queue first, then in a relay queue."
    assert lint(tmp_path, IDENTIFIERS, text)[:1] == [("Relay queue", "relay-queue")]
    # plain capitals mid-sentence, set out by nothing, are no name
    assert lint(tmp_path, IDENTIFIERS, "Jobs wait in Relay Queue first.") == [("Relay Queue", "relay-queue")]


PROBE = [("probe-server", "probe server", [])]


def test_a_usage_line_quotes_the_command(tmp_path):
    text = "#### `probeserver`\n\n**Usage**: probeserver {start,stop} \\\nStarts or stops the relay."
    assert lint(tmp_path, PROBE, text) == []
    assert lint(tmp_path, PROBE, "Usage: probeserver [options]") == []


def test_outside_a_usage_line_the_closed_form_stays_a_slip(tmp_path):
    text = "Start the probeserver before you attach.\n\nUsage notes: the probeserver listens on a port."
    assert lint(tmp_path, PROBE, text) == [("probeserver", "probe server")] * 2


TARGET = [("target", "target", [])]


def test_a_capital_after_a_hard_line_break_starts_a_line(tmp_path):
    assert lint(tmp_path, TARGET, "**Access**: read-only \\\nTarget memory layout.") == []


def test_a_capital_on_a_joined_line_stays_a_slip(tmp_path):
    text = "The board is read-only\nTarget memory is mapped."
    assert lint(tmp_path, TARGET, text) == [("Target", "target")]


KINDS = [("gadget-pool", "gadget pool", []), ("dial-type", "dial type", [])]


def test_a_list_item_of_names_is_a_label(tmp_path):
    text = "The kinds are:\n\n* Widgets or Gadget Pools -- the common kind\n* Knobs or Dial Types\n* Spares\n"
    assert lint(tmp_path, KINDS, text) == []
    rst = "The kinds are:\n\n- Widgets or Gadget Pools: the common kind\n- Knobs or Dial Types\n"
    assert lint(tmp_path, KINDS, rst, "a.rst") == []


def test_a_list_item_that_is_a_sentence_keeps_its_slips(tmp_path):
    text = "Steps:\n\n* Each run makes Gadget Pools for us.\n* Then we set Dial Types by hand.\n"
    assert lint(tmp_path, KINDS, text) == [("Gadget Pool", "gadget pool"), ("Dial Type", "dial type")]


GUESSED = [("kvf-format", "KVF Format", ["case: exact", "case-guessed: true"])]


def test_a_guessed_title_case_headword_with_its_english_word_lowered_is_english(tmp_path):
    assert lint(tmp_path, GUESSED, "In KVF format, each line holds one record.") == []


def test_a_guessed_title_case_headword_may_lower_a_technical_english_word(tmp_path):
    # 'middleware' is a dictionary's word, if no everyday one; 'glimbox' is coined.
    guessed = [
        ("qzr-middleware", "QZR Middleware", ["case: exact", "case-guessed: true"]),
        ("qzr-glimbox", "QZR Glimbox", ["case: exact", "case-guessed: true"]),
    ]
    text = "Wrap the app in QZR middleware, then fill the QZR glimbox.\n"
    assert lint(tmp_path, guessed, text) == [("QZR glimbox", "QZR Glimbox")]
    # A page that also writes the glossary's capitals mid-sentence names a thing by them.
    named = "Wrap the app in QZR middleware. The QZR Middleware then logs each call.\n"
    assert lint(tmp_path, guessed, named) == [("QZR middleware", "QZR Middleware")]


def test_a_guessed_title_case_headword_keeps_its_other_slips(tmp_path):
    # ('KVF-Format files are long' is no slip: the hyphen joins a modifier of 'files')
    text = "In Kvf format each line holds a record, and the KVF-Format is long."
    assert lint(tmp_path, GUESSED, text) == [("Kvf format", "KVF Format"), ("KVF-Format", "KVF Format")]
    # the author's own exact case (not guessed) keeps the capital it gives
    stated = [("kvf-format", "KVF Format", ["case: exact"])]
    assert lint(tmp_path, stated, "In KVF format, each line holds one record.") == [
        ("KVF format", "KVF Format")
    ]


HUB = [("hub", "hub", []), ("spoke", "spoke", [])]


def test_a_description_naming_the_thing_its_label_gives_may_capitalise_it(tmp_path):
    text = "The parts:\n\n* **hub** - The Hub is the centre of the wheel.\n* **spoke**: Spoke ends hold the rim.\n"
    assert lint(tmp_path, HUB, text) == []


def test_a_capital_on_another_term_after_a_label_stays_a_slip(tmp_path):
    text = "The parts:\n\n* **spoke** - The Hub holds each spoke.\n* **hub** - It turns, and the Hub holds.\n"
    assert lint(tmp_path, HUB, text) == [("Hub", "hub"), ("Hub", "hub")]


LOOMS = [("warp-beam", "warp beam", []), ("heddle-frame", "heddle frame", [])]


def test_a_list_item_opened_by_a_hyperlink_target_is_labelled_by_its_first_paragraph(tmp_path):
    # the target is markup nobody sees: the paragraph under it opens the item
    text = (
        "Parts of the loom:\n\n- .. _loom-warp:\n\n  Warp Beam\n\n  - turning the warp beam by hand\n\n"
        "- .. _loom-heddles:\n\n  Heddle Frame and Shafts\n\n  - Threading a heddle frame\n"
    )
    assert lint(tmp_path, LOOMS, text, "a.rst") == []


def test_a_paragraph_after_a_target_outside_a_list_item_keeps_its_slips(tmp_path):
    text = "Parts:\n\n.. _loom-warp:\n\nTurn the Warp Beam slowly.\n\n- .. _loom-x:\n\n  We turn the Warp Beam.\n"
    assert lint(tmp_path, LOOMS, text, "a.rst") == [("Warp Beam", "warp beam")] * 2
