"""Before Submit or Publish: say which categories and tags the site lacks, and create them only if asked.

WordPress silently drops category ids it does not know, so Qalam never sends an article whose categories
the site lacks without asking: an editor or administrator may create them (any role may create tags);
anyone else is told which categories stand in the way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core.site import TermStatus


def _names(names: tuple[str, ...]) -> str:
    arabic = any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)
    return ("، " if arabic else ", ").join(names)


def confirm_new_terms(parent: QWidget | None, status: TermStatus | None, *, publishing: bool) -> bool:
    """True to go on (nothing new, or the user agreed to create it); False to stop."""
    if status is None or not status.any_unknown:
        return True
    refused = status.refused_categories
    if refused:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TermDialog", "Categories missing on the site"),
            "",
            parent=parent,
        )
        box.setText(
            QCoreApplication.translate(
                "TermDialog",
                "These categories are not on {site}, and your role there may not create them: {names}.",
            ).format(site=status.site_name, names=_names(refused))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "TermDialog",
                "Choose categories the site has, or ask an editor to create them. Nothing was sent.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    lines: list[str] = []
    if status.unknown_categories:
        lines.append(
            QCoreApplication.translate("TermDialog", "New categories: {names}").format(
                names=_names(status.unknown_categories)
            )
        )
    if status.unknown_tags:
        lines.append(
            QCoreApplication.translate("TermDialog", "New tags: {names}").format(
                names=_names(status.unknown_tags)
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("TermDialog", "Create on the site?"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate("TermDialog", "{site} does not have these yet. Create them?").format(
            site=status.site_name
        )
    )
    box.setInformativeText("\n".join(lines))
    go = box.addButton(
        QCoreApplication.translate("TermDialog", "Create and publish")
        if publishing
        else QCoreApplication.translate("TermDialog", "Create and submit"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.setObjectName("createTermsDialog")
    box.exec()
    return box.clickedButton() is go
