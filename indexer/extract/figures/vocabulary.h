#pragma once
// The word lists behind figures, dates and orders, read once from the
// embedded data files (indexer/extract/data/figure_*, date_*, order_*).
// Each accessor parses on first use (thread-safe) and keeps the problems
// it found so that a unit test can insist there are none.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/figures/text_tokens.h"

namespace lexgraph::figures {

// ---- figures and money (figure_*.tsv)

struct UnitInfo {
  std::string unit;      // normalized: "people", "percent", "feet"
  std::string category;  // count | measure | time | percent | times
};

enum class NumberRole { small, tens, hundred, scale, scale_abbreviation };

struct NumberWord {
  double value = 0;
  NumberRole role = NumberRole::small;
};

struct Currency {
  std::string code;  // ISO 4217
  double factor = 1;
};

struct FigureVocabulary {
  std::unordered_map<std::string, UnitInfo> units;  // written, lower case: "percentage points"
  std::size_t max_unit_words = 1;
  // "more than" -> "minimum", "within" -> "maximum", "about" -> "approximate"
  std::unordered_map<std::string, std::string> qualifiers;
  std::size_t max_qualifier_words = 1;
  std::unordered_map<std::string, NumberWord> number_words;
  std::unordered_map<std::string, Currency> prefix_currencies;  // "$", "US$", "USD"
  std::unordered_map<std::string, Currency> suffix_currencies;  // "dollars", "cents"
  std::unordered_set<std::string> reference_words;              // "section", "at", "§"
  WordFilter number_word_filter;  // words that may start a number: "nine", "Twenty"
  std::vector<std::string> problems;
};

const FigureVocabulary& figure_vocabulary();

// ---- dates (date_*.tsv)

struct RelativePhrase {
  char unit = 'd';  // d(ay) | m(onth) | y(ear)
  int offset = 0;
  bool approximate = false;
};

enum DateCue : unsigned {
  kCuePreposition = 1,
  kCueApproximate = 2,
  kCueSeason = 4,
  kCueFuture = 8,
};

struct MonthName {
  int number = 0;             // 1-12
  bool abbreviation = false;  // "Nov", "Sept": a strict prefix of another name of the month
};

struct DateVocabulary {
  std::unordered_map<std::string, MonthName> months;  // "November", "Nov", "Sept"
  std::unordered_map<std::string, int> weekdays;  // "Thursday" -> 4
  std::unordered_map<std::string, RelativePhrase> relative;  // "earlier this month"
  std::size_t max_relative_words = 1;
  std::unordered_set<std::string> relative_first_words;  // "earlier", "last", "yesterday"
  std::unordered_map<std::string, unsigned> cues;  // "in" -> kCuePreposition ...
  std::unordered_map<std::string, std::string> roles;  // "approved" -> "enacted" (date_roles.tsv)
  std::size_t max_role_words = 1;
  WordFilter role_filter;  // last words of role phrases
  WordFilter name_filter;      // month and weekday names
  WordFilter relative_filter;  // first words of relative phrases
  std::vector<std::string> problems;
};

const DateVocabulary& date_vocabulary();

// ---- orders (order_*.tsv)

struct OrderPhrase {
  std::vector<std::string> words;  // lower case; the head singular
  std::size_t head = 0;            // index of the head word in `words`
  std::string kind;                // "-" for a phrase that is not a court order
  std::string name;
  bool needs_cue = false;
};

enum class CuePosition { before, after, either };

struct OrderCue {
  std::vector<std::string> words;
  CuePosition position = CuePosition::either;
  std::string attr;   // status | negated | requested
  std::string value;  // "in_place", "true" ...
};

struct OrderVocabulary {
  std::unordered_map<std::string, std::vector<OrderPhrase>> by_head;  // singular head -> phrases
  std::vector<OrderCue> cues;
  std::size_t max_cue_words = 1;
  std::size_t max_phrase_words = 1;
  std::size_t phrase_count = 0;
  WordFilter head_filter;  // head words, singular and plural
  std::vector<std::string> problems;
};

const OrderVocabulary& order_vocabulary();

}  // namespace lexgraph::figures
