#pragma once
// The JSON pieces every graph command's output shares (a vertex
// reference, a fact with its evidence), over any RapidJSON writer, so a
// field is spelled the same in entity, cites, related, path, top and
// export (schemas/*.schema.json).

#include <string_view>

#include "graph/export_text.h"
#include "graph/graph_facts.h"
#include "graph/knowledge_graph.h"
#include "json_output.h"

namespace lexgraph::graph_json {

template <typename Writer>
void text(Writer& w, std::string_view s) {
  json::string(w, valid_utf8(s));
}

template <typename Writer>
void field(Writer& w, const char* key, std::string_view s) {
  w.Key(key);
  text(w, s);
}

template <typename Writer>
void key_values(Writer& w, const KeyValues& values) {
  w.StartObject();
  for (const auto& [k, v] : values) {
    text(w, k);
    text(w, v);
  }
  w.EndObject();
}

// {"id", "type", "name"}
// A vertex's own fields, inside an object the caller opened: id, type,
// name, aliases, attrs, documents, mentions (entity pages and exports).
template <typename Writer>
void vertex_fields(Writer& w, const GraphVertex& v) {
  field(w, "id", v.id);
  field(w, "type", v.type);
  field(w, "name", v.name);
  w.Key("aliases");
  w.StartArray();
  for (const auto& a : v.aliases) text(w, a);
  w.EndArray();
  w.Key("attrs");
  key_values(w, v.attrs);
  w.Key("documents");
  w.Uint(v.documents);
  w.Key("mentions");
  w.Uint(v.mentions);
}

template <typename Writer>
void vertex_ref(Writer& w, const KnowledgeGraph& graph, VertexId v) {
  const GraphVertex& x = graph.storage()[v];
  w.StartObject();
  field(w, "id", x.id);
  field(w, "type", x.type);
  field(w, "name", x.name);
  w.EndObject();
}

// {"document", "title", "date", "sentence", "start", "end", "text"}: the
// title and date of the evidence's document when the graph has it.
template <typename Writer>
void evidence(Writer& w, const KnowledgeGraph& graph, const GraphEvidence& ev) {
  w.StartObject();
  field(w, "document", ev.document);
  std::string_view title, date;
  if (auto d = evidence_document(graph, ev)) {
    title = graph.storage()[*d].name;
    date = key_value(graph.storage()[*d].attrs, "date");
  }
  field(w, "title", title);
  field(w, "date", date);
  w.Key("sentence");
  w.Uint(ev.sentence);
  w.Key("start");
  w.Uint(ev.start);
  w.Key("end");
  w.Uint(ev.end);
  field(w, "text", ev.text);
  w.EndObject();
}

// {"subject", "predicate", "object", "object_text", "object_is_text",
//  "qualifiers", "confidence", "negated", "count", "evidence"}; when
//  object_is_text the object is the stating document.
template <typename Writer>
void fact(Writer& w, const KnowledgeGraph& graph, EdgeId e) {
  const GraphStorage& g = graph.storage();
  const GraphEdge& x = g[e];
  w.StartObject();
  w.Key("subject");
  vertex_ref(w, graph, boost::source(e, g));
  field(w, "predicate", x.predicate);
  w.Key("object");
  vertex_ref(w, graph, boost::target(e, g));
  field(w, "object_text", x.object_text);
  w.Key("object_is_text");
  w.Bool(x.object_is_text);
  w.Key("qualifiers");
  key_values(w, x.qualifiers);
  w.Key("confidence");
  w.Double(x.confidence);
  w.Key("negated");
  w.Bool(is_negated(x));
  w.Key("count");
  w.Uint(x.count);
  w.Key("evidence");
  evidence(w, graph, x.evidence);
  w.EndObject();
}

// A document vertex: {"id" (without "doc:"), "title", "date", "court", "kind", "path"}
template <typename Writer>
void document_ref(Writer& w, const KnowledgeGraph& graph, VertexId d) {
  const GraphVertex& x = graph.storage()[d];
  w.StartObject();
  field(w, "id", document_id_of(x));
  field(w, "title", x.name);
  for (const char* key : {"date", "court", "kind", "path"}) field(w, key, key_value(x.attrs, key));
  w.EndObject();
}

}  // namespace lexgraph::graph_json
