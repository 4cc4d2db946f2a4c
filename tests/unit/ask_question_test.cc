// Question analysis (query/ask/question_analysis.h): answer type, entities,
// relation cue, over many phrasings of the same kinds of question.

#include <doctest/doctest.h>

#include <algorithm>

#include "ask/question_analysis.h"
#include "ask/question_tables.h"
#include "ask/text_match.h"

using lexgraph::ask::analyze_question;
using lexgraph::ask::QuestionAnalysis;

namespace {

bool has_entity(const QuestionAnalysis& q, const std::string& id) {
  return std::any_of(q.entities.begin(), q.entities.end(), [&](const auto& e) { return e.id == id; });
}

bool has_term(const QuestionAnalysis& q, const std::string& t) {
  return std::find(q.terms.begin(), q.terms.end(), t) != q.terms.end();
}

}  // namespace

TEST_CASE("ask tables load without problems") {
  const auto& t = lexgraph::ask::question_tables();
  CHECK(t.problems.empty());
  CHECK(t.cues.size() >= 15);
  CHECK(t.heads.size() >= 10);
  REQUIRE(lexgraph::ask::cue_for("enjoins") != nullptr);
  const auto& forms = lexgraph::ask::cue_for("enjoins")->verb_forms;
  for (const char* f : {"block", "blocks", "blocked", "blocking", "barred", "halting", "stopped", "prohibits"}) {
    CHECK_MESSAGE(std::find(forms.begin(), forms.end(), f) != forms.end(), f);
  }
}

TEST_CASE("inflections and crude stems") {
  using lexgraph::ask::crude_stem;
  using lexgraph::ask::inflections;
  auto has = [](const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); };
  CHECK(has(inflections("deny"), "denied"));
  CHECK(has(inflections("deny"), "denies"));
  CHECK(has(inflections("sue"), "sued"));
  CHECK(has(inflections("sue"), "suing"));
  CHECK(has(inflections("file suit"), "filed suit"));
  CHECK(crude_stem("addresses") == crude_stem("address"));
  CHECK(crude_stem("disclosing") == crude_stem("disclosed"));
  CHECK(crude_stem("address") == "address");
  // A hyphenated word by its parts; a number, or a word without a hyphen, whole.
  CHECK(lexgraph::ask::hyphen_parts("almonte-rodriguez") == std::vector<std::string>{"almonte", "rodriguez"});
  CHECK(lexgraph::ask::hyphen_parts("17-3510") == std::vector<std::string>{"17-3510"});
  CHECK(lexgraph::ask::hyphen_parts("tax") == std::vector<std::string>{"tax"});
}

TEST_CASE("find_word: a number is found whole, not inside a longer number") {
  CHECK(lexgraph::ask::find_word("trucks $262,719.63; real estate", "$262,719") == std::string::npos);
  CHECK(lexgraph::ask::find_word("trucks $262,719; real estate", "$262,719") == 7);
  // A period, then a footnote's number, then a new sentence: the number ends at the period.
  CHECK(lexgraph::ask::find_word("amount of $1,426,000.2 On October 13", "$1,426,000") == 10);
  CHECK(lexgraph::ask::find_word("amount of $1,426,000.2 acres", "$1,426,000") == std::string::npos);
  CHECK(lexgraph::ask::find_word("in 1.2018 and 2018.", "2018") == 14);
  CHECK(lexgraph::ask::find_word("the sum of 5.", "5") == 11);
  CHECK(lexgraph::ask::find_word("for $3,575,000.00.2 NASCO", "$3,575,000.00") == 4);  // a footnote mark after
  // A name as written or in a heading's capitals, never inside a word.
  CHECK(lexgraph::ask::says_name("FOR THE DISTRICT OF MASSACHUSETTS\n", "Massachusetts"));
  CHECK(lexgraph::ask::says_name("the District of Massachusetts", "Massachusetts"));
  CHECK_FALSE(lexgraph::ask::says_name("the District of Maine", "Massachusetts"));
  // A name wrapped at a line end, or double-spaced, is still said.
  CHECK(lexgraph::ask::says_name("In 1946, Polaroid established the Polaroid Employees'\nCommittee  [the committee]",
                                 "Polaroid Employees' Committee"));
  CHECK_FALSE(lexgraph::ask::says_name("the Polaroid Employees'\nCommitteeman", "Polaroid Employees' Committee"));
  CHECK_FALSE(lexgraph::ask::says_name("the Polaroid Employees, Committee", "Polaroid Employees' Committee"));
  CHECK_FALSE(lexgraph::ask::says_name("WILLOWBROOK", "Willow"));
}

