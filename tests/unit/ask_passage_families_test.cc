// Round-4 passage reading: word families (a question's word found in other
// words: "weapon" / "gun", "rescinded" / "withdrawal"), in the Xapian query
// and in sentence scoring; docket lines whose value says what is asked;
// capitalized names the extractor did not type ("employer SPIREON", "City
// of Alamosa"); a title with its unit as one role; people named by
// surname; the best-matching sentence first among an answer's evidence;
// documents about the question by a docket's "Title:" line; a citation
// split off as its own sentence; a statute's text titled by its heading.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "ask/answer_merge.h"
#include "ask/ask_engine.h"
#include "ask/passage_answers.h"
#include "ask/passage_names.h"
#include "ask/passage_retrieval.h"
#include "ask/passage_shapes.h"
#include "ask/question_analysis.h"
#include "ask/sentence_scorer.h"
#include "ask/word_families.h"
#include "pipeline_index.h"

using namespace lexgraph;

namespace {

std::string span_text(std::string_view s, const std::optional<ask::Span>& span) {
  return span ? std::string(s.substr(span->first, span->second - span->first)) : std::string("(none)");
}

// The role role_after_name reads after `name`'s first occurrence in `s`.
std::string role(std::string_view s, std::string_view name) {
  return span_text(s, ask::role_after_name(s, s.find(name) + name.size()));
}

bool top_text_has(const ask::AskResult& r, const std::string& needle, std::size_t n) {
  for (std::size_t i = 0; i < r.answers.size() && i < n; ++i) {
    if (r.answers[i].text.find(needle) != std::string::npos) return true;
  }
  return false;
}

ask::QuestionAnalysis question_with_terms(std::string text, std::vector<std::string> terms) {
  ask::QuestionAnalysis q;
  q.question = std::move(text);
  q.terms = std::move(terms);
  return q;
}

}  // namespace

TEST_CASE("word families: parsed by stem, phrases kept whole, one-word rows refused") {
  const ask::WordFamilies f = ask::parse_word_families(
      "# comment\nwords\nweapon|gun|firearm\ndischarge|went off|go off\nrescind|withdrawal|withdraw\nlonely\n");
  REQUIRE(f.members.size() == 3);
  CHECK(f.problems.size() == 1);  // "lonely": a family of one word
  // Inflections meet through the stem: "guns", "discharged", "withdrawals".
  REQUIRE(f.families_of("guns").size() == 1);
  CHECK(f.families_of("guns")[0] == f.families_of("weapon")[0]);
  CHECK(f.families_of("discharged").size() == 1);
  CHECK(f.families_of("withdrawals") == f.families_of("rescinded"));
  CHECK(f.families_of("car").empty());
  // A phrase is matched in the question's text, a word through its terms.
  const auto active = ask::families_in_question(f, "Whose weapon went off in the hall?", {"weapon", "hall"});
  REQUIRE(active.size() == 2);
  CHECK(active[0].key == "weapon");
  CHECK(active[1].key == "went off");
  CHECK(ask::families_in_question(f, "Who drove the car?", {"drove", "car"}).empty());
}

TEST_CASE("word families: the embedded table loads clean and holds the kinds of paraphrase asked for") {
  const ask::WordFamilies& f = ask::word_families();
  CHECK(f.problems.empty());
  auto related = [&](const char* a, const char* b) {
    for (std::size_t x : f.families_of(a)) {
      for (std::size_t y : f.families_of(b)) {
        if (x == y) return true;
      }
    }
    return false;
  };
  CHECK(related("weapon", "gun"));
  CHECK(related("rescinded", "withdrawal"));
  CHECK(related("policeman", "officer"));
  CHECK(related("noncitizen", "alien"));
  CHECK(related("employs", "employer"));
  CHECK(related("offered", "bid"));
  CHECK(related("custody", "prison"));
  // What courts, Congress and agencies do, said other ways.
  CHECK(related("upholding", "sustaining"));
  CHECK(related("overturned", "reversed"));
  CHECK(related("nullifying", "disapproval"));
  CHECK(related("adopted", "issued"));
  CHECK(related("appointed", "designated"));
  CHECK(related("struck", "punched"));
  CHECK(related("financed", "loan"));
  // Parties and places described instead of named.
  CHECK(related("levy", "tax"));
  CHECK(related("trucker", "trucking"));
  CHECK(related("lender", "bank"));
  CHECK(related("insurer", "underwriter"));
  CHECK(related("courier", "shipper"));
  CHECK(related("guards", "bouncer"));
  CHECK(related("nightclub", "tavern"));
  CHECK(related("congregation", "church"));
  CHECK(related("murder", "homicide"));
  CHECK(related("halted", "stayed"));
  CHECK(related("infirmary", "hospital"));
  CHECK(related("gathered", "collected"));
  CHECK(related("altogether", "total"));
  CHECK(related("concurred", "assented"));
  // Damages for the mind, and a trial held again.
  CHECK(related("distress", "anguish"));
  REQUIRE(f.families_of("retrial").size() == 1);
  const auto& retrial = f.members[f.families_of("retrial")[0]];
  CHECK(std::find(retrial.begin(), retrial.end(), "new trial") != retrial.end());
  CHECK_FALSE(related("tax", "bank"));
  CHECK_FALSE(related("upholding", "reversed"));
  CHECK_FALSE(related("weapon", "officer"));
  CHECK_FALSE(related("court", "circuit"));  // words every opinion says stay apart
}

