// Question analysis (query/ask/question_analysis.h) on the forms researchers
// paraphrase with: imperatives, "whom", descriptive heads, institutions
// named by description, case captions and possessive party names, dissents
// and negation. Every question is written for this test.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "ask/question_analysis.h"
#include "ask/question_tables.h"

using lexgraph::ask::analyze_question;
using lexgraph::ask::QuestionAnalysis;
using lexgraph::ask::QuestionEntity;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

const QuestionEntity* entity_with_id(const QuestionAnalysis& q, const std::string& id) {
  for (const auto& e : q.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

const QuestionEntity* entity_with_text(const QuestionAnalysis& q, const std::string& text) {
  for (const auto& e : q.entities) {
    if (e.text == text) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("question forms: the new data files load") {
  const auto& t = lexgraph::ask::question_tables();
  CHECK(t.problems.empty());
  CHECK_FALSE(t.descriptions.empty());
  CHECK(lexgraph::ask::in_lexicon("imperative", "name"));
  CHECK(lexgraph::ask::in_lexicon("dissent", "did not join"));
  CHECK_FALSE(lexgraph::ask::in_lexicon("imperative", "which"));
  CHECK(lexgraph::ask::lexicon("no such class").empty());
}

TEST_CASE("question forms: an imperative's head noun decides, not a relative who/whose after it") {
  QuestionAnalysis q = analyze_question("Name the bankruptcy judge who approved the sale of the farm.");
  CHECK(q.answer_type == "judge");
  CHECK(q.head_noun == "judge");
  CHECK(q.predicate == "grants");  // the relative clause's verb is still the cue
  q = analyze_question("List the agencies that shared payroll records with the county.");
  CHECK(q.answer_type == "agency");
  CHECK(q.predicate == "discloses_to");
  q = analyze_question("Identify the magistrate whose report the district court adopted.");
  CHECK(q.answer_type == "judge");
  q = analyze_question("What was the name of the agency that denied the permit?");
  CHECK(q.answer_type == "agency");
  q = analyze_question("Give the date on which the stay expired.");
  CHECK(q.answer_type == "date");
  // Names between the imperative and the head are not counted as its words.
  q = analyze_question("Name the U.S. District Court for the District of Oregon judge who heard the motion.");
  CHECK(q.answer_type == "judge");
  // "Name" as a noun in a wh-question is no imperative.
  q = analyze_question("Which court ruled on the name change?");
  CHECK(q.answer_type == "court");
}

TEST_CASE("question forms: whom asks for a person, never a role") {
  QuestionAnalysis q = analyze_question("To whom was the Kelleher appeal assigned?");
  CHECK(q.answer_type == "person");
  CHECK(contains(q.answer_entity_types, "judge"));
  CHECK(contains(q.answer_entity_types, "person"));
  // "By whom" asks for the agent, as "who" does.
  q = analyze_question("By whom was the stay granted?");
  CHECK(q.answer_type == "judge");
  CHECK(contains(q.answer_entity_types, "court"));
  CHECK(q.predicate == "grants");  // "the stay" is a noun
  q = analyze_question("Against whom did the tenants bring a civil action?");
  CHECK(q.answer_type == "person");
  CHECK(q.predicate == "sues");
  CHECK(contains(q.answer_entity_types, "agency"));
  CHECK(contains(q.answer_entity_types, "organization"));
}

TEST_CASE("question forms: descriptive heads") {
  struct Case {
    const char* question;
    const char* type;
  };
  const Case cases[] = {
      {"Which members of the Supreme Court joined the concurrence?", "judge"},
      {"What tribunal decided the pension claim?", "court"},
      {"Which municipality adopted the towing ordinance?", "agency"},
      {"Which county was sued over the jail conditions?", "agency"},
      {"Which insurer refused to pay the flood claim?", "organization"},
      {"What carrier did the shippers sue?", "organization"},
      {"What recusal law did the defendant invoke?", "statute"},
      {"Which provision of the U.S. Code did the officers violate?", "statute"},
      {"Who was the bankruptcy court judge for the debtor?", "judge"},
      {"Who was the circuit judge that heard the emergency motion?", "judge"},
  };
  for (const auto& c : cases) {
    QuestionAnalysis q = analyze_question(c.question);
    CHECK_MESSAGE(q.answer_type == c.type, c.question, " -> ", q.answer_type);
  }
  // A local government may be typed either way.
  QuestionAnalysis q = analyze_question("Which city passed the curfew?");
  CHECK(contains(q.answer_entity_types, "organization"));
  CHECK(contains(q.preferred_types, "organization"));
}

TEST_CASE("question forms: a modifier before the head noun is not the relation") {
  QuestionAnalysis q = analyze_question("Which appeals court reversed the fraud conviction?");
  CHECK(q.answer_type == "court");
  CHECK(q.predicate == "reverses");
  // "The appeals court" names a court: the verb after it is the relation.
  q = analyze_question("What ruling did the appeals court uphold in the zoning dispute?");
  CHECK(q.predicate == "affirms");
  q = analyze_question("Who signed the appeals court's mandate?");
  CHECK(q.predicate == "signs");
  q = analyze_question("Which company appealed?");
  CHECK(q.predicate == "appeals");

  // A participle after the head describes it; the main verb is the relation.
  q = analyze_question("Which decision denying bail was upheld by the panel?");
  CHECK(q.predicate == "affirms");
}

TEST_CASE("question forms: a party may be a person, a company or the government") {
  QuestionAnalysis q = analyze_question("Who is the defendant in a suit over a leaked tax return?");
  CHECK(contains(q.answer_entity_types, "agency"));
  CHECK(contains(q.answer_entity_types, "organization"));
  CHECK(contains(q.preferred_types, "agency"));
  CHECK(q.head_noun == "defendant");
  q = analyze_question("Which party appealed the zoning ruling?");
  CHECK(contains(q.answer_entity_types, "organization"));
  q = analyze_question("Who was the trustee of the estate?");
  CHECK_FALSE(contains(q.answer_entity_types, "agency"));
}

TEST_CASE("question forms: how much of a thing is a quantity; how often a count") {
  QuestionAnalysis q = analyze_question("How much water did the reservoir release in May?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit.empty());
  CHECK(std::find(q.terms.begin(), q.terms.end(), "water") != q.terms.end());
  q = analyze_question("How much in damages did the jury award the tenant?");
  CHECK(q.answer_type == "money");
  q = analyze_question("How much did the contractor pay to settle?");
  CHECK(q.answer_type == "money");
  q = analyze_question("How much money did the charity raise?");
  CHECK(q.answer_type == "money");
  // "How much per year": an amount a period measures, not a quantity of years.
  CHECK(analyze_question("How much per year did the university expect to save?").answer_type == "money");
  CHECK(analyze_question("How much each did the defendants pay?").answer_type == "money");
  // A saving, a levy, a valuation: amounts of money.
  CHECK(analyze_question("What annual saving did the university expect?").answer_type == "money");
  CHECK(analyze_question("What valuation did the board set?").answer_type == "money");
  // A rate is asked in money, or as a share.
  q = analyze_question("At what rate for operations does the law provide for the pension?");
  CHECK(q.answer_type == "money");
  CHECK(contains(q.answer_entity_types, "figure"));
  // A figure counted in dollars is money.
  CHECK(analyze_question("What dollar figure did the plaintiff seek in her complaint?").answer_type == "money");
  CHECK(analyze_question("What figure did the plaintiff seek in her complaint?").answer_type == "figure");
  // The money word may come after its modifiers.
  q = analyze_question("How much past due rent did the court find the tenant owed?");
  CHECK(q.answer_type == "money");
  CHECK(q.unit == "rent");
  q = analyze_question("How often did the sheriff share booking records with the agency?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "times");
  CHECK(q.predicate == "discloses_to");
}

TEST_CASE("question forms: a decision of a lower court is an order, a decision overruled is a precedent") {
  QuestionAnalysis q = analyze_question("Which trial-court decision did the appellate panel affirm?");
  CHECK(q.answer_type == "order");
  CHECK(q.predicate == "affirms");
  q = analyze_question("Which decision of the district court was stayed pending appeal?");
  CHECK(q.answer_type == "order");
  q = analyze_question("Which decision was put on hold by the Justices?");
  CHECK(q.answer_type == "order");
  q = analyze_question("Which decision did the Court overrule?");
  CHECK(q.answer_type == "case");
  q = analyze_question("Which decisions did the opinion cite?");
  CHECK(q.answer_type == "case");
}

TEST_CASE("question forms: institutions named by description resolve when only one fits") {
  QuestionAnalysis q = analyze_question("What launch rule did the space agency withdraw?");
  CHECK(entity_with_id(q, "agency:nasa") != nullptr);  // not its flight centers
  q = analyze_question("Which judge of the Veterans Claims court wrote the opinion?");
  CHECK(entity_with_id(q, "court:cavc") != nullptr);
  CHECK(entity_with_text(q, "Veterans Claims") == nullptr);
  q = analyze_question("When did the Justices deny review?");
  CHECK(entity_with_id(q, "court:scotus") != nullptr);
  CHECK(entity_with_text(q, "Justices") == nullptr);
  // Many courts have "district" in their names: no guess.
  q = analyze_question("When did the district court enter judgment?");
  CHECK(q.entities.empty());
}

TEST_CASE("question forms: words naming no one are not names") {
  QuestionAnalysis q = analyze_question("What did the Court decide in March about the Government's motion?");
  CHECK(entity_with_text(q, "Court") == nullptr);
  CHECK(entity_with_text(q, "March") == nullptr);
  CHECK(entity_with_text(q, "Government") == nullptr);
  q = analyze_question("Which judge heard appeal No. 21-3344?");
  CHECK(entity_with_text(q, "No") == nullptr);
}

TEST_CASE("question forms: case captions and possessive party names carry their parties as aliases") {
  QuestionAnalysis q = analyze_question("Who represented the appellant in Dorrit v. Kessler Farms?");
  const QuestionEntity* c = entity_with_text(q, "Dorrit v. Kessler Farms");
  REQUIRE(c != nullptr);
  CHECK(c->type == "case");
  CHECK(contains(c->aliases, "Dorrit"));
  CHECK(contains(c->aliases, "Kessler Farms"));

  q = analyze_question("Which court decided State of Vermont v. Ashby Quarries?");
  c = entity_with_text(q, "State of Vermont v. Ashby Quarries");
  REQUIRE(c != nullptr);
  CHECK(contains(c->aliases, "Ashby Quarries"));
  CHECK_FALSE(contains(c->aliases, "Vermont"));  // a State names too many other texts

  q = analyze_question("Which judge sentenced the defendant in United States v. Pellham?");
  c = entity_with_text(q, "United States v. Pellham");
  REQUIRE(c != nullptr);
  CHECK(contains(c->aliases, "Pellham"));
  CHECK_FALSE(contains(c->aliases, "United States"));

  // In a role question the case is the setting, not the person asked about.
  q = analyze_question("Who is Marta Olin in Dorrit v. Kessler Farms?");
  c = entity_with_text(q, "Dorrit v. Kessler Farms");
  REQUIRE(c != nullptr);
  CHECK_FALSE(contains(c->aliases, "Dorrit"));

  // A caption may open the question.
  q = analyze_question("Dorrit v. Kessler Farms was decided by which court?");
  c = entity_with_text(q, "Dorrit v. Kessler Farms");
  REQUIRE(c != nullptr);
  CHECK(contains(c->aliases, "Kessler Farms"));
  CHECK(q.answer_type == "court");
  // Any other first word is capitalized as every sentence's is.
  q = analyze_question("Tell me which court decided the case.");
  CHECK(q.entities.empty());
  q = analyze_question("In the Quillan Trust appeal, which order was stayed?");
  CHECK(entity_with_text(q, "Quillan Trust") != nullptr);

  q = analyze_question("Which order did Penelope Thistlewood's appeal challenge?");
  c = entity_with_text(q, "Penelope Thistlewood");
  REQUIRE(c != nullptr);
  CHECK(contains(c->aliases, "Thistlewood"));
  // An organization's possessive is no person's.
  q = analyze_question("Which order did Quarry Savings Bank's appeal challenge?");
  for (const auto& e : q.entities) CHECK_FALSE(contains(e.aliases, "Bank"));
}

TEST_CASE("question forms: a possessive short name is a party, not the famous case of that name") {
  // Whatever short case names the extractor knows: if "in X" reads X as a
  // case, "X's appeal" must read X as a party.
  for (const char* name : {"Reed", "Miranda", "Gideon", "Chevron", "Loper"}) {
    QuestionAnalysis as_case = analyze_question(std::string("Which court applied ") + name + "?");
    const QuestionEntity* e = entity_with_text(as_case, name);
    if (!e || e->type != "case") continue;
    QuestionAnalysis as_party = analyze_question(std::string("Which ruling against ") + name + "'s appeal was upheld?");
    const QuestionEntity* p = entity_with_text(as_party, name);
    REQUIRE_MESSAGE(p != nullptr, name);
    CHECK_MESSAGE(p->type != "case", name);
    CHECK_MESSAGE(p->id.empty(), name);
  }
}

TEST_CASE("question forms: dissents are asked for, not negated relations") {
  QuestionAnalysis q = analyze_question("Who disagreed with the majority in Pell v. Orrin?");
  CHECK(q.answer_type == "judge");
  CHECK(q.dissent);
  CHECK(contains(q.cue_forms, "dissenting"));
  CHECK_FALSE(q.negated);

  q = analyze_question("Which justices did not join the opinion of the Court?");
  CHECK(q.answer_type == "judge");
  CHECK(q.dissent);
  CHECK_FALSE(q.negated);

  q = analyze_question("Which justice would have affirmed the conviction?");
  CHECK(q.dissent);
  CHECK(q.predicate == "affirms");
  CHECK(contains(q.terms, "dissent"));

  q = analyze_question("Which justice wrote the opinion of the Court?");
  CHECK_FALSE(q.dissent);
}

TEST_CASE("question forms: negation is the relation's, and refusing is denying") {
  QuestionAnalysis q = analyze_question("Which agency has never shared addresses with the police?");
  CHECK(q.negated);
  q = analyze_question("Which agency shared records that were not public?");
  CHECK_FALSE(q.negated);
  CHECK(q.predicate == "discloses_to");
  q = analyze_question("Which court refused to hear the appeal?");
  CHECK(q.predicate == "denies");
  CHECK_FALSE(q.negated);
}

TEST_CASE("question forms: who takes back a rule is an agency, who withdraws an opinion a court") {
  QuestionAnalysis q = analyze_question("Who rescinded the 2019 noise abatement rule?");
  CHECK(q.answer_type == "agency");
  q = analyze_question("Who withdrew the proposed pipeline regulation?");
  CHECK(q.answer_type == "agency");
  q = analyze_question("Who withdrew the panel opinion?");
  CHECK(q.answer_type == "judge");
}

TEST_CASE("question forms: what qualifies the head noun is kept for the answer sources") {
  QuestionAnalysis q = analyze_question("Which bankruptcy judge's ruling was appealed?");
  CHECK(q.head_noun == "judge");
  CHECK(contains(q.head_modifiers, "bankruptcy"));
  q = analyze_question("Name the trial judge whose order the panel reversed.");
  CHECK(q.head_modifiers == std::vector<std::string>{"trial"});
  q = analyze_question("Who was the circuit judge assigned to the motion?");
  CHECK(q.head_noun == "judge");
  CHECK(contains(q.head_modifiers, "circuit"));
  q = analyze_question("Which Ninth Circuit judges dissented from the order?");
  CHECK(q.head_court == "court:ca9");
  CHECK(q.head_modifiers.empty());
  q = analyze_question("Which members of the Supreme Court would have granted the stay?");
  CHECK(q.head_court == "court:scotus");
  q = analyze_question("Who on the Supreme Court wanted to hear the case?");
  CHECK(q.head_court == "court:scotus");
  q = analyze_question("Which judge granted the stay?");
  CHECK(q.head_court.empty());
  CHECK(q.head_modifiers.empty());
}

TEST_CASE("question forms: against whom asks for a party of any kind") {
  QuestionAnalysis q = analyze_question("Against whom may a worker bring a civil action for unpaid wages?");
  CHECK(contains(q.preferred_types, "agency"));
  CHECK(contains(q.preferred_types, "organization"));
  CHECK(contains(q.preferred_types, "person"));
}

TEST_CASE("question forms: politeness, hearing a case, directives, code abbreviations, States") {
  QuestionAnalysis q = analyze_question("Please name the magistrate who handled discovery.");
  CHECK(q.answer_type == "judge");
  CHECK_FALSE(contains(q.terms, "please"));
  q = analyze_question("Can you identify the agency that issued the permit?");
  CHECK(q.answer_type == "agency");
  q = analyze_question("Which judge heard the habeas petition?");
  CHECK(q.predicate == "presides_over");
  q = analyze_question("Which executive directive did the tribes challenge?");
  CHECK(q.answer_type == "statute");
  // A code's abbreviation stays something the passages must say.
  q = analyze_question("Under what C.F.R. part must the labels be printed?");
  CHECK(q.entities.size() == 1);
  q = analyze_question("Which state sued the agency over the grant conditions?");
  CHECK(q.answer_type == "agency");
  CHECK(q.predicate == "sues");
  q = analyze_question("Which state court decided the appeal?");
  CHECK(q.answer_type == "court");
  // "state trial court": the State and the court's level modify the court.
  q = analyze_question("Which state trial court heard the family's challenge?");
  CHECK(q.answer_type == "court");
  CHECK(q.head_noun == "court");
  CHECK(analyze_question("Which state supreme court decided it?").answer_type == "court");
}

TEST_CASE("question forms: how large, where filed, delivered the opinion, not granting") {
  QuestionAnalysis q = analyze_question("How large was the fine imposed on the refinery?");
  CHECK(q.answer_type == "money");
  q = analyze_question("How old was the petitioner at sentencing?");
  CHECK(q.answer_type == "figure");
  q = analyze_question("Where was the wage lawsuit filed?");
  CHECK(q.answer_type == "court");
  q = analyze_question("Where do the plaintiffs live?");
  CHECK(q.answer_type == "entity");
  // The verb's plain form after "did" asks the same.
  CHECK(analyze_question("Where did the welfare recipients first sue the State?").answer_type == "court");
  CHECK(analyze_question("Where did the company bring its claim?").answer_type == "court");
  q = analyze_question("Who delivered the opinion of the Court in the mining case?");
  CHECK(q.predicate == "authored");
  CHECK(q.answer_type == "judge");
  // Not granting is denying, read as "refused to grant" is.
  QuestionAnalysis refused = analyze_question("Which court refused to grant the motion to dismiss?");
  q = analyze_question("Which court did not grant the motion to dismiss?");
  CHECK(refused.predicate == "denies");
  CHECK(q.predicate == refused.predicate);
  CHECK(q.negated == refused.negated);
  CHECK(contains(q.terms, "grant"));
  q = analyze_question("Which judge did not deny the stay application?");
  CHECK(q.predicate == "grants");
  CHECK_FALSE(q.negated);
  // Not enjoining stays a negated injunction, as the graph keeps it.
  q = analyze_question("Which court did not enjoin the agency?");
  CHECK(q.predicate == "enjoins");
  CHECK(q.negated);
  // An agency's not sharing stays a negated sharing.
  q = analyze_question("Which agency did not share the records?");
  CHECK(q.predicate == "discloses_to");
  CHECK(q.negated);
}

TEST_CASE("question forms: hostile questions stay bounded") {
  std::string long_question = "Which ";
  for (int i = 0; i < 3000; ++i) long_question += "aviation agency Smith v. Jones did not join the Justices court ";
  long_question += "?";
  QuestionAnalysis q = analyze_question(long_question);
  CHECK(q.answer_type == "agency");
  CHECK(q.entities.size() < 3000);
  q = analyze_question("v. v. v. 's 's ' Name the the the");
  CHECK(q.predicate.empty());
  q = analyze_question("How");
  CHECK(q.answer_type == "entity");
  q = analyze_question("Name");
  CHECK(q.answer_type == "entity");
  q = analyze_question("Please");
  CHECK(q.entities.empty());
}

TEST_CASE("question forms: relief, filings, a party's requests, makers and commissioners") {
  CHECK(analyze_question("What relief did the central bank win from the court?").answer_type == "order");
  CHECK(analyze_question("Which filing by the bank succeeded in wiping out the judgment?").answer_type == "order");
  CHECK(analyze_question("Which of the petitioner's requests did the Justices allow?").answer_type == "order");
  // A judge's order asks for the judge; a party's request for the request.
  CHECK(analyze_question("Which district judge's order was appealed?").answer_type == "judge");
  CHECK(analyze_question("Which medical device maker is the defendant?").answer_type == "organization");
  // A commissioner or administrator is an official: a person, or the office.
  const auto commissioner = analyze_question("Which commissioner dissented from the order?");
  CHECK(commissioner.answer_type == "person");
  CHECK(contains(commissioner.preferred_types, "agency"));
}

TEST_CASE("question forms: an agency's act on its rule is the relation, not a verb in the clause describing the rule") {
  auto q = analyze_question("Who adopted the 2006 requirement that faxes sent with permission carry notices?");
  CHECK(q.answer_type == "agency");
  CHECK(q.cue == "adopted");
  CHECK(q.predicate.empty());  // not "sent" (a disclosure)
  q = analyze_question("Who issued the rule banning petitioning on the sidewalks?");
  CHECK(q.answer_type == "agency");
  CHECK(q.cue == "issued");
  q = analyze_question("Who rescinded the April 2017 airspace amendment?");
  CHECK(q.answer_type == "agency");
  CHECK(q.predicate == "vacates");
}

TEST_CASE("question forms: a unit set off after the head asks for a figure counted in it; how large a judgment, its amount") {
  auto q = analyze_question("What is the deadline, in days, for leaving the country?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "days");
  q = analyze_question("What was the length, in pages, of the letter she sent?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "pages");
  // A title asked: not a legal form, nor a party's side in the caption.
  q = analyze_question("What was the title of the prosecutor on brief for the appellee?");
  CHECK_FALSE(lexgraph::ask::accepts_role(q, "Defendant, Appellant"));
  CHECK_FALSE(lexgraph::ask::accepts_role(q, "Ltd"));
  CHECK(lexgraph::ask::accepts_role(q, "Assistant United States Attorney"));
  CHECK(lexgraph::ask::accepts_role(analyze_question("What role did Smith play in the case?"), "appellant"));
  // A Sentencing Guidelines level: the unit the extractor gives it.
  q = analyze_question("At what base offense level did the district court set the offense?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "offense level");
  // "How large" a judgment or a recovery: its amount of money.
  CHECK(analyze_question("How large was the judgment Elston wanted the county to pay?").answer_type == "money");
  CHECK(analyze_question("How large a recovery did the plaintiffs demand?").answer_type == "money");
  CHECK(analyze_question("How large was the class?").answer_type == "figure");
  CHECK(analyze_question("How large must an expected processing charge be before the agency may demand it up front?")
            .answer_type == "money");
  CHECK(analyze_question("Which federal regulator had gone beyond its authority?").answer_type == "agency");
  // A measure asked for by its name: a figure in its unit.
  CHECK(analyze_question("What is the vertical clearance of the drawbridge when closed?").answer_type == "figure");
  CHECK(analyze_question("What was the height of the fence the ordinance allowed?").answer_type == "figure");
  // A loan, a debt, a balance are amounts of money, however far the noun stands.
  CHECK(analyze_question("How large was the Shreveport bank's loan to the hospital?").answer_type == "money");
  CHECK(analyze_question("What balance did the seller sue to recover?").answer_type == "money");
  CHECK(analyze_question("How large was the share of the estate left to the county?").answer_type == "figure");
  // Not set off: a date still.
  CHECK(analyze_question("What was the deadline in the order?").answer_type == "date");
}

TEST_CASE("question forms: a body, a council, a board asked for; law enforcement modifies the head") {
  QuestionAnalysis q = analyze_question("Which federal law enforcement body leads investigations of computer espionage?");
  CHECK(q.answer_type == "agency");
  CHECK(q.head_noun == "body");
  CHECK(analyze_question("Which regional council wrote the reef fish plan?").answer_type == "agency");
  CHECK(analyze_question("What board reviewed the appeal?").answer_type == "agency");
  // A certificate or permission to appeal is granted or denied as orders are.
  CHECK(analyze_question("Which certificate did the petitioner request?").answer_type == "order");
  CHECK(analyze_question("Which permission to appeal did the prisoner seek?").answer_type == "order");
  // A college, a school, a hospital: an organization.
  CHECK(analyze_question("Which women's college did the university absorb?").answer_type == "organization");
  CHECK(analyze_question("What hospital treated the plaintiff?").answer_type == "organization");
  // "law" is still the head when nothing else follows it.
  CHECK(analyze_question("Which law did the agency enforce?").answer_type == "statute");
}

TEST_CASE("question forms: what number of airports counts airports; a quota is a figure") {
  QuestionAnalysis q = analyze_question("What number of airports does the report concern?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "airports");
  CHECK(analyze_question("What was the number of the patent?").unit.empty());
  q = analyze_question("What total commercial quota results from the rule?");
  CHECK(q.answer_type == "figure");
  CHECK(q.head_noun == "quota");
}

TEST_CASE("question forms: who appealed ranks a person, an organization and an agency alike; who signed a person first") {
  const QuestionAnalysis q = analyze_question("Who filed the notice of appeal in Marlow Council v. Granite Players Association?");
  CHECK(std::find(q.preferred_types.begin(), q.preferred_types.end(), "organization") != q.preferred_types.end());
  CHECK(std::find(q.preferred_types.begin(), q.preferred_types.end(), "agency") != q.preferred_types.end());
  // Signing is a person's act: the person first, as the cue says.
  const QuestionAnalysis s = analyze_question("Who signed the data-sharing agreement?");
  REQUIRE_FALSE(s.preferred_types.empty());
  CHECK(std::find(s.preferred_types.begin(), s.preferred_types.end(), "agency") == s.preferred_types.end());
}

TEST_CASE("question forms: contacts, people and members of a body other than a court are persons") {
  CHECK(analyze_question("Who are the contacts for further information on the workshop?").answer_type == "person");
  CHECK(analyze_question("Name the people listed to answer questions about the meeting.").answer_type == "person");
  CHECK(analyze_question("Which staff members should callers reach about the notice?").answer_type == "person");
  CHECK(analyze_question("Which board members voted against the merger?").answer_type == "person");
  CHECK(analyze_question("Which panel members heard the appeal?").answer_type == "judge");
}

TEST_CASE("question forms: a type word in -s after a singular head and before an article is the verb") {
  QuestionAnalysis q = analyze_question("Which official names the head of the Office of the Taxpayer Advocate?");
  CHECK(q.answer_type == "person");
  CHECK(std::find(q.terms.begin(), q.terms.end(), "names") != q.terms.end());
  CHECK(analyze_question("Which judge orders the release of the detainee?").answer_type == "judge");
  // A compound keeps its last noun as the head.
  CHECK(analyze_question("Which district court order the panel affirmed?").answer_type == "order");
}

TEST_CASE("question forms: a private body's kind, a league, a total owed, offenses past a modifier, a judge not counsel, a noun no cue, a disposal, hearing counsel") {
  // A body asked with a word making it private is an organization.
  CHECK(analyze_question("Which financial institution did the robbers hold up?").answer_type == "organization");
  CHECK(analyze_question("Which institution did the robbers hold up?").answer_type == "agency");
  CHECK(analyze_question("Which youth movement did the counselor belong to?").answer_type == "organization");
  CHECK(analyze_question("What league was she a member of?").answer_type == "organization");
  // A total owed is money; a total counted stays a figure.
  CHECK(analyze_question("What total did the IRS say the couple were liable for?").answer_type == "money");
  CHECK(analyze_question("What total of ballots was counted?").answer_type == "figure");
  CHECK(analyze_question("What shortfall did the Government assert?").answer_type == "money");
  // The counted noun comes after "separate".
  QuestionAnalysis q = analyze_question("How many separate offenses was the tax preparer charged with?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "offenses");
  // A judge asked by the noun after the copula; the lawyers are the clause's.
  q = analyze_question("Who was the trial judge who halted the case so the witnesses could consult lawyers?");
  CHECK(q.answer_type == "judge");
  CHECK_FALSE(q.counsel);
  // A cue word after a quantity is a noun: no relation; after a possessive it may be the relation's noun.
  q = analyze_question("What sum was the owner liable for after the hospital's 70 percent share came off?");
  CHECK(q.answer_type == "money");
  CHECK(q.predicate.empty());
  CHECK(analyze_question("Did the IRS share the addresses with ICE?").predicate == "discloses_to");
  CHECK(analyze_question("What did the order allow, at the plaintiff's request?").predicate == "requests");
  CHECK(analyze_question("Which statute governs review in the 1994 appeal?").predicate == "appeals");
  CHECK(analyze_question("What was the hotel owner's remaining liability?").answer_type == "money");
  // How a court disposed of a case, or by what kind of decision: a ruling.
  CHECK(analyze_question("How did the trial court dispose of the student's suit?").answer_type == "order");
  CHECK(analyze_question("How did the student describe the school?").answer_type != "order");
  CHECK(analyze_question("By what kind of decision did the court end the lawsuit?").answer_type == "order");
  CHECK(analyze_question("Which decision did the court follow?").answer_type == "case");
  // Hearing counsel is the argument.
  CHECK(analyze_question("When did the Justices hear counsel in the water case?").date_role == "argued");
}

TEST_CASE("question forms: a remittitur is money, a colleague a person, an interval a span of time, a deadline a day or a span") {
  // The noun after "what" names the answer, not the party after the verb.
  CHECK(analyze_question("What remittitur must the plaintiffs accept to avoid a new trial?").answer_type == "money");
  // A person known by a tie to another is a person, not a role.
  CHECK(analyze_question("Who was the colleague last seen with the pilot?").answer_type == "person");
  CHECK(analyze_question("Name the companion who vanished with the appellant's father.").answer_type == "person");
  QuestionAnalysis q = analyze_question("What is the minimum interval, in days, between publication and the effective date?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "days");
  CHECK(q.bound == "minimum");
  // A statute sets a deadline as a span ("not later than 40 days after"), an order as a day.
  q = analyze_question("What is the deadline for the petitioner's brief?");
  CHECK(q.answer_type == "date");
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "figure") != q.answer_entity_types.end());
}

TEST_CASE("question forms: an opening when-clause sets the scene, a Code title by number is no head noun") {
  // The question proper follows the opening clause's comma.
  QuestionAnalysis q = analyze_question(
      "When a statute demands that rules be made on the record, which provisions of the APA apply instead?");
  CHECK(q.answer_type == "statute");
  CHECK(analyze_question("Where the agency fails to act, who may sue it?").answer_type ==
        analyze_question("Who may sue the agency?").answer_type);
  CHECK(analyze_question("Where the agency fails to act, who may sue it?").head != "where");
  // A "when" asked, with a relative clause set off by commas, still asks when.
  CHECK(analyze_question("When did the court, which sat in Boston, rule on the motion?").answer_type == "date");
  CHECK(analyze_question("When must the agency, which issued the rule, publish it?").answer_type == "date");
  // "Title 5" modifies the provisions asked for.
  CHECK(analyze_question("Which other Title 5 provisions govern formal rulemaking?").answer_type == "statute");
  CHECK(analyze_question("What title did the official hold?").answer_type == "role");
}

TEST_CASE("question forms: after a bound, a noun before a modal is its clause's subject, not the head") {
  QuestionAnalysis q = analyze_question("What was the most the appeals court would let the mother recover for her distress?");
  CHECK(q.answer_type == "money");
  CHECK(q.bound == "maximum");
  // With no bound before it, the noun is the head.
  CHECK(analyze_question("What court would hear the appeal?").answer_type == "court");
  CHECK(analyze_question("What was the maximum sentence the court could impose?").answer_type == "figure");
}

TEST_CASE("question forms: a verb in a comma-set aside opened by whose or which does not say who acts") {
  QuestionAnalysis q =
      analyze_question("Who started the case to expel the resident, whose petition the First Circuit dismissed in 2011?");
  CHECK(q.answer_type == "person");
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "agency") != q.answer_entity_types.end());
  // The main clause's verb still does.
  CHECK(analyze_question("Who dismissed the petition, which the resident had filed in 2011?").answer_type == "judge");
}

TEST_CASE("question forms: a medical facility, a clinic, an infirmary are organizations") {
  CHECK(analyze_question("Which medical facility did the arrestee flee on foot?").answer_type == "organization");
  CHECK(analyze_question("At what clinic was the patient treated?").answer_type == "organization");
}

TEST_CASE("question forms: whose agents or officers asks for the body they serve") {
  QuestionAnalysis q = analyze_question("Whose agents seized the men landed on the beach?");
  CHECK(q.answer_type == "agency");
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "organization") != q.answer_entity_types.end());
  CHECK(analyze_question("Whose officers arrested the driver?").answer_type == "agency");
  // Not a person's own dissent or a thing owned.
  CHECK(analyze_question("Whose dissent did the court quote?").answer_type == "judge");
}

TEST_CASE("question forms: 'Ex parte Quirin' and 'In re Gault' are case names, not two names") {
  QuestionAnalysis q = analyze_question("In Ex parte Quirin, who took no part?");
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].text == "Ex parte Quirin");
  CHECK(q.entities[0].type == "case");
  CHECK(std::find(q.entities[0].aliases.begin(), q.entities[0].aliases.end(), "Quirin") != q.entities[0].aliases.end());
  q = analyze_question("Who wrote the opinion in In re Gault?");
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].text == "In re Gault");
  CHECK(q.entities[0].type == "case");
}

TEST_CASE("question forms: who was a body's officer asks for the person, not a role") {
  CHECK(analyze_question("Who was Abruzzi's president, whose deposition the company relied on?").answer_type == "person");
  CHECK(analyze_question("Who is the company's treasurer?").answer_type == "person");
  // Who someone is: a role.
  CHECK(analyze_question("Who is Catherine Vernon in United States v. Stephens?").answer_type == "role");
}

TEST_CASE("question forms: 'the appeals court's decision' names a court, it does not appeal") {
  CHECK(analyze_question("Which judge wrote the appeals court's decision on the habeas petition?").predicate == "authored");
  CHECK(analyze_question("When was the appeals court's ruling issued?").predicate != "appeals");
  CHECK(analyze_question("Who appeals the decision?").predicate == "appeals");
}

TEST_CASE("question forms: who delivered a decision or opinion asks for its author") {
  const QuestionAnalysis q =
      analyze_question("Who delivered the appeals court's decision affirming judgment for the employer?");
  CHECK(q.predicate == "authored");
  CHECK(q.answer_type == "judge");
  // Goods and drugs are delivered too.
  CHECK(analyze_question("Who delivered the drugs to the informant?").predicate != "authored");
  CHECK(analyze_question("Who delivered the package to the office that issued the decision?").predicate != "authored");
}

TEST_CASE("question forms: a plural's possessive inside a name keeps the name whole") {
  const QuestionAnalysis q = analyze_question("What did the Polaroid Employees' Committee decide in 1992?");
  REQUIRE_FALSE(q.entities.empty());
  CHECK(q.entities[0].text == "Polaroid Employees' Committee");
  // A possessive before a lower-case word ends the name.
  const QuestionAnalysis p = analyze_question("What did the Polaroid Employees' union decide in 1992?");
  REQUIRE_FALSE(p.entities.empty());
  CHECK(p.entities[0].text == "Polaroid Employees");
}

TEST_CASE("question forms: 'the term for' asks for a defined word, not a term of years") {
  const QuestionAnalysis q = analyze_question("What is the term for the order concluding that an alien is deportable?");
  CHECK(q.answer_type == "name");
  CHECK(q.unit_category.empty());
  CHECK(analyze_question("What term of imprisonment did the court impose?").answer_type == "figure");
  CHECK(analyze_question("What prison term did he receive?").answer_type == "figure");
}

TEST_CASE("question forms: what a question sets aside ('besides granting ...,') is no cue") {
  CHECK(analyze_question("In Massey v. Rufo, besides granting summary judgment for the defendants, which of Massey's "
                         "motions did the district court deny?")
            .cue == "deny");
  CHECK(analyze_question("Apart from enjoining the agency, what did the court order the plaintiffs to file?").cue != "enjoining");
  // Without the aside the first verb is the cue as before.
  CHECK(analyze_question("Which court granted summary judgment and denied the motion?").cue == "granted");
}

TEST_CASE("question forms: a stake or an ownership threshold is asked in percent") {
  const QuestionAnalysis stake = analyze_question("How large a stake must a shareholder hold to see the return?");
  CHECK(stake.answer_type == "figure");
  CHECK(stake.unit_category == "percent");
  const QuestionAnalysis threshold = analyze_question("What ownership threshold lets a shareholder see the return?");
  CHECK(threshold.answer_type == "figure");
  CHECK(threshold.unit_category == "percent");
  CHECK(analyze_question("How many shares did he hold?").unit_category != "percent");
}

TEST_CASE("question forms: a relative clause's 'who' or 'which' is not the question's wh-word") {
  const QuestionAnalysis q = analyze_question(
      "In the appeal of a witness who refused to testify before the grand jury, under which statute did the court "
      "hold him in contempt?");
  CHECK(q.answer_type == "statute");
  CHECK(analyze_question("For the tenant who withheld rent, which judge granted the eviction?").answer_type == "judge");
  // A "who" opening the question, or after a preposition or a comma, asks.
  CHECK(analyze_question("Who refused to testify before the grand jury, under the immunity statute?").answer_type !=
        "statute");
  CHECK(analyze_question("In Smith v. Jones, by whom was the statute struck down?").answer_type != "statute");
}

TEST_CASE("question forms: everyday head nouns say what is asked") {
  // People by occupation or relation, bodies by what they do, laws by their parts, sums by their kind.
  CHECK(analyze_question("Name the rancher whose calf was stolen.").answer_type == "person");
  CHECK(analyze_question("Which psychologist examined the claimant?").answer_type == "person");
  CHECK(analyze_question("Which committee receives the nominee for review?").answer_type == "agency");
  CHECK(analyze_question("Which refiner agreed to drill the wells?").answer_type == "organization");
  CHECK(analyze_question("What legislation created the department?").answer_type == "statute");
  CHECK(analyze_question("Which subsection defines the term?").answer_type == "statute");
  CHECK(analyze_question("What surety must the alien post?").answer_type == "money");
  CHECK(analyze_question("What is the ceiling on the beacons?").answer_type == "figure");
  CHECK(analyze_question("Which executive post did the defendant hold?").answer_type == "role");
  CHECK(analyze_question("What leave did the Court grant the prisoner?").answer_type == "order");
  // A buyer or a customer may be a company.
  const QuestionAnalysis customer = analyze_question("Who was the bank's customer on the letter of credit?");
  CHECK(contains(customer.answer_entity_types, "organization"));
  // "workers' compensation" is a kind of insurance: the carrier is asked, not a worker.
  CHECK(analyze_question("Which workers' compensation carrier intervened in the suit?").answer_type == "organization");
}

TEST_CASE("question forms: 'what kind of' a person asks a role") {
  CHECK(analyze_question("As what kind of specialist did the appellant work for the agency?").answer_type == "role");
  CHECK(analyze_question("What kind of inmate was the plaintiff?").answer_type == "role");
  CHECK(analyze_question("Which specialist did the agency hire?").answer_type == "person");
}

TEST_CASE("question forms: 'whose' with no person's noun asks for the owner") {
  const QuestionAnalysis animal = analyze_question("Whose animal were the two men accused of taking?");
  CHECK(contains(animal.answer_entity_types, "person"));
  CHECK_FALSE(contains(animal.answer_entity_types, "court"));
  const QuestionAnalysis budget = analyze_question("Whose budget may cover the witness fee?");
  CHECK(budget.answer_type != "money");
  CHECK(contains(budget.answer_entity_types, "agency"));
}

TEST_CASE("question forms: 'where' asks for a court, an employer or a Code section by its verb") {
  CHECK(analyze_question("Where did Judge Watson sit when he ruled for the companies?").answer_type == "court");
  CHECK(analyze_question("Where was the defendant first charged?").answer_type == "court");
  CHECK(analyze_question("Where did the consultant work before the scheme?").answer_type == "organization");
  CHECK(analyze_question("Where was the boy hospitalized after the fall?").answer_type == "organization");
  CHECK(analyze_question("Where in Title 18 is the term defined?").answer_type == "statute");
  CHECK(analyze_question("Where did the accident happen?").answer_type == "entity");
}

TEST_CASE("question forms: a court's response is its ruling; a lower court's disposition set aside is an order") {
  const QuestionAnalysis responded = analyze_question("How did the court respond to the witness who refused to testify?");
  CHECK(responded.answer_type == "order");
  CHECK(responded.disposition);
  const QuestionAnalysis set_aside = analyze_question("What lower-court disposition was set aside on appeal?");
  CHECK(set_aside.answer_type == "order");
  CHECK_FALSE(set_aside.disposition);
}

TEST_CASE("question forms: sums counted in dollars, causes of action, what a trial court did with a challenge") {
  CHECK(analyze_question("How many dollars per year did Congress provide for operations?").answer_type == "money");
  CHECK(analyze_question("How many days did the debtor have?").answer_type == "figure");
  CHECK(analyze_question("What minimum annual funding level did the law urge?").answer_type == "money");
  CHECK(analyze_question("What minimum annual staffing level did the law set?").answer_type == "figure");
  CHECK(analyze_question("Which federal cause of action did the class rely on?").answer_type == "statute");
  CHECK(analyze_question("What did the trial court do with the supplier's challenge?").answer_type == "order");
  CHECK(analyze_question("As which kind of partner did the taxpayer sue?").answer_type == "role");
  CHECK(analyze_question("To which two Indian nations did the allottees belong?").answer_type == "organization");
  CHECK(analyze_question("What was the government's actual loss?").answer_type == "money");
}

TEST_CASE("question forms: a political party, a dissent beside a described case, a court's name, whose approval") {
  CHECK(analyze_question("To which political party did the appellees belong?").answer_type == "organization");
  CHECK(analyze_question("What party were the officials affiliated with?").answer_type == "organization");
  CHECK(analyze_question("Which party appealed the judgment?").answer_type != "organization");
  // "the challenge to New York's tax" describes the case; the dissent is asked.
  QuestionAnalysis dissent =
      analyze_question("Which Justices dissented in Chanler v. Kelsey, the challenge to New York's tax?");
  CHECK(dissent.answer_type == "judge");
  CHECK(dissent.predicate.empty());
  // "the Court of Appeals" names a court; "affirm" is the question's verb.
  CHECK(analyze_question("Which court's judgment, entered on remittitur from the Court of Appeals, did the Court "
                         "affirm?")
            .predicate == "affirms");
  QuestionAnalysis whose = analyze_question("Whose approval did the conveyances lack?");
  CHECK(whose.possessed == "approval");
  // "In the X appeal, ...": the opening phrase names the case, not the relation.
  QuestionAnalysis opening =
      analyze_question("In the Villa Marina Yacht Harbor appeal, on what date did the bank file its complaint?");
  CHECK(opening.predicate != "appeals");
  CHECK(opening.answer_type == "date");
  // "Who was his main gun supplier": a person as well as a company; "who is
  // her employer": a company first.
  QuestionAnalysis supplier = analyze_question("Who was Durrell Williams's main gun supplier?");
  CHECK(supplier.answer_type == "organization");
  CHECK(supplier.preferred_types == std::vector<std::string>{"organization", "person"});
  CHECK(analyze_question("Who is Esteban Leon's current employer?").preferred_types ==
        std::vector<std::string>{"organization"});
  // "At which public employer": a public body; "which public company" is traded, not public.
  CHECK(analyze_question("At which Puerto Rico public employer did Sanchez work?").answer_type == "agency");
  CHECK(analyze_question("Which public company bought the mill?").answer_type == "organization");
  // "Who was X, whom Y asked to call": X's role; the clause says which X.
  CHECK(analyze_question("Who was Dr. Navaras, whom Street asked to call as a witness?").answer_type == "role");
}
