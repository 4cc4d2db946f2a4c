#include "graph/document_case.h"

#include <vector>

#include "extract/citations/case_citations.h"
#include "extract/extraction_context.h"
#include "segment/segmentation.h"

namespace lexgraph {

std::string case_id_of_citation(const Document& doc) {
  // Metadata is short; anything longer is not one citation.
  if (doc.citation.empty() || doc.citation.size() > 200) return {};
  Segmentation segments;
  segments.paragraphs.push_back({0, doc.citation.size()});
  segments.sentences.push_back({0, doc.citation.size(), 0});
  const ExtractionContext ctx{doc, doc.citation, segments};
  std::vector<Mention> mentions;
  extract_case_citations(ctx, mentions);
  for (const Mention& m : mentions) {
    if (m.type == "case" && m.entity.starts_with("case:")) return m.entity;
  }
  return {};
}

}  // namespace lexgraph
