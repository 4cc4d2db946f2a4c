// The courts below: "which trial court convicted her" asks for a county's
// trial court (indexer local_courts.cc), not the State's supreme court the
// opinion names more often; "in the case where the Justices held" names the
// court that wrote the document, so any of its sentences may answer; a court
// cited as "D.P.R." answers by its name and the form cited.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/question_analysis.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

TEST_CASE("a trial court asked for: a county's court over the State's supreme court") {
  PipelineIndex index;
  index.add("finley", "Pennsylvania v. Finley",
            "In 1975 respondent was convicted of murder by the Court of Common Pleas of Philadelphia County. "
            "The Supreme Court of Pennsylvania upheld the murder conviction entered below.",
            "scotus", "", "1987-05-18", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which trial court entered the murder conviction in Pennsylvania v. Finley?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Court of Common Pleas of Philadelphia County");
}

TEST_CASE("a question naming the document's own court reads every sentence of it") {
  PipelineIndex index;
  index.add("finley", "Pennsylvania v. Finley",
            "In 1975 respondent was convicted of murder by the Court of Common Pleas of Philadelphia County. "
            "Counsel then asked leave to withdraw.",
            "scotus", "", "1987-05-18", "opinion");
  index.add("other", "Smith v. Jones", "The Superior Court of Gaston County heard the contract dispute in 1980.", "nc",
            "", "1982-01-02", "opinion");
  Xapian::Database db = index.open();
  // The sentence names none of the question's entities ("the Justices" is the Supreme Court).
  const ask::AskResult r =
      ask::ask("Which trial court found the prisoner guilty in 1975, in the case the Justices decided?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Court of Common Pleas of Philadelphia County");
}

TEST_CASE("a court cited by its abbreviation answers by its name and the form cited") {
  PipelineIndex index;
  index.add("galera", "Galera v. Johanns",
            "The district court rejected the claims. Galera v. Johanns, No. 06-1625, slip op. at 13 (D.P.R. Sept. 10, "
            "2008).",
            "ca1", "", "2010-07-14", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which court issued the slip opinion in Galera v. Johanns?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "United States District Court for the District of Puerto Rico (D.P.R.)");
}

TEST_CASE("where a suit began: the trial courts of the document named, not the appeals court's 'we'") {
  // A long opinion: many sentences say "suit" and "court", the trial court's none.
  std::string text =
      "Judgment was entered in the Court of Common Pleas of Lorain County, Ohio, in favor of the State for gross "
      "receipts taxes. The Supreme Court of Ohio affirmed. We hold that the suit must fail, and the action is "
      "reversed.";
  for (int i = 0; i < 100; ++i) text += " A suit of this kind in a court of the State was brought before.";
  PipelineIndex index;
  index.add("ferro", "Ferro Cab Co. v. Ohio", text, "scotus", "", "1928-05-28", "opinion");
  Xapian::Database db = index.open();
  for (const char* question : {"In Ferro Cab Co. v. Ohio, in which court did the suit begin?",
                               "In Ferro Cab Co. v. Ohio, in which court was the suit first brought?"}) {
    CAPTURE(question);
    const ask::AskResult r = ask::ask(question, &db, nullptr);
    REQUIRE_FALSE(r.answers.empty());
    CHECK(r.answers.front().text == "Court of Common Pleas of Lorain County");
  }
}

TEST_CASE("where a suit began asks for a trial court; a court that first held something does not") {
  CHECK(ask::analyze_question("Where did the litigation over the cab tax begin?").trial_court);
  CHECK(ask::analyze_question("Where did the litigation over the cab tax begin?").answer_type == "court");
  CHECK(ask::analyze_question("In which court was the suit first brought?").trial_court);
  CHECK(ask::analyze_question("In which court did the case originate?").trial_court);
  CHECK_FALSE(ask::analyze_question("Which court first recognized the right to privacy?").trial_court);
}
