// Graph answering (query/ask/graph_answers.h) on a hand-filled graph:
// the predicate and entities pick the relation, the answer is its other
// end of the asked type, negated relations never answer a positive
// question, counts and roles come from qualifiers, evidence is attached.

#include <doctest/doctest.h>

#include <algorithm>

#include "ask/graph_answers.h"
#include "ask/passage_retrieval.h"
#include "ask/question_analysis.h"
#include "ask/question_entities.h"
#include "graph/knowledge_graph.h"
#include "pipeline_index.h"
#include "store/index_layout.h"
#include "test_graph.h"

using namespace lexgraph;
using lexgraph::testing::add_vertex;
using lexgraph::ask::analyze_question;
using lexgraph::ask::Answer;
using lexgraph::ask::graph_answers;

namespace {

void relate(KnowledgeGraph& g, VertexId s, const std::string& predicate, VertexId o, const std::string& sentence,
            KeyValues qualifiers = {}, std::string object_text = "", std::uint32_t index = 0) {
  GraphEdge e;
  e.predicate = predicate;
  e.qualifiers = std::move(qualifiers);
  e.object_text = std::move(object_text);
  e.confidence = 0.9;
  e.evidence = GraphEvidence{"d1", index, 0, static_cast<std::uint32_t>(sentence.size()), sentence};
  boost::add_edge(s, o, e, g.storage());
}

// A small world: an order blocking ICE, a court that refused to, the IRS
// violating § 6103 (a judge's finding with a count), an officer's role.
KnowledgeGraph world() {
  KnowledgeGraph g;
  VertexId doc = add_vertex(g, "doc:d1", "document", "Doe v. Immigration and Customs Enforcement", {},
                     {{"court", "United States District Court for the District of Columbia"}, {"date", "2025-11-20"}});
  VertexId order = add_vertex(g, "order:d1#3", "order", "preliminary injunction", {"preliminary injunction", "the injunction"});
  VertexId ice = add_vertex(g, "agency:ice", "agency", "Immigration and Customs Enforcement", {"ICE"});
  VertexId irs = add_vertex(g, "agency:irs", "agency", "Internal Revenue Service", {"IRS"});
  VertexId court = add_vertex(g, "court:cadc", "court", "United States Court of Appeals for the District of Columbia Circuit",
                       {"D.C. Circuit"});
  VertexId judge = add_vertex(g, "judge:jane-roe", "judge", "Jane Roe", {"Jane Roe", "Roe"});
  VertexId statute = add_vertex(g, "statute:usc/26/6103", "statute", "26 U.S.C. § 6103", {"section 6103"});
  VertexId officer = add_vertex(g, "person:sam-poe", "person", "Sam Poe", {"Sam Poe"});
  relate(g, order, "enjoins", ice, "The preliminary injunction blocks ICE from acting upon any IRS data.", {},
         "acting upon any IRS data", 4);
  relate(g, court, "enjoins", ice, "The D.C. Circuit did not enjoin ICE.", {{"negated", "true"}}, "", 5);
  relate(g, irs, "violates", statute, "The IRS violated section 6103.", {}, "", 6);
  relate(g, judge, "finds_violation", statute, "Judge Jane Roe found that the IRS violated section 6103 about 42,695 times.",
         {{"violator", "agency:irs"}, {"count", "42695"}}, "", 7);
  relate(g, officer, "holds_role", irs, "Sam Poe, the chief privacy officer of the IRS, testified.",
         {{"role", "chief privacy officer"}}, "", 8);
  relate(g, doc, "mentions", ice, "");
  g.reindex();
  return g;
}

std::vector<std::string> ids(const std::vector<Answer>& answers) {
  std::vector<std::string> out;
  for (const auto& a : answers) out.push_back(a.entity);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("an order that blocks ICE answers which orders block ICE") {
  KnowledgeGraph g = world();
  auto answers = graph_answers(g, analyze_question("Which orders block ICE's use of IRS data?", &g));
  REQUIRE(answers.size() == 1);
  const Answer& a = answers.front();
  CHECK(a.entity == "order:d1#3");
  CHECK(a.type == "order");
  CHECK(a.text == "preliminary injunction");
  REQUIRE(a.evidence.size() == 1);
  CHECK(a.evidence[0].doc == "d1");
  CHECK(a.evidence[0].sentence == 4);
  CHECK(a.evidence[0].title == "Doe v. Immigration and Customs Enforcement");
  CHECK(a.evidence[0].date == "2025-11-20");
  REQUIRE(a.evidence[0].highlight);
  CHECK(a.evidence[0].text.substr(a.evidence[0].highlight->first,
                                  a.evidence[0].highlight->second - a.evidence[0].highlight->first) == "preliminary injunction");
}

TEST_CASE("negated relations never answer a positive question") {
  KnowledgeGraph g = world();
  auto positive = ids(graph_answers(g, analyze_question("Which court enjoined ICE?", &g)));
  CHECK_FALSE(contains(positive, "court:cadc"));
  auto negative = ids(graph_answers(g, analyze_question("Which court did not enjoin ICE?", &g)));
  CHECK(contains(negative, "court:cadc"));
}

TEST_CASE("the statute violated, and the judge who found it") {
  KnowledgeGraph g = world();
  auto statutes = graph_answers(g, analyze_question("Which statute did the IRS violate?", &g));
  REQUIRE_FALSE(statutes.empty());
  for (const auto& a : statutes) CHECK(a.entity == "statute:usc/26/6103");
  auto judges = ids(graph_answers(g, analyze_question("Which judge found that the IRS broke the law?", &g)));
  CHECK(contains(judges, "judge:jane-roe"));
  CHECK_FALSE(contains(judges, "agency:irs"));  // a question entity is never its own answer
}

TEST_CASE("counts come from the relation's qualifier") {
  KnowledgeGraph g = world();
  auto answers = graph_answers(g, analyze_question("How many times did the IRS violate the law?", &g));
  REQUIRE(answers.size() == 1);
  REQUIRE(answers[0].number_value);
  CHECK(*answers[0].number_value == doctest::Approx(42695));
  CHECK(answers[0].text == "42,695");
  CHECK(answers[0].evidence[0].highlight);
}

TEST_CASE("who is X: the role of holds_role; a name only the graph knows resolves") {
  KnowledgeGraph g = world();
  auto q = analyze_question("Who is Sam Poe?", &g);
  CHECK(q.answer_type == "role");
  auto answers = graph_answers(g, q);
  REQUIRE(answers.size() == 1);
  CHECK(answers[0].text == "chief privacy officer");
  CHECK(answers[0].entity.empty());
  // "Roe" alone: no extractor rule makes it a judge, the graph's aliases do.
  auto roe = analyze_question("Who is Roe?", &g);
  REQUIRE(roe.entities.size() == 1);
  CHECK(roe.entities[0].id == "judge:jane-roe");
}

TEST_CASE("a State's name is a place, not a person the graph knows by that surname nor a case by that name") {
  KnowledgeGraph g = world();
  add_vertex(g, "person:carolyn-washington", "person", "Carolyn Washington", {"Carolyn Washington", "Washington"});
  add_vertex(g, "person:tom-ridge", "person", "Tom Ridge", {"Tom Ridge", "Ridge"});
  // Nor a case cited by the State's name alone ("New York, 241 U.S. 518").
  add_vertex(g, "case:us/241/518", "case", "New York", {"New York"});
  g.reindex();
  auto q = analyze_question("Which Justice dissented in the Washington timber dispute?", &g);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].id.empty());
  q = analyze_question("When did the New York burglary convict's sentence end?", &g);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].id.empty());
  q = analyze_question("What did Ridge sign?", &g);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].id == "person:tom-ridge");
}