TEST_CASE("which + head noun sets the answer type") {
  struct Case {
    const char* question;
    const char* type;
    const char* predicate;
  };
  const Case cases[] = {
      {"Which judge enjoined DHS?", "judge", "enjoins"},
      {"Which federal judge halted the policy?", "judge", "enjoins"},
      {"What injunctions bar the Department of Homeland Security from sharing data?", "order", "enjoins"},
      {"Which orders block ICE's use of IRS data?", "order", "enjoins"},
      {"Which court declined to issue a preliminary injunction?", "court", "denies"},
      {"Which panel denied the motion?", "court", "denies"},
      {"Which statute did the IRS violate?", "statute", "violates"},
      {"What law did the agency break?", "statute", "violates"},
      {"Which provisions were violated?", "statute", "violates"},
      {"Which cases did the court cite?", "case", "cites"},
      {"Which agencies shared taxpayer records?", "agency", "discloses_to"},
      {"Which organizations sued over the data sharing?", "organization", "sues"},
      {"Which nonprofit groups challenged the agreement?", "organization", "sues"},
      {"What officials signed the memorandum?", "person", "signs"},
  };
  for (const auto& c : cases) {
    QuestionAnalysis q = analyze_question(c.question);
    CHECK_MESSAGE(q.answer_type == c.type, c.question, " -> ", q.answer_type);
    CHECK_MESSAGE(q.predicate == c.predicate, c.question, " -> ", q.predicate, " (cue ", q.cue, ")");
  }
}

TEST_CASE("who, how many, how much, when, what did X decide") {
  QuestionAnalysis q = analyze_question("Who signed the data-sharing agreement?");
  CHECK(q.answer_type == "person");
  CHECK(q.predicate == "signs");
  CHECK(std::find(q.preferred_types.begin(), q.preferred_types.end(), "person") != q.preferred_types.end());

  q = analyze_question("Who sued the Environmental Protection Agency?");
  CHECK(q.answer_type == "organization");
  CHECK(q.predicate == "sues");
  CHECK(has_entity(q, "agency:epa"));

  q = analyze_question("Who enjoined the IRS?");
  CHECK(q.answer_type == "judge");
  CHECK(q.predicate == "enjoins");

  q = analyze_question("Who is Dottie Romo?");
  CHECK(q.answer_type == "role");
  CHECK(q.predicate.empty());
  CHECK(has_entity(q, "person:dottie-romo"));
  // Who holds an office: a person. Who a named person is, told by what they
  // did: that person's role.
  CHECK(analyze_question("Who is the Regional Administrator of the NMFS West Coast Region?").answer_type == "person");
  // An office's common name asks for its holder too ("the acting head of ...").
  CHECK(analyze_question("Who is the acting head of the NMFS West Coast Region?").answer_type == "person");
  q = analyze_question("Who is Dottie Romo, who signed the notice?");
  CHECK(q.answer_type == "role");
  CHECK(analyze_question("Who signed the notice?").answer_type != "role");

  // A date role said by a base verb after "did": the table's participle.
  q = analyze_question("On what date did the President sign Public Law 113-121?");
  CHECK(q.date_role == "enacted");  // a law is signed on the day it is approved
  q = analyze_question("When did the Tenth Circuit decide the appeal?");
  CHECK(q.date_role == "decided");
  q = analyze_question("When was the data-sharing agreement signed?");
  CHECK(q.date_role == "signed");

  // A bound of what a verb of paying counts, with no head noun: money.
  q = analyze_question("What is the most a federal worker can be fined under the Privacy Act?");
  CHECK(q.answer_type == "money");
  CHECK(q.bound == "maximum");
  CHECK(analyze_question("What is the most a federal worker did under the Privacy Act?").answer_type != "money");

  // "Whose dissent": the opinion of a judge, so a judge is asked.
  q = analyze_question("Whose dissent in McIntyre v. Ohio Elections Commission did the concurrence quote?");
  CHECK(q.answer_type == "judge");
  CHECK(analyze_question("Whose property did the agency seize?").answer_type != "judge");
  // Whose rules, whose motion: the body making them, the party moving.
  CHECK(analyze_question("Whose rules allocate the radio frequencies?").answer_type == "agency");
  // Requirements no head noun types: their maker, an agency.
  CHECK(analyze_question("With whose reporting and bookkeeping requirements does the railway comply?").answer_type == "agency");
  // "What did X amount to": an amount of money.
  CHECK(analyze_question("What did the 1928 franchise tax assessed against the company amount to?").answer_type == "money");
  CHECK(analyze_question("Whose motion did the court deny?").answer_type == "person");
  CHECK(analyze_question("Whose judgment did the Supreme Court reverse?").answer_type == "court");
  QuestionAnalysis decision = analyze_question("Whose decision did the Second Circuit vacate?");
  CHECK(decision.answer_type == "court");
  CHECK(std::find(decision.answer_entity_types.begin(), decision.answer_entity_types.end(), "agency") !=
        decision.answer_entity_types.end());

  // "as given in": where the answer is written, not a disclosure.
  q = analyze_question("What is Gary Taverman's position, as given in the Commerce Department's notice?");
  CHECK(q.answer_type == "role");
  CHECK(q.predicate.empty());
  q = analyze_question("Which records did the IRS give ICE, as stated by the court?");
  CHECK(q.predicate == "discloses_to");

  q = analyze_question("How many people did ICE ask the IRS about?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "people");
  CHECK(q.predicate == "requests");
  CHECK(has_entity(q, "agency:ice"));
  CHECK(has_entity(q, "agency:irs"));

  q = analyze_question("How many times did the IRS disclose taxpayer addresses to ICE?");
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "times");
  CHECK(q.predicate == "discloses_to");
  CHECK(has_term(q, "addresses"));
  CHECK(has_term(q, "taxpayer"));

  q = analyze_question("How much did the company pay in penalties?");
  CHECK(q.answer_type == "money");

  q = analyze_question("When did the court stay the rule?");
  CHECK(q.answer_type == "date");
  CHECK(q.predicate == "stays");

  q = analyze_question("What did Judge Kollar-Kotelly decide?");
  CHECK(q.answer_type == "holding");
}

