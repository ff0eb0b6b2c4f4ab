"""GL001 term-spelling: a glossary term spelled otherwise than the glossary allows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial

from ..glossary.model import CasePolicy, Glossary, SpellingKind
from ..glossary.tables import TableKind, glossary_table
from ..lazy_re import lazy_compile
from ..matching.code_tokens import in_code_token
from ..matching.english import is_known_word, is_ordinary_word
from ..matching.matcher import Candidate, Mention
from ..matching.words import HYPHENS, WORD_RE, broken_as, capitalize_first, title_case
from ..sources.anchors import anchors_differ
from ..sources.segments import LINE_BREAK, BlockKind, Segment
from .base import Hit, Rule, RuleContext
from .case_context import (
    WORD_REST,
    after_hard_break,
    capital_allowed,
    capital_has_reason,
    capitals_can_only_be_slips,
    in_name,
    paired_by_slash,
    title_allowed,
)
from .class_nouns import is_class_noun
from .code_spellings import heads_code_name, listed_with_code_names, set_out_code_name, written_as_code
from .command_words import page_code_text, typed_as_command
from .counted_names import counted_name
from .defined_forms import defined_as_written
from .enumerations import in_name_list
from .file_extensions import names_own_extension
from .findings import Severity
from .guessed_case import GuessedCaseUsage, lowered_by_house, set_alone_in_bold
from .house_names import opens_house_name
from .house_style import (
    KEPT_USES,
    capital_shape,
    capitalised_lower_term,
    code_names,
    house_opened,
    house_spelled,
    page_capitals,
    page_form,
    respaced_mention,
)
from .item_labels import (
    english_word_lowered,
    in_list_label,
    in_usage_line,
    names_labelled_item,
    title_case_identifier,
)
from .kind_capitals import list_neighbours, named_beside_kinds, paragraph_text
from .label_columns import label_cells
from .label_lists import in_title_case_list, spaced_by_title
from .line_code_names import named_by_line_code
from .linked_forms import is_linked_form, linked_forms
from .lower_titles import lowered_by_title
from .lowered_names import lowered_as_verb, lowered_class_noun, lowered_code_name
from .modified_compounds import modifies_compound
from .name_forms import in_hyphenated_name, is_command_name
from .named_kinds import (
    instance_beside_class_names,
    labelled_on_page,
    named_as_class,
    named_in_vocabulary,
    names_a_class,
    names_base_class,
    opens_class_names,
)
from .own_headwords import heads_own_definition
from .page_definitions import spaced_as_page_defines
from .page_spellings import (
    abbreviated_forms,
    after_at_sign,
    at_name_slip,
    at_names,
    in_role_series,
    names_quoted_key,
    own_case_spelling,
)
from .proper_adjectives import graded_lower_adjective
from .quoted_names import stands_in_name
from .row_labels import names_row_subject
from .split_phrases import LINKING_WORDS, acronym_phrase, glossed_as_phrase, linking_word_split
from .styled_names import house_styled
from .title_subjects import restates_title
from .typo_names import names_something_else
from .word_roles import (
    BEFORE_VERB,
    MODIFIER_ENDS,
    OBJECT_START,
    is_plural,
    modifies_next_noun,
    plural_modifies_noun,
    stands_as_predicate,
    stands_as_verb,
)


def check_spelling(ctx: RuleContext) -> Iterator[Hit]:
    # A closed compound split by a space ("code book") is a slip only where the
    # document also writes the term whole, or its first part cannot stand
    # alone ("sub query"); elsewhere "web view" may be English.
    whole = {m.terms[0].id for m in ctx.mentions if not m.ambiguous and not _split_by_space(m)}
    whole |= ctx.house.closed_terms  # or the handbook's other chapters do
    capitalised = [m for m in ctx.mentions if capitalised_lower_term(m)]
    kept = page_capitals(ctx.mentions, capitalised)
    # 'the Widget Store (or WS)': the page's defined name, capitalised where it is used again
    kept |= abbreviated_forms(capitalised, ctx.mentions)
    # Asked once per mention here, and read below by identity: the loop asked
    # it again up to three times for each mention it reached.
    capitalised_ids = {id(m) for m in capitalised}
    # The document's code names are read only when some mention needs them.
    page_code = cache(partial(code_names, ctx.document.source))
    # A class name in another inner case (``the Searchlight`` of the page's
    # ``SearchLight`` class) still names the class: compared case-folded.
    code = {name.casefold() for name in page_code() | ctx.house.class_names} if capitalised else set()
    # The words a page's class names are built of (``Kiln`` of ``BaseKiln``
    # and ``KilnInterface``): the capitalised word alone names that family.
    code_words = cache(partial(_name_words, ctx.document.source))
    kept |= {
        page_form(m)
        for m in capitalised
        if m.found.split()[0].casefold() in code
        or (m.terms[0].id, capital_shape(m.one_line)) in ctx.house.capitalised_terms
        or _defined_as_class(m)
        or set_alone_in_bold(m)  # the page's label: 'use the **Sieve** options' beside 'the Sieve list'
    }
    products = _product_words(ctx.glossary)
    if products and capitalised:
        kept |= {page_form(m) for m in capitalised if _after_product(m, products)}
    # The page's phrases are counted only when a mention may be one.
    phrases = cache(partial(_page_phrases, ctx.mentions, ctx.document.source))
    usage = GuessedCaseUsage(ctx.mentions)
    # The page's own links, plural link texts too, read when a mention may be one of their forms.
    page_links = cache(lambda: frozenset(linked_forms(ctx.document.source, ctx.glossary, plurals=True)))
    code_text = cache(partial(page_code_text, ctx.document))
    counted = counted_name(ctx.glossary, ctx.document.source)
    page_prose = cache(partial(paragraph_text, ctx.document.segments))
    glossary_prose = cache(partial(_definitions_prose, ctx.glossary))
    long_headwords = cache(partial(_long_headwords, ctx.glossary))
    list_items = partial(list_neighbours, ctx.document.segments, ctx.document.source)
    label_column = cache(partial(label_cells, ctx.document.segments))
    names_at = at_names(ctx.glossary)
    for mention in ctx.mentions:
        if names_at and after_at_sign(mention.segment.text, mention.start):
            # '@widget store' where the glossary names that very '@widget-store': its slip
            at_hit = _at_name_hit(mention, names_at)
            if at_hit is not None:
                yield at_hit
            continue
        if _as_spelled(mention):
            continue  # most mentions: what follows could only let the mention pass
        if heads_own_definition(mention):
            continue  # 'Memory Pool' heading its own definition, as the glossary heads the entry
        if house_opened(mention, ctx.house):
            continue  # 'top-level' where the handbook writes 'toplevel dependency' so as its habit
        if (
            _split_by_space(mention)
            and mention.terms[0].id not in whole
            and not _split_off_part(mention)
            and not _quoted_alone(mention)
        ):
            continue
        if _phrasal_verb(mention) or acronym_phrase(mention) or linking_word_split(mention):
            continue
        if glossed_as_phrase(mention):
            continue  # 'the tag name' where the entry 'tagname' is defined as "the name of a tag"
        if names_something_else(mention, ctx.document.source, ctx.glossary):
            continue  # 'RtMidi', 'python-rtmidi' beside the term 'rtpmidi': a library's name
        if names_own_extension(mention):
            continue  # 'a wcf file' where the entry 'WCF' is defined as stored with the *.wcf* extension
        if in_usage_line(mention.segment.text, mention.start):
            continue  # '**Usage**: probeserver {start,stop}': the command as typed
        if lowered_by_title(mention):
            continue  # a caption 'bucket loader settings for the abc adapter': the title lowers every word
        if typed_as_command(mention, code_text):
            continue  # '--engine <engine>'; 'run the tool sub show command' where the code types it
        if named_by_line_code(mention, ctx.document.source):
            continue  # 'Probeserver Test' beside 'probeserver_test.py': the test's code name
        if (form := _phrase_form(mention)) is not None and form in phrases():
            continue  # the page's phrase 'memory view' beside the term 'typed memoryview'
        if page_form(mention) in kept:
            continue
        if after_at_sign(mention.segment.text, mention.start):
            continue  # '@widget-store': a route, handle or decorator, named as code names it
        if names_quoted_key(mention, ctx.document.source):
            continue  # 'for widget-id and widget-store' where the page writes the key "widget-store":
        if any(
            own_case_spelling(mention.one_line, c.spelling.text, ctx.document.source)
            for c in mention.candidates
            if c.spelling.kind is not SpellingKind.VARIANT
        ):
            continue  # 'WURLs' on a page that writes WURL twenty times against one wURL
        if house_styled(mention, ctx.house.styled_names):
            continue  # 'Osprey' where the glossary heads 'OSPREY' and the chapters write 'Osprey' as a habit
        if (
            is_class_noun(mention, page_code, ctx.house.class_nouns, counted)
            or is_linked_form(mention, ctx.house.linked_forms)
            or is_linked_form(mention, page_links())
        ):
            continue  # 'a data array' for DataArray; the handbook's own 'Anova' for ANOVA
        capital = id(mention) in capitalised_ids
        if capital and _names_file_class(mention, code_words):
            continue  # '__init__.py - contains the Kiln' beside BaseKiln and KilnInterface
        if capital and restates_title(mention, ctx.document.segments):
            continue  # '# Tide Gauge' over 'The Tide Gauge records ...': the page's subject as titled
        if capital and _among_code_names(mention):
            continue  # 'SubClassOf, SomeValuesFrom, Annotations': a construct named as its kin are
        if capital and named_beside_kinds(mention, ctx.mentions, page_prose, list_items):
            continue  # 'turns Readings into Reports': the sentence names kinds of the model in capitals
        if capital and in_role_series(
            mention,
            ctx.mentions,
            lambda m: id(m) in capitalised_ids,
            kept,
            lambda m: (m.terms[0].id, capital_shape(m.one_line)) in ctx.house.capitalised_terms,
        ):
            continue  # 'to the Dispatcher and the Widget Store': roles named in capitals, as the page does
        if capital and in_title_case_list(mention, ctx.mentions):
            continue  # 'a method (Radius Cutoff or Edge Touch)': the labels a panel offers, as labelled
        if spaced_by_title(mention, ctx.document.source):
            continue  # a heading 'Dual Port Buffers' for 'dual-port buffer': the title's words apart
        if capital and names_row_subject(mention, ctx.document.segments):
            continue  # '| Fields (beta) | runs on Fields |' among rows labelled 'macOS', 'BSD'
        if capital and mention.segment.kind is BlockKind.TABLE_CELL and id(mention.segment) in label_column():
            continue  # '| Optional | Rubble Carrier |' in a column of labels: Title Case as a header's
        if capital and opens_house_name(mention, ctx.house.names):
            continue  # 'which Ledger service runs' where the handbook writes 'the Ledger Service'
        if capital and (
            names_a_class(mention, ctx.house.code_classes)
            or names_base_class(mention, ctx.house.code_classes)
            or opens_class_names(mention, ctx.house.code_classes, ctx.document.source)
            or labelled_on_page(mention, ctx.document.source)
            or instance_beside_class_names(mention)
            or named_in_vocabulary(mention)
        ):
            continue  # 'a Dataset object'; 'jobs run for Changes' where the page's list labels 'Change'
        if named_as_class(mention, page_code):
            continue  # 'provides two classes Kilnfile, Shelf' beside the page's code 'Kilnfile(path)'
        in_code = ctx.house.code_spellings
        if (
            written_as_code(mention, in_code)
            or set_out_code_name(mention, in_code, ctx.document.source)
            or listed_with_code_names(mention, in_code)
            or heads_code_name(mention, ctx.document.source)
        ):
            continue  # 'loadbalancer', the API resource; 'a config project' beside the key config-projects
        if stands_in_name(mention, ctx.document.source):
            continue  # 'the datarray_ project', 'org/datatree', ('spm'), a cited paper's title
        respaced = house_spelled(mention, ctx.house)
        if respaced is not None and _spelling_hit(respaced, ctx.document.source) is None:
            continue  # spaced as the handbook's prose spaces it (``threadlocal``)
        respaced = _spaced_as_defined(mention, glossary_prose)
        if respaced is not None and _spelling_hit(respaced, ctx.document.source) is None:
            continue  # 'resting state' where the entry 'resting-state' is defined as "Resting state ..."
        if defined_as_written(mention, long_headwords()):
            continue  # 'such as Kiln' where the entry 'kiln' is defined as "The Potter Kiln service"
        respaced = spaced_as_page_defines(mention, ctx.document.source)
        if respaced is not None and _spelling_hit(respaced, ctx.document.source) is None:
            continue  # 'shelf unit' where the page defines "A **shelf unit** is ..."
        if (
            usage.spells(mention)
            or usage.lowers_dictionary_word(mention)
            or lowered_by_house(mention, ctx.house.lowered_guesses)
        ):
            continue  # 'a Boutiques descriptor' where the importer guessed 'boutiques'
        if modifies_compound(mention, ctx.document.source, ctx.glossary):
            continue  # 'the Kiln pot-firing schedule' for 'Kiln Pot': Kiln modifies the compound
        hit = _spelling_hit(mention, ctx.document.source)
        if hit is not None:
            yield hit


@glossary_table(TableKind.STRINGS)
def _product_words(glossary: Glossary) -> frozenset[str]:
    """Capitalised first words that open two or more of the glossary's
    headwords of several words: a product's name (``Salt`` of ``Salt
    Cloud``, ``Salt SSH``)."""
    firsts = Counter(
        words[0] for term in glossary if len(words := term.term.split()) > 1 and words[0][:1].isupper()
    )
    return frozenset(word for word, n in firsts.items() if n >= 2)


#: The capitalised word right before a mention, on its line or the one before.
_CAPITAL_BEFORE = lazy_compile(r"([A-Z][\w'’-]*)(?:[ \t]+|[ \t]*\n[ \t]*)$")


def _after_product(mention: Mention, products: frozenset[str]) -> bool:
    """A capitalised form of a lower-case term written, in running text, as
    a part of the product's name (``the Salt File Server``): on that page
    the same capitals alone (``the master's File Server``) are the name's
    short form, not a slip.  A heading's Title Case names nothing."""
    if mention.segment.kind is BlockKind.HEADING:
        return False
    text = mention.segment.text
    before = _CAPITAL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and before.group(1) in products


#: A text opening with a file's name and a separator (``kiln.py - holds ...``,
#: ``__init__.py: ...``): the description of that file, as a listing of a
#: package's files writes it.
_FILE_ITEM = lazy_compile(r"\s*[\w./-]*\w\.[A-Za-z]{1,4}\s+[-–—:]\s")
#: A name in camel case opening code or a role's text (```BaseKiln``, ``:class:`~pots.KilnInterface <...>```).
_CAMEL_IN_CODE = lazy_compile(r"`[~!]?(?:[\w]+\.)*([A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]+(?![a-z]))+)(?=[`(<\s])")
#: A word of a name in camel case: a capital and small letters, or capitals
#: before one (``VSN`` of ``VSNKiln``).
_NAME_WORD = lazy_compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def _names_file_class(mention: Mention, code_words: Callable[[], frozenset[str]]) -> bool:
    """A capitalised one-word mention in a file's description that the
    page's class names are built of (:func:`_name_words`)."""
    return (
        " " not in mention.found
        and _FILE_ITEM.match(mention.segment.text) is not None
        and mention.found in code_words()
    )


def _name_words(source: str) -> frozenset[str]:
    """The capitalised words that two or more of a page's class names
    written as code are built of (``Kiln`` of ``BaseKiln`` and
    ``KilnInterface``): the page names a family of classes after the word.
    Where the page describes a file of the package (``__init__.py -
    contains the Kiln``), the word alone with the code's capital names the
    class the file defines, no slip of the lower-case term.  One name alone
    (``KilnInterface``) says only that it holds the word, and running prose
    (``the Kiln fires``) keeps its slip: a file's description names code."""
    if "`" not in source:
        return frozenset()
    counts: Counter[str] = Counter()
    for name in set(_CAMEL_IN_CODE.findall(source)):
        counts.update(set(_NAME_WORD.findall(name)))
    return frozenset(word for word, n in counts.items() if n >= 2)


def _among_code_names(mention: Mention) -> bool:
    """A capitalised term that is an item of a list of names of which one at
    least has a capital inside a word (``SubClassOf, SomeValuesFrom,
    Annotations``): a list of a language's or an API's constructs, each
    named as the code names it, not words of the sentence.  A list of
    capitalised words alone (``Drawers, Shelves and Boxes``) names nothing.
    Only a word English writes takes a construct's capital so: a coined name
    that English text never writes (``qzvec2`` beside ``GlazeNet``) has the
    one spelling the glossary gives it, in a list of names as anywhere, and
    its capital stays a slip.  The list is looked for first: whether a word
    is English may decode a section of the English table (about 16 kB), and
    most capitalised terms stand in no such list."""
    text = mention.segment.text
    rest = WORD_REST.match(text, mention.stem_end)
    end = rest.end() if rest else mention.stem_end
    listed = _paired_with_code_name(text, mention.start, end) or in_name_list(
        text, mention.start, end, lambda item: bool(_MIXED_CASE.search(item)), lambda item: False
    )
    return listed and all(is_known_word(word) for word in WORD_RE.findall(mention.found))


#: A pair's other name, after or before the word: joined by "and", "or" or a comma.
#: A comma alone joins the pair only where the list goes on after the other
#: name (``Widgets, SprocketSets and Gears``): a comma that closes a clause
#: (``When building a Widget, GearWorks checks ...``) joins nothing.
_PAIR_AFTER = lazy_compile(
    r"(?:,?[ \t]+(?:and|or)[ \t]+([A-Z]\w*)\b|,[ \t]+([A-Z]\w*)\b(?=,|[ \t]+(?:and|or)\b))"
)
_PAIR_BEFORE = lazy_compile(r"\b([A-Z]\w*),?[ \t]+(?:and|or)[ \t]+$")


def _paired_with_code_name(text: str, start: int, end: int) -> bool:
    """``Widgets and SprocketSets``: a capitalised word joined to a name with
    a capital inside it (a type's name as the code spells it) names a type
    of the same API, capitalised as its partner is; two capitalised English
    words (``Widgets and Sprockets``) name nothing so.  So does a word
    paired, before the same head noun, with a dotted name of the code
    (``the Widget layer or the gears.api layer``): the two are parts of
    the code named alike."""
    after = _PAIR_AFTER.match(text, end, min(len(text), end + 60))
    before = _PAIR_BEFORE.search(text, max(0, start - 60), start)
    names = [name for m in (after, before) if m is not None for name in m.groups() if name]
    if any(_MIXED_CASE.search(name) is not None for name in names):
        return True
    return _paired_with_dotted_name(text, start, end)


#: A head noun, a pair's joining word, and a dotted name of code before the
#: same noun (`` layer or the gears.api layer``); and the same before a word.
_DOTTED = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+"
_PAIR_NOUN_AFTER = lazy_compile(
    r"[ \t]+([a-z]{2,})(?:,?[ \t]+(?:and|or)|,)[ \t]+(?:the[ \t]+)?" + _DOTTED + r"[ \t]+\1\b"
)
_PAIR_NOUN_BEFORE = lazy_compile(
    r"(?<![\w.])" + _DOTTED + r"[ \t]+([a-z]{2,})(?:,?[ \t]+(?:and|or)|,)[ \t]+(?:the[ \t]+)?$"
)


def _paired_with_dotted_name(text: str, start: int, end: int) -> bool:
    """``the Widget layer or the gears.api layer`` (either way round): the
    capitalised word and a dotted name of code stand before the same head
    noun, joined by ``and``, ``or`` or a comma."""
    after = _PAIR_NOUN_AFTER.match(text, end, min(len(text), end + 80))
    if after is not None:
        return True
    before = _PAIR_NOUN_BEFORE.search(text, max(0, start - 80), start)
    return before is not None and re.compile(r"[ \t]+" + before.group(1) + r"\b").match(text, end) is not None


def _defined_as_class(mention: Mention) -> bool:
    """A capital that the entry itself gives: its own definition writes the
    word as code (``A :class:`Mode` instance ...``), so the glossary says the
    capitalised word is the class of that name, and the prose's ``a
    function Mode`` names it.  An entry whose definition shows no such code
    gives the capital no reason, and so does one whose headword is in lower
    case (``builder``, defined as a subclass of ``Builder``): the page
    names the concept, and the capital is a slip for it."""
    first = mention.found.split()[0]
    return any(
        term.term.split()[0] == first and first in code_names(term.definition) for term in mention.terms
    )


def _spaced_as_defined(mention: Mention, glossary_prose: Callable[[], str]) -> Mention | None:
    """The mention as judged with the word breaks it has, where the glossary's
    own definitions write the term with those breaks: a hyphenated entry
    (``resting-state``, the modifier) whose definition speaks of the noun
    open ("Resting state fMRI is ..."), or a spaced entry (``dead band``)
    whose definition, or another entry's, hyphenates it ("a dead-band of
    2%", "tuned by its dead-band"), allows that form in prose, in the
    singular or the plural: the glossary itself writes it so.  Only the
    spacing is the definitions': the letters' case is still judged against
    the glossary.  An entry that no definition writes in the form keeps its
    slips (``hot swap`` for ``hot-swap``).  ``glossary_prose`` gives the
    prose of every definition of the glossary (:func:`_definitions_prose`)."""
    if mention.typo or mention.ambiguous or not mention.separators:
        return None
    words, gaps = _words_and_gaps(mention.one_line)
    if len(gaps) != len(words) - 1 or not set(gaps) <= {" ", "-"}:
        return None
    if not all(_words_and_gaps(c.spelling.text)[1] != gaps for c in mention.candidates):
        return None
    body = broken_as(words, gaps)
    # in the definition's prose: not a path or name of code (``resting-state.md``)
    pattern = r"(?<![\w./\-])" + body + r"(?:e?s)?(?![\w/\-])"
    if any(re.search(pattern, _prose_of(term.definition), re.IGNORECASE) for term in mention.terms):
        return respaced_mention(mention)
    # in another entry's: as a name of its own, not a modifier before its noun ('a dead-band valve')
    if re.search(pattern + _NO_NOUN_AFTER, glossary_prose(), re.IGNORECASE):
        return respaced_mention(mention)
    return None


#: After a form in a definition: no word it modifies (a noun after a blank).
_NO_NOUN_AFTER = r"(?![ \t\n]+[^\W\d_])"
#: What in a definition names a place, not the term: a link's target
#: (``](#main-process)``, ``<#main-process>``), a label's line
#: (``(main-process)=``, ``.. _main-process:``, ``[main]: #main-process``)
#: and an address.
_NO_PROSE = lazy_compile(
    r"\]\([^)\s]*\)|<[^<>\s]*>|^[ \t]*(?:\([^()\n]*\)=|\.\. _[^\n]*|\[[^\]\n]+\]:[^\n]*)$|[a-z]+://\S+",
    re.MULTILINE | re.IGNORECASE,
)


@glossary_table(TableKind.STRINGS)
def _long_headwords(glossary: Glossary) -> frozenset[str]:
    """The glossary's spellings of several words, case-folded and single-spaced:
    a table of the glossary, not read again for each page that asks (it made
    every spelling of every entry anew, 2,500 objects over the handbook)."""
    return frozenset(
        " ".join(s.text.split()).casefold()
        for term in glossary.terms
        for s in term.spellings()
        if " " in s.text.strip()
    )


def _definitions_prose(glossary: Glossary) -> str:
    """The prose of all the glossary's definitions (:func:`_prose_of`), one
    after another, without the places they link to (:data:`_NO_PROSE`)."""
    return "\n\n".join(_NO_PROSE.sub(" ", _prose_of(term.definition)) for term in glossary.terms)


#: Text in backticks: code, or a role's target (``{doc}`kiln-loads```, a page's
#: name); not a reST hyperlink reference (```Kiln loads`_``), whose text is prose.
_BACKTICKED = lazy_compile(r"`+[^`]*`+(?!_)")


def _prose_of(definition: str) -> str:
    """A definition without its backticked code and roles: a page it cites
    (``See {doc}`resting-state```) or a name of code is spelled as the file
    or the code is named, which says nothing of how prose spaces the term."""
    return _BACKTICKED.sub(" ", definition) if "`" in definition else definition


def _phrase_form(mention: Mention) -> tuple[str, tuple[str, ...]] | None:
    """How :func:`_page_phrases` counts a mention: a term's distinctive
    word split by spaces into words that stand alone (``memory view`` of
    "typed memoryview"; not ``bi directional``, nor ``bi-directional``),
    by the term and the words; None for any other mention."""
    if not (mention.typo and mention.separators) or set(mention.separators) != {" "}:
        return None
    if _split_off_part(mention):
        return None
    return mention.terms[0].id, tuple(w.casefold() for w in WORD_RE.findall(mention.found))


def _page_phrases(mentions: Iterable[Mention], source: str) -> set[tuple[str, tuple[str, ...]]]:
    """The splits of a distinctive word that a page writes :data:`KEPT_USES`
    times or more, plurals too: its everyday phrase for the thing (a page on
    memory views writes "a memory view" as English writes "a memory map"),
    as the page's capitals of a term are its style (:func:`page_capitals`).
    A slip is a stray, once or twice on a page.  Only the forms the page's
    mentions show are counted in its text."""
    kept = set()
    for form in {f for f in map(_phrase_form, mentions) if f is not None}:
        words = form[1]
        written = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"(?:e?s)?\b", re.IGNORECASE)
        if len(written.findall(source)) >= KEPT_USES:
            kept.add(form)
    return kept


