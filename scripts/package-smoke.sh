#!/usr/bin/env bash
# Validates and smoke-tests what scripts/package-build.sh put in dist/ (make package runs both).
# Usage: scripts/package-smoke.sh [all|validate|wheel|bundle|deb]...
#
#   validate  desktop-file-validate, appstreamcli validate, lintian (no errors) on the .deb, wheel contents
#   wheel     pip install the wheel into a fresh venv; qalam --version / doctor / --screenshot
#   bundle    unpack the tarball in a temporary folder; the same three commands, then again with the
#             system's dictionaries and fonts hidden (as root, in a private mount namespace) to prove
#             the bundled ones are used
#   deb       apt-get install ./dist/qalam_*.deb; the same three commands as an ordinary user;
#             apt-get remove; nothing left behind
#
# Every run uses a fresh HOME, PATH=/usr/bin:/bin (no project venv) and QT_QPA_PLATFORM=offscreen.
# `qalam doctor` exits 1 on a machine without a secure keyring (CI has none): that is accepted, but its
# JSON must show the ar and en_US dictionaries and an Arabic font; where gnome-keyring is installed,
# doctor runs again inside a private D-Bus session with an unlocked keyring and must exit 0.
# Screenshots go to build/smoke/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
version=$("$PY" -c 'import editor_app; print(editor_app.__version__)')
arch=$(uname -m)
out=$ROOT/build/smoke
mkdir -p "$out"
scratch=$(mktemp -d /tmp/qalam-smoke.XXXXXX)
chmod 0755 "$scratch"
trap 'rm -rf "$scratch"' EXIT

say() { printf '\n== %s\n' "$*"; }
fail() { echo "package-smoke: FAIL: $*" >&2; exit 1; }

# run_clean HOME CMD...: the command in a clean environment.
run_clean() {
  local home=$1
  shift
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

# check_doctor FILE: the doctor JSON must show both dictionaries and an Arabic font; only the keyring
# may be missing.
check_doctor() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
bad = []
for lang in ("ar", "en_US"):
    if not report["dictionaries"][lang]["found"]:
        bad.append(f"dictionary {lang} not found")
if not report["arabic_fonts"]:
    bad.append("no Arabic font")
if not report["data_dir_writable"]:
    bad.append("data folder not writable")
if report["keyring"]["secure"] is False:
    print(f"  (no secure keyring here: {report['keyring']['backend']}; accepted)")
print("  dictionaries:", {k: v["provider"] for k, v in report["dictionaries"].items()},
      "fonts:", report["arabic_fonts"], "qt:", report["qt"], "python:", report["python"])
if bad:
    sys.exit("doctor: " + "; ".join(bad))
PY
}

