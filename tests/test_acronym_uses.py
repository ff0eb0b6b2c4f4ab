"""Words in capitals whose surroundings say they are no acronym to spell
out (issue 12, GL002 precision): a command's placeholders, a signal's name,
an example of a data source or a file format, a reference to a published
work, a configuration line, numbered models of one line.  Each test text is
a made-up handbook page, and each checks that a real slip beside the form
is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_acronym_kinds import _gl002


def test_synopsis_placeholders_are_not_acronyms(tmp_path: Path) -> None:
    text = (
        "# Kiln console\n\n"
        "| Command | Arguments |\n|---|---|\n"
        "| fire | QTEMP [QDUR] |\n| vent | [-n] QPORT QSTEP+ |\n| logs | [QREG...] |\n\n"
        "The fire command heats the kiln to QTEMP. Check the QRT before you vent.\n"
    )
    assert _gl002(tmp_path, text) == ["QRT"]


def test_usage_line_and_escaped_angle_brackets(tmp_path: Path) -> None:
    text = (
        "**Usage**: shelve [QSLOT] QLOC\\\nPuts a pot on the QSLOT shelf.\n\n"
        "<dl><dt>unshelve &lt;QPOT&gt;</dt><dd>Takes QPOT down.</dd></dl>\n\n"
        "The QKW limit applies.\n"
    )
    assert _gl002(tmp_path, text) == ["QKW"]


def test_signal_pin_and_register_names(tmp_path: Path) -> None:
    text = (
        "Pull the nQRST signal low to reset the controller. The fan reads signal QFO, "
        "and the QZEN pin enables it. The old QVS repo keeps the firmware. "
        "Cold starts follow the QCP, and the QTU sends on QTU port 2.\n"
    )
    assert _gl002(tmp_path, text) == ["QCP", "QTU"]


def test_examples_of_sources_and_formats(tmp_path: Path) -> None:
    text = (
        "Firing logs come from free sources such as QLAB, QZKD, and QFDS, or from "
        "datasets from QKAR and the QKSR. Archives (e.g. QKAA) keep older ones, and the "
        "reader takes file formats such as QKW, QT2, and QT3. We use QLAB, one of the data "
        "sources available, and compute the QKC of each log.\n"
    )
    assert _gl002(tmp_path, text) == ["QKC"]


def test_examples_of_a_kind_of_program(tmp_path: Path) -> None:
    """The examples of a kind of program a reader runs are products:
    ``programs such as QZIS``, ``QZIS or similar software``."""
    text = (
        "Open the glaze maps with third-party programs such as QZIS, or in QZMV or similar "
        "software. Software like QZED reads them too, and QZPL and other programs plot them. "
        "Each map holds the QKC of a firing.\n"
    )
    assert _gl002(tmp_path, text) == ["QKC"]


def test_an_example_glued_to_a_hyphen_or_of_another_kind_is_still_reported(tmp_path: Path) -> None:
    """``programs like QZD-based splitters``: the example is the splitter, not
    the acronym it is based on; ``QZT and other timing blocks``: blocks are
    no kind of program or source; and ``tools``' examples are as often
    methods of the field (``tools such as QZA``)."""
    text = (
        "The kit has programs like QZD-based splitters of the logs. "
        "On reset, QZT and other timing blocks are stopped. Tools such as QZA sort them.\n"
    )
    assert _gl002(tmp_path, text) == ["QZD", "QZT", "QZA"]


def test_examples_of_a_qualified_kind_of_source(tmp_path: Path) -> None:
    """A noun narrowed by ``with ...`` before its examples still names a
    kind of source: ``datasets with fixed folds (like QZMD)``."""
    text = (
        "For datasets with fixed folds (like QZMD), the folds are kept. Archives "
        "without a licence such as QZAR are skipped. Each run reports its QKC.\n"
    )
    assert _gl002(tmp_path, text) == ["QKC"]


def test_examples_of_standards_and_of_build_artifacts(tmp_path: Path) -> None:
    """A standard's examples are standards' titles, and a build's artifacts
    are files, whose examples are formats; a comma may bring the examples
    in (``, e.g.``, ``, for example``), and an article may stand before one."""
    text = (
        "The controller follows open standards such as QZ-XCHG and the cone tables. "
        "Each firing makes an artifact, e.g. a QZL, a cone chart or a log; the "
        "specifications, for example QZSP, list its fields. The QKC is checked after.\n"
    )
    assert _gl002(tmp_path, text) == ["QKC"]


def test_a_comma_brings_in_examples_of_models_still_reported(tmp_path: Path) -> None:
    text = "Compare the models, e.g. a QVAE or a QGAN, by their QSNR.\n"
    assert _gl002(tmp_path, text) == ["QVAE", "QGAN", "QSNR"]


def test_a_word_alone_in_brackets_after_inline_code_is_its_name(tmp_path: Path) -> None:
    """The bracket after code names where the code comes from or its other
    name: code is no long form, so the bracket spells nothing out."""
    text = (
        "| key | class |\n|---|---|\n| `glaze` | `kiln_qz.GlazePredictor` (QZSQ) |\n\n"
        "Start with `qz_fire` (QZF). The `qz_cool` step runs the QZC, and the QRT is checked.\n"
    )
    assert _gl002(tmp_path, text) == ["QZC", "QRT"]


def test_a_word_in_brackets_after_inline_code_in_rest(tmp_path: Path) -> None:
    text = "Start with ``qz_fire`` (QZF), then the slow cool (QZC).\n"
    assert _gl002(tmp_path, text, name="notes.rst") == ["QZC"]


def test_a_qualified_model_is_still_no_source(tmp_path: Path) -> None:
    text = "Models with two heads (like QZDH) and layers with gates such as QZGL are compared.\n"
    assert _gl002(tmp_path, text) == ["QZDH", "QZGL"]


def test_models_are_no_source_noun(tmp_path: Path) -> None:
    """The examples of a kind of model or measure are as often acronyms of
    the field: still reported."""
    text = "Generative models (e.g. QVAE) and metrics such as QSNR are compared.\n"
    assert _gl002(tmp_path, text) == ["QVAE", "QSNR"]


def test_reference_paragraphs(tmp_path: Path) -> None:
    text = (
        "Glaze cracks when the QCTE of body and glaze differ.\n\n"
        "J. A. Potter and B. Kiln, 'Crazing of glazes for QBIP tiles in wet rooms',\n"
        "Ceramic Notes, vol. 12, p. 3345, Jun. 2021.\n\n"
        "Potter, J. (2020). *Kilnpy: a firing toolkit*. QJOS, 5(42), 1234.\n"
    )
    assert _gl002(tmp_path, text) == ["QCTE"]


def test_one_cue_is_no_reference(tmp_path: Path) -> None:
    text = "Potter et al. measured the QCTE of forty glazes.\n"
    assert _gl002(tmp_path, text) == ["QCTE"]


def test_configuration_line_paragraph(tmp_path: Path) -> None:
    text = "Map the glazes so:\n\n    glaze = .*\\.qz\n\n        wet: QKG\n\nThen check the QMV.\n"
    assert _gl002(tmp_path, text, name="notes.rst") == ["QMV"]


def test_numbered_models_of_one_line(tmp_path: Path) -> None:
    text = "The QM3 and QM4 controllers differ. Mixed firing keeps QF16 and QF32 curves.\n"
    assert _gl002(tmp_path, text) == ["QF16", "QF32"]


def test_assigned_word_is_a_field(tmp_path: Path) -> None:
    text = "Give the QSEL of the shelf (QSEL=2 for the top one). The QRT is checked after.\n"
    assert _gl002(tmp_path, text) == ["QRT"]


def test_reference_by_surnames_and_initials(tmp_path: Path) -> None:
    """An APA-style reference (``Surname, A. B. & Surname, C.``) with a year
    in brackets or an arXiv identifier cites a work: its venue is the
    venue's own short name."""
    text = (
        "Glaze cracks when the QCTE of body and glaze differ.\n\n"
        "* Potter, J. A. & Kiln, B. (2019), *Crazing in wet rooms*, QCONF.\n\n"
        "* Potter, J. A. and Kiln, B., *Glaze fits*, QWKS. arXiv:1911.01234\n"
    )
    assert _gl002(tmp_path, text) == ["QCTE"]


