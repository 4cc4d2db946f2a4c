#pragma once
// The data files of extract/data are TSV: `#` comment lines, a header row,
// then one record per line. This reads one and reports, with line numbers,
// every row whose number of columns differs from the header's.

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::citations {

struct Tsv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // fields as written, never trimmed
  std::vector<std::string> problems;           // "reporters.tsv:12: 9 columns, expected 11"
};

// `name` only labels problems.
Tsv read_tsv(std::string_view data, std::string_view name);

}  // namespace lexgraph::citations
