#!/usr/bin/env bash
# Accuracy of `lexquery ask` on questions written by hand over
# ../shared/corpus-real (tests/gold/questions/corpus-real.questions.json):
# right@1 and right@3, counted separately for the original questions and for
# their paraphrases (issue 5: ">= 85 % at 3 over the paraphrases").
#
# An answer is right when its text, entity id or value, normalized (lower
# case, letters and digits only), equals or contains one accepted name, and
# one of its evidence texts contains the question's evidence_contains
# (normalized the same way). An accepted name that is a number ("$1,500",
# "30%", "299.00") matches by value instead: the answer's numeric value or any
# number written in its text. "accept_all" questions are right at 3 when every
# name is matched by a right answer within the top 3, and right at 1 when the
# top answer is a right answer for one of the names.
source "$(dirname "$0")/lib.sh"

# The gold is split by document (documents sorted by path; the 1st, 3rd, ...
# form the development half, the 2nd, 4th, ... the held-out half): rules are
# tuned on the development half's misses only, and the held-out half's
# figures say whether they generalize. Both are printed.
# ASK_DB=DIR reuses an index already built from the corpus-real .txt files
# (for development; the test builds its own otherwise).
# ASK_MISSES=dev|held-out|all|blind|blind2|...|blind28 (default all: dev and held-out)
# limits the misses printed; the blind sets' misses print only when asked
# for by name (read them and a set is no longer blind).

