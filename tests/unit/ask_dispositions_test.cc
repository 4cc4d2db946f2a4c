// Dispositions: "What did the Tenth Circuit do with the district court's
// judgment?" is answered by the decree ("The judgment is reversed and the
// case remanded", "we affirm", "Affirmed."), which no entity names.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/dispositions.h"
#include "ask/question_analysis.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

namespace {

std::string texts(std::string_view sentence, const std::vector<std::string>& courts = {}) {
  std::string out;
  for (const auto& d : ask::dispositions_in(sentence, courts)) {
    if (!out.empty()) out += " | ";
    out += d.text + (d.own ? "" : " (other)");
  }
  return out.empty() ? "(none)" : out;
}

}  // namespace

TEST_CASE("dispositions: a decree in the passive, in the first person, standing alone, or a named court's") {
  CHECK(texts("The judgment is reversed and the case remanded for further proceedings.") == "reversed and remanded");
  CHECK(texts("The decision granting the motion to dismiss is summarily affirmed pursuant to Loc. R. 27.1.") ==
        "summarily affirmed");
  CHECK(texts("For these reasons, we therefore reverse and remand.") == "reversed and remanded");
  CHECK(texts("Affirmed.") == "affirmed");
  CHECK(texts("Judgment reversed.") == "reversed");
  CHECK(texts("AFFIRMED IN PART, REVERSED IN PART, AND REMANDED.") ==
        "affirmed in part and reversed in part and remanded");
  CHECK(texts("The Tenth Circuit reversed.", {"Tenth Circuit"}) == "reversed (other)");
  // Not a decree: history, a dissent's wish, another court not asked about.
  CHECK(texts("His conviction was affirmed on direct appeal.") == "(none)");
  CHECK(texts("I would affirm the judgment.") == "(none)");
  CHECK(texts("The Ninth Circuit reversed.", {"Tenth Circuit"}) == "(none)");
  CHECK(texts("The jury affirmed its verdict when polled, and the court denied the motion.") == "(none)");
}

TEST_CASE("a disposition asked: what a court did with a judgment, not which order or which statute") {
  const ask::QuestionAnalysis q =
      ask::analyze_question("What did the Tenth Circuit do with the district court's judgment in McNeill v. United States?");
  CHECK(q.disposition);
  CHECK(q.answer_type == "order");
  CHECK(ask::analyze_question("How did the appeals court dispose of the dismissal?").disposition);
  CHECK(ask::analyze_question("What became of the lower court's decision in the refund appeal?").disposition);
  CHECK(ask::analyze_question("What was the outcome of the appeal in Kowal v. Reich?").disposition);
  // A typed head, or a trial court's own ruling, is asked otherwise.
  CHECK_FALSE(ask::analyze_question("What section governs the disposition of forfeited property?").disposition);
  CHECK_FALSE(ask::analyze_question("What did the trial court do with the supplier's challenge to the subpoena?").disposition);
  // A district court hearing an appeal from the bankruptcy court disposes of it.
  CHECK(ask::analyze_question("What did the district court do with the debtor's appeal from the sale?").disposition);
  CHECK_FALSE(ask::analyze_question("What did the Tenth Circuit reverse in McNeill v. United States?").disposition);
}

TEST_CASE("a disposition asked is answered by the document's decree, the last one first") {
  PipelineIndex index;
  index.add("mcneill", "McNeill v. United States",
            "Mr. McNeill appeals the district court's judgment denying his refund claim. The district court's "
            "judgment rested on TEFRA. The judgment is reversed and the case remanded for further proceedings.",
            "ca10", "", "2016-06-09", "opinion");
  index.add("other", "Smith v. Jones", "The district court's judgment is affirmed.", "ca10", "", "2016-01-01", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("What did the Tenth Circuit do with the district court's judgment in McNeill v. United States?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "reversed and remanded");
  CHECK(r.answers.front().evidence.front().doc.find("mcneill") != std::string::npos);
  // Not the judgment itself, an order entity naming what was disposed of.
  for (const auto& a : r.answers) CHECK(a.text.find("judgment") == std::string::npos);
}
