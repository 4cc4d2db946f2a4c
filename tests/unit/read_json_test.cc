#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "read/json_reader.h"
#include "read/text_reader.h"

using lexgraph::Document;
using lexgraph::read_json;
using lexgraph::ReadResult;

namespace {

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string without_space(std::string_view s, std::size_t limit) {
  std::string out;
  for (char c : s) {
    if (out.size() >= limit) break;
    if (!std::isspace(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("our own document JSON with every field") {
  ReadResult r = read_json(R"({
    "id": "irs-1", "title": "Center for Taxpayer Rights v. IRS", "kind": "opinion",
    "court": "D.D.C.", "date": "2025-11", "judges": ["Kollar-Kotelly"], "judge": "Edwards",
    "docket": "1:25-cv-00457", "citation": "26 U.S.C. § 6103", "source": "court website",
    "extra": {"anything": [1, 2, 3]},
    "text": "The IRS disclosed taxpayer addresses."
  })");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.id == "irs-1");
  CHECK(d.title == "Center for Taxpayer Rights v. IRS");
  CHECK(d.kind == "opinion");
  CHECK(d.court == "D.D.C.");
  CHECK(d.date == "2025-11");
  CHECK(d.judges == std::vector<std::string>{"Kollar-Kotelly", "Edwards"});
  CHECK(d.docket == "1:25-cv-00457");
  CHECK(d.citation == "26 U.S.C. § 6103");
  CHECK(d.source == "court website");
  CHECK(d.format == "json");
  CHECK(d.text == "The IRS disclosed taxpayer addresses.");
  CHECK(d.text_offset_in_file == 0);

  ReadResult numeric_id = read_json(R"({"id": 42, "text": "x"})");
  REQUIRE(numeric_id.ok());
  CHECK(numeric_id.documents[0].id == "42");
}

TEST_CASE("schema violations name the keyword and the place") {
  ReadResult missing = read_json(R"({"foo": 1})");
  CHECK_FALSE(missing.ok());
  CHECK(contains(missing.error, "not a lexgraph document: required at # (schema #)"));
  CHECK(contains(missing.error, "missing \"text\""));

  ReadResult kind = read_json(R"({"text": "x", "kind": "novel"})");
  CHECK(contains(kind.error, "not a lexgraph document: enum at #/kind (schema #/properties/kind)"));

  ReadResult date = read_json(R"({"text": "x", "date": "Nov 20, 2025"})");
  CHECK(contains(date.error, "pattern at #/date"));
  CHECK(read_json(R"({"text": "x", "date": "2025-11-20"})").ok());
  CHECK_FALSE(read_json(R"({"text": "x", "date": "2025-11-20x"})").ok());

  ReadResult judges = read_json(R"({"text": "x", "judges": ["A", 3]})");
  CHECK(contains(judges.error, "type at #/judges/1"));

  CHECK_FALSE(read_json(R"({"text": ""})").ok());
  CHECK_FALSE(read_json(R"({"text": " \n "})").ok());
  CHECK_FALSE(read_json(R"({"text": 12})").ok());
}

TEST_CASE("valid JSON that is no document fails clearly") {
  ReadResult array = read_json("[1,2]");
  CHECK_FALSE(array.ok());
  CHECK(array.error == "element 0: is a number, not a document object");
  CHECK(read_json("42").error == "JSON holds a number, not a document object");
  CHECK(read_json("[]").error == "JSON holds an empty array: no documents");
  CHECK_FALSE(read_json("null").ok());
  CHECK(read_json("").error == "empty JSON file");
  CHECK(read_json("  \n").error == "empty JSON file");
}

TEST_CASE("an array holds several documents") {
  ReadResult r = read_json(R"([{"text": "one"}, {"text": "two", "kind": "news"}])");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[1].text == "two");
  CHECK(r.documents[1].kind == "news");
  ReadResult bad = read_json(R"([{"text": "one"}, {"title": "no text"}])");
  CHECK(contains(bad.error, "element 1: not a lexgraph document"));
}

TEST_CASE("syntax errors give line, column and offset") {
  ReadResult truncated = read_json("{\n  \"text\": \"abc");
  CHECK_FALSE(truncated.ok());
  CHECK(contains(truncated.error, "JSON parse error at line 2, column"));
  CHECK(contains(truncated.error, "Missing a closing quotation mark in string."));

  ReadResult comma = read_json("{\"text\": \"a\" \"title\": \"b\"}");
  CHECK(comma.error == "JSON parse error at line 1, column 14 (offset 13): "
                       "Missing a comma or '}' after an object member.");

  ReadResult bad_utf8 = read_json("{\"text\": \"caf\xE9\"}");
  CHECK_FALSE(bad_utf8.ok());
  CHECK(contains(bad_utf8.error, "Invalid encoding in string."));

  // A pretty-printed value followed by junk is not JSON Lines.
  ReadResult junk = read_json("{\n\"text\": \"a\"\n}\ngarbage\n");
  CHECK(contains(junk.error, "line 4, column 1 (offset 16): unexpected content after the JSON value"));
}

TEST_CASE("nesting is bounded: deep input is an error, never a stack overflow") {
  for (std::size_t depth : {std::size_t{100000}, std::size_t{1000000}}) {
    ReadResult arrays = read_json(std::string(depth, '['));
    CHECK(arrays.error == "JSON nested deeper than 256 levels at offset 256");
  }
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  CHECK(contains(read_json(objects).error, "JSON nested deeper than 256 levels"));

  // 200 levels inside a document are fine.
  std::string deep_ok = "{\"text\": \"x\", \"extra\": " + std::string(200, '[') + std::string(200, ']') + "}";
  CHECK(read_json(deep_ok).ok());
}

TEST_CASE("JSON Lines: one document per line, errors name the line") {
  const std::string lines =
      "{\"text\": \"first\", \"kind\": \"news\"}\n"
      "\n"
      "{\"text\": \"second\"}\r\n"
      "[{\"text\": \"third\"}]\n";
  ReadResult r = read_json(lines);
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].text == "first");
  CHECK(r.documents[1].text == "second");
  CHECK(r.documents[2].text == "third");
  for (const Document& d : r.documents) CHECK(d.format == "jsonl");

  ReadResult bad_line = read_json("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"\n");
  CHECK_FALSE(bad_line.ok());
  CHECK(contains(bad_line.error, "line 3: JSON parse error at column 13 (offset 40)"));

  ReadResult not_doc = read_json("{\"text\": \"a\"}\n{\"txt\": \"b\"}\n");
  CHECK(contains(not_doc.error, "line 2: not a lexgraph document: required"));

  ReadResult two_on_a_line = read_json("{\"text\": \"a\"} {\"text\": \"b\"}\n");
  CHECK(contains(two_on_a_line.error, "line 1: JSON parse error"));

  ReadResult deep_line = read_json("{\"text\": \"a\"}\n" + std::string(100000, '[') + "\n");
  CHECK(contains(deep_line.error, "line 2: JSON nested deeper than 256 levels at offset"));
}

TEST_CASE("a byte order mark before JSON is skipped") {
  ReadResult r = read_json("\xEF\xBB\xBF{\"text\": \"x\"}");
  REQUIRE(r.ok());
  CHECK(r.documents[0].text == "x");
  CHECK(contains(read_json("\xEF\xBB\xBF{\"text\": }").error, "(offset 12)"));
}

TEST_CASE("CourtListener v3 opinion: plain_text and the opinion's bookkeeping") {
  ReadResult r = read_json(R"({
    "resource_uri": "http://www.courtlistener.com/api/rest/v3/opinions/148233/",
    "absolute_url": "/opinion/148233/grossmith-v-noonan/",
    "cluster": "http://www.courtlistener.com/api/rest/v3/clusters/148233/",
    "author": null, "joined_by": [], "author_str": "Lynch", "per_curiam": false,
    "date_created": "2011-02-07T19:43:00Z", "type": "010combined",
    "download_url": "http://www.ca1.uscourts.gov/pdf.opinions/09-1900P-01A.pdf",
    "local_path": "pdf/2010/06/09/Grossmith_v._Noonan.pdf",
    "plain_text": "United States Court of Appeals\nPASTA &amp; CHEESE, INC. &#167; 1983 &bogus;",
    "html": "", "html_lawbox": "<p>other</p>", "html_columbia": null,
    "html_with_citations": "<p>rendered</p>", "opinions_cited": []
  })");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.format == "courtlistener");
  CHECK(d.kind == "opinion");
  CHECK(d.text == "United States Court of Appeals\nPASTA & CHEESE, INC. § 1983 &bogus;");
  CHECK(d.judges == std::vector<std::string>{"Lynch"});
  CHECK(d.date == "2010-06-09");  // the filing path, not the record's creation
  CHECK(d.court == "ca1");
  CHECK(d.source == "http://www.ca1.uscourts.gov/pdf.opinions/09-1900P-01A.pdf");
  CHECK(d.title.empty());
}

TEST_CASE("CourtListener v4 opinion with its cluster expanded") {
  ReadResult r = read_json(R"({
    "id": 9, "resource_uri": "https://www.courtlistener.com/api/rest/v4/opinions/9/",
    "absolute_url": "/opinion/9/doe-v-roe/", "type": "020lead", "author_str": "",
    "plain_text": "Opinion text.",
    "cluster": {"case_name": "Doe v. Roe", "date_filed": "2019-03-18", "docket_number": "18-1234",
                "citations": [{"volume": 915, "reporter": "F.3d", "page": "1071", "type": 1}]}
  })");
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.title == "Doe v. Roe");
  CHECK(d.date == "2019-03-18");
  CHECK(d.docket == "18-1234");
  CHECK(d.citation == "915 F.3d 1071");
  CHECK(d.source == "https://www.courtlistener.com/opinion/9/doe-v-roe/");
  CHECK(d.judges.empty());
}

