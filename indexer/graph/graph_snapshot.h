#pragma once
// The graph snapshot: the knowledge graph built from every document's
// stored facts, saved as one binary file in the database directory
// (graph.snapshot) and stamped with the index revision it was built from
// (DatabaseDir::revision_stamp). A snapshot whose stamp differs from the
// index's is stale: it is rebuilt, never used. Loading reads the file
// only — no document's JSON is parsed — so queries start fast.

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
// when it is missing or stale. `rebuilt` tells which happened.
std::string open_graph(const DatabaseDir& db, KnowledgeGraph& out, bool* rebuilt = nullptr);

}  // namespace lexgraph
