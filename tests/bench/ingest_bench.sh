#!/usr/bin/env bash
# Ingest benchmark: lexindex vs Xapian's own omindex on the same files, in
# the same run. Prints MB/s, peak memory and the ratio. A program, not a
# test: it asserts nothing, it measures.
# Usage: tests/bench/ingest_bench.sh [DIR] (default ../shared/corpus-real)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:-$here/../shared/corpus-real}
lexindex=${LEXINDEX:-$here/build/indexer/lexindex}
[ -d "$src" ] || { echo "bench: $src not found" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

bytes=$(find "$src" -type f ! -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "$src" -type f ! -name '.*' | wc -l)
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "input: $src ($files files, $mb MB)"

measure() {  # measure NAME CMD... -> prints "NAME seconds rss_mb"
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/$name.err" || true
  read -r secs kb <"$tmp/time"
  echo "$name $secs $((kb / 1024))"
}

read -r _ l_secs l_rss < <(measure lexindex "$lexindex" --db "$tmp/lex.db" build "$src")
read -r _ o_secs o_rss < <(measure omindex omindex --db "$tmp/omega" --url / "$src")
read -r _ r_secs _ < <(measure lexindex-rerun "$lexindex" --db "$tmp/lex.db" build "$src")

rate() { awk -v mb="$mb" -v s="$1" 'BEGIN {printf "%.1f", (s > 0 ? mb / s : 0)}'; }
printf '%-22s %8s %10s %12s\n' tool seconds "MB/s" "peak MB"
printf '%-22s %8s %10s %12s\n' "lexindex build" "$l_secs" "$(rate "$l_secs")" "$l_rss"
printf '%-22s %8s %10s %12s\n' "omindex (reference)" "$o_secs" "$(rate "$o_secs")" "$o_rss"
printf '%-22s %8s %10s %12s\n' "lexindex re-run (no-op)" "$r_secs" "$(rate "$r_secs")" "-"
awk -v l="$l_secs" -v o="$o_secs" 'BEGIN {if (l > 0) printf "speed ratio lexindex/omindex: %.2fx\n", o / l}'
echo "database sizes: lexindex $(du -sm "$tmp/lex.db" | cut -f1) MB, omindex $(du -sm "$tmp/omega" | cut -f1) MB"
echo "lexindex documents: $(xapian-delve "$tmp/lex.db/xapian" | grep -oE 'number of documents = [0-9]+')"
echo "omindex documents:  $(xapian-delve "$tmp/omega" | grep -oE 'number of documents = [0-9]+')"
