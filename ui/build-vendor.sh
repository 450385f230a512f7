#!/bin/sh
# Rebuilds the committed vendor bundles of the browser app from the exact versions in
# package-lock.json. Run after changing a dependency or src/*.js, then commit the output:
#
#   cd ui && npm ci && npm run build
#
# The Maven build never runs this: the bundles under gateway/src/main/resources/static/vendor/
# are committed, so a machine with only Java and Maven builds and runs the app.
set -eu
cd "$(dirname "$0")"
out=../gateway/src/main/resources/static/vendor
meta=$(mktemp -d)
trap 'rm -rf "$meta"' EXIT
mkdir -p "$out"
for entry in stomp codemirror; do
  ./node_modules/.bin/esbuild "src/$entry.js" --bundle --format=esm --minify --target=es2020 \
    --legal-comments=none --charset=utf8 \
    --banner:js="/* $entry.js: bundled by ui/build-vendor.sh from npm packages; their licenses are in LICENSES.txt */" --metafile="$meta/$entry.json" --outfile="$out/$entry.js"
done
node licenses.mjs "$out/LICENSES.txt" "$meta/stomp.json" "$meta/codemirror.json"
ls -l "$out"
