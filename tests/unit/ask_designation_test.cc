// A judge of another court sitting by designation (query/ask/passage_answers.cc
// sits_by_designation): "which Third Circuit judge authored" asks for one of
// the panel the document seats on its own court.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

TEST_CASE("a judge sitting by designation answers for the court he comes from") {
  const std::string panel =
      "Before Breyer, Chief Judge, Lagueux,* District Judge, and Pettigrew,** Senior Circuit Judge.\n\n"
      "* Of the District of Rhode Island, sitting by designation.\n"
      "** Of the Third Circuit, sitting by designation.\n\n"
      "PETTIGREW, Senior Circuit Judge. This is an appeal from a judgment for the employer after a polygraph test.\n";
  PipelineIndex index;
  index.add("tandy", "Macdonald v. Tandy Corporation", panel, "ca1", "", "1993-03-05", "opinion");
  index.add("other", "Smith v. Jones", "Before Rovner, Circuit Judge. ROVNER, Circuit Judge. We affirm the polygraph ruling.",
            "ca3", "", "1990-01-01", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "Which Third Circuit judge, sitting by designation, authored the ruling on the employee's polygraph test in "
      "Macdonald v. Tandy Corporation?",
      &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text.find("Pettigrew") != std::string::npos);
}

TEST_CASE("a question saying 'sitting by designation' seats the author elsewhere whatever the footnote") {
  // The footnote names no court ("Sitting by designation."): the question says where he comes from.
  const std::string text =
      "Before Boudin, Gajarsky,* and Thompson, Circuit Judges.\n\n"
      "* Sitting by designation.\n\n"
      "GAJARSKY, Circuit Judge. The habeas petition was untimely, and we affirm the dismissal.\n";
  PipelineIndex index;
  index.add("drew", "Drew v. Maceachern", text, "ca1", "", "2010-09-09", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "Which Federal Circuit judge, sitting by designation, authored the 2010 ruling in Drew v. Maceachern?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text.find("Gajarsky") != std::string::npos);
}
