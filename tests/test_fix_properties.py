"""Property: fixing restores exactly the planted spans, leaves every other
byte alone, and is idempotent, whatever prose, code, math, links and front
matter surround them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary_lint.fixer import apply_fixes

WORDS = [
    "the",
    "model",
    "sound",
    "uses",
    "a",
    "with",
    "each",
    "frame",
    "then",
    "we",
    "train",
    "on",
    "data",
    "quiet",
    "room",
    "loud",
    "notes",
    "and",
    "or",
    "for",
]
PLANTS = [
    ("Encodec", "EnCodec"),
    ("hifi-gan", "HiFi-GAN"),
    ("Lora", "LoRA"),
    ("fft", "FFT"),
    ("mel-spectrogram", "mel spectrogram"),
    ("melspectrogram", "mel spectrogram"),
    ("fine tuning", "fine-tuning"),
    ("Soundstream", "SoundStream"),
    ("Hifi-GAN", "HiFi-GAN"),
]
#: Wrong spellings inside constructs that are not prose: never touched.
NON_PROSE = [
    "`Encodec.load()`",
    "$\\text{Encodec}_t$",
    "[the notes](docs/Encodec.md)",
    '<span title="Lora">x</span>',
    "https://example.org/hifi-gan",
]
BLOCKS = [
    "```python\nmodel = Encodec()  # fft\n```",
    "$$\n\\mathcal{D}_{\\text{finetune}}\n$$",
    "    indented Lora code",
]

word = st.sampled_from(WORDS)
item = st.one_of(
    word.map(lambda w: (w, w)),
    st.sampled_from(PLANTS),
    st.sampled_from(NON_PROSE).map(lambda n: (n, n)),
)


@st.composite
def documents(draw):
    bad, good, planted = [], [], 0
    if draw(st.booleans()):
        front = "---\ntitle: Encodec and Lora\n---\n"
        bad.append(front)
        good.append(front)
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.integers(0, 4)) == 0:
            block = draw(st.sampled_from(BLOCKS))
            bad.append(block + "\n")
            good.append(block + "\n")
            continue
        items = draw(st.lists(item, min_size=1, max_size=12))
        planted += sum(1 for b, g in items if b != g)
        sep = draw(st.sampled_from([" ", "\n"]))
        # Start with a plain word so no planted term opens a sentence.
        bad.append("the " + sep.join(b for b, _ in items) + ".\n")
        good.append("the " + sep.join(g for _, g in items) + ".\n")
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return "\n".join(bad).replace("\n", eol), "\n".join(good).replace("\n", eol), planted


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
def test_fix_restores_planted_spans_only(linter, case):
    bad, good, planted = case
    fixed, applied = apply_fixes(bad, linter.lint_text("doc.md", bad))
    assert fixed == good
    wrong = {b for b, _ in PLANTS}
    assert all(bad[f.start : f.end] in wrong for f in applied)
    assert len(applied) == planted
    again, more = apply_fixes(fixed, linter.lint_text("doc.md", fixed))
    assert (again, more) == (fixed, [])
