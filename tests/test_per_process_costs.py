"""Work that does not depend on the document is done once per process."""

from __future__ import annotations

from glossary_lint.sources import rest


def test_rest_settings_are_built_once_and_each_document_gets_its_own_copy(monkeypatch):
    built = []
    real = rest.get_default_settings

    def counting(*components):
        built.append(components)
        return real(*components)

    monkeypatch.setattr(rest, "get_default_settings", counting)
    rest._default_settings.cache_clear()
    try:
        first = rest.parse_rest("one.rst", "Heading\n=======\n\nA line with a *broken emphasis.\n")
        second = rest.parse_rest("two.rst", "Other\n=====\n\nA calm second page.\n")
        a, b = rest._settings(), rest._settings()
    finally:
        rest._default_settings.cache_clear()
    assert len(built) == 1
    assert first.path == "one.rst" and second.path == "two.rst"
    assert a.warning_stream is not b.warning_stream
    assert a.record_dependencies is not b.record_dependencies
    assert (a.report_level, a.file_insertion_enabled, a.raw_enabled) == (5, False, False)