TEST_CASE("CourtListener opinion without plain_text falls back to its HTML") {
  ReadResult r = read_json(R"({
    "resource_uri": "x", "type": "010combined", "plain_text": "  ",
    "html_lawbox": "<div><p>Lawbox text.</p></div>",
    "html_with_citations": "<div><p>The <a href=\"/c/1\">citing</a> text &amp; more.</p><script>var x;</script></div>"
  })");
  REQUIRE(r.ok());
  const std::string& text = r.documents.at(0).text;
  CHECK(contains(text, "The citing text & more."));
  CHECK_FALSE(contains(text, "<"));
  CHECK_FALSE(contains(text, "var x"));
  CHECK_FALSE(contains(text, "Lawbox"));

  // plain_text holding markup (a failed conversion) loses to the html fields.
  ReadResult markup = read_json(R"({"type": "010combined", "plain_text": "<p>Usage: converter [OPTION]</p>",
                                    "html": "<p>The real opinion.</p>"})");
  REQUIRE(markup.ok());
  CHECK(contains(markup.documents.at(0).text, "The real opinion."));
  CHECK_FALSE(contains(markup.documents.at(0).text, "Usage"));
  CHECK(markup.warnings.size() == 1);

  ReadResult empty = read_json(R"({"resource_uri": "x", "plain_text": "", "html": ""})");
  CHECK_FALSE(empty.ok());
  CHECK(contains(empty.error, "CourtListener opinion has no text"));
}