def test_surname_and_initials_alone_is_no_reference(tmp_path: Path) -> None:
    text = "Ask Potter, J. A. & Kiln about the QCTE of the new body.\n"
    assert _gl002(tmp_path, text) == ["QCTE"]


def test_a_run_of_vancouver_authors_is_a_reference(tmp_path: Path) -> None:
    """Four authors or more written ``Surname XY,`` (the Vancouver style)
    cite a work alone: their initials are no acronyms.  Fewer, or names with
    a stop after each initial, need a second cue."""
    text = (
        "Shelf loads follow the QSL table.\n\n"
        "1. **Crazing in wet rooms**. Potter JA, Kiln BQ, Glaze TV, Wheel QC, Clay DQ. QWKS\n"
    )
    assert _gl002(tmp_path, text) == ["QSL"]  # QWKS, the venue, is the reference's
    three = "We asked Potter JA, Kiln BQ, Glaze TV about the QWKS table.\n"
    assert _gl002(tmp_path, three) == ["QWKS"]


def test_an_extension_in_brackets_names_a_file_format(tmp_path: Path) -> None:
    text = "Kiln logs can be read as:\n\n* QZK shelf list (.qsl)\n* QZV (.qzv)\n* a QZW shelf list\n"
    assert _gl002(tmp_path, text) == ["QZW"]
    # An extension further on belongs to the words before it, not to the acronym.
    assert _gl002(tmp_path, "Keep each QZK reading in the shelf log (.qsl).\n") == ["QZK"]


