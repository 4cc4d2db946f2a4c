// search() on a small index written by the real IndexWriter: connectors
// against sentence and paragraph boundaries, /n boundaries, order, root
// expanders and universal characters, exclusion, fields, filters, dates,
// sorting, paging, snippets and the JSON output.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>

#include "search/exact_matcher.h"
#include "search/query_parser.h"
#include "search/query_translator.h"
#include "search/search_json.h"
#include "search/searcher.h"
#include "test_index.h"

using namespace lexgraph;
using lexgraph::testing::Body;
using lexgraph::testing::doc_with_id;
using lexgraph::testing::TestIndex;

namespace {

Document dated(std::string id, std::string date, std::string kind = "opinion") {
  Document doc = doc_with_id(std::move(id));
  doc.date = std::move(date);
  doc.kind = std::move(kind);
  return doc;
}

// The test corpus. Each document exists to make one query succeed or fail.
Xapian::Database build(TestIndex& index) {
  // Sentences and paragraphs.
  index.add(dated("two-sentences", "2018-05-01"), {{"The taxpayer filed a return.", "The agency disclosed nothing."}});
  index.add(dated("one-sentence", "2019-03-15"), {{"The agency disclosed the taxpayer return."}});
  index.add(dated("two-paragraphs", "2019-11", "order"), {{"The taxpayer filed."}, {"The agency disclosed it."}});
  // Word distances: alpha and beta 3, 4 and -3 positions apart.
  index.add(dated("gap-3", "2020"), {{"alpha one two beta."}});
  index.add(dated("gap-4", "2021-01-02"), {{"alpha one two three beta."}});
  index.add(dated("reversed-3", "2017-07-07"), {{"beta one two alpha."}});
  // Patterns.
  index.add(doc_with_id("women"), {{"Women vote."}});
  index.add(doc_with_id("woman"), {{"A woman votes."}});
  index.add(doc_with_id("womn"), {{"Womn voter."}});
  // Exclusion.
  index.add(doc_with_id("tax-penalty"), {{"The tax penalty was assessed."}});
  index.add(doc_with_id("tax-only"), {{"The tax was paid."}});
  // A phrase in one sentence, its words (not as a phrase) with disclosed in another.
  index.add(doc_with_id("phrase-apart"),
            {{"His last known address was Elm Street.", "The last known and disclosed address was Oak Street."}});
  index.add(doc_with_id("phrase-together"), {{"The agency disclosed his last known address."}});
  // Fields.
  Document fielded = dated("fields", "2016-02-03");
  fielded.title = "Smith v. Jones";
  fielded.court = "D.D.C.";
  fielded.judges = {"Colleen Kollar-Kotelly"};
  fielded.docket = "No. 25-5181";
  fielded.citation = "607 F.3d 277";
  index.add(fielded, {{"Plaintiff sued the agency."}});
  return index.open();
}

std::vector<std::string> ids(const Xapian::Database& db, const std::string& query,
                             SortOrder sort = SortOrder::relevance) {
  SearchRequest request;
  request.query = query;
  request.limit = 100;
  request.sort = sort;
  std::vector<std::string> out;
  for (const SearchHit& hit : search(db, request).hits) out.push_back(hit.id);
  if (sort == SortOrder::relevance) std::sort(out.begin(), out.end());
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("search: /s needs one sentence, /p one paragraph, & one document") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "taxpayer /s disclosed") == Ids{"one-sentence"});
  CHECK(ids(db, "taxpayer /p disclosed") == Ids{"one-sentence", "two-sentences"});
  CHECK(ids(db, "taxpayer & disclosed") == Ids{"one-sentence", "two-paragraphs", "two-sentences"});
  CHECK(ids(db, "taxpayer +s disclosed").empty());  // in one-sentence, disclosed comes first
  CHECK(ids(db, "disclosed +s taxpayer") == Ids{"one-sentence"});
  CHECK(ids(db, "taxpayer +p disclosed") == Ids{"two-sentences"});
  CHECK(ids(db, "taxpayer w/s disclosed") == ids(db, "taxpayer /s disclosed"));
  CHECK(ids(db, "taxpayer /s disclosed /s agency") == Ids{"one-sentence"});
}