TEST_CASE("entities resolve with the documents' extractor and aliases") {
  QuestionAnalysis q = analyze_question("Which orders block ICE's use of IRS data?");
  CHECK(has_entity(q, "agency:ice"));
  CHECK(has_entity(q, "agency:irs"));
  CHECK(q.entities.size() == 2);
  CHECK(has_term(q, "data"));
  CHECK_FALSE(has_term(q, "ice"));  // an entity, not a word to search

  q = analyze_question("Which organizations sued over the IRS-DHS data sharing?");
  CHECK(has_entity(q, "agency:irs"));
  CHECK(has_entity(q, "agency:dhs"));
  CHECK(q.entities.size() == 2);  // "IRS-DHS" is not a third, unresolved name

  q = analyze_question("Which statute did the IRS violate under 26 U.S.C. § 6103?");
  CHECK(has_entity(q, "statute:usc/26/6103"));

  // A question's order is not any document's order: its words are terms.
  q = analyze_question("Which court declined to issue a preliminary injunction?");
  CHECK(q.entities.empty());
  CHECK(has_term(q, "preliminary"));
  CHECK(has_term(q, "injunction"));
}

TEST_CASE("negation and synonyms are shown") {
  QuestionAnalysis q = analyze_question("Which agencies did not disclose records to ICE?");
  CHECK(q.negated);
  CHECK(q.predicate == "discloses_to");
  CHECK(std::find(q.synonyms.begin(), q.synonyms.end(), "share") != q.synonyms.end());
  q = analyze_question("Which agencies disclosed records to ICE?");
  CHECK_FALSE(q.negated);
  q = analyze_question("Which judge found that the IRS broke the law?");
  CHECK(q.predicate == "violates");
  CHECK(q.cue == "broke the law");
  CHECK(std::find(q.related.begin(), q.related.end(), "finds_violation") != q.related.end());
}

TEST_CASE("questions with no cue or no wh-word still analyse") {
  QuestionAnalysis q = analyze_question("Kollar-Kotelly");
  CHECK(q.answer_type == "entity");
  CHECK(q.predicate.empty());
  q = analyze_question("");
  CHECK(q.entities.empty());
  CHECK(q.terms.empty());
  q = analyze_question("??? ;; which which which");
  CHECK(q.predicate.empty());
}

