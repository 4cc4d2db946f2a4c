// `lexquery path`: text and JSON (schemas/path.schema.json).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/graph_json.h"
#include "graph/graph_output.h"
#include "graph/graph_text.h"

namespace lexgraph {

namespace {

std::string name_of(const KnowledgeGraph& graph, VertexId v) {
  const GraphVertex& x = graph.storage()[v];
  return x.name.empty() ? x.id : x.name;
}

const char* step_kind(const PathStep& step) { return step.document ? "co_mention" : "relation"; }

}  // namespace

std::string path_step_words(const KnowledgeGraph& graph, const PathStep& step) {
  const GraphStorage& g = graph.storage();
  if (step.document)
    return name_of(graph, step.from) + " —named with→ " + name_of(graph, step.to) + " in «" +
           shorten_utf8(name_of(graph, *step.document), 80) + "»";
  const std::string& predicate = g[*step.edge].predicate;
  if (step.forward) return name_of(graph, step.from) + " —" + predicate + "→ " + name_of(graph, step.to);
  return name_of(graph, step.from) + " ←" + predicate + "— " + name_of(graph, step.to);
}

void print_path_text(std::ostream& out, const KnowledgeGraph& graph, const EvidencePath& path) {
  const GraphStorage& g = graph.storage();
  if (!path.found) {
    out << "no path found\n";
    return;
  }
  out << path.steps.size() << " step" << (path.steps.size() == 1 ? "" : "s") << " (cost " << fixed(path.cost, 1) << ")\n";
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const PathStep& step = path.steps[i];
    out << "\n" << i + 1 << ". " << path_step_words(graph, step) << '\n';
    if (step.edge) {
      const GraphEdge& x = g[*step.edge];
      std::string detail;
      if (!x.object_text.empty()) detail += "“" + x.object_text + "”";
      if (std::string q = qualifier_text(x.qualifiers); !q.empty()) detail += (detail.empty() ? "" : "  ") + q;
      if (!detail.empty()) out << "   " << detail << '\n';
    }
    if (step.evidence.text.empty() && step.document)
      out << "   (no sentence in the graph names both; see " << document_id_of(g[*step.document]) << ")\n";
    else
      print_quoted_evidence(out, graph, step.evidence, "   ");
  }
}

void write_path_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view from_query,
                     std::string_view to_query, const EntityLookup& from, const EntityLookup& to, int max_depth,
                     const EvidencePath& path) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  auto candidates = [&](const char* key, const EntityLookup& lookup) {
    w.Key(key);
    w.StartArray();
    for (VertexId v : lookup.candidates) graph_json::vertex_ref(w, graph, v);
    w.EndArray();
  };
  w.StartObject();
  graph_json::field(w, "from_query", from_query);
  graph_json::field(w, "to_query", to_query);
  candidates("from", from);
  candidates("to", to);
  w.Key("max_depth");
  w.Int(max_depth);
  w.Key("found");
  w.Bool(path.found);
  w.Key("cost");
  w.Double(path.cost);
  w.Key("steps");
  w.StartArray();
  for (const PathStep& step : path.steps) {
    w.StartObject();
    graph_json::field(w, "kind", step_kind(step));
    w.Key("from");
    graph_json::vertex_ref(w, graph, step.from);
    w.Key("to");
    graph_json::vertex_ref(w, graph, step.to);
    graph_json::field(w, "words", path_step_words(graph, step));
    w.Key("fact");
    if (step.edge) graph_json::fact(w, graph, *step.edge);
    else w.Null();
    w.Key("forward");
    w.Bool(step.forward);
    w.Key("document");
    if (step.document) graph_json::document_ref(w, graph, *step.document);
    else w.Null();
    w.Key("evidence");
    if (!step.evidence.document.empty()) graph_json::evidence(w, graph, step.evidence);
    else w.Null();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace lexgraph
