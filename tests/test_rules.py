"""Each rule, and each false alarm the known traps describe, on Markdown and reST."""

from __future__ import annotations

import pytest

from conftest import GLOSSARY


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
        # A closed compound split by a space, where the document also writes it whole:
        ("Each codebook row is a vector.\n\nLook the vector up in the code book.", "code book", "codebook"),
        ("A waveform is sampled.\n\nDraw the wave form.", "wave form", "waveform"),
        ("A vocodor turns frames into audio.", "vocodor", "vocoder"),  # a typo of a seven-letter term
        (
            "An auto-regressive decoder.",
            "auto-regressive",
            "autoregressive",
        ),  # the distinctive word of a term
        ("Rotary embeddings (ROPE) rotate keys.", "ROPE", "RoPE"),  # capitals of a mixed-case term
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
        "Gaps in painting are filled.",  # split by a space after a small word: English
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


def small_linter(tmp_path, entries):
    """A linter over a glossary of the given (id, term, extra YAML) entries."""
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter
    from glossary_lint.glossary.loader import parse_glossary

    lines = ["terms:"]
    for term_id, term, extra in entries:
        lines += [f"  - id: {term_id}", f"    term: '{term}'", "    definition: A thing we define here."]
        lines += [f"    {line}" for line in extra]
    return Linter(parse_glossary("\n".join(lines) + "\n"), Config(root=tmp_path))


@pytest.mark.parametrize(
    "entry,text",
    [
        # The non-letters of a term are part of it: "main" is not "__main__".
        (("dunder-main", "__main__", ["case: exact"]), "The main loop runs first."),
        # An affix entry is its hyphen too: the bare word is English, wherever it stands.
        (
            ("suffix-like", "-like", []),
            "Like rain, tools like these spread; the suffix -like, a cloud-like shape.",
        ),
        (("prefix-re", "re-", []), "Read the Re: line, then re-read it and re do the sum."),
        # A term that is an everyday word is that word where it is written otherwise.
        (("returning", "RETURNING", ["case: exact"]), "Returning rows is cheap, and we are returning early."),
        (("session", "session", []), "Session objects are cheap, so close the session."),
        # A name containing a term, also across a line break.
        (("attention", "attention", []), "We tried the Ring\nAttention kernel."),
        # Compound modifiers in Title Case headings.
        (("garbage-collection", "garbage collection", []), "## Garbage-Collection Protocol\n\nText."),
        # The quoted title of a cited document.
        (("garbage-collection", "garbage collection", []), 'Read "Tuning Garbage Collection Safely" first.'),
        # A term with a small word in it is hyphenated by rule.
        (("many-to-many", "many to many", []), "A many-to-many link, then a one to one. It is many-to-many."),
        # A lower-case term written in capitals is a keyword or emphasis.
        (("cascade", "cascade", []), "Use ON DELETE CASCADE on the child table."),
        # Two ordinary words are English where the document never writes the term whole.
        (("webview", "webview", []), "A browser shows a web view of the page."),
    ],
)
def test_gl001_false_kinds(tmp_path, entry, text):
    linter = small_linter(tmp_path, [entry])
    assert gl(linter.lint_text("a.md", text + "\n")) == []


def test_a_split_compound_is_a_spacing_slip(lint):
    [f] = [f for f in lint("A codebook.\n\nOne code book.\n") if f.code == "GL001"]
    assert "(hyphenation or spacing)" in f.message


def test_gl001_still_reports_slips_of_such_terms(tmp_path):
    linter = small_linter(
        tmp_path,
        [
            ("dunder-main", "__main__", ["case: exact"]),
            ("rope", "RoPE", ["case: exact"]),
            ("garbage-collection", "garbage collection", []),
        ],
    )
    text = "Inverting the garbage-collection. Use ROPE for positions.\n"
    assert gl(linter.lint_text("a.md", text)) == [
        ("garbage-collection", "garbage collection"),
        ("ROPE", "RoPE"),
    ]


def test_case_slip_in_a_heading_that_is_not_title_case(lint):
    assert gl(lint("## Using Encodec\n")) == [("Encodec", "EnCodec")]
    assert gl(lint("## Inverting the Mel-Spectrogram\n")) == [("Mel-Spectrogram", "Mel Spectrogram")]
    # A compound modifier in a Title Case heading is good English.
    assert gl(lint("## Mel-Spectrogram Inversion\n")) == []


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


def gl2(findings, code="GL002"):
    return [f.found for f in findings if f.code == code]


def test_undefined_acronyms_once_per_document_with_count(lint):
    text = "We compare the DWT and the DWT and a PSD.\n\nThe DWT again; LPCs too.\n"
    findings = [f for f in lint(text) if f.code == "GL002"]
    assert [(f.found, f.line, f.column) for f in findings] == [("DWT", 1, 16), ("PSD", 1, 38), ("LPC", 3, 16)]
    assert "(3 uses)" in findings[0].message and "(1 use)" in findings[1].message
    assert all(f.term is None and f.suggestion is None and not f.fixable for f in findings)


def test_expansion_in_the_document_defines_an_acronym(lint):
    text = "Later we use the CQT.\n\nThe Constant-Q Transform (CQT) spaces bins.\n\nAlso MFCC (mel-frequency cepstral coefficients).\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_units_numerals_and_common_acronyms_are_not_findings(lint):
    text = "At 44.1 kHz and -14 dB in 20 ms on a GPU with VRAM via the API, IO bound; see Part IV and bVII chords.\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_common_acronym_list_names_its_source():
    from importlib import resources

    text = resources.files("glossary_lint").joinpath("data/common-acronyms.txt").read_text(encoding="utf-8")
    assert "Source:" in text and "wikipedia.org" in text


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("The Q7 encoder reads text.", []),  # a capital and a number: a designation
        ("The QZ7 encoder reads text.", ["QZ7"]),  # two capitals and a digit: an acronym
        ("Train in FP16 to save memory.", ["FP16"]),
        ("Train in BF16 or in DAC16 first.", ["BF16", "DAC16"]),  # hex digits, yet no hex number
        ("Invert it with the iSTFT.", ["iSTFT"]),  # mixed case
        ("Quality is scored by ViSQOL here.", ["ViSQOL"]),
        ("Remove the DC offset first.", ["DC"]),  # not a Roman numeral
        ("Chapter XIV and chord bVII are numerals.", []),
        ("Tune to A4 and drop to C#3, then play QZ4.", ["QZ4"]),  # notes are pitches
    ],
)
def test_acronym_shapes(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text",
    [
        "PLR = Pulse Loss Ratio, measured per clip. The PLR is low.",
        "**WPE**: Weighted Prediction Error removes reverb. Apply WPE.",
        "Frames are joined by Overlap-Save (OLS), and OLS is cheap.",
        "Use VAD (Voice Activity Detection) first; VAD is cheap.",
        "We use linear predictive coefficients (LPCs) and LPC orders.",
        "The Guided Source Filter (GSF, 2021) and later GSF variants.",
        "A GLA (i.e. Griffin-Lim algorithm) pass. GLA converges slowly.",
        # The bracket goes on after its long form with an aside.
        "Scale by MAD (median absolute deviation; robust to spikes). MAD is slow.",
        "The QZB (quiet zone buffer, kept small) pads the grid. QZB is fixed.",
        "## Perceptual Evaluation of Speech Quality (PESQ)\n\nPESQ scores speech.",
        # A possessive ending on the long form is the phrase's, not a word to spell with.
        "Read the Kettle Brewing Guild's (KeBG) rules before a KeBG contest.",
        "We follow the Python Packaging Authority's (PyPA) advice on wheels.",
    ],
)
def test_expansion_forms(lint, text):
    assert gl2(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        # The acronym after its long form in the same bracket, the noun both modify after each.
        "Words the kiln log lacks (out of range values; OOR values) are dropped. OOR values stay.",
        "The ratio (quartz to zinc ratio, or QZR) is kept low; QZR drifts.",
        # A long form in another language keeps its articles, prepositions and "and".
        "We thank the Fonds de Recherche du Québec – Société et Culture (FRQSC) for FRQSC funding.",
        "Funded by the Instituto del Barro y la Cerámica (IBC); IBC grants help.",
        "Made with the Verband für Keramik und Glas (VKG); VKG members test it.",
    ],
)
def test_expansion_forms_in_brackets_and_other_languages(lint, text):
    assert gl2(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        # Still spelled out, or not at all: the last word must give a letter.
        ("Words the log lacks (out of range values; QZR values) are dropped.", "QZR"),
        ("The mill (a quartz zinc mill, or QZB) is old.", "QZB"),
        # Another language's small words may give nothing, but every letter must still come.
        ("The Fonds du Kaolin et Gr\u00e8s (FKGT) fires it.", "FKGT"),
    ],
)
def test_a_bracket_or_foreign_long_form_must_still_spell_it_out(lint, text, acronym):
    assert gl2(lint(text + "\n")) == [acronym]