TEST_CASE("search: /n counts positions exactly, +n also order") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "alpha /3 beta") == Ids{"gap-3", "reversed-3"});  // two words between: in
  CHECK(ids(db, "alpha /2 beta").empty());                          // n = 2: out
  CHECK(ids(db, "alpha /4 beta") == Ids{"gap-3", "gap-4", "reversed-3"});
  CHECK(ids(db, "beta w/3 alpha") == Ids{"gap-3", "reversed-3"});
  CHECK(ids(db, "alpha +3 beta") == Ids{"gap-3"});
  CHECK(ids(db, "alpha pre/4 beta") == Ids{"gap-3", "gap-4"});
  CHECK(ids(db, "beta +3 alpha") == Ids{"reversed-3"});
  // /n never crosses a sentence: "return." ends one, "The" starts the next.
  CHECK(ids(db, "return /1 the") == Ids{});
  CHECK(ids(db, "\"taxpayer return\"") == Ids{"one-sentence"});
}

TEST_CASE("search: root expander and universal character") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "wom*n") == Ids{"woman", "women"});
  CHECK(ids(db, "wom!") == Ids{"woman", "women", "womn"});
  CHECK(ids(db, "vote*") == Ids{"woman", "women", "womn"});  // vote, votes, voter
  CHECK(ids(db, "vote!") == Ids{"woman", "women", "womn"});  // and voter
  CHECK(ids(db, "vot*") == Ids{"women"});               // vote only (vot + one)
  CHECK(ids(db, "wom*n /1 vote!") == Ids{"woman", "women"});
  CHECK(ids(db, "\"wom*n vote*\"") == Ids{"woman", "women"});
  CHECK(ids(db, "disclos! /s taxpayer") == Ids{"one-sentence"});
  SearchRequest narrow;
  narrow.query = "vote!";
  narrow.max_expansion = 2;
  CHECK_THROWS_WITH_AS(search(db, narrow), doctest::Contains("stands for more than 2 different words"),
                       QuerySyntaxError);
}

TEST_CASE("search: % excludes, fields and filters restrict") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "tax % penalty") == Ids{"tax-only"});
  CHECK(ids(db, "tax and not penalty") == Ids{"tax-only"});
  CHECK(ids(db, "title:smith") == Ids{"fields"});
  CHECK(ids(db, "title:\"smith v jones\"") == Ids{"fields"});
  CHECK(ids(db, "title:plaintiff").empty());  // body word, not a title word
  CHECK(ids(db, "court:ddc") == Ids{"fields"});
  CHECK(ids(db, "co(d.d.c.)") == Ids{"fields"});  // indexed from "D.D.C." as ddc
  CHECK(ids(db, "court:D.D.C. /s court:ddc").empty());  // one word, not two
  CHECK(ids(db, "judge:kollar-kotelly") == Ids{"fields"});
  CHECK(ids(db, "judge:(colleen +2 kotelly)") == Ids{"fields"});
  CHECK(ids(db, "docket:25-5181") == Ids{"fields"});
  CHECK(ids(db, "plaintiff docket:\"No. 25-5181\"") == Ids{"fields"});
  CHECK(ids(db, "id:fields") == Ids{"fields"});
  CHECK(ids(db, "taxpayer kind:order") == Ids{"two-paragraphs"});
  CHECK(ids(db, "taxpayer kind:order kind:opinion") == Ids{"one-sentence", "two-paragraphs", "two-sentences"});
  CHECK(ids(db, "taxpayer year:2019") == Ids{"one-sentence", "two-paragraphs"});
  CHECK(ids(db, "taxpayer kind:opinion year:2019") == Ids{"one-sentence"});
  CHECK(ids(db, "month:2019-11") == Ids{"two-paragraphs"});
  CHECK(ids(db, "format:text & plaintiff") == Ids{"fields"});
}

TEST_CASE("search: date ranges over full and partial dates") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "date:2019") == Ids{"one-sentence", "two-paragraphs"});
  CHECK(ids(db, "date:2019-11") == Ids{"two-paragraphs"});
  CHECK(ids(db, "date:2019-03-15") == Ids{"one-sentence"});
  CHECK(ids(db, "date:2019-03-16..2019-12-31") == Ids{"two-paragraphs"});
  CHECK(ids(db, "date:..2017") == Ids{"fields", "reversed-3"});
  CHECK(ids(db, "date:2020..") == Ids{"gap-3", "gap-4"});
  CHECK(ids(db, "date:2018..2019 taxpayer") == Ids{"one-sentence", "two-paragraphs", "two-sentences"});
  CHECK(ids(db, "alpha date:2021-01-01..2021-01-02") == Ids{"gap-4"});
}

