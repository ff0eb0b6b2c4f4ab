"""GL001 and words a letter away from a term that name something else."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: ftpshare
    term: ftpshare
    definition: A protocol for sharing folders over FTP.
  - id: lanterns
    term: lantern
    definition: A lamp carried by hand.
"""


def gl001(check, files: dict[str, str]) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, files)]


def test_a_typo_with_an_inner_capital_is_a_name(gl001_of_run):
    text = "Files can also travel through the FtShare library, which is no ftpshare client.\n"
    assert gl001(gl001_of_run, {"transfer.rst": text}) == []


def test_a_typo_without_the_inner_capital_is_still_reported(gl001_of_run):
    text = "Files can also travel through ftshare, the protocol.\n"
    assert gl001(gl001_of_run, {"transfer.rst": text}) == ["ftshare"]


def test_letters_a_page_writes_again_and_again_name_something(gl001_of_run):
    text = (
        "Install ``pyftshare`` or the ftshare-tools package.\n\n"
        "The ftshare_client module wraps ftshare, which speaks ftpshare underneath.\n"
    )
    assert gl001(gl001_of_run, {"tools.rst": text}) == []


def test_a_slip_written_twice_stays_a_slip(gl001_of_run):
    text = "A lantenr hangs by the door. Light the lantenr at dusk.\n"
    assert gl001(gl001_of_run, {"evening.rst": text}) == ["lantenr", "lantenr"]


CODE_GLOSSARY = """terms:
  - id: clearsky-total
    term: clearsky_total
    case: exact
    definition: The day's rain in millimetres.
  - id: tidegauge-method
    term: TideGauge Method
    case: exact
    definition: Reading the sea level from a fixed post.
  - id: harbour-chart
    term: harbour chart
    definition: A map of the piers, used with tide gauge readings.
  - id: wavebuoy-method
    term: WaveBuoy Method
    case: exact
    definition: Reading the swell from a floating sensor.
"""


def test_an_identifiers_word_written_as_english_is_no_slip(gl001_of_run):
    text = "On clear-sky days the clearsky_total peaks at noon.\n"
    assert [f for _, f in gl001_of_run(CODE_GLOSSARY, {"rain.rst": text})] == []


def test_a_names_words_that_the_glossary_writes_as_english_are_no_slip(gl001_of_run):
    text = "The tide-gauge method is older than the TideGauge Method class.\n"
    assert [f for _, f in gl001_of_run(CODE_GLOSSARY, {"sea.rst": text})] == []


def test_a_names_words_the_glossary_never_writes_as_english_stay_a_slip(gl001_of_run):
    text = "The wave-buoy method is newer than the WaveBuoy Method class.\n"
    assert [f for _, f in gl001_of_run(CODE_GLOSSARY, {"sea.rst": text})] == ["wave-buoy"]


WORD_GLOSSARY = """terms:
  - id: stevedore
    term: stevedore
    definition: A worker who loads ships.
"""


SELECTION = (
    "Crates are chosen at the gate. The selection of crates follows the tide, each selection "
    "is logged, and the selecton of the day is posted before the selector weighs it. "
    "Selections made at night are checked twice.\n"
)


def test_a_slip_of_an_english_word_the_page_keeps_writing_is_not_the_terms(gl001_of_run):
    # 'selecton' is a letter from 'selector' and a letter from 'selection',
    # the everyday word the page writes again and again.
    glossary = WORD_GLOSSARY.replace("stevedore", "selector")
    assert [f for _, f in gl001_of_run(glossary, {"dock.rst": SELECTION})] == []


def test_the_same_slip_on_a_page_that_never_writes_the_word_stays_the_terms(gl001_of_run):
    glossary = WORD_GLOSSARY.replace("stevedore", "selector")
    text = "At the gate the selecton weighs each crate, and the selector logs it.\n"
    assert [f for _, f in gl001_of_run(glossary, {"dock.rst": text})] == ["selecton"]


def test_the_word_must_be_written_as_often_as_the_term(gl001_of_run):
    glossary = WORD_GLOSSARY.replace("stevedore", "selector")
    text = SELECTION + "The selector is oiled daily; a selector lasts a year; spare selectors wait.\n"
    assert [f for _, f in gl001_of_run(glossary, {"dock.rst": text})] == ["selecton"]


def test_a_slip_near_no_commoner_word_stays_the_terms(gl001_of_run):
    text = "A stevdore loads the ship; the stevedore unloads it.\n"
    assert [f for _, f in gl001_of_run(WORD_GLOSSARY, {"dock.rst": text})] == ["stevdore"]


def test_a_slip_of_the_term_itself_stays_reported_when_the_term_is_english(gl001_of_run):
    glossary = WORD_GLOSSARY.replace("stevedore", "harbour")
    text = "Each harbor and each harbuor keeps a crane.\n"
    assert [f for _, f in gl001_of_run(glossary, {"dock.rst": text})] == ["harbuor"]