def _as_spelled(mention: Mention) -> bool:
    """Found as the glossary spells it (line breaks read as spaces), or so
    with its first letter capitalised where a capital may stand (a
    sentence's first word, a title: :func:`_sentence_capital`), not as a
    typo: :func:`_spelling_hit` accepts such a mention first thing
    (:func:`_accepts`), so no check before it need run.  The capitalised ones
    are most of the mentions not written as spelled (a page's sentences open
    with its terms), and each went through every check of the loop first."""
    if mention.typo:
        return False
    found = mention.one_line
    proper = [c for c in mention.candidates if c.spelling.kind is not SpellingKind.VARIANT]
    return any(c.spelling.text == found for c in proper) or any(
        _sentence_capital(c, found, c.spelling.text, mention.segment, mention.start, mention.stem_end)
        for c in proper
    )


def _split_by_space(mention: Mention) -> bool:
    return " " in mention.separators and all(
        len(WORD_RE.findall(c.spelling.text)) < len(mention.separators) + 1 for c in mention.candidates
    )


#: English prefixes that are no word of their own: ``sub query``,
#: ``pre load`` can only be the closed compound split.
_BOUND_PREFIXES = frozenset(
    (
        "anti auto bi hyper inter intra macro meta micro mono multi non poly "
        "pre pseudo re semi sub trans tri un uni"
    ).split()
)

