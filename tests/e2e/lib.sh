# Helpers for the end-to-end tests: run the real programs, check results.
# Usage: source with LEXINDEX, LEXQUERY set (CTest passes them).
set -u
failures=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/lexgraph-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_eq WHAT ACTUAL EXPECTED
expect_eq() { if [ "$2" == "$3" ]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi; }
# expect_ge WHAT ACTUAL MIN
expect_ge() { if [ "$2" -ge "$3" ]; then pass "$1 ($2 >= $3)"; else fail "$1: got $2, expected >= $3"; fi; }
# expect_match WHAT TEXT REGEX
expect_match() { if grep -qE -- "$3" <<<"$2"; then pass "$1"; else fail "$1: '$3' not in: $(head -c 600 <<<"$2")"; fi; }
expect_no_match() { if grep -qE -- "$3" <<<"$2"; then fail "$1: '$3' unexpectedly in output"; else pass "$1"; fi; }

# Number of hits lexquery reports as JSON for a query.
hits() { "$LEXQUERY" --db "$1" search --json --limit 1000 "$2" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["hits"]))' 2>/dev/null || echo 0; }

# Every shard of the database passes Xapian's own consistency check.
xapian_ok() {
  local shard n=0
  for shard in "$1"/xapian/shard-*; do
    xapian-check "$shard" >/dev/null 2>&1 || return 1
    n=$((n + 1))
  done
  [ "$n" -gt 0 ]
}

finish() {
  if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
}
