#pragma once
// The data files of extract/data are TSV: `#` comment lines and blank lines
// skipped, a header row, then one record per line, fields separated by tabs.
// Every extractor family reads them through here; each family says how strict
// to be, and builds its own tables from the rows.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

struct DataTableRules {
  // Every line, the header included, must have exactly this many columns.
  // 0: the header's count of columns is the width the rows must have.
  std::size_t columns = 0;
  // A row with fewer fields than the width is padded with empty fields
  // instead of refused (lists whose trailing columns are optional).
  bool pad_short_rows = false;
  // The first `filled_columns` fields of every line must not be empty;
  // kAllColumns: none may be.
  std::size_t filled_columns = 0;
  static constexpr std::size_t kAllColumns = static_cast<std::size_t>(-1);
};

struct DataTable {
  std::vector<std::string_view> header;
  std::vector<std::vector<std::string_view>> rows;  // without the header; fields never trimmed
  std::vector<std::string> problems;                // "reporters.tsv:12: 9 columns, expected 11"
};

// The first line that keeps the rules is the header; every other line that
// breaks them is one problem, naming `name` and its line number, and is left
// out. Views point into `tsv`, which must outlive the table (embedded data does).
DataTable parse_data_table(std::string_view tsv, std::string_view name, const DataTableRules& rules = {});

// "a|b|c" -> {"a", "b", "c"}: the pieces of a list field, spaces trimmed,
// empty pieces dropped.
std::vector<std::string_view> split_list(std::string_view field, char separator = '|');

}  // namespace lexgraph