# Fail when the paraphrases' accuracy at 3 (percent) falls below this:
# 5 points under the measured figure (88 % after rounds 18 and 19,
# 2026-11-27: development half 91 %, held-out half 84 %; 86.3 % at rounds 7
# and 8, 85 % at round 6, 79 % at round 5, 77 % at round 4, 52 % at round
# 3). Rounds 18 and 19 raised every floor below to 5 points under its set's
# figure then, where that was higher (round 19: blind6 48 % and blind9
# 56 % kept their floors, 3 points under).
# Round 25 (2026-11-28) did the same with its figures: blind 77 %, blind2
# 75 %, blind4 50 %, blind5 55 %, blind7 58 %, blind8 62 %, blind10 56 %,
# blind12 50 %, blind13 47 %, blind14 56 %, blind15 47 %, blind18 48 %,
# blind20 47 %, blind23 33 % (own gold 149/168, 88 %).
MIN_PARAPHRASE_AT3=${MIN_PARAPHRASE_AT3:-83}
# The same for the first blind set (73 % at round 21, 68 % at round 10, 65 % at round 7, 61 % at
# round 6; 51 % at round 5, 48 % at its first measure). Its misses were read at round 6
# (2026-11-26) and rules tuned on them: since then it is a tuning set, not blind.
MIN_BLIND_PARAPHRASE_AT3=${MIN_BLIND_PARAPHRASE_AT3:-72}
# The second blind set, written 2026-11-26 by a helper who never ran the
# system, after round 5's rules were in: 36 % at its first measure, 43 % at
# round 6 before its misses were read; opened late in round 6 and tuned on
# since (48 %; 65 % at round 7, 66 % at round 8, 68 % at round 10), so no
# longer blind.
MIN_BLIND2_PARAPHRASE_AT3=${MIN_BLIND2_PARAPHRASE_AT3:-70}
# The third blind set, written 2026-11-26 (round 6) the same way, before
# round 6's rules were in: 41 % at its first measure (right@1 30 %; its
# original questions 77 % at 3), 43 % after round 6, 44 % after round 7,
# 48 % after round 8, 51 % after rounds 10 to 13, 52 % after rounds 16
# and 17, 54 % after round 18, 55 % after round 19, 58 % after round 24;
# never read.
MIN_BLIND3_PARAPHRASE_AT3=${MIN_BLIND3_PARAPHRASE_AT3:-53}
# The fourth blind set, written 2026-11-26 the same way during round 6 (most
# of its rules were in): 29 % at its first measure (right@1 26 %; its
# original questions 72 % at 3), 37 % after rounds 7 and 8, 38 % after
# round 10, 40 % after rounds 12 and 13, 44 % after round 17; never read.
MIN_BLIND4_PARAPHRASE_AT3=${MIN_BLIND4_PARAPHRASE_AT3:-45}
# The fifth blind set, written 2026-11-26 (round 7) the same way, after most
# of round 7's rules were in: 26 % at its first measure (right@1 19 %; its
# original questions 69 % at 3), the same as round 6's code scores. Opened
# at the start of round 8 (2026-11-26) and tuned on since (36 % after round
# 8, 40 % after round 9, 43 % after round 10, 44 % after round 13, 47 %
# after round 16): no longer blind.
MIN_BLIND5_PARAPHRASE_AT3=${MIN_BLIND5_PARAPHRASE_AT3:-50}
# The sixth blind set, written 2026-11-26 at the start of round 8 the same
# way (round 7's rules in): 25 % at its first measure (right@1 12 %; its
# original questions 50 % at 3), the same after round 8. Opened at the start
# of round 9 (2026-11-26) and tuned on since (40 % after round 9, 47 %
# after round 10, 48 % after round 12, 56 % after round 24): no longer blind.
MIN_BLIND6_PARAPHRASE_AT3=${MIN_BLIND6_PARAPHRASE_AT3:-51}
# The seventh blind set, written 2026-11-26 at the start of round 9 the same
# way (round 8's rules and the docket-entry evidence in): 34 % at its first
# measure (right@1 20 %; its original questions 75 % at 3), 33 % at the
# end of round 9. Opened at the start of round 10 (2026-11-26) and tuned on
# since (48 % after round 10, 50 % after round 11, 55 % after round 21): no
# longer blind.
MIN_BLIND7_PARAPHRASE_AT3=${MIN_BLIND7_PARAPHRASE_AT3:-53}
# The eighth blind set, written 2026-11-26 at the start of round 10 the same
# way (round 9's rules in): 31 % at its first measure (right@1 25 %; its
# original questions 72 % at 3), 37 % after round 10. Opened at the start
# of round 11 (2026-11-26) and tuned on since (47 % after round 11, 54 %
# after round 13): no longer blind.
MIN_BLIND8_PARAPHRASE_AT3=${MIN_BLIND8_PARAPHRASE_AT3:-57}
# The ninth blind set, written 2026-11-26 at the start of round 11 the same
# way (round 10's rules in): 31 % at its first measure (right@1 18 %; its
# original questions 58 % at 3), 37 % after round 11. Opened at the start
# of round 12 (2026-11-26) and tuned on since (47 % after round 12, 48 %
# after round 13): no longer blind.
MIN_BLIND9_PARAPHRASE_AT3=${MIN_BLIND9_PARAPHRASE_AT3:-57}
# The tenth blind set, written 2026-11-26 at the start of round 12 the same
# way (round 11's rules in): 34 % at its first measure (right@1 22 %; its
# original questions 63 % at 3), 37 % after round 12. Opened at the start
# of round 13 (2026-11-26) and tuned on since (52 % after round 13): no
# longer blind.
MIN_BLIND10_PARAPHRASE_AT3=${MIN_BLIND10_PARAPHRASE_AT3:-51}
# The eleventh blind set, written 2026-11-26 at the start of round 13 the
# same way (round 12's rules in, with round 13's first extraction change):
# 20 % at its first measure (right@1 16 %; its original questions 66 % at
# 3), 23 % after round 13. Opened at the start of round 14 (2026-11-27)
# and tuned on since (37 % after round 14, 44 % after round 16, 52 % after
# round 20): no longer blind.
MIN_BLIND11_PARAPHRASE_AT3=${MIN_BLIND11_PARAPHRASE_AT3:-49}
# The twelfth blind set, written 2026-11-27 at the start of round 14 the
# same way (round 13's rules in): 37 % at its first measure (right@1 20 %;
# its original questions 61 % at 3), the same after round 14. Opened at the
# start of round 15 (2026-11-27) and tuned on since (43 % after round 15):
# no longer blind.
MIN_BLIND12_PARAPHRASE_AT3=${MIN_BLIND12_PARAPHRASE_AT3:-45}
# The thirteenth blind set, written 2026-11-27 at the start of round 15 the
# same way (round 14's rules in): 29 % at its first measure (right@1 20 %;
# its original questions 63 % at 3), the same after round 15. Opened at the
# start of round 16 (2026-11-27) and tuned on since (40 % after round 16):
# no longer blind.
MIN_BLIND13_PARAPHRASE_AT3=${MIN_BLIND13_PARAPHRASE_AT3:-42}
# The fourteenth blind set, written 2026-11-27 at the start of round 16 the
# same way (round 15's rules in): 26 % at its first measure (right@1 16 %;
# its original questions 66 % at 3; 27 % scored with round 16's rule for
# gold pieces past their sentence), 30 % after round 16. Opened at the
# start of round 17 (2026-11-27) and tuned on since (43 % after round 17):
# no longer blind.
MIN_BLIND14_PARAPHRASE_AT3=${MIN_BLIND14_PARAPHRASE_AT3:-51}
# The fifteenth blind set, written 2026-11-27 at the start of round 17 the
# same way (round 16's rules in): 25 % at its first measure (right@1 16 %;
# its original questions 63 % at 3), the same after round 17. Opened at the
# start of round 18 (2026-11-27) and tuned on since (41 % after round 18):
# no longer blind.
MIN_BLIND15_PARAPHRASE_AT3=${MIN_BLIND15_PARAPHRASE_AT3:-42}
# The sixteenth blind set, written 2026-11-27 at the start of round 18 the
# same way (round 17's rules in): 22 % at its first measure (right@1 15 %;
# its original questions 69 % at 3), 26 % after round 18. Opened at the
# start of round 19 (2026-11-27) and tuned on since (36 % after round 19):
# no longer blind.
MIN_BLIND16_PARAPHRASE_AT3=${MIN_BLIND16_PARAPHRASE_AT3:-32}
# The seventeenth blind set, written 2026-11-27 at the start of round 19 the
# same way (round 18's rules in): 29 % at its first measure (right@1 23 %;
# its original questions 75 % at 3), 31 % after round 19. Opened at the
# start of round 20 (2026-11-27) and tuned on since (36 % after round 20,
# its original questions 86 %; 37 % after round 21; 40 % after round 24):
# no longer blind.
MIN_BLIND17_PARAPHRASE_AT3=${MIN_BLIND17_PARAPHRASE_AT3:-35}
# The eighteenth blind set, written 2026-11-27 at the start of round 20 the
# same way (round 19's rules in): 29 % at its first measure (right@1 18 %;
# its original questions 75 % at 3), the same after round 20. Opened at the
# start of round 21 (2026-11-27) and tuned on since (40 % after round 21,
# its original questions 80 %; 43 % after round 22): no longer blind.
MIN_BLIND18_PARAPHRASE_AT3=${MIN_BLIND18_PARAPHRASE_AT3:-43}
# The nineteenth blind set, written 2026-11-27 at the start of round 21 the
# same way (round 20's rules in): 23 % at its first measure (right@1 16 %;
# its original questions 58 % at 3), the same after round 21. Opened at the
# start of round 22 (2026-11-28) and tuned on since (30 % after round 22,
# its original questions 77 %; 34 % after round 24): no longer blind.
MIN_BLIND19_PARAPHRASE_AT3=${MIN_BLIND19_PARAPHRASE_AT3:-29}
# The twentieth blind set, written 2026-11-27 during round 21 the same way,
# first measured with round 20's rules: 27 % (right@1 19 %; its original
# questions 50 % at 3), the same after rounds 21 and 22. Opened at the start
# of round 23 (2026-11-28) and tuned on since (36 % after round 23, 38 %
# after round 24, 50 % after round 27): no longer blind.
MIN_BLIND20_PARAPHRASE_AT3=${MIN_BLIND20_PARAPHRASE_AT3:-45}
# The twenty-first blind set, written 2026-11-27 at the end of round 21 the
# same way, first measured with round 21's rules (as at the start of round
# 22): 36 % (right@1 22 %; its original questions 55 % at 3), 34 % after
# round 22 (right@1 25 %); opened at round 27 (2026-11-29) and tuned on
# (36 % -> 48 %): no longer blind.
MIN_BLIND21_PARAPHRASE_AT3=${MIN_BLIND21_PARAPHRASE_AT3:-43}
# The twenty-second blind set, written 2026-11-28 during round 22 the same
# way, first measured with round 22's final rules (as at the start of round
# 23): 31 % (right@1 13 %; its original questions 66 % at 3), the same up
# to round 27; opened at round 28 (2026-11-29) and tuned on (31 % -> 38 %,
# its original questions 66 % -> 94 %): no longer blind.
MIN_BLIND22_PARAPHRASE_AT3=${MIN_BLIND22_PARAPHRASE_AT3:-33}
# The twenty-third blind set, written 2026-11-28 during round 23 the same
# way, first measured with round 23's final rules (as at the start of round
# 24): 31 % (right@1 23 %; its original questions 63 % at 3), 33 % after
# round 24 (right@1 25 %). Opened at round 29 (2026-11-29) and tuned on
# since (41 %, its original questions 83 %): no longer blind.
MIN_BLIND23_PARAPHRASE_AT3=${MIN_BLIND23_PARAPHRASE_AT3:-36}
# The twenty-fourth blind set, written 2026-11-28 during round 24 the same
# way, first measured with round 24's final rules (as at the start of round
# 25): 31 % (right@1 26 %; its original questions 66 % at 3); never read.
MIN_BLIND24_PARAPHRASE_AT3=${MIN_BLIND24_PARAPHRASE_AT3:-26}
# The twenty-fifth blind set, written 2026-11-28 during round 25 the same
# way, first measured with round 25's final rules (as at the start of round
# 26): 23 % (right@1 15 %; its original questions 55 % at 3); never read.
MIN_BLIND25_PARAPHRASE_AT3=${MIN_BLIND25_PARAPHRASE_AT3:-18}
# The twenty-sixth blind set, written 2026-11-29 during round 27 the same
# way (its paraphrases shorter, as a researcher would type them), first
# measured with round 27's final rules: 55 % (right@1 44 %; its original
# questions 63 % at 3); never read.
MIN_BLIND26_PARAPHRASE_AT3=${MIN_BLIND26_PARAPHRASE_AT3:-50}
# The twenty-seventh blind set, written 2026-11-29 at the start of round 28
# the same way, over the last seven unused documents (long opinions), first
# measured with round 27's final rules: 45 % (right@1 35 %; its original
# questions 71 % at 3); never read.
MIN_BLIND27_PARAPHRASE_AT3=${MIN_BLIND27_PARAPHRASE_AT3:-40}
# The twenty-eighth blind set, written 2026-11-29 at the start of round 29
# the same way, with new questions over ten documents only the never-read
# sets use (every document of 1,500 characters or more is used); measured
# first with round 29's final rules: 48 % (right@1 30 %; its original
# questions 65 % at 3); never read.
MIN_BLIND28_PARAPHRASE_AT3=${MIN_BLIND28_PARAPHRASE_AT3:-43}