@pytest.mark.parametrize(
    "text",
    [
        "Glazes are fired on quick zone firing schedules (QZF); QZF saves gas.",
        "Cracks are found by generalised eigenvalue decomposition (GEV) methods; GEV is slow.",
    ],
)
def test_a_long_form_before_its_head_noun_expands_the_acronym(lint, text):
    """The acronym shortens the words that modify the noun before the
    bracket (``generalised eigenvalue decomposition (GEV)``)."""
    assert gl2(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        # One word before the head noun spells nothing out.
        ("Grind it in the quartz mill (QZ); QZ wears fast.", "QZ"),
        # A head noun in Title Case is part of a name: the name must spell it out.
        ("The Quick Zone Firing Kiln (QZFS) is old; QZFS fails.", "QZFS"),
    ],
)
def test_a_head_noun_gives_no_expansion_to_words_that_do_not_spell_it(lint, text, acronym):
    assert gl2(lint(text + "\n")) == [acronym]


def test_abbr_role_expands_in_rest(lint):
    text = "The :abbr:`PLR (pulse loss ratio)` is low; PLR matters.\n"
    assert gl2(lint(text, "doc.rst")) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        ("The Music Source Splitter Network (MSSM) is new. MSSM wins.", "MSSM"),  # wrong letters
        ("We saw QZM (prompt injection risk) issues.", "QZM"),  # an aside, not an expansion
        ("We saw QZM (risk of prompts; quite mild) issues.", "QZM"),  # no clause spells it
    ],
)
def test_an_expansion_must_spell_out_its_acronym(lint, text, acronym):
    assert gl2(lint(text + "\n")) == [acronym]


def test_expansions_must_spell_out_their_acronym():
    from glossary_lint.rules.acronyms import expansions, spells_out

    text = (
        "Scale-Invariant SDR (SI-SDR), V2A (video-to-audio). Asides are not expansions: "
        "LLM (prompt injection risk), CLIP (for images + text), MusicGen (melody-conditioned generation), "
        "FP16 (or BF16)."
    )
    assert dict(expansions(text)) == {"SI-SDR": "Scale-Invariant SDR", "V2A": "video-to-audio"}
    assert spells_out("CLIP", ["Contrastive", "Language-Image", "Pre-training"])
    assert not spells_out("MSSM", ["Music", "Source", "Separation", "Transformer"])


@pytest.mark.parametrize(
    "text",
    [
        "Open it in FL Studio or in Pro Tools.",  # an acronym starting a name
        "Loudness follows EBU R 128 in broadcast.",
        "The SoX-BRT tool is new.",  # a compound with a mixed-case part is a name: undefined-name
        "Set AF_INET and UPPER_CASE and maxBytes in the config.",  # code identifiers
        "Call AT&T, and TL;DR: it works.",  # symbols
        "Use ON DELETE CASCADE and a LEFT OUTER JOIN here.",  # a run of code keywords
        "A SELECT returns rows; NULL is no value; INSERTed rows.",  # English words in capitals
        "Write 'QZX' or \"QZV\" as the marker.",  # quoted literals
        "## ZQW HOWTO\n\nPlain text.",  # heading words
        "| QZX | a row label |\n|---|---|\n| QZY | a catalog row |",  # a catalog table row
        "- **QZX**: an introduced name, and [QZY](https://example.org) a linked one.",
        "The model ships as VocoNet V2 and Server 2012 R2.",  # versions after a name
        "Files in WAV and MP3, plug-ins as VST/AU/AAX.",  # formats every reader knows
        "A CPU-GPU copy of the UPDATEd rows.",  # a compound of known acronyms; a keyword as a verb
    ],
)
def test_not_acronyms_to_define(lint, text):
    assert gl2(lint(text + "\n")) == []


def test_a_section_named_after_it_introduces_an_acronym_or_name(glossary, tmp_path, lint):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    text = (
        "The DWT and WaveFlowX are covered below.\n\n## DWT\n\nIt splits bands.\n\n## WaveFlowX\n\nA model.\n"
    )
    assert gl2(lint(text)) == []
    linter = Linter(glossary, Config(root=tmp_path, select=("GL005",)))
    assert gl2(linter.lint_text("a.md", text), "GL005") == []


def test_a_heading_naming_an_acronym_inside_a_name_introduces_it(lint):
    # The heading writes the acronym after its maker's name, as products are headed.
    text = "## Postgres QZMQ\n\nQZMQ keeps each message in a table row.\n"
    assert gl2(lint(text)) == []
    rest = "Using Amazon QZS\n================\n\nQZS queues are polled by the worker.\n"
    assert gl2(lint(rest, "doc.rst")) == []
    # A heading without it introduces nothing.
    assert gl2(lint("## Postgres queues\n\nQZMQ keeps each message in a table row.\n")) == ["QZMQ"]


def test_words_written_in_code_are_not_reported(lint):
    text = "Set QZXDIR before building.\n\n```sh\nmake QZXDIR=out\n```\n"
    assert gl2(lint(text)) == []


def test_names_are_the_undefined_name_rule(glossary, tmp_path, lint):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    text = "We fine-tune BigVGAN in PyTorch on MUSDB18 with NumPy on CentOS, and NExT-GPT.\n"
    assert gl2(lint(text)) == ["MUSDB18"]  # a dataset in capitals looks like any acronym
    linter = Linter(glossary, Config(root=tmp_path, select=("GL005",)))
    assert gl2(linter.lint_text("a.md", text), "GL005") == [
        "BigVGAN",
        "PyTorch",
        "NumPy",
        "CentOS",
        "NExT-GPT",
    ]


def test_english_in_capitals_is_not_an_acronym(lint):
    text = (
        "## DO\n\nKeep stems.\n\n## DON'T\n\nYou CAN'T skip the PSD header, and DO NOT clip. A VAE's LPC.\n"
    )
    assert gl2(lint(text)) == ["PSD", "LPC"]


def test_glossary_terms_and_their_parts_are_defined(lint):
    text = "The KL term, the VQ-VAE, HiFi-GAN, RVQ, CFG and VAEs.\n"
    assert [f for f in lint(text) if f.code == "GL002"] == []


def test_known_words_from_config(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, known_words=frozenset({"DWT"})))
    found = [f.found for f in linter.lint_text("a.md", "DWT and PSD.\n") if f.code == "GL002"]
    assert found == ["PSD"]


def test_gl002_on_rest(lint):
    text = "We use ``MFCC`` in code, and the PSD in prose.\n"
    assert [f.found for f in lint(text, "doc.rst") if f.code == "GL002"] == ["PSD"]


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


def test_a_term_of_another_projects_glossary_through_intersphinx_is_left_to_the_build(lint):
    text = "Read :term:`stdlib:iterator` first, then :term:`Low Rank Adapter`.\n"
    assert [f.found for f in lint(text, "doc.rst") if f.code == "GL003"] == ["Low Rank Adapter"]
    # A colon followed by a space is no prefix: the name is looked up whole.
    text = "Read :term:`Note: Low Rank` now.\n"
    assert [f.found for f in lint(text, "doc.rst") if f.code == "GL003"] == ["Note: Low Rank"]


INTERSPHINX_CONFS = [
    'extensions = ["sphinx.ext.autodoc", "sphinx.ext.intersphinx"]\n',
    "extensions = []\nextensions.append('sphinx.ext.intersphinx')\n",
    'intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}\n',
    'intersphinx_mapping: dict = dict(python=("https://docs.python.org/3", None))\n',
]


