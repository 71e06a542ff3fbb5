#!/usr/bin/env bash
# Installs the Debian packages Qalam needs, when they are missing.
# Usage: scripts/ensure-system-deps.sh run|test|package
# As root it installs them with apt-get; otherwise it prints the one apt-get line to run and fails.
set -euo pipefail
what=${1:-run}

run_pkgs=(
  libenchant-2-2 hunspell-ar hunspell-en-us
  fonts-noto-core fonts-hosny-amiri fontconfig
  libpango-1.0-0 libpangoft2-1.0-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
)
test_pkgs=(
  xvfb xauth gnome-keyring dbus dbus-x11
  wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql curl poppler-utils chromium
  desktop-file-utils appstream
)
package_pkgs=(desktop-file-utils appstream lintian dpkg-dev fakeroot)

pkgs=("${run_pkgs[@]}")
case "$what" in
  run) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  package) pkgs+=("${test_pkgs[@]}" "${package_pkgs[@]}") ;;
  *) echo "usage: $0 run|test|package" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# A Debian Python needs python3-venv to make .venv; pyenv and others carry ensurepip already.
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  missing+=(python3-venv)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qalam needs these Debian packages. Run this once, then try again:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
