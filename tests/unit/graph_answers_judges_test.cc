// Judges by role (query/ask/judge_role_answers.h) on a
// hand-filled graph of two appeals with a party of the same surname: the
// question's role words pick the role, its names (and year) the document.

#include <doctest/doctest.h>

#include <algorithm>

#include "ask/graph_answers.h"
#include "ask/judge_role_answers.h"
#include "ask/question_analysis.h"
#include "graph/knowledge_graph.h"
#include "test_graph.h"

using namespace lexgraph;
using lexgraph::testing::add_vertex;
using lexgraph::ask::analyze_question;
using lexgraph::ask::Answer;
using lexgraph::ask::asked_judge_roles;
using lexgraph::ask::graph_answers;
using lexgraph::ask::judge_role_answers;

namespace {

void relate(KnowledgeGraph& g, VertexId s, const std::string& predicate, VertexId o, const std::string& doc,
            const std::string& sentence, KeyValues qualifiers = {}) {
  GraphEdge e;
  e.predicate = predicate;
  e.qualifiers = std::move(qualifiers);
  e.confidence = 0.85;
  e.evidence = GraphEvidence{doc, 0, 0, static_cast<std::uint32_t>(sentence.size()), sentence};
  boost::add_edge(s, o, e, g.storage());
}

// Two First Circuit appeals: Orla Pemberton's (2021: a judge below, a panel,
// an author, a dissenter) and Hugo Pemberton's (2019: its own panel and author).
KnowledgeGraph world() {
  KnowledgeGraph g;
  VertexId a = add_vertex(g, "doc:a", "document", "Pemberton v. Granite Falls Credit Union", {}, {{"date", "2021-04-02"}});
  VertexId b = add_vertex(g, "doc:b", "document", "United States v. Pemberton", {}, {{"date", "2019-09-30"}});
  VertexId orla = add_vertex(g, "person:orla-quinn-pemberton", "person", "Orla Quinn Pemberton", {"Orla Quinn Pemberton"});
  VertexId bank = add_vertex(g, "org:granite-falls-credit-union", "organization", "Granite Falls Credit Union",
                      {"Granite Falls Credit Union"});
  VertexId hugo = add_vertex(g, "person:hugo-pemberton", "person", "Hugo Pemberton", {"Hugo Pemberton"});
  VertexId below = add_vertex(g, "judge:rosalind-thibodeau", "judge", "Rosalind K. Thibodeau", {"Rosalind K. Thibodeau"});
  VertexId marchetti = add_vertex(g, "judge:marchetti", "judge", "Marchetti", {"Marchetti"});
  VertexId oduya = add_vertex(g, "judge:oduya", "judge", "Oduya", {"Oduya", "ODUYA"});
  VertexId lindqvist = add_vertex(g, "judge:lindqvist", "judge", "Lindqvist", {"LINDQVIST"});
  VertexId ferro = add_vertex(g, "judge:ferro", "judge", "Ferro", {"FERRO"});
  VertexId sato = add_vertex(g, "judge:sato", "judge", "Sato", {"SATO"});
  relate(g, orla, "party_to", a, "a", "ORLA QUINN PEMBERTON, Plaintiff, Appellant,", {{"role", "appellant"}});
  relate(g, bank, "party_to", a, "a", "GRANITE FALLS CREDIT UNION, Defendant, Appellee.", {{"role", "appellee"}});
  relate(g, hugo, "party_to", b, "b", "HUGO PEMBERTON, Defendant, Appellant.", {{"role", "appellant"}});
  relate(g, below, "decided_below", a, "a", "[Hon. Rosalind K. Thibodeau, U.S. District Judge]", {{"source", "appeal heading"}});
  relate(g, marchetti, "presides_over", a, "a", "Marchetti, Chief Judge,", {{"role", "panel"}});
  relate(g, oduya, "presides_over", a, "a", "Oduya and Lindqvist, Circuit Judges.", {{"role", "panel"}});
  relate(g, lindqvist, "presides_over", a, "a", "Oduya and Lindqvist, Circuit Judges.", {{"role", "panel"}});
  relate(g, oduya, "authored", a, "a", "ODUYA, Circuit Judge. We affirm.", {{"opinion", "majority"}});
  relate(g, sato, "dissents", a, "a", "LINDQVIST, Circuit Judge, with whom SATO, Circuit Judge, joins, dissenting.",
         {{"joined", "judge:lindqvist"}});
  relate(g, lindqvist, "dissents", a, "a", "LINDQVIST, Circuit Judge, dissenting.", {{"opinion", "written"}});
  relate(g, ferro, "presides_over", b, "b", "Before Ferro and Marchetti, Circuit Judges.", {{"role", "panel"}});
  relate(g, marchetti, "presides_over", b, "b", "Before Ferro and Marchetti, Circuit Judges.", {{"role", "panel"}});
  relate(g, ferro, "authored", b, "b", "FERRO, Circuit Judge. The sentence stands.", {{"opinion", "majority"}});
  g.reindex();
  return g;
}

std::string top(const std::vector<Answer>& answers) {
  const auto best = std::max_element(answers.begin(), answers.end(),
                                     [](const Answer& x, const Answer& y) { return x.score < y.score; });
  return best == answers.end() ? "" : best->entity;
}

bool has(const std::vector<Answer>& answers, const std::string& id) {
  return std::any_of(answers.begin(), answers.end(), [&](const Answer& a) { return a.entity == id; });
}

}  // namespace

