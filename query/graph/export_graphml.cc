// GraphML as Gephi reads it: every attribute declared as a <key> with its
// type, "label" on nodes and edges, ids as the graph's canonical ids.
#include <string>

#include "graph/export_text.h"
#include "graph/graph_export.h"
#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

struct Key {
  const char* id;
  const char* for_;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},         {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},     {"attrs", "node", "attrs", "string"},
    {"documents", "node", "documents", "int"},    {"mentions", "node", "mentions", "int"},
    {"elabel", "edge", "label", "string"},        {"predicate", "edge", "predicate", "string"},
    {"object_text", "edge", "object_text", "string"}, {"qualifiers", "edge", "qualifiers", "string"},
    {"confidence", "edge", "confidence", "double"},   {"count", "edge", "count", "int"},
    {"document", "edge", "document", "string"},   {"sentence", "edge", "sentence", "int"},
    {"start", "edge", "start", "int"},            {"end", "edge", "end", "int"},
    {"evidence", "edge", "evidence", "string"},
};

void data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << xml_escaped(value) << "</data>\n";
}

std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : " | ") + s;
  return out;
}

}  // namespace

void write_graphml(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection) {
  const GraphStorage& g = graph.storage();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  out << "  <graph id=\"lexgraph\" edgedefault=\"directed\">\n";
  for (VertexId v : selection.vertices) {
    const GraphVertex& x = g[v];
    out << "    <node id=\"" << xml_escaped(x.id) << "\">\n";
    data(out, "label", x.name.empty() ? x.id : x.name);
    data(out, "type", x.type);
    data(out, "aliases", joined(x.aliases));
    data(out, "attrs", joined_key_values(x.attrs));
    data(out, "documents", std::to_string(x.documents));
    data(out, "mentions", std::to_string(x.mentions));
    out << "    </node>\n";
  }
  std::size_t n = 0;
  for (EdgeId e : selection.edges) {
    const GraphEdge& x = g[e];
    out << "    <edge id=\"e" << n++ << "\" source=\"" << xml_escaped(g[boost::source(e, g)].id) << "\" target=\""
        << xml_escaped(g[boost::target(e, g)].id) << "\">\n";
    data(out, "elabel", x.predicate);
    data(out, "predicate", x.predicate);
    data(out, "object_text", x.object_text);
    data(out, "qualifiers", joined_key_values(x.qualifiers));
    data(out, "confidence", std::to_string(x.confidence));
    data(out, "count", std::to_string(x.count));
    data(out, "document", x.evidence.document);
    data(out, "sentence", std::to_string(x.evidence.sentence));
    data(out, "start", std::to_string(x.evidence.start));
    data(out, "end", std::to_string(x.evidence.end));
    data(out, "evidence", x.evidence.text);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace lexgraph
