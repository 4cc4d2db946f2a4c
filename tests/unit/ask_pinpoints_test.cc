// Pinpoint citations in questions: the subdivision path after a section
// number, where it stands in a section's text, and the answer read from
// under it rather than from elsewhere in a long section.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/pinpoints.h"
#include "pipeline_index.h"

using namespace lexgraph;

namespace {

// A section written in the Code's shape: marked-up subsection headings,
// paragraphs, subparagraphs and clauses each opening a line.
const std::string kSection =
    "99 U.S.C. § 4417. Detention of witnesses\n\n"
    "##### (a) Detention\n\n"
    "(1) In general\n\nThe Secretary shall detain the witness, and may release a detained witness on a bond of at "
    "least $9,000.\n\n"
    "(2) Release\n\nThe Secretary may release the witness.\n\n"
    "##### (b) Stay of removal\n\n"
    "(1) In general\n\nThe Secretary may stay the removal of a witness.\n\n"
    "(2) Release during stay\n\n"
    "(A) Bond\n\nThe Secretary may release a witness whose removal is stayed on\n\n"
    "(i) the witness's filing a bond of at least $750;\n\n"
    "(ii) condition that the witness appear when required.\n\n"
    "(B) Costs\n\nThe Secretary may pay a fee of $3 a day.\n\n"
    "(3) Notice\n\nNotice is given.\n\n"
    "##### (c) Penalties\n\nA person who fails to comply shall be fined not more than $2,000.\n";

}  // namespace

TEST_CASE("pinpoints: the path cited after the section number") {
  using Path = std::vector<std::string>;
  CHECK(ask::pinpoint_path("8 U.S.C. § 1231(c)(2)(C)", "1231") == Path{"c", "2", "C"});
  CHECK(ask::pinpoint_path("26 U.S.C. § 6011(e)(5)(B)(ii)", "6011") == Path{"e", "5", "B", "ii"});
  CHECK(ask::pinpoint_path("8 U.S.C. § 1231", "1231").empty());
  // The section number whole: "1231" is not the start of "12310".
  CHECK(ask::pinpoint_path("§ 12310(a)", "1231").empty());
  CHECK(ask::pinpoint_path("42 U.S.C. § 1983", "1231").empty());
}

TEST_CASE("pinpoints: the subdivision's lines, narrowed level by level, up to the next mark of its level") {
  auto text_of = [](const std::vector<std::string>& path) {
    auto span = ask::pinpoint_span(kSection, path);
    return span ? kSection.substr(span->first, span->second - span->first) : std::string("(none)");
  };
  const std::string b2a = text_of({"b", "2", "A"});
  CHECK(b2a.find("$750") != std::string::npos);
  CHECK(b2a.find("$9,000") == std::string::npos);  // (a)(1), not (b)
  CHECK(b2a.find("$3 a day") == std::string::npos);  // (B) ends (A)
  const std::string b2 = text_of({"b", "2"});
  CHECK(b2.find("$3 a day") != std::string::npos);
  CHECK(b2.find("Notice") == std::string::npos);  // (3) ends (2)
  const std::string clause = text_of({"b", "2", "A", "i"});
  CHECK(clause.find("$750") != std::string::npos);
  CHECK(clause.find("appear when required") == std::string::npos);  // (ii) ends (i)
  CHECK(text_of({"c"}).find("$2,000") != std::string::npos);
  CHECK(text_of({"d"}) == "(none)");
  CHECK(text_of({"b", "7"}) == "(none)");
}

TEST_CASE("pinpoints: a question citing a subdivision is answered from under it") {
  lexgraph::testing::PipelineIndex index;
  index.add("s", "99 U.S.C. § 4417. Detention of witnesses", kSection);
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Under 99 U.S.C. § 4417(b)(2)(A), what is the smallest bond for releasing a witness?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK_MESSAGE(r.answers[0].text.find("$750") != std::string::npos, r.answers[0].text);
}
