#pragma once
// The meaning of a terms-and-connectors query, evaluated on one document's
// word positions. It is the reference the Xapian translation is tested
// against, and the filter the searcher applies (as a Xapian::MatchDecider)
// when the translation had to approximate a connector.
//
// Semantics. A match of a positional operand is a set of word positions
// (one per word of the query operand) with first and last position:
//   word          one position of one of its terms
//   "a b c"       consecutive positions
//   L conn R      a match of L and a match of R that share no position, with
//     /n   gap <= n, where gap = first(R) - last(L) when L ends before R
//          starts, first(L) - last(R) when R ends before L, 0 when they
//          interleave (for two words: |pos a - pos b| <= n)
//     +n   last(L) < first(R) and first(R) - last(L) <= n
//     /s   all positions in one sentence (last - first < kSentenceWindow)
//     +s   that, and last(L) < first(R); /p and +p likewise per paragraph.
// Document-level: a word or phrase is present, & / or / % are Boolean,
// filters are index terms, date ranges compare the date value.

#include <atomic>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/query_ast.h"
#include "search/term_expansion.h"

namespace lexgraph {

class ExactMatcher {
 public:
  // `text` is the normalized word part (TranslatedQuery::text); the
  // patterns in it must already be expanded in `expansions`.
  ExactMatcher(const QueryNode& text, const TermExpansions& expansions);
  ExactMatcher(const ExactMatcher&) = delete;  // keeps addresses into its own tree
  ExactMatcher& operator=(const ExactMatcher&) = delete;

  // True when `doc` matches. A document whose connectors would need more
  // than a fixed amount of work to decide is accepted (the answer stays a
  // superset, never loses a document) and counted in unverified().
  bool matches(const Xapian::Document& doc) const;

  std::size_t unverified() const { return unverified_.load(); }

 private:
  QueryNode text_;
  // Every index term the query can touch, sorted; per-pattern term lists
  // as indexes into it.
  std::vector<std::string> terms_;
  std::vector<std::vector<std::size_t>> pattern_terms_;
  // Pattern or filter node (address inside text_) -> index into pattern_terms_.
  std::unordered_map<const void*, std::size_t> ids_;
  mutable std::atomic<std::size_t> unverified_{0};

  friend class ExactEvaluation;
};

class ExactMatchDecider : public Xapian::MatchDecider {
 public:
  explicit ExactMatchDecider(const ExactMatcher& matcher) : matcher_(matcher) {}
  bool operator()(const Xapian::Document& doc) const override { return matcher_.matches(doc); }

 private:
  const ExactMatcher& matcher_;
};

}  // namespace lexgraph
