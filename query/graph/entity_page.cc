#include "graph/entity_page.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/authority.h"
#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

bool is_role_predicate(std::string_view p) { return p == "holds_role" || p == "member_of"; }

void add_role(std::vector<EntityRole>& roles, std::string role, std::optional<VertexId> body) {
  for (EntityRole& r : roles) {
    if (r.body == body && (r.role == role || role.empty())) {
      ++r.count;
      return;
    }
    if (r.body == body && r.role.empty()) {
      r.role = std::move(role);
      ++r.count;
      return;
    }
  }
  roles.push_back({std::move(role), body, 1});
}

}  // namespace

EntityPage entity_page(const KnowledgeGraph& graph, VertexId vertex, std::size_t limit) {
  const GraphStorage& g = graph.storage();
  EntityPage page;
  page.vertex = vertex;
  const bool document = is_document(g[vertex]);

  // (outgoing, predicate) -> other end -> edges
  std::map<std::pair<bool, std::string>, std::map<VertexId, std::vector<EdgeId>>> grouped;
  auto [out_first, out_last] = boost::out_edges(vertex, g);
  for (auto it = out_first; it != out_last; ++it) {
    const GraphEdge& e = g[*it];
    if (is_mention(e) && !document) continue;
    VertexId other = boost::target(*it, g);
    grouped[{true, e.predicate}][other].push_back(*it);
    if (is_role_predicate(e.predicate) && !is_negated(e)) {
      const bool has_body = !e.object_is_text && other != vertex && !is_document(g[other]);
      add_role(page.roles, std::string(key_value(e.qualifiers, "role")), has_body ? std::optional(other) : std::nullopt);
    }
  }
  std::vector<DocumentMention> mentions;
  auto [in_first, in_last] = boost::in_edges(vertex, g);
  for (auto it = in_first; it != in_last; ++it) {
    const GraphEdge& e = g[*it];
    VertexId other = boost::source(*it, g);
    if (is_mention(e)) {
      if (is_document(g[other])) mentions.push_back({other, e.count});
      continue;
    }
    grouped[{false, e.predicate}][other].push_back(*it);
  }
  // A person's stated title; a statute's "title" is its code title, no role.
  const bool has_roles = g[vertex].type == "person" || g[vertex].type == "judge";
  if (page.roles.empty() && has_roles)
    for (const char* key : {"role", "title"})
      if (std::string_view role = key_value(g[vertex].attrs, key); !role.empty()) add_role(page.roles, std::string(role), std::nullopt);

  // Outgoing before incoming, then by predicate (std::map order).
  for (bool outgoing : {true, false}) {
    for (auto& [key, by_other] : grouped) {
      if (key.first != outgoing) continue;
      RelationGroup group;
      group.predicate = key.second;
      group.outgoing = outgoing;
      for (auto& [other, edges] : by_other) {
        group.total_facts += edges.size();
        group.links.push_back({other, std::move(edges)});
      }
      group.total_links = group.links.size();
      std::stable_sort(group.links.begin(), group.links.end(), [&](const RelationLink& a, const RelationLink& b) {
        if (a.edges.size() != b.edges.size()) return a.edges.size() > b.edges.size();
        return g[a.other].mentions > g[b.other].mentions;
      });
      if (limit && group.links.size() > limit) group.links.resize(limit);
      page.relations.push_back(std::move(group));
    }
  }

  std::sort(mentions.begin(), mentions.end(), [&](const DocumentMention& a, const DocumentMention& b) {
    if (a.count != b.count) return a.count > b.count;
    const double da = date_as_years(key_value(g[a.document].attrs, "date"));
    const double db = date_as_years(key_value(g[b.document].attrs, "date"));
    if (da != db) return da > db;
    return g[a.document].id < g[b.document].id;
  });
  page.total_documents = mentions.size();
  if (limit && mentions.size() > limit) mentions.resize(limit);
  page.documents = std::move(mentions);
  return page;
}

}  // namespace lexgraph
