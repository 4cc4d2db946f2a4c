#include "ask/ask_engine.h"

#include "ask/answer_merge.h"
#include "ask/graph_answers.h"
#include "ask/passage_answers.h"
#include "ask/question_analysis.h"

namespace lexgraph::ask {

AskResult ask(std::string_view question, const Xapian::Database* db, const KnowledgeGraph* graph,
              const AskOptions& options) {
  AskResult result;
  result.interpretation = analyze_question(question, graph);
  std::vector<Answer> from_graph;
  if (graph) from_graph = graph_answers(*graph, result.interpretation);
  PassageResults passages;
  if (db) passages = passage_answers(*db, result.interpretation);
  MergeOptions merge;
  merge.top = options.top;
  merge.preferred_types = result.interpretation.preferred_types;
  result.answers = merge_answers(std::move(from_graph), std::move(passages.answers), merge);
  result.closest = std::move(passages.closest);
  return result;
}

}  // namespace lexgraph::ask
