// Signatures: a Federal Register document ends with its signer's name on a
// line of its own and the office on the next. "Who signed the notice?" and
// "What title does the official who signed it hold?" are answered by that
// block, which says neither "signed" nor anything else the question says.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/signatures.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

namespace {

const char* kNotice =
    "AGENCY: Enforcement and Compliance, International Trade Administration, Department of Commerce.\n\n"
    "Interested parties may request an administrative review of antidumping orders on artist canvas with "
    "anniversary dates in June.\n\n"
    "FOR FURTHER INFORMATION CONTACT: Brenda E. Waters, Office of AD/CVD Operations, International Trade "
    "Administration, telephone: (202) 482-4735.\n\n"
    "Dated: June 1, 2017.\n\n"
    "Gary Taverman,\n\n"
    "Deputy Assistant Secretary for Antidumping and Countervailing Duty Operations.\n\n"
    "[FR Doc. 2017-11827 Filed 6-6-17; 8:45 am]\n";

}  // namespace

TEST_CASE("a signature: the name alone before its comma, the office on the next line") {
  PipelineIndex index;
  index.add("notice", "Opportunity To Request Administrative Review", kNotice, "", "", "2017-06-07", "notice");
  Xapian::Database db = index.open();

  ask::AskResult r = ask::ask("Who signed the trade agency's notice inviting requests for reviews of artist canvas orders?",
                              &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Gary Taverman");
  CHECK(r.answers.front().evidence.front().text.find("Deputy Assistant Secretary") != std::string::npos);

  r = ask::ask("What title does the official who signed the trade agency's notice on artist canvas reviews hold?", &db,
               nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Deputy Assistant Secretary for Antidumping and Countervailing Duty Operations");
}

TEST_CASE("a role asked of a surname alone: the signer's office, however far down the signature stands") {
  std::string text = "The Department of Defense establishes TRICARE Select by this rule.\n\n";
  for (int i = 0; i < 60; ++i) {  // more than the 40 best sentences read of a document
    text += "Under the rule, TRICARE Select plan " + std::to_string(i) + " reforms the military health plans.\n\n";
  }
  text += "Dated: September 20, 2017.\n\nAaron Siegel,\n\nAlternate OSD Federal Register Liaison Officer, Department of "
          "Defense.\n";
  PipelineIndex index;
  index.add("tricare", "Establishment of TRICARE Select", text, "", "", "2017-09-29", "rule");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "What position does Siegel hold at the Defense Department, as shown at the end of the rule reforming the "
      "military's TRICARE health plans?",
      &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text.find("Liaison Officer") != std::string::npos);
}
