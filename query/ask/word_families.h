#pragma once
// Word families (data/word_families.tsv): the words a question and a
// document use for the same thing ("weapon" / "gun", "rescinded" /
// "withdrawal", "turned down" / "denied"). Passage retrieval searches a
// question's word with its family as one Xapian synonym; sentence scoring
// counts a family word as the question's word.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lexgraph::ask {

struct WordFamilies {
  std::vector<std::vector<std::string>> members;  // each family's words and phrases, lower-case
  // The families a single word belongs to, by its crude stem.
  std::unordered_map<std::string, std::vector<std::size_t>> by_stem;
  std::vector<std::string> problems;  // rows the loader refused (a bug in the data)

  // The families of one lower-case word (by its crude stem); empty when none.
  const std::vector<std::size_t>& families_of(std::string_view lower_word) const;
};

// Parses a word_families.tsv text (a header "words", then one family per line).
WordFamilies parse_word_families(std::string_view tsv);

// The embedded table, loaded once on first use; thread-safe.
const WordFamilies& word_families();

// One family a question uses: `key` is the question's word (its crude stem)
// or phrase as it stands in the question; `family` indexes members.
struct ActiveFamily {
  std::string key;
  std::size_t family;
};

// The families the question's content words (`terms`, lower-case) and the
// phrases of its text (`question`, "went off") belong to.
std::vector<ActiveFamily> families_in_question(const WordFamilies& families, std::string_view question,
                                               const std::vector<std::string>& terms);

}  // namespace lexgraph::ask
