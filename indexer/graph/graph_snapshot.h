#pragma once
// The graph snapshot: the knowledge graph built from every document's
// stored facts, saved as one binary file in the database directory
// (graph.snapshot) and stamped with the index revision it was built from
// (DatabaseDir::revision_stamp). A snapshot whose stamp differs from the
// index's is stale: it is rebuilt, never used. Loading reads the file
// only — no document's JSON is parsed — so queries start fast.

#include <cstdint>
#include <string>

#include "graph/knowledge_graph.h"
#include "store/database_dir.h"

namespace lexgraph {

// Builds the graph from the stored documents of the database (reads every
// document's data once).
std::string build_graph(const DatabaseDir& db, KnowledgeGraph& out);

// Writes / reads the snapshot file; errors are one line, "" when ok.
std::string save_graph_snapshot(const DatabaseDir& db, const KnowledgeGraph& graph, const std::string& revision);
// Fails (with a reason) when the file is missing, damaged, of another
// format version, or stamped with another revision than `revision`.
std::string load_graph_snapshot(const DatabaseDir& db, const std::string& revision, KnowledgeGraph& out);

// What queries call: the fresh snapshot, rebuilding and saving it first
// when it is missing, stale or damaged. `rebuilt` tells which happened. A
// database directory we cannot write to still gets the graph just built.
std::string open_graph(const DatabaseDir& db, KnowledgeGraph& out, bool* rebuilt = nullptr);

// <db>/graph.snapshot (format: graph/snapshot_format.h).
std::string graph_snapshot_path(const DatabaseDir& db);

struct GraphSnapshotUpdate {
  std::size_t vertices = 0, edges = 0;
  std::uint64_t bytes = 0;  // size of the snapshot file
  bool rebuilt = false;     // false: the snapshot on disk was already fresh
  double seconds = 0;
};

// After the index changed (`lexindex build`, `lexindex remove`): makes the
// snapshot fresh so the first query loads it instead of building it.
// Unlike open_graph, a snapshot that cannot be saved is an error here.
std::string update_graph_snapshot(const DatabaseDir& db, GraphSnapshotUpdate* info = nullptr);

}  // namespace lexgraph
