#pragma once
// `lexquery cites STATUTE|CASE`: the citator. Every document that cites
// the statute or case, how (cites, applies, interprets, finds_violation,
// enjoins under ...), how often, most authoritative first.

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

struct CitingTreatment {
  std::string predicate;        // "cites", "applies", "interprets", "finds_violation", ...
  std::vector<EdgeId> edges;    // the relations saying so, with their evidence
};

struct CitingDocument {
  VertexId document;                     // a "document" vertex
  std::uint32_t count = 0;               // citing mentions in that document
  std::vector<CitingTreatment> treatments;
  double authority = 0;                  // ranking score (court level, PageRank, recency)
};

struct CitatorReport {
  std::string error;            // one line when the query names no statute or case; "" when ok
  VertexId target{};            // the cited entity
  std::vector<VertexId> also;   // other entities the same query resolved to (a section's subsections, parallel cites)
  std::vector<CitingDocument> documents;  // most authoritative first
};

// `query` is any spelling of a statute or case: "IRC 6103", "26 U.S.C. §
// 6103(i)(2)", "467 U.S. 837", "Chevron", or a canonical id.
CitatorReport cite_report(const KnowledgeGraph& graph, std::string_view query);

}  // namespace lexgraph
