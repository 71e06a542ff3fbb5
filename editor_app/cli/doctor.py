"""`qalam doctor [--json]`: what this machine has, and a clear line for each missing piece."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from typing import Any

from editor_app import __version__
from editor_app.cli.context import CliContext

ARABIC_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Amiri")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("doctor", help="check Python, Qt, dictionaries, keyring and fonts")
    p.add_argument("--json", action="store_true", help="machine-readable output (stable keys)")
    p.set_defaults(handler=run)


def _arabic_fonts() -> list[str]:
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(
            ["fc-list", ":lang=ar", "family"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    families = {name.strip() for line in out.splitlines() for name in line.split(",")}
    return sorted(f for f in ARABIC_FONTS if f in families)


def _data_dir_writable(path: str) -> bool:
    try:
        os.makedirs(path, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path):
            return True
    except OSError:
        return False


def collect(ctx: CliContext) -> dict[str, Any]:
    from PySide6 import QtCore

    from editor_app.core import dictionaries
    from editor_app.publish.credentials import backend_info

    try:
        kr = backend_info()
        keyring_report: dict[str, Any] = {"backend": kr.name, "secure": kr.secure}
    except Exception as exc:
        keyring_report = {"backend": f"error: {type(exc).__name__}", "secure": False}
    dicts = {d.language: {"found": d.found, "provider": d.provider} for d in dictionaries.dictionary_status()}
    data_dir = str(ctx.paths.data_dir)
    return {
        "qalam": __version__,
        "python": platform.python_version(),
        "qt": QtCore.qVersion(),
        "pyside": __import__("PySide6").__version__,
        "platform": sys.platform,
        "data_dir": data_dir,
        "data_dir_writable": _data_dir_writable(data_dir),
        "enchant_providers": dictionaries.providers(),
        "dictionaries": dicts,
        "keyring": keyring_report,
        "arabic_fonts": _arabic_fonts(),
    }


def problems(ctx: CliContext, report: dict[str, Any]) -> list[str]:
    found: list[str] = []
    if not report["data_dir_writable"]:
        found.append(
            ctx.translate("Doctor", "The data folder {path} cannot be written.").format(
                path=report["data_dir"]
            )
        )
    if not report["enchant_providers"]:
        found.append(ctx.translate("Doctor", "No spell-checking engine found: install libenchant-2-2."))
    for lang, pkg in (("ar", "hunspell-ar"), ("en_US", "hunspell-en-us")):
        if not report["dictionaries"][lang]["found"]:
            found.append(
                ctx.translate("Doctor", "The {lang} dictionary is missing: install {pkg}.").format(
                    lang=lang, pkg=pkg
                )
            )
    if not report["keyring"]["secure"]:
        found.append(
            ctx.translate(
                "Doctor",
                "No secure keyring ({backend}): site passwords will be kept in memory only until you quit.",
            ).format(
                backend=report["keyring"]["backend"],
            )
        )
    if not report["arabic_fonts"]:
        found.append(
            ctx.translate("Doctor", "No Arabic font found: install fonts-noto-core or fonts-hosny-amiri.")
        )
    return found


def run(ctx: CliContext) -> int:
    report = collect(ctx)
    issues = problems(ctx, report)
    report["problems"] = issues
    report["ok"] = not issues
    if ctx.args.json:
        ctx.json_out(report)
    else:
        yes, no = ctx.translate("Doctor", "yes"), ctx.translate("Doctor", "no")
        ctx.out(
            f"Qalam {report['qalam']} · Python {report['python']} · Qt {report['qt']} "
            f"(PySide6 {report['pyside']})"
        )
        ctx.out(ctx.translate("Doctor", "Data folder: {path}").format(path=report["data_dir"]))
        ctx.out(
            ctx.translate("Doctor", "Spelling engines: {names}").format(
                names=", ".join(report["enchant_providers"]) or "-"
            )
        )
        for lang, info in report["dictionaries"].items():
            ctx.out(
                ctx.translate("Doctor", "Dictionary {lang}: {state} {provider}").format(
                    lang=lang, state=yes if info["found"] else no, provider=info["provider"] or ""
                )
            )
        ctx.out(
            ctx.translate("Doctor", "Keyring: {backend} (secure: {secure})").format(
                backend=report["keyring"]["backend"], secure=yes if report["keyring"]["secure"] else no
            )
        )
        ctx.out(
            ctx.translate("Doctor", "Arabic fonts: {fonts}").format(
                fonts=", ".join(report["arabic_fonts"]) or "-"
            )
        )
    for line in issues:
        ctx.err(f"qalam doctor: {line}")
    return 0 if not issues else 1
