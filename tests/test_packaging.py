"""Quick checks of the packaging recipes (the full build and smoke test is `make package`)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.qalam.Qalam"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_speaks_arabic_and_english() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == "Qalam" and entry["Name[ar]"] == "قلم"
    assert entry["Comment"] and entry["Comment[ar]"]
    assert entry["Exec"].split()[0] == "qalam"
    assert entry["Icon"] == APP_ID


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_matches_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {n.get(lang) for n in root.findall("name")} == {None, "ar"}
    assert {n.get(lang) for n in root.findall("summary")} == {None, "ar"}
    import editor_app

    assert root.find("releases/release").get("version") == editor_app.__version__  # type: ignore[union-attr]


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_depends_on_the_system_libraries() -> None:
    lines = (REPO / "packaging" / "deb" / "depends").read_text(encoding="utf-8").splitlines()
    depends = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    for needed in ("libenchant-2-2", "hunspell-ar", "hunspell-en-us", "fonts-noto-core | fonts-hosny-amiri",
                   "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert needed in depends


def _source_copy(tmp_path: Path) -> Path:
    """The files a build reads, copied so the build never writes into the checkout."""
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("editor_app", "resources", "translations"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    if (REPO / "packaging" / "wordpress").is_dir():
        shutil.copytree(REPO / "packaging" / "wordpress", src / "packaging" / "wordpress", ignore=ignore)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for qm in (src / "translations").glob("*.qm"):
        qm.unlink()  # the hook must compile the .ts files itself
    return src


def _can_build_wheels() -> bool:
    from setuptools.command import build_py  # noqa: F401  (setuptools is needed either way)

    return importlib.util.find_spec("wheel") is not None or importlib.util.find_spec(
        "setuptools.command.bdist_wheel"
    ) is not None


def test_the_build_hook_puts_translations_resources_and_plugin_in_the_package(tmp_path: Path) -> None:
    src = _source_copy(tmp_path)
    if _can_build_wheels():
        out = tmp_path / "wheel"
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
             "--disable-pip-version-check", "-w", str(out), str(src)],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        (wheel,) = out.glob("qalam-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
    else:  # a `make test` venv without the `package` extra: run the same hook through build_py
        lib = tmp_path / "lib"
        result = subprocess.run(
            [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
            cwd=src, capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        names = {p.relative_to(lib).as_posix() for p in lib.rglob("*") if p.is_file()}
    data = "editor_app/data/"
    for needed in ("translations/qalam_ar.qm", "translations/qalam_en.qm", "translations/qt_supplement_ar.qm",
                   "resources/icons/qalam.svg", "resources/style.qss"):
        assert data + needed in names
    assert any(n.startswith(data + "resources/wordlists/") for n in names)
    assert "editor_app/storage/migrations/env.py" in names
    if list((REPO / "packaging" / "wordpress").glob("*.php")):
        assert any(n.startswith(data + "wordpress/") and n.endswith(".php") for n in names)


def test_every_lintian_override_says_why() -> None:
    """Each override (or group of overrides) sits right under a comment giving the reason."""
    lines = (REPO / "packaging" / "deb" / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    overrides = [i for i, line in enumerate(lines) if line.startswith("qalam:")]
    assert overrides
    for i in overrides:
        j = i - 1
        while j >= 0 and lines[j].startswith("qalam:"):
            j -= 1
        assert j >= 0 and lines[j].startswith("#"), f"no reason given above: {lines[i]}"
