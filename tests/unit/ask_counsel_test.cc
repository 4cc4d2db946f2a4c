// Counsel asked for: "which lawyers represented the importers", "who was
// counsel for the appellant". Opinions name counsel in lines of their own
// ("Raul Barrera Morales for appellant.", "Messrs. A, B, and C, for the
// plaintiffs in error."), which share no word with such a question.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "ask/ask_engine.h"
#include "ask/passage_shapes.h"
#include "ask/question_analysis.h"
#include "pipeline_index.h"

using namespace lexgraph;
using lexgraph::testing::PipelineIndex;

namespace {

std::string side_of(std::string_view s) {
  auto line = ask::counsel_for(s);
  return line ? line->side : std::string("(none)");
}

}  // namespace

TEST_CASE("counsel lines: the side after a name, a comma or a brief's words") {
  CHECK(side_of("Raul Barrera Morales for appellant.") == "appellant");
  CHECK(side_of("Messrs. W.A. Fisher, C. Marshall, and H. McAllister, for the plaintiffs in error.") == "plaintiffs");
  CHECK(side_of("Jane Doe, with whom John Roe was on brief, for plaintiff-appellant.") == "plaintiff");
  CHECK(side_of("Sam Poe argued the cause for petitioners.") == "petitioners");
  CHECK(side_of("Ann Loe, Assistant Attorney General, for the United States.") == "united");
  // Prose: a judgment or verdict for a side, no counsel named.
  CHECK(side_of("The jury returned a verdict for the defendant.") == "(none)");
  CHECK(side_of("Summary judgment was entered for defendants on every count.") == "(none)");
  CHECK(side_of("Smith paid the filing fee for the appeal.") == "(none)");
}

TEST_CASE("counsel asked: a person, the side named, the client's act a word to search for") {
  ask::QuestionAnalysis q = ask::analyze_question("Who was counsel for the appellant in Roe v. Poe?");
  CHECK(q.counsel);
  CHECK(q.answer_type == "person");
  CHECK(q.counsel_side == "appellant");
  q = ask::analyze_question("Which lawyers represented the importers challenging the tax?");
  CHECK(q.counsel);
  CHECK(q.predicate.empty());
  CHECK(std::find(q.terms.begin(), q.terms.end(), "challenging") != q.terms.end());
  // A title is no counsel asked; nor is a client.
  CHECK_FALSE(ask::analyze_question("Who did the Attorney General sue?").counsel);
  CHECK_FALSE(ask::analyze_question("Which agency was represented by the Solicitor General?").counsel);
}

TEST_CASE("counsel asked: the names of the counsel line for the side asked answer") {
  PipelineIndex index;
  index.add("o", "Quimby v. Ravenholt",
            "Appeal from the District Court.\n\nMarcus Ellery Quimby, Plaintiff, Appellant.\n\n"
            "Before Judges.\n\nRaul Vidal Montero for appellant.\n\nFederico Olmo Pastor for appellee.\n\n"
            "The district court found for the landlord after a bench trial, and the tenant appealed. We affirm.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who represented the appellant in Quimby v. Ravenholt?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Raul Vidal Montero");
}

TEST_CASE("counsel asked by who spoke for a side; the side that challenged is the one that sued") {
  ask::QuestionAnalysis q = ask::analyze_question("Who spoke for the federal government before the Justices?");
  CHECK(q.counsel);
  CHECK(q.counsel_side == "government");
  q = ask::analyze_question("Who spoke for the parents challenging the pledge statute before the appeals court?");
  CHECK(q.counsel);
  CHECK(q.counsel_side == "challenger");
  // The Court's spokesman is the opinion's author, not counsel.
  CHECK_FALSE(ask::analyze_question("Who spoke for the Court in the major rules case?").counsel);

  PipelineIndex index;
  index.add("o", "Doe v. Hanover School District",
            "Appeal from the District Court.\n\n"
            "Nancy J. Smith, Senior Assistant Attorney General, for appellee State of New Hampshire.\n\n"
            "Michael Newell, with whom Rose Fox was on brief, for appellants.\n\n"
            "The parents challenge the statute requiring the pledge in public schools. We affirm.\n");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("Who spoke for the parents challenging the pledge statute before the appeals court?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Michael Newell");
}
