#!/usr/bin/env bash
# The graph commands of lexquery on the sample corpus: entity, cites,
# related, path, top and export, each in text and --json (held to its
# schema), checked against what the corpus files say.
source "$(dirname "$0")/lib.sh"
corpus="$SOURCE_DIR/corpus"
schemas="$SOURCE_DIR/schemas"
db="$TMP/db"
"$LEXINDEX" --db "$db" build "$corpus" >/dev/null 2>"$TMP/err" || { cat "$TMP/err"; fail "sample corpus builds"; finish; }
q() { "$LEXQUERY" --db "$db" "$@"; }
# valid SCHEMA WHAT: stdin validates against schemas/SCHEMA
valid() { "$VALIDATE_JSON" "$schemas/$1" >/dev/null; expect_eq "$2 matches $1" "$?" "0"; }
# Paths relative to the corpus folder, whichever way the index stored them.
relative() { sed -E "s|^.*/corpus/||; s|^corpus/||" | sort -u; }

# --- entity
out=$(q entity ICE); code=$?
expect_eq "entity ICE exits 0" "$code" "0"
expect_match "entity ICE: name" "$out" "^Immigration and Customs Enforcement"
expect_match "entity ICE: part_of DHS" "$(grep -A1 '^  part_of →' <<<"$out")" "Department of Homeland Security \(agency:dhs\)"
expect_match "entity ICE: evidence quoted" "$out" "^      “.*ICE.*”$"
q entity ICE --json > "$TMP/entity.json"; valid entity.schema.json "entity --json" < "$TMP/entity.json"
expect_eq "entity --json: part_of agency:dhs" \
  "$(jq -r '[.entities[0].relations[] | select(.predicate=="part_of" and .direction=="out") | .links[].other.id] | index("agency:dhs") != null' "$TMP/entity.json")" "true"
expect_eq "entity --json: every fact has its sentence" \
  "$(jq '[.entities[0].relations[].links[].facts[] | select(.evidence.text == "")] | length' "$TMP/entity.json")" "0"
# The documents that mention ICE are the files that name it.
want=$(grep -rlE '\bICE\b|Immigration and Customs Enforcement' "$corpus" --exclude='*.pdf' | relative)
got=$(q entity agency:ice --json --limit 0 | jq -r '.entities[0].mentioned_in[].document.path' | relative)
expect_eq "entity ICE: mentioning documents = files naming ICE" "$got" "$want"
counts=$(jq -r '.entities[0].mentioned_in[].count' "$TMP/entity.json")
expect_eq "entity: documents most mentions first" "$counts" "$(sort -rn <<<"$counts")"
q entity "no such entity anywhere" >/dev/null; expect_eq "entity: unknown name exits 1" "$?" "1"
q entity Department --json | valid entity.schema.json "entity --json (ambiguous)"

# --- cites
q cites "IRC 6103" --json --limit 0 > "$TMP/cites.json"; expect_eq "cites exits 0" "$?" "0"
valid citator.schema.json "cites --json" < "$TMP/cites.json"
expect_eq "cites IRC 6103: target" "$(jq -r .target.id "$TMP/cites.json")" "statute:usc/26/6103"
want=$(grep -rlE '6103' "$corpus" --exclude='*.pdf' | relative)
got=$(jq -r '.documents[].path' "$TMP/cites.json" | grep -v '\.pdf$' | relative)
expect_eq "cites IRC 6103: the corpus files citing § 6103" "$got" "$want"
a=$(jq -c '[.documents[].id]' "$TMP/cites.json")
b=$(q cites "26 U.S.C. § 6103" --json --limit 0 | jq -c '[.documents[].id]')
expect_eq "cites: IRC 6103 = 26 U.S.C. § 6103" "$a" "$b"
levels=$(jq -r '.documents[].court_level | {"supreme":3,"appellate":2,"other":1,"unknown":0}[.]' "$TMP/cites.json")
expect_eq "cites: higher courts first" "$levels" "$(sort -rn <<<"$levels")"
expect_ge "cites: some document treats § 6103 beyond citing it" \
  "$(jq '[.documents[].treatments[] | select(.predicate != "cites")] | length' "$TMP/cites.json")" 1
out=$(q cites "IRC 6103")
expect_match "cites text: header" "$out" "^Citator: 26 U.S.C. § 6103 \(statute:usc/26/6103\)"
expect_match "cites text: evidence quoted" "$out" "“.*6103.*”"
expect_match "cites Chevron: the Ninth Circuit opinion" "$(q cites Chevron --json | jq -r '.documents[].path')" "pacific-longline"
q cites "no such statute" --json | valid citator.schema.json "cites --json (nothing)"
q cites "no such statute" >/dev/null 2>&1; expect_eq "cites: unknown exits 1" "$?" "1"

# --- related
q related IRS --json > "$TMP/related.json"; valid related.schema.json "related --json" < "$TMP/related.json"
expect_match "related IRS: discloses_to ICE" \
  "$(jq -r '.entities[0].groups[] | select(.predicate=="discloses_to" and .direction=="out") | .neighbours[].entity.id' "$TMP/related.json")" "^agency:ice$"
types=$(q related IRS --type statute --json | jq -r '[.entities[].groups[].neighbours[].entity.type] | unique | join(",")')
expect_eq "related --type statute keeps statutes only" "$types" "statute"
expect_match "related text" "$(q related IRS)" "^discloses_to →"

