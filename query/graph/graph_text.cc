#include "graph/graph_text.h"

#include <algorithm>
#include <cstdio>

#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void TextTable::add(std::vector<std::string> row) {
  for (std::string& cell : row) cell = one_line(cell);
  rows_.push_back(std::move(row));
}

void TextTable::print(std::ostream& out, std::string_view indent) const {
  std::vector<std::size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  for (const auto& row : rows_) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(widths[i] - display_width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string vertex_label(const KnowledgeGraph& graph, VertexId v) {
  const GraphVertex& x = graph.storage()[v];
  if (x.name.empty() || x.name == x.id) return x.id;
  return x.name + " (" + x.id + ")";
}

void print_quoted_evidence(std::ostream& out, const KnowledgeGraph& graph, const GraphEvidence& ev,
                           std::string_view indent) {
  if (ev.text.empty() && ev.document.empty()) return;
  if (!ev.text.empty()) out << indent << "“" << shorten_utf8(one_line(ev.text), 400) << "”\n";
  std::string source = "— ";
  if (auto d = evidence_document(graph, ev)) {
    const GraphVertex& doc = graph.storage()[*d];
    if (!doc.name.empty() && doc.name != ev.document) source += doc.name + ", ";
    if (std::string_view date = key_value(doc.attrs, "date"); !date.empty()) source += std::string(date) + ", ";
  }
  source += ev.document;
  if (!ev.text.empty()) source += ", sentence " + std::to_string(ev.sentence + 1);
  out << indent << "  " << source << '\n';
}

std::string qualifier_text(const KeyValues& qualifiers) {
  std::string out;
  for (const auto& [k, v] : qualifiers) out += (out.empty() ? "" : ", ") + k + "=" + v;
  return out;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace lexgraph
