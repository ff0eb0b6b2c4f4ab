"""Glossary workflows: suggest, import, export (and --check), stats."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import CORPUS, GLOSSARY
from glossary_lint.exporter import export, glossary_data
from glossary_lint.glossary_loader import load_glossary, parse_glossary
from glossary_lint.importer import import_markdown, import_rest, to_yaml

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
    imported = reader(export(small, fmt))
    text = to_yaml(imported)
    again = parse_glossary(text, "imported.yaml")
    shown = lambda g: [(t.id, t.heading, t.definition, t.see) for t in g]  # noqa: E731
    assert shown(again) == shown(small)
    assert "# review: 'Self-Attention' is read as another name" in text
    assert "# review: case 'exact' guessed from the spelling" in text


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
    (docs / "three.rst").write_text("Nothing but MusicGen and the quantization step.\n")
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
    assert top == [
        ("MusicGen", 3, 3, None),
        ("CQT", 2, 3, "Constant-Q Transform"),
        ("Flash Attention", 1, 2, None),
    ]
    stubs = [s["stub"] for s in report["suggestions"]]
    parse_glossary(yaml.safe_dump({"terms": stubs}), "stubs.yaml")  # each stub is a valid entry
    text = cli("suggest", "docs", cwd=chapters).stdout
    assert "  2. CQT = Constant-Q Transform  (acronym or name; 2 chapters, 3 uses" in text
    assert "    expansion: Constant-Q Transform" in text


def test_suggest_on_the_real_handbook():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.suggestions import suggest
    from glossary_lint.usage import collect

    linter = Linter(load_glossary(GLOSSARY), Config(root=CORPUS))
    top = [s.term for s in suggest(collect([CORPUS], linter))[:20]]
    assert top[:3] == ["MusicGen", "MusicLM", "EQ"]
    assert {"CQT", "MP3", "WaveNet", "BigVGAN", "AudioLM"} <= set(top)
