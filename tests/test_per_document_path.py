"""Shortcuts of the per-document path (issue 14) find what the full path finds.

Each shortcut skips work whose answer is known: these tests run the path
with the shortcut and without it, on sentences written for them and, when
it is beside the project, on the real handbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import CORPUS, GLOSSARY, needs_corpus

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import load_glossary
from glossary_lint.rules import term_spelling
from glossary_lint.runner import lint_files

#: Terms of the project's glossary written right, wrong, split, in links,
#: headings, code and at a line break, so that every check of GL001 is met.
PAGES = {
    "one.md": (
        "# Mel-Spectrogram Basics\n\n"
        "A mel spectrogram and a Mel Spectrogram and a mel-spectrogram differ only in spelling.\n"
        "The [EnCodec](https://example.org/encodec) model and Encodec and ENCODEC and the\n"
        "encodec package (`encodec.model`) compress audio; so does an Encodecs bundle.\n"
        "We look up the code book, then the codebook, then the Codebook, then a code-book.\n"
        "Vocoders, a vocodor, a spectogram and a specrogram are slips; "
        "the Residual Vector\nQuantization stage and residual vector quantization follow.\n"
    ),
    "two.md": (
        "## Codebook\n\nThe Codebook class holds a codebook. Codebook sizes vary. "
        "A **mel spectrogram** is a picture; so is the Mel spectrogram of a VAE's output.\n"
        "| Term | Use |\n|---|---|\n| mel-spectrogram | a table cell |\n| Encodec | another |\n"
    ),
}


def _gl001(tmp_path: Path) -> list[tuple]:
    paths = []
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return _run(paths)


def _run(paths: list[Path]) -> list[tuple]:
    linter = Linter(load_glossary(GLOSSARY), Config(root=Path("."), glossary=GLOSSARY))
    return [
        (f.path, f.line, f.column, f.code, f.message, f.replacement)
        for found in lint_files(paths, linter, jobs=1)
        for f in found
    ]


def test_gl001_skips_mentions_written_as_the_glossary_spells_them(tmp_path, monkeypatch):
    quick = _gl001(tmp_path)
    assert any(f[3] == "GL001" for f in quick)
    monkeypatch.setattr(term_spelling, "_as_spelled", lambda mention: False)
    assert _gl001(tmp_path) == quick


@needs_corpus()
def test_gl001_shortcut_on_the_real_handbook(monkeypatch):
    paths = sorted(CORPUS.rglob("*.md"))
    quick = _run(paths)
    monkeypatch.setattr(term_spelling, "_as_spelled", lambda mention: False)
    assert _run(paths) == quick


def test_gl001_takes_a_capital_where_one_may_stand_first(tmp_path, monkeypatch):
    """The shortcut of :func:`_accepts` for a capitalised spelling at a
    sentence's start or in a title gives the findings its full chain gives."""
    quick = _gl001(tmp_path)
    monkeypatch.setattr(term_spelling, "_sentence_capital", lambda *args: False)
    assert _gl001(tmp_path) == quick


@needs_corpus()
def test_capital_shortcut_on_the_real_handbook(monkeypatch):
    paths = sorted(CORPUS.rglob("*.md"))
    quick = _run(paths)
    monkeypatch.setattr(term_spelling, "_sentence_capital", lambda *args: False)
    assert _run(paths) == quick


def test_gl001_settles_a_capital_that_opens_a_sentence_before_its_other_checks():
    """Most mentions not written as spelled are a term opening a sentence
    (``Vocoder quality ...``): the loop's shortcut settles them, as it
    settles those written as spelled; the same capital inside a sentence
    goes through every check (and is a finding)."""
    from glossary_lint.engine import parse_document

    linter = Linter(load_glossary(GLOSSARY), Config(root=Path("."), glossary=GLOSSARY))
    text = "Vocoder quality matters here.\n\nThe new Vocoder helps.\n"
    mentions = linter.mentions(parse_document("page.md", text, linter.config))
    settled = [(m.found, term_spelling._as_spelled(m)) for m in mentions]
    assert settled == [("Vocoder", True), ("Vocoder", False)]
    assert [(f.code, f.line) for f in linter.lint_text("page.md", text)] == [("GL001", 3)]


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


#: Markdown with every kind of block the walk acts on or steps over.
MARKDOWN = """---
title: A page
---

# Tape Loops {#loops}

(codebooks)=
## Codebooks

A paragraph with **bold**, a [link](glossary.md#tape-loop), `code` and $x$.

- an item
  1. a nested item with a {term}`wobbulator`

> A quote about a Spring Reverberation.

| Name | Use |
|---|---|
| QZX | a row label |

:::{note}
A note about the tape loop.
:::

<!-- glossary-lint: disable GL001 -->
% a MyST comment
<div>html</div>

***
"""


