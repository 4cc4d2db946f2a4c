#include <doctest/doctest.h>

#include <string>

#include "read/reader.h"
#include "read/text_reader.h"
#include "read/text_title.h"

using lexgraph::heading_of;
using lexgraph::is_placeholder_title;
using lexgraph::read_bytes;
using lexgraph::slip_opinion_caption;
using lexgraph::read_text;
using lexgraph::ReadResult;
using lexgraph::title_from_text;

namespace {

std::string title_of(const std::string& file) {
  ReadResult r = read_text(file);
  REQUIRE(r.ok());
  CHECK(r.documents.at(0).text == file);  // the heading stays in the text
  return r.documents.at(0).title;
}

}  // namespace

TEST_CASE("a file without a header is titled by its heading line") {
  CHECK(title_of("42 U.S.C. § 1983. Civil action for deprivation of rights\nTitle 42— THE PUBLIC HEALTH\n\n"
                 "Every person who, under color of any statute ... shall be liable.\n") ==
        "42 U.S.C. § 1983. Civil action for deprivation of rights");
  // A code section's heading may hold a single word besides its cite.
  CHECK(title_of("5 U.S.C. § 551. Definitions\nTitle 5— GOVERNMENT ORGANIZATION\n\nFor the purpose of this subchapter—\n") ==
        "5 U.S.C. § 551. Definitions");
  // A code section's heading cites it, as the USLM reader does.
  CHECK(heading_of("8 U.S.C. § 1226a. Mandatory detention of suspected terrorists\nTitle 8\n").citation ==
        "8 U.S.C. § 1226a");
  CHECK(heading_of("Judge finds agency broke the privacy law\n\nText.\n").citation.empty());
  CHECK(heading_of("Judge finds agency broke the privacy law\n\nText.\n").date.empty());
  CHECK(title_of("Supreme Court docket 17-5574\n\nSEARCH TIPS\n\nDocket entries follow.\n") ==
        "Supreme Court docket 17-5574");
  CHECK(title_of("\n\n  Judge finds agency broke the privacy law  \n\nThe court held that ...\n") ==
        "Judge finds agency broke the privacy law");
}

TEST_CASE("a docket page whose heading names no case is titled by its caption") {
  CHECK(title_of("Supreme Court docket 17-5574\n\nSEARCH TIPS\n\nNo. 17-5574\n\nTitle: Samuel Allen Taylor, "
                 "Petitioner\nv.\nNorth Carolina\n\nDocketed: August 14, 2017\n") ==
        "Samuel Allen Taylor v. North Carolina");
  CHECK(lexgraph::docket_caption("Case title: USA v. Stephens\nDate Filed: 04/01/2015\n") == "USA v. Stephens");
  // A "Title:" line naming no case is no caption.
  CHECK(lexgraph::docket_caption("Title: Deputy Director\nOffice: Policy\n").empty());
  CHECK(lexgraph::docket_caption("Title: Jane Roe, Petitioner\nv.\nDocketed: May 1, 2017\n").empty());
}

TEST_CASE("a first line that is prose, a label or a caption is no title") {
  for (std::string file : {
           // a sentence, and one that runs on into the next line
           std::string("A federal judge ruled on Thursday that the agency broke the law.\n\nMore.\n"),
           std::string("The court of appeals, sitting en banc, held\nthat the statute applies.\n"),
           std::string("Under the statute the agency must act within a year\nafter the notice.\n"),
           // header-like labels, notes, page markers, dates, one word
           std::string("Subject to change without notice\n"),  // the only line: nothing it heads
           std::string("Docket: 25-5181\nMore text\n"),
           std::string("(Slip opinion)\nText\n"),
           std::string("[Bill text]\nText\n"),
           std::string("#hashtag of the day\n\nText\n"),  // markup, not words, opens it
           std::string("* first item of a list\n* second item\n"),
           std::string("128 STAT. 1193\n\nSome text of a law.\n"),
           std::string("June 10, 2014\n\nSome text.\n"),
           std::string("MEMORANDUM\n\nSome text.\n"),
           // the court a caption opens with
           std::string("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\n\nDoe v. Roe\n"),
           std::string("IN THE SUPREME COURT OF THE STATE OF KANSAS\n\nNo. 1\n"),
           std::string("United States Court of Appeals for the Ninth Circuit\n\nNo. 1\n"),
           // a list of sentences ending with a colon or a dash
           std::string("The Secretary shall report the following:\n(1) the number\n"),
       }) {
    CAPTURE(file);
    CHECK(title_of(file).empty());
  }
}

TEST_CASE("a header's title wins over the heading line") {
  ReadResult r = read_text("Title: From the header\nCourt: D.D.C.\n\n26 U.S.C. § 7431. Civil damages\nTitle 26\n");
  REQUIRE(r.ok());
  CHECK(r.documents.at(0).title == "From the header");
  // A header without a title leaves the body's heading to name the document.
  ReadResult untitled = read_text("Court: D.D.C.\nDate: 2020-01-02\n\nOrder on the motion to dismiss\n\nText.\n");
  REQUIRE(untitled.ok());
  CHECK(untitled.documents.at(0).title == "Order on the motion to dismiss");
  // A header's date and citation stay; the heading only fills what is empty.
  ReadResult dated = read_text("Court: D.D.C.\nDate: 2020-01-02\nCitation: 1 F.4th 1\n\nPublic Law 115-9\n\nAn Act\n\n"
                               "To name a clinic.\n\nMar. 13, 2017\n\n[H.R. 609]\n\nText.\n");
  REQUIRE(dated.ok());
  CHECK(dated.documents.at(0).title == "Public Law 115-9: To name a clinic");
  CHECK(dated.documents.at(0).date == "2020-01-02");
  CHECK(dated.documents.at(0).citation == "1 F.4th 1");
}