TEST_CASE("judge roles: the question's words name the role") {
  CHECK(asked_judge_roles("Who was the district judge below in the appeal?").front() == "below");
  CHECK(asked_judge_roles("Name the trial judge whose order was reviewed.").front() == "below");
  CHECK(asked_judge_roles("Which justices dissented?").front() == "dissent");
  CHECK(asked_judge_roles("Who did not join the majority?").front() == "dissent");
  CHECK(asked_judge_roles("Which justice would have granted the stay?").front() == "dissent");
  CHECK(asked_judge_roles("Who wrote the opinion?").front() == "author");
  CHECK(asked_judge_roles("Which judges sat on the panel?").front() == "panel");
  CHECK(asked_judge_roles("To which judge is the docket assigned?").front() == "assigned");
  // A district court's ruling is not a district judge.
  CHECK(asked_judge_roles("Which judge stayed the district court ruling?").empty());
  CHECK(asked_judge_roles("Who presided?").empty());
}

TEST_CASE("judge roles: the judge below, the dissenter and the author of the document the question names") {
  const KnowledgeGraph g = world();
  auto answers = [&](const std::string& question) { return judge_role_answers(g, analyze_question(question, &g)); };

  const auto below = answers("Who was the district judge below in Orla Pemberton's appeal?");
  CHECK(top(below) == "judge:rosalind-thibodeau");
  CHECK_FALSE(has(below, "judge:ferro"));  // the other Pemberton's appeal

  const auto dissent = answers("Which judge dissented in Pemberton v. Granite Falls Credit Union?");
  CHECK(top(dissent) == "judge:lindqvist");
  CHECK_FALSE(has(dissent, "judge:marchetti"));
  CHECK_FALSE(has(dissent, "judge:rosalind-thibodeau"));
  REQUIRE(!dissent.empty());
  CHECK(dissent.front().evidence.front().text.find("dissenting") != std::string::npos);
  CHECK(dissent.front().type == "judge");

  // Who joined a dissent dissents too; who wrote it comes first.
  CHECK(has(dissent, "judge:sato"));
  CHECK(top(answers("Who wrote the dissent in Pemberton v. Granite Falls Credit Union?")) == "judge:lindqvist");
  // Who joined it is asked: the joiner first.
  CHECK(top(answers("Which judge joined the dissent in Pemberton v. Granite Falls Credit Union?")) == "judge:sato");
  // So is who concurred in it; whose dissent it is, named, is no answer.
  const auto concurred = answers("Which judge concurred in Judge Lindqvist's dissent in Pemberton v. Granite Falls Credit Union?");
  CHECK(top(concurred) == "judge:sato");
  CHECK_FALSE(has(concurred, "judge:lindqvist"));
  // The role asked of a named document outranks what passages of that
  // document make of other judges (they score up to the high teens).
  const auto wrote = answers("Who wrote the dissent in Pemberton v. Granite Falls Credit Union?");
  REQUIRE_FALSE(wrote.empty());
  CHECK(std::max_element(wrote.begin(), wrote.end(), [](const Answer& x, const Answer& y) {
          return x.score < y.score;
        })->score >= 20.0);

  // Both appeals have a Pemberton; the year says which.
  CHECK(top(answers("Who wrote the 2019 opinion in Pemberton's appeal?")) == "judge:ferro");
  CHECK(top(answers("Who wrote the 2021 opinion in Pemberton's appeal?")) == "judge:oduya");

  // Hugo Pemberton's appeal has no dissent: no judge of the other appeal answers.
  CHECK_FALSE(has(answers("Which judge dissented in Hugo Pemberton's appeal?"), "judge:lindqvist"));

  // No role word: the document's own judges, never the judge below.
  const auto any = answers("Which judge decided Hugo Pemberton's appeal?");
  CHECK(top(any) == "judge:ferro");
  CHECK_FALSE(has(answers("Which judge decided Orla Quinn Pemberton's appeal?"), "judge:rosalind-thibodeau"));

  // Hugo Pemberton's appeal names no judge below: its panel is not the answer.
  CHECK(answers("Who was the district judge below in Hugo Pemberton's appeal?").empty());

  // A question naming no document of the graph gets no judge by role.
  CHECK(answers("Which judge dissented in Zebulon v. Quartermaine?").empty());
}

