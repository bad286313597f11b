#!/usr/bin/env bash
# Build the macOS disk image of Newsroom: dist/Newsroom-<version>-macos-<arch>.dmg
# Run on a Mac with Python 3.11 as python3 (CI: .github/workflows/installers.yml).
# PyInstaller makes build/macos/Newsroom.app (packaging/newsroom.spec, with the Info.plist
# that declares .newsroom library files); hdiutil puts it in a compressed .dmg with a link
# to /Applications. The app is signed ad hoc only: Gatekeeper asks before its first start (see
# README). The last line printed is the .dmg's path.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PYINSTALLER_VERSION=6.22.3
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet . "pyinstaller==$PYINSTALLER_VERSION"

version=$(.venv/bin/python -c 'import newsroom; print(newsroom.__version__)')
arch=$(uname -m)
work="$root/build/macos"
dmg="$root/dist/Newsroom-$version-macos-$arch.dmg"
mkdir -p "$work" "$root/dist"

started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$work" --workpath "$work/pyinstaller" packaging/newsroom.spec >&2
app="$work/Newsroom.app"
"$app/Contents/MacOS/Newsroom" --version >&2
/usr/libexec/PlistBuddy -c 'Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions:0' \
  "$app/Contents/Info.plist" | grep -x newsroom >/dev/null

# PyInstaller signed the bundle ad hoc (Apple Silicon runs no unsigned code); a
# Developer ID signature (codesign_identity in newsroom.spec) and notarisation wait for a
# release identity.

image="$work/dmg"
rm -rf "$image" "$dmg"
mkdir -p "$image"
cp -R "$app" "$image/"
ln -s /Applications "$image/Applications"
hdiutil create -volname "Newsroom $version" -srcfolder "$image" -fs HFS+ -format UDZO \
  -ov "$dmg" >&2
echo "build-macos: $(du -h "$dmg" | cut -f1) in $(($(date +%s) - started)) s" >&2
echo "$dmg"
