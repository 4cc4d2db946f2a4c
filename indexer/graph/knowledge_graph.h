#pragma once
// Stage 8: the knowledge graph, derived from the facts stored in the index
// (each document's entities and relations, store/index_writer.h) and
// cached beside it as a snapshot (graph_snapshot.h).
//
// Vertices are entities (canonical ids, docs/entity-ids.md), documents
// ("doc:<id>") and orders ("order:<doc id>#<n>"), merged across documents
// by id. Edges are relations (schemas/predicates.json), each with its
// evidence, and mentions (document -> entity, predicate "mentions", with
// the number of mentions in `count`).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

namespace lexgraph {

using KeyValues = std::vector<std::pair<std::string, std::string>>;  // attrs, qualifiers: name -> value as text

struct GraphVertex {
  std::string id;    // "agency:ice", "doc:<id>", "order:<doc id>#12"
  std::string type;  // entity type, or "document"
  std::string name;  // display name (a document's title)
  std::vector<std::string> aliases;  // surface forms over all documents, most frequent first
  KeyValues attrs;                   // entity attrs (role, parent ...); a document's court, date, kind, citation, path
  std::uint32_t documents = 0;       // how many documents mention it (1 for a document)
  std::uint32_t mentions = 0;        // how many mentions in all
};

struct GraphEvidence {
  std::string document;  // document id (without "doc:")
  std::uint32_t sentence = 0;
  std::uint32_t start = 0, end = 0;  // byte span in the document's normalized text
  std::string text;                  // the sentence
};

struct GraphEdge {
  std::string predicate;    // schemas/predicates.json, or "mentions"
  std::string object_text;  // see Relation::object_text
  KeyValues qualifiers;
  double confidence = 1.0;
  std::uint32_t count = 1;  // mentions: how many in the document; relations: 1 (or the count qualifier for cites)
  GraphEvidence evidence;   // empty text for "mentions" edges
  // The relation's object is only words (Relation::object is "", the fact
  // is in object_text: "acting upon any IRS data"): the edge then points to
  // the document that states it, which adds no connection the document's
  // "mentions" edges do not already make. Show object_text, not the target.
  bool object_is_text = false;
};

// Graph-only predicates (not in schemas/predicates.json), besides "mentions":
// "decides": document -> the case its metadata citation names (the opinion
// *is* that case: attr "case" on the document vertex says the same), so
// citation rankings can treat the document's `cites` as the case's.
inline constexpr const char* kDecidesPredicate = "decides";

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphVertex, GraphEdge>;
using VertexId = GraphStorage::vertex_descriptor;
using EdgeId = GraphStorage::edge_descriptor;

// Vertex attribute naming an id merged into the vertex (a surname-only
// judge:kollar-kotelly into judge:colleen-kollar-kotelly); find() answers
// for it too.
inline constexpr std::string_view kMergedIdAttr = "merged_id";

class KnowledgeGraph {
 public:
  GraphStorage& storage() { return g_; }
  const GraphStorage& storage() const { return g_; }

  // The vertex with this canonical id, adding it when absent (find() sees
  // it at once; find_by_name() only after reindex()).
  VertexId vertex(std::string_view id);
  std::optional<VertexId> find(std::string_view id) const;
  // Vertices whose name or an alias equals `name`, compared case- and
  // punctuation-insensitively, most mentioned first.
  //
  // A loaded snapshot brings the by-name index; otherwise it is built on
  // the first call after reindex() (a graph built for a query that never
  // looks a name up does not pay for it). That first call writes the
  // index, so it is not thread-safe: a built graph shared between threads
  // calls reindex_names() before sharing it.
  std::vector<VertexId> find_by_name(std::string_view name) const;

  std::size_t vertex_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  // Rebuilds the lookup indexes (by id and by name/alias) after vertices
  // were added or renamed: after building and after loading a snapshot.
  // The by-name index is only marked out of date here (see find_by_name).
  void reindex();
  // Builds the by-name index now (find_by_name would on its first call).
  void reindex_names() const;

  // The by-name index as the snapshot stores it (graph/snapshot_format.h),
  // so a loaded graph need not key every name again: one entry per vertex
  // and distinct name key, sorted by (hash, unmentioned, vertex).
  struct NameIndexEntry {
    std::uint64_t hash;         // graph_name_key_hash of a name or alias
    std::uint32_t unmentioned;  // ~mentions: ascending order puts the most mentioned first
    std::uint32_t vertex;
  };
  // Builds the index first when it is out of date.
  const std::vector<NameIndexEntry>& name_index() const;
  // Adopts an index read from a snapshot of this graph. Entries out of
  // order, or naming a vertex the graph lacks, refuse it (false, nothing
  // changes). Lookups still compare the names themselves, so an index
  // that passes these checks can at worst miss or misorder names, never
  // answer a vertex without that name.
  bool set_name_index(std::vector<NameIndexEntry> entries);

 private:
  // Both indexes hold hashes and vertex numbers only, never copies of the
  // strings: a lookup compares the candidate vertex's own id or names.
  // (Per-string map nodes were a fifth of loading a snapshot.)
  // (Vertex numbers are 32-bit here: a graph of 4 billion vertices would
  // not fit in memory anyway.)
  struct IdSlot {
    std::uint32_t tag = 0;  // high half of the id's hash
    std::uint32_t vertex = kNoVertex;
  };
  static constexpr std::uint32_t kNoVertex = ~std::uint32_t{0};

  void rebuild_ids(std::size_t spread);
  void index_id(std::uint64_t hash, std::string_view id, VertexId v);
  std::optional<VertexId> find_hashed(std::uint64_t hash, std::string_view id) const;
  bool has_id(VertexId v, std::string_view id) const;

  GraphStorage g_;
  std::vector<IdSlot> by_id_;  // open addressing, size a power of two (or 0), at most half full
  std::size_t ids_ = 0;        // slots in use
  mutable std::vector<NameIndexEntry> by_name_;
  mutable bool names_indexed_ = false;
};

// Name key for find_by_name: lower-case letters and digits only.
std::string graph_name_key(std::string_view name);
// Hash of graph_name_key(name), without allocating the key; 0 when the key
// is empty. The same on every build and machine: snapshots store it.
std::uint64_t graph_name_key_hash(std::string_view name);

}  // namespace lexgraph
