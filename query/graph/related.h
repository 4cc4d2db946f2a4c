#pragma once
// `lexquery related NAME [--type T] [--predicate P]`: an entity's
// neighbours, grouped by predicate and direction, each with how many facts
// join them; "co_mentioned" groups the entities named in the same
// documents (count: shared documents).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

inline constexpr std::string_view kCoMentioned = "co_mentioned";

struct Neighbour {
  VertexId vertex{};
  std::uint32_t count = 0;  // facts (or shared documents for co_mentioned)
};

struct NeighbourGroup {
  std::string predicate;     // a predicate, or "co_mentioned"
  std::string direction;     // "out" (entity is the subject), "in", or "both" for co_mentioned
  std::size_t total = 0;     // neighbours before the limit
  std::vector<Neighbour> neighbours;  // highest count first
};

struct RelatedFilter {
  std::string type;       // keep neighbours of this vertex type ("" = all)
  std::string predicate;  // keep this predicate only ("" = all; "co_mentioned" allowed)
  std::size_t limit = 20; // neighbours per group (0 = all)
};

// Negated facts are not neighbours; documents are neighbours only by a
// relation (cites, presides_over ...), never by co-mention.
std::vector<NeighbourGroup> related_entities(const KnowledgeGraph& graph, VertexId vertex, const RelatedFilter& filter);

}  // namespace lexgraph
