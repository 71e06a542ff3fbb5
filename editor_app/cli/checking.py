"""`qalam check ID [--json]`: the pre-publish check of one draft.

Exit codes: 0 when nothing blocks publishing (warnings and notes may remain), 3 when at
least one finding has severity "error", 1 when the check itself cannot run or could not check
spelling (no engine or a missing dictionary; ``--no-spelling`` skips it on purpose).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP

EXIT_BLOCKING = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="pre-publish check of a draft (exit 3 when something must be fixed)")
    p.add_argument("id", help="the draft's id (or a unique prefix)")
    p.add_argument("--json", action="store_true", help="machine-readable findings (stable keys)")
    p.add_argument("--rules", metavar="FILE", default=None,
                   help="house rules file (default: house_rules.json in the config folder, else shipped)")
    p.add_argument("--no-spelling", action="store_true", help="skip the spell-check")
    p.add_argument("--fix", nargs="*", metavar="RULE", default=None,
                   help="apply the available fixes (of these rules only, if given), save, then check again")
    p.set_defaults(handler=run)


def house_rules_for(ctx: CliContext, explicit: str | None) -> Any:
    from editor_app.core.checks.house import HouseRules, user_house_rules

    if explicit:
        return HouseRules.load(explicit)
    return user_house_rules(ctx.paths.config_dir)


_DICTIONARY_PACKAGES = {"ar": "hunspell-ar", "en_US": "hunspell-en-us"}


def _spell_checker(ctx: CliContext) -> tuple[Any, str | None]:
    """The app's spell-checker (with the same word lists as the editor) and, when spelling cannot be
    fully checked, the one line that says why and what to do."""
    try:
        from editor_app.core.checks.spelling import from_spell_checker
        from editor_app.core.spelling import SpellChecker, default_newsroom_path
        from editor_app.paths import resource_dir

        checker = SpellChecker(
            personal_path=Path(ctx.paths.data_dir) / "wordlists" / "personal.txt",
            newsroom_path=default_newsroom_path(),
            starter_paths=[resource_dir() / "wordlists" / "newsroom-ar.txt"],
        ).load()
    except Exception as exc:  # no enchant library, no provider: check the rest and say so
        return None, ctx.translate(
            "Checks", "Spelling was not checked: no spell-checking engine could be loaded ({reason}). "
                      "Install libenchant-2-2, hunspell-ar and hunspell-en-us, or run with --no-spelling."
        ).format(reason=(str(exc).strip().splitlines() or [type(exc).__name__])[0][:120])
    problem = None
    if checker.missing_languages:
        language = checker.missing_languages[0]
        problem = ctx.translate(
            "Checks", "Spelling in {lang} was not checked: its dictionary is missing. Install {package}, "
                      "or run with --no-spelling.").format(
            lang=language, package=_DICTIONARY_PACKAGES.get(language, "hunspell-" + language))
    return from_spell_checker(checker), problem


def _apply_fixes(article: Any, findings: list[Any], rules: set[str]) -> tuple[Any, int]:
    """Apply fixes one by one from the end of each field; fixes that cross formatting are skipped."""
    from editor_app.core.checks import StaleFix, apply_fix

    chosen = [f for f in findings if f.fix is not None and (not rules or f.rule in rules)]
    chosen.sort(key=lambda f: (f.span.field, f.fix.start), reverse=True)
    count = 0
    limits: dict[str, int] = {}
    for finding in chosen:
        field = finding.span.field
        if field in limits and finding.fix.end > limits[field]:
            continue  # overlaps a fix already made
        try:
            article = apply_fix(article, finding)
        except StaleFix:
            continue
        limits[field] = finding.fix.start
        count += 1
    return article, count


def run(ctx: CliContext) -> int:
    from editor_app.cli.store_access import open_store
    from editor_app.core.checks import CheckContext, Severity, run_checks
    from editor_app.core.plain_text import article_word_count
    from editor_app.errors import QalamError

    args = ctx.args
    house = house_rules_for(ctx, args.rules)
    with open_store(ctx) as store:
        article = store.get(store.resolve_id(args.id))
        featured = None
        if article.featured_media_id:
            try:
                featured = store.get_media(article.featured_media_id, with_data=False)
            except QalamError:
                featured = None
        # Offline, the recent posts we know are the published drafts in the store.
        recent = [d.title for d in store.list_drafts(state="published", limit=200) if d.id != article.id]
        # Categories and tags the target site lacks, by the local copy `qalam sync` keeps.
        from editor_app.publish.site_terms import target_site, term_status

        terms = term_status(store, target_site(store, article, getattr(args, "site", None)), article)
    spell, spelling_problem = (None, None) if args.no_spelling else _spell_checker(ctx)
    context = CheckContext(spell=spell, recent_titles=recent, featured_media=featured,
                           terms=lambda _article: terms)
    findings = run_checks(article, house, context)
    if args.fix is not None:
        fixed, count = _apply_fixes(article, findings, set(args.fix))
        if count:
            with open_store(ctx) as store:
                store.save(fixed, note="qalam check --fix")
            article = fixed
            findings = run_checks(article, house, context)
        ctx.err(ctx.plural("Checks", QT_TRANSLATE_NOOP("Checks", "%n fix(es) applied.", "", 1), count))
    blocking = any(f.severity == Severity.ERROR for f in findings)
    if args.json:
        ctx.json_out({
            "id": article.id,
            "title": article.title,
            "ok": not blocking,
            "words": article_word_count(article.body_html),
            "spelling": "skipped" if args.no_spelling else ("incomplete" if spelling_problem else "checked"),
            "findings": [f.to_json(ctx.translate) for f in findings],
        })
    else:
        labels = {
            Severity.ERROR: ctx.translate("Checks", "error"),
            Severity.WARNING: ctx.translate("Checks", "warning"),
            Severity.INFO: ctx.translate("Checks", "note"),
        }
        for f in findings:
            where = f"{f.span.field}:{f.span.start}-{f.span.end}"
            fixable = " [" + ctx.say(f.fix.label) + "]" if f.fix is not None else ""
            ctx.out(f"{labels[f.severity]}\t{f.rule}\t{where}\t{ctx.say(f.message)}{fixable}")
        if not findings:
            ctx.out(ctx.translate("Checks", "No problems found."))
    if spelling_problem:
        ctx.fail(spelling_problem)
        return EXIT_BLOCKING if blocking else 1  # the check is incomplete: not a pass
    return EXIT_BLOCKING if blocking else 0
