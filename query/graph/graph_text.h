#pragma once
// The text forms of the graph commands share one look: aligned columns,
// names before ids, and evidence quoted beneath what it supports.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace lexgraph {

// Rows of cells printed with every column but the last padded to its
// widest cell (width in characters, not bytes).
class TextTable {
 public:
  // Each cell on one line (names from PDFs may hold line breaks).
  void add(std::vector<std::string> row);
  bool empty() const { return rows_.empty(); }
  void print(std::ostream& out, std::string_view indent) const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

// "Department of Homeland Security (agency:dhs)"; the id alone when the
// vertex has no name.
std::string vertex_label(const KnowledgeGraph& graph, VertexId v);

// The sentence, quoted and cut to a readable length, then on the next line
// where it comes from: "— Title, 2026-02-26 (document id)".
void print_quoted_evidence(std::ostream& out, const KnowledgeGraph& graph, const GraphEvidence& evidence,
                           std::string_view indent);

// "role=Secretary, count=3" for a fact's qualifiers, "" when none.
std::string qualifier_text(const KeyValues& qualifiers);

// Line breaks and runs of spaces (PDF text keeps its layout) as one space.
std::string one_line(std::string_view text);

// "2.50" style numbers for scores.
std::string fixed(double value, int decimals);

}  // namespace lexgraph
