project = "Verbs and classes handbook"
extensions = ["glossary_lint_sphinx"]
glossary_lint_glossary = "glossary.yaml"
