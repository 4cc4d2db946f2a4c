// People the question names otherwise than the document does: by surname
// alone (whom it asks about, not its answer: names_by_surname), or by a side
// and a name the document never writes ("the respondent, Brigadier General
// Cox": the office set off after "respondent").

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

TEST_CASE("the office of a side the question names by its role and name: the title set off after the role") {
  PipelineIndex index;
  index.add("quirin", "Ex parte Quirin",
            "The Federal Bureau of Investigation surrendered custody of petitioners to respondent, Provost Marshal of "
            "the Military District of Washington, who held petitioners for trial.",
            "scotus", "", "1942-07-31", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("In Ex parte Quirin, what office did the respondent, Brigadier General Cox, hold?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Provost Marshal of the Military District of Washington");
  // A side the question does not set a name off after asks nothing of the sides' names.
  const ask::AskResult other = ask::ask("In Ex parte Quirin, what office held the petitioners?", &db, nullptr);
  for (const auto& a : other.answers) CHECK(a.text != "Provost Marshal of the Military District of Washington");
}

TEST_CASE("the office of a person the question describes instead of naming: set off after a name in the best sentence") {
  PipelineIndex index;
  index.add("woodard", "Woodard v. Gittens",
            "Woodard filed a March 18, 1992 memorandum from defendant Larry DuBois, the Commissioner of Correction, "
            "advising corrections personnel to recalculate good-time credit. The court below granted judgment.",
            "ca1", "", "1994-04-08", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "What was the title of the official whose March 1992 memo told corrections personnel to recalculate good-time "
      "credit?",
      &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text.starts_with("Commissioner"));
}
