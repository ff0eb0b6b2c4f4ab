"""Each rule, and each false alarm the known traps describe, on Markdown and reST."""

from __future__ import annotations

import pytest


def gl(findings, code="GL001"):
    return [(f.found, f.suggestion) for f in findings if f.code == code]


# -- GL001: what is a misspelling ---------------------------------------------


@pytest.mark.parametrize(
    "text,found,suggestion",
    [
        ("We decode with Encodec tokens.", "Encodec", "EnCodec"),
        ("A vocoder such as hifi-gan.", "hifi-gan", "HiFi-GAN"),
        ("Train a Lora adapter.", "Lora", "LoRA"),
        ("Take the fft of each frame.", "fft", "FFT"),
        ("Compute a mel-spectrogram first.", "mel-spectrogram", "mel spectrogram"),
        ("Compute a melspectrogram first.", "melspectrogram", "mel spectrogram"),
        ("After fine tuning the model.", "fine tuning", "fine-tuning"),
        ("We finetune the model.", "finetune", "fine-tune"),
        ("Plot the spectogram.", "spectogram", "spectrogram"),
        ("Sampled above the nyquist frequency.", "nyquist frequency", "Nyquist frequency"),
        ("Two Encodecs were compared.", "Encodec", "EnCodec"),
        ("The Encodec's decoder.", "Encodec", "EnCodec"),
        ("Both Unets share weights.", "Unet", "U-Net"),
        ("A CQT or Mel spectrogram input.", "Mel spectrogram", "mel spectrogram"),
        ("A code-book of vectors.", "code-book", "codebook"),  # split inside a word, by a hyphen
        ("Audio in-painting fills gaps.", "in-painting", "inpainting"),
        ("We used Hi-Fi-GAN here.", "Hi-Fi-GAN", "HiFi-GAN"),
    ],
)
def test_misspellings_are_reported(lint, text, found, suggestion):
    assert gl(lint(text + "\n")) == [(found, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "EnCodec, SoundStream, HiFi-GAN and LoRA are spelled right.",
        "The U-Nets and VAEs and EnCodec's decoder.",  # plurals and possessives
        "A mel spectrogram is an image. Mel spectrograms are images.",
        "Fine-tuning is cheap. We fine-tune and have fine-tuned.",
        "It is a mel-spectrogram-based system.",  # a compound modifier is good English
        "The film score and a hand clap.",  # homonyms of FiLM and CLAP
        "Uses FiLM and CLAP conditioning.",
        "The transformed signal is quantized.",  # one letter from a term, but a word
        "The Nyquist frequency and the sample rate.",
        "Gaps in painting are filled by a code book.",  # split by a space: English words
    ],
)
def test_right_spellings_are_not_reported(lint, text):
    assert gl(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        "## Mel Spectrogram Inversion",  # 1. Title Case headings
        "## DiT: Diffusion Transformer (Alternative to U-Net)",
        "| Sample Rate | Use Case |\n|---|---|\n| 44.1 kHz | music |",  # table header row
        "**Latent Diffusion**: runs in a latent space.",  # bold pseudo-heading
        "See [Mel Spectrograms](../mathematics/mel-spectrograms.md).",  # 2. link text
        "Flash Attention and the Music Transformer and Hybrid Transformer Demucs.",  # 3. names
        "- Spectrogram inputs are common.",  # 4. first word of a list item
        "| Input | Notes |\n|---|---|\n| x | Spectrogram first |",  # first word of a cell
        "**Input**: Spectrogram frames.",  # after a bold label
        "mel → Spectrogram and back.",  # after an arrow
        "We did (see above). Spectrograms followed.",  # after bracket and full stop
        "Residual Vector Quantization (RVQ) stacks codebooks.",  # 5. expansion before acronym
        "| Mel spectrogram | 80 bins |\n|---|---|\n| KL Divergence | 1.2 |",  # row labels
        "Diffusion + Vocoder pipelines.",
    ],
)
def test_known_traps_are_not_reported(lint, text):
    assert gl(lint(text + "\n")) == []


