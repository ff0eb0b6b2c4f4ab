"""GL001 and spellings that are names in the handbook's code: the code's own
name written in prose (``ferrylane`` for "ferry lane", ``tidepool`` for
"TidePool"), and an identifier entry's words spaced into an English phrase
(``a relay node`` beside the key ``relay-node``)."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: relay-node
    term: relay-node
    definition: The daemon that forwards parcels between harbours.
  - id: berth-group
    term: berth-group
    definition: One of two kinds of groups an operator lists in the harbour file.
  - id: ferry-lane
    term: ferry lane
    definition: A route a ferry keeps to.
  - id: tidepool
    term: TidePool
    case: exact
    definition: The scheduler program that plans the tides.
"""


@pytest.fixture
def gl001(gl001_of_run):
    return lambda files: sorted(gl001_of_run(GLOSSARY, files))


#: Three chapters whose code writes the key ``relay-node`` and whose prose
#: speaks of "relay nodes", the machines, as English does.
RELAY = {
    "a.md": "Each relay node keeps a log.\n\n```\nstart relay-node --port 9\n```\n",
    "b.md": "A relay node may sleep. Two relay nodes share a dock.\n\n```\nrelay-node: on\n```\n",
    "c.md": (
        "Restart with `relay-node --reload` when the map changes. The relay-node reads the map;"
        " the relay-node writes it back, and a relay-node logs it. No relay-node rests, and"
        " every relay-node counts.\n"
    ),
}


def test_an_identifier_written_as_code_makes_its_spaced_words_an_english_phrase(gl001):
    assert gl001(RELAY) == []


def test_the_spaced_identifier_before_a_program_word_is_still_a_slip(gl001):
    files = dict(RELAY, **{"d.md": "Stop the relay node daemon before the upgrade.\n"})
    assert gl001(files) == [("d.md", "relay node")]


def test_the_spaced_identifier_stays_a_slip_where_the_code_shows_the_identifier_in_few_files(gl001):
    files = dict(RELAY, **{"c.md": RELAY["c.md"].replace("`relay-node --reload`", "the dock")})
    assert len(gl001(files)) == 3


def test_a_stray_spaced_identifier_stays_a_slip(gl001):
    files = dict(RELAY, **{"a.md": "Each relay-node keeps a log.\n\n```\nstart relay-node\n```\n"})
    files["b.md"] = "A relay node may sleep.\n\n```\nrelay-node: on\n```\n"
    assert gl001(files) == [("b.md", "relay node")]


#: The code's API resource ``ferrylane``, written in two chapters' code.
LANES = {
    "a.md": "A ferrylane create call returns its id.\n\n```\nharbour ferrylane create --name north\n```\n",
    "b.md": "Each ferrylane is wide. Two ferrylanes meet.\n\n```\nharbour ferrylane list\n```\n",
    "c.md": "The ferry lane bends. A ferry lane ends. Every ferry lane has buoys; one ferry lane is shut.\n",
}


def test_a_spaced_term_closed_up_into_the_codes_name_is_that_name(gl001):
    assert gl001(LANES) == []


def test_a_spaced_term_closed_up_is_a_slip_where_the_code_never_writes_it(gl001):
    files = {name: text.split("\n\n")[0] + "\n" for name, text in LANES.items()}
    assert len(gl001(files)) == 3


def test_a_stray_spaced_term_closed_up_stays_a_slip_though_the_code_writes_it(gl001):
    files = dict(
        LANES, **{"b.md": LANES["b.md"].replace("Each ferrylane is wide. Two ferrylanes meet.", "Wide.")}
    )
    assert gl001(files) == [("a.md", "ferrylane")]


#: The program ``tidepool``: the prose writes it in lower case as a rule, as
#: the code runs it.
TIDES = {
    "a.md": "Start tidepool first. Then tidepool reads the map.\n\n```\n$ tidepool --check\n```\n",
    "b.md": "Logs of tidepool go to the dock. TidePool plans.\n\n```\ntidepool --plan\n```\n",
    "c.md": "When tidepool stops, nothing moves.\n",
}


