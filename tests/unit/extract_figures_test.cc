// Figures and money (extract/figures/figure_extractor.cc), from real
// sentences of news reports, opinions, statutes and dockets.

#include <doctest/doctest.h>

#include "extract/figures/number_reader.h"
#include "extract/figures/vocabulary.h"
#include "figures_test_support.h"

using figures_test::flag;
using figures_test::number;
using figures_test::run;
using figures_test::string_attr;
using Spans = std::vector<std::string>;

namespace {

figures_test::Found figures_in(std::string_view text) { return run(lexgraph::extract_figures, text); }

}  // namespace

TEST_CASE("figure and money data files parse without problems") {
  const auto& v = lexgraph::figures::figure_vocabulary();
  for (const std::string& p : v.problems) MESSAGE(p);
  CHECK(v.problems.empty());
  CHECK(v.units.size() >= 300);
  CHECK(v.qualifiers.size() >= 30);
  CHECK(v.number_words.size() >= 30);
  CHECK(v.prefix_currencies.size() >= 8);
  CHECK(v.suffix_currencies.size() >= 6);
  CHECK(v.reference_words.size() >= 100);
  CHECK(v.units.at("persons").unit == "people");
  CHECK(v.max_unit_words >= 2);

}

TEST_CASE("numbers in digits and words read exactly") {
  using lexgraph::figures::read_digits;
  using lexgraph::figures::read_number_words;
  CHECK(read_digits("42,695 times", 0, false)->value == 42695);
  CHECK(read_digits("1.28 million people", 0, false)->value == 1280000);
  CHECK(read_digits("1.28 million people", 0, false)->end == 12);
  CHECK(read_digits("3.2bn", 0, true)->value == 3200000000.0);
  CHECK(read_digits("3.2bn", 0, false)->value == 3.2);  // "bn" only after a currency sign
  CHECK(read_digits("0.1 percent", 0, false)->value == 0.1);
  CHECK(read_digits("1234,567", 0, false)->value == 1234);  // not a thousands group
  // A footnote's number after a sentence's period, not a decimal: only after
  // thousands groups, one digit, before a capitalised word.
  CHECK(read_digits("1,426,000.2 On October 13", 0, true)->value == 1426000);
  CHECK(read_digits("1,426,000.2 On October 13", 0, true)->digits_end == 9);
  CHECK(read_digits("1,234.5 acres", 0, false)->value == 1234.5);
  CHECK(read_digits("1,426,000.25 On", 0, true)->value == 1426000.25);
  CHECK(read_digits("3.2 The", 0, false)->value == 3.2);
  CHECK(read_digits("2016", 0, false)->year_like());
  CHECK_FALSE(read_digits("2,016", 0, false)->year_like());
  CHECK_FALSE(read_digits("1234567890123456789012", 0, false));  // an identifier
  CHECK(read_number_words("twenty-five people", 0)->value == 25);
  CHECK(read_number_words("Two hundred fifty-three days", 0)->value == 253);
  CHECK(read_number_words("three million", 0)->value == 3000000);
  CHECK_FALSE(read_number_words("one of them", 0));
  CHECK(lexgraph::figures::format_number(1280000) == "1280000");
  CHECK(lexgraph::figures::format_number(0.5) == "0.5");
}

