project = "Test handbook"
extensions = ["myst_parser", "glossary_lint_sphinx"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["dollarmath"]
glossary_lint_glossary = "glossary.yaml"
