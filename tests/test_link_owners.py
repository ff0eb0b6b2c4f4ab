"""Unit tests of two link-sense checks: a function entry owned by another
thing, and a term inside an acronym entry's spelled-out name."""

from glossary_lint.glossary.long_names import inside_long_name, long_name, long_names
from glossary_lint.glossary.model import CasePolicy, Term
from glossary_lint.glossary.owned_functions import owned_by_other
from glossary_lint.sources.segments import PLACEHOLDER

HOOK = Term(id="hook", term="hook", definition="A callable the scheduler runs once the queue is empty.")
QUEUE = Term(id="queue", term="queue", definition="The list of jobs waiting for a worker.")


def owned(text: str, term: Term = HOOK, code: str | None = None) -> bool:
    start = text.index("hook") if "hook" in text else text.index("queue")
    word = "hook" if "hook" in text else "queue"
    return owned_by_other(term, text, start, start + len(word), code)


def test_a_function_entry_after_a_class_or_a_possessive_is_anothers():
    assert owned("the object's hook runs first")
    assert owned("every class hook is skipped")
    assert owned("the worker calls its hook")
    assert owned(f"the {PLACEHOLDER} hook runs first", code="tasks.Cleaner")
    assert owned(f"the hook of the {PLACEHOLDER} runs first")


def test_an_owner_the_definition_names_or_code_naming_a_function_keeps_it():
    assert not owned("the scheduler's hook runs first")
    assert not owned("your hook runs first")
    assert not owned(f"the {PLACEHOLDER} hook runs first", code="tasks.clean_up")
    assert not owned("the hook of last resort")


def test_an_entry_that_is_no_function_is_never_owned():
    assert not owned("the object's queue grows", term=QUEUE)


def test_the_long_name_comes_from_the_expansion_or_the_opening_words():
    opening = Term(id="rta", term="RTA", case=CasePolicy.EXACT, definition="*Room-Tone Average.* A level ...")
    bracket = Term(
        id="rta", term="RTA", case=CasePolicy.EXACT, expansion="room tone average", definition="A level."
    )
    unspelled = Term(id="rta", term="RTA", case=CasePolicy.EXACT, definition="A level of the room.")
    assert long_name(opening) == ("room", "tone", "average")
    assert long_name(bracket) == ("room", "tone", "average")
    assert long_name(unspelled) is None
    assert long_name(QUEUE) is None


def test_a_name_of_an_acronym_and_words_stands_for_the_acronyms_words_and_its_own():
    zone = Term(id="dm-zone", term="DM Zone", definition="Demilitarised Mail Zone. Where the relays sit.")
    other = Term(id="dm-zone", term="DM Zone", definition="The zone where the relays sit.")
    assert long_name(zone) == ("demilitarised", "mail", "zone")
    assert long_name(other) is None
    assert long_name(Term(id="l7", term="L7 Rule", definition="Layer seven rule.")) is None


def test_a_word_is_inside_a_long_name_only_where_the_whole_name_stands():
    names = long_names([Term(id="rta", term="RTA", case=CasePolicy.EXACT, definition="Room tone average.")])
    text = "We take the room-tone average, then the tone of the room."
    first = text.index("tone")
    assert inside_long_name(text, first, first + 4, names)
    second = text.index("tone", first + 4)
    assert not inside_long_name(text, second, second + 4, names)


def test_a_class_the_page_writes_as_code_owns_the_function_named_after_it():
    text = "the Cleaner hook runs first"
    at = text.index("hook")
    assert owned_by_other(HOOK, text, at, at + 4, classes=frozenset({"Cleaner"}))
    assert not owned_by_other(HOOK, text, at, at + 4)  # a capital alone may be a product's name
    named = Term(id="hook", term="hook", definition="A callable the Cleaner runs last.")
    assert not owned_by_other(named, text, at, at + 4, classes=frozenset({"Cleaner"}))


def test_a_term_inside_a_spelled_out_acronym_is_that_names_unless_it_ends_it():
    from glossary_lint.glossary.long_names import inside_spelled_out_acronym

    def inside(text: str, words: str) -> bool:
        at = text.index(words)
        return inside_spelled_out_acronym(text, at, at + len(words), frozenset({"model"}))

    assert inside("We sell Packet Routing as a Service (PRaaS) to shops.", "Packet Routing")
    assert not inside("Our Residual Packet Routing (RPR) saves hops.", "Packet Routing")
    assert not inside("It trains a packet routing model (PRM) each night.", "packet routing")
    assert not inside("Packet routing (the path choice) is cheap.", "Packet routing")


def test_a_term_whose_tail_opens_another_entrys_name_only_by_a_classifier_keeps_its_sense():
    from glossary_lint.glossary.long_names import entry_names, modifies_other_name

    names = entry_names([Term(id="dm", term="diffusion model", definition="A model that denoises.")])
    text = "the latent diffusion model samples slowly"
    at = text.index("latent diffusion")
    assert not modifies_other_name(text, at, at + 16, "ld", names, frozenset({"model"}))
    assert modifies_other_name(text, at, at + 16, "ld", names)


def test_a_function_entry_after_another_entrys_name_or_a_class_having_it_is_anothers():
    from glossary_lint.glossary.owned_functions import owner_names

    worker = Term(id="worker", term="worker", definition="An object that runs jobs.")
    pool = Term(id="pool", term="pool", definition="Workers that share a queue.")
    sched = Term(id="sched", term="scheduler", definition="The object that wakes the workers.")
    names = owner_names([HOOK, worker, pool, sched])

    def after_entry(text: str) -> bool:
        at = text.index("hook")
        return owned_by_other(HOOK, text, at, at + 4, names=names)

    assert after_entry("the worker hook runs first")
    assert not after_entry("the scheduler hook runs first")  # the definition names the scheduler
    assert not after_entry("the pool hook runs first")  # a pool is no object with functions
    assert not after_entry("a new hook runs first")
    assert owned("a class with a hook and two fields")