def test_a_lower_case_program_name_the_code_runs_and_the_prose_keeps_is_no_case_slip(gl001):
    assert gl001(TIDES) == []


def test_a_lower_case_name_the_prose_writes_less_often_than_the_glossarys_stays_a_slip(gl001):
    files = dict(TIDES, **{"d.md": "TidePool plans. TidePool waits. TidePool rests. TidePool ends.\n"})
    assert len(gl001(files)) == 4


#: The code runs ``tidepool`` in three chapters; the prose names it TidePool.
PROGRAM = {
    "a.md": "TidePool plans the tides.\n\n```\n$ tidepool --check\n```\n",
    "b.md": "TidePool waits for the moon.\n\n```\ntidepool --plan\n```\n",
    "c.md": "Ask TidePool for the times.\n\n```\ntidepool --ask\n```\n",
    "d.md": "TidePool rests at noon. Stop the tidepool service, then the tidepool daemons.\n",
}


def test_a_lower_case_name_the_code_writes_is_the_program_before_a_program_word(gl001):
    assert gl001(PROGRAM) == []


def test_a_lower_case_name_the_code_writes_is_the_program_before_the_command_typed_to_it(gl001):
    files = dict(PROGRAM, **{"d.md": "TidePool rests at noon. Check by asking tidepool `tide show --now`.\n"})
    assert gl001(files) == []


def test_a_lower_case_name_the_code_writes_after_a_folder_word_names_its_folder(gl001):
    for where in ("Put the tide tables in the directory containing tidepool.", "Make a checkout of tidepool."):
        files = dict(PROGRAM, **{"d.md": f"TidePool rests at noon. {where}\n"})
        assert gl001(files) == []
    # A folder word elsewhere in the sentence says nothing of the name.
    files = dict(PROGRAM, **{"d.md": "TidePool rests at noon. The folder is where tidepool writes.\n"})
    assert gl001(files) == [("d.md", "tidepool")]


def test_a_lower_case_name_without_a_program_word_stays_a_slip(gl001):
    files = dict(PROGRAM, **{"d.md": "TidePool rests at noon. Ask tidepool for the times.\n"})
    assert gl001(files) == [("d.md", "tidepool")]
    # Nor does a program word help a name the code writes in fewer files.
    files = dict(PROGRAM, **{"c.md": "Ask TidePool for the times.\n"})
    assert gl001(files) == [("d.md", "tidepool"), ("d.md", "tidepool")]


def test_a_term_joined_to_path_file_or_index_punctuation_is_code(gl001):
    text = (
        "Edit the tidepool.conf file. Clone it into /opt/tidepool first.\n"
        'The event "tidepool.tide.rise" fires, and the log shows tidepool[812] at noon.\n'
    )
    assert gl001({"a.md": text}) == []
    assert gl001({"a.md": "Then tidepool starts.\n"}) == [("a.md", "tidepool")]


def test_a_capital_the_code_writes_is_left_to_the_class_names_and_stays_a_slip_here(gl001_of_run):
    """``Dockhand(`` in code is a class, and sentences open with "Dockhand":
    neither makes the capital mid-sentence a name of the house's."""
    glossary = "terms:\n  - id: dockhand\n    term: dockhand\n    definition: A worker who loads the ships.\n"
    files = {
        "a.md": "Dockhand shifts start early. Dockhand pay is weekly.\n\n```\nDockhand(name='Ivo')\n```\n",
        "b.md": "Dockhand gloves are thick. Dockhand boots too. Dockhand hats are red.\n\n"
        "```\nDockhand(name='Ana')\n```\n",
        "c.md": "A dockhand lifts, a dockhand rests, a dockhand sings and a dockhand waits.\n"
        "Ask the Dockhand.\n",
    }
    assert gl001_of_run(glossary, files) == [("c.md", "Dockhand")]


