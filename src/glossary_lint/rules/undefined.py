"""What a document uses but neither the glossary nor the document defines.

One answer for GL002 (acronyms), ``undefined-name`` (names of products,
models, datasets), ``stats`` and ``suggest``, so that they count the same
words: an acronym the document spells out anywhere (in a paragraph, a
heading or an ``:abbr:`` role) is defined, and so is everything the glossary
writes or the configuration lists under ``known-words``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import accumulate

from ..glossary.model import Glossary
from ..lazy_re import lazy_compile
from ..matching.english import is_known_word
from ..matching.matcher import SEGMENT_BREAK, Mention
from ..sources.document import Document
from ..sources.segments import PLACEHOLDER, BlockKind, Segment, source_lines
from .acronym_compounds import compound_initialisms
from .acronym_links import qualifies_link
from .acronym_uses import (
    clips_word_of_sentence,
    coded_in_small_letters,
    example_of_source,
    in_angle_brackets,
    is_key_value_line,
    is_placeholder,
    joined_in_source,
    labels_control,
    names_hardware,
    reads_as_reference,
)
from .acronyms import (
    ACRONYM,
    NAME,
    Candidate,
    abbr_expansions,
    candidates,
    coordinated_with_known,
    expansions,
    initialisms,
    is_name_item,
    names_format,
    opening_long_form,
    qualified_stem,
    spelled_before,
    spells_out,
    strip_plural,
)
from .code_columns import code_cells
from .enumerations import in_name_column
from .glossed_labels import labels_own_gloss
from .licence_names import names_licence
from .word_lists import version_stem

_TOKEN = lazy_compile(r"[^\W_]+")
#: Words set in a formula (``\text{SNR}``): the acronym in math, not code.
_MATH_TEXT = lazy_compile(r"\\(?:text|mathrm|operatorname|textrm|textit|mathit|mathbf|textbf)\s*\{[^{}]*\}")
#: A word of a heading, with its hyphens, not glued into a code token (``AF_INET``, ``os.path``).
_HEADING_WORD = lazy_compile(r"(?<![\w.$@])[^\W_]+(?:-[^\W_]+)*(?![\w.(])")
#: A word of a long form with its hyphens: ``Real-Time``.
_LONG_WORDS = lazy_compile(r"[^\W_]+(?:[-‐][^\W_]+)*")
#: What may stand beside the word in a label that is the word alone: a plural,
#: punctuation, its other name in brackets (``**SiLU (Swish)**``; but a
#: qualifier in small letters, ``FIR (windowed)``, names a variant of it).
_LABEL_REST = lazy_compile(r"\s*\((?![a-z])[^()]*\)|^['’]?s\b|[\W_]+")


@dataclass(frozen=True, slots=True)
class Undefined:
    """A word a document leaves undefined: where it is first used, and how often."""

    word: str
    kind: str
    #: Source span of the first use.
    start: int
    end: int
    uses: int


#: A label and its separator at the start of an item: ``QZD - ...``, ``QZD: ...``,
#: ``QZD - https://...`` (the link a placeholder).
_ITEM_LABEL = lazy_compile(r"\s*(?:[-\u2013\u2014]\s+(?:[^\W\d_]*[A-Z\[`(]|\ufffc)|:\s)")


def _opens_item(text: str, start: int, end: int) -> bool:
    """A catalog item (``* QZD - [Spec 46-3](...)``, ``QZH: a key exchange``)
    that opens with the acronym as its label introduces it."""
    return start <= 8 and not text[:start].strip() and bool(_ITEM_LABEL.match(text, end))


def _labels_it(seg: Segment, start: int, end: int) -> bool:
    """Link text around the word (the link explains it), or a bold label that
    is the word alone (``**ONNX**: ...`` introduces it).  A bold label with
    more words (``**FIR filters**: ...``) uses the acronym, it does not
    introduce it."""
    if seg.in_link(start, end):
        return True
    return any(
        s <= start and end <= e and _alone(seg.text[s:e], start - s, end - s) for s, e in seg.title_ranges
    )


def _after_link(seg: Segment, start: int, end: int) -> bool:
    """The word alone in brackets just after a link (``[Quiet Kiln
    Runtime](https://...) (QKR-T)``): the short name of the thing linked,
    which the link explains as it explains its own text."""
    if not _in_brackets(seg.text, start, end):
        return False
    before = seg.text[: start - 1].rstrip(" \t" + PLACEHOLDER)  # reST leaves its target's place
    return bool(before) and seg.in_link(len(before) - 1, len(before))


#: A key and its value as code writes them, just before a bracket: ``QZC=4326``.
_VALUE_BEFORE = lazy_compile(r"(?<![^\s(])[^\W\d][\w.-]*=[\w.:-]+[ \t]*$")


def _names_value(text: str, start: int, end: int) -> bool:
    """The word alone in brackets just after a key and its value written as
    code (``with QZC=4326 (QZD84)``): the bracket gives the value's other
    name, a datum's, a code page's or a mode's, as the registry that
    numbers it names it.  A long form is words: a bracket after a value
    holds no expansion, and the word in it no phrase of the prose."""
    return _in_brackets(text, start, end) and bool(_VALUE_BEFORE.search(text, max(0, start - 41), start - 1))


def _after_code(seg: Segment, source: str, start: int, end: int) -> bool:
    """The word alone in brackets right after inline code (``the
    `qz_pesq.Predictor` (QZSQ)``): the bracket names where the code comes
    from or what else it is called, as after a key and its value
    (:func:`_names_value`).  A long form is words of the sentence, which
    code is not: the bracket spells nothing out, and its word is a name."""
    if not _in_brackets(seg.text, start, end):
        return False
    if not seg.text[max(0, start - 9) : start - 1].rstrip(" \t").endswith(PLACEHOLDER):
        return False
    bracket = seg.source_offset(start - 1)
    return bracket is not None and source[max(0, bracket - 8) : bracket].rstrip(" \t").endswith("`")


def _alone(label: str, start: int, end: int) -> bool:
    """Whether the word at ``label[start:end]`` is the label alone."""
    return not _LABEL_REST.sub("", label[:start] + label[end:])


#: The end of a word alone in brackets, with a plural: ``(QZM)``, ``(QZMs)``.
_BRACKET_CLOSE = lazy_compile(r"(?:['’]?s)?\)")
#: A one-letter symbol in math (``:math:`R```, ``$R$``): what a placeholder stands for.
_SYMBOL = lazy_compile(r"(?::math:)?([`$]+)\s*([A-Z])\s*\1")


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and _BRACKET_CLOSE.match(text, end) is not None


def _symbols(document: Document, seg: Segment) -> str:
    """The one-letter symbols a paragraph writes in math, in order: ``a
    resistor R, an inductor L and a capacitor C`` names each letter of RLC."""
    letters = []
    text = seg.text
    for i in range(1, len(text) - 1):
        if text[i] != PLACEHOLDER:
            continue
        before, after = seg.source_offset(i - 1), seg.source_offset(i + 1)
        match = (
            None if before is None or after is None else _SYMBOL.fullmatch(document.source, before + 1, after)
        )
        if match:
            letters.append(match.group(2))
    return "".join(letters)


def defined_in(document: Document) -> dict[str, str]:
    """Short form -> long form for every acronym the document spells out."""
    return _defined_in(document.segments, document.source)


def _defined_in(segments: Sequence[Segment], source: str) -> dict[str, str]:
    """Short form -> long form for every acronym ``segments`` spell out, and
    the ``:abbr:`` roles of the source."""
    found: dict[str, str] = {}
    for seg in segments:
        for short, long in expansions(seg.text):
            found.setdefault(short, long)
    for short, long in abbr_expansions(source):
        found.setdefault(short, long)
    return found


def _naming(segments: Sequence[Segment], words: set[str]) -> list[Segment]:
    """The segments, in order, that write one of ``words``, compared in capitals.

    Only these can define a word :func:`undefined_words` asks about: an
    expansion's short form, its parts (``SI`` of ``SI-SDR``) and its head
    (``RT`` of ``RTF``), a heading's candidates and words are all text of
    the segment, and a word equal to one of them, in capitals or as
    written, stands in the segment's text in capitals (``str.upper`` maps
    each character alone).  The other segments (on the handbook, 4,700 of
    5,000) need no search for expansions."""
    capitals = [seg.text.upper() for seg in segments]
    joined = SEGMENT_BREAK.join(capitals)
    ends = list(accumulate(len(text) + 1 for text in capitals))  # where each segment's break ends
    hit: set[int] = set()
    for word in {w.upper() for w in words}:
        at = joined.find(word)
        while at >= 0:
            k = bisect.bisect_right(ends, at)
            hit.add(k)
            at = joined.find(word, ends[k]) if k + 1 < len(ends) else -1
    return [segments[k] for k in sorted(hit)]


def _leading_parts(defined: dict[str, str]) -> set[str]:
    """The head of a defined acronym that its first words spell out: ``RT``
    of ``RTF = Real-Time Factor``; and the acronym a small letter qualifies,
    ``QZR`` of ``fQZR (functional quartz zone resonance)``."""
    found = set()
    for short, long in defined.items():
        words = _LONG_WORDS.findall(long)
        for k in range(2, len(short)):
            if any(spells_out(short[:k], words[:j]) for j in range(1, len(words))):
                found.add(short[:k].upper())
        stem = qualified_stem(short, long)
        if stem:
            found.add(stem)
    return found


#: The glossaries whose qualified stems were worked out, by identity, with the answer
#: (a few at most: a run has one glossary, the language server one per workspace).
_GLOSSARY_STEMS: dict[int, tuple[Glossary, frozenset[str]]] = {}
_GLOSSARIES_KEPT = 4


def glossary_stems(glossary: Glossary) -> frozenset[str]:
    """The acronyms a glossary's entries spell out as part of a qualified
    one: its ``fQZR`` entry, with the long form as its expansion or as the
    opening words of its definition (``Functional quartz zone resonance is
    ...``), tells the reader what ``QZR`` is."""
    kept = _GLOSSARY_STEMS.get(id(glossary))
    if kept is not None and kept[0] is glossary:
        return kept[1]
    found = set()
    for term in glossary:
        for short in (term.term, term.abbreviation):
            if not short or " " in short or not short[:1].islower():
                continue
            long = term.expansion or opening_long_form(short, term.definition)
            stem = qualified_stem(short, long) if long else None
            if stem:
                found.add(stem)
    if len(_GLOSSARY_STEMS) >= _GLOSSARIES_KEPT:
        _GLOSSARY_STEMS.clear()
    answer = _GLOSSARY_STEMS[id(glossary)] = (glossary, frozenset(found))
    return answer[1]


def undefined_words(
    document: Document,
    mentions: Sequence[Mention],
    known: frozenset[str],
    glossary: Glossary | None = None,
    names: AbstractSet[str] = frozenset(),
) -> list[Undefined]:
    """Each undefined acronym or name of the document, in order of first use.

    Not counted: words a heading of the document names (the section
    introduces them); words inside a glossary mention; words in headings, table
    headers and row labels (Title Case words such as ``HOWTO``; a catalog
    row introduces its name, to the whole document) and the cells of a
    column of codes (:mod:`.code_columns`); link text and bold labels (``**ONNX**: ...``
    introduces it, a link explains it); words of a bibliography entry (the
    cited work's title and venue use its authors' short forms, which this
    document has no say over); and words the document
    also writes outside its prose (in code, a directive or a link target):
    there they are code (``SELECT``, ``BUILDDIR``), not terms to define.
    An acronym in ``names`` (spelled out as a name somewhere in the run:
    :mod:`.acronym_names`) is a name.
    """
    unpaired = glossary.known_forms if glossary is not None else frozenset()
    # The candidates of the body first: the searches for definitions below
    # need only read the segments that write one of their words.
    body = [
        (seg, found)
        for seg in document.segments
        if not seg.kind.is_title or seg.kind is BlockKind.TABLE_HEADER
        if not seg.cited
        if (found := list(candidates(seg.text, known, unpaired)))
        if not reads_as_reference(seg.text) and not is_key_value_line(seg.text)
    ]
    if not body:
        return []
    # A word's stem before a version is asked about too: a definition of
    # ``MNI`` defines ``MNI152``, and that segment need not write the number.
    asked = {cand.word for _, found in body for cand in found}
    naming = _naming(document.segments, asked | {s for w in asked if (s := version_stem(w))})
    defined = _defined_in(naming, document.source)
    defined_parts = {p for short in defined for p in (short, *short.split("-"))}
    # A section headed by a name or acronym (``## BigVGAN``) introduces it, and
    # so does a table row labelled with it (``| QZ8 | 1 byte |``): to the whole
    # document, as a reader who met it there knows it further on.
    # A row label with more words (``FIR (windowed)``) uses its acronym.
    defined_parts.update(
        cand.word
        for seg in naming
        if seg.kind is BlockKind.HEADING or seg.kind is BlockKind.TABLE_ROW_HEADER
        for cand in candidates(seg.text, known)
        if seg.kind is BlockKind.HEADING or _alone(seg.text, cand.start, cand.end)
    )
    # A heading names its words even where they stand in a name
    # (``PostgreSQL QZMQ``, ``Using Amazon QZS``): the candidates above leave
    # those out, as a name's part is no acronym there, but the section is
    # about the thing, and the prose under it writes its short name alone.
    heading_words = {
        strip_plural(part)
        for seg in naming
        if seg.kind is BlockKind.HEADING
        for word in _HEADING_WORD.findall(seg.text)
        for part in (word, *word.split("-"))
    }
    defined_parts.update(heading_words)
    told = _Told(body, document.source)
    # A cell of a table's column of codes (``| regional | QZR |``) gives the
    # code as the table's data, named by its row: introduced there.
    in_table = any(seg.kind is BlockKind.TABLE_CELL for seg, _ in body)
    codes = code_cells(document.segments) if in_table else set()
    covered: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        covered.setdefault(id(m.segment), []).append((m.start, m.end))
    firsts: dict[str, tuple[str, int, int]] = {}
    uses: Counter[str] = Counter()
    tokens: _Tokens | None = None
    spelled: set[str] | None = None
    by_symbols: set[str] = set()
    for seg, found in body:
        spans = covered.get(id(seg), ())
        for cand in found:
            word = cand.word
            if seg.kind is BlockKind.TABLE_HEADER and not _in_brackets(seg.text, cand.start, cand.end):
                continue  # a column's name; but its measure in brackets, ``Quality (QZM)``, is a use
            if id(seg) in codes:
                continue
            if (
                word in defined_parts
                or version_stem(word) in defined_parts
                or any(s < cand.end and cand.start < e for s, e in spans)
            ):
                continue
            if (
                _labels_it(seg, cand.start, cand.end)
                or _opens_item(seg.text, cand.start, cand.end)
                or _after_link(seg, cand.start, cand.end)
                or _names_value(seg.text, cand.start, cand.end)
                or _after_code(seg, document.source, cand.start, cand.end)
                or qualifies_link(seg, cand.start, cand.end)
            ):
                continue  # link text, a label, an item's label, a value's name: linked or introduced there
            if tokens is None:  # only for a document with candidates
                tokens = _Tokens(document)
            if any(tokens.more_in_source(t) for t in _TOKEN.findall(word)) or told.about(word):
                continue
            if tokens.prefixes_identifiers(word):
                continue  # QZA of QZA:0001: an identifier's namespace, also where it stands alone
            if cand.kind == ACRONYM and (
                word in names or _in_name_column(document.source, seg, cand.start, cand.end)
            ):
                cand = Candidate(cand.start, cand.end, word, NAME)  # GPK of "Grain Pacing Toolkit (GPK)"
            if cand.kind == ACRONYM:
                if _after_heading_name(seg.text, cand.start, heading_words):
                    continue  # QZV OE: a part of the product's name the document is about
                if tokens.names_in_capitals(word):
                    continue
                if spelled is None:  # read once, and only for a document with an acronym left
                    spelled = (
                        initialisms(document.source)
                        | compound_initialisms(document.source)
                        | _leading_parts(defined)
                    )
                    if glossary is not None:
                        spelled |= glossary_stems(glossary)
                if word.upper() in spelled:
                    continue
                if (
                    word.isalpha()
                    and word.isupper()
                    and PLACEHOLDER in seg.text
                    and word in _symbols(document, seg)
                ):
                    by_symbols.add(word)  # its letters are the paragraph's symbols, each named there
                    continue
            uses[word] += 1
            if word not in firsts:
                span = seg.source_span(cand.start, cand.end)
                if span is not None:
                    firsts[word] = (cand.kind, *span)
    return [
        Undefined(word, kind, start, end, uses[word])
        for word, (kind, start, end) in firsts.items()
        if word not in by_symbols
    ]


class _Told:
    """What a document tells of a word at one of its uses, for all of them:
    a word it writes before ``file`` or ``format`` (``QZF files``) names a
    file format there and wherever else it stands, as an acronym it writes as
    a placeholder, a signal or an example of a source names one; and an acronym whose
    initials the words just before it give (``quota group from QG``) is
    spelled out for the rest of the document.  Asked only of the words left
    after the cheaper tests, each once."""

    def __init__(self, body: Sequence[tuple[Segment, list[Candidate]]], source: str) -> None:
        self._source = source
        self._uses: dict[str, list[tuple[Segment, Candidate]]] = {}
        for seg, found in body:
            for cand in found:
                self._uses.setdefault(cand.word, []).append((seg, cand))
        self._answers: dict[str, bool] = {}
        self._lower: str | None = None

    def _lower_source(self) -> str:
        """The source in small letters, made once and only when asked."""
        if self._lower is None:
            self._lower = self._source.lower()
        return self._lower

    def about(self, word: str) -> bool:
        found = self._answers.get(word)
        if found is None:
            uses = self._uses.get(word, ())
            found = self._answers[word] = any(
                names_format(seg.text, cand.end)
                or (cand.kind == ACRONYM and spelled_before(word, seg.text, cand.start))
                for seg, cand in uses
            ) or (
                any(cand.kind == ACRONYM for _, cand in uses)
                and (
                    in_angle_brackets(self._source, word)
                    or any(self._names_no_phrase(seg.text, cand) for seg, cand in uses)
                    or any(coded_in_small_letters(word, self._paragraph(seg)) for seg, _ in uses)
                    or any(
                        joined_in_source(word, seg.text, cand.end, self._lower_source()) for seg, cand in uses
                    )
                )
            )
        return found

    def _paragraph(self, seg: Segment) -> str:
        """The source of the segment's lines, its markup with it (inline code
        too, also where the segment opens or closes with it)."""
        extent = seg.source_extent
        if extent is None:
            return ""
        start, end = source_lines(self._source, *extent)
        return self._source[start:end]

    @staticmethod
    def _names_no_phrase(text: str, cand: Candidate) -> bool:
        """A use that shows the word is no phrase to spell out: an argument's
        placeholder, a signal or register, an example of a source or format,
        a control's label, a word of its sentence clipped (:mod:`.acronym_uses`),
        a line's label that its gloss writes in small letters (:mod:`.glossed_labels`),
        a licence's name where the paragraph speaks of licences (:mod:`.licence_names`)."""
        start, end = cand.start, cand.end
        return (
            is_placeholder(text, start, end)
            or coordinated_with_known(text, start, end)
            or names_hardware(text, start, end)
            or example_of_source(cand.word, text, start, end)
            or labels_control(cand.word, text, start, end)
            or clips_word_of_sentence(cand.word, text, start, end)
            or labels_own_gloss(cand.word, text, start, end)
            or names_licence(cand.word, text, start, end)
        )