TEST_CASE("a sentence saying three of the question's words answers without naming its entities") {
  const ask::QuestionAnalysis q =
      ask::analyze_question("Of which company is Quillfeather Capital (USA) Inc. a wholly-owned subsidiary?");
  ask::SentenceScorer scorer(q);
  const std::vector<std::vector<std::string>> none;
  CHECK(ask::says_many_question_words(
      scorer.score("Quillfeather is a wholly-owned subsidiary of Vantorra Holding AG.", none)));
  CHECK_FALSE(ask::says_many_question_words(scorer.score("Vantorra Holding AG owns a subsidiary.", none)));
  // A hyphenated word says its parts, as the question's terms split it.
  CHECK(scorer.score("It is a wholly-owned subsidiary.", none).score ==
        doctest::Approx(scorer.score("It is a wholly owned subsidiary.", none).score));
}

TEST_CASE("a neighbouring sentence lends part of what it says of the question that this one does not") {
  const ask::QuestionAnalysis q =
      ask::analyze_question("Which officer administered the polygraph examination to Quillan at the station?");
  ask::SentenceScorer scorer(q);
  const std::vector<std::vector<std::string>> none;
  const ask::SentenceHits before = scorer.score("Quillan agreed to take a polygraph examination at the station.", none);
  const ask::SentenceHits answer = scorer.score("Officer Anthony Fowler administered it that evening.", none);
  const double lent = ask::neighbour_bonus(answer, before);
  CHECK(lent > 0);
  CHECK(lent < before.score);  // a share, not the whole
  // What the sentence says itself is not lent again.
  CHECK(ask::neighbour_bonus(before, before) == doctest::Approx(0.0));
  CHECK(ask::neighbour_bonus(answer, scorer.score("The weather was cold.", none)) == doctest::Approx(0.0));
}

TEST_CASE("word families: a family word counts as the question's word, a cue's family as its cue") {
  ask::QuestionAnalysis q = question_with_terms("Whose weapon went off in the warehouse?", {"weapon", "warehouse"});
  ask::SentenceScorer scorer(q);
  const std::vector<std::vector<std::string>> none;
  const double gun = scorer.score("The gun accidentally discharged in the warehouse.", none).score;
  const double plain = scorer.score("The truck stopped in the warehouse.", none).score;
  const double own = scorer.score("The weapon discharged in the warehouse.", none).score;
  CHECK(gun > plain);
  // "gun" and "discharged" stand for "weapon" and "went off"; "weapon" and "gun" together count once.
  CHECK(gun == doctest::Approx(own));
  CHECK(scorer.score("The weapon, a gun, was found in the warehouse.", none).score ==
        doctest::Approx(scorer.score("The weapon was found in the warehouse.", none).score));

  // The shipped families: "pass away" is said "died".
  ask::QuestionAnalysis died = question_with_terms("When did the Fayette County resident pass away?", {"resident", "pass", "away"});
  ask::SentenceScorer died_scorer(died);
  CHECK(died_scorer.score("John E. Madden died in November, 1929.", none).score >
        died_scorer.score("John E. Madden lived in November, 1929.", none).score);

  ask::QuestionAnalysis rescind = question_with_terms("Who rescinded the airspace amendment?", {"airspace", "amendment"});
  rescind.exact_cue_forms = {"rescind", "rescinded", "rescinds", "rescinding"};
  rescind.cue_forms = rescind.exact_cue_forms;
  ask::SentenceScorer cue_scorer(rescind);
  const ask::SentenceHits withdrawal = cue_scorer.score("The FAA published the withdrawal of the airspace amendment.", none);
  CHECK(withdrawal.cue_at != std::string::npos);
  CHECK_FALSE(withdrawal.exact_cue);
  CHECK(cue_scorer.score("The FAA published the airspace amendment.", none).cue_at == std::string::npos);
  // A negated family word is no cue either.
  CHECK(cue_scorer.score("The FAA did not withdraw the airspace amendment.", none).cue_at == std::string::npos);
}

