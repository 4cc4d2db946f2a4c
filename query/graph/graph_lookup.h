#pragma once
// NAME|ID -> graph vertices, the one entity lookup every graph command
// shares. In order, the first step that finds something wins:
//   1. an exact canonical id ("agency:ice", "doc:corpus/x.txt");
//   2. the entity extractor on the words (query/search/entity_lookup.h), so
//      any spelling the documents allow works ("IRC 6103" = "26 U.S.C. § 6103");
//   3. KnowledgeGraph::find_by_name (a name or alias, case and punctuation aside);
//   4. a case-insensitive substring of a name or alias, most mentioned first.
// Documents are found by id only: a title is not an entity's name.

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

enum class LookupStep { none, id, extractor, name, partial_name };
const char* lookup_step_name(LookupStep step);  // "none", "id", "extractor", "name", "partial_name"

struct EntityLookup {
  LookupStep step = LookupStep::none;
  std::vector<VertexId> candidates;  // most mentioned first; empty when nothing matched
  bool ambiguous() const { return candidates.size() > 1; }
};

// `type`, when not empty, keeps only vertices of that type ("statute").
// At most `max_candidates` are returned (the most mentioned).
EntityLookup lookup_entity(const KnowledgeGraph& graph, std::string_view text, std::string_view type = {},
                           std::size_t max_candidates = 20);

}  // namespace lexgraph