TEST_CASE("CAP API case: casebody.data with head matter and opinions") {
  ReadResult r = read_json(R"({
    "id": 435800, "url": "https://api.case.law/v1/cases/435800/",
    "name": "JOHN C. WILLIAMS v. THE STATE", "name_abbreviation": "Williams v. State",
    "decision_date": "1883-05", "docket_number": "No. 12",
    "citations": [{"type": "parallel", "cite": "1 Ga. L. Rep. 5"}, {"type": "official", "cite": "71 Ga. 1"}],
    "court": {"id": 1, "name": "Supreme Court of Georgia", "name_abbreviation": "Ga."},
    "jurisdiction": {"name": "Ga."},
    "casebody": {"status": "ok", "data": {
      "head_matter": "JOHN C. WILLIAMS v. THE STATE.\nCriminal law.",
      "judges": ["Jackson, C. J."],
      "attorneys": ["A for plaintiff."],
      "opinions": [
        {"type": "majority", "author": "Hall, J.", "text": "The judgment is affirmed."},
        {"type": "dissent", "author": "Blandford, J.", "text": "Blandford, J., dissenting. I would reverse."}
      ]}}
  })");
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.format == "cap");
  CHECK(d.kind == "opinion");
  CHECK(d.title == "JOHN C. WILLIAMS v. THE STATE");
  CHECK(d.date == "1883-05");
  CHECK(d.docket == "No. 12");
  CHECK(d.citation == "71 Ga. 1");
  CHECK(d.court == "Supreme Court of Georgia");
  CHECK(d.source == "https://api.case.law/v1/cases/435800/");
  CHECK(d.judges == std::vector<std::string>{"Hall, J.", "Blandford, J.", "Jackson, C. J."});
  CHECK(d.text ==
        "JOHN C. WILLIAMS v. THE STATE.\nCriminal law.\n\nHall, J.\n\nThe judgment is affirmed.\n\n"
        "Blandford, J., dissenting. I would reverse.");
}