def _document(text: str, name: str = "page.md") -> tuple:
    from glossary_lint.sources.markdown import parse_markdown

    doc = parse_markdown(name, text)
    return doc.segments, doc.references, doc.comments, doc.unplaced


def test_the_walk_steps_over_only_blocks_it_never_reads(monkeypatch):
    """Stepping over the block tokens outside ``_WALKED`` at one look-up each
    gives the document walking every token gave."""
    from glossary_lint.sources import markdown

    quick = _document(MARKDOWN)
    assert quick[0] and quick[1] and quick[2]
    monkeypatch.setattr(markdown, "_WALKED", _Everything())
    assert _document(MARKDOWN) == quick


@needs_corpus()
def test_the_walk_shortcut_on_the_real_handbook(monkeypatch):
    from glossary_lint.sources import markdown

    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(CORPUS.rglob("*.md"))]
    quick = [_document(text, name) for name, text in texts]
    monkeypatch.setattr(markdown, "_WALKED", _Everything())
    assert [_document(text, name) for name, text in texts] == quick


#: Acronyms spelled out in every way GL002 reads (brackets both ways, "=",
#: "or just", "aka", a hyphenated short form, a head of a longer one, a
#: heading, a row label), used near and far from their definitions, and a
#: capital that changes length in capitals (ß).  ``QZV2`` under the heading
#: ``QZV``: should a later rule read a word as defined by a form the body
#: never writes (its stem), the segments searched must include that form.
ACRONYM_PAGE = """# Working With QZB Files

Before the details: a QZR waits.

The Quiet Zone Buffer (QZB) holds samples. A QZBs folder holds several.

QZR (quiet zoned router) routes them.

The RTF = Real-Time Factor sets pace,
and the RT budget follows from it. Computer algebra kits, or just CAKs, help.
The LWP (aka lib-www-perl) fetches; the Scale-Invariant Signal Distortion
Ratio (SI-SDR) and the SI score compare tracks.

## QZV

The QZV2 unit hums: a versioned form of the heading's acronym.

## QZM

| Term | Use |
|---|---|
| QZT | a row label |
| size | QZT again, and QZM, QZX, QZW, QZBS and Straße QZS |

Later we meet QZB, QZR, QZX and QZW once more; QZS and the CAKs too.
"""


def _undefined(documents: list[tuple[str, str]]) -> list[list[tuple]]:
    from glossary_lint.rules.undefined import undefined_words
    from glossary_lint.sources.markdown import parse_markdown

    linter = Linter(load_glossary(GLOSSARY), Config(root=Path("."), glossary=GLOSSARY))
    found = []
    for name, text in documents:
        document = parse_markdown(name, text)
        words = undefined_words(document, linter.mentions(document), linter.known_words)
        found.append([(u.word, u.kind, u.start, u.end, u.uses) for u in words])
    return found


def test_definitions_are_searched_only_in_segments_that_write_a_word_asked_about(monkeypatch):
    """Reading every segment for expansions, headings and row labels finds
    the same undefined words as reading only the segments that write one
    of the document's candidates."""
    from glossary_lint.rules import undefined

    page = [("page.md", ACRONYM_PAGE)]
    quick = _undefined(page)
    words = {found[0] for found in quick[0]}
    assert {"QZX", "QZW", "QZS"} <= words  # never defined: reported
    assert not words & {"QZB", "QZR", "RT", "CAK", "LWP", "SI", "QZM", "QZT"}  # defined somewhere
    monkeypatch.setattr(undefined, "_naming", lambda segments, words: list(segments))
    assert _undefined(page) == quick


@needs_corpus()
def test_definition_search_shortcut_on_the_real_handbooks(monkeypatch):
    """The Markdown handbooks of ../shared/corpus, read both ways."""
    from glossary_lint.rules import undefined

    corpus = CORPUS.parent.parent
    paths = sorted(CORPUS.rglob("*.md")) + sorted((corpus / "electron" / "docs").rglob("*.md"))[:150]
    documents = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    quick = _undefined(documents)
    monkeypatch.setattr(undefined, "_naming", lambda segments, words: list(segments))
    assert _undefined(documents) == quick


