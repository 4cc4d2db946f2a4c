#pragma once
// `lexquery entity NAME|ID`: what the graph knows about one vertex — its
// type, names, attributes and roles, its relations grouped by predicate
// (each with the other end and the evidence), and the documents that
// mention it, most mentions first.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

struct EntityRole {
  std::string role;               // "Treasury Secretary"; "" when only the body is known
  std::optional<VertexId> body;   // the agency, court or organization
  std::uint32_t count = 0;        // how many facts state it
};

// All facts of one predicate, direction and other end.
struct RelationLink {
  VertexId other{};
  std::vector<EdgeId> edges;  // negated facts included (GraphEdge qualifiers say so)
};

struct RelationGroup {
  std::string predicate;
  bool outgoing = true;          // the entity is the subject
  std::size_t total_links = 0;   // before the limit
  std::size_t total_facts = 0;
  std::vector<RelationLink> links;  // most facts first, at most `limit`
};

struct DocumentMention {
  VertexId document{};
  std::uint32_t count = 0;
};

struct EntityPage {
  VertexId vertex{};
  std::vector<EntityRole> roles;
  std::vector<RelationGroup> relations;  // outgoing then incoming, predicates by name
  std::size_t total_documents = 0;
  std::vector<DocumentMention> documents;  // most mentions first, at most `limit`
};

// `limit` bounds the documents and the links shown per predicate (0 = all).
EntityPage entity_page(const KnowledgeGraph& graph, VertexId vertex, std::size_t limit);

}  // namespace lexgraph
