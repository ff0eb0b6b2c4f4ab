"""Kinds of words GL002 leaves alone, and kinds of definitions it reads
(issue 12): each test text is a made-up handbook sentence."""

from __future__ import annotations

from pathlib import Path

import pytest


def _linter(tmp_path: Path, entries: list[dict[str, str]], **config):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import load_glossary

    lines = ["terms:"]
    for entry in entries:
        lines.append(f"  - id: {entry['term'].lower().replace(' ', '-')}")
        lines += [f"    {key}: {value}" for key, value in entry.items()]
    path = tmp_path / "glossary.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Linter(load_glossary(path), Config(root=tmp_path, glossary=path, **config))


#: A glossary whose entries are acronyms, so GL002 runs.
KILN = [
    {"term": "QKF", "case": "exact", "expansion": "Quick Kiln Firing", "definition": "A short firing."},
    {"term": "QZM", "case": "exact", "expansion": "Quiet Zone Mode", "definition": "A resting mode."},
    {
        "term": "fQZR",
        "case": "exact",
        "definition": "Functional quartz zone resonance is a way to watch the glaze while it melts.",
    },
    {"term": "slip", "definition": "Liquid clay."},
]


def _gl002(tmp_path: Path, text: str, entries=KILN, name: str = "notes.md") -> list[str]:
    return [f.found for f in _linter(tmp_path, entries).lint_text(name, text) if f.code == "GL002"]


