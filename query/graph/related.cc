#include "graph/related.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

NeighbourGroup make_group(const GraphStorage& g, std::string predicate, std::string direction,
                          const std::unordered_map<VertexId, std::uint32_t>& counts, std::size_t limit) {
  NeighbourGroup group{std::move(predicate), std::move(direction), counts.size(), {}};
  for (const auto& [v, n] : counts) group.neighbours.push_back({v, n});
  std::sort(group.neighbours.begin(), group.neighbours.end(), [&](const Neighbour& a, const Neighbour& b) {
    if (a.count != b.count) return a.count > b.count;
    if (g[a.vertex].mentions != g[b.vertex].mentions) return g[a.vertex].mentions > g[b.vertex].mentions;
    return g[a.vertex].id < g[b.vertex].id;
  });
  if (limit && group.neighbours.size() > limit) group.neighbours.resize(limit);
  return group;
}

}  // namespace

std::vector<NeighbourGroup> related_entities(const KnowledgeGraph& graph, VertexId vertex, const RelatedFilter& filter) {
  const GraphStorage& g = graph.storage();
  auto keep = [&](VertexId other, std::string_view predicate) {
    if (other == vertex) return false;
    if (!filter.type.empty() && g[other].type != filter.type) return false;
    return filter.predicate.empty() || filter.predicate == predicate;
  };

  std::map<std::pair<std::string, std::string>, std::unordered_map<VertexId, std::uint32_t>> facts;
  auto [out_first, out_last] = boost::out_edges(vertex, g);
  for (auto it = out_first; it != out_last; ++it) {
    const GraphEdge& e = g[*it];
    if (is_mention(e) || is_negated(e) || e.object_is_text || !keep(boost::target(*it, g), e.predicate)) continue;
    ++facts[{e.predicate, "out"}][boost::target(*it, g)];
  }
  auto [in_first, in_last] = boost::in_edges(vertex, g);
  std::vector<VertexId> mentioning;
  for (auto it = in_first; it != in_last; ++it) {
    const GraphEdge& e = g[*it];
    VertexId other = boost::source(*it, g);
    if (is_mention(e)) {
      if (is_document(g[other])) mentioning.push_back(other);
      continue;
    }
    if (is_negated(e) || e.object_is_text || !keep(other, e.predicate)) continue;
    ++facts[{e.predicate, "in"}][other];
  }

  std::vector<NeighbourGroup> groups;
  for (const auto& [key, counts] : facts) groups.push_back(make_group(g, key.first, key.second, counts, filter.limit));

  if (filter.predicate.empty() || filter.predicate == kCoMentioned) {
    std::unordered_map<VertexId, std::uint32_t> shared;
    for (VertexId doc : mentioning) {
      auto [first, last] = boost::out_edges(doc, g);
      for (auto it = first; it != last; ++it) {
        VertexId other = boost::target(*it, g);
        if (is_mention(g[*it]) && !is_document(g[other]) && keep(other, kCoMentioned)) ++shared[other];
      }
    }
    if (!shared.empty()) groups.push_back(make_group(g, std::string(kCoMentioned), "both", shared, filter.limit));
  }
  return groups;
}

}  // namespace lexgraph
