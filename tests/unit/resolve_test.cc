#include <doctest/doctest.h>

#include <string>

#include "extract/overlaps.h"
#include "resolve/resolver.h"

using namespace lexgraph;

namespace {

Mention mention(std::string type, std::string_view text, std::string_view part, std::string entity = "",
                std::string name = "") {
  Mention m;
  m.type = std::move(type);
  m.start = text.find(part);
  REQUIRE(m.start != std::string_view::npos);
  m.end = m.start + part.size();
  m.entity = std::move(entity);
  m.name = std::move(name);
  return m;
}

}  // namespace

TEST_CASE("slug makes ids from names") {
  CHECK(slug("Colleen Kollar-Kotelly") == "colleen-kollar-kotelly");
  CHECK(slug("  Harry T. Edwards ") == "harry-t-edwards");
  CHECK(slug("O'Connor") == "oconnor");
  CHECK(slug("Ass'n of Am. Railroads") == "assn-of-am-railroads");
}

TEST_CASE("a surname joins the one full name of the document") {
  const std::string text =
      "U.S. District Judge Colleen Kollar-Kotelly ruled. Kollar-Kotelly said so. Judge Edwards dissented.";
  std::vector<Mention> ms = {mention("judge", text, "Colleen Kollar-Kotelly"), mention("judge", text, "Kollar-Kotelly said"),
                             mention("judge", text, "Edwards")};
  ms[1].end = ms[1].start + std::string("Kollar-Kotelly").size();
  Extraction x = resolve_entities(ms, text, "doc");
  REQUIRE(x.mentions.size() == 3);
  CHECK(x.mentions[0].entity == "judge:colleen-kollar-kotelly");
  CHECK(x.mentions[1].entity == "judge:colleen-kollar-kotelly");
  CHECK(x.mentions[2].entity == "judge:edwards");
  REQUIRE(x.entities.size() == 2);
  CHECK(x.entities[0].name == "Colleen Kollar-Kotelly");
  CHECK(x.entities[0].mentions.size() == 2);
  CHECK(x.entities[0].aliases == std::vector<std::string>{"Colleen Kollar-Kotelly", "Kollar-Kotelly"});
}

TEST_CASE("two full names with one surname keep a lone surname apart") {
  const std::string text = "Anne Smith and Bob Smith testified. Smith left.";
  std::vector<Mention> ms = {mention("person", text, "Anne Smith"), mention("person", text, "Bob Smith"),
                             mention("person", text, "Smith left")};
  ms[2].end = ms[2].start + 5;
  Extraction x = resolve_entities(ms, text, "doc");
  CHECK(x.mentions[2].entity == "person:smith");
  CHECK(x.entities.size() == 3);
}

TEST_CASE("extractor ids are kept and merge spellings into one entity") {
  const std::string text = "26 U.S.C. § 6103 and IRC 6103 both.";
  std::vector<Mention> ms = {mention("statute", text, "26 U.S.C. § 6103", "statute:usc/26/6103", "26 U.S.C. § 6103"),
                             mention("statute", text, "IRC 6103", "statute:usc/26/6103", "26 U.S.C. § 6103")};
  Extraction x = resolve_entities(ms, text, "doc");
  REQUIRE(x.entities.size() == 1);
  CHECK(x.entities[0].aliases.size() == 2);
  CHECK(x.entities[0].name == "26 U.S.C. § 6103");
}

TEST_CASE("a bare section cited by the sign or the word, its letter joined or hyphenated, is one statute") {
  const std::string text = "§ 403-a bars it; section 403a applies; Section 403A too; § 403 differs; § 403a(1) not.";
  std::vector<Mention> ms = {mention("statute", text, "§ 403-a"), mention("statute", text, "section 403a"),
                             mention("statute", text, "Section 403A"), mention("statute", text, "§ 403 "),
                             mention("statute", text, "§ 403a(1)")};
  ms[3].end -= 1;  // "§ 403" without the space after it
  Extraction x = resolve_entities(ms, text, "doc");
  REQUIRE(x.mentions.size() == 5);
  CHECK(x.mentions[0].entity == "statute:text/§-403a");
  CHECK(x.mentions[1].entity == "statute:text/§-403a");
  CHECK(x.mentions[2].entity == "statute:text/§-403a");
  CHECK(x.mentions[3].entity == "statute:text/§-403");
  CHECK(x.mentions[4].entity != "statute:text/§-403a");  // a subsection: not the bare section
}

TEST_CASE("figures, money and dates get value ids; orders are local to the document") {
  const std::string text = "about 42,695 times; $430 billion; on 2025-11-21 a preliminary injunction";
  Mention f = mention("figure", text, "42,695 times");
  f.attrs["value"] = 42695.0;
  f.attrs["unit"] = std::string("times");
  Mention m = mention("money", text, "$430 billion");
  m.attrs["value"] = 430e9;
  Mention d = mention("date", text, "2025-11-21");
  d.attrs["iso"] = std::string("2025-11-21");
  Mention o = mention("order", text, "preliminary injunction");
  Extraction x = resolve_entities({f, m, d, o}, text, "news/a.txt");
  CHECK(x.mentions[0].entity == "figure:42695/times");
  CHECK(x.mentions[1].entity == "money:430000000000");
  CHECK(x.mentions[2].entity == "date:2025-11-21");
  CHECK(x.mentions[3].entity == "order:news/a.txt#3");

  // Cents keep two amounts apart however large they are.
  const std::string amounts = "amounted to $1,058,997.85, not $1,058,997.00";
  Mention cents = mention("money", amounts, "$1,058,997.85");
  cents.attrs["value"] = 1058997.85;
  Mention whole = mention("money", amounts, "$1,058,997.00");
  whole.attrs["value"] = 1058997.0;
  Extraction y = resolve_entities({cents, whole}, amounts, "news/b.txt");
  CHECK(y.mentions[0].entity == "money:1058997.85");
  CHECK(y.mentions[1].entity == "money:1058997");
}

TEST_CASE("overlaps: the longer mention of a type wins, citations swallow what is inside them") {
  const std::string text = "Smith v. Jones, 410 U.S. 113 (9th Cir. 1973) and 26 U.S.C. § 6103";
  std::vector<Mention> ms = {
      mention("figure", text, "113"),
      mention("case", text, "Smith v. Jones, 410 U.S. 113 (9th Cir. 1973)"),
      mention("court", text, "9th Cir."),
      mention("date", text, "1973"),
      mention("statute", text, "26 U.S.C. § 6103"),
      mention("statute", text, "§ 6103"),
      mention("agency", text, "U.S."),
  };
  settle_overlaps(ms);
  std::vector<std::string> kept;
  for (const auto& m : ms) kept.push_back(m.type + ":" + text.substr(m.start, m.end - m.start));
  CHECK(kept == std::vector<std::string>{"case:Smith v. Jones, 410 U.S. 113 (9th Cir. 1973)", "court:9th Cir.",
                                         "statute:26 U.S.C. § 6103"});
}

TEST_CASE("overlaps: a partial overlap between types goes to the higher-priority type") {
  const std::string text = "the Treasury Secretary Scott Bessent";
  std::vector<Mention> ms = {mention("agency", text, "Treasury Secretary"), mention("person", text, "Secretary Scott Bessent")};
  settle_overlaps(ms);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].type == "agency");
}