TEST_CASE("the seed report's figures: counts with qualifiers and borrowed units") {
  auto f = figures_in(
      "A federal judge said Thursday that the IRS broke the law by disclosing confidential taxpayer information "
      "\xe2\x80\x9c" "approximately 42,695 times\" to Immigration and Customs Enforcement.");
  REQUIRE(f.mentions.size() == 1);
  const auto& m = f.mentions[0];
  CHECK(f.span(m) == "approximately 42,695 times");
  CHECK(m.type == "figure");
  CHECK(number(m, "value") == 42695);
  CHECK(string_attr(m, "unit") == "times");
  CHECK(string_attr(m, "qualifier") == "approximately");

  f = figures_in(
      "Her finding was based off a declaration filed earlier this month by Dottie Romo, which revealed that the IRS "
      "had provided DHS with information on 47,000 of the 1.28 million people that ICE requested -- and, in most "
      "of those cases, gave ICE additional address information.");
  REQUIRE(f.spans() == Spans{"47,000", "1.28 million people"});
  CHECK(number(f.mentions[0], "value") == 47000);
  CHECK(string_attr(f.mentions[0], "unit") == "people");
  CHECK(number(f.mentions[1], "value") == 1280000);
  CHECK(string_attr(f.mentions[1], "unit") == "people");

  // A number of the things any plural noun names counts them.
  f = figures_in("It is a Delaware corporation, owned by 68 of the railroads of the United States.");
  REQUIRE(f.spans() == Spans{"68"});
  CHECK(string_attr(f.mentions[0], "unit") == "railroads");
  CHECK(figures_in("See section 5 of the statutes and page 12 of the briefs.").mentions.empty());
  CHECK(figures_in("He won 3 of the cases and 2 of this class.").spans() == Spans{"3"});

  // Vague amounts and compound adjectives are not figures.
  CHECK(figures_in("the IRS had erroneously shared the taxpayer information of thousands of people").mentions.empty());
  CHECK(figures_in("Earlier this week, a three-judge panel declined to issue a preliminary injunction.").mentions.empty());
  CHECK(figures_in("Still, two separate court orders have blocked the agencies.").mentions.empty());
}

TEST_CASE("news figures: scales, percentages, qualifiers before and after") {
  auto f = figures_in(
      "Roughly 20 million borrowers would have seen their balances fall to zero, and for the remaining 23 million "
      "or so eligible borrowers, the median balance would have dropped from $29,400 to $13,600, a cut of about 54%.");
  REQUIRE(f.spans() == Spans{"Roughly 20 million borrowers", "23 million or so eligible borrowers", "$29,400",
                           "$13,600", "about 54%"});
  CHECK(number(f.mentions[0], "value") == 20000000);
  CHECK(string_attr(f.mentions[0], "qualifier") == "roughly");
  CHECK(string_attr(f.mentions[1], "unit") == "borrowers");
  CHECK(string_attr(f.mentions[1], "qualifier") == "or so");
  CHECK(f.mentions[2].type == "money");
  CHECK(string_attr(f.mentions[2], "currency") == "USD");
  CHECK(string_attr(f.mentions[4], "unit") == "percent");
  CHECK(number(f.mentions[4], "value") == 54);

  f = figures_in(
      "The Department of Education had said that about 26 million people applied for relief, and that it had "
      "approved about 16 million of those applications.");
  REQUIRE(f.spans() == Spans{"about 26 million people", "about 16 million"});
  CHECK(string_attr(f.mentions[1], "unit") == "applications");

  f = figures_in("Officials said that nearly 90 percent of the relief would go to borrowers earning less than $75,000 a year.");
  REQUIRE(f.spans() == Spans{"nearly 90 percent", "less than $75,000"});
  CHECK(string_attr(f.mentions[1], "qualifier") == "less than");

  f = figures_in("ICE submitted more than 7,000 requests; nine of 12 judges agreed; at least 3 people and over 40 vehicles.");
  REQUIRE(f.spans() == Spans{"more than 7,000 requests", "nine", "12 judges", "at least 3 people", "over 40 vehicles"});
  CHECK(number(f.mentions[1], "value") == 9);
  CHECK(string_attr(f.mentions[1], "unit") == "judges");
  CHECK(string_attr(f.mentions[3], "qualifier") == "at least");

  f = figures_in("The rate rose between 10 and 20 percent, or 3.5 percentage points, over 18 months.");
  REQUIRE(f.spans() == Spans{"10", "20 percent", "3.5 percentage points", "over 18 months"});
  CHECK(string_attr(f.mentions[0], "unit") == "percent");
  CHECK(string_attr(f.mentions[2], "unit") == "percentage points");
}

