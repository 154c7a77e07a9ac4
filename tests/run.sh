#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh machine, runs every test project,
# and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '[tests] %s\n' "$*" >&2; }

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  log "installing chromium and CJK fonts (apt)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
    || log "warning: could not install chromium; browser tests will fail and say why"
fi

# npm tools used by the browser tests (axe-core, html-validate), pinned by tests/package-lock.json.
if [ -f tests/package.json ]; then
  log "installing npm packages for the browser tests"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error) || log "warning: npm ci failed; browser tests will fail and say why"
fi

log "restoring and building"
if ! dotnet build PublicInfo.sln -c Release --nologo -v quiet 2>&1 | tail -n 20; then :; fi

results=$(mktemp)
status=0
dotnet test PublicInfo.sln -c Release --no-build --nologo 2>&1 | tee "$results" || status=$?

# Sum the per-assembly summaries ("Failed: 0, Passed: 36, Skipped: 0, ...") into the one closing line CI reads.
read -r passed failed skipped < <(grep -E 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$results" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {printf "%d %d %d\n", p, f, s}')
rm -f "$results"
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the runner broke before any test ran: that is a failure, not a pass
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