@pytest.mark.parametrize("conf", INTERSPHINX_CONFS)
def test_with_intersphinx_an_unknown_term_is_left_to_the_build_unless_a_slip(conf, glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    (tmp_path / "docs" / "guide").mkdir(parents=True)
    (tmp_path / "docs" / "conf.py").write_text("import os\n" + conf + "raise SystemExit('never run')\n")
    page = tmp_path / "docs" / "guide" / "page.rst"
    text = "Keys must be :term:`hashable`; see :term:`Mel Spectrum` and :term:`Low Rank Adapter`.\n"
    page.write_text(text)
    linter = Linter(glossary, Config(root=tmp_path, glossary=GLOSSARY))
    # 'Mel Spectrum' is a slip of the entry 'Mel Spectrogram'; the others may be
    # terms of Python's glossary, which the build looks up.
    assert [f.found for f in linter.lint_path(page) if f.code == "GL003"] == ["Mel Spectrum"]
    # A MyST page beside it is under the same conf.py.
    assert [f.found for f in linter.lint_text(str(page.with_suffix(".md")), "A {term}`dtype`.\n")] == []
    every = Linter(glossary, Config(root=tmp_path, glossary=GLOSSARY, term_references="glossary"))
    assert [f.found for f in every.lint_path(page) if f.code == "GL003"] == [
        "hashable",
        "Mel Spectrum",
        "Low Rank Adapter",
    ]


@pytest.mark.parametrize(
    "conf",
    [
        "extensions = ['sphinx.ext.autodoc']\n",
        "intersphinx_mapping = {}\n# sphinx.ext.intersphinx is not loaded\n",
        "this is not Python (\n",
    ],
)
def test_without_intersphinx_every_unknown_term_is_reported(conf, glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    (tmp_path / "conf.py").write_text(conf)
    page = tmp_path / "page.rst"
    page.write_text("Keys must be :term:`hashable`.\n")
    linter = Linter(glossary, Config(root=tmp_path, glossary=GLOSSARY))
    assert [f.found for f in linter.lint_path(page) if f.code == "GL003"] == ["hashable"]
    told = Linter(glossary, Config(root=tmp_path, glossary=GLOSSARY, term_references="intersphinx"))
    assert [f.found for f in told.lint_path(page) if f.code == "GL003"] == []


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


# -- the registry's own examples ------------------------------------------------


@pytest.mark.parametrize("code", ["GL001", "GL002", "GL003", "GL004", "GL005"])
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


def test_every_rule_module_is_in_the_registry():
    """A rule is one module of glossary_lint.rules defining RULE: the registry
    finds it without being edited, and every registered rule has its own module."""
    import importlib
    import pkgutil

    import glossary_lint.rules as package
    from glossary_lint.rules import RULES

    modules = {}
    for info in pkgutil.iter_modules(package.__path__):
        rule = getattr(importlib.import_module(f"glossary_lint.rules.{info.name}"), "RULE", None)
        if rule is not None:
            modules[rule.code] = info.name
    assert set(modules) == set(RULES)
    assert len(set(modules.values())) == len(modules)


def test_link_text_quotes_what_it_links_to(lint):
    """Link text mirrors the title or API name of its target; a listed wrong
    spelling in it is still a slip."""
    text = "Read [Fine Tuning Guide](tuning.md) and [the MEL-Spectrogram API](api.md).\n"
    assert gl(lint(text)) == []
    assert gl(lint("Read [the Encodec page](encodec.md).\n")) == [("Encodec", "EnCodec")]


def test_reference_link_text_inside_an_admonition_is_link_text(lint):
    """The label's definition sits outside the admonition: the link text is still a
    title (a page title quoted in Title Case), not a case slip."""
    text = ":::note Read on\n\n1. See [the Mel Spectrogram page][mel]\n\n:::\n\n[mel]: ./mel.md\n"
    assert gl(lint(text)) == []
    unresolved = ":::note Read on\n\n1. See [the Mel Spectrogram page][nowhere]\n\n:::\n"
    assert gl(lint(unresolved)) == [("Mel Spectrogram", "mel spectrogram")]


@pytest.mark.parametrize(
    "entry,text",
    [
        # A code keyword in capitals inside a term in a Title Case heading.
        (
            ("foreign-key-constraint", "foreign key constraint", []),
            "## Adding a FOREIGN KEY Constraint\n\nText.",
        ),
        (("unique-index", "unique index", []), "### The UNIQUE Index\n\nText."),
        # A capital inside a word is a deliberate spelling: a class or product
        # name, not the term's letter case slipped.
        (("widgetstore", "widgetstore", []), "Every WidgetStore keeps its own cache."),
        (("catalog", "catalog", []), "Pass the CataLog object to each table you define."),
    ],
)
def test_gl001_deliberate_capitals_are_no_case_slip(tmp_path, entry, text):
    linter = small_linter(tmp_path, [entry])
    assert gl(linter.lint_text("a.md", text + "\n")) == []


def test_gl001_still_reports_capitals_that_are_slips(tmp_path):
    linter = small_linter(
        tmp_path,
        [("widgetstore", "widgetstore", []), ("rope", "RoPE", ["case: exact"])],
    )
    # A capitalised word mid-sentence, and a term whose own inner capital is
    # its identity written without it, are still slips.
    text = "Each Widgetstore is small, and we use ROPE.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Widgetstore", "widgetstore"), ("ROPE", "RoPE")]


@pytest.mark.parametrize(
    "entry,text",
    [
        # A participle term hyphenated before the noun it modifies.
        (("lazy-loaded", "lazy loaded", []), "Reading the lazy-loaded rows costs a query each."),
        (("deep-copying", "deep copying", []), "Avoid deep-copying helpers in hot loops."),
        # A term inside a longer hyphenated compound.
        (("batch-insert", "batch insert", []), "Options are set on a per-batch-insert basis."),
        # The term's words inside a capitalised name, spaced as the name is.
        (("tree-shaped", "tree-shaped", []), "The Tree Shaped Layout engine draws it."),
        # The term as the first part of a dotted code name.
        (("qdbx", "QDBX", ["case: exact"]), "## Arguments Given to qdbx.open()\n\nText."),
    ],
)
def test_gl001_compounds_names_and_code_are_no_slips(tmp_path, entry, text):
    linter = small_linter(tmp_path, [entry])
    assert gl(linter.lint_text("a.md", text + "\n")) == []


def test_gl001_still_reports_spacing_slips_of_such_terms(tmp_path):
    linter = small_linter(tmp_path, [("lazy-loaded", "lazy loaded", []), ("tree-shaped", "tree-shaped", [])])
    text = "Rows are lazy-loaded by default. A tree shaped graph.\n"
    assert gl(linter.lint_text("a.md", text)) == [
        ("lazy-loaded", "lazy loaded"),
        ("tree shaped", "tree-shaped"),
    ]


def test_gl001_a_capitalised_form_the_document_keeps_is_its_proper_name(tmp_path):
    # The document names the Relatorial system with a capital throughout, and
    # uses the lower-case adjective less often: that is its style, not a slip.
    linter = small_linter(tmp_path, [("relatorial", "relatorial", [])])
    text = (
        "We build it with Relatorial mappings. A relatorial design is older.\n\n"
        "Classes made by Relatorial carry a table. Columns come from Relatorial too.\n"
    )
    assert gl(linter.lint_text("a.md", text)) == []


def test_gl001_a_capital_the_document_uses_rarely_is_still_a_slip(tmp_path):
    linter = small_linter(tmp_path, [("relatorial", "relatorial", [])])
    text = (
        "We build it with Relatorial mappings. A relatorial design is older.\n\n"
        "Classes made by relatorial code carry a table. Ask the relatorial layer.\n"
    )
    assert gl(linter.lint_text("a.md", text)) == [("Relatorial", "relatorial")]


@pytest.mark.parametrize(
    "text",
    [
        # An acronym with a number after it names a standard or a model.
        "The module meets QZS 140 Level 2 and QZL 4+ in audits.",
        # An acronym ending a name whose other word is a name.
        "Older builds target the Bramble QZT kernel only.",
        "Clean it up with oXide QZR before mixing.",
        # A list item that opens with the acronym and a dash or colon is its
        # catalog entry: the item introduces it.
        "Supported ciphers:\n\n* QZD - [Spec 46-3](https://example.org/spec)\n* QZH: a key exchange",
    ],
)
def test_acronyms_in_names_and_catalog_items_are_not_findings(lint, text):
    assert gl2(lint(text + "\n")) == []


