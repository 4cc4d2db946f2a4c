#include "graph/evidence_path.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <unordered_set>

#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

constexpr double kMentionHalf = 1.5;  // entity -> document or back: a co-mention costs 3

double relation_cost(const GraphEdge& e) { return 1.0 + 0.5 * (1.0 - std::clamp(e.confidence, 0.0, 1.0)); }

struct Reached {
  double cost = std::numeric_limits<double>::infinity();
  int half_steps = 0;  // a relation is 2 half-steps, a mention edge 1
  std::optional<EdgeId> via;
  VertexId previous{};
  bool done = false;
};

// Among the evidence sentences of `document`, one that names both ends,
// else one that names `to`.
GraphEvidence co_mention_sentence(const KnowledgeGraph& graph, VertexId document, VertexId from, VertexId to) {
  const GraphStorage& g = graph.storage();
  const std::string_view id = document_id_of(g[document]);
  GraphEvidence naming_to;
  auto [first, last] = boost::edges(g);
  for (auto it = first; it != last; ++it) {
    const GraphEvidence& ev = g[*it].evidence;
    if (ev.text.empty() || ev.document != id) continue;
    if (!sentence_names_vertex(ev.text, g[to])) continue;
    if (sentence_names_vertex(ev.text, g[from])) return ev;
    if (naming_to.text.empty()) naming_to = ev;
  }
  return naming_to;
}

}  // namespace

EvidencePath shortest_evidence_path(const KnowledgeGraph& graph, const std::vector<VertexId>& from,
                                    const std::vector<VertexId>& to, int max_steps) {
  const GraphStorage& g = graph.storage();
  const int max_half_steps = 2 * std::max(max_steps, 0);
  std::vector<Reached> reached(boost::num_vertices(g));
  std::unordered_set<VertexId> ends(to.begin(), to.end());
  using Item = std::pair<double, VertexId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  for (VertexId v : from) {
    reached[v].cost = 0;
    reached[v].previous = v;
    queue.push({0, v});
  }

  std::optional<VertexId> end;
  while (!queue.empty()) {
    auto [cost, u] = queue.top();
    queue.pop();
    if (reached[u].done) continue;
    reached[u].done = true;
    if (ends.count(u)) {
      end = u;
      break;
    }
    auto relax = [&](EdgeId e, VertexId w) {
      const GraphEdge& edge = g[e];
      // Words-only objects point at the stating document: no connection.
      if (is_negated(edge) || edge.object_is_text) return;
      const bool mention = is_mention(edge);
      // A document is a way through only between the entities it mentions.
      if (mention && is_document(g[u]) == is_document(g[w])) return;
      const int half = reached[u].half_steps + (mention ? 1 : 2);
      if (half > max_half_steps) return;
      const double next = cost + (mention ? kMentionHalf : relation_cost(edge));
      if (next >= reached[w].cost) return;
      reached[w] = {next, half, e, u, false};
      queue.push({next, w});
    };
    auto [out_first, out_last] = boost::out_edges(u, g);
    for (auto it = out_first; it != out_last; ++it) relax(*it, boost::target(*it, g));
    auto [in_first, in_last] = boost::in_edges(u, g);
    for (auto it = in_first; it != in_last; ++it) relax(*it, boost::source(*it, g));
  }

  EvidencePath path;
  if (!end) return path;
  path.found = true;
  path.cost = reached[*end].cost;
  // Walk back, folding entity -> document -> entity mention pairs into one co-mention step.
  std::vector<std::pair<VertexId, EdgeId>> hops;  // (vertex reached, edge used), end first
  for (VertexId v = *end; reached[v].via; v = reached[v].previous) hops.push_back({v, *reached[v].via});
  std::reverse(hops.begin(), hops.end());
  VertexId at = hops.empty() ? *end : reached[hops.front().first].previous;
  for (std::size_t i = 0; i < hops.size(); ++i) {
    const auto [v, e] = hops[i];
    PathStep step;
    step.from = at;
    if (is_mention(g[e]) && is_document(g[v]) && i + 1 < hops.size() && is_mention(g[hops[i + 1].second])) {
      step.to = hops[i + 1].first;
      step.document = v;
      step.evidence = co_mention_sentence(graph, v, at, step.to);
      ++i;
    } else {
      step.to = v;
      step.edge = e;
      step.forward = boost::source(e, g) == at;
      step.evidence = g[e].evidence;
      if (is_mention(g[e])) {  // a document naming an entity: show where it does
        const VertexId doc = boost::source(e, g), named = boost::target(e, g);
        step.evidence = co_mention_sentence(graph, doc, named, named);
        if (step.evidence.document.empty()) step.evidence.document = g[e].evidence.document;
      }
    }
    at = step.to;
    path.steps.push_back(std::move(step));
  }
  return path;
}

}  // namespace lexgraph
