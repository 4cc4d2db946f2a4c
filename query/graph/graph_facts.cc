#include "graph/graph_facts.h"

#include <cctype>

#include "relate/predicate_vocabulary.h"

namespace lexgraph {

std::string_view key_value(const KeyValues& values, std::string_view key) {
  for (const auto& [k, v] : values)
    if (k == key) return v;
  return {};
}

bool is_negated(const GraphEdge& e) {
  std::string_view v = key_value(e.qualifiers, "negated");
  return v == "true" || v == "1" || v == "yes";
}

std::string_view document_id_of(const GraphVertex& v) {
  std::string_view id = v.id;
  if (id.starts_with("doc:")) id.remove_prefix(4);
  return id;
}

std::optional<VertexId> evidence_document(const KnowledgeGraph& graph, const GraphEvidence& evidence) {
  if (evidence.document.empty()) return std::nullopt;
  return graph.find("doc:" + evidence.document);
}

// The families of schemas/predicates.json (relate/predicate_vocabulary.h).
bool is_citation_predicate(std::string_view p) { return predicate_family(p) == "citation"; }

bool is_treatment_predicate(std::string_view p) {
  const std::string_view family = predicate_family(p);
  return family == "citation" || family == "findings";
}

std::string shorten_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  while (cut > 0 && text[cut - 1] == ' ') --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace lexgraph

namespace lexgraph {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

char fold(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool names_form(std::string_view sentence, std::string_view form) {
  if (form.size() < 3 || form.size() > sentence.size()) return false;
  const bool exact = form.size() == 3;
  for (std::size_t at = 0; at + form.size() <= sentence.size(); ++at) {
    std::size_t i = 0;
    while (i < form.size() && (exact ? sentence[at + i] == form[i] : fold(sentence[at + i]) == fold(form[i]))) ++i;
    if (i < form.size()) continue;
    const std::size_t end = at + form.size();
    const bool starts = at == 0 || !word_char(sentence[at - 1]) || !word_char(form.front());
    const bool ends = end == sentence.size() || !word_char(sentence[end]) || !word_char(form.back());
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

bool sentence_names_vertex(std::string_view sentence, const GraphVertex& vertex) {
  if (names_form(sentence, vertex.name)) return true;
  for (const std::string& alias : vertex.aliases)
    if (names_form(sentence, alias)) return true;
  return false;
}

}  // namespace lexgraph
