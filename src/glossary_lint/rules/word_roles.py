"""Whether a word stands as a noun, a modifier or a verb, told from its neighbours.

GL001 needs this where English spells one pair of words two ways: a spaced
term (``bind parameter``) is hyphenated by rule when it modifies the noun
after it (``bind-parameter values``) or is used as a verb (``to lazy-load``),
and is a slip where it stands as the noun itself (``the bind-parameter is``).
There is no part-of-speech tagger here, on purpose (start-up cost, a heavy
dependency): the function words around the form, the shape of the next word
(``-ly``, ``-ed``, ``-s``) and how often English uses that word's verb forms
(wordfreq, through :mod:`glossary_lint.matching.english`) decide, and where
they cannot, the form is taken for a noun, so a slip stays reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazy_re import lazy_compile
from ..matching.english import is_known_word, is_ordinary_word, zipf

#: Words right before a verb and never before a noun: ``to look up``, ``can set up``.
BEFORE_VERB = frozenset(
    "to can could will would shall should may might must please not".split()
    + ["let's", "don't", "cannot", "can't", "won't", "doesn't", "didn't"]
)
#: Subject pronouns: the word after one is its verb (``we lazy-load``).
_SUBJECTS = frozenset("i we you they".split())
#: Words that start the object of a verb and never follow a noun directly:
#: ``set up a route``, ``log in the user``.
OBJECT_START = frozenset(
    "a an the this that these those its your our their his her my".split()
    + "them him us me some any each every all".split()
)
#: The narrower set that shows the word before it is a verb even after a
#: noun: ``that``, ``all``, ``each`` and ``some`` may open a clause or follow
#: a noun (``the code that runs``), these never do.
_CLEAR_OBJECT_START = frozenset("a an the these those its your our their his her my them him us me".split())
#: Determiners of one thing: a plural word after their phrase is its verb.
_SINGULAR = frozenset("a an each every another".split())
#: Words a name or term is joined to when it modifies a noun (``PyTorch-based``,
#: ``grain-buffer based``).  A name keeps its own case there, so a lower-case
#: ``pytorch-based`` is still a slip.
MODIFIER_ENDS = frozenset(
    "based like style compatible specific powered driven related aware".split()
    + "friendly only free native ready".split()
)
#: Words that never start or continue a noun phrase after a modifier: the
#: word before them is the head of its phrase, not a modifier.
#: Prepositions and the particles of phrasal verbs ("set up"): a phrase that
#: ends in one is no noun phrase.
PREPOSITIONS = frozenset(
    """
of to in on at by for from with without into onto over under about after before during between
within through across against along via per than as like up down out off upon
""".split()
)
NOT_NOUNS = PREPOSITIONS | frozenset(
    """
