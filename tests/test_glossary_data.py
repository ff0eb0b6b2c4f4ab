"""data/glossary.yaml is the handbook's glossary, complete and clean."""

from __future__ import annotations

import json
import re

import pytest

from conftest import GLOSSARY, ROOT, SEED

MANGLED = ("β", "Γ", "©", "\ufffd", "â€")


def seed_headings() -> list[str]:
    """The seed's 76 headings, parsed from the seed when ../shared is here."""
    if SEED.is_file():
        lines = SEED.read_text(encoding="utf-8").splitlines()
        heads = [line[:-1] for line in lines if line.endswith("β")]
        return [h.replace("FrΓ©chet", "Fréchet") for h in heads]
    text = (ROOT / "tests" / "data" / "seed-headings.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_every_seed_heading_is_an_entry(glossary):
    heads = seed_headings()
    assert len(heads) == 76
    assert sorted(t.heading for t in glossary) == sorted(heads)
    assert len(glossary) == 76


def test_the_copied_heading_list_matches_the_seed():
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not beside the project")
    copy = (ROOT / "tests" / "data" / "seed-headings.txt").read_text(encoding="utf-8")
    assert [h for h in copy.splitlines() if h and not h.startswith("#")] == seed_headings()


def test_no_mangled_character_survives():
    text = GLOSSARY.read_text(encoding="utf-8")
    for bad in MANGLED:
        assert bad not in text
    assert "Fréchet Audio Distance" in text
    assert "2–5 kHz" in text and "1.5–24 kbps" in text
    assert "generator and discriminator — trained" in text


def test_definitions_match_the_seed_words(glossary):
    """Definitions are the user's own text: every seed definition, cleaned of the
    mangling and with its 'See ...' sentence moved into links, is in the YAML."""
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not beside the project")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    by_heading = {t.heading: t for t in glossary}
    for head, body in zip(lines, lines[1:]):
        if not head.endswith("β"):
            continue
        term = by_heading[head[:-1].replace("FrΓ©chet", "Fréchet")]
        clean = body.replace("β", "–").replace("FrΓ©chet", "Fréchet")
        clean = re.sub(r"\s*See [^.]+\.$", "", clean)
        plain = re.sub(r"\s*\$[^$]*\$", "", term.definition)  # the formulas the seed lost
        words = lambda s: re.findall(r"[A-Za-z]+", s)  # noqa: E731
        assert words(plain) == words(clean), term.id


FORMULAS = {
    "autoregressive-model": r"\prod_t p(x_t | x_{<t})",
    "classifier-free-guidance": r"(1+w)\epsilon_{\text{cond}}",
    "elbo": r"\text{Reconstruction} - \text{KL Divergence}",
    "film": r"\gamma(c) \odot h + \beta(c)",
    "mel-scale": r"2595 \log_{10}(1 + f/700)",
    "nyquist-frequency": r"f_s/2",
    "reparameterization-trick": r"\epsilon \sim \mathcal{N}(0, I)",
    "softmax": r"e^{z_i} / \sum_j e^{z_j}",
}


@pytest.mark.parametrize("term_id", sorted(FORMULAS))
def test_lost_formulas_are_restored_as_math(glossary, term_id):
    definition = glossary.by_id[term_id].definition
    assert FORMULAS[term_id] in definition
    assert definition.count("$") % 2 == 0 and "$" in definition


def test_headings_are_modelled_by_meaning(glossary):
    g = glossary.by_id
    assert (g["aac"].term, g["aac"].expansion) == ("AAC", "Advanced Audio Coding")
    assert (g["classifier-free-guidance"].term, g["classifier-free-guidance"].abbreviation) == (
        "Classifier-Free Guidance",
        "CFG",
    )
    assert g["attention"].also == "Self-Attention" and "self-attention" in g["attention"].aliases
    assert g["distillation"].also == "Knowledge Distillation"
    assert g["kl-divergence"].also == "Kullback-Leibler Divergence"
    assert g["adsr"].expansion == "Attack, Decay, Sustain, Release"
    assert g["quantization-model"].sense == "Model" and g["quantization-audio"].sense == "Audio"
    assert g["quantization-model"].spelling == g["quantization-audio"].spelling == "quantization"


def test_case_policies(glossary):
    g = glossary.by_id
    for exact in ("encodec", "soundstream", "hifi-gan", "lora", "fft"):
        assert g[exact].case.value == "exact", exact
    assert g["mel-spectrogram"].case.value == "sentence"
    assert g["mel-spectrogram"].spelling == "mel spectrogram"
    assert g["nyquist-frequency"].spelling == "Nyquist frequency"
    assert {"Encodec"} <= set(g["encodec"].variants)
    assert {"finetune"} <= set(g["fine-tuning"].variants)
    assert {"melspectrogram"} <= set(g["mel-spectrogram"].variants)
    assert g["film"].homonym


def test_see_links_are_chapter_paths(glossary):
    link = glossary.by_id["attention"].see[0]
    assert (link.title, link.doc) == ("Attention Mathematics", "mathematics/attention-math")
    assert not any("See " in t.definition for t in glossary)


def test_shipped_json_schema_is_generated_from_the_loader():
    from glossary_lint.glossary.loader import json_schema

    shipped = json.loads((ROOT / "src/glossary_lint/data/glossary.schema.json").read_text())
    assert shipped == json_schema()


def test_glossary_validates_against_its_json_schema():
    import jsonschema
    import yaml

    from glossary_lint.glossary.loader import json_schema

    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json_schema()).validate(data)
    first_line = GLOSSARY.read_text(encoding="utf-8").splitlines()[0]
    schema_path = first_line.split("$schema=", 1)[1]
    assert (GLOSSARY.parent / schema_path).resolve() == (ROOT / "src/glossary_lint/data/glossary.schema.json")


def test_schema_rejects_what_the_loader_rejects():
    import jsonschema

    from glossary_lint.glossary.loader import GlossaryError, json_schema, parse_glossary

    bad = [
        {"terms": [{"id": "x", "term": "X"}]},  # no definition
        {"terms": [{"id": "x", "term": "X", "definition": "d", "colour": "red"}]},  # unknown key
        {"terms": [{"id": "X Y", "term": "X", "definition": "d"}]},  # bad id
        {"terms": [{"id": "x", "term": "X", "definition": "d", "case": "upper"}]},
        {"terms": [{"id": "x", "term": "X", "definition": "d", "aliases": "y"}]},
    ]
    validator = jsonschema.Draft202012Validator(json_schema())
    import yaml

    for data in bad:
        assert list(validator.iter_errors(data)), data
        with pytest.raises(GlossaryError):
            parse_glossary(yaml.safe_dump(data))


def test_glossary_check_on_the_project_glossary_exits_0(cli):
    proc = cli("glossary", "check", "data/glossary.yaml")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "76 terms, 0 errors" in proc.stderr
    # The seed's definitions lean on words the glossary lacks: each is a warning.
    for word in ("MusicGen", "AudioLM", "FP16"):
        assert f"uses '{word}'" in proc.stdout


def test_glossary_check_with_the_real_docs_root_finds_every_chapter(cli):
    from conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    proc = cli("glossary", "check", "data/glossary.yaml", "--docs-root", str(CORPUS))
    assert proc.returncode == 0
    assert "links to chapter" not in proc.stdout
