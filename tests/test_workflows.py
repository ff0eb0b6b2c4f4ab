"""Glossary workflows: suggest, import, export (and --check), stats."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import CORPUS, GLOSSARY
from glossary_lint.workflows.conversion import convert
from glossary_lint.workflows.export import export, glossary_data
from glossary_lint.glossary.model import CasePolicy, Markup
from glossary_lint.glossary.loader import load_glossary, parse_glossary
from glossary_lint.workflows.importers import import_markdown, import_rest, to_yaml

SMALL = """version: 1
title: A Tiny Glossary
intro: Words for the tests.
terms:
  - id: aac
    term: AAC
    expansion: Advanced Audio Coding
    case: exact
    definition: A lossy codec.
  - id: attention
    term: Attention
    also: Self-Attention
    aliases: [self-attention]
    definition: Weighting other positions.
    see:
      - {title: Attention Mathematics, doc: mathematics/attention-math}
  - id: classifier-free-guidance
    term: Classifier-Free Guidance
    abbreviation: CFG
    definition: 'Mixing predictions: $(1+w)\\epsilon_c$.'
  - id: quantization-audio
    term: Quantization
    sense: Audio
    variants: [quantisation]
    definition: Discrete levels.
  - id: quantization-model
    term: Quantization
    sense: Model
    variants: [quantisation]
    definition: Fewer bits.
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(SMALL)
    return load_glossary(path)


def test_markdown_export_is_the_handbook_style_page(small):
    assert (
        export(small, "markdown")
        == """---
sidebar_position: 99
title: Glossary
---

# A Tiny Glossary

Words for the tests.

---

### AAC (Advanced Audio Coding)
A lossy codec.

### Attention (Self-Attention)
Weighting other positions. See [Attention Mathematics](./mathematics/attention-math.md).

### Classifier-Free Guidance (CFG)
Mixing predictions: $(1+w)\\epsilon_c$.

### Quantization (Audio)
Discrete levels.

### Quantization (Model)
Fewer bits.
"""
    )


def test_rest_export_is_a_sphinx_glossary(small):
    text = export(small, "rst")
    assert ".. glossary::\n\n   AAC (Advanced Audio Coding)\n      A lossy codec.\n" in text
    assert ":math:`(1+w)\\epsilon_c`" in text
    assert ":doc:`Attention Mathematics </mathematics/attention-math>`" in text


@pytest.mark.parametrize("fmt,reader", [("markdown", import_markdown), ("rst", import_rest)])
def test_import_of_an_export_gives_the_glossary_back(fmt, reader):
    glossary = load_glossary(GLOSSARY)
    page = export(glossary, fmt, metadata=True)
    again = parse_glossary(to_yaml(reader(page)), "imported.yaml")
    assert glossary_data(again) == glossary_data(glossary)


@pytest.mark.parametrize("fmt,reader", [("markdown", import_markdown), ("rst", import_rest)])
def test_import_without_metadata_keeps_what_the_page_shows(small, fmt, reader):
    """Definitions come back in the page's markup; read as Markdown they are the
    originals.  An abbreviation needs no review of its case, a name the page
    never writes mid-sentence does."""
    imported = reader(export(small, fmt))
    text = to_yaml(imported)
    again = parse_glossary(text, "imported.yaml")
    as_markdown = lambda t: convert(t.definition, t.markup, Markup.MARKDOWN)  # noqa: E731
    shown = lambda g: [(t.id, t.heading, as_markdown(t), t.see) for t in g]  # noqa: E731
    assert shown(again) == shown(small)
    assert {t.markup for t in again} == {Markup.REST if fmt == "rst" else Markup.MARKDOWN}
    assert "# review: 'Self-Attention' is read as another name" in text
    assert again.by_id["aac"].case is CasePolicy.EXACT
    assert "# review: case 'sentence' guessed: the page never writes this name mid-sentence" in text


def test_importing_the_handbook_page_gives_the_76_terms():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    imported = parse_glossary(to_yaml(import_markdown((CORPUS / "glossary.md").read_text())), "imported")
    ours = load_glossary(GLOSSARY)
    key = lambda g: {(t.term, t.sense, t.abbreviation, t.expansion, t.also) for t in g}  # noqa: E731
    assert len(imported) == 76 and key(imported) == key(ours)
    assert {t.id: (t.definition, t.see) for t in imported} == {t.id: (t.definition, t.see) for t in ours}


def test_export_check_in_sync_and_drifted(cli, tmp_path, small):
    (tmp_path / "glossary.yaml").write_text(SMALL)
    page = tmp_path / "glossary.md"
    page.write_text(export(small, "markdown"))
    proc = cli("export", "--glossary", "glossary.yaml", "--check", "glossary.md", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "") and "is in step" in proc.stderr
    page.write_text(page.read_text().replace("A lossy codec.", "A lossy codec, edited by hand."))
    proc = cli("export", "--glossary", "glossary.yaml", "--check", "glossary.md", cwd=tmp_path)
    assert proc.returncode == 1 and "has drifted" in proc.stderr
    assert "-A lossy codec, edited by hand.\n+A lossy codec.\n" in proc.stdout


