#!/usr/bin/env bash
# Bad input never takes a run down: each bad file gets one clear line on
# stderr naming it, the good files still go in, the exit code says
# "partial failure", and the database stays intact.
source "$(dirname "$0")/lib.sh"

in="$TMP/in"; db="$TMP/db"
mkdir -p "$in"
printf 'Title: Good document\nKind: order\n\nThe court granted the motion to dismiss under Rule 12(b)(6).\n' > "$in/good.txt"
printf 'Bad bytes \xff\xfe in the middle of a sentence about jurisdiction.\n' > "$in/invalid-utf8.txt"
printf '{"title": "truncated", "text": "abc' > "$in/truncated.json"
printf '{"foo": 1, "bar": [1, 2, 3]}' > "$in/not-a-document.json"
: > "$in/empty.txt"
head -c 4096 /dev/urandom > "$in/random.bin"
printf '\x00\x01\x02\x03binary\x00\x00' >> "$in/random.bin"
python3 -c 'print("[" * 200000 + "]" * 200000)' > "$in/deep.json"
python3 -c 'print("<html><body>" + "<div>" * 100000 + "deep text" + "</div>" * 100000 + "</body></html>")' > "$in/deep.html"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%%%EOF\n' > "$in/encrypted.pdf"
printf '%%PDF-1.4\n1 0 obj << /Type /Cat' > "$in/truncated.pdf"
# One line of 200 MB: over the default size limit, refused up front without reading it.
python3 -c 'import sys; sys.stdout.write("word " * (40 * 1024 * 1024))' > "$in/huge-line.txt"

out=$(timeout 300 "$LEXINDEX" --db "$db" build "$in" 2>"$TMP/err"); code=$?
err=$(cat "$TMP/err")
echo "$out"; echo "$err"
expect_eq "exit code is 3 (partial failure)" "$code" "3"
expect_match "summary line" "$out" "^added [0-9]+, updated 0, unchanged 0, failed [0-9]+ files"
for f in truncated.json not-a-document.json empty.txt random.bin deep.json encrypted.pdf truncated.pdf huge-line.txt; do
  expect_match "error names $f" "$err" "$f: "
done
expect_eq "one line per failed file" "$(grep -vc warning <<<"$err")" "$(grep -oE 'failed [0-9]+' <<<"$out" | grep -oE '[0-9]+')"
expect_match "truncated JSON error has an offset" "$err" "truncated.json: .*offset"
expect_match "invalid UTF-8 is a warning, not a failure" "$err" "warning: .*invalid-utf8.txt"
expect_ge "good document searchable" "$(hits "$db" 'dismiss /s motion')" 1
expect_ge "invalid-UTF-8 document searchable" "$(hits "$db" jurisdiction)" 1
if xapian_ok "$db"; then pass "xapian-check passes"; else fail "xapian-check fails"; fi

# A second run changes nothing and fails the same files again.
out=$("$LEXINDEX" --db "$db" build "$in" 2>/dev/null)
expect_match "second run skips unchanged files" "$out" "added 0, updated 0, unchanged [1-9]"

# Unusable database paths are fatal (4) with one line.
printf 'not a database' > "$TMP/file"
"$LEXINDEX" --db "$TMP/file" build "$in/good.txt" 2>"$TMP/err2"; code=$?
expect_eq "a file as --db is fatal" "$code" "4"
expect_eq "fatal error is one line" "$(wc -l <"$TMP/err2")" "1"
"$LEXQUERY" --db "$TMP/nothing-here" search x 2>/dev/null; expect_eq "missing database is fatal" "$?" "4"
"$LEXQUERY" --db "$db" search '(unbalanced' 2>"$TMP/err3"; code=$?
expect_eq "query syntax error exits 2" "$code" "2"
expect_match "query syntax error says where" "$(cat "$TMP/err3")" "lexquery: query: "
"$LEXINDEX" --bogus-flag 2>/dev/null; expect_eq "usage error exits 2" "$?" "2"
finish
