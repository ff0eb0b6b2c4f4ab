"""GL001 and a term's letters where they are no prose of the handbook: a
reST reference name, a slash path, a quoted parameter value, the title of a
cited work."""

from __future__ import annotations

import pytest

GLOSSARY = """terms:
  - id: graphstore
    term: GraphStore
    case: exact
    definition: The store of graph nodes.
  - id: eeg
    term: EEG
    case: exact
    expansion: electroencephalography
    definition: Recording of the brain's electrical activity.
  - id: emmc
    term: eMMC
    case: exact
    definition: Embedded flash storage.
"""


def gl001(check, name: str, text: str) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, {name: text})]


def test_a_rest_reference_name_is_a_name(gl001_of_run):
    text = (
        "The GraphStore grew out of Ada Lovell's graphstor_ experiment.\n\n"
        ".. _graphstor: https://example.org/graphstor\n"
    )
    assert gl001(gl001_of_run, "history.rst", text) == []


def test_the_same_word_outside_a_reference_is_still_reported(gl001_of_run):
    text = "The GraphStore grew out of a graphstor experiment.\n"
    assert gl001(gl001_of_run, "history.rst", text) == ["graphstor"]
    # Markdown's emphasis ends as a reference name does, but is prose.
    text = "The GraphStore grew out of a _graphstor_ experiment.\n"
    assert gl001(gl001_of_run, "history.md", text) == ["graphstor"]


def test_link_text_naming_its_address_is_the_package_name(gl001_of_run):
    text = (
        "Read files with the [graphstore](https://example.org/tools/graphstore/) package, or\n"
        "with [eeg-emmc](https://example.org/lab/eeg-emmc) on a board.\n"
    )
    assert gl001(gl001_of_run, "tools.md", text) == []
    text = "Read `graphstore <https://example.org/tools/graphstore.git>`_ first.\n"
    assert gl001(gl001_of_run, "tools.rst", text) == []


def test_link_text_naming_a_documentation_sites_project_is_the_package_name(gl001_of_run):
    """A documentation host closes the project's address with a language and
    a release: the part before them is the name the text gives."""
    text = (
        "The site is built on:\n\n"
        "- `graphstore <https://docs.example.org/projects/graphstore/en/latest/>`_\n"
        "- `eeg <https://docs.example.org/projects/eeg/fr/2.4/index.html>`_\n"
    )
    assert gl001(gl001_of_run, "tools.rst", text) == []
    # a word of the address that closes no documentation's path is still prose
    text = "Read the `graphstore <https://example.org/graphstore/guide/>`_ first.\n"
    assert gl001(gl001_of_run, "tools.rst", text) == ["graphstore"]


def test_link_text_other_than_its_address_is_prose(gl001_of_run):
    text = "Read the [graphstore tools](https://example.org/tools/graphstore) or [eeg](https://example.org/eeg-kit).\n"
    assert gl001(gl001_of_run, "tools.md", text) == ["graphstore", "eeg"]


def test_a_term_in_backquotes_the_parser_left_as_text_is_markup_not_prose(gl001_of_run):
    # The role lacks its second colon: docutils keeps the whole as text.
    text = "Readers store each node in a :term`Graphstore`, and :term`Eeg` data too.\n"
    assert gl001(gl001_of_run, "roles.rst", text) == []


def test_backquotes_around_more_than_the_term_are_no_markup_of_it(gl001_of_run):
    text = "Readers keep a :term`Graphstore of nodes` here, and a Graphstore there.\n"
    assert gl001(gl001_of_run, "roles.rst", text) == ["Graphstore", "Graphstore"]


def test_a_lower_case_slash_path_is_a_name(gl001_of_run):
    text = (
        "The GraphStore began as [graph-lab/graphstore](https://example.org/graph-lab/graphstore);\n"
        "its config lives in conf/graphstore/main.toml (docs/graphstore).\n"
    )
    assert gl001(gl001_of_run, "history.md", text) == []


def test_a_slash_between_prose_words_is_no_path(gl001_of_run):
    text = "The GraphStore is fast; a Graphstore/Index pair is slower.\n"
    assert gl001(gl001_of_run, "pairs.md", text) == ["Graphstore"]


