"""The `qalam` command: with no subcommand it starts the GUI; subcommands come from feature modules.

Exit codes: 0 success, 1 error (one clear line on stderr), 2 usage. Feature modules
add their own codes where a command documents one (``qalam publish`` uses 75 for "queued").
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from editor_app import __version__
from editor_app.errors import QalamError

log = logging.getLogger(__name__)


def _feature_modules() -> list[ModuleType]:
    # Each module offers register(subparsers); imported here so `qalam --help` lists them all.
    from editor_app.cli import checking, doctor, drafts, publishing, sites, workflow

    return [doctor, drafts, sites, publishing, workflow, checking]


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"qalam {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="folder for drafts, settings and logs (default: the platform's; also QALAM_DATA_DIR)",
    )
    parser.add_argument("--lang", choices=("ar", "en"), default=None, help="user interface language")
    parser.add_argument("--screenshot", metavar="FILE", default=None,
                        help="start the GUI offscreen, save a PNG of the main window to FILE and exit")
    parser.add_argument("--open", metavar="ID", dest="open_id", default=None, help="open this draft at start")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to stderr")


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The global options alone when no command is given (the GUI starts): no feature module is imported."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args_list):
        return None
    parser = _QuietParser(prog="qalam", add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(args_list)
    except ValueError:
        return None  # a usage error: the full parser says it, with the commands listed
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qalam",
        description="Qalam (قلم): offline-first editorial workstation for Arabic newsrooms.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _feature_modules():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _gui_arguments(argv) or build_parser().parse_args(argv)
    if args.data_dir:
        # Children (background processes, the GUI) resolve the same folder.
        os.environ["QALAM_DATA_DIR"] = os.path.abspath(args.data_dir)

    from editor_app.cli.context import make_context
    from editor_app.logging_setup import setup_logging

    ctx = make_context(args)
    try:
        ctx.paths.ensure()
        setup_logging(ctx.paths.log_file, verbose=args.verbose)
    except OSError as exc:
        print(f"qalam: cannot use the data folder {ctx.paths.data_dir}: {exc.strerror}", file=sys.stderr)
        return 1

    try:
        if args.command is None:
            from editor_app.gui.launch import run_gui

            return run_gui(ctx, screenshot=args.screenshot, open_id=args.open_id)
        handler = args.handler
        return int(handler(ctx) or 0)
    except QalamError as exc:
        log.info("command failed: %s", exc)
        print(f"qalam: {ctx.say(exc.user_message)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `qalam drafts list --json | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