TEST_CASE("search: sort by date, offset and limit") {
  TestIndex index;
  Xapian::Database db = build(index);
  CHECK(ids(db, "taxpayer", SortOrder::date_newest) == Ids{"two-paragraphs", "one-sentence", "two-sentences"});
  CHECK(ids(db, "taxpayer", SortOrder::date_oldest) == Ids{"two-sentences", "one-sentence", "two-paragraphs"});
  SearchRequest request;
  request.query = "alpha beta";
  request.sort = SortOrder::date_newest;
  request.offset = 1;
  request.limit = 1;
  SearchResults page = search(db, request);
  CHECK(page.estimated_matches == 3);
  REQUIRE(page.hits.size() == 1);
  CHECK(page.hits[0].id == "gap-3");
  CHECK(page.hits[0].rank == 2);
  request.offset = 5;
  CHECK(search(db, request).hits.empty());
  request.offset = 0;
  request.limit = 0;
  SearchResults count_only = search(db, request);
  CHECK(count_only.hits.empty());
  CHECK(count_only.estimated_matches == 3);
}

TEST_CASE("search: relevance prefers more occurrences") {
  TestIndex index;
  index.add(doc_with_id("once"), {{"The lease was signed by the parties in the city of Springfield."}});
  index.add(doc_with_id("thrice"), {{"The lease, the lease and again the lease."}});
  index.add(doc_with_id("none"), {{"Nothing here."}});
  Xapian::Database db = index.open();
  SearchRequest request;
  request.query = "lease";
  SearchResults results = search(db, request);
  REQUIRE(results.hits.size() == 2);
  CHECK(results.hits[0].id == "thrice");
  CHECK(results.hits[0].score > results.hits[1].score);
  CHECK(results.hits[1].score > 0);
}

TEST_CASE("search: connectors over phrases are exact, not just approximated") {
  TestIndex index;
  Xapian::Database db = build(index);
  const std::string query = "\"last known address\" /s disclos!";
  // Xapian's query alone also matches phrase-apart (phrase in one sentence,
  // its words with "disclosed" in the other) ...
  TermExpansions expansions(db, kDefaultMaxExpansion);
  TranslatedQuery translated = translate_query(parse_query(query), expansions);
  CHECK_FALSE(translated.exact);
  Xapian::Enquire enquire(db);
  enquire.set_query(translated.query);
  std::set<std::string> approximate;
  Xapian::MSet all = enquire.get_mset(0, 100);
  for (auto it = all.begin(); it != all.end(); ++it) {
    rapidjson::Document data;
    std::string json = it.get_document().get_data();
    data.Parse(json.c_str());
    approximate.insert(data["id"].GetString());
  }
  CHECK(approximate == std::set<std::string>{"phrase-apart", "phrase-together"});
  // ... the search checks positions and keeps only the real match.
  SearchRequest request;
  request.query = query;
  SearchResults results = search(db, request);
  CHECK(results.exact);
  REQUIRE(results.hits.size() == 1);
  CHECK(results.hits[0].id == "phrase-together");
  CHECK(ids(db, "\"last known\" +s address") == Ids{"phrase-apart", "phrase-together"});
  CHECK(ids(db, "\"known address\" /3 street") == Ids{"phrase-apart"});
  CHECK(ids(db, "(taxpayer /s return) /p disclosed") == Ids{"one-sentence", "two-sentences"});
  CHECK(ids(db, "(taxpayer /2 return) /s agency") == Ids{"one-sentence"});
}

TEST_CASE("search: snippets highlight the words searched for, and only those") {
  TestIndex index;
  Xapian::Database db = build(index);
  SearchRequest request;
  request.query = "disclosed /s taxpayer % penalty";
  request.highlight_open = "[";
  request.highlight_close = "]";
  SearchResults results = search(db, request);
  REQUIRE(results.hits.size() == 1);
  CHECK(results.hits[0].snippet == "The agency [disclosed] the [taxpayer] return.");
  request.query = "tax";
  results = search(db, request);
  for (const SearchHit& hit : results.hits) {
    CHECK(hit.snippet.find("[tax]") != std::string::npos);
    CHECK(hit.snippet.find("[penalty]") == std::string::npos);
  }
  request.query = "tax % penalty";
  results = search(db, request);
  REQUIRE(results.hits.size() == 1);
  CHECK(results.hits[0].snippet == "The [tax] was paid.");
  request.query = "kind:order";  // no words: the start of the text
  results = search(db, request);
  REQUIRE(results.hits.size() == 1);
  CHECK(results.hits[0].snippet == "The taxpayer filed. The agency disclosed it.");
  request.query = "wom*n";
  results = search(db, request);
  REQUIRE(results.hits.size() == 2);
  for (const SearchHit& hit : results.hits) {
    CHECK((hit.snippet == "[Women] vote." || hit.snippet == "A [woman] votes."));
  }
}

