#include "graph/graph_export.h"

#include <algorithm>
#include <deque>

#include "graph/graph_facts.h"

namespace lexgraph {

ExportSelection select_for_export(const KnowledgeGraph& graph, const ExportFilter& filter) {
  const GraphStorage& g = graph.storage();
  const std::size_t n = boost::num_vertices(g);
  auto type_wanted = [&](VertexId v) {
    return filter.types.empty() ||
           std::find(filter.types.begin(), filter.types.end(), g[v].type) != filter.types.end();
  };
  auto edge_kept = [&](EdgeId e) { return filter.mentions || !is_mention(g[e]); };

  std::vector<char> in(n, 0);
  if (filter.around.empty()) {
    for (std::size_t v = 0; v < n; ++v) in[v] = type_wanted(v);
  } else {
    // Breadth-first over the kept edges, either way, through wanted types only.
    std::vector<int> depth(n, -1);
    std::deque<VertexId> queue;
    for (VertexId c : filter.around) {
      if (c >= n || depth[c] == 0) continue;
      depth[c] = 0;
      queue.push_back(c);
    }
    while (!queue.empty()) {
      VertexId u = queue.front();
      queue.pop_front();
      in[u] = 1;
      if (depth[u] >= filter.depth) continue;
      auto visit = [&](EdgeId e, VertexId w) {
        if (!edge_kept(e) || depth[w] >= 0 || !type_wanted(w)) return;
        depth[w] = depth[u] + 1;
        queue.push_back(w);
      };
      auto [out_first, out_last] = boost::out_edges(u, g);
      for (auto it = out_first; it != out_last; ++it) visit(*it, boost::target(*it, g));
      auto [in_first, in_last] = boost::in_edges(u, g);
      for (auto it = in_first; it != in_last; ++it) visit(*it, boost::source(*it, g));
    }
  }

  ExportSelection selection;
  std::vector<char> linked(n, 0);
  auto [first, last] = boost::edges(g);
  for (auto it = first; it != last; ++it) {
    VertexId s = boost::source(*it, g), t = boost::target(*it, g);
    if (!edge_kept(*it) || !in[s] || !in[t]) continue;
    selection.edges.push_back(*it);
    linked[s] = linked[t] = 1;
  }
  const bool keep_lonely = filter.mentions || !filter.types.empty();
  for (std::size_t v = 0; v < n; ++v) {
    const bool centre = std::find(filter.around.begin(), filter.around.end(), v) != filter.around.end();
    if (in[v] && (linked[v] || keep_lonely || centre)) selection.vertices.push_back(v);
  }
  return selection;
}

std::string joined_key_values(const KeyValues& values) {
  std::string out;
  for (const auto& [k, v] : values) {
    if (!out.empty()) out += "; ";
    out += k + "=" + v;
  }
  return out;
}

}  // namespace lexgraph
