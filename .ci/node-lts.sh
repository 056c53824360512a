#!/usr/bin/env bash
# The unit and database tests on the current Node LTS, next to the Node 20 tree (which stays untouched).
#
# Node comes from the npm registry's `node` package (it installs the binary and its headers as
# node-linux-<arch>), cached in .ci-tmp/node<major>/. The tests run in a scratch copy of the project:
# the sources, and node_modules as hard links except better-sqlite3, which is a real copy built from
# source against that Node's headers (its prebuilt download cannot work offline). Every other native
# dependency here is N-API or WebAssembly and loads on any Node version.
#
# Which better-sqlite3: the project pins 12.11.1 (what @prisma/adapter-better-sqlite3 asks for, and
# the newest that runs on Node 20), but 12.x aborts on Node 24 ("Assertion failed: (env) != nullptr"
# in RemoveEnvironmentCleanupHook, from Statement::~Statement, when V8 collects a statement: Node 24's
# ObjectWrap change; upstream WiseLibs/better-sqlite3#1515). 13.x is a Node-API build and needs Node
# 22+, so this leg builds 13.x (NODE_LTS_BETTER_SQLITE3) for its copy: it tests the app as it must run
# on Node 24. (13.x also ships Node-API prebuilds in its tarball; --force_build=1 compiles from source
# against this Node's headers instead, and the loaded addon is checked to be that build.)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
major=${NODE_LTS_MAJOR:-24}
started=$(date +%s)
cache=$root/.ci-tmp/node$major
arch=$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')

if [ ! -x "$cache/nodedir/bin/node" ]; then
  echo "node-lts: installing node@$major from the npm registry into $cache"
  rm -rf "$cache" && mkdir -p "$cache/pkg"
  # The node package fetches its platform binary in an install script: approved by name (npm 11 asks).
  (cd "$cache/pkg" && npm init -y >/dev/null && npm pkg set allowScripts.node=true --json && npm install --no-audit --no-fund "node@$major" >/dev/null)
  dist=$cache/pkg/node_modules/node/node_modules/node-linux-$arch
  [ -x "$dist/bin/node" ] || { echo "node-lts: node@$major did not install a binary at $dist/bin/node" >&2; exit 1; }
  # node-gyp's --nodedir layout: common.gypi and config.gypi at the top, headers under include/node.
  mkdir -p "$cache/nodedir/bin" "$cache/nodedir/include"
  cp "$dist/bin/node" "$cache/nodedir/bin/"
  cp -r "$dist/include/node" "$cache/nodedir/include/"
  cp "$dist/include/node/common.gypi" "$dist/include/node/config.gypi" "$cache/nodedir/"
  rm -rf "$cache/pkg"
fi
node_bin=$cache/nodedir/bin
echo "node-lts: $("$node_bin/node" --version) (the main tree runs $(node --version))"

tree=$(mktemp -d "${TMPDIR:-/tmp}/triage-node$major-XXXXXX")
trap 'rm -rf "$tree"' EXIT
# Sources (tracked and new files, as the tests see them) and the generated Prisma clients.
{ git ls-files -co --exclude-standard; find lib/db/generated -type f; } | sort -u | while read -r f; do [ -e "$f" ] && echo "$f"; done \
  | tar -cf - -T - | tar -xf - -C "$tree"
cp -al node_modules "$tree/node_modules"
rm -rf "$tree/node_modules/.vite" "$tree/node_modules/better-sqlite3"

# npm ships node-gyp; run it with the new Node against that Node's headers.
node_gyp=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js
[ -f "$node_gyp" ] || { echo "node-lts: no node-gyp next to npm (looked for $node_gyp)" >&2; exit 1; }
bs3_version=${NODE_LTS_BETTER_SQLITE3:-13.2.0}
bs3=$cache/bs3/node_modules/better-sqlite3
if [ ! -f "$bs3/build/Release/better_sqlite3.node" ] || ! grep -q "\"version\": \"$bs3_version\"" "$bs3/package.json"; then
  echo "node-lts: building better-sqlite3@$bs3_version for Node $major (several minutes on a busy machine)…"
  rm -rf "$cache/bs3" && mkdir -p "$cache/bs3"
  (cd "$cache/bs3" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "better-sqlite3@$bs3_version" >/dev/null)
  (cd "$bs3" && PATH=$node_bin:$PATH node "$node_gyp" rebuild --release --force_build=1 --nodedir="$cache/nodedir" >"$cache/node-gyp.log" 2>&1) \
    || { tail -n 40 "$cache/node-gyp.log" >&2; echo "node-lts: building better-sqlite3 failed" >&2; exit 1; }
  rm -rf "$bs3/build/Release/obj.target" "$bs3/build/Release/.deps" "$bs3/deps/sqlite3"
fi
cp -r "$bs3" "$tree/node_modules/better-sqlite3"

cd "$tree"
PATH=$node_bin:$PATH node -e '
  const D = require("better-sqlite3");
  const db = new D(":memory:");
  const built = require("node:path").join(require.resolve("better-sqlite3/package.json"), "../build/Release/better_sqlite3.node");
  if (!Object.keys(require.cache).includes(built)) throw new Error("better-sqlite3 did not load its source build " + built);
  console.log(`node-lts: better-sqlite3 (built from source) loads on ${process.version}, SQLite ${db.prepare("select sqlite_version() v").get().v}`);'
status=0
PATH=$node_bin:$PATH npm run --silent test:unit || status=1
PATH=$node_bin:$PATH npm run --silent test:db || status=1
echo "node-lts: test:unit + test:db on Node $major $([ $status = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - started )) s"
exit $status
