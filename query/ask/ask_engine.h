#pragma once
// `lexquery ask` as a library: a question in, ranked answers with evidence
// out. Usage:
//   Xapian::Database db(dir.xapian_path());
//   KnowledgeGraph graph;  open_graph(dir, graph);
//   AskResult r = ask("Which judge enjoined DHS?", &db, &graph);
// Either source may be null (the other then answers alone).

#include <cstddef>
#include <string_view>

#include <xapian.h>

#include "ask/answer.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

struct AskOptions {
  std::size_t top = 5;
};

// Throws Xapian::Error on database trouble.
AskResult ask(std::string_view question, const Xapian::Database* db, const KnowledgeGraph* graph,
              const AskOptions& options = {});

}  // namespace lexgraph::ask
