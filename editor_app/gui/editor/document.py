"""The article as a QTextDocument: what each block is, how it looks, and its direction.

Block kinds live in a user property of the block format, so that the HTML writer never
has to guess from fonts and margins:

* ``KIND``: ``p`` (default), ``h2``, ``h3``, ``figure`` (a block holding one image),
  ``figcaption`` (the caption block after a figure), ``hr``.
* ``QUOTE``: True for paragraphs inside a block quote.
* ``DIR_OVERRIDE``: ``"rtl"``/``"ltr"`` when the writer chose the direction; absent when it
  follows the paragraph's first strong character (or the article's direction).
* Lists are Qt lists (``ListDisc`` → ``ul``, ``ListDecimal`` → ``ol``).
* Images carry their ``alt`` text in ``ALT`` on the image format.
* Inline marks (core/inline_marks.py) are character formats: bold, italic, anchor, strikeout, vertical
  alignment (sub/sup), a monospace font with ``CODE`` (code), a background with ``MARK`` (highlight).
  ``KEPT_INLINE`` (JSON ``[[tag, data-wp], …]``) carries, with the characters they cover, the site's
  attributes of those marks and the site's elements Qalam keeps without showing (``kbd``, classed spans…).
* ``WP_DATA``: what a block that came from WordPress keeps and Qalam does not edit (core/blocks.py's
  ``data-wp`` JSON), on the block format of p/h2/h3/li/figure/hr blocks, on the list format of a list and
  on the table format of a table; ``QUOTE_DATA`` on the paragraphs of a quote that has it.
* ``RAW`` blocks hold one object character (an image format named ``qalam-block:NAME`` whose ``WP_DATA``
  is the block's data): a WordPress block Qalam cannot edit, shown as a labelled box and written back
  unchanged. Tables are QTextTables (``CELL_TAG`` "th" on header cells, ``FOOT_ROWS`` on the table format);
  a table's caption is the ``figcaption`` block right after it. Qt lays a table's columns out left to right
  whatever its layout direction, so a right-to-left article's table holds its columns in reverse order
  (``MIRRORED`` on the table format): column 1 shows on the right. Nested lists are lists with a deeper
  indent.

Every block's layout direction is always set explicitly: Qt's own detection makes empty
or digits-only paragraphs left to right, which puts the caret on the wrong side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextOption,
)

from editor_app.core.arabic_text import LTR, RTL, first_strong_direction
from editor_app.gui.editor.media import FileMediaSink, MediaSink

if TYPE_CHECKING:
    # Pictures need these; a draft without any never does: their classes are built on first use.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

KIND = QTextFormat.Property.UserProperty + 1
QUOTE = QTextFormat.Property.UserProperty + 2
DIR_OVERRIDE = QTextFormat.Property.UserProperty + 3
ALT = QTextFormat.Property.UserProperty + 4
WP_DATA = QTextFormat.Property.UserProperty + 5
QUOTE_DATA = QTextFormat.Property.UserProperty + 6
CELL_TAG = QTextFormat.Property.UserProperty + 7
FOOT_ROWS = QTextFormat.Property.UserProperty + 8
MIRRORED = QTextFormat.Property.UserProperty + 9
CODE = QTextFormat.Property.UserProperty + 10
MARK = QTextFormat.Property.UserProperty + 11
KEPT_INLINE = QTextFormat.Property.UserProperty + 12
RAW_PREFIX = "qalam-block:"

P, H2, H3, FIGURE, FIGCAPTION, HR, RAW = "p", "h2", "h3", "figure", "figcaption", "hr", "raw"
HEADING_SIZE = {H2: 2, H3: 1}  # QTextFormat.FontSizeAdjustment steps
LINE_HEIGHT_PERCENT = 125
QUOTE_MARGIN = 28.0
IMAGE_MAX_WIDTH = 560
RAW_BLOCK_WIDTH = 420  # narrow enough for the editor beside both side panels, wide enough for its label

PREFERRED_FAMILIES = ("Noto Naskh Arabic", "Amiri", "Noto Sans", "DejaVu Sans")
MONO_FAMILIES = ["Noto Sans Mono", "DejaVu Sans Mono", "Liberation Mono", "Monospace"]
MARK_COLOUR = QColor(255, 236, 140)


def editor_font(point_size: float = 14.0) -> QFont:
    """Noto Naskh Arabic with Noto Sans for Latin (or Amiri), chosen explicitly: never the default."""
    available = set(QFontDatabase.families())
    families = [f for f in PREFERRED_FAMILIES if f in available]
    if "Noto Naskh Arabic" in families and "Amiri" in families:
        families.remove("Amiri")  # Noto Naskh + Noto Sans look alike; Amiri only as the fallback pairing
    font = QFont()
    font.setFamilies(families or ["Sans Serif"])
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.LeftToRight if direction == LTR else Qt.LayoutDirection.RightToLeft


def direction_name(direction: Qt.LayoutDirection) -> str:
    return LTR if direction == Qt.LayoutDirection.LeftToRight else RTL


def block_kind(block: QTextBlock | QTextBlockFormat) -> str:
    fmt = block.blockFormat() if isinstance(block, QTextBlock) else block
    value = fmt.property(KIND)
    return value if isinstance(value, str) and value else P


def is_quote(block: QTextBlock) -> bool:
    return bool(block.blockFormat().property(QUOTE))


def list_style(block: QTextBlock) -> str | None:
    """"ul" or "ol" for a list item, else None."""
    text_list = block.textList()
    if text_list is None:
        return None
    return "ul" if text_list.format().style() == QTextListFormat.Style.ListDisc else "ol"


def dir_override(block: QTextBlock) -> str | None:
    value = block.blockFormat().property(DIR_OVERRIDE)
    return value if value in (RTL, LTR) else None


def block_direction(block: QTextBlock) -> str:
    return direction_name(block.blockFormat().layoutDirection())


def block_format(
    kind: str = P, *, direction: str = RTL, quote: bool = False, override: str | None = None
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setLayoutDirection(qt_direction(direction))
    fmt.setBottomMargin(8.0)
    if kind != P:
        fmt.setProperty(KIND, kind)
    if kind in HEADING_SIZE:
        fmt.setHeadingLevel(2 if kind == H2 else 3)
        fmt.setTopMargin(12.0)
    if kind in (FIGURE, FIGCAPTION, RAW):
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    if kind == FIGURE:
        fmt.setBottomMargin(2.0)
    if kind == HR:
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
    if quote:
        set_quote(fmt, True)
    if override in (RTL, LTR):
        fmt.setProperty(DIR_OVERRIDE, override)
    return fmt


def set_quote(fmt: QTextBlockFormat, on: bool) -> None:
    if on:
        fmt.setProperty(QUOTE, True)
        fmt.setLeftMargin(QUOTE_MARGIN)
        fmt.setRightMargin(QUOTE_MARGIN)
        fmt.setBackground(QColor(0, 0, 0, 14))
    else:
        fmt.clearProperty(QUOTE)
        fmt.setLeftMargin(0.0)
        fmt.setRightMargin(0.0)
        fmt.clearBackground()


def heading_char_format(kind: str) -> QTextCharFormat:
    """What heading text looks like: larger and bold. The HTML writer ignores weight in headings."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE.get(kind, 0))
    fmt.setFontWeight(QFont.Weight.Bold if kind in HEADING_SIZE else QFont.Weight.Normal)
    return fmt


