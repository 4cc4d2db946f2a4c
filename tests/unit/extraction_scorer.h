#pragma once
// Scores an extraction against a gold file in the shape of
// ../shared/eval/seed/*.gold.json (see ../shared/eval/ANNOTATION.md):
// an extracted entity matches a gold entity of the same type when one of
// its names or aliases equals one of the gold names (case, punctuation and
// spacing ignored), when a statute's or case's canonical name matches, or,
// for figures and money, when the values agree within 0.5 %.

#include <rapidjson/document.h>

#include <cmath>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "resolve/entity.h"

namespace lexgraph::testing {

struct TypeScore {
  int gold = 0, found = 0;       // gold entities, and how many of them were found
  int extracted = 0, correct = 0; // extracted entities, and how many match gold
  double precision() const { return extracted ? double(correct) / extracted : 1.0; }
  double recall() const { return gold ? double(found) / gold : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Score {
  std::map<std::string, TypeScore> by_type;
  std::vector<std::string> missed;    // "type: first gold name"
  std::vector<std::string> spurious;  // "type: entity name"
  TypeScore total() const {
    TypeScore t;
    for (const auto& [type, s] : by_type) {
      t.gold += s.gold;
      t.found += s.found;
      t.extracted += s.extracted;
      t.correct += s.correct;
    }
    return t;
  }
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
      i += 2;  // U+2000-U+207F
    } else if (std::isalnum(c) || c >= 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
    }
  }
  return out;
}

inline bool load_gold(const std::string& path, rapidjson::Document& gold) {
  std::ifstream in(path);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  gold.Parse(ss.str().c_str());
  return !gold.HasParseError() && gold.IsObject() && gold.HasMember("entities");
}

inline bool value_matches(double a, double b) { return std::fabs(a - b) <= 0.005 * std::max(std::fabs(a), std::fabs(b)); }

inline const double* entity_value(const Entity& e) {
  auto it = e.attrs.find("value");
  return it == e.attrs.end() ? nullptr : std::get_if<double>(&it->second);
}

inline bool matches(const Entity& e, const rapidjson::Value& g) {
  const std::string type = g["type"].GetString();
  if (e.type != type) return false;
  if (g.HasMember("value") && g["value"].IsNumber()) {
    const double* v = entity_value(e);
    return v && value_matches(*v, g["value"].GetDouble());
  }
  if (g.HasMember("value") && g["value"].IsString()) {  // dates
    auto it = e.attrs.find("iso");
    const std::string* iso = it == e.attrs.end() ? nullptr : std::get_if<std::string>(&it->second);
    if (iso && *iso == g["value"].GetString()) return true;
  }
  std::set<std::string> names;
  names.insert(squash(e.name));
  for (const auto& a : e.aliases) names.insert(squash(a));
  auto has = [&](const rapidjson::Value& v) { return v.IsString() && names.count(squash(v.GetString())); };
  if (g.HasMember("names") && g["names"].IsArray()) {
    for (const auto& n : g["names"].GetArray()) {
      if (has(n)) return true;
    }
  }
  return g.HasMember("canonical") && has(g["canonical"]);
}

inline std::string gold_label(const rapidjson::Value& g) {
  std::string label = std::string(g["type"].GetString()) + ": ";
  if (g.HasMember("names") && g["names"].IsArray() && !g["names"].Empty()) return label + g["names"][0].GetString();
  if (g.HasMember("value") && g["value"].IsNumber()) return label + std::to_string(g["value"].GetDouble());
  if (g.HasMember("value") && g["value"].IsString()) return label + g["value"].GetString();
  return label + "?";
}

// Only types the gold file annotates count as spurious: a gold file
// without dates says nothing about dates. Gold entities marked
// "optional": true (a careful reader might or might not mark them) cost
// nothing when missed, and an extracted entity matching one is neither
// right nor wrong.
inline Score score_extraction(const Extraction& x, const rapidjson::Value& gold_entities) {
  Score score;
  std::set<std::string> annotated;
  for (const auto& g : gold_entities.GetArray()) annotated.insert(g["type"].GetString());
  std::vector<bool> used(x.entities.size(), false), excused(x.entities.size(), false);
  for (const auto& g : gold_entities.GetArray()) {
    const bool optional = g.HasMember("optional") && g["optional"].IsBool() && g["optional"].GetBool();
    bool found = false;
    for (std::size_t i = 0; i < x.entities.size(); ++i) {
      if (!matches(x.entities[i], g)) continue;
      (optional ? excused : used)[i] = true;
      found = true;
    }
    if (optional) continue;
    TypeScore& ts = score.by_type[g["type"].GetString()];
    ++ts.gold;
    if (found) {
      ++ts.found;
    } else {
      score.missed.push_back(gold_label(g));
    }
  }
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    if (!annotated.count(e.type) || (excused[i] && !used[i])) continue;
    TypeScore& ts = score.by_type[e.type];
    ++ts.extracted;
    if (used[i]) {
      ++ts.correct;
    } else {
      score.spurious.push_back(e.type + ": " + e.name);
    }
  }
  return score;
}

}  // namespace lexgraph::testing