check_png() {
  [ -s "$1" ] || fail "no screenshot at $1"
  [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$1 is not a PNG"
  echo "  screenshot $1 ($(stat -c %s "$1") bytes)"
}

# smoke LABEL QALAM [RUNNER...]: --version, doctor --json, --screenshot in Arabic and English.
smoke() {
  local label=$1 qalam=$2
  shift 2
  local home
  home=$(mktemp -d "$scratch/home.XXXXXX")
  [ $# -gt 0 ] && chown -R "${SMOKE_USER:-root}" "$home" 2>/dev/null || true
  local got
  got=$(run_clean "$home" "$@" "$qalam" --version)
  [ "$got" = "qalam $version" ] || fail "$label: --version said '$got'"
  echo "  $got"
  local rc=0
  run_clean "$home" "$@" "$qalam" doctor --json >"$scratch/doctor.json" 2>"$scratch/doctor.err" || rc=$?
  [ $rc -le 1 ] || { cat "$scratch/doctor.err" >&2; fail "$label: doctor exited $rc"; }
  check_doctor "$scratch/doctor.json" || fail "$label: doctor"
  cp "$scratch/doctor.json" "$out/$label-doctor.json"
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    # With a Secret Service (an unlocked gnome-keyring in a private D-Bus session) nothing may be missing.
    run_clean "$home" "$@" dbus-run-session -- sh -c \
      "echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec '$qalam' doctor" \
      >"$scratch/doctor-keyring.txt" 2>&1 || { cat "$scratch/doctor-keyring.txt" >&2; fail "$label: doctor with a keyring"; }
    echo "  doctor with gnome-keyring: exit 0"
  fi
  for lang in ar en; do
    local shot="$home/shot-$lang.png"
    run_clean "$home" "$@" "$qalam" --lang "$lang" --screenshot "$shot" 2>"$scratch/shot.err" ||
      { cat "$scratch/shot.err" >&2; fail "$label: --screenshot --lang $lang"; }
    check_png "$shot"
    cp "$shot" "$out/$label-main-$lang.png"
  done
}

do_validate() {
  say "validate: desktop entry and AppStream metainfo"
  desktop-file-validate packaging/linux/io.github.qalam.Qalam.desktop
  appstreamcli validate --no-net --pedantic packaging/linux/io.github.qalam.Qalam.metainfo.xml
  say "validate: wheel contents"
  local wheel=dist/qalam-$version-py3-none-any.whl
  [ -f "$wheel" ] || fail "$wheel missing"
  local listing
  listing=$(/usr/bin/python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$wheel")
  for need in editor_app/data/translations/qalam_ar.qm editor_app/data/translations/qalam_en.qm \
    editor_app/data/translations/qt_supplement_ar.qm \
    editor_app/data/resources/icons/qalam.svg editor_app/data/resources/style.qss \
    editor_app/storage/migrations/env.py; do
    grep -qx "$need" <<<"$listing" || fail "$wheel lacks $need"
  done
  grep -q '^editor_app/data/resources/wordlists/' <<<"$listing" || fail "$wheel lacks the word lists"
  if ls packaging/wordpress/*.php >/dev/null 2>&1; then
    grep -q '^editor_app/data/wordpress/.*\.php$' <<<"$listing" || fail "$wheel lacks the WordPress plugin"
  fi
  echo "  $wheel: translations, icons, stylesheet, word lists, migrations, WordPress plugin"
  say "validate: lintian"
  local deb=dist/qalam_${version}_amd64.deb
  [ -f "$deb" ] || fail "$deb missing"
  # Errors fail; warnings are shown. Overrides (with reasons) are in packaging/deb/lintian-overrides.
  local rc=0
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$scratch/lintian.txt" 2>&1 || rc=$?
  grep -v 'running with root privileges' "$scratch/lintian.txt" | tee "$out/lintian.txt" || true
  [ $rc -eq 0 ] || fail "lintian found errors in $deb"
  echo "  lintian: no errors"
}

do_wheel() {
  say "wheel: fresh venv, pip install dist/qalam-$version-py3-none-any.whl"
  local venv=$scratch/wheel-venv
  "${WHEEL_PYTHON:-/usr/bin/python3}" -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "dist/qalam-$version-py3-none-any.whl" \
    >"$scratch/pip.log" 2>&1 || { tail -20 "$scratch/pip.log" >&2; fail "pip install of the wheel"; }
  [ -d "$("$venv/bin/python" -c 'import editor_app.paths as p; print(p.resource_dir())')" ] ||
    fail "installed wheel has no resources"
  smoke wheel "$venv/bin/qalam"
}

do_bundle() {
  local tarball=dist/qalam-$version-linux-$arch.tar.gz
  say "bundle: $tarball unpacked in a temporary folder"
  [ -f "$tarball" ] || fail "$tarball missing"
  local where=$scratch/bundle
  mkdir -p "$where"
  tar -C "$where" -xzf "$tarball"
  local qalam=$where/qalam-$version-linux-$arch/qalam
  [ -x "$qalam" ] || fail "no qalam executable in $tarball"
  # Qt's own Arabic catalogue (file, colour and font dialogs, buttons) and Qalam's supplement to it.
  find "$where" -name qtbase_ar.qm | grep -q . || fail "$tarball lacks Qt's qtbase_ar.qm"
  find "$where" -name qt_supplement_ar.qm | grep -q . || fail "$tarball lacks qt_supplement_ar.qm"
  smoke bundle "$qalam"
  if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
    say "bundle: again with the system's dictionaries and fonts hidden"
    local empty=$scratch/empty hidden=""
    mkdir -p "$empty"
    for d in /usr/share/hunspell /usr/share/myspell /usr/share/fonts /usr/local/share/fonts; do
      [ -d "$d" ] && hidden="$hidden mount --bind $empty $d;"
    done
    # The script re-enters itself inside the namespace to run the same checks.
    unshare -m sh -c "$hidden exec env SMOKE_QALAM='$qalam' '$0' _bundle_hidden"
  else
    echo "  (not root or no mount namespaces: skipped the hidden-system-data run)"
  fi
}

do_bundle_hidden() {
  [ -z "$(ls /usr/share/hunspell 2>/dev/null)" ] || fail "system dictionaries still visible"
  echo "  system fonts visible to fontconfig: $(fc-list 2>/dev/null | wc -l)"
  smoke bundle-isolated "$SMOKE_QALAM"
}

do_deb() {
  local deb=dist/qalam_${version}_amd64.deb
  say "deb: apt-get install ./$deb"
  [ "$(id -u)" -eq 0 ] || fail "installing the .deb needs root"
  export DEBIAN_FRONTEND=noninteractive
  # apt-get would keep an installed package of the same version: start from a machine without it.
  if dpkg-query -W -f='${Status}' qalam 2>/dev/null | grep -q 'ok installed'; then
    echo "  removing the qalam package installed before this test"
    apt-get remove -y -q qalam >/dev/null
  fi
  apt-get install -y -q "./$deb" >"$scratch/apt-install.log" 2>&1 ||
    { tail -30 "$scratch/apt-install.log" >&2; fail "apt-get install"; }
  dpkg-query -W -f='  ${Package} ${Version} ${Status}\n' qalam
  ls /opt/qalam/lib/python3*/site-packages/PySide6/Qt/translations/qtbase_ar.qm >/dev/null 2>&1 ||
    fail "the .deb lacks Qt's qtbase_ar.qm"
  for f in /usr/bin/qalam /usr/share/applications/io.github.qalam.Qalam.desktop \
    /usr/share/metainfo/io.github.qalam.Qalam.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.qalam.Qalam.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.qalam.Qalam.png; do
    [ -e "$f" ] || fail "the .deb did not install $f"
  done
  desktop-file-validate /usr/share/applications/io.github.qalam.Qalam.desktop
  # As an ordinary user when there is one to borrow: users cannot write under /opt/qalam.
  if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
    echo "  running as nobody"
    SMOKE_USER=nobody smoke deb /usr/bin/qalam setpriv --reuid=nobody --regid=nogroup --clear-groups
  else
    smoke deb /usr/bin/qalam
  fi
  say "deb: apt-get remove qalam"
  apt-get remove -y -q qalam >"$scratch/apt-remove.log" 2>&1 ||
    { tail -30 "$scratch/apt-remove.log" >&2; fail "apt-get remove"; }
  local status
  status=$(dpkg-query -W -f='${Status}' qalam 2>/dev/null || true)
  case "$status" in
    "" | "unknown ok not-installed" | "deinstall ok not-installed" | "deinstall ok config-files") ;;
    *) fail "after remove, dpkg says: $status" ;;
  esac
  [ ! -e /opt/qalam ] || { find /opt/qalam | head >&2; fail "/opt/qalam left behind"; }
  [ ! -e /usr/bin/qalam ] || fail "/usr/bin/qalam left behind"
  echo "  removed cleanly (status: ${status:-gone})"
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(all)
for target in "${targets[@]}"; do
  case "$target" in
    all) do_validate; do_wheel; do_bundle; do_deb ;;
    validate) do_validate ;;
    wheel) do_wheel ;;
    bundle) do_bundle ;;
    deb) do_deb ;;
    _bundle_hidden) do_bundle_hidden ;;
    *) echo "usage: $0 [all|validate|wheel|bundle|deb]..." >&2; exit 2 ;;
  esac
done
say "package-smoke: all passed (${targets[*]})"
