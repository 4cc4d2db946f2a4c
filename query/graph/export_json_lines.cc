// JSON Lines: one vertex or edge per line (schemas/graph-export.schema.json),
// vertices first, so a reader can stream the file.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/graph_export.h"
#include "graph/graph_json.h"

namespace lexgraph {

void write_json_lines(std::ostream& out, const KnowledgeGraph& graph, const ExportSelection& selection) {
  const GraphStorage& g = graph.storage();
  rapidjson::StringBuffer buffer;
  auto line = [&](auto&& write) {
    buffer.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    write(w);
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    out << '\n';
  };
  for (VertexId v : selection.vertices) {
    line([&](auto& w) {
      const GraphVertex& x = g[v];
      w.StartObject();
      graph_json::field(w, "kind", "vertex");
      graph_json::vertex_fields(w, x);
      w.EndObject();
    });
  }
  for (EdgeId e : selection.edges) {
    line([&](auto& w) {
      const GraphEdge& x = g[e];
      w.StartObject();
      graph_json::field(w, "kind", "edge");
      graph_json::field(w, "source", g[boost::source(e, g)].id);
      graph_json::field(w, "target", g[boost::target(e, g)].id);
      graph_json::field(w, "predicate", x.predicate);
      graph_json::field(w, "object_text", x.object_text);
      w.Key("qualifiers");
      graph_json::key_values(w, x.qualifiers);
      w.Key("confidence");
      w.Double(x.confidence);
      w.Key("count");
      w.Uint(x.count);
      w.Key("evidence");
      graph_json::evidence(w, graph, x.evidence);
      w.EndObject();
    });
  }
}

}  // namespace lexgraph
