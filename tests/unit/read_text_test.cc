#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "read/text_date.h"
#include "read/text_reader.h"

using lexgraph::Document;
using lexgraph::normalize_date;
using lexgraph::read_text;
using lexgraph::ReadResult;

namespace {

// The text must be the file's bytes from text_offset_in_file on.
void check_offset(std::string_view file, const Document& doc) {
  REQUIRE(doc.text_offset_in_file <= file.size());
  CHECK(file.substr(doc.text_offset_in_file) == doc.text);
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("normalize_date reads the ways dates are written") {
  CHECK(normalize_date("2025-11-20") == "2025-11-20");
  CHECK(normalize_date("November 20, 2025") == "2025-11-20");
  CHECK(normalize_date("Nov. 20, 2025") == "2025-11-20");
  CHECK(normalize_date("Sept. 3, 2024") == "2024-09-03");
  CHECK(normalize_date("11/20/2025") == "2025-11-20");
  CHECK(normalize_date("May 07 2024") == "2024-05-07");
  CHECK(normalize_date("20 November 2025") == "2025-11-20");
  CHECK(normalize_date("Thursday, November 20th, 2025") == "2025-11-20");
  CHECK(normalize_date("2010-06-09T19:43:00Z") == "2010-06-09");
  CHECK(normalize_date("  1940 ") == "1940");
  CHECK(normalize_date("November 2025") == "2025-11");
  CHECK(normalize_date("2025/11/20") == "2025-11-20");
  CHECK(normalize_date("2025-11") == "2025-11");
  CHECK(normalize_date("") == "");
}

TEST_CASE("normalize_date refuses what is not a date") {
  CHECK_FALSE(normalize_date("2025-02-30"));
  CHECK_FALSE(normalize_date("2023-02-29"));
  CHECK(normalize_date("2024-02-29") == "2024-02-29");
  CHECK_FALSE(normalize_date("13/01/2025"));
  CHECK_FALSE(normalize_date("Smarch 3, 2025"));
  CHECK_FALSE(normalize_date("sometime last week"));
  CHECK_FALSE(normalize_date("20251120"));
  CHECK_FALSE(normalize_date("99999999999999999999"));
}

TEST_CASE("a Key: value header becomes metadata and the body starts after it") {
  const std::string file =
      "Case: Center for Taxpayer Rights v. Internal Revenue Service\n"
      "Court: United States District Court for the District of Columbia\n"
      "Docket: 1:25-cv-00457\n"
      "Date: November 20, 2025\n"
      "Source: https://example.invalid/opinion.pdf\n"
      "Authoring judge (per source dataset): Colleen Kollar-Kotelly\n"
      "Citation: 26 U.S.C. § 6103\n"
      "Kind: Opinion\n"
      "\n"
      "MEMORANDUM OPINION\n\nThe IRS disclosed addresses.\n";
  ReadResult r = read_text(file);
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.title == "Center for Taxpayer Rights v. Internal Revenue Service");
  CHECK(d.court == "United States District Court for the District of Columbia");
  CHECK(d.docket == "1:25-cv-00457");
  CHECK(d.date == "2025-11-20");
  CHECK(d.source == "https://example.invalid/opinion.pdf");
  REQUIRE(d.judges.size() == 1);
  CHECK(d.judges[0] == "Colleen Kollar-Kotelly");
  CHECK(d.citation == "26 U.S.C. § 6103");
  CHECK(d.kind == "opinion");
  CHECK(d.format == "text");
  CHECK(d.text.rfind("MEMORANDUM OPINION", 0) == 0);
  check_offset(file, d);
  CHECK(r.warnings.empty());
}

TEST_CASE("prose that merely starts like a header stays body") {
  for (std::string file : {
           std::string("WASHINGTON — A federal judge said Thursday that the IRS broke the law.\n\nMore.\n"),
           std::string("Note: this memo is a draft.\n\nThe court held that the statute applies.\n"),
           std::string("Court: the court held\nthat the statute applies to all returns.\n\nMore.\n"),
           std::string("Case: Doe v. Roe\nCourt: D.D.C.\n"),  // no blank line: nothing follows a header
           std::string("(Slip opinion)\nCase: Doe v. Roe\n\nBody\n"),
           std::string("Case: Doe v. Roe\nSee http://example.invalid/x for more\n\nBody\n"),
       }) {
    CAPTURE(file);
    ReadResult r = read_text(file);
    REQUIRE(r.ok());
    const Document& d = r.documents.at(0);
    CHECK(d.text == file);
    CHECK(d.text_offset_in_file == 0);
    CHECK(d.title.empty());
    CHECK(d.court.empty());
  }
}

TEST_CASE("a UTF-8 byte order mark is skipped and counted in the offset") {
  const std::string file = "\xEF\xBB\xBF" "Title: Doe v. Roe\nDate: 2025\n\nBody text.\n";
  ReadResult r = read_text(file);
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.title == "Doe v. Roe");
  CHECK(d.date == "2025");
  CHECK(d.text == "Body text.\n");
  CHECK(d.text_offset_in_file == 3 + std::string("Title: Doe v. Roe\nDate: 2025\n\n").size());
  check_offset(file, d);

