#include "graph/authority.h"

#include <algorithm>
#include <set>
#include <utility>

#include <boost/graph/page_rank.hpp>

#include "extract/names/institution_gazetteer.h"
#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

using RankGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// The document an edge's fact belongs to: its source when that is a
// document ("doc:x cites ..."), else the document of its evidence ("judge
// applies statute" in that opinion).
std::optional<VertexId> citing_document(const KnowledgeGraph& graph, EdgeId e) {
  const GraphStorage& g = graph.storage();
  VertexId s = boost::source(e, g);
  if (is_document(g[s])) return s;
  auto d = evidence_document(graph, g[e].evidence);
  if (d && is_document(g[*d])) return d;
  return std::nullopt;
}

bool citable(const GraphVertex& v) { return v.type == "statute" || v.type == "case"; }

// (citing document, cited vertex) pairs, each once.
std::set<std::pair<VertexId, VertexId>> citation_pairs(const KnowledgeGraph& graph) {
  const GraphStorage& g = graph.storage();
  std::set<std::pair<VertexId, VertexId>> pairs;
  auto [first, last] = boost::edges(g);
  for (auto it = first; it != last; ++it) {
    if (!is_citation_predicate(g[*it].predicate) || is_negated(g[*it])) continue;
    VertexId target = boost::target(*it, g);
    if (!citable(g[target])) continue;
    if (auto doc = citing_document(graph, *it)) pairs.emplace(*doc, target);
  }
  return pairs;
}

}  // namespace

int court_level(std::string_view court_metadata) {
  if (court_metadata.empty()) return 0;
  const std::string id = names::document_court_id(court_metadata);
  if (id.empty()) return 0;
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  const int index = gazetteer.find(names::InstitutionKind::court, id);
  if (index < 0) return 0;
  const std::string& level = gazetteer.institution(static_cast<std::size_t>(index)).level;
  if (level == "supreme") return 3;
  if (level == "appellate") return 2;
  return 1;
}

int court_level_of_document(const GraphVertex& document) {
  const std::string_view kind = key_value(document.attrs, "kind");
  if (!kind.empty() && kind != "opinion" && kind != "order") return 0;
  return court_level(key_value(document.attrs, "court"));
}

double date_as_years(std::string_view iso) {
  auto number = [&](std::size_t at, std::size_t len) -> int {
    if (iso.size() < at + len) return -1;
    int n = 0;
    for (std::size_t i = at; i < at + len; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      n = n * 10 + (iso[i] - '0');
    }
    return n;
  };
  const int year = number(0, 4);
  if (year < 0) return 0;
  const int month = number(5, 2);
  const int day = number(8, 2);
  double years = year;
  if (month >= 1 && month <= 12) years += (month - 1) / 12.0;
  if (day >= 1 && day <= 31) years += (day - 1) / 365.0;
  return years;
}

VertexId citation_vertex(const KnowledgeGraph& graph, VertexId document) {
  const GraphStorage& g = graph.storage();
  std::string_view case_id = key_value(g[document].attrs, "case");
  if (case_id.empty()) return document;
  auto c = graph.find(case_id);
  return c ? *c : document;
}

std::vector<double> citation_pagerank(const KnowledgeGraph& graph, std::string_view mention_type) {
  const GraphStorage& g = graph.storage();
  const std::size_t n = boost::num_vertices(g);
  RankGraph rank_graph(n);
  std::set<std::pair<VertexId, VertexId>> added;
  auto link = [&](VertexId doc, VertexId target) {
    VertexId from = citation_vertex(graph, doc);
    if (from == target || !added.emplace(from, target).second) return;
    boost::add_edge(from, target, rank_graph);
  };
  for (const auto& [doc, target] : citation_pairs(graph)) link(doc, target);
  if (!mention_type.empty()) {
    auto [first, last] = boost::edges(g);
    for (auto it = first; it != last; ++it) {
      VertexId s = boost::source(*it, g), t = boost::target(*it, g);
      if (is_mention(g[*it]) && is_document(g[s]) && g[t].type == mention_type) link(s, t);
    }
  }
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  boost::graph::page_rank(rank_graph, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, rank_graph)),
                   boost::graph::n_iterations(30), 0.85);
  // Folded documents carry their case's rank.
  auto [first, last] = boost::vertices(g);
  for (auto it = first; it != last; ++it)
    if (is_document(g[*it])) rank[*it] = rank[citation_vertex(graph, *it)];
  return rank;
}

std::vector<AuthorityEntry> top_authorities(const KnowledgeGraph& graph, std::string_view type, std::size_t limit) {
  const GraphStorage& g = graph.storage();
  const bool cited_type = type == "statute" || type == "case";
  const std::vector<double> rank = citation_pagerank(graph, cited_type ? std::string_view{} : type);

  std::vector<AuthorityEntry> entries(boost::num_vertices(g));
  for (const auto& [doc, target] : citation_pairs(graph)) ++entries[target].citing_documents;
  auto [first, last] = boost::vertices(g);
  std::vector<AuthorityEntry> out;
  for (auto it = first; it != last; ++it) {
    const GraphVertex& v = g[*it];
    if (v.type != type) continue;
    AuthorityEntry e = entries[*it];
    e.vertex = *it;
    e.pagerank = rank[*it];
    std::uint32_t mentioning = 0;
    auto [in_first, in_last] = boost::in_edges(*it, g);
    for (auto in = in_first; in != in_last; ++in)
      if (is_mention(g[*in])) ++mentioning;
    e.mentioning_documents = std::max(mentioning, v.documents);
    out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [&](const AuthorityEntry& a, const AuthorityEntry& b) {
    if (a.pagerank != b.pagerank) return a.pagerank > b.pagerank;
    if (a.citing_documents != b.citing_documents) return a.citing_documents > b.citing_documents;
    if (a.mentioning_documents != b.mentioning_documents) return a.mentioning_documents > b.mentioning_documents;
    return g[a.vertex].id < g[b.vertex].id;
  });
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace lexgraph