def test_a_word_alone_in_single_quotes_is_a_literal(gl001_of_run):
    text = "Pick the EEG reader ('eeg') or the eMMC dump ('emmc') by name.\n"
    assert gl001(gl001_of_run, "readers.rst", text) == []


def test_a_lower_case_word_alone_in_double_quotes_is_a_literal(gl001_of_run):
    text = 'The service runs as the "graphstore" user; set the kind to “emmc” here.\n'
    assert gl001(gl001_of_run, "setup.rst", text) == []


def test_double_quotes_around_other_letters_or_more_words_are_prose(gl001_of_run):
    # A capitalised quotation keeps its case from the writer, so its slips stay slips.
    text = 'We call it the "Graphstore", and the "graphstore backend" is its disk.\n'
    assert gl001(gl001_of_run, "setup.rst", text) == ["Graphstore", "graphstore"]


def test_quotes_that_hold_more_than_the_word_or_apostrophes_are_prose(gl001_of_run):
    text = "The reader's eeg input is 'raw eeg data', and the EEG is fine.\n"
    assert gl001(gl001_of_run, "readers.rst", text) == ["eeg", "eeg"]


def test_a_title_with_its_citation_is_the_cited_works_title(gl001_of_run):
    text = (
        "The EEG pipeline follows these papers.\n\n"
        "* Artifact removal methods for Eeg :footcite:p:`Doe2019`\n\n"
        "* Graph models of Eeg rhythms [Roe2020]_\n\n"
        ".. [Roe2020] A. Roe, a paper.\n"
    )
    assert gl001(gl001_of_run, "refs.rst", text) == []


def test_a_sentence_before_a_citation_is_prose(gl001_of_run):
    text = "The EEG pipeline is common. Most labs filter their Eeg first :footcite:`Doe2019`\n"
    assert gl001(gl001_of_run, "refs.rst", text) == ["Eeg"]


def test_a_quoted_title_in_a_line_that_cites_is_the_cited_works_title(gl001_of_run):
    text = (
        'The EEG pipeline follows Doe et al. (2019), "Artifact removal for Eeg recordings".\n\n'
        'We call it the "clean Eeg stage" here.\n'
    )
    assert gl001(gl001_of_run, "refs.md", text) == ["Eeg"]


def test_a_reference_list_line_with_authors_title_and_address_cites_a_title(gl001_of_run):
    # 'Authors et al, Title URL': no quotes, no role; the words between the
    # authors and the address are the work's title, in its own case.
    text = (
        "Reading\n-------\n\n"
        "- Doe et al, Artifact removal for Eeg recordings https://example.org/papers/17\n"
        "- Roe et al, Graph models of Eeg rhythms, `<https://example.org/papers/18>`_\n\n"
        "Doe et al. found that Eeg filtering helps; see https://example.org/papers/17 for more.\n"
    )
    assert gl001(gl001_of_run, "reading.rst", text) == ["Eeg"]
    md = (
        "- Doe et al, Artifact removal for Eeg recordings https://example.org/papers/17\n"
        "- Roe et al., Graph models of Eeg rhythms. <https://example.org/papers/18>\n"
    )
    assert gl001(gl001_of_run, "reading.md", md) == []


def test_a_list_item_holding_one_lower_case_word_is_a_value(gl001_of_run):
    text = (
        "The reader takes these keys:\n\n"
        "* eeg\n* emmc\n* path\n\n"
        "* the eeg channels\n\n"
        "eeg\n---\n\nThe EEG key.\n\n"
        "eeg\n\n"  # a paragraph of one word, in no list: a stray, not a key
    )
    assert gl001(gl001_of_run, "keys.rst", text) == ["eeg", "eeg", "eeg"]


def test_a_table_cell_holding_one_lower_case_word_is_a_value(gl001_of_run):
    # A table of a program's output: the header names its fields as the
    # data spells them, and the cells hold values, not sentences.
    text = (
        "The reader prints this table:\n\n"
        ".. csv-table:: Readers found\n"
        "    :header: eeg,emmc,path\n\n"
        "    eeg,   ok,    /data/a\n"
        "    emmc,  ok,    /data/b\n\n"
        "+------------+-----------------------------------+\n"
        "| Reader     | Notes                             |\n"
        "+============+===================================+\n"
        "| eeg        | Reads the eeg channels only.      |\n"
        "+------------+-----------------------------------+\n"
    )
    assert gl001(gl001_of_run, "readers.rst", text) == ["eeg"]
    md = "| Reader | Notes |\n|---|---|\n| emmc | An emmc dump. |\n| Eeg | Channels. |\n"
    assert gl001(gl001_of_run, "readers.md", md) == ["emmc", "Eeg"]


