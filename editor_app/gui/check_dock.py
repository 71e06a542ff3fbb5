"""The pre-publish check beside the editor: findings follow the text, a click selects the span."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor_app.core.article import Article
from editor_app.core.check_memory import CheckMemory
from editor_app.core.checks.context import CheckContext, from_spell_checker
from editor_app.core.checks.house import user_house_rules
from editor_app.core.checks.model import Finding
from editor_app.errors import QalamError
from editor_app.gui.check_panel import CheckPanel, apply_fix_in_editor, select_span
from editor_app.gui.headline_edit import HeadlineEdit
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.core.site import TermStatus
    from editor_app.gui.context import AppContext
    from editor_app.gui.document_controller import DocumentController


def _terms_lookup(ctx: AppContext, metadata: Any) -> Callable[[Article], TermStatus | None] | None:
    """The article's terms against the target site's local copy; called by the check on the task runner."""
    store = ctx.services.get("store")
    site_id = metadata.site_id() if callable(getattr(metadata, "site_id", None)) else None
    if store is None or site_id is None:
        return None

    def lookup(article: Article) -> TermStatus | None:
        from editor_app.publish.site_terms import target_site, term_status

        return term_status(store, target_site(store, article, site_id), article)

    return lookup


def make_check_panel(
    ctx: AppContext, documents: DocumentController, editor_area: Any, metadata: Any, parent: QWidget
) -> CheckPanel:
    try:
        house = user_house_rules(ctx.paths.config_dir)
    except QalamError:
        house = None  # the settings dialog reports an unreadable file; the shipped rules apply meanwhile

    unspelled = [False]  # a check ran before spelling answers were ready

    def context() -> CheckContext:
        checker = ctx.services.get("spellchecker")
        spell = from_spell_checker(checker) if checker is not None and checker.is_ready else None
        unspelled[0] = checker is not None and spell is None
        identity = getattr(checker, "answers_identity", None) if spell is not None else None
        return CheckContext(spell=spell, terms=_terms_lookup(ctx, metadata), spell_identity=identity)

    memory = ctx.services.get("check_memory")
    if not isinstance(memory, CheckMemory):
        memory = CheckMemory(ctx.paths.data_dir / "cache" / "check-findings.json")
        ctx.services["check_memory"] = memory  # saved when the window closes
    panel = CheckPanel(ctx.runner, house, context, parent, memory=memory)
    spell_controller = getattr(getattr(editor_area, "editor", None), "spell", None)
    if spell_controller is not None:
        # A check that ran before spelling answers were ready runs again once they are.
        spell_controller.loaded.connect(lambda: panel.recheck() if unspelled[0] else None)
    panel.setAccessibleName(translate("CheckDock", "Pre-publish check"))
    panel.view.setAccessibleName(translate("CheckDock", "Problems found"))

    def widget_for(field: str) -> QTextEdit | QLineEdit | QPlainTextEdit | None:
        if field == "body":
            editor = getattr(editor_area, "editor", None)
            return editor if isinstance(editor, QTextEdit) else None
        # Title and subtitle sit above the text; the rest is in the metadata panel.
        for owner in (getattr(editor_area, "titles", None), metadata):
            widget = getattr(owner, field, None)
            if isinstance(widget, QLineEdit | QTextEdit | HeadlineEdit):
                return widget
        return None

    def locate(finding: object) -> None:
        assert isinstance(finding, Finding)
        widget = widget_for(finding.span.field)
        if widget is None:
            plain = getattr(metadata, finding.span.field, None)
            if isinstance(plain, QPlainTextEdit):
                plain.setFocus()
            return
        select_span(widget, finding.span.start, finding.span.end)
        widget.setFocus()

    def fix(finding: object) -> None:
        assert isinstance(finding, Finding)
        widget = widget_for(finding.span.field)
        if widget is not None and apply_fix_in_editor(widget, finding):
            documents.autosave_now()

    def follow(article: object) -> None:
        if isinstance(article, Article):
            panel.set_article(article)

    panel.locate_requested.connect(locate)
    panel.fix_requested.connect(fix)
    documents.article_opened.connect(lambda a: panel.set_article(a, immediately=True))
    documents.article_changed.connect(follow)
    return panel