#: English suffixes that are no word of their own: ``broadcast ing``,
#: ``render er`` can only be the closed word split.  (wordfreq counts some
#: of them as words: bits of its tokenised text.)
_BOUND_SUFFIXES = frozenset("ing ings ed er ers ly tion tions ment ments ness able ible ize ise ity".split())


def _split_off_part(mention: Mention) -> bool:
    """Whether a split compound's first part cannot stand alone: a bound
    prefix (``inter active``), or the front of a name with an inner capital
    (``Wave Quill`` for ``WaveQuill``); or whose second part is a suffix
    (``broadcast ing``): only the closed word is meant."""
    words = WORD_RE.findall(mention.found)
    first = words[0]
    if first.casefold() in _BOUND_PREFIXES or words[-1].casefold() in _BOUND_SUFFIXES:
        return True
    return first[:1].isupper() and any(
        _MIXED_CASE.search(c.spelling.text) and " " not in c.spelling.text for c in mention.candidates
    )


#: Double quotation marks, each opener with its closer: straight and
#: typographic.  (Single quotes around words are taken for a name's or a
#: title's quotes: :func:`.quoted_names.stands_in_name`.)
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}


def _quoted_alone(mention: Mention) -> bool:
    """A split compound that quotation marks enclose, and nothing else
    (``some "sail boat" setting``): quoted so, the words are named as a
    term, the thing the glossary spells closed, not met as a phrase of the
    sentence that English may write open; so the split is a slip even on a
    page that never writes the word whole."""
    text = mention.segment.text
    opener = text[mention.start - 1 : mention.start] if mention.start else ""
    closer = _QUOTES.get(opener)
    return closer is not None and text[mention.end : mention.end + 1] == closer


