"""The search stemmer's version (core/arabic_stem.py), on its own: asking whether the search index is current
(storage/search_state.py, at every start) needs the number, not the stemmer and its normalisation tables."""

STEMMER_VERSION = 1  # bump when a rule or PROTECTED changes: stores reindex their search index once
