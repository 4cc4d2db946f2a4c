#pragma once
// Counts of the noun a question counts, read from a sentence as it stands:
// "accompanied by 163 invoices" for "how many invoices". The extractor types
// a number as a figure only before a unit its closed list knows
// (figure_units.tsv: "days", "people", "times" ...), so that "two reasons"
// stays argument, not fact; the question's own noun says what is counted.
// Offsets are bytes into the sentence given.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph::ask {

struct CountedNoun {
  std::pair<std::size_t, std::size_t> span;  // the number through the noun
  double value = 0;
};

// Each number in `s` right before `noun` (a lower-case word, matched by its
// crude stem), or before one lower-case word and `noun` ("163 separate
// invoices"): digits ("1,250") or number words ("twenty-five"). A number
// that reads as a year ("1990 invoices") or is part of a citation or a
// larger number is none.
std::vector<CountedNoun> counts_of(std::string_view s, const std::string& noun);

}  // namespace lexgraph::ask