TEST_CASE("judge roles: graph_answers adds them for judge questions and for 'who disagreed'") {
  const KnowledgeGraph g = world();
  const auto who = graph_answers(g, analyze_question("Who disagreed with the majority in Pemberton v. Granite Falls Credit Union?", &g));
  CHECK(has(who, "judge:lindqvist"));
  CHECK_FALSE(has(who, "judge:oduya"));
}

TEST_CASE("judge roles: a question naming no document asks the role in the document the search found best") {
  const KnowledgeGraph g = world();
  const std::string question = "Which judge dissented from the ruling on the credit union's overdraft fees?";
  const auto q = analyze_question(question, &g);
  // Nothing the question names is in the graph: no document, no judge.
  CHECK(judge_role_answers(g, q).empty());
  // The search found the Pemberton appeal best: its dissenter answers, below
  // a role in a document the question names.
  const auto found = judge_role_answers(g, q, {"a", "b"});
  CHECK(top(found) == "judge:lindqvist");
  CHECK_FALSE(has(found, "judge:ferro"));
  const auto named = judge_role_answers(g, analyze_question("Which judge dissented in Pemberton v. Granite Falls Credit Union?", &g));
  REQUIRE(!found.empty());
  REQUIRE(!named.empty());
  CHECK(found.front().score < named.front().score);
  // Without role words the search's document gives no judge: its own judges
  // would answer any question.
  CHECK(judge_role_answers(g, analyze_question("Which judge ruled on the overdraft fees?", &g), {"a"}).empty());
}

TEST_CASE("judge roles: a judge of the court the question names, and the judge below of an appeal from it") {
  KnowledgeGraph g;
  VertexId doc = add_vertex(g, "doc:n", "document", "Niazmand v. Commissioner", {},
                            {{"court", "United States Court of Appeals (ca1)"}, {"date", "1994-02-24"}});
  VertexId party = add_vertex(g, "person:rahmat-niazmand", "person", "Rahmat A. Niazmand", {"Niazmand"});
  VertexId ca1 = add_vertex(g, "court:ca1", "court", "United States Court of Appeals for the First Circuit", {"First Circuit"});
  add_vertex(g, "court:tax", "court", "United States Tax Court", {"Tax Court"});
  // The heading's name was read as a person's.
  VertexId gerber = add_vertex(g, "person:joel-gerber", "person", "Joel Gerber", {"Joel Gerber"});
  VertexId cyr = add_vertex(g, "judge:cyr", "judge", "Circuit Judge Cyr", {"Cyr"});
  relate(g, party, "party_to", doc, "n", "RAHMAT A. NIAZMAND, Petitioner,", {{"role", "petitioner"}});
  relate(g, gerber, "decided_below", doc, "n", "[Hon. Joel Gerber, U.S. Tax Court Judge]", {{"source", "appeal heading"}});
  relate(g, cyr, "presides_over", doc, "n", "Cyr, Boudin and Stahl,", {{"role", "panel"}});
  relate(g, cyr, "member_of", ca1, "n", "Cyr, Boudin and Stahl, Circuit Judges.");
  g.reindex();
  for (const char* question : {"Which Tax Court judge's rulings were appealed in Niazmand v. Commissioner?",
                               "Who was the Tax Court judge in Niazmand v. Commissioner?"}) {
    CAPTURE(question);
    auto answers = judge_role_answers(g, analyze_question(question, &g), {});
    CHECK(top(answers) == "person:joel-gerber");
    CHECK_FALSE(has(answers, "judge:cyr"));
  }
  CHECK(top(judge_role_answers(g, analyze_question("Who was the First Circuit judge in Niazmand v. Commissioner?", &g), {})) ==
        "judge:cyr");
}

