"""Entry point of the PyInstaller bundles (Linux, Windows, macOS): the same `qalam` command."""

from editor_app.cli.main import main

raise SystemExit(main())