TEST_CASE("no relation of the asked kind: no graph answer") {
  KnowledgeGraph g = world();
  CHECK(graph_answers(g, analyze_question("Which organizations sued the IRS?", &g)).empty());
  CHECK(graph_answers(g, analyze_question("Who signed the agreement?", &g)).empty());
  KnowledgeGraph empty;
  empty.reindex();
  CHECK(graph_answers(empty, analyze_question("Which orders block ICE?", &empty)).empty());
}

TEST_CASE("graph answers: 'when' takes the relation's date; a surname merged in the graph is the judge") {
  KnowledgeGraph g;
  VertexId judge = add_vertex(g, "judge:jane-roe-smith", "judge", "Jane Roe-Smith", {"Jane Roe-Smith", "Roe-Smith"},
                       {{std::string(kMergedIdAttr), "judge:roe-smith"}});
  VertexId order = add_vertex(g, "order:d1#3", "order", "preliminary injunction", {"preliminary injunction"});
  relate(g, judge, "grants", order, "On March 3, 2025, Judge Roe-Smith granted a preliminary injunction.",
         {{"date", "2025-03-03"}}, "", 2);
  relate(g, judge, "denies", order, "Judge Roe-Smith denied the motion to stay.", {{"date", "2025-04-01"}}, "", 3);
  g.reindex();
  const auto q = analyze_question("When did Judge Roe-Smith grant the preliminary injunction?", &g);
  REQUIRE(q.answer_type == "date");
  const auto answers = graph_answers(g, q);
  REQUIRE(!answers.empty());
  CHECK(answers.front().string_value == "2025-03-03");
  CHECK(answers.front().evidence.front().text.find("granted") != std::string::npos);
  for (const auto& a : answers) CHECK(a.string_value != "2025-04-01");  // another relation's date
}

