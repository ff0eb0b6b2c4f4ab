"""GL001 and capitals inside bold or link text written in sentence case."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: ladle
    term: ladle
    definition: A deep spoon for serving soup.
"""


def gl001(check, text: str) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {"kitchen.rst": text})]


def test_a_capital_inside_a_bold_phrase_of_lower_case_words_is_a_slip(gl001_of_run):
    text = "You may bring a **clean pot, Ladle, bowl or tray** to the stall.\n"
    assert gl001(gl001_of_run, text) == ["Ladle"]


def test_a_bold_phrase_in_title_case_keeps_its_capitals(gl001_of_run):
    text = "The stall sells the **Soup Pot and Ladle Set** every morning.\n"
    assert gl001(gl001_of_run, text) == []


def test_the_first_word_of_a_bold_phrase_may_take_a_capital(gl001_of_run):
    text = "Each stall keeps a **Ladle for hot soup and cold broth** by the till.\n"
    assert gl001(gl001_of_run, text) == []


def test_one_lower_case_word_in_a_bold_title_leaves_it_a_title(gl001_of_run):
    text = "Ask for the **Winter Ladle special** at the till.\n"
    assert gl001(gl001_of_run, text) == []


def test_unit_sentence_case_is_read_from_the_other_words_of_the_range():
    from glossary_lint.rules.sentence_case_spans import _sentence_case_around

    text = "a clean pot, Ladle, bowl or tray"
    start = text.index("Ladle")
    assert _sentence_case_around(text, 0, len(text), start, start + 5)
    title = "Soup Pot and Ladle Set"
    start = title.index("Ladle")
    assert not _sentence_case_around(title, 0, len(title), start, start + 5)
    assert not _sentence_case_around(text, 0, len(text), 0, 1)


def test_a_bold_line_that_opens_with_a_capital_may_quote_a_message(gl001_of_run):
    text = "The tool prints an error stating: **No Ladle or spoon data was found**.\n"
    assert gl001(gl001_of_run, text) == []
