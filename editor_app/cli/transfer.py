"""`qalam drafts import FILE...` and `qalam drafts export ID --format md|html|docx|pdf -o FILE`.

Import is all or nothing: every file is read and converted first; only when all of them
succeed are drafts created (with their images), and if storing one fails, the drafts this
command already created are purged again. The new ids are printed one per line.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

# core.exporters.FORMATS, without importing the exporters to build the parser (a test keeps them equal).
FORMATS = ("md", "html", "docx", "pdf")


def register_drafts_subcommands(dsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = dsub.add_parser("import", help="new drafts from .docx, .md, .html or .txt files; prints the ids")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--keep-boilerplate", action="store_true",
                     help="keep share buttons, notices and other website text in .html/.txt files")
    imp.add_argument("--rules", action="append", default=[], metavar="FILE",
                     help="extra boilerplate rules (JSON laid out as resources/boilerplate_rules.json)")
    imp.add_argument("--again", action="store_true",
                     help="import a file even if a draft was already made from it (same content)")
    imp.add_argument("--json", action="store_true", help="machine-readable (ids and what was stripped)")
    imp.set_defaults(handler=run_import)

    exp = dsub.add_parser("export", help="write a draft as Markdown, HTML, Word or PDF")
    exp.add_argument("id")
    exp.add_argument("--format", choices=FORMATS, default=None,
                     help="md, html, docx or pdf (default: from the output file's extension)")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.set_defaults(handler=run_export)


def run_import(ctx: CliContext) -> int:
    from editor_app.cli.store_access import open_store
    from editor_app.core import boilerplate, importers

    args = ctx.args
    rules = boilerplate.load_rules(args.rules) if args.rules else None
    results = []
    for name in args.files:
        try:
            results.append(importers.import_file(name, rules=rules,
                                                 strip_boilerplate=False if args.keep_boilerplate else None))
        except QalamError as exc:
            raise QalamError(UserMessage("Import", QT_TRANSLATE_NOOP(
                "Import", "{reason} Nothing was imported."), {"reason": ctx.say(exc.user_message)})) from exc

    held: dict[int, Any] = {}  # index in results → the draft that already holds that file (ImportedFile)
    twin: dict[int, int] = {}  # index → the earlier index with the same file in this command
    fresh: list[int] = []
    with open_store(ctx) as store:
        seen: dict[str, int] = {}
        for index, result in enumerate(results):
            digest = result.source_sha256
            if not args.again and digest:
                found = store.find_import(digest)
                if found is not None:
                    held[index] = found
                    continue
                if digest in seen:
                    twin[index] = seen[digest]
                    continue
                seen[digest] = index
            fresh.append(index)
        articles = importers.store_imports(store, [results[i] for i in fresh])
    created = dict(zip(fresh, articles, strict=True))
    report: list[dict[str, Any]] = []
    for index, result in enumerate(results):
        if index in created:
            article = created[index]
            report.append({
                "id": article.id, "file": result.source_name, "title": article.title,
                "already_imported": False, "trashed": False,
                "stripped": [{"text": s.text, "reason": ctx.say(s.reason), "rule": s.rule_id}
                             for s in result.stripped],
            })
        elif index in held:
            found = held[index]
            report.append({"id": found.article_id, "file": result.source_name, "title": found.title,
                           "already_imported": True, "trashed": found.trashed, "stripped": []})
        else:
            article = created[twin[index]]
            report.append({"id": article.id, "file": result.source_name, "title": article.title,
                           "already_imported": True, "trashed": False, "stripped": []})
    if ctx.json:
        ctx.json_out(report)
        return 0
    for entry in report:
        ctx.out(entry["id"])
        if entry["already_imported"]:
            if entry["trashed"]:
                line = ctx.translate("Import", "{file} was already imported: it is draft {id} “{title}”, "
                                               "in the trash. Nothing new was made; take it out with qalam "
                                               "drafts untrash {id}, or import the file once more with "
                                               "--again.")
            else:
                line = ctx.translate("Import", "{file} was already imported: it is draft {id} “{title}”. "
                                               "Nothing new was made; to import it once more, add --again.")
            ctx.err(line.format(file=entry["file"], id=entry["id"][:8], title=entry["title"]))
        elif entry["stripped"]:
            ctx.err(ctx.plural("Import", QT_TRANSLATE_NOOP(
                "Import", "{file}: removed %n block(s) of website boilerplate.", "", 1),
                len(entry["stripped"]), file=entry["file"]))
    return 0


def _format_for(path: Path, explicit: str | None) -> str:
    if explicit:
        return explicit
    suffix = path.suffix.lower().lstrip(".")
    fmt = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    if fmt not in FORMATS:
        raise QalamError(UserMessage("Export", QT_TRANSLATE_NOOP(
            "Export", "Give --format (md, html, docx or pdf): {name} has no known extension."),
            {"name": path.name}))
    return fmt


def run_export(ctx: CliContext) -> int:
    from editor_app.cli.store_access import open_store
    from editor_app.core import exporters
    from editor_app.core.media import MediaItem

    args = ctx.args
    output = Path(args.output)
    fmt = _format_for(output, args.format)
    media: dict[str, MediaItem] = {}
    with open_store(ctx) as store:
        article = store.get(store.resolve_id(args.id))
        for media_id in set(re.findall(r'src="qalam-media:([^"]+)"', article.body_html)):
            try:
                media[media_id] = store.get_media(media_id)
            except QalamError:
                continue  # exported as a reference
    if fmt == "pdf":
        from editor_app.gui.pdf_export import export_pdf

        export_pdf(article, output, media=media.get)
    else:
        exporters.export_to_file(article, fmt, output, media=media.get)
    ctx.out(str(output))
    return 0