TEST_CASE("the head noun is the last of a compound; names, copulas and imperatives do not hide it") {
  QuestionAnalysis q = analyze_question("Which district court order did the First Circuit affirm?");
  CHECK(q.answer_type == "order");
  CHECK(q.head_noun == "order");
  q = analyze_question("Which lower court decided the case?");
  CHECK(q.answer_type == "court");
  q = analyze_question("Which Ninth Circuit judges vacated the opinion?");
  CHECK(q.answer_type == "judge");
  q = analyze_question("What is the deadline for the appellees to respond?");
  CHECK(q.answer_type == "date");
  q = analyze_question("Name the trial judge in the case.");
  CHECK(q.answer_type == "judge");
  q = analyze_question("How long does a taxpayer have to file suit?");
  CHECK(q.answer_type == "figure");
  q = analyze_question("What office did Alexander Armstrong hold?");
  CHECK(q.answer_type == "role");
  q = analyze_question("Who was the trustee in the bankruptcy case?");
  CHECK(q.answer_type == "person");
  CHECK(q.head_noun == "trustee");
  q = analyze_question("Who is Esteban Leon's current employer?");
  CHECK(q.answer_type == "organization");
  // "States" of a caption past the name is no head noun ("which state").
  q = analyze_question("Who is Catherine Vernon in United States v. Stephens?");
  CHECK(q.answer_type == "role");
  REQUIRE(q.entities.size() == 2);
  CHECK(q.entities[1].text == "United States v. Stephens");
  q = analyze_question("Who was the Trustee in the Smith bankruptcy?");
  CHECK(q.head_noun == "trustee");
  // A part no head noun types: a company's as often as a person's.
  q = analyze_question("Who was the high bidder at the 1983 auction of the mill?");
  CHECK(q.answer_type == "person");
  CHECK(std::find(q.preferred_types.begin(), q.preferred_types.end(), "organization") != q.preferred_types.end());
}

TEST_CASE("who holds a power a statute vests: an office or agency, not a judge") {
  QuestionAnalysis q = analyze_question("Under 8 U.S.C. § 1253(d), who orders consular officers to stop granting visas?");
  CHECK(q.answer_type == "agency");
  CHECK(accepts_type(q, "agency"));
  CHECK_FALSE(accepts_type(q, "judge"));
  // Without a statute, "who orders" asks for a judge.
  q = analyze_question("Who ordered the agency to stop deporting him?");
  CHECK(q.answer_type == "judge");
  // "Which official": a person, or an office named without one.
  q = analyze_question("Which official halts visa issuance under the removal penalties section?");
  CHECK(q.answer_type == "person");
  CHECK(accepts_type(q, "agency"));
  CHECK(accepts_type(q, "person"));
  // Writing the opinion is a judge's act whatever statute the ruling construes.
  q = analyze_question("Who authored the 1993 ruling that CERCLA's security interest exception shielded the authority?");
  CHECK(q.answer_type == "judge");
}

TEST_CASE("passive and whom questions ask for the relation's object") {
  QuestionAnalysis q = analyze_question("Who is enjoined from using the source code?");
  CHECK(q.predicate == "enjoins");
  CHECK(q.answer_type == "person");
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "organization") != q.answer_entity_types.end());
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "court") == q.answer_entity_types.end());
  // The active form still asks for the subject.
  q = analyze_question("Who enjoined the agency?");
  CHECK(std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "judge") != q.answer_entity_types.end());
}

TEST_CASE("synonym phrases of the cue tables name their predicate") {
  CHECK(analyze_question("Which motion was turned down?").predicate == "denies");
  CHECK(analyze_question("Which ruling was left intact on appeal?").predicate == "affirms");
  CHECK(analyze_question("Which order did the Justices put on hold?").predicate == "stays");
}

TEST_CASE("an executive order is asked for as law") {
  CHECK(analyze_question("Which executive order was challenged in the case?").answer_type == "statute");
  CHECK(analyze_question("What presidential order did the State contest?").answer_type == "statute");
  CHECK(analyze_question("Which order was challenged?").answer_type == "order");
}

