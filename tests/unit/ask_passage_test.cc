// Passage answering end to end on documents written for this test: the
// real pipeline (normalize, split, extract, relate) writes a small index,
// then ask() answers from passages alone (no graph): typed answers from
// the best sentences, entities as filters, figures by unit, roles, and
// "nothing answers" with the closest passages.

#include <doctest/doctest.h>

#include <algorithm>

#include <atomic>
#include <filesystem>
#include <map>

#include <unistd.h>

#include "ask/ask_engine.h"
#include "ask/passage_answers.h"
#include "ask/passage_names.h"
#include "ask/passage_retrieval.h"
#include "ask/passage_shapes.h"
#include "document.h"
#include "extract/entity_extractor.h"
#include "normalize/normalizer.h"
#include "relate/relation_extractor.h"
#include "segment/sentence_splitter.h"
#include "store/index_writer.h"
#include "pipeline_index.h"

using namespace lexgraph;

namespace {

using PipelineIndex = lexgraph::testing::PipelineIndex;

bool in_top(const ask::AskResult& r, const std::string& entity, std::size_t n) {
  for (std::size_t i = 0; i < r.answers.size() && i < n; ++i) {
    if (r.answers[i].entity == entity) return true;
  }
  return false;
}

// The candidate documents for `question`, by the id each was added with.
std::map<std::string, ask::CandidateDocument> candidates_by_id(const Xapian::Database& db, const std::string& question) {
  std::map<std::string, ask::CandidateDocument> out;
  std::string described;
  for (const ask::CandidateDocument& c :
       ask::candidate_documents(db, ask::analyze_question(question, nullptr), 10, described)) {
    const std::string data = db.get_document(c.id).get_data();
    constexpr std::string_view kId = "\"id\":\"";
    const std::size_t at = data.find(kId);
    if (at == std::string::npos) continue;
    const std::size_t from = at + kId.size();
    out.emplace(data.substr(from, data.find('"', from) - from), c);
  }
  return out;
}

}  // namespace

