"""``import`` of a Markdown page whose first reader finds no defined entry:
the importer tries its other readers for the page form before giving up
(a ``{glossary}`` body written as a definition list with its markers
indented, or as ``- **Term**: ...`` items; an empty directive with the
entries written after it), and reports the page as empty only when none
reads it."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.model import Markup
from glossary_lint.workflows.importers import import_page, read_page
from glossary_lint.workflows.importers.page import PageEntry, defines_any


def fenced(fence: str, body: str, after: str = "") -> str:
    close = "```" if fence.startswith("`") else ":::"
    return f"# Workshop words\n\nWhat the joiners say.\n\n{fence}{{glossary}}\n{body}{close}\n{after}"


def terms(page: str) -> list[tuple[str, str]]:
    return [(t["term"], t["definition"]) for t in import_page(page, ".md").terms]


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_a_definition_list_with_indented_markers_is_read_as_one(fence: str) -> None:
    body = "Dovetail\n  : A joint of flared pins.\n\nRebate\n   : A step cut along an edge.\n"
    assert terms(fenced(fence, body)) == [
        ("Dovetail", "A joint of flared pins."),
        ("Rebate", "A step cut along an edge."),
    ]


@pytest.mark.parametrize("fence", ["```", ":::"])
def test_bold_items_in_a_glossary_fence_are_read_as_markdown(fence: str) -> None:
    body = "- **Mortise**: A slot cut to take a tenon.\n- **Tenon**: A tongue that fits a mortise.\n"
    assert terms(fenced(fence, body)) == [
        ("Mortise", "A slot cut to take a tenon."),
        ("Tenon", "A tongue that fits a mortise."),
    ]


def test_an_empty_directive_gives_way_to_the_entries_after_it() -> None:
    after = "\n## Kerf\n\nThe width a saw blade removes.\n\n## Spokeshave\n\nA small plane with handles.\n"
    assert terms(fenced("```", "", after)) == [
        ("Kerf", "The width a saw blade removes."),
        ("Spokeshave", "A small plane with handles."),
    ]


def test_a_body_read_by_sphinx_rules_is_read_as_before() -> None:
    body = "Chisel\n   A blade struck with a mallet.\n\nGouge\n   A chisel with a curved blade.\n"
    assert terms(fenced("```", body)) == [
        ("Chisel", "A blade struck with a mallet."),
        ("Gouge", "A chisel with a curved blade."),
    ]


def test_names_without_definitions_stay_when_no_reader_does_better() -> None:
    page = read_page(fenced("```", "Bradawl\nRasp\n"), ".md")
    assert [entry.names for entry in page.entries] == [["Bradawl", "Rasp"]]
    assert not defines_any(page.entries)


def test_a_page_no_reader_reads_is_still_empty() -> None:
    assert import_page(fenced(":::", "", "\nJust a paragraph about sawdust.\n"), ".md").terms == []


def test_an_entry_defines_only_with_a_definition() -> None:
    md = Markup.MARKDOWN
    assert not defines_any([PageEntry(["Awl"], "  \n", md)])
    assert defines_any([PageEntry(["Awl"], "", md), PageEntry(["Vise"], "It holds work.", md)])
