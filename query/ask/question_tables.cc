#include "ask/question_tables.h"

#include <algorithm>
#include <string_view>

#include "ask/text_match.h"
#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_question_cues_tsv;
extern const std::string_view data_question_words_tsv;
extern const std::string_view data_question_lexicon_tsv;
extern const std::string_view data_question_descriptions_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::ask {

namespace {

const std::string_view& kCuesTsv = embedded::data_question_cues_tsv;
const std::string_view& kWordsTsv = embedded::data_question_words_tsv;
const std::string_view& kLexiconTsv = embedded::data_question_lexicon_tsv;
const std::string_view& kDescriptionsTsv = embedded::data_question_descriptions_tsv;

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
    t.heads.push_back(HeadNoun{list(row[0]), std::string(row[1]), list(row[2]), list(row[3])});
  }
  DataTable lexicon = parse_data_table(kLexiconTsv, "question_lexicon.tsv", rules);
  for (const auto& row : lexicon.rows) t.lexicon.emplace_back(std::string(row[0]), list(row[1]));
  DataTable descriptions = parse_data_table(kDescriptionsTsv, "question_descriptions.tsv", rules);
  for (const auto& row : descriptions.rows) {
    Description d;
    for (std::string_view piece : split_list(row[0])) d.words.emplace_back(piece);
    d.kind = std::string(row[1]);
    d.id = std::string(row[2]);
    if (d.words.empty() || !(d.kind == "court" || d.kind == "agency" || d.kind == "organization") || d.id.empty()) {
      t.problems.push_back("question_descriptions.tsv: a row without words, a known kind or an id");
      continue;
    }
    t.descriptions.push_back(std::move(d));
  }
  for (DataTable* table : {&cues, &words, &lexicon, &descriptions}) {
    t.problems.insert(t.problems.end(), table->problems.begin(), table->problems.end());
  }
  return t;
}

}  // namespace

const QuestionTables& question_tables() {
  static const QuestionTables tables = load();
  return tables;
}

const std::vector<std::string>& lexicon(std::string_view word_class) {
  static const std::vector<std::string> none;
  for (const auto& [name, words] : question_tables().lexicon) {
    if (name == word_class) return words;
  }
  return none;
}

bool in_lexicon(std::string_view word_class, std::string_view lower) {
  const auto& words = lexicon(word_class);
  return std::find(words.begin(), words.end(), lower) != words.end();
}

const RelationCue* cue_for(std::string_view predicate) {
  for (const auto& cue : question_tables().cues) {
    if (cue.predicate == predicate) return &cue;
  }
  return nullptr;
}

}  // namespace lexgraph::ask
