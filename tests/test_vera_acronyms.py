"""Acronyms taken from GNU V.E.R.A.: which ones GL002 accepts without a
definition, how tools/vera_acronyms.py picks them, and that a project's own
``known-words`` still work beside them."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import vera_acronyms  # noqa: E402

from glossary_lint.rules.word_lists import (  # noqa: E402
    is_common_acronym,
    is_listed_acronym,
    reference_acronyms,
)


def gl002(findings):
    return [f.found for f in findings if f.code == "GL002"]


@pytest.mark.parametrize(
    "text",
    [
        "Each tenant gets its own VLAN on the switch.",
        "The volume group is managed with LVM before the file system is made.",
        "Mount the share RW for the writer and RO for every reader.",
    ],
)
def test_acronyms_of_general_computing_from_vera_need_no_definition(lint, text):
    assert gl002(lint(text)) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        ("We low-pass the signal with an FIR stage.", "FIR"),  # also Fast IrDA in V.E.R.A.
        ("The SNR drops as the bit depth shrinks.", "SNR"),  # also a serial number
        ("Reduce the features with PCA first.", "PCA"),  # a certification authority there
        ("Weights are stored in BF16 to halve the memory.", "BF16"),  # V.E.R.A.'s BF is a CPU pin
    ],
)
def test_acronyms_vera_gives_other_meanings_are_still_reported(lint, text, acronym):
    assert gl002(lint(text)) == [acronym]


def test_vera_acronyms_are_taken_as_written():
    assert is_common_acronym("VLAN")
    assert not is_common_acronym("VLAN7")  # no version form: the hand-kept list's HTML5 is
    assert not is_common_acronym("xLVM")  # no prefixed form: the hand-kept list's mTLS is
    assert is_common_acronym("HTML5") and is_common_acronym("mTLS")


def test_known_words_still_define_acronyms_beside_the_lists(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, known_words=frozenset({"QRV", "VLAN"})))
    text = "QRV tags ride on each VLAN frame; the ZPT does not.\n"
    assert gl002(linter.lint_text("notes.md", text)) == ["ZPT"]


def test_the_vera_list_names_its_source_version_and_license():
    text = resources.files("glossary_lint").joinpath("data/vera-acronyms.txt").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "V.E.R.A." in header and "edition 1.24" in header
    assert "GNU Free Documentation License" in header and "tools/vera_acronyms.py" in header
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z0-9]+", w) for w in words)
    assert frozenset(words) <= reference_acronyms()


# An info file in V.E.R.A.'s layout; the entries are made up for the test.
SAMPLE = """\
This is vera.info.

                                                 Edition 9.9 (Texinfo)

File: vera.info,  Node: About,  Next: A,  Prev: Top

QQX
     Not an entry: the About chapter is prose

File: vera.info,  Node: Q,  Next: R,  Prev: P

QBD
     Quick Block Device (HDD)

QLN
     Queued Link Network (LAN, IEEE 0000), qlnx

QMT
     Quantised Mean Transform (DSP)

QRS
     Quiet Read Stream (I/O)

QRS
     Quorum Replica Set

QUP
     Queued Update Protocol (SNA,
     I/O)

QUP
     Queued Update [message] Protocol (XYZ)

QXO
     Quixote Operating System (OS), "QxOS"

"""


def test_generator_keeps_single_meanings_in_a_hand_kept_field():
    chosen = vera_acronyms.select(vera_acronyms.entries(SAMPLE), frozenset({"HDD", "LAN", "IO", "OS"}))
    # QMT: a field the hand-kept list does not name; QRS: two meanings;
    # QXO: spelled with small letters, a name; QQX: outside the letter chapters.
    assert chosen == ["QBD", "QLN", "QUP"]


def test_generator_joins_wrapped_expansions_and_reads_tags():
    found: dict[str, list[vera_acronyms.Entry]] = {}
    for entry in vera_acronyms.entries(SAMPLE):
        found.setdefault(entry.acronym, []).append(entry)
    first = {acronym: entries[0] for acronym, entries in found.items()}
    assert first["QUP"].expansion == "Queued Update Protocol (SNA, I/O)"
    assert {e.meaning for e in found["QUP"]} == {"queued update protocol"}  # one meaning, twice
    assert first["QLN"].tags == ("LAN", "IEEE 0000")
    assert first["QXO"].usual_spelling == "QxOS" and first["QXO"].tags == ("OS",)


def test_generated_file_states_edition_and_count():
    text = vera_acronyms.generate(SAMPLE, frozenset({"HDD", "LAN"}))
    assert "edition 9.9" in text and "2 of V.E.R.A.'s 6" in text
    assert text.splitlines()[-2:] == ["QBD", "QLN"]


def test_a_two_letter_english_word_vera_lists_is_no_acronym_written_small():
    """GL001's split-compound check reads a lower-case word as an acronym
    written small (``a user id``) only from the hand-kept list: V.E.R.A.
    lists everyday words as acronyms (``ON``, ``AT``), which must not turn
    "log on" or "look at" into a noun and its modifier."""
    for word in ("ON", "AT"):
        assert word in reference_acronyms()
        assert is_common_acronym(word)
        assert not is_listed_acronym(word)
    assert is_listed_acronym("ID") and is_listed_acronym("HTML5")