def _in_name_column(source: str, seg: Segment, start: int, end: int) -> bool:
    """An item of a list of names, one a line (:func:`.in_name_column`)."""
    span = seg.source_span(start, end)
    return span is not None and in_name_column(source, *span, is_name_item)


#: The word just before another, with the blank between.
_WORD_BEFORE = lazy_compile(r"([^\W_]+)[ \t]+$")


def _after_heading_name(text: str, start: int, heading_words: set[str]) -> bool:
    """An acronym right after a name in capitals that the document's
    headings name (``QZV OE for File`` on the page headed ``QZV Driver``):
    the document is about that product, and the words after its name in
    capitals are the rest of the product's name or edition."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    name = before.group(1)
    return len(name) >= 2 and name.isupper() and name.isalpha() and name in heading_words


class _Tokens:
    """Whether a document writes a token (a run of letters and digits) more
    often in its source, math left out, than in its prose: then the token is
    also code, a directive or a link target.  Counted when asked, and only
    for the few words a document asks about: counting every token of the
    document took a tenth of GL002's time."""

    def __init__(self, document: Document) -> None:
        # A line break joins the segments: no token runs across it.
        self._prose = "\n".join(s.text for s in document.segments)
        self._source = _MATH_TEXT.sub(" ", document.source)
        self._answers: dict[str, bool] = {}
        self._capitals: dict[str, bool] = {}
        self._prefixes: dict[str, bool] = {}
        self._upper: str | None = None

    def prefixes_identifiers(self, word: str) -> bool:
        """Whether the document writes ``word`` as the prefix of a compact
        identifier, glued to a colon and the local part (``QZA:0001``,
        ``QZA:brain``): then the word is that namespace, a code the data is
        keyed by (a table's source column writes it alone), not a phrase to
        spell out.  So does an assignment to it, glued to ``=`` and a value
        (``QZSEL=1``): the word is the name of a field or a variable."""
        found = self._prefixes.get(word)
        if found is None:
            source, found = self._source, False
            for glued in (word + ":", word + "="):
                at = source.find(glued)
                while at >= 0 and not found:
                    after = at + len(glued)
                    found = (
                        (at == 0 or not source[at - 1].isalnum())
                        and after < len(source)
                        and source[after].isalnum()
                    )
                    at = source.find(glued, at + 1)
            self._prefixes[word] = found
        return found

    def names_in_capitals(self, word: str) -> bool:
        """Whether the prose writes ``word`` also with small letters, as a
        name (``Qzfs``, ``QzFS``): then ``QZFS`` is that name in capitals, as a
        table's protocol column or an option's value writes it, no acronym.

        So does a word the prose writes all in small letters, at least as
        often as in capitals, where that is no word of English (``qzlib``, a
        project that spells itself so; ``qzos5``, the key a table writes
        beside the name): an acronym is written in capitals wherever prose
        writes it, and its letters in small type are no word a writer would
        choose.  A lower-case ``snr`` or ``ram`` is English enough to be read
        so, and a small-letter slip among more uses in capitals (``mfcc``
        once, ``MFCC`` thrice) is the acronym written carelessly: both leave
        the capitals an acronym."""
        if not (len(word) >= 3 and word.isupper() and word.isalnum() and word[0].isalpha()):
            return False
        found = self._capitals.get(word)
        if found is None:
            forms = list(self._spellings(word))
            small = sum(1 for form in forms if _small_name(form))
            found = self._capitals[word] = small >= forms.count(word) > 0 or (
                word.isalpha() and any(form != word and form[0].isupper() for form in forms)
            )
        return found

    def _spellings(self, word: str) -> Iterator[str]:
        """How the prose writes ``word`` as a whole word, in any case: found
        with ``str.find`` in the prose in capitals (where capitals keep each
        character's place, as they do but for a few letters such as ß)."""
        prose = self._prose
        if self._upper is None:
            upper = prose.upper()
            self._upper = upper if len(upper) == len(prose) else ""
        upper, end = self._upper, len(word)
        at = upper.find(word)
        while at >= 0:
            after = at + end
            if (at == 0 or not prose[at - 1].isalnum()) and (
                after == len(prose) or not prose[after].isalnum()
            ):
                yield prose[at:after]
            at = upper.find(word, at + 1)

    def more_in_source(self, token: str) -> bool:
        found = self._answers.get(token)
        if found is None:
            found = self._answers[token] = _whole_count(self._source, token) > _whole_count(
                self._prose, token
            )
        return found


def _small_name(form: str) -> bool:
    """A word in small letters (digits may follow) that English never
    writes: a name spelled in lower case, not a word of the language."""
    return form.islower() and not is_known_word(form)


def _whole_count(text: str, token: str) -> int:
    """How often ``token`` stands in ``text`` as a whole run of letters and
    digits (as :data:`_TOKEN` finds them: neither side touches a letter or a
    digit), by ``str.find``, which skips the rest of the text fast."""
    count = 0
    end = len(text)
    at = text.find(token)
    while at >= 0:
        after = at + len(token)
        if (at == 0 or not text[at - 1].isalnum()) and (after == end or not text[after].isalnum()):
            count += 1
        at = text.find(token, at + 1)
    return count
