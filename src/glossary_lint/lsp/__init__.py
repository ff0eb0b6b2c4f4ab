"""``glossary-lint lsp``: the glossary under the writer's cursor.

A Language Server Protocol front-end and reporter over the same engine as
``check``.  Only :mod:`.adapter` imports glossary-lint's own modules; pygls
and lsprotocol are imported only when the server starts (``pip install
'glossary-lint[lsp]'``), so the CLI's other commands never pay for them.
"""
