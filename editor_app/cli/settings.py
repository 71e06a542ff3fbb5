"""`qalam settings get [NAME] [--json]` and `qalam settings set NAME VALUE`: the settings the window saves.

The language and the digit style live in the GUI's ``settings.ini`` (QSettings), read and written
here without Qt; the command line uses the saved language whenever ``--lang`` is not given.
"""

from __future__ import annotations

import argparse
from typing import Any

from editor_app.cli.context import CliContext
from editor_app.settings_file import DIGITS_KEY, LANGUAGE_KEY, SettingsFile

# name → (QSettings key, accepted values → stored value)
SETTINGS: dict[str, tuple[str, dict[str, str]]] = {
    "language": (LANGUAGE_KEY, {"ar": "ar", "en": "en"}),
    "digits": (DIGITS_KEY, {"arabic": "arabic-indic", "arabic-indic": "arabic-indic", "western": "western"}),
}
# What `get` shows for a stored value.
_SHOWN = {"arabic-indic": "arabic"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settings", help="show or change the saved settings (language, digits)")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    get = ssub.add_parser("get", help="show one setting, or all of them")
    get.add_argument("name", nargs="?", choices=tuple(SETTINGS), help="language or digits")
    get.add_argument("--json", action="store_true", help="machine-readable output")
    get.set_defaults(handler=run_get)
    put = ssub.add_parser("set", help="change a setting: language ar|en, digits arabic|western")
    put.add_argument("name", choices=tuple(SETTINGS))
    put.add_argument("value")
    put.set_defaults(handler=run_set)


def _settings(ctx: CliContext) -> SettingsFile:
    return ctx.settings or SettingsFile(ctx.paths.settings_file)


def _current(ctx: CliContext) -> dict[str, dict[str, Any]]:
    saved = _settings(ctx).read()
    from editor_app.language import system_language

    defaults = {"language": system_language()}
    language = saved.get(LANGUAGE_KEY) or defaults["language"]
    defaults["digits"] = "arabic-indic" if language == "ar" else "western"
    out: dict[str, dict[str, Any]] = {}
    for name, (key, _values) in SETTINGS.items():
        value = saved.get(key)
        stored = value if value else defaults[name]
        out[name] = {"value": _SHOWN.get(stored, stored), "saved": bool(value)}
    return out


def run_get(ctx: CliContext) -> int:
    current = _current(ctx)
    names = [ctx.args.name] if ctx.args.name else list(SETTINGS)
    if ctx.json:
        ctx.json_out({name: current[name] for name in names})
        return 0
    for name in names:
        entry = current[name]
        if len(names) == 1:
            ctx.out(str(entry["value"]))
        elif entry["saved"]:
            ctx.out(f"{name}={entry['value']}")
        else:
            ctx.out(ctx.translate("Settings", "{name}={value} (not saved: the default)").format(
                name=name, value=entry["value"]))
    return 0


def run_set(ctx: CliContext) -> int:
    name, value = ctx.args.name, ctx.args.value.strip().lower()
    key, allowed = SETTINGS[name]
    if value not in allowed:
        message = ctx.translate("Settings", "“{value}” is not a value of {name}: use one of {allowed}.")
        ctx.fail(message.format(value=ctx.args.value, name=name,
                                allowed=", ".join(v for v in allowed if v != "arabic-indic")))
        return 2
    _settings(ctx).set(key, allowed[value])
    shown = _SHOWN.get(allowed[value], allowed[value])
    ctx.out(ctx.translate("Settings", "Saved: {name} is now {value}; the window uses it the next time it "
                                      "starts.").format(name=name, value=shown))
    return 0
