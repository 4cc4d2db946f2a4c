// Dates (extract/figures/date_extractor.cc and calendar.cc): absolute
// forms, cue-bound years and months, and relative words resolved against a
// fixed document date.

#include <doctest/doctest.h>

#include "extract/figures/calendar.h"
#include "extract/figures/vocabulary.h"
#include "figures_test_support.h"

using figures_test::flag;
using figures_test::number;
using figures_test::run;
using figures_test::string_attr;
using Spans = std::vector<std::string>;
namespace cal = lexgraph::figures;

namespace {

figures_test::Found dates_in(std::string_view text, std::string date = "", std::string kind = "") {
  return run(lexgraph::extract_dates, text, std::move(date), std::move(kind));
}

std::vector<std::string> isos(const figures_test::Found& f) {
  std::vector<std::string> out;
  for (const auto& m : f.mentions) out.push_back(string_attr(m, "iso"));
  return out;
}

}  // namespace

TEST_CASE("date data files parse without problems") {
  const auto& v = cal::date_vocabulary();
  for (const std::string& p : v.problems) MESSAGE(p);
  CHECK(v.problems.empty());
  CHECK(v.months.size() >= 24);
  CHECK(v.weekdays.size() == 7);
  CHECK(v.relative.size() >= 15);
  CHECK(v.cues.size() >= 20);
  CHECK(v.roles.size() >= 20);
  CHECK(v.roles.at("approved") == "approved");
  CHECK(v.roles.at("enacted") == "enacted");
  CHECK(v.months.at("Sept").abbreviation);
  CHECK_FALSE(v.months.at("May").abbreviation);
  CHECK(v.months.at("Nov").number == 11);
}

TEST_CASE("calendar arithmetic") {
  CHECK(cal::days_from_civil(1970, 1, 1) == 0);
  CHECK(cal::civil_from_days(cal::days_from_civil(2024, 2, 29)) == cal::CivilDate{2024, 2, 29});
  CHECK(cal::weekday_of({2025, 11, 20}) == 4);  // a Thursday
  CHECK(cal::weekday_of({1927, 11, 21}) == 1);
  CHECK_FALSE(cal::is_valid_date(2025, 2, 29));
  CHECK(cal::is_valid_date(2000, 2, 29));
  CHECK(cal::parse_iso("2025-11-20") == cal::CivilDate{2025, 11, 20});
  CHECK(cal::parse_iso("2025-11") == cal::CivilDate{2025, 11, 0});
  CHECK(cal::parse_iso("2025-11-20T19:43:00Z") == cal::CivilDate{2025, 11, 20});
  CHECK_FALSE(cal::parse_iso("2025-02-30"));
  CHECK_FALSE(cal::parse_iso("Nov 2025"));
  CHECK(cal::to_iso({2025, 4, 0}) == "2025-04");
  CHECK(cal::add_months({2025, 1, 0}, -1) == cal::CivilDate{2024, 12, 0});
  CHECK(cal::nearest_year({2026, 2, 10}, 12, 5) == 2025);
  CHECK(cal::nearest_year({2025, 11, 20}, 9, 3) == 2025);
  CHECK(cal::nearest_year({2025, 11, 20}, 1, 10) == 2026);
}

