#pragma once
// Parsed query -> Xapian::Query, following the index layout
// (store/index_layout.h): body words carry positions, sentences and
// paragraphs are separated by position gaps, so
//   a /n b  = NEAR(a, b; window n+1)       |pos a - pos b| <= n
//   a +n b  = PHRASE(a, b; window n+1)     0 < pos b - pos a <= n
//   a /s b  = NEAR(a, b; kSentenceWindow)  same sentence
//   a +s b  = PHRASE(a, b; kSentenceWindow)
//   a /p b, a +p b likewise with kParagraphWindow
// and a chain of one grammatical connector, a /s b /s c, is one NEAR (or
// PHRASE for +s/+p) over all its words. All exact (checked against a
// brute-force reference in tests/unit/connector_semantics_test.cc):
// Xapian wants the words at distinct positions, as our semantics do
// (ti(x +p x) means x twice) -- with one exception: when two operands
// share a term (tax /s tax!), Xapian 1.4's NEAR can miss a match, so those
// take the approximate road below.
//
// Xapian 1.4 takes only terms and OR-lists of terms under NEAR and PHRASE.
// When an operand of a connector is a phrase or another connector (other
// than a chain of the same grammatical connector), the translation is a
// sound approximation that can only match too much, never too little:
//   L conn R  ->  L AND R AND NEAR(the words of L and R; widest span)
// e.g. "last known address" /s disclos! -> PHRASE(last known address) AND
// NEAR(last, known, address, disclos*; kSentenceWindow), leaving out of the
// NEAR any word that shares a term with an earlier one. The searcher then
// removes the extra documents with ExactMatcher (exact_matcher.h).

#include <string>
#include <vector>

#include <xapian.h>

#include "search/query_parser.h"
#include "search/term_expansion.h"

namespace lexgraph {

struct TranslatedQuery {
  // Matching query, with BM25 ranking on the English stems ("Z" terms) of
  // the plain body words added by OP_AND_MAYBE; filters by OP_FILTER.
  Xapian::Query query;
  // The word part after normalize_query(): what ExactMatcher evaluates.
  std::optional<QueryNode> text;
  // False when some connector was approximated (query may match too much).
  bool exact = true;
  // The connector groups that were approximated, as describe() writes them.
  std::vector<std::string> approximations;
  // Body terms the query looks for (not those after %), for highlighting.
  std::vector<std::string> highlight_terms;
};

// Throws QuerySyntaxError (a pattern that stands for too many words, a
// query too complex to distribute).
TranslatedQuery translate_query(const ParsedQuery& parsed, TermExpansions& expansions);

}  // namespace lexgraph
