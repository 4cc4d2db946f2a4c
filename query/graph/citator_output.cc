// `lexquery cites`: text and JSON (schemas/citator.schema.json).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/authority.h"
#include "graph/graph_json.h"
#include "graph/graph_output.h"
#include "graph/graph_text.h"

namespace lexgraph {

namespace {

constexpr const char* kLevelNames[] = {"unknown", "other", "appellate", "supreme"};

std::size_t shown(std::size_t total, std::size_t limit) { return limit && limit < total ? limit : total; }

}  // namespace

void print_citator_text(std::ostream& out, const KnowledgeGraph& graph, const CitatorReport& report, std::size_t limit) {
  const GraphStorage& g = graph.storage();
  out << "Citator: " << vertex_label(graph, report.target) << '\n';
  if (!report.also.empty()) {
    out << "  with:";
    for (VertexId v : report.also) out << ' ' << g[v].id;
    out << '\n';
  }
  const std::size_t n = shown(report.documents.size(), limit);
  out << report.documents.size() << " document" << (report.documents.size() == 1 ? "" : "s")
      << " cite it, most authoritative first";
  if (n < report.documents.size()) out << " (" << n << " shown)";
  out << "\n\n";
  for (std::size_t i = 0; i < n; ++i) {
    const CitingDocument& c = report.documents[i];
    const GraphVertex& d = g[c.document];
    TextTable row;
    row.add({std::to_string(i + 1) + ".", shorten_utf8(d.name.empty() ? std::string(document_id_of(d)) : d.name, 80)});
    row.print(out, "");
    std::string meta;
    for (std::string_view part : {key_value(d.attrs, "court"), key_value(d.attrs, "date"), key_value(d.attrs, "kind")})
      if (!part.empty()) meta += (meta.empty() ? "" : " · ") + std::string(part);
    const bool untitled = d.name.empty() || d.name == document_id_of(d);
    if (!untitled || !meta.empty())
      out << "    " << (untitled ? meta : std::string(document_id_of(d)) + (meta.empty() ? "" : "  ·  " + meta)) << '\n';
    out << "    cited " << c.count << " time" << (c.count == 1 ? "" : "s") << ", authority " << fixed(c.authority, 2) << '\n';
    for (const CitingTreatment& t : c.treatments) {
      out << "    " << t.predicate << " ×" << t.edges.size() << '\n';
      if (!t.edges.empty()) print_quoted_evidence(out, graph, g[t.edges.front()].evidence, "      ");
    }
  }
}

void write_citator_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const CitatorReport& report, std::size_t limit) {
  const GraphStorage& g = graph.storage();
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  w.StartObject();
  graph_json::field(w, "query", query);
  graph_json::field(w, "error", report.error);
  w.Key("target");
  if (report.error.empty()) graph_json::vertex_ref(w, graph, report.target);
  else w.Null();
  w.Key("also");
  w.StartArray();
  for (VertexId v : report.also) graph_json::vertex_ref(w, graph, v);
  w.EndArray();
  w.Key("total_documents");
  w.Uint64(report.documents.size());
  w.Key("documents");
  w.StartArray();
  const std::size_t n = shown(report.documents.size(), limit);
  for (std::size_t i = 0; i < n; ++i) {
    const CitingDocument& c = report.documents[i];
    const GraphVertex& d = g[c.document];
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    graph_json::field(w, "id", document_id_of(d));
    graph_json::field(w, "title", d.name);
    for (const char* key : {"court", "date", "kind", "path", "citation"}) graph_json::field(w, key, key_value(d.attrs, key));
    graph_json::field(w, "court_level", kLevelNames[court_level_of_document(d)]);
    w.Key("count");
    w.Uint(c.count);
    w.Key("authority");
    w.Double(c.authority);
    w.Key("treatments");
    w.StartArray();
    for (const CitingTreatment& t : c.treatments) {
      w.StartObject();
      graph_json::field(w, "predicate", t.predicate);
      w.Key("count");
      w.Uint64(t.edges.size());
      w.Key("facts");
      w.StartArray();
      for (EdgeId e : t.edges) graph_json::fact(w, graph, e);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace lexgraph