TEST_CASE("word families: the Xapian query searches a word's family at a lower weight") {
  ask::QuestionAnalysis q = question_with_terms("Whose weapon went off?", {"weapon"});
  const std::string description = ask::passage_text_query(q).get_description();
  CHECK(description.find("gun") != std::string::npos);
  CHECK(description.find("firearm") != std::string::npos);
  CHECK(description.find("discharg") != std::string::npos);  // the phrase's family
  CHECK(description.find("0.5") != std::string::npos);      // scaled below the word itself
  ask::QuestionAnalysis plain = question_with_terms("Whose boat sank?", {"boat", "sank"});
  CHECK(ask::passage_text_query(plain).get_description().find("0.5") == std::string::npos);
}

TEST_CASE("a word most documents hold is not paired with the cue in one sentence") {
  lexgraph::testing::PipelineIndex index;
  index.add("a", "A", "The court denied the timber sale. The opinion followed.");
  index.add("b", "B", "The court ruled on the appeal.");
  index.add("c", "C", "The court heard the case.");
  index.add("d", "D", "The court stayed the order.");
  const Xapian::Database db = index.open();
  ask::QuestionAnalysis q = question_with_terms("Which court dissented on the timber sale?", {"court", "timber"});
  q.cue_forms = {"dissent", "dissented"};
  const std::string with_db = ask::passage_text_query(q, &db).get_description();
  CHECK(with_db.find("NEAR") != std::string::npos);
  CHECK(with_db.find("timber OR") != std::string::npos);  // paired: one document of four
  CHECK(with_db.find("court OR") == std::string::npos);   // every document says "court"
  CHECK(ask::passage_text_query(q).get_description().find("court OR") != std::string::npos);
}