real="$SHARED_DIR/corpus-real"
gold="$SOURCE_DIR/tests/gold/questions/corpus-real.questions.json"
# Written without running the system (tests/gold/questions/README.md); the
# first two were opened at round 6, the fifth at round 8, the sixth at round
# 9, the seventh at round 10, the eighth at round 11, the ninth at round
# 12, the tenth at round 13, the eleventh at round 14, the twelfth at round
# 15, the thirteenth at round 16, the fourteenth at round 17, the fifteenth
# at round 18, the sixteenth at round 19, the seventeenth at round 20, the
# eighteenth at round 21, the nineteenth at round 22, the twentieth at
# round 23, the twenty-first at round 27, the twenty-second at round 28, the
# twenty-third at round 29
# (see above); no rule was tuned on the others.
# Each set's figures are printed apart ("blind" ... "blind28").
blind_sets=(blind $(seq -f 'blind%g' 2 28))
blind="$SOURCE_DIR/tests/gold/questions/corpus-real-blind.questions.json"
blind2="$SOURCE_DIR/tests/gold/questions/corpus-real-blind2.questions.json"
blind3="$SOURCE_DIR/tests/gold/questions/corpus-real-blind3.questions.json"
blind4="$SOURCE_DIR/tests/gold/questions/corpus-real-blind4.questions.json"
blind5="$SOURCE_DIR/tests/gold/questions/corpus-real-blind5.questions.json"
blind6="$SOURCE_DIR/tests/gold/questions/corpus-real-blind6.questions.json"
blind7="$SOURCE_DIR/tests/gold/questions/corpus-real-blind7.questions.json"
blind8="$SOURCE_DIR/tests/gold/questions/corpus-real-blind8.questions.json"
blind9="$SOURCE_DIR/tests/gold/questions/corpus-real-blind9.questions.json"
blind10="$SOURCE_DIR/tests/gold/questions/corpus-real-blind10.questions.json"
blind11="$SOURCE_DIR/tests/gold/questions/corpus-real-blind11.questions.json"
blind12="$SOURCE_DIR/tests/gold/questions/corpus-real-blind12.questions.json"
blind13="$SOURCE_DIR/tests/gold/questions/corpus-real-blind13.questions.json"
blind14="$SOURCE_DIR/tests/gold/questions/corpus-real-blind14.questions.json"
blind15="$SOURCE_DIR/tests/gold/questions/corpus-real-blind15.questions.json"
blind16="$SOURCE_DIR/tests/gold/questions/corpus-real-blind16.questions.json"
blind17="$SOURCE_DIR/tests/gold/questions/corpus-real-blind17.questions.json"
blind18="$SOURCE_DIR/tests/gold/questions/corpus-real-blind18.questions.json"
blind19="$SOURCE_DIR/tests/gold/questions/corpus-real-blind19.questions.json"
blind20="$SOURCE_DIR/tests/gold/questions/corpus-real-blind20.questions.json"
blind21="$SOURCE_DIR/tests/gold/questions/corpus-real-blind21.questions.json"
blind22="$SOURCE_DIR/tests/gold/questions/corpus-real-blind22.questions.json"
blind23="$SOURCE_DIR/tests/gold/questions/corpus-real-blind23.questions.json"
blind24="$SOURCE_DIR/tests/gold/questions/corpus-real-blind24.questions.json"
blind25="$SOURCE_DIR/tests/gold/questions/corpus-real-blind25.questions.json"
blind26="$SOURCE_DIR/tests/gold/questions/corpus-real-blind26.questions.json"
blind27="$SOURCE_DIR/tests/gold/questions/corpus-real-blind27.questions.json"
blind28="$SOURCE_DIR/tests/gold/questions/corpus-real-blind28.questions.json"
if [ ! -d "$real" ]; then echo "SKIP: $real not present"; exit 0; fi
if ! command -v jq >/dev/null; then fail "jq is needed (scripts/setup installs it)"; finish; fi
if ! "$LEXQUERY" --help 2>/dev/null | grep -qE '^ +ask'; then
  echo "SKIP: $LEXQUERY has no ask command yet"; exit 0
