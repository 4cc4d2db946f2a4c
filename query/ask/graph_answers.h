#pragma once
// Answers from the knowledge graph: relations whose predicate is the
// question's cue (or a related one) and that touch the question's
// entities; the answer is the other end, of the asked type, or a
// qualifier (a count, a role). Negated relations never answer a positive
// question. Evidence is the relation's own sentence.

#include <vector>

#include "ask/answer.h"
#include "ask/question_analysis.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

std::vector<Answer> graph_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q);

// A number as a text may write it: 42695 -> "42,695", "42695";
// 1280000 -> "1.28 million", "1,280,000". Used to find a count in a sentence.
std::vector<std::string> number_spellings(double value);

}  // namespace lexgraph::ask
