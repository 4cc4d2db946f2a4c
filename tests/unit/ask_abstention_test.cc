// A judge who took no part ("Which Justice sat out the case?"), and a
// court named as the asked judges' court ("a member of the Supreme
// Court"), whose own opinions rarely name it: documents written for this
// test, through the real pipeline.

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "ask/answer_json.h"
#include "ask/ask_engine.h"
#include "ask/graph_answers.h"
#include "test_graph.h"
#include "ask/question_analysis.h"
#include "graph/knowledge_graph.h"
#include "pipeline_index.h"

using namespace lexgraph;

TEST_CASE("abstention: 'sat out', 'did not participate' ask for the judge who took no part") {
  ask::QuestionAnalysis q = ask::analyze_question("Which Justice sat out the rail welding patent case?");
  CHECK(q.abstention);
  CHECK(q.cue == "sat out");
  CHECK(q.answer_type == "judge");
  q = ask::analyze_question("Who on the Court did not participate in deciding the welding case?");
  CHECK(q.abstention);
  CHECK_FALSE(q.negated);  // "not" belongs to the abstention, not to a relation
  q = ask::analyze_question("Which Justice wrote the opinion in the welding case?");
  CHECK_FALSE(q.abstention);
  // The graph keeps no abstention: none of its judges answers.
  KnowledgeGraph g;
  g.reindex();
  CHECK(ask::graph_answers(g, ask::analyze_question("Which Justice sat out the welding case?", &g)).empty());
}

TEST_CASE("abstention: it outranks a verb that describes the case, and 'the only Justice' names a judge") {
  ask::QuestionAnalysis q =
      ask::analyze_question("Who was the one Justice who did not participate when the Court upheld the welding patent?");
  CHECK(q.abstention);
  CHECK(q.cue == "did not participate");
  CHECK(q.predicate.empty());
  CHECK(q.answer_type == "judge");
  // The verb still finds the case, as a word.
  CHECK(std::find(q.terms.begin(), q.terms.end(), "upheld") != q.terms.end());
  CHECK(ask::analyze_question("Who was the only Justice to sit out the welding case?").answer_type == "judge");
  CHECK(ask::analyze_question("Who was the sole Judge who dissented?").answer_type == "judge");
}

TEST_CASE("abstention: the judge who took no part, from the opinion of the case described") {
  const std::string scotus = "Supreme Court of the United States";
  lexgraph::testing::PipelineIndex index;
  // The opinion never names its own court in its text.
  index.add("vell", "Vell Tools Co. v. Marsh",
            "MR. JUSTICE HALVERSEN delivered the opinion of the Court.\n\nPetitioner owns a patent for a method of "
            "welding rails and sued to enjoin the sale of rail welding kits.\n\nThe patent misuse doctrine bars "
            "relief.\n\nAffirmed.\n\nMR. JUSTICE OSTRANDER took no part in the consideration or decision of this case.",
            scotus);
  // Another opinion names the Supreme Court, and another Justice sat out.
  index.add("other", "Quill v. Dorn",
            "MR. JUSTICE HALVERSEN delivered the opinion of the Court.\n\nThe Supreme Court has long held that "
            "a contract for timber is a sale.\n\nReversed.\n\nMR. JUSTICE PELLWORTH took no part in the decision of "
            "this case.",
            scotus);
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("Which member of the Supreme Court sat out the rail welding patent misuse case?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].entity == "judge:ostrander");
}

TEST_CASE("possessive heads: 'which state's highest court' asks for a court") {
  CHECK(ask::analyze_question("Which state's highest court ruled the other way?").answer_type == "court");
  // The owner is asked for when the owned thing is an order, a rule or premises.
  CHECK(ask::analyze_question("Which district judge's order was appealed?").answer_type == "judge");
  CHECK(ask::analyze_question("Which agency's 1998 regulation barred petitioning?").answer_type == "agency");
  CHECK(ask::analyze_question("In which agency's facilities were they held?").answer_type == "agency");
}

TEST_CASE("the document the question describes outweighs an answer repeated in others") {
  const std::string scotus = "Supreme Court of the United States";
  lexgraph::testing::PipelineIndex index;
  index.add("vell", "Vell Tools Co. v. Marsh",
            "Petitioner owns a patent for a method of welding rails and sued to enjoin the sale of rail welding "
            "kits.\n\nThe patent misuse doctrine bars relief to a patentee who uses the patent to restrain the sale "
            "of unpatented welding kits.\n\nAffirmed.\n\nMR. JUSTICE OSTRANDER took no part in the decision of this "
            "case.",
            scotus);
  // Two opinions on other matters, each with the same Justice sitting out.
  index.add("quill", "Quill v. Dorn",
            "A contract for timber is a sale of goods.\n\nReversed.\n\nMR. JUSTICE PELLWORTH took no part in the "
            "decision of this case.",
            scotus);
  index.add("arden", "Arden v. Lusk",
            "A lease of grazing land is no sale.\n\nAffirmed.\n\nMR. JUSTICE PELLWORTH took no part in the decision "
            "of this case.",
            scotus);
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which Justice sat out the patent misuse case over rail welding kits?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].entity == "judge:ostrander");
}