# --- path
q path IRS ICE --json > "$TMP/path.json"; expect_eq "path exits 0" "$?" "0"
valid path.schema.json "path --json" < "$TMP/path.json"
expect_eq "path IRS ICE: one stated fact" "$(jq -r '[.steps[].kind] | join(",")' "$TMP/path.json")" "relation"
expect_match "path IRS ICE: in words" "$(jq -r '.steps[0].words' "$TMP/path.json")" "^Internal Revenue Service —[a-z_]+→ Immigration and Customs Enforcement$"
expect_match "path text: the sentence" "$(q path IRS ICE)" "“.*”"
q path "Kollar-Kotelly" "Loper Bright" --json | valid path.schema.json "path --json (longer)"
steps=$(q path "Kollar-Kotelly" "Loper Bright" --json | jq '[.steps[] | select(.evidence == null)] | length')
expect_eq "path: every step has evidence" "$steps" "0"
q path IRS zzzzzz >/dev/null 2>&1; expect_eq "path: unknown end exits 1" "$?" "1"

# --- top
for t in statute case agency judge; do
  q top --type "$t" --limit 5 --json > "$TMP/top.json"; valid top.schema.json "top --type $t --json" < "$TMP/top.json"
  r=$(jq -r '.ranking[].pagerank' "$TMP/top.json")
  expect_eq "top $t: highest PageRank first" "$r" "$(sort -gr <<<"$r")"
  expect_eq "top $t: only ${t}s" "$(jq -r '[.ranking[].entity.type] | unique | join(",")' "$TMP/top.json")" "$t"
done
expect_match "top statute: § 6103 among the first five" "$(q top --type statute --limit 5 --json | jq -r '.ranking[].entity.id')" "^statute:usc/26/6103$"
expect_match "top text: both figures" "$(q top --type case)" "pagerank +citing +mentioning"

# --- export
q export --format graphml --output "$TMP/g.graphml" 2>/dev/null; expect_eq "export graphml exits 0" "$?" "0"
python3 - "$TMP/g.graphml" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.findall("g:key", ns)}
nodes = {n.get("id") for n in root.iter("{%s}node" % ns["g"])}
edges = list(root.iter("{%s}edge" % ns["g"]))
assert len(nodes) > 20 and len(edges) > 20, (len(nodes), len(edges))
assert all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
used = {d.get("key") for d in root.iter("{%s}data" % ns["g"])}
assert used <= keys, used - keys
PY
expect_eq "export graphml: well-formed, keys declared, edges between nodes" "$?" "0"
q export --format dot > "$TMP/g.dot" 2>/dev/null
if command -v dot >/dev/null; then
  dot -Tsvg "$TMP/g.dot" -o "$TMP/g.svg"; expect_eq "export dot: Graphviz renders it" "$?" "0"
  q export --svg --around ICE --depth 2 --output "$TMP/ice.svg" 2>/dev/null; expect_eq "export --svg exits 0" "$?" "0"
  expect_match "export --svg writes SVG" "$(head -c 2000 "$TMP/ice.svg")" "<svg"
else
  echo "skip: graphviz dot not installed"
fi
PATH=/nonexistent "$LEXQUERY" --db "$db" export --svg >/dev/null 2>"$TMP/err"; code=$?
expect_eq "export --svg without dot: fatal" "$code" "4"
expect_match "export --svg without dot: says why" "$(cat "$TMP/err")" "graphviz"
q export --format csv --output "$TMP/neo4j" --mentions 2>/dev/null; expect_eq "export csv exits 0" "$?" "0"
python3 - "$TMP/neo4j" <<'PY'
import csv, sys
nodes = list(csv.reader(open(sys.argv[1] + "/nodes.csv", encoding="utf-8")))
rels = list(csv.reader(open(sys.argv[1] + "/relationships.csv", encoding="utf-8")))
assert nodes[0][:1] == ["id:ID"] and ":LABEL" in nodes[0], nodes[0]
assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"], rels[0]
ids = {r[0] for r in nodes[1:]}
assert len(ids) == len(nodes) - 1, "node ids unique"
assert all(len(r) == len(nodes[0]) for r in nodes) and all(len(r) == len(rels[0]) for r in rels)
assert all(r[0] in ids and r[1] in ids for r in rels[1:])
assert any(r[2] == "MENTIONS" for r in rels[1:])
PY
expect_eq "export csv: Neo4j headers, every relationship between nodes" "$?" "0"
q export --format csv >/dev/null 2>&1; expect_eq "export csv without --output: usage" "$?" "2"
q export --format json > "$TMP/g.jsonl" 2>/dev/null
bad=0; while IFS= read -r line; do "$VALIDATE_JSON" "$schemas/graph-export.schema.json" <<<"$line" >/dev/null || bad=$((bad + 1)); done < "$TMP/g.jsonl"
expect_eq "export json: every line matches graph-export.schema.json" "$bad" "0"
expect_eq "export json: no mentions edges without --mentions" "$(jq -s '[.[] | select(.predicate == "mentions")] | length' "$TMP/g.jsonl")" "0"
around=$(q export --format json --around ICE --depth 1 2>/dev/null | jq -r 'select(.kind=="vertex") | .id')
expect_match "export --around ICE: DHS is one edge away" "$around" "^agency:dhs$"
only=$(q export --format json --type agency 2>/dev/null | jq -r 'select(.kind=="vertex") | .type' | sort -u)
expect_eq "export --type agency: agencies only" "$only" "agency"

for c in entity cites related path top export; do
  "$LEXQUERY" "$c" --help >/dev/null 2>&1; expect_eq "lexquery $c --help" "$?" "0"
done
finish
