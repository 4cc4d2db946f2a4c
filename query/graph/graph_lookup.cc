#include "graph/graph_lookup.h"

#include <algorithm>

#include "search/entity_lookup.h"

namespace lexgraph {

namespace {

// The query field of query/search/entity_lookup.h that stands for a vertex type.
std::string_view search_field_of_type(std::string_view type) {
  if (type.empty()) return "entity";
  if (type == "organization") return "org";
  for (std::string_view t : {"agency", "court", "statute", "case", "person", "judge", "docket"})
    if (type == t) return t;
  return {};  // documents, orders: no extractor spelling
}

bool wanted(const GraphVertex& v, std::string_view type) {
  if (!type.empty()) return v.type == type;
  return v.type != "document";
}

void most_mentioned_first(const KnowledgeGraph& graph, std::vector<VertexId>& list) {
  const GraphStorage& g = graph.storage();
  std::stable_sort(list.begin(), list.end(), [&](VertexId a, VertexId b) {
    if (g[a].mentions != g[b].mentions) return g[a].mentions > g[b].mentions;
    return g[a].documents > g[b].documents;
  });
}

EntityLookup found(LookupStep step, std::vector<VertexId> list, std::size_t max_candidates) {
  if (list.size() > max_candidates) list.resize(max_candidates);
  return EntityLookup{step, std::move(list)};
}

}  // namespace

const char* lookup_step_name(LookupStep step) {
  switch (step) {
    case LookupStep::id: return "id";
    case LookupStep::extractor: return "extractor";
    case LookupStep::name: return "name";
    case LookupStep::partial_name: return "partial_name";
    case LookupStep::none: break;
  }
  return "none";
}

EntityLookup lookup_entity(const KnowledgeGraph& graph, std::string_view text, std::string_view type,
                           std::size_t max_candidates) {
  const GraphStorage& g = graph.storage();
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || max_candidates == 0) return {};

  if (auto v = graph.find(text); v && (type.empty() || g[*v].type == type)) return {LookupStep::id, {*v}};

  if (std::string_view field = search_field_of_type(type); !field.empty()) {
    const std::string id = resolve_entity_value(field, text);
    if (auto v = id.empty() ? std::nullopt : graph.find(id); v && wanted(g[*v], type))
      return {LookupStep::extractor, {*v}};
  }

  std::vector<VertexId> named;
  for (VertexId v : graph.find_by_name(text))
    if (wanted(g[v], type)) named.push_back(v);
  if (!named.empty()) {
    most_mentioned_first(graph, named);
    return found(LookupStep::name, std::move(named), max_candidates);
  }

  // A part of a name ("Kollar" for "Colleen Kollar-Kotelly"): too short a
  // key would match half the graph, so it must have three characters.
  const std::string key = graph_name_key(text);
  if (key.size() < 3) return {};
  std::vector<VertexId> partial;
  auto [first, last] = boost::vertices(g);
  for (auto it = first; it != last; ++it) {
    const GraphVertex& v = g[*it];
    if (!wanted(v, type)) continue;
    bool match = graph_name_key(v.name).find(key) != std::string::npos;
    for (std::size_t i = 0; !match && i < v.aliases.size(); ++i)
      match = graph_name_key(v.aliases[i]).find(key) != std::string::npos;
    if (match) partial.push_back(*it);
  }
  if (partial.empty()) return {};
  most_mentioned_first(graph, partial);
  return found(LookupStep::partial_name, std::move(partial), max_candidates);
}

}  // namespace lexgraph
