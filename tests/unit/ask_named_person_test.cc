// The person a question names by surname alone is whom it asks about, not
// its answer (query/ask/passage_answers.cc names_by_surname).

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

TEST_CASE("who did something to the person the question names by surname: another person") {
  PipelineIndex index;
  index.add("tandy", "Macdonald v. Tandy Corporation",
            "Plaintiff John J. MacDonald went to the police station to take a polygraph examination. "
            "Officer Anthony Fowler conducted the examination and scored it as deceptive.",
            "ca1", "", "1993-01-22", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("In MacDonald v. Tandy Corporation, who conducted MacDonald's polygraph examination?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  bool fowler_first_person = false;
  for (const auto& a : r.answers) {
    if (a.type != "person") continue;
    fowler_first_person = a.text.find("Fowler") != std::string::npos;
    break;
  }
  CHECK(fowler_first_person);
}