TEST_CASE("passages answer typed questions with evidence") {
  PipelineIndex index;
  index.add("a", "Ruling on removals",
            "U.S. District Judge Maria Lopez enjoined the Department of Homeland Security from deporting the "
            "plaintiffs on Monday.\n\nThe National Wildlife Federation sued the Environmental Protection Agency over "
            "the new emissions rule.\n\nThe Federal Bureau of Investigation shared records on 3,500 people with the "
            "Drug Enforcement Administration, a report found. The bureau said it held files on 12,000 people.");
  index.add("b", "Travel notice",
            "The Department of Homeland Security issued a notice about travel documents. The Environmental "
            "Protection Agency published a report on air quality.");
  Xapian::Database db = index.open();

  ask::AskResult r = ask::ask("Which judge blocked DHS?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].entity == "judge:maria-lopez");
  CHECK(r.answers[0].text == "Maria Lopez");
  REQUIRE_FALSE(r.answers[0].evidence.empty());
  const auto& ev = r.answers[0].evidence[0];
  CHECK(ev.doc == "a");
  CHECK(ev.title == "Ruling on removals");
  CHECK(ev.text.find("enjoined") != std::string::npos);
  REQUIRE(ev.highlight);
  CHECK(ev.text.substr(ev.highlight->first, ev.highlight->second - ev.highlight->first) == "Maria Lopez");

  r = ask::ask("Who filed a lawsuit against the EPA?", &db, nullptr);
  CHECK(in_top(r, "org:national-wildlife-federation", 1));

  // The figure counting what the question counts, next to the cue.
  r = ask::ask("How many people did the FBI share records about with the DEA?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "figure");
  REQUIRE(r.answers[0].number_value);
  CHECK(*r.answers[0].number_value == doctest::Approx(3500));

  // Every answer rests on evidence.
  for (const char* q : {"Which agency shared records?", "Which organizations sued?", "Which judge enjoined DHS?"}) {
    for (const auto& a : ask::ask(q, &db, nullptr).answers) CHECK_FALSE(a.evidence.empty());
  }
}

TEST_CASE("nothing answers: no answers, the closest passages") {
  PipelineIndex index;
  index.add("a", "Notice", "The Department of Homeland Security issued a notice about travel documents.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which judge enjoined the travel notice?", &db, nullptr);
  CHECK(r.answers.empty());
  REQUIRE_FALSE(r.closest.empty());
  CHECK(r.closest[0].evidence.text.find("travel") != std::string::npos);
  r = ask::ask("Which zeppelin quarantined the xylophone?", &db, nullptr);
  CHECK(r.answers.empty());
}

TEST_CASE("a short name the document defined answers by the full name, with the definition as evidence") {
  PipelineIndex index;
  index.add("a", "Roe v. Acme",
            "Acme Widget Company (\"Acme\") is a defendant that imports halogen lamps. The plaintiff bought one in 2019. "
            "Acme manufactures the halogen lamps at issue. Acme sells the halogen lamps through dealers.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which company manufactures the halogen lamps?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Acme Widget Company");
  CHECK(r.answers[0].evidence[0].text.find("manufactures") != std::string::npos);
  CHECK(std::any_of(r.answers[0].evidence.begin(), r.answers[0].evidence.end(), [](const ask::Evidence& ev) {
    return ev.text.find("Acme Widget Company") != std::string::npos;
  }));
}

TEST_CASE("a date whose clause says the asked role after it ranks first") {
  PipelineIndex index;
  index.add("o", "Acme v. Roe",
            "On March 3, 2016, Acme and Roe came before the Court for a hearing on the temporary restraining order "
            "against Roe. On February 11, 2016, the Court issued the temporary restraining order.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("When was the temporary restraining order against Roe issued?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2016-02-11");
}

TEST_CASE("who was in charge: an untyped name opening the clause that says it") {
  PipelineIndex index;
  index.add("m", "Quarry v. United States",
            "The agents went to the saloon with a warrant. The petitioner was not there; Zimbalt was in charge of "
            "the saloon. The agents arrested him.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who was in charge of the saloon in Quarry v. United States?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Zimbalt");
  CHECK(r.answers[0].evidence[0].text.find("in charge") != std::string::npos);
}

TEST_CASE("docket key lines and signature blocks answer who and when") {
  PipelineIndex index;
  index.add("d", "MARIA QUELLO",
            "U.S. Bankruptcy Court\nDistrict of Oregon\n\nAssigned to: Judge Peter Vanwick\n\n"
            "Date filed: 03/02/2011\n\nDebtor discharged: 07/19/2011\n\nDebtor\nMARIA QUELLO\n\n"
            "Trustee\nHAROLD BRENTWOOD\n\n03/02/2011 1 Chapter 7 Voluntary Petition filed by Maria Quello.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("When was Maria Quello discharged?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].evidence[0].text.find("discharged") != std::string::npos);
  CHECK(r.answers[0].string_value == "2011-07-19");
  r = ask::ask("Who was the trustee in Maria Quello's bankruptcy?", &db, nullptr);
  bool trustee = false;
  for (std::size_t i = 0; i < r.answers.size() && i < 3; ++i) {
    // People answer by their full name as resolved ("Harold Brentwood").
    trustee = trustee || r.answers[i].text.find("Brentwood") != std::string::npos;
  }
  CHECK(trustee);
}

TEST_CASE("who is X: the role set off after the name") {
  PipelineIndex index;
  index.add("o", "Order on the motion",
            "The motion is granted.\n\nFOR THE COURT:\nTheodora Quillfeather, Clerk of Court\n");
  index.add("p", "Another order", "The appeal is dismissed. Samuel Brightwater, Attorney General of the State, argued.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who is Theodora Quillfeather?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "role");
  CHECK(r.answers[0].text == "Clerk of Court");
  // A shorter form of the name than the text's still finds it.
  r = ask::ask("What office did Samuel Brightwater hold?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Attorney General of the State");
}

TEST_CASE("who is X: a role after a dash, and a signature block's title line") {
  PipelineIndex index;
  index.add("d", "Roe v. Bureau",
            "The Bureau attached the declaration of Marisol Quenby\u2014the Records Assistant who processed the "
            "request.");
  index.add("n", "Notice of a freeze",
            "AGENCY: Federal Communications Commission.\n\nACTION: Notice.\n\nThe freeze takes effect at once.\n\n"
            "Federal Communications Commission.\n\nTobias Wrenfield,\n\nDeputy Chief, Satellite Division.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who is Marisol Quenby?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Records Assistant");
  r = ask::ask("Who is Tobias Wrenfield?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Deputy Chief, Satellite Division");
  for (const auto& a : r.answers) CHECK(a.text.find("ACTION") == std::string::npos);  // a label, not a title
}

TEST_CASE("a role asked of counsel the question describes: the office after a counsel's name, no sentence") {
  // Supreme Court, 1951: "Louis Weinstein, Assistant Attorney General of
  // Connecticut, argued the cause for respondent"; the caption line before
  // the docket number ("O'CONNOR, TAX COMMISSIONER.\n\nNo. 132.") and a
  // sentence after a name ("It is not a matter of labels.") are no titles.
  PipelineIndex index;
  index.add("s", "Trask Freight Lines, Inc. v. Oberlin",
            "TRASK FREIGHT LINES, INC. v. OBERLIN, TAX COMMISSIONER.\n\nNo. 132.\n\nArgued January 4, 1951.\n\n"
            "Hollis Wendt argued the cause for petitioner.\n\nMarek Quillfeather, Assistant Attorney General of "
            "Vermont, argued the cause for respondent.\n\nThe tax falls on the privilege of doing business in the "
            "State, as the Commissioner Oberlin.\n\nIt is not a matter of labels.\n",
            "Supreme Court", "", "1951-03-26", "opinion");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What was the title of the lawyer who argued for the Tax Commissioner in Trask Freight Lines v. "
                              "Oberlin?",
                              &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Assistant Attorney General of Vermont");
  for (const auto& a : r.answers) {
    CHECK(a.text.find("No. 132") == std::string::npos);
    CHECK(a.text.find("labels") == std::string::npos);
  }
  // A sentence after one ending in the name is a title only when written as one.
  r = ask::ask("What title did Oberlin hold in Trask Freight Lines v. Oberlin?", &db, nullptr);
  for (const auto& a : r.answers) CHECK(a.text.find("labels") == std::string::npos);
}

TEST_CASE("a day asked: a year alone, as a citation's, is no answer") {
  // Supreme Court, 1991: "216 Cal. App. 3d 586 (1990) ... On May 14, 1990,
  // JUSTICE O'CONNOR stayed enforcement of the Court of Appeal's judgment".
  PipelineIndex index;
  index.add("a", "California v. Aldama",
            "In 1990 the Court of Appeal held that the search was unlawful, and a Justice stayed the judgment that "
            "year. People v. Aldama, 216 Cal. App. 3d 586 (1990). On May 14, 1990, JUSTICE OSTRANDER acted on the "
            "application.",
            "Supreme Court", "", "1991-05-30", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("On what day in 1990 did a Justice stay the judgment in California v. Aldama?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "May 14, 1990");
  for (const auto& a : r.answers) CHECK(a.entity != "date:1990");
}

TEST_CASE("who is X: the role follows the person asked about, not a place the question also names") {
  PipelineIndex index;
  index.add("n", "Extension of import limits on objects from Zanovia",
            "AGENCY: Border Service.\n\nThe limits on objects from Zanovia, Royal Courts of the Highlands, are "
            "extended.\n\nKevin K. Wrenfield,\n\nActing Commissioner, Border Service.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What was Kevin K. Wrenfield's title when he signed the rule on Zanovia?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Acting Commissioner, Border Service");
  for (const auto& a : r.answers) CHECK(a.text.find("Royal") == std::string::npos);
}

TEST_CASE("who is X: the person asked by surname, not the one named as company") {
  PipelineIndex index;
  index.add("b", "United States v. Ashgrove",
            "Quentin R. Marbleton, United States Attorney, and Lydia Q. Farrowdale, Jr., Assistant United States "
            "Attorney, on brief for appellee.\n\nThe appellant was convicted of filing false returns. Affirmed.\n");
  Xapian::Database db = index.open();
  ask::AskResult r =
      ask::ask("In what capacity did Farrowdale appear alongside Quentin R. Marbleton in the false-return appeal?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Assistant United States Attorney");
}

TEST_CASE("counsel asked for a party a Supreme Court title names: that side's counsel line, not the other's nor the prose") {
  PipelineIndex index;
  index.add("k", "Quillmark Savings Bank v. Ostrava",
            "Mr. Edmund R. Hollister, with whom Mr. Jasper Q. Whitlow was on the brief, for appellant.\n\n"
            "Mr. Duncan E. Marrowby, with whom Mr. Ansel Tibbs was on the brief on the bonds, for appellee.\n\n"
            "Silas Prendergast represented the Quillmark savings bank in selling the bonds before the appeal.\n",
            "Supreme Court of the United States", "", "1874-04-06", "opinion");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which lawyers represented the Quillmark savings bank in its appeal over the bonds?", &db, nullptr);
  REQUIRE(r.answers.size() >= 2);
  CHECK_MESSAGE(r.answers[0].text == "Edmund R. Hollister", r.answers[0].text);
  CHECK_MESSAGE(r.answers[1].text == "Jasper Q. Whitlow", r.answers[1].text);
}

TEST_CASE("a whole title of the Code the question names is cited by any section of it") {
  PipelineIndex index;
  index.add("m", "United States v. Harrowgate",
            "Defendant stands convicted on six counts charging him with violating 26 U.S.C. 7206(1) by filing false "
            "federal income tax returns for the calendar years 1987 through 1992.\n");
  index.add("w", "Water Projects Act",
            "The Internal Revenue Code governs the fund. Amounts are appropriated from it under section 9505 of the "
            "Internal Revenue Code of 1986 for the counts of dredging returns.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Under what provision of the Internal Revenue Code was the defendant found guilty on six "
                              "counts for his 1987 to 1992 returns?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK_MESSAGE(r.answers[0].text.find("7206") != std::string::npos, r.answers[0].text);
}

TEST_CASE("a company the question names, less its legal form, is not the answer") {
  PipelineIndex index;
  index.add("c", "Analysis Partners, Inc. v. Orchard Holdings, Inc.",
            "Orchard Holdings, Inc. appeals a verdict awarding Analysis Partners, Inc. fees for expert services in a "
            "Florida case between Orchard Holdings and its competitor, the Greenbay Corporation.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which competitor sued Orchard Holdings in the underlying Florida litigation, in Analysis Partners v. "
                              "Orchard Holdings?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK_MESSAGE(r.answers[0].text == "Greenbay Corporation", r.answers[0].text);
}

TEST_CASE("an order the question names is what is acted on, not the order asked for") {
  PipelineIndex index;
  index.add("m", "Pellworth v. State",
            "Pellworth appeals the judgment denying her motion for post-conviction relief. We affirm the denial "
            "of relief. Nevertheless, a clerical error in the written judgment's description "
            "of one of Pellworth's convictions requires that we remand the matter for the sentencing court to "
            "correct the error through an order nunc pro tunc.\n\nThis matter is remanded to the sentencing court "
            "to correct its written judgment consistent with this opinion through an order nunc pro tunc.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Through what kind of order must the sentencing court correct the clerical error in "
                              "Pellworth's written judgment?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK_MESSAGE(r.answers[0].text == "order nunc pro tunc", r.answers[0].text, " | ", r.answers.size() > 1 ? r.answers[1].text : "");
}

TEST_CASE("an order answers with the words that say which order, from the document the question names") {
  PipelineIndex index;
  index.add("b", "Harwick Savings Bank v. Pellinore",
            "This is an appeal from the district court.\n\nThe June 3, 1992 order denying a preliminary injunction is "
            "summarily affirmed.");
  index.add("c", "Other v. Another", "We affirm the order of the district court. The judgment is affirmed.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which district court order was affirmed in Pellinore v. Harwick Savings Bank?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "order");
  CHECK(r.answers[0].text.find("order denying a preliminary injunction") != std::string::npos);
  CHECK(r.answers[0].evidence[0].doc == "b");
}

TEST_CASE("passages: a sentence that refuses what the question asks is not its evidence") {
  PipelineIndex index;
  index.add("refusal", "Appeal news",
            "On Tuesday, the D.C. Circuit refused to grant a preliminary injunction to the tenants' union.");
  index.add("grant", "Ruling news",
            "On Monday, the United States District Court for the District of Columbia granted a preliminary "
            "injunction to the tenants' union.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which court granted a preliminary injunction to the tenants' union?", &db, nullptr, {});
  REQUIRE(!r.answers.empty());
  CHECK(r.answers.front().entity == "court:dcd");
}

TEST_CASE("a date asked for by its role: the day the document says the law was enacted") {
  PipelineIndex index;
  index.add("law", "Public Law 118-9: Lighthouse Keepers Recognition Act",
            "An Act to honor the keepers of lighthouses.\n\nBe it enacted by the Senate and House of "
            "Representatives in Congress assembled,\n\nSECTION 1. This Act may be cited as the Lighthouse "
            "Keepers Recognition Act.\n\nSEC. 2. The Secretary shall report by January 5, 2026.\n\n"
            "Approved March 3, 2025.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("When was the Lighthouse Keepers Recognition Act enacted?", &db, nullptr);
  CHECK(r.interpretation.date_role == "enacted");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2025-03-03");  // not the report deadline

  // A masthead names the day first; the evidence is the line saying it was approved.
  PipelineIndex masthead;
  masthead.add("law", "Public Law 118-9: Lighthouse Keepers Recognition Act",
               "Public Law 118-9\n118th Congress\n\nMar. 3, 2025\n\nAn Act to honor the keepers of lighthouses.\n\n"
               "SEC. 2. The Secretary shall report by January 5, 2026.\n\nApproved March 3, 2025.");
  Xapian::Database masthead_db = masthead.open();
  r = ask::ask("When did the Lighthouse Keepers Recognition Act become law?", &masthead_db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2025-03-03");
  REQUIRE(r.answers[0].evidence.size() >= 2);
  CHECK(r.answers[0].evidence[0].text.find("Approved") != std::string::npos);
  CHECK(r.answers[0].evidence[1].text.find("Mar. 3, 2025") != std::string::npos);  // then the masthead
}

TEST_CASE("a date asked for by its role: a rule's own effective date over the dates its summary names") {
  // The question's words describe the rule as its summary does, beside the
  // day the plan was submitted; the day it takes effect stands in a line of
  // its own in the heading, sharing no word with the question.
  PipelineIndex index;
  index.add("rule", "Air Plan Approval; Vermont; Regional Haze Progress Report",
            "SUMMARY:\n\nThe Environmental Protection Agency (EPA) is approving a revision to the Vermont State "
            "Implementation Plan submitted by the Vermont Agency of Natural Resources on March 9, 2022, addressing "
            "regional haze progress for the Green Mountain wilderness areas.\n\nDATES:\n\nThis rule will be "
            "effective June 1, 2023.\n\nSUPPLEMENTARY INFORMATION:\n\nOn April 4, 2022, EPA proposed to approve "
            "the progress report.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "When did EPA's rule approving the Vermont regional haze progress plan for the Green Mountain wilderness "
      "areas take effect?", &db, nullptr);
  CHECK(r.interpretation.date_role == "effective");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2023-06-01");
}

TEST_CASE("a date asked for by its role: of two deadlines, the one whose sentence says what the question asks") {
  // The summary's many sentences share more of the question's words than the
  // comment line, which the best sentences read leave out; the deadline it
  // states still answers, before the other deadline of the document.
  std::string text = "SUMMARY:\n\nThe Environmental Protection Agency (EPA) proposes to approve the Vermont haze "
                     "report.\n\nDATES:\n\nThe utility must retire the Burlington boiler no later than December 31, 2017.\n\n";
  for (int i = 1; i <= 45; ++i) {
    text += "EPA explains in part " + std::to_string(i) + " its proposed approval of the report.\n\n";
  }
  text += "Any comments must arrive by March 9, 2018.";
  PipelineIndex index;
  index.add("rule", "Air Plan Approval; Vermont; Haze Report", text);
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("By what date must comments arrive on EPA's proposed approval?", &db, nullptr);
  CHECK(r.interpretation.date_role == "deadline");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2018-03-09");
}

TEST_CASE("which filing, what relief was refused: the request the sentence decides, whatever its form") {
  PipelineIndex index;
  index.add("stay", "Committee v. Quillby",
            "The Department then filed papers in this Court. We deny the motion for a stay pending appeal.");
  Xapian::Database db = index.open();
  for (const char* question : {"What relief did the court deny the Department?",
                               "Which filing by the Department did the court deny?"}) {
    const ask::AskResult r = ask::ask(question, &db, nullptr);
    REQUIRE_FALSE(r.answers.empty());
    CHECK(r.answers[0].text == "motion for a stay pending appeal");
  }
}

TEST_CASE("a certificate or permission to appeal asked for: the request's own words") {
  PipelineIndex index;
  index.add("cpc", "Quillby v. Warden",
            "Petitioner requests a certificate of probable cause to appeal from the dismissal of his petition. The "
            "application for a COA is denied and the appeal is dismissed.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which certificate did the petitioner request?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.starts_with("certificate of probable cause"));
  r = ask::ask("Which permission to appeal was denied?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "application for a COA");
}

TEST_CASE("what did a party ask the court for: the request, though the sentence does not decide it") {
  PipelineIndex index;
  index.add("reduce", "United States v. Quillby", "Quillby filed a motion to reduce his sentence under the new guidelines.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What did Quillby ask the court for under the new guidelines?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.starts_with("motion to reduce his sentence"));
}

TEST_CASE("an amount asked by the period ('annual saving') is the one stated per period") {
  PipelineIndex index;
  index.add("teams", "Athletics appeal",
            "Cutting the four teams would save the university $5,000 per annum. The four teams cost the university "
            "$9,000 in their last season.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What annual saving did the university expect from cutting the four teams?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(5000));
}

TEST_CASE("the asked noun naming an amount ('in the amount of $X') keys its sentence") {
  PipelineIndex index;
  index.add("rea", "Express Agency v. Virginia",
            "Appellant's franchise tax return filed with Virginia showed $120,110.70 in cash and trucks worth "
            "$262,719.63 for Virginia franchise tax purposes. Appellant argues that the levy in question, in the "
            "amount of $139,739.66, is no just equivalent.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What was the amount of the Virginia franchise tax?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(139739.66));
}

TEST_CASE("a bare year the question gives is not the date it asks for") {
  PipelineIndex index;
  index.add("act", "Pilot Records Act",
            "The Pilot Records Act of 2016 was enacted in 2016. Under the Act of 2016, the Administrator must "
            "establish the pilot records database by April 30, 2017.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("When must the 2016 pilot records act's database be established?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].string_value == "2017-04-30");
}

TEST_CASE("who is X: a docket number's label after a name is no role") {
  PipelineIndex index;
  index.add("taylor", "Quillby v. Director",
            "UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\nNo. 93-1788\nMAXWELL QUILLBY, Plaintiff.\n\nWe "
            "affirm.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What office did the lawyer hold in the First Circuit appeal?", &db, nullptr);
  for (const auto& a : r.answers) CHECK(a.text != "No");
}

TEST_CASE("an answer's first evidence is the sentence of its document saying most of what is asked") {
  // "Pembroke" answers from the appositive beside the asked noun; the
  // sentence saying the question's words names it too.
  PipelineIndex index;
  index.add("cohen", "Athletics appeal",
            "Until 1970 Brown sponsored a women's college Pembroke but did not itself admit women. In 1971, Brown "
            "subsumed Pembroke. Brown then upgraded its athletic offerings.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which women's college did Brown subsume in 1971?", &db, nullptr);
  auto pembroke = std::find_if(r.answers.begin(), r.answers.end(), [](const ask::Answer& a) { return a.text == "Pembroke"; });
  REQUIRE(pembroke != r.answers.end());
  REQUIRE_FALSE(pembroke->evidence.empty());
  CHECK(pembroke->evidence[0].text == "In 1971, Brown subsumed Pembroke.");
}

TEST_CASE("a court the question names: its own best-matching documents weigh more") {
  PipelineIndex index;
  const std::string text = "The widow sued two life insurers; the Fifth Circuit's rule on plan documents governs. We affirm.";
  index.add("fifth", "Quillby v. Standard Insurance Co.", text, "United States Court of Appeals for the Fifth Circuit",
            "21-50498", "2022-03-16", "opinion");
  index.add("first", "Zorvath v. Mutual Life", text, "United States Court of Appeals for the First Circuit", "21-1234",
            "2022-05-01", "opinion");
  Xapian::Database db = index.open();
  const auto candidates = candidates_by_id(db, "Which insurers did the widow sue, in the Fifth Circuit's affirmance?");
  REQUIRE(candidates.count("fifth"));
  REQUIRE(candidates.count("first"));
  CHECK(candidates.at("fifth").score > candidates.at("first").score);
}

TEST_CASE("a person's suit named by a possessive: the document whose caption holds the surname is named") {
  // "Maxwell" is in no list of given names; the possessive still makes
  // "Maxwell Quillby" a person, named in captions by surname.
  PipelineIndex index;
  index.add("quillby", "Quillby v. Hillsborough Director",
            "We affirm for the reasons in the magistrate judge's report, which the district court adopted.");
  index.add("other", "Molina v. Hornblower Group", "The district court adopted the magistrate judge's report.");
  Xapian::Database db = index.open();
  const auto candidates =
      candidates_by_id(db, "When did the district court adopt the magistrate's report in Maxwell Quillby's suit?");
  REQUIRE(candidates.count("quillby"));
  CHECK(candidates.at("quillby").named_in_title);
  if (candidates.count("other")) CHECK_FALSE(candidates.at("other").named_in_title);
}

TEST_CASE("a people's name in a possessive names no person: 'an Osage Indian's lot' reads no caption by 'Indian'") {
  PipelineIndex index;
  index.add("lot", "McCandless v. United States",
            "The Secretary paid from the trust fund held for an Osage allottee the price of a lot in Pawhuska.");
  index.add("caption", "Kowalski v. Bureau of Indian Affairs",
            "The Bureau released the records the plaintiff asked for under the Freedom of Information Act.");
  Xapian::Database db = index.open();
  const auto candidates = candidates_by_id(db, "What did the Secretary pay for the Osage Indian's Pawhuska lot?");
  if (candidates.count("caption")) CHECK_FALSE(candidates.at("caption").named_in_title);
}

TEST_CASE("a name nothing resolved counts as a rare word: the one document holding two of them is a candidate") {
  // "an Osage Indian's Pawhuska lot": places the extractor does not know,
  // which only the document asked about holds, among many words every
  // long opinion holds.
  PipelineIndex index;
  std::string long_opinion = "The Secretary released trust money of an Osage allottee for a lot in Pawhuska.";
  for (int i = 0; i < 40; ++i) long_opinion += " The appellants say the statute governs the matter before us.";
  index.add("lot", "McCandless v. United States", long_opinion);
  for (int i = 0; i < 12; ++i) {
    index.add("other" + std::to_string(i), "Other Case " + std::to_string(i) + " v. County",
              "The county decree reversed the sale; the money bought a lot, and taxes released the decree. The "
              "county taxes were shielded by the decree, and the money was reversed. Wrote the county.");
  }
  for (int i = 0; i < 40; ++i) {
    index.add("filler" + std::to_string(i), "Filler " + std::to_string(i) + " v. Agency",
              "The agency denied the application for benefits, and the district court affirmed.");
  }
  Xapian::Database db = index.open();
  const auto candidates = candidates_by_id(
      db, "Who wrote when the Court reversed the decree shielding an Osage Indian's Pawhuska lot, bought with released "
          "money, from county taxes?");
  REQUIRE(candidates.count("lot"));
  for (int i = 0; i < 12; ++i) {
    const std::string other = "other" + std::to_string(i);
    if (candidates.count(other)) CHECK(candidates.at("lot").score >= candidates.at(other).score);
  }
}

TEST_CASE("a law's heading word is no party: 'Puerto Rico's Law 75' names no public law by its title") {
  PipelineIndex index;
  index.add("public", "Public Law 115-16: An Act to name a post office", "The post office shall be named for a veteran.");
  index.add("dealer", "Vulcan Tools v. Makita USA", "Law 75 protects dealers in Puerto Rico from unjust termination.");
  Xapian::Database db = index.open();
  const auto candidates = candidates_by_id(db, "Whom does Puerto Rico's Law 75 protect?");
  if (candidates.count("public")) CHECK_FALSE(candidates.at("public").named_in_title);
}

TEST_CASE("rare words: a word no other document holds weighs more, and the year's bonus counts for their document") {
  // "the smuggler tied to the freighter Adina, in the First Circuit's 1994
  // summary affirmance": two words only the asked document holds, among
  // words every sentencing appeal of that year holds.
  PipelineIndex index;
  std::string asked = "The fines were imposed on the crew of the freighter Adina.";
  for (int i = 0; i < 40; ++i) asked += " The appellant says the statute governs the matter before us.";
  index.add("adina", "United States v. Imbriale", asked, "", "", "1994-06-13");
  for (int i = 0; i < 12; ++i) {
    index.add("other" + std::to_string(i), "United States v. Other" + std::to_string(i),
              "The smuggler was fined; the fine imposed on the smuggler was the larger of two fines imposed.", "", "",
              "1994-03-01");
  }
  for (int i = 0; i < 40; ++i) {
    index.add("filler" + std::to_string(i), "Filler " + std::to_string(i) + " v. Agency",
              "The agency denied the application for benefits, and the district court affirmed.", "", "", "2001-01-01");
  }
  Xapian::Database db = index.open();
  const auto candidates =
      candidates_by_id(db, "How much was the larger fine imposed on the smuggler tied to the freighter Adina in 1994?");
  REQUIRE(candidates.count("adina"));
  CHECK(candidates.at("adina").of_year);
  for (int i = 0; i < 12; ++i) {
    const std::string other = "other" + std::to_string(i);
    // Clear of the search's near ties: by more than a year's bonus.
    if (candidates.count(other)) CHECK(candidates.at("adina").score > candidates.at(other).score + 0.5);
  }
}

TEST_CASE("a document named by a number only it holds ('FR Doc. 2018-02462') is a named candidate") {
  PipelineIndex index;
  index.add("named", "Air Plan Approval; Vermont",
            "Federal Register rule FR Doc. 2018-02462\n\nThe Vermont Agency of Natural Resources submitted the "
            "interstate transport plan.");
  index.add("other", "Air Plan Approval; New Hampshire",
            "The New Hampshire Department of Environmental Services submitted the interstate transport plan.");
  Xapian::Database db = index.open();
  const auto candidates = candidates_by_id(db, "Which agency submitted the interstate transport plan in FR Doc. 2018-02462?");
  REQUIRE(candidates.count("named"));
  CHECK(candidates.at("named").named_in_title);
  if (candidates.count("other")) CHECK_FALSE(candidates.at("other").named_in_title);
}

TEST_CASE("a case described, not named: the best document (of the year the question gives) is the one asked about") {
  PipelineIndex index;
  index.add("alpha", "Alpha v. United States",
            "Officers searched the rooming house in the District of Columbia without a warrant and seized the "
            "betting slips.\n\nMR. JUSTICE BURTON, dissenting.\n\nThe officers acted reasonably.",
            "Supreme Court of the United States", "", "1948-12-13", "opinion");
  index.add("beta", "Beta v. United States",
            "Officers searched the rooming house in the District of Columbia without a warrant and seized the "
            "ledgers.\n\nMR. JUSTICE CLARK, dissenting.\n\nThe officers acted reasonably.",
            "Supreme Court of the United States", "", "1963-05-20", "opinion");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask(
      "Who wrote the dissent in the 1948 rooming-house search case from the District of Columbia?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("Burton") != std::string::npos);
  // The described document comes first among those the search read (the
  // graph's judge roles are looked up in the first), even when another
  // shares more of the question's words.
  ask::QuestionAnalysis q = ask::analyze_question(
      "Who wrote the dissent in the 1963 rooming-house betting search from the District of Columbia?", nullptr);
  const ask::PassageResults found = ask::passage_answers(db, q, ask::PassageSearch{});
  REQUIRE_FALSE(found.documents.empty());
  CHECK(found.documents.front() == "beta");
  // A question the documents barely speak to describes none of them.
  CHECK(ask::ask("Which justice searched the xylophone aboard the zeppelin?", &db, nullptr).answers.empty());
  // With no year, the best document the facts find.
  r = ask::ask("Who wrote the dissent in the seized-ledgers case from the District of Columbia?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("Clark") != std::string::npos);
}

TEST_CASE("an agency asked for with a State before the head noun: the body whose name says the State") {
  PipelineIndex index;
  index.add("rule", "Air Plan Approval; Vermont; Regional Haze",
            "For Vermont, the Environmental Protection Agency is approving the regional haze plan that was sent in "
            "by the Vermont Department of Environmental Conservation in 2022.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What Vermont department drafted the regional haze plan?", &db, nullptr);
  CHECK(r.interpretation.answer_type == "agency");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Vermont Department of Environmental Conservation");
}

TEST_CASE("a figure asked for by its bound: the minimum, not another sum in the same text") {
  PipelineIndex index;
  index.add("law", "Harbor Moorings Act",
            "The harbor master may release a detained vessel on a bond of $900 in cash, or on a bond of at "
            "least $2,500 posted by a surety.\n\n"
            "A vessel owner who defies the harbor master shall be fined $400 for each day, and in all not more "
            "than $10,000.");
  Xapian::Database db = index.open();

  ask::AskResult low = ask::ask("What is the minimum bond for releasing a detained vessel?", &db, nullptr);
  CHECK(low.interpretation.answer_type == "money");  // "bond" is money
  CHECK(low.interpretation.bound == "minimum");
  REQUIRE_FALSE(low.answers.empty());
  CHECK(low.answers[0].number_value == doctest::Approx(2500));

  ask::AskResult high = ask::ask("Up to how much may a vessel owner be fined for defying the harbor master?", &db, nullptr);
  CHECK(high.interpretation.bound == "maximum");
  REQUIRE_FALSE(high.answers.empty());
  CHECK(high.answers[0].number_value == doctest::Approx(10000));

  // Both bounds named: the question asks for neither in particular.
  CHECK(ask::ask("What are the minimum and maximum fines?", &db, nullptr).interpretation.bound.empty());
}

TEST_CASE("an amount the asked noun names over a rate it was reckoned by") {
  PipelineIndex index;
  index.add("opinion", "Quarry v. Lindell Plow Works",
            "Quarry sued Lindell Plow Works at $3.60 per ton for gravel hauled in May, to recover a balance of "
            "$712.40 said to be owed.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What balance did Quarry sue to recover from Lindell Plow Works?", &db, nullptr);
  CHECK(r.interpretation.answer_type == "money");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(712.40));
  // Asked for the rate, the rate answers.
  r = ask::ask("At what price per ton was the gravel Quarry hauled in May reckoned?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(3.60));
}

TEST_CASE("who wrote or dissented: the question's other words choose the document, the cue its sentence") {
  PipelineIndex index;
  index.add("marlow", "Marlow v. Tessaly Plow Works",
            "MR. JUSTICE HALVERSEN delivered the opinion of the Court.\n\n"
            "The gravel dealer says the wartime prices fixed for gravel took his property without due process. "
            "His attack fails.\n\nMR. JUSTICE ABERNATHY dissents.");
  index.add("quillfeather", "United States v. Quillfeather",
            "MR. JUSTICE PENDLETON delivered the opinion of the Court.\n\n"
            "The dealer wrote that his prices were his own, the author of every price list he wrote.\n\n"
            "MR. JUSTICE STAVROS dissents.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who authored the decision rejecting the gravel dealer's attack on the fixed prices?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("Halversen") != std::string::npos);
}

TEST_CASE("a State the question names as a place does not make every case against it the question's") {
  PipelineIndex index;
  index.add("halvorsen", "Halvorsen v. Texas",
            "Texas sued Halvorsen and 12 defendants in 1874 over bonds taken from the Texas treasury.\n\nThe bonds "
            "were void.");
  index.add("quist", "Quist v. Lindell",
            "In 1940, 7 defendants were indicted in Texas for fixing retail beer prices.\n\nThe indictment stands.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("How many defendants were indicted in the Texas beer price-fixing case?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(7));
  CHECK(r.answers[0].evidence.front().doc == "quist");
}

TEST_CASE("a stretch of time asked for: days, months, years over other figures in the sentence") {
  PipelineIndex index;
  index.add("law", "Orchard Grants Act",
            "A grower has 3 years after the frost to bring an action for a lost harvest, and may recover at "
            "most 40 percent of its value.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What is the time limit for bringing an action for a lost harvest?", &db, nullptr);
  CHECK(r.interpretation.unit_category == "time");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(3));
}

TEST_CASE("a law or a lone head noun is no organization an untyped name could answer") {
  const ask::QuestionAnalysis q = ask::analyze_question("Which company owns the adviser?");
  ask::StoredDocument doc;
  CHECK_FALSE(ask::plausible_untyped_name("Investment Company Act", doc, q));
  CHECK_FALSE(ask::plausible_untyped_name("Company", doc, q));
  CHECK(ask::plausible_untyped_name("Vantorra Holding AG", doc, q));
  CHECK(ask::plausible_untyped_name("Investment Company Act", doc, ask::analyze_question("Which statute governs it?")));
}

TEST_CASE("a speed asked for: knots over other figures in the sentence") {
  PipelineIndex index;
  index.add("collision", "The Pennsylvania",
            "Two hundred miles from the coast, with 40 passengers aboard, the steamer ran at seven knots through "
            "the fog.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("How fast was the steamer running through the fog in The Pennsylvania?", &db, nullptr);
  CHECK(r.interpretation.unit_category == "speed");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].number_value == doctest::Approx(7));
}

TEST_CASE("a possessive head: the agency whose facilities the sentence names, not another agency beside it") {
  PipelineIndex index;
  index.add("ruling", "Ruling on holding policies",
            "Under the new policy the Department of Homeland Security held the migrants in Customs and Border "
            "Protection facilities instead of detention centers.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("In which agency's facilities were the migrants held?", &db, nullptr);
  CHECK(r.interpretation.possessed == "facilities");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].entity == "agency:cbp");
}

TEST_CASE("a docket number in the question: the case filed under it answers from lines that do not repeat it") {
  PipelineIndex index;
  index.add("zellez", "RUTH I ZELLEZ",
            "Bankruptcy Petition #: 2:09-bk-20833-RJH\n\nDebtor\nRUTH I ZELLEZ\n\nTrustee\nLOTHAR GOERNITZ\n\n"
            "Chapter 7 petition filed.",
            "azb", "2:09-bk-20833");
  index.add("other", "MARK HOLT",
            "Bankruptcy Petition #: 2:10-bk-11111-RJH\n\nDebtor\nMARK HOLT\n\nTrustee\nDIANE MOSS\n\n"
            "Chapter 7 petition filed.",
            "azb", "2:10-bk-11111");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Name the case trustee in bankruptcy petition 2:09-bk-20833.", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "LOTHAR GOERNITZ");
}

TEST_CASE("against whom: the party sued, named after 'against' past the cue, typed or not") {
  PipelineIndex index;
  index.add("law", "Fishing Records Act",
            "If an inspector of the Fisheries Board discloses a logbook unlawfully, the owner of the vessel may bring "
            "a civil action for damages against the Commonwealth of Avalon in the district court.");
  Xapian::Database db = index.open();
  ask::AskResult r =
      ask::ask("Against whom may a vessel owner bring a civil action when an inspector discloses a logbook?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Commonwealth of Avalon");
}

TEST_CASE("a judge of another court than the one the question asks for is no answer") {
  PipelineIndex index;
  index.add("niazmand", "Niazmand v. Commissioner",
            "UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nRAHMAT A. NIAZMAND, Petitioner,\n\nv.\n\n"
            "COMMISSIONER OF INTERNAL REVENUE, Respondent.\n\nAPPEAL FROM THE UNITED STATES TAX COURT\n\n"
            "[Hon. Joel Gerber, U.S. Tax Court Judge]\n\nBefore\n\nCyr, Boudin and Stahl,\nCircuit Judges.\n\n"
            "Per Curiam. Niazmand appeals from rulings of the Tax Court on his refund claims. We affirm.\n",
            "United States Court of Appeals (ca1)");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which Tax Court judge's rulings were appealed in Niazmand v. Commissioner?", &db, nullptr,
                              ask::AskOptions{});
  for (const auto& a : r.answers) CHECK(a.entity.find("cyr") == std::string::npos);
  // Asked for a First Circuit judge, the panel answers.
  ask::AskResult panel = ask::ask("Which First Circuit judge heard Niazmand v. Commissioner?", &db, nullptr, ask::AskOptions{});
  CHECK(std::any_of(panel.answers.begin(), panel.answers.end(),
                    [](const ask::Answer& a) { return a.entity.find("cyr") != std::string::npos; }));
}

TEST_CASE("a caption heading the text names the question's case; its right column names the judge") {
  PipelineIndex index;
  index.add("calderon", "Calderon Fuentes (Tenn. Court of Workers' Compensation Claims) expedited hearing order",
            "IN THE COURT OF WORKERS' COMPENSATION CLAIMS\n\n"
            "Leonardo Calderon-Fuentes, ) Docket No. 2018-06-1735\nEmployee, )\nv. )\n"
            "CEVA Logistics U.S. Holdings, ) State File No. 58665-2018\nEmployer, )\n"
            "New Hampshire Ins. Co.,                  )   Judge Kenneth M. Switzer\n          Carrier.          )\n\n"
            "EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF\n\nThe employee drove a forklift.\n");
  index.add("diaz", "Diaz v. Create and Construct, LLC",
            "Presiding Judge Marshall L. Davidson, III, delivered the opinion of the Appeals Board reviewing an "
            "expedited hearing order that the trial judge issued.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which judge issued the expedited hearing order in Calderon-Fuentes v. CEVA Logistics U.S. Holdings?",
                              &db, nullptr, ask::AskOptions{});
  REQUIRE(!r.answers.empty());
  CHECK(r.answers.front().text == "Kenneth M. Switzer");
}

TEST_CASE("a side of the case the question names answers after others, unless a party is asked") {
  PipelineIndex index;
  index.add("ivy", "Ivy Sports Medicine, LLC v. Burwell",
            "ReGen Biologics, Inc. was a medical device manufacturer that made the Collagen Scaffold. During the "
            "case, Ivy Sports Medicine, LLC became the successor in interest to ReGen and made the scaffold's "
            "successor device.\n\nIvy Sports Medicine, LLC sued the agency to undo the rescission.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which company made the Collagen Scaffold in Ivy Sports Medicine, LLC v. Burwell?", &db,
                              nullptr, ask::AskOptions{});
  REQUIRE(!r.answers.empty());
  CHECK(r.answers.front().text.find("ReGen") != std::string::npos);
  ask::AskResult sued = ask::ask("Which company sued in Ivy Sports Medicine, LLC v. Burwell?", &db, nullptr, ask::AskOptions{});
  CHECK(std::any_of(sued.answers.begin(), sued.answers.end(),
                    [](const ask::Answer& a) { return a.text.find("Ivy Sports") != std::string::npos; }));
}

TEST_CASE("who does it: the agent of a passive whose verb the question uses") {
  PipelineIndex index;
  index.add("s", "99 U.S.C. \u00a7 7. Officials of the Revenue Office",
            "The Taxpayer Ombudsman shall report to the Department of Labor. The Taxpayer Ombudsman shall "
            "consult the Department of Labor before any appointment. The Taxpayer Ombudsman shall be appointed "
            "by the Secretary of the Treasury after consultation with the Department of Labor.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who appoints the Taxpayer Ombudsman?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Secretary of the Treasury");
}

TEST_CASE("who is the X: the name a sentence defines as what is asked") {
  CHECK(ask::defined_as("The Chief Counsel shall be the chief law officer for the Service.", "officer", {"chief", "law"})
            .has_value());
  CHECK_FALSE(ask::defined_as("The Chief Counsel shall be the officer in charge.", "officer", {"chief", "law"})
                  .has_value());
  PipelineIndex index;
  index.add("s", "99 U.S.C. \u00a7 8. Officers of the Revenue Office",
            "There is a Deputy Director of the Revenue Office, appointed by the Department of the Treasury. "
            "The Department of the Treasury shall advise the Revenue Office. The General Solicitor shall be the "
            "chief law officer for the Revenue Office.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who is the chief law officer for the Revenue Office?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "General Solicitor");
}

TEST_CASE("a side of the case the question names answers where its sentence names no one else") {
  PipelineIndex index;
  index.add("r", "Lexmoor Insurance Company v. Quarrytop Drilling Company, L.P.",
            "Years ago, a worker was hurt on an oil rig. The rig's owner, Quarrytop Drilling, paid him a "
            "settlement.\n");
  Xapian::Database db = index.open();
  ask::AskResult r =
      ask::ask("Which company owned the oil rig in Lexmoor Insurance Company v. Quarrytop Drilling Company?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Quarrytop Drilling Company");
}

TEST_CASE("a hyphenated case name finds the opinion titled by its parts, over one sharing a side") {
  CHECK(ask::title_holds_distinctive_words("Almonte Rodriguez v. Ins", "Almonte-Rodriguez v. INS", 2));
  PipelineIndex index;
  index.add("a", "Abelard v. Ins",
            "ABELARD, Petitioner, v. IMMIGRATION AND NATURALIZATION SERVICE, Respondent.\n\nThe INS motion "
            "to reopen is denied.\n");
  index.add("v", "Ventura Quiroga v. Ins",
            "PEDRO VENTURA-QUIROGA, Petitioner, v. IMMIGRATION AND NATURALIZATION SERVICE, Respondent.\n\n"
            "The Board did not abuse its discretion.\n\nThe petition for judicial review of the INS order is denied.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What did the First Circuit deny in Ventura-Quiroga v. INS?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.starts_with("petition for judicial review"));
}

TEST_CASE("who did it: an office named by its role, the subject of the question's verb") {
  const std::string_view s = "The immigration judge dictated a lengthy opinion, with findings.";
  auto span = ask::role_subject_of(s, {"dictated", "opinion"});
  REQUIRE(span);
  CHECK(s.substr(span->first, span->second - span->first) == "immigration judge");
  CHECK_FALSE(ask::role_subject_of("Judge Smith dictated a lengthy opinion.", {"dictated"}));
  CHECK_FALSE(ask::role_subject_of("The judge's clerk filed it.", {"dictated"}));
  PipelineIndex index;
  index.add("o", "Quenby v. Ins",
            "The immigration judge dictated a lengthy opinion, containing extensive factual findings. The Board "
            "affirmed in a short order.\n");
  index.add("p", "Other v. Ins", "Eugene Harlow wrote a lengthy opinion on the petition for review.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Who dictated a lengthy opinion in Quenby v. INS?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "immigration judge");
}

TEST_CASE("which official does it: a statute's office before its modal, over the bodies it names") {
  const std::string_view s = "An asylum officer shall conduct interviews of aliens referred under this subparagraph.";
  auto span = ask::role_subject_of(s, {"conducts", "interviews"});
  REQUIRE(span);
  CHECK(s.substr(span->first, span->second - span->first) == "asylum officer");
  PipelineIndex index;
  index.add("s", "8 U.S.C. \u00a7 1225. Inspection by immigration officers",
            "8 U.S.C. \u00a7 1225. Inspection by immigration officers\n\n"
            "(B) Asylum interviews. An asylum officer shall conduct interviews of aliens referred under subparagraph "
            "(A)(ii), under regulations the Attorney General prescribes.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Under 8 U.S.C. \u00a7 1225, which official conducts interviews of arriving aliens?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "asylum officer");
}

TEST_CASE("a hyphenated party's name finds its opinion by title over one sharing the other side") {
  PipelineIndex index;
  index.add("a", "Abelard v. Ins",
            "ABELARD, Petitioner, v. IMMIGRATION AND NATURALIZATION SERVICE, Respondent.\n\nThe INS motion to "
            "reopen is denied.\n\nAppeal from the First Circuit's denial; the First Circuit denies reopening.\n");
  index.add("v", "Ventura Quiroga v. Ins",
            "PEDRO VENTURA-QUIROGA, Petitioner, v. IMMIGRATION AND NATURALIZATION SERVICE, Respondent.\n\n"
            "The Board did not abuse its discretion.\n\nThe petition for judicial review is denied.\n");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("What did the First Circuit deny in Ventura-Quiroga v. INS?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "petition for judicial review");
}

TEST_CASE("the date a rule states of itself leads the dates in that role it recounts") {
  PipelineIndex index;
  index.add("rule", "Establishment of TRICARE Select",
            "DATES: This interim final rule is effective October 1, 2017.\n\n"
            "The TRICARE Select enrollment changes in the rule take effect January 1, 2018 for all beneficiaries.\n\n"
            "The transition provisions are effective December 31, 2017 for pending claims.\n\n"
            "Older provisions were effective October 1, 2016.\n",
            "", "", "2017-09-29", "rule");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("When did the TRICARE Select rule take effect?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "October 1, 2017");
}

TEST_CASE("a case named by a caption its document titles otherwise: a title holding either side is named") {
  PipelineIndex index;
  index.add("stow", "Stow v. State Prison",
            "The district court did not err in granting defendants' motion for summary judgment on the library claim.");
  index.add("other", "Quillby v. Harbor Authority",
            "The district court granted the motion for summary judgment of the harbor authority.");
  Xapian::Database db = index.open();
  const auto candidates =
      candidates_by_id(db, "In Stow v. Warden, New Hampshire State Prison, what motion did the district court grant?");
  REQUIRE(candidates.count("stow"));
  CHECK(candidates.at("stow").named_in_title);
  CHECK((candidates.count("other") == 0 || !candidates.at("other").named_in_title));
}

TEST_CASE("an act the question names by name: its Code section best matching the question is read as about it") {
  PipelineIndex index;
  index.add("s551", "5 U.S.C. § 551. Definitions",
            "5 U.S.C. § 551. Definitions\n\nFor the purpose of this subchapter, agency means each authority of the "
            "Government of the United States.");
  index.add("s553", "5 U.S.C. § 553. Rule making",
            "5 U.S.C. § 553. Rule making\n\n(d) The required publication or service of a substantive rule shall be "
            "made not less than 30 days before its effective date.");
  index.add("opinion", "Quillby v. Harbor Authority",
            "The harbor authority published its substantive rule in print, and the rule took effect 12 days later.");
  Xapian::Database db = index.open();
  const std::string question =
      "How many days before a substantive regulation takes effect must it be published, under the Administrative "
      "Procedure Act's rule making provision?";
  const auto candidates = candidates_by_id(db, question);
  REQUIRE(candidates.count("s553"));
  CHECK(candidates.at("s553").of_named_act);
  const ask::AskResult r = ask::ask(question, &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "not less than 30 days");
  CHECK(r.answers[0].evidence[0].doc == "s553");
}

TEST_CASE("a number the question states describes what is asked: it is not the answer") {
  PipelineIndex index;
  index.add("o", "United States v. Ardell",
            "One co-defendant received concurrent seven-year terms of imprisonment, and another a nine-year term.\n\n"
            "Appellant Ardell was sentenced in July 1988 to eleven years in prison.\n",
            "ca1", "", "1993-03-31", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask(
      "What term of imprisonment did the court impose on Ardell, who compared it with his co-defendants' seven- and "
      "nine-year terms?",
      &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "eleven years");
}

TEST_CASE("a date asked for by its role: a codifying act's own date over the enactments it recounts") {
  // The act restates older laws, each "enacted" on its day in a sentence that
  // shares the question's words; only its masthead dates the act itself.
  std::string text =
      "LIGHTHOUSES\n\nPublic Law 118-40\n118th Congress\n\nAn Act\n\nTo enact title 60, United States Code, "
      "as positive law.\n\nDec. 19, 2024\n\n[H.R. 1068]\n\nBe it enacted by the Senate and House.\n\n";
  for (int k = 1; k <= 25; ++k) text += "Sec. " + std::to_string(k) + ". Keepers' quarters, part " + std::to_string(k) + ".\n\n";
  text += "SEC. 2. The lighthouse laws enacted October 9, 1965 are codified as positive law in title 60.\n\n"
          "SEC. 3. The lighthouse preservation laws enacted August 25, 1916 are codified as positive law in "
          "title 60.\n\nApproved December 19, 2024.";
  PipelineIndex index;
  index.add("law", "Public Law 118-40: To enact title 60, United States Code, Lighthouses, as positive law", text);
  Xapian::Database db = index.open();
  for (const char* question : {"When was the act that codified the lighthouse laws as positive law signed?",
                               "What is the approval date of the law that codified the lighthouse laws?"}) {
    CAPTURE(question);
    const ask::AskResult r = ask::ask(question, &db, nullptr);
    CHECK(r.interpretation.date_role != "");
    REQUIRE_FALSE(r.answers.empty());
    CHECK(r.answers[0].string_value == "2024-12-19");
  }
  // An agreement a party signs keeps its own role.
  CHECK(ask::analyze_question("When was the settlement agreement under the Act signed?").date_role == "signed");
}

TEST_CASE("a Code section described by the words of its heading") {
  // "Under the removal penalties section": the words describing the section
  // are searched in titles too ("8 U.S.C. § 1253. Penalties related to removal").
  const std::string described = ask::passage_text_query(ask::analyze_question(
      "Which official halts visa issuance in a foreign country, under the removal penalties section?")).get_description();
  CHECK(described.find("ZSpenalti") != std::string::npos);
  CHECK(described.find("ZSremov") != std::string::npos);
  CHECK(described.find("ZSsection") == std::string::npos);  // the word for what is described is in every heading
  // A case named by its parties is found by them, not by the section's words.
  const std::string named = ask::passage_text_query(ask::analyze_question(
      "Which section did the court apply in Smith v. Jones to the removal penalties?")).get_description();
  CHECK(named.find("ZSpenalti") == std::string::npos);
}
