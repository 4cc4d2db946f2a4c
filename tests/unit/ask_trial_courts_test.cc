// The courts below: "which trial court convicted her" asks for a county's
// trial court (indexer local_courts.cc), not the State's supreme court the
// opinion names more often; "in the case where the Justices held" names the
// court that wrote the document, so any of its sentences may answer; a court
// cited as "D.P.R." answers by its name and the form cited.

#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("'the tax court', 'the district court': the one court of that kind the ruling reviews") {
  PipelineIndex index;
  index.add("mcn", "McNichols v. Commissioner",
            "THOMAS McNICHOLS, Petitioner, Appellant, v. COMMISSIONER OF INTERNAL REVENUE. APPEAL FROM THE "
            "UNITED STATES TAX COURT. This is an appeal from a decision of the tax court holding the petitioner "
            "civilly liable for deficiencies in income tax for the years 1981 and 1982.",
            "ca1", "", "1993-12-29", "opinion");
  index.add("rowe", "Reich v. Rowe",
            "Appeal from the United States District Court for the District of Massachusetts. The Bankruptcy Court "
            "for the District of Maine was not involved. The district court dismissed the action against the "
            "consultant for failure to state a claim.",
            "ca1", "", "1994-07-14", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult tax =
      ask::ask("In McNichols v. Commissioner, which tribunal found the taxpayer civilly liable for deficiencies for "
               "1981 and 1982?",
               &db, nullptr);
  REQUIRE_FALSE(tax.answers.empty());
  CHECK(tax.answers.front().text == "United States Tax Court");
  CHECK(tax.answers.front().evidence.front().text.find("decision of the tax court") != std::string::npos);
  const ask::AskResult district =
      ask::ask("In Reich v. Rowe, which court threw out the action against the consultant?", &db, nullptr);
  REQUIRE_FALSE(district.answers.empty());
  CHECK(district.answers.front().text == "United States District Court for the District of Massachusetts");
  // In a document the question does not name, "the district court" stays unread:
  // every appeal says it.
  const ask::AskResult unnamed = ask::ask("Which court threw out the action against the consultant?", &db, nullptr);
  for (const auto& a : unnamed.answers)
    for (const auto& e : a.evidence) CHECK(e.text.find("The district court dismissed") == std::string::npos);
}

TEST_CASE("a court of a kind the ruling names twice outside its caption is no one court") {
  PipelineIndex index;
  std::string text = "The parties litigated for years. ";
  for (int i = 0; i < 60; ++i) text += "The record was long and the briefs were longer still in this matter. ";
  text += "The United States District Court for the District of Maine and the United States District Court for "
          "the District of Vermont both heard related suits. "
          "The district court dismissed the action against the consultant.";
  index.add("two", "Doe v. Roe", text, "ca1", "", "1994-07-14", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("In Doe v. Roe, which court dismissed the action against the consultant?", &db, nullptr);
  // Each answers by the sentence naming it, never by "the district court dismissed".
  for (const auto& a : r.answers)
    for (const auto& e : a.evidence) CHECK(e.text.find("dismissed the action") == std::string::npos);
}

TEST_CASE("a lower court asked: the court the caption says the ruling reviews, over courts its text cites") {
  PipelineIndex index;
  index.add("merrill", "Merrill v. Monticello",
            "MERRILL v. MONTICELLO. Supreme Court of United States. ERROR TO THE CIRCUIT COURT OF THE UNITED STATES FOR "
            "THE DISTRICT OF INDIANA. The town issued funding bonds and sold them on the market. A large number of "
            "cases from the Supreme Court of Indiana are cited on the power of a town to borrow. The Supreme Court "
            "of Indiana has held that a town may not issue negotiable bonds without authority.",
            "scotus", "", "1891-03-02", "opinion");
  Xapian::Database db = index.open();
  for (const char* question : {"From what lower federal court did Merrill bring the bond dispute to the Supreme Court?",
                               "Which court's judgment did the Justices review in Merrill v. Monticello?"}) {
    CAPTURE(question);
    const ask::AskResult r = ask::ask(question, &db, nullptr);
    // Within the first two, by the caption line (the text never names it again).
    const auto below = std::find_if(r.answers.begin(), r.answers.end(), [](const ask::Answer& a) {
      return a.text == "Circuit Court of the United States for the District of Indiana";
    });
    REQUIRE(below != r.answers.end());
    CHECK(below - r.answers.begin() < 2);
    CHECK(below->evidence.front().text.find("ERROR TO") != std::string::npos);
  }
  // A court asked without saying it is the court below keeps the courts the text names.
  const ask::AskResult held = ask::ask("Which court has held that a town may not issue negotiable bonds?", &db, nullptr);
  REQUIRE_FALSE(held.answers.empty());
  CHECK(held.answers.front().text == "Supreme Court of Indiana");
}

TEST_CASE("question analysis: which questions ask for the court below") {
  CHECK(ask::analyze_question("Which lower court ruled for the town?").reviewed_court);
  CHECK(ask::analyze_question("From which court did the bondholder appeal?").reviewed_court);
  CHECK(ask::analyze_question("Whose judgment did the Justices reverse?").reviewed_court);
  CHECK(ask::analyze_question("Which court's decision did the Court of Appeals affirm?").reviewed_court);
  CHECK_FALSE(ask::analyze_question("Which court reversed the judgment?").reviewed_court);
  CHECK_FALSE(ask::analyze_question("Which judge wrote the lower court's opinion?").reviewed_court);
}
