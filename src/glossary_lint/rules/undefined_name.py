"""GL005 undefined-name: a product, model or dataset name the glossary does not define."""

from __future__ import annotations

from collections.abc import Iterator

from .acronyms import NAME
from .base import Hit, Rule, RuleContext
from .findings import Severity
from .undefined_term import undefined_hits


def check_undefined_names(ctx: RuleContext) -> Iterator[Hit]:
    yield from undefined_hits(ctx, NAME)


RULE = Rule(
    "GL005",
    "undefined-name",
    "A technical name (product, model, dataset) is not in the glossary.",
    "Names written in mixed case (MusicGen, BigVGAN, PyTorch, NumPy, NExT-GPT), names written in "
    "capitals that data/common-names.txt lists (NVIDIA, GTK4), an organisation's initials that "
    "WordNet and GNU V.E.R.A. both spell out as one organisation (data/organisation-names.txt: "
    "NSF, DARPA), format acronyms with a version "
    "number that freedesktop.org's shared-mime-info lists (JP2, HDF5), acronyms that a file of "
    "the run spells "
    "out as a name ('Glaze Pacing Toolkit (GPK)') or names a product, a format or a release of "
    "('the QRX library', 'QRX files', 'QRX v4.1', a link to its own site; 'the HDF5 format' for "
    "a format acronym of freedesktop.org's shared-mime-info) or shortens a camel-case name of "
    "('KCPY' of 'KilnCraftPy'), and acronyms in a list "
    "of names, "
    "that the glossary does not list (exception and warning classes such as KeyError are code, "
    "not names). Most handbooks name many tools and models without defining "
    "them, so this rule "
    'is off by default: enable it with select = ["GL005"] to find names worth a glossary entry '
    "(glossary-lint suggest lists them too). Reported once per document, at its first use.",
    "We fine-tune BigVGAN on speech.",
    "We fine-tune HiFi-GAN on speech.",
    Severity.INFO,
    check_undefined_names,
    enabled_by_default=False,
    uses_run_names=True,
)
