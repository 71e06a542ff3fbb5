"""core, storage and publish must never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "editor_app"
QT_FREE = ("core", "storage", "publish")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_qt_import_in_qt_free_layers() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PKG / layer).rglob("*.py"):
            for name in _imports(path):
                if name.split(".")[0] in QT_MODULES:
                    offenders.append(f"{path.relative_to(PKG)} imports {name}")
    assert offenders == []


def test_qt_free_layers_import_without_loading_qt() -> None:
    # Also catches an indirect import (core importing a module that imports Qt).
    modules = [
        ".".join(p.relative_to(PKG.parent).with_suffix("").parts)
        for layer in QT_FREE
        for p in (PKG / layer).rglob("*.py")
        if p.name != "__init__.py" and "migrations" not in p.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_each_layer_says_what_it_owns() -> None:
    for layer in (*QT_FREE, "gui", "cli"):
        doc = ast.get_docstring(ast.parse((PKG / layer / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc.splitlines()) == 1
