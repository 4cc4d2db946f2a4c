// Names asked for ("by what other name may the Act be referred to", "what
// is the clinic to be called"): the question forms that ask for one, the
// quoted names a sentence gives, and answers from documents written for
// this test.

#include <doctest/doctest.h>

#include <algorithm>

#include <string>
#include <string_view>
#include <vector>

#include "ask/ask_engine.h"
#include "ask/passage_shapes.h"
#include "ask/question_analysis.h"
#include "pipeline_index.h"

using namespace lexgraph;

namespace {

std::vector<std::string> quoted(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& [from, to] : ask::quoted_names(s)) out.emplace_back(s.substr(from, to - from));
  return out;
}

bool introduced(std::string_view s, std::string_view name) { return ask::introduces_name(s, s.find(name)); }

}  // namespace

TEST_CASE("names: the quoted names a sentence gives, not quoted sentences") {
  CHECK(quoted("This Act may be cited as the \xE2\x80\x9CLighthouse Keepers Recognition Act\xE2\x80\x9D.") ==
        std::vector<std::string>{"Lighthouse Keepers Recognition Act"});
  CHECK(quoted("This section may be cited as the \xE2\x80\x98Harbor Funding Act\xE2\x80\x99.") ==
        std::vector<std::string>{"Harbor Funding Act"});
  CHECK(quoted("the building shall be known as the \"Mara Quist Post Office Building\", and") ==
        std::vector<std::string>{"Mara Quist Post Office Building"});
  // Quoted prose is a quotation, not a name.
  CHECK(quoted("The court said \"the choice of words is presumed to be deliberate\" and moved on.").empty());
  CHECK(quoted("It held that \"Congress meant what it said. Nothing more.\"").empty());
  // An apostrophe is no quote mark.
  CHECK(quoted("The Court's order and the Board's Rules stand.").empty());

  CHECK(introduced("may be cited as the \"Harbor Funding Act\"", "Harbor"));
  CHECK(introduced("be known and designated as the \"Quist Clinic\"", "Quist"));
  CHECK(introduced("a pamphlet entitled \"Know Your Rights\"", "Know"));
  CHECK_FALSE(introduced("the plaintiff (the \"Company\") sued", "Company"));
}

TEST_CASE("names: the question forms that ask for a name") {
  auto type_of = [](const char* question) { return ask::analyze_question(question).answer_type; };
  CHECK(type_of("What name does Public Law 118-9 give the clinic in Dover?") == "name");
  CHECK(type_of("By what other name may the resolution be referred to?") == "name");
  CHECK(type_of("What is the short title of the Harbor Act?") == "name");
  CHECK(type_of("What alternative title did Congress give the resolution?") == "name");
  CHECK(type_of("What is the clinic in Dover to be called under the 2017 act?") == "name");
  CHECK(type_of("What was the program known as?") == "name");
  // "the name of the judge" asks for the judge; a participle after a noun names no name.
  CHECK(type_of("What is the name of the judge who signed the order?") == "judge");
  CHECK(type_of("What was the defendant named in the indictment charged with?") != "name");
  // A title held is a role.
  CHECK(type_of("What title did Mara Quist hold at the agency?") == "role");

  const ask::QuestionAnalysis q = ask::analyze_question("What name does the Act give the clinic?");
  CHECK(q.predicate.empty());  // "give" is no disclosure here
  CHECK(q.cue == "named");
}

TEST_CASE("names: the name a law gives, from the law the question names by its number") {
  lexgraph::testing::PipelineIndex index;
  index.add("law", "Public Law 118-9: Lighthouse Keepers Recognition Act",
            "An Act to honor the keepers of lighthouses.\n\nSECTION 1. This Act may be cited as the "
            "\xE2\x80\x9CLighthouse Keepers Recognition Act\xE2\x80\x9D.\n\nSEC. 2. It is the sense of Congress that "
            "this Act may also be referred to as the \xE2\x80\x9CKeepers of the Light Act\xE2\x80\x9D.\n\n"
            "SEC. 3. The station at Dover shall be known and designated as the \xE2\x80\x9C"
            "Ada Fenwick Light Station\xE2\x80\x9D.");
  // Another document cites the law by its number, beside a name of its own:
  // the law's own text is read first, found by the number in its title.
  index.add("other", "Harbor Friends v. Marsh",
            "The plaintiffs, a group known by the other name \"Harbor Friends\", sued under Public Law 118-9. "
            "Public Law 118-9 may be enforced by any keeper.");
  Xapian::Database db = index.open();

  ask::AskResult r = ask::ask("By what other name may Public Law 118-9 be referred to?", &db, nullptr);
  CHECK(r.interpretation.answer_type == "name");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "name");
  bool other_name = false;
  for (std::size_t i = 0; i < r.answers.size() && i < 3; ++i) other_name |= r.answers[i].text == "Keepers of the Light Act";
  CHECK(other_name);
  CHECK(r.answers[0].evidence.front().doc == "law");

  r = ask::ask("What is the station at Dover to be called?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "Ada Fenwick Light Station");
}

