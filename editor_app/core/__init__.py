"""Plain-Python domain: articles, workflow, Arabic text and HTML; never imports Qt."""
