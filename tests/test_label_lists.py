"""GL001 and labels quoted in Title Case: an interface's options listed in
brackets, a heading that sets a hyphenated term's words apart, a page's
label set in bold, a card's title.  Lower-case terms of the glossary
written so are the labels' names; a stray capital is still a slip."""

from __future__ import annotations

from glossary_lint.sources.rest import parse_rest

GLOSSARY = """terms:
  - id: edge-touch
    term: edge touch
    definition: Two parcels count as neighbours where their wrappings meet.
  - id: sieve
    term: sieve
    definition: A filter applied to each scan before it is read.
  - id: dual-port-buffer
    term: dual-port buffer
    definition: A store two readers may use at once.
  - id: radius-cutoff
    term: radius cutoff
    definition: Two parcels count as neighbours within a set distance.
"""


def gl001(check, name: str, text: str) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {name: text})]


def test_a_term_among_title_case_labels_in_brackets_is_a_label(gl001_of_run):
    text = (
        "Pick a method in the panel (Spacing Limit or Edge Touch).\n\n"
        "The left pane holds the settings (Colours, Limits, Sieve).\n"
    )
    assert gl001(gl001_of_run, "panel.md", text) == []


def test_a_capital_among_lower_case_items_is_still_a_slip(gl001_of_run):
    text = "The left pane holds the settings (colours, limits, Sieve).\n"
    assert gl001(gl001_of_run, "panel.md", text) == ["Sieve"]


def test_two_terms_capitalised_side_by_side_may_be_two_slips(gl001_of_run):
    text = "Pick a method in the panel (Radius Cutoff or Edge Touch).\n"
    assert gl001(gl001_of_run, "panel.md", text) == ["Radius Cutoff", "Edge Touch"]


def test_a_bracket_holding_a_sentence_is_prose(gl001_of_run):
    text = "The scan is cleaned first (the Sieve runs on every scan).\n"
    assert gl001(gl001_of_run, "panel.md", text) == ["Sieve"]


def test_a_title_case_heading_may_set_a_hyphenated_terms_words_apart(gl001_of_run):
    files = {
        "buffers.rst": "Dual Port Buffers\n=================\n\nTwo readers share one store.\n",
        "intro.rst": "Intro\n=====\n\nEach dual-port buffer is small.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == []
    # in running text the space is a slip, and so is a heading of other words
    text = "Buffers\n=======\n\nA dual port buffer serves two readers.\n"
    assert gl001(gl001_of_run, "buffers.rst", text) == ["dual port buffer"]
    text = "Dual Port buffers in use\n========================\n\nA buffer serves two readers.\n"
    assert gl001(gl001_of_run, "buffers.rst", text) == ["Dual Port buffer"]


def test_a_heading_that_drops_its_own_pages_hyphen_is_a_slip(gl001_of_run):
    text = "Dual Port Buffers\n=================\n\nA dual-port buffer serves two readers.\n"
    files = {"buffers.rst": text, "intro.rst": "Intro\n=====\n\nEach dual-port buffer is small.\n"}
    assert gl001_of_run(GLOSSARY, files) == [("buffers.rst", "Dual Port Buffer")]
    files["buffers.rst"] = "Dual Port Buffers\n=================\n\nTwo readers at once.\n"
    assert gl001_of_run(GLOSSARY, files) == []


def test_the_pages_label_set_in_bold_names_the_label_elsewhere_on_the_page(gl001_of_run):
    text = (
        "Use the **Sieve** options below the channel picker.\n\n"
        "Tick the **Preview** box (below the Sieve list) to see the effect.\n"
    )
    assert gl001(gl001_of_run, "viewer.md", text) == []
    # without the label, the capital mid-sentence is a slip
    text = "Tick the **Preview** box (below the Sieve list) to see the effect.\n"
    assert gl001(gl001_of_run, "viewer.md", text) == ["Sieve"]


def test_a_cards_title_is_a_heading(gl001_of_run):
    text = (
        ".. grid:: 2\n\n"
        "    .. grid-item-card:: Sieve\n"
        "        :link: sieve\n"
        "        :link-type: doc\n\n"
        "        How each scan is cleaned before it is read.\n"
    )
    assert gl001(gl001_of_run, "topics.rst", text) == []
    document = parse_rest("topics.rst", text)
    assert [(s.kind.value, s.text) for s in document.segments] == [
        ("heading", "Sieve"),
        ("paragraph", "How each scan is cleaned before it is read."),
    ]
