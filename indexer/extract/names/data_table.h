#pragma once
// Rows of the tab-separated data files in extract/data/: a header row, then
// one row per line; blank lines and lines starting with "#" are skipped.

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::names {

struct DataTable {
  std::vector<std::string_view> header;
  std::vector<std::vector<std::string_view>> rows;  // each padded to the header's width
  std::vector<std::string> problems;                // "line 12: 7 fields, header has 5"
};

// Views point into `data`, which must outlive the table (embedded data does).
DataTable parse_data_table(std::string_view data);

// "a|b|c" -> {"a", "b", "c"}; empty pieces dropped.
std::vector<std::string_view> split_list(std::string_view field, char separator = '|');

}  // namespace lexgraph::names
