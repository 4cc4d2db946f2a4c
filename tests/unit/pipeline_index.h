#pragma once
// A small Xapian index of documents analysed by the real pipeline
// (normalize, split, extract entities and relations) and written by the
// real IndexWriter, in a temporary directory: for the ask tests, which need
// stored entities and sentences as lexindex writes them.

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>
#include <xapian.h>

#include "document.h"
#include "extract/entity_extractor.h"
#include "normalize/normalizer.h"
#include "relate/relation_extractor.h"
#include "segment/sentence_splitter.h"
#include "store/index_writer.h"

namespace lexgraph::testing {

class PipelineIndex {
 public:
  PipelineIndex() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("lexgraph-pipeline-index-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    writer_ = std::make_unique<IndexWriter>(dir_.string());
  }
  ~PipelineIndex() {
    writer_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  PipelineIndex(const PipelineIndex&) = delete;
  PipelineIndex& operator=(const PipelineIndex&) = delete;

  // Adds a news document `id` with this title, body and (optional) court.
  void add(const std::string& id, const std::string& title, const std::string& text, const std::string& court = "") {
    Document doc;
    doc.id = id;
    doc.title = title;
    doc.court = court;
    doc.path = "test/" + id + ".txt";
    doc.format = "text";
    doc.kind = "news";
    doc.text = text;
    NormalizedText normalized = normalize(text);
    Segmentation segments = splitter_.split(normalized.text);
    ExtractionContext ctx{doc, normalized.text, segments};
    Extraction x = extract_entities(ctx);
    extract_relations(ctx, x);
    writer_->put(doc, normalized, segments, x, "hash-" + id);
  }

  // Commits and opens the index for reading.
  Xapian::Database open() {
    writer_->commit();
    return Xapian::Database(dir_.string());
  }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<IndexWriter> writer_;
  SentenceSplitter splitter_;
};

}  // namespace lexgraph::testing
