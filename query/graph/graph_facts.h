#pragma once
// Small readings of the knowledge graph that every graph command needs:
// attributes and qualifiers by name, which edges are facts, the document a
// piece of evidence comes from, and the predicate families of
// schemas/predicates.json that the commands treat alike.

#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace lexgraph {

inline constexpr std::string_view kMentionsPredicate = "mentions";

// The value stored under `key`, or "" when absent.
std::string_view key_value(const KeyValues& values, std::string_view key);

// "mentions" edges say a document names an entity; every other edge is a fact.
inline bool is_mention(const GraphEdge& e) { return e.predicate == kMentionsPredicate; }
// The text states the fact did not happen ("declined to issue"): kept as
// evidence, never an answer and never a step of a path.
bool is_negated(const GraphEdge& e);

inline bool is_document(const GraphVertex& v) { return v.type == "document"; }
// "doc:corpus/x.txt" -> "corpus/x.txt"; other ids as they are.
std::string_view document_id_of(const GraphVertex& v);
// The document vertex that evidence names (GraphEvidence::document).
std::optional<VertexId> evidence_document(const KnowledgeGraph& graph, const GraphEvidence& evidence);

// Predicates that say how a document treats a statute or case, for the
// citator: the citation family (cites, applies, interprets) and the
// findings family (finds_violation, violates, relies_on).
bool is_citation_predicate(std::string_view predicate);
bool is_treatment_predicate(std::string_view predicate);

// Cuts text to at most `max_bytes` on a UTF-8 character boundary, adding
// "…" when it was cut.
std::string shorten_utf8(std::string_view text, std::size_t max_bytes);

}  // namespace lexgraph

namespace lexgraph {

// True when `sentence` names the vertex by its name or one of its surface
// forms as whole words ("§ 6103" but not "§ 61030"); forms under 4 bytes
// ("IRS" aside, too ambiguous) must match with exact case, longer ones
// match case-insensitively.
bool sentence_names_vertex(std::string_view sentence, const GraphVertex& vertex);

}  // namespace lexgraph
