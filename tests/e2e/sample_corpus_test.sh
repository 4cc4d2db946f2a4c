#!/usr/bin/env bash
# The sample corpus: every file goes in, searches and fields work, and an
# incremental re-run only touches what changed.
source "$(dirname "$0")/lib.sh"
corpus="$SOURCE_DIR/corpus"
db="$TMP/db"

out=$("$LEXINDEX" --db "$db" build "$corpus" 2>"$TMP/err"); code=$?
echo "$out"; cat "$TMP/err"
expect_eq "sample corpus builds cleanly" "$code" "0"
files=$(find "$corpus" -type f ! -name '.*' | wc -l)
expect_match "every file added" "$out" "^added $files, updated 0, unchanged 0, failed 0 files"

stats=$("$LEXINDEX" --db "$db" stats --json)
for fmt in text json jsonl html pdf; do expect_match "format $fmt indexed" "$stats" "\"$fmt\":[1-9]"; done

# Every sample question finds something.
while IFS= read -r q; do
  case "$q" in ''|'#'*) continue ;; esac
  expect_ge "question: $q" "$(hits "$db" "$q")" 1
done < "$SOURCE_DIR/scripts/demo-queries.txt"

# Fields and connectors on the retold IRS-ICE matter.
expect_ge "court filter" "$(hits "$db" 'court:"D.D.C." & 6103')" 1
expect_ge "year filter" "$(hits "$db" 'year:2025 & taxpayer')" 1
a=$(hits "$db" 'taxpayer /s address'); b=$(hits "$db" 'taxpayer & address')
if [ "$a" -le "$b" ]; then pass "/s is no broader than & ($a <= $b)"; else fail "/s broader than &"; fi

# Every JSON output validates against its schema.
schemas="$SOURCE_DIR/schemas"
"$LEXQUERY" --db "$db" search --json --limit 3 'taxpayer /s address' | "$VALIDATE_JSON" "$schemas/search-result.schema.json"
expect_eq "search --json matches its schema" "$?" "0"
"$LEXINDEX" --db "$db" stats --json | "$VALIDATE_JSON" "$schemas/stats.schema.json"
expect_eq "stats --json matches its schema" "$?" "0"
"$LEXINDEX" --db "$db" build --json "$corpus" | "$VALIDATE_JSON" "$schemas/build-summary.schema.json"
expect_eq "build --json matches its schema" "$?" "0"
"$VALIDATE_JSON" "$schemas/manifest.schema.json" "$db/manifest.json"
expect_eq "manifest matches its schema" "$?" "0"
for f in "$corpus"/json/*.json; do
  "$VALIDATE_JSON" "$schemas/document.schema.json" "$f"; expect_eq "$(basename "$f") matches the document schema" "$?" "0"
done

# Paging: --offset 2 shows the third hit, numbered 3, in text and JSON.
expect_match "offset numbering in text" "$("$LEXQUERY" --db "$db" search --offset 2 --limit 1 taxpayer)" "^3\. "
expect_eq "offset numbering in JSON" "$("$LEXQUERY" --db "$db" search --json --offset 2 --limit 1 taxpayer | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["rank"])')" "3"

# Entities: any spelling the documents allow finds the same documents.
a=$(hits "$db" 'agency:ICE'); b=$(hits "$db" 'agency:"Immigration and Customs Enforcement"')
expect_ge "agency:ICE finds documents" "$a" 1
expect_eq "agency:ICE = agency:\"Immigration and Customs Enforcement\"" "$a" "$b"
a=$(hits "$db" 'statute:"IRC 6103"'); b=$(hits "$db" 'statute:"26 U.S.C. § 6103"')
expect_ge "statute:\"IRC 6103\" finds documents" "$a" 1
expect_eq "statute:\"IRC 6103\" = statute:\"26 U.S.C. § 6103\"" "$a" "$b"
expect_ge "entity id as a field" "$(hits "$db" 'entity:agency:irs & disclos!')" 1

# lexindex extract: JSON matches its schema and offsets point into the file as given.
f="$corpus/news/irs-ice-address-disclosures.txt"
"$LEXINDEX" extract --json "$f" > "$TMP/x.json"; expect_eq "extract exits 0" "$?" "0"
"$VALIDATE_JSON" "$schemas/extraction.schema.json" "$TMP/x.json"; expect_eq "extract --json matches its schema" "$?" "0"
python3 - "$f" "$TMP/x.json" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
x = json.load(open(sys.argv[2]))
assert x["document"]["offsets"] == "file"
ascii_mentions = [m for m in x["mentions"] if m["text"].isascii() and '"' not in m["text"] and "'" not in m["text"]]
assert len(ascii_mentions) >= 10, len(ascii_mentions)
bad = [m for m in ascii_mentions if data[m["start"]:m["end"]].decode() != m["text"]]
assert not bad, bad[:3]
types = {m["type"] for m in x["mentions"]}
assert {"judge", "agency", "statute", "figure", "date"} <= types, types
PY
expect_eq "extract offsets point at the mention in the file" "$?" "0"
expect_match "extract text output lists entities" "$("$LEXINDEX" extract "$f")" "statute +statute:usc/26/6103"

# Incremental: touch nothing -> all unchanged; change one file -> one update; remove by id.
out=$("$LEXINDEX" --db "$db" build "$corpus")
expect_match "re-run skips unchanged" "$out" "^added 0, updated 0, unchanged $files, failed 0"
cp -r "$corpus" "$TMP/corpus"
printf '\nA new closing paragraph mentions quizzical tariffs.\n' >> "$(find "$TMP/corpus" -name '*.txt' | sort | head -1)"
out=$("$LEXINDEX" --db "$TMP/db2" build "$TMP/corpus")
out=$("$LEXINDEX" --db "$TMP/db2" build "$TMP/corpus")
expect_match "copy re-run unchanged" "$out" "unchanged $files"
printf '\nAnother zymurgical paragraph.\n' >> "$(find "$TMP/corpus" -name '*.md' -o -name '*.txt' | sort | tail -1)"
out=$("$LEXINDEX" --db "$TMP/db2" build "$TMP/corpus")
expect_match "changed file replaced" "$out" "^added 0, updated 1, unchanged $((files - 1))"
expect_eq "changed text searchable" "$(hits "$TMP/db2" zymurgical)" "1"
expect_eq "first change searchable" "$(hits "$TMP/db2" quizzical)" "1"
id=$("$LEXQUERY" --db "$TMP/db2" search --json zymurgical | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
"$LEXINDEX" --db "$TMP/db2" remove "$id" >/dev/null; expect_eq "remove exits 0" "$?" "0"
expect_eq "removed document gone" "$(hits "$TMP/db2" zymurgical)" "0"
"$LEXINDEX" --db "$TMP/db2" remove no/such/id 2>/dev/null; expect_eq "removing a missing id exits 1" "$?" "1"
if xapian_ok "$TMP/db2"; then pass "xapian-check passes"; else fail "xapian-check fails"; fi

# --help on every command.
for c in "$LEXINDEX --help" "$LEXINDEX build --help" "$LEXINDEX stats --help" "$LEXINDEX remove --help" \
         "$LEXQUERY --help" "$LEXQUERY search --help"; do
  $c >/dev/null 2>&1; expect_eq "$c" "$?" "0"
done
expect_match "search --help documents /s" "$("$LEXQUERY" search --help)" "/s"
finish
