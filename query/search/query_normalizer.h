#pragma once
// Reshapes a parsed query so that every connector joins only positional
// operands (words, OR-lists of words, phrases, other connectors):
//  - AND and BUT NOT under a connector are distributed, by definition:
//      (a & b) /s c   = (a /s c) & (b /s c)
//      (a % b) /s c   = (a /s c) % b
//  - OR-lists holding phrases or connectors are distributed, which is exact:
//      ("a b" c) /s d = ("a b" /s d) or (c /s d)
// Nested OR and AND lists are flattened.


#include "search/query_ast.h"

namespace lexgraph {

// Most connector combinations one query may expand to by distribution.
inline constexpr std::size_t kMaxDistributedConnectors = 256;

// Throws QuerySyntaxError when distribution would exceed the cap.
QueryNode normalize_query(const QueryNode& root);

}  // namespace lexgraph
