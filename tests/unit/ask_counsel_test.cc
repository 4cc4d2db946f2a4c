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

TEST_CASE("counsel asked beside a lawyer the question names; a State's name before 'citizen' is no party") {
  PipelineIndex index;
  index.add("o", "Pell v. Oregon",
            "Mr. J.D. Tamsin, (Mr. Oren Vasquez was also on the brief,) for plaintiff in error.\n\n"
            "Mr. Hollis Ward, Attorney General of the State of Oregon, Mr. B.J. Ansel and Mr. Cole Dunmore, for "
            "defendant in error, submitted on their briefs.\n\n"
            "MR. JUSTICE FIELD delivered the opinion of the court.\n\n"
            "The plaintiff, a citizen of Oregon, brought suit against the State of Oregon on its bonds.\n",
            "Supreme Court of the United States", "", "1890-03-03", "opinion");
  Xapian::Database db = index.open();
  // The co-counsel the question names tells the side, past the State's name
  // (the defendant's) said of where the plaintiff is from.
  ask::AskResult r = ask::ask(
      "Which lawyer, with Oren Vasquez on the brief, represented the Oregon citizen who sued his own State?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "J.D. Tamsin");

  // The Oregon citizen is not Oregon: the State's counsel are not preferred.
  PipelineIndex other;
  other.add("p", "Quill v. Nevada",
            "Mr. Amos Pike for plaintiff in error.\n\nMr. Dana Rusk for defendant in error.\n\n"
            "MR. JUSTICE FIELD delivered the opinion of the court.\n\n"
            "The plaintiff, a citizen of Nevada, brought suit against the State on its bonds.\n",
            "Supreme Court of the United States", "", "1890-03-03", "opinion");
  Xapian::Database other_db = other.open();
  r = ask::ask("Which lawyer represented the Nevada citizen who sued the State on its bonds?", &other_db, nullptr);
  REQUIRE(r.answers.size() >= 2);
  CHECK(r.answers[0].text == "Amos Pike");
  CHECK(r.answers[0].score == doctest::Approx(r.answers[1].score));
  // Nevada itself asked for: its side's counsel.
  r = ask::ask("Which lawyer represented Nevada in the suit on its bonds?", &other_db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Dana Rusk");
}

TEST_CASE("counsel for the Commonwealth: the side of the title a government is") {
  PipelineIndex index;
  index.add("finley", "Pennsylvania v. Finley",
            "PENNSYLVANIA v. FINLEY. CERTIORARI TO THE SUPERIOR COURT OF PENNSYLVANIA.\n\n"
            "Gaele Barthold argued the cause for petitioner. With her on the briefs was Ann Lebowitz.\n\n"
            "Catherine Harper argued the cause and filed a brief for respondent.\n\n"
            "The question is whether counsel in postconviction proceedings must follow the Anders procedures.\n",
            "scotus", "", "1987-05-18", "opinion");
  index.add("hans", "Hans v. Louisiana",
            "HANS v. LOUISIANA. Mr. Richard Hans argued the cause for plaintiff in error.\n\n"
            "Mr. Walter Rogers argued the cause for defendant in error.\n\n"
            "The question is whether a citizen may sue his own State.\n",
            "scotus", "", "1890-03-03", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult commonwealth =
      ask::ask("Which lawyer argued for the Commonwealth about the Anders procedures in postconviction proceedings?", &db, nullptr);
  REQUIRE_FALSE(commonwealth.answers.empty());
  CHECK(commonwealth.answers[0].text == "Gaele Barthold");
  // The State as the second party: its counsel defends.
  const ask::AskResult state = ask::ask("Who argued for the State when a citizen sued his own State?", &db, nullptr);
  REQUIRE_FALSE(state.answers.empty());
  CHECK(state.answers[0].text == "Walter Rogers");
}
