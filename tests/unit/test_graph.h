#pragma once
// Building small knowledge graphs by hand for the tests of what reads them
// (ask's graph answers, judge roles): one vertex at a time.

#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph::testing {

// The vertex `id` with its type, display name, aliases and attrs, named
// once in one document.
inline VertexId add_vertex(KnowledgeGraph& g, const std::string& id, const std::string& type, const std::string& name,
                           std::vector<std::string> aliases = {}, KeyValues attrs = {}) {
  VertexId v = g.vertex(id);
  auto& vx = g.storage()[v];
  vx.type = type;
  vx.name = name;
  vx.aliases = std::move(aliases);
  vx.attrs = std::move(attrs);
  vx.mentions = 1;
  vx.documents = 1;
  return v;
}

}  // namespace lexgraph::testing