#: Adverb particles that make a phrasal verb of the verb before them: the
#: verb ``look up``, ``set up``, ``log in``, ``back up`` beside the nouns
#: ``lookup``, ``setup``, ``login``, ``backup``.
_PARTICLES = frozenset("up down in out on off over back away about through".split())


def _phrasal_verb(mention: Mention) -> bool:
    """``to look up a view`` for the glossary's ``lookup`` (or the ``lookup`` of
    ``view lookup``): a closed compound whose second part is a particle, written as two words where the words
    stand as a verb (after ``to`` or a modal, or before the verb's object), is
    the phrasal verb, not the noun split.  ``the look up table`` stays a slip."""
    if mention.separators != (" ",):
        return False
    words = WORD_RE.findall(mention.found)
    if len(words) != 2 or words[1] not in _PARTICLES or not words[0].islower():
        return False
    closed = "".join(words)
    if not any(closed in WORD_RE.findall(c.spelling.text.casefold()) for c in mention.candidates):
        return False  # not a closed compound (or a multi-word term's closed word) split in two
    text = mention.segment.text
    before = re.search(r"([A-Za-z']+)\s+$", text[max(0, mention.start - 30) : mention.start])
    after = re.match(r"\s+([A-Za-z']+)", text[mention.end : mention.end + 30])
    return bool(
        (before and before.group(1).casefold() in BEFORE_VERB)
        or (after and after.group(1).casefold() in OBJECT_START)
    )


def _spelling_hit(mention: Mention, source: str) -> Hit | None:
    segment, found = mention.segment, mention.one_line
    start, end = mention.start, mention.stem_end
    span = segment.source_span(start, end)
    if span is None:
        return None
    listed = _is_variant(mention, found)
    if (
        not mention.typo
        and (segment.in_link(start, end) or _reference_link_text(segment.text, start, mention.end))
        and not listed
        and not _loses_capitals(mention, found)
    ):
        return None  # link text quotes the page or API it links to ("[Context Isolation](...)")
    if not mention.typo and any(
        _accepts(c, found, segment, source, start, end, listed)
        for c in mention.candidates
        if c.spelling.kind is not SpellingKind.VARIANT
    ):
        return None
    proper = [c for c in mention.candidates if c.spelling.kind is not SpellingKind.VARIANT]
    targets = proper or [Candidate(c.term, next(c.term.spellings())) for c in mention.candidates]
    fitted = [_fitted(c, found, segment, start, end) for c in targets]
    suggestions = set(fitted)
    if len({c.term.id for c in targets}) == 1 and len({s.casefold() for s in suggestions}) == 1:
        # one term's spellings that differ in case only ('L7 rule', 'L7 Rule'):
        # the one nearest to what was written, else the first listed
        suggestions = {min(fitted, key=lambda s: _case_distance(s, found))}
    suggestions = _same_letters(suggestions, found)
    if len(suggestions) != 1:
        return None  # the spelling found is right for no sense, but which to use needs a person
    suggestion = suggestions.pop()
    terms = {c.term.term for c in targets}
    term = terms.pop() if len(terms) == 1 else suggestion
    if mention.typo and mention.separators:
        message = f"'{found}' should be written '{suggestion}' (the glossary's spelling of this word)"
        return Hit(*span, message, found, term, suggestion, None)
    if mention.typo and _inflected(mention):
        return None
    if mention.typo:
        return Hit(*span, f"'{found}' looks like a typo of '{suggestion}'", found, term, suggestion, None)
    reason = _reason(found, suggestion, mention)
    message = f"'{found}' should be written '{suggestion}' ({reason})"
    written = _before_plural(mention, suggestion)
    replacement = _before_plural(mention, _replacement(mention, suggestion, source) or "")
    if mention.ambiguous or not replacement:
        replacement = None
    if replacement is not None and segment.kind is BlockKind.HEADING and not segment.explicit_anchor:
        text = segment.text
        if anchors_differ(text, text[:start] + (written or "") + text[end:]):
            replacement = None
            message += (
                "; not fixed automatically: the heading's anchor would change (give it an explicit one)"
            )
    if replacement is not None and segment.fixed_width and _moves_borders(source, span, replacement):
        replacement = None
        message += "; not fixed automatically: the table's column borders would move"
    return Hit(*span, message, found, term, suggestion, replacement)


def _at_name_hit(mention: Mention, names: dict[str, str]) -> Hit | None:
    """The slip of a glossary name that opens with ``@`` (:func:`.page_spellings.at_name_slip`)."""
    found = mention.one_line
    name = at_name_slip(found, names)
    if name is None or mention.typo:
        return None
    span = mention.segment.source_span(mention.start - 1, mention.stem_end)
    if span is None:
        return None
    written = "@" + found
    same_letters = "".join(WORD_RE.findall(written)) == "".join(WORD_RE.findall(name))
    reason = "hyphenation or spacing" if same_letters else "letter case"
    return Hit(*span, f"'{written}' should be written '{name}' ({reason})", written, name, name, None)


