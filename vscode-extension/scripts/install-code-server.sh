#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) from npm into a cache folder, once, for the
# end-to-end test; prints the path of its launcher. 4.100.3 is the newest that runs on node 20.
# Needs: npm, make, g++ and libkrb5-dev (native modules are built), ripgrep (see below).
set -euo pipefail
version=4.100.3
cache="${HEAPSCOPE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/heapscope}"
prefix="$cache/code-server-$version"
launcher="$prefix/node_modules/.bin/code-server"
if [ -x "$launcher" ] && [ -f "$prefix/.complete" ]; then
    echo "$launcher"
    exit 0
fi

missing=()
for tool in npm make g++ rg; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[ -f /usr/include/gssapi/gssapi.h ] || missing+=("libkrb5-dev (gssapi headers)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-code-server: missing ${missing[*]}; on Debian: apt-get install npm make g++ ripgrep libkrb5-dev" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# @vscode/ripgrep's postinstall downloads a ripgrep binary unless it finds the release tarball
# in its cache folder under TMPDIR: seed that cache with the machine's own rg.
seed="$work/vscode-ripgrep-cache-1.15.11"
mkdir -p "$seed" "$work/rg"
cp "$(command -v rg)" "$work/rg/rg"
tar -czf "$seed/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$work/rg" rg

rm -rf "$prefix.partial"
mkdir -p "$prefix.partial"
echo "install-code-server: installing code-server@$version into $prefix (a few minutes, once)" >&2
# As root npm would drop privileges for install scripts, which then cannot write the tree.
TMPDIR="$work" npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false \
    npm_config_audit=false npm_config_update_notifier=false \
    npm install --prefix "$prefix.partial" --no-save --loglevel=error "code-server@$version" >&2
rm -rf "$prefix"
mv "$prefix.partial" "$prefix"
touch "$prefix/.complete"
echo "$launcher"
