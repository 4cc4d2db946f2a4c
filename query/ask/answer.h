#pragma once
// An answer and the evidence it rests on (schemas/answer.schema.json).
// Every answer carries at least one piece of evidence: a sentence of a
// stored document, with byte offsets into that document's normalized text.

#include <optional>
#include <string>
#include <vector>

#include "ask/question_analysis.h"

namespace lexgraph::ask {

struct Evidence {
  std::string doc;    // document id
  std::string title, court, date;
  std::size_t sentence = 0;
  std::size_t start = 0, end = 0;  // the sentence's span in the document's text (a docket entry's line)
  std::string text;                // the sentence (a docket entry: its line)
  // [first, second) of the answer inside `text`; none when the answer is
  // not a span of it (a count stated as a qualifier).
  std::optional<std::pair<std::size_t, std::size_t>> highlight;
};

enum class AnswerSource { graph, passage, both };

struct Answer {
  std::string text;    // as the evidence names it
  std::string type;    // entity type, or role / holding / figure
  std::string entity;  // canonical id; "" when not an entity
  // A figure's number or a date's ISO form (number_value / string_value).
  std::optional<double> number_value;
  std::string string_value;
  // A figure's unit as figure_units.tsv normalizes it ("pounds" for "lb");
  // "" when it has none or is not a figure.
  std::string unit;
  double score = 0;
  AnswerSource source = AnswerSource::passage;
  std::vector<Evidence> evidence;
};

struct Passage {
  Evidence evidence;
  double score = 0;
};

struct AskResult {
  QuestionAnalysis interpretation;
  std::vector<Answer> answers;     // ranked, best first
  std::vector<Passage> closest;    // when nothing answers: the passages nearest the question
  std::vector<std::string> warnings;  // e.g. the graph could not be opened
};

}  // namespace lexgraph::ask
