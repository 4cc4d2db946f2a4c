// Merging graph and passage answers (query/ask/answer_merge.h): one answer
// per entity (or per wording for non-entities), evidence from both sources,
// graph first, never an answer without evidence, preferred types first.

#include <doctest/doctest.h>

#include "ask/answer_merge.h"

using namespace lexgraph::ask;

namespace {

Answer answer(std::string text, std::string type, std::string entity, double score, AnswerSource source,
              std::string doc, std::size_t sentence) {
  Answer a;
  a.text = std::move(text);
  a.type = std::move(type);
  a.entity = std::move(entity);
  a.score = score;
  a.source = source;
  Evidence ev;
  ev.doc = std::move(doc);
  ev.sentence = sentence;
  ev.text = "sentence " + std::to_string(sentence);
  a.evidence.push_back(ev);
  return a;
}

}  // namespace

TEST_CASE("the same entity from both sources becomes one answer, graph evidence first") {
  std::vector<Answer> graph = {answer("Kollar-Kotelly", "judge", "judge:k", 5, AnswerSource::graph, "d1", 3)};
  std::vector<Answer> passages = {answer("Colleen Kollar-Kotelly", "judge", "judge:k", 6, AnswerSource::passage, "d2", 1),
                                  answer("Harry Edwards", "judge", "judge:e", 6.5, AnswerSource::passage, "d1", 9)};
  auto merged = merge_answers(graph, passages);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].entity == "judge:k");
  CHECK(merged[0].source == AnswerSource::both);
  CHECK(merged[0].score > 6.5);
  REQUIRE(merged[0].evidence.size() == 2);
  CHECK(merged[0].evidence[0].doc == "d1");  // the graph's
  CHECK(merged[0].text == "Kollar-Kotelly");
  CHECK(merged[1].entity == "judge:e");
  CHECK(merged[1].source == AnswerSource::passage);
}

TEST_CASE("repeated evidence is kept once and support has diminishing weight") {
  std::vector<Answer> passages;
  for (int i = 0; i < 10; ++i) passages.push_back(answer("ICE", "agency", "agency:ice", 3, AnswerSource::passage, "d1", 2));
  passages.push_back(answer("IRS", "agency", "agency:irs", 4.2, AnswerSource::passage, "d2", 5));
  auto merged = merge_answers({}, passages);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].entity == "agency:irs");  // one strong sentence beats ten copies of a weak one
  CHECK(merged[1].evidence.size() == 1);
}

TEST_CASE("answers that are not entities merge by their words") {
  std::vector<Answer> passages = {answer("Chief Privacy Officer", "role", "", 4, AnswerSource::passage, "d1", 1),
                                  answer("chief privacy officer", "role", "", 3, AnswerSource::passage, "d2", 7)};
  auto merged = merge_answers({}, passages);
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].evidence.size() == 2);
}

TEST_CASE("a role read from one sentence in part and in full is one answer, in full") {
  std::vector<Answer> graph = {answer("officer", "role", "", 8, AnswerSource::graph, "d1", 4)};
  std::vector<Answer> passages = {answer("vice president and loan review officer", "role", "", 5, AnswerSource::passage, "d1", 4),
                                  answer("officer", "role", "", 2, AnswerSource::passage, "d2", 9),
                                  answer("review officer", "role", "", 1, AnswerSource::passage, "d3", 1)};
  auto merged = merge_answers(graph, passages);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].text == "vice president and loan review officer");
  CHECK(merged[0].score > 8);
  CHECK(merged[0].source == AnswerSource::both);
  CHECK(merged[1].text == "review officer");  // another sentence's: its own answer
}

