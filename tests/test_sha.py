"""core/sha: the built-in SHA-256 gives hashlib's digests (content hashes stay the same across versions)."""

from __future__ import annotations

import hashlib

from editor_app.core.article import Article
from editor_app.core.sha import sha256_hex
from editor_app.storage.convert import content_hash


def test_same_digests_as_hashlib() -> None:
    for data in (b"", b"abc", "قال الكرملين إن الزيارة مهمة".encode() * 5000, bytes(range(256)) * 300):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_content_hash_changes_with_the_text() -> None:
    a = Article(title="عنوان", body_html="<p>نص</p>")
    assert content_hash(a) == content_hash(a.copy())
    assert content_hash(a) != content_hash(a.copy(body_html="<p>نص آخر</p>"))
