#!/usr/bin/env bash
# Server time per storefront page, as a shopper's browser would ask for it: one session (cookie jar), each page
# requested N times after a warm-up, time to first byte on the loopback (= server time: the page is rendered
# before its first byte is sent). Prints p50 / p95 / max per page and over all pages.
#
#   src/test/bench/page-times.sh [base-url] [requests-per-page]
#   src/test/bench/page-times.sh http://127.0.0.1:8080 200
#
# Needs a running shop (mvn -Prun package) with its demo store, and curl.
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
n="${2:-200}"
jar="$(mktemp)"
all="$(mktemp)"
trap 'rm -f "$jar" "$all" "$all".*' EXIT

pages=(
  "/"
  "/catalog/browse.xhtml?category=apparel"
  "/catalog/browse.xhtml?category=footwear&sort=price_asc&page=1"
  "/catalog/product.xhtml?id=demo-00001"
  "/catalog/product.xhtml?id=demo-01200&src=recommendation:similar"
  "/search/results.xhtml?q=wireless+phone"
  "/search/results.xhtml?q=wireles+phne"
  "/search/results.xhtml?q=jacket&colour=blue"
  "/search/compare.xhtml"
  "/cart/cart.xhtml"
  "/login.xhtml"
)

time_of() {
  curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{time_starttransfer}\n' "$base$1"
}

echo "warm-up ..."
for p in "${pages[@]}"; do
  for _ in $(seq 1 20); do time_of "$p" > /dev/null; done
done

printf '%-66s %8s %8s %8s\n' "page ($n requests each)" "p50 ms" "p95 ms" "max ms"
for p in "${pages[@]}"; do
  out="$all.$RANDOM"
  for _ in $(seq 1 "$n"); do
    read -r code t < <(time_of "$p")
    if [ "$code" != "200" ]; then echo "HTTP $code for $p" >&2; exit 1; fi
    echo "$t" >> "$out"
  done
  cat "$out" >> "$all"
  sort -n "$out" | awk -v page="$p" '{ v[NR] = $1 * 1000 } END {
    printf "%-66s %8.1f %8.1f %8.1f\n", page, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
done
sort -n "$all" | awk '{ v[NR] = $1 * 1000 } END {
  printf "%-66s %8.1f %8.1f %8.1f\n", "all pages", v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
