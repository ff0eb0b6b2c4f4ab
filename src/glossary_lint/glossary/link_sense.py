"""Which mentions an auto-link may point at the glossary: those where the words
can only be the term the entry defines.

A link says "this word means what the glossary says", so a wrong one misleads
the reader, while a missing one only costs a click: doubt goes against the
link.  Two questions decide it.  Which of an entry's names link at all (an
entry's ``autolink`` setting, or else derived here: a name that is also an
everyday word, a single letter, or a word clipped from the entry's longer name
names other things in most sentences), and whether the mention is written as
the entry writes the term (``returning`` is the verb, ``RETURNING`` the SQL
clause), and not as a piece of a name from code or the file system
(``maps.jinja``, ``acks_late``, ``~/minion``: :mod:`..matching.code_tokens`).
Explicit ``:term:`` and ``{term}`` references are the author's own
links and never pass through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..matching.code_tokens import in_code_token
from ..matching.english import is_everyday_term, is_known_word, is_ordinary_word
from ..matching.matcher import Mention
from ..matching.words import WORD_RE, capitalize_first, match_key
from ..rules.case_context import every_word_capitalised, in_name, labels_interface
from ..rules.sentence_case_spans import in_title_case_range
from ..rules.word_roles import PREPOSITIONS
from .bound_modifiers import BoundPair, bound_to_word_before
from .class_entries import class_headword, is_program_part, looks_like_code_name, written_as_class
from .class_mentions import names_page_class
from .code_compounds import opens_code_name
from .command_entries import command_name, names_command
from .compound_heads import (
    closes_capitalised_name,
    closes_other_compound,
    definition_calls_it,
    inherited_from,
    labels_item_after,
    listed_as_class,
    names_class_after,
    names_file_part,
    names_offering,
    names_part_after,
    opens_other_compound,
)
from .coordinated_heads import shares_other_head
from .definite_entries import counted_as_a_kind
from .identifier_entries import is_identifier, phrase_is_entry, spaced_identifier
from .label_values import follows_naming_label, other_name_in_brackets
from .long_names import EntryName, LongName, inside_long_name, inside_spelled_out_acronym, modifies_other_name
from .model import CasePolicy, Spelling, SpellingKind, Term
from .other_references import called_a_file, in_other_link_text, in_quoted_title, names_project
from .owned_functions import owned_by_other
from .owning_programs import owned_by_unknown_program
from .package_names import names_imported_package, names_package
from .program_files import names_program_file
from .project_names import after_project_name
from .quoted_series import quoted_among_other_values

#: Nouns that only say what sort of thing a name is: "transformer model" is the
#: transformer, where "relational algebra" is more than "relational".
_CLASSIFIERS = frozenset(
    "model models class classes object objects method methods function functions pattern system "
    "architecture network algorithm process technique approach type types feature mechanism construct "
    "layer module library tool format protocol operation style mode level".split()
)


_LETTER = "a single letter"
_EVERYDAY = "an everyday English word"
_ADJECTIVE = "an English adjective the entry makes the name of one type of a thing"
_SENSE = "one sense of a word that has others (the entry's 'sense' says which)"
#: Reasons that, given for the entry's own running-text name, keep every name unlinked.
_WHOLE_ENTRY = (_LETTER, _EVERYDAY, _ADJECTIVE, _SENSE)

#: Endings that make an English word an adjective (``writable``, ``visible``,
#: ``dangerous``, ``stateless``); nouns rarely end so, where ``-al``, ``-ive``
#: or ``-ic`` end ``journal``, ``primitive`` and ``topic`` as often.
_ADJECTIVE_ENDING = re.compile(r"[a-z]{2,}(?:able|ible|ous|ful|less)")
#: A definition that makes the entry one type of something: "A type of
#: replication in which ...", "One style of locking where ...".
_ONE_TYPE_OF = re.compile(
    r"\W*(?:an?|one)\s+(?:type|kind|style|sort|form|variety|mode|flavou?r)\s+of\s", re.IGNORECASE
)


@dataclass(frozen=True)
class Unlinked:
    """A name of an entry that mentions do not link by default, and why."""

    name: str
    reason: str


def unlinked_names(term: Term) -> tuple[Unlinked, ...]:
    """The entry's names that are not auto-linked unless the entry says
    ``autolink: true``.

    A single letter stands for variables, initials and grades.  An everyday
    word in lower case (``type``, ``domain``) means something else in most
    sentences.  Where the entry also has a name of several words, a one-word
    name in lower case is the entry only as the noun those names end in
    (``subquery`` of "scalar subquery"); a modifier clipped from the longer
    name (``relational`` of "relational algebra", ``plugin`` of
    "plugin-enabled") or another word (``annotations`` of "ORM-annotated")
    is the ordinary word.  An entry that is one sense of its word (its
    ``sense``, as the headword "Ansible (the package)" gives it) says the
    word has others, which running text means as often: "Ansible runs the
    play" is the tool, not the package.
    """
    names = _names(term)
    phrases = [s.text for s in names if len(WORD_RE.findall(s.text)) > 1]
    longer = [[w.casefold() for w in WORD_RE.findall(p)] for p in phrases]
    # The word a longer name is a kind of ("subquery" of "scalar subquery"), or
    # the word it only classifies ("transformer" of "transformer model").
    heads = {words[-1] for words in longer} | {
        words[0] for words in longer if all(w in _CLASSIFIERS for w in words[1:])
    }
    found = []
    for spelling in names:
        text = spelling.text
        if len(match_key(text)) <= 1:
            found.append(Unlinked(text, _LETTER))
        elif is_everyday_term(text):
            found.append(Unlinked(text, _EVERYDAY))
        elif text == term.spelling and term.sense:
            found.append(Unlinked(text, _SENSE))
        elif text == term.spelling and _names_a_type(term):
            found.append(Unlinked(text, _ADJECTIVE))
        elif (
            longer
            and len(WORD_RE.findall(text)) == 1
            and text.islower()
            and text.casefold() not in heads
            and is_known_word(text)
        ):
            found.append(Unlinked(text, f"an English word that stands for '{phrases[0]}' only here"))
    return tuple(found)


def _names_a_type(term: Term) -> bool:
    """An English adjective that the entry makes the name of one type of a
    thing: ``writable`` defined as "A type of replication in which all
    replicas are writable".  The handbook's sense stands where it names that
    type (the ``writable`` type); elsewhere, which is most sentences, the
    adjective says what it always says of files, shares and names ("the
    source remains writable", "human readable").  An adjective whose entry
    gives its everyday sense (``immutable``: "a value is immutable if ...")
    is the term wherever it stands, and is left alone."""
    name = term.spelling
    return (
        _ADJECTIVE_ENDING.fullmatch(name) is not None
        and is_known_word(name)
        and _ONE_TYPE_OF.match(_MARKUP.sub("", term.definition)) is not None
    )


def _reads_as_grammar(mention: Mention) -> bool:
    """A mention of everyday words apart by spaces, in small letters, that
    ends in a preposition (``part of`` of the entry ``Part Of``, ``derived
    from``): the entry names a relation, and in a sentence the same words are
    its grammar ("an important part of the release", "data derived from
    logs").  Written as the entry's own name (``part-of``, ``Part Of``), or
    standing alone as a table cell or label, it is the relation.  A name
    that ends in another function word is a noun phrase (``many to one``)."""
    found = mention.found
    words = found.split()
    return (
        len(words) > 1
        and words[-1].casefold() in PREPOSITIONS
        and found[1:] == found[1:].lower()
        and is_ordinary_word(found)
        and mention.segment.text.strip() != found
    )


#: Emphasis and literal marks a definition may open with.
_MARKUP = re.compile(r"[`*_]")


def linked_names(term: Term) -> frozenset[str]:
    """The names of the entry whose mentions may become links."""
    return _linked_names(term)


@lru_cache(maxsize=4096)
def _linked_names(term: Term) -> frozenset[str]:
    if term.autolink is False:
        return frozenset()
    names = {s.text for s in _names(term)}
    if term.autolink:
        return frozenset(names)
    unlinked = unlinked_names(term)
    if any(u.name == term.spelling and u.reason in _WHOLE_ENTRY for u in unlinked):
        return frozenset()  # its other names are forms of the same word ("flush", "flushed")
    return frozenset(names - {u.name for u in unlinked})


@dataclass(frozen=True)
class PageContext:
    """What the caller knows beyond a mention's own paragraph."""

    #: The spelled-out names of the glossary's acronym entries (:mod:`.long_names`).
    long_names: tuple[LongName, ...] = ()
    #: Names the page writes as code that may be classes (:mod:`.owned_functions`).
    classes: frozenset[str] = frozenset()
    #: The glossary's names, each with its entry (:mod:`.long_names`).
    entry_names: tuple[EntryName, ...] = ()
    #: The names of the glossary's objects and classes (:func:`.owned_functions.owner_names`).
    owners: tuple[EntryName, ...] = ()
    #: The project's name as its entries' names open with it (:func:`.project_names.project_names`).
    projects: frozenset[str] = frozenset()
    #: Names with inner capitals the page writes in code, in small letters (:mod:`.code_compounds`).
    code_names: frozenset[str] = frozenset()
    #: Extensions of the file names the page writes in code (:mod:`.program_files`).
    file_kinds: frozenset[str] = frozenset()
    #: Last words of the hyphenated package names the page writes in code (:mod:`.package_names`).
    package_tails: frozenset[str] = frozenset()
    #: Packages the page's code imports or installs, in small letters (:mod:`.package_names`).
    packages: frozenset[str] = frozenset()
    #: Pairs of words the page puts before several nouns, with those nouns (:mod:`.bound_modifiers`).
    bound_pairs: frozenset[BoundPair] = frozenset()
    #: The hyphenated names the title of the mention's section writes (:mod:`.command_entries`).
    title_names: frozenset[str] = frozenset()
    #: Every word of the glossary's names and definitions, in small letters (:mod:`.owning_programs`).
    glossary_words: frozenset[str] = frozenset()


_NO_PAGE = PageContext()


def links_as_term(
    mention: Mention,
    page: PageContext = _NO_PAGE,
    code_before: str | None = None,
    code_after: str | None = None,
) -> bool:
    """Whether ``mention`` may become a link to its entry; ``code_before`` is the
    text of the code right before the mention, if known (:mod:`.owned_functions`),
    ``code_after`` that of the first code after it (:mod:`.owning_programs`)."""
    if mention.ambiguous or mention.typo:
        return False
    term = mention.terms[0]
    allowed = linked_names(term)
    text = mention.segment.text
    if not allowed or in_name(text, mention.start, mention.stem_end):
        return False  # "Flash Attention" is another thing than attention
    # A platform's "the Compute service" may be the entry itself, and keeps its link.
    if _capital_added(mention.found, term) and labels_interface(
        text, mention.start, mention.end, services=False
    ):
        return False  # "the Widget Rules control panel", "Site Setup → Widget Rules": labels on screen
    if in_code_token(mention.found, text, mention.start, mention.end):
        return False  # "maps.jinja", "acks_late", "~/minion": a file, setting or folder
    if opens_other_compound(text, mention.end):
        return False  # "salt-minion", "amphora-agent": the minion, the agent
    if names_package(mention.found, term, page.package_tails):
        return False  # "the Herdbook plugin" beside `kestrel-herdbook`: the package
    if after_project_name(text, mention.start, page.projects):
        return False  # "salt-minion": the program named after the project, not a minion
    if closes_other_compound(text, mention.start, mention.found, term.term):
        return False  # "the org-config project": a repository, not a config-project
    if _closes_name(mention, term):
        return False  # "renamed to Kelpie-Herders": a project's name, not herders
    if _one_word(mention) and names_program_file(mention.found, term.definition, page.file_kinds):
        return False  # "load the Fast_Herd workflow" beside `kelpie.workflow`: a program's own
    if follows_naming_label(text, mention.start):
        return False  # "Usage: gdbserver {start,stop}", "Default provider name: amphora"
    if other_name_in_brackets(text, mention.start, mention.end, mention.found):
        return False  # "your Octavia (load-balancer) endpoint": the service's catalog name
    if quoted_among_other_values(text, mention.start, mention.end, (n.words for n in page.entry_names)):
        return False  # one of "mask", "anatomical" or "parcellation": a field's value
    if _thing_noun(term, mention.found) and names_part_after(text, mention.end, term.definition):
        return False  # "the amphora provider", "the minion folder": a driver, a folder
    if _one_word(mention) and labels_item_after(text, mention.end, term.definition):
        return False  # "the descendants command", "the Pipelines menu": a command, a menu
    if _one_word(mention) and names_file_part(
        mention.segment, mention.start, mention.stem_end, term.definition
    ):
        return False  # "**retries** in the **paths** section": a part of a file named so
    if names_class_after(mention.found, text, mention.end, term.definition):
        return False  # "a copy of the RPC class": the code named after the model
    if inherited_from(mention.found, text, mention.start, term.definition):
        return False  # "RPCoptim inherits from RPC": the class, not the model
    if listed_as_class(mention.found, text, mention.start, term.definition):
        return False  # "it provides two classes Pinfile, Workspace": a class, not a workspace
    if counted_as_a_kind(term, text, mention.start, mention.end):
        return False  # "a vault door", "their own vaults": not the one vault the entry defines
    if opens_code_name(mention.found, text, mention.end, page.code_names):
        return False  # "the wait condition handle resource" beside WaitConditionHandle
    if term.case is not CasePolicy.EXACT and names_offering(
        text, mention.start, mention.end, term.definition
    ):
        return False  # "their Load Balancing service" is the product, not the process
    if in_other_link_text(text, mention.start, mention.end):
        return False  # "[duration curve][api.sorted]": the title of another link
    if in_quoted_title(text, mention.start, mention.end):
        return False  # Section 2 “Information Model/UML Conceptual Design”: a document's title
    if called_a_file(text, mention.end, term.definition):
        return False  # "The techno-data timeslices is an optional file": a file named after them
    if names_project(text, mention.start, mention.end, term.definition):
        return False  # "the Kestrel project": a project named after the thing
    if owned_by_unknown_program(text, mention.end, page.glossary_words, code_after):
        return False  # "a plugin for the quarrytool command": another program's plugin
    if inside_long_name(text, mention.start, mention.end, page.long_names):
        return False  # "voxel based morphometry" names the entry VBM
    if inside_spelled_out_acronym(text, mention.start, mention.end, _CLASSIFIERS):
        return False  # "Load Balancing as a Service (LBaaS)" is a service, not the process
    if modifies_other_name(text, mention.start, mention.end, term.id, page.entry_names, _CLASSIFIERS):
        return False  # "the default view mapper" is a view mapper, not a default view
    if bound_to_word_before(text, mention.start, mention.found, page.bound_pairs):
        return False  # "a cloud storage service" beside "cloud storage backends": cloud storage's
    if shares_other_head(text, mention.start, mention.end, term.id, page.entry_names):
        return False  # "the puller and final saw kerfs": the puller saw, an entry of its own
    if owned_by_other(term, text, mention.start, mention.end, code_before, page.classes, page.owners):
        return False  # "the Configurator constructor" is that class's own
    if names_page_class(text, mention.start, mention.found, term.term, page.classes):
        return False  # "pass an estimator to the Searchlight": the SearchLight class
    command = command_name(term)
    if command is not None and not names_command(mention.found, text, mention.end, command, page.title_names):
        return False  # "the order sets the shear run": the phrase, not the shear-run command
    code = code_name(term)
    if (code is not None or is_program_part(term)) and names_imported_package(
        mention.found, term, text, mention.start, mention.end, page.packages
    ):
        return False  # "That's where Injector can help" beside `from injector import`: the project
    if code is not None:
        return mention.found == code
    headword = class_headword(term)
    if headword is not None:
        return _as_class_name(mention, headword)  # "audio datasets" beside the Dataset class
    if _used_as_verb(mention, term) or _reads_as_grammar(mention):
        return False
    return any(
        c.spelling.text in allowed and _written_as(c.spelling, mention.found)
        for c in mention.candidates
        if c.term is term and c.spelling.kind is not SpellingKind.VARIANT
    )


def _closes_name(mention: Mention, term: Term) -> bool:
    """A mention capitalised after a hyphen and a capitalised word, in
    running text: the last word of a name in Title Case (:func:`.compound_heads.closes_capitalised_name`).
    A heading, a table's header or a bold label capitalises words of its own."""
    segment = mention.segment
    if segment.kind.is_title or in_title_case_range(segment, mention.start, mention.stem_end):
        return False
    return closes_capitalised_name(segment.text, mention.start, mention.found, term.term)


def _as_class_name(mention: Mention, headword: str) -> bool:
    """Whether the mention is the class ``headword`` as written, mid-sentence
    in running text (:func:`.class_entries.written_as_class`); a heading or a
    bold label capitalises words of its own."""
    segment = mention.segment
    if segment.kind.is_title or in_title_case_range(segment, mention.start, mention.stem_end):
        return False
    return written_as_class(headword, mention.found, segment.text, mention.start)


def _thing_noun(term: Term, found: str) -> bool:
    """Whether the entry and the mention write the term as a common noun for
    a thing: no capital past a word's first letter and no exact case, so
    that it is no acronym or name (a ``DBAPI driver`` is a driver of the
    DBAPI the entry defines), and not ending in ``-ing``, an activity that
    the part performs ("a load balancing provider" provides load balancing)."""
    words = WORD_RE.findall(f"{term.spelling} {found}")
    return (
        term.case is not CasePolicy.EXACT
        and not any(any(c.isupper() for c in word[1:]) for word in words)
        and not found.casefold().endswith("ing")
    )


def _capital_added(found: str, term: Term) -> bool:
    """Whether the mention has capitals its entry's name lacks, on every
    word: the capitals are then the text's own, as an interface's label
    has them ("the Widget Rules panel"), where "the Acme widget service"
    capitalises only the name of the project before the term."""
    return term.term[:1].islower() and every_word_capitalised(found)


def code_name(term: Term) -> str | None:
    """The term as a name in code, when the definition writes it so
    (``{class}`~.Boolean` is the base class``): the entry is then about that
    class or function, which is written in exactly that case, and the word in
    other cases (a Python ``boolean``) is something else."""
    name = term.term
    if not looks_like_code_name(name):
        return None
    pattern = r"`(?:~?\.?[\w.]*\.)?" + re.escape(name) + r"(?:\(\))?`"
    return name if re.search(pattern, term.definition) else None


def mention_case(term: Term, found: str, text: str = "", end: int = 0) -> str | None:
    """For a mention of an entry whose headword could be a class name: ``exact``
    when written in the headword's case (``Dataset``, ``Datasets``), ``other``
    when not (``datasets``); None for other entries and names.  A handbook that
    writes the headword as code uses the other case for the ordinary noun (the
    Sphinx extension drops those links once it knows).  So for an entry named
    by an identifier (``manila-share``): its words spaced, ending at ``end``
    of ``text``, are ``other`` where they make the English phrase rather than
    name the entry (:mod:`.identifier_entries`)."""
    name = term.term
    if is_identifier(name):
        spaced = spaced_identifier(found, name) and not phrase_is_entry(term, found, text, end)
        return "other" if spaced else "exact"
    if not looks_like_code_name(name) or not found.casefold().startswith(name.casefold()):
        return None
    return "exact" if found.startswith(name) else "other"


#: Words after which a bare word is a verb: "the feature cannot cascade".
_MODALS = frozenset(
    "can cannot could will would shall should may might must can't won't wouldn't shouldn't "
    "couldn't don't doesn't didn't".split()
)
#: Adverbs that may stand between the modal and the verb ("may well" too: "it may well fail").
_ADVERBS = frozenset("also not only then never always still just further automatically well".split())
#: Words that open the object of a verb and never follow a bare noun: "to
#: bootstrap itself", "Cache the result".
_OBJECT_STARTS = frozenset(
    "the a an itself themselves himself herself it them its their your this these those each every".split()
)
#: Words that open a noun phrase: an ``-ing`` word after one is a noun.
_DETERMINERS = frozenset(
    "the a an its their your our my his her this that these those each every any no some which what".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z'\u2019]+)\W*$")
_WORD_AFTER = re.compile(r"[ \t\n]+([A-Za-z]+)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")


def _used_as_verb(mention: Mention, term: Term) -> bool:
    """A one-word term that names a thing (``cascade``, the setting), standing
    as a verb, is the ordinary verb: after a modal verb (``cannot "cascade"
    more than one level``), or with an object after "to" or at the start of a
    sentence (``to bootstrap itself``, ``Bootstrap the host``), or in its
    ``-ing`` form with an object (``by indexing the array itself``: the act
    done to that array, where the entry ``indexing`` is the handbook's way of
    selecting data) or after "by", which makes it the means of an action,
    a verb with or without an object ("drop variables by indexing with a list
    of names").  A second verb joined to the first after a modal is a verb
    too (``may not commit or cascade right away``), and so is one in its
    ``-s`` form that opens a second predicate parallel to an earlier verb
    (``which fires with the result, or errbacks with the failure``:
    :func:`_second_predicate`), and one after "to" where a verb such as
    "cause" or "allow" makes its object do it (``cause the Deferred to
    errback``; "switch to errback" is the noun).  And a singular noun
    straight after "call" or "invoke", with no article, is the name of the
    function called (``will call rollback as soon as``): English puts an
    article before a thing's singular noun ("call the rollback hook"); an
    entry whose definition calls it a method or a function is that name.  An
    entry that defines a verb ("To flush means ...") is that verb, so it is
    left alone."""
    if not _one_word(mention) or term.definition.lstrip("*_").startswith("To "):
        return False
    text = mention.segment.text
    words = _words_before(text, mention.start, 4)
    if _after_modal(words) or words[:1] in (["or"], ["and"]) and _after_modal(words[2:]):
        return True  # "cannot cascade"; "may not commit or cascade": a second verb after the modal
    if words[:1] and words[0] in _CALLS and _called_by_name(mention, term):
        return True  # "will call rollback as soon as": a function called by its name
    if _second_predicate(text, mention.start, mention.end):
        return True  # "fires with the result, or errbacks with the failure": the verb
    if words[:1] == ["to"] and _CAUSED_TO.search(text, max(0, mention.start - 80), mention.start):
        return True  # "should cause the Deferred to errback": what the Deferred is made to do
    if words[:1] == ["by"] and _is_gerund(mention.found):
        return True  # "by indexing with a list of names": how it is done, the verb
    after = _WORD_AFTER.match(text, mention.end)
    if after is None or after.group(1).casefold() not in _OBJECT_STARTS:
        return False
    if _is_gerund(mention.found):
        # "by indexing the array itself": the verb, with its object; after a
        # determiner it is a noun ("each mapping the caller passes").
        return not (words[:1] and words[0] in _DETERMINERS)
    if words[:1] == ["to"] or words[1:] and words[0] in _ADVERBS and words[1] == "to":
        return True
    return mention.found[:1].isupper() and bool(
        _SENTENCE_START.search(text, max(0, mention.start - 3), mention.start)
    )


#: A verb that makes its object do something, its object (an article and a
#: word, or a pronoun) and "to": "cause the Deferred to", "allow it to".
#: What follows is that object's verb; "access to" after "allow" has no
#: article.  The object may be code, which a segment holds as a placeholder.
_CAUSED_TO = re.compile(
    r"\b(?:cause|allow|force|expect|want|tell|ask|enable|permit)(?:s|d|ed|ing)?\s+"
    r"(?:(?:the|a|an|this|that|its|their|your|each|every)\s+[\w\u2019'\ufffc]+|it|them)\s+to\s+$",
    re.IGNORECASE,
)
#: ", or errbacks with": a comma and a conjunction right before a mention.
_JOINED_BEFORE = re.compile(r",[ \t]*\n?[ \t]*(?:or|and)[ \t]*\n?[ \t]*$")
_WORD_NEXT = re.compile(r"[ \t]*\n?[ \t]+([a-z]+)\b")
#: Where the sentence of a mention starts: after the last full stop, or the text's start.
_SENTENCE_END = re.compile(r"[.!?;:][ \t\n]")
#: Words that are the subject of a verb right after them: "which fires with".
_SUBJECTS = "which|that|who|it|this|he|she"


def _second_predicate(text: str, start: int, end: int) -> bool:
    """A mention in its ``-s`` form that opens a sentence's second predicate,
    parallel to a first one: "It returns a Deferred which fires with the
    protocol, or errbacks with the connection failure".  After a comma and
    "or" or "and", and before a preposition that an earlier ``-s`` verb of
    the same sentence takes too, right after its subject ("which fires
    with"), the word is a verb in the third person, with that verb's
    subject.  Nouns in a series keep their link: "callbacks or errbacks to
    the Deferreds" has no comma, and "arrays of numbers, lists, or tuples of
    numbers" has no subject before "arrays"."""
    joined = _JOINED_BEFORE.search(text, max(0, start - 20), start)
    if joined is None or not text.endswith("s", start, end):
        return False
    after = _WORD_NEXT.match(text, end)
    if after is None or after.group(1) not in PREPOSITIONS:
        return False
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    first = re.compile(
        rf"\b(?:{_SUBJECTS})(?:[ \t]*\n?[ \t]+(?:{'|'.join(_ADVERBS)}))?[ \t]*\n?[ \t]+"
        rf"[a-z]{{2,}}s[ \t]*\n?[ \t]+{after.group(1)}\b",
        re.IGNORECASE,
    )
    return first.search(text, opened, joined.start()) is not None


def _after_modal(words: list[str]) -> bool:
    """Whether ``words`` (nearest first) open with a modal verb, or an adverb after one."""
    if not words:
        return False
    return words[0] in _MODALS or words[1:2] != [] and words[0] in _ADVERBS and words[1] in _MODALS


#: Forms of the verbs that call a function: "call rollback", "invoking cleanup".
#: Not "called", which names a thing as often ("a step called rollback").
_CALLS = frozenset("call calls calling invoke invokes invoking".split())


def _called_by_name(mention: Mention, term: Term) -> bool:
    """Whether a mention right after "call" names the function called: bare
    and singular (no article, no plural), of an entry that is no function
    itself ("evalf is the method ...": then calling it is the entry)."""
    if mention.segment.text.endswith("s", mention.start, mention.end):
        return False  # "call callbacks" calls the things, as "call the callback" does
    return not any(definition_calls_it(term.definition, noun) for noun in ("method", "function"))


def _one_word(mention: Mention) -> bool:
    return len(WORD_RE.findall(mention.found)) == 1


def _is_gerund(word: str) -> bool:
    """Whether ``word`` is the ``-ing`` form of an English verb (``indexing``,
    ``merging``, ``mapping``), not a noun that ends so (``string``, ``thing``)."""
    low = word.casefold()
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    return is_known_word(stem) or is_known_word(stem + "e") or _doubled_final(stem)


def _doubled_final(stem: str) -> bool:
    """A verb that doubles its last consonant before ``-ing`` (``mapp`` of
    ``mapping``): one vowel between consonants before it, as in ``map`` and
    ``commit``, unlike ``ear`` of ``earring``."""
    base = stem[:-1]
    return (
        len(base) >= 3
        and stem[-1] == base[-1]
        and base[-1] not in _VOWELS
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
        and is_known_word(base)
    )


_VOWELS = frozenset("aeiou")


def _words_before(text: str, end: int, count: int = 2) -> list[str]:
    """Up to ``count`` words right before ``end``, nearest first, in lower case."""
    words = []
    for _ in range(count):
        before = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if before is None:
            break
        words.append(before.group(1).casefold().replace("’", "'"))
        end = before.start()
    return words


def _names(term: Term) -> list[Spelling]:
    return [s for s in term.spellings() if s.kind is not SpellingKind.VARIANT]


def _written_as(spelling: Spelling, found: str) -> bool:
    """Whether ``found`` is ``spelling`` in a case that keeps its sense.

    An entry whose case is exact (an acronym, a keyword in capitals, a name)
    is another word in any other case: ``returning`` for the SQL clause
    ``RETURNING``.  A lower-case term may start a sentence, stand in Title
    Case or in capitals as a keyword (``READ COMMITTED``), but not take a
    capital inside a word (``MetaData`` is a class name).  Spacing and
    hyphens between the term's words may differ (``eager-loading``), but a
    closed compound split in two is another thing (an operating system's
    ``web view`` is not the ``webview`` tag).
    """
    got, want = WORD_RE.findall(found), WORD_RE.findall(spelling.text)
    if got == want:
        return True
    if spelling.case is CasePolicy.EXACT or len(got) != len(want):
        return False
    return all(g in (w, capitalize_first(w), w.upper()) for g, w in zip(got, want))
