"""The `qalam` command line: GUI start, doctor, screenshots and the subcommands of each feature."""
