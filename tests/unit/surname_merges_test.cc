// Cross-document identity of people named by surname alone (graph/surname_merges.h).

#include <doctest/doctest.h>

#include "graph/knowledge_graph.h"
#include "graph/surname_merges.h"

using namespace lexgraph;

TEST_CASE("surname-only ids merge into the one full name of the same type, never into two") {
  const auto merges = surname_merges({"judge:colleen-kollar-kotelly", "judge:kollar-kotelly",  // merged
                                      "judge:kavanaugh", "judge:brett-kavanaugh",              // merged
                                      "judge:jackson", "judge:ketanji-brown-jackson",
                                      "judge:robert-jackson",                     // two Jacksons: kept
                                      "person:romo", "person:dottie-romo",        // four letters: kept
                                      "person:bessent", "judge:scott-bessent",    // another type: kept
                                      "agency:irs", "judge:day", "judge:william-day"});
  CHECK(merges.at("judge:kollar-kotelly") == "judge:colleen-kollar-kotelly");
  CHECK(merges.at("judge:kavanaugh") == "judge:brett-kavanaugh");
  CHECK(merges.count("judge:jackson") == 0);
  CHECK(merges.count("person:bessent") == 0);
  CHECK(merges.count("judge:day") == 0);   // four letters or fewer: too common
  CHECK(merges.count("person:romo") == 0);
  CHECK(merges.count("judge:brett-kavanaugh") == 0);
  // "judge:ketanji-brown-jackson" ends with "brown-jackson": no id is that.
  CHECK(merges.size() == 2);
}

TEST_CASE("a merged id still finds its entity in the graph") {
  KnowledgeGraph graph;
  VertexId full = graph.vertex("judge:colleen-kollar-kotelly");
  graph.storage()[full].attrs.emplace_back(std::string(kMergedIdAttr), "judge:kollar-kotelly");
  graph.reindex();
  REQUIRE(graph.find("judge:kollar-kotelly"));
  CHECK(*graph.find("judge:kollar-kotelly") == full);
  CHECK(!graph.find("judge:kotelly"));
}
