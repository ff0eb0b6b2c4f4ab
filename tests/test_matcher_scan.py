"""The matcher's scan asks about each word of prose once, and skips what
cannot start a term without changing what it finds."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching import key_prefixes
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import PLACEHOLDER, BlockKind, Segment

GLOSSARY = """version: 1
terms:
  - id: tape-loop
    term: Tape Loop
    definition: A spliced ring of tape.
  - id: wobbulator
    term: Wobbulator
    definition: A sweeping oscillator.
  - id: spring-reverberation
    term: Spring Reverberation
    definition: Echo from a coiled spring.
  - id: ab
    term: AB
    expansion: Alternating Bias
    case: exact
    definition: A recording bias.
"""


def _segment(text: str) -> Segment:
    return Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))


def _found(matcher: Matcher, text: str) -> list[tuple[str, bool]]:
    return [(m.found, m.typo) for m in matcher.mentions(_segment(text))]


def test_each_word_is_classified_once_however_often_prose_repeats_it(monkeypatch):
    asked: list[str] = []
    real = key_prefixes.KeyPrefixes.ends_word
    monkeypatch.setattr(
        key_prefixes.KeyPrefixes, "ends_word", lambda self, text: asked.append(text) or real(self, text)
    )
    matcher = Matcher(parse_glossary(GLOSSARY))
    sentence = "The tape loop ran and the tape loop stopped; the tape loop ran again."
    first = _found(matcher, sentence)
    asked_first = len(asked)
    assert _found(matcher, sentence) == first == [("tape loop", False)] * 3
    assert len(asked) == asked_first  # the second pass asked nothing again


def test_a_word_that_only_begins_a_key_finds_what_it_found_before():
    matcher = Matcher(parse_glossary(GLOSSARY))
    # "tape" begins "tapeloop" only: joined to "deck" it begins nothing.
    assert _found(matcher, "A tape deck and a tape loop.") == [("tape loop", False)]
    # A plural of a two-word key read at a word that only begins it.
    assert _found(matcher, "Two tape loops hum.") == [("tape loop", False)]
    # "a" and "b" join into a key of their own ("ab") before a hyphen; split by
    # a space, a word that short is no slip for it.
    assert _found(matcher, "An A-B test and an A B test.") == [("A-B", False)]
    # A function word before a space never splits a distinctive word.
    assert _found(matcher, "A spring reverb and a wobulator.") == [("wobulator", True)]


def test_text_with_placeholders_or_other_scripts_is_matched_as_before():
    matcher = Matcher(parse_glossary(GLOSSARY))
    plain = _found(matcher, "The Wobbulator and the tape loop.")
    assert plain == [("Wobbulator", False), ("tape loop", False)]
    assert _found(matcher, f"The Wobbulator {PLACEHOLDER} and the tape loop.") == plain
    # Case-folding changes lengths here (ß is ss): each word is folded alone.
    assert _found(matcher, "Die Straße, the WOBBULATOR and the Tape Loop.") == [
        ("WOBBULATOR", False),
        ("Tape Loop", False),
    ]


# -- one scan per document -------------------------------------------------------

#: Terms inside terms (``loop`` of ``tape loop``, ``B`` of ``AB``), so a scan
#: that reads a word a mention covers again finds a mention too many.
NESTED = (
    GLOSSARY
    + """  - id: loop
    term: Loop
    definition: A ring of anything.
  - id: b
    term: B
    case: exact
    definition: A second letter.
  - id: reverberation
    term: Reverberation
    definition: Echo that lingers.
