"""What a document shows about its capitals words, read by GL002 (issue 12):
a model or release number, a name written in capitals, a file format named
as such, a product's name before ``driver``, an acronym whose words the
sentence has just spelled out.  Each text is a made-up handbook sentence."""

from __future__ import annotations

from test_acronym_kinds import _gl002


def test_a_model_number_of_letters_and_numbers_is_no_acronym(tmp_path):
    assert _gl002(tmp_path, "The kiln controller V520R013 keeps its own firmware.\n") == []


def test_capitals_with_a_number_after_a_dotted_release_are_its_update(tmp_path):
    assert _gl002(tmp_path, "Install kiln firmware 4.1.2 QP5 or a later release.\n") == []


def test_capitals_with_a_number_elsewhere_stay_an_acronym(tmp_path):
    assert _gl002(tmp_path, "Enable QP5 before the first firing.\n") == ["QP5"]


def test_a_name_the_document_writes_with_small_letters_is_no_acronym_in_capitals(tmp_path):
    text = (
        "Qzfs is the shared store of the glaze lab.\n\n"
        "| Back end | Protocol |\n| --- | --- |\n| Qzfs | QZFS (K) |\n"
    )
    assert _gl002(tmp_path, text) == []


def test_a_capitals_word_before_its_name_in_brackets_is_that_name(tmp_path):
    text = "* *KILNFS*. Kiln File System (KilnFS).\n"
    assert _gl002(tmp_path, text) == []


def test_capitals_the_document_never_writes_otherwise_stay_an_acronym(tmp_path):
    text = "| Back end | Protocol |\n| --- | --- |\n| Glaze store | QZFS (K) |\n"
    assert _gl002(tmp_path, text) == ["QZFS"]


def test_words_spelled_out_before_the_acronym_in_the_sentence_define_it(tmp_path):
    text = "- Build a firing group from a saved template.\n- Create firing group from FG snapshot\n- Delete FG snapshot\n"
    assert _gl002(tmp_path, text) == []


def test_two_letters_need_two_words_side_by_side(tmp_path):
    text = "- Fire the group from FG snapshot\n"
    assert _gl002(tmp_path, text) == ["FG"]


def test_initials_in_another_sentence_do_not_define_it(tmp_path):
    text = "We keep a firing group ready. FG snapshots are taken daily.\n"
    assert _gl002(tmp_path, text) == ["FG"]


def test_a_word_named_as_a_file_format_is_no_acronym_in_the_document(tmp_path):
    text = "Export every scan as PLQ files.\n\nLater, each PLQ is read back by the viewer.\n"
    assert _gl002(tmp_path, text) == []


def test_a_word_named_as_an_encoding_is_no_acronym_in_the_document(tmp_path):
    """``the QZE encoding``: how a file writes its data, a format's name."""
    text = "Older kilns log in the QZE encoding.\n\nThe viewer reads QZE but not QZD data.\n"
    assert _gl002(tmp_path, text) == ["QZD"]


def test_a_word_named_as_a_protocol_is_no_acronym_in_the_document(tmp_path):
    """``the PLQR protocol``: the way two programs write their messages, a
    format of them, named as a file format is."""
    text = "The kiln reports each firing over the PLQR protocol.\n\nA PLQR frame carries one QZT reading.\n"
    assert _gl002(tmp_path, text) == ["QZT"]


def test_a_word_never_named_as_a_format_stays_an_acronym(tmp_path):
    assert _gl002(tmp_path, "Later, each PLQ is read back by the viewer.\n") == ["PLQ"]


def test_an_acronym_before_driver_or_pipeline_is_a_name(tmp_path):
    text = "Configure the QZS driver first. Then run the QZPC pipeline on every batch.\n"
    assert _gl002(tmp_path, text) == []


def test_an_acronym_paired_with_a_title_case_name_is_a_name(tmp_path):
    assert _gl002(tmp_path, "If the default Torquil/PBQ settings fail, open an issue.\n") == []


def test_capitals_after_the_product_a_heading_names_are_part_of_its_name(tmp_path):
    text = "# QZV Driver\n\nRequirements:\n\n- QZV OE for Kilns version 7.1 or higher.\n"
    assert _gl002(tmp_path, text) == []


def test_capitals_after_a_name_no_heading_gives_stay_an_acronym(tmp_path):
    text = "# Requirements\n\n- QZV OE for Kilns version 7.1 or higher.\n"
    assert "OE" in _gl002(tmp_path, text)


