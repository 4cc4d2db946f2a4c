// Counts of the noun a question counts, read where the extractor's unit
// list has no such unit (query/ask/counted_nouns.h); and, asked end to end,
// a role a copula gives (query/ask/passage_shapes.h role_by_copula); an amount
// of money asked plainly over a bound said beside it.

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/counted_nouns.h"
#include "pipeline_index.h"

using namespace lexgraph;
using namespace lexgraph::ask;
using lexgraph::testing::PipelineIndex;

namespace {

// "value@text" for each count of `noun` in `s`, joined by "; ".
std::string counts(const std::string& s, const std::string& noun) {
  std::string out;
  for (const CountedNoun& c : counts_of(s, noun)) {
    if (!out.empty()) out += "; ";
    out += std::to_string(static_cast<long>(c.value)) + "@" + s.substr(c.span.first, c.span.second - c.span.first);
  }
  return out;
}

}  // namespace

TEST_CASE("counted nouns: digits, number words and one word between") {
  CHECK(counts("The draft was accompanied by 163 invoices purporting to represent goods.", "invoices") ==
            "163@163 invoices");
  CHECK(counts("He signed twenty-five invoices and 1,250 separate invoices.", "invoice") ==
            "25@twenty-five invoices; 1250@1,250 separate invoices");
  CHECK(counts("About 40 invoices were late.", "invoices") == "40@40 invoices");
}

TEST_CASE("counted nouns: labels, years and identifiers count nothing") {
  CHECK(counts("Its Rule 56 motions and section 12 motions failed.", "motions").empty());
  CHECK(counts("The \u00a7 1983 claims and the 1990 claims were filed, as were No. 92-2145 claims.", "claims").empty());
  CHECK(counts("He sent 12 letters.", "invoices").empty());
  CHECK(counts("He sent 12 of the invoices.", "invoices").empty());
}

TEST_CASE("ask: how many of a noun no unit list holds; a role after a copula or 'he was'") {
  PipelineIndex index;
  index.add("mueller", "Mueller Company v. South Shore Bank",
            "Mueller presented a sight draft to South Shore in the amount of $221,996.11. The draft was accompanied "
            "by 163 invoices purporting to represent goods ordered after May 24, 1990. "
            "During the relevant period, defendant Marion Doucette was Manager/CEO of the Credit Union.",
            "ca1", "", "1993-03-05", "opinion");
  index.add("massey", "Massey v. Rufo",
            "Plaintiff John Massey filed an action in the district court. At the time of the events described in the "
            "complaint, he was a pretrial detainee at the Suffolk County Jail.",
            "ca1", "", "1994-01-14", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult count = ask::ask("How many invoices accompanied Mueller's sight draft?", &db, nullptr);
  REQUIRE_FALSE(count.answers.empty());
  CHECK(count.answers.front().text == "163 invoices");
  const ask::AskResult office = ask::ask("What position did Marion Doucette hold at the Credit Union?", &db, nullptr);
  REQUIRE_FALSE(office.answers.empty());
  CHECK(office.answers.front().text == "Manager/CEO of the Credit Union");
  const ask::AskResult status = ask::ask(
      "In Massey v. Rufo, what was Massey's status at the Suffolk County Jail at the time of the events in his complaint?",
      &db, nullptr);
  REQUIRE_FALSE(status.answers.empty());
  CHECK(status.answers.front().text == "pretrial detainee");
}

TEST_CASE("ask: how many of a noun, counted under another word of its family") {
  PipelineIndex index;
  index.add("gonzalez", "Gonzalez v. Banco Central Corp.",
            "In the 1970s, a consortium of real estate developers sold subdivided lots of undeveloped land to "
            "approximately 3,000 purchasers, most of whom resided in Puerto Rico. Two suits followed.",
            "ca1", "", "1994-06-10", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult count =
      ask::ask("In Gonzalez v. Banco Central Corp., how many buyers acquired the lots?", &db, nullptr);
  REQUIRE_FALSE(count.answers.empty());
  CHECK(count.answers.front().text == "3,000 purchasers");
  CHECK(count.answers.front().number_value == doctest::Approx(3000));
}

TEST_CASE("ask: a party's role word opening a sentence stands for the party whose position is asked") {
  PipelineIndex index;
  index.add("quillan", "Quillan v. Department of the Navy",
            "Quillan appeals the dismissal of his claims. Appellant was employed by the Navy as a Harbor Safety "
            "Inspector. His appointment was subject to a probationary period.",
            "ca1", "", "1993-03-19", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult position =
      ask::ask("In Quillan v. Department of the Navy, in what position was Quillan employed?", &db, nullptr);
  REQUIRE_FALSE(position.answers.empty());
  CHECK(position.answers.front().text == "Harbor Safety Inspector");
}

TEST_CASE("ask: an amount asked plainly is the one paid, not a bound said beside it") {
  PipelineIndex index;
  index.add("lamboy", "Lamboy v. Ortiz",
            "Sanctions on counsel in this circuit are typically less than $10,000. "
            "We modify the sanction on counsel to $5,000.",
            "ca1", "", "2010-12-17", "opinion");
  Xapian::Database db = index.open();
  const ask::AskResult r = ask::ask("In Lamboy v. Ortiz, how much was the sanction on counsel in this case?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers.front().text == "$5,000");
}
