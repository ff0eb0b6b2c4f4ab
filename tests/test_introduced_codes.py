"""GL002: short forms the text introduces in words, and tables whose column is codes."""

from __future__ import annotations

import pytest


def _gl002(lint, text: str, name: str = "doc.md") -> list[str]:
    return [f.found for f in lint(text, name) if f.code == "GL002"]


@pytest.mark.parametrize(
    "text",
    [
        "As a short form for quiet zone buffer, we use QZB. Size the QZB to the frame.",
        "We use QZB for the quiet zone buffer. Size the QZB to the frame.",
        "We use QZB as shorthand for quiet zone buffer. Size the QZB to the frame.",
        "The quiet zone buffer, hereafter QZB, holds late frames. Size the QZB to the frame.",
        "The quiet zone buffer (abbreviated QZB) holds late frames. Size the QZB to the frame.",
        "The quiet zone buffer, abbreviated as QZB, holds late frames. Size the QZB to the frame.",
    ],
)
def test_a_short_form_introduced_in_words_is_defined(lint, text):
    assert _gl002(lint, text) == []


def test_an_accented_letter_gives_its_base_letter(lint):
    text = "As short-form for Kärnten, we use KTN. The KTN lines run at night."
    assert _gl002(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We use QZB for nothing in this guide. Size the QZB to the frame.",
        "The big buffer, hereafter QZB, holds late frames. Size the QZB to the frame.",
    ],
)
def test_an_introduction_whose_phrase_does_not_spell_it_out_defines_nothing(lint, text):
    assert _gl002(lint, text) == ["QZB"]


_CODE_TABLE = """\
Lines
=====

Each kind of line maps to the code the operator prints on its timetables.

===================== ==================
Internal Name         Operator Code
===================== ==================
fast_line             QZF/QZG
slow_line             QZS
night_line            QZN (e.g. QZM)
cable_car             Cable Car
===================== ==================
"""


def test_a_column_of_codes_lists_its_codes(lint):
    assert _gl002(lint, _CODE_TABLE, "lines.rst") == []


_PROSE_TABLE = """\
Lines
=====

Each kind of line and what it does.

===================== ==========================================
Internal Name         What it does
===================== ==========================================
fast_line             Stops only where the QZF allows it.
slow_line             Stops everywhere.
night_line            Runs after midnight.
===================== ==========================================
"""


def test_an_acronym_in_a_column_of_sentences_is_still_reported(lint):
    assert _gl002(lint, _PROSE_TABLE, "lines.rst") == ["QZF"]


_KEY_TABLE = """\
Header keys
===========

==== ========  ==========================
Kind Key       Meaning
==== ========  ==========================
 I   SHELFNO   Number of the kiln shelf
 S   GLAZEID   Name of the glaze batch
 S   FIRED-AT  Time the firing began
 R   PEAKTEMP  Highest temperature reached
 S   QZCONE    Cone the QZB tray held
==== ========  ==========================
"""


def test_a_column_of_header_keys_up_to_eight_letters_lists_codes(lint):
    # The keys are codes; the QZB of the last row's meaning is prose, still reported.
    assert _gl002(lint, _KEY_TABLE, "keys.rst") == ["QZB"]
