#pragma once
// `lexquery ask` for people: each answer on a line, its evidence beneath
// (title, court, date, the sentence with the answer marked: bold on a
// terminal, [brackets] otherwise).

#include <cstdio>

#include "ask/answer.h"

namespace lexgraph::ask {

struct TextStyle {
  bool terminal = false;  // ANSI bold instead of brackets
  bool explain = false;   // print the interpretation first
};

void write_answer_text(std::FILE* out, const AskResult& result, const TextStyle& style);

// The interpretation in one block of lines ("answer type: judge" ...).
void write_interpretation(std::FILE* out, const QuestionAnalysis& q);

}  // namespace lexgraph::ask