def test_the_collector_waits_while_a_text_is_surveyed_or_checked_and_runs_between(tmp_path, monkeypatch):
    """A document's parse and segments live until it is checked and then go by
    their counts: the cyclic collector is paused while the pre-passes read a
    text and while the check reads a document, and is on again between them
    and after the run, also when a document fails to parse."""
    import gc

    from glossary_lint import engine
    from glossary_lint.rules import house_style

    states: dict[str, list[bool]] = {"survey": [], "check": [], "between": []}
    real_prose, real_parse = house_style.prose_text, engine.parse_document

    def prose(text: str, *rest: Any) -> str:
        states["survey"].append(gc.isenabled())
        return real_prose(text, *rest)

    def parse(path: str, text: str, config: Config):  # type: ignore[no-untyped-def]
        states["check"].append(gc.isenabled())
        if path.endswith("broken.md"):
            raise ValueError("a parser's bug")
        return real_parse(path, text, config)

    monkeypatch.setattr(house_style, "prose_text", prose)
    monkeypatch.setattr(engine, "parse_document", parse)
    paths = []
    for name, text in {**PAGES, "broken.md": "A page its parser trips on.\n"}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    linter = Linter(load_glossary(GLOSSARY), Config(root=Path("."), glossary=GLOSSARY))
    assert gc.isenabled()
    found = []
    for findings in lint_files(paths, linter, jobs=1):
        states["between"].append(gc.isenabled())
        found.extend(f.code for f in findings)
    assert states["survey"] == states["check"] == [False] * len(paths)
    assert states["between"] == [True] * len(paths) and gc.isenabled()
    assert "GL000" in found and "GL001" in found


#: Words GL002 may take for candidates, and words it never does, in every
#: place the quick look for a candidate reads: capitals and digits inside a
#: word, after a hyphen, alone, at a word's start before a capital or a
#: digit; accented letters; single letters; contractions in capitals.
CANDIDATE_TEXTS = (
    "the plain words of a plain sentence, in small letters only",
    "The Sentence Begins With Capitals and Then Goes On",
    "a QZF file, the QZFs, an x-Ray, a lo-FI take, mid-QZA and QZA-based tools",
    "I think 3D audio and the 3d model, v2 and MP3s, 24-bit and 4K",
    "naïve café crème, a Ça va, an Éclair and ÉCOLE",
    "DON'T do it, 'Tis so, x-y-z and a-B and the aB of it",
    "KilnHouse and kilnHouse, the QZ_MOD flag and $QZH and QZP() calls",
    "a \"QZQ\" value, the `QZC` code, [QZL](url) and the QZD/QZE pair",
)


def _candidates(texts: tuple[str, ...], known: frozenset[str]) -> list[list[tuple]]:
    from glossary_lint.rules.acronyms import candidates

    return [[(c.start, c.end, c.word, c.kind) for c in candidates(text, known)] for text in texts]


def test_segments_without_a_possible_candidate_are_turned_away_by_one_search(monkeypatch):
    """The quick look for a letter every candidate holds gives the candidates
    the full scan of every text gives."""
    import re

    from glossary_lint.rules import acronyms

    known = frozenset({"QZA"})
    quick = _candidates(CANDIDATE_TEXTS, known)
    assert not quick[0] and not quick[1]  # nothing to take: turned away
    assert any(quick[2:])
    monkeypatch.setattr(acronyms, "_MAY_HOLD_CANDIDATE", re.compile(""))
    assert _candidates(CANDIDATE_TEXTS, known) == quick


@needs_corpus()
def test_candidate_shortcut_on_the_real_handbook(monkeypatch):
    import re

    from glossary_lint.rules import acronyms
    from glossary_lint.sources.markdown import parse_markdown

    texts = tuple(
        seg.text
        for p in sorted(CORPUS.rglob("*.md"))
        for seg in parse_markdown(str(p), p.read_text(encoding="utf-8")).segments
    )
    quick = _candidates(texts, frozenset())
    monkeypatch.setattr(acronyms, "_MAY_HOLD_CANDIDATE", re.compile(""))
    assert _candidates(texts, frozenset()) == quick


def test_page_capitals_reads_the_capitalised_mentions_it_is_given():
    """Given the mentions :func:`capitalised_lower_term` picks, the page's
    capitals are those it finds by picking them itself; a page with no
    capitalised mention keeps none."""
    from glossary_lint.rules.house_style import capitalised_lower_term, page_capitals
    from glossary_lint.sources.markdown import parse_markdown

    linter = Linter(load_glossary(GLOSSARY), Config(root=Path("."), glossary=GLOSSARY))
    page = "".join(f"We tune the Codebook here, {n} times; a codebook is small.\n\n" for n in range(4))
    kept = []
    for text in (page, PAGES["one.md"], PAGES["two.md"], "a codebook and a codebook\n"):
        mentions = linter.mentions(parse_markdown("page.md", text))
        capitalised = [m for m in mentions if capitalised_lower_term(m)]
        assert page_capitals(mentions, capitalised) == page_capitals(mentions)
        kept.append(page_capitals(mentions))
    assert kept[0] == {("codebook", "Codebook", False)} and kept[-1] == frozenset()
