#!/usr/bin/env bash
# Prints the weight of a guide page of the sample site as a phone loads it: every file the HTML asks for,
# raw and gzip -9 sizes, the request count, and whether any script blocks rendering. Budget (issue 3):
# HTML + CSS <= 30 KB compressed, <= 4 requests, no render-blocking script.
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-procedures/vehicle-transfer/index.html}
out=$(mktemp -d)
dotnet run --project src/PublicInfo.Cli -c Release -- build --output "$out" --now 2026-11-25 >/dev/null 2>&1
dir=$(dirname "$out/$page")
files=("$out/$page")
while read -r ref; do files+=("$(realpath -m "$dir/$ref")"); done < <(grep -oE '(href|src)="[^"]+\.(css|js)"' "$out/$page" | sed -E 's/^[a-z]+="//; s/"$//')
html_css=0; total=0
for f in "${files[@]}"; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c); total=$((total + gz))
  case "$f" in *.html|*.css) html_css=$((html_css + gz));; esac
  printf '%-60s %7d B  %6d B gzip\n' "${f#$out/}" "$raw" "$gz"
done
blocking=$(grep -oE '<script [^>]*src="[^"]+"[^>]*>' "$out/$page" | grep -vcE 'defer|async|type="module"' || true)
printf 'requests: %d (budget 4)\nHTML+CSS: %d B gzip (budget 30720)\nall: %d B gzip\nrender-blocking scripts: %d (budget 0)\n' \
  "${#files[@]}" "$html_css" "$total" "$blocking"
rm -rf "$out"
