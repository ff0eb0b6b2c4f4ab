"""Acronym forms GL002 reads: a letter qualifying a known acronym, and "aka" expansions."""

from __future__ import annotations

import pytest


def _gl002(lint, text: str) -> list[str]:
    return [f.found for f in lint(text) if f.code == "GL002"]


@pytest.mark.parametrize(
    "text",
    [
        "The proxy checks both ends with mTLS before a job starts.",
        "Fetch the archive with cURL and unpack it.",
        "Each runner gets two vCPUs and a small disk.",
    ],
)
def test_a_lower_case_letter_on_a_known_acronym_is_known(lint, text):
    assert _gl002(lint, text) == []


def test_a_lower_case_letter_on_an_unknown_acronym_is_still_reported(lint):
    assert _gl002(lint, "The kiln log stores one mQZX record a minute.") == ["mQZX"]


@pytest.mark.parametrize(
    "text",
    [
        "Install QWP (aka, quick-wheel-packer) before the build.",
        "Install QWP (a.k.a. quick-wheel-packer) before the build.",
        "Install QWP (AKA quick wheel packer) before the build.",
        "The QZB, also known as the quiet zone buffer, holds late frames.",
        "The QZB, aka quiet zone buffer, holds late frames.",
    ],
)
def test_aka_forms_expand_an_acronym_they_spell_out(lint, text):
    assert _gl002(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Install QWP (aka the packer) before the build.",
        "The QZB, also known as the big one, holds late frames.",
    ],
)
def test_an_other_name_that_does_not_spell_it_out_is_no_expansion(lint, text):
    assert len(_gl002(lint, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Grain Pacing Toolkit (GPK) runs on each node. Start GPK first.",
        "GPK (Grain Pacing Toolkit) runs on each node. Start GPK first.",
        "Rows go to the Kiln Log Database (KLB) nightly. Query KLB later.",
    ],
)
def test_a_closed_compound_in_a_long_form_may_give_its_second_word(lint, text):
    # toolkit is tool + kit, database is data + base: the acronym takes the
    # second word's initial, as it would from "Tool-kit".
    assert _gl002(lint, text) == []


def test_a_compound_whose_words_do_not_give_the_letter_is_no_expansion(lint):
    # "Transformer" is trans + former: neither starts with M.
    text = "The Grain Source Splitting Transformer (GSSM) is new. GSSM wins.\n"
    assert _gl002(lint, text) == ["GSSM"]


@pytest.mark.parametrize(
    "text",
    [
        "QZB stands for quiet zone buffer. Size the QZB to the frame.",
        "Here QZB is short for the *quiet* zone buffer. Size the QZB to the frame.",
    ],
)
def test_stands_for_expands_an_acronym(lint, text):
    assert _gl002(lint, text) == []


def test_stands_for_with_other_words_is_no_expansion(lint):
    assert _gl002(lint, "QZB stands for nothing we use. Size the QZB to the frame.\n") == ["QZB"]


def test_hardware_interfaces_and_tab_separated_values_are_known(lint):
    # Acronyms of the common list's own sources that any technical reader
    # knows, like USB or FPGA beside them: no definition is asked for.
    text = "The board's MCU talks UART, SPI and I2C, drives GPIO pins and a JTAG port; logs are TSV."
    assert _gl002(lint, text) == []
    assert _gl002(lint, "The board's MCU talks QZX to the host.") == ["QZX"]


def test_a_label_in_small_letters_with_its_long_form_defines_the_acronym(lint):
    """A list of keys as the program writes them, each with what it stands
    for, spells out the acronym the prose writes in capitals."""
    text = (
        "Each shelf reports its QZR, and the QZR of the door:\n\n"
        "* qzr - quiet zone resonance of the shelf\n"
        "* peak - the hottest reading\n"
    )
    assert _gl002(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Inside a sentence, no label: the words after the dash say something else.
        "Each shelf reports its QZR (QZR of the door too); we set the qzr - quiet zone resonance - by hand.",
        # A label whose words do not spell it out.
        "Each shelf reports its QZR, and the QZR of the door:\n\n* qzr - the reading of the shelf\n",
        # A label that shortens one word, written out after it: no phrase.
        "Each shelf reports its QZR, and the QZR of the door:\n\n* qzr - qzrs of the shelf\n",
    ],
)
def test_small_letters_in_a_sentence_or_without_the_long_form_define_nothing(lint, text):
    assert _gl002(lint, text) == ["QZR"]