TEST_CASE("a percent written without its leading zero") {
  auto f = figures_in("His blood alcohol content was at least .3 percent; the legal limit is .08%.");
  REQUIRE(f.spans() == Spans{"at least .3 percent", ".08%"});
  CHECK(number(f.mentions[0], "value") == doctest::Approx(0.3));
  CHECK(string_attr(f.mentions[0], "unit") == "percent");
  CHECK(number(f.mentions[1], "value") == doctest::Approx(0.08));
  // Not a section's tail, nor a bare ".45" with no percent.
  f = figures_in("See section 1.3 percent rules and a .45 caliber pistol.");
  CHECK(f.spans().empty());
}

TEST_CASE("speeds: knots, miles per hour, and a speed written as an adjective") {
  auto f = figures_in("The steamer was sailing at the rate of at least seven knots an hour; the car went 55 miles per "
                      "hour in a 30-mph zone.");
  REQUIRE(f.spans() == Spans{"at least seven knots", "55 miles per hour", "30-mph"});
  CHECK(number(f.mentions[0], "value") == 7);
  CHECK(string_attr(f.mentions[0], "unit") == "knots");
  CHECK(string_attr(f.mentions[1], "unit") == "miles per hour");
  CHECK(string_attr(f.mentions[2], "unit") == "miles per hour");
  // After "at", a pin cite's word, only when a speed follows.
  f = figures_in("She ran at seven knots, then at 12 knots. See id. at 588 miles.");
  REQUIRE(f.spans() == Spans{"seven knots", "12 knots"});
}

TEST_CASE("places served are counted: municipalities, towns, communities") {
  auto f = figures_in("The company furnishes natural gas to consumers in more than 50 municipalities and 12 towns, "
                      "serving some 30 communities and four villages.");
  REQUIRE(f.spans() == Spans{"more than 50 municipalities", "12 towns", "some 30 communities", "four villages"});
  CHECK(string_attr(f.mentions[0], "unit") == "municipalities");
  CHECK(string_attr(f.mentions[0], "bound") == "minimum");
}

TEST_CASE("money in its common forms") {
  auto f = figures_in(
      "The plan would have cancelled about $430 billion in principal; members spent about $1.1 million; the "
      "fine was $2,500 and the deal US$5 million, a \xe2\x82\xac" "20 million grant, a $3.2bn merger.");
  REQUIRE(f.mentions.size() == 6);
  REQUIRE(f.spans() == Spans{"about $430 billion", "about $1.1 million", "$2,500", "US$5 million",
                           "\xe2\x82\xac" "20 million", "$3.2bn"});
  CHECK(number(f.mentions[0], "value") == 430000000000.0);
  CHECK(string_attr(f.mentions[0], "qualifier") == "about");
  CHECK(number(f.mentions[1], "value") == 1100000);
  CHECK(string_attr(f.mentions[4], "currency") == "EUR");
  CHECK(number(f.mentions[5], "value") == 3200000000.0);
  for (const auto& m : f.mentions) CHECK(m.type == "money");

  f = figures_in("shall be paid 50 cents per ton, five million dollars in all, and USD 300 in fees.");
  REQUIRE(f.spans() == Spans{"50 cents", "five million dollars", "USD 300"});
  CHECK(number(f.mentions[0], "value") == 0.5);
  CHECK(number(f.mentions[1], "value") == 5000000);

  f = figures_in("The agency revised its estimate downward to $2-$3 million and set a cap not to exceed $1,000 per nurse.");
  REQUIRE(f.spans() == Spans{"$2", "$3 million", "not to exceed $1,000"});
  CHECK(number(f.mentions[0], "value") == 2000000);
}

