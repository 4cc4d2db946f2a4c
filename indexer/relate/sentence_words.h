#pragma once
// One sentence as words with byte offsets, and the entities standing on
// them ("slots"): the rules of stated_relations.cc look left and right of
// a cue word for the entities a predicate joins.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::relate {

struct Word {
  std::size_t start = 0;  // the word without surrounding punctuation
  std::size_t end = 0;
  std::string lower;
  char punct_after = 0;  // , . ; : ? ! ) or '-' for a dash after it; 0: none
  bool capitalized = false;
};

// The words of text[start, end): blanks split words, dashes ("--", "—")
// become a break on the word before them.
std::vector<Word> sentence_words(std::string_view text, std::size_t start, std::size_t end);

// An entity (or several: "the agencies") standing on words [first, last].
struct Slot {
  std::size_t first = 0;
  std::size_t last = 0;
  std::vector<std::string> ids;
  std::string type;
  double confidence = 1.0;  // below 1 for a resolved pronoun or description
  const void* mention = nullptr;  // the Mention it comes from; nullptr: coreference
};

}  // namespace lexgraph::relate
