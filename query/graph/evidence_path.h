#pragma once
// `lexquery path A B`: the shortest evidence path between two entities.
// Relation edges cost 1 (a little more when the rule was unsure); going
// through a document that mentions both ends costs 3 (1.5 into the
// document, 1.5 out), so a stated fact is preferred to two entities merely
// named in one document. Edges are walked either way; negated facts never.

#include <optional>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

struct PathStep {
  VertexId from{}, to{};
  // A relation (forward: `from` is its subject) ...
  std::optional<EdgeId> edge;
  bool forward = true;
  // ... or a co-mention: both named in this document, with the sentence
  // that names both when the graph holds one (else one naming `to`, else empty).
  std::optional<VertexId> document;
  GraphEvidence evidence;
};

struct EvidencePath {
  bool found = false;
  double cost = 0;
  std::vector<PathStep> steps;  // empty when found and a start is an end
};

// From any of `from` to any of `to` (every candidate of an ambiguous name),
// in at most `max_steps` steps (a co-mention is one step).
EvidencePath shortest_evidence_path(const KnowledgeGraph& graph, const std::vector<VertexId>& from,
                                    const std::vector<VertexId>& to, int max_steps);

}  // namespace lexgraph