TEST_CASE("a name glued to its number is no docket the graph spaces ('NO2' is not 'No. 2')") {
  KnowledgeGraph g;
  add_vertex(g, "docket:text/no-2", "docket", "No. 2", {"No. 2"});
  g.reindex();
  auto entity_of = [&](const std::string& question, const std::string& text) {
    for (const auto& e : analyze_question(question, &g).entities) {
      if (e.text == text) return e.id;
    }
    return std::string("(none)");
  };
  CHECK(entity_of("Which agency approved the NO2 plan for South Carolina?", "NO2").empty());
  CHECK(entity_of("Which order was entered under No. 2?", "No. 2") == "docket:text/no-2");
}

TEST_CASE("a judge named by surname alone is the graph's one judge of that surname") {
  KnowledgeGraph g;
  add_vertex(g, "judge:brett-kavanaugh", "judge", "Brett M. Kavanaugh");
  add_vertex(g, "judge:john-smith", "judge", "John Smith");
  add_vertex(g, "judge:jane-smith", "judge", "Jane Smith");
  g.reindex();
  auto id_of = [](const ask::QuestionAnalysis& q) { return q.entities.empty() ? std::string() : q.entities.front().id; };
  CHECK(id_of(analyze_question("In which case did Judge Kavanaugh concur?", &g)) == "judge:brett-kavanaugh");
  // Two judges share the surname: the question's own id stays.
  CHECK(id_of(analyze_question("In which case did Judge Smith concur?", &g)) == "judge:smith");
}

// The candidate document whose source path holds `path`, or null.
static const ask::CandidateDocument* candidate_at(const Xapian::Database& db, const std::vector<ask::CandidateDocument>& candidates,
                                                  const std::string& path) {
  auto it = std::find_if(candidates.begin(), candidates.end(), [&](const ask::CandidateDocument& c) {
    return db.get_document(c.id).get_value(layout::kSourcePathSlot).find(path) != std::string::npos;
  });
  return it == candidates.end() ? nullptr : &*it;
}

TEST_CASE("an opinion whose metadata names its author is about that judge, though its text never names him") {
  lexgraph::testing::PipelineIndex index;
  index.add("labels", "Meat Institute v. Department of Agriculture",
            "The country-of-origin labeling rule passes muster under the First Amendment.", "cadc", "", "2014-07-29",
            "opinion", {"Brett M. Kavanaugh"});
  index.add("other", "Smith v. Jones", "As Judge Kavanaugh explained in another case, the statute is clear.", "cadc", "",
            "2015-01-01", "opinion");
  Xapian::Database db = index.open();
  // No word of the question is in the opinion: only its author brings it in.
  const ask::QuestionAnalysis q = analyze_question("Which statute did Judge Kavanaugh find clear?");
  std::string description;
  const auto candidates = ask::candidate_documents(db, q, 10, description);
  CHECK(candidate_at(db, candidates, "labels"));
  CHECK(candidate_at(db, candidates, "other"));
}

TEST_CASE("one capitalised word most documents use as a plain word filters nothing, though a graph alias names it") {
  lexgraph::testing::PipelineIndex index;
  index.add("insurer", "St. Pierre v. Standard Insurance Co.",
            "Standard Insurance Company (\"Standard\") denied the claim, and Standard said the standard form applied.");
  index.add("tricare", "Establishment of TRICARE Select",
            "The new plan replaces TRICARE Extra and Standard. The standard option ends. This rule is effective October 1, "
            "2017.");
  index.add("air", "Air Plan Approval", "The ozone standard is met in the State under the plan.");
  Xapian::Database db = index.open();
  ask::QuestionAnalysis q = analyze_question("When did the rule replacing TRICARE Extra and Standard take effect?");
  // The graph made "Standard" the insurer's short name.
  q.entities = {ask::QuestionEntity{"Standard", "org:standard-insurance-company", "organization", {"Standard"}, {}}};
  std::string description;
  const auto candidates = ask::candidate_documents(db, q, 10, description);
  CHECK(candidate_at(db, candidates, "tricare"));
  // Nor is it a party to look for in titles: the insurer's case is not read first.
  if (const ask::CandidateDocument* insurer = candidate_at(db, candidates, "insurer")) CHECK_FALSE(insurer->named_in_title);
}