def caption_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    fmt.setForeground(QColor(90, 90, 90))
    return fmt


def base_char_format(kind: str = P) -> QTextCharFormat:
    if kind in HEADING_SIZE:
        return heading_char_format(kind)
    if kind == FIGCAPTION:
        return caption_char_format()
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
    fmt.setFontWeight(QFont.Weight.Normal)
    return fmt


def link_char_format(base: QTextCharFormat, href: str) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setForeground(QColor(20, 90, 180))
    fmt.setFontUnderline(True)
    return fmt


def mark_char_format(base: QTextCharFormat, tag: str, attrs: dict[str, str]) -> QTextCharFormat:
    """``base`` with the inline mark ``tag`` of the model (and the site data it keeps) applied."""
    if tag == "a":
        fmt = link_char_format(base, attrs.get("href", ""))
    else:
        fmt = QTextCharFormat(base)
    if tag == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif tag == "em":
        fmt.setFontItalic(True)
    elif tag == "s":
        fmt.setFontStrikeOut(True)
    elif tag in ("sub", "sup"):
        fmt.setVerticalAlignment(
            QTextCharFormat.VerticalAlignment.AlignSubScript
            if tag == "sub"
            else QTextCharFormat.VerticalAlignment.AlignSuperScript
        )
    elif tag == "code":
        fmt.setFontFamilies(MONO_FAMILIES)
        fmt.setFontFixedPitch(True)
        fmt.setProperty(CODE, True)
    elif tag == "mark":
        fmt.setBackground(MARK_COLOUR)
        fmt.setProperty(MARK, True)
    data = attrs.get("data-wp")
    if data:
        import json  # (site data on marks is rare: json is imported when some comes, not at start)

        fmt.setProperty(KEPT_INLINE, json.dumps([*kept_marks(fmt), [tag, data]], ensure_ascii=False))
    return fmt


def kept_marks(fmt: QTextCharFormat) -> list[tuple[str, str]]:
    """The site data of the marks on these characters, outermost first (``KEPT_INLINE``)."""
    value = fmt.property(KEPT_INLINE)
    if not isinstance(value, str) or not value:
        return []
    import json

    try:
        items = json.loads(value)
    except ValueError:
        return []
    return [(str(i[0]), str(i[1])) for i in items if isinstance(i, list) and len(i) == 2]