TEST_CASE("a hyphenated word is searched as its words; a hyphenated number stays whole") {
  QuestionAnalysis q = analyze_question("Who leaked the tax-return data in docket 17-3510?", nullptr);
  CHECK(has_term(q, "tax"));
  CHECK(has_term(q, "return"));
  CHECK_FALSE(has_term(q, "tax-return"));
  CHECK(has_term(q, "17-3510"));
  CHECK_FALSE(has_term(q, "3510"));
}

TEST_CASE("a measured quantity or a share asked for is a figure, not the rule it appears in") {
  const auto water = analyze_question(
      "What drinking water concentration of isoxaben did EPA use for the risk assessment in its 2018 tolerance rule?",
      nullptr);
  CHECK(water.answer_type == "figure");
  CHECK(analyze_question("What estimated level of the herbicide fed the exposure model?", nullptr).answer_type == "figure");
  const auto share = analyze_question("What was the partner's share of the liability?", nullptr);
  CHECK(share.answer_type == "figure");
  CHECK(accepts_type(share, "money"));
}

TEST_CASE("a unit set off after a money noun, in several words, asks for a measure in that unit") {
  const auto q = analyze_question("Which water value, in parts per billion, did the agency use?", nullptr);
  CHECK(q.answer_type == "figure");
  CHECK(q.unit == "ppb");
  CHECK(analyze_question("What is the deadline, in days, for leaving?", nullptr).unit == "days");
}

TEST_CASE("figures asked for as a stretch of time or as a bound") {
  CHECK(analyze_question("How long did the agency have to respond?", nullptr).unit_category == "time");
  CHECK(analyze_question("What prison term did the statute set for lying?", nullptr).unit_category == "time");
  CHECK(analyze_question("What is the time limit for suing the agency?", nullptr).unit_category == "time");
  // A unit named, or no figure asked: nothing to add.
  CHECK(analyze_question("How many days did the agency have to respond?", nullptr).unit_category.empty());
  CHECK(analyze_question("When did the term of the lease begin?", nullptr).unit_category.empty());
  CHECK(analyze_question("What is the maximum fine for a false statement?", nullptr).bound == "maximum");
  CHECK(analyze_question("How much bond at least must be posted?", nullptr).bound == "minimum");
  CHECK(analyze_question("What fine did the court impose?", nullptr).bound.empty());
  // A bound the answer is compared with is not the bound asked for.
  CHECK(analyze_question("What price did the company offer above the ceiling?", nullptr).bound.empty());
  CHECK(analyze_question("What is the price ceiling for timber?", nullptr).bound == "maximum");
}

TEST_CASE("an offer or bid is an amount; 'become law' asks for the enactment date") {
  QuestionAnalysis q = analyze_question("What was Soundview's offer at the timber auction?", nullptr);
  CHECK(q.answer_type == "money");
  CHECK(analyze_question("How much did the company bid for the timber?", nullptr).answer_type == "money");
  CHECK(analyze_question("When did the stopgap funding resolution become law?", nullptr).date_role == "enacted");
  // A court enters an order the day it issues it; a party's paper is entered as filed.
  CHECK(analyze_question("On what date was the TRO entered?", nullptr).date_role == "issued");
  CHECK(analyze_question("On what date was the complaint entered on the docket?", nullptr).date_role == "filed");
  // The day a meeting takes place.
  CHECK(analyze_question("When is the agency's meeting on rabies antibodies scheduled?", nullptr).date_role == "held");
  CHECK(analyze_question("On which day does the agency convene stakeholders?", nullptr).date_role == "held");
  // The day a court ruled.
  CHECK(analyze_question("What is the date of the First Circuit ruling that refused review?", nullptr).date_role == "decided");
  CHECK(analyze_question("When did the Supreme Court hand down its ruling that carelessness is no deprivation?", nullptr)
            .date_role == "decided");
  // A verb saying what happened on the day outranks the ruling it names;
  // a ruling the question names only to say which case is not what is dated.
  CHECK(analyze_question("When was the magistrate's recommended decision dated?", nullptr).date_role == "dated");
  CHECK(analyze_question("On which day in 1973 did the theft behind the 1977 retrial decision happen?", nullptr)
            .date_role.empty());
  // The day a court took argument.
  CHECK(analyze_question("What was the oral argument date in the kiosk case?", nullptr).date_role == "argued");
  CHECK(analyze_question("When was the appeal heard in the state's highest court?", nullptr).date_role == "argued");
  // A role the question dates itself describes what is asked, and is not asked.
  CHECK(analyze_question("What is the expiry date for a taxpayer number issued in 2008?", nullptr).date_role.empty());
  CHECK(analyze_question("When was the taxpayer number issued?", nullptr).date_role == "issued");
  // What a court denies or grants is an order or a request.
  CHECK(analyze_question("What did the D.C. Circuit deny in United States v. Bell?", nullptr).answer_type == "order");
  CHECK(analyze_question("What did the court decline to grant in Bell's case?", nullptr).answer_type == "order");
  CHECK(analyze_question("What did the court decide in Bell's case?", nullptr).answer_type == "holding");
  CHECK(analyze_question("Until what date was the time to file extended?", nullptr).date_role == "deadline");
  CHECK(analyze_question("By what date must comments arrive on the proposal?", nullptr).date_role == "deadline");
  CHECK(analyze_question("By when must the brief be filed?", nullptr).date_role == "deadline");
  CHECK(analyze_question("What new deadline did the Court give Creech?", nullptr).date_role == "deadline");
  // A deadline in days is a figure, with no date role.
  QuestionAnalysis days = analyze_question("What is the deadline, in days, for the report to Congress?", nullptr);
  CHECK(days.answer_type == "figure");
  CHECK(days.date_role.empty());
  // A condition's verb dates nothing asked.
  CHECK(analyze_question("When does the stopgap lapse if no full-year funding is enacted first?", nullptr).date_role.empty());
}

