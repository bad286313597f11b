#!/usr/bin/env bash
# Build the Linux package of Newsroom: dist/newsroom_<version>_<arch>.deb
#   packaging/build-linux.sh           build, unless the .deb is newer than every input
#   packaging/build-linux.sh --force   build in any case
# From a clean clone it installs what it needs first (scripts/bootstrap, then PyInstaller
# into .venv). PyInstaller freezes the app into build/linux/newsroom (packaging/newsroom.spec);
# dpkg-deb wraps that, the .desktop file, the icons, the AppStream metainfo and the MIME
# type of library files into the .deb. The last line printed is the .deb's path.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PYINSTALLER_VERSION=6.22.3

force=0
[ "${1:-}" = --force ] && force=1

# A tree whose .venv already runs Newsroom (after scripts/start or scripts/test) is left as
# it is: bootstrapping again would swap the test tools' install stamp for the app's.
if ! .venv/bin/python -c 'import newsroom.cli, PySide6.QtWebEngineCore' 2>/dev/null; then
  scripts/bootstrap >&2
fi
if ! .venv/bin/python -m PyInstaller --version 2>/dev/null | grep -qx "$PYINSTALLER_VERSION"; then
  .venv/bin/python -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
fi

version=$(.venv/bin/python -c 'import re, sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open("newsroom/__init__.py").read(), re.M).group(1))')
arch=$(dpkg --print-architecture)
deb="$root/dist/newsroom_${version}_${arch}.deb"
work="$root/build/linux"
mkdir -p "$work" "$root/dist"

# Serialise builds from two terminals (or a test and a person) on one tree.
exec 9>"$work/.lock"
flock 9

# Everything the package is made from; a change to any of it makes the .deb stale.
inputs_hash() {
  {
    find newsroom resources packaging -type f ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 \
      | sort -z | xargs -0 sha256sum
    sha256sum pyproject.toml
    .venv/bin/python -m pip freeze --all 2>/dev/null | grep -iv '^-e\|^newsroom'
    echo "$arch"
  } | sha256sum | cut -c1-64
}
want=$(inputs_hash)
stamp="$deb.inputs"
if [ "$force" = 0 ] && [ -f "$deb" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "build-linux: $deb is up to date" >&2
  echo "$deb"
  exit 0
fi

started=$(date +%s)
echo "build-linux: freezing Newsroom $version with PyInstaller" >&2
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$work" --workpath "$work/pyinstaller" packaging/newsroom.spec >&2
frozen="$work/newsroom"
"$frozen/newsroom" --version >&2  # a frozen app that cannot start is not worth packaging

echo "build-linux: making the .deb" >&2
stage="$work/deb"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/lib" "$stage/usr/bin" \
  "$stage/usr/share/applications" "$stage/usr/share/metainfo" "$stage/usr/share/mime/packages" \
  "$stage/usr/share/doc/newsroom" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$frozen" "$stage/usr/lib/newsroom"
ln -s ../lib/newsroom/newsroom "$stage/usr/bin/newsroom"
app_id=org.newsroom.Newsroom
install -m 644 "packaging/linux/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "packaging/linux/$app_id.mime.xml" "$stage/usr/share/mime/packages/$app_id.xml"
release_date=$(git log -1 --format=%cs -- newsroom/__init__.py 2>/dev/null || true)
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/${release_date:-$(date -u +%F)}/" \
  "packaging/linux/$app_id.metainfo.xml" > "$stage/usr/share/metainfo/$app_id.metainfo.xml"
install -m 644 resources/icons/newsroom.svg "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in resources/icons/newsroom-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cat > "$stage/usr/share/doc/newsroom/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Newsroom

Files: *
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3.
 The bundled Python, Qt, QtWebEngine and Python libraries keep their own licences.
EOF

# Depends: packaging/linux/depends.txt, and glibc no older than the build machine's.
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
depends="libc6 (>= $glibc)"
while read -r line; do
  case "$line" in '' | '#'*) continue ;; esac
  depends="$depends, $line"
done < packaging/linux/depends.txt
installed_kb=$(du -sk --apparent-size "$stage/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  -e "s/@DEPENDS@/$depends/" packaging/linux/control.in > "$stage/DEBIAN/control"

# Files as root's, no group or world write bits, whatever the umask of the build.
chmod -R u+rwX,go+rX,go-w "$stage"
rm -f "$deb" "$stamp"
# zstd -9 (dpkg >= 1.21.18: Debian 12, Ubuntu 22.04) packs this in 13 s to 162 MB; xz -6
# makes 137 MB in 7 minutes. DEB_COMPRESSION="-Zxz -z6" for a release that must be small.
# shellcheck disable=SC2086  # two options in one variable
dpkg-deb --root-owner-group ${DEB_COMPRESSION:--Zzstd -z9} --build "$stage" "$deb" >&2
echo "$want" > "$stamp"
rm -rf "$stage"  # a second copy of the app; build/linux/newsroom stays for a look inside
echo "build-linux: $(du -h "$deb" | cut -f1) in $(($(date +%s) - started)) s" >&2
echo "$deb"
