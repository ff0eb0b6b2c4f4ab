"""``python -m glossary_lint``: the same CLI as the ``glossary-lint`` script."""

from .cli import main

if __name__ == "__main__":
    main()
