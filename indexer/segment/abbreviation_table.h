#pragma once
// The facts of segment/legal_abbreviations.txt as lookups: how each
// abbreviation behaves at a proposed sentence break, and the word lists
// (sentence openers, citation words, labels) those decisions consult.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lexgraph {

enum class AbbreviationBehaviour {
  unknown,      // not an abbreviation we know
  continues,    // never ends a sentence
  rarely_ends,  // ends one only before a sentence opener
  may_end,      // ends one before any capitalised word that is not an abbreviation
};

class AbbreviationTable {
 public:
  // The table built from the embedded data file (parsed once).
  static const AbbreviationTable& legal();

  // Parses the data file format; each problem (unknown heading, an entry
  // outside a group, an abbreviation in two behaviour groups) is reported
  // with its line number and the line is skipped.
  static AbbreviationTable parse(std::string_view data, std::vector<std::string>* problems);

  AbbreviationBehaviour behaviour(std::string_view token) const;
  bool is_sentence_opener(std::string_view word) const { return contains(openers_, word); }
  bool is_citation_word(std::string_view word) const { return contains(citation_words_, word); }
  bool is_label_word(std::string_view word) const { return contains(label_words_, word); }
  std::size_t size() const { return behaviours_.size(); }

 private:
  static bool contains(const std::unordered_set<std::string>& set, std::string_view word) {
    return set.find(std::string(word)) != set.end();
  }

  std::unordered_map<std::string, AbbreviationBehaviour> behaviours_;
  std::unordered_set<std::string> openers_;
  std::unordered_set<std::string> citation_words_;
  std::unordered_set<std::string> label_words_;
};

}  // namespace lexgraph