TEST_CASE("judge roles: a panel judge whose name was read as a person's is still a judge of the panel") {
  KnowledgeGraph g;
  VertexId doc = add_vertex(g, "doc:t", "document", "Marlow Tire Co. v. United States", {},
                            {{"court", "cit"}, {"date", "2009-11-13"}});
  VertexId party = add_vertex(g, "org:marlow-tire-co", "organization", "Marlow Tire Co.", {"Marlow Tire Co."});
  VertexId pemberton = add_vertex(g, "person:octavia-pemberton", "person", "Octavia R. Pemberton", {"Octavia R. Pemberton"});
  VertexId whitford = add_vertex(g, "person:silas-whitford", "person", "Silas K. Whitford", {"Silas K. Whitford"});
  VertexId clerk = add_vertex(g, "person:ada-clerk", "person", "Ada Clerk", {"Ada Clerk"});
  relate(g, party, "party_to", doc, "t", "Marlow Tire Co. v. United States", {{"role", "plaintiff"}});
  relate(g, pemberton, "presides_over", doc, "t", "Panel: Octavia R. Pemberton", {{"role", "panel"}});
  relate(g, whitford, "presides_over", doc, "t", "Silas K. Whitford", {{"role", "panel"}});
  relate(g, clerk, "party_to", doc, "t", "Ada Clerk, filer", {{"role", "filer"}});
  g.reindex();
  auto answers = judge_role_answers(g, analyze_question("Which judges sat on the panel in Marlow Tire Co. v. United States?", &g), {});
  CHECK(has(answers, "person:octavia-pemberton"));
  CHECK(has(answers, "person:silas-whitford"));
  CHECK_FALSE(has(answers, "person:ada-clerk"));
}

TEST_CASE("judge roles: a word many names hold names none of their documents, unless one is a party") {
  KnowledgeGraph g = world();
  // Pemberton's appeal (doc:a) cites three British bodies, none of them a party.
  const VertexId a = *g.find("doc:a");
  for (const char* name : {"British Home Office", "British Royal Commission", "British Admiralty Board"}) {
    std::string id = std::string("org:") + name;
    std::replace(id.begin(), id.end(), ' ', '-');
    relate(g, a, "mentions", add_vertex(g, id, "organization", name, {name}), "a", name);
  }
  g.reindex();
  const auto q = analyze_question("Which judge wrote the opinion on the British steamer's collision in the fog?", &g);
  // Not Pemberton's author, by the word its cited bodies share: the search's
  // document answers.
  const auto found = judge_role_answers(g, q, {"b"});
  CHECK(top(found) == "judge:ferro");
  CHECK_FALSE(has(found, "judge:oduya"));
  // One of them a party: the word names its document.
  relate(g, *g.find("org:British-Admiralty-Board"), "party_to", a, "a", "BRITISH ADMIRALTY BOARD, Appellee.");
  g.reindex();
  CHECK(top(judge_role_answers(g, analyze_question("Which judge wrote the opinion on the British steamer's collision in the fog?", &g), {"b"})) == "judge:oduya");
}

TEST_CASE("judge roles: a document named only by what it mentions is asked about only if the search finds it too") {
  // Baker v. Carr cites "Pawhuska v. Pawhuska Oil & Gas Co." in a footnote;
  // "the Osage Indian's Pawhuska lot" asks about another opinion, which the
  // search finds by its words.
  KnowledgeGraph g = world();
  VertexId c = add_vertex(g, "doc:c", "document", "Bellamy v. Crane", {}, {{"date", "1962-03-26"}});
  VertexId town = add_vertex(g, "org:pawhuska", "organization", "Pawhuska", {"Pawhuska"});
  VertexId ostrander = add_vertex(g, "judge:ostrander", "judge", "Ostrander", {"OSTRANDER"});
  relate(g, c, "mentions", town, "c", "See Pawhuska v. Pawhuska Oil & Gas Co., 250 U.S. 394.");
  relate(g, ostrander, "authored", c, "c", "MR. JUSTICE OSTRANDER delivered the opinion of the Court.",
         {{"opinion", "majority"}});
  g.reindex();
  const auto q = analyze_question("Who wrote the opinion about the Pawhuska lot?", &g);
  // The search's best is another document: the author asked about is its.
  const auto elsewhere = judge_role_answers(g, q, {"b"});
  CHECK(top(elsewhere) == "judge:ferro");
  CHECK_FALSE(has(elsewhere, "judge:ostrander"));
  // The search finds the mentioning document among its best: it is the one.
  CHECK(top(judge_role_answers(g, q, {"c", "a"})) == "judge:ostrander");
  // Named weakly, the document must be the search's best, not only among its best few.
  CHECK_FALSE(has(judge_role_answers(g, q, {"a", "c"}), "judge:ostrander"));
}

