// DOT for Graphviz: one node per vertex labelled with its name, shaped by
// type; one edge per fact labelled with its predicate; the evidence
// sentence as the edge's tooltip (shown by SVG viewers).
#include <string>

#include "graph/export_text.h"
#include "graph/graph_export.h"
#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

const char* shape_of(std::string_view type) {
  if (type == "document") return "note";
  if (type == "statute") return "box";
  if (type == "case") return "box3d";
  if (type == "court") return "house";
  if (type == "agency") return "hexagon";
  if (type == "order") return "octagon";
  if (type == "judge" || type == "person") return "ellipse";
  return "oval";
}

}  // namespace

void write_dot(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection) {
  const GraphStorage& g = graph.storage();
  out << "digraph lexgraph {\n  graph [overlap=false, rankdir=LR];\n  node [fontsize=10];\n  edge [fontsize=8];\n";
  for (VertexId v : selection.vertices) {
    const GraphVertex& x = g[v];
    out << "  " << dot_quoted(x.id) << " [label=" << dot_quoted(shorten_utf8(x.name.empty() ? x.id : x.name, 60))
        << ", shape=" << shape_of(x.type) << ", tooltip=" << dot_quoted(x.type + " " + x.id) << "];\n";
  }
  for (EdgeId e : selection.edges) {
    const GraphEdge& x = g[e];
    out << "  " << dot_quoted(g[boost::source(e, g)].id) << " -> " << dot_quoted(g[boost::target(e, g)].id)
        << " [label=" << dot_quoted(x.predicate);
    if (!x.evidence.text.empty()) out << ", tooltip=" << dot_quoted(shorten_utf8(x.evidence.text, 300));
    if (is_negated(x)) out << ", style=dashed";
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace lexgraph
