"""Build hook: puts Qalam's data files inside the package when a wheel is built.

All metadata lives in pyproject.toml. This file only adds, under ``editor_app/data/``:

- ``translations/*.qm``: compiled from ``translations/*.ts`` with lrelease (``QALAM_LRELEASE``,
  ``pyside6-lrelease`` on PATH, or the one inside an importable PySide6); without lrelease, the
  ``.qm`` files already compiled next to the ``.ts`` files are used (an sdist carries them);
- ``resources/``: icons, stylesheet, word lists, rules;
- ``wordpress/``: the companion WordPress plugin (``packaging/wordpress/*.php``), when present.

``editor_app.paths.resource_dir()`` and ``translations_dir()`` look there first. Editable installs
skip all of this: they read ``resources/`` and ``translations/`` from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent


def _lrelease() -> list[str] | None:
    explicit = os.environ.get("QALAM_LRELEASE")
    if explicit:
        return [explicit]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    try:
        import PySide6  # noqa: F401  (only to find its bundled lrelease)
    except ImportError:
        return None
    here = Path(sys.modules["PySide6"].__file__ or "").parent
    for candidate in (here / "lrelease", here / "lrelease.exe", here / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    return None


def _data_sources() -> list[tuple[Path, str]]:
    """(source file, path under editor_app/data/) for every resource and plugin file."""
    pairs: list[tuple[Path, str]] = []
    resources = ROOT / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            pairs.append((path, "resources/" + path.relative_to(resources).as_posix()))
    for path in sorted((ROOT / "packaging" / "wordpress").glob("*.php")):
        pairs.append((path, "wordpress/" + path.name))
    return pairs


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "editor_app" / "data"
        for source, relative in _data_sources():
            dest = target / relative
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
        self._translations(target / "translations")

    def _translations(self, target: Path) -> None:
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("setup.py: no translations/*.ts found")
        tool = _lrelease()
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            if tool:
                subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
                continue
            prebuilt = ts.with_suffix(".qm")
            if prebuilt.is_file() and prebuilt.stat().st_mtime >= ts.stat().st_mtime:
                shutil.copy2(prebuilt, qm)
                continue
            raise SystemExit(
                f"setup.py: cannot compile {ts.name}: no lrelease found (set QALAM_LRELEASE or install "
                "PySide6) and no up-to-date .qm next to it"
            )


class SdistWithData(sdist):
    """The sdist carries the data sources and the compiled .qm files, so a wheel builds from it alone."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        extra = [source for source, _ in _data_sources()]
        extra += sorted((ROOT / "translations").glob("*.ts"))
        extra += sorted((ROOT / "translations").glob("*.qm"))
        for source in extra:
            relative = source.relative_to(ROOT)
            dest = Path(base_dir) / relative
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)


setup(cmdclass={"build_py": BuildPyWithData, "sdist": SdistWithData})