TEST_CASE("a case the corpus only cites is dated by its citation's year; a case a document decides is not") {
  KnowledgeGraph g = world();
  const VertexId doc = *g.find("doc:d1");
  const VertexId cited = add_vertex(g, "case:us/312/88", "case", "Ostrander v. Bell", {"Ostrander v. Bell, 312 U.S. 88"},
                                    {{"year", "1941"}, {"volume", "312"}, {"page", "88"}});
  relate(g, doc, "cites", cited, "As the Court held in Ostrander v. Bell, 312 U.S. 88 (1941), the fee stands.", {}, "", 9);
  const VertexId decided = add_vertex(g, "case:us/400/1", "case", "Pike v. Dunmore", {"Pike v. Dunmore, 400 U.S. 1"},
                                      {{"year", "1970"}, {"volume", "400"}, {"page", "1"}});
  relate(g, doc, "cites", decided, "See Pike v. Dunmore, 400 U.S. 1 (1970).", {}, "", 10);
  g.reindex();

  auto q = analyze_question("In what year was Ostrander v. Bell, 312 U.S. 88 decided?", &g);
  auto answers = graph_answers(g, q);
  const auto year = std::find_if(answers.begin(), answers.end(), [](const Answer& a) { return a.text == "1941"; });
  REQUIRE(year != answers.end());
  CHECK(year->evidence.front().text.find("Ostrander") != std::string::npos);
  REQUIRE(year->evidence.front().highlight.has_value());

  // Once a document of the corpus decides Pike, its own date answers, not the citation's year.
  relate(g, doc, "decides", decided, "");
  g.reindex();
  q = analyze_question("In what year was Pike v. Dunmore, 400 U.S. 1 decided?", &g);
  answers = graph_answers(g, q);
  CHECK(std::none_of(answers.begin(), answers.end(), [](const Answer& a) { return a.text == "1970"; }));
}

TEST_CASE("a shortened caption resolves to the one case whose sides begin with its sides") {
  KnowledgeGraph g = world();
  add_vertex(g, "case:us/386/753", "case", "National Bellas Hess, Inc. v. Department of Revenue of Illinois", {}, {});
  add_vertex(g, "case:us/400/9", "case", "Harlow Mills v. Department of Labor of Ohio", {}, {});
  add_vertex(g, "case:us/401/7", "case", "Harlow Mills Co. v. Department of Labor of Maine", {}, {});
  g.reindex();
  auto q = analyze_question("In what year was National Bellas Hess v. Department of Revenue decided?", &g);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities.front().id == "case:us/386/753");
  // Two cases fit: the question does not say which.
  q = analyze_question("In what year was Harlow Mills v. Department of Labor decided?", &g);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities.front().id.empty());
}

TEST_CASE("a relation the case's own opinion states answers a question naming the case, whatever it joins") {
  KnowledgeGraph g = world();
  const VertexId doc = *g.find("doc:d1");
  const VertexId own = add_vertex(g, "case:us/303/376", "case", "Helvering v. Mountain Producers Corp.",
                                  {"Helvering v. Mountain Producers Corp."}, {});
  relate(g, doc, "decides", own, "");
  add_vertex(g, "court:bta", "court", "Board of Tax Appeals", {"Board of Tax Appeals"});
  const VertexId ca10 = add_vertex(g, "court:ca10", "court", "United States Court of Appeals for the Tenth Circuit",
                                   {"Tenth Circuit"});
  const VertexId ruling = add_vertex(g, "case:bta/34/409", "case", "34 B.T.A. 409", {"34 B.T.A. 409"});
  relate(g, ca10, "reverses", ruling,
         "The Board of Tax Appeals decided against respondent (34 B.T.A. 409) and its decision was reversed by the "
         "Circuit Court of Appeals.",
         {{"found_by", "court:bta"}}, "", 11);
  g.reindex();
  auto q = analyze_question(
      "In Helvering v. Mountain Producers Corp., which court reversed the Board of Tax Appeals' decision?", &g);
  const auto answers = graph_answers(g, q);
  CHECK(contains(ids(answers), "court:ca10"));
  // A question naming no case the corpus decides reads no other document's relations.
  q = analyze_question("Which court reversed the decision of the Board of Immigration Appeals?", &g);
  CHECK_FALSE(contains(ids(graph_answers(g, q)), "court:ca10"));
}

TEST_CASE("a shortened caption resolves to the case whose sides begin with its words") {
  KnowledgeGraph g;
  add_vertex(g, "case:us/386/753", "case", "National Bellas Hess, Inc. v. Department of Revenue of Illinois");
  add_vertex(g, "case:us/215/278", "case", "United States v. Celestine");
  g.reindex();
  auto resolve = [&](const std::string& caption) {
    ask::QuestionEntity e;
    e.text = caption;
    return ask::resolve_shortened_caption(e, &g) ? e.id : std::string("(none)");
  };
  CHECK(resolve("National Bellas Hess v. Department of Revenue") == "case:us/386/753");
  // "Celestin" is another party, not "Celestine" shortened.
  CHECK(resolve("United States v. Celestin") == "(none)");
  CHECK(resolve("United States v. Celestine") == "case:us/215/278");
}
