// Acceptance: the seed news report (../shared/eval/seed) against its gold
// entities: every gold entity found with the right type, at most two
// spurious ones among the types the gold annotates.

#include <doctest/doctest.h>

#include <filesystem>

#include "build/prepared_file.h"
#include "extraction_scorer.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

TEST_CASE("seed report: every gold entity, at most two spurious") {
  const std::string dir = std::string(LEXGRAPH_SHARED_DIR) + "/eval/seed";
  if (!std::filesystem::exists(dir)) {
    MESSAGE("skipped: " << dir << " not present");
    return;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string gold_path = entry.path().string();
    if (gold_path.size() < 10 || gold_path.substr(gold_path.size() - 10) != ".gold.json") continue;
    const std::string text_path = gold_path.substr(0, gold_path.size() - 10) + ".txt";
    rapidjson::Document gold;
    REQUIRE(testing::load_gold(gold_path, gold));
    ReadResult read = read_file(text_path);
    REQUIRE(read.ok());
    SentenceSplitter splitter;
    PreparedDocument d = analyze_document(std::move(read.documents.at(0)), splitter);
    testing::Score score = testing::score_extraction(d.extraction, gold["entities"]);
    for (const auto& [type, s] : score.by_type) {
      MESSAGE(type << ": found " << s.found << "/" << s.gold << ", precision " << s.correct << "/" << s.extracted);
    }
    for (const auto& m : score.missed) MESSAGE("missed " << m);
    for (const auto& s : score.spurious) MESSAGE("spurious " << s);
    CHECK(score.missed.empty());
    CHECK(score.spurious.size() <= 2);
  }
}
