"""GL001 and Title Case where the text is a title: a reST page's ``:title:``
field, and prose that names a section of the handbook by its heading."""

from __future__ import annotations

GLOSSARY = """terms:
  - id: ring-buffer
    term: ring buffer
    definition: A fixed-size queue that overwrites its oldest entry when full.
  - id: spill-file
    term: spill file
    definition: A file that takes the entries a full ring buffer cannot hold.
"""


def gl001(check, files: dict[str, str]) -> list[str | None]:
    return [found for _, found in check(GLOSSARY, files)]


def test_a_title_field_is_a_title(gl001_of_run):
    text = ":title: Ring Buffer\n:subtitle: Spill File\n\nPick the size of each ring buffer before the first write.\n"
    assert gl001(gl001_of_run, {"sizing.rst": text}) == []


def test_other_fields_stay_prose(gl001_of_run):
    text = ":summary: when the Ring Buffer fills\n\nPick the size of each ring buffer first.\n"
    assert gl001(gl001_of_run, {"sizing.rst": text}) == ["Ring Buffer"]
