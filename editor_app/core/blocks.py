"""The article's clean HTML as WordPress blocks, and a post's blocks back as clean HTML (no Qt).

This module is the one name callers import; the work lives in:

* core/block_serialize.py: the article → block markup as the block editor writes it (:func:`post_content`),
  a changed block rewritten and every unchanged one sent back as the site has it;
* core/block_parse.py: a post's block markup → the article (:func:`article_body`, :func:`site_elements`),
  with what Qalam does not edit kept in each element's ``data-wp``;
* core/block_data.py: ``data-wp`` encoding and the wrapper elements each block's attributes give;
* core/block_grammar.py: the comment-delimited block grammar itself (WordPress's parser, ported).
"""

from __future__ import annotations

from editor_app.core.block_data import CAPTION_CLASS, UUID_ATTR, block_label, raw_element
from editor_app.core.block_parse import article_body, site_elements, strip_legacy_marker
from editor_app.core.block_serialize import EMBED_PROVIDERS, model_elements, post_content

__all__ = [
    "CAPTION_CLASS",
    "EMBED_PROVIDERS",
    "UUID_ATTR",
    "article_body",
    "block_label",
    "model_elements",
    "post_content",
    "raw_element",
    "site_elements",
    "strip_legacy_marker",
]