TEST_CASE("judge roles: a name holds another only word by word; a place in a party's name names it weakly") {
  KnowledgeGraph g = world();
  VertexId d = add_vertex(g, "doc:d", "document", "Speiser v. Randall", {}, {{"date", "1958-06-30"}});
  VertexId speiser = add_vertex(g, "person:lawrence-speiser", "person", "Lawrence Speiser", {"Lawrence Speiser"});
  VertexId brennan = add_vertex(g, "judge:brennan", "judge", "Brennan", {"BRENNAN"});
  relate(g, speiser, "party_to", d, "d", "LAWRENCE SPEISER, Appellant,", {{"role", "appellant"}});
  relate(g, brennan, "authored", d, "d", "MR. JUSTICE BRENNAN delivered the opinion of the Court.", {{"opinion", "majority"}});
  VertexId e = add_vertex(g, "doc:e", "document", "Newell v. Rubbermaid", {}, {{"date", "1994-04-11"}});
  VertexId newell = add_vertex(g, "org:newell-puerto-rico-ltd", "organization", "Newell Puerto Rico, Ltd.",
                               {"Newell Puerto Rico, Ltd."});
  VertexId torruella = add_vertex(g, "judge:torruella", "judge", "Torruella", {"TORRUELLA"});
  relate(g, newell, "party_to", e, "e", "NEWELL PUERTO RICO, LTD., Plaintiff, Appellant,", {{"role", "appellant"}});
  relate(g, torruella, "authored", e, "e", "TORRUELLA, Circuit Judge.", {{"opinion", "majority"}});
  g.reindex();
  // "Law" of "Puerto Rico's Law 75" is no part of "Lawrence Speiser".
  CHECK_FALSE(has(judge_role_answers(g, analyze_question("Who wrote the opinion on the Law 75 claim?", &g), {"b"}),
                  "judge:brennan"));
  // A party "Newell Puerto Rico, Ltd." does not make Newell's appeal the one
  // a question about Puerto Rico's dealers law asks about, unless the search finds it best.
  const auto q = analyze_question("Who wrote the 1994 decision on Puerto Rico's dealers law?", &g);
  CHECK_FALSE(has(judge_role_answers(g, q, {"b"}), "judge:torruella"));
  CHECK(top(judge_role_answers(g, q, {"e"})) == "judge:torruella");
  // The State itself as the party is named by its name, whatever the search found.
  KnowledgeGraph h = world();
  VertexId f = add_vertex(h, "doc:f", "document", "State of Hawaii v. Trump", {}, {{"date", "2017-03-30"}});
  VertexId hawaii = add_vertex(h, "agency:state-of-hawaii", "agency", "State of Hawaii", {"State of Hawaii"});
  VertexId paez = add_vertex(h, "judge:paez", "judge", "Paez", {"PAEZ"});
  relate(h, hawaii, "party_to", f, "f", "STATE OF HAWAII, Plaintiff-Appellee,", {{"role", "appellee"}});
  relate(h, paez, "authored", f, "f", "PAEZ, Circuit Judge.", {{"opinion", "majority"}});
  h.reindex();
  CHECK(top(judge_role_answers(h, analyze_question("Who wrote the opinion in Hawaii's refugee suit?", &h), {"b"})) ==
        "judge:paez");
}

TEST_CASE("judge roles: the search's best document, a decision of the court and year the question gives, is as if named") {
  KnowledgeGraph g = world();
  VertexId d = add_vertex(g, "doc:g", "document", "Marchand v. Quill", {},
                          {{"date", "2021-06-01"}, {"court", "United States Court of Appeals (ca1)"}});
  VertexId keel = add_vertex(g, "judge:keel", "judge", "Keel", {"KEEL"});
  relate(g, keel, "authored", d, "g", "KEEL, Circuit Judge.", {{"opinion", "majority"}});
  g.reindex();
  auto best_score = [](const std::vector<Answer>& answers) {
    double best = 0;
    for (const Answer& a : answers) best = std::max(best, a.score);
    return best;
  };
  const auto named = judge_role_answers(
      g, analyze_question("Who authored the First Circuit's 2021 decision on the mill's lagoons?", &g), {"g"});
  CHECK(top(named) == "judge:keel");
  CHECK(best_score(named) >= 20.0);
  // Another year, or none: the search's document is only the best guess.
  const auto other_year = judge_role_answers(
      g, analyze_question("Who authored the First Circuit's 2019 decision on the mill's lagoons?", &g), {"g"});
  CHECK(best_score(other_year) < 20.0);
  const auto no_year =
      judge_role_answers(g, analyze_question("Who authored the First Circuit's decision on the mill's lagoons?", &g), {"g"});
  CHECK(best_score(no_year) < 20.0);
}