def test_overlapping_terms_give_one_finding_for_the_longest(lint):
    findings = lint("We use residual vector-quantization here.\n")
    assert gl(findings) == [("residual vector-quantization", "residual vector quantization")]


def test_ambiguous_senses_are_not_reported_as_one_sense(lint):
    # Both senses agree on the spelling, so a case slip is still a slip ...
    findings = [f for f in lint("The Quantization of weights.\n") if f.code == "GL001"]
    assert [(f.found, f.suggestion, f.term) for f in findings] == [
        ("Quantization", "quantization", "Quantization")
    ]
    assert "(Model)" not in findings[0].message and "(Audio)" not in findings[0].message
    # ... and the right spelling is a mention of neither sense in particular.
    assert gl(lint("The quantization of weights.\n")) == []


def test_case_slip_in_a_heading_that_is_not_title_case(lint):
    assert gl(lint("## Using Encodec\n")) == [("Encodec", "EnCodec")]
    assert gl(lint("## Mel-Spectrogram Inversion\n")) == [("Mel-Spectrogram", "Mel Spectrogram")]


def test_gl001_on_rest(lint):
    text = "Title With Mel Spectrogram\n==========================\n\nWe use Encodec and a Mel spectrogram.\n"
    assert gl(lint(text, "doc.rst")) == [("Encodec", "EnCodec"), ("Mel spectrogram", "mel spectrogram")]


def test_gl001_finding_carries_the_replacement(lint):
    [f] = [f for f in lint("Two Encodecs.\n") if f.code == "GL001"]
    assert (f.found, f.replacement, f.term, f.fixable) == ("Encodec", "EnCodec", "EnCodec", True)
    assert "EnCodec" in f.message


def test_likely_typos_are_reported_but_not_fixed(lint):
    [f] = [f for f in lint("A Transfromer encoder.\n") if f.code == "GL001"]
    assert (f.found, f.suggestion, f.fixable) == ("Transfromer", "transformer", False)
    assert "typo" in f.message


# -- GL002 undefined term ------------------------------------------------------


def test_undefined_terms_once_per_document_with_count(lint):
    text = "We compare MusicGen and MusicGen and BigVGAN.\n\nMusicGen again; MFCCs too.\n"
    findings = [f for f in lint(text) if f.code == "GL002"]
    assert [(f.found, f.line, f.column) for f in findings] == [
        ("MusicGen", 1, 12),
        ("BigVGAN", 1, 38),
        ("MFCC", 3, 17),
    ]
    assert "(3 uses)" in findings[0].message and "(1 use)" in findings[1].message
    assert all(f.term is None and f.suggestion is None and not f.fixable for f in findings)


def test_expansion_in_the_document_defines_an_acronym(lint):
    text = "Later we use the CQT.\n\nThe Constant-Q Transform (CQT) spaces bins.\n\nAlso MFCC (mel-frequency cepstral coefficients).\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_units_numerals_and_ubiquitous_acronyms_are_not_findings(lint):
    text = "At 44.1 kHz and -14 dB in 20 ms on a GPU via the API; see Part IV and bVII chords.\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_english_in_capitals_is_not_an_acronym(lint):
    text = (
        "## DO\n\nKeep stems.\n\n## DON'T\n\nYou CAN'T skip the WAV header, and DO NOT clip. A VAE's MFCC.\n"
    )
    assert [f.found for f in lint(text) if f.code == "GL002"] == ["WAV", "MFCC"]


def test_glossary_terms_and_their_parts_are_defined(lint):
    text = "The KL term, the VQ-VAE, HiFi-GAN, RVQ, CFG and VAEs.\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_known_words_from_config(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, known_words=frozenset({"MusicGen"})))
    found = [f.found for f in linter.lint_text("a.md", "MusicGen and BigVGAN.\n") if f.code == "GL002"]
    assert found == ["BigVGAN"]