TEST_CASE("names parted by a comma are two names") {
  QuestionAnalysis q = analyze_question("When were Zorvath, Quillby and the other defendants indicted?", nullptr);
  std::vector<std::string> names;
  for (const auto& e : q.entities) names.push_back(e.text);
  CHECK(std::find(names.begin(), names.end(), "Zorvath") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Quillby") != names.end());
}

TEST_CASE("a party the extractor reads inside a case caption is part of the case, so it may answer") {
  QuestionAnalysis q = analyze_question("Which agency issued the fax rule held unlawful in Bais Yaakov of Spring Valley v. FCC?", nullptr);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].type == "case");
  CHECK(q.entities[0].text == "Bais Yaakov of Spring Valley v. FCC");
  for (const auto& e : q.entities) CHECK(e.id != "agency:fcc");
}

TEST_CASE("a Federal Register document number is no name") {
  QuestionAnalysis q = analyze_question("When must comments arrive on the proposal (FR Doc. 2018-02462)?", nullptr);
  for (const auto& e : q.entities) CHECK(e.text.find("Doc") == std::string::npos);
}

TEST_CASE("what did a party ask the court for: a request, decided as orders are") {
  CHECK(analyze_question("What did Hinson ask the lower court for?", nullptr).answer_type == "order");
  CHECK(analyze_question("What did the Department request from the court?", nullptr).answer_type == "order");
  CHECK(analyze_question("What did the court decide?", nullptr).answer_type == "holding");
  // "his habeas petition": the noun, not the verb.
  CHECK(analyze_question("What did the court allow Hensley to obtain after rejecting his habeas petition?", nullptr).head !=
        "what ... petition");
}

TEST_CASE("a rule cited by name is no ruling asked for") {
  CHECK(analyze_question("What did the appellee ask the court to impose under Rule 38?", nullptr).answer_type != "holding");
  CHECK(analyze_question("What did the court rule on the motion?", nullptr).answer_type == "holding");
}

TEST_CASE("a preposition opening the question is no part of the case it names") {
  QuestionAnalysis q = analyze_question("In Quillby Widget Co. v. Oklahoma, what did the board raise?", nullptr);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].type == "case");
  CHECK(q.entities[0].text == "Quillby Widget Co. v. Oklahoma");
  q = analyze_question("Under Quillby v. Zorvath, which court decided?", nullptr);
  REQUIRE(q.entities.size() == 1);
  CHECK(q.entities[0].text == "Quillby v. Zorvath");
}