TEST_CASE("a generic entity ranks after every other answer of the types asked") {
  std::vector<Answer> passages = {answer("Government", "agency", "agency:united-states", 6, AnswerSource::passage, "d1", 1),
                                  answer("Immigration and Naturalization Service", "agency", "agency:ins", 5,
                                         AnswerSource::passage, "d1", 2),
                                  answer("Abel", "person", "person:abel", 5.5, AnswerSource::passage, "d1", 3)};
  MergeOptions options;
  options.generic_entities = {"agency:united-states"};
  options.preferred_types = {"agency"};
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].entity == "agency:ins");
  CHECK(merged[1].entity == "agency:united-states");  // still before the type not asked
  CHECK(merged[2].entity == "person:abel");
  CHECK(merge_answers({}, passages).front().entity == "agency:united-states");
}

TEST_CASE("where a day is asked, a year or a month weighs less than a day") {
  auto date = [](std::string text, std::string iso, double score, std::size_t sentence) {
    Answer a = answer(std::move(text), "date", "date:" + iso, score, AnswerSource::passage, "d1", sentence);
    a.string_value = iso;
    return a;
  };
  std::vector<Answer> passages = {date("1968", "1968", 7, 1), date("November 14, 1968", "1968-11-14", 6, 2),
                                  date("March 1974", "1974-03", 10, 3)};
  MergeOptions options;
  options.prefer_full_dates = true;
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].text == "March 1974");  // far better said: still first
  CHECK(merged[1].text == "November 14, 1968");
  CHECK(merged[2].text == "1968");
  CHECK(merge_answers({}, passages)[1].text == "1968");  // a year asked for keeps its score
}

TEST_CASE("where things are counted, a span of time weighs less than a count") {
  auto figure = [](std::string text, std::string unit, double score, std::size_t sentence) {
    Answer a = answer(std::move(text), "figure", "", score, AnswerSource::passage, "d1", sentence);
    a.unit = std::move(unit);
    return a;
  };
  std::vector<Answer> passages = {figure("within 10 years", "years", 7, 1), figure("500 visas", "", 6, 2),
                                  figure("90 days", "days", 12, 3)};
  MergeOptions options;
  options.things_counted = true;
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].text == "90 days");  // far better said: still first
  CHECK(merged[1].text == "500 visas");
  CHECK(merge_answers({}, passages)[1].text == "within 10 years");  // a span asked for keeps its score
  CHECK(lexgraph::ask::unit_category("days") == "time");
  CHECK(lexgraph::ask::unit_category("visas") == "count");
  CHECK(lexgraph::ask::unit_category("widgets").empty());
}

TEST_CASE("where an exact amount is asked, an approximate one weighs less") {
  std::vector<Answer> passages = {answer("about $4.6 million", "money", "", 7, AnswerSource::passage, "d1", 1),
                                  answer("$4,612,000", "money", "", 6.5, AnswerSource::passage, "d1", 2)};
  MergeOptions options;
  options.exact_asked = true;
  CHECK(merge_answers({}, passages, options).front().text == "$4,612,000");
  CHECK(merge_answers({}, passages).front().text == "about $4.6 million");  // "about how much" keeps it first
}

TEST_CASE("an answer broken across the source's lines is shown on one line") {
  std::vector<Answer> passages = {answer("seven hundred\ndollars", "money", "", 4, AnswerSource::passage, "d1", 1)};
  auto merged = merge_answers({}, passages);
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].text == "seven hundred dollars");
}

TEST_CASE("a date from a fact's qualifier and the date entity of the same day are one answer") {
  Answer from_fact = answer("2025-11-21", "date", "", 7, AnswerSource::graph, "d1", 4);
  from_fact.string_value = "2025-11-21";
  Answer entity = answer("November 21, 2025", "date", "date:2025-11-21", 11, AnswerSource::passage, "d1", 2);
  entity.string_value = "2025-11-21";
  auto merged = merge_answers({from_fact}, {entity});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].evidence.size() == 2);
  CHECK(merged[0].entity == "date:2025-11-21");
  CHECK(merged[0].text == "November 21, 2025");
}

