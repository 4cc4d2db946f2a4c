// Round-3 question readings and passage sources: a generic head noun
// refined by "served as N"; "what did X cost" asks for money; "Chapter 7"
// is not a name; an agency named by what it does ("the aviation agency");
// a bare "section N" finds the title-less text headed "§ N"; a statute's
// own text answers "which statute ..." asked by description; an opinion's
// "we deny" answers "which court denied".

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

#include <unistd.h>

#include "ask/ask_engine.h"
#include "ask/passage_retrieval.h"
#include "ask/question_analysis.h"
#include "document.h"
#include "extract/entity_extractor.h"
#include "normalize/normalizer.h"
#include "relate/relation_extractor.h"
#include "segment/sentence_splitter.h"
#include "store/index_writer.h"
#include "pipeline_index.h"

using namespace lexgraph;

namespace {

using SmallIndex = lexgraph::testing::PipelineIndex;

bool top_text_has(const ask::AskResult& r, const std::string& needle, std::size_t n) {
  for (std::size_t i = 0; i < r.answers.size() && i < n; ++i) {
    if (r.answers[i].text.find(needle) != std::string::npos) return true;
  }
  return false;
}

bool has_entity(const ask::QuestionAnalysis& q, const std::string& id) {
  return std::any_of(q.entities.begin(), q.entities.end(), [&](const auto& e) { return e.id == id; });
}

}  // namespace

TEST_CASE("question readings: served as, what did it cost, chapter numbers, described agencies") {
  auto q = ask::analyze_question("Which person served as Chapter 7 trustee for debtor Mara Quell?");
  CHECK(q.answer_type == "person");
  CHECK(q.head_noun == "trustee");
  CHECK(std::none_of(q.entities.begin(), q.entities.end(), [](const auto& e) { return e.text == "Chapter"; }));

  q = ask::analyze_question("What did the voluntary petition cost the debtor?");
  CHECK(q.answer_type == "money");
  q = ask::analyze_question("What did the court decide?");
  CHECK(q.answer_type == "holding");

  q = ask::analyze_question("Which rule did the aviation agency withdraw?");
  CHECK(has_entity(q, "agency:faa"));
  CHECK(q.answer_type == "statute");
  // Too many agencies do "federal" things: no guess.
  q = ask::analyze_question("What did the federal agency withdraw?");
  CHECK(std::none_of(q.entities.begin(), q.entities.end(), [](const auto& e) { return e.type == "agency"; }));
  // The asked noun itself is not described: "which aviation agency" asks for one.
  q = ask::analyze_question("Which agency withdrew the airspace rule?");
  CHECK(q.answer_type == "agency");
  CHECK(q.entities.empty());
}

