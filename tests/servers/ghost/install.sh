#!/usr/bin/env bash
# Install Ghost, for the publishing tests' real Ghost on 127.0.0.1, into DIR (once:
# a finished install leaves DIR/.installed and is reused).
#
#   tests/servers/ghost/install.sh DIR
#
# Only the package registries are reachable, so Ghost comes from npm as a package
# (not through ghost-cli, which fetches release zips from GitHub) and sqlite3, its
# development database's driver, is compiled here against this Node's headers
# instead of downloading a prebuilt binary. Needs node (18 or 20), npm, make, g++
# and python3. Ghost 5.130.6 is the last release that runs on Node 20.
set -euo pipefail
GHOST_VERSION=5.130.6
YARN_VERSION=1.22.22
# Raised when this recipe changes, so that an install made by an older one is redone.
STAMP="$GHOST_VERSION recipe 3"
dir=${1:?usage: install.sh DIR}

if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$STAMP" ]; then
  exit 0
fi
for tool in node npm make g++ python3; do
  command -v "$tool" >/dev/null || { echo "install.sh: $tool is missing (run scripts/bootstrap test)" >&2; exit 3; }
done
nodedir=
for candidate in /usr /usr/local "$(dirname "$(dirname "$(command -v node)")")"; do
  if [ -f "$candidate/include/node/node_api.h" ]; then nodedir=$candidate; break; fi
done
[ -n "$nodedir" ] || { echo "install.sh: Node's headers are missing (libnode-dev)" >&2; exit 3; }

rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
npm pack --silent "ghost@$GHOST_VERSION" >/dev/null
tar -xzf "ghost-$GHOST_VERSION.tgz"
rm "ghost-$GHOST_VERSION.tgz"
cd package
# The tests run Ghost, they do not build it: its development tools stay out.
node -e '
const fs = require("fs");
const pkg = JSON.parse(fs.readFileSync("package.json"));
delete pkg.devDependencies;
delete pkg.scripts;
fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2));
'
# Ghost is installed with yarn 1, as its own tools do (its lock file is the
# monorepo's, so yarn completes it rather than following it to the letter).
# sqlite3 and re2 are compiled here: their prebuilt binaries are on GitHub, so their
# download is pointed at a closed port on this machine and they fall back to building
# (a build-from-source flag would make sharp, whose libvips comes from the npm
# registry, try to build too).
export npm_config_nodedir=$nodedir
export npm_config_sqlite3_binary_host=http://127.0.0.1:9 RE2_DOWNLOAD_MIRROR=http://127.0.0.1:9
npx --yes "yarn@$YARN_VERSION" install --production --non-interactive \
  --ignore-engines --network-timeout 600000 >../install.log 2>&1 \
  || { tail -30 ../install.log >&2; exit 1; }
node -e 'require("sqlite3"); require("sharp")' || { echo "install.sh: sqlite3 or sharp is missing" >&2; exit 1; }
echo "$STAMP" > "$dir/.installed"