TEST_CASE("word families: a document in other words than the question answers it") {
  lexgraph::testing::PipelineIndex index;
  index.add("shot", "Report on the range",
            "The Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun accidentally discharged, shooting "
            "a visitor in the leg.");
  index.add("other", "Range notice", "The Environmental Protection Agency reported that someone dumped lead at the range.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which agency reported that a weapon went off by mistake, wounding someone?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].evidence[0].doc == "shot");
}

TEST_CASE("docket lines: a value that says what is asked ties the line to the question") {
  ask::QuestionAnalysis q;
  q.question = "Which judge is handling the Quello case?";
  q.answer_type = "judge";
  q.head_noun = "judge";
  ask::SentenceScorer scorer(q);
  const std::vector<std::vector<std::string>> none;
  const ask::SentenceHits assigned = scorer.score("Assigned to: Judge Amy Berman Jackson", none);
  CHECK(assigned.value_from == 13);
  CHECK(assigned.key_names_head);
  CHECK(assigned.score >= ask::kKeyMatchWeight);
  CHECK(scorer.score("Date filed: 03/02/2011", none).value_from == std::string::npos);

  lexgraph::testing::PipelineIndex index;
  index.add("docket", "Quello v. Northfield Water Authority",
            "U.S. District Court\nDistrict of Oregon\n\nAssigned to: Judge Peter Vanwick\n\nDate filed: 03/02/2011\n\n"
            "03/02/2011 1 COMPLAINT filed by Maria Quello.");
  index.add("other", "Brenner v. Castile", "Judge Walter Castile presided over the trial of Brenner in 2009.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which judge is handling Maria Quello's case?", &db, nullptr);
  CHECK(top_text_has(r, "Vanwick", 1));
}

TEST_CASE("untyped names: the capitalized run at or after the asked word") {
  auto at = [](std::string_view s, std::string_view word) {
    const std::size_t w = s.find(word);
    return span_text(s, ask::capitalized_name_at(s, w, w + word.size()));
  };
  CHECK(at("limited to, his current employer SPIREON;", "employer") == "SPIREON");
  CHECK(at("The plaintiffs sued the City of Alamosa in May.", "City") == "City of Alamosa");
  CHECK(at("The loan from Barre Savings Bank was repaid.", "Bank") == "Barre Savings Bank");
  CHECK(at("His employer, a small firm, closed.", "employer") == "(none)");  // set off: not its name
  CHECK(at("his employer paid him.", "employer") == "(none)");
}

TEST_CASE("untyped names answer which company or organization when nothing typed one") {
  lexgraph::testing::PipelineIndex index;
  index.add("order", "Order in Quantrell Data v. Tomas Verrill",
            "Defendant Tomas Verrill is enjoined from using the plaintiff's code.\n\nDefendant Tomas Verrill shall "
            "not disclose the code to any other person, including his current employer ZARVELLO;\n\nIT IS SO ORDERED.");
  index.add("other", "Notes", "Tomas Verrill attended a conference on software in 2015.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which company employs Tomas Verrill now?", &db, nullptr);
  CHECK(top_text_has(r, "ZARVELLO", 1));
  r = ask::ask("Who is Tomas Verrill's current employer?", &db, nullptr);
  CHECK(top_text_has(r, "ZARVELLO", 3));
}

TEST_CASE("roles: a title with its unit after a comma is one role") {
  CHECK(role("Carl T. Hausner, Chief, Bridge Section", "Hausner") == "Chief, Bridge Section");
  CHECK(role("Jane Roe, Deputy Director, Office of Policy Review.", "Roe") == "Deputy Director, Office of Policy Review");
  CHECK(role("Catherine O'Hagan Wolfe, Clerk of Court", "Wolfe") == "Clerk of Court");
  // What follows the comma is prose or a place, not a unit.
  CHECK(role("Alexander Armstrong, Attorney General of Maryland, for the State.", "Armstrong") ==
        "Attorney General of Maryland");
  CHECK(role("Gloria Bediamol, Court Reporter, Honolulu, Hawaii", "Bediamol") == "Court Reporter");
  // An employer's possessive, then the title in lower case up to the closing comma.
  CHECK(role("Tomie Hill, CEVA's training and safety manager, confirmed this.", "Hill") ==
        "CEVA's training and safety manager");
  CHECK(role("Tomie Hill, CEVA's witness who testified at length about the sensors and the email", "Hill") == "(none)");
}

TEST_CASE("roles: a capacity set off with as and a name's suffix") {
  CHECK(role("John G. Roberts, Jr., by invitation of the Court, as amicus curiae, argued the cause.", "Roberts") ==
        "amicus curiae");
  CHECK(role("Mary Poe, as next friend, filed the petition.", "Poe") == "next friend");
  CHECK(role("Sam Doe, Jr., Clerk of Court", "Doe") == "Clerk of Court");
  // "as" inside a clause of its own is no capacity of the name.
  CHECK(role("Sam Doe, who was known as a careful lawyer, argued.", "Doe") == "(none)");
}

TEST_CASE("roles: a role in lower case set off after a name by its article") {
  // First Circuit, 1993: "two witnesses--Cabino and Dr. Navaras, a prison psychiatrist--but".
  CHECK(role("two witnesses--Cabino and Dr. Navaras, a prison psychiatrist--but that", "Navaras") ==
        "prison psychiatrist");
  CHECK(role("Santiago, a fellow PREPA\nemployee, invited her.", "Santiago") == "fellow PREPA\nemployee");
  // A clause or a sentence going on is no apposition.
  CHECK(role("Lopes, a man who had seen the fight, testified.", "Lopes") == "(none)");
  CHECK(role("Lopes, the officer and the guard went in.", "Lopes") == "(none)");
  // Too long a description: the role noun a preposition follows ends it.
  CHECK(role("Roe, an account manager at Acme's North Side Plaza branch, was recruited.", "Roe") ==
        "account manager");
  CHECK(role("Roe, an old friend of the North Side Plaza branch owners, was recruited.", "Roe") == "(none)");
}

TEST_CASE("roles: the capacity a sentence gives a name after as") {
  auto capacity = [](std::string_view s, std::string_view name) {
    return span_text(s, ask::capacity_after(s, s.find(name) + name.size()));
  };
  const std::string_view halper =
      "John G. Roberts, Jr., by invitation of the Court, 488 U.S. 906, argued the cause and filed a brief as amicus "
      "curiae in support of the judgment below.";
  CHECK(capacity(halper, "Roberts") == "amicus curiae");
  CHECK(capacity("Ann Poe sued as the guardian ad litem of the child.", "Poe") == "guardian ad litem of the child");
  CHECK(capacity("Ann Poe appeared as counsel for petitioner.", "Poe") == "counsel for petitioner");
  // Not a capacity ("as well"), or another person's.
  CHECK(capacity("Ann Poe argued as well as anyone.", "Poe") == "(none)");
  CHECK(capacity("Ann Poe argued the cause, and Bob Roe filed a brief as amicus curiae.", "Poe") == "(none)");
}

TEST_CASE("roles: the office or status a copula gives a name") {
  auto copula = [](std::string_view s, std::string_view name) {
    return span_text(s, ask::role_by_copula(s, s.find(name) + name.size()));
  };
  CHECK(copula("During the period, Marion Doucette was Manager/CEO of the Credit\nUnion and sat on its board.",
               "Doucette") == "Manager/CEO of the Credit\nUnion");
  CHECK(copula("She reported fraud by Gene Farrell, then Manager/CEO of the union.", "Farrell") == "Manager/CEO");
  CHECK(copula("At the time, he was a pretrial detainee at the Suffolk County Jail.", " he") == "pretrial detainee");
  // Employment: the employer between, up to "as" in the same clause.
  CHECK(copula("Appellant was employed by DMA as a Marine Information Specialist. His appointment began.",
               "Appellant") == "Marine Information Specialist");
  CHECK(copula("Ann Poe worked at the mill as a bookkeeper until 1990.", "Poe") == "bookkeeper");
  CHECK(copula("Ann Poe was employed by the mill. As a result she moved.", "Poe") == "(none)");
  // A predicate that gives no office or status.
  CHECK(copula("Marion Doucette was aware of the shortfall.", "Doucette") == "(none)");
  CHECK(copula("Marion Doucette hired her daughter.", "Doucette") == "(none)");
  // A capitalised name of the body, then the office in lower case.
  CHECK(copula("Ann Poe served as Union treasurer from 1980.", "Poe") == "Union treasurer");
  CHECK(copula("Ann Poe served as Guild vice-president until May.", "Poe") == "Guild vice-president");
  CHECK(copula("Ann Poe served as Union delegate-elect until May.", "Poe") == "Union");
  CHECK(copula("Ann Poe was Chief Deputy of the clerk until May.", "Poe") == "Chief Deputy");
}

TEST_CASE("roles: a later office of the same subject, in a predicate joined to the first") {
  auto later = [](std::string_view s, std::string_view first) {
    return span_text(s, ask::later_role_of_subject(s, s.find(first) + first.size()));
  };
  const std::string_view career =
      "Roe served as Guild vice-president from January 1987, through December 31, 1988, and has served as Guild "
      "president since January 1, 1989.";
  CHECK(later(career, "Guild vice-president") == "Guild president");
  CHECK(later("Poe was a clerk in 1970 and later became Chief Deputy of the Office.", "clerk") ==
        "Chief Deputy of the Office");
  // A new clause may have a new subject; a joined predicate with no office gives none.
  CHECK(later("Poe was a clerk; her sister later became Chief Deputy.", "clerk") == "(none)");
  CHECK(later("Poe was a clerk and has served as she could.", "clerk") == "(none)");
}

TEST_CASE("roles: the office written in lower case right before a name") {
  auto role = [](std::string_view s, std::string_view name) {
    return span_text(s, ask::role_before_name(s, s.find(name)));
  };
  CHECK(role("On August 10, 1988, Bank Shares' vice president and loan review officer Quillan informed an auditor.",
             "Quillan") == "vice president and loan review officer");
  CHECK(role("The report reached the company's general counsel Poe.", "Poe") == "general counsel");
  CHECK(role("Then the former police chief Roe testified.", "Roe") == "police chief");
  CHECK(role("It arrived; staff attorney Roe read it.", "Roe") == "staff attorney");
  // A verb may stand before it, or no role noun ends it: no office.
  CHECK(role("The man who shot police officer Roe fled.", "Roe") == "(none)");
  CHECK(role("The company's lawsuit against Roe failed.", "Roe") == "(none)");
  CHECK(role("Defendant Roe appealed.", "Roe") == "(none)");
}

TEST_CASE("roles: the office written before a name set in parentheses") {
  auto title = [](std::string_view s, std::string_view name) {
    return span_text(s, ask::title_before_parenthesized_name(s, s.find(name)));
  };
  const std::string_view officers =
      "The complaint alleged that HMA's President (Mr. Richard Quillan), Executive Vice-President (Ms. Ann Poe) and "
      "the auditor (Bob Roe) acted as fiduciaries.";
  CHECK(title(officers, "Richard Quillan") == "President");
  CHECK(title(officers, "Ann Poe") == "Executive Vice-President");
  // Not an office: a lower-case word, or no parenthesis.
  CHECK(title(officers, "Bob Roe") == "(none)");
  CHECK(title("The President met Richard Quillan.", "Richard Quillan") == "(none)");
  CHECK(title("The case (Richard Quillan v. Poe) settled.", "Richard Quillan") == "(none)");
}

TEST_CASE("roles: the capacity an opening 'As the X,' gives the name after it") {
  auto capacity = [](std::string_view s, std::string_view name) {
    return span_text(s, ask::capacity_before_name(s, s.find(name)));
  };
  CHECK(capacity("As the tax matters partner, Mr. McNeill filed suit.", "McNeill") == "tax matters partner");
  CHECK(capacity("As Secretary of State, Clinton signed the accord.", "Clinton") == "Secretary of State");
  // Not a capacity: "as" inside the sentence, a clause, or no comma before the name.
  CHECK(capacity("Courts such as the Tax Court, Smith said, agree.", "Smith") == "(none)");
  CHECK(capacity("As noted above, the court held, Smith lost.", "Smith") == "(none)");
  CHECK(capacity("As partner Smith filed suit.", "Smith") == "(none)");
}

TEST_CASE("evidence: the sentence that ties best to the question comes first, whatever the answer's bonus") {
  auto answer = [](double score, std::size_t sentence) {
    ask::Answer a;
    a.type = "person";
    a.entity = "person:esteban-leon";
    a.text = "Esteban Leon";
    a.score = score;
    ask::Evidence ev;
    ev.doc = "d";
    ev.sentence = sentence;
    ev.text = "sentence " + std::to_string(sentence);
    a.evidence.push_back(ev);
    return a;
  };
  // Answer 0 scores best (it stands next to the cue) in a sentence that ties less to the question.
  std::vector<ask::Answer> answers = {answer(9.0, 1), answer(7.0, 2), answer(6.0, 3)};
  answers.push_back(answer(5.0, 4));
  answers.back().entity = "person:someone-else";
  ask::order_evidence_by_sentence(answers, {4.0, 6.5, 5.0, 9.0});
  CHECK(answers[0].evidence[0].sentence == 2);
  CHECK(answers[1].evidence[0].sentence == 3);
  CHECK(answers[2].evidence[0].sentence == 1);
  CHECK(answers[3].evidence[0].sentence == 4);  // another entity keeps its own
  CHECK(answers[0].score == 9.0);               // scores stay as they were
  const auto merged = ask::merge_answers({}, answers);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].evidence[0].sentence == 2);
  CHECK(ask::answer_merge_key(answers[0]) == "person:esteban-leon");
}

