"""The file kinds Qalam imports, by extension (a module of its own: drag and drop needs only this)."""

FORMATS = {".docx": "docx", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt"}