def test_acronyms_beside_such_places_are_still_findings(lint):
    # After a sentence start or a small word, before a word, inside a
    # sentence of a list item: the acronym is used, not introduced.
    text = "Then QZT follows. We apply QZR to rows.\n\n* Use the QZD - it is fast\n"
    assert gl2(lint(text)) == ["QZT", "QZR", "QZD"]


def test_gl001_a_kept_slip_of_an_exact_or_listed_spelling_is_still_a_slip(tmp_path):
    linter = small_linter(
        tmp_path,
        [
            ("wavequill", "WaveQuill", ["case: exact", "variants: [Wavequill]"]),
            ("qzb", "QZB", ["case: exact"]),
        ],
    )
    text = "We ran Wavequill and Qzb on it. " * 4 + "\n"
    assert gl(linter.lint_text("a.md", text)) == [("Wavequill", "WaveQuill"), ("Qzb", "QZB")] * 4


def test_gl001_a_hyphenated_participle_before_the_terms_own_noun(tmp_path):
    linter = small_linter(tmp_path, [("cache-backed-table", "cache backed table", [])])
    assert gl(linter.lint_text("a.md", "Each cache-backed table is small.\n")) == []
    # Hyphenated between the participle and its noun, it is still a slip.
    found = gl(linter.lint_text("a.md", "Each cache backed-table is small.\n"))
    assert found == [("cache backed-table", "cache backed table")]


def test_general_systems_and_learning_acronyms_are_known(lint):
    text = "The GAN runs a CNN and an LSTM; load the DLL over SMB with an LRU cache.\n"
    assert gl2(lint(text)) == []


def test_gl001_a_class_name_the_document_writes_as_code_is_no_case_slip(tmp_path):
    linter = small_linter(tmp_path, [("quanticle", "quanticle", [])])
    text = "Each node returns a Quanticle when asked.\n\nSee `mod.Quanticle` for its methods.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # Without the code, the capital mid-sentence is a slip.
    assert gl(linter.lint_text("a.md", text.split("\n\n")[0] + "\n")) == [("Quanticle", "quanticle")]


@pytest.mark.parametrize(
    "entry,text",
    [
        # A term as the last part of a hyphenated package name.
        (("qzpk", "QZPK", ["case: exact"]), "Install the tool-maker-qzpk package."),
    ],
)
def test_gl001_package_names_are_no_slips(tmp_path, entry, text):
    linter = small_linter(tmp_path, [entry])
    assert gl(linter.lint_text("a.md", text + "\n")) == []


def test_gl001_hyphenated_term_before_a_small_word_is_a_slip(tmp_path):
    linter = small_linter(tmp_path, [("side-table", "side table", []), ("qzpk", "QZPK", ["case: exact"])])
    text = "The side-table is small, and qzpk-based tools are old.\n"
    assert gl(linter.lint_text("a.md", text)) == [("side-table", "side table"), ("qzpk", "QZPK")]


# -- GL002: names are not acronyms, known acronyms are known ---------------------


@pytest.mark.parametrize(
    "text,names",
    [
        # Small letters in two places: a name (GL005), not an acronym to expand.
        ("We load it with ZuPyQL and render it in BoLaTeQ.", ["ZuPyQL", "BoLaTeQ"]),
        # An everyday word run into an acronym is a name.
        ("Pages are written in MyQZT and stored in MyQZAM tables.", ["MyQZT", "MyQZAM"]),
        # A prefix run into a name every reader knows (BERT) is a name too.
        ("We embed the clips with ZoBERT first.", ["ZoBERT"]),
        # Products, companies and models written in capitals (data/common-names.txt).
        (
            "It runs on NVIDIA cards with GTK4 widgets, MSVC builds and a T5 encoder.",
            ["NVIDIA", "GTK4", "MSVC", "T5"],
        ),
        ("Scripts run in V8 and build with VS2019.", ["V8", "VS2019"]),
    ],
)
def test_names_shaped_like_acronyms_go_to_undefined_name(glossary, tmp_path, lint, text, names):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    assert gl2(lint(text + "\n")) == []
    linter = Linter(glossary, Config(root=tmp_path, select=("GL005",)))
    assert gl2(linter.lint_text("a.md", text + "\n"), "GL005") == names


def test_exception_class_names_are_code_not_names(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, select=("GL005", "GL002")))
    text = (
        "A slow broker raises a LeaseTimeoutError, a bad key a QuillException, "
        "and old options a StaleOptionWarnings pair; QuillBase stores them.\n"
    )
    # Exception and warning classes are code in prose; a name beside them is still one.
    assert [(f.code, f.found) for f in linter.lint_text("a.md", text)] == [("GL005", "QuillBase")]


def test_acronym_shapes_stay_acronyms_beside_names(lint):
    # One small letter after the first capital, or a lower-case prefix: still an acronym.
    assert gl2(lint("Score it with ViQZOL, then invert with iQZT.\n")) == ["ViQZOL", "iQZT"]


@pytest.mark.parametrize(
    "text",
    [
        "Times are in GMT; the MIME type and an XOR mask; an ODE solved by FFT.",
        "An LLM writes captions; add EQ and a QWERTY layout; press TAB or F10.",
        "Export to ePUB or CHM, an ICO icon, an MSIX package, over SMBv2 with ES2015 code.",
        "Read the HOWTO and PEP 8; trust the CA of the ATM network.",
        # Storage, identities, protocols and the web, as a general reader meets them.
        "Keep the rows in a DB owned by a service UID and GID, not the PID of the shell.",
        "Queues speak AMQP; the archive sits on an NFS or CIFS share.",
        "The CMS renders each page and the browser fetches the rest by XHR.",
    ],
)
def test_acronyms_a_technical_reader_knows(lint, text):
    assert gl2(lint(text + "\n")) == []


def test_known_lists_are_read_lazily_once():
    from glossary_lint.rules import word_lists

    word_lists.common_acronyms.cache_clear()
    word_lists.common_names.cache_clear()
    assert word_lists.is_common_acronym("SMBv2") and word_lists.is_common_acronym("ePUB")
    assert word_lists.is_common_name("GTK4") and not word_lists.is_common_name("QZT")
    assert word_lists.common_acronyms.cache_info().misses == 1
    assert word_lists.common_names.cache_info().misses == 1
    text = resources_text("data/common-names.txt")
    assert "Source:" in text and "wikipedia.org" in text


def resources_text(path):
    from importlib import resources

    return resources.files("glossary_lint").joinpath(path).read_text(encoding="utf-8")


def test_a_bold_label_with_more_words_uses_its_acronym(lint):
    text = "- **QZF filters**: no feedback, always stable\n- **QZG**: a gate that closes early\n"
    assert gl2(lint(text)) == ["QZF"]


def test_an_acronym_in_a_formula_is_not_code(lint):
    text = "Keep the QZR high.\n\n$$\n\\text{QZR} = 10 \\log_{10} x\n$$\n"
    assert gl2(lint(text)) == ["QZR"]


