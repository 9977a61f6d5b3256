"""Vietnamese-aware search: word folding, the query language, the province gazetteer."""
