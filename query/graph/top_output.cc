// `lexquery top`: text and JSON (schemas/top.schema.json).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/graph_json.h"
#include "graph/graph_output.h"
#include "graph/graph_text.h"

namespace lexgraph {

void print_top_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view type,
                    const std::vector<AuthorityEntry>& entries) {
  const GraphStorage& g = graph.storage();
  const bool cited = type == "statute" || type == "case";
  out << "Top " << type << " by authority: PageRank over "
      << (cited ? "citations" : "citations and the documents naming it")
      << "; degree = documents citing / mentioning\n\n";
  TextTable table;
  table.add({"#", "pagerank", "citing", "mentioning", "id", "name"});
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuthorityEntry& e = entries[i];
    table.add({std::to_string(i + 1), fixed(e.pagerank, 4), std::to_string(e.citing_documents),
               std::to_string(e.mentioning_documents), g[e.vertex].id, shorten_utf8(g[e.vertex].name, 70)});
  }
  table.print(out, "");
}

void write_top_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view type, std::size_t limit,
                    const std::vector<AuthorityEntry>& entries) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  w.StartObject();
  graph_json::field(w, "type", type);
  w.Key("limit");
  w.Uint64(limit);
  w.Key("ranking");
  w.StartArray();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuthorityEntry& e = entries[i];
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    w.Key("entity");
    graph_json::vertex_ref(w, graph, e.vertex);
    w.Key("pagerank");
    w.Double(e.pagerank);
    w.Key("citing_documents");
    w.Uint(e.citing_documents);
    w.Key("mentioning_documents");
    w.Uint(e.mentioning_documents);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace lexgraph
