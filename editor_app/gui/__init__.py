"""The PySide6 desktop interface: main window, panels, dialogs and the task runner."""
