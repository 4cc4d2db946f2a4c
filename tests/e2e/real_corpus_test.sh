#!/usr/bin/env bash
# Every real document in ../shared/corpus-real (text and every published
# original) goes in without an error; an interrupted build leaves a sound
# database that a re-run completes.
source "$(dirname "$0")/lib.sh"
real="$SHARED_DIR/corpus-real"
if [ ! -d "$real" ]; then echo "SKIP: $real not present"; exit 0; fi
db="$TMP/db"
total=$(find "$real" -type f ! -name '.*' | wc -l)

# Interrupt a build (SIGINT, then SIGKILL on another), check, then complete it.
for sig in INT KILL; do
  rm -rf "$db"
  "$LEXINDEX" --db "$db" build --shards 2 "$real" >/dev/null 2>&1 &
  pid=$!
  sleep 2
  kill -s "$sig" "$pid" 2>/dev/null
  wait "$pid"; code=$?
  if [ "$sig" = INT ] && [ "$code" -ne 3 ] && [ "$code" -ne 0 ]; then fail "SIGINT exit code $code"; fi
  if xapian_ok "$db"; then pass "xapian-check after SIG$sig"; else fail "xapian-check after SIG$sig"; fi
  n=$(xapian-delve "$db/xapian" 2>/dev/null | grep -oE 'number of documents = [0-9]+' | grep -oE '[0-9]+$' || echo 0)
  expect_ge "database opens after SIG$sig" "$(xapian-delve "$db/xapian" >/dev/null 2>&1 && echo 1 || echo 0)" 1
  echo "documents committed before SIG$sig: $n"
  out=$("$LEXINDEX" --db "$db" build "$real" 2>"$TMP/err"); code=$?
  echo "$out"
  expect_eq "re-run after SIG$sig completes without errors" "$code" "0"
  expect_match "re-run covers every file" "$(sed -E 's/added ([0-9]+), updated ([0-9]+), unchanged ([0-9]+).*/\1 \2 \3/' <<<"$out" | awk '{print $1+$2+$3}')" "^$total$"
done
cat "$TMP/err"
expect_eq "no error lines" "$(grep -vc warning "$TMP/err")" "0"
if xapian_ok "$db"; then pass "xapian-check passes"; else fail "xapian-check fails"; fi

# Searches researchers would run on this corpus.
expect_ge "6103 found" "$(hits "$db" '6103 /s disclos!')" 1
expect_ge "kind filter" "$(hits "$db" 'kind:statute & "internal revenue"')" 1
expect_ge "sorted by date" "$("$LEXQUERY" --db "$db" search --sort date --limit 5 --json 'court' | python3 -c '
import json,sys; d=[h["date"] for h in json.load(sys.stdin)["hits"]]; print(int(d == sorted(d, reverse=True) and len(d) == 5))')" 1
finish