def test_each_code_token_is_stemmed_once_per_run_and_counted_per_file(monkeypatch):
    """Code repeats its names: a token's stem is looked up in the glossary's
    index once, however many files and lines write it, and each file still
    counts once for every form its code writes."""
    from glossary_lint.glossary.loader import parse_glossary
    from glossary_lint.matching.matcher import Matcher
    from glossary_lint.rules.code_spellings import CodeSpellingCount

    count = CodeSpellingCount(Matcher(parse_glossary(GLOSSARY)), code_files=2, kept_uses=3)
    asked: list[str] = []
    real = count._stem
    monkeypatch.setattr(count, "_stem", lambda token: asked.append(token) or real(token))
    count.add(["relay-node --port 9", "relay-node: on", "tidepools run"], [])
    count.add(["relay-node --reload", "harbour tidepools"], [])
    assert sorted(asked) == sorted(set(asked))
    assert {"relay-node", "tidepools", "harbour"} <= set(asked)
    assert count.in_code == {"relay-node": 2, "tidepool": 2}


def test_a_name_the_code_writes_set_out_in_emphasis_quotes_or_brackets_is_the_name_however_rare(gl001):
    # the code writes the key ``ferry-lane`` in two chapters; the prose quotes it, each time set out
    files = {
        "a.md": "Boats keep to it.\n\n```\nferry-lane: north\n```\n",
        "b.md": "Boats wait.\n\n```\nferry-lane: south\n```\n",
        "c.md": 'The harbour reads *ferry-lanes* first, and "ferry-lane" entries after them.\n',
        "d.md": "Point it at the Harbour (ferry-lane) endpoint.\n",
    }
    assert gl001(files) == []


def test_a_name_the_code_writes_in_running_text_once_stays_a_slip(gl001):
    files = {
        "a.md": "Boats keep to it.\n\n```\nferry-lane: north\n```\n",
        "b.md": "Boats wait.\n\n```\nferry-lane: south\n```\n",
        "c.md": "The harbour reads each ferry-lane first, and *the ferry-lane* after it.\n",
    }
    assert gl001(files) == [("c.md", "ferry-lane"), ("c.md", "ferry-lane")]


#: Two chapters whose code writes the resource ``ferrylane``, and one the
#: resource ``buoygroup``; the prose writes ``ferrylanes`` as a habit.
RESOURCES = {
    "a.md": "Each ferrylane is wide. Two ferrylanes meet.\n\n```\nharbour ferrylane list\nharbour buoygroup list\n```\n",
    "b.md": "A ferrylane bends.\n\n```\nharbour ferrylane create\n```\n",
}
BUOYS = """  - id: buoy-group
    term: buoy group
    definition: Buoys that mark one channel together.
"""


def test_a_code_name_listed_beside_another_of_the_codes_names_is_one(gl001_of_run):
    files = dict(RESOURCES, **{"c.md": "Create the ferrylanes, docks, cranes, buoygroups, etc. first.\n"})
    assert gl001_of_run(GLOSSARY + BUOYS, files) == []


def test_a_code_name_listed_among_english_words_alone_stays_a_slip(gl001_of_run):
    files = dict(RESOURCES, **{"c.md": "Create the docks, cranes, buoygroups, etc. first.\n"})
    assert gl001_of_run(GLOSSARY + BUOYS, files) == [("c.md", "buoygroup")]


def test_a_name_set_out_in_brackets_that_differs_in_case_alone_stays_a_slip(gl001):
    # the code writes ``tidepool`` in two chapters; "(tidepool)" is TidePool's case slipped
    files = {
        "a.md": "Boats keep to it.\n\n```\ntidepool --check\n```\n",
        "b.md": "Boats wait.\n\n```\ntidepool --plan\n```\n",
        "c.md": "## Planning with the scheduler (tidepool)\n\nIt plans.\n",
    }
    assert gl001(files) == [("c.md", "tidepool")]