TEST_CASE("search: hit fields come from the stored document") {
  TestIndex index;
  Xapian::Database db = build(index);
  SearchRequest request;
  request.query = "plaintiff";
  SearchResults results = search(db, request);
  REQUIRE(results.hits.size() == 1);
  const SearchHit& hit = results.hits[0];
  CHECK(hit.id == "fields");
  CHECK(hit.title == "Smith v. Jones");
  CHECK(hit.court == "D.D.C.");
  CHECK(hit.judges == std::vector<std::string>{"Colleen Kollar-Kotelly"});
  CHECK(hit.docket == "No. 25-5181");
  CHECK(hit.citation == "607 F.3d 277");
  CHECK(hit.date == "2016-02-03");
  CHECK(hit.kind == "opinion");
  CHECK(hit.path == "test/fields.txt");
  CHECK(hit.format == "text");
  CHECK(hit.rank == 1);
  CHECK(results.parsed == "plaintiff");
  CHECK_FALSE(results.xapian_query.empty());
}

TEST_CASE("search JSON follows schemas/search-result.schema.json") {
  TestIndex index;
  Xapian::Database db = build(index);
  SearchRequest request;
  request.query = "taxpayer /p disclos! kind:opinion";
  request.highlight_open = "\x1b[1;31m";
  request.highlight_close = "\x1b[0m";
  SearchResults results = search(db, request);
  REQUIRE(results.hits.size() == 2);
  std::string json = search_json(results, true);
  CHECK(json.find("\x1b") == std::string::npos);  // no terminal codes

  std::ifstream schema_file(std::string(LEXGRAPH_SOURCE_DIR) + "/schemas/search-result.schema.json");
  REQUIRE(schema_file);
  std::stringstream schema_text;
  schema_text << schema_file.rdbuf();
  rapidjson::Document schema_json;
  schema_json.Parse(schema_text.str().c_str());
  REQUIRE_FALSE(schema_json.HasParseError());
  rapidjson::SchemaDocument schema(schema_json);
  rapidjson::Document output;
  output.Parse(json.c_str());
  REQUIRE_FALSE(output.HasParseError());
  rapidjson::SchemaValidator validator(schema);
  CHECK(output.Accept(validator));
  CHECK(output["parsed"].GetString() == std::string("(taxpayer /p disclos!) FILTER kind:opinion"));
  CHECK(std::string(output["hits"][0]["snippet"].GetString()).find("disclosed") != std::string::npos);
  // A document that breaks the schema is caught by it (the test can fail).
  output["hits"][0].RemoveMember("snippet");
  rapidjson::SchemaValidator strict(schema);
  CHECK_FALSE(output.Accept(strict));
}

TEST_CASE("search: a bad query is a QuerySyntaxError") {
  TestIndex index;
  Xapian::Database db = build(index);
  SearchRequest request;
  request.query = "(taxpayer /s";
  CHECK_THROWS_AS(search(db, request), QuerySyntaxError);
}

TEST_CASE("search: warnings for ignored words; too much work is flagged, never drops a document") {
  TestIndex index;
  std::string many;
  for (int i = 0; i < 3000; ++i) many += "the ";
  index.add(doc_with_id("crowded"), {{many + "end."}});
  index.add(doc_with_id("sparse"), {{"the end."}});
  Xapian::Database db = index.open();
  SearchRequest request;
  request.query = "§ end";
  SearchResults results = search(db, request);
  REQUIRE(results.warnings.size() == 1);
  CHECK(results.warnings[0].find("ignored '§'") != std::string::npos);
  CHECK(results.exact);
  // x +p x +p x: the exact check on "crowded" would take billions of steps.
  request.query = "the +p the +p the";
  results = search(db, request);
  REQUIRE(results.hits.size() == 1);
  CHECK(results.hits[0].id == "crowded");
  CHECK_FALSE(results.exact);
  REQUIRE(results.warnings.size() == 1);
  CHECK(results.warnings[0].find("1 documents had too many word positions") != std::string::npos);
}
