#!/usr/bin/env bash
# Builds Qalam's Linux artefacts into dist/ (make package runs this, then scripts/package-smoke.sh):
#   dist/qalam-<version>-py3-none-any.whl, dist/qalam-<version>.tar.gz   (wheel and sdist)
#   dist/qalam_<version>_amd64.deb                                        (scripts/package-deb.sh)
#   dist/qalam-<version>-linux-x86_64.tar.gz                              (scripts/package-bundle.sh)
# Usage: scripts/package-build.sh [all|wheel|deb|bundle]...
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PY=${PY:-$ROOT/.venv/bin/python}
# The wheel's build hook (setup.py) compiles translations/*.ts with this lrelease.
export QALAM_LRELEASE=${QALAM_LRELEASE:-$ROOT/.venv/bin/pyside6-lrelease}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
version=$("$PY" -c 'import editor_app; print(editor_app.__version__)')

build_wheel() {
  rm -f "dist/qalam-$version-py3-none-any.whl" "dist/qalam-$version.tar.gz"
  # The sdist first, then the wheel built from the unpacked sdist: this proves the sdist is complete.
  "$PY" -m build --no-isolation --outdir dist . >build/wheel.log 2>&1 ||
    { tail -30 build/wheel.log >&2; exit 1; }
  echo "package-build: dist/qalam-$version-py3-none-any.whl dist/qalam-$version.tar.gz"
}

mkdir -p build dist
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(all)
for target in "${targets[@]}"; do
  case "$target" in
    all) build_wheel; scripts/package-deb.sh; scripts/package-bundle.sh ;;
    wheel) build_wheel ;;
    deb) scripts/package-deb.sh ;;
    bundle) scripts/package-bundle.sh ;;
    *) echo "usage: $0 [all|wheel|deb|bundle]..." >&2; exit 2 ;;
  esac
done