TEST_CASE("durations, measures and counts from statutes and dockets") {
  auto f = figures_in(
      "No request for adjournment will be considered unless made at least forty-eight (48) hours before the "
      "scheduled conference.");
  REQUIRE(f.spans() == Spans{"at least forty-eight (48) hours"});
  CHECK(number(f.mentions[0], "value") == 48);

  f = figures_in("The defendant is sentenced to 45 months in the Bureau of Prisons followed by 3 years of Supervised Release.");
  CHECK(f.spans() == Spans{"45 months", "3 years"});

  // A judgment line in a docket writes its units in capitals.
  f = figures_in("Bureau of Prisons - 15 YEARS; Supervised Release - LIFETIME; Probation - 36 MONTHS; Fine - WAIVED");
  REQUIRE(f.spans() == Spans{"15 YEARS", "36 MONTHS"});
  CHECK(string_attr(f.mentions[0], "unit") == "years");
  f = figures_in("He lived at 15 COURT Street and at 15 Years Lane.");  // a name, not a unit
  CHECK(f.spans().empty());

  // A duration written as a hyphenated number word, as "30-day" is in digits.
  f = figures_in("It was a two-year term after a three-day hearing before a three-judge panel; two-thirds agreed.");
  REQUIRE(f.spans() == Spans{"two-year", "three-day", "two-thirds"});
  CHECK(string_attr(f.mentions[0], "unit") == "years");
  CHECK(number(f.mentions[1], "value") == 3);

  f = figures_in("a source that emits more than 100 tpy of any pollutant within 50 km of the boundary, on 1,200 acres");
  REQUIRE(f.spans() == Spans{"more than 100 tpy", "within 50 km", "1,200 acres"});
  CHECK(string_attr(f.mentions[0], "unit") == "tons per year");
  CHECK(string_attr(f.mentions[0], "bound") == "minimum");
  CHECK(string_attr(f.mentions[1], "bound") == "maximum");  // within 50 km: no farther
  CHECK(string_attr(f.mentions[2], "bound") == "");

  // Counted places and posts a statute or rule reports on.
  f = figures_in("a loss of contract weather observer service at the 57 airports targeted, and 12 positions in 3 stations");
  REQUIRE(f.spans() == Spans{"57 airports", "12 positions", "3 stations"});
  CHECK(string_attr(f.mentions[0], "unit") == "airports");
}

TEST_CASE("statutes' penalties, bonds and time limits carry their unit and bound") {
  // Penalties: "nor more than" is a ceiling like "not more than".
  auto f = figures_in(
      "shall be fined not less than $1,000 nor more than $5,000, or imprisoned not more than five years, or both; "
      "if the offense involves terrorism, imprisoned not more than 8 years.");
  REQUIRE(f.spans() == Spans{"not less than $1,000", "nor more than $5,000", "not more than five years",
                             "not more than 8 years"});
  CHECK(string_attr(f.mentions[0], "bound") == "minimum");
  CHECK(string_attr(f.mentions[1], "qualifier") == "nor more than");
  CHECK(string_attr(f.mentions[1], "bound") == "maximum");
  CHECK(number(f.mentions[2], "value") == 5);
  CHECK(string_attr(f.mentions[2], "unit") == "years");
  CHECK(string_attr(f.mentions[3], "bound") == "maximum");

  // Bonds and time limits: the limit word is part of the figure.
  f = figures_in(
      "may release the alien on bond of at least $1,500. The Administrator shall submit the plan within 90 days "
      "after enactment. An action may be brought at any time within 2 years after the date of discovery. Not later "
      "than 180 days after the date of enactment, the Secretary shall report. Such term shall not exceed eight "
      "years.");
  REQUIRE(f.spans() == Spans{"at least $1,500", "within 90 days", "within 2 years", "Not later than 180 days",
                             "not exceed eight years"});
  CHECK(string_attr(f.mentions[0], "bound") == "minimum");
  for (std::size_t i = 1; i < f.mentions.size(); ++i) {
    CAPTURE(f.spans()[i]);
    CHECK(string_attr(f.mentions[i], "bound") == "maximum");
  }
  CHECK(string_attr(f.mentions[1], "unit") == "days");
  CHECK(string_attr(f.mentions[2], "unit") == "years");
  CHECK(string_attr(f.mentions[3], "qualifier") == "not later than");
  CHECK(number(f.mentions[4], "value") == 8);

  // "per centum", the old statutes' percent; an approximation is no bound.
  f = figures_in("a tax equal to 10 per centum of the amount, about 30 percent of the fund, or 3 or so percent");
  REQUIRE(f.spans().size() >= 2);
  CHECK(f.spans()[0] == "10 per centum");
  CHECK(string_attr(f.mentions[0], "unit") == "percent");
  CHECK(string_attr(f.mentions[1], "bound") == "approximate");
}

