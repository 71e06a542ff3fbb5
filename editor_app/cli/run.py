"""Running a parsed command line: the context, the data and log folders, the GUI or the subcommand.

Whatever goes wrong, the user gets one line on stderr in their language, never a traceback (the
traceback goes to the log file when there is one), and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from editor_app.cli.context import CliContext, make_context
from editor_app.errors import QalamError

log = logging.getLogger(__name__)


def _prepare(ctx: CliContext) -> str | None:
    """Check the data folder, the settings file, create the folders and start logging; a one-line problem
    or None. The folder comes first: a file in its way also makes the settings file unreadable."""
    from editor_app.cli import failures
    from editor_app.logging_setup import setup_logging

    problem = failures.check_data_folder(ctx)
    if problem:
        return problem
    args = ctx.args
    if ctx.settings_error is not None and (args.lang is None or args.command == "settings"):
        return ctx.say(ctx.settings_error.user_message)  # --lang: no need to read it
    try:
        ctx.paths.ensure()
    except OSError as exc:
        return failures.folder_problem(ctx, exc)
    try:
        setup_logging(ctx.paths.log_file, verbose=bool(getattr(args, "verbose", False)))
    except OSError as exc:
        return failures.log_problem(ctx, exc)
    return None


def run(args: argparse.Namespace) -> int:
    try:
        ctx = make_context(args)
    except Exception as exc:  # e.g. a data folder path that cannot be resolved: no translator yet
        print(f"qalam: {exc}", file=sys.stderr)
        return 1
    try:
        return _run(ctx)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `qalam drafts list --json | head`: the reader left; say nothing more.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except QalamError as exc:
        log.info("command failed: %s", exc)
        # A storage error has its own command-line wording: no editor keeps the text there.
        ctx.fail(ctx.say(getattr(exc, "command_line_message", exc.user_message)))
        return exc.exit_code
    except Exception as exc:  # the last guard: one line, the details in the log
        from editor_app.cli import failures

        log.exception("unexpected failure")
        ctx.fail(failures.explain(ctx, exc))
        return 1


def _run(ctx: CliContext) -> int:
    args = ctx.args
    problem = _prepare(ctx)
    if problem:
        ctx.fail(problem)
        return 1
    if args.command is None:
        from editor_app.cli.gui_start import start_gui

        return start_gui(ctx)
    handler = getattr(args, "handler", None)
    if handler is None:  # a group such as `qalam drafts` without its action
        ctx.fail(ctx.translate("Cli", "Say what to do: qalam {command} --help lists the actions.").format(
            command=args.command))
        return 2
    return int(handler(ctx) or 0)
