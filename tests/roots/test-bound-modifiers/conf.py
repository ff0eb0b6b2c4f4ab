project = "Bound modifiers handbook"
extensions = ["myst_parser", "glossary_lint_sphinx"]
source_suffix = {".md": "markdown"}
glossary_lint_glossary = "glossary.yaml"
