// Contacts: a Federal Register document names the person to ask in its
// "FOR FURTHER INFORMATION CONTACT:" paragraph. "Who is the contact for the
// guidance?" and "Whom should readers call about the notice?" are answered
// by that paragraph, which says nothing else the question says.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/contacts.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

namespace {

// The agency's own officials are named in the summary and the signature; the
// contacts only in their paragraph, the first with a given name no list holds.
const char* kGuidance =
    "AGENCY: Food and Drug Administration, HHS.\n\n"
    "SUMMARY: The Food and Drug Administration is announcing the availability of a guidance on continuous "
    "manufacturing of tablets. Deputy Commissioner Harriet Okafor announced the guidance at a workshop.\n\n"
    "FOR FURTHER INFORMATION CONTACT:\n\n"
    "Sau L. Lee, Center for Drug Evaluation and Research, Food and Drug Administration, telephone 240-555-0101; "
    "or Jessica Barnes, telephone 240-555-0102.\n\n"
    "SUPPLEMENTARY INFORMATION: The guidance explains how companies may join the program.\n\n"
    "Dated: September 25, 2017.\n\n"
    "Anna K. Abram,\n\n"
    "Deputy Commissioner for Policy, Planning, Legislation, and Analysis.\n";

}  // namespace

TEST_CASE("contact questions: the words that ask whom to contact") {
  CHECK(ask::contact_asked("Who is the contact for further information on the guidance?"));
  CHECK(ask::contact_asked("Whom should drug makers call about the tablet guidance?"));
  CHECK(ask::contact_asked("Which official should readers reach with questions?"));
  CHECK_FALSE(ask::contact_asked("Who announced the tablet guidance?"));
}

TEST_CASE("a contact: the people of the contact paragraph, the first named first") {
  PipelineIndex index;
  index.add("guidance", "Continuous Manufacturing of Tablets; Guidance for Industry", kGuidance, "", "", "2017-09-29",
            "notice");
  Xapian::Database db = index.open();

  ask::AskResult r =
      ask::ask("Who is the contact for further information on the FDA guidance on continuous tablet manufacturing?", &db,
               nullptr);
  REQUIRE(r.answers.size() >= 2);
  CHECK(r.answers[0].text == "Sau L. Lee");
  CHECK(r.answers[0].evidence.front().text.find("Center for Drug Evaluation") != std::string::npos);
  CHECK(r.answers[1].text == "Jessica Barnes");

  // Not a contact question: the paragraph gives no answer of its own.
  r = ask::ask("Who announced the FDA guidance on continuous tablet manufacturing at a workshop?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "Harriet Okafor");
}