@pytest.mark.parametrize(
    "text",
    [
        "On Fedora/QZEL/CentOS, install the headers.",
        "A text encoder (BERT, ZoBERTa, or QZT-2) reads the prompt.",
        "Desktops such as Cinnamon, Budgie, GNOME and QZE show it.",
        "Use a framework (PyTorch, QZX) for training.",
    ],
)
def test_an_acronym_among_names_is_a_name(lint, text):
    assert gl2(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text,acronyms",
    [
        # Names of two or three capitalised words among one-word ones: one list of products.
        ("Logs open in QZV, Cone Reader, Glazebook, KilnPad and Ash Studio Pro.", []),
        ("Fire with Potter Forge, QZK or SlabSim.", []),
        # No item is a name by its shape: capitalised phrases name nothing.
        ("Cooling uses QZR, Slow Cooling and Fast Cooling.", ["QZR"]),
        ("The glazes are QZA, Celadon Blue, Tenmoku and Shino.", ["QZA"]),
    ],
)
def test_a_list_of_names_may_hold_names_of_several_words(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("We compare QZA, QZB and QZC here.", ["QZA", "QZB", "QZC"]),  # acronyms alone
        ("Train in mixed precision (QZF or QZG).", ["QZF", "QZG"]),
        ("Audio, QZM and QZN are inputs.", ["QZM", "QZN"]),  # a capital only at the sentence start
        ("Features such as pitch, QZP, and loudness.", ["QZP"]),  # ordinary words around it
        ("Designs by Butterworth, Chebyshev and QZF differ.", ["QZF"]),  # capitalised words: no names
    ],
)
def test_lists_of_acronyms_are_still_findings(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text",
    [
        # A Title Case phrase anywhere in the document spells it out, without brackets.
        "| Region | The Quick Zonal Mapping rule applies |\n|---|---|\n| North | QZM is allowed |",
        "See the [Zonal Quartz Protocol][] for details; ZQP runs over sockets.\n\n"
        "[Zonal Quartz Protocol]: https://example.org/zqp",
        # The capitals of a name with capitals inside: QuartzJS and QJS, ZorbAlchemy and ZA.
        "Old QuartzJS modules differ; port QJS code first. ZorbAlchemy (ZA's core) maps rows.",
        # A phrase in quotes names the term.
        'A "zonal validation" key, also known as a ZV key, costs more.',
        # The head of a defined acronym spelled by its first words: QZ of QZF.
        "QZF = Quartz-Zone Factor (times faster than a quartz zone).\n\n| Model | Speed |\n|---|---|\n| A | ~40x QZ |",
        # An expansion followed by "or just" and the plural.
        "Both are zonal quartz engines, or just ZQEs, and each ZQE is small.",
        # A word starting with cross or trans written as X.
        "Attacks such as Cross-Zone Quoting (XZQ) are common; XZQ is old.",
    ],
)
def test_more_expansion_forms(lint, text):
    assert gl2(lint(text + "\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        "* QZDSA - QZS X9.62-2005",  # a standard's designation after the acronym
        "* QZC5 - https://example.org/qzc5.pdf",  # an item's label before a bare link
        "- **QZLU (Swoosh)** activation: a smooth gate",  # a bold label with its other name
        "Delete the SHASUM file to fetch it again.",  # a known acronym and a word: an identifier
        "The first workshop was held in Austin, TX. The next one is online.",  # a place's region
        "Bad bytes become U+FFFD, and U+FFFF is no character.",  # code points in hexadecimal
        "Keys come as PEM or DER, bundled in PKCS12; the REPL hits OOM on a DAG.",  # listed
    ],
)
def test_more_introduced_and_non_acronyms(lint, text):
    assert gl2(lint(text + "\n")) == []


def test_those_forms_do_not_hide_plain_uses(lint):
    text = (
        "Waveforms use QZA models.\n\n### Local Quartz\n\nRestrict zones here.\n\n"
        "A QZR model is trained. It ran in Austin, QZX models too.\n"
    )
    # LQ and RZ are no phrase across a heading; QZX is followed by a word, not a place.
    assert gl2(lint(text)) == ["QZA", "QZR", "QZX"]


def test_a_known_acronym_with_a_letter_dropped_is_a_slip_not_undefined(lint):
    assert gl2(lint("Each RDMS keeps a log; QZRT does not.\n")) == ["QZRT"]


def test_a_phrase_starts_at_a_word_not_inside_one(lint):
    # "QzSize Integer" is the tail of an identifier and a type: no phrase for QI.
    text = "* `totalQzSize` Integer - the size.\n\nThe QI is low.\n"
    assert gl2(lint(text)) == ["QI"]


def test_a_table_row_introduces_its_word_to_the_whole_document(lint):
    text = (
        "## Formats\n\n| Format | Size |\n|---|---|\n| QZ8 | 1 byte |\n\nQZ8 is the smallest.\n\n"
        "## Filters\n\nThe QZR filter is stable.\n"
    )
    assert gl2(lint(text)) == ["QZR"]
    # In a later section, and in an earlier one, the row has introduced it too (as a heading does).
    assert gl2(lint(text + "\n## Deployment\n\nShip QZ8 weights to phones.\n")) == ["QZR"]
    assert gl2(lint("## Filters\n\nThe QZ8 filter.\n\n" + text.split("\n\n## Filters")[0] + "\n")) == []


# -- GL001: a capitalised ordinary-word term where only a slip can explain it --

#: Lower-case terms: two of ordinary English words, one rarer word.
ORDINARY_TERMS = [
    ("drawer", "drawer", []),
    ("garden-bed", "garden bed", []),
    ("ledger", "ledger", []),
]


@pytest.mark.parametrize(
    "text,found,suggestion",
    [
        # A lower-case word of the same sentence right before the capital.
        ("Each entry goes into the Drawer before noon.", "Drawer", "drawer"),
        ("We rebuild each Drawer nightly.", "Drawer", "drawer"),
        ("Seeds wait in a Garden bed, so we water.", "Garden bed", "garden bed"),
        ("Keep the seeds in\nGarden bed order while you sow.", "Garden bed", "garden bed"),
        # A small word that opens the sentence does not make its noun a name.
        ("The Drawer keeps every spoon.", "Drawer", "drawer"),
        ("These Drawers are kept apart.", "Drawer", "drawer"),
        # At a sentence start, Title Case of the term's later words is a slip too.
        ("Garden Bed soil is dark.", "Garden Bed", "Garden bed"),
        # Inside a table cell, after a lower-case word.
        ("| a | b |\n|---|---|\n| one | kept in the Drawer |", "Drawer", "drawer"),
        # Two capitalised words joined by 'and' are no Title Case name.
        ("Spoons go to the Box and Drawer parts.", "Drawer", "drawer"),
        # A rarer word was reported mid-sentence before; it still is.
        ("Each entry goes into the Ledger before noon.", "Ledger", "ledger"),
        # Capitals before an acronym they do not spell open no expansion.
        ("We sell Garden Bed as a Kit (CPU) to schools.", "Garden Bed", "garden bed"),
        ("We sell Garden Bed as a kit (GBK) to schools.", "Garden Bed", "garden bed"),
        # A slash to a lower-case word pairs no names.
        ("We keep the Drawer/shelf pair.", "Drawer", "drawer"),
        # 'as' after a verb that gives no label.
        ("Rows are used as Drawer space.", "Drawer", "drawer"),
    ],
)
def test_gl001_capitalised_ordinary_term_mid_sentence_is_a_slip(tmp_path, text, found, suggestion):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    assert gl(linter.lint_text("a.md", text + "\n")) == [(found, suggestion)]


@pytest.mark.parametrize("word", ["Drawer", "Ledger"])
@pytest.mark.parametrize(
    "text",
    [
        "{} entries are kept for a year.",  # a sentence start
        "* {}: where spoons go",  # a list item's start
        "Totals: {} figures are summed.",  # after a colon
        "## Keeping the {}\n\nText.",  # a heading
        "Read the [{}](page.md) page first.",  # link text
        "Press **{}** to open it.",  # strong: a label
        "Press *{}* to open it.",  # emphasis
        'Read "{}" in the menu.',  # quoted
        "We ran the Acme {} Service there.",  # a name made of capitalised words
        "A Shelf/{} pair is kept.",  # names paired by a slash
        "A {}/Shelf pair is kept.",  # names paired by a slash
        "Use the Bulk Import by {} feature.",  # a small word inside a Title Case name
        "Choose File / Attach to {} in the tool.",  # a menu path
        "Open the class called {} to see it.",  # a name being given
        "Each row is marked as {} or kept.",  # a label being given
        "Rows get annotated as\n{} when late.",  # a label being given, over a line break
        "Then click {} and wait.",  # a button's label
        "Inputs: a text prompt\n{}: none",  # a label opening a line
        "Open a {} here (see `books.{}`).",  # the document writes it as code
        "Call {}(rows) to make one, then fill the item.",  # called as code
    ],
)
def test_gl001_capitals_with_a_reason_are_no_slip(tmp_path, text, word):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    assert gl(linter.lint_text("a.md", text.format(word, word) + "\n")) == []


