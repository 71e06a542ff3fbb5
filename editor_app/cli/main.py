"""The `qalam` command: with no subcommand it starts the GUI; subcommands come from feature modules.

Start-up cost matters (a reporter types `qalam drafts list` many times a day), so this module imports
only argparse and the table below. The subcommand's module is imported when it is the one being run;
`qalam --help` lists every command from the table without importing any of them, and the GUI
imports none of them.

Adding a subcommand is one line in :data:`COMMANDS`: its name, the module that has
``register(subparsers)`` (adding a parser of that name, with ``set_defaults(handler=...)``), and the
one-line help shown by ``qalam --help``. A module may register several commands: list each of them
with the same module.

Global options (``--lang``, ``--data-dir``, ``-v``, ``--json``) are accepted before or after the
subcommand, as in git and gh.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from editor_app import __version__

# name → (module with register(subparsers), help). Order is the order of `qalam --help`.
COMMANDS: dict[str, tuple[str, str]] = {
    "doctor": ("editor_app.cli.doctor", "check Python, Qt, dictionaries, keyring and fonts"),
    "drafts": ("editor_app.cli.drafts", "create, list, show, search, import, export and restore drafts"),
    "check": ("editor_app.cli.checking", "pre-publish check of a draft (exit 3: something must be fixed)"),
    "notes": ("editor_app.cli.notes", "an article's review notes, as `qalam sync` brought them"),
    "sites": ("editor_app.cli.sites", "add, list, test and remove WordPress sites"),
    "publish": ("editor_app.cli.publishing", "publish (or schedule) a draft on a site; 75 when queued"),
    "outbox": ("editor_app.cli.publishing", "show the publishing queue, or send it now with `flush`"),
    "sync": ("editor_app.cli.workflow", "send queued workflow actions; pull terms, the inbox and notes"),
    "submit": ("editor_app.cli.workflow", "submit a draft for review (pending on the site)"),
    "withdraw": ("editor_app.cli.workflow", "take a submitted draft back to edit it"),
    "inbox": ("editor_app.cli.workflow", "articles waiting for review (works offline after qalam sync)"),
    "changes": ("editor_app.cli.workflow", "word-level changes since the article was submitted for review"),
    "note": ("editor_app.cli.workflow", "add a review note to an article"),
    "return": ("editor_app.cli.workflow", "editor: return an article to its reporter with a note"),
    "approve": ("editor_app.cli.workflow", "editor: approve an article (it stays pending until published)"),
    "posts": ("editor_app.cli.posts", "list the site's posts, or open one as a local draft"),
    "preview": ("editor_app.cli.preview", "write (and open) a preview of a draft in the site's look"),
    "settings": ("editor_app.cli.settings", "show or change the saved settings (language, digits)"),
}

EPILOG = """\
global options (before or after the command):
  --lang ar|en        language of messages (default: the one saved in the app's settings, else the system's)
  --data-dir DIR      drafts, settings and logs in DIR (also QALAM_DATA_DIR)
  -v, --verbose       also log to stderr
  --json              machine-readable output, for every command that reads something

exit codes:
  0    success
  1    error (one line on stderr says what and what to do)
  2    usage error (unknown command or option, bad value)
  3    `check` found something that must be fixed before publishing
  75   queued: the site could not be reached; `qalam sync` or the outbox sends it later
  130  interrupted (Ctrl+C)

