#pragma once
// A small Xapian index (test_index.h) of documents analysed by the real
// pipeline (normalize, split, extract entities and relations): for the ask
// tests, which need stored entities and sentences as lexindex writes them.

#include <string>
#include <vector>

#include <xapian.h>

#include "document.h"
#include "extract/entity_extractor.h"
#include "normalize/normalizer.h"
#include "relate/relation_extractor.h"
#include "segment/sentence_splitter.h"
#include "store/index_writer.h"
#include "test_index.h"

namespace lexgraph::testing {

class PipelineIndex {
 public:
  // Adds a document `id` (news unless `kind` says otherwise) with this
  // title, body and (optional) court and docket number (its header's, as a
  // docket report has) and date.
  void add(const std::string& id, const std::string& title, const std::string& text, const std::string& court = "",
           const std::string& docket = "", const std::string& date = "", const std::string& kind = "news",
           const std::vector<std::string>& judges = {}) {
    Document doc;
    doc.judges = judges;
    doc.id = id;
    doc.title = title;
    doc.court = court;
    doc.docket = docket;
    doc.date = date;
    doc.path = "test/" + id + ".txt";
    doc.format = "text";
    doc.kind = kind;
    doc.text = text;
    NormalizedText normalized = normalize(text);
    Segmentation segments = splitter_.split(normalized.text);
    ExtractionContext ctx{doc, normalized.text, segments};
    Extraction x = extract_entities(ctx);
    extract_relations(ctx, x);
    index_.put(doc, normalized, segments, x);
  }

  // Commits and opens the index for reading.
  Xapian::Database open() { return index_.open(); }

 private:
  TestIndex index_;  // the temporary directory and the writer
  SentenceSplitter splitter_;
};

}  // namespace lexgraph::testing
