#pragma once
// The facts question analysis rests on, as data (question_cues.tsv.inc,
// question_words.tsv.inc): which words name which predicate, and which
// head nouns ask for which answer type.

#include <string>
#include <vector>

namespace lexgraph::ask {

struct RelationCue {
  std::string predicate;                 // schemas/predicates.json
  std::vector<std::string> who_types;    // entity types answering "who ..."
  std::vector<std::string> related;      // predicates answering the same question
  std::vector<std::string> verb_bases;   // as listed
  std::vector<std::string> verb_forms;   // every inflection, lower-case, phrases with single spaces
  std::vector<std::string> noun_forms;
};

struct HeadNoun {
  std::vector<std::string> words;
  std::string answer_type;
  std::vector<std::string> entity_types;
};

struct QuestionTables {
  std::vector<RelationCue> cues;
  std::vector<HeadNoun> heads;
  std::vector<std::string> problems;  // rows the loader refused (a bug in the data)
};

// Loaded once, on first use; thread-safe.
const QuestionTables& question_tables();

// The cue of `predicate`, or nullptr.
const RelationCue* cue_for(std::string_view predicate);

}  // namespace lexgraph::ask
