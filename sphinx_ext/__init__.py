"""glossary_lint_sphinx: the Sphinx extension (not written yet; see the issue
"The Sphinx extension")."""