def test_gl001_a_term_opening_an_expansion_of_its_acronym_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    text = "We sell Drawer as a\nService (DaaS) and Garden Bed for the Roof (GBR) kits to them.\n"
    assert gl(linter.lint_text("a.md", text)) == []


def test_gl001_a_capitalised_term_listed_among_code_names_is_their_kin(tmp_path):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    text = "Few constructs are common, such as TableRow, ColumnSpan and Drawers.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # Capitalised words alone make no list of code names.
    text = "Few things are common, such as Tables, Columns and Drawers.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Drawer", "drawer")]


def test_gl001_asks_the_english_table_only_of_a_term_in_a_list_of_names(tmp_path, monkeypatch):
    """Whether a word is English may decode a section of the English table
    (about 16 kB): the list of code names is looked for first, and a
    capitalised term in none (most of them) is not asked about."""
    from glossary_lint.matching import english
    from glossary_lint.rules import term_spelling

    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return english.is_known_word(word)

    monkeypatch.setattr(term_spelling, "is_known_word", known)
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    assert gl(linter.lint_text("a.md", "We keep the Drawers in the shed.\n")) == [("Drawer", "drawer")]
    assert asked == []
    text = "Few constructs are common, such as TableRow, ColumnSpan and Drawers.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    assert asked == ["Drawer"]


def test_gl001_capitals_with_a_reason_in_rest(tmp_path):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    text = "Title\n=====\n\nWe keep a Drawer, and *Drawer* is a menu. Open `Drawer <x_>`_ now.\n\n.. _x: http://e.org\n"
    assert gl(linter.lint_text("a.rst", text)) == [("Drawer", "drawer")]


def test_gl001_a_lone_letter_makes_a_name_not_an_ordinary_word(tmp_path):
    # 'gate' is English, a lone 't' is not a word: lower case and capitals of
    # the name are slips, as they are for any mixed-case name.
    linter = small_linter(tmp_path, [("t-gate", "T-Gate", ["case: exact"])])
    text = "We train a t-gate first. Later the T-GATE learns the rest.\n"
    assert gl(linter.lint_text("a.md", text)) == [("t-gate", "T-Gate"), ("T-GATE", "T-Gate")]
    # A word that is English on its own stays accepted where it means itself.
    linter = small_linter(tmp_path, [("returning", "RETURNING", ["case: exact"])])
    assert gl(linter.lint_text("a.md", "We are returning early.\n")) == []


def test_gl001_a_term_ending_in_y_inflected_is_no_typo(tmp_path):
    linter = small_linter(tmp_path, [("glorpify", "glorpify()", ["case: exact"])])
    assert gl(linter.lint_text("a.md", "The value glorpifies to a number, as x glorpified y.\n")) == []
    # A slip of a letter inside it is still a typo.
    assert gl(linter.lint_text("a.md", "Call glorpfiy() on it.\n")) == [("glorpfiy", "glorpify()")]


def test_gl001_a_lower_case_alias_of_an_exact_name_takes_a_capital_in_titles(tmp_path):
    linter = small_linter(tmp_path, [("orm-tagged", "ORM-tagged", ["case: exact", "aliases: [taggings]"])])
    assert gl(linter.lint_text("a.md", "## Mapping with Type Taggings\n\nTaggings come first.\n")) == []
    assert gl(linter.lint_text("a.md", "We keep Taggings here.\n")) == [("Taggings", "taggings")]


def test_gl001_a_class_name_before_a_term_word_is_no_case_slip(tmp_path):
    linter = small_linter(tmp_path, [("shelf-data", "shelf data", [])])
    text = "Read the Shelf data first.\n\nEach `store.Shelf` holds rows.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    assert gl(linter.lint_text("a.md", "Read the Shelf data first.\n")) == [("Shelf data", "shelf data")]


def test_gl001_link_text_may_add_capitals_but_not_drop_them(tmp_path):
    linter = small_linter(
        tmp_path, [("qzb-seal", "QZB seal", ["spelling: QZB seal"]), ("garden-bed", "garden bed", [])]
    )
    # Title Case in link text mirrors the page's title: no slip.
    assert gl(linter.lint_text("a.md", "Read [Garden Bed](beds.md) and [QZB Seal](seal.md).\n")) == []
    # Capitals of the glossary's own spelling written in lower case are a slip anywhere.
    assert gl(linter.lint_text("a.md", "Read the [Qzb Seal](seal.md) guide.\n")) == [("Qzb Seal", "QZB Seal")]


@pytest.mark.parametrize(
    "entries,text,found,suggestion",
    [
        # A bound prefix spaced off is no English phrase, even where the
        # document never writes the term whole.
        ([("subgraph", "subgraph", [])], "We cut a sub graph out of it.", "sub graph", "subgraph"),
        ([("nonblocking", "nonblocking", [])], "Use a non blocking read.", "non blocking", "nonblocking"),
        # The distinctive word of a longer term, its prefix spaced off.
        ([("preheat-stage", "preheat stage", [])], "The pre heat runs first.", "pre heat", "preheat"),
        # A name with an inner capital split at it.
        (
            [("wavequill", "WaveQuill", ["case: exact"])],
            "We trained Wave Quill for it.",
            "Wave Quill",
            "WaveQuill",
        ),
    ],
)
def test_gl001_a_split_whose_first_part_cannot_stand_alone_is_a_slip(
    tmp_path, entries, text, found, suggestion
):
    linter = small_linter(tmp_path, entries)
    assert gl(linter.lint_text("a.md", text + "\n")) == [(found, suggestion)]


def test_gl001_a_multi_word_term_written_whole_makes_its_split_word_a_slip(tmp_path):
    linter = small_linter(tmp_path, [("tidepool-model", "tidepool model", [])])
    text = "A tidepool model is small.\n\nThe tide pool decoder follows.\n"
    assert gl(linter.lint_text("a.md", text)) == [("tide pool", "tidepool")]
    # Two ordinary words stay English where the document never writes the term.
    assert gl(linter.lint_text("a.md", "The tide pool decoder follows.\n")) == []


@pytest.mark.parametrize(
    "text,found,suggestion",
    [
        # A preposition opening the sentence does not make its noun a name.
        ("With Garden bed soil you grow more.", "Garden bed", "garden bed"),
        # After a Title Case name and a small word, the term itself not in
        # Title Case is no part of the name.
        ("Use **Green Thumb Tools** for Garden bed work.", "Garden bed", "garden bed"),
    ],
)
def test_gl001_capitals_after_an_opening_preposition_or_a_name_are_slips(tmp_path, text, found, suggestion):
    linter = small_linter(tmp_path, ORDINARY_TERMS)
    assert gl(linter.lint_text("a.md", text + "\n")) == [(found, suggestion)]


