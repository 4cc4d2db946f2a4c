// Figures, money, dates and orders over every real document
// (../shared/corpus-real): never a crash, spans in range and on character
// boundaries, no overlaps within a type; prints counts and speed.

#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "extract/figures/figures.h"
#include "normalize/normalizer.h"
#include "read/text_reader.h"
#include "segment/sentence_splitter.h"

using namespace lexgraph;

namespace {

struct Prepared {
  Document doc;
  std::string text;
  Segmentation segments;
};

std::vector<Prepared> real_documents(const std::string& dir) {
  std::vector<Prepared> out;
  SentenceSplitter splitter;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ReadResult read = read_text(bytes.str());
    if (!read.ok() || read.documents.empty()) continue;
    Prepared p;
    p.doc = std::move(read.documents[0]);
    p.text = normalize(p.doc.text).text;
    p.segments = splitter.split(p.text);
    out.push_back(std::move(p));
  }
  return out;
}

bool on_char_boundary(const std::string& text, std::size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

}  // namespace

TEST_CASE("figures, dates and orders over every real document") {
  const std::string dir = std::string(LEXGRAPH_SHARED_DIR) + "/corpus-real";
  if (!std::filesystem::exists(dir)) {
    MESSAGE("skipped: " << dir << " not present");
    return;
  }
  const std::vector<Prepared> docs = real_documents(dir);
  REQUIRE(docs.size() > 300);
  std::size_t bytes = 0;
  for (const Prepared& p : docs) bytes += p.text.size();

  using Extractor = void (*)(const ExtractionContext&, std::vector<Mention>&);
  const std::pair<const char*, Extractor> extractors[] = {
      {"figures+money", extract_figures}, {"dates", extract_dates}, {"orders", extract_orders}};
  std::map<std::string, std::size_t> by_type;
  for (const auto& [label, extractor] : extractors) {
    std::size_t problems = 0;
    std::vector<std::vector<Mention>> results;
    // Processor time, best of three runs: the machine is shared, and wall
    // time would measure the neighbours.
    double seconds = 1e9;
    for (int run = 0; run < 3; ++run) {
      results.assign(docs.size(), {});
      const std::clock_t started = std::clock();
      for (std::size_t d = 0; d < docs.size(); ++d) {
        ExtractionContext ctx{docs[d].doc, docs[d].text, docs[d].segments};
        extractor(ctx, results[d]);
      }
      seconds = std::min(seconds, static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC);
    }
    for (std::size_t d = 0; d < docs.size(); ++d) {
      std::vector<Mention>& found = results[d];
      std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
      for (std::size_t k = 0; k < found.size(); ++k) {
        const Mention& m = found[k];
        ++by_type[m.type];
        const bool bad = m.start >= m.end || m.end > docs[d].text.size() || !on_char_boundary(docs[d].text, m.start) ||
                         !on_char_boundary(docs[d].text, m.end) ||
                         (k > 0 && found[k - 1].type == m.type && found[k - 1].end > m.start);
        if (bad && problems++ < 5) MESSAGE(docs[d].doc.path << ": bad span " << m.start << "-" << m.end);
      }
    }
    CHECK(problems == 0);
    MESSAGE(std::string(label) << ": " << bytes / 1e6 << " MB in " << seconds << " s of processor time = " << bytes / 1e6 / seconds << " MB/s");
  }
  for (const auto& [type, count] : by_type) MESSAGE(type << ": " << count << " mentions in " << docs.size() << " documents");
  CHECK(by_type["figure"] > 1000);
  CHECK(by_type["money"] > 100);
  CHECK(by_type["date"] > 1000);
  CHECK(by_type["order"] > 500);
}

TEST_CASE("figures, dates and orders survive generated hostile text") {
  // Pieces that steer the scanners into their every branch, glued at random.
  const std::vector<std::string> pieces = {
      "1", "42,695", "1.28", "2025", "-", "--", "/", ":", ",", ".", " ", "\n", "\n\n", "$", "US$", "\xe2\x82\xac",
      "(", ")", "%", "million", "bn", "m", "times", "people", "of the", "or so", "to", "approximately", "more than",
      "nine", "twenty-", "forty-eight", "hundred", "Nov.", "November", "Thursday", "last", "earlier this month",
      "mid-", "in", "since", "order", "ORDER", "orders", "stay", "injunction", "TRO", "denied", "still in place",
      "the", "court's", "a", "motion for", "\xc2\xa7", "\xff", "'s", "U.S.", "No.", "at", "3rd of", "1/2/", "WL"};
  std::mt19937 rng(20251121);
  lexgraph::Document doc;
  doc.date = "2025-11-20";
  doc.kind = "news";
  SentenceSplitter splitter;
  for (int round = 0; round < 300; ++round) {
    std::string raw;
    const int length = static_cast<int>(rng() % 400);
    for (int k = 0; k < length; ++k) raw += pieces[rng() % pieces.size()];
    const std::string text = normalize(raw).text;
    const Segmentation segments = splitter.split(text);
    ExtractionContext ctx{doc, text, segments};
    std::vector<Mention> found;
    extract_figures(ctx, found);
    extract_dates(ctx, found);
    extract_orders(ctx, found);
    for (const Mention& m : found) {
      REQUIRE(m.start < m.end);
      REQUIRE(m.end <= text.size());
    }
  }
  // Long runs: digits, separators, number words.
  const std::string long_inputs[] = {std::string(100000, '9'), std::string(50000, ','),
                                     [] { std::string s; for (int i = 0; i < 20000; ++i) s += "1,000,"; return s; }(),
                                     [] { std::string s; for (int i = 0; i < 20000; ++i) s += "twenty-two hundred "; return s; }(),
                                     [] { std::string s; for (int i = 0; i < 20000; ++i) s += "the order "; return s; }()};
  for (const std::string& raw : long_inputs) {
    const std::string text = normalize(raw).text;
    const Segmentation segments = splitter.split(text);
    ExtractionContext ctx{doc, text, segments};
    std::vector<Mention> found;
    extract_figures(ctx, found);
    extract_dates(ctx, found);
    extract_orders(ctx, found);
    CHECK(found.size() <= text.size());
  }
}
