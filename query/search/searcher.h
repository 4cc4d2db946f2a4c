#pragma once
// `lexquery search`: run a terms-and-connectors query (see
// query_parser.h for the syntax) against a lexgraph database and return
// ranked hits with highlighted snippets.

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
};

struct SearchHit {
  std::size_t rank = 0;     // 1-based, after offset
  double score = 0;         // Xapian weight (0 when sorted by date)
  std::string id, title, kind, court, date, docket, citation, path, format;
  std::vector<std::string> judges;
  std::string snippet;
};

struct SearchResults {
  std::string query;               // as given
  std::string parsed;              // Xapian's description of the query, for --explain
  std::size_t estimated_matches = 0;
  std::vector<SearchHit> hits;
};

class QuerySyntaxError;  // query_parser.h; thrown by search() for a bad query

// Runs `request` on `db`. Throws QuerySyntaxError (bad query, user error)
// or Xapian::Error (database trouble).
SearchResults search(const Xapian::Database& db, const SearchRequest& request);

}  // namespace lexgraph