def test_export_and_import_commands(cli, tmp_path):
    (tmp_path / "glossary.yaml").write_text(SMALL)
    proc = cli("export", "--glossary", "glossary.yaml", "--format", "json", cwd=tmp_path)
    assert json.loads(proc.stdout)["terms"][0]["id"] == "aac"
    cli("export", "--glossary", "glossary.yaml", "--format", "rst", "-o", "page.rst", cwd=tmp_path)
    proc = cli("import", "page.rst", cwd=tmp_path)
    assert (
        proc.returncode == 0
        and yaml.safe_load(proc.stdout)["terms"][0]["expansion"] == "Advanced Audio Coding"
    )
    (tmp_path / "empty.md").write_text("# Nothing here\n")
    proc = cli("import", "empty.md", cwd=tmp_path)
    assert proc.returncode == 2 and "no glossary entries found" in proc.stderr


@pytest.fixture
def chapters(tmp_path):
    (tmp_path / ".glossary-lint.yaml").write_text("glossary: glossary.yaml\n")
    (tmp_path / "glossary.yaml").write_text(SMALL)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.md").write_text(
        "The AAC codec and attention. The Constant-Q Transform (CQT) and the CQT.\n"
        "We tried Flash Attention and MusicGen with Flash Attention.\n"
    )
    (docs / "two.md").write_text("More attention, CFG and CQT. MusicGen again.\n\n```\nAAC in code\n```\n")
    (docs / "three.rst").write_text("Nothing but MusicGen and the quantization step, and the CQT.\n")
    return tmp_path


def test_stats_counts_terms_by_chapter(cli, chapters):
    report = json.loads(cli("stats", "docs", "--format", "json", cwd=chapters).stdout)
    by_id = {t["id"]: t for t in report["terms"]}
    # "Flash Attention" is a name that contains the term: it counts as a mention.
    assert (by_id["attention"]["uses"], by_id["attention"]["chapters"]) == (4, 2)
    assert by_id["aac"]["uses"] == 1  # the one in code does not count
    assert by_id["classifier-free-guidance"]["by_chapter"] == {"docs/two.md": 1}
    assert report["unused"] == []  # both senses of quantization count the ambiguous mention
    assert {"term": "MusicGen", "uses": 3, "chapters": 3} in report["undefined"]
    text = cli("stats", "docs", cwd=chapters).stdout
    assert text.startswith("5 of 5 glossary terms are used in 3 chapters.")


