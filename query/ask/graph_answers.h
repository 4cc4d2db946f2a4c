#pragma once
// Answers from the knowledge graph: relations whose predicate is the
// question's cue (or a related one) and that touch the question's
// entities; the answer is the other end, of the asked type, or a
// qualifier (a count, a role). Negated relations never answer a positive
// question. Evidence is the relation's own sentence. Judges by role are
// in judge_role_answers.h.

#include <string>
#include <string_view>
#include <vector>

#include "ask/answer.h"
#include "ask/judge_role_answers.h"
#include "ask/question_analysis.h"
#include "graph/graph_facts.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

// `found_documents`: the documents the passage search found best (ids, best
// first), for a judge asked by role in a question that names no document.
std::vector<Answer> graph_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q,
                                  const std::vector<std::string>& found_documents = {});

// A number as a text may write it: 42695 -> "42,695", "42695";
// 1280000 -> "1.28 million", "1,280,000". Used to find a count in a sentence.
std::vector<std::string> number_spellings(double value);

// Reading a relation and making its answer; shared by graph_answers.cc and
// judge_role_answers.cc.

// The score a graph answer starts from.
inline constexpr double kGraphBase = 3.0;

// The edge's qualifier of that name; nullptr when it has none.
const std::string* qualifier(const GraphEdge& e, std::string_view name);

// Whether a relation is stated as not holding: lexgraph::is_negated
// (graph/graph_facts.h), shared with the graph commands.

// The relation's sentence as evidence, with its document's title, court and date.
Evidence evidence_of(const KnowledgeGraph& graph, const GraphEdge& e);

// Names the answer as the evidence sentence names the vertex, highlighted
// there (a person by full name); else by the vertex's name or id.
void name_in_evidence(const GraphVertex& v, Answer& a);

}  // namespace lexgraph::ask
