#pragma once
// The data files of this folder are TSV: `#` comment lines, a header row,
// then one record per line. This reads them and reports, with line numbers,
// every row that does not have the header's number of columns.

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::figures {

struct TsvRows {
  std::vector<std::vector<std::string>> rows;  // without the header
  std::vector<std::string> problems;           // "figure_units.tsv:12: 2 columns, expected 3"
};

// `name` only labels problems.
TsvRows read_tsv(std::string_view data, std::string_view name, std::size_t columns);

}  // namespace lexgraph::figures
