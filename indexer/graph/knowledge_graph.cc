#include "graph/knowledge_graph.h"

#include <algorithm>

namespace lexgraph {

std::string graph_name_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  // ASCII tests by hand, not <cctype>: reindex() keys every name and
  // alias of the graph on each load, and the locale calls were a tenth of it.
  for (unsigned char c : name) {
    if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key.push_back(static_cast<char>(c));
    else if (c >= 0x80) key.push_back(static_cast<char>(c));  // keep non-ASCII letters as they are
  }
  return key;
}

VertexId KnowledgeGraph::vertex(std::string_view id) {
  auto it = by_id_.find(std::string(id));
  if (it != by_id_.end()) return it->second;
  VertexId v = boost::add_vertex(g_);
  g_[v].id = std::string(id);
  by_id_.emplace(g_[v].id, v);
  return v;
}

std::optional<VertexId> KnowledgeGraph::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<VertexId> KnowledgeGraph::find_by_name(std::string_view name) const {
  auto it = by_name_.find(graph_name_key(name));
  if (it == by_name_.end()) return {};
  return it->second;
}

void KnowledgeGraph::reindex() {
  by_id_.clear();
  by_name_.clear();
  by_id_.reserve(boost::num_vertices(g_));
  by_name_.reserve(boost::num_vertices(g_) * 2);
  auto [first, last] = boost::vertices(g_);
  for (auto it = first; it != last; ++it) {
    const GraphVertex& v = g_[*it];
    by_id_.emplace(v.id, *it);
    for (const auto& [key, value] : v.attrs) {
      if (key == kMergedIdAttr) by_id_.emplace(value, *it);
    }
    auto add_name = [&](const std::string& n) {
      std::string key = graph_name_key(n);
      if (key.empty()) return;
      auto& list = by_name_[std::move(key)];
      // This vertex's names are added together: a repeat can only be last.
      if (list.empty() || list.back() != *it) list.push_back(*it);
    };
    add_name(v.name);
    for (const auto& a : v.aliases) add_name(a);
  }
  for (auto& [key, list] : by_name_) {
    if (list.size() < 2) continue;  // most names name one vertex; stable_sort would allocate anyway
    std::stable_sort(list.begin(), list.end(),
                     [&](VertexId a, VertexId b) { return g_[a].mentions > g_[b].mentions; });
  }
}

}  // namespace lexgraph