TEST_CASE("weekday rules against a document dated Thursday 2025-11-20") {
  const cal::CivilDate thursday{2025, 11, 20};
  CHECK(cal::resolve_weekday(thursday, 4, cal::Direction::on_or_before) == cal::CivilDate{2025, 11, 20});
  CHECK(cal::resolve_weekday(thursday, 1, cal::Direction::on_or_before) == cal::CivilDate{2025, 11, 17});
  CHECK(cal::resolve_weekday(thursday, 5, cal::Direction::on_or_before) == cal::CivilDate{2025, 11, 14});
  CHECK(cal::resolve_weekday(thursday, 4, cal::Direction::before) == cal::CivilDate{2025, 11, 13});
  CHECK(cal::resolve_weekday(thursday, 1, cal::Direction::after) == cal::CivilDate{2025, 11, 24});
  CHECK(cal::resolve_weekday(thursday, 4, cal::Direction::on_or_after) == cal::CivilDate{2025, 11, 20});

  auto f = dates_in("A federal judge said Thursday that the IRS broke the law. Kollar-Kotelly said in her Thursday "
                    "decision that the agency violated the law.",
                    "2025-11-20", "news");
  REQUIRE(f.spans() == Spans{"Thursday", "Thursday"});
  CHECK(isos(f) == Spans{"2025-11-20", "2025-11-20"});
  CHECK(flag(f.mentions[0], "relative"));

  f = dates_in("The agency filed its notice on Monday. Last Thursday the panel heard argument. The judge will rule on "
               "Friday. Hearings resume next Monday.",
               "2025-11-20", "news");
  CHECK(f.spans() == Spans{"Monday", "Last Thursday", "Friday", "next Monday"});
  CHECK(isos(f) == Spans{"2025-11-17", "2025-11-13", "2025-11-21", "2025-11-24"});
}

TEST_CASE("relative months and years against the document date") {
  auto f = dates_in(
      "Her finding was based off a declaration filed earlier this month by Dottie Romo. A data-sharing agreement "
      "signed last April by Treasury Secretary Scott Bessent allows ICE to submit names.",
      "2025-11-20", "news");
  REQUIRE(f.spans() == Spans{"earlier this month", "last April"});
  CHECK(isos(f) == Spans{"2025-11", "2025-04"});
  CHECK(flag(f.mentions[0], "approximate"));
  CHECK(flag(f.mentions[1], "relative"));

  // In February, "last April" and "in April" are the previous year's.
  f = dates_in("The agreement was signed last April. The policy changed in April. Payments resume next April.",
               "2026-02-26", "news");
  CHECK(isos(f) == Spans{"2025-04", "2025-04", "2026-04"});

  f = dates_in("Last year the IRS shared data; yesterday the court ruled; next month it reports; this year and "
               "earlier this year.",
               "2026-02-26", "news");
  CHECK(f.spans() == Spans{"Last year", "yesterday", "next month", "this year", "earlier this year"});
  CHECK(isos(f) == Spans{"2025", "2026-02-25", "2026-03", "2026", "2026"});

  // Without a document date the words are still dates, relative, unresolved;
  // a document of unknown kind reads as news when it opens with a dateline.
  f = dates_in("WASHINGTON -- A federal judge said Thursday that the agreement signed last April was unlawful.");
  CHECK(f.spans() == Spans{"Thursday", "last April"});
  for (const auto& m : f.mentions) {
    CHECK(flag(m, "relative"));
    CHECK(string_attr(m, "iso").empty());
  }

  // "today" is a date in news; opinions use it of their own reasoning.
  CHECK(dates_in("The court ruled today.", "2025-11-20", "news").spans() == Spans{"today"});
  CHECK(dates_in("We hold today that the statute applies.", "2025-11-20", "opinion").mentions.empty());
  CHECK(dates_in("We hold today that the statute applies, as we said on Friday.", "2025-11-20").mentions.empty());
}

TEST_CASE("opinions narrate: relative words follow the story, not the decision date") {
  auto f = dates_in("Shortly thereafter, in early January of 2010, counsel fell ill. In mid-January, it became clear "
                    "that counsel would not recover. He was transferred to Ponce the next month, on Friday.",
                    "2011-06-30", "opinion");
  REQUIRE(f.spans() == Spans{"early January of 2010", "mid-January"});
  CHECK(isos(f) == Spans{"2010-01", "2010-01"});
  REQUIRE(f.mentions.size() == 2);
  CHECK(flag(f.mentions[0], "approximate"));
  CHECK(flag(f.mentions[1], "year_inferred"));
  CHECK(dates_in("Comments may be submitted between 9 a.m. and 5 p.m., Monday through Friday.", "2018-02-05", "news")
            .mentions.empty());
  f = dates_in("Argued March 10, 13, 1922. Decided April 10, 1922.", "1922-04-10", "opinion");
  CHECK(f.spans() == Spans{"March 10", "April 10, 1922"});
  CHECK(isos(f) == Spans{"1922-03-10", "1922-04-10"});
}