  // Without a header the body starts right after the mark.
  ReadResult plain = read_text("\xEF\xBB\xBFJust text.");
  REQUIRE(plain.ok());
  CHECK(plain.documents.at(0).text == "Just text.");
  CHECK(plain.documents.at(0).text_offset_in_file == 3);
}

TEST_CASE("a CRLF header is read and the values carry no carriage return") {
  const std::string file = "CASE: Doe v. Roe\r\ncourt: D. Mass.\r\nDATE: Nov. 3, 2020\r\n\r\n\r\nBody\r\n";
  ReadResult r = read_text(file);
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.title == "Doe v. Roe");
  CHECK(d.court == "D. Mass.");
  CHECK(d.date == "2020-11-03");
  CHECK(d.text == "Body\r\n");  // blank lines after the header are skipped too
  check_offset(file, d);
}

TEST_CASE("partial and empty dates; unreadable dates warn and stay empty") {
  auto date_of = [](std::string value) {
    ReadResult r = read_text("Case: X v. Y\nDate: " + value + "\n\nBody.\n");
    REQUIRE(r.ok());
    return std::make_pair(r.documents.at(0).date, r.warnings.size());
  };
  CHECK(date_of("March 1994") == std::make_pair(std::string("1994-03"), std::size_t{0}));
  CHECK(date_of("1879") == std::make_pair(std::string("1879"), std::size_t{0}));
  CHECK(date_of("") == std::make_pair(std::string(), std::size_t{0}));
  CHECK(date_of("11/20/2025") == std::make_pair(std::string("2025-11-20"), std::size_t{0}));
  auto bad = date_of("the Ides of March");
  CHECK(bad.first.empty());
  CHECK(bad.second == 1);
}

TEST_CASE("a slip opinion the header leaves undated dates itself under its caption") {
  const std::string caption =
      "Case: United States v. Doe\nDate: \n\n          UNITED STATES COURT OF APPEALS\n   Peter B. Krupp on brief for "
      "appellant.\n\n";
  ReadResult r = read_text(caption + "                       January 10, 1994\n\n     Per  Curiam.  Respondent "
                                     "refused on March 3, 1993 to testify.\n");
  REQUIRE(r.ok());
  CHECK(r.documents.at(0).date == "1994-01-10");
  CHECK(read_text(caption + "Decided: June 2, 1994.\n\nBody.\n").documents.at(0).date == "1994-06-02");
  // A date inside prose, a year alone or a numeric date line is no decision date.
  CHECK(read_text(caption + "Per Curiam. Respondent refused on March 3, 1993.\n1994\n").documents.at(0).date.empty());
  CHECK(read_text(caption + "06/02/1994\n\nBody.\n").documents.at(0).date.empty());
  // The header's date stands.
  CHECK(read_text("Case: X v. Y\nDate: 1994-02-01\n\nJanuary 10, 1994\n").documents.at(0).date == "1994-02-01");
}

TEST_CASE("judges split on ';' and 'and' but keep commas inside a name") {
  ReadResult r = read_text("Case: X\nJudges: Kollar-Kotelly, J.; Edwards and Tatel\nJudge: Tatel\n\nBody.\n");
  REQUIRE(r.ok());
  const auto& judges = r.documents.at(0).judges;
  REQUIRE(judges.size() == 3);
  CHECK(judges[0] == "Kollar-Kotelly, J.");
  CHECK(judges[1] == "Edwards");
  CHECK(judges[2] == "Tatel");
}