def test_an_acronym_coordinated_with_a_known_one_is_of_its_kind(tmp_path: Path) -> None:
    text = "Cite each glaze by its QZIDs or DOIs. The QZ and AC meters read the kiln.\n"
    assert _gl002(tmp_path, text) == []
    # Two unknown ones side by side, or a known one further off, tell nothing.
    text = "Cite each glaze by its QZIDs or QWIDs. The QZ meter is read after the GPU run.\n"
    assert _gl002(tmp_path, text) == ["QZID", "QWID", "QZ"]


def test_a_bus_is_named_by_its_standard(tmp_path: Path) -> None:
    """``a QZIB bus``: the standard the wires follow, named as a signal is."""
    text = "The thermocouple reader hangs on a QZIB bus, and the QKT sets its rate.\n"
    assert _gl002(tmp_path, text) == ["QKT"]


def test_a_word_in_capitals_labelling_a_control_is_no_acronym(tmp_path: Path) -> None:
    """A button written as the screen shows it, whose action the sentence
    names with the same word in small letters."""
    text = (
        "* Button *REHEAT* - will reheat the kiln to the last set point.\n"
        "* Press QUENCH to quench the shelf; the QKT shows how fast it cools.\n"
    )
    assert _gl002(tmp_path, text) == ["QKT"]


def test_a_control_whose_label_the_text_never_writes_small_is_still_an_acronym(tmp_path: Path) -> None:
    """Named as a button but never used as a word: the letters may stand for
    a phrase, as ``QKT`` does."""
    assert _gl002(tmp_path, "Press the REHEAT button, then read the QKT value.\n") == ["REHEAT", "QKT"]
    text = "The QKT button will show the qkt of the shelf; the QKT is kept a day.\n"
    assert _gl002(tmp_path, text) == ["QKT"]


def test_a_word_without_a_control_beside_it_is_not_asked_of_the_english_table(monkeypatch) -> None:
    """The control is looked for before the word is asked of the English
    table (which may decode a section of about 16 kB): most words have none."""
    from glossary_lint.rules import acronym_uses

    asked: list[str] = []
    monkeypatch.setattr(acronym_uses, "is_known_word", lambda word: asked.append(word) or True)
    text = "Then QUENCH the shelf, and quench it again."
    assert not acronym_uses.labels_control("QUENCH", text, 5, 11)
    assert asked == []
    text = "Press QUENCH to quench the shelf."
    assert acronym_uses.labels_control("QUENCH", text, 6, 12)
    assert asked == ["quench"]


def test_capitals_clipping_a_word_of_their_sentence_are_code(tmp_path: Path) -> None:
    """``QUAR`` opens ``quarantine`` in its own sentence: a clipped word, as
    code names a variable, not the initials of a phrase."""
    text = (
        "Each quarantine rule is kept in the QUAR object of the running kiln.\n\n"
        "The QZTB table lists the shelves.\n"
    )
    assert _gl002(tmp_path, text) == ["QZTB"]


