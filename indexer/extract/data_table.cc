#include "extract/data_table.h"

namespace lexgraph {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Why the line breaks the rules, or "" when it keeps them. `width` is the
// header's (0 before the header is read).
std::string fault(const std::vector<std::string_view>& fields, std::size_t width, const DataTableRules& rules) {
  std::size_t expected = rules.columns != 0 ? rules.columns : width;
  if (expected != 0 && fields.size() != expected && !(rules.pad_short_rows && fields.size() < expected)) {
    return std::to_string(fields.size()) + " columns, expected " + (rules.pad_short_rows ? "at most " : "") +
           std::to_string(expected);
  }
  for (std::size_t i = 0; i < fields.size() && i < rules.filled_columns; ++i)
    if (fields[i].empty()) return "column " + std::to_string(i + 1) + " is empty";
  return "";
}

}  // namespace

DataTable parse_data_table(std::string_view tsv, std::string_view name, const DataTableRules& rules) {
  DataTable table;
  bool header_seen = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split_tabs(line);
    std::string why = fault(fields, table.header.size(), rules);
    if (!why.empty()) {
      table.problems.push_back(std::string(name) + ":" + std::to_string(line_number) + ": " + why);
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      table.header = std::move(fields);
      continue;
    }
    if (fields.size() < table.header.size()) fields.resize(table.header.size());
    table.rows.push_back(std::move(fields));
  }
  if (!header_seen) table.problems.push_back(std::string(name) + ": no header row");
  return table;
}

std::vector<std::string_view> split_list(std::string_view field, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t end = field.find(separator, start);
    if (end == std::string_view::npos) end = field.size();
    std::string_view piece = field.substr(start, end - start);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) out.push_back(piece);
    start = end + 1;
  }
  return out;
}

}  // namespace lexgraph