`qalam` with no command starts the window; `qalam COMMAND --help` tells more about a command."""

# Options of the whole program that may follow the subcommand: name → takes a value.
_GLOBAL_VALUED = ("--lang", "--data-dir")
_GLOBAL_FLAGS = ("-v", "--verbose", "--json")
# Top-level options taking a value that stay before the command (the GUI's).
_TOP_VALUED = ("--screenshot", "--open", *_GLOBAL_VALUED)


def split_globals(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(global options, the rest): ``--lang``, ``--data-dir``, ``-v`` and ``--json`` wherever they are
    (until ``--``), so ``qalam check ID --lang ar`` works as ``qalam --lang ar check ID``."""
    globals_: list[str] = []
    rest: list[str] = []
    i = 0
    args = list(argv)
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in _GLOBAL_VALUED:
            if "=" in arg:
                globals_.append(arg)
            elif i + 1 < len(args):
                globals_ += [arg, args[i + 1]]
                i += 1
            else:
                globals_.append(arg)  # argparse says the value is missing
        elif arg in _GLOBAL_FLAGS:
            globals_.append(arg)
        else:
            rest.append(arg)
        i += 1
    return globals_, rest


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"qalam {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="folder for drafts, settings and logs (default: the platform's; also "
                             "QALAM_DATA_DIR)")
    parser.add_argument("--lang", choices=("ar", "en"), default=None,
                        help="user interface language (default: the saved setting, else the system's)")
    parser.add_argument("--screenshot", metavar="FILE", default=None,
                        help="start the GUI offscreen, save a PNG of the main window to FILE and exit")
    parser.add_argument("--open", metavar="ID", dest="open_id", default=None, help="open this draft at start")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to stderr")
    parser.add_argument("--json", action="store_true", dest="global_json", help=argparse.SUPPRESS)


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


_PLAIN_VALUED = {
    "--data-dir": "data_dir", "--lang": "lang", "--screenshot": "screenshot", "--open": "open_id",
}


def _plain_gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's usual command lines (``--data-dir``, ``--lang``, ``--open``, ``--screenshot``, ``-v``, in
    their full spelling) read without building a parser: argparse's own messages go through gettext, which
    imports ``locale`` and looks for catalogues, ~3 ms of every start. Anything else (an abbreviation, a
    value that looks like an option, a language not offered, ``--version``…): None, and argparse decides."""
    values: dict[str, object] = dict.fromkeys(_PLAIN_VALUED.values())
    verbose = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, equals, value = arg.partition("=")
        if name in _PLAIN_VALUED and arg.startswith("--"):
            if not equals:
                if i + 1 >= len(argv):
                    return None
                value = argv[i + 1]
                i += 1
                if value.startswith("-"):
                    return None
            if name == "--lang" and value not in ("ar", "en"):
                return None
            values[_PLAIN_VALUED[name]] = value
        elif arg in ("-v", "--verbose"):
            verbose = True
        else:
            return None
        i += 1
    return argparse.Namespace(**values, verbose=verbose, global_json=False, command=None)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options alone when no command is given (the window starts), or None to take the full
    parser (a command, ``--help``, or a usage error that the full parser explains with the commands
    listed). Building the table's sub-parsers is skipped on the GUI's path: it needs none of them."""
    plain = _plain_gui_arguments(argv)
    if plain is not None:
        return plain
    if any(a in ("-h", "--help") for a in argv):
        return None
    parser = _QuietParser(prog="qalam", add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except ValueError:
        return None
    if rest or args.global_json:
        return None  # a command, a stray word, or --json (which the full parser refuses for the window)
    args.command = None
    return args


def command_of(rest: Sequence[str]) -> str | None:
    """The subcommand's name: the first word that is not a top-level option or its value."""
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg == "--":
            return rest[i + 1] if i + 1 < len(rest) else None
        if arg in _TOP_VALUED:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        return arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with the full sub-parser of ``command`` only (the others are listed from the table)."""
    parser = argparse.ArgumentParser(
        prog="qalam",
        description="Qalam (قلم): offline-first editorial workstation for Arabic newsrooms.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    for name, (module_name, help_text) in COMMANDS.items():
        if name in sub.choices:
            continue  # registered by its module together with an earlier command
        if module_name == chosen:
            import importlib

            importlib.import_module(module_name).register(sub)
            if name in sub.choices:
                continue
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    globals_, rest = split_globals(argv)
    command = command_of(rest)
    if command is None:
        quick = gui_arguments(argv)
        if quick is not None:
            return quick
    parser = build_parser(command)
    args = parser.parse_args([*globals_, *rest])
    if args.global_json:
        if args.command is None or not hasattr(args, "json"):
            where = f"qalam {args.command}" if args.command else "the window"
            parser.error(f"--json does not apply to {where}")
        args.json = True
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.data_dir:
        # Children (background processes, the GUI) resolve the same folder.
        os.environ["QALAM_DATA_DIR"] = os.path.abspath(args.data_dir)

    from editor_app.cli.run import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
