"""The right-to-left rich-text editor: document model, HTML in/out, formatting, spelling, paste, search.

Import the parts from their modules (``editor_app.gui.editor.widget.RichTextEditor`` …).
"""
