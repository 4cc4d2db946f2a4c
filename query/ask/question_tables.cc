#include "ask/question_tables.h"

#include <string_view>

#include "ask/text_match.h"
#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_question_cues_tsv;
extern const std::string_view data_question_words_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::ask {

namespace {

const std::string_view& kCuesTsv = embedded::data_question_cues_tsv;
const std::string_view& kWordsTsv = embedded::data_question_words_tsv;

std::vector<std::string> list(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view piece : split_list(field)) out.push_back(to_lower(piece));
  return out;
}

QuestionTables load() {
  QuestionTables t;
  DataTableRules rules;
  rules.pad_short_rows = true;
  rules.filled_columns = 1;
  DataTable cues = parse_data_table(kCuesTsv, "question_cues.tsv", rules);
  for (const auto& row : cues.rows) {
    RelationCue cue;
    cue.predicate = std::string(row[0]);
    cue.who_types = list(row[1]);
    cue.related = list(row[2]);
    cue.verb_bases = list(row[3]);
    for (const auto& base : cue.verb_bases) {
      for (auto& form : inflections(base)) cue.verb_forms.push_back(std::move(form));
    }
    cue.noun_forms = list(row[4]);
    t.cues.push_back(std::move(cue));
  }
  DataTable words = parse_data_table(kWordsTsv, "question_words.tsv", rules);
  for (const auto& row : words.rows) {
    t.heads.push_back(HeadNoun{list(row[0]), std::string(row[1]), list(row[2])});
  }
  t.problems = std::move(cues.problems);
  t.problems.insert(t.problems.end(), words.problems.begin(), words.problems.end());
  return t;
}

}  // namespace

const QuestionTables& question_tables() {
  static const QuestionTables tables = load();
  return tables;
}

const RelationCue* cue_for(std::string_view predicate) {
  for (const auto& cue : question_tables().cues) {
    if (cue.predicate == predicate) return &cue;
  }
  return nullptr;
}

}  // namespace lexgraph::ask
