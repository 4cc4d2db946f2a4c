#pragma once
// The facts question analysis rests on, as data (question_cues.tsv.inc,
// question_words.tsv.inc): which words name which predicate, and which
// head nouns ask for which answer type.

#include <string>
#include <string_view>
#include <utility>
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
  std::vector<std::string> preferred;  // ranked first; empty: the first entity type
};

// "the Justices": a word standing for one institution of the gazetteer.
struct Description {
  std::vector<std::string> words;  // as written
  std::string kind;                // court, agency, organization
  std::string id;                  // gazetteer id ("scotus")
};

struct QuestionTables {
  std::vector<RelationCue> cues;
  std::vector<HeadNoun> heads;
  std::vector<Description> descriptions;
  // question_lexicon.tsv: word classes ("imperative", "dissent", ...) -> words.
  std::vector<std::pair<std::string, std::vector<std::string>>> lexicon;
  std::vector<std::string> problems;  // rows the loader refused (a bug in the data)
};

// Loaded once, on first use; thread-safe.
const QuestionTables& question_tables();

// The words of a question_lexicon.tsv class (empty for an unknown class).
const std::vector<std::string>& lexicon(std::string_view word_class);

// True when `lower` is one of the class's words.
bool in_lexicon(std::string_view word_class, std::string_view lower);

// The cue of `predicate`, or nullptr.
const RelationCue* cue_for(std::string_view predicate);

}  // namespace lexgraph::ask
