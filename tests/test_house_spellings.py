"""GL001 and a second spelling the handbook keeps: a joined term
hyphenated in several chapters is the house's own form (an editor would not
change it), even where the glossary's form is written more often (not ten
times as often: then the hyphens are strays of a few pages); a stray
on one page stays a slip, and so does a longer term's distinctive word
written as two.
And the capitals a handbook's code writes (``from kitchen import Ladle`` in
a code block) are no capitals a writer chose: they make no house style."""

from __future__ import annotations

from pathlib import Path

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.runner import run

GLOSSARY = """terms:
  - id: flatpack
    term: flatpack
    definition: Furniture sold in a box, to be put together at home.
  - id: typed-spoolbuffer
    term: Typed spoolbuffer
    definition: A buffer that knows the type of what it holds.
"""


def gl001(tmp_path: Path, files: dict[str, str], glossary: str = GLOSSARY) -> list[tuple[str, str | None]]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    linter = Linter(parse_glossary(glossary), Config(root=tmp_path))
    found = run([tmp_path / name for name in files], linter, jobs=1).findings
    return [(Path(f.path).name, f.found) for f in found if f.code == "GL001"]


#: Each chapter writes the glossary's flatpack twice and the hyphenated form once.
CHAPTERS = {
    f"{room}.md": f"# {room.title()}\n\nThe {room} flatpack came today; a flatpack is light. "
    f"We built the flat-pack {thing} by noon.\n"
    for room, thing in (("hall", "shelf"), ("study", "desk"), ("porch", "bench"))
}


def test_a_joined_term_written_apart_in_several_chapters_is_the_houses_form(tmp_path):
    assert gl001(tmp_path, CHAPTERS) == []


def test_a_hyphenated_form_dwarfed_by_the_closed_one_stays_a_slip_in_several_chapters(tmp_path):
    # Three chapters hyphenate it once each, as above, but a catalogue writes
    # the closed form sixty times: strays on a few pages, no second spelling.
    catalogue = "# Catalogue\n\n" + "".join(f"Item {n} is a flatpack of oak.\n\n" for n in range(60))
    assert sorted(gl001(tmp_path, {**CHAPTERS, "catalogue.md": catalogue})) == [
        (name, "flat-pack") for name in sorted(CHAPTERS)
    ]


def test_a_joined_term_split_by_a_space_in_several_chapters_is_still_a_slip(tmp_path):
    spaced = {name: text.replace("flat-pack", "flat pack") for name, text in CHAPTERS.items()}
    assert sorted(gl001(tmp_path, spaced)) == [(name, "flat pack") for name in sorted(CHAPTERS)]


def test_the_same_form_written_on_one_page_only_is_still_a_slip(tmp_path):
    page = (
        "# Loft\n\nOur flatpack arrived. A flatpack, then another flatpack, and a fourth flatpack. "
        "The flat-pack bed, the flat-pack chair and the flat-pack lamp wobble.\n"
    )
    assert gl001(tmp_path, {"loft.md": page}) == [("loft.md", "flat-pack")] * 3


#: Each chapter names the term whole, and writes its distinctive word as two once.
SPOOLS = {
    f"{name}.md": f"# {name.title()}\n\nDeclare a typed spoolbuffer first. Then pass the spool buffer to {name}.\n"
    for name in ("reader", "writer", "mixer")
}


def test_a_distinctive_word_written_as_two_stays_a_slip_even_in_several_chapters(tmp_path):
    # The word closed up is no mention of its term, so nothing weighs the two
    # forms: the glossary's stays the spelling.
    assert sorted(gl001(tmp_path, SPOOLS)) == [(name, "spool buffer") for name in sorted(SPOOLS)]


LADLE = "terms:\n  - id: ladle\n    term: ladle\n    definition: A deep spoon for soup.\n"

CODE = "```python\nfrom kitchen import Ladle\nfrom kitchen import Ladle as Spare\n```\n"


def test_capitals_in_code_blocks_do_not_make_a_house_style(tmp_path):
    files = {
        f"{n}.md": f"# {n.title()}\n\nStir with a ladle, gently.\n\n{CODE}" for n in ("soup", "stew", "broth")
    }
    files["sauce.md"] = "# Sauce\n\nPour the sauce with the Ladle, then rinse it.\n"
    assert gl001(tmp_path, files, LADLE) == [("sauce.md", "Ladle")]


def test_capitals_the_prose_keeps_still_make_one(tmp_path):
    files = {
        f"{n}.md": f"# {n.title()}\n\nStir with the Ladle, and lift the Ladle out.\n"
        for n in ("soup", "stew", "broth")
    }
    files["sauce.md"] = "# Sauce\n\nPour the sauce with the Ladle, then rinse it.\n"
    assert gl001(tmp_path, files, LADLE) == []


def test_a_hyphenated_form_on_few_of_many_pages_stays_a_slip(tmp_path):
    # Three chapters hyphenate it once each, as above, and four more pages
    # write only the closed form, twice each: not ten times as often, but on
    # more than twice as many pages, so the hyphens are strays of a few pages.
    others = {
        f"{room}.md": f"# {room.title()}\n\nOur flatpack fits the {room}. Unpack each flatpack slowly.\n"
        for room in ("attic", "cellar", "garage", "landing")
    }
    found = sorted(gl001(tmp_path, {**CHAPTERS, **others}))
    assert found == [(name, "flat-pack") for name in sorted(CHAPTERS)]


def test_a_hyphenated_form_on_half_as_many_pages_as_the_closed_one_is_the_houses_form(tmp_path):
    others = {
        f"{room}.md": f"# {room.title()}\n\nOur flatpack fits the {room}. Unpack each flatpack slowly.\n"
        for room in ("attic", "cellar", "garage")
    }
    assert gl001(tmp_path, {**CHAPTERS, **others}) == []
