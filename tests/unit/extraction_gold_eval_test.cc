// Acceptance: entity extraction scored against our own gold annotations of
// real documents (tests/gold/corpus-real/, read from ../shared/corpus-real).
// Prints precision, recall and F1 per type; asserts the overall floor the
// implementation reaches today, so that a regression fails.

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

#include "build/prepared_file.h"
#include "extraction_scorer.h"
#include "read/reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {
constexpr double kOverallF1Floor = 0.9;  // measured 0.921 on 2026-11-25; raise as it improves
}

TEST_CASE("own gold on real documents: precision, recall and F1 per type") {
  const fs::path gold_dir = fs::path(LEXGRAPH_SOURCE_DIR) / "tests/gold/corpus-real";
  const fs::path real_dir = fs::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!fs::exists(real_dir) || !fs::exists(gold_dir)) {
    MESSAGE("skipped: " << real_dir.string() << " or " << gold_dir.string() << " not present");
    return;
  }
  testing::Score all;
  int documents = 0;
  SentenceSplitter splitter;
  for (const auto& entry : fs::recursive_directory_iterator(gold_dir)) {
    const std::string name = entry.path().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".gold.json") continue;
    rapidjson::Document gold;
    REQUIRE_MESSAGE(testing::load_gold(name, gold), name);
    const fs::path text = real_dir / gold["document"].GetString();
    ReadResult read = read_file(text.string());
    REQUIRE_MESSAGE(read.ok(), text.string() << ": " << read.error);
    PreparedDocument d = analyze_document(std::move(read.documents.at(0)), splitter);
    testing::Score s = testing::score_extraction(d.extraction, gold["entities"]);
    for (const auto& [type, t] : s.by_type) {
      auto& a = all.by_type[type];
      a.gold += t.gold;
      a.found += t.found;
      a.extracted += t.extracted;
      a.correct += t.correct;
    }
    for (const auto& m : s.missed) all.missed.push_back(std::string(gold["document"].GetString()) + ": " + m);
    for (const auto& m : s.spurious) all.spurious.push_back(std::string(gold["document"].GetString()) + ": " + m);
    ++documents;
  }
  REQUIRE(documents > 0);
  char line[160];
  std::string table = "type            gold  found  extracted  correct  precision  recall     F1\n";
  auto row = [&](const std::string& type, const testing::TypeScore& t) {
    std::snprintf(line, sizeof line, "%-14s %5d  %5d  %9d  %7d  %9.3f  %6.3f  %5.3f\n", type.c_str(), t.gold, t.found,
                  t.extracted, t.correct, t.precision(), t.recall(), t.f1());
    table += line;
  };
  for (const auto& [type, t] : all.by_type) row(type, t);
  row("overall", all.total());
  MESSAGE(documents << " documents\n" << table);
  if (std::getenv("LEXGRAPH_EVAL_VERBOSE")) {
    for (const auto& m : all.missed) MESSAGE("missed " << m);
    for (const auto& m : all.spurious) MESSAGE("spurious " << m);
  }
  CHECK(all.total().f1() >= kOverallF1Floor);
}
