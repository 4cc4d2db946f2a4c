#pragma once
// Stage 1 of query parsing: the query string as a list of tokens. Knows
// the spellings (Westlaw and Lexis) of every connector and field; knows
// nothing of precedence (query_parser.h) or of index terms (query_words.h).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/query_ast.h"

namespace lexgraph {

struct QueryToken {
  enum class Kind {
    word,       // text: as typed, may hold * and !
    phrase,     // text: between the quotation marks
    open,       // (
    close,      // )
    or_op,      // or  OR
    and_op,     // &  and  AND
    but_not,    // %  but not  and not  not
    connector,  // /n +n /s +s /p +p w/n pre/n w/s w/p
    field,      // text: field name, lower-cased; its value is the next token
    end,
  };
  Kind kind = Kind::end;
  std::string text;        // see above; for operators: as typed
  std::size_t column = 0;  // 1-based, in characters

  // connector
  ProximityUnit unit = ProximityUnit::words;
  unsigned distance = 0;
  bool ordered = false;
};

// Largest n of /n and +n (Westlaw's limit, and below kSentenceWindow so
// that /n never reaches across sentences).
inline constexpr unsigned kMaxConnectorDistance = 255;

// Throws QuerySyntaxError (unterminated quotation mark, unknown connector,
// n out of range, a field without a value). The last token is `end`.
std::vector<QueryToken> tokenize_query(std::string_view query);

}  // namespace lexgraph
