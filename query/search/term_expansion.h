#pragma once
// Root expanders (disclos!) and universal characters (wom*n, object***)
// -> the index terms they stand for, read from the database's term list.
// Xapian's own OP_WILDCARD cannot be an operand of NEAR or PHRASE (1.4),
// an explicit list of terms can, so we expand ourselves.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/query_ast.h"

namespace lexgraph {

// Default cap on the terms one pattern may stand for. Beyond it the query
// is refused (QuerySyntaxError) rather than silently cut short: a legal
// search that quietly drops variants would look complete and not be.
inline constexpr std::size_t kDefaultMaxExpansion = 2000;

// True when `term` (without field prefix) is one of the words `pattern` stands for.
bool pattern_matches(const TermPattern& pattern, std::string_view term);

// The index terms (with field prefix), sorted, that the patterns of a query
// stand for. One per (field, pattern), computed once and shared by the
// translator and the exact matcher.
class TermExpansions {
 public:
  TermExpansions(const Xapian::Database& db, std::size_t max_expansion)
      : db_(db), max_expansion_(max_expansion) {}

  // Plain patterns give their one term (whether or not the index has it).
  // Throws QuerySyntaxError when a pattern stands for more than the cap;
  // `column` goes into the message.
  const std::vector<std::string>& terms(TextField field, const TermPattern& pattern, std::size_t column);

  // Already computed (does not touch the database): for the exact matcher.
  const std::vector<std::string>& known_terms(TextField field, const TermPattern& pattern) const;

  std::size_t max_expansion() const { return max_expansion_; }

 private:
  Xapian::Database db_;
  std::size_t max_expansion_;
  std::map<std::string, std::vector<std::string>> cache_;
};

}  // namespace lexgraph
