#pragma once
// `lexquery export`: the graph, or part of it, in the formats researchers'
// tools read — GraphML (Gephi, yEd, NetworkX), DOT (Graphviz), CSV for
// Neo4j's `neo4j-admin database import`, and JSON Lines
// (schemas/graph-export.schema.json, one vertex or edge per line).

#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

struct ExportFilter {
  std::vector<std::string> types;  // vertex types to keep (empty = all)
  std::vector<VertexId> around;    // keep only what lies within `depth` edges of these (empty = everywhere)
  int depth = 1;
  bool mentions = false;           // keep "mentions" edges (document -> entity)
};

struct ExportSelection {
  std::vector<VertexId> vertices;  // in vertex order
  std::vector<EdgeId> edges;       // both ends selected
};

// The vertices of the wanted types (within `depth` of `around`, walking the
// kept edges either way) and the kept edges between them. Without
// --mentions, vertices left with no edge at all are dropped unless their
// type was asked for or they are a centre.
ExportSelection select_for_export(const KnowledgeGraph& graph, const ExportFilter& filter);

void write_graphml(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection);
void write_dot(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection);
void write_json_lines(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection);
// Neo4j import files: nodes (id:ID, name, type, aliases:string[],
// documents:int, mentions:int, attrs, :LABEL) and relationships
// (:START_ID, :END_ID, :TYPE, ...).
void write_neo4j_nodes_csv(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection);
void write_neo4j_relationships_csv(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection);

// Key=value pairs joined for one text column: "role=Secretary; date=2025".
std::string joined_key_values(const KeyValues& values);

}  // namespace lexgraph