fi

# Scores one `lexquery ask --json` output (its input) against one gold form
# ($item: {accept | accept_all, evidence}); prints {"at1", "at3", "top"}.
read -r -d '' SCORE_JQ <<'JQ'
def norm: ascii_downcase | explode
  | map(select((. >= 48 and . <= 57) or (. >= 97 and . <= 122))) | implode;
# The number an accepted name writes ("$1,500" -> 1500), or null.
def as_number: gsub("[$,% ]"; "") | if test("^[0-9]+([.][0-9]+)?$") then tonumber else null end;
# Every number written in a string ("1,500 and 30" -> [1500, 30]).
def numbers_in: gsub(","; "") | [scan("[0-9]+(?:[.][0-9]+)?") | tonumber];
def names_match($name):
  ($name | as_number) as $number
  | if $number != null then
      ((.value | type) == "number" and .value == $number)
      or ([(.text // ""), (.value | strings)] | map(numbers_in) | add | index([$number]) != null)
    else
      ($name | norm) as $key
      | $key != "" and any((.text // ""), (.entity // ""), (.value // "" | tostring); norm | contains($key))
    end;
# The evidence must come from the gold document and hold the gold piece of
# its sentence: a piece several sentences share ("sentenc") then counts only
# in the document the question is about. A gold piece running past its
# sentence's end ("LYNCH, Chief Judge. This case concerns", written so to be
# unique in the corpus) is held by the sentence it opens with, when that
# sentence says something (12 letters or more).
def evidence_ok: ($item.evidence | norm) as $key
  | any(.evidence[]?; ("/" + (.doc // "") | endswith("/" + $item.document))
                      and ((.text // "") | norm | . as $said
                           | contains($key) or (($said | length) >= 12 and ($key | startswith($said)))));
def right($name): names_match($name) and evidence_ok;
(.answers // [])[:3] as $top
| ($item.accept // $item.accept_all) as $names
| {
    at1: ($top[:1] | any(.[]; . as $a | any($names[]; . as $n | $a | right($n)))),
    at3: (if $item.accept_all
          then all($names[]; . as $n | any($top[]; right($n)))
          else any($top[]; . as $a | any($names[]; . as $n | $a | right($n))) end),
    top: [$top[] | .text]
  }
JQ

db="${ASK_DB:-}"
if [ -z "$db" ]; then
db="$TMP/db"
# Only the .txt files: the published originals (.orig.json/.html/.pdf/.xml)
# would put the same text in the index twice. Copies (in $TMP, removed on
# exit), not links: a link's document id would follow its target's path.
mkdir -p "$TMP/corpus-real"
(cd "$real" && find . -name '*.txt' -type f -exec cp --parents {} "$TMP/corpus-real/" \;)
if ! "$LEXINDEX" --db "$db" build "$TMP/corpus-real" >"$TMP/build.out" 2>&1; then
  cat "$TMP/build.out"; fail "building the index of corpus-real"; finish
fi
fi

# One line per form to ask: id, form (q, p1, p2), answer type, question, item, half.
# The item is base64: @tsv would escape a backslash in its JSON ("\"CPC\"" in an
# evidence string) and the JSON read back would no longer parse.
jq -c '([.questions[].document] | unique) as $docs
  | .questions[] as $q
  | (if ($docs | index($q.document)) % 2 == 0 then "dev" else "held-out" end) as $half
  | ([$q.q] + $q.paraphrases) | to_entries[]
  | [$q.id, (if .key == 0 then "q" else "p\(.key)" end), $q.answer_type, .value,
     ({accept: $q.accept, accept_all: $q.accept_all, evidence: $q.evidence_contains, document: $q.document} | tojson | @base64), $half]
  | @tsv' -r "$gold" >"$TMP/forms.tsv"
expect_ge "gold questions read" "$(grep -c $'\tq\t' "$TMP/forms.tsv")" 40
for set in "${blind_sets[@]}"; do
  file=${!set}
  [ -f "$file" ] || continue
  jq -c --arg set "$set" '.questions[] as $q
    | ([$q.q] + $q.paraphrases) | to_entries[]
    | [$q.id, (if .key == 0 then "q" else "p\(.key)" end), $q.answer_type, .value,
       ({accept: $q.accept, accept_all: $q.accept_all, evidence: $q.evidence_contains, document: $q.document} | tojson | @base64), $set]
    | @tsv' -r "$file" >>"$TMP/forms.tsv"
done

# Every form asked first: the forms split into as many shards as there are
# cores, each shard one `lexquery ask --questions` run (the graph loaded once
# a shard, not once a form: some three thousand fresh processes took most of
# the suite's time; tests/e2e/ask_seed_test.sh and the latency benchmark
# still run one process a question, as a researcher does). Each run prints
# one answer line a form, in order.
cut -f4 "$TMP/forms.tsv" >"$TMP/questions.txt"
forms=$(wc -l <"$TMP/questions.txt")
shards=$(nproc 2>/dev/null || echo 2)
split -n "l/$shards" -d -a 3 "$TMP/questions.txt" "$TMP/shard."
for shard in "$TMP"/shard.[0-9][0-9][0-9]; do
  "$LEXQUERY" ask --db "$db" --json --top 3 --questions "$shard" >"$shard.jsonl" 2>"$shard.err" &
done
wait
cat "$TMP"/shard.[0-9][0-9][0-9].jsonl >"$TMP/answers.jsonl"
answered=$(wc -l <"$TMP/answers.jsonl")
if [ "$answered" -ne "$forms" ]; then
  cat "$TMP"/shard.*.err >&2
  fail "lexquery ask --questions answered $answered of $forms forms"; finish
fi

# Every form scored in one jq run: its item (base64, column 5) beside its
# answer line; out come at1, at3 and the top answers, tab-separated.
paste <(cut -f5 "$TMP/forms.tsv") "$TMP/answers.jsonl" |
  jq -R -r "split(\"\t\") | (.[0] | @base64d | fromjson) as \$item | (.[1] | fromjson) | $SCORE_JQ"' | [.at1, .at3, (.top | join(" | "))] | @tsv' \
  >"$TMP/scores.tsv" 2>"$TMP/scores.err"
if [ "$(wc -l <"$TMP/scores.tsv")" -ne "$forms" ]; then
  cat "$TMP/scores.err" >&2; fail "scoring the answers"; finish
fi

declare -A n at1 at3 type_n type_at3
while IFS=$'\t' read -r id form type question item half && IFS=$'\t' read -r right1 right3 top <&3; do
  if [ "$form" = q ]; then kind=questions; else kind=paraphrases; fi
  hk="$half.$kind"
  # The overall figures (and by type) are the tuned gold's, dev and
  # held-out; each blind set's are its own line only.
  if [[ "$half" == blind* ]]; then tuned=false; else tuned=true; fi
  $tuned && n[$kind]=$(( ${n[$kind]:-0} + 1 ))
  n[$hk]=$(( ${n[$hk]:-0} + 1 ))
  $tuned && type_n[$type.$kind]=$(( ${type_n[$type.$kind]:-0} + 1 ))
  if [ "$right1" = true ]; then
    $tuned && at1[$kind]=$(( ${at1[$kind]:-0} + 1 ))
    at1[$hk]=$(( ${at1[$hk]:-0} + 1 ))
  fi
  if [ "$right3" = true ]; then
    $tuned && at3[$kind]=$(( ${at3[$kind]:-0} + 1 ))
    at3[$hk]=$(( ${at3[$hk]:-0} + 1 ))
    $tuned && type_at3[$type.$kind]=$(( ${type_at3[$type.$kind]:-0} + 1 ))
  elif { [ "${ASK_MISSES:-all}" = all ] && $tuned; } || [ "${ASK_MISSES:-all}" = "$half" ]; then
    echo "miss@3 [$half $id $form] $question -> ${top:-(no answer)}"
  fi
done <"$TMP/forms.tsv" 3<"$TMP/scores.tsv"

percent() { echo $(( 100 * ${1:-0} / ($2 > 0 ? $2 : 1) )); }
echo
echo "by answer type (right@3, questions / paraphrases):"
for type in $(cut -f3 "$TMP/forms.tsv" | sort -u); do
  printf '  %-13s %s/%s  %s/%s\n' "$type" "${type_at3[$type.questions]:-0}" "${type_n[$type.questions]:-0}" \
    "${type_at3[$type.paraphrases]:-0}" "${type_n[$type.paraphrases]:-0}"
done
for half in dev held-out "${blind_sets[@]}"; do
  for kind in questions paraphrases; do
    k="$half.$kind"; total=${n[$k]:-0}
    [ "$total" -gt 0 ] || continue
    echo "$half $kind: $total asked; right@1 ${at1[$k]:-0} ($(percent "${at1[$k]:-0}" "$total") %)," \
         "right@3 ${at3[$k]:-0} ($(percent "${at3[$k]:-0}" "$total") %)"
  done
done
for kind in questions paraphrases; do
  total=${n[$kind]:-0}
  echo "$kind: $total asked; right@1 ${at1[$kind]:-0} ($(percent "${at1[$kind]:-0}" "$total") %)," \
       "right@3 ${at3[$kind]:-0} ($(percent "${at3[$kind]:-0}" "$total") %)"
done
expect_ge "paraphrase accuracy@3 (%)" "$(percent "${at3[paraphrases]:-0}" "${n[paraphrases]:-0}")" "$MIN_PARAPHRASE_AT3"
# Each question set written blind against its own floor (MIN_BLIND_..., MIN_BLIND2_..., ...).
for set in "${blind_sets[@]}"; do
  k="$set.paraphrases"
  [ "${n[$k]:-0}" -gt 0 ] || continue
  floor_var="MIN_${set^^}_PARAPHRASE_AT3"
  expect_ge "$set paraphrase accuracy@3 (%)" "$(percent "${at3[$k]:-0}" "${n[$k]:-0}")" "${!floor_var}"
done
finish
