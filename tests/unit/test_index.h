#pragma once
// A small Xapian index written by the real IndexWriter in a temporary
// directory, for the search tests. Bodies are given already split into
// paragraphs and sentences, so the tests do not depend on the splitter.

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "document.h"
#include "normalize/normalizer.h"
#include "resolve/entity.h"
#include "segment/segmentation.h"
#include "store/index_writer.h"

namespace lexgraph::testing {

// paragraphs -> sentences -> sentence text
using Body = std::vector<std::vector<std::string>>;

class TestIndex {
 public:
  TestIndex() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("lexgraph-search-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    writer_ = std::make_unique<IndexWriter>(dir_.string());
  }
  ~TestIndex() {
    writer_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  TestIndex(const TestIndex&) = delete;
  TestIndex& operator=(const TestIndex&) = delete;

  // Adds `doc` with the body text made of `body` (paragraphs separated by a
  // blank line, sentences by a space).
  void add(Document doc, const Body& body) {
    NormalizedText normalized;
    Segmentation segments;
    for (std::size_t p = 0; p < body.size(); ++p) {
      if (p) normalized.text += "\n\n";
      Paragraph paragraph;
      paragraph.start = normalized.text.size();
      for (std::size_t s = 0; s < body[p].size(); ++s) {
        if (s) normalized.text += ' ';
        Sentence sentence;
        sentence.start = normalized.text.size();
        normalized.text += body[p][s];
        sentence.end = normalized.text.size();
        sentence.paragraph = p;
        segments.sentences.push_back(sentence);
      }
      paragraph.end = normalized.text.size();
      segments.paragraphs.push_back(paragraph);
    }
    doc.text = normalized.text;
    if (doc.path.empty()) doc.path = "test/" + doc.id + ".txt";
    if (doc.format.empty()) doc.format = "text";
    writer_->put(doc, normalized, segments, Extraction{}, "hash-" + doc.id);
  }

  // Adds a document prepared by the real pipeline (normalize, split, and
  // for the tests that need them, entities and relations).
  void put(const Document& doc, const NormalizedText& normalized, const Segmentation& segments,
           const Extraction& extraction = {}) {
    writer_->put(doc, normalized, segments, extraction, "hash-" + doc.id);
  }

  // Commits and opens the database for reading.
  Xapian::Database open() {
    writer_->commit();
    return Xapian::Database(dir_.string());
  }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<IndexWriter> writer_;
};

inline Document doc_with_id(std::string id) {
  Document doc;
  doc.id = std::move(id);
  return doc;
}

}  // namespace lexgraph::testing
