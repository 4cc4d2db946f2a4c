#pragma once
// `lexquery search --json`: SearchResults as JSON, described by
// schemas/search-result.schema.json. Snippets keep the caller's highlight
// markers but lose terminal colour codes.

#include <ostream>
#include <string>

#include "search/searcher.h"

namespace lexgraph {

std::string search_json(const SearchResults& results, bool pretty = false);

// Writes search_json() and a final newline.
void write_search_json(std::ostream& out, const SearchResults& results, bool pretty = false);

}  // namespace lexgraph
