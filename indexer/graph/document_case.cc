#include "graph/document_case.h"

#include <vector>

#include "extract/citations/case_citations.h"
#include "extract/extraction_context.h"
#include "segment/segmentation.h"

namespace lexgraph {

namespace {

// Runs `extract` over one metadata field as the whole text; the first case
// id it yields.
std::string case_id_in(const Document& doc, const std::string& field,
                       void (*extract)(const ExtractionContext&, std::vector<Mention>&)) {
  // Metadata is short; anything longer is not one citation or number.
  if (field.empty() || field.size() > 200) return {};
  Segmentation segments;
  segments.paragraphs.push_back({0, field.size()});
  segments.sentences.push_back({0, field.size(), 0});
  const ExtractionContext ctx{doc, field, segments};
  std::vector<Mention> mentions;
  extract(ctx, mentions);
  for (const Mention& m : mentions) {
    if (m.type == "case" && m.entity.starts_with("case:")) return m.entity;
  }
  return {};
}

}  // namespace

std::string case_id_of_citation(const Document& doc) { return case_id_in(doc, doc.citation, extract_case_citations); }

// The docket extractor names the document's own case when its metadata
// number is written in the text: here the text is that number.
std::string case_id_of_docket(const Document& doc) { return case_id_in(doc, doc.docket, extract_dockets); }

}  // namespace lexgraph
