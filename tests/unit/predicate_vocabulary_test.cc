// The relation vocabulary (schemas/predicates.json) is one: the compiled-in
// copy, the extraction schema's predicate enum and the stated rules' table
// of entity types (relate/data/relation_predicates.tsv) must agree.

#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extract/data_table.h"
#include "relate/predicate_vocabulary.h"

using namespace lexgraph;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("predicate vocabulary: families, the extraction schema and the rules' type table agree") {
  const auto& vocabulary = predicate_vocabulary();
  REQUIRE(vocabulary.size() >= 25);
  const std::set<std::string> families = {"orders",     "findings", "disclosure", "agreements",
                                          "litigation", "citation", "roles"};
  std::set<std::string> names;
  for (const PredicateInfo& p : vocabulary) {
    CHECK_MESSAGE(families.count(p.family), p.name << " has family " << p.family);
    CHECK_MESSAGE(!p.subject_types.empty(), p.name);
    CHECK_MESSAGE(!p.description.empty(), p.name);
    CHECK_MESSAGE(names.insert(p.name).second, p.name << " twice");
  }
  CHECK(predicate_family("enjoins") == "orders");
  CHECK(predicate_family("cites") == "citation");
  CHECK(predicate_family("mentions").empty());
  CHECK(find_predicate("nonsense") == nullptr);

  rapidjson::Document schema;
  schema.Parse(slurp(std::string(LEXGRAPH_SOURCE_DIR) + "/schemas/extraction.schema.json").c_str());
  REQUIRE(!schema.HasParseError());
  const auto& enumeration = schema["properties"]["relations"]["items"]["properties"]["predicate"]["enum"];
  std::set<std::string> in_schema;
  for (const auto& v : enumeration.GetArray()) in_schema.insert(v.GetString());
  CHECK(in_schema == names);

  const std::string tsv = slurp(std::string(LEXGRAPH_SOURCE_DIR) + "/indexer/relate/data/relation_predicates.tsv");
  DataTable table = parse_data_table(tsv, "relation_predicates.tsv");
  CHECK(table.problems.empty());
  REQUIRE(!table.rows.empty());
  for (const auto& row : table.rows) {
    const PredicateInfo* p = find_predicate(row[0]);
    REQUIRE_MESSAGE(p, row[0] << " is not in schemas/predicates.json");
    std::set<std::string> subjects, objects;
    for (auto s : split_list(row[1])) subjects.emplace(s);
    for (auto o : split_list(row[2])) objects.emplace(o);
    CHECK_MESSAGE(subjects == as_set(p->subject_types), row[0] << ": subject types differ from predicates.json");
    CHECK_MESSAGE(objects == as_set(p->object_types), row[0] << ": object types differ from predicates.json");
  }
}
