#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle and packs it as dist/qalam-<version>-linux-x86_64.tar.gz.
# The bundle carries Python, Qt, Qalam, the ar and en_US hunspell dictionaries (with an enchant
# configuration pointing at them) and Arabic fonts; it needs only libenchant-2-2 and the usual X11/xcb
# libraries from the system (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
version=$("$PY" -c 'import editor_app; print(editor_app.__version__)')
name=qalam-$version-linux-$(uname -m)

ls translations/*.qm >/dev/null 2>&1 || { echo "package-bundle: run make translations first" >&2; exit 1; }
"$PY" scripts/build-icons.py build/icons --name io.github.qalam.Qalam >/dev/null
rm -rf build/pyinstaller dist/pyinstaller "build/bundle"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist/pyinstaller --workpath build/pyinstaller packaging/pyinstaller/qalam.spec

stage=build/bundle/$name
mkdir -p build/bundle
cp -a dist/pyinstaller/qalam "$stage"
mkdir -p "$stage/share"
cp -a build/icons/hicolor "$stage/share/"
install -m 0644 packaging/linux/io.github.qalam.Qalam.desktop "$stage/share/"
install -m 0644 packaging/pyinstaller/README-bundle.txt "$stage/README.txt"
tar -C build/bundle --owner=0 --group=0 --sort=name -czf "dist/$name.tar.gz" "$name"
echo "package-bundle: $(du -h "dist/$name.tar.gz" | cut -f1) dist/$name.tar.gz"
