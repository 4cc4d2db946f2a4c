#include "relate/predicate_vocabulary.h"

#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>

namespace lexgraph::embedded {
extern const std::string_view predicates_json;
}  // namespace lexgraph::embedded

namespace lexgraph {

namespace {

std::vector<std::string> strings(const rapidjson::Value& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::string text(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : std::string();
}

std::vector<PredicateInfo> load() {
  rapidjson::Document doc;
  doc.Parse(embedded::predicates_json.data(), embedded::predicates_json.size());
  // The file is compiled in and checked by a unit test: a broken one is a
  // build defect, not an input error.
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("predicates") || !doc["predicates"].IsArray()) {
    std::fprintf(stderr, "lexgraph: schemas/predicates.json compiled into the program is not valid\n");
    std::abort();
  }
  std::vector<PredicateInfo> out;
  for (const auto& p : doc["predicates"].GetArray()) {
    if (!p.IsObject()) continue;
    out.push_back({text(p, "name"), text(p, "family"), strings(p, "subject"), strings(p, "object"),
                   strings(p, "qualifiers"), text(p, "description")});
  }
  return out;
}

}  // namespace

const std::vector<PredicateInfo>& predicate_vocabulary() {
  static const std::vector<PredicateInfo> vocabulary = load();
  return vocabulary;
}

const PredicateInfo* find_predicate(std::string_view name) {
  for (const PredicateInfo& p : predicate_vocabulary()) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

std::string_view predicate_family(std::string_view name) {
  const PredicateInfo* p = find_predicate(name);
  return p ? std::string_view(p->family) : std::string_view();
}

}  // namespace lexgraph
