// Docket numbers: the forms courts write them in, the record and statute
// numbers that look like them but are not, and the judge's initials.

#include <doctest/doctest.h>

#include "citations_test_support.h"

using namespace citations_test;

TEST_CASE("dockets: appellate, district and Supreme Court forms") {
  auto f = dockets(
      "United States Court of Appeals for the District of Columbia Circuit, No. 25-5181. "
      "Civil Action No. 19-2369 (KBJ). Case No. 1:25-cv-01101-ABC. Docket No. 17-5574. "
      "Application No. 23A999. Consolidated with No. 08-1234.");
  REQUIRE(f.mentions.size() == 6);
  CHECK(f.span(f.mentions[0]) == "No. 25-5181");
  CHECK(f.mentions[0].entity == "docket:25-5181");
  CHECK(f.mentions[0].type == "docket");
  CHECK(f.span(f.mentions[1]) == "Civil Action No. 19-2369 (KBJ)");
  CHECK(f.mentions[1].entity == "docket:19-2369");
  CHECK(text_attr(f.mentions[1], "judge_initials") == "KBJ");
  CHECK(text_attr(f.mentions[1], "prefix") == "Civil Action");
  CHECK(f.mentions[2].entity == "docket:1:25-cv-01101");
  CHECK(text_attr(f.mentions[2], "judge_initials") == "ABC");
  CHECK(f.mentions[3].entity == "docket:17-5574");
  CHECK(f.mentions[4].entity == "docket:23a999");
  CHECK(f.mentions[5].entity == "docket:08-1234");
}

TEST_CASE("dockets: lists of numbers after Nos.") {
  auto f = dockets("ON PETITIONS FOR WRITS OF CERTIORARI, Nos. 24-1260, 24-1261 and 24-1262. "
                   "Our Sibron opinion dealt with Nos. 9, 33, and 34.");
  REQUIRE(f.mentions.size() == 6);
  CHECK(f.span(f.mentions[0]) == "Nos. 24-1260");
  CHECK(f.span(f.mentions[1]) == "24-1261");
  CHECK(f.mentions[2].entity == "docket:24-1262");
  // A bare count names a case only within its court and term: no shared id.
  CHECK(f.span(f.mentions[3]) == "Nos. 9");
  CHECK(f.mentions[3].entity == "");
  CHECK(f.span(f.mentions[5]) == "34");
}

TEST_CASE("dockets: bare federal case numbers and headings") {
  auto f = dockets("USCOURTS 8:04-cr-00107; USA v. K. Filed in 2:15-cv-01739-DGC.\n\nNo. 185.\n\nArgued Oct. 12, 1927.");
  REQUIRE(f.mentions.size() == 3);
  CHECK(f.mentions[0].entity == "docket:8:04-cr-00107");
  CHECK(f.mentions[1].entity == "docket:2:15-cv-01739");
  CHECK(text_attr(f.mentions[1], "judge_initials") == "DGC");
  CHECK(f.span(f.mentions[2]) == "No. 185");
}

TEST_CASE("dockets: record, statute and report numbers are not dockets") {
  auto f = dockets(
      "See ECF No. 13; Dkt. No. 45; Pub. L. No. 104-208; H.R. Rep. No. 99-1234; Exec. Order No. 14,159; "
      "OMB No. 1545-0074; the score was 60-to-40; Amendment No. 2 to the plan; pages 20-1530 of the record.");
  CHECK(f.all() == "");
}

TEST_CASE("dockets: inside a case citation") {
  auto f = dockets("Smith v. Jones, No. 09-1725, 2010 WL 4250060, at *2 (2d Cir. Oct. 27, 2010); "
                   "Corp. v. Nature's Farm Prods., No. 99 Civ. 9404 (SHS), 2000 U.S. Dist. LEXIS 12335.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].entity == "docket:09-1725");
  CHECK(f.span(f.mentions[1]) == "No. 99 Civ. 9404 (SHS)");
  CHECK(text_attr(f.mentions[1], "judge_initials") == "SHS");
}
