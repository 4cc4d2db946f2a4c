// CSV files for `neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv`: header fields name:type as the
// importer expects (id:ID, :LABEL, :START_ID, :END_ID, :TYPE; arrays
// split on ';', its default).
#include <cctype>
#include <string>

#include "graph/export_text.h"
#include "graph/graph_export.h"
#include "graph/graph_facts.h"

namespace lexgraph {

namespace {

// "agency" -> "Agency"; every node is also an Entity or a Document.
std::string labels_of(std::string_view type) {
  std::string label;
  bool up = true;
  for (char c : type) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      up = true;
      continue;
    }
    label += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  if (label.empty()) label = "Unknown";
  return type == "document" ? label : "Entity;" + label;
}

// "discloses_to" -> "DISCLOSES_TO", Neo4j's convention for relationship types.
std::string type_of(std::string_view predicate) {
  std::string t;
  for (char c : predicate) t += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : '_';
  return t.empty() ? "RELATED" : t;
}

std::string array_field(const std::vector<std::string>& items) {
  std::string joined;
  for (std::string item : items) {
    for (char& c : item)
      if (c == ';') c = ',';
    joined += (joined.empty() ? "" : ";") + item;
  }
  return csv_field(joined);
}

}  // namespace

void write_neo4j_nodes_csv(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection) {
  const GraphStorage& g = graph.storage();
  out << "id:ID,name,type,aliases:string[],documents:int,mentions:int,attrs,:LABEL\n";
  for (VertexId v : selection.vertices) {
    const GraphVertex& x = g[v];
    out << csv_field(x.id) << ',' << csv_field(x.name) << ',' << csv_field(x.type) << ',' << array_field(x.aliases) << ','
        << x.documents << ',' << x.mentions << ',' << csv_field(joined_key_values(x.attrs)) << ','
        << csv_field(labels_of(x.type)) << '\n';
  }
}

void write_neo4j_relationships_csv(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection) {
  const GraphStorage& g = graph.storage();
  out << ":START_ID,:END_ID,:TYPE,predicate,object_text,qualifiers,confidence:double,count:int,document,"
         "sentence:int,start:int,end:int,evidence\n";
  for (EdgeId e : selection.edges) {
    const GraphEdge& x = g[e];
    out << csv_field(g[boost::source(e, g)].id) << ',' << csv_field(g[boost::target(e, g)].id) << ','
        << type_of(x.predicate) << ',' << csv_field(x.predicate) << ',' << csv_field(x.object_text) << ','
        << csv_field(joined_key_values(x.qualifiers)) << ',' << x.confidence << ',' << x.count << ','
        << csv_field(x.evidence.document) << ',' << x.evidence.sentence << ',' << x.evidence.start << ','
        << x.evidence.end << ',' << csv_field(x.evidence.text) << '\n';
  }
}

}  // namespace lexgraph
