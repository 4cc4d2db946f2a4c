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

namespace {

// The docket extractor over `raw` for a document with this metadata.
Found dockets_of(std::string_view raw, std::string docket, std::string title = "") {
  static lexgraph::SentenceSplitter splitter;
  Found found;
  found.text = lexgraph::normalize(raw).text;
  lexgraph::Segmentation segments = splitter.split(found.text);
  lexgraph::Document doc;
  doc.docket = std::move(docket);
  doc.title = std::move(title);
  lexgraph::ExtractionContext ctx{doc, found.text, segments};
  lexgraph::extract_dockets(ctx, found.mentions);
  return found;
}

}  // namespace

TEST_CASE("dockets: the document's own case is a case, other numbers stay dockets") {
  // Metadata docket; the body repeats it and cites another case's number.
  auto f = dockets_of("UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT\n\nNo. 93-1711\n\n"
                      "UNITED STATES, Appellee, v. A. G., Appellant. See No. 92-2040.",
                      "93-1711");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].type == "case");
  CHECK(f.mentions[0].entity == "case:docket/93-1711");
  CHECK(f.mentions[0].name == "93-1711");
  CHECK(text_attr(f.mentions[0], "role") == "this case");
  CHECK(f.mentions[1].type == "docket");
  CHECK(f.mentions[1].entity == "docket:92-2040");

  // Judge's initials and leading zeros do not make another case: the
  // metadata "8:16-cv-01261" is the body's "8:16-cv-1261 DOC (KESx)".
  auto padded = dockets_of("Case No. 8:16-cv-1261-DOC (KESx)\nORDER", "8:16-cv-01261");
  REQUIRE(padded.mentions.size() == 1);
  CHECK(padded.mentions[0].entity == "case:docket/8:16-cv-01261");
  CHECK(padded.mentions[0].name == "8:16-cv-01261");

  // No metadata docket: the number in the title, else a heading number.
  auto titled = dockets_of("Docket #: 17-3510    DC Docket #: 17-cv-6761\n",
                           "", "Council v. Players Association, No. 17-3510 (docketing notice)");
  REQUIRE(titled.mentions.size() == 2);
  CHECK(titled.mentions[0].type == "case");
  CHECK(titled.mentions[0].entity == "case:docket/17-3510");
  CHECK(titled.mentions[1].type == "docket");
  CHECK(titled.mentions[1].entity == "docket:17-cv-06761");  // padded like case:docket/ ids

  auto heading = dockets_of("Ruben Diaz      ) Docket No. 2019-06-0263\n          ) State File No. 92815-2018\n", "");
  REQUIRE_FALSE(heading.mentions.empty());
  CHECK(heading.mentions[0].type == "case");
  CHECK(heading.mentions[0].name == "2019-06-0263");

  // A number cited mid-sentence is not taken for the document's own.
  auto cited = dockets_of("The panel relied on Smith v. Jones, No. 09-1725 (2d Cir. 2010).", "");
  REQUIRE(cited.mentions.size() == 1);
  CHECK(cited.mentions[0].type == "docket");
}

TEST_CASE("dockets: '#' labels and three-part state numbers") {
  auto f = dockets("Bankruptcy Petition #: 09-34523-GMB\nReceipt (09-34523) paid. Item #: 4 of the list. "
                   "The Judicial Council ruled in No. 07-18-90053.");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.span(f.mentions[0]) == "Bankruptcy Petition #: 09-34523-GMB");
  // It heads a document without metadata: the document's own case.
  CHECK(f.mentions[0].entity == "case:docket/09-34523");
  CHECK(text_attr(f.mentions[0], "judge_initials") == "GMB");
  CHECK(f.mentions[1].entity == "docket:07-18-90053");
}

TEST_CASE("dockets: a body line that is the title's case name is the document's own case") {
  auto f = dockets_of("USCOURTS-ned-8_04-cr-00107\n\n8:04-cr-00107\n\nUSA v. Kiraly\n\nSee USA v. Kiraly, 1 F.3d 2.\n",
                      "", "USA v. Kiraly");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.span(f.mentions[0]) == "8:04-cr-00107");
  CHECK(f.mentions[0].entity == "case:docket/8:04-cr-00107");
  CHECK(f.span(f.mentions[1]) == "USA v. Kiraly");
  CHECK(f.mentions[1].type == "case");
  CHECK(f.mentions[1].entity == "case:docket/8:04-cr-00107");
  // Without a number for the document's own case, a caption line is left alone.
  CHECK(dockets_of("USA v. Kiraly\n", "", "USA v. Kiraly").mentions.empty());
}
