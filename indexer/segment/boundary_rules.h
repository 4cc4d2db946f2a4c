#pragma once
// What ICU's sentence BreakIterator cannot know about legal text, decided
// inside one paragraph: a proposed break after an abbreviation ("v.",
// "U.S.", "Harry T. Edwards") is usually no break; a break ICU puts inside
// a footnote reference ('exemption."[6] Not') belongs after it; and a
// footnote number glued to a full stop ("erred.12 The") hides a break ICU
// does not propose at all.

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/abbreviation_table.h"

namespace lexgraph {

class BoundaryRules {
 public:
  static constexpr std::size_t kNoBreak = static_cast<std::size_t>(-1);

  explicit BoundaryRules(const AbbreviationTable& table) : table_(table) {}

  // `boundary` is where ICU would start the next sentence in `paragraph`
  // (the paragraph as it is, line breaks included). Returns where the next
  // sentence starts, or kNoBreak when the sentence goes on.
  std::size_t review(std::string_view paragraph, std::size_t boundary) const;

  // Appends sentence starts that ICU does not propose.
  void add_missed_breaks(std::string_view paragraph, std::vector<std::size_t>& starts) const;

 private:
  enum class NextWord { opener, capitalised, abbreviation, lower, digit, section, bracket, other };

  NextWord classify_next(std::string_view paragraph, std::size_t start) const;
  AbbreviationBehaviour classify_previous(std::string_view paragraph, std::size_t token_begin,
                                          std::string_view token) const;
  bool keep_after_abbreviation(AbbreviationBehaviour behaviour, NextWord next) const;
  AbbreviationBehaviour lookup(std::string_view token) const;

  const AbbreviationTable& table_;
};

}  // namespace lexgraph