TEST_CASE("which justice would not have affirmed: a dissent") {
  QuestionAnalysis q = analyze_question("Which Justice would not have affirmed the death sentence?", nullptr);
  CHECK(q.answer_type == "judge");
  CHECK(q.dissent);
  CHECK_FALSE(q.negated);
  CHECK(q.cue == "dissent");
  CHECK(std::find(q.terms.begin(), q.terms.end(), "affirmed") != q.terms.end());
}

TEST_CASE("who wrote against the ruling, who voted against it: a dissent") {
  QuestionAnalysis q = analyze_question("Who wrote against the 1977 ruling allowing the thief to be retried?", nullptr);
  CHECK(q.answer_type == "judge");
  CHECK(q.dissent);
  CHECK(analyze_question("Which Justice voted against sustaining the law?", nullptr).dissent);
}

TEST_CASE("what does X do: X's role") {
  CHECK(analyze_question("What does Catherine Vernon do in the Stephens case?", nullptr).answer_type == "role");
  CHECK(analyze_question("What did Jane Roe do for a living?", nullptr).answer_type == "role");
  // Not a name after "does": another question.
  CHECK(analyze_question("What does the statute require agencies to do?", nullptr).answer_type != "role");
}

TEST_CASE("unresolved names joined by 'and' are two names; a possessive head names what the answer owns") {
  QuestionAnalysis q = analyze_question("In which agency's facilities were migrants held under the ZORP and KELT programs?", nullptr);
  CHECK(q.answer_type == "agency");
  CHECK(q.possessed == "facilities");
  std::vector<std::string> names;
  for (const auto& e : q.entities) names.push_back(e.text);
  CHECK(std::find(names.begin(), names.end(), "ZORP") != names.end());
  CHECK(std::find(names.begin(), names.end(), "KELT") != names.end());
  CHECK(std::find(names.begin(), names.end(), "ZORP and KELT") == names.end());
  CHECK(analyze_question("Which agency issued the rule?", nullptr).possessed.empty());
}

TEST_CASE("titles and court papers written with a capital name no one") {
  const QuestionAnalysis q =
      analyze_question("Which Magistrate Judge filed the Report and Recommendation in the Quarrington suit?", nullptr);
  std::vector<std::string> names;
  for (const auto& e : q.entities) names.push_back(e.text);
  CHECK(names == std::vector<std::string>{"Quarrington"});
}

TEST_CASE("the party sued is asked for by 'against whom' or by the defendant's name for it") {
  CHECK(analyze_question("Against whom may a taxpayer bring a civil action for a disclosure?", nullptr).party_sued);
  CHECK(analyze_question("Who is the defendant in the damages suit over the disclosure?", nullptr).party_sued);
  CHECK_FALSE(analyze_question("Who sued the agency over the disclosure?", nullptr).party_sued);
  CHECK_FALSE(analyze_question("Against whom did the court rule?", nullptr).party_sued);
}

TEST_CASE("the courts whose judges a question asks for, not those it names in passing") {
  using V = std::vector<std::string>;
  CHECK(lexgraph::ask::asked_courts(analyze_question("Which Tax Court judge's rulings were appealed in Niazmand?")) ==
        V{"court:tax"});
  CHECK(lexgraph::ask::asked_courts(analyze_question("Which members of the Supreme Court would have granted the stay?")) ==
        V{"court:scotus"});
  CHECK(lexgraph::ask::asked_courts(analyze_question("Who was the judge of the Fourth Circuit who wrote for the court?")) ==
        V{"court:ca4"});
  CHECK(lexgraph::ask::asked_courts(analyze_question("Who sat on the panel after the Supreme Court's remand?")).empty());
  CHECK(lexgraph::ask::asked_courts(analyze_question("Which judge reversed the Tax Court?")).empty());
}

TEST_CASE("a total is of what the noun after it names; a value is money") {
  CHECK(analyze_question("What was the total cash surrender value of the three policies?").answer_type == "money");
  CHECK(analyze_question("What combined cash value did the husband's policies have?").answer_type == "money");
  CHECK(analyze_question("What was the total number of disclosures?").answer_type == "figure");
  CHECK(analyze_question("What was the total?").answer_type == "figure");
}

