#pragma once
// `lexquery ask --json`: schemas/answer.schema.json.

#include <ostream>

#include "ask/answer.h"

namespace lexgraph::ask {

void write_answer_json(std::ostream& out, const AskResult& result);

}  // namespace lexgraph::ask