TEST_CASE("a year the question gives reads the document of that year first") {
  lexgraph::testing::PipelineIndex index;
  // Two opinions about a saloon search; the question names the year of one.
  index.add("early", "Harlow v. United States",
            "Agents searched the saloon under a warrant and seized a ledger.\n\nThe indictment was returned on "
            "March 4, 1925.",
            "Supreme Court of the United States", "", "1927-11-21");
  index.add("late", "Pryce v. United States",
            "Agents searched the saloon under a warrant and seized a ledger and bottles.\n\nThe saloon ledger was "
            "kept by the bartender.\n\nThe indictment was returned on June 9, 1960.",
            "Supreme Court of the United States", "", "1962-04-02");
  Xapian::Database db = index.open();
  const ask::AskResult r =
      ask::ask("When was the indictment returned in the 1927 case about the ledger seized from a saloon?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].evidence.front().doc == "early");
}

TEST_CASE("an acronym the graph knows for two agencies reads the documents of both") {
  KnowledgeGraph g;
  lexgraph::testing::add_vertex(g, "agency:board-immigration-appeals", "agency", "Board of Immigration Appeals",
                                {"Board of Immigration Appeals", "BIA"});
  lexgraph::testing::add_vertex(g, "agency:bia", "agency", "Bureau of Indian Affairs", {"Bureau of Indian Affairs", "BIA"});
  g.reindex();
  const ask::QuestionAnalysis q = ask::analyze_question("When did the inmate sue the BIA over his records request?", &g);
  const ask::QuestionEntity* bia = nullptr;
  for (const auto& e : q.entities) {
    if (e.text == "BIA") bia = &e;
  }
  REQUIRE(bia != nullptr);
  CHECK(bia->alternatives.size() == 1);
  CHECK(ask::is_question_entity(q, "agency:bia"));
  CHECK(ask::is_question_entity(q, "agency:board-immigration-appeals"));

  lexgraph::testing::PipelineIndex index;
  index.add("immigration", "Ordaz v. Garland",
            "The Board of Immigration Appeals (BIA) dismissed the appeal on May 2, 2019.\n\nThe BIA held that the "
            "applicant had not shown hardship.\n\nThe BIA's decision is reviewed for substantial evidence.");
  index.add("records", "Kessler v. Bureau of Indian Affairs",
            "On March 9, 2018, Plaintiff, an inmate, filed this suit to obtain records from the Bureau of Indian "
            "Affairs (BIA).\n\nHe had sent his records request in 2016.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("When did the inmate sue the BIA over his records request?", &db, &g);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].evidence.front().doc == "records");
  // The interpretation shows what the acronym may stand for.
  std::ostringstream json;
  ask::write_answer_json(json, r);
  CHECK(json.str().find("\"alternatives\":[\"agency:bia\"]") != std::string::npos);
}