@pytest.mark.parametrize(
    "text",
    [
        "Hold the key K9 down to reload the kiln log.",
        "The R2 relay trips before the T4 time is reached.",
        "A Z80 board reads the probe; the W7 shelf stays cold.",
        "Plotting a glaze map, or a T3* image.",
    ],
)
def test_one_capital_and_a_number_is_a_designation_not_an_acronym(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == []


def test_an_acronym_inside_a_quoted_value_is_the_value(tmp_path):
    assert _gl002(tmp_path, 'Its kind is one of "QZR/mask", "glaze" or "slip".\n') == []
    assert _gl002(tmp_path, "Its kind is 'QVX-2' by default.\n") == []


def test_an_acronym_beside_a_slash_outside_quotes_is_still_reported(tmp_path):
    assert _gl002(tmp_path, "Set the QVX/mask switch first.\n") == ["QVX"]


@pytest.mark.parametrize(
    "text",
    [
        "The example works through the QHDZ dataset.",
        "Regions come from the QMSL atlas downloaded by the fetcher.",
        "We trained on the QLC corpus and two QDX datasets.",
    ],
)
def test_an_acronym_naming_a_dataset_atlas_or_corpus_is_a_name(tmp_path, text):
    from glossary_lint.rules.acronyms import NAME, candidates

    assert _gl002(tmp_path, text + "\n") == []
    assert {c.kind for c in candidates(text)} == {NAME}


@pytest.mark.parametrize(
    "text",
    [
        "Kiln sites are mapped in the QZS84 datum.",
        "Heights are taken above the **QZG96 geoid**, as the survey gives them.",
        "Every position refers to the QZR80 ellipsoid.",
    ],
)
def test_an_acronym_naming_a_geodetic_datum_geoid_or_ellipsoid_is_a_name(tmp_path, text):
    """A datum, a geoid or an ellipsoid is a published reference a survey
    names by its name; an acronym of the field in the same sentence stays one."""
    from glossary_lint.rules.acronyms import NAME, candidates

    assert _gl002(tmp_path, text + "\n") == []
    assert {c.kind for c in candidates(text)} == {NAME}
    assert _gl002(tmp_path, text + " The QKE of each site is kept.\n") == ["QKE"]


@pytest.mark.parametrize(
    "text",
    [
        "Boundaries come from a reference corpus such as QZTC, Kilnbury, Glaze Corpus, or the Corpus of Ash.",
        "Compare them with a named kiln such as Ovenwick, QKB, or Quartz Hall.",
    ],
)
def test_an_acronym_among_examples_named_in_title_case_is_a_name(tmp_path, text):
    """A list of examples whose other items are names (a capitalised word
    that is no English word, and names of a few Title Case words): the
    acronym is one more of them, a name."""
    from glossary_lint.rules.acronyms import NAME, candidates

    assert _gl002(tmp_path, text + "\n") == []
    assert {c.kind for c in candidates(text)} == {NAME}


@pytest.mark.parametrize(
    "text",
    [
        # Title Case words alone are labels, not names: no word that is no English word among them.
        "Watch a metric such as QZV, Kiln Load, or Shelf Heat.",
        # No list of examples.
        "Boundaries come from QZTC, Kilnbury and Glaze Corpus.",
    ],
)
def test_an_acronym_among_title_case_words_without_a_name_stays_an_acronym(tmp_path, text):
    assert len(_gl002(tmp_path, text + "\n")) == 1


def test_an_acronym_before_another_noun_stays_an_acronym(tmp_path):
    assert _gl002(tmp_path, "The QDX models fire faster.\n") == ["QDX"]


def test_a_glossary_acronym_with_a_number_after_it_is_one_of_its_kind(tmp_path):
    assert _gl002(tmp_path, "The QZM152 profile is the one most kilns ship with.\n") == []
    assert _gl002(tmp_path, "The QZX152 profile is the one most kilns ship with.\n") == ["QZX152"]


def test_a_glossary_headword_written_as_an_acronym_plural_makes_the_acronym_known(tmp_path):
    """A glossary headed ``QKCs`` (its entry in the plural) has told the
    reader what one QKC is: the singular is known too; an entry in capitals
    and a small letter that is no plural ending stays what it is."""
    entries = [
        *KILN,
        {"term": "QKCs", "case": "exact", "definition": "Quartz kiln cones measure the heat work."},
        {"term": "QKVx", "case": "exact", "definition": "A vent."},
    ]
    text = "One QKC bends at the set heat; the QKVx opens and the QKV valve shuts.\n"
    assert _gl002(tmp_path, text, entries) == ["QKV"]


def test_a_document_acronym_with_a_number_after_it_is_one_of_its_kind(tmp_path):
    text = "The Slow Ramp Profile (SRP) is gentle.\n\nMost kilns ship with SRP12.\n"
    assert _gl002(tmp_path, text) == []


def test_a_glossary_entry_for_a_qualified_acronym_defines_its_stem(tmp_path):
    assert _gl002(tmp_path, "Images come from the QZR scanner.\n") == []


def test_a_glossary_entry_whose_definition_does_not_spell_it_out_defines_no_stem(tmp_path):
    entries = [*KILN[:2], {"term": "fQZP", "case": "exact", "definition": "A way to watch the glaze."}]
    assert _gl002(tmp_path, "Images come from the QZP scanner.\n", entries) == ["QZP"]


def test_a_document_expanding_a_qualified_acronym_defines_its_stem(tmp_path):
    text = "We record functional quiet wave imaging (fQWI) in the lab.\n\nThe QWI coil is cold.\n"
    assert _gl002(tmp_path, text) == []


def test_a_stem_does_not_define_the_qualified_form(tmp_path):
    """The reverse does not hold: knowing QZM says nothing of the 'f'."""
    assert _gl002(tmp_path, "The fQZM probe logs the heat.\n") == ["fQZM"]


# Parts of names and vendors' numbers (issue 12: acronyms inside a proper
# name are not split out; a model, part or firmware number is read whole).
@pytest.mark.parametrize(
    "text",
    [
        "Targets come from a QZM-Pack that the vendor publishes.",
        "Most boards ship with the Open-QZM-Pack loader.",
        "The vendor's QZL-Link probe plugs into the kiln.",
        # a clipped word of two or three small letters, no everyday word: a coined name
        "Spots were read with QZiT-seq on a thin slice.",
        "Install the QKW-py wrapper before firing.",
    ],
)
def test_an_acronym_hyphened_to_a_title_case_or_clipped_word_is_part_of_a_name(tmp_path, text):
    from glossary_lint.rules.acronyms import NAME, candidates

    assert _gl002(tmp_path, text + "\n") == []
    assert {c.kind for c in candidates(text)} == {NAME}


@pytest.mark.parametrize(
    "text",
    [
        "Each QZW-based kiln logs its heat.",  # prose writes the word after the hyphen in small letters
        "Non-QZW kilns log nothing.",  # a prefix capitalised as a sentence opens
    ],
)
def test_other_hyphened_acronyms_are_still_reported(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == ["QZW"]


def test_capitals_run_together_with_a_word_in_title_case_are_a_name(tmp_path):
    from glossary_lint.rules.acronyms import NAME, word_kind

    assert _gl002(tmp_path, "Flash the QZLinkV2 firmware before the first firing.\n") == []
    assert word_kind("QZLinkV2") == NAME
    # One or two small letters spell a word's opening in the acronym itself.
    assert _gl002(tmp_path, "Score each firing with QiSZOL before you sell it.\n") == ["QiSZOL"]


@pytest.mark.parametrize(
    "text",
    [
        "The oldest firmware the probe takes is Q2J24, or any Q3 release.",
        "Both Q2J32 and Q3J7 read the banked registers.",
        "To find the packs for the QK26F family, search the index.",
    ],
)
def test_a_firmware_or_part_number_is_read_whole(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == []


def test_capitals_with_one_number_are_still_acronyms(tmp_path):
    assert _gl002(tmp_path, "Store the weights as QZ16 and the log as Q2Z.\n") == ["QZ16", "Q2Z"]


def test_capitals_indexed_by_a_number_are_a_register_or_an_array(tmp_path):
    assert _gl002(tmp_path, "For a shelf port, the value is QZREG[4:0] or QZBUF[1].\n") == []
    assert _gl002(tmp_path, "For a shelf port, the value is QZREG [4:0].\n") == ["QZREG"]


def test_an_english_word_in_capitals_behind_a_small_letter_is_a_signal_name(tmp_path):
    from glossary_lint.rules.acronyms import ACRONYM, word_kind

    assert _gl002(tmp_path, "Drive the nHALT line low to stop the kiln.\n") == []
    assert word_kind("nHALT") is None and word_kind("iQZT") == ACRONYM


@pytest.mark.parametrize(
    "text",
    [
        "Install the [Glaze Toolchain](https://example.org/glaze) (GQZR) before firing.",
        "Install the [Glaze Toolchain](https://example.org/glaze)  (GQZRs) before firing.",
    ],
)
def test_an_acronym_in_brackets_after_a_link_is_the_short_name_of_the_thing_linked(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == []


def test_a_rest_link_with_its_short_name_after_it(tmp_path):
    text = "Install the `Glaze Toolchain <https://example.org/glaze>`_ (GQZR) before firing.\n"
    assert _gl002(tmp_path, text, name="notes.rst") == []


@pytest.mark.parametrize(
    "text",
    [
        "Install the Glaze Toolchain (GQZR) before firing.",  # no link: the words do not spell it out
        "Install the [Glaze Toolchain](https://example.org/glaze) with GQZR before firing.",
    ],
)
def test_an_acronym_beside_a_link_but_not_bracketed_after_it_is_reported(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == ["GQZR"]


def test_an_acronym_paired_by_or_with_an_english_word_in_capitals_is_a_name(tmp_path):
    from glossary_lint.rules.acronyms import NAME, candidates

    text = "Set the log level to INFO or QZDBG before each firing."
    assert _gl002(tmp_path, text + "\n") == []
    assert [c.kind for c in candidates(text)] == [NAME]
    assert _gl002(tmp_path, "Pick QZDBG and QZTRC before each firing.\n") == ["QZDBG", "QZTRC"]
    # A capitalised name is paired by a slash only: "Kilnly and QZDBG" is a product and its part.
    assert _gl002(tmp_path, "Install Kilnly and QZDBG before each firing.\n") == ["QZDBG"]


def test_an_acronym_paired_with_a_domain_name_is_a_name(tmp_path):
    """``qzlab.org or QZPV``: a site's address and the word beside it are
    two names of one kind, for undefined-name; ``e.g.`` and a mail address
    are no domain, and a pair of acronyms stays two acronyms."""
    assert _gl002(tmp_path, "Glazes are described with schemas such as qzlab.org or QZPV.\n") == []
    assert _gl002(tmp_path, "Use QZPV and qzlab.io for the records.\n") == []
    assert _gl002(tmp_path, "Mail QZPV or bob@qzlab.org.\n") == ["QZPV"]
    assert _gl002(tmp_path, "Write the QZPV, e.g. or the QZRT.\n") == ["QZPV", "QZRT"]


def test_a_small_letter_capitals_and_a_number_are_a_family_of_parts(tmp_path):
    from glossary_lint.rules.acronyms import ACRONYM, NAME, word_kind

    text = "Flash the probe of a kZQ52 board first; then read the iQZT of the glaze.\n"
    assert _gl002(tmp_path, text) == ["iQZT"]
    assert word_kind("kZQ52") == NAME and word_kind("kZQ") == ACRONYM


@pytest.mark.parametrize(
    "text",
    [
        "Each QZW-fed kiln logs its heat.",  # an everyday word of three letters
        "Every QZW-s line is cold.",  # one letter is no clipped word
        "Each QZW-compliant kiln logs its heat.",  # a longer word, rare or not
    ],
)
def test_an_acronym_hyphened_to_an_english_or_longer_word_is_still_reported(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == ["QZW"]


def test_an_acronym_in_brackets_after_a_key_and_value_names_the_value(tmp_path):
    text = "The kiln fires only with QZC=4417 (QZD84), the shop's default.\n\nThe QZV valve opens.\n"
    assert _gl002(tmp_path, text) == ["QZV"]


@pytest.mark.parametrize(
    "text",
    [
        "Set the mode to fast (QZD84) before firing.",  # after words: an aside that uses the acronym
        "The kiln fires with QZC=4417 (QZD84 grid) by default.",  # not the word alone
    ],
)
def test_an_acronym_in_brackets_after_words_is_still_reported(tmp_path, text):
    assert _gl002(tmp_path, text + "\n") == ["QZD84"]


def test_a_format_acronym_with_its_version_number_is_the_format(tmp_path):
    """The database of file types names HDF4 and WOFF2 with their numbers:
    each is a format's name wherever written; one without a number (PSF)
    may be a field's acronym too, and stays one."""
    from glossary_lint.rules.acronyms import NAME, word_kind

    text = "Keep the scans in HDF4 rather than WOFF2, and measure the PSF of the lens.\n"
    assert _gl002(tmp_path, text) == ["PSF"]
    assert word_kind("HDF4") == word_kind("WOFF2") == NAME


def test_a_slash_partner_known_from_the_glossary_does_not_excuse_the_other(tmp_path):
    # QKF is defined by the glossary, QWD nowhere: a slash does not make them a fixed pair.
    assert _gl002(tmp_path, "Plot the QKF/QWD curves after each firing.\n") == ["QWD"]


def test_a_slash_partner_every_reader_knows_still_makes_a_pair(tmp_path):
    # CPU is a common acronym: the other half of such a pair is known with it.
    assert _gl002(tmp_path, "Watch the CPU/QWD load while the kiln heats.\n") == []
    # The same holds when the glossary defines the common one too.
    entries = [*KILN, {"term": "CPU", "case": "exact", "definition": "The processor."}]
    assert _gl002(tmp_path, "Watch the CPU/QWD load while the kiln heats.\n", entries) == []