def test_a_row_label_with_a_qualifier_uses_its_acronym(lint):
    # "QZF (windowed)" names a variant of QZF, it does not introduce it; "QZG (Gate)" gives its other name.
    text = (
        "## Kinds\n\n| Kind | Phase |\n|---|---|\n| QZF (windowed) | linear |\n| QZG (Gate) | none |\n\n"
        "## Use\n\nA QZF design and a QZG design.\n"
    )
    assert gl2(lint(text)) == ["QZF"]


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("Headsets for VR/QZR and QZR/VR scenes.", []),  # a pair with a known acronym (VR)
        ("Route it over GPU/QZM links.", []),
        ("Compare QZA/QZB pairs.", ["QZA", "QZB"]),  # neither half known
        ("Mix QZC/GPU/QZD paths.", ["QZC", "QZD"]),  # a run of three is a list, not a pair
    ],
)
def test_an_acronym_paired_by_a_slash_with_a_known_one_is_known(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("Plotting kits (for example, Zobbly, Quarnet, Vexmo, QZ3D) draw it.", []),  # examples named alike
        ("Viewers such as Zobbly, Quarnet and QZV open it.", []),
        ("Designs by Zobbly, Quarnet and QZF differ.", ["QZF"]),  # no examples: capitalised words only
        ("Inputs such as Audio, Video and QZA arrive.", ["QZA"]),  # English words: no names
        ("Tools such as Zobbly, QZB and QZC help.", ["QZB", "QZC"]),  # one name among acronyms
    ],
)
def test_an_acronym_among_capitalised_names_given_as_examples_is_a_name(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


def test_an_example_among_capitalised_names_goes_to_undefined_name(glossary, tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    linter = Linter(glossary, Config(root=tmp_path, select=("GL005",)))
    text = "Plotting kits (for example, Zobbly, Quarnet, Vexmo, QZ3D) draw it.\n"
    assert "QZ3D" in gl2(linter.lint_text("a.md", text), "GL005")


@pytest.mark.parametrize(
    "text,name",
    [
        ("A series QZC loop joins a spring :math:`Q`, a damper :math:`Z` and a mass :math:`C`.\n", "a.rst"),
        ("A series QZC loop joins a spring $Q$, a damper $Z$ and a mass $C$.\n", "a.md"),
    ],
)
def test_an_acronym_whose_letters_are_the_paragraphs_symbols_is_spelled_out(lint, text, name):
    assert gl2(lint(text, name)) == []
    # For the whole document, before and after that paragraph.
    assert gl2(lint("The QZC loop.\n\n" + text + "\nA QZC again.\n", name)) == []
    # Symbols that are not its letters, or only some of them, spell nothing out.
    assert gl2(lint(text.replace("QZC", "QZK"), name)) == ["QZK"]
    assert gl2(lint(text.replace("QZC", "QXC"), name)) == ["QXC"]


def test_an_acronym_in_brackets_in_a_table_header_is_a_use(lint):
    text = "| Codec | Quality (QZQL) | Rate QZR |\n|---|---|---|\n| Zed | 2.5 | 6 |\n"
    # The measure a column is given in is used there; a header's other words are its name.
    assert gl2(lint(text)) == ["QZQL"]
    assert gl2(lint(text.replace("(QZQL)", "(QZQLs)"))) == ["QZQL"]


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("Very large batches need QZRS/LAMB optimizers.", []),  # LAMB is no acronym: a name in capitals
        ("Very large batches need LAMB/QZRS optimizers.", []),
        ("Very large batches need QZRS/QZMB optimizers.", ["QZRS", "QZMB"]),  # two acronyms
    ],
)
def test_an_acronym_paired_by_a_slash_with_a_word_in_capitals_is_a_name(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text,acronyms",
    [
        ("Randomize the echo time (QT40) per clip. Keep QT40 short.", []),  # a measure after its description
        ("Randomize the echo span (QT40) per clip.", ["QT40"]),  # the head word gives none of its letters
        ("The Quartz Zonal Mixer (QZMT) is new.", ["QZMT"]),  # no number: the long form must spell it
    ],
)
def test_a_measures_symbol_after_its_description_is_explained(lint, text, acronyms):
    assert gl2(lint(text + "\n")) == acronyms


@pytest.mark.parametrize(
    "text",
    [
        "A node teardown is logged.\n\nThe script should tear down the node after a copy.\n",
        "A node teardown is logged.\n\nWe tear down every node after a copy.\n",
        "A robot login opens a session.\n\nThe script can log in the robot user.\n",
        "A cache warmup is slow.\n\nRemember to warm up the cache first.\n",
    ],
)
def test_gl001_a_phrasal_verb_is_not_a_split_of_the_closed_compound(tmp_path, text):
    linter = small_linter(
        tmp_path,
        [
            ("node-teardown", "node teardown", []),
            ("robot-login", "robot login", []),
            ("cache-warmup", "cache warmup", []),
        ],
    )
    assert gl(linter.lint_text("a.md", text)) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("A node teardown is logged.\n\nThe nightly tear down finished late.\n", "tear down"),
        ("A node teardown is logged.\n\nA tear down of each node is logged.\n", "tear down"),
    ],
)
def test_gl001_the_particle_compound_split_as_a_noun_is_still_a_slip(tmp_path, text, found):
    linter = small_linter(tmp_path, [("node-teardown", "node teardown", [])])
    assert [f for f, _ in gl(linter.lint_text("a.md", text))] == [found]


def test_gl001_a_camel_case_class_name_of_a_spaced_term_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("price-tag", "price tag", [])])
    text = "A price tag holds an amount.\n\nBuild a PriceTag and hand it to the till.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # A true slip of the same term is still found.
    assert gl(linter.lint_text("a.md", "A price-tag holds an amount.\n")) == [("price-tag", "price tag")]


def test_gl001_a_term_inside_an_underscored_name_or_as_a_file_extension_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("quokka", "Quokka", ["case: exact"])])
    text = "Install the shop_quokka add-on; Quokka reads files named like page .quokka in a folder.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    assert gl(linter.lint_text("a.md", "We render pages with quokka here.\n")) == [("quokka", "Quokka")]


def test_gl001_a_capital_labelling_a_column_or_button_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("basket", "basket", [])])
    text = "Each row has a basket.\n\nThe totals are listed in the Basket column of the report.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    text = "Each row has a basket.\n\nTotals come last. The Basket column is blank when a row has none.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # Without a screen or table part after it, the same capital stays a slip.
    text = "Each row has a basket.\n\nThe totals are listed in the Basket of the report.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Basket", "basket")]


def test_gl001_a_capital_labelling_a_part_named_in_two_words_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("tide-rule", "tide rule", [])])
    text = "Each harbour sets a tide rule.\n\nOpen the Tide Rules control panel to list them all.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # A lower-case word after it that names no part of a screen keeps the slip.
    text = "Each harbour sets a tide rule.\n\nOpen the Tide Rules archive to list them all.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Tide Rule", "tide rule")]
    # A capital on the first word only is no label a screen shows, and two
    # words that name a platform's resource are no screen part.
    for text in (
        "Each harbour sets a tide rule.\n\nOpen the Tide rules control panel to list them all.\n",
        "Each harbour sets a tide rule.\n\nA token is scoped to the Tide Rule handle resource.\n",
    ):
        assert [f for f, _ in gl(linter.lint_text("a.md", text))] == [text.split("the ")[1][:9]]


@pytest.mark.parametrize(
    "text",
    [
        "Pick Harbour Setup → Tide Rules to list them.\n",
        "Choose Tide Rules > Export and save the file.\n",
        "Open Settings -> Tide Rules in the app.\n",
    ],
)
def test_gl001_a_step_of_a_menu_path_keeps_its_capitals(tmp_path, text):
    linter = small_linter(tmp_path, [("tide-rule", "tide rule", [])])
    assert gl(linter.lint_text("a.md", "Each harbour sets a tide rule.\n\n" + text)) == []


def test_gl001_a_capital_beside_an_arrow_without_a_capitalised_step_stays_a_slip(tmp_path):
    linter = small_linter(tmp_path, [("tide-rule", "tide rule", [])])
    text = "Each harbour sets a tide rule.\n\nThe boats -> then each Tide Rule is read.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Tide Rule", "tide rule")]


@pytest.mark.parametrize("release", ["v1", "v2.3", "2.0"])
def test_gl001_capitals_before_a_version_name_a_release(tmp_path, release):
    linter = small_linter(tmp_path, [("tide-rule", "tide rule", [])])
    text = f"Each harbour sets a tide rule.\n\nThe old Tide Rules {release} layout is kept for a year.\n"
    assert gl(linter.lint_text("a.md", text)) == []


@pytest.mark.parametrize("after", ["2 times", "v. 2", "ahead"])
def test_gl001_capitals_before_a_count_or_other_word_stay_a_slip(tmp_path, after):
    linter = small_linter(tmp_path, [("tide-rule", "tide rule", [])])
    text = f"Each harbour sets a tide rule.\n\nThe old Tide Rules {after} are kept for a year.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Tide Rule", "tide rule")]


def test_gl001_a_capital_naming_a_platform_s_service_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("ledger", "ledger", [])])
    text = "Each shop keeps a ledger.\n\nThe Ledger service stores every sale, so restart the Ledger service last.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # Without the service word after it, the same capital stays a slip.
    text = "Each shop keeps a ledger.\n\nThe totals are written in the Ledger of the shop.\n"
    assert gl(linter.lint_text("a.md", text)) == [("Ledger", "ledger")]