def test_stats_html_is_one_self_contained_page(cli, chapters):
    proc = cli("stats", "docs", "--format", "html", "-o", "usage.html", cwd=chapters)
    assert proc.returncode == 0
    page = (chapters / "usage.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "src=" not in page
    assert 'title="Attention (Self-Attention) in one.md: 3"' in page
    assert page.count("<tr") == 6  # header and five terms


def test_suggest_ranks_missing_terms_with_expansions_and_stubs(cli, chapters):
    report = json.loads(cli("suggest", "docs", "--format", "json", cwd=chapters).stdout)
    top = [(s["term"], s["chapters"], s["uses"], s["expansion"]) for s in report["suggestions"]]
    # CQT counts only where it is not expanded, as GL002 does: not in one.md.
    assert top == [
        ("MusicGen", 3, 3, None),
        ("CQT", 2, 2, "Constant-Q Transform"),
        ("Flash Attention", 1, 2, None),
    ]
    stubs = [s["stub"] for s in report["suggestions"]]
    parse_glossary(yaml.safe_dump({"terms": stubs}), "stubs.yaml")  # each stub is a valid entry
    text = cli("suggest", "docs", cwd=chapters).stdout
    assert "  2. CQT = Constant-Q Transform  (acronym or name; 2 chapters, 2 uses" in text
    assert "    expansion: Constant-Q Transform" in text


def test_suggest_on_the_real_handbook():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.workflows.suggest import suggest
    from glossary_lint.workflows.usage import collect

    linter = Linter(load_glossary(GLOSSARY), Config(root=CORPUS))
    top = [s.term for s in suggest(collect([CORPUS], linter))[:20]]
    # The glossary page is left out, so its own mentions count for nothing.
    assert top[:2] == ["MusicLM", "MusicGen"]
    assert {"FP16", "WaveNet", "AudioLM", "SNR", "T5"} <= set(top)


def test_whether_an_entry_is_auto_linked_is_derived_or_set():
    from glossary_lint.glossary.model import CasePolicy, Term

    def term(name, **kw):
        return Term(id=name, term=name, definition="Defined.", **kw)

    assert not term("type").links_automatically  # an everyday word
    assert not term("Environment").links_automatically  # its running-text form is "environment"
    assert term("vocoder").links_automatically
    assert term("sample rate").links_automatically  # a phrase is the term wherever it stands
    assert term("FiLM", case=CasePolicy.EXACT).links_automatically
    assert term("type", autolink=True).links_automatically
    assert not term("vocoder", autolink=False).links_automatically
    loaded = parse_glossary(
        "terms:\n  - id: list\n    term: list\n    autolink: true\n    definition: A list.\n"
    )
    assert loaded.terms[0].autolink is True and glossary_data(loaded)["terms"][0]["autolink"] is True


def test_an_adjective_the_entry_makes_a_type_of_a_thing_is_not_auto_linked():
    """'mountable' names a type of volume here; elsewhere it says what it says of
    any disk.  An adjective given its everyday sense, or a noun made a type of
    something, is the term wherever it stands."""
    from glossary_lint.glossary.model import Term

    def term(name, definition):
        return Term(id=name, term=name, definition=definition)

    assert not term("mountable", "A type of volume that every node may attach at boot.").links_automatically
    assert not term("stateless", "One kind of worker that keeps nothing between calls.").links_automatically
    assert term("mountable", "A volume is mountable when a node can attach it.").links_automatically
    assert term("vocoder", "A type of model that turns features into sound.").links_automatically
    # Markup around the opening words changes nothing.
    assert not term("mountable", "A *type of* volume that every node may attach.").links_automatically


def test_import_and_glossary_check_show_an_adjective_named_type_is_not_linked(cli, tmp_path):
    imported = import_rest(
        "Glossary\n========\n\n.. glossary::\n\n   mountable\n"
        "      A type of volume that every node may attach at boot.\n"
    )
    text = to_yaml(imported)
    assert yaml.safe_load(text)["terms"][0]["autolink"] is False
    assert "'mountable' is an English adjective the entry makes the name of one type of a thing" in text
    path = tmp_path / "g.yaml"
    path.write_text(
        "terms:\n  - id: mountable\n    term: mountable\n"
        "    definition: A type of volume that every node may attach at boot.\n"
    )
    proc = cli("glossary", "check", str(path))
    assert "'autolink: false'): mountable" in proc.stderr


def test_import_shows_which_entries_are_not_auto_linked():
    imported = import_markdown("# Glossary\n\n### Domain\n\nA group of roles.\n\n### Vocoder\n\nA model.\n")
    text = to_yaml(imported)
    data = yaml.safe_load(text)["terms"]
    assert [t.get("autolink") for t in data] == [False, None]
    assert "# review: not linked automatically: 'domain' is an everyday English word" in text


def test_which_names_of_an_entry_link_is_derived_per_name():
    from glossary_lint.glossary.model import CasePolicy, Term
    from glossary_lint.glossary.link_sense import linked_names

    def term(name, *aliases, **kw):
        return Term(id=name, term=name, definition="Defined.", aliases=aliases, **kw)

    assert linked_names(term("relational", "relational algebra")) == {"relational algebra"}
    assert linked_names(term("subquery", "scalar subquery")) == {"subquery", "scalar subquery"}
    assert linked_names(term("transformer", "transformer model")) == {"transformer", "transformer model"}
    assert linked_names(term("Q", case=CasePolicy.EXACT)) == set()
    assert not term("Q", case=CasePolicy.EXACT).links_automatically
    assert linked_names(term("Q", case=CasePolicy.EXACT, autolink=True)) == {"Q"}
    # An everyday word keeps its forms unlinked too: "flushed" is as ordinary as "flush".
    assert linked_names(term("flush", "flushed")) == set()


def test_import_says_which_names_do_not_link():
    imported = import_rest(
        "Glossary\n========\n\n.. glossary::\n\n   relational\n   relational algebra\n"
        "      Operations on relations.\n\n   Q\n      The query object.\n"
    )
    text = to_yaml(imported)
    data = {t["id"]: t for t in yaml.safe_load(text)["terms"]}
    assert "autolink" not in data["relational"] and data["q"]["autolink"] is False
    assert (
        "# review: linked automatically only as 'relational algebra': 'relational' is an English word "
        "that stands for 'relational algebra' only here"
    ) in text
    assert "# review: not linked automatically: 'Q' is a single letter" in text


def test_glossary_check_lists_the_entries_not_auto_linked(cli, tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "terms:\n  - id: domain\n    term: domain\n    definition: A group.\n"
        "  - id: vocoder\n    term: vocoder\n    definition: A model.\n"
        "  - id: relational\n    term: relational\n    aliases: [relational algebra]\n"
        "    definition: Operations on relations.\n"
    )
    proc = cli("glossary", "check", str(path))
    assert "linked automatically only by some names (1; " in proc.stderr
    assert "relational (as relational algebra)" in proc.stderr
    assert (
        "not linked automatically (1; everyday words, single letters, one sense of a word (sense), "
        "or 'autolink: false'): domain"
        in proc.stderr
    )


def test_suggest_counts_in_words_and_escapes_what_it_prints(cli, tmp_path):
    """One chapter is '1 chapter', not '1 chapters'; a file name is data, so a
    control character in it is printed escaped."""
    (tmp_path / "one\x1b[31m.md").write_text("The QZX filter feeds the QZX stage.\n", encoding="utf-8")
    proc = cli("suggest", str(tmp_path), "--glossary", str(GLOSSARY))
    assert proc.returncode == 0, proc.stderr
    assert "QZX  (acronym or name; 1 chapter, 2 uses; e.g." in proc.stdout
    assert "1 chapters" not in proc.stdout
    assert "\x1b" not in proc.stdout