TEST_CASE("absolute dates in their common forms") {
  auto f = dates_in(
      "Decided November 21, 2025. Argued Nov. 3, 2025. Signed 21 November 2025; entered 2025-11-21; filed "
      "11/21/2025 and 8/24/09; since November 2025; on the 3rd of March, 2020; Thursday, Nov. 20, 2025.");
  CHECK(f.spans() == Spans{"November 21, 2025", "Nov. 3, 2025", "21 November 2025", "2025-11-21", "11/21/2025",
                           "8/24/09", "November 2025", "3rd of March, 2020", "Thursday, Nov. 20, 2025"});
  CHECK(isos(f) == Spans{"2025-11-21", "2025-11-03", "2025-11-21", "2025-11-21", "2025-11-21", "2009-08-24",
                         "2025-11", "2020-03-03", "2025-11-20"});
  for (const auto& m : f.mentions) CHECK_FALSE(flag(m, "relative"));

  // A month and day take the year of an explicit date just before them,
  // else the one nearest the document's date.
  f = dates_in("On March 1, 2019, the agency proposed the rule. On March 5, it withdrew it.");
  CHECK(isos(f) == Spans{"2019-03-01", "2019-03-05"});
  // First Circuit, 2020: "On April 29, 2020 ... May 4 ... May 5 ... On May 9, the
  // district court issued a thoughtful rescript": each dated step carries the
  // year on, however long the whole story.
  std::string filler;
  for (int i = 0; i < 50; ++i) filler += " The parties argued at length.";  // 1,500 bytes
  filler += " ";
  f = dates_in("On April 29, 2020, the Governor acted." + filler + "On May 4, the Chapel sued." + filler +
               "On May 5, it moved." + filler + "On May 9, the court denied the motion.");
  CHECK(isos(f) == Spans{"2020-04-29", "2020-05-04", "2020-05-05", "2020-05-09"});
  f = dates_in("On April 29, 2020, the Governor acted." + filler + filler + "On May 9, the court denied the motion.");
  CHECK(isos(f) == Spans{"2020-04-29", ""});
  f = dates_in("the attorney had not retained the investigator until January\n5, 2009, ten days before; see CBP "
               "Dec. 17-03.");
  CHECK(f.spans() == Spans{"January\n5, 2009"});
  f = dates_in("The hearing is set for Sept. 3.", "2025-11-20", "news");
  CHECK(isos(f) == Spans{"2025-09-03"});
  CHECK(flag(f.mentions[0], "year_inferred"));
  f = dates_in("The hearing is set for Jan. 10.", "2025-11-20", "news");
  CHECK(isos(f) == Spans{"2026-01-10"});
  f = dates_in("The hearing is set for Sept. 3.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(number(f.mentions[0], "month") == 9);
  CHECK(number(f.mentions[0], "day") == 3);
}

TEST_CASE("what happened on a date: a dash joining two dated events parts them") {
  // A slip opinion's header, as the normalizer writes its em dash, and as published.
  for (std::string header : {"Argued April 23, 2013--Decided June 13, 2013", "Argued April 23, 2013\xE2\x80\x94" "Decided June 13, 2013"}) {
    auto f = dates_in(header);
    REQUIRE(f.mentions.size() == 2);
    CHECK(string_attr(f.mentions[0], "role") == "argued");
    CHECK(string_attr(f.mentions[1], "role") == "decided");
  }
  // A dash with no dated word after it ends the reach: the word before it is another clause's.
  auto f = dates_in("The case was argued -- on May 2, 2017 it settled.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "");
}

TEST_CASE("what happened on a date: enacted, effective, published, filed, signed") {
  auto f = dates_in(
      "Approved March 10, 2017. This rule is effective June 7, 2017. The final rule was published in the Federal "
      "Register on April 25, 2017. Effective Date: 0901 UTC, June 9, 2017. Comments must be received on or before "
      "July 9, 2018. [FR Doc. 2018-09937 Filed 5-9-18; 8:45 am] Dated: June 1, 2017. Issued in Seattle, "
      "Washington, on May 31, 2017. Decided November 21, 2025. The meeting was held on March 3, 2017.");
  REQUIRE(f.mentions.size() == 10);
  Spans roles;
  for (const auto& m : f.mentions) roles.push_back(string_attr(m, "role"));
  CHECK(roles == Spans{"approved", "effective", "published", "effective", "deadline", "filed", "dated", "issued",
                       "decided", "held"});
  // A claims bar date, the last day to file claims in a bankruptcy or a receivership.
  f = dates_in("The claims bar date was June 1, 1991.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "deadline");
  // The day a meeting takes place.
  f = dates_in("The public workshop will be held on July 17, 2017, from 8:30 a.m. The hearing is scheduled for "
               "May 2, 2018.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(string_attr(f.mentions[0], "role") == "held");
  CHECK(string_attr(f.mentions[1], "role") == "held");
  // A phrase does not reach across a full stop, nor into the next clause.
  f = dates_in("The rule was approved by the agency. On March 4, 2017 it met. The law was enacted, and on May 2, 2017 "
               "the case was argued. The rule took effect on the day, August 1, 2017. Report on or before the 180th "
               "day after May 8, 2008.");
  REQUIRE(f.mentions.size() == 4);
  CHECK(string_attr(f.mentions[0], "role") == "");
  CHECK(string_attr(f.mentions[1], "role") == "");
  CHECK(string_attr(f.mentions[2], "role") == "effective");
  CHECK(string_attr(f.mentions[3], "role") == "");  // the day counted from, not the deadline
  // A public law's masthead: the date on its own line above the bill's number.
  f = dates_in("An Act\n\nTo inspire women to enter the aerospace field.\n\nFeb. 28, 2017\n\n[H.R. 321]\n\n"
               "Be it enacted by the Senate and House of Representatives.\n\nMarch 1, 2017\n\nSEC. 2.\n");
  REQUIRE(f.mentions.size() == 2);
  CHECK(string_attr(f.mentions[0], "role") == "enacted");
  CHECK(string_attr(f.mentions[1], "role") == "");
  // A name between the phrase and the date counts for nothing (a docket's
  // "(Signed by Judge ... on ...)").
  // An appellate docket's header: the day the appeal was docketed (filed)
  // and the day it was closed (decided), each by its own label.
  f = dates_in("Docketed: 01/27/2010 Termed: 05/24/2010");
  REQUIRE(f.mentions.size() == 2);
  CHECK(string_attr(f.mentions[0], "role") == "filed");
  CHECK(string_attr(f.mentions[1], "role") == "decided");
  f = dates_in("STANDING ORDER M10-468 (Signed by Judge Loretta A. Preska on 4/14/2015) (Entered: 04/20/2015)");
  REQUIRE(f.mentions.size() == 2);
  CHECK(string_attr(f.mentions[0], "role") == "signed");
  CHECK(string_attr(f.mentions[1], "role") == "filed");
  // The end of a time extended, a deadline named.
  f = dates_in("Application granted by Justice Kagan extending the time to file until July 23, 2024. The new "
               "deadline, August 2, 2024, stands.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(string_attr(f.mentions[0], "role") == "deadline");
  CHECK(string_attr(f.mentions[1], "role") == "deadline");
  // A proposed rule's comment period: the day comments must arrive by.
  f = dates_in("Any comments must arrive by March 9, 2018.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "deadline");
  // The day a court ruled.
  f = dates_in("The Board ruled on March 3, 1994 that the petition was late.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "decided");
  // A circuit slip opinion's date, alone on its line over the author line.
  f = dates_in("Corrections, on Memorandum for appellees.\n\n                 January 13, 1994\n\n"
               "        Per Curiam.    Plaintiff filed an action.\n");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "decided");
  f = dates_in("                 September 9, 2010\n      LYNCH, Chief Judge.   Antonio Vilela, of Brazil, entered.\n");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "decided");
  // Alone on its line over anything else, it says nothing of the opinion.
  f = dates_in("                 September 9, 2010\n      The parties met, and Smith, the judge's clerk, wrote.\n");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "");
  // A state high court's header: the day the appeal was heard is its argument.
  f = dates_in("Heard in the Supreme Court on 23 March 2021.");
  REQUIRE(f.mentions.size() == 1);
  CHECK(string_attr(f.mentions[0], "role") == "argued");
}

TEST_CASE("dates written with dashes need a filing word") {
  // Federal Register filing lines: "[FR Doc. 2018-09937 Filed 5\u20139\u201318; 8:45 am]" (en dashes).
  auto f = dates_in("[FR Doc. 2018\u201309937 Filed 5\u20139\u201318; 8:45 am] Dated: 6-6-17. Signed 12-31-2016.");
  CHECK(f.spans() == Spans{"5-9-18", "6-6-17", "12-31-2016"});
  CHECK(isos(f) == Spans{"2018-05-09", "2017-06-06", "2016-12-31"});
  // Without one, dashed numbers are sections, ranges and docket numbers.
  CHECK(dates_in("Tenn. Code Ann. 50-6-102; pages 5-9-18 of the record; No. 11-3-17; phone 510-437-3516.")
            .mentions.empty());
  // Not a valid date, not a date.
  CHECK(dates_in("Filed 13-45-18.").mentions.empty());
}

TEST_CASE("a PACER transaction receipt's dates are not events") {
  auto f = dates_in("01/13/2010 Bankruptcy Case Closed. (Entered: 01/13/2010)\n\nPACER Service Center\n\n"
                    "Transaction Receipt\n\n02/16/2010 14:31:20\n\nDescription: Docket Report Search Criteria: "
                    "From: 11/18/2007 To: 2/16/2010 Format: html\n\nBillable Pages: 2 Cost: 0.16\n\n"
                    "Filed 03/01/2010 after the receipt.",
                    "2010-02-16", "docket");
  CHECK(isos(f) == Spans{"2010-01-13", "2010-01-13", "2010-03-01"});
}

TEST_CASE("years and months need a cue; citation dates are not events") {
  auto f = dates_in("In 2019, Congress acted; since 2020 the rule applied; in late 2022 courts froze it; by mid-2023 "
                    "and in the fall of 2023 payments resumed.");
  REQUIRE(f.spans() == Spans{"2019", "2020", "late 2022", "mid-2023", "2023"});
  CHECK(isos(f) == Spans{"2019", "2020", "2022", "2023", "2023"});
  CHECK(flag(f.mentions[2], "approximate"));

  const char* not_dates[] = {
      "Roe v. Wade, 410 U.S. 113 (1973).",
      "the Civil Rights Act of 1964 and the 2024 case",
      "Smith v. Jones, 2020 WL 7868112, at *1 (D.C. Cir. Dec. 22, 2020) (per curiam).",
      "Pub. L. No. 91-604, 84 Stat. 1676 (Dec. 31, 1970).",
      "United States v. Ortiz, No. 17-123 (D. Mass. Oct. 22, 1992).",
      "reported in 2005 U.S. Dist. LEXIS 1234",
      "You may march in step; the Sunday closing laws; May a State tax it?",
      "No. 25-5181 at 10:30 and 6/3 of the votes",
  };
  for (const char* text : not_dates) {
    INFO(text);
    CHECK(dates_in(text, "2025-11-20").spans() == Spans{});
  }
  CHECK(dates_in("https://example.org/report (last visited July 22, 2020)).").spans() == Spans{});
  // A date in a parenthetical that is not a citation stays.
  CHECK(dates_in("The order (filed Jan. 5, 2017) was stayed.").spans() == Spans{"Jan. 5, 2017"});
  // An initial's full stop makes no citation of a sentence in prose.
  CHECK(dates_in("The order (signed by Judge Loretta A. Preska on 4/14/2015) was entered.").spans() ==
        Spans{"4/14/2015"});
  CHECK(dates_in("See Smith v. Jones, No. 12-1 (D.C. Cir. en banc Aug. 5, 2020).").spans() == Spans{});
  CHECK(dates_in("Jan. 29, 2030 and February 30, 2021").spans() == Spans{"Jan. 29, 2030"});
}