TEST_CASE("an authoring judge is one of the judges and the author") {
  ReadResult r = read_text("Case: X\nAuthoring judge (per source dataset): Edwards\nJudge: Tatel\n\nBody.\n");
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  REQUIRE(d.judges.size() == 2);
  REQUIRE(d.authors.size() == 1);
  CHECK(d.authors[0] == "Edwards");
}

TEST_CASE("a title line above the keys and notes in parentheses are part of the header") {
  const std::string docket =
      "Docket report (PACER district)\nCase: United States v. Doe\nCourt: dcd\n"
      "Docket: 1:17-cr-00201\nDate filed: 2017-10-27\nJudge: Amy Berman Jackson\nCause: \n"
      "Nature of suit: \n\nQuery\n";
  ReadResult r = read_text(docket);
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.title == "United States v. Doe");
  CHECK(d.kind == "docket");
  CHECK(d.date == "2017-10-27");
  CHECK(d.docket == "1:17-cr-00201");
  CHECK(d.judges == std::vector<std::string>{"Amy Berman Jackson"});
  CHECK(d.text == "Query\n");
  check_offset(docket, d);

  const std::string pdf = "Case: A v. B (order)\nCourt: ca2\nDate: \n(text extracted from PDF)\n\n   Page 1\n";
  ReadResult p = read_text(pdf);
  REQUIRE(p.ok());
  CHECK(p.documents.at(0).title == "A v. B (order)");
  CHECK(p.documents.at(0).text == "   Page 1\n");  // indentation of the body is kept

  // GovInfo's package metadata for a court case lists its filings as a docket does.
  ReadResult mods = read_text("GovInfo USCOURTS package metadata (MODS)\nCase: Hensley v. Roden\nCourt: mad\n\nBody\n");
  REQUIRE(mods.ok());
  CHECK(mods.documents.at(0).kind == "docket");

  // A lone title line with a single key is too little to call a header.
  ReadResult lone = read_text("MEMORANDUM\nDate: 2020\n\nBody\n");
  REQUIRE(lone.ok());
  CHECK(lone.documents.at(0).text_offset_in_file == 0);
}

TEST_CASE("a list of citations gives the official United States Reports cite") {
  ReadResult r = read_text("Case: Daniels v. Williams\nCitations: 88 L. Ed. 2d 662; 106 S. Ct. 662; 474 U.S. 327\n\nB\n");
  REQUIRE(r.ok());
  CHECK(r.documents.at(0).citation == "474 U.S. 327");
  ReadResult other = read_text("Case: X\nCitations: 607 F.3d 277; 2010 WL 1\n\nB\n");
  CHECK(other.documents.at(0).citation == "607 F.3d 277");
}

TEST_CASE("binary content fails, invalid UTF-8 only warns") {
  std::string binary = "%PDF-1.7\n";
  binary += '\0';
  binary += "stream";
  ReadResult b = read_text(binary);
  CHECK_FALSE(b.ok());
  CHECK(b.error.find("binary content, not text") != std::string::npos);

  ReadResult utf16 = read_text(std::string("\xFF\xFE" "C\0a\0", 6));
  CHECK(utf16.error == "UTF-16 text (byte order mark); only UTF-8 is read");

  const std::string latin1 = "Case: Caf\xE9 v. Roe\n\nThe caf\xE9 closed.\n";
  ReadResult l = read_text(latin1);
  REQUIRE(l.ok());
  REQUIRE(l.warnings.size() == 1);
  CHECK(l.warnings[0].rfind("invalid UTF-8 at byte 9", 0) == 0);
  CHECK(l.warnings[0].find("2 bytes") != std::string::npos);
  CHECK(l.documents.at(0).text == "The caf\xE9 closed.\n");  // kept: the normalizer repairs it

  // Overlong encodings and surrogates are invalid too; good UTF-8 is not.
  CHECK(read_text("ab\xC0\xAF").warnings.size() == 1);
  CHECK(read_text("ab\xED\xA0\x80").warnings.size() == 1);
  CHECK(read_text("§ 6103 — “quoted” 𝔸").warnings.empty());
}

TEST_CASE("empty and blank files fail, as does a header with no body") {
  CHECK_FALSE(read_text("").ok());
  CHECK_FALSE(read_text(" \n\t\n").ok());
  ReadResult h = read_text("Case: X v. Y\nCourt: D.D.C.\n\n\n");
  CHECK_FALSE(h.ok());
  CHECK(h.error == "no text after the header");
}

