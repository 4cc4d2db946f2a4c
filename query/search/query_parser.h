#pragma once
// Terms-and-connectors query text -> syntax tree, with Westlaw precedence
// (tightest first): phrase, OR (space, or), /n +n, /s +s, /p +p, & (and),
// % (but not, and not). Connectors of one level group left to right.
// The language is documented for users in syntax_help.h (kSyntaxHelp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/query_ast.h"
#include "search/syntax_help.h"  // kSyntaxHelp: the language for users

namespace lexgraph {

struct ParsedQuery {
  // The words and connectors; absent when the query is only field filters.
  std::optional<QueryNode> root;
  // Field filters (kind:, year:, month:, docket:, format:, id:, date:)
  // written outside parentheses and not right after % or a connector:
  // wherever they stand they restrict the whole query, AND across fields,
  // OR within one field, without changing ranking (Xapian's convention).
  // An & / and / or left dangling by taking them out is dropped.
  // Filters inside parentheses or after % stay in `root`.
  std::vector<QueryNode> filters;
  std::vector<std::string> warnings;  // e.g. a word without searchable characters was ignored
};

// The query written back with explicit grouping: "(tax /s disclos!) FILTER kind:opinion".
std::string describe(const ParsedQuery& query);

// Longest query accepted, in bytes; deepest parenthesis nesting (the
// parser and everything after it recurse over the tree); most words (an
// approximated connector chain costs the square of its length).
inline constexpr std::size_t kMaxQueryBytes = 8192;
inline constexpr std::size_t kMaxQueryNesting = 64;
inline constexpr std::size_t kMaxQueryWords = 256;

// Throws QuerySyntaxError with a one-line message that says where.
ParsedQuery parse_query(std::string_view query);

}  // namespace lexgraph