def test_the_prefix_of_a_compact_identifier_is_its_namespace_also_alone(tmp_path):
    text = (
        "Glaze codes\n===========\n\n"
        ".. csv-table:: glaze codes\n   :header: code,label,source\n\n"
        "   KZG:0042,celadon,KZG\n   KZG:0043,tenmoku,KZG\n"
    )
    assert _gl002(tmp_path, text, name="codes.rst") == []
    prose = "Each glaze has a code such as KZG:0042. The KZG codes are stable.\n"
    assert _gl002(tmp_path, prose) == []


def test_capitals_before_a_colon_and_a_space_are_no_identifier_prefix(tmp_path):
    assert _gl002(tmp_path, "Set the KZG: it gates the kiln vents.\n") == ["KZG"]


def test_an_english_word_in_capitals_in_a_list_makes_it_a_list_of_names(tmp_path):
    # GO is no acronym (an English word in capitals): a name, so its list names things.
    text = "Glaze ontologies such as GO, Qzbo, QZE, and QZH merge old codes.\n"
    assert _gl002(tmp_path, text) == []


def test_a_list_of_acronyms_and_a_capitalised_word_still_uses_its_acronyms(tmp_path):
    text = "Kiln filters such as QZF, QZI and Butterworth smooth the probe.\n"
    assert _gl002(tmp_path, text) == ["QZF", "QZI"]


def test_a_bibliography_entry_quotes_its_work_and_defines_nothing(tmp_path):
    text = (
        "Firing curves\n=============\n\n"
        "The cooling rate follows the study [Okafor]_.\n\n"
        ".. [Okafor] Okafor N. Slow cooling of stoneware. Proceedings of the "
        "QKV Ceramics Meeting, ZRX press; 2011. ISSN 1234-5678.\n"
    )
    assert _gl002(tmp_path, text, name="curves.rst") == []


def test_an_acronym_in_the_prose_beside_a_bibliography_is_still_reported(tmp_path):
    text = (
        "Firing curves\n=============\n\n"
        "The QKV curve follows the study [Okafor]_.\n\n"
        ".. [Okafor] Okafor N. Slow cooling of stoneware. Kiln Press; 2011.\n"
    )
    assert _gl002(tmp_path, text, name="curves.rst") == ["QKV"]


def test_a_name_the_prose_writes_in_small_letters_is_no_acronym_in_capitals(tmp_path):
    """``qzgl`` is no English word: the project spells itself so, and
    ``QZGL`` is its name in capitals."""
    text = "Install qzgl from the index.\n\nThe lab thanks the authors of QZGL for Octave.\n"
    assert _gl002(tmp_path, text) == []
    assert _gl002(tmp_path, "The lab thanks the authors of QZGL for Octave.\n") == ["QZGL"]


def test_a_key_in_small_letters_beside_the_name_in_capitals(tmp_path):
    text = "| Key | Kiln |\n| --- | --- |\n| qzk5 | QZK5 |\n| tallkiln | TallKiln |\n"
    assert _gl002(tmp_path, text) == []


def test_an_english_word_in_small_letters_leaves_the_acronym(tmp_path):
    """``cog`` is an English word: a lower-case ``cog`` says nothing of ``COG``."""
    text = "The cog of the press is oiled daily.\n\nThe COG of the kiln is reset.\n"
    assert _gl002(tmp_path, text) == ["COG"]


def test_a_link_whose_text_is_the_phrase_spells_out_its_initials(tmp_path):
    """The link text names the thing its page explains: ``[kiln glaze
    index](url)`` spells out KGI for the rest of the document, in Markdown
    and in reST."""
    md = "- `kgi`: the [kiln glaze index](https://example.org/kgi).\n- `kgi_fast`: KGI with a coarse grid.\n"
    assert _gl002(tmp_path, md) == []
    rst = "* ``kgi``: the `kiln glaze index <https://example.org/kgi>`_.\n* ``kgi_fast``: KGI on a grid.\n"
    assert _gl002(tmp_path, rst, name="notes.rst") == []


def test_an_image_description_or_other_words_spell_out_nothing(tmp_path):
    text = "![kiln glaze index](kgi.png)\n\nSee the [glaze index](https://example.org/kgi). The KGI is coarse.\n"
    assert _gl002(tmp_path, text) == ["KGI"]


def test_a_slip_into_small_letters_among_capitals_leaves_the_acronym(tmp_path):
    """``qzcc`` once against ``QZCC`` twice: the acronym written carelessly
    once, not a name that spells itself in small letters."""
    text = "The QZCC of each clip is kept.\n\nWe compare qzcc rows with the QZCC of the reference.\n"
    assert _gl002(tmp_path, text) == ["QZCC"]
