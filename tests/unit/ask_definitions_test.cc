// Definitions: "Who is the “Secretary” in the Act?" is answered by the
// statute's "the term “Secretary” means the Secretary of the Army", which
// shares only the quoted term with the question.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/definitions.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

namespace {

std::string meaning(std::string_view sentence, std::string_view term) {
  const auto d = ask::definition_in(sentence, term);
  if (!d) return "(none)";
  return std::string(sentence.substr(d->meaning.first, d->meaning.second - d->meaning.first)) +
         (d->whole_law ? " [law]" : "") + (d->extends ? " [part]" : "");
}

}  // namespace

TEST_CASE("the quoted term a question asks the meaning of") {
  CHECK(ask::defined_term_asked("Who is the \"Secretary\" in the Water Resources Reform and Development Act?") ==
        "Secretary");
  CHECK(ask::defined_term_asked("What does \u201creturn information\u201d mean under section 6103?") ==
        "return information");
  CHECK(ask::defined_term_asked("How does the Privacy Act define 'matching program'?") == "matching program");
  // A quoted title, or a possessive's apostrophe, asks for no definition.
  CHECK(ask::defined_term_asked("Which agency published the notice \"Opportunity To Request Administrative Review\"?")
            .empty());
  CHECK(ask::defined_term_asked("Who signed the agency's notice on the workers' claims?").empty());
}

TEST_CASE("a definition: the term quoted, then means, includes or refers to") {
  CHECK(meaning("In this Act, the term \u201cSecretary\u201d means the Secretary of the Army.", "Secretary") ==
        "the Secretary of the Army [law]");
  CHECK(meaning("(3) the term \"record\" means any item about an individual; and", "record") ==
        "any item about an individual");
  CHECK(meaning("The term \u201creturn information\u201d includes related blood donor records.", "return information") ==
        "related blood donor records [part]");
  // The clauses follow as sentences of their own: an empty meaning.
  CHECK(meaning("The term \u201creturn information\u201d means", "return information").empty());
  // By reference, another term, or only the word unquoted: no definition.
  CHECK(meaning("The term \u201cagency\u201d has the meaning given in section 551.", "agency") == "(none)");
  CHECK(meaning("The term \u201cSecretary\u201d means the Secretary of the Interior.", "Director") == "(none)");
  CHECK(meaning("The Secretary means to act promptly.", "Secretary") == "(none)");
}

TEST_CASE("a definition asked is answered by the law's own sense before a section's") {
  PipelineIndex index;
  index.add("wrrda", "Water Resources Reform and Development Act of 2014",
            "This Act may be cited as the Water Resources Reform and Development Act of 2014.\n\n"
            "In this section, the term \u201cSecretary\u201d means the Secretary of the Interior.\n\n"
            "In this Act, the term \u201cSecretary\u201d means the Secretary of the Army.\n\n"
            "The Secretary of the Navy shall consult the Secretary.\n",
            "", "", "2014-06-10", "statute");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("Who is the \"Secretary\" in the Water Resources Reform and Development Act of 2014?", &db, nullptr);
  REQUIRE(r.answers.size() >= 2);
  CHECK(r.answers[0].text == "the Secretary of the Army");
  CHECK(r.answers[1].text == "the Secretary of the Interior");
  CHECK(r.answers[0].evidence.front().text.find("In this Act") == 0);
}
