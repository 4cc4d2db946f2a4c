#!/usr/bin/env bash
# Citator quality on ../shared/corpus-real: for each statute and case of
# tests/gold/citator.json, the documents `lexquery cites` lists against the
# documents checked by hand. Prints per-target and overall precision and
# recall; fails when an overall figure is under its threshold.
#
# One document = one .txt file: the index is built from the .txt files only
# (copied into a folder named corpus-real, so document ids read
# "corpus-real/<path>"), and every listed document is compared by its path
# relative to corpus-real. Gold "doubtful" documents count neither way.
source "$(dirname "$0")/lib.sh"

# Thresholds, a little under what was measured, so a regression fails.
MIN_PRECISION=0.95  # measured 1.000 on 2026-11-25
MIN_RECALL=0.93  # measured 0.963 on 2026-11-25

gold="$SOURCE_DIR/tests/gold/citator.json"
real="$SHARED_DIR/corpus-real"
if [ ! -d "$real" ]; then echo "SKIP: $real not present"; exit 0; fi
if ! command -v jq >/dev/null; then echo "SKIP: jq not installed (scripts/setup installs it)"; exit 0; fi

# Paths relative to corpus-real of the documents a `cites --json` output
# lists, one a line, sorted. Takes the first path-like field of each entry
# of "documents" (a "doc:" node prefix and anything up to "corpus-real/"
# removed), so that it holds whichever of path/id the schema settles on.
cited_paths() {
  jq -r 'def where: if type == "object"
             then ((.path // .document_path // .document // .document_id // .id // .doc) | where)
             else . end;
         .documents[]? | where | strings' 2>/dev/null |
    sed -E 's/^doc://; s|^.*corpus-real/||' | sort -u
}

# The parser must read a hand-written output of the expected shape.
sample='{"target":{"id":"case:us/467/837"},"documents":[
  {"document":"doc:corpus-real/scotus/b.txt","count":2},
  {"id":"corpus-real/appellate/a.txt"},
  {"path":"/data/x/corpus-real/scotus/b.txt","count":1},
  {"document":{"id":"doc:corpus-real/dockets/c.txt","title":"C"}}]}'
expect_eq "cites --json parser reads documents" "$(cited_paths <<<"$sample" | paste -sd' ')" \
  "appellate/a.txt dockets/c.txt scotus/b.txt"

if ! "$LEXQUERY" --help 2>&1 | grep -qE '^ *cites\b'; then
  echo "SKIP: lexquery has no 'cites' command yet"
  finish
  exit 0
fi

# Index of the .txt files only, copied to a temporary folder (symlinks
# would give ids through the link target: "corpus-real/../../work/...").
mirror="$TMP/corpus-real"
mkdir -p "$mirror"
(cd "$real" && find . -name '*.txt' ! -path '*/.*' -exec cp --parents -t "$mirror" {} +)
db="$TMP/db"
"$LEXINDEX" --db "$db" build "$mirror" >"$TMP/build.out" 2>"$TMP/build.err"
expect_eq "index of the corpus-real .txt files builds" "$?" "0"
cat "$TMP/build.out"
expect_match "every .txt file indexed" "$(cat "$TMP/build.out")" "^added $(find "$mirror" -type f | wc -l), "

schema="$SOURCE_DIR/schemas/citator.schema.json"
tp_all=0; fp_all=0; fn_all=0; validated=0; answered=0
n=$(jq '.targets | length' "$gold")
printf '%-32s %5s %5s %4s %4s %4s %6s %6s\n' query gold found tp fp fn prec recall
for ((i = 0; i < n; i++)); do
  query=$(jq -r ".targets[$i].query" "$gold")
  jq -r ".targets[$i].citing[]" "$gold" | sort -u >"$TMP/gold"
  jq -r ".targets[$i].doubtful[].path" "$gold" | sort -u >"$TMP/doubtful"
  "$LEXQUERY" --db "$db" cites --json "$query" >"$TMP/out.json" 2>"$TMP/out.err"
  code=$?
  if [ "$code" -ne 0 ]; then echo "  ($query: exit $code: $(head -c 200 "$TMP/out.err"))"; else answered=$((answered + 1)); fi
  if [ "$validated" -eq 0 ] && [ "$code" -eq 0 ] && [ -f "$schema" ] && [ -n "${VALIDATE_JSON:-}" ]; then
    "$VALIDATE_JSON" "$schema" <"$TMP/out.json"
    expect_eq "cites --json matches its schema" "$?" "0"
    validated=1
  fi
  cited_paths <"$TMP/out.json" >"$TMP/found"
  comm -23 "$TMP/found" "$TMP/doubtful" >"$TMP/scored"
  tp=$(comm -12 "$TMP/scored" "$TMP/gold" | wc -l)
  fp=$(comm -23 "$TMP/scored" "$TMP/gold" | wc -l)
  fn=$(comm -13 "$TMP/found" "$TMP/gold" | wc -l)
  tp_all=$((tp_all + tp)); fp_all=$((fp_all + fp)); fn_all=$((fn_all + fn))
  printf '%-32s %5d %5d %4d %4d %4d %6s %6s\n' "$query" "$(wc -l <"$TMP/gold")" "$(wc -l <"$TMP/found")" \
    "$tp" "$fp" "$fn" "$(awk -v a="$tp" -v b="$fp" 'BEGIN{if(a+b)printf "%.2f",a/(a+b); else print "-"}')" \
    "$(awk -v a="$tp" -v b="$fn" 'BEGIN{if(a+b)printf "%.2f",a/(a+b); else print "-"}')"
  comm -23 "$TMP/scored" "$TMP/gold" | sed 's/^/    false positive: /' | head -5
  comm -13 "$TMP/found" "$TMP/gold" | sed 's/^/    missed: /' | head -5
done

precision=$(awk -v a="$tp_all" -v b="$fp_all" 'BEGIN{printf "%.3f", (a+b) ? a/(a+b) : 0}')
recall=$(awk -v a="$tp_all" -v b="$fn_all" 'BEGIN{printf "%.3f", (a+b) ? a/(a+b) : 0}')
expect_ge "targets the citator answers" "$answered" 1
echo "citator overall (micro, $n targets): tp $tp_all fp $fp_all fn $fn_all precision $precision recall $recall"
above() { awk -v x="$1" -v min="$2" 'BEGIN{exit !(x >= min)}'; }
if above "$precision" "$MIN_PRECISION"; then pass "precision $precision >= $MIN_PRECISION"; else fail "precision $precision < $MIN_PRECISION"; fi
if above "$recall" "$MIN_RECALL"; then pass "recall $recall >= $MIN_RECALL"; else fail "recall $recall < $MIN_RECALL"; fi
finish