def format_marks(fmt: QTextCharFormat, heading: bool) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """The model's inline marks on characters of format ``fmt`` (the inverse of :func:`mark_char_format`),
    outermost first, each with its attributes and the site data it keeps."""
    kept = kept_marks(fmt)
    data = {tag: value for tag, value in kept if tag != "span"}
    on: list[tuple[str, dict[str, str]]] = []
    if fmt.isAnchor() and fmt.anchorHref():
        on.append(("a", {"href": fmt.anchorHref()}))
    on += [("span", {}) for tag, _ in kept if tag == "span"]
    if not heading and fmt.fontWeight() >= QFont.Weight.DemiBold.value:
        on.append(("strong", {}))
    if fmt.fontItalic():
        on.append(("em", {}))
    if fmt.fontStrikeOut():
        on.append(("s", {}))
    if fmt.hasProperty(MARK):
        on.append(("mark", {}))
    position = fmt.verticalAlignment()
    if position == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        on.append(("sup", {}))
    elif position == QTextCharFormat.VerticalAlignment.AlignSubScript:
        on.append(("sub", {}))
    if fmt.hasProperty(CODE):
        on.append(("code", {}))
    spans = iter(value for tag, value in kept if tag == "span")
    out = []
    for tag, attrs in on:
        value = next(spans) if tag == "span" else data.get(tag)
        if value:
            attrs["data-wp"] = value
        out.append((tag, tuple(sorted(attrs.items()))))
    return out


def lossy_marks(block: QTextBlock) -> tuple[str, list[str]] | None:
    """For a block from the site whose formatting Qalam cannot fully keep: its site data (an identity) and
    the names of what editing it would drop; None for any other block. A table cell answers for its table
    and a caption for its image."""
    data = block.blockFormat().property(WP_DATA)
    table = QTextCursor(block).currentTable()
    if table is not None:
        data = table.format().property(WP_DATA)
    elif block_kind(block) == FIGCAPTION and block.previous().isValid():
        data = block.previous().blockFormat().property(WP_DATA)
    if not isinstance(data, str) or '"lossy"' not in data:
        return None
    import json

    try:
        lost = json.loads(data).get("lossy")
    except (ValueError, AttributeError):
        return None
    return (data, [f"<{name}>" for name in lost]) if isinstance(lost, list) and lost else None


def unlink_char_format(fmt: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(fmt)
    fmt.setAnchor(False)
    fmt.clearProperty(QTextFormat.Property.AnchorHref)
    fmt.clearForeground()
    fmt.setFontUnderline(False)
    return fmt


def natural_direction(block: QTextBlock, article_direction: str) -> str:
    """The direction a block would have without an override."""
    return first_strong_direction(block.text()) or article_direction


class ArticleDocument(QTextDocument):
    """A QTextDocument that fetches images through the media sink, never over the network."""

    def __init__(
        self, media: MediaSink | None = None, parent: QObject | None = None, *, font: QFont | None = None
    ) -> None:
        super().__init__(parent)
        self.media: MediaSink = media or FileMediaSink()
        self.article_direction = RTL
        self.setDefaultFont(font if font is not None else editor_font())
        self.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        option = self.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setDefaultTextOption(option)
        self.setDocumentMargin(18.0)

    def set_article_direction(self, direction: str) -> None:
        self.article_direction = direction
        option = self.defaultTextOption()
        option.setTextDirection(qt_direction(direction))
        self.setDefaultTextOption(option)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        if type == QTextDocument.ResourceType.ImageResource.value:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QImage

            name = QUrl(name) if isinstance(name, str) else name
            if name.toString().startswith(RAW_PREFIX):
                label = _raw_block_image(name.toString()[len(RAW_PREFIX) :], self.defaultFont())
                self.addResource(type, name, label)
                return label
            data = self.media.load_image(name.toString(), self._image_arrived)
            image = QImage()
            if data:
                image.loadFromData(QByteArray(data))
            if image.isNull():
                image = _placeholder_image()
            if image.width() > IMAGE_MAX_WIDTH:
                image = image.scaledToWidth(IMAGE_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
            self.addResource(type, name, image)
            return image
        return super().loadResource(type, name)

    def _image_arrived(self, src: str, data: bytes) -> None:
        """Bytes fetched in the background: show them instead of the placeholder (never mid-layout)."""
        QTimer.singleShot(0, self, lambda: self._show_image(src, data))

    def _show_image(self, src: str, data: bytes) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage

        image = QImage()
        if image.loadFromData(QByteArray(data)):
            self.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src), _scaled(image))
            self.markContentsDirty(0, self.characterCount())


def _scaled(image: QImage) -> QImage:
    if image.width() > IMAGE_MAX_WIDTH:
        return image.scaledToWidth(IMAGE_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image


def _raw_block_image(name: str, font: QFont) -> QImage:
    """A WordPress block Qalam keeps but cannot edit: a box with its name (``core/gallery``…)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(RAW_BLOCK_WIDTH, 56, QImage.Format.Format_ARGB32)
    image.fill(QColor(240, 240, 244))
    painter = QPainter(image)
    painter.setPen(QPen(QColor(150, 150, 165), 1, Qt.PenStyle.DashLine))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    label = QFont(font)
    label.setPointSizeF(10.0)
    painter.setFont(label)
    painter.setPen(QColor(80, 80, 95))
    text = QCoreApplication.translate("Editor", "WordPress block kept as it is: {name}").format(name=name)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return image


def _placeholder_image() -> QImage:
    from PySide6.QtGui import QImage

    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(225, 225, 225))
    return image
