#pragma once
// Scores extracted relations against a gold file of tests/gold/relations/
// (the shape is described in tests/gold/relations/README.md):
//  - a gold fact and an extracted relation match when the predicates are
//    equal, the negated flags agree, the subject and the object match, and
//    the relation's sentence contains the fact's evidence_contains;
//  - a side matches when one of the gold names equals, lower-cased and
//    without punctuation or spaces, the extracted entity's name or one of
//    its aliases or its id (an order entity also answers to its kind:
//    "preliminary injunction"), or when the gold says "document" and the relation's side
//    is the document node; a gold side left out or null accepts any side;
//  - matching is one to one (maximum bipartite matching): a gold fact is
//    found at most once, so a fact extracted twice costs one false positive;
//  - only relations whose predicate belongs to a family the file lists are
//    counted as false positives: a file that annotates orders says nothing
//    about roles. Predicates no gold file annotates (`cites`, scored by the
//    citator eval; `part_of`, a gazetteer fact) never count, nor do
//    relations marked alleged (the gold files annotate facts, not claims).

#include <rapidjson/document.h>

#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/entity.h"

namespace lexgraph::relation_scoring {

// Predicates the gold does not annotate: cites and part_of by convention
// (tests/gold/relations/README.md); decided_below and dissents because they
// came after the gold was written (2026-11-25) — until it is extended, they
// are neither rewarded nor counted against.
inline const std::set<std::string>& unannotated_predicates() {
  static const std::set<std::string> kPredicates{"cites", "part_of", "decided_below", "dissents"};
  return kPredicates;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

struct Score {
  std::map<std::string, Counts> by_family;
  std::vector<std::string> missed;    // gold facts not found
  std::vector<std::string> spurious;  // extracted relations matching no gold fact
  Counts total() const {
    Counts t;
    for (const auto& [family, c] : by_family) t += c;
    return t;
  }
  Score& operator+=(const Score& o) {
    for (const auto& [family, c] : o.by_family) by_family[family] += c;
    missed.insert(missed.end(), o.missed.begin(), o.missed.end());
    spurious.insert(spurious.end(), o.spurious.begin(), o.spurious.end());
    return *this;
  }
};

// One side of a gold fact.
struct GoldSide {
  bool any = false;       // left out or null: every side matches
  bool document = false;  // "document" (alone, or among the names)
  std::set<std::string> names;  // squashed
};

struct GoldFact {
  GoldSide subject;
  std::string predicate;
  GoldSide object;
  bool negated = false;
  std::string evidence;  // "" when the fact is stated by the document as a whole
  std::string label;     // for messages
};

struct GoldFile {
  std::string document;               // path relative to corpus-real
  std::set<std::string> families;     // annotated exhaustively
  std::vector<GoldFact> facts;
  std::string error;                  // "" when well formed
};

// Letters and digits only, lower-cased: punctuation, spacing, "§" and the
// typographic punctuation of U+2000-U+206F (curly quotes, dashes) ignored.
inline std::string squash(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA7) {  // §
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0x80) {
      i += 2;
    } else if (std::isalnum(c) || c >= 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
    }
  }
  return out;
}

// Runs of white space become one space, so that evidence written on one
// line matches a sentence the layout broke or padded.
inline std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

inline bool read_text(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return true;
}

// predicate -> family, from schemas/predicates.json.
inline std::map<std::string, std::string> load_predicate_families(const std::string& path) {
  std::map<std::string, std::string> families;
  std::string text;
  rapidjson::Document d;
  if (!read_text(path, text) || d.Parse(text.c_str()).HasParseError() || !d.IsObject() ||
      !d.HasMember("predicates") || !d["predicates"].IsArray()) {
    return families;
  }
  for (const auto& p : d["predicates"].GetArray()) {
    if (p.IsObject() && p.HasMember("name") && p["name"].IsString() && p.HasMember("family") &&
        p["family"].IsString()) {
      families[p["name"].GetString()] = p["family"].GetString();
    }
  }
  return families;
}

