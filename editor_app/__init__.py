"""Qalam (قلم): an offline-first editorial workstation for Arabic-language newsrooms."""

__version__ = "0.1.0"
APP_NAME = "qalam"
APP_DISPLAY_NAME = "Qalam"
