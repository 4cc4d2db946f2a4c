#!/usr/bin/env bash
# Latency of a cold `lexquery ask` (a fresh process per question, as a
# researcher runs it) on an index of ../shared/corpus-real: p50 / p95 / max
# over the questions of ask_latency_questions.txt. For reference, the same
# processes running `lexquery search` (start-up + Xapian, no graph, no
# question analysis) on the question's words, and `lexquery entity IRS`
# (start-up + loading the graph snapshot). A program, not a test.
# Usage: tests/bench/ask_latency_bench.sh [DB] (default: build one in a temporary directory)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
lexindex=${LEXINDEX:-$here/build/indexer/lexindex}
lexquery=${LEXQUERY:-$here/build/query/lexquery}
questions="$here/tests/bench/ask_latency_questions.txt"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db=${1:-}
if [ -z "$db" ]; then
  src="$here/../shared/corpus-real"
  [ -d "$src" ] || { echo "bench: $src not found" >&2; exit 1; }
  db="$tmp/db"
  "$lexindex" --db "$db" build "$src" >/dev/null 2>&1
fi
# The first query after a build may build the graph snapshot: not a cold query's cost.
"$lexquery" --db "$db" ask "Who is the judge?" >/dev/null 2>&1 || true

run() {  # run OUTFILE CMD... : appends the wall time in ms
  local out=$1; shift
  local t0 t1; t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000)) >>"$out"
}
n=0
while IFS= read -r q; do
  case "$q" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  run "$tmp/ask.ms" "$lexquery" --db "$db" ask "$q"
  words=$(tr -c '[:alnum:]\n' ' ' <<<"$q" | tr -s ' ')
  run "$tmp/entity.ms" "$lexquery" --db "$db" entity IRS
  run "$tmp/search.ms" "$lexquery" --db "$db" search --limit 5 "$(awk '{for (i = 1; i <= NF; i++) printf "%s%s", (i > 1 ? " or " : ""), $i}' <<<"$words")"
done <"$questions"
stats() {  # stats FILE -> "p50 p95 max"
  sort -n "$1" | awk '{v[NR] = $1} END {i50 = int((NR + 1) * 0.50); i95 = int(NR * 0.95 + 0.5); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1; if (i95 > NR) i95 = NR; printf "%d %d %d\n", v[i50], v[i95], v[NR]}'
}
read -r a50 a95 amax < <(stats "$tmp/ask.ms")
read -r s50 s95 smax < <(stats "$tmp/search.ms")
read -r e50 e95 emax < <(stats "$tmp/entity.ms")
echo "database: $db ($(xapian-delve "$db/xapian" 2>/dev/null | grep -oE 'number of documents = [0-9]+' || echo '?'))"
echo "questions: $n, one fresh process each, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-34s %8s %8s %8s\n' command "p50 ms" "p95 ms" "max ms"
printf '%-34s %8s %8s %8s\n' "lexquery ask" "$a50" "$a95" "$amax"
printf '%-34s %8s %8s %8s\n' "lexquery search (reference)" "$s50" "$s95" "$smax"
printf '%-34s %8s %8s %8s\n' "lexquery entity IRS (graph load)" "$e50" "$e95" "$emax"
echo "target: ask p50 <= 100 ms"
