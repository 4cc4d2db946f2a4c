#pragma once
// Text and --json forms of the graph commands. Each JSON form is
// described by its schema: entity.schema.json, citator.schema.json,
// related.schema.json, path.schema.json, top.schema.json.

#include <ostream>
#include <string_view>
#include <vector>

#include "graph/authority.h"
#include "graph/citator.h"
#include "graph/entity_page.h"
#include "graph/evidence_path.h"
#include "graph/graph_lookup.h"
#include "graph/related.h"

namespace lexgraph {

// entity: one page per candidate in JSON; in text, a page when the name
// is not ambiguous, else the candidates to choose from.
void print_entity_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                       const EntityLookup& lookup, const std::vector<EntityPage>& pages);
void write_entity_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                       const EntityLookup& lookup, const std::vector<EntityPage>& pages);

// cites
void print_citator_text(std::ostream& out, const KnowledgeGraph& graph, const CitatorReport& report, std::size_t limit);
void write_citator_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const CitatorReport& report, std::size_t limit);

// related: the neighbours of each candidate.
struct RelatedResult {
  VertexId vertex{};
  std::vector<NeighbourGroup> groups;
};
void print_related_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const EntityLookup& lookup, const std::vector<RelatedResult>& results);
void write_related_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const EntityLookup& lookup, const RelatedFilter& filter, const std::vector<RelatedResult>& results);

// path
void print_path_text(std::ostream& out, const KnowledgeGraph& graph, const EvidencePath& path);
void write_path_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view from_query,
                     std::string_view to_query, const EntityLookup& from, const EntityLookup& to,
                     int max_depth, const EvidencePath& path);
// One step in words: "Internal Revenue Service —discloses_to→ Immigration
// and Customs Enforcement"; a step walked against its edge reads
// "B ←discloses_to— A"; a co-mention "A —named with→ B in «title»".
std::string path_step_words(const KnowledgeGraph& graph, const PathStep& step);

// top
void print_top_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view type,
                    const std::vector<AuthorityEntry>& entries);
void write_top_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view type, std::size_t limit,
                    const std::vector<AuthorityEntry>& entries);

// The candidates of an ambiguous or unknown name, for text output.
void print_candidates(std::ostream& out, const KnowledgeGraph& graph, std::string_view query, const EntityLookup& lookup);

}  // namespace lexgraph