def test_gl002_on_rest(lint):
    text = "We use ``MFCC`` in code, and MusicGen in prose.\n"
    assert [f.found for f in lint(text, "doc.rst") if f.code == "GL002"] == ["MusicGen"]


# -- GL003 unknown term reference -------------------------------------------------


def test_unknown_term_roles_and_anchors(lint):
    text = (
        "See {term}`Mel Spectrogram`, {term}`mel spectrum <Mel Spectrum>`, "
        "[x](../glossary.md#encodec), [y](glossary.md#aac-advanced-audio-coding) "
        "and [z](../glossary#nope).\n"
    )
    findings = [f for f in lint(text) if f.code == "GL003"]
    assert [f.found for f in findings] == ["Mel Spectrum", "nope"]
    assert findings[0].suggestion == "mel spectrogram"
    assert text[findings[0].start : findings[0].end] == "{term}`mel spectrum <Mel Spectrum>`"


def test_unknown_term_role_in_rest(lint):
    text = "See :term:`LoRA`, :term:`Attention` and :term:`Low Rank Adapter`.\n"
    findings = [f for f in lint(text, "doc.rst") if f.code == "GL003"]
    assert [(f.found, f.column) for f in findings] == [("Low Rank Adapter", 41)]


# -- GL004 abbreviation first use (off by default) ------------------------------


def test_gl004_is_off_by_default(lint):
    assert [f for f in lint("Raise the CFG scale.\n") if f.code == "GL004"] == []


def test_gl004_when_selected(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, select=("GL004",)))
    bad = linter.lint_text("a.md", "Raise the CFG scale.\n\nClassifier-Free Guidance (CFG) helps.\n")
    assert [(f.code, f.found, f.line) for f in bad] == [("GL004", "CFG", 1)]
    good = linter.lint_text("a.md", "Classifier-Free Guidance (CFG) helps.\n\nRaise the CFG scale.\n")
    assert good == []
    linked = linter.lint_text("a.md", "Raise the [CFG](glossary.md#cfg) scale.\n")
    assert linked == []
    rst = linter.lint_text("a.rst", "The FFT (Fast Fourier Transform) is fast. FFT again.\n")
    assert rst == []
    rst_bad = linter.lint_text("a.rst", "Take the FFT.\n\nThe Fast Fourier Transform (FFT) is fast.\n")
    assert [(f.code, f.found, f.line, f.column) for f in rst_bad] == [("GL004", "FFT", 1, 10)]


def test_expansions_must_spell_out_their_acronym():
    from glossary_lint.vocabulary import expansions

    text = (
        "Scale-Invariant SDR (SI-SDR), WAV (Waveform Audio File Format), MP3 (MPEG-1 Audio Layer III), "
        "V2A (video-to-audio). Asides are not expansions: LLM (prompt injection risk), "
        "CLIP (for images + text), MusicGen (melody-conditioned generation), FP16 (or BF16)."
    )
    assert dict(expansions(text)) == {
        "SI-SDR": "Scale-Invariant SDR",
        "WAV": "Waveform Audio File Format",
        "MP3": "MPEG-1 Audio Layer III",
        "V2A": "video-to-audio",
    }


# -- the registry's own examples ------------------------------------------------


@pytest.mark.parametrize("code", ["GL001", "GL002", "GL003", "GL004"])
def test_each_rules_documented_examples_are_true(glossary, tmp_path, code):
    """`explain` and docs/rules.md show a bad and a good example per rule: the bad one
    gives that rule's finding, the good one none, in Markdown and in reST."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.rules import RULES

    rule = RULES[code]
    linter = Linter(glossary, Config(root=tmp_path, select=(code,)))
    for name, bad, good in (
        ("a.md", rule.bad, rule.good),
        ("a.rst", rule.bad.replace("{term}", ":term:"), rule.good.replace("{term}", ":term:")),
    ):
        assert code in [f.code for f in linter.lint_text(name, bad + "\n")], (name, bad)
        assert [f for f in linter.lint_text(name, good + "\n") if f.code == code] == [], (name, good)
