"""`python -m editor_app` does what the `qalam` command does."""

from editor_app.cli.main import main

raise SystemExit(main())
