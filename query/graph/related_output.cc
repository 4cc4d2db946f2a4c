// `lexquery related`: text and JSON (schemas/related.schema.json).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/graph_json.h"
#include "graph/graph_output.h"
#include "graph/graph_text.h"

namespace lexgraph {

void print_related_text(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const EntityLookup& lookup, const std::vector<RelatedResult>& results) {
  const GraphStorage& g = graph.storage();
  if (lookup.ambiguous() || results.empty()) {
    print_candidates(out, graph, query, lookup);
    return;
  }
  const RelatedResult& r = results.front();
  out << "Related to " << vertex_label(graph, r.vertex) << '\n';
  if (r.groups.empty()) out << "  (no neighbours)\n";
  for (const NeighbourGroup& group : r.groups) {
    const char* arrow = group.direction == "out" ? " →" : group.direction == "in" ? "" : "";
    out << '\n' << (group.direction == "in" ? "← " : "") << group.predicate << arrow << "  (" << group.total
        << " neighbour" << (group.total == 1 ? "" : "s");
    if (group.neighbours.size() < group.total) out << "; " << group.neighbours.size() << " shown";
    out << ")\n";
    TextTable table;
    for (const Neighbour& n : group.neighbours)
      table.add({std::to_string(n.count), g[n.vertex].type, g[n.vertex].name.empty() ? g[n.vertex].id : g[n.vertex].name,
                 g[n.vertex].id});
    table.print(out, "  ");
  }
}

void write_related_json(std::ostream& out, const KnowledgeGraph& graph, std::string_view query,
                        const EntityLookup& lookup, const RelatedFilter& filter, const std::vector<RelatedResult>& results) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  w.StartObject();
  graph_json::field(w, "query", query);
  graph_json::field(w, "matched_by", lookup_step_name(lookup.step));
  graph_json::field(w, "type", filter.type);
  graph_json::field(w, "predicate", filter.predicate);
  w.Key("entities");
  w.StartArray();
  for (const RelatedResult& r : results) {
    w.StartObject();
    w.Key("entity");
    graph_json::vertex_ref(w, graph, r.vertex);
    w.Key("groups");
    w.StartArray();
    for (const NeighbourGroup& group : r.groups) {
      w.StartObject();
      graph_json::field(w, "predicate", group.predicate);
      graph_json::field(w, "direction", group.direction);
      w.Key("total");
      w.Uint64(group.total);
      w.Key("neighbours");
      w.StartArray();
      for (const Neighbour& n : group.neighbours) {
        w.StartObject();
        w.Key("entity");
        graph_json::vertex_ref(w, graph, n.vertex);
        w.Key("count");
        w.Uint(n.count);
        w.EndObject();
      }
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