def _moves_borders(source: str, span: tuple[int, int], replacement: str) -> bool:
    """Whether ``replacement`` changes the length of a line of the span: in a
    fixed-width table cell (a reST grid table's, or a simple table's but the
    last) that moves the cell's right border, or the cells after it."""
    written = LINE_BREAK.split(source[span[0] : span[1]])
    return [len(part) for part in LINE_BREAK.split(replacement)] != [len(part) for part in written]


def _reference_link_text(text: str, start: int, end: int) -> bool:
    """``[data-frame][pkg.frames.DataFrame]``: the whole text of a Markdown
    reference link whose label the page does not define (a site generator's
    cross-reference resolves it when it builds), left as literal brackets by
    the parser.  It is link text as a parsed link's is, and quotes the name
    of what it links to."""
    return text[start - 1 : start] == "[" and text[end : end + 2] == "]["


def _same_letters(suggestions: set[str], found: str) -> set[str]:
    """Of several suggestions, the one spelled with the very letters and
    breaks the author wrote, in another case: a glossary that lists a word
    twice (``gadget`` with a pointer to ``gad-get``) offers two spellings,
    and ``the Gadget`` mid-sentence is a slip of the first one's case, not
    a choice between them.  Of two entries that differ in case only
    (``tmux`` the program, ``TMUX`` its environment variable), ``Tmux``
    mid-sentence is the first one with its first letter raised, the slip a
    sentence's opening capital makes, where the other would need every
    letter's case changed: that one is meant.  Otherwise the choice stays
    open."""
    if len(suggestions) < 2:
        return suggestions
    same = {s for s in suggestions if s.casefold() == found.casefold()}
    if len(same) == 1:
        return same
    raised = {s for s in same if s != found and capitalize_first(s) == found}
    return raised if len(raised) == 1 else suggestions


def _case_distance(wanted: str, found: str) -> int:
    """How many letters of ``found`` differ in case from ``wanted``'s, letter by letter."""
    return sum(a != b for a, b in zip(filter(str.isalpha, wanted), filter(str.isalpha, found)))


def _accepts(
    candidate: Candidate, found: str, segment: Segment, source: str, start: int, end: int, listed: bool
) -> bool:
    """Whether ``found`` is a right way to write this spelling where it stands.
    A form the glossary ``listed`` as wrong is never taken for English
    hyphenation: the glossary has said how it wants that form treated."""
    wanted = candidate.spelling.text
    if found == wanted or _sentence_capital(candidate, found, wanted, segment, start, end):
        return True
    if _in_code_name(segment.text, end) or _ends_package_name(found, wanted, segment.text, start):
        return True
    if _starts_package_name(found, wanted, segment.text, end):
        return True
    if in_code_token(found, segment.text, start, end):
        return True  # a part of a code, file or folder name: octavia.conf, /tmp/octavia, acks_late
    if _camel_case_name(found, wanted):
        return True  # TranslationString for 'translation string': the class, named in prose
    if title_case_identifier(found, wanted, segment, source, start):
        return True  # 'a *Relay Queue*', 'the Brook API' for relay-queue, brook-api: the thing's name
    if graded_lower_adjective(found, wanted, segment.text, start):
        return True  # 'a more widgetic way' for 'Widgetic': the quality, in English's lower case
    if found.islower() and (
        lowered_as_verb(found, wanted, segment.text, start, end)
        or lowered_class_noun(found, wanted, candidate.term.definition)
        or lowered_code_name(found, wanted, candidate.term.definition)
    ):
        return True  # 'to bootstrap a project', 'your app initializer', 'used by ssh' (defined as code)
    if candidate.spelling.case is CasePolicy.EXACT:
        if candidate.term.case_guessed and english_word_lowered(found, wanted):
            return True  # 'KVF format' for a guessed 'KVF Format': English lowers its English word
        if _english_words_raised(found, wanted) and title_allowed(segment, start, end):
            return True  # '## Poisson Processes' for 'Poisson process': a title capitalises its words
    elif _is_title_form(found, wanted) and _set_apart(found, wanted, segment, source, start, end):
        return True
    if is_command_name(found, wanted, candidate.spelling.case is CasePolicy.EXACT):
        return True  # salt-cloud for 'Salt Cloud': the command, typed as it is named
    if in_hyphenated_name(found, segment.text, start, end):
        return True  # MultiMaster-PKI: a coined name holding the term
    if _compound_modifier(found, wanted, segment.text, start, end) or _name_spacing(
        found, wanted, segment, start, end
    ):
        return True
    if not listed and (
        _hyphenated_modifier(found, wanted, segment, start, end)
        or _modifier_of_own_noun(found, wanted)
        or _open_predicate(found, wanted, segment.text, start, end)
    ):
        return True
    if found.casefold() == wanted.casefold() and (
        _keyword_capitals(found, wanted, title_allowed(segment, start, end))
        or _inner_capital(found, wanted)
        or (
            not _MIXED_CASE.search(wanted)
            and _ordinary_words(found)
            and not _capital_slip(found, wanted, segment, source, start, end)
            and not _no_english_case(found, wanted, segment)
        )
    ):
        return True  # the ordinary word ("Session", "returning"), a keyword in capitals, a class name
    if candidate.spelling.case is CasePolicy.EXACT or _words_and_gaps(found)[1] != _words_and_gaps(wanted)[1]:
        return False
    if found == capitalize_first(wanted) and capital_allowed(segment, start, end):
        return True  # taken first by :func:`_sentence_capital`, its shortcut
    if wanted == wanted.lower() and found == capitalize_first(wanted):
        return capital_has_reason(segment, source, start, end)
    return title_allowed(segment, start, end) and _is_title_form(found, wanted)


def _sentence_capital(
    candidate: Candidate, found: str, wanted: str, segment: Segment, start: int, end: int
) -> bool:
    """The spelling with its first letter capitalised where a capital may
    stand (a sentence's first word, a title): what :func:`_accepts` takes
    last, after every other reason, asked first (a shortcut: the answer is
    the same).  Most mentions that are not written as spelled are this one,
    and need none of the other tests."""
    return (
        candidate.spelling.case is not CasePolicy.EXACT
        and found == capitalize_first(wanted)
        and _words_and_gaps(found)[1] == _words_and_gaps(wanted)[1]
        and capital_allowed(segment, start, end)
    )


def _set_apart(found: str, wanted: str, segment: Segment, source: str, start: int, end: int) -> bool:
    """Capitals a word takes where it is set out of a sentence (see
    :mod:`.item_labels`): the first word of a line after a hard break, the
    thing a label gives named as its description opens, the words of a list
    item's label."""
    if found == capitalize_first(wanted) and found != wanted:
        if after_hard_break(segment, source, start) or names_labelled_item(segment.text, start, end):
            return True
    return found != wanted and in_list_label(segment, source, start, end)


def _loses_capitals(mention: Mention, found: str) -> bool:
    """``Asar`` for ``ASAR``: capitals of the glossary's spelling written in
    lower case.  Title Case only adds capitals; no style takes them away."""
    return any(
        c.spelling.text.casefold() == found.casefold()
        and any(w.isupper() and f.islower() for w, f in zip(c.spelling.text, found))
        for c in mention.candidates
        if c.spelling.kind is not SpellingKind.VARIANT
    )


def _inflected(mention: Mention) -> bool:
    """``sympifies``, ``tidied``: a term ending in 'y' inflected the English
    way, its 'y' turned into 'i' before 'es', 'ed' or 'er'; no typo."""
    found = mention.found.casefold()
    after = mention.segment.text[mention.stem_end : mention.stem_end + 2]
    if not found.endswith("i") or after not in ("es", "ed", "er"):
        return False
    return any(
        (words := WORD_RE.findall(c.spelling.text.casefold())) and found.endswith(words[-1][:-1] + "i")
        for c in mention.candidates
        if c.spelling.text.casefold().rstrip("()").endswith("y")
    )


def _ordinary_words(found: str) -> bool:
    """Whether ``found`` is everyday English words; a lone letter other than
    'a' or 'I' is none (``u-net``, ``U-NET`` spell a name, not a word)."""
    words = WORD_RE.findall(found)
    return all(len(w) > 1 or w in "aAI" for w in words) and is_ordinary_word(" ".join(words))


