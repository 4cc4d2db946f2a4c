#pragma once
// Judges by role, from the knowledge graph: the judges of the documents a
// question names (a party, a case, a caption), in the roles its words ask
// for (data/judge_roles.tsv: "the district judge below" -> below, "which
// justices dissented" -> dissent). The role comes from the judge's edge into
// the document (decided_below, dissents, authored, presides_over with its
// role qualifier). graph_answers calls it for judge questions.

#include <string>
#include <string_view>
#include <vector>

#include "ask/answer.h"
#include "ask/question_analysis.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

// "Who was the district judge below in Broberg's appeal?", "Which justices
// dissented in Johnson v. Maryland?": the judges of the documents the
// question names (a party, a case, a caption), in the roles its words ask
// for (data/judge_roles.tsv); without role words, the documents' own
// judges (never the judge below, never a dissenter). Part of graph_answers
// for judge questions. A question that names no document ("the 1940 Texas
// beer price-fixing case") but asks for a role is answered from the best of
// `found_documents` (the passage search's, ids best first), ranked lower:
// the search, not the question, chose that document.
std::vector<Answer> judge_role_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q,
                                       const std::vector<std::string>& found_documents = {});

// The judge roles a question's words ask for, most fitting first:
// "the district judge below" -> below, assigned, signer ...; none: {}.
std::vector<std::string> asked_judge_roles(std::string_view question);

}  // namespace lexgraph::ask
