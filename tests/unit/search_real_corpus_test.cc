// /s, +s and /p on real documents through the whole pipeline (reader,
// normalizer, sentence splitter, IndexWriter, search), checked against the
// sentences and paragraphs the splitter found: a /s b must match exactly
// the documents with a sentence holding both words.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "normalize/normalizer.h"
#include "read/reader.h"
#include "search/searcher.h"
#include "segment/sentence_splitter.h"
#include "test_index.h"

using namespace lexgraph;

namespace {

// Each unit (sentence or paragraph) as the positions of its terms.
using Unit = std::map<std::string, std::vector<Xapian::termpos>>;

Unit terms_of(std::string_view text) {
  Xapian::TermGenerator generator;
  Xapian::Document scratch;
  generator.set_document(scratch);
  generator.index_text(std::string(text));
  Unit unit;
  for (auto t = scratch.termlist_begin(); t != scratch.termlist_end(); ++t) {
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) unit[*t].push_back(*p);
  }
  return unit;
}

struct RealDoc {
  std::string id;
  std::vector<Unit> sentences, paragraphs;
};

bool plain_word(const std::string& term) {
  static const std::set<std::string> kOperators = {"and", "or", "not", "but", "pre"};
  return term.size() >= 3 && std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         !kOperators.count(term);
}

}  // namespace

TEST_CASE("real documents: /s, +s and /p agree with the splitter's sentences and paragraphs") {
  std::filesystem::path corpus = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!std::filesystem::exists(corpus)) {
    MESSAGE("skipped: " << corpus.string() << " is absent");
    return;
  }
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());

  lexgraph::testing::TestIndex index;
  SentenceSplitter splitter;
  std::vector<RealDoc> docs;
  std::map<std::string, int> document_frequency;
  for (std::size_t f = 0; f < files.size() && docs.size() < 40; f += 5) {
    ReadResult read = read_file(files[f]);
    if (!read.ok() || read.documents.size() != 1) continue;
    Document doc = std::move(read.documents.front());
    doc.id = "real" + std::to_string(docs.size());
    doc.title.clear();  // the writer indexes the title as a paragraph of its own: keep to the body
    NormalizedText normalized = normalize(doc.text);
    Segmentation segments = splitter.split(normalized.text);
    RealDoc real;
    real.id = doc.id;
    bool overlong = false;
    std::vector<std::string> paragraph_text(segments.paragraphs.size());
    std::vector<int> sentences_in(segments.paragraphs.size());
    for (const Sentence& s : segments.sentences) {
      std::string_view text = std::string_view(normalized.text).substr(s.start, s.end - s.start);
      real.sentences.push_back(terms_of(text));
      std::size_t words = 0;
      for (const auto& [term, positions] : real.sentences.back()) words += positions.size();
      // The writer cuts sentences over its window and paragraphs over
      // theirs into pieces: such documents do not test the splitter's units.
      if (words > 150) overlong = true;
      paragraph_text[s.paragraph] += std::string(text) + " ";
      if (++sentences_in[s.paragraph] > 30) overlong = true;
    }
    if (overlong || real.sentences.empty()) continue;
    for (const std::string& text : paragraph_text) real.paragraphs.push_back(terms_of(text));
    std::set<std::string> seen;
    for (const Unit& sentence : real.sentences) {
      for (const auto& [term, positions] : sentence) seen.insert(term);
    }
    for (const std::string& term : seen) ++document_frequency[term];
    index.put(doc, normalized, segments);
    docs.push_back(std::move(real));
  }
  REQUIRE(docs.size() >= 10);
  Xapian::Database db = index.open();

  // Words in several documents but not everywhere: pairs that sometimes
  // share a sentence, sometimes a paragraph only, sometimes a document only.
  std::vector<std::string> words;
  for (const auto& [term, df] : document_frequency) {
    if (plain_word(term) && df >= 3 && df <= static_cast<int>(docs.size()) * 2 / 3) words.push_back(term);
  }
  REQUIRE(words.size() > 50);
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  int sentence_hits = 0, paragraph_only = 0;
  std::set<std::string> usable(words.begin(), words.end());
  auto from_one_sentence = [&](std::string& a, std::string& b) {
    const RealDoc& doc = docs[std::uniform_int_distribution<std::size_t>(0, docs.size() - 1)(rng)];
    const Unit& s = doc.sentences[std::uniform_int_distribution<std::size_t>(0, doc.sentences.size() - 1)(rng)];
    std::vector<std::string> in;
    for (const auto& [term, positions] : s) {
      if (usable.count(term)) in.push_back(term);
    }
    if (in.size() < 2) return false;
    std::shuffle(in.begin(), in.end(), rng);
    a = in[0];
    b = in[1];
    return true;
  };
  for (int q = 0; q < 200; ++q) {
    // Half the pairs share a sentence in at least one document.
    std::string a = words[pick(rng)], b = words[pick(rng)];
    if (q % 2 && !from_one_sentence(a, b)) continue;
    if (a == b) continue;
    std::set<std::string> same_sentence, ordered_sentence, same_paragraph;
    for (const RealDoc& doc : docs) {
      for (const Unit& s : doc.sentences) {
        if (!s.count(a) || !s.count(b)) continue;
        same_sentence.insert(doc.id);
        if (s.at(a).front() < s.at(b).back()) ordered_sentence.insert(doc.id);
      }
      for (const Unit& p : doc.paragraphs) {
        if (p.count(a) && p.count(b)) same_paragraph.insert(doc.id);
      }
    }
    auto run = [&](const std::string& query) {
      SearchRequest request;
      request.query = query;
      request.limit = 1000;
      std::set<std::string> out;
      for (const SearchHit& hit : search(db, request).hits) out.insert(hit.id);
      return out;
    };
    CAPTURE(a);
    CAPTURE(b);
    CHECK(run(a + " /s " + b) == same_sentence);
    CHECK(run(a + " +s " + b) == ordered_sentence);
    CHECK(run(a + " /p " + b) == same_paragraph);
    sentence_hits += !same_sentence.empty();
    paragraph_only += same_paragraph.size() > same_sentence.size();
  }
  MESSAGE(docs.size() << " real documents; " << sentence_hits << " word pairs share a sentence somewhere, "
                      << paragraph_only << " share a paragraph beyond that");
  CHECK(sentence_hits > 10);
  CHECK(paragraph_only > 10);
}
