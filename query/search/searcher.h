#pragma once
// `lexquery search`: run a terms-and-connectors query (see
// query_parser.h for the syntax, syntax_help.h for the user's guide)
// against a lexgraph database and return ranked hits with highlighted
// snippets.

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace lexgraph {

enum class SortOrder { relevance, date_newest, date_oldest };

struct SearchRequest {
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 20;
  SortOrder sort = SortOrder::relevance;
  // Markers put around matched words in snippets ("" for none).
  std::string highlight_open;
  std::string highlight_close;
  std::size_t snippet_bytes = 240;
  // Most index terms one ! or * pattern may stand for; beyond it the query
  // is refused (QuerySyntaxError) rather than silently narrowed.
  std::size_t max_expansion = 2000;
};

struct SearchHit {
  std::size_t rank = 0;     // 1-based, counting from the first result (offset included)
  double score = 0;         // BM25 weight (also computed when sorted by date: ties by relevance)
  std::string id, title, kind, court, date, docket, citation, path, format;
  std::vector<std::string> judges;
  std::string snippet;      // one line, whitespace collapsed, plain text plus the markers
};

struct SearchResults {
  std::string query;               // as given
  std::string parsed;              // the query with explicit grouping: "(tax /s disclos!) FILTER kind:opinion"
  std::string xapian_query;        // Xapian's description of what ran, for --explain
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::size_t estimated_matches = 0;
  // False only when some connector could not be checked exactly (work cap
  // per document, or a remote database that takes no MatchDecider): then
  // the hits may include documents that do not quite match. See warnings.
  bool exact = true;
  std::vector<std::string> warnings;
  std::vector<SearchHit> hits;
};

class QuerySyntaxError;  // query_ast.h (via query_parser.h); thrown by search() for a bad query

// Runs `request` on `db`. Throws QuerySyntaxError (bad query, user error)
// or Xapian::Error (database trouble).
SearchResults search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace lexgraph
