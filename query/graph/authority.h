#pragma once
// How much weight a document or an entity carries, for the citator's
// ranking and `lexquery top`: the court's level, PageRank over citation
// edges, and recency.
//
// The citation graph: one edge per (document, statute or case) that the
// document cites, applies or interprets. A document that is itself a case
// (document vertex attr "case") is folded into that case's vertex, so the
// rank flowing into a case flows on through the citations of its opinion.

#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

// 3 Supreme Court, 2 courts of appeals, 1 other courts (district,
// bankruptcy, specialized, state), 0 unknown or no court (news).
int court_level(std::string_view court_metadata);

// The court level of a ruling (opinion, order, or a document of unknown
// kind); 0 for news, briefs and other writing about a court's work.
int court_level_of_document(const GraphVertex& document);

// Years since year 0 as a number (2025-06 -> 2025.42); 0 when unknown.
double date_as_years(std::string_view iso_date);

// PageRank (damping 0.85, 30 iterations; Boost's unnormalized form, where
// a vertex no one cites has 0.15) per vertex, indexed by VertexId. A
// document folded into its case gets the case's rank. With
// `mention_type`, documents also pass rank to the entities of that type
// they mention (how agencies and judges get a rank: not being cited, they
// are ranked by the standing of the documents that name them).
std::vector<double> citation_pagerank(const KnowledgeGraph& graph, std::string_view mention_type = {});

// The vertex a document stands for in the citation graph: its case when it
// is one and the case is in the graph, else itself.
VertexId citation_vertex(const KnowledgeGraph& graph, VertexId document);

struct AuthorityEntry {
  VertexId vertex{};
  double pagerank = 0;
  std::uint32_t citing_documents = 0;      // documents that cite, apply or interpret it
  std::uint32_t mentioning_documents = 0;  // documents that name it at all
};

// The `limit` vertices of `type` with the highest PageRank (then citing,
// then mentioning documents); limit 0 = all.
std::vector<AuthorityEntry> top_authorities(const KnowledgeGraph& graph, std::string_view type, std::size_t limit);

}  // namespace lexgraph