a an the this that these those its your our their his her my some any each every all no both
either neither another such it we you they he she i them him us me one
and or nor but yet so because although though unless until whereas while when where whenever
if then whether which who whom whose what how why
is are was were be been being am has have had do does did can could will would shall should
may might must cannot can't won't don't doesn't didn't isn't aren't wasn't
also not only just there here now again already still even too very instead itself
themselves first last once always never often rather else anyway alone together
""".split()
)
#: The joins of two coordinated modifiers: ``X-Y and Z-W noun``, ``X-Y, "Z" noun``.
_COORDINATOR = lazy_compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|and/or|nor)\s+|\s*/\s*")
#: A second modifier in such a list: a hyphenated compound or a quoted word or two.
_CONJUNCT = lazy_compile(
    r"[\"“'‘]?[^\W\d_][\w'’]*(?:[-\u2010\u2011][^\W_][\w'’]*)+[\"”'’]?"
    r"|[\"“'‘][^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?[\"”'’]"
)
_NEXT_WORD = lazy_compile(r"\s+([^\W\d_][\w'’]*(?:[-\u2010\u2011][^\W_][\w'’]*)*)")
#: Adverbs without -ly that may stand between ``to`` or a modal and its verb.
_SHORT_ADVERBS = frozenset("also only then never always still just first".split())
_WORD_BEFORE = lazy_compile(r"([^\W\d_][\w'’]*)\s+$")


def modifies_next_noun(text: str, start: int, end: int) -> bool:
    """Whether the form ending at ``end`` modifies a noun after it:
    ``bind-parameter values``, ``grain-buffer startup time``, ``grain-buffer
    based player``, or one of coordinated modifiers before their noun
    (``grain-buffer and frame-pacing logic``, ``the grain-buffer,
    "lockstep" style``).  A plural or possessive ending on the form itself
    makes it a noun, and so does a plural word after it where a singular
    determiner opens the phrase and no noun follows (``an asset-map points
    at``: a verb)."""
    singular = _singular_phrase(text, start)
    for _ in range(4):
        if _starts_noun(text, end, singular):
            return True
        join = _COORDINATOR.match(text, end, min(len(text), end + 12))
        conjunct = join and _CONJUNCT.match(text, join.end(), min(len(text), join.end() + 60))
        if not conjunct:
            return False
        end = conjunct.end()
    return False


def _words_before(text: str, start: int, count: int) -> Iterator[str]:
    """Up to ``count`` words right before ``start``, nearest first, folded;
    a punctuation mark between stops them (it ends the phrase)."""
    for _ in range(count):
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return
        yield before.group(1).casefold().replace("’", "'")
        start = before.start()


def _singular_phrase(text: str, start: int) -> bool:
    """Whether the noun phrase around ``start`` opens with a singular
    determiner (``a``, ``each``), up to two words before it (``a large``)."""
    for word in _words_before(text, start, 3):
        if word in _SINGULAR:
            return True
        if word in NOT_NOUNS or word.endswith("'s"):
            return False  # "an object's": the possessive, of any number, is the determiner
    return False


def _starts_noun(text: str, end: int, singular: bool) -> bool:
    """Whether the word after ``end`` is a noun (or starts a noun phrase) that
    a modifier before it would modify, rather than a verb, an adverb or a
    function word that shows the form before it is the noun."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 60))
    if after is None:
        return False
    word = after.group(1)
    if re.search(r"[-\u2010\u2011]", word):
        return True  # another compound: 'grain-buffer start-up cost'
    low = word.casefold().replace("’", "'")
    if low in NOT_NOUNS:
        return False
    if low in MODIFIER_ENDS:
        return True  # 'grain-buffer based player'
    if _adverb(low) or (len(low) > 4 and low.endswith("ed")):
        return False  # 'the main-process directly', 'the main-process loaded it'
    following = _NEXT_WORD.match(text, after.end(), min(len(text), after.end() + 40))
    if following and following.group(1).casefold() in _CLEAR_OBJECT_START:
        return False  # 'the main-process sent the reply': a verb and its object
    if is_plural(low) and singular:
        # 'a main-process settings file', a compound noun; 'an asset-map points at', a verb
        return _starts_noun(text, after.end(), False)
    return not (is_plural(low) and _finite_verb(low)) or _heads_subject(text, after.end())


#: Modals and auxiliaries that agree with a plural subject.
_PLURAL_SUBJECT_VERBS = frozenset("can could will would may might must should shall are were have do".split())
#: Determiners that may open the noun phrase of a preposition.
_DETERMINERS = frozenset("a an the this these those its your our their his her my each every".split())


def _heads_subject(text: str, at: int) -> bool:
    """Whether the plural word ending at ``at`` heads a subject: a modal or an
    auxiliary follows it, right away or after a short phrase of a preposition
    (``the grain-buffer fits in the queue can drift``).  Read as a verb, the
    plural would leave that modal no subject of its own, so the plural is a
    noun and the form before it its modifier."""
    words: list[str] = []
    for _ in range(5):
        word = _NEXT_WORD.match(text, at, min(len(text), at + 40))
        if word is None:
            break
        words.append(word.group(1).casefold())
        at = word.end()
    if not words:
        return False
    if words[0] in _PLURAL_SUBJECT_VERBS:
        return True
    if words[0] not in PREPOSITIONS:
        return False
    for later in words[1:]:
        if later in _PLURAL_SUBJECT_VERBS:
            return True
        if later in NOT_NOUNS and later not in _DETERMINERS:
            return False
    return False


#: How common a word's -ing form must be for the word to be read as a verb
#: after a plural noun: 'work' (working 5.5), 'type' (typing 3.8) may be
#: verbs; 'column' (no -ing form), 'table' (tabling 2.3) are nouns only.
_VERB_ING_ZIPF = 3.0
#: The ending a plural gives a word right after a term's stem.
_PLURAL_REST = lazy_compile(r"e?s(?=\s)")


def plural_modifies_noun(text: str, end: int) -> bool:
    """Whether a form in the plural, ending with its plural ``-s`` at
    ``end`` (or right after it), modifies a noun after it: ``the
    typical-windows column``, ``a rate-limits table``.  English lets a
    plural stand before its noun (``a sales tax``), so the form is a
    modifier where the next word is a noun that is no verb: a word in
    lower case whose -ing form English scarcely uses.  A next word that may
    be a verb (``the loose-ends work``) leaves the plural the noun."""
    rest = _PLURAL_REST.match(text, end)
    last = re.search(r"[^\W\d_]+$", text[max(0, end - 40) : end])
    if rest is None and not (last and is_plural(last.group().casefold())):
        return False  # singular: :func:`modifies_next_noun` has judged it
    after = _NEXT_WORD.match(text, rest.end() if rest else end, min(len(text), end + 60))
    if after is None:
        return False
    word = after.group(1)
    if not word.islower() or not word.isalpha() or word in NOT_NOUNS or _adverb(word):
        return False
    if word.endswith(("ed", "ing")):
        return False  # 'the loose-ends computed', 'the loose-ends using': a verb's forms
    bases = _bases(word) if is_plural(word) else [word]
    return all(zipf(ing) < _VERB_ING_ZIPF for base in bases for ing, _ in _verb_forms(base))


