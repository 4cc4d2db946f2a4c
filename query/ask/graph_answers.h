#pragma once
// Answers from the knowledge graph: relations whose predicate is the
// question's cue (or a related one) and that touch the question's
// entities; the answer is the other end, of the asked type, or a
// qualifier (a count, a role). Negated relations never answer a positive
// question. Evidence is the relation's own sentence.

#include <string>
#include <string_view>
#include <vector>

#include "ask/answer.h"
#include "ask/question_analysis.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

std::vector<Answer> graph_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q);

// "Who was the district judge below in Broberg's appeal?", "Which justices
// dissented in Johnson v. Maryland?": the judges of the documents the
// question names (a party, a case, a caption), in the roles its words ask
// for (data/judge_roles.tsv); without role words, the documents' own
// judges (never the judge below, never a dissenter). Part of graph_answers
// for judge questions; empty when no document is named.
std::vector<Answer> judge_role_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q);

// The judge roles a question's words ask for, most fitting first:
// "the district judge below" -> below, assigned, signer ...; none: {}.
std::vector<std::string> asked_judge_roles(std::string_view question);

// A number as a text may write it: 42695 -> "42,695", "42695";
// 1280000 -> "1.28 million", "1,280,000". Used to find a count in a sentence.
std::vector<std::string> number_spellings(double value);

}  // namespace lexgraph::ask