inline bool read_side(const rapidjson::Value& fact, const char* key, GoldSide& side, std::string& label) {
  if (!fact.HasMember(key) || fact[key].IsNull()) {
    side.any = true;
    label = "*";
    return true;
  }
  const rapidjson::Value& v = fact[key];
  if (v.IsString() && std::string_view(v.GetString()) == "document") {
    side.document = true;
    label = "document";
    return true;
  }
  if (!v.IsArray() || v.Empty()) return false;
  for (const auto& n : v.GetArray()) {
    if (!n.IsString()) return false;
    if (std::string_view(n.GetString()) == "document") {
      side.document = true;
    } else {
      side.names.insert(squash(n.GetString()));
    }
    if (label.empty()) label = n.GetString();
  }
  return true;
}

inline GoldFile parse_gold(const std::string& json) {
  GoldFile g;
  rapidjson::Document d;
  if (d.Parse(json.c_str()).HasParseError() || !d.IsObject()) {
    g.error = "not a JSON object";
    return g;
  }
  if (!d.HasMember("document") || !d["document"].IsString()) g.error = "no \"document\"";
  if (!d.HasMember("families") || !d["families"].IsArray()) g.error = "no \"families\"";
  if (!d.HasMember("facts") || !d["facts"].IsArray()) g.error = "no \"facts\"";
  if (!g.error.empty()) return g;
  g.document = d["document"].GetString();
  for (const auto& f : d["families"].GetArray()) {
    if (f.IsString()) g.families.insert(f.GetString());
  }
  for (const auto& f : d["facts"].GetArray()) {
    GoldFact fact;
    std::string subject_label, object_label;
    if (!f.IsObject() || !f.HasMember("predicate") || !f["predicate"].IsString() ||
        !read_side(f, "subject", fact.subject, subject_label) || !read_side(f, "object", fact.object, object_label)) {
      g.error = "malformed fact #" + std::to_string(g.facts.size());
      return g;
    }
    fact.predicate = f["predicate"].GetString();
    if (f.HasMember("evidence_contains") && f["evidence_contains"].IsString()) {
      fact.evidence = collapse_space(f["evidence_contains"].GetString());
    }
    if (f.HasMember("qualifiers") && f["qualifiers"].IsObject()) {
      const auto& q = f["qualifiers"];
      fact.negated = q.HasMember("negated") && q["negated"].IsBool() && q["negated"].GetBool();
    }
    fact.label = subject_label + " " + (fact.negated ? "NOT " : "") + fact.predicate + " " + object_label +
                 (fact.evidence.empty() ? "" : " [" + fact.evidence + "]");
    g.facts.push_back(std::move(fact));
  }
  return g;
}

inline bool flag(const Attrs& attrs, const char* key) {
  auto it = attrs.find(key);
  if (it == attrs.end()) return false;
  if (const bool* b = std::get_if<bool>(&it->second)) return *b;
  if (const std::string* s = std::get_if<std::string>(&it->second)) return *s == "true";
  if (const double* d = std::get_if<double>(&it->second)) return *d != 0;
  return false;
}

// What the extraction knows about one document: its entities by id, its
// document node, and the text its relations' sentences come from.
struct ExtractionView {
  const Extraction& extraction;
  std::string document_node;        // "doc:<id>"
  std::function<std::string(const Relation&)> sentence_of;  // the evidence sentence's text
};

inline bool side_matches(const GoldSide& side, const std::string& id, const ExtractionView& x) {
  if (side.any) return true;
  if (id.empty()) return false;
  if (id == x.document_node || (id.rfind("doc:", 0) == 0)) return side.document;
  // A gold name may be the canonical id itself ("court:cadc"): a relation
  // may name an entity the document never spells out (its own court, known
  // from the metadata).
  if (side.names.count(squash(id))) return true;
  for (const Entity& e : x.extraction.entities) {
    if (e.id != id) continue;
    if (side.names.count(squash(e.name))) return true;
    for (const auto& a : e.aliases) {
      if (side.names.count(squash(a))) return true;
    }
    auto kind = e.attrs.find("kind");
    if (e.type == "order" && kind != e.attrs.end()) {
      const std::string* k = std::get_if<std::string>(&kind->second);
      if (k && side.names.count(squash(*k))) return true;
    }
    return false;
  }
  return false;
}

