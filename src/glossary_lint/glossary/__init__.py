"""The glossary: its model, the YAML loader and schema, its checks, and the compiled cache."""