@pytest.mark.parametrize(
    ("named", "slip"),
    [
        # An API's resource type, as its data model names it.
        ("A GET on the Ledger resource returns its sales.", "A GET on the Ledger returns its sales."),
        # A data type cited after the word type, as its schema names it.
        ("The books field is of type Ledger, one per shop.", "The books field holds a Ledger, one per shop."),
    ],
)
def test_gl001_a_capital_naming_a_resource_or_data_type_is_no_slip(tmp_path, named, slip):
    linter = small_linter(tmp_path, [("ledger", "ledger", [])])
    assert gl(linter.lint_text("a.md", f"Each shop keeps a ledger.\n\n{named}\n")) == []
    # Without the word that names it, the same capital stays a slip.
    assert gl(linter.lint_text("a.md", f"Each shop keeps a ledger.\n\n{slip}\n")) == [("Ledger", "ledger")]


def test_gl001_a_capitalised_term_opening_a_lower_case_hyphenated_name_is_no_slip(tmp_path):
    linter = small_linter(tmp_path, [("quokka", "Quokka", ["case: exact"])])
    text = "Ask on the quokka-users list, or install quokka-tools.\n"
    assert gl(linter.lint_text("a.md", text)) == []
    # Hyphenated to modify a noun, the name keeps its capital: a lower-case form is a slip.
    assert gl(linter.lint_text("a.md", "A quokka-based site loads fast.\n")) == [("quokka", "Quokka")]


# -- GL001: a spaced term hyphenated where English hyphenates it ----------------

_SPACED = [
    ("grain-buffer", "grain buffer", []),
    ("eager-fetch", "eager fetch", []),
    ("phase-ledger", "phase ledger", []),
]


@pytest.mark.parametrize(
    "text",
    [
        # A compound modifier right before its noun.
        "Each grain-buffer size is fixed when playback starts.",
        "We measured the grain-buffer API on two machines.",
        "Keep the phase-ledger startup time low.",
        "Open a grain-buffer settings page.",
        "It reads a deck's grain-buffer values first.",
        # One of coordinated modifiers before their noun.
        "The mixer adds grain-buffer and frame-pacing logic to each track.",
        'It plays in the grain-buffer, "lockstep" style of older decks.',
        # Followed by 'based' and its noun.
        "A grain-buffer based player drops fewer frames.",
        # A verb after 'to', a modal or a subject pronoun.
        "Call it once to eager-fetch.",
        "The loader can eager-fetch every child row.",
        "We eager-fetch the rows, then we also eager-fetch their parents.",
    ],
)
def test_gl001_a_hyphenated_spaced_term_where_english_hyphenates_it(tmp_path, text):
    linter = small_linter(tmp_path, _SPACED)
    assert gl(linter.lint_text("a.md", text + "\n")) == []


@pytest.mark.parametrize(
    "text,found",
    [
        # The term as the noun itself: before a verb, punctuation, a
        # preposition, an adverb, or a verb taking its object.
        ("The grain-buffer is full again.", "grain-buffer"),
        ("Empty the grain-buffer.", "grain-buffer"),
        ("Frames wait in the grain-buffer of each track.", "grain-buffer"),
        ("The grain-buffer exists to smooth playback.", "grain-buffer"),
        # A plural after a singular determiner's phrase is its verb.
        ("A small grain-buffer points at the next frame.", "grain-buffer"),
        ("Flush the grain-buffer directly after a seek.", "grain-buffer"),
        ("The grain-buffer holds the last frames.", "grain-buffer"),
        ("The grain-buffer filled quickly.", "grain-buffer"),
        # After 'to', a term whose last word has no verb forms is the noun.
        ("Each offset is written to phase-ledger.", "phase-ledger"),
        # Coordinated with a plain noun phrase, it is a noun too.
        ("Clear the grain-buffer and the cache.", "grain-buffer"),
        # The plural: a modifier is not made plural.
        ("Both grain-buffers overflow.", "grain-buffer"),
    ],
)
def test_gl001_a_hyphenated_spaced_term_used_as_the_noun_is_a_slip(tmp_path, text, found):
    linter = small_linter(tmp_path, _SPACED)
    assert [f for f, _ in gl(linter.lint_text("a.md", text + "\n"))] == [found]


def test_gl001_a_listed_hyphenated_variant_is_a_slip_before_a_noun_too(tmp_path, lint):
    linter = small_linter(tmp_path, [("grain-buffer", "grain buffer", ["variants: [grain-buffer]"])])
    text = "Each grain-buffer size is fixed. We grain-buffer nothing.\n"
    assert gl(linter.lint_text("a.md", text)) == [("grain-buffer", "grain buffer")] * 2
    # The project glossary lists mel-spectrogram as a wrong spelling.
    assert gl(lint("Feed a mel-spectrogram input to the vocoder.\n")) == [
        ("mel-spectrogram", "mel spectrogram")
    ]


def test_gl001_a_plural_term_hyphenated_is_the_noun(tmp_path):
    # Compound modifiers are singular ('symbol table'): a plural term
    # hyphenated before a word is the noun, and that word its verb.
    linter = small_linter(tmp_path, [("loose-ends", "loose ends", [])])
    assert gl(linter.lint_text("a.md", "Here the loose-ends work against us.\n")) == [
        ("loose-ends", "loose ends")
    ]


def test_spellings_of_one_term_in_two_cases_still_report_slips(tmp_path):
    # An entry kept both ways ('K9 unit', 'K9 Unit'): a slip is fitted to the nearer one.
    linter = small_linter(tmp_path, [("k9-unit", "K9 Unit", ["spelling: K9 unit", "aliases: [K9 Unit]"])])
    text = "A K9 Unit here, a K9 unit there, one K9-unit and a K9 UNit.\n"
    assert gl(linter.lint_text("a.md", text)) == [("K9-unit", "K9 unit"), ("K9 UNit", "K9 Unit")]


def test_gl001_capitals_no_english_writing_explains_are_slips_of_a_term_of_ordinary_words(tmp_path):
    # A keyword of a term lowered beside the term's own lower-case noun.
    linter = small_linter(tmp_path, [("join-clause", "JOIN clause", ["case: exact"])])
    text = "The planner reads each join clause before it sorts the rows.\n"
    assert gl(linter.lint_text("a.md", text)) == [("join clause", "JOIN clause")]
    # A Title Case name of ordinary words written all in capitals mid-sentence.
    linter = small_linter(tmp_path, [("quiet-hour", "Quiet Hour", ["case: exact"])])
    text = "Turn on the QUIET HOUR before the night shift begins.\n"
    assert gl(linter.lint_text("a.md", text)) == [("QUIET HOUR", "Quiet Hour")]
    # The capitals of a heading, the keyword alone and the English word stay accepted.
    assert gl(linter.lint_text("a.md", "# QUIET HOUR\n\nText follows here.\n")) == []
    linter = small_linter(tmp_path, [("returning", "RETURNING", ["case: exact"])])
    assert gl(linter.lint_text("a.md", "The job keeps returning rows.\n")) == []


def test_gl001_a_closed_compound_split_before_a_suffix_is_a_slip(tmp_path):
    # 'render er' can only be the word split; 'render' alone is English.
    linter = small_linter(tmp_path, [("renderer", "renderer", [])])
    assert gl(linter.lint_text("a.md", "Each frame goes to the render er in turn.\n")) == [
        ("render er", "renderer")
    ]


def test_a_lone_capital_letter_is_no_keyword_in_capitals(tmp_path):
    # 'K-space' capitalises the single letter of 'k-space' mid-sentence: a case
    # slip, where a word of two letters or more in capitals reads as a keyword.
    linter = small_linter(tmp_path, [("k-space", "k-space", []), ("on-delete", "on delete", [])])
    text = "We sample the K-space of a scan. Use ON DELETE on the table.\n"
    assert gl(linter.lint_text("a.md", text)) == [("K-space", "k-space")]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Our lamps give two Gigalumens (GL) of light.\n", ["Gigalumen"]),  # one capital, two letters
        ("Our lamps give two gigalumens (GL) of light.\n", []),
        ("Our lamps give two Bright Gigalumens (BG) of light.\n", []),  # the last word of an expansion
    ],
)
def test_one_capitalised_word_marks_no_acronym_of_several_capitals(tmp_path, text, found):
    linter = small_linter(tmp_path, [("gigalumen", "gigalumen", [])])
    assert [f for f, _ in gl(linter.lint_text("lamps.md", text))] == found
