// `lexquery entity`: text and JSON (schemas/entity.schema.json).
#include <rapidjson/writer.h>
#include <rapidjson/ostreamwrapper.h>

#include "graph/graph_json.h"
#include "graph/graph_output.h"
#include "graph/graph_text.h"

namespace lexgraph {

namespace {

constexpr std::size_t kEvidencePerLinkInText = 2;

void print_page(std::ostream& out, const KnowledgeGraph& graph, const EntityPage& page) {
  const GraphStorage& g = graph.storage();
  const GraphVertex& v = g[page.vertex];
  out << one_line(v.name.empty() ? v.id : v.name) << '\n';
  TextTable head;
  head.add({"id", v.id});
  head.add({"type", v.type});
  std::string aliases;
  for (const auto& a : v.aliases)
    if (a != v.name) aliases += (aliases.empty() ? "" : " | ") + a;
  if (!aliases.empty()) head.add({"aliases", aliases});
  if (!v.attrs.empty()) head.add({"attrs", qualifier_text(v.attrs)});
  for (const EntityRole& r : page.roles) {
    std::string text = r.role.empty() ? "(role not stated)" : r.role;
    if (r.body) text += ", " + vertex_label(graph, *r.body);
    head.add({"role", text});
  }
  head.add({"mentioned", std::to_string(v.mentions) + " time" + (v.mentions == 1 ? "" : "s") + " in " +
                             std::to_string(v.documents) + " document" + (v.documents == 1 ? "" : "s")});
  head.print(out, "  ");

  if (!page.relations.empty()) out << "\nRelations\n";
  for (const RelationGroup& group : page.relations) {
    out << "  " << (group.outgoing ? "" : "← ") << group.predicate << (group.outgoing ? " →" : "") << "  ("
        << group.total_facts << " fact" << (group.total_facts == 1 ? "" : "s");
    if (group.links.size() < group.total_links) out << "; " << group.links.size() << " of " << group.total_links << " shown";
    out << ")\n";
    for (const RelationLink& link : group.links) {
      const bool words_only = g[link.edges.front()].object_is_text;
      TextTable row;
      row.add({words_only ? "(words only, stated in " + std::string(document_id_of(g[link.other])) + ")"
                          : vertex_label(graph, link.other),
               "×" + std::to_string(link.edges.size())});
      row.print(out, "    ");
      std::size_t shown = 0;
      for (EdgeId e : link.edges) {
        if (shown++ == kEvidencePerLinkInText) {
          out << "        (" << link.edges.size() - kEvidencePerLinkInText << " more)\n";
          break;
        }
        const GraphEdge& x = g[e];
        std::string detail;
        if (!x.object_text.empty()) detail += "“" + x.object_text + "”";
        if (std::string q = qualifier_text(x.qualifiers); !q.empty()) detail += (detail.empty() ? "" : "  ") + q;
        if (!detail.empty()) out << "      " << detail << '\n';
        print_quoted_evidence(out, graph, x.evidence, "      ");
      }
    }
  }

  out << "\nDocuments (" << page.total_documents << " mention it";
  if (page.documents.size() < page.total_documents) out << "; " << page.documents.size() << " shown";
  out << ")\n";
  TextTable docs;
  for (const DocumentMention& m : page.documents) {
    const GraphVertex& d = g[m.document];
    docs.add({std::to_string(m.count), std::string(key_value(d.attrs, "date")), shorten_utf8(d.name, 70),
              std::string(document_id_of(d))});
  }
  docs.print(out, "  ");
}

template <typename Writer>
void write_page(Writer& w, const KnowledgeGraph& graph, const EntityPage& page) {
  const GraphStorage& g = graph.storage();
  const GraphVertex& v = g[page.vertex];
  w.StartObject();
  graph_json::vertex_fields(w, v);
  w.Key("roles");
  w.StartArray();
  for (const EntityRole& r : page.roles) {
    w.StartObject();
    graph_json::field(w, "role", r.role);
    w.Key("body");
    if (r.body) graph_json::vertex_ref(w, graph, *r.body);
    else w.Null();
    w.Key("count");
    w.Uint(r.count);
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const RelationGroup& group : page.relations) {
    w.StartObject();
    graph_json::field(w, "predicate", group.predicate);
    graph_json::field(w, "direction", group.outgoing ? "out" : "in");
    w.Key("total_links");
    w.Uint64(group.total_links);
    w.Key("total_facts");
    w.Uint64(group.total_facts);
    w.Key("links");
    w.StartArray();
    for (const RelationLink& link : group.links) {
      w.StartObject();
      w.Key("other");
      graph_json::vertex_ref(w, graph, link.other);
      w.Key("facts");
      w.StartArray();
      for (EdgeId e : link.edges) graph_json::fact(w, graph, e);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("total_documents");
  w.Uint64(page.total_documents);
  w.Key("mentioned_in");
  w.StartArray();
  for (const DocumentMention& m : page.documents) {
    w.StartObject();
    w.Key("document");
    graph_json::document_ref(w, graph, m.document);
    w.Key("count");
    w.Uint(m.count);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void print_candidates(std::ostream& out, const KnowledgeGraph& graph, std::string_view query, const EntityLookup& lookup) {
  const GraphStorage& g = graph.storage();
  if (lookup.candidates.empty()) {
    out << "nothing in the graph matches \"" << query << "\"\n";
    return;
  }
  out << lookup.candidates.size() << " entities match \"" << query << "\" (by " << lookup_step_name(lookup.step)
      << "); give one of these ids:\n";
  TextTable table;
  for (VertexId v : lookup.candidates)
    table.add({g[v].id, g[v].type, g[v].name, std::to_string(g[v].mentions) + " mentions"});
  table.print(out, "  ");
}

void print_entity_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                       const EntityLookup& lookup, const std::vector<EntityPage>& pages) {
  if (lookup.ambiguous() || pages.empty()) {
    print_candidates(out, graph, query, lookup);
    return;
  }
  print_page(out, graph, pages.front());
}

void write_entity_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                       const EntityLookup& lookup, const std::vector<EntityPage>& pages) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  w.StartObject();
  graph_json::field(w, "query", query);
  graph_json::field(w, "matched_by", lookup_step_name(lookup.step));
  w.Key("ambiguous");
  w.Bool(lookup.ambiguous());
  w.Key("entities");
  w.StartArray();
  for (const EntityPage& page : pages) write_page(w, graph, page);
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace lexgraph