inline bool fact_matches(const GoldFact& g, const Relation& r, const std::string& sentence, const ExtractionView& x) {
  if (g.predicate != r.predicate || g.negated != flag(r.qualifiers, "negated")) return false;
  if (!g.evidence.empty() && sentence.find(g.evidence) == std::string::npos) return false;
  return side_matches(g.subject, r.subject, x) && side_matches(g.object, r.object, x);
}

// "id (name)" for an entity side, so that a spurious relation says which
// names the extraction gave it.
inline std::string side_label(const std::string& id, const ExtractionView& x) {
  for (const Entity& e : x.extraction.entities) {
    if (e.id == id) return id + " (" + e.name + ")";
  }
  return id;
}

inline std::string relation_label(const Relation& r, const std::string& sentence, const ExtractionView& x) {
  std::string label = side_label(r.subject, x) + " " + (flag(r.qualifiers, "negated") ? "NOT " : "") + r.predicate +
                      " " + (r.object.empty() ? "\"" + collapse_space(r.object_text) + "\"" : side_label(r.object, x));
  return label + " [" + sentence.substr(0, 100) + "]";
}

// Scores one document's relations against its gold file.
// `families`: predicate -> family (load_predicate_families).
inline Score score_relations(const GoldFile& gold, const ExtractionView& x,
                             const std::map<std::string, std::string>& families) {
  auto family_of = [&](const std::string& predicate) {
    auto it = families.find(predicate);
    return it == families.end() ? std::string("?") : it->second;
  };
  // The relations this file can judge.
  std::vector<const Relation*> scored;
  std::vector<std::string> sentences;
  for (const Relation& r : x.extraction.relations) {
    if (unannotated_predicates().count(r.predicate) || flag(r.qualifiers, "alleged")) continue;
    if (!gold.families.count(family_of(r.predicate))) continue;
    scored.push_back(&r);
    sentences.push_back(collapse_space(x.sentence_of(r)));
  }
  // Maximum bipartite matching (Kuhn): gold facts on the left.
  std::vector<std::vector<std::size_t>> edges(gold.facts.size());
  for (std::size_t g = 0; g < gold.facts.size(); ++g) {
    for (std::size_t i = 0; i < scored.size(); ++i) {
      if (fact_matches(gold.facts[g], *scored[i], sentences[i], x)) edges[g].push_back(i);
    }
  }
  const std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> owner(scored.size(), kNone);  // relation -> gold fact
  std::function<bool(std::size_t, std::vector<bool>&)> augment = [&](std::size_t g, std::vector<bool>& seen) {
    for (std::size_t i : edges[g]) {
      if (seen[i]) continue;
      seen[i] = true;
      if (owner[i] == kNone || augment(owner[i], seen)) {
        owner[i] = g;
        return true;
      }
    }
    return false;
  };
  std::vector<bool> found(gold.facts.size(), false);
  for (std::size_t g = 0; g < gold.facts.size(); ++g) {
    std::vector<bool> seen(scored.size(), false);
    augment(g, seen);
  }
  for (std::size_t i = 0; i < scored.size(); ++i) {
    if (owner[i] != kNone) found[owner[i]] = true;
  }
  Score score;
  for (std::size_t g = 0; g < gold.facts.size(); ++g) {
    Counts& c = score.by_family[family_of(gold.facts[g].predicate)];
    if (found[g]) {
      ++c.tp;
    } else {
      ++c.fn;
      score.missed.push_back(gold.document + ": " + gold.facts[g].label);
    }
  }
  for (std::size_t i = 0; i < scored.size(); ++i) {
    if (owner[i] != kNone) continue;
    ++score.by_family[family_of(scored[i]->predicate)].fp;
    score.spurious.push_back(gold.document + ": " + relation_label(*scored[i], sentences[i], x));
  }
  return score;
}

}  // namespace lexgraph::relation_scoring