def test_clipping_needs_the_word_in_the_same_sentence_and_four_letters(tmp_path: Path) -> None:
    text = (
        "The QUAR object is read first. Every quarantine rule lives there.\n\n"
        "Each glaze layer has its GLA value in the furnace log.\n"
    )
    assert _gl002(tmp_path, text) == ["QUAR", "GLA"]


def test_capitals_of_a_code_value_in_the_same_paragraph(tmp_path: Path) -> None:
    """A paragraph that writes the word as inline code in small letters (a
    model type, a command) names that value in capitals in its prose."""
    text = (
        "# Heads\n\n"
        "Works with `type = mlp`, `qxm` and `qxr fire` (the MLP: one hidden layer; QXM: the "
        "stacked branches; QXR: the fired runs). Each run reports its QKC.\n"
    )
    assert _gl002(tmp_path, text) == ["QKC"]


def test_capitals_of_a_value_a_list_item_labels_in_bold_small_letters(tmp_path: Path) -> None:
    """A list of an option's values, each the bold label of its item in small
    letters (``* **qxm**: ...``): the capitals in the item name that value.
    Bold elsewhere, or not an item's label, names no value."""
    text = (
        "# Glazes\n\n"
        "* **coat**: the glaze to use\n"
        "  * **matte**: a dull finish\n"
        "  * **qxm**: QXM glaze, the QXM of a second firing\n"
        "  * **qwb** glaze: QWB of the old book, or its QWB mix\n\n"
        "Each run reports its QKC and QKC mean, as **qkc** tells.\n"
    )
    assert _gl002(tmp_path, text) == ["QWB", "QKC"]


def test_code_elsewhere_or_inside_a_longer_literal_is_no_value(tmp_path: Path) -> None:
    text = (
        "# Heads\n\n"
        "The QXM head merges branches; see `results_qxm.txt`.\n\n"
        "Another paragraph sets `qxr`.\n\n"
        "The QXR head fires.\n"
    )
    assert _gl002(tmp_path, text) == ["QXM", "QXR"]


def test_examples_of_a_file_reader_are_the_formats_it_reads(tmp_path: Path) -> None:
    """``readers such as QZW and QZX``: a program's readers, parsers and
    importers are named by the formats they read."""
    text = "The log tool ships readers such as QZW and QZX, and importers like QZY, and reports a QKC.\n"
    assert _gl002(tmp_path, text) == ["QKC"]


def test_a_line_label_that_its_gloss_writes_in_small_letters_is_a_word(tmp_path: Path) -> None:
    """``WAX: wax the shelf``: the label is the gloss's word in capitals,
    a keyword set out as a label, no acronym (here lines of one reST
    paragraph, as a list written without a blank line before it reads)."""
    text = (
        "Log tags\n========\n\n"
        "Log lines start with a tag:\n"
        "* WAX: a coat of wax on the shelf\n"
        "* DIP - a dip in glaze\n"
        "* QZT: the reading after firing\n"
    )
    assert _gl002(tmp_path, text, name="tags.rst") == ["QZT"]


@pytest.mark.parametrize(
    "lines",
    [
        "Log lines start with a tag:\n* WAX: a coat on the shelf\n",  # the gloss never writes it
        "Log lines start with a tag.\nThen the WAX: a coat of wax.\n",  # no label opening its line
    ],
)
def test_a_label_needs_its_own_word_in_its_gloss_and_to_open_the_line(tmp_path: Path, lines: str) -> None:
    assert _gl002(tmp_path, "Log tags\n========\n\n" + lines, name="tags.rst") == ["WAX"]


def test_a_pair_is_joined_in_the_source_only_as_a_whole_token():
    """The source writes the acronym and the next word run together as a token
    of their own: an underscore or a dot beside it still bounds the token,
    a letter or digit makes it part of a longer one."""
    from glossary_lint.rules.acronym_uses import joined_in_source

    text = "See the QZ plots below."
    end = text.index("QZ") + 2
    assert joined_in_source("QZ", text, end, "call make_qzplot(x)")
    assert joined_in_source("QZ", text, end, "import kiln.qzplots")
    assert not joined_in_source("QZ", text, end, "call qzplotter(x) or qzplot2(y)")
    assert not joined_in_source("QZ", text, end, "call makeqzplot(x)")
