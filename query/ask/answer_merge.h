#pragma once
// Merging the two sources: answers naming the same entity (or, for
// answers that are not entities, the same words) become one, with the
// evidence of both; graph evidence ranks first, then passage score.

#include <cstddef>
#include <vector>

#include "ask/answer.h"

namespace lexgraph::ask {

struct MergeOptions {
  std::size_t top = 5;
  std::size_t evidence_per_answer = 3;
  // Answers of these types rank before all others (QuestionAnalysis::preferred_types).
  std::vector<std::string> preferred_types;
};

std::vector<Answer> merge_answers(std::vector<Answer> from_graph, std::vector<Answer> from_passages,
                                  const MergeOptions& options = {});

}  // namespace lexgraph::ask