TEST_CASE("CAP 2024 static export: casebody holds the opinions directly") {
  ReadResult r = read_json(R"([{
    "id": 1, "name": "People v. Smith", "name_abbreviation": "People v. Smith",
    "decision_date": "1868-01-15", "docket_number": "",
    "citations": [{"type": "official", "cite": "1 Ill. 1"}],
    "court": {"name_abbreviation": "Ill.", "id": 8, "name": "Illinois Supreme Court"},
    "casebody": {"judges": [], "parties": ["People"], "attorneys": [], "corrections": "",
                 "head_matter": "The People v. Smith.",
                 "opinions": [{"text": "Opinion by the court.", "type": "majority", "author": null}]}
  }, {
    "id": 2, "name_abbreviation": "Jones v. Brown", "decision_date": "1868",
    "casebody": {"opinions": [{"text": "Second case.", "type": "majority", "author": "Breese, J."}]}
  }])");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].text == "The People v. Smith.\n\nOpinion by the court.");
  CHECK(r.documents[0].court == "Illinois Supreme Court");
  CHECK(r.documents[0].date == "1868-01-15");
  CHECK(r.documents[0].source == "Caselaw Access Project case 1");
  CHECK(r.documents[0].judges.empty());
  CHECK(r.documents[1].title == "Jones v. Brown");
  CHECK(r.documents[1].date == "1868");
  CHECK(r.documents[1].judges == std::vector<std::string>{"Breese, J."});
}

TEST_CASE("CAP cases without text fail and say why") {
  ReadResult restricted = read_json(R"({"name_abbreviation": "A v. B", "decision_date": "1990",
      "casebody": {"status": "error_auth_required", "data": null}})");
  CHECK(contains(restricted.error, "CAP case has no text (casebody status \"error_auth_required\")"));
  ReadResult metadata = read_json(R"({"name_abbreviation": "A v. B", "decision_date": "1990"})");
  CHECK(contains(metadata.error, "no casebody"));
}

TEST_CASE("a Supreme Court docket JSON becomes a docket document") {
  ReadResult r = read_json(R"({
    "CaseNumber": "24A123 *** CAPITAL CASE ***", "PetitionerTitle": "Jane Roe, Applicant",
    "RespondentTitle": "John Doe, Warden", "DocketedDate": "May 9, 2024",
    "LowerCourt": "United States Court of Appeals for the Ninth Circuit",
    "ProceedingsandOrder": [{"Date": "May 07 2024", "Text": "Application to extend time submitted to Justice Kagan."},
                            {"Date": "May 09 2024", "Text": "Application granted."}],
    "AttorneyHeaderPetitioner": "Attorneys for Petitioner",
    "Petitioner": [{"Attorney": "A. Lawyer", "IsCounselofRecord": true, "Title": "Defenders", "PartyName": "Jane Roe"}]
  })");
  REQUIRE(r.ok());
  const Document& d = r.documents.at(0);
  CHECK(d.kind == "docket");
  CHECK(d.docket == "24A123");
  CHECK(d.title == "Jane Roe, Applicant v. John Doe, Warden");
  CHECK(d.date == "2024-05-09");
  CHECK(d.court == "Supreme Court of the United States");
  CHECK(contains(d.text, "\nMay 07 2024: Application to extend time submitted to Justice Kagan.\n"));
  CHECK(contains(d.text, "Ninth Circuit"));
  CHECK(contains(d.text, "A. Lawyer (counsel of record), Defenders, for Jane Roe"));
}

TEST_CASE("an API results page is read as its list of documents") {
  ReadResult r = read_json(R"({"count": 2, "next": null, "results": [
      {"resource_uri": "a", "type": "010combined", "plain_text": "one"},
      {"resource_uri": "b", "type": "010combined", "plain_text": "two"}]})");
  REQUIRE(r.ok());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[1].text == "two");
}

TEST_CASE("every JSON file of the real corpus reads") {
  std::filesystem::path corpus = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("skipped: " << corpus << " not found");
    return;
  }
  int files = 0, agreeing = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    std::string name = entry.path().filename().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".orig.json") continue;
    ++files;
    CAPTURE(entry.path().string());
    ReadResult r = read_json(slurp(entry.path()));
    REQUIRE(r.ok());
    REQUIRE(r.documents.size() == 1);
    const Document& d = r.documents[0];
    CHECK_FALSE(d.text.empty());
    CHECK_FALSE(d.kind.empty());
    // The gathered .txt beside it holds the same opinion: the openings agree.
    std::filesystem::path txt = entry.path().parent_path() / (name.substr(0, name.size() - 10) + ".txt");
    if (d.format == "courtlistener" && std::filesystem::exists(txt)) {
      ReadResult t = lexgraph::read_text(slurp(txt));
      REQUIRE(t.ok());
      agreeing += without_space(t.documents.at(0).text, 120) == without_space(d.text, 120);
      CHECK(d.source.rfind("http", 0) == 0);
      CHECK_FALSE(d.court.empty());
    }
  }
  CHECK(files >= 100);
  // A few .txt files were gathered from a different rendering than ours.
  CHECK(agreeing >= files * 9 / 10);
  MESSAGE(files << " corpus JSON files read; " << agreeing << " open like their .txt");
}
