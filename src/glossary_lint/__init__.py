"""glossary-lint: keep a handbook's terminology consistent with one glossary."""

__version__ = "0.1.0"