TEST_CASE("Markdown is recognised by headings and fences") {
  CHECK(read_text("Intro\n\n## Section 1\n\nText\n## Section 2\n").documents.at(0).format == "markdown");
  CHECK(read_text("Intro\n```\ncode\n```\n").documents.at(0).format == "markdown");
  CHECK(read_text("Filing Date\n# Docket Text\n\n08/27/2009 1 Petition\n").documents.at(0).format == "text");
  CHECK(read_text("Some text with a #hashtag\nand an issue #12\n").documents.at(0).format == "text");
}

TEST_CASE("the seed news report has no header and reads whole") {
  std::filesystem::path seed = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "eval" / "seed";
  if (!std::filesystem::is_directory(seed)) {
    MESSAGE("skipped: " << seed << " not found");
    return;
  }
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seed)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    std::string bytes = slurp(entry.path());
    ReadResult r = read_text(bytes);
    REQUIRE(r.ok());
    CHECK(r.documents.at(0).text == bytes);
    CHECK(r.documents.at(0).title.empty());
  }
  CHECK(files > 0);
}

TEST_CASE("every text file of the real corpus reads, with its header") {
  std::filesystem::path corpus = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("skipped: " << corpus << " not found");
    return;
  }
  int files = 0, with_case_header = 0, statutes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    std::string bytes = slurp(entry.path());
    CAPTURE(entry.path().string());
    ReadResult r = read_text(bytes);
    REQUIRE(r.ok());
    const Document& d = r.documents.at(0);
    CHECK_FALSE(d.text.empty());
    check_offset(bytes, d);
    CHECK(r.warnings.empty());  // every date in these headers is readable
    // No header line may be left at the start of the body. ("Case:" may
    // open a body: court PDFs stamp "Case: 20-1507 Document: ..." on pages.)
    for (std::string_view key : {"Court:", "Date:", "Docket:", "Source:", "Published:"})
      CHECK(d.text.rfind(key, 0) == std::string::npos);
    if (d.text_offset_in_file > 0) CHECK(d.text.rfind(bytes.substr(0, bytes.find('\n')), 0) == std::string::npos);
    // A file opening with "Case: <name>" has that name as its title.
    if (bytes.rfind("Case: ", 0) == 0) {
      ++with_case_header;
      std::string first_line = bytes.substr(6, bytes.find('\n') - 6);
      if (!first_line.empty() && first_line.back() == '\r') first_line.pop_back();
      CHECK(d.title == first_line);
    }
    // Statutes carry no header: each is titled by its own heading (a code
    // section's first line, a public law's number and name).
    if (entry.path().parent_path().filename() == "statutes") {
      ++statutes;
      CHECK_FALSE(d.title.empty());
      if (entry.path().filename().string().rfind("usc_", 0) == 0)
        CHECK(d.title == bytes.substr(0, bytes.find('\n')));
      else
        CHECK(d.title.rfind("Public Law ", 0) == 0);
      CHECK_FALSE(d.citation.empty());  // "26 U.S.C. § 7431", "Pub. L. 115-7"
      if (d.title.rfind("Public Law ", 0) == 0) CHECK(d.date.size() == 10);  // the day it was approved
    }
    // A non-empty "Date:" line in the header gives an ISO date.
    std::size_t date = bytes.find("\nDate: ");
    std::size_t header_end = bytes.find("\n\n");
    if (date != std::string::npos && date < header_end && bytes[date + 7] != '\n')
      CHECK(d.date.size() >= 4);
  }
  CHECK(files >= 300);
  CHECK(with_case_header >= 200);
  CHECK(statutes >= 50);
  MESSAGE(files << " corpus text files read, " << with_case_header << " with a Case header, " << statutes
                << " statutes titled by their heading");
}

TEST_CASE("a Markdown note without a header takes its title from its first heading") {
  auto r = lexgraph::read_text("# What section 6103 protects ##\n\nTax returns are confidential.\n");
  REQUIRE(r.ok());
  CHECK(r.documents[0].title == "What section 6103 protects");
  auto plain = lexgraph::read_text("#hashtag is not a heading\n\nBody.\n");
  REQUIRE(plain.ok());
  CHECK(plain.documents[0].title.empty());
  auto header = lexgraph::read_text("Title: From the header\n\n# Heading\n\nBody.\n");
  REQUIRE(header.ok());
  CHECK(header.documents[0].title == "From the header");
}