TEST_CASE("no evidence, no answer; top N; preferred types first") {
  Answer bare = answer("Ghost", "person", "person:ghost", 99, AnswerSource::graph, "d1", 1);
  bare.evidence.clear();
  std::vector<Answer> passages = {answer("Treasury", "agency", "agency:treasury", 9, AnswerSource::passage, "d1", 1),
                                  answer("Scott Bessent", "person", "person:b", 7, AnswerSource::passage, "d1", 1),
                                  answer("Kristi Noem", "person", "person:n", 6.9, AnswerSource::passage, "d1", 1)};
  MergeOptions options;
  options.top = 2;
  options.preferred_types = {"person", "judge"};
  auto merged = merge_answers({bare}, passages, options);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].entity == "person:b");
  CHECK(merged[1].entity == "person:n");
  options.preferred_types.clear();
  merged = merge_answers({}, passages, options);
  CHECK(merged[0].entity == "agency:treasury");
}

TEST_CASE("one piece of evidence names the answer in full when the best ones use its short name") {
  auto said = [](std::string name, std::string sentence_text, double score, std::size_t sentence) {
    Answer a = answer("American Zurich Insurance Company", "organization", "org:zurich", score, AnswerSource::passage, "d1",
                      sentence);
    a.evidence[0].text = sentence_text;
    const std::size_t at = sentence_text.find(name);
    a.evidence[0].highlight = std::make_pair(at, at + name.size());
    return a;
  };
  std::vector<Answer> passages = {said("Zurich", "Zurich seeks to intervene in Twing's suit.", 9, 10),
                                  said("Zurich", "Twing opposes Zurich's motion to intervene.", 8.5, 11),
                                  said("Zurich", "Zurich may suffer harm if denied intervention.", 8, 12),
                                  said("American Zurich Insurance Company",
                                       "American Zurich Insurance Company (\"Zurich\") moved to intervene.", 6, 2)};
  MergeOptions options;
  options.evidence_per_answer = 3;
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 1);
  REQUIRE(merged[0].evidence.size() == 3);
  CHECK(merged[0].evidence[0].sentence == 10);  // the best first still
  CHECK(merged[0].evidence[2].sentence == 2);   // the definition in the last place
}

TEST_CASE("a figure in another unit than the one asked ranks after one in that unit, when one is found") {
  auto figure = [](std::string text, std::string unit, double score, std::size_t sentence) {
    Answer a = answer(std::move(text), "figure", "", score, AnswerSource::passage, "d1", sentence);
    a.unit = std::move(unit);
    return a;
  };
  std::vector<Answer> passages = {figure("51 percent", "percent", 14, 1), figure("7,007,000 lb", "pounds", 6, 2),
                                  figure("42,695", "", 10, 3)};
  MergeOptions options;
  options.asked_unit = "pounds";
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].text == "42,695");  // no unit: neither asked nor another
  CHECK(merged[1].text == "7,007,000 lb");
  CHECK(merged[2].text == "51 percent");
  // No answer in the asked unit: the scores alone rank.
  options.asked_unit = "airports";
  merged = merge_answers({}, passages, options);
  CHECK(merged[0].text == "51 percent");
}

TEST_CASE("an answer the focus document supports shows one of its sentences besides the best") {
  std::vector<Answer> passages = {answer("42 U.S.C. 1983", "statute", "statute:usc/42/1983", 9, AnswerSource::passage, "d1", 1),
                                  answer("42 U.S.C. 1983", "statute", "statute:usc/42/1983", 8, AnswerSource::passage, "d1", 2),
                                  answer("42 U.S.C. 1983", "statute", "statute:usc/42/1983", 7, AnswerSource::passage, "d1", 3),
                                  answer("42 U.S.C. 1983", "statute", "statute:usc/42/1983", 4, AnswerSource::passage, "d2", 5)};
  MergeOptions options;
  options.focus_document = "d2";
  auto merged = merge_answers({}, passages, options);
  REQUIRE(merged.size() == 1);
  REQUIRE(merged[0].evidence.size() == 4);
  CHECK(merged[0].evidence.back().doc == "d2");
  CHECK(merged[0].evidence.front().doc == "d1");  // the best sentence still first
}