"""
)

#: Words and gaps that random prose is made of: the terms' words, their slips
#: (a letter dropped, swapped, doubled), plurals and possessives, small words
#: that begin keys only before a hyphen, and gaps a term may or may not cross.
_WORDS = (
    "tape loop loops tape's Tape LOOP wobbulator Wobbulators wobulator wobbualtor wobbbulator "
    "spring reverberation reverbration Spring-Reverberation springs ab AB A B a an in to "
    "the of ring echo spliced oscillator tapeloop Straße naïve 42 x"
).split()
_GAPS = (
    " ",
    " ",
    " ",
    "-",
    "\u2010",
    "\n",
    " \n ",
    "\n\n",
    ", ",
    ". ",
    "'s ",
    "s' ",
    "_",
    PLACEHOLDER,
    "\x00",
    "",
)


def _random_segments(rng, count: int) -> list[Segment]:
    segments = []
    for _ in range(count):
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 12)))
        segments.append(_segment(text.strip(" ") if rng.random() < 0.5 else text))
    return segments


def _as_tuples(mentions) -> list[tuple]:
    return [
        (id(m.segment), m.start, m.stem_end, m.end, m.candidates, m.separators, m.typo, m.replaced)
        for m in mentions
    ]


def _pieces(text: str, tokens: list[tuple[int, int]]) -> list[str]:
    """The text cut at the words' spans: a gap, a word, a gap, ..., a gap."""
    cuts = [0, *(at for token in tokens for at in token), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def test_a_split_gives_the_words_and_spans_a_search_gives():
    """The scan's words come from one split of the text (no match object per
    word): the same words, folded, at the same offsets as WORD_RE finds them,
    whatever the text holds (underscores, digits, NUL, letters whose folded
    form is longer, marks that join a letter)."""
    import random

    from glossary_lint.matching.matcher import split_words
    from glossary_lint.matching.words import WORD_RE

    rng = random.Random(23)
    alphabet = "ab Z_9-\n\x00.'’ßİﬁ\u0301é\u2010\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        parts, folded, bounds = split_words(text)
        matches = list(WORD_RE.finditer(text))
        assert folded == [m.group().casefold() for m in matches], text
        assert [(bounds[2 * i], bounds[2 * i + 1]) for i in range(len(matches))] == [
            m.span() for m in matches
        ]
        assert parts == _pieces(text, [m.span() for m in matches])


def _word_by_word(matcher: Matcher, segment: Segment, typos: bool = True) -> list[tuple]:
    """The scan as it was written before it picked words out in C: every word
    of the segment asked in turn (the reference the fast scan must equal)."""
    from glossary_lint.matching import matcher as module
    from glossary_lint.matching.words import WORD_RE

    text = segment.text
    matches = list(WORD_RE.finditer(text))
    tokens = [m.span() for m in matches]
    folded = [m.group().casefold() for m in matches]
    bounds = [at for token in tokens for at in token]
    joins = module._Joins(_pieces(text, tokens))
    found_all = []
    i = 0
    while i < len(tokens):
        word = folded[i]
        found = matcher._classes.get(word)
        if found is None:
            found = matcher._classify(word)
        mention = None
        if found & module._KEY or (
            found & module._JOINED and i + 1 < len(tokens) and joins[i] in module._SPLITS
        ):
            # Whether a key begins with the word, asked here, not read off its class.
            starts_key = int(matcher._prefixes.starts(folded[i]))
            mention = matcher._longest_at(text, bounds, folded, joins, i, starts_key)
        if mention is None and typos and found & module._DISTINCT and i + 1 < len(tokens):
            if joins[i] in module._SPLITS:
                mention = matcher._distinct_at(bounds, folded, joins, i)
        if mention is None and typos and found & module._TYPO_UNKNOWN:
            found = matcher._look_up_typo(word, found)
        if mention is None and typos and found & module._TYPO:
            mention = module._typo_mention(text, *tokens[i], matcher._typos[word])
        if mention is None:
            i += 1
            continue
        start, stem_end, end, candidates, separators, typo, replaced = mention
        found_all.append((id(segment), start, stem_end, end, candidates, separators, typo, replaced))
        while i < len(tokens) and tokens[i][0] < end:
            i += 1
    return found_all


def test_the_scan_finds_what_asking_every_word_in_turn_finds():
    import random

    rng = random.Random(14)
    glossary = parse_glossary(NESTED)
    for typos in (True, False):
        fast, slow = Matcher(glossary), Matcher(glossary)
        for segment in _random_segments(rng, 2000):
            assert _as_tuples(fast.mentions(segment, typos)) == _word_by_word(slow, segment, typos), (
                segment.text
            )


def test_a_document_scanned_at_once_finds_what_each_segment_finds():
    """Segments joined by a break no term crosses: the same mentions, each
    on its own segment with its own offsets, whatever the segments hold
    (the break character itself, line breaks, hyphens at either end)."""
    import random

    rng = random.Random(7)
    glossary = parse_glossary(NESTED)
    for _ in range(60):
        segments = _random_segments(rng, rng.randint(0, 40))
        for typos in (True, False):
            alone = [m for s in segments for m in Matcher(glossary).mentions(s, typos)]
            whole = list(Matcher(glossary).document_mentions(segments, typos))
            assert _as_tuples(whole) == _as_tuples(alone)
            assert all(m.segment.text[m.start : m.end] == m.found + m.suffix for m in whole)


def test_a_full_word_cache_emptied_mid_scan_changes_no_mention(monkeypatch):
    """Answers are remembered for a bounded number of words; emptying them in
    the middle of a document (a typo looked up before, its class forgotten)
    finds what a cache that never fills finds."""
    import random

    from glossary_lint.matching import matcher as module

    rng = random.Random(3)
    glossary = parse_glossary(NESTED)
    documents = [_random_segments(rng, 40) for _ in range(20)]
    roomy = Matcher(glossary)
    expected = [_as_tuples(roomy.document_mentions(segments)) for segments in documents]
    assert any(t[6] for found in expected for t in found)  # typos among them
    monkeypatch.setattr(module, "WORD_CACHE_SIZE", 5)
    # One matcher for every document, as in a run: a typo looked up in one
    # document, its answer emptied while the next is read.
    small = Matcher(glossary)
    assert [_as_tuples(small.document_mentions(segments)) for segments in documents] == expected


def _typo_lookup_asking_english_first(matcher: Matcher, folded: str) -> tuple:
    """The typo look-up as it was: the word table asked of every word first."""
    from glossary_lint.matching import matcher as module

    if len(folded) < module.MIN_TYPO_LENGTH - 1 or not folded.isalpha() or module.is_known_word(folded):
        return ()
    for stem_key, stem_end in module._stems(folded, len(folded)):
        hits = module._typo_candidates(stem_key, matcher._long, matcher._deletes, matcher._changes)
        if hits:
            return len(folded) - stem_end, hits
    return ()


def _slips(key: str, i: int, letter: str) -> list[str]:
    """Each kind of slip the matcher looks for, made at place ``i`` of ``key``:
    a letter dropped, ``letter`` added, ``letter`` put in its place, and the
    letter swapped with the next."""
    return [
        key[:i] + key[i + 1 :],
        key[:i] + letter + key[i:],
        key[:i] + letter + key[i + 1 :],
        key[:i] + key[i + 1 : i + 2] + key[i : i + 1] + key[i + 2 :],
    ]


def test_a_typo_is_found_as_before_and_english_asked_only_of_a_slip(monkeypatch):
    import random
    import string

    from glossary_lint.matching import matcher as module

    short_terms = "".join(
        f"  - id: {word}\n    term: {word.title()}\n    definition: A unit of the rack.\n"
        for word in ("phaser", "looper", "vocoder")
    )
    matcher = Matcher(parse_glossary(GLOSSARY + short_terms))
    rng = random.Random(28)
    # Keys of six letters too, the shortest a typo is looked for in, where a
    # slip at the second letter leaves only the first and the last two alike.
    keys = ["wobbulator", "reverberation", "tapeloop", "phaser", "looper", "vocoder"]
    words = ["wobbulators", "reverberations", "wobble", "oscillator", "spring", "tape"]
    for _ in range(3000):  # each kind of slip, at every place, and unrelated words
        key = rng.choice(keys)
        i = rng.randrange(len(key))
        letter = rng.choice(string.ascii_lowercase)
        words += [*_slips(key, i, letter), "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 14)))]
    found = 0
    for word in words:
        expected = _typo_lookup_asking_english_first(matcher, word)
        asked: list[str] = []
        real = module.is_known_word
        monkeypatch.setattr(module, "is_known_word", lambda w: asked.append(w) or real(w))
        assert matcher._typo_lookup(word) == expected, word
        monkeypatch.setattr(module, "is_known_word", real)
        found += bool(expected)
        slips = any(
            module._typo_candidates(stem, matcher._long, matcher._deletes, matcher._changes)
            for stem, _ in module._stems(word, len(word))
        )
        assert asked == ([word] if slips and word.isalpha() and len(word) >= 5 else []), word
    assert found > 3000  # the slips were found, not only the unrelated words left alone


SPLIT_KEYS = """version: 1
terms:
  - id: codebook
    term: codebook
    definition: A table of learned vectors.
  - id: theremin
    term: theremin
    definition: An instrument played without touch.
  - id: atonal-drone
    term: atonal drone
    definition: A held sound with no key.
"""


def test_a_word_that_begins_keys_only_with_more_letters_is_joined_only_where_a_key_may_follow(monkeypatch):
    """``the`` and ``a`` begin keys (``theremin``, ``atonal drone``) but never
    with the next word joined on: the scan asks no longest match there.  A
    split compound, plural (``code books``), is still found by its stem."""
    matcher = Matcher(parse_glossary(SPLIT_KEYS))
    asked = []
    real = Matcher._longest_at

    def counting(self, text, bounds, folded, joins, i, starts_key):
        asked.append(folded[i])
        return real(self, text, bounds, folded, joins, i, starts_key)

    monkeypatch.setattr(Matcher, "_longest_at", counting)
    text = "the quiet and the loud hum a low tone, then the code books and a codebook"
    found = [m.found for m in matcher.mentions(Segment(text, BlockKind.PARAGRAPH, ()))]
    assert found == ["code book", "codebook"]
    assert asked == ["code", "codebook"]


def test_a_join_is_asked_once_and_answered_as_in_full():
    from glossary_lint.matching.matcher import _stems

    matcher = Matcher(parse_glossary(GLOSSARY))
    words = ["tape", "tapeloop", "loop", "loops", "spring", "reverberation", "a", "b", "wob", "bulator", "ta", "pe"]
    pairs = [(first, second) for first in words for second in words]
    in_full = [
        matcher._prefixes.starts(a + b) or any(s in matcher.index for s, _ in _stems(a + b, 0)[1:]) for a, b in pairs
    ]
    assert any(in_full) and not all(in_full)
    assert [matcher._joins_on(a, b) for a, b in pairs] == in_full
    assert [matcher._joins_on(a, b) for a, b in pairs] == in_full  # from the memo
    # A scan that asks again finds the same, split and spaced terms included.
    text = "A tape loops, tape loop, tapeloops and a Wob bulator; spring reverberation."
    assert _found(matcher, text) == _found(Matcher(parse_glossary(GLOSSARY)), text) == _found(matcher, text)


def test_the_quick_test_for_slips_turns_away_only_words_with_none(monkeypatch):
    """``_may_slip`` (each letter after the first left out, looked up in C)
    lets a word reach the loops that gather its slips only when it may have
    one: the candidates, in their order, are what the loops alone give, on
    every kind of slip of many invented keys and on unrelated words."""
    import random
    import string

    from glossary_lint.matching import matcher as module

    rng = random.Random(14)
    letters = "aeioubdglmnrst"
    keys = sorted({"".join(rng.choices(letters, k=rng.randint(6, 11))) for _ in range(400)})
    entries = "".join(f"  - id: {key}\n    term: {key.title()}\n    definition: Made up.\n" for key in keys)
    matcher = Matcher(parse_glossary(GLOSSARY + entries))
    words = []
    for _ in range(4000):
        key = rng.choice(keys)
        i = rng.randrange(1, len(key))
        letter = rng.choice(letters)
        words += [*_slips(key, i, letter), "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12)))]
    maps = (matcher._long, matcher._deletes, matcher._changes)
    quick = [module._typo_candidates(word, *maps) for word in words]
    monkeypatch.setattr(module, "_may_slip", lambda *_: True)
    assert quick == [module._typo_candidates(word, *maps) for word in words]
    assert sum(map(bool, quick)) > 4000  # slips were found, not only words turned away


def test_a_lone_letter_after_a_term_is_no_plural_across_the_gap():
    """"Wobbulator s" once read as the plural "Wobbulators" split at the gap,
    whose first word alone then failed the split-compound test with an
    exception; the term is found as its one word, on a line or across one."""
    matcher = Matcher(parse_glossary(GLOSSARY))
    for text in ("a wobbulator s here", "a wobbulator\ns here", "a wobbulator\u2028S"):
        found = [m.found for m in matcher.mentions(_segment(text))]
        assert found == ["wobbulator"], text