def _capital_slip(found: str, wanted: str, segment: Segment, source: str, start: int, end: int) -> bool:
    """``enable Context isolation``: a lower-case term made of ordinary words,
    with first letters capitalised where nothing in the text gives a reason.
    So too a name of ordinary words with capitals (``Inventory Script``)
    written with some of them and not all (``dynamic Inventory scripts``):
    neither the name's capitals nor the lower case of English words."""
    if wanted != wanted.lower():
        lowered = wanted.lower()
        if found in (wanted, lowered) or len(WORD_RE.findall(wanted)) < 2:
            return False
        wanted = lowered
    return _is_title_form(found, wanted) and capitals_can_only_be_slips(segment, source, start, end)


def _no_english_case(found: str, wanted: str, segment: Segment) -> bool:
    """Case that no English writing of ordinary words explains, on a term of
    several words that has capitals: all of them in capitals outside a
    title (``the default NOT FOUND VIEW`` for "Not Found View"), or a word
    the glossary writes in capitals lowered beside a word it writes in lower
    case, as written (``other from clause objects`` for "FROM clause"; the
    English word ``returning`` for "RETURNING" stands alone)."""
    pairs = list(zip(WORD_RE.findall(found), WORD_RE.findall(wanted)))
    if len(pairs) < 2 or wanted == wanted.lower():
        return False
    if found.isupper() and not wanted.isupper():
        return not segment.kind.is_title
    return any(w.isupper() and len(w) > 1 and g.islower() for g, w in pairs) and any(
        w.islower() and g == w for g, w in pairs
    )


def _in_code_name(text: str, end: int) -> bool:
    """``engine.connect()``: the term as the first part of a dotted code name."""
    return bool(re.match(r"\.[A-Za-z_]\w*\(", text[end : end + 60]))


def _camel_case_name(found: str, wanted: str) -> bool:
    """``TranslationString`` for ``translation string``: the words of a spaced
    term run together with a capital starting each is a class or type name
    (CamelCase), written as the code spells it; a person's slip splits or
    mis-cases a term, it does not capitalise every word and close the gaps.
    So is the same in lower camel case, a field's or variable's name
    (``translationString``), and a later word in capitals, as code writes an
    abbreviation (``userID`` for ``user id``)."""
    words = WORD_RE.findall(wanted)
    if len(words) < 2 or " " not in wanted or not _MIXED_CASE.search(found):
        return False
    if len(found) != sum(map(len, words)):
        return False
    at = len(words[0])
    if found[:at] not in (words[0], capitalize_first(words[0])):
        return False
    for word in words[1:]:
        part = found[at : at + len(word)]
        if part != capitalize_first(word) and not (len(word) > 1 and part == word.upper()):
            return False
        at += len(word)
    return True


def _ends_package_name(found: str, wanted: str, text: str, start: int) -> bool:
    """``electron-wix-msi``: a lower-case term as the last part of a
    hyphenated lower-case name is that package's name, not the term.  A term
    with capitals of its own (``API``) written in lower case after one
    lower-case word and a hyphen (``the kiln-api process``) is the end of a
    program's or service's name too, which is spelled all in lower case; an
    English prefix there (``non-api``) is no name, so that stays a slip."""
    if not found.islower():
        return False
    before = text[max(0, start - 60) : start]
    if re.search(r"[a-z]-[a-z]+-$", before):
        return True
    name = re.search(r"(?<![\w.-])([a-z][a-z0-9]*)[-\u2010\u2011]$", before)
    return not wanted.islower() and name is not None and name.group(1) not in _BOUND_PREFIXES


def _starts_package_name(found: str, wanted: str, text: str, end: int) -> bool:
    """``pylons-discuss``, ``quokka-tools``: a term that has capitals, written in
    lower case and hyphenated to a lower-case word, is the first part of a
    package, list or repository name, which is spelled all in lower case."""
    if not found.islower() or wanted.islower():
        return False
    after = re.match(r"[-\u2010\u2011]([a-z][a-z0-9]*)\b", text[end : end + 40])
    return after is not None and after.group(1) not in MODIFIER_ENDS


def _compound_modifier(found: str, wanted: str, text: str, start: int, end: int) -> bool:
    """``mel-spectrogram-based``, ``per-batch-insert``: a spaced term hyphenated
    as part of a longer compound is correct English, not a misspelling."""
    if not re.match(r"[-\u2010\u2011][^\W_]", text[end : end + 2]) and not re.search(
        r"[^\W_][-\u2010\u2011]$", text[max(0, start - 2) : start]
    ):
        return False
    return found.replace("-", " ").replace("\u2010", " ").replace("\u2011", " ") in (
        wanted,
        capitalize_first(wanted),
    )


def _keyword_capitals(found: str, wanted: str, title: bool) -> bool:
    """``CASCADE`` or ``FOREIGN KEY constraint`` for a lower-case term: a code
    keyword or emphasis in capitals, not a slip; in a title the other words
    may be in Title Case (``## The FOREIGN KEY Constraint``).  (A term with
    capitals of its own, ``RoPE``, is misspelled as ``ROPE``.)"""
    if wanted != wanted.lower():
        return False
    pairs = list(zip(WORD_RE.findall(found), WORD_RE.findall(wanted)))
    # A lone capital letter is no keyword (``K-space`` for "k-space" is a slip).
    if not any(g == w.upper() and g != w and len(g) > 1 for g, w in pairs):
        return False
    return all(g in (w, w.upper()) or (title and g == capitalize_first(w)) for g, w in pairs)


def _inner_capital(found: str, wanted: str) -> bool:
    """``WebView`` or ``MetaData`` for a term the glossary writes without a
    capital inside a word: a capital after a small letter is nobody's slip of
    the keyboard but the spelling of a class or product name."""
    return bool(_MIXED_CASE.search(found)) and not _MIXED_CASE.search(wanted)


def _hyphenated_modifier(found: str, wanted: str, segment: Segment, start: int, end: int) -> bool:
    """``a many-to-many relationship``, ``bind-parameter values``, ``to
    lazy-load``, ``## Garbage-Collection Protocol``: a spaced term hyphenated
    where English hyphenates it.  A term with a small word in it (``to``,
    ``of``) is hyphenated by rule wherever it stands; any other term before
    the noun it modifies (:func:`modifies_next_noun`, also one of coordinated
    modifiers), as a verb (:func:`stands_as_verb`), or in a title before a
    capitalised word.  Standing as the noun itself (``the bind-parameter
    is``), the hyphenated form is a slip."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    if len(got) < 2 or [g.casefold() for g in got] != [w.casefold() for w in want]:
        return False
    if " " not in wanted or not all(g in "-\u2010\u2011" for g in WORD_RE.split(found)[1:-1]):
        return False
    if any(w.casefold() in _SMALL_WORDS for w in want):
        return True  # many-to-many, state-of-the-art: hyphenated as a rule
    text = segment.text
    if not is_plural(got[-1]) and (
        modifies_next_noun(text, start, end) or stands_as_verb(text, start, want[-1])
    ):
        return True  # 'free-symbols work': a plural is the noun (modifiers are singular)
    if plural_modifies_noun(text, end):
        return True  # 'the free-symbols table': unless a noun that is no verb follows
    after = re.match(r"\s+([^\W\d_]+)", text[end : end + 40])
    return after is not None and title_allowed(segment, start, end) and after.group(1)[0].isupper()


def _open_predicate(found: str, wanted: str, text: str, start: int, end: int) -> bool:
    """``the kiln is open source`` for ``open-source``: a hyphenated term
    written open after a linking verb, ending its clause, is a compound
    adjective as English writes it there (:func:`stands_as_predicate`).
    Open before a noun (``an open source kiln``) it stays a slip."""
    got, want = _words_and_gaps(found), _words_and_gaps(wanted)
    if len(got[0]) < 2 or got[0] != want[0] or set(got[1]) != {" "}:
        return False
    return set(want[1]) <= HYPHENS and stands_as_predicate(text, start, end)


def _modifier_of_own_noun(found: str, wanted: str) -> bool:
    """``ORM-mapped class`` for ``ORM mapped class``, ``signal-noise ratio``
    for ``signal noise ratio``: the term's leading words hyphenated into a
    compound modifier before the term's own last noun, as English writes a
    modifier of several words before its noun.  A small word joined so
    (``unit-of work``, ``items-per batch``: any preposition, article or
    conjunction) makes no modifier: only the whole ``unit-of-work`` would
    be one.  A headword hyphenated all through (``signal-noise-ratio``, a
    label's or slug's way of joining words) is read the same way: the
    phrase English writes for it opens its head noun after the modifier."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    gaps = _words_and_gaps(found)[1]
    wanted_gaps = set(_words_and_gaps(wanted)[1])
    if len(got) < 3 or got != want or not (wanted_gaps == {" "} or wanted_gaps <= HYPHENS):
        return False
    return (
        all(g in HYPHENS for g in gaps[:-1])
        and gaps[-1] == " "
        and not any(w.casefold() in _SMALL_WORDS or w.casefold() in LINKING_WORDS for w in got[:-1])
    )


