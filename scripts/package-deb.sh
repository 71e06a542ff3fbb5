#!/usr/bin/env bash
# Builds dist/qalam_<version>_amd64.deb from the wheel in dist/ (run scripts/package-build.sh first).
#
# Layout: /opt/qalam is a Python virtual environment on Debian's own /usr/bin/python3.11 with the
# Qalam wheel and its PyPI dependencies (PySide6 brings its own Qt); /usr/bin/qalam points into it.
# Spelling (libenchant-2-2 + hunspell dictionaries), fonts and Qt's xcb libraries come from Debian
# packages, so Debian keeps them (and the interpreter) patched. See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
SYSPY=${SYSPY:-/usr/bin/python3.11}
APP_ID=io.github.qalam.Qalam
# Who answers for the package: set it to the newsroom IT's address when building for deployment.
MAINTAINER=${QALAM_DEB_MAINTAINER:-Qalam developers <qalam-packaging@example.org>}

version=$("$PY" -c 'import editor_app; print(editor_app.__version__)')
wheel=$ROOT/dist/qalam-$version-py3-none-any.whl
[ -f "$wheel" ] || { echo "package-deb: $wheel is missing: run scripts/package-build.sh wheel" >&2; exit 1; }
[ -x "$SYSPY" ] || { echo "package-deb: $SYSPY is missing (apt-get install python3.11)" >&2; exit 1; }
pyver=$("$SYSPY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
nextpy=$("$SYSPY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1] + 1}")')

work=$ROOT/build/deb
stage=$work/root
venv=$stage/opt/qalam
rm -rf "$work"
mkdir -p "$stage/opt" "$stage/DEBIAN"

echo "package-deb: virtual environment on $SYSPY"
"$SYSPY" -m venv --without-pip "$venv"
"$PY" -m pip --python "$venv/bin/python3" install --no-compile --no-warn-script-location \
  --disable-pip-version-check "$wheel" >"$work/pip.log" 2>&1 || { tail -30 "$work/pip.log" >&2; exit 1; }

# Only the interpreter links and qalam itself are commands; activate scripts and the dependencies'
# console scripts would only carry the build folder's path.
find "$venv/bin" -mindepth 1 \( -name 'python*' -o -name qalam \) -prune -o -print0 | xargs -0 rm -rf
# Developer tools and QML that PySide6 ships but Qalam never loads.
site=$venv/lib/python$pyver/site-packages
(
  cd "$site/PySide6"
  rm -rf assistant designer linguist lrelease lupdate qmlformat qmllint qmlls svgtoqml balsam balsamui \
    include typesystems glue scripts Qt/qml Qt/metatypes Qt/libexec ./*.pyi
)
find "$site" -name direct_url.json -delete
# Qt plugins Qalam never loads, most of which need libraries PySide6-Essentials does not ship (QtPdf,
# QtVirtualKeyboard, WebEngine, database clients); TIFF carries its own libtiff copy. The GTK platform
# theme is left out too: Qt's xdg-desktop-portal theme gives GNOME users native file dialogs without
# pulling GTK in. And the dependencies' own test suites.
plugins=$site/PySide6/Qt/plugins
rm -rf "$plugins"/{designer,qmllint,qmltooling,sqldrivers,egldeviceintegrations,wayland-graphics-integration-server} \
  "$plugins"/vectorimageformats "$plugins"/imageformats/{libqtiff.so,libqpdf.so} \
  "$plugins"/platforminputcontexts/libqtvirtualkeyboardplugin.so "$plugins"/platformthemes/libqgtk3.so \
  "$plugins"/platforms/{libqlinuxfb.so,libqeglfs.so,libqvnc.so} \
  "$site"/PySide6/Qt/lib/{libQt6EglFsKmsSupport,libQt6EglFsKmsGbmSupport,libQt6WaylandCompositor,libQt6WaylandEglCompositorHwIntegration}*
find "$site" -mindepth 2 -type d \( -name tests -o -name test \) -prune -exec rm -rf {} +
# `qalam` runs the venv's interpreter in isolated mode (-I: the working folder and PYTHON* variables
# cannot shadow its modules) from a shell script: Debian's tools expect Python scripts to
# start with #!/usr/bin/python3, which would not see the venv.
rm -f "$venv/bin/qalam"
printf '#!/bin/sh\nexec /opt/qalam/bin/python3 -I -m editor_app "$@"\n' >"$venv/bin/qalam"
# The build folder appears in the venv's config and in qalam's shebang: point them at /opt/qalam.
grep -rlI --null "$venv" "$venv" | xargs -0 -r sed -i "s#$venv#/opt/qalam#g"
if grep -rqI "$ROOT" "$venv"; then
  echo "package-deb: build paths left in:" >&2
  grep -rlI "$ROOT" "$venv" >&2
  exit 1
fi
# Wheels ship ELF files with symbols; Debian packages ship them stripped.
find "$venv" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
  xargs -0 -r strip --strip-unneeded --remove-section=.comment --remove-section=.note 2>/dev/null || true
find "$venv" -name __pycache__ -type d -prune -exec rm -rf {} +

# Every library those ELF files load must be in the venv or come from a package named in depends/recommends.
"$PY" scripts/build-deb-depcheck.py "$venv" packaging/deb/depends packaging/deb/recommends --python-version "$pyver"

# Launcher, desktop entry, metainfo, icons, man page, docs.
mkdir -p "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
  "$stage/usr/share/icons" "$stage/usr/share/man/man1" "$stage/usr/share/doc/qalam"
ln -s /opt/qalam/bin/qalam "$stage/usr/bin/qalam"
install -m 0644 "packaging/linux/$APP_ID.desktop" "$stage/usr/share/applications/"
install -m 0644 "packaging/linux/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/"
"$PY" scripts/build-icons.py "$stage/usr/share/icons" --name "$APP_ID" >/dev/null
gzip -9n -c packaging/deb/qalam.1 >"$stage/usr/share/man/man1/qalam.1.gz"
install -m 0644 packaging/deb/copyright "$stage/usr/share/doc/qalam/copyright"
sed -e "s/@VERSION@/$version/" -e "s/@MAINTAINER@/$MAINTAINER/" -e "s/@DATE@/$(date -R -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")/" \
  packaging/deb/changelog.in | gzip -9n >"$stage/usr/share/doc/qalam/changelog.gz"
mkdir -p "$stage/usr/share/lintian/overrides"
install -m 0644 packaging/deb/lintian-overrides "$stage/usr/share/lintian/overrides/qalam"

# Control files.
install -m 0755 packaging/deb/postinst packaging/deb/prerm "$stage/DEBIAN/"
depends=$(grep -v '^#' packaging/deb/depends | grep -v '^$' | sed "s/@PY@/$pyver/g; s/@NEXTPY@/$nextpy/g" |
  paste -sd, | sed 's/,/, /g')
recommends=$(grep -v '^#' packaging/deb/recommends | grep -v '^$' | paste -sd, | sed 's/,/, /g')
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@MAINTAINER@/$MAINTAINER/" -e "s/@RECOMMENDS@/$recommends/" packaging/deb/control.in >"$stage/DEBIAN/control"

# Permissions as dpkg expects them; md5sums for debsums.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f ! -path "$stage/DEBIAN/*" -exec chmod 0644 {} +
chmod 0755 "$venv/bin/qalam"
(cd "$stage" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) \
  >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/control"

out=$ROOT/dist/qalam_${version}_amd64.deb
rm -f "$out"
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$out" >/dev/null
echo "package-deb: $(du -h "$out" | cut -f1) $out"
