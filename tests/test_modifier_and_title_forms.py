"""GL001 and forms English gives a term where it is no misspelling: Title
Case of an exact-case term in a title, a cited book's title in italics, a
package named by its site's host, a type paired with a code name, and
compound modifiers before their noun (a plural one, one heading a subject,
the term's leading words before its own noun)."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: poisson
    term: Poisson process
    case: exact
    definition: Events that arrive independently at a constant mean rate.
  - id: quillkit
    term: QuillKit
    case: exact
    definition: A toolkit for drawing pen strokes.
  - id: widget
    term: widget
    definition: A control that a panel shows.
  - id: ratelimit
    term: rate limit
    definition: How many calls a client may make in a minute.
  - id: grainbuffer
    term: grain buffer
    definition: The queue of short sound grains waiting to be mixed.
  - id: snr
    term: signal noise ratio
    definition: The power of a signal over that of its noise.
  - id: uow
    term: unit of work
    definition: Changes gathered to be written at once.
  - id: qzvec
    term: qzvec2
    definition: A model that turns pen strokes into vectors.
  - id: badge-id
    term: badge-id
    definition: The number a kiln badge reader reads.
  - id: cups-per-tray
    term: cups per tray
    definition: How many cups one kiln tray holds.
"""


def gl001(check, name: str, text: str) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {name: text})]


def test_an_exact_term_takes_title_case_in_a_heading(gl001_of_run):
    text = "# Poisson Processes\n\nArrivals at a desk form a Poisson process.\n"
    assert gl001(gl001_of_run, "arrivals.md", text) == []


def test_an_exact_term_keeps_its_case_mid_sentence(gl001_of_run):
    text = "# Arrivals\n\nArrivals at a desk form a Poisson Process here.\n"
    assert gl001(gl001_of_run, "arrivals.md", text) == ["Poisson Process"]


def test_a_cited_book_title_in_italics_is_the_book_s_spelling(gl001_of_run):
    text = "Further reading:\n\n* Doe & Roe (2019), *Poisson Processes in Queues*\n"
    assert gl001(gl001_of_run, "reading.md", text) == []


def test_italics_in_a_text_that_cites_nothing_are_prose(gl001_of_run):
    text = "Arrivals at a desk form a *Poisson Process* every morning.\n"
    assert gl001(gl001_of_run, "arrivals.md", text) == ["Poisson Process"]


def test_link_text_naming_its_site_s_host_is_the_package(gl001_of_run):
    text = "Strokes are drawn with the `quillkit <https://quillkit.example/>`_ package.\n"
    assert gl001(gl001_of_run, "drawing.rst", text) == []
    text = "Strokes are drawn with the `quillkit <https://pens.example/>`_ package.\n"
    assert gl001(gl001_of_run, "drawing.rst", text) == ["quillkit"]


def test_a_capitalised_term_paired_with_a_code_type_name_is_a_type_name(gl001_of_run):
    text = "The panel service keeps the Widgets and PanelLayouts of each user.\n"
    assert gl001(gl001_of_run, "panels.md", text) == []
    text = "The panel service keeps the Widgets and Layouts of each user.\n"
    assert gl001(gl001_of_run, "panels.md", text) == ["Widget"]


def test_a_comma_that_closes_a_clause_pairs_no_code_type_name(gl001_of_run):
    text = "When the panel shows a Widget, PanelLayout keeps its place.\n"
    assert gl001(gl001_of_run, "panels.md", text) == ["Widget"]
    text = "The panel service keeps the Widgets, PanelLayouts and Themes of each user.\n"
    assert gl001(gl001_of_run, "panels.md", text) == []


def test_a_coined_name_keeps_its_case_in_a_list_of_code_names(gl001_of_run):
    text = "Strokes are turned into vectors by Qzvec2, PenNet and StrokeBERT.\n"
    assert gl001(gl001_of_run, "vectors.md", text) == ["Qzvec2"]
    text = "The panel holds a few kinds of item (PanelLayout, DockArea, Widgets).\n"
    assert gl001(gl001_of_run, "panels.md", text) == []


def test_a_plural_modifier_before_a_noun_that_is_no_verb(gl001_of_run):
    text = "The report has one row per client and a rate-limits column.\n"
    assert gl001(gl001_of_run, "report.md", text) == []


def test_a_plural_hyphenated_before_a_verb_or_alone_is_the_noun(gl001_of_run):
    text = "Here the rate-limits work well. The rate-limits are strict.\n"
    assert gl001(gl001_of_run, "report.md", text) == ["rate-limit", "rate-limit"]


def test_a_modifier_whose_plural_noun_heads_a_subject(gl001_of_run):
    text = "The grain-buffer fits in the mixer can drift apart.\n"
    assert gl001(gl001_of_run, "mixer.md", text) == []
    text = "Our grain-buffer fits are loose.\n"
    assert gl001(gl001_of_run, "mixer.md", text) == []
    text = "The grain-buffer fits in the mixer.\n"
    assert gl001(gl001_of_run, "mixer.md", text) == ["grain-buffer"]


def test_the_leading_words_hyphenated_before_the_term_s_own_noun(gl001_of_run):
    text = "We measured a signal-noise ratio of ten.\n"
    assert gl001(gl001_of_run, "noise.md", text) == []
    text = "Each unit-of work is written at once.\n"
    assert gl001(gl001_of_run, "noise.md", text) == ["unit-of work"]


def test_a_word_hyphenated_to_a_preposition_makes_no_modifier(gl001_of_run):
    text = "Raise the cups-per tray before firing.\n"
    assert gl001(gl001_of_run, "kiln.md", text) == ["cups-per tray"]
    text = "The cups per tray figure and a cups-per-tray count.\n"
    assert gl001(gl001_of_run, "kiln.md", text) == []


def test_a_hyphenated_identifier_headword_written_as_its_english_phrase(gl001_of_run):
    """``badge-id`` lowers the acronym as identifiers do; prose writes the
    phrase, spaced, the acronym in capitals.  Spaced in lower case it is a slip."""
    text = "Show your badge ID at the gate. Badge ID cards open it.\n"
    assert gl001(gl001_of_run, "gate.md", text) == []
    text = "Show your badge id at the gate.\n"
    assert gl001(gl001_of_run, "gate.md", text) == ["badge id"]