TEST_CASE("a judge seated elsewhere: by the court the document gives, else by the title's level") {
  using lexgraph::ask::seated_elsewhere;
  const std::vector<std::string> ninth = {"court:ca9"};
  CHECK(seated_elsewhere(ninth, "court:scotus", "Justice"));
  CHECK_FALSE(seated_elsewhere(ninth, "court:ca9", "Circuit Judge"));
  CHECK(seated_elsewhere(ninth, "", "District Judge"));  // the trial judge of the case
  CHECK_FALSE(seated_elsewhere(ninth, "", "Circuit Judge"));
  CHECK_FALSE(seated_elsewhere(ninth, "", ""));
  CHECK_FALSE(seated_elsewhere({"court:tax"}, "", "District Judge"));  // a level we cannot tell
  CHECK_FALSE(seated_elsewhere({}, "court:ca1", "Circuit Judge"));
}

TEST_CASE("a company's suffix after its comma is part of the name; a comma between names parts them") {
  auto texts = [](const char* question) {
    std::vector<std::string> out;
    for (const auto& e : analyze_question(question).entities) out.push_back(e.text);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(texts("Which company manufactured the scaffold in Ivy Sports Medicine, LLC v. Burwell?") ==
        V{"Ivy Sports Medicine, LLC v. Burwell"});
  CHECK(texts("Who sued in Acme Widgets, Inc. v. Smith?") == V{"Acme Widgets, Inc. v. Smith"});
  CHECK(texts("Did Marron, Birdsall and the others appeal?") == V{"Marron", "Birdsall"});
}

TEST_CASE("a court in a case citation's parenthetical says which case, and is no entity to find") {
  using lexgraph::ask::analyze_question;
  auto q = analyze_question("In Clausen v. Sea-3, Inc. (1st Cir. 1994), in what amount was Clausen damaged?");
  CHECK(q.citation_court == "court:ca1");
  CHECK(std::none_of(q.entities.begin(), q.entities.end(), [](const auto& e) { return e.id == "court:ca1"; }));
  q = analyze_question("In Kowal v. Reich (1st Cir. No. 93-2193), who appealed?");
  CHECK(q.citation_court == "court:ca1");
  // A court the question asks about, or names in prose, stays an entity.
  q = analyze_question("Which judge of the First Circuit (the appeals court) wrote the opinion?");
  CHECK(q.citation_court.empty());
  q = analyze_question("Did the case go to the appeals court (1st Cir.) after the jury verdict?");
  CHECK(q.citation_court.empty());
}

TEST_CASE("a judicial officer is a judge; an officer alone is a person") {
  using lexgraph::ask::analyze_question;
  CHECK(analyze_question("Which judicial officer ruled that the deadline was jurisdictional?").answer_type == "judge");
  CHECK(analyze_question("Which officer stopped the car?").answer_type == "person");
}

TEST_CASE("an allocation is money; a party's possessive and a word of a name are no cues") {
  using lexgraph::ask::analyze_question;
  auto q = analyze_question("In Serabian v. Amoskeag Bank Shares, what allocation to the loan loss provision did "
                            "the defendants reverse?");
  CHECK(q.answer_type == "money");
  CHECK(q.predicate == "reverses");
  // "plaintiffs' counsel" is whose counsel, not a lawsuit.
  q = analyze_question("To what amount did the court reduce the sanction imposed on plaintiffs' counsel?");
  CHECK(q.answer_type == "money");
  CHECK(q.predicate.empty());
  CHECK(analyze_question("Who were the plaintiffs in the suit?").predicate == "sues");
  // "at Bank Shares": a name's word, not the verb "share".
  q = analyze_question("What position did Worden hold at Bank Shares when he told the auditor?");
  CHECK(q.answer_type == "role");
  CHECK(q.predicate != "discloses_to");
  CHECK(analyze_question("Did the IRS share taxpayer addresses with ICE?").predicate == "discloses_to");
}

TEST_CASE("a district, trial or magistrate judge asked is a trial court's judge") {
  using lexgraph::ask::analyze_question;
  CHECK(analyze_question("Which district judge sat by designation on the panel in Harrington v. Cole?").trial_judge);
  CHECK(analyze_question("Which Massachusetts federal trial judge joined Chief Judge Breyer?").trial_judge);
  CHECK(analyze_question("Which magistrate judge recommended dismissal?").trial_judge);
  CHECK_FALSE(analyze_question("Which judge wrote the opinion in Harrington v. Cole?").trial_judge);
  CHECK_FALSE(analyze_question("Which district court heard the case?").trial_judge);  // a court, not a judge
}