TEST_CASE("people named by surname after the first mention answer with their full name") {
  lexgraph::testing::PipelineIndex index;
  index.add("order", "Order granting a preliminary injunction",
            "Plaintiff Norvale Systems sued Defendant Thomas Calloway over its source code.\n\n"
            "Defendant Calloway, his agents and employees are enjoined from using Norvale's source code.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Who is enjoined from using Norvale's source code?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].entity == "person:thomas-calloway");
  CHECK(r.answers[0].text.find("Calloway") != std::string::npos);
  REQUIRE_FALSE(r.answers[0].evidence.empty());
  const auto& ev = r.answers[0].evidence[0];
  CHECK(ev.text.find("enjoined") != std::string::npos);
  REQUIRE(ev.highlight);
  CHECK(ev.text.substr(ev.highlight->first, ev.highlight->second - ev.highlight->first) == "Calloway");
}

TEST_CASE("untyped court names: a court's name cut from its line answers which court; generic ones do not") {
  lexgraph::testing::PipelineIndex index;
  index.add("notice", "In re Ophelia Marchetti, order to show cause",
            "The clerk has been notified by the Northern District of Calisota that attorney Ophelia Marchetti has "
            "been suspended on an interim basis from the practice of law.\n\nA copy of the notice may be filed in a "
            "United States District Court by Ophelia Marchetti.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which court suspended attorney Ophelia Marchetti on an interim basis?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Northern District of Calisota");
  CHECK(r.answers[0].type == "court");
  for (const auto& a : r.answers) CHECK(a.text != "United States District Court");
}

TEST_CASE("documents about the question: a docket's Title line, a government party by its distinctive word") {
  lexgraph::testing::PipelineIndex index;
  index.add("docket", "Supreme Court docket 21-4471",
            "Docket Search\n\nNo. 21-4471\n\nTitle: Marvin Quist, Petitioner\nv.\nVermont\n\n"
            "Docketed: March 3, 2021\n\nLower Ct: Supreme Court of Vermont\n\nCase Numbers: (2020-118)");
  index.add("other", "Quist v. Harlan",
            "Harlan sued Quist in the Court of Appeals of Oregon over a contract.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What court ruled on Quist v. Vermont below?", &db, nullptr);
  CHECK(top_text_has(r, "Supreme Court of Vermont", 1));
}

TEST_CASE("a citation standing as its own sentence answers which regulation with the sentence it follows") {
  lexgraph::testing::PipelineIndex index;
  index.add("opinion", "Fuel Makers Coalition v. EPA",
            "Manufacturers must test the emissions of new engines. Under the regulation at issue here, the test fuel "
            "must be a fuel that is commercially available. 40 C.F.R. § 1065.701(c). The petitioners also cite "
            "other provisions. 42 U.S.C. § 7521.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which regulation requires the test fuel to be commercially available?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("1065.701") != std::string::npos);
}

TEST_CASE("a statute's text titled by its own heading answers which statute, as an untitled one does") {
  ask::StoredDocument statute;
  statute.title = "18 U.S.C. § 1001. Statements or entries generally";
  statute.text = "18 U.S.C. § 1001. Statements or entries generally\nTitle 18— CRIMES\n(a) Whoever ...";
  CHECK(ask::titled_by_own_heading(statute));
  statute.title = "";
  CHECK(ask::titled_by_own_heading(statute));
  ask::StoredDocument opinion;
  opinion.title = "United States v. Forbes";
  opinion.text = "UNITED STATES COURT OF APPEALS\nNo. 93-1788";
  CHECK_FALSE(ask::titled_by_own_heading(opinion));

  lexgraph::testing::PipelineIndex index;
  index.add("statute", "18 U.S.C. § 1919. Statements to the granary board",
            "18 U.S.C. § 1919. Statements to the granary board\n\nWhoever knowingly makes a materially false "
            "statement to the granary board shall be fined or imprisoned not more than 3 years.");
  index.add("opinion", "United States v. Orrin",
            "Orrin was convicted under 18 U.S.C. § 1343 of wire fraud. The granary board was not involved.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which statute punishes a false statement to the granary board?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("1919") != std::string::npos);
}

TEST_CASE("negation: 'not ... until' says when it was done, not that it never was") {
  const std::string s1 = "The Caseys did not file until September 23, 2013.";
  CHECK_FALSE(ask::negated_before(s1, s1.find("file")));
  const std::string s2 = "The Caseys did not file a claim against the city.";
  CHECK(ask::negated_before(s2, s2.find("file")));
  const std::string s3 = "The court refused to grant the stay until the appeal ended.";
  CHECK(ask::negated_before(s3, s3.find("grant")));
}

TEST_CASE("names: another name after a/k/a, aka or also known as") {
  auto aliases = [](std::string_view s) {
    std::vector<std::string> out;
    for (const auto& span : ask::alias_names(s)) out.push_back(std::string(s.substr(span.first, span.second - span.first)));
    return out;
  };
  CHECK(aliases("BERNARDO ANTONIO ALMONTE-RODRIGUEZ, A/K/A MELANIO ESPINAL,\nPetitioner,") ==
        std::vector<std::string>{"MELANIO ESPINAL"});
  CHECK(aliases("Juan Perez, aka Big John Perez, was arrested.") == std::vector<std::string>{"Big John Perez"});
  CHECK(aliases("the defendant, also known as Colibri. He fled.") == std::vector<std::string>{"Colibri"});
  CHECK(aliases("A man known as a careful lawyer argued.").empty());
}

TEST_CASE("a judge asked: a party the document's title names is none of its judges") {
  lexgraph::testing::PipelineIndex index;
  index.add("fiorentino", "Fiorentino v. Rio Mar Associates",
            "BARBADORO, District Judge. This appeal concerns interest on a judgment.\n\n"
            "Edward Fiorentino broke his neck in a swimming accident at the beach hotel, and the jury found the "
            "hotel liable for the accident.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Who wrote the decision about the hotel guest's swimming accident?", &db, nullptr);
  for (const auto& a : r.answers) CHECK(a.text.find("Fiorentino") == std::string::npos);
}

TEST_CASE("a count of offenses asked: counts charged answer it") {
  lexgraph::testing::PipelineIndex index;
  index.add("jorn", "United States v. Jorn",
            "The tax preparer was charged by 40 taxpayers. The tax preparer was charged in 25 counts.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("How many separate offenses was the tax preparer charged with?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("25") != std::string::npos);
}

TEST_CASE("a motion asked by its noun alone, with no verb of deciding: the party's request answers") {
  lexgraph::testing::PipelineIndex index;
  index.add("ferreira", "United States v. Ferreira",
            "Ferreira received a grand jury subpoena to appear in a lineup. Ferreira filed a motion to quash the "
            "subpoena, claiming harassment.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What motion did Ferreira file against the grand jury subpoena?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "motion to quash the subpoena");
}

TEST_CASE("a cue read as a relation the document asked about never states: its other words still find it") {
  lexgraph::testing::PipelineIndex index;
  // Many documents say the cue's words ("barred", "enjoined") beside the
  // question's; the one asked about says "suspended" instead.
  for (int i = 0; i < 30; ++i) {
    index.add("injunction-" + std::to_string(i), "Order " + std::to_string(i),
              "The school found the graduate student's contacts with witnesses were retaliation. The court barred "
              "the program, enjoined the agency and prohibited the transfer for " + std::to_string(30 + i) +
                  " days; it barred the release and barred the sale, as the long order says at length in its "
                  "several parts and paragraphs.");
  }
  index.add("merac", "Merac v. School of Mines",
            "The school found the graduate student's contacts with witnesses were retaliation and suspended him.");
  Xapian::Database db = index.open();
  const ask::QuestionAnalysis q = ask::analyze_question(
      "How long was the graduate student barred from the school after his contacts with witnesses were found to be "
      "retaliation?");
  REQUIRE(q.predicate == "enjoins");
  std::string description;
  const std::vector<ask::CandidateDocument> found = ask::candidate_documents(db, q, 12, description);
  CHECK(std::any_of(found.begin(), found.end(), [&](const ask::CandidateDocument& c) {
    return db.get_document(c.id).get_data().find("\"merac\"") != std::string::npos;
  }));
}

TEST_CASE("a request a demonstrative points back to answers which motion was denied") {
  // First Circuit, 1993: "In June 1990 the government sought leave to amend
  // its answer ... That motion was denied by the district court on June 19, 1990".
  lexgraph::testing::PipelineIndex index;
  index.add("opinion", "Talbot v. United States",
            "New counsel took over the case in spring 1990. In June 1990 the government sought leave to amend its "
            "answer and assert a counterclaim. The excuse was that counsel had lacked the approval of the Secretary "
            "to assert one. That motion was denied by the district court on June 19, 1990, and trial was set.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("In Talbot v. United States, which motion of the government did the district court deny?",
                              &db, nullptr);
  CHECK(top_text_has(r, "leave to amend its answer", 1));
  // Without the demonstrative the sentence before is not read.
  lexgraph::testing::PipelineIndex other;
  other.add("opinion", "Talbot v. United States",
            "In June 1990 the government sought leave to amend its answer. Later a request by the clerk to extend "
            "time was denied by the district court.");
  Xapian::Database db2 = other.open();
  r = ask::ask("In Talbot v. United States, which motion of the government did the district court deny?", &db2, nullptr);
  CHECK_FALSE(top_text_has(r, "leave to amend its answer", 3));
}

TEST_CASE("a motion named three sentences before the one denying \"that motion\" answers which was denied") {
  // First Circuit, 1993, quoting the trial court: a motion in limine, a
  // sentence on its grounds, a footnote, then "this court denied that motion".
  lexgraph::testing::PipelineIndex index;
  index.add("opinion", "Gillis v. United States",
            "On or about March 25, 1993, plaintiff filed a motion in limine to preclude the testimony of Dr. Logigian "
            "on the grounds that he was not listed as a witness. No pretrial order fixing witnesses was entered. "
            "Interrogatories were served in the fall. This court denied that motion on March 25, 1993.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("In Gillis v. United States, which motion of the plaintiff did the court deny?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "motion in limine to preclude the testimony of Dr. Logigian");
}

TEST_CASE("roles: the title a sentence names after the noun for an office") {
  auto title = [](std::string_view s) { return span_text(s, ask::title_after_office_noun(s)); };
  // First Circuit, 1993, double-spaced: "the career position of Executive\n\nOfficer IV since".
  CHECK(title("In that organization, she held the career position of Executive\n\nOfficer IV since February 1, 1984.") ==
        "Executive\n\nOfficer IV");
  CHECK(title("He rose to the rank of Chief of Staff in 1990.") == "Chief of Staff");
  CHECK(title("He was appointed to the office of the Clerk of Court.") == "Clerk of Court");
  // A lower-case description, or a capitalized word past a comma, is no title.
  CHECK(title("She kept the position of trust she had.") == "(none)");
  CHECK(title("He left the post of, as he said, Director.") == "(none)");
  CHECK(title("The Office of Personnel Management ruled.") == "(none)");
}

TEST_CASE("an entity a sentence names twice answers where the question's words lead to it") {
  ask::StoredEntity section;
  section.id = "statute:usc/12/1821";
  section.type = "statute";
  section.aliases = {"12 U.S.C. 1821(d)(13)(D)", "12 U.S.C. 1821(j)"};
  const std::string_view s =
      "The court held that the claims for damages were barred by 12 U.S.C. 1821(d)(13)(D), and that the claim for "
      "injunctive relief was precluded by 12 U.S.C. 1821(j).";
  auto near = [&](std::vector<std::string> terms) {
    return span_text(s, ask::find_entity_near_terms(s, section, terms));
  };
  CHECK(near({"injunctive", "relief", "precluded"}) == "12 U.S.C. 1821(j)");
  CHECK(near({"damages", "barred"}) == "12 U.S.C. 1821(d)(13)(D)");
  // No question word tells them apart: the longest alias, as find_entity.
  CHECK(near({"court"}) == "12 U.S.C. 1821(d)(13)(D)");
  CHECK(near({}) == "12 U.S.C. 1821(d)(13)(D)");
}