TEST_CASE("a public law is titled by its number and the short title it gives itself") {
  const std::string masthead =
      "131 STAT. 99\n\nPublic Law\n115–99\n115th Congress\n\nAn Act\n\n"
      "To require the Secretary to count the owls in the national forests, and for other purposes.\n\n"
      "Mar. 3, 2017\n\n[H.R. 999]\n\nBe it enacted by the Senate and House of Representatives of the United States "
      "of America in Congress assembled,\n\nSECTION 1.\n\nSHORT TITLE.\n\n";
  // Quoted amendments name other acts in single quotes; a title or a
  // division names a part: neither is this law's name.
  CHECK(title_from_text(masthead +
                        "Section 5 is amended by inserting ‘This Act may be cited as the ‘Other Act’’.\n"
                        "This title may be cited as the “Owl Title”.\n"
                        "This Act may be cited as the “Owl Census Act of 2017”.\n\nSEC. 2.\n") ==
        "Public Law 115–99: Owl Census Act of 2017");
  // The masthead dates and cites the law.
  ReadResult read = read_text(masthead + "This Act may be cited as the “Owl Census Act of 2017”.\n");
  REQUIRE(read.ok());
  CHECK(read.documents.at(0).title == "Public Law 115–99: Owl Census Act of 2017");
  CHECK(read.documents.at(0).citation == "Pub. L. 115-99");
  CHECK(read.documents.at(0).date == "2017-03-03");
  // Without a short title: the long title, less its full stop.
  CHECK(title_from_text(masthead + "The Secretary shall count owls.\n") ==
        "Public Law 115–99: To require the Secretary to count the owls in the national forests, and for other purposes");
  // "Public Law 115-99" on one line, a joint resolution, a plain quote, "cited" without "as" (sic).
  CHECK(title_from_text("Public Law 115-9\n\nJoint Resolution\n\nMaking appropriations.\n\n"
                        "This joint resolution may be cited the \"Owl Resolution\".\n") ==
        "Public Law 115-9: Owl Resolution");
  // "Public Law" in the masthead must be followed by a law's number.
  CHECK(title_from_text("Public Law\nand Policy Review\n\nArticles follow here\n") == "");
  CHECK(title_of("Public Law and Policy Review\nVolume 3\n\nText.\n") == "Public Law and Policy Review");
}

TEST_CASE("a slip opinion its source leaves unnamed is named by its caption") {
  const std::string caption =
      "January 22, 1993\n              UNITED STATES COURT OF APPEALS\n                  FOR THE FIRST CIRCUIT\n\n"
      "No. 91-1409\n\n                       NORMAN R. HARRINGTON\n\n                       Plaintiff, Appellant\n\n"
      "                                v.\n\n          DAVID O. COLE AND THE CITY OF OLD TOWN, ET AL.\n\n"
      "                      Defendants, Appellees\n\n                    On Petition For Rehearing\n\n"
      "Per Curiam - The petition is denied.\n";
  CHECK(slip_opinion_caption(caption) == "Norman R. Harrington v. David O. Cole and the City of Old Town");
  // A party of several lines is named by its first; mixed case is kept, "U.S." too.
  CHECK(slip_opinion_caption("No. 90-1208\n\nROBERT C. HOLMES AND DOROTHY HOLMES,\nTRUSTEES OF THE HOLMES FUND,\n"
                             "Intervenors, Appellants.\n\nv.\n\nHolmes Transportation, Inc.,\nDefendant, Appellee.\n") ==
        "Robert C. Holmes and Dorothy Holmes v. Holmes Transportation, Inc.");
  CHECK(slip_opinion_caption("No. 5\n\nU.S. BANK, N.A.,\nPlaintiff-Appellee,\n\nv.\n\nO'NEAL-SMITH,\nDefendant.\n") ==
        "U.S. Bank, N.A. v. O'Neal-Smith");
  // No "v." line, or nothing above it: no caption.
  CHECK(slip_opinion_caption("The court held that the statute applies.\n\nIt affirmed.\n") == "");
  CHECK(slip_opinion_caption("v.\n\nDAVID O. COLE\n") == "");

  // The reader titles such a document by its caption, whatever its format.
  ReadResult read = read_bytes("Case: Unknown Case Name\nCourt: United States Court of Appeals (ca1)\n\n" + caption,
                               "slip.txt");
  REQUIRE(read.ok());
  CHECK(read.documents.at(0).title == "Norman R. Harrington v. David O. Cole and the City of Old Town");
  CHECK(is_placeholder_title(" Unknown Case Name "));
  CHECK_FALSE(is_placeholder_title("Harrington v. Cole"));
}
