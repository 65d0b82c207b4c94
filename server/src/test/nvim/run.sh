#!/usr/bin/env bash
# Neovim as a second LSP client: runs client.lua in a headless neovim (Debian's package,
# 0.7) against `heapscope lsp` and fails unless it got the diagnostics and the hover.
# Needs `nvim` on PATH (apt-get install neovim).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
if ! command -v nvim >/dev/null; then
    # CI installs neovim (.ci/run), so there a missing client is a failure; elsewhere say so and skip.
    if [ -n "${CI:-}" ]; then
        echo "nvim-client: neovim is not installed (apt-get install neovim)" >&2
        exit 2
    fi
    echo "nvim-client: skipped: neovim is not installed (apt-get install neovim to run it)"
    exit 0
fi
"$root/heapscope" --version >/dev/null   # builds the jar on first use
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/sample.py" <<'PY'
def f():
    total = 1
    # An undefined name on the next line, then a hover on total.
    return total + missing
PY
HEAPSCOPE_NVIM_OUT="$work/result.txt" HEAPSCOPE_NVIM_FILE="$work/sample.py" HEAPSCOPE_LAUNCHER="$root/heapscope" \
    timeout 180 nvim --headless -u NONE -i NONE -n -c "luafile $here/client.lua" </dev/null >/dev/null 2>"$work/nvim.err" \
    && status=0 || status=$?
cat "$work/result.txt" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
    echo "nvim-client: failed (status $status)" >&2
    cat "$work/nvim.err" >&2 || true
    exit 1
fi
echo "nvim-client: ok"
