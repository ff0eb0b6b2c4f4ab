"""Finding glossary terms in prose: one matcher over all terms, and the word knowledge it uses."""