def _adverb(word: str) -> bool:
    """``directly``, ``automatically``, ``easily``, ``simply``: an -ly word whose
    stem is an everyday word (``family``, ``assembly`` have none)."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    stems = {word[:-2], word[:-4], word[:-3] + "y", word[:-1] + "e"}
    return any(len(s) >= 4 and is_ordinary_word(s) for s in stems)


#: How much rarer than the -s form both its -ing and -ed forms may be for
#: the -s form to be read as a verb: 'exists' (existing +0.3, existed -0.2),
#: 'requires' (-0.5, +0.4) are verbs; 'values' (valuing -1.6), 'attributes'
#: (attributing -1.0), 'parameters' (no verb forms) are nouns.  Words used
#: both ways ('frames', 'records') fall either side; either reading is English.
_VERB_MARGIN = 0.6


def _finite_verb(word: str) -> bool:
    """Whether an -s word after a noun is more likely its verb (``the
    context-manager exists``) than a plural noun it modifies (``bind-parameter
    values``): a verb's -ing and -ed forms are both about as common as its -s
    form.  (One alone misleads: 'attributed' is common as an adjective.)"""
    if not is_plural(word):
        return False
    best = max(
        (min(zipf(ing), zipf(ed)) for base in _bases(word) for ing, ed in _verb_forms(base)), default=0.0
    )
    return best > 0 and best >= zipf(word) - _VERB_MARGIN


def is_plural(word: str) -> bool:
    """Whether ``word`` has the shape of a plural noun (or an -s verb):
    ``symbols``, not ``class``, ``status``, ``analysis`` or ``physics``."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def _bases(word: str) -> list[str]:
    bases = [word[:-1]]
    if word.endswith("ies"):
        bases.append(word[:-3] + "y")
    elif re.search(r"(?:s|x|z|ch|sh|o)es$", word):
        bases.append(word[:-2])
    return bases


def _verb_forms(base: str) -> list[tuple[str, str]]:
    """The -ing and -ed forms of a base verb, spelled the English ways."""
    if base.endswith("e"):
        return [(base[:-1] + "ing", base + "d")]
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return [(base + "ing", base[:-1] + "ied")]
    forms = [(base + "ing", base + "ed")]
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgmnprt]$", base):
        forms.append((base + base[-1] + "ing", base + base[-1] + "ed"))  # 'running', 'mapped'
    return forms


def stands_as_verb(text: str, start: int, last_word: str) -> bool:
    """Whether the form starting at ``start`` is a verb: after ``to``, a modal
    or a subject pronoun (an adverb may stand between: ``to also lazy-load``),
    and its last word has verb forms English uses (``load``: loading, loaded;
    ``spectrogram`` has none, so ``to mel-spectrogram`` is the noun)."""
    base = last_word.casefold()
    if base.endswith(("ing", "ed")) or not any(is_known_word(f) for pair in _verb_forms(base) for f in pair):
        return False
    for word in _words_before(text, start, 3):
        if word in BEFORE_VERB or word in _SUBJECTS:
            return True
        if not (_adverb(word) or word in _SHORT_ADVERBS):
            return False
    return False


#: Verbs that link a subject to what it is (``is``, ``remains``): an adjective
#: after one stands as the predicate, not before a noun.
_LINKING_VERBS = frozenset(
    "is are was were be been being isn't aren't wasn't remain remains remained stay stays stayed".split()
    + "become becomes became seem seems seemed".split()
)
#: What may end a predicate: a clause's punctuation, the text's end, or a conjunction.
_PREDICATE_END = lazy_compile(r"\s*(?:[.,;:!?)\]]|$)|\s+(?:and|or|but|nor)\b")


def stands_as_predicate(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` stand as a predicate
    adjective: right after a linking verb (``is``, ``remains``), maybe with
    an adverb or ``not`` between (``is completely``), and ending their clause
    (``..., and``; ``.``).  English hyphenates a compound adjective before
    its noun (``an open-source kiln``) and leaves it open after the verb
    (``the kiln is open source``)."""
    if _PREDICATE_END.match(text, end) is None:
        return False
    for k, word in enumerate(_words_before(text, start, 2)):
        if word in _LINKING_VERBS:
            return True
        if k or not (word == "not" or _adverb(word)):
            return False
    return False
