"""The article's details beside the editor: excerpt, slug, category, tags, featured image, and the post's
link once it is on the site (shown as a reader reads it: Arabic, not percent-escapes).

Also the title and subtitle fields (``TitleFields``) that sit above the body in the editor area.
Every line edit follows the article's direction (right to left for Arabic).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.article import Article, Direction
from editor_app.core.iri import readable_url
from editor_app.core.slug import make_slug
from editor_app.gui.editor.document import editor_font, qt_direction
from editor_app.gui.editor.media import MEDIA_SCHEME, FileMediaSink, MediaSink, StoreMediaSink
from editor_app.gui.headline_edit import HeadlineEdit
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.term_picker import TermPicker, split_names

if TYPE_CHECKING:
    from editor_app.core.site import Site


class TitleFields(QWidget):
    """Title and subtitle, large and right to left, above the article body.

    The headline wraps onto a second line (:class:`HeadlineEdit`): long Arabic headlines are common.
    """

    changed = Signal()
    title_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        self.title = HeadlineEdit(self)
        self.title.setObjectName("articleTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setFont(editor_font(20))
        title_font = self.title.font()
        title_font.setWeight(QFont.Weight.Bold)
        self.title.setFont(title_font)
        self.subtitle = QLineEdit(self)
        self.subtitle.setObjectName("articleSubtitle")
        self.subtitle.setAccessibleName(self.tr("Subtitle"))
        self.subtitle.setPlaceholderText(self.tr("Subtitle"))
        self.subtitle.setFont(editor_font(15))
        for edit in (self.title, self.subtitle):
            edit.setFrame(False)
            edit.textEdited.connect(lambda _text: self.changed.emit())
            layout.addWidget(edit)
        self.title.textChanged.connect(lambda: self.title_changed.emit(self.title.text()))
        self.set_direction("rtl")

    def set_direction(self, direction: str) -> None:
        for edit in (self.title, self.subtitle):
            edit.setLayoutDirection(qt_direction(direction))
            edit.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

    def load(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        for edit in (self.title, self.subtitle):
            edit.setCursorPosition(0)  # show the start of a long title, not its end


class MetadataPanel(QWidget):
    """Excerpt, slug (with a suggestion from the title), category, tags, featured image and its alt text."""

    changed = Signal()

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("metadataPanel")
        self.featured_path: Path | None = None
        self.featured_media_id: str | None = None
        self.article_id: str | None = None
        self._store: Any = None
        services = getattr(ctx, "services", {}) or {}
        media = services.get("media_sink")
        self.media: MediaSink = media if isinstance(media, MediaSink) else FileMediaSink()
        self._title = ""
        self._slug_touched = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.published_mark = QLabel(self.tr("Edited since it was published: the site still shows the "
                                             "earlier text until you publish again."), self)
        self.published_mark.setObjectName("publishedMark")
        self.published_mark.setWordWrap(True)
        self.published_mark.hide()
        form.addRow(self.published_mark)

        self.excerpt = QPlainTextEdit(self)
        self.excerpt.setObjectName("excerpt")
        self.excerpt.setAccessibleName(self.tr("Excerpt"))
        self.excerpt.setPlaceholderText(self.tr("One or two sentences shown in lists and on social media"))
        self.excerpt.setFixedHeight(90)
        self.excerpt.setFont(editor_font(12))
        form.addRow(self.tr("Excerpt"), self.excerpt)

        slug_row = QHBoxLayout()
        self.slug = QLineEdit(self)
        self.slug.setObjectName("slug")
        self.slug.setAccessibleName(self.tr("Slug"))
        self.suggest_button = QPushButton(self.tr("Suggest"), self)
        self.suggest_button.setToolTip(self.tr("Make a slug from the title"))
        self.suggest_button.clicked.connect(self.apply_suggested_slug)
        slug_row.addWidget(self.slug)
        slug_row.addWidget(self.suggest_button)
        form.addRow(self.tr("Slug"), slug_row)

        self.site: Site | None = None  # the working site (the article's own site comes first)
        self._article_site_id: str | None = None
        self.category = QLineEdit(self)
        self.category.setObjectName("category")
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setPlaceholderText(self.tr("Type to search the site's categories"))
        self.category_hint = QLabel(self)
        self.category_hint.setObjectName("categoryHint")
        form.addRow(self.tr("Category"), self._stacked(self.category, self.category_hint))

        self.tags = QLineEdit(self)
        self.tags.setObjectName("tags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separated by commas; type to search the site's tags"))
        self.tags_hint = QLabel(self)
        self.tags_hint.setObjectName("tagsHint")
        form.addRow(self.tr("Tags"), self._stacked(self.tags, self.tags_hint))
        runner = getattr(ctx, "runner", None)
        runner = runner if isinstance(runner, TaskRunner) else None
        self.category_picker = TermPicker(
            self.category,
            self.category_hint,
            "category",
            runner,
            lambda: self._store,
            self.site_id,
            self._describe_categories,
        )
        self.tag_picker = TermPicker(
            self.tags, self.tags_hint, "tag", runner, lambda: self._store, self.site_id, self._describe_tags
        )
        for picker in (self.category_picker, self.tag_picker):
            picker.picked.connect(lambda _name: self.changed.emit())

        image_row = QHBoxLayout()
        self.featured_label = QLabel(self.tr("No image"), self)
        self.featured_label.setObjectName("featuredImage")
        self.featured_button = QPushButton(self.tr("Choose…"), self)
        self.featured_button.clicked.connect(self.choose_featured_image)
        image_row.addWidget(self.featured_label, 1)
        image_row.addWidget(self.featured_button)
        form.addRow(self.tr("Featured image"), image_row)
        self.featured_alt = QLineEdit(self)
        self.featured_alt.setObjectName("featuredAlt")
        self.featured_alt.setAccessibleName(self.tr("Featured image alt text"))
        form.addRow(self.tr("Alt text"), self.featured_alt)

        self.post_link = QLabel(self)
        self.post_link.setObjectName("postLink")
        self.post_link.setAccessibleName(self.tr("Link on the site"))
        self.post_link.setTextFormat(Qt.TextFormat.RichText)
        self.post_link.setOpenExternalLinks(True)  # the browser gets the encoded form (href)
        self.post_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.post_link.setWordWrap(True)
        # A URL reads left to right, its Arabic path inside it right to left (the bidi algorithm does that).
        self.post_link.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.post_link_label = QLabel(self.tr("On the site"), self)
        form.insertRow(0, self.post_link_label, self.post_link)  # first: where the article lives now
        self.show_post_link(None)

        for edit in (self.slug, self.category, self.tags, self.featured_alt):
            edit.textEdited.connect(lambda _text: self.changed.emit())
        self.slug.textEdited.connect(self._slug_edited)
        self.featured_alt.editingFinished.connect(self._save_featured_alt)
        self.excerpt.textChanged.connect(self.changed.emit)
        self.set_direction("rtl")

    def show_post_link(self, article: object) -> None:
        """The post's link on the site, readable; hidden while the article is not on a site."""
        url = getattr(article, "remote_url", None) if article is not None else None
        self.post_link.setVisible(bool(url))
        self.post_link_label.setVisible(bool(url))
        if not url:
            self.post_link.clear()
            self.post_link.setToolTip("")
            return
        shown = readable_url(str(url))
        import html  # a published draft only (html.entities: ~1 ms before the window shows)

        self.post_link.setText(f'<a href="{html.escape(str(url), quote=True)}">{html.escape(shown)}</a>')
        self.post_link.setToolTip(shown)

    def _stacked(self, field: QWidget, hint: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(hint)
        return box

    # --- the site's categories and tags ---------------------------------------------------------------

    def set_site(self, site: Site | None) -> None:
        """The site Submit and Publish go to: its terms are searched (unless the article has its own site)."""
        self.site = site
        for picker in (self.category_picker, self.tag_picker):
            picker.refresh_hint()

    def site_id(self) -> str | None:
        return self._article_site_id or (self.site.id if self.site is not None else None)

    def _site_name(self) -> str:
        return self.site.name if self.site is not None and self.site.id == self.site_id() else ""

    def _describe_categories(self, names: list[str]) -> str:
        from editor_app.publish.site_terms import may_create_categories

        joined = "، ".join(names)
        if self.site is not None and not may_create_categories(self.site):
            return self.tr("Not on the site, and your role there may not create categories: {names}").format(
                names=joined
            )
        return self.tr("New on the site, created when you publish: {names}").format(names=joined)

    def _describe_tags(self, names: list[str]) -> str:
        return self.tr("New on the site, created when you publish: {names}").format(names="، ".join(names))

    def set_direction(self, direction: str) -> None:
        qt_dir = qt_direction(direction)
        for edit in (self.category, self.tags, self.featured_alt, self.category_hint, self.tags_hint):
            edit.setLayoutDirection(qt_dir)
        self.excerpt.setLayoutDirection(qt_dir)
        # A slug is a URL part: it reads in the direction of its own letters.
        self.slug.setLayoutDirection(qt_dir)

    def _slug_edited(self, _text: str) -> None:
        self._slug_touched = True

    def suggested_slug(self) -> str:
        return make_slug(self._title) if self._title.strip() else ""

    def set_title(self, title: str) -> None:
        """Follow the title: while the slug was not edited by hand, keep it suggested."""
        self._title = title
        if not self._slug_touched:
            self.slug.setText(self.suggested_slug())

    def apply_suggested_slug(self) -> None:
        self.slug.setText(self.suggested_slug())
        self._slug_touched = False
        self.changed.emit()

    def choose_featured_image(self) -> None:
        from editor_app.gui.file_dialogs import open_file_name  # (loaded when first opened)

        path, _ = open_file_name(
            self,
            self.tr("Choose the Featured Image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if path:
            self.set_featured_image(Path(path))

    def set_store(self, store: object) -> None:
        """The draft store is open: featured images go into its media table."""
        runner = getattr(self.ctx, "runner", None)
        if isinstance(runner, TaskRunner) and callable(getattr(store, "add_media", None)):
            self.media = StoreMediaSink(store, runner)
            self._store = store

    def _save_featured_alt(self) -> None:
        """The alt text lives with the image in the media table (the article only has its id)."""
        runner = getattr(self.ctx, "runner", None)
        store = self._store
        local = self.featured_media_id and not self.featured_media_id.isdigit()  # digits: the site's media id
        if local and isinstance(runner, TaskRunner) and store is not None:
            update = getattr(store, "update_media_text", None)
            if callable(update):
                runner.submit(update, self.featured_media_id, alt=self.featured_alt.text().strip())

    def set_featured_image(self, path: Path | None) -> None:
        self.featured_path = path
        if path is None:
            self.featured_media_id = None
            self.featured_label.setText(self.tr("No image"))
            self.changed.emit()
            return

        def stored(src: str) -> None:
            # Kept in the draft store: its media id; a plain file stays referenced by path only.
            self.featured_media_id = src[len(MEDIA_SCHEME) :] if src.startswith(MEDIA_SCHEME) else None
            self.featured_label.setText(path.name)
            self.changed.emit()

        self.media.store_image(path, self.featured_alt.text().strip(), "", self.article_id, stored)

    def load_article(self, article: Article) -> None:
        widgets: list[Any] = [self.excerpt, self.slug, self.category, self.tags, self.featured_alt]
        for widget in widgets:
            widget.blockSignals(True)
        self.set_direction(article.direction.value if isinstance(article.direction, Direction) else "rtl")
        self.excerpt.setPlainText(article.excerpt)
        self._title = article.title
        self.slug.setText(article.slug or self.suggested_slug())
        self.slug.setCursorPosition(0)
        self._slug_touched = bool(article.slug)
        # An Arabic article's lists read with the Arabic comma; both commas are accepted when typing.
        comma = "، " if str(article.direction) == "rtl" or article.language == "ar" else ", "
        self.category.setText(comma.join(article.categories))
        self.tags.setText(comma.join(article.tags))
        self.featured_media_id = article.featured_media_id
        self.article_id = article.id
        self.featured_path = None
        if not article.featured_media_id:
            self.featured_label.setText(self.tr("No image"))
        elif article.featured_media_id.isdigit():  # opened from the site: the image stays there
            text = self.tr("On the site (media {id})")
            self.featured_label.setText(text.format(id=article.featured_media_id))
        else:
            self.featured_label.setText(self.tr("Image attached"))
        self.featured_alt.clear()
        self._article_site_id = article.site_id
        self.show_post_link(article)
        for widget in widgets:
            widget.blockSignals(False)
        for picker in (self.category_picker, self.tag_picker):
            picker.refresh_hint()

    def set_published_mark(self, edited: bool) -> None:
        """Published (or scheduled), and the text here differs from what the site accepted."""
        self.published_mark.setVisible(edited)

    def article_fields(self) -> dict[str, Any]:
        return {
            "excerpt": self.excerpt.toPlainText().strip(),
            "slug": self.slug.text().strip(),
            "categories": split_names(self.category.text()),
            "tags": split_names(self.tags.text()),
            "featured_media_id": self.featured_media_id,
            "featured_image_path": self.featured_path,
            "featured_image_alt": self.featured_alt.text().strip(),
        }