TEST_CASE("sentences, counts of charges, officers, fractions, form labels and fees") {
  auto f = figures_in("Judge Bruce sentenced him to 210 months' imprisonment on those two counts and 96 months' on the third.");
  CHECK(f.spans() == Spans{"210 months", "two counts", "96 months"});
  f = figures_in("He pleaded guilty to three counts of federal drug crimes.");
  CHECK(f.spans() == Spans{"three counts"});
  f = figures_in("Dispatchers quickly sent four Alamosa police officers to the hotel.");
  REQUIRE(f.spans() == Spans{"four Alamosa police officers"});
  CHECK(string_attr(f.mentions[0], "unit") == "officers");
  f = figures_in("designate a group of three (3) or more independent reputable physicians");
  REQUIRE(f.mentions.size() == 1);
  CHECK(number(f.mentions[0], "value") == 3);
  CHECK(string_attr(f.mentions[0], "qualifier") == "or more");
  f = figures_in("reserving a royalty of one-eighth of the value of the gross production");
  REQUIRE(f.spans() == Spans{"one-eighth"});
  CHECK(number(f.mentions[0], "value") == 0.125);
  CHECK(figures_in("but not to exceed twenty-one years from the date of patent").spans() ==
        Spans{"not to exceed twenty-one years"});
  f = figures_in("Manufacturers who market less than one million pounds of cheese are exempt. One of them");
  REQUIRE(f.mentions.size() == 1);
  CHECK(number(f.mentions[0], "value") == 1000000);
  f = figures_in("and the 30-day delayed effectiveness period; a 24-hour basis; a three-judge panel");
  CHECK(f.spans() == Spans{"30-day", "24-hour"});
  // First Circuit, 1994: "appellant's base offense level should be set at 28, pursuant to the
  // cross-reference": a guideline level, whose unit the words before it give.
  f = figures_in("his base offense level should be set at 28, pursuant to the cross-reference; a total offense "
                 "level of 36 and a criminal history category of VI; the offense level, 12 months later, rose");
  REQUIRE(f.spans() == Spans{"28", "36"});
  CHECK(string_attr(f.mentions[0], "unit") == "offense level");
  CHECK(number(f.mentions[1], "value") == 36);
  // First Circuit, 2020: "operates an approximately 10,000-\n square-foot church facility": a
  // two-word unit hyphenated, after a hyphen that ended a line.
  f = figures_in("a 10,000-square-foot church; an approximately 10,000-\nsquare-foot church; a 10- to 20-day stay");
  REQUIRE(f.spans() == Spans{"10,000-square-foot", "10,000-\nsquare-foot", "20-day"});
  CHECK(string_attr(f.mentions[1], "unit") == "square feet");
  CHECK(number(f.mentions[1], "value") == 10000);
  f = figures_in("Estimated Number of Respondents: 16.\n\nEstimated Total Annual Burden on Respondents: 277 hours.");
  REQUIRE(f.spans() == Spans{"16", "277 hours"});
  CHECK(string_attr(f.mentions[0], "unit") == "respondents");
  f = figures_in("Voluntary Petition (Chapter 7) ( 299.00) Filing Fee. Receipt number 9708656. Fee amount 26.00.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].type == "money");
  CHECK(number(f.mentions[1], "value") == 26);
  // Labels that are not counts, and numbers in labels that point somewhere, stay out.
  CHECK(figures_in("OMB Control Number: 0581-0274.\nDocket No.: 17-5. Table 1: 12. Page 3.").spans() == Spans{});
}

TEST_CASE("attributive counts count what they describe; 'time' and numbered lines are not figures") {
  // "a four page letter" has four pages ("how many pages was the letter?").
  auto f = figures_in("She chose the final option and submitted a four page letter.");
  REQUIRE(f.spans() == Spans{"four page"});
  CHECK(string_attr(f.mentions[0], "unit") == "pages");
  CHECK(number(f.mentions[0], "value") == 4);
  CHECK(figures_in("They filed a 12 page brief.").spans() == Spans{"12 page"});
  CHECK(figures_in("for two time periods").mentions.empty());
  CHECK(figures_in("the trustee would have had no\n13 claim to the cash surrender value, and the debtor has no\n"
                   "14 claims either; the estate held\n15 claims").mentions.empty());
  CHECK(figures_in("(table).\n2 distributing one gram or more of LSD.").mentions.empty());
  // A wrapped line may still open with a figure.
  CHECK(figures_in("the IRS disclosed addresses\n42,695 times in all").spans() == Spans{"42,695 times"});
  // "three or four hundred feet" does not make the three 3 feet.
  CHECK(figures_in("The two vessels were then not more than three or four hundred feet apart.").spans() ==
        Spans{"two vessels", "four hundred feet"});
}

TEST_CASE("numbers that point somewhere are not figures") {
  const char* references[] = {
      "See Roe v. Wade, 410 U.S. 113, 153 (1973).",
      "The IRS may disclose under 26 U.S.C. § 6103(i)(2) and 8 C.F.R. § 235.3(b)(2)(iii).",
      "Plaintiffs bring section 1983 claims and § 1983 actions.",
      "Centro de Trabajadores Unidos v. Bessent, No. 25-5181 (D.C. Cir. 2025).",
      "Id. at 12; see also id. at 120 n. 4; Compl. ¶ 17; ECF No. 13 at 5; Dkt. 40.",
      "The Fourteenth Amendment and Article III apply.",
      "The hearing is set for 10:30 a.m. Call (202) 754-1992.",
      "Pub. L. No. 104-208, 110 Stat. 3009; 84 Fed. Reg. 35,409; 28 C.F.R. part 50.",
      "Defendants filed Rule 12 motions under Title 26 and Chapter 7.",
      "The court relied on Loper Bright, the 2024 case in which the justices ruled 6-3.",
      "See Smith v. Jones, 607 F.3d 277, 280 (2d Cir. 2010); 595 F. Supp. 2d 150, pp. 5-6.",
      "the Court held.*12 In 1996 Congress amended the statute, see 1:25-cv-01101, at *3.",
      "Justice Ginsburg joined parts I, II, and IV of the opinion; 12 Because the record is sparse",
  };
  for (const char* text : references) {
    auto f = figures_in(text);
    INFO(text);
    CHECK(f.spans() == Spans{});
  }
}

TEST_CASE("figures over every real document: in range, no overlaps") {
  // The corpus-wide run, with counts and speed, is in extract_figures_corpus_test.cc.
  auto f = figures_in("\xe2\x80\x9c$\" 5 $ $, 3,,4 1.2.3 1e10 \xe2\x82\xac 9,999,999,999,999,999,999 twenty- forty-");
  for (const auto& m : f.mentions) {
    CHECK(m.start < m.end);
    CHECK(m.end <= f.text.size());
  }
}
