project = "Run-wide evidence"
extensions = ["glossary_lint_sphinx"]
glossary_lint_glossary = "glossary.yaml"
glossary_lint_link = "off"