def _name_spacing(found: str, wanted: str, segment: Segment, start: int, end: int) -> bool:
    """``The Tree Shaped Layout`` for ``tree-shaped``: the author capitalised a
    later word of the term where a name or title stands, so the words are the
    name's, spaced as the name is."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    if len(got) < 2 or [g.casefold() for g in got] != [w.casefold() for w in want]:
        return False
    later = any(g != w and g == capitalize_first(w) for g, w in zip(got[1:], want[1:]))
    return later and (in_name(segment.text, start, end) or paired_by_slash(segment.text, start, end))


#: A capital after a small letter: a term whose case is its identity (``RoPE``).
_MIXED_CASE = lazy_compile(r"[a-z][A-Z]")
_SMALL_WORDS = frozenset("to of the and or in on by for a an".split())
#: The hyphens that join a compound's words.


def _english_words_raised(found: str, wanted: str) -> bool:
    """``Poisson Process`` for the exact-case ``Poisson process``: every word
    starts with a capital, the words the glossary capitalises keep their
    letters, and each word it writes in lower case is an everyday English
    word of two letters or more with its first letter raised, as Title Case
    raises it.  A lone letter (``K-Space`` for "k-space") or a coined word
    is spelled by its case, so its capital stays a slip; and so is a term
    with no capital of its own, exact in lower case (a command's name)."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    if len(got) < 2 or len(got) != len(want) or WORD_RE.split(found)[1:-1] != WORD_RE.split(wanted)[1:-1]:
        return False
    raised = kept = 0
    for g, w in zip(got, want):
        if g == w and w[:1].isupper():
            kept += 1
        elif w.islower() and len(w) > 1 and g == capitalize_first(w) and is_ordinary_word(w):
            raised += 1
        else:
            return False
    return raised > 0 and kept > 0


def _is_title_form(found: str, wanted: str) -> bool:
    """``Fine-Tuning`` or ``Fine-tuning`` for ``fine-tuning``: only first letters changed."""
    got, want = WORD_RE.findall(found), WORD_RE.findall(wanted)
    return len(got) == len(want) and all(g == w or g == capitalize_first(w) for g, w in zip(got, want))


def _fitted(candidate: Candidate, found: str, segment: Segment, start: int, end: int) -> str:
    """The allowed spelling closest to what the author wrote, in context."""
    wanted = candidate.spelling.text
    if candidate.spelling.case is CasePolicy.EXACT or not found[:1].isupper():
        return wanted
    if title_allowed(segment, start, end) and all(w[:1].isupper() for w in WORD_RE.findall(found)):
        return title_case(wanted)
    if capital_allowed(segment, start, end):
        return capitalize_first(wanted)
    return wanted


def _words_and_gaps(text: str) -> tuple[list[str], list[str]]:
    words = WORD_RE.findall(text)
    gaps = [g if g.strip() else " " for g in WORD_RE.split(text)[1:-1]]
    return words, gaps


def _is_variant(mention: Mention, found: str) -> bool:
    """Whether ``found`` is a spelling the glossary lists as wrong (``Encodec``)."""
    return any(
        c.spelling.kind is SpellingKind.VARIANT
        and found in (c.spelling.text, capitalize_first(c.spelling.text))
        for c in mention.candidates
    )


def _reason(found: str, suggestion: str, mention: Mention) -> str:
    if _is_variant(mention, found):
        return "a known wrong spelling"
    if found.casefold() == suggestion.casefold():
        return "letter case"
    if "".join(WORD_RE.findall(found.casefold())) == "".join(WORD_RE.findall(suggestion.casefold())):
        return "hyphenation or spacing"
    return "spelling"


def _before_plural(mention: Mention, text: str) -> str | None:
    """``text`` (a spelling of the term) as it stands before the mention's
    plural ending: less the letter an ``-ies`` plural replaced
    (:attr:`~glossary_lint.matching.matcher.Mention.replaced`: the ``y`` of
    ``dependency``), so a fix keeps the writer's ``dependencies``; None
    when the spelling does not end in that letter (its plural is no ``-ies``)."""
    letter = mention.replaced
    if not letter:
        return text
    return text[: -len(letter)] if text[-len(letter) :].casefold() == letter.casefold() else None


def _replacement(mention: Mention, suggestion: str, source: str) -> str | None:
    """The text that replaces the source span: the suggestion, keeping a line
    break (and the prefix that follows it) where the term spans two lines.
    None when the span holds markup inside the term (``mel **spectrogram**``)."""
    segment = mention.segment
    found_words = list(WORD_RE.finditer(mention.found))
    sugg_words, sugg_gaps = _words_and_gaps(suggestion)
    word_spans = []
    for w in found_words:
        ws = segment.source_span(mention.start + w.start(), mention.start + w.end())
        if ws is None or not segment.is_verbatim(mention.start + w.start(), mention.start + w.end()):
            return None
        word_spans.append(ws)
    # Gaps between words in the source must be plain separators.
    text_gaps = [mention.found[a.end() : b.start()] for a, b in zip(found_words, found_words[1:])]
    source_gap_lengths = [b[0] - a[1] for a, b in zip(word_spans, word_spans[1:])]
    for gap, length in zip(text_gaps, source_gap_lengths):
        if not LINE_BREAK.search(gap) and length != len(gap):
            return None
    if len(found_words) != len(sugg_words):
        return suggestion if not any(LINE_BREAK.search(g) for g in text_gaps) else None
    out = []
    for k, word in enumerate(sugg_words):
        out.append(word)
        if k < len(sugg_gaps):
            if LINE_BREAK.search(text_gaps[k]) and sugg_gaps[k] == " ":
                out.append(source[word_spans[k][1] : word_spans[k + 1][0]])
            else:
                out.append(sugg_gaps[k])
    return "".join(out)


RULE = Rule(
    "GL001",
    "term-spelling",
    "A glossary term is spelled otherwise than the glossary allows.",
    "A mention of a glossary term must use the glossary's spelling: its letter case (per the "
    "entry's case policy), its hyphens and spaces, and not a known wrong variant or a likely "
    "typo (not one that is also a slip of a commoner English word the page keeps writing: "
    "'selecton' beside 'selector', on a page about selection). Capitals are allowed where the "
    "handbook's style puts them: at a sentence start, in Title Case headings, a reST ':title:' "
    "field, table headers, the cells of a table column of Title Case labels ('| Optional | "
    "Rubble Carrier |'), link text and bold labels "
    "(not bold or link text that opens in small letters and runs on in sentence case, "
    "'**a clean pot, Ladle or bowl**'), inside names such as "
    "'Flash Attention', in an expansion right before its acronym (capitalised on all its words "
    "or none: 'Fully qualified name (FQN)' stays a slip, and so does one word alone before an acronym "
    "of several capitals, 'Megawatts (MW)'), in a name capitalised on all its words that a bracket "
    "after it abbreviates in so many words ('the Cargo Hoist unit (abbreviated \"CH\")'), and where "
    "a page (or the "
    "handbook) writes a lower-case term capitalised mid-sentence as its style: three times or "
    "more and at least half as often as in lower case, for the term or for its singular or "
    "plural alone, or where the handbook writes that capital mid-sentence five times or more in "
    "three files or more; one capital among lower-case uses stays a slip. The first sentence under a "
    "heading that is a name of several words in Title Case alone may name the page's subject in the "
    "heading's letters ('# Tide Gauge' over 'The Tide Gauge records ...'). A sentence that names "
    "kinds with capitals may write a lower-case term so: a one-word capital mid-sentence beside "
    "another everyday noun capitalised alone that heads its phrase, is no glossary term, and that "
    "the page writes in lower case after a determiner at least half as often as capitalised "
    "('turns Readings into Reports'; in a list item, also where the item right before or after it "
    "in the same list names such a noun), unless the sentence writes the term's word in lower "
    "case too; and a table cell may name its row's subject with the capital of the row's label where "
    "another row label is a name by its shape ('| Fields (beta) | runs on Fields |' beside "
    "'| macOS |'). Words set out of a "
    "sentence are no slips: a list item's label of capitalised names (also the paragraph under a "
    "marker line that holds only a reST hyperlink target), the first word of a line "
    "after a hard line break, the thing a "
    "list item's label gives named as its description opens, a 'Usage:' line (a command as "
    "typed), and a hyphenated identifier written as a Title Case name in emphasis or quotes or "
    "with an acronym ('*Relay Queue*', 'the Brook API'). An exact-case term with capitals of "
    "its own may have its everyday words capitalised where a title allows Title Case "
    "('## Poisson Processes' for 'Poisson process'), and an adjective made of a name with a suffix "
    "('Pythonic') may be in lower case where a word of degree grades it ('more pythonic'). A "
    "heading or a table's caption with no capital at all ('loader settings for the qlx bridge') "
    "lowers every word as its style, the term's too, unless the term opens it; and a capitalised "
    "term before a lower-case word keeps the capital of a two-word name the handbook writes in "
    "capitals mid-sentence three times or more ('which Ledger service runs' beside 'the Ledger "
    "Service'). A closed "
    "compound split so that a part is a preposition, article or conjunction ('the step per unit' "
    "beside 'stepper') is the phrase English writes, no split, and so is a closed compound split "
    "into the phrase its entry's definition glosses it with ('tag name' for 'tagname', \"the name of "
    'a tag"); one set alone in double quotes (\'some "sail boat" mode\') names the term, and stays a '
    "slip on a page that never writes the word whole. A multi-word term's closed word that the "
    "handbook hyphenates into its English words in three files or more, more often and on more pages "
    "than it writes the word closed ('top-level' for 'toplevel dependency'), is the handbook's "
    "spelling; a page's stray hyphen beside the closed word stays a slip. An acronym's lower case "
    "is no slip where the entry's definition gives it as the "
    "extension of its files ('a wcf file' for 'WCF', stored with the '.wcf' extension). A spaced term "
    "hyphenated where English hyphenates it (before the noun it modifies, in the plural too "
    "before a noun that is no verb, its leading words before its own last noun, or as a verb "
    "after 'to', a modal or a subject pronoun) is no slip, and so is a hyphenated term written open "
    "after a linking verb, ending its clause ('the kiln is open source'), unless the glossary lists "
    "that form as a variant; so is a spacing the entry's own definition writes (a modifier's hyphens "
    "never make the handbook's spacing of the noun). A spelling that is a name in "
    "the handbook's code is no slip: a term inside a "
    "code, file or folder name ('octavia.conf', '/tmp/octavia', 'haproxy[12]'); a form the "
    "code writes in two files or more and the prose writes three times or more in two files or "
    "more (closed up, 'loadbalancer' for 'load balancer', or in lower case at least as often as "
    "the glossary's spelling, 'haproxy' for 'HAProxy'); a form the code writes, spaced otherwise, set out in "
    "emphasis, quotes or brackets, or listed beside another of the code's names; and the words of an entry "
    "named by an identifier ('manila-share'), which the code writes in three files or more "
    "or a directive documents ('.. option:: manila-share'), "
    "spaced into the English phrase the prose writes as a habit ('a manila share'), unless a "
    "word after it says it names the program ('the manila share service'). A capitalised word that "
    "the handbook's code writes as a class names it before 'object', 'instance' or 'class', and in a "
    "paragraph that names a subclass ending in it ('a plain Crate' beside 'FrozenCrate'), and in a "
    "sentence that names a class opening with it ('a Crate' beside 'yard.CrateLabels'); so does a "
    "capitalised word before 'object', 'instance' or 'class' in a paragraph that writes a class name "
    "in camel case ('a Ledger instance' beside 'BookKeeper'), one after a named vocabulary's concept "
    "or notion of it ('the XBRL notion of a Ledger'), and one paired with a dotted name of code before "
    "the same head noun ('the Ledger layer or the books.storage layer'). A command typed "
    "in prose is no slip either: an option's name after '--' and a placeholder in angle brackets "
    "('--kiln-room <kiln-room>'), three lower-case words or more the page's code types as a command "
    "('the kiln room list command' beside '$ kiln room list'), and a lower-case name right after "
    "'package', 'library', 'command' and the like ('via package kilnware'; not a typo of an English "
    "word, which the noun modifies: 'the package resovler'). A camel-case headword "
    "('CrateRack') that the glossary or the page puts in the plural, or whose definition cites the "
    "file of code named after it ('yard/crate_rack.py'), has its words in lower case as "
    "its English noun ('a crate rack', also hyphenated, at a sentence start or in a heading's Title "
    "Case); a spaced term's words closed up in camel case are code ('CrateRack', 'crateRack', "
    "'crateID' for 'crate id'); and the handbook's own forms are no slips: the text of a reST "
    "link to the entry's name ('`Crate Racks <CrateRack>`_'), a capitalised form the entry's "
    "definition writes inside a name ('PotterWorks Kiln' for 'kiln'), and a spacing the page defines "
    "in bold and writes again ('A **dough mix** is ...'). A headword (a definition list's term, "
    "a glossary directive's item, an anchored headword) that writes its entry's name as the "
    "glossary heads the entry ('Memory Pool' over its definition, on the glossary page) is the "
    "definition, not a mention. Plural and "
    "possessive endings are kept. A case the importer guessed ('case-guessed') gives way to a "
    "page that writes the name mid-sentence twice or more in one other case and never in the "
    "glossary's (a name set alone in bold mid-sentence counts as written mid-sentence), "
    "and a guessed Title Case headword's English words may be written in lower "
    "case where a word with capitals of its own keeps them ('KVF format' for 'KVF Format'). "
    "A name whose last word alone is lowered is no slip where that word opens a compound the "
    "name's first word modifies: hyphenated to the next word ('the Kiln pot-firing schedule' "
    "for 'Kiln Pot', but not before '-based', '-style' and the like), or open before a noun "
    "with which the glossary's definitions write it, or the page three times or more, away "
    "from the name ('the Kiln pot racks' beside 'the pot rack'). A headword hyphenated all "
    "through ('peer-review-process') may open its head noun ('the peer-review process'). A "
    "lower-case name before a code name in snake case ('the widgetco kiln_tools repo'), or "
    "before 'organization', 'account' and the like on a page that writes it in a path or a "
    "query ('widgetco/kiln'), is an account's handle; and a heading that is a lower-case name "
    "alone, which the page sets as inline code, names the program. A headword set in capitals "
    "that is a word, not initials (four letters or more, a word English writes, no acronym or "
    "organisation's initials the shipped lists know: 'OSPREY'), may be written in Title Case "
    "('Osprey') where the handbook writes that form mid-sentence five times or more in three "
    "files or more: its styling of the name; its lower case stays a slip. Lower-case link text "
    "that names the link's address, the last part of its path or a name of its host, is the "
    "name as the address spells it, whether the address follows the text or the page's target "
    "gives it ('.. _widgetio repository: https://...'), alone or beside a noun for what the "
    "address holds ('repository', 'package') or another part of the address that is no English "
    "word (its channel or owner), or the part of a documentation site's path before its language "
    "and release ('.../projects/widgetio/en/latest/'). A lower-case term is no slip where it is a "
    "whole item of a bracketed list whose items are all in Title Case and no other glossary term "
    "('a method (Radius Cutoff or Edge Touch)': the labels a panel offers), where the page sets "
    "the same capitalised form alone in bold mid-sentence ('the **Sieve** options' beside 'the "
    "Sieve list'), or, in a heading in Title Case, where only a hyphen is a space ('Dual Port "
    "Buffers'). A spacing that any definition of the glossary writes is the glossary's own "
    "('belt-fed or hand-sort' in another entry's definition). A name guessed 'exact' that the "
    "chapters write in lower case in three files or more, and never in the glossary's "
    "capitals by choice (mid-sentence, or with a capital after its first letter), is a lower-case "
    "term there. "
    "Fixable, except likely typos and ambiguous senses.",
    "The model uses Encodec tokens and a mel-spectrogram input.",
    "The model uses EnCodec tokens and a mel spectrogram input.",
    Severity.WARNING,
    check_spelling,
    fixable=True,
    uses_house_style=True,
)