TEST_CASE("identifiers: 'the number of the patent' asks for its number, not a count") {
  auto asked = [](const char* question) { return ask::analyze_question(question); };
  ask::QuestionAnalysis q = asked("What is the number of the Vell Patent at issue?");
  CHECK(q.answer_type == "identifier");
  CHECK(q.identifier_of == "patent");
  q = asked("Which patent number covers the method?");
  CHECK(q.answer_type == "identifier");
  q = asked("What is the docket number of Quist v. Marsh?");
  CHECK(q.answer_type == "identifier");
  CHECK(q.answer_entity_types == std::vector<std::string>{"docket"});
  // Counts stay counts.
  CHECK(asked("What is the number of patents Vell held?").answer_type == "figure");
  CHECK(asked("What number of people were arrested?").answer_type == "figure");
  CHECK(asked("What was the total number of claims?").answer_type == "figure");

  auto ids = [](std::string_view s) {
    std::vector<std::string> out;
    for (const auto& [from, to] : ask::numbered_identifiers(s)) out.emplace_back(s.substr(from, to - from));
    return out;
  };
  CHECK(ids("infringement of the Vell Patent, No. 1,830,428, of November 3, 1931.") ==
        std::vector<std::string>{"No. 1,830,428"});
  CHECK(ids("fixed by Maximum Price Regulation No. 460.[1]") == std::vector<std::string>{"No. 460"});
  CHECK(ids("FR Doc. Number 2017-11475 filed") == std::vector<std::string>{"Number 2017-11475"});
  CHECK(ids("There was no. Answer, and no 5 items.").empty());
}

TEST_CASE("identifiers: the number given right after the thing the question names") {
  lexgraph::testing::PipelineIndex index;
  index.add("opinion", "Vell Tools v. Marsh",
            "Its patent, No. 1,830,428, for a method of welding rails was at issue when Vell Tools sued Marsh in "
            "No. 41-220.\n\nMarsh sold the welded rails at No. 12 Harbor Street.");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("What is the number of the patent in Vell Tools v. Marsh?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].type == "identifier");
  CHECK(r.answers[0].text == "No. 1,830,428");
}

TEST_CASE("bills: a bill's number answers 'which joint resolution', a public law's heading gives its own") {
  auto bills = [](std::string_view s) {
    std::vector<std::string> out;
    for (const auto& [from, to] : ask::bill_numbers(s)) out.emplace_back(s.substr(from, to - from));
    return out;
  };
  CHECK(bills("Mar. 30, 2029 [H.J. Res. 12]") == std::vector<std::string>{"H.J. Res. 12"});
  CHECK(bills("LEGISLATIVE HISTORY--H.R. 4410 (S. 77): passed House") == std::vector<std::string>{"H.R. 4410", "S. 77"});
  CHECK(bills("S. Con. Res. 5 and H.J.Res. 9") == std::vector<std::string>{"S. Con. Res. 5", "H.J.Res. 9"});
  // Reporters' "S." is no Senate bill.
  CHECK(bills("Silverthorne Lumber Co. v. United States, 251 U. S. 385, and 385 U.S. 1, 112 S. Ct. 1695").empty());
  CHECK(bills("Ibarra v. Ortiz, 77 S. 754, 760").empty());

  auto asked = [](const char* question) { return ask::analyze_question(question); };
  ask::QuestionAnalysis q = asked("Which joint resolution became Public Law 120-7?");
  CHECK(q.answer_type == "identifier");
  CHECK(q.identifier_of == "resolution");
  q = asked("Under what bill designation did Congress pass the disapproval?");
  CHECK(q.answer_type == "identifier");
  CHECK(q.identifier_of == "bill");
  CHECK(asked("What was the House measure number of the law?").identifier_of == "measure");

  lexgraph::testing::PipelineIndex index;
  index.add("statute", "Public Law 120-7: Disapproving the rule of the Bureau of Widget Safety",
            "Public Law 120-7\n120th Congress\n\nJoint Resolution\n\nDisapproving the rule submitted by the Bureau "
            "of Widget Safety.\n\nMar. 30, 2029\n\n[H.J. Res. 12]\n\nResolved by the Senate and House of "
            "Representatives, That Congress disapproves the rule.\n\nLEGISLATIVE HISTORY--H.J. Res. 12:");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("Which joint resolution became Public Law 120-7?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "H.J. Res. 12");
  CHECK(r.answers[0].evidence.front().text.find("[H.J. Res. 12]") != std::string::npos);
  // The legislative history naming the same bill supports it too.
  CHECK(std::any_of(r.answers[0].evidence.begin(), r.answers[0].evidence.end(), [](const ask::Evidence& e) {
    return e.text.find("LEGISLATIVE HISTORY") != std::string::npos;
  }));
}

TEST_CASE("a party's request ends before the verb that decides it; a maker manufactures") {
  lexgraph::testing::PipelineIndex index;
  index.add("order", "Quist Committee v. Marsh",
            "DOJ's motion to stay this Court's Order pending appeal will be DENIED for the reasons below.\n\n"
            "The Committee's brief was filed on time.");
  index.add("mdl", "In re Halden Filter Products Liability Litigation",
            "Plaintiffs received implants of Halden filters and claim they are defective.\n\nHalden Medical, Inc. "
            "manufactures and markets medical devices, including the filters.");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Which DOJ motion did the court deny in Quist Committee v. Marsh?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text == "motion to stay this Court's Order pending appeal");
  r = ask::ask("Who makes the filters the plaintiffs say are defective?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("Halden Medical") != std::string::npos);
  CHECK(r.answers[0].evidence.front().text.find("manufactures") != std::string::npos);
}