def test_a_quoted_title_wrapped_in_a_numbered_reference_is_the_cited_works_title(gl001_of_run):
    text = (
        "See the notes below.\n\n"
        '.. [4] R. Okafor and L. Brandt, "Tuning the Graphstore for Streaming\n'
        '       Loads," Journal of Data Systems, vol. 3, pp. 10-19, 2021.\n'
        '.. [5] L. Brandt, "Why Every Lab Needs a\n'
        '       Graphstore," Proc. Storage Days, pp. 1-4, 2022.\n'
    )
    assert gl001(gl001_of_run, "refs.rst", text) == []


def test_a_wrapped_quotation_that_cites_nothing_is_prose(gl001_of_run):
    text = 'Our users call it "the fast\nGraphstore" in their mails.\n'
    assert gl001(gl001_of_run, "mail.rst", text) == ["Graphstore"]


def badge(label: str) -> str:
    return (
        "# GraphStore\n\n"
        f"[![eeg][badge-{label}]][link-{label}]\n\n"
        f"[badge-{label}]: https://example.org/badge.svg\n"
        f"[link-{label}]: https://example.org/{label}\n"
    )


def test_a_badges_alt_text_that_its_label_names_is_the_label(gl001_of_run):
    assert gl001(gl001_of_run, "README.md", badge("eeg")) == []


def test_alt_text_its_label_does_not_name_is_prose(gl001_of_run):
    assert gl001(gl001_of_run, "README.md", badge("lab")) == ["eeg"]


def test_link_text_of_the_address_name_and_where_it_stands(gl001_of_run):
    # The name as the address spells it, with a noun for what the address
    # holds, or with the channel the address files it under; the address
    # given by the page's target of the link's name or label.
    text = (
        "Fork the `graphstore repository`_, or install the `graphstore qzforge`_ build.\n\n"
        ".. _graphstore repository: https://example.org/someone/graphstore\n"
        ".. _Graphstore  QZforge:\n   https://example.org/qzforge/graphstore\n"
    )
    assert gl001(gl001_of_run, "install.rst", text) == []
    text = "Fork the [graphstore repo][fork] and read its notes.\n\n[fork]: https://example.org/someone/graphstore.git\n"
    assert gl001(gl001_of_run, "install.md", text) == []


def test_link_text_with_other_words_than_where_the_name_stands_is_prose(gl001_of_run):
    text = (
        "See the `graphstore tools`_ and the `graphstore notes`_ first.\n\n"
        ".. _graphstore tools: https://example.org/tools/graphstore\n"
        ".. _graphstore notes: https://example.org/someone/graphstore\n"
    )
    assert gl001(gl001_of_run, "install.rst", text) == ["graphstore", "graphstore"]
    # A target of another name gives the link no address.
    text = (
        "Fork the `graphstore repository`_.\n\n.. _graphstore fork: https://example.org/someone/graphstore\n"
    )
    assert gl001(gl001_of_run, "install.rst", text) == ["graphstore"]


@pytest.mark.parametrize(
    "line, reported",
    [
        # The firm spells its name as it registered it: the glossary's
        # GraphStore is the product, not the company's letters.
        ("Graphstore Inc. first sold the database.", []),
        ("The port was paid for by Graphstore Labs, LLC in the spring.", []),
        ("Support comes from Graphstore GmbH and Eeg Ltd all year.", []),
        # No legal form, or a lower-case word before it: no company's name.
        ("Graphstore first sold the database.", ["Graphstore"]),
        ("The port was paid for by the graphstore Inc. team.", ["graphstore"]),
        ("Graphstore Incorporated sounds grand.", ["Graphstore"]),
    ],
)
def test_a_company_named_with_its_legal_form_is_that_name(gl001_of_run, line, reported):
    assert gl001(gl001_of_run, "history.md", line + "\n") == reported
