project = "Joined names handbook"
extensions = ["myst_parser", "glossary_lint_sphinx"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
glossary_lint_glossary = "glossary.yaml"