TEST_CASE("a bare section number finds the untitled text headed by it; statutes asked by description") {
  SmallIndex index;
  index.add("sec", "",
            "26 U.S.C. § 7431. Civil damages for unauthorized disclosure of returns\n\n"
            "A taxpayer may bring a civil action for damages against the United States in a district court. "
            "The court shall award damages of $1,000 for each act of unauthorized disclosure. "
            "An action must be brought within 2 years after the date of discovery of the disclosure.");
  for (int i = 0; i < 6; ++i) {
    index.add("other" + std::to_string(i), "Noise v. Case " + std::to_string(i),
              "A taxpayer sued over a disclosure and the court awarded $" + std::to_string(50 + i) +
              " for each unauthorized disclosure, within " + std::to_string(3 + i) + " years of discovery. "
              "See section 7431 of the code.");
  }
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What dollar amount per act of unlawful disclosure does section 7431 grant?", &db, nullptr);
  CHECK(top_text_has(r, "$1,000", 1));
  r = ask::ask("Which statute makes the United States pay damages for unauthorized disclosure of returns?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(top_text_has(r, "7431", 3));
}

TEST_CASE("an opinion's \"we deny\" answers which court denied") {
  SmallIndex index;
  index.add("op", "Fuel Makers v. Agency",
            "Petitioners challenge the test fuel regulation as arbitrary. We disagree. We therefore deny the petition for review.",
            "United States Court of Appeals for the District of Columbia Circuit");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which court denied the fuel makers' petition against the test fuel regulation?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "court");
  CHECK(r.answers[0].text.find("District of Columbia Circuit") != std::string::npos);
  CHECK(r.answers[0].evidence[0].text.find("deny the petition") != std::string::npos);

  // In an opinion about the question's party, a sentence naming the court with more of the
  // question's words ranks below the one where it acts.
  SmallIndex wordy;
  wordy.add("op", "Acme Fuels v. Agency",
            "In an earlier case this Court held that test fuel makers challenging a test fuel regulation fall within "
            "the zone of interests. We therefore reject the petition.",
            "United States Court of Appeals for the District of Columbia Circuit");
  Xapian::Database wordy_db = wordy.open();
  r = ask::ask("Which court rejected Acme Fuels' challenge to the test fuel regulation?", &wordy_db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "court");
  CHECK(r.answers[0].evidence[0].text.find("reject the petition") != std::string::npos);
}

TEST_CASE("which motion was denied: the motion's own words answer") {
  SmallIndex index;
  index.add("reed", "United States v. Dorrance",
            "The district court's order amending the forfeiture order is affirmed. "
            "Mr. Dorrance's motion to proceed in forma pauperis is denied, and he must pay the filing fee.");
  Xapian::Database db = index.open();
  for (const char* question : {"Which of Dorrance's motions did the court deny?",
                               "What request by Dorrance was turned down?"}) {
    ask::AskResult r = ask::ask(question, &db, nullptr);
    CHECK_MESSAGE(top_text_has(r, "motion to proceed in forma pauperis", 3), question);
  }
  // The words stop at the verb: "motion to proceed in forma pauperis", not "... is denied".
  ask::AskResult r = ask::ask("Which of Dorrance's motions did the court deny?", &db, nullptr);
  CHECK_FALSE(top_text_has(r, "is denied", 3));

  // Nor does a standard of review belong to the request.
  SmallIndex review;
  review.add("newell", "Newell v. Rubbermaid",
             "We review the district court's refusal to grant Rubbermaid's motion for a new trial for an abuse of "
             "discretion.");
  Xapian::Database review_db = review.open();
  r = ask::ask("What motion did Rubbermaid file that the district court refused?", &review_db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "motion for a new trial");
}

TEST_CASE("a statute asked for by its Code title is a section of that title") {
  CHECK(ask::analyze_question("Which section of Title 42 grounded the claims?").code_title == "42");
  CHECK(ask::analyze_question("What provision in title 18 was he charged under?").code_title == "18");
  CHECK(ask::analyze_question("Which judge sat in Title 42 cases?").code_title.empty());  // no statute asked
  SmallIndex index;
  index.add("suit", "Quill v. Harbor Town",
            "The dog owner sued the officers for unlawful seizure under 28 U.S.C. § 1331 and 42 U.S.C. § 1983, "
            "and under 18 U.S.C. § 242 he asked for charges.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which section of Title 42 grounded the dog owner's unlawful seizure suit?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text.find("1983") != std::string::npos);
}

TEST_CASE("a document holding the question's rare words is read, however long opinions outweigh it in the search") {
  SmallIndex index;
  // Long opinions full of the question's common words.
  std::string common;
  for (int k = 0; k < 12; ++k) {
    common += "The jury rejected the claims of unlawful seizure and the court denied the motion; the claims under "
              "42 U.S.C. § 1983 were dismissed and the jury's verdict stands in this case. ";
  }
  for (int i = 0; i < 8; ++i) index.add("long" + std::to_string(i), "Long v. Opinion " + std::to_string(i), common);
  index.add("dog", "Quill v. Harbor Town",
            "An officer shot the plaintiff's Siberian husky. Under 42 U.S.C. § 1983 he claimed an unlawful seizure.");
  Xapian::Database db = index.open();
  std::string described;
  const auto candidates = ask::candidate_documents(
      db, ask::analyze_question("Which section grounded the seizure claims the jury rejected in the husky case?"), 3, described);
  REQUIRE(db.postlist_begin("Qdog") != db.postlist_end("Qdog"));
  const Xapian::docid dog = *db.postlist_begin("Qdog");
  const bool read = std::any_of(candidates.begin(), candidates.end(), [&](const ask::CandidateDocument& c) { return c.id == dog; });
  CHECK(read);
}

TEST_CASE("a federal trial court asked for: a district court over a state's supreme court or a court of appeals") {
  const ask::QuestionAnalysis q = ask::analyze_question("Which federal trial court denied the prisoner's writ?");
  CHECK(q.court_system == "federal");
  CHECK(q.trial_court);
  CHECK(ask::analyze_question("Which state court convicted her?").court_system == "state");
  SmallIndex index;
  index.add("writ", "Roe v. Warden",
            "After the Supreme Court of Vermont affirmed, the District Court for the District of Vermont denied the "
            "prisoner's writ, and the Court of Appeals for the First Circuit did not reach it.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which federal trial court denied the prisoner's writ?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().entity == "court:vtd");
  r = ask::ask("Which state court affirmed before the writ was denied?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().entity == "court:vt");
}

TEST_CASE("a docket number finds the docket filed under it, whose case is indexed by the number") {
  SmallIndex index;
  // The number only in the header (the docket report's metadata), not in the text.
  index.add("appeal", "Marlow v. Granite Trust", "United States Court of Appeals\nDocketed: 01/27/2010 Termed: 05/24/2010\n",
            "ca1", "10-2233", "2010-01-27", "docket");
  for (int i = 0; i < 4; ++i) {
    index.add("other" + std::to_string(i), "Other v. Case " + std::to_string(i),
              "The court of appeals opened its file on the bankruptcy appeal on 0" + std::to_string(i + 1) + "/02/2011.");
  }
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("On what date did the court of appeals open its file on the bankruptcy appeal, No. 10-2233?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().string_value == "2010-01-27");
}

TEST_CASE("a Code section the question names is read in its own text, whatever else the question names") {
  SmallIndex index;
  // The section's text never names the United States as the opinions do.
  index.add("sec", "28 U.S.C. § 1346. Government as defendant",
            "28 U.S.C. § 1346. Government as defendant\n\n"
            "(a) The district courts shall have original jurisdiction of any other civil action or claim against the "
            "Government, not exceeding $10,000 in amount, founded upon the Constitution.\n");
  for (int i = 0; i < 6; ++i) {
    index.add("op" + std::to_string(i), "Noise " + std::to_string(i) + " v. United States",
              "The United States moved to dismiss. The claimant sought $" + std::to_string(20 + i) +
                  ",000 from the United States under 28 U.S.C. § 1346(a)(2) in the district court, and the amount "
                  "was more than the statute allows.",
              "United States District Court", "", "2001-01-0" + std::to_string(i + 1), "opinion");
  }
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "Under 28 U.S.C. § 1346(a)(2), up to what amount may a civil action against the United States be brought in "
      "district court?",
      &db, nullptr);
  CHECK(top_text_has(r, "10,000", 1));
}
