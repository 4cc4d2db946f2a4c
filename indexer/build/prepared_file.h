#pragma once
// What a worker hands the writer for one source file: its documents,
// normalized and segmented, or why they could not be read.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "build/source_files.h"
#include "document.h"
#include "normalize/normalizer.h"
#include "resolve/entity.h"
#include "segment/segmentation.h"

namespace lexgraph {

class SentenceSplitter;

struct PreparedDocument {
  Document doc;
  NormalizedText normalized;
  Segmentation segments;
  Extraction extraction;
};

// Stages 2-6 for one document: normalize, segment, extract, resolve, relate.
PreparedDocument analyze_document(Document doc, SentenceSplitter& splitter);

struct PreparedFile {
  const SourceFile* file = nullptr;
  std::string content_hash;
  bool unchanged = false;            // same bytes as the indexed version: nothing to do
  std::string error;                 // one line, without the file name; empty when ok
  std::vector<std::string> warnings;
  std::vector<PreparedDocument> documents;
};

// Reads and analyses one file. `indexed_hash` returns the content hash the
// database holds for a path ("" when none); unchanged files stop there.
PreparedFile prepare_file(const SourceFile& file, std::uint64_t max_bytes, bool force,
                          const std::function<std::string(const std::string&)>& indexed_hash,
                          SentenceSplitter& splitter);

}  // namespace lexgraph
