# The example handbook as a Sphinx site: MyST Markdown and reST chapters, its
# glossary page rendered from the project's glossary by glossary_lint_sphinx.
project = "A Small Handbook of Neural Audio"
# sphinx-mathjax-offline (installed with the [sphinx] extra) copies MathJax 3
# into the site's _static folder and points the pages at it, so formulas render
# from disk, a CI artefact or an intranet without reaching a CDN.
extensions = ["myst_parser", "glossary_lint_sphinx", "sphinx-mathjax-offline"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["dollarmath", "colon_fence"]
glossary_lint_glossary = "../../data/glossary.yaml"
glossary_lint_known_words = ["WAV"]
# The glossary's "See" links name the full handbook's chapters, which this small
# example does not have: show them as text instead of dead document references.
glossary_lint_chapter_links = False
exclude_patterns = ["_build"]
html_theme = "alabaster"
