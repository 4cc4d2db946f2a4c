// The markup readers (HTML, PDF, USLM/XML) and the reader dispatcher, on
// small synthetic inputs chosen to break them: hidden text, entities,
// <pre>, deep nesting, broken and encrypted files, several documents in
// one XML file.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "read/html_reader.h"
#include "read/html_text.h"
#include "read/pdf_layout.h"
#include "read/pdf_reader.h"
#include "read/reader.h"
#include "read/uslm_reader.h"

using namespace lexgraph;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A minimal PDF with one Helvetica text line per entry of each page, laid
// out top to bottom; xref offsets are computed so poppler needs no repair.
// `encrypt_dictionary`, when given, is added as object 99 and named in the
// trailer's /Encrypt.
std::string make_pdf(const std::vector<std::vector<std::string>>& pages, const std::string& title = "",
                     const std::string& encrypt_dictionary = "") {
  std::vector<std::string> objects;  // objects[i] is object i+1
  int page_count = static_cast<int>(pages.size());
  // 1: catalog, 2: pages, 3: font, 4: info, then per page: page, content.
  std::string kids;
  for (int i = 0; i < page_count; ++i) kids += std::to_string(5 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back("<< /Title (" + title + ") >>");
  for (int i = 0; i < page_count; ++i) {
    std::string stream;
    if (pages[i].empty()) stream = "0 0 1 rg 100 100 200 200 re f\n";  // a picture, no text
    for (std::size_t line = 0; line < pages[i].size(); ++line) {
      int y = 760 - static_cast<int>(line) * 14;
      if (line + 1 == pages[i].size() && pages[i].size() > 2) y = 40;  // last entry is a footer
      stream += "BT /F1 11 Tf 72 " + std::to_string(y) + " Td (" + pages[i][line] + ") Tj ET\n";
    }
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(6 + 2 * i) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t encrypt_offset = 0;
  if (!encrypt_dictionary.empty()) {
    encrypt_offset = pdf.size();
    pdf += "99 0 obj\n" + encrypt_dictionary + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  if (!encrypt_dictionary.empty()) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", encrypt_offset);
    pdf += "99 1\n" + std::string(line);
  }
  pdf += "trailer\n<< /Size " + std::to_string(encrypt_dictionary.empty() ? objects.size() + 1 : 100) +
         " /Root 1 0 R /Info 4 0 R";
  if (!encrypt_dictionary.empty())
    pdf += " /Encrypt 99 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
  pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

// ---------------------------------------------------------------- HTML text

TEST_CASE("html_to_text drops script, style, noscript and head, keeps the title") {
  HtmlText r = html_to_text(
      "<html><head><title>Marron  v.\n United States</title><style>p { color: red }</style>"
      "<script>var secret = 'x';</script></head><body><p>Hello <b>world</b>.</p>"
      "<noscript>enable javascript</noscript><script>alert('no')</script></body></html>");
  CHECK(r.error.empty());
  CHECK(r.title == "Marron v. United States");
  CHECK(r.text == "Hello world.");
}

TEST_CASE("html_to_text decodes entities to UTF-8 and collapses whitespace") {
  HtmlText r = html_to_text("<p>  A &amp; B,\n\t 18 U.S.C. &sect;&nbsp;1001 &#8212; &quot;q&quot; &lt;x&gt;  </p>");
  CHECK(r.text == "A & B, 18 U.S.C. \xC2\xA7 1001 \xE2\x80\x94 \"q\" <x>");
}

TEST_CASE("html_to_text keeps <pre> text as written") {
  HtmlText r = html_to_text("<p>Intro</p><pre>\nUNITED STATES v. JONES\n    No. 12-345\n\n  Opinion  text</pre><p>After</p>");
  CHECK(r.text == "Intro\n\nUNITED STATES v. JONES\n    No. 12-345\n\n  Opinion  text\n\nAfter");
}

TEST_CASE("html_to_text turns blocks into paragraphs and <br> into line breaks") {
  HtmlText r = html_to_text("<div>first<br>second</div><p>third</p><ul><li>one</li><li>two</li></ul><h2>Head</h2>tail");
  CHECK(r.text == "first\nsecond\n\nthird\n\none\n\ntwo\n\nHead\n\ntail");
}

TEST_CASE("html_to_text never fuses words across elements") {
  // Inline markup inside a word stays joined; unknown elements (Harvard
  // case HTML) are blocks.
  CHECK(html_to_text("<p>Ex<i>am</i>ple</p>").text == "Example");
  CHECK(html_to_text("<parties>A v. B</parties><docketnumber>No. 5</docketnumber>").text == "A v. B\n\nNo. 5");
  CHECK(html_to_text("<table><tr><td>04/20/2015</td><td>1</td><td>ORDER</td></tr><tr><td>next</td></tr></table>").text ==
        "04/20/2015\t1\tORDER\n\nnext");
}

TEST_CASE("html_to_text skips hidden elements") {
  HtmlText r = html_to_text("<div style=\"DISPLAY: none\">menu</div><p hidden>also hidden</p><p>shown</p>");
  CHECK(r.text == "shown");
}

TEST_CASE("html_to_text reads broken HTML without complaint") {
  HtmlText r = html_to_text("<p>Unclosed <b>bold <i>italic</p><div>next</td></table></span><p>last &bogus; one");
  CHECK(r.error.empty());
  CHECK(contains(r.text, "Unclosed bold italic"));
  CHECK(contains(r.text, "next"));
  CHECK(contains(r.text, "last &bogus; one"));
}

TEST_CASE("html_to_text honours a declared Latin-1 charset") {
  HtmlText r = html_to_text("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xE9 \xA7 5</p></body></html>");
  CHECK(r.text == "caf\xC3\xA9 \xC2\xA7 5");
}

TEST_CASE("html_to_text falls back to the first <h1> for the title") {
  HtmlText r = html_to_text("<h1>HANS<br>v.<br>LOUISIANA.</h1><p>Body</p>");
  CHECK(r.title == "HANS v. LOUISIANA.");
  CHECK(r.text == "HANS\nv.\nLOUISIANA.\n\nBody");
}

TEST_CASE("html_to_text survives 100000 nested tags quickly") {
  for (std::string tag : {"div", "b", "span", "table", "blockquote"}) {
    CAPTURE(tag);
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<" + tag + ">x";
    auto start = std::chrono::steady_clock::now();
    HtmlText r = html_to_text(html);
    CHECK(seconds_since(start) < 5.0);
    // Either the text or a clear error; libxml2 stops at 256 levels.
    CHECK((!r.text.empty() || !r.error.empty()));
    CHECK(contains(r.error, "deep"));
    CHECK(read_html(html).error == r.error);
  }
  // <p> closes the one before it, so this is flat, not deep.
  std::string paragraphs;
  for (int i = 0; i < 100000; ++i) paragraphs += "<p>x";
  HtmlText flat = html_to_text(paragraphs);
  CHECK(flat.error.empty());
  CHECK(flat.text.size() == 100000 * 3 - 2);
}

// -------------------------------------------------------------- HTML reader

TEST_CASE("read_html takes case metadata from CourtListener-style classes") {
  ReadResult r = read_html(
      "<p class=\"case_cite\"><span class=\"citation no-link\">275 U.S. 192</span></p>"
      "<p class=\"parties\">MARRON<br>v.<br>UNITED STATES.<a class=\"footnote\" href=\"#fn\">*</a></p>"
      "<p class=\"docket\">No. 185.</p><p class=\"date\">Argued Oct. 12, 1927.</p>"
      "<p class=\"date\">Decided Nov. 21, 1927.</p><div class=\"num\"><p>The opinion.</p></div>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.format == "html");
  CHECK(d.title == "MARRON v. UNITED STATES.");
  CHECK(d.citation == "275 U.S. 192");
  CHECK(d.docket == "185");
  CHECK(d.date == "1927-11-21");
  CHECK(contains(d.text, "The opinion."));
}

TEST_CASE("read_html takes the date from <meta name=date> and fails on empty pages") {
  ReadResult r = read_html("<html><head><title>Reagan v. Aiken</title><meta name=\"date\" content=\"1891-01-26T00:00:00+00:00\"/></head><body><p>Text.</p></body></html>");
  REQUIRE(r.ok());
  CHECK(r.documents[0].title == "Reagan v. Aiken");
  CHECK(r.documents[0].date == "1891-01-26");
  CHECK_FALSE(read_html("<html><head><script>x()</script></head><body> </body></html>").ok());
}

// -------------------------------------------------------------------- PDF

TEST_CASE("read_pdf reads the text layer, removes running heads and takes the Info title") {
  std::vector<std::vector<std::string>> pages;
  for (int p = 1; p <= 3; ++p)
    pages.push_back({"Case 1:20-cv-00001 Document 5 Filed 01/02/20 Page " + std::to_string(p) + " of 3",
                     "Body line one of page " + std::to_string(p) + ".", "Second body line here.",
                     std::to_string(p)});
  ReadResult r = read_pdf(make_pdf(pages, "Order Granting Summary Judgment"));
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.format == "pdf");
  CHECK(d.title == "Order Granting Summary Judgment");
  CHECK(contains(d.text, "Body line one of page 1."));
  CHECK(contains(d.text, "Body line one of page 3."));
  CHECK_FALSE(contains(d.text, "Document 5"));
  CHECK_FALSE(contains(d.text, "\n2\n"));
  // Page breaks separate paragraphs.
  CHECK(contains(d.text, "here.\n\nBody line one of page 2."));
}

TEST_CASE("read_pdf drops word-processor file names as titles") {
  ReadResult r = read_pdf(make_pdf({{"Some text on the page."}}, "Microsoft Word - draft order.docx"));
  REQUIRE(r.ok());
  CHECK(r.documents[0].title.empty());
}

TEST_CASE("read_pdf refuses an encrypted PDF it cannot open") {
  // Standard security handler, revision 2, with a /U entry the empty user
  // password does not produce: poppler needs a password and stays locked.
  std::string encrypt =
      "<< /Filter /Standard /V 1 /R 2 /P -44 "
      "/O <5C8B2F6A0E1D4C3B2A19087F6E5D4C3B2A1908F7E6D5C4B3A29180706F5E4D3C> "
      "/U <A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90> >>";
  ReadResult r = read_pdf(make_pdf({{"Secret text."}}, "", encrypt));
  CHECK_FALSE(r.ok());
  CHECK(r.error == "encrypted PDF, cannot read its text");
}

TEST_CASE("read_pdf fails on broken, truncated and image-only PDFs") {
  CHECK(read_pdf("%PDF-1.4\nthis is not a PDF body at all").error == "not a readable PDF");
  std::string good = make_pdf({{"Text that is there."}});
  ReadResult truncated = read_pdf(good.substr(0, 40));
  CHECK_FALSE(truncated.ok());
  ReadResult scanned = read_pdf(make_pdf({{}, {}}));
  CHECK(scanned.error == "PDF has no text layer (scanned image?); OCR it first");
}

TEST_CASE("pdf_pages_to_text removes pleading line numbers and regroups double-spaced lines") {
  std::string page;
  for (int n = 1; n <= 12; ++n) {
    page += (n < 10 ? "   " : "  ") + std::to_string(n) + "\n";
    if (n == 2) page += "           The court held that the motion was timely filed under the\n";
    if (n == 3) page += "      rule, and that the defendant had notice of it in good time.\n";
    if (n == 5) page += "           A second paragraph starts with an indented first line and\n";
    if (n == 6) page += "      runs on to a second line here.\n";
  }
  PdfLayoutText r = pdf_pages_to_text({page});
  CHECK(r.text ==
        "The court held that the motion was timely filed under the\nrule, and that the defendant had notice of it in good time.\n\n"
        "A second paragraph starts with an indented first line and\nruns on to a second line here.");
  CHECK(r.running_lines_removed == 12);
}

TEST_CASE("pdf_pages_to_text joins a sentence that runs over a page break") {
  std::string full = "This line is long enough to count as a full line of body text on";
  PdfLayoutText r = pdf_pages_to_text({full + "\n" + full + "\nthe page and it ends without a stop", "continues on the next page.\n"});
  CHECK(contains(r.text, "without a stop\ncontinues on the next page."));
  PdfLayoutText two = pdf_pages_to_text({"First page ends here.\n", "Second page starts.\n"});
  CHECK(two.text == "First page ends here.\n\nSecond page starts.");
}

TEST_CASE("pdf_pages_to_text keeps a line that is not repeated on other pages") {
  PdfLayoutText r = pdf_pages_to_text({"Unique heading A\nbody a\n", "Unique heading B\nbody b\n", "Other start\nbody c\n"});
  // "Unique heading A" and "... B" differ in a letter, not a digit: kept.
  CHECK(contains(r.text, "Unique heading A"));
  CHECK(contains(r.text, "Unique heading B"));
  CHECK(r.running_lines_removed == 0);
}

// ------------------------------------------------------------- USLM / XML

TEST_CASE("read_uslm gives a US Code section its citation, title and structure") {
  ReadResult r = read_uslm(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<section xmlns=\"http://xml.house.gov/schemas/uslm/1.0\" identifier=\"/us/usc/t26/s6103\">"
      "<num value=\"6103\">\xC2\xA7\xE2\x80\xAF" "6103.</num><heading> Confidentiality and disclosure of returns and return information</heading>"
      "<subsection identifier=\"/us/usc/t26/s6103/a\"><num value=\"a\">(a)</num><heading> General rule</heading>"
      "<chapeau>Returns and return information shall be confidential, and except as authorized by this title\xE2\x80\x94</chapeau>"
      "<paragraph identifier=\"/us/usc/t26/s6103/a/1\"><num value=\"1\">(1)</num><content>no officer or employee of the "
      "<ref href=\"/us/usc/t26\">United States</ref>,</content></paragraph></subsection>"
      "<sourceCredit>(Aug. 16, 1954, ch. 736, 68A Stat. 753.)</sourceCredit></section>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.citation == "26 U.S.C. \xC2\xA7 6103");
  CHECK(d.title == "Confidentiality and disclosure of returns and return information");
  CHECK(d.kind == "statute");
  CHECK(d.format == "uslm");
  CHECK(d.text ==
        "\xC2\xA7 6103. Confidentiality and disclosure of returns and return information\n\n"
        "(a) General rule\n\n"
        "Returns and return information shall be confidential, and except as authorized by this title\xE2\x80\x94\n\n"
        "(1) no officer or employee of the United States,\n\n"
        "(Aug. 16, 1954, ch. 736, 68A Stat. 753.)");
}

TEST_CASE("read_uslm splits a US Code title into its sections") {
  ReadResult r = read_uslm(
      "<uscDoc xmlns=\"http://xml.house.gov/schemas/uslm/1.0\" identifier=\"/us/usc/t5\"><meta><title>Title 5</title></meta>"
      "<main><title identifier=\"/us/usc/t5\"><num>Title 5\xE2\x80\x94</num><heading>GOVERNMENT ORGANIZATION</heading>"
      "<section identifier=\"/us/usc/t5/s552\"><num>\xC2\xA7 552.</num><heading>Public information</heading><content>Each agency shall make available.</content></section>"
      "<section identifier=\"/us/usc/t5/s552a\"><num>\xC2\xA7 552a.</num><heading>Records maintained on individuals</heading><content>Definitions.</content></section>"
      "</title></main></uscDoc>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].citation == "5 U.S.C. \xC2\xA7 552");
  CHECK(r.documents[1].citation == "5 U.S.C. \xC2\xA7 552a");
  CHECK(r.documents[1].title == "Records maintained on individuals");
  CHECK_FALSE(contains(r.documents[0].text, "Definitions."));
}

TEST_CASE("read_uslm reads a public law as one statute") {
  ReadResult r = read_uslm(
      "<pLaw xmlns=\"http://schemas.gpo.gov/xml/uslm\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<meta><dc:title>Public Law 115\xE2\x80\x93" "11: Disapproving the rule.</dc:title><docNumber>11</docNumber>"
      "<citableAs>Public Law 115\xE2\x80\x93" "11</citableAs><congress>115</congress><publicPrivate>public</publicPrivate></meta>"
      "<main><longTitle><docTitle>Joint Resolution</docTitle><officialTitle>Disapproving the rule.</officialTitle>"
      "<sidenote><p>Mar. 27, 2017</p></sidenote></longTitle>"
      "<section><num value=\"2\">SEC. 2. </num><sidenote><p>Deadline.</p></sidenote><heading>FINDINGS.</heading>"
      "<content>The Congress finds that<page>131 STAT. 14</page>rules matter.</content></section></main></pLaw>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.citation == "Pub. L. 115-11");
  CHECK(d.kind == "statute");
  // Titled and dated as a law: its number, its long title (no short title
  // here), the approval date in the long title's margin.
  CHECK(d.title == "Public Law 115\xE2\x80\x93" "11: Disapproving the rule");
  CHECK(d.date == "2017-03-27");
  CHECK_FALSE(contains(d.text, "Public Law 115"));  // <meta> is not text
  // The margin note does not split "SEC. 2." from its heading; the page
  // marker stays inside the sentence.
  CHECK(contains(d.text, "SEC. 2. FINDINGS.\n\nDeadline.\n\nThe Congress finds that 131 STAT. 14 rules matter."));
}

TEST_CASE("read_uslm titles a public law by the short title it gives itself") {
  ReadResult r = read_uslm(
      "<pLaw xmlns=\"http://schemas.gpo.gov/xml/uslm\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<meta><dc:title>Public Law 115\xE2\x80\x93" "7: To inspire women.</dc:title><docNumber>7</docNumber>"
      "<congress>115</congress></meta><main><longTitle><docTitle>An Act</docTitle>"
      "<officialTitle>To inspire women.</officialTitle></longTitle>"
      // An amendment quotes another law's short title; a title of this law has its own.
      "<section><content>Section 5 is amended to read <quotedContent>This Act may be cited as the "
      "<shortTitle role=\"act\">\xE2\x80\x98Other Act\xE2\x80\x99</shortTitle>.</quotedContent></content></section>"
      "<section><content>This title may be cited as the <shortTitle role=\"title\">\xE2\x80\x9CPart Act\xE2\x80\x9D</shortTitle>."
      "</content></section>"
      "<section><content>This Act may be cited as the <shortTitle role=\"act\">\xE2\x80\x9CINSPIRE Women Act\xE2\x80\x9D"
      "</shortTitle>.</content></section></main>"
      "<endMarker/><action><actionDescription>Approved February 28, 2017.</actionDescription></action></pLaw>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].title == "Public Law 115\xE2\x80\x93" "7: INSPIRE Women Act");
  CHECK(r.documents[0].citation == "Pub. L. 115-7");
  CHECK(r.documents[0].date == "2017-02-28");  // no margin date: the closing action gives it
}

TEST_CASE("read_uslm splits a Federal Register issue into its documents") {
  ReadResult r = read_uslm(
      "<frDoc xmlns=\"http://schemas.gpo.gov/xml/uslm\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<meta><dc:title>Federal Register Volume 82, Issue 108</dc:title><dc:date>2017-06-07</dc:date></meta>"
      "<main><collection><component><meta><dc:title>Contents</dc:title></meta><main><toc><label>Agriculture</label></toc></main></component>"
      "<component><main>"
      "<rule identifier=\"/us/fr/82/frdoc2017-11475\"><meta><startingPage>26338</startingPage></meta>"
      "<preface><subject>Amendment of Class D Airspace; Aspen, CO</subject></preface>"
      "<main><p>This action withdraws the final rule.</p></main></rule>"
      "<notice identifier=\"/us/fr/82/frdoc2017-11827\"><meta><startingPage>26441</startingPage></meta>"
      "<preface><subject>Opportunity To Request Administrative Review</subject></preface>"
      "<main><p>Notice text.</p></main></notice>"
      "</main></component></collection></main></frDoc>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].citation == "82 Fed. Reg. 26338");
  CHECK(r.documents[0].kind == "regulation");
  CHECK(r.documents[0].title == "Amendment of Class D Airspace; Aspen, CO");
  CHECK(r.documents[0].date == "2017-06-07");
  CHECK(r.documents[0].text == "Amendment of Class D Airspace; Aspen, CO\n\nThis action withdraws the final rule.");
  CHECK(r.documents[1].citation == "82 Fed. Reg. 26441");
  CHECK_FALSE(contains(r.documents[1].text, "Agriculture"));
}

TEST_CASE("read_uslm reads other XML as generic text with telling fields") {
  ReadResult r = read_uslm(
      "<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>Hensley v. Roden</title></titleInfo>"
      "<originInfo><dateIssued encoding=\"w3cdtf\">2013-02-21</dateIssued></originInfo>"
      "<extension><caseNumber>1:10-cv-12133</caseNumber><natureSuit>Prisoner Petitions - Habeas Corpus</natureSuit></extension>"
      "<note>Judge Rya W. Zobel: <emphasis>ORDER</emphasis> entered.</note></mods>");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.format == "xml");
  CHECK(d.kind == "other");
  CHECK(d.title == "Hensley v. Roden");
  CHECK(d.date == "2013-02-21");
  CHECK(d.docket == "1:10-cv-12133");
  CHECK(d.text == "Hensley v. Roden\n\n2013-02-21\n\n1:10-cv-12133\n\nPrisoner Petitions - Habeas Corpus\n\nJudge Rya W. Zobel: ORDER entered.");
}

TEST_CASE("read_uslm neither fetches nor expands entities") {
  ReadResult xxe = read_uslm("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>before &x; after</r>");
  REQUIRE(xxe.ok());
  CHECK_FALSE(contains(xxe.documents[0].text, "root:"));
  CHECK(contains(xxe.documents[0].text, "before"));

  // Billion laughs: each entity refers ten times to the one before it.
  std::string laughs;
  laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"lol\">";
  std::string previous = "a";
  for (char c = 'b'; c <= 'k'; ++c) {
    std::string body;
    for (int i = 0; i < 10; ++i) body += "&" + previous + ";";
    laughs += std::string("<!ENTITY ") + c + " \"" + body + "\">";
    previous = std::string(1, c);
  }
  laughs += "]><r>start &k; end</r>";
  auto start = std::chrono::steady_clock::now();
  ReadResult bomb = read_uslm(laughs);
  CHECK(seconds_since(start) < 5.0);
  if (bomb.ok()) CHECK(bomb.documents[0].text.size() < 1000);
}

TEST_CASE("read_uslm fails clearly on deep or broken XML") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  auto start = std::chrono::steady_clock::now();
  ReadResult r = read_uslm(deep);
  CHECK(seconds_since(start) < 5.0);
  CHECK_FALSE(r.ok());
  CHECK(contains(r.error, "deep"));

  ReadResult broken = read_uslm("<a><b>kept text</a>");
  if (broken.ok()) {
    CHECK(contains(broken.documents[0].text, "kept text"));
    CHECK_FALSE(broken.warnings.empty());
  }
  CHECK_FALSE(read_uslm("not xml at all").ok());
}

// -------------------------------------------------------------- dispatcher

TEST_CASE("detect_format decides from the content, the name only breaks ties") {
  CHECK(detect_format("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "x.txt") == Format::pdf);
  CHECK(detect_format("\xEF\xBB\xBF  {\"plain_text\": \"x\"}", "x.txt") == Format::json);
  CHECK(detect_format("[{\"a\": 1}]", "") == Format::json);
  CHECK(detect_format("[PUBLISH]\n\nIN THE UNITED STATES COURT OF APPEALS", "a.json") == Format::text);
  CHECK(detect_format("<?xml version=\"1.0\"?>\n<rule xmlns=\"http://schemas.gpo.gov/xml/uslm\">", "") == Format::xml);
  CHECK(detect_format("<?xml version=\"1.0\"?><!DOCTYPE html><html><body>x</body></html>", "") == Format::html);
  CHECK(detect_format("<!-- saved page -->\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><HTML>", "") == Format::html);
  CHECK(detect_format("<p class=\"case_cite\">275 U.S. 192</p>\n<p class=\"parties\">A<br>v.<br>B</p>", "") == Format::html);
  // CourtListener's Harvard case markup carries an XML declaration but
  // speaks HTML inside.
  CHECK(detect_format("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opinion type=\"majority\">\n<author id=\"b1\">Mr. Justice Butler</author>\n"
                      "<p id=\"b2\">text <em>a</em> <span class=\"citation\">28 U.S.C. 1</span></p><p>more</p>", "") == Format::html);
  CHECK(detect_format("<?xml version=\"1.0\"?><?xml-stylesheet href=\"uslm.css\"?><pLaw xmlns=\"http://schemas.gpo.gov/xml/uslm\"><p>x</p><p>y</p>", "") == Format::xml);
  CHECK(detect_format("<mods xmlns=\"http://www.loc.gov/mods/v3\"><name><namePart>x</namePart></name></mods>", "") == Format::xml);
  CHECK(detect_format("The court held, in <i>Marbury</i>, that ...", "") == Format::text);
  CHECK(detect_format("Plain words only.", "x.html") == Format::text);
  std::string fragment = "Opinion of the Court";
  for (int i = 0; i < 12; ++i) fragment += "<p>Paragraph <i>" + std::to_string(i) + "</i>.</p>\n";
  CHECK(detect_format(fragment, "") == Format::html);
  CHECK(detect_format(std::string("PK\x03\x04\x14\0\0\0", 8), "brief.docx") == Format::unsupported);
  CHECK(detect_format("\x01\x02\x03\x04\x05\x06 abc \x07\x08\x0e\x0f", "") == Format::unsupported);
}

TEST_CASE("read_bytes dispatches, records path and format, and reports bad input") {
  ReadResult html = read_bytes("<html><body><p>Hello.</p></body></html>", "dir/page.html");
  REQUIRE(html.ok());
  CHECK(html.documents[0].path == "dir/page.html");
  CHECK(html.documents[0].format == "html");

  ReadResult xml = read_bytes("<record><title>T</title><body>Text.</body></record>", "r.xml");
  REQUIRE(xml.ok());
  CHECK(xml.documents[0].format == "xml");
  CHECK(xml.documents[0].path == "r.xml");

  ReadResult pdf = read_bytes(make_pdf({{"PDF words."}}), "a.pdf");
  REQUIRE(pdf.ok());
  CHECK(pdf.documents[0].format == "pdf");

  CHECK(read_bytes("", "empty.txt").error == "empty file");
  CHECK_FALSE(read_bytes(" \n\t\n", "blank.txt").ok());
  CHECK(read_bytes(std::string("\0\0\0binary", 9), "x.bin").error ==
        "unsupported binary file (no reader for this format)");
}

TEST_CASE("read_file reports files it cannot open") {
  ReadResult missing = read_file("/nonexistent/dir/file.html");
  CHECK(missing.error == "cannot open: No such file or directory");
  ReadResult dir = read_file(std::filesystem::temp_directory_path().string());
  CHECK(dir.error == "cannot open: Is a directory");

  auto path = std::filesystem::temp_directory_path() / "lexgraph_read_markup_test.html";
  {
    std::ofstream out(path, std::ios::binary);
    out << "<html><head><title>On disk</title></head><body><p>Read from a file.</p></body></html>";
  }
  ReadResult ok = read_file(path.string());
  std::filesystem::remove(path);
  REQUIRE(ok.ok());
  CHECK(ok.documents[0].title == "On disk");
  CHECK(ok.documents[0].path == path.string());
  CHECK(ok.documents[0].text == "Read from a file.");
}
